#!/usr/bin/env bash
# Figures with no event (issue #3, recall on an election story): a figure a
# copula joins to a bare noun measures that noun ("Turnout was 42%"), so
# two outlets' turnouts meet; a count of the votes a named person got is
# that person's whatever verb tells it ("finished second on 7,860 votes",
# "romping home with 9,140 votes"), and meets the same person's count under
# any event; a margin ("lost by 300 votes") meets only a margin.
. "$top_srcdir/tests/cli/lib.sh"

# field FILE TEXT KEY: the value of KEY in the jsonl mention whose text is TEXT
field() {
	run extract --format jsonl "$1"
	grep -F "\"text\":\"$2\"," <<<"$out" | head -1 | sed -n "s/.*\"$3\":\\(\"[^\"]*\"\\|null\\).*/\\1/p"
}

mkdir m
cat >m/a.txt <<'EOF'
Halden votes

3 March 2026

Turnout was 42%.

Voter turnout was 38 percent in 2022.

Unemployment stood at 6.1% in March.

Inflation remains at 4.5%.

Unemployment in the region is 7.4%.

Ada Pryce's share was 52%.

The company was 40% owned by its founder.

Esme Ward died on Tuesday, and she was 91.
EOF
is "$(field m/a.txt '42%' measure)" '"turnout"' "\"Turnout was 42%\": measures turnout"
is "$(field m/a.txt '38 percent' measure)" '"turnout"' "\"Voter turnout was 38 percent\": a compound's head"
is "$(field m/a.txt '6.1%' measure)" '"unemployment"' "\"Unemployment stood at 6.1%\": unemployment (not the verb)"
is "$(field m/a.txt '4.5%' measure)" '"inflation"' "\"Inflation remains at 4.5%\": inflation"
is "$(field m/a.txt '7.4%' measure)" '' "\"Unemployment in the region is 7.4%\": a place's, no measure"
is "$(field m/a.txt '52%' measure)" '' "\"Ada Pryce's share was 52%\": a person's, no measure"
is "$(field m/a.txt '40%' measure)" '"owned"' "\"was 40% owned by\": the state it is a share of, not the company"
is "$(field m/a.txt '91' measure)" '' "\"she was 91\": a pronoun's, no measure"

# two outlets' turnouts meet; a place's unemployment meets no bare one
stories t '3 March 2026' 'Turnout was 42%.\n\nUnemployment stands at 6.1%.' \
	'Turnout was 38%.\n\nUnemployment in the region is 7.4%.'
is "$rc" 0 "add the turnout story"
like "$out" '"42%" and b.txt "38%"' "42% against 38% turnout: a conflict"
like "$out" 'For the turnout, a.txt says' "... said of the turnout"
unlike "$out" '6.1%' "a bare unemployment does not meet the region's"

# a count of votes with no event is the person's its clause names
mkdir v
cat >v/a.txt <<'EOF'
Pryce wins

13 November 2026

Ada Pryce was elected mayor of Brennick on Thursday, taking 9,410 votes.

Her rival, Tomas Reyne, won 7,860 votes.
EOF
cat >v/b.txt <<'EOF'
Pryce romps home

13 November 2026

Ada Pryce is Brennick's new mayor after romping home with 9,140 votes on Thursday night.

Tomas Reyne finished second on 7,680 votes, while Ines Moss came third with 2,100 votes.

Reyne lost by 1,460 votes.
EOF
is "$(field v/b.txt '9,140' subject)" '"Ada Pryce"' "\"Ada Pryce is Brennick's new mayor after romping home with 9,140 votes\": hers, not the possessor's"
is "$(field v/b.txt '7,680' subject)" '"Tomas Reyne"' "\"Tomas Reyne finished second on 7,680 votes\": his"
is "$(field v/b.txt '2,100' subject)" '"Ines Moss"' "\"while Ines Moss came third with 2,100 votes\": the name of its own clause"
is "$(field v/b.txt '1,460' measure)" '"margin"' "\"lost by 1,460 votes\": a margin"
run --db v.db add v/a.txt v/b.txt
is "$rc" 0 "add the election story"
run --db v.db conflicts
like "$out" 'For Ada Pryce, a.txt says "9,410" (9,410 votes) and b.txt "9,140"' "9,410 against 9,140 votes for Pryce: a conflict"
like "$out" 'For Tomas Reyne, a.txt says "7,860" (7,860 votes) and b.txt "7,680"' "7,860 against 7,680 for Reyne: a conflict"
unlike "$out" '"1,460"' "a margin meets no count of votes"
unlike "$out" '"2,100"' "a third candidate's count meets no one else's"

