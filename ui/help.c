/* help: every key with its action, from the one action list (keys.h) and
 * the bindings in force (so rebinding in the config file shows here), and
 * the legend of claim marks.
 *
 * Owns: the help screen. Must not: call curses (draw.h does), or carry key
 * text of its own: every line comes from keys.c.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "draw.h"

struct hline {
	char *keys; /* NULL: a heading or plain line in text */
	char *text;
	size_t lead; /* text's first `lead` bytes (an action's name, padded) stay
			on the first row; the rest wraps in the column after them */
};

struct hview {
	struct hline *v;
	size_t n, cap;
	size_t top;   /* the first screen row shown, counted in wrapped rows */
	size_t nrows; /* wrapped rows at the last drawn width */
};

static void add_lead(struct hview *h, const char *keys, const char *text, size_t lead)
{
	h->v = xgrow(h->v, &h->cap, h->n + 1, sizeof *h->v);
	h->v[h->n].keys = keys ? xstrdup(keys) : NULL;
	h->v[h->n].text = xstrdup(text);
	h->v[h->n].lead = lead;
	h->n++;
	h->nrows = h->n;
}

static void add(struct hview *h, const char *keys, const char *text)
{
	add_lead(h, keys, text, 0);
}

void *help_open(struct app *a)
{
	struct hview *h = xcalloc(1, sizeof *h);
	add(h, NULL, "Keys (rebind them in $XDG_CONFIG_HOME/crosscheck/config: bind KEYMAP KEY ACTION)");
	add(h, NULL, "");
	enum keymap last = KM_COUNT;
	for (int act = 1; act < A_COUNT; act++) {
		enum keymap km = keys_action_keymap((enum action)act);
		if (km != last) {
			if (last != KM_COUNT)
				add(h, NULL, "");
			add(h, NULL, km == KM_EDITOR ? "While editing (a note, tags, a search, a command):"
						     : "In every screen (unless a screen binds the key itself):");
			last = km;
		}
		struct buf k;
		buf_init(&k);
		keys_action_keys(&a->cfg, (enum action)act, &k);
		struct buf t;
		buf_init(&t);
		buf_printf(&t, "%-22s ", keys_action_name((enum action)act));
		size_t lead = t.len;
		buf_printf(&t, "%s", keys_action_help((enum action)act));
		add_lead(h, k.len ? k.data : "(unbound)", t.data, lead);
		buf_free(&k);
		buf_free(&t);
	}
	add(h, NULL, "");
	add(h, NULL, "Claim marks (a glyph in the article's margin and the panel, a word in the panel):");
	for (int s = 0; s < CS_COUNT; s++) {
		struct buf t;
		buf_init(&t);
		buf_printf(&t, "%s  %s", app_status_glyph((enum claim_status)s),
			   app_status_word((enum claim_status)s));
		add(h, "", t.data);
		buf_free(&t);
	}
	add(h, NULL, "");
	add(h, NULL, "Panel: alone = in conflict with two or more sources that dispute nothing but it.");
	add(h, NULL, "Panel: +N other sources agree, !N conflicts; a note and tags are marked.");
	add(h, NULL, draw_utf8() ? "Panel: ≠ the reviewers' latest verdicts differ (agreement lists them)."
				 : "Panel: * the reviewers' latest verdicts differ (agreement lists them).");
	if (a->cfg.first_error) {
		add(h, NULL, "");
		add(h, NULL, "Config file problem (that line was skipped):");
		add(h, "", a->cfg.first_error);
	}
	return h;
}

static void help_close(struct app *a, void *state)
{
	(void)a;
	struct hview *h = state;
	for (size_t i = 0; i < h->n; i++) {
		free(h->v[i].keys);
		free(h->v[i].text);
	}
	free(h->v);
	free(h);
}

