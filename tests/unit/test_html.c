/* Unit tests for src/html.c: the guess, the text a page gives (blocks,
 * white space, <br>, <pre>, what is dropped, which part is the article),
 * charsets, the metadata, and the refusal of a page without text. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "html.h"
#include "tap.h"

static void sniff_is(const char *name, const char *raw, bool want)
{
	char label[160];
	snprintf(label, sizeof label, "sniff %s [%.40s]", name ? name : "-", raw);
	tap_ok(html_sniff(name, raw, strlen(raw)) == want, "%s: %s", label, want ? "page" : "text");
}

/* The page's text, or NULL when refused. */
static char *text_of(const char *raw, struct html_page *pg)
{
	struct cc_err err = {0};
	if (html_extract(raw, strlen(raw), "t.html", pg, &err) != CC_OK) {
		tap_diag("refused: %s", err.msg);
		cc_err_clear(&err);
		return NULL;
	}
	return pg->text;
}

static void text_is(const char *raw, const char *want, const char *name)
{
	struct html_page pg;
	tap_str_eq(text_of(raw, &pg), want, name);
	html_page_free(&pg);
}

int main(void)
{
	sniff_is("a.html", "plain words", true);
	sniff_is("A.HTM", "plain words", true);
	sniff_is("x.xhtml", "plain words", true);
	sniff_is("notes.txt", "plain words", false);
	sniff_is("html", "plain words", false);
	sniff_is(NULL, "\xEF\xBB\xBF \r\n\t<!DocType HTML>", true);
	sniff_is(NULL, "<HTML lang=en>", true);
	sniff_is(NULL, "<p>just a paragraph</p>", false);
	sniff_is(NULL, "Title\n<html> later", false);
	sniff_is("a.html", "", true);
	{
		const char nul[] = "<html>\0</html>";
		tap_ok(!html_sniff("a.html", nul, sizeof nul - 1), "a NUL byte: never a page");
	}

	text_is("<html><body><p>One  two\n three.</p><p>Four.</p></body></html>",
		"One two three.\n\nFour.\n", "blocks are paragraphs, white space collapsed");
	text_is("<p>a<br>b<br><br>c</p>", "a\nb\n\nc\n", "<br> a line break, two a paragraph");
	text_is("<p>x</p><pre>  keep   this\n  and this</pre>", "x\n\n  keep   this\n  and this\n",
		"<pre> keeps its spaces and lines");
	text_is("<div>Direct <span>text</span> here<div>Inner block</div>tail</div>",
		"Direct text here\n\nInner block\n\ntail\n", "a div's own text is a block");
	text_is("<p>A&nbsp;B &ndash; C &amp; D &#8217; &lt;x&gt;</p>", "A B – C & D ’ <x>\n",
		"entities decoded, &nbsp; a space");
	text_is("<body><nav>N</nav><p>Body.</p><script>S</script><style>T</style><footer>F</footer>"
		"<aside>A</aside><form>Q<button>B</button></form><noscript>NS</noscript>"
		"<template>TP</template><iframe>I</iframe><svg><text>SV</text></svg></body>",
		"Body.\n", "furniture dropped");
	text_is("<p>Kept.</p><p hidden>H</p><div aria-hidden=\"true\">AH</div>"
		"<p style=\"color:red; Display : None\">D</p><div role=\"navigation\">R</div>",
		"Kept.\n", "hidden elements dropped");
	text_is("<body><p>Outside.</p><article><p>Inside.</p></article></body>", "Inside.\n",
		"an <article>: only it is read");
	text_is("<body><p>Outside.</p><main><p>Main.</p></main></body>", "Main.\n", "else <main>");
	text_is("<body><article><p>Short.</p></article><article><p>The longer one.</p></article></body>",
		"The longer one.\n", "of several articles, the one with the most text");
	text_is("<body><article><h2>Teaser</h2><div itemprop=\"articleBody\"><p>Body text.</p></div>"
		"</article></body>",
		"Body text.\n", "itemprop=articleBody first");
	text_is("<body><article></article><p>Rendered by script elsewhere.</p></body>",
		"Rendered by script elsewhere.\n", "an empty <article> falls back to the body");
	text_is("<ul><li>one</li><li>two</li></ul><table><tr><td>c1</td><td>c2</td></tr></table>",
		"one\n\ntwo\n\nc1\n\nc2\n", "list items and cells are blocks");
	text_is("<p>caf\xC2\x93" "e\xC2\x94</p>", "caf\xE2\x80\x9C" "e\xE2\x80\x9D\n",
		"C1 controls read as windows-1252");
	text_is("<meta charset=\"windows-1252\"><p>caf\xE9 \x93q\x94 \x80" "5</p>",
		"caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D \xE2\x82\xAC" "5\n", "windows-1252 converted");
	text_is("<p>unclosed <b>bold <i>it<p>next 1 < 2 & 3", "unclosed bold it\n\nnext 1 < 2 & 3\n",
		"malformed HTML recovered");

	/* the title line */
	text_is("<html><head><title>Site title</title></head><body><article><h1>Head  line</h1>"
		"<p>Text.</p></article></body></html>",
		"Head line\n\nText.\n", "the article's h1 is the title line, not repeated");
	text_is("<html><head><title>A headline here | The Post</title>"
		"<meta property=\"og:site_name\" content=\"The Post\"></head><body><p>Text.</p></body></html>",
		"A headline here\n\nText.\n", "<title> without the site's name");

	{
		struct html_page pg;
		const char *page =
			"<html><head><title>T | S</title>"
			"<meta property=\"og:title\" content=\"The OG title\">"
			"<meta property=\"og:url\" content=\"https://s.example/og\">"
			"<link rel=\"alternate canonical\" href=\"https://s.example/canon\">"
			"<meta property=\"og:site_name\" content=\" The  Site \">"
			"<meta name=\"date\" content=\"2020-01-01\">"
			"<script type=\"application/ld+json\">{\"datePublished\":\"2021-02-03T04:05\"}</script>"
			"<meta property=\"article:published_time\" content=\"2022-03-04T05:06:07+01:00\">"
			"</head><body><p>Some text.</p></body></html>";
		text_of(page, &pg);
		tap_str_eq(pg.title, "The OG title", "og:title before <title>");
		tap_str_eq(pg.url, "https://s.example/canon", "canonical before og:url");
		tap_str_eq(pg.outlet, "The Site", "og:site_name, squeezed");
		tap_str_eq(pg.date, "2022-03-04", "article:published_time first");
		html_page_free(&pg);

		const char *p2 = "<html><head><link rel=canonical href=\"/relative\">"
				 "<meta property=\"og:url\" content=\"https://s.example/og\">"
				 "<meta name=\"date\" content=\"2020-01-01\">"
				 "<script type=\"application/ld+json\">{\"datePublished\" : \"2021-02-03\"}</script>"
				 "</head><body><p>Some text.</p></body></html>";
		text_of(p2, &pg);
		tap_str_eq(pg.url, "https://s.example/og", "a relative canonical: og:url");
		tap_str_eq(pg.date, "2021-02-03", "JSON-LD before <meta name=date>");
		html_page_free(&pg);

		text_of("<body><span itemprop=\"datePublished\">2019-09-09</span><article>"
			"<time datetime=\"2018-08-08\">x</time><p>Words.</p></article></body>", &pg);
		tap_str_eq(pg.date, "2019-09-09", "itemprop=datePublished (its text) before <time>");
		html_page_free(&pg);
		text_of("<body><article><time datetime=\"2018-08-08T10:00\">x</time><p>Words.</p>"
			"</article></body>", &pg);
		tap_str_eq(pg.date, "2018-08-08", "<time datetime> in the article");
		html_page_free(&pg);
		text_of("<head><meta property=\"article:published_time\" content=\"2022-02-30\"></head>"
			"<body><p>Words.</p></body>", &pg);
		tap_str_eq(pg.date, "", "an impossible date is no date");
		html_page_free(&pg);
	}

	{
		struct html_page pg;
		struct cc_err err = {0};
		const char *empty = "<html><head><title>Only</title></head><body><nav>x</nav> </body></html>";
		enum cc_status st = html_extract(empty, strlen(empty), "e.html", &pg, &err);
		tap_ok(st == CC_ERR_INPUT, "a page without text is refused");
		tap_str_eq(err.msg, "e.html: no article text found in the HTML", "the message names it");
		tap_ok(pg.text == NULL && pg.title == NULL, "nothing allocated");
		cc_err_clear(&err);
		st = html_extract("", 0, "z.html", &pg, &err);
		tap_ok(st == CC_ERR_INPUT, "an empty file named .html is refused");
		cc_err_clear(&err);
	}
	return tap_done();
}
