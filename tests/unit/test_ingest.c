/* Unit tests for src/ingest.c: boilerplate flags, titles, datelines, URLs. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ingest.h"
#include "tap.h"

/* Returns the boilerplate verdict of each line as a string of 'B' and '.'. */
static char *verdicts(const char *text)
{
	size_t n = 0;
	bool *v = ingest_boilerplate_lines(text, strlen(text), &n);
	char *s = malloc(n + 1);
	for (size_t i = 0; i < n; i++)
		s[i] = v[i] ? 'B' : '.';
	s[n] = '\0';
	free(v);
	return s;
}

static void lines_are(const char *text, const char *want, const char *name)
{
	char *got = verdicts(text);
	tap_str_eq(got, want, name);
	free(got);
}

static void doc_meta(const char *text, const char *title, const char *date, const char *origin,
		     const char *name)
{
	struct ingest_doc doc;
	struct cc_err err = {0};
	enum cc_status st = ingest_bytes(text, strlen(text), "t.txt", NULL, &doc, &err);
	if (!tap_ok(st == CC_OK, "%s: ingested", name)) {
		tap_diag("%s", err.msg ? err.msg : "");
		cc_err_clear(&err);
		return;
	}
	char label[256];
	snprintf(label, sizeof label, "%s: title", name);
	tap_str_eq(doc.title, title, label);
	snprintf(label, sizeof label, "%s: date", name);
	tap_str_eq(doc.date[0] ? doc.date : NULL, date, label);
	snprintf(label, sizeof label, "%s: date origin", name);
	tap_str_eq(ingest_date_origin_name(doc.date_origin), origin, label);
	ingest_doc_free(&doc);
}

/* The boilerplate flag of each sentence after the whole ingest, as 'B'/'.'. */
static void sents_are(const char *text, const char *want, const char *name)
{
	struct ingest_doc doc;
	struct cc_err err = {0};
	if (!tap_ok(ingest_bytes(text, strlen(text), "t.txt", NULL, &doc, &err) == CC_OK, "%s: ingested",
		    name)) {
		cc_err_clear(&err);
		return;
	}
	char got[64];
	size_t n = doc.nsents < sizeof got - 1 ? doc.nsents : sizeof got - 1;
	for (size_t i = 0; i < n; i++)
		got[i] = doc.sents[i].boilerplate ? 'B' : '.';
	got[n] = '\0';
	tap_str_eq(got, want, name);
	ingest_doc_free(&doc);
}

