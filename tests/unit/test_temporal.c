/* Unit tests for src/temporal.c: date expressions as news articles write
 * them (value, granularity, modifier, surface span), phrases that must not
 * become dates, intervals, and year inference. Most cases use a document
 * dated Tuesday 2024-07-16 (ISO week 29). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dateline.h"
#include "mention.h"
#include "tap.h"
#include "temporal.h"
#include "token.h"
#include "util.h"

static const struct cc_date DOC = {2024, 7, 16};

struct doc_scan {
	const char *text;
	struct mention_list ml;
	struct token *toks;
	size_t cap;
};

/* Tokenizes `text` as sentence `sentence` and appends its date mentions. */
static void scan_sentence(struct doc_scan *d, const char *text, size_t sentence,
			  const struct cc_date *doc)
{
	size_t n = 0;
	d->text = text;
	token_scan(text, 0, strlen(text), &d->toks, &n, &d->cap);
	temporal_scan(text, d->toks, n, NULL, sentence, doc, &d->ml);
}

static void doc_free(struct doc_scan *d)
{
	mention_list_free(&d->ml);
	free(d->toks);
	d->toks = NULL;
	d->cap = 0;
}

static const char *gname(enum granularity g)
{
	const char *s = granularity_name(g);
	return s ? s : "none";
}

static const char *mname(enum mention_mod m)
{
	const char *s = mention_mod_name(m);
	return s ? s : "none";
}

static void iso_of(double days, char out[16])
{
	int y, m, d;
	civil_from_days((int64_t)days, &y, &m, &d);
	snprintf(out, 16, "%04d-%02d-%02d", y, m, d);
}

/* ---- expressions -------------------------------------------------------- */

struct ex {
	const char *text;
	int nth;           /* which date mention of the sentence */
	const char *value;
	enum granularity gran;
	enum mention_mod mod;
	const char *span;  /* NULL: not checked */
};

#define D GRAN_DAY
#define MO GRAN_MONTH
#define Y GRAN_YEAR
#define DEC GRAN_DECADE
#define QU GRAN_QUARTER
#define WK GRAN_WEEK
#define HR GRAN_HOUR
#define MIN GRAN_MINUTE

