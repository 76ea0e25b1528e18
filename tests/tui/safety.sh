#!/usr/bin/env bash
# Safety: kill -9 right after a verdict loses nothing shown as saved; an
# article with escape sequences leaves the pane title and the screen
# intact; an escape sequence terminfo does not name is ignored, not read as
# keys; resize down to 30x8, "too small", 1x1 and back keeps the selected
# claim in view; the terminals of the issue work and unknown ones are refused.
. "$top_srcdir/tests/tui/lib.sh"
command -v sqlite3 >/dev/null 2>&1 || skip_all "the sqlite3 CLI is not installed"
fixture k.db "$top_srcdir"/examples/kaspersky/*.txt
cmd=$(review_cmd k.db kim)

# kill -9 right after a verdict
tui_start 100 30 xterm-256color "$cmd"
tui_wait "source 1/5" >/dev/null
tui_keys j j 2
scr=$(tui_wait "Saved: claim")
ok $? "the verdict is shown as saved"
kill -9 "$(tui_pid)"
tui_dead >/dev/null
is "$(sql k.db "SELECT count(*) FROM annotations WHERE verdict = 'false' AND reviewer = 'kim'")" "1" \
	"after kill -9 the verdict shown as saved is in the store"
is "$(sql k.db "PRAGMA integrity_check")" "ok" "the store is intact"

# escape sequences, bidi controls and C1 controls in an article
printf 'Evil \033]0;PWNED\007title \033[2J\033[H here\n\nOn July 20, 2024 the \033[31mfirm\033[0m said it cut 50 jobs \342\200\256reversed\342\200\254 text.\n' >evil.txt
fixture e.db evil.txt
tui_start 80 24 xterm-256color "$(review_cmd e.db eve)"
scr=$(tui_wait "source 1/1")
ok $? "an article with escape sequences opens"
like "$scr" "Evil title  here" "escape sequences were dropped when the article was added"
like "$scr" "�reversed�" "bidi overrides are shown as placeholders"
like "$scr" "crosscheck reader — evil.txt" "the header is intact"
like "$scr" "e.db │ source 1/1" "the status line is intact"
unlike "$(TM display-message -p -t t '#{pane_title}')" "PWNED" "the pane title is not changed"
tui_keys Q
tui_dead >/dev/null

# resize: 30x8, too small, 1x1 and back, keeping the selected claim in view
tui_start 80 24 xterm-256color "$cmd"
tui_wait "source 1/5" >/dev/null
tui_keys G
scr=$(tui_stable)
last=$(printf '%s\n' "$scr" | grep -o 'claim [0-9]*/[0-9]*')
tui_resize 30 8
scr=$(tui_wait "Claims")
ok $? "30x8 still shows the review"
like "$scr" "$(printf '%s' "$last" | sed 's/claim //')" "the selected claim stays selected at 30x8"
tui_resize 15 5
scr=$(tui_wait "too small")
ok $? "below 20x6 a notice says the terminal is too small"
tui_resize 1 1
tui_stable >/dev/null
tui_resize 100 30
scr=$(tui_wait "Claims")
ok $? "it survives 1x1 and comes back"
like "$scr" "$last" "the selected claim is the same after the resizes"
like "$scr" "▶ Claims" "the panel is drawn again"
tui_keys q
is "$(tui_dead)" "0" "and quits normally"

# a key whose escape sequence terminfo does not name for TERM (ESC [ 2 ; 9 ~
# and ESC [ 3 ; 9 ~ under xterm-256color; tmux's Home and End, which were
# such keys, are bound now: homeend.sh): it is ignored whole, never read as
# '[' (previous source) and '2' (a verdict)
tui_start 80 24 xterm-256color "$cmd"
tui_wait "source 1/5" >/dev/null
tui_keys ']'
tui_wait "source 2/5" >/dev/null
tui_keys -H 1b 5b 32 3b 39 7e
scr=$(tui_wait "does not name")
like "$scr" "A key this terminal's TERM does not name was ignored" "an unknown key sequence is named as ignored"
like "$scr" "source 2/5 │ claim 1/" "... the source stays"
tui_keys -H 1b 5b 33 3b 39 7e
tui_keys j
tui_wait "claim 2/" >/dev/null
is "$(sql k.db "SELECT count(*) FROM annotations WHERE reviewer = 'kim'")" "1" "... and no verdict is set (only the one before)"
tui_keys '#'
tui_wait "Tags:" >/dev/null
tui_keys 'ab'
tui_keys -H 1b 5b 32 3b 39 7e
tui_keys 'c'
scr=$(tui_wait "Tags: abc")
ok $? "in the tag prompt the unknown key is ignored and the prompt stays open"
tui_keys Escape
tui_keys Q
tui_dead >/dev/null

# terminals
for term in xterm-256color screen tmux-256color linux vt100; do
	if ! infocmp "$term" >/dev/null 2>&1; then
		ok 0 "# SKIP terminfo has no $term"
		continue
	fi
	tui_start 80 24 "$term" "$cmd"
	scr=$(tui_wait "source 1/5")
	ok $? "TERM=$term shows the review"
	tui_keys q
	is "$(tui_dead)" "0" "TERM=$term quits cleanly"
done
# (stderr to a file: tmux may drop the last output of a pane that ends at once)
tui_start 200 24 nosuchterminal "$cmd 2>term.err"
is "$(tui_dead)" "2" "an unknown TERM exits with status 2"
like "$(cat term.err)" "unknown terminal type" "with a clear message"
# a terminal that cannot move the cursor (Emacs' M-x shell sets TERM=dumb)
if infocmp dumb >/dev/null 2>&1; then
	tui_start 200 24 dumb "$cmd 2>dumb.err"
	is "$(tui_dead)" "2" "TERM=dumb exits with status 2"
	like "$(cat dumb.err)" "cannot move the cursor" "with a message saying why"
else
	ok 0 "# SKIP terminfo has no dumb"
	ok 0 "# SKIP terminfo has no dumb"
fi

# NO_COLOR: attributes only
TUI_ENV="NO_COLOR=1" tui_start 80 24 xterm-256color "$cmd"
tui_wait "source 1/5" >/dev/null
raw=$(TM capture-pane -p -e -t t)
unlike "$raw" "[31m" "NO_COLOR: no red"
like "$raw" "[7m" "NO_COLOR: reverse video still marks the selection"
tui_keys 1
scr=$(tui_wait "Saved")
tui_keys q
tui_dead >/dev/null
done_testing
