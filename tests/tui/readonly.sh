#!/usr/bin/env bash
# `crosscheck review --read-only` browses a store this user could write
# without risk (README: "The review", read-only): the status line says
# read-only all the time; every key that would write (verdicts, clear,
# note, external editor, tags, undo, redo), in the reader and in the
# conflict view, says on the bottom line that annotations cannot be saved
# and why, and writes nothing; articles, the conflict view, sources,
# timeline, search and export to a file work; the store's bytes are the
# same after the session, no session is recorded and nothing is left
# beside it. A store that needs a migration is refused and left as it was.
# (The same review as another user, on a store it cannot write:
# tests/tui/readonly_nobody.sh.)
. "$top_srcdir/tests/tui/lib.sh"
command -v sqlite3 >/dev/null 2>&1 || skip_all "the sqlite3 CLI is not installed"
fixture s.db --story kasp "$top_srcdir"/examples/kaspersky/*.txt
ok $? "fixture store"
id1=$("$CROSSCHECK" --db s.db claims --format jsonl | sed -n '1s/^{"id":\([0-9]*\).*/\1/p')
"$CROSSCHECK" --db s.db annotate "$id1" --verdict false --note 'owner note' --reviewer alice >/dev/null
ok $? "fixture: the owner's annotation on claim #$id1"
sum=$(md5sum <s.db)
# counted read-write: a read-only sqlite3 leaves -wal and -shm behind
sessions=$(sqlite3 s.db "SELECT count(*) FROM sessions")
entries=$(sqlite3 s.db "SELECT count(*) FROM annotations")
files() { ls -A | grep '^s\.db' | paste -sd' '; }
is "$(files)" "s.db" "fixture: the store alone (no -wal, no -shm)"

MSG="Read-only: s.db (opened read-only); annotations cannot be saved"
# refused KEY...: presses each key; each must say MSG on the bottom line
# (Esc then takes the message away). Prints the keys that did not.
refused() {
	local k i bad=""
	for k in "$@"; do
		tui_keys "$k"
		tui_wait "$MSG" >/dev/null || bad="$bad $k"
		tui_keys Escape
		for i in $(seq 1 "$TUI_STEPS"); do
			tui_raw | grep -qF -- "$MSG" || break
			sleep 0.05
		done
	done
	printf '%s' "${bad# }"
}

TUI_ENV="VISUAL='touch $T/editor-ran'" tui_start 80 24 xterm-256color "$(review_cmd s.db kim) --read-only"
scr=$(tui_wait "source 1/5")
ok $? "review --read-only opens the store"
matches_end() { case $1 in *"$2") return 0 ;; *) return 1 ;; esac; }
matches_end "$(row "$scr" 23)" "read-only"
ok $? "the status line ends in 'read-only'"
is "$(refused 1 2 3 4 0 a e '#' u C-r)" "" "reader: every writing key says '$MSG'"
tui_keys c
scr=$(tui_wait "Conflict 1/")
ok $? "the conflict view opens"
matches_end "$(row "$scr" 23)" "read-only"
ok $? "... its status line says read-only too"
is "$(refused 1 2 3 4 0 a e '#' u C-r)" "" "conflict view: every writing key says it"
tui_keys Tab
is "$(refused 1 4 a)" "" "... on the other side too"
ok "$([ ! -e "$T/editor-ran" ]; echo $?)" "e ran no editor"
tui_keys q
tui_wait "▶ Claims" >/dev/null
# browsing: sources, timeline, search, export to a file
tui_keys s
tui_wait "capital-desk-report.txt" >/dev/null
ok $? "s lists the sources"
tui_keys q t
tui_wait "Timeline of story kasp" >/dev/null
ok $? "t shows the timeline"
tui_keys q /
tui_keys -l Kaspersky
tui_keys Enter
tui_wait 'Search "Kaspersky": ' >/dev/null
ok $? "/ searches"
tui_keys Escape x
tui_wait ":export" >/dev/null
tui_keys -l "$T/out.csv"
tui_keys Enter
scr=$(tui_wait "Exported")
like "$(row "$scr" 24)" "Exported 76 claims (csv) to $T/out.csv" "x exports to a file"
is "$(grep -c . "$T/out.csv")" "77" "... which holds the claims"
tui_keys Q
is "$(tui_dead)" "0" "quitting exits 0"
is "$(md5sum <s.db)" "$sum" "the store's bytes are the same after every writing key"
is "$(files)" "s.db" "nothing left beside the store"
is "$(sqlite3 s.db "SELECT count(*) FROM sessions")|$(sqlite3 s.db "SELECT count(*) FROM annotations")" \
	"$sessions|$entries" "no session and no annotation recorded"

# a store that needs a migration: refused as the reading commands refuse
# one they cannot write, and left as it was
cp s.db old.db
sqlite3 old.db "$UNDO_SCHEMA_12"
osum=$(md5sum <old.db)
tui_start 100 24 xterm-256color "$(review_cmd old.db kim) --read-only 2>$T/err"
is "$(tui_dead)" "1" "an older store: review --read-only exits 1"
like "$(cat "$T/err")" "old.db: written by an older crosscheck (schema 11; this one reads" \
	"... saying it was written by an older crosscheck"
is "$(md5sum <old.db)" "$osum" "... and leaves it as it was"

done_testing
