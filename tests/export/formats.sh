#!/usr/bin/env bash
# crosscheck export: every format from a store with annotations, parsed back
# by real parsers (jq, a strict RFC 4180 reader, python3's csv module when
# present), the json and jsonl exports validated against
# docs/crosscheck-claims.schema.json, the filters, and the atomic -o FILE.
. "$top_srcdir/tests/cli/lib.sh"
EX="$top_srcdir/examples"
V="$top_builddir/tests/export/validate"
CSV="$top_builddir/tests/export/csvread"
HELPER="$top_builddir/tests/export/store_helper"
SCHEMA="$top_srcdir/docs/crosscheck-claims.schema.json"

"$CROSSCHECK" help export >/dev/null 2>&1 || skip_all "the export command is not registered in src/cli.c yet"
command -v jq >/dev/null 2>&1 || skip_all "jq is not installed"

# ---- the fixture: two stories, one source with a URL and non-ASCII text
DB="$T/s.db"
cat >"$T/mb.txt" <<'EOF'
Müller Brücke GmbH schließt Werk in Köln

July 3, 2024

Zürich-based Müller Brücke GmbH said on July 3, 2024 that it would cut 40 jobs at its Köln plant — a “painful” step.
The company had employed 120 people at the site since 1998.
EOF
run --db "$DB" add --story kaspersky "$EX"/kaspersky/*.txt
is "$rc" 0 "fixture: kaspersky added"
run --db "$DB" add --story port-fire "$EX"/port-fire/*.txt
is "$rc" 0 "fixture: port-fire added"
run --db "$DB" add --story kaspersky --url "https://news.example.com/2024/07/03/mb" "$T/mb.txt"
is "$rc" 0 "fixture: a non-ASCII article with a URL added"

claims=$("$CROSSCHECK" --db "$DB" claims --format jsonl)
nclaims=$(grep -c . <<<"$claims")
id_mb=$(jq -r 'select(.source == "mb.txt") | .id' <<<"$claims" | head -n 1)
id_conf=$(jq -r 'select(.conflicts > 0) | .id' <<<"$claims" | head -n 1)
id_a=$(jq -r '.id' <<<"$claims" | sed -n 2p)
id_port=$(jq -r 'select(.source | test("coastline")) | .id' <<<"$claims" | head -n 1)
id_t=$(jq -r '.id' <<<"$claims" | sed -n 3p)
is "$(printf '%s\n' "$id_mb" "$id_conf" "$id_a" "$id_port" "$id_t" | grep . | sort -u | wc -l)" 5 \
	"fixture: five different claims to annotate"

esc=$(printf 'see \033[31mred\033[0m | *AP* <b>x</b> & $5')
"$CROSSCHECK" --db "$DB" annotate "$id_mb" --verdict false --note "$esc" --tag '=cmd' --tag dates --reviewer alice >/dev/null
"$CROSSCHECK" --db "$DB" annotate "$id_mb" --verdict misleading --reviewer bob >/dev/null
"$CROSSCHECK" --db "$DB" annotate "$id_conf" --verdict true --note 'Matches the filing.' --reviewer alice >/dev/null
"$CROSSCHECK" --db "$DB" annotate "$id_a" --tag follow-up --reviewer bob >/dev/null
"$CROSSCHECK" --db "$DB" annotate "$id_port" --verdict unverifiable --reviewer carol >/dev/null
"$HELPER" session-note "$DB" "$id_a" dave true 'Reviewed in a session.'
ok $? "fixture: an annotation inside a review session"
"$CROSSCHECK" --db "$DB" annotate "$id_t" --tag needs-source --reviewer carol >/dev/null
nannotated=5

# ---- json
run --db "$DB" export
is "$rc" 0 "json: exit 0 (default format, standard output)"
echo "$out" >"$T/all.json"
jq -e . "$T/all.json" >/dev/null 2>&1
ok $? "json: jq parses it"
"$V" "$SCHEMA" "$T/all.json" >"$T/.v" 2>&1
ok $? "json: valid against the schema"
[ -s "$T/.v" ] && sed 's/^/#   /' "$T/.v"
is "$(jq -r .format "$T/all.json")" "crosscheck-claims" "json: format"
is "$(jq '.claims | length' "$T/all.json")" "$nclaims" "json: every claim"
is "$(jq -r '[.claims[].key] | join(" ")' "$T/all.json")" "$(jq -r .key <<<"$claims" | paste -sd' ')" \
	"json: the store's claim keys, in order"
is "$(jq '.conflicts | length' "$T/all.json")" "$("$CROSSCHECK" --db "$DB" conflicts --format jsonl | grep -c .)" \
	"json: every conflict"
is "$(jq '.sources | length' "$T/all.json")" 11 "json: every source"
is "$(jq -r --argjson id "$id_mb" '.claims[] | select(.id == $id) | [.verdict, .label, (.tags | join(",")), (.history | length), (.notes | length)] | @tsv' "$T/all.json")" \
	"$(printf 'misleading\tREFUTES\t=cmd,dates\t2\t1')" \
	"json: current state merged from both entries; history kept; one note (bob's verdict alone restates no note)"
is "$(jq -r --argjson id "$id_mb" '.claims[] | select(.id == $id) | .history[0] | [.reviewer, .verdict, (.tags | join(","))] | @tsv' "$T/all.json")" \
	"$(printf 'alice\tfalse\t=cmd,dates')" "json: the first entry keeps reviewer, verdict and tags"
is "$(jq -r --argjson id "$id_mb" '.claims[] | select(.id == $id) | .history[0].note' "$T/all.json")" "$esc" \
	"json: a note with control characters survives exactly"
is "$(jq -r --argjson id "$id_mb" '.claims[] | select(.id == $id) | (.text | length) == (.end_cp - .start_cp) and (.text | utf8bytelength) == (.end - .start) and .end_cp < .end' "$T/all.json")" \
	true "json: offsets in bytes and in code points (non-ASCII text)"
is "$(jq -r '[.claims[] | select(.quote.exact != .text or (.quote.prefix | length) > 32 or (.quote.suffix | length) > 32)] | length' "$T/all.json")" \
	0 "json: quote selectors: exact is the text, prefix and suffix at most 32 code points"
is "$(jq -r --argjson id "$id_mb" '.claims[] | select(.id == $id) | .quote.prefix | length' "$T/all.json")" 32 \
	"json: a full 32-code-point prefix"
sess=$(jq -r --argjson id "$id_a" '.claims[] | select(.id == $id) | .history[] | select(.reviewer == "dave") | .session' "$T/all.json")
is "$(jq -r --argjson s "${sess:-0}" '.sessions[] | select(.id == $s) | [.reviewer, .annotations, (.ended != null)] | @tsv' "$T/all.json")" \
	"$(printf 'dave\t1\ttrue')" "json: the history names its session, listed in sessions"
jq 'del(.claims[0].key)' "$T/all.json" >"$T/broken.json"
"$V" "$SCHEMA" "$T/broken.json" >/dev/null 2>&1
is "$?" 1 "schema check fails on an export missing a claim's key"
jq '.claims[0].verdict = "maybe"' "$T/all.json" >"$T/broken.json"
"$V" "$SCHEMA" "$T/broken.json" >/dev/null 2>&1
is "$?" 1 "schema check fails on a verdict that is not one of the four"

# ---- jsonl
run --db "$DB" export --format jsonl
is "$rc" 0 "jsonl: exit 0"
echo "$out" >"$T/all.jsonl"
is "$(grep -c . "$T/all.jsonl")" "$nclaims" "jsonl: one claim a line"
"$V" "$SCHEMA" --def claim --lines "$T/all.jsonl" >/dev/null 2>&1
ok $? "jsonl: every line valid against the schema's claim"
is "$(jq -r 'select(.verdict != null) | "\(.verdict)=\(.["label"])"' "$T/all.jsonl" | sort -u | paste -sd' ')" \
	"misleading=REFUTES true=SUPPORTS unverifiable=NOT ENOUGH INFO" "jsonl: FEVER labels from the verdicts"
is "$(jq -r 'select(.verdict == null) | .["label"]' "$T/all.jsonl" | sort -u)" "null" "jsonl: no verdict, no label"
is "$(jq -c 'del(.["label"])' "$T/all.jsonl" | md5sum)" "$(jq -c '.claims[] | del(.["label"])' "$T/all.json" | md5sum)" \
	"jsonl: the same fields as the json document's claims"

# ---- csv
run --db "$DB" export --format csv -o "$T/all.csv"
is "$rc" 0 "csv: exit 0"
"$CSV" "$T/all.csv" >"$T/csv.jsonl" 2>"$T/.e"
ok $? "csv: a strict RFC 4180 reader reads it"
is "$(grep -c . "$T/csv.jsonl")" "$((nclaims + 1))" "csv: a header row and one row a claim"
is "$(head -n 1 "$T/csv.jsonl")" '["id","key","source","story","text","subject","subject_implied","event","slots","verdict","note","tags","support","conflicts","conflicts_with","conflict_sources","verdict_by","verdict_at"]' \
	"csv: the header"
is "$(tail -n +2 "$T/csv.jsonl" | jq -r '.[4]' | md5sum)" \
	"$(jq -r '.text | if test("^[=+@-]") then "'"'"'" + . else . end' "$T/all.jsonl" | md5sum)" \
	"csv: every claim's text round-trips"
is "$(tail -n +2 "$T/csv.jsonl" | jq -r --arg id "$id_mb" 'select(.[0] == $id) | [.[9], .[11]] | @tsv')" \
	"$(printf "misleading\t'=cmd,dates")" "csv: verdict and tags of the current state"
"$CROSSCHECK" --db "$DB" export --format csv --only annotated | "$CSV" /dev/stdin >"$T/csv2.jsonl"
is "$(jq -r --arg id "$id_conf" 'select(.[0] == $id) | .[10]' "$T/csv2.jsonl")" "Matches the filing." "csv: note"
"$CROSSCHECK" --db "$DB" annotate "$id_mb" --tag '=HYPERLINK("x")' --note '-1+1' --reviewer bob >/dev/null
"$CROSSCHECK" --db "$DB" export --format csv --only annotated | "$CSV" /dev/stdin >"$T/csv3.jsonl"
is "$(jq -r --arg id "$id_mb" 'select(.[0] == $id) | [.[10], .[11]] | @tsv' "$T/csv3.jsonl")" \
	"$(printf "'-1+1\t'=HYPERLINK(\"x\"),=cmd,dates")" "csv: cells starting with = or - made inert"
"$CROSSCHECK" --db "$DB" annotate "$id_mb" --note "$esc" --untag '=HYPERLINK("x")' --reviewer bob >/dev/null
"$CROSSCHECK" --db "$DB" export --format csv >"$T/esc.csv"
! grep -q $'\033' "$T/esc.csv"
ok $? "csv: no raw escape character"
if command -v python3 >/dev/null 2>&1; then
	python3 -c 'import csv, json, sys
for row in csv.reader(open(sys.argv[1], newline="", encoding="utf-8"), strict=True):
    print(json.dumps(row, ensure_ascii=False, separators=(",", ":")))' "$T/all.csv" >"$T/py.jsonl"
	is "$(jq -c . "$T/py.jsonl" | md5sum)" "$(jq -c . "$T/csv.jsonl" | md5sum)" "csv: python3's csv module reads the same rows"
else
	ok 0 "# SKIP python3 is not installed"
fi

# each claim's conflicts: the other side's claim, kind and severity, and
# its source, as `conflicts` lists them; who gave the verdict shown, when
"$CROSSCHECK" --db "$DB" conflicts --format jsonl >"$T/conf.jsonl"
want_with=$(jq -r --argjson id "$id_conf" 'select(.a.claim == $id or .b.claim == $id)
	| (if .a.claim == $id then .b else .a end) as $o | "claim \($o.claim) \(.kind) (\(.severity))"' "$T/conf.jsonl" | paste -sd';' | sed 's/;/; /g')
want_src=$(jq -r --argjson id "$id_conf" 'select(.a.claim == $id or .b.claim == $id)
	| if .a.claim == $id then .b.source else .a.source end' "$T/conf.jsonl" | awk '!seen[$0]++' | paste -sd';' | sed 's/;/; /g')
[ -n "$want_with" ]
ok $? "csv: the fixture's claim $id_conf is in a conflict"
is "$(jq -r --arg id "$id_conf" 'select(.[0] == $id) | .[14]' "$T/csv.jsonl")" "$want_with" \
	"csv: conflicts_with names each conflict's other claim, kind and severity"
is "$(jq -r --arg id "$id_conf" 'select(.[0] == $id) | .[15]' "$T/csv.jsonl")" "$want_src" \
	"csv: conflict_sources names the other sides' sources"
is "$(jq -r --arg id "$id_conf" 'select(.[0] == $id) | [.[16], (.[17] | test("^[0-9]{4}-[0-9]{2}-[0-9]{2}T"))] | @tsv' "$T/csv.jsonl")" \
	"$(printf 'alice\ttrue')" "csv: verdict_by and verdict_at"
mb_at=$(jq -r --argjson id "$id_mb" '.claims[] | select(.id == $id) | .history[] | select(.reviewer == "bob" and .verdict == "misleading") | .at' "$T/all.json" | head -n 1)
"$CSV" "$T/esc.csv" | jq -r --arg id "$id_mb" 'select(.[0] == $id) | [.[9], .[16], .[17]] | @tsv' >"$T/.by"
is "$(cat "$T/.by")" "$(printf 'misleading\tbob\t%s' "$mb_at")" \
	"csv: verdict_at is the time of the verdict's entry, not of a later note"
is "$(jq -r 'select(.[0] != "id" and .[9] == "") | .[16] + .[17]' "$T/csv.jsonl" | sort -u)" "" \
	"csv: no verdict, no verdict_by or verdict_at"
"$CROSSCHECK" --db "$DB" export --format csv --only conflicts | "$CSV" /dev/stdin >"$T/csvc.jsonl"
is "$(tail -n +2 "$T/csvc.jsonl" | jq -r '(.[14] | [scan("claim [0-9]+ ")] | length | tostring) == .[13]' | sort -u)" true \
	"csv --only conflicts: every row names as many conflicting claims as it counts"
is "$(jq -r --arg id "$id_conf" 'select(.[0] == $id) | .[14] + "|" + .[15]' "$T/csvc.jsonl")" "$want_with|$want_src" \
	"csv --only conflicts: the same columns"
if command -v python3 >/dev/null 2>&1; then
	note=$(printf 'Per the filing, "about 60"\nnot 50; see p. 4')
	cp "$DB" "$T/py.db"
	"$CROSSCHECK" --db "$T/py.db" annotate "$id_conf" --note "$note" --reviewer 'o"neil, j' >/dev/null
	"$CROSSCHECK" --db "$T/py.db" annotate "$id_conf" --verdict false --reviewer '@lee' >/dev/null
	"$CROSSCHECK" --db "$T/py.db" export --format csv -o "$T/py.csv" >/dev/null
	python3 -c 'import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8"), strict=True))
head = rows[0]
row = [r for r in rows[1:] if r[0] == sys.argv[2]][0]
d = dict(zip(head, row))
sys.stdout.write("\t".join([str(len(row)), d["verdict"], d["verdict_by"], d["conflicts"]]) + "\n" + d["note"])' \
		"$T/py.csv" "$id_conf" >"$T/py.out"
	is "$(head -n 1 "$T/py.out")" "$(printf '18\tfalse\t'"'"'@lee\t%s' "$(jq -r --arg id "$id_conf" 'select(.[0] == $id) | .[13]' "$T/csv.jsonl")")" \
		"csv: python3 reads 18 fields; a reviewer starting with @ made inert"
	is "$(tail -n +2 "$T/py.out")" "$note" "csv: python3 reads back a note with commas, quotes and a newline"
else
	ok 0 "# SKIP python3 is not installed"
	ok 0 "# SKIP python3 is not installed"
fi

# a figure's cell holds its unit and measure, as the json's slots do
mkdir -p "$T/quake"
printf 'Quake shakes Sonoma County\n\nHEALDSBURG, Calif. (March 4, 2025) - A magnitude 4.6 earthquake struck about 14 miles northeast of Healdsburg at a depth of 1.2 miles on Tuesday, the survey said on Wednesday.\n' >"$T/quake/quake.txt"
"$CROSSCHECK" --db "$T/quake.db" add --name quake.txt "$T/quake/quake.txt" >/dev/null 2>&1
"$CROSSCHECK" --db "$T/quake.db" export --format csv | "$CSV" /dev/stdin >"$T/quake.jsonl"
is "$(tail -n +2 "$T/quake.jsonl" | jq -r '.[8]' | grep number)" \
	"date=2025-03-04; number=4.6 magnitude; number~14 mile (from Healdsburg); number=1.2 mile (depth)" \
	"csv: slots carry the unit and the measure (a distance and a depth are told apart)"
is "$(tail -n +2 "$T/quake.jsonl" | jq -r '.[8]' | grep -c '^date=2025-02-26$')" 1 "csv: a date is its value alone"
is "$(tail -n +2 "$T/csv.jsonl" | jq -r '.[8]' | tr ';' '\n' | grep -o 'money=USD [0-9]*[^;]*' | grep -c ' USD')" 0 \
	"csv: money names its currency once"

# ---- markdown
run --db "$DB" export --format markdown
is "$rc" 0 "markdown: exit 0"
echo "$out" >"$T/all.md"
! LC_ALL=C grep -q $'[\001-\010\013-\037\177]' "$T/all.md"
ok $? "markdown: no control characters"
like "$out" "## Story: kaspersky" "markdown: a section per story (kaspersky)"
like "$out" "## Story: port-fire" "markdown: a section per story (port-fire)"
is "$(grep -c '^#### Conflict ' "$T/all.md")" "$(jq '.conflicts | length' "$T/all.json")" "markdown: every conflict"
is "$(grep '^#### Conflict ' "$T/all.md" | sed 's/^#### Conflict #\([0-9]*\):.*/\1/' | sort -n | tr '\n' ' ')" \
	"$(jq -r '.conflicts[].id' "$T/all.json" | sort -n | tr '\n' ' ')" "markdown: each conflict under its id, as conflicts names it"
