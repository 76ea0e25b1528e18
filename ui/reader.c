/* reader: the article on the left (or top) and its claims on the right.
 *
 * Owns: drawing the loaded source's text with its claims marked by status
 * (a gutter glyph, a style, and the word in the panel), boilerplate dimmed,
 * the selected claim highlighted in both panes; the claims panel; moving
 * the selection, scrolling, and the reader's keys. Must not: call curses
 * (all output goes through draw.h), or load other sources' text.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unigbrk.h>

#include "app.h"
#include "draw.h"

struct look {
	enum style_id st;
	unsigned extra;
};

/* The claims (indices) and boilerplate sentences that touch a line. */
struct line_ctx {
	size_t claims[64];
	size_t nclaims;
	const struct store_sentence *bp[16];
	size_t nbp;
	const struct store_sentence *match;
};

static void line_context(const struct app *a, const struct doc_line *l, struct line_ctx *lc)
{
	const struct source *s = &a->src;
	size_t o1 = l->o1 > l->o0 ? l->o1 : l->o0 + 1;
	lc->nclaims = 0;
	for (size_t i = 0; i < s->nclaims && lc->nclaims < CC_ARRAY_LEN(lc->claims); i++)
		if (s->claims[i].start < o1 && s->claims[i].end > l->o0)
			lc->claims[lc->nclaims++] = i;
	lc->nbp = 0;
	lc->match = NULL;
	for (size_t i = 0; i < s->nsents; i++) {
		const struct store_sentence *se = &s->sents[i];
		if (se->start >= o1 || se->end <= l->o0)
			continue;
		if (se->boilerplate && lc->nbp < CC_ARRAY_LEN(lc->bp))
			lc->bp[lc->nbp++] = se;
		if (a->mark_sentence >= 0 && se->idx == (size_t)a->mark_sentence)
			lc->match = se;
	}
}

static struct look look_at(const struct app *a, const struct line_ctx *lc, size_t off)
{
	struct look k = {ST_DEFAULT, 0};
	for (size_t i = 0; i < lc->nbp; i++)
		if (off >= lc->bp[i]->start && off < lc->bp[i]->end)
			k.st = ST_BOILERPLATE;
	if (lc->match && off >= lc->match->start && off < lc->match->end)
		k.st = ST_MATCH;
	const struct claim *sel = a->sel < a->src.nclaims ? &a->src.claims[a->sel] : NULL;
	for (size_t i = 0; i < lc->nclaims; i++) {
		const struct claim *c = &a->src.claims[lc->claims[i]];
		if (off < c->start || off >= c->end)
			continue;
		if (c == sel) {
			k.st = app_status_style(c->status);
			k.extra = ATTR_REVERSE;
			for (size_t j = 0; j < c->nslots; j++)
				if (off >= c->slot_span[2 * j] && off < c->slot_span[2 * j + 1])
					k.extra |= ATTR_BOLD | ATTR_UNDERLINE;
			return k;
		}
		if (c->status != CS_UNREVIEWED && k.st != ST_MATCH)
			k.st = app_status_style(c->status);
	}
	return k;
}

