#!/usr/bin/env bash
# crosscheck remove: a source goes with its claims and the conflicts and
# agreements it takes part in; the other sources' conflicts stay; all or
# nothing; annotated sources are refused unless --force saved their
# annotations first; the fix path for a wrong --date (remove, add, import).
# The articles are written here.
. "$top_srcdir/tests/cli/lib.sh"

command -v jq >/dev/null 2>&1 || skip_all "jq is not installed"

cat >"$T/harbor-gazette.txt" <<'EOF'
Warehouse blaze shuts Pier 7

March 3, 2025

The fire at the Pier 7 warehouse started on Sunday, March 2, 2025, the port authority said.

"The damage is worse than we feared," said harbor master Lena Ortiz.
EOF
cat >"$T/coastal-post.txt" <<'EOF'
Pier 7 warehouse fire injures workers

March 3, 2025

The fire at the Pier 7 warehouse started on Saturday, March 1, 2025, according to officials.

"The damage is worse than we feared," harbor master Lena Ortiz told reporters.
EOF
cat >"$T/river-daily.txt" <<'EOF'
Fire at the port

March 4, 2025

The fire at the Pier 7 warehouse started on Sunday, March 2, 2025, officials said.
EOF
cat >"$T/dock-weekly.txt" <<'EOF'
Dock news

March 5, 2025

The fire at the Pier 7 warehouse started on Friday, February 28, 2025, a union official said.
EOF
DB="$T/s.db"
cc() { run --db "$DB" "$@"; }
cc add "$T/harbor-gazette.txt" "$T/coastal-post.txt" "$T/river-daily.txt" "$T/dock-weekly.txt"
is "$rc" 0 "fixture: four sources added"
# the conflicts (and their ids) between sources other than $1
others() {
	"$CROSSCHECK" --db "$DB" conflicts --format jsonl |
		jq -c --arg s "$1" 'select(.a.source != $s and .b.source != $s)'
}
n_conf() { "$CROSSCHECK" --db "$DB" conflicts --format jsonl | jq -s 'length'; }
with_coastal=$("$CROSSCHECK" --db "$DB" conflicts --format jsonl |
	jq -s '[.[] | select(.a.source == "coastal-post.txt" or .b.source == "coastal-post.txt")] | length')
test "$with_coastal" -ge 2
ok $? "fixture: coastal-post.txt is in conflicts ($with_coastal)"
kept=$(others coastal-post.txt)
test -n "$kept"
ok $? "fixture: the other sources have conflicts among themselves"
all=$(n_conf)
coastal_claims=$("$CROSSCHECK" --db "$DB" claims --source coastal-post.txt --format jsonl | wc -l)

# ---- refusals: nothing changes -------------------------------------------------
before=$(digest "$DB")
cc remove
is "$rc" 2 "no SOURCE: usage error (exit 2)"
like "$err" "Usage: crosscheck remove" "and the usage is shown"
cc remove no-such.txt
is "$rc" 1 "an unknown source: exit 1"
like "$err" "no-such.txt: no such source in $DB" "the error names the source and the store"
cc remove coastal-post.txt no-such.txt
is "$rc" 1 "a known and an unknown source: exit 1"
is "$(digest "$DB")" "$before" "all or nothing: the known one is still there"
cc remove "$(printf 'evil\033]0;x\007.txt')"
unlike "$err" "$(printf '\033')" "a name with escape bytes is shown inert"
cc remove --bogus coastal-post.txt
is "$rc" 2 "an unknown option: exit 2"
is "$(digest "$DB")" "$before" "the store is unchanged by every refusal"

# ---- a plain removal -------------------------------------------------------------
cc remove coastal-post.txt
is "$rc" 0 "remove exits 0"
like "$out" "removed coastal-post.txt: $coastal_claims claims, $with_coastal conflicts, 1 agreement" \
	"says what went with the source"
cc list
unlike "$out" "coastal-post.txt" "list no longer shows it"
is "$(others coastal-post.txt)" "$kept" "the other sources' conflicts are kept as they were"
is "$(n_conf)" "$((all - with_coastal))" "only the conflicts it took part in are gone"
cc claims --source coastal-post.txt
is "$rc" 1 "its claims are gone"
cc export --only all
is "$(jq '[.claims[] | select(.source == "coastal-post.txt")] | length' <<<"$out")" 0 \
	"the export holds none of its claims"
