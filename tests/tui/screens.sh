#!/usr/bin/env bash
# Screens: an article with CJK, Hangul, fullwidth letters, emoji and
# combining marks, at two widths: the wrapped text matches the golden
# screens (the margin of claim marks left out, so that extraction changes do
# not break it), no line is wider than the terminal, and side by side the
# pane separator stays in one column on every row. At 80 columns the header
# keeps a long source name's date.
. "$top_srcdir/tests/tui/lib.sh"
G="$top_srcdir/tests/tui/golden"
cp "$G/cjk.txt" cjk.txt
fixture c.db cjk.txt
ok $? "fixture store"
cmd=$(review_cmd c.db cy)

# width of a string in terminal columns (wc -L uses the locale's wcwidth)
cols() { printf '%s' "$1" | wc -L; }

for size in 80x24 120x30; do
	w=${size%x*} h=${size#*x}
	tui_start "$w" "$h" xterm-256color "$cmd"
	scr=$(tui_wait "source 1/1")
	ok $? "$size: the review opens"
	wide=0
	while IFS= read -r line; do
		[ "$(cols "$line")" -le "$w" ] || wide=$((wide + 1))
	done <<<"$scr"
	is "$wide" "0" "$size: no line is wider than the terminal"
	if [ "$w" -ge 100 ]; then
		# the article pane's rows: the separator sits in one column
		seps=$(printf '%s\n' "$scr" | sed -n "3,$((h - 2))p" | while IFS= read -r line; do
			case $line in *│*) cols "${line%%│*}" ;; esac
		done | sort -u | tr '\n' ' ')
		is "$seps" "72 " "$size: the separator is in column 72 on every row"
		article=$(printf '%s\n' "$scr" | sed -n "3,$((h - 2))p" | while IFS= read -r line; do
			line=${line%%│*}
			printf '%s\n' "${line:2}" | sed 's/[[:space:]]*$//'
		done)
	else
		# stacked: the article pane is rows 3.. up to the claims title
		article=$(printf '%s\n' "$scr" | sed -n '3,$p' | sed '/Claims/,$d' | while IFS= read -r line; do
			printf '%s\n' "${line:2}"
		done)
	fi
	article=$(printf '%s\n' "$article" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}')
	if [ -n "${TUI_BLESS:-}" ]; then
		printf '%s\n' "$article" >"$G/cjk-$size.golden.txt"
	fi
	want=$(cat "$G/cjk-$size.golden.txt" 2>/dev/null)
	if [ "$article" = "$want" ]; then
		ok 0 "$size: the article matches the golden screen"
	else
		ok 1 "$size: the article matches the golden screen (TUI_BLESS=1 rewrites it)"
		diff <(printf '%s\n' "$want") <(printf '%s\n' "$article") | sed 's/^/# /'
	fi
	tui_keys q
	tui_dead >/dev/null
done

# At 80 columns a long source name still leaves its date in the header:
# the key hints give way first.
cp "$G/cjk.txt" capital-desk-morning-report.txt
fixture h.db --date 2024-07-19 capital-desk-morning-report.txt
ok $? "fixture store with a long name"
tui_start 80 24 xterm-256color "$(review_cmd h.db cy)"
scr=$(tui_wait "source 1/1")
ok $? "80x24: the review opens"
head=$(printf '%s\n' "$scr" | sed -n 1p)
case $head in
*capital-desk-morning-report.txt*2024-07-19*) ok 0 "80x24: the header shows the source and its date" ;;
*) ok 1 "80x24: the header shows the source and its date"; printf '# %s\n' "$head" ;;
esac
tui_keys q
tui_dead >/dev/null

# The conflict view at 80x24: an explanation of four rows (two long source
# names) shows to its end, in the rows the short sentences leave; it is not
# cut after three rows. Shorter (80x15) its last row shown ends in "…".
cat >the-northern-valley-gazette-and-morning-chronicle.txt <<'TXT'
Depot fire closes Lindqvist yard

April 8, 2025

The fire at the Lindqvist freight depot began on Monday, April 7, 2025, the county fire marshal said.
TXT
cat >the-coastal-business-review-and-shipping-digest.txt <<'TXT'
Lindqvist yard fire

April 8, 2025

The fire at the Lindqvist freight depot began on Sunday, April 6, 2025, according to depot workers.
TXT
fixture why.db the-northern-valley-gazette-and-morning-chronicle.txt the-coastal-business-review-and-shipping-digest.txt
ok $? "fixture store with a conflict between long names"
tui_start 80 24 xterm-256color "$(review_cmd why.db cy)"
tui_wait "claim 1/1" >/dev/null
tui_keys Enter
scr=$(tui_wait "Why:")
like "$scr" "event on different dates" "80x24: the conflict's explanation shows to its last words"
tui_resize 80 15
scr=$(tui_changed "$scr")
like "$scr" "Why:" "80x15: the explanation still shows"
unlike "$scr" "event on different dates" "... not all of it"
case $(printf '%s\n' "$scr" | grep -A2 'Why:' | tail -n 1) in
*"…") ok 0 "... and its last row shown ends in …" ;;
*) ok 1 "... and its last row shown ends in …"; printf '%s\n' "$scr" | sed 's/^/# /' ;;
esac
tui_keys Q
tui_dead >/dev/null

# Cut names and titles are seen to be cut. At 80x24 a header too long for
# the screen cuts the source's name (with "…") so that its date and outlet
# show whole; the article pane's title row, too long, ends in "…"; a source
# without a title is named without a dangling ":".
cat >lindqvist-freight-closes-tacoma-depot.txt <<'TXT'
Lindqvist Freight shuts its Tacoma depot after a long quarrel with the harbour board

Lindqvist Freight said on Tuesday that it will close its Tacoma depot on March 3, 2025.
TXT
printf 'Lindqvist Freight said on Tuesday that it will close its Tacoma depot on March 3, 2025.\n' >untitled-note.txt
"$CROSSCHECK" --db cut.db add --date 2025-02-25 --url https://www.harbourgazette.example/news/lindqvist \
	lindqvist-freight-closes-tacoma-depot.txt >/dev/null 2>&1 &&
	"$CROSSCHECK" --db cut.db add --date 2025-02-26 untitled-note.txt >/dev/null 2>&1
ok $? "fixture store with a long name, title and outlet"
tui_start 80 24 xterm-256color "$(review_cmd cut.db cy)"
scr=$(tui_wait "source 1/2")
is "$(printf '%s\n' "$scr" | sed -n 1p)" " crosscheck reader — lindqvist-freight-cl… · 2025-02-25 · harbourgazette.example" \
	"80x24: the header cuts the name with … and keeps the date and outlet whole"
case $(printf '%s\n' "$scr" | sed -n 2p) in
*"lindqvist-freight-closes-tacoma-depot.txt: Lindqvist Freight shuts"*"…") ok 0 "80x24: a title cut at the pane's edge ends in …" ;;
*) ok 1 "80x24: a title cut at the pane's edge ends in …"; printf '%s\n' "$scr" | sed -n 2p | sed 's/^/# /' ;;
esac
tui_keys ']'
scr=$(tui_wait "source 2/2")
is "$(printf '%s\n' "$scr" | sed -n 2p | sed 's/^[^u]*//')" "untitled-note.txt" "a source without a title: its name alone, no ':'"
tui_keys Q
tui_dead >/dev/null
done_testing
