#!/usr/bin/env bash
# The docs keep up with the program: every command and option that --help
# and 'help COMMAND' show is in the man page and the README.
. "$top_srcdir/tests/cli/lib.sh"
man="$top_srcdir/crosscheck.1"
readme="$top_srcdir/README.md"
run --help
cmds=$(sed -n '/^Commands:/,/^$/p' <<<"$out" | awk 'NF>1 {print $1}')
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
grep -q '^\./bootstrap && make check$\|`./bootstrap && make check`' "$readme"
ok $? "README shows the test command"
grep -q './bootstrap && ./crosscheck examples/' "$readme"
ok $? "README shows the run command"
done_testing
