/* layout: the pure geometry of the review's screens (see layout.h).
 * Must not: call curses; display.c asks it for rectangles after every
 * resize and draws inside them. */
#include "config.h"

#include "layout.h"

#include <string.h>

static struct rect rect(int x, int y, int w, int h)
{
	return (struct rect){x, y, w < 0 ? 0 : w, h < 0 ? 0 : h};
}

void layout_compute(int cols, int rows, int split, int stack_below, struct layout *out)
{
	memset(out, 0, sizeof *out);
	out->cols = cols;
	out->rows = rows;
	if (split < 10)
		split = 10;
	if (split > 90)
		split = 90;
	if (cols < LAYOUT_MIN_COLS || rows < LAYOUT_MIN_ROWS) {
		out->too_small = true;
		out->body = rect(0, 0, cols, rows);
		return;
	}
	out->header = rect(0, 0, cols, 1);
	out->status = rect(0, rows - 2, cols, 1);
	out->prompt = rect(0, rows - 1, cols, 1);
	out->body = rect(0, 1, cols, rows - 3);
	struct rect b = out->body;
	if (cols < stack_below) {
		out->stacked = true;
		int ah = (b.h * split + 50) / 100;
		if (ah < 2)
			ah = 2;
		if (ah > b.h - 1)
			ah = b.h - 1;
		out->article_title = rect(0, b.y, cols, 1);
		out->article = rect(0, b.y + 1, cols, ah - 1);
		out->panel_title = rect(0, b.y + ah, cols, 1);
		out->panel = rect(0, b.y + ah + 1, cols, b.h - ah - 1);
		return;
	}
	int aw = (cols * split + 50) / 100;
	if (aw < 10)
		aw = 10;
	if (aw > cols - 11)
		aw = cols - 11;
	out->article_title = rect(0, b.y, aw, 1);
	out->article = rect(0, b.y + 1, aw, b.h - 1);
	out->separator = rect(aw, b.y, 1, b.h);
	out->panel_title = rect(aw + 1, b.y, cols - aw - 1, 1);
	out->panel = rect(aw + 1, b.y + 1, cols - aw - 1, b.h - 1);
}

void layout_columns(struct rect r, int n, struct rect *out)
{
	if (n <= 0)
		return;
	int gaps = n - 1;
	int avail = r.w - gaps;
	if (avail < 0)
		avail = 0;
	int x = r.x;
	for (int i = 0; i < n; i++) {
		int w = avail / n + (i < avail % n ? 1 : 0);
		out[i] = rect(x, r.y, w, r.h);
		x += w + 1;
	}
}

static void describe(struct buf *out, const char *name, struct rect r)
{
	buf_printf(out, "%s %d,%d %dx%d\n", name, r.x, r.y, r.w, r.h);
}

void layout_describe(const struct layout *l, struct buf *out)
{
	buf_printf(out, "%dx%d%s%s\n", l->cols, l->rows, l->too_small ? " too-small" : "",
		   l->stacked ? " stacked" : "");
	if (l->too_small)
		return;
	describe(out, "header", l->header);
	describe(out, "article-title", l->article_title);
	describe(out, "article", l->article);
	if (!l->stacked)
		describe(out, "separator", l->separator);
	describe(out, "panel-title", l->panel_title);
	describe(out, "panel", l->panel);
	describe(out, "status", l->status);
	describe(out, "prompt", l->prompt);
}
