# lib.sh: helpers for the TUI tests: each test drives the real review in
# its own tmux server (tmux -L NAME -f /dev/null), with LANG=C.UTF-8, TZ=UTC,
# a fixed TERM and size, a private HOME/XDG, and waits for a stable screen or
# a marker (never a fixed sleep) under a hard timeout. Sourced after
# tests/cli/lib.sh's TAP helpers (sourced here unless the test did first).
declare -F done_testing >/dev/null || . "$top_srcdir/tests/cli/lib.sh"

TMUX_BIN=${TMUX_BIN:-$(command -v tmux || true)}
[ -n "$TMUX_BIN" ] && [ -x "$TMUX_BIN" ] || skip_all "tmux is not installed"
unset TMUX TMUX_PANE
export LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=UTC
# under --enable-sanitizers: a library's leak that is not ours (see the file)
export LSAN_OPTIONS="suppressions=$top_srcdir/tests/tui/lsan.supp:fast_unwind_on_malloc=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
TUI_BASE="cc-tui-$$-${0##*/}"
# how long a wait for the program may take, in 50 ms steps (30 s): long
# enough for a machine busy with other builds, where a program's start has
# taken more than 10 s; a passing test never waits for it
TUI_STEPS=${TUI_STEPS:-600}
TUI_N=0
TUI_SOCK="$TUI_BASE-0"
TM() { "$TMUX_BIN" -L "$TUI_SOCK" -f /dev/null "$@"; }

# ---- reading a captured screen
# row SCREEN N: the screen's Nth row (row_with in a test: the first row holding a string)
row() { printf '%s\n' "$1" | sed -n "$2p"; }
# width TEXT: its width in columns
width() { printf '%s' "$1" | wc -L; }
# matches TEXT ERE NAME: a test that TEXT has a line matching ERE
matches() {
	if printf '%s\n' "$1" | grep -qE -- "$2"; then
		ok 0 "$3"
	else
		ok 1 "$3"
		printf '#   [%s]\n#   does not match [%s]\n' "$1" "$2"
	fi
}

tui_cleanup() {
	local i
	for i in $(seq 0 "$TUI_N"); do
		"$TMUX_BIN" -L "$TUI_BASE-$i" -f /dev/null kill-server >/dev/null 2>&1
	done
	rm -rf "$T"
}
trap tui_cleanup EXIT
: "${top_builddir:=$(cd "$(dirname "$CROSSCHECK")" && pwd)}"
DRIVER="$top_builddir/tests/tui/review_driver"

# review_cmd DB REVIEWER: the command line that opens the review, as a
# string for a tmux pane: `crosscheck review` once the CLI has it, else the
# test driver that calls ui_review the same way.
review_cmd() {
	if "$CROSSCHECK" help review >/dev/null 2>&1; then
		printf '%q --db %q review --reviewer %q' "$CROSSCHECK" "$1" "$2"
	else
		printf '%q %q %q' "$DRIVER" "$1" "$2"
	fi
}

# tui_start W H TERM CMD: runs CMD (a string) in a fresh tmux server. A
# shell around it prints "[exit N]" and exits with the program's status:
# tui_dead takes whichever shows first (tmux may lose the last output of a
# pane, or be slow to mark it dead).
tui_start() {
	local w=$1 h=$2 term=$3
	shift 3
	# a fresh server each time: reusing a socket races with the old server's exit
	TM kill-server >/dev/null 2>&1
	TUI_N=$((TUI_N + 1))
	TUI_SOCK="$TUI_BASE-$TUI_N"
	TM start-server \; set-option -g remain-on-exit on \; \
		new-session -d -s t -x "$w" -y "$h" \
		"env TERM=$term LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME='$HOME' XDG_CONFIG_HOME='$XDG_CONFIG_HOME' ${TUI_ENV:-} $*; s=\$?; echo \"[exit \$s]\"; exit \$s"
}

tui_raw() { TM capture-pane -p -t t 2>/dev/null | sed 's/[[:space:]]*$//'; }

# tui_stable: waits until two captures 50 ms apart are equal (at most 10 s)
# and prints the screen, trailing spaces trimmed.
tui_stable() {
	local prev="" cur i
	for i in $(seq 1 200); do
		cur=$(tui_raw)
		if [ -n "$cur" ] && [ "$cur" = "$prev" ]; then
			printf '%s\n' "$cur"
			return 0
		fi
		prev=$cur
		sleep 0.05
	done
	printf '%s\n' "$cur"
	return 1
}

