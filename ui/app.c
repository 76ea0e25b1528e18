/* app: the loaded source and the annotation actions every view shares.
 *
 * Owns: loading one source (text, sentences, claims with their current
 * verdicts and counts) through store.h, the claim status rules, writing
 * annotations (each committed by the store before the caller repaints, so
 * what the screen shows as saved is on disk), undo/redo, and messages.
 * Must not: call curses (views draw; draw.h is only asked which glyphs
 * the locale can show), or hold more than one source.
 */
#include "config.h"

#include "app.h"
#include "mention.h"
#include "draw.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void app_message(struct app *a, bool error, const char *fmt, ...)
{
	free(a->msg);
	va_list ap;
	va_start(ap, fmt);
	struct buf b;
	buf_init(&b);
	char tmp[512];
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	if (n >= 0 && (size_t)n < sizeof tmp) {
		buf_add(&b, tmp, (size_t)n);
	} else if (n >= 0) {
		char *big = xmalloc((size_t)n + 1);
		vsnprintf(big, (size_t)n + 1, fmt, ap2);
		buf_add(&b, big, (size_t)n);
		free(big);
	}
	va_end(ap2);
	va_end(ap);
	a->msg = buf_steal(&b);
	a->msg_error = error;
}

static void err_message(struct app *a, struct cc_err *err)
{
	/* the store's words, as the bottom line's own messages open: with a
	 * capital ("Nothing to redo", as "Nothing to undo; ...") */
	const char *m = err->msg && *err->msg ? err->msg : "error";
	char first = *m >= 'a' && *m <= 'z' ? (char)(*m - 'a' + 'A') : *m;
	app_message(a, true, "%c%s", first, m + 1);
	cc_err_clear(err);
}

const char *app_status_word(enum claim_status s)
{
	static const char *const w[CS_COUNT] = {
		[CS_UNREVIEWED] = "unreviewed", [CS_CORROBORATED] = "corroborated",
		[CS_CONFLICT] = "conflict", [CS_ALONE] = "alone", [CS_TRUE] = "true", [CS_FALSE] = "false",
		[CS_MISLEADING] = "misleading", [CS_UNVERIFIABLE] = "unverifiable",
	};
	return s < CS_COUNT ? w[s] : "?";
}

size_t app_status_word_max(void)
{
	size_t m = 0;
	for (int s = 0; s < CS_COUNT; s++) {
		size_t n = strlen(app_status_word((enum claim_status)s));
		if (n > m)
			m = n;
	}
	return m;
}

const char *app_status_glyph(enum claim_status s)
{
	static const char *const u[CS_COUNT] = {
		[CS_UNREVIEWED] = "·", [CS_CORROBORATED] = "=", [CS_CONFLICT] = "!", [CS_ALONE] = "!",
		[CS_TRUE] = "✓", [CS_FALSE] = "✗", [CS_MISLEADING] = "~", [CS_UNVERIFIABLE] = "?",
	};
	static const char *const ascii[CS_COUNT] = {
		[CS_UNREVIEWED] = ".", [CS_CORROBORATED] = "=", [CS_CONFLICT] = "!", [CS_ALONE] = "!",
		[CS_TRUE] = "+", [CS_FALSE] = "x", [CS_MISLEADING] = "~", [CS_UNVERIFIABLE] = "?",
	};
	if (s >= CS_COUNT)
		return "?";
	return draw_utf8() ? u[s] : ascii[s];
}

enum style_id app_status_style(enum claim_status s)
{
	static const enum style_id m[CS_COUNT] = {
		[CS_UNREVIEWED] = ST_UNREVIEWED, [CS_CORROBORATED] = ST_CORROBORATED,
		[CS_CONFLICT] = ST_CONFLICT, [CS_ALONE] = ST_CONFLICT, [CS_TRUE] = ST_TRUE,
		[CS_FALSE] = ST_FALSE,
		[CS_MISLEADING] = ST_MISLEADING, [CS_UNVERIFIABLE] = ST_UNVERIFIABLE,
	};
	return s < CS_COUNT ? m[s] : ST_DEFAULT;
}

