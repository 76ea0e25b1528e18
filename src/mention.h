/* mention: the typed, normalized things extraction finds in a sentence.
 *
 * Owns: the mention record every recognizer fills and every consumer (claims,
 * the store, conflicts, export) reads, and its growable list. Must not: know
 * how mentions are found, print, or touch the store.
 *
 * Values are canonical strings:
 *   date      TIMEX3-style: "2024-07-20", "2024-07", "2024", "199X" (decade),
 *             "XXXX-07-20" (year unknown), "2024-W29" (a week), "2024-Q2";
 *             times of day "2025-03-03T02:09-08:00" (the UTC offset when the
 *             zone fixes one; unit holds the zone), "XXXX-XX-XXT15:00" (no
 *             day given), "...T07:15/07:45" (a range)
 *   number    the number in plain decimal ("50", "400000000", "0.6667")
 *   money     the amount with its ISO currency: "USD 334000000"
 *   percent   the number ("4.5")
 *   duration  ISO 8601 duration: "P20Y", "P6M", "P1W", "P17Y"
 *   entity    the canonical name from the alias lexicon ("United States")
 *   event     the event class ("START", "ANNOUNCE", ...)
 *   quote     the speaker's canonical name, or "" when unknown
 * lo/hi bound the interval the phrase allows ("fewer than 50": hi 50, no lo;
 * "nearly two decades": hi 20, lo a vague band below). For dates lo/hi are
 * days since 1970-01-01 of the first and last day covered (a time of day:
 * its day; none when the day is not known).
 */
#ifndef CC_MENTION_H
#define CC_MENTION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

enum mention_type {
	M_DATE,
	M_NUMBER,
	M_MONEY,
	M_PERCENT,
	M_DURATION,
	M_ENTITY,
	M_EVENT,
	M_QUOTE,
	M__COUNT
};

/* Granularity of a date (and the unit of a duration). */
enum granularity {
	GRAN_NONE,
	GRAN_DECADE,
	GRAN_YEAR,
	GRAN_QUARTER,
	GRAN_MONTH,
	GRAN_WEEK,
	GRAN_DAY,
	GRAN_HOUR,
	GRAN_MINUTE,
};

/* Modifiers: early/mid/late narrow a date; the others say how a date or an
 * amount bounds the event. */
enum mention_mod {
	MOD_NONE,
	MOD_EARLY,
	MOD_MID,
	MOD_LATE,
	MOD_BEFORE,
	MOD_AFTER,
	MOD_BY,       /* "by September 29" (a deadline) */
	MOD_UNTIL,    /* "until September 29" */
	MOD_STARTING, /* "starting July 20", "from", "effective", "as of" */
	MOD_SINCE,
	MOD_ON,       /* an explicit "on" */
	MOD_APPROX,   /* "about", "around", "roughly" */
	MOD_LESS,     /* "fewer than", "under", "up to", "nearly", "almost" */
	MOD_MORE,     /* "more than", "over", "at least" */
};

enum modality {
	MODAL_ASSERTED,
	MODAL_FUTURE,   /* will, set to, is to */
	MODAL_POSSIBLE, /* may, could, might */
	MODAL_PLANNED,  /* plans, intends, expects, aims */
	MODAL_VOWED,    /* vowed, pledged, promised, threatened */
	MODAL_REPORTED, /* reportedly, allegedly */
	MODAL_EXPECTED, /* what others foresaw: "analysts had expected" */
	MODAL_QUESTION, /* asked, not stated: a sentence that ends in '?' */
};

