#!/usr/bin/env bash
# The status line's whole-store counts: the review counts them once and
# then follows its own annotations (verdict, change, clear, undo, redo, in
# the reader and the conflict view) without counting again; what another
# process writes (an annotate, an add) is counted on the next key. After
# each step the count on the screen must equal a full count in SQL.
. "$top_srcdir/tests/tui/lib.sh"
command -v sqlite3 >/dev/null 2>&1 || skip_all "the sqlite3 CLI is not installed"
fixture s.db "$top_srcdir"/examples/kaspersky/*.txt
ok $? "fixture store"
# conflicts with a verdict on neither side, counted the slow way
open_sql() {
	sql s.db "SELECT count(*) FROM conflicts f
		WHERE (SELECT verdict FROM annotations WHERE claim_id = f.claim_a ORDER BY id DESC LIMIT 1) IS NULL
		AND (SELECT verdict FROM annotations WHERE claim_id = f.claim_b ORDER BY id DESC LIMIT 1) IS NULL"
}
shown() { printf '%s\n' "$1" | grep -o '[0-9]* open conflicts\?' | head -n 1 | cut -d' ' -f1; }
first=$(sql s.db "SELECT name FROM sources ORDER BY id LIMIT 1")
n=$(sql s.db "SELECT count(*) FROM claims c JOIN sources s ON s.id = c.source_id WHERE s.name = '$first'")
# step KEYS... : types the keys, waits for the screen to settle, and
# checks the count shown against SQL
step() {
	local what=$1 before
	shift
	before=$(tui_raw)
	tui_keys "$@"
	tui_changed "$before" >/dev/null
	scr=$(tui_stable)
	is "$(shown "$scr")" "$(open_sql)" "$what: the open conflicts shown are the store's"
}

all=$(open_sql)
cmd=$(review_cmd s.db counter)
tui_start 120 30 xterm-256color "$cmd"
scr=$(tui_wait "claim 1/$n")
is "$(shown "$scr")" "$all" "at start: $all open conflicts"
like "$scr" "! 2024-07-20" "the first claim is in a conflict"
step "1 on a claim in conflict" 1
ok $(( $(shown "$scr") >= all )) "a verdict on a claim in conflict lowers the count ($(shown "$scr") < $all)"
step "2 (another verdict)" 2
step "0 (the verdict cleared)" 0
is "$(shown "$scr")" "$all" "clearing the verdict restores the count"
step "3 again" 3
step "u (undo)" u
step "Ctrl-R (redo)" C-r
step "j 4 (a second claim)" j 4
# the conflict view sets verdicts too (Tab: the other side)
step "Enter (conflict view)" Enter
step "Tab 1 in the conflict view" Tab 1
step "q back to the reader" q

# another process annotates and adds: counted on the next key
other=$(sql s.db "SELECT f.claim_b FROM conflicts f
	WHERE (SELECT verdict FROM annotations WHERE claim_id = f.claim_b ORDER BY id DESC LIMIT 1) IS NULL LIMIT 1")
before=$(open_sql)
"$CROSSCHECK" --db s.db annotate "$other" --verdict false --reviewer elsewhere >/dev/null
ok $? "another process sets a verdict (claim $other)"
ok $(( $(open_sql) >= before )) "which closes a conflict in the store"
step "after another process annotated, C-L" C-l k
printf 'Late breaking\n\nOn July 22, 2024 Kaspersky said it would close its US office.\n' >late.txt
"$CROSSCHECK" --db s.db add late.txt >/dev/null
step "after another process added a source" j
like "$scr" "source 1/6" "the new source is counted"
tui_keys q
is "$(tui_dead)" "0" "quits normally"
done_testing
