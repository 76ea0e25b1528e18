/* conflict_view: one claim's conflicts, its sentence and the other
 * source's side by side.
 *
 * Owns: reading a claim's conflicts (store_conflicts_each) and both sides'
 * current verdicts, drawing the two sentences with the slot that differs
 * highlighted, the explanation, the list of the claim's conflicts, and
 * verdict, note and tag keys acting on the focused side. Must not: call
 * curses (draw.h does), or write anything but through app.c's annotation
 * functions.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unigbrk.h>

#include "app.h"
#include "draw.h"
#include "standalone.h"

struct cside {
	int64_t claim;
	char *source;
	char *text;       /* the claim's sentence (article bytes) */
	size_t len;
	size_t slot0, slot1; /* the slot that differs, relative to text (0, 0: none) */
	char *verdict;
	char *note;
	char *tags;
};

struct cconf {
	int64_t id;
	char *kind, *severity, *rule, *explanation;
	char *alone; /* which side stands alone in the story, in words, or NULL */
	struct cside s[2]; /* [0] the claim the view was opened on, [1] the other */
};

struct cview {
	int64_t claim;
	char *story; /* the claim's story, read with its first conflict */
	struct cconf *v;
	size_t n, cur;
	int side;
};

static void side_free(struct cside *s)
{
	free(s->source);
	free(s->text);
	free(s->verdict);
	free(s->note);
	free(s->tags);
}

static void cview_clear(struct cview *cv)
{
	for (size_t i = 0; i < cv->n; i++) {
		free(cv->v[i].kind);
		free(cv->v[i].severity);
		free(cv->v[i].rule);
		free(cv->v[i].explanation);
		free(cv->v[i].alone);
		side_free(&cv->v[i].s[0]);
		side_free(&cv->v[i].s[1]);
	}
	free(cv->v);
	cv->v = NULL;
	cv->n = 0;
}

static void side_fill(struct cside *d, const struct store_conflict_side *s)
{
	d->claim = s->claim;
	d->source = xstrdup(s->source);
	d->text = xstrndup(s->text, s->text_len);
	d->len = s->text_len;
	if (s->slot_end > s->slot_start && s->slot_start >= s->start && s->slot_end <= s->end) {
		d->slot0 = s->slot_start - s->start;
		d->slot1 = s->slot_end - s->start;
	}
}

struct collect {
	struct cview *cv;
	size_t cap;
};

static int collect(const struct store_conflict *c, void *ctx)
{
	struct collect *k = ctx;
	struct cview *cv = k->cv;
	cv->v = xgrow(cv->v, &k->cap, cv->n + 1, sizeof *cv->v);
	struct cconf *f = &cv->v[cv->n++];
	memset(f, 0, sizeof *f);
	f->id = c->id;
	if (!cv->story && c->story)
		cv->story = xstrdup(c->story);
	f->kind = xstrdup(c->kind);
	f->severity = xstrdup(c->severity);
	f->rule = xstrdup(c->rule);
	f->explanation = xstrdup(c->explanation);
	bool a_is_self = c->a.claim == cv->claim;
	side_fill(&f->s[0], a_is_self ? &c->a : &c->b);
	side_fill(&f->s[1], a_is_self ? &c->b : &c->a);
	return 0;
}

static void load_verdicts(struct app *a, struct cside *s)
{
	struct cc_err err = {0};
	struct store_annotation ann;
	bool found;
	free(s->verdict);
	free(s->note);
	free(s->tags);
	s->verdict = s->note = s->tags = NULL;
	if (store_annotation_current(a->st, s->claim, &ann, &found, &err) != CC_OK) {
		cc_err_clear(&err);
		return;
	}
	if (found) {
		s->verdict = ann.verdict;
		s->note = ann.note;
		s->tags = ann.tags;
		ann.verdict = ann.note = ann.tags = NULL;
	}
	store_annotation_free(&ann);
}

/* For each of the claim's conflicts, whether one of its sides stands alone
 * in the story (a claim in two or more conflicts of one kind with two or
 * more sources that dispute nothing but it: standalone.h), in words. */