static const struct ex with_doc[] = {
	/* full and partial calendar dates */
	{"The law took effect on July 20, 2024.", 0, "2024-07-20", D, MOD_ON, "July 20, 2024"},
	{"It was signed 20 July 2024 in Brussels.", 0, "2024-07-20", D, MOD_NONE, "20 July 2024"},
	{"Shipments resume July 20th.", 0, "XXXX-07-20", D, MOD_NONE, "July 20th"},
	{"The deadline is Sept. 29.", 0, "XXXX-09-29", D, MOD_NONE, "Sept. 29"},
	{"Updates stop Sept 29th for everyone.", 0, "XXXX-09-29", D, MOD_NONE, "Sept 29th"},
	{"The filing is dated 2024-07-20.", 0, "2024-07-20", D, MOD_NONE, "2024-07-20"},
	{"Payment was due 07/20/2024.", 0, "2024-07-20", D, MOD_NONE, "07/20/2024"},
	{"It was announced in June 2024.", 0, "2024-06", MO, MOD_NONE, "June 2024"},
	{"The vote happened in June.", 0, "XXXX-06", MO, MOD_NONE, "June"},
	{"The company was founded in 2017.", 0, "2017", Y, MOD_NONE, "2017"},
	{"1997 was a turbulent year for the firm.", 0, "1997", Y, MOD_NONE, "1997"},
	{"Sales fell in late September.", 0, "XXXX-09", MO, MOD_LATE, "late September"},
	{"Growth slowed in early 2024.", 0, "2024", Y, MOD_EARLY, "early 2024"},
	{"The talks resume mid-July.", 0, "XXXX-07", MO, MOD_MID, "mid-July"},
	{"Prices peaked in mid-2024.", 0, "2024", Y, MOD_MID, "mid-2024"},
	{"The look was popular in the 1990s.", 0, "199X", DEC, MOD_NONE, "the 1990s"},
	{"Music from the '90s came back.", 0, "199X", DEC, MOD_STARTING, "the '90s"},
	{"Apps defined the 2010s.", 0, "201X", DEC, MOD_NONE, "the 2010s"},
	{"Cars built in 1960s Detroit were heavy.", 0, "196X", DEC, MOD_NONE, "1960s"},
	{"Homes of the 2000s were larger.", 0, "200X", DEC, MOD_NONE, "the 2000s"},
	{"Stars of the 1940s and '50s gathered.", 1, "195X", DEC, MOD_NONE, "'50s"},
	{"Stars of the 1940s and 1950s gathered.", 1, "195X", DEC, MOD_NONE, "1950s"},
	{"She was a top draw in the 40s and 50s.", 1, "195X", DEC, MOD_NONE, "50s"},
	{"Hits from the 1960s, 70s and 80s played.", 2, "198X", DEC, MOD_NONE, "80s"},
	{"Hits of the ’80s played all night.", 0, "198X", DEC, MOD_NONE, "the ’80s"},
	{"It was popular in the early 1990s.", 0, "199X", DEC, MOD_EARLY, "the early 1990s"},
	{"The style faded in the mid-1980s.", 0, "198X", DEC, MOD_MID, "the mid-1980s"},
	{"Rock changed in the late '60s.", 0, "196X", DEC, MOD_LATE, "the late '60s"},
	{"It peaked in the early 2000s.", 0, "200X", DEC, MOD_EARLY, "the early 2000s"},
	{"Fashion of the late '80s returned.", 0, "198X", DEC, MOD_LATE, "the late '80s"},
	{"It opened on 4 March 2019.", 0, "2019-03-04", D, MOD_ON, "4 March 2019"},
	{"It closed on the 20th of July.", 0, "XXXX-07-20", D, MOD_ON, "the 20th of July"},
	{"The form was filed on the 3rd of May, 2021.", 0, "2021-05-03", D, MOD_ON, "the 3rd of May, 2021"},
	{"The treaty was signed on the 21st of March 2020.", 0, "2020-03-21", D, MOD_ON, NULL},
	{"Posted 29th February 2012", 0, "2012-02-29", D, MOD_NONE, "29th February 2012"},
	{"Published 2024/07/20 in Tokyo.", 0, "2024-07-20", D, MOD_NONE, "2024/07/20"},
	{"Signed 7/4/1976 in Philadelphia.", 0, "1976-07-04", D, MOD_NONE, "7/4/1976"},
	{"Posted 6/6/13 at noon.", 0, "2013-06-06T12:00", MIN, MOD_NONE, "6/6/13 at noon"},
	{"Filed 20/07/2024 in Paris.", 0, "2024-07-20", D, MOD_NONE, "20/07/2024"},
	{"Article posted on 08.07.2012", 0, "2012-07-08", D, MOD_ON, "08.07.2012"},
	{"Dated 02.29.12 by the clerk.", 0, "2012-02-29", D, MOD_NONE, "02.29.12"},
	{"Effective 07-20-2024, prices rise.", 0, "2024-07-20", D, MOD_STARTING, "07-20-2024"},
	{"The riot followed on Jan. 6, 2021.", 0, "2021-01-06", D, MOD_ON, "Jan. 6, 2021"},
	{"Feb 29, 2024 was a Thursday.", 0, "2024-02-29", D, MOD_NONE, "Feb 29, 2024"},
	{"NOVEMBER 12, 2007", 0, "2007-11-12", D, MOD_NONE, "NOVEMBER 12, 2007"},
	{"On Dec. 25 families gather.", 0, "XXXX-12-25", D, MOD_ON, "Dec. 25"},
	{"Rates change Aug 1 for all.", 0, "XXXX-08-01", D, MOD_NONE, "Aug 1"},
	{"The festival runs June 5-7.", 0, "XXXX-06-05", D, MOD_NONE, "June 5-7"},
	{"The festival runs June 5–7, 2025.", 0, "2025-06-05", D, MOD_NONE, "June 5–7, 2025"},
	{"Fireworks lit the sky on July 4th.", 0, "XXXX-07-04", D, MOD_ON, "July 4th"},
	{"The books close Dec. 31.", 0, "XXXX-12-31", D, MOD_NONE, "Dec. 31"},
	{"On 1 January the law changes.", 0, "XXXX-01-01", D, MOD_ON, "1 January"},
	{"The quake struck March 14, 2013 at 12:41 PM.", 0, "2013-03-14T12:41", MIN, MOD_NONE,
	 "March 14, 2013 at 12:41 PM"},
	{"Jul 07, 2012 7:40 PM ET", 0, "2012-07-07T19:40-04:00", MIN, MOD_NONE, "Jul 07, 2012 7:40 PM ET"},
	{"on Jul 7 2012, 5:55p", 0, "2012-07-07", D, MOD_ON, "Jul 7 2012"},
	{"The lease ended 2023-12-31.", 0, "2023-12-31", D, MOD_NONE, NULL},
	{"Signed on 2024-07-20T10:00Z by both.", 0, "2024-07-20", D, MOD_ON, "2024-07-20"},
	{"She was born on 12 December 1990.", 0, "1990-12-12", D, MOD_ON, "12 December 1990"},
	{"The Fed meets July 30-31.", 0, "XXXX-07-30", D, MOD_NONE, "July 30-31"},
	{"They will meet on July 30 and August 2.", 1, "XXXX-08-02", D, MOD_NONE, "August 2"},

	/* months and years */
	{"He lost a title fight in April 2004.", 0, "2004-04", MO, MOD_NONE, "April 2004"},
	{"He is unbeaten since his April 2006 win.", 0, "2006-04", MO, MOD_NONE, "April 2006"},
	{"The plant opened in May 2010.", 0, "2010-05", MO, MOD_NONE, "May 2010"},
	{"The bill passed in March of 2019.", 0, "2019-03", MO, MOD_NONE, "March of 2019"},
	{"The bill passed in March of last year.", 0, "2023-03", MO, MOD_NONE, "March of last year"},
	{"It happened in September, 2020.", 0, "2020-09", MO, MOD_NONE, "September, 2020"},
	{"The case was filed in Sept. 2023.", 0, "2023-09", MO, MOD_NONE, "Sept. 2023"},
	{"Prices jumped in Jan 2020.", 0, "2020-01", MO, MOD_NONE, "Jan 2020"},
	{"The sale closed in May.", 0, "XXXX-05", MO, MOD_NONE, "May"},
	{"Rates have climbed since March.", 0, "XXXX-03", MO, MOD_SINCE, "March"},
	{"Prices stay flat until October.", 0, "XXXX-10", MO, MOD_UNTIL, "October"},
	{"He worked there from January.", 0, "XXXX-01", MO, MOD_STARTING, "January"},
	{"Shops close during August.", 0, "XXXX-08", MO, MOD_NONE, "August"},
	{"The fund grew between June and August.", 0, "XXXX-06", MO, MOD_NONE, "June"},
	{"The fund grew between June and August.", 1, "XXXX-08", MO, MOD_NONE, "August"},
	{"Expect delays by December.", 0, "XXXX-12", MO, MOD_BY, "December"},
	{"The report came back in February.", 0, "XXXX-02", MO, MOD_NONE, "February"},
	{"Demand picked up in early July.", 0, "XXXX-07", MO, MOD_EARLY, "early July"},
	{"Work stopped in mid September.", 0, "XXXX-09", MO, MOD_MID, "mid September"},
	{"Mid-July brought heavy rain.", 0, "XXXX-07", MO, MOD_MID, "Mid-July"},
	{"Late September is the target.", 0, "XXXX-09", MO, MOD_LATE, "Late September"},
	{"Service lasts until late September.", 0, "XXXX-09", MO, MOD_UNTIL, "late September"},
	{"In 2017 the ban began.", 0, "2017", Y, MOD_NONE, "2017"},
	{"Since 1997, it has grown.", 0, "1997", Y, MOD_SINCE, "1997"},
	{"By 2030 the fleet will be electric.", 0, "2030", Y, MOD_BY, "2030"},
	{"Output rose between 2010 and 2015.", 0, "2010", Y, MOD_NONE, "2010"},
	{"Output rose between 2010 and 2015.", 1, "2015", Y, MOD_NONE, "2015"},
	{"It ran from 2010 to 2015.", 0, "2010", Y, MOD_STARTING, "2010"},
	{"It ran from 2010 to 2015.", 1, "2015", Y, MOD_NONE, "2015"},
	{"The 2012-2013 season was long.", 0, "2012", Y, MOD_NONE, "2012"},
	{"The 2012-2013 season was long.", 1, "2013", Y, MOD_NONE, "2013"},
	{"Chips arrive by 2013 or 2014.", 0, "2013", Y, MOD_BY, "2013"},
	{"Chips arrive by 2013 or 2014.", 1, "2014", Y, MOD_NONE, "2014"},
	{"It followed a 2017 ban on the firm.", 0, "2017", Y, MOD_NONE, "2017"},
	{"Turnout in the 2024 election rose.", 0, "2024", Y, MOD_NONE, "2024"},
	{"Guidance for fiscal 2024 held.", 0, "2024", Y, MOD_NONE, "2024"},
	{"Its FY2024 results beat forecasts.", 0, "2024", Y, MOD_NONE, "2024"},
	{"The photo dates to circa 1900.", 0, "1900", Y, MOD_APPROX, "1900"},
	{"England was conquered in 1066.", 0, "1066", Y, MOD_NONE, "1066"},
	{"The film (2019) won awards.", 0, "2019", Y, MOD_NONE, "2019"},
	{"The Recovery Act of 2009 funded it.", 0, "2009", Y, MOD_NONE, "2009"},
	{"Rules apply as of 2024.", 0, "2024", Y, MOD_STARTING, "2024"},
	{"Prices fell before 2020.", 0, "2020", Y, MOD_BEFORE, "2020"},
	{"Prices rose after 2020.", 0, "2020", Y, MOD_AFTER, "2020"},
	{"The deal closed in late 2007.", 0, "2007", Y, MOD_LATE, "late 2007"},
	{"Sales dipped in early 2024, then recovered.", 0, "2024", Y, MOD_EARLY, NULL},

	/* relational modifiers */
	{"The ban takes effect starting July 20.", 0, "XXXX-07-20", D, MOD_STARTING, "July 20"},
	{"Operations wind down, starting from July 20.", 0, "XXXX-07-20", D, MOD_STARTING, "July 20"},
	{"The rule is effective July 20, 2024.", 0, "2024-07-20", D, MOD_STARTING, "July 20, 2024"},
	{"The rule is effective on July 20.", 0, "XXXX-07-20", D, MOD_STARTING, "July 20"},
	{"The firm has until September 29 to comply.", 0, "XXXX-09-29", D, MOD_UNTIL, "September 29"},
	{"Customers must switch by September 29.", 0, "XXXX-09-29", D, MOD_BY, "September 29"},
	{"Nothing changes before September 29.", 0, "XXXX-09-29", D, MOD_BEFORE, NULL},
	{"Updates continue after September 29.", 0, "XXXX-09-29", D, MOD_AFTER, NULL},
	{"As of June 1, the office is closed.", 0, "XXXX-06-01", D, MOD_STARTING, "June 1"},
	{"Access remains through Sept. 30.", 0, "XXXX-09-30", D, MOD_UNTIL, "Sept. 30"},
	{"The report came out around July 4.", 0, "XXXX-07-04", D, MOD_APPROX, "July 4"},
	{"Sales must finish no later than Oct. 1.", 0, "XXXX-10-01", D, MOD_BY, "Oct. 1"},
	{"Files were deleted prior to March 3.", 0, "XXXX-03-03", D, MOD_BEFORE, "March 3"},
	{"Service changes beginning March 3.", 0, "XXXX-03-03", D, MOD_STARTING, "March 3"},
	{"Starting September 29, customers lose updates.", 0, "XXXX-09-29", D, MOD_STARTING, "September 29"},
	{"Sales stop starting in September.", 0, "XXXX-09", MO, MOD_STARTING, "September"},
	{"Kaspersky announced on July 20, 2024, that it would leave.", 0, "2024-07-20", D, MOD_ON, "July 20, 2024"},

	/* weekdays (document: Tuesday 2024-07-16) */
	{"The board met Tuesday.", 0, "2024-07-16", D, MOD_NONE, "Tuesday"},
	{"The board met on Friday.", 0, "2024-07-12", D, MOD_ON, "Friday"},
	{"Talks broke down late Tuesday.", 0, "2024-07-16", D, MOD_LATE, "late Tuesday"},
	{"Talks broke down late on Tuesday.", 0, "2024-07-16", D, MOD_LATE, "late on Tuesday"},
	{"The blast happened early on Friday.", 0, "2024-07-12", D, MOD_EARLY, "early on Friday"},
	{"Police arrived Tuesday night.", 0, "2024-07-16", D, MOD_NONE, "Tuesday night"},
	{"Fans celebrated Saturday night.", 0, "2024-07-13", D, MOD_NONE, "Saturday night"},
	{"Residents woke early Thursday morning.", 0, "2024-07-11", D, MOD_EARLY, "early Thursday morning"},
	{"She spoke on Wednesday morning.", 0, "2024-07-10", D, MOD_ON, "Wednesday morning"},
	{"The shop shut last Friday.", 0, "2024-07-12", D, MOD_NONE, "last Friday"},
	{"The shop reopens next Tuesday.", 0, "2024-07-23", D, MOD_NONE, "next Tuesday"},
	{"The shop shut last Tuesday.", 0, "2024-07-09", D, MOD_NONE, "last Tuesday"},
	{"The vote will be held Thursday.", 0, "2024-07-18", D, MOD_NONE, "Thursday"},
	{"The minister said Monday that taxes would rise.", 0, "2024-07-15", D, MOD_NONE, "Monday"},
	{"Sunday's game was delayed.", 0, "2024-07-14", D, MOD_NONE, "Sunday"},
	{"Friday, September 20, 2024", 0, "2024-09-20", D, MOD_NONE, "Friday, September 20, 2024"},
	{"Tuesday 8 October 2024 14:05 BST", 0, "2024-10-08T14:05+01:00", MIN, MOD_NONE,
	 "Tuesday 8 October 2024 14:05 BST"},
	{"The quake struck on Thursday, March 14.", 0, "XXXX-03-14", D, MOD_ON, "Thursday, March 14"},
	{"Rain fell Thursday March 14 in the valley.", 0, "XXXX-03-14", D, MOD_NONE, "Thursday March 14"},
	{"Wednesday, Feb. 29, 2012", 0, "2012-02-29", D, MOD_NONE, "Wednesday, Feb. 29, 2012"},
	{"The strike ended overnight Sunday.", 0, "2024-07-14", D, MOD_NONE, "Sunday"},
	{"The ruling came down on Thurs., March 3.", 0, "XXXX-03-03", D, MOD_ON, "Thurs., March 3"},
	{"Thu, 14 Mar 2013 10:00:00 GMT", 0, "2013-03-14", D, MOD_NONE, "Thu, 14 Mar 2013"},
	{"We will know more next Friday, July 26.", 0, "XXXX-07-26", D, MOD_NONE, "next Friday, July 26"},
	{"The event, held Tuesday, drew crowds.", 0, "2024-07-16", D, MOD_NONE, "Tuesday"},
	{"Prices will rise starting Monday.", 0, "2024-07-22", D, MOD_STARTING, "Monday"},
	/* tense decides the direction: a schedule (future, or a present "is",
	 * "meets", "opens" with the day) is ahead, a report is behind; the
	 * document's own weekday is the document's day either way */
	{"The vote is Friday.", 0, "2024-07-19", D, MOD_NONE, "Friday"},
	{"The vote is on Monday.", 0, "2024-07-22", D, MOD_ON, "Monday"},
	{"The vote was on Monday.", 0, "2024-07-15", D, MOD_ON, "Monday"},
	{"Elections are Sunday across the region.", 0, "2024-07-21", D, MOD_NONE, "Sunday"},
	{"The deadline is Tuesday.", 0, "2024-07-16", D, MOD_NONE, "Tuesday"},
	{"The council meets Friday.", 0, "2024-07-19", D, MOD_NONE, "Friday"},
	{"The council met Friday.", 0, "2024-07-12", D, MOD_NONE, "Friday"},
	{"Party leaders meet Thursday in Lisbon.", 0, "2024-07-18", D, MOD_NONE, "Thursday"},
	{"Registration opens Thursday.", 0, "2024-07-18", D, MOD_NONE, "Thursday"},
	{"Hearings resume Monday.", 0, "2024-07-22", D, MOD_NONE, "Monday"},
	{"The envoy is to arrive Saturday.", 0, "2024-07-20", D, MOD_NONE, "Saturday"},
	{"The judge is to be sworn in Monday.", 0, "2024-07-22", D, MOD_NONE, "Monday"},
	{"The hearing is scheduled for Friday.", 0, "2024-07-19", D, MOD_NONE, "Friday"},
	{"The bank plans to cut rates Thursday.", 0, "2024-07-18", D, MOD_NONE, "Thursday"},
	{"The mill said Friday it will close.", 0, "2024-07-12", D, MOD_NONE, "Friday"},
	{"The mill will close Friday, it said.", 0, "2024-07-19", D, MOD_NONE, "Friday"},
	{"The mill failed to meet Friday's deadline.", 0, "2024-07-12", D, MOD_NONE, "Friday"},
	{"The mill did not meet Friday's deadline.", 0, "2024-07-12", D, MOD_NONE, "Friday"},
	{"The mill will not meet Friday's deadline.", 0, "2024-07-19", D, MOD_NONE, "Friday"},
	{"A man is in custody after a stabbing Sunday.", 0, "2024-07-14", D, MOD_NONE, "Sunday"},
	{"The rules will be strictly enforced Monday.", 0, "2024-07-22", D, MOD_NONE, "Monday"},
	{"The Senate is poised to vote Thursday.", 0, "2024-07-18", D, MOD_NONE, "Thursday"},
	{"The firm hopes to close the deal Friday.", 0, "2024-07-19", D, MOD_NONE, "Friday"},
	/* "could" and "might" look ahead unless "not" or "have" follows */
	{"Talks could resume Friday.", 0, "2024-07-19", D, MOD_NONE, "Friday"},
	{"The firm warned that delays might last until Thursday.", 0, "2024-07-18", D, MOD_UNTIL, "Thursday"},
	{"The mayor could not be reached on Monday.", 0, "2024-07-15", D, MOD_ON, "Monday"},
	{"The crash could have been avoided on Sunday.", 0, "2024-07-14", D, MOD_ON, "Sunday"},
	/* stay and remain take a participle as "be" does: no past */
	{"The bridge will stay closed Friday.", 0, "2024-07-19", D, MOD_NONE, "Friday"},
	{"The road will remain blocked on Thursday.", 0, "2024-07-18", D, MOD_ON, "Thursday"},
	{"The road remained blocked on Thursday.", 0, "2024-07-11", D, MOD_ON, "Thursday"},
	/* a state that lasts until a weekday, with no past cue, looks ahead;
	 * "until at least" is "until" */
	{"The shop stays shut until Monday.", 0, "2024-07-22", D, MOD_UNTIL, "Monday"},
	{"Flights are grounded until at least Saturday.", 0, "2024-07-20", D, MOD_UNTIL, "Saturday"},
	/* so does one a past passive reports as set: the end the decision
	 * named, not said to be over; the document's own weekday is today */
	{"Flights were grounded until Saturday.", 0, "2024-07-20", D, MOD_UNTIL, "Saturday"},
	{"Rail services were suspended until Monday.", 0, "2024-07-22", D, MOD_UNTIL, "Monday"},
	{"Ferries had been halted till Friday.", 0, "2024-07-19", D, MOD_UNTIL, "Friday"},
	{"The pier was temporarily closed through Sunday.", 0, "2024-07-21", D, MOD_UNTIL, "Sunday"},
	{"The tunnel was shut until Tuesday.", 0, "2024-07-16", D, MOD_UNTIL, "Tuesday"},
	/* and one an active past verb sets: the end the decision named */
	{"The operator suspended services until Monday.", 0, "2024-07-22", D, MOD_UNTIL, "Monday"},
	{"Officials closed the bridge until Friday.", 0, "2024-07-19", D, MOD_UNTIL, "Friday"},
	{"The airline grounded its fleet till Sunday.", 0, "2024-07-21", D, MOD_UNTIL, "Sunday"},
	/* ... not a verb that tells how long a state held */
	{"The council kept the bridge closed until Friday.", 0, "2024-07-12", D, MOD_UNTIL, "Friday"},
	{"The operator did not suspend services until Monday.", 0, "2024-07-15", D, MOD_UNTIL, "Monday"},
	{"Northway suspended services until Monday, when engineers finished repairs.", 0, "2024-07-15", D, MOD_UNTIL, "Monday"},
	{"Rail services were suspended until Monday, when the line reopened.", 0, "2024-07-15", D, MOD_UNTIL, "Monday"},
	/* an active past tells of the whole span; "not ... until" dates when
	 * a thing happened; "on" and "by" keep the tense's reading */
	{"The walkout lasted until Thursday.", 0, "2024-07-11", D, MOD_UNTIL, "Thursday"},
	{"The valley road remained closed until Monday.", 0, "2024-07-15", D, MOD_UNTIL, "Monday"},
	{"Power was not restored until Sunday.", 0, "2024-07-14", D, MOD_UNTIL, "Sunday"},
	{"Rail services were suspended on Monday.", 0, "2024-07-15", D, MOD_ON, "Monday"},
	{"The blaze was contained by Saturday.", 0, "2024-07-13", D, MOD_BY, "Saturday"},
	/* the end of a range is the first such weekday after its start */
	{"Lanes are closed from Thursday until Saturday.", 1, "2024-07-13", D, MOD_UNTIL, "Saturday"},
	{"The bridge was closed from Friday until Monday.", 1, "2024-07-15", D, MOD_UNTIL, "Monday"},
	{"The plant stays closed until at least March 8.", 0, "XXXX-03-08", D, MOD_UNTIL, "March 8"},
	/* "this Friday" is the coming one unless a past cue says otherwise */
	{"The show airs this Friday.", 0, "2024-07-19", D, MOD_NONE, "this Friday"},
	{"Sales rose this Monday.", 0, "2024-07-15", D, MOD_NONE, "this Monday"},
	{"The show airs this Tuesday.", 0, "2024-07-16", D, MOD_NONE, "this Tuesday"},

	/* relative days, weeks, months, years */
	{"He resigned yesterday.", 0, "2024-07-15", D, MOD_NONE, "yesterday"},
	{"The report is out today.", 0, "2024-07-16", D, MOD_NONE, "today"},
	{"Results come tomorrow.", 0, "2024-07-17", D, MOD_NONE, "tomorrow"},
	/* "Today," with a tense cue is the document's day */
	{"Today, the governor said the bridge would reopen.", 0, "2024-07-16", D, MOD_NONE, "Today"},
	{"Today, the insurer bought a small rival.", 0, "2024-07-16", D, MOD_NONE, "Today"},
	{"Today, the panel will vote on the bill.", 0, "2024-07-16", D, MOD_NONE, "Today"},
	{"Today, the museum is expected to reopen.", 0, "2024-07-16", D, MOD_NONE, "Today"},
	{"Shares fell today, and most houses are retrofitted.", 0, "2024-07-16", D, MOD_NONE, "today"},
	{"It happened yesterday morning.", 0, "2024-07-15", D, MOD_NONE, "yesterday morning"},
	{"The game is tonight.", 0, "2024-07-16", D, MOD_NONE, "tonight"},
	{"Sirens sounded last night.", 0, "2024-07-15", D, MOD_NONE, "last night"},
	{"The mayor spoke this morning.", 0, "2024-07-16", D, MOD_NONE, "this morning"},
	{"Today, the firm said it would grow.", 0, "2024-07-16", D, MOD_NONE, "Today"},
	{"HP today announced a deal.", 0, "2024-07-16", D, MOD_NONE, "today"},
	{"Shares fell last week.", 0, "2024-W28", WK, MOD_NONE, "last week"},
	{"Shares fell this week.", 0, "2024-W29", WK, MOD_NONE, "this week"},
	{"Shares may rise next week.", 0, "2024-W30", WK, MOD_NONE, "next week"},
	{"Results will come early next week.", 0, "2024-W30", WK, MOD_EARLY, "early next week"},
	{"Crowds gathered this past weekend.", 0, "2024-W28-WE", WK, MOD_NONE, "this past weekend"},
	{"Crowds will gather this weekend.", 0, "2024-W29-WE", WK, MOD_NONE, "this weekend"},
	{"Crowds gathered last weekend.", 0, "2024-W28-WE", WK, MOD_NONE, "last weekend"},
	{"Hiring slowed last month.", 0, "2024-06", MO, MOD_NONE, "last month"},
	{"Hiring slowed this month.", 0, "2024-07", MO, MOD_NONE, "this month"},
	{"Hiring resumes next month.", 0, "2024-08", MO, MOD_NONE, "next month"},
	{"Profit rose last year.", 0, "2023", Y, MOD_NONE, "last year"},
	{"Profit rose this year.", 0, "2024", Y, MOD_NONE, "this year"},
	{"Profit will rise next year.", 0, "2025", Y, MOD_NONE, "next year"},
	{"This year's harvest was poor.", 0, "2024", Y, MOD_NONE, "This year"},
	{"Last year's harvest was poor.", 0, "2023", Y, MOD_NONE, "Last year"},
	{"Demand fell late last year.", 0, "2023", Y, MOD_LATE, "late last year"},
	{"A rebound is due early next year.", 0, "2025", Y, MOD_EARLY, "early next year"},
	{"The plan was unveiled earlier this month.", 0, "2024-07", MO, MOD_NONE, "earlier this month"},
	{"A decision is expected later this year.", 0, "2024", Y, MOD_NONE, "later this year"},
	{"Talks began earlier this week.", 0, "2024-W29", WK, MOD_NONE, "earlier this week"},
	{"Talks end later this month.", 0, "2024-07", MO, MOD_NONE, "later this month"},
	{"Output dipped earlier this year.", 0, "2024", Y, MOD_NONE, "earlier this year"},
	{"The shop closed three days ago.", 0, "2024-07-13", D, MOD_NONE, "three days ago"},
	{"The shop closed two weeks ago.", 0, "2024-W27", WK, MOD_NONE, "two weeks ago"},
	{"Only a month ago, the deal looked dead.", 0, "2024-06", MO, MOD_NONE, "a month ago"},
	{"The firm was founded 20 years ago.", 0, "2004", Y, MOD_NONE, "20 years ago"},
	{"The firm was bought a year ago.", 0, "2023", Y, MOD_NONE, "a year ago"},
	{"The mill closed two decades ago.", 0, "2004", Y, MOD_NONE, "two decades ago"},
	{"A decade ago, the pier burned.", 0, "2014", Y, MOD_NONE, "A decade ago"},
	{"The board met last May.", 0, "2024-05", MO, MOD_NONE, "last May"},
	{"The board meets next March.", 0, "2025-03", MO, MOD_NONE, "next March"},
	{"The board meets this December.", 0, "2024-12", MO, MOD_NONE, "this December"},
	{"The board met last July.", 0, "2023-07", MO, MOD_NONE, "last July"},

	/* edges of periods */
	{"Stock runs out at the end of September.", 0, "XXXX-09", MO, MOD_LATE, "the end of September"},
	{"Chips ship by the end of the year.", 0, "2024", Y, MOD_BY, "the end of the year"},
	{"Work starts at the beginning of 2025.", 0, "2025", Y, MOD_EARLY, "the beginning of 2025"},
	{"Talks resume in the middle of next month.", 0, "2024-08", MO, MOD_MID, "the middle of next month"},
	{"Fees rose at the start of this year.", 0, "2024", Y, MOD_EARLY, "the start of this year"},
	{"Chips ship towards the end of this year.", 0, "2024", Y, MOD_LATE, "the end of this year"},
	{"The merger should close by end of this year.", 0, "2024", Y, MOD_BY, "end of this year"},

	/* quarters, halves, seasons */
	{"Revenue grew in the second quarter.", 0, "XXXX-Q2", QU, MOD_NONE, "the second quarter"},
	{"Revenue grew in Q2 2024.", 0, "2024-Q2", QU, MOD_NONE, "Q2 2024"},
	{"Earnings in Q3 rose.", 0, "XXXX-Q3", QU, MOD_NONE, "Q3"},
	{"Sales slumped in Q4 2023.", 0, "2023-Q4", QU, MOD_NONE, "Q4 2023"},
	{"Launch is planned for the first half of 2025.", 0, "2025-H1", QU, MOD_NONE, "the first half of 2025"},
	{"Orders rise in the second half of the year.", 0, "2024-H2", QU, MOD_NONE, "the second half of the year"},
	{"Costs fell in the first half of this year.", 0, "2024-H1", QU, MOD_NONE, "the first half of this year"},
	{"Targets for H1 2025 were cut.", 0, "2025-H1", QU, MOD_NONE, "H1 2025"},
	{"Profit fell in the fourth quarter of 2023.", 0, "2023-Q4", QU, MOD_NONE, "the fourth quarter of 2023"},
	{"Profit fell in the third quarter of last year.", 0, "2023-Q3", QU, MOD_NONE, "the third quarter of last year"},
	{"Its second-quarter profit doubled.", 0, "XXXX-Q2", QU, MOD_NONE, "second-quarter"},
	{"Sales peak in the final quarter of 2024.", 0, "2024-Q4", QU, MOD_NONE, "the final quarter of 2024"},
	{"Sales peak in the last quarter of 2024.", 0, "2024-Q4", QU, MOD_NONE, "the last quarter of 2024"},
	{"Margins shrank last quarter.", 0, "2024-Q2", QU, MOD_NONE, "last quarter"},
	{"Margins shrank this quarter.", 0, "2024-Q3", QU, MOD_NONE, "this quarter"},
	{"Margins may grow next quarter.", 0, "2024-Q4", QU, MOD_NONE, "next quarter"},
	{"Tourism recovered this summer.", 0, "2024-SU", QU, MOD_NONE, "this summer"},
	{"Tourism collapsed last summer.", 0, "2023-SU", QU, MOD_NONE, "last summer"},
	{"Tourism should recover next summer.", 0, "2025-SU", QU, MOD_NONE, "next summer"},
	{"Heating costs rise this winter.", 0, "2024-WI", QU, MOD_NONE, "this winter"},
	{"The tour resumes in summer 2023.", 0, "2023-SU", QU, MOD_NONE, "summer 2023"},
	{"Crowds filled the park in the summer of 1969.", 0, "1969-SU", QU, MOD_NONE, "the summer of 1969"},
	{"Classes restart in fall 2022.", 0, "2022-FA", QU, MOD_NONE, "fall 2022"},
	{"The lockdown began in the spring of 2020.", 0, "2020-SP", QU, MOD_NONE, "the spring of 2020"},
};

