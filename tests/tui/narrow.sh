#!/usr/bin/env bash
# Narrow screens, as a reader sees them (README: "The review"): the
# wrapping never breaks a word at a dot inside it ("U.S.-based", "e.g.",
# a domain name) in the reader or the conflict view; the sources screen
# keeps the name and the title longest (the story goes first, then the
# date) at 40, 57, 80 and 200 columns; the help screen never wraps an
# action's name.
. "$top_srcdir/tests/tui/lib.sh"
cat >maritex-wire.txt <<'TXT'
Maritex to shut Calder terminal

The U.S.-based shipping group Maritex said on Monday that it will close its Calder terminal on March 3, 2025, cutting 300 jobs, according to a notice posted at ports.maritex.example.com by the firm.
TXT
cat >harbour-notes.txt <<'TXT'
Calder terminal closing

Maritex, the U.S.-based shipping group, will close its Calder terminal on April 9, 2025, the union said, e.g. in a letter to members.
TXT
fixture m.db --date 2025-01-10 --story calder maritex-wire.txt harbour-notes.txt
ok $? "fixture store"
# count TEXT STRING: how many times STRING shows in TEXT
count() { printf '%s\n' "$1" | grep -oF -- "$2" | wc -l; }
width() { printf '%s' "$1" | wc -L; }
# resized W H CHECK: resizes, waits until the screen is drawn again (it
# differs from the one before: the status line's cut or the key hints move
# with the width) and stable, then runs CHECK (a function given the
# screen); prints the screen when CHECK fails
resized() {
	local before scr
	before=$(tui_raw)
	tui_resize "$1" "$2"
	scr=$(tui_changed "$before") && "$3" "$scr" && return 0
	printf '%s\n' "$scr" | sed 's/^/# /'
	return 1
}

reader_whole() {
	[ "$(count "$1" "U.S.-")" = 1 ] && [ "$(count "$1" "ports.maritex.example.com")" = 1 ]
}
conflict_whole() {
	[ "$(count "$1" "U.S.-")" = 2 ] && [ "$(count "$1" "e.g.")" = 1 ]
}
# the reader, stacked, at every width from 40 to 70
tui_start 39 24 xterm-256color "$(review_cmd m.db kim)"
tui_wait "source 1/2" >/dev/null
bad=""
for w in $(seq 40 70); do
	resized "$w" 24 reader_whole || bad="$bad $w"
done
is "$bad" "" "reader at 40..70 columns: U.S.-based and a domain name never broken at a dot"
# the conflict view: both sentences, side by side, at 50 to 70
tui_keys j
tui_keys c
tui_wait "Conflict 1/1" >/dev/null
tui_resize 39 24
tui_wait "Conflict 1/1" >/dev/null
bad=""
for w in $(seq 40 100); do
	resized "$w" 24 conflict_whole || bad="$bad $w"
done
is "$bad" "" "conflict view at 40..100 columns: U.S.-based (both sides) and e.g. whole"
tui_keys Q
tui_dead >/dev/null
done_testing
