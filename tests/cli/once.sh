#!/usr/bin/env bash
# What happens once, and one toll told by two verbs (issue #3, a new user's
# try-out on fresh text): two years of a founding cannot both be right, two
# years of most acts can; a killing and a dying that count one toll date
# the same deaths, and a toll whose subject is what happened ("the
# explosion killed nine") is the story's.
. "$top_srcdir/tests/cli/lib.sh"


# ---- a founding happens once
pair found "Halvern was founded in 1998." "Halvern was founded in 2001."
like "$out" 'event-date (strong)' "founded in 1998 against founded in 2001: a strong conflict"
like "$out" 'Halvern was founded in 1998' "... naming the founding and its first year"
like "$out" 'in 2001' "... and the other"
pair estab "The Tarrow Trust was established in 1962." "The Tarrow Trust was established in 1971."
like "$out" 'event-date' "established in 1962 against 1971: a conflict"
pair foundsame "Halvern was founded in 1998." "Halvern, founded in 1998, makes valves."
is "$(grep -c '^#' <<<"$out")" 0 "the same year of a founding: no conflict"
pair decade "Halvern was founded in 1998." "Halvern was founded in the 1990s."
is "$(grep -c '^#' <<<"$out")" 0 "a year inside the decade another source gives: no conflict"

# ---- most acts can happen twice: their years do not conflict
pair ban "Ostmark banned the drug in 2017." "Ostmark banned the drug in 2024."
is "$(grep -c '^#' <<<"$out")" 0 "banned in 2017 against banned in 2024: two bans may be, no conflict"
pair create "Halvern created 300 jobs in 2019." "Halvern created a training fund in 2021."
is "$(grep -c '^#' <<<"$out")" 0 "creating jobs and creating a fund in two years: no conflict"
pair people "Nine people died in floods in 2019." "Three people died in floods in 2021."
is "$(grep -c '^#' <<<"$out")" 0 "people (a common noun) who died in two years: other people, no conflict"

# ---- a killing and a dying that count one toll date the same deaths
pair toll "Nine people died in the Halvern explosion on Tuesday." \
	"Eleven people were killed in the Halvern explosion on 4 March."
like "$out" 'differ on the day of the deaths they count' "died on Tuesday against killed on 4 March: the day of the deaths conflicts"
like "$out" '2026-03-03 ("Tuesday")' "... naming the first day with its words"
like "$out" '2026-03-04 ("4 March")' "... and the second"
like "$out" 'quantity (strong)' "... beside the toll's own conflict"
pair tollsame "Nine people died in the Halvern explosion on Tuesday." \
	"The Halvern explosion killed nine people on Tuesday."
is "$(grep -c '^#' <<<"$out")" 0 "died on Tuesday and killed on Tuesday, nine each: no conflict"
pair twoacts "The gunman killed a guard at the Halvern depot on Monday." \
	"The suspect died at the Halvern depot on Tuesday."
is "$(grep -c '^#' <<<"$out")" 0 "a killing and a death that count no toll: two happenings, no conflict"

# ---- a count whose counted word is a trigger of its own class keeps its
# clause: the figure is not dated by another verb's year
mkdir staff
printf 'Blast at Harlow works\n\nHARWICK, 3 March 2026 - An explosion hit the Harlow Chemicals works on Tuesday.\n\nThe works, which has more than 450 staff, was built in 1998.\n' >staff/a.txt
run --db staff.db add staff/a.txt
run --db staff.db claims
is "$(grep -c 'number>450 staff' <<<"$out")" 1 "the staff count is a claim"
unlike "$out" 'date=1998; number>450' "... not dated by the year the works were built"

# ---- a toll whose subject is what happened is the story's toll
pair occ "An explosion tore through the Halvern plant on Tuesday, killing nine workers." \
	"Eleven people were killed when an explosion ripped through the Halvern plant on Tuesday."
like "$out" 'quantity (strong)' "'the explosion killed nine' against 'eleven were killed' (implied): a strong conflict"
like "$out" '"nine" (9 deaths)' "... naming both tolls"
pair occ2 "Eleven people were killed when an explosion ripped through the Halvern plant on Tuesday." \
	"An explosion tore through the Halvern plant on Tuesday, killing nine workers."
like "$out" 'quantity (strong)' "... whichever source comes first"
pair occsame "An explosion tore through the Halvern plant on Tuesday, killing nine workers." \
	"Nine people were killed when an explosion ripped through the Halvern plant on Tuesday."
is "$(grep -c '^#' <<<"$out")" 0 "the same toll told both ways: no conflict"
pair occhurt "An explosion tore through the Halvern plant on Tuesday, injuring 40 workers." \
	"Eleven people were killed when an explosion ripped through the Halvern plant on Tuesday."
is "$(grep -c '^#' <<<"$out")" 0 "the injured against the dead: no conflict"
pair occold "A fire at the Halvern plant killed three workers in 2019." \
	"Eleven people were killed when an explosion ripped through the Halvern plant on Tuesday."
is "$(grep -c '^#' <<<"$out")" 0 "an earlier fire's toll (another year) against the story's: no conflict"
done_testing
