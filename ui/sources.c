/* sources: every source with its claim, conflict and annotated counts.
 *
 * Owns: the list screen, loaded a page at a time by id (keyset paging with
 * store_review_sources_page), so that it opens as fast on 10,000 sources as
 * on five; Enter opens the source in the reader. Must not: call curses
 * (draw.h does), or load every source.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "draw.h"

struct srow {
	int64_t id;
	char *name, *title, *date, *story;
	size_t claims, conflicts, annotated;
};

struct sview {
	struct srow *rows;
	size_t n, cap;
	size_t first_idx; /* the position of rows[0] among all sources */
	size_t cur, top;  /* indices into rows */
	size_t total;
};

struct page {
	struct srow *v;
	size_t n, cap;
};

static int take(const struct store_review_source *s, void *ctx)
{
	struct page *p = ctx;
	p->v = xgrow(p->v, &p->cap, p->n + 1, sizeof *p->v);
	p->v[p->n++] = (struct srow){
		.id = s->id,
		.name = xstrdup(s->name),
		.title = xstrdup(s->title ? s->title : ""),
		.date = xstrdup(s->date ? s->date : ""),
		.story = xstrdup(s->story ? s->story : ""),
		.claims = s->claims,
		.conflicts = s->conflicts,
		.annotated = s->annotated,
	};
	return 0;
}

static void rows_free(struct srow *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].name);
		free(v[i].title);
		free(v[i].date);
		free(v[i].story);
	}
}

static size_t page_size(const struct app *a)
{
	return a->lay.body.h > 4 ? (size_t)a->lay.body.h * 2 : 16;
}

static bool fetch(struct app *a, int64_t from, int dir, struct page *p)
{
	struct cc_err err = {0};
	memset(p, 0, sizeof *p);
	if (store_review_sources_page(a->st, from, dir, page_size(a), take, p, &err) != CC_OK) {
		app_message(a, true, "%s", err.msg);
		cc_err_clear(&err);
		return false;
	}
	return true;
}

static void reset(struct sview *sv)
{
	rows_free(sv->rows, sv->n);
	sv->n = 0;
	sv->cur = sv->top = 0;
}

/* Loads a page starting at `from` (forward) as the whole list. */
static void load_from(struct app *a, struct sview *sv, int64_t from, size_t idx)
{
	struct page p;
	if (!fetch(a, from, 1, &p))
		return;
	reset(sv);
	free(sv->rows);
	sv->rows = p.v;
	sv->n = p.n;
	sv->cap = p.cap;
	sv->first_idx = idx;
}

static void load_last(struct app *a, struct sview *sv)
{
	struct page p;
	if (!fetch(a, INT64_MAX, -1, &p))
		return;
	reset(sv);
	free(sv->rows);
	/* the page came newest first */
	for (size_t i = 0; i < p.n / 2; i++) {
		struct srow t = p.v[i];
		p.v[i] = p.v[p.n - 1 - i];
		p.v[p.n - 1 - i] = t;
	}
	sv->rows = p.v;
	sv->n = p.n;
	sv->cap = p.cap;
	sv->first_idx = sv->total >= p.n ? sv->total - p.n : 0;
	sv->cur = p.n ? p.n - 1 : 0;
}

static bool extend_down(struct app *a, struct sview *sv)
{
	if (!sv->n)
		return false;
	struct page p;
	if (!fetch(a, sv->rows[sv->n - 1].id + 1, 1, &p) || !p.n) {
		free(p.v);
		return false;
	}
	sv->rows = xgrow(sv->rows, &sv->cap, sv->n + p.n, sizeof *sv->rows);
	memcpy(sv->rows + sv->n, p.v, p.n * sizeof *p.v);
	sv->n += p.n;
	free(p.v);
	return true;
}

static bool extend_up(struct app *a, struct sview *sv)
{
	if (!sv->n || sv->first_idx == 0)
		return false;
	struct page p;
	if (!fetch(a, sv->rows[0].id - 1, -1, &p) || !p.n) {
		free(p.v);
		return false;
	}
	struct srow *nv = xcalloc(sv->n + p.n, sizeof *nv);
	for (size_t i = 0; i < p.n; i++)
		nv[i] = p.v[p.n - 1 - i];
	memcpy(nv + p.n, sv->rows, sv->n * sizeof *nv);
	free(sv->rows);
	free(p.v);
	sv->rows = nv;
	sv->cap = sv->n + p.n;
	sv->n += p.n;
	sv->cur += p.n;
	sv->top += p.n;
	sv->first_idx = sv->first_idx >= p.n ? sv->first_idx - p.n : 0;
	return true;
}

