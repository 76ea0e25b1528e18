#!/usr/bin/env bash
# The review as a person uses it: open the examples, move, annotate with
# 1, 2 and a, quit, reopen and see the annotations, undo after a restart,
# search, the conflict view, the timeline, the sources screen.
. "$top_srcdir/tests/tui/lib.sh"
command -v sqlite3 >/dev/null 2>&1 || skip_all "the sqlite3 CLI is not installed"
fixture s.db "$top_srcdir"/examples/kaspersky/*.txt
ok $? "fixture store"
first=$(sql s.db "SELECT name FROM sources ORDER BY id LIMIT 1")
nclaims=$(sql s.db "SELECT count(*) FROM claims c JOIN sources s ON s.id = c.source_id WHERE s.name = '$first'")
cmd=$(review_cmd s.db ann)

tui_start 100 30 xterm-256color "$cmd"
scr=$(tui_wait "source 1/5")
ok $? "the review opens on the first source"
like "$scr" "$first" "the header names the first source"
like "$scr" "Claims 1/$nclaims" "the claims panel lists the source's claims"
like "$scr" "2024-07-20 START" "a dated claim shows the day it was read as and its event"
like "$scr" "nearly two decades" "a duration shows in the article's words, not as P20Y"
like "$scr" "staff: fewer than 50" "a figure shows in the article's words after its counted noun"
like "$scr" "2024-07-20 START Kasp" "a claim's row names who acts after its event (cut with … at 100 columns)"

like "$scr" "reviewer ann" "the status line names the reviewer"

tui_keys j
scr=$(tui_wait "claim 2/$nclaims")
ok $? "j selects the next claim"
tui_keys k
scr=$(tui_wait "claim 1/$nclaims")
ok $? "k selects the previous claim"

tui_keys 1
scr=$(tui_wait "Saved: claim")
ok $? "1 saves a verdict"
like "$scr" "saved" "the status line shows the saved mark"
c1=$(sql s.db "SELECT c.id FROM claims c JOIN sources s ON s.id = c.source_id WHERE s.name = '$first' ORDER BY c.ord LIMIT 1")
is "$(sql s.db "SELECT verdict FROM annotations WHERE claim_id = $c1 ORDER BY id DESC LIMIT 1")" "true" "the verdict is in the store"
tui_keys j 2
scr=$(tui_wait "false")
ok $? "2 on the next claim: false"
tui_keys a
tui_wait "Note:" >/dev/null
tui_keys -l "Checked — 日本 ✓"
tui_keys Enter
scr=$(tui_wait "Saved: note")
ok $? "a opens the note editor; Enter saves"
c2=$(sql s.db "SELECT c.id FROM claims c JOIN sources s ON s.id = c.source_id WHERE s.name = '$first' ORDER BY c.ord LIMIT 1 OFFSET 1")
is "$(sql s.db "SELECT verdict || '|' || note FROM annotations WHERE claim_id = $c2 ORDER BY id DESC LIMIT 1")" "false|Checked — 日本 ✓" "the note keeps the verdict and its UTF-8"
tui_keys a
tui_wait "Note:" >/dev/null
tui_keys -l "discard me"
tui_keys Escape
scr=$(tui_wait "Cancelled")
ok $? "Esc cancels the note editor"
is "$(sql s.db "SELECT count(*) FROM annotations")" "3" "a cancelled note writes nothing"
tui_keys a
tui_wait "Note:" >/dev/null
tui_keys C-e C-u # the editor opens on the claim's note: cleared first
tui_keys -l "one two three"
tui_keys C-a C-Right R
tui_wait "Note: oneR two three" >/dev/null
ok $? "C-Right in the editor moves one word right"
tui_keys C-Left C-Left X
tui_wait "Note: XoneR two three" >/dev/null
ok $? "C-Left moves one word left, and stops at the start"
before=$(tui_raw)
tui_keys Escape
scr=$(tui_changed "$before")
unlike "$scr" "Note: XoneR" "Esc closes the editor"
is "$(sql s.db "SELECT count(*) FROM annotations")" "3" "and writes nothing"
tui_keys q
is "$(tui_dead)" "0" "q quits from the reader with status 0"
is "$(sql s.db "SELECT count(*) FROM sessions WHERE reviewer = 'ann' AND ended IS NOT NULL AND annotations = 3")" "1" \
	"the session is recorded with its counts"

tui_start 100 30 xterm-256color "$cmd"
scr=$(tui_wait "source 1/5")
like "$scr" "true" "after a restart the first claim shows true"
like "$scr" "false" "and the second false"
like "$scr" "✎" "and the note mark"
# the counts end every panel row in the same column, whatever the status
# word and marks before them ("true ✎", "conflict", "unreviewed")
cols=$(LC_ALL=C.UTF-8 bash -c '
	while IFS= read -r line; do
		row=${line##*│}
		case $row in *" +"[0-9]*" !"[0-9]*) ;; *) continue ;; esac
		head=${row% +[0-9]* ![0-9]*}
		echo "${#head} ${#row}"
	done' <<<"$scr" | sort -u | wc -l)
is "$cols" "1" "the claims panel's counts line up on every row"
tui_keys j
scr=$(tui_wait "note: Checked")
ok $? "the selected claim's note shows on the bottom line"
tui_keys u
scr=$(tui_wait "Undone: claim #$c2")
ok $? "u undoes the last action of an earlier session"
is "$(sql s.db "SELECT coalesce(note, 'none') FROM annotations WHERE claim_id = $c2 ORDER BY id DESC LIMIT 1")" "none" \
	"the undo is a log entry restoring the state before"
tui_keys C-r
scr=$(tui_wait "Redone: claim #$c2")
ok $? "Ctrl-R redoes"

tui_keys ']'
scr=$(tui_wait "source 2/5")
ok $? "] goes to the next source"
tui_keys '['
scr=$(tui_wait "source 1/5")
ok $? "[ goes back"

tui_keys /
tui_wait "/" >/dev/null
tui_keys -l "Raimondo"
tui_keys Enter
scr=$(tui_wait "matching sentences")
ok $? "/ searches the sentences"
like "$scr" "/Raimondo" "the status line shows the search"
before=$(printf '%s\n' "$scr" | grep -o 'source [0-9]*/5')
tui_keys n
scr=$(tui_stable)
unlike "$scr" "No sentence matches" "n steps to the next match"
tui_keys Escape
scr=$(tui_stable)
unlike "$scr" "/Raimondo" "Esc ends the search"
tui_keys /
tui_wait "/" >/dev/null
tui_keys -l "pullback"
tui_keys Enter
scr=$(tui_wait "matching sentence")
like "$scr" 'Search "pullback": 1 matching sentence; n and N step' "one match is one matching sentence"
tui_keys Escape
tui_stable >/dev/null

