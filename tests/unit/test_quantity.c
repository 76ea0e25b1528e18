/* Unit tests for src/quantity.c: numbers, money, percentages and durations
 * as outlets write them, and numbers that are not quantities of anything.
 * Each case tokenizes one sentence, runs quantity_scan on an empty list and
 * looks for the mention whose surface text is given. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mention.h"
#include "quantity.h"
#include "tap.h"
#include "token.h"

struct pos {
	const char *text;    /* the sentence */
	const char *surface; /* the mention's exact text */
	enum mention_type type;
	const char *value;
	const char *lo, *hi; /* "-" when open */
	const char *unit;
	const char *mod;     /* mention_mod_name, "" for none */
};

#define N M_NUMBER
#define MO M_MONEY
#define P M_PERCENT
#define D M_DURATION

static const struct pos cases[] = {
	/* counts in digits and words; the counted noun as unit */
	{"The plant employs 50 workers.", "50", N, "50", "50", "50", "worker", ""},
	/* a vote's split is one value, the pair (its first count the bounds) */
	{"The board approved it on a 3-2 vote.", "3-2", N, "3-2", "3", "3", "vote", ""},
	{"The bill passed 52-48.", "52-48", N, "52-48", "52", "52", "vote", ""},
	{"The council voted five to two.", "five to two", N, "5-2", "5", "5", "vote", ""},
	{"It has offices in 12 countries.", "12", N, "12", "12", "12", "country", ""},
	{"The app has 270,000 corporate clients.", "270,000", N, "270000", "270000", "270000", "client", ""},
	{"The service reached 400 million active users.", "400 million", N, "400000000", "400000000", "400000000", "user", ""},
	{"Rescuers found five survivors.", "five", N, "5", "5", "5", "survivor", ""},
	{"There were twenty-four candidates on the ballot.", "twenty-four", N, "24", "24", "24", "candidate", ""},
	{"She bought a dozen eggs.", "a dozen", N, "12", "12", "12", "egg", ""},
	{"The school hired two dozen teachers.", "two dozen", N, "24", "24", "24", "teacher", ""},
	{"The town has one hundred and fifty residents.", "one hundred and fifty", N, "150", "150", "150", "resident", ""},
	{"The fund manages 3.5 billion in assets for 2m savers.", "2m", N, "2000000", "2000000", "2000000", "saver", ""},
	{"The network serves 1.2bn subscribers.", "1.2bn", N, "1200000000", "1200000000", "1200000000", "subscriber", ""},
	{"The network serves 1.2 billion subscribers.", "1.2 billion", N, "1200000000", "1200000000", "1200000000", "subscriber", ""},
	{"A million viewers tuned in.", "A million", N, "1000000", "1000000", "1000000", "viewer", ""},
	/* a disease in -s names what is counted, it is not the count's noun */
	{"Officials confirmed 14 new measles cases.", "14", N, "14", "14", "14", "case", ""},
	/* all of a whole counts the whole's noun; a part counts none (it is
	 * no total to meet another outlet's) */
	{"The airline grounded all 23 of its turboprop aircraft.", "23", N, "23", "23", "23", "aircraft", ""},
	{"All 12 of the firm's plants closed.", "12", N, "12", "12", "12", "plant", ""},
	{"Three of the injured were firefighters.", "Three", N, "3", "3", "3", "", ""},
	{"Half a million tourists visit each summer.", "Half a million", N, "500000", "500000", "500000", "tourist", ""},
	{"The airline grounded 37 aircraft.", "37", N, "37", "37", "37", "aircraft", ""},
	{"The firm cut 120 jobs in three plants.", "120", N, "120", "120", "120", "job", ""},
	{"Police arrested 14 people overnight.", "14", N, "14", "14", "14", "person", ""},
	{"The league has 30 teams and 900 players.", "900", N, "900", "900", "900", "player", ""},
	{"The orchard has 40 cherry trees.", "40", N, "40", "40", "40", "tree", ""},
	{"The company operates 3 factories.", "3", N, "3", "3", "3", "factory", ""},
	{"Four rack switches were replaced.", "Four", N, "4", "4", "4", "switch", ""},
	{"The report lists 9 businesses.", "9", N, "9", "9", "9", "business", ""},
	{"About 60 women and 25 men attended.", "25", N, "25", "25", "25", "man", ""},
	{"The study followed 800 children.", "800", N, "800", "800", "800", "child", ""},
	{"The bridge is 40 feet high.", "40", N, "40", "40", "40", "foot", ""},
	{"The bank has 350 staff.", "350", N, "350", "350", "350", "staff", ""},
	{"The rescue saved 11 lives.", "11", N, "11", "11", "11", "life", ""},
	{"Twelve Americans were freed.", "Twelve", N, "12", "12", "12", "american", ""},
	{"The chip packs 512 single-core Atom servers.", "512", N, "512", "512", "512", "server", ""},
	{"The box holds 64 low-power processors.", "64", N, "64", "64", "64", "processor", ""},
	{"The co-op has 2024 members.", "2024", N, "2024", "2024", "2024", "member", ""},
	{"More than one interested buyer called.", "More than one", N, "1", "1", "-", "buyer", "more"},
	{"The drill reached one mile below ground.", "one", N, "1", "1", "1", "mile", ""},
	/* a gathering before or after its number counts people: "the 22,000
	 * crowd" is "a crowd of 22,000" */
	{"It was the 22,000 crowd that sang.", "22,000", N, "22000", "22000", "22000", "person", ""},
	{"The 640 audience stood up.", "640", N, "640", "640", "640", "person", ""},
	{"An attendance of 9,400 saw the final.", "9,400", N, "9400", "9400", "9400", "person", ""},
	/* ... not another noun in that place */
	{"It was the 12 jury that sat.", "12", N, "12", "12", "12", "jury", ""},
	{"The board of 12 met.", "12", N, "12", "12", "12", "board", ""},
	{"The pilot flew 3 missions.", "3", N, "3", "3", "3", "mission", ""},
	{"The vote drew 160 delegates.", "160", N, "160", "160", "160", "delegate", ""},
	{"She was 91.", "91", N, "91", "91", "91", "", ""},
	{"The total came to 1,500.", "1,500", N, "1500", "1500", "1500", "", ""},
	{"The district has 17 polling stations.", "17", N, "17", "17", "17", "station", ""},
	{"He has 2 bonuses and 3 viruses.", "3", N, "3", "3", "3", "virus", ""},

	/* comparators: the span includes them */
	{"The decision affects fewer than 50 workers.", "fewer than 50", N, "50", "-", "50", "worker", "less"},
	{"Less than 10 stores remain.", "Less than 10", N, "10", "-", "10", "store", "less"},
	{"The plan covers under 300 homes.", "under 300", N, "300", "-", "300", "home", "less"},
	{"Temperatures fell below 5 degrees.", "below 5", N, "5", "-", "5", "degree", "less"},
	{"Up to 50 people may lose their jobs.", "Up to 50", N, "50", "-", "50", "person", "less"},
	{"The rule allows at most 20 guests.", "at most 20", N, "20", "-", "20", "guest", "less"},
	{"As many as 60 houses burned.", "As many as 60", N, "60", "-", "60", "house", "less"},
	{"No more than 12 were hired.", "No more than 12", N, "12", "-", "12", "", "less"},
	{"Nearly 200 passengers were stranded.", "Nearly 200", N, "200", "170", "200", "passenger", "less"},
	{"Almost 300 homes lost power.", "Almost 300", N, "300", "255", "300", "home", "less"},
	{"Close to 80 volunteers helped.", "Close to 80", N, "80", "68", "80", "volunteer", "less"},
	{"The bid is closer to $2 billion.", "closer to $2 billion", MO, "USD 2000000000", "1800000000", "2200000000", "USD", "approx"},
	{"The crowd was nearer to 400 people.", "nearer to 400", N, "400", "360", "440", "person", "approx"},
	{"The group has just under 40 members.", "just under 40", N, "40", "34", "40", "member", "less"},
	{"Over 100,000 people signed.", "Over 100,000", N, "100000", "100000", "-", "person", "more"},
	{"More than 60 people reported shaking.", "More than 60", N, "60", "60", "-", "person", "more"},
	{"The firm has upwards of 5,000 staff.", "upwards of 5,000", N, "5000", "5000", "-", "staff", "more"},
	{"At least 20 smaller earthquakes followed.", "At least 20", N, "20", "20", "-", "earthquake", "more"},
	{"Prices rose above 70 dollars a barrel for 3 traders.", "3", N, "3", "3", "3", "trader", ""},
	{"The chain has in excess of 900 outlets.", "in excess of 900", N, "900", "900", "-", "outlet", "more"},
	{"Just over 30 tenants stayed.", "Just over 30", N, "30", "30", "34.5", "tenant", "more"},
	{"About 60 workers were laid off.", "About 60", N, "60", "54", "66", "worker", "approx"},
	{"Around 1,000 fans waited.", "Around 1,000", N, "1000", "900", "1100", "fan", "approx"},
	{"Roughly 30 firefighters responded.", "Roughly 30", N, "30", "27", "33", "firefighter", "approx"},
	{"Approximately 350 employees work there.", "Approximately 350", N, "350", "315", "385", "employee", "approx"},
	{"Some 400 protesters gathered.", "Some 400", N, "400", "360", "440", "protester", "approx"},
	{"An estimated 1.5 million people watched.", "An estimated 1.5 million", N, "1500000", "1350000", "1650000", "person", "approx"},
	{"The club has 50 or so members.", "50 or so", N, "50", "45", "55", "member", "approx"},
	{"The hall seats 40 or more guests.", "40 or more", N, "40", "40", "-", "guest", "more"},
	{"A 4-plus earthquake hit the valley.", "4-plus", N, "4", "4", "-", "magnitude", "more"},
	{"More than 4 quakes hit the valley.", "More than 4", N, "4", "4", "-", "quake", "more"},
	{"The tour lasts 4+ hours.", "4+ hours", D, "PT4H", "4", "-", "hour", "more"},
	{"The town has 2,000-plus evacuees.", "2,000-plus", N, "2000", "2000", "-", "evacuee", "more"},
	{"There were 50-odd boats in the harbour.", "50-odd", N, "50", "45", "55", "boat", "approx"},
	{"Exactly 100 tickets were sold.", "Exactly 100", N, "100", "100", "100", "ticket", ""},

	/* ranges */
	{"Between 20 and 30 people waited.", "Between 20 and 30", N, "20", "20", "30", "person", ""},
	{"Roughly 30 to 40 firefighters responded.", "Roughly 30 to 40", N, "30", "27", "44", "firefighter", "approx"},
	{"The job needs 20 to 30 volunteers.", "20 to 30", N, "20", "20", "30", "volunteer", ""},
	{"Each class has 20-25 pupils.", "20-25", N, "20", "20", "25", "pupil", ""},
	{"Two or three buses were late.", "Two or three", N, "2", "2", "3", "bus", ""},
	{"The firm will hire between 5 and 10 million workers.", "between 5 and 10 million", N, "5000000", "5000000", "10000000", "worker", ""},

	/* vague amounts */
	{"Dozens of workers were hurt.", "Dozens", N, "24", "24", "199", "injury", "approx"},
	{"Dozens of workers joined.", "Dozens", N, "24", "24", "199", "worker", "approx"},
	{"Hundreds of people marched.", "Hundreds", N, "200", "200", "999", "person", "approx"},
	{"Thousands of fans cheered.", "Thousands", N, "2000", "2000", "999999", "fan", "approx"},
	{"Tens of thousands of residents fled.", "Tens of thousands", N, "20000", "20000", "99999", "resident", "approx"},
	{"Hundreds of thousands of users lost access.", "Hundreds of thousands", N, "200000", "200000", "999999", "user", "approx"},
	{"Hundreds of millions of devices are affected.", "Hundreds of millions", N, "200000000", "200000000", "999999999", "device", "approx"},
	{"Millions of viewers tuned in.", "Millions", N, "2000000", "2000000", "999999999", "viewer", "approx"},
	{"Scores of homes were flooded.", "Scores", N, "40", "40", "199", "home", "approx"},
	{"Several executives resigned.", "Several", N, "3", "3", "9", "executive", "approx"},
	{"Several hundred workers joined.", "Several hundred", N, "300", "300", "900", "worker", "approx"},
	{"A few thousand fans stayed.", "A few thousand", N, "2000", "2000", "5000", "fan", "approx"},
	{"A couple of chips do the work.", "A couple", N, "2", "2", "3", "chip", "approx"},
	{"A handful of players dominate.", "A handful", N, "3", "3", "6", "player", "approx"},
	{"More than a dozen cars burned.", "More than a dozen", N, "12", "12", "-", "car", "more"},

	/* fractions */
	{"Two-thirds of the power goes to cooling.", "Two-thirds", N, "0.6667", "0.6667", "0.6667", "", ""},
	{"Half of the staff left.", "Half", N, "0.5", "0.5", "0.5", "", ""},
	{"About half of them are engineers.", "About half", N, "0.5", "0.45", "0.55", "", "approx"},
	{"It uses a quarter of the energy.", "a quarter", N, "0.25", "0.25", "0.25", "", ""},
	{"It needs a sixth of the space.", "a sixth", N, "0.1667", "0.1667", "0.1667", "", ""},
	{"Three-quarters of voters agreed.", "Three-quarters", N, "0.75", "0.75", "0.75", "", ""},
	{"One third of the budget is spent.", "One third", N, "0.3333", "0.3333", "0.3333", "", ""},
	{"More than half of respondents said yes.", "More than half", N, "0.5", "0.5", "-", "", "more"},
	{"Nearly a third said no.", "Nearly a third", N, "0.3333", "0.2833", "0.3333", "", "less"},

	/* money */
	{"AMD will pay $334 million for the startup.", "$334 million", MO, "USD 334000000", "334000000", "334000000", "USD", ""},
	{"AMD buys the startup for $334M.", "$334M", MO, "USD 334000000", "334000000", "334000000", "USD", ""},
	{"The deal is worth $334mn.", "$334mn", MO, "USD 334000000", "334000000", "334000000", "USD", ""},
	{"The group raised US$2.5bn in bonds.", "US$2.5bn", MO, "USD 2500000000", "2500000000", "2500000000", "USD", ""},
	{"The buyback is worth $60b.", "$60b", MO, "USD 60000000000", "60000000000", "60000000000", "USD", ""},
	{"The club paid 2 million euros for him.", "2 million euros", MO, "EUR 2000000", "2000000", "2000000", "EUR", ""},
	{"The grant is €2m.", "€2m", MO, "EUR 2000000", "2000000", "2000000", "EUR", ""},
	{"The fine was £5,000.", "£5,000", MO, "GBP 5000", "5000", "5000", "GBP", ""},
	{"A ticket costs ¥100.", "¥100", MO, "JPY 100", "100", "100", "JPY", ""},
	{"The city spent €3 million on roads.", "€3 million", MO, "EUR 3000000", "3000000", "3000000", "EUR", ""},
	{"The dividend is 75 cents per share.", "75 cents", MO, "USD 0.75", "0.75", "0.75", "USD", ""},
	{"Shares closed at $97.50.", "$97.50", MO, "USD 97.5", "97.5", "97.5", "USD", ""},
	{"The buyer pays $41/share in cash.", "$41", MO, "USD 41", "41", "41", "USD", ""},
	{"Tickets cost $12/person at the door.", "$12", MO, "USD 12", "12", "12", "USD", ""},
	{"The firm has more than $100 billion in cash.", "more than $100 billion", MO, "USD 100000000000", "100000000000", "-", "USD", "more"},
	/* "over" after a verb of blame says what about: no bound */
	{"He was jailed over $2.4m fraud.", "$2.4m", MO, "USD 2400000", "2400000", "2400000", "USD", ""},
	{"The firm was sued over $40m in unpaid fees.", "$40m", MO, "USD 40000000", "40000000", "40000000", "USD", ""},
	{"The shop charged over $500 for it.", "over $500", MO, "USD 500", "500", "-", "USD", "more"},
	{"Police arrested over 50 protesters.", "over 50", N, "50", "50", "-", "protester", "more"},
	{"The project cost €20-30 million.", "€20-30 million", MO, "EUR 20000000", "20000000", "30000000", "EUR", ""},
	{"Prices range from $20 to $30.", "$20", MO, "USD 20", "20", "20", "USD", ""},
	{"The fund holds 500 million dollars.", "500 million dollars", MO, "USD 500000000", "500000000", "500000000", "USD", ""},
	{"The loan was 40 million US dollars.", "40 million US dollars", MO, "USD 40000000", "40000000", "40000000", "USD", ""},
	{"The contract is worth C$15 million.", "C$15 million", MO, "CAD 15000000", "15000000", "15000000", "CAD", ""},
	/* currencies in words, and a country's adjective before its dollar,
	 * crown or franc */
	{"The airline lost 45 million kroner.", "45 million kroner", MO, "NOK 45000000", "45000000", "45000000", "NOK", ""},
	{"The fine was 450 million Danish kroner.", "450 million Danish kroner", MO, "DKK 450000000", "450000000", "450000000", "DKK", ""},
	{"Sales reached 3 billion kronor.", "3 billion kronor", MO, "SEK 3000000000", "3000000000", "3000000000", "SEK", ""},
	{"The bank paid 40 million Swiss francs.", "40 million Swiss francs", MO, "CHF 40000000", "40000000", "40000000", "CHF", ""},
	{"The plant cost 12 million zlotys.", "12 million zlotys", MO, "PLN 12000000", "12000000", "12000000", "PLN", ""},
	{"The mine raised 2 billion rand.", "2 billion rand", MO, "ZAR 2000000000", "2000000000", "2000000000", "ZAR", ""},
	{"The bill came to NOK 700 million.", "NOK 700 million", MO, "NOK 700000000", "700000000", "700000000", "NOK", ""},
	{"They raised 30 million Singapore dollars.", "30 million Singapore dollars", MO, "SGD 30000000", "30000000", "30000000", "SGD", ""},
	{"They raised 30 million Canadian dollars.", "30 million Canadian dollars", MO, "CAD 30000000", "30000000", "30000000", "CAD", ""},
	{"The storm caused £1.2bn in damage.", "£1.2bn", MO, "GBP 1200000000", "1200000000", "1200000000", "GBP", ""},
	{"They lost millions of dollars.", "millions of dollars", MO, "USD 2000000", "2000000", "999999999", "USD", "approx"},
	{"The transfer fee was 80 million pounds.", "80 million pounds", MO, "GBP 80000000", "80000000", "80000000", "GBP", ""},
	{"The budget is USD 4.2 million.", "USD 4.2 million", MO, "USD 4200000", "4200000", "4200000", "USD", ""},
	{"It raised $35m in two rounds.", "$35m", MO, "USD 35000000", "35000000", "35000000", "USD", ""},
	{"The startup got $9.3 million from the state.", "$9.3 million", MO, "USD 9300000", "9300000", "9300000", "USD", ""},
	{"It sold for about $50,000.", "about $50,000", MO, "USD 50000", "45000", "55000", "USD", "approx"},
	{"The stadium cost $1.5 billion to build.", "$1.5 billion", MO, "USD 1500000000", "1500000000", "1500000000", "USD", ""},

	/* percentages */
	{"Sales rose 4%.", "4%", P, "4", "4", "4", "percent", ""},
	{"Growth was 4.5 percent.", "4.5 percent", P, "4.5", "4.5", "4.5", "percent", ""},
	{"Growth was 4.5 per cent.", "4.5 per cent", P, "4.5", "4.5", "4.5", "percent", ""},
	{"Support rose 10 percentage points.", "10 percentage points", P, "10", "10", "10", "point", ""},
	{"The bank cut rates by 25 basis points.", "25 basis points", P, "0.25", "0.25", "0.25", "point", ""},
	{"Turnout was nearly 60 percent.", "nearly 60 percent", P, "60", "51", "60", "percent", "less"},
	{"Inflation was 3-4% last year.", "3-4%", P, "3", "3", "4", "percent", ""},
	{"Rates were between 2% and 3%.", "between 2% and 3%", P, "2", "2", "3", "percent", ""},
	{"It was a 20 percent improvement.", "20 percent", P, "20", "20", "20", "percent", ""},
	{"Three in 10 adults smoke.", "Three in 10", P, "30", "30", "30", "percent", ""},
	{"About one in eight homes is empty.", "About one in eight", P, "12.5", "11.25", "13.75", "percent", "approx"},
	{"Prices rose 2 pct in May.", "2 pct", P, "2", "2", "2", "percent", ""},

	/* durations */
	{"The offer gives six months free.", "six months", D, "P6M", "6", "6", "month", ""},
	{"The trial lasted a week.", "a week", D, "P1W", "1", "1", "week", ""},
	{"A second later the roof fell.", "A second", D, "PT1S", "1", "1", "second", ""},
	{"He worked there for 17 years.", "17 years", D, "P17Y", "17", "17", "year", ""},
	{"The shutdown ends nearly two decades of work.", "nearly two decades", D, "P20Y", "17", "20", "year", "less"},
	{"It operated for over a decade.", "over a decade", D, "P10Y", "10", "-", "year", "more"},
	{"It ends a nearly two-decade presence.", "nearly two-decade", D, "P20Y", "17", "20", "year", "less"},
	{"They signed a two-year deal.", "two-year", D, "P2Y", "2", "2", "year", ""},
	{"The 18-month plan was approved.", "18-month", D, "P18M", "18", "18", "month", ""},
	{"The talks took three days.", "three days", D, "P3D", "3", "3", "day", ""},
	{"Police held him for 48 hours.", "48 hours", D, "PT48H", "48", "48", "hour", ""},
	{"She spent a decade abroad.", "a decade", D, "P10Y", "10", "10", "year", ""},
	{"It took several years to finish.", "several years", D, "P3Y", "3", "9", "year", "approx"},
	{"The climb took five minutes.", "five minutes", D, "PT5M", "5", "5", "minute", ""},
	{"He stopped it with two seconds remaining.", "two seconds", D, "PT2S", "2", "2", "second", ""},
	{"The church stood for a century.", "a century", D, "P100Y", "100", "100", "year", ""},
	{"The founders started it four and a half years ago.", "four and a half years", D, "P4.5Y", "4.5", "4.5", "year", ""},
	{"The talks lasted two to three years.", "two to three years", D, "P2Y", "2", "3", "year", ""},
	{"It could take two or three years.", "two or three years", D, "P2Y", "2", "3", "year", ""},
	{"They stayed for a couple of days.", "a couple of days", D, "P2D", "2", "3", "day", "approx"},
	{"It happened less than a month ago.", "less than a month", D, "P1M", "-", "1", "month", "less"},
	{"The 24-hour strike ended.", "24-hour", D, "PT24H", "24", "24", "hour", ""},
	{"The site was built over six full months.", "over six full months", D, "P6M", "6", "-", "month", "more"},
	{"The outbreak may last at least another two months.", "at least another two months", D, "P2M", "2", "-", "month", "more"},
	{"The fight went on for decades.", "decades", D, "P20Y", "20", "99", "year", "approx"},
	{"The lease runs for 10-15 years.", "10-15 years", D, "P10Y", "10", "15", "year", ""},
	{"The stretch took half an hour.", "half an hour", D, "PT0.5H", "0.5", "0.5", "hour", ""},
	{"It has been a year and a half.", "a year and a half", D, "P1.5Y", "1.5", "1.5", "year", ""},
	{"She was there for about six weeks.", "about six weeks", D, "P6W", "5.4", "6.6", "week", "approx"},
	{"The board met for one day in May.", "one day", D, "P1D", "1", "1", "day", ""},
	{"The ban applies to the past 24 months.", "24 months", D, "P24M", "24", "24", "month", ""},
	{"The 10-day festival opened.", "10-day", D, "P10D", "10", "10", "day", ""},

	/* ages, magnitudes, measures, ordinals */
	{"The 36-year-old champion won.", "36-year-old", N, "36", "36", "36", "age", ""},
	{"A man aged 27 was injured.", "27", N, "27", "27", "27", "age", ""},
	{"She died at the age of 91.", "91", N, "91", "91", "91", "age", ""},
	{"The actress dies at 91.", "91", N, "91", "91", "91", "age", ""},
	{"Mr Smith, 64, retired.", "64", N, "64", "64", "64", "age", ""},
	{"He turned 68 on Saturday.", "68", N, "68", "68", "68", "age", ""},
	{"The patient is 70 years old.", "70 years old", N, "70", "70", "70", "age", ""},
	{"A 6.1-magnitude quake struck.", "6.1-magnitude", N, "6.1", "6.1", "6.1", "magnitude", ""},
	{"A magnitude 4.6 earthquake struck.", "4.6", N, "4.6", "4.6", "4.6", "magnitude", ""},
	{"It had a preliminary magnitude of 5.2.", "5.2", N, "5.2", "5.2", "5.2", "magnitude", ""},
	{"The M4.6 event woke residents.", "4.6", N, "4.6", "4.6", "4.6", "magnitude", ""},
	{"A 4.6 quake rattles the coast.", "4.6", N, "4.6", "4.6", "4.6", "magnitude", ""},
	/* a decimal below ten before a quake noun is its magnitude; other
	 * nouns, and whole counts of quakes, keep the counted noun */
	{"A 3.0 quake followed at dusk.", "3.0", N, "3", "3", "3", "magnitude", ""},
	/* ... and so is one a quake measures, before a verb in the past
	 * (which counts nothing); a whole count or another noun keeps its
	 * unit */
	{"An earthquake measuring 4.2 shook the valley.", "4.2", N, "4.2", "4.2", "4.2", "magnitude", ""},
	{"A tremor that measured 3.1 woke residents.", "3.1", N, "3.1", "3.1", "3.1", "magnitude", ""},
	{"The quake, measuring 4.6, struck at dawn.", "4.6", N, "4.6", "4.6", "4.6", "magnitude", ""},
	{"A quake of 4.2 hit the valley.", "4.2", N, "4.2", "4.2", "4.2", "magnitude", ""},
	{"A fire of 4.2 acres burned.", "4.2", N, "4.2", "4.2", "4.2", "acre", ""},
	{"A rock measuring 4.2 was moved.", "4.2", N, "4.2", "4.2", "4.2", "", ""},
	{"The 5.8 aftershock shook the port.", "5.8", N, "5.8", "5.8", "5.8", "magnitude", ""},
	{"Residents felt a 2.7 tremor.", "2.7", N, "2.7", "2.7", "2.7", "magnitude", ""},
	{"A 3.0 release shipped in May.", "3.0", N, "3", "3", "3", "release", ""},
	{"Five quakes hit the island.", "Five", N, "5", "5", "5", "quake", ""},
	{"The 12 earthquakes caused damage.", "12", N, "12", "12", "12", "earthquake", ""},
	/* measures of size and rate: data units keep their case (a bit is
	 * not a byte), a rate joins in short form, a rack unit is "U" */
	{"The 10U chassis moves 400 Tb/sec.", "400 Tb/sec", N, "400", "400", "400", "Tb/s", ""},
	{"The 10U chassis moves 400 Tb/sec.", "10U", N, "10", "10", "10", "U", ""},
	{"The link carries 10 Gbps today.", "10 Gbps", N, "10", "10", "10", "Gb/s", ""},
	{"A 10Gbps port is standard.", "10Gbps", N, "10", "10", "10", "Gb/s", ""},
	{"The drive reads 550 MB/s at best.", "550 MB/s", N, "550", "550", "550", "MB/s", ""},
	{"The phone has 16 GB of memory.", "16 GB", N, "16", "16", "16", "GB", ""},
	{"Each node stores 2 TB of logs.", "2 TB", N, "2", "2", "2", "TB", ""},
	{"Trains reach 320 km/h on the line.", "320 km/h", N, "320", "320", "320", "km/h", ""},
	{"Gusts hit 60 mph overnight.", "60", N, "60", "60", "60", "mph", ""},
	/* a speed in words is a rate (units.tsv folds "mile/h" into "mph");
	 * "an hour" after a count that is no length is left alone */
	{"Gusts hit 60 miles per hour overnight.", "60 miles per hour", N, "60", "60", "60", "mile/h", ""},
	{"Gusts hit 70 miles an hour overnight.", "70 miles an hour", N, "70", "70", "70", "mile/h", ""},
	{"The train ran at 90 kilometres per hour.", "90 kilometres per hour", N, "90", "90", "90", "kilometre/h", ""},
	{"The road is 60 miles long; a car an hour passes.", "60", N, "60", "60", "60", "mile", ""},
	{"The fire is 20 mi from town.", "20", N, "20", "20", "20", "mi", ""},
	{"It fits in a 42U rack.", "42U", N, "42", "42", "42", "U", ""},
	{"The switch has an 80-Gigabit fabric.", "80-Gigabit", N, "80", "80", "80", "gigabit", ""},
	{"It ships a 10-GB card.", "10-GB", N, "10", "10", "10", "GB", ""},
	/* an abbreviation that counts: knockouts */
	{"He improved to 58-3 (51 KO).", "51 KO", N, "51", "51", "51", "knockout", ""},
	{"She fell to 36-3 (24 KOs).", "24 KOs", N, "24", "24", "24", "knockout", ""},
	{"He is 58-3 with 51 knockouts.", "51", N, "51", "51", "51", "knockout", ""},
	{"Shakers around magnitude 2 and 3 are common.", "3", N, "3", "3", "3", "magnitude", ""},
	{"The well is 1.2 miles deep.", "1.2", N, "1.2", "1.2", "1.2", "mile", ""},
	{"They built a 181-km pipeline.", "181-km", N, "181", "181", "181", "km", ""},
	{"The phone has 64-bit chips.", "64-bit", N, "64", "64", "64", "bit", ""},
	{"He won his 16th straight fight.", "16th", N, "16", "16", "16", "ordinal", ""},
	{"He was stopped in the sixth round.", "sixth", N, "6", "6", "6", "ordinal", ""},
	{"It paid off in round two.", "two", N, "2", "2", "2", "ordinal", ""},
	{"The city is the fifth-largest in the state.", "fifth", N, "5", "5", "5", "ordinal", ""},
	{"The tower has 163 floors.", "163", N, "163", "163", "163", "floor", ""},
	{"The storm dumped 12 inches of rain.", "12", N, "12", "12", "12", "inch", ""},
	{"Crowds of 40,000 filled the square.", "40,000", N, "40000", "40000", "40000", "person", ""},
	{"A crowd of 25,000 rallied on Saturday.", "25,000", N, "25000", "25000", "25000", "person", ""},
	{"The club has a staff of more than 350.", "more than 350", N, "350", "350", "-", "staff", "more"},

	/* casualties */
	{"Five dead in the crash.", "Five", N, "5", "5", "5", "death", ""},
	{"At least seven killed in the blast.", "At least seven", N, "7", "7", "-", "death", "more"},
	{"Five people died in the fire.", "Five", N, "5", "5", "5", "death", ""},
	{"Ten people were injured.", "Ten", N, "10", "10", "10", "injury", ""},
	{"The blast killed at least 12 people.", "at least 12", N, "12", "12", "-", "death", "more"},
	{"Two were wounded in the attack.", "Two", N, "2", "2", "2", "injury", ""},
	{"Dozens were injured in the stampede.", "Dozens", N, "24", "24", "199", "injury", "approx"},
	{"The death toll of 41 is expected to rise.", "41", N, "41", "41", "41", "death", ""},
	{"There were 12 fatalities on the road.", "12", N, "12", "12", "12", "death", ""},
	{"The fire left 3 soldiers dead.", "3", N, "3", "3", "3", "death", ""},
	{"The raid, killing 12 people, ended at dawn.", "12", N, "12", "12", "12", "death", ""},
	{"The mother of three was released.", "three", N, "3", "3", "3", "child", ""},
	{"The pilots dropped 40 bombs.", "40", N, "40", "40", "40", "bomb", ""},
	{"Turnout was above 60 percent.", "above 60 percent", P, "60", "60", "-", "percent", "more"},
	{"Despite 5 warnings, they went.", "5", N, "5", "5", "5", "warning", ""},
	{"Nine policemen and 7 grandchildren were there.", "Nine", N, "9", "9", "9", "policeman", ""},
	{"Nine policemen and 7 grandchildren were there.", "7", N, "7", "7", "7", "grandchild", ""},
	{"The pipe is 181km long.", "181km", N, "181", "181", "181", "km", ""},
	/* a size in metres: "m" spaced before high, tall, long, wide, deep,
	 * thick; glued or alone it stays a million or a letter */
	{"The flood wall is 4 m high.", "4 m", N, "4", "4", "4", "m", ""},
	{"The trench was 3 m deep and 2 m wide.", "3 m", N, "3", "3", "3", "m", ""},
	{"The trench was 3 m deep and 2 m wide.", "2 m", N, "2", "2", "2", "m", ""},
	{"They put up a 4-metre fence.", "4-metre", N, "4", "4", "4", "metre", ""},
	{"The mast stands 30 metres tall.", "30", N, "30", "30", "30", "metre", ""},
	{"The bridge is 2 km long.", "2", N, "2", "2", "2", "km", ""},
	{"The club earned 31m last year.", "31m", N, "31000000", "31000000", "31000000", "", ""},
	{"The phone holds 16GB.", "16GB", N, "16", "16", "16", "GB", ""},
	{"It sold for $9. 3m last year.", "$9. 3m", MO, "USD 9300000", "9300000", "9300000", "USD", ""},
	{"The value fell by a third.", "a third", N, "0.3333", "0.3333", "0.3333", "", ""},
	{"The suspect, 23, fled.", "23", N, "23", "23", "23", "age", ""},
	{"The singer died Thursday at 88.", "88", N, "88", "88", "88", "age", ""},
	{"A magnitude-7.8 earthquake hit.", "7.8", N, "7.8", "7.8", "7.8", "magnitude", ""},
	{"About 1 in 5 children lives in poverty.", "About 1 in 5", P, "20", "18", "22", "percent", "approx"},
	{"The fee is £150,000 a year.", "£150,000", MO, "GBP 150000", "150000", "150000", "GBP", ""},
	{"Rates rose to a range of 5.25% to 5.5%.", "5.25% to 5.5%", P, "5.25", "5.25", "5.5", "percent", ""},
	{"Voters in 11 states head to the polls.", "11", N, "11", "11", "11", "state", ""},
	{"The 20-car pileup closed the road.", "20-car", N, "20", "20", "20", "car", ""},
	{"The firm employs 1,200 people in 40 countries.", "40", N, "40", "40", "40", "country", ""},
	{"The 100 meter race was close.", "100", N, "100", "100", "100", "meter", ""},
	{"She wrote to 2 old friends.", "2", N, "2", "2", "2", "friend", ""},
	{"Roughly two or three people knew.", "Roughly two or three", N, "2", "1.8", "3.3", "person", "approx"},
	{"The group has 10 or fewer members.", "10 or fewer", N, "10", "-", "10", "member", "less"},
	{"It holds half a dozen eggs.", "half a dozen", N, "6", "6", "6", "egg", ""},
	{"The town lost a quarter of a million trees.", "a quarter of a million", N, "250000", "250000", "250000", "tree", ""},
	{"It uses a quarter of the power.", "a quarter", N, "0.25", "0.25", "0.25", "", ""},
	{"The state hired 3,000 teachers and 1.5 million books arrived.", "1.5 million", N, "1500000", "1500000", "1500000", "book", ""},
	{"The depot held about 1.5 million pounds of rice.", "about 1.5 million", N, "1500000", "1350000", "1650000", "pound", "approx"},
	{"Four remain in hospital.", "Four", N, "4", "4", "4", "", ""},
	{"It is a 210,000-square-foot warehouse.", "210,000-square-foot", N, "210000", "210000", "210000", "square-foot", ""},
	{"Harbor town mourns seven after fire.", "seven", N, "7", "7", "7", "death", ""},
	{"Said one forklift driver, who left early.", "one", N, "1", "1", "1", "driver", ""},
	{"The deal closes in 10 trading days.", "10 trading days", D, "P10D", "10", "10", "day", ""},
	{"The fault is 110 mile long.", "110", N, "110", "110", "110", "mile", ""},
	{"He landed the two best shots.", "two", N, "2", "2", "2", "shot", ""},
	{"The plane carried six crew.", "six", N, "6", "6", "6", "crew", ""},
	{"One man died in the crash.", "One", N, "1", "1", "1", "death", ""},
	{"The town has one hospital.", "one", N, "1", "1", "1", "hospital", ""},
};

