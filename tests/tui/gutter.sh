#!/usr/bin/env bash
# The article's gutter (README: "The review"): beside the claims panel the
# article is wrapped a column short of its pane, as the conflict view's
# sides are, so that a row whose words fill the width, or a cut token's
# "…", never touches the divider: at 200x50 (the pane's 110 columns, 108
# after the margin) and at 80x24 with the panes side by side (44 and 42).
# Stacked (no divider) the article keeps the whole width (fits.sh).
. "$top_srcdir/tests/tui/lib.sh"
# the first paragraph's first 108 columns end at "to", the second's first
# 42 at "barges": each filled the old width exactly; the third's first 107
# columns (the new width) end at "two"
cat >venmark-pilots.txt <<'TXT'
Venmark pilots report

Harbour pilots at Venmark counted forty one tankers in March, and said the outer channel was dredged down to fourteen metres before the spring tides came in.

Pilots at Venmark counted fifty two barges in April and said the tugs worked all night.

Tug teams at Venmark clocked three hundred hours of towing in the first quarter and asked the ports for two more boats before summer.

The notice sat at https://harbour.example.org/notices/venmark/2025/pilots/outer-channel/dredging-depths-and-tide-tables-for-the-spring-season-final-revised-edition.html for a week.
TXT
fixture v.db --date 2025-04-02 venmark-pilots.txt
ok $? "fixture store"

# touching SCREEN FIRST LAST: the rows (FIRST..LAST, 1-based) where a
# non-space character stands right before a vertical bar (the divider;
# the margin's bar of a selected claim stands in the first column)
touching() { printf '%s\n' "$1" | sed -n "$2,$3p" | grep -E '[^ ]│' || true; }
# divider_col SCREEN N: the column (0-based) of row N's last "│"
divider_col() { row "$1" "$2" | sed 's/│[^│]*$//' | tr -d '\n' | wc -m; }

# the article's share of the width fixed at 55%, and side by side from 60 columns
mkdir -p "$XDG_CONFIG_HOME/crosscheck"
printf 'set split = 55\nset stack-below = 60\n' >"$XDG_CONFIG_HOME/crosscheck/config"

tui_start 200 50 xterm-256color "$(review_cmd v.db kim)"
scr=$(tui_wait "source 1/1")
ok $? "the review opens at 200x50"
is "$(divider_col "$scr" 3)" 110 "200x50: the divider after the article's 110 columns"
like "$scr" "Harbour pilots at Venmark counted forty one tankers in March, and said the outer channel was dredged down" \
	"... the paragraph that filled the old 108 columns shows"
is "$(touching "$scr" 3 48)" "" "200x50: no text right before the divider"
matches "$scr" "^. to fourteen metres before" \
	"... the word that no longer fits in 107 columns starts the next row"
matches "$scr" "… │" "... a cut token's … a blank column before it"
# words that fill the new width exactly stay on their row, a blank column before the divider
matches "$scr" "^. Tug teams at Venmark .{63}asked the ports for two │" \
	"... words that fill 107 columns stay on their row"
tui_keys Q
tui_dead >/dev/null

tui_start 80 24 xterm-256color "$(review_cmd v.db kim)"
scr=$(tui_wait "source 1/1")
ok $? "the review opens at 80x24 side by side"
is "$(divider_col "$scr" 3)" 44 "80x24: the divider after the article's 44 columns"
is "$(touching "$scr" 3 22)" "" "80x24: no text right before the divider"
like "$scr" "Pilots at Venmark counted fifty two" "... the paragraph that filled the old 42 columns shows"
matches "$scr" "^. barges in April" "... \"barges\", past 41 columns, starts the next row"
# scrolling keeps the gutter: every row of the article down to its end
tui_keys G
scr=$(tui_changed "$scr")
is "$(touching "$scr" 3 22)" "" "... and at the article's end after G"
tui_keys Q
tui_dead >/dev/null
done_testing
