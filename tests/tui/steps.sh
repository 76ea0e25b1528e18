#!/usr/bin/env bash
# n and N step through the claims in conflict across all sources in
# (source, text) order and wrap around at either end; ] and [ step through
# the sources. Each position is checked against the store.
. "$top_srcdir/tests/tui/lib.sh"
command -v sqlite3 >/dev/null 2>&1 || skip_all "the sqlite3 CLI is not installed"
fixture s.db "$top_srcdir"/examples/kaspersky/*.txt
ok $? "fixture store"
# "source I/5 │ claim J/N" for every claim in conflict, in order
want=$(sql s.db "SELECT 'source ' || (SELECT count(*) FROM sources WHERE id <= c.source_id) || '/5 │ claim '
	|| (c.ord + 1) || '/' || (SELECT count(*) FROM claims WHERE source_id = c.source_id)
	FROM claims c WHERE c.id IN (SELECT claim_a FROM conflicts UNION SELECT claim_b FROM conflicts)
	ORDER BY c.source_id, c.ord")
m=$(printf '%s\n' "$want" | wc -l)
ok $(( m < 3 )) "the fixture has claims in conflict in several places ($m)"
at() { tui_stable | grep -o 'source [0-9]*/5 │ claim [0-9]*/[0-9]*' | head -n 1; }
tui_start 120 30 xterm-256color "$(review_cmd s.db steps)"
tui_wait "source 1/5" >/dev/null
first=$(printf '%s\n' "$want" | head -n 1)
is "$(at)" "$first" "the review opens on the first claim, which is in conflict"
# walk KEY: presses KEY m times, printing where each press lands
walk() {
	local i before
	for i in $(seq 1 "$m"); do
		before=$(tui_raw)
		tui_keys "$1"
		tui_changed "$before" >/dev/null
		at
	done
}
got="$(walk n)"$'\n'
expect="$(printf '%s\n' "$want" | tail -n +2)"$'\n'"$first"
is "$got" "$expect"$'\n' "n visits every claim in conflict in order and wraps to the first"
got="$(walk N)"$'\n'
expect="$(printf '%s\n' "$want" | tac | head -n "$m")"
is "$got" "$expect"$'\n' "N visits them backwards, wrapping to the last first"
for i in 2 3 4 5; do
	tui_keys ']'
	tui_wait "source $i/5" >/dev/null
	ok $? "] steps to source $i/5"
done
tui_keys ']'
scr=$(tui_wait "This is the last source.")
ok $? "] on the last source says so"
tui_keys '['
tui_wait "source 4/5" >/dev/null
ok $? "[ steps back"
# the sources screen opened from the fourth source lists the three before it too
tui_keys s
scr=$(tui_wait "crosscheck sources")
for name in $(sql s.db "SELECT name FROM sources ORDER BY id"); do
	like "$scr" "$name" "s from source 4/5 lists $name"
done
cur=$(printf '%s\n' "$scr" | grep '^>' | head -n 1)
like "$cur" "$(sql s.db "SELECT name FROM sources ORDER BY id LIMIT 1 OFFSET 3")" "with the cursor on the fourth"
tui_keys q
tui_wait "source 4/5" >/dev/null
ok $? "q goes back to the reader"
tui_keys q
is "$(tui_dead)" "0" "quits normally"

