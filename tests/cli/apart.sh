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

mkdir d
printf 'Harwick delays\n\n12 March 2026\n\nOn Tuesday, services were delayed by two hours.\n' >d/a.txt
printf 'Harwick chaos\n\n12 March 2026\n\nThe Skyline flight landed at Harwick on Tuesday after a delay of nine hours.\n' >d/b.txt
run --db d.db add d/a.txt d/b.txt
is "$rc" 0 "add the delays"
run --db d.db conflicts
unlike "$out" 'hours' "two spans of no event and no name do not meet"

# a tenure still meets: a span of a named subject
mkdir t
printf 'Kelvane\n\n12 March 2026\n\nKelvane has been a major player in the region for 17 years.\n' >t/a.txt
printf 'Kelvane leaves\n\n12 March 2026\n\nKelvane has been a major player in the region for nine years.\n' >t/b.txt
run --db t.db add t/a.txt t/b.txt
run --db t.db conflicts
like "$out" '"17 years"' "a named subject's span still meets another's"

mkdir r
printf 'Train derails\n\n12 March 2026\n\nThe collision on Friday injured a train driver.\n' >r/a.txt
printf 'Rail fears\n\n12 March 2026\n\nA derailment in 2024 injured three people, and Sunday'"'"'s derailment injured nobody.\n' >r/b.txt
printf 'Rail fears\n\n12 March 2026\n\nA derailment on the same line injured a driver on Friday.\n' >r/c.txt
run --db r.db add r/b.txt r/c.txt
is "$rc" 0 "add the rail story"
run --db r.db claims --format jsonl
sunday=$(grep '"text":"Sunday"' <<<"$out")
like "$sunday" '"event":"INJURE"' "\"Sunday's derailment injured nobody\": Sunday dates an injuring ..."
like "$sunday" '"negated":true' "... the denied one, of its own clause"
like "$(grep '"text":"2024"' <<<"$out")" '"negated":false' "... while 2024 dates the injuring of three"
run --db r.db conflicts
unlike "$out" 'polarity' "a denial on Sunday denies nothing of Friday's injuring"
unlike "$out" 'event-date' "a denial dates nothing that happened"

# the same day still makes a denial a conflict
mkdir s
printf 'Blast\n\n12 March 2026\n\nThe blast killed no one on Tuesday.\n' >s/a.txt
printf 'Blast\n\n12 March 2026\n\nThe blast killed two workers on Tuesday.\n' >s/b.txt
run --db s.db add s/a.txt s/b.txt
run --db s.db conflicts
like "$out" 'polarity' "\"killed no one on Tuesday\" against \"killed two workers on Tuesday\": still a polarity conflict"

mkdir h
printf 'Blast\n\n12 March 2026\n\nA gas explosion destroyed three homes in Harwick late on Monday.\n' >h/a.txt
printf 'Blast\n\n12 March 2026\n\nThe explosion happened early on Tuesday, fire officials said.\n\nEngineers on Thursday inspected 30 homes damaged by the blast.\n' >h/b.txt
printf 'Blast\n\n12 March 2026\n\nA gas explosion destroyed five homes in Harwick on Monday.\n' >h/c.txt
run --db h.db add h/a.txt h/b.txt h/c.txt
is "$rc" 0 "add the blast story"
run --db h.db conflicts
unlike "$out" '"30"' "30 homes damaged do not meet three destroyed"
like "$out" 'a.txt says "three" (3 homes) and c.txt "five"' "... while three destroyed still meet five destroyed"
like "$out" 'event-date (weak)' "late on Monday against early on Tuesday: weak ..."
like "$out" 'may be one night' "... and the reason says why"
unlike "$out" 'event-date (strong)' "... not strong"

# people a company employs are its staff, never its shops
mkdir e
printf 'Staff\n\n20 November 2026\n\nBrackenfield Foods employs around 1,100 people in Kelsby.\n' >e/a.txt
printf 'Staff\n\n20 November 2026\n\nBrackenfield Foods, which runs 412 shops and has 1,000 employees, said revenue grew.\n' >e/b.txt
run --db e.db add e/a.txt e/b.txt
run --db e.db conflicts
unlike "$out" '"412"' "1,100 people employed do not meet 412 shops"

# a denial in another year or week denies nothing of this Tuesday's act
mkdir p
printf 'Ferries\n\n12 March 2026\n\nHarlow Ferries did not suspend sailings in 2025.\n' >p/a.txt
printf 'Ferries\n\n12 March 2026\n\nHarlow Ferries suspended sailings on Tuesday.\n' >p/b.txt
printf 'Ferries\n\n12 March 2026\n\nHarlow Ferries did not suspend sailings on Tuesday.\n' >p/c.txt
run --db p1.db add p/a.txt p/b.txt
run --db p1.db conflicts
unlike "$out" 'polarity' "\"did not suspend sailings in 2025\" against \"suspended sailings on Tuesday\": no polarity conflict"
run --db p2.db add p/c.txt p/b.txt
run --db p2.db conflicts
like "$out" 'polarity' "\"did not suspend sailings on Tuesday\" against the same Tuesday: a polarity conflict"

done_testing
