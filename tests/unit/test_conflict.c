/* Unit tests for src/conflict.c's event-date rule on times of day (and on
 * reports told with different verbs of saying): two
 * sources giving a time for the same subject, event and action. Each case
 * is a pair of date slots as extraction writes them (value, granularity,
 * zone in unit, the day in lo/hi when known) and the verdict a
 * fact-checker expects, with the words the explanation must hold. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "conflict.h"
#include "lexicon.h"
#include "mention.h"
#include "tap.h"
#include "util.h"

struct side {
	const char *text, *value, *gran, *unit;
	int y, m, d; /* the day (lo = hi), 0: unknown (year_from 4, no lo/hi) */
};

struct pair_case {
	const char *name;
	struct side a, b;
	int verdict;       /* -1 none, else enum cf_verdict */
	const char *rule;  /* NULL: not checked */
	const char *severity;
	const char *words; /* a piece of the explanation, NULL: not checked */
};

#define NONE (-1)

static const struct pair_case cases[] = {
	{"2:09 a.m. PST against 2:19 a.m. on the same day",
	 {"2:09 a.m. PST on Monday", "2025-03-03T02:09-08:00", "minute", "PST", 2025, 3, 3},
	 {"2:19 a.m. on Monday", "2025-03-03T02:19", "minute", "", 2025, 3, 3},
	 CF_CONFLICT, "event-date/different-time", "strong",
	 "a.txt says the quake strikes at 2:09 a.m. PST on 2025-03-03 (\"2:09 a.m. PST on Monday\"), "
	 "b.txt at 2:19 a.m. on 2025-03-03 (\"2:19 a.m. on Monday\"): the same event at different times"},
	{"5:09 a.m. ET equals 2:09 a.m. PT on a standard-time day",
	 {"5:09 a.m. ET on Monday", "2025-03-03T05:09-05:00", "minute", "ET", 2025, 3, 3},
	 {"2:09 a.m. PT on Monday", "2025-03-03T02:09-08:00", "minute", "PT", 2025, 3, 3},
	 CF_AGREE, "event-date/same-time", NULL,
	 "a.txt (5:09 a.m. ET) and b.txt (2:09 a.m. PT) agree on when the quake strikes"},
	{"5:09 a.m. ET is not 2:09 a.m. PT's moment in summer when one is written EST",
	 {"5:09 a.m. EST", "2024-07-15T05:09-05:00", "minute", "EST", 2024, 7, 15},
	 {"2:09 a.m. PT", "2024-07-15T02:09-07:00", "minute", "PT", 2024, 7, 15},
	 CF_CONFLICT, "event-date/different-time", "strong",
	 "at 5:09 a.m. EST on 2024-07-15 (\"5:09 a.m. EST\"), b.txt at 2:09 a.m. PT on 2024-07-15"},
	{"a time against a day-only date on its day is compatible",
	 {"2:09 a.m. Monday", "2025-03-03T02:09", "minute", "", 2025, 3, 3},
	 {"Monday", "2025-03-03", "day", "", 2025, 3, 3},
	 CF_AGREE, "event-date/compatible", NULL, NULL},
	{"a time against a day-only date on another day is a different day",
	 {"2:09 a.m. Monday", "2025-03-03T02:09", "minute", "", 2025, 3, 3},
	 {"Sunday", "2025-03-02", "day", "", 2025, 3, 2},
	 CF_CONFLICT, "event-date/different-day", "strong", NULL},
	{"a time without its day says nothing about a day-only date",
	 {"2:09 a.m.", "XXXX-XX-XXT02:09", "minute", "", 0, 0, 0},
	 {"Monday", "2025-03-03", "day", "", 2025, 3, 3},
	 NONE, NULL, NULL, NULL},
	{"a time without its day against a different time: weak",
	 {"2:09 a.m.", "XXXX-XX-XXT02:09", "minute", "", 0, 0, 0},
	 {"2:19 a.m. Monday", "2025-03-03T02:19", "minute", "", 2025, 3, 3},
	 CF_CONFLICT, "event-date/different-time", "weak", "at 2:09 a.m. on an unknown day"},
	{"two times without days, the same",
	 {"2:09 a.m.", "XXXX-XX-XXT02:09", "minute", "", 0, 0, 0},
	 {"2:09 am PST", "XXXX-XX-XXT02:09-08:00", "minute", "PST", 0, 0, 0},
	 CF_AGREE, "event-date/same-time", NULL, NULL},
	{"an hour holds its minutes: 2 a.m. and 2:09 a.m.",
	 {"2 a.m.", "2025-03-03T02:00", "hour", "", 2025, 3, 3},
	 {"2:09 a.m.", "2025-03-03T02:09", "minute", "", 2025, 3, 3},
	 CF_AGREE, "event-date/same-time", NULL, NULL},
	{"3 p.m. against 4 p.m.",
	 {"3 p.m. Tuesday", "2025-03-04T15:00", "hour", "", 2025, 3, 4},
	 {"4 p.m. Tuesday", "2025-03-04T16:00", "hour", "", 2025, 3, 4},
	 CF_CONFLICT, "event-date/different-time", "strong",
	 "at 3 p.m. on 2025-03-04 (\"3 p.m. Tuesday\"), b.txt at 4 p.m. on 2025-03-04"},
	{"a range holds a time inside it",
	 {"7:15-7:45 a.m. PT", "2007-11-12T07:15-08:00/07:45", "minute", "PT", 2007, 11, 12},
	 {"7:30 a.m. PST", "2007-11-12T07:30-08:00", "minute", "PST", 2007, 11, 12},
	 CF_AGREE, "event-date/same-time", NULL, NULL},
	{"a range and a time outside it",
	 {"7:15-7:45 a.m. PT", "2007-11-12T07:15-08:00/07:45", "minute", "PT", 2007, 11, 12},
	 {"8:30 a.m. PST", "2007-11-12T08:30-08:00", "minute", "PST", 2007, 11, 12},
	 CF_CONFLICT, "event-date/different-time", "strong", NULL},
	{"11 p.m. PT Tuesday is 2 a.m. ET Wednesday",
	 {"11 p.m. PT Tuesday", "2024-07-16T23:00-07:00", "hour", "PT", 2024, 7, 16},
	 {"2 a.m. ET Wednesday", "2024-07-17T02:00-04:00", "hour", "ET", 2024, 7, 17},
	 CF_AGREE, "event-date/same-time", NULL, NULL},
	{"11:50 p.m. Tuesday against 12:10 a.m. Wednesday",
	 {"11:50 p.m. Tuesday", "2024-10-08T23:50", "minute", "", 2024, 10, 8},
	 {"12:10 a.m. Wednesday", "2024-10-09T00:10", "minute", "", 2024, 10, 9},
	 CF_CONFLICT, "event-date/different-time", "strong",
	 "at 11:50 p.m. on 2024-10-08 (\"11:50 p.m. Tuesday\"), b.txt at 12:10 a.m. on 2024-10-09"},
	{"midnight Tuesday is the end of Tuesday: 12 a.m. Wednesday",
	 {"midnight Tuesday", "2024-10-08T24:00", "minute", "", 2024, 10, 8},
	 {"12 a.m. Wednesday", "2024-10-09T00:00", "hour", "", 2024, 10, 9},
	 CF_AGREE, "event-date/same-time", NULL, NULL},
	{"midnight Tuesday is not 11:59 p.m. Tuesday",
	 {"midnight Tuesday", "2024-10-08T24:00", "minute", "", 2024, 10, 8},
	 {"11:59 p.m. Tuesday", "2024-10-08T23:59", "minute", "", 2024, 10, 8},
	 CF_CONFLICT, "event-date/different-time", "strong",
	 "at midnight on 2024-10-08 (\"midnight Tuesday\"), b.txt at 11:59 p.m. on 2024-10-08"},
	{"without days, times of day meet across midnight",
	 {"11:30 p.m. PST", "XXXX-XX-XXT23:30-08:00", "minute", "PST", 0, 0, 0},
	 {"2:30 a.m. EST", "XXXX-XX-XXT02:30-05:00", "minute", "EST", 0, 0, 0},
	 CF_AGREE, "event-date/same-time", NULL, NULL},
	{"two zones without a known offset cannot be compared",
	 {"2 p.m. IST", "XXXX-XX-XXT14:00", "hour", "IST", 0, 0, 0},
	 {"9 a.m. GMT", "XXXX-XX-XXT09:00+00:00", "hour", "GMT", 0, 0, 0},
	 NONE, NULL, NULL, NULL},
	{"a zone against none is read in the same local time",
	 {"2:09 a.m. local time", "XXXX-XX-XXT02:09", "minute", "local", 0, 0, 0},
	 {"2:09 a.m.", "XXXX-XX-XXT02:09", "minute", "", 0, 0, 0},
	 CF_AGREE, "event-date/same-time", NULL, NULL},
};

