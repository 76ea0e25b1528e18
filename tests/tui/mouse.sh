#!/usr/bin/env bash
# The mouse, as a terminal sends it: a click in the claims panel selects
# that claim (status line and highlight follow), a click on a marked claim
# in the article selects it, and the wheel scrolls the pane under the
# pointer without moving the selection or touching any verdict. Both
# encodings ncurses may expect are typed as raw reports: SGR where terminfo
# says kmous=\E[< (xterm-256color) and X10 where it says \E[M
# (tmux-256color); and each in the other terminal too, where curses does
# not take it for a mouse report: it must still never turn into keys
# (its digits would be verdicts).
. "$top_srcdir/tests/tui/lib.sh"
command -v sqlite3 >/dev/null 2>&1 || skip_all "the sqlite3 CLI is not installed"
command -v jq >/dev/null 2>&1 || skip_all "jq is not installed"
fixture s.db "$top_srcdir"/examples/kaspersky/*.txt
ok $? "fixture store"
first=$(sql s.db "SELECT name FROM sources ORDER BY id LIMIT 1")
n=$(sql s.db "SELECT count(*) FROM claims c JOIN sources s ON s.id = c.source_id WHERE s.name = '$first'")
# the claims of the first source in panel order, and the 1-based position
# of the first one whose sentence holds a phrase (the one a click on the
# phrase selects)
"$CROSSCHECK" --db s.db claims --source "$first" --format jsonl >claims.jsonl
claim_at() { jq -rs --arg p "$1" 'map(.text | contains($p)) | index(true) + 1' claims.jsonl; }
phrase="final determination"
k=$(claim_at "$phrase")
ok $(( k < 4 || k > n )) "the fixture has a claim on '$phrase' after the third ($k of $n)"

W=120 H=16 # side by side; the panel (12 rows) is shorter than the claims
body_first=3 body_last=$((H - 2)) # 1-based rows of the panes' bodies
# body_rows SIDE: the body rows in reverse video on that side
body_rows() { tui_reverse_rows "$1" | awk -v a=$body_first -v b=$body_last '$1 >= a && $1 <= b' | tr '\n' ' '; }
# verdicts: every claim's verdict as the CLI exports it
verdicts() { "$CROSSCHECK" --db s.db export --format jsonl | jq -c '[.id, .verdict]' | tr '\n' ' '; }
# col_of TEXT SCREEN: the 1-based column where TEXT starts on its row
col_of() {
	local line
	line=$(printf '%s\n' "$2" | grep -F -- "$1" | head -n 1)
	[ -n "$line" ] || return 1
	echo $(( $(printf '%s' "${line%%"$1"*}" | wc -L) + 1 ))
}
row_of() { printf '%s\n' "$2" | grep -nF -- "$1" | head -n 1 | cut -d: -f1; }
isnt() {
	if [ "$1" != "$2" ]; then ok 0 "$3"; else ok 1 "$3"; printf '#   both: [%s]\n' "$1"; fi
}
annotations() { sql s.db "SELECT count(*) || ':' || coalesce(max(id), 0) FROM annotations"; }

cmd=$(review_cmd s.db mouse)
for term in xterm-256color tmux-256color; do
	if ! infocmp "$term" >/dev/null 2>&1; then
		ok 0 "# SKIP terminfo has no $term"
		continue
	fi
	if [ "$term" = xterm-256color ]; then native=mouse_sgr foreign=mouse_x10; else native=mouse_x10 foreign=mouse_sgr; fi
	press() { "$1" 0 "$2" "$3"; if [ "$1" = mouse_sgr ]; then mouse_sgr 0 "$2" "$3" m; else mouse_x10 3 "$2" "$3"; fi; }
	TUI_ENV="NO_COLOR=1" tui_start $W $H "$term" "$cmd"
	scr=$(tui_wait "claim 1/$n")
	ok $? "$term: the review opens on claim 1/$n"
	sepcol=$(col_of "Claims 1/$n" "$scr")
	px=$((sepcol + 4)) # a column inside the claims panel

	# a click on the third row of the panel
	press $native $px $((body_first + 2))
	scr=$(tui_wait "claim 3/$n")
	ok $? "$term: a click on the panel's third row selects claim 3"
	like "$scr" "Claims 3/$n" "$term: the panel title follows"
	is "$(body_rows right)" "$((body_first + 2)) " "$term: the panel highlights that row and no other"

	# a click in the article on the phrase's claim
	row=$(row_of "$phrase" "$scr")
	if [ -z "$row" ]; then
		# scroll it into view with the keyboard (focus on the article)
		tui_keys Tab
		for i in 1 2 3 4 5 6 7 8; do tui_keys j; done
		scr=$(tui_stable)
		row=$(row_of "$phrase" "$scr")
	fi
	ok $(( ${row:-0} < body_first )) "$term: '$phrase' is on the screen (row ${row:-none})"
	col=$(col_of "$phrase" "$scr")
	press $native $((col + 3)) "$row"
	scr=$(tui_wait "claim $k/$n")
	ok $? "$term: a click on a marked claim in the article selects it (claim $k/$n)"
	like " $(body_rows left)" " $row " "$term: the article highlights the clicked claim"
	is "$(echo $(body_rows right) | wc -w)" "1" "$term: the panel highlights one row"

	# a verdict, so that there is state to keep; the second terminal's 2
	# finds it held already and writes nothing
	tui_keys 2
	if [ -z "${saved_once:-}" ]; then
		scr=$(tui_wait "Saved: claim")
		ok $? "$term: 2 sets a verdict on the clicked claim"
		saved_once=1
	else
		scr=$(tui_wait "nothing changed: you already hold that verdict")
		ok $? "$term: 2 on the clicked claim again: the verdict is held already"
	fi
	before_ann=$(annotations)
	before_v=$(verdicts)
	like "$before_v" "\"false\"" "$term: the export shows the verdict"
	status=$(printf '%s\n' "$scr" | sed -n "$((H - 1))p")

	# the wheel over the article: down scrolls, up scrolls back
	top=$(printf '%s\n' "$scr" | sed -n "${body_first}p" | sed 's/│.*//')
	$native 65 10 $((body_first + 3))
	scr=$(tui_changed "$scr")
	ok $? "$term: the wheel down over the article changes the screen"
	top2=$(printf '%s\n' "$scr" | sed -n "${body_first}p" | sed 's/│.*//')
	isnt "$top2" "$top" "$term: the article scrolled"
	is "$(printf '%s\n' "$scr" | sed -n "$((H - 1))p")" "$status" "$term: the status line (claim $k/$n) is unchanged"
	$native 64 10 $((body_first + 3))
	scr=$(tui_changed "$scr")
	top3=$(printf '%s\n' "$scr" | sed -n "${body_first}p" | sed 's/│.*//')
	is "$top3" "$top" "$term: the wheel up scrolls the article back"

	# the wheel over the panel scrolls the panel, not the selection
	prow=$(printf '%s\n' "$scr" | sed -n "${body_first}p" | sed 's/.*│//')
	$native 65 $px $((body_first + 3))
	scr=$(tui_changed "$scr")
	ok $? "$term: the wheel down over the panel changes the screen"
	prow2=$(printf '%s\n' "$scr" | sed -n "${body_first}p" | sed 's/.*│//')
	isnt "$prow2" "$prow" "$term: the panel scrolled"
	like "$scr" "claim $k/$n" "$term: the selection is the same"
	$native 64 $px $((body_first + 3))
	scr=$(tui_changed "$scr")
	is "$(printf '%s\n' "$scr" | sed -n "${body_first}p" | sed 's/.*│//')" "$prow" "$term: the wheel up scrolls the panel back"

	# many notches both ways, past either end, in both encodings
	for i in 1 2 3 4 5 6; do
		$native 65 10 $((body_first + 2))
		$native 65 $px $((body_first + 2))
		$foreign 65 10 $((body_first + 2))
		$foreign 65 $px $((body_first + 2))
	done
	for i in 1 2 3 4 5 6 7 8 9 10 11 12 13; do
		$native 64 10 $((body_first + 2))
		$native 64 $px $((body_first + 2))
		$foreign 64 10 $((body_first + 2))
		$foreign 64 $px $((body_first + 2))
	done
	scr=$(tui_stable)
	is "$(printf '%s\n' "$scr" | sed -n "$((H - 1))p")" "$status" "$term: after 76 wheel notches the status line is unchanged"
	is "$(printf '%s\n' "$scr" | sed -n "${body_first}p" | sed 's/│.*//')" "$top" "$term: and the article is back at its top"
	is "$(annotations)" "$before_ann" "$term: the wheel wrote no annotation"
	is "$(verdicts)" "$before_v" "$term: every verdict is as it was (export)"

	# the other encoding: still a mouse event, never keys
	press $foreign $px $body_first
	scr=$(tui_wait "claim 1/$n")
	ok $? "$term: a click in the other encoding selects claim 1 too"
	$foreign 65 10 $((body_first + 3))
	scr=$(tui_changed "$scr")
	ok $? "$term: the wheel in the other encoding scrolls"
	like "$scr" "claim 1/$n" "$term: and keeps the selection"
	unlike "$scr" "Note:" "$term: and opens no editor (the report is not read as keys)"
	is "$(annotations)" "$before_ann" "$term: no annotation from the other encoding"
	# the Escape key itself still works, also followed by a '['
	tui_keys Escape
	tui_keys '['
	tui_keys ']'
	scr=$(tui_wait "source 2/5")
	ok $? "$term: Esc, [ and ] are still keys"

	tui_keys q
	is "$(tui_dead)" "0" "$term: quits normally"
	is "$(verdicts)" "$before_v" "$term: after quitting every verdict is as it was"
done
is "$(sql s.db "SELECT count(*) FROM annotations")" "1" "one annotation in all: the first 2 key (the second changed nothing)"
done_testing
