#!/usr/bin/env bash
# The bad-input catalog (extends tests/cli/refusals.sh, which covers invalid
# UTF-8, NUL bytes, random binary, UTF-16, empty and blank files, a
# directory, a missing file, --date, unknown commands, options and formats,
# and stores that are not databases, foreign or newer). Here:
#   texts that must be taken and normalised: a 20 MB line with no newline, a
#     million short lines, CRLF / CR / BOM, escape sequences, bidi controls,
#     combining and zero-width characters, CJK and emoji;
#   refusals: an unreadable file (really tested as nobody when run as root),
#     a refused add on a missing store, an invalid calendar --date,
#     annotate of a missing claim, a bad verdict, a bad tag, broken and
#     foreign import files, a read-only store, a store folder that is not
#     writable, a full disk (a small tmpfs in a private mount namespace, else
#     RLIMIT_FSIZE with SIGXFSZ ignored).
# Each refusal asserts the exit status, the message and an unchanged store.
. "$top_srcdir/tests/cli/lib.sh"
command -v sqlite3 >/dev/null 2>&1 || skip_all "the sqlite3 CLI is not installed"
sql() { sqlite3 -readonly "$1" "$2" 2>&1; }
# digest_frozen DB: as digest, but opening the file immutable, so that no
# -wal or -shm file is made beside it (as root, those would be root's)
digest_frozen() { sqlite3 "file:$1?immutable=1" .dump 2>&1 | sha256sum; }

printf 'Good article title here\n\nA fine sentence about the port. Another one.\n' >good.txt
run add good.txt
is "$rc" 0 "a good article is added"
before=$(digest crosscheck.db)

# refused DESC EXIT MESSAGE ARGS...: the run refuses with EXIT, says MESSAGE
# after "crosscheck: ", and crosscheck.db is unchanged
refused() {
	local desc=$1 want=$2 part=$3
	shift 3
	run "$@"
	is "$rc" "$want" "$desc: exit $want"
	like "$err" "crosscheck: " "$desc: message starts with crosscheck:"
	like "$err" "$part" "$desc: message says '$part'"
	is "$(digest crosscheck.db)" "$before" "$desc: store unchanged"
}

# taken DESC FILE: the file is added (exit 0) to texts.db (a store of its
# own, so that the digests above stay cheap)
taken() {
	local desc=$1 f=$2
	shift 2
	run --db texts.db add "$@" "$f"
	is "$rc" 0 "$desc: added (exit 0)"
	like "$out" "added ${f##*/}" "$desc: reported as added"
}

# ---- texts that must be taken ------------------------------------------------
# a 20 MB line with no newline: one token, then words
head -c 20971520 /dev/zero | tr '\0' 'a' >longtok.txt
taken "a 20 MB line of one token, no newline" longtok.txt
awk 'BEGIN { s = "word "; while (length(s) < 20971520) s = s s; printf "%s", substr(s, 1, 20971520) }' >longline.txt
taken "a 20 MB line of words, no newline" longline.txt
n=$(sql texts.db "SELECT length(CAST(text AS BLOB)) FROM sources WHERE name = 'longline.txt'")
ok $(( ${n:-0} < 20971519 )) "the 20 MB line is stored whole (got $n bytes)"
awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "L%d.\n", i }' >million.txt
taken "a million short lines" million.txt
is "$(sql texts.db "SELECT count(*) FROM sentences s JOIN sources o ON o.id = s.source_id WHERE o.name = 'million.txt'")" \
	"1000000" "a million lines are a million sentences"

printf '\357\273\277Windows title\r\n\r\nIt rained on July 20, 2024 in the port.\r\nA second line.\r\n' >crlf.txt
taken "CRLF with a BOM" crlf.txt
printf 'Mac title\rIt rained on July 20, 2024 in the port.\rA third line.\r' >cr.txt
taken "CR line ends" cr.txt
printf 'Mixed title\r\nOne line.\rTwo line.\nThree line.\n' >mixed.txt
taken "mixed CRLF, CR and LF" mixed.txt
is "$(sql texts.db "SELECT count(*) FROM sources WHERE instr(CAST(text AS BLOB), X'0D') > 0 OR instr(CAST(text AS BLOB), X'EFBBBF') > 0")" \
	"0" "no CR and no BOM is stored"
run --db texts.db show crlf.txt --format jsonl
like "$out" '"text":"Windows title"' "the BOM is dropped from the first line"
unlike "$out" '\r' "no CR in the sentences"

