#!/usr/bin/env bash
# Narrow screens, as a reader sees them (README: "The review"): the
# wrapping never breaks a word at a dot inside it ("U.S.-based", "e.g.",
# a domain name) in the reader or the conflict view; the sources screen
# keeps the name and the title longest (the story goes first, then the
# date) at 40, 57, 80 and 200 columns (and the name before two counts at
# 28); the help screen never wraps an
# action's name (at 40 columns the help goes under the keys and the name);
# the top line gives up the word "crosscheck" before the source's date;
# at 40x12 the conflict view gives the sentences three rows.
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
reader_whole() {
	# the article, above the claims panel (whose rows may quote it, cut)
	local art
	art=$(printf '%s\n' "$1" | sed '/▶ Claims/,$d')
	[ "$(count "$art" "U.S.-")" = 1 ] && [ "$(count "$art" "ports.maritex.example.com")" = 1 ]
}
conflict_whole() {
	[ "$(count "$1" "U.S.-")" = 2 ] && [ "$(count "$1" "e.g.")" = 1 ]
}
# whole_at W CHECK [c]: a fresh review W columns wide (with c, in the
# conflict view), whose screen passes CHECK (a function given the screen);
# prints the screen when it does not. Widths where libunistring alone
# breaks after "U." or a domain's dot.
whole_at() {
	local scr
	tui_start "$1" 24 xterm-256color "$(review_cmd m.db kim)"
	scr=$(tui_wait "source 1/2")
	if [ -n "${3:-}" ]; then
		tui_keys j
		tui_keys c
		scr=$(tui_wait "Conflict 1/1")
	fi
	tui_keys Q
	tui_dead >/dev/null
	"$2" "$scr" && return 0
	printf '%s\n' "$scr" | sed 's/^/# /'
	return 1
}
bad=""
for w in 40 46 60 65; do
	whole_at "$w" reader_whole || bad="$bad $w"
done
is "$bad" "" "reader at 40, 46, 60, 65 columns: U.S.-based and a domain name never broken at a dot"
bad=""
for w in 43 51 61 79; do
	whole_at "$w" conflict_whole c || bad="$bad $w"
done
is "$bad" "" "conflict view at 43, 51, 61, 79 columns: U.S.-based (both sides) and e.g. whole"

# the top line at 40 columns: the word "crosscheck" gives way so that the
# source's name and date show; at 80 it is back, with the key hints
tui_start 40 12 xterm-256color "$(review_cmd m.db kim)"
scr=$(tui_wait "source 1/2")
is "$(printf '%s\n' "$scr" | sed -n 1p)" " reader — maritex-wire.txt · 2025-01-10" \
	"40 columns: the top line keeps the source's name and date whole"
tui_resize 80 12
scr=$(tui_wait "Q quit")
like "$(printf '%s\n' "$scr" | sed -n 1p)" " crosscheck reader — maritex-wire.txt · 2025-01-10" "80 columns: the program's name too"
tui_keys Q
tui_dead >/dev/null

# the conflict view at 40x12: the sentences keep three rows, the list of
# the claim's one conflict (which repeats the explanation) gives way
tui_start 40 12 xterm-256color "$(review_cmd m.db kim)"
tui_wait "source 1/2" >/dev/null
tui_keys j
tui_keys c
scr=$(tui_wait "Conflict 1/1")
matches "$(printf '%s\n' "$scr" | sed -n 7p)" "^ [^ ].* {2,}[^ ]" "40x12: a third row of both sentences"
matches "$(printf '%s\n' "$scr" | sed -n 8,10p | tr '\n' '|')" "^ Why: .*\|      .*\|      .*…\|$" \
	"... then the explanation in three rows, the last cut with …"
unlike "$scr" "! 1. " "... and no list row"
tui_keys Q
tui_dead >/dev/null

# the sources screen: three sources of a story named in CJK, with long
# names and titles
printf 'Bay ferry operator to end night crossings after losses\n\nThe operator said on Tuesday that it will end its night crossings on May 1, 2025.\n' \
	>tokyo-bay-evening-chronicle.txt
printf 'Night ferries across the bay will stop this spring, operator says\n\nThe operator will end its night crossings on May 8, 2025, a spokesman said.\n' \
	>harbourside-daily-ledger.txt
