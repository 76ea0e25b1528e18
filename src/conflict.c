/* conflict: judging a pair of claims from two sources (see conflict.h).
 *
 * The rules, in the order they are tried on each anchor the claims share:
 *  attribution  the same quoted statement given to different speakers
 *  polarity     same subject, event and action; one side negated
 *  date-event   the same day, one side reporting (ANNOUNCE, CONFIRM) and the
 *               other a change (START, END, DEADLINE, ...) of the same subject
 *  date-scope   the same day and subject, both changes, but for actions
 *               that do not overlap ("cease all operations" vs "updates stop");
 *               a beginning that stops part of something ("no longer deliver
 *               updates from Sept. 29", "restrictions take effect, preventing
 *               updates") is such a change, and the rule it tells of may
 *               stand for the subject
 *  event-date   same subject, event and action, on days that cannot both be
 *               true (granularity-aware: "June 2024" holds "June 12, 2024"),
 *               or at times of day that cannot both be (below)
 *  quantity     same subject, compatible event, same unit: disjoint
 *               intervals are strong; overlapping ones far apart are weak
 * Whatever shares an anchor and passes is an agreement.
 * Pure: no store, no printing.
 */
#include "config.h"

#include "conflict.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static bool empty(const char *s)
{
	return !s || !*s;
}

static bool same(const char *a, const char *b)
{
	return !empty(a) && !empty(b) && ascii_ieq(a, b);
}

static bool reporting(const char *cls)
{
	return cls && (strcmp(cls, "ANNOUNCE") == 0 || strcmp(cls, "CONFIRM") == 0 ||
		       strcmp(cls, "DENY") == 0);
}

static bool in_list(const char *cls, const char *const *v, size_t n)
{
	for (size_t i = 0; cls && i < n; i++)
		if (strcmp(cls, v[i]) == 0)
			return true;
	return false;
}

/* Events that say when something begins or ends: reporting one of them on
 * a date is not the same as it happening then. (Acts such as a ban or a
 * ruling are announced the day they are made, so they are not here.) */
static bool timing(const char *cls)
{
	static const char *const v[] = {"START", "END", "DEADLINE", "CLOSE", "OPEN"};
	return in_list(cls, v, CC_ARRAY_LEN(v));
}

/* Events whose date binds an action with a scope: a deadline and what
 * stops or is cut off then. */
static bool scoped(const char *cls)
{
	static const char *const v[] = {"END", "DEADLINE", "UPDATE", "SELL", "BAN", "CLOSE"};
	return in_list(cls, v, CC_ARRAY_LEN(v));
}

/* How long something has gone on, or until it ended: "a presence that
 * lasted over a decade", "served for nearly two decades", "ending a run of
 * nearly two decades" all measure one tenure. */
static bool tenure(const char *cls)
{
	static const char *const v[] = {"END", "CLOSE", "SERVE", "OPERATE", "FOUND"};
	return in_list(cls, v, CC_ARRAY_LEN(v));
}

static bool scopes_overlap(const char *a, const char *b);

/* "The fire started on Tuesday" and "the fire broke out on Wednesday": a
 * beginning or an end told with different verbs is the same event when it
 * begins or ends the same action (their scopes share a word). */
static bool same_change(const char *cls, const struct cf_claim *a, const struct cf_claim *b)
{
	return (strcmp(cls, "START") == 0 || strcmp(cls, "END") == 0) && !empty(a->scope) &&
	       !empty(b->scope) && scopes_overlap(a->scope, b->scope);
}

/* "Corvane said on Tuesday it will buy Lumetric" and "Corvane announced on
 * Monday that it would buy Lumetric": one statement told with different
 * verbs of saying is the same report when what it reports is the same
 * action (their scopes share a word, or both end everything). A report of
 * nothing else ("said on Monday", empty scope) is not tied this way. */
static bool total_scope(const char *s);

static bool same_report(const char *cls, const struct cf_claim *a, const struct cf_claim *b)
{
	return reporting(cls) && !empty(a->scope) && !empty(b->scope) &&
	       (scopes_overlap(a->scope, b->scope) || (total_scope(a->scope) && total_scope(b->scope)));
}

/* The same action told on both sides: the same verb, or a change or a
 * report of the same thing in other words. */
static bool same_action(const char *cls, const struct cf_claim *a, const struct cf_claim *b)
{
	return same(a->lemma, b->lemma) || same_change(cls, a, b) || same_report(cls, a, b);
}

/* The action in a key: the same whichever side is judged first, when the
 * two tell it with different verbs. */
static const char *key_lemma(const struct cf_claim *a, const struct cf_claim *b)
{
	const char *la = a->lemma ? a->lemma : "", *lb = b->lemma ? b->lemma : "";
	return strcmp(la, lb) <= 0 ? la : lb;
}

