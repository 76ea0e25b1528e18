#!/usr/bin/env bash
# The two-reviewer workflow (alice reviews and exports; bob imports, reviews
# and exports; alice imports bob's): a verdict or note restated after a
# colleague's newer one holds; stores that import the same entries in
# another order show the same states (README: "Annotations from several
# reviewers"); import says why the claims of a same-named source with
# other text are not placed, and names the claims whose verdict it changed;
# the history does not read bob's --untag of alice's tag as bob adding it.
. "$top_srcdir/tests/cli/lib.sh"
EX="$top_srcdir/examples"

command -v jq >/dev/null 2>&1 || skip_all "jq is not installed"

BASE="$T/base.db"
"$CROSSCHECK" --db "$BASE" add --story k "$EX"/kaspersky/*.txt >/dev/null
c=$("$CROSSCHECK" --db "$BASE" claims --format jsonl | jq -r .id | sed -n 4p)
test -n "$c"
ok $? "fixture: a store of the kaspersky story"
# what a claim shows: verdict, note, tags
shown() { "$CROSSCHECK" --db "$1" claims --format jsonl | jq -c "select(.id == $2) | [.verdict, .note, .tags]"; }

# ---- 1: alice's false, then bob's newer true imported; alice restates
A="$T/a.db" B="$T/b.db"
cp "$BASE" "$A"
"$CROSSCHECK" --db "$A" annotate "$c" --verdict false --note 'the filing says otherwise' --reviewer alice >/dev/null
"$CROSSCHECK" --db "$A" export -o "$T/a.json" >/dev/null
cp "$BASE" "$B"
"$CROSSCHECK" --db "$B" import "$T/a.json" >/dev/null
"$CROSSCHECK" --db "$B" annotate "$c" --verdict true --note 'two outlets agree' --reviewer bob >/dev/null
"$CROSSCHECK" --db "$B" export -o "$T/b.json" >/dev/null
"$CROSSCHECK" --db "$A" import "$T/b.json" >/dev/null
is "$(shown "$A" "$c")" '["true","two outlets agree",[]]' "alice's store shows bob's newer verdict and note"
run --db "$A" annotate "$c" --verdict false --reviewer alice
is "$rc:$out" "0:claim $c: verdict false, note \"two outlets agree\", no tags" \
	"alice restates her verdict after bob's newer one: it is written and shown"
is "$(shown "$A" "$c")" '["false","two outlets agree",[]]' "... and the claim shows false"
like "$("$CROSSCHECK" --db "$A" annotate "$c" --history | tail -n 1)" "set    alice  verdict false  note the filing says otherwise  claim verdict false" \
	"... the history says the entry set the claim's verdict"
run --db "$A" annotate "$c" --note 'the filing says otherwise' --reviewer alice
is "$(shown "$A" "$c")" '["false","the filing says otherwise",[]]' "alice re-enters her note: it is shown again"
run --db "$A" annotate "$c" --verdict false --reviewer alice
like "$out" "nothing changed: alice already holds verdict false; verdict false" \
	"restating what the claim already shows changes nothing"
run --db "$A" annotate "$c" --note 'the filing says otherwise' --reviewer alice
like "$out" "nothing changed" "... for the note too"
# a tag alone does not restate her verdict over a newer one
"$CROSSCHECK" --db "$A" annotate "$c" --verdict misleading --reviewer bob >/dev/null
"$CROSSCHECK" --db "$A" annotate "$c" --tag memo --reviewer alice >/dev/null
is "$(shown "$A" "$c" | jq -r '.[0]')" misleading "a tag by alice leaves bob's newer verdict"
# undo of the restatement brings back what the claim showed before it
"$CROSSCHECK" --db "$A" annotate "$c" --verdict false --reviewer alice >/dev/null
"$CROSSCHECK" --db "$A" annotate --undo --reviewer alice >/dev/null
is "$(shown "$A" "$c" | jq -r '.[0]')" misleading "undo of a restated verdict: bob's is shown again"
# the other store merges the restatement alike
"$CROSSCHECK" --db "$A" annotate --redo --reviewer alice >/dev/null
"$CROSSCHECK" --db "$A" export -o "$T/a2.json" >/dev/null
"$CROSSCHECK" --db "$B" import "$T/a2.json" >/dev/null
"$CROSSCHECK" --db "$B" export -o "$T/b2.json" >/dev/null
"$CROSSCHECK" --db "$A" import "$T/b2.json" >/dev/null
is "$(shown "$B" "$c")" "$(shown "$A" "$c")" "bob's store, importing alice's, shows what hers shows"
is "$(shown "$B" "$c")" '["false","the filing says otherwise",["memo"]]' "... her restated verdict"

# ---- 2: entries of one reviewer in the same millisecond with different
# notes, from two stores: whatever the order of the imports, the stores
# show the same
P="$T/p.db" Q="$T/q.db"
cp "$BASE" "$P"
cp "$BASE" "$Q"
"$CROSSCHECK" --db "$P" annotate "$c" --note 'first wording' --verdict true --reviewer carol >/dev/null
"$CROSSCHECK" --db "$Q" annotate "$c" --note 'second wording' --verdict true --reviewer carol >/dev/null
"$CROSSCHECK" --db "$P" annotate "$c" --verdict false --reviewer dan >/dev/null
"$CROSSCHECK" --db "$Q" annotate "$c" --verdict unverifiable --reviewer erin >/dev/null
for s in p q; do
	"$CROSSCHECK" --db "$T/$s.db" export -o "$T/$s.json" >/dev/null
	jq '(.claims[].history[].at) |= "2025-03-04T05:06:07.089Z"' "$T/$s.json" >"$T/$s-same.json"
done
X1="$T/x1.db" X2="$T/x2.db"
cp "$BASE" "$X1"
cp "$BASE" "$X2"
"$CROSSCHECK" --db "$X1" import "$T/p-same.json" >/dev/null
"$CROSSCHECK" --db "$X1" import "$T/q-same.json" >/dev/null
"$CROSSCHECK" --db "$X2" import "$T/q-same.json" >/dev/null
"$CROSSCHECK" --db "$X2" import "$T/p-same.json" >/dev/null
is "$("$CROSSCHECK" --db "$X1" claims --format jsonl)" "$("$CROSSCHECK" --db "$X2" claims --format jsonl)" \
	"one time, imports in opposite orders: claims --format jsonl the same"
ex() { "$CROSSCHECK" --db "$1" export | jq -S 'del(.exported, .store)'; }
is "$(ex "$X1")" "$(ex "$X2")" "... and the export the same (but for its time and store)"
is "$("$CROSSCHECK" --db "$X1" annotate "$c" --history)" "$("$CROSSCHECK" --db "$X2" annotate "$c" --history)" \
	"... and the history in the same order"
# a reviewer's own entries written in one transaction keep their order
R="$T/r.db"
cp "$BASE" "$R"
"$CROSSCHECK" --db "$R" annotate "$c" --tag zahlen --reviewer alice >/dev/null
"$CROSSCHECK" --db "$R" annotate "$c" --untag zahlen --tag memo --reviewer bob >/dev/null
is "$(shown "$R" "$c" | jq -c '.[2]')" '["memo"]' "bob's --untag of alice's tag removes it"
times=$("$CROSSCHECK" --db "$R" annotate "$c" --history | awk '{print $1}')
is "$(sort -u <<<"$times" | wc -l)" "$(wc -l <<<"$times")" "... no two of the claim's entries share a time"

# ---- 3: a source of the same name with other text (one word changed):
# its claims are not placed, and the message says why and what to do
mkdir -p "$T/edited"
cp "$EX"/kaspersky/*.txt "$T/edited/"
sed -i '0,/company/s/company/firm/' "$T/edited/capital-desk-report.txt"
E="$T/e.db"
"$CROSSCHECK" --db "$E" add --story k "$T/edited"/*.txt >/dev/null
e_md5=$(cat "$E" "$E-wal" 2>/dev/null | md5sum)
run --db "$E" import "$T/a.json"
is "$rc" 1 "import onto a same-named source with other text: exit 1 (annotated claims of a source held here not placed)"
like "$err" "skipped 1 annotated claim of capital-desk-report.txt: a source of that name is in this store, but its text differs" \
	"... the message says the source is here with other text"
like "$err" "'crosscheck remove --force capital-desk-report.txt', then 'crosscheck add' the exporter's file" \
	"... and what to do"
unlike "$err" "not in this store" "... not that the source is missing"
like "$err" "nothing imported: 1 annotated claim of a source this store holds could not be placed" \
	"... and nothing is imported"
is "$(cat "$E" "$E-wal" 2>/dev/null | md5sum)" "$e_md5" "... the .db file unchanged"
run --db "$E" import --dry-run "$T/a.json"
is "$rc" 1 "... --dry-run: the same exit status"
like "$err" "its text differs" "... and the same message"
run --db "$E" import --partial "$T/a.json"
is "$rc" 0 "... --partial: exit 0, the claim reported"
like "$err" "its text differs" "... with the same message"
like "$out" "imported 0 annotation entries for 0 claims from $T/a.json (0 already here, 1 claim of sources whose text differs here)" \
	"... the summary counts it"

# ---- 4: bob's --untag of alice's tag: the entry that takes it over first
# is marked in the history, not read as bob adding it
H="$T/h.db"
cp "$BASE" "$H"
"$CROSSCHECK" --db "$H" annotate "$c" --tag zahlen --verdict false --reviewer alice >/dev/null
"$CROSSCHECK" --db "$H" annotate "$c" --verdict true --reviewer bob >/dev/null
"$CROSSCHECK" --db "$H" annotate "$c" --untag zahlen --tag memo --reviewer bob >/dev/null
hist=$("$CROSSCHECK" --db "$H" annotate "$c" --history)
like "$(sed -n 3p <<<"$hist")" "bob  verdict true  tags zahlen  (took over another reviewer's tag zahlen to remove it)" \
	"history: bob's first entry of the --untag says it took alice's tag over to remove it"
unlike "$(sed -n 4p <<<"$hist")" "took over" "... his second (the removal, and memo) is plain"
is "$(shown "$H" "$c" | jq -c '.[2]')" '["memo"]' "... and the claim shows memo alone"
# a tag really added, where nobody showed it, is not marked
"$CROSSCHECK" --db "$H" annotate "$c" --tag zahlen --reviewer dan >/dev/null
"$CROSSCHECK" --db "$H" annotate "$c" --untag zahlen --reviewer dan >/dev/null
unlike "$("$CROSSCHECK" --db "$H" annotate "$c" --history | grep '  dan  ')" "took over" \
	"dan's own tag, added and removed: not marked"
# the mark is read from the log: a store importing it marks it too
"$CROSSCHECK" --db "$H" export -o "$T/h.json" >/dev/null
cp "$BASE" "$T/h2.db"
"$CROSSCHECK" --db "$T/h2.db" import "$T/h.json" >/dev/null
like "$("$CROSSCHECK" --db "$T/h2.db" annotate "$c" --history | sed -n 3p)" "import bob  verdict true  tags zahlen  (took over another reviewer's tag zahlen to remove it)" \
	"... and so does a store that imported the log"

# ---- 4b: alice gives again a tag bob removed later: it is written and
# shown, the history says why alice's state lost the tag first, undo takes
# it off again, and a store importing the log shows the same
R="$T/r.db"
cp "$BASE" "$R"
"$CROSSCHECK" --db "$R" annotate "$c" --tag recheck --reviewer alice >/dev/null
"$CROSSCHECK" --db "$R" annotate "$c" --untag recheck --reviewer bob >/dev/null
is "$(shown "$R" "$c" | jq -c '.[2]')" '[]' "fixture: bob removed alice's tag recheck"
run --db "$R" annotate "$c" --tag recheck --reviewer alice
is "$rc:$out" "0:claim $c: verdict none, no note, tags recheck" \
	"alice gives recheck again after bob removed it: written and shown (was 'nothing changed: alice already has tag recheck')"
is "$(shown "$R" "$c" | jq -c '.[2]')" '["recheck"]' "... and the claim shows it"
hist=$("$CROSSCHECK" --db "$R" annotate "$c" --history)
like "$(sed -n 4p <<<"$hist")" "set    alice  verdict -  (dropped tag recheck, which another reviewer removed, to give it again)" \
	"... the history marks the entry that drops it from alice's own state first"
like "$(sed -n 5p <<<"$hist")" "set    alice  verdict -  tags recheck" "... then the entry that gives it again"
run --db "$R" annotate "$c" --tag recheck --reviewer alice
like "$out" "nothing changed: alice already has tag recheck; verdict none, no note, tags recheck" \
	"giving it a third time, while the claim shows it, changes nothing"
"$CROSSCHECK" --db "$R" export -o "$T/r.json" >/dev/null
cp "$BASE" "$T/r2.db"
"$CROSSCHECK" --db "$T/r2.db" import "$T/r.json" >/dev/null
is "$(shown "$T/r2.db" "$c")" "$(shown "$R" "$c")" "a store importing the log shows the tag too"
like "$("$CROSSCHECK" --db "$T/r2.db" annotate "$c" --history | sed -n 4p)" "(dropped tag recheck, which another reviewer removed, to give it again)" \
	"... and marks the entry alike"
run --db "$R" annotate --undo --reviewer alice
is "$out" "claim $c: undid the latest change; verdict none, no note, no tags" "undo takes the restated tag off again"
# the first entry of such a pair (and of an --untag of another's tag)
# changed nothing shown: undo passes over it to the action before (before,
# a second undo said 'undid the latest change' and changed nothing)
c2=$("$CROSSCHECK" --db "$BASE" claims --format jsonl | jq -r .id | sed -n 5p)
U="$T/u.db"
cp "$BASE" "$U"
"$CROSSCHECK" --db "$U" annotate "$c2" --verdict true --reviewer alice >/dev/null
"$CROSSCHECK" --db "$U" annotate "$c2" --verdict false --reviewer bob >/dev/null
"$CROSSCHECK" --db "$U" annotate "$c" --tag recheck --reviewer alice >/dev/null
"$CROSSCHECK" --db "$U" annotate "$c" --untag recheck --reviewer bob >/dev/null
"$CROSSCHECK" --db "$U" annotate "$c" --tag memo --reviewer bob >/dev/null
"$CROSSCHECK" --db "$U" annotate "$c" --untag memo --reviewer alice >/dev/null
"$CROSSCHECK" --db "$U" annotate "$c" --tag memo --reviewer bob >/dev/null
undo_bob() { "$CROSSCHECK" --db "$U" annotate --undo --reviewer bob; }
is "$(undo_bob)" "claim $c: undid the latest change; verdict none, no note, no tags" "bob's undo of memo given again"
is "$(undo_bob)" "claim $c: undid the latest change; verdict none, no note, no tags" \
	"... the next undo, his first --tag memo (alice removed it since: nothing shown changes)"
is "$(undo_bob)" "claim $c: undid the latest change; verdict none, no note, tags recheck" \
	"... the next his --untag of alice's recheck, not the entry that dropped memo"
is "$(undo_bob)" "claim $c2: undid the latest change; verdict true, no note, no tags" \
	"... and the next his verdict, not the entry that took alice's recheck over"

# ---- 5: import names the claims whose shown verdict it changed (five, then
# how many more), --dry-run those it would change
Y="$T/y.db" Z="$T/z.db"
cp "$BASE" "$Y"
mapfile -t ids < <("$CROSSCHECK" --db "$Y" claims --format jsonl | jq -r .id | head -n 8)
for i in "${ids[@]}"; do
	"$CROSSCHECK" --db "$Y" annotate "$i" --verdict false --reviewer alice >/dev/null
done
"$CROSSCHECK" --db "$Y" export -o "$T/y.json" >/dev/null
cp "$BASE" "$Z"
"$CROSSCHECK" --db "$Z" import "$T/y.json" >/dev/null
# bob: true on seven, the same false on the eighth, a note alone on none
for i in "${ids[@]:0:7}"; do
	"$CROSSCHECK" --db "$Z" annotate "$i" --verdict true --reviewer bob >/dev/null
done
"$CROSSCHECK" --db "$Z" annotate "${ids[7]}" --verdict false --note 'same here' --reviewer bob >/dev/null
"$CROSSCHECK" --db "$Z" export -o "$T/z.json" >/dev/null
digest() { "$CROSSCHECK" --db "$1" export | jq -S 'del(.exported)'; }
was=$(digest "$Y")
want="7 claims would show another verdict: #${ids[0]} (alice false -> bob true), #${ids[1]} (alice false -> bob true), #${ids[2]} (alice false -> bob true), #${ids[3]} (alice false -> bob true), #${ids[4]} (alice false -> bob true) and 2 more"
run --db "$Y" import --dry-run "$T/z.json"
is "$rc" 0 "import --dry-run of bob's verdicts: exit 0"
is "$(tail -n 1 <<<"$out")" "$want" "--dry-run names the claims whose verdict would change, five and how many more"
is "$(digest "$Y")" "$was" "... and changes nothing"
run --db "$Y" import "$T/z.json"
is "$(tail -n 1 <<<"$out")" "${want/would show/now show}" "import names the claims whose verdict it changed"
unlike "$out" "#${ids[7]} " "... not the one whose verdict stayed false"
run --db "$Y" import "$T/z.json"
is "$out" "imported 0 annotation entries for 8 claims from $T/z.json (16 already here)" \
	"importing it again changes nothing and names no claim"
cp "$BASE" "$T/w.db"
run --db "$T/w.db" import "$T/y.json"
like "$out" "8 claims now show another verdict: #${ids[0]} (none -> alice false)," "a claim judged for the first time: from none"

done_testing
