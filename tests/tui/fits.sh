#!/usr/bin/env bash
# Fits and hidden text, as a reader sees them (README: "The review"): a
# line whose words fill the article pane exactly stays on its row (at 80
# and at 40 columns); the help, taller than the screen, says which of its
# rows show and, while rows follow, how many and how to scroll; a prompt
# (the search) narrower than its text marks with "…" the side where text
# is hidden, as the cursor moves.
. "$top_srcdir/tests/tui/lib.sh"
# the paragraph's first 78 columns (80 columns less the margin) end at
# "one", its first 38 (40 columns) at "crane"
cat >orvik-dock.txt <<'TXT'
Orvik crane report

Dock crews at Orvik said the new crane lifts nine boxes an hour and an old one lifts six on a calm day.
TXT
fixture o.db --date 2025-02-03 orvik-dock.txt
ok $? "fixture store"
has_row() { printf '%s\n' "$1" | grep -qxF -- "$2"; }
# check_row SCREEN ROW NAME: the screen has ROW as a whole row
check_row() {
	if has_row "$1" "$2"; then
		ok 0 "$3"
	else
		ok 1 "$3"
		printf '%s\n' "$1" | sed 's/^/#   /'
	fi
}

tui_start 80 24 xterm-256color "$(review_cmd o.db kim)"
scr=$(tui_wait "source 1/1")
ok $? "the review opens at 80x24"
check_row "$scr" "· Dock crews at Orvik said the new crane lifts nine boxes an hour and an old one" \
	"80 columns: words that fill the pane's 78 columns stay on their row"
check_row "$scr" "│ lifts six on a calm day." "... the next word starts the next row"

# the help at 80x24: its first rows, how many follow, then its last rows
tui_keys '?'
scr=$(tui_wait "Help (q to go back)")
like "$(row "$scr" 2)" "Help (q to go back) · 1-19/" "80x24: the help's title says which rows show"
matches "$(row "$scr" 22)" "^ … [0-9]+ more rows below \(j/k to scroll\)$" \
	"... and its last row how many rows follow and the keys that scroll"
n=$(row "$scr" 2 | sed 's/.*1-19\///')
more=$(row "$scr" 22 | sed 's/^ … \([0-9]*\) more.*/\1/')
# not numbers when the marks are missing: 0, so that the checks fail
case $n in '' | *[!0-9]*) n=0 ;; esac
is "$more" "$((n - 19))" "... the rows that follow are those past the 19 shown"
tui_keys j
scr=$(tui_changed "$scr")
matches "$(row "$scr" 2)" "· 2-20/$n$" "j scrolls the help a row"
matches "$(row "$scr" 22)" "^ … $((n - 20)) more rows below" "... one row fewer follows"
tui_keys G
scr=$(tui_changed "$scr")
unlike "$scr" "more rows below" "at the bottom no row follows: no mark"
matches "$(row "$scr" 2)" "· $((n - 19))-$n/$n$" "... the title shows the last rows"
matches "$(row "$scr" 22)" "^ Panel: .* the reviewers' latest verdicts differ" "... the help's last line on the last row"
tui_keys Q
tui_dead >/dev/null

# 40x12: the pane's 38 columns, the help's 7 rows and the search prompt
tui_start 40 12 xterm-256color "$(review_cmd o.db kim)"
scr=$(tui_wait "source 1/1")
ok $? "the review opens at 40x12"
check_row "$scr" "· Dock crews at Orvik said the new crane" "40 columns: words that fill 38 columns stay on their row"
check_row "$scr" "│ lifts nine boxes an hour and an old" "... the next word starts the next row"
tui_keys '?'
scr=$(tui_wait "Help (q to go back)")
matches "$(row "$scr" 2)" "Help \(q to go back\) · 1-7/[0-9]+$" "40x12: the title says which of the help's rows show"
matches "$(row "$scr" 10)" "^ … [0-9]+ more rows below \(j/k to scroll\)$" "... the last row that more follow"
tui_keys q
scr=$(tui_wait "Claims 1/")

# the search prompt: 38 columns after "/", the cursor's included
tui_keys /
tui_keys -l "cranes at the northern quay lift nine boxes an hour"
scr=$(tui_wait "boxes an hour")
last=$(row "$scr" 12)
is "$last" "/…orthern quay lift nine boxes an hour" "typed past the field's width: … where the start is hidden"
is "$(TM display -p -t t '#{cursor_x}')" 38 "... the cursor after the text, in the field"
tui_keys C-a
scr=$(tui_changed "$scr")
is "$(row "$scr" 12)" "/cranes at the northern quay lift nine…" "at the start: … where the end is hidden"
is "$(TM display -p -t t '#{cursor_x}')" 1 "... the cursor on the first character"
for i in $(seq 1 40); do tui_keys Right; done
scr=$(tui_wait "box…")
last=$(row "$scr" 12)
matches "$last" "^/….*box…$" "in the middle: … on both sides"
cx=$(TM display -p -t t '#{cursor_x}')
ok "$([ "$cx" -ge 2 ] && [ "$cx" -le 38 ]; echo $?)" "... the cursor between the marks (column $cx)"
ok "$([ "$(printf '%s' "$last" | wc -L)" -le 40 ]; echo $?)" "... within 40 columns"
tui_keys C-e
scr=$(tui_changed "$scr")
is "$(row "$scr" 12)" "/…orthern quay lift nine boxes an hour" "at the end again: the mark on the left only"
tui_keys Escape
tui_keys Q
tui_dead >/dev/null
done_testing
