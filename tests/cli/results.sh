#!/usr/bin/env bash
# A company's results story (issue #3, a try-out on fresh text): a price's
# close is no closing ("Shares closed 11% lower", "closed at $12.40"); a
# name's possessive and its noun set off a name that acts ("Kelsby's
# biggest employer, Brackenfield Foods, announced" is the company's, not
# the town's); "axe" and "shed" staff are layoffs, and roles are workers;
# a count right after its verb is that verb's ("will cut 300 staff.": the
# cut's, no count of the staff employed).
. "$top_srcdir/tests/cli/lib.sh"

# mention FILE TEXT: the jsonl mention whose text is TEXT
mention() {
	run extract --format jsonl "$1"
	grep -F "\"text\":\"$2\"," <<<"$out" | head -1
}

mkdir r
cat >r/a.txt <<'EOF2'
Brackenfield results

20 November 2026

Shares in the grocer closed 11% lower on Thursday, and shoppers in Kelsby were stunned.

The stock closed at $12.40 on Friday.

The Dunmore plant closed on Friday.

Kelsby's biggest private employer, Brackenfield Foods, announced on Wednesday that it would cut 1,200 jobs.

The grocer is to axe 1,200 roles.

Orlen Bank will shed 300 staff.

Orlen Bank will cut 300 staff.
EOF2
run extract --format jsonl r/a.txt
unlike "$(grep '"sentence":2,' <<<"$out")" '"CLOSE"' "\"Shares closed 11% lower\": no closing"
unlike "$(grep '"sentence":3,' <<<"$out")" '"CLOSE"' "\"The stock closed at \$12.40\": no closing"
like "$(grep '"sentence":4,' <<<"$out")" '"value":"CLOSE"' "\"The Dunmore plant closed on Friday\": still a closing"
like "$(mention r/a.txt Wednesday)" '"subject":"Brackenfield Foods"' "\"Kelsby's biggest private employer, Brackenfield Foods, announced\": the company's"
like "$(grep -F '"sentence":6,' <<<"$out" | grep '"type":"number"')" '"event":"LAYOFF"' "\"is to axe 1,200 roles\": a layoff"
shed=$(grep -F '"sentence":7,' <<<"$out" | grep '"type":"number"')
like "$shed" '"event":"LAYOFF"' "\"will shed 300 staff\": a layoff"
cut=$(grep -F '"sentence":8,' <<<"$out" | grep '"type":"number"')
like "$cut" '"event":"LAYOFF"' "\"will cut 300 staff.\": the cut's count, no EMPLOY"

# roles are workers: 1,200 roles agree with 1,200 jobs
november='20 November 2026'
stories j "$november" "Brackenfield Foods will cut 1,200 jobs." "Brackenfield Foods is to axe 1,200 roles."
is "$rc" 0 "add the cuts"
run --db j.db corroborations
like "$out" 'a.txt ("1,200") and b.txt ("1,200") agree on Brackenfield Foods: 1,200 jobs' "1,200 roles axed agree with 1,200 jobs cut"

# a price's fall told as a close meets another outlet's fall
stories f "$november" "Shares in Brackenfield Foods fell 8% on Thursday." \
	"Shares in Brackenfield Foods closed 11% lower on Thursday."
like "$out" 'a.txt says "8%" and b.txt "11%"' "\"fell 8%\" against \"closed 11% lower\": a conflict"

# what changed measures the change: a profit's rise is no other figure of
# the revenue's ("rose 12%" against "climbed 3%" was a strong conflict)
stories m "$november" "Brackenfield Foods said its pre-tax profit rose 12% to £41m." \
	"Brackenfield Foods said its revenue climbed 3% to £1.2bn." \
	"Brackenfield Foods said annual profit rose 10% to £40m."
unlike "$out" '"3%"' "a rise in revenue meets no rise in profit"
like "$out" "For Brackenfield Foods' profit, a.txt says \"12%\" and c.txt \"10%\"" "two rises in profit meet, the measure named"
stories s "$november" "Brackenfield Foods said annual profit fell 4.3% to £88m." \
	"Brackenfield Foods shares closed 9% lower on Thursday." \
	"Shares in Brackenfield Foods closed 11% lower on Thursday."
unlike "$out" '"4.3%"' "a fall in profit meets no fall of the shares"
like "$out" 'b.txt says "9%" and c.txt "11%"' "two falls of the shares meet"

# a lone word its verb showed to be a name stays one at the start of the
# article's later sentences ("Brackenfield shares" named nothing)
printf 'News\n\n%s\n\nBrackenfield employs 1,100 people.\n\nBrackenfield shares closed 9%% lower.\n' "$november" >r/n.txt
run extract --format jsonl r/n.txt
like "$(grep '"sentence":3,' <<<"$out" | grep '"type":"entity"')" '"text":"Brackenfield"' "\"Brackenfield shares closed 9% lower\" after \"Brackenfield employs\": Brackenfield's"

done_testing
