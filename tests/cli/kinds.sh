#!/usr/bin/env bash
# New story kinds (a protest march, a data breach, a launch moved, job
# cuts) and the misses an earlier round left: what a fact-checker marks
# comes out as one conflict with its reason, and the traps (a past figure,
# a part, a rounding, another event's date) raise none.
. "$top_srcdir/tests/cli/lib.sh"

# conflicts NAME: "kind|severity|explanation" of the store's conflicts, sorted
conflicts_of() {
	run --db "$1.db" conflicts --format jsonl
	jq -r '"\(.kind)|\(.severity)|\(.explanation)"' <<<"$out" | sort
}

# ---- "It" after a sentence that opens with an occurrence is that
# occurrence: its start meets another outlet's start of the wildfire,
# whichever verb tells it
cat >wf-a.txt <<'TXT'
Wildfire forces evacuations near Carrow

July 15, 2026

The wildfire began on Monday in the hills above Carrow, fire officials said.
TXT
cat >wf-b.txt <<'TXT'
Carrow wildfire spreads

July 15, 2026

A wildfire burning above Carrow has grown to 2,000 acres.

It started on Sunday near a campsite, according to the county.
TXT
run extract --format jsonl wf-b.txt
is "$(jq -r 'select(.type == "date") | "\(.text)|\(.event)|\(.subject)"' <<<"$out")" "Sunday|START|wildfire" \
	"'It started on Sunday' after 'A wildfire burning ...' is the wildfire's start"
run --db wf.db add --story wf wf-a.txt wf-b.txt
is "$(conflicts_of wf)" \
	'event-date|strong|wf-a.txt says the wildfire begins on 2026-07-13 ("Monday"), wf-b.txt on 2026-07-12 ("Sunday"): the same event on different dates' \
	"'began on Monday' against 'It started on Sunday': one start, two days"

# ---- a sum a verb of change reaches measures the noun before the verb,
# and meets the same measure reported
cat >rev-a.txt <<'TXT'
Norvane posts weaker quarter

October 22, 2026

Norvane Systems reported revenue of $4.1bn on Tuesday for the third quarter.
TXT
cat >rev-b.txt <<'TXT'
Norvane revenue slips

October 22, 2026

Norvane Systems said on Tuesday that revenue fell to $3.9bn in the quarter.
TXT
run extract --format jsonl rev-b.txt
is "$(jq -r 'select(.type == "money") | "\(.measure)|\(.event)"' <<<"$out")" "revenue|FALL" \
	"'revenue fell to \$3.9bn' measures the revenue"
run --db rev.db add --story rev rev-a.txt rev-b.txt
is "$(conflicts_of rev)" \
	"quantity|strong|For Norvane Systems' revenue, rev-a.txt says \"\$4.1bn\" (\$4.1 billion) and rev-b.txt \"\$3.9bn\" (\$3.9 billion): the figures cannot both be right" \
	"revenue reported at \$4.1bn against revenue that fell to \$3.9bn"

done_testing