# tui_wait TEXT: waits (at most TUI_STEPS) until the screen shows TEXT,
# then until it is stable; prints the screen. Fails when TEXT never shows.
tui_wait() {
	local i
	for i in $(seq 1 "$TUI_STEPS"); do
		if tui_raw | grep -qF -- "$1"; then
			tui_stable
			return 0
		fi
		sleep 0.05
	done
	tui_raw
	return 1
}

tui_keys() { TM send-keys -t t "$@"; }

# tui_dead: waits for the program to exit; prints its exit status.
tui_dead() {
	local i st
	for i in $(seq 1 "$TUI_STEPS"); do
		st=$(tui_raw | grep -o '^\[exit [0-9]*\]' | tail -n 1)
		if [ -n "$st" ]; then
			st=${st#\[exit }
			echo "${st%\]}"
			return 0
		fi
		st=$(TM display-message -p -t t '#{pane_dead} #{pane_dead_status}' 2>/dev/null)
		case $st in
		"1 "[0-9]*) echo "${st#1 }"; return 0 ;;
		esac
		sleep 0.05
	done
	echo running
	return 1
}

# tui_pid: the review's process id (the child of the pane's shell).
tui_pid() { pgrep -P "$(TM display-message -p -t t '#{pane_pid}')" | head -n 1; }

tui_resize() { TM resize-window -t t -x "$1" -y "$2"; }

# fixture DB FILES...: a store with these articles.
fixture() {
	local db=$1
	shift
	"$CROSSCHECK" --db "$db" add "$@" >/dev/null 2>&1
}

# sql DB QUERY: one value from the store (needs the sqlite3 CLI).
sql() { sqlite3 -readonly "$1" "$2" 2>&1; }

# Mouse reports typed into the pane as the terminal would send them (tmux
# passes them to the program as they are). X and Y are 1-based screen
# columns and rows; B the button code (0 left, 3 release in X10, 64 wheel
# up, 65 wheel down).
# mouse_sgr B X Y [M|m]: SGR (1006): ESC [ < B ; X ; Y M (m: release),
# what ncurses expects where kmous is \E[< (xterm-256color).
mouse_sgr() {
	local s
	s=$(printf '\033[<%d;%d;%d%s' "$1" "$2" "$3" "${4:-M}")
	tui_keys -H $(printf '%s' "$s" | od -An -tx1)
}
# mouse_x10 B X Y: X10 (1000): ESC [ M and three bytes, each the value
# plus 32, what ncurses expects where kmous is \E[M (tmux-256color).
mouse_x10() {
	tui_keys -H 1b 5b 4d $(printf '%02x %02x %02x' $((32 + $1)) $((32 + $2)) $((32 + $3)))
}

# tui_changed BEFORE: waits (at most TUI_STEPS) until the screen differs
# from BEFORE, then until it is stable; prints the screen. Fails if it
# never does.
tui_changed() {
	local i
	for i in $(seq 1 "$TUI_STEPS"); do
		if [ "$(tui_raw)" != "$1" ]; then
			tui_stable
			return 0
		fi
		sleep 0.05
	done
	tui_raw
	return 1
}

# tui_reverse_rows left|right: the 1-based rows that show reverse video
# left of the pane separator (the article) or right of it (the claims panel),
# side by side layout; rows without a separator are left out (the status
# line has its own bars: leave its row out too).
tui_reverse_rows() {
	TM capture-pane -p -e -t t 2>/dev/null | awk -v side="$1" '
	{
		# the pane separator: the last one (the gutter of the article
		# marks the lines of a selected claim with the same bar)
		sep = 0
		for (k = index($0, "│"); k; k = index(substr($0, sep + 1), "│")) sep += k
		if (!sep) next
		line = side == "left" ? substr($0, 1, sep - 1) : $0
		start = side == "left" ? 1 : sep + length("│")
		rev = 0; hit = 0; pos = 1
		# walk the line: escapes set the attributes, any other byte is
		# text, shown reversed or not
		while (pos <= length(line)) {
			rest = substr(line, pos)
			if (match(rest, /^\033\[[0-9;]*m/)) {
				n = split(substr(rest, 3, RLENGTH - 3), p, ";")
				if (n == 0) rev = 0
				for (i = 1; i <= n; i++) {
					if (p[i] == "" || p[i] == "0" || p[i] == "27") rev = 0
					else if (p[i] == "7") rev = 1
				}
				pos += RLENGTH
				continue
			}
			if (rev && pos >= start && substr(rest, 1, 1) != " ") hit = 1
			pos++
		}
		if (hit) print NR
	}'
}
