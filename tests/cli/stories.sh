#!/usr/bin/env bash
# Stories of kinds the rules were not written on (an outbreak, a bridge
# collapse, a rate decision): the conflicts a fact-checker marks come out,
# with their reason, and the traps (a past figure, a part, a figure of
# another kind) raise none.
. "$top_srcdir/tests/cli/lib.sh"

# conflicts NAME: "kind|severity|explanation" of the store's conflicts, sorted
conflicts_of() {
	run --db "$1.db" conflicts --format jsonl
	jq -r '"\(.kind)|\(.severity)|\(.explanation)"' <<<"$out" | sort
}

# ---- a collapse: death counts in words are exact
cat >span-a.txt <<'TXT'
Footbridge gives way over canal

By Ruth Allard
March 3, 2025

A footbridge over the Morrow canal fell on Sunday night, killing five people, rescue services said.

Eleven people were hospitalized.
TXT
cat >span-b.txt <<'TXT'
Canal bridge collapse kills six

March 3, 2025

Six people died when a footbridge fell into the Morrow canal on Sunday, police said.

Nineteen people were injured.
TXT
run --db span.db add --story span span-a.txt span-b.txt
is "$rc" 0 "add exits 0"
is "$(conflicts_of span)" \
	'quantity|strong|For Morrow, span-a.txt says "five" (5 deaths) and span-b.txt "six" (6 deaths): the figures cannot both be right' \
	"'killing five' against 'kills six': a count in words is exact, so one apart is a strong conflict; the 11 hospitalized are no count of the 19 injured"

# ---- a round figure in words is as often a round guess: weak, never strong
cat >gale-a.txt <<'TXT'
Storm batters Linmouth harbour

March 5, 2025

A storm tore through Linmouth harbour on Tuesday, and a dozen people were injured, the coastguard said.

Thirty residents were evacuated from the harbour front.
TXT
cat >gale-b.txt <<'TXT'
Linmouth counts storm damage

March 5, 2025

A storm struck Linmouth harbour on Tuesday, and 13 people were injured, the coastguard said.

Police evacuated 32 residents from the harbour front.
TXT
run --db gale.db add --story gale gale-a.txt gale-b.txt
is "$rc" 0 "add exits 0"
is "$(conflicts_of gale | cut -d'|' -f1,2 | sort | uniq -c | sed 's/^ *//')" \
	"2 quantity|weak" \
	"'a dozen' against 13 and 'Thirty' against 32: round figures in words, a rounding apart, weak"

# ---- a group of people opening a sentence is no name
cat >crews.txt <<'TXT'
Hill fire spreads

Crews had the fire 20 percent contained by Thursday, Pell County said.

Doctors have recorded 12 cases of smoke poisoning.
TXT
run extract --date 2025-08-14 --format jsonl crews.txt
is "$(jq -r 'select(.type == "entity" and .unit != "noun") | .text' <<<"$out" | sort | tr '\n' ';')" \
	"Pell County;" \
	"'Crews had', 'Doctors have recorded' name no one"