/* The same expressions without a document date. */
struct ex_nodoc {
	const char *text;
	const char *value;
	enum granularity gran;
	const char *unit;
};

static const struct ex_nodoc without_doc[] = {
	{"The board met Tuesday.", "XXXX-XX-XX", D, "tuesday"},
	{"The board met last Friday.", "XXXX-XX-XX", D, "last friday"},
	{"He resigned yesterday.", "XXXX-XX-XX", D, "yesterday"},
	{"Shares fell last week.", "XXXX-WXX", WK, "last week"},
	{"Hiring slowed last month.", "XXXX-XX", MO, "last month"},
	{"Profit rose last year.", "XXXX", Y, "last year"},
	{"The shop closed three days ago.", "XXXX-XX-XX", D, "three days ago"},
	{"Costs fell in the first half of this year.", "XXXX-QX", QU, "the first half of this year"},
	{"Output dipped earlier this year.", "XXXX", Y, "earlier this year"},
	{"The deadline is Sept. 29.", "XXXX-09-29", D, ""},
	{"The law took effect on July 20, 2024.", "2024-07-20", D, ""},
	{"It was popular in the 1990s.", "199X", DEC, ""},
};

/* Sentences with no date at all. */
static const char *const negatives[] = {
	/* "Today," opening a clause without tense: nowadays, no date */
	"Today, most houses in the district are retrofitted.",
	"Today, cloud software is frequently used by schools.",
	"Today, the village has 3,000 residents.",
	"Call 555-1234 for details.",
	"Call (202) 555-0143 now.",
	"The laptop runs Windows 10.",
	"COVID-19 cases rose sharply.",
	"Early on, the company grew; late on, it shrank.",
	"Support is available 24/7.",
	"She made the Top 5 list.",
	"The Boeing 737 landed safely.",
	"Section 230 protects websites.",
	"See page 12 for the chart.",
	"He is No. 3 in the ranking.",
	"Rates rose 3.5% overall.",
	"It cost $2024 in total.",
	"About 2,024 people came.",
	"The final count was 1,997.",
	"A 6.1-magnitude quake hit the coast.",
	"The score was 7-5 after extra time.",
	"Meet at 9:30 sharp.",
	"The quake measured 4.6 on the scale.",
	"The Mayor spoke to reporters.",
	"May I ask a question?",
	"Thousands will march downtown.",
	"The 737 MAX was grounded.",
	"Windows 2000 was popular with businesses.",
	"Vision 2030 is a reform plan.",
	"Agenda 2063 sets long-term goals.",
	"Over 2000 people attended.",
	"The company employs about 2000.",
	"The hike was 2000 miles long.",
	"The Sunday Times reported the story.",
	"He appeared on USA Today's list.",
	"Black Friday sales were strong.",
	"Jan Koum founded the app.",
	"August Wilson wrote plays.",
	"The March on Washington drew crowds.",
	"In her 90s, she still swims.",
	"In her 40s and 50s, she still swam.",
	"Highs in the 80s and 90s are expected.",
	"He lives at 1600 Pennsylvania Avenue.",
	"Flight 2020 was delayed.",
	"Room 1999 is free.",
	"The late Esther Williams was a swimmer.",
	"The past month was hard.",
	"The decade ago mark passed.",
	"They worked for over a decade on it.",
	"It took over a decade of work.",
	"Sales doubled over the last decade.",
	"Over the last week, shares fell.",
	"H1N1 spread quickly.",
	"Visit www.example.com/2013/06/06/story for more.",
	"Guests stayed at Mar-a-Lago.",
	"It was a 3-2 vote.",
	"Version 2.0 shipped.",
	"Doctors saw it in 2000 cases.",
	"They found a 2000-year-old coin.",
	"Prices may fall further.",
	"They march on regardless.",
	"A ratio of 16:9 is common.",
	"Homes from the late 1800s still stand.",
	"The team scored 2 goals in the match.",
	"Total of 2100 votes.",
	"The 36-year-old champion retained his belts.",
	"A six-month plan halved the staff.",
	"Growth is seen year-over-year.",
	"He said this decision was final.",
	"The next day was calm.",
	"Volume 1998 of the journal is online.",
	"He scored in the first quarter of the game.",
	"Highs will be in the 90s again.",
	"Temperatures reached the mid-90s.",
	"The case number is 2024-07-20-A.",
	"Rule 2024-15 takes effect.",
	"The Wed. meeting ran long.",
	"Friday Night Lights aired again.",
};

