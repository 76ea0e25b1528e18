#!/usr/bin/env bash
# A store in a folder this user cannot write (README: "A store you cannot
# write"): as another user (nobody, through setpriv; run as root), the
# reading commands work and print what the owner sees, leaving no file
# behind; the writing commands fail with the store, its folder and the
# reason, exit 1, and leave the store's bytes as they were. Skipped when
# not root, or when setpriv or the user nobody is missing.
. "$top_srcdir/tests/cli/lib.sh"
EX="$top_srcdir/examples"

[ "$(id -u)" = 0 ] || skip_all "needs root (to run commands as nobody)"
command -v setpriv >/dev/null 2>&1 || skip_all "setpriv is not installed"
id nobody >/dev/null 2>&1 || skip_all "no user nobody"
grp=$(id -gn nobody 2>/dev/null) || skip_all "nobody has no group"
command -v jq >/dev/null 2>&1 || skip_all "jq is not installed"
as_nobody() { setpriv --reuid=nobody --regid="$grp" --clear-groups "$@"; }
# nobody must reach this test's folder and the build's crosscheck
chmod 711 "$T"
as_nobody "$CROSSCHECK" --version >/dev/null 2>&1 ||
	skip_all "nobody cannot run $CROSSCHECK (a folder on its path is closed to other users)"

# nrun ARGS...: as run, as nobody
nrun() {
	as_nobody "$CROSSCHECK" "$@" >"$T/.out" 2>"$T/.err" </dev/null
	rc=$?
	out=$(cat "$T/.out")
	err=$(cat "$T/.err")
}
files() { (cd "$1" && ls -A | paste -sd' '); }

# ---- the owner's store, in a folder nobody can read but not write
P="$T/pub"
mkdir "$P"
DB="$P/s.db"
"$CROSSCHECK" --db "$DB" add --story kaspersky "$EX"/kaspersky/*.txt >/dev/null
"$CROSSCHECK" --db "$DB" add --story port-fire "$EX"/port-fire/*.txt >/dev/null
id1=$("$CROSSCHECK" --db "$DB" claims --format jsonl | jq -r .id | head -n 1)
"$CROSSCHECK" --db "$DB" annotate "$id1" --verdict false --note 'wrong date' --reviewer alice >/dev/null
chmod 755 "$P"
chmod 644 "$DB"
is "$(files "$P")" "s.db" "fixture: the store alone in its folder (no -wal, no -shm)"
sum=$(md5sum <"$DB")
as_nobody test -w "$P"
is "$?" 1 "fixture: nobody cannot write the folder"

# ---- reading commands work, and say what the owner's say
for cmd in "list" "claims --format jsonl" "conflicts" "conflicts --format jsonl" "corroborations" \
	"show coastline-gazette.txt" "agreement" "annotate $id1 --history"; do
	# shellcheck disable=SC2086
	want=$("$CROSSCHECK" --db "$DB" $cmd 2>&1)
	# shellcheck disable=SC2086
	nrun --db "$DB" $cmd
	is "$rc" 0 "read-only folder: '$cmd' exits 0"
	is "$out" "$want" "read-only folder: '$cmd' prints what the owner's does"
done
nrun --db "$DB" export
is "$rc" 0 "read-only folder: export exits 0"
is "$(jq -c 'del(.exported)' <<<"$out")" "$("$CROSSCHECK" --db "$DB" export | jq -c 'del(.exported)')" \
	"read-only folder: export writes the owner's document"
is "$(jq -r '.claims[] | select(.verdict != null) | .note' <<<"$out")" "wrong date" \
	"read-only folder: the annotation is in it"
is "$(files "$P")" "s.db" "read-only folder: no -wal or -shm left behind"
is "$(md5sum <"$DB")" "$sum" "read-only folder: the store's bytes unchanged by reading"

# ---- writing commands fail clearly, and change nothing
cp "$EX"/chipmaker-deal/silicon-sentinel.txt "$T/new.txt"
chmod 644 "$T/new.txt"
"$CROSSCHECK" --db "$DB" export -o "$T/a.json" >/dev/null 2>&1
chmod 644 "$T/a.json"
for cmd in "annotate $id1 --verdict true" "annotate --undo" "add $T/new.txt" "import $T/a.json" \
	"remove coastline-gazette.txt"; do
	# shellcheck disable=SC2086
	nrun --db "$DB" $cmd
	is "$rc" 1 "read-only folder: '$cmd' exits 1"
	like "$err" "$DB: the folder $P is not writable, and SQLite keeps the store's journal beside it" \
		"read-only folder: '$cmd' names the store, the folder and why"
done
is "$(md5sum <"$DB")" "$sum" "read-only folder: the store's bytes unchanged"
is "$(files "$P")" "s.db" "read-only folder: no file made beside it"
is "$("$CROSSCHECK" --db "$DB" annotate "$id1" --history | grep -c .)" 1 \
	"read-only folder: the owner still sees one annotation"

# ---- a file nobody cannot write, in a folder anyone can (sticky /tmp-like)
chmod 1777 "$P"
nrun --db "$DB" claims --format jsonl
is "$rc" 0 "read-only file: claims exits 0"
is "$(files "$P")" "s.db" "read-only file: reading leaves no -wal or -shm of nobody's behind"
nrun --db "$DB" annotate "$id1" --note again
is "$rc" 1 "read-only file: annotate exits 1"
like "$err" "$DB: the store is read-only (the file is not writable: Permission denied); nothing changed" \
	"read-only file: the message says the file is not writable"
is "$(md5sum <"$DB")" "$sum" "read-only file: the store's bytes unchanged"
"$CROSSCHECK" --db "$DB" annotate "$id1" --note 'owner again' >/dev/null
ok $? "read-only file: the owner still writes it"
chmod 755 "$P"

# ---- while the owner has it open (-wal and -shm exist), nobody reads
# through them, and sees a change the owner made meanwhile
mkfifo "$T/hold"
sqlite3_bin=$(command -v sqlite3 || true)
if [ -n "$sqlite3_bin" ]; then
	"$sqlite3_bin" "$DB" <"$T/hold" >/dev/null 2>&1 &
	holder=$!
	exec 7>"$T/hold"
	echo "SELECT count(*) FROM claims;" >&7
	for _ in $(seq 100); do [ -e "$DB-shm" ] && break; sleep 0.05; done
	"$CROSSCHECK" --db "$DB" annotate "$id1" --note 'while open' --reviewer alice >/dev/null
	nrun --db "$DB" annotate "$id1" --history
	is "$rc" 0 "owner's store open: nobody reads it"
	like "$out" "note while open" "owner's store open: the change in the -wal is seen"
	exec 7>&-
	wait "$holder"
	is "$(files "$P")" "s.db" "owner's store closed: nothing left beside it"
else
	for _ in 1 2 3; do ok 0 "# SKIP sqlite3 is not installed"; done
fi

done_testing