/* A sentence and a part of it that no mention may touch; the sentence may
 * have other quantities. */
struct absent {
	const char *text;
	const char *part;
};

static const struct absent absents[] = {
	{"The museum welcomes 6m visitors a year.", "a year"},
	{"Workers put in 40 hours a week.", "a week"},
	{"The fee is $15 an hour.", "an hour"},
	{"He won a second professional victory in 3 rounds.", "a second"},
	{"She was scoring a second-half winner in 2 games.", "a second"},
	{"He scored a second goal in 3 games.", "a second"},
	{"It was a second term for the 3 members.", "a second"},
	{"Windows 10 and 11 have 400 million users.", "11"},
	{"The 2012 and 2013 roadmaps cost $5 million.", "2013"},
	{"AMD +0.26% and INTC +0.93% moved as 5 analysts expected.", "0.93%"},
	{"Call 1-800-555-0199 for 3 free months.", "555-0199"},
	{"The team won 3-1 before 20,000 fans.", "3-1"},
	{"It met at 9:30 a.m. with 12 delegates.", "9:30"},
	{"Flight MH370 carried 239 people.", "370"},
	{"The S&P 500 lost 300 points.", "500"},
	{"He is one of the 12 founders.", "one"},
	{"The ban began on 7 July for 50 firms.", "7 July"},
	{"On Nov. 12 the firm cut 80 jobs.", "12"},
	{"See example.com/news/2013/132929.html on 5 firms.", "132929"},
	{"The third-party tool serves 8 clients.", "third"},
	{"She said one day she would run 3 firms.", "one day"},
	{"In 2008 the pair met 2 times.", "2008"},
};