static void check_ex(const struct ex *e, const struct cc_date *doc)
{
	struct doc_scan d = {0};
	scan_sentence(&d, e->text, 0, doc);
	char name[160];
	snprintf(name, sizeof name, "%s [%d]", e->text, e->nth);
	if ((size_t)e->nth >= d.ml.n) {
		tap_ok(0, "%s", name);
		tap_diag("got %zu date mentions, want at least %d", d.ml.n, e->nth + 1);
		doc_free(&d);
		return;
	}
	const struct mention *m = &d.ml.v[e->nth];
	char span[128];
	snprintf(span, sizeof span, "%.*s", (int)(m->end - m->start), e->text + m->start);
	bool ok = m->type == M_DATE && strcmp(m->value, e->value) == 0 && m->gran == e->gran &&
		  m->mod == e->mod && (!e->span || strcmp(span, e->span) == 0);
	tap_ok(ok, "%s", name);
	if (!ok) {
		printf("#   got:  %s %s %s [%s]\n", m->value, gname(m->gran), mname(m->mod), span);
		printf("#   want: %s %s %s [%s]\n", e->value, gname(e->gran), mname(e->mod),
		       e->span ? e->span : "*");
	}
	doc_free(&d);
}

static void check_nodoc(const struct ex_nodoc *e)
{
	struct doc_scan d = {0};
	scan_sentence(&d, e->text, 0, NULL);
	const struct mention *m = d.ml.n ? &d.ml.v[0] : NULL;
	bool explicit_year = e->value[0] != 'X';
	bool ok = m && strcmp(m->value, e->value) == 0 && m->gran == e->gran &&
		  strcmp(m->unit, e->unit) == 0 && m->has_lo == explicit_year &&
		  m->year_from == (explicit_year ? 0 : 4);
	tap_ok(ok, "no document date: %s", e->text);
	if (!ok && m)
		printf("#   got:  %s %s unit [%s] has_lo %d year_from %u\n#   want: %s %s unit [%s]\n",
		       m->value, gname(m->gran), m->unit, m->has_lo, m->year_from, e->value,
		       gname(e->gran), e->unit);
	else if (!ok)
		printf("#   got no mention\n");
	doc_free(&d);
}