static void find_alone(struct app *a, struct cview *cv)
{
	if (!cv->n || !cv->story)
		return;
	struct app_story_conflicts k;
	app_story_conflicts_load(a, cv->story, &k);
	struct standalone_group *g;
	size_t ng = standalone_find(k.v, k.n, &g);
	for (size_t i = 0; i < cv->n; i++) {
		struct cconf *f = &cv->v[i];
		for (size_t j = 0; j < ng && !f->alone; j++) {
			if (strcmp(g[j].kind, f->kind) || (g[j].claim != f->s[0].claim && g[j].claim != f->s[1].claim))
				continue;
			bool in = false;
			for (size_t m = 0; m < g[j].nids && !in; m++)
				in = g[j].ids[m] == f->id;
			if (in)
				f->alone = xasprintf("%s stands alone: %zu sources that do not dispute each other "
						     "disagree with it here",
						     g[j].source, g[j].nothers);
		}
	}
	standalone_free(g, ng);
	app_story_conflicts_free(&k);
}

static void cview_load(struct app *a, struct cview *cv)
{
	cview_clear(cv);
	struct collect k = {cv, 0};
	struct cc_err err = {0};
	if (store_conflicts_each(a->st, NULL, NULL, cv->claim, collect, &k, &err) != CC_OK) {
		app_message(a, true, "%s", err.msg);
		cc_err_clear(&err);
	}
	for (size_t i = 0; i < cv->n; i++) {
		load_verdicts(a, &cv->v[i].s[0]);
		load_verdicts(a, &cv->v[i].s[1]);
	}
	find_alone(a, cv);
	if (cv->cur >= cv->n)
		cv->cur = cv->n ? cv->n - 1 : 0;
}

void *conflict_open(struct app *a, int64_t claim)
{
	struct cview *cv = xcalloc(1, sizeof *cv);
	cv->claim = claim;
	cview_load(a, cv);
	return cv;
}

static void conflict_close(struct app *a, void *state)
{
	(void)a;
	struct cview *cv = state;
	cview_clear(cv);
	free(cv->story);
	free(cv);
}

static void conflict_reload(struct app *a, void *state)
{
	cview_load(a, state);
}

static const char *verdict_word(const struct cside *s)
{
	return s->verdict ? s->verdict : "no verdict";
}

/* Draws one wrapped line of a side's sentence at (y, x), w columns, the
 * differing slot highlighted; it ends in "…" when its token is cut
 * (l->cut) or when `more` (the sentence goes on below the last row). */
static void draw_side_line(const struct cside *s, const struct doc *d, const struct doc_line *l,
			   int y, int x, int w, bool more)
{
	size_t end = l->d1;
	if (more)
		while (end > l->d0 && d->disp[end - 1] == ' ')
			end--;
	bool mark = more || l->cut;
	int col = x, maxc = x + w - (mark ? 1 : 0);
	size_t p = l->d0;
	while (p < end && col < maxc) {
		bool in = d->d2o[p] >= s->slot0 && d->d2o[p] < s->slot1;
		size_t q = p;
		while (q < end && ((d->d2o[q] >= s->slot0 && d->d2o[q] < s->slot1) == in))
			q++;
		/* q may sit inside a code point of the display copy: move to a boundary */
		while (q < end && ((unsigned char)d->disp[q] & 0xC0) == 0x80)
			q++;
		col += draw_text(y, col, maxc - col, d->disp + p, q - p, in ? ST_DIFF : ST_DEFAULT, 0);
		p = q;
	}
	if (mark)
		draw_str(y, col, x + w - col, draw_ellipsis(), ST_DEFAULT, 0);
}

/* Draws one side's sentence wrapped in r, the differing slot highlighted.
 * Returns the rows used. */
