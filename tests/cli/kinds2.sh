#!/usr/bin/env bash
# More story kinds (a heatwave, a lawsuit settlement, a football transfer,
# a prisoner release) and the misses an earlier round left: a background
# paragraph about an earlier occurrence, vague counts, a length in words
# against one in digits, plurals as units. What a fact-checker marks comes
# out as one conflict with its reason; the traps raise none.
. "$top_srcdir/tests/cli/lib.sh"

# conflicts NAME: "kind|severity|explanation" of the store's conflicts, sorted
conflicts_of() {
	run --db "$1.db" conflicts --format jsonl
	jq -r '"\(.kind)|\(.severity)|\(.explanation)"' <<<"$out" | sort
}

# ---- one rule makes every plural singular: a unit, a measure, a subject
cat >pl.txt <<'TXT'
Divers find more bodies in Lake Orma

March 2, 2026

Divers recovered two more bodies from the lake on Sunday, the coast guard said.

Rescuers found 3 bodies near the pier and checked 12 speeches of witnesses.
TXT
run extract --format jsonl pl.txt
is "$(jq -r 'select(.type == "number") | "\(.text)|\(.unit)|\(.measure)"' <<<"$out")" \
	"two|null|body
3|body|null
12|speech|null" \
	"'bodies' is 'body' as a unit and as a measure, 'speeches' is 'speech'"

# ---- a background paragraph tells of an earlier occurrence: a sentence
# dated in another year, and the sentences that go on with it ("It
# injured ...", "That quake ..."), never meet the story's figures; a year
# after "since" dates no background ("the strongest since 2014")
cat >quake-a.txt <<'TXT'
Magnitude 4.4 quake jolts Tallis

March 12, 2026

TALLIS — A magnitude 4.4 earthquake shook Tallis early Wednesday, the U.S. Geological Survey said.

Three people were hurt by falling objects, county officials said. The quake began only one mile below the surface, the USGS said.

The town sits on the Orrin Fault. A magnitude 5.1 quake struck the fault in 2014. It injured 20 people and damaged 60 homes.

The 1998 Carrow Gap earthquake killed four people in Tallis. That quake injured more than 30.
TXT
cat >quake-b.txt <<'TXT'
Tallis shaken by 4.6 earthquake

March 12, 2026

TALLIS — An earthquake of magnitude 4.6 struck near Tallis before dawn on Wednesday at a depth of 12 miles, the USGS reported.

The quake, the strongest to hit the town since 2014, injured five people, according to the county sheriff.

Eight homes were damaged. "We thought it was 2014 all over again," said shop owner Dev Arlan.
TXT
run --db quake.db add --story quake quake-a.txt quake-b.txt
got=$(conflicts_of quake)
like "$got" 'quantity|strong|For Tallis, quake-a.txt says "Three" (3 injuries) and quake-b.txt "five" (5 injuries): the figures cannot both be right' \
	"three hurt against five injured in the quake 'strongest since 2014': one conflict"
unlike "$got" '"60"' "60 homes damaged by the 2014 quake ('It injured ... and damaged 60 homes') do not meet today's eight"
unlike "$got" '"20"' "20 injured by the 2014 quake do not meet today's five"
unlike "$got" '"more than 30"' "'That quake injured more than 30' after the 1998 quake is that quake's"
like "$got" 'quake-a.txt says "4.4" (magnitude 4.4) and quake-b.txt "4.6" (magnitude 4.6)' "magnitude 4.4 against 4.6"
like "$got" 'quantity|strong|For the depth, quake-a.txt says "one" (1 mile) and quake-b.txt "12" (12 miles): the figures cannot both be right' \
	"a depth in words, 'one mile below the surface', meets 'a depth of 12 miles' (a length of the story's event, however far apart)"

# ---- a vague count names its bounds, no point: a figure within them
# agrees ("Several" and "Four"), one beyond them is a weak conflict
cat >blast-a.txt <<'TXT'
Blast at Orly plant injures workers

May 2, 2026

Several people were hurt in the blast at the Orly plant, police said. Dozens of homes were damaged.
TXT
cat >blast-b.txt <<'TXT'
Orly plant blast

May 2, 2026

Four people were hurt in the blast at the Orly plant, police said. 30 homes were damaged.
TXT
cat >blast-c.txt <<'TXT'
Orly blast

May 2, 2026

