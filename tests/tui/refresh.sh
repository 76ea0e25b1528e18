#!/usr/bin/env bash
# A review open while another process refreshes the store (crosscheck
# refresh): at its next key it shows the claims the refresh wrote, stays on
# the claim it had selected (a claim found again keeps its id), and a
# verdict typed then goes on that claim, never on one a stale id names.
. "$top_srcdir/tests/tui/lib.sh"
command -v sqlite3 >/dev/null 2>&1 || skip_all "the sqlite3 CLI is not installed"
fixture s.db "$top_srcdir"/examples/kaspersky/*.txt
ok $? "fixture store"
first=$(sql s.db "SELECT name FROM sources ORDER BY id LIMIT 1")
n=$(sql s.db "SELECT count(*) FROM claims c JOIN sources s ON s.id = c.source_id WHERE s.name = '$first'")
# an older store: the first source's second claim was not found then
second=$(sql s.db "SELECT c.id FROM claims c JOIN sources s ON s.id = c.source_id WHERE s.name = '$first' AND c.ord = 1")
third=$(sql s.db "SELECT c.id FROM claims c JOIN sources s ON s.id = c.source_id WHERE s.name = '$first' AND c.ord = 2")
sqlite3 s.db "PRAGMA foreign_keys = ON; DELETE FROM claims WHERE id = $second" 
ok $? "an old store: claim #$second not there"

cmd=$(review_cmd s.db rita)
tui_start 120 30 xterm-256color "$cmd"
scr=$(tui_wait "claim 1/$((n - 1))")
ok $? "the review opens on the old store ($((n - 1)) claims in the first source)"
tui_keys j
scr=$(tui_wait "Claims 2/$((n - 1)) · #$third")
ok $? "the second claim of the old store is #$third"

"$CROSSCHECK" --db s.db refresh >"$T/refresh.out" 2>&1
ok $? "another process refreshes the store"
like "$(cat "$T/refresh.out")" "refreshed $first: $n claims (was $((n - 1)); 1 new" "... and finds the missing claim again"
tui_keys C-l
scr=$(tui_wait "Claims 3/$n · #$third")
ok $? "at the next key the review shows the refreshed claims, still on #$third"
like "$scr" "claim 3/$n" "the status line counts the new claim"
tui_keys 2
scr=$(tui_wait "claim #$third")
is "$(sql s.db "SELECT claim_id || ' ' || verdict FROM annotations ORDER BY id DESC LIMIT 1")" "$third false" \
	"a verdict typed after the refresh goes on the claim the review shows"
tui_keys q
is "$(tui_dead)" "0" "quits normally"
done_testing
