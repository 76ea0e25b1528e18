#!/usr/bin/env bash
# crosscheck extract and claims as a user meets them: typed, normalised
# mentions with intervals, no store touched by extract, claims stored on add.
. "$top_srcdir/tests/cli/lib.sh"

cat >a.txt <<'TXT'
Harbour operator to cut jobs

The operator said on Tuesday that fewer than 50 workers will lose their jobs starting July 20, 2024.
The company has run the terminal for nearly two decades and was founded in 1997.
It paid $334 million for the site, about 12% more than analysts expected.
Call 555-1234 for details; the office is open 24/7.
TXT
run extract --date 2024-07-16 --format jsonl a.txt
is "$rc" 0 "extract exits 0"
check "extract does not create a store" test ! -e crosscheck.db
m() { jq -c --arg t "$1" "select(.text == \$t) | $2" <<<"$out" | head -n 1; }
is "$(m 'fewer than 50' '[.type, .value, .lo, .hi, .unit]')" '["number","50",null,50,"worker"]' "'fewer than 50 workers': hi 50, no lo, unit worker"
is "$(m 'July 20, 2024' '[.type, .value, .lo, .hi]')" '["date","2024-07-20","2024-07-20","2024-07-20"]' "'July 20, 2024' is 2024-07-20"
is "$(m 'July 20, 2024' '.event')" '"START"' "'starting July 20' ties to START"
is "$(m 'Tuesday' '.value')" '"2024-07-16"' "'Tuesday' resolves against the document date"
is "$(m 'nearly two decades' '[.type, .value, .hi, .unit]')" '["duration","P20Y",20,"year"]' "'nearly two decades' is a duration with hi 20 years"
is "$(m 'nearly two decades' '.lo < 20 and .lo > 10')" 'true' "'nearly two decades' has a vague lower band"
is "$(m '1997' '[.type, .value]')" '["date","1997"]' "a bare year is a date of year granularity"
is "$(m '$334 million' '[.type, .value]')" '["money","USD 334000000"]' "money with its currency"
is "$(jq -r 'select(.type=="percent") | .value' <<<"$out" | head -n 1)" "12" "a percentage"
is "$(jq -r 'select(.text | test("555")) | .type' <<<"$out")" "" "a phone number is neither date nor number"
is "$(jq -r 'select(.text == "24/7") | .type' <<<"$out")" "" "24/7 is neither date nor number"
is "$(jq -r 'select(.type == "entity" and .value == "Harbour") | .value' <<<"$out")" "" "a Title Case headline does not make names"
is "$(jq -r '[.start, .end] | select(.[0] >= .[1])' <<<"$out")" "" "every mention has start < end"

run extract a.txt
is "$rc" 0 "extract text format exits 0"
like "$out" "# a.txt" "text format names the source"
run extract --date 16/07/2024 a.txt
is "$rc" 2 "extract with a bad --date is a usage error"
printf 'bad \xff byte\n' >bad.txt
run extract bad.txt
is "$rc" 1 "extract of invalid UTF-8 exits 1"
like "$err" "bad.txt: line 1" "and names the file and line"