static bool coarse(const struct cf_slot *d)
{
	return !d->gran || strcmp(d->gran, "year") == 0 || strcmp(d->gran, "decade") == 0;
}

/* Classes that count the same thing. */
static bool compatible(const char *a, const char *b)
{
	if (empty(a) || empty(b))
		return true;
	if (strcmp(a, b) == 0)
		return true;
	static const char *const eq[][2] = {{"KILL", "DIE"}, {"LAYOFF", "EMPLOY"}, {"LAYOFF", "AFFECT"},
					    {"STRIKE", "MEASURE"}};
	for (size_t i = 0; i < CC_ARRAY_LEN(eq); i++)
		if ((strcmp(a, eq[i][0]) == 0 && strcmp(b, eq[i][1]) == 0) ||
		    (strcmp(a, eq[i][1]) == 0 && strcmp(b, eq[i][0]) == 0))
			return true;
	return false;
}

static const char *verb(const char *cls)
{
	static const struct {
		const char *cls, *verb;
	} v[] = {
		{"ANNOUNCE", "ANNOUNCED it"}, {"CONFIRM", "CONFIRMED it"}, {"DENY", "DENIED it"},
		{"START", "STARTS"}, {"END", "ENDS"}, {"DEADLINE", "has a DEADLINE"},
		{"BAN", "BANS"}, {"KILL", "KILLED"}, {"DIE", "DIED"}, {"INJURE", "INJURED"},
		{"LAYOFF", "LAYS OFF"}, {"ACQUIRE", "ACQUIRES"}, {"FOUND", "was FOUNDED"},
	};
	for (size_t i = 0; cls && i < CC_ARRAY_LEN(v); i++)
		if (strcmp(cls, v[i].cls) == 0)
			return v[i].verb;
	return cls && *cls ? cls : "reports it";
}

/* A clause's action lemmas ("update resale license stop") as words a reader
 * takes in: comma-separated, each once, without `skip` (the verb the
 * explanation already says, as in "these stop: ..."). */
static char *scope_words(const char *scope, const char *skip)
{
	struct buf b;
	buf_init(&b);
	const char *p = scope ? scope : "";
	while (*p) {
		while (*p == ' ')
			p++;
		const char *w = p;
		while (*p && *p != ' ')
			p++;
		size_t n = (size_t)(p - w);
		if (!n || (skip && strlen(skip) == n && memcmp(skip, w, n) == 0))
			continue;
		bool seen = false; /* the same word earlier in the list */
		for (const char *q = scope; q < w && !seen;) {
			while (*q == ' ')
				q++;
			const char *v = q;
			while (*q && *q != ' ')
				q++;
			seen = v < w && (size_t)(q - v) == n && memcmp(v, w, n) == 0;
		}
		if (seen)
			continue;
		if (b.len)
			buf_adds(&b, ", ");
		buf_add(&b, w, n);
	}
	buf_addc(&b, '\0');
	return buf_steal(&b);
}

/* Do two space-separated lemma lists share a word? */
static bool scopes_overlap(const char *a, const char *b)
{
	if (empty(a) || empty(b))
		return true; /* unknown scope: assume it is the same */
	const char *p = a;
	while (*p) {
		while (*p == ' ')
			p++;
		size_t n = strcspn(p, " ");
		if (!n)
			break;
		const char *q = b;
		while (*q) {
			while (*q == ' ')
				q++;
			size_t m = strcspn(q, " ");
			if (m == n && strncmp(p, q, n) == 0)
				return true;
			q += m;
		}
		p += n;
	}
	return false;
}

