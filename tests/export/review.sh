#!/usr/bin/env bash
# The review's export (x, :export [FORMAT] FILE) goes through
# cli_export_to_path: driven in tmux like the TUI tests, the file it writes
# must be a valid json export holding the store's claims and the
# annotations made before. The name's ending chooses the format (.csv,
# .md, .jsonl), a word before the name too; a file already there is never
# replaced unasked: x then Enter (the same name, offered again) or
# :export! replaces it; "~/" is the home folder.
. "$top_srcdir/tests/cli/lib.sh"
"$CROSSCHECK" help export >/dev/null 2>&1 || skip_all "the export command is not registered in src/cli.c yet"
"$CROSSCHECK" help review >/dev/null 2>&1 || skip_all "the review command is not registered yet"
command -v jq >/dev/null 2>&1 || skip_all "jq is not installed"
. "$top_srcdir/tests/tui/lib.sh"
EX="$top_srcdir/examples"
V="$top_builddir/tests/export/validate"
SCHEMA="$top_srcdir/docs/crosscheck-claims.schema.json"

DB="$T/r.db"
fixture "$DB" "$EX"/kaspersky/*.txt
"$CROSSCHECK" --db "$DB" annotate 1 --verdict false --note 'from a script' --reviewer alice >/dev/null
nclaims=$("$CROSSCHECK" --db "$DB" claims --format jsonl | grep -c .)

tui_start 110 30 xterm-256color "$(review_cmd "$DB" alice)"
tui_wait "r.db" >/dev/null
ok $? "the review opens"
tui_keys x
tui_wait "export" >/dev/null
ok $? "x asks for a file"
tui_keys -l "$T/x.json"
tui_keys Enter
scr=$(tui_wait "Exported ")
ok $? "x: the review says it exported"
like "$scr" "Exported $nclaims claims (json) to $T/x.json" "x: how many claims, in which format, where"
"$V" "$SCHEMA" "$T/x.json" >/dev/null 2>&1
ok $? "x: the file is a valid json export"
is "$(jq '.claims | length' "$T/x.json")" "$nclaims" "x: every claim"
is "$(jq -r '.claims[] | select(.id == 1) | "\(.verdict) \(.note)"' "$T/x.json")" "false from a script" \
	"x: with its annotations"
is "$(ls "$T" | grep -c 'tmp-')" 0 "x: no temporary file left"
tui_keys :
tui_keys -l "export $T/y.json"
tui_keys Enter
tui_wait "(json) to $T/y.json" >/dev/null
ok $? ":export FILE exports too"
check ":export: the file is there" test -s "$T/y.json"
tui_keys :
tui_keys -l "export $T/nodir/z.json"
tui_keys Enter
tui_wait "cannot create a file beside" >/dev/null
ok $? ":export into a missing folder: the error is shown"

# a file already there: refused, named; x offers it again and Enter replaces it
echo "my own notes" >"$T/notes.txt"
tui_keys x
tui_keys -l "$T/notes.txt"
tui_keys Enter
scr=$(tui_wait "Not exported")
like "$scr" "Not exported: $T/notes.txt exists; x then Enter replaces it" "x onto a file already there: refused, and how to replace it"
is "$(cat "$T/notes.txt")" "my own notes" "... and the file is as it was"
tui_keys x
scr=$(tui_wait ":export $T/notes.txt")
ok $? "x then offers the same file"
tui_keys Enter
tui_wait "(json) to $T/notes.txt" >/dev/null
ok $? "Enter replaces it"
is "$(jq '.claims | length' "$T/notes.txt")" "$nclaims" "... with the export"
echo "again" >"$T/notes.txt"
tui_keys :
tui_keys -l "export! $T/notes.txt"
tui_keys Enter
tui_wait "(json) to $T/notes.txt" >/dev/null
ok $? ":export! FILE replaces at once"

# the store itself: refused as such, not offered for replacing
before=$(md5sum <"$DB")
tui_keys x
tui_keys -l "$DB"
tui_keys Enter
scr=$(tui_wait "is the store itself")
ok $? "x onto the store's own file: refused, saying it is the store"
unlike "$scr" "replaces it" "... with no offer to replace it"
is "$(md5sum <"$DB")" "$before" "... and the store is as it was"

# the name's ending, or a format word, chooses the format; ~/ is HOME
tui_keys x
tui_keys -l "$T/c.csv"
tui_keys Enter
tui_wait "(csv) to $T/c.csv" >/dev/null
ok $? "x FILE.csv writes csv"
is "$(head -n 1 "$T/c.csv" | cut -d, -f1-3)" "id,key,source" "... a csv with its header"
is "$(($(grep -c '^[0-9]' "$T/c.csv")))" "$nclaims" "... a row a claim"
tui_keys :
tui_keys -l "export markdown ~/report.txt"
tui_keys Enter
tui_wait "(markdown) to $HOME/report.txt" >/dev/null
ok $? ":export markdown ~/FILE: the format named, in the home folder"
is "$(head -n 1 "$HOME/report.txt")" "# Fact-check report" "... a markdown report"
tui_keys :
tui_keys -l "export $T"
tui_keys Enter
tui_wait "is a folder" >/dev/null
ok $? ":export FOLDER: refused, said"

tui_keys Q
is "$(tui_dead)" 0 "the review exits 0 after exporting"
done_testing
