#!/usr/bin/env bash
# The review never cuts text without a mark: a claim row cut at the panel's
# edge, a source's name in the timeline (wide characters too), a row of the
# conflict view's list and the bottom line end in "…". The claims panel's
# title shows the selected claim's id ("#14"), the number every message
# uses, apart from its place in the source ("1/15"). An undo or redo says
# the claim and the state it went back to, as `annotate --undo` prints it.
. "$top_srcdir/tests/tui/lib.sh"
fixture k.db "$top_srcdir"/examples/kaspersky/*.txt
ok $? "fixture store (examples/kaspersky)"
row_with() { printf '%s\n' "$1" | grep -F -- "$2" | head -n 1; }
# matches TEXT ERE DESCRIPTION: some line of TEXT matches ERE
# the bottom line (the message)
bottom() { printf '%s\n' "$1" | tail -n 1; }

# -- cut text ends in "…" ------------------------------------------------
tui_start 120 40 xterm-256color "$(review_cmd k.db cy)"
scr=$(tui_wait "source 1/5")
matches "$(row_with "$scr" "user: 400m")" "user: 400m[^│]*… +unreviewed" \
	"120x40: a claim's slots cut at the panel's edge end in …"
tui_keys c
scr=$(tui_wait "Conflict 1/")
case $(row_with "$scr" "! 1. ") in
*…) ok 0 "120x40: a row of the conflict view's list cut at the edge ends in …" ;;
*) ok 1 "120x40: a row of the conflict view's list cut at the edge ends in …"; row_with "$scr" "! 1. " | sed 's/^/# /' ;;
esac
tui_keys q
tui_wait "Claims 1/" >/dev/null
tui_resize 80 24
tui_keys t
scr=$(tui_wait "Timeline")
matches "$scr" "· deccan-digital-… [A-Z]" "80x24: a source's name cut in the timeline ends in …"
unlike "$scr" "deccan-digital-p" "... and is not cut without a mark"
tui_keys Q
tui_dead >/dev/null
# a name of wide characters is cut at a whole character, then "…" (7 of
# them in the 16 columns, not 8 without a mark)
printf 'Lindqvist Freight said on Tuesday that it will close its Tacoma depot on March 3, 2025.\n' \
	>'東京新聞の記事についての報告.txt'
fixture w.db --date 2025-02-25 '東京新聞の記事についての報告.txt'
ok $? "fixture store with a source named in wide characters"
# and the selected claim's note, too long for the bottom line, ends in "…"
"$CROSSCHECK" --db w.db annotate 1 --reviewer cy \
	--note 'checked against the harbour board minutes of the twenty-fourth and the depot notice' >/dev/null
ok $? "a long note on the first claim"
tui_start 80 24 xterm-256color "$(review_cmd w.db cy)"
scr=$(tui_wait "source 1/1")
case $(printf '%s\n' "$scr" | tail -n 1) in
"note: checked against the harbour board"*…) ok 0 "80x24: a note cut on the bottom line ends in …" ;;
*) ok 1 "80x24: a note cut on the bottom line ends in …"; printf '%s\n' "$scr" | tail -n 1 | sed 's/^/# /' ;;
esac
tui_keys t
scr=$(tui_wait "Timeline")
like "$scr" "· 東京新聞の記事…  " "80x24: a wide name cut in the timeline ends in …, at a whole character"
tui_keys Q
tui_dead >/dev/null

# -- the id in the panel's title and in the messages ----------------------
id=$("$CROSSCHECK" --db k.db claims --source deccan-digital-post.txt --format jsonl |
	sed -n '1s/^{"id":\([0-9]*\),.*/\1/p')
ok $(( id <= 1 )) "the second source's first claim has an id other than its place ($id)"
tui_start 80 24 xterm-256color "$(review_cmd k.db cy)"
tui_wait "source 1/5" >/dev/null
tui_keys ']'
scr=$(tui_wait "source 2/5")
matches "$scr" "Claims 1/[0-9]+ · #$id\$" "the panel's title: the claim's place, then its id"
tui_keys 1
scr=$(tui_wait "Saved: claim #$id true")
ok $? "a verdict: the message names the claim by its id, with #"
matches "$scr" "│ claim 1/[0-9]+ │" "... while the status line counts within the source"

# -- undo and redo say what they did ---------------------------------------
tui_keys u
scr=$(tui_wait "Undone:")
is "$(bottom "$scr")" "Undone: claim #$id: verdict none, no note, no tags" "u: the claim and the state it went back to"
tui_keys C-r
scr=$(tui_wait "Redone:")
is "$(bottom "$scr")" "Redone: claim #$id: verdict true, no note, no tags" "Ctrl-R: likewise"
tui_keys a
tui_keys -l 'checked'
tui_keys Enter
tui_wait "Saved: note on claim #$id" >/dev/null
ok $? "a note: the message names the claim by its id"
tui_keys '#'
tui_keys -l 'jobs'
tui_keys Enter
tui_wait "Saved: tags of claim #$id: jobs" >/dev/null
ok $? "tags: the message names the claim by its id"
tui_keys u
scr=$(tui_wait "Undone:")
is "$(bottom "$scr")" "Undone: claim #$id: verdict true, note \"checked\", no tags" "u after tags: the note's text and no tags"
tui_keys C-r
scr=$(tui_wait "Redone:")
is "$(bottom "$scr")" "Redone: claim #$id: verdict true, note \"checked\", tags jobs" "Ctrl-R: the tags back"
# a note too long for the bottom line is named without its text
tui_keys a C-u
tui_keys -l 'checked against the ministry release of the twentieth and the company statement'
tui_keys Enter
tui_wait "Saved: note on claim #$id" >/dev/null
tui_keys u
tui_wait "Undone:" >/dev/null
tui_keys C-r
scr=$(tui_wait "Redone:")
is "$(bottom "$scr")" "Redone: claim #$id: verdict true, a note, tags jobs" "80x24: a long note is named, the tags still show"
tui_keys C-r
scr=$(tui_wait "to redo")
is "$(bottom "$scr")" "Nothing to redo" "Ctrl-R with nothing to redo says so, opening with a capital as the others"
tui_keys Q
is "$(tui_dead)" "0" "quits normally"
done_testing