static void check_negative(const char *text)
{
	struct doc_scan d = {0};
	scan_sentence(&d, text, 0, &DOC);
	tap_ok(d.ml.n == 0, "not a date: %s", text);
	for (size_t i = 0; i < d.ml.n; i++)
		printf("#   got: %s [%.*s]\n", d.ml.v[i].value, (int)(d.ml.v[i].end - d.ml.v[i].start),
		       text + d.ml.v[i].start);
	doc_free(&d);
}

/* ---- times of day -------------------------------------------------------- */

/* Times as outlets write them; the document is Tuesday 2024-07-16 (US
 * daylight time) unless doc says otherwise. The value carries the day when
 * the phrase gives one, "XXXX-XX-XX" when not; unit is the zone; lo/hi
 * are the day's (none without a day). */
struct tm_ex {
	const char *text;
	const char *value;
	enum granularity gran;
	const char *span;
	const char *unit;
	const char *day; /* lo and hi as a date, NULL: no day (has_lo false) */
	enum mention_mod mod;
	struct cc_date doc; /* year 0: DOC */
	const char *day_hi; /* hi as a date when it is not day's (NULL: day) */
};

static const struct tm_ex times[] = {
	{"The quake struck at 2:09 a.m. Sunday.", "2024-07-14T02:09", MIN, "2:09 a.m. Sunday", "",
	 "2024-07-14", MOD_NONE, {0, 0, 0}, NULL},
	{"It struck at 2:09 am PST.", "XXXX-XX-XXT02:09-08:00", MIN, "2:09 am PST", "PST", NULL, MOD_NONE, {0, 0, 0}, NULL},
	{"It struck at 2:09 AM.", "XXXX-XX-XXT02:09", MIN, "2:09 AM", "", NULL, MOD_NONE, {0, 0, 0}, NULL},
	{"Doors open at 7 a.m. for voters.", "XXXX-XX-XXT07:00", HR, "7 a.m.", "", NULL, MOD_NONE, {0, 0, 0}, NULL},
	{"The vote ends at 3pm.", "XXXX-XX-XXT15:00", HR, "3pm", "", NULL, MOD_NONE, {0, 0, 0}, NULL},
	{"Polls closed at 7:38pm EDT.", "XXXX-XX-XXT19:38-04:00", MIN, "7:38pm EDT", "EDT", NULL, MOD_NONE, {0, 0, 0}, NULL},
	{"The launch came at 8:44 PM ET on Monday.", "2024-07-15T20:44-04:00", MIN, "8:44 PM ET on Monday",
	 "ET", "2024-07-15", MOD_NONE, {0, 0, 0}, NULL},
	{"Trading halted at 10:10 AM PDT.", "XXXX-XX-XXT10:10-07:00", MIN, "10:10 AM PDT", "PDT", NULL,
	 MOD_NONE, {0, 0, 0}, NULL},
	{"Talks resumed at 14:30 GMT.", "XXXX-XX-XXT14:30+00:00", MIN, "14:30 GMT", "GMT", NULL, MOD_NONE, {0, 0, 0}, NULL},
	{"The ferry sank at 1009 GMT.", "XXXX-XX-XXT10:09+00:00", MIN, "1009 GMT", "GMT", NULL, MOD_NONE, {0, 0, 0}, NULL},
	{"Shops open at noon.", "XXXX-XX-XXT12:00", MIN, "noon", "", NULL, MOD_NONE, {0, 0, 0}, NULL},
	{"The curfew begins at midnight.", "XXXX-XX-XXT24:00", MIN, "midnight", "", NULL, MOD_NONE, {0, 0, 0}, NULL},
	{"The fire began shortly before midnight on Tuesday.", "2024-07-16T24:00", MIN, "midnight on Tuesday", "",
	 "2024-07-16", MOD_BEFORE, {0, 0, 0}, NULL},
	/* after midnight is early in the day named, at or before it late */
	{"Police said the fire started shortly after midnight on Monday.", "2024-07-15T00:00", MIN,
	 "midnight on Monday", "", "2024-07-15", MOD_AFTER, {0, 0, 0}, NULL},
	{"A guard left just after midnight Monday.", "2024-07-15T00:00", MIN, "midnight Monday", "",
	 "2024-07-15", MOD_AFTER, {0, 0, 0}, NULL},
	/* past a time of day is after it, as "after midnight" */
	{"Crowds lingered past midnight on Monday.", "2024-07-15T00:00", MIN, "midnight on Monday", "",
	 "2024-07-15", MOD_AFTER, {0, 0, 0}, NULL},
	{"Crews arrived shortly past midnight on Monday.", "2024-07-15T00:00", MIN, "midnight on Monday", "",
	 "2024-07-15", MOD_AFTER, {0, 0, 0}, NULL},
	{"The last crew left past 10 p.m. on Sunday.", "2024-07-14T22:00", HR, "10 p.m. on Sunday", "",
	 "2024-07-14", MOD_AFTER, {0, 0, 0}, NULL},
	{"The shop closed at midnight Monday.", "2024-07-15T24:00", MIN, "midnight Monday", "", "2024-07-15",
	 MOD_NONE, {0, 0, 0}, NULL},
	{"The offer lapsed before midnight on Monday.", "2024-07-15T24:00", MIN, "midnight on Monday", "",
	 "2024-07-15", MOD_BEFORE, {0, 0, 0}, NULL},
	{"The fire began at 12 a.m. Tuesday.", "2024-07-16T00:00", HR, "12 a.m. Tuesday", "", "2024-07-16",
	 MOD_NONE, {0, 0, 0}, NULL},
	{"The fire began at 12:30 p.m. Tuesday.", "2024-07-16T12:30", MIN, "12:30 p.m. Tuesday", "", "2024-07-16",
	 MOD_NONE, {0, 0, 0}, NULL},
	{"Temperatures reached the mid-90s at noon.", "XXXX-XX-XXT12:00", MIN, "noon", "", NULL, MOD_NONE, {0, 0, 0}, NULL},
	{"Lunch is served at 12 noon.", "XXXX-XX-XXT12:00", MIN, "12 noon", "", NULL, MOD_NONE, {0, 0, 0}, NULL},
	{"The bells rang at 9 o'clock.", "XXXX-XX-XXT09:00", HR, "9 o'clock", "", NULL, MOD_NONE, {0, 0, 0}, NULL},
	{"The bells rang at nine o'clock in the evening.", "XXXX-XX-XXT21:00", HR,
	 "nine o'clock in the evening", "", NULL, MOD_NONE, {0, 0, 0}, NULL},
	{"A quake hit at 7:15-7:45 a.m. PT.", "XXXX-XX-XXT07:15/07:45", MIN, "7:15-7:45 a.m. PT", "PT", NULL,
	 MOD_NONE, {0, 0, 0}, NULL},
	{"The desk is staffed 11 a.m.-1 p.m. daily.", "XXXX-XX-XXT11:00/13:00", HR, "11 a.m.-1 p.m.", "", NULL,
	 MOD_NONE, {0, 0, 0}, NULL},
	{"Talks ran 14:00-15:30 GMT on the day.", "XXXX-XX-XXT14:00+00:00/15:30", MIN, "14:00-15:30 GMT", "GMT",
	 NULL, MOD_NONE, {0, 0, 0}, NULL},
	{"The clinic runs 11-1 p.m. on weekdays.", "XXXX-XX-XXT11:00/13:00", HR, "11-1 p.m.", "", NULL,
	 MOD_NONE, {0, 0, 0}, NULL},
	{"Thursday's 2:09 a.m. jolt lasted longer.", "2024-07-11T02:09", MIN, "Thursday's 2:09 a.m.", "",
	 "2024-07-11", MOD_NONE, {0, 0, 0}, NULL},
	{"Thursday\xE2\x80\x99s 2:09 a.m. jolt lasted longer.", "2024-07-11T02:09", MIN,
	 "Thursday\xE2\x80\x99s 2:09 a.m.", "", "2024-07-11", MOD_NONE, {0, 0, 0}, NULL},
	{"It struck Sunday at 2:09 a.m.", "2024-07-14T02:09", MIN, "Sunday at 2:09 a.m.", "", "2024-07-14",
	 MOD_NONE, {0, 0, 0}, NULL},
	{"The vote is at 3 p.m. on March 3, 2025.", "2025-03-03T15:00", HR, "3 p.m. on March 3, 2025", "",
	 "2025-03-03", MOD_NONE, {0, 0, 0}, NULL},
	{"The vote is on March 3 at 3 p.m.", "XXXX-03-03T15:00", HR, "March 3 at 3 p.m.", "", NULL, MOD_ON, {0, 0, 0}, NULL},
	{"It struck early Monday at 2:09 a.m.", "2024-07-15T02:09", MIN, "early Monday at 2:09 a.m.", "",
	 "2024-07-15", MOD_EARLY, {0, 0, 0}, NULL},
	{"It struck at 2:09 a.m. early Monday.", "2024-07-15T02:09", MIN, "2:09 a.m. early Monday", "",
	 "2024-07-15", MOD_EARLY, {0, 0, 0}, NULL},
	{"The truce starts at noon tomorrow.", "2024-07-17T12:00", MIN, "noon tomorrow", "", "2024-07-17",
	 MOD_NONE, {0, 0, 0}, NULL},
	{"Officials met at 5:09 a.m. ET on Jan. 8, 2024.", "2024-01-08T05:09-05:00", MIN,
	 "5:09 a.m. ET on Jan. 8, 2024", "ET", "2024-01-08", MOD_NONE, {0, 0, 0}, NULL},
	{"It ended at 2:09 p.m. local time.", "XXXX-XX-XXT14:09", MIN, "2:09 p.m. local time", "local", NULL,
	 MOD_NONE, {0, 0, 0}, NULL},
	{"The debate airs at 8 p.m. Eastern time.", "XXXX-XX-XXT20:00", HR, "8 p.m. Eastern time", "ET", NULL,
	 MOD_NONE, {0, 0, 0}, NULL},
	{"It aired at 8 p.m. Pacific Standard Time.", "XXXX-XX-XXT20:00-08:00", HR,
	 "8 p.m. Pacific Standard Time", "PST", NULL, MOD_NONE, {0, 0, 0}, NULL},
	{"The show starts at 8 p.m. Central Park is busy.", "XXXX-XX-XXT20:00", HR, "8 p.m.", "", NULL,
	 MOD_NONE, {0, 0, 0}, NULL},
	{"The show was taped at 9:30 p.m. Tuesday.", "2024-07-16T21:30", MIN, "9:30 p.m. Tuesday", "",
	 "2024-07-16", MOD_NONE, {0, 0, 0}, NULL},
	/* the US daylight rule: ET is -04:00 from 2:00 on the second Sunday of
	 * March; 2:30 that night never happened, so no offset is claimed */
	{"It hit at 1:30 a.m. ET on March 10, 2024.", "2024-03-10T01:30-05:00", MIN, NULL, "ET", "2024-03-10",
	 MOD_NONE, {0, 0, 0}, NULL},
	{"It hit at 2:30 a.m. ET on March 10, 2024.", "2024-03-10T02:30", MIN, NULL, "ET", "2024-03-10",
	 MOD_NONE, {0, 0, 0}, NULL},
	{"It hit at 3:30 a.m. ET on March 10, 2024.", "2024-03-10T03:30-04:00", MIN, NULL, "ET", "2024-03-10",
	 MOD_NONE, {0, 0, 0}, NULL},
	{"It hit at 0:30 a.m. PT on Nov. 3, 2024.", "2024-11-03", D, "Nov. 3, 2024", "", "2024-11-03",
	 MOD_ON, {0, 0, 0}, NULL}, /* no hour 0 a.m.: the day alone */
	{"It hit at 1:30 a.m. PT on Nov. 3, 2024.", "2024-11-03T01:30", MIN, NULL, "PT", "2024-11-03",
	 MOD_NONE, {0, 0, 0}, NULL}, /* the hour that happened twice */
	{"It hit at 12:30 a.m. PT on Nov. 3, 2024.", "2024-11-03T00:30-07:00", MIN, NULL, "PT", "2024-11-03",
	 MOD_NONE, {0, 0, 0}, NULL},
	{"It hit at 9 a.m. PT on Nov. 3, 2024.", "2024-11-03T09:00-08:00", HR, NULL, "PT", "2024-11-03",
	 MOD_NONE, {0, 0, 0}, NULL},
	/* ranges linked by words, and ranges across midnight: the value's end
	 * before its start is on the next day, which hi then is */
	{"The road is shut 11:30-1 a.m. for works.", "XXXX-XX-XXT23:30/01:00", MIN, "11:30-1 a.m.", "", NULL,
	 MOD_NONE, {0, 0, 0}, NULL},
	{"Bars stay open 11:30 p.m.-1 a.m. downtown.", "XXXX-XX-XXT23:30/01:00", MIN, "11:30 p.m.-1 a.m.", "",
	 NULL, MOD_NONE, {0, 0, 0}, NULL},
	{"The shift ran 11:30-1 a.m. on Friday.", "2024-07-12T23:30/01:00", MIN, "11:30-1 a.m. on Friday", "",
	 "2024-07-12", MOD_NONE, {0, 0, 0}, "2024-07-13"},
	{"The curfew lasts from 10 p.m. to 2 a.m.", "XXXX-XX-XXT22:00/02:00", HR, "10 p.m. to 2 a.m.", "", NULL,
	 MOD_NONE, {0, 0, 0}, NULL},
	{"The gala ran 11 p.m.-2 a.m. PT on Nov. 2, 2024.", "2024-11-02T23:00-07:00/02:00", HR, NULL, "PT",
	 "2024-11-02", MOD_NONE, {0, 0, 0}, "2024-11-03"},
	{"Gunfire was heard between 11 p.m. and 1 a.m.", "XXXX-XX-XXT23:00/01:00", HR, "11 p.m. and 1 a.m.", "",
	 NULL, MOD_NONE, {0, 0, 0}, NULL},
	{"The desk is open from 9 a.m. to 5 p.m. daily.", "XXXX-XX-XXT09:00/17:00", HR, "9 a.m. to 5 p.m.", "",
	 NULL, MOD_NONE, {0, 0, 0}, NULL},
	{"Voting runs from 7 a.m. until noon.", "XXXX-XX-XXT07:00/12:00", HR, "7 a.m. until noon", "", NULL,
	 MOD_NONE, {0, 0, 0}, NULL},
	/* "shift" and "cut" name periods as nouns: no verb of change then */
	{"The night shift runs from 10 p.m. to 6 a.m.", "XXXX-XX-XXT22:00/06:00", HR, "10 p.m. to 6 a.m.", "",
	 NULL, MOD_NONE, {0, 0, 0}, NULL},
	{"The shift runs from 7 a.m. to 7 p.m. daily.", "XXXX-XX-XXT07:00/19:00", HR, "7 a.m. to 7 p.m.", "",
	 NULL, MOD_NONE, {0, 0, 0}, NULL},
	{"Nurses work 12-hour shifts from 7 a.m. to 7 p.m.", "XXXX-XX-XXT07:00/19:00", HR, "7 a.m. to 7 p.m.",
	 "", NULL, MOD_NONE, {0, 0, 0}, NULL},
	{"Rolling power cuts last from 6 p.m. to 10 p.m.", "XXXX-XX-XXT18:00/22:00", HR, "6 p.m. to 10 p.m.",
	 "", NULL, MOD_NONE, {0, 0, 0}, NULL},
	{"The dance ran from 10 p.m. to midnight on Friday.", "2024-07-12T22:00/24:00", HR,
	 "10 p.m. to midnight on Friday", "", "2024-07-12", MOD_NONE, {0, 0, 0}, NULL},
	/* a dateline's day resolves the weekday */
	{"The quake struck at 2:09 a.m. PST on Monday.", "2025-03-03T02:09-08:00", MIN,
	 "2:09 a.m. PST on Monday", "PST", "2025-03-03", MOD_NONE, {2025, 3, 3}, NULL},
};

