#!/usr/bin/env bash
# Story kinds and misses of a new user's try-out (issue #3, second round):
# a figure in what a verb of saying reports, and two statements of one
# company on two days that report different things.
. "$top_srcdir/tests/cli/lib.sh"

# ---- a figure that opens a reported clause is that clause's event's
mkdir hurt
cat >hurt/a.txt <<'TXT'
Crash on the ring road

DALTON, Jan. 10, 2024 - Police said 4 people were hurt on Monday when a lorry hit two cars.
TXT
cat >hurt/b.txt <<'TXT'
Ring road reopens

DALTON, Jan. 10, 2024 - Four people were hurt on Monday, police said, after a lorry struck two cars.
TXT
cat >hurt/c.txt <<'TXT'
Lorry crash

DALTON, Jan. 10, 2024 - Officers said that more than 20 people were hurt on Monday.
TXT
cat >hurt/d.txt <<'TXT'
Ring road crash

DALTON, Jan. 10, 2024 - Police said several people were hurt on Monday.
TXT
run extract --format jsonl hurt/a.txt hurt/d.txt
is "$(jq -r 'select(.type == "number" and .unit == "injury") | "\(.value)|\(.event)"' <<<"$out")" "4|INJURE
3|INJURE" "the count after 'said' is the injury's, not the saying's"
run --db hurt.db add --story crash hurt/a.txt hurt/b.txt
run --db hurt.db corroborations
like "$out" '4 injur' "'said 4 people were hurt' agrees with 'Four people were hurt, police said'"
run --db vague.db add --story crash hurt/c.txt hurt/d.txt
run --db vague.db conflicts
like "$out" 'quantity (weak)' "'said several were hurt' against 'more than 20': a weak conflict"
like "$out" '"several"' "... naming the vague word"

# ---- two statements on two days are not one event
mkdir say
cat >say/a.txt <<'TXT'
Orvik to buy Talmora

Orvik Systems said on March 4, 2025 that it will buy the chip designer Talmora.
TXT
cat >say/b.txt <<'TXT'
Orvik keeps its outlook

Orvik Systems said on March 5, 2025 that its revenue forecast for 2025 is unchanged.
TXT
cat >say/c.txt <<'TXT'
Orvik agrees Talmora deal

Orvik Systems announced on March 5, 2025 that it has agreed to acquire Talmora.
TXT
run --db say.db add --story orvik say/a.txt say/b.txt
run --db say.db conflicts
unlike "$out" 'event-date' "a statement on the deal and one on the forecast do not meet on their days"
run --db say.db add --story orvik say/c.txt
run --db say.db conflicts
like "$out" 'event-date (weak)  a.txt says Orvik Systems said it on 2025-03-04' \
	"'said it will buy' and 'announced it has agreed to acquire' on another day: one report, two dates"
is "$(grep -c '^#' <<<"$out")" 1 "... and only that one"

# ---- a staff count "has N employees" is what a company employs
mkdir staff
cat >staff/a.txt <<'TXT'
Talmora wins a contract

LUND, April 2, 2025 - Talmora Ltd employs 80 people at its design centre.
TXT
cat >staff/b.txt <<'TXT'
Orvik eyes Talmora

LUND, April 2, 2025 - Talmora Ltd has 80 employees, most of them engineers.
TXT
cat >staff/c.txt <<'TXT'
Talmora grows

LUND, April 2, 2025 - Talmora has cut 12 jobs this year. Talmora has 3 plants.
TXT
run extract --format jsonl staff/b.txt staff/c.txt
is "$(jq -r 'select(.type == "number") | "\(.value) \(.unit)|\(.event)"' <<<"$out")" \
	"80 employee|EMPLOY
12 job|LAYOFF
3 plant|null" "'has 80 employees' is a staff count; 'has cut 12 jobs' and 'has 3 plants' are not"
run --db staff.db add --story talmora staff/a.txt staff/b.txt
run --db staff.db corroborations
like "$out" 'a.txt' "'employs 80 people' and 'has 80 employees' corroborate"
like "$out" 'b.txt' "... naming both outlets"
printf 'Talmora hires\n\nLUND, April 2, 2025 - Talmora Ltd has 80 full-time staff.\n' >staff/d.txt
run extract --format jsonl staff/d.txt
is "$(jq -r 'select(.type == "number") | "\(.value)|\(.event)"' <<<"$out")" "80|EMPLOY" \
	"'has 80 full-time staff': a hyphenated word (one token) between the count and its staff word"

# ---- a company's funding, in a "which" clause after its name, is its own
mkdir fund
cat >fund/a.txt <<'TXT'
Orvik buys Talmora

LUND, April 2, 2025 - Orvik Systems will pay $200 million for Talmora, which raised $40 million in three rounds of funding.
TXT
cat >fund/b.txt <<'TXT'
Orvik deal

OSLO, April 2, 2025 - Orvik Systems will pay $260 million for Talmora.
TXT
run extract --format jsonl fund/a.txt
is "$(jq -r 'select(.type == "money") | "\(.value)|\(.subject)|\(.event)|\(.measure)"' <<<"$out")" \
	"USD 200000000|Orvik Systems|PAY|null
USD 40000000|Talmora|FUND|funding" "the funding Talmora raised is Talmora's (FUND), no part of Orvik's deal"
run --db fund.db add --story orvik fund/a.txt fund/b.txt
run --db fund.db conflicts
like "$out" '"$200 million" and b.txt "$260 million"' "the two prices conflict"
is "$(grep -c '^#' <<<"$out")" 1 "... and the funding meets neither: one conflict"
done_testing
