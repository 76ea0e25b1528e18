#!/usr/bin/env bash
# "Arden Mills expects to complete the purchase by June 30": completing a
# deal (cues.tsv's "transaction" nouns) is the deal's CLOSE, the deal its
# subject, and "by June 30" bounds that closing: no bare DEADLINE of the
# buyer. Two outlets that give the closing different windows meet.
. "$top_srcdir/tests/cli/lib.sh"

printf 'Mill deal\n\nArden Mills expects to complete the purchase by June 30, pending approval.\n' >a.txt
printf 'Mill deal timing\n\nArden Mills said it expects to complete the acquisition in the third quarter of 2025.\n' >b.txt
printf 'Mill deal window\n\nThe buyer expects to complete the deal in the second quarter of 2025.\n' >c.txt
printf 'Other news\n\nArden Mills must file its annual report by June 30.\n\nShe completed the marathon on Sunday.\n\nThe merger is expected to close by the end of March.\n' >d.txt

run extract --date 2025-03-05 --format jsonl a.txt b.txt c.txt d.txt
is "$rc" 0 "extract exits 0"
# source | date text | event | subject | mod
while IFS='|' read -r src text event subject mod why; do
	is "$(jq -r --arg s "$src" --arg t "$text" \
		'select(.source == $s and .type == "date" and .text == $t) | "\(.event)|\(.subject)|\(.mod)"' <<<"$out")" \
		"$event|$subject|$mod" "$why"
done <<'CASES'
a.txt|June 30|CLOSE|deal|by|'complete the purchase by June 30': the deal closes by then, no deadline
b.txt|the third quarter of 2025|CLOSE|deal|null|'complete the acquisition in the third quarter'
d.txt|June 30|DEADLINE|Arden Mills|by|'must file its annual report by June 30' stays a deadline
d.txt|the end of March|CLOSE|deal|by|'The merger is expected to close by the end of March'
CASES
is "$(jq -r 'select(.source == "d.txt" and .type == "event" and .value == "CLOSE") | .text' <<<"$out")" "close" \
	"'completed the marathon' is no closing: no deal near"

run add --date 2025-03-05 --story mill a.txt b.txt c.txt
is "$rc" 0 "add exits 0"
run conflicts --format jsonl
is "$(jq -r '"\(.kind)|\(.severity)|\([.a.source, .b.source] | sort | join("+"))"' <<<"$out" | sort)" \
	"event-date|weak|a.txt+b.txt
event-date|weak|b.txt+c.txt" \
	"'by June 30' and the second quarter both miss the third quarter"
run corroborations --format jsonl
is "$(jq -r 'select(.rule == "event-date/compatible") | [.a.source, .b.source] | sort | join("+")' <<<"$out")" "a.txt+c.txt" \
	"'by June 30' fits the second quarter"

# completing and closing one deal are one event whatever the verb: the
# closing 'by June 30' against 'expected to close in the third quarter'
printf 'Mill deal close\n\nThe deal is expected to close in the third quarter of 2025, Arden Mills said.\n' >e.txt
run --db two.db add --date 2025-03-05 --story mill a.txt e.txt
is "$rc" 0 "add of a second store exits 0"
run --db two.db conflicts --format jsonl
is "$(jq -r '"\(.kind)|\(.key)"' <<<"$out")" "event-date|deal|CLOSE|close" \
	"'complete the purchase by June 30' and 'close in the third quarter' are one closing"

done_testing