march='12 March 2026'

# what a tester found: figures of a copula that are not one fact
stories places "$march" "Halden voted on Sunday. In Ostby, turnout was 42%." "Halden voted on Sunday. In Brennick, turnout was 31%."
unlike "$out" 'quantity' "\"In Ostby, turnout was 42%\" meets not Brennick's 31%"
stories hers "$march" "Her share was 52%." "His share was 41%."
unlike "$out" 'quantity' "\"Her share\" meets not \"His share\""
stories months "$march" "Unemployment was 5.1% in January." "Unemployment was 4.8% in February."
unlike "$out" 'quantity' "January's unemployment meets not February's"
stories rounds "$march" "Turnout was 42% in the first round and 38% in the runoff." "Turnout was 38%."
unlike "$out" 'quantity' "one of two figures of one copula measures nothing"
stories rates "$march" "The rate was 4.5%." "Inflation fell again. The rate was 3.1%."
unlike "$out" 'quantity' "\"The rate\" is too general to meet another"

# ... and counts of votes that are someone else's
stories while "$march" "Ada Pryce is Brennick's new mayor after romping home with 9,140 votes." "Ada Pryce won with 9,140 votes, while Tomas Reyne took 7,860 votes."
unlike "$out" '7,860' "\"while Tomas Reyne took 7,860 votes\": Reyne's, not the win's subject's"
stories aside "$march" "The Green Party won 12,400 votes." "Mira Dahlen, the Green Party candidate, received 9,410 votes."
unlike "$out" 'quantity' "a name in an aside got no votes"
stories who "$march" "Mira Dahlen beat Tomas Reyne, who polled 7,860 votes." "Mira Dahlen won 9,410 votes to take the mayoralty."
unlike "$out" 'quantity' "\"beat Tomas Reyne, who polled 7,860\": Reyne's"
stories beat "$march" "Mira Dahlen beat Tomas Reyne with 9,140 votes." "Mira Dahlen won 9,410 votes to take the mayoralty."
like "$out" 'For Mira Dahlen' "\"Mira Dahlen beat Tomas Reyne with 9,140 votes\": hers, not the object's"

# a share a copula gives the state after it measures that state, and a
# person who says it after a comma does not own it
stories contained "$march" "The Tarn Ridge fire was 35% contained on Friday, county officials said." \
	"The Tarn Ridge fire was 60 percent contained on Friday, Okafor said." \
	"The Tarn Ridge fire was 60% contained on Friday evening." \
	"The Tarn Ridge fire has burned 60% of the reserve."
run --db contained.db conflicts --format jsonl
is "$(jq -r 'select(.kind == "quantity") | "\(.severity)|\([.a.source, .b.source] | sort | join("+"))"' <<<"$out" | sort)" \
	"strong|a.txt+b.txt
strong|a.txt+c.txt" "35% contained against 60%, whoever says it; 60% of the reserve burned is no containment"
like "$(jq -r 'select(.kind == "quantity") | .explanation' <<<"$out")" '"35%" contained and' "the words put the state after the figure"
run --db contained.db corroborations --format jsonl
is "$(jq -r 'select(.rule | startswith("quantity")) | "\([.a.source, .b.source] | sort | join("+"))|\(.explanation | sub(".*: "; ""))"' <<<"$out")" \
	"b.txt+c.txt|60% contained" "60 percent and 60% contained agree"

done_testing
