#!/usr/bin/env bash
# The conflict view heads each side with its source's name: when the names
# must be cut and begin alike ("market-pulse-asia.txt", "market-watch.txt"),
# the cut keeps where they differ, so that the two sides can be told apart
# at every width (README: "The review", Conflict view).
. "$top_srcdir/tests/tui/lib.sh"
# own wording: one event on two dates, so the two sources conflict
printf 'Harbour works\n\nThe port authority said it will shut the Dunmore ferry pier on May 4, 2025, for repairs.\n' >a.txt
printf 'Dunmore\n\nThe port authority said it will shut the Dunmore ferry pier on June 12, 2025, for repairs.\n' >b.txt
cp a.txt market-pulse-asia.txt
cp b.txt market-watch.txt
cp a.txt a-long-outlet-one.txt
cp b.txt a-long-outlet-two.txt
fixture m.db --date 2025-01-10 --story pier market-pulse-asia.txt market-watch.txt
ok $? "fixture: market-pulse-asia.txt and market-watch.txt"
fixture o.db --date 2025-01-10 --story pier a-long-outlet-one.txt a-long-outlet-two.txt
ok $? "fixture: a-long-outlet-one.txt and a-long-outlet-two.txt"
like "$("$CROSSCHECK" --db o.db conflicts)" "a-long-outlet-one.txt says" "fixture: the two conflict"

# names W H DB: opens the conflict view of DB's first claim at WxH and
# writes the two names its sides are headed by to got, one a line (not in
# a subshell: tui_start counts its servers)
names() {
	tui_start "$1" "$2" xterm-256color "$(review_cmd "$3" kim)"
	tui_wait "source 1/2" >/dev/null
	tui_keys c
	tui_wait "Conflict 1/1" | sed -n 4p |
		sed -E 's/^ *(▶ )?//; s/ · no verdict +/\n/; s/ · no verdict$//' >got
	tui_keys Q
	tui_dead >/dev/null
}
# apart SHOWN NAME OTHER: SHOWN (a cut name, "…" where it was cut) could
# be NAME and could not be OTHER
apart() {
	local g=${1//…/*}
	# shellcheck disable=SC2053
	[[ $2 == $g && $3 != $g ]]
}

for size in "40 12" "50 12" "60 16" "80 24" "200 50"; do
	set -- $size
	for pair in "m.db market-pulse-asia.txt market-watch.txt" "o.db a-long-outlet-one.txt a-long-outlet-two.txt"; do
		# shellcheck disable=SC2086
		set -- "$1" "$2" $pair
		names "$1" "$2" "$3"
		left=$(sed -n 1p got)
		right=$(sed -n 2p got)
		if [ "$1" = 200 ]; then
			is "$left|$right" "$4|$5" "$1x$2: both names whole"
		elif [ "$1" = 40 ] && [ "$3" = o.db ]; then
			# four columns: what is left after the 14 shared ones
			is "$left|$right" "…on…|…t…" "$1x$2: the shared 'a-long-outlet-' gives way to what differs"
		else
			apart "$left" "$4" "$5" && apart "$right" "$5" "$4"
			ok $? "$1x$2: '$left' and '$right' tell $4 and $5 apart"
		fi
	done
done
done_testing