static void check_time(const struct tm_ex *e)
{
	struct doc_scan d = {0};
	scan_sentence(&d, e->text, 0, e->doc.year ? &e->doc : &DOC);
	const struct mention *m = d.ml.n ? &d.ml.v[0] : NULL;
	char span[128] = "", lo[16] = "", hi[16] = "";
	if (m) {
		snprintf(span, sizeof span, "%.*s", (int)(m->end - m->start), e->text + m->start);
		if (m->has_lo)
			iso_of(m->lo, lo), iso_of(m->hi, hi);
	}
	bool ok = m && d.ml.n == 1 && strcmp(m->value, e->value) == 0 && m->gran == e->gran &&
		  (!e->span || strcmp(span, e->span) == 0) && strcmp(m->unit, e->unit) == 0 &&
		  m->mod == e->mod && m->has_lo == (e->day != NULL) && m->has_hi == (e->day != NULL) &&
		  (!e->day || (strcmp(lo, e->day) == 0 && strcmp(hi, e->day_hi ? e->day_hi : e->day) == 0));
	tap_ok(ok, "time: %s", e->text);
	if (!ok && m)
		printf("#   got:  %s %s [%s] unit [%s] mod %s day %s..%s (%zu mentions)\n"
		       "#   want: %s %s [%s] unit [%s] mod %s day %s\n",
		       m->value, gname(m->gran), span, m->unit, mname(m->mod), lo, hi, d.ml.n, e->value,
		       gname(e->gran), e->span ? e->span : "*", e->unit, mname(e->mod),
		       e->day ? e->day : "none");
	else if (!ok)
		printf("#   got no mention\n");
	doc_free(&d);
}

/* Clock-like figures that are no time of day: no meridiem, zone or
 * "o'clock" says so. */
static const char *const not_times[] = {
	"The home side won 3-1.",
	"Read John 3:16 aloud.",
	"He kept a pace of 2:09 per mile.",
	"She ran a 4:05 mile.",
	"The winner finished in 2:09:45.",
	"Screens use a 16:9 ratio.",
	"Call 555-0143 at home.",
	"They burned the midnight oil.",
	"The noon sun was harsh.",
	"The lab bought 12 units.",
	"Windows 10 shipped widely.",
	"The desk is staffed 24/7.",
	"He took the 5 train.",
	"Meet me at 9:30 sharp.",
	"The ratio was 9:30 at the end.",
	"The lab is staffed 10 a.m.-2 a.m. daily.", /* backwards from a morning: no range */
};

/* ---- intervals ---------------------------------------------------------- */

struct iv {
	const char *text;
	const char *lo, *hi;
};

static const struct iv intervals[] = {
	{"Sales fell in late September 2024.", "2024-09-21", "2024-09-30"},
	{"Talks resume mid-July 2024.", "2024-07-11", "2024-07-20"},
	{"Demand picked up in early July 2024.", "2024-07-01", "2024-07-10"},
	{"Growth slowed in early 2024.", "2024-01-01", "2024-04-30"},
	{"Growth slowed in mid-2024.", "2024-05-01", "2024-08-31"},
	{"Growth slowed in late 2024.", "2024-09-01", "2024-12-31"},
	{"It was popular in the 1990s.", "1990-01-01", "1999-12-31"},
	{"It was popular in the late 1990s.", "1997-01-01", "1999-12-31"},
	{"It was popular in the early 1990s.", "1990-01-01", "1993-12-31"},
	{"It grew in Q2 2024.", "2024-04-01", "2024-06-30"},
	{"It grew in the first half of 2025.", "2025-01-01", "2025-06-30"},
	{"It grew in February 2024.", "2024-02-01", "2024-02-29"},
	{"The festival runs June 5-7, 2025.", "2025-06-05", "2025-06-07"},
	{"Shares fell last week.", "2024-07-08", "2024-07-14"},
	{"Crowds gathered last weekend.", "2024-07-13", "2024-07-14"},
	{"The plan was unveiled earlier this month.", "2024-07-01", "2024-07-16"},
	{"A decision is expected later this year.", "2024-07-16", "2024-12-31"},
	{"Heating costs rise in winter 2024.", "2024-12-01", "2025-02-28"},
	{"Tourism recovered in summer 2024.", "2024-06-01", "2024-08-31"},
	{"Chips ship by the end of 2024.", "2024-09-01", "2024-12-31"},
	{"Service lasts until late September 2024.", "2024-09-21", "2024-09-30"},
	{"Results will come early next week.", "2024-07-22", "2024-07-23"},
};

/* A time alone a few connecting words after a day in the same clause takes
 * that day (DOC 2024-07-16, a Tuesday); NULL lo: it keeps no day */
struct day_time {
	const char *text;
	const char *value; /* the time's (the last mention's) value */
	const char *lo;
};