struct mention {
	enum mention_type type;
	uint32_t start, end; /* byte offsets into the document text (surface incl. comparators) */
	uint32_t sentence;   /* index of the sentence in the document */
	char value[48];      /* canonical value (see above); never user text beyond 47 bytes */
	double lo, hi;       /* interval bounds */
	bool has_lo, has_hi;
	char unit[32];       /* durations: year, month, week, day, hour;
			      * dates with a time of day: the zone ("PST");
			      * quantities: the counted noun, singular, lower case;
			      * money: the ISO currency code */
	enum granularity gran;
	enum mention_mod mod;
	/* events: the class in value, the lemma in unit, and: */
	bool negated;
	enum modality modality;
	/* ties (indices into the same mention list, -1 when none) */
	int32_t event;   /* the event this date/number/duration modifies */
	int32_t subject; /* the entity mention the event is about (or
			  * the article's main organisation: EXTRACT_SUBJ_MAIN,
			  * EXTRACT_SUBJ_MAIN_SAID in extract.h) */
	int32_t speaker; /* quotes and attributed events: the speaker entity */
	uint8_t year_from; /* dates: 0 explicit, 1 same article, 2 document date,
			    * 3 other sources, 4 unknown (XXXX) */
	bool direct;       /* quotes: a direct quotation (the span is the quoted words) */
	char measure[64];  /* money, percentages, bare numbers: what the figure
			    * measures ("revenue", "cash", "deal"); lengths:
			    * "depth" or "from " and the place: its entity's
			    * value whole (under 48 bytes; cut at a
			    * character's start past 63); or "" */
};

struct mention_list {
	struct mention *v;
	size_t n, cap;
};

/* mention_add's parts out of line: room for one more, and the template
 * every mention starts as (zeroed, ties -1). */
void mention_list_grow(struct mention_list *l);
extern const struct mention mention_blank;

/* Appends a zeroed mention with ties set to -1 and returns it; the pointer
 * is valid until the next append. Inline: every mention found is added,
 * and the call cost as much as the copy. */
static inline struct mention *mention_add(struct mention_list *l, enum mention_type type,
					  size_t start, size_t end, size_t sentence)
{
	if (l->n >= l->cap)
		mention_list_grow(l);
	struct mention *m = &l->v[l->n++];
	/* copied whole from a template: a copy of known size is a few vector
	 * stores, where memset's zeroing became a `rep stos` whose start-up
	 * branches mispredict */
	memcpy(m, &mention_blank, sizeof *m);
	m->type = type;
	m->start = (uint32_t)start;
	m->end = (uint32_t)end;
	m->sentence = (uint32_t)sentence;
	return m;
}
void mention_list_free(struct mention_list *l);

/* The names of the enums' values, as the output formats write them: tables
 * read inline, so that a writer of many records calls nothing for them.
 * A value out of range reads as "?" (type), NULL (mod, granularity: no
 * member) or "asserted" (modality). */
extern const char *const mention_type_names[M__COUNT];
extern const char *const mention_mod_names[MOD_MORE + 1];
extern const char *const mention_modality_names[MODAL_QUESTION + 1];
extern const char *const granularity_names[GRAN_MINUTE + 1];

static inline const char *mention_type_name(enum mention_type t)
{
	return (unsigned)t < M__COUNT ? mention_type_names[t] : "?";
}

static inline const char *mention_mod_name(enum mention_mod m)
{
	return (unsigned)m <= MOD_MORE ? mention_mod_names[m] : NULL;
}

/* A date's modifier, by its name (a slot's `mod`), as a word before its
 * value ("before 2020", "early 2024", "until 2024-09-29"); NULL for a plain
 * date ("on" says nothing the value does not), a figure's modifier
 * ("approx", "less", "more") and no modifier. */
const char *mention_date_mod_word(const char *mod);

static inline const char *mention_modality_name(enum modality m)
{
	return (unsigned)m <= MODAL_QUESTION ? mention_modality_names[m] : "asserted";
}

static inline const char *granularity_name(enum granularity g)
{
	return (unsigned)g <= GRAN_MINUTE ? granularity_names[g] : NULL;
}

/* Days since 1970-01-01 of a proleptic Gregorian date (month 1..12). */
int64_t days_from_civil(int y, int m, int d);
void civil_from_days(int64_t z, int *y, int *m, int *d);

#endif
