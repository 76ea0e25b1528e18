/* draw: the one boundary between text and the terminal.
 *
 * Owns: every string that reaches curses. Each one passes text_sanitize
 * here (article text, source names, notes, messages, our own labels alike),
 * is measured with text_width and clipped to whole columns, so that no
 * control character, escape sequence or bidi control ever reaches the
 * terminal and nothing spills out of its rectangle. Also owns styles ->
 * curses attributes and colour pairs (NO_COLOR honoured). Must not: know
 * about views, the store or keys.
 */
#ifndef CC_UI_DRAW_H
#define CC_UI_DRAW_H

#include <stdbool.h>
#include <stddef.h>

#include "keys.h"
#include "util.h"

/* Sets up colour pairs for the styles (after initscr). With use_color false
 * (NO_COLOR, or a terminal without colours) only attributes are used. */
void draw_init_styles(const struct style *styles, bool use_color);

/* A style, possibly combined: the base plus the attributes (and, when it
 * has colours, the colours) of `over`. */
struct draw_attr {
	enum style_id base;
	unsigned extra; /* ATTR_* bits added */
};

/* Draws s (len bytes, any bytes) at row y from column x, at most maxw
 * columns, in a style. Returns the columns used. */
int draw_text(int y, int x, int maxw, const char *s, size_t len, enum style_id st, unsigned extra);
int draw_str(int y, int x, int maxw, const char *s, enum style_id st, unsigned extra);
int draw_printf(int y, int x, int maxw, enum style_id st, unsigned extra, const char *fmt, ...)
	CC_PRINTF(6, 7);

/* Draws s in at most w columns; a cut text ends in "…" ("~" without
 * UTF-8), so that a cut name is seen to be cut. Returns the columns used. */
int draw_cell(int y, int x, int w, const char *s, enum style_id st);
/* draw_cell with attributes added (ATTR_*), as draw_text's extra. */
int draw_cell_ex(int y, int x, int w, const char *s, enum style_id st, unsigned extra);
/* draw_cell of s beside a name it must be told from (other, the other side
 * of a conflict): when s must be cut and the two begin alike, the cut keeps
 * where they differ. The start as far as it fits, "…", and s from the
 * first character where they differ to its end ("market-…pulse-asia.txt");
 * when not even that fits, "…" and s from there, cut with "…" at the end
 * ("…pulse-a…"). Returns the columns used. */
int draw_cell_apart(int y, int x, int w, const char *s, const char *other, enum style_id st);
/* draw_cell of a formatted string (a title that may hold a source's or a
 * story's name). */
int draw_cellf(int y, int x, int w, enum style_id st, const char *fmt, ...) CC_PRINTF(5, 6);

/* Fills w columns at (y, x) with spaces in a style. */
void draw_fill(int y, int x, int w, enum style_id st, unsigned extra);

/* Draws a vertical line of h rows at column x. */
void draw_vline(int y, int x, int h, enum style_id st);

/* Display width of a string after sanitising. */
size_t draw_width(const char *s, size_t len);

/* The byte length of the longest prefix of s that fits in w columns
 * (after sanitising, counted in the original bytes). */
size_t draw_fit(const char *s, size_t len, size_t w);

/* Glyphs: UTF-8 ones when the locale is UTF-8, ASCII otherwise. */
bool draw_utf8(void);

/* The mark that ends a cut text: "…" ("~" without UTF-8), one column. */
const char *draw_ellipsis(void);

#endif