static void draw_article_line(struct app *a, size_t li, int y, int x, int w)
{
	const struct doc *d = &a->src.doc;
	const struct doc_line *l = &d->lines[li];
	if (l->d0 == l->d1)
		return; /* a blank line between paragraphs */
	struct line_ctx lc;
	line_context(a, l, &lc);
	/* the gutter: the glyph of a claim that starts on this line */
	const struct claim *sel = a->sel < a->src.nclaims ? &a->src.claims[a->sel] : NULL;
	for (size_t i = 0; i < lc.nclaims; i++) {
		const struct claim *c = &a->src.claims[lc.claims[i]];
		if (c->start >= l->o0 && c->start < l->o1) {
			draw_str(y, x, 1, app_status_glyph(c->status), app_status_style(c->status),
				 c == sel ? ATTR_REVERSE | ATTR_BOLD : ATTR_BOLD);
			break;
		}
		if (c == sel)
			draw_str(y, x, 1, draw_utf8() ? "│" : "|", app_status_style(c->status), ATTR_BOLD);
	}
	/* the text stays in the wrapped width: beside the panel, the column
	 * before the divider is left blank */
	int col = x + 2, maxc = x + 2 + d->width < x + w ? x + 2 + d->width : x + w;
	const uint8_t *base = (const uint8_t *)d->disp;
	size_t p = l->d0;
	while (p < l->d1 && col < maxc) {
		struct look k = look_at(a, &lc, d->d2o[p]);
		size_t q = p;
		while (q < l->d1) {
			const uint8_t *nx = u8_grapheme_next(base + q, base + l->d1);
			size_t nq = nx ? (size_t)(nx - base) : l->d1;
			if (nq <= q)
				nq = q + 1;
			struct look k2 = look_at(a, &lc, d->d2o[q]);
			if (k2.st != k.st || k2.extra != k.extra)
				break;
			q = nq;
		}
		col += draw_text(y, col, maxc - col, d->disp + p, q - p, k.st, k.extra);
		p = q;
	}
	/* a token longer than the pane, cut: it goes on in the next line */
	if (l->cut)
		draw_str(y, col, maxc - col, draw_ellipsis(), ST_DEFAULT, 0);
}

static void keep_in_view(size_t sel, size_t *top, size_t h, size_t n)
{
	if (h == 0)
		return;
	if (sel < *top)
		*top = sel;
	else if (sel >= *top + h)
		*top = sel - h + 1;
	if (*top + h > n)
		*top = n > h ? n - h : 0;
}

void reader_keep_in_view(struct app *a)
{
	const struct source *s = &a->src;
	size_t ah = a->lay.article.h > 0 ? (size_t)a->lay.article.h : 0;
	size_t ph = a->lay.panel.h > 0 ? (size_t)a->lay.panel.h : 0;
	if (a->follow && a->sel < s->nclaims && ah) {
		const struct claim *c = &s->claims[a->sel];
		size_t l0 = doc_line_at(&s->doc, c->start);
		size_t l1 = doc_line_at(&s->doc, c->end ? c->end - 1 : 0);
		if (l0 < a->art_top || l1 >= a->art_top + ah) {
			/* a third of the way down, or the top line when it is long */
			size_t want = l1 - l0 + 1 >= ah ? l0 : l0 - (l0 < ah / 3 ? l0 : ah / 3);
			a->art_top = want;
		}
	}
	if (a->follow_match && a->mark_sentence >= 0 && ah) {
		for (size_t i = 0; i < s->nsents; i++)
			if (s->sents[i].idx == (size_t)a->mark_sentence)
				a->art_top = doc_line_at(&s->doc, s->sents[i].start);
	}
	if (a->art_top + ah > s->doc.nlines)
		a->art_top = s->doc.nlines > ah ? s->doc.nlines - ah : 0;
	if (a->follow)
		keep_in_view(a->sel, &a->panel_top, ph, s->nclaims);
	else if (a->panel_top + ph > s->nclaims)
		a->panel_top = s->nclaims > ph ? s->nclaims - ph : 0;
	a->follow = false;
	a->follow_match = false;
}

/* The columns the claims panel's right-hand block needs for a source's
 * claims: a mark's column only when some claim has that mark, and the
 * counts' width of the widest. */
struct panel_cols {
	bool disputed, note, tags;
	int counts;
};

static struct panel_cols panel_cols(const struct source *s)
{
	struct panel_cols pc = {0};
	for (size_t i = 0; i < s->nclaims; i++) {
		const struct claim *c = &s->claims[i];
		pc.disputed |= c->disputed;
		pc.note |= c->note != NULL;
		pc.tags |= c->tags && *c->tags;
		char counts[48];
		int n = snprintf(counts, sizeof counts, "+%zu !%zu", c->support, c->conflicts);
		if (n > pc.counts)
			pc.counts = n;
	}
	return pc;
}

