/* temporal: date expressions in one sentence -> M_DATE mentions, and the
 * document-level pass that fills in missing years (see temporal.h).
 *
 * Owns: recognising dates in tokens, their values, intervals and modifiers.
 * Must not: emit numbers or durations (quantity.c does), allocate beyond the
 * mention list, print, or touch the store.
 *
 * Decisions a reader of the mentions needs to know:
 *  - Spans. A mention covers the date and the narrowing words that are part
 *    of its meaning: "late September", "mid-July", "the end of 2024", "the
 *    1990s", "the second quarter of 2024", "the first half of 2025", "the
 *    20th of July", "last week", "three days ago", "earlier this month",
 *    "Tuesday night", "Friday, September 20, 2024" and "Thurs., March 3" (a
 *    weekday, full or abbreviated, in front of a date is one mention with
 *    the date's value; "next Friday, July 26" is July 26). Relational words ("on", "starting", "from",
 *    "effective", "as of", "until", "through", "by", "before", "after",
 *    "since", "prior to", "around") only set `mod`; the span starts at the
 *    date. A "the" that is not part of such a phrase is left out.
 *  - mod. A relational word wins over early/mid/late when both are present
 *    ("until late September" is MOD_UNTIL); the narrowing is never lost,
 *    because lo/hi carry it. early/mid/late cut a month at days 1-10, 11-20,
 *    21-end; a year at Jan-Apr, May-Aug, Sep-Dec; a decade at 0-3, 4-6, 7-9;
 *    a week at Mon-Tue, Wed-Thu, Fri-Sun; quarters, halves and seasons by
 *    their months. "the end/beginning/middle of X" is late/early/mid.
 *    "earlier this month" and "later this year" keep MOD_NONE: their lo/hi
 *    end or start at the document date.
 *  - Values. Halves are "2025-H1" and seasons "2024-SU" (SP, SU, FA, WI;
 *    northern meteorological: summer is Jun-Aug, winter 2024 is Dec 2024 -
 *    Feb 2025), both with GRAN_QUARTER, the nearest granularity mention.h
 *    has. A weekend is "2024-W28-WE" (GRAN_WEEK, Saturday-Sunday). A day
 *    range "June 5-7" is one mention valued at its first day, lo/hi
 *    covering the range. "the 1800s"-style centuries are not emitted.
 *  - Times of day (README, Mentions, says it for users). A clock needs a
 *    meridiem, a name (noon, midnight, o'clock) or a zone after H:MM ("14:30
 *    GMT", "1009 GMT"); a bare "9:30" is a ratio, a verse or a score as
 *    often as a time. Noon and midnight alone need a preposition before
 *    them or a day after them. A range "7:15-7:45 a.m. PT" takes the
 *    meridiem and zone after it for both ends ("11-1 p.m.": 11 a.m.;
 *    "11:30-1 a.m.": 11:30 p.m.); "from 10 p.m. to 2 a.m.", "between 11
 *    p.m. and 1 a.m." are ranges too (the "from" is no mod), but not after
 *    a verb of change ("moved from 9 a.m. to 10 a.m."; "the night shift
 *    runs from" names a period) nor when they cannot be one ("from 9 p.m.
 *    to 8 p.m.": two times). A range running
 *    backwards is one across midnight only from p.m. to a.m.: its value's
 *    end is before its start ("T23:30/01:00", conflict.c reads it so) and,
 *    with a day, hi is the next day (the day named is the start's). The
 *    zone is part of the mention (unit: its name; the value: its UTC offset,
 *    for ET/CT/MT/PT only on a known day, by the US daylight rule). A day
 *    right before ("Sunday at", "March 3 at") or after ("2:09 a.m. Sunday",
 *    "3 p.m. on March 3", "noon tomorrow") joins the time: one mention of
 *    the day's value plus "Thh:mm", granularity minute or hour, lo/hi the
 *    day's. So does a day a few connecting words before it in the clause
 *    ("today shortly after 2:09 a.m.", day_before_time). Alone, a time is "XXXX-XX-XXThh:mm" with no lo/hi and year_from
 *    4 (never moved onto the document's day). Only resolved days join: a
 *    weekday without a document date stays its own "XXXX-XX-XX" mention.
 *    "midnight" is T24:00 of the day named (the end of it), but T00:00 (its
 *    start) after "after", "past", "since" or "from"; "12 a.m." T00:00.
 *  - Unknown years. "July 20" is "XXXX-07-20", year_from 4, has_lo/has_hi
 *    false, and lo/hi hold the interval in the leap year 2000 so that
 *    temporal_infer_years can move it (and its narrowing) to the right year.
 *  - "N units ago" after a comparator is an interval, not the unit's period:
 *    "less than a month ago" (also "under", "nearly", "almost", "no more
 *    than") is the day a month before the document date, mod after, lo that
 *    day and hi the document's; "more than three years ago" ("over", "at
 *    least", "no less than") is that day, mod before, lo open. A decade is
 *    ten years ("over a decade ago"; "two decades ago" is a year).
 *  - Relative expressions resolve against the document date (year_from 2).
 *    Without one they become "XXXX-XX-XX", "XXXX-WXX", "XXXX-XX", "XXXX" or
 *    "XXXX-QX" with has_lo false and the lower-case phrase in `unit`
 *    ("tuesday", "last week", "3 days ago"); temporal_infer_years leaves any
 *    mention with a unit alone.
 *  - Tense. A cheap clause cue (the nearest of "will", "expected", "set
 *    to", "is to", "takes", "opens", "meets" ... versus "was", "said", "-ed"
 *    words; backwards first, then a few words forwards) sets modality
 *    MODAL_FUTURE on the date mention. A base form ("meet", "resume") after
 *    "to", "not" or an auxiliary gives no cue: the verb before it decides
 *    ("failed to meet", "did not meet", "will not meet"). A
 *    passive participle ("will be held", "is widely used") gives none either.
 *    A bare weekday resolves to the nearest such day on or before the
 *    document date (news reports what happened), or on or after it under a
 *    future cue or right after a present "is"/"are" ("the vote is at 3 p.m.
 *    Tuesday": a schedule). Either way the document's own weekday is the
 *    document's day. A headline's present ("Leaders meet Tuesday") reads as
 *    a schedule too. "last Friday" is strictly before, "next Friday"
 *    strictly after; "this Friday" is on or after unless a past cue says
 *    on or before ("sales rose this Monday"). "until", "till", "through" a
 *    weekday look ahead with no cue ("stays shut until Monday") and after a
 *    past passive ("were suspended until Monday", "had been closed until
 *    Monday": the end the decision named, which the report does not say has
 *    passed); not after an active past ("lasted until", "remained closed
 *    until") or "not" ("was not restored until Sunday"). "by" and the
 *    starting words keep the tense's reading: in a past clause they tell
 *    what was done by a day or what began ("was contained by Saturday",
 *    "fares rose starting Monday", "as of Monday"). The end of a range
 *    ("from Wednesday until Friday") is the first such day after its start.
 *  - "Today," opening a sentence whose clause has no tense cue ("Today,
 *    most buildings are retrofitted") is "nowadays", no date: it would
 *    meet other sources' dates as an event's. With a cue ("Today, the mayor
 *    said", "Today, the firm will") it is the document's day.
 *  - Bare years ("1997") need a 4-digit number 1800-2100 (1000-2100 after
 *    "in", "since", "by" ...), not glued to currency, '/', '-' (except year
 *    ranges), a unit word ("2000 people") or an identifier noun ("page"),
 *    not after a comparator ("about 2000") and not after a capitalised word
 *    that is not a preposition ("Windows 2000", "Vision 2030": names).
 *  - A month name alone must be capitalised and follow a preposition ("in",
 *    "since", "by", "until", "from", "during", "of" ...), early/mid/late,
 *    last/this/next, or a conjunction right after another date ("June and
 *    July"); abbreviations ("Jan", "Sept") count only before a number.
 *  - Runs of glued tokens that look like URLs are skipped.
 *
 * Year inference (temporal_infer_years), for mentions with year_from 4:
 *  1. The nearest explicit date with a year in the article (a day, month or
 *     quarter, not a bare year: "founded in 1997" says nothing about "July
 *     20"), by sentence distance, ties to the earlier one (year_from 1).
 *     When the document date is known, such an anchor is only used when it
 *     is at most two sentences away and its year differs from the
 *     document's: everything else is better served by rule 2, which knows
 *     tense. A date more than 330 days before or after its anchor moves to
 *     the neighbouring year ("December 20, 2023 ... January 5").
 *  2. The document date (year_from 2). Under a future cue (modality, the
 *     tied event's modality, or for months, quarters and seasons a deadline
 *     word: "by", "until", "starting", "before", "after") the date is the
 *     next occurrence unless it ended more than a month ago. Otherwise a
 *     month-day more than ~9 months after the document date is last year's
 *     and one more than ~10 months before it is next year's; a month,
 *     quarter, half or season starting more than a month after the
 *     document date is last year's ("In July it acquired ..." in March).
 *  3. The years other sources give the same month and day (the same month
 *     for month mentions): the most frequent, ties to the latest (year_from
 *     3). A Feb 29 is only moved to a leap year.
 *  Otherwise the value keeps "XXXX".
 */
#include "config.h"

#include "temporal.h"

#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quantity.h" /* QNUM_VALUE */
#include "util.h"

#define REF_YEAR 2000  /* leap: where year-unknown intervals are kept */

/* ---- keywords ----------------------------------------------------------- */

enum kwc {
	KC_NONE,
	KC_MONTH,   /* full month name, v 1..12 */
	KC_MABBR,   /* abbreviation, v 1..12: only before a number */
	KC_WDAY,    /* v 0 (Monday) .. 6 */
	KC_WDABBR,  /* "Thu", "Thurs": only directly before a date */
	KC_RELDAY,  /* yesterday, today, tomorrow, tonight: v = offset */
	KC_DEIC,    /* last -1, this 0, next +1, current 0 */
	KC_PAST,    /* "past", only in "this past" */
	KC_UNIT,    /* v = enum unit; plural words have pl set */
	KC_NARROW,  /* early, mid, late: v = MOD_* */
	KC_EDGE,    /* end, beginning, start, middle (+ "of"): v = MOD_* */
	KC_EARLIER, /* earlier -1, later +1 */
	KC_PREP,    /* v = MOD_* (MOD_NONE for in, during, between, ...) */
	KC_PART,    /* morning, afternoon, evening, night */
	KC_ORD,     /* first..fourth; final = 9 */
	KC_HALF,
	KC_SEASON,  /* v 1 spring, 2 summer, 3 fall, 4 winter */
	KC_AGO,
	KC_NUMW,    /* a, one .. twelve: v */
	KC_THE,
	KC_OF,
	KC_AS,
	KC_CONJ,    /* and, or, to */
	KC_FISCAL,  /* fiscal, FY */
	KC_QH,      /* "Q"/"H" before a glued digit: v 'Q' / 'H' */
	KC_PRIOR,
	KC_CUE,     /* a tense cue only: v +1 future, -1 past */
	KC_CLOCK,   /* noon 12, midnight 0: a time of day by itself */
};

enum unit { U_DAY = 1, U_WEEK, U_MONTH, U_YEAR, U_WEEKEND, U_QUARTER, U_DECADE };

struct kw {
	const char *w; /* lower case */
	uint8_t c;     /* enum kwc */
	int8_t v;
	uint8_t pl;   /* KC_UNIT: a plural; KC_CUE: a base form (see cue_at) */
};

static const struct kw kws[] = {
	{"a", KC_NUMW, 1, 0},
	{"about", KC_PREP, MOD_APPROX, 0},
	{"after", KC_PREP, MOD_AFTER, 0},
	{"afternoon", KC_PART, 0, 0},
	{"ago", KC_AGO, 0, 0},
	{"ahead", KC_CUE, 1, 0},
	{"aims", KC_CUE, 1, 0},
	{"an", KC_NUMW, 1, 0},
	{"and", KC_CONJ, 0, 0},
	{"approximately", KC_PREP, MOD_APPROX, 0},
	{"apr", KC_MABBR, 4, 0},
	{"april", KC_MONTH, 4, 0},
	{"around", KC_PREP, MOD_APPROX, 0},
	{"arrives", KC_CUE, 1, 0},
	{"as", KC_AS, 0, 0},
	{"aug", KC_MABBR, 8, 0},
	{"august", KC_MONTH, 8, 0},
	{"autumn", KC_SEASON, 3, 0},
	{"became", KC_CUE, -1, 0},
	{"before", KC_PREP, MOD_BEFORE, 0},
	{"began", KC_CUE, -1, 0},
	{"begin", KC_CUE, 1, 0},
	{"beginning", KC_EDGE, MOD_EARLY, 0},
	{"begins", KC_CUE, 1, 0},
	{"between", KC_PREP, MOD_NONE, 0},
	{"bought", KC_CUE, -1, 0},
	{"broke", KC_CUE, -1, 0},
	{"brought", KC_CUE, -1, 0},
	{"by", KC_PREP, MOD_BY, 0},
	{"came", KC_CUE, -1, 0},
	{"circa", KC_PREP, MOD_APPROX, 0},
	{"closes", KC_CUE, 1, 0},
	{"convenes", KC_CUE, 1, 0},
	{"current", KC_DEIC, 0, 0},
	{"day", KC_UNIT, U_DAY, 0},
	{"days", KC_UNIT, U_DAY, 1},
	{"dec", KC_MABBR, 12, 0},
	{"decade", KC_UNIT, U_DECADE, 0},
	{"decades", KC_UNIT, U_DECADE, 1},
	{"december", KC_MONTH, 12, 0},
	{"did", KC_CUE, -1, 0},
	{"during", KC_PREP, MOD_NONE, 0},
	{"earlier", KC_EARLIER, -1, 0},
	{"early", KC_NARROW, MOD_EARLY, 0},
	{"effective", KC_PREP, MOD_STARTING, 0},
	{"eight", KC_NUMW, 8, 0},
	{"eleven", KC_NUMW, 11, 0},
	{"end", KC_EDGE, MOD_LATE, 0},
	{"ends", KC_CUE, 1, 0},
	{"evening", KC_PART, 0, 0},
	{"expect", KC_CUE, 1, 0},
	{"expected", KC_CUE, 1, 0},
	{"expects", KC_CUE, 1, 0},
	{"expire", KC_CUE, 1, 0},
	{"expires", KC_CUE, 1, 0},
	{"fall", KC_SEASON, 3, 0},
	{"feb", KC_MABBR, 2, 0},
	{"february", KC_MONTH, 2, 0},
	{"fell", KC_CUE, -1, 0},
	{"final", KC_ORD, 9, 0},
	{"first", KC_ORD, 1, 0},
	{"fiscal", KC_FISCAL, 0, 0},
	{"five", KC_NUMW, 5, 0},
	{"forthcoming", KC_CUE, 1, 0},
	{"found", KC_CUE, -1, 0},
	{"four", KC_NUMW, 4, 0},
	{"fourth", KC_ORD, 4, 0},
	{"fri", KC_WDABBR, 4, 0},
	{"friday", KC_WDAY, 4, 0},
	{"from", KC_PREP, MOD_STARTING, 0},
	{"fy", KC_FISCAL, 0, 0},
	{"gave", KC_CUE, -1, 0},
	{"goes", KC_CUE, 1, 0},
	{"h", KC_QH, 'H', 0},
	{"had", KC_CUE, -1, 0},
	{"half", KC_HALF, 0, 0},
	{"held", KC_CUE, -1, 0},
	{"hopes", KC_CUE, 1, 0},
	{"hit", KC_CUE, -1, 0},
	{"in", KC_PREP, MOD_NONE, 0},
	{"intend", KC_CUE, 1, 0},
	{"intends", KC_CUE, 1, 0},
	{"jan", KC_MABBR, 1, 0},
	{"january", KC_MONTH, 1, 0},
	{"jul", KC_MABBR, 7, 0},
	{"july", KC_MONTH, 7, 0},
	{"jun", KC_MABBR, 6, 0},
	{"june", KC_MONTH, 6, 0},
	{"kept", KC_CUE, -1, 0},
	{"kicks", KC_CUE, 1, 0},
	{"knew", KC_CUE, -1, 0},
	{"lapses", KC_CUE, 1, 0},
	{"last", KC_DEIC, -1, 0},
	{"late", KC_NARROW, MOD_LATE, 0},
	{"later", KC_EARLIER, 1, 0},
	{"launches", KC_CUE, 1, 0},
	{"led", KC_CUE, -1, 0},
	{"left", KC_CUE, -1, 0},
	{"lost", KC_CUE, -1, 0},
	{"made", KC_CUE, -1, 0},
	{"mar", KC_MABBR, 3, 0},
	{"march", KC_MONTH, 3, 0},
	{"may", KC_MONTH, 5, 0},
	{"meet", KC_CUE, 1, 1},
	{"meets", KC_CUE, 1, 0},
	{"met", KC_CUE, -1, 0},
	{"mid", KC_NARROW, MOD_MID, 0},
	{"middle", KC_EDGE, MOD_MID, 0},
	{"midnight", KC_CLOCK, 0, 0},
	{"mon", KC_WDABBR, 0, 0},
	{"monday", KC_WDAY, 0, 0},
	{"month", KC_UNIT, U_MONTH, 0},
	{"months", KC_UNIT, U_MONTH, 1},
	{"morning", KC_PART, 0, 0},
	{"next", KC_DEIC, 1, 0},
	{"night", KC_PART, 0, 0},
	{"nine", KC_NUMW, 9, 0},
	{"noon", KC_CLOCK, 12, 0},
	{"nov", KC_MABBR, 11, 0},
	{"november", KC_MONTH, 11, 0},
	{"oct", KC_MABBR, 10, 0},
	{"october", KC_MONTH, 10, 0},
	{"of", KC_OF, 0, 0},
	{"on", KC_PREP, MOD_ON, 0},
	{"one", KC_NUMW, 1, 0},
	{"opens", KC_CUE, 1, 0},
	{"or", KC_CONJ, 0, 0},
	{"paid", KC_CUE, -1, 0},
	{"past", KC_PAST, 0, 0},
	{"plan", KC_CUE, 1, 0},
	{"planned", KC_CUE, 1, 0},
	{"planning", KC_CUE, 1, 0},
	{"plans", KC_CUE, 1, 0},
	{"poised", KC_CUE, 1, 0},
	{"prior", KC_PRIOR, 0, 0},
	{"q", KC_QH, 'Q', 0},
	{"quarter", KC_UNIT, U_QUARTER, 0},
	{"ran", KC_CUE, -1, 0},
	{"reconvenes", KC_CUE, 1, 0},
	{"reopen", KC_CUE, 1, 1},
	{"reopens", KC_CUE, 1, 0},
	{"resume", KC_CUE, 1, 1},
	{"resumes", KC_CUE, 1, 0},
	{"returns", KC_CUE, 1, 0},
	{"rose", KC_CUE, -1, 0},
	{"roughly", KC_PREP, MOD_APPROX, 0},
	{"said", KC_CUE, -1, 0},
	{"sat", KC_WDABBR, 5, 0},
	{"saturday", KC_WDAY, 5, 0},
	{"saw", KC_CUE, -1, 0},
	{"scheduled", KC_CUE, 1, 0},
	{"second", KC_ORD, 2, 0},
	{"seeks", KC_CUE, 1, 0},
	{"sent", KC_CUE, -1, 0},
	{"sep", KC_MABBR, 9, 0},
	{"sept", KC_MABBR, 9, 0},
	{"september", KC_MONTH, 9, 0},
	{"seven", KC_NUMW, 7, 0},
	{"shall", KC_CUE, 1, 0},
	{"shook", KC_CUE, -1, 0},
	{"since", KC_PREP, MOD_SINCE, 0},
	{"six", KC_NUMW, 6, 0},
	{"slated", KC_CUE, 1, 0},
	{"sold", KC_CUE, -1, 0},
	{"spoke", KC_CUE, -1, 0},
	{"spring", KC_SEASON, 1, 0},
	{"start", KC_EDGE, MOD_EARLY, 0},
	{"starting", KC_PREP, MOD_STARTING, 0},
	{"starts", KC_CUE, 1, 0},
	{"stop", KC_CUE, 1, 0},
	{"stops", KC_CUE, 1, 0},
	{"struck", KC_CUE, -1, 0},
	{"summer", KC_SEASON, 2, 0},
	{"sun", KC_WDABBR, 6, 0},
	{"sunday", KC_WDAY, 6, 0},
	{"take", KC_CUE, 1, 0},
	{"takes", KC_CUE, 1, 0},
	{"ten", KC_NUMW, 10, 0},
	{"the", KC_THE, 0, 0},
	{"third", KC_ORD, 3, 0},
	{"this", KC_DEIC, 0, 0},
	{"thought", KC_CUE, -1, 0},
	{"three", KC_NUMW, 3, 0},
	{"through", KC_PREP, MOD_UNTIL, 0},
	{"throughout", KC_PREP, MOD_NONE, 0},
	{"thru", KC_PREP, MOD_UNTIL, 0},
	{"thu", KC_WDABBR, 3, 0},
	{"thur", KC_WDABBR, 3, 0},
	{"thurs", KC_WDABBR, 3, 0},
	{"thursday", KC_WDAY, 3, 0},
	{"till", KC_PREP, MOD_UNTIL, 0},
	{"to", KC_CONJ, 0, 0},
	{"today", KC_RELDAY, 0, 0},
	{"told", KC_CUE, -1, 0},
	{"tomorrow", KC_RELDAY, 1, 0},
	{"tonight", KC_RELDAY, 0, 0},
	{"took", KC_CUE, -1, 0},
	{"tue", KC_WDABBR, 1, 0},
	{"tues", KC_WDABBR, 1, 0},
	{"tuesday", KC_WDAY, 1, 0},
	{"twelve", KC_NUMW, 12, 0},
	{"two", KC_NUMW, 2, 0},
	{"until", KC_PREP, MOD_UNTIL, 0},
	{"upcoming", KC_CUE, 1, 0},
	{"wants", KC_CUE, 1, 0},
	{"was", KC_CUE, -1, 0},
	{"wed", KC_WDABBR, 2, 0},
	{"wednesday", KC_WDAY, 2, 0},
	{"week", KC_UNIT, U_WEEK, 0},
	{"weekend", KC_UNIT, U_WEEKEND, 0},
	{"weeks", KC_UNIT, U_WEEK, 1},
	{"went", KC_CUE, -1, 0},
	{"were", KC_CUE, -1, 0},
	{"will", KC_CUE, 1, 0},
	{"winter", KC_SEASON, 4, 0},
	{"won", KC_CUE, -1, 0},
	{"would", KC_CUE, 1, 0},
	{"wrote", KC_CUE, -1, 0},
	{"year", KC_UNIT, U_YEAR, 0},
	{"years", KC_UNIT, U_YEAR, 1},
	{"yesterday", KC_RELDAY, -1, 0},
};

