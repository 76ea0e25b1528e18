#!/usr/bin/env bash
# crosscheck annotate, undo and agreement with several reviewers: what each
# reviewer holds after an undo or redo (README: "Annotations from several
# reviewers"), and --verdict none with nothing to clear. Each case starts
# from a fresh claim; the article is written here.
. "$top_srcdir/tests/cli/lib.sh"

command -v jq >/dev/null 2>&1 || skip_all "jq is not installed"

cat >"$T/story.txt" <<'EOF'
Lindqvist Freight said on Tuesday that it will close its Tacoma depot on March 3, 2025.

The company said that fewer than 40 drivers would lose their jobs.

Lindqvist Freight paid $12 million for the depot in 2019, a spokesperson said.

Shares of Lindqvist Freight fell 4% on Wednesday.
EOF
DB="$T/a.db"
"$CROSSCHECK" --db "$DB" add --story s "$T/story.txt" >/dev/null
mapfile -t ids < <("$CROSSCHECK" --db "$DB" claims --format jsonl | jq -r .id)
test "${#ids[@]}" -ge 6
ok $? "fixture: six claims to annotate"

ann() { "$CROSSCHECK" --db "$DB" annotate "$@" >/dev/null; }
undo() { "$CROSSCHECK" --db "$DB" annotate --undo --reviewer "$1" >/dev/null; }
redo() { "$CROSSCHECK" --db "$DB" annotate --redo --reviewer "$1" >/dev/null; }
# shown ID: what the claim shows in the json export: verdict|note|tags
shown() {
	"$CROSSCHECK" --db "$1" export --only annotated |
		jq -r --argjson id "$2" '.claims[] | select(.id == $id) | "\(.verdict)|\(.note)|\(.tags | join(","))"'
}
# holds ID: each reviewer's verdict that agreement counts on the claim
holds() {
	"$CROSSCHECK" --db "$1" agreement --format jsonl |
		jq -r --argjson id "$2" 'select(.type == "disagreement" and .claim == $id) | .verdicts | map(.reviewer + "=" + .verdict) | join(",")'
}
# notes ID: each reviewer's own note in the json export
notes() {
	"$CROSSCHECK" --db "$1" export --only annotated |
		jq -r --argjson id "$2" '.claims[] | select(.id == $id) | .notes | map(.reviewer + "=" + .note) | join(",")'
}
# held ID: each reviewer's latest entry's verdict (what agreement and the
# markdown's "Other verdicts" read), from the json export's history
held() {
	"$CROSSCHECK" --db "$1" export --only annotated |
		jq -r --argjson id "$2" '.claims[] | select(.id == $id) | .history | group_by(.reviewer) | map(last | select(.verdict != null) | .reviewer + "=" + .verdict) | join(",")'
}
entries() { "$CROSSCHECK" --db "$DB" annotate "$1" --history | wc -l; }

# ---- 1: alice's undo of a verdict bob changed later: the claim keeps bob's,
# and alice holds no verdict any more
c=${ids[0]}
ann "$c" --verdict false --reviewer alice
ann "$c" --verdict true --reviewer bob
undo alice
is "$(shown "$DB" "$c")" "true|null|" "undo under a later verdict: the claim shows bob's"
is "$(holds "$DB" "$c")" "" "undo under a later verdict: no disagreement (alice took hers back)"
is "$(held "$DB" "$c")" "bob=true" "... only bob holds a verdict"
run --db "$DB" agreement
unlike "$out" "alice: false" "agreement text: alice's undone verdict is not listed"
like "$("$CROSSCHECK" --db "$DB" annotate "$c" --history | tail -n 1)" "undo   alice  verdict -" \
	"history: alice's undo entry holds no verdict of hers"
redo alice
is "$(shown "$DB" "$c")" "true|null|" "redo: bob's later verdict still stands"
is "$(holds "$DB" "$c")" "alice=false,bob=true" "redo: alice holds her verdict again"
# a new entry of alice's after the undo starts from her own state (none)
undo alice
ann "$c" --tag reread --reviewer alice
is "$(shown "$DB" "$c")" "true|null|reread" "a tag after the undo leaves bob's verdict"
is "$(held "$DB" "$c")" "bob=true" "... and gives alice no verdict"