/* The sources before the first loaded one too, and the cursor's row placed
 * with as many rows above it as fit (the whole list when it fits). */
static void place(struct app *a, struct sview *sv)
{
	extend_up(a, sv);
	size_t h = a->lay.body.h > 1 ? (size_t)a->lay.body.h - 1 : 1;
	sv->top = sv->cur > h / 2 ? sv->cur - h / 2 : 0;
	if (sv->n > h && sv->top > sv->n - h)
		sv->top = sv->n - h;
	if (sv->n <= h)
		sv->top = 0;
}

void *sources_open(struct app *a)
{
	struct sview *sv = xcalloc(1, sizeof *sv);
	sv->total = store_source_count(a->st);
	load_from(a, sv, a->src.id, a->src.idx);
	/* the sources before the current one too, and the current row placed
	 * with as many rows above it as fit (the whole list when it fits) */
	place(a, sv);
	return sv;
}

static void sources_close(struct app *a, void *state)
{
	(void)a;
	struct sview *sv = state;
	rows_free(sv->rows, sv->n);
	free(sv->rows);
	free(sv);
}

/* After another process wrote: the list read again around the cursor's
 * row (sources may have been added or removed anywhere), the row numbers
 * counted again; a removed row's place goes to the source after it, else
 * to the last. */
static void sources_reload(struct app *a, void *state)
{
	struct sview *sv = state;
	int64_t cur = sv->n ? sv->rows[sv->cur].id : a->src.id;
	sv->total = store_source_count(a->st);
	struct cc_err err = {0};
	size_t idx = 0;
	if (store_review_source_index(a->st, cur, &idx, &err) != CC_OK) {
		app_message(a, true, "%s", err.msg);
		cc_err_clear(&err);
		return;
	}
	load_from(a, sv, cur, idx);
	if (!sv->n)
		load_last(a, sv);
	place(a, sv);
}

/* The columns' widths for a body w columns wide. Each column starts as
 * wide as its widest loaded cell (the name at most a third of the width,
 * the story a fifth; # as wide as the last row's number). When that leaves
 * the title less than TITLE_WANT columns (or less than its widest, when
 * shorter) the others give up width in turn: first the count columns
 * become as wide as their numbers (with short headers and one-space gaps),
 * then the name (to 20), the story (to 16) and the name (to 16); and, while
 * the title has less than TITLE_MIN, the story (to 12) and the name (to
 * 14). When even then the title has less than TITLE_MIN, columns go whole,
 * least useful to a reader scanning the list first, and the widths are
 * worked out again without them: the story (the timeline names it too),
 * then the date (the top line shows the open source's), when the title
 * still has less than TITLE_MIN, then less than TITLE_LEAST; when the title
 * has less than that even so it goes too and the name takes the width
 * left (below 32 columns the annotated, then the conflict counts go while
 * the name has fewer than 12). The name and the claims stay on every
 * screen. Cut names and stories end in "…"; the title takes what is left
 * (title_left). */
struct scols {
	int idxw, namew, storyw; /* storyw 0: no story column */
	int countw; /* the conflicts and annotated columns' (claims: 6) */
	int ncounts; /* the count columns shown: 3, or fewer on a tiny screen */
	bool compact;
	bool date, title; /* those columns shown */
};

enum { TITLE_LEAST = 12, TITLE_MIN = 20, TITLE_WANT = 32, DATE_W = 10 };

static int digits(size_t n)
{
	int d = 1;
	while (n >= 10) {
		n /= 10;
		d++;
	}
	return d;
}

static int title_left(const struct scols *k, int w)
{
	/* "> " #, name, the three counts, the date, the story, the title */
	int g = k->compact ? 1 : 2; /* the gaps after the counts, date and story */
	int used = 2 + k->idxw + 1 + k->namew + 1 + 6 + (k->ncounts - 1) * (k->countw + 1) + g +
		   (k->date ? DATE_W + g : 0) + (k->storyw ? k->storyw + g : 0);
	return w - used;
}

static int cell_width(const char *s)
{
	return (int)draw_width(s, strlen(s));
}

/* The widths with the columns of `k` (its starting widths), the others
 * giving up width for the title as above. */