bool app_verdict_of(enum action act, const char **verdict)
{
	switch (act) {
	case A_VERDICT_TRUE: *verdict = "true"; return true;
	case A_VERDICT_FALSE: *verdict = "false"; return true;
	case A_VERDICT_MISLEADING: *verdict = "misleading"; return true;
	case A_VERDICT_UNVERIFIABLE: *verdict = "unverifiable"; return true;
	case A_VERDICT_CLEAR: *verdict = NULL; return true;
	default: return false;
	}
}

/* A verdict wins; then a conflict; then corroboration. */
static enum claim_status status_of(const char *verdict, size_t conflicts, size_t support)
{
	if (verdict) {
		if (strcmp(verdict, "true") == 0)
			return CS_TRUE;
		if (strcmp(verdict, "false") == 0)
			return CS_FALSE;
		if (strcmp(verdict, "misleading") == 0)
			return CS_MISLEADING;
		if (strcmp(verdict, "unverifiable") == 0)
			return CS_UNVERIFIABLE;
	}
	if (conflicts)
		return CS_CONFLICT;
	if (support)
		return CS_CORROBORATED;
	return CS_UNREVIEWED;
}

/* The slots worth checking, then the event and who acts: a date as the day
 * it was read as ("2024-07-20 START Kaspersky", "2024-10-09 09:15 END"
 * with a time of day; its words when the year or day is not known),
 * figures and durations in the article's words, after the counted noun
 * ("employee: fewer than 50", "nearly two decades"); then who said it when
 * that is someone else ("per Commerce Department"). A claim with no such
 * slot (a statement: "Kaspersky has denied the allegations") shows its own
 * words from the article's text, as what the verdict would judge. */
static char *summary_of(const struct store_review_claim *c, const char *text, size_t len)
{
	struct buf b;
	buf_init(&b);
	for (size_t i = 0; i < c->nslots; i++) {
		const struct store_slot *x = &c->slots[i];
		if (!x->type || strcmp(x->type, "entity") == 0 || strcmp(x->type, "event") == 0 ||
		    strcmp(x->type, "quote") == 0)
			continue;
		const char *words = x->text && *x->text ? x->text : (x->value ? x->value : "");
		const char *value = x->value ? x->value : "";
		if (b.len)
			buf_adds(&b, ", ");
		if (strcmp(x->type, "date") == 0) {
			/* the day as read (short, and what is compared), or the
			 * words when the year or day is not known; after its
			 * modifier, which changes what the day means ("after
			 * 2014-06-08" for "nearly 12 years ago", "until
			 * 2026-11-16"), but not a start's "starting", which its
			 * event already says */
			const char *mw = mention_date_mod_word(x->mod);
			bool worded = !*value || strchr(value, 'X');
			if (mw && !worded && !(strcmp(mw, "starting") == 0 && x->event && strcmp(x->event, "START") == 0))
				buf_printf(&b, "%s ", mw);
			if (worded)
				buf_adds(&b, words);
			else if (strlen(value) >= 16 && value[10] == 'T') /* "2024-10-09 09:15" */
				buf_printf(&b, "%.10s %.5s", value, value + 11);
			else
				buf_adds(&b, value);
			if (x->event && *x->event)
				buf_printf(&b, " %s", x->event);
		} else {
			/* the counted noun first, when the words do not hold it */
			if (strcmp(x->type, "number") == 0 && x->unit && *x->unit && !strstr(words, x->unit))
				buf_printf(&b, "%s: ", x->unit);
			buf_adds(&b, words); /* "fewer than 50", "nearly two decades" */
		}
	}
	bool subject = c->subject && *c->subject;
	bool speaker = c->speaker && *c->speaker && !(subject && strcmp(c->speaker, c->subject) == 0);
	if (!b.len && text && c->start < c->end && c->end <= len) {
		/* a statement: its words, one line (the row cuts it) */
		if (speaker && !memmem(text + c->start, c->end - c->start, c->speaker,
				       strlen(c->speaker)))
			buf_printf(&b, "%s: ", c->speaker);
		size_t n = c->end - c->start > 240 ? 240 : c->end - c->start;
		bool space = false;
		for (size_t i = c->start; i < c->start + n; i++) {
			char ch = text[i];
			if (ch == '\n' || ch == '\t' || ch == '\r' || ch == ' ') {
				space = b.len > 0;
				continue;
			}
			if (space)
				buf_addc(&b, ' ');
			space = false;
			buf_addc(&b, ch);
		}
		return buf_steal(&b);
	}
	if (c->event && *c->event && !strstr(b.data ? b.data : "", c->event))
		buf_printf(&b, "%s%s", b.len ? " " : "", c->event);
	if (subject)
		buf_printf(&b, "%s%s", b.len ? " " : "", c->subject);
	if (speaker)
		buf_printf(&b, "%sper %s", b.len ? ", " : "", c->speaker);
	if (!b.len)
		buf_adds(&b, "claim");
	return buf_steal(&b);
}

