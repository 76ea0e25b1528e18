#!/usr/bin/env bash
# The docs keep up with the program: every command and option that --help
# and 'help COMMAND' show is in the man page and the README.
. "$top_srcdir/tests/cli/lib.sh"
man="$top_srcdir/crosscheck.1"
readme="$top_srcdir/README.md"
run --help
# a command's name is indented two spaces (a long one has its summary on
# the next line, indented further)
cmds=$(sed -n '/^Commands:/,/^$/p' <<<"$out" | awk '/^  [a-z]/ {print $1}')
is "$(grep -c corroborations <<<"$cmds")" 1 "--help lists a long command name too"
is "$(awk 'length > 80' <<<"$out")" "" "--help fits 80 columns"
is "$(sed -n '/^Commands:/,/^$/p' <<<"$out" | awk 'NF > 1 && /^ / && !(substr($0, 11, 1) == " " && substr($0, 12, 1) != " ")')" "" \
	"--help: every summary starts in one column"
test -n "$cmds"
ok $? "--help lists commands"
for c in $cmds; do
	grep -q "^\.B $c\b" "$man"
	ok $? "man page documents '$c'"
	grep -q "crosscheck $c\b\|^### \`$c\|\`crosscheck $c" "$readme"
	ok $? "README documents '$c'"
	run help "$c"
	for o in $(grep -oE -- '--[a-z][a-z-]+' <<<"$out" | sort -u); do
		[ "$o" = --help ] && continue
		grep -q -- "$(sed 's/-/\\\\-/g' <<<"$o")" "$man" || grep -q -- "$o" "$man"
		ok $? "man page mentions $c $o"
		grep -q -- "$o" "$readme"
		ok $? "README mentions $c $o"
	done
done
for o in --db --version; do
	grep -q -- "$(sed 's/-/\\\\-/g' <<<"$o")" "$man"
	ok $? "man page mentions $o"
done
# the commands the README describes (### `crosscheck NAME ...`) and those
# the man page describes (.B NAME under COMMANDS) are the same, both ways
readme_cmds=$(sed -n 's/^### `crosscheck \([a-z][a-z-]*\).*/\1/p' "$readme" | sort -u)
man_cmds=$(sed -n '/^\.SH COMMANDS/,/^\.SH /p' "$man" | sed -n '/^\.TP/{n;s/^\.B \([a-z][a-z-]*\).*/\1/p}' | sort -u)
test -n "$readme_cmds" && test -n "$man_cmds"
ok $? "README and the man page list commands"
is "$(comm -3 <(printf '%s\n' "$readme_cmds") <(printf '%s\n' "$man_cmds") | tr -s '\t\n' '  ')" "" \
	"README's commands and the man page's are the same (left: README only, right: man only)"
# what a user of a store they cannot write needs: both say it
for w in 'mode=ro' 'immutable=1' 'naming the store, its folder and why'; do
	grep -qF -- "$w" "$readme"
	ok $? "README: a store you cannot write: $w"
	grep -qF -- "$w" "$man"
	ok $? "man page: a store you cannot write: $w"
done
grep -q '^\./bootstrap && make check$\|`./bootstrap && make check`' "$readme"
ok $? "README shows the test command"
grep -q './bootstrap && ./crosscheck examples/' "$readme"
ok $? "README shows the run command"
done_testing