_Static_assert(CC_ARRAY_LEN(kws) < 255, "keyword indices are stored in a byte");
_Static_assert(CC_ARRAY_LEN(kws) * 3 < 1024, "keep the keyword hash sparse");

static const char *const weekday_names[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

/* Nouns that make a number a count, not a year ("2000 people"). */
static const char *const unit_nouns[] = {
	"people", "persons", "men", "women", "children", "kids", "adults", "employees",
	"workers", "jobs", "staff", "staffers", "troops", "soldiers", "residents", "voters",
	"votes", "seats", "units", "copies", "miles", "mi", "kilometers", "kilometres", "km",
	"meters", "metres", "m", "feet", "ft", "inches", "pounds", "lbs", "lb", "kg",
	"kilograms", "grams", "tons", "tonnes", "acres", "hectares", "barrels", "shares",
	"points", "dollars", "euros", "yen", "yuan", "rupees", "pesos", "calories", "words",
	"pages", "cases", "deaths", "customers", "users", "members", "students", "homes",
	"houses", "buildings", "cars", "vehicles", "flights", "patients", "hours", "minutes",
	"seconds", "days", "weeks", "months", "years", "degrees", "percent", "times", "items",
	"products", "servers", "computers", "devices", "companies", "firms", "stores",
	"branches", "offices", "positions", "layoffs", "visitors", "fans", "spectators",
	"participants", "delegates", "officers", "police", "agents", "animals", "trees",
	"tests", "samples", "signatures", "messages", "emails", "posts", "followers",
	"downloads", "lines", "bytes", "mw", "kw", "gw", "mph", "rpm", "homes", "runs",
	"yards", "goals", "passengers", "victims", "refugees", "migrants", "jobs", "beds",
};

/* Nouns that make the next number an identifier ("page 2000", "No. 1999"). */
static const char *const id_nouns[] = {
	"page", "pages", "p", "pp", "no", "nos", "number", "num", "section", "sec", "chapter",
	"ch", "article", "art", "clause", "paragraph", "para", "flight", "route", "rte",
	"room", "rm", "highway", "hwy", "interstate", "model", "version", "ver", "v",
	"suite", "ste", "unit", "exit", "gate", "item", "line", "episode", "ep", "vol",
	"volume", "issue", "code", "bus", "channel", "track", "lot", "case", "rule",
	"resolution", "bill", "form", "figure", "fig", "table", "platform", "level", "floor",
	"apartment", "apt", "building", "box", "station", "street", "avenue", "road",
	"block", "district", "ward", "precinct", "zone", "sector", "grade", "patch", "build",
	"release", "type", "class", "series", "size", "rank", "ranked", "ticket", "order",
};

/* Words before a number that make it an amount ("about 2000", "over 2000"). */
static const char *const comparators[] = {
	"than", "about", "around", "approximately", "roughly", "nearly", "almost", "over",
	"under", "some", "least", "just", "estimated", "exactly", "total", "totaling",
	"totalling", "additional", "another", "extra", "plus", "minus", "per", "up",
	"only", "averaging", "average", "max", "maximum", "minimum", "to", "of", "x",
};

/* Words before "of" that make the next number an amount ("a total of 2000"). */
static const char *const amount_nouns[] = {
	"total", "number", "sum", "maximum", "minimum", "average", "population",
	"capacity", "count", "group", "crowd", "batch", "amount", "tally", "out", "score",
	"height", "depth", "length", "distance", "budget", "cost", "price", "value",
};

/* Adjectives that make a weekday a name ("Black Friday", "Super Tuesday"). */
static const char *const holiday_words[] = {
	"black", "good", "super", "cyber", "ash", "bloody", "easter", "palm", "holy",
	"maundy", "shrove", "fat", "giving", "business", "manic", "blue", "mad", "casual",
};

/* Words that make "the 90s" a temperature or an age. */
static const char *const not_decade_words[] = {
	"temperature", "temperatures", "temps", "highs", "lows", "high", "low", "upper",
	"lower", "degrees", "heat", "his", "her", "their", "aged", "age", "ages",
};

/* Words ending in "ed" that are not past forms. */
static const char *const not_past_ed[] = {
	"need", "speed", "breed", "indeed", "proceed", "succeed", "exceed", "embed", "feed",
	"seed", "shed", "bed", "red", "fed", "wed", "bled", "ted", "ned", "ed",
};

/* Keyword lookup is an open-addressing hash over the table above, built on
 * first use. Every thread that finds it unbuilt builds the same slots with
 * relaxed atomic stores, so the race is harmless and the table needs no
 * order and no generated data. */
#define KW_SLOTS 1024
#define KW_MAXLEN 13
static _Atomic uint8_t kw_slots[KW_SLOTS];
static _Atomic uint32_t kw_first[KW_MAXLEN + 1]; /* by length: first letters in use */
static atomic_bool kw_ready;
/* The keyword class (enum kwc) of each word class (a token's tkw): KC_NONE
 * for 0 and the TW_ classes, so that KC() reads it without a test. */
static _Atomic uint8_t kc_of[256];
static _Atomic int8_t kv_of[256]; /* and its value (kw.v), 0 likewise (KV) */
/* The tense cue a word class gives by itself (cue_at): 0 none, 1 future,
 * -1 past (unless passive), CUE_MORE when the words around decide. */
#define CUE_MORE 2
static _Atomic int8_t cue_of[256];

/* The word lists (unit_nouns, ...) are looked up the same way: a slot
 * holds a list's number << 8 | the 1-based index of a word in it, and a
 * word in several lists has a slot for each, on one probe chain. */
enum wlist {
	WL_UNIT = 1 << 0,       /* unit_nouns */
	WL_ID = 1 << 1,         /* id_nouns */
	WL_COMPARATOR = 1 << 2, /* comparators */
	WL_AMOUNT = 1 << 3,     /* amount_nouns */
	WL_HOLIDAY = 1 << 4,    /* holiday_words */
	WL_NOT_DECADE = 1 << 5, /* not_decade_words */
};
static const struct {
	const char *const *w;
	unsigned n;
} wlists[] = { /* in the order of enum wlist's bits */
	{unit_nouns, CC_ARRAY_LEN(unit_nouns)},   {id_nouns, CC_ARRAY_LEN(id_nouns)},
	{comparators, CC_ARRAY_LEN(comparators)}, {amount_nouns, CC_ARRAY_LEN(amount_nouns)},
	{holiday_words, CC_ARRAY_LEN(holiday_words)},
	{not_decade_words, CC_ARRAY_LEN(not_decade_words)},
};
_Static_assert(CC_ARRAY_LEN(unit_nouns) < 255 && CC_ARRAY_LEN(id_nouns) < 255,
	       "word indices are stored in a byte");
#define WL_SLOTS KW_SLOTS /* kw_hash serves both */
_Static_assert(CC_ARRAY_LEN(unit_nouns) + CC_ARRAY_LEN(id_nouns) + CC_ARRAY_LEN(comparators) +
			       CC_ARRAY_LEN(amount_nouns) + CC_ARRAY_LEN(holiday_words) +
			       CC_ARRAY_LEN(not_decade_words) <
		       WL_SLOTS / 2,
	       "keep the word list hash sparse");
static _Atomic uint16_t wl_slots[WL_SLOTS];

/* Hashes the length, the first two and the last letter (lower case); the
 * lookup compares the whole word. */
static inline unsigned kw_hash(const char *w, size_t len)
{
	unsigned c0 = (unsigned char)w[0] | 0x20u, c1 = (unsigned char)w[len > 1] | 0x20u,
		 cl = (unsigned char)w[len - 1] | 0x20u;
	unsigned h = (unsigned)len * 0x9E3779B1u ^ c0 * 0x85EBCA77u ^ c1 * 0xC2B2AE3Du ^
		     cl * 0x27D4EB2Fu;
	return (h ^ (h >> 13) ^ (h >> 22)) & (KW_SLOTS - 1);
}

/* Words that are no keyword but matter to the tense cue (cue_at) get a
 * class after the keywords', so that the cue is read from token.tkw too. */
enum {
	NKW = CC_ARRAY_LEN(kws),
	TW_LL,    /* ends in "'ll": future */
	TW_SET,   /* "set" (to/for: future) */
	TW_GOING, /* "going" (to/for: future) */
	TW_FORESEE, /* forecast, predicted, projected: future before "to" or
		     * "for" ("are forecast to fall on Friday"), else as any
		     * word ("predicted on Monday that" is past) */
	TW_DUE,   /* "due" (future unless "due to") */
	TW_ED,    /* ends in "ed", 4 bytes or more, not in not_past_ed: past
		   * unless capitalised */
	TW_BE,    /* be, been, being, is, are, am, and the present of stay and
		   * remain: makes a participle passive ("will stay grounded"
		   * is no past); "is/are to" is future */
	TW_MAY,   /* could, might: future unless "not" or "have" follows
		   * ("could resume Friday"; "could not be reached Tuesday") */
	TW__END
};
_Static_assert(TW__END <= 256, "word classes are stored in a byte");

static void kw_build(void)
{
	for (size_t i = 0; i < CC_ARRAY_LEN(kws); i++) {
		unsigned h = kw_hash(kws[i].w, strlen(kws[i].w));
		while (atomic_load_explicit(&kw_slots[h], memory_order_relaxed) != 0 &&
		       atomic_load_explicit(&kw_slots[h], memory_order_relaxed) != i + 1)
			h = (h + 1) & (KW_SLOTS - 1);
		atomic_store_explicit(&kw_slots[h], (uint8_t)(i + 1), memory_order_relaxed);
		atomic_fetch_or_explicit(&kw_first[strlen(kws[i].w)], 1u << (kws[i].w[0] - 'a'),
					 memory_order_relaxed);
		atomic_store_explicit(&kc_of[i + 1], kws[i].c, memory_order_relaxed);
		atomic_store_explicit(&kv_of[i + 1], kws[i].v, memory_order_relaxed);
		int8_t q = 0;
		if (kws[i].c == KC_CUE || kws[i].c == KC_DEIC || kws[i].c == KC_AGO) {
			if (kws[i].c == KC_CUE && kws[i].pl)
				q = CUE_MORE;
			else if (kws[i].c != KC_AGO && kws[i].v > 0)
				q = 1;
			else if (kws[i].c == KC_AGO || kws[i].v < 0)
				q = -1;
		}
		atomic_store_explicit(&cue_of[i + 1], q, memory_order_relaxed);
	}
	atomic_store_explicit(&cue_of[TW_LL], 1, memory_order_relaxed);
	atomic_store_explicit(&cue_of[TW_SET], CUE_MORE, memory_order_relaxed);
	atomic_store_explicit(&cue_of[TW_GOING], CUE_MORE, memory_order_relaxed);
	atomic_store_explicit(&cue_of[TW_FORESEE], CUE_MORE, memory_order_relaxed);
	atomic_store_explicit(&cue_of[TW_DUE], CUE_MORE, memory_order_relaxed);
	atomic_store_explicit(&cue_of[TW_ED], CUE_MORE, memory_order_relaxed);
	atomic_store_explicit(&cue_of[TW_BE], CUE_MORE, memory_order_relaxed);
	atomic_store_explicit(&cue_of[TW_MAY], CUE_MORE, memory_order_relaxed);
	for (unsigned l = 0; l < CC_ARRAY_LEN(wlists); l++)
		for (unsigned i = 0; i < wlists[l].n; i++) {
			const char *w = wlists[l].w[i];
			uint16_t v = (uint16_t)(l << 8 | (i + 1));
			unsigned h = kw_hash(w, strlen(w));
			while (atomic_load_explicit(&wl_slots[h], memory_order_relaxed) != 0 &&
			       atomic_load_explicit(&wl_slots[h], memory_order_relaxed) != v)
				h = (h + 1) & (WL_SLOTS - 1);
			atomic_store_explicit(&wl_slots[h], v, memory_order_relaxed);
		}
	atomic_store_explicit(&kw_ready, true, memory_order_release);
}

/* 1-based index into kws of an ASCII word token, or 0. Words hold only
 * letters, apostrophes and dots, so OR-ing 0x20 lower-cases them. */
static uint8_t kw_index(const char *text, const struct token *t)
{
	size_t len = t->end - t->start;
	if (t->kind != TK_WORD || len > KW_MAXLEN || !(t->flags & TF_ASCII))
		return 0;
	const char *p = text + t->start;
	unsigned f = (unsigned char)p[0] | 0x20u;
	if (f < 'a' || f > 'z' ||
	    !(atomic_load_explicit(&kw_first[len], memory_order_relaxed) & (1u << (f - 'a'))))
		return 0;
	for (unsigned h = kw_hash(p, len);; h = (h + 1) & (KW_SLOTS - 1)) {
		uint8_t x = atomic_load_explicit(&kw_slots[h], memory_order_relaxed);
		if (x == 0)
			return 0;
		const char *w = kws[x - 1].w;
		size_t k = 0;
		while (k < len && w[k] == (char)(p[k] | 0x20))
			k++;
		if (k == len && w[k] == '\0')
			return x;
	}
}

static bool ascii_is(const char *p, size_t len, const char *lit)
{
	size_t k = 0;
	while (k < len && lit[k] && (p[k] | 0x20) == lit[k])
		k++;
	return k == len && lit[k] == '\0';
}

/* The class of an ASCII word: its keyword index, a TW_ class, or 0. Only
 * ASCII words under 24 bytes get a TW_ class. A byte b with b | 0x20 equal
 * to a lower-case letter is that letter in either case, so comparing with
 * OR-ed bytes is exact. */
static uint8_t word_class(const char *text, const struct token *t)
{
	uint8_t x = kw_index(text, t);
	if (x)
		return x;
	size_t len = t->end - t->start;
	if (t->kind != TK_WORD || !(t->flags & TF_ASCII) || len == 0 || len >= 24)
		return 0;
	const char *p = text + t->start;
	char l1 = (char)(p[len - 1] | 0x20);
	if (len > 3 && l1 == 'l' && (p[len - 2] | 0x20) == 'l' && p[len - 3] == '\'')
		return TW_LL;
	if (ascii_is(p, len, "set"))
		return TW_SET;
	if (((p[0] | 0x20) == 'f' && (ascii_is(p, len, "forecast") || ascii_is(p, len, "forecasted"))) ||
	    ((p[0] | 0x20) == 'p' && (ascii_is(p, len, "predicted") || ascii_is(p, len, "projected"))))
		return TW_FORESEE;
	if (ascii_is(p, len, "going"))
		return TW_GOING;
	if (ascii_is(p, len, "due"))
		return TW_DUE;
	if (len >= 4 && l1 == 'd' && (p[len - 2] | 0x20) == 'e') {
		for (size_t k = 0; k < CC_ARRAY_LEN(not_past_ed); k++)
			if (ascii_is(p, len, not_past_ed[k]))
				return 0;
		return TW_ED;
	}
	static const char *const be[] = {"be",   "been",   "being",   "is",       "are",
					 "am",   "stay",   "stays",   "staying",  "remain",
					 "remains", "remaining"};
	for (size_t k = 0; k < CC_ARRAY_LEN(be); k++)
		if (ascii_is(p, len, be[k]))
			return TW_BE;
	if (ascii_is(p, len, "could") || ascii_is(p, len, "might"))
		return TW_MAY;
	return 0;
}

/* The word lists (enum wlist bits) an ASCII word token under 24 bytes is
 * in, ignoring case; 0 for any other token. */
static unsigned wl_mask(const char *text, const struct token *t)
{
	size_t len = t->end - t->start;
	if (t->kind != TK_WORD || !(t->flags & TF_ASCII) || len == 0 || len >= 24)
		return 0;
	const char *p = text + t->start;
	unsigned mask = 0;
	for (unsigned h = kw_hash(p, len);; h = (h + 1) & (WL_SLOTS - 1)) {
		uint16_t v = atomic_load_explicit(&wl_slots[h], memory_order_relaxed);
		if (v == 0)
			return mask;
		if (ascii_is(p, len, wlists[v >> 8].w[(v & 0xFF) - 1]))
			mask |= 1u << (v >> 8);
	}
}

uint8_t temporal_word_class(const char *text, const struct token *t)
{
	if (!atomic_load_explicit(&kw_ready, memory_order_acquire))
		kw_build();
	return t->kind == TK_WORD ? word_class(text, t) : 0;
}

/* ---- calendar ----------------------------------------------------------- */

static bool leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int mdays(int y, int m)
{
	static const int md[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m == 2 && leap(y) ? 29 : md[m - 1];
}

/* Monday = 0; 1970-01-01 was a Thursday. */
static int weekday_of(int64_t day)
{
	int64_t w = (day + 3) % 7;
	return (int)(w < 0 ? w + 7 : w);
}

static void month_add(int *y, int *m, int k)
{
	int t = *y * 12 + (*m - 1) + k;
	*y = t / 12;
	*m = t % 12 + 1;
}

static void iso_week(int64_t day, int *wy, int *wn)
{
	int64_t thu = day - weekday_of(day) + 3;
	int y, m, d;
	civil_from_days(thu, &y, &m, &d);
	*wy = y;
	*wn = (int)((thu - days_from_civil(y, 1, 1)) / 7) + 1;
}

/* ---- scanning context --------------------------------------------------- */

struct ctx {
	const char *text;
	const struct token *t;
	size_t n;
	const struct cc_date *doc; /* the document date when has_doc(); doc_day() is its day */
	size_t last_end; /* token index after the last mention (SIZE_MAX: none) */
	char last_kind;
	int last_y;
	/* the last mention when it was a day without a time (kind D), for a
	 * time a few connecting words after it (day_before_time) */
	bool day_ok;
	struct hit_day_rec {
		size_t e;
		int y, m, d;
		uint8_t year_from;
		bool future;
	} day;
};

/* The word class of token i (temporal_word_class): the lexicon's memo
 * (token.tkw) when the token is keyed, else looked up. */
static inline uint8_t kw_at(const struct ctx *c, size_t i)
{
	if (i >= c->n)
		return 0;
	const struct token *t = &c->t[i];
	/* a keyed token that is no word has class 0 in the memo: one test
	 * of the flags for every kind, no branch on the kind */
	if (t->flags & TF_KEYED)
		return t->tkw;
	return t->kind == TK_WORD ? word_class(c->text, t) : 0;
}

/* Whether the document date is known, and its day number (0 without
 * one): asked where a relative date needs them, not for every sentence. */
static bool has_doc(const struct ctx *c)
{
	return c->doc && dateline_valid(c->doc->year, c->doc->month, c->doc->day);
}

static int64_t doc_day(const struct ctx *c)
{
	return has_doc(c) ? days_from_civil(c->doc->year, c->doc->month, c->doc->day) : 0;
}

/* The keyword at token i, or NULL (TW_ classes are no keywords). */
static inline const struct kw *K(const struct ctx *c, size_t i)
{
	uint8_t x = kw_at(c, i);
	return x && x <= NKW ? &kws[x - 1] : NULL;
}

static inline int KC(const struct ctx *c, size_t i)
{
	return atomic_load_explicit(&kc_of[kw_at(c, i)], memory_order_relaxed);
}

static inline int KV(const struct ctx *c, size_t i)
{
	return atomic_load_explicit(&kv_of[kw_at(c, i)], memory_order_relaxed);
}

static size_t tlen(const struct ctx *c, size_t i)
{
	return c->t[i].end - c->t[i].start;
}

static const char *tstr(const struct ctx *c, size_t i)
{
	return c->text + c->t[i].start;
}

static bool glued(const struct ctx *c, size_t i)
{
	return i < c->n && !(c->t[i].flags & TF_SPACE_BEFORE);
}

static inline bool is_kind(const struct ctx *c, size_t i, enum tok_kind k)
{
	return i < c->n && c->t[i].kind == k;
}

static bool is_cap(const struct ctx *c, size_t i)
{
	return is_kind(c, i, TK_WORD) && (c->t[i].flags & TF_CAP);
}

static inline bool punct_is_n(const struct ctx *c, size_t i, const char *s, size_t len)
{
	return is_kind(c, i, TK_PUNCT) && tlen(c, i) == len && memcmp(tstr(c, i), s, len) == 0;
}
/* lit must be a string literal */
#define punct_is(c, i, lit) punct_is_n(c, i, "" lit, sizeof(lit) - 1)

static bool is_dash(const struct ctx *c, size_t i)
{
	return punct_is(c, i, "-") || punct_is(c, i, "\xE2\x80\x93");
}

/* ' or a curly single quote (U+2018, U+2019) */
static inline bool is_apos(const struct ctx *c, size_t i)
{
	if (!is_kind(c, i, TK_PUNCT))
		return false;
	const unsigned char *s = (const unsigned char *)tstr(c, i);
	size_t len = tlen(c, i);
	if (len == 1)
		return s[0] == '\'';
	return len == 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x98 || s[2] == 0x99);
}

static inline __attribute__((always_inline)) bool word_is(const struct ctx *c, size_t i,
								const char *s)
{
	return is_kind(c, i, TK_WORD) && token_is(c->text, &c->t[i], s);
}

/* Whether token i is a word of the word list `wl` (an enum wlist bit). */
static bool word_in(const struct ctx *c, size_t i, unsigned wl)
{
	return i < c->n && (wl_mask(c->text, &c->t[i]) & wl);
}

/* The value of a plain digit run (no ',' or '.'), or -1; *nd its digits. */
static inline int num_digits(const struct ctx *c, size_t i, int *nd)
{
	if (!is_kind(c, i, TK_NUM))
		return -1;
	size_t len = tlen(c, i);
	const char *s = tstr(c, i);
	/* most numbers: a keyed run of up to four digits carries its value
	 * (quantity's QNUM_VALUE, kept by the lexicon's memo) */
	uint16_t q = c->t[i].qlex;
	if ((c->t[i].flags & TF_KEYED) && q) {
		*nd = (int)len;
		return QNUM_VALUE(q);
	}
	if (len > 9)
		return -1;
	int v = 0;
	for (size_t k = 0; k < len; k++) {
		if (s[k] < '0' || s[k] > '9')
			return -1;
		v = v * 10 + (s[k] - '0');
	}
	*nd = (int)len;
	return v;
}

static bool ordinal_suffix(const struct ctx *c, size_t i)
{
	return glued(c, i) && (word_is(c, i, "th") || word_is(c, i, "st") || word_is(c, i, "nd") ||
			       word_is(c, i, "rd"));
}

/* A day of the month at i ("20", "20th"): its value, *next after it, and
 * whether an ordinal suffix was read. 0 when it is not one. */
static int parse_day(const struct ctx *c, size_t i, size_t *next, bool *ord)
{
	int nd = 0, v = num_digits(c, i, &nd);
	if (v < 1 || v > 31 || nd > 2)
		return 0;
	size_t j = i + 1;
	bool o = false;
	if (ordinal_suffix(c, j)) {
		j++;
		o = true;
	}
	if (glued(c, j)) {
		/* times ("9:30"), percentages, glued units and fractions are not days */
		if (is_kind(c, j, TK_WORD) || is_kind(c, j, TK_SYM) || is_kind(c, j, TK_NUM))
			return 0;
		if ((punct_is(c, j, ":") || punct_is(c, j, "/") || punct_is(c, j, ".")) &&
		    glued(c, j + 1) && is_kind(c, j + 1, TK_NUM))
			return 0;
	}
	*next = j;
	if (ord)
		*ord = o;
	return v;
}

/* Token i may start a numeric date: nothing glued before it but an opening
 * bracket or quote. */
static bool left_free(const struct ctx *c, size_t i)
{
	if (i == 0 || !glued(c, i))
		return true;
	if (!is_kind(c, i - 1, TK_PUNCT))
		return false;
	return punct_is(c, i - 1, "(") || punct_is(c, i - 1, "[") || punct_is(c, i - 1, "\"") ||
	       is_apos(c, i - 1) || punct_is(c, i - 1, "\xE2\x80\x9C");
}

/* Token e may follow a numeric date: space, or closing punctuation. */
static bool right_free(const struct ctx *c, size_t e)
{
	if (e >= c->n || !glued(c, e))
		return true;
	if (!is_kind(c, e, TK_PUNCT))
		return false;
	if (punct_is(c, e, "/") || is_dash(c, e) || punct_is(c, e, "_"))
		return false;
	return !(glued(c, e + 1) && (is_kind(c, e + 1, TK_NUM) || is_kind(c, e + 1, TK_WORD)));
}

static bool unit_noun_at(const struct ctx *c, size_t i)
{
	return i < c->n && !glued(c, i) && word_in(c, i, WL_UNIT);
}

/* A 4-digit year in [lo, hi] at i with nothing glued after it that makes it
 * something else ("2024bn", "2024%", "2013/14"); 0 when not. */
static int parse_year(const struct ctx *c, size_t i, int lo, int hi)
{
	int nd = 0, v = num_digits(c, i, &nd);
	if (nd != 4 || v < lo || v > hi)
		return 0;
	size_t j = i + 1;
	if (glued(c, j)) {
		if (is_kind(c, j, TK_WORD) || is_kind(c, j, TK_SYM) || is_kind(c, j, TK_NUM))
			return 0;
		if (punct_is(c, j, "/"))
			return 0;
		if ((punct_is(c, j, ":") || punct_is(c, j, ".")) && glued(c, j + 1) &&
		    is_kind(c, j + 1, TK_NUM))
			return 0;
		if (is_dash(c, j) && glued(c, j + 1) && is_kind(c, j + 1, TK_WORD) &&
		    !(c->t[j + 1].flags & TF_CAP))
			return 0; /* "2000-year-old", "2024-style" */
		if (is_dash(c, j) && glued(c, j + 1) && is_kind(c, j + 1, TK_NUM)) {
			/* "2012-13" and "2012-2013" are ranges; "2024-15" and
			 * "2024-07-20-A" are codes */
			int nd2 = 0;
			if (num_digits(c, j + 1, &nd2) < 0 || (nd2 != 2 && nd2 != 4) ||
			    !right_free(c, j + 2))
				return 0;
		}
	}
	if (unit_noun_at(c, j))
		return 0;
	return v;
}

/* ---- hits --------------------------------------------------------------- */

struct hit {
	size_t s, e;      /* token span */
	char kind;        /* D day, M month, Y year, X decade, Q quarter, H half,
			   * S season, W week, E weekend, U unresolved relative */
	int y, m, d, n;   /* y 0: unknown; n: quarter, half or season */
	int d2;           /* last day of a "June 5-7" range */
	int narrow;       /* MOD_EARLY / MOD_MID / MOD_LATE */
	int64_t wmon;     /* W, E: the Monday */
	bool clip;        /* "earlier/later this X": lo/hi clipped at */
	int64_t clip_lo, clip_hi;
	uint8_t year_from;
	bool keep_the;    /* a leading "the" belongs to the phrase */
	bool future;      /* a future cue governs the clause */
	bool wrange;      /* a time range linked by words ("from 10 p.m. to
			   * 2 a.m."): the "from" is part of it, no mod */
	int8_t ago_cmp;   /* "less than a month ago" -1 (after the day named),
			   * "more than three years ago" +1 (before it), 0 none */
	/* times of day (kind T, or a D joined with one) */
	uint8_t tgran;    /* 0 none, GRAN_HOUR or GRAN_MINUTE */
	uint8_t zone;     /* 1-based index into zones, 0 none */
	int16_t tmin;     /* minutes after midnight */
	int16_t tend;     /* a range's last minute + 1 ("7:15-7:45"), 0 none */
	enum granularity ugran; /* U: the granularity */
	char unit[32];    /* U and unresolved weekdays: the phrase */
};

struct pre {
	size_t s;    /* first token of the prefix */
	bool the;
	bool edge;   /* "the end of" */
	int narrow;
};

static void hit_unresolved(const struct ctx *c, struct hit *h, enum granularity g)
{
	h->kind = 'U';
	h->ugran = g;
	h->year_from = 4;
	size_t o = 0;
	for (size_t i = h->s; i < h->e && o + 1 < sizeof h->unit; i++) {
		char buf[32];
		size_t len = token_lower(c->text, &c->t[i], buf, sizeof buf);
		if (o && (c->t[i].flags & TF_SPACE_BEFORE) && o + 1 < sizeof h->unit)
			h->unit[o++] = ' ';
		for (size_t k = 0; k < len && o + 1 < sizeof h->unit; k++)
			h->unit[o++] = buf[k];
	}
	h->unit[o] = '\0';
}

static void hit_day(struct hit *h, int64_t day, uint8_t from)
{
	int y, m, d;
	civil_from_days(day, &y, &m, &d);
	h->kind = 'D';
	h->y = y, h->m = m, h->d = d;
	h->year_from = from;
}

/* Whether word i governs the base form after it ("failed to meet", "did
 * not meet", "could meet"): then that base form is no cue by itself. */
static bool base_governed(const struct ctx *c, size_t i)
{
	static const char *const gov[] = {
		"to", "not", "n't", "never", "did", "didn't", "do", "does", "could", "couldn't",
		"can", "cannot", "can't", "may", "might", "must", "should", "would", "wouldn't",
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(gov); k++)
		if (word_is(c, i, gov[k]))
			return true;
	return false;
}

/* An adverb in "-ly" ("widely", "frequently") at word i. */
static bool ly_word(const struct ctx *c, size_t i)
{
	if (!is_kind(c, i, TK_WORD))
		return false;
	size_t len = tlen(c, i);
	const char *p = tstr(c, i);
	return len > 4 && (p[len - 2] | 0x20) == 'l' && (p[len - 1] | 0x20) == 'y';
}

/* Whether word k is joined to a word before or after it by a hyphen with
 * no space ("take-off", "check-in", "lead-up"). */
static bool hyphen_glued(const struct ctx *c, size_t k)
{
	const struct token *t = &c->t[k];
	if (k + 1 < c->n && c->t[k + 1].kind == TK_PUNCT && c->t[k + 1].start == t->end &&
	    c->text[t->end] == '-' && k + 2 < c->n && c->t[k + 2].start == c->t[k + 1].end &&
	    c->t[k + 2].kind == TK_WORD)
		return true;
	return k >= 2 && c->t[k - 1].kind == TK_PUNCT && c->t[k - 1].end == t->start &&
	       c->text[c->t[k - 1].start] == '-' && c->t[k - 2].end == c->t[k - 1].start &&
	       c->t[k - 2].kind == TK_WORD;
}

/* The tense cue of word k, of word class x (kw_at; 0: none): +1 future,
 * -1 past, 0 none, from its word class (see word_class; cue_of holds what
 * the class says by itself), a "to"/"for" after it and a passive auxiliary
 * before it. */
static inline __attribute__((always_inline)) int cue_at(const struct ctx *c, size_t k, uint8_t x)
{
	int q = atomic_load_explicit(&cue_of[x], memory_order_relaxed);
	if (q == 0 || q == 1)
		return q; /* most words: no class (0) or a class of no cue */
	if (q == CUE_MORE) {
		if (x <= NKW) /* a base form ("meet", "resume"): after "to", "not"
			       * or an auxiliary the verb before it decides */
			return k > 0 && base_governed(c, k - 1) ? 0 : 1;
		switch (x) {
		case TW_SET:
		case TW_GOING:
			return word_is(c, k + 1, "to") || word_is(c, k + 1, "for") ? 1 : 0;
		case TW_FORESEE:
			if (word_is(c, k + 1, "to") || word_is(c, k + 1, "for"))
				return 1;
			if ((c->text[c->t[k].end - 1] | 0x20) != 'd' || (c->t[k].flags & TF_CAP))
				return 0;
			break; /* "predicted", "projected": past, as TW_ED */
		case TW_DUE:
			return word_is(c, k + 1, "to") ? 0 : 1;
		case TW_ED:
			if (c->t[k].flags & TF_CAP)
				return 0;
			break;
		case TW_BE: /* "the minister is to visit" */
			return (word_is(c, k, "is") || word_is(c, k, "are")) && word_is(c, k + 1, "to") ? 1 : 0;
		case TW_MAY: /* "talks could resume Friday"; "could not be reached",
			      * "might have been" say nothing */
			return word_is(c, k + 1, "not") || word_is(c, k + 1, "have") ||
					       is_apos(c, k + 1)
				       ? 0
				       : 1;
		default:
			return 0;
		}
	}
	/* past; but "last" after "to", "might" ... is a verb ("could last
	 * until Friday"), and a passive participle ("will be held", "is
	 * expected", "is widely used") says nothing by itself: the auxiliary
	 * before it decides */
	if (k > 0 && atomic_load_explicit(&kc_of[x], memory_order_relaxed) == KC_DEIC &&
	    base_governed(c, k - 1))
		return 0;
	if (k > 0 && kw_at(c, k - 1) == TW_BE)
		return 0;
	if (k > 1 && ly_word(c, k - 1) && kw_at(c, k - 2) == TW_BE)
		return 0;
	return -1;
}

/* ';' or ':' (a clause boundary for the tense cue) */
static inline bool clause_stop(const char *text, const struct token *t)
{
	return t->kind == TK_PUNCT && t->end - t->start == 1 &&
	       (text[t->start] == ';' || text[t->start] == ':');
}

/* The tense cue of token t if it is a word (words counts it), or
 * CLAUSE_END at a clause boundary; 0: none, read on. */
#define CLAUSE_END 2
static inline __attribute__((always_inline)) int cue_step(const struct ctx *c, const struct token *t,
							 int *words)
{
	if (t->kind != TK_WORD)
		return clause_stop(c->text, t) ? CLAUSE_END : 0;
	++*words;
	/* most words have no class and no cue: cue_at turns them away first */
	uint8_t x = t->flags & TF_KEYED ? t->tkw : word_class(c->text, t);
	int q = cue_at(c, (size_t)(t - c->t), x);
	/* a verb of the future joined by a hyphen is part of a noun ("shortly
	 * after take-off on Tuesday night", "the lead-up"): no future ("re-
	 * elected" stays past) */
	if (q == 1 && hyphen_glued(c, (size_t)(t - c->t)))
		return 0;
	/* "next" or "last" after "the" ranks a thing in the story's time ("was
	 * refloated on the next high tide early on Sunday", "the last ferry"):
	 * no tense */
	if (q && t > c->t && atomic_load_explicit(&kc_of[x], memory_order_relaxed) == KC_DEIC &&
	    t[-1].kind == TK_WORD && word_is(c, (size_t)(t - c->t) - 1, "the"))
		return 0;
	return q;
}

/* Future or past from the nearest tense cue around tokens [s, e):
 * +1 future, -1 past, 0 none. Backwards up to ten words within the clause,
 * then forwards up to four. */
static int tense_cue(const struct ctx *c, size_t s, size_t e)
{
	int words = 0;
	for (const struct token *t = c->t + s; t != c->t && words < 10;) {
		int q = cue_step(c, --t, &words);
		if (q == CLAUSE_END)
			break;
		if (q)
			return q;
	}
	words = 0;
	for (const struct token *t = c->t + e, *end = c->t + c->n; t < end && words < 4; t++) {
		int q = cue_step(c, t, &words);
		if (q == CLAUSE_END)
			break;
		if (q)
			return q;
	}
	return 0;
}

/* ---- cores: each recognises a date at token p (after the prefix) -------- */

/* A month name alone needs a reason to be a month. */
static bool month_gate(const struct ctx *c, size_t s, size_t p)
{
	if (s == 0)
		return false;
	size_t k = s - 1;
	int kc = KC(c, k);
	bool weak = false;
	if (kc == KC_PREP) {
		int v = KV(c, k);
		if (v == MOD_ON || v == MOD_APPROX)
			return false;
		weak = v == MOD_BY || v == MOD_STARTING;
	} else if (kc == KC_OF) {
		weak = true;
	} else if (kc == KC_CONJ) {
		if (c->last_end != k)
			return false;
		weak = true;
	} else {
		return false;
	}
	/* "a song by June Carter": a capitalised word after a weakly introduced
	 * month makes it a name */
	if (weak && is_cap(c, p + 1) && KC(c, p + 1) != KC_MONTH && KC(c, p + 1) != KC_MABBR)
		return false;
	return true;
}

/* YEAREXPR after "of": "2024", "last year", "this year", "the year",
 * "the current year". Returns 1 explicit, 2 resolved from the document,
 * 3 relative without a document; 0 none. */
static int year_expr(const struct ctx *c, size_t r, int *y, size_t *e)
{
	int v = parse_year(c, r, 1000, 2999);
	if (v) {
		*y = v;
		*e = r + 1;
		return 1;
	}
	if (KC(c, r) == KC_FISCAL && (v = parse_year(c, r + 1, 1000, 2999)) != 0) {
		*y = v;
		*e = r + 2;
		return 1;
	}
	int dir = 0;
	size_t q = r;
	if (KC(c, q) == KC_DEIC) {
		dir = KV(c, q);
		q++;
	} else if (KC(c, q) == KC_THE) {
		q++;
		if (KC(c, q) == KC_DEIC && KV(c, q) == 0)
			q++;
	} else {
		return 0;
	}
	const struct kw *k = K(c, q);
	if (!k || k->c != KC_UNIT || k->v != U_YEAR || k->pl)
		return 0;
	*e = q + 1;
	if (!has_doc(c))
		return 3;
	*y = c->doc->year + dir;
	return 2;
}

static bool core_numeric(const struct ctx *c, size_t p, struct hit *h)
{
	int nd1 = 0, a = num_digits(c, p, &nd1);
	if (!left_free(c, p))
		return false;
	if (a < 0) {
		/* dotted "08.07.2012" (day first) or "02.29.12" (month first) */
		if (!is_kind(c, p, TK_NUM))
			return false;
		const char *s = tstr(c, p);
		size_t len = tlen(c, p);
		int part[3] = {0, 0, 0}, dig[3] = {0, 0, 0}, np = 0;
		for (size_t k = 0; k < len; k++) {
			if (s[k] == '.') {
				if (++np > 2)
					return false;
			} else if (s[k] >= '0' && s[k] <= '9') {
				if (++dig[np] > 4)
					return false;
				part[np] = part[np] * 10 + (s[k] - '0');
			} else {
				return false;
			}
		}
		if (np != 2 || dig[0] > 2 || dig[1] > 2 || (dig[2] != 4 && dig[2] != 2))
			return false;
		int y = dig[2] == 2 ? (part[2] < 70 ? 2000 + part[2] : 1900 + part[2]) : part[2];
		int m = dig[2] == 4 ? part[1] : part[0], d = dig[2] == 4 ? part[0] : part[1];
		if (!dateline_valid(y, m, d)) {
			int t = m;
			m = d, d = t;
			if (!dateline_valid(y, m, d))
				return false;
		}
		if (!right_free(c, p + 1))
			return false;
		h->kind = 'D', h->y = y, h->m = m, h->d = d, h->e = p + 1;
		return true;
	}
	/* three glued numbers with the same separator */
	size_t q = p + 1;
	if (!glued(c, q) || !(punct_is(c, q, "-") || punct_is(c, q, "/")) || !glued(c, q + 1) ||
	    !glued(c, q + 2) || !glued(c, q + 3))
		return false;
	bool slash = punct_is(c, q, "/");
	if (slash ? !punct_is(c, q + 2, "/") : !punct_is(c, q + 2, "-"))
		return false;
	int nd2 = 0, nd3 = 0, b = num_digits(c, q + 1, &nd2), d3 = num_digits(c, q + 3, &nd3);
	bool iso_time = nd1 == 4 && !slash && glued(c, q + 4) && word_is(c, q + 4, "T") &&
			glued(c, q + 5) && is_kind(c, q + 5, TK_NUM);
	if (b < 0 || d3 < 0 || !(right_free(c, q + 4) || iso_time))
		return false;
	int y, m, d;
	if (nd1 == 4 && nd2 <= 2 && nd3 <= 2) {
		y = a, m = b, d = d3; /* 2024-07-20, 2024/07/20 */
	} else if (nd1 <= 2 && nd2 <= 2 && (nd3 == 4 || (nd3 == 2 && slash))) {
		y = nd3 == 2 ? (d3 < 70 ? 2000 + d3 : 1900 + d3) : d3;
		if (a <= 12)
			m = a, d = b; /* US order */
		else
			d = a, m = b;
	} else {
		return false;
	}
	if (!dateline_valid(y, m, d))
		return false;
	h->kind = 'D', h->y = y, h->m = m, h->d = d, h->e = q + 4;
	return true;
}

static bool hot_context(const struct ctx *c, size_t s)
{
	for (size_t k = s, n = 0; k-- > 0 && n < 4; n++)
		if (word_in(c, k, WL_NOT_DECADE))
			return true;
	return false;
}

static bool core_decade(const struct ctx *c, size_t p, struct hit *h, const struct pre *pre)
{
	int nd = 0, v;
	size_t q = p;
	bool apos = is_apos(c, p);
	if (apos) {
		q = p + 1;
		if (!glued(c, q))
			return false;
	}
	v = num_digits(c, q, &nd);
	if (v < 0 || v % 10 != 0 || !glued(c, q + 1) || !word_is(c, q + 1, "s"))
		return false;
	if (nd == 4) {
		if (apos || (v % 100 == 0 && v != 2000))
			return false; /* centuries ("the 1800s") are not decades */
	} else if (nd == 2) {
		/* just after a decade ("the 1940s and '50s", "the 40s and 50s"):
		 * the same century, with or without "the" */
		bool coord = c->last_kind == 'X' && c->last_end != SIZE_MAX && c->last_end + 3 >= p;
		if (!apos && !pre->the && !coord)
			return false; /* "in her 90s" is an age */
		if (!apos && !coord && hot_context(c, pre->s))
			return false; /* "highs in the 90s" */
		if (coord)
			v += c->last_y / 100 * 100;
		else
			v += v >= 30 ? 1900 : 2000;
	} else {
		return false;
	}
	h->kind = 'X', h->y = v, h->e = q + 2, h->keep_the = true;
	return true;
}

/* "20 July 2024", "29th February 2012", "the 20th of July" */
static bool core_dayfirst(const struct ctx *c, size_t p, struct hit *h)
{
	size_t j;
	bool ord;
	int d = parse_day(c, p, &j, &ord);
	if (!d)
		return false;
	bool of = false;
	if (ord && KC(c, j) == KC_OF) {
		j++;
		of = true;
	}
	int kc = KC(c, j);
	if ((kc != KC_MONTH && kc != KC_MABBR) || !is_cap(c, j))
		return false;
	/* the month first: it turns most numbers away cheaply */
	if (p > 0) {
		if (glued(c, p) && !left_free(c, p))
			return false;
		if (is_kind(c, p - 1, TK_NUM) || is_kind(c, p - 1, TK_SYM) ||
		    word_in(c, p - 1, WL_COMPARATOR) || word_in(c, p - 1, WL_ID))
			return false;
	}
	int m = KV(c, j);
	size_t k = j + 1;
	if (kc == KC_MABBR && punct_is(c, k, ".") && glued(c, k))
		k++;
	size_t yj = punct_is(c, k, ",") ? k + 1 : k;
	int y = parse_year(c, yj, 1000, 2999);
	if (!dateline_valid(y ? y : REF_YEAR, m, d))
		return false;
	h->kind = 'D', h->y = y, h->m = m, h->d = d;
	h->e = y ? yj + 1 : j + 1;
	h->keep_the = of;
	return true;
}

static bool core_month(const struct ctx *c, size_t p, struct hit *h, const struct pre *pre)
{
	int kc = KC(c, p);
	if ((kc != KC_MONTH && kc != KC_MABBR) || !is_cap(c, p))
		return false;
	int m = KV(c, p);
	bool abbr = kc == KC_MABBR;
	size_t j = p + 1;
	if (abbr && punct_is(c, j, ".") && glued(c, j))
		j++;
	size_t after;
	int d = parse_day(c, j, &after, NULL);
	if (d && !unit_noun_at(c, after)) {
		int d2 = 0;
		size_t k = after;
		if (is_dash(c, after)) {
			size_t a2;
			int e2 = parse_day(c, after + 1, &a2, NULL);
			if (e2 > d) {
				d2 = e2;
				k = a2;
			}
		}
		size_t yj = punct_is(c, k, ",") ? k + 1 : k;
		int y = parse_year(c, yj, 1000, 2999);
		if (y && !dateline_valid(y, m, d2 ? d2 : d))
			y = 0;
		if (!dateline_valid(y ? y : REF_YEAR, m, d2 ? d2 : d))
			return false;
		h->kind = 'D', h->y = y, h->m = m, h->d = d, h->d2 = d2;
		h->e = y ? yj + 1 : k;
		return true;
	}
	size_t yj = punct_is(c, j, ",") ? j + 1 : j;
	int y = parse_year(c, yj, 1000, 2999);
	if (y) {
		h->kind = 'M', h->y = y, h->m = m, h->e = yj + 1;
		return true;
	}
	if (KC(c, j) == KC_OF) {
		size_t e;
		int r = year_expr(c, j + 1, &y, &e);
		if (r == 1 || r == 2) {
			h->kind = 'M', h->y = y, h->m = m, h->e = e;
			h->year_from = r == 2 ? 2 : 0;
			return true;
		}
	}
	if (abbr)
		return false;
	if (!pre->narrow && !month_gate(c, pre->s, p))
		return false;
	h->kind = 'M', h->y = 0, h->m = m, h->e = p + 1;
	return true;
}

/* A bare year: the gate that tells 1997 from 1,997 people and Windows 2000. */
static bool core_year(const struct ctx *c, size_t p, struct hit *h, const struct pre *pre)
{
	int nd = 0;
	if (num_digits(c, p, &nd) < 0 || nd != 4)
		return false;
	bool strong = pre->narrow != 0;
	bool reject = false;
	if (!strong && p > 0) {
		size_t k = p - 1;
		if (glued(c, p)) {
			if (is_dash(c, k) || punct_is(c, k, "/")) {
				/* "2012-2013": the second year of a range */
				strong = c->last_end == k;
				reject = !strong;
			} else if (KC(c, k) == KC_FISCAL) {
				strong = true; /* FY2024 */
			} else if (!left_free(c, p)) {
				reject = true;
			}
		} else if (is_kind(c, k, TK_NUM) || is_kind(c, k, TK_SYM) || punct_is(c, k, "#")) {
			reject = true;
		} else if (is_kind(c, k, TK_WORD)) {
			int kc = KC(c, k);
			if (kc == KC_CONJ && c->last_end == k) {
				strong = true; /* "2013 or 2014", "from 2010 to 2015" */
			} else if (kc == KC_PREP && KV(c, k) != MOD_APPROX && KV(c, k) != MOD_ON) {
				strong = true;
			} else if (word_is(c, k, "circa")) {
				strong = true;
			} else if (kc == KC_OF) {
				strong = !(k > 0 && (word_in(c, k - 1, WL_AMOUNT)));
				reject = !strong;
			} else if (word_in(c, k, WL_COMPARATOR) || word_in(c, k, WL_ID)) {
				reject = true;
			} else if (kc == KC_FISCAL || kc == KC_THE || kc == KC_DEIC || kc == KC_AS) {
				/* "fiscal 2024", "the 2024 election" */
			} else if (is_cap(c, k) && kc != KC_RELDAY) {
				reject = true; /* "Windows 2000", "Vision 2030" */
			}
		}
	}
	if (reject)
		return false;
	int y = parse_year(c, p, strong ? 1000 : 1800, 2100);
	if (!y)
		return false;
	h->kind = 'Y', h->y = y, h->e = p + 1;
	return true;
}

/* core_weekday's dir for "this Friday": ahead unless a past cue says not */
#define WD_THIS 2

static int64_t weekday_resolve(const struct ctx *c, int w, int dir, bool future)
{
	int64_t doc = doc_day(c);
	int dw = weekday_of(doc);
	int back = (dw - w + 7) % 7, fwd = (w - dw + 7) % 7;
	if (dir < 0)
		return doc - (back ? back : 7);
	if (dir > 0)
		return doc + (fwd ? fwd : 7);
	return future ? doc + fwd : doc - back;
}

/* A day date at q (after an optional ','), for a weekday before it. */
static bool weekday_date(const struct ctx *c, size_t q, struct hit *h)
{
	if (punct_is(c, q, ","))
		q++;
	struct pre none = {.s = q};
	struct hit sub = *h;
	if (core_month(c, q, &sub, &none) && sub.kind == 'D') {
		*h = sub;
		return true;
	}
	sub = *h;
	if (is_kind(c, q, TK_NUM) && core_dayfirst(c, q, &sub)) {
		*h = sub;
		return true;
	}
	return false;
}

/* "Thu, 14 Mar 2013", "Thurs., March 3" */
static bool core_wdabbr(const struct ctx *c, size_t p, struct hit *h)
{
	if (KC(c, p) != KC_WDABBR || !is_cap(c, p))
		return false;
	size_t q = p + 1;
	if (punct_is(c, q, ".") && glued(c, q))
		q++;
	return weekday_date(c, q, h);
}

/* Whether the day phrase starting at s is what a present "is"/"are" says
 * ("the vote is Tuesday", "is on Tuesday", "are at 3 p.m. Tuesday"): a
 * schedule, so the day is ahead. Only right after the verb: "is in custody
 * after a shooting Tuesday" says nothing of Tuesday. */
static bool copula_before(const struct ctx *c, size_t s)
{
	if (s > 0 && (word_is(c, s - 1, "on") || word_is(c, s - 1, "at")))
		s--;
	return s > 0 && (word_is(c, s - 1, "is") || word_is(c, s - 1, "are"));
}

/* s after "at least" that follows a preposition ("until at least Saturday",
 * "by at least March"): the preposition's word is what relates the date;
 * else s itself. */
static size_t past_at_least(const struct ctx *c, size_t s)
{
	if (s >= 3 && word_is(c, s - 1, "least") && word_is(c, s - 2, "at") && KC(c, s - 3) == KC_PREP)
		return s - 2;
	return s;
}

static bool moved_to(const struct ctx *c, size_t s);

/* Whether a past passive or state ends within the three words before token
 * k: "was", "were" or "been", an optional "-ly" adverb, then a participle
 * in "-ed" or "shut" ("were suspended", "had been temporarily closed",
 * "was closed to traffic"). Not after "not" ("were not restored until
 * Tuesday": it happened then), nor an active verb ("lasted until",
 * "remained closed until", "camped outside until"): those tell of the
 * whole span as past. */
static bool passive_before(const struct ctx *c, size_t k)
{
	for (size_t i = k; i-- > 0 && i + 4 > k;) {
		if (!is_kind(c, i, TK_WORD))
			return false;
		size_t len = tlen(c, i);
		const char *w = tstr(c, i);
		if (!(word_is(c, i, "shut") || (len > 3 && (w[len - 2] | 0x20) == 'e' && (w[len - 1] | 0x20) == 'd')))
			continue;
		size_t b = i;
		if (b > 0 && ly_word(c, b - 1))
			b--;
		return b > 0 && (word_is(c, b - 1, "was") || word_is(c, b - 1, "were") || word_is(c, b - 1, "been"));
	}
	return false;
}

/* Whether a past verb that sets a state until a day stands within the four
 * words before "until" at token u: "The operator suspended services until
 * Monday", "closed the bridge until Friday" name the end a decision set,
 * which the report does not say is over, as a past passive does
 * (passive_before). Not after a verb that tells how long a state held
 * ("remained suspended until", "kept the bridge closed until": such a
 * word among the four before the verb), and not after "not" ("did not
 * suspend services until Monday" dates when). */
static bool state_set_before(const struct ctx *c, size_t u)
{
	static const char *const set[] = {"suspended", "closed", "shut", "halted", "grounded",
					  "paused", "banned", "barred", "blocked", "cancelled",
					  "canceled", "stopped"};
	static const char *const held[] = {"remained", "stayed", "kept", "lay", "sat", "not",
					   "was", "were", "been", "had"};
	for (size_t k = u; k-- > 0 && k + 5 > u;) {
		if (!is_kind(c, k, TK_WORD))
			return false;
		bool hit = false;
		for (size_t v = 0; v < CC_ARRAY_LEN(set) && !hit; v++)
			hit = word_is(c, k, set[v]);
		if (!hit)
			continue;
		/* the verb that holds may stand before the object: "kept the
		 * bridge closed" */
		for (size_t j = k; j-- > 0 && j + 5 > k && is_kind(c, j, TK_WORD);)
			for (size_t v = 0; v < CC_ARRAY_LEN(held); v++)
				if (word_is(c, j, held[v]))
					return false;
		return true;
	}
	return false;
}

static bool core_weekday(const struct ctx *c, size_t p, struct hit *h, int dir, size_t s)
{
	if (KC(c, p) != KC_WDAY)
		return false;
	int w = KV(c, p);
	if (p > 0 && is_cap(c, p - 1) && word_in(c, p - 1, WL_HOLIDAY))
		return false;
	size_t j = p + 1;
	/* "Friday, September 20, 2024", "Tuesday 8 October 2024", "next Friday,
	 * July 26": one date, the explicit one */
	if (weekday_date(c, j, h))
		return true;
	if (is_cap(c, j) && KC(c, j) != KC_MONTH && KC(c, j) != KC_MABBR)
		return false; /* "the Sunday Times" */
	if (KC(c, j) == KC_PART && !(c->t[j].flags & TF_CAP))
		j++; /* "Tuesday night" */
	h->e = j;
	if (!has_doc(c)) {
		h->kind = 'U', h->ugran = GRAN_DAY, h->year_from = 4;
		snprintf(h->unit, sizeof h->unit, "%s%s",
			 dir < 0 ? "last " : dir > 0 && dir != WD_THIS ? "next " : "", weekday_names[w]);
		return true;
	}
	/* "closed from Wednesday until Friday": the end of a range is the
	 * first such weekday after its start, whatever the tense */
	size_t u = past_at_least(c, s);
	bool until = u > 0 && KC(c, u - 1) == KC_PREP && KV(c, u - 1) == MOD_UNTIL;
	if (until && dir == 0 && c->day_ok && c->last_end == u - 1 && c->day.e == u - 1 && c->day.y > 0) {
		int64_t start = days_from_civil(c->day.y, c->day.m, c->day.d);
		int fwd = (w - weekday_of(start) + 7) % 7;
		h->future = c->day.future;
		hit_day(h, start + (fwd ? fwd : 7), 2);
		return true;
	}
	int q = copula_before(c, s) ? 1 : tense_cue(c, s, j);
	/* "stays shut until Monday", "closed until at least Saturday": with no
	 * past cue, a state that lasts until a weekday lasts into the days
	 * ahead; so does a state that a past passive reports as set ("were
	 * suspended until Monday", "had been closed until Monday": the end is
	 * the one the decision named, which the report does not say is over),
	 * and one an active past verb sets ("suspended services until Monday":
	 * state_set_before) */
	/* ... unless the sentence goes on to say when it ended ("until
	 * Monday, when engineers finished repairs": that Monday is past) */
	bool ended = punct_is(c, j, ",") && word_is(c, j + 1, "when");
	if (until && !ended && (q == 0 || (q < 0 && (passive_before(c, u - 1) || state_set_before(c, u - 1)))))
		q = 1;
	/* "launch slips to Saturday", "was pushed back to Friday", "delayed
	 * until Monday": the day a thing is moved to lies ahead, whatever
	 * the tense of the move */
	if (q <= 0 && dir == 0 && moved_to(c, s))
		q = 1;
	h->future = q > 0;
	if (dir == WD_THIS) /* "the show airs this Friday": the coming one */
		hit_day(h, weekday_resolve(c, w, 0, q >= 0), 2);
	else
		hit_day(h, weekday_resolve(c, w, dir, h->future), 2);
	return true;
}

/* "Today, most buildings are retrofitted.": a sentence opening with
 * "Today," whose clause has no tense cue (no past, no future; a passive
 * participle gives none) says how things are nowadays, not what happened on
 * the document's day ("Today, the mayor said ...", "Today, IBM took out
 * Cognos" have their cue). */
static bool generic_today(const struct ctx *c, size_t p)
{
	if (p != 0 || !word_is(c, p, "today") || !is_cap(c, p) || !punct_is(c, p + 1, ","))
		return false;
	for (size_t k = p + 2; k < c->n; k++) {
		if (!is_kind(c, k, TK_WORD)) {
			if (clause_stop(c->text, &c->t[k]))
				break;
			continue;
		}
		if (cue_at(c, k, kw_at(c, k)))
			return false;
	}
	return true;
}

static bool core_relday(const struct ctx *c, size_t p, struct hit *h)
{
	if (KC(c, p) != KC_RELDAY || generic_today(c, p))
		return false;
	/* "USA Today": a capitalised "Today" after a capitalised word is a name */
	if (is_cap(c, p) && p > 0 && is_cap(c, p - 1))
		return false;
	size_t j = p + 1;
	if (KC(c, j) == KC_PART && !is_cap(c, j) && !word_is(c, p, "tonight"))
		j++; /* "yesterday morning" */
	h->e = j;
	if (!has_doc(c)) {
		hit_unresolved(c, h, GRAN_DAY);
		return true;
	}
	hit_day(h, doc_day(c) + KV(c, p), 2);
	return true;
}

/* Resolves "last/this/next <unit|month|weekday|season|part of day>". */
static bool deictic(const struct ctx *c, int dir, size_t q, struct hit *h, size_t s)
{
	int kc = KC(c, q);
	const struct kw *k = K(c, q);
	if (kc == KC_WDAY)
		return core_weekday(c, q, h, dir == 0 ? WD_THIS : dir, s);
	h->e = q + 1;
	if (kc == KC_UNIT && !k->pl) {
		enum granularity g = GRAN_NONE;
		switch (k->v) {
		case U_WEEK:
		case U_WEEKEND:
			g = GRAN_WEEK;
			break;
		case U_MONTH:
			g = GRAN_MONTH;
			break;
		case U_YEAR:
			g = GRAN_YEAR;
			break;
		case U_QUARTER:
			g = GRAN_QUARTER;
			break;
		default:
			return false;
		}
		if (!has_doc(c)) {
			hit_unresolved(c, h, g);
			return true;
		}
		h->year_from = 2;
		int y = c->doc->year, m = c->doc->month;
		switch (k->v) {
		case U_WEEK:
		case U_WEEKEND:
			h->kind = k->v == U_WEEK ? 'W' : 'E';
			h->wmon = doc_day(c) - weekday_of(doc_day(c)) + 7 * dir;
			break;
		case U_MONTH:
			month_add(&y, &m, dir);
			h->kind = 'M', h->y = y, h->m = m;
			break;
		case U_YEAR:
			h->kind = 'Y', h->y = y + dir;
			break;
		default: {
			int qn = (m - 1) / 3 + dir;
			int yq = y + (qn < 0 ? -1 : qn > 3 ? 1 : 0);
			h->kind = 'Q', h->y = yq, h->n = (qn + 4) % 4 + 1;
			break;
		}
		}
		return true;
	}
	if (kc == KC_MONTH && is_cap(c, q)) {
		if (!has_doc(c)) {
			hit_unresolved(c, h, GRAN_MONTH);
			return true;
		}
		int m = k->v, y = c->doc->year;
		if (dir < 0 && m >= c->doc->month)
			y--;
		else if (dir > 0 && m <= c->doc->month)
			y++;
		h->kind = 'M', h->y = y, h->m = m, h->year_from = 2;
		return true;
	}
	if (kc == KC_SEASON) {
		if (!has_doc(c)) {
			hit_unresolved(c, h, GRAN_QUARTER);
			return true;
		}
		int sn = k->v, y = c->doc->year;
		int64_t doc = doc_day(c);
		if (sn == 4 && c->doc->month <= 2)
			y--; /* January belongs to last year's winter */
		for (int guard = 0; guard < 3; guard++) {
			int sm = 3 * sn, ey = y, em = sm + 2;
			if (em > 12)
				em -= 12, ey++;
			int64_t lo = days_from_civil(y, sm, 1), hi = days_from_civil(ey, em, mdays(ey, em));
			if (dir < 0 && hi >= doc)
				y--;
			else if (dir > 0 && lo <= doc)
				y++;
			else
				break;
		}
		h->kind = 'S', h->y = y, h->n = sn, h->year_from = 2;
		return true;
	}
	if (kc == KC_PART && !is_cap(c, q) && dir <= 0) {
		bool night = word_is(c, q, "night") || word_is(c, q, "evening");
		if (dir < 0 && !night)
			return false; /* "last morning" */
		if (!has_doc(c)) {
			hit_unresolved(c, h, GRAN_DAY);
			return true;
		}
		hit_day(h, doc_day(c) + (dir < 0 ? -1 : 0), 2);
		return true;
	}
	return false;
}

static bool core_deic(const struct ctx *c, size_t p, struct hit *h, const struct pre *pre)
{
	/* "the last week", "the next year" are durations or anaphora */
	if (KC(c, p) != KC_DEIC || (p > 0 && KC(c, p - 1) == KC_THE))
		return false;
	int dir = KV(c, p);
	size_t q = p + 1;
	if (dir == 0 && KC(c, q) == KC_PAST) {
		dir = -1; /* "this past weekend" */
		q++;
	}
	if (word_is(c, p, "current"))
		return false; /* only in "the current year" */
	return deictic(c, dir, q, h, pre->s);
}

/* "earlier this month", "later this year" */
static bool core_earlier(const struct ctx *c, size_t p, struct hit *h)
{
	if (KC(c, p) != KC_EARLIER || KC(c, p + 1) != KC_DEIC || KV(c, p + 1) != 0 || !word_is(c, p + 1, "this"))
		return false;
	const struct kw *k = K(c, p + 2);
	if (!k || k->c != KC_UNIT || k->pl || (k->v != U_WEEK && k->v != U_MONTH && k->v != U_YEAR))
		return false;
	if (!deictic(c, 0, p + 2, h, p))
		return false;
	if (h->kind == 'U') {
		h->e = p + 3;
		hit_unresolved(c, h, h->ugran);
		return true;
	}
	h->clip = true;
	if (KV(c, p) < 0)
		h->clip_lo = INT64_MIN, h->clip_hi = doc_day(c);
	else
		h->clip_lo = doc_day(c), h->clip_hi = INT64_MAX;
	return true;
}

/* The comparator before "N units ago" at token p: -1 when the event is
 * less than that long ago ("less than", "under", "nearly", "almost", "no
 * more than": after the day N units back), +1 when more ("more than",
 * "over", "at least", "no less than": before it), 0 none. */
static int ago_comparator(const struct ctx *c, size_t p)
{
	if (p == 0)
		return 0;
	size_t k = p - 1;
	if (word_is(c, k, "than") && k > 0) {
		int v = word_is(c, k - 1, "less") || word_is(c, k - 1, "fewer") ? -1
			: word_is(c, k - 1, "more") ? 1 : 0;
		if (v && k > 1 && word_is(c, k - 2, "no"))
			v = -v; /* "no more than a week ago": within the week */
		return v;
	}
	if (word_is(c, k, "under") || word_is(c, k, "nearly") || word_is(c, k, "almost"))
		return -1;
	if (word_is(c, k, "over") || (word_is(c, k, "least") && k > 0 && word_is(c, k - 1, "at")))
		return 1;
	return 0;
}

/* "three days ago", "a year ago"; with a comparator before it ("less than
 * a month ago") the day that many units back, bounding an interval (see
 * emit) */
static bool core_ago(const struct ctx *c, size_t p, struct hit *h)
{
	int v, nd = 0;
	if (KC(c, p) == KC_NUMW)
		v = KV(c, p);
	else if ((v = num_digits(c, p, &nd)) < 1 || nd > 3)
		return false;
	const struct kw *k = K(c, p + 1);
	if (!k || k->c != KC_UNIT || KC(c, p + 2) != KC_AGO)
		return false;
	if ((v == 1 && k->pl) || (v > 1 && !k->pl))
		return false; /* "a years ago", "three day ago" */
	h->e = p + 3;
	enum granularity g = k->v == U_DAY ? GRAN_DAY : k->v == U_WEEK ? GRAN_WEEK
			   : k->v == U_MONTH ? GRAN_MONTH
			   : k->v == U_YEAR || k->v == U_DECADE ? GRAN_YEAR : GRAN_NONE;
	if (g == GRAN_NONE)
		return false;
	/* "over a decade ago", "two decades ago": ten years a decade, the
	 * year or the day that many back as for years */
	if (k->v == U_DECADE)
		v *= 10;
	h->ago_cmp = (int8_t)ago_comparator(c, p);
	if (!has_doc(c)) {
		hit_unresolved(c, h, g);
		return true;
	}
	h->year_from = 2;
	int y = c->doc->year, m = c->doc->month;
	if (h->ago_cmp) {
		int64_t day = doc_day(c);
		if (g == GRAN_DAY || g == GRAN_WEEK) {
			day -= (g == GRAN_WEEK ? 7 : 1) * (int64_t)v;
		} else {
			month_add(&y, &m, g == GRAN_MONTH ? -v : -12 * v);
			int d = c->doc->day < mdays(y, m) ? c->doc->day : mdays(y, m);
			day = days_from_civil(y, m, d);
		}
		hit_day(h, day, 2);
		return true;
	}
	switch (g) {
	case GRAN_DAY:
		hit_day(h, doc_day(c) - v, 2);
		break;
	case GRAN_WEEK:
		h->kind = 'W';
		h->wmon = doc_day(c) - 7 * (int64_t)v - weekday_of(doc_day(c));
		break;
	case GRAN_MONTH:
		month_add(&y, &m, -v);
		h->kind = 'M', h->y = y, h->m = m;
		break;
	default:
		h->kind = 'Y', h->y = y - v;
		break;
	}
	return true;
}

/* "the second quarter (of 2024)", "second-quarter", "the first half of 2025" */
static bool core_ord(const struct ctx *c, size_t p, struct hit *h, const struct pre *pre)
{
	int kc = KC(c, p), v = KV(c, p);
	bool last = kc == KC_DEIC && v < 0;
	if (kc != KC_ORD && !(last && pre->the))
		return false;
	if (last || v == 9)
		v = 9;
	if (pre->s > 0 && KC(c, pre->s - 1) == KC_FISCAL)
		return false; /* fiscal quarters are not calendar quarters */
	size_t q = p + 1;
	if (is_dash(c, q) && glued(c, q) && glued(c, q + 1))
		q++;
	bool half = KC(c, q) == KC_HALF;
	if (!half && !(KC(c, q) == KC_UNIT && KV(c, q) == U_QUARTER))
		return false;
	int n = v == 9 ? (half ? 2 : 4) : v;
	if (n > (half ? 2 : 4))
		return false;
	int y = 0, r = 0;
	size_t e = q + 1;
	if (KC(c, q + 1) == KC_OF) {
		r = year_expr(c, q + 2, &y, &e);
		if (r == 0)
			return false; /* "the first quarter of the game" */
	}
	if (r == 0) {
		if (half || v == 9)
			return false;
		e = q + 1;
		y = 0;
	}
	h->e = e;
	h->keep_the = true;
	if (r == 3) {
		hit_unresolved(c, h, GRAN_QUARTER);
		return true;
	}
	h->kind = half ? 'H' : 'Q', h->y = y, h->n = n;
	h->year_from = r == 2 ? 2 : r == 1 ? 0 : 4;
	return true;
}

/* "Q2 2024", "Q3", "H1 2025" */
static bool core_qh(const struct ctx *c, size_t p, struct hit *h)
{
	if (KC(c, p) != KC_QH || !is_cap(c, p) || !glued(c, p + 1))
		return false;
	int nd = 0, n = num_digits(c, p + 1, &nd);
	bool half = KV(c, p) == 'H';
	if (nd != 1 || n < 1 || n > (half ? 2 : 4))
		return false;
	if (glued(c, p + 2) && !(is_kind(c, p + 2, TK_PUNCT) && right_free(c, p + 2)))
		return false; /* "H1N1" */
	int y = 0;
	size_t e = p + 2;
	size_t yj = punct_is(c, e, ",") ? e + 1 : e;
	if ((y = parse_year(c, yj, 1000, 2999)) != 0)
		e = yj + 1;
	else if (half)
		return false;
	h->kind = half ? 'H' : 'Q', h->y = y, h->n = n, h->e = e;
	h->year_from = y ? 0 : 4;
	return true;
}

/* "summer 2024", "the summer of 2024" */
static bool core_season(const struct ctx *c, size_t p, struct hit *h)
{
	if (KC(c, p) != KC_SEASON)
		return false;
	int y = 0, r = 0;
	size_t e = p + 1;
	if (KC(c, p + 1) == KC_OF)
		r = year_expr(c, p + 2, &y, &e);
	else if ((y = parse_year(c, p + 1, 1000, 2999)) != 0)
		r = 1, e = p + 2;
	if (r == 0)
		return false;
	h->e = e;
	h->keep_the = true;
	if (r == 3) {
		hit_unresolved(c, h, GRAN_QUARTER);
		return true;
	}
	h->kind = 'S', h->y = y, h->n = KV(c, p), h->year_from = r == 2 ? 2 : 0;
	return true;
}

/* "the end of the year", "the beginning of the month" */
static bool core_the_unit(const struct ctx *c, size_t p, struct hit *h)
{
	if (KC(c, p) != KC_THE)
		return false;
	const struct kw *k = K(c, p + 1);
	if (!k || k->c != KC_UNIT || k->pl || (k->v != U_YEAR && k->v != U_MONTH && k->v != U_WEEK))
		return false;
	return deictic(c, 0, p + 1, h, p);
}

/* ---- times of day ------------------------------------------------------- */

/* Zones written after a time, with their standard UTC offset in minutes.
 * Z_US: the US daylight rule decides (ET, CT, MT, PT, AKT); Z_NONE: no
 * offset is fixed ("local time"; IST is India's, Israel's or Ireland's).
 * CST is the US Central zone, as in American news. */
enum { Z_FIXED, Z_US, Z_NONE };
static const struct zone {
	const char *name;
	int16_t off;
	uint8_t rule;
} zones[] = {
	{"UTC", 0, Z_FIXED},     {"GMT", 0, Z_FIXED},     {"ET", -300, Z_US},
	{"EST", -300, Z_FIXED},  {"EDT", -240, Z_FIXED},  {"CT", -360, Z_US},
	{"CST", -360, Z_FIXED},  {"CDT", -300, Z_FIXED},  {"MT", -420, Z_US},
	{"MST", -420, Z_FIXED},  {"MDT", -360, Z_FIXED},  {"PT", -480, Z_US},
	{"PST", -480, Z_FIXED},  {"PDT", -420, Z_FIXED},  {"AKT", -540, Z_US},
	{"AKST", -540, Z_FIXED}, {"AKDT", -480, Z_FIXED}, {"HST", -600, Z_FIXED},
	{"AST", -240, Z_FIXED},  {"ADT", -180, Z_FIXED},  {"BST", 60, Z_FIXED},
	{"WET", 0, Z_FIXED},     {"WEST", 60, Z_FIXED},   {"CET", 60, Z_FIXED},
	{"CEST", 120, Z_FIXED},  {"EET", 120, Z_FIXED},   {"EEST", 180, Z_FIXED},
	{"MSK", 180, Z_FIXED},   {"IST", 0, Z_NONE},      {"SGT", 480, Z_FIXED},
	{"HKT", 480, Z_FIXED},   {"JST", 540, Z_FIXED},   {"KST", 540, Z_FIXED},
	{"AWST", 480, Z_FIXED},  {"ACST", 570, Z_FIXED},  {"AEST", 600, Z_FIXED},
	{"AEDT", 660, Z_FIXED},  {"NZST", 720, Z_FIXED},  {"NZDT", 780, Z_FIXED},
	{"local", 0, Z_NONE},
};
_Static_assert(CC_ARRAY_LEN(zones) < 255, "zone indices are stored in a byte");

/* The 1-based index of zone `name` (exact case), or 0. */
static unsigned zone_index(const char *name, size_t len)
{
	for (size_t k = 0; k < CC_ARRAY_LEN(zones); k++)
		if (strlen(zones[k].name) == len && memcmp(zones[k].name, name, len) == 0)
			return (unsigned)k + 1;
	return 0;
}

/* A zone at token i: "PST", "GMT", "local time", "Eastern time", "Pacific
 * Standard Time". Returns the token after it (0: none) and its index. */
static size_t zone_at(const struct ctx *c, size_t i, uint8_t *zi)
{
	if (!is_kind(c, i, TK_WORD) || !(c->t[i].flags & TF_ASCII))
		return 0;
	size_t len = tlen(c, i);
	if ((c->t[i].flags & TF_UPPER) && len <= 4) {
		unsigned k = zone_index(tstr(c, i), len);
		if (!k)
			return 0;
		*zi = (uint8_t)k;
		return i + 1;
	}
	if (word_is(c, i, "local") && !(c->t[i].flags & TF_CAP) && word_is(c, i + 1, "time")) {
		*zi = (uint8_t)CC_ARRAY_LEN(zones);
		return i + 2;
	}
	static const char *const region[] = {"Eastern", "Central", "Mountain", "Pacific"};
	static const char *const abbr[][3] = {
		{"ET", "EST", "EDT"}, {"CT", "CST", "CDT"}, {"MT", "MST", "MDT"}, {"PT", "PST", "PDT"}};
	if (!is_cap(c, i))
		return 0;
	for (size_t r = 0; r < CC_ARRAY_LEN(region); r++) {
		if (!word_is(c, i, region[r]))
			continue;
		size_t j = i + 1;
		int v = 0;
		if (word_is(c, j, "standard"))
			v = 1, j++;
		else if (word_is(c, j, "daylight"))
			v = 2, j++;
		if (!word_is(c, j, "time"))
			return 0; /* "2 p.m. Central Park" */
		*zi = (uint8_t)zone_index(abbr[r][v], strlen(abbr[r][v]));
		return j + 1;
	}
	return 0;
}

/* The Sunday on or after day d. */
static int64_t sunday_from(int64_t d)
{
	return d + (6 - weekday_of(d));
}

/* Whether US daylight time holds at minute `min` (local) of day `day`:
 * since 2007 from the second Sunday of March to the first of November,
 * 1987-2006 from the first Sunday of April to the last of October, changing
 * at 2:00 local. False (*known false) before 1987 and for the hour that
 * does not exist or happens twice on the changing days. */
static bool us_daylight(int64_t day, int min, bool *known)
{
	int y, m, d;
	civil_from_days(day, &y, &m, &d);
	int64_t a, b;
	*known = true;
	if (y >= 2007) {
		a = sunday_from(days_from_civil(y, 3, 8));
		b = sunday_from(days_from_civil(y, 11, 1));
	} else if (y >= 1987) {
		a = sunday_from(days_from_civil(y, 4, 1));
		b = sunday_from(days_from_civil(y, 10, 25));
	} else {
		*known = false;
		return false;
	}
	if ((day == a && min >= 120 && min < 180) || (day == b && min >= 60 && min < 120)) {
		*known = false;
		return false;
	}
	return (day > a || (day == a && min >= 180)) && (day < b || (day == b && min < 60));
}

/* The UTC offset (minutes) zone z (1-based) fixes for minute `min` of
 * `day` (known_day false: the day is unknown). */
static bool zone_offset(unsigned z, bool known_day, int64_t day, int min, int *off)
{
	if (!z || z > CC_ARRAY_LEN(zones))
		return false;
	const struct zone *zn = &zones[z - 1];
	if (zn->rule == Z_NONE)
		return false;
	*off = zn->off;
	if (zn->rule == Z_FIXED)
		return true;
	bool known, dst = known_day && us_daylight(day, min, &known);
	if (!known_day || !known)
		return false;
	*off += dst ? 60 : 0;
	return true;
}

static char *put_int_any(char *o, int n, int width);

/* Writes n as printf's "%0*d" would (the width counts a '-' sign) and
 * returns the end; no NUL. Values are written with this instead of snprintf,
 * which cost more than the rest of emit. Months, days, weeks (width 2)
 * and years (width 4), nearly all, are written here, inline (the width is
 * a constant at each call), as digit pairs from a table; the rest by
 * put_int_any. */
static inline char *put_int(char *o, int n, int width)
{
	static const char pairs[] = "00010203040506070809101112131415161718192021222324"
				    "25262728293031323334353637383940414243444546474849"
				    "50515253545556575859606162636465666768697071727374"
				    "75767778798081828384858687888990919293949596979899";
	if (width == 2 && n >= 0 && n < 100) {
		memcpy(o, pairs + 2 * n, 2);
		return o + 2;
	}
	if (width == 4 && n >= 0 && n < 10000) {
		memcpy(o, pairs + 2 * (n / 100), 2);
		memcpy(o + 2, pairs + 2 * (n % 100), 2);
		return o + 4;
	}
	return put_int_any(o, n, width);
}

/* Writes "Thh:mm", the zone's offset ("-08:00") when it fixes one, and
 * "/hh:mm" for a range's end; returns the end (no NUL). */
static char *put_time(char *o, int tmin, int tend, unsigned zone, bool known_day, int64_t day)
{
	*o++ = 'T';
	o = put_int(o, tmin / 60, 2);
	*o++ = ':';
	o = put_int(o, tmin % 60, 2);
	int off;
	if (zone_offset(zone, known_day, day, tmin, &off)) {
		*o++ = off < 0 ? '-' : '+';
		off = off < 0 ? -off : off;
		o = put_int(o, off / 60, 2);
		*o++ = ':';
		o = put_int(o, off % 60, 2);
	}
	if (tend) {
		*o++ = '/';
		o = put_int(o, (tend - 1) / 60, 2);
		*o++ = ':';
		o = put_int(o, (tend - 1) % 60, 2);
	}
	return o;
}

/* A clock reading at token p, before any zone: "2:09 a.m.", "3pm", "7",
 * "14:30", "1009", "noon", "12 noon", "9 o'clock", "nine o'clock in the
 * evening". */
struct clock {
	int h, m;
	int mer;      /* 0 none, 1 a.m., 2 p.m. */
	bool minutes; /* ":MM" written (or "1009") */
	bool named;   /* noon, midnight, o'clock */
	bool hhmm;    /* four digits: only before a zone */
	size_t e;
};

/* "a.m", "am", "AM", "p.m", "pm", "PM" at j: 1 a.m., 2 p.m., 0 none;
 * *e after it (and after an abbreviation's dot). */
static int meridiem_at(const struct ctx *c, size_t j, size_t *e)
{
	if (!is_kind(c, j, TK_WORD))
		return 0;
	size_t len = tlen(c, j);
	const char *p = tstr(c, j);
	if (len < 2 || len > 3)
		return 0;
	char a = (char)(p[0] | 0x20);
	if ((a != 'a' && a != 'p') ||
	    (len == 2 ? (p[1] | 0x20) != 'm' : !(p[1] == '.' && (p[2] | 0x20) == 'm')))
		return 0;
	*e = j + 1;
	if (len == 3 && punct_is(c, j + 1, ".") && glued(c, j + 1))
		*e = j + 2;
	return a == 'a' ? 1 : 2;
}

static bool oclock_at(const struct ctx *c, size_t j)
{
	return word_is(c, j, "o'clock") || word_is(c, j, "o\xE2\x80\x99" "clock");
}

/* Whether word j may follow the number of a clock reading (of nd digits):
 * a meridiem, "o'clock", noon or midnight, or a zone ("local", "Eastern",
 * upper case). Asked of every number before a word, so by length and first
 * letter only. */
static inline bool clock_word(const struct ctx *c, size_t j, int nd)
{
	if (!is_kind(c, j, TK_WORD))
		return false;
	const struct token *t = &c->t[j];
	if (t->flags & TF_UPPER)
		return true;
	if (nd == 4)
		return false;
	size_t len = tlen(c, j);
	switch (tstr(c, j)[0] | 0x20) {
	case 'a': /* am, a.m */
		return len <= 3;
	case 'p': /* pm, p.m, Pacific */
		return len <= 3 || len == 7;
	case 'o': /* o'clock */
		return len >= 7;
	case 'n': /* noon */
		return len == 4;
	case 'm': /* midnight, Mountain */
		return len == 8;
	case 'l': /* local */
		return len == 5;
	case 'e': /* Eastern, Central */
	case 'c':
		return len == 7;
	default:
		return false;
	}
}

static bool parse_clock(const struct ctx *c, size_t p, struct clock *k)
{
	memset(k, 0, sizeof *k);
	int kc = KC(c, p);
	if (kc == KC_CLOCK) {
		k->h = KV(c, p);
		k->named = true;
		k->e = p + 1;
		return true;
	}
	size_t j = p + 1;
	int nd = 0, v;
	if (kc == KC_NUMW) {
		v = KV(c, p);
		nd = 1;
		if (!oclock_at(c, j))
			return false;
	} else {
		v = num_digits(c, p, &nd);
	}
	if (v < 0)
		return false;
	if (nd == 4) { /* "1009 GMT" */
		if (v / 100 > 23 || v % 100 > 59)
			return false;
		k->h = v / 100, k->m = v % 100;
		k->minutes = k->hhmm = true;
		k->e = j;
		return true;
	}
	if (nd > 2 || v > 23)
		return false;
	k->h = v;
	if (punct_is(c, j, ":") && glued(c, j) && glued(c, j + 1)) {
		int nd2 = 0, mm = num_digits(c, j + 1, &nd2);
		if (nd2 != 2 || mm > 59)
			return false;
		/* "2:09:45" (a race time) and "3:16.5" are no clock readings */
		if (glued(c, j + 2) && (punct_is(c, j + 2, ":") || punct_is(c, j + 2, ".")) &&
		    is_kind(c, j + 3, TK_NUM))
			return false;
		k->m = mm;
		k->minutes = true;
		j += 2;
	}
	int mer = meridiem_at(c, j, &k->e);
	if (mer) {
		if (k->h < 1 || k->h > 12)
			return false;
		k->mer = mer;
		return true;
	}
	if (!k->minutes && oclock_at(c, j)) {
		if (k->h < 1 || k->h > 12)
			return false;
		k->named = true;
		k->e = j + 1;
		/* "in the morning", "in the afternoon / evening", "at night" */
		if (word_is(c, k->e, "in") && word_is(c, k->e + 1, "the") && KC(c, k->e + 2) == KC_PART) {
			k->mer = word_is(c, k->e + 2, "morning") ? 1 : 2;
			k->e += 3;
		} else if (word_is(c, k->e, "at") && word_is(c, k->e + 1, "night")) {
			k->mer = 2;
			k->e += 2;
		}
		return true;
	}
	if (!k->minutes && v == 12 && KC(c, j) == KC_CLOCK) { /* "12 noon" */
		k->h = KV(c, j);
		k->named = true;
		k->e = j + 1;
		return true;
	}
	k->e = j;
	return kc != KC_NUMW;
}

/* Hours 1..12 with a meridiem -> 0..23 */
static int hour24(int h, int mer)
{
	return mer ? h % 12 + (mer == 2 ? 12 : 0) : h;
}

/* Verbs of change: "moved the start from 9 a.m. to 10 a.m." gives two
 * times, not a range. */
static const char *const change_verbs[] = {
	"move", "moves", "moved", "moving", "change", "changes", "changed", "changing",
	"shift", "shifts", "shifted", "push", "pushed", "delay", "delayed", "postpone",
	"postponed", "reschedule", "rescheduled", "switch", "switched", "brought", "bumped",
	"extend", "extended", "cut", "cuts", "reduced", "advanced",
};

/* Whether the word of change_verbs at k is a verb here. "shift" and "cut"
 * also name periods ("the night shift runs from", "12-hour shifts from",
 * "power cuts last from"): they are verbs only after "to", an auxiliary
 * or a pronoun ("will shift the curfew", "they cut its hours"). */
static bool change_verb_at(const struct ctx *c, size_t k)
{
	static const char *const period[] = {"shift", "shifts", "cut", "cuts"};
	static const char *const before[] = {
		"to", "will", "would", "could", "can", "may", "might", "must", "should", "shall",
		"did", "does", "do", "has", "have", "had", "it", "they", "he", "she", "we", "i",
		"you", "who", "which", "that",
	};
	bool ambiguous = false;
	for (size_t v = 0; v < CC_ARRAY_LEN(period) && !ambiguous; v++)
		ambiguous = word_is(c, k, period[v]);
	if (!ambiguous)
		return true;
	for (size_t v = 0; k > 0 && v < CC_ARRAY_LEN(before); v++)
		if (word_is(c, k - 1, before[v]))
			return true;
	return false;
}

/* Whether the day phrase at s comes after "to" or "until" and a verb of
 * change (change_verbs, or "slip") within three words before it: "slips
 * to Saturday", "pushed back to Friday", "postponed until Monday". */
static bool moved_to(const struct ctx *c, size_t s)
{
	if (s < 2 || !(word_is(c, s - 1, "to") || word_is(c, s - 1, "until")))
		return false;
	for (size_t k = s - 1; k-- > 0 && k + 5 > s;) {
		if (!is_kind(c, k, TK_WORD))
			return false;
		if (word_is(c, k, "slip") || word_is(c, k, "slips") || word_is(c, k, "slipped"))
			return true;
		for (size_t v = 0; v < CC_ARRAY_LEN(change_verbs); v++)
			if (word_is(c, k, change_verbs[v]) && change_verb_at(c, k))
				return true;
	}
	return false;
}

/* The token after the link between a range's two clocks, the first
 * ending before token e: a dash ("7:15-7:45 a.m."), "to", "until" or
 * "till" after a "from" before p ("from 10 p.m. to 2 a.m.") unless a verb
 * of change is among the five words before it (change_verb_at), "and"
 * after a "between"; 0 for none. */
static size_t range_link(const struct ctx *c, size_t p, size_t e)
{
	if (is_dash(c, e))
		return e + 1;
	if (p == 0 || !is_kind(c, e, TK_WORD))
		return 0;
	if (word_is(c, p - 1, "from")) {
		if (!word_is(c, e, "to") && !word_is(c, e, "until") && !word_is(c, e, "till"))
			return 0;
		for (size_t k = p - 1, n = 0; k > 0 && n < 5; n++) {
			k--;
			for (size_t v = 0; v < CC_ARRAY_LEN(change_verbs); v++)
				if (word_is(c, k, change_verbs[v]) && change_verb_at(c, k))
					return 0;
		}
		return e + 1;
	}
	if (word_is(c, p - 1, "between"))
		return word_is(c, e, "and") ? e + 1 : 0;
	return 0;
}

/* A time of day at p into h (kind T): a clock with a meridiem, a name
 * (noon, midnight, o'clock), or hours and minutes before a zone; a range
 * "7:15-7:45 a.m." or "from 10 p.m. to 2 a.m." (range_link; the meridiem
 * after the second applies to both, and the zone after the range too); the
 * zone. Noon and midnight alone need a
 * preposition before them ("at noon", "past midnight") unless the caller
 * joins a day ("noon Tuesday"): *bare tells it. */
static bool core_time(const struct ctx *c, size_t p, struct hit *h, bool *bare)
{
	struct clock a, b;
	if (!left_free(c, p) || !parse_clock(c, p, &a))
		return false;
	size_t e = a.e, l = a.named || a.hhmm ? 0 : range_link(c, p, e);
	bool range = false;
	uint8_t z = 0;
	if (l && parse_clock(c, l, &b) && !b.named && !b.hhmm && !b.mer && !a.mer && a.minutes &&
	    b.minutes && zone_at(c, b.e, &z)) {
		range = true; /* "14:00-15:30 GMT" */
		e = b.e;
	} else if (l && parse_clock(c, l, &b) && (b.mer || (a.mer && KC(c, l) == KC_CLOCK)) &&
		   (a.mer || a.h <= 12)) {
		/* "11 a.m.-1 p.m.", "11-1 p.m.", "10 a.m. to noon", "from 10
		 * p.m. to midnight" */
		const struct clock a0 = a;
		range = true;
		e = b.e;
		if (KC(c, l) == KC_CLOCK)
			b.mer = b.h == 12 ? 2 : 1;
		bool none = false; /* the two clocks make no range */
		if (!a.mer) {
			a.mer = b.mer;
			none = a.h < 1 || a.h > 12;
			/* "11-1 p.m.": the first end is before noon; "11:30-1
			 * a.m.": after it, and the range runs across midnight */
			if (hour24(a.h, a.mer) * 60 + a.m > hour24(b.h, b.mer) * 60 + b.m)
				a.mer = b.mer == 2 ? 1 : 2;
		}
		/* a range may run backwards only across midnight, from an
		 * evening to a morning: its end is on the next day */
		none |= hour24(a.h, a.mer) * 60 + a.m > hour24(b.h, b.mer) * 60 + b.m &&
			!(a.mer == 2 && b.mer == 1);
		if (none) {
			if (is_dash(c, l - 1))
				return false;
			/* clocks linked by words ("from 9 p.m. to 8 p.m."): the
			 * first is a time of its own, as the second is */
			a = a0;
			range = false;
			e = a.e;
		}
	}
	size_t ze = zone_at(c, e, &z);
	if (ze)
		e = ze;
	if (!a.mer && !a.named && !(z && a.minutes))
		return false; /* "at 9:30 sharp", "John 3:16", "16:9" */
	if (a.hhmm && (range || !z || zones[z - 1].rule == Z_NONE))
		return false;
	int kcp = KC(c, p);
	*bare = kcp == KC_CLOCK && !(p > 0 && (KC(c, p - 1) == KC_PREP || word_is(c, p - 1, "at") ||
					       word_is(c, p - 1, "past") || word_is(c, p - 1, "till") ||
					       word_is(c, p - 1, "to") || word_is(c, p - 1, "from")));
	h->kind = 'T';
	h->e = e;
	h->tmin = (int16_t)(hour24(a.h, a.mer) * 60 + a.m);
	/* "midnight" is where the day named ends ("before midnight on
	 * Tuesday", "at midnight Tuesday": late Tuesday), but what comes
	 * after, past or from it starts that day ("shortly after midnight on
	 * Monday" is early Monday) */
	if (word_is(c, a.e - 1, "midnight"))
		h->tmin = p > 0 && (word_is(c, p - 1, "after") || word_is(c, p - 1, "past") ||
				    word_is(c, p - 1, "since") || word_is(c, p - 1, "from"))
				  ? 0
				  : 24 * 60;
	h->tend = range ? (int16_t)(hour24(b.h, b.mer) * 60 + b.m + 1) : 0;
	if (range && word_is(c, b.e - 1, "midnight"))
		h->tend = 24 * 60 + 1; /* "10 p.m. to midnight": the end of the day */
	h->wrange = range && !is_dash(c, l - 1);
	h->tgran = a.minutes || kcp == KC_CLOCK || (range && b.minutes) ? GRAN_MINUTE : GRAN_HOUR;
	if (KC(c, a.e - 1) == KC_CLOCK)
		h->tgran = GRAN_MINUTE; /* "12 noon" */
	h->zone = z;
	return true;
}

/* A day right after a time (h, kind T): "2:09 a.m. Sunday", "3 p.m. on
 * March 3", "7 a.m. early Monday", "noon tomorrow". Only a resolved day
 * (or a month-day whose year is open) joins; h becomes that day (kind D)
 * with the time. */
static bool day_after_time(const struct ctx *c, struct hit *h)
{
	size_t q = h->e;
	if (punct_is(c, q, ","))
		q++;
	if (KC(c, q) == KC_PREP && KV(c, q) == MOD_ON)
		q++;
	struct hit d;
	memset(&d, 0, offsetof(struct hit, unit));
	d.unit[0] = '\0';
	d.s = q;
	int narrow = 0;
	if (KC(c, q) == KC_NARROW && KC(c, q + 1) == KC_WDAY && !glued(c, q + 1)) {
		narrow = KV(c, q);
		q++;
	}
	bool ok = false;
	switch (KC(c, q)) {
	case KC_WDAY:
		ok = core_weekday(c, q, &d, 0, h->s);
		break;
	case KC_WDABBR:
		ok = core_wdabbr(c, q, &d);
		break;
	case KC_RELDAY:
		ok = core_relday(c, q, &d);
		break;
	case KC_MONTH:
	case KC_MABBR: {
		struct pre none = {.s = q};
		ok = core_month(c, q, &d, &none);
		break;
	}
	default:
		ok = is_kind(c, q, TK_NUM) && core_dayfirst(c, q, &d);
		break;
	}
	if (!ok || d.kind != 'D' || d.d2)
		return false;
	h->kind = 'D';
	h->y = d.y, h->m = d.m, h->d = d.d;
	h->year_from = d.year_from;
	h->future = d.future;
	h->narrow = narrow;
	h->e = d.e;
	return true;
}

/* A time right after a day (h, kind D): "Sunday at 2:09 a.m.", "March 3
 * at 3 p.m.", "Tuesday night at 9 p.m.", "Monday, 2:09 a.m. PST",
 * "Thursday's 2:09 a.m. jolt". */
static void time_after_day(const struct ctx *c, struct hit *h)
{
	size_t q = h->e;
	if (punct_is(c, q, ","))
		q++;
	else if (glued(c, q) && (word_is(c, q, "'s") || word_is(c, q, "\xE2\x80\x99s")))
		q++; /* "Thursday's 2:09 a.m. jolt" */
	if (word_is(c, q, "at"))
		q++;
	struct hit t;
	bool bare;
	if (q >= c->n || (!is_kind(c, q, TK_NUM) && KC(c, q) != KC_CLOCK && KC(c, q) != KC_NUMW))
		return;
	if (!core_time(c, q, &t, &bare))
		return;
	h->tmin = t.tmin, h->tend = t.tend, h->tgran = t.tgran, h->zone = t.zone;
	h->e = t.e;
}

/* A time alone (h, kind T) a few connecting words after a day without a
 * time in the same clause ("began today shortly after 2:09 a.m. PST",
 * "Tuesday, just before 3 p.m."): the time takes that day, as "Tuesday at
 * 3 p.m." does (lo/hi the day's). The words between may only be the ones
 * that place a time around a day ("shortly", "after", "at", a comma ...):
 * a verb, a noun or a conjunction means another clause or another thing. */
static void day_before_time(const struct ctx *c, struct hit *h)
{
	static const char *const link[] = {
		"shortly", "just", "right", "soon", "sometime", "around", "about", "approximately",
		"roughly", "at", "after", "before", "until", "till", "by", "since", "from", "on",
	};
	if (!c->day_ok || c->day.e > h->s || h->s - c->day.e > 4)
		return;
	for (size_t k = c->day.e; k < h->s; k++) {
		if (punct_is(c, k, ","))
			continue;
		size_t j = 0;
		while (j < CC_ARRAY_LEN(link) && !word_is(c, k, link[j]))
			j++;
		if (j == CC_ARRAY_LEN(link))
			return;
	}
	h->kind = 'D';
	h->y = c->day.y, h->m = c->day.m, h->d = c->day.d;
	h->year_from = c->day.year_from;
	h->future = c->day.future;
}

/* ---- the scanner -------------------------------------------------------- */

static enum mention_mod relational_mod(const struct ctx *c, size_t s, const struct hit *h)
{
	s = past_at_least(c, s);
	if (s == 0)
		return MOD_NONE;
	size_t k = s - 1;
	int kc = KC(c, k);
	/* "shortly past midnight on Monday", "past 10 p.m.": past a time of
	 * day is after it, as "after midnight" ("this past Monday" and "the
	 * past week" are no time of day) */
	if (kc == KC_PAST && h->tgran && !(k > 0 && word_is(c, k - 1, "this")))
		return MOD_AFTER;
	if (kc == KC_OF && k > 0 && KC(c, k - 1) == KC_AS)
		return MOD_STARTING; /* "as of" */
	if (word_is(c, k, "to") && k > 0 && KC(c, k - 1) == KC_PRIOR)
		return MOD_BEFORE;
	if (word_is(c, k, "than") && k > 1 && word_is(c, k - 1, "later") && word_is(c, k - 2, "no"))
		return MOD_BY;
	if (kc == KC_EDGE && word_is(c, k, "beginning"))
		return MOD_STARTING; /* "beginning July 20" */
	if (kc != KC_PREP)
		return MOD_NONE;
	enum mention_mod m = (enum mention_mod)KV(c, k);
	/* "starting on July 20", "effective from", "beginning in" */
	if ((m == MOD_ON || m == MOD_NONE || m == MOD_STARTING) && k > 0 &&
	    ((KC(c, k - 1) == KC_PREP && KV(c, k - 1) == MOD_STARTING) || word_is(c, k - 1, "beginning")))
		return MOD_STARTING;
	return m;
}

/* The keyword classes that cannot start a date (try_at's first test), as
 * bits for the scanner's loop. */
#define NO_START                                                                              \
	(1u << KC_NONE | 1u << KC_PREP | 1u << KC_OF | 1u << KC_AS | 1u << KC_CONJ |             \
	 1u << KC_UNIT | 1u << KC_PART | 1u << KC_HALF | 1u << KC_AGO | 1u << KC_FISCAL |        \
	 1u << KC_PAST | 1u << KC_PRIOR | 1u << KC_CUE)

/* The classes that cannot follow "the" at a date's start (KC_NONE only
 * before a number or an apostrophe: "the 1990s", "the '90s"). */
#define NOT_AFTER_THE                                                                         \
	(1u << KC_PREP | 1u << KC_OF | 1u << KC_CONJ | 1u << KC_THE | 1u << KC_UNIT |             \
	 1u << KC_AS | 1u << KC_NUMW)

/* Whether word i, of keyword class kc (not a NO_START one), may start a
 * date as far as the word after it tells: "a" or "two" only before a unit
 * or "o'clock", "the" not before most small words. Most visits to these
 * (the commonest of the words the scanner visits) end here. */
static inline bool next_may_follow(const struct ctx *c, size_t i, int kc)
{
	if (kc == KC_NUMW)
		return KC(c, i + 1) == KC_UNIT || oclock_at(c, i + 1);
	if (kc == KC_THE) {
		int k1 = KC(c, i + 1);
		if (k1 == KC_NONE)
			return is_kind(c, i + 1, TK_NUM) || is_apos(c, i + 1);
		return !(NOT_AFTER_THE >> k1 & 1);
	}
	return true;
}

/* A date starting at token i, whose keyword class is kc (KC(c, i), which
 * the caller has at hand), into h. The scanner has turned away what
 * cannot start one by itself: a symbol, punctuation but an apostrophe, a
 * word of a NO_START class or one that next_may_follow turns away. */
static bool try_at(struct ctx *c, size_t i, int kc, struct hit *h)
{
	/* kc: the class at p below, kept up to date */
	struct pre pre = {.s = i};
	size_t p = i;
	if (kc == KC_THE) {
		pre.the = true;
		p++;
		kc = KC(c, p);
	}
	if (kc == KC_NARROW && !(p > 0 && KC(c, p - 1) == KC_AS)) {
		pre.narrow = KV(c, p);
		p++;
		if (is_dash(c, p) && glued(c, p))
			p++; /* "mid-July" */
		else if (KC(c, p) == KC_PREP && KV(c, p) == MOD_ON && KC(c, p + 1) == KC_WDAY)
			p++; /* "late on Monday", as "late Monday" */
		kc = KC(c, p);
	} else if (kc == KC_EDGE && KC(c, p + 1) == KC_OF) {
		pre.narrow = KV(c, p);
		pre.edge = true;
		p += 2;
		kc = KC(c, p);
	}
	if (p >= c->n)
		return false;
	/* all but the phrase buffer, which is only read as a string: an
	 * empty one (clearing its 32 bytes too made a rep stos of the whole) */
	memset(h, 0, offsetof(struct hit, unit));
	h->unit[0] = '\0';
	h->s = i;
	bool ok = false, bare = false;
	if (is_kind(c, p, TK_NUM)) {
		/* each core needs (and reads again) a number of its own shape: skip
		 * the ones that cannot match; a core that fails changes nothing */
		int nd = 0, v = num_digits(c, p, &nd);
		/* a time of day first ("1900 GMT" is no year): only a number that a
		 * glued ':' or a word follows can start one */
		if (v >= 0 && nd != 3 &&
		    (clock_word(c, p + 1, nd) || punct_is(c, p + 1, ":") || is_dash(c, p + 1)) &&
		    core_time(c, p, h, &bare)) {
			day_after_time(c, h);
			ok = true;
		} else if (v < 0)
			ok = core_numeric(c, p, h); /* only "08.07.2012" */
		else
			ok = (glued(c, p + 1) && (core_numeric(c, p, h) || core_decade(c, p, h, &pre))) ||
			     (v >= 1 && v <= 31 && nd <= 2 && core_dayfirst(c, p, h)) ||
			     (nd == 4 && core_year(c, p, h, &pre)) ||
			     (v >= 1 && nd <= 3 && KC(c, p + 1) == KC_UNIT && core_ago(c, p, h));
	} else if (is_apos(c, p)) {
		ok = core_decade(c, p, h, &pre);
	} else {
		switch (kc) {
		case KC_MONTH:
		case KC_MABBR:
			ok = core_month(c, p, h, &pre);
			break;
		case KC_WDAY:
			ok = core_weekday(c, p, h, 0, pre.s);
			break;
		case KC_WDABBR:
			ok = core_wdabbr(c, p, h);
			break;
		case KC_RELDAY:
			ok = core_relday(c, p, h);
			break;
		case KC_DEIC:
			ok = core_deic(c, p, h, &pre) || core_ord(c, p, h, &pre);
			break;
		case KC_EARLIER:
			ok = !pre.the && !pre.narrow && core_earlier(c, p, h);
			break;
		case KC_NUMW:
			ok = core_ago(c, p, h) || (core_time(c, p, h, &bare) && (day_after_time(c, h), true));
			break;
		case KC_CLOCK:
			/* noon and midnight alone need a preposition or a day */
			ok = core_time(c, p, h, &bare) && (day_after_time(c, h) || !bare);
			break;
		case KC_ORD:
			ok = core_ord(c, p, h, &pre);
			break;
		case KC_QH:
			ok = core_qh(c, p, h);
			break;
		case KC_SEASON:
			ok = core_season(c, p, h);
			break;
		case KC_THE:
			ok = pre.edge && core_the_unit(c, p, h);
			break;
		default:
			break;
		}
	}
	if (!ok || h->e <= p)
		return false;
	if (h->kind == 'D' && !h->tgran && !h->d2 && !h->ago_cmp)
		time_after_day(c, h);
	if (!h->narrow)
		h->narrow = pre.narrow;
	if (pre.the && !pre.edge && !h->keep_the)
		h->s = i + 1;
	if (h->kind == 'U' && h->s != i && strncmp(h->unit, "the ", 4) == 0)
		memmove(h->unit, h->unit + 4, strlen(h->unit + 4) + 1); /* the phrase without "the" */
	return true;
}

/* The interval of a hit in year y (REF_YEAR when unknown), narrowed. */
static void hit_interval(const struct hit *h, int y, int64_t *plo, int64_t *phi)
{
	int64_t lo = 0, hi = 0;
	int sm = 1, nmon = 0; /* month-based periods: first month, month count */
	switch (h->kind) {
	case 'D':
		lo = days_from_civil(y, h->m, h->d);
		hi = h->d2 ? days_from_civil(y, h->m, h->d2) : lo;
		if (h->tgran && h->tend && h->tend - 1 < h->tmin)
			hi = lo + 1; /* "11:30 p.m.-1 a.m. on Friday" ends on Saturday */
		break;
	case 'M':
		lo = days_from_civil(y, h->m, 1);
		hi = days_from_civil(y, h->m, mdays(y, h->m));
		if (h->narrow == MOD_EARLY)
			hi = lo + 9;
		else if (h->narrow == MOD_MID)
			lo += 10, hi = lo + 9;
		else if (h->narrow == MOD_LATE)
			lo += 20;
		break;
	case 'Y':
		sm = 1, nmon = 12;
		break;
	case 'X': {
		int a = y, b = y + 9;
		if (h->narrow == MOD_EARLY)
			b = y + 3;
		else if (h->narrow == MOD_MID)
			a = y + 4, b = y + 6;
		else if (h->narrow == MOD_LATE)
			a = y + 7;
		lo = days_from_civil(a, 1, 1);
		hi = days_from_civil(b, 12, 31);
		break;
	}
	case 'Q':
		sm = 3 * h->n - 2, nmon = 3;
		break;
	case 'H':
		sm = 6 * h->n - 5, nmon = 6;
		break;
	case 'S':
		sm = 3 * h->n, nmon = 3;
		break;
	case 'W':
		lo = h->wmon, hi = h->wmon + 6;
		if (h->narrow == MOD_EARLY)
			hi = lo + 1;
		else if (h->narrow == MOD_MID)
			lo += 2, hi = lo + 1;
		else if (h->narrow == MOD_LATE)
			lo += 4;
		break;
	case 'E':
		lo = h->wmon + 5, hi = h->wmon + 6;
		break;
	default:
		break;
	}
	if (nmon) {
		int first = 0, count = nmon;
		if (h->narrow) {
			int third = nmon / 3;
			count = third;
			first = h->narrow == MOD_EARLY ? 0 : h->narrow == MOD_MID ? third : 2 * third;
		}
		int ya = y, ma = sm, yb, mb;
		month_add(&ya, &ma, first);
		yb = ya, mb = ma;
		month_add(&yb, &mb, count - 1);
		lo = days_from_civil(ya, ma, 1);
		hi = days_from_civil(yb, mb, mdays(yb, mb));
	}
	if (h->clip) {
		if (h->clip_lo > lo)
			lo = h->clip_lo;
		if (h->clip_hi < hi)
			hi = h->clip_hi;
	}
	*plo = lo;
	*phi = hi;
}

/* put_int of any n and width. */
static char *put_int_any(char *o, int n, int width)
{
	char tmp[12];
	unsigned u = n < 0 ? 0u - (unsigned)n : (unsigned)n;
	int k = 0;
	do {
		tmp[k++] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (n < 0) {
		*o++ = '-';
		width--;
	}
	for (int z = k; z < width; z++)
		*o++ = '0';
	while (k)
		*o++ = tmp[--k];
	return o;
}

static char *put_str(char *o, const char *s)
{
	size_t len = strlen(s);
	memcpy(o, s, len);
	return o + len;
}

static void emit(struct ctx *c, const struct hit *h, enum mention_mod rel, size_t sentence,
		 struct mention_list *out)
{
	struct mention *m = mention_add(out, M_DATE, c->t[h->s].start, c->t[h->e - 1].end, sentence);
	/* every value fits value[48]: at most two ints of 11 bytes and a few
	 * letters; the year part is "XXXX" or exactly four digits */
	char *o = m->value;
	static const char *const seasons[] = {"", "SP", "SU", "FA", "WI"};
	enum granularity g = GRAN_NONE;
	switch (h->kind) {
	case 'D':
	case 'M':
	case 'Y':
	case 'Q':
	case 'H':
	case 'S':
		o = h->y > 0 ? put_int(o, h->y % 10000, 4) : put_str(o, "XXXX");
		break;
	default:
		break;
	}
	switch (h->kind) {
	case 'D':
		*o++ = '-';
		o = put_int(o, h->m, 2);
		*o++ = '-';
		o = put_int(o, h->d, 2);
		g = GRAN_DAY;
		if (h->tgran) {
			o = put_time(o, h->tmin, h->tend, h->zone, h->y > 0,
				     h->y > 0 ? days_from_civil(h->y, h->m, h->d) : 0);
			g = (enum granularity)h->tgran;
		}
		break;
	case 'T':
		o = put_str(o, "XXXX-XX-XX");
		o = put_time(o, h->tmin, h->tend, h->zone, false, 0);
		g = (enum granularity)h->tgran;
		break;
	case 'M':
		*o++ = '-';
		o = put_int(o, h->m, 2);
		g = GRAN_MONTH;
		break;
	case 'Y':
		g = GRAN_YEAR;
		break;
	case 'X':
		o = put_int(o, h->y / 10 % 1000, 3);
		*o++ = 'X';
		g = GRAN_DECADE;
		break;
	case 'Q':
	case 'H':
		*o++ = '-';
		*o++ = h->kind;
		o = put_int(o, h->n, 0);
		g = GRAN_QUARTER;
		break;
	case 'S':
		*o++ = '-';
		o = put_str(o, seasons[h->n]);
		g = GRAN_QUARTER;
		break;
	case 'W':
	case 'E': {
		int wy, wn;
		iso_week(h->wmon, &wy, &wn);
		o = put_int(o, wy, 4);
		*o++ = '-';
		*o++ = 'W';
		o = put_int(o, wn, 2);
		if (h->kind == 'E')
			o = put_str(o, "-WE");
		g = GRAN_WEEK;
		break;
	}
	default: {
		static const char *const unres[] = {
			[GRAN_DAY] = "XXXX-XX-XX", [GRAN_WEEK] = "XXXX-WXX", [GRAN_MONTH] = "XXXX-XX",
			[GRAN_YEAR] = "XXXX", [GRAN_QUARTER] = "XXXX-QX",
		};
		g = h->ugran;
		o = put_str(o, (unsigned)g < CC_ARRAY_LEN(unres) && unres[g] ? unres[g] : "XXXX");
		snprintf(m->unit, sizeof m->unit, "%s", h->unit);
		break;
	}
	}
	*o = '\0';
	m->gran = g;
	m->mod = rel != MOD_NONE ? rel : (enum mention_mod)h->narrow;
	if (h->ago_cmp)
		m->mod = h->ago_cmp < 0 ? MOD_AFTER : MOD_BEFORE;
	bool future = h->future || tense_cue(c, h->s, h->e) > 0;
	m->modality = future ? MODAL_FUTURE : MODAL_ASSERTED;
	if (h->kind == 'U') {
		m->year_from = 4;
		m->has_lo = m->has_hi = false;
	} else {
		bool known = h->y > 0 || h->kind == 'W' || h->kind == 'E';
		int64_t lo, hi;
		hit_interval(h, known ? h->y : REF_YEAR, &lo, &hi);
		m->lo = (double)lo;
		m->hi = (double)hi;
		m->has_lo = m->has_hi = known;
		if (h->ago_cmp < 0)
			m->hi = (double)doc_day(c); /* from the day named to the document's */
		else if (h->ago_cmp > 0)
			m->has_lo = false;          /* any time before the day named */
		m->year_from = known ? h->year_from : 4;
		if (h->unit[0])
			snprintf(m->unit, sizeof m->unit, "%s", h->unit);
	}
	if (h->zone)
		snprintf(m->unit, sizeof m->unit, "%s", zones[h->zone - 1].name);
	c->last_end = h->e;
	c->last_kind = h->kind;
	c->last_y = h->y;
	c->day_ok = h->kind == 'D' && !h->tgran && !h->d2 && !h->ago_cmp;
	if (c->day_ok)
		c->day = (struct hit_day_rec){h->e, h->y, h->m, h->d, h->year_from, h->future};
}

/* Token i is inside a run of glued tokens that looks like a URL or a path
 * ("www.x.com/2013/06/06/...", "http://..."): returns the end of the run,
 * or i when it is not one. Called at each '/': nothing before the first '/'
 * of a URL reads as a date. */
static size_t url_run_end(const struct ctx *c, size_t i)
{
	size_t a = i, e = i + 1;
	while (a > 0 && glued(c, a))
		a--;
	while (e < c->n && glued(c, e))
		e++;
	bool slash = false, dotted = false;
	for (size_t k = a; k < e; k++) {
		if (punct_is(c, k, "/"))
			slash = true;
		else if (is_kind(c, k, TK_WORD) &&
			 ((c->t[k].flags & TF_DOTTED) || word_is(c, k, "www") || word_is(c, k, "http") ||
			  word_is(c, k, "https") || word_is(c, k, "com")))
			dotted = true;
	}
	return slash && dotted ? e : i;
}

void temporal_scan(const char *text, const struct token *toks, size_t ntoks, const uint64_t *starts,
		   size_t sentence, const struct cc_date *doc, struct mention_list *out)
{
	struct ctx c;
	c.text = text;
	c.t = toks;
	c.n = ntoks;
	c.doc = doc;
	c.last_end = SIZE_MAX;
	c.last_kind = 0;
	c.last_y = 0;
	c.day_ok = false;
	if (!atomic_load_explicit(&kw_ready, memory_order_acquire))
		kw_build();

	/* most tokens cannot start a date: turn them away before try_at
	 * (which asks again); first the keyed tokens (most) that
	 * temporal_passes, one flag each (TF_TPASS, from the lexicon's memo),
	 * jumped over by their mask (token_next) */
	struct token_cursor cur;
	token_cursor_init(&cur, toks, ntoks, TF_TPASS, starts);
	for (size_t i = 0; (i = token_next(&cur, i)) < ntoks;) {
		const struct token *t = &toks[i];
		int kc = KC_NONE;
		if (t->kind == TK_WORD) {
			uint8_t x = t->flags & TF_KEYED ? t->tkw : word_class(text, t);
			kc = atomic_load_explicit(&kc_of[x], memory_order_relaxed);
			if ((NO_START >> kc & 1) /* KC_NONE among them */ || !next_may_follow(&c, i, kc)) {
				i++;
				continue;
			}
		} else if (t->kind == TK_PUNCT) {
			if (t->end - t->start == 1 && text[t->start] == '/') {
				size_t e = url_run_end(&c, i);
				i = e > i ? e : i + 1;
				continue;
			}
			if (!is_apos(&c, i)) {
				i++;
				continue;
			}
		} else if (t->kind != TK_NUM) {
			i++;
			continue;
		}
		struct hit h;
		if (try_at(&c, i, kc, &h)) {
			if (h.kind == 'T')
				day_before_time(&c, &h);
			emit(&c, &h, h.wrange ? MOD_NONE : relational_mod(&c, i, &h), sentence, out);
			i = h.e;
			continue;
		}
		i++;
	}
}

bool temporal_passes(const char *text, const struct token *t, uint8_t cls)
{
	switch (t->kind) {
	case TK_WORD: /* no keyword, or one that starts nothing */
		return cls - 1u >= NKW || (NO_START >> kws[cls - 1].c & 1);
	case TK_PUNCT: { /* not '/' (a URL's) nor an apostrophe ("'90s") */
		const unsigned char *s = (const unsigned char *)text + t->start;
		size_t len = t->end - t->start;
		if (len == 1)
			return s[0] != '/' && s[0] != '\'';
		return !(len == 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x98 || s[2] == 0x99));
	}
	case TK_SYM:
		return true;
	default: /* numbers */
		return false;
	}
}

/* ---- year inference ----------------------------------------------------- */

/* Moves a day of REF_YEAR (or of the year after it) to year y. Feb 29 of a
 * common year fails unless clamp. */
static bool shift_day(int64_t ref, int y, bool clamp, int64_t *out)
{
	/* a day of REF_YEAR (most): its place in the year, one less after
	 * February in a common year; 1 March 2000 is day 60 of it */
	int64_t ref0 = 10957; /* days_from_civil(REF_YEAR, 1, 1) */
	_Static_assert(REF_YEAR == 2000, "ref0 and the day count are REF_YEAR's");
	if (ref >= ref0 && ref < ref0 + 366) {
		int64_t doy = ref - ref0;
		if (doy >= 59 && !leap(y)) {
			if (doy == 59 && !clamp)
				return false; /* 29 February */
			doy--; /* the 29th clamped to the 28th */
		}
		*out = days_from_civil(y, 1, 1) + doy;
		return true;
	}
	int ry, m, d;
	civil_from_days(ref, &ry, &m, &d);
	int ny = y + (ry - REF_YEAR);
	if (m == 2 && d == 29 && !leap(ny)) {
		if (!clamp)
			return false;
		d = 28;
	}
	*out = days_from_civil(ny, m, d);
	return true;
}

/* A value with a time of day: "2025-03-03T02:09...", "XXXX-03-03T15:00". */
static bool value_timed(const char *v)
{
	return strnlen(v, 11) == 11 && v[10] == 'T';
}

/* A time whose day has just got its year: writes its value's time part
 * again, now that the zone's daylight rule can give the offset. */
static void retime(struct mention *m)
{
	const char *t = m->value + 10;
	for (int k = 1; k <= 5; k++)
		if (k == 3 ? t[k] != ':' : (t[k] < '0' || t[k] > '9'))
			return; /* not a value temporal_scan wrote */
	int tmin = ((t[1] - '0') * 10 + (t[2] - '0')) * 60 + (t[4] - '0') * 10 + (t[5] - '0');
	const char *r = strchr(t, '/');
	if (r && strspn(r + 1, "0123456789:") < 5)
		r = NULL;
	int tend = r ? ((r[1] - '0') * 10 + (r[2] - '0')) * 60 + (r[4] - '0') * 10 + (r[5] - '0') + 1
		     : 0;
	unsigned z = zone_index(m->unit, strlen(m->unit));
	char *o = put_time(m->value + 10, tmin, tend, z, true, (int64_t)m->lo);
	*o = '\0';
}

static bool apply_year(struct mention *m, int y, uint8_t from)
{
	int64_t lo, hi;
	if (y < 1000 || y > 9999)
		return false;
	if (!shift_day((int64_t)m->lo, y, m->gran < GRAN_DAY, &lo) || !shift_day((int64_t)m->hi, y, true, &hi))
		return false;
	put_int(m->value, y, 4); /* 1000..9999: four digits over the "XXXX" */
	m->lo = (double)lo;
	m->hi = (double)hi;
	m->has_lo = m->has_hi = true;
	m->year_from = from;
	if (value_timed(m->value))
		retime(m);
	return true;
}

/* The start of m's interval if its year were y. */
static int64_t start_in(const struct mention *m, int y)
{
	int64_t lo;
	if (!shift_day((int64_t)m->lo, y, true, &lo))
		return 0;
	return lo;
}

static int64_t end_in(const struct mention *m, int y)
{
	int64_t hi;
	if (!shift_day((int64_t)m->hi, y, true, &hi))
		return 0;
	return hi;
}

static bool is_anchor(const struct mention *m)
{
	return m->type == M_DATE && m->year_from == 0 && m->has_lo &&
	       (m->gran >= GRAN_DAY || m->gran == GRAN_MONTH || m->gran == GRAN_QUARTER);
}

static int anchor_year(const struct mention *a)
{
	int y, mo, d;
	civil_from_days((int64_t)a->lo, &y, &mo, &d);
	return y;
}

static uint32_t sent_dist(const struct mention *a, const struct mention *b)
{
	return a->sentence > b->sentence ? a->sentence - b->sentence : b->sentence - a->sentence;
}

/* Whether m looks forward from the document date: a future cue in its
 * clause or in its event, or (for a month, quarter, half or season, where
 * news mostly looks back) a deadline word: "by", "until", "starting",
 * "before", "after" September. */
static bool is_future(const struct mention_list *l, const struct mention *m)
{
	if (m->modality == MODAL_FUTURE || m->modality == MODAL_PLANNED || m->modality == MODAL_VOWED)
		return true;
	if (m->event >= 0 && (size_t)m->event < l->n) {
		enum modality e = l->v[m->event].modality;
		if (e == MODAL_FUTURE || e == MODAL_PLANNED || e == MODAL_VOWED)
			return true;
	}
	return m->gran < GRAN_DAY && (m->mod == MOD_BY || m->mod == MOD_UNTIL ||
				       m->mod == MOD_STARTING || m->mod == MOD_BEFORE ||
				       m->mod == MOD_AFTER);
}

/* The year for m from the document date (see temporal.h; the windows are
 * chosen so that news, which mostly looks back, reads "In July" in a March
 * article as last July, and "December 20" in a January article as last
 * December). */
static int year_from_doc(const struct mention_list *l, const struct mention *m, int64_t doc, int dy)
{
	int64_t lo = start_in(m, dy);
	if (is_future(l, m)) {
		if (end_in(m, dy) < doc - 31)
			return dy + 1;
		if (lo > doc + 275)
			return dy - 1;
		return dy;
	}
	if (m->gran >= GRAN_DAY) {
		if (lo > doc + 275)
			return dy - 1;
		if (lo < doc - 305)
			return dy + 1;
		return dy;
	}
	return lo > doc + 31 ? dy - 1 : dy;
}

/* The year other sources give m's month and day (month alone for a month
 * mention): the most frequent, ties to the latest; 0 when none. */
static int year_from_hints(int mo, int d, const struct year_hint *hints, size_t nhints)
{
	struct {
		int year, n;
	} tally[32];
	size_t nt = 0;
	for (size_t i = 0; i < nhints; i++) {
		const struct year_hint *a = &hints[i];
		if (a->month != mo || (d && a->day != d) || a->year <= 0)
			continue;
		size_t k = 0;
		while (k < nt && tally[k].year != a->year)
			k++;
		if (k == nt) {
			if (nt == CC_ARRAY_LEN(tally))
				continue; /* more distinct years than anyone should have */
			tally[nt].year = a->year;
			tally[nt++].n = 0;
		}
		tally[k].n++;
	}
	int best = 0, bestn = 0;
	for (size_t k = 0; k < nt; k++)
		if (tally[k].n > bestn || (tally[k].n == bestn && tally[k].year > best))
			best = tally[k].year, bestn = tally[k].n;
	return best;
}

/* Month and day of a year-unknown value ("XXXX-07-20" -> 7, 20; "XXXX-07"
 * -> 7, 0); false for quarters, halves and seasons. */
static bool value_month_day(const char *v, int *mo, int *d)
{
	size_t len = strcspn(v, "T"); /* "XXXX-03-03T15:00": the day */
	if ((len != 7 && len != 10) || v[5] < '0' || v[5] > '1' || v[6] < '0' || v[6] > '9')
		return false;
	*mo = (v[5] - '0') * 10 + (v[6] - '0');
	*d = len == 10 ? (v[8] - '0') * 10 + (v[9] - '0') : 0;
	return *mo >= 1 && *mo <= 12 && *d >= 0 && *d <= 31;
}

void temporal_infer_years(struct mention_list *l, const struct cc_date *doc,
			  const struct year_hint *hints, size_t nhints)
{
	bool hasdoc = doc && dateline_valid(doc->year, doc->month, doc->day);
	int64_t dday = hasdoc ? days_from_civil(doc->year, doc->month, doc->day) : 0;
	/* the dates' indices, gathered in one tight pass (most mentions are
	 * entities and events, and only a date is an anchor or gets a year):
	 * both walks below visit them alone */
	size_t small[256], nd = 0;
	size_t *dates = l->n <= CC_ARRAY_LEN(small) ? small : xmalloc(l->n * sizeof *dates);
	for (size_t i = 0; i < l->n; i++) {
		dates[nd] = i;
		nd += l->v[i].type == M_DATE;
	}
	size_t prev = SIZE_MAX, next = 0; /* anchors around i (next: an index into dates) */
	for (size_t di = 0; di < nd; di++) {
		size_t i = dates[di];
		struct mention *m = &l->v[i];
		if (is_anchor(m)) {
			prev = i;
			continue;
		}
		/* a time's unit is its zone; the relative phrases' units stop it */
		if (m->type != M_DATE || m->year_from != 4 || strncmp(m->value, "XXXX-", 5) != 0)
			continue;
		bool timed = value_timed(m->value);
		if ((m->unit[0] && !timed) || (timed ? memchr(m->value + 5, 'X', 5) : strchr(m->value + 5, 'X')))
			continue;
		int mo = 0, d = 0;
		bool md = value_month_day(m->value, &mo, &d);
		{
			/* lo/hi must be in REF_YEAR (see the top); rebuild them from the
			 * value when a mention did not come from temporal_scan */
			int ry, rm, rd;
			civil_from_days((int64_t)m->lo, &ry, &rm, &rd);
			if (ry != REF_YEAR) {
				if (!md || !dateline_valid(REF_YEAR, mo, d ? d : 1))
					continue;
				m->lo = (double)days_from_civil(REF_YEAR, mo, d ? d : 1);
				m->hi = (double)days_from_civil(REF_YEAR, mo, d ? d : mdays(REF_YEAR, mo));
			}
		}
		if (next <= di)
			next = di + 1;
		while (next < nd && !is_anchor(&l->v[dates[next]]))
			next++;
		/* 1. the nearest explicit date with a year in the same article */
		const struct mention *a = NULL;
		uint32_t dist = 0;
		if (prev != SIZE_MAX) {
			a = &l->v[prev];
			dist = sent_dist(a, m);
		}
		if (next < nd) {
			uint32_t dn = sent_dist(&l->v[dates[next]], m);
			if (!a || dn < dist)
				a = &l->v[dates[next]], dist = dn;
		}
		if (a) {
			int y = anchor_year(a);
			/* with a document date, only a nearby anchor from another year
			 * overrides it: the document rule knows about tense */
			/* ... but not one from before it under a future: what is
			 * scheduled lies ahead of the article ("The bank last
			 * raised rates in March 2023. Its next meeting is
			 * scheduled for April 24": not 2023-04-24) */
			if (!hasdoc || (dist <= 2 && y != doc->year && !(y < doc->year && is_future(l, m)))) {
				int64_t diff = start_in(m, y) - (int64_t)a->lo;
				if (diff > 330)
					y--;
				else if (diff < -330)
					y++;
				if (apply_year(m, y, 1))
					continue;
			}
		}
		/* 2. the document date */
		if (hasdoc && apply_year(m, year_from_doc(l, m, dday, doc->year), 2))
			continue;
		/* 3. what other sources say about the same month and day */
		int hy = md && (m->gran >= GRAN_DAY || m->gran == GRAN_MONTH)
				 ? year_from_hints(mo, m->gran >= GRAN_DAY ? d : 0, hints, nhints)
				 : 0;
		if (hy)
			apply_year(m, hy, 3);
	}
	if (dates != small)
		free(dates);
}
