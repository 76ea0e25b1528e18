#!/usr/bin/env bash
# The rooms stay apart: src/ includes neither curses nor SQLite, ui/ no SQLite,
# store/ no curses; no system() or popen() in the program.
. "$top_srcdir/tests/cli/lib.sh"
cd "$top_srcdir" || exit 1
is "$(grep -lE '#include *[<"](n?curses|ncursesw/curses|term|sqlite3)\.h' src/*.[ch] 2>/dev/null)" "" "src/ includes neither curses nor sqlite3"
is "$(grep -lE '#include *[<"]sqlite3\.h' ui/*.[ch] 2>/dev/null)" "" "ui/ does not include sqlite3"
is "$(grep -lE '#include *[<"](n?curses|ncursesw/curses|term)\.h' store/*.[ch] 2>/dev/null)" "" "store/ does not include curses"
is "$(grep -nE '\b(system|popen)[[:space:]]*\(' src/*.c store/*.c ui/*.c 2>/dev/null)" "" "no system() or popen() in the program"
for f in src/*.c src/*.h store/*.c store/*.h ui/*.c ui/*.h; do
	head -n 1 "$f" | grep -q '^/\*' || { ok 1 "$f opens with a comment saying what it owns"; continue; }
	ok 0 "$f opens with a comment saying what it owns"
done
done_testing
