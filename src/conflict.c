/* conflict: judging a pair of claims from two sources (see conflict.h).
 *
 * The rules, in the order they are tried on each anchor the claims share:
 *  attribution  the same quoted statement given to different speakers
 *  polarity     same subject, event and action; one side negated
 *  date-event   the same day, one side reporting (ANNOUNCE, CONFIRM) and the
 *               other a change (START, END, DEADLINE, ...) of the same subject
 *  date-scope   the same day and subject, both changes, but for actions
 *               that do not overlap ("cease all operations" vs "updates stop")
 *  event-date   same subject, event and action, on days that cannot both be
 *               true (granularity-aware: "June 2024" holds "June 12, 2024")
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
					    {"SELL", "PAY"},
					    {"ACQUIRE", "PAY"}, {"STRIKE", "MEASURE"}};
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

static bool overlap(const struct cf_slot *x, const struct cf_slot *y)
{
	double xlo = x->has_lo ? x->lo : -INFINITY, xhi = x->has_hi ? x->hi : INFINITY;
	double ylo = y->has_lo ? y->lo : -INFINITY, yhi = y->has_hi ? y->hi : INFINITY;
	return xlo <= yhi && ylo <= xhi;
}

static bool is_day(const struct cf_slot *d)
{
	return d->gran && strcmp(d->gran, "day") == 0;
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
			char key[96];
			snprintf(key, sizeof key, "quote:%.80s", qa->norm);
			/* "Raimondo" and "Gina Raimondo" are one speaker */
			const char *sa = qa->value, *sb = qb->value;
			bool one = same(sa, sb);
			if (!one && !empty(sa) && !empty(sb)) {
				const char *la = strrchr(sa, ' '), *lb = strrchr(sb, ' ');
				la = la ? la + 1 : sa;
				lb = lb ? lb + 1 : sb;
				one = ascii_ieq(la, lb);
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
					r->explanation = xasprintf("%s: the quote \"%.60s\" is %s's; %s: it is %s's",
								   a->source, qa->text, sa, b->source, sb);
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
		if (strcmp(da->type, "date") != 0 || da->year_from == 4 || !da->has_lo)
			continue;
		for (size_t j = 0; j < b->nslots; j++) {
			const struct cf_slot *db = &b->slots[j];
			if (strcmp(db->type, "date") != 0 || db->year_from == 4 || !db->has_lo)
				continue;
			const char *sa = subj(a, da), *sb = subj(b, db);
			if (!same(sa, sb))
				continue;
			const char *ea = da->event, *eb = db->event;
			char key[96];
			struct cf_result *r = NULL;
			if (is_day(da) && is_day(db) && strcmp(da->value, db->value) == 0) {
				if (empty(ea) || empty(eb))
					continue;
				if (strcmp(ea, eb) != 0 && reporting(ea) != reporting(eb) &&
				    (timing(ea) || timing(eb))) {
					snprintf(key, sizeof key, "%s|%s", da->value, sa);
					r = emit(k, CF_CONFLICT, "date-event", "strong", "date-event/report-vs-change", key);
					if (r)
						r->explanation = xasprintf(
							"%s: %s %s on %s (\"%s\"); %s: %s %s on %s (\"%s\"): the same date, a different event",
							a->source, sa, verb(ea), da->value, da->text, b->source, sb, verb(eb),
							db->value, db->text);
				} else if (scoped(ea) && scoped(eb) && !scopes_overlap(a->scope, b->scope) &&
					   total_scope(a->scope) != total_scope(b->scope)) {
					/* one side ends everything that day, the other only part */
					snprintf(key, sizeof key, "%s|%s|scope", da->value, sa);
					r = emit(k, CF_CONFLICT, "date-scope", "strong", "date-scope/total-vs-partial", key);
					if (r)
						r->explanation = xasprintf(
							"%s: on %s %s must %s; %s: on %s %s must %s: the same date, a different scope",
							a->source, da->value, sa, a->scope, b->source, db->value, sb, b->scope);
				} else if (strcmp(ea, eb) == 0) {
					snprintf(key, sizeof key, "%s|%s|%s", da->value, sa, ea);
					r = emit(k, CF_AGREE, NULL, NULL, "date/same-event", key);
					if (r)
						r->explanation = xasprintf("%s and %s: %s %s on %s", a->source, b->source,
									   sa, verb(ea), da->value);
				}
			} else if (!empty(ea) && !empty(eb) && strcmp(ea, eb) == 0 && same(a->lemma, b->lemma) &&
				   !coarse(da) && !coarse(db)) {
				snprintf(key, sizeof key, "%s|%s|%s", sa, ea, a->lemma);
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
		if (!quantity_type(qa->type) || (!qa->has_lo && !qa->has_hi))
			continue;
		for (size_t j = 0; j < b->nslots; j++) {
			const struct cf_slot *qb = &b->slots[j];
			if (strcmp(qa->type, qb->type) != 0 || (!qb->has_lo && !qb->has_hi))
				continue;
			const char *sa = subj(a, qa), *sb = subj(b, qb);
			/* a figure is anchored by its event: both must have one; a
			 * duration of the same subject in the same unit is its
			 * tenure whatever verb carries it */
			bool dur = strcmp(qa->type, "duration") == 0;
			if (!same(sa, sb) ||
			    (!dur && (empty(qa->event) || empty(qb->event) || !compatible(qa->event, qb->event))))
				continue;
			const char *ua = qa->unit ? qa->unit : "", *ub = qb->unit ? qb->unit : "";
			if (unit_fn) {
				ua = unit_fn(ua, uctx);
				ub = unit_fn(ub, uctx);
			}
			bool units = (!empty(ua) && !empty(ub) && strcmp(ua, ub) == 0) ||
				     (empty(ua) && empty(ub));
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
				r = emit(k, CF_CONFLICT, "quantity", "strong", "quantity/disjoint", key);
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