# a data folder without the clause reader's word lists (an older release's)
# is refused by name, not read with the lists missing
mkdir olddata
cp "$top_srcdir"/data/*.tsv olddata/
grep -v '	filler$' "$top_srcdir/data/cues.tsv" >olddata/cues.tsv
CROSSCHECK_DATADIR=$PWD/olddata run extract a.txt
is "$rc" 1 "extract with a data folder lacking the filler list exits 1"
like "$err" "cues.tsv: no 'filler' words" "and names the file and the missing list"

# --jobs: files extracted side by side print exactly what one worker prints,
# in the order given, errors included
for k in 1 2 3 4 5 6 7 8 9; do
	sed "s/fewer than 50/fewer than 5$k/; s/July 20/July 2$k/" a.txt >"many$k.txt"
done
set -- many1.txt many2.txt nosuch.txt many3.txt bad.txt many4.txt many5.txt many6.txt many7.txt many8.txt many9.txt a.txt
for fmt in jsonl text; do
	run extract --jobs 1 --date 2024-07-16 --format "$fmt" "$@"
	one_out=$out one_err=$err one_rc=$rc
	run extract --jobs 4 --date 2024-07-16 --format "$fmt" "$@"
	is "$rc" "$one_rc" "extract --jobs 4 ($fmt) exits as --jobs 1 does (1: two files refused)"
	check "extract --jobs 4 ($fmt) prints what --jobs 1 prints, byte for byte" test "$out" = "$one_out"
	is "$err" "$one_err" "and the same errors in the same order"
done
is "$one_rc" 1 "a run with a missing and an invalid file exits 1"
is "$(grep -c '^# many' <<<"$one_out")" 9 "and still prints the other files"
is "$(grep '^# ' <<<"$one_out" | tr '\n' ' ')" "# many1.txt (date 2024-07-16) # many2.txt (date 2024-07-16) # many3.txt (date 2024-07-16) # many4.txt (date 2024-07-16) # many5.txt (date 2024-07-16) # many6.txt (date 2024-07-16) # many7.txt (date 2024-07-16) # many8.txt (date 2024-07-16) # many9.txt (date 2024-07-16) # a.txt (date 2024-07-16) " \
	"in the order given"
like "$(awk '/^# /{f = ($2 == "many7.txt")} f' <<<"$one_out")" "fewer than 57  ->  57 [worker]" "each file's own mentions under its name"
run extract --jobs 3 --format jsonl many1.txt many2.txt
is "$(jq -r 'select(.text == "fewer than 52") | .source' <<<"$out")" "many2.txt" "jsonl records carry their own file's name"
run extract --jobs 0 a.txt
is "$rc" 2 "--jobs 0 is a usage error"
like "$err" "--jobs needs a number from 1 to 64" "and says what it needs"
run extract --jobs two a.txt
is "$rc" 2 "--jobs two is a usage error"

# terminal escape sequences in an article are no text: dropped before
# extraction, so no number is read from "[31m" and the figure they wrap
# keeps its unit; offsets are those of the text without them, as stored
printf 'Acme said on Monday it hired \033[31m200 workers\033[0m in Ohio.\n' >esc.txt
run extract --date 2024-07-16 --format jsonl esc.txt
is "$(jq -c 'select(.type == "number") | [.text, .value, .unit, .start, .end]' <<<"$out")" \
	'["200","200","worker",29,32]' "a coloured '200 workers' is one number, unit worker, offsets in the text without escapes"
run --db esc.db add --date 2024-07-16 esc.txt
run --db esc.db show --format jsonl esc.txt
like "$out" '"text":"Acme said on Monday it hired 200 workers in Ohio."' "the stored sentence has no escape sequence left"
run --db esc.db claims --format jsonl
is "$(jq -c '.slots[] | select(.type == "number") | [.text, .unit, .start, .end]' <<<"$out")" \
	'["200","worker",29,32]' "the stored claim has the one figure, at the offsets extract gave"

# a count that is the object of a verb whose subject is something that
# happens (a blaze, a storm, a strike) is that subject's, not the main
# organisation's of another sentence; in an article whose headline is
# about the same kind of occurrence, it is still the story's (implied)
printf 'Acme said on Monday it hired 200 workers in Ohio.\nThe blaze destroyed 40 homes on Tuesday, fire officials said.\n' >obj2.txt
printf 'The blaze destroyed 40 homes on Tuesday, fire officials said.\n' >obj1.txt
printf 'The storm killed 12 people near the coast.\nThe strike cancelled 300 flights at the airport.\n' >obj3.txt
printf 'Lumber yard fire kills two in Fenwick\n\nFenwick Lumber said its night crew was safe.\n\nThe fire destroyed 14 sheds before dawn.\n' >obj4.txt
subj() { jq -r --arg t "$2" 'select(.type == "number" and .text == $t) | "\(.subject)|\(.subject_implied // false)"' "$1"; }
for f in obj1 obj2 obj3 obj4; do
	"$CROSSCHECK" extract --date 2024-07-16 --format jsonl "$f.txt" >"$f.jsonl"
done
is "$(subj obj2.jsonl 40)" "blaze|false" "'The blaze destroyed 40 homes' after an Acme sentence: the blaze's, not Acme's"
is "$(subj obj1.jsonl 40)" "blaze|false" "'The blaze destroyed 40 homes' alone: the blaze's"
is "$(subj obj3.jsonl 12)" "storm|false" "'The storm killed 12 people': the storm's"
is "$(subj obj3.jsonl 300)" "strike|false" "'The strike cancelled 300 flights': the strike's"
is "$(subj obj4.jsonl 14)" "Fenwick Lumber|true" "under a headline about a fire, the fire's count is the story's"

# a sentence of hundreds of tokens is read to its end: the date and amount
# scanners jump between the tokens they may start at, 64 to a mask word
pad=$(for k in $(seq 1 40); do printf 'and the old stone quay '; done)
printf 'The board said the repairs cover the north pier %s and will cost $8 million, starting March 3, 2025, with 40%% of it paid by the port %s before 2027.\n' \
	"$pad" "$pad" >long.txt
"$CROSSCHECK" extract --date 2024-07-16 --format jsonl long.txt >long.jsonl
is "$(jq -rs 'sort_by(.start)[] | select(.type != "entity" and .type != "event") | "\(.sentence) \(.type) \(.value)"' long.jsonl | tr '\n' ';')" \
	"0 money USD 8000000;0 date 2025-03-03;0 percent 40;0 date 2027;" \
	"dates and amounts past the 64th and 128th tokens of a long sentence are found"

# claims are stored on add
run add --date 2024-07-16 a.txt
run claims --format jsonl
is "$rc" 0 "claims exits 0"
is "$(jq -s 'length > 0' <<<"$out")" true "claims were stored on add"
is "$(jq -r 'select((.id|type)=="number" and (.source|type)=="string" and (.text|type)=="string" and (.start|type)=="number" and (.end|type)=="number" and has("subject") and has("event") and (.slots|type)=="array" and (.score|type)=="number" and (.support|type)=="number" and (.conflicts|type)=="number") | .id' <<<"$out" | wc -l)" \
	"$(grep -c . <<<"$out")" "claims jsonl objects carry id, source, text, start, end, subject, event, slots, score, support, conflicts"
is "$(jq -r 'select(.text | test("^Call 555")) | .id' <<<"$out")" "" "a sentence with nothing checkable is no claim"
run claims --source nope
is "$rc" 1 "claims --source of a missing source exits 1"

# a wire's dateline is boilerplate also when --date gives the date: no
# mention comes of it (its date, "Conn.", the wire's name)
printf 'Newsline release\n\nHARTFORD, Conn., April 8, 2025 /Newsline/ -- Corvane Systems said it will cut 200 jobs by June.\n' >wire.txt
for d in "" "--date 2025-04-10"; do
	run extract $d --format jsonl wire.txt
	is "$(jq -r 'select(.type == "date") | .text' <<<"$out" | tr '\n' ' ')" "June " "wire dateline ${d:-without --date}: only the lead's date is a mention"
	is "$(jq -r 'select(.type == "entity") | .text' <<<"$out" | tr '\n' ' ')" "Corvane Systems " "... and no entity comes of the dateline"
done

# a name longer than a mention's value holds is cut where a character
# starts: every record stays valid UTF-8 (was: cut inside "Ö", so the
# jsonl and the claims held a broken byte)
printf 'Östergötlands Överförmyndarnämnds Förvalöningsöversyn said on Monday it would close two offices.\n' >long.txt
run extract --date 2025-04-10 --format jsonl long.txt
is "$rc" 0 "a long non-ASCII name: extract runs"
if command -v iconv >/dev/null; then
	iconv -f UTF-8 -t UTF-8 <<<"$out" >/dev/null 2>&1
	is "$?" 0 "... and its jsonl is valid UTF-8 (the name cut between characters)"
fi
like "$(jq -r 'select(.type == "entity") | .value' <<<"$out")" "Östergötlands" "... the entity keeps the name's start"
# the text format shows a range the value alone does not tell, and a
# comparator instead of it
printf 'Repairs could take two or three years.\nBetween 20 and 30 crew members were hurt.\nFewer than 50 workers stayed.\n' >range.txt
run extract range.txt
like "$out" "two or three years  ->  P2Y [year] (2 to 3)" "text format: a range of years shows its bounds"
like "$out" "Between 20 and 30  ->  20 [crew] (20 to 30)" "text format: a range of counts shows its bounds"
like "$out" "Fewer than 50  ->  50 [worker] (less)" "text format: a comparator, no range"
done_testing