static void draw_panel_row(struct app *a, size_t i, int y, int x, int w, const struct panel_cols *pc)
{
	const struct claim *c = &a->src.claims[i];
	bool is_sel = i == a->sel;
	enum style_id rowst = is_sel ? (a->focus == 1 ? ST_CURSOR : ST_SELECTED) : ST_DEFAULT;
	if (is_sel)
		draw_fill(y, x, w, rowst, 0);
	draw_str(y, x, 1, app_status_glyph(c->status), is_sel ? rowst : app_status_style(c->status),
		 ATTR_BOLD);
	/* The right-hand block ends in the same columns on every row, so the
	 * marks and counts line up down the panel: the status word, a column
	 * for each mark some claim has (disputed, note, tags), then the counts
	 * (from 34 columns) at the right edge. */
	struct buf right;
	buf_init(&right);
	buf_printf(&right, "%s", app_status_word(c->status));
	if (pc->disputed || pc->note || pc->tags)
		buf_printf(&right, " %s%s%s",
			   !pc->disputed ? "" : c->disputed ? (draw_utf8() ? "≠" : "*") : " ",
			   !pc->note ? "" : c->note ? (draw_utf8() ? "✎" : "n") : " ",
			   !pc->tags ? "" : c->tags && *c->tags ? "#" : " ");
	if (w >= 34) {
		char counts[48];
		snprintf(counts, sizeof counts, "+%zu !%zu", c->support, c->conflicts);
		buf_printf(&right, " %*s", pc->counts, counts);
	}
	int rw = (int)draw_width(right.data, right.len);
	if (rw > w - 4)
		rw = w - 4 > 0 ? w - 4 : 0;
	int sw = w - 2 - rw - 1;
	/* a summary cut at its column ends in "…" */
	if (sw > 0)
		draw_cell(y, x + 2, sw, c->summary, rowst);
	if (rw > 0)
		draw_text(y, x + w - rw, rw, right.data, right.len, is_sel ? rowst : app_status_style(c->status),
			  0);
	buf_free(&right);
}

static void draw_title(const struct rect *r, bool focused, const char *label, const char *text)
{
	draw_fill(r->y, r->x, r->w, ST_PANE_TITLE, 0);
	int c = draw_str(r->y, r->x, r->w, focused ? (draw_utf8() ? "▶ " : "> ") : "  ", ST_PANE_TITLE,
			 0);
	/* a name or title cut at the pane's edge ends in "…" */
	c += draw_cell(r->y, r->x + c, r->w - c, label, ST_PANE_TITLE);
	if (text && *text)
		draw_cell(r->y, r->x + c, r->w - c, text, ST_PANE_TITLE);
}

static void reader_draw(struct app *a, void *state)
{
	(void)state;
	const struct layout *L = &a->lay;
	struct source *s = &a->src;
	doc_rewrap(&s->doc, app_article_width(a));
	reader_keep_in_view(a);

	/* no source loaded: the store is empty (or its last source was removed) */
	char *t = !s->id ? xstrdup("The store has no sources")
		  : xasprintf(s->title && *s->title ? "%s: " : "%s", s->name ? s->name : "");
	draw_title(&L->article_title, a->focus == 0, t, s->title ? s->title : "");
	free(t);
	for (int r = 0; r < L->article.h; r++) {
		size_t li = a->art_top + (size_t)r;
		if (li >= s->doc.nlines)
			break;
		draw_article_line(a, li, L->article.y + r, L->article.x, L->article.w);
	}
	if (!L->stacked)
		draw_vline(L->separator.y, L->separator.x, L->separator.h, ST_DEFAULT);

	/* the selected claim's place in the source, then its id in the store
	 * ("#57"), the number messages, `annotate` and exports use */
	char *pt = s->nclaims ? xasprintf("Claims %zu/%zu · #%lld", a->sel + 1, s->nclaims,
							  (long long)s->claims[a->sel].id) : xstrdup("Claims (none)");
	draw_title(&L->panel_title, a->focus == 1, pt, NULL);
	free(pt);
	struct panel_cols pc = panel_cols(s);
	for (int r = 0; r < L->panel.h; r++) {
		size_t i = a->panel_top + (size_t)r;
		if (i >= s->nclaims)
			break;
		draw_panel_row(a, i, L->panel.y + r, L->panel.x, L->panel.w, &pc);
	}
	if (!s->nclaims && L->panel.h > 0)
		draw_cell_ex(L->panel.y, L->panel.x + 2, L->panel.w - 2,
			     s->id ? "No claims were found in this source."
				   : "Add articles with 'crosscheck add FILE...'.",
			     ST_DEFAULT, ATTR_DIM);
}