static const struct day_time day_times[] = {
	{"The shaking began today shortly after 2:09 am PST.", "2024-07-16T02:09-08:00", "2024-07-16"},
	{"The plant shut yesterday, just before 9 a.m.", "2024-07-15T09:00", "2024-07-15"},
	{"The quake struck Sunday around 4 p.m. local time.", "2024-07-14T16:00", "2024-07-14"},
	{"Polls opened on March 3, 2025 at about 7 a.m.", "2025-03-03T07:00", "2025-03-03"},
	/* another clause or another thing between: the time keeps no day */
	{"The board met yesterday and the vote closed at 3 p.m.", "XXXX-XX-XXT15:00", NULL},
	{"Yesterday's meeting ended at 3 p.m.", "XXXX-XX-XXT15:00", NULL},
	{"The shop opened today; deliveries start at 9 a.m.", "XXXX-XX-XXT09:00", NULL},
	{"The report came out last week, shortly after 9 a.m.", "XXXX-XX-XXT09:00", NULL},
};

static void check_day_time(const struct day_time *e)
{
	struct doc_scan d = {0};
	scan_sentence(&d, e->text, 0, &DOC);
	const struct mention *m = d.ml.n == 2 ? &d.ml.v[1] : NULL;
	char lo[16] = "", hi[16] = "";
	if (m && m->has_lo)
		iso_of(m->lo, lo), iso_of(m->hi, hi);
	bool ok = m && strcmp(m->value, e->value) == 0 && m->has_lo == (e->lo != NULL) &&
		  (!e->lo || (strcmp(lo, e->lo) == 0 && strcmp(hi, e->lo) == 0));
	tap_ok(ok, "time after a day: %s", e->text);
	if (!ok)
		printf("#   got:  %s lo %s (%zu mentions)\n#   want: %s lo %s\n", m ? m->value : "-", lo,
		       d.ml.n, e->value, e->lo ? e->lo : "(none)");
	doc_free(&d);
}

/* "N units ago" after a comparator: an interval bounded by the day N units
 * before the document date (2024-07-16); lo NULL: open */
struct ago_iv {
	const char *text;
	const char *value;
	enum mention_mod mod;
	const char *lo, *hi;
};

static const struct ago_iv ago_intervals[] = {
	{"Less than a month ago, the two firms held talks.", "2024-06-16", MOD_AFTER, "2024-06-16", "2024-07-16"},
	{"The plant shut under two weeks ago.", "2024-07-02", MOD_AFTER, "2024-07-02", "2024-07-16"},
	{"Nearly three years ago the mine flooded.", "2021-07-16", MOD_AFTER, "2021-07-16", "2024-07-16"},
	{"The bridge opened almost 10 days ago.", "2024-07-06", MOD_AFTER, "2024-07-06", "2024-07-16"},
	{"The tenant left no more than a week ago.", "2024-07-09", MOD_AFTER, "2024-07-09", "2024-07-16"},
	{"More than three years ago the firm moved.", "2021-07-16", MOD_BEFORE, NULL, "2021-07-16"},
	{"Over two months ago, the dam cracked.", "2024-05-16", MOD_BEFORE, NULL, "2024-05-16"},
	{"The shop closed at least a year ago.", "2023-07-16", MOD_BEFORE, NULL, "2023-07-16"},
	{"The shop closed no less than a year ago.", "2023-07-16", MOD_BEFORE, NULL, "2023-07-16"},
	/* a decade is ten years */
	{"The firm was founded over a decade ago.", "2014-07-16", MOD_BEFORE, NULL, "2014-07-16"},
	{"Nearly a decade ago the mine flooded.", "2014-07-16", MOD_AFTER, "2014-07-16", "2024-07-16"},
	{"More than two decades ago the pier burned.", "2004-07-16", MOD_BEFORE, NULL, "2004-07-16"},
	/* without a comparator, the unit's period as before */
	{"The shop closed a month ago.", "2024-06", MOD_NONE, "2024-06-01", "2024-06-30"},
	{"The shop closed about a year ago.", "2023", MOD_APPROX, "2023-01-01", "2023-12-31"},
};

static void check_ago_interval(const struct ago_iv *e)
{
	struct doc_scan d = {0};
	scan_sentence(&d, e->text, 0, &DOC);
	char lo[16] = "", hi[16] = "";
	const struct mention *m = d.ml.n == 1 ? &d.ml.v[0] : NULL;
	if (m && m->has_lo)
		iso_of(m->lo, lo);
	if (m && m->has_hi)
		iso_of(m->hi, hi);
	bool ok = m && strcmp(m->value, e->value) == 0 && m->mod == e->mod && m->has_hi &&
		  m->has_lo == (e->lo != NULL) && (!e->lo || strcmp(lo, e->lo) == 0) &&
		  strcmp(hi, e->hi) == 0;
	tap_ok(ok, "ago interval: %s", e->text);
	if (!ok && m)
		printf("#   got:  %s %s %s .. %s\n#   want: %s %s %s .. %s\n", m->value, mname(m->mod), lo, hi,
		       e->value, mname(e->mod), e->lo ? e->lo : "(open)", e->hi);
	doc_free(&d);
}

static void check_interval(const struct iv *e)
{
	struct doc_scan d = {0};
	scan_sentence(&d, e->text, 0, &DOC);
	char lo[16] = "", hi[16] = "";
	bool ok = d.ml.n > 0 && d.ml.v[0].has_lo && d.ml.v[0].has_hi;
	if (ok) {
		iso_of(d.ml.v[0].lo, lo);
		iso_of(d.ml.v[0].hi, hi);
		ok = strcmp(lo, e->lo) == 0 && strcmp(hi, e->hi) == 0;
	}
	tap_ok(ok, "interval: %s", e->text);
	if (!ok)
		printf("#   got:  %s .. %s\n#   want: %s .. %s\n", lo, hi, e->lo, e->hi);
	doc_free(&d);
}

/* ---- year inference ----------------------------------------------------- */

struct inf {
	const char *name;
	const char *sentences[4];
	struct cc_date doc;     /* year 0: none */
	struct year_hint hints[4];
	size_t nhints;
	const char *want;       /* value of the last date mention */
	int year_from;
	const char *lo;         /* NULL: not checked */
};

static const struct inf inference[] = {
	{"same article year",
	 {"The law passed on March 3, 2021.", "It took effect on July 20."},
	 {0, 0, 0}, {{0}}, 0, "2021-07-20", 1, "2021-07-20"},
	{"nearest article year wins",
	 {"The plant opened on May 5, 2019.", "It was sold on June 1, 2022.", "It closed on July 20."},
	 {0, 0, 0}, {{0}}, 0, "2022-07-20", 1, NULL},
	{"article year rolls into January",
	 {"The storm began on December 20, 2023.", "It ended on January 5."},
	 {0, 0, 0}, {{0}}, 0, "2024-01-05", 1, NULL},
	{"document date",
	 {"It took effect on July 20."},
	 {2024, 7, 16}, {{0}}, 0, "2024-07-20", 2, "2024-07-20"},
	{"document in January, date in December",
	 {"The fire started on December 20."},
	 {2024, 1, 10}, {{0}}, 0, "2023-12-20", 2, "2023-12-20"},
	{"document in December, date in January",
	 {"The law takes effect January 5."},
	 {2023, 12, 20}, {{0}}, 0, "2024-01-05", 2, NULL},
	{"month in the past",
	 {"In July it acquired a rival."},
	 {2012, 3, 2}, {{0}}, 0, "2011-07", 2, NULL},
	{"month in the future",
	 {"The deal will close in June."},
	 {2012, 3, 2}, {{0}}, 0, "2012-06", 2, NULL},
	{"deadline after the turn of the year",
	 {"The acquisition, expected to close by the end of January, adds staff."},
	 {2007, 11, 12}, {{0}}, 0, "2008-01", 2, "2008-01-21"},
	{"a deadline month looks forward",
	 {"Customers should switch before the end of September."},
	 {2024, 7, 16}, {{0}}, 0, "2024-09", 2, "2024-09-21"},
	{"a scheduled month looks forward",
	 {"Updates stop in September."},
	 {2024, 7, 16}, {{0}}, 0, "2024-09", 2, NULL},
	{"a past deadline day stays in the past",
	 {"The offer ran until March 3."},
	 {2024, 7, 16}, {{0}}, 0, "2024-03-03", 2, NULL},
	{"since a month is in the past",
	 {"Prices have climbed since November."},
	 {2024, 7, 16}, {{0}}, 0, "2023-11", 2, NULL},
	{"late month keeps its narrowing",
	 {"Sales are expected to fall in late September."},
	 {2024, 7, 16}, {{0}}, 0, "2024-09", 2, "2024-09-21"},
	{"near anchor from another year beats the document",
	 {"Astronauts landed on July 20, 1969.", "They returned on July 24."},
	 {2024, 7, 16}, {{0}}, 0, "1969-07-24", 1, NULL},
	{"quarter from the document",
	 {"Revenue is expected to grow in the second quarter."},
	 {2024, 7, 16}, {{0}}, 0, "2024-Q2", 2, "2024-04-01"},
	{"hints: most frequent year",
	 {"Updates stop on September 29."},
	 {0, 0, 0}, {{9, 29, 2024}, {9, 29, 2024}, {9, 29, 2023}}, 3, "2024-09-29", 3, "2024-09-29"},
	{"hints: tie goes to the latest",
	 {"Updates stop on September 29."},
	 {0, 0, 0}, {{9, 29, 2023}, {9, 29, 2024}}, 2, "2024-09-29", 3, NULL},
	{"hints: another day does not count",
	 {"Updates stop on September 29."},
	 {0, 0, 0}, {{9, 28, 2024}, {10, 29, 2024}}, 2, "XXXX-09-29", 4, NULL},
	{"hints for a month",
	 {"The ban was announced in June."},
	 {0, 0, 0}, {{6, 20, 2024}, {6, 0, 2024}, {6, 3, 2019}}, 3, "2024-06", 3, NULL},
	{"unknown stays unknown",
	 {"Updates stop on September 29."},
	 {0, 0, 0}, {{0}}, 0, "XXXX-09-29", 4, NULL},
	{"weekday without a document is left alone",
	 {"The board met on Tuesday."},
	 {0, 0, 0}, {{9, 29, 2024}}, 1, "XXXX-XX-XX", 4, NULL},
	{"February 29 needs a leap year",
	 {"The vote was on February 29."},
	 {2023, 3, 1}, {{2, 29, 2020}}, 1, "2020-02-29", 3, NULL},
};

