#!/usr/bin/env bash
# A date inside what was said dates the reported clause, not the saying:
# it makes no conflict with another outlet that gives the day the company
# spoke; two outlets that give different days for the saying still do.
. "$top_srcdir/tests/cli/lib.sh"

printf 'Ferry line answers questions\n\nHarlow Ferries said on Tuesday that the Wren was safe to sail.\n' >a.txt
printf 'Ferry line defends its boat\n\nHarlow Ferries said the Wren had passed an inspection in May.\n' >b.txt
printf 'Ferry line speaks\n\nHarlow Ferries said on Monday that the Wren was safe to sail.\n' >c.txt

run extract --date 2024-06-12 --format jsonl a.txt b.txt
is "$rc" 0 "extract exits 0"
# text | event | subject: what a reader checks on each date
while IFS='|' read -r text event subject why; do
	is "$(jq -r --arg t "$text" 'select(.type == "date" and .text == $t) | "\(.event)|\(.subject)"' <<<"$out")" \
		"$event|$subject" "$why"
done <<'CASES'
Tuesday|ANNOUNCE|Harlow Ferries|'said on Tuesday that ...' dates the saying
May|null|Harlow Ferries|'said the Wren had passed an inspection in May' dates the inspection, not the saying (still the company's claim)
CASES

run add --date 2024-06-12 --story ferry a.txt b.txt
is "$rc" 0 "add exits 0"
run conflicts --format jsonl
is "$out" "" "the inspection in May is no date conflict with the saying on Tuesday"

run add --date 2024-06-12 --story ferry c.txt
run conflicts --format jsonl
is "$(jq -r '"\(.kind)|\([.a.source, .b.source] | sort | join("+"))"' <<<"$out")" "event-date|a.txt+c.txt" \
	"... while 'said on Monday' against 'said on Tuesday' still is one"

# a date before a trailing attribution (", crews said", ", according to
# ...") dates its own clause: the clause's event, or none when the lexicon
# knows no event for its verb; never the saying after the comma. The one
# who says, a common noun after the comma, is the saying's subject.
printf 'Ridge fire update\n\nThe fire was contained on Thursday, crews said.\n\nThe road was cleared on Friday, officials said.\n\nThe ridge trail closed on Friday, the county said on Saturday.\n\nThe old barn burned down on Sunday, according to the county.\n\nOn Monday, officials said the trail would stay shut.\n\nThe fire was 40%% contained on Tuesday.\n' >t.txt
run extract --date 2024-07-16 --format jsonl t.txt
while IFS='|' read -r text sent event subject why; do
	is "$(jq -r --arg t "$text" --argjson n "$sent" 'select(.type == "date" and .text == $t and .sentence == $n) | "\(.event)|\(.subject)"' <<<"$out")" \
		"$event|$subject" "$why"
done <<'CASES'
Thursday|1|END|fire|'The fire was contained on Thursday, crews said': the containing was Thursday, not the saying
Friday|2|null|official|'The road was cleared on Friday, officials said': no event the lexicon knows, and not the saying
Friday|3|CLOSE|trail|'closed on Friday, the county said on Saturday': Friday is the closing's ...
Saturday|3|ANNOUNCE|county|... Saturday the county's saying
Sunday|4|DAMAGE|barn|'The old barn burned down on Sunday, according to the county': the burning's (DAMAGE), not the saying
Monday|5|ANNOUNCE|official|'On Monday, officials said': a date that opens the sentence still dates the saying
Tuesday|6|FIRE|null|'The fire was 40% contained on Tuesday': partly contained is no end of it
CASES
is "$(jq -r 'select(.type == "event" and .text == "said") | "\(.sentence)|\(.subject)"' <<<"$out" | paste -sd' ')" \
	"1|crew 2|official 3|county 5|official" "the subject of a trailing 'said' is the one who says, not the sentence's subject"

done_testing