static unsigned move_sel(struct app *a, long delta)
{
	size_t n = a->src.nclaims;
	if (!n)
		return F_NONE;
	long v = (long)a->sel + delta;
	if (v < 0)
		v = 0;
	if (v >= (long)n)
		v = (long)n - 1;
	a->sel = (size_t)v;
	a->follow = true;
	return F_REDRAW;
}

static unsigned scroll_article(struct app *a, long delta)
{
	long top = (long)a->art_top + delta;
	long max = (long)a->src.doc.nlines - (long)a->lay.article.h;
	if (top > max)
		top = max;
	if (top < 0)
		top = 0;
	a->art_top = (size_t)top;
	return F_REDRAW;
}

static unsigned step_source(struct app *a, int dir)
{
	struct cc_err err = {0};
	int64_t id;
	if (app_source_step(a, a->src.id, dir, &id, &err) != CC_OK) {
		app_message(a, true, "%s", err.msg);
		cc_err_clear(&err);
		return F_REDRAW;
	}
	if (!id) {
		app_message(a, false, dir > 0 ? "This is the last source." : "This is the first source.");
		return F_REDRAW;
	}
	size_t idx = dir > 0 ? a->src.idx + 1 : (a->src.idx ? a->src.idx - 1 : 0);
	app_load_source(a, id, idx);
	return F_REDRAW;
}

static unsigned step_conflict(struct app *a, int dir)
{
	struct cc_err err = {0};
	size_t ord = a->sel < a->src.nclaims ? a->src.claims[a->sel].ord : 0;
	if (a->sel >= a->src.nclaims && dir > 0)
		ord = 0;
	int64_t sid, cid;
	bool found;
	if (store_review_conflict_step(a->st, a->src.id, a->src.nclaims ? ord : (dir > 0 ? 0 : SIZE_MAX >> 2),
				       dir, &sid, &cid, &found, &err) != CC_OK) {
		app_message(a, true, "%s", err.msg);
		cc_err_clear(&err);
		return F_REDRAW;
	}
	if (!found) {
		app_message(a, false, "No conflicts in this store.");
		return F_REDRAW;
	}
	if (sid != a->src.id && !app_load_source(a, sid, SIZE_MAX))
		return F_REDRAW;
	app_select_claim(a, cid);
	return F_REDRAW;
}

static unsigned reader_action(struct app *a, void *state, enum action act)
{
	(void)state;
	long page = a->focus == 0 ? a->lay.article.h : a->lay.panel.h;
	if (page < 1)
		page = 1;
	const struct claim *c = a->sel < a->src.nclaims ? &a->src.claims[a->sel] : NULL;
	const char *verdict;
	if (app_verdict_of(act, &verdict)) {
		if (!c) {
			app_message(a, true, "No claim is selected.");
			return F_REDRAW;
		}
		app_set_verdict(a, c->id, verdict);
		return F_RELOAD | F_REDRAW;
	}
	switch (act) {
	case A_MOVE_DOWN:
		return a->focus == 0 ? scroll_article(a, 1) : move_sel(a, 1);
	case A_MOVE_UP:
		return a->focus == 0 ? scroll_article(a, -1) : move_sel(a, -1);
	case A_PAGE_DOWN:
		return a->focus == 0 ? scroll_article(a, page - 1 > 0 ? page - 1 : 1) : move_sel(a, page);
	case A_PAGE_UP:
		return a->focus == 0 ? scroll_article(a, -(page - 1 > 0 ? page - 1 : 1)) : move_sel(a, -page);
	case A_MOVE_FIRST:
		return a->focus == 0 ? scroll_article(a, -(long)a->src.doc.nlines) : move_sel(a, -(long)a->src.nclaims);
	case A_MOVE_LAST:
		return a->focus == 0 ? scroll_article(a, (long)a->src.doc.nlines) : move_sel(a, (long)a->src.nclaims);
	case A_FOCUS:
		a->focus = !a->focus;
		return F_REDRAW;
	case A_SPLIT_LESS:
	case A_SPLIT_MORE:
		a->split += act == A_SPLIT_MORE ? 5 : -5;
		if (a->split < 20)
			a->split = 20;
		if (a->split > 80)
			a->split = 80;
		a->follow = true;
		return F_RESIZE | F_REDRAW;
	case A_SOURCE_NEXT:
		return step_source(a, 1);
	case A_SOURCE_PREV:
		return step_source(a, -1);
	case A_CONFLICT_NEXT:
	case A_CONFLICT_PREV:
		if (a->search)
			return app_search_step(a, act == A_CONFLICT_NEXT ? 1 : -1);
		return step_conflict(a, act == A_CONFLICT_NEXT ? 1 : -1);
	case A_ENTER:
	case A_CONFLICT_VIEW:
		if (!c) {
			app_message(a, true, "No claim is selected.");
			return F_REDRAW;
		}
		if (!c->conflicts) {
			app_message(a, false, "This claim is in no conflict.");
			return F_REDRAW;
		}
		view_push(a, &conflict_ops, c->id);
		return F_REDRAW;
	case A_NOTE:
		if (c)
			prompt_start(a, P_NOTE, c->note, c->id);
		return F_REDRAW;
	case A_NOTE_EDITOR:
		return c ? app_external_note(a, c->id) : F_NONE;
	case A_TAGS:
		if (c)
			prompt_start(a, P_TAGS, c->tags, c->id);
		return F_REDRAW;
	case A_BACK:
		return F_QUIT;
	default:
		return F_NONE;
	}
}