like "$out" 'see ␛\[31mred␛\[0m \| \*AP\* \<b\>x\</b\> \& \$5' "markdown: untrusted text escaped and made inert"
like "$out" "Other verdicts: alice: false" "markdown: both reviewers' verdicts"
like "$out" "| Verdict | Source | Sentence | Claim | Note | Tags |" "markdown: a table of claims by verdict"
# a sentence with two claims (the quake's figures and "on Tuesday", the
# day it struck; the survey's saying "on Wednesday", the Wednesday before
# the dateline's Tuesday) is quoted once; each row shows its claim
"$CROSSCHECK" --db "$T/quake.db" export --format markdown >"$T/quake.md"
rows=$(sed -n '/^| Verdict/,/^$/p' "$T/quake.md" | tail -n +3 | grep .)
is "$(grep -c 'a depth of 1.2 miles' <<<"$rows")" 1 "markdown: a sentence holding two claims is quoted once"
is "$(grep -c '″ (the same sentence)' <<<"$rows")" 1 "markdown: its other claim's row says it is the same sentence"
is "$(sort <<<"$rows" | uniq -d)" "" "markdown: no two rows of the table read the same"
like "$(grep -o '| #1[ :][^|]*|' <<<"$rows")" ": date=2025-03-04; number=4.6 magnitude; number\\~14 mile (from Healdsburg); number=1.2 mile (depth) |" \
	"markdown: each row shows its claim's id and slots with units and measures"
