/* Unit tests for src/dateline.c: datelines as outlets write them, and lines
 * that must not be taken for datelines. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "dateline.h"
#include "tap.h"

static void line_is(const char *line, const char *want)
{
	struct cc_date d;
	char iso[11] = "";
	bool ok = dateline_is_line(line, strlen(line), &d);
	if (ok)
		dateline_iso(&d, iso);
	tap_str_eq(ok ? iso : NULL, want, line);
}

static void wire_is(const char *line, const char *want)
{
	struct cc_date d;
	char iso[11] = "";
	bool ok = dateline_wire(line, strlen(line), &d, NULL);
	if (ok && d.year)
		dateline_iso(&d, iso);
	else if (ok) /* a month and a day alone */
		snprintf(iso, sizeof iso, "XXXX-%02d-%02d", d.month, d.day);
	tap_str_eq(ok ? iso : NULL, want, line);
}

static void url_is(const char *url, const char *want)
{
	struct cc_date d;
	char iso[11] = "";
	bool ok = dateline_from_url(url, &d);
	if (ok)
		dateline_iso(&d, iso);
	tap_str_eq(ok ? iso : NULL, want, url);
}

/* The month lookup as a plain scan of every name (what dateline_month
 * answered before it keyed on the first three letters). */
static int month_scan(const char *s, size_t len)
{
	static const char *const names[] = {
		"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december", "jan", "feb",
		"mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	};
	static const int nums[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
				   1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12};
	if (len && s[len - 1] == '.')
		len--;
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		if (strlen(names[i]) != len)
			continue;
		size_t k = 0;
		while (k < len && (s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 : s[k]) == names[i][k])
			k++;
		if (k == len && len)
			return nums[i];
	}
	return 0;
}

/* Every name and abbreviation in mixed case, cut short, lengthened and
 * with a trailing full stop, against the plain scan. */
static void months_agree(void)
{
	static const char *const words[] = {
		"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december", "sept",
		"septs", "mayo", "juny", "marc", "decem", "oct.", "no", "j", "",
		"jan\xC3\xA9", "\xC3\xA9jan", "ja n", "ja.", "mar..", "augusta",
	};
	int bad = 0, n = 0;
	for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
		size_t wl = strlen(words[w]);
		for (size_t cut = 0; cut <= wl; cut++) {
			for (unsigned mask = 0; mask < 8; mask++) {
				char buf[32];
				size_t l = 0;
				for (size_t k = 0; k < cut; k++) {
					char c = words[w][k];
					/* capitalise by mask: first, second, the rest */
					bool up = (k == 0 && (mask & 1)) || (k == 1 && (mask & 2)) ||
						  (k >= 2 && (mask & 4));
					buf[l++] = up && c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
				}
				for (int dot = 0; dot < 2; dot++) {
					size_t bl = l;
					if (dot)
						buf[bl++] = '.';
					n++;
					if (dateline_month(buf, bl) != month_scan(buf, bl)) {
						bad++;
						tap_diag("month of \"%.*s\": %d, scan says %d", (int)bl, buf,
							 dateline_month(buf, bl), month_scan(buf, bl));
					}
				}
			}
		}
	}
	tap_ok(bad == 0, "dateline_month agrees with a scan of the names on %d words", n);
}