static int draw_side(const struct cside *s, const struct cside *o, struct rect r, bool focused)
{
	if (r.w <= 0 || r.h <= 0)
		return 0;
	enum style_id hs = focused ? ST_CURSOR : ST_PANE_TITLE;
	draw_fill(r.y, r.x, r.w, hs, 0);
	int c = draw_str(r.y, r.x, r.w, focused ? (draw_utf8() ? "▶ " : "> ") : "  ", hs, 0);
	/* the verdict is what the side is for: the source's name gives up
	 * width first (cut with "…"), down to 2 columns, before the verdict;
	 * a cut keeps where the two names differ, so that sources named
	 * alike ("a-long-outlet-one.txt", "a-long-outlet-two.txt") are told
	 * apart */
	const char *sep = " · ", *vw = verdict_word(s);
	int tail = (int)draw_width(sep, strlen(sep)) + (int)draw_width(vw, strlen(vw));
	int namew = r.w - c - tail;
	if (namew < 2)
		namew = 2;
	c += draw_cell_apart(r.y, r.x + c, namew < r.w - c ? namew : r.w - c, s->source, o->source, hs);
	c += draw_str(r.y, r.x + c, r.w - c, sep, hs, 0);
	draw_cell(r.y, r.x + c, r.w - c, vw, hs);
	/* wrapped a column short of the side's width: with the blank column
	 * between the sides, a row that fills its width (the left side's)
	 * stays two columns from the other side's text rather than reading
	 * on into it */
	struct doc d;
	doc_build(&d, s->text, s->len, r.w > 2 ? r.w - 1 : r.w);
	/* the rows for the sentence: all but the header and, when there is
	 * one, the note's (kept when the sentence has two rows besides); a
	 * sentence cut by the height ends in "…" on its last row shown */
	int rows = r.h - 1;
	bool note = s->note && rows >= 1;
	if (note && (rows >= 3 || (size_t)rows > d.nlines))
		rows--;
	else
		note = false;
	int row = 1;
	for (size_t i = 0; i < d.nlines && row <= rows; i++, row++) {
		bool more = row == rows && i + 1 < d.nlines;
		draw_side_line(s, &d, &d.lines[i], r.y + row, r.x, r.w, more);
	}
	if (note) {
		int cc = draw_str(r.y + row, r.x, r.w, "note: ", ST_DEFAULT, ATTR_BOLD);
		draw_cell(r.y + row, r.x + cc, r.w - cc, s->note, ST_DEFAULT);
		row++;
	}
	doc_free(&d);
	return row;
}

static void conflict_draw(struct app *a, void *state)
{
	struct cview *cv = state;
	struct rect b = a->lay.body;
	if (!cv->n) {
		draw_cell(b.y, b.x + 1, b.w - 1, "This claim is in no conflict any more.", ST_DEFAULT);
		return;
	}
	struct cconf *f = &cv->v[cv->cur];
	draw_fill(b.y, b.x, b.w, ST_PANE_TITLE, 0);
	draw_cellf(b.y, b.x + 1, b.w - 1, ST_PANE_TITLE, "Conflict %zu/%zu · %s · %s · rule %s",
		   cv->cur + 1, cv->n, f->kind, f->severity, f->rule);
	/* the list of this claim's conflicts at the bottom, the explanation above it */
	int list_h = (int)cv->n < b.h / 4 ? (int)cv->n : b.h / 4;
	if (list_h < 1 && b.h >= 6)
		list_h = 1;
	char *disp;
	struct doc_line *lines;
	/* the explanation, and then which side stands alone in the story */
	size_t el = strlen(f->explanation);
	bool stop = el && f->explanation[el - 1] == '.';
	char *why = f->alone ? xasprintf("%s%s %s.", f->explanation, stop ? "" : ".", f->alone)
			     : xstrdup(f->explanation);
	size_t nexp = doc_wrap_string(why, strlen(why), b.w - 6 > 1 ? b.w - 6 : 1, &disp, &lines);
	free(why);
	int exp_h = (int)nexp;
	if (exp_h > 3)
		exp_h = 3;
	int cols_h = b.h - 2 - exp_h - 1 - list_h;
	/* on a short screen (12 rows) the sentences come first: a list of one
	 * conflict repeats the explanation above it, so it gives its row to
	 * them (with the blank row above it) when they would have fewer
	 * than three */
	if (cols_h < 4 && cv->n == 1 && list_h) {
		cols_h += list_h + 1;
		list_h = 0;
	}
	if (cols_h < 2) {
		cols_h = b.h - 2;
		exp_h = list_h = 0;
	}
	struct rect cols[2];
	layout_columns((struct rect){b.x + 1, b.y + 2, b.w - 2, cols_h}, 2, cols);
	int used0 = draw_side(&f->s[0], &f->s[1], cols[0], cv->side == 0);
	int used1 = draw_side(&f->s[1], &f->s[0], cols[1], cv->side == 1);
	int used = (used0 > used1 ? used0 : used1) + 1;
	int y = b.y + 2 + (used < cols_h ? used : cols_h);
	/* the explanation takes every row the sentences left above the list
	 * (three were kept for it); when it still does not fit, its last
	 * row ends in "…" */
	if (exp_h) {
		int room = b.y + b.h - y - (list_h ? 1 + list_h : 0);
		exp_h = (int)nexp < room ? (int)nexp : room;
	}
	for (int i = 0; i < exp_h; i++) {
		if (i == 0)
			draw_str(y, b.x + 1, 5, "Why: ", ST_DEFAULT, ATTR_BOLD);
		const struct doc_line *l = &lines[i];
		if (i == exp_h - 1 && (size_t)exp_h < nexp) {
			draw_cell(y, b.x + 6, b.w - 6, disp + l->d0, ST_DEFAULT);
		} else {
			int c = draw_text(y, b.x + 6, b.w - 6, disp + l->d0, l->d1 - l->d0, ST_DEFAULT, 0);
			if (l->cut)
				draw_str(y, b.x + 6 + c, b.w - 6 - c, draw_ellipsis(), ST_DEFAULT, 0);
		}
		y++;
	}
	free(disp);
	free(lines);
	y++;
	size_t first = cv->cur >= (size_t)list_h && list_h > 0 ? cv->cur - (size_t)list_h + 1 : 0;
	for (int i = 0; i < list_h && first + (size_t)i < cv->n; i++, y++) {
		size_t k = first + (size_t)i;
		const struct cconf *g = &cv->v[k];
		enum style_id st = k == cv->cur ? ST_SELECTED : ST_DEFAULT;
		if (k == cv->cur)
			draw_fill(y, b.x, b.w, st, 0);
		/* a row cut at the edge ends in "…" */
		char *row = xasprintf("%s %zu. %s (%s): %s", app_status_glyph(CS_CONFLICT), k + 1,
				      g->s[1].source, g->severity, g->explanation);
		draw_cell(y, b.x + 1, b.w - 1, row, st);
		free(row);
	}
}

