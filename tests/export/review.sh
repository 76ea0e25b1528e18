#!/usr/bin/env bash
# The review's export (x, :export FILE) goes through cli_export_to_path:
# driven in tmux like the TUI tests, the file it writes must be a valid json
# export holding the store's claims and the annotations made before.
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
tui_wait "Exported to" >/dev/null
ok $? "x: the review says it exported"
"$V" "$SCHEMA" "$T/x.json" >/dev/null 2>&1
ok $? "x: the file is a valid json export"
is "$(jq '.claims | length' "$T/x.json")" "$nclaims" "x: every claim"
is "$(jq -r '.claims[] | select(.id == 1) | "\(.verdict) \(.note)"' "$T/x.json")" "false from a script" \
	"x: with its annotations"
is "$(ls "$T" | grep -c 'tmp-')" 0 "x: no temporary file left"
tui_keys :
tui_keys -l "export $T/y.json"
tui_keys Enter
tui_wait "Exported to $T/y.json" >/dev/null
ok $? ":export FILE exports too"
check ":export: the file is there" test -s "$T/y.json"
tui_keys :
tui_keys -l "export $T/nodir/z.json"
tui_keys Enter
tui_wait "cannot create a file beside" >/dev/null
ok $? ":export into a missing folder: the error is shown"
tui_keys Q
is "$(tui_dead)" 0 "the review exits 0 after exporting"
done_testing