/* Walks the lines wrapped at width `w` (the body's): draws the rows from
 * `top` on into `rows` screen rows from y0 when draw is set. Returns the
 * number of wrapped rows. Words go to the next row rather than being cut
 * off at the edge (80 columns leave an action's help 34). When an action's
 * help would have fewer than 24 columns after its name (below 70 columns),
 * the line stacks instead: the keys and the action's name on one row (the
 * name on a row of its own when they do not fit together, cut with "…"
 * when even that is too narrow: a name is never wrapped), the help under
 * them from column 4, across the width. */
static size_t help_layout(const struct hview *h, int x0, int y0, int w, size_t top, size_t rows,
			  bool draw)
{
	size_t row = 0;
	for (size_t i = 0; i < h->n; i++) {
		const struct hline *l = &h->v[i];
		/* headings from column 1; key lines: keys in 2..21, text from 23,
		 * an action's help after its name when that leaves it 24 columns */
		int tx = l->keys ? x0 + 23 : x0 + 1;
		int lead_w = l->lead ? (int)draw_width(l->text, l->lead) : 0;
		bool stack = lead_w && x0 + w - (tx + lead_w) < 24;
		/* a line without keys of its own (a claim mark, the config's
		 * error) under the keys' help when that is stacked (below 70) */
		if (l->keys && !*l->keys && w < 70)
			tx = x0 + 4;
		size_t lead = l->lead;
		/* stacked: the name alone (without its padding), on the keys' row
		 * when it fits there */
		size_t name_len = lead;
		while (name_len > 0 && l->text[name_len - 1] == ' ')
			name_len--;
		int name_w = (int)draw_width(l->text, name_len);
		bool name_row = stack && tx + name_w > x0 + w;
		if (stack)
			tx = x0 + 4;
		int ww = stack ? x0 + w - tx : x0 + w - (tx + lead_w);
		char *disp;
		struct doc_line *lines;
		size_t nl = doc_wrap_string(l->text + lead, strlen(l->text + lead), ww > 1 ? ww : 1, &disp,
					    &lines);
		size_t head = stack ? (name_row ? 2 : 1) : 0; /* rows before the help's */
		for (size_t j = 0; j < nl + head; j++, row++) {
			if (!draw || row < top || row >= top + rows)
				continue;
			int y = y0 + (int)(row - top);
			if (!l->keys) {
				int c = draw_text(y, tx, x0 + w - tx, disp + lines[j].d0, lines[j].d1 - lines[j].d0,
						  ST_DEFAULT, ATTR_BOLD);
				if (lines[j].cut)
					draw_str(y, tx + c, x0 + w - tx - c, draw_ellipsis(), ST_DEFAULT, ATTR_BOLD);
				continue;
			}
			if (j == 0)
				draw_cell(y, x0 + 2, w - 2 < 20 ? w - 2 : 20, l->keys, ST_KEY);
			if (stack && j < head) {
				if (j == head - 1) {
					char *name = xstrndup(l->text, name_len);
					int nx = name_row ? tx : x0 + 23;
					draw_cell(y, nx, x0 + w - nx, name, ST_DEFAULT);
					free(name);
				}
				continue;
			}
			if (j == 0)
				draw_text(y, tx, lead_w, l->text, lead, ST_DEFAULT, 0);
			size_t k = j - head;
			int hx = tx + (stack ? 0 : lead_w);
			int c = draw_text(y, hx, x0 + w - hx, disp + lines[k].d0, lines[k].d1 - lines[k].d0,
					  ST_DEFAULT, 0);
			if (lines[k].cut)
				draw_str(y, hx + c, x0 + w - hx - c, draw_ellipsis(), ST_DEFAULT, 0);
		}
		free(disp);
		free(lines);
	}
	return row;
}

/* The first key bound to an action ("j" of "j, <Down>"), appended to out;
 * false when it has none. */
static bool first_key(const struct app *a, enum action act, struct buf *out)
{
	struct buf k;
	buf_init(&k);
	keys_action_keys(&a->cfg, act, &k);
	size_t n = 0;
	while (n < k.len && !(k.data[n] == ',' && n + 1 < k.len && k.data[n + 1] == ' '))
		n++;
	if (n)
		buf_add(out, k.data, n);
	buf_free(&k);
	return n > 0;
}

