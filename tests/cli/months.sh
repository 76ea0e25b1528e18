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
# orders BUILD DB WHAT ORDER...: each order built with BUILD into DB gives
# WANT (the explanation naming the older source first), and so does a
# refresh of it
orders() {
	local build=$1 db=$2 what=$3 order got
	shift 3
	for order in "$@"; do
		$build "$db" $order
		got=$(marks "$db")
		is "$(sed 's/harbour.txt says Tolland closes in 2024-05 ("May"), quay.txt in 2024-03 ("March")/quay.txt says Tolland closes in 2024-03 ("March"), harbour.txt in 2024-05 ("May")/' <<<"$got")" \
			"$WANT" "$what, added as $order: 'in June' twice agree and 'in March' against 'in May' conflict once June 2024 is known"
		"$CROSSCHECK" --db "$db" refresh >/dev/null
		is "$(marks "$db")" "$got" "$what, added as $order: refresh gives the same"
	done
}
orders build "$T/o.db" "one story" "quay harbour board" "harbour quay board" "board quay harbour" "quay board harbour"

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
# years are filled in across the whole store: the board's report in a story
# of its own gives "in June" and "in March" their year all the same, and
# the pairs it joins are judged again in their story, whatever the order
build_apart() {
	local db=$1 story
	shift
	rm -f "$db"
	for f in "$@"; do
		story=carrow
		[ "$f" = board ] && story=harbour-board
		"$CROSSCHECK" --db "$db" add --story "$story" "$T/$f.txt" >/dev/null || return 1
	done
}
orders build_apart "$T/s.db" "the year from another story" "quay harbour board" "board quay harbour" "quay board harbour"
# ... and so are month-days: two closing days with no year meet once a
# source of another story gives July 2024's days
printf 'Corvane to close Dunmore plant\n\nCorvane will close its Dunmore plant on July 20, the company said.\n' >"$T/plant1.txt"
printf 'Dunmore plant to shut\n\nCorvane will close the Dunmore plant on July 22, a spokesman said.\n' >"$T/plant2.txt"
printf 'Harbour reopens\n\nThe Aldwick harbour reopened on July 20, 2024, after repairs.\n\nFerries resume on July 22, 2024.\n' >"$T/reopen.txt"
days() {
	rm -f "$T/d.db"
	for f in "$@"; do
		story=plant
		[ "$f" = reopen ] && story=harbour
		"$CROSSCHECK" --db "$T/d.db" add --story "$story" "$T/$f.txt" >/dev/null || return 1
	done
	"$CROSSCHECK" --db "$T/d.db" conflicts --format jsonl | jq -r '[.kind, ([.a.source, .b.source] | sort | join("+"))] | @tsv'
}
want_days=$(printf 'event-date\tplant1.txt+plant2.txt')
is "$(days plant1 plant2 reopen)" "$want_days" "July 20 against July 22, the year from another story's later source: a conflict"
is "$(days reopen plant1 plant2)" "$want_days" "... as when that source came first"
days plant1 plant2 reopen >/dev/null
"$CROSSCHECK" --db "$T/d.db" refresh >/dev/null
is "$("$CROSSCHECK" --db "$T/d.db" conflicts --format jsonl | jq -r '[.kind, ([.a.source, .b.source] | sort | join("+"))] | @tsv')" \
	"$want_days" "... and after a refresh of the store added in the first order"
done_testing
