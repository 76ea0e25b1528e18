#!/usr/bin/env bash
# The review with another reviewer's work on the claims: `u` takes back only
# what you held (the claim's ≠ and ✎ follow, the other reviewer's verdict
# and note stay shown), Ctrl-R gives it back, and `0` with no verdict of
# yours, like every key that would change nothing, says so and writes
# nothing (README: "Sessions and safety"); a verdict key giving again what
# you hold, under another reviewer's newer verdict, is saved and shown.
. "$top_srcdir/tests/tui/lib.sh"
command -v sqlite3 >/dev/null 2>&1 || skip_all "the sqlite3 CLI is not installed"
command -v jq >/dev/null 2>&1 || skip_all "jq is not installed"
cat >story.txt <<'TXT'
Lindqvist Freight said on Tuesday that it will close its Tacoma depot on March 3, 2025.

The company said that fewer than 40 drivers would lose their jobs.
TXT
fixture s.db story.txt
ok $? "fixture store"
ann() { "$CROSSCHECK" --db s.db annotate "$@" >/dev/null; }
ann 1 --verdict false --note 'alice: wrong day' --reviewer alice
ann 1 --verdict true --reviewer bob
ann 2 --note 'bob: matches' --reviewer bob
ann 2 --note 'alice: no' --reviewer alice
entries() { sql s.db "SELECT count(*) FROM annotations"; }
row_with() { printf '%s\n' "$1" | grep -F "$2" | head -n 1; }

tui_start 120 30 xterm-256color "$(review_cmd s.db alice)"
scr=$(tui_wait "claim 1/")
like "$(row_with "$scr" "Tuesday ANNOUNCE")" "true ≠✎ +0 !0" "at start: claim 1 disputed, with alice's note, bob's verdict"
tui_keys u
scr=$(tui_wait "Undone: claim #2")
like "$(row_with "$scr" "2025-03-03 CLOSE")" "✎" "u on claim 2: a note is still shown"
is "$("$CROSSCHECK" --db s.db export | jq -r '.claims[] | select(.id == 2) | "\(.note)|\(.notes | map(.reviewer) | join(","))"')" \
	"bob: matches|bob" "... bob's, and alice holds none"
tui_keys u
scr=$(tui_wait "Undone: claim #1")
like "$(row_with "$scr" "Tuesday ANNOUNCE")" "true   +0 !0" "u on claim 1: bob's verdict stays, no longer disputed, no note"
unlike "$(row_with "$scr" "Tuesday ANNOUNCE")" "≠" "... no ≠"
tui_keys C-r
scr=$(tui_wait "Redone: claim #1")
like "$(row_with "$scr" "Tuesday ANNOUNCE")" "true ≠✎ +0 !0" "Ctrl-R: alice holds her verdict and note again, bob's stays shown"
n=$(entries)
tui_keys j j 0
scr=$(tui_wait "to clear")
like "$scr" "Claim #3: nothing changed: no verdict of yours to clear" "0 with no verdict of yours: says so"
is "$(entries)" "$n" "... and writes nothing"
# each annotation key that would change nothing says so and writes nothing,
# as `annotate` does; u then takes back the last real change
tui_keys 1
tui_wait "Saved: claim #3 true" >/dev/null
ok $? "1 on claim 3: saved"
n=$(entries)
# key(s) | what the message says
while IFS='|' read -r keys why; do
	before=$(tui_raw)
	# shellcheck disable=SC2086
	tui_keys $keys
	scr=$(tui_wait "nothing changed: $why")
	like "$scr" "Claim #3: nothing changed: $why" "no-op $keys: says so"
	is "$(entries)" "$n" "no-op $keys: writes nothing"
done <<'ROWS'
1|you already hold that verdict
a Enter|no note of yours to clear
# Enter|the tags are already those
ROWS
tui_keys u
tui_wait "Undone: claim #3" >/dev/null
is "$("$CROSSCHECK" --db s.db export | jq -r '.claims[] | select(.id == 3) | "\(.verdict)"')" "null" \
	"u after the no-ops undoes the verdict alice gave, not a no-op"
# alice holds false on claim 1, bob's newer true is shown: 2 restates hers,
# and the claim shows it (README: "annotate")
tui_keys k k 2
scr=$(tui_wait "Saved: claim #1 false")
like "$scr" "Saved: claim #1 false" "2 on claim 1, where bob's newer true is shown: saved"
is "$("$CROSSCHECK" --db s.db export | jq -r '.claims[] | select(.id == 1) | .verdict')" "false" \
	"... and the claim shows alice's false"
tui_keys Q
is "$(tui_dead)" "0" "quits normally"
is "$("$CROSSCHECK" --db s.db agreement --format jsonl | jq -r 'select(.type == "disagreement") | .verdicts | map(.reviewer + "=" + .verdict) | join(",")')" \
	"alice=false,bob=true" "agreement after the session: alice holds her redone verdict"

