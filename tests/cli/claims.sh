#!/usr/bin/env bash
# crosscheck claims as a reviewer reads it after a review: each claim's
# current verdict, tags and note (text and jsonl), --verdict to keep the
# claims of one verdict or none, and figures shown with their unit as the
# csv export shows them. The article is written here.
. "$top_srcdir/tests/cli/lib.sh"

command -v jq >/dev/null 2>&1 || skip_all "jq is not installed"

cat >"$T/trail.txt" <<'EOF'
Park rangers reopened the Orrin Ridge trail on Monday after a rockfall closed it on May 2, 2025.

The rebuilt section is 14 miles long, the park service said.

Crews moved about 600 tonnes of rock, according to the district office.
EOF
DB="$T/c.db"
cc() { run --db "$DB" "$@"; }
"$CROSSCHECK" --db "$DB" add --story trail "$T/trail.txt" >/dev/null
mapfile -t ids < <("$CROSSCHECK" --db "$DB" claims --format jsonl | jq -r .id)
test "${#ids[@]}" -ge 3
ok $? "fixture: three claims or more"
mile=$("$CROSSCHECK" --db "$DB" claims --format jsonl | jq -r 'select(.slots | any(.unit == "mile")) | .id' | head -n 1)
test -n "$mile"
ok $? "fixture: a claim counted in miles"

# ---- nothing annotated yet --------------------------------------------------
cc claims
is "$rc" 0 "claims exits 0"
unlike "$out" "[" "no claim shows a state before any annotation"
cc claims --format jsonl
is "$(jq -sc 'map([.verdict, .note, .tags]) | unique' <<<"$out")" '[[null,null,[]]]' \
	"jsonl: verdict null, note null, tags [] on every claim"

# ---- a figure with its unit -------------------------------------------------
cc claims
line=$(grep "^$mile " <<<"$out")
like "$line" "number=14 mile" "text: a figure with its unit, as the csv export shows it"
csv=$("$CROSSCHECK" --db "$DB" export --format csv --only all)
like "$csv" "number=14 mile" "... which is what the csv export says"

# ---- annotated -------------------------------------------------------------
"$CROSSCHECK" --db "$DB" annotate "$mile" --verdict false --note 'the map says 12' \
	--tag length --tag recheck --reviewer ana >/dev/null
"$CROSSCHECK" --db "$DB" annotate "${ids[0]}" --tag dates --reviewer ana >/dev/null
cc claims
is "$(grep -c '\[' <<<"$out")" 2 "text: the two annotated claims show a state, no other"
like "$(grep "^$mile " <<<"$out")" "number=14 mile [false #length #recheck ✎]" \
	"text: verdict, tags and a note mark end the claim's line"
like "$(grep "^${ids[0]} " <<<"$out")" " [#dates]" "text: tags alone, without a verdict"
unlike "$out" "the map says 12" "text: the note itself stays out of the list"
cc claims --format jsonl
is "$(jq -c --argjson id "$mile" 'select(.id == $id) | [.verdict, .note, .tags]' <<<"$out")" \
	'["false","the map says 12",["length","recheck"]]' "jsonl: verdict, note and tags"
is "$(jq -c --argjson id "${ids[0]}" 'select(.id == $id) | [.verdict, .note, .tags]' <<<"$out")" \
	'[null,null,["dates"]]' "jsonl: tags without a verdict"
is "$(jq -c --argjson id "$mile" 'select(.id == $id) | .slots | map(select(.unit == "mile")) | length' <<<"$out")" \
	1 "jsonl: the slot keeps its unit member"
ex=$("$CROSSCHECK" --db "$DB" export --only annotated | jq -c '.claims | map([.id, .verdict, .note, .tags])')
is "$(jq -sc 'map(select(.verdict or .note or (.tags | length > 0))) | map([.id, .verdict, .note, .tags])' <<<"$out")" \
	"$ex" "jsonl: the same states as the json export"