static void claim_free(struct claim *c)
{
	free(c->summary);
	free(c->verdict);
	free(c->note);
	free(c->tags);
	free(c->slot_span);
	memset(c, 0, sizeof *c);
}

static void claim_fill(struct claim *out, const struct store_review_claim *c, const char *text,
		       size_t len)
{
	out->id = c->id;
	out->ord = c->ord;
	out->sentence = c->sentence;
	out->start = c->start;
	out->end = c->end;
	out->summary = summary_of(c, text, len);
	out->verdict = c->verdict ? xstrdup(c->verdict) : NULL;
	out->note = c->note ? xstrdup(c->note) : NULL;
	out->tags = xstrdup(c->tags ? c->tags : "");
	out->disputed = c->disputed;
	out->support = c->support;
	out->conflicts = c->conflicts;
	out->nslots = c->nslots;
	out->slot_span = xcalloc(c->nslots ? c->nslots * 2 : 1, sizeof *out->slot_span);
	for (size_t i = 0; i < c->nslots; i++) {
		out->slot_span[2 * i] = c->slots[i].start;
		out->slot_span[2 * i + 1] = c->slots[i].end;
	}
	out->status = status_of(c->verdict, c->conflicts, c->support);
}

static int collect_story(const struct store_conflict *c, void *ctx)
{
	struct app_story_conflicts *k = ctx;
	k->v = xgrow(k->v, &k->cap, k->n + 1, sizeof *k->v);
	struct standalone_conflict *x = &k->v[k->n++];
	memset(x, 0, sizeof *x);
	x->id = c->id;
	x->kind = xstrdup(c->kind);
	x->claim[0] = c->a.claim;
	x->claim[1] = c->b.claim;
	x->source[0] = xstrdup(c->a.source ? c->a.source : "");
	x->source[1] = xstrdup(c->b.source ? c->b.source : "");
	return 0;
}

void app_story_conflicts_load(struct app *a, const char *story, struct app_story_conflicts *k)
{
	memset(k, 0, sizeof *k);
	struct cc_err err = {0};
	if (store_conflicts_each(a->st, NULL, story, 0, collect_story, k, &err) != CC_OK) {
		cc_err_clear(&err);
		app_story_conflicts_free(k);
	}
}

void app_story_conflicts_free(struct app_story_conflicts *k)
{
	if (k->v)
		standalone_conflicts_free_strings(k->v, k->n);
	free(k->v);
	memset(k, 0, sizeof *k);
}

/* The claims of the source that stand alone in its story (one side of two
 * or more conflicts of one kind with two or more sources that dispute
 * nothing but it: standalone.h) are marked alone rather than conflict, so
 * the panel tells the odd one out from the sources that outvote it. Reads
 * the story's conflicts only when some claim has two. */
static void mark_alone(struct app *a, struct claim *v, size_t n, const char *story)
{
	bool maybe = false;
	for (size_t i = 0; i < n && !maybe; i++)
		maybe = v[i].status == CS_CONFLICT && v[i].conflicts >= 2;
	if (!maybe)
		return;
	struct app_story_conflicts k;
	app_story_conflicts_load(a, story, &k);
	struct standalone_group *g;
	size_t ng = standalone_find(k.v, k.n, &g);
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < ng && v[i].status == CS_CONFLICT; j++)
			if (g[j].claim == v[i].id)
				v[i].status = CS_ALONE;
	standalone_free(g, ng);
	app_story_conflicts_free(&k);
}

struct claims_ctx {
	struct claim *v;
	size_t n, cap;
	const char *text; /* the source's text the claims' offsets point into */
	size_t len;
};