/* The help is longer than most screens are tall (40x12 shows 8 of its
 * rows): when rows are hidden, the title says which rows show ("9-16/130",
 * as the claims panel's title says "3/9"), and while rows follow below, the last row says how many and
 * the keys that scroll, as a cut text ends in "…" elsewhere (the conflict
 * view's sentences). The row goes to the help again at the bottom. */
static void help_draw(struct app *a, void *state)
{
	struct hview *h = state;
	struct rect b = a->lay.body;
	size_t rows = b.h > 1 ? (size_t)b.h - 1 : 0;
	h->nrows = help_layout(h, b.x, b.y + 1, b.w, 0, 0, false);
	if (h->top + rows > h->nrows)
		h->top = h->nrows > rows ? h->nrows - rows : 0;
	/* a row of its own for the mark, when that leaves the help two */
	bool below = h->top + rows < h->nrows && rows >= 3;
	size_t shown = below ? rows - 1 : rows;
	draw_fill(b.y, b.x, b.w, ST_PANE_TITLE, 0);
	if (h->nrows > rows) {
		/* the rows before the hint when both do not fit (26 columns) */
		size_t last = h->top + (shown < h->nrows - h->top ? shown : h->nrows - h->top);
		char *t = xasprintf("Help (q to go back) · %zu-%zu/%zu", h->top + 1, last, h->nrows);
		if (draw_width(t, strlen(t)) > (size_t)(b.w - 1)) {
			free(t);
			t = xasprintf("Help · %zu-%zu/%zu", h->top + 1, last, h->nrows);
		}
		draw_cell(b.y, b.x + 1, b.w - 1, t, ST_PANE_TITLE);
		free(t);
	} else {
		draw_cell(b.y, b.x + 1, b.w - 1, "Help (q to go back)", ST_PANE_TITLE);
	}
	help_layout(h, b.x, b.y + 1, b.w, h->top, shown, true);
	if (below) {
		size_t more = h->nrows - h->top - shown;
		struct buf m;
		buf_init(&m);
		buf_printf(&m, "%s %zu more row%s below", draw_ellipsis(), more, more == 1 ? "" : "s");
		struct buf k;
		buf_init(&k);
		if (first_key(a, A_MOVE_DOWN, &k)) {
			buf_addc(&k, '/');
			if (!first_key(a, A_MOVE_UP, &k))
				k.len--;
			buf_printf(&m, " (%.*s to scroll)", (int)k.len, k.data);
		}
		buf_free(&k);
		draw_cell_ex(b.y + (int)rows, b.x + 1, b.w - 1, m.data, ST_DEFAULT, ATTR_BOLD);
		buf_free(&m);
	}
}

static unsigned help_action(struct app *a, void *state, enum action act)
{
	struct hview *h = state;
	long page = a->lay.body.h - 2 > 1 ? a->lay.body.h - 2 : 1;
	long top = (long)h->top;
	switch (act) {
	case A_MOVE_DOWN: top++; break;
	case A_MOVE_UP: top--; break;
	case A_PAGE_DOWN: top += page; break;
	case A_PAGE_UP: top -= page; break;
	case A_MOVE_FIRST: top = 0; break;
	case A_MOVE_LAST: top = (long)h->nrows; break;
	case A_BACK:
	case A_HELP:
		return F_POP;
	default:
		return F_NONE;
	}
	if (top < 0)
		top = 0;
	if (top > (long)h->nrows)
		top = (long)h->nrows;
	h->top = (size_t)top;
	return F_REDRAW;
}

static unsigned help_wheel(struct app *a, void *state, int y, int x, int dir)
{
	(void)y;
	(void)x;
	return help_action(a, state, dir > 0 ? A_MOVE_DOWN : A_MOVE_UP);
}

const struct view_ops help_ops = {
	.name = "help",
	.km = KM_HELP,
	.draw = help_draw,
	.action = help_action,
	.wheel = help_wheel,
	.close = help_close,
};
