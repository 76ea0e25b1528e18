#!/usr/bin/env bash
# The claims panel shows a date's modifier when it changes what the day
# means: "nearly 12 years ago" is some day after the one twelve years back
# ("after 2014-06-08 FOUND"), "until Monday" a deadline's end ("until
# 2026-11-16"), "before July 20" any day up to it; a start's "starting" is
# left out (its event says it), as is a plain day's "on". README: "Review".
. "$top_srcdir/tests/tui/lib.sh"
cat >story.txt <<'TXT'
Harbour Line cuts ferries

LONDON, 8 June 2026 - Harbour Line, which was founded nearly 12 years ago, said on Monday it would halt its night ferries starting July 20.

Services between Dover and Calais were suspended until Friday. Harbour Line had warned before July 1 that it would make cuts.
TXT
fixture s.db story.txt
ok $? "fixture store"
row_with() { printf '%s\n' "$1" | grep -F "$2" | head -n 1; }

tui_start 120 30 xterm-256color "$(review_cmd s.db ann)"
scr=$(tui_wait "claim 1/")
ok $? "the review opens"
like "$scr" "after 2014-06-08 FOUND" "\"nearly 12 years ago\": the day with its modifier, after"
like "$scr" "until 2026-06-12" "\"until Friday\": the deadline's day after until"
like "$scr" "before 2026-07-01" "\"before July 1\": the day after before"
like "$scr" "│· 2026-07-20 START" "\"starting July 20\": the start's day and its event ..."
unlike "$scr" "starting 2026" "... with no \"starting\", which START says"
unlike "$(row_with "$scr" "ANNOUNCE")" "on 2026" "a plain day shows no \"on\""
tui_keys Q
is "$(tui_dead)" "0" "Q quits"
done_testing
