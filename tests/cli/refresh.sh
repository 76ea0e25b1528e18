#!/usr/bin/env bash
# crosscheck refresh: sources already in the store are extracted again with
# this version's rules; a store made by older rules (made here by editing
# the claims in SQL: a claim deleted, ranks shifted, a slot changed, a year
# lost, conflicts missing) comes out as adding the same files into a fresh
# store gives; annotated claims keep their id and log, also when a new
# claim earlier in the sentence shifts their rank; an annotated claim with
# no match refuses the source unless --force saved its annotations to a
# file import reads; --dry-run, refusals and a read-only store change
# nothing. The articles are written here.
. "$top_srcdir/tests/cli/lib.sh"

command -v jq >/dev/null 2>&1 || skip_all "jq is not installed"
command -v sqlite3 >/dev/null 2>&1 || skip_all "the sqlite3 CLI is not installed"

cat >"$T/valley-courier.txt" <<'EOF'
Old Mill Bridge shut for repairs

June 16, 2025

The county closed the Old Mill Bridge on June 14, 2025, after inspectors found cracks in two piers, and engineers expect the work to last 18 months.

The county said the repairs will cost $12 million, engineer Dara Quill told reporters.

About 9,000 drivers crossed the bridge each day before it shut.
EOF
cat >"$T/ridge-observer.txt" <<'EOF'
Bridge closure snarls traffic

June 17, 2025

Officials shut the Old Mill Bridge on June 12 after a routine check found cracked piers.

The county said the repairs will cost $15 million.

Roughly 9,000 drivers used the crossing every day.
EOF
# no date of its own: "June 14" takes its year from the other sources
cat >"$T/town-ledger.txt" <<'EOF'
Detours begin at the Old Mill Bridge

Since the county closed the Old Mill Bridge on June 14, drivers have faced long detours, and crews say the work will last two years.
EOF
cat >"$T/lakeside-news.txt" <<'EOF'
Lake levels rise after storms

April 9, 2025

The Harlan Reservoir rose 3 feet on April 7, 2025, after two days of heavy rain, the water board said.

The board opened the spillway on April 8, 2025.
EOF
cat >"$T/hill-gazette.txt" <<'EOF'
Spillway opened at Harlan Reservoir

April 10, 2025

The water board opened the Harlan Reservoir spillway on April 6, 2025, after the lake rose 5 feet.
EOF
BRIDGE="$T/valley-courier.txt $T/ridge-observer.txt $T/town-ledger.txt"
LAKE="$T/lakeside-news.txt $T/hill-gazette.txt"
# make DB: the five articles added in one order, two stories
make_store() {
	"$CROSSCHECK" --db "$1" add --story bridge $BRIDGE >/dev/null &&
		"$CROSSCHECK" --db "$1" add --story lake $LAKE >/dev/null
}
make_store "$T/fresh.db"
ok $? "fixture: a store made by this version"
make_store "$T/s.db"
DB="$T/s.db"
cc() { run --db "$DB" "$@"; }
q() { sqlite3 "$DB" "$1"; }

# what a user compares: claims, conflicts and agreements, ids left out
# (claims found again keep theirs; new ones are numbered after all), and
# the claims' verdicts, notes and tags (a fresh add has none; that refresh
# keeps them is checked on its own below)
# view DB [STORY]
view() {
	"$CROSSCHECK" --db "$1" claims --format jsonl | jq -c 'del(.id, .verdict, .note, .tags)'
	"$CROSSCHECK" --db "$1" conflicts ${2:+--story "$2"} --format jsonl | jq -c 'del(.id, .a.claim, .b.claim)'
	"$CROSSCHECK" --db "$1" corroborations ${2:+--story "$2"} --format jsonl | jq -c 'del(.id, .a.claim, .b.claim)'
}

