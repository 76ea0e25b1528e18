#!/usr/bin/env bash
# The conflict rules keep their precision and recall on the examples' gold
# files (tests/eval/floor.tsv holds the floor).
. "$top_srcdir/tests/cli/lib.sh"
out=$("$top_srcdir/tests/eval/eval.sh" --check "$top_srcdir/tests/eval/floor.tsv" "$CROSSCHECK" 2>&1)
rc=$?
printf '%s\n' "$out" | sed 's/^/# /'
ok $rc "precision and recall per kind stay at or above tests/eval/floor.tsv"
done_testing
