/* layout: terminal size and split -> the rectangles every screen draws in.
 *
 * Owns: where the header, the panes, their titles, the status line and the
 * prompt line go, when the panes stack, and when the terminal is too small.
 * Pure (no curses): tests/tui/test_layout.c checks it as strings. Must not:
 * draw, or know what a pane shows.
 */
#ifndef CC_UI_LAYOUT_H
#define CC_UI_LAYOUT_H

#include <stdbool.h>

#include "util.h"

/* Below this the screen shows a "too small" notice only. */
#define LAYOUT_MIN_COLS 20
#define LAYOUT_MIN_ROWS 6

struct rect {
	int x, y, w, h;
};

struct layout {
	int cols, rows;
	bool too_small; /* nothing but the notice fits */
	bool stacked;   /* article above the claims panel */
	struct rect header;        /* row 0: store, source, title */
	struct rect body;          /* everything between header and status */
	struct rect article_title, article;
	struct rect panel_title, panel;
	struct rect separator;     /* the column between side-by-side panes (w 1) */
	struct rect status;        /* the status line */
	struct rect prompt;        /* the bottom line: messages and the editor */
};

/* Computes the layout for a terminal of cols x rows. split is the article's
 * share of the width (side by side) or height (stacked), in percent;
 * the panes stack when cols < stack_below. */
void layout_compute(int cols, int rows, int split, int stack_below, struct layout *out);

/* Splits r into n side-by-side columns separated by one blank column;
 * out must hold n rects. Columns narrower than 1 get w 0. */
void layout_columns(struct rect r, int n, struct rect *out);

/* "name x,y wxh" lines for every rectangle, for tests. */
void layout_describe(const struct layout *l, struct buf *out);

#endif