bad=$(awk '/^\| Verdict/ { t = 1 } t && /^\|/ { n = gsub(/(^|[^\\])\|/, "&"); if (n != 7) print NR": "n } !/^\|/ { t = 0 }' "$T/all.md")
is "$bad" "" "markdown: every table row has 6 cells (| in text escaped)"
is "$(grep -c '^> ' "$T/all.md")" "$(( $(jq '.conflicts | length' "$T/all.json") * 4 ))" "markdown: both sentences of each conflict quoted"

# ---- wadm
run --db "$DB" export --format wadm -o "$T/wadm.json"
is "$rc" 0 "wadm: exit 0"
"$V" "$SCHEMA" --def wadm_collection "$T/wadm.json" >/dev/null 2>&1
ok $? "wadm: valid against the schema's wadm_collection"
is "$(jq -r '."@context"' "$T/wadm.json")" "http://www.w3.org/ns/anno.jsonld" "wadm: the Web Annotation context"
is "$(jq '.first.items | length' "$T/wadm.json")" "$nannotated" "wadm: one annotation per annotated claim"
key_mb=$(jq -r --argjson id "$id_mb" '.claims[] | select(.id == $id) | .key' "$T/all.json")
urn=$(jq -rn --arg k "$key_mb" '"urn:crosscheck:annotation:" + ($k | @uri)')
is "$(jq -r --arg u "$urn" '.first.items[] | select(.id == $u) | .target.source' "$T/wadm.json")" \
	"https://news.example.com/2024/07/03/mb" "wadm: target is the article's URL when known"
