#!/usr/bin/env bash
# Security: nothing from an article (or a file name) reaches the terminal
# raw — an OSC title set, a clear screen, an OSC 52 clipboard write, CSI
# colours, C1 controls and bidi overrides — in any text output, in messages
# on standard error, or in the review (tmux with set-clipboard on: no paste
# buffer appears, the pane title stays); every SQL parameter is bound (names,
# stories, reviewers, notes and tags holding quotes and ';' go in and come
# back byte for byte, and no SQL is built with %s); no system() or popen()
# and the editor runs without a shell; exports are atomic (a failed export
# leaves the old file and no temporary file) and never written through a
# symbolic link; the store, its -wal and -shm are created 0600 whatever the
# umask.
. "$top_srcdir/tests/tui/lib.sh"
command -v sqlite3 >/dev/null 2>&1 || skip_all "the sqlite3 CLI is not installed"

# raw_ok DESC FILE: FILE holds no ESC, no C1 control (U+0080..U+009F), no
# BEL, no bidi control (U+202A..U+202E, U+2066..U+2069)
raw_ok() {
	local hits
	hits=$(LC_ALL=C grep -c -a -P '\x1b|\x07|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]' "$2")
	is "${hits:-0}" 0 "$1: no raw escape, BEL, C1 or bidi control"
}

ESC=$(printf '\033')
# an article with every trick: title set, clear screen, cursor home, OSC 52
# (clipboard), CSI colours, 8-bit CSI and OSC (C1), bidi overrides/isolates
printf 'Evil \033]0;PWNED\007title \033[2J\033[H here\n\nOn July 20, 2024 the \033[31mfirm\033[0m said it cut 50 jobs \342\200\256reversed\342\200\254 text. Copy \033]52;c;ZXZpbA==\007 now.\nC1 \302\233 31m and \302\235 0;x \302\234 and \342\201\246iso\342\201\251 end on July 21, 2024.\n' >evil.txt
printf 'Calm title\n\nOn July 20, 2024 the firm said it cut 60 jobs.\n' >calm.txt
run --db e.db add --story "s'; DROP TABLE sources; --" evil.txt calm.txt
is "$rc" 0 "the hostile article is added"
raw_ok "add's report" "$T/.out"

# ctl_ok DESC FILE: no C0 control but tab and newline (JSON to a pipe: jansson
# escapes those; C1 and bidi characters are valid JSON text there)
ctl_ok() {
	local hits
	hits=$(LC_ALL=C grep -c -a -P '[\x00-\x08\x0b-\x1f\x7f]' "$2")
	is "${hits:-0}" 0 "$1: no raw control character"
}
# on_tty ARGS...: crosscheck with standard output on a terminal (script(1))
on_tty() {
	local cmd
	cmd=$(printf '%q ' "$CROSSCHECK" "$@")
	script -qec "$cmd" /dev/null >"$T/.out" 2>"$T/.err" </dev/null
	rc=$?
}
for c in "list" "show evil.txt" "claims" "conflicts" "extract evil.txt"; do
	# shellcheck disable=SC2086
	run --db e.db $c
	is "$rc" 0 "$c: exit 0"
	raw_ok "$c" "$T/.out"
done
for c in "list --format jsonl" "show --format jsonl evil.txt" "claims --format jsonl" \
	"conflicts --format jsonl" "extract --format jsonl evil.txt"; do
	# shellcheck disable=SC2086
	run --db e.db $c
	is "$rc" 0 "$c: exit 0"
	ctl_ok "$c to a pipe" "$T/.out"
	if command -v script >/dev/null 2>&1; then
		# shellcheck disable=SC2086
		on_tty --db e.db $c
		raw_ok "$c on a terminal (ASCII-escaped)" "$T/.out"
	fi
done
# a store made elsewhere is text too: a source's date and where it came
# from, as list and show print them
cp e.db d.db
sqlite3 d.db "UPDATE sources SET pub_date = '2024-07-20' || char(27) || ']0;D' || char(7),
	date_origin = 'url' || char(27) || '[2J'"
is "$?" 0 "a copy of the store with control bytes in a source's date and its origin"
for c in "list" "show evil.txt"; do
	# shellcheck disable=SC2086
	run --db d.db $c
	is "$rc" 0 "$c of a store with control bytes in a date: exit 0"
	raw_ok "$c of a store with control bytes in a date and its origin" "$T/.out"
