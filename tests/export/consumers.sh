#!/usr/bin/env bash
# The exports as their consumers read them, on a store two reviewers
# annotated (and disagree on one claim): the Web Annotation collection and
# its page have stable ids and a total, an annotation's creator is the
# reviewer whose verdict it carries and its modified time the latest
# entry's; a ClaimReview says which figure of a sentence was rated, names
# the publisher as author and is not published while the reviewers
# disagree; the markdown report keeps the overruled reviewer's reason,
# lists every source it quotes, says when the verdict and the latest change
# were made, and writes durations in words; import reads an export with a
# byte order mark and says what an empty, wadm or ClaimReview file is.
. "$top_srcdir/tests/cli/lib.sh"
EX="$top_srcdir/examples"
V="$top_builddir/tests/export/validate"
SCHEMA="$top_srcdir/docs/crosscheck-claims.schema.json"

command -v jq >/dev/null 2>&1 || skip_all "jq is not installed"

DB="$T/a.db"
run --db "$DB" add --story k "$EX"/kaspersky/*.txt
is "$rc" 0 "fixture: the kaspersky story added"
claims=$("$CROSSCHECK" --db "$DB" claims --format jsonl)
# a sentence with two claims: a date, and a duration given as a bound
id2=$(jq -r 'select(any(.slots[]; .type == "duration" and .mod == "less")) | .id' <<<"$claims" | head -n 1)
text=$(jq -r --argjson id "$id2" 'select(.id == $id) | .text' <<<"$claims")
id1=$(jq -r --arg t "$text" --argjson id "$id2" 'select(.text == $t and .id != $id) | .id' <<<"$claims" | head -n 1)
ok $([ -n "$id1" ] && [ -n "$id2" ]; echo $?) "fixture: two claims of one sentence, one a duration ($id1, $id2)"

ann() { "$CROSSCHECK" --db "$DB" annotate "$@" >/dev/null; }
ann "$id1" --verdict false --note 'the wind-down starts a day later' --tag memo --reviewer alice
ann "$id2" --verdict misleading --note 'twenty years overstates it' --reviewer alice
ann "$id1" --verdict true --note 'the filing gives that very day' --reviewer bob
ann "$id1" --tag staff --reviewer alice
hist=$("$CROSSCHECK" --db "$DB" export --format jsonl | jq -c --argjson id "$id1" 'select(.id == $id) | .history')
t_bob=$(jq -r '.[] | select(.reviewer == "bob") | .at' <<<"$hist")
t_last=$(jq -r '.[-1].at' <<<"$hist")
ok $([ "$t_last" \> "$t_bob" ]; echo $?) "fixture: alice's tag came after bob's verdict"

# ---- json --only annotated: every source a listed conflict quotes is
# listed, so that each side resolves (before, only the annotated claims')
j=$("$CROSSCHECK" --db "$DB" export --only annotated)
ok $(jq -e '.conflicts | length > 0' <<<"$j" >/dev/null; echo $?) "fixture: the annotated claims are in conflicts"
is "$(jq -c '[.conflicts[] | .a.source, .b.source] - [.sources[].name] | unique' <<<"$j")" '[]' \
	"json --only annotated: every conflict side's source is in sources"
is "$(jq -c '[.sources[] | select(.hash | test("^[0-9a-f]{64}$") | not)] | length' <<<"$j")" '0' \
	"... each with its hash"
ok $(jq -e '([.claims[].source] | unique | length) < (.sources | length)' <<<"$j" >/dev/null; echo $?) \
	"... more than the annotated claims' own"
printf '%s\n' "$j" >"$T/ja.json"
"$V" "$SCHEMA" "$T/ja.json" >/dev/null 2>&1
ok $? "... and valid against the schema"
# the wadm collection's id still names the annotated claims' sources alone
is "$("$CROSSCHECK" --db "$DB" export --only annotated --format wadm | jq -r .id)" \
	"$("$CROSSCHECK" --db "$DB" export --only annotated --source "$(jq -r '.claims[0].source' <<<"$j")" --format wadm | jq -r .id)" \
	"wadm --only annotated: its id digests the sources of the annotations, not those conflicts quote"

# ---- wadm: the collection and its page (WADM 5.1, 5.2)
run --db "$DB" export --format wadm -o "$T/w.json"
is "$rc" 0 "wadm: exit 0"
"$V" "$SCHEMA" --def wadm_collection "$T/w.json" >/dev/null 2>&1
ok $? "wadm: valid against the schema's wadm_collection"
cid=$(jq -r .id "$T/w.json")
ok $(grep -Eqx 'urn:crosscheck:collection:[0-9a-f]{16}' <<<"$cid"; echo $?) "wadm: the collection has an id, a urn: ($cid)"
is "$(jq -r '[.first.id, .first.partOf, .last] | join(" ")' "$T/w.json")" "$cid:page:0 $cid $cid:page:0" \
	"wadm: its page has an id, is part of it, and is its first and last"
is "$(jq '[.total, (.first.items | length)] | join(" ")' "$T/w.json")" '"2 2"' "wadm: total counts the annotations"
cp "$DB" "$T/copy.db"
is "$(SOURCE_DATE_EPOCH=86400 "$CROSSCHECK" --db "$T/copy.db" export --format wadm | jq -r .id)" "$cid" \
	"wadm: the same id from another copy of the store, at another time"
# the same articles added in another order, in another store
for f in $(ls "$EX"/kaspersky/*.txt | sort -r); do
	"$CROSSCHECK" --db "$T/other.db" add --story k "$f" >/dev/null
done
is "$("$CROSSCHECK" --db "$T/other.db" export --format wadm 2>/dev/null | jq -r .id)" "$cid" \
	"wadm: the same id from a store that added the same articles in another order"
src=$(jq -r --argjson id "$id1" 'select(.id == $id) | .source' <<<"$claims")
sid=$("$CROSSCHECK" --db "$DB" export --format wadm --source "$src" | jq -r .id)
ok $([ "$sid" != "$cid" ]; echo $?) "wadm: another selection (one source) has another id"
run --db "$DB" export --format wadm --review-url-base https://checks.example.org/a/
is "$(jq -r '[.id, .first.id] | join(" ")' <<<"$out")" \
	"https://checks.example.org/a/annotations/${cid##*:} https://checks.example.org/a/annotations/${cid##*:}/page/0" \
	"wadm: with --review-url-base, the ids are under it"
is "$(jq -r '.first.items | map(.id | startswith("https://checks.example.org/a/annotation/")) | all' <<<"$out")" true \
	"wadm: ... the annotations' ids too (were urn:crosscheck:annotation:)"
printf '%s\n' "$out" >"$T/wb.json"
"$V" "$SCHEMA" --def wadm_collection "$T/wb.json" >/dev/null 2>&1
ok $? "wadm under a base: valid against the schema"
# a base without a trailing '/' makes the same ids (was ".../aannotations/...")
run --db "$DB" export --format wadm --review-url-base https://checks.example.org/a
is "$(jq -c '[.id, .first.id, .first.items[0].id]' <<<"$out")" "$(jq -c '[.id, .first.id, .first.items[0].id]' "$T/wb.json")" \
	"wadm: a base without its trailing / joins with one"
run --db "$DB" export --format claimreview --publisher P --review-url-base https://checks.example.org/r
like "$(jq -r '."@graph"[0].url' <<<"$out")" "https://checks.example.org/r/" "claimreview: the same join"
# a base that is no absolute http(s) URL is refused, and no file is made
for bad in checks.example.org/a ftp://checks.example.org/a 'https:///a' 'https://x.example/a?page=' 'https://x.example/a b' ''; do
	run --db "$DB" export --format wadm --review-url-base "$bad" -o "$T/bad.json"
	is "$rc:$(test -e "$T/bad.json"; echo $?)" "2:1" "--review-url-base '$bad': refused (exit 2), no file"
	like "$err" "--review-url-base '$bad' refused: " "... naming the base and why"
done

# ---- wadm: creator and modified of the disputed claim
key1=$("$CROSSCHECK" --db "$DB" export --format jsonl | jq -r --argjson id "$id1" 'select(.id == $id) | .key')
a1=$(jq -c --arg u "urn:crosscheck:annotation:$(jq -rn --arg k "$key1" '$k | @uri')" '.first.items[] | select(.id == $u)' "$T/w.json")
is "$(jq -c .creator <<<"$a1")" '{"type":"Person","name":"bob"}' \
	"wadm: the creator is the reviewer whose verdict the body carries, alone"
is "$(jq -r '.body[] | select(.purpose == "assessing") | .value' <<<"$a1")" "true" "wadm: ... bob's verdict"
is "$(jq -r '[.body[] | select(.purpose == "tagging") | "\(.value):\(.creator.name)"] | join(" ")' <<<"$a1")" \
	"memo:alice staff:alice" "wadm: alice's tags name her as their creator"
is "$(jq -r .modified <<<"$a1")" "$t_last" "wadm: modified is the latest entry's time (alice's tag), not the verdict's"

# ---- markdown
run --db "$DB" export --format markdown --only annotated
is "$rc" 0 "markdown: exit 0"
md=$out
like "$md" "Other verdicts: alice: false (“the wind-down starts a day later”)" \
	"markdown: the overruled reviewer's verdict with her note"
like "$md" "Verdict by bob, $t_bob; latest change by alice, $t_last" \
	"markdown: the verdict's time, and the latest change's when later"
quoted=$(grep '^> \*\*' <<<"$md" | sed 's/^> \*\*\([^*]*\)\*\*.*/\1/' | sort -u)
listed=$(sed -n '/^| Source | Title/,/^$/p' <<<"$md" | tail -n +3 | cut -d'|' -f2 | sed 's/^ *//; s/ *$//' | grep . | sort -u)
ok $([ -n "$quoted" ] && [ "$(comm -23 <(echo "$quoted") <(echo "$listed"))" = "" ]; echo $?) \
	"markdown --only annotated: every source the conflicts quote is in the sources table"