/* Sentences with no quantity of anything in them. */
static const char *const none[] = {
	"Call 555-1234 today.",
	"Call (202) 555-0143 for details.",
	"Call 0345 600 7788 for details.",
	"Ring 020 7946 0958 after lunch.",
	"The helpline, 0800 123 456, is free.",
	"The update ships with Windows 10.",
	"COVID-19 changed the office.",
	"The hotline is open 24/7.",
	"The song made the Top 5.",
	"The Boeing 737 is popular.",
	"Regulators grounded the 737 MAX.",
	"The case turns on Section 230.",
	"The story is on page 12.",
	"He wore No. 3 for the club.",
	"The chain filed for Chapter 11.",
	"Leaders met at the G7.",
	"The iPhone 15 sold out.",
	"The F-35 flew over.",
	"They drove Route 66.",
	"The home side won 7-5.",
	"The meeting starts at 9:30 a.m.",
	"The firm was founded in 1997.",
	"In 2008, the pair met.",
	"He is one of the founders.",
	"One day he will return.",
	"No one came.",
	"The record is now 58-3.",
	"Dial +44 20 7946 0958 to join.",
	"The conference ID is 24256919.",
	"See http://example.com/news/2013/06/132929/story.html for more.",
	"The ban began on 7 July.",
	"It was the 29th of February.",
	"The sale ended Nov. 12.",
	"Several said so.",
	"A few said no.",
	"The third-party vendor agreed.",
	"Web 2.0 changed things.",
	"The doors open at 2 a.m.",
	"Version 10u shipped.",
	"The Lakers are 58-3 this season.",
	"The court issued a 5-4 ruling.",
	"They finished with a 12-4 record.",
	"The 1940s and '50s were good years.",
	"It runs on a 3D engine.",
	"It happened on 2007-11-12.",
	"The update, version 2, is out.",
	"This is the one that matters.",
	"INTC +0.93% closed higher.",
	"1. How will it work?",
	"The second half of the year was slow.",
	"Twice a week the office closes.",
	"Someone said he could one day win.",
	"The 2017 ban hurt sales.",
};

