#!/usr/bin/env bash
# Every refusal: exit status, a message naming the file (and line and byte
# where it helps), and a store left exactly as it was.
. "$top_srcdir/tests/cli/lib.sh"

printf 'Good article title here\n\nA fine sentence about the port. Another one.\n' >good.txt
run add good.txt
is "$rc" 0 "a good article is added"
before=$(digest crosscheck.db)

# refused FILE_ARGS... -- MESSAGE_PART DESCRIPTION
refused() {
	local desc=$1 part=$2
	shift 2
	run add "$@"
	is "$rc" 1 "$desc: exit 1"
	like "$err" "crosscheck: " "$desc: message starts with crosscheck:"
	like "$err" "$part" "$desc: message says '$part'"
	is "$(digest crosscheck.db)" "$before" "$desc: store unchanged"
}

printf 'line one\nline two \xff here\n' >bad-utf8.txt
refused "invalid UTF-8" "bad-utf8.txt: line 2, byte 10 of the line (offset 18 in the file): invalid UTF-8" bad-utf8.txt
printf 'text\0more text\n' >nul.txt
refused "NUL byte" "nul.txt: line 1, byte 5 of the line (offset 4 in the file): NUL byte" nul.txt
head -c 4096 /dev/urandom >random.bin 2>/dev/null
printf '\0' >>random.bin
refused "random binary" "random.bin" random.bin
printf '\xff\xfeH\0i\0\n\0' >utf16.txt
refused "UTF-16 with BOM" "UTF-16 (little-endian)" utf16.txt
printf 'H\0e\0l\0l\0o\0 \0w\0o\0r\0l\0d\0' >utf16nobom.txt
refused "UTF-16 without BOM" "UTF-16" utf16nobom.txt
: >empty.txt
refused "empty file" "empty.txt: is empty" empty.txt
printf '  \n\t\n\r\n' >blank.txt
refused "blank file" "blank.txt: holds only blank lines" blank.txt
mkdir adir
refused "a directory" "adir: is a directory" adir
refused "a missing file" "missing.txt: cannot open: No such file or directory" missing.txt
printf 'Other text for a clash of names.\n' >clash.txt
run add --name good.txt clash.txt
is "$rc" 1 "a name taken by other text: exit 1"
like "$err" "--name" "a name clash suggests --name"
is "$(digest crosscheck.db)" "$before" "a name clash leaves the store unchanged"

# several files: each is taken or refused on its own
printf 'Second good article title\n\nIt rained on Tuesday.\n' >good2.txt
run add bad-utf8.txt good2.txt empty.txt
is "$rc" 1 "a mix of good and bad files: exit 1"
like "$out" "added good2.txt" "the good file in the mix is added"
like "$err" "bad-utf8.txt" "the bad file in the mix is named"
like "$err" "empty.txt" "the empty file in the mix is named"
before=$(digest crosscheck.db)

# usage errors: exit 2, store unchanged
usage() {
	local desc=$1 part=$2
	shift 2
	run "$@"
	is "$rc" 2 "$desc: exit 2"
	like "$err" "$part" "$desc: message says '$part'"
	is "$(digest crosscheck.db)" "$before" "$desc: store unchanged"
}
usage "invalid --date" "--date '2024-13-45' is not a date" add --date 2024-13-45 good.txt
usage "--date in words" "is not a date of the form YYYY-MM-DD" add --date yesterday good.txt
usage "unknown command" "'frobnicate' is not a command" frobnicate
usage "unknown option" "unknown option '--frob'" add --frob good.txt
usage "unknown format" "unknown format 'xml'" list --format xml
usage "add without files" "add needs at least one FILE" add
usage "--name with two files" "--name works with a single FILE only" add --name x good.txt good2.txt
usage "help for a missing command" "no such command 'nope'" help nope

run show no-such-source
is "$rc" 1 "show of a missing source: exit 1"
like "$err" "no-such-source: no such source" "show of a missing source says so"

# stores that are not crosscheck stores, or are newer, are refused untouched
printf 'my notes\n' >notes.txt
cp notes.txt notes.orig
run --db notes.txt add good.txt
is "$rc" 1 "a text file as the store: exit 1"
like "$err" "not a crosscheck store" "a text file as the store is named as not a store"
check "the text file is untouched" cmp notes.txt notes.orig
if command -v sqlite3 >/dev/null 2>&1; then
	sqlite3 foreign.db 'CREATE TABLE t(x); INSERT INTO t VALUES (42);'
	cp foreign.db foreign.orig
	run --db foreign.db list
	is "$rc" 1 "another program's SQLite file: exit 1"
	like "$err" "an SQLite database but not a crosscheck store" "foreign SQLite file named as such"
	check "the foreign database is untouched" cmp foreign.db foreign.orig
	cp crosscheck.db newer.db
	sqlite3 newer.db 'PRAGMA user_version = 999;'
	cp newer.db newer.orig
	run --db newer.db add good2.txt
	is "$rc" 1 "a store from a newer crosscheck: exit 1"
	like "$err" "written by a newer crosscheck" "a newer store is named as such"
	check "the newer store is untouched" cmp newer.db newer.orig
fi
run --db nowhere.db list
is "$rc" 1 "list on a missing store: exit 1"
like "$err" "no such store" "list on a missing store says so"
check "list does not create a store" test ! -e nowhere.db
run --db adir add good.txt
is "$rc" 1 "a directory as the store: exit 1"
like "$err" "is a directory, not a store" "a directory as the store is named"

done_testing
