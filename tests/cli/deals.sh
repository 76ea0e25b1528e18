#!/usr/bin/env bash
# One transfer told three ways: "the signing of X for a club-record fee of
# €45 million" and "X has joined the club for €52 million" state one price;
# "announced on Tuesday" and "confirmed on Monday" date one statement. A
# word at the end of a hyphened compound tells no event ("club-record",
# "state-funded"); "the next high tide" says nothing of tense; a wire's
# dateline without a year ("PORT CALDER, June 16 (Coastal Wire) —") is the
# dateline, no date of the story.
. "$top_srcdir/tests/cli/lib.sh"

# ---- the fee: a signing's fee against a joining's sum -----------------------
stories fee 2025-07-02 \
	"Harbour City announced on Tuesday the signing of striker Remo Valli from Lanfield Town for a club-record fee of €45 million." \
	"Remo Valli has joined Harbour City from Lanfield Town for €52 million, the Premier League club confirmed on Monday."
is "$rc" 0 "conflicts exits 0"
run --db fee.db conflicts --format jsonl
is "$(jq -r 'select(.kind == "quantity") | "\(.severity)|\(.explanation)"' <<<"$out")" \
	"strong|For Harbour City's record fee, a.txt says \"€45 million\" and b.txt \"€52 million\": the figures cannot both be right" \
	"'for a club-record fee of €45 million' against 'joined ... for €52 million': one price, strong"
is "$(jq -r 'select(.kind == "event-date") | "\(.severity)|\(.explanation)"' <<<"$out")" \
	"weak|a.txt says Harbour City announced it on 2025-07-01 (\"Tuesday\"), b.txt that Harbour City confirmed it on 2025-06-30 (\"Monday\"): one statement on different dates" \
	"'announced on Tuesday the signing' against 'has joined ..., the club confirmed on Monday': one statement, weak as every day of a saying"

printf 'Fees\n\nHarbour City agreed to pay a termination fee of \xe2\x82\xac3 million.\n' >fee/c.txt
run extract --format jsonl fee/a.txt fee/b.txt fee/c.txt
is "$(jq -r 'select(.type == "event") | "\(.source)|\(.text)|\(.value)"' <<<"$out" | grep -v ANNOUNCE | sort)" \
	"a.txt|signing|AGREE
b.txt|confirmed|CONFIRM
b.txt|joined|AGREE
c.txt|agreed|AGREE
c.txt|pay|PAY
c.txt|termination|END" \
	"'joined' is a signing (AGREE); the 'record' of 'club-record' is no event"
is "$(jq -r 'select(.type == "money") | "\(.source)|\(.measure)"' <<<"$out" | sort)" \
	"a.txt|record fee
b.txt|null
c.txt|termination fee" \
	"a fee is of the kind the word before it names"

# ---- an announcement and a confirmation of other things, or by others ------
stories other 2025-07-02 \
	"Harbour City announced on Tuesday the signing of striker Remo Valli." \
	"Harbour City confirmed on Monday that it will open a new stadium." \
	"Lanfield Town confirmed on Monday that Remo Valli has joined Harbour City."
is "$out" "No conflicts among 3 sources." "a confirmation of something else, or by another club, dates another statement: no conflict"

# ---- a hyphened compound's last word is no trigger ---------------------------
cat >hy.txt <<'TXT'
Firms

The fast-growing firm signed a deal with a back-end supplier after an earth-shaking year.

Ana Costa co-founded the firm in 1998.
TXT
run extract --format jsonl hy.txt
is "$(jq -r 'select(.type == "event") | "\(.text)|\(.value)"' <<<"$out")" \
	"signed|AGREE
deal|AGREE
founded|FOUND" \
	"'fast-growing', 'back-end', 'earth-shaking' tell no rise, end or quake; 'co-founded' (after a prefix) still founds"

# ---- "the next" ranks a thing: no future -------------------------------------
printf 'Ferry freed\n\nThe ferry was refloated on the next high tide early on Sunday.\n\nSailings will resume next Sunday.\n' >tide.txt
run extract --date 2025-06-16 --format jsonl tide.txt
is "$(jq -r 'select(.type == "date") | "\(.text)|\(.value)"' <<<"$out")" \
	"early on Sunday|2025-06-15
next Sunday|2025-06-22" \
	"'refloated on the next high tide early on Sunday' is the Sunday before; 'next Sunday' the one after"

# ---- a wire's dateline without its year ---------------------------------------
printf 'Ferry aground\n\nPORT CALDER, June 16 (Coastal Wire) \xe2\x80\x94 A ferry ran aground on Saturday, injuring 27 people.\n' >wire.txt
run extract --date 2025-06-17 --format jsonl wire.txt
is "$(jq -r 'select(.type == "date") | "\(.text)|\(.value)"' <<<"$out")" "Saturday|2025-06-14" \
	"'PORT CALDER, June 16 (Coastal Wire) —' is the dateline: 'June 16' is no date of the injuries"
run --db wire.db add wire.txt
like "$out" "no date found" "... and gives no date without its year: add says so"
run --db wire.db show wire.txt
like "$out" "~ PORT CALDER, June 16 (Coastal Wire) —
   2   A ferry ran aground" "... and the lead no longer opens with it: the dateline is a line of its own, boilerplate (~)"

run extract --format jsonl no-such-file.txt
is "$rc" 1 "a missing file is an error: exit 1"
like "$err" "no-such-file.txt" "the error names the file"

done_testing
