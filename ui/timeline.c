/* timeline: every dated claim of the current source's story in date order,
 * grouped by date, conflicts marked.
 *
 * Owns: the timeline screen, read a page at a time in (date, claim, slot)
 * order with store_review_timeline_page, so it opens quickly however many
 * sources there are; Enter opens the claim in the reader. Must not: call
 * curses (draw.h does), or load every dated claim at once.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "draw.h"

struct trow {
	char *value, *source, *slot_text, *event, *text, *verdict;
	int64_t claim, source_id;
	size_t slot, conflicts;
};

struct tview {
	char *story; /* the story whose claims it shows (the current source's) */
	struct trow *rows;
	size_t n, cap;
	size_t cur, top;
	bool at_start; /* rows[0] is the first dated claim */
	bool at_end;   /* rows[n - 1] is the last one */
};

struct tpage {
	struct trow *v;
	size_t n, cap;
};

static int take(const struct store_review_dated *d, void *ctx)
{
	struct tpage *p = ctx;
	p->v = xgrow(p->v, &p->cap, p->n + 1, sizeof *p->v);
	p->v[p->n++] = (struct trow){
		.value = xstrdup(d->value),
		.source = xstrdup(d->source),
		.slot_text = xstrdup(d->slot_text),
		.event = xstrdup(d->event),
		.text = xstrndup(d->text, d->text_len),
		.verdict = d->verdict ? xstrdup(d->verdict) : NULL,
		.claim = d->claim_id,
		.source_id = d->source_id,
		.slot = d->slot,
		.conflicts = d->conflicts,
	};
	return 0;
}

static void rows_free(struct trow *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].value);
		free(v[i].source);
		free(v[i].slot_text);
		free(v[i].event);
		free(v[i].text);
		free(v[i].verdict);
	}
}

static bool fetch(struct app *a, const struct tview *tv, const struct trow *key, int dir,
		  struct tpage *p)
{
	struct cc_err err = {0};
	memset(p, 0, sizeof *p);
	size_t limit = a->lay.body.h > 4 ? (size_t)a->lay.body.h * 2 : 16;
	if (store_review_timeline_page(a->st, tv->story, key ? key->value : NULL, key ? key->claim : 0,
				       key ? key->slot : 0, dir, limit, take, p, &err) != CC_OK) {
		app_message(a, true, "%s", err.msg);
		cc_err_clear(&err);
		return false;
	}
	return true;
}

static void set_rows(struct tview *tv, struct tpage *p, bool reversed)
{
	rows_free(tv->rows, tv->n);
	free(tv->rows);
	if (reversed)
		for (size_t i = 0; i < p->n / 2; i++) {
			struct trow t = p->v[i];
			p->v[i] = p->v[p->n - 1 - i];
			p->v[p->n - 1 - i] = t;
		}
	tv->rows = p->v;
	tv->n = p->n;
	tv->cap = p->cap;
	tv->cur = tv->top = 0;
	tv->at_start = tv->at_end = false;
}

static void load_first(struct app *a, struct tview *tv)
{
	struct tpage p;
	if (!fetch(a, tv, NULL, 1, &p))
		return;
	set_rows(tv, &p, false);
	tv->at_start = true;
}

static void load_last(struct app *a, struct tview *tv)
{
	struct tpage p;
	if (!fetch(a, tv, NULL, -1, &p))
		return;
	set_rows(tv, &p, true);
	tv->cur = tv->n ? tv->n - 1 : 0;
	tv->at_end = true;
}

static bool extend_down(struct app *a, struct tview *tv)
{
	if (!tv->n || tv->at_end)
		return false;
	struct tpage p;
	if (!fetch(a, tv, &tv->rows[tv->n - 1], 1, &p) || !p.n) {
		free(p.v);
		tv->at_end = true;
		return false;
	}
	tv->rows = xgrow(tv->rows, &tv->cap, tv->n + p.n, sizeof *tv->rows);
	memcpy(tv->rows + tv->n, p.v, p.n * sizeof *p.v);
	tv->n += p.n;
	free(p.v);
	return true;
}

