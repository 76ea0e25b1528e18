#!/usr/bin/env bash
# Articles saved as web pages: what is read of a page (the article's blocks,
# without scripts, styles, navigation, footers, hidden elements), its
# metadata and their rank against the options and the text, charsets,
# malformed markup, --as, refusals, standard input, extract (--jobs), refresh,
# and a page against a text article of the same story.
. "$top_srcdir/tests/cli/lib.sh"

# ---- a page with everything around its article -----------------------------------------
cat >plant.html <<'EOF'
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Plant closure leaves 240 jobless | The Valley Ledger</title>
<meta property="og:site_name" content="The Valley Ledger">
<meta property="og:url" content="https://valleyledger.example/news/og-url">
<link rel="canonical" href="https://valleyledger.example/2025/03/plant-closure">
<meta property="article:published_time" content="2025-03-04T09:30:00-05:00">
<style>p { color: red } .headtext { }</style>
<script>var leak = "<p>SCRIPTTEXT in a string</p>";</script>
</head>
<body>
<nav><a href="/">NAVHOME</a> <a href="/news">NAVNEWS</a></nav>
<div class="promo">BODYONLY promotion outside the article</div>
<article>
<h1>Plant closure   leaves 240 jobless</h1>
<p>The Harlow Foods canning plant in Millbrook will close on April&nbsp;30, the company said on Tuesday, putting 240 workers out of a job.</p>
<p>The plant opened in 1987 &ndash; it was the town&#8217;s largest employer &amp; paid above the county&rsquo;s average wage.</p>
<div hidden>HIDDENTEXT should not be read.</div>
<p style="display: none">STYLEHIDDEN should not be read.</p>
<aside>ASIDETEXT related stories</aside>
<form><button>BUTTONTEXT</button></form>
<noscript>NOSCRIPTTEXT</noscript>
<svg><text>SVGTEXT</text></svg>
<ul><li>Workers will get eight weeks of pay.</li><li>The site will be sold.</li></ul>
<p>Union leader Rosa Imbert said the news came without warning.<br>"We found out from the radio," she said.</p>
</article>
<footer>FOOTERTEXT Copyright 2025</footer>
</body>
</html>
EOF
run add plant.html
is "$rc" 0 "a page is added"
like "$out" "added plant.html:" "add reports the page"
is "$err" "" "nothing on standard error (libxml2 prints nothing)"
run show plant.html --format jsonl
text=$(jq -r .text <<<"$out")
for w in SCRIPTTEXT headtext color NAVHOME HIDDENTEXT STYLEHIDDEN ASIDETEXT BUTTONTEXT NOSCRIPTTEXT SVGTEXT FOOTERTEXT BODYONLY '<p>' '&nbsp;'; do
	unlike "$text" "$w" "dropped: $w"
done
like "$text" "on April 30, the company" "&nbsp; read as a space"
like "$text" "1987 – it was the town’s largest employer & paid" "entities decoded (&ndash; &#8217; &amp; &rsquo;)"
like "$text" "Workers will get eight weeks of pay." "list items are read"
is "$(jq -r .text <<<"$out" | head -n 1)" "Plant closure leaves 240 jobless" \
	"the first sentence is the headline, white space collapsed"
# the stored text is laid out as a text article: title line, blank line, paragraphs
sqlite3 crosscheck.db "SELECT text FROM sources WHERE name = 'plant.html'" >stored.txt
is "$(sed -n 1,3p stored.txt)" "$(printf 'Plant closure leaves 240 jobless\n\nThe Harlow Foods canning plant in Millbrook will close on April 30, the company said on Tuesday, putting 240 workers out of a job.')" \
	"stored text: the title line, a blank line, then the paragraphs"
like "$(cat stored.txt)" "$(printf 'without warning.\n"We found out')" "<br> is a line break"
# the offsets are into the stored text
run show plant.html --format jsonl
bad=0
while IFS=$'\t' read -r s e t; do
	[ "$(head -c "$e" stored.txt | tail -c +"$((s + 1))")" = "$t" ] || bad=1
done < <(jq -r '[.start, .end, .text] | @tsv' <<<"$out")
is "$bad" 0 "sentence offsets are into the extracted text"

# ---- metadata ---------------------------------------------------------------------------------
run list --format jsonl
row=$(jq -c 'select(.name == "plant.html") | [.title, .date, .date_origin, .url, .outlet]' <<<"$out")
is "$row" '["Plant closure leaves 240 jobless","2025-03-04","meta","https://valleyledger.example/2025/03/plant-closure","The Valley Ledger"]' \
	"title (h1), date (published_time), URL (canonical over og:url), outlet (og:site_name)"
run list
like "$out" "2025-03-04 (meta)" "list shows the date's origin: meta"

# options come first; the page's metadata before the text's dateline and Source: line
sed -e 's/240 jobless/241 jobless/' plant.html >opts.html
run add --date 2025-01-02 --url https://other.example/x opts.html
run list --format jsonl
is "$(jq -c 'select(.name == "opts.html") | [.date, .date_origin, .url]' <<<"$out")" \
	'["2025-01-02","option","https://other.example/x"]' "--date and --url come before the page's metadata"