# the same file again, now with another date: the fix path for a wrong --date
cc add --date 2025-03-02 "$T/coastal-post.txt"
is "$rc" 0 "after remove, the same file can be added again with a new --date"
like "$(jq -r 'select(.name == "coastal-post.txt") | .date' <<<"$("$CROSSCHECK" --db "$DB" list --format jsonl)")" \
	"2025-03-02" "and it keeps the new date"
is "$(n_conf)" "$all" "its conflicts are marked again"
# re-adding with another --date points at refresh --date, which keeps ids
cc add --date 2025-03-09 "$T/coastal-post.txt"
is "$rc" 1 "the same text with another --date is not applied"
like "$err" "to change its date, keeping its annotations: crosscheck refresh --date 2025-03-09 coastal-post.txt" \
	"and the message says how to change it"
cc add --story other "$T/coastal-post.txt"
is "$rc" 1 "the same text with another --story is not applied"
like "$err" "to change its story: crosscheck remove coastal-post.txt, then add it again" \
	"and the message says how to change the story"

# ---- annotated sources -----------------------------------------------------------
cid=$("$CROSSCHECK" --db "$DB" claims --source river-daily.txt --format jsonl | jq -r .id | head -n 1)
"$CROSSCHECK" --db "$DB" annotate "$cid" --verdict false --note "wrong day" --reviewer ann >/dev/null
"$CROSSCHECK" --db "$DB" annotate "$cid" --tag checked --reviewer bob >/dev/null
before=$(digest "$DB")
cc remove river-daily.txt
is "$rc" 1 "an annotated source is refused"
like "$err" "river-daily.txt: 1 annotated claim (2 annotation entries); not removed" \
	"the refusal names the source and counts its annotated claims"
like "$err" "--force" "and says how to go on"
cc remove dock-weekly.txt river-daily.txt
is "$rc" 1 "with an unannotated source beside it: still refused"
is "$(digest "$DB")" "$before" "nothing was removed"

umask 022 # as most users have it: the saved file must not follow it to 0644
cc remove --force river-daily.txt
is "$rc" 0 "--force removes it"
saved=$(sed -n 's/^saved the annotations of 1 claim of river-daily.txt to //p' <<<"$out")
like "$saved" "$DB.removed-river-daily.txt-" "after saving the annotations to a file beside the store, named"
check "the saved file exists" test -s "$saved"
is "$(stat -c %a "$saved")" 600 "it is readable by its owner only, like the store (it holds the reviewers' notes)"
is "$(jq -r '[.claims[] | .history | length] | add' "$saved" 2>/dev/null)" 2 \
	"it holds both reviewers' entries"
like "$out" "removed river-daily.txt: 1 claim" "and says what went"
# put it back: add the file again, then import the saved annotations
cc add "$T/river-daily.txt"
is "$rc" 0 "the source is added again"
cc import "$saved"
is "$rc" 0 "the saved file imports"
cc export --only annotated
is "$(jq -r '.claims[] | "\(.source)|\(.verdict)|\(.note)|\(.tags | join(","))"' <<<"$out")" \
	"river-daily.txt|false|wrong day|checked" "the annotations are back on the claim"

# ---- a read-only store -----------------------------------------------------------
runas() {
	if [ "$(id -u)" -eq 0 ]; then
		setpriv --reuid=65534 --regid=65534 --clear-groups "$CROSSCHECK" "$@"
	else
		"$CROSSCHECK" "$@"
	fi >"$T/.out" 2>"$T/.err" </dev/null
	rc=$?
	out=$(cat "$T/.out")
	err=$(cat "$T/.err")
}
if [ "$(id -u)" -eq 0 ] && ! { command -v setpriv >/dev/null 2>&1 &&
	setpriv --reuid=65534 --regid=65534 --clear-groups test -x "$CROSSCHECK" 2>/dev/null; }; then
	ok 0 "# SKIP a read-only store: root, and nobody cannot run crosscheck here"
	ok 0 "# SKIP a read-only store: said so"
	ok 0 "# SKIP a read-only store: unchanged"
	for c in "exits 1" "refused before saving anything" "says why" "unchanged by --force"; do
		ok 0 "# SKIP a read-only store with --force: $c"
	done