static void fill(struct cf_slot *s, const struct side *x)
{
	memset(s, 0, sizeof *s);
	s->type = "date";
	s->text = x->text;
	s->value = x->value;
	s->unit = x->unit;
	s->gran = x->gran;
	s->mod = "";
	s->event = "STRIKE";
	s->subject = "quake";
	s->norm = "";
	if (x->y) {
		s->lo = s->hi = (double)days_from_civil(x->y, x->m, x->d);
		s->has_lo = s->has_hi = true;
		s->year_from = 0;
	} else {
		s->year_from = 4;
	}
}

static void claim(struct cf_claim *c, const char *source, const struct cf_slot *s, const char *lemma)
{
	memset(c, 0, sizeof *c);
	c->id = source[0];
	c->source = source;
	c->subject = "quake";
	c->event = "STRIKE";
	c->lemma = lemma;
	c->modality = "asserted";
	c->scope = lemma;
	c->text = "";
	c->slots = s;
	c->nslots = 1;
}

static void check(const struct pair_case *e)
{
	struct cf_slot sa, sb;
	fill(&sa, &e->a);
	fill(&sb, &e->b);
	struct cf_claim a, b;
	claim(&a, "a.txt", &sa, "strike");
	claim(&b, "b.txt", &sb, "strike");
	struct cf_result r[4];
	size_t n = conflict_judge(&a, &b, NULL, r, 4);
	bool ok;
	if (e->verdict == NONE) {
		ok = n == 0;
	} else {
		ok = n == 1 && (int)r[0].verdict == e->verdict && (!e->rule || strcmp(r[0].rule, e->rule) == 0) &&
		     (!e->severity || (r[0].severity && strcmp(r[0].severity, e->severity) == 0)) &&
		     (!e->words || (r[0].explanation && strstr(r[0].explanation, e->words)));
	}
	tap_ok(ok, "%s", e->name);
	for (size_t i = 0; i < n; i++)
		if (!ok)
			printf("#   got: verdict %d rule %s severity %s: %s\n", (int)r[i].verdict, r[i].rule,
			       r[i].severity ? r[i].severity : "-", r[i].explanation ? r[i].explanation : "");
	if (!ok && n == 0)
		printf("#   got no result\n");
	for (size_t i = 0; i < n; i++)
		conflict_result_free(&r[i]);
}

/* A length that is a depth or a distance from a named place is the story
 * event's, whatever subject each article gives it; two such figures of
 * one pair of sources are two conflicts (their keys differ). */
static void length_slot(struct cf_slot *s, const char *text, double v, const char *norm,
			const char *subject)
{
	memset(s, 0, sizeof *s);
	s->type = "number";
	s->text = text;
	s->value = text;
	s->unit = "mile";
	s->gran = "";
	s->mod = "";
	s->event = "STRIKE";
	s->subject = subject;
	s->norm = norm;
	s->lo = s->hi = v;
	s->has_lo = s->has_hi = true;
	s->year_from = 4;
}

static size_t judge_lengths(const char *na, double va, const char *sa, const char *nb, double vb,
			    const char *sb, struct cf_result *r)
{
	static struct cf_slot qa, qb;
	static struct cf_claim a, b;
	length_slot(&qa, "va", va, na, sa);
	length_slot(&qb, "vb", vb, nb, sb);
	claim(&a, "a.txt", &qa, "strike");
	claim(&b, "b.txt", &qb, "strike");
	a.subject = sa;
	b.subject = sb;
	return conflict_judge(&a, &b, NULL, r, 4);
}

static void check_placed_lengths(void)
{
	struct cf_result r[4], r2[4];
	size_t n = judge_lengths("depth", 1.2, "Healdsburg", "depth", 5, "Sonoma County", r);
	tap_ok(n == 1 && r[0].verdict == CF_CONFLICT && strstr(r[0].explanation, "For the depth,"),
	       "depths meet whatever subjects the articles give: %s", n ? r[0].explanation : "none");
	size_t n2 = judge_lengths("from Santa Rosa", 20, "Healdsburg", "from Santa Rosa", 26, "Maacama Fault", r2);
	tap_ok(n2 == 1 && r2[0].verdict == CF_CONFLICT &&
		       strstr(r2[0].explanation, "For the distance from Santa Rosa,") &&
		       n == 1 && strcmp(r[0].key, r2[0].key) != 0,
	       "a distance from one place meets it too, under another key than the depth");
	for (size_t i = 0; i < n; i++)
		conflict_result_free(&r[i]);
	for (size_t i = 0; i < n2; i++)
		conflict_result_free(&r2[i]);
	n = judge_lengths("from Santa Rosa", 20, "quake", "from Cobb", 4, "quake", r);
	tap_ok(n == 0, "distances from two places are not compared");
	for (size_t i = 0; i < n; i++)
		conflict_result_free(&r[i]);
	n = judge_lengths("", 20, "Healdsburg", "", 26, "Maacama Fault", r);
	tap_ok(n == 0, "lengths that say nothing of where keep their subjects apart");
	for (size_t i = 0; i < n; i++)
		conflict_result_free(&r[i]);
}

/* Different actions never compare their times: "struck at 2:09" and
 * "was felt at 2:19" are two facts. */
static void check_other_action(void)
{
	struct cf_slot sa, sb;
	fill(&sa, &cases[0].a);
	fill(&sb, &cases[0].b);
	struct cf_claim a, b;
	claim(&a, "a.txt", &sa, "strike");
	claim(&b, "b.txt", &sb, "feel");
	struct cf_result r[4];
	size_t n = conflict_judge(&a, &b, NULL, r, 4);
	tap_ok(n == 0, "times of different actions are not compared");
	for (size_t i = 0; i < n; i++)
		conflict_result_free(&r[i]);
}

/* One statement reported with different verbs of saying on different
 * days: the same report when the reported actions meet (scopes share a
 * word, or both end everything); else two statements. */