/* Mentions in a list, for the checks below. */
static struct mention_list scan(const char *text, struct token **t, size_t *n, size_t *cap)
{
	struct mention_list ml = {0};
	*n = 0;
	token_scan(text, 0, strlen(text), t, n, cap);
	quantity_scan(text, *t, *n, NULL, 0, &ml);
	return ml;
}

static void fmt(char *b, size_t sz, bool has, double x)
{
	if (!has) {
		snprintf(b, sz, "-");
		return;
	}
	snprintf(b, sz, "%.4f", x);
	char *p = b + strlen(b) - 1;
	while (*p == '0')
		*p-- = '\0';
	if (*p == '.')
		*p = '\0';
}

static void check_pos(const struct pos *c, struct token **t, size_t *cap)
{
	size_t n;
	struct mention_list ml = scan(c->text, t, &n, cap);
	const struct mention *m = NULL;
	size_t sl = strlen(c->surface);
	for (size_t i = 0; i < ml.n; i++)
		if (ml.v[i].end - ml.v[i].start == sl &&
		    memcmp(c->text + ml.v[i].start, c->surface, sl) == 0)
			m = &ml.v[i];
	char got[256], want[256];
	if (m) {
		char lo[32], hi[32];
		fmt(lo, sizeof lo, m->has_lo, m->lo);
		fmt(hi, sizeof hi, m->has_hi, m->hi);
		const char *mod = mention_mod_name(m->mod);
		snprintf(got, sizeof got, "%s %s [%s..%s] unit=%s mod=%s", mention_type_name(m->type),
			 m->value, lo, hi, m->unit, mod ? mod : "");
	} else {
		size_t k = 0;
		k += (size_t)snprintf(got, sizeof got, "no mention |%s|; have:", c->surface);
		for (size_t i = 0; i < ml.n && k < sizeof got - 1; i++)
			k += (size_t)snprintf(got + k, sizeof got - k, " |%.*s|",
					      (int)(ml.v[i].end - ml.v[i].start), c->text + ml.v[i].start);
	}
	snprintf(want, sizeof want, "%s %s [%s..%s] unit=%s mod=%s", mention_type_name(c->type),
		 c->value, c->lo, c->hi, c->unit, c->mod);
	char name[300];
	snprintf(name, sizeof name, "%s -> %s", c->text, c->surface);
	tap_str_eq(got, want, name);
	mention_list_free(&ml);
}

