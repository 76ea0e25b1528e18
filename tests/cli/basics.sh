#!/usr/bin/env bash
# The CLI as a user meets it: help, version, add, list, show, duplicates,
# standard input, --db and CROSSCHECK_DB.
. "$top_srcdir/tests/cli/lib.sh"
EX="$top_srcdir/examples"

run --help
is "$rc" 0 "--help exits 0"
like "$out" "Usage: crosscheck" "--help prints the usage"
for c in add list show help; do like "$out" "  $c " "--help lists '$c'"; done
run --version
like "$out" "crosscheck " "--version prints the version"
run help add
is "$rc" 0 "help add exits 0"
like "$out" "--date YYYY-MM-DD" "help add shows its options"
run add --help
like "$out" "Usage: crosscheck [--db PATH] add" "add --help shows add's usage"
run
is "$rc" 2 "no arguments is a usage error (2)"

# add a story; the default store is ./crosscheck.db
stories=("$EX"/*/)
story=${stories[0]}
files=("$story"*.txt)
run add "${files[@]}"
is "$rc" 0 "add a story's articles exits 0"
is "$(grep -c '^added ' <<<"$out")" "${#files[@]}" "every article reported as added"
check "the default store ./crosscheck.db exists" test -f crosscheck.db
is "$(stat -c %a crosscheck.db)" 600 "the new store has mode 0600"

run list
is "$rc" 0 "list exits 0"
is "$(grep -c . <<<"$out")" "${#files[@]}" "list prints one source a line"
is "$(grep -c -P '^[^\t]+\t\d{4}-\d\d-\d\d \((dateline|banner|url|option)\)\t-\t\d+ sentences?\t' <<<"$out")" "${#files[@]}" \
	"list text: name, date with where it came from, story (- for none), sentences"
run list --format jsonl
is "$(jq -s 'length' <<<"$out")" "${#files[@]}" "list jsonl: one object a source"
is "$(jq -r 'select((.name|type)=="string" and (.sentences|type)=="number" and has("title") and has("date")) | .name' <<<"$out" | wc -l)" \
	"${#files[@]}" "list jsonl objects carry name, title, date, sentences"
is "$(jq -r 'select(.date == null) | .name' <<<"$out")" "" "every example article has its date found"
is "$(jq -r 'select(.title == null) | .name' <<<"$out")" "" "every example article has its title found"

first=$(basename "${files[0]}")
run show "$first" --format jsonl
is "$rc" 0 "show jsonl exits 0"
is "$(jq -r 'select((.index|type)=="number" and (.start|type)=="number" and (.end|type)=="number" and (.text|type)=="string" and (.boilerplate|type)=="boolean") | .index' <<<"$out" | wc -l)" \
	"$(grep -c . <<<"$out")" "show jsonl objects carry index, start, end, text, boilerplate"
# offsets point into the normalised text (the example files are already NFC
# with LF ends): the bytes at [start,end) of the file are the sentence
bad=0
while IFS=$'\t' read -r s e; do
	want=$(jq -r --argjson s "$s" 'select(.start == $s) | .text' <<<"$out")
	got=$(head -c "$e" "${files[0]}" | tail -c "$((e - s))")
	[ "$got" = "$want" ] || { bad=1; printf '#   %s..%s: [%s] vs [%s]\n' "$s" "$e" "$got" "$want"; }
done < <(jq -r '[.start,.end] | @tsv' <<<"$out")
ok $bad "show jsonl byte offsets match the article's bytes"
run show "$first"
like "$out" "# $first" "show text starts with the source name"

# the same text again is reported, not added
run add "${files[0]}"
is "$rc" 0 "adding the same file again exits 0"
like "$out" "skipped" "the duplicate is reported"
run list --format jsonl
is "$(jq -s 'length' <<<"$out")" "${#files[@]}" "and not added again"

# re-adding to change a stored source's date or story: not applied, and said
run add --date 2020-01-02 "${files[0]}"
is "$rc" 1 "adding the same text with another --date exits 1"
like "$err" "--date not applied" "and says the date was not applied"
run list --format jsonl
unlike "$(jq -r --arg n "$(basename "${files[0]}")" 'select(.name==$n) | .date' <<<"$out")" "2020-01-02" \
	"the stored date is unchanged"
run add --story other "${files[0]}"
is "$rc" 1 "the same with another --story"
like "$err" "--story not applied" "says so"
unlike "$err" "()" "with no empty parentheses where the --date advice would go"
is "$(head -n 1 <<<"$err" | grep -c 'keeps what it was added with$')" 1 "the first line ends at the rule"

# one sentence is "1 sentence"
printf 'The ferry ran late on Sunday, the operator said.\n' >solo.txt
run --db solo.db add solo.txt
run --db solo.db list
like "$out" "$(printf 'solo.txt\t-\t-\t1 sentence\t')" "list says '1 sentence', not '1 sentences'"

# same text under another name from standard input
run_in "${files[1]}" add --name other -
like "$out" "already in the store as $(basename "${files[1]}")" "stdin duplicate names the stored source"

# standard input with a name, a date and a URL
printf 'Bridge closes for repairs\n\nThe bridge closed on Monday, the city said.\n' >in.txt
run_in in.txt add --name bridge --date 2024-03-05 --url https://news.example.org/a -
is "$rc" 0 "add - reads standard input"
run list --format jsonl
is "$(jq -r 'select(.name=="bridge") | [.date, .date_origin, .outlet, .title] | @tsv' <<<"$out")" \
	"$(printf '2024-03-05\toption\tnews.example.org\tBridge closes for repairs')" \
	"--name, --date, --url and the title stored"

# --db and CROSSCHECK_DB
run --db other.db add in.txt
is "$rc" 0 "--db before the command"
check "--db made other.db" test -f other.db
run list --db other.db --format jsonl
is "$(jq -r .name <<<"$out")" "in.txt" "--db after the command"
CROSSCHECK_DB=other.db run list
like "$out" "in.txt" "CROSSCHECK_DB chooses the store"
# an empty --db (a script's unset variable) names no store: refused, and no
# store is made or written in its place
rm -f crosscheck.db
before=$(md5sum other.db)
for where in before after; do
	if [ "$where" = before ]; then run --db '' add in.txt; else run add --db '' in.txt; fi
	is "$rc" 2 "--db '' $where the command is a usage error"
	like "$err" "--db needs a file name" "and says why"
	check "no ./crosscheck.db is made ($where)" test ! -e crosscheck.db
done
CROSSCHECK_DB=other.db run export --db '' --format json
is "$rc" 2 "--db '' is refused by export too, with CROSSCHECK_DB set"
is "$(md5sum other.db)" "$before" "the store CROSSCHECK_DB names is untouched"

# crosscheck FILE... adds and lists
run --db open.db "${files[@]}"
is "$rc" 0 "crosscheck FILE... exits 0"
like "$out" "Sources in open.db" "crosscheck FILE... lists the store"

done_testing