printf 'Escapes \033]0;PWNED\007title \033[2J\033[H here\n\nThe \033[31mfirm\033[0m said on July 20, 2024 it cut 50 jobs. Copy \033]52;c;ZXZpbA==\007 now.\n' >esc.txt
taken "escape sequences" esc.txt
run --db texts.db show esc.txt --format jsonl
like "$out" '"text":"The firm said on July 20, 2024 it cut 50 jobs."' "escape sequences are not stored with the text"
printf 'Bidi title\n\nThe firm \342\200\256said 50\342\200\254 and \342\201\247isolated\342\201\251 and \330\234mark on July 20, 2024.\n' >bidi.txt
taken "bidi controls" bidi.txt
printf 'Combining title\n\nCafe\314\201 e\314\201\314\202\314\203\314\204 and zero\342\200\213width, joiner\342\200\215here, \357\273\277inner BOM, soft\302\255hyphen on July 20, 2024.\n' >combining.txt
taken "combining and zero-width characters" combining.txt
printf '東京の港で火災\n\n2024年7月20日、東京の港で火災が発生した。５０人が避難した！ 🔥🚒 Families 👩‍👩‍👧 and flags 🇯🇵 wait.\n' >cjk.txt
taken "CJK and emoji" cjk.txt
run --db texts.db show cjk.txt --format jsonl
like "$out" '"text":"2024年7月20日、東京の港で火災が発生した。"' "CJK sentences end at 。"
like "$out" '👩‍👩‍👧' "an emoji ZWJ sequence is kept whole"
# an NFD article is stored in NFC
run --db texts.db show combining.txt --format jsonl
like "$out" "Café" "combining marks are composed (NFC)"
like "$out" "zero​width" "a zero-width space is kept (it is not a control)"
# many sentences of one article sharing a date: the candidates for conflict
# marking must not grow with the square of the article (store/conflicts.c)
awk 'BEGIN { print "Same date"; print ""; for (i = 0; i < 4000; i++) printf "The weather on July 20, 2024 was nice in town %d.\n", i }' >samedate.txt
t0=$(date +%s)
taken "4000 sentences sharing one date" samedate.txt
t=$(( $(date +%s) - t0 ))
ok $(( t > 5 )) "4000 sentences sharing one date are added in 5 s at most (took $t s; 4000 sentences without a date take well under 1 s)"
is "$(sql texts.db "PRAGMA integrity_check")" "ok" "the store is sound after the big inputs"
rm -f texts.db texts.db-wal texts.db-shm longtok.txt longline.txt million.txt

# ---- refusals of files -------------------------------------------------------
# As root, the cases that need an unprivileged user run as nobody (setpriv),
# which must be able to read the lexicon in data/.
as_nobody=no
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null 2>&1 &&
	setpriv --reuid=65534 --regid=65534 --clear-groups test -r "$top_srcdir/data/entities.tsv" 2>/dev/null; then
	as_nobody=yes
fi
# an unreadable file: as nobody when we are root (root reads anything)
printf 'Secret title\n\nA secret sentence.\n' >secret.txt
chmod 000 secret.txt
if [ "$(id -u)" -ne 0 ]; then
	refused "an unreadable file" 1 "secret.txt: cannot open: Permission denied" add secret.txt
elif [ "$as_nobody" = yes ]; then
	# nobody needs to reach $T and write its own store
	chmod 755 "$T"
	mkdir nob && chmod 777 nob
	cp crosscheck.db nob/n.db && chmod 666 nob/n.db
	nb=$(digest_frozen nob/n.db)
	setpriv --reuid=65534 --regid=65534 --clear-groups \
		"$CROSSCHECK" --db "$T/nob/n.db" add "$T/secret.txt" >"$T/.out" 2>"$T/.err" </dev/null
	rc=$?
	err=$(cat "$T/.err")
	is "$rc" 1 "an unreadable file (as nobody): exit 1"
	like "$err" "secret.txt: cannot open: Permission denied" "an unreadable file: the message names it and why"
	is "$(digest_frozen nob/n.db)" "$nb" "an unreadable file: store unchanged"
else
	ok 0 "# SKIP an unreadable file: root, and nobody cannot run crosscheck here (no setpriv, or data/ unreadable)"
fi
chmod 644 secret.txt

# a refused add on a store that does not exist yet must not leave one behind
run --db fresh.db add missing.txt
is "$rc" 1 "a refused add on a missing store: exit 1"
like "$err" "missing.txt: cannot open" "a refused add on a missing store: names the file"
check "a refused add does not create the store" test ! -e fresh.db