done
# escape sequences are no text of the article: dropped when it is added
run --db e.db show evil.txt
like "$out" "Evil title  here" "the title set and clear screen are dropped from the stored text"
like "$out" "Copy  now." "the OSC 52 write is dropped from the stored text"
unlike "$out" "PWNED" "nothing of the OSC's payload is kept"
# ... and a store whose text holds them (made elsewhere) is drawn inert
sqlite3 d.db "UPDATE sources SET text = replace(text, 'Evil', char(27) || '[2J')"
run --db d.db show evil.txt
like "$out" "␛[2J title" "show draws a clear screen stored in a text as visible pictures"
raw_ok "show of a store with an escape in a text" "$T/.out"
claim=$(sqlite3 -readonly e.db 'SELECT min(id) FROM claims')
run --db e.db annotate "$claim" --verdict false --note "$(printf 'a \033]0;T\007 b \342\200\256 c')"
raw_ok "annotate's report" "$T/.out"
run --db e.db annotate "$claim" --history
raw_ok "annotate --history" "$T/.out"
if "$CROSSCHECK" help export >/dev/null 2>&1; then
	for f in json jsonl csv markdown; do
		run --db e.db export --format "$f"
		is "$rc" 0 "export --format $f: exit 0"
		case $f in
		json*) ctl_ok "export --format $f" "$T/.out" ;;
		*) raw_ok "export --format $f" "$T/.out" ;;
		esac
	done
fi

# file names are untrusted too (a download folder, a --files-from list):
# messages on standard error must not carry them raw
evilname="x${ESC}]0;PWNED$(printf '\007')${ESC}[2J.txt"
printf 'bad \377\n' >"$evilname"
run --db e.db add "$evilname"
is "$rc" 1 "a refused file with escapes in its name: exit 1"
raw_ok "the refusal of a file named with escapes (standard error)" "$T/.err"
run --db e.db add "missing${ESC}]52;c;eA==$(printf '\007').txt"
raw_ok "the refusal of a missing file named with escapes (standard error)" "$T/.err"
run --db e.db show "nope${ESC}[2J"
raw_ok "show of a missing source named with escapes (standard error)" "$T/.err"
printf 'Good title\n\nA good file named badly.\n' >"ok${ESC}[2J.txt"
run --db e.db add "ok${ESC}[2J.txt"
raw_ok "add's report of a file named with escapes" "$T/.out"

# ---- the review -------------------------------------------------------------
TM() { "$TMUX_BIN" -L "$TUI_SOCK" -f /dev/null "$@"; }
# (adding drops escape sequences: the review reads a store made elsewhere,
# whose text holds an OSC 52 write in the bytes of "Evil title")
cp e.db r.db
sqlite3 r.db "UPDATE sources SET text = replace(text, 'Evil title', char(27) || ']52;c;ZA' || char(7))"
tui_start 100 30 xterm-256color "$(review_cmd r.db sec)"
TM set-option -g set-clipboard on >/dev/null 2>&1
scr=$(tui_wait "source 1/")
ok $? "the review opens the hostile article"
tui_keys j j
scr=$(tui_stable)
like "$scr" "␛]52;c;ZA␇" "the review draws the OSC 52 write as visible pictures"
is "$(TM list-buffers 2>/dev/null | wc -l)" 0 "no OSC 52 clipboard write reached tmux (no paste buffer)"
unlike "$(TM display-message -p -t t '#{pane_title}')" "PWNED" "the pane title was not set"
raw=$(TM capture-pane -p -e -t t)
unlike "$raw" "${ESC}]52;" "no OSC 52 sequence is on the screen as an escape"
tui_keys Q
tui_dead >/dev/null

# ---- SQL: every parameter bound ------------------------------------------------
q="o'brien\"; DROP TABLE sources; --"
run --db q.db add --name "$q" --story "$q" --url "https://x.example/?a='1';--" calm.txt
is "$rc" 0 "a name, story and URL with quotes and ';' are taken"
run --db q.db list --format jsonl
like "$out" "\"name\":\"o'brien\\\"; DROP TABLE sources; --\"" "the name comes back byte for byte"
like "$out" "\"story\":\"o'brien\\\"; DROP TABLE sources; --\"" "the story comes back byte for byte"
run --db q.db show "$q"
is "$rc" 0 "show finds the source by its hostile name"
run --db q.db show "x' OR '1'='1"
is "$rc" 1 "a name that is an injection attempt is just a missing source"
c=$(sqlite3 -readonly q.db 'SELECT min(id) FROM claims')
note="it's; DELETE FROM annotations; -- \"quoted\" 'x' %s %n \\"
run --db q.db annotate "$c" --verdict true --note "$note" --tag "t'x;y" --reviewer "$q"
is "$rc" 0 "a note, tag and reviewer with quotes and ';' are taken"
is "$(sqlite3 -readonly q.db "SELECT note FROM annotations ORDER BY id DESC LIMIT 1")" "$note" \
	"the note is stored byte for byte"
is "$(sqlite3 -readonly q.db "SELECT reviewer || '|' || tags FROM annotations ORDER BY id DESC LIMIT 1")" \
	"$q|t'x;y" "the reviewer and the tag are stored byte for byte"
