#!/usr/bin/env bash
# What is over in a moment (issue #3, a new user's try-out on fresh text): a
# blast or a crash (cues.tsv's "instant") happened on one day, whatever verb
# tells it ("happened", "occurred", "took place", "tore through") and so did
# what it did ("the explosion killed nine"); a fire or a storm goes on, so
# two of its days can both be right. "which happened" after a comma tells
# of the occurrence its clause hangs on.
. "$top_srcdir/tests/cli/lib.sh"

# ---- the verbs of happening
one() { printf '%s\n' "$1" >one.txt; run extract --format jsonl --date 2026-03-04 one.txt; }
# matches TEXT ERE NAME: a line of TEXT matches the extended regular expression
matches() { grep -Eq -- "$2" <<<"$1"; ok $? "$3"; }
one "Nine people died in the explosion at the Harlow plant in Tarrow, which happened on 2 March."
matches "$out" '"text":"happened",[^}]*"value":"OCCUR"[^}]*"subject":"explosion"' "\"..., which happened\" after an occurrence: OCCUR, the explosion's"
matches "$out" '"text":"2 March",[^}]*"event":"OCCUR","subject":"explosion"' "... its date is the explosion's"
one "The crash took place on Monday near Ellsby."
matches "$out" '"text":"took place",[^}]*"value":"OCCUR"[^}]*"subject":"crash"' "\"The crash took place\": OCCUR, the crash's"
one "Nobody knows what happened next at the Harlow plant."
unlike "$out" '"value":"OCCUR"' "\"what happened next\", no occurrence near: no event"
one "The meeting, which happened on Monday, was short."
unlike "$out" '"value":"OCCUR"' "\"The meeting, which happened\": a meeting is no occurrence, no event"

# ---- an instant happening on two days: a conflict, whichever verbs
pair blast "Nine people died in the explosion at the Harlow plant, which happened on 4 March." \
	"An explosion tore through the Harlow plant on Tuesday."
like "$out" 'event-date (strong)' "happened on 4 March against tore through on Tuesday: a strong conflict"
like "$out" 'differ on the day of the explosion' "... saying the day of the explosion"
like "$out" '2026-03-03 ("Tuesday")' "... with each day in its words"
like "$out" 'it happened on one day' "... and why"
one "The explosion at the Harlow plant happened on 4 March."
matches "$out" '"text":"happened",[^}]*"value":"OCCUR"[^}]*"subject":"explosion"' "\"The explosion at the plant happened\": the explosion's, past the place"
pair blastkill "The explosion at the Harlow plant happened on 4 March." \
	"An explosion killed nine workers at the Harlow plant on Tuesday."
like "$out" 'differ on the day of the explosion' "happened on 4 March against killed nine on Tuesday: what it did, it did that day"
pair crash "The crash occurred on Monday near Ellsby." "The crash took place on Sunday near Ellsby."
like "$out" 'differ on the day of the crash' "occurred on Monday against took place on Sunday: a conflict"
pair blastsame "The explosion at the Harlow plant happened on Tuesday." \
	"An explosion killed nine workers at the Harlow plant on 3 March."
is "$(grep -c '^#' <<<"$out")" 0 "the same day told two ways: no conflict"
run --db blastsame.db corroborations
like "$out" 'agree that the explosion takes place on 2026-03-03' "... an agreement on the day"

# ---- what the occurrence is not (a new user's false alarms, found by
# trying to break the rule)
pair vigil "An explosion tore through the Orlen plant on Tuesday." \
	"A vigil for the workers hurt in the explosion took place on Wednesday."
unlike "$out" 'event-date' "a vigil for those hurt in the explosion took place: the vigil's day, no conflict"
pair inquest "An explosion tore through the Orlen plant on Tuesday." \
	"The inquest into the explosion, which took place on Thursday, heard from six witnesses."
unlike "$out" 'event-date' "the inquest into the explosion, which took place: the inquest's day, no conflict"
pair second "An explosion tore through the Orlen plant on Tuesday." \
	"A second explosion happened at the Orlen plant on Thursday."
unlike "$out" 'event-date' "a second explosion on another day: another explosion, no conflict"
one "A second explosion happened at the Orlen plant on Thursday."
matches "$out" '"text":"happened",[^}]*"subject":"second explosion"' "... named with the word that sets it apart"
pair separate "The crash on the A40 happened on Monday." "Police said a separate crash on the A40 happened on Saturday."
unlike "$out" 'event-date' "a separate crash: no conflict"
pair injured "The derailment near Carrow happened on Sunday." "The derailment near Carrow injured a driver on Friday."
unlike "$out" 'event-date' "what it injured is not dated with it (it is as often another one): no conflict"
pair denied "The derailment near Carrow happened on Sunday." "The derailment near Carrow killed nobody on Friday."
unlike "$out" 'event-date' "a denial ('killed nobody') dates no derailment: no conflict"

pair denial "Harlow Ferries did not suspend sailings on Friday." "Harlow Ferries suspended sailings on Sunday."
unlike "$out" 'event-date' "a denial dates nothing that happened ('did not suspend on Friday' against 'suspended on Sunday'): no event-date conflict"

# an object that denies the act ("injured nobody", "killed no one") negates
# it; "no fewer than" does not
one "The Harlow blast killed no one, officials said."
matches "$out" '"text":"killed",[^}]*"negated":true' "\"killed no one\": a denial"
one "The Harlow blast injured nobody."
matches "$out" '"text":"injured",[^}]*"negated":true' "\"injured nobody\": a denial"
one "The Harlow blast killed no fewer than 40 people."
matches "$out" '"text":"killed",[^}]*"negated":false' "\"killed no fewer than 40\": no denial"
pair noone "The Harlow blast killed no one on Tuesday." "The Harlow blast killed two workers on Tuesday."
like "$out" 'polarity' "killed no one on Tuesday against killed two workers on Tuesday: one says no, the other yes"

# ---- what goes on: two days can both be right
pair fire "A fire tore through the Harlow depot on Monday." "The fire, which happened on Tuesday, gutted the Harlow depot."
unlike "$out" 'event-date' "a fire on Monday and on Tuesday: it burns on, no conflict"
pair storm "The storm swept through Ellsby on Monday." "The storm swept through Ellsby on Tuesday."
unlike "$out" 'event-date' "a storm on two days: no conflict"

# ---- cues.tsv's third field is "instant", of an occurrence only
mkdir baddata
cp "$top_srcdir"/data/*.tsv baddata/
printf 'meeting\tstop\tinstant\n' >>baddata/cues.tsv
one "A quiet day."
CROSSCHECK_DATADIR=$PWD/baddata run extract one.txt
is "$rc" 1 "an 'instant' on a cue that is no occurrence: exit 1"
like "$err" "cues.tsv: line $(wc -l <baddata/cues.tsv): a third field is 'instant', alone, of an occurrence" \
	"... naming the file, the line and why"
done_testing