else
	chmod 755 "$T"
	mkdir -p "$T/ro" && chmod 777 "$T/ro"
	"$CROSSCHECK" --db "$DB" list >/dev/null # a checkpoint: the -wal folded in
	cp "$DB" "$T/ro/s.db" && chmod 444 "$T/ro/s.db"
	rob=$(sha256sum <"$T/ro/s.db")
	runas --db "$T/ro/s.db" remove dock-weekly.txt
	is "$rc" 1 "a read-only store: remove exits 1"
	like "$err" "s.db: the store is read-only" "a read-only store: said so"
	is "$(sha256sum <"$T/ro/s.db")" "$rob" "a read-only store: unchanged"
	# --force: a store this user cannot write is refused when it is
	# opened, before any annotation is saved to a file (a removal that
	# fails later keeps the saved file: tests/hard/test_faults)
	runas --db "$T/ro/s.db" remove --force river-daily.txt
	is "$rc" 1 "a read-only store: remove --force exits 1"
	is "$out" "" "a read-only store with --force: refused before saving anything"
	like "$err" "s.db: the store is read-only (the file is not writable" "a read-only store with --force: says why"
	is "$(sha256sum <"$T/ro/s.db")" "$rob" "a read-only store: unchanged by --force"
fi

# a claim id once given never names another claim: removing the newest
# source and adding another does not hand its ids out again (notes that
# cite "#N", scripts running `annotate N` and older exports keep naming
# the claim they meant, or none)
I="$T/ids.db"
run --db "$I" add "$T/harbor-gazette.txt" "$T/coastal-post.txt" "$T/river-daily.txt" "$T/dock-weekly.txt"
max_before=$(sqlite3 "$I" 'SELECT max(id) FROM claims')
dock_ids=$(sqlite3 "$I" "SELECT group_concat(c.id, ' ') FROM claims c JOIN sources s ON s.id = c.source_id WHERE s.name = 'dock-weekly.txt'")
test -n "$dock_ids" && [ "$(sqlite3 "$I" "SELECT max(c.id) FROM claims c JOIN sources s ON s.id = c.source_id WHERE s.name = 'dock-weekly.txt'")" = "$max_before" ]
ok $? "ids: fixture: the newest source holds the largest claim id ($max_before)"
run --db "$I" remove dock-weekly.txt
is "$rc" 0 "ids: the newest source removed"
sed 's/Friday, February 28/Thursday, February 27/' "$T/dock-weekly.txt" >"$T/pier-notes.txt"
run --db "$I" add "$T/pier-notes.txt"
is "$rc" 0 "ids: another source added"
min_new=$(sqlite3 "$I" "SELECT min(c.id) FROM claims c JOIN sources s ON s.id = c.source_id WHERE s.name = 'pier-notes.txt'")
test -n "$min_new" && [ "$min_new" -gt "$max_before" ]
ok $? "ids: the new source's claims are numbered after every id given before ($min_new > $max_before)"
old=${dock_ids%% *}
run --db "$I" annotate "$old" --verdict false
is "$rc" 1 "ids: annotate with a removed claim's id is refused (exit 1)"
like "$err" "$old" "ids: ... naming the id"
is "$(sqlite3 "$I" 'SELECT count(*) FROM annotations')" 0 "ids: ... and marks no other claim"
# refresh numbers its new claims after the floor too
run --db "$I" remove pier-notes.txt
run --db "$I" add "$T/dock-weekly.txt"
is "$(sqlite3 "$I" "SELECT min(c.id) > $min_new FROM claims c JOIN sources s ON s.id = c.source_id WHERE s.name = 'dock-weekly.txt'")" 1 \
	"ids: removed twice, added again: still new ids"
# a store made before the floor (schema 12) takes its largest id as the floor;
# a migration that fails (a table of that name already there) leaves it as
# it was
cp "$I" "$T/old12.db"
sqlite3 "$T/old12.db" "$UNDO_SCHEMA_13"' CREATE TABLE id_floor (x);'
before12=$(sqlite3 "$T/old12.db" .dump | sha256sum)
run --db "$T/old12.db" list
is "$rc" 1 "ids: a schema 12 store whose migration fails: refused"
like "$err" "migration failed" "ids: ... saying so"
is "$(sqlite3 "$T/old12.db" .dump | sha256sum)" "$before12" "ids: ... and the store is as it was"
sqlite3 "$T/old12.db" 'DROP TABLE id_floor;'
run --db "$T/old12.db" list
is "$rc" 0 "ids: a schema 12 store opens"
is "$(sqlite3 "$T/old12.db" 'PRAGMA user_version'):$(sqlite3 "$T/old12.db" "SELECT last = (SELECT max(id) FROM claims) FROM id_floor WHERE name = 'claims'")" \
	"13:1" "ids: ... migrated, its floor its largest claim id"
done_testing
