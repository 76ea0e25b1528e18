#!/usr/bin/env bash
# The real articles in ../shared (when present beside the clone): the seed
# articles and the news clusters add cleanly, keep their tricky sentences
# whole, flag their web-page leftovers and have their datelines found.
# Skipped where ../shared is absent: a user's clone does not have it.
. "$top_srcdir/tests/cli/lib.sh"
shared="$top_srcdir/../shared"
[ -d "$shared/seeds" ] || skip_all "no ../shared/seeds beside this clone"

run add "$shared"/seeds/*.txt
is "$rc" 0 "the five seed articles add cleanly"
is "$(grep -c '^added ' <<<"$out")" 5 "all five are added"

run show 004_7455ac8badf15f31.txt --format jsonl
# the sentence that opens "Effective July 20, 2024," runs whole to the end
# of "... U.S. operations." (not cut at "U.S.")
is "$(jq -r 'select(.text|startswith("Effective July 20, 2024,")) | (.text|test("U\\.S\\. operations\\.$"))' <<<"$out")" true \
	"seed 004 keeps the 'Effective July 20, 2024, ... U.S. operations.' sentence whole"
is "$(jq -r 'select(.text|test("^Want to write a blog")) | .boilerplate' <<<"$out")" true "seed 004: the blog pitch is boilerplate"
is "$(jq -r 'select(.text|test("^Effective July 20")) | .boilerplate' <<<"$out")" false "seed 004: the article sentence is not"

run show 000_0e107fcbc7bec307.txt --format jsonl
is "$(jq -r 'select(.text|test("^Also read:")) | .boilerplate' <<<"$out" | sort -u)" true "seed 000: 'Also read' lines are boilerplate"
is "$(jq -r 'select(.text|test("^Founded in Moscow")) | .boilerplate' <<<"$out")" false "seed 000: article sentences are not"

run show 002_5944ca3f743ae9a5.txt --format jsonl
is "$(jq -r 'select(.text|test("Advertisement")) | .boilerplate' <<<"$out" | sort -u)" true "seed 002: advertisement lines are boilerplate"
is "$(jq -r 'select(.text|test("^Subscribe to get")) | .boilerplate' <<<"$out")" true "seed 002: the subscribe prompt is boilerplate"
is "$(jq -r 'select(.text|test("^Microsoft in")) | .boilerplate' <<<"$out")" true "seed 002: the 'Latest News' list is boilerplate"
is "$(jq -r 'select(.text|test("^The Commerce Department’s ruling")) | .boilerplate' <<<"$out")" false "seed 002: the ruling sentence is not"

run show 001_50ed439707b20fb7.txt --format jsonl
is "$(jq -r 'select(.text|test("^Please, comment")) | .boilerplate' <<<"$out")" true "seed 001: the comment prompt is boilerplate"

run list --format jsonl
is "$(jq -r 'select(.name=="002_5944ca3f743ae9a5.txt") | .title' <<<"$out")" \
	"Kaspersky shutting down US offices in response to US ban" "seed 002: its title is found under the banner"

clusters="$shared/data/news-clusters"
if [ -d "$clusters" ]; then
	for c in "$clusters"/*/; do
		cn=$(basename "$c")
		run --db "$cn.db" add "$c"*.txt
		is "$rc" 0 "$cn: adds cleanly"
		run --db "$cn.db" list --format jsonl
		is "$(jq -r 'select(.date_origin != "dateline") | .name' <<<"$out")" "" "$cn: every dateline found"
		is "$(jq -r 'select(.url == null) | .name' <<<"$out")" "" "$cn: every source URL taken"
	done
	# a dateline is read as the outlet wrote it
	run --db ecbplus-04-esther-williams-death.db list --format jsonl
	is "$(jq -r 'select(.name=="4_11ecbplus_starpulse-com.txt") | .date' <<<"$out")" 2013-06-06 "'June 6th, 2013 7:38pm EDT' read as 2013-06-06"
fi
done_testing