is "$(jq -r --arg u "$urn" '.first.items[] | select(.id == $u) | .target.selector[1] | "\(.start) \(.end)"' "$T/wadm.json")" \
	"$(jq -r --argjson id "$id_mb" '.claims[] | select(.id == $id) | "\(.start_cp) \(.end_cp)"' "$T/all.json")" \
	"wadm: TextPositionSelector in code points"
is "$(jq -r --arg u "$urn" '[.first.items[] | select(.id == $u) | .body[].purpose] | join(" ")' "$T/wadm.json")" \
	"assessing commenting tagging tagging" "wadm: verdict (assessing), note (commenting) and tag (tagging) bodies"
key_t=$(jq -r --argjson id "$id_t" '.claims[] | select(.id == $id) | .key' "$T/all.json")
urn_t=$(jq -rn --arg k "$key_t" '"urn:crosscheck:annotation:" + ($k | @uri)')
is "$(jq -r --arg u "$urn_t" '.first.items[] | select(.id == $u) | [.motivation, (.body[] | .purpose + ":" + .value)] | join(" ")' "$T/wadm.json")" \
	"tagging tagging:needs-source" "wadm: a tag-only claim: motivation tagging, one body a tag"
hash_t=$(jq -r --arg k "$key_t" '.claims[] | select(.key == $k) | .source as $s | $s' "$T/all.json")
is "$(jq -r --arg u "$urn_t" '.first.items[] | select(.id == $u) | .target.source' "$T/wadm.json")" \
	"urn:sha256:$(jq -r --arg n "$hash_t" '.sources[] | select(.name == $n) | .hash' "$T/all.json")" \
	"wadm: without a URL, the target is urn:sha256: of the text"