like "$md" "| #$id2: duration\\<20 years |" "markdown: a duration in words, its bound kept"
unlike "$md" "P20Y" "markdown: no ISO duration shown"
like "$("$CROSSCHECK" --db "$DB" export --format csv)" "duration<P20Y year" "csv: the ISO duration kept for tools"

# ---- claimreview
run --db "$DB" export --format claimreview --publisher 'Desk Checks' --review-url-base https://checks.example.org/r/
is "$rc" 0 "claimreview: exit 0"
like "$err" "#$id1 (" "claimreview: the claim the reviewers disagree on is named on standard error"
like "$err" "alice: false" "... with alice's verdict"
like "$err" "bob: true" "... and bob's"
is "$(jq '[."@graph"[] | select(.identifier == "'"$key1"'")] | length' <<<"$out")" 0 \
	"claimreview: ... and no rating is published for it"
ann "$id1" --verdict false --reviewer bob
run --db "$DB" export --format claimreview --publisher 'Desk Checks' --review-url-base https://checks.example.org/r/
is "$err" "" "claimreview: once they agree, no warning"
"$V" "$SCHEMA" --def claimreview_graph /dev/stdin <<<"$out" >/dev/null 2>&1
ok $? "claimreview: valid against the schema's claimreview_graph"
is "$(jq '."@graph" | length' <<<"$out")" 2 "claimreview: both claims of the sentence published"
is "$(jq -r '."@graph" | map(.claimReviewed) | unique | length' <<<"$out")" 2 \
	"claimreview: their claimReviewed differ"