# bob's verdict after alice's undo: her redo gives her verdict back to her
# but leaves bob's newer one on the claim
c=${ids[5]}
ann "$c" --verdict false --reviewer alice
undo alice
ann "$c" --verdict true --reviewer bob
redo alice
is "$(shown "$DB" "$c")|$(held "$DB" "$c")" "true|null||alice=false,bob=true" \
	"redo after a newer verdict of bob's: bob's shown, alice holds hers"
undo alice
is "$(shown "$DB" "$c")|$(held "$DB" "$c")" "true|null||bob=true" "undo again: alice holds none, bob's shown"

# ---- 2: alice's undo of a note that replaced bob's: the claim shows bob's
# note again, but alice does not hold it
c=${ids[1]}
ann "$c" --note 'matches the filing' --reviewer bob
ann "$c" --note 'wrong year' --reviewer alice
undo alice
is "$(shown "$DB" "$c")" "null|matches the filing|" "undo of a note: bob's note is back on the claim"
is "$(notes "$DB" "$c")" "bob=matches the filing" "undo of a note: alice holds no note (not bob's)"
like "$("$CROSSCHECK" --db "$DB" annotate "$c" --history | tail -n 1)" "undo   alice  verdict -  claim note matches the filing" \
	"history: the undo restores bob's note on the claim, not as alice's"
ann "$c" --tag dur --reviewer alice
is "$(shown "$DB" "$c")" "null|matches the filing|dur" "alice's next entry keeps bob's note on the claim"
is "$(notes "$DB" "$c")" "bob=matches the filing" "... and still gives her none"

# the same for a verdict: bob true, alice false, alice undoes
c=${ids[2]}
ann "$c" --verdict true --reviewer bob
ann "$c" --verdict false --reviewer alice
undo alice
is "$(shown "$DB" "$c")" "true|null|" "undo of a verdict over bob's: bob's is back"
is "$(held "$DB" "$c")" "bob=true" "... and alice does not hold bob's verdict"
key=$("$CROSSCHECK" --db "$DB" claims --format jsonl | jq -r --argjson id "$c" 'select(.id == $id) | .key')
"$CROSSCHECK" --db "$DB" export --only annotated --format claimreview -o "$T/cr.json" 2>/dev/null
is "$(jq -r --arg k "$key" '.["@graph"][] | select(.identifier == $k) | "\(.author.name) \(.reviewRating.alternateName)"' "$T/cr.json")" \
	"bob true" "claimreview: the restored verdict is bob's, never alice's"
redo alice
is "$(shown "$DB" "$c")" "false|null|" "redo: alice's verdict is back"
is "$(holds "$DB" "$c")" "alice=false,bob=true" "redo: alice holds it again"

# an undo with nobody else involved: back to nothing
c=${ids[3]}
ann "$c" --verdict misleading --note 'partly' --reviewer alice
undo alice
is "$(shown "$DB" "$c")" "null|null|" "lone undo: the claim is back to no verdict and no note"

# ---- 3: --verdict none with no verdict of the reviewer's own to clear: a
# no-op like every other (section 5): exit 0, nothing written, and the line
# says so and shows the verdict that stays
c=${ids[4]}
ann "$c" --verdict true --reviewer bob
n=$(entries "$c")
run --db "$DB" annotate "$c" --verdict none --reviewer carol
is "$rc" 0 "--verdict none without a verdict of one's own: exit 0 (a no-op)"
is "$out" "claim $c: nothing changed: carol has no verdict to clear; verdict true, no note, no tags" \
	"... saying so, and showing bob's verdict that stays"
