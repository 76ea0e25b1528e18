#!/usr/bin/env bash
# Home and End reach the review however the terminal sends them (README:
# "The review"): tmux sends ESC [ 1 ~ and ESC [ 4 ~ whatever TERM says, and
# xterm-256color names ESC O H and ESC O F; rxvt sends ESC [ 7 ~ and
# ESC [ 8 ~. In a prompt they move to the start and the end of the line;
# in the claims panel Home goes to the first claim.
. "$top_srcdir/tests/tui/lib.sh"
cat >quay-lights.txt <<'TXT'
Quay lights

The port of Haldvik fitted 40 new lamps on its east quay in May. A second quay got 12 lamps in June. The works cost 90000 euros.
TXT
fixture h.db --date 2025-07-01 quay-lights.txt
ok $? "fixture store"

for term in xterm-256color tmux-256color; do
	if ! infocmp "$term" >/dev/null 2>&1; then
		ok 0 "# SKIP terminfo has no $term"
		continue
	fi
	tui_start 80 24 "$term" "$(review_cmd h.db kim)"
	scr=$(tui_wait "source 1/1")
	ok $? "TERM=$term: the review opens"
	# tmux's own keys: what tmux sends for Home and End
	tui_keys '#'
	tui_wait "Tags:" >/dev/null
	tui_keys 'ab' Home 'c'
	scr=$(tui_wait "Tags: cab")
	ok $? "TERM=$term: Home (tmux sends ESC [ 1 ~) goes to the start of the prompt"
	unlike "$scr" "does not name" "... and is not reported as an unknown key"
	tui_keys End 'd'
	scr=$(tui_wait "Tags: cabd")
	ok $? "TERM=$term: End (ESC [ 4 ~) goes to its end"
	# the sequences other terminals send
	tui_keys -H 1b 5b 37 7e
	tui_keys 'e'
	scr=$(tui_wait "Tags: ecabd")
	ok $? "TERM=$term: ESC [ 7 ~ (rxvt's Home) too"
	tui_keys -H 1b 5b 38 7e
	tui_keys 'f'
	scr=$(tui_wait "Tags: ecabdf")
	ok $? "TERM=$term: ESC [ 8 ~ (rxvt's End) too"
	tui_keys -H 1b 4f 48
	tui_keys 'g'
	scr=$(tui_wait "Tags: gecabdf")
	ok $? "TERM=$term: ESC O H too"
	tui_keys Escape
	scr=$(tui_wait "Cancelled")
	# in the claims panel: Home to the first claim
	tui_keys j j
	scr=$(tui_wait "claim 3/")
	ok $? "TERM=$term: the third claim selected"
	tui_keys Home
	scr=$(tui_wait "claim 1/")
	ok $? "TERM=$term: Home in the panel selects the first claim"
	tui_keys Q
	tui_dead >/dev/null
done
done_testing