static int collect_claim(const struct store_review_claim *c, void *ctx)
{
	struct claims_ctx *cc = ctx;
	cc->v = xgrow(cc->v, &cc->cap, cc->n + 1, sizeof *cc->v);
	memset(&cc->v[cc->n], 0, sizeof cc->v[cc->n]);
	claim_fill(&cc->v[cc->n++], c, cc->text, cc->len);
	return 0;
}

void app_free_source(struct source *s)
{
	free(s->name);
	free(s->title);
	free(s->date);
	free(s->outlet);
	free(s->story);
	free(s->text);
	free(s->sents);
	for (size_t i = 0; i < s->nclaims; i++)
		claim_free(&s->claims[i]);
	free(s->claims);
	doc_free(&s->doc);
	memset(s, 0, sizeof *s);
}

int app_article_width(const struct app *a)
{
	/* the margin (a claim's glyph and a space) and, beside the claims
	 * panel, a blank column before the divider, as the conflict view's
	 * sides keep: a row that fills the width does not touch it */
	int w = a->lay.article.w - 2 - (a->lay.stacked ? 0 : 1);
	return w < 1 ? 1 : w;
}

bool app_load_source(struct app *a, int64_t id, size_t idx)
{
	struct cc_err err = {0};
	struct store_source s;
	struct source n = {0};
	if (store_review_source_by_id(a->st, id, &s, &err) != CC_OK) {
		err_message(a, &err);
		return false;
	}
	n.id = s.id;
	n.name = s.name;
	n.title = s.title;
	n.date = s.date;
	n.outlet = s.outlet;
	n.story = s.story ? s.story : xstrdup("");
	s.name = s.title = s.date = s.outlet = s.story = NULL;
	store_source_free(&s);
	if (idx == SIZE_MAX && store_review_source_index(a->st, id, &idx, &err) != CC_OK) {
		err_message(a, &err);
		idx = 0;
	}
	n.idx = idx;
	struct claims_ctx cc = {0};
	enum cc_status rc = store_source_text(a->st, id, &n.text, &n.len, &err);
	cc.text = n.text;
	cc.len = n.len;
	if (rc != CC_OK || store_sentences_get(a->st, id, &n.sents, &n.nsents, &err) != CC_OK ||
	    store_review_claims(a->st, id, 0, collect_claim, &cc, &err) != CC_OK) {
		err_message(a, &err);
		n.claims = cc.v;
		n.nclaims = cc.n;
		app_free_source(&n);
		return false;
	}
	n.claims = cc.v;
	n.nclaims = cc.n;
	mark_alone(a, n.claims, n.nclaims, n.story);
	doc_build(&n.doc, n.text ? n.text : "", n.len, app_article_width(a));
	app_free_source(&a->src);
	a->src = n;
	a->sel = 0;
	a->art_top = a->panel_top = 0;
	a->follow = true;
	a->mark_sentence = -1;
	return true;
}

enum cc_status app_source_step(struct app *a, int64_t from, int dir, int64_t *id,
			       struct cc_err *err)
{
	struct store_source s;
	bool found;
	*id = 0;
	enum cc_status rc = store_review_source_step(a->st, from, dir, &s, &found, err);
	if (rc != CC_OK || !found)
		return rc;
	*id = s.id;
	store_source_free(&s);
	return CC_OK;
}

/* app_source_step with its error on the bottom line: 0 then too. */
static int64_t source_near(struct app *a, int64_t from, int dir)
{
	struct cc_err err = {0};
	int64_t id;
	if (app_source_step(a, from, dir, &id, &err) != CC_OK) {
		err_message(a, &err);
		return 0;
	}
	return id;
}

bool app_follow_sources(struct app *a)
{
	struct cc_err err = {0};
	if (!a->src.id) {
		/* the store had no source: show the first one added since */
		int64_t first = a->nsources ? source_near(a, 0, 1) : 0;
		if (!first || !app_load_source(a, first, 0))
			return false;
		app_message(a, false, "Sources were added to the store: showing %s.", a->src.name);
		return true;
	}
	int64_t next = source_near(a, a->src.id - 1, 1);
	if (next == a->src.id) {
		/* still there: its place may have moved (sources before it removed) */
		size_t idx;
		if (store_review_source_index(a->st, a->src.id, &idx, &err) == CC_OK)
			a->src.idx = idx;
		else
			err_message(a, &err);
		return false;
	}
	/* removed by another process (crosscheck remove): the source after it,
	 * else the one before, takes its place */
	char *gone = xstrdup(a->src.name ? a->src.name : "");
	int64_t id = next ? next : source_near(a, a->src.id, -1);
	if (id && app_load_source(a, id, SIZE_MAX)) {
		app_message(a, false, "%s was removed from the store: showing %s.", gone, a->src.name);
	} else if (!id) {
		app_free_source(&a->src);
		a->sel = 0;
		a->art_top = a->panel_top = 0;
		app_message(a, false, "%s was removed from the store, which has no sources left.", gone);
	}
	free(gone);
	return true;
}

