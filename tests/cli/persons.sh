#!/usr/bin/env bash
# Who a sentence speaks of when it does not name them: "he" or "she" with
# no name in its own sentence is the person named last before it; "The
# 26-year-old Italian" is a person, not Italy. A title inside capitals ends
# the name before it ("Lanfield Town Chief Executive Omar Haddad"), and a
# title after a title is no name ("chief engineer Dr. Pieter de Vries").
# ", the English club announced" is the club the sentence names. Goals
# scored are a SCORE; "a second-half winner" is no span of one second; a
# span in words is exact ("three-year" against "four-year" is strong).
. "$top_srcdir/tests/cli/lib.sh"

cat >a.txt <<'TXT'
Harbour City land Valli

Harbour City have signed striker Remo Valli from Lanfield Town.

The fee was not disclosed, the club said.

The 26-year-old Italian has agreed a three-year contract. He scored 18 goals last season.

A senior Italian official said the move was approved.

Lanfield Town Chief Executive Omar Haddad said the club would miss the forward.

Valli scores with his left foot, and he was scoring a second-half winner in May.
TXT
cat >b.txt <<'TXT'
Bridge opens

The bridge was designed by chief engineer Dr. Pieter de Vries.

Mayor Ana Costa opened the bridge on Monday.

The city said 40 workers built it. She said it cost $12 million.

The Italian has agreed to help.

Valli has joined Harbour City from Lanfield Town, the English club confirmed on Tuesday.
TXT
run extract --date 2025-07-02 --format jsonl a.txt b.txt
is "$rc" 0 "extract exits 0"
# source | sentence | type | text | subject
while IFS='|' read -r src sn type text subject why; do
	is "$(jq -r --arg s "$src" --arg ty "$type" --arg t "$text" --argjson n "$sn" \
		'select(.source == $s and .sentence == $n and .type == $ty and .text == $t) | .subject // "null"' \
		<<<"$out" | head -1)" "$subject" "$why"
done <<'CASES'
a.txt|3|event|agreed|Remo Valli|'The 26-year-old Italian has agreed': the striker named before, not Italy
a.txt|3|duration|three-year|Remo Valli|... and so is his contract
a.txt|4|number|18|Remo Valli|'He scored 18 goals': 'he' is the person named last, in the sentence before
a.txt|5|event|said|official|'A senior Italian official said': the official, an Italian noun phrase
b.txt|4|money|$12 million|Ana Costa|'She said it cost $12 million': the mayor named in the sentence before
b.txt|5|event|agreed|Italy|'The Italian' alone may be a people or a government: not made a person
b.txt|6|event|confirmed|Harbour City|', the English club confirmed': the club the sentence names, not the one it came from
CASES
is "$(jq -r 'select(.source == "a.txt" and .type == "number" and .text == "18") | "\(.event)|\(.unit)"' <<<"$out")" \
	"SCORE|goal" "'scored 18 goals' is a SCORE of goals"
is "$(jq -r 'select(.source == "a.txt" and .sentence == 7 and .type != "entity") | "\(.type)|\(.text)"' <<<"$out")" \
	"date|May" "'scores with his left foot' and 'scoring a second-half winner' are no SCORE, and 'a second' no span"
is "$(jq -r 'select(.type == "entity" and .unit == "person") | "\(.source)|\(.value)"' <<<"$out" | sort -u)" \
	"a.txt|Omar Haddad
a.txt|Remo Valli
b.txt|Ana Costa
b.txt|Pieter de Vries" \
	"people: a title inside capitals ends the name before it, 'Dr.' after a title is no name, 'de' joins a name"
is "$(jq -r 'select(.source == "a.txt" and .sentence == 6 and .type == "entity") | .value' <<<"$out")" \
	"Lanfield Town
Omar Haddad" "'Lanfield Town Chief Executive Omar Haddad' is the club and its chief executive"

# a span in words is exact, and so are the goals of one season
stories transfer 2025-07-02 \
	"Remo Valli has signed a three-year contract with Harbour City. Valli scored 18 goals last season." \
	"Remo Valli has signed a four-year contract with Harbour City. Valli scored 21 goals last season."
run --db transfer.db conflicts --format jsonl
is "$(jq -r '"\(.kind)|\(.severity)|\(.explanation)"' <<<"$out" | sort)" \
	'quantity|strong|For Remo Valli, a.txt says "18" (18 goals) and b.txt "21" (21 goals): the figures cannot both be right
quantity|strong|For Remo Valli, a.txt says "three-year" (3 years) and b.txt "four-year" (4 years): the figures cannot both be right' \
	"18 goals against 21, a three-year contract against a four-year one: both strong"

run extract --format jsonl no-such-file.txt
is "$rc" 1 "a missing file is an error: exit 1"
like "$err" "no-such-file.txt" "the error names the file"

done_testing