run --db q.db conflicts --story "x' OR '1'='1"
is "$rc:$out" "1:" "a hostile --story filter matches no story (exit 1, nothing listed)"
like "$err" "belongs to the story 'x' OR '1'='1'" "and is named as typed"
is "$(sqlite3 -readonly q.db "SELECT count(*) FROM sqlite_schema WHERE name IN ('sources', 'annotations')")" 2 \
	"no table was dropped"
# no SQL text built with %s, %q, %Q or %w (parameters are bound instead)
# (a table alias's letter, as in "s%s.name", is ours, not a value)
spliced=$(grep -nE '(SELECT|INSERT|UPDATE|DELETE|WHERE|PRAGMA|VALUES)[^"]*%[-0-9.]*[sqQw]' \
	"$top_srcdir"/store/*.c "$top_srcdir"/src/*.c "$top_srcdir"/ui/*.c 2>/dev/null |
	grep -vE '[a-z]%s\.[a-z_]+')
is "$spliced" "" "no SQL is built by formatting strings into it"

# ---- no shell ----------------------------------------------------------------------
calls=$(grep -nE '\b(system|popen)[[:space:]]*\(' "$top_srcdir"/src/*.c "$top_srcdir"/store/*.c \
	"$top_srcdir"/ui/*.c | grep -v '^[^:]*:[0-9]*:[[:space:]]*/\?\*')
is "$calls" "" "no system() or popen() in src/, store/ or ui/"
shells=$(grep -nE '"(/bin/)?sh"|"-c"' "$top_srcdir"/src/*.c "$top_srcdir"/store/*.c "$top_srcdir"/ui/*.c)
is "$shells" "" "no shell is run (the note editor is run with execvp)"
# the editor command is split, not run by a shell: a ';' in it is an argument
mkdir -p bin
cat >bin/fake-editor <<'EOF'
#!/bin/sh
# writes its arguments, one a line, beside the note file, then a note
for a in "$@"; do printf '%s\n' "$a"; done >"$HOME/editor-args"
printf 'from the editor\n' >"$1.tmp" 2>/dev/null
last=
for a in "$@"; do last=$a; done
printf 'note from the editor\n' >"$last"
EOF
chmod +x bin/fake-editor
fixture v.db calm.txt
TUI_ENV="VISUAL='$T/bin/fake-editor;touch$T/pwned' PATH='$T/bin:$PATH'" tui_start 100 30 xterm-256color \
	"$(review_cmd v.db ed)"
tui_wait "source 1/" >/dev/null
tui_keys e
tui_stable >/dev/null
tui_keys Q
tui_dead >/dev/null
check "a ';' in \$VISUAL does not run a second command" test ! -e "$T/pwned"

# ---- exports -----------------------------------------------------------------------
if "$CROSSCHECK" help export >/dev/null 2>&1; then
	echo "precious" >target.txt
	ln -s target.txt link.json
	run --db e.db export -o link.json
	is "$rc" 0 "export to a symbolic link: exit 0"
	is "$(cat target.txt)" "precious" "export never writes through a symbolic link"
	check "the link is replaced by a regular file" test -f link.json -a ! -L link.json
	echo "old export" >old.json
	(trap '' XFSZ; ulimit -f 1; "$CROSSCHECK" --db e.db export -o old.json >xfsz.out 2>xfsz.err)
	is "$?" 1 "an export that cannot be written whole: exit 1"
	is "$(cat old.json)" "old export" "a failed export leaves the old file as it was"
	is "$(ls -a | grep -c 'old.json.tmp')" 0 "a failed export leaves no temporary file"
	mkdir -p ro && chmod 555 ro
	if [ "$(id -u)" -ne 0 ]; then
		run --db e.db export -o ro/x.json
		is "$rc" 1 "an export into a folder that is not writable: exit 1"
	fi
	chmod 755 ro
else
	ok 0 "# SKIP exports: 'crosscheck export' is not wired into the CLI yet"
fi

# ---- modes -----------------------------------------------------------------------
(umask 000; "$CROSSCHECK" --db m.db add calm.txt >/dev/null 2>&1; \
	"$CROSSCHECK" --db m.db annotate 1 --verdict true >/dev/null 2>&1)
is "$(stat -c %a m.db)" 600 "the store is created 0600 even with umask 000"
sqlite3 m.db 'PRAGMA journal_mode' >/dev/null 2>&1
# the -wal and -shm files exist while a connection is open: one holds a
# read transaction for a few seconds while crosscheck opens the store too
(umask 000
 { printf 'BEGIN; SELECT count(*) FROM sources;\n'; sleep 3; } | sqlite3 m.db >/dev/null 2>&1 &
 sleep 0.5
 "$CROSSCHECK" --db m.db list >/dev/null 2>&1)
for f in m.db-wal m.db-shm; do
	mode=$(stat -c %a "$f" 2>/dev/null) # one look: the files go when the last connection closes
	if [ -n "$mode" ]; then
		is "$mode" 600 "$f is 0600"
	else
		ok 0 "# SKIP $f was not left behind to check"
	fi
done

done_testing
