#!/usr/bin/env bash
# Acts a new user's try-out on a court, an election and an airline story
# (session 27) found no event for, so their figures and days met nothing:
# jailing and sentencing are one act (events.tsv "=sentence"), "was set up
# in 1989" is a founding (a passive: "set up a fund" is none), a flight
# diverted (DIVERT); a delay has none (a disruption's delays are many).
. "$top_srcdir/tests/cli/lib.sh"

# ---- one sentencing, two verbs
pair jail "Marcus Velden was jailed for six years on Thursday." "Marcus Velden was sentenced on Wednesday to six years."
like "$out" 'event-date (strong)' "jailed on Thursday against sentenced on Wednesday: a strong conflict"
like "$out" '2026-03-04' "... naming the first day"
pair jailsame "Marcus Velden was jailed for six years on Wednesday." "Marcus Velden was sentenced on Wednesday to six years."
is "$(grep -c '^#' <<<"$out")" 0 "jailed and sentenced on the same day: no conflict"
pair convict "Marcus Velden was convicted on Monday." "Marcus Velden was jailed on Wednesday."
unlike "$out" 'event-date' "a conviction and a jailing are two acts: no conflict"

# ---- a founding told in the passive of "set up"
pair setup "The Ashgrove Trust, which was set up in 1989, runs 300 homes." "The Ashgrove Trust was founded in 1987."
like "$out" 'event-date (strong)' "set up in 1989 against founded in 1987: a founding's two years, strong"
like "$out" 'Ashgrove Trust was set up in 1989' "... in plain words (no 'was was')"
pair office "The Brennick office was set up in 2025." "Brennick was founded in 1790."
is "$(grep -c '^#' <<<"$out")" 0 "the Brennick office set up in 2025 is no founding of Brennick in 1790: no conflict"
pair fund "Ashgrove Trust set up a fund in 2019." "Ashgrove Trust was founded in 1987."
is "$(grep -c '^#' <<<"$out")" 0 "setting up a fund is no founding of the one who sets it up: no conflict"

# ---- a diversion; a delay is none
pair divert "A Skyvane flight was diverted to Harwick on Tuesday." "A Skyvane flight was diverted to Harwick on Wednesday."
like "$out" 'event-date (strong)' "diverted on Tuesday against on Wednesday: a strong conflict"
like "$out" 'divert' "... naming the diversion"
pair delay "Harwick flights were delayed by two hours on Tuesday." "The Oslo flight landed at Harwick after a delay of nine hours."
unlike "$out" 'quantity' "two delays of a disruption (two hours, nine hours): no class, no conflict"
done_testing