static void check_reports(void)
{
	static const struct {
		const char *name, *lemma_a, *scope_a, *lemma_b, *scope_b;
		bool conflict;
	} v[] = {
		{"'said it will buy' and 'announced it would buy' are one report", "said", "buy deal",
		 "announce", "buy", true},
		{"'said it will cease' and 'announced it would wind down' both end everything", "said",
		 "cease end", "announce", "wind down close", true},
		{"'said it will buy' and 'announced a hiring plan' are two statements", "said", "buy",
		 "announce", "hire", false},
		{"'said on Monday' with nothing reported ties to nothing", "said", "", "announce", "buy",
		 false},
	};
	for (size_t i = 0; i < CC_ARRAY_LEN(v); i++) {
		struct side da = {"Monday", "2025-03-03", "day", "", 2025, 3, 3};
		struct side db = {"Tuesday", "2025-03-04", "day", "", 2025, 3, 4};
		struct cf_slot sa, sb;
		fill(&sa, &da);
		fill(&sb, &db);
		sa.event = sb.event = "ANNOUNCE";
		struct cf_claim a, b;
		claim(&a, "a.txt", &sa, v[i].lemma_a);
		claim(&b, "b.txt", &sb, v[i].lemma_b);
		a.event = b.event = "ANNOUNCE";
		a.scope = v[i].scope_a;
		b.scope = v[i].scope_b;
		struct cf_result r[4];
		size_t n = conflict_judge(&a, &b, NULL, r, 4);
		bool got = n == 1 && r[0].verdict == CF_CONFLICT && strcmp(r[0].kind, "event-date") == 0 &&
			   strcmp(r[0].severity, "weak") == 0;
		tap_ok(v[i].conflict ? got : n == 0, "%s", v[i].name);
		for (size_t k = 0; k < n; k++)
			conflict_result_free(&r[k]);
	}
}

/* The same day, one side ending everything and the other stopping part of
 * it: which beginnings count as such a change, and which rules may stand
 * for the subject. */
static void check_scopes(void)
{
	static const struct {
		const char *name;
		const char *subj_b, *event_b, *scope_b;
		bool negated_b, conflict;
	} v[] = {
		{"'may no longer deliver updates from Sept. 29' against 'until Sept. 29 to cease all'",
		 "Orvik", "START", "update resell license", true, true},
		{"'starting Sept. 29, customers will stop receiving updates' (no subject)", "", "START",
		 "stop update", false, true},
		{"'restrictions take effect on Sept. 29, preventing updates': the rule stands for Orvik",
		 "restriction", "START", "restrict update resale license", false, true},
		{"'will begin cutting jobs from Sept. 29' starts something, it stops nothing", "Orvik",
		 "START", "release cut", false, false},
		{"'the rule takes effect on Sept. 29': a beginning that stops nothing", "rule", "START",
		 "rule", false, false},
		{"a common noun that stops nothing does not stand for Orvik", "plant", "END",
		 "update", false, false},
	};
	for (size_t i = 0; i < CC_ARRAY_LEN(v); i++) {
		struct side d = {"Sept. 29", "2024-09-29", "day", "", 2024, 9, 29};
		struct cf_slot sa, sb;
		fill(&sa, &d);
		fill(&sb, &d);
		sa.event = "DEADLINE";
		sa.subject = "Orvik";
		sb.event = v[i].event_b;
		sb.subject = v[i].subj_b;
		struct cf_claim a, b;
		claim(&a, "a.txt", &sa, "cease");
		claim(&b, "b.txt", &sb, "update");
		a.event = "DEADLINE";
		a.subject = "Orvik";
		a.scope = "cease";
		b.event = v[i].event_b;
		b.subject = v[i].subj_b;
		b.scope = v[i].scope_b;
		b.negated = v[i].negated_b;
		struct cf_result r[4];
		size_t n = conflict_judge(&a, &b, NULL, r, 4);
		bool got = false;
		for (size_t k = 0; k < n; k++)
			got |= r[k].verdict == CF_CONFLICT && strcmp(r[k].kind, "date-scope") == 0 &&
			       strstr(r[k].key, "Orvik") != NULL;
		tap_ok(got == v[i].conflict, "%s", v[i].name);
		if (i <= 2) {
			/* the actions as words a reader takes in: what stops, each
			 * once, joined with "and"; the verbs that stop ("stop",
			 * "restrict") are no item of the list */
			static const char *const want[] = {
				"a.txt says Orvik must cease entirely by 2024-09-29 (\"Sept. 29\"); b.txt says Orvik "
				"stops only updates, reselling and licensing on 2024-09-29 (\"Sept. 29\"): the same "
				"date, but everything ends in one and only part in the other",
				"b.txt says only updates stop on 2024-09-29",
				"b.txt says only updates, resales and licensing stop on 2024-09-29",
			};
			bool said = false, lemma = false;
			for (size_t k = 0; k < n; k++) {
				said |= r[k].explanation && strstr(r[k].explanation, want[i]) != NULL;
				lemma |= r[k].explanation && (strstr(r[k].explanation, "restrict") ||
							      strstr(r[k].explanation, "must:") ||
							      strstr(r[k].explanation, "stop, ") ||
							      strstr(r[k].explanation, "these stop"));
			}
			tap_ok(said && !lemma, "its explanation says \"%s\"", want[i]);
			for (size_t k = 0; k < n && !(said && !lemma); k++)
				printf("#   got: %s\n", r[k].explanation ? r[k].explanation : "");
		}
		for (size_t k = 0; k < n; k++)
			conflict_result_free(&r[k]);
	}
}

/* ---- explanations a reader understands at once ----
 * Each case is a pair of one-slot claims and what its explanation must say
 * (`want`, a piece of it) and must not (`never`: class names in capitals,
 * comparators, raw intervals, lemma lists). */
struct wside {
	const char *subject, *event, *lemma, *scope;
	bool negated;
	const char *type, *text, *value, *unit, *gran, *mod, *norm;
	double lo, hi; /* dates: from the value ("2024-07-20", "2025-Q2") */
	int has;       /* 1 lo, 2 hi, 3 both */
};

struct wcase {
	const char *name;
	struct wside a, b;
	const char *rule, *want, *never;
};

