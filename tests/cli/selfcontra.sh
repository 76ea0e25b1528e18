#!/usr/bin/env bash
# One article against itself (kind same-source): two of its sentences give
# two figures for one fact, or two days for one happening. Strict: each
# guard below is a way an article restates a figure without contradicting
# itself, and each negative case here raised a conflict without its guard.
. "$top_srcdir/tests/cli/lib.sh"

mkdir -p yes no
# the positive cases
printf 'Brush fire closes highway near Cobb\n\nA brush fire broke out on Tuesday four miles west of Cobb, the county fire agency said.\n\nCrews from three counties were sent to the hills.\n\nThe blaze, six miles west of Cobb, had burned 200 acres by nightfall.\n' >yes/distance.txt
printf 'Depot hiring\n\nHarlow Ferries employs 120 workers at its Aldwick depot.\n\nThe ferries run every hour.\n\nHarlow Ferries employs 150 workers at the depot, the union said.\n' >yes/staff.txt
printf 'Corvane buys Lumetric\n\nCorvane bought Lumetric for $290 million on Monday.\n\nThe deal closes in June.\n\nCorvane bought Lumetric for $340 million, filings show.\n' >yes/price.txt
printf 'Warehouse fire\n\nThe fire started on Tuesday at the Pellam warehouse.\n\nCrews fought it for hours.\n\nThe fire started on Wednesday, a fire official said.\n' >yes/day.txt
# the guards: file <TAB> what a user would not want flagged
printf 'Corvane buys Lumetric for $330mn\n\nCorvane bought Lumetric for $334 million on Monday.\n' >no/rounding.txt
printf 'The storm damaged nearly 200 homes in Wexley\n\nThe storm damaged 190 homes in Wexley.\n' >no/nearly.txt
printf 'Corvane deal\n\nAnalysts had expected Corvane to pay $250 million for Lumetric.\n\nCorvane paid $290 million for Lumetric.\n' >no/forecast.txt
printf 'Plant grows\n\nLast year the Dunmore plant employed 300 workers.\n\nIt makes tiles for builders.\n\nThe Dunmore plant employs 450 workers.\n' >no/lastyear.txt
printf 'Depot grows\n\nThe Aldwick depot employs 45 workers.\n\nThe Aldwick depot employed 30 workers before the merger and 45 workers after it.\n' >no/change.txt
printf 'Depot grows\n\nThe Aldwick depot employed 30 workers.\n\nThe Aldwick depot now employs 45 workers.\n' >no/now.txt
printf 'Flood in Wexley\n\nNine people died in the flood in Wexley.\n\nBy Tuesday 14 people had died in the flood in Wexley as the toll rose.\n' >no/toll.txt
printf 'Flood in Wexley\n\nNine people died in the flood in Wexley.\n\nOfficials later said 14 people died in the flood in Wexley.\n' >no/later.txt
printf 'Brush fire closes highway near Cobb\n\nA brush fire broke out on Tuesday four miles west of Cobb, the county fire agency said.\n\nIn August 2019, a fire burned the same hills.\n\nThe blaze, six miles west of Cobb, burned 200 acres.\n' >no/background.txt
printf 'Depot hiring\n\nHarlow Ferries employs 120 workers at its Aldwick depot.\n\nThe ferries run every hour.\n\nHarlow Ferries employs 150 workers at its Wexley depot.\n' >no/places.txt
printf 'Harbour swap frees 30 people\n\nDunmore and Wexley traded 30 sailors on Friday, the port office in Dunmore said, with Dunmore handing over 18 people and Wexley releasing 12.\n' >no/whole.txt
printf 'Brush fire closes highway near Cobb\n\nA brush fire broke out on Tuesday four miles west of Cobb, the county fire agency said.\n\nCrews from three counties were sent to the hills.\n\nThe shelter, six miles north of Cobb, took in 40 families.\n' >no/direction.txt