refused "--date that is not a calendar day" 2 "--date '2024-02-30' is not a date: no such day in the calendar" add --date 2024-02-30 good.txt
refused "--date with a time" 2 "is not a date" add --date 2024-07-20T10:00 good.txt
refused "an unknown command with an escape" 2 "is not a command" "fr$(printf '\033')ob"

# ---- annotate ------------------------------------------------------------------
printf 'Annotated title\n\nOn July 20, 2024 Acme said it cut 50 jobs.\n' >ann.txt
run add ann.txt
claim=$(sql crosscheck.db "SELECT min(id) FROM claims")
before=$(digest crosscheck.db)
refused "annotate of a missing claim" 1 "no claim with id 999999" annotate 999999 --verdict true
refused "annotate of a claim id that is not a number" 2 "'12x' is not a claim id" annotate 12x --verdict true
refused "annotate of claim 0" 2 "is not a claim id" annotate 0 --verdict true
refused "annotate of a negative id" 2 "" annotate -- -3 --verdict true
refused "a bad verdict" 2 "'maybe' is not a verdict" annotate "$claim" --verdict maybe
refused "a verdict in capitals" 2 "'TRUE' is not a verdict" annotate "$claim" --verdict TRUE
refused "a tag with a comma" 2 "is not a tag" annotate "$claim" --tag "a,b"
refused "an empty tag" 2 "is not a tag" annotate "$claim" --tag ""
refused "a 65-byte tag" 2 "is not a tag" annotate "$claim" --tag "$(printf 'x%.0s' $(seq 65))"
refused "undo with nothing to undo" 1 "nothing to undo" annotate --undo --reviewer nobody-here

# ---- import --------------------------------------------------------------------
if "$CROSSCHECK" help import >/dev/null 2>&1; then
	printf '{"format": "crosscheck-claims", "version": 1, "claims": [\n  {"key": 1,,}\n' >broken.json
	refused "a broken import file" 1 "broken.json" import broken.json
	like "$err" "broken.json:2:" "a broken import file: the line is named"
	printf '{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection"}\n' >foreign.json
	refused "a foreign JSON import file" 1 "not a crosscheck export" import foreign.json
	printf '{"format": "crosscheck-claims", "version": 99, "claims": []}\n' >newer.json
	refused "an import from a newer crosscheck" 1 "newer" import newer.json
	head -c 3000 /dev/urandom >random.json
	refused "random bytes as an import" 1 "random.json" import random.json
	: >empty.json
	refused "an empty import file" 1 "empty.json" import empty.json
	refused "a missing import file" 1 "nope.json" import nope.json
else
	for c in "a broken import file" "a foreign JSON import file" "an import from a newer crosscheck" \
		"random bytes as an import" "an empty import file" "a missing import file"; do
		ok 0 "# SKIP $c: 'crosscheck import' is not wired into the CLI yet"
	done
fi

# ---- stores --------------------------------------------------------------------
printf 'Another title\n\nIt rained on July 21, 2024.\n' >other.txt
runas() { # runas ARGS...: crosscheck as nobody (root) or as ourselves
	if [ "$(id -u)" -eq 0 ]; then
		setpriv --reuid=65534 --regid=65534 --clear-groups "$CROSSCHECK" "$@"
	else
		"$CROSSCHECK" "$@"
	fi >"$T/.out" 2>"$T/.err" </dev/null
	rc=$?
	out=$(cat "$T/.out")
	err=$(cat "$T/.err")
}
if [ "$(id -u)" -ne 0 ] || [ "$as_nobody" = yes ]; then
	chmod 755 "$T"
	chmod 644 other.txt
	# a read-only store file in a writable folder: reading works, adding is refused
	mkdir -p ro && chmod 777 ro
	cp crosscheck.db ro/s.db && chmod 444 ro/s.db
	rob=$(digest_frozen ro/s.db)
	runas --db "$T/ro/s.db" add "$T/other.txt"
	is "$rc" 1 "a read-only store: add exits 1"
	like "$err" "s.db: the store is read-only" "a read-only store: said so"
	is "$(digest_frozen ro/s.db)" "$rob" "a read-only store: unchanged"
	runas --db "$T/ro/s.db" list
	is "$rc" 0 "a read-only store: list still works"
	like "$out" "good.txt" "a read-only store: list shows the sources"
	# a store folder that is not writable (the store file is): no journal
	# can be made beside it, so writes are refused and nothing changes
	mkdir -p rofolder
	cp crosscheck.db rofolder/s.db && chmod 666 rofolder/s.db && chmod 755 rofolder
	rfb=$(digest_frozen rofolder/s.db)
	runas --db "$T/rofolder/s.db" add "$T/other.txt"
	is "$rc" 1 "a store in a folder that is not writable: add exits 1"
	like "$err" "s.db:" "a store in a folder that is not writable: the store is named"
	like "$err" "the folder $T/rofolder is not writable, and SQLite keeps the store's journal beside it" \
		"a store in a folder that is not writable: names the folder and why it matters"
	is "$(digest_frozen rofolder/s.db)" "$rfb" "a store in a folder that is not writable: unchanged"
	runas --db "$T/rofolder/new.db" add "$T/other.txt"
	is "$rc" 1 "a new store in a folder that is not writable: exit 1"
	like "$err" "new.db: cannot create the store: Permission denied" "a new store in a folder that is not writable: said so"
	check "a new store in a folder that is not writable: nothing made" test ! -e rofolder/new.db
