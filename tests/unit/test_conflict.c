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

#include "conflict.h"
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
	 CF_CONFLICT, "event-date/different-time", "strong", "(2:09 a.m. PST vs 2:19 a.m.)"},
	{"5:09 a.m. ET equals 2:09 a.m. PT on a standard-time day",
	 {"5:09 a.m. ET on Monday", "2025-03-03T05:09-05:00", "minute", "ET", 2025, 3, 3},
	 {"2:09 a.m. PT on Monday", "2025-03-03T02:09-08:00", "minute", "PT", 2025, 3, 3},
	 CF_AGREE, "event-date/same-time", NULL, "agree"},
	{"5:09 a.m. ET is not 2:09 a.m. PT's moment in summer when one is written EST",
	 {"5:09 a.m. EST", "2024-07-15T05:09-05:00", "minute", "EST", 2024, 7, 15},
	 {"2:09 a.m. PT", "2024-07-15T02:09-07:00", "minute", "PT", 2024, 7, 15},
	 CF_CONFLICT, "event-date/different-time", "strong", "5:09 a.m. EST vs 2:09 a.m. PT"},
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
	 CF_CONFLICT, "event-date/different-time", "strong", "(3 p.m. vs 4 p.m.)"},
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
	 CF_CONFLICT, "event-date/different-time", "strong", "(11:50 p.m. vs 12:10 a.m.)"},
	{"midnight Tuesday is the end of Tuesday: 12 a.m. Wednesday",
	 {"midnight Tuesday", "2024-10-08T24:00", "minute", "", 2024, 10, 8},
	 {"12 a.m. Wednesday", "2024-10-09T00:00", "hour", "", 2024, 10, 9},
	 CF_AGREE, "event-date/same-time", NULL, NULL},
	{"midnight Tuesday is not 11:59 p.m. Tuesday",
	 {"midnight Tuesday", "2024-10-08T24:00", "minute", "", 2024, 10, 8},
	 {"11:59 p.m. Tuesday", "2024-10-08T23:59", "minute", "", 2024, 10, 8},
	 CF_CONFLICT, "event-date/different-time", "strong", "(midnight vs 11:59 p.m.)"},
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
	size_t n = conflict_judge(&a, &b, NULL, NULL, r, 4);
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
	size_t n = conflict_judge(&a, &b, NULL, NULL, r, 4);
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
		size_t n = conflict_judge(&a, &b, NULL, NULL, r, 4);
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
		size_t n = conflict_judge(&a, &b, NULL, NULL, r, 4);
		bool got = false;
		for (size_t k = 0; k < n; k++)
			got |= r[k].verdict == CF_CONFLICT && strcmp(r[k].kind, "date-scope") == 0 &&
			       strstr(r[k].key, "Orvik") != NULL;
		tap_ok(got == v[i].conflict, "%s", v[i].name);
		if (i == 0 || i == 1) {
			/* the actions as words: comma-separated, once each, without
			 * the "stop" the explanation already says */
			const char *want = i == 0 ? "Orvik can no longer: update, resell, license"
						  : "these stop: update: the same date";
			bool said = false;
			for (size_t k = 0; k < n; k++)
				said |= r[k].explanation && strstr(r[k].explanation, want) != NULL;
			tap_ok(said, "its explanation says \"%s\"", want);
		}
		for (size_t k = 0; k < n; k++)
			conflict_result_free(&r[k]);
	}
}

int main(void)
{
	check_reports();
	check_scopes();
	for (size_t i = 0; i < CC_ARRAY_LEN(cases); i++)
		check(&cases[i]);
	check_other_action();
	return tap_done();
}
