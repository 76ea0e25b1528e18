#!/usr/bin/env bash
# What a verb does to its object is told of the object (events.tsv's
# "patient"): "A judge sentenced Nadia Orme to six years" is Orme's
# sentence, as "Orme was sentenced to six years" is, so its day and its
# length meet the other outlets'. A span in months meets one in years
# ("72 months" is six years). Embezzling and stealing are one taking
# (THEFT). A figure that agrees with one of the other
# side's figures conflicts with none of the others there.
. "$top_srcdir/tests/cli/lib.sh"

printf 'Verdict\n\nA judge on Tuesday sentenced former Ashcombe finance director Nadia Orme to six years in prison.\n' >a.txt
printf 'Arrest\n\nPolice arrested Colm Varga on Friday.\n\nDetectives later charged Varga with arson.\n' >b.txt
printf 'Vote\n\nVoters in Ashcombe elected Ruth Kellaway as mayor in 2019.\n' >c.txt
printf 'Others\n\nThe judge sentenced him to six years.\n\nHer sentence of six years was read out on Tuesday.\n\nOrme was sentenced to six years on Tuesday.\n\nA court in Ashcombe convicted two men of fraud.\n' >d.txt
run extract --date 2025-05-09 --format jsonl a.txt b.txt c.txt d.txt
is "$rc" 0 "extract exits 0"
# source | sentence | event text | subject: who the act befalls
while IFS='|' read -r src sn text subject why; do
	is "$(jq -r --arg s "$src" --arg t "$text" --argjson n "$sn" \
		'select(.source == $s and .sentence == $n and .type == "event" and .text == $t) | .subject' <<<"$out" | head -1)" \
		"$subject" "$why"
done <<'CASES'
a.txt|1|sentenced|Nadia Orme|'a judge sentenced former ... director Nadia Orme': the person sentenced, not the judge
b.txt|1|arrested|Colm Varga|'Police arrested Colm Varga': Varga's arrest
b.txt|2|charged|Colm Varga|'Detectives later charged Varga': Varga is charged
c.txt|1|elected|Ruth Kellaway|'Voters ... elected Ruth Kellaway': Kellaway's election, not Ashcombe's
d.txt|3|sentenced|Orme|the passive keeps its subject
CASES
is "$(jq -r 'select(.source == "a.txt" and .type == "duration") | "\(.value)|\(.subject)"' <<<"$out")" \
	"P6Y|Nadia Orme" "the six years are Orme's sentence"
is "$(jq -r 'select(.source == "a.txt" and .type == "date") | "\(.value)|\(.event)|\(.subject)"' <<<"$out")" \
	"2025-05-06|RULE|Nadia Orme" "Tuesday dates Orme's sentencing"
is "$(jq -r 'select(.source == "d.txt" and .sentence == 1 and .type == "event") | .subject' <<<"$out")" \
	"judge" "'sentenced him': no name for object, the clause's subject stays"
is "$(jq -r 'select(.source == "d.txt" and .sentence == 4 and .type == "event") | .subject' <<<"$out")" \
	"court" "'convicted two men': no name for object, the court stays"

# the day and the length meet: the active and the passive tell one sentencing
stories court 2025-05-09 \
	"A judge on Tuesday sentenced former Ashcombe finance director Nadia Orme to six years in prison." \
	"Nadia Orme was sentenced on Wednesday to 72 months in prison." \
	"Nadia Orme, 51, was sentenced on Tuesday to seven years in prison for taking the money over five years."
run --db court.db conflicts --format jsonl
is "$(jq -r '"\(.kind)|\(.severity)|\([.a.source, .b.source] | sort | join("+"))"' <<<"$out" | sort)" \
	"event-date|strong|a.txt+b.txt
event-date|strong|b.txt+c.txt
quantity|strong|a.txt+c.txt
quantity|strong|b.txt+c.txt" \
	"Tuesday against Wednesday; 72 months against seven years, six years against seven (spans in words are exact: strong); 'over five years' (another span) meets nothing"
is "$(jq -r 'select(.kind == "quantity" and ([.a.source, .b.source] | index("b.txt"))) | .explanation' <<<"$out")" \
	'For Nadia Orme, b.txt says "72 months" and c.txt "seven years" (7 years): the figures cannot both be right' \
	"each span is named in its own unit"
run --db court.db corroborations --format jsonl
is "$(jq -r 'select(.rule | startswith("quantity")) | "\(.rule)|\([.a.source, .b.source] | sort | join("+"))"' <<<"$out")" \
	"quantity/same|a.txt+b.txt" "72 months are six years: they agree"

# two spans in one sentence: the one that agrees is matched, the other is
# no conflict ("84 months" against "seven years ... over nine years")
stories spans 2025-05-09 \
	"Lena Brisk was sentenced to 84 months for taking the money." \
	"Lena Brisk was sentenced to seven years for taking the money over nine years."
run --db spans.db conflicts --format jsonl
is "$(jq -r '"\(.kind)|\(.severity)"' <<<"$out")" "" "84 months meets seven years, not the nine years of the scheme"
run --db spans.db corroborations --format jsonl
is "$(jq -r 'select(.rule | startswith("quantity")) | .rule' <<<"$out")" "quantity/same" "and agrees with it"

# the reason's gerund: the figures before "for" stay the sentence's, those
# after it are the taking's, and its doer is the one sentenced
printf 'Verdict\n\nNadia Orme was sentenced to six years in prison for embezzling $1.4 million from the trust.\n' >e.txt
run extract --date 2025-05-09 --format jsonl e.txt
is "$(jq -r 'select(.type == "duration" or .type == "money") | "\(.text)|\(.event)|\(.subject)"' <<<"$out")" \
	"six years|RULE|Nadia Orme
\$1.4 million|THEFT|Nadia Orme" "six years are the sentence, \$1.4 million the embezzling, both Orme's"
stories theft 2025-05-09 \
	"Nadia Orme embezzled \$1.4 million from the Ashcombe trust." \
	"Nadia Orme stole \$1.9 million from the Ashcombe trust."
run --db theft.db conflicts --format jsonl
is "$(jq -r '"\(.kind)|\(.severity)"' <<<"$out")" "quantity|strong" "embezzled \$1.4 million against stole \$1.9 million"

# days and weeks are one family; months and weeks are not compared
stories weeks 2025-05-09 \
	"The Ashcombe bridge was shut for 14 days for repairs." \
	"The Ashcombe bridge was shut for three weeks for repairs." \
	"The Ashcombe bridge was shut for two months for repairs."
run --db weeks.db conflicts --format jsonl
is "$(jq -r 'select(.kind == "quantity") | "\(.severity)|\([.a.source, .b.source] | sort | join("+"))"' <<<"$out")" \
	"strong|a.txt+b.txt" "14 days against three weeks; two months meets neither"

# events.tsv's "patient" (as "once") stands alone in its line
mkdir baddata
cp "$top_srcdir"/data/*.tsv baddata/
printf 'zorp\tRULE\tpatient\textra\n' >>baddata/events.tsv
CROSSCHECK_DATADIR=$PWD/baddata run extract a.txt
is "$rc" 1 "a field after 'patient': exit 1"
like "$err" "events.tsv: line $(wc -l <baddata/events.tsv | tr -d ' '): 'patient' stands alone" \
	"... naming the file, the line and the field"

done_testing