# times of day: in the panel as day and time, in the timeline under their day
fixture pf.db "$top_srcdir"/examples/port-fire/*.txt
tui_start 120 40 xterm-256color "$(review_cmd pf.db steps)"
tui_wait "source 1/" >/dev/null
scr=$(tui_stable)
while ! grep -q "coastline-gazette.txt ·" <<<"$scr"; do
	before=$(tui_raw)
	tui_keys ']'
	scr=$(tui_changed "$before") || break
done
like "$scr" "2024-10-09 09:15 END" "a claim with a time of day shows its day and time in the panel"
tui_keys t
scr=$(tui_wait "Timeline")
row=$(grep "09:15 END" <<<"$scr")
like "$row" "coastline-gazette" "the timeline shows the time before the event"
unlike "$scr" "2024-10-09T" "and groups it under its day, not under the raw value"
tui_keys Q
is "$(tui_dead)" "0" "quits"

# two stories in one store: the timeline shows the current source's story,
# the sources screen says which story each source is in
fixture two.db --story kaspersky "$top_srcdir"/examples/kaspersky/*.txt
fixture two.db --story port-fire "$top_srcdir"/examples/port-fire/*.txt
tui_start 120 40 xterm-256color "$(review_cmd two.db steps)"
tui_wait "source 1/" >/dev/null
tui_keys t
scr=$(tui_wait "Timeline of story kaspersky")
ok $? "the timeline names the current source's story"
like "$scr" "capital-desk-report" "and lists its sources' dates"
unlike "$scr" "coastline-gazette" "but not another story's"
tui_keys q s
scr=$(tui_wait "crosscheck sources")
like "$(grep 'coastline-gazette' <<<"$scr")" "port-fire" "the sources screen shows each source's story"
tui_keys G Enter
tui_wait "source 10/10" >/dev/null
ok $? "Enter opens the last source"
tui_keys t
scr=$(tui_wait "Timeline of story port-fire")
ok $? "whose timeline is its own story's"
like "$scr" "coastline-gazette" "with its sources' dates"
unlike "$scr" "capital-desk-report" "and no other story's"
tui_keys Q
is "$(tui_dead)" "0" "quits"

# the sources screen at 80 columns: the story column goes first, so that
# the title keeps 20 columns or more; cut names and titles end in "…"; at
# 100 the story is back; at 200 columns the natural widths (README: "The
# sources screen")
fixture three.db --story kaspersky "$top_srcdir"/examples/kaspersky/*.txt
fixture three.db --story a-very-long-story-name "$top_srcdir"/examples/chipmaker-deal/*.txt
tui_start 80 24 xterm-256color "$(review_cmd three.db steps)"
tui_wait "source 1/" >/dev/null
tui_keys s
scr=$(tui_wait "crosscheck sources")
is "$(grep -F 'source' <<<"$scr" | grep -F 'title')" \
	"  #  source           claims confl. annot. date       title" \
	"80 columns: the count headers short, no story column"
# matches TEXT ERE DESCRIPTION
matches "$scr" "^> 1  capital-desk-re… +[0-9]+ +[0-9]+ +[0-9]+ 2024-07-19 What Kaspersky's U.S. exi…$" \
	"80 columns: a cut name ends in …, then the date and 25 columns of title"
like "$(grep -F 'fairhaven' <<<"$scr")" " 2025-03-05 Corvane bets on light wit…" "80 columns: each title cut with …"
tui_resize 100 30
scr=$(tui_wait "? help")
is "$(grep -F 'source' <<<"$scr" | grep -F 'title')" \
	"  #  source           claims confl. annot. date       story            title" \
	"100 columns: name and story give up width so that the title keeps 29 columns"
like "$(grep -F 'fairhaven' <<<"$scr")" " a-very-long-sto… Corvane bets on light with \$…" \
	"100 columns: the story cut at 16, the title at 29"
tui_resize 200 50
scr=$(tui_wait "conflicts annotated")
is "$(grep -F 'source' <<<"$scr" | grep -F 'title')" \
	"  #  source                        claims conflicts annotated  date        story                   title" \
	"200 columns: each column as wide as its widest cell, # as wide as its numbers"
matches "$scr" "fairhaven-financial-times.txt +[0-9].*  a-very-long-story-name  Corvane bets on light with [$]334mn Lumetric purchase$" \
	"200 columns: names, stories and titles whole"
tui_keys Q
is "$(tui_dead)" "0" "quits"

# sources removed by another process while the review is open (crosscheck
# remove): the sources screen numbers its rows again and keeps its cursor's
# source; when the source on screen goes, the next one takes its place, the
# bottom line says so, and the key that found the change does nothing else
# (a verdict key is not applied to a claim the reviewer has not seen)
fixture rm.db --story kaspersky "$top_srcdir"/examples/kaspersky/*.txt
tui_start 100 30 xterm-256color "$(review_cmd rm.db steps)"
tui_wait "source 1/5" >/dev/null
tui_keys ']' ']'
tui_wait "source 3/5" >/dev/null
tui_keys s
tui_wait "crosscheck sources" >/dev/null
tui_keys j
"$CROSSCHECK" --db rm.db remove capital-desk-report.txt >/dev/null
ok $? "a source is removed while the review is open"
tui_keys j
scr=$(tui_wait "source 2/4")
ok $? "the status line counts the source on screen again: 2/4"
unlike "$scr" "capital-desk" "the removed source is gone from the sources screen"
matches "$scr" "^> 2 harbor-tech-daily" "the source on screen is row 2 now, not 3"
matches "$scr" "^  4 the-ledger-wire" "the last is row 4"
matches "$scr" "^  1 deccan-digital-post" "the rows are numbered from 1 again"
tui_keys Enter
tui_wait "crosscheck reader — the-ledger-wire" >/dev/null
ok $? "the cursor kept its source (northpoint-herald) and j went on from there: Enter opens the-ledger-wire"
"$CROSSCHECK" --db rm.db remove the-ledger-wire.txt >/dev/null
tui_keys 2
scr=$(tui_wait "was removed from the store")
like "$scr" "the-ledger-wire.txt was removed from the store: showing northpoint-herald.txt" \
	"the last source on screen removed: the one before it takes its place, and the bottom line says so"
like "$scr" "crosscheck reader — northpoint-herald.txt" "and the reader shows it"
is "$(sql rm.db "SELECT count(*) FROM annotations")" "0" "the key that found the change set no verdict"
"$CROSSCHECK" --db rm.db remove deccan-digital-post.txt harbor-tech-daily.txt northpoint-herald.txt >/dev/null
tui_keys j
scr=$(tui_wait "which has no sources left")
ok $? "the last source removed: the bottom line says the store has none left"
like "$scr" "The store has no sources" "and the reader says so instead of a blank name"
"$CROSSCHECK" --db rm.db add "$top_srcdir"/examples/port-fire/coastline-gazette.txt >/dev/null
tui_keys 1
scr=$(tui_wait "Sources were added to the store: showing coastline-gazette.txt")
ok $? "a source added to the emptied store is shown at the next key"
is "$(sql rm.db "SELECT count(*) FROM annotations")" "0" "and that key set no verdict either"
tui_keys 1
tui_wait "true" >/dev/null
is "$(sql rm.db "SELECT count(*) FROM annotations")" "1" "the next verdict key is applied"
tui_keys Q
is "$(tui_dead)" "0" "quits"

# the conflict view at 80 columns: each side's header keeps its verdict
# whole; a long source name gives way first, cut with "…" (README:
# "Conflict view"); at 120 columns the names are whole
mkdir -p long
i=40
for f in "$top_srcdir"/examples/kaspersky/*.txt; do
	i=$((i + 1))
	cp "$f" "long/${i}_3ecbplus_$(basename "$f" .txt)-com.txt"
done
fixture long.db long/*.txt
tui_start 80 24 xterm-256color "$(review_cmd long.db steps)"
tui_wait "source 1/" >/dev/null
tui_keys n c
tui_wait "Conflict 1/" >/dev/null
ok $? "80 columns: the conflict view opens"
tui_keys 3
tui_wait "· misleading" >/dev/null
tui_keys Tab 4
scr=$(tui_wait "· unverifiable")
hdr=$(grep -F ' · ' <<<"$scr" | grep -F '3ecbplus' | grep -vF 'crosscheck conflict')
matches "$hdr" "^   4[1-5]_3ecbplus_[a-z-]+… · misleading +▶ 4[1-5]_3ecbplus_[a-z-]+… · unverifiable$" \
	"80 columns: both sides' verdicts whole, the source names cut with …"
tui_resize 120 30
scr=$(tui_wait "? help")
hdr=$(grep -F ' · ' <<<"$scr" | grep -F '3ecbplus' | grep -vF 'crosscheck conflict')
matches "$hdr" "^   4[1-5]_3ecbplus_[a-z-]+-com\.txt · misleading +▶ 4[1-5]_3ecbplus_[a-z-]+-com\.txt · unverifiable$" \
	"120 columns: the names whole"
tui_keys Q
is "$(tui_dead)" "0" "quits"

# a time of day whose day no article gives is headed "day unknown" in the
# timeline, not with the raw XXXX-XX-XX
mkdir -p tl
printf 'Fire at the Orvik plant\n\nMarch 3, 2025\n\nThe fire at the Orvik plant broke out at 2:15 p.m., firefighters said.\n\nThe plant reopened on March 5, 2025, Orvik said.\n' >tl/a.txt
fixture tl.db tl/a.txt
tui_start 80 24 xterm-256color "$(review_cmd tl.db steps)"
tui_wait "source 1/" >/dev/null
tui_keys t
scr=$(tui_wait "Timeline")
like "$(grep -F '14:15 START' <<<"$scr")" "day unknown · a.txt" "a time without its day is headed 'day unknown'"
unlike "$scr" "XXXX" "no raw XXXX-XX-XX on the screen"
like "$(grep -F 'OPEN' <<<"$scr")" "2025-03-05  · a.txt" "a known day keeps its ISO date"
tui_keys Q
is "$(tui_dead)" "0" "quits"
done_testing