static void check_inference(const struct inf *e)
{
	struct doc_scan d = {0};
	const struct cc_date *doc = e->doc.year ? &e->doc : NULL;
	size_t ns = 0;
	for (size_t s = 0; s < 4 && e->sentences[s]; s++, ns++)
		scan_sentence(&d, e->sentences[s], s, doc);
	temporal_infer_years(&d.ml, doc, e->hints, e->nhints);
	const struct mention *m = d.ml.n ? &d.ml.v[d.ml.n - 1] : NULL;
	char lo[16] = "";
	if (m && m->has_lo)
		iso_of(m->lo, lo);
	bool ok = m && strcmp(m->value, e->want) == 0 && m->year_from == e->year_from &&
		  (!e->lo || strcmp(lo, e->lo) == 0) && m->has_lo == (e->want[0] != 'X');
	tap_ok(ok, "infer: %s", e->name);
	if (!ok && m)
		printf("#   got:  %s year_from %u lo %s\n#   want: %s year_from %d lo %s\n", m->value,
		       m->year_from, lo, e->want, e->year_from, e->lo ? e->lo : "*");
	doc_free(&d);
}

/* Cases whose shape does not fit the table. */
static void check_inference_special(void)
{
	/* equal distance: the earlier anchor (2019) wins */
	{
		struct doc_scan d = {0};
		scan_sentence(&d, "It opened on May 5, 2019.", 0, NULL);
		scan_sentence(&d, "It closed on July 20.", 1, NULL);
		scan_sentence(&d, "It was sold on June 1, 2022.", 2, NULL);
		temporal_infer_years(&d.ml, NULL, NULL, 0);
		tap_str_eq(d.ml.n == 3 ? d.ml.v[1].value : NULL, "2019-07-20",
			   "infer: equal distance goes to the earlier anchor");
		doc_free(&d);
	}
	/* a far anchor from another year does not beat the document date */
	{
		struct doc_scan d = {0};
		scan_sentence(&d, "The firm was founded on May 5, 1997.", 0, &DOC);
		scan_sentence(&d, "The ban starts on September 29.", 6, &DOC);
		temporal_infer_years(&d.ml, &DOC, NULL, 0);
		tap_str_eq(d.ml.n == 2 ? d.ml.v[1].value : NULL, "2024-09-29",
			   "infer: a far anchor loses to the document date");
		doc_free(&d);
	}
	/* explicit dates are never touched */
	{
		struct doc_scan d = {0};
		scan_sentence(&d, "The law passed on March 3, 2021.", 0, &DOC);
		temporal_infer_years(&d.ml, &DOC, NULL, 0);
		tap_ok(d.ml.n == 1 && strcmp(d.ml.v[0].value, "2021-03-03") == 0 &&
			       d.ml.v[0].year_from == 0,
		       "infer: explicit dates keep their year");
		doc_free(&d);
	}
	/* a year-unknown date made elsewhere (lo/hi not in the reference year) */
	{
		struct mention_list l = {0};
		struct mention *m = mention_add(&l, M_DATE, 0, 1, 0);
		snprintf(m->value, sizeof m->value, "XXXX-03-05");
		m->gran = GRAN_DAY;
		m->year_from = 4;
		temporal_infer_years(&l, &DOC, NULL, 0);
		char lo[16] = "";
		iso_of(l.v[0].lo, lo);
		tap_ok(strcmp(l.v[0].value, "2024-03-05") == 0 && strcmp(lo, "2024-03-05") == 0 &&
			       l.v[0].has_lo && l.v[0].year_from == 2,
		       "infer: a bare XXXX-MM-DD value is rebuilt");
		mention_list_free(&l);
	}
	/* a mention list with other types and an empty list */
	{
		struct mention_list l = {0};
		temporal_infer_years(&l, &DOC, NULL, 0);
		struct mention *m = mention_add(&l, M_NUMBER, 0, 1, 0);
		snprintf(m->value, sizeof m->value, "XXXX-01-01");
		m->year_from = 4;
		temporal_infer_years(&l, &DOC, NULL, 0);
		tap_str_eq(l.v[0].value, "XXXX-01-01", "infer: only dates are touched");
		mention_list_free(&l);
	}
}

/* ---- details ------------------------------------------------------------ */

static void check_details(void)
{
	/* several dates in one sentence keep their order and spans */
	{
		struct doc_scan d = {0};
		const char *s = "The ban takes effect on July 20, and updates stop on September 29, 2024.";
		scan_sentence(&d, s, 3, &DOC);
		tap_ok(d.ml.n == 2 && strcmp(d.ml.v[0].value, "XXXX-07-20") == 0 &&
			       strcmp(d.ml.v[1].value, "2024-09-29") == 0 && d.ml.v[1].sentence == 3,
		       "two dates in one sentence");
		doc_free(&d);
	}
	/* a future cue is recorded and moves a weekday forward */
	{
		struct doc_scan d = {0};
		scan_sentence(&d, "The company will close its offices on Friday.", 0, &DOC);
		tap_ok(d.ml.n == 1 && d.ml.v[0].modality == MODAL_FUTURE &&
			       strcmp(d.ml.v[0].value, "2024-07-19") == 0,
		       "future weekday resolves forward");
		doc_free(&d);
	}
	/* two times, not a range: a change ("moved from 9 a.m. to 10 a.m."),
	 * or each end with its own day (the value cannot say two days) */
	{
		struct doc_scan d = {0};
		scan_sentence(&d, "The board moved the vote from 9 a.m. to 10 a.m. on Friday.", 0, &DOC);
		tap_ok(d.ml.n == 2 && strcmp(d.ml.v[0].value, "XXXX-XX-XXT09:00") == 0 &&
			       d.ml.v[0].mod == MOD_STARTING && strcmp(d.ml.v[1].value, "2024-07-12T10:00") == 0,
		       "a change of time is two times");
		doc_free(&d);
		static const char *const changes[] = {
			"The city will shift the curfew from 10 p.m. to 11 p.m.",
			"They shifted it from 10 p.m. to 11 p.m.",
			"The store will cut its hours from 9 p.m. to 8 p.m.",
			"It was pushed back from 9 a.m. to 10 a.m.",
			"They moved the night shift from 9 p.m. to 10 p.m.",
			/* no range either way: a pair running backwards keeps both */
			"Closing time goes from 9 p.m. to 8 p.m. for staff.",
			"The rate fell from 9 a.m. to 8 a.m. levels.",
		};
		for (size_t k = 0; k < CC_ARRAY_LEN(changes); k++) {
			scan_sentence(&d, changes[k], 0, &DOC);
			tap_ok(d.ml.n == 2 && d.ml.v[0].mod == MOD_STARTING, "a change of time is two times: %s",
			       changes[k]);
			doc_free(&d);
		}
		scan_sentence(&d, "The fair runs from 10 p.m. Friday to 2 a.m. Saturday.", 0, &DOC);
		tap_ok(d.ml.n == 2 && strcmp(d.ml.v[0].value, "2024-07-12T22:00") == 0 &&
			       strcmp(d.ml.v[1].value, "2024-07-13T02:00") == 0,
		       "a range with a day at each end is two times");
		doc_free(&d);
	}
	/* year_from and has_lo */
	{
		struct doc_scan d = {0};
		scan_sentence(&d, "He resigned yesterday after the July 20 vote in 2019.", 0, &DOC);
		bool ok = d.ml.n == 3 && d.ml.v[0].year_from == 2 && d.ml.v[0].has_lo &&
			  d.ml.v[1].year_from == 4 && !d.ml.v[1].has_lo && d.ml.v[2].year_from == 0;
		tap_ok(ok, "year_from: relative 2, unknown 4, explicit 0");
		doc_free(&d);
	}
	/* offsets are document offsets: tokens of a later sentence */
	{
		const char *text = "First sentence. It closed on July 20, 2024.";
		struct token *toks = NULL;
		size_t n = 0, cap = 0;
		struct mention_list ml = {0};
		token_scan(text, 16, strlen(text), &toks, &n, &cap);
		temporal_scan(text, toks, n, NULL, 1, &DOC, &ml);
		tap_ok(ml.n == 1 && ml.v[0].start == 29 && ml.v[0].end == 42,
		       "offsets are byte offsets into the document");
		mention_list_free(&ml);
		free(toks);
	}
	/* an empty sentence */
	{
		struct mention_list ml = {0};
		temporal_scan("", NULL, 0, NULL, 0, &DOC, &ml);
		tap_ok(ml.n == 0, "empty sentence");
		mention_list_free(&ml);
	}
	/* a long sentence beyond the keyword cache still works */
	{
		static char big[20000];
		size_t o = 0;
		for (int i = 0; i < 1500; i++)
			o += (size_t)snprintf(big + o, sizeof big - o, "word ");
		snprintf(big + o, sizeof big - o, "on July 20, 2024.");
		struct doc_scan d = {0};
		scan_sentence(&d, big, 0, &DOC);
		tap_ok(d.ml.n == 1 && strcmp(d.ml.v[0].value, "2024-07-20") == 0 &&
			       d.ml.v[0].mod == MOD_ON,
		       "date after the keyword cache");
		doc_free(&d);
	}
}

int main(void)
{
	size_t npos = CC_ARRAY_LEN(with_doc), nneg = CC_ARRAY_LEN(negatives);
	for (size_t i = 0; i < npos; i++)
		check_ex(&with_doc[i], &DOC);
	for (size_t i = 0; i < CC_ARRAY_LEN(without_doc); i++)
		check_nodoc(&without_doc[i]);
	for (size_t i = 0; i < nneg; i++)
		check_negative(negatives[i]);
	for (size_t i = 0; i < CC_ARRAY_LEN(times); i++)
		check_time(&times[i]);
	for (size_t i = 0; i < CC_ARRAY_LEN(not_times); i++)
		check_negative(not_times[i]);
	for (size_t i = 0; i < CC_ARRAY_LEN(intervals); i++)
		check_interval(&intervals[i]);
	for (size_t i = 0; i < CC_ARRAY_LEN(day_times); i++)
		check_day_time(&day_times[i]);
	for (size_t i = 0; i < CC_ARRAY_LEN(ago_intervals); i++)
		check_ago_interval(&ago_intervals[i]);
	for (size_t i = 0; i < CC_ARRAY_LEN(inference); i++)
		check_inference(&inference[i]);
	check_inference_special();
	check_details();
	tap_diag("%zu expressions, %zu without a document date, %zu negatives, %zu intervals, %zu times, "
		 "%zu clock-like non-times", npos, CC_ARRAY_LEN(without_doc), nneg, CC_ARRAY_LEN(intervals),
		 CC_ARRAY_LEN(times), CC_ARRAY_LEN(not_times));
	return tap_done();
}