else
	for c in "a read-only store" "a store folder that is not writable"; do
		ok 0 "# SKIP $c: root, and nobody cannot run crosscheck here (no setpriv, or data/ unreadable)"
	done
fi

# ---- a full disk -----------------------------------------------------------------
# A store on a 512 KiB tmpfs in a private mount namespace, then an article
# that cannot fit. Without namespaces: the file size limit.
big_article() { # a 1.2 MB article: it cannot fit in 512 KiB
	awk 'BEGIN { print "Disk title"; print ""; for (i = 0; i < 20000; i++) printf "It was a fine sunny day in the old port for %d people.\n", i }' >"$1"
}
big_article big.txt
cat >full.sh <<'EOF'
# runs inside the namespace: $1 = a folder on the small tmpfs
set -u
cd "$1" || exit 9
"$CROSSCHECK" --db s.db add "$T/good.txt" >/dev/null 2>&1 || exit 9
sqlite3 -readonly s.db .dump | sha256sum >"$T/full.before"
"$CROSSCHECK" --db s.db add "$T/big.txt" >"$T/full.out" 2>"$T/full.err"
echo $? >"$T/full.rc"
sqlite3 -readonly s.db .dump | sha256sum >"$T/full.after"
sqlite3 -readonly s.db 'PRAGMA integrity_check' >"$T/full.ic" 2>&1
"$CROSSCHECK" --db s.db add "$T/other.txt" >/dev/null 2>&1
echo $? >"$T/full.rc2"
EOF
mkdir -p full
full_mode=none
export T CROSSCHECK
if command -v unshare >/dev/null 2>&1 &&
	unshare -rm sh -c "mount -t tmpfs -o size=512k tmpfs '$T/full' && bash '$T/full.sh' '$T/full'" 2>/dev/null &&
	[ -s full.rc ]; then
	full_mode=tmpfs
else
	# RLIMIT_FSIZE: writes past the limit fail with EFBIG (SIGXFSZ ignored)
	rm -f full.*
	mkdir -p fsz
	"$CROSSCHECK" --db fsz/s.db add good.txt >/dev/null 2>&1
	sqlite3 -readonly fsz/s.db .dump | sha256sum >full.before
	lim=$(( ($(stat -c %s fsz/s.db) + 65536) / 1024 ))
	(trap '' XFSZ; ulimit -f "$lim"; "$CROSSCHECK" --db fsz/s.db add big.txt >full.out 2>full.err; echo $? >full.rc)
	sqlite3 -readonly fsz/s.db .dump | sha256sum >full.after
	sqlite3 -readonly fsz/s.db 'PRAGMA integrity_check' >full.ic 2>&1
	"$CROSSCHECK" --db fsz/s.db add other.txt >/dev/null 2>&1
	echo $? >full.rc2
	full_mode=rlimit
fi
is "$(cat full.rc)" 1 "a full disk ($full_mode): exit 1"
unlike "$(cat full.out)" "added big.txt" "a full disk ($full_mode): the file is not reported as added"
like "$(cat full.err)" "the disk is full" "a full disk ($full_mode): says the disk is full"
is "$(cat full.after)" "$(cat full.before)" "a full disk ($full_mode): store unchanged"
is "$(cat full.ic)" "ok" "a full disk ($full_mode): integrity_check ok"
is "$(cat full.rc2)" 0 "a full disk ($full_mode): the store works again once there is room"

done_testing
