#!/usr/bin/env bash
# The review while another process holds the store's write lock (as a long
# `refresh` does): a verdict key, a note, tags and an undo wait and say so
# on the bottom line; when the lock goes, the action is saved and shown as
# saved; Esc stops waiting, and then the bottom line says plainly that it
# was not saved, the claim shows what the store holds, and a note or tags
# typed open again in their prompt, with `e` too. Keys typed during a wait
# act after it, in order, unless Esc stopped it or another process changed
# the store (then none acts, and the bottom line names them); a resize
# during a wait is followed at once. Quitting waits to close the session,
# and with something not saved asks once, then prints it.
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
	for i in $(seq 1 "$TUI_STEPS"); do
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

# the external editor: keeps what it was given, and leaves it as it is
cat >ed.sh <<'SH'
#!/bin/sh
cp "$1" "$GIVEN"
SH
chmod +x ed.sh
TUI_ENV="GIVEN='$T/given.txt' VISUAL='$T/ed.sh'" tui_start 100 30 xterm-256color "$(review_cmd s.db rev)"
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
is "$(printf '%s\n' "$scr" | grep -cE 'START( [^ ]+)* +true')" 1 "the claim still shows the verdict the store holds (true)"
is "$(printf '%s\n' "$scr" | grep -cE 'START( [^ ]+)* +false')" 0 "and not the one that was not saved"
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

# keys typed while a verdict waits act after it, in order; a resize during
# the wait redraws the screen at its new size at once
claim3=$(sql s.db "SELECT c.id FROM claims c JOIN sources s ON s.id = c.source_id ORDER BY s.id, c.start, c.id LIMIT 1 OFFSET 2")
claim2=$(sql s.db "SELECT c.id FROM claims c JOIN sources s ON s.id = c.source_id ORDER BY s.id, c.start, c.id LIMIT 1 OFFSET 1")
verdict_of() { sql s.db "SELECT coalesce((SELECT verdict FROM annotations WHERE claim_id = $1 ORDER BY id DESC LIMIT 1), 'none')"; }
lock
tui_keys 3
tui_wait "Waiting for another process" >/dev/null
tui_keys j j 4
scr=$(tui_wait "kept: j j 4")
ok $? "keys typed while it waits are kept, and the wait line says which"
tui_resize 120 40
scr=$(tui_wait "Claims 1/")
like "$(printf '%s\n' "$scr" | sed -n 40p)" "Waiting for another process writing to the store" \
	"a resize during the wait: the screen is drawn at its new size, the wait line on its last row"
like "$(printf '%s\n' "$scr" | sed -n 39p)" "source 1/5" "the status line above it"
is "$(verdict_of "$claim")" true "nothing is saved while it waits"
unlock
scr=$(tui_wait "Saved: claim #$claim3 unverifiable")
ok $? "once the lock goes, the verdict is saved, then the kept keys act in order"
like "$scr" "Claims 3/" "the third claim is selected"
is "$(verdict_of "$claim"),$(verdict_of "$claim2"),$(verdict_of "$claim3")" "misleading,none,unverifiable" \
	"the store holds the verdicts on the claims they were typed for"
like "$(printf '%s\n' "$scr" | sed -n 39p)" "claim 3/13" "the status line stays on the new size's row"

# another process changes the store while a verdict waits: the kept keys
# do not act (the claims they were meant for may have changed)
lock
printf "INSERT INTO sessions(reviewer, started) VALUES('other', '2024-01-01T00:00:00Z');\n" >&3
tui_keys 1
tui_wait "Waiting for another process" >/dev/null
tui_keys k 2
tui_wait "kept: k 2" >/dev/null
unlock
scr=$(tui_wait "Saved: claim #$claim3 true; the store changed meanwhile, so not done: k 2")
ok $? "the verdict is saved; the keys typed meanwhile did nothing, and the bottom line names them"
like "$scr" "Claims 3/" "the selection has not moved"
is "$(verdict_of "$claim2")" none "the claim above has no verdict"

# Esc: what was typed after the verdict does not act either, and says so
# (80 columns: the short form, so that the keys show)
tui_resize 80 24
tui_wait "Claims 3/" >/dev/null
lock
tui_keys 2
tui_wait "Waiting for another process" >/dev/null
tui_keys j 4
tui_wait "kept: j 4" >/dev/null
tui_keys Escape
scr=$(tui_wait "Not saved")
like "$scr" "Not saved (store busy): claim #$claim3 false; not done either: j 4" \
	"Esc: not saved, and the keys typed after it are named as not done"
