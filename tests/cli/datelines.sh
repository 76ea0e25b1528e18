#!/usr/bin/env bash
# A numeric date alone on a line near the top is the article's dateline for
# `add` as for `extract`: month-first when that is a date (03/04/2026 is
# March 4, as a sentence reads it), day-first only when the month-first
# reading is none (14/11/2026: the 14 is no month). The weekdays of the body
# resolve against it. The articles are written here.
. "$top_srcdir/tests/cli/lib.sh"

printf '%s\n' "Harbour flood" "" "14/11/2026" "" "Two people died on Friday." >"$T/dayfirst.txt"
printf '%s\n' "Harbour flood" "" "03/04/2026" "" "Two people died on Friday." >"$T/ambiguous.txt"
printf '%s\n' "Rail strike" "" "14/11/2026" "" "Rail services were suspended until Monday." >"$T/until.txt"

run --db "$T/a.db" add "$T/dayfirst.txt"
is "$rc" 0 "add a file whose dateline is 14/11/2026"
like "$out" "dated 2026-11-14 (dateline)" "... add reads it day-first"
run --db "$T/a.db" list
like "$out" "2026-11-14 (dateline)" "... list shows the date"
run --db "$T/a.db" claims
like "$out" "DIE | date=2026-11-13; number=2 death" "... and Friday is the day before"
run extract "$T/dayfirst.txt"
like "$out" "(date 2026-11-14)" "extract reads the same date"
like "$out" "Friday  ->  2026-11-13" "... and the same Friday"

run --db "$T/b.db" add "$T/ambiguous.txt"
like "$out" "dated 2026-03-04 (dateline)" "03/04/2026 is month-first: March 4"
run extract "$T/ambiguous.txt"
like "$out" "(date 2026-03-04)" "... for extract too"

# a Saturday article: a suspension until Monday runs to the coming Monday
run --db "$T/c.db" add "$T/until.txt"
run --db "$T/c.db" claims
like "$out" "date=until 2026-11-16" "were suspended until Monday, on a Saturday: the coming Monday"
done_testing