# ---- claimreview
run --db "$DB" export --format claimreview
is "$rc" 0 "claimreview: exit 0 without --review-url-base"
like "$err" "--review-url-base" "claimreview: warns that the url base is missing"
echo "$out" >"$T/cr0.json"
is "$(jq '[."@graph"[] | select(has("url"))] | length' "$T/cr0.json")" 0 "claimreview: no url without a base"
like "$err" "--publisher" "claimreview: warns that the publisher is missing"
run --db "$DB" export --format claimreview --review-url-base "https://checks.example.org/r/" --publisher 'Example Checks' -o "$T/cr.json"
is "$rc" 0 "claimreview: exit 0 with a base"
# alice said false, bob misleading: no rating to publish while they differ
like "$err" "left out, as the reviewers' latest verdicts differ" "claimreview: a claim whose reviewers disagree is left out, with a warning"
like "$err" "#$id_mb (alice: false, bob: misleading)" "... naming the claim and each reviewer's verdict"
is "$(grep -c 'warning: no' <<<"$err")" 0 "claimreview: no other warning with a base and a publisher"
"$V" "$SCHEMA" --def claimreview_graph "$T/cr.json" >/dev/null 2>&1
ok $? "claimreview: valid against the schema's claimreview_graph"
is "$(jq '."@graph" | length' "$T/cr.json")" 3 "claimreview: one review per claim with a verdict the reviewers agree on"
is "$(jq -r --arg k "$key_mb" '[."@graph"[] | select(.identifier == $k)] | length' "$T/cr.json")" 0 \
	"claimreview: the disputed claim has none"
