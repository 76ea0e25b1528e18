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
 *               or at times of day that cannot both be (below); an
 *               occurrence (OCCUR: "a fire tore through ...") against the
 *               START of the same subject, when its day lies before the start
 *  quantity     same subject, compatible event, same unit: disjoint
 *               intervals are strong; overlapping ones far apart are weak
 * Whatever shares an anchor and passes is an agreement.
 * Each result's explanation is one plain sentence naming both sources (see
 * "explanations in words" below): the claims' own verbs, ISO dates with the
 * article's words, figures in words.
 * Pure: no store, no printing, no file read: what the rules take from the
 * data (units.tsv, classes.tsv) comes through struct cf_words.
 */
#include "config.h"

#include "conflict.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
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

/* The length of a claim's sentence (text_len, or up to its NUL); 0 when
 * it has none. */
static size_t claim_len(const struct cf_claim *c)
{
	return !c->text ? 0 : c->text_len ? c->text_len : strlen(c->text);
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
static bool lists_meet(const char *a, const char *b, bool classes);

static bool same_report(const char *cls, const struct cf_claim *a, const struct cf_claim *b)
{
	return reporting(cls) && !empty(a->scope) && !empty(b->scope) &&
	       (lists_meet(a->scope, b->scope, true) || (total_scope(a->scope) && total_scope(b->scope)));
}

/* "expected to close in the third quarter" and "expects to complete the
 * purchase by June 30": the closing of one thing named by a common noun
 * (both subjects "deal") is one event whatever verb tells it; a named
 * subject ("Pier 7 closed", "Acme closed the plant") is not tied this way.
 * So is the start of one ("The wildfire began on Monday", "the wildfire
 * started on Sunday": it begins once). */
static bool same_closing(const char *cls, const struct cf_claim *a, const struct cf_claim *b)
{
	return (strcmp(cls, "CLOSE") == 0 || strcmp(cls, "START") == 0) && same(a->subject, b->subject) &&
	       !a->subject_implied &&
	       !b->subject_implied && a->subject[0] >= 'a' && a->subject[0] <= 'z';
}

/* A class whose every trigger tells one happening of its subject, on its
 * day: a strike, whether it "struck", "rattled", "hit" or the workers
 * "walked off the job" (events.tsv's STRIKE), so "went on strike on
 * Monday" and "walked off the job on Sunday" date one strike. Not its
 * times of day: "struck at 2:09" and "was felt at 2:19" are two facts. */
static bool one_happening(const char *cls)
{
	/* ... and so is finding something out: "discovered the intrusion
	 * on August 14" and "uncovered the attack on August 21" date
	 * one discovery (events.tsv's DISCOVER) */
	return strcmp(cls, "STRIKE") == 0 || strcmp(cls, "DISCOVER") == 0;
}

/* An occurrence over in a moment ("an explosion tore through the plant on
 * Tuesday", "the explosion, which happened on 4 March"; cues.tsv's
 * "instant"): whatever verb tells it, it happened on one day, as a strike
 * does (one_happening), where a fire or a storm goes on (goes_on); and
 * the deaths it caused, or its striking, were that day ("the explosion
 * killed nine on Tuesday", "the quake struck on Monday").
 * Both classes are an occurrence's or its doing, the subject one such
 * noun. */
static bool occurrence_doing(const char *cls)
{
	/* not what it injured or damaged: "the crash on Saturday injured
	 * three" is as often another crash the article names so, and a
	 * count of homes damaged is no count of homes destroyed */
	static const char *const doing[] = {"OCCUR", "KILL", "STRIKE"};
	return !empty(cls) && in_list(cls, doing, CC_ARRAY_LEN(doing));
}

static bool instant_occurrence(const struct cf_words *w, const char *ea, const char *eb, const char *subject)
{
	return w && w->instant && occurrence_doing(ea) && occurrence_doing(eb) &&
	       (strcmp(ea, "OCCUR") == 0 || strcmp(eb, "OCCUR") == 0) && !empty(subject) &&
	       w->instant(subject, w->ctx);
}

/* Whether two claims state one figure: a number, a sum or a percentage
 * of the same type, unit and value on both sides. */
static bool same_figure(const struct cf_claim *a, const struct cf_claim *b)
{
	for (size_t i = 0; i < a->nslots; i++) {
		const struct cf_slot *x = &a->slots[i];
		if (strcmp(x->type, "date") == 0 || strcmp(x->type, "quote") == 0 || empty(x->value))
			continue;
		for (size_t j = 0; j < b->nslots; j++) {
			const struct cf_slot *y = &b->slots[j];
			if (strcmp(x->type, y->type) == 0 && same(x->value, y->value) && same(x->unit, y->unit))
				return true;
		}
	}
	return false;
}

/* Whether the two claims' sentences go on in the same words after one of
 * their dates: "said on Tuesday that the Wren was safe to sail" and "said
 * on Monday that the Wren was safe to sail" report the same, though the
 * lexicon knows no event in it. */
static bool same_words_after_date(const struct cf_claim *a, const struct cf_claim *b)
{
	if (!a->text || !b->text)
		return false;
	size_t la = claim_len(a), lb = claim_len(b);
	for (size_t i = 0; i < a->nslots; i++) {
		const struct cf_slot *x = &a->slots[i];
		size_t nx = x->text ? strlen(x->text) : 0;
		if (strcmp(x->type, "date") != 0 || !nx)
			continue;
		const char *pa = memmem(a->text, la, x->text, nx);
		for (size_t j = 0; pa && j < b->nslots; j++) {
			const struct cf_slot *y = &b->slots[j];
			size_t ny = y->text ? strlen(y->text) : 0;
			if (strcmp(y->type, "date") != 0 || !ny)
				continue;
			const char *pb = memmem(b->text, lb, y->text, ny);
			if (!pb)
				continue;
			size_t ra = la - (size_t)(pa - a->text) - nx, rb = lb - (size_t)(pb - b->text) - ny;
			/* a few words at least, not a bare full stop */
			if (ra == rb && ra > 12 && memcmp(pa + nx, pb + ny, ra) == 0)
				return true;
		}
	}
	return false;
}

/* The same action told on both sides: the same verb, or a change, a
 * report or a closing of the same thing in other words. A date tied to a
 * verb of saying dates the statement: two statements are
 * one only when what they report is the same (same_report) or they state
 * the same figure or the same words after the date, never on the verb
 * of saying alone ("AMD said on
 * February 29 that it will buy SeaMicro" and "AMD said on March 1 that its
 * guidance is unchanged" are two statements). */
static bool same_act(const struct cf_words *w, const struct cf_claim *a, const struct cf_claim *b);

/* Whether the start's verb is an outbreak's (events.tsv ties "erupt" and
 * "ignite" to "break out"). */
static bool outbreak(const struct cf_words *w, const struct cf_claim *c)
{
	return !empty(c->lemma) &&
	       (same(c->lemma, "break out") || (w && w->act && same(w->act(c->lemma, w->ctx), "break out")));
}

/* What broke out started: "The fire started on Sunday" and "broke out on
 * Monday" tell one start (only what happens breaks out, so the start of
 * one subject is that happening's, whichever verb tells it). */
static bool same_outbreak(const struct cf_words *w, const char *cls, const struct cf_claim *a,
			  const struct cf_claim *b)
{
	if (strcmp(cls, "START") != 0)
		return false;
	bool oa = outbreak(w, a), ob = outbreak(w, b);
	if (oa == ob)
		return false;
	const struct cf_claim *o = oa ? b : a; /* the side that is no outbreak */
	const char *act = w && w->act && !empty(o->lemma) ? w->act(o->lemma, w->ctx) : o->lemma;
	return same(act, "start") || same(act, "begin");
}

static bool same_action(const struct cf_words *w, const char *cls, const struct cf_claim *a,
			const struct cf_claim *b)
{
	if (reporting(cls))
		return same_report(cls, a, b) || same_figure(a, b) || same_words_after_date(a, b);
	return same_act(w, a, b) || same_change(cls, a, b) || same_closing(cls, a, b) ||
	       same_outbreak(w, cls, a, b);
}

/* The same verb, or two verbs of one act: "died on Thursday" and "passed
 * away on Wednesday" date one death (events.tsv's "=die" after "pass
 * away"). Only the triggers the data ties: "was found dead on Friday"
 * (DIE as well) dates a finding, not the death. */
static bool same_act(const struct cf_words *w, const struct cf_claim *a, const struct cf_claim *b)
{
	if (same(a->lemma, b->lemma))
		return true;
	if (!w || !w->act || empty(a->lemma) || empty(b->lemma))
		return false;
	return same(w->act(a->lemma, w->ctx), w->act(b->lemma, w->ctx));
}

/* "The fire broke out on Wednesday" and "a fire tore through the
 * warehouse late Tuesday": one side dates an occurrence's start, the
 * other a day it was going on (events.tsv's OCCUR, whose subject is what
 * happens). Returns the START side's index (0 for a, 1 for b), or -1. */
static bool goes_on(const char *cls)
{
	/* a fire had ("the fire was 15% contained on Wednesday", events.tsv's
	 * FIRE) is one going on, as an OCCUR is */
	return strcmp(cls, "OCCUR") == 0 || strcmp(cls, "FIRE") == 0;
}

static int occur_start(const char *ea, const char *eb)
{
	if (strcmp(ea, "START") == 0 && goes_on(eb))
		return 0;
	if (goes_on(ea) && strcmp(eb, "START") == 0)
		return 1;
	return -1;
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

/* Whether two dates of one action are fine enough to conflict. Days,
 * months and times are; two years only for what befalls a named subject
 * once ("Delvane was founded in 1998" against "... in 2001"; not a year
 * against a month, which is as often a date tied to the wrong verb), not
 * for what may happen again ("banned in 2017" and "banned in 2024" can be
 * two bans) nor for a common noun's ("nine people died in 2019" and "three
 * people died in 2021" are other people). */
static bool common_noun(const char *s);
static bool unnamed_subject(const char *subject);

static bool once_told(const struct cf_words *w, const struct cf_claim *a, const struct cf_claim *b)
{
	return w->once && !empty(a->lemma) && !empty(b->lemma) && w->once(a->lemma, w->ctx) &&
	       w->once(b->lemma, w->ctx);
}

static bool once_years(const struct cf_words *w, const struct cf_claim *a, const struct cf_claim *b,
		       const struct cf_slot *da, const struct cf_slot *db, const char *subject)
{
	return da->gran && db->gran && !strcmp(da->gran, "year") && !strcmp(db->gran, "year") &&
	       !common_noun(subject) && !unnamed_subject(subject) && once_told(w, a, b);
}

static bool fine_enough(const struct cf_words *w, const struct cf_claim *a, const struct cf_claim *b,
			const struct cf_slot *da, const struct cf_slot *db, const char *subject)
{
	return (!coarse(da) && !coarse(db)) || once_years(w, a, b, da, db, subject);
}

/* Classes that count the same thing. */
static bool compatible(const char *a, const char *b)
{
	if (empty(a) || empty(b))
		return true;
	if (strcmp(a, b) == 0)
		return true;
	static const char *const eq[][2] = {{"KILL", "DIE"}, {"LAYOFF", "EMPLOY"}, {"LAYOFF", "AFFECT"},
					    {"STRIKE", "MEASURE"}, {"ANNOUNCE", "CONFIRM"},
					    /* "The blaze destroyed 40 homes" (an occurrence's
					     * doing) and "52 homes have burned" count one loss */
					    {"DAMAGE", "OCCUR"}, {"DAMAGE", "FIRE"},
					    /* "2,000 walked out" and "2,400 remained on
					     * strike" count one strike's strikers */
					    {"STRIKE", "OCCUR"}};
	for (size_t i = 0; i < CC_ARRAY_LEN(eq); i++)
		if ((strcmp(a, eq[i][0]) == 0 && strcmp(b, eq[i][1]) == 0) ||
		    (strcmp(a, eq[i][1]) == 0 && strcmp(b, eq[i][0]) == 0))
			return true;
	return false;
}

/* Classes under which money is the price of one deal: announcing it,
 * agreeing to it, buying, selling, paying, closing. "Paid $290 million in
 * cash" and "bought it for $334 million in cash" state one price; "ended
 * the year with $2.1bn in cash" (END) states a balance, another fact. */
static bool deal_class(const char *e)
{
	static const char *const deal[] = {"ACQUIRE", "PAY", "SELL", "AGREE", "ANNOUNCE", "CLOSE"};
	for (size_t i = 0; i < CC_ARRAY_LEN(deal); i++)
		if (strcmp(e, deal[i]) == 0)
			return true;
	return false;
}

/* A sum of one measure reported and the level a change reached: "reported
 * revenue of $4.1bn" (ANNOUNCE) and "revenue fell to $3.9bn" (FALL) state
 * one revenue. A change's sum measures its noun only when reached "to". */
static bool level_reported(const char *a, const char *b)
{
	bool ca = strcmp(a, "RISE") == 0 || strcmp(a, "FALL") == 0;
	bool cb = strcmp(b, "RISE") == 0 || strcmp(b, "FALL") == 0;
	return (ca && (cb || reporting(b))) || (cb && reporting(a));
}

/* Do two space-separated lemma lists share a word? The classes after
 * the lemmas (in capitals: extract.c) count only when `classes`. */
static bool lists_meet(const char *a, const char *b, bool classes)
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
		if (!classes && *p >= 'A' && *p <= 'Z') {
			p += n;
			continue;
		}
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

static bool scopes_overlap(const char *a, const char *b)
{
	return lists_meet(a, b, false);
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

/* The days a dated event can fall on, given the date's preposition:
 * "before", "by" or "until September 29" any day up to it; "after",
 * "since" or "starting" it or any day after. The day named counts on both
 * sides: news writes "after Sept. 29, it can no longer push updates" of the
 * day things change, so a bound never excludes its own day (a conflict
 * needs days that cannot meet). Returns whether the preposition widened
 * the date. A
 * deadline's date is the deadline whatever the preposition ("must leave
 * by", "has until September 29"), and a change's date with the word that
 * says when it takes hold is the day it happens ("ceases starting July
 * 20", "closed since Monday", "closed until Monday"). A time of day keeps
 * its own span: "before midnight" is that evening, not the day before. */
static bool date_span(const struct cf_slot *d, double *lo, double *hi)
{
	*lo = d->has_lo ? d->lo : -INFINITY;
	*hi = d->has_hi ? d->hi : INFINITY;
	const char *m = d->mod ? d->mod : "";
	const char *cls = d->event ? d->event : "";
	struct tod t;
	if (!*m || strcmp(cls, "DEADLINE") == 0 || time_of(d, &t))
		return false;
	bool change = timing(cls);
	if (strcmp(m, "before") == 0 || strcmp(m, "by") == 0 || (!change && strcmp(m, "until") == 0)) {
		*lo = -INFINITY;
	} else if (strcmp(m, "after") == 0 ||
		   (!change && (strcmp(m, "since") == 0 || strcmp(m, "starting") == 0))) {
		*hi = INFINITY;
	} else {
		return false;
	}
	return true;
}

/* Whether two dated events can fall on one day (date_span); `widened`:
 * whether a preposition widened either date. */
static bool spans_can_meet(const struct cf_slot *x, const struct cf_slot *y, bool *widened)
{
	double xlo, xhi, ylo, yhi;
	bool wx = date_span(x, &xlo, &xhi), wy = date_span(y, &ylo, &yhi);
	if (widened)
		*widened = wx || wy;
	return xlo <= yhi && ylo <= xhi;
}

/* A date as an agreement gives it: its value, after the preposition that
 * widened it ("by 2024-09-29"). */
static void when_words(const struct cf_slot *d, char *out, size_t outsz)
{
	double lo, hi;
	if (date_span(d, &lo, &hi))
		snprintf(out, outsz, "%s %s", d->mod, d->value);
	else
		snprintf(out, outsz, "%s", d->value);
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

static bool vague_figure(const struct cf_slot *q);

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

/* ---- explanations in words ----
 * Each explanation is one sentence a reporter could write: "a.txt says
 * Kaspersky ceases starting 2024-07-20 ("July 20"); b.txt says Kaspersky
 * announced it on 2024-07-20 ("July 20, 2024"): one date for two events,
 * the change and its announcement". The action is the claim's own trigger
 * (its lexicon form) made the subject's verb: in the present for what
 * happens, in the past for what was said; a trigger that is a noun
 * ("resale", "deadline") gives way to its class as a verb. Dates are ISO
 * with the article's words; figures are words ("17 to 20 years", "more than
 * 10 years", "fewer than 50 workers", "$290 million"). */

/* Verbs whose past or participle is not -ed (the lexicon's triggers and
 * the words that inflect them). */
static const struct irregular {
	const char *base, *past, *part;
} irregulars[] = {
	{"say", "said", "said"},	    {"tell", "told", "told"},
	{"sell", "sold", "sold"},	    {"buy", "bought", "bought"},
	{"pay", "paid", "paid"},	    {"strike", "struck", "struck"},
	{"fall", "fell", "fallen"},	    {"rise", "rose", "risen"},
	{"grow", "grew", "grown"},	    {"win", "won", "won"},
	{"lose", "lost", "lost"},	    {"leave", "left", "left"},
	{"begin", "began", "begun"},	    {"withdraw", "withdrew", "withdrawn"},
	{"wind", "wound", "wound"},	    {"lay", "laid", "laid"},
	{"take", "took", "taken"},	    {"come", "came", "come"},
	{"go", "went", "gone"},		    {"break", "broke", "broken"},
	{"bring", "brought", "brought"},    {"shut", "shut", "shut"},
	{"cut", "cut", "cut"},		    {"quit", "quit", "quit"},
	{"hit", "hit", "hit"},		    {"beat", "beat", "beaten"},
	{"fight", "fought", "fought"},	    {"hurt", "hurt", "hurt"},
	{"set", "set", "set"},		    {"put", "put", "put"},
	{"shake", "shook", "shaken"},	    {"keep", "kept", "kept"},
	{"hold", "held", "held"},	    {"make", "made", "made"},
	{"give", "gave", "given"},	    {"send", "sent", "sent"},
	{"spend", "spent", "spent"},	    {"run", "ran", "run"},
	{"forbid", "forbade", "forbidden"}, {"seek", "sought", "sought"},
	{"be", "was", "been"},		    {"have", "had", "had"},
	{"do", "did", "done"},
};

enum vform { V_BASE, V_PRES, V_PAST, V_PART, V_ING };

/* Appends the strings up to a NULL (cheaper than a printf: an explanation
 * is made for every pair judged). */
static void cat(struct buf *b, ...)
{
	va_list ap;
	va_start(ap, b);
	for (const char *s = va_arg(ap, const char *); s; s = va_arg(ap, const char *))
		buf_adds(b, s);
	va_end(ap);
}

static bool vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static bool ends(const char *w, size_t n, const char *suf)
{
	size_t k = strlen(suf);
	return n >= k && memcmp(w + n - k, suf, k) == 0;
}

/* A word that takes -es: "pass", "push", "reach", "tax", "buzz". */
static bool hissing(const char *w, size_t n)
{
	return n > 1 && (strchr("sxz", w[n - 1]) || (w[n - 1] == 'h' && (w[n - 2] == 's' || w[n - 2] == 'c')));
}

/* A one-syllable verb ending consonant-vowel-consonant doubles its last
 * letter before -ed and -ing ("stop", "ban", "bar"). */
static bool doubles(const char *w, size_t n)
{
	if (n < 3 || n > 4 || vowel(w[n - 1]) || strchr("wxy", w[n - 1]) || !vowel(w[n - 2]) ||
	    vowel(w[n - 3]))
		return false;
	for (size_t i = 0; i + 2 < n; i++)
		if (vowel(w[i]))
			return false; /* two syllables ("open") */
	return true;
}

/* The base form of one word, into out (a past in -ed taken back: "declared"
 * -> "declare", "stepped" -> "step", "pulled" -> "pull"). */
static void word_base(const char *w, size_t n, struct buf *out)
{
	for (size_t i = 0; i < CC_ARRAY_LEN(irregulars); i++) {
		const struct irregular *v = &irregulars[i];
		if ((strlen(v->past) == n && memcmp(v->past, w, n) == 0) ||
		    (strlen(v->part) == n && memcmp(v->part, w, n) == 0)) {
			buf_adds(out, v->base);
			return;
		}
	}
	if (n > 4 && ends(w, n, "ed") && !ends(w, n, "eed")) {
		size_t k = n - 2;
		if (ends(w, n, "ied")) {
			buf_add(out, w, n - 3);
			buf_addc(out, 'y');
			return;
		}
		if (w[k - 1] == w[k - 2] && !strchr("lsz", w[k - 1])) {
			buf_add(out, w, k - 1); /* "stepped" */
			return;
		}
		buf_add(out, w, k);
		/* the e an -ed swallowed: "declar(e)d", "ceas(e)d", "updat(e)d" */
		char c = w[k - 1], p = w[k - 2];
		if (c == 'c' || c == 'v' || c == 'z' || c == 'u' || (c == 'g' && !vowel(p) && p != 'n') ||
		    (c == 's' && vowel(p)) || (c == 'r' && p == 'a') || (c == 't' && p == 'a' && !vowel(w[k - 3])))
			buf_addc(out, 'e');
		return;
	}
	buf_add(out, w, n);
}

/* A word that is a verb's past or participle and not its base ("left",
 * "closed"; not "cut", "shut"): no act to put after "starts". */
static bool past_word(const char *w)
{
	size_t n = strlen(w);
	if (n > 3 && ends(w, n, "ed"))
		return true;
	for (size_t i = 0; i < CC_ARRAY_LEN(irregulars); i++)
		if ((strcmp(irregulars[i].past, w) == 0 || strcmp(irregulars[i].part, w) == 0) &&
		    strcmp(irregulars[i].base, w) != 0)
			return true;
	return false;
}

/* One verb (base form, NUL-terminated) in the form asked for. */
static void word_form(const char *w, enum vform f, struct buf *out)
{
	size_t n = strlen(w);
	const struct irregular *irr = NULL;
	for (size_t i = 0; i < CC_ARRAY_LEN(irregulars) && !irr; i++)
		if (strcmp(irregulars[i].base, w) == 0)
			irr = &irregulars[i];
	switch (f) {
	case V_BASE:
		buf_add(out, w, n);
		return;
	case V_PRES:
		if (strcmp(w, "be") == 0)
			buf_adds(out, "is");
		else if (strcmp(w, "have") == 0)
			buf_adds(out, "has");
		else if (n > 1 && w[n - 1] == 'y' && !vowel(w[n - 2])) {
			buf_add(out, w, n - 1);
			buf_adds(out, "ies");
		} else {
			buf_add(out, w, n);
			buf_adds(out, hissing(w, n) || ends(w, n, "o") ? "es" : "s");
		}
		return;
	case V_PAST:
	case V_PART:
		if (irr) {
			buf_adds(out, f == V_PAST ? irr->past : irr->part);
		} else if (n && w[n - 1] == 'e') {
			buf_add(out, w, n);
			buf_addc(out, 'd');
		} else if (n > 1 && w[n - 1] == 'y' && !vowel(w[n - 2])) {
			buf_add(out, w, n - 1);
			buf_adds(out, "ied");
		} else {
			buf_add(out, w, n);
			if (doubles(w, n))
				buf_addc(out, w[n - 1]);
			buf_adds(out, "ed");
		}
		return;
	case V_ING:
		if (ends(w, n, "ie")) {
			buf_add(out, w, n - 2);
			buf_adds(out, "ying");
		} else if (n > 2 && w[n - 1] == 'e' && w[n - 2] != 'e') {
			buf_add(out, w, n - 1);
			buf_adds(out, "ing");
		} else {
			buf_add(out, w, n);
			if (doubles(w, n))
				buf_addc(out, w[n - 1]);
			buf_adds(out, "ing");
		}
		return;
	}
}

/* The words that follow a verb in a phrasal verb or an idiom ("wind
 * down", "take effect", "come into full effect", "take place", "face a
 * deadline"): the verb inflects, they stay. */
static bool particle(const char *w, size_t n)
{
	static const char *const v[] = {"up",	  "down", "out", "off",	  "over", "away", "in", "back",
					"effect", "full", "into", "on", "place", "a", "an", "the"};
	for (size_t i = 0; i < CC_ARRAY_LEN(v); i++)
		if (strlen(v[i]) == n && memcmp(v[i], w, n) == 0)
			return true;
	return false;
}

/* A trigger that names a thing, not an act ("resale", "deadline",
 * "acquisition"): it is no verb of its subject. */
static bool noun_trigger(const char *l)
{
	static const char *const v[] = {"deadline", "lawsuit", "death", "dead", "injury", "layoff",
					"takeover", "merger", "sale", "resale", "deal", "earthquake",
					"quake", "bout", "staff", "closure", "departure", "update", "fire",
					"blaze"};
	static const char *const suf[] = {"tion", "sion", "ment", "ing", "ity", "ance", "ence", "ness"};
	size_t n = strlen(l);
	if (strchr(l, ' '))
		return false;
	for (size_t i = 0; i < CC_ARRAY_LEN(v); i++)
		if (strcmp(l, v[i]) == 0)
			return true;
	for (size_t i = 0; i < CC_ARRAY_LEN(suf); i++)
		if (ends(l, n, suf[i]))
			return true;
	return false;
}

/* A lexicon form ("cease", "broke out", "declare under control") in the
 * form asked for: the first word inflects; words after it that are no
 * particle make it a verb said of its subject ("the fire is declared under
 * control"), so then *passive is set and the participle written. */
static void verb_phrase(const char *l, enum vform f, struct buf *out, bool *passive)
{
	size_t n = strcspn(l, " ");
	const char *rest = l + n;
	const char *r2 = *rest ? rest + 1 : rest;
	size_t k = strcspn(r2, " ");
	*passive = *r2 && !particle(r2, k) && !ends(r2, k, "ing"); /* "start winding down" */
	struct buf base;
	buf_init(&base);
	word_base(l, n, &base);
	word_form(base.data, *passive ? V_PART : f, out);
	buf_free(&base);
	buf_adds(out, rest);
}

/* A class as a verb (base form): "START" -> "start". */
static const char *class_verb(const char *cls)
{
	static const struct {
		const char *cls, *verb;
	} v[] = {
		{"DEADLINE", "face a deadline"}, {"LAYOFF", "lay off"}, {"FIRE", "have a fire"},
		{"FOUND", "found"},		  {"MEASURE", "measure"},
	};
	for (size_t i = 0; i < CC_ARRAY_LEN(v); i++)
		if (strcmp(cls, v[i].cls) == 0)
			return v[i].verb;
	return NULL;
}

/* The possessive after a subject: "Norvane Systems' revenue", "Harlow's
 * revenue". */
static const char *possessive_end(const char *subject)
{
	size_t n = subject ? strlen(subject) : 0;
	return n && subject[n - 1] == 's' ? "' " : "'s ";
}

/* A subject as words: a common noun takes "the" ("the fire"). */
static void subject_words(const char *s, struct buf *out)
{
	if (common_noun(s) && strncmp(s, "the ", 4) != 0)
		buf_adds(out, "the ");
	buf_adds(out, s);
}

/* What a claim's subject does, in words: "ceases", "must cease" (a
 * deadline), "announced it" (a report: past), "was founded", "is declared
 * under control", "starts" (a noun trigger under START); with `neg`, its
 * negation ("does not cease", "did not say it", "is not declared ...").
 * Appends to out; returns the auxiliary it opens with ("is", "was",
 * "must") or NULL. */
static const char *action_words(const char *lemma, const char *cls, const char *subject, bool neg,
				struct buf *out)
{
	cls = cls ? cls : "";
	const char *l = lemma && *lemma ? lemma : NULL;
	/* "the fire fires", "the deal deals": the trigger is the subject */
	if (l && subject) {
		const char *last = strrchr(subject, ' ');
		last = last ? last + 1 : subject;
		if (ascii_ieq(l, last))
			l = "take place";
	}
	/* "the fire destroyed the warehouse on Tuesday", "a fire tore
	 * through it": without their objects, that the fire took place */
	if (strcmp(cls, "OCCUR") == 0)
		l = "take place";
	if (l && noun_trigger(l))
		l = NULL;
	/* a trigger written with its auxiliary ("was set up", "been set up"):
	 * the verb without it, which the words below inflect */
	static const char *const auxes[] = {"was ", "were ", "been "};
	for (size_t i = 0; l && i < CC_ARRAY_LEN(auxes); i++)
		if (strncmp(l, auxes[i], strlen(auxes[i])) == 0 && l[strlen(auxes[i])])
			l += strlen(auxes[i]);
	char lower[48];
	if (!l) {
		l = class_verb(cls);
		if (!l) {
			size_t i = 0;
			for (; cls[i] && i + 1 < sizeof lower; i++)
				lower[i] = (char)(cls[i] >= 'A' && cls[i] <= 'Z' ? cls[i] + 32 : cls[i]);
			lower[i] = '\0';
			l = i ? lower : "happen";
		}
	}
	bool report = reporting(cls), passive;
	const char *aux = NULL;
	struct buf v;
	buf_init(&v);
	if (strcmp(cls, "FOUND") == 0) {
		aux = "was"; /* founding is said of what was founded */
		verb_phrase(l, V_PART, &v, &passive);
	} else if (strcmp(cls, "DEADLINE") == 0 && strcmp(l, "face a deadline") != 0 &&
		   strncmp(l, "expire", 6) != 0) {
		aux = "must";
		verb_phrase(l, V_BASE, &v, &passive);
		if (passive) { /* "must be declared ..." */
			char *t = buf_steal(&v);
			cat(&v, "be ", t, NULL);
			free(t);
		}
	} else {
		verb_phrase(l, report ? V_PAST : V_PRES, &v, &passive);
		if (passive) {
			aux = report ? "was" : "is";
		} else if (neg) {
			aux = report ? "did" : "does";
			buf_clear(&v);
			verb_phrase(l, V_BASE, &v, &passive);
		}
	}
	if (aux)
		cat(out, aux, neg ? " not " : " ", NULL);
	buf_adds(out, v.data);
	buf_free(&v);
	if (report)
		buf_adds(out, " it");
	return aux;
}

/* A date slot with its preposition: "on 2024-07-20 ("July 20")",
 * "starting 2024-07-20 (...)", "in 2025-Q2 (...)", "at 2:09 a.m. PST on
 * 2025-03-03 (...)". `prep` overrides the slot's own word when given. */
static void date_phrase(const struct cf_slot *s, const char *prep, struct buf *out)
{
	static const char *const words[] = {"starting", "since", "after", "before", "by", "until"};
	struct tod t;
	bool tm = time_of(s, &t);
	const char *p = prep;
	if (!p && s->mod && in_list(s->mod, words, CC_ARRAY_LEN(words)))
		p = s->mod;
	if (!p)
		p = tm ? "at" : is_day(s) ? "on" : "in";
	buf_adds(out, p);
	buf_addc(out, ' ');
	if (tm) {
		char w[48], d[16];
		time_words(s, w, sizeof w);
		buf_adds(out, w);
		buf_adds(out, " on ");
		buf_adds(out, day_words(s, d));
	} else {
		buf_adds(out, s->value);
	}
	if (s->text && *s->text && strcmp(s->text, s->value) != 0)
		cat(out, " (\"", s->text, "\")", NULL);
}

/* A number as words: "11,406", "4.5", "290 million", "3.2 billion". */
static void number_words(double x, struct buf *out)
{
	if (x < 0) {
		buf_addc(out, '-');
		x = -x;
	}
	static const struct {
		double f;
		const char *name;
	} big[] = {{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}};
	const char *name = NULL;
	for (size_t i = 0; i < CC_ARRAY_LEN(big) && !name; i++)
		if (x >= big[i].f) {
			x /= big[i].f;
			name = big[i].name;
		}
	if (!isfinite(x) || x >= 1e15) {
		buf_printf(out, "%g", x);
		return;
	}
	char t[64];
	snprintf(t, sizeof t, "%.3f", x);
	char *dot = strchr(t, '.');
	char *e = t + strlen(t);
	while (e > dot + 1 && e[-1] == '0')
		e--;
	if (e == dot + 1)
		e = dot;
	*e = '\0';
	/* thousands separators in the whole part */
	size_t whole = (size_t)((dot && dot < e ? dot : e) - t);
	for (size_t i = 0; t[i]; i++) {
		if (i && i < whole && (whole - i) % 3 == 0)
			buf_addc(out, ',');
		buf_addc(out, t[i]);
	}
	if (name) {
		buf_addc(out, ' ');
		buf_adds(out, name);
	}
}

/* A counted noun after a figure: plural unless the figure is one. */
static void unit_words(const char *u, bool one, struct buf *out)
{
	static const char *const same[][2] = {{"person", "people"}, {"child", "children"},
					      {"man", "men"},	       {"woman", "women"},
					      {"staff", "staff"},      {"police", "police"}};
	size_t n = strlen(u);
	/* a symbol has no plural: "12 km", "90 mph", "16 GB", "90 km/h", "9
	 * mi" (a symbol has no vowel, or a capital or a rate in it) */
	bool symbol = strcmp(u, "mi") == 0 || strpbrk(u, "/ABCDEFGHIJKLMNOPQRSTUVWXYZ") ||
		      !strpbrk(u, "aeiouy");
	if (one || symbol) {
		buf_adds(out, u);
		return;
	}
	for (size_t i = 0; i < CC_ARRAY_LEN(same); i++)
		if (strcmp(u, same[i][0]) == 0) {
			buf_adds(out, same[i][1]);
			return;
		}
	if (n > 1 && u[n - 1] == 'y' && !vowel(u[n - 2])) {
		buf_add(out, u, n - 1);
		buf_adds(out, "ies");
	} else {
		buf_adds(out, u);
		if (!(n && u[n - 1] == 's'))
			buf_adds(out, hissing(u, n) ? "es" : "s");
	}
}

/* A figure with its unit: "5 deaths", "$290 million", "4.5%". */
static void figure_words(const struct cf_slot *s, const char *unit, double x, struct buf *out)
{
	static const struct {
		const char *code, *sign;
	} money[] = {{"USD", "$"}, {"EUR", "€"}, {"GBP", "£"}, {"JPY", "¥"}};
	static const char *const before[] = {"age", "magnitude"};
	const char *u = unit && *unit ? unit : NULL;
	if (strcmp(s->type, "money") == 0 && u) {
		for (size_t i = 0; i < CC_ARRAY_LEN(money); i++)
			if (strcmp(u, money[i].code) == 0) {
				buf_adds(out, money[i].sign);
				number_words(x, out);
				return;
			}
		number_words(x, out);
		buf_addc(out, ' ');
		buf_adds(out, u);
		return;
	}
	if (strcmp(s->type, "percent") == 0) {
		number_words(x, out);
		buf_addc(out, '%');
		return;
	}
	if (u && in_list(u, before, CC_ARRAY_LEN(before))) {
		buf_adds(out, u);
		buf_addc(out, ' ');
		number_words(x, out);
		return;
	}
	number_words(x, out);
	if (u) {
		buf_addc(out, ' ');
		unit_words(u, x == 1, out);
	}
}

/* Does the text hold one of the words (case-insensitive)? */
static bool says_any(const char *text, const char *const *v, size_t n)
{
	for (const char *p = text; p && *p; p++)
		for (size_t i = 0; i < n; i++)
			if (ascii_iprefix(p, strlen(p), v[i]) && (p == text || p[-1] == ' '))
				return true;
	return false;
}

/* A slot's figure in words, with the comparator in the article's kind of
 * words: "17 to 20 years", "about 60 workers", "more than 10 years", "at
 * least 10 years", "fewer than 50 workers", "up to 50 workers". */
static void value_words(const struct cf_slot *s, const char *unit, struct buf *out)
{
	static const char *const least[] = {"at least", "or more", "no fewer", "no less", "minimum"};
	static const char *const most[] = {"at most", "or fewer", "or less", "no more", "maximum"};
	/* "as many as 200 jobs" is a ceiling said as a large figure: up to */
	static const char *const upto[] = {"up to", "as many as", "as much as"};
	double p;
	/* a vague word says its bounds, no point: "Several" is 3 to 9,
	 * "Dozens" 24 to 199 (it read "about 6", "about 111.5") */
	if (s->has_lo && s->has_hi && s->lo != s->hi && s->mod && strcmp(s->mod, "approx") == 0 &&
	    !vague_figure(s) && point_of(s, &p)) {
		buf_adds(out, "about ");
		figure_words(s, unit, p, out);
	} else if (s->has_lo && s->has_hi && s->lo == s->hi) {
		figure_words(s, unit, s->lo, out);
	} else if (s->has_lo && s->has_hi) {
		/* "17 to 20 years", "$2 million to $3 million" */
		if (strcmp(s->type, "money") == 0)
			figure_words(s, unit, s->lo, out);
		else
			number_words(s->lo, out);
		buf_adds(out, " to ");
		figure_words(s, unit, s->hi, out);
	} else if (s->has_lo) {
		bool more = s->mod && strcmp(s->mod, "more") == 0 &&
			    !says_any(s->text, least, CC_ARRAY_LEN(least));
		buf_adds(out, more ? "more than " : "at least ");
		figure_words(s, unit, s->lo, out);
	} else if (s->has_hi) {
		bool less = s->mod && strcmp(s->mod, "less") == 0 &&
			    !says_any(s->text, most, CC_ARRAY_LEN(most)) &&
			    !says_any(s->text, upto, CC_ARRAY_LEN(upto));
		bool count = strcmp(s->type, "number") == 0 && unit && *unit;
		buf_adds(out, less ? (count ? "fewer than " : "less than ")
				   : says_any(s->text, upto, CC_ARRAY_LEN(upto)) ? "up to " : "at most ");
		figure_words(s, unit, s->hi, out);
	} else {
		buf_adds(out, "an unknown figure");
	}
}

/* "\"nearly two decades\" (17 to 20 years)", or just the quoted text when
 * the words say the same ("\"4.5%\""). */
static void quoted_value(const struct cf_slot *s, const char *unit, struct buf *out)
{
	struct buf v;
	buf_init(&v);
	value_words(s, unit, &v);
	cat(out, "\"", s->text ? s->text : "", "\"", NULL);
	if (!s->text || !ascii_ieq(s->text, v.data))
		cat(out, " (", v.data, ")", NULL);
	buf_free(&v);
}

/* The actions a date-scope explanation names: those that end or stop,
 * said by the verb; the others are what ends or stops. */
static bool stop_word(const char *w, size_t n)
{
	static const char *const v[] = {"stop",	 "halt",  "prevent", "restrict", "ban",	 "block",
					"suspend", "prohibit", "bar", "forbid", "cease", "end",
					"deadline", "leave", "exit", "close", "shut", "shut down",
					"wind down", "withdraw", "pull out", "discontinue", "terminate",
					"restriction"};
	for (size_t i = 0; i < CC_ARRAY_LEN(v); i++)
		if (strlen(v[i]) == n && memcmp(v[i], w, n) == 0)
			return true;
	return false;
}

/* The next action of a scope list ("update resale wind down"), into
 * [*w, *w + *n): a particle joins the word before it ("wind down"). */
static bool scope_next(const char **p, const char **w, size_t *n)
{
	/* the classes after the lemmas are no actions to name */
	while (**p == ' ' || (**p >= 'A' && **p <= 'Z')) {
		if (**p == ' ')
			(*p)++;
		else
			*p += strcspn(*p, " ");
	}
	if (!**p)
		return false;
	*w = *p;
	*p += strcspn(*p, " ");
	for (;;) {
		const char *q = *p;
		while (*q == ' ')
			q++;
		size_t k = strcspn(q, " ");
		if (!k || !particle(q, k))
			break;
		*p = q + k;
	}
	*n = (size_t)(*p - *w);
	return true;
}

/* "a", "a and b", "a, b and c" of the scope's actions that are not stop
 * words (each once), as things that stop: "updating", "resales" (*plural
 * then: a noun is counted in the plural). Returns how many. */
static size_t scope_items(const char *scope, struct buf *out, bool *plural)
{
	struct {
		const char *w;
		size_t n;
	} v[16];
	size_t k = 0, n;
	const char *p = scope ? scope : "", *w;
	while (k < CC_ARRAY_LEN(v) && scope_next(&p, &w, &n)) {
		bool seen = stop_word(w, n) || n >= 48;
		for (size_t i = 0; i < k && !seen; i++)
			seen = v[i].n == n && memcmp(v[i].w, w, n) == 0;
		if (!seen)
			v[k].w = w, v[k++].n = n;
	}
	*plural = false;
	for (size_t i = 0; i < k; i++) {
		if (i)
			buf_adds(out, i + 1 == k ? " and " : ", ");
		char word[48];
		snprintf(word, sizeof word, "%.*s", (int)v[i].n, v[i].w);
		if (noun_trigger(word)) {
			unit_words(word, false, out);
			*plural = true;
			continue;
		}
		size_t verb = strcspn(word, " ");
		word[verb] = '\0';
		struct buf b;
		buf_init(&b);
		word_base(word, verb, &b);
		word_form(b.data, V_ING, out);
		buf_free(&b);
		buf_add(out, v[i].w + verb, v[i].n - verb); /* its particle: "winding down" */
	}
	return k;
}

/* Whether a subject is the placeholder subj() gives a claim that names
 * none: the words then say "it" or name the event, never "the subject". */
static bool unnamed_subject(const char *subject)
{
	return strcmp(subject, "the subject") == 0;
}

/* Where a pair's results go, and the data the rules read. */
struct sink {
	struct cf_result *out;
	size_t n, max;
	const struct cf_words *w; /* never NULL (conflict_judge) */
};

/* What an event class is called as a noun ("the death"; classes.tsv), or
 * NULL. */
static const char *event_noun(const struct sink *k, const char *cls)
{
	return k->w->event_noun && cls ? k->w->event_noun(cls, k->w->ctx) : NULL;
}

/* A date with the article's words: "2024-06-06 (\"June 6\")". */
static void date_value(const struct cf_slot *s, struct buf *out)
{
	buf_adds(out, s->value);
	if (s->text && *s->text && strcmp(s->text, s->value) != 0)
		cat(out, " (\"", s->text, "\")", NULL);
}

/* "Kaspersky ceases starting 2024-07-20 (\"July 20\")": a claim's subject,
 * action and date. */
static const char *claim_on(const struct cf_claim *c, const char *subject, const struct cf_slot *d,
			    struct buf *out)
{
	const char *aux, *prep = NULL;
	if (unnamed_subject(subject)) /* no source names it */
		buf_adds(out, "it");
	else
		subject_words(subject, out);
	buf_addc(out, ' ');
	/* "will cease its operations starting July 20": the trigger is the
	 * date's own "starting"; the action is the clause's, and when it has
	 * none, "begins starting" says no more than "begins on". "Starts
	 * winding down July 20": what starts is the clause's action. */
	char act[64];
	const char *lemma = c->lemma, *p = c->scope ? c->scope : "", *w;
	size_t n;
	if (lemma && (strcmp(lemma, "start") == 0 || strcmp(lemma, "begin") == 0)) {
		bool starting = d->mod && strcmp(d->mod, "starting") == 0, act_found = false;
		/* the clause's first act that is a verb ("the fire starts", not
		 * "starts firing") */
		while (!act_found && scope_next(&p, &w, &n)) {
			snprintf(act, sizeof act, "%.*s", (int)n, w);
			/* a past is another verb's clause, and so is what follows
			 * it ("the fire started before midnight, a disaster that
			 * has left five dead and shut the harbour": no "starts
			 * lefting", nor "starts shutting") */
			if (past_word(act))
				break;
			act_found = n < 32 && !noun_trigger(act) && !ascii_ieq(act, subject);
		}
		if (act_found) {
			struct buf g;
			buf_init(&g);
			if (!starting) {
				buf_adds(&g, lemma);
				buf_addc(&g, ' ');
			}
			size_t v = strcspn(w, " ");
			if (starting) {
				buf_add(&g, w, n);
			} else {
				char base[32];
				snprintf(base, sizeof base, "%.*s", (int)v, w);
				word_form(base, V_ING, &g);
				buf_add(&g, w + v, n - v);
			}
			snprintf(act, sizeof act, "%s", g.data);
			buf_free(&g);
			lemma = act;
		} else if (starting) {
			prep = "on";
		}
	}
	aux = action_words(lemma, d->event, subject, false, out);
	buf_addc(out, ' ');
	/* a deadline's action is done by its date */
	if (aux && strcmp(aux, "must") == 0)
		prep = "by";
	date_phrase(d, prep, out);
	return prep;
}

/* event-date: "a.txt says the deal closes in 2025-Q2 (...), b.txt in
 * 2025-Q3 (...): the same event on different dates". */
static char *explain_event_date(const struct sink *k, const struct cf_claim *a,
				const struct cf_claim *b, const struct cf_slot *da,
				const struct cf_slot *db, const char *subject, bool times)
{
	struct buf o;
	buf_init(&o);
	const char *noun = unnamed_subject(subject) && !times ? event_noun(k, da->event) : NULL;
	const char *prep = NULL;
	if (noun) { /* "differ on when the death happened: a.txt says on ..." */
		cat(&o, a->source, " and ", b->source, " differ on when the ", noun, " happened: ", a->source,
		    " says ", NULL);
		date_phrase(da, NULL, &o);
	} else {
		cat(&o, a->source, " says ", NULL);
		prep = claim_on(a, subject, da, &o);
	}
	cat(&o, ", ", b->source, " ", NULL);
	date_phrase(db, prep, &o);
	buf_adds(&o, times ? ": the same event at different times" : ": the same event on different dates");
	return buf_steal(&o);
}

/* Whether a claim counts deaths (a number whose unit is "death": "nine
 * people died", "killing 11"). */
static bool counts_deaths(const struct cf_claim *c)
{
	for (size_t i = 0; i < c->nslots; i++)
		if (strcmp(c->slots[i].type, "number") == 0 && same(c->slots[i].unit, "death"))
			return true;
	return false;
}

/* A killing and a dying of one toll: "Nine people died in the blast on
 * Tuesday" and "Eleven people were killed in the blast on 4 March" count
 * the deaths of one happening, told by two verbs of two classes (KILL,
 * DIE), so their days must agree. Only when both count deaths: "the
 * gunman killed a guard" and "the suspect died" are two happenings. */
static bool one_toll(const char *ea, const char *eb, const struct cf_claim *a, const struct cf_claim *b)
{
	bool ka = strcmp(ea, "KILL") == 0, kb = strcmp(eb, "KILL") == 0;
	bool da = strcmp(ea, "DIE") == 0, db = strcmp(eb, "DIE") == 0;
	return ((ka && db) || (da && kb)) && counts_deaths(a) && counts_deaths(b);
}

/* An announcement and a confirmation of one thing by one subject: "the
 * club announced on Tuesday the signing of Ferrante" and "Ferrante has
 * joined the club, the club confirmed on Monday" date one statement, when
 * what each reports meets (same_report). A confirmation by another
 * subject, or of something else, is another statement. */
static bool one_report(const char *ea, const char *eb, const struct cf_claim *a, const struct cf_claim *b)
{
	bool aa = strcmp(ea, "ANNOUNCE") == 0, ab = strcmp(eb, "ANNOUNCE") == 0;
	bool ca = strcmp(ea, "CONFIRM") == 0, cb = strcmp(eb, "CONFIRM") == 0;
	return ((aa && cb) || (ca && ab)) && same_report(ea, a, b);
}

/* event-date of one toll (one_toll): "a.txt and b.txt differ on the day of
 * the deaths they count: a.txt says on 2026-03-03 ("Tuesday"), b.txt on
 * 2026-03-04 ("4 March")". */
static char *explain_toll_date(const struct cf_claim *a, const struct cf_claim *b,
			       const struct cf_slot *da, const struct cf_slot *db)
{
	struct buf o;
	buf_init(&o);
	cat(&o, a->source, " and ", b->source, " differ on the day of the deaths they count: ", a->source,
	    " says ", NULL);
	date_phrase(da, NULL, &o);
	cat(&o, ", ", b->source, " ", NULL);
	date_phrase(db, NULL, &o);
	return buf_steal(&o);
}

/* event-date of one report (one_report), told with two verbs: "a.txt
 * says X announced it on 2025-07-01 ("Tuesday"), b.txt that X confirmed it
 * on 2025-06-30 ("Monday"): one statement on different dates". */
static char *explain_report_date(const struct cf_claim *a, const struct cf_claim *b, const struct cf_slot *da,
				 const struct cf_slot *db, const char *subject)
{
	struct buf o;
	buf_init(&o);
	cat(&o, a->source, " says ", NULL);
	claim_on(a, subject, da, &o);
	cat(&o, ", ", b->source, " that ", NULL);
	claim_on(b, subject, db, &o);
	buf_adds(&o, ": one statement on different dates");
	return buf_steal(&o);
}

/* "a.txt and b.txt differ on the day of the explosion: a.txt says on
 * 2026-03-03 ("Tuesday"), b.txt on 2026-03-04 ("4 March"): it happened on
 * one day" (instant_occurrence) */
static char *explain_instant_date(const struct cf_claim *a, const struct cf_claim *b,
				  const struct cf_slot *da, const struct cf_slot *db, const char *subject)
{
	struct buf o;
	buf_init(&o);
	cat(&o, a->source, " and ", b->source, " differ on the day of the ", subject, ": ", a->source, " says ",
	    NULL);
	date_phrase(da, NULL, &o);
	cat(&o, ", ", b->source, " ", NULL);
	date_phrase(db, NULL, &o);
	buf_adds(&o, ": it happened on one day");
	return buf_steal(&o);
}

/* "a.txt says X on DATE (...)SEP b.txt says Y on DATE (...)": each side's
 * claim with its date (claim_on), as a two-sided explanation opens. */
static void both_say(const struct cf_claim *a, const char *sa, const struct cf_slot *da, const char *sep,
		     const struct cf_claim *b, const char *sb, const struct cf_slot *db, struct buf *out)
{
	cat(out, a->source, " says ", NULL);
	claim_on(a, sa, da, out);
	cat(out, sep, b->source, " says ", NULL);
	claim_on(b, sb, db, out);
}

/* event-date of an occurrence: "a.txt says the fire takes place on
 * 2024-10-08 (...), b.txt says the fire breaks out on 2024-10-09 (...): it
 * cannot have taken place before it began". `o` dates the occurrence, `st` its start. */
static char *explain_occur_start(const struct cf_claim *o, const struct cf_claim *st,
				 const struct cf_slot *dof, const struct cf_slot *dst, const char *subject)
{
	struct buf b;
	buf_init(&b);
	both_say(o, subject, dof, ", ", st, subject, dst, &b);
	buf_adds(&b, ": it cannot have taken place before it began");
	return buf_steal(&b);
}

/* "a.txt (5:09 a.m. ET) and b.txt (2:09 a.m. PT) agree on when the quake
 * strikes" ("when it strikes" when neither names the subject) */
static char *explain_when_agree(const struct cf_claim *a, const struct cf_claim *b, const char *wa,
				const char *wb, const char *subject, const char *cls)
{
	struct buf o;
	buf_init(&o);
	cat(&o, a->source, " (", wa, ") and ", b->source, " (", wb, ") agree on when ", NULL);
	if (unnamed_subject(subject)) /* neither names it */
		buf_adds(&o, "it");
	else
		subject_words(subject, &o);
	buf_addc(&o, ' ');
	action_words(a->lemma, cls, subject, false, &o);
	return buf_steal(&o);
}

/* "a.txt (by 2024-09-29) and b.txt (2024-09-20) agree on when ...": two
 * dates as an agreement gives them (when_words). */
static char *explain_dates_agree(const struct cf_claim *a, const struct cf_claim *b,
				 const struct cf_slot *da, const struct cf_slot *db, const char *subject,
				 const char *cls)
{
	char wa[64], wb[64];
	when_words(da, wa, sizeof wa);
	when_words(db, wb, sizeof wb);
	return explain_when_agree(a, b, wa, wb, subject, cls);
}

static const char *report_noun(const char *cls)
{
	return strcmp(cls, "CONFIRM") == 0 ? "confirmation" : strcmp(cls, "DENY") == 0 ? "denial"
										   : "announcement";
}

/* date-event: "a.txt says Kaspersky ceases starting 2024-07-20 (...); b.txt
 * says Kaspersky announced it on 2024-07-20 (...): one date for two events,
 * the change and its announcement". */
static char *explain_date_event(const struct cf_claim *a, const struct cf_claim *b,
				const struct cf_slot *da, const struct cf_slot *db, const char *sa,
				const char *sb)
{
	struct buf o;
	buf_init(&o);
	both_say(a, sa, da, "; ", b, sb, db, &o);
	cat(&o, ": one date for two events, the change and its ",
	    report_noun(reporting(da->event) ? da->event : db->event), NULL);
	return buf_steal(&o);
}

/* One side of a date-scope conflict: "Kaspersky must cease entirely by
 * 2024-09-29 (...)" (it ends everything) or "Kaspersky halts only updating
 * by 2024-09-29 (...)", "only updating, resales and licensing stop on ..."
 * (part of it; `unnamed`: the subject is not said, or is the rule). */
static void scope_side(const struct cf_claim *c, const struct cf_slot *d, const char *subject,
		       bool unnamed, struct buf *out)
{
	const char *p = c->scope ? c->scope : "", *w;
	size_t n;
	char verb[48] = "";
	bool all = total_scope(c->scope);
	/* the verb: the first action that ends everything (total) or that
	 * stops (partial) */
	while (scope_next(&p, &w, &n)) {
		/* the nouns of the list are no verb ("restrict" is one) */
		if (n >= sizeof verb || !stop_word(w, n) || (n == 8 && memcmp(w, "deadline", 8) == 0) ||
		    (n == 11 && memcmp(w, "restriction", 11) == 0))
			continue;
		memcpy(verb, w, n);
		verb[n] = '\0';
		if (!all || total_scope(verb))
			break;
		verb[0] = '\0';
	}
	if (all) {
		if (!verb[0])
			snprintf(verb, sizeof verb, "stop");
		bool must = d->event && strcmp(d->event, "DEADLINE") == 0;
		bool passive;
		if (unnamed) {
			buf_adds(out, "everything stops");
		} else {
			subject_words(subject, out);
			buf_adds(out, must ? " must " : " ");
			verb_phrase(verb, must ? V_BASE : V_PRES, out, &passive);
			buf_adds(out, " entirely");
		}
		buf_addc(out, ' ');
		date_phrase(d, must ? "by" : NULL, out);
		return;
	}
	struct buf items;
	buf_init(&items);
	bool plural;
	size_t k = scope_items(c->scope, &items, &plural);
	bool passive;
	if (unnamed) {
		cat(out, "only ", k ? items.data : "part of it", k > 1 || plural ? " stop " : " stops ", NULL);
	} else {
		subject_words(subject, out);
		buf_addc(out, ' ');
		verb_phrase(verb[0] ? verb : "stop", V_PRES, out, &passive);
		cat(out, " only ", k ? items.data : "part of it", " ", NULL);
	}
	buf_free(&items);
	date_phrase(d, NULL, out);
}

static char *explain_scope(const struct cf_claim *a, const struct cf_claim *b,
			   const struct cf_slot *da, const struct cf_slot *db, const char *sa,
			   const char *sb, bool ua, bool ub)
{
	struct buf o;
	buf_init(&o);
	cat(&o, a->source, " says ", NULL);
	scope_side(a, da, sa, ua, &o);
	cat(&o, "; ", b->source, " says ", NULL);
	scope_side(b, db, sb, ub, &o);
	buf_adds(&o, ": the same date, but everything ends in one and only part in the other");
	return buf_steal(&o);
}

/* A length's measure that places it, as the start of an explanation:
 * "For the depth", "For the distance from Cobb"; false (nothing written)
 * for any other measure. */
static bool placed_words(const char *norm, struct buf *o)
{
	if (!norm)
		return false;
	if (strcmp(norm, "depth") == 0) {
		buf_adds(o, "For the depth");
		return true;
	}
	if (strncmp(norm, "from ", 5) == 0) {
		cat(o, "For the distance ", norm, NULL);
		return true;
	}
	if (strcmp(norm, "joining") == 0) {
		buf_adds(o, "For the staff the deal moves");
		return true;
	}
	return false;
}

/* Whether a figure's measure is a state it is the share of, a participle
 * or an adjective ("40% contained", "60% complete"): the words put it
 * after the figure, not after the subject ("the fire's contained"). */
static bool state_measure(const char *norm)
{
	size_t n = norm ? strlen(norm) : 0;
	return (n > 3 && strcmp(norm + n - 2, "ed") == 0) || (norm && (strcmp(norm, "complete") == 0 ||
								       strcmp(norm, "full") == 0));
}

/* quantity: "For Aldwick, a.txt says \"Five\" (5 deaths) and b.txt
 * \"Seven\" (7 deaths): the figures cannot both be right"; with no one
 * named, what both measure: "For the turnout, ..."; a state after its
 * figure: "says \"25%\" contained". */
static char *explain_figures(const struct cf_claim *a, const struct cf_claim *b,
			     const struct cf_slot *qa, const struct cf_slot *qb, const char *subject,
			     const char *verdict)
{
	struct buf o;
	buf_init(&o);
	bool state = state_measure(qa->norm) && state_measure(qb->norm);
	if (placed_words(qa->norm, &o)) {
		buf_adds(&o, ", ");
	} else if (!unnamed_subject(subject)) {
		buf_adds(&o, "For ");
		subject_words(subject, &o);
		if (qa->norm && *qa->norm && !state)
			cat(&o, possessive_end(subject), qa->norm, NULL);
		buf_adds(&o, ", ");
	} else if (qa->norm && *qa->norm && qb->norm && strcmp(qa->norm, qb->norm) == 0 && !state) {
		/* no one's, but what it measures: "For the turnout, ..." */
		cat(&o, "For the ", qa->norm, ", ", NULL);
	}
	cat(&o, a->source, " says ", NULL);
	quoted_value(qa, qa->unit, &o);
	if (state)
		cat(&o, " ", qa->norm, NULL);
	cat(&o, " and ", b->source, " ", NULL);
	quoted_value(qb, qb->unit, &o);
	if (state)
		cat(&o, " ", qb->norm, NULL);
	cat(&o, ": ", verdict, NULL);
	return buf_steal(&o);
}

/* "a.txt (\"five\") and b.txt (\"5\") agree on Aldwick: 5 deaths" */
static char *explain_figures_agree(const struct cf_claim *a, const struct cf_claim *b,
				   const struct cf_slot *qa, const struct cf_slot *qb,
				   const char *subject)
{
	struct buf o;
	buf_init(&o);
	cat(&o, a->source, " (\"", qa->text, "\") and ", b->source, " (\"", qb->text, "\") agree on ", NULL);
	struct buf p;
	buf_init(&p);
	bool state = state_measure(qa->norm); /* "40% contained", after the figure */
	if (placed_words(qa->norm, &p)) {
		buf_add(&o, p.data + 4, p.len - 4); /* "the depth", not "For the depth" */
	} else if (unnamed_subject(subject)) {
		cat(&o, "the ", qa->norm && *qa->norm && !state ? qa->norm : "figure", NULL);
	} else {
		subject_words(subject, &o);
		if (qa->norm && *qa->norm && !state)
			cat(&o, possessive_end(subject), qa->norm, NULL);
	}
	buf_free(&p);
	buf_adds(&o, ": ");
	/* the figure the vague word holds ("Several" and "Four": 4 injuries) */
	const struct cf_slot *w = vague_figure(qa) && !vague_figure(qb) ? qb : qa;
	value_words(w, w->unit, &o);
	if (state)
		cat(&o, " ", qa->norm, NULL);
	return buf_steal(&o);
}

/* The bytes of s up to max of them, ending where a character starts. */
static size_t whole_chars(const char *s, size_t max)
{
	return utf8_fit(s, strnlen(s, max + 1), max);
}

static struct cf_result *emit(struct sink *k, enum cf_verdict v, const char *kind,
			      const char *severity, const char *rule, const char *key)
{
	/* the key as it is kept: cut at a character's start */
	char kept[CF_KEY_SIZE];
	size_t kn = whole_chars(key, sizeof kept - 1);
	memcpy(kept, key, kn);
	kept[kn] = '\0';
	/* one result per kind and key */
	for (size_t i = 0; i < k->n; i++)
		if (k->out[i].verdict == v && strcmp(k->out[i].key, kept) == 0 &&
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
	memcpy(r->key, kept, kn + 1);
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
/* s cut to max bytes at a space, else at a character's start. */
static size_t clip(const char *s, size_t max)
{
	size_t n = strlen(s);
	if (n <= max)
		return n;
	size_t k = max;
	while (k > 0 && s[k] != ' ')
		k--;
	return k ? k : whole_chars(s, max);
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
			char key[CF_KEY_SIZE];
			snprintf(key, sizeof key, "quote:%.*s", (int)whole_chars(qa->norm, 80), qa->norm);
			/* "Raimondo" and "Gina Raimondo" are one speaker */
			const char *sa = qa->value, *sb = qb->value;
			bool one = same(sa, sb);
			if (!one && !empty(sa) && !empty(sb)) {
				const char *la = strrchr(sa, ' '), *lb = strrchr(sb, ' ');
				la = la ? la + 1 : sa;
				lb = lb ? lb + 1 : sb;
				/* the same surname, or each sentence names the other's
				 * speaker too (the speaker was read wrongly on one side) */
				one = ascii_ieq(la, lb) ||
				      (a->text && memmem(a->text, claim_len(a), lb, strlen(lb))) ||
				      (b->text && memmem(b->text, claim_len(b), la, strlen(la)));
			}
			struct cf_result *r;
			if (one || empty(sa) || empty(sb)) {
				r = emit(k, CF_AGREE, NULL, NULL, "attribution/same-speaker", key);
				if (r && empty(sa) && empty(sb))
					r->explanation = xasprintf("%s and %s quote the same words", a->source, b->source);
				else if (r)
					r->explanation = xasprintf("%s and %s quote the same words from %s", a->source,
								   b->source, empty(sa) ? sb : sa);
			} else {
				r = emit(k, CF_CONFLICT, "attribution", "strong", "attribution/different-speaker", key);
				if (r)
					r->explanation = xasprintf(
						"%s gives the words \"%.*s%s\" to %s, %s to %s: the same quote, different speakers",
						a->source, (int)clip(qa->text, 60), qa->text,
						strlen(qa->text) > clip(qa->text, 60) ? "…" : "", sa, b->source, sb);
			}
			if (r)
				r->slot_a = qa->ord, r->slot_b = qb->ord;
		}
	}
}

/* Whether claims a and b each hold a date of known year (of the claim's
 * own event, with own_event) and two of them cannot meet. */
static bool dates_apart(const struct cf_claim *a, const struct cf_claim *b, bool own_event)
{
	for (size_t i = 0; i < a->nslots; i++) {
		const struct cf_slot *da = &a->slots[i];
		if (strcmp(da->type, "date") != 0 || !da->has_lo || da->year_from == 4 ||
		    (own_event && !same(da->event, a->event)))
			continue;
		for (size_t j = 0; j < b->nslots; j++) {
			const struct cf_slot *db = &b->slots[j];
			bool widened;
			if (strcmp(db->type, "date") == 0 && db->has_lo && db->year_from != 4 &&
			    (!own_event || same(db->event, b->event)) && !spans_can_meet(da, db, &widened))
				return true;
		}
	}
	return false;
}

static void judge_polarity(const struct cf_claim *a, const struct cf_claim *b, struct sink *k)
{
	if (a->negated == b->negated || !same(a->subject, b->subject) || empty(a->event) ||
	    empty(b->event) || strcmp(a->event, b->event) != 0 || !same(a->lemma, b->lemma))
		return;
	/* two dates of the act that cannot meet are two acts: "Sunday's
	 * derailment injured nobody" denies nothing of "injured a driver on
	 * Friday", nor "did not suspend sailings in 2025" of "suspended
	 * sailings on Tuesday" */
	if (dates_apart(a, b, true))
		return;
	char key[CF_KEY_SIZE];
	snprintf(key, sizeof key, "%s|%s|%s", a->subject, a->event, a->lemma);
	struct cf_result *r = emit(k, CF_CONFLICT, "polarity", "strong", "polarity/negated", key);
	if (r) {
		const struct cf_claim *neg = a->negated ? a : b, *pos = a->negated ? b : a;
		struct buf o;
		buf_init(&o);
		cat(&o, neg->source, " says ", NULL);
		subject_words(neg->subject, &o);
		buf_addc(&o, ' ');
		action_words(neg->lemma, neg->event, neg->subject, true, &o);
		cat(&o, "; ", pos->source, " says ", NULL);
		subject_words(pos->subject, &o);
		buf_addc(&o, ' ');
		action_words(pos->lemma, pos->event, pos->subject, false, &o);
		buf_adds(&o, ": one says no, the other yes");
		r->explanation = buf_steal(&o);
	}
}

/* Whether two days are one night's: the next day, the earlier "late"
 * ("late on Monday") or the later "early" ("early on Tuesday"). A day's
 * lo is its day number. */
static bool one_night(const struct cf_slot *x, const struct cf_slot *y)
{
	if (!x->gran || !y->gran || strcmp(x->gran, "day") != 0 || strcmp(y->gran, "day") != 0 || !x->has_lo ||
	    !y->has_lo || x->year_from == 4 || y->year_from == 4)
		return false;
	const struct cf_slot *e = x->lo < y->lo ? x : y, *l = x->lo < y->lo ? y : x;
	return l->lo - e->lo == 1 && ((e->mod && strcmp(e->mod, "late") == 0) || (l->mod && strcmp(l->mod, "early") == 0));
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
			char key[CF_KEY_SIZE];
			struct cf_result *r = NULL;
			bool strong_t = false;
			int tv = ta && tb ? judge_times(da, db, &strong_t) : 0;
			/* two days or times an occurrence was going on can both be
			 * right: a fire burns on */
			/* ... not a denial ("Sunday's derailment injured nobody") */
			bool instant = subj_same && !a->negated && !b->negated && instant_occurrence(k->w, ea, eb, sa);
			bool occur = !empty(ea) && goes_on(ea) && !instant;
			if (tv && subj_same && !empty(ea) && !empty(eb) && strcmp(ea, eb) == 0 && !occur &&
			    same_action(k->w, ea, a, b)) {
				char wa[48], wb[48];
				time_words(da, wa, sizeof wa);
				time_words(db, wb, sizeof wb);
				snprintf(key, sizeof key, "%s|%s|%s", sa, ea, key_lemma(a, b));
				if (tv < 0) {
					r = emit(k, CF_CONFLICT, "event-date", strong_t ? "strong" : "weak",
						 "event-date/different-time", key);
					if (r)
						r->explanation = explain_event_date(k, a, b, da, db, sa, true);
				} else {
					r = emit(k, CF_AGREE, NULL, NULL, "event-date/same-time", key);
					if (r)
						r->explanation = explain_when_agree(a, b, wa, wb, sa, ea);
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
						r->explanation = explain_date_event(a, b, da, db, sa, sb);
				} else if (scoped_change(ea, a) && scoped_change(eb, b) && !scopes_overlap(a->scope, b->scope) &&
					   total_scope(a->scope) != total_scope(b->scope)) {
					/* one side ends everything that day, the other only part */
					bool ua = (empty(da->subject) && empty(a->subject)) || (rule_a && !rule_b);
					bool ub = (empty(db->subject) && empty(b->subject)) || (rule_b && !rule_a);
					snprintf(key, sizeof key, "%s|%s|scope", da->value, ua ? sb : sa);
					r = emit(k, CF_CONFLICT, "date-scope", "strong", "date-scope/total-vs-partial", key);
					if (r)
						r->explanation = explain_scope(a, b, da, db, sa, sb, ua, ub);
				} else if (subj_same && (strcmp(ea, eb) == 0 || occur_start(ea, eb) >= 0 || instant)) {
					snprintf(key, sizeof key, "%s|%s|%s", da->value, sa,
						 occur_start(ea, eb) >= 0 || instant ? "OCCUR" : ea);
					r = emit(k, CF_AGREE, NULL, NULL, "date/same-event", key);
					if (r) {
						struct buf o;
						buf_init(&o);
						const char *noun = unnamed_subject(sa) ? event_noun(k, ea) : NULL;
						if (noun) { /* no invented subject */
							cat(&o, a->source, " and ", b->source, " agree on the date of the ",
							    noun, ": ", NULL);
							date_value(da, &o);
						} else {
							cat(&o, a->source, " and ", b->source, " agree that ", NULL);
							claim_on(a, sa, da, &o);
						}
						r->explanation = buf_steal(&o);
					}
				}
			} else if (subj_same && !empty(ea) && !empty(eb) && occur_start(ea, eb) >= 0 &&
				   !coarse(da) && !coarse(db)) {
				/* an occurrence goes on for a while from its start: only
				 * a day of it before the start cannot be right */
				bool sa_first = occur_start(ea, eb) == 0;
				const struct cf_slot *dst = sa_first ? da : db, *dof = sa_first ? db : da;
				double slo, shi, olo, ohi;
				bool widened = date_span(dst, &slo, &shi) | date_span(dof, &olo, &ohi);
				snprintf(key, sizeof key, "%s|OCCUR|%s", sa, key_lemma(a, b));
				if (ohi < slo) {
					bool strong = is_day(da) && is_day(db) && !widened;
					r = emit(k, CF_CONFLICT, "event-date", strong ? "strong" : "weak",
						 strong ? "event-date/before-start" : "event-date/disjoint", key);
					if (r)
						r->explanation = sa_first ? explain_occur_start(b, a, db, da, sa)
									  : explain_occur_start(a, b, da, db, sa);
				} else if (olo <= shi) {
					r = emit(k, CF_AGREE, NULL, NULL, "event-date/compatible", key);
					if (r)
						r->explanation = explain_dates_agree(a, b, da, db, sa, ea);
				}
			} else if (subj_same && !empty(ea) && !empty(eb) && !a->negated && !b->negated &&
				   /* a denial dates nothing that happened ("Sunday's
				    * derailment injured nobody" against "injured a
				    * driver on Friday") */
				   (one_toll(ea, eb, a, b) || instant || one_report(ea, eb, a, b) ||
				    (strcmp(ea, eb) == 0 && !occur &&
				     (same_action(k->w, ea, a, b) || (one_happening(ea) && !ta && !tb)))) &&
				   fine_enough(k->w, a, b, da, db, sa)) {
				/* a killing and a dying of one toll date one death */
				bool reported = strcmp(ea, eb) != 0 && one_report(ea, eb, a, b);
				bool toll_day = strcmp(ea, eb) != 0 && !instant && !reported;
				if (instant)
					snprintf(key, sizeof key, "%s|OCCUR|instant", sa);
				else if (reported)
					snprintf(key, sizeof key, "%s|ANNOUNCE|%s", sa, key_lemma(a, b));
				else if (toll_day)
					snprintf(key, sizeof key, "%s|DIE|die", sa);
				else
					snprintf(key, sizeof key, "%s|%s|%s", sa, ea, key_lemma(a, b));
				bool widened;
				if (!spans_can_meet(da, db, &widened)) {
					/* two days are strong, as are two years of what
					 * happens once; a range ("before July 20")
					 * against a day that lies outside it is weak */
					bool once = once_years(k->w, a, b, da, db, sa);
					bool night = one_night(da, db);
					bool strong = (is_day(da) || once) && (is_day(db) || once) && !reporting(ea) &&
						      !widened && !night;
					r = emit(k, CF_CONFLICT, "event-date", strong ? "strong" : "weak",
						 strong ? "event-date/different-day" : "event-date/disjoint", key);
					if (r) {
						r->explanation = instant    ? explain_instant_date(a, b, da, db, sa)
								 : reported ? explain_report_date(a, b, da, db, sa)
								 : toll_day ? explain_toll_date(a, b, da, db)
									    : explain_event_date(k, a, b, da, db, sa, false);
						if (night) {
							struct buf o;
							buf_init(&o);
							cat(&o, r->explanation,
							    " (though late on one day and early on the next may be one night)", NULL);
							free(r->explanation);
							r->explanation = buf_steal(&o);
						}
					}
				} else {
					r = emit(k, CF_AGREE, NULL, NULL, "event-date/compatible", key);
					if (r)
						r->explanation = explain_dates_agree(a, b, da, db, sa, ea);
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

/* A count in a vague word, no digit ("several", "a few", "dozens",
 * "hundreds"): its bounds are a reader's guess, so figures beyond them are
 * a weak conflict, never a strong one. */
static bool vague_figure(const struct cf_slot *q)
{
	static const char *const words[] = {"several", "few", "dozens", "scores", "hundreds",
					    "thousands", "millions", "handful", "couple", "many"};
	const char *t = q->text ? q->text : "";
	for (const char *p = t; *p; p++)
		if (*p >= '0' && *p <= '9')
			return false;
	for (const char *p = t; *p; p++)
		for (size_t i = 0; i < CC_ARRAY_LEN(words); i++)
			if (ascii_ieqn(p, words[i], strlen(words[i])))
				return true;
	return false;
}

/* A count written in words, with no digit and no vague word ("three",
 * "Thirty-four"; not "several", "3", "1.2 million"), nor a length that
 * says what it measures ("one mile" below ground, a depth, may be 1.2),
 * nor a round figure ("a dozen", "a hundred", "thirty": a value ending in
 * 0, or a dozen or a score, is as often a round guess as a count). A span
 * in words counts so too: "a four-year deal" is no rounded 4.4 years. */
static bool in_words(const struct cf_slot *q)
{
	if ((strcmp(q->type, "number") != 0 && strcmp(q->type, "duration") != 0) || !q->text ||
	    (q->norm && *q->norm) || vague_figure(q))
		return false;
	for (const char *p = q->text; *p; p++)
		if ((*p >= '0' && *p <= '9') || ascii_ieqn(p, "dozen", 5) || ascii_ieqn(p, "score", 5))
			return false;
	const char *v = q->value ? q->value : "";
	size_t n = strlen(v);
	return n > 0 && v[n - 1] != '0';
}

static bool rounding_touch(const struct cf_slot *a, const struct cf_slot *b)
{
	double pa, pb;
	if (!a->has_lo || !a->has_hi || a->lo != a->hi || !b->has_lo || !b->has_hi || b->lo != b->hi)
		return false;
	pa = a->lo;
	pb = b->lo;
	double ra = rounding(a->value ? a->value : ""), rb = rounding(b->value ? b->value : "");
	/* a count in words ("Two children have died", "killing five") is
	 * exact: no one writes "three" for 2.6 of something, so against "2"
	 * or "two" it is no rounding */
	if (in_words(a))
		ra = 0;
	if (in_words(b))
		rb = 0;
	return fabs(pa - pb) <= ra + rb + 1e-9;
}

/* Whether a claim has a duration that is a period of its figures ("rose
 * 22% over the past 12 months"); one joined to its noun by a hyphen says
 * what the noun is ("after a five-week trial", "a 10-year plan"), no
 * period of the claim's other figures. */
static bool has_period(const struct cf_claim *c)
{
	for (size_t i = 0; i < c->nslots; i++)
		if (strcmp(c->slots[i].type, "duration") == 0 &&
		    !(c->slots[i].text && strchr(c->slots[i].text, '-') && !strchr(c->slots[i].text, ' ')))
			return true;
	return false;
}

/* Whether a figure's measure is a length of the story's event (a depth,
 * a distance from a named place: extraction's find_length_measure). */
static bool event_length(const char *measure)
{
	return strcmp(measure, "depth") == 0 || strncmp(measure, "from ", 5) == 0;
}

/* What others foresaw ("Analysts had expected a quarter-point increase":
 * modality "expected") is no report of the fact: its figures neither agree
 * with the fact's ("a quarter-point increase" that came) nor disagree with
 * them ("a 7% settlement" expected against the 9% won). */
static bool foreseen(const struct cf_claim *c)
{
	return c->modality && strcmp(c->modality, "expected") == 0;
}

/* Whether a claim is a question's (modality "question"). */
static bool asked(const struct cf_claim *c)
{
	return c->modality && strcmp(c->modality, "question") == 0;
}

/* How many sums of money a claim states. */
static size_t sums(const struct cf_claim *c)
{
	size_t n = 0;
	for (size_t i = 0; i < c->nslots; i++)
		n += strcmp(c->slots[i].type, "money") == 0;
	return n;
}

/* Whether a claim's sentence names `name` as whole words (ASCII
 * boundaries). */
static bool names_in(const struct cf_claim *c, const char *name)
{
	size_t n = strlen(name), len = claim_len(c);
	const char *t = c->text;
	if (!n || len < n)
		return false;
	for (size_t i = 0; i + n <= len; i++) {
		const char *p = memchr(t + i, name[0], len - n + 1 - i);
		if (!p)
			return false;
		i = (size_t)(p - t);
		if (memcmp(p, name, n) == 0 && (i == 0 || !isalnum((unsigned char)p[-1])) &&
		    (i + n == len || !isalnum((unsigned char)p[n])))
			return true;
	}
	return false;
}

/* Whether figure q of claim c, its measure m (folded), is a deal's whole
 * price told with how it is paid: the claim's one sum (extraction ties
 * the parts of one payment to one event), under a deal's event, measuring
 * a payment ("buy Pexa for $1.2 billion in cash"). */
static bool paid_price(const struct cf_words *w, const struct cf_claim *c, const struct cf_slot *q,
		       const char *m)
{
	return m && w->payment && w->payment(m, w->ctx) && strcmp(q->type, "money") == 0 &&
	       !empty(q->event) && deal_class(q->event) && sums(c) == 1;
}

/* One deal's price, whoever the sentence makes its subject: "Harbor City
 * signed Reyes for €100m" and "Reyes joined Harbor City in an €80m deal"
 * (or the seller's "sold Reyes to Harbor City") give the price of one
 * transaction when each sentence names the other's subject as a party.
 * Money under a deal class on both sides only; the currencies are still
 * compared. Returns the name the result goes under: the first of the two
 * in byte order (one key whichever source comes first), else NULL. */
static const char *one_deal(const struct cf_claim *a, const struct cf_claim *b, const struct cf_slot *qa,
			    const struct cf_slot *qb, const char *sa, const char *sb)
{
	if (strcmp(qa->type, "money") != 0 || empty(qa->event) || empty(qb->event) ||
	    !deal_class(qa->event) || !deal_class(qb->event) || empty(qa->subject) ||
	    empty(qb->subject) || qa->subject_implied || qb->subject_implied)
		return NULL;
	/* a sentence of several sums splits the price ("$290 million in cash
	 * and about $44 million in shares"): none of them is the deal's */
	if (sums(a) != 1 || sums(b) != 1 || !names_in(a, sb) || !names_in(b, sa))
		return NULL;
	return strcmp(sa, sb) < 0 ? sa : sb;
}

/* Whether a class counts what an occurrence lost or harmed: DAMAGE, and
 * an occurrence's doing (OCCUR, FIRE) that compatible() meets with it. */
static bool loss(const char *cls)
{
	return !empty(cls) && (strcmp(cls, "DAMAGE") == 0 || strcmp(cls, "OCCUR") == 0 || strcmp(cls, "FIRE") == 0);
}

/* A vote's split: unit "vote" and a pair for its value ("5-2"); a count
 * of votes ("9,410 votes") is a figure as any other. */
static bool vote_slot(const struct cf_slot *q)
{
	return q->unit && strcmp(q->unit, "vote") == 0 && q->value && strchr(q->value, '-');
}

/* Whether a subject names who votes as a name (not a common noun, not
 * the main entity standing in): two such names that differ are two votes. */
static bool named_voter(const struct cf_slot *q)
{
	return !empty(q->subject) && !q->subject_implied && !common_noun(q->subject);
}

/* Vote splits ("voted five to two", "a 4-3 vote", "passed 52-48"): one
 * value each, the pair, compared whole and never as two counts. Two
 * splits of one year and of about as many votes in all meet, whatever
 * event each is tied to, unless both name who voted and the names
 * differ; different pairs cannot both be right. */
static void judge_vote(const struct cf_claim *a, const struct cf_claim *b, const struct cf_slot *qa,
		       const struct cf_slot *qb, struct sink *k)
{
	if (a->year && b->year && a->year != b->year)
		return;
	/* a body votes with about as many members each time: "5-2" and
	 * "52-48" are two bodies' votes (a council's, a senate's) */
	const char *da = strchr(qa->value, '-'), *db = strchr(qb->value, '-');
	if (!da || !db)
		return;
	double ta = atof(qa->value) + atof(da + 1), tb = atof(qb->value) + atof(db + 1);
	if (ta <= 0 || tb <= 0 || (ta > tb ? ta / tb : tb / ta) > 1.5)
		return;
	const char *who = NULL;
	if (named_voter(qa) && named_voter(qb)) {
		if (!same(qa->subject, qb->subject) && !name_short_form(qa->subject, qb->subject))
			return;
		who = qa->subject;
	} else if (named_voter(qa) || named_voter(qb)) {
		who = named_voter(qa) ? qa->subject : qb->subject;
	}
	char key[CF_KEY_SIZE];
	/* the size of the body in the key: a council's vote and a senate's
	 * between one pair of sources are two conflicts */
	snprintf(key, sizeof key, "%s|vote|number|%d", who ? who : "", (int)log10(ta > tb ? ta : tb) + 1);
	bool agree = strcmp(qa->value, qb->value) == 0;
	struct cf_result *r = agree ? emit(k, CF_AGREE, NULL, NULL, "vote/same", key)
				    : emit(k, CF_CONFLICT, "quantity", "strong", "vote/split", key);
	if (!r)
		return;
	r->slot_a = qa->ord;
	r->slot_b = qb->ord;
	struct buf o;
	buf_init(&o);
	if (agree) {
		cat(&o, a->source, " (\"", qa->text, "\") and ", b->source, " (\"", qb->text,
		    "\") agree on ", who ? who : "the", who ? possessive_end(who) : " ", "vote: ", qa->value, NULL);
	} else {
		cat(&o, who ? "For " : "", who ? who : "", who ? possessive_end(who) : "", who ? "vote, " : "", a->source,
		    " says \"", qa->text, "\" (", qa->value, ") and ", b->source, " \"", qb->text, "\" (",
		    qb->value, "): the votes cannot both be right", NULL);
	}
	r->explanation = buf_steal(&o);
}

/* A sum that measures what an event class is called (classes.tsv:
 * "funding" is FUND's noun) is that event's figure, whatever verb the
 * sentence put nearer: "was founded in 2007 and is backed with $60 million
 * in funding" is money raised, no founding, and meets "raised $35m in two
 * rounds of funding". The slot is copied into *tmp with that event, or
 * returned as it is. Money only: a count's noun is its unit. */
static const struct cf_slot *measured_event(const struct cf_words *w, const struct cf_slot *q,
					    struct cf_slot *tmp)
{
	if (!w->noun_event || strcmp(q->type, "money") != 0 || empty(q->norm))
		return q;
	const char *m = w->unit ? w->unit(q->norm, w->ctx) : q->norm;
	const char *cls = w->noun_event(m, w->ctx);
	if (empty(cls) || same(cls, q->event))
		return q;
	*tmp = *q;
	tmp->event = cls;
	return tmp;
}

/* The year figure q of claim c is of: the claim's, unless q's measure gave
 * it another event than the sentence's (measured_event) and the claim's
 * dates are all of other events ("founded in 2007 ... $60 million in
 * funding": 2007 is the founding's); then its own event's dated year, or
 * none known (0). */
static int figure_year(const struct cf_claim *c, const struct cf_slot *orig, const struct cf_slot *q)
{
	if (orig == q)
		return c->year;
	bool dated = false;
	for (size_t i = 0; i < c->nslots; i++) {
		const struct cf_slot *d = &c->slots[i];
		if (strcmp(d->type, "date") != 0 || d->year_from == 4 || !d->value || d->value[0] < '0' ||
		    d->value[0] > '9')
			continue;
		if (same(d->event, q->event))
			return atoi(d->value);
		dated = true;
	}
	return dated ? 0 : c->year;
}

/* A span told in a smaller unit of a larger one's family, in the larger:
 * 84 months are 7 years, 14 days two weeks, 36 hours a day and a half (a
 * month is no whole number of weeks or days, a year of weeks: those stay
 * apart). Fills out with q's copy in unit `to`, its value a decimal whose
 * rounding is the span's own (value's buffer vbuf), and returns true; false
 * when q's unit is not a smaller one of to's family. */
static bool span_in(const struct cf_slot *q, const char *to, struct cf_slot *out, char *vbuf, size_t vsz)
{
	static const struct {
		const char *from, *to;
		double n;
	} per[] = {{"month", "year", 12}, {"day", "week", 7}, {"hour", "day", 24}, {"hour", "week", 168}};
	for (size_t i = 0; i < CC_ARRAY_LEN(per); i++) {
		if (strcmp(q->unit, per[i].from) != 0 || strcmp(to, per[i].to) != 0)
			continue;
		*out = *q;
		out->unit = per[i].to;
		out->lo = q->lo / per[i].n;
		out->hi = q->hi / per[i].n;
		/* "P84M" rounds to half a month: 7.0 years to a twentieth */
		double r = rounding(q->value ? q->value : "") / per[i].n;
		int dec = 0;
		while (dec < 6 && 0.5 * pow(10, -(double)dec) > r * 1.5)
			dec++;
		snprintf(vbuf, vsz, "%.*f", dec, (q->has_lo ? q->lo : q->hi) / per[i].n);
		out->value = vbuf;
		return true;
	}
	return false;
}

static void judge_quantities(const struct cf_claim *a, const struct cf_claim *b, struct sink *k)
{
	if (foreseen(a) != foreseen(b))
		return;
	const char *(*unit_fn)(const char *, void *) = k->w->unit;
	void *uctx = k->w->ctx;
	/* each pair of figures' verdict, kept until all are known (made on
	 * the first: most pairs of claims compare no figures) */
	struct pending {
		enum cf_verdict verdict;
		const char *severity, *rule;
		char key[CF_KEY_SIZE];
		size_t i, j;
		const char *sa;
		struct cf_slot wa, wb;
	} *pend = NULL;
	size_t npend = 0;
	for (size_t i = 0; i < a->nslots; i++) {
		struct cf_slot fa;
		const struct cf_slot *qa_own = measured_event(k->w, &a->slots[i], &fa);
		if (!quantity_type(qa_own->type) || (!qa_own->has_lo && !qa_own->has_hi) ||
		    (qa_own->unit && strcmp(qa_own->unit, "ordinal") == 0))
			continue; /* "the fifth round" ranks, it does not count */
		for (size_t j = 0; j < b->nslots; j++) {
			struct cf_slot fb;
			const struct cf_slot *qa = qa_own;
			const struct cf_slot *qb = measured_event(k->w, &b->slots[j], &fb);
			const struct cf_slot *qb_own = qb; /* (qa and qb may become spans in a larger unit) */
			if (strcmp(qa->type, qb->type) != 0 || (!qb->has_lo && !qb->has_hi))
				continue;
			if (vote_slot(qa) || vote_slot(qb)) {
				if (vote_slot(qa) && vote_slot(qb))
					judge_vote(a, b, qa, qb, k);
				continue;
			}
			const char *sa = subj(a, qa), *sb = subj(b, qb);
			/* A figure is anchored by what it measures ("revenue", "cash")
			 * or else by its event: both must have one. A duration of the
			 * same subject in the same unit is its tenure whatever verb
			 * carries it. Money and percentages need the same event class. */
			/* ... but a length that says where it is from or that it is
			 * a depth ("20 miles north of Santa Rosa", "a depth of 12
			 * miles") is the story's event's, whoever the sentence
			 * names */
			/* ... and so is the staff a deal moves into the buyer
			 * ("brings 170 staff into Corvane", "Lumetric's 160
			 * employees will join Corvane": measure "joining"),
			 * whichever company each outlet gives them to */
			bool joining = qa->norm && qb->norm && strcmp(qa->norm, "joining") == 0 &&
				       strcmp(qb->norm, "joining") == 0;
			bool placed = qa->norm && qb->norm && strcmp(qa->norm, qb->norm) == 0 &&
				      (strncmp(qa->norm, "from ", 5) == 0 || strcmp(qa->norm, "depth") == 0 ||
				       joining);
			/* "Harlow Foods" and "Harlow" are one subject: the short
			 * form names it in the key and the words */
			const char *sf = same(sa, sb) ? NULL : name_short_form(sa, sb);
			const char *deal = !same(sa, sb) && !sf && !placed ? one_deal(a, b, qa, qb, sa, sb) : NULL;
			if (deal)
				sf = deal;
			if (!same(sa, sb) && !sf && !placed)
				continue;
			if (sf)
				sa = sb = sf;
			/* two outlets' forecasts with no one named ("Markets had
			 * forecast a 4.75% rate", "Economists had predicted a rate
			 * of 4.5%") may be two forecasters': no disagreement */
			if (foreseen(a) && ((empty(qa->subject) && empty(a->subject)) ||
					    (empty(qb->subject) && empty(b->subject))))
				continue;
			bool dur = strcmp(qa->type, "duration") == 0;
			bool strict = strcmp(qa->type, "money") == 0 || strcmp(qa->type, "percent") == 0;
			bool ages = qa->unit && qb->unit && strcmp(qa->unit, "age") == 0 && strcmp(qb->unit, "age") == 0;
			/* ... and so is a count of the votes a named person got
			 * ("Quist finished first with 9,410 votes", "Quist won
			 * 9,140 votes"): one election's, of one year */
			bool votes = qa->unit && qb->unit && strcmp(qa->unit, "vote") == 0 &&
				     strcmp(qb->unit, "vote") == 0 && named_voter(qa) && named_voter(qb);
			const char *ma = (qa->norm && *qa->norm) ? qa->norm : NULL;
			const char *mb = (qb->norm && *qb->norm) ? qb->norm : NULL;
			if (ma && mb && unit_fn) {
				ma = unit_fn(ma, uctx);
				mb = unit_fn(mb, uctx);
			}
			/* how a deal's one sum is paid is no measure of it: "for
			 * $1.2 billion in cash" is the price, as "a deal worth
			 * $1.4 billion" is (units.tsv's "payment"); the parts of
			 * a price ("$120 million in cash and $15 million in
			 * stock") stay parts, and two sums paid alike meet as
			 * paid */
			bool paid_a = false, paid_b = false;
			if (!(ma && mb && strcmp(ma, mb) == 0)) {
				if ((paid_a = paid_price(k->w, a, qa, ma)))
					ma = NULL;
				if ((paid_b = paid_price(k->w, b, qb, mb)))
					mb = NULL;
			}
			if (ma && mb) {
				if (strcmp(ma, mb) != 0)
					continue;
				/* money of one measure under two events: the same fact
				 * when the events count alike or both are the deal's (a
				 * depth or a distance is one whatever the verb) */
				if (strcmp(qa->type, "money") == 0 && !empty(qa->event) && !empty(qb->event) &&
				    !compatible(qa->event, qb->event) &&
				    !(deal_class(qa->event) && deal_class(qb->event)) &&
				    !level_reported(qa->event, qb->event))
					continue;
			} else if ((ma || mb) && strcmp(qa->type, "money") == 0 && !empty(qa->event) &&
				   !empty(qb->event) && deal_class(qa->event) && deal_class(qb->event) &&
				   unit_fn && strcmp(unit_fn(ma ? ma : mb, uctx), "price") == 0 &&
				   sums(ma ? b : a) == 1) {
				/* a deal's one bare sum is its price: "signed Reyes
				 * for €100m" and "in an €80m deal" (units.tsv folds
				 * "deal" to "price"); a sentence of several sums splits
				 * the price ("$290 million in cash and $44 million in
				 * stock") */
				ma = mb = NULL;
			} else if (ma || mb) {
				continue; /* "$281m in cash" is not the price "$334 million" */
			} else if (ages || deal || votes) {
				/* one deal's price, its events the deal's (one_deal) */
				/* a person's age is the person's whatever the
				 * sentence tells of them ("Ashdown, 54, had shown no
				 * remorse", "Ashdown, 55, was found guilty") */
			} else if (dur && empty(qa->event) && empty(qb->event) && (empty(sa) || unnamed_subject(sa))) {
				/* two spans that neither an event nor a name holds
				 * ("services were delayed by two hours", "after a
				 * delay of nine hours") may be of anything */
				continue;
			} else if (dur ? !(compatible(qa->event, qb->event) || (tenure(qa->event) && tenure(qb->event)))
				       : (empty(qa->event) || empty(qb->event) ||
					  (strict ? strcmp(qa->event, qb->event) != 0
						  : !compatible(qa->event, qb->event)))) {
				continue;
			}
			/* a figure of another year, or over another period, is
			 * another fact ("bought a rival for $510M in 2023"; "rose 22%
			 * over the past 12 months") */
			int ya = figure_year(a, &a->slots[i], qa), yb = figure_year(b, &b->slots[j], qb);
			if (ya && yb && ya != yb && !ages)
				continue;
			/* ... but an age is the person's when the article is
			 * written ("Kovac, 46, took over four years ago" is 46 now),
			 * and no figure over the period ("Kovac, 47, has been in
			 * charge for three years") */
			if (!dur && !ages && has_period(a) != has_period(b))
				continue;
			/* a level no event holds is of its moment: "Unemployment
			 * was 5.1% in January" is no other figure of "was 4.8% in
			 * February" */
			if (empty(qa->event) && empty(qb->event) && dates_apart(a, b, false))
				continue;
			/* what was damaged counts more than what was destroyed:
			 * "30 homes damaged by the blast" is no other count of
			 * "destroyed three homes" (a damage meets only a damage;
			 * "52 homes have burned" still meets "38 destroyed") */
			if (!dur && loss(qa->event) && loss(qb->event) && same(a->lemma, "damage") != same(b->lemma, "damage"))
				continue;
			/* two spans in units of one family ("84 months" and
			 * "seven years") are compared in the larger */
			struct cf_slot ca, cb;
			char va[32], vb[32];
			if (dur && qa->unit && qb->unit && strcmp(qa->unit, qb->unit) != 0) {
				if (span_in(qa, qb->unit, &ca, va, sizeof va))
					qa = &ca;
				else if (span_in(qb, qa->unit, &cb, vb, sizeof vb))
					qb = &cb;
			}
			/* figures an order of magnitude apart measure different
			 * things, unless both say what they measure and it is one
			 * length of the story's event: "one mile below ground"
			 * against "a depth of 12 miles" */
			double xa = fabs(mid_of(qa)), xb = fabs(mid_of(qb));
			double lo_ = xa < xb ? xa : xb, hi_ = xa < xb ? xb : xa;
			if (lo_ > 0 && hi_ / lo_ > 10 && !(ma && mb && event_length(ma)))
				continue;
			const char *ua = qa->unit ? qa->unit : "", *ub = qb->unit ? qb->unit : "";
			if (unit_fn) {
				ua = unit_fn(ua, uctx);
				ub = unit_fn(ub, uctx);
			}
			/* a staff word counts the staff who move ("160 people"
			 * into the buyer are its new employees) */
			/* ... and so does a count of people a company employs
			 * ("employs 80 people" against "has 80 employees") */
			bool staffing = !empty(qa->event) && !empty(qb->event) && strcmp(qa->event, "EMPLOY") == 0 &&
					strcmp(qb->event, "EMPLOY") == 0;
			/* ... people and staff, never people and what else the
			 * company has ("employs around 1,100 people" against "runs
			 * 412 shops and has 23,000 workers": the shops) */
			if ((joining || staffing) && strcmp(ua, ub) != 0 &&
			    ((strcmp(ua, "person") == 0 && strcmp(ub, "worker") == 0) ||
			     (strcmp(ub, "person") == 0 && strcmp(ua, "worker") == 0)))
				ua = ub = "worker";
			/* a bare figure (no unit, no measure) is anchored only by an
			 * event that is not a verb of saying */
			bool units = (!empty(ua) && !empty(ub) && strcmp(ua, ub) == 0) ||
				     (empty(ua) && empty(ub) && (ma || (!reporting(qa->event) &&
									!reporting(qb->event))));
			if (!units)
				continue;
			/* what the figure measures is part of the key, so that two
			 * figures of one pair of sources ("a depth of 1.2 miles",
			 * "20 miles north of Santa Rosa") are two conflicts */
			char key[CF_KEY_SIZE];
			snprintf(key, sizeof key, "%s|%s|%s%s%s", placed ? "" : sa,
				 empty(ua) ? (qa->event ? qa->event : "") : ua, qa->type, ma ? "|" : "",
				 ma ? ma : "");
			double pa, pb;
			if (!pend)
				pend = xmalloc(a->nslots * b->nslots * sizeof *pend);
			struct pending *p = &pend[npend++];
			if (!overlap(qa, qb)) {
				/* two exact figures whose rounding bands touch ("4%" may
				 * be 4.5% rounded) are weak; others strong */
				bool close = rounding_touch(qa, qb);
				bool vague = !close && (vague_figure(qa) || vague_figure(qb));
				*p = (struct pending){.verdict = CF_CONFLICT,
						      .severity = close || vague ? "weak" : "strong",
						      .rule = close   ? "quantity/within-rounding"
							      : vague ? "quantity/vague"
								      : "quantity/disjoint"};
			} else if (vague_figure(qa) || vague_figure(qb)) {
				/* a vague word names no point, only its bounds: a
				 * figure within them agrees ("Several people were
				 * hurt" against "Four people were hurt") */
				*p = (struct pending){.verdict = CF_AGREE, .rule = "quantity/compatible"};
			} else if (point_of(qa, &pa) && point_of(qb, &pb)) {
				if (rel_diff(pa, pb) > 0.05)
					*p = (struct pending){.verdict = CF_CONFLICT, .severity = "weak",
							      .rule = "quantity/points-apart"};
				else
					*p = (struct pending){.verdict = CF_AGREE, .rule = "quantity/same"};
			} else if (rel_diff(mid_of(qa), mid_of(qb)) > 0.25) {
				*p = (struct pending){.verdict = CF_CONFLICT, .severity = "weak",
						      .rule = "quantity/far-apart"};
			} else {
				*p = (struct pending){.verdict = CF_AGREE, .rule = "quantity/compatible"};
			}
			memcpy(p->key, key, sizeof key);
			p->i = i;
			p->j = j;
			p->sa = sa;
			/* ... and the words name the price, not how it is paid,
			 * and each span in its own unit */
			p->wa = *qa_own;
			p->wb = *qb_own;
			if (paid_a)
				p->wa.norm = NULL;
			if (paid_b)
				p->wb.norm = NULL;
		}
	}
	/* a figure that one of the other side's figures is the same as is
	 * no other figure's there: "sentenced to 84 months" against "to seven
	 * years ... for embezzling over nine years" is the sentence's
	 * agreement, not a conflict with the span of the embezzling (a figure
	 * a bound only admits, "six years" within "over five years", matches
	 * nothing so: the bound may be another span's) */
	bool *drop = npend ? xcalloc(npend, sizeof *drop) : NULL;
	for (size_t x = 0; x < npend; x++)
		for (size_t y = 0; y < npend && pend[x].verdict == CF_CONFLICT && !drop[x]; y++)
			drop[x] = pend[y].verdict == CF_AGREE && strcmp(pend[y].rule, "quantity/same") == 0 &&
				  (pend[y].i == pend[x].i || pend[y].j == pend[x].j) &&
				  strcmp(pend[y].key, pend[x].key) == 0;
	/* ... and a figure that conflicts with one of the other side's is in
	 * no agreement with a bound there: "six years" against "seven years
	 * ... over five years" disagrees, it does not also agree */
	for (size_t x = 0; x < npend; x++)
		for (size_t y = 0; y < npend && pend[x].verdict == CF_AGREE && !drop[x]; y++)
			drop[x] = strcmp(pend[x].rule, "quantity/compatible") == 0 &&
				  pend[y].verdict == CF_CONFLICT && !drop[y] &&
				  (pend[y].i == pend[x].i || pend[y].j == pend[x].j) &&
				  strcmp(pend[y].key, pend[x].key) == 0;
	for (size_t x = 0; x < npend; x++) {
		const struct pending *p = &pend[x];
		if (drop[x])
			continue;
		struct cf_result *r = emit(k, p->verdict, p->verdict == CF_CONFLICT ? "quantity" : NULL,
					   p->severity, p->rule, p->key);
		if (!r)
			continue;
		r->slot_a = p->wa.ord;
		r->slot_b = p->wb.ord;
		if (r->verdict == CF_CONFLICT)
			r->explanation = explain_figures(
				a, b, &p->wa, &p->wb, p->sa,
				strcmp(r->severity, "strong") == 0 ? "the figures cannot both be right"
				: strcmp(r->rule, "quantity/within-rounding") == 0
					? "close, but not the same figure"
				: strcmp(r->rule, "quantity/vague") == 0
					? "they disagree, though one is vague"
				: strcmp(r->rule, "quantity/points-apart") == 0
					? "different figures, though approximate"
					: "both can be true, but they are far apart");
		else
			r->explanation = explain_figures_agree(a, b, &p->wa, &p->wb, p->sa);
	}
	free(drop);
	free(pend);
}

/* ---- one source against itself -------------------------------------------------- */

/* A figure stated as one exact point: no comparator or hedge ("at least",
 * "about", "nearly": a headline's "nearly 200" is the lead's 190), no
 * vague word, no range. */
static bool exact_point(const struct cf_slot *q)
{
	return q->has_lo && q->has_hi && q->lo == q->hi && empty(q->mod) && !vague_figure(q);
}

/* Whether a claim tells of a change or of figures at two times, so that
 * its figures may be another moment's than the rest of the article's: a
 * rise or a fall ("the toll rose to 14", "rose from 30 to 45"), a total
 * or an increase (a running count), a clause of its sentence that rises
 * or falls ("as the toll rose"), or a sentence of two figures in one
 * unit ("was 30, now 45": the one before the change has no event). */
static bool changing(const struct cf_claim *c)
{
	static const char *const moves[] = {"RISE", "FALL", "UPDATE"};
	if (!empty(c->event) && in_list(c->event, moves, CC_ARRAY_LEN(moves)))
		return true;
	/* ... or in any clause of its sentence (the scope's classes: "By
	 * Tuesday 14 people had died as the toll rose": "die rose DIE RISE") */
	for (const char *p = c->scope ? c->scope : ""; *p;) {
		size_t n = strcspn(p, " ");
		for (size_t m = 0; m < CC_ARRAY_LEN(moves); m++)
			if (n == strlen(moves[m]) && memcmp(p, moves[m], n) == 0)
				return true;
		p += n;
		p += strspn(p, " ");
	}
	for (size_t i = 0; i < c->nslots; i++) {
		const struct cf_slot *x = &c->slots[i];
		if (!empty(x->event) && in_list(x->event, moves, CC_ARRAY_LEN(moves)))
			return true;
		if (x->norm && (strcmp(x->norm, "total") == 0 || strcmp(x->norm, "tally") == 0 ||
				strcmp(x->norm, "toll") == 0 || strcmp(x->norm, "increase") == 0))
			return true;
		for (size_t j = i + 1; quantity_type(x->type) && j < c->nslots; j++)
			if (strcmp(c->slots[j].type, x->type) == 0 && same(c->slots[j].unit, x->unit))
				return true;
	}
	return false;
}

/* Whether a claim's sentence tells of another moment of a story that goes
 * on ("now", "later", "earlier": "Police now say 14 people died"). */
static bool another_moment(const struct cf_claim *c)
{
	static const char *const words[] = {"now", "later", "earlier", "initially", "originally",
					    "previously", "first", "updated", "revised", "since"};
	size_t len = claim_len(c);
	const char *t = c->text;
	for (size_t i = 0; i < len; i++) {
		if (i > 0 && isalnum((unsigned char)t[i - 1]))
			continue;
		for (size_t w = 0; w < CC_ARRAY_LEN(words); w++) {
			size_t n = strlen(words[w]);
			if (i + n <= len && ascii_ieqn(t + i, words[w], n) &&
			    (i + n == len || !isalnum((unsigned char)t[i + n])))
				return true;
		}
	}
	return false;
}

/* The word before "of PLACE" in a claim's sentence ("west" in "four miles
 * west of Cobb"), as *w and *n; false when the sentence has no such words.
 * Within one article, two distances from one place in two directions are
 * two places ("the fire, four miles west of Cobb"; "the shelter, six miles
 * north of Cobb"). */
static bool direction_of(const struct cf_claim *c, const char *place, const char **w, size_t *n)
{
	size_t len = claim_len(c), pn = strlen(place);
	const char *t = c->text;
	for (size_t i = 0; pn && i + 3 + pn <= len; i++) {
		if (memcmp(t + i, "of ", 3) != 0 || memcmp(t + i + 3, place, pn) != 0 ||
		    (i > 0 && t[i - 1] != ' ') || (i + 3 + pn < len && isalnum((unsigned char)t[i + 3 + pn])))
			continue;
		size_t e = i > 0 ? i - 1 : 0, b = e;
		while (b > 0 && isalpha((unsigned char)t[b - 1]))
			b--;
		if (b == e)
			return false;
		*w = t + b;
		*n = e - b;
		return true;
	}
	return false;
}

/* Whether two distances from one place lie the same way from it: the
 * same word before "of PLACE" in both sentences. A depth has none. */
static bool same_way(const struct cf_claim *a, const struct cf_claim *b, const char *norm)
{
	if (strncmp(norm, "from ", 5) != 0)
		return true;
	const char *wa, *wb;
	size_t na, nb;
	return direction_of(a, norm + 5, &wa, &na) && direction_of(b, norm + 5, &wb, &nb) && na == nb &&
	       ascii_ieqn(wa, wb, na);
}

/* Whether a claim's sentence has a capitalised word (not its first word,
 * nor one of the compared figure's own words: "Tuesday") that the other
 * sentence lacks ("Aldwick" in "employs 120 workers at its Aldwick depot"
 * against "150 workers at its Wexley depot"). */
static bool names_more(const struct cf_claim *c, const struct cf_slot *q, const struct cf_claim *o)
{
	size_t len = claim_len(c);
	const char *t = c->text, *qt = q->text ? q->text : "";
	bool first = true;
	for (size_t i = 0; i < len;) {
		if (!isalnum((unsigned char)t[i])) {
			i++;
			continue;
		}
		size_t e = i;
		while (e < len && (isalnum((unsigned char)t[e]) || t[e] == '\''))
			e++;
		bool cap = t[i] >= 'A' && t[i] <= 'Z' && !first;
		first = false;
		if (cap) {
			char w[64];
			size_t n = e - i < sizeof w - 1 ? e - i : sizeof w - 1;
			memcpy(w, t + i, n);
			w[n] = '\0';
			struct cf_claim tmp = {.text = qt};
			if (!names_in(&tmp, w) && !names_in(o, w))
				return true;
		}
		i = e;
	}
	return false;
}

/* Happenings an article dates once: a death, a quake, a start, a
 * founding, a collapse (not a report, which is made again and again). */
static bool dated_once(const char *cls)
{
	static const char *const once[] = {"DIE", "STRIKE", "START", "FOUND", "COLLAPSE"};
	return !empty(cls) && in_list(cls, once, CC_ARRAY_LEN(once));
}

/* "x.txt says \"four\" (4 miles) in sentence 3 and \"six\" (6 miles) in
 * sentence 12": the sentences by the index `crosscheck show` gives them */
static char *explain_within(const struct cf_claim *a, const struct cf_claim *b,
			    const struct cf_slot *qa, const struct cf_slot *qb, const char *subject,
			    bool date)
{
	struct buf o;
	buf_init(&o);
	char na[24], nb[24];
	snprintf(na, sizeof na, "%zu", a->sentence);
	snprintf(nb, sizeof nb, "%zu", b->sentence);
	if (!date && placed_words(qa->norm, &o)) {
		buf_adds(&o, ", ");
	} else if (!unnamed_subject(subject)) {
		buf_adds(&o, "For ");
		subject_words(subject, &o);
		if (!date && qa->norm && *qa->norm)
			cat(&o, possessive_end(subject), qa->norm, NULL);
		buf_adds(&o, ", ");
	}
	cat(&o, a->source, " says ", NULL);
	if (date) {
		date_value(qa, &o);
	} else {
		quoted_value(qa, qa->unit, &o);
	}
	cat(&o, " in sentence ", na, " and ", NULL);
	if (date) {
		date_value(qb, &o);
	} else {
		quoted_value(qb, qb->unit, &o);
	}
	cat(&o, " in sentence ", nb, ": the same source ",
	    date ? "dates one event on two days" : "gives two figures for one fact", NULL);
	return buf_steal(&o);
}

/* Two claims of one source (kind "same-source"). Strict, because an
 * article restates its figures (a headline, its lead, the body) in other
 * words and at other moments of a story that goes on: only two exact
 * figures of the same subject (named in both sentences), event, unit and
 * measure that no rounding joins, or two days of one happening of the
 * same subject; never two claims of one sentence, nor in a sentence of a
 * change, of another moment, of another year, foreseen, hedged or
 * denied. The store leaves out what needs the sentences around a claim
 * (store/conflicts.c mark_within). */
static void judge_within(const struct cf_claim *a, const struct cf_claim *b, struct sink *k)
{
	const char *(*unit_fn)(const char *, void *) = k->w->unit;
	void *uctx = k->w->ctx;
	if (a->id == b->id || a->sentence == b->sentence || a->negated || b->negated || a->elsewhen ||
	    b->elsewhen || !same(a->modality, "asserted") || !same(b->modality, "asserted") ||
	    a->year != b->year || changing(a) || changing(b) || another_moment(a) || another_moment(b))
		return;
	for (size_t i = 0; i < a->nslots; i++) {
		const struct cf_slot *qa = &a->slots[i];
		if (qa->elsewhen)
			continue;
		for (size_t j = 0; j < b->nslots; j++) {
			const struct cf_slot *qb = &b->slots[j];
			if (qb->elsewhen || strcmp(qa->type, qb->type) != 0)
				continue;
			/* a depth or a distance from a named place is the story's
			 * event's, whatever verb or subject carries it */
			bool placed = qa->norm && qb->norm && strcmp(qa->norm, qb->norm) == 0 &&
				      (strncmp(qa->norm, "from ", 5) == 0 || strcmp(qa->norm, "depth") == 0);
			if (!placed && (empty(qa->event) || empty(qb->event) || strcmp(qa->event, qb->event) != 0 ||
					reporting(qa->event)))
				continue;
			if (placed && !same_way(a, b, qa->norm))
				continue;
			/* two sentences that each name what the other does not may
			 * tell of two things (two depots, two plants) */
			if (names_more(a, qa, b) && names_more(b, qb, a))
				continue;
			const char *sa = subj(a, qa), *sb = subj(b, qb);
			if (!placed && (empty(qa->subject) || !same(sa, sb)))
				continue;
			/* a subject the sentence does not name is the article's
			 * main entity standing in: a headline's "Swap frees 25
			 * people" is the whole swap, the body's "Karvia handed
			 * over 14 people" one side of it */
			if (!placed && ((qa->subject_implied && !names_in(a, sa)) ||
					(qb->subject_implied && !names_in(b, sb))))
				continue;
			char key[CF_KEY_SIZE];
			struct cf_result *r = NULL;
			if (strcmp(qa->type, "date") == 0) {
				if (!dated_once(qa->event) || !is_day(qa) || !is_day(qb) || qa->year_from == 4 ||
				    qb->year_from == 4 || !(empty(qa->mod) || same(qa->mod, "on")) ||
				    !(empty(qb->mod) || same(qb->mod, "on")) ||
				    strcmp(qa->value, qb->value) == 0)
					continue;
				snprintf(key, sizeof key, "%s|%s|date", sa, qa->event);
				r = emit(k, CF_CONFLICT, "same-source", "strong", "same-source/date", key);
			} else {
				if (!quantity_type(qa->type) || !exact_point(qa) || !exact_point(qb) ||
				    vote_slot(qa) || vote_slot(qb) ||
				    strcmp(qa->norm ? qa->norm : "", qb->norm ? qb->norm : "") != 0 ||
				    has_period(a) != has_period(b) || overlap(qa, qb) || rounding_touch(qa, qb))
					continue;
				const char *ua = qa->unit ? qa->unit : "", *ub = qb->unit ? qb->unit : "";
				if (unit_fn) {
					ua = unit_fn(ua, uctx);
					ub = unit_fn(ub, uctx);
				}
				if (empty(ua) || strcmp(ua, ub) != 0 || strcmp(ua, "ordinal") == 0 ||
				    strcmp(ua, "age") == 0)
					continue;
				double xa = fabs(qa->lo), xb = fabs(qb->lo);
				if ((xa < xb ? xa : xb) <= 0 || (xa > xb ? xa / xb : xb / xa) > 10)
					continue;
				snprintf(key, sizeof key, "%s|%s|%s%s%s", placed ? "" : sa, ua, qa->type,
					 qa->norm && *qa->norm ? "|" : "", qa->norm ? qa->norm : "");
				r = emit(k, CF_CONFLICT, "same-source", "strong", "same-source/quantity", key);
			}
			if (!r)
				continue;
			r->slot_a = qa->ord;
			r->slot_b = qb->ord;
			r->explanation = explain_within(a, b, qa, qb, placed ? "" : sa, strcmp(qa->type, "date") == 0);
		}
	}
}

/* ---- an implied subject is the story's ------------------------------------------ */

/* Whether a claim or one of its slots takes its subject from its source's
 * main entity. */
static bool any_implied(const struct cf_claim *c)
{
	if (c->subject_implied && !c->elsewhen)
		return true;
	for (size_t i = 0; i < c->nslots; i++)
		if (c->slots[i].subject_implied && !c->slots[i].elsewhen)
			return true;
	return false;
}

/* Whether a claim (or a slot of it) takes its subject from its source's
 * main entity in a sentence of another year: background. */
static bool background(const struct cf_claim *c)
{
	if (c->subject_implied && c->elsewhen)
		return true;
	for (size_t i = 0; i < c->nslots; i++)
		if (c->slots[i].subject_implied && c->slots[i].elsewhen)
			return true;
	return false;
}

/* Whether a claim names `story` as its subject (or a slot's) in its own
 * words (not as a main entity standing in, whatever the sentence's year). */
static bool is_story(const char *subject, const char *story)
{
	return same(subject, story) || name_short_form(subject, story) == story;
}

static bool names_story(const struct cf_claim *c, const char *story)
{
	if (!c->subject_implied && is_story(c->subject, story))
		return true;
	for (size_t i = 0; i < c->nslots; i++)
		if (!c->slots[i].subject_implied && is_story(c->slots[i].subject, story))
			return true;
	return false;
}

/* Whether the pair's subjects already agree: the claims' own, or, when a
 * claim has none, those of its slots (a claim opening on an undated
 * figure). */
static const char *first_subject(const struct cf_claim *c)
{
	if (!empty(c->subject))
		return c->subject;
	for (size_t i = 0; i < c->nslots; i++)
		if (!empty(c->slots[i].subject) && strcmp(c->slots[i].type, "quote") != 0)
			return c->slots[i].subject;
	return NULL;
}

/* *out: c with its implied subjects (the claim's, its slots') replaced by
 * `story`, and so the story's subject named in full ("Harlow Foods" for
 * "Harlow"); its slots in `slots` (c->nslots of them). */
static void as_story(const struct cf_claim *c, const char *story, struct cf_slot *slots,
		     struct cf_claim *out)
{
	*out = *c;
	if ((c->subject_implied && !c->elsewhen) || (!c->subject_implied && is_story(c->subject, story)))
		out->subject = story;
	for (size_t i = 0; i < c->nslots; i++) {
		slots[i] = c->slots[i];
		if ((slots[i].subject_implied && !slots[i].elsewhen) ||
		    (!slots[i].subject_implied && is_story(slots[i].subject, story)))
			slots[i].subject = story;
	}
	out->slots = slots;
}

/* Classes that count a toll: the dead and the hurt. */
static bool toll(const char *cls)
{
	return cls && (strcmp(cls, "KILL") == 0 || strcmp(cls, "DIE") == 0 || strcmp(cls, "INJURE") == 0);
}

/* Whether a claim counts a toll whose subject is a common noun it names
 * itself in a sentence of the story's time: what happened ("the explosion
 * killed nine"), not a name. */
static bool occurrence_toll(const struct cf_claim *c)
{
	if (c->subject_implied || c->elsewhen || !common_noun(c->subject) || !toll(c->event))
		return false;
	for (size_t i = 0; i < c->nslots; i++)
		if (strcmp(c->slots[i].type, "number") == 0 && same(c->slots[i].subject, c->subject) &&
		    toll(c->slots[i].event))
			return true;
	return false;
}

/* As as_story, for an occurrence's toll (occurrence_toll): the claim's
 * subject and its slots' that are the same noun become `story`. *out may
 * hold as_story's result already (its slots in `slots`) or a copy of c. */
static void toll_as_story(const struct cf_claim *c, const char *story, struct cf_slot *slots,
			  struct cf_claim *out)
{
	if (out->slots != slots) {
		for (size_t i = 0; i < c->nslots; i++)
			slots[i] = c->slots[i];
		out->slots = slots;
	}
	for (size_t i = 0; i < c->nslots; i++)
		if (same(c->slots[i].subject, c->subject) && !c->slots[i].subject_implied)
			slots[i].subject = story;
	out->subject = story;
}

/* A key's fields (split at '|') that are the story's subject become "*":
 * the story's subject as the store saw it when the pair was judged may
 * change as sources come, and the key, which names the disagreement, must
 * not depend on the order the sources came in. */
static void key_story(char *key, const char *story)
{
	size_t sl = strlen(story);
	for (char *f = key; *f;) {
		char *e = strchr(f, '|');
		size_t fl = e ? (size_t)(e - f) : strlen(f);
		if (fl == sl && ascii_ieqn(f, story, sl)) {
			memmove(f + 1, f + fl, strlen(f + fl) + 1);
			*f = '*';
			fl = 1;
		}
		if (!f[fl])
			break;
		f += fl + 1;
	}
}

size_t conflict_judge(const struct cf_claim *a, const struct cf_claim *b, const struct cf_words *words,
		      struct cf_result *out, size_t max)
{
	static const struct cf_words none = {0};
	struct sink k = {out, 0, max, words ? words : &none};
	if (!a->source || !b->source)
		return 0;
	/* a question ("Did any readers feel the quake shortly after 2
	 * a.m.?") states nothing to agree or disagree with */
	if (asked(a) || asked(b))
		return 0;
	if (strcmp(a->source, b->source) == 0) {
		judge_within(a, b, &k);
		return k.n;
	}
	/* an implied subject is the story's, when the other side's is too
	 * (implied, or named as the story's subject) and the two differ; with
	 * no story's subject known (no name leads), two implied ones are
	 * still the story's, which the words then do not name ("the subject":
	 * unnamed_subject) */
	/* background (an implied subject in a sentence of another year, or
	 * in one going on with it: "It injured 20 people") tells of an
	 * earlier occurrence, which the main entity's name only stands in
	 * for: its figures and dates meet only another background's, never
	 * the story's, whatever subject the other side gives */
	if (background(a) != background(b)) {
		judge_quotes(a, b, &k);
		return k.n;
	}
	const char *story = !empty(a->story_subject) ? a->story_subject : b->story_subject;
	bool known = !empty(story);
	if ((any_implied(a) || any_implied(b)) && !same(first_subject(a), first_subject(b))) {
		bool ia = any_implied(a), ib = any_implied(b);
		/* a toll whose subject is what happened ("An explosion tore
		 * through the plant, killing nine workers") is the story's toll,
		 * as another outlet's with the story's subject implied ("Eleven
		 * people were killed when an explosion ripped through the
		 * plant") */
		bool oa = ib && occurrence_toll(a) && toll(b->event), ob = ia && occurrence_toll(b) && toll(a->event);
		bool ra = ia && (ib || ob || (known && names_story(b, story)));
		bool rb = ib && (ia || oa || (known && names_story(a, story)));
		if (!known)
			story = "the subject";
		if (ra || rb) {
			struct cf_slot *sl = xmalloc((a->nslots + b->nslots + 1) * sizeof *sl);
			struct cf_claim ca = *a, cb = *b;
			if (ra || known)
				as_story(a, story, sl, &ca);
			if (rb || known)
				as_story(b, story, sl + a->nslots, &cb);
			if (oa)
				toll_as_story(a, story, sl, &ca);
			if (ob)
				toll_as_story(b, story, sl + a->nslots, &cb);
			judge_quotes(&ca, &cb, &k);
			judge_polarity(&ca, &cb, &k);
			judge_dates(&ca, &cb, &k);
			judge_quantities(&ca, &cb, &k);
			free(sl);
			for (size_t i = 0; i < k.n; i++)
				key_story(out[i].key, story);
			return k.n;
		}
	}
	judge_quotes(a, b, &k);
	judge_polarity(a, b, &k);
	judge_dates(a, b, &k);
	judge_quantities(a, b, &k);
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
					"polarity", "attribution", "same-source"};
	for (size_t i = 0; kind && i < CC_ARRAY_LEN(v); i++)
		if (strcmp(kind, v[i]) == 0)
			return true;
	return false;
}
