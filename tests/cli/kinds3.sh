#!/usr/bin/env bash
# Story kinds and misses of a later round: a transfer fee told from either
# party's side, ... What a fact-checker marks comes out as one conflict with
# its reason; the traps raise none.
. "$top_srcdir/tests/cli/lib.sh"

# ---- a transfer fee is one deal's price whoever the sentence's subject is
# One outlet has the buying club sign the player "for" a sum, the other has
# the player join the club "in a deal" of another sum: one price, two figures
mkdir fee
cat >fee/a.txt <<'TXT'
Dunmore Rovers land striker Elia Marsh

LEEDS, May 6, 2025 - Dunmore Rovers signed striker Elia Marsh from Carrow Athletic for €62m, the club confirmed.
TXT
cat >fee/b.txt <<'TXT'
Marsh moves north

ROME, May 6, 2025 - Elia Marsh joined Dunmore Rovers in a €55m deal, leaving Carrow Athletic after four seasons.
TXT
cat >fee/c.txt <<'TXT'
Marsh deal done

NEW YORK, May 6, 2025 - Elia Marsh joined Dunmore Rovers in a $66m deal.
TXT
run --db fee.db add --story fee fee/a.txt fee/b.txt
run extract --format jsonl fee/a.txt fee/b.txt
is "$(jq -r 'select(.type == "money") | "\(.value)|\(.subject)"' <<<"$out" | sort -u)" \
	"EUR 55000000|Elia Marsh
EUR 62000000|Dunmore Rovers" "each outlet's fee under its own sentence's subject"
run --db fee.db conflicts
like "$out" '"€62m" (€62 million) and b.txt "€55m" (€55 million)' \
	"the buyer's fee and the player's 'deal' meet as one conflict"
is "$(grep -c '^#' <<<"$out")" 1 "... one conflict, the headline not counted again"
# ... and so does the selling club's, its sentence naming the buyer
printf 'Carrow cash in\n\nPARIS, May 6, 2025 - Carrow Athletic sold Elia Marsh to Dunmore Rovers for €58m.\n' >fee/s.txt
run --db sell.db add --story fee fee/a.txt fee/s.txt
run --db sell.db conflicts
like "$out" 'a.txt says "€62m" (€62 million) and s.txt "€58m" (€58 million)' "the seller's price meets the buyer's"
run --db fee.db add --story fee fee/c.txt
run --db fee.db conflicts
unlike "$out" '$66m' "a fee in dollars is never compared with one in euros"
# a fee of another kind is no price: a termination fee against the price
printf 'Alpha to buy Beta\n\nNEW YORK, March 3, 2025 - Alpha Corp agreed to buy Beta Inc for $334 million, the companies said on Monday.\n' >fee/p.txt
printf 'Alpha deal\n\nNEW YORK, March 3, 2025 - Alpha Corp agreed to buy Beta Inc and would pay a termination fee of $50 million.\n' >fee/t.txt
run --db term.db add --story alpha fee/p.txt fee/t.txt
run --db term.db conflicts
unlike "$out" '$50 million' "a termination fee never meets the deal's price"

# ---- a weekday under a forecast is ahead of the article's date
# (2025-03-05 is a Wednesday)
cat >wx.txt <<'TXT'
Cold snap on the way

March 5, 2025

Temperatures are forecast to fall sharply on Friday across the valley, the weather office said.

Snow is forecast for Sunday in the hills.

Meteorologists predicted on Monday that the frost would not last.
TXT
run extract --format jsonl wx.txt
is "$(jq -r 'select(.type == "date") | "\(.text)|\(.value)"' <<<"$out")" \
	"Friday|2025-03-07
Sunday|2025-03-09
Monday|2025-03-03" \
	"'forecast to fall on Friday' and 'forecast for Sunday' are ahead; 'predicted on Monday that' is a past saying"

# ---- a name set off by an aside that gives a role is a person; "it"
# after the person's saying is the organisation the aside names, never the
# person, so the job cuts meet the other outlet's
mkdir role
cat >role/a.txt <<'TXT'
Chipmaker to cut jobs

May 6, 2025

Marta Lindqvist, Corvane's general manager for data centres, said it would cut 200 jobs by June.

Piet Varga, a spokesman for Orlen Bank, the chipmaker's largest lender, declined to comment.
TXT
cat >role/b.txt <<'TXT'
Corvane to cut 250 jobs

May 6, 2025

