#!/usr/bin/env bash
# Months without a year ("in June") that take it from a later source: two
# sources that said "in June" (and "in March", "in May") with no year are
# judged again once a third gives the year, so the conflicts and agreements
# are those of a fresh store built in any order and of `refresh`; a remove
# that takes the year away (or gives another) judges them again too. The
# articles are written here.
. "$top_srcdir/tests/cli/lib.sh"

command -v jq >/dev/null 2>&1 || skip_all "jq is not installed"

cat >"$T/quay.txt" <<'EOF2'
Ferry news

The Carrow ferry terminal closed in June for repairs.

The Tolland paper mill closed in March, its owner said.
EOF2
cat >"$T/harbour.txt" <<'EOF2'
Carrow update

The Carrow ferry terminal closed in June, the harbour board said.

The Tolland paper mill closed in May after losing its contract.
EOF2
# no event of the ferry or the mill: only the year of the months
cat >"$T/board.txt" <<'EOF2'
Harbour board report

The harbour board met in June 2024 to plan the summer timetable.

The board approved a new pier in March 2024 and hired two pilots in May 2024.
EOF2
cat >"$T/board-old.txt" <<'EOF2'
Harbour board archive

The harbour board met in June 2023 to plan that summer's timetable.

The board approved a dredging plan in March 2023 and hired a pilot in May 2023.
EOF2

# marks DB: conflicts and corroborations, each as kind or rule, key, the
# pair's sources (sorted) and, for conflicts, the explanation
marks() {
	{
		"$CROSSCHECK" --db "$1" conflicts --format jsonl |
			jq -r '["conflict", .kind, .key, ([.a.source, .b.source] | sort | join("+")), .explanation] | @tsv'
		"$CROSSCHECK" --db "$1" corroborations --format jsonl |
			jq -r '["agree", .rule, .key, ([.a.source, .b.source] | sort | join("+"))] | @tsv'
	} | sort
}
# build DB FILE...: each file added on its own, in that order
build() {
	local db=$1
	shift
	rm -f "$db"
	for f in "$@"; do "$CROSSCHECK" --db "$db" add --story carrow "$T/$f.txt" >/dev/null || return 1; done
}

WANT=$(printf '%s\n' \
	"agree	event-date/compatible	Carrow|CLOSE|close	harbour.txt+quay.txt" \
	"conflict	event-date	Tolland|CLOSE|close	harbour.txt+quay.txt	quay.txt says Tolland closes in 2024-03 (\"March\"), harbour.txt in 2024-05 (\"May\"): the same event on different dates")
for order in "quay harbour board" "harbour quay board" "board quay harbour" "quay board harbour"; do
	build "$T/o.db" $order
	got=$(marks "$T/o.db")
	# the explanation names the older source first
	is "$(sed 's/harbour.txt says Tolland closes in 2024-05 ("May"), quay.txt in 2024-03 ("March")/quay.txt says Tolland closes in 2024-03 ("March"), harbour.txt in 2024-05 ("May")/' <<<"$got")" \
		"$WANT" "added as $order: 'in June' twice agree and 'in March' against 'in May' conflict once June 2024 is known"
	"$CROSSCHECK" --db "$T/o.db" refresh >/dev/null
	is "$(marks "$T/o.db")" "$got" "added as $order: refresh gives the same"
done

# remove: the year given again from another source, or taken away
cp "$T/board-old.txt" "$T/board-old-copy.txt"
build "$T/r.db" quay harbour board board-old board-old-copy
"$CROSSCHECK" --db "$T/r.db" remove board.txt >/dev/null
build "$T/f.db" quay harbour board-old board-old-copy
is "$(marks "$T/r.db")" "$(marks "$T/f.db")" "remove: June 2024 becomes June 2023: what a fresh store of the sources that stay says"
like "$(marks "$T/r.db")" "in 2023-03" "remove: ... the conflict is worded with the new year"
"$CROSSCHECK" --db "$T/r.db" refresh >/dev/null
is "$(marks "$T/r.db")" "$(marks "$T/f.db")" "remove: ... and refresh gives the same"

build "$T/r2.db" quay harbour board
"$CROSSCHECK" --db "$T/r2.db" remove board.txt >/dev/null
is "$(marks "$T/r2.db")" "" "remove: no source gives the year any more: no conflict or agreement stays"
build "$T/r2.db" quay board harbour
"$CROSSCHECK" --db "$T/r2.db" remove board.txt >/dev/null
is "$(marks "$T/r2.db")" "" "remove: ... also when the year was known before the second month came"
done_testing
