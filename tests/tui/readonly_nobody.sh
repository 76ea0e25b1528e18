#!/usr/bin/env bash
# The review of a store this user cannot write (README: "A store you cannot
# write"), as another user (nobody, through setpriv; run as root): it opens
# the store read-only, as the reading commands do, and browses it; the
# status line says read-only; every key that would write says on the bottom
# line that annotations cannot be saved, naming the store and why (its
# folder, or the file, is not writable), and writes nothing; export to a
# file works. The store's bytes are the same afterwards and nothing is
# left beside it. A store that needs a migration is refused with the
# message the reading commands give. Skipped when not root, or when
# setpriv or the user nobody is missing (as tests/cli/readonly.sh).
. "$top_srcdir/tests/tui/lib.sh"
[ "$(id -u)" = 0 ] || skip_all "needs root (to run the review as nobody)"
command -v setpriv >/dev/null 2>&1 || skip_all "setpriv is not installed"
id nobody >/dev/null 2>&1 || skip_all "no user nobody"
grp=$(id -gn nobody 2>/dev/null) || skip_all "nobody has no group"
command -v sqlite3 >/dev/null 2>&1 || skip_all "the sqlite3 CLI is not installed"
as_nobody() { setpriv --reuid=nobody --regid="$grp" --clear-groups "$@"; }
chmod 711 "$T"
as_nobody "$CROSSCHECK" --version >/dev/null 2>&1 ||
	skip_all "nobody cannot run $CROSSCHECK (a folder on its path is closed to other users)"
NOBODY="setpriv --reuid=nobody --regid=$grp --clear-groups"

P="$T/pub"
mkdir "$P"
DB="$P/s.db"
fixture "$DB" --story kasp "$top_srcdir"/examples/kaspersky/*.txt
ok $? "fixture store"
id1=$("$CROSSCHECK" --db "$DB" claims --format jsonl | sed -n '1s/^{"id":\([0-9]*\).*/\1/p')
"$CROSSCHECK" --db "$DB" annotate "$id1" --verdict false --note 'owner note' --reviewer alice >/dev/null
ok $? "fixture: the owner's annotation on claim #$id1"
chmod 755 "$P"
chmod 644 "$DB"
files() { (cd "$P" && ls -A | paste -sd' '); }
is "$(files)" "s.db" "fixture: the store alone in its folder"
sum=$(md5sum <"$DB")
history=$("$CROSSCHECK" --db "$DB" annotate "$id1" --history)
# a folder nobody can write, for the export
mkdir -m 777 "$T/out"
ends_in() { case $1 in *"$2") return 0 ;; *) return 1 ;; esac; }

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

# ---- a folder nobody cannot write
MSG="Read-only: $DB (its folder is not writable); annotations cannot be saved"
tui_start 200 24 xterm-256color "$NOBODY $(review_cmd "$DB" kim)"
scr=$(tui_wait "source 1/5")
ok $? "read-only folder: the review opens"
ends_in "$(row "$scr" 23)" "read-only"
ok $? "read-only folder: the status line ends in 'read-only'"
like "$scr" "✗ 2024-07-20 START Kaspersky" "read-only folder: the owner's verdict shows (✗ false)"
is "$(refused 1 2 3 4 0 a e '#' u C-r)" "" "read-only folder: every writing key in the reader says '$MSG'"
tui_keys c
tui_wait "Conflict 1/" >/dev/null
ok $? "read-only folder: the conflict view opens"
is "$(refused 1 2 0 a e '#' u C-r)" "" "read-only folder: ... and in the conflict view"
tui_keys q s
tui_wait "capital-desk-report.txt" >/dev/null
ok $? "read-only folder: s lists the sources"
tui_keys q t
tui_wait "Timeline of story kasp" >/dev/null
ok $? "read-only folder: t shows the timeline"
tui_keys q x
tui_wait ":export" >/dev/null
tui_keys -l "$T/out/a.json"
tui_keys Enter
scr=$(tui_wait "Exported")
like "$(row "$scr" 24)" "Exported 76 claims (json) to $T/out/a.json" "read-only folder: x exports to a file"
tui_keys Q
is "$(tui_dead)" "0" "read-only folder: quitting exits 0"
is "$(md5sum <"$DB")" "$sum" "read-only folder: the store's bytes are the same after every writing key"
is "$(files)" "s.db" "read-only folder: nothing left beside the store"
is "$("$CROSSCHECK" --db "$DB" annotate "$id1" --history)" "$history" \
	"read-only folder: the owner's history of the claim is as it was"

# ---- a file nobody cannot write, in a folder anyone can
chmod 1777 "$P"
MSG="Read-only: $DB (the file is not writable); annotations cannot be saved"
tui_start 200 24 xterm-256color "$NOBODY $(review_cmd "$DB" kim)"
scr=$(tui_wait "source 1/5")
ok $? "read-only file: the review opens"
ends_in "$(row "$scr" 23)" "read-only"
ok $? "read-only file: the status line ends in 'read-only'"
is "$(refused 1 a '#' u)" "" "read-only file: writing keys say '$MSG'"
tui_keys Q
is "$(tui_dead)" "0" "read-only file: quitting exits 0"
is "$(md5sum <"$DB")" "$sum" "read-only file: the store's bytes unchanged"
is "$(files)" "s.db" "read-only file: no -wal or -shm of nobody's left behind"
chmod 755 "$P"

# ---- a store that needs a migration: refused as the reading commands do
chmod 755 "$P"
cp -p "$DB" "$P/old.db"
chmod 644 "$P/old.db"
sqlite3 "$P/old.db" "$UNDO_SCHEMA_12"
osum=$(md5sum <"$P/old.db")
want=$(as_nobody "$CROSSCHECK" --db "$P/old.db" claims 2>&1 >/dev/null)
like "$want" "written by an older crosscheck" "fixture: claims refuses the older store"
tui_start 200 24 xterm-256color "$NOBODY $(review_cmd "$P/old.db" kim) 2>$T/out/err"
is "$(tui_dead)" "1" "older store: the review exits 1"
is "$(cat "$T/out/err")" "$want" "older store: ... with the message 'claims' gives"
is "$(md5sum <"$P/old.db")" "$osum" "older store: left as it was"

done_testing
