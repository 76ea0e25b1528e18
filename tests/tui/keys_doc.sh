#!/usr/bin/env bash
# The key table has one source: README.md's table between the keys markers
# is exactly what ui_keys_markdown writes, and the help screen lists every
# action of the same list.
. "$top_srcdir/tests/cli/lib.sh"
DRIVER="${top_builddir:-$(dirname "$CROSSCHECK")}/tests/tui/review_driver"
want=$("$DRIVER" --keys-markdown)
ok $? "the key table is generated"
got=$(sed -n '/^<!-- keys:begin -->$/,/^<!-- keys:end -->$/p' "$top_srcdir/README.md" | sed '1d;$d')
if [ "$got" = "$want" ]; then
	ok 0 "README.md's key table is up to date"
else
	ok 1 "README.md's key table is up to date (regenerate it with: tests/tui/review_driver --keys-markdown)"
	diff <(printf '%s\n' "$want") <(printf '%s\n' "$got") | sed 's/^/# /'
fi
# the man page's KEYS list is the same table: every key and text of the
# README in it, nothing else (as .TP entries: the keys in bold, '-' as '\-')
md2man() {
	sed -n 's/^| \(`.*`\) | \(.*\) |$/\1\t\2/p' | while IFS=$'\t' read -r keys text; do
		printf '.TP\n'
		printf '%s\n' "$keys" | sed -e 's/-/\\-/g' -e 's/`\([^`]*\)`/\\fB\1\\fR/g'
		printf '%s\n' "$text" | sed -e 's/`\([^`]*\)`/\\fB\1\\fR/g'
	done
}
man_keys=$(sed -n '/^\.\\" keys:begin/,/^\.\\" keys:end/p' "$top_srcdir/crosscheck.1" | sed '1d;$d')
test -n "$man_keys"
ok $? "the man page has a KEYS list"
if [ "$man_keys" = "$(printf '%s\n' "$want" | md2man)" ]; then
	ok 0 "the man page's KEYS list is README's key table"
else
	ok 1 "the man page's KEYS list is README's key table"
	diff <(printf '%s\n' "$want" | md2man) <(printf '%s\n' "$man_keys") | sed 's/^/# /'
fi
names=$(printf '%s\n' "$want" | grep -c '^| `')
test "$names" -ge 30
ok $? "the table lists every action ($names)"

# the help screen, page by page (needs tmux)
if ! command -v "${TMUX_BIN:-tmux}" >/dev/null 2>&1; then
	ok 0 "# SKIP tmux is not installed: the help screen is not checked"
	done_testing
	exit
fi
. "$top_srcdir/tests/tui/lib.sh"
fixture h.db "$top_srcdir"/examples/port-fire/*.txt
# help_screens PAGES: in the running review, opens the help and prints its
# first screen and PAGES more, one PageDown apart
help_screens() {
	tui_wait "source 1/" >/dev/null
	tui_keys '?'
	tui_wait "Help"
	for _ in $(seq 1 "$1"); do
		tui_keys PageDown
		tui_stable
	done
}
tui_start 120 40 xterm-256color "$(review_cmd h.db hal)"
all=$(help_screens 4)
missing=
while IFS= read -r line; do
	help=$(printf '%s' "$line" | awk -F' \\| ' '{print $2}' | sed 's/ |$//')
	case $all in
	*"${help:0:40}"*) ;;
	*) missing="$missing [$help]" ;;
	esac
done < <(printf '%s\n' "$want" | grep '^| `')
is "$missing" "" "the help screen shows every action's help text"
tui_keys q
scr=$(tui_wait "Claims")
ok $? "q leaves the help screen"
tui_keys Q

# at 80 columns an action's help wraps under itself instead of being cut at
# the edge: the last word of every action's help shows
tui_start 80 24 xterm-256color "$(review_cmd h.db hal)"
all=$(help_screens 10)
missing=
while IFS= read -r line; do
	help=$(printf '%s' "$line" | awk -F' \\| ' '{print $2}' | sed 's/ |$//')
	last=${help##*[ -]} # the rows may break after a hyphen
	printf '%s\n' "$all" | grep -qE "(^| |-)$(printf '%s' "$last" | sed 's/[][\.*^$()+?{}|]/\\&/g')\$" ||
		missing="$missing [$help]"
done < <(printf '%s\n' "$want" | grep '^| `')
is "$missing" "" "at 80 columns the help screen shows every action's help to its last word"
like "$all" "ACTION)" "... and the heading's end"
tui_keys G
scr=$(tui_stable)
like "$scr" "agreement lists them" "G shows the help's last line"
tui_keys q
tui_wait "Claims" >/dev/null
ok $? "q leaves the help screen"
tui_keys Q
done_testing