static bool extend_up(struct app *a, struct tview *tv)
{
	if (!tv->n || tv->at_start)
		return false;
	struct tpage p;
	if (!fetch(a, tv, &tv->rows[0], -1, &p) || !p.n) {
		free(p.v);
		tv->at_start = true;
		return false;
	}
	struct trow *nv = xcalloc(tv->n + p.n, sizeof *nv);
	for (size_t i = 0; i < p.n; i++)
		nv[i] = p.v[p.n - 1 - i];
	memcpy(nv + p.n, tv->rows, tv->n * sizeof *nv);
	free(tv->rows);
	free(p.v);
	tv->rows = nv;
	tv->cap = tv->n + p.n;
	tv->n += p.n;
	tv->cur += p.n;
	tv->top += p.n;
	return true;
}

void *timeline_open(struct app *a)
{
	struct tview *tv = xcalloc(1, sizeof *tv);
	tv->story = xstrdup(a->src.story ? a->src.story : "");
	load_first(a, tv);
	/* start on the selected claim's first date when it has one */
	int64_t want = a->sel < a->src.nclaims ? a->src.claims[a->sel].id : 0;
	for (size_t i = 0; want && i < tv->n; i++)
		if (tv->rows[i].claim == want) {
			tv->cur = i;
			break;
		}
	return tv;
}

static void timeline_close(struct app *a, void *state)
{
	(void)a;
	struct tview *tv = state;
	rows_free(tv->rows, tv->n);
	free(tv->rows);
	free(tv->story);
	free(tv);
}

static void timeline_reload(struct app *a, void *state)
{
	struct tview *tv = state;
	if (!tv->n)
		return;
	/* reread from the top row on (its verdicts may have changed): the page
	 * after the row just before it */
	size_t cur = tv->cur - tv->top;
	struct tpage before, p;
	if (!fetch(a, tv, &tv->rows[tv->top], -1, &before))
		return;
	bool ok = before.n ? fetch(a, tv, &before.v[0], 1, &p) : fetch(a, tv, NULL, 1, &p);
	bool start = before.n == 0;
	rows_free(before.v, before.n);
	free(before.v);
	if (!ok)
		return;
	set_rows(tv, &p, false);
	tv->at_start = start;
	tv->cur = cur < tv->n ? cur : (tv->n ? tv->n - 1 : 0);
}

/* Keeps the selected row in a window of h rows and fills the window: when
 * the rows after top end before its bottom (a taller screen after a
 * resize, the last page) it reads more, after the last row and then
 * before the first, and moves top up, so that no blank row shows past the
 * end while there are rows to show. */
static void timeline_fit(struct app *a, struct tview *tv, size_t h)
{
	while (tv->n - tv->top < h && extend_down(a, tv))
		;
	while (tv->n < h && extend_up(a, tv))
		;
	if (tv->n - tv->top < h)
		tv->top = tv->n > h ? tv->n - h : 0;
	if (tv->cur < tv->top)
		tv->top = tv->cur;
	if (tv->cur >= tv->top + h)
		tv->top = tv->cur - h + 1;
}