# ---- --verdict --------------------------------------------------------------
cc claims --verdict false --format jsonl
is "$(jq -r .id <<<"$out")" "$mile" "--verdict false: only the false claim"
cc claims --verdict none --format jsonl
is "$(jq -s 'length' <<<"$out")" "$((${#ids[@]} - 1))" "--verdict none: every claim without a verdict"
unlike "$(jq -r .id <<<"$out")" "$mile" "--verdict none: not the judged one"
cc claims --verdict true
is "$rc:$out" "0:" "--verdict true with none true: nothing, exit 0"
cc claims --verdict wrong
is "$rc" 2 "--verdict of no verdict: usage error"
like "$err" "true, false, misleading, unverifiable or none" "... naming the choices"

# ---- a cleared state shows nothing ------------------------------------------
"$CROSSCHECK" --db "$DB" annotate "${ids[0]}" --untag dates --reviewer ana >/dev/null
cc claims
unlike "$(grep "^${ids[0]} " <<<"$out")" "[" "a claim whose tags were all taken off shows no state"

# ---- a figure given as a bound or an estimate -------------------------------
# "fewer than 40" is not 40: the slot says which side of the figure the
# article stands on, in the claims list and in the csv export alike.
cat >"$T/bounds.txt" <<'EOF'
Fewer than 40 hikers were on the ridge when the slope gave way.

The closure lasted more than three weeks, the district office said.

Crews cleared roughly 600 tonnes of rock before the reopening.

Several hikers were stranded overnight, and dozens of cars were towed.

The ridge trail was first cut in the mid-1990s.

Rangers had warned of loose rock before 2020.

Between 300 and 400 volunteers joined the cleanup.

The trail had been closed for two or three years before that.
EOF
B="$T/b.db"
"$CROSSCHECK" --db "$B" add --story bounds "$T/bounds.txt" >/dev/null
lines=$("$CROSSCHECK" --db "$B" claims | grep '|')
like "$lines" "number<40 hiker" "text: an upper bound shows '<' (fewer than 40)"
unlike "$lines" "number=40" "... and never as the figure itself"
like "$lines" "duration>P3W week" "text: a lower bound shows '>' (more than three weeks)"
like "$lines" "number~600 tonne" "text: an estimate shows '~' (roughly 600)"
like "$lines" "number=3 to 9 hiker" "text: a vague count is its range (several: 3 to 9, not about 3)"
like "$lines" "number=24 to 199 car" "... (dozens: 24 to 199)"
like "$lines" "number=300 to 400 volunteer" "text: a range the article gives reads as one (between 300 and 400; it read as 300 alone)"
like "$lines" "duration=P2Y to P3Y year" "... and a duration's (two or three years: P2Y to P3Y)"
like "$lines" "date=mid 199X" "text: a date's modifier is a word before it (the mid-1990s)"
like "$lines" "date=before 2020" "... (before 2020)"
csv=$("$CROSSCHECK" --db "$B" export --format csv --only all)
like "$csv" "number<40 hiker" "csv: the same bound"
like "$csv" "date=before 2020" "csv: the same date modifier"
like "$csv" "number=3 to 9 hiker" "csv: the same range"
like "$csv" "duration=P2Y to P3Y year" "csv: the same duration's range"
md=$("$CROSSCHECK" --db "$B" export --format markdown --only all)
like "$md" "duration=2 years to 3 years" "markdown: a duration's range in words"
like "$md" 'number\<40 hiker' "markdown: the same bound ('<' escaped, so it renders as written)"
printf 'Acme cut fewer than 50 jobs on 3 March 2025.\n' >"$T/two.txt"
"$CROSSCHECK" --db "$B" add --story two "$T/two.txt" >/dev/null
printf 'Crews reopened the lower loop on Tuesday.\n' >"$T/undated.txt"
"$CROSSCHECK" --db "$B" add --story undated "$T/undated.txt" >/dev/null
like "$("$CROSSCHECK" --db "$B" claims --source undated.txt)" "date=XXXX-XX-XX (Tuesday)" \
	"text: a day no year can be found for shows its words"
like "$("$CROSSCHECK" --db "$B" claims --source two.txt)" "| date=2025-03-03; number<50 job" \
	"text: a claim's slots are parted by '; ', as in the csv"

