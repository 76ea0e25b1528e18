#!/usr/bin/env bash
# Money raised: "raised $45 million" is a funding round (FUND) of the one
# who raised it, so two outlets' sums meet; a running total ("so far", "to
# date") is another figure than one round's.
. "$top_srcdir/tests/cli/lib.sh"

mention() { # mention FILE SENTENCE TYPE FIELD: the field of that mention
	"$CROSSCHECK" extract --format jsonl "$1" |
		jq -r --argjson s "$2" --arg t "$3" "select(.sentence == \$s and .type == \$t) | .$4"
}

printf 'Tarn Energy has raised $45 million in funding.\n\nTarn Energy has raised about $60 million.\n\nTarn Energy raised prices by $2 a unit.\n\nTarn Energy raised its dividend to $1.20.\n\nTarn Energy raised concerns about $45 million in debt.\n\nTarn Energy has raised $55 million in funding so far.\n\nTarn Energy has raised $55 million to date.\n' >x.txt
is "$(mention x.txt 0 event value)" FUND "'has raised \$45 million in funding' is a funding event (FUND)"
is "$(mention x.txt 0 money subject):$(mention x.txt 0 money event):$(mention x.txt 0 money measure)" \
	"Tarn Energy:FUND:funding" "... its sum is Tarn Energy's, raised, and measures funding"
is "$(mention x.txt 1 money event)" FUND "'has raised about \$60 million' too (a comparator before the sum)"
is "$(mention x.txt 2 event value)" RISE "'raised prices by \$2' is still a rise, no funding"
is "$(mention x.txt 3 event value)" RISE "'raised its dividend to \$1.20' is still a rise"
is "$(mention x.txt 4 event value)" "" "'raised concerns about \$45 million' is no event (a noun between)"
is "$(mention x.txt 5 money measure)" total "'\$55 million in funding so far' is the running total (measure total)"
is "$(mention x.txt 6 money measure)" total "'\$55 million to date' too"

story() { # story DB A-LEAD B-LEAD
	mkdir -p "$T/$1"
	printf 'Tarn Energy funding\n\nLEEDS, May 2, 2025 - %s\n' "$2" >"$T/$1/a.txt"
	printf 'Tarn Energy raises cash\n\nLEEDS, May 2, 2025 - %s\n' "$3" >"$T/$1/b.txt"
	"$CROSSCHECK" --db "$T/$1.db" add --story tarn "$T/$1"/{a,b}.txt >/dev/null
}
story differ "Heat-pump maker Tarn Energy has raised \$45 million in funding from Brook Partners, the company said on Friday." \
	"Heat-pump maker Tarn Energy said on Friday it had raised \$60 million in funding led by Brook Partners."
run --db "$T/differ.db" conflicts --format jsonl
is "$(jq -r '[.kind, .severity] | join(" ")' <<<"$out")" "quantity strong" \
	"two outlets' sums raised in one round (\$45 million, \$60 million): a strong quantity conflict"
like "$(jq -r .explanation <<<"$out")" "For Tarn Energy's funding, a.txt says \"\$45 million\" and b.txt \"\$60 million\"" \
	"... that names the company and what the sums measure"
story same "Heat-pump maker Tarn Energy has raised \$45 million in funding, the company said on Friday." \
	"Heat-pump maker Tarn Energy said on Friday it had raised \$45 million in funding."
is "$("$CROSSCHECK" --db "$T/same.db" corroborations --format jsonl | jq -r 'select(.rule == "quantity/same") | .rule')" \
	quantity/same "the same sum raised: an agreement"
story total "Heat-pump maker Tarn Energy has raised \$45 million in funding, the company said on Friday." \
	"Heat-pump maker Tarn Energy said on Friday it had raised \$45 million in funding. Tarn Energy has now raised \$55 million in funding to date."
run --db "$T/total.db" conflicts --format jsonl
is "$out" "" "one round's \$45 million against a running total of \$55 million 'to date': no conflict"
story years "Tarn Energy raised \$10 million in funding in 2021, the company said on Friday." \
	"Heat-pump maker Tarn Energy said on Friday it had raised \$45 million in funding."
run --db "$T/years.db" conflicts --format jsonl
is "$out" "" "a round of 2021 against this year's round: no conflict"

# a sum that measures funding is money raised whatever verb stands nearer:
# "was founded in 2019 and is backed with $60 million in funding" (a
# founding before) meets "raised $45 million in two rounds of funding";
# its year is not the founding's, and the founding keeps its date
story founded "Tarn Energy was founded in 2019 and is backed with \$60 million in funding from Brook Partners." \
	"Heat-pump maker Tarn Energy, which raised \$45 million in two rounds of funding, said on Friday it would build a plant."
is "$(mention "$T/founded/a.txt" 2 date event):$(mention "$T/founded/a.txt" 2 money measure)" "FOUND:funding" \
	"'founded in 2019': the date stays the founding's; the sum measures funding"
run --db "$T/founded.db" conflicts --format jsonl
is "$(jq -r '[.kind, .severity] | join(" ")' <<<"$out")" "quantity strong" \
	"'\$60 million in funding' after 'founded' against '\$45 million in two rounds of funding': a strong conflict (missed before)"
like "$(jq -r .explanation <<<"$out")" "For Tarn Energy's funding" "... on the funding"
story cash "Tarn Energy was founded in 2019 and ended the year with \$60 million in cash." \
	"Heat-pump maker Tarn Energy, which raised \$45 million in two rounds of funding, said on Friday it would build a plant."
run --db "$T/cash.db" conflicts --format jsonl
is "$out" "" "'\$60 million in cash' is no funding: no conflict"

# a name that opens the article's sentences only, said once, is known by
# the aside after it that says what it is
printf 'Kestrel lands funding\n\nKestrel, a battery startup, has raised $45 million in funding from Brook Partners, the company said.\n\nSeparately, a judge, however, ruled on the case.\n\nNevertheless, a crowd, mostly students, gathered.\n\nStill, a small number, perhaps 20, stayed.\n' >aside.txt
is "$(mention aside.txt 1 money subject)" Kestrel "'Kestrel, a battery startup, has raised': Kestrel is a name, the one who raised the sum"
is "$("$CROSSCHECK" extract --format jsonl aside.txt | jq -r 'select(.type == "entity" and .sentence > 1) | .text')" "" \
	"... but no word in -ly, and no word of cues.tsv's stop list, before such an aside is a name"

# events.tsv's fourth field is read only after "level", and must be a class
mkdir baddata
cp "$top_srcdir"/data/*.tsv baddata/
sed 's/^raise	RISE	level	FUND$/raise	RISE	level	FUNDS/' "$top_srcdir/data/events.tsv" >baddata/events.tsv
CROSSCHECK_DATADIR=$PWD/baddata run extract x.txt
is "$rc" 1 "an unknown class in events.tsv's fourth field: exit 1"
like "$err" "events.tsv: line $(grep -n '^raise	' "$top_srcdir/data/events.tsv" | cut -d: -f1): unknown event class 'FUNDS'" \
	"... naming the file, the line and the class"
printf 'raise\tRISE\tfigure\tFUND\n' >>baddata/events.tsv
sed -i '/FUNDS$/d' baddata/events.tsv
CROSSCHECK_DATADIR=$PWD/baddata run extract x.txt
is "$rc" 1 "a fourth field after another condition than 'level': exit 1"
like "$err" "a fourth field (a class when a sum follows) is read only after 'level'" "... and says why"
done_testing