for f in yes/*.txt no/*.txt; do
	"$CROSSCHECK" --db "${f%.txt}.db" add --date 2025-03-05 "$f" >/dev/null 2>&1
done
kinds() { "$CROSSCHECK" --db "$1" conflicts --format jsonl | jq -r '"\(.kind)|\(.severity)|\(.rule)"'; }

run --db yes/distance.db conflicts --format jsonl
is "$(jq -r '"\(.kind)|\(.severity)|\(.rule)|\(.a.source)|\(.b.source)"' <<<"$out")" \
	"same-source|strong|same-source/quantity|distance.txt|distance.txt" \
	"'four miles west of Cobb' and later 'six miles west of Cobb' in one article: a same-source conflict"
is "$(jq -r .explanation <<<"$out")" \
	'For the distance from Cobb, distance.txt says "four" (4 miles) in sentence 1 and "six" (6 miles) in sentence 3: the same source gives two figures for one fact' \
	"the reason names the source and both sentences"
run --db yes/distance.db show distance.txt
like "$out" "3   The blaze, six miles west of Cobb" "the sentence numbers are those 'show' gives"
is "$(kinds yes/staff.db)" "same-source|strong|same-source/quantity" "'employs 120 workers' and 'employs 150 workers' of one company"
run --db yes/price.db conflicts --format jsonl
is "$(jq -r '"\(.kind)|\(.explanation)"' <<<"$out")" \
	'same-source|For Corvane, price.txt says "$290 million" in sentence 1 and "$340 million" in sentence 3: the same source gives two figures for one fact' \
	"two prices of one purchase in one article"
run --db yes/day.db conflicts --format jsonl
is "$(jq -r '"\(.rule)|\(.explanation)"' <<<"$out")" \
	'same-source/date|For the fire, day.txt says 2025-03-04 ("Tuesday") in sentence 1 and 2025-03-05 ("Wednesday") in sentence 3: the same source dates one event on two days' \
	"the fire started on Tuesday and on Wednesday: two days for one start"
run --db yes/day.db conflicts --kind same-source
like "$out" "same-source (strong)" "--kind same-source lists them"
run --db yes/day.db conflicts --kind quantity
like "$out" "No conflicts" "... and no other kind holds them"
run --db yes/day.db corroborations --format jsonl
is "$out" "" "a source repeating itself is no corroboration"

while IFS='|' read -r f why; do
	is "$(kinds "no/$f.db")" "" "$why"
done <<'CASES'
rounding|a headline's '$330mn' against the lead's '$334 million': a rounding
nearly|a headline's 'nearly 200' against the body's 190
forecast|what analysts expected against what was paid
lastyear|last year's 300 workers against this year's 450
change|'30 workers before the merger and 45 after it': before and after a change
now|'employed 30' then 'now employs 45'
toll|'Nine people died' then '14 had died as the toll rose': a running count
later|'Nine people died' then 'officials later said 14': another moment of a live story
background|a distance in a sentence right after one about a fire in 2019
direction|four miles west of Cobb and six miles north of Cobb are two places
places|120 workers at the Aldwick depot and 150 at the Wexley depot are two depots
whole|a headline's 30 people freed, no subject named, is the whole swap, not Dunmore's 18
CASES

# adding a second source leaves the cross-source rules as they were and
# keeps the article's own conflict
printf 'Cobb fire\n\nThe fire began on Tuesday, four miles west of Cobb.\n' >other.txt
"$CROSSCHECK" --db both.db add --date 2025-03-05 --story cobb yes/distance.txt other.txt >/dev/null
run --db both.db conflicts --format jsonl
is "$(jq -r '"\(.kind)|\([.a.source, .b.source] | sort | join("+"))"' <<<"$out" | sort)" \
	"quantity|distance.txt+other.txt
same-source|distance.txt+distance.txt" \
	"the other outlet's four miles meets the six as before; the article's own pair stays one conflict"

run conflicts --kind nonsense
like "$err" "attribution, same-source)" "an unknown --kind names same-source among the kinds"
done_testing
