#!/usr/bin/env bash
# New story kinds (a protest march, a data breach, a launch moved, job
# cuts) and the misses an earlier round left: what a fact-checker marks
# comes out as one conflict with its reason, and the traps (a past figure,
# a part, a rounding, another event's date) raise none.
. "$top_srcdir/tests/cli/lib.sh"

# conflicts NAME: "kind|severity|explanation" of the store's conflicts, sorted
conflicts_of() {
	run --db "$1.db" conflicts --format jsonl
	jq -r '"\(.kind)|\(.severity)|\(.explanation)"' <<<"$out" | sort
}

# ---- "It" after a sentence that opens with an occurrence is that
# occurrence: its start meets another outlet's start of the wildfire,
# whichever verb tells it
cat >wf-a.txt <<'TXT'
Wildfire forces evacuations near Carrow

July 15, 2026

The wildfire began on Monday in the hills above Carrow, fire officials said.
TXT
cat >wf-b.txt <<'TXT'
Carrow wildfire spreads

July 15, 2026

A wildfire burning above Carrow has grown to 2,000 acres.

It started on Sunday near a campsite, according to the county.
TXT
run extract --format jsonl wf-b.txt
is "$(jq -r 'select(.type == "date") | "\(.text)|\(.event)|\(.subject)"' <<<"$out")" "Sunday|START|wildfire" \
	"'It started on Sunday' after 'A wildfire burning ...' is the wildfire's start"
run --db wf.db add --story wf wf-a.txt wf-b.txt
is "$(conflicts_of wf)" \
	'event-date|strong|wf-a.txt says the wildfire begins on 2026-07-13 ("Monday"), wf-b.txt on 2026-07-12 ("Sunday"): the same event on different dates' \
	"'began on Monday' against 'It started on Sunday': one start, two days"

# ---- a sum a verb of change reaches measures the noun before the verb,
# and meets the same measure reported
cat >rev-a.txt <<'TXT'
Norvane posts weaker quarter

October 22, 2026

Norvane Systems reported revenue of $4.1bn on Tuesday for the third quarter.
TXT
cat >rev-b.txt <<'TXT'
Norvane revenue slips

October 22, 2026

Norvane Systems said on Tuesday that revenue fell to $3.9bn in the quarter.
TXT
run extract --format jsonl rev-b.txt
is "$(jq -r 'select(.type == "money") | "\(.measure)|\(.event)"' <<<"$out")" "revenue|FALL" \
	"'revenue fell to \$3.9bn' measures the revenue"
run --db rev.db add --story rev rev-a.txt rev-b.txt
is "$(conflicts_of rev)" \
	"quantity|strong|For Norvane Systems' revenue, rev-a.txt says \"\$4.1bn\" (\$4.1 billion) and rev-b.txt \"\$3.9bn\" (\$3.9 billion): the figures cannot both be right" \
	"revenue reported at \$4.1bn against revenue that fell to \$3.9bn"

# ---- one disagreement a line: a headline that drops the noun its lead
# gives the same figure is counted in the lead's unit, so the headline and
# the lead make one conflict, not two; marchers are counted as people
cat >d2-a.txt <<'TXT'
Some 40,000 march in Bellport against pension plan

May 3, 2026

Some 40,000 people marched through central Bellport on Saturday against the pension plan, organisers said.
TXT
cat >d2-b.txt <<'TXT'
Police put Bellport pension march at 25,000

May 3, 2026

About 25,000 people marched through Bellport on Saturday, police said.
TXT
run extract --format jsonl d2-a.txt
is "$(jq -r 'select(.type == "number") | "\(.sentence)|\(.unit)|\(.event)"' <<<"$out" | tr '\n' ';')" \
	"0|person|PROTEST;2|person|PROTEST;" "the headline's 40,000 are the lead's 40,000 people, and they march"
run --db d2.db add --story d2 d2-a.txt d2-b.txt
is "$(conflicts_of d2 | cut -d'|' -f1,2)" "quantity|strong" \
	"40,000 against 25,000 is one conflict, though both headlines repeat their leads"