static unsigned reader_click(struct app *a, void *state, int y, int x)
{
	(void)state;
	const struct layout *L = &a->lay;
	const struct rect *p = &L->panel, *ar = &L->article;
	if (x >= p->x && x < p->x + p->w && y >= p->y && y < p->y + p->h) {
		size_t i = a->panel_top + (size_t)(y - p->y);
		if (i < a->src.nclaims) {
			a->sel = i;
			a->focus = 1;
			a->follow = true;
		}
		return F_REDRAW;
	}
	if (x >= ar->x && x < ar->x + ar->w && y >= ar->y && y < ar->y + ar->h) {
		size_t li = a->art_top + (size_t)(y - ar->y);
		a->focus = 0;
		if (li >= a->src.doc.nlines)
			return F_REDRAW;
		const struct doc_line *l = &a->src.doc.lines[li];
		/* the claim under the click: the column tells which byte */
		int col = x - ar->x - 2;
		size_t p0 = l->d0;
		if (col > 0)
			p0 += draw_fit(a->src.doc.disp + l->d0, l->d1 - l->d0, (size_t)col);
		size_t off = a->src.doc.d2o[p0 < a->src.doc.dlen ? p0 : a->src.doc.dlen];
		for (size_t i = 0; i < a->src.nclaims; i++) {
			const struct claim *c = &a->src.claims[i];
			if (off >= c->start && off < c->end) {
				/* the panel shows the claim; the article stays put */
				a->sel = i;
				size_t ph = p->h > 0 ? (size_t)p->h : 0;
				keep_in_view(a->sel, &a->panel_top, ph, a->src.nclaims);
				break;
			}
		}
		return F_REDRAW;
	}
	return F_NONE;
}

static bool in_rect(const struct rect *r, int y, int x)
{
	return x >= r->x && x < r->x + r->w && y >= r->y && y < r->y + r->h;
}

static unsigned reader_wheel(struct app *a, void *state, int y, int x, int dir)
{
	(void)state;
	/* scrolls the pane under the pointer, three lines a notch; never moves
	 * the selection or changes a claim's state */
	if (!in_rect(&a->lay.panel, y, x))
		return scroll_article(a, dir * 3);
	long top = (long)a->panel_top + dir * 3;
	long max = (long)a->src.nclaims - (long)a->lay.panel.h;
	if (top > max)
		top = max;
	if (top < 0)
		top = 0;
	a->panel_top = (size_t)top;
	return F_REDRAW;
}

const struct view_ops reader_ops = {
	.name = "reader",
	.km = KM_READER,
	.draw = reader_draw,
	.action = reader_action,
	.click = reader_click,
	.wheel = reader_wheel,
};
