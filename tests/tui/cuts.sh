#!/usr/bin/env bash
# Cuts, resizes and tags, as a reader sees them: every line cut to fit ends
# in "…" and never splits a wide character (the status line, the conflict
# view's title); the timeline keeps its selected row in view after a resize
# and shows no blank rows past the end while it has rows to show; the tag
# prompt refuses a tag that is not a word and changes nothing (README: "The
# review").
. "$top_srcdir/tests/tui/lib.sh"
command -v sqlite3 >/dev/null 2>&1 || skip_all "the sqlite3 CLI is not installed"
fixture k.db --story kasp "$top_srcdir"/examples/kaspersky/*.txt
ok $? "fixture store"
# the row above the status line (the last row of the body) and the status line

# the status line at 40 columns, with a reviewer's name in CJK
tui_start 40 12 xterm-256color "$(review_cmd k.db 審査担当の山田花子さん)"
scr=$(tui_wait "source 1/5")
ok $? "the review opens at 40x12"
st=$(row "$scr" 11)
like "$st" "│ source 1/5 │ claim 1/13 │" "the status line shows the source and claim"
matches "$st" "…$" "the status line cut at 40 columns ends in …"
ok "$([ "$(width "$st")" -le 40 ]; echo $?)" "... within 40 columns"
tui_resize 80 12
scr=$(tui_wait "13 open conflicts")
st=$(row "$scr" 11)
matches "$st" "reviewer 審査担当の.*…$" "at 80 columns the name is cut after whole characters, with …"
ok "$([ "$(width "$st")" -le 80 ]; echo $?)" "... within 80 columns"
unlike "$st" "�" "... no character split"
tui_resize 120 12
scr=$(tui_wait "山田花子さん")
matches "$(row "$scr" 11)" "reviewer 審査担当の山田花子さん$" "at 120 columns it shows whole, without …"

# the conflict view's title
tui_resize 40 12
tui_wait "capital-desk-repor…" >/dev/null
tui_keys c
scr=$(tui_wait "Conflict 1/1")
matches "$(row "$scr" 2)" "^ Conflict 1/1 · date-event · .*…$" "the conflict view's title cut at 40 columns ends in …"
tui_resize 100 12
scr=$(tui_wait "rule date-event")
matches "$(row "$scr" 2)" "^ Conflict 1/1 · date-event · strong · rule [a-z/-]*$" "at 100 columns it shows whole"
tui_keys Q
tui_dead >/dev/null

# the timeline after resizes: 44 dated claims, the last one selected
tui_start 80 24 xterm-256color "$(review_cmd k.db kim)"
tui_wait "source 1/5" >/dev/null
tui_keys t
tui_wait "Timeline of story kasp" >/dev/null
tui_keys G
scr=$(tui_wait "day unknown")
like "$(row "$scr" 22)" "ANNOUNCE The company said earlier" "G: the last dated claim is on the last row"
tui_resize 200 40
scr=$(tui_wait "capital-desk-report.txt  ANNOUNCE The company said earlier")
like "$(row "$scr" 38)" "ANNOUNCE The company said earlier this week" "taller: the selected last claim is still on the body's last row"
matches "$(row "$scr" 3)" "^ [0-9]{4}" "... and the rows above it fill the body from its first row"
is "$(printf '%s\n' "$scr" | sed -n '3,38p' | grep -c '^$')" "0" "... no blank row in the body"
tui_resize 40 12
scr=$(tui_wait "capital-desk-rep…")
like "$(row "$scr" 10)" "ANNOUNCE" "40x12: the selected claim is still in view"
tui_keys g
tui_wait "1997" >/dev/null
tui_resize 200 40
scr=$(tui_wait "capital-desk-report.txt  FOUND")
matches "$(row "$scr" 3)" "^ 1997 .*FOUND" "g then taller: the first claim on the first row"
is "$(printf '%s\n' "$scr" | sed -n '3,38p' | grep -c '^$')" "0" "... and the body is full"
tui_keys Q
tui_dead >/dev/null

# the conflict view (claim 4 of the first source: fewer than 50 staff
# against about 60 workers): a sentence cut by the height ends in "…" on its
# last row shown, and the explanation wraps at spaces only, a source's
# name never broken at its hyphens (README: "Screens")
tui_start 80 24 xterm-256color "$(review_cmd k.db kim)"
tui_wait "source 1/5" >/dev/null
tui_keys j j j c
scr=$(tui_wait "rule quantity/disjoint")
like "$scr" "to customers in the United States." "80x24: the other side's sentence shows whole"
is "$(printf '%s\n' "$scr" | sed -n '5,11p' | grep -c '…')" "0" "... with no …"
is "$(printf '%s\n' "$scr" | grep -c -- 'the-$')" "0" "... and no row ends inside a source's name"
tui_resize 60 15
scr=$(tui_wait "capital-desk-…")
matches "$(row "$scr" 8)" "^ .{29} .*[a-z]…$" "60x15: the sentence cut by the height ends in … on its last row"
matches "$(printf '%s\n' "$scr" | sed -n '9,11p')" "(^| )the-ledger-wire\.txt( |$)" "... a source's name shows whole in the explanation"
is "$(printf '%s\n' "$scr" | grep -c -- '-$')" "0" "... no row ends in a hyphen"
tui_resize 200 50
scr=$(tui_wait "United States.")
is "$(printf '%s\n' "$scr" | sed -n '5,8p' | grep -c '…')" "0" "200x50: the sentences show whole, with no …"
tui_keys Q
tui_dead >/dev/null

# a pane's placeholder cut to fit ends in "…" too: a source with no claims,
# the claims panel at its narrowest (">" moves the split)
printf 'Notes from a quiet afternoon.\n\nThe minutes are at https://records.example.net/council/2025/minutes-of-the-quiet-afternoon-session-with-every-appendix.html for reference.\n' >quiet.txt
fixture q.db quiet.txt
tui_start 100 12 xterm-256color "$(review_cmd q.db kim)"
scr=$(tui_wait "source 1/1")
# and a web address wider than the article pane: cut, each piece but its
# last ending in "…", never at its hyphens short of the width
matches "$(printf '%s\n' "$scr" | grep -F 'https://records')" "^  https://records\.example\.net/[^ ]*… *│" \
	"a web address wider than the pane starts a row and is cut with …"
matches "$(printf '%s\n' "$scr" | grep -A1 -F 'https://records' | tail -n 1)" "^  [a-z-]*appendix\.html" "... and goes on in the next row"
for i in $(seq 1 16); do tui_keys '>'; done
scr=$(tui_wait "Claims (none)")
matches "$(row "$scr" 3)" "│  No claims were f[a-z ]*…$" "a narrow claims panel: its placeholder cut with …"
tui_keys Q
tui_dead >/dev/null

# tags: a lone "#", a tag of punctuation, an over-long one are refused
cat >t.txt <<'TXT'
Brightwater Mills said on Monday that it will shut its Oakdale plant on June 2, 2025.
TXT
fixture t.db t.txt
entries() { sql t.db "SELECT count(*) FROM annotations"; }
tui_start 100 24 xterm-256color "$(review_cmd t.db kim)"
tui_wait "source 1/1" >/dev/null
tui_keys '#'
tui_wait "Tags:" >/dev/null
tui_keys '#' Enter
scr=$(tui_wait "not a tag")
like "$(row "$scr" 24)" 'Tags not changed: "#" is not a tag' "a lone # is refused on the bottom line"
is "$(entries)" "0" "... and nothing is written"
unlike "$scr" "unreviewed #" "... the claims panel marks no tags"
tui_keys '#'
tui_wait "Tags:" >/dev/null
tui_keys ' -- , ; ' Enter
scr=$(tui_wait "not a tag")
like "$(row "$scr" 24)" 'Tags not changed: "--" is not a tag' "a tag of punctuation is refused"
is "$(entries)" "0" "... nothing written"
tui_keys '#'
tui_wait "Tags:" >/dev/null
tui_keys 'plant' Enter
scr=$(tui_wait "Saved: tags")
ok $? "a word is a tag"
like "$scr" "unreviewed # +0" "... marked in the claims panel"
is "$(sql t.db "SELECT tags FROM annotations ORDER BY id DESC LIMIT 1")" "plant" "... stored"
tui_keys '#'
tui_wait "Tags: plant" >/dev/null
tui_keys C-u "#, plant, $(printf 'x%.0s' $(seq 70))" Enter
scr=$(tui_wait "not a tag")
like "$(row "$scr" 24)" 'Tags not changed: "#" is not a tag' "one bad tag among good ones refuses the edit"
is "$(entries)" "1" "... nothing written"
tui_keys '#'
tui_wait "Tags: plant" >/dev/null
tui_keys "ok, $(printf 'x%.0s' $(seq 70))" Enter
scr=$(tui_wait "not a tag")
like "$(row "$scr" 24)" 'is not a tag (more than 64 bytes)' "a tag over 64 bytes is refused"
is "$(entries)" "1" "... nothing written"
tui_keys u
scr=$(tui_wait "Undone")
like "$(row "$scr" 24)" "Undone: claim #1: verdict none, no note, no tags" "u takes back the last change made: the tag plant"
tui_keys u
scr=$(tui_wait "othing to undo")
ok $? "... and then there is nothing to undo"
tui_keys q
is "$(tui_dead)" "0" "quits normally"

# an emoji family (joined by ZERO WIDTH JOINERs), CJK and combining marks:
# the pane separator stays in its column on every row
printf 'Closure at Oyama\n\nThe utility said it will close the Oyama plant on March 3, 2025, and 1200 jobs would go \360\237\221\251\342\200\215\360\237\221\251\342\200\215\360\237\221\247\342\200\215\360\237\221\246 東京電力ホールディングス t\314\201e\314\205xt.\n' >oyama-with-a-rather-long-outlet-name.txt
printf 'Oyama\n\nThe utility said it will close the Oyama plant on April 9, 2025, and 800 jobs would go.\n' >other.txt
fixture o.db --date 2025-01-10 --story oy oyama-with-a-rather-long-outlet-name.txt other.txt
# the columns before the last pane separator of a row
sepcol() { printf '%s\n' "$1" | sed 's/│[^│]*$//' | wc -L; }
tui_start 120 24 xterm-256color "$(review_cmd o.db kim)"
scr=$(tui_wait "source 1/2")
fam=$(printf '%s\n' "$scr" | grep -F "jobs would go")
like "$fam" "👩👩👧👦" "the four people of the family are shown"
is "$(sepcol "$fam")" "$(sepcol "$(printf '%s\n' "$scr" | grep -F "▶ Claims")")" \
	"the separator on the row with the family is in the same column as on the others"
# the conflict view at 40 columns: both verdicts whole, the names cut
tui_resize 40 12
tui_wait "oyama-with-a-ra" >/dev/null
tui_keys c
scr=$(tui_wait "Conflict 1/")
matches "$(row "$scr" 4)" "^ ▶ [^ ]*… · no verdict +[^ ]+ · no verdict$" "40 columns: both sides' verdicts show whole"
tui_keys Q
tui_dead >/dev/null
done_testing
