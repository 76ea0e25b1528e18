#!/usr/bin/env bash
# The review while another process holds the store's write lock (as a long
# `refresh` does): a verdict key, a note, tags and an undo wait and say so
# on the bottom line; when the lock goes, the action is saved and shown as
# saved; Esc stops waiting, and then the bottom line says plainly that it
# was not saved, the claim shows what the store holds, and a note or tags
# typed open again in their prompt. Quitting waits to close the session.
# refresh says on a terminal that it holds the store.
. "$top_srcdir/tests/tui/lib.sh"
command -v sqlite3 >/dev/null 2>&1 || skip_all "the sqlite3 CLI is not installed"
fixture s.db "$top_srcdir"/examples/kaspersky/*.txt
ok $? "fixture store"

# lock / unlock: another process (the sqlite3 CLI) takes the write lock
# and keeps it until unlock
lock() {
	rm -f ctl held
	mkfifo ctl
	sqlite3 s.db <ctl >held 2>&1 &
	LOCKER=$!
	exec 3>ctl
	printf '.timeout 5000\nBEGIN IMMEDIATE;\nSELECT %s;\n' "'held'" >&3
	local i
	for i in $(seq 1 100); do
		grep -q held held 2>/dev/null && return 0
		sleep 0.05
	done
	return 1
}
unlock() {
	printf 'COMMIT;\n' >&3
	exec 3>&-
	wait "$LOCKER"
}
entries() { sql s.db "SELECT count(*) FROM annotations"; }
latest() { sql s.db "SELECT coalesce(verdict, '-') || '|' || coalesce(note, '-') || '|' || tags FROM annotations ORDER BY id DESC LIMIT 1"; }

tui_start 100 30 xterm-256color "$(review_cmd s.db rev)"
tui_wait "source 1/5" >/dev/null
ok $? "the review is open"
claim=$(sql s.db "SELECT c.id FROM claims c JOIN sources s ON s.id = c.source_id ORDER BY s.id, c.start, c.id LIMIT 1")

# a verdict while the lock is held: it waits, says so, and saves after
lock
ok $? "another process holds the write lock"
tui_keys 1
scr=$(tui_wait "Waiting for another process writing to the store")
ok $? "a verdict key under the lock: the bottom line says the review waits"
like "$scr" "Esc stops waiting" "and how to stop waiting"
unlike "$scr" "Saved" "nothing is shown as saved while it waits"
is "$(entries)" 0 "nothing is in the store yet"
unlock
scr=$(tui_wait "Saved: claim #$claim true")
ok $? "once the lock goes, the verdict is saved and says so"
is "$(latest)" "true|-|" "the store holds the verdict"

# Esc gives up: not saved, said plainly; the claim still shows true
lock
tui_keys 2
tui_wait "Waiting for another process" >/dev/null
ok $? "a second verdict waits"
tui_keys Escape
scr=$(tui_wait "Not saved")
ok $? "Esc stops waiting"
like "$scr" "Not saved, another process holds the store: claim #$claim false; press the key again" \
	"the bottom line says it was not saved, why, and how to do it again"
unlike "$scr" "✓ saved" "the status line does not mark it saved"
is "$(printf '%s\n' "$scr" | grep -c 'START  *true')" 1 "the claim still shows the verdict the store holds (true)"
is "$(printf '%s\n' "$scr" | grep -c 'START  *false')" 0 "and not the one that was not saved"
is "$(entries)" 1 "nothing was written"

# a note under the lock: not saved, and `a` opens it again
tui_keys a
tui_wait "Note:" >/dev/null
tui_keys -l "checked with the filing"
tui_keys Enter
tui_wait "Waiting for another process" >/dev/null
ok $? "a note waits too"
tui_keys Escape
scr=$(tui_wait "Not saved")
like "$scr" "note on claim #$claim; a reopens it" "a note not saved says so"
is "$(entries)" 1 "nothing was written"

# tags likewise
tui_keys '#'
tui_wait "Tags:" >/dev/null
tui_keys -l "sourcing"
tui_keys Enter
tui_wait "Waiting for another process" >/dev/null
tui_keys Escape
scr=$(tui_wait "Not saved")
like "$scr" "tags of claim #$claim; # reopens them" "tags not saved say so"

# undo under the lock
tui_keys u
tui_wait "Waiting for another process" >/dev/null
tui_keys Escape
scr=$(tui_wait "Not saved")
like "$scr" "nothing undone; press u again" "an undo not done says so"
is "$(latest)" "true|-|" "the store still holds only the first verdict"
unlock

# the lock gone: the note and the tags open on what was typed
tui_keys a
scr=$(tui_wait "Note: checked with the filing")
ok $? "a opens the note that was not saved"
tui_keys Enter
scr=$(tui_wait "Saved: note on claim #$claim")
ok $? "and saves it"
tui_keys '#'
scr=$(tui_wait "Tags: sourcing")
ok $? "# opens the tags that were not saved"
tui_keys Enter
tui_wait "Saved: tags of claim #$claim" >/dev/null
ok $? "and saves them"
is "$(latest)" "true|checked with the filing|sourcing" "the store holds verdict, note and tags"

# quitting under the lock: the session's end waits, and says so
lock
tui_keys Q
tui_wait "Waiting for another process" >/dev/null
ok $? "quitting under the lock waits to close the session, and says so"
unlock
is "$(tui_dead)" 0 "the review quits normally once the lock goes"
is "$(sql s.db "SELECT count(*) FROM sessions WHERE reviewer = 'rev' AND ended IS NULL")" 0 \
	"its session is closed"
is "$(sql s.db 'PRAGMA integrity_check')" ok "the store is sound"

# refresh, run on a terminal, says it holds the store (not in a pipe)
# (the pane stays a moment: tmux may lose what a pane printed as it died)
tui_start 200 10 xterm-256color "$(printf '%q --db s.db refresh >/dev/null' "$CROSSCHECK"); r=\$?; sleep 1; (exit \$r)"
scr=$(tui_wait "refreshing")
is "$(tui_dead)" 0 "refresh on a terminal exits 0"
like "$scr" "crosscheck: refreshing 5 sources in one transaction; other crosscheck processes that write to this store wait until it ends" \
	"refresh on a terminal says that it holds the store"
"$CROSSCHECK" --db s.db refresh >/dev/null 2>refresh.err
is "$(cat refresh.err)" "" "and not when standard error is not a terminal"

done_testing