# alice comes round to bob's verdict: published, the reviewer whose entry
# gives it a contributor of the publisher's review
"$CROSSCHECK" --db "$DB" annotate "$id_mb" --verdict misleading --reviewer alice >/dev/null
run --db "$DB" export --format claimreview --review-url-base "https://checks.example.org/r/" --publisher 'Example Checks' -o "$T/cr.json"
is "$err" "" "claimreview: no warning once the reviewers agree"
is "$(jq '."@graph" | length' "$T/cr.json")" 4 "claimreview: ... and the claim is published"
is "$(jq -r --arg k "$key_mb" '."@graph"[] | select(.identifier == $k) | [.reviewRating.alternateName, .reviewRating.ratingValue, .author."@type", .author.name, .contributor.name, .itemReviewed.appearance.url, .itemReviewed.author.name, .url] | @tsv' "$T/cr.json")" \
	"$(printf 'misleading\t2\tOrganization\tExample Checks\talice\thttps://news.example.com/2024/07/03/mb\tnews.example.com\thttps://checks.example.org/r/%s' "$(jq -rn --arg k "$key_mb" '$k | @uri')")" \
	"claimreview: rating, author (the publisher), contributor (the reviewer), appearance, the article's outlet and url"
run --db "$DB" export --format csv --publisher X
is "$rc" 2 "--publisher without claimreview is a usage error"
is "$(jq -r '."@graph"[] | select(.reviewRating.alternateName == "unverifiable") | .reviewRating | has("ratingValue")' "$T/cr.json")" \
	false "claimreview: unverifiable has no point on the rating scale"