# ---- a store made by older rules -------------------------------------------
cc refresh
is "$rc" 0 "refresh of a store this version made: exit 0"
is "$out" "unchanged valley-courier.txt
unchanged ridge-observer.txt
unchanged town-ledger.txt
unchanged lakeside-news.txt
unchanged hill-gazette.txt" "nothing differs: one 'unchanged' line a source"

id_of() { q "SELECT c.id FROM claims c JOIN slots x ON x.claim_id = c.id WHERE x.type = '$1' AND x.value = '$2'"; }
close_id=$(id_of date 2025-06-14 | head -n 1)
found_id=$(id_of number 2)
work_id=$(id_of duration P18M)
drivers_id=$(id_of number 9000 | head -n 1)
spill_id=$(id_of date 2025-04-08)
town_date=$(q "SELECT x.claim_id FROM slots x JOIN claims c ON c.id = x.claim_id
	JOIN sources s ON s.id = c.source_id WHERE s.name = 'town-ledger.txt' AND x.type = 'date'")
is "$(q "SELECT year_from FROM slots WHERE claim_id = $town_date AND type = 'date'")" 3 \
	"fixture: town-ledger.txt's June 14 takes its year from another source"
is "$(q "SELECT key FROM claims WHERE id = $work_id")" \
	"$(q "SELECT substr(key, 1, length(key) - 1) || '2' FROM claims WHERE id = $work_id")" \
	"fixture: the 18 months are the third claim of their sentence"
# older rules: the piers' count and the explicit June 14, 2025 not found
# (the duration ranked second, town-ledger.txt's date without a year), the
# drivers read as 8,000, the lake's conflict not marked
sqlite3 "$DB" "PRAGMA foreign_keys = ON;
	DELETE FROM claims WHERE id IN ($found_id, $close_id);
	UPDATE claims SET key = substr(key, 1, length(key) - 1) || '1' WHERE id = $work_id;
	UPDATE slots SET value = 'XXXX-06-14', lo = NULL, hi = NULL, year_from = 4 WHERE claim_id = $town_date;
	UPDATE slots SET value = '8000', lo = 8000, hi = 8000 WHERE claim_id = $drivers_id AND type = 'number';
	DELETE FROM conflicts WHERE story = 'lake';"
ok $? "an old store made from this one"
cc annotate "$work_id" --verdict true --note "18 months per the county" --reviewer ann
cc annotate "$spill_id" --verdict false --reviewer ann
cc annotate "$spill_id" --tag date --reviewer bo
history_before=$("$CROSSCHECK" --db "$DB" annotate "$work_id" --history)
next_id=$(q "SELECT max(id) + 1 FROM claims")

before=$(digest "$DB")
cc refresh --dry-run
is "$rc" 0 "--dry-run: exit 0"
dry=$out
like "$out" "would refresh valley-courier.txt: 6 claims (was 4; 2 new, 0 gone, 1 changed)" \
	"--dry-run: says what a refresh would do"
is "$(digest "$DB")" "$before" "--dry-run: the store is as it was"

cc refresh
is "$rc" 0 "refresh: exit 0"
is "$out" "${dry//would refresh/refreshed}" "refresh prints what --dry-run printed, done"
like "$out" "refreshed valley-courier.txt: 6 claims (was 4; 2 new, 0 gone, 1 changed), 1 conflict (was 1)" \
	"refresh: counts the claims found, new and changed, and the conflicts"
like "$out" "1 annotated claim kept" "refresh: says the annotated claims kept"
like "$out" "refreshed lakeside-news.txt: 2 claims (was 2; 0 new, 0 gone, 0 changed), 1 conflict (was 0)" \
	"refresh: the conflict the old store missed is marked"
like "$out" "unchanged ridge-observer.txt" "a source whose claims and marks are the same: unchanged"
like "$out" "refreshed town-ledger.txt: 2 claims (was 2; 0 new, 0 gone, 1 changed)" \
	"the date that lost its year is a changed claim"
is "$(view "$DB")" "$(view "$T/fresh.db")" \
	"after refresh, claims, conflicts and agreements are what a fresh add gives"
is "$(q "SELECT value || ' ' || year_from FROM slots WHERE claim_id = $town_date AND type = 'date'")" \
	"2025-06-14 3" "the year is inferred again from the other source that gives it"

# the annotated claim: same id, same slot, its rank back, its log whole
is "$(q "SELECT type || '=' || value FROM slots WHERE claim_id = $work_id")" "duration=P18M" \
	"an annotated claim keeps its id though a new claim came before it in its sentence"
like "$(q "SELECT key FROM claims WHERE id = $work_id")" "#2" "... and gets its new rank in its key"
is "$("$CROSSCHECK" --db "$DB" annotate "$work_id" --history)" "$history_before" "... and keeps its whole log"
like "$("$CROSSCHECK" --db "$DB" claims --format jsonl | jq -r "select(.id == $work_id) | .subject")" \
	"Old Mill Bridge" "... which is still on the claim the reviewer judged"
new_id=$(q "SELECT min(id) FROM claims c JOIN slots x ON x.claim_id = c.id WHERE x.type = 'number' AND x.value = '2'")
test "$new_id" -ge "$next_id"
ok $? \
	"a new claim gets an id no claim had"
is "$("$CROSSCHECK" --db "$DB" export --only annotated | jq -c '[.claims[] | {id, verdict, tags}]')" \
	"[{\"id\":$work_id,\"verdict\":\"true\",\"tags\":[]},{\"id\":$spill_id,\"verdict\":\"false\",\"tags\":[\"date\"]}]" \
	"every annotation is where it was (two reviewers' on one claim too)"
after=$(digest "$DB")
cc refresh
is "$out" "$(printf 'unchanged %s\n' valley-courier.txt ridge-observer.txt town-ledger.txt lakeside-news.txt hill-gazette.txt)" \
	"a second refresh: every source unchanged"
is "$(digest "$DB")" "$after" "... and the store as it was"

# ---- one story, some sources ---------------------------------------------------
sqlite3 "$DB" "PRAGMA foreign_keys = ON; DELETE FROM conflicts; DELETE FROM corroborations;"
cc refresh --story lake
is "$rc" 0 "--story: exit 0"
is "$(printf '%s\n' "$out" | cut -d: -f1)" "refreshed lakeside-news.txt
refreshed hill-gazette.txt" "--story: the story's sources only"
is "$("$CROSSCHECK" --db "$DB" conflicts --story bridge --format jsonl | wc -l)" 0 \
	"--story: the other story is left as it was"
cc refresh ridge-observer.txt
like "$out" "refreshed ridge-observer.txt: 3 claims (was 3; 0 new, 0 gone, 0 changed), 1 conflict (was 0)" \
	"SOURCE: that source, and its story marked again"
is "$(printf '%s\n' "$out" | wc -l)" 1 "SOURCE: one line"
# (conflicts are listed in the order they were found: each story's own
# order is what a fresh add gives, the two stories' order is the order
# they were refreshed in)
for s in bridge lake; do
	is "$(view "$DB" "$s")" "$(view "$T/fresh.db" "$s")" "the story $s refreshed on its own is what a fresh add gives"
done

# ---- a store written before schema 11 -------------------------------------------
# the migration takes every claim as one whose subject does not act (telling
# needs the extraction again) and leaves the units unfolded: refresh tells
cp "$T/fresh.db" "$T/old.db"
sqlite3 "$T/old.db" "$UNDO_SCHEMA_11"
ok $? "a store taken back to schema 10"
run --db "$T/old.db" refresh
is "$rc" 0 "refresh of a schema-10 store: exit 0 (migrated first)"
actors=$(sqlite3 "$T/fresh.db" "SELECT count(*) FROM claims WHERE actor = 1")
test "$actors" -gt 0
ok $? "fixture: some claim's subject acts ($actors)"
is "$(sqlite3 "$T/old.db" "SELECT count(*) FROM claims WHERE actor = 1")" "$actors" \
	"after refresh the claims whose subject acts are known again"
is "$(sqlite3 "$T/old.db" "SELECT count(*) FROM slots WHERE unit_key IS NULL")" 0 "and every unit is folded"
is "$(view "$T/old.db")" "$(view "$T/fresh.db")" "and the store is what a fresh add gives"

# ---- sentences cut otherwise by older rules ----------------------------------------
before_show=$("$CROSSCHECK" --db "$DB" show hill-gazette.txt)
sqlite3 "$DB" "UPDATE sentences SET boilerplate = 1 - boilerplate
	WHERE source_id = (SELECT id FROM sources WHERE name = 'hill-gazette.txt') AND idx = 2"
cc refresh hill-gazette.txt
like "$out" "refreshed hill-gazette.txt: 2 claims (was 2; 0 new, 0 gone, 0 changed)" \
	"sentences flagged otherwise: the claims are the same"
like "$out" "; its sentences are cut anew" "... and the line says the sentences changed"
is "$("$CROSSCHECK" --db "$DB" show hill-gazette.txt)" "$before_show" "... and they are as add cuts them"
fts() { sqlite3 "$1" "SELECT group_concat(rowid) FROM sentence_fts WHERE sentence_fts MATCH 'spillway'"; }
is "$(fts "$DB")" "$(fts "$T/fresh.db")" "... and the search finds them as in a fresh store"

# ---- refusals that change nothing ------------------------------------------------
before=$(digest "$DB")
cc refresh no-such.txt
is "$rc" 1 "an unknown SOURCE: exit 1"
like "$err" "no-such.txt: no such source" "an unknown SOURCE: named"
like "$err" "nothing was refreshed" "an unknown SOURCE: nothing refreshed"
is "$(digest "$DB")" "$before" "an unknown SOURCE: the store is as it was"
cc refresh --story nowhere
is "$rc" 1 "an unknown story: exit 1"
cc refresh --story lake valley-courier.txt
is "$rc" 1 "a SOURCE of another story than --story: exit 1"
like "$err" "valley-courier.txt belongs to the story 'bridge'" "... and says which it belongs to"
# a stored text this version would normalise otherwise is not refreshed in
# place (its offsets would not be the stored text's); reported even when
# another source of the run has an annotated claim without a match
cp "$T/fresh.db" "$T/text.db"
sqlite3 "$T/text.db" "UPDATE sources SET text = text || ' ' WHERE name = 'ridge-observer.txt'"
"$CROSSCHECK" --db "$T/text.db" annotate "$(sqlite3 "$T/text.db" "SELECT claim_id FROM slots WHERE type = 'quote'")" \
	--verdict true --reviewer ann >/dev/null
sqlite3 "$T/text.db" "UPDATE slots SET start = start + 1 WHERE type = 'quote'"
tb=$(digest "$T/text.db")
run --db "$T/text.db" refresh
is "$rc" 1 "a stored text that reads otherwise: exit 1"
like "$err" "ridge-observer.txt: its stored text reads differently with this version" "... naming the source"
unlike "$err" "no match" "... and not as a refusal for the annotated claim" 
is "$(digest "$T/text.db")" "$tb" "... and the store is as it was"
cc refresh --bogus
is "$rc" 2 "an unknown option: exit 2"
is "$(digest "$DB")" "$before" "after the refusals: the store is as it was"

# ---- an annotated claim that has no match -----------------------------------------
quote_id=$(id_of quote "Dara Quill")
cc annotate "$quote_id" --verdict unverifiable --note "no second source" --reviewer ann
# older rules put its slot elsewhere: no new claim is at that place
sqlite3 "$DB" "UPDATE slots SET start = start + 1, end = end + 1 WHERE claim_id = $quote_id"
before=$(digest "$DB")
cc refresh
is "$rc" 1 "an annotated claim without a match: exit 1"
like "$err" "valley-courier.txt: 1 annotated claim (1 annotation entry) has no match in the new extraction; not refreshed" \
	"the source is refused, naming it"
like "$err" "claim #$quote_id: \"The county said the repairs will cost \$12 million" \
	"the claim is named with the start of its sentence"
like "$err" "--force first saves" "the refusal tells about --force"
is "$out" "" "nothing printed on standard output"
is "$(digest "$DB")" "$before" "refused: the store is as it was"
cc refresh --dry-run --force
is "$rc" 0 "--dry-run --force: exit 0"
like "$out" "would save the annotations of 1 claim of valley-courier.txt" "--dry-run --force: says what it would save"
is "$(ls "$T" | grep -c 'refreshed-')" 0 "--dry-run --force: no file written"
is "$(digest "$DB")" "$before" "--dry-run --force: the store is as it was"
cc refresh --force
is "$rc" 0 "--force: exit 0"
like "$out" "saved the annotations of 1 claim of valley-courier.txt to $T/s.db.refreshed-valley-courier.txt-" \
	"--force: names the file it saved"
like "$out" "the annotations of 1 claim (saved)" "--force: the line says the annotations were saved"
saved=$(ls "$T"/s.db.refreshed-valley-courier.txt-*.json)
is "$(jq -c '[.claims[] | {id, verdict, note}]' "$saved")" \
	"[{\"id\":$quote_id,\"verdict\":\"unverifiable\",\"note\":\"no second source\"}]" \
	"the file holds the claim without a match, with its annotation"
is "$(q "SELECT count(*) FROM claims WHERE id = $quote_id")" 0 "the claim without a match is gone"
is "$(q "SELECT count(*) FROM annotations WHERE claim_id = $work_id")" 1 "the annotations of the claims matched stay"
cc import "$saved"
is "$rc" 0 "import reads the saved file"
is "$("$CROSSCHECK" --db "$DB" export --only annotated | jq -r '.claims[] | select(.note == "no second source") | .slots[0].type')" \
	"quote" "import puts the annotation back on the claim its key names"

# ---- a date, title or outlet older rules found otherwise --------------------------------
# the date and title are found again as add finds them; a date the user gave
# with --date stays
"$CROSSCHECK" --db "$T/m.db" add --story bridge $BRIDGE >/dev/null
"$CROSSCHECK" --db "$T/m.db" add --story lake --date 2025-04-11 $LAKE >/dev/null
ok $? "fixture: a store with two dates given by --date"
want=$(sqlite3 "$T/m.db" "SELECT name, pub_date, date_origin, title, outlet FROM sources ORDER BY id")
sqlite3 "$T/m.db" "UPDATE sources SET pub_date = NULL, date_origin = NULL WHERE name = 'valley-courier.txt';
	UPDATE sources SET pub_date = '2025-06-01', date_origin = 'banner', title = 'Bridge',
	outlet = 'example.com' WHERE name = 'ridge-observer.txt';
	UPDATE sources SET pub_date = '2025-04-30' WHERE name = 'hill-gazette.txt'"
given=$(sqlite3 "$T/m.db" "SELECT pub_date FROM sources WHERE name = 'hill-gazette.txt'")
run --db "$T/m.db" refresh --dry-run
is "$rc" 0 "metadata: --dry-run exits 0"
like "$out" "0 annotated claims kept; dated 2025-06-16 (dateline), was none
would refresh ridge-observer.txt" \
	"metadata: --dry-run says the date found again and the one stored"
is "$(sqlite3 "$T/m.db" "SELECT pub_date IS NULL FROM sources WHERE name = 'valley-courier.txt'")" 1 \
	"metadata: --dry-run writes nothing"
run --db "$T/m.db" refresh
is "$rc" 0 "metadata: refresh exits 0"
like "$out" "refreshed valley-courier.txt: 6 claims (was 6; 0 new, 0 gone, 0 changed), 1 conflict (was 1), 0 agreements (was 0), 0 annotated claims kept; dated 2025-06-16 (dateline), was none
" \
	"metadata: a date older rules did not find is found"
like "$out" "0 annotated claims kept; dated 2025-06-17 (dateline), was 2025-06-01 (banner); its title is now \"Bridge closure snarls traffic\"; its outlet is now none" \
	"metadata: a date, title and outlet found otherwise are found again, each said"
like "$out" "unchanged hill-gazette.txt" "metadata: a date given with --date stays as given"
is "$(sqlite3 "$T/m.db" "SELECT name, pub_date, date_origin, title, outlet FROM sources ORDER BY id")" \
	"$(printf '%s' "$want" | sed "s/^hill-gazette.txt|2025-04-11/hill-gazette.txt|$given/")" \
	"metadata: the store holds what add finds, and the user's --date"
run --db "$T/m.db" refresh
is "$out" "unchanged valley-courier.txt
unchanged ridge-observer.txt
unchanged town-ledger.txt
unchanged lakeside-news.txt
unchanged hill-gazette.txt" "metadata: a second refresh finds nothing to change"

# ---- refresh --date: a wrong date fixed in place --------------------------------------
# the lake's sources were added with --date 2025-04-11; hill-gazette.txt's
# annotated claim keeps its id and log when its date is changed
hid=$("$CROSSCHECK" --db "$T/m.db" claims --source hill-gazette.txt --format jsonl | jq -r .id | head -n 1)
"$CROSSCHECK" --db "$T/m.db" annotate "$hid" --verdict false --note "date checked" >/dev/null
run --db "$T/m.db" refresh --date 2025-04-10
is "$rc" 2 "refresh --date without SOURCE: a usage error"
like "$err" "--date needs the SOURCE names it dates" "and it says why"
run --db "$T/m.db" refresh --date 2025-13-40 hill-gazette.txt
is "$rc" 2 "refresh --date with an impossible date: a usage error"
mb=$(md5sum <"$T/m.db")
run --db "$T/m.db" refresh --date 2025-04-10 --dry-run hill-gazette.txt
like "$out" "would refresh hill-gazette.txt: " "refresh --date --dry-run says it would refresh"
like "$out" "; dated 2025-04-10 (option), was $given (option)" "and names the new date and the old"
is "$(md5sum <"$T/m.db")" "$mb" "and changes nothing"
run --db "$T/m.db" refresh --date 2025-04-10 hill-gazette.txt
is "$rc" 0 "refresh --date SOURCE: exit 0"
like "$out" "1 annotated claim kept; dated 2025-04-10 (option), was $given (option)" \
	"it says the annotated claim is kept and the date changed"
is "$(sqlite3 "$T/m.db" "SELECT pub_date || ' ' || date_origin FROM sources WHERE name = 'hill-gazette.txt'")" \
	"2025-04-10 option" "the source has the new date"
is "$("$CROSSCHECK" --db "$T/m.db" annotate "$hid" --history | grep -c 'date checked')" 1 \
	"the claim keeps its id and its note"
run --db "$T/m.db" refresh hill-gazette.txt
is "$out" "unchanged hill-gazette.txt" "a later refresh keeps the date given with --date"

# ---- a store this user cannot write ---------------------------------------------------
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
	for c in "exits 1" "says why" "unchanged"; do
		ok 0 "# SKIP a read-only store: $c (root, and nobody cannot run crosscheck here)"
	done
else
	chmod 755 "$T"
	mkdir -p "$T/ro" && chmod 777 "$T/ro"
	cp "$T/fresh.db" "$T/ro/s.db" && chmod 444 "$T/ro/s.db"
	sqlite3 "$T/ro/s.db" "SELECT 1" >/dev/null 2>&1
	rob=$(sha256sum <"$T/ro/s.db")
	runas --db "$T/ro/s.db" refresh
	is "$rc" 1 "a read-only store: refresh exits 1"
	like "$err" "s.db: the store is read-only" "a read-only store: says why"
	is "$(sha256sum <"$T/ro/s.db")" "$rob" "a read-only store: unchanged"
fi
done_testing