void app_reload_claims(struct app *a)
{
	if (!a->src.id)
		return;
	struct cc_err err = {0};
	struct claims_ctx cc = {.text = a->src.text, .len = a->src.len};
	if (store_review_claims(a->st, a->src.id, 0, collect_claim, &cc, &err) != CC_OK) {
		err_message(a, &err);
		for (size_t i = 0; i < cc.n; i++)
			claim_free(&cc.v[i]);
		free(cc.v);
		return;
	}
	mark_alone(a, cc.v, cc.n, a->src.story);
	int64_t sel = a->sel < a->src.nclaims ? a->src.claims[a->sel].id : 0;
	for (size_t i = 0; i < a->src.nclaims; i++)
		claim_free(&a->src.claims[i]);
	free(a->src.claims);
	a->src.claims = cc.v;
	a->src.nclaims = cc.n;
	a->sel = 0;
	if (sel)
		app_select_claim(a, sel);
}

void app_select_claim(struct app *a, int64_t claim_id)
{
	for (size_t i = 0; i < a->src.nclaims; i++) {
		if (a->src.claims[i].id == claim_id) {
			a->sel = i;
			a->follow = true;
			return;
		}
	}
}

bool app_goto_claim(struct app *a, int64_t claim_id)
{
	struct cc_err err = {0};
	int64_t sid;
	if (store_review_claim_source(a->st, claim_id, &sid, &err) != CC_OK) {
		err_message(a, &err);
		return false;
	}
	if (sid != a->src.id && !app_load_source(a, sid, SIZE_MAX))
		return false;
	app_select_claim(a, claim_id);
	return true;
}

void app_refresh_counts(struct app *a)
{
	struct cc_err err = {0};
	a->data_version = store_review_data_version(a->st);
	a->nsources = store_source_count(a->st);
	if (store_review_open_conflicts(a->st, &a->open_conflicts, &err) != CC_OK)
		err_message(a, &err);
}

bool app_check_store(struct app *a)
{
	if (store_review_data_version(a->st) == a->data_version)
		return false;
	app_refresh_counts(a);
	return true;
}

/* After this review wrote the claim's newest annotation entry. */
static void follow_open_count(struct app *a, int64_t claim)
{
	struct cc_err err = {0};
	long d;
	if (store_review_open_delta(a->st, claim, &d, &err) != CC_OK) {
		err_message(a, &err);
		return;
	}
	if (d < 0 && (size_t)-d > a->open_conflicts)
		a->open_conflicts = 0;
	else
		a->open_conflicts = (size_t)((long)a->open_conflicts + d);
}

/* Appends to b each tag of `from` that `in` has (want) or lacks (!want). */
static void tags_pick(struct buf *b, const char *from, const char *in, bool want)
{
	for (const char *p = from ? from : ""; *p;) {
		const char *e = strchr(p, ',');
		size_t l = e ? (size_t)(e - p) : strlen(p);
		if (l && tag_list_has(in, p, l) == want && !tag_list_has(b->data, p, l)) {
			if (b->len)
				buf_addc(b, ',');
			buf_add(b, p, l);
		}
		p += l + (e ? 1 : 0);
	}
}