is "$(jq -r 'select(.type == "number" and .text == "12") | "\(.subject)|\(.subject_implied // false)"' <<<"$out")" \
	"doctor|false" "the 12 are the doctors' doing, not a name's"

# ---- an outbreak: no organisation, no place named as itself; what
# happens, as the headline or the lead names it, is what the figures are
# about
cat >pox-a.txt <<'TXT'
Cholera outbreak in river towns reaches 140 cases

By Ana Ferreira
May 14, 2025

Doctors have recorded 140 cholera cases since the outbreak began in early April, health workers said on Tuesday.

Twenty-two patients have been hospitalized and four people have died.
TXT
cat >pox-b.txt <<'TXT'
River towns fight cholera as deaths rise

May 14, 2025

The outbreak has killed five people so far, and 27 have been hospitalised, district officials said.

Water trucks are bringing clean water to the worst-hit villages.
TXT
run extract --format jsonl pox-a.txt
is "$(jq -r 'select(.type == "number" and .text == "four") | "\(.event)|\(.subject)|\(.subject_implied // false)"' <<<"$out")" \
	"DIE|outbreak|true" "no name leads: the headline's outbreak stands in for the figures that name no subject"
run --db pox.db add --story pox pox-a.txt pox-b.txt
is "$(conflicts_of pox)" \
	'quantity|strong|For the outbreak, pox-a.txt says "Twenty-two" (22 hospitalizations) and pox-b.txt "27" (27 hospitalizations): the figures cannot both be right
quantity|strong|For the outbreak, pox-a.txt says "four" (4 deaths) and pox-b.txt "five" (5 deaths): the figures cannot both be right' \
	"four dead against five, and 22 patients hospitalized against 27 hospitalised (a count of its own, no injury)"

# ---- a rate decision: the value before a change ("up from 4.6%", "to 3.5%
# from 3.25%") is no figure of the change, and a time since ("its first
# increase in three years") no period of it
cat >rate-a.txt <<'TXT'
Bank of Orlen lifts its main rate

June 12, 2025

The Bank of Orlen raised its main rate by a quarter point to 3.75% on Thursday, its first increase in three years.

Inflation rose to 5.1% in May, up from 4.6% in April.
TXT
cat >rate-b.txt <<'TXT'
Orlen rate goes up

June 12, 2025

The Bank of Orlen on Thursday increased its main rate to 3.5% from 3.25%.
TXT
run extract --format jsonl rate-a.txt rate-b.txt
is "$(jq -r 'select(.type == "percent") | "\(.text)|\(.event)|\(.measure)"' <<<"$out" | tr '\n' ';')" \
	"3.75%|RISE|rate;5.1%|RISE|inflation;4.6%|null|null;3.5%|RISE|rate;3.25%|null|null;" \
	"the rate a change reaches measures the rate, across 'by a quarter point'; the values before it tie to no event"
run --db rate.db add --story rate rate-a.txt rate-b.txt
is "$(conflicts_of rate)" \
	'quantity|strong|For Bank of Orlen'"'"'s rate, rate-a.txt says "3.75%" and rate-b.txt "3.5%": the figures cannot both be right' \
	"3.75% against 3.5% is the conflict; 4.6% in April against the 3.25% before is none"

# ---- a sentencing: a court's judgment is a RULE ("sentenced", "jailed",
# "convicted", "found guilty": no founding), what the judge orders repaid
# is a payment, not the sum taken
cat >court-a.txt <<'TXT'
Ex-mayor jailed for six years for bribery

July 3, 2025

Former mayor Dana Okoye was sentenced on Wednesday to six years in prison for taking $900,000 in bribes.

Okoye was found guilty in May of nine counts of bribery after a three-week trial. The judge ordered her to repay $600,000.

Okoye, 47, told the court she was sorry.
TXT
cat >court-b.txt <<'TXT'
Former mayor gets five years

July 3, 2025

Dana Okoye was sentenced on Wednesday to five years in prison for taking $900,000 in bribes, prosecutor Ian Roe said.

Okoye, 48, was convicted in May on nine counts.
TXT
run extract --format jsonl court-a.txt court-b.txt
is "$(jq -r 'select(.type == "event" and .value != "ANNOUNCE") | "\(.text)|\(.value)"' <<<"$out" | tr '\n' ';')" \
	"jailed|RULE;sentenced|RULE;found guilty|RULE;ordered|RULE;repay|PAY;sentenced|RULE;convicted|RULE;" \
	"sentenced, jailed, convicted and found guilty are a court's rulings; repaying is paying"
is "$(jq -r 'select(.text == "$600,000") | .event' <<<"$out")" "PAY" "the sum ordered repaid is the repayment's"
is "$(jq -r 'select(.type == "entity" and .text == "Ian Roe") | .unit' <<<"$out")" "person" "'prosecutor Ian Roe' is a person"
run --db court.db add --story court court-a.txt court-b.txt
is "$(conflicts_of court)" \
	'quantity|strong|For Dana Okoye, court-a.txt says "six years" (6 years) and court-b.txt "five years" (5 years): the figures cannot both be right
quantity|weak|For Dana Okoye, court-a.txt says "47" (age 47) and court-b.txt "48" (age 48): close, but not the same figure' \
	"six years against five (a span in words is exact: strong), and her age (in digits, within rounding: weak), whatever each sentence tells of her; the \$600,000 repaid does not meet the \$900,000 taken"
run --db court.db corroborations --format jsonl
is "$(jq -r '.rule' <<<"$out" | sort | tr '\n' ' ')" "date/same-event quantity/same quantity/same " \
	"the day of the sentence, the \$900,000 and the nine counts agree (a three-week trial is no period of the counts; the sum before ', prosecutor Ian Roe said' is the sentencing's, not the saying's)"

# ---- a wildfire: a fire goes on, so the day it was 30% contained and the
# day it ignited are no two dates of one event; a dateline in capitals
# names the place the body names; an order to leave is an evacuation,
# residents are people, and those treated for something are hurt
cat >fire-a.txt <<'TXT'
Wildfire near Pell Ridge grows

August 14, 2025

PELL RIDGE — A wildfire in the hills above Pell Ridge had burned about 8,000 acres by Wednesday morning, officials said.

The fire was 30% contained on Wednesday, incident commander Lee Ames said.

Some 900 residents were ordered to leave their homes.

Two firefighters were treated for heat exhaustion.
TXT
cat >fire-b.txt <<'TXT'
Pell Ridge fire keeps spreading

August 14, 2025

A fire in the Pell Ridge hills has scorched roughly 8,100 acres since it ignited on Saturday, the county said on Wednesday.

About 1,200 people have been evacuated.

Three firefighters have suffered minor injuries.
TXT
run extract --format jsonl fire-a.txt
is "$(jq -r 'select(.type == "entity" and .text == "PELL RIDGE") | .value' <<<"$out")" "Pell Ridge" \
	"the dateline 'PELL RIDGE' is the Pell Ridge of the body"
run --db fire.db add --story fire fire-a.txt fire-b.txt
run --db fire.db claims --format jsonl
is "$(jq -r 'select(.event == "FIRE" or .event == "START") | "\(.source)|\(.event)|\([.slots[] | select(.type == "date") | .value] | join(","))"' <<<"$out" | sort)" \
	"fire-a.txt|FIRE|2025-08-13
fire-b.txt|FIRE|
fire-b.txt|START|2025-08-09" "both outlets date the fire: 'since it ignited on Saturday' dates its start"
is "$(conflicts_of fire)" \
	'quantity|strong|For Pell Ridge, fire-a.txt says "Some 900" (about 900 residents) and fire-b.txt "About 1,200" (about 1,200 people): the figures cannot both be right
quantity|strong|For Pell Ridge, fire-a.txt says "Two" (2 firefighters) and fire-b.txt "Three" (3 firefighters): the figures cannot both be right' \
	"30% contained on Wednesday and ignited on Saturday can both be right; residents ordered to leave are people evacuated, firefighters treated for heat are injured"

# ---- a recall: the units called back are the recall's, not a sale's
cat >toaster-a.txt <<'TXT'
Brelle recalls 600,000 toasters

March 4, 2025

Brelle Home is recalling about 600,000 toasters sold in Europe after reports that the units can overheat.
TXT
cat >toaster-b.txt <<'TXT'
Brelle Home to call back 800,000 toasters

March 4, 2025

Brelle Home said on Monday it would recall 800,000 toasters. The company sold about 250,000 toasters in Asia, which are not part of the recall.
TXT
run --db toaster.db add --story toaster toaster-a.txt toaster-b.txt
is "$(conflicts_of toaster)" \
	'quantity|strong|For Brelle Home, toaster-a.txt says "about 600,000" (about 600,000 toasters) and toaster-b.txt "800,000" (800,000 toasters): the figures cannot both be right' \
	"600,000 recalled against 800,000, once, from the lead that names Brelle Home (not the headline that implies it); the 250,000 sold elsewhere meet neither"

# ---- what is scheduled lies ahead: a past year nearby does not take it back
printf 'Board sets date\n\nThe board last changed its rules in June 2023. Its next meeting is scheduled for May 20.\n' >sched.txt
run extract --date 2025-03-06 --format jsonl sched.txt
is "$(jq -r 'select(.text == "May 20") | "\(.value)|\(.year)"' <<<"$out")" "2025-05-20|document date" \
	"'next meeting is scheduled for May 20' after 'June 2023' is in the article's year"

# ---- a running total: "bringing the total to 151" counts what the
# sentence counted before it (cases, confirmed), and that count is the
# increase, which meets no total
cat >dengue-a.txt <<'TXT'
Dengue outbreak grows

June 2, 2025

Health officials confirmed 9 new dengue cases on Monday, bringing the outbreak's total to 151.
TXT
cat >dengue-b.txt <<'TXT'
Dengue outbreak reaches 146 cases

June 2, 2025

The health ministry reported 146 dengue cases linked to the outbreak.
TXT
run extract --format jsonl dengue-a.txt
is "$(jq -r 'select(.type == "number") | "\(.text)|\(.unit)|\(.measure)|\(.event)"' <<<"$out" | tr '\n' ';')" \
	"9|case|increase|CONFIRM;151|case|null|CONFIRM;" "the total counts the cases confirmed; the 9 new ones are the increase"
run --db dengue.db add --story dengue dengue-a.txt dengue-b.txt
is "$(conflicts_of dengue)" \
	'quantity|strong|For the outbreak, dengue-a.txt says "151" (151 cases) and dengue-b.txt "146" (146 cases): the figures cannot both be right' \
	"a total of 151 cases confirmed against 146 reported; the 9 new cases meet neither"

# ---- a level reached is a rise: "reached 6.4%" meets "rose to 6.2%";
# "reach" with no figure after it ("to reach its customers") is no event
cat >prices-a.txt <<'TXT'
Orlan inflation climbs again

April 8, 2025

Consumer inflation in Orlan rose to 3.1% in March, the statistics office said.
TXT
cat >prices-b.txt <<'TXT'
Orlan prices keep rising

April 8, 2025

Consumer inflation in Orlan reached 3.4% in March, official data showed. Shops struggled to reach their customers.
TXT
run extract --format jsonl prices-b.txt
is "$(jq -r 'select(.type == "event" and .unit == "reach") | "\(.text)|\(.value)"' <<<"$out" | tr '\n' ';')" \
	"reached|RISE;" "'reached 3.4%' is a RISE; 'to reach their customers' no event"
run --db prices.db add --story prices prices-a.txt prices-b.txt
is "$(conflicts_of prices)" \
	'quantity|strong|For Orlan'"'"'s inflation, prices-a.txt says "3.1%" and prices-b.txt "3.4%": the figures cannot both be right' \
	"inflation that rose to 3.1% against inflation that reached 3.4% in the same month"

# ---- what is lost: homes burned, flooded or destroyed, boats sunk
# (DAMAGE, only near a property noun); a house is a home; the drowned are
# dead; a fire's acres burned are no DAMAGE
cat >surge-a.txt <<'TXT'
Floods swamp Tarrow valley

November 4, 2025

The Tarrow river flooded about 300 homes in the valley on Monday, the district council said.

Two men drowned near the weir, police said.
TXT
cat >surge-b.txt <<'TXT'
Tarrow valley counts flood damage

November 4, 2025

Some 420 houses were flooded in the Tarrow valley on Monday, the council said.

Four people died near the weir, according to police.
TXT
run --db surge.db add --story surge surge-a.txt surge-b.txt
is "$(conflicts_of surge)" \
	'quantity|strong|For Tarrow, surge-a.txt says "Two" (2 deaths) and surge-b.txt "Four" (4 deaths): the figures cannot both be right
quantity|strong|For Tarrow, surge-a.txt says "about 300" (about 300 homes) and surge-b.txt "Some 420" (about 420 houses): the figures cannot both be right' \
	"300 homes flooded against 420 houses flooded, two drowned against four dead: both strong"
cat >ember-a.txt <<'TXT'
Brush fire spreads

July 2, 2025

The brush fire had burned 3,000 acres by Tuesday. Twenty homes have burned, and five boats sank at the marina.
TXT
run extract --format jsonl ember-a.txt
is "$(jq -r 'select(.type == "number") | "\(.text)|\(.unit)|\(.event)"' <<<"$out" | tr '\n' ';')" \
	"3,000|acre|FIRE;Twenty|home|DAMAGE;five|boat|DAMAGE;" \
	"homes burned and boats sunk are DAMAGE; the acres a fire burned stay the fire's"

# ---- a bound after a noun of people is an age, no count
cat >meals.txt <<'TXT'
Schools open kitchens

May 2, 2025

Free meals went to children under 10 and to people over 65. Over 40 residents signed up.
TXT
run extract --format jsonl meals.txt
is "$(jq -r 'select(.type == "number") | "\(.text)|\(.unit)|\(.mod)"' <<<"$out" | tr '\n' ';')" \
	"under 10|age|less;over 65|age|more;Over 40|resident|more;" \
	"'children under 10' and 'people over 65' are ages; 'Over 40 residents' counts"

# ---- a walkout is a strike, and dockers are workers; a strike is one
# happening, whichever verb dates it
cat >docks-a.txt <<'TXT'
Port of Selby halted

June 9, 2025

About 1,400 port workers in Selby went on strike on Monday, their union said.
TXT
cat >docks-b.txt <<'TXT'
Selby dockers down tools

June 9, 2025

Some 1,100 dockers in Selby walked off the job on Sunday, the union said.
TXT
run --db docks.db add --story docks docks-a.txt docks-b.txt
is "$(conflicts_of docks)" \
	'event-date|strong|docks-a.txt says Selby strikes on 2025-06-09 ("Monday"), docks-b.txt on 2025-06-08 ("Sunday"): the same event on different dates
quantity|strong|For Selby, docks-a.txt says "About 1,400" (about 1,400 workers) and docks-b.txt "Some 1,100" (about 1,100 dockers): the figures cannot both be right' \
	"workers on strike against dockers who walked off the job: their number, and the day (one strike whichever verb tells it)"

# ---- a strike that goes on is no walkout: the day it went on is no day
# it began, but its strikers are the walkout's
cat >docks-c.txt <<'TXT'
Selby strike drags on

June 11, 2025

Port workers in Selby remained on strike on Wednesday, the union said.

Some 1,700 workers in Selby are still on strike.
TXT
run --db docks2.db add --story docks docks-a.txt docks-c.txt
is "$(conflicts_of docks2)" \
	'quantity|weak|For Selby, docks-a.txt says "About 1,400" (about 1,400 workers) and docks-c.txt "Some 1,700" (about 1,700 workers): different figures, though approximate' \
	"'remained on strike on Wednesday' against 'went on strike on Monday' is no conflict of days; 1,700 still on strike against 1,400 who went on strike is"

# ---- what analysts expected is no report of the fact: it does not
# corroborate what happened
cat >hike-a.txt <<'TXT'
Banco Sereno lifts rates

October 2, 2025

Banco Sereno raised its key rate to 5% on Wednesday.

Economists had expected a quarter-point increase.
TXT
cat >hike-b.txt <<'TXT'
Sereno raises rates again

October 2, 2025

Banco Sereno on Wednesday raised its key rate to 5%, a quarter-point increase.
TXT
run extract --format jsonl hike-a.txt
is "$(jq -r 'select(.type == "event" and .value == "RISE") | "\(.unit)|\(.modality)"' <<<"$out" | tr '\n' ';')" \
	"raise|asserted;increase|expected;" "'raised its key rate to 5%' is a rise; 'had expected a quarter-point increase' an expectation"
run --db hike.db add --story hike hike-a.txt hike-b.txt
run --db hike.db corroborations --format jsonl
is "$(jq -r '.explanation' <<<"$out" | grep -c 'quarter')" "0" \
	"the quarter-point increase economists expected does not corroborate the quarter-point increase that came"

# ---- a capital in -s that opens a sentence with a plural verb after it is
# a group, no name; a name in -s takes the singular
cat >moor.txt <<'TXT'
Harbour jammed

May 12, 2026

Freighters were left waiting offshore on Monday. Volunteers have handed out food. Halvors has chartered two tugs.
TXT
run extract --format jsonl moor.txt
is "$(jq -r 'select(.type == "entity") | .value' <<<"$out" | tr '\n' ';')" "Halvors;" \
	"'Freighters were', 'Volunteers have' name no one; 'Halvors has' is a name"

# ---- the noun before "of" is the subject, not the name after it
cat >clerk.txt <<'TXT'
Clerk sentenced

June 20, 2025

A former clerk of the Dunmore Savings Bank was sentenced on Thursday to four years in prison.
TXT
run extract --format jsonl clerk.txt
is "$(jq -r 'select(.type == "event" and .unit == "sentence" and .sentence == 2) | .subject' <<<"$out")" "clerk" \
	"'A former clerk of the Dunmore Savings Bank was sentenced' sentences the clerk, not the bank"

# ---- an age is the person's now, whatever year or period its sentence names
cat >coach-a.txt <<'TXT'
Harbury name coach

May 18, 2026

Coach Tilda Rosso, 52, has led Harbury for three years.
TXT
cat >coach-b.txt <<'TXT'
Harbury coach stays

May 18, 2026

Tilda Rosso, 55, took charge of Harbury four years ago.
TXT
run --db coach.db add --story coach coach-a.txt coach-b.txt
is "$(conflicts_of coach)" \
	'quantity|strong|For Tilda Rosso, coach-a.txt says "52" (age 52) and coach-b.txt "55" (age 55): the figures cannot both be right' \
	"52 against 55: the ages meet across 'for three years' and 'four years ago'"

# ---- a rate raised to a level is a rise; what markets foresaw is no
# report of it, nor a disagreement between two outlets' forecasters
cat >kron-a.txt <<'TXT'
Kestria lifts borrowing costs

April 9, 2026

The National Bank of Kestria raised its key rate to 5% on Wednesday.

Markets had forecast a 4.75% rate.
TXT
cat >kron-b.txt <<'TXT'
Kestria rate goes up

April 9, 2026

The National Bank of Kestria on Wednesday increased its key rate to 5.25%, officials said.

Economists had predicted a rate of 4.5%.
TXT
cat >kron-c.txt <<'TXT'
Kestria decision

April 9, 2026

Traders had anticipated a key rate of 4.5% from the National Bank of Kestria.

The National Bank of Kestria kept its key rate at 5% on Wednesday.
TXT
run extract --format jsonl kron-a.txt
is "$(jq -r 'select(.type == "percent") | "\(.text)|\(.event)"' <<<"$out" | tr '\n' ';')" \
	"5%|RISE;4.75%|null;" "'raised its key rate to 5%' is a RISE; 'raised' alone is none"
run --db kron.db add --story kron kron-a.txt kron-b.txt
is "$(conflicts_of kron)" \
	'quantity|weak|For National Bank of Kestria'\''s rate, kron-a.txt says "5%" and kron-b.txt "5.25%": close, but not the same figure' \
	"'raised its key rate to 5%' meets 'increased its key rate to 5.25%'; the markets' 4.75% and the economists' 4.5% do not meet"
run --db kron2.db add --story kron kron-a.txt kron-c.txt
is "$(conflicts_of kron2)" "" \
	"the 4.5% traders anticipated meets neither the 5% kept nor the 4.75% markets forecast"
run extract --format jsonl kron-b.txt
is "$(jq -r 'select(.type == "event" and .value == "RISE") | .unit' <<<"$out" | tr '\n' ';')" "increase;" \
	"a rise needs its level: no second rise"
cat >fund.txt <<'TXT'
Startup funded

May 2, 2026

Dovrel raised $35 million to expand its lab, the company said.
TXT
run extract --format jsonl fund.txt
is "$(jq -r 'select(.type == "event") | .value' <<<"$out" | tr '\n' ';')" "FUND;ANNOUNCE;" \
	"'raised \$35 million to expand' is money raised (FUND), no rise"

# ---- quarterly results: a dividend raised by a figure to another; a
# move in after-hours trading measures the trading, no word of time
cat >qtr-a.txt <<'TXT'
Morvane results

October 21, 2026

Morvane Labs raised its dividend to 31 cents a share on Tuesday.

Morvane shares lost 5% in after-hours trading.
TXT
cat >qtr-b.txt <<'TXT'
Morvane pays more

October 21, 2026

Morvane Labs on Tuesday lifted its quarterly dividend by 3 cents to 33 cents.

Morvane shares lost 8% in after-hours trading.
TXT
run extract --format jsonl qtr-b.txt
is "$(jq -r 'select(.type == "money" or .type == "percent") | "\(.text)|\(.measure)"' <<<"$out" | tr '\n' ';')" \
	"3 cents|null;33 cents|dividend;8%|trading;" \
	"'by 3 cents to 33 cents' measures the dividend, not the cents before 'to'; '8% in after-hours trading' measures trading"
run --db qtr.db add --story qtr qtr-a.txt qtr-b.txt
is "$(conflicts_of qtr | cut -d'|' -f1,2,3 | sed 's/: .*//')" \
	"quantity|strong|For Morvane's dividend, qtr-a.txt says \"31 cents\" (\$0.31) and qtr-b.txt \"33 cents\" (\$0.33)
quantity|strong|For Morvane's trading, qtr-a.txt says \"5%\" and qtr-b.txt \"8%\"" \
	"the dividend set, 31 against 33 cents, and the fall in after-hours trading"

# ---- a plane crash: "take-off" is a noun, no future; the crash is in the
# week before the article
cat >jet.txt <<'TXT'
Freighter lost near Ardmore

June 11, 2026

A freight jet came down soon after take-off from Ardmore on Monday night, killing its two pilots.
TXT
run extract --format jsonl jet.txt
is "$(jq -r 'select(.type == "date") | .value' <<<"$out")" "2026-06-08" \
	"'after take-off on Monday night' in a Thursday article is the Monday before, not the one after"

# ---- an election: a councillor's title is no part of her name
cat >poll-a.txt <<'TXT'
Ostby elects a mayor

November 4, 2026

Councillor Mira Dahlen, 51, was elected mayor of Ostby on Tuesday.

Councillor Dahlen won the Ostby mayoral race with 9,410 votes.
TXT
cat >poll-b.txt <<'TXT'
Dahlen takes Ostby

November 4, 2026

Mira Dahlen, 53, was elected mayor of Ostby on Tuesday.

Dahlen won the Ostby mayoral race with 9,140 votes.
TXT
run extract --format jsonl poll-a.txt
is "$(jq -r 'select(.type == "entity" and .sentence == 2) | "\(.value)|\(.unit)"' <<<"$out" | head -1)" \
	"Mira Dahlen|person" "'Councillor Mira Dahlen' is Mira Dahlen, a person"
run --db poll.db add --story poll poll-a.txt poll-b.txt
is "$(conflicts_of poll | cut -d'|' -f1,3 | sed 's/: .*//')" \
	'quantity|For Mira Dahlen, poll-a.txt says "51" (age 51) and poll-b.txt "53" (age 53)
quantity|For Mira Dahlen, poll-a.txt says "9,410" (9,410 votes) and poll-b.txt "9,140" (9,140 votes)' \
	"her age, 51 against 53, meets across the title; so do her votes: a title that opens the clause stands before who won, not 'Ostby'"

# ---- a fire that ignited on a day started then; the acres burned before
# "since it ignited" stay the fire's
cat >scrub.txt <<'TXT'
Scrub fire near Tolla

July 9, 2026

A brush fire near Tolla has blackened some 3,400 acres since it ignited on Sunday, the forestry office said.
TXT
run extract --format jsonl scrub.txt
is "$(jq -r 'select(.type == "date" or .type == "number") | "\(.text)|\(.event)"' <<<"$out" | tr '\n' ';')" \
	"Sunday|START;some 3,400|FIRE;" \
	"'ignited on Sunday' is the fire's start; the 3,400 acres before 'since it ignited' are the fire's, no start's"

done_testing
