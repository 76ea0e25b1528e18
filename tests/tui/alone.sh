#!/usr/bin/env bash
# The conflict view says when one side stands alone in the story: its claim
# meets two or more sources, in conflicts of one kind, that dispute nothing
# but it (as `crosscheck conflicts` says after its list; README: "The
# review", Conflict view).
. "$top_srcdir/tests/tui/lib.sh"
# own wording: four outlets on one mill's head count
mill() { # mill NAME HEADLINE LEAD
	printf '%s\n\nBRACKLEY, March 3, 2025 - %s\n' "$2" "$3" >"$1.txt"
}
story() { # story DB A B C D: the four outlets' head counts
	mill a "Dunmore paper mill to close" "The Dunmore paper mill will close in June, its owner Ashcombe Pulp said on Monday. The mill employs $2 workers."
	mill b "Ashcombe shuts Dunmore mill" "Ashcombe Pulp said on Monday that it will shut its Dunmore mill in June. The mill employs $3 workers, most of them from the town."
	mill c "Mill closure hits Dunmore" "Dunmore will lose its paper mill in June, Ashcombe Pulp announced on Monday. The mill employs $4 workers on three shifts."
	mill d "Dunmore mill closing" "Ashcombe Pulp will close the Dunmore paper mill in June, the company said on Monday. The mill employs $5 workers."
	fixture "$1" --story mill a.txt b.txt c.txt d.txt
}
story alone.db 240 240 240 310
is "$("$CROSSCHECK" --db alone.db conflicts --format jsonl | jq -s length)" 3 "fixture: d.txt's 310 against three outlets' 240"
story three.db 240 240 310 400
is "$("$CROSSCHECK" --db three.db conflicts --format jsonl | jq -s 'length > 2')" true "fixture: three figures"

# view DB W H: the conflict view of the first conflict from a.txt's side
view() {
	tui_start "$2" "$3" xterm-256color "$(review_cmd "$1" kim)"
	tui_wait "source 1/4" >/dev/null
	tui_keys n
	tui_keys c
	tui_wait "Conflict 1/" | tr '\n' ' ' | tr -s ' ' >got
	tui_keys Q
	tui_dead >/dev/null
}
view alone.db 100 30
like "$(cat got)" "d.txt stands alone: 3 sources that do not dispute each other disagree with it here." \
	"a.txt's conflict with d.txt: the view says d.txt stands alone against the three who agree"
like "$(cat got)" "Why: " "... after the explanation"
view three.db 100 30
like "$(cat got)" "Why: " "three outlets with three figures: the view shows the explanation"
unlike "$(cat got)" "stands alone" "... and no side stands alone"

# panel DB SOURCE: the claims panel of the SOURCE-th source (1 to 4)
panel() {
	tui_start 100 30 xterm-256color "$(review_cmd "$1" kim)"
	tui_wait "source 1/4" >/dev/null
	local k
	for ((k = 1; k < $2; k++)); do
		tui_keys ']'
		tui_wait "source $((k + 1))/4" >/dev/null
	done
	tui_raw >got
	tui_keys Q
	tui_dead >/dev/null
}
# the claims panel marks the claim that stands alone "alone", the claims
# that outvote it "conflict"
panel alone.db 4
like "$(grep 'worker: 310' got)" " alone +0 !3" "d.txt's 310, standing alone, is marked alone in its panel"
unlike "$(cat got)" " conflict " "... and none of d.txt's claims merely conflict"
panel alone.db 1
like "$(grep 'worker: 240' got)" " conflict +2 !1" "a.txt's 240, which d.txt disputes, is marked conflict"
unlike "$(cat got)" " alone " "... and nothing in a.txt stands alone"
panel three.db 4
unlike "$(cat got)" " alone " "three outlets with three figures: no claim is marked alone"
like "$(cat got)" " conflict " "... they are marked conflict"
# a verdict wins over the mark
"$CROSSCHECK" --db alone.db annotate "$("$CROSSCHECK" --db alone.db conflicts --format jsonl | jq -r 'if .a.source == "d.txt" then .a.claim else .b.claim end' | head -n 1)" --verdict false --reviewer kim >/dev/null
panel alone.db 4
unlike "$(cat got)" " alone " "once a verdict is given, d.txt's claim shows the verdict, not alone"
like "$(grep 'worker: 310' got)" " false +0 !3" "... false"
done_testing