static void check_none(const char *text, struct token **t, size_t *cap)
{
	size_t n;
	struct mention_list ml = scan(text, t, &n, cap);
	char got[256] = "";
	size_t k = 0;
	for (size_t i = 0; i < ml.n && k < sizeof got - 1; i++)
		k += (size_t)snprintf(got + k, sizeof got - k, "%s|%.*s| %s", i ? " " : "",
				      (int)(ml.v[i].end - ml.v[i].start), text + ml.v[i].start,
				      ml.v[i].value);
	char name[300];
	snprintf(name, sizeof name, "no quantity in: %s", text);
	tap_str_eq(got, "", name);
	mention_list_free(&ml);
}

static void check_absent(const struct absent *a, struct token **t, size_t *cap)
{
	size_t n;
	struct mention_list ml = scan(a->text, t, &n, cap);
	const char *p = strstr(a->text, a->part);
	size_t ps = (size_t)(p - a->text), pe = ps + strlen(a->part);
	char got[256] = "";
	size_t k = 0;
	for (size_t i = 0; i < ml.n && k < sizeof got - 1; i++)
		if (ml.v[i].start < pe && ml.v[i].end > ps)
			k += (size_t)snprintf(got + k, sizeof got - k, "|%.*s| ",
					      (int)(ml.v[i].end - ml.v[i].start),
					      a->text + ml.v[i].start);
	char name[300];
	snprintf(name, sizeof name, "no quantity on \"%s\" in: %s (%zu others)", a->part, a->text,
		 ml.n);
	tap_ok(p && ml.n > 0 && k == 0, "%s", name);
	if (k)
		tap_diag("got %s", got);
	mention_list_free(&ml);
}