static const struct wcase wcases[] = {
	{"a span against 'over a decade': '17 to 20 years' and 'more than 10 years'",
	 {"Orvik", "SERVE", "serve", "serve", false, "duration", "nearly two decades", "P17Y/P20Y", "year", NULL, "", "", 17, 20, 3},
	 {"Orvik", "SERVE", "serve", "serve", false, "duration", "over a decade", "P10Y", "year", NULL, "more", "", 10, 0, 1},
	 "quantity/far-apart",
	 "For Orvik, a.txt says \"nearly two decades\" (17 to 20 years) and b.txt \"over a decade\" (more than "
	 "10 years): both can be true, but they are far apart",
	 ">="},
	{"'fewer than 50' workers against 'about 60'",
	 {"Orvik", "LAYOFF", "lay off", "lay off", false, "number", "fewer than 50", "50", "worker", NULL, "less", "", 0, 50, 2},
	 {"Orvik", "LAYOFF", "lay off", "lay off", false, "number", "about 60", "60", "worker", NULL, "approx", "", 54, 66, 3},
	 "quantity/disjoint",
	 "a.txt says \"fewer than 50\" (fewer than 50 workers) and b.txt \"about 60\" (about 60 workers): the "
	 "figures cannot both be right",
	 "<="},
	{"'up to 50 staff' keeps its words; one figure in the article's words is not repeated",
	 {"Orvik", "LAYOFF", "lay off", "lay off", false, "number", "up to 50 staff", "50", "staff", NULL, "less", "", 0, 50, 2},
	 {"Orvik", "LAYOFF", "lay off", "lay off", false, "number", "80 staff", "80", "staff", NULL, "", "", 80, 80, 3},
	 "quantity/disjoint", "a.txt says \"up to 50 staff\" and b.txt \"80 staff\": the figures", "("},
	{"'as many as 200' is a ceiling: 'up to', never 'fewer than'",
	 {"Orvik", "LAYOFF", "cut", "cut", false, "number", "As many as 200", "200", "job", NULL, "less", "", 0, 200, 2},
	 {"Orvik", "LAYOFF", "cut", "cut", false, "number", "320", "320", "job", NULL, "", "", 320, 320, 3},
	 "quantity/disjoint", "a.txt says \"As many as 200\" (up to 200 jobs) and b.txt \"320\"", "fewer"},
	{"'at least 10 years' is not turned into 'more than'",
	 {"Orvik", "SERVE", "serve", "serve", false, "duration", "at least 10 years", "P10Y", "year", NULL, "more", "", 10, 0, 1},
	 {"Orvik", "SERVE", "serve", "serve", false, "duration", "six years", "P6Y", "year", NULL, "", "", 6, 6, 3},
	 "quantity/disjoint", "a.txt says \"at least 10 years\" and b.txt \"six years\" (6 years)", "more than"},
	{"money in millions, not in exponents",
	 {"Orvik", "ACQUIRE", "buy", "buy", false, "money", "$290 million", "USD 290000000", "USD", NULL, "", "", 290e6, 290e6, 3},
	 {"Orvik", "ACQUIRE", "buy", "buy", false, "money", "$334M", "USD 334000000", "USD", NULL, "", "", 334e6, 334e6, 3},
	 "quantity/disjoint", "a.txt says \"$290 million\" and b.txt \"$334M\" ($334 million)", "e+"},
	{"a measured amount names what it measures",
	 {"Orvik", "ACQUIRE", "buy", "buy", false, "money", "$2.1bn", "USD 2100000000", "USD", NULL, "", "cash", 2.1e9, 2.1e9, 3},
	 {"Orvik", "ACQUIRE", "buy", "buy", false, "money", "$2.6bn", "USD 2600000000", "USD", NULL, "", "cash", 2.6e9, 2.6e9, 3},
	 "quantity/disjoint", "For Orvik's cash, a.txt says \"$2.1bn\" ($2.1 billion) and b.txt \"$2.6bn\" ($2.6 billion)", NULL},
	{"percentages close within rounding",
	 {"Orvik", "RISE", "rise", "rise", false, "percent", "4 per cent", "4", "percent", NULL, "", "", 4, 4, 3},
	 {"Orvik", "RISE", "rise", "rise", false, "percent", "4.5%", "4.5", "percent", NULL, "", "", 4.5, 4.5, 3},
	 "quantity/within-rounding", "a.txt says \"4 per cent\" (4%) and b.txt \"4.5%\": close, but not the same figure", NULL},
	{"one death, three deaths; injuries",
	 {"the pier", "DIE", "die", "die", false, "number", "one", "1", "death", NULL, "", "", 1, 1, 3},
	 {"the pier", "DIE", "die", "die", false, "number", "three", "3", "death", NULL, "", "", 3, 3, 3},
	 "quantity/disjoint", "\"one\" (1 death) and b.txt \"three\" (3 deaths)", NULL},
	{"thousands are grouped, approximations said 'about'",
	 {"Orvik", "EMPLOY", "employ", "employ", false, "number", "about 11,400", "11400", "person", NULL, "approx", "", 10260, 12540, 3},
	 {"Orvik", "EMPLOY", "employ", "employ", false, "number", "about 12,500", "12500", "person", NULL, "approx", "", 11250, 13750, 3},
	 "quantity/points-apart", "(about 11,400 people) and b.txt \"about 12,500\" (about 12,500 people): different figures", "10260"},
	{"a vague count ('several') beyond another is a weak conflict, never strong",
	 {"the pier", "INJURE", "injure", "injure", false, "number", "several", "3", "injury", NULL, "approx", "", 3, 9, 3},
	 {"the pier", "INJURE", "injure", "injure", false, "number", "more than 20", "20", "injury", NULL, "more", "", 20, 0, 1},
	 "quantity/vague", "\"several\" (3 to 9 injuries) and b.txt \"more than 20\" (more than 20 injuries): they disagree, though one is vague", NULL},
	{"the same figure in other words agrees",
	 {"the pier", "DIE", "die", "die", false, "number", "five", "5", "death", NULL, "", "", 5, 5, 3},
	 {"the pier", "DIE", "die", "die", false, "number", "5", "5", "death", NULL, "", "", 5, 5, 3},
	 "quantity/same", "a.txt (\"five\") and b.txt (\"5\") agree on the pier: 5 deaths", NULL},
	{"'will cease ... starting July 20' against 'announced on July 20': the claim's own verb",
	 {"Orvik", "START", "start", "cease", false, "date", "July 20", "2024-07-20", "", "day", "starting", "", 0, 0, 3},
	 {"Orvik", "ANNOUNCE", "announce", "wind down", false, "date", "July 20, 2024", "2024-07-20", "", "day", "on", "", 0, 0, 3},
	 "date-event/report-vs-change",
	 "a.txt says Orvik ceases starting 2024-07-20 (\"July 20\"); b.txt says Orvik announced it on 2024-07-20 "
	 "(\"July 20, 2024\"): one date for two events, the change and its announcement",
	 "START"},
	{"a beginning with nothing else to begin is not 'begins starting'",
	 {"Orvik", "START", "begin", "", false, "date", "July 22", "2024-07-22", "", "day", "starting", "", 0, 0, 3},
	 {"Orvik", "CONFIRM", "confirm", "", false, "date", "Monday", "2024-07-22", "", "day", "", "", 0, 0, 3},
	 "date-event/report-vs-change",
	 "a.txt says Orvik begins on 2024-07-22 (\"July 22\"); b.txt says Orvik confirmed it on 2024-07-22 "
	 "(\"Monday\"): one date for two events, the change and its confirmation",
	 "starting"},
	{"a report on two days, its verb in the past",
	 {"Orvik", "ANNOUNCE", "said", "buy", false, "date", "Monday", "2025-03-03", "", "day", "", "", 0, 0, 3},
	 {"Orvik", "ANNOUNCE", "said", "buy", false, "date", "Tuesday", "2025-03-04", "", "day", "", "", 0, 0, 3},
	 "event-date/disjoint",
	 "a.txt says Orvik said it on 2025-03-03 (\"Monday\"), b.txt on 2025-03-04 (\"Tuesday\"): the same event on different dates",
	 "ANNOUNCE"},
	{"a deadline is met by its date on both sides, whatever the preposition",
	 {"Orvik", "DEADLINE", "cease", "cease", false, "date", "Sept. 29", "2024-09-29", "", "day", "until", "", 0, 0, 3},
	 {"Orvik", "DEADLINE", "cease", "cease", false, "date", "Sept. 30", "2024-09-30", "", "day", "until", "", 0, 0, 3},
	 "event-date/different-day",
	 "a.txt says Orvik must cease by 2024-09-29 (\"Sept. 29\"), b.txt by 2024-09-30 (\"Sept. 30\")", "until"},
	{"a partial change's verb is its own stop word: 'restrict' is no 'restriction'",
	 {"Orvik", "DEADLINE", "cease", "cease", false, "date", "Sept. 29", "2024-09-29", "", "day", "until", "", 0, 0, 3},
	 {"Orvik", "END", "restrict", "restrict update", false, "date", "Sept. 29", "2024-09-29", "", "day", "", "", 0, 0, 3},
	 "date-scope/total-vs-partial",
	 "b.txt says Orvik restricts only updates on 2024-09-29", "stops only"},
	{"a quarter in words, a common noun with 'the'",
	 {"deal", "CLOSE", "close", "close", false, "date", "the second quarter", "2025-Q2", "", "quarter", "", "", 0, 0, 3},
	 {"deal", "CLOSE", "close", "close", false, "date", "the third quarter", "2025-Q3", "", "quarter", "", "", 0, 0, 3},
	 "event-date/disjoint",
	 "a.txt says the deal closes in 2025-Q2 (\"the second quarter\"), b.txt in 2025-Q3 (\"the third quarter\")", NULL},
	{"a verb said of its subject is passive",
	 {"fire", "END", "declare under control", "", false, "date", "Monday", "2025-03-03", "", "day", "", "", 0, 0, 3},
	 {"fire", "END", "declare under control", "", false, "date", "Tuesday", "2025-03-04", "", "day", "", "", 0, 0, 3},
	 "event-date/different-day", "a.txt says the fire is declared under control on 2025-03-03", "declares"},
	/* (a fire had, FIRE, goes on as an OCCUR does: two days of it are no
	 * conflict; a quake is over in a moment) */
	{"a trigger that is its subject's own noun takes place",
	 {"quake", "STRIKE", "quake", "", false, "date", "Monday", "2025-03-03", "", "day", "", "", 0, 0, 3},
	 {"quake", "STRIKE", "quake", "", false, "date", "Tuesday", "2025-03-04", "", "day", "", "", 0, 0, 3},
	 "event-date/different-day", "a.txt says the quake takes place on 2025-03-03", "quakes"},
	{"a day a fire was going on before the day it broke out cannot be right",
	 {"fire", "OCCUR", "tore through", "", false, "date", "late Tuesday", "2024-10-08", "", "day", "late", "", 0, 0, 3},
	 {"fire", "START", "break out", "", false, "date", "Wednesday", "2024-10-09", "", "day", "", "", 0, 0, 3},
	 "event-date/before-start",
	 "a.txt says the fire takes place on 2024-10-08 (\"late Tuesday\"), b.txt says the fire breaks out on "
	 "2024-10-09 (\"Wednesday\"): it cannot have taken place before it began", "tore"},
	{"a founding is said of what was founded",
	 {"Orvik", "FOUND", "establish", "", false, "date", "May 1, 1997", "1997-05-01", "", "day", "", "", 0, 0, 3},
	 {"Orvik", "FOUND", "establish", "", false, "date", "June 1, 1997", "1997-06-01", "", "day", "", "", 0, 0, 3},
	 "event-date/different-day", "a.txt says Orvik was established on 1997-05-01", NULL},
	{"a noun trigger gives way to its class as a verb",
	 {"ban", "START", "sale", "", false, "date", "July 20", "2024-07-20", "", "day", "", "", 0, 0, 3},
	 {"ban", "START", "sale", "", false, "date", "July 27", "2024-07-27", "", "day", "", "", 0, 0, 3},
	 "event-date/different-day", "a.txt says the ban starts on 2024-07-20", "sales"},
	{"a start whose clause goes on with another verb's past: no act after 'starts'",
	 {"fire", "START", "start", "fire left dead shut", false, "date", "midnight on Oct. 8", "2024-10-08T24:00",
	  "", "minute", "before", "", 0, 0, 3},
	 {"fire", "START", "start", "", false, "date", "Wednesday", "2024-10-09", "", "day", "", "", 0, 0, 3},
	 "event-date/different-day", "a.txt says the fire starts before midnight on 2024-10-08", "ing "},
	{"the same day, agreed",
	 {"Orvik", "CLOSE", "close", "close", false, "date", "Friday", "2024-07-19", "", "day", "", "", 0, 0, 3},
	 {"Orvik", "CLOSE", "shut", "shut", false, "date", "July 19", "2024-07-19", "", "day", "", "", 0, 0, 3},
	 "date/same-event", "a.txt and b.txt agree that Orvik closes on 2024-07-19 (\"Friday\")", NULL},
	/* no source names the subject: no invented "the subject" */
	{"two dates of a death no one names: the date of the death",
	 {"", "DIE", "die", "die", false, "date", "June 6", "2024-06-06", "", "day", "", "", 0, 0, 3},
	 {"", "DIE", "die", "die", false, "date", "June 6, 2024", "2024-06-06", "", "day", "on", "", 0, 0, 3},
	 "date/same-event", "a.txt and b.txt agree on the date of the death: 2024-06-06 (\"June 6\")", "subject"},
	{"two days of a death no one names: when the death happened",
	 {"", "DIE", "die", "die", false, "date", "June 6", "2024-06-06", "", "day", "", "", 0, 0, 3},
	 {"", "DIE", "die", "die", false, "date", "June 7", "2024-06-07", "", "day", "", "", 0, 0, 3},
	 "event-date/different-day",
	 "a.txt and b.txt differ on when the death happened: a.txt says on 2024-06-06 (\"June 6\"), b.txt on "
	 "2024-06-07 (\"June 7\"): the same event on different dates",
	 "subject"},
	{"a change and its report, no subject named: 'it'",
	 {"", "START", "start", "", false, "date", "July 20", "2024-07-20", "", "day", "starting", "", 0, 0, 3},
	 {"", "ANNOUNCE", "announce", "", false, "date", "July 20", "2024-07-20", "", "day", "on", "", 0, 0, 3},
	 "date-event/report-vs-change", "a.txt says it starts on 2024-07-20", "subject"},
	{"one toll, no subject named: the figure",
	 {"", "DIE", "die", "die", false, "number", "five", "5", "death", NULL, "", "", 5, 5, 3},
	 {"", "DIE", "die", "die", false, "number", "5", "5", "death", NULL, "", "", 5, 5, 3},
	 "quantity/same", "a.txt (\"five\") and b.txt (\"5\") agree on the figure: 5 deaths", "subject"},
	{"one source says it does not happen",
	 {"Orvik", "END", "cease", "cease", true, "number", "40", "40", "store", NULL, "", "", 40, 40, 3},
	 {"Orvik", "END", "cease", "cease", false, "number", "9", "9", "day", NULL, "", "", 9, 9, 3},
	 "polarity/negated", "a.txt says Orvik does not cease; b.txt says Orvik ceases: one says no, the other yes", NULL},
	{"a report denied is 'did not'",
	 {"Orvik", "ANNOUNCE", "said", "", false, "number", "40", "40", "store", NULL, "", "", 40, 40, 3},
	 {"Orvik", "ANNOUNCE", "said", "", true, "number", "9", "9", "day", NULL, "", "", 9, 9, 3},
	 "polarity/negated", "b.txt says Orvik did not say it; a.txt says Orvik said it", NULL},
};

