#!/usr/bin/env bash
# Whose figure (issue #3, a new user's try-out on an election story): a name
# set off by commas after a common noun is the one who acts ("Her rival,
# Tomas Reyne, won 7,860 votes" is Tomas Reyne's), and a common noun after
# "her" or "his" is someone of a person's, so the figures of what it does
# are not the article's main subject's ("Her rival won 7,860 votes" gave
# the winner 7,860 votes: a strong false conflict with her own 9,410).
. "$top_srcdir/tests/cli/lib.sh"

story() { # story DIR SENTENCE: the winner's article and another whose last sentence is SENTENCE
	mkdir -p "$1"
	printf 'Pryce elected\n\n12 November 2026\n\nAda Pryce won 9,410 votes in the Brennick mayoral election on Thursday.\n\nPryce, 44, thanked voters.\n' >"$1/x.txt"
	printf 'Pryce is mayor\n\n13 November 2026\n\nAda Pryce was elected mayor on Thursday.\n\nPryce thanked her volunteers.\n\n%s\n' "$2" >"$1/z.txt"
	run --db "$1.db" add "$1/x.txt" "$1/z.txt"
	[ "$rc" -eq 0 ] || echo "# add $1: $err"
}

story named "Her rival, Tomas Reyne, won 7,860 votes, officials said."
run extract --format jsonl named/z.txt
like "$out" '"text":"7,860","start":' "the rival's count is a mention"
like "$(grep '"7,860"' <<<"$out")" '"subject":"Tomas Reyne"' "\"Her rival, Tomas Reyne, won\": the count is Tomas Reyne's"
run --db named.db conflicts
unlike "$out" 'quantity' "... and meets not the winner's 9,410"

story unnamed "Her rival won 7,860 votes, officials said."
run extract --format jsonl unnamed/z.txt
like "$(grep '"7,860"' <<<"$out")" '"subject":"rival"' "\"Her rival won\": the count is the rival's ..."
unlike "$(grep '"7,860"' <<<"$out")" '"subject_implied":true' "... not the main subject's, implied"
run --db unnamed.db conflicts
unlike "$out" 'quantity' "... and meets not the winner's 9,410"

# what the noun says, and an age, stay as they were
mkdir said
printf 'Star dies\n\n7 June 2013\n\nEsme Ward, the swimmer, died yesterday in Malibu at the age of 91, her spokesman said.\n' >said/a.txt
run extract --format jsonl said/a.txt
like "$(grep '"91"' <<<"$out")" '"subject":"Esme Ward"' "\"at the age of 91, her spokesman said\": the age is the swimmer's"

# a name set off by commas after a noun, then the verb: the name acts
mkdir union
printf 'Dock strike\n\n3 May 2026\n\nThe union, Dockworkers United, said 400 members walked out.\n' >union/a.txt
run extract --format jsonl union/a.txt
like "$(grep '"value":"ANNOUNCE"' <<<"$out")" '"subject":"Dockworkers United"' "\"The union, Dockworkers United, said\": the union's name says it"

# a broadcaster naming itself ("Good evening, this is KRVN local news") is
# the outlet, not what the story is about: the figures that name no
# subject are the story's
mkdir radio
printf 'Ashgrove fraud: director jailed\n\n18 November 2026\n\nGood evening, this is KRVN local news.\n\nA former director of the Ashgrove Trust was jailed for six years on Wednesday.\n\nThe Ashgrove Trust said 40 families lost their savings.\n\nThe court heard the Ashgrove Trust lost a dozen homes.\n' >radio/a.txt
run extract --format jsonl radio/a.txt
unlike "$out" '"subject":"KRVN"' "\"this is KRVN local news\": KRVN is no subject of the story's figures"
like "$out" '"subject":"Ashgrove Trust","subject_implied":true' "... the story's subject stands in"
printf 'Deal agreed\n\n18 November 2026\n\nShares rose 5%% on Tuesday.\n\n"This is Brill at its best," said Dana Holt.\n' >radio/quote.txt
run extract --format jsonl radio/quote.txt
like "$(grep '"5%"' <<<"$out")" '"subject":"Brill","subject_implied":true' "a quote that opens \"This is\" names no broadcaster: its name still counts"
# an acronym that opens the sentence, set off by an aside, acts: not the
# place the aside names
mkdir acro
printf 'Radio jobs\n\n12 March 2026\n\nKRVN, the Harwick radio station, employs 35 people.\n' >acro/a.txt
run extract --format jsonl acro/a.txt
like "$(grep '"35"' <<<"$out")" '"subject":"KRVN"' "\"KRVN, the Harwick radio station, employs 35\": KRVN's, not Harwick's"
printf 'HALDEN, March 3 - The council cut 20 jobs.\n' >acro/b.txt
run extract --format jsonl acro/b.txt
unlike "$out" '"text":"HALDEN"' "a dateline in capitals is no acronym that acts"
# the town of a dateline that leads the sentence is where it was written,
# no subject of a verb whose clause names none: the fire's homes, not the
# town's
mkdir dl
printf 'Fire\n\n14 August 2025\n\nThe Tarn Ridge Fire broke out on Monday.\n\nBRACKWELL, Oregon — More than 120 homes have been destroyed by the fire in Lune County.\n' >dl/a.txt
run extract --format jsonl dl/a.txt
is "$(jq -r 'select(.text == "More than 120") | "\(.event)|\(.subject)"' <<<"$out")" "DAMAGE|Tarn Ridge Fire" \
	"'BRACKWELL, Oregon — More than 120 homes have been destroyed': the fire's (the story's), not Brackwell's"
# a person who says a bare sum after it does not give it to the story
printf 'Losses\n\n14 August 2025\n\nThe Tarn Ridge Fire broke out on Monday.\n\nThe insurer has covered $700,000 of the losses, Mayor Dee Carter said on Friday.\n\nThe fire was 40%% contained, Carter said.\n' >dl/b.txt
run extract --format jsonl dl/b.txt
is "$(jq -r 'select(.type == "money" or .type == "percent") | "\(.text)|\(.subject)"' <<<"$out")" '$700,000|Dee Carter
40%|Tarn Ridge Fire' "a bare sum stays the sayer's; a share of a state is the story's"

done_testing