is "$(entries "$c")" "$n" "... writing nothing"
is "$(shown "$DB" "$c")" "true|null|" "... and bob's verdict stays"
run --db "$DB" annotate "$c" --verdict none --note 'x' --reviewer carol
is "$rc:$(entries "$c")" "0:$((n + 1))" "--verdict none with a note: the note is written, the verdict part changes nothing"
is "$out" "claim $c: verdict true, note \"x\", no tags" "... and the line shows both"
undo carol
run --db "$DB" annotate "${ids[3]}" --verdict none --reviewer carol
is "$rc:$out" "0:claim ${ids[3]}: nothing changed: carol has no verdict to clear; verdict none, no note, no tags" \
	"--verdict none on a claim carol never annotated: a no-op"
# undone verdict: nothing left to clear either
ann "$c" --verdict false --reviewer dave
undo dave
n=$(entries "$c")
run --db "$DB" annotate "$c" --verdict none --reviewer dave
is "$rc:$(entries "$c")" "0:$n" "--verdict none after undoing one's verdict: nothing to clear, nothing written"
# a verdict of one's own is cleared, and the claim then has none
run --db "$DB" annotate "$c" --verdict none --reviewer bob
is "$rc" 0 "--verdict none on one's own verdict: exit 0"
is "$out" "claim $c: verdict none, no note, no tags" "... the claim shows none"

# ---- the same states in a store that imports this one's export
"$CROSSCHECK" --db "$DB" export -o "$T/a.json"
B="$T/b.db"
"$CROSSCHECK" --db "$B" add --story s --name copy.txt "$T/story.txt" >/dev/null
run --db "$B" import "$T/a.json"
is "$rc" 0 "import of the export: exit 0"
for i in 0 1 2 3 4 5; do
	c=${ids[$i]}
	is "$(shown "$B" "$c")|$(held "$B" "$c")|$(notes "$B" "$c")" \
		"$(shown "$DB" "$c")|$(held "$DB" "$c")|$(notes "$DB" "$c")" \
		"import: claim $c shows and attributes the same as in the exporting store"
done