/* The words the rules read from the data (main fills it in). */
static struct cf_words data_words;

/* What befalls its subject once (events.tsv's "once"), through the ties of
 * "=TRIGGER" too; what may happen again is not. */
static void check_once(const struct lexicon *lx)
{
	static const struct {
		const char *lemma;
		bool once;
	} v[] = {
		{"found", true}, {"establish", true}, {"die", true}, {"pass away", true}, {"perish", true},
		{"death", true}, {"create", false}, {"ban", false}, {"kill", false}, {"open", false},
		{"", false},
	};
	for (size_t i = 0; i < CC_ARRAY_LEN(v); i++)
		tap_ok(lexicon_event_once(lx, v[i].lemma) == v[i].once, "once: '%s' %s", v[i].lemma,
		       v[i].once ? "happens once" : "may happen again");
}

/* How a price is paid (units.tsv's "payment"), through the fold; what a
 * sum measures is not. */
static void check_payment(const struct lexicon *lx)
{
	static const struct {
		const char *measure;
		bool payment;
	} v[] = {
		{"cash", true}, {"all-cash", true}, {"stock", true}, {"all-stock", true},
		{"share", false}, {"price", false}, {"revenue", false}, {"", false},
	};
	for (size_t i = 0; i < CC_ARRAY_LEN(v); i++)
		tap_ok(lexicon_unit_payment(lx, v[i].measure) == v[i].payment, "payment: '%s' %s",
		       v[i].measure, v[i].payment ? "is how a price is paid" : "is no payment");
}