static struct scols shrink(struct scols k, int titlew, int w, int least)
{
	int want = titlew < TITLE_WANT ? titlew : TITLE_WANT;
	if (want < TITLE_MIN)
		want = TITLE_MIN;
	if (title_left(&k, w) < want) {
		k.compact = true;
		k.countw = 6;
	}
	/* the last two steps only for the title's least */
	const struct {
		bool name; /* else the story */
		int floor, until;
	} steps[] = {{true, 20, want},
		     {false, 16, want},
		     {true, 16, want},
		     {false, 12, least},
		     {true, 14, least}};
	for (size_t i = 0; i < CC_ARRAY_LEN(steps); i++) {
		int *cw = steps[i].name ? &k.namew : &k.storyw;
		while (title_left(&k, w) < steps[i].until && *cw > steps[i].floor)
			(*cw)--;
	}
	return k;
}

static struct scols columns(const struct sview *sv, int w)
{
	size_t most = sv->first_idx + sv->n > sv->total ? sv->first_idx + sv->n : sv->total;
	struct scols k = {.idxw = digits(most), .namew = 6 /* "source" */, .countw = 9, .ncounts = 3, .date = true,
			 .title = true};
	int titlew = 0;
	for (size_t i = 0; i < sv->n; i++) {
		int n = cell_width(sv->rows[i].name);
		if (n > k.namew)
			k.namew = n;
		n = cell_width(sv->rows[i].story);
		if (n > k.storyw)
			k.storyw = n;
		n = cell_width(sv->rows[i].title);
		if (n > titlew)
			titlew = n;
	}
	int widest = k.namew;
	if (k.namew > w / 3)
		k.namew = w / 3 > 14 ? w / 3 : 14;
	if (k.storyw > w / 5)
		k.storyw = w / 5 > 12 ? w / 5 : 12;
	if (k.storyw && k.storyw < 5)
		k.storyw = 5; /* "story" */
	struct scols r = shrink(k, titlew, w, TITLE_MIN);
	if (title_left(&r, w) >= TITLE_MIN)
		return r;
	k.storyw = 0;
	r = shrink(k, titlew, w, TITLE_MIN);
	if (title_left(&r, w) >= TITLE_MIN)
		return r;
	k.date = false;
	r = shrink(k, titlew, w, TITLE_LEAST);
	if (title_left(&r, w) >= TITLE_LEAST)
		return r;
	/* no title: the name as wide as it wants, within what is left; on a
	 * tiny screen (under 32 columns) the count columns go from the right,
	 * the annotated, then the conflicts, while the name has fewer than 12 */
	r.title = false;
	r.compact = true;
	r.countw = 6;
	int need = widest < 12 ? widest : 12;
	for (;;) {
		r.namew = 0;
		int left = title_left(&r, w) + 1; /* no gap after the counts */
		r.namew = widest < left ? widest : left;
		if (r.namew >= need || r.ncounts == 1)
			break;
		r.ncounts--;
	}
	if (r.namew < 1)
		r.namew = 1;
	return r;
}

