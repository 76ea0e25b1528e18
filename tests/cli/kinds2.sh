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

# ---- a prisoner exchange: "handing over 14 people" hands over 14, no
# bound; freeing people before a count is their release
cat >world-desk.txt <<'TXT'
Karvia frees 14 prisoners in swap with Ostland

October 3, 2026

Karvia released 14 prisoners on Friday in an exchange that saw Ostland free 11 Karvian nationals, the foreign ministry in Karvia said.

The swap took place at a border crossing near Telm and was brokered by Norland, officials said.

Among those freed was journalist Ana Vrel, who had been held for 26 months.

In 2024, the two countries exchanged 40 prisoners.
TXT
cat >global-post.txt <<'TXT'
Prisoner exchange frees 25 people

October 3, 2026

Karvia and Ostland swapped 25 prisoners on Thursday, Karvia's foreign ministry said, with Karvia handing over 14 people and Ostland releasing 11.

Journalist Ana Vrel, detained for two years, was among those released.

The exchange was the largest between the two countries since 2024.

It followed months of talks mediated by Norland.
TXT
run extract --format jsonl world-desk.txt global-post.txt
is "$(jq -r 'select(.type == "number" and .sentence == 2 and .source == "global-post.txt") | "\(.text)|\(.lo)|\(.hi)|\(.event)|\(.subject)"' <<<"$out")" \
	"25|25|25|ANNOUNCE|Karvia
14|14|14|RELEASE|Karvia
11|11|11|RELEASE|Ostland" "'Karvia handing over 14 people' is 14 released by Karvia (it was 'over 14', more than 14, Ostland's)"
is "$(jq -r 'select(.type == "number" and .source == "world-desk.txt" and .sentence == 2) | "\(.text)|\(.event)|\(.subject)"' <<<"$out")" \
	"14|RELEASE|Karvia
11|RELEASE|Ostland" "'Ostland free 11 Karvian nationals' is Ostland's release of 11"
run --db swap.db add --story swap world-desk.txt global-post.txt
is "$(conflicts_of swap)" "" "the exchange of 2024 (40 prisoners) and the 25 swapped in all meet no count of one side"

# ---- a lawsuit settlement: two sums of one settlement disagree; a sum of
# another year's settlement is another fact
cat >court-news.txt <<'TXT'
Dellcore to pay $45 million to settle water pollution lawsuit

May 20, 2026

Chemical maker Dellcore has agreed to pay $45 million to settle a lawsuit brought by residents of Fenwick over contaminated drinking water, lawyers for the plaintiffs said on Tuesday.

The settlement, which still needs a judge's approval, covers about 3,200 households.

Dellcore denied wrongdoing. "We chose to resolve this matter and move forward," the company said in a statement.

The suit was filed in March 2023. A hearing on the deal is set for June 18.

In 2019, Dellcore paid $12 million to settle a similar case in Ohio.
TXT
cat >fenwick-times.txt <<'TXT'
Fenwick residents win $54 million settlement from Dellcore

May 20, 2026

FENWICK — Dellcore will pay $54 million to Fenwick families who said its plant poisoned their wells, under a settlement announced on Tuesday.

The agreement covers roughly 3,000 households, according to court papers.

The company admitted no liability.

Residents sued in March 2023. Judge Alma Torres will consider the settlement at a hearing on June 25.

"It has been a long fight," said plaintiff Rosa Fell.
TXT
run --db law.db add --story law court-news.txt fenwick-times.txt
is "$(conflicts_of law)" \
	'quantity|strong|For Dellcore, court-news.txt says "$45 million" and fenwick-times.txt "$54 million": the figures cannot both be right' \
	"\$45 million against \$54 million to settle; the \$12 million of 2019 meets nothing"

# ---- a football transfer: sums in two currencies are never compared
# (€100m against about £68m), nor a fee of another year (€15m in 2022)
cat >sport-desk.txt <<'TXT'
Harwick United sign striker Leo Banda for €100m

August 12, 2026

Harwick United have signed striker Leo Banda from Porto Real for a club-record fee of €100m, the club announced on Monday.

The 24-year-old has agreed a five-year contract, Harwick said in a statement.

Banda scored 31 goals in 40 matches last season.

"This is a dream come true," Banda told the club's website.

Porto Real bought the forward from Santos Verde in 2022 for €15m.
TXT
cat >football-wire.txt <<'TXT'
Banda completes record move to Harwick

August 12, 2026

Leo Banda has joined Harwick United from Porto Real in a deal worth €80m, the Premier League club confirmed on Monday.

The fee, about £68m, makes the 24-year-old the most expensive signing in Harwick's history.

Banda, who scored 29 goals in 40 games last season, signed a contract until 2031.

"I am proud to wear this shirt," said Banda.

He joined Porto Real in 2022 from Santos Verde for a fee of €15m.
TXT
run --db fee.db add --story fee sport-desk.txt football-wire.txt
got=$(conflicts_of fee)
unlike "$got" '£68m' "about £68m meets no sum in euros"
unlike "$got" '€15m' "the €15m of 2022 is another fee"
run --db fee.db corroborations
like "$out" 'agree on Leo Banda: age 24' "both give Banda's age, 24"

# ---- "it" after a company's saying is that company ------------------------
# One outlet's headline makes the seller its main organisation; its lead has
# the buyer say "that it had agreed to buy": "it" is the buyer, so the two
# prices meet (before, "it" was the seller and the disagreement was missed)
mkdir -p "$T/sayer"
printf 'Marsh Haulage sold to rival\n\nTolland Freight said on Tuesday that it had agreed to buy Marsh Haulage for $42 million.\n' >"$T/sayer/a.txt"
printf 'Tolland Freight buys Marsh Haulage\n\nTolland Freight agreed to buy Marsh Haulage for $48 million, the company said.\n' >"$T/sayer/b.txt"
"$CROSSCHECK" --db "$T/sayer.db" add --story haul "$T/sayer"/a.txt "$T/sayer"/b.txt >/dev/null
is "$("$CROSSCHECK" extract --format jsonl "$T/sayer/a.txt" | jq -r 'select(.type == "money") | .subject')" \
	"Tolland Freight" "'X said that it had agreed to buy': the money is X's"
like "$("$CROSSCHECK" --db "$T/sayer.db" conflicts)" 'For Tolland Freight, a.txt says "$42 million" and b.txt "$48 million"' \
	"... and meets the other outlet's price"
is "$("$CROSSCHECK" extract --format jsonl "$T/sayer/a.txt" | jq -r 'select(.type == "event" and .value == "ACQUIRE") | .subject')" \
	"Tolland Freight" "... as the buying is"

done_testing