int main(void)
{
	months_agree();
	/* datelines */
	{
		/* every weekday and label word, as written and in capitals, may
		 * stand around a date (dateline.c refuses most words by their
		 * first letter and length before scanning the lists); words one
		 * letter off may not */
		static const char *const words[] = {
			"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
			"sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
			"sat", "sun", "updated", "published", "posted", "last", "modified",
			"on", "at", "by", "am", "pm", "a.m", "p.m", "edited", "first", "date",
			"time", "news", "staff", "reporter", "writer", "correspondent", "and",
			"of", "the", "Monday", "Tue.", "Correspondent", "A.M.",
		};
		size_t bad = 0;
		for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
			char line[128], off[32];
			struct cc_date d;
			snprintf(line, sizeof line, "%s %s Jan 5, 2024 %s x", words[i], words[i], words[i]);
			bad += !dateline_is_line(line, strlen(line), &d);
			snprintf(off, sizeof off, "%s", words[i]);
			off[strlen(off) - 1] = off[strlen(off) - 1] == 'q' ? 'r' : 'q';
			snprintf(line, sizeof line, "%s %s Jan 5, 2024 x", off, off);
			bad += dateline_is_line(line, strlen(line), &d);
		}
		tap_ok(bad == 0, "weekdays and labels around a date, and words one letter off");
	}
	/* a wire-style dateline opening the lead: place, date, dash */
	wire_is("SAN JOSE, Calif., March 4, 2025 /PRNewswire/ -- Acme said today it had bought Brio.",
		"2025-03-04");
	wire_is("HEALDSBURG, Calif. (March 4, 2025) - A quake struck on Tuesday.", "2025-03-04");
	wire_is("OSLO, 3 May 2025 \u2014 The ferry sank on Friday.", "2025-05-03");
	wire_is("WASHINGTON, Tuesday, July 16, 2024 \u2013 The ban starts Saturday.", "2024-07-16");
	wire_is("New York, NY, Jan. 9, 2025 (Business Wire) -- Shares rose.", "2025-01-09");
	/* a month and a day without the year: the dateline still, year 0 */
	wire_is("LONDON, July 20 (Reuters) - Shares fell 3% on Monday.", "XXXX-07-20");
	wire_is("PORT CALDER, June 16 (Coastal Wire) \u2014 A ferry ran aground.", "XXXX-06-16");
	wire_is("OSLO, 3rd May \u2014 The ferry sank on Friday.", "XXXX-05-03");
	wire_is("LONDON, July 32 (Reuters) - Shares fell.", NULL);
	wire_is("LONDON, July 20 shares fell 3% on Monday.", NULL);
	wire_is("On July 20 - the plant shut.", NULL);
	/* not one: no place, a sentence's words before the date, no
	 * dash after it, a weekday where the place should be */
	wire_is("On March 4, 2025 - the plant shut.", NULL);
	wire_is("Kaspersky said on March 4, 2025 - quietly - that it would go.", NULL);
	wire_is("The company, founded March 4, 2005 - in Moscow - grew.", NULL);
	wire_is("OSLO, 3 May 2025, the ferry sank.", NULL);
	wire_is("Tuesday, March 4, 2025 - a quake struck.", NULL);
	wire_is("the plant, March 4, 2025 - shut.", NULL);
	wire_is("", NULL);
	{
		const char *l = "OSLO, 3 May 2025 \u2014 The ferry sank.";
		struct cc_date d;
		size_t e = 0;
		tap_ok(dateline_wire(l, strlen(l), &d, &e) && e == strlen("OSLO, 3 May 2025 \u2014"),
		       "wire: the dateline ends just past its dash");
		l = "NUUK, 3 May 2025 /Wire/ -- Ice.";
		tap_ok(dateline_wire(l, strlen(l), &d, &e) && e == strlen("NUUK, 3 May 2025 /Wire/ --"),
		       "wire: ... past a double hyphen after the agency");
	}
	line_is("Friday, September 20, 2024", "2024-09-20");
	line_is("July 03, 2013 6:22AM", "2013-07-03");
	line_is("Updated: July 02, 2013 15:50 IST", "2013-07-02");
	line_is("June 6th, 2013 7:38pm EDT", "2013-06-06");
	line_is("10:10 AM PDT 6/6/2013", "2013-06-06");
	line_is("06/06/13 07:05 PM ET EDT", "2013-06-06");
	line_is("June 06, 2013", "2013-06-06");
	line_is("Friday, June 7, 2013", "2013-06-07");
	line_is("June 6, 2013 3:05 PM EDT", "2013-06-06");
	line_is("20 July 2024", "2024-07-20");
	line_is("Published 2024-07-16", "2024-07-16");
	line_is("Posted on Sept. 29, 2024 at 9:00 a.m.", "2024-09-29");
	line_is("By Jane Doe | July 17, 2024", "2024-07-17");
	line_is("Tuesday 8 October 2024 14:05 BST", "2024-10-08");
	line_is("Feb 29, 2024", "2024-02-29");
	line_is("Article posted on 08.07.2012", "2012-07-08");
	line_is("02.29.12 4:15 PM", "2012-02-29");
	line_is("March 14, 2013-UNITED STATES-", "2013-03-14");
	line_is("PUBLISHED: 22:07 GMT, 7 July 2012", "2012-07-07");
	line_is("on Jul 7 2012, 5:55p", "2012-07-07");
	line_is("March 1, 2012--07:58 GMT (23:58 PST)", "2012-03-01");
	/* slashed: month-first when that is a date, else day-first */
	line_is("14/11/2026", "2026-11-14");
	line_is("Posted 31/12/25 08:00", "2025-12-31");
	line_is("03/04/2026", "2026-03-04");
	line_is("12/13/2026", "2026-12-13");

	/* not datelines */
	line_is("Feb 29, 2023", NULL);
	/* digit runs too long for any numeric form (and for sscanf's %d) */
	line_is("Published 99999999999-07-16", NULL);
	line_is("Published 2024-07-99999999999", NULL);
	line_is("07/16/20244", NULL);
	line_is("The ban takes effect on July 20, 2024, the department said.", NULL);
	line_is("Kaspersky shutting down US offices in response to US ban", NULL);
	line_is("July 20", NULL);
	line_is("Call 555-1234 today", NULL);
	line_is("Windows 10 and 11", NULL);
	line_is("The quake measured 4.6 on Thursday", NULL);
	line_is("13/45/2024", NULL);
	line_is("13/13/2026", NULL);
	line_is("31/02/2026", NULL);
	line_is("", NULL);

	/* dates inside longer text */
	struct cc_date d;
	size_t s = 0, e = 0;
	const char *t = "Effective July 20, 2024, the operator began";
	tap_ok(dateline_find(t, strlen(t), &d, &s, &e) && d.year == 2024 && d.month == 7 &&
		       d.day == 20 && s == 10 && e == 23,
	       "dateline_find locates July 20, 2024 at bytes 10..23");

	/* URLs */
	url_is("http://www.starpulse.com/news/x/2013/06/06/story", "2013-06-06");
	url_is("http://example.com/2013-06-06/entertainment/x", "2013-06-06");
	url_is("http://www.kpopstarz.com/articles/30409/20130606/esther.htm", "2013-06-06");
	url_is("http://example.com/article/132929/hollywood", NULL);
	url_is("http://example.com/2013/13/40/x", NULL);

	/* month names */
	tap_long_eq(dateline_month("Sept.", 5), 9, "Sept. is September");
	tap_long_eq(dateline_month("may", 3), 5, "may is May");
	tap_long_eq(dateline_month("Mayo", 4), 0, "Mayo is not a month");

	tap_ok(dateline_parse_iso("2024-02-29", &d), "2024-02-29 is a date");
	tap_ok(!dateline_parse_iso("2023-02-29", &d), "2023-02-29 is not");
	tap_ok(!dateline_parse_iso("2024-7-20", &d), "2024-7-20 is not YYYY-MM-DD");
	tap_ok(!dateline_parse_iso("yesterday", &d), "words are not dates");
	/* the first digit at every offset of the eight-byte digit search */
	for (int pad = 0; pad < 18; pad++) {
		char line[64];
		snprintf(line, sizeof line, "%*sJuly 4, 2024 \xC2\xB0", pad, "");
		line_is(line, "2024-07-04");
	}
	/* a byline allows four other words, a fifth (anywhere) ends it */
	line_is("By Ann Bo Cy Di | July 17, 2024", "2024-07-17");
	line_is("By Ann Bo Cy Di Ed | July 17, 2024", NULL);
	line_is("Ann Bo Cy Di Ed, July 17, 2024 by", NULL);
	line_is("Ann Bo Cy Di, July 17, 2024 by", "2024-07-17");
	line_is("Updated: \xC2\xB0\xC2\xB9\xC2\xB2 July", NULL); /* bytes 0xB0-0xB9 are no digits */
	/* the digit test before the tokens: a date needs four digits in a
	 * row or a separator between two digits */
	line_is("7/4/24", "2024-07-04");
	line_is("Updated 7.4.24 9:15", "2024-07-04");
	line_is("Posted 2-29-12", NULL);
	line_is("Jul 7 201", NULL);
	line_is("Jul 7, 2012", "2012-07-07");
	line_is("7 July 2012", "2012-07-07");
	line_is("7th July, 2012x", NULL);
	line_is("Posted 12 Jul 99", NULL);
	line_is("2012-07-07", "2012-07-07");
	line_is("Jul. 7 -2012", NULL); /* the dash stands between */
	/* the digit test reads eight bytes a step: each form at every place
	 * across a step's edge */
	for (int pad = 0; pad <= 17; pad++) {
		char line[64];
		snprintf(line, sizeof line, "%*s7/4/24", pad, "");
		line_is(line, "2024-07-04");
		snprintf(line, sizeof line, "%*sJul 7, 2012", pad, "");
		line_is(line, "2012-07-07");
		snprintf(line, sizeof line, "%*s2012-07-07 9:15", pad, "");
		line_is(line, "2012-07-07");
		snprintf(line, sizeof line, "%*sJul 7 201", pad, "");
		line_is(line, NULL);
		snprintf(line, sizeof line, "%*sJul. 7 -2012", pad, "");
		line_is(line, NULL);
	}
	return tap_done();
}