cat >dateline.html <<'EOF'
<html><head><meta name="og:url" property="og:url" content="https://meta.example/2024/01/01/page">
<meta itemprop="datePublished" content="2024-11-12"></head><body>
<p>Source: https://text.example/story</p>
<p>March 9, 2021</p>
<p>The council approved the budget on Monday by a vote of 7 to 2.</p></body></html>
EOF
run add dateline.html
run list --format jsonl
is "$(jq -c 'select(.name == "dateline.html") | [.date, .date_origin, .url]' <<<"$out")" \
	'["2024-11-12","meta","https://meta.example/2024/01/01/page"]' \
	"the page's date (itemprop) and URL (og:url) come before the dateline and the Source: line"
cat >jsonld.html <<'EOF'
<html><head><title>Budget vote | Town Crier</title>
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished" : "2023-05-06T10:00:00Z"}</script>
</head><body><p>The council approved the budget on Monday by a vote of 7 to 2.</p></body></html>
EOF
run add jsonld.html
run list --format jsonl
is "$(jq -c 'select(.name == "jsonld.html") | [.date, .date_origin, .title]' <<<"$out")" \
	'["2023-05-06","meta","Budget vote | Town Crier"]' "JSON-LD datePublished; the <title> without h1 is the title"
cat >nometa.html <<'EOF'
<html><body><p>May 7, 2022</p><p>The council approved the budget on Monday by a vote of 7 to 2.</p>
<p>Source: https://www.text.example/story</p></body></html>
EOF
run add nometa.html
run list --format jsonl
is "$(jq -c 'select(.name == "nometa.html") | [.date, .date_origin, .url, .outlet]' <<<"$out")" \
	'["2022-05-07","dateline","https://www.text.example/story","text.example"]' \
	"without page metadata, the text's dateline and Source: line"
cat >time.html <<'EOF'
<html><body><article><p class="meta">By Jo Park <time datetime="2022-08-09T07:00">Aug 9</time></p>
<p>The council approved the budget on Monday by a vote of 7 to 2.</p></article></body></html>
EOF
run extract time.html
like "$out" "# time.html (date 2022-08-09)" "<time datetime> in the article dates it"

# ---- article against body ---------------------------------------------------------------------------
cat >body.html <<'EOF'
<html><body><div id="wrap"><div class="story">The ferry service resumed on Friday after a three-day strike.
<span>Crews agreed to a 4% raise.</span></div></div></body></html>
EOF
run add body.html
run show body.html --format jsonl
like "$(jq -r .text <<<"$out")" "Crews agreed to a 4% raise." "without <article> or <main>, the body is read (div with text)"
cat >main.html <<'EOF'
<html><body><div>OUTSIDEMAIN teaser</div><main><p>The ferry service resumed on Saturday after a four-day strike.</p></main></body></html>
EOF
run add main.html
run show main.html --format jsonl
like "$(jq -r .text <<<"$out")" "four-day strike" "<main> is read"
unlike "$(jq -r .text <<<"$out")" "OUTSIDEMAIN" "what is outside <main> is not"
cat >teasers.html <<'EOF'
<html><body><article><p>TEASER one line.</p></article>
<article><h1>Ferry strike ends</h1><p>The ferry service resumed on Sunday after a five-day strike.</p><p>Crews agreed to a 5% raise over two years, the union said.</p></article>
<article itemscope><p>TEASER two.</p></article></body></html>
EOF
run add teasers.html
run show teasers.html --format jsonl
like "$(jq -r .text <<<"$out")" "five-day strike" "of several <article>s, the one with the most text"
unlike "$(jq -r .text <<<"$out")" "TEASER" "the others are not read"

# ---- charsets -------------------------------------------------------------------------------------
printf '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>The caf\xe9 owner said \x93we will reopen\x94 \x96 after 12 weeks.</p></body></html>\n' >cp1252.html
run add cp1252.html
is "$rc" 0 "a windows-1252 page is added (not refused as invalid UTF-8)"
run show cp1252.html --format jsonl
is "$(jq -r .text <<<"$out")" "The café owner said “we will reopen” – after 12 weeks." "windows-1252 converted to UTF-8"
printf '<!doctype html><meta charset="iso-8859-1"><p>The na\xefve plan cost \x80200 \x97 said Ms M\xfcller.</p>\n' >latin1.html
run add latin1.html
run show latin1.html --format jsonl
is "$(jq -r .text <<<"$out")" "The naïve plan cost €200 — said Ms Müller." "ISO-8859-1 read as browsers do (windows-1252)"

# ---- malformed markup ------------------------------------------------------------------------------
printf '<html><body><p>The dam holds 3 million cubic metres <b>of water <i>when full.<p>Engineers say 2 < 3 and the spillway & gates are sound.<div><p>Unclosed to the end' >broken.html
run add broken.html
is "$rc" 0 "malformed HTML is read, not refused"
run show broken.html --format jsonl
t=$(jq -r .text <<<"$out")
like "$t" "when full." "unclosed tags: the text is read"
like "$t" "2 < 3 and the spillway & gates" "stray < and & kept as text"
like "$t" "Unclosed to the end" "a page cut short is read to its end"
is "$err" "" "nothing on standard error"

