#!/usr/bin/env bash
# A plant closure and a ferry grounding, as a reader checks them: "a
# decision that will cost 900 jobs" is a layoff that meets "will cut 1,200
# jobs"; "cost $4 million" is none. A figure in a sentence of another year
# ("In 2019, the Hollin Star struck a pier ..., injuring 9 people") is that
# year's, so the article does not disagree with itself against "41 people
# were injured" now.
. "$top_srcdir/tests/cli/lib.sh"

stories plant 2025-05-07 \
	"Ridley Motors will cut 1,200 jobs when it shuts its Harborton assembly plant." \
	"Ridley Motors will shut its assembly plant, a decision that will cost 900 jobs.\nThe repairs cost \$4 million."
is "$rc" 0 "conflicts exits 0"
like "$out" 'says "1,200" (1,200 jobs) and b.txt "900" (900 jobs): the figures cannot both be right' \
	"'will cost 900 jobs' is a layoff: it meets 'will cut 1,200 jobs'"
run extract --format jsonl plant/b.txt
is "$(jq -r 'select(.type == "event") | "\(.text)|\(.value)"' <<<"$out")" "shut|END
cost|LAYOFF" "'cost 900 jobs' is LAYOFF; 'The repairs cost \$4 million' no event"

stories ferry 2025-06-16 \
	"The Hollin Star ran aground off Port Calder on Saturday, and 41 people were injured.\nIn 2019, the Hollin Star struck a pier in Port Calder while docking, injuring 9 people." \
	"The Hollin Star ran aground off Port Calder on Saturday, and 27 people were injured."
is "$(grep -c 'same-source' <<<"$out")" 0 \
	"the 9 injured of 2019 are no second figure of today's injured in the same article"
like "$out" 'says "41" (41 injuries) and b.txt "27" (27 injuries)' "... while 41 against 27 is still found"

run extract --format jsonl no-such-file.txt
is "$rc" 1 "a missing file is an error: exit 1"
like "$err" "no-such-file.txt" "the error names the file"

done_testing
