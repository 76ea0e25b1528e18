#!/usr/bin/env bash
# Stories of kinds the rules were not written on (an outbreak, a bridge
# collapse, a rate decision): the conflicts a fact-checker marks come out,
# with their reason, and the traps (a past figure, a part, a figure of
# another kind) raise none.
. "$top_srcdir/tests/cli/lib.sh"

# conflicts NAME: "kind|severity|explanation" of the store's conflicts, sorted
conflicts_of() {
	run --db "$1.db" conflicts --format jsonl
	jq -r '"\(.kind)|\(.severity)|\(.explanation)"' <<<"$out" | sort
}

# ---- a collapse: death counts in words are exact
cat >span-a.txt <<'TXT'
Footbridge gives way over canal

By Ruth Allard
March 3, 2025

A footbridge over the Morrow canal fell on Sunday night, killing five people, rescue services said.
TXT
cat >span-b.txt <<'TXT'
Canal bridge collapse kills six

March 3, 2025

Six people died when a footbridge fell into the Morrow canal on Sunday, police said.
TXT
run --db span.db add --story span span-a.txt span-b.txt
is "$rc" 0 "add exits 0"
is "$(conflicts_of span)" \
	'quantity|strong|For Morrow, span-a.txt says "five" (5 deaths) and span-b.txt "six" (6 deaths): the figures cannot both be right' \
	"'killing five' against 'kills six': a count in words is exact, so one apart is a strong conflict"

# ---- a group of people opening a sentence is no name
cat >crews.txt <<'TXT'
Hill fire spreads

Crews had the fire 20 percent contained by Thursday, Pell County said.

Doctors have recorded 12 cases of smoke poisoning.
TXT
run extract --date 2025-08-14 --format jsonl crews.txt
is "$(jq -r 'select(.type == "entity" and .unit != "noun") | .text' <<<"$out" | sort | tr '\n' ';')" \
	"Pell County;" \
	"'Crews had', 'Doctors have recorded' name no one"
is "$(jq -r 'select(.type == "number" and .text == "12") | "\(.subject)|\(.subject_implied // false)"' <<<"$out")" \
	"doctor|false" "the 12 are the doctors' doing, not a name's"

done_testing