# ---- who reviews with neither $USER nor $LOGNAME (a shell without a
# login): the uid's login name, the same in annotate and on the review's
# status line, never "reviewer reviewer"
login=$(id -un 2>/dev/null) || login=""
want=${login:+reviewer $login}
env -u USER -u LOGNAME "$CROSSCHECK" --db s.db annotate 3 --tag nouser >/dev/null
like "$("$CROSSCHECK" --db s.db annotate 3 --history | tail -n 1)" "  ${login:-reviewer}  " \
	"annotate without \$USER and \$LOGNAME: the uid's login name"
status_row() { printf '%s\n' "$1" | grep -F "open conflict" | tail -n 1; }
tui_start 120 30 xterm-256color "env -u USER -u LOGNAME $(printf '%q --db %q review' "$CROSSCHECK" s.db)"
scr=$(tui_wait "claim 1/")
like "$(status_row "$scr")" "│ ${want:-reviewer}" "the review without them: the same name on the status line"
unlike "$scr" "reviewer reviewer" "... not 'reviewer reviewer'"
tui_keys Q
is "$(tui_dead)" "0" "... quits normally"
# the word both fall back to when nothing names anyone: shown once
tui_start 120 30 xterm-256color "$(printf '%q %q %q' "$DRIVER" s.db '')"
scr=$(tui_wait "claim 1/")
like "$(status_row "$scr")" "open conflicts │ reviewer" "an empty reviewer: the fallback word on the status line"
unlike "$scr" "reviewer reviewer" "... once"
tui_keys Q
is "$(tui_dead)" "0" "... quits normally"

# ---- u and Ctrl-R with nothing of yours, when entries were written as
# "reviewer" (an older crosscheck without $USER): the bottom line says how
# to act on them, as `annotate --undo` does, within 80 columns; never in
# your name
fixture r.db story.txt
"$CROSSCHECK" --db r.db annotate 1 --verdict false --reviewer reviewer >/dev/null
tui_start 80 24 xterm-256color "env USER=dana LOGNAME=dana $(printf '%q --db %q review' "$CROSSCHECK" r.db)"
tui_wait "claim 1/" >/dev/null
tui_keys u
scr=$(tui_wait "Nothing to undo;")
is "$(printf '%s\n' "$scr" | tail -n 1)" "Nothing to undo; 1 entry by 'reviewer' (\$USER unset): use --reviewer reviewer" \
	"u with only 'reviewer' entries: the bottom line names them and --reviewer reviewer, whole at 80 columns"
tui_keys C-r
scr=$(tui_wait "Nothing to redo;")
is "$(printf '%s\n' "$scr" | tail -n 1)" "Nothing to redo; 1 entry by 'reviewer' (\$USER unset): use --reviewer reviewer" "... and Ctrl-R"
tui_keys Q
is "$(tui_dead)" "0" "... quits normally"
is "$("$CROSSCHECK" --db r.db export | jq -r '.claims[] | select(.id == 1) | .verdict')" "false" \
	"... and the entry of 'reviewer' is not taken back"
# named with --reviewer: who that is was chosen, so no other name is offered
tui_start 80 24 xterm-256color "env USER=dana $(review_cmd r.db dana)"
tui_wait "claim 1/" >/dev/null
tui_keys u
scr=$(tui_wait "othing to undo")
unlike "$scr" "--reviewer reviewer" "u as --reviewer dana: no hint about 'reviewer'"
tui_keys Q
is "$(tui_dead)" "0" "... quits normally"
# as "reviewer" itself (--reviewer reviewer), u takes the entry back
tui_start 80 24 xterm-256color "$(review_cmd r.db reviewer)"
tui_wait "claim 1/" >/dev/null
tui_keys u
tui_wait "Undone: claim #1" >/dev/null
ok $? "u as --reviewer reviewer takes the entry back"
tui_keys Q
is "$(tui_dead)" "0" "... quits normally"

# ---- a tag alice holds that bob removed later: typed again at the tag
# prompt, it is saved and shown, as `annotate --tag` does
fixture g.db story.txt
"$CROSSCHECK" --db g.db annotate 1 --tag recheck --reviewer alice >/dev/null
"$CROSSCHECK" --db g.db annotate 1 --untag recheck --reviewer bob >/dev/null
tui_start 100 24 xterm-256color "$(review_cmd g.db alice)"
tui_wait "claim 1/" >/dev/null
tui_keys '#'
tui_wait "Tags:" >/dev/null
tui_keys 'recheck' Enter
scr=$(tui_wait "Claim #1")
like "$scr" "Saved: tags" "# recheck, a tag alice holds that bob removed: saved (was 'nothing changed')"
is "$("$CROSSCHECK" --db g.db export | jq -c '.claims[] | select(.id == 1) | .tags')" '["recheck"]' \
	"... and the claim shows it, as in the CLI"
tui_keys Q
is "$(tui_dead)" "0" "... quits normally"
like "$("$CROSSCHECK" --db g.db annotate 1 --history | tail -n 2 | head -n 1)" "(dropped tag recheck, which another reviewer removed, to give it again)" \
	"... and the history reads as for annotate --tag"
done_testing