static void timeline_draw(struct app *a, void *state)
{
	struct tview *tv = state;
	struct rect b = a->lay.body;
	int h = b.h - 1;
	if (h < 1)
		return;
	timeline_fit(a, tv, (size_t)h);
	draw_fill(b.y, b.x, b.w, ST_PANE_TITLE, 0);
	if (*tv->story)
		draw_cellf(b.y, b.x + 1, b.w - 1, ST_PANE_TITLE,
			   "Timeline of story %s: every dated claim, in date order", tv->story);
	else
		draw_cell(b.y, b.x + 1, b.w - 1, "Timeline: every dated claim, in date order", ST_PANE_TITLE);
	if (!tv->n && h > 0)
		draw_cell_ex(b.y + 1, b.x + 2, b.w - 2,
			     *tv->story ? "No dated claims in this story." : "No dated claims in this store.",
			     ST_DEFAULT, ATTR_DIM);
	int srcw = b.w / 5 > 24 ? 24 : b.w / 5;
	for (int r = 0; r < h; r++) {
		size_t i = tv->top + (size_t)r;
		if (i >= tv->n)
			break;
		const struct trow *t = &tv->rows[i];
		bool sel = i == tv->cur;
		int y = b.y + 1 + r;
		enum style_id st = sel ? ST_CURSOR : ST_DEFAULT;
		if (sel)
			draw_fill(y, b.x, b.w, st, 0);
		/* the day once per group (and on the top row); a time of day
		 * ("2024-10-08T09:15-04:00") is grouped under its day and shows
		 * its hours and minutes before the event */
		const char *tm = strchr(t->value, 'T');
		size_t dl = tm ? (size_t)(tm - t->value) : strlen(t->value);
		const char *pv = r ? tv->rows[i - 1].value : NULL;
		const char *ptm = pv ? strchr(pv, 'T') : NULL;
		size_t pl = pv ? (ptm ? (size_t)(ptm - pv) : strlen(pv)) : 0;
		bool first = r == 0 || pl != dl || memcmp(pv, t->value, dl) != 0;
		if (first) {
			/* a time whose day no article gave is headed as a reader
			 * says it, not with TIMEX3's XXXX-XX-XX */
			if (dl == 10 && memcmp(t->value, "XXXX-XX-XX", 10) == 0)
				draw_str(y, b.x + 1, 11, "day unknown", sel ? st : ST_DATE, 0);
			else {
				/* a value longer than its 11 columns ends in "…" */
				char *day = xstrndup(t->value, dl);
				draw_cell(y, b.x + 1, 11, day, sel ? st : ST_DATE);
				free(day);
			}
		}
		enum claim_status cs = t->conflicts ? CS_CONFLICT : CS_UNREVIEWED;
		if (t->verdict)
			cs = strcmp(t->verdict, "true") == 0 ? CS_TRUE
			     : strcmp(t->verdict, "false") == 0 ? CS_FALSE
			     : strcmp(t->verdict, "misleading") == 0 ? CS_MISLEADING : CS_UNVERIFIABLE;
		int c = 13;
		draw_str(y, b.x + c, 1, app_status_glyph(cs), sel ? st : app_status_style(cs), ATTR_BOLD);
		c += 2;
		/* a source's name or a sentence cut to fit ends in "…" */
		draw_cell(y, b.x + c, srcw, t->source, st);
		c += srcw + 1;
		if (tm && strlen(tm + 1) >= 5)
			c += draw_printf(y, b.x + c, b.w - c, sel ? st : ST_DATE, 0, "%.5s ", tm + 1);
		int ew = 0;
		if (*t->event)
			ew = draw_printf(y, b.x + c, b.w - c, st, ATTR_BOLD, "%s ", t->event);
		c += ew;
		draw_cell(y, b.x + c, b.w - c, t->text, st);
	}
}

static unsigned timeline_action(struct app *a, void *state, enum action act)
{
	struct tview *tv = state;
	long page = a->lay.body.h - 1 > 1 ? a->lay.body.h - 1 : 1;
	long delta = 0;
	switch (act) {
	case A_MOVE_DOWN: delta = 1; break;
	case A_MOVE_UP: delta = -1; break;
	case A_PAGE_DOWN: delta = page; break;
	case A_PAGE_UP: delta = -page; break;
	case A_MOVE_FIRST:
		load_first(a, tv);
		return F_REDRAW;
	case A_MOVE_LAST:
		load_last(a, tv);
		return F_REDRAW;
	case A_ENTER:
		if (tv->n) {
			int64_t claim = tv->rows[tv->cur].claim;
			while (a->depth > 1)
				view_pop(a);
			app_goto_claim(a, claim);
		}
		return F_REDRAW;
	case A_BACK:
		return F_POP;
	default:
		return F_NONE;
	}
	if (!tv->n)
		return F_NONE;
	long v = (long)tv->cur + delta;
	while (v >= (long)tv->n && extend_down(a, tv))
		;
	while (v < 0 && extend_up(a, tv))
		v = (long)tv->cur + delta;
	if (v < 0)
		v = 0;
	if (v >= (long)tv->n)
		v = (long)tv->n - 1;
	tv->cur = (size_t)v;
	return F_REDRAW;
}

static unsigned timeline_click(struct app *a, void *state, int y, int x)
{
	(void)x;
	struct tview *tv = state;
	int r = y - a->lay.body.y - 1;
	if (r >= 0 && tv->top + (size_t)r < tv->n)
		tv->cur = tv->top + (size_t)r;
	return F_REDRAW;
}

static unsigned timeline_wheel(struct app *a, void *state, int y, int x, int dir)
{
	(void)y;
	(void)x;
	return timeline_action(a, state, dir > 0 ? A_MOVE_DOWN : A_MOVE_UP);
}

const struct view_ops timeline_ops = {
	.name = "timeline",
	.km = KM_TIMELINE,
	.draw = timeline_draw,
	.action = timeline_action,
	.click = timeline_click,
	.wheel = timeline_wheel,
	.reload = timeline_reload,
	.close = timeline_close,
};