/* Dates found first are never read again; dates of other sentences do not
 * block anything. */
static void check_dates(struct token **t, size_t *cap)
{
	const char *text = "On July 20, 2024, the firm cut 50 jobs and paid $2 million.";
	size_t n = 0;
	token_scan(text, 0, strlen(text), t, &n, cap);
	struct mention_list ml = {0};
	const char *d = strstr(text, "July 20, 2024");
	struct mention *dm = mention_add(&ml, M_DATE, (size_t)(d - text),
					 (size_t)(d - text) + strlen("July 20, 2024"), 3);
	snprintf(dm->value, sizeof dm->value, "2024-07-20");
	quantity_scan(text, *t, n, NULL, 3, &ml);
	bool overlap = false, jobs = false, money = false;
	for (size_t i = 1; i < ml.n; i++) {
		if (ml.v[i].start < ml.v[0].end && ml.v[i].end > ml.v[0].start)
			overlap = true;
		if (ml.v[i].type == M_NUMBER && strcmp(ml.v[i].value, "50") == 0 &&
		    strcmp(ml.v[i].unit, "job") == 0)
			jobs = true;
		if (ml.v[i].type == M_MONEY && strcmp(ml.v[i].value, "USD 2000000") == 0)
			money = true;
	}
	tap_ok(!overlap, "no quantity inside the date July 20, 2024");
	tap_ok(jobs && money, "the sentence's other amounts are still found");
	tap_long_eq((long long)ml.n, 3, "date + two quantities");
	mention_list_free(&ml);

	/* a date covering "2024" of "2024 people" hides it */
	text = "By 2024 people had left.";
	n = 0;
	token_scan(text, 0, strlen(text), t, &n, cap);
	d = strstr(text, "2024");
	mention_add(&ml, M_DATE, (size_t)(d - text), (size_t)(d - text) + 4, 0);
	quantity_scan(text, *t, n, NULL, 0, &ml);
	tap_long_eq((long long)ml.n, 1, "a number the date claimed is not read again");
	mention_list_free(&ml);

	/* a date of an earlier sentence covering the same bytes does not count */
	text = "The team cut 40 jobs.";
	n = 0;
	token_scan(text, 0, strlen(text), t, &n, cap);
	d = strstr(text, "40");
	mention_add(&ml, M_DATE, (size_t)(d - text), (size_t)(d - text) + 2, 0);
	quantity_scan(text, *t, n, NULL, 1, &ml);
	tap_ok(ml.n == 2 && ml.v[1].sentence == 1 && strcmp(ml.v[1].value, "40") == 0,
	       "a date of another sentence does not block a token");
	mention_list_free(&ml);

	/* "nearly two decades" after a date in the same sentence */
	text = "Since 2005, nearly two decades have passed.";
	n = 0;
	token_scan(text, 0, strlen(text), t, &n, cap);
	d = strstr(text, "2005");
	mention_add(&ml, M_DATE, (size_t)(d - text), (size_t)(d - text) + 4, 0);
	quantity_scan(text, *t, n, NULL, 0, &ml);
	tap_ok(ml.n == 2 && strcmp(ml.v[1].value, "P20Y") == 0,
	       "a duration next to a date is still found");
	mention_list_free(&ml);
}