# a sentence of a page (a list run together) is cut in the text listing,
# saying how much is left out; jsonl keeps it whole
{ printf 'Acme cut'; for i in $(seq 1 300); do printf ' jobs at plant %d,' "$i"; done; printf ' 40 of them on 3 March 2025.\n'; } >"$T/page.txt"
"$CROSSCHECK" --db "$B" add --story page "$T/page.txt" >/dev/null
text=$("$CROSSCHECK" --db "$B" claims --source page.txt | sed -n 2p)
like "$text" "       Acme cut jobs at plant 1, jobs at plant 2," "text: a sentence over 800 characters starts as it does"
[[ $text =~ [^\ ]\ …\ \([0-9]+\ more\ characters\;\ --format\ jsonl\ shows\ it\ whole\)$ ]]
ok $? "... is cut after a word and says how much is left out"
n=$(printf '%s' "${text#       }" | sed 's/ … (.*//' | wc -m)
ok $((!(n <= 800 && n > 720))) "... after at most 800 characters, at a word's end ($n)"
full=$("$CROSSCHECK" --db "$B" claims --source page.txt --format jsonl | jq -r '.text' | head -n 1)
like "$full" "plant 300, 40 of them" "jsonl: the sentence whole"

# a month without a year ("in June", no year in its article) takes the year
# other sources give that month, whichever was added first; late, early and
# mid keep their part of it; removing the source that gave it takes it away
M="$T/m.db"
printf 'Tollbridge news\n\nThe old bridge closed in June, and the toll starts in late September.\n' >"$T/undated-month.txt"
printf 'Toll news\n\nThe old bridge closed in June 2025 for repairs.\n' >"$T/dated-month.txt"
printf 'Toll rises\n\nThe toll starts on September 28, 2025, the council said.\n' >"$T/dated-day.txt"
mv_of() { sqlite3 "$M" "SELECT group_concat(x.value || '/' || coalesce(x.lo, '') || '-' || coalesce(x.hi, ''), ' ') FROM slots x JOIN claims c ON c.id = x.claim_id JOIN sources s ON s.id = c.source_id WHERE s.name = 'undated-month.txt' AND x.type = 'date'"; }
"$CROSSCHECK" --db "$M" add --story toll "$T/undated-month.txt" >/dev/null
is "$(mv_of)" "XXXX-06/- XXXX-09/-" "months: no year anywhere yet"
"$CROSSCHECK" --db "$M" add --story toll "$T/dated-month.txt" >/dev/null
is "$(mv_of)" "2025-06/20240.0-20269.0 XXXX-09/-" "months: 'in June' takes 2025 from another source's June 2025, the whole month"
like "$("$CROSSCHECK" --db "$M" corroborations)" "agree on when" "months: ... and the two closings in June now agree"
"$CROSSCHECK" --db "$M" add --story toll "$T/dated-day.txt" >/dev/null
is "$(mv_of)" "2025-06/20240.0-20269.0 2025-09/20352.0-20361.0" "months: 'late September' takes 2025 from a day of it, its last ten days"
"$CROSSCHECK" --db "$M" remove dated-month.txt >/dev/null
is "$(mv_of)" "XXXX-06/- 2025-09/20352.0-20361.0" "months: the source that gave June's year removed: no year again"
"$CROSSCHECK" --db "$M" refresh >/dev/null
is "$(mv_of)" "XXXX-06/- 2025-09/20352.0-20361.0" "months: a refresh gives the same years"
M2="$T/m2.db"
"$CROSSCHECK" --db "$M2" add --story toll "$T/dated-month.txt" "$T/undated-month.txt" >/dev/null
is "$(sqlite3 "$M2" "SELECT x.value FROM slots x JOIN claims c ON c.id = x.claim_id JOIN sources s ON s.id = c.source_id WHERE s.name = 'undated-month.txt' AND x.type = 'date' ORDER BY x.value LIMIT 1")" \
	"2025-06" "months: the dated source added first: the same year"
done_testing
