#!/usr/bin/env bash
# crosscheck import and agreement: a json export merged into a fresh store
# holding the same sources (added in another order, under other names),
# twice without duplicates; claims that cannot be placed reported; broken,
# foreign and bad files refused with the store untouched; an import under
# injected faults; reviewers' disagreements and Cohen's kappa; two stores
# that import each other's annotations show the same current state
# (README: "Annotations from several reviewers").
. "$top_srcdir/tests/cli/lib.sh"
EX="$top_srcdir/examples"
HELPER="$top_builddir/tests/export/store_helper"

"$CROSSCHECK" help import >/dev/null 2>&1 || skip_all "the import command is not registered in src/cli.c yet"
command -v jq >/dev/null 2>&1 || skip_all "jq is not installed"

# ---- store A: two stories, annotated by three reviewers
A="$T/a.db"
"$CROSSCHECK" --db "$A" add --story kaspersky "$EX"/kaspersky/*.txt >/dev/null
"$CROSSCHECK" --db "$A" add --story port-fire "$EX"/port-fire/*.txt >/dev/null
mapfile -t ids < <("$CROSSCHECK" --db "$A" claims --source capital-desk-report.txt --format jsonl | jq -r .id)
port=$("$CROSSCHECK" --db "$A" claims --source coastline-gazette.txt --format jsonl | jq -r .id | head -n 1)
test "${#ids[@]}" -ge 6 -a -n "$port"
ok $? "fixture: claims to annotate"
ann() { "$CROSSCHECK" --db "$A" annotate "$@" >/dev/null; }
# alice and bob judge four claims the same: kappa over
#   c0 true/true, c1 false/false, c2 true/false, c3 misleading/misleading
ann "${ids[0]}" --verdict true --note 'Agrees with the filing | p. 3' --tag checked --reviewer alice
ann "${ids[0]}" --verdict true --reviewer bob
ann "${ids[1]}" --verdict false --reviewer alice
ann "${ids[1]}" --verdict false --reviewer bob
ann "${ids[2]}" --verdict true --reviewer alice
ann "${ids[2]}" --verdict false --note 'The date is wrong.' --reviewer bob
ann "${ids[3]}" --verdict misleading --reviewer alice
ann "${ids[3]}" --verdict misleading --reviewer bob
# bob's verdict on c4 is taken back: he has none there
ann "${ids[4]}" --verdict true --reviewer bob
"$CROSSCHECK" --db "$A" annotate --undo --reviewer bob >/dev/null
ann "${ids[4]}" --verdict unverifiable --reviewer carol
ann "$port" --verdict false --note 'Port fire: wrong toll.' --reviewer carol
"$HELPER" session-note "$A" "${ids[5]}" dave true 'From a session.'

# ---- agreement
run --db "$A" agreement
is "$rc" 0 "agreement: exit 0"
like "$out" "alice / bob  claims 4  agree 3  observed 0.750  expected 0.312  kappa 0.636" \
	"agreement: Cohen's kappa of alice and bob (0.636 by hand)"
like "$out" "claim ${ids[2]}  capital-desk-report.txt  alice: true, bob: false" "agreement: the disagreement listed"
is "$(grep -c '^  claim ' <<<"$out")" 1 "agreement: only the one disagreement"
unlike "$out" "carol" "agreement: reviewers without a shared claim form no pair"
run --db "$A" agreement --format jsonl
is "$(jq -r 'select(.type == "pair") | "\(.reviewers | join("/")) \(.claims) \(.agree) \(.kappa * 1000 | round)"' <<<"$out")" \
	"alice/bob 4 3 636" "agreement jsonl: the pair"
is "$(jq -r 'select(.type == "disagreement") | [.claim, (.verdicts | map(.reviewer + "=" + .verdict) | join(","))] | @tsv' <<<"$out")" \
	"$(printf '%s\talice=true,bob=false' "${ids[2]}")" "agreement jsonl: the disagreement"
run --db "$A" agreement --story port-fire
like "$out" "No two reviewers" "agreement --story: only that story's claims"
run --db "$A" agreement --story nosuch
is "$rc" 1 "agreement: a story no source belongs to is refused (exit 1), as conflicts and export refuse it"
like "$err" "belongs to the story 'nosuch'" "agreement --story nosuch: the error names the story"
is "$out" "" "agreement --story nosuch: nothing on standard output"
run --db "$A" agreement --format xml
is "$rc" 2 "agreement: a bad format is a usage error"
is "$("$CROSSCHECK" help agreement)" "$("$CROSSCHECK" agreement --help)" "help agreement and agreement --help agree"
is "$("$CROSSCHECK" help import)" "$("$CROSSCHECK" import --help)" "help import and import --help agree"

# ---- export A, import into B (same sources, reversed order, other names)
run --db "$A" export -o "$T/a.json"
is "$rc" 0 "export of A"
B="$T/b.db"
for f in $(ls "$EX"/kaspersky/*.txt | sort -r); do
	"$CROSSCHECK" --db "$B" add --story k --name "copy-of-$(basename "$f")" "$f" >/dev/null
done
for f in $(ls "$EX"/port-fire/*.txt | sort -r); do
	"$CROSSCHECK" --db "$B" add --story p --name "copy-of-$(basename "$f")" "$f" >/dev/null
done
before=$(digest "$B")
run --db "$B" import --dry-run "$T/a.json"
is "$rc" 0 "import --dry-run: exit 0"
like "$out" "would import 13 annotation entries for 7 claims" "import --dry-run: says what it would do"
is "$(digest "$B")" "$before" "import --dry-run: the store is untouched"
run --db "$B" import "$T/a.json"
is "$rc" 0 "import: exit 0"
like "$out" "imported 13 annotation entries for 7 claims from" "import: counts entries and claims"
hist() { # the annotated claims' logs, keyed by claim key, without actions and local ids
	"$CROSSCHECK" --db "$1" export --only annotated --format jsonl |
		jq -c '{key, text, verdict, note, tags, h: [.history[] | [.reviewer, .at, .verdict, .note, .tags]]}' | sort
}
is "$(hist "$B" | md5sum)" "$(hist "$A" | md5sum)" "import: B now holds A's annotations, claim by claim, by key"
is "$("$CROSSCHECK" --db "$B" export --only annotated --format jsonl | jq -r '.history[].action' | sort -u)" "import" \
	"import: entries are stored with action 'import'"
is "$("$CROSSCHECK" --db "$B" export --only annotated --format jsonl | jq -r '.history[].session' | sort -u)" "null" \
	"import: another store's session ids are not carried over"
run --db "$B" agreement
like "$out" "alice / bob  claims 4  agree 3  observed 0.750  expected 0.312  kappa 0.636" \
	"import: both reviewers' verdicts kept (the same kappa in B)"
after=$(digest "$B")
run --db "$B" import "$T/a.json"
is "$rc" 0 "import twice: exit 0"
like "$out" "imported 0 annotation entries for 7 claims" "import twice: nothing new"
like "$out" "13 already here" "import twice: every entry recognised"
is "$(digest "$B")" "$after" "import twice: the store is unchanged (no duplicates)"
run --db "$A" import "$T/a.json"
like "$out" "imported 0 annotation entries" "import into the store it came from adds nothing"

# a newer verdict in B travels back to A
"$CROSSCHECK" --db "$B" annotate "$("$CROSSCHECK" --db "$B" export --only annotated --format jsonl | jq -r 'select(.verdict == "misleading") | .id')" \
	--verdict false --reviewer erin >/dev/null
"$CROSSCHECK" --db "$B" export -o "$T/b.json" >/dev/null
run --db "$A" import "$T/b.json"
like "$out" "imported 1 annotation entry for 7 claims" "import back: only the new entry"
is "$("$CROSSCHECK" --db "$A" export --only annotated --format jsonl | jq -r 'select(.history[-1].reviewer == "erin") | .verdict')" \
	"false" "import back: erin's verdict is the claim's latest state in A"

# ---- claims that cannot be placed
C="$T/c.db"
"$CROSSCHECK" --db "$C" add --story k "$EX"/kaspersky/*.txt >/dev/null
run --db "$C" import "$T/a.json"
is "$rc" 0 "a store without the port-fire sources: exit 0"
like "$err" "skipped 1 annotated claim of coastline-gazette.txt: that source is not in this store" \
	"... reports the claims of sources it does not hold"
like "$out" "imported 12 annotation entries for 6 claims" "... and imports the rest"
key=$(jq -r --argjson id "${ids[2]}" '.claims[] | select(.id == $id) | .key' "$T/a.json")
jq --arg k "$key" '(.claims[] | select(.key == $k) | .key) |= sub("#[0-9]+$"; "#9")' "$T/a.json" >"$T/moved.json"
D="$T/d.db"
"$CROSSCHECK" --db "$D" add --story k "$EX"/kaspersky/*.txt >/dev/null
# all or nothing: one claim not placed and nothing is written (the .db's
# bytes, and its -wal's, unchanged); --partial imports the others
md5() { cat "$1" "$1-wal" 2>/dev/null | md5sum; }
d_md5=$(md5 "$D")
d_was=$(digest "$D")
run --db "$D" import "$T/moved.json"
is "$rc" 1 "a claim key that is not here: exit 1"
like "$err" "could not place claim ${key%#*}#9 of capital-desk-report.txt (no claim with this key" \
	"... names the claim it could not place"
like "$err" "$T/moved.json: nothing imported: 1 annotated claim of a source this store holds could not be placed (above); the other 10 annotation entries, for 5 claims, could be placed: 'crosscheck import --partial $T/moved.json' imports them" \
	"... imports nothing, says how many entries could be placed and that --partial imports them"
is "$out" "" "... and prints no summary of an import that did not happen"
is "$(md5 "$D")" "$d_md5" "... the .db file is byte for byte as it was"
is "$(digest "$D")" "$d_was" "... and so is its content"
run --db "$D" import --dry-run "$T/moved.json"
is "$rc" 1 "--dry-run of the same: exit 1, as the import would"
like "$err" "nothing would be imported (--dry-run): 1 annotated claim of a source this store holds could not be placed (above); the other 10 annotation entries, for 5 claims, would be placed" \
	"... says the import would write nothing, and what --partial would"
is "$(md5 "$D")" "$d_md5" "... the .db file unchanged"
run --db "$D" import --partial --dry-run "$T/moved.json"
is "$rc" 0 "--partial --dry-run: exit 0"
like "$out" "would import 10 annotation entries for 5 claims from $T/moved.json (0 already here, 1 claim of sources not here, 1 claim not placed); nothing changed (--dry-run)" \
	"... reports what --partial would place and what not"
is "$(md5 "$D")" "$d_md5" "... the .db file unchanged"
run --db "$D" import --partial "$T/moved.json"
is "$rc" 0 "--partial: exit 0 (the user asked for what can be placed)"
like "$err" "could not place claim ${key%#*}#9 of capital-desk-report.txt" "... still names the claim it could not place"
like "$out" "imported 10 annotation entries for 5 claims" "... places the others, never guessing"
is "$("$CROSSCHECK" --db "$D" export --only annotated --format jsonl | grep -c .)" 5 "... five claims annotated"
d_md5=$(md5 "$D")
run --db "$D" import "$T/moved.json"
is "$rc" 1 "the same file again without --partial: exit 1 (a claim still cannot be placed)"
like "$err" "nothing imported: 1 annotated claim of a source this store holds could not be placed (above); no other entry in it is new here" \
	"... and says nothing else in it is new"
is "$(md5 "$D")" "$d_md5" "... the .db file unchanged"
jq --arg k "$key" '(.claims[] | select(.key == $k) | .text) |= "Something else entirely."' "$T/a.json" >"$T/changed.json"
E="$T/e.db"
"$CROSSCHECK" --db "$E" add --story k "$EX"/kaspersky/*.txt >/dev/null
e_md5=$(md5 "$E")
run --db "$E" import "$T/changed.json"
is "$rc" 1 "a key whose sentence differs here: exit 1"
like "$err" "another sentence or event" "... says why"
like "$err" "nothing imported" "... and imports nothing"
is "$(md5 "$E")" "$e_md5" "... the .db file unchanged"

# ---- refused files leave the store untouched
before=$(digest "$B")
refuse() { # FILE PATTERN DESCRIPTION
	run --db "$B" import "$1"
	is "$rc" 1 "$3: exit 1"
	like "$err" "$2" "$3: a clear message"
	is "$(digest "$B")" "$before" "$3: the store is untouched"
}
head -c 3000 "$T/a.json" >"$T/truncated.json"
run --db "$B" import "$T/truncated.json"
is "$rc" 1 "truncated JSON: exit 1"
[[ $err =~ ^crosscheck:\ .*truncated\.json:[0-9]+:[0-9]+:\ not\ valid\ JSON ]]
ok $? "truncated JSON: the message names the file, line and column"
is "$(digest "$B")" "$before" "truncated JSON: the store is untouched"
printf '{"a": 1,, "b": 2}' >"$T/syntax.json"
refuse "$T/syntax.json" "syntax.json:1:" "a syntax error"
printf '{"hello": "world"}' >"$T/foreign.json"
refuse "$T/foreign.json" "foreign.json: not a crosscheck export" "a foreign JSON object"
printf '[{"key": "x"}]' >"$T/array.json"
refuse "$T/array.json" "array.json: not a crosscheck export" "a JSON array"
"$CROSSCHECK" --db "$A" export --format jsonl >"$T/lines.jsonl"
refuse "$T/lines.jsonl" "lines.jsonl:" "a jsonl export"
"$CROSSCHECK" --db "$A" export --format wadm >"$T/wadm.json"
refuse "$T/wadm.json" "not a crosscheck export" "a wadm export"
jq '(.claims[] | select(.history | length > 0) | .history[0].verdict) |= "sort of"' "$T/a.json" >"$T/verdict.json"
refuse "$T/verdict.json" '"verdict": "sort of" is not a verdict' "a bad verdict"
jq '(.claims[] | select(.history | length > 0) | .history[0].at) |= "yesterday"' "$T/a.json" >"$T/at.json"
refuse "$T/at.json" "is not a UTC time" "a bad time"
jq '.version = 3' "$T/a.json" >"$T/v3.json"
refuse "$T/v3.json" "newer than this crosscheck reads" "a newer version"
jq '(.claims[-1].history) |= . + [{"reviewer":"x","session":null,"at":"2024-01-01T00:00:00Z","action":"set","verdict":"nope","note":null,"tags":[]}]' \
	"$T/a.json" >"$T/late.json"
refuse "$T/late.json" "is not a verdict" "a bad entry after good ones (nothing half-imported)"
refuse "$T/nonexistent.json" "cannot open" "a missing file"
refuse "$T" "is a directory" "a directory"
run --db "$B" import
is "$rc" 2 "import without FILE: usage error"
run --db "$B" import "$T/a.json" "$T/b.json"
is "$rc" 2 "import of two files: usage error"
run --db "$T/none.db" import "$T/a.json"
is "$rc" 1 "import into a missing store: exit 1"
check "... which is not created" test ! -e "$T/none.db"
run_in "$T/a.json" --db "$B" import -
is "$rc" 0 "import from standard input"

# ---- a store failure at any step leaves the log as it was
F="$T/f.db"
"$CROSSCHECK" --db "$F" add --story k "$EX"/kaspersky/*.txt >/dev/null
"$HELPER" import-faults "$F" "$T/a.json" >"$T/.f"
ok $? "import under injected faults: every failed attempt left the log unchanged"
like "$(cat "$T/.f")" "import succeeded after" "... and the import then succeeds"
is "$(hist "$F" | md5sum)" "$(hist "$C" | md5sum)" "... with the same result as a plain import"
# ---- two reviewers, two stores, imports both ways: the same current state
M="$T/m.db"; N="$T/n.db"
"$CROSSCHECK" --db "$M" add --story k "$EX"/kaspersky/*.txt >/dev/null
"$CROSSCHECK" --db "$N" add --story k "$EX"/kaspersky/*.txt >/dev/null
mid=$("$CROSSCHECK" --db "$M" claims --format jsonl | jq -r .id | sed -n 4p)
nid=$("$CROSSCHECK" --db "$N" claims --format jsonl | jq -r .id | sed -n 4p)
"$CROSSCHECK" --db "$M" annotate "$mid" --verdict false --note 'Alice: wrong year' --tag dur --reviewer alice >/dev/null
"$CROSSCHECK" --db "$N" annotate "$nid" --verdict true --note 'Bob: matches' --reviewer bob >/dev/null
"$CROSSCHECK" --db "$M" export -o "$T/m.json" >/dev/null
"$CROSSCHECK" --db "$N" export --only annotated -o "$T/n.json" >/dev/null
"$CROSSCHECK" --db "$N" import "$T/m.json" >/dev/null
"$CROSSCHECK" --db "$M" import "$T/n.json" >/dev/null
state() { # DB ID: the claim's current state (verdict, note, tags) in the json export
	"$CROSSCHECK" --db "$1" export --format jsonl | jq -c --argjson id "$2" 'select(.id == $id) | [.verdict, .note, .tags]'
}
formats() { # DB: what every format shows of the current states (no store path, no history)
	"$CROSSCHECK" --db "$1" export --format jsonl | jq -c '[.id, .verdict, .note, .tags, .notes]'
	"$CROSSCHECK" --db "$1" export --format csv
	"$CROSSCHECK" --db "$1" export --format markdown | grep -v '\.db'
	"$CROSSCHECK" --db "$1" export --format wadm | jq -c '.first.items[] | [.body, .creator, .modified]'
	"$CROSSCHECK" --db "$1" export --format claimreview | jq -c '.'
}
is "$(state "$M" "$mid" | head -n 1)" '["true","Bob: matches",["dur"]]' \
	"imports both ways: bob's newer verdict and note, alice's tag kept (alice's store)"
is "$(state "$N" "$nid" | head -n 1)" '["true","Bob: matches",["dur"]]' \
	"imports both ways: the same in bob's store, though it imported alice's older entry last"
is "$(formats "$M" | md5sum)" "$(formats "$N" | md5sum)" \
	"imports both ways: json, csv, markdown, wadm and claimreview exports agree between the stores"
like "$("$CROSSCHECK" --db "$M" export --format markdown)" "Tags: dur" "markdown: alice's tag in the current state"
is "$("$CROSSCHECK" --db "$M" annotate "$mid" --history | grep -c .)" 2 "annotate --history: both entries in the log"
run --db "$M" annotate "$mid" --tag checked --reviewer alice
like "$out" "verdict true, note \"Bob: matches\", tags checked,dur" "annotate --tag shows the merged state: bob's verdict, alice's tags"
like "$("$CROSSCHECK" --db "$M" annotate "$mid" --history | tail -n 1)" "set    alice  verdict false  tags checked,dur" \
	"... and alice's entry carries her own verdict, not bob's"
# an older verdict imported does not override a newer local one; a newer one does
jq '(.claims[] | .history[]? | .at) |= "2001-01-01T00:00:00.000Z" | (.claims[] | .history[]? | .reviewer) |= "olga"
	| (.claims[] | .history[]? | .verdict) |= "misleading"' "$T/m.json" >"$T/old.json"
"$CROSSCHECK" --db "$N" import "$T/old.json" >/dev/null
is "$(state "$N" "$nid" | head -n 1)" '["true","Bob: matches",["dur"]]' "an older imported verdict does not override"
soon=$(date -u -d '+1 hour' +%Y-%m-%dT%H:%M:%SZ)
jq --arg soon "$soon" '(.claims[] | .history[]? | .at) |= $soon | (.claims[] | .history[]? | .reviewer) |= "nina"
	| (.claims[] | .history[]? | .verdict) |= "unverifiable" | (.claims[] | .history[]? | .tags) |= []' "$T/m.json" >"$T/new.json"
"$CROSSCHECK" --db "$N" import "$T/new.json" >/dev/null
is "$(state "$N" "$nid" | head -n 1)" '["unverifiable","Alice: wrong year",["dur"]]' \
	"a newer imported verdict wins; a reviewer who never had the tag does not remove it"
# undo after imports: the reviewer's own latest change goes, nothing else
"$CROSSCHECK" --db "$M" annotate "$mid" --verdict misleading --untag dur --reviewer alice >/dev/null
"$CROSSCHECK" --db "$M" annotate --undo --reviewer alice >/dev/null
is "$(state "$M" "$mid" | head -n 1)" '["true","Bob: matches",["checked","dur"]]' "undo after imports: bob's verdict and the tag are back"
"$CROSSCHECK" --db "$M" annotate --redo --reviewer alice >/dev/null
is "$(state "$M" "$mid" | head -n 1)" '["misleading","Bob: matches",["checked"]]' "redo after imports: alice's change again"
run --db "$M" agreement
like "$out" "alice / bob  claims 1  agree 0" "agreement: each reviewer's own latest verdict"
# ---- a tag or a note alone gives no verdict: bob's newer verdict, imported
# after alice tagged the claim, is the one shown
P="$T/p.db"; Q="$T/q.db"
"$CROSSCHECK" --db "$P" add --story k "$EX"/kaspersky/*.txt >/dev/null
"$CROSSCHECK" --db "$Q" add --story k "$EX"/kaspersky/*.txt >/dev/null
pid=$("$CROSSCHECK" --db "$P" claims --format jsonl | jq -r .id | sed -n 2p)
qid=$("$CROSSCHECK" --db "$Q" claims --format jsonl | jq -r .id | sed -n 2p)
"$CROSSCHECK" --db "$Q" annotate "$qid" --verdict true --reviewer bob >/dev/null
"$CROSSCHECK" --db "$Q" export -o "$T/q1.json" >/dev/null
"$CROSSCHECK" --db "$P" import "$T/q1.json" >/dev/null
"$CROSSCHECK" --db "$Q" annotate "$qid" --verdict false --reviewer bob >/dev/null
run --db "$P" annotate "$pid" --tag checked --note 'Alice: see the filing' --reviewer alice
like "$out" "verdict true, note \"Alice: see the filing\", tags checked" "a tag and a note alone: bob's verdict shown"
"$CROSSCHECK" --db "$Q" export -o "$T/q2.json" >/dev/null
"$CROSSCHECK" --db "$P" import "$T/q2.json" >/dev/null
is "$(state "$P" "$pid")" '["false","Alice: see the filing",["checked"]]' \
	"bob's newer verdict, imported after alice's tag and note, is shown"
run --db "$P" agreement
like "$out" "No two reviewers" "agreement: alice gave no verdict, so there is no pair"
run --db "$P" annotate "$pid" --untag checked --reviewer dora
like "$out" "claim $pid: verdict false" "another reviewer's --untag removes alice's tag"
is "$(state "$P" "$pid")" '["false","Alice: see the filing",[]]' "... and keeps the verdict and note"
# ---- times: a date in the future is refused naming the file and the claim;
# every imported time is stored with milliseconds, so times sort as text
jq '(.claims[] | select(.history | length > 0) | .history[0].at) |= "2999-01-01T00:00:00Z"' "$T/q2.json" >"$T/future.json"
run --db "$P" import "$T/future.json"
is "$rc" 1 "a time in the future: exit 1"
[[ $err =~ future\.json:\ claims\[[0-9]+\]\.history\[0\]:\ \"at\":\ \"2999-01-01T00:00:00Z\"\ is\ in\ the\ future\ \(claim\ \"[0-9a-f]+: ]]
ok $? "... the message names the file, the entry and the claim"
jq '(.claims[] | select(.history | length > 0) | .history[0].at) |= "2024-02-30T10:00:00Z"' "$T/q2.json" >"$T/feb30.json"
run --db "$P" import "$T/feb30.json"
like "$err" '"at": "2024-02-30T10:00:00Z" is not a UTC time' "a day the month does not have is refused"
jq '(.claims[] | select(.history | length > 0) | .history[0]) |= (.at = "2024-06-01T10:00:00Z" | .reviewer = "olga")' \
	"$T/q2.json" >"$T/short.json"
"$CROSSCHECK" --db "$P" import "$T/short.json" >/dev/null
like "$("$CROSSCHECK" --db "$P" annotate "$pid" --history | head -n 1)" "2024-06-01T10:00:00.000Z  import olga" \
	"an imported time without milliseconds is stored with them, and --history lists by time"
done_testing