Twelve people were hurt in the blast at the Orly plant, police said. About 250 homes were damaged.
TXT
run extract --format jsonl blast-a.txt
is "$(jq -r 'select(.type == "number") | "\(.text)|\(.lo)|\(.hi)"' <<<"$out")" "Several|3|9
Dozens|24|199" "'several' is 3 to 9, 'dozens' 24 to 199"
run --db blast.db add --story blast blast-a.txt blast-b.txt blast-c.txt
got=$(conflicts_of blast)
unlike "$got" 'blast-a.txt says "Several" (3 to 9 injuries) and blast-b.txt' "'Several' hurt against 'Four' hurt is no conflict"
unlike "$got" 'blast-a.txt says "Dozens" (24 to 199 homes) and blast-b.txt' "'Dozens of homes' against '30 homes' is no conflict"
like "$got" 'quantity|weak|For Orly, blast-a.txt says "Several" (3 to 9 injuries) and blast-c.txt "Twelve" (12 injuries): they disagree, though one is vague' \
	"'Several' against 'Twelve': weak, one is vague"
like "$got" 'quantity|strong|For Orly, blast-b.txt says "Four" (4 injuries) and blast-c.txt "Twelve" (12 injuries): the figures cannot both be right' \
	"'Four' against 'Twelve': strong"
run --db blast.db corroborations
like "$out" 'blast-a.txt ("Several") and blast-b.txt ("Four") agree on Orly: 4 injuries' "the agreement names the figure the vague word holds"

# ---- one agreement of two sources is one line of corroborations, however
# many of their claims repeat it (a headline and its lead)
cat >rep-a.txt <<'TXT'
Veldt Ferries cancels 120 sailings as crews strike

June 4, 2026

Veldt Ferries cancelled 120 sailings on Wednesday when its crews walked out, the company said.

The strike began at dawn.
TXT
cat >rep-b.txt <<'TXT'
Strike grounds Veldt Ferries

June 4, 2026

Veldt Ferries cancelled 120 sailings on Wednesday.

Some 120 sailings were cancelled as the strike spread, the union said.
TXT
run --db rep.db add --story rep rep-a.txt rep-b.txt
run --db rep.db corroborations --format jsonl
is "$(jq -r 'select(.rule | startswith("quantity")) | .explanation' <<<"$out")" \
	'rep-a.txt ("120") and rep-b.txt ("120") agree on Veldt Ferries: 120 sailings' \
	"the agreement on 120 sailings is one line (it was four: headline and lead each twice)"
run --db rep.db claims --format jsonl
is "$(jq -r 'select(.text | test("120")) | .support' <<<"$out" | sort -u)" 1 "every claim of the 120 still counts the other source's support"

# ---- a heatwave: a temperature's scale is its unit; °C and °F are never
# compared (40°C is 104°F), two records in °C are
cat >northern-ledger.txt <<'TXT'
Marrowby swelters as thermometer hits record 40C

July 15, 2026

MARROWBY — The temperature in Marrowby reached 40°C (104°F) on Tuesday afternoon, the highest ever recorded in the town, the national weather office said.

The reading beat the previous record of 38.7°C, set in August 1990, forecasters said.

"We have never seen heat like this in the valley," said meteorologist Hanna Lowe.

Three people have died from heat-related illness since Sunday, according to the regional health authority. Hospitals treated more than 200 people for heatstroke.

The weather office said the heat would ease by Friday, when highs of 29°C are expected.

Officials opened 14 cooling centres across the town.
TXT
cat >valley-post.txt <<'TXT'
Record heat grips Marrowby

July 15, 2026

MARROWBY — Marrowby sweltered through its hottest day on record on Tuesday as the mercury climbed to 104 degrees Fahrenheit, the national weather office reported.

The previous record, 39.4°C, was set in August 1990.

Five people have died of heat-related causes since the weekend, the regional health authority said, and about 180 were treated in hospital for heatstroke.

"Stay indoors and drink water," health official Omar Reyes told reporters.

The town has opened 12 cooling centres, city officials said. Temperatures are forecast to fall to 84°F on Friday.
TXT
run extract --format jsonl northern-ledger.txt valley-post.txt
is "$(jq -r 'select(.type == "number" and (.unit // "" | startswith("°"))) | "\(.text)|\(.value)|\(.unit)"' <<<"$out")" \
	"40°C|40|°C
104°F|104|°F
38.7°C|38.7|°C
29°C|29|°C
104 degrees Fahrenheit|104|°F
39.4°C|39.4|°C
84°F|84|°F" "temperatures in °C and °F, as a sign or in words"
run --db heat.db add --story heat northern-ledger.txt valley-post.txt
is "$(conflicts_of heat)" \
	'quantity|strong|For Marrowby, northern-ledger.txt says "38.7°C" (38.7 °C) and valley-post.txt "39.4°C" (39.4 °C): the figures cannot both be right
quantity|strong|For Marrowby, northern-ledger.txt says "Three" (3 deaths) and valley-post.txt "Five" (5 deaths): the figures cannot both be right' \
	"the old record and the deaths disagree; 40°C against 104°F, 29°C against 84°F raise nothing"
run --db heat.db corroborations
like "$out" 'northern-ledger.txt ("104°F") and valley-post.txt ("104 degrees Fahrenheit") agree on Marrowby: 104 °F' "104°F and 104 degrees Fahrenheit agree"

done_testing