like "$scr" "claim 3/" "the selection has not moved"
is "$(verdict_of "$claim3")" true "the store holds the verdict it had"

# e opens the note that was not saved, not the stored one
tui_keys a
tui_wait "Note:" >/dev/null
tui_keys -l "seen in the registry"
tui_keys Enter
tui_wait "Waiting for another process" >/dev/null
tui_keys Escape
tui_wait "a reopens it" >/dev/null
ok $? "a note not saved"
unlock
rm -f given.txt
tui_keys e
scr=$(tui_wait "Saved: note on claim #$claim3")
ok $? "e, then the editor closed: the note is saved"
is "$(cat given.txt 2>/dev/null)" "seen in the registry" "e opened on the note that was not saved"
is "$(sql s.db "SELECT note FROM annotations WHERE claim_id = $claim3 ORDER BY id DESC LIMIT 1")" \
	"seen in the registry" "the store holds it"
tui_keys 2
tui_wait "Saved: claim #$claim3 false" >/dev/null
ok $? "the verdict not saved, pressed again, is saved"

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

# a verdict, tags and an undo not saved, then quitting: nothing shows as
# saved, quitting asks once, and the review prints what was not saved
tui_start 80 24 xterm-256color "$(review_cmd s.db rev)"
tui_wait "source 1/5" >/dev/null
n0=$(entries)
lock
tui_keys 4
tui_wait "Waiting for another process" >/dev/null
tui_keys Escape
tui_wait "Not saved" >/dev/null
tui_keys '#'
tui_wait "Tags:" >/dev/null
tui_keys C-u
tui_keys -l "recheck"
tui_keys Enter
tui_wait "Waiting for another process" >/dev/null
tui_keys Escape
tui_wait "# reopens them" >/dev/null
tui_keys u
tui_wait "Waiting for another process" >/dev/null
tui_keys Q
tui_wait "kept: Q" >/dev/null
ok $? "Q typed while an undo waits is kept"
tui_keys Escape
scr=$(tui_wait "nothing undone")
like "$scr" "not done either: Q" "Esc: the undo is not done, nor the Q typed after it"
unlike "$scr" "✓ saved" "the status line shows nothing saved"
is "$(printf '%s\n' "$scr" | grep -cE 'START( [^ ]+)* +misleading')" 1 "the claim shows the verdict the store holds"
tui_keys Q
scr=$(tui_wait "quit again")
like "$scr" "Not saved, quit again to leave it: claim #$claim unverifiable, tags of claim #$claim" \
	"quitting with something not saved asks once, naming it"
tui_keys Q
tui_wait "Waiting for another process" >/dev/null
ok $? "quitting again: the session's end waits"
unlock
is "$(tui_dead)" 0 "the review quits once the lock goes"
scr=$(TM capture-pane -p -J -S - -t t)
like "$scr" "crosscheck: not saved (another process held the store): claim #$claim unverifiable" \
	"the terminal is told the verdict was not saved"
like "$scr" "crosscheck: not saved (another process held the store): tags of claim #$claim: recheck" \
	"and the tags, with their text"
like "$scr" "crosscheck: not saved (another process held the store): an undo" "and the undo"
is "$(entries)" "$n0" "nothing was written"

# refresh, run on a terminal, says it holds the store (not in a pipe)
# (the pane stays a moment: tmux may lose what a pane printed as it died)
tui_start 200 10 xterm-256color "$(printf '%q --db s.db refresh >/dev/null' "$CROSSCHECK"); r=\$?; sleep 1; (exit \$r)"
# (wait for the message's last words: under load the pane may be read
# while the line is still being written)
scr=$(tui_wait "wait until it ends")
is "$(tui_dead)" 0 "refresh on a terminal exits 0"
like "$scr" "crosscheck: refreshing 5 sources in one transaction; other crosscheck processes that write to this store wait until it ends" \
	"refresh on a terminal says that it holds the store"
"$CROSSCHECK" --db s.db refresh >/dev/null 2>refresh.err
is "$(cat refresh.err)" "" "and not when standard error is not a terminal"

done_testing