static void sources_draw(struct app *a, void *state)
{
	struct sview *sv = state;
	struct rect b = a->lay.body;
	int h = b.h - 1;
	if (h < 1)
		return;
	if (sv->cur < sv->top)
		sv->top = sv->cur;
	if (sv->cur >= sv->top + (size_t)h)
		sv->top = sv->cur - (size_t)h + 1;
	struct scols k = columns(sv, b.w);
	int cw = k.countw, g = k.compact ? 1 : 2;
	draw_fill(b.y, b.x, b.w, ST_PANE_TITLE, 0);
	int hc = draw_printf(b.y, b.x, b.w, ST_PANE_TITLE, 0, "  %-*s %-*s %6s", k.idxw, "#", k.namew,
			     "source", "claims");
	if (k.ncounts > 1)
		hc += draw_printf(b.y, b.x + hc, b.w - hc, ST_PANE_TITLE, 0, " %*s", cw,
				  k.compact ? "confl." : "conflicts");
	if (k.ncounts > 2)
		hc += draw_printf(b.y, b.x + hc, b.w - hc, ST_PANE_TITLE, 0, " %*s", cw,
				  k.compact ? "annot." : "annotated");
	hc += draw_printf(b.y, b.x + hc, b.w - hc, ST_PANE_TITLE, 0, "%*s", g, "");
	if (k.date)
		hc += draw_printf(b.y, b.x + hc, b.w - hc, ST_PANE_TITLE, 0, "%-*s%*s", DATE_W, "date", g, "");
	if (k.storyw)
		hc += draw_printf(b.y, b.x + hc, b.w - hc, ST_PANE_TITLE, 0, "%-*s%*s", k.storyw, "story", g, "");
	if (k.title)
		draw_str(b.y, b.x + hc, b.w - hc, "title", ST_PANE_TITLE, 0);
	for (int r = 0; r < h; r++) {
		size_t i = sv->top + (size_t)r;
		if (i >= sv->n)
			break;
		const struct srow *s = &sv->rows[i];
		bool sel = i == sv->cur;
		enum style_id st = sel ? ST_CURSOR : ST_DEFAULT;
		int y = b.y + 1 + r;
		if (sel)
			draw_fill(y, b.x, b.w, st, 0);
		int c = draw_printf(y, b.x, b.w, st, 0, "%s %-*zu ", s->id == a->src.id ? ">" : " ", k.idxw,
				    sv->first_idx + i + 1);
		draw_cell(y, b.x + c, k.namew < b.w - c ? k.namew : b.w - c, s->name, st);
		c += k.namew + 1;
		c += draw_printf(y, b.x + c, b.w - c, st, 0, "%6zu", s->claims);
		if (k.ncounts > 1) {
			c += draw_printf(y, b.x + c, b.w - c, st, 0, " ");
			c += draw_printf(y, b.x + c, b.w - c, s->conflicts && !sel ? ST_CONFLICT : st, 0, "%*zu",
					 cw, s->conflicts);
		}
		if (k.ncounts > 2)
			c += draw_printf(y, b.x + c, b.w - c, st, 0, " %*zu", cw, s->annotated);
		c += draw_printf(y, b.x + c, b.w - c, st, 0, "%*s", g, "");
		if (k.date)
			c += draw_printf(y, b.x + c, b.w - c, st, 0, "%-*s%*s", DATE_W, s->date, g, "");
		if (k.storyw) {
			draw_cell(y, b.x + c, k.storyw < b.w - c ? k.storyw : b.w - c, s->story, st);
			c += k.storyw + g;
		}
		if (k.title)
			draw_cell(y, b.x + c, b.w - c, s->title, st);
	}
}

static unsigned sources_action(struct app *a, void *state, enum action act)
{
	struct sview *sv = state;
	long page = a->lay.body.h - 1 > 1 ? a->lay.body.h - 1 : 1;
	long delta = 0;
	switch (act) {
	case A_MOVE_DOWN: delta = 1; break;
	case A_MOVE_UP: delta = -1; break;
	case A_PAGE_DOWN: delta = page; break;
	case A_PAGE_UP: delta = -page; break;
	case A_MOVE_FIRST:
		load_from(a, sv, 0, 0);
		return F_REDRAW;
	case A_MOVE_LAST:
		load_last(a, sv);
		return F_REDRAW;
	case A_ENTER:
		if (sv->n) {
			int64_t id = sv->rows[sv->cur].id;
			size_t idx = sv->first_idx + sv->cur;
			view_pop(a);
			app_load_source(a, id, idx);
		}
		return F_REDRAW;
	case A_BACK:
		return F_POP;
	default:
		return F_NONE;
	}
	if (!sv->n)
		return F_NONE;
	long v = (long)sv->cur + delta;
	while (v >= (long)sv->n && extend_down(a, sv))
		;
	while (v < 0 && extend_up(a, sv))
		v = (long)sv->cur + delta;
	if (v < 0)
		v = 0;
	if (v >= (long)sv->n)
		v = (long)sv->n - 1;
	sv->cur = (size_t)v;
	return F_REDRAW;
}

static unsigned sources_click(struct app *a, void *state, int y, int x)
{
	(void)x;
	struct sview *sv = state;
	int r = y - a->lay.body.y - 1;
	if (r < 0)
		return F_NONE;
	size_t i = sv->top + (size_t)r;
	if (i < sv->n)
		sv->cur = i;
	return F_REDRAW;
}

static unsigned sources_wheel(struct app *a, void *state, int y, int x, int dir)
{
	(void)y;
	(void)x;
	return sources_action(a, state, dir > 0 ? A_MOVE_DOWN : A_MOVE_UP);
}

const struct view_ops sources_ops = {
	.name = "sources",
	.km = KM_SOURCES,
	.draw = sources_draw,
	.action = sources_action,
	.click = sources_click,
	.wheel = sources_wheel,
	.reload = sources_reload,
	.close = sources_close,
};