is "$(jq -r --arg t "$text" '."@graph"[] | .claimReviewed | ltrimstr($t)' <<<"$out")" \
	"$(printf ' (rated: date=2024-07-20)\n (rated: duration<P20Y year)')" \
	"claimreview: each is the sentence and what was rated in it"
is "$(jq -r '."@graph"[] | "\(.author."@type") \(.author.name) \(.contributor.name)"' <<<"$out")" \
	"$(printf 'Organization Desk Checks bob\nOrganization Desk Checks alice')" \
	"claimreview: the author is the publisher, the reviewer whose verdict it is a contributor"

# ---- import: what the file is
"$CROSSCHECK" --db "$DB" export -o "$T/e.json" >/dev/null
{ printf '\357\273\277'; cat "$T/e.json"; } >"$T/bom.json"
run --db "$DB" import --dry-run "$T/bom.json"
is "$rc" 0 "import: an export starting with a UTF-8 byte order mark is read"
: >"$T/empty.json"
run --db "$DB" import "$T/empty.json"
is "$rc" 1 "import: an empty file is refused"
like "$err" "empty.json: empty file" "... saying it is empty"
"$CROSSCHECK" --db "$DB" export --format wadm -o "$T/wadm.json" >/dev/null
run --db "$DB" import "$T/wadm.json"
like "$err" "wadm.json: not a crosscheck export: it is a Web Annotation collection (--format wadm); crosscheck imports its own json export" \
	"import: a wadm export is named"
"$CROSSCHECK" --db "$DB" export --format claimreview -o "$T/cr.json" >/dev/null 2>&1
run --db "$DB" import "$T/cr.json"
like "$err" "cr.json: not a crosscheck export: it is schema.org ClaimReview JSON-LD (--format claimreview)" "import: a ClaimReview export is named"
done_testing
