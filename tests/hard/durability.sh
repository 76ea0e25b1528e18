#!/usr/bin/env bash
# Durability: 100 annotation steps in the review (verdicts, notes, tags,
# undo) with SIGKILL at random moments — sometimes right after a key is
# sent, before the screen could answer, sometimes after it said "Saved" —
# and a restart after each kill. Every annotation the screen showed as saved
# must be in the store afterwards, and PRAGMA integrity_check must be ok.
# The random sequence is seeded (CC_SEED, printed) so a failure can be
# replayed.
. "$top_srcdir/tests/tui/lib.sh"
command -v sqlite3 >/dev/null 2>&1 || skip_all "the sqlite3 CLI is not installed"
fixture k.db "$top_srcdir"/examples/kaspersky/*.txt
cmd=$(review_cmd k.db dur)
seed=${CC_SEED:-$(( $(date +%s) % 100000 ))}
echo "# CC_SEED=$seed"
RANDOM=$seed

start_review() {
	tui_start 120 30 xterm-256color "$cmd"
	tui_wait "source 1/" >/dev/null
}

# the latest "Saved: ..." message on the screen, or ""
saved_line() { tui_raw | grep -o 'Saved: [^│]*' | tail -n 1 | sed 's/[[:space:]]*$//'; }

# waits (at most 10 s) for a "Saved" message other than $1; prints it
wait_saved() {
	local i s
	for i in $(seq 1 200); do
		s=$(saved_line)
		if [ -n "$s" ] && [ "$s" != "$1" ]; then
			printf '%s\n' "$s"
			return 0
		fi
		sleep 0.05
	done
	return 1
}

verdicts=(verdict-cleared true false misleading unverifiable)
shown=() # what the screen showed as saved, as "claim N verdict V" / "note N TEXT"
kills=0 prev="" lost=0
start_review
for step in $(seq 1 100); do
	# move somewhere (sometimes to another source), then annotate
	case $(( RANDOM % 6 )) in
	0) tui_keys ']' ;;
	1) tui_keys k ;;
	*) tui_keys j ;;
	esac
	kind=$(( RANDOM % 5 ))
	if [ "$kind" -le 2 ]; then
		v=$(( RANDOM % 5 ))
		tui_keys "$v"
	elif [ "$kind" -eq 3 ]; then
		tui_keys a C-u
		tui_keys -l "note $step: it's \"odd\"; yes"
		tui_keys Enter
	else
		tui_keys '#' C-u
		tui_keys -l "t$step, x"
		tui_keys Enter
	fi
	if [ $(( RANDOM % 8 )) -eq 0 ]; then
		# kill now: whatever was not shown yet need not be there
		sleep "0.0$(( RANDOM % 10 ))"
		s=$(saved_line)
		[ -n "$s" ] && [ "$s" != "$prev" ] && shown+=("$s")
		kill -9 "$(tui_pid)" 2>/dev/null
		tui_dead >/dev/null
		kills=$((kills + 1))
		start_review
		prev=""
		continue
	fi
	if s=$(wait_saved "$prev"); then
		shown+=("$s")
		prev=$s
	else
		lost=$((lost + 1)) # the same state again: no new message
	fi
	if [ $(( RANDOM % 10 )) -eq 0 ]; then
		kill -9 "$(tui_pid)" 2>/dev/null
		tui_dead >/dev/null
		kills=$((kills + 1))
		start_review
		prev=""
	fi
done
tui_keys Q
tui_dead >/dev/null
echo "# $kills kills, ${#shown[@]} annotations shown as saved, $lost steps without a new message"
ok $(( kills < 5 )) "the review was killed at least 5 times ($kills)"
ok $(( ${#shown[@]} < 50 )) "at least 50 annotations were shown as saved (${#shown[@]})"

# every shown annotation is in the log (an entry for that claim with that
# verdict / note / tags, by this reviewer)
missing=0
for s in "${shown[@]}"; do
	case $s in
	"Saved: claim "*)
		rest=${s#Saved: claim #}
		id=${rest%% *}
		v=${rest#* }
		if [ "$v" = "verdict cleared" ]; then
			q="SELECT count(*) FROM annotations WHERE claim_id = $id AND verdict IS NULL AND reviewer = 'dur'"
		else
			q="SELECT count(*) FROM annotations WHERE claim_id = $id AND verdict = '$v' AND reviewer = 'dur'"
		fi ;;
	"Saved: note on claim "*)
		rest=${s#Saved: note on claim #}
		id=${rest%% *}
		q="SELECT count(*) FROM annotations WHERE claim_id = $id AND note LIKE 'note %' AND reviewer = 'dur'" ;;
	"Saved: tags of claim "*)
		rest=${s#Saved: tags of claim #}
		id=${rest%%:*}
		tags=${rest#*: }
		q="SELECT count(*) FROM annotations WHERE claim_id = $id AND tags = '$tags' AND reviewer = 'dur'" ;;
	*) q="SELECT 0" ;;
	esac
	n=$(sql k.db "$q")
	if [ "${n:-0}" -lt 1 ]; then
		missing=$((missing + 1))
		echo "# shown as saved but not in the store: $s"
	fi
done
is "$missing" 0 "every annotation shown as saved is in the store"
is "$(sql k.db 'PRAGMA integrity_check')" ok "PRAGMA integrity_check is ok"
is "$(sql k.db "SELECT count(*) FROM sessions WHERE reviewer = 'dur'")" "$((kills + 1))" \
	"each run (killed or not) is a session of its own"
done_testing