# ---- finding something out is one discovery, whichever verb dates it
cat >disc-a.txt <<'TXT'
Ostra Bank reports data leak

May 6, 2026

Ostra Bank discovered the leak on April 2, the bank said.
TXT
cat >disc-b.txt <<'TXT'
Leak at Ostra Bank

May 6, 2026

Ostra Bank uncovered the leak on April 9, the bank said.
TXT
run --db disc.db add --story disc disc-a.txt disc-b.txt
is "$(conflicts_of disc | cut -d'|' -f1,2)" "event-date|strong" \
	"'discovered the leak on April 2' against 'uncovered the leak on April 9'"

# ---- a protest march: the organisers' count against the police's is a
# real disagreement; the retirement ages (65 to 67), a past protest's crowd
# and the arrests of another verb are not compared as the crowd
cat >march-a.txt <<'TXT'
Tens of thousands march in Halden against pension overhaul

By Ilse Marrow
April 12, 2026

HALDEN — Some 60,000 people marched through central Halden on Saturday to oppose the government's pension overhaul, according to the union federation that organised the protest.

Police put the crowd at about 35,000.

The march set off from Vester Square shortly after 11 a.m. and ended at the parliament building three hours later.

"We will be back every weekend until the bill is withdrawn," said Karin Aust, the federation's general secretary.

The bill would raise the retirement age from 65 to 67 by 2032.

Officers arrested 14 people after scuffles near the finance ministry, police said.

A similar protest in March drew about 20,000 people, organisers said.
TXT
cat >march-b.txt <<'TXT'
Halden pension protest draws large crowd

April 12, 2026

HALDEN — A crowd of roughly 35,000 protesters took to the streets of Halden on Saturday against plans to raise the retirement age, police said.

Organisers said 60,000 took part.

The rally began at Vester Square at 11 a.m.

Police said they detained 11 people near the finance ministry.

"This is the biggest turnout we have seen in a decade," said union organiser Per Holm.

The government wants to lift the retirement age to 67 from 65.
TXT
run --db march.db add --story march march-a.txt march-b.txt
is "$rc" 0 "add exits 0"
is "$(conflicts_of march)" \
	'quantity|strong|march-a.txt says "Some 60,000" (about 60,000 people) and march-b.txt "roughly 35,000" (about 35,000 protesters): the figures cannot both be right' \
	"the organisers' 60,000 against the police's 35,000; no conflict of the ages 65 and 67, nor of March's 20,000"

# ---- a data breach: the patients affected differ; 38 clinics and about
# 40 can both be right; a breach in 2023 is another fact
cat >breach-a.txt <<'TXT'
Meridell Health says hackers stole patient records

By Tomas Greve
September 9, 2026

Meridell Health said on Monday that hackers had stolen the records of about 2.1 million patients in a breach of its billing systems.

The company discovered the intrusion on August 14, it said in a filing.

The stolen data included names, addresses and insurance numbers, but not payment card details, Meridell said.

Meridell, which runs 38 clinics in the region, has about 9,000 employees.

"We deeply regret the concern this causes our patients," said chief executive Lena Voss.

The company said it would offer two years of free credit monitoring to those affected.

A smaller breach in 2023 exposed data on 40,000 people.
TXT
cat >breach-b.txt <<'TXT'
Meridell breach hits 1.8 million patients

September 9, 2026

Meridell Health disclosed on Monday a cyberattack that exposed the records of 1.8 million patients.

The company first detected the attack on August 21, according to a statement.

Meridell operates about 40 clinics.

Chief executive Lena Voss said the company had "contained the incident".

Patients will receive 12 months of free credit monitoring, Meridell said.
TXT
run --db breach.db add --story breach breach-a.txt breach-b.txt
is "$rc" 0 "add exits 0"
is "$(conflicts_of breach)" \
	'quantity|strong|For Meridell Health, breach-a.txt says "about 2.1 million" (about 2.1 million patients) and breach-b.txt "1.8 million" (1.8 million patients): the figures cannot both be right' \
	"2.1 million patients against 1.8 million; '38 clinics' against 'about 40 clinics' and the 40,000 of 2023 raise none"