nconf=$(sql s.db "SELECT count(*) FROM conflicts")
if [ "$nconf" -gt 0 ]; then
	tui_keys n
	scr=$(tui_stable)
	tui_keys c
	scr=$(tui_wait "Conflict 1/")
	ok $? "n then c opens the conflict view"
	like "$scr" "Why:" "the conflict view explains the conflict"
	tui_keys Tab 3
	scr=$(tui_wait "misleading")
	ok $? "a verdict key acts on the other side after Tab"
	tui_keys q
	scr=$(tui_wait "Claims")
	ok $? "q goes back to the reader"
else
	ok 0 "# SKIP no conflicts marked"
fi

tui_keys t
scr=$(tui_wait "Timeline")
ok $? "t opens the timeline"
like "$scr" "2024-" "the timeline lists dates"
tui_keys G
scr=$(tui_stable)
tui_keys g Enter
scr=$(tui_wait "Claims")
ok $? "Enter on a timeline row opens its claim in the reader"

tui_keys s
scr=$(tui_wait "annotated")
ok $? "s opens the sources screen"
for f in "$top_srcdir"/examples/kaspersky/*.txt; do
	like "$scr" "$(basename "$f")" "sources lists $(basename "$f")"
done
tui_keys j Enter
scr=$(tui_wait "source 2/5")
ok $? "Enter opens a source"

tui_keys :
tui_wait ":" >/dev/null
tui_keys -l "source $first"
tui_keys Enter
scr=$(tui_wait "source 1/5")
ok $? ":source NAME opens it"
tui_keys :
tui_keys -l "nonsense"
tui_keys Enter
scr=$(tui_wait "Unknown command")
ok $? "an unknown command is reported"
tui_keys s Q
is "$(tui_dead)" "0" "Q quits from another screen"

# e: $VISUAL with arguments, run without a shell
cat >ed.sh <<'SH'
#!/bin/sh
# $1: a flag from $VISUAL, $2: the note file
[ "$1" = --flag ] || exit 3
printf '%s\n' 'from the editor: $HOME `x` "q"' >"$2"
SH
chmod +x ed.sh
TUI_ENV="VISUAL='$T/ed.sh --flag'" tui_start 100 30 xterm-256color "$cmd"
tui_wait "source 1/5" >/dev/null
tui_keys e
scr=$(tui_wait "Saved: note")
ok $? "e runs \$VISUAL and saves the note"
is "$(sql s.db "SELECT note FROM annotations ORDER BY id DESC LIMIT 1")" "from the editor: \$HOME \`x\` \"q\"" \
	"the note is what the editor wrote (no shell expanded it)"
tui_keys q
tui_dead >/dev/null
# a statement with no date or figure shows its own words in the panel (a
# verdict judges them), a dated claim who acts
printf 'Plant closure\n\nOrvik has firmly denied the report.\n\nThe ministry said Orvik will close the Tarn plant on 3 March 2025.\n' >statements.txt
fixture st.db --date 2025-01-10 statements.txt
tui_start 160 12 xterm-256color "$(review_cmd st.db ann)"
scr=$(tui_wait "source 1/1")
like "$(printf '%s\n' "$scr" | grep unreviewed | head -n 1)" "│· Orvik has firmly denied the report.  " "a statement's row: its words"
like "$(printf '%s\n' "$scr" | grep CLOSE)" "│· 2025-03-03 CLOSE Orvik  " "a dated claim's row: the day, the event, who acts"
tui_keys Q
tui_dead >/dev/null

done_testing