Corvane will cut 250 jobs by June, the company said.

Orlen Bank, a lender based in Gdansk, said it had not been told.
TXT
run extract --format jsonl role/a.txt role/b.txt
is "$(jq -r 'select(.type == "entity" and (.text == "Marta Lindqvist" or .text == "Piet Varga" or .text == "Orlen Bank")) | "\(.text)|\(.unit)"' <<<"$out" | sort -u)" \
	"Marta Lindqvist|person
Orlen Bank|unknown
Piet Varga|person" \
	"'X Y, Corvane's general manager,' and 'X Y, a spokesman for Z,' are persons; 'Orlen Bank, a lender based in Gdansk,' is not"
is "$(jq -r 'select(.type == "number" and .text == "200") | .subject' <<<"$out")" "Corvane" \
	"'said it would cut 200 jobs': 'it' is the organisation of her role, not her"
run --db role.db add --story role role/a.txt role/b.txt
run --db role.db conflicts
like "$out" 'For Corvane, a.txt says "200" (200 jobs) and b.txt "250" (250 jobs)' "... so the cuts meet the other outlet's"
# a relative clause is no role: "who joined from Acme Corp" names a former
# employer, and "it" stays the article's organisation
printf 'Tarn Mills to sell plant\n\nLONDON, March 3, 2025 - Tarn Mills is selling its Dale plant. Chief executive John Smith, who joined from Acme Corp last year, said it would sell the plant for $40 million.\n' >role/c.txt
run extract --format jsonl role/c.txt
is "$(jq -r 'select(.type == "money") | .subject' <<<"$out")" "Tarn Mills" \
	"'X, who joined from Acme Corp last year, said it would sell': 'it' is not Acme"

# ---- a vote's split is one value, compared as a pair
cat >vote-a.txt <<'TXT'
Budget clears council

April 9, 2025

The Ferrisford town council voted five to two on Monday to approve the new budget.

In the state capital, the Senate passed the transport bill 52-48.
TXT
cat >vote-b.txt <<'TXT'
Narrow win for budget

April 9, 2025

The town council approved the budget by a 4-3 vote on Monday after a long debate.

The Senate's 51-49 vote on the transport bill came later in the day.

The Rovers won 3-1 at home.
TXT
run extract --format jsonl vote-a.txt vote-b.txt
is "$(jq -r 'select(.type == "number") | "\(.text)|\(.value)|\(.unit)"' <<<"$out")" \
	"five to two|5-2|vote
52-48|52-48|vote
4-3|4-3|vote
51-49|51-49|vote" \
	"each split is one value in unit vote; a score ('won 3-1') stays no quantity"
run --db vote.db add --story vote vote-a.txt vote-b.txt
run --db vote.db conflicts
like "$out" 'vote-a.txt says "five to two" (5-2) and vote-b.txt "4-3" (4-3): the votes cannot both be right' \
	"5-2 against 4-3 is a conflict of the pair"
like "$out" '"52-48" (52-48) and vote-b.txt "51-49" (51-49)' "... and so is 52-48 against 51-49"
unlike "$out" '"five to two" (5-2) and vote-b.txt "51-49"' "a council's vote never meets a senate's (7 votes against 100)"
unlike "$out" '"52-48" (52-48) and vote-b.txt "4-3"' "... nor the other way"

# ---- a headline and a lead that repeat one figure are one disagreement
# One outlet's lead names no one for the deaths (the main entity stands
# in), its other sentence and the other outlet name the company: one
# conflict between the two outlets, under the named subject (before, two:
# keys "*|death|number" and "Harlow Foods|death|number")
mkdir dup
cat >dup/a.txt <<'TXT'
Six killed in warehouse fire

June 2, 2025

The fire killed six workers at the Harlow Foods warehouse in Dover on Monday, Harlow Foods said.

Harlow Foods said the fire killed six workers.
TXT
cat >dup/b.txt <<'TXT'
Harlow Foods says fire killed eight

June 2, 2025

Harlow Foods said the fire killed eight workers at its Dover warehouse on Monday.
TXT
run --db dup.db add --story dup dup/a.txt dup/b.txt
run --db dup.db conflicts --format jsonl
is "$(jq -r 'select(.kind == "quantity") | .explanation' <<<"$out")" \
	'For Harlow Foods, a.txt says "six" (6 deaths) and b.txt "eight" (8 deaths): the figures cannot both be right' \
	"six against eight is one conflict between the two outlets"

done_testing
