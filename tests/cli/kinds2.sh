#!/usr/bin/env bash
# More story kinds (a heatwave, a lawsuit settlement, a football transfer,
# a prisoner release) and the misses an earlier round left: a background
# paragraph about an earlier occurrence, vague counts, a length in words
# against one in digits, plurals as units. What a fact-checker marks comes
# out as one conflict with its reason; the traps raise none.
. "$top_srcdir/tests/cli/lib.sh"

# conflicts NAME: "kind|severity|explanation" of the store's conflicts, sorted
conflicts_of() {
	run --db "$1.db" conflicts --format jsonl
	jq -r '"\(.kind)|\(.severity)|\(.explanation)"' <<<"$out" | sort
}

# ---- one rule makes every plural singular: a unit, a measure, a subject
cat >pl.txt <<'TXT'
Divers find more bodies in Lake Orma

March 2, 2026

Divers recovered two more bodies from the lake on Sunday, the coast guard said.

Rescuers found 3 bodies near the pier and checked 12 speeches of witnesses.
TXT
run extract --format jsonl pl.txt
is "$(jq -r 'select(.type == "number") | "\(.text)|\(.unit)|\(.measure)"' <<<"$out")" \
	"two|null|body
3|body|null
12|speech|null" \
	"'bodies' is 'body' as a unit and as a measure, 'speeches' is 'speech'"

done_testing