is "$(jq .version "$T/a.json")" 2 "the export is version 2 (effects: a version 1 reader must refuse it)"
# every undo and redo above whose change to the claim is not its own state:
# claim, action, reviewer's own verdict, what it did to the claim
is "$(jq -r '.claims[] | .id as $id | .history[] | select(.verdict_effect or .note_effect)
	| "\($id) \(.action) \(.verdict) verdict:\(.verdict_effect // "-")=\(.claim_verdict // "-") note:\(.note_effect // "-")=\(.claim_note // "-")"' "$T/a.json")" \
"${ids[0]} undo null verdict:kept=- note:-=-
${ids[0]} redo false verdict:kept=- note:-=-
${ids[0]} undo null verdict:kept=- note:-=-
${ids[1]} undo null verdict:-=- note:set=matches the filing
${ids[2]} undo null verdict:set=true note:-=-
${ids[4]} undo null verdict:set=true note:-=-
${ids[5]} redo false verdict:kept=- note:-=-
${ids[5]} undo null verdict:kept=- note:-=-" \
	"the export carries each undo's and redo's effect (an undo of a redo that kept bob's verdict keeps it too)"
if [ -x "$top_builddir/tests/export/validate" ]; then
	"$top_builddir/tests/export/validate" "$top_srcdir/docs/crosscheck-claims.schema.json" "$T/a.json" >"$T/.v" 2>&1
	ok $? "the export with effects is valid against docs/crosscheck-claims.schema.json"
fi
jq '.version = 1' "$T/a.json" >"$T/v1.json"
V="$T/v1.db"
"$CROSSCHECK" --db "$V" add --story s --name copy.txt "$T/story.txt" >/dev/null
run --db "$V" import "$T/v1.json"
is "$rc:$(shown "$V" "${ids[0]}")" "0:$(shown "$DB" "${ids[0]}")" "a version 1 export is still read"

# ---- a bad effect in an export is refused, naming it; nothing imported
C="$T/c.db"
"$CROSSCHECK" --db "$C" add --story s --name copy.txt "$T/story.txt" >/dev/null
before=$(digest "$C")
jq '(.claims[] | .history[] | select(.note_effect == "set")) .note_effect = "maybe"' "$T/a.json" >"$T/bad.json"
run --db "$C" import "$T/bad.json"
is "$rc" 1 "import: a bad note_effect is refused"
like "$err" '"note_effect" must be "kept" or "set"' "... naming the field"
is "$(digest "$C")" "$before" "... and nothing is imported"
jq '(.claims[] | .history[] | select(.verdict_effect == "kept")) .claim_verdict = "true"' "$T/a.json" >"$T/bad.json"
run --db "$C" import "$T/bad.json"
is "$rc:$(digest "$C")" "1:$before" "import: a kept verdict naming a value is refused, nothing imported"

# ---- an older store (schema 8) migrates keeping every entry; a migration
# that fails leaves it as it was
if command -v sqlite3 >/dev/null 2>&1; then
	O="$T/old.db"
	"$CROSSCHECK" --db "$O" add --story s "$T/story.txt" >/dev/null
	"$CROSSCHECK" --db "$O" annotate 1 --verdict false --note 'old' --reviewer alice >/dev/null
	"$CROSSCHECK" --db "$O" annotate 1 --verdict true --reviewer bob >/dev/null
	"$CROSSCHECK" --db "$O" annotate 2 --tag t --reviewer bob >/dev/null
	state_before=$(shown "$O" 1)
	# as schema 8 wrote it (without schema 10's too), plus a stray column
	# named as one schema 9 adds
	sqlite3 "$O" "$UNDO_SCHEMA_10"' ALTER TABLE annotations DROP COLUMN effect; ALTER TABLE annotations DROP COLUMN claim_verdict;
		ALTER TABLE annotations DROP COLUMN claim_note; ALTER TABLE annotations ADD COLUMN claim_note TEXT;
		PRAGMA user_version = 8;'
	before=$(digest "$O")
	run --db "$O" annotate 1 --history
	is "$rc" 1 "a migration that fails: refused"
	like "$err" "migration failed" "... saying so"
	is "$(digest "$O")" "$before" "... and the store is as it was"
	sqlite3 "$O" 'ALTER TABLE annotations DROP COLUMN claim_note;'
	n=$(sqlite3 "$O" 'SELECT count(*) FROM annotations')
	run --db "$O" annotate 1 --history
	is "$rc" 0 "a schema 8 store opens (migrated)"
	is "$(sqlite3 "$O" 'PRAGMA user_version'):$(sqlite3 "$O" 'SELECT count(*), sum(effect) FROM annotations')" \
		"13:$n|0" "migration: every entry kept, none with an effect"
	is "$(shown "$O" 1)" "$state_before" "migration: the claim shows what it showed"
	"$CROSSCHECK" --db "$O" annotate --undo --reviewer alice >/dev/null
	is "$(shown "$O" 1)|$(held "$O" 1)" "true|null||bob=true" "after it, alice's undo leaves bob's verdict and takes hers"
fi

# ---- 5: an annotation that changes nothing writes nothing, says so and
# exits 0; undo then takes back the last real change. A fresh store.
N="$T/n.db"
"$CROSSCHECK" --db "$N" add --story s "$T/story.txt" >/dev/null
nent() { "$CROSSCHECK" --db "$N" annotate "$1" --history | wc -l; }
c=1
"$CROSSCHECK" --db "$N" annotate $c --verdict true --note 'checked, twice' --tag dur --reviewer alice >/dev/null
"$CROSSCHECK" --db "$N" annotate $c --tag wire --reviewer bob >/dev/null
state='verdict true, note "checked, twice", tags dur,wire'
# arguments | why nothing changed
while IFS='|' read -r args why; do
	n=$(nent $c)
	eval "set -- $args"
	run --db "$N" annotate $c "$@" --reviewer alice
	is "$rc:$out" "0:claim $c: nothing changed: $why; $state" "no-op $args: exit 0, says why, shows the state"
	is "$(nent $c)" "$n" "no-op $args: nothing written"
done <<'ROWS'
--verdict true|alice already holds verdict true
--note 'checked, twice'|alice already has that note
--tag dur|alice already has tag dur
--untag nonexist|the claim has no tag nonexist
--verdict true --tag dur --untag gone|alice already holds verdict true; alice already has tag dur; the claim has no tag gone
ROWS
"$CROSSCHECK" --db "$N" annotate --undo --reviewer alice >/dev/null
is "$(shown "$N" $c)" "null|null|wire" "undo after the no-ops takes back alice's real change, not a no-op"
"$CROSSCHECK" --db "$N" annotate --redo --reviewer alice >/dev/null
is "$(shown "$N" $c)" "true|checked, twice|dur,wire" "redo gives it back"
# what must change: each writes one entry (an --untag of another reviewer's
# tag two: alice first takes it as her own)
while IFS='|' read -r args after added; do
	n=$(nent $c)
	eval "set -- $args"
	run --db "$N" annotate $c "$@" --reviewer alice
	is "$rc:$out" "0:claim $c: $after" "a change $args: the claim's whole state"
	is "$(nent $c)" "$((n + added))" "a change $args: $added entries"
done <<'ROWS'
--verdict false|verdict false, note "checked, twice", tags dur,wire|1
--tag new|verdict false, note "checked, twice", tags dur,new,wire|1
--untag wire|verdict false, note "checked, twice", tags dur,new|2
--note ''|verdict false, no note, tags dur,new|1
--note 'checked again'|verdict false, note "checked again", tags dur,new|1
ROWS
run --db "$N" annotate $c --note '' --reviewer bob
is "$rc:$out" "0:claim $c: nothing changed: bob has no note to clear; verdict false, note \"checked again\", tags dur,new" \
	"--note '' with no note of one's own: a no-op; alice's note stays"
# a reviewer's first entry that would hold nothing is no entry
run --db "$N" annotate 2 --untag x --reviewer zed
is "$rc:$out:$(nent 2)" "0:claim 2: nothing changed: the claim has no tag x; verdict none, no note, no tags:0" \
	"--untag on a claim nobody annotated: nothing written"
# a new tag is a word, as at the review's tag prompt: refused whole, exit 2
for t in '#' '--' 'a,b' '' ; do
	run --db "$N" annotate 2 --verdict true --tag "$t" --reviewer alice
	is "$rc:$(nent 2)" "2:0" "--tag '$t' is not a tag: exit 2, nothing written (the verdict neither)"
done
like "$err" "is not a tag (a word of 1 to 64 bytes with a letter or a digit" "... and says what a tag is"
run --db "$N" annotate 2 --tag 'año-2024' --reviewer alice
is "$rc:$out" "0:claim 2: verdict none, no note, tags año-2024" "a tag with a non-ASCII letter is a word"
# any stored tag can be removed (an older release kept a lone '#')
run --db "$N" annotate 2 --untag '#' --reviewer alice
is "$rc:$out" "0:claim 2: nothing changed: the claim has no tag #; verdict none, no note, tags año-2024" \
	"--untag '#' is taken (exit 0) and says the claim has no such tag"

# the state line: untrusted note and tags made inert, one line
run --db "$N" annotate 3 --verdict misleading --note "$(printf 'red \033[31mALERT\033[0m\nsecond line')" --tag 'a=b' --reviewer alice
is "$rc" 0 "a note with control bytes: saved"
is "$(printf '%s\n' "$out" | wc -l)" 1 "... the state line is one line"
case $out in *$'\033'*) ok 1 "... no escape byte reaches the terminal" ;; *) ok 0 "... no escape byte reaches the terminal" ;; esac
like "$out" "claim 3: verdict misleading, note \"red " "... verdict and note shown"
like "$out" "ALERT" "... the note's text"
like "$out" "second line\", tags a=b" "... and the tags after it"
like "$out" '[0m\nsecond line' "... its line break shown as \\n"
run --db "$N" annotate 3 --note 'ledger says "about 60", see C:\dir'
is "$out" 'claim 3: verdict misleading, note "ledger says \"about 60\", see C:\\dir", tags a=b' \
	"a note's quotes and backslashes are escaped: where the note ends is plain"