/* What is over in a moment (cues.tsv's "instant"); what goes on is not. */
static void check_instant(const struct lexicon *lx)
{
	static const struct {
		const char *noun;
		bool instant;
	} v[] = {
		{"explosion", true}, {"blast", true}, {"quake", true}, {"crash", true}, {"collision", true},
		{"fire", false}, {"storm", false}, {"flood", false}, {"strike", false}, {"plant", false},
		{"", false},
	};
	for (size_t i = 0; i < CC_ARRAY_LEN(v); i++)
		tap_ok(lexicon_instant(lx, v[i].noun) == v[i].instant, "instant: '%s' %s", v[i].noun,
		       v[i].instant ? "is over in a moment" : "is no instant occurrence");
}

static const char *class_noun(const char *cls, void *ctx)
{
	return lexicon_event_noun(ctx, cls);
}

static void wfill(struct cf_slot *s, struct cf_claim *c, const char *source, const struct wside *x)
{
	memset(s, 0, sizeof *s);
	s->type = x->type;
	s->text = x->text;
	s->value = x->value;
	s->unit = x->unit;
	s->gran = x->gran;
	s->mod = x->mod;
	s->event = x->event;
	s->subject = x->subject;
	s->norm = x->norm;
	s->lo = x->lo;
	s->hi = x->hi;
	if (strcmp(x->type, "date") == 0) {
		int y = atoi(x->value);
		if (x->value[5] == 'Q') { /* "2025-Q2" */
			int q = atoi(x->value + 6);
			s->lo = (double)days_from_civil(y, 3 * q - 2, 1);
			s->hi = (double)days_from_civil(q == 4 ? y + 1 : y, q == 4 ? 1 : 3 * q + 1, 1) - 1;
		} else { /* "2024-07-20" */
			s->lo = s->hi = (double)days_from_civil(y, atoi(x->value + 5), atoi(x->value + 8));
		}
	}
	s->has_lo = x->has & 1;
	s->has_hi = (x->has & 2) != 0;
	memset(c, 0, sizeof *c);
	c->id = source[0];
	c->source = source;
	c->subject = x->subject;
	c->event = x->event;
	c->lemma = x->lemma;
	c->scope = x->scope;
	c->negated = x->negated;
	c->modality = "asserted";
	c->text = "";
	c->slots = s;
	c->nslots = 1;
}

/* Two figures of one pair of sources that measure different things are
 * two conflicts, however long their subject: the anchor key keeps the
 * measure that tells them apart, never cuts a character, and one result
 * is made per key. */
static void check_long_keys(void)
{
	/* 44 bytes, two of them a two-byte character across any 16-byte cut */
	static const char subject[] = "\u00c9tablissements Orvik Holdings International";
	struct cf_slot sa[2], sb[2];
	struct cf_claim a, b;
	const char *measure[2] = {"revenue of the northern unit", "cash"};
	for (int i = 0; i < 2; i++) {
		struct wside x = {subject, "SELL", "sell", "sell", false, "money", "$5 million",
				  "USD 5000000", "USD", NULL, "", measure[i], 5e6, 5e6, 3};
		wfill(&sa[i], &a, "a.txt", &x);
		x.text = "$9 million", x.value = "USD 9000000", x.lo = x.hi = 9e6;
		wfill(&sb[i], &b, "b.txt", &x);
	}
	a.slots = sa, a.nslots = 2;
	b.slots = sb, b.nslots = 2;
	for (int extra = 0; extra < 4; extra++) {
		/* a longer subject each round: keys from 60 to 130 bytes */
		char subj[128];
		snprintf(subj, sizeof subj, "%s%.*s", subject, extra * 20, "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9");
		for (int i = 0; i < 2; i++)
			sa[i].subject = sb[i].subject = subj;
		a.subject = b.subject = subj;
		struct cf_result r[8];
		size_t n = conflict_judge(&a, &b, NULL, r, 8);
		size_t conflicts = 0;
		bool distinct = true, valid = true;
		for (size_t k = 0; k < n; k++) {
			if (r[k].verdict != CF_CONFLICT)
				continue;
			conflicts++;
			valid &= u8_check((const uint8_t *)r[k].key, strlen(r[k].key)) == NULL;
			for (size_t j = 0; j < k; j++)
				distinct &= r[j].verdict != CF_CONFLICT || strcmp(r[j].key, r[k].key) != 0;
		}
		tap_ok(conflicts == 2 && distinct && valid,
		       "a %zu-byte subject: two figures measuring two things are two conflicts, keys distinct "
		       "and whole characters (%zu, %s, %s)", strlen(subj), conflicts, distinct ? "distinct" : "same",
		       valid ? "valid" : "cut");
		for (size_t k = 0; k < n; k++)
			conflict_result_free(&r[k]);
	}
}

/* A long quote given to two speakers, in words of two- and three-byte
 * characters with no space near the cuts: the key (its first 80 bytes) and
 * the explanation (its first 60) end on a whole character. */
static void check_quote_cuts(void)
{
	static const char *const words[] = {
		"\u00e9t\u00e9 \u00e0 P\u00e9rou \u00e9tait d\u00e9j\u00e0 \u00e9puis\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9 a b c",
		"x\u00e9t\u00e9 \u00e0 P\u00e9rou \u00e9tait d\u00e9j\u00e0 \u00e9puis\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9 a b c",
		"\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771\u4eac a b c d e",
	};
	for (size_t i = 0; i < CC_ARRAY_LEN(words); i++) {
		struct cf_slot sa, sb;
		struct cf_claim a, b;
		struct wside x = {"Orvik", "", "", "", false, "quote", words[i], "Ana Lopez", "", NULL, "", words[i], 0, 0, 0};
		wfill(&sa, &a, "a.txt", &x);
		x.value = "Ben Moreau";
		wfill(&sb, &b, "b.txt", &x);
		struct cf_result r[4];
		size_t n = conflict_judge(&a, &b, NULL, r, 4);
		bool found = false, valid = true;
		for (size_t k = 0; k < n; k++) {
			found |= r[k].kind && strcmp(r[k].kind, "attribution") == 0;
			valid &= u8_check((const uint8_t *)r[k].key, strlen(r[k].key)) == NULL &&
				 r[k].explanation &&
				 u8_check((const uint8_t *)r[k].explanation, strlen(r[k].explanation)) == NULL;
		}
		tap_ok(found && valid, "a long quote of %zu-byte characters: key and explanation cut at a character (%s, %s)",
		       i < 2 ? (size_t)2 : (size_t)3, found ? "found" : "no conflict", valid ? "valid" : "cut");
		for (size_t k = 0; k < n; k++)
			conflict_result_free(&r[k]);
	}
}

