#!/usr/bin/env bash
# Two processes on one store: two `crosscheck add` runs at once (disjoint
# files, and the same files) both finish with exit 0, every file is there
# once, and the store is sound; annotations from a script while an add runs;
# and a review open (in tmux) while another process adds a source: the add
# is not blocked by the review, and the review shows the new source; and
# writers that wait longer than 15 s for another process give up cleanly.
. "$top_srcdir/tests/tui/lib.sh"
command -v sqlite3 >/dev/null 2>&1 || skip_all "the sqlite3 CLI is not installed"

# 2 x 40 distinct articles (40 files each: past the 32-file batching)
mkdir a b
for i in $(seq 1 40); do
	printf 'Story A%d title\n\nOn July %d, 2024 Acme said it cut %d jobs in the port.\nIt was article A%d.\n' \
		"$i" $(( i % 28 + 1 )) "$i" "$i" >"a/a$i.txt"
	printf 'Story B%d title\n\nOn June %d, 2024 Bolt said it hired %d workers.\nIt was article B%d.\n' \
		"$i" $(( i % 28 + 1 )) "$i" "$i" >"b/b$i.txt"
done
"$CROSSCHECK" --db c.db add a/a1.txt >/dev/null 2>&1

"$CROSSCHECK" --db c.db add a/*.txt >a.out 2>a.err &
pa=$!
"$CROSSCHECK" --db c.db add b/*.txt >b.out 2>b.err &
pb=$!
wait "$pa"
ra=$?
wait "$pb"
rb=$?
is "$ra" 0 "two adds at once: the first exits 0"
is "$rb" 0 "two adds at once: the second exits 0"
is "$(cat a.err b.err)" "" "two adds at once: no error"
is "$(sql c.db 'SELECT count(*) FROM sources')" 80 "two adds at once: all 80 articles are there"
is "$(sql c.db 'SELECT count(DISTINCT content_hash) FROM sources')" 80 "two adds at once: each once"
is "$(sql c.db 'PRAGMA integrity_check')" ok "two adds at once: integrity_check ok"

# the same files from two processes: each added once, the other skips it
mkdir s
for i in $(seq 1 20); do
	printf 'Same %d title\n\nOn May %d, 2024 Core said it sold %d units.\n' "$i" "$i" "$i" >"s/s$i.txt"
done
"$CROSSCHECK" --db c.db add s/*.txt >s1.out 2>s1.err &
p1=$!
"$CROSSCHECK" --db c.db add s/*.txt >s2.out 2>s2.err &
p2=$!
wait "$p1"
r1=$?
wait "$p2"
r2=$?
is "$r1$r2" "00" "the same files from two adds at once: both exit 0"
is "$(sql c.db "SELECT count(*) FROM sources WHERE name LIKE 's%.txt'")" 20 \
	"the same files from two adds at once: each added once"
is "$(cat s1.out s2.out | grep -c '^added ')" 20 "the same files: 20 reported added in all"
is "$(cat s1.out s2.out | grep -c '^skipped ')" 20 "the same files: 20 reported skipped in all"

# annotations from a script while an add runs
claim=$(sql c.db 'SELECT min(id) FROM claims')
mkdir d
for i in $(seq 1 40); do
	printf 'Story D%d title\n\nOn March %d, 2024 Dyn said it cut %d jobs.\n' "$i" $(( i % 28 + 1 )) "$i" >"d/d$i.txt"
done
"$CROSSCHECK" --db c.db add d/*.txt >d.out 2>d.err &
pd=$!
bad=0
for i in $(seq 1 20); do
	"$CROSSCHECK" --db c.db annotate "$claim" --verdict true --note "n$i" --reviewer con >/dev/null 2>&1 || bad=$((bad + 1))
done
wait "$pd"
is "$?" 0 "an add with annotations running: the add exits 0"
is "$bad" 0 "annotations while an add runs: all 20 succeed"
is "$(sql c.db "SELECT count(*) FROM annotations WHERE reviewer = 'con'")" 20 "annotations while an add runs: all 20 are stored"

# a review open while another process adds
fixture k.db "$top_srcdir"/examples/kaspersky/*.txt
tui_start 100 30 xterm-256color "$(review_cmd k.db rev)"
tui_wait "source 1/5" >/dev/null
ok $? "the review is open on 5 sources"
tui_keys 1 # an annotation: the review has written to the store
tui_wait "Saved" >/dev/null
printf 'Late breaking title\n\nOn July 22, 2024 Kaspersky said it would close its US office.\n' >late.txt
t0=$(date +%s)
timeout 60 "$CROSSCHECK" --db k.db add late.txt >late.out 2>late.err
is "$?" 0 "an add while the review is open exits 0"
ok $(( $(date +%s) - t0 > 10 )) "and is not held up by the review"
like "$(cat late.out)" "added late.txt" "the add reports the new source"
tui_keys s
scr=$(tui_wait "late.txt")
ok $? "the review's sources screen shows the new source"
tui_keys q
tui_wait "source 1/" >/dev/null
tui_keys ']' ']' ']' ']' ']'
scr=$(tui_wait "source 6/6")
ok $? "the review steps to the new source (source 6/6)"
tui_keys Q
is "$(tui_dead)" 0 "the review quits normally"
is "$(sql k.db 'PRAGMA integrity_check')" ok "the store is sound"

# writers while another process holds the write lock longer than they wait
# (15 s): each exits 1 naming the store and saying why; the store is as it was
mkfifo ctl
sqlite3 k.db <ctl >held 2>&1 &
locker=$!
exec 3>ctl
printf '.timeout 5000\nBEGIN IMMEDIATE;\nSELECT %s;\n' "'held'" >&3
for i in $(seq 1 100); do grep -q held held 2>/dev/null && break; sleep 0.05; done
before=$(sql k.db "SELECT count(*) FROM annotations")/$(sql k.db "SELECT count(*) FROM sources")
claim=$(sql k.db 'SELECT min(id) FROM claims')
printf 'Locked out title\n\nOn August 2, 2024 Kaspersky said it shut its last US desk.\n' >locked.txt
"$CROSSCHECK" --db k.db annotate "$claim" --verdict false --reviewer lk >ann.out 2>ann.err &
pn=$!
"$CROSSCHECK" --db k.db add locked.txt >add.out 2>add.err &
pad=$!
wait "$pn"
rn=$?
wait "$pad"
rad=$?
printf 'COMMIT;\n' >&3
exec 3>&-
wait "$locker"
is "$rn" 1 "annotate while another process holds the store: exits 1"
like "$(cat ann.err)" "crosscheck: k.db: " "it names the store"
like "$(cat ann.err)" "another process is writing to the store" "and says another process holds it"
like "$(cat ann.err)" "gave up after waiting 15 s; nothing was written: try again when it has finished" \
	"and that it waited 15 s and wrote nothing"
is "$rad" 1 "add while another process holds the store: exits 1"
like "$(cat add.err)" "another process is writing to the store" "and says why"
is "$(sql k.db "SELECT count(*) FROM annotations")/$(sql k.db "SELECT count(*) FROM sources")" "$before" \
	"the store is as it was"
is "$(sql k.db 'PRAGMA integrity_check')" ok "and sound"

done_testing
