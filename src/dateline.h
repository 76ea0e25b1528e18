/* dateline: finds publication dates in the first lines of an article and in
 * URLs ("Friday, September 20, 2024", "July 03, 2013 6:22AM",
 * "Updated: July 02, 2013 15:50 IST", "10:10 AM PDT 6/6/2013", ".../2013/06/06/...").
 *
 * Owns: recognising a full calendar date (day, month and year) in a short
 * string, and deciding whether a line is a dateline (a date with only
 * weekday, time, zone and label words around it). Must not: resolve relative
 * dates or partial dates (that is extraction's job), print, or touch the store.
 */
#ifndef CC_DATELINE_H
#define CC_DATELINE_H

#include <stdbool.h>
#include <stddef.h>

struct cc_date {
	int year;  /* e.g. 2024 */
	int month; /* 1..12 */
	int day;   /* 1..31 */
};

/* Month number (1..12) for an English month name or abbreviation of `len`
 * bytes ("Sept", "September", "sep"), or 0. A trailing '.' is not part of it. */
int dateline_month(const char *s, size_t len);

/* True when y-m-d is a real calendar date (leap years included). */
bool dateline_valid(int y, int m, int d);

/* Finds the first full date in s[0..len). On success fills *d and, when not
 * NULL, the byte span of the match. */
bool dateline_find(const char *s, size_t len, struct cc_date *d, size_t *mstart, size_t *mend);

/* True when the line is a dateline: a full date with nothing around it but
 * weekdays, times, time zones, a byline and label words such as "Updated:". */
bool dateline_is_line(const char *s, size_t len, struct cc_date *d);

/* True when the line opens with a wire-style dateline: a place, then a
 * full date after a comma or in parentheses, then a dash ("SAN JOSE,
 * Calif., March 4, 2025 /PRNewswire/ -- ...", "HEALDSBURG, Calif. (March
 * 4, 2025) - ...", "OSLO, 3 May 2025 — ..."). Fills *d and, when not
 * NULL, *dash_end with the offset just past the dash. A dateline of a
 * month and a day alone ("LONDON, July 20 (Reuters) - ...") is one too,
 * with d->year 0. */
bool dateline_wire(const char *s, size_t len, struct cc_date *d, size_t *dash_end);

/* True when a dateline says it is the article's own stamp: a label of
 * publishing stands by the date ("Updated: July 16, 2024 15:50 IST",
 * "Published on ..."; updated, published, posted, modified, edited), which
 * a site's banner of the day ("Friday, September 20, 2024") has not. */
bool dateline_is_stamp(const char *s, size_t len);

/* Finds a date in a URL path: /2013/06/06/, /2013-06-06, /20130606. */
bool dateline_from_url(const char *url, struct cc_date *d);

/* Writes "YYYY-MM-DD" (11 bytes with the NUL) into out. */
void dateline_iso(const struct cc_date *d, char out[static 11]);

/* Parses "YYYY-MM-DD" strictly (a real calendar date). */
bool dateline_parse_iso(const char *s, struct cc_date *d);

#endif
