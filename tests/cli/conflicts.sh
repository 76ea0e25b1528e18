#!/usr/bin/env bash
# Conflicts and corroboration across sources, as a fact-checker reads them.
. "$top_srcdir/tests/cli/lib.sh"
K="$top_srcdir/examples/kaspersky"

run add "$K"/*.txt
run conflicts --format jsonl
is "$rc" 0 "conflicts exits 0"
is "$(jq -r 'select((.id|type)=="number" and (.kind|type)=="string" and (.severity|type)=="string" and (.rule|type)=="string" and (.key|type)=="string" and (.explanation|type)=="string" and (.a.claim|type)=="number" and (.a.source|type)=="string" and (.a.text|type)=="string" and (.a.start|type)=="number" and (.b.end|type)=="number") | .id' <<<"$out" | wc -l)" \
	"$(grep -c . <<<"$out")" "conflict objects carry id, kind, severity, rule, key, explanation, a and b"
de=$(jq -c 'select(.kind == "date-event" and ([.a.source, .b.source] | sort) == ["harbor-tech-daily.txt", "the-ledger-wire.txt"])' <<<"$out")
test -n "$de"
ok $? "'starting July 20' against 'announced on July 20' is a date-event conflict"
like "$de" "2024-07-20" "its key holds the date"
like "$(jq -r .explanation <<<"$de")" "harbor-tech-daily.txt" "the explanation names one source"
like "$(jq -r .explanation <<<"$de")" "the-ledger-wire.txt" "and the other"
like "$(jq -r .explanation <<<"$de")" "Kaspersky ceases starting 2024-07-20 (\"July 20\")" \
	"and says what begins then with the sentence's own verb"
is "$(jq -r .explanation <<<"$out" | grep -cE 'STARTS|ANNOUNCED|DEADLINE|>=|<=|e\+0|these stop|must:')" 0 \
	"no explanation shows a class in capitals, a comparator sign, an exponent or a lemma list"
like "$(jq -r .explanation <<<"$out")" "(fewer than 50 employees)" "a bound reads in the article's kind of words"
is "$(jq -r 'select(.kind == "date-scope" and (.key | contains("2024-09-29"))) | [.a.source, .b.source] | map(select(. == "northpoint-herald.txt")) | length' <<<"$out" | sort -u)" 1 \
	"'until September 29 to cease all operations' is a scope conflict with the others"
is "$(jq -r 'select(.kind == "quantity" and .severity == "strong" and (.key | contains("worker"))) | .kind' <<<"$out" | sort -u)" quantity \
	"'fewer than 50 employees' against 'about 60 workers' is a strong quantity conflict"
is "$(jq -r 'select(.kind == "quantity" and (.key | contains("year"))) | .severity' <<<"$out" | sort -u)" weak \
	"'over a decade' against 'nearly two decades' is weak, never strong"
is "$(jq -r 'select(.kind == "quantity" and (.key | contains("country"))) | .id' <<<"$out")" "" \
	"'offices in 31 countries' against 'used in more than 200 countries' is no conflict"
is "$(jq -r 'select(.a.source == .b.source) | .id' <<<"$out")" "" "no conflict inside one source"

run claims --format jsonl
is "$(jq -s 'map(select(.support > 0)) | length > 0' <<<"$out")" true "agreeing claims count their support"
is "$(jq -s 'map(.conflicts) | add > 0' <<<"$out")" true "claims count their conflicts"

run conflicts --kind quantity --format jsonl
is "$(jq -r .kind <<<"$out" | sort -u)" quantity "--kind filters"
run conflicts --kind nonsense
is "$rc" 2 "an unknown --kind is a usage error"
like "$err" "unknown conflict kind 'nonsense'" "and says so"
run conflicts
like "$out" "  a: " "text output shows side a"
like "$out" "  b: " "and side b"
run conflicts --kind polarity
is "$out" "No conflicts of kind polarity among 5 sources." "when nothing is listed, the text output says so"
run conflicts --kind polarity --format jsonl
is "$rc:$out" "0:" "and jsonl prints no line"
run conflicts --story nosuch
is "$rc" 1 "a story no source belongs to: exit 1"
like "$err" "belongs to the story 'nosuch'" "and names the story"

# the order sources arrive in does not change what is found
sig() { "$CROSSCHECK" --db "$1" conflicts --format jsonl | jq -r '[.kind, .severity, .key, ([.a.source, .b.source] | sort | join("+"))] | @tsv' | sort; }
files=("$K"/*.txt)
rev=()
for ((i = ${#files[@]} - 1; i >= 0; i--)); do rev+=("${files[i]}"); done
"$CROSSCHECK" --db rev.db add "${rev[@]}" >/dev/null
for f in "${files[@]}"; do "$CROSSCHECK" --db one.db add "$f" >/dev/null; done
is "$(sig rev.db)" "$(sig crosscheck.db)" "adding in reverse order finds the same conflicts"
is "$(sig one.db)" "$(sig crosscheck.db)" "adding one source at a time finds the same conflicts"
is "$(sig crosscheck.db | md5sum)" "$(sig crosscheck.db | md5sum)" "the listing is deterministic"

# stories keep conflicts apart
"$CROSSCHECK" --db stories.db add --story a "${files[0]}" "${files[1]}" >/dev/null
"$CROSSCHECK" --db stories.db add --story b "${files[2]}" "${files[3]}" "${files[4]}" >/dev/null
run --db stories.db conflicts --format jsonl
is "$(jq -r 'select(.story != "a" and .story != "b") | .id' <<<"$out")" "" "every conflict belongs to a story"
run --db stories.db conflicts --story a --format jsonl
is "$(jq -r .story <<<"$out" | sort -u | grep -v '^a$')" "" "--story filters"
# times of day: four reports of one fire, written here (not taken from the examples)
mkdir -p mill
for x in "west:at 2:09 a.m. PST " "local:at 2:19 a.m. " "east:at 5:09 a.m. ET " "day:"; do
	printf 'PORTVILLE, March 3, 2025\n\nThe fire broke out %son Monday at the Orland paper mill.\n' "${x#*:}" >"mill/${x%%:*}.txt"
done
run extract --format jsonl mill/west.txt
is "$(jq -r 'select(.type == "date") | [.text, .value, .unit, .granularity] | @tsv' <<<"$out")" \
	"$(printf '2:09 a.m. PST on Monday\t2025-03-03T02:09-08:00\tPST\tminute')" \
	"a time joined with its day: value with the UTC offset, the zone as unit"
is "$(jq -r 'select(.type != "date" and (.text | test("PST|2|09"))) | .text' <<<"$out")" "" \
	"the zone is no entity and the clock's digits are no numbers"
"$CROSSCHECK" --db mill.db add --story mill mill/west.txt mill/local.txt mill/east.txt mill/day.txt >/dev/null
run --db mill.db conflicts --format jsonl
sides() { jq -r "select(.rule == \"$1\") | [.a.source, .b.source] | sort | join(\"+\")" <<<"$out" | sort | tr '\n' ' '; }
is "$(sides event-date/different-time)" "east.txt+local.txt local.txt+west.txt " \
	"2:19 a.m. conflicts with 2:09 a.m. PST and with 5:09 a.m. ET, and nothing else does"
like "$(jq -r 'select(.rule == "event-date/different-time" and (.a.source == "west.txt" or .b.source == "west.txt")) | .explanation' <<<"$out")" \
	"west.txt says the fire breaks out at 2:09 a.m. PST on 2025-03-03 (\"2:09 a.m. PST on Monday\"), local.txt at 2:19 a.m. on 2025-03-03" \
	"the explanation gives both times in words, with the claim's own verb"
is "$(jq -r 'select(.a.source == "day.txt" or .b.source == "day.txt") | .id' <<<"$out")" "" \
	"a time against the same day without a time is no conflict"
run --db mill.db claims --format jsonl
is "$(jq -r 'select(.source == "day.txt") | .support' <<<"$out")" 3 "and the day-only report is supported by all three"
is "$(jq -r 'select(.source == "west.txt") | [.support, .conflicts] | @tsv' <<<"$out")" "$(printf '2\t1')" \
	"2:09 a.m. PST agrees with 5:09 a.m. ET (and the day), conflicts with 2:19 a.m."
# a year filled in later joins older sources: two reports of one deadline
# without a year, then a third that gives it (written here)
mkdir -p cutoff
printf 'Orvik to leave the country\n\nA federal ruling gives Orvik until September 29 to cease all operations in the country.\n' >cutoff/total.txt
printf 'Orvik customers face a cutoff\n\nStarting September 29, existing customers will also stop receiving software updates.\n' >cutoff/part.txt
printf 'Regulators set the date\n\nThe federal ruling against Orvik was issued on June 20, 2024, and it takes effect on September 29, 2024.\n' >cutoff/year.txt
for order in "total part year" "year part total" "part year total"; do
	rm -f cutoff.db
	for f in $order; do "$CROSSCHECK" --db cutoff.db add --story cutoff "cutoff/$f.txt" >/dev/null; done
	run --db cutoff.db conflicts --format jsonl
	is "$(jq -r '[.kind, .key, ([.a.source, .b.source] | sort | join("+"))] | @tsv' <<<"$out")" \
		"$(printf 'date-scope\t2024-09-29|Orvik|scope\tpart.txt+total.txt')" \
		"added as $order: 'until September 29 to cease all' against 'starting September 29 ... stop receiving updates', once"
done
# the same count in other words meets: employees and workers are one unit
mkdir -p count
printf 'Orvik trims its staff\n\nOrvik Inc. said on Monday that it will lay off fewer than 40 employees.\n' >count/lay.txt
printf 'Orvik cuts jobs\n\nThe cuts at Orvik Inc. will affect fewer than 40 workers, the company said.\n' >count/aff.txt
"$CROSSCHECK" --db count.db add --story count count/lay.txt count/aff.txt >/dev/null
run --db count.db claims --format jsonl
is "$(jq -r 'select(any(.slots[]; .value == "40")) | [.source, .support] | @tsv' <<<"$out")" \
	"$(printf 'lay.txt\t1\naff.txt\t1')" "'fewer than 40 employees' and 'fewer than 40 workers' support each other"

# corroborations: which sources agree with a claim, and on what, in words
run --db count.db corroborations
is "$rc" 0 "corroborations exits 0"
is "$(head -n 1 <<<"$out")" \
	'#1 quantity/compatible  lay.txt ("fewer than 40") and aff.txt ("fewer than 40") agree on Orvik: fewer than 40 employees' \
	"corroborations: the rule and, in words, what both sources say"
like "$out" "  a: lay.txt: Orvik Inc. said on Monday that it will lay off fewer than 40 employees." "corroborations: side a's source and sentence"
like "$out" "  b: aff.txt: The cuts at Orvik Inc. will affect fewer than 40 workers, the company said." "corroborations: side b's"
run --db count.db corroborations --format jsonl
is "$(jq -r '[.rule, .key, .story, .a.source, .b.source] | @tsv' <<<"$out")" \
	"$(printf 'quantity/compatible\tOrvik|worker|number\tcount\tlay.txt\taff.txt')" "corroborations jsonl: rule, key, story and both sources"
is "$(jq -r '[(.a, .b) | .text[.slot_start - .start:.slot_end - .start]] | join("|")' <<<"$out")" "fewer than 40|fewer than 40" \
	"corroborations jsonl: each side's slot agreed on is marked"
# every claim's support is the number of other sources its corroborations name
"$CROSSCHECK" claims --format jsonl | jq -r 'select(.support > 0) | "\(.id) \(.support) \(.source)"' >sup.txt
ok $(( $(wc -l <sup.txt) < 5 )) "the examples have claims with support ($(wc -l <sup.txt))"
bad=0
while read -r id n src; do
	m=$("$CROSSCHECK" corroborations --claim "$id" --format jsonl |
		jq -r --arg s "$src" '[.a.source, .b.source][] | select(. != $s)' | sort -u | wc -l)
	[ "$m" = "$n" ] || { echo "# claim $id: support $n, corroborations name $m sources"; bad=1; }
done <sup.txt
is "$bad" 0 "corroborations --claim ID names as many other sources as claims shows in support"
is "$("$CROSSCHECK" corroborations --format jsonl | jq -r 'select(.a.source == .b.source or (.explanation | test(" agree | quote the same words") | not)) | .id')" "" \
	"every corroboration is between two sources and says in words that they agree"
nosup=$("$CROSSCHECK" claims --format jsonl | jq -r 'select(.support == 0) | .id' | head -n 1)
run corroborations --claim "$nosup"
is "$rc:$out" "0:No source agrees with claim $nosup." "a claim without support: said so"
run corroborations --claim 999999
is "$rc" 1 "an unknown claim: exit 1"
like "$err" "no claim with id 999999" "and names it"
run corroborations --claim x
is "$rc" 2 "a claim id that is not a number: usage error"
run corroborations --story nosuch
is "$rc" 1 "corroborations: a story no source belongs to: exit 1"
like "$err" "belongs to the story 'nosuch'" "and names the story"
run --db count.db corroborations --story count --format text
like "$out" "lay.txt" "--story keeps the story's agreements"
run --db cutoff.db corroborations
is "$rc:$out" "0:No corroborations among 3 sources." "no corroborations: the text output says so"
is "$("$CROSSCHECK" help corroborations)" "$("$CROSSCHECK" corroborations --help)" "help corroborations and corroborations --help agree"

# distances from two places whose names share their first 18 bytes are two
# measures, not one (the measure was cut at 23 bytes: "from Rancho Santa
# Marga" made the airport and the lake one place); the store keeps the
# whole name
mkdir -p "$T/place"
for f in a:14:Airport b:20:Lake c:26:Airport; do
	IFS=: read -r name miles place <<<"$f"
	printf 'LAKE FOREST, Calif. (June 3, 2025) - A magnitude 4.1 earthquake struck %s miles northeast of Rancho Santa Margarita %s on Tuesday, the survey said.\n' \
		"$miles" "$place" >"$T/place/$name.txt"
done
"$CROSSCHECK" --db "$T/place.db" add --story q "$T"/place/{a,b,c}.txt >/dev/null 2>&1
run --db "$T/place.db" conflicts --format jsonl
is "$(jq -r 'select(.kind == "quantity") | [.a.source, .b.source] | join(" ")' <<<"$out")" "a.txt c.txt" \
	"distances from the airport and from the lake: only the airport's conflict"
like "$(jq -r .explanation <<<"$out")" "For the distance from Rancho Santa Margarita Airport," \
	"... named with the place's whole name"
run --db "$T/place.db" claims --format jsonl
is "$(jq -r '.slots[] | .measure // empty' <<<"$out" | sort -u)" \
	"$(printf 'from Rancho Santa Margarita Airport\nfrom Rancho Santa Margarita Lake')" "the store holds the whole measure"

# the cash of one deal: a wire story's dateline ("DOVER, Del. (Newsline) -")
# is no subject, so the payment in "agreed to buy X ..., paying $120 million
# in cash" is the buyer's, not X's; and "Harlow Foods" named in full in one
# article and "Harlow" in the other are one subject
mkdir -p "$T/cash"
printf 'Harlow Foods buys Pellam Dairy\n\nDOVER, Del. (Newsline) - Harlow Foods Group on Monday agreed to buy Pellam Dairy Ltd. in a cash-and-share deal, paying $120 million in cash and about $15 million in Harlow stock.\n' >"$T/cash/wire.txt"
printf 'Harlow pays cash for Pellam\n\nHarlow said on Monday it would buy Pellam Dairy for $135 million in cash, its biggest purchase in a decade.\n' >"$T/cash/daily.txt"
"$CROSSCHECK" --db "$T/cash.db" add --story dairy "$T"/cash/{wire,daily}.txt >/dev/null 2>&1
run --db "$T/cash.db" conflicts --format jsonl
is "$(jq -r 'select(.kind == "quantity") | "\(.severity) \(.key)"' <<<"$out")" "strong Harlow|USD|money|cash" \
	"'\$120 million in cash' against '\$135 million in cash': a strong conflict on the cash, under the short name"
run --db "$T/cash.db" claims --source wire.txt --format jsonl
is "$(jq -r 'select(.slots | any(.type == "money")) | .subject' <<<"$out")" "Harlow Foods" \
	"the payment after a dateline is the buyer's"
printf 'Harlow buys Pellam\n\nDOVER \xe2\x80\x94 Harlow Foods Group agreed to buy Pellam Dairy Ltd. in a cash deal, paying $120 million in cash.\n' >"$T/cash/dash.txt"
run extract --format jsonl "$T/cash/dash.txt"
is "$(jq -r 'select(.type == "money") | .subject' <<<"$out")" "Harlow Foods" \
	"... after a dateline in capitals and a dash too"
# cash held at the end of a year is a balance, not the price: it meets
# neither payment, whatever the measure's word
printf 'Harlow and its cash\n\nHarlow Foods ended its last fiscal year with about $900 million in cash and short-term investments.\n' >"$T/cash/annual.txt"
"$CROSSCHECK" --db "$T/cash.db" add --story dairy "$T/cash/annual.txt" >/dev/null 2>&1
run --db "$T/cash.db" conflicts --format jsonl
is "$(jq -r 'select(.kind == "quantity") | "\(.a.source) \(.b.source)"' <<<"$out" | sort | tr '\n' ';')" "wire.txt daily.txt;" \
	"'ended the year with \$900 million in cash' conflicts with no price paid in cash"

# one measure in its spellings (data/units.tsv): the same figure agrees,
# another figure conflicts and says so in the article's words; another
# magnitude (km against miles) is never compared
mkdir -p "$T/units"
while IFS='|' read -r pair x ux y uy want; do
	rm -rf "$T/units/$pair" && mkdir -p "$T/units/$pair"
	printf 'Quake near Bellhaven\n\nA magnitude 4.1 earthquake struck %s %s north of Bellhaven on Tuesday, the survey said.\n' \
		"$x" "$ux" >"$T/units/$pair/a.txt"
	printf 'Quake near Bellhaven\n\nA magnitude 4.1 earthquake struck %s %s north of Bellhaven on Tuesday, the survey said.\n' \
		"$y" "$uy" >"$T/units/$pair/b.txt"
	"$CROSSCHECK" --db "$T/units/$pair.db" add --story q "$T/units/$pair"/{a,b}.txt >/dev/null 2>&1
	c=$("$CROSSCHECK" --db "$T/units/$pair.db" conflicts --format jsonl | jq -r 'select(.kind == "quantity") | .explanation')
	g=$("$CROSSCHECK" --db "$T/units/$pair.db" corroborations --format jsonl |
		jq -r 'select(.explanation | contains("distance")) | .explanation')
	case $want in
	agree) is "$c" "" "$x $ux and $y $uy: no conflict" && like "$g" "agree on the distance from Bellhaven" "$x $ux and $y $uy agree" ;;
	none) is "$c$g" "" "$x $ux and $y $uy are not compared" ;;
	*) is "$c" "$want" "$x $ux and $y $uy conflict, in words" ;;
	esac
done <<'EOF2'
km|12|km|12|kilometres|agree
km2|12|kilometers|12|kilometres|agree
km3|12|km|15|kilometers|For the distance from Bellhaven, a.txt says "12" (12 km) and b.txt "15" (15 kilometers): the figures cannot both be right
mi|9|mi|9|miles|agree
mi2|9|mi|14|miles|For the distance from Bellhaven, a.txt says "9" (9 mi) and b.txt "14" (14 miles): the figures cannot both be right
m|800|metres|800|meters|agree
kmmi|12|km|12|miles|none
kmm|12|km|12|metres|none
EOF2
# ---- figures that meet only through the fold of their units: the store's
# lookups match the folded unit (slots.unit_key), so "200 jobs" finds "340
# employees" of the same subject though no event, count or unit spelling
# is shared; units that fold apart are never met
mkdir -p "$T/fold"
while IFS='|' read -r name x ux y uy want; do
	rm -rf "$T/fold/$name" "$T/fold/$name.db" && mkdir -p "$T/fold/$name"
	printf 'Halden trims its plant\n\nHalden Chemical will cut %s %s at its river plant, the company said.\n' \
		"$x" "$ux" >"$T/fold/$name/a.txt"
	printf 'Union reacts to plant cuts\n\nThe cuts at Halden Chemical will affect %s %s.\n' "$y" "$uy" >"$T/fold/$name/b.txt"
	"$CROSSCHECK" --db "$T/fold/$name.db" add --story cuts "$T/fold/$name"/{a,b}.txt >/dev/null 2>&1
	c=$("$CROSSCHECK" --db "$T/fold/$name.db" conflicts --format jsonl | jq -r 'select(.kind == "quantity") | "\(.severity): \(.explanation)"')
	case $want in
	none) is "$c" "" "$x $ux and $y $uy are not compared" ;;
	*) is "$c" "$want" "$x $ux and $y $uy meet through units.tsv and conflict, in words" ;;
	esac
done <<'EOF2'
jobs|200|jobs|340|employees|strong: For Halden Chemical, a.txt says "200" (200 jobs) and b.txt "340" (340 employees): the figures cannot both be right
staff|200|positions|340|staff members|strong: For Halden Chemical, a.txt says "200" (200 positions) and b.txt "340" (340 staff): the figures cannot both be right
users|200|jobs|340|customers|none
EOF2
if command -v sqlite3 >/dev/null 2>&1; then
	# a store written before schema 11 (no unit keys) migrates; its rows
	# get their keys from the data before the new source is looked up
	O="$T/fold/old.db"
	rm -f "$O"
	"$CROSSCHECK" --db "$O" add --story cuts "$T/fold/jobs/a.txt" >/dev/null
	sqlite3 "$O" "$UNDO_SCHEMA_11"
	is "$(sqlite3 "$O" 'PRAGMA user_version')" 10 "fixture: a schema 10 store"
	"$CROSSCHECK" --db "$O" add --story cuts "$T/fold/jobs/b.txt" >/dev/null
	is "$(sqlite3 "$O" 'PRAGMA user_version'):$(sqlite3 "$O" 'SELECT group_concat(unit || "=" || unit_key, " ") FROM slots WHERE unit <> ""')" \
		"13:job=worker employee=worker" "migration: the old row's unit is folded by the data, the new one's by the claim"
	run --db "$O" conflicts --format jsonl
	like "$(jq -r .explanation <<<"$out")" 'a.txt says "200" (200 jobs) and b.txt "340" (340 employees)' \
		"... and the new source's figure meets the old one's"
fi
# ---- the staff a deal moves: one outlet gives them to the buyer ("brings
# 120 staff into Harlow"), another to the target ("Pellam's about 90 workers
# will join"); they are one head count whichever company each names. Head
# counts that move nowhere keep their own subjects and do not meet.
mkdir -p "$T/join"
printf 'Harlow Foods to buy Pellam Dairy\n\nHarlow Foods said on Tuesday it would buy Pellam Dairy for $40 million.\n\nThe purchase brings 120 staff into Harlow Foods, most of them at two creameries in Kent.\n\nHarlow Foods employs 4,000 people.\n' >"$T/join/a.txt"
printf 'Dairy changes hands\n\nHarlow Foods agreed on Tuesday to acquire Pellam Dairy.\n\nPellam Dairy'"'"'s about 90 workers will join Harlow'"'"'s cheese division.\n\nPellam Dairy employs 2,900 people.\n' >"$T/join/b.txt"
"$CROSSCHECK" --db "$T/join.db" add --story dairy "$T/join"/{a,b}.txt >/dev/null 2>&1
c=$("$CROSSCHECK" --db "$T/join.db" conflicts --kind quantity --format jsonl)
is "$(jq -r '"\(.key) \(.severity): \(.explanation)"' <<<"$c")" \
	'|worker|number|joining strong: For the staff the deal moves, a.txt says "120" (120 staff) and b.txt "about 90" (about 90 workers): the figures cannot both be right' \
	"the staff a deal moves meet whichever company each outlet names, and only they"
# ---- a dateline the page prints twice ("Updated: ..." above and below the
# headline) is the article's, not a site's banner of the day, so "Monday"
# is resolved against it; a statement released is a report (ANNOUNCE)
mkdir -p "$T/stamp"
printf 'Mill to shut its oldest line\nUpdated: March 12, 2025 09:40 GMT\nUpdated: March 12, 2025 09:40 GMT\n\nIn a statement released on Monday, Brenford Mills said it would shut its oldest paper line.\n' >"$T/stamp/a.txt"
printf 'Brenford closes paper line\nMarch 12, 2025\n\nBrenford Mills announced on Tuesday that it would shut its oldest paper line.\n' >"$T/stamp/b.txt"
"$CROSSCHECK" --db "$T/stamp.db" add --story mill "$T/stamp"/{a,b}.txt >/dev/null 2>&1
is "$("$CROSSCHECK" --db "$T/stamp.db" list | cut -f1,2 | sort | tr '\t\n' ' ')" \
	'a.txt 2025-03-12 (dateline) b.txt 2025-03-12 (dateline) ' "a repeated 'Updated:' line is the article's dateline"
is "$("$CROSSCHECK" --db "$T/stamp.db" conflicts --format jsonl | jq -r '"\(.kind) \(.key)"')" \
	'event-date Brenford Mills|ANNOUNCE|announce' "'a statement released on Monday' (March 10) against 'announced on Tuesday' (March 11)"
# ---- a wire dateline opening the lead is the article's date, so its
# weekdays resolve against it, and no part of the claim after it: two
# releases a day apart, each saying "on Monday" (April 7 in both)
mkdir -p "$T/wire"
printf 'Tolland Freight buys Marsh Haulage\n\nHARTFORD, Conn., April 8, 2025 /Newsline/ -- Tolland Freight said on Monday it had agreed to buy Marsh Haulage for $42 million.\n' >"$T/wire/a.txt"
printf 'Tolland Freight to buy hauler\n\nHARTFORD, Conn. (April 9, 2025) - Tolland Freight said on Monday it had agreed to buy Marsh Haulage for $42 million.\n' >"$T/wire/b.txt"
run --db "$T/wire.db" add --story freight "$T/wire"/{a,b}.txt
like "$out" "a.txt: 3 sentences (1 boilerplate), 3 claims, dated 2025-04-08 (dateline)" \
	"a wire dateline with a slash-named agency dates the article, a boilerplate sentence of its own"
like "$out" "b.txt: 3 sentences (1 boilerplate), 3 claims, dated 2025-04-09 (dateline)" "... and one in parentheses"
is "$("$CROSSCHECK" --db "$T/wire.db" claims --format jsonl | jq -r '.slots[] | select(.type == "date") | .value' | sort -u | tr '\n' ' ')" \
	"2025-04-07 " "'Monday' resolves against each one's date; the dateline's own date is no claim's"
is "$("$CROSSCHECK" --db "$T/wire.db" claims --format jsonl | jq -r '.text' | sort -u)" \
	'Tolland Freight said on Monday it had agreed to buy Marsh Haulage for $42 million.' \
	"the claims' sentence starts after the dateline's dash"
is "$("$CROSSCHECK" --db "$T/wire.db" conflicts --format jsonl | jq -r '.kind')" "" \
	"... the same announcement on the same day: no conflict"
is "$("$CROSSCHECK" --db "$T/wire.db" corroborations --format jsonl | jq -s 'length')" 2 \
	"... but two agreements (the day and the price)"
# ---- one source standing alone: the same difference seen by several
# outlets is said once after the list, naming the source that differs
mill() { # mill DIR NAME HEADLINE LEAD
	mkdir -p "$T/$1"
	printf '%s\n\nBRACKLEY, March 3, 2025 - %s\n' "$3" "$4" >"$T/$1/$2.txt"
}
mill_story() { # mill_story DIR A B C D: the four outlets' head counts
	mill "$1" a "Dunmore paper mill to close" "The Dunmore paper mill will close in June, its owner Ashcombe Pulp said on Monday. The mill employs $2 workers."
	mill "$1" b "Ashcombe shuts Dunmore mill" "Ashcombe Pulp said on Monday that it will shut its Dunmore mill in June. The mill employs $3 workers, most of them from the town."
	mill "$1" c "Mill closure hits Dunmore" "Dunmore will lose its paper mill in June, Ashcombe Pulp announced on Monday. The mill employs $4 workers on three shifts."
	mill "$1" d "Dunmore mill closing" "Ashcombe Pulp will close the Dunmore paper mill in June, the company said on Monday. The mill employs $5 workers."
	"$CROSSCHECK" --db "$T/$1.db" add --story mill "$T/$1"/{a,b,c,d}.txt >/dev/null
}
mill_story alone 240 240 240 310
run --db "$T/alone.db" conflicts
d310=$("$CROSSCHECK" --db "$T/alone.db" claims --source d.txt --format jsonl | jq -r 'select(.text | contains("310")) | .id')
is "$(grep -c '^#' <<<"$out")" 3 "three outlets say 240 workers, one 310: three conflicts listed"
is "$(sed -n '/^Where one source/,$p' <<<"$out")" "Where one source stands alone (the sources it meets do not dispute each other):
  d.txt, claim $d310 (\"310\"): 3 quantity conflicts (#1 #2 #3) with a.txt, b.txt, c.txt" \
	"... and after them, said once: d.txt stands alone with its figure, against the three others"
run --db "$T/alone.db" export --format markdown
like "$out" "### Where one source stands alone" "the markdown report says it too, after the story's conflicts"
like "$out" "- **d.txt**, claim $d310 (“310”): 3 quantity conflicts (#1, #2, #3) with a.txt, b.txt, c.txt." "... naming the source, the claim and the conflicts"
is "$(grep -n -e '^### Where one source stands alone' -e '^#### Conflict #3' -e '^### Verdicts and notes' <<<"$out" | cut -d: -f2- | tr '\n' '|')" \
	"#### Conflict #3: quantity (strong)|### Where one source stands alone|### Verdicts and notes|" "... between the conflicts and the verdicts"
run --db "$T/alone.db" conflicts --kind quantity
like "$out" "d.txt, claim $d310 (\"310\"): 3 quantity conflicts" "... also when --kind lists that kind"
run --db "$T/alone.db" conflicts --format jsonl
is "$(grep -vc '^{' <<<"$out")" 0 "... jsonl keeps one conflict a line and nothing else"
mill_story three 240 240 310 400
run --db "$T/three.db" conflicts
unlike "$out" "stands alone" "three outlets with three figures: no source stands alone (the others dispute each other)"
run --db "$T/three.db" export --format markdown
unlike "$out" "stands alone" "... nor in the markdown report"
mill_story split 240 240 310 310
run --db "$T/split.db" conflicts
is "$(grep -c '^#' <<<"$out"):$(grep -c 'stands alone' <<<"$out")" "4:0" "two against two: four conflicts, and no source stands alone"
mill_story same 240 240 240 240
run --db "$T/same.db" conflicts
is "$out" "No conflicts among 4 sources." "four outlets agreeing: no conflict and no summary"
# ---- a name and its leading words are one subject for figures too, found
# whichever outlet came first: "Kelbrook" meets "Kelbrook MCS" and
# "Kelbrook Mission", but those two (neither the other's short form) do not
kel() { # kel DIR NAME SENTENCE
	mkdir -p "$T/$1"
	printf 'HP buys Kelbrook\n\nLEEDS, March 3, 2025 - HP said on Monday it will buy Kelbrook Mission Critical Systems. %s\n' "$3" >"$T/$1/$2.txt"
}
kel_story() { # kel_story DIR A B C: the three outlets' sentences, added in that order and reversed
	kel "$1" a "$2"
	kel "$1" b "$3"
	kel "$1" c "$4"
	"$CROSSCHECK" --db "$T/$1.db" add --story kel "$T/$1"/{a,b,c}.txt >/dev/null
	"$CROSSCHECK" --db "$T/$1-rev.db" add --story kel "$T/$1"/{c,b,a}.txt >/dev/null
}
kel_story agree "Based in Leeds, Kelbrook MCS has approximately 350 employees." \
	"Kelbrook, based in Leeds, has 350 employees." "Kelbrook Mission, which has 350 employees, plans data centres."
for db in agree agree-rev; do
	is "$("$CROSSCHECK" --db "$T/$db.db" corroborations --format jsonl | jq -r 'select(.rule == "quantity/same") | [.a.source, .b.source] | sort | join("+")' | sort | tr '\n' ' ')" \
		"a.txt+b.txt b.txt+c.txt " "'Kelbrook' agrees with 'Kelbrook MCS' and 'Kelbrook Mission' on 350 employees ($db)"
done
kel_story differ "Based in Leeds, Kelbrook MCS has approximately 350 employees." \
	"Kelbrook, based in Leeds, has 420 employees." "Kelbrook Mission, which has 500 employees, plans data centres."
for db in differ differ-rev; do
	is "$("$CROSSCHECK" --db "$T/$db.db" conflicts --format jsonl | jq -r 'select(.kind == "quantity") | [.a.source, .b.source] | sort | join("+")' | sort | tr '\n' ' ')" \
		"a.txt+b.txt b.txt+c.txt " "'Kelbrook' 420 conflicts with 'Kelbrook MCS' 350 and 'Kelbrook Mission' 500, which do not meet each other ($db)"
done
# ... but an article that defines its abbreviation ("Kelbrook Mission Critical
# Systems Ltd. (Kelbrook MCS)") writes the full name each time, and a first-words
# short form of that ("Kelbrook Mission") meets it
kel_story defined "Kelbrook Mission Critical Systems Ltd. (Kelbrook MCS) designs data centres. Based in Leeds, Kelbrook MCS has approximately 350 employees." \
	"Kelbrook, based in Leeds, has 420 employees." "Kelbrook Mission, which has 500 employees, plans data centres."
for db in defined defined-rev; do
	is "$("$CROSSCHECK" --db "$T/$db.db" conflicts --format jsonl | jq -r 'select(.kind == "quantity") | [.a.source, .b.source] | sort | join("+")' | sort | tr '\n' ' ')" \
		"a.txt+b.txt a.txt+c.txt b.txt+c.txt " "with 'Kelbrook MCS' defined as 'Kelbrook Mission Critical Systems', 350 meets 'Kelbrook Mission' 500 too ($db)"
done
# ---- a place before the quake places it: "a 4.6 magnitude Oregon earthquake" is
# the story's quake, whose magnitude meets the other outlets' (it met none)
mkdir -p "$T/mag"
printf 'Quake shakes Bend\n\nBEND, Ore., May 4, 2026 - A 4.6 magnitude Oregon earthquake struck near Bend early Monday, the survey said.\n' >"$T/mag/a.txt"
printf 'Earthquake rattles central Oregon\n\nBEND, Ore., May 4, 2026 - A 4.9-magnitude earthquake struck near Bend early Monday, seismologists said.\n' >"$T/mag/b.txt"
printf 'Bend wakes to quake\n\nBEND, Ore., May 4, 2026 - The quake, measured at magnitude 4.6, struck near Bend early Monday. A 3.1 magnitude aftershock followed an hour later.\n' >"$T/mag/c.txt"
"$CROSSCHECK" --db "$T/mag.db" add --story bend "$T/mag"/{a,b,c}.txt >/dev/null
run --db "$T/mag.db" conflicts --format jsonl
is "$(jq -r 'select(.kind == "quantity") | [.a.source, .b.source] | sort | join("+")' <<<"$out" | sort | tr '\n' ' ')" \
	"a.txt+b.txt b.txt+c.txt " "'4.6 magnitude Oregon earthquake' and 'quake ... magnitude 4.6' conflict with '4.9-magnitude earthquake'; the aftershock's 3.1 with none"
run --db "$T/mag.db" corroborations --format jsonl
is "$(jq -r 'select(.rule | startswith("quantity")) | [.a.source, .b.source] | sort | join("+")' <<<"$out" | sort | tr '\n' ' ')" \
	"a.txt+c.txt " "and agree with each other on 4.6"
# ---- two verbs of one act date one event: "died" and "passed away" (events.tsv's
# "=die") are one death, so their days must agree; "found dead" dates a finding
mkdir -p "$T/death"
obit() { # obit NAME SENTENCE
	printf 'Painter Mara Quell dead\n\nOSLO, October 9, 2025 - %s\n' "$2" >"$T/death/$1.txt"
}
obit tue "The painter Mara Quell died on Tuesday at her home in Oslo, her gallery said."
obit mon "The painter Mara Quell passed away on Monday at her home in Oslo, her gallery said."
obit early "The painter Mara Quell passed away early Tuesday at her home in Oslo, her gallery said."
obit found "The painter Mara Quell was found dead on Wednesday at her home in Oslo, her gallery said."
"$CROSSCHECK" --db "$T/death.db" add --story quell "$T/death"/{tue,mon,early,found}.txt >/dev/null
run --db "$T/death.db" conflicts --format jsonl
is "$(jq -r 'select(.kind == "event-date") | [.a.source, .b.source] | sort | join("+")' <<<"$out" | sort | tr '\n' ' ')" \
	"early.txt+mon.txt mon.txt+tue.txt " \
	"'passed away on Monday' conflicts with 'died on Tuesday' and 'passed away early Tuesday'; 'found dead on Wednesday' with none"
run --db "$T/death.db" corroborations --format jsonl
is "$(jq -r 'select(.rule | startswith("event-date") or startswith("date/")) | [.a.source, .b.source] | sort | join("+")' <<<"$out" | sort | tr '\n' ' ')" \
	"early.txt+tue.txt " "'passed away early Tuesday' agrees with 'died on Tuesday'"
# ---- a gathering counts its people, however it is written: "a crowd of
# 31,000", "the 31,000 crowd" and "31,000 spectators" are one figure
mkdir -p "$T/crowd"
bout() { # bout NAME SENTENCE
	printf 'Ruiz stops Okafor\n\nLAGOS, June 8, 2025 - %s\n' "$2" >"$T/crowd/$1.txt"
}
bout of "Adaeze Ruiz stopped Tomi Okafor in the ninth round on Saturday in front of a crowd of 31,000."
bout the "Adaeze Ruiz stopped Tomi Okafor on Saturday before the 31,000 crowd at the national stadium."
bout spec "Adaeze Ruiz stopped Tomi Okafor on Saturday as 31,000 spectators looked on."
bout aud "Adaeze Ruiz stopped Tomi Okafor on Saturday before an audience of 18,000."
"$CROSSCHECK" --db "$T/crowd.db" add --story bout "$T/crowd"/{of,the,spec,aud}.txt >/dev/null
run --db "$T/crowd.db" corroborations --format jsonl
is "$(jq -r 'select(.rule == "quantity/same") | [.a.source, .b.source] | sort | join("+")' <<<"$out" | sort | tr '\n' ' ')" \
	"of.txt+spec.txt of.txt+the.txt spec.txt+the.txt " \
	"'a crowd of 31,000', 'the 31,000 crowd' and '31,000 spectators' agree (the crowd's figure met none before)"
run --db "$T/crowd.db" conflicts --format jsonl
is "$(jq -r 'select(.kind == "quantity") | [.a.source, .b.source] | sort | join("+")' <<<"$out" | sort | tr '\n' ' ')" \
	"aud.txt+of.txt aud.txt+spec.txt aud.txt+the.txt " "'an audience of 18,000' conflicts with each of them"
like "$(jq -r 'select(.b.source == "the.txt" or .a.source == "the.txt") | .explanation' <<<"$out")" "(31,000 people)" \
	"... the crowd's figure counted in people"
# ---- an irregular past tense tells the act of its base (events.tsv's
# "=win"): "won on Tuesday" and "wins on Monday" date one win; "rose" and
# "grew" are two verbs of one class, not one act
mkdir -p "$T/past"
past() { # past NAME SENTENCE
	printf 'Kerr takes Ostby\n\nOSTBY, November 12, 2025 - %s\n' "$2" >"$T/past/$1.txt"
}
past won "Councillor Dana Kerr won the Ostby mayoral race on Tuesday, the election office said."
past wins "Councillor Dana Kerr wins the Ostby mayoral race on Monday, the election office said."
past sold "Harlow Foods sold its Wexley bakery on Monday, the company said."
past sells "Harlow Foods sells its Wexley bakery on Thursday, the company said."
past rose "Harlow Foods' output rose on Monday, the company said."
past grew "Harlow Foods' output grew on Thursday, the company said."
past lost "Councillor Dana Kerr lost the Ostby mayoral race on Sunday, the election office said."
"$CROSSCHECK" --db "$T/past.db" add --story kerr "$T/past"/*.txt >/dev/null
run --db "$T/past.db" conflicts --format jsonl
is "$(jq -r 'select(.kind == "event-date") | [.a.source, .b.source] | sort | join("+")' <<<"$out" | sort | tr '\n' ' ')" \
	"sells.txt+sold.txt wins.txt+won.txt " \
	"'won' meets 'wins' and 'sold' meets 'sells' on another day (both missed before); 'rose' and 'grew', 'lost' and 'won' do not"
# ---- a question states nothing: "Did the quake strike at 2:19 a.m.?" is
# no conflict with "struck at 2:09 a.m.", nor does its 40 homes agree
mkdir -p "$T/ask"
printf 'Quake rattles Ostby\n\nOSTBY, March 14, 2025 - A 4.1 quake struck at 2:09 a.m. on Friday and damaged 40 homes, officials said.\n' >"$T/ask/said.txt"
printf 'Quake wakes Ostby\n\nOSTBY, March 14, 2025 - Did the 4.4 quake strike at 2:19 a.m. on Friday and damage 40 homes?\n' >"$T/ask/asked.txt"
printf 'Quake felt in Ostby\n\nOSTBY, March 14, 2025 - A 4.4 quake struck at 2:19 a.m. on Friday, officials said.\n' >"$T/ask/told.txt"
"$CROSSCHECK" --db "$T/ask.db" add --story ask "$T/ask"/*.txt >/dev/null
run --db "$T/ask.db" conflicts --format jsonl
is "$(jq -r '[.a.source, .b.source] | sort | join("+")' <<<"$out" | sort -u | tr '\n' ' ')" "said.txt+told.txt " \
	"a question's time and magnitude meet no other source's; two statements still conflict"
run --db "$T/ask.db" corroborations --format jsonl
is "$(jq -r '[.a.source, .b.source] | sort | join("+")' <<<"$out" | grep -c asked)" 0 "... and agree with none"
run --db "$T/ask.db" claims --source asked.txt --format jsonl
is "$(jq -r '.modality' <<<"$out" | sort -u)" question "the question's claims are asked (modality question)"
done_testing
