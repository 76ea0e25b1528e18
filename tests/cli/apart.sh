#!/usr/bin/env bash
# Facts that only looked alike (issue #3, a tester's sets): two spans that
# neither an event nor a name holds may be of anything ("services were
# delayed by two hours" against "after a delay of nine hours"); a day's
# possessive after ", and" opens a clause of its own, so "Sunday's
# derailment injured nobody" is dated Sunday, not the clause before it;
# and a denial on one day denies nothing of the same act on another day.
# What was damaged counts more than what was destroyed, so the two counts
# do not meet; and late on one day against early on the next is weak.
. "$top_srcdir/tests/cli/lib.sh"

march='12 March 2026'

stories d "$march" "On Tuesday, services were delayed by two hours." \
	"The Skyline flight landed at Harwick on Tuesday after a delay of nine hours."
is "$rc" 0 "add the delays"
unlike "$out" 'hours' "two spans of no event and no name do not meet"

# a tenure still meets: a span of a named subject
stories t "$march" "Kelvane has been a major player in the region for 17 years." \
	"Kelvane has been a major player in the region for nine years."
like "$out" '"17 years"' "a named subject's span still meets another's"

stories r "$march" "A derailment in 2024 injured three people, and Sunday's derailment injured nobody." \
	"A derailment on the same line injured a driver on Friday."
is "$rc" 0 "add the rail story"
conflicts=$out
run --db r.db claims --format jsonl
sunday=$(grep '"text":"Sunday"' <<<"$out")
like "$sunday" '"event":"INJURE"' "\"Sunday's derailment injured nobody\": Sunday dates an injuring ..."
like "$sunday" '"negated":true' "... the denied one, of its own clause"
like "$(grep '"text":"2024"' <<<"$out")" '"negated":false' "... while 2024 dates the injuring of three"
unlike "$conflicts" 'polarity' "a denial on Sunday denies nothing of Friday's injuring"
unlike "$conflicts" 'event-date' "a denial dates nothing that happened"

# the same day still makes a denial a conflict
stories s "$march" "The blast killed no one on Tuesday." "The blast killed two workers on Tuesday."
like "$out" 'polarity' "\"killed no one on Tuesday\" against \"killed two workers on Tuesday\": still a polarity conflict"

stories h "$march" "A gas explosion destroyed three homes in Harwick late on Monday." \
	"The explosion happened early on Tuesday, fire officials said.\n\nEngineers on Thursday inspected 30 homes damaged by the blast." \
	"A gas explosion destroyed five homes in Harwick on Monday."
is "$rc" 0 "add the blast story"
unlike "$out" '"30"' "30 homes damaged do not meet three destroyed"
like "$out" 'a.txt says "three" (3 homes) and c.txt "five"' "... while three destroyed still meet five destroyed"
like "$out" 'event-date (weak)' "late on Monday against early on Tuesday: weak ..."
like "$out" 'may be one night' "... and the reason says why"
unlike "$out" 'event-date (strong)' "... not strong"

# people a company employs are its staff, never its shops
stories e '20 November 2026' "Brackenfield Foods employs around 1,100 people in Kelsby." \
	"Brackenfield Foods, which runs 412 shops and has 1,000 employees, said revenue grew."
unlike "$out" '"412"' "1,100 people employed do not meet 412 shops"

# a denial in another year or week denies nothing of this Tuesday's act
stories p1 "$march" "Harlow Ferries did not suspend sailings in 2025." "Harlow Ferries suspended sailings on Tuesday."
unlike "$out" 'polarity' "\"did not suspend sailings in 2025\" against \"suspended sailings on Tuesday\": no polarity conflict"
stories p2 "$march" "Harlow Ferries did not suspend sailings on Tuesday." "Harlow Ferries suspended sailings on Tuesday."
like "$out" 'polarity' "\"did not suspend sailings on Tuesday\" against the same Tuesday: a polarity conflict"

done_testing