fixture s.db --date 2025-02-01 --story 東京湾岸の再開発計画をめぐる報道 tokyo-bay-evening-chronicle.txt harbourside-daily-ledger.txt
ok $? "fixture store with a CJK story"
tui_start 200 12 xterm-256color "$(review_cmd s.db kim)"
tui_wait "source 1/2" >/dev/null
tui_keys s
scr=$(tui_wait "crosscheck sources")
is "$(row "$scr" 2)" "  # source                          claims conflicts annotated  date        story                             title" \
	"200 columns: every column"
matches "$(row "$scr" 3)" "^> 1 tokyo-bay-evening-chronicle.txt +2 +0 +0  2025-02-01  東京湾岸の再開発計画をめぐる報道  Bay ferry operator to end night crossings after losses$" \
	"... names, the story and titles whole"
tui_resize 80 12
scr=$(tui_wait "annot. date       title")
is "$(row "$scr" 2)" "  # source           claims confl. annot. date       title" \
	"80 columns: the story column goes before the title falls under 20 columns"
matches "$(row "$scr" 3)" "^> 1 tokyo-bay-eveni… +2 +0 +0 2025-02-01 Bay ferry operator to end …$" \
	"... the title keeps 26 columns"
tui_resize 57 12
scr=$(tui_wait "annot. title")
is "$(row "$scr" 2)" "  # source           claims confl. annot. title" "57 columns: then the date goes"
matches "$(row "$scr" 3)" "^> 1 tokyo-bay-eveni… +2 +0 +0 Bay ferry oper…$" "... the name keeps 16 columns, the title 15"
tui_resize 40 12
scr=$(tui_wait "# source          claims")
is "$(row "$scr" 2)" "  # source          claims confl. annot." "40 columns: the name and the counts only"
matches "$(row "$scr" 4)" "^  2 harbourside-da… +2 +0 +0$" "... the name as wide as the rest leaves"
wide=0
while IFS= read -r line; do
	[ "$(width "$line")" -le 40 ] || wide=$((wide + 1))
done <<<"$scr"
is "$wide" "0" "... no line wider than 40 columns"
tui_keys Q
tui_dead >/dev/null
# (a fresh start: after a resize the old screen, clipped, shows for a moment)
tui_start 28 12 xterm-256color "$(review_cmd s.db kim)"
tui_wait "source 1/2" >/dev/null
tui_keys s
scr=$(tui_wait "# source")
is "$(row "$scr" 2)" "  # source            claims" "28 columns: the annotated and conflict counts go before the name is cut under 12"
matches "$(row "$scr" 3)" "^> 1 tokyo-bay-evenin… +2$" "... which keeps 17 columns"
tui_keys Q
tui_dead >/dev/null

# the help screen: an action's name is never wrapped; on a narrow screen
# the help goes under the keys and the name, across the width
tui_start 40 24 xterm-256color "$(review_cmd s.db kim)"
tui_wait "source 1/2" >/dev/null
tui_keys '?'
scr=$(tui_wait "Help (q to go back)")
like "$scr" "  j, <Down>            move-down" "40 columns: the keys and the action's name whole on one row"
like "$scr" "    Next claim (next line in the" "... the help under them from column 4"
# a row holding a piece of a name alone in the name's column (the "down"
# of "move-" / "down"), on every page of the help
pieces=0
for page in 1 2 3 4 5 6 7 8; do
	pieces=$((pieces + $(printf '%s\n' "$scr" | grep -cE '^ {23}[a-z]+$')))
	before=$scr
	tui_keys NPage
	scr=$(tui_changed "$before") || break
done
is "$pieces" "0" "... no name wrapped, on every page"
tui_keys G
scr=$(tui_wait "unverifiable")
matches "$scr" "^    ✓  true$" "... the claim marks under the keys too, from column 4"
tui_resize 26 14
# from the top, a row down: the help's last row says that more follow
tui_keys g j
scr=$(tui_wait "    move-down")
ok $? "26 columns: a name that does not fit beside its keys goes on a row of its own"
tui_keys Q
tui_dead >/dev/null
done_testing