static int cmp_tag(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* The reviewer's own tags after the edit of the shown (merged) tags into
 * `edited`: own tags, minus those the edit removed, plus those it added;
 * sorted. A tag shown and kept is not made the reviewer's own. */
static char *tags_after_edit(const char *own, const char *shown, const char *edited)
{
	struct buf b;
	buf_init(&b);
	buf_adds(&b, "");
	struct buf kept;
	buf_init(&kept);
	buf_adds(&kept, "");
	tags_pick(&kept, shown, edited, false); /* removed by the edit */
	tags_pick(&b, own, kept.data, false);
	buf_free(&kept);
	struct buf added;
	buf_init(&added);
	buf_adds(&added, "");
	tags_pick(&added, edited, shown, false);
	tags_pick(&b, added.data, "", false); /* tags_pick skips those b has */
	buf_free(&added);
	/* sorted, as every writer stores them */
	char *joined = buf_steal(&b);
	char **v = NULL;
	size_t n = 0, cap = 0;
	char *save = NULL;
	for (char *t = strtok_r(joined, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
		v = xgrow(v, &cap, n + 1, sizeof *v);
		v[n++] = t;
	}
	if (n > 1)
		qsort(v, n, sizeof *v, cmp_tag);
	buf_init(&b);
	buf_adds(&b, "");
	for (size_t i = 0; i < n; i++) {
		if (i)
			buf_addc(&b, ',');
		buf_adds(&b, v[i]);
	}
	free(v);
	free(joined);
	return buf_steal(&b);
}

/* On a read-only store: says why nothing is written (app.h) and returns
 * true; else false. */
bool app_refuse_write(struct app *a)
{
	if (!a->readonly)
		return false;
	/* the whole path, else the file's name, else fewer words: the reason
	 * stays (cut with "…" only when not even the shortest fits) */
	const char *path = store_path(a->st);
	const char *slash = strrchr(path, '/');
	const char *file = slash && slash[1] ? slash + 1 : path;
	for (int form = 0; form < 4; form++) {
		if (form == 0)
			app_message(a, true, "Read-only: %s (%s); annotations cannot be saved", path, a->readonly);
		else if (form == 1)
			app_message(a, true, "Read-only: %s (%s); annotations cannot be saved", file, a->readonly);
		else if (form == 2)
			app_message(a, true, "Read-only: %s (%s); not saved", file, a->readonly);
		else
			app_message(a, true, "Read-only (%s): not saved", a->readonly);
		if ((int)draw_width(a->msg, strlen(a->msg)) <= a->lay.prompt.w)
			break;
	}
	return true;
}

/* Appends the reviewer's entry: their own latest state (not the merged
 * one, which holds other reviewers' work) with only the given fields
 * changed; tags are edited from the shown state, so only the tags the
 * edit added or removed change. The store commits before returning, and
 * writes nothing when the entry would change nothing (README: "annotate");
 * then the message says so, as `annotate` does. 1: saved, 0: nothing
 * changed, -1: an error (shown). */
static int annotate(struct app *a, int64_t claim, bool set_verdict, const char *verdict,
		    bool set_note, const char *note, bool set_tags, const char *tags)
{
	if (app_refuse_write(a))
		return -1;
	struct cc_err err = {0};
	struct store_annotation own, cur;
	bool found, shown = false;
	a->saved = false;
	if (store_annotation_own(a->st, claim, a->reviewer, &own, &found, &err) != CC_OK ||
	    ((set_tags || set_note) && store_annotation_current(a->st, claim, &cur, &shown, &err) != CC_OK)) {
		if (found)
			store_annotation_free(&own);
		err_message(a, &err);
		return -1;
	}
	const char *v = set_verdict ? verdict : (found ? own.verdict : NULL);
	const char *nt = set_note ? note : (found ? own.note : NULL);
	/* the note editor opens on the note the claim shows: saving it as it
	 * is changes nothing the reviewer sees, as with `e` */
	bool note_same = set_note && (note ? shown && cur.note && strcmp(cur.note, note) == 0
					   : !(found && own.note));
	char *tg = set_tags ? tags_after_edit(found ? own.tags : "", shown ? cur.tags : "", tags)
			    : xstrdup(found && own.tags ? own.tags : "");
	/* the shown tags the edit removed: the store makes another reviewer's
	 * tag this reviewer's own first, so that the removal counts */
	struct buf removed;
	buf_init(&removed);
	buf_adds(&removed, "");
	if (set_tags && shown)
		tags_pick(&removed, cur.tags, tags, false);
	/* the tags the edit added: one the reviewer holds that another
	 * reviewer removed later is given again (the store drops it from the
	 * reviewer's own state first) */
	struct buf added;
	buf_init(&added);
	buf_adds(&added, "");
	if (set_tags)
		tags_pick(&added, tags, shown ? cur.tags : "", false);
	int64_t id = 0;
	enum cc_status rc = note_same ? CC_OK
				      : store_annotate_restating(a->st, claim, a->session, a->reviewer, v,
								 nt, tg, removed.data, added.data,
								 (set_verdict ? STORE_RESTATE_VERDICT : 0) |
									 (set_note ? STORE_RESTATE_NOTE : 0),
								 &id, &err);
	buf_free(&removed);
	buf_free(&added);
	free(tg);
	if (found)
		store_annotation_free(&own);
	if (shown)
		store_annotation_free(&cur);
	if (rc != CC_OK) {
		if (!(err.status == CC_ERR_STORE && store_busy(a->st))) {
			err_message(a, &err);
			return -1;
		}
		/* nothing was written: the claim shows what it showed */
		cc_err_clear(&err);
		return -2;
	}
	if (!id) {
		const char *why = set_verdict ? (verdict ? "you already hold that verdict"
							 : "no verdict of yours to clear")
				: set_note ? (note ? "the note is already that" : "no note of yours to clear")
					   : "the tags are already those";
		app_message(a, false, "Claim #%lld: nothing changed: %s", (long long)claim, why);
		return 0;
	}
	a->session_count++;
	a->saved = true;
	a->unsaved_undo = 0; /* u now means this entry: the one not done is gone */
	follow_open_count(a, claim);
	return 1;
}

/* Says plainly that an action was not saved because another process held
 * the store, and how to do it again. */
#define NOT_SAVED APP_NOT_SAVED

static void keep_unsaved(struct app *a, enum prompt_kind kind, int64_t claim, const char *text)
{
	free(a->unsaved[kind].text);
	a->unsaved[kind].claim = claim;
	a->unsaved[kind].text = xstrdup(text ? text : "");
}

void app_forget_unsaved(struct app *a, enum prompt_kind kind, int64_t claim)
{
	if (a->unsaved[kind].text && a->unsaved[kind].claim == claim) {
		free(a->unsaved[kind].text);
		a->unsaved[kind].text = NULL;
	}
}

bool app_set_verdict(struct app *a, int64_t claim, const char *verdict)
{
	int r = annotate(a, claim, true, verdict, false, NULL, false, NULL);
	if (r == -2) {
		free(a->unsaved_verdict.verdict);
		a->unsaved_verdict.claim = claim;
		a->unsaved_verdict.verdict = verdict ? xstrdup(verdict) : NULL;
		app_message(a, true, NOT_SAVED "claim #%lld %s; press the key again", (long long)claim,
			    verdict ? verdict : "verdict cleared");
	} else if (r >= 0 && a->unsaved_verdict.claim == claim) {
		/* the claim holds the verdict the reviewer gave last */
		free(a->unsaved_verdict.verdict);
		a->unsaved_verdict.verdict = NULL;
		a->unsaved_verdict.claim = 0;
	}
	if (r <= 0)
		return false;
	app_message(a, false, "Saved: claim #%lld %s", (long long)claim,
		    verdict ? verdict : "verdict cleared");
	return true;
}

bool app_set_note(struct app *a, int64_t claim, const char *note)
{
	int r = annotate(a, claim, false, NULL, true, note && *note ? note : NULL, false, NULL);
	if (r == -2) {
		keep_unsaved(a, P_NOTE, claim, note);
		app_message(a, true, NOT_SAVED "note on claim #%lld; a reopens it", (long long)claim);
	} else if (r >= 0) {
		app_forget_unsaved(a, P_NOTE, claim);
	}
	if (r <= 0)
		return false;
	app_message(a, false, "Saved: note on claim #%lld%s", (long long)claim,
		    note && *note ? "" : " removed");
	return true;
}

bool app_set_tags(struct app *a, int64_t claim, const char *tags)
{
	int r = annotate(a, claim, false, NULL, false, NULL, true, tags ? tags : "");
	if (r == -2) {
		keep_unsaved(a, P_TAGS, claim, tags);
		app_message(a, true, NOT_SAVED "tags of claim #%lld; # reopens them", (long long)claim);
	} else if (r >= 0) {
		app_forget_unsaved(a, P_TAGS, claim);
	}
	if (r <= 0)
		return false;
	app_message(a, false, "Saved: tags of claim #%lld: %s", (long long)claim,
		    tags && *tags ? tags : "(none)");
	return true;
}

/* Nothing to undo (redo) for the reviewer, who was not named with
 * --reviewer: a crosscheck that found no $USER wrote as "reviewer", and
 * those entries are not taken back in this name ("reviewer" may have been
 * several people). When the store holds some, says how to act on them, as
 * `annotate --undo` does, in words that fit the bottom line (80 columns).
 * Returns whether it set the message. */
static bool undo_hint_old_entries(struct app *a, bool redo)
{
	size_t old = 0;
	struct cc_err err = {0};
	if (a->opts->reviewer_given || strcmp(a->reviewer, UI_REVIEWER_FALLBACK) == 0)
		return false;
	if (store_reviewer_entries(a->st, UI_REVIEWER_FALLBACK, &old, &err) != CC_OK) {
		cc_err_clear(&err);
		return false;
	}
	if (!old)
		return false;
	const char *what = redo ? "redo" : "undo";
	app_message(a, true, "Nothing to %s; %zu %s by '" UI_REVIEWER_FALLBACK
		    "' ($USER unset): use --reviewer " UI_REVIEWER_FALLBACK,
		    what, old, old == 1 ? "entry" : "entries");
	if ((int)draw_width(a->msg, strlen(a->msg)) > a->lay.prompt.w)
		app_message(a, true, "Nothing to %s; %zu by '" UI_REVIEWER_FALLBACK
			    "': use --reviewer " UI_REVIEWER_FALLBACK, what, old);
	return true;
}

/* Says what an undo (redo) did: the claim and the state it went back to,
 * as `annotate --undo` prints it ("Undone: claim #12: verdict none, no
 * note, no tags"); when the note's text makes it wider than the bottom
 * line, the note is named without its text (the bottom line shows it once
 * the message goes). */
static void undo_message(struct app *a, bool redo, int64_t claim)
{
	struct store_annotation cur;
	bool shown = false;
	struct cc_err err = {0};
	if (store_annotation_current(a->st, claim, &cur, &shown, &err) != CC_OK) {
		cc_err_clear(&err);
		app_message(a, false, "%s: claim #%lld", redo ? "Redone" : "Undone", (long long)claim);
		return;
	}
	const char *v = shown && cur.verdict ? cur.verdict : "none";
	const char *n = shown ? cur.note : NULL;
	const char *t = shown && cur.tags && *cur.tags ? cur.tags : NULL;
	for (int full = 1; full >= 0; full--) {
		char *note = !n ? xstrdup("no note") : full ? xasprintf("note \"%s\"", n) : xstrdup("a note");
		app_message(a, false, "%s: claim #%lld: verdict %s, %s, %s%s", redo ? "Redone" : "Undone",
			    (long long)claim, v, note, t ? "tags " : "no tags", t ? t : "");
		free(note);
		if (!n || (int)draw_width(a->msg, strlen(a->msg)) <= a->lay.prompt.w)
			break;
	}
	if (shown)
		store_annotation_free(&cur);
}

unsigned app_undo(struct app *a, bool redo)
{
	if (app_refuse_write(a))
		return F_REDRAW;
	struct cc_err err = {0};
	int64_t claim = 0;
	a->saved = false; /* the mark is for this action now */
	enum cc_status rc = redo ? store_redo(a->st, a->reviewer, a->session, &claim, &err)
				 : store_undo(a->st, a->reviewer, a->session, &claim, &err);
	if (rc != CC_OK) {
		if (err.status == CC_ERR_STORE && store_busy(a->st)) {
			a->unsaved_undo = redo ? 'r' : 'u';
			app_message(a, true, NOT_SAVED "nothing %s; press %s again", redo ? "redone" : "undone",
				    redo ? "Ctrl-R" : "u");
		} else if (!(err.status == CC_ERR_INPUT && !claim && undo_hint_old_entries(a, redo)))
			err_message(a, &err);
		cc_err_clear(&err);
		return F_REDRAW;
	}
	a->unsaved_undo = 0;
	a->session_count++;
	a->saved = true;
	follow_open_count(a, claim);
	/* show the claim that changed, wherever it is */
	app_goto_claim(a, claim);
	app_reload_claims(a);
	app_select_claim(a, claim);
	undo_message(a, redo, claim);
	return F_RELOAD | F_REDRAW;
}