int main(void)
{
	sents_are("Port to reopen soon\n\n"
		  "\xE2\x80\xA2 The mayor said the port would reopen within a week of the fire.\n\n"
		  "Officials met on Monday. The mayor said the port would reopen within a week of the fire. "
		  "Trade resumed.\n",
		  ".B...", "a pull quote set apart is boilerplate; its copy in the body is not");
	sents_are("Port to reopen soon\n\n"
		  "Officials met on Monday. The mayor said the port would reopen within a week of the fire.\n\n"
		  "The mayor said the port would reopen within a week of the fire.\n",
		  "...B", "also when the pull quote comes after the body");
	sents_are("Port to reopen soon\n\n"
		  "The mayor said the port would reopen within a month, not a week.\n\n"
		  "Officials met on Monday. The mayor said the port would reopen within a week of the fire.\n",
		  "....", "a sentence that only starts like one in the body stays");
	sents_are("Port to reopen soon\n\n"
		  "Trade resumed.\n\n"
		  "Officials met on Monday. Trade resumed.\n",
		  "....", "a short sentence repeated is no pull quote");
	/* A copy of a line gets the verdict of the first copy; a long last
	 * copy is no repeat to drop, so only that verdict flags it. */
	{
		static const struct {
			const char *line, *name;
		} copies[] = {
			{"------------------------------------------------------------------------------------------ Advertisement",
			 "a long marker line"},
			{"Source: https://news.example.org/world/2024/03/12/harbour-fire-toll-rises-to-seven-as-the-search-goes-on",
			 "a long URL line"},
			{"Read more: harbour fire toll rises to seven as the search of the burnt warehouses goes on through the night",
			 "a long prompt"},
			{"By Staff Reporter | Updated: Tuesday, March 12, 2024 10:32 PM EDT | last modified on Tuesday at 09:15 PM EDT",
			 "a long dateline"},
		};
		for (size_t i = 0; i < sizeof copies / sizeof copies[0]; i++) {
			char text[512], name[128];
			snprintf(text, sizeof text,
				 "%s\nThe fire started in a warehouse near the docks on Monday night.\n%s\n"
				 "Investigators have not yet said what caused it.\n",
				 copies[i].line, copies[i].line);
			snprintf(name, sizeof name, "%s twice: both copies flagged", copies[i].name);
			lines_are(text, "B.B.", name);
		}
	}
	lines_are("Related Posts:\n"
		  "The deal was announced on Monday.\n"
		  "Analysts were surprised by the price.\n"
		  "Shares rose 4% in early trading.\n"
		  "The merger still needs approval.\n"
		  "Related Posts:\n"
		  "Chipmaker opens new plant in Ohio\n",
		  "B....BB", "a link-list header's copy at the end still ends the page (its first copy did not)");
	lines_are("The fire started in a warehouse near the docks on Monday night, and by the morning the whole block was gone.\n"
		  "Investigators have not yet said what caused it.\n"
		  "The fire started in a warehouse near the docks on Monday night, and by the morning the whole block was gone.\n",
		  "B..", "a long prose line twice: only its last copy is the article's");
	lines_are("Harbour blaze kills five\n"
		  "- Advertisement -\n"
		  "Five people died in the fire, officials said.\n"
		  "ADVERTISEMENT\n"
		  "Also read: Ten tips for safer kitchens\n"
		  "The cause is not known.\n",
		  ".B.BB.", "advertisement markers and 'Also read' prompts");
	lines_are("Title of the story here\n"
		  "Home | World | Business\n"
		  "Body sentence one is long enough to be prose.\n"
		  "Home | World | Business\n",
		  ".B.B", "navigation line repeated in the file");
	lines_are("Saturday, October 12, 2024\n"
		  "Saturday, October 12, 2024\n"
		  "Port fire toll rises to seven\n"
		  "Seven people are now known to have died.\n",
		  "BB..", "repeated date banner");
	lines_are("A headline about a merger deal\n"
		  "The deal was announced on Monday.\n"
		  "Analysts were surprised by the price.\n"
		  "Shares rose 4% in early trading.\n"
		  "Related Posts:\n"
		  "Chipmaker opens new plant in Ohio\n"
		  "Why memory prices keep falling\n",
		  "....BBB", "a link list after 'Related Posts:' at the end");
	lines_are("Related news is scarce, the minister said in a long statement today.\n"
		  "Subscribe to our newsletter for daily updates\n"
		  "Please, comment on this story below. Your feedback matters!\n"
		  "Share this article\n"
		  "Follow us on social media\n",
		  "BBBBB", "reader prompts (and a prose line starting with a prompt word is flagged only when it is a prompt)");
	lines_are("Prose line one that talks about the subscription economy at length.\n"
		  "Must read for every investor, analysts say, is the filing itself.\n",
		  ".B", "prompts are matched as prefixes of short lines");
	lines_are("Source: http://example.com/2013/06/06/story\n"
		  "Star dies at 91\n"
		  "June 6th, 2013 7:38pm EDT\n"
		  "By Kim Lee\n"
		  "The actress died on Thursday.\n",
		  "B.BB.", "source URL, dateline and byline lines");
	lines_are("Our view: the ban hurts buyers more than it helps them.\n"
		  "\xE2\x80\x93Mia Torres, BTW reporter\n"
		  "\xE2\x80\x94 Jane Doe, Reuters\n"
		  "- Reporting by Lee Park and Ana Ruiz\n"
		  "What happened next was a surprise.\n",
		  ".BBB.", "a signature after a dash is a byline");
	lines_are("- Sales rose in March\n"
		  "\xE2\x80\x94 Seven people died, officials said\n"
		  "- 50 Workers Lost Jobs\n"
		  "\xE2\x80\x93 The company said it would appeal.\n"
		  "- Kaspersky\n",
		  ".....", "dashed prose, figures, a sentence or one word are not signatures");
	lines_are("- Acme Corp Acquires Beta Inc\n"
		  "- Gamma Closes Delta Plant\n"
		  "\xE2\x80\x94 Staff Writer Ann Lee\n",
		  "..B", "a title-case bullet is no signature; a role makes one");
	lines_are("A quote pulled out for the page, set large in a box: the long version of it repeats below, word for word.\n"
		  "Body text.\n"
		  "A quote pulled out for the page, set large in a box: the long version of it repeats below, word for word.\n",
		  "B..", "a long repeated line keeps only its last copy");
	lines_are("Want to write for us?\n", "B", "a pitch line");
	lines_are("One.\nTwo.\nThree.\nFour.\nFive.\nSix.\n"
		  "Want to write a blog?\nShare your voice with our community today.\n",
		  "......BB", "a closing pitch takes its copy with it");
	lines_are("One.\nTwo.\nThree.\nFour.\nFive.\nSix.\n"
		  "Also read: Another story about ports\nThe port reopened on Friday.\n",
		  "......B.", "a link near the end does not swallow the last paragraph");
	lines_are("What happened\n"
		  "The fire started at 11 p.m.\n"
		  "Why it matters\n"
		  "It was the third fire this year.\n",
		  "....", "section headings are not boilerplate");
	lines_are("-----\n* * *\n•\n", "BBB", "rules and lone bullets");
	/* a line's key is first built only ten bytes far: prompts and
	 * markers longer than that, and near misses */
	lines_are("This article was originally published by a partner site\n"
		  "The story goes on here with prose.\n"
		  "This article was original work of ours.\n",
		  "B..", "a prompt longer than the first look at a key");
	lines_are("-- Story continues below advertisement --\n"
		  "Article continues below advertisement and more words\n",
		  "B.", "the longest marker, and a line that only starts like it");
	/* past 200 bytes a key is 13 bytes at most: a marker only when short */
	lines_are("------------------------------------------------------------------------------------------------"
		  "----------------------------------------------------------------------------------------------------"
		  "----------- sponsored content\n"
		  "------------------------------------------------------------------------------------------------"
		  "----------------------------------------------------------------------------------------------------"
		  " ad\n",
		  ".B", "a long line of dashes ending in a marker");
	lines_are("Sourcebook of the year\n"
		  "source:   https://example.com/2020/01/02/x\n"
		  "https://example.com/a-very-long-path/that/goes/on/and/on/for/quite/a/while/yes/indeed/it/does\n",
		  ".BB", "URL lines, long and after 'source:'");
	/* a glance at four bytes of the key comes first: entries shorter
	 * than that, upper case, non-ASCII starts and near misses */
	lines_are("AD\nAds\nAdding salt raises the boiling point of water.\n"
		  "\xC2\xA9 2024 Example News. All rights reserved.\n"
		  "HTTPS://EXAMPLE.COM/A/B\nSOURCE: https://example.com/c\n"
		  "Tags: fire, port\nTag team wins the title\n"
		  "\xE2\x80\x94 Advertise with us \xE2\x80\x94\n"
		  "\xE2\x80\x9CQuoted words open this line of prose.\xE2\x80\x9D\n"
		  "Thisarticle was originally here\nThis article was originally here\n"
		  "  *  read   more   about it\n",
		  "BB.BBBB....BB", "glance: short entries, case, URLs, bullets and near misses");
	lines_are("Ad s\nAd  x\nA d\tvertisement\nADVER TISEMENT\nAd\nads.\nads--\n"
		  "Adve rtisement text\nhttp x\nHt tp://a.b\nread  more here\nRead more--\n"
		  "Tags:x\nTags :x\nsour ce: a\nS-ubscribe\nSubscribe!!\n",
		  "....BBB...BB....B", "glance: spaces, tabs and stripped ends in the first five bytes");
	lines_are("Line one is here.\nLine two is here.\nLine one is here.\nLine one is here.\n"
		  "A long pull quote that is repeated many times over in this page of text, more than a hundred bytes.\n"
		  "A long pull quote that is repeated many times over in this page of text, more than a hundred bytes.\n",
		  "B.BBB.", "a short line three times, and prose under the old length limit keeps its last copy");
	/* A repeated line is furniture unless it reads as prose: then,
	 * however short, its last copy is the article's. */
	lines_are("Mill to cut 40 jobs at Kessock\n"
		  "Kessock Paper said it would cut 40 of its 310 jobs by June.\n"
		  "Share this story\n"
		  "Kessock Paper said it would cut 40 of its 310 jobs by June.\n"
		  "Ferry fares to rise in spring\n"
		  "Output fell 12% in May.\n"
		  "Union leaders met the owners on Wednesday and asked for talks.\n"
		  "Output fell 12% in May.\n"
		  "Ferry fares to rise in spring\n"
		  "Talks resume on Monday.\n"
		  "Advertisement\n"
		  "Talks resume on Monday.\n"
		  "Advertisement\n"
		  "Harbour Board Names New Chair After Long Search For A Successor To The Retiring Head Of The Port Trust\n"
		  "Harbour Board Names New Chair After Long Search For A Successor To The Retiring Head Of The Port Trust\n",
		  ".BB.BB..BBBBBBB",
		  "a repeated sentence with a figure keeps its last copy; labels, headlines and prompts do not");

	/* how reads_as_prose counts words: a tab parts words as a space
	 * does, a word starting at the sixteenth byte after a space is a
	 * word, and a word's first letter is looked for past opening quotes
	 * and brackets (a word of quotes alone has none) */
	lines_are("Rates\tfell\tby 4% today.\n"
		  "Rates\tfell\tby 4% today.\n",
		  "B.", "five words parted by tabs and spaces, with a figure: prose");
	lines_are("Aaaaaaaa bbbbbb cat dog 9.\n"
		  "Aaaaaaaa bbbbbb cat dog 9.\n",
		  "B.", "a word after a space that ends the first sixteen bytes is counted");
	lines_are("Alpha \"beta\" (gamma) 'delta' Eta Zeta \"\" [items] sold.\n"
		  "Alpha \"beta\" (gamma) 'delta' Eta Zeta \"\" [items] sold.\n",
		  "B.", "lower-case words inside quotes and brackets make it prose");
	lines_are("Alpha \"Beta\" (gamma) 'Delta' Eta Zeta \"\" [Items] sold.\n"
		  "Alpha \"Beta\" (gamma) 'Delta' Eta Zeta \"\" [Items] sold.\n",
		  "BB", "capitalised words inside quotes and brackets make it a headline");

	/* a lead sentence opens with a run of names in capitals; read to
	 * its end it is prose, and its last copy stays */
	lines_are("DENVER, Colo. (Wire) - Hollin Grain Co. and Marsh Valley Farms Inc. of Boulder County on Friday said they would merge their two mills by the end of the year and keep all of the staff.\n"
		  "Grain prices rose.\n"
		  "DENVER, Colo. (Wire) - Hollin Grain Co. and Marsh Valley Farms Inc. of Boulder County on Friday said they would merge their two mills by the end of the year and keep all of the staff.\n",
		  "B..", "a repeated lead that opens with many names is prose, read to its end");

	doc_meta("Source: http://example.com/2013/06/06/story\n"
		 "Star dies at 91\n"
		 "June 6th, 2013 7:38pm EDT\n"
		 "The actress died on Thursday.\n",
		 "Star dies at 91", "2013-06-06", "dateline", "ECB+-style article");
	doc_meta("Friday, September 20, 2024\n"
		 "Friday, September 20, 2024\n"
		 "- Advertisement -\n"
		 "\n"
		 "Company shutting down offices after ban\n"
		 "\n"
		 "The firm said it would close its offices.\n",
		 "Company shutting down offices after ban", "2024-09-20", "banner",
		 "banner date, title after the furniture");
	doc_meta("Updated: March 12, 2025 09:40 GMT\n"
		 "Updated: March 12, 2025 09:40 GMT\n"
		 "\n"
		 "Mill to shut its oldest line\n"
		 "\n"
		 "The mill said on Monday it would shut the line.\n",
		 "Mill to shut its oldest line", "2025-03-12", "dateline",
		 "a stamp labelled 'Updated' printed twice by the template is the dateline, no banner");
	doc_meta("Introduction\n"
		 "In a big development, the firm said on Monday that it would leave.\n",
		 NULL, NULL, "none", "no title when prose comes first");
	doc_meta("Source: http://example.com/news/2012/02/29/amd\n"
		 "AMD buys a server maker\n"
		 "AMD said it would buy the firm.\n",
		 "AMD buys a server maker", "2012-02-29", "url", "date from the URL");

	/* sentences inherit the flag of their line; offsets point into the text */
	const char *t = "Blaze at the port\n- Advertisement -\nFive died. Two were hurt.\n";
	struct ingest_doc doc;
	struct cc_err err = {0};
	struct ingest_opts o = {.date = "2024-10-09", .url = "https://www.Example.org/x"};
	if (tap_ok(ingest_bytes(t, strlen(t), "t.txt", &o, &doc, &err) == CC_OK, "ingest with options")) {
		tap_long_eq((long long)doc.nsents, 4, "four sentences");
		if (doc.nsents == 4) {
			tap_ok(!doc.sents[0].boilerplate && doc.sents[1].boilerplate &&
				       !doc.sents[2].boilerplate && !doc.sents[3].boilerplate,
			       "only the advertisement sentence is boilerplate");
			tap_ok(strncmp(doc.text + doc.sents[3].start, "Two were hurt.",
				       doc.sents[3].end - doc.sents[3].start) == 0,
			       "offsets of the last sentence");
		}
		tap_str_eq(doc.date, "2024-10-09", "--date wins over the text");
		tap_str_eq(ingest_date_origin_name(doc.date_origin), "option", "date origin is the option");
		tap_str_eq(doc.outlet, "example.org", "outlet from the URL host");
		tap_long_eq((long long)strlen(doc.hash), 64, "hex SHA-256 content hash");
		ingest_doc_free(&doc);
	}
	cc_err_clear(&err);

	/* a URL line in capitals: the URL is the line's own, from its scheme,
	 * not some later "http" inside its path */
	{
		const char *u = "Kaspersky exits\nHTTPS://EXAMPLE.COM/News/http-guide\n\n"
				"The firm said on July 20, 2024 that it would stop selling.\n";
		struct ingest_opts uo = {0};
		struct cc_err uerr = {0};
		if (tap_ok(ingest_bytes(u, strlen(u), "u.txt", &uo, &doc, &uerr) == CC_OK,
			   "ingest a capitalised URL line")) {
			tap_str_eq(doc.url ? doc.url : "(none)", "HTTPS://EXAMPLE.COM/News/http-guide",
				   "the URL is the whole line, from its scheme");
			tap_str_eq(doc.outlet ? doc.outlet : "(none)", "example.com",
				   "outlet from the capitalised host");
			ingest_doc_free(&doc);
		}
		cc_err_clear(&uerr);
	}
	return tap_done();
}