# ---- filters
run --db "$DB" export --only annotated
is "$(jq '.claims | length' <<<"$out")" "$nannotated" "--only annotated: the annotated claims"
is "$(jq '[.claims[] | select(.history | length == 0)] | length' <<<"$out")" 0 "--only annotated: each has a history"
is "$(jq -c '[.sources[].name] | sort' <<<"$out")" "$(jq -c '[.claims[].source, (.conflicts[] | .a.source, .b.source)] | unique' <<<"$out")" \
	"--only annotated: the sources of those claims and of their conflicts' sides, no other"
run --db "$DB" export --only conflicts --format jsonl
is "$(jq -s '[.[] | select(.conflicts == 0)] | length' <<<"$out")" 0 "--only conflicts: each claim is in a conflict"
is "$(grep -c . <<<"$out")" "$(jq -s '[.[] | select(.conflicts > 0)] | length' <<<"$claims")" "--only conflicts: all of them"
run --db "$DB" export --source mb.txt --format jsonl
is "$(jq -r .source <<<"$out" | sort -u)" "mb.txt" "--source: one source's claims"
run --db "$DB" export --story port-fire
is "$(jq -r '[.claims[].story, .sources[].story, .conflicts[].story] | unique | join(" ")' <<<"$out")" "port-fire" \
	"--story: one story's claims, sources and conflicts"
"$V" "$SCHEMA" /dev/stdin <<<"$out" >/dev/null 2>&1
ok $? "--story: still valid against the schema"
run --db "$DB" export --source nosuch.txt -o "$T/none.json"
is "$rc" 1 "an unknown source is refused (exit 1)"
like "$err" "nosuch.txt" "... naming it"
check "... and no file is made" test ! -e "$T/none.json"
run --db "$DB" export --story nosuch -o "$T/none.json"
is "$rc" 1 "an unknown story is refused (exit 1)"
run --db "$DB" export --format xml
is "$rc" 2 "an unknown format is a usage error"
run --db "$DB" export --only some
is "$rc" 2 "an unknown --only is a usage error"
run --db "$DB" export --review-url-base http://x/
is "$rc" 2 "--review-url-base with json is a usage error (claimreview and wadm take it)"
run --db "$DB" export extra
is "$rc" 2 "a stray argument is a usage error"
run --db "$T/missing.db" export
is "$rc" 1 "a missing store is refused"
check "... and not created" test ! -e "$T/missing.db"
run export --db "$DB" --format jsonl --only annotated
is "$(grep -c . <<<"$out")" "$nannotated" "--db after the command works"
is "$("$CROSSCHECK" help export)" "$("$CROSSCHECK" export --help)" "help export and export --help agree"

