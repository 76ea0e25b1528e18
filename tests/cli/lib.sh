# lib.sh: TAP helpers for the CLI tests (sourced by tests/cli/*.sh, run by bash).
# Each test gets a private temporary folder, HOME and XDG folders, and no
# CROSSCHECK_DB from the caller's environment.
set -u
: "${CROSSCHECK:?run through make check (CROSSCHECK is not set)}"
: "${top_srcdir:?run through make check}"

T=$(mktemp -d "${TMPDIR:-/tmp}/cc-test.XXXXXX")
trap 'rm -rf "$T"' EXIT
export HOME="$T/home" XDG_CONFIG_HOME="$T/config" XDG_DATA_HOME="$T/data"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
unset CROSSCHECK_DB
cd "$T" || exit 1

tap_n=0
tap_failed=0

# A mistyped helper or a missing tool must fail the test, not pass by
# saying nothing (bash runs this in a subshell, so it writes a failing TAP
# line of its own; the plan's count then disagrees too).
command_not_found_handle() {
	echo "not ok - no such command in this test: $1"
	return 127
}

# ok COND_STATUS DESCRIPTION
ok() {
	tap_n=$((tap_n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $tap_n - $2"
	else
		echo "not ok $tap_n - $2"
		tap_failed=$((tap_failed + 1))
	fi
}

# check DESCRIPTION COMMAND...: passes when the command succeeds
check() {
	local desc=$1
	shift
	"$@" >/dev/null 2>&1
	ok $? "$desc"
}

# is GOT WANT DESCRIPTION
is() {
	if [ "$1" = "$2" ]; then
		ok 0 "$3"
	else
		ok 1 "$3"
		printf '#   got:  [%s]\n#   want: [%s]\n' "$1" "$2"
	fi
}

# like TEXT FIXED_STRING DESCRIPTION
like() {
	case $1 in
	*"$2"*) ok 0 "$3" ;;
	*) ok 1 "$3"; printf '#   [%s]\n#   does not contain [%s]\n' "$1" "$2" ;;
	esac
}

# unlike TEXT FIXED_STRING DESCRIPTION
unlike() {
	case $1 in
	*"$2"*) ok 1 "$3"; printf '#   [%s]\n#   contains [%s]\n' "$1" "$2" ;;
	*) ok 0 "$3" ;;
	esac
}

skip_all() {
	echo "1..0 # SKIP $1"
	exit 0
}

# run ARGS...: runs crosscheck; sets $out, $err and $rc
run() {
	"$CROSSCHECK" "$@" >"$T/.out" 2>"$T/.err" </dev/null
	rc=$?
	out=$(cat "$T/.out")
	err=$(cat "$T/.err")
}

# run_in INPUT_FILE ARGS...: as run, with standard input from a file
run_in() {
	local in=$1
	shift
	"$CROSSCHECK" "$@" >"$T/.out" 2>"$T/.err" <"$in"
	rc=$?
	out=$(cat "$T/.out")
	err=$(cat "$T/.err")
}

# pair NAME "A" "B": two one-line articles (NAME/a.txt, NAME/b.txt, dated
# 2026-03-04) added to NAME.db; its conflicts in $out
pair() {
	mkdir -p "$1"
	printf '%s\n' "$2" >"$1/a.txt"
	printf '%s\n' "$3" >"$1/b.txt"
	run --db "$1.db" add --date 2026-03-04 "$1/a.txt" "$1/b.txt"
	[ "$rc" -eq 0 ] || echo "# add $1: $err"
	run --db "$1.db" conflicts
}

# stories NAME DATE TEXT...: one article a TEXT (NAME/a.txt, b.txt, ...:
# the headline "News", the DATE line, then the TEXT, where "\n" starts a
# line), all added to NAME.db; $out: the store's conflicts
stories() {
	local name=$1 date=$2 f=a
	shift 2
	mkdir -p "$name"
	local files=()
	for text in "$@"; do
		printf 'News\n\n%s\n\n%b\n' "$date" "$text" >"$name/$f.txt"
		files+=("$name/$f.txt")
		f=$(echo "$f" | tr 'a-y' 'b-z')
	done
	run --db "$name.db" add "${files[@]}"
	[ "$rc" -eq 0 ] || echo "# add $name: $err"
	run --db "$name.db" conflicts
}

# digest DB: the store's content as text (schema and rows), or "absent"
digest() {
	if [ ! -e "$1" ]; then
		echo absent
	elif command -v sqlite3 >/dev/null 2>&1; then
		sqlite3 -readonly "$1" .dump 2>&1 | sha256sum
	else
		cat "$1" "$1-wal" 2>/dev/null | sha256sum
	fi
}

done_testing() {
	echo "1..$tap_n"
	[ "$tap_failed" -eq 0 ]
}

# SQL that takes a store back to schema 12 (the claim id floor and the month index, dropped)
UNDO_SCHEMA_13='DROP TABLE id_floor; DROP INDEX slots_known_month; PRAGMA user_version = 12;'
# ... and back to schema 11 (the log's content key, dropped)
UNDO_SCHEMA_12=$UNDO_SCHEMA_13' ALTER TABLE annotations DROP COLUMN ck; PRAGMA user_version = 11;'
# ... and back to schema 10 (what migration 11 changed, undone)
UNDO_SCHEMA_11=$UNDO_SCHEMA_12' DROP INDEX slots_story_subject_unit_key; DROP INDEX slots_story_implied_unit_key;
	DROP INDEX slots_unit_unfolded; ALTER TABLE slots DROP COLUMN unit_key;
	DROP INDEX claims_story_actor; ALTER TABLE claims DROP COLUMN actor;
	CREATE INDEX slots_story_subject_unit ON slots(story, subject, unit);
	CREATE INDEX slots_story_implied_unit ON slots(story, unit) WHERE subject_implied = 1;
	PRAGMA user_version = 10;'
# ... and back to schema 9 (what migration 10 added, removed):
# for tests that make an older store from a new one
UNDO_SCHEMA_10=$UNDO_SCHEMA_11' DROP INDEX claims_story_implied_event; DROP INDEX slots_story_implied_unit;
	DROP INDEX slots_story_implied_subject; ALTER TABLE claims DROP COLUMN subject_implied;
	ALTER TABLE slots DROP COLUMN subject_implied; PRAGMA user_version = 9;'
