#!/usr/bin/env bash
# A figure whose sentence names no subject ("Nine dead after ...") is about
# the story's subject: outlets whose main entities differ still meet on it.
. "$top_srcdir/tests/cli/lib.sh"

# three outlets, one capsizing; two take the ferry company as what they are
# about, the third the coast guard; a background sentence of another year
cat >a-lakeside-post.txt <<'TXT'
Harlow Ferries under scrutiny after capsizing

Nine dead after a crowded Harlow Ferries boat capsized on Sunday, officials said.

Harlow Ferries said it had suspended its other crossings.

In 2019, eleven people died when another boat sank on the same lake.
TXT
cat >b-north-shore-times.txt <<'TXT'
Harlow Ferries suspends crossings after deadly capsizing

Nine dead after a Harlow Ferries boat capsized on Sunday.

Harlow Ferries said the boat had passed an inspection in May.
TXT
cat >c-valley-courier.txt <<'TXT'
Six dead as ferry overturns, Oster Coast Guard says

Six dead after a ferry overturned on Sunday afternoon.

The Oster Coast Guard said divers were still searching the water on Monday.

The Oster Coast Guard said 48 people were pulled from the lake alive.
TXT

# ---- extraction says which subjects are implied
run extract --date 2024-06-03 --format jsonl a-lakeside-post.txt c-valley-courier.txt
is "$rc" 0 "extract exits 0"
# text | subject | implied: what a reader checks on each figure
while IFS='|' read -r text subject implied why; do
	is "$(jq -r --arg t "$text" 'select(.type == "number" and .text == $t) | "\(.subject)|\(.subject_implied // false)"' <<<"$out" | sort -u)" \
		"$subject|$implied" "$why"
done <<'CASES'
Nine|Harlow Ferries|true|'Nine dead after ...' names no subject: the main entity, implied
Six|Oster Coast Guard|true|... in another outlet, its own main entity, implied
48|Oster Coast Guard|false|'The Oster Coast Guard said 48 people ...' names its subject: no subject_implied
CASES
run extract --date 2024-06-03 --format text c-valley-courier.txt
like "$out" "subject Oster Coast Guard (implied)" "the text format marks an implied subject"
is "$(grep -c "48 \[person\].*subject Oster Coast Guard$" <<<"$out")" 1 "... and not a named one"

# ---- the store and its conflicts
run add --date 2024-06-03 --story ferry a-lakeside-post.txt b-north-shore-times.txt c-valley-courier.txt
is "$rc" 0 "add exits 0"
run claims --format jsonl
is "$(jq -r 'select(.text | startswith("Nine dead after a crowded")) | select(.event == "DIE") | .subject_implied' <<<"$out")" true \
	"the stored claim keeps its subject implied"
is "$(jq -r 'select(.text | startswith("The Oster Coast Guard said 48")) | .subject_implied // "absent"' <<<"$out" | sort -u)" absent \
	"a named subject stays named"
run conflicts --format jsonl
deaths=$(jq -r 'select(.kind == "quantity" and (.key | contains("death"))) | "\([.a.source, .b.source] | sort | join("+"))|\(.severity)|\(.key)"' <<<"$out" | sort)
is "$deaths" "a-lakeside-post.txt+c-valley-courier.txt|strong|*|death|number
b-north-shore-times.txt+c-valley-courier.txt|strong|*|death|number" \
	"'Nine dead' against 'Six dead' meets across main entities (Harlow Ferries, Oster Coast Guard): strong, keyed by the story's subject"
like "$(jq -r 'select(.key == "*|death|number") | .explanation' <<<"$out" | head -1)" "For Harlow Ferries, " \
	"the explanation names the subject most outlets give"
is "$(jq -r 'select(.explanation | contains("eleven")) | .id' <<<"$out")" "" \
	"'In 2019, eleven people died' (another year) is no conflict with this year's toll"
is "$(jq -r 'select(.kind == "quantity" and ([.a.source, .b.source] | sort) == ["a-lakeside-post.txt", "b-north-shore-times.txt"]) | .id' <<<"$out")" "" \
	"two outlets giving the same toll do not conflict"
# two outlets implying one toll under main entities of their own agree,
# keyed by the story's subject; corroborations words it as add judged it:
# each outlet names its own actor (a tie), so no name leads and the words
# name none rather than a wrong one
mkdir varn
printf 'Varn Lines faces questions after sinking\n\nTwelve dead after a Varn Lines boat sank on Monday, officials said.\n\nVarn Lines said it would review its safety rules. Varn Lines has run boats on the lake since 1990.\n' >varn/d1.txt
printf 'Sheriff: twelve dead on Lake Varn\n\nTwelve dead after a ferry sank on Monday afternoon.\n\nThe Varn County Sheriff said divers were searching. The Varn County Sheriff asked boaters to stay away.\n' >varn/d2.txt
"$CROSSCHECK" --db varn.db add --date 2024-06-04 --story varn varn/d1.txt varn/d2.txt >/dev/null
run --db varn.db corroborations --format jsonl
is "$(jq -r 'select(.key == "*|death|number") | [.a.source, .b.source] | sort | join("+")' <<<"$out")" \
	"d1.txt+d2.txt" "one toll implied under two main entities: an agreement keyed by the story's subject"
is "$(jq -r 'select(.key == "*|death|number") | .explanation' <<<"$out")" 'd1.txt ("Twelve") and d2.txt ("Twelve") agree on the figure: 12 deaths' \
	"... which corroborations words as add judged it (no name leads: none said), not by its bare key"

# the order sources arrive in does not change what is found, nor what it
# says: with two outlets in, the story's subject is a tie; the third settles
# it and the words follow
words() { "$CROSSCHECK" --db "$1" conflicts --format jsonl | jq -r 'select(.key == "*|death|number") | .explanation | split(",")[0]' | sort; }
sig() { "$CROSSCHECK" --db "$1" conflicts --format jsonl | jq -r '[.kind, .severity, .key, ([.a.source, .b.source] | sort | join("+"))] | @tsv' | sort; }
"$CROSSCHECK" --db rev.db add --date 2024-06-03 --story ferry c-valley-courier.txt b-north-shore-times.txt a-lakeside-post.txt >/dev/null
is "$(sig rev.db)" "$(sig crosscheck.db)" "adding in reverse order finds the same conflicts"
is "$(words rev.db)" "For Harlow Ferries
For Harlow Ferries" "... and names the story's subject as it is once all are in"

# remove does what add does: when the story's subject changes without a
# source, the conflicts keyed by it are worded as a store of the remaining
# sources words them
cp crosscheck.db removed.db
"$CROSSCHECK" --db removed.db remove a-lakeside-post.txt >/dev/null
"$CROSSCHECK" --db rest.db add --date 2024-06-03 --story ferry b-north-shore-times.txt c-valley-courier.txt >/dev/null
star() { "$CROSSCHECK" --db "$1" conflicts --format jsonl | jq -r 'select(.key | contains("*")) | .explanation' | sort; }
is "$(star removed.db)" 'b-north-shore-times.txt says "Nine" (9 deaths) and c-valley-courier.txt "Six" (6 deaths): the figures cannot both be right' \
	"removing the outlet that settled the story's subject (two outlets, each naming its own, are a tie) words its conflicts under none"
is "$(star removed.db)" "$(star rest.db)" "... as adding the remaining sources alone does"

# "it" says the article's own actor, which need not be the story's: in an
# outlet about a rival, "In March it bought ..." is the rival's purchase,
# not the story's subject buying (Dorn Marine, the main entity of the two
# other outlets), so it is no date conflict with Dorn Marine's purchase
mkdir rival
printf 'Dorn Marine buys Harlow Ferries\n\nDorn Marine bought Harlow Ferries on Monday for $40 million.\n\nForty crew members kept on after the sale.\n\nDorn Marine said the ferries would keep running.\n' >rival/e1.txt
printf 'Rival Lakeway watches the Harlow deal\n\nLakeway Boats said the sale changes little. Lakeway Boats runs ferries on the north shore.\n\nIn March it bought two boats for $3 million.\n\nLakeway Boats said it would add crossings.\n' >rival/e2.txt
printf 'Dorn Marine takes over ferry line\n\nForty crew members kept on as Dorn Marine took over the ferries.\n\nDorn Marine said the new timetable starts in July.\n' >rival/e3.txt
run extract --date 2024-06-04 --format jsonl rival/e2.txt
is "$(jq -r 'select(.type == "money") | "\(.subject)|\(.subject_implied // false)"' <<<"$out")" "Lakeway Boats|false" \
	"'In March it bought': the subject is the article's main entity, said by 'it', not implied"
"$CROSSCHECK" --db rival.db add --date 2024-06-04 --story harlow-sale rival/e1.txt rival/e2.txt rival/e3.txt >/dev/null
run --db rival.db conflicts --format jsonl
is "$(jq -r '.key' <<<"$out")" "" \
	"... so Lakeway's March purchase is no date conflict with Dorn Marine's on Monday"

# ---- a schema 9 store (no subject_implied) migrates; a migration that
# fails leaves it as it was
if command -v sqlite3 >/dev/null 2>&1; then
	O=old.db
	"$CROSSCHECK" --db "$O" add --date 2024-06-03 --story ferry a-lakeside-post.txt c-valley-courier.txt >/dev/null
	conflicts_before=$(sig "$O")
	# schema 9, but for a stray column named as the one migration 10 adds to slots
	sqlite3 "$O" "$UNDO_SCHEMA_11"' DROP INDEX claims_story_implied_event; DROP INDEX slots_story_implied_unit;
		DROP INDEX slots_story_implied_subject; ALTER TABLE claims DROP COLUMN subject_implied;
		PRAGMA user_version = 9;'
	before=$(digest "$O")
	run --db "$O" claims
	is "$rc" 1 "a migration that fails: refused"
	like "$err" "migration failed" "... saying so"
	is "$(digest "$O")" "$before" "... and the store is as it was"
	sqlite3 "$O" 'ALTER TABLE slots DROP COLUMN subject_implied;'
	run --db "$O" claims --format jsonl
	is "$rc" 0 "a schema 9 store opens (migrated)"
	is "$(sqlite3 "$O" 'PRAGMA user_version'):$(sqlite3 "$O" 'SELECT count(*) FROM claims WHERE subject_implied <> 0'):$(sqlite3 "$O" 'SELECT count(*) FROM slots WHERE subject_implied <> 0')" \
		"13:0:0" "migration: every existing claim and slot taken as named"
	is "$(jq -r 'select(.subject_implied) | .id' <<<"$out")" "" "... and shown so"
	is "$(sig "$O")" "$conflicts_before" "migration: the conflicts are kept"
	"$CROSSCHECK" --db "$O" add --date 2024-06-03 --story ferry b-north-shore-times.txt >/dev/null
	is "$(sig "$O" | grep -c 'b-north-shore-times.txt+c-valley-courier.txt')" 0 \
		"a new source's implied toll does not meet an old row's subject, taken as named"
	is "$(sqlite3 "$O" "SELECT x.text FROM slots x JOIN claims c ON c.id = x.claim_id JOIN sources s ON s.id = c.source_id WHERE s.name = 'b-north-shore-times.txt' AND x.subject_implied = 1")" Nine \
		"... while the new source's rows say which subjects are implied"
fi

# No name leads the story (each outlet's speaker is its own), and one side's
# sentence names what struck as a common noun ("A 5.1-magnitude earthquake
# rattled"): its implied figure still meets the other outlet's implied one
printf 'Valley quake\n\nBrenford Utilities said crews checked its lines.\n\nA 5.1-magnitude earthquake rattled the Orla Valley early Thursday.\n' >q1.txt
printf 'Quake felt\n\nMarrow Water said it had no damage reports.\n\nA 4.8 quake shook the Orla Valley early Thursday.\n' >q2.txt
run --db quake.db add --date 2025-03-07 --story quake q1.txt q2.txt
is "$rc" 0 "add of the quake store exits 0"
run --db quake.db conflicts --format jsonl
is "$(jq -r '"\(.kind)|\(.key)|\(.explanation)"' <<<"$out")" \
	'quantity|*|magnitude|number|q1.txt says "5.1-magnitude" (magnitude 5.1) and q2.txt "4.8" (magnitude 4.8): the figures cannot both be right' \
	"with no story subject, a figure of a named common noun meets another outlet's implied one, worded naming none"


# "The purchase, announced on June 3," names no one who announced it: it
# is the article's main organisation's (implied), and so the story's; and
# the story's subject named in full ("Harlow Foods Group" for "Harlow") is
# the story's subject too, whichever outlet came first
mkdir -p pr
printf 'Harlow buys Pellam Dairy\n\nHarlow Foods Group announced on Monday that it would buy Pellam Dairy for $135 million.\n' >pr/full.txt
printf 'Harlow to buy Pellam\n\nThe purchase, announced on June 3, will bring about 90 workers into Harlow. Harlow said the deal would close in the autumn.\n' >pr/passive.txt
printf 'Harlow agrees Pellam deal\n\nHarlow said on Tuesday it would buy Pellam Dairy, a family-owned cheese maker.\n' >pr/short.txt
for order in "short passive full" "short full passive"; do
	rm -f pr.db
	for f in $order; do
		d=2025-06-04
		[ "$f" = full ] && d=2025-06-03
		"$CROSSCHECK" --db pr.db add --story pellam --date "$d" "pr/$f.txt" >/dev/null
	done
	run --db pr.db conflicts --format jsonl
	is "$(jq -r '"\(.kind)|\(.key)|\([.a.source, .b.source] | sort | join(" "))"' <<<"$out")" \
		"event-date|*|ANNOUNCE|announce|full.txt passive.txt" \
		"added as $order: 'announced on Monday' (June 2) against 'the purchase, announced on June 3'"
done
run --db pr.db corroborations --format jsonl
is "$(jq -r '[.a.source, .b.source] | sort | join(" ")' <<<"$out")" "passive.txt short.txt" \
	"... and 'said on Tuesday' (June 3) supports 'announced on June 3'"

# The conflicts a story ends with do not depend on the order its sources
# came in, though its subject settles (or changes) only as they come:
# when it does, the claims naming the new subject meet the older implied
# figures, and a conflict that needed the old subject goes.
mkdir -p ord
printf 'Harlow Ferries to cut jobs\n\nHarlow Ferries will cut 200 jobs, the company said on Monday.\n' >ord/a.txt
printf 'Dock union vows to fight ferry cuts\n\nThe Dock Workers Union said on Monday it would fight the plan.\n\nAbout 120 jobs will be cut at the ferry line.\n' >ord/b.txt
printf 'Ferry operator to sell boats\n\nHarlow Ferries said on Monday it would sell two of its boats.\n\nAs many as 200 jobs will be cut.\n' >ord/c.txt
pairs_in() { # order...: the conflicts' keys and source pairs after adding in that order
	rm -f ord.db
	for f in "$@"; do "$CROSSCHECK" --db ord.db add --story ferry --date 2024-03-04 "ord/$f.txt" >/dev/null; done
	"$CROSSCHECK" --db ord.db conflicts --format jsonl | jq -r '"\(.key) \([.a.source, .b.source] | sort | join("+"))"' | sort
}
want='*|worker|number a.txt+b.txt
*|worker|number b.txt+c.txt'
is "$(pairs_in a b c)" "$want" "a subject settled by the last source: its first source's '200 jobs' meets the union's implied 'about 120'"
is "$(pairs_in c b a)" "$want" "... as when the sources come the other way round"
# a story whose subject moves from Harlow Ferries to Oster Port: Harlow's
# own '200 jobs' no longer meets the union's implied figure
printf 'Harlow Ferries trims crews\n\nHarlow Ferries said on Monday it would trim its crews.\n\nAbout 120 jobs will be cut.\n' >ord/a.txt
printf 'Ferry jobs to go\n\nHarlow Ferries will cut 200 jobs, the company said on Monday.\n' >ord/b.txt
printf 'Dock union vows to fight ferry cuts\n\nThe Dock Workers Union said on Monday it would fight the plan.\n\nAbout 90 jobs will be cut at the ferry line.\n' >ord/c.txt
n=0
for x in d e f; do
	n=$((n + 1))
	printf 'Port reviews ferry link %s\n\nOster Port said on Monday it would review ferry link %s.\n\nOster Port said gate %s will stay open.\n\nAbout 150 jobs will be cut at the port.\n' $n $n $n >ord/$x.txt
done
fwd=$(pairs_in a b c d e f)
is "$(grep -c 'b.txt+[cdef].txt' <<<"$fwd")" 0 "once Oster Port leads, Harlow Ferries' named '200 jobs' meets no implied figure"
is "$fwd" "$(pairs_in f e d c b a)" "... and the story ends with the same conflicts in either order"

# ---- whose figures: a place is never the company the article is about,
# and the place the lead names stands in when no organisation is named
# twice (a shop whose clerk is quoted once is not what a quake story is about)
mkdir -p who
cat >who/spill.txt <<'TXT'
Judge fines paint maker over creek leak

A judge on Tuesday ordered Pellam Coatings to pay $2.5 million over a 2023 leak into Ashby Creek.

The company had faced fines of up to $9 million.

The leak killed fish along a 3-mile stretch.

Pellam said it would not appeal.
TXT
cat >who/quake.txt <<'TXT'
Small quake rattles Marrow County

A magnitude 3.9 quake shook Marrow County early on Friday.

"The shelves rattled," said Dunmore Hardware clerk Tomas Veil.

About 40 homes lost power for two hours.
TXT
run extract --date 2024-06-03 --format jsonl who/spill.txt who/quake.txt
is "$rc" 0 "extract exits 0"
is "$(jq -r 'select(.type == "entity" and .text == "Ashby Creek") | .unit' <<<"$out")" place \
	"a name ending in a place's word (cues.tsv place-tail: 'Creek') is a place"
is "$(jq -r 'select(.type == "money" and .text == "up to $9 million") | "\(.subject)|\(.subject_implied)"' <<<"$out")" \
	"Pellam Coatings|true" "the penalty is the paint maker's, not the creek's the lead also names"
is "$(jq -r 'select(.type == "number" and .text == "About 40") | "\(.subject)|\(.subject_implied)"' <<<"$out")" \
	"Marrow County|true" "no organisation named twice: the county the headline names stands in, not a shop named once"
run extract --date 2024-06-03 --format jsonl who/quake.txt
is "$(jq -r 'select(.type == "entity" and .text == "Tomas Veil") | .unit' <<<"$out")" person \
	"a name after a role of cues.tsv's title list ('clerk') is a person"
printf 'Skyrail grounds fleet\n\nSkyrail Airways grounded its planes on Monday.\n\nThe airline said 140 flights were cancelled.\n' >who/air.txt
run extract --date 2024-06-03 --format jsonl who/air.txt
is "$(jq -r 'select(.type == "number" and .text == "140") | "\(.subject)|\(.subject_implied)"' <<<"$out")" "Skyrail Airways|true" \
	"'the airline' stands for the article's organisation, as 'the company' does (cues.tsv subject-noun)"
printf 'Ferry sinks off the coast\n\nChinese officials said the ferry sank on Monday.\n\nAbout 30 people were rescued.\n' >who/ferry.txt
run extract --date 2024-06-03 --format jsonl who/ferry.txt
is "$(jq -r 'select(.type == "number" and .text == "About 30") | .subject // "none"' <<<"$out")" none \
	"a country named by its adjective ('Chinese officials') does not stand in for the story's subject"

# an agency that only tells what it measured ("according to", "said") is
# neither an article's main entity nor the story's subject, while something
# else is named: three quake reports citing one survey office
mkdir -p agency
printf 'Strong quake jolts the valley\n\nAn earthquake measuring 4.2 shook Ashby and Tolland counties early Friday, according to the Northern Survey Office.\n\nThe Northern Survey Office said the quake was 8 miles deep.\n' >agency/a.txt
printf 'Quake rattles Ashby County\n\nA magnitude 4.2 earthquake struck Ashby County early Friday, the Northern Survey Office reported.\n\nThe Northern Survey Office said the quake was centered 3 miles south of Cobb.\n' >agency/b.txt
printf 'Early morning quake wakes Tolland residents\n\nA 4.2 quake woke residents of Tolland County early Friday, the Northern Survey Office said.\n\nNo damage was reported.\n' >agency/c.txt
run extract --date 2024-03-15 --format jsonl agency/a.txt
is "$(jq -r 'select(.type == "entity" and (.text == "Ashby" or .text == "Tolland")) | .unit' <<<"$out" | sort -u)" place \
	"names a plural kind of place follows ('Ashby and Tolland counties') are places"
is "$(jq -r 'select(.type == "number" and .text == "4.2") | .subject // "none"' <<<"$out")" Ashby \
	"the quake's figure is the place the lead names, not the survey office quoted"
is "$(jq -r 'select(.type == "event" and .text == "quake") | .subject // "none"' <<<"$out" | sort -u)" none \
	"'the office said the quake ...': the quake is not the office's"
run --db agency.db add --date 2024-03-15 --story quake agency/a.txt agency/b.txt agency/c.txt
is "$rc" 0 "add exits 0"
run --db agency.db corroborations
unlike "$out" "agree on Northern Survey Office" "the agency quoted in every report is not the story's subject"
like "$out" 'b.txt ("4.2") and c.txt ("4.2") agree on the figure: magnitude 4.2' "... and the reports still agree on the figure"

done_testing