static void check_words(void)
{
	for (size_t i = 0; i < CC_ARRAY_LEN(wcases); i++) {
		const struct wcase *e = &wcases[i];
		struct cf_slot sa, sb;
		struct cf_claim a, b;
		wfill(&sa, &a, "a.txt", &e->a);
		wfill(&sb, &b, "b.txt", &e->b);
		struct cf_result r[4];
		size_t n = conflict_judge(&a, &b, &data_words, r, 4);
		const char *got = NULL;
		for (size_t k = 0; k < n; k++)
			if (strcmp(r[k].rule, e->rule) == 0)
				got = r[k].explanation;
		bool ok = got && strstr(got, e->want) && (!e->never || !strstr(got, e->never));
		tap_ok(ok, "%s", e->name);
		if (!ok) {
			printf("#   want: %s\n", e->want);
			for (size_t k = 0; k < n; k++)
				printf("#   got: %s: %s\n", r[k].rule, r[k].explanation ? r[k].explanation : "");
		}
		for (size_t k = 0; k < n; k++)
			conflict_result_free(&r[k]);
	}
}

/* ---- dates with a preposition compare as ranges ----
 * "before", "by" and "until" a day reach back from it, "after", "since"
 * and "starting" on from it; the day itself counts on both sides. A
 * deadline's date, and the day a change takes hold ("ceases starting July
 * 20", "closed until Monday"), stay one day. A conflict needs ranges that
 * cannot meet. Each case: the class both sides report, each side's
 * preposition and day, and what a fact-checker expects. */
struct span_case {
	const char *name, *cls;
	const char *mod_a, *day_a, *mod_b, *day_b;
	int verdict;      /* NONE, or enum cf_verdict */
	const char *rule; /* NULL: not checked */
	const char *severity;
	const char *words; /* a piece of the explanation, NULL: not checked */
};

static const struct span_case span_cases[] = {
	{"'shipments began before July 20' against 'began on July 25'", "START", "before", "2024-07-20",
	 "on", "2024-07-25", CF_CONFLICT, "event-date/disjoint", "weak",
	 "before 2024-07-20 (\"x\"), b.txt on 2024-07-25 (\"x\"): the same event on different dates"},
	{"'started before July 20' against 'on July 12' is compatible", "START", "before", "2024-07-20",
	 "on", "2024-07-12", CF_AGREE, "event-date/compatible", NULL,
	 "a.txt (before 2024-07-20) and b.txt (2024-07-12) agree on when"},
	{"'shuts down by September 29' against 'September 20' is compatible", "END", "by", "2024-09-29",
	 "", "2024-09-20", CF_AGREE, "event-date/compatible", NULL, "(by 2024-09-29) and b.txt (2024-09-20)"},
	{"'shuts down by September 29' against 'October 2'", "END", "by", "2024-09-29", "", "2024-10-02",
	 CF_CONFLICT, "event-date/disjoint", "weak", NULL},
	{"'sells until September 29' against 'sells on September 20'", "SELL", "until", "2024-09-29", "on",
	 "2024-09-20", CF_AGREE, "event-date/compatible", NULL, NULL},
	{"'banned since July 20' against 'banned in August'", "BAN", "since", "2024-07-20", "", "2024-08-01",
	 CF_AGREE, "event-date/compatible", NULL, "(since 2024-07-20)"},
	{"'after July 20' against 'before July 10'", "START", "after", "2024-07-20", "before", "2024-07-10",
	 CF_CONFLICT, "event-date/disjoint", "weak", NULL},
	{"'after July 20' against 'before July 25' can meet", "START", "after", "2024-07-20", "before",
	 "2024-07-25", CF_AGREE, "event-date/compatible", NULL, NULL},
	{"'after September 29' and 'on September 29': a bound keeps its own day", "UPDATE", "after",
	 "2024-09-29", "on", "2024-09-29", CF_AGREE, "date/same-event", NULL, NULL},
	{"a change that takes hold 'starting July 20' is that day: July 25 differs", "START", "starting",
	 "2024-07-20", "", "2024-07-25", CF_CONFLICT, "event-date/different-day", "strong", NULL},
	{"'closed until Monday' is the day it reopens: not another", "CLOSE", "until", "2024-07-22", "until",
	 "2024-07-23", CF_CONFLICT, "event-date/different-day", "strong", NULL},
	{"a deadline 'by September 29' against one on September 20 is two deadlines", "DEADLINE", "by",
	 "2024-09-29", "", "2024-09-20", CF_CONFLICT, "event-date/different-day", "strong", NULL},
	{"a deadline 'until September 29' and 'until September 30'", "DEADLINE", "until", "2024-09-29",
	 "until", "2024-09-30", CF_CONFLICT, "event-date/different-day", "strong", NULL},
	{"a report is never widened: 'said on Monday' against 'on Tuesday'", "ANNOUNCE", "on", "2025-03-03",
	 "on", "2025-03-04", CF_CONFLICT, "event-date/disjoint", "weak", NULL},
};

static void check_spans(void)
{
	for (size_t i = 0; i < CC_ARRAY_LEN(span_cases); i++) {
		const struct span_case *e = &span_cases[i];
		const struct wside x = {"Orvik", e->cls, "ship", "ship", false, "date", "x", e->day_a, "",
					"day", e->mod_a, "", 0, 0, 3};
		const struct wside y = {"Orvik", e->cls, "ship", "ship", false, "date", "x", e->day_b, "",
					"day", e->mod_b, "", 0, 0, 3};
		struct cf_slot sa, sb;
		struct cf_claim a, b;
		wfill(&sa, &a, "a.txt", &x);
		wfill(&sb, &b, "b.txt", &y);
		struct cf_result r[4];
		size_t n = conflict_judge(&a, &b, NULL, r, 4);
		bool ok = e->verdict == NONE ? n == 0
					     : n == 1 && (int)r[0].verdict == e->verdict &&
						       (!e->rule || strcmp(r[0].rule, e->rule) == 0) &&
						       (!e->severity || (r[0].severity && strcmp(r[0].severity, e->severity) == 0)) &&
						       (!e->words || (r[0].explanation && strstr(r[0].explanation, e->words)));
		tap_ok(ok, "%s", e->name);
		for (size_t k = 0; k < n; k++) {
			if (!ok)
				printf("#   got: verdict %d rule %s severity %s: %s\n", (int)r[k].verdict, r[k].rule,
				       r[k].severity ? r[k].severity : "-", r[k].explanation ? r[k].explanation : "");
			conflict_result_free(&r[k]);
		}
		if (!ok && n == 0)
			printf("#   got no result\n");
	}
}

/* An implied subject is the story's: a death toll whose sentence names no
 * subject carries each outlet's main entity ("Pier 7", "Aldwick"); it is
 * judged under the story's subject against a toll whose subject is
 * implied too or named as the story's, and never against another named
 * subject. Each case: both sides' subject (implied or named), the story's
 * subject as the store gives it, the two counts, and what a fact-checker
 * expects (the key's subject and the explanation's opening). */
struct implied_case {
	const char *name;
	const char *sa;
	bool ia;
	const char *sb;
	bool ib;
	const char *story; /* NULL: the store knows none */
	double va, vb;
	int verdict;       /* NONE, or enum cf_verdict */
	const char *key;   /* the key's start, NULL: not checked */
	const char *words; /* a piece of the explanation, NULL: not checked */
};

