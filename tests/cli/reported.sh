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

done_testing