/* A long sentence (more than the scanner's stack table) and an empty one. */
static void check_sizes(struct token **t, size_t *cap)
{
	char text[4096] = "";
	for (int i = 0; i < 300; i++)
		strcat(text, "word ");
	strcat(text, "and fewer than 50 workers.");
	size_t n;
	struct mention_list ml = scan(text, t, &n, cap);
	tap_ok(n > 256 && ml.n == 1 && strcmp(ml.v[0].value, "50") == 0 && ml.v[0].mod == MOD_LESS,
	       "a 300-word sentence is scanned to its end");
	mention_list_free(&ml);
	ml = scan("", t, &n, cap);
	tap_long_eq((long long)ml.n, 0, "an empty sentence has no quantity");
	mention_list_free(&ml);
	/* the mention sentence index and byte offsets */
	const char *s2 = "Then 12 boats sank.";
	n = 0;
	token_scan(s2, 0, strlen(s2), t, &n, cap);
	quantity_scan(s2, *t, n, NULL, 7, &ml);
	tap_ok(ml.n == 1 && ml.v[0].sentence == 7 && ml.v[0].start == 5 && ml.v[0].end == 7 &&
		       ml.v[0].event == -1 && ml.v[0].gran == GRAN_NONE,
	       "sentence index, offsets and ties of a mention");
	mention_list_free(&ml);
	const char *s3 = "The ban lasts 6 months.";
	n = 0;
	token_scan(s3, 0, strlen(s3), t, &n, cap);
	quantity_scan(s3, *t, n, NULL, 0, &ml);
	tap_ok(ml.n == 1 && ml.v[0].gran == GRAN_MONTH, "a duration's granularity is its unit");
	mention_list_free(&ml);
}

int main(void)
{
	struct token *t = NULL;
	size_t cap = 0;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		check_pos(&cases[i], &t, &cap);
	for (size_t i = 0; i < sizeof none / sizeof none[0]; i++)
		check_none(none[i], &t, &cap);
	for (size_t i = 0; i < sizeof absents / sizeof absents[0]; i++)
		check_absent(&absents[i], &t, &cap);
	check_dates(&t, &cap);
	check_sizes(&t, &cap);
	tap_diag("%zu expressions, %zu sentences without a quantity, %zu parts that are none",
		 sizeof cases / sizeof cases[0], sizeof none / sizeof none[0],
		 sizeof absents / sizeof absents[0]);
	free(t);
	return tap_done();
}