static const struct implied_case implied_cases[] = {
	{"two implied subjects meet under the story's, named as it",
	 "Pier 7", true, "Aldwick", true, "Aldwick", 7, 5,
	 CF_CONFLICT, "*|death|number", "For Aldwick, a.txt says"},
	{"an implied subject meets the story's subject named",
	 "Pier 7", true, "Aldwick", false, "Aldwick", 7, 5,
	 CF_CONFLICT, "*|death|number", "For Aldwick,"},
	{"... on either side",
	 "Aldwick", false, "Pier 7", true, "Aldwick", 7, 5,
	 CF_CONFLICT, "*|death|number", "For Aldwick,"},
	{"an implied subject does not meet another named subject",
	 "Pier 7", true, "Brennick Cold Storage", false, "Aldwick", 7, 5, NONE, NULL, NULL},
	{"two named subjects that differ stay apart, the story's among them",
	 "Pier 7", false, "Aldwick", false, "Aldwick", 7, 5, NONE, NULL, NULL},
	/* no name leads the story: two implied subjects are still the
	 * story's, and the words name no subject rather than a wrong one */
	{"without a story's subject, two implied subjects meet, unnamed",
	 "Pier 7", true, "Aldwick", true, NULL, 7, 5,
	 CF_CONFLICT, "*|death|number", "a.txt says \"so many\" (7 deaths) and b.txt \"so many\" (5 deaths)"},
	{"without a story's subject, an implied subject does not meet a named one",
	 "Pier 7", true, "Aldwick", false, NULL, 7, 5, NONE, NULL, NULL},
	{"the same toll under two implied subjects agrees, under the story's",
	 "Pier 7", true, "Aldwick", true, "Aldwick", 5, 5, CF_AGREE, "*|death|number", NULL},
	{"two implied subjects, neither the story's: the story's is said",
	 "Pier 7", true, "Port of Aldwick", true, "Aldwick", 7, 5,
	 CF_CONFLICT, "*|death|number", "For Aldwick,"},
	{"subjects that agree are judged as they are (key unchanged)",
	 "Pier 7", true, "Pier 7", false, "Aldwick", 7, 5,
	 CF_CONFLICT, "Pier 7|death|number", "For Pier 7,"},
	{"an implied subject still needs the same unit",
	 "Pier 7", true, "Aldwick", true, "Aldwick", 7, 5, NONE, NULL, NULL},
};

static void implied_claim(struct cf_claim *c, struct cf_slot *s, const char *source,
			  const char *subject, bool implied, const char *story, double v,
			  const char *unit)
{
	memset(s, 0, sizeof *s);
	s->type = "number";
	s->text = "so many";
	s->value = "n";
	s->unit = unit;
	s->event = "KILL";
	s->subject = subject;
	s->subject_implied = implied;
	s->norm = "";
	s->lo = s->hi = v;
	s->has_lo = s->has_hi = true;
	memset(c, 0, sizeof *c);
	c->id = source[0];
	c->source = source;
	c->subject = subject;
	c->subject_implied = implied;
	c->story_subject = story;
	c->event = "KILL";
	c->lemma = "kill";
	c->modality = "asserted";
	c->scope = "kill";
	c->text = "";
	c->slots = s;
	c->nslots = 1;
}

static void check_implied(void)
{
	for (size_t i = 0; i < CC_ARRAY_LEN(implied_cases); i++) {
		const struct implied_case *e = &implied_cases[i];
		struct cf_slot qa, qb;
		struct cf_claim a, b;
		/* the last case: the other side counts injuries */
		bool other_unit = i + 1 == CC_ARRAY_LEN(implied_cases);
		implied_claim(&a, &qa, "a.txt", e->sa, e->ia, e->story, e->va, "death");
		implied_claim(&b, &qb, "b.txt", e->sb, e->ib, e->story, e->vb,
			      other_unit ? "injury" : "death");
		struct cf_result r[4];
		size_t n = conflict_judge(&a, &b, NULL, r, 4);
		bool ok = e->verdict == NONE ? n == 0
			  : n == 1 && (int)r[0].verdict == e->verdict &&
				    (!e->key || strncmp(r[0].key, e->key, strlen(e->key)) == 0) &&
				    (!e->words || (r[0].explanation && strstr(r[0].explanation, e->words)));
		tap_ok(ok, "implied subject: %s", e->name);
		if (!ok)
			for (size_t k = 0; k < n; k++)
				printf("#   got: %s %s: %s\n", r[k].rule, r[k].key,
				       r[k].explanation ? r[k].explanation : "");
		for (size_t k = 0; k < n; k++)
			conflict_result_free(&r[k]);
	}
	/* the story's subject told on one side only is the pair's */
	struct cf_slot qa, qb;
	struct cf_claim a, b;
	implied_claim(&a, &qa, "a.txt", "Pier 7", true, NULL, 7, "death");
	implied_claim(&b, &qb, "b.txt", "Aldwick", true, "Aldwick", 5, "death");
	struct cf_result r[4];
	size_t n = conflict_judge(&a, &b, NULL, r, 4);
	tap_ok(n == 1 && strcmp(r[0].key, "*|death|number") == 0, "implied subject: the story's subject told by one side");
	for (size_t k = 0; k < n; k++)
		conflict_result_free(&r[k]);
}

/* Two times that agree, neither naming the subject: "when it strikes",
 * not "when the subject strikes". */
static void check_unnamed_when(void)
{
	static const struct side x = {"5:09 a.m. ET on Monday", "2025-03-03T05:09-05:00", "minute", "ET",
				      2025, 3, 3};
	static const struct side y = {"2:09 a.m. PT on Monday", "2025-03-03T02:09-08:00", "minute", "PT",
				      2025, 3, 3};
	struct cf_slot sa, sb;
	fill(&sa, &x);
	fill(&sb, &y);
	sa.subject = sb.subject = "";
	struct cf_claim a, b;
	claim(&a, "a.txt", &sa, "strike");
	claim(&b, "b.txt", &sb, "strike");
	a.subject = b.subject = "";
	struct cf_result r[4];
	size_t n = conflict_judge(&a, &b, NULL, r, 4);
	const char *why = n == 1 && r[0].verdict == CF_AGREE ? r[0].explanation : NULL;
	tap_str_eq(why, "a.txt (5:09 a.m. ET) and b.txt (2:09 a.m. PT) agree on when it strikes",
		   "two times agreeing with no subject named say 'it'");
	for (size_t i = 0; i < n; i++)
		conflict_result_free(&r[i]);
}

int main(void)
{
	/* the nouns of classes.tsv, as crosscheck reads them (no unit folding:
	 * the cases spell their units alike) */
	const char *dir = getenv("top_srcdir");
	char *d = dir ? xasprintf("%s/data", dir) : xstrdup("data");
	struct lexicon *lx = NULL;
	struct cc_err err = {0};
	if (lexicon_load(d, &lx, &err) != CC_OK) {
		printf("Bail out! %s\n", err.msg);
		return 1;
	}
	free(d);
	data_words = (struct cf_words){.event_noun = class_noun, .ctx = lx};
	check_words();
	check_once(lx);
	check_payment(lx);
	check_instant(lx);
	check_long_keys();
	check_quote_cuts();
	check_reports();
	check_scopes();
	for (size_t i = 0; i < CC_ARRAY_LEN(cases); i++)
		check(&cases[i]);
	check_other_action();
	check_placed_lengths();
	check_implied();
	check_unnamed_when();
	check_spans();
	lexicon_free(lx);
	return tap_done();
}