# ---- a launch moved: the day it slips to lies ahead of the article (a
# Thursday: 'slips to Saturday' is June 20, not June 13)
cat >launch-a.txt <<'TXT'
Orbitra scrubs Kestrel rocket launch again

By Amal Fenner
June 18, 2026

Orbitra scrubbed the launch of its Kestrel rocket on Tuesday, the second delay this month, because of a fault in a fuel valve.

The company said it now plans to launch on Friday from its pad at Cape Merrin.

The rocket is carrying 24 small satellites for a weather-monitoring network.

Orbitra first tried to launch on June 9, but high winds forced a delay.

"Safety comes first," said launch director Hugo Palm.

Kestrel stands 42 metres tall.
TXT
cat >launch-b.txt <<'TXT'
Kestrel launch slips to Saturday

June 18, 2026

Orbitra called off the Kestrel launch on Tuesday after sensors flagged a valve problem, and now plans to launch on Saturday, the company said.

The rocket carries 22 satellites.

Its first launch attempt, on June 9, was called off because of strong winds.

Orbitra has launched the Kestrel five times since 2024.
TXT
run --db launch.db add --story launch launch-a.txt launch-b.txt
is "$rc" 0 "add exits 0"
is "$(conflicts_of launch)" \
	'event-date|strong|launch-a.txt says Kestrel launches on 2026-06-19 ("Friday"), launch-b.txt on 2026-06-20 ("Saturday"): the same event on different dates' \
	"Friday against Saturday for the new launch day, one conflict for the headline and the lead"

# ---- job cuts: the number and the share of staff differ; the jobs at
# one plant (a part), the workforce and the cuts of 2024 are no count of
# this cut
cat >layoff-a.txt <<'TXT'
Tallis Motors to cut 1,200 jobs

By Nora Quist
February 3, 2026

Tallis Motors said on Tuesday it will cut 1,200 jobs, about 8% of its workforce, as sales of its petrol cars slow.

The cuts will fall mostly at its plant in Brenholt, where about 700 positions will go, the company said.

Tallis employs about 15,000 people worldwide.

The carmaker cut 500 jobs in 2024.

"These are painful but necessary decisions," chief executive Olaf Renn said in a statement.

Shares in Tallis rose 3% after the announcement.
TXT
cat >layoff-b.txt <<'TXT'
Tallis Motors to shed 1,500 jobs

February 3, 2026

Tallis Motors announced on Tuesday that it will cut 1,500 jobs, or 10% of its staff.

Some 700 of the jobs will go at the Brenholt plant, the company said.

Tallis has about 15,000 employees.

Chief executive Olaf Renn called the decision painful but necessary.

Tallis shares closed 2.5% higher.
TXT
run --db layoff.db add --story layoff layoff-a.txt layoff-b.txt
is "$rc" 0 "add exits 0"
is "$(conflicts_of layoff)" \
	'quantity|strong|For Tallis Motors, layoff-a.txt says "1,200" (1,200 jobs) and layoff-b.txt "1,500" (1,500 jobs): the figures cannot both be right
quantity|strong|For Tallis Motors, layoff-a.txt says "about 8%" and layoff-b.txt "10%": the figures cannot both be right
quantity|weak|For Tallis'"'"' share, layoff-a.txt says "3%" and layoff-b.txt "2.5%": close, but not the same figure' \
	"1,200 jobs against 1,500, about 8% against 10%, the shares' rise of 3% against 2.5% (what changed measures the change); the 700 at one plant, the 15,000 employed and the 500 cut in 2024 raise none"

run extract --format jsonl launch-b.txt
is "$(jq -r 'select(.type == "date" and .text == "Saturday") | .value' <<<"$out" | sort -u)" "2026-06-20" \
	"'slips to Saturday' in a Thursday's headline is the Saturday ahead, as 'plans to launch on Saturday'"

done_testing
