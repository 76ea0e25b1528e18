#!/usr/bin/env bash
# A fire, a quake, a blast (cues.tsv's "occurrence" nouns) is dated by what
# it does as well as by its start: "a blaze tore through the yard late
# Sunday", "the blaze that destroyed the yard on Sunday night" (OCCUR, the
# blaze the subject) meet "the blaze broke out on Monday" (START): a day it
# was going on before the day it began cannot be right. A day after the
# start, or two days it was going on, can both be. A start told as an
# outbreak is one start whichever verb each outlet uses ("erupted",
# "started" on Sunday against "broke out" on Monday).
. "$top_srcdir/tests/cli/lib.sh"

printf 'Lumber yard fire\n\nThe blaze broke out on Monday at the Fenwick lumber yard.\n' >a.txt
printf 'Two hurt in yard fire\n\nTwo people were injured after a blaze tore through the Fenwick lumber yard late Sunday.\n' >b.txt
printf 'Yard lost\n\nTwo workers were hurt in the blaze that destroyed the Fenwick lumber yard on Sunday night, the town confirmed on Tuesday.\n' >c.txt
printf 'Cause sought\n\nInspectors want to learn how a blaze started shortly before midnight on Sunday at the Fenwick lumber yard.\n' >d.txt
printf 'Sheds gone\n\nThe blaze destroyed the last sheds on Tuesday.\n' >e.txt
printf 'Records case\n\nThe company destroyed the records on Sunday.\n\nStaff said the depot was destroyed by the blaze on Sunday.\n' >f.txt

run extract --date 2024-06-12 --format jsonl a.txt b.txt c.txt d.txt e.txt f.txt
is "$rc" 0 "extract exits 0"
# source | date text | event | subject: what a reader checks on each date
while IFS='|' read -r src text event subject why; do
	is "$(jq -r --arg s "$src" --arg t "$text" \
		'select(.source == $s and .type == "date" and .text == $t) | "\(.event)|\(.subject)"' <<<"$out" | head -1)" \
		"$event|$subject" "$why"
done <<'CASES'
a.txt|Monday|START|blaze|'the blaze broke out on Monday' dates the blaze's start
b.txt|late Sunday|OCCUR|blaze|'a blaze tore through the yard late Sunday' dates the blaze, not the injuries
c.txt|Sunday night|OCCUR|blaze|'the blaze that destroyed the yard on Sunday night' dates the blaze, not the town's confirming
c.txt|Tuesday|CONFIRM|town|'the town confirmed on Tuesday' still dates the saying, the town's
d.txt|midnight on Sunday|START|blaze|'how a blaze started': the blaze starts, not the inspectors
e.txt|Tuesday|OCCUR|blaze|'The blaze destroyed the last sheds on Tuesday'
CASES
is "$(jq -r 'select(.source == "f.txt" and .type == "event" and .text == "destroyed") | "\(.sentence)|\(.value)|\(.subject)"' <<<"$out")" \
	"2|OCCUR|blaze" \
	"'the company destroyed the records' is no occurrence; 'destroyed by the blaze' is the blaze's"

run add --date 2024-06-12 --story yard a.txt b.txt c.txt d.txt e.txt
is "$rc" 0 "add exits 0"
run conflicts --format jsonl
is "$(jq -r '"\(.kind)|\(.severity)|\([.a.source, .b.source] | sort | join("+"))"' <<<"$out" | sort)" \
	"event-date|strong|a.txt+b.txt
event-date|strong|a.txt+c.txt
event-date|strong|a.txt+d.txt" \
	"a day the blaze was going on before its start conflicts; a later day (e.txt) and two such days (b, c, e) do not"
is "$(jq -r 'select([.a.source, .b.source] | sort == ["a.txt", "b.txt"]) | .explanation' <<<"$out")" \
	'b.txt says the blaze takes place on 2024-06-09 ("late Sunday"), a.txt says the blaze breaks out on 2024-06-10 ("Monday"): it cannot have taken place before it began' \
	"the reason says the blaze cannot have burned before it began"
run corroborations --format jsonl
is "$(jq -r 'select(.rule | startswith("date") or startswith("event-date")) | "\(.rule)|\([.a.source, .b.source] | sort | join("+"))"' <<<"$out" | sort)" \
	"date/same-event|b.txt+c.txt
event-date/compatible|b.txt+d.txt
event-date/compatible|c.txt+d.txt" \
	"the days that fit the start agree with it"

# what the occurrence does after a relative aside about it is still its
# doing: the aside's comma does not hide the noun before it
printf 'Hillside homes lost\n\nThe blaze, which started on Monday, destroyed 40 homes.\n\nThe company, which began on Monday, destroyed the old ledgers.\n' >g.txt
run extract --date 2024-06-12 --format jsonl g.txt
is "$(jq -r 'select(.type == "event" and .text == "destroyed") | "\(.sentence)|\(.value)|\(.subject)"' <<<"$out")" \
	"1|OCCUR|blaze" "'The blaze, which started on Monday, destroyed': an OCCUR of the blaze; the company's ledgers are none"
is "$(jq -r 'select(.type == "number" and .text == "40") | "\(.event)|\(.subject)|\(.subject_implied // false)"' <<<"$out")" \
	"OCCUR|blaze|false" "the 40 homes are what the blaze destroyed, not a START of the story's"
is "$(jq -r 'select(.type == "date" and .sentence == 1) | "\(.event)|\(.subject)"' <<<"$out")" \
	"START|blaze" "the aside's Monday is still the blaze's start"

# a start told as an outbreak: what broke out (erupted, ignited) started,
# whichever verb each outlet uses
aug='13 August 2025'
stories ob1 "$aug" "The Cedar Ridge Fire erupted on Sunday near Halden." "The Cedar Ridge Fire broke out on Monday near Halden."
like "$out" 'Cedar Ridge Fire erupts on 2025-08-10 ("Sunday"), b.txt on 2025-08-11' "erupted on Sunday against broke out on Monday: one start"
stories ob2 "$aug" "The Cedar Ridge Fire started on Sunday near Halden." "The Cedar Ridge Fire broke out on Monday near Halden."
like "$out" 'event-date (strong)' "started on Sunday against broke out on Monday: one start"
stories ob3 "$aug" "The Cedar Ridge Fire began on Monday near Halden." "The Cedar Ridge Fire ignited on Monday near Halden."
run --db ob3.db corroborations
like "$out" 'agree that Cedar Ridge Fire' "began on Monday and ignited on Monday agree"

# a figure in a "when" clause whose subject is another name is that name's:
# no other outlet's figure of the story's fire meets it, even with no year
# known on either side
stories other "" "The Tarn Ridge Fire, which broke out on Monday, has burned 12,400 acres and destroyed 85 homes." \
	"The Tarn Ridge Fire forced 900 people from their homes.\n\nThe Tarn Ridge Fire is the worst fire in the county since 1997, when the Ostby Fire burned about 11,000 acres."
run --db other.db conflicts --format jsonl
is "$out" "" "the Ostby Fire's 11,000 acres of 1997 do not meet the Tarn Ridge Fire's 12,400"
run extract --format jsonl other/b.txt
is "$(jq -r 'select(.type == "number" and .unit == "acre") | "\(.event)|\(.subject)"' <<<"$out")" "null|Ostby Fire" "the acres are the Ostby Fire's"

done_testing