# ---- 6: --history on a claim nobody annotated says so on stderr; stdout
# stays the log (one line an entry)
run --db "$N" annotate 4 --history
is "$rc:$out" "0:" "--history without annotations: exit 0, no entry on stdout"
is "$err" "claim 4: no annotations" "... and says so on stderr"
run --db "$N" annotate 999 --history
is "$rc" 1 "--history on a claim that does not exist: exit 1"

# ---- 7: --undo and --redo print the claim's state after them, as any
# annotate does (the claim's state, not only its id)
run --db "$N" annotate 5 --verdict true --note "from the filing" --reviewer bob
run --db "$N" annotate 5 --verdict false --tag year --reviewer alice
is "$out" "claim 5: verdict false, note \"from the filing\", tags year" "fixture: alice's verdict over bob's"
run --db "$N" annotate --undo --reviewer alice
is "$rc:$out" "0:claim 5: undid the latest change; verdict true, note \"from the filing\", no tags" \
	"--undo prints the claim's state after it: bob's verdict back, alice's tag gone"
run --db "$N" annotate --redo --reviewer alice
is "$rc:$out" "0:claim 5: redid the change; verdict false, note \"from the filing\", tags year" \
	"--redo prints the claim's state after it"
run --db "$N" annotate 5 --note "$(printf 'x\033[31my')" --reviewer alice
run --db "$N" annotate --undo --reviewer alice
run --db "$N" annotate --redo --reviewer alice
case $out in *$'\033'*) ok 1 "--redo: no escape byte of a note reaches the terminal" ;; *) ok 0 "--redo: no escape byte of a note reaches the terminal" ;; esac
like "$out" "claim 5: redid the change; verdict false, note \"x" "... the note is shown"
run --db "$N" annotate --undo --reviewer carol
is "$rc" 1 "--undo with nothing to undo: exit 1"
is "$out" "" "... and no state line"