# ---- --as --------------------------------------------------------------------------------------------
cp plant.html raw.html
sed -i 's/240 workers/242 workers/' raw.html
run add --as text --name raw raw.html
is "$rc" 0 "--as text adds a page as text"
run show raw --format jsonl
like "$(jq -r .text <<<"$out")" "<!DOCTYPE html>" "--as text keeps the markup"
printf '<h1>Millbrook <b>budget</b> vote</h1>\n<p>The council approved the budget on Monday by a vote of 7 to 2.</p>\n' >markup.txt
run add --name asis markup.txt
run show asis --format jsonl
like "$(jq -r .text <<<"$out")" "Millbrook <b>budget</b> vote" "a .txt is text by default"
run add --as html --name ashtml markup.txt
run show ashtml --format jsonl
is "$(jq -r .text <<<"$out" | head -n 1)" "Millbrook budget vote" "--as html reads a .txt as a page"
run extract --as xml markup.txt
is "$rc" 2 "--as takes text or html only: exit 2"
like "$err" "--as takes text or html" "and says so"

# ---- refusals -------------------------------------------------------------------------------------------
before=$(md5sum crosscheck.db | cut -d' ' -f1)
printf '<!doctype html><html><head><title>Only a title</title><script>x()</script></head><body><nav>Home</nav></body></html>\n' >empty.html
run add empty.html
is "$rc" 1 "a page without article text: exit 1"
like "$err" "crosscheck: empty.html: no article text found in the HTML" "named in the message"
is "$(md5sum crosscheck.db | cut -d' ' -f1)" "$before" "the store is unchanged (md5)"
printf '<html><body>\0</body></html>' >nul.html
run add nul.html
is "$rc" 1 "a .html with a NUL byte: exit 1"
like "$err" "NUL byte" "refused as binary, as text would be"

# ---- standard input ------------------------------------------------------------------------------------
printf '\xef\xbb\xbf  \n<!DOCTYPE HTML><html><body><p>The bridge reopened on Thursday after 14 months of repairs costing $80 million.</p></body></html>\n' >stdin.in
run_in stdin.in add --name piped -
is "$rc" 0 "a page on standard input is added"
run show piped --format jsonl
is "$(jq -r .text <<<"$out")" "The bridge reopened on Thursday after 14 months of repairs costing \$80 million." \
	"standard input starting with a BOM, spaces and <!DOCTYPE HTML> is read as a page"

# ---- extract, several at once --------------------------------------------------------------------------
run extract --jobs 1 plant.html cp1252.html broken.html empty.html time.html
one=$out
run extract --jobs 4 plant.html cp1252.html broken.html empty.html time.html
is "$out" "$one" "extract --jobs 4 gives what --jobs 1 gives, pages included"
is "$rc" 1 "and exits 1 for the page without text"
like "$out" "# plant.html (date 2025-03-04)" "extract dates a page by its metadata"

# ---- refresh keeps what only the page gave -----------------------------------------------------------------
run refresh plant.html
is "$rc" 0 "refresh of a page's source"
unlike "$out" "dated" "its meta date is kept, not found otherwise"
unlike "$out" "outlet is now" "its outlet's name is kept"
run list --format jsonl
is "$(jq -c 'select(.name == "plant.html") | [.date, .date_origin, .outlet]' <<<"$out")" \
	'["2025-03-04","meta","The Valley Ledger"]' "after refresh: date, origin and outlet as at add"

# ---- the user's point: a page and a text article of one story -----------------------------------------------
cat >ledger.txt <<'EOF'
Millbrook cannery to close in spring
March 4, 2025

Harlow Foods will close its canning plant in Millbrook on April 30, putting 240 workers out of a job, the company said on Tuesday.

The plant opened in 1987 and was the town's largest employer.
EOF
cat >courier.html <<'EOF'
<!doctype html>
<html><head><title>Cannery closing | Millbrook Courier</title>
<meta property="og:site_name" content="Millbrook Courier">
<meta property="article:published_time" content="2025-03-05T08:00:00Z">
<script>window.ads = ["240 workers"];</script></head>
<body><nav><ul><li>Home</li><li>Local</li></ul></nav>
<article><h1>Cannery closing will cost 310 jobs</h1>
<p>Harlow Foods will close its canning plant in Millbrook on April 30, putting 310 workers out of a job, the company said on Tuesday.</p>
<p>The plant opened in 1987 and was the town&rsquo;s largest employer.</p></article>
<footer>&copy; Millbrook Courier</footer></body></html>
EOF
run add --db story.db ledger.txt courier.html
is "$rc" 0 "a text article and a page of one story are added"
run conflicts --db story.db --format jsonl
is "$(jq -s 'length' <<<"$out")" 1 "one conflict"
c=$(jq -r '"\(.kind) \(.a.source) \(.b.source)"' <<<"$out")
like "$c" "quantity" "a quantity conflict"
run conflicts --db story.db
like "$out" '"240" (240 workers) and courier.html "310" (310 workers)' "240 workers against the page's 310"

done_testing