# ---- -o FILE: atomic, never through a symlink
mkdir -p "$T/out"
run --db "$DB" export -o "$T/out/x.json"
is "$rc" 0 "-o: exit 0"
like "$out" "exported $nclaims claims (json) to" "-o: says what was written"
printf 'Fewer than 40 hikers were on the ridge on 3 May 2025.\n' >"$T/one.txt"
"$CROSSCHECK" --db "$T/one.db" add "$T/one.txt" >/dev/null
is "$("$CROSSCHECK" --db "$T/one.db" claims --format jsonl | grep -c .)" 1 "fixture: a store of one claim"
run --db "$T/one.db" export --only all --format markdown -o "$T/one.md"
like "$out" "exported 1 claim (markdown) to" "-o: one claim is 'claim', not 'claims'"
"$V" "$SCHEMA" "$T/out/x.json" >/dev/null 2>&1
ok $? "-o: the file is a valid export"
is "$(ls "$T/out")" "x.json" "-o: no temporary file left"
echo precious >"$T/victim"
ln -s "$T/victim" "$T/out/link.json"
run --db "$DB" export --format jsonl -o "$T/out/link.json"
is "$rc" 0 "-o onto a symbolic link: exit 0"
is "$(cat "$T/victim")" "precious" "-o never writes through a symbolic link"
check "... the link is replaced by the file" test -f "$T/out/link.json" -a ! -L "$T/out/link.json"
echo old >"$T/out/keep.json"
chmod 640 "$T/out/keep.json"
run --db "$DB" export --source nosuch.txt -o "$T/out/keep.json"
is "$(cat "$T/out/keep.json")" "old" "a refused export leaves the old file"
run --db "$DB" export -o "$T/out/keep.json"
is "$(stat -c %a "$T/out/keep.json")" 640 "-o keeps the mode of the file it replaces"
run --db "$DB" export -o "$T/out"
is "$rc" 1 "-o onto a directory is refused"
before=$(digest "$DB")
run --db "$DB" export -o "$DB"
is "$rc" 1 "-o naming the store itself is refused"
is "$(digest "$DB")" "$before" "... and the store is untouched"
run --db "$DB" export -o "$T/nodir/x.json"
is "$rc" 1 "-o into a missing folder is refused"
like "$err" "crosscheck: cannot create a file beside" "... with a clear message"
echo old >"$T/out/big.json"
(trap '' XFSZ; ulimit -f 40; "$CROSSCHECK" --db "$DB" export -o "$T/out/big.json") >/dev/null 2>"$T/.e"
is "$?" 1 "a write that fails half-way (file size limit) exits 1"
like "$(cat "$T/.e")" "cannot write" "... saying so"
is "$(cat "$T/out/big.json")" "old" "... and leaves the old file whole"
is "$(ls "$T/out" | grep -c tmp)" 0 "... and no temporary file"
if [ -w /dev/full ]; then
	"$CROSSCHECK" --db "$DB" export --format jsonl >/dev/full 2>"$T/.e"
	is "$?" 1 "export to a full standard output exits 1"
	like "$(cat "$T/.e")" "cannot write the export" "... saying so"
else
	ok 0 "# SKIP no /dev/full"
	ok 0 "# SKIP no /dev/full"
fi

# ---- streaming: a larger store exports with bounded memory
for i in $(seq 1 40); do
	sed "s/Kaspersky/Kaspersky$i/g" "$EX/kaspersky/capital-desk-report.txt" >"$T/big$i.txt"
done
"$CROSSCHECK" --db "$T/big.db" add --story big "$T"/big*.txt >/dev/null 2>&1
run --db "$T/big.db" export --format jsonl -o "$T/big.jsonl"
is "$(grep -c . "$T/big.jsonl")" "$("$CROSSCHECK" --db "$T/big.db" claims --format jsonl | grep -c .)" \
	"a larger store exports every claim"
# ---- a site's date banner is no article's date to publish
printf 'Friday, September 20, 2024\nFriday, September 20, 2024\n\nHarlow Ferries to cut crossings\n\nHarlow Ferries said it would cut 40 crossings a week from June 3.\n' >"$T/banner.txt"
printf 'Harlow Ferries trims timetable\n\nHarlow Ferries will cut 40 crossings a week, the company said.\n' >"$T/dated.txt"
"$CROSSCHECK" --db "$T/banner.db" add --story ferry --url "https://news.example.com/ferry" "$T/banner.txt" >/dev/null
"$CROSSCHECK" --db "$T/banner.db" add --story ferry --date 2024-09-21 --url "https://news.example.com/ferry2" "$T/dated.txt" >/dev/null
for id in $("$CROSSCHECK" --db "$T/banner.db" claims --format jsonl | jq -r .id); do
	"$CROSSCHECK" --db "$T/banner.db" annotate "$id" --verdict true >/dev/null
done
run --db "$T/banner.db" export --format json
is "$(jq -r '.sources[] | "\(.name) \(.date) \(.date_origin)"' <<<"$out" | sort)" \
	"banner.txt 2024-09-20 banner
dated.txt 2024-09-21 option" "json: each source says where its date was found"
run --db "$T/banner.db" export --format claimreview --review-url-base "https://checks.example.org/r/" --publisher 'Example Checks'
is "$(jq -r '."@graph"[] | .itemReviewed | "\(.appearance.url) \(.datePublished // "none") \(.appearance.datePublished // "none")"' <<<"$out" | sort -u)" \
	"https://news.example.com/ferry none none
https://news.example.com/ferry2 2024-09-21 2024-09-21" "claimreview: a banner's date is not published as the article's; a given date is"
run --db "$T/banner.db" export --format markdown --only all
like "$out" "| 2024-09-20 (site banner) |" "markdown: a banner's date says so in the sources table"
unlike "$out" "2024-09-21 (site banner)" "... and only a banner's"
done_testing
