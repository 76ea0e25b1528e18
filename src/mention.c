/* mention: the mention list and the names of its enums. No recognition here. */
#include "config.h"

#include "mention.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

const struct mention mention_blank = {.event = -1, .subject = -1, .speaker = -1};

void mention_list_grow(struct mention_list *l)
{
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof *l->v);
}

void mention_list_free(struct mention_list *l)
{
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

const char *const mention_type_names[M__COUNT] = {
	[M_DATE] = "date", [M_NUMBER] = "number", [M_MONEY] = "money",
	[M_PERCENT] = "percent", [M_DURATION] = "duration", [M_ENTITY] = "entity",
	[M_EVENT] = "event", [M_QUOTE] = "quote",
};

const char *const mention_mod_names[MOD_MORE + 1] = {
	[MOD_NONE] = NULL, [MOD_EARLY] = "early", [MOD_MID] = "mid", [MOD_LATE] = "late",
	[MOD_BEFORE] = "before", [MOD_AFTER] = "after", [MOD_BY] = "by",
	[MOD_UNTIL] = "until", [MOD_STARTING] = "starting", [MOD_SINCE] = "since",
	[MOD_ON] = "on", [MOD_APPROX] = "approx", [MOD_LESS] = "less", [MOD_MORE] = "more",
};

/* mention.h */
const char *mention_date_mod_word(const char *mod)
{
	if (!mod)
		return NULL;
	for (unsigned m = MOD_EARLY; m <= MOD_SINCE; m++)
		if (strcmp(mod, mention_mod_names[m]) == 0)
			return mention_mod_names[m];
	return NULL;
}

const char *const mention_modality_names[MODAL_QUESTION + 1] = {
	[MODAL_ASSERTED] = "asserted", [MODAL_FUTURE] = "future",
	[MODAL_POSSIBLE] = "possible", [MODAL_PLANNED] = "planned",
	[MODAL_VOWED] = "vowed", [MODAL_REPORTED] = "reported",
	[MODAL_EXPECTED] = "expected", [MODAL_QUESTION] = "question",
};

const char *const granularity_names[GRAN_MINUTE + 1] = {
	[GRAN_NONE] = NULL, [GRAN_DECADE] = "decade", [GRAN_YEAR] = "year",
	[GRAN_QUARTER] = "quarter", [GRAN_MONTH] = "month", [GRAN_WEEK] = "week",
	[GRAN_DAY] = "day", [GRAN_HOUR] = "hour", [GRAN_MINUTE] = "minute",
};

/* Howard Hinnant's civil-calendar algorithms (public domain); civil_from_days
 * takes a faster form for most days. */
int64_t days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void civil_from_days(int64_t z, int *y, int *m, int *d)
{
	/* Most days: Neri and Schneider's form ("Euclidean affine functions
	 * and their application to calendar algorithms", 2022) in unsigned
	 * 32-bit arithmetic, with the days moved by whole 400-year eras so
	 * that they count from zero: a few multiplications where the general
	 * form below divides. It covers days from about 35,000 years before
	 * 1970 to about 2.9 million years after (4 n + 3 stays in 32 bits),
	 * and gives the general form's answers there (checked for every day
	 * within +-20 million of 1970, at both ends and at 20 million random
	 * days). */
	enum { SHIFT_ERAS = 87 };
	const int64_t shift = 719468 + (int64_t)146097 * SHIFT_ERAS;
	if (z >= -shift && z < ((int64_t)1 << 30) - shift) {
		uint32_t n = (uint32_t)(z + shift);
		uint32_t n1 = 4 * n + 3;
		uint32_t cent = n1 / 146097;          /* centuries since the shifted start */
		uint32_t n2 = n1 % 146097 / 4 * 4 + 3; /* 4 * day of the century + 3 */
		uint64_t p2 = (uint64_t)2939745 * n2;
		uint32_t yoc = (uint32_t)(p2 >> 32);   /* year of the century */
		uint32_t doy = (uint32_t)p2 / 2939745 / 4; /* day of the year from March 1 */
		uint32_t n3 = 2141 * doy + 197913;
		uint32_t mo = n3 >> 16, day = (n3 & 0xFFFF) / 2141;
		uint32_t jan = doy >= 306; /* January or February: the next year */
		*y = (int)((int64_t)(100 * cent + yoc) - 400 * SHIFT_ERAS + jan);
		*m = (int)(jan ? mo - 12 : mo);
		*d = (int)(day + 1);
		return;
	}
	z += 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t yy = yoe + era * 400;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yy + (*m <= 2));
}