# ---- entries written as "reviewer" (when $USER was unset, an older
# crosscheck fell back to that name; now $LOGNAME and the login name come
# first): undo by the default reviewer says how to claim them, and does
# not take them back in its name
R="$T/r.db"
"$CROSSCHECK" --db "$R" add "$top_srcdir"/examples/kaspersky/capital-desk-report.txt >/dev/null
rid=$("$CROSSCHECK" --db "$R" claims --format jsonl | jq -r .id | head -n 1)
env -u USER LOGNAME=reviewer "$CROSSCHECK" --db "$R" annotate "$rid" --verdict false >/dev/null
is "$("$CROSSCHECK" --db "$R" annotate "$rid" --history | awk '{print $3}')" reviewer \
	"fixture: an entry under the reviewer 'reviewer'"
before=$(digest "$R")
USER=dana run --db "$R" annotate --undo
is "$rc" 1 "undo by dana, who has nothing: exit 1"
like "$err" "nothing to undo for dana; 1 annotation entry of this store is under the reviewer 'reviewer' (written when \$USER was not set): 'crosscheck annotate --undo --reviewer reviewer' acts on them" \
	"... the message says how to claim the entries under 'reviewer'"
is "$(digest "$R")" "$before" "... and takes nothing back"
USER=dana run --db "$R" annotate --redo
like "$err" "nothing to redo for dana; 1 annotation entry" "redo says so too"
USER=dana run --db "$R" annotate --undo --reviewer carol
is "$err" "crosscheck: nothing to undo" "an explicit --reviewer gets no hint: it named whom it meant"
USER=dana run --db "$R" annotate --undo --reviewer reviewer
is "$rc:$out" "0:claim $rid: undid the latest change; verdict none, no note, no tags" \
	"annotate --undo --reviewer reviewer takes the entry back"
USER=dana run --db "$R" annotate --redo --reviewer reviewer
is "$rc" 0 "... and --redo --reviewer reviewer brings it back"

done_testing