/* Does the scope hold an action that ends everything? */
static bool total_scope(const char *s)
{
	static const char *const v[] = {"cease", "shut down", "exit", "withdraw", "wind down",
					"close", "pull out", "shut", "leave", "end"};
	for (size_t i = 0; s && i < CC_ARRAY_LEN(v); i++) {
		const char *p = strstr(s, v[i]);
		size_t n = strlen(v[i]);
		if (p && (p == s || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
			return true;
	}
	return false;
}

/* Does the claim stop part of something from its date on: "may no longer
 * deliver updates from Sept. 29", "restrictions come into effect on
 * September 29, preventing updates", "starting September 29, customers will
 * stop receiving updates"? A beginning (START) told so is a change with a
 * scope, as an end is. */
static bool stops_part(const struct cf_claim *c)
{
	static const char *const v[] = {"stop", "halt", "prevent", "restrict", "ban", "block",
					"suspend"};
	if (c->negated)
		return true;
	for (size_t i = 0; c->scope && i < CC_ARRAY_LEN(v); i++) {
		const char *p = strstr(c->scope, v[i]);
		size_t n = strlen(v[i]);
		if (p && (p == c->scope || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
			return true;
	}
	return false;
}

static bool scoped_change(const char *cls, const struct cf_claim *c)
{
	return scoped(cls) || (cls && strcmp(cls, "START") == 0 && stops_part(c));
}

/* A subject that is a common noun ("restriction", "ban": extraction
 * writes them in lower case, names capitalised). */
static bool common_noun(const char *s)
{
	return s && *s >= 'a' && *s <= 'z';
}

static bool overlap(const struct cf_slot *x, const struct cf_slot *y)
{
	double xlo = x->has_lo ? x->lo : -INFINITY, xhi = x->has_hi ? x->hi : INFINITY;
	double ylo = y->has_lo ? y->lo : -INFINITY, yhi = y->has_hi ? y->hi : INFINITY;
	return xlo <= yhi && ylo <= xhi;
}

/* One day: a day date, or a time of day on a known day. */
static bool is_day(const struct cf_slot *d)
{
	return d->gran && (strcmp(d->gran, "day") == 0 || strcmp(d->gran, "minute") == 0 ||
			   strcmp(d->gran, "hour") == 0);
}

/* ---- times of day ----
 * A date value with a time ("2025-03-03T02:09-08:00", "XXXX-XX-XXT07:15/07:45",
 * see mention.h) covers from its first to its last minute; an hour ("7
 * a.m.", granularity hour) covers the whole hour, so "2 a.m." holds "2:09
 * a.m.". Two times compare in UTC when both values carry an offset, as
 * written when at most one names a zone (the other is read in the same
 * local time), and not at all when they name different zones whose offset
 * is unknown. On known days the day counts too ("11:50 p.m. Tuesday" and
 * "12:10 a.m. Wednesday" are twenty minutes apart). */
struct tod {
	int lo, hi;  /* local minutes after the day's midnight (hi may pass 24:00) */
	int off;     /* the UTC offset in minutes, when has_off */
	bool has_off;
	bool day;    /* the day is known: day is its number */
	int64_t dayn;
};

static int two(const char *p)
{
	return (p[0] - '0') * 10 + (p[1] - '0');
}

static bool digits2(const char *p)
{
	return p[0] >= '0' && p[0] <= '9' && p[1] >= '0' && p[1] <= '9';
}

static bool hhmm(const char *p)
{
	return digits2(p) && p[2] == ':' && digits2(p + 3);
}

static bool time_of(const struct cf_slot *s, struct tod *t)
{
	const char *v = s->value;
	if (!v || strnlen(v, 17) < 16 || v[10] != 'T' || !hhmm(v + 11))
		return false;
	t->lo = t->hi = two(v + 11) * 60 + two(v + 14);
	const char *p = v + 16;
	t->has_off = false;
	t->off = 0;
	if ((*p == '+' || *p == '-') && hhmm(p + 1)) {
		t->off = (two(p + 1) * 60 + two(p + 4)) * (*p == '-' ? -1 : 1);
		t->has_off = true;
		p += 6;
	}
	if (*p == '/' && hhmm(p + 1)) {
		t->hi = two(p + 1) * 60 + two(p + 4);
		if (t->hi < t->lo)
			t->hi += 24 * 60; /* "11 p.m.-1 a.m." */
	}
	if (s->gran && strcmp(s->gran, "hour") == 0)
		t->hi += 59;
	t->day = s->has_lo && s->year_from != 4;
	t->dayn = t->day ? (int64_t)s->lo : 0;
	return true;
}

static bool spans_meet(int64_t alo, int64_t ahi, int64_t blo, int64_t bhi)
{
	return alo <= bhi && blo <= ahi;
}

/* Two times of the same event (both slots hold one): 1 the same moment,
 * -1 different ones, 0 cannot tell. *strong: both on known days. */
static int judge_times(const struct cf_slot *a, const struct cf_slot *b, bool *strong)
{
	struct tod ta, tb;
	if (!time_of(a, &ta) || !time_of(b, &tb))
		return 0;
	bool za = a->unit && *a->unit, zb = b->unit && *b->unit;
	bool utc = ta.has_off && tb.has_off;
	if (!utc && za && zb && !ascii_ieq(a->unit, b->unit))
		return 0; /* "2 p.m. IST" against "9 a.m. GMT": cannot tell */
	int64_t alo = ta.lo - (utc ? ta.off : 0), ahi = ta.hi - (utc ? ta.off : 0);
	int64_t blo = tb.lo - (utc ? tb.off : 0), bhi = tb.hi - (utc ? tb.off : 0);
	*strong = ta.day && tb.day;
	if (*strong) {
		int64_t d = 24 * 60;
		return spans_meet(alo + ta.dayn * d, ahi + ta.dayn * d, blo + tb.dayn * d, bhi + tb.dayn * d)
			       ? 1
			       : -1;
	}
	/* a day unknown: times of day, which may meet across midnight */
	for (int k = -1; k <= 1; k++)
		if (spans_meet(alo, ahi, blo + k * 24 * 60, bhi + k * 24 * 60))
			return 1;
	return -1;
}

/* A time slot's time in words: "2:09 a.m. PST", "7 a.m.", "noon",
 * "midnight" (the value as time_of reads it). */
static void time_words(const struct cf_slot *s, char *out, size_t outsz)
{
	const char *v = s->value;
	int h = two(v + 11), m = two(v + 14);
	const char *zone = s->unit && *s->unit ? s->unit : NULL;
	const char *sep = zone ? " " : "";
	if (!zone)
		zone = "";
	if (h == 24 || (h == 0 && m == 0 && s->gran && strcmp(s->gran, "minute") == 0)) {
		snprintf(out, outsz, "midnight%s%s", sep, zone);
		return;
	}
	if (h == 12 && m == 0 && s->gran && strcmp(s->gran, "minute") == 0) {
		snprintf(out, outsz, "noon%s%s", sep, zone);
		return;
	}
	int h12 = h % 12 ? h % 12 : 12;
	const char *mer = h < 12 ? "a.m." : "p.m.";
	if (s->gran && strcmp(s->gran, "hour") == 0 && m == 0)
		snprintf(out, outsz, "%d %s%s%s", h12, mer, sep, zone);
	else
		snprintf(out, outsz, "%d:%02d %s%s%s", h12, m, mer, sep, zone);
}

/* The day of a date value in words, into buf: "2025-03-03", or "an
 * unknown day". */
static const char *day_words(const struct cf_slot *s, char buf[16])
{
	if (!s->has_lo || s->year_from == 4 || strlen(s->value) < 10)
		return "an unknown day";
	snprintf(buf, 16, "%.10s", s->value);
	return buf;
}

static bool quantity_type(const char *t)
{
	return strcmp(t, "number") == 0 || strcmp(t, "money") == 0 || strcmp(t, "percent") == 0 ||
	       strcmp(t, "duration") == 0;
}

/* The point a phrase names, when it names one: exact values and "about N". */
static bool point_of(const struct cf_slot *s, double *p)
{
	if (!s->has_lo || !s->has_hi)
		return false;
	if (s->lo == s->hi) {
		*p = s->lo;
		return true;
	}
	if (s->mod && strcmp(s->mod, "approx") == 0) {
		*p = (s->lo + s->hi) / 2;
		return true;
	}
	return false;
}

static double mid_of(const struct cf_slot *s)
{
	if (s->has_lo && s->has_hi)
		return (s->lo + s->hi) / 2;
	return s->has_lo ? s->lo : s->hi;
}

static double rel_diff(double a, double b)
{
	double m = fabs(a) > fabs(b) ? fabs(a) : fabs(b);
	return m > 0 ? fabs(a - b) / m : 0;
}

struct sink {
	struct cf_result *out;
	size_t n, max;
};

static struct cf_result *emit(struct sink *k, enum cf_verdict v, const char *kind,
			      const char *severity, const char *rule, const char *key)
{
	/* one result per kind and key */
	for (size_t i = 0; i < k->n; i++)
		if (k->out[i].verdict == v && strcmp(k->out[i].key, key) == 0 &&
		    ((!k->out[i].kind && !kind) || (k->out[i].kind && kind && strcmp(k->out[i].kind, kind) == 0)))
			return NULL;
	if (k->n >= k->max)
		return NULL;
	struct cf_result *r = &k->out[k->n++];
	memset(r, 0, sizeof *r);
	r->verdict = v;
	r->kind = kind;
	r->severity = severity;
	r->rule = rule;
	snprintf(r->key, sizeof r->key, "%s", key);
	r->slot_a = r->slot_b = -1;
	return r;
}

static const char *subj(const struct cf_claim *c, const struct cf_slot *s)
{
	if (s && !empty(s->subject))
		return s->subject;
	return empty(c->subject) ? "the subject" : c->subject;
}

/* The length of a prefix of at most `max` bytes ending at a word boundary. */
static size_t clip(const char *s, size_t max)
{
	size_t n = strlen(s);
	if (n <= max)
		return n;
	size_t k = max;
	while (k > 0 && s[k] != ' ')
		k--;
	return k ? k : max;
}

static void judge_quotes(const struct cf_claim *a, const struct cf_claim *b, struct sink *k)
{
	for (size_t i = 0; i < a->nslots; i++) {
		const struct cf_slot *qa = &a->slots[i];
		if (strcmp(qa->type, "quote") != 0 || empty(qa->norm))
			continue;
		for (size_t j = 0; j < b->nslots; j++) {
			const struct cf_slot *qb = &b->slots[j];
			if (strcmp(qb->type, "quote") != 0 || empty(qb->norm) || strcmp(qa->norm, qb->norm) != 0)
				continue;
			/* a phrase of a few words is not a statement of its own */
			size_t words = 1;
			for (const char *p = qa->norm; *p; p++)
				words += *p == ' ';
			if (words < 6)
				continue;
			char key[96];
			snprintf(key, sizeof key, "quote:%.80s", qa->norm);
			/* "Raimondo" and "Gina Raimondo" are one speaker */
			const char *sa = qa->value, *sb = qb->value;
			bool one = same(sa, sb);
			if (!one && !empty(sa) && !empty(sb)) {
				const char *la = strrchr(sa, ' '), *lb = strrchr(sb, ' ');
				la = la ? la + 1 : sa;
				lb = lb ? lb + 1 : sb;
				/* the same surname, or each sentence names the other's
				 * speaker too (the speaker was read wrongly on one side) */
				one = ascii_ieq(la, lb) || (a->text && strstr(a->text, lb)) ||
				      (b->text && strstr(b->text, la));
			}
			struct cf_result *r;
			if (one || empty(sa) || empty(sb)) {
				r = emit(k, CF_AGREE, NULL, NULL, "attribution/same-speaker", key);
				if (r)
					r->explanation = xasprintf("%s and %s quote the same words from %s", a->source,
								   b->source, empty(sa) ? sb : sa);
			} else {
				r = emit(k, CF_CONFLICT, "attribution", "strong", "attribution/different-speaker", key);
				if (r)
					r->explanation = xasprintf("%s: the quote \"%.*s%s\" is %s's; %s: it is %s's",
								   a->source, (int)clip(qa->text, 60), qa->text,
								   strlen(qa->text) > clip(qa->text, 60) ? "…" : "", sa,
								   b->source, sb);
			}
			if (r)
				r->slot_a = qa->ord, r->slot_b = qb->ord;
		}
	}
}

static void judge_polarity(const struct cf_claim *a, const struct cf_claim *b, struct sink *k)
{
	if (a->negated == b->negated || !same(a->subject, b->subject) || empty(a->event) ||
	    empty(b->event) || strcmp(a->event, b->event) != 0 || !same(a->lemma, b->lemma))
		return;
	char key[96];
	snprintf(key, sizeof key, "%s|%s|%s", a->subject, a->event, a->lemma);
	struct cf_result *r = emit(k, CF_CONFLICT, "polarity", "strong", "polarity/negated", key);
	if (r) {
		const struct cf_claim *neg = a->negated ? a : b, *pos = a->negated ? b : a;
		r->explanation = xasprintf("%s: %s did not %s; %s: %s did %s", neg->source, neg->subject,
					   neg->lemma, pos->source, pos->subject, pos->lemma);
	}
}

static void judge_dates(const struct cf_claim *a, const struct cf_claim *b, struct sink *k)
{
	for (size_t i = 0; i < a->nslots; i++) {
		const struct cf_slot *da = &a->slots[i];
		struct tod tt;
		/* a time of day counts even when its day is unknown */
		bool ta = strcmp(da->type, "date") == 0 && time_of(da, &tt);
		if (strcmp(da->type, "date") != 0 || ((da->year_from == 4 || !da->has_lo) && !ta))
			continue;
		for (size_t j = 0; j < b->nslots; j++) {
			const struct cf_slot *db = &b->slots[j];
			bool tb = strcmp(db->type, "date") == 0 && time_of(db, &tt);
			if (strcmp(db->type, "date") != 0 || ((db->year_from == 4 || !db->has_lo) && !tb))
				continue;
			/* a time whose day is unknown meets only another time */
			if ((ta != tb) && ((ta && !da->has_lo) || (tb && !db->has_lo)))
				continue;
			const char *sa = subj(a, da), *sb = subj(b, db);
			/* a deadline that names no subject ("updates stop on Sept. 29")
			 * can still be the same deadline in a narrower scope */
			bool unnamed = (empty(da->subject) && empty(a->subject)) ||
				       (empty(db->subject) && empty(b->subject));
			/* ... and so can a rule that stops part of it ("the new
			 * restrictions come into effect on September 29, preventing
			 * updates"): for the scope rule alone, below */
			bool rule_a = common_noun(sa) && stops_part(a), rule_b = common_noun(sb) && stops_part(b);
			unnamed |= rule_a || rule_b;
			if (!same(sa, sb) && !unnamed)
				continue;
			bool subj_same = same(sa, sb);
			const char *ea = da->event, *eb = db->event;
			char key[96];
			struct cf_result *r = NULL;
			bool strong_t = false;
			int tv = ta && tb ? judge_times(da, db, &strong_t) : 0;
			if (tv && subj_same && !empty(ea) && !empty(eb) && strcmp(ea, eb) == 0 &&
			    same_action(ea, a, b)) {
				char wa[48], wb[48], dwa[16], dwb[16];
				time_words(da, wa, sizeof wa);
				time_words(db, wb, sizeof wb);
				snprintf(key, sizeof key, "%s|%s|%s", sa, ea, key_lemma(a, b));
				if (tv < 0) {
					r = emit(k, CF_CONFLICT, "event-date", strong_t ? "strong" : "weak",
						 "event-date/different-time", key);
					if (r)
						r->explanation = xasprintf(
							"%s: %s %s (%s) at %s on %s (\"%s\"); %s: at %s on %s (\"%s\"): the same event, a different time (%s vs %s)",
							a->source, sa, verb(ea), a->lemma, wa, day_words(da, dwa), da->text,
							b->source, wb, day_words(db, dwb), db->text, wa, wb);
				} else {
					r = emit(k, CF_AGREE, NULL, NULL, "event-date/same-time", key);
					if (r)
						r->explanation = xasprintf("%s (%s) and %s (%s) agree: %s %s at that time",
									   a->source, wa, b->source, wb, sa, verb(ea));
				}
			} else if ((ta && (da->year_from == 4 || !da->has_lo)) ||
				   (tb && (db->year_from == 4 || !db->has_lo))) {
				/* a time without its day: only another time says anything */
			} else if (is_day(da) && is_day(db) && strcmp(da->value, db->value) == 0) {
				if (empty(ea) || empty(eb))
					continue;
				if (subj_same && strcmp(ea, eb) != 0 && reporting(ea) != reporting(eb) &&
				    (timing(ea) || timing(eb))) {
					snprintf(key, sizeof key, "%s|%s", da->value, sa);
					r = emit(k, CF_CONFLICT, "date-event", "strong", "date-event/report-vs-change", key);
					if (r)
						r->explanation = xasprintf(
							"%s: %s %s on %s (\"%s\"); %s: %s %s on %s (\"%s\"): the same date, a different event",
							a->source, sa, verb(ea), da->value, da->text, b->source, sb, verb(eb),
							db->value, db->text);
				} else if (scoped_change(ea, a) && scoped_change(eb, b) && !scopes_overlap(a->scope, b->scope) &&
					   total_scope(a->scope) != total_scope(b->scope)) {
					/* one side ends everything that day, the other only part */
					bool ua = (empty(da->subject) && empty(a->subject)) || (rule_a && !rule_b);
					bool ub = (empty(db->subject) && empty(b->subject)) || (rule_b && !rule_a);
					snprintf(key, sizeof key, "%s|%s|scope", da->value, ua ? sb : sa);
					r = emit(k, CF_CONFLICT, "date-scope", "strong", "date-scope/total-vs-partial", key);
					if (r) {
						char *wa = scope_words(a->scope, ua ? "stop" : NULL);
						char *wb = scope_words(b->scope, ub ? "stop" : NULL);
						r->explanation = xasprintf(
							"%s: on %s %s%s%s; %s: on %s %s%s%s: the same date, a different scope",
							a->source, da->value, ua ? "" : sa,
							ua ? "these stop: " : a->negated ? " can no longer: " : " must: ", wa,
							b->source, db->value, ub ? "" : sb,
							ub ? "these stop: " : b->negated ? " can no longer: " : " must: ", wb);
						free(wa);
						free(wb);
					}
				} else if (subj_same && strcmp(ea, eb) == 0) {
					snprintf(key, sizeof key, "%s|%s|%s", da->value, sa, ea);
					r = emit(k, CF_AGREE, NULL, NULL, "date/same-event", key);
					if (r)
						r->explanation = xasprintf("%s and %s: %s %s on %s", a->source, b->source,
									   sa, verb(ea), da->value);
				}
			} else if (subj_same && !empty(ea) && !empty(eb) && strcmp(ea, eb) == 0 &&
				   same_action(ea, a, b) && !coarse(da) &&
				   !coarse(db)) {
				snprintf(key, sizeof key, "%s|%s|%s", sa, ea, key_lemma(a, b));
				if (!overlap(da, db)) {
					bool strong = is_day(da) && is_day(db) && !reporting(ea);
					r = emit(k, CF_CONFLICT, "event-date", strong ? "strong" : "weak",
						 strong ? "event-date/different-day" : "event-date/disjoint", key);
					if (r)
						r->explanation = xasprintf(
							"%s: %s %s (%s) on %s (\"%s\"); %s: on %s (\"%s\"): the same event, a different date",
							a->source, sa, verb(ea), a->lemma, da->value, da->text, b->source,
							db->value, db->text);
				} else {
					r = emit(k, CF_AGREE, NULL, NULL, "event-date/compatible", key);
					if (r)
						r->explanation = xasprintf("%s (%s) and %s (%s) agree: %s %s", a->source,
									   da->value, b->source, db->value, sa, verb(ea));
				}
			}
			if (r)
				r->slot_a = da->ord, r->slot_b = db->ord;
		}
	}
}

/* Half the unit of the last significant digit of a canonical number:
 * "290000000" -> 5000000, "334000000" -> 500000, "4.5" -> 0.05, "4" -> 0.5. */
static double rounding(const char *v)
{
	const char *p = v;
	while (*p && !((*p >= '0' && *p <= '9') || *p == '.'))
		p++; /* "USD 290000000" */
	const char *dot = strchr(p, '.');
	if (dot) {
		size_t dec = strspn(dot + 1, "0123456789");
		return 0.5 * pow(10, -(double)dec);
	}
	size_t n = strspn(p, "0123456789"), zeros = 0;
	while (zeros + 1 < n && p[n - 1 - zeros] == '0')
		zeros++;
	return 0.5 * pow(10, (double)zeros);
}

static bool rounding_touch(const struct cf_slot *a, const struct cf_slot *b)
{
	double pa, pb;
	if (!a->has_lo || !a->has_hi || a->lo != a->hi || !b->has_lo || !b->has_hi || b->lo != b->hi)
		return false;
	pa = a->lo;
	pb = b->lo;
	double ra = rounding(a->value ? a->value : ""), rb = rounding(b->value ? b->value : "");
	return fabs(pa - pb) <= ra + rb + 1e-9;
}

static bool has_type(const struct cf_claim *c, const char *type)
{
	for (size_t i = 0; i < c->nslots; i++)
		if (strcmp(c->slots[i].type, type) == 0)
			return true;
	return false;
}

static void fmt_interval(const struct cf_slot *s, char *out, size_t n)
{
	if (s->has_lo && s->has_hi && s->lo == s->hi)
		snprintf(out, n, "%g", s->lo);
	else if (s->has_lo && s->has_hi)
		snprintf(out, n, "%g-%g", s->lo, s->hi);
	else if (s->has_lo)
		snprintf(out, n, ">=%g", s->lo);
	else if (s->has_hi)
		snprintf(out, n, "<=%g", s->hi);
	else
		snprintf(out, n, "?");
}

static void judge_quantities(const struct cf_claim *a, const struct cf_claim *b, cf_unit_fn unit_fn,
			     void *uctx, struct sink *k)
{
	for (size_t i = 0; i < a->nslots; i++) {
		const struct cf_slot *qa = &a->slots[i];
		if (!quantity_type(qa->type) || (!qa->has_lo && !qa->has_hi) ||
		    (qa->unit && strcmp(qa->unit, "ordinal") == 0))
			continue; /* "the fifth round" ranks, it does not count */
		for (size_t j = 0; j < b->nslots; j++) {
			const struct cf_slot *qb = &b->slots[j];
			if (strcmp(qa->type, qb->type) != 0 || (!qb->has_lo && !qb->has_hi))
				continue;
			const char *sa = subj(a, qa), *sb = subj(b, qb);
			/* A figure is anchored by what it measures ("revenue", "cash")
			 * or else by its event: both must have one. A duration of the
			 * same subject in the same unit is its tenure whatever verb
			 * carries it. Money and percentages need the same event class. */
			if (!same(sa, sb))
				continue;
			bool dur = strcmp(qa->type, "duration") == 0;
			bool strict = strcmp(qa->type, "money") == 0 || strcmp(qa->type, "percent") == 0;
			const char *ma = (qa->norm && *qa->norm) ? qa->norm : NULL;
			const char *mb = (qb->norm && *qb->norm) ? qb->norm : NULL;
			if (ma && mb && unit_fn) {
				ma = unit_fn(ma, uctx);
				mb = unit_fn(mb, uctx);
			}
			if (ma && mb) {
				if (strcmp(ma, mb) != 0)
					continue;
			} else if (ma || mb) {
				continue; /* "$281m in cash" is not the price "$334 million" */
			} else if (dur ? !(compatible(qa->event, qb->event) || (tenure(qa->event) && tenure(qb->event)))
				       : (empty(qa->event) || empty(qb->event) ||
					  (strict ? strcmp(qa->event, qb->event) != 0
						  : !compatible(qa->event, qb->event)))) {
				continue;
			}
			/* a figure of another year, or over another period, is
			 * another fact ("bought a rival for $510M in 2023"; "rose 22%
			 * over the past 12 months") */
			if (a->year && b->year && a->year != b->year)
				continue;
			if (!dur && has_type(a, "duration") != has_type(b, "duration"))
				continue;
			/* figures an order of magnitude apart measure different things */
			double xa = fabs(mid_of(qa)), xb = fabs(mid_of(qb));
			double lo_ = xa < xb ? xa : xb, hi_ = xa < xb ? xb : xa;
			if (lo_ > 0 && hi_ / lo_ > 10)
				continue;
			const char *ua = qa->unit ? qa->unit : "", *ub = qb->unit ? qb->unit : "";
			if (unit_fn) {
				ua = unit_fn(ua, uctx);
				ub = unit_fn(ub, uctx);
			}
			/* a bare figure (no unit, no measure) is anchored only by an
			 * event that is not a verb of saying */
			bool units = (!empty(ua) && !empty(ub) && strcmp(ua, ub) == 0) ||
				     (empty(ua) && empty(ub) && (ma || (!reporting(qa->event) &&
									!reporting(qb->event))));
			if (!units)
				continue;
			char key[96], ia[48], ib[48];
			snprintf(key, sizeof key, "%s|%s|%s", sa, empty(ua) ? (qa->event ? qa->event : "") : ua,
				 qa->type);
			fmt_interval(qa, ia, sizeof ia);
			fmt_interval(qb, ib, sizeof ib);
			struct cf_result *r = NULL;
			double pa, pb;
			if (!overlap(qa, qb)) {
				/* two exact figures whose rounding bands touch ("4%" may
				 * be 4.5% rounded) are weak; others strong */
				bool close = rounding_touch(qa, qb);
				r = emit(k, CF_CONFLICT, "quantity", close ? "weak" : "strong",
					 close ? "quantity/within-rounding" : "quantity/disjoint", key);
			} else if (point_of(qa, &pa) && point_of(qb, &pb)) {
				if (rel_diff(pa, pb) > 0.05)
					r = emit(k, CF_CONFLICT, "quantity", "weak", "quantity/points-apart", key);
				else
					r = emit(k, CF_AGREE, NULL, NULL, "quantity/same", key);
			} else if (rel_diff(mid_of(qa), mid_of(qb)) > 0.25) {
				r = emit(k, CF_CONFLICT, "quantity", "weak", "quantity/far-apart", key);
			} else {
				r = emit(k, CF_AGREE, NULL, NULL, "quantity/compatible", key);
			}
			if (!r)
				continue;
			r->slot_a = qa->ord;
			r->slot_b = qb->ord;
			const char *what = empty(ua) ? "" : ua;
			if (r->verdict == CF_CONFLICT)
				r->explanation = xasprintf("%s: %s \"%s\" (%s %s); %s: \"%s\" (%s %s)%s", a->source,
							   sa, qa->text, ia, what, b->source, qb->text, ib, what,
							   strcmp(r->severity, "strong") == 0 ? ": the figures cannot both be right"
							   : strcmp(r->rule, "quantity/within-rounding") == 0
								   ? ": close, but not the same figure"
								   : ": far apart");
			else
				r->explanation = xasprintf("%s (\"%s\") and %s (\"%s\") agree on %s %s", a->source,
							   qa->text, b->source, qb->text, sa, what);
		}
	}
}

size_t conflict_judge(const struct cf_claim *a, const struct cf_claim *b, cf_unit_fn unit_fn,
		      void *unit_ctx, struct cf_result *out, size_t max)
{
	struct sink k = {out, 0, max};
	if (!a->source || !b->source || strcmp(a->source, b->source) == 0)
		return 0;
	judge_quotes(a, b, &k);
	judge_polarity(a, b, &k);
	judge_dates(a, b, &k);
	judge_quantities(a, b, unit_fn, unit_ctx, &k);
	return k.n;
}

void conflict_result_free(struct cf_result *r)
{
	free(r->explanation);
	r->explanation = NULL;
}

bool conflict_kind_valid(const char *kind)
{
	static const char *const v[] = {"date-event", "event-date", "date-scope", "quantity",
					"polarity", "attribution"};
	for (size_t i = 0; kind && i < CC_ARRAY_LEN(v); i++)
		if (strcmp(kind, v[i]) == 0)
			return true;
	return false;
}
