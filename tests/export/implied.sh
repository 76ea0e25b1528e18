#!/usr/bin/env bash
# subject_implied in the exports: the json and jsonl claims and slots, the
# csv column, the markdown's "(implied)", none in wadm and claimreview;
# import reads it (a bad value refused, the store untouched; a file from
# before it imported all the same), and export -> import into a fresh
# store -> export gives the same bytes.
. "$top_srcdir/tests/cli/lib.sh"
EX="$top_srcdir/examples"
V="$top_builddir/tests/export/validate"
CSV="$top_builddir/tests/export/csvread"
SCHEMA="$top_srcdir/docs/crosscheck-claims.schema.json"

command -v jq >/dev/null 2>&1 || skip_all "jq is not installed"

fill() { # fill DB: the chipmaker-deal story, whose figures imply Corvane
	"$CROSSCHECK" --db "$1" add --story chipmaker-deal "$EX"/chipmaker-deal/*.txt >/dev/null
}
A="$T/a.db"
fill "$A"
claims=$("$CROSSCHECK" --db "$A" claims --format jsonl)
imp=$(jq -r 'select(.subject_implied == true and .subject != null) | .id' <<<"$claims" | head -n 1)
named=$(jq -r 'select(.subject_implied != true and .subject != null) | .id' <<<"$claims" | head -n 1)
test -n "$imp" -a -n "$named"
ok $? "fixture: a claim with an implied subject and one with a named subject"
subj=$(jq -r --argjson id "$imp" 'select(.id == $id) | .subject' <<<"$claims")
"$CROSSCHECK" --db "$A" annotate "$imp" --verdict true --note 'checked' --reviewer alice >/dev/null
"$CROSSCHECK" --db "$A" annotate "$named" --verdict false --reviewer bob >/dev/null

# ---- json and jsonl
"$CROSSCHECK" --db "$A" export -o "$T/a.json" >/dev/null 2>&1
"$V" "$SCHEMA" "$T/a.json" >/dev/null 2>&1
ok $? "json: valid against the schema"
is "$(jq -r '.claims[] | "\(.id) \(.subject_implied)"' "$T/a.json")" \
	"$(jq -r '"\(.id) \(.subject_implied // false)"' <<<"$claims")" \
	"json: every claim's subject_implied, as claims --format jsonl says it"
is "$(jq -r '[.claims[].slots[] | .subject_implied | type] | unique | join(",")' "$T/a.json")" boolean \
	"json: every slot carries subject_implied, true or false"
is "$(jq -c '[.claims[].slots[] | .subject_implied]' "$T/a.json")" \
	"$(jq -sc '[.[].slots[] | .subject_implied // false]' <<<"$claims")" \
	"json: each slot's subject_implied as the claims command's"
jq 'del(.claims[0].subject_implied)' "$T/a.json" >"$T/x.json"
"$V" "$SCHEMA" "$T/x.json" >/dev/null 2>&1
ok $? "schema: an export from before subject_implied is still valid"
jq '.claims[0].subject_implied = "yes"' "$T/a.json" >"$T/x.json"
"$V" "$SCHEMA" "$T/x.json" >/dev/null 2>&1
is "$?" 1 "schema: subject_implied must be a boolean"
"$CROSSCHECK" --db "$A" export --format jsonl >"$T/a.jsonl"
"$V" "$SCHEMA" --def claim --lines "$T/a.jsonl" >/dev/null 2>&1
ok $? "jsonl: every line valid against the schema's claim"
is "$(jq -r --argjson id "$imp" 'select(.id == $id) | .subject_implied' "$T/a.jsonl")" true \
	"jsonl: the implied claim says so"

# ---- csv
"$CROSSCHECK" --db "$A" export --format csv -o "$T/a.csv" >/dev/null 2>&1
is "$(head -n 1 "$T/a.csv" | tr -d '\r')" \
	"id,key,source,story,text,subject,subject_implied,event,slots,verdict,note,tags,support,conflicts,conflicts_with,conflict_sources,verdict_by,verdict_at" \
	"csv: a subject_implied column after subject"
"$CSV" "$T/a.csv" >"$T/csv.jsonl"
ok $? "csv: a strict RFC 4180 reader reads it"
is "$(jq -r '.[0] + " " + .[6]' "$T/csv.jsonl" | tail -n +2)" \
	"$(jq -r '"\(.id) \(.subject_implied // false)"' <<<"$claims")" \
	"csv: true or false, row by row as the claims command says"

# ---- markdown, wadm, claimreview
"$CROSSCHECK" --db "$A" export --format markdown -o "$T/a.md" >/dev/null 2>&1
like "$(cat "$T/a.md")" "| #$imp $subj (implied):" "markdown: the implied subject after the claim's id"
unlike "$(cat "$T/a.md")" "| #$named $(jq -r --argjson id "$named" 'select(.id == $id) | .subject' <<<"$claims")" \
	"markdown: a named subject is left to the quoted sentence"
is "$(grep -c '(implied)' "$T/a.md")" "$(jq -s '[.[] | select(.subject_implied == true and .subject != null)] | length' <<<"$claims")" \
	"markdown: one (implied) per claim with an implied subject"
"$CROSSCHECK" --db "$A" export --format wadm -o "$T/a.wadm" >/dev/null 2>&1
"$CROSSCHECK" --db "$A" export --format claimreview --review-url-base https://r.example/ -o "$T/a.cr" >/dev/null 2>&1
is "$(cat "$T/a.wadm" "$T/a.cr" | grep -c -e subject_implied -e '(implied)')" 0 \
	"wadm and claimreview: no term for it, so nothing written (README says why)"

# ---- import reads it back
B="$T/b.db"
fill "$B"
before=$(digest "$B")
jq '.claims[0].subject_implied = "yes"' "$T/a.json" >"$T/bad.json"
run --db "$B" import "$T/bad.json"
is "$rc" 1 "import: a subject_implied that is not true or false: exit 1"
like "$err" 'bad.json: claims[0]: "subject_implied" must be true or false, not a string' \
	"import: the message names the file, the claim and the field"
is "$(digest "$B")" "$before" "import: the refused file left the store untouched"
jq 'del(.claims[].subject_implied, .claims[].slots[].subject_implied)' "$T/a.json" >"$T/old.json"
run --db "$B" import --dry-run "$T/old.json"
is "$rc" 0 "import: a file from before subject_implied is read (dry run)"
like "$out" "2 annotation entries for 2 claims" "import: and every entry placed"

# ---- the round trip: a -> b -> c gives the same bytes (but the store's path)
run --db "$B" import "$T/a.json"
is "$rc" 0 "round trip: the export imported into a fresh store"
"$CROSSCHECK" --db "$B" export -o "$T/b.json" >/dev/null 2>&1
is "$(jq -c '[.claims[] | [.key, .subject_implied, [.slots[].subject_implied], .verdict]]' "$T/b.json")" \
	"$(jq -c '[.claims[] | [.key, .subject_implied, [.slots[].subject_implied], .verdict]]' "$T/a.json")" \
	"round trip: the fresh store's export has the same subject_implied and verdicts"
C="$T/c.db"
fill "$C"
"$CROSSCHECK" --db "$C" import "$T/b.json" >/dev/null 2>&1
"$CROSSCHECK" --db "$C" export -o "$T/c.json" >/dev/null 2>&1
strip() { jq -c 'del(.exported, .store.path, .sources[].added)' "$1" | md5sum; }
is "$(strip "$T/c.json")" "$(strip "$T/b.json")" \
	"round trip: export -> import into a fresh store -> export: the same document"
cmp -s <(tail -n +2 "$T/b.json" | grep -v '"added"') <(tail -n +2 "$T/c.json" | grep -v '"added"')
ok $? "round trip: the same bytes after the header (the store's path and time) and sources' added times"

done_testing