static unsigned conflict_action(struct app *a, void *state, enum action act)
{
	struct cview *cv = state;
	if (!cv->n)
		return act == A_BACK ? F_POP : F_NONE;
	struct cside *s = &cv->v[cv->cur].s[cv->side];
	const char *verdict;
	if (app_verdict_of(act, &verdict)) {
		app_set_verdict(a, s->claim, verdict);
		return F_RELOAD | F_REDRAW;
	}
	switch (act) {
	case A_MOVE_DOWN:
	case A_PAGE_DOWN:
		if (cv->cur + 1 < cv->n)
			cv->cur++;
		return F_REDRAW;
	case A_MOVE_UP:
	case A_PAGE_UP:
		if (cv->cur)
			cv->cur--;
		return F_REDRAW;
	case A_MOVE_FIRST:
		cv->cur = 0;
		return F_REDRAW;
	case A_MOVE_LAST:
		cv->cur = cv->n - 1;
		return F_REDRAW;
	case A_FOCUS:
		cv->side = !cv->side;
		return F_REDRAW;
	case A_ENTER:
		/* open the focused side in the reader */
		while (a->depth > 1)
			view_pop(a);
		app_goto_claim(a, s->claim);
		return F_REDRAW;
	case A_NOTE:
		prompt_start(a, P_NOTE, s->note, s->claim);
		return F_REDRAW;
	case A_NOTE_EDITOR:
		return app_external_note(a, s->claim);
	case A_TAGS:
		prompt_start(a, P_TAGS, s->tags, s->claim);
		return F_REDRAW;
	case A_BACK:
		return F_POP;
	default:
		return F_NONE;
	}
}

static unsigned conflict_click(struct app *a, void *state, int y, int x)
{
	struct cview *cv = state;
	struct rect b = a->lay.body;
	if (y < b.y + 2 || y >= b.y + b.h)
		return F_NONE;
	cv->side = x >= b.x + b.w / 2;
	return F_REDRAW;
}

static unsigned conflict_wheel(struct app *a, void *state, int y, int x, int dir)
{
	(void)a;
	(void)y;
	(void)x;
	struct cview *cv = state;
	if (dir > 0 && cv->cur + 1 < cv->n)
		cv->cur++;
	else if (dir < 0 && cv->cur)
		cv->cur--;
	return F_REDRAW;
}

const struct view_ops conflict_ops = {
	.name = "conflict",
	.km = KM_CONFLICT,
	.draw = conflict_draw,
	.action = conflict_action,
	.click = conflict_click,
	.wheel = conflict_wheel,
	.reload = conflict_reload,
	.close = conflict_close,
};
