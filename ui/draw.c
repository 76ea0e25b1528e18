/* draw: sanitise, measure, clip, then curses (see draw.h). The only file
 * of ui/ that hands strings to curses. Must not: print anything that did
 * not go through text_sanitize just before. */
#include "config.h"

#include "draw.h"

#include <curses.h>
#include <langinfo.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unigbrk.h>
#include <unistr.h>

#include "text.h"

static attr_t attrs_of[ST_COUNT];
static short pair_of[ST_COUNT];
static bool colored[ST_COUNT];

static attr_t curses_attrs(unsigned a)
{
	attr_t r = A_NORMAL;
	if (a & ATTR_BOLD)
		r |= A_BOLD;
	if (a & ATTR_UNDERLINE)
		r |= A_UNDERLINE;
	if (a & ATTR_REVERSE)
		r |= A_REVERSE;
	if (a & ATTR_DIM)
		r |= A_DIM;
	if (a & ATTR_STANDOUT)
		r |= A_STANDOUT;
#ifdef A_ITALIC
	if (a & ATTR_ITALIC)
		r |= A_ITALIC;
#endif
	return r;
}

void draw_init_styles(const struct style *styles, bool use_color)
{
	for (int i = 0; i < ST_COUNT; i++) {
		attrs_of[i] = curses_attrs(styles[i].attrs);
		pair_of[i] = 0;
		colored[i] = false;
		if (!use_color)
			continue;
		int fg = styles[i].fg, bg = styles[i].bg;
		if (fg >= COLORS)
			fg = fg % 8;
		if (bg >= COLORS)
			bg = bg % 8;
		if (fg == -1 && bg == -1)
			continue;
		if (i + 1 < COLOR_PAIRS && init_pair((short)(i + 1), (short)fg, (short)bg) == OK) {
			pair_of[i] = (short)(i + 1);
			colored[i] = true;
		}
	}
}

static void set_style(enum style_id st, unsigned extra)
{
	attr_t a = attrs_of[st] | curses_attrs(extra);
	attrset(a | (colored[st] ? COLOR_PAIR(pair_of[st]) : 0));
}

bool draw_utf8(void)
{
	static int cached = -1;
	if (cached < 0) {
		const char *cs = nl_langinfo(CODESET);
		cached = cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
	}
	return cached == 1;
}

const char *draw_ellipsis(void)
{
	return draw_utf8() ? "…" : "~";
}

size_t draw_width(const char *s, size_t len)
{
	struct buf b;
	buf_init(&b);
	text_sanitize(s, len, false, &b);
	size_t w = text_width(b.data ? b.data : "", b.len);
	buf_free(&b);
	return w;
}

int draw_cell_ex(int y, int x, int w, const char *s, enum style_id st, unsigned extra)
{
	if (w <= 0)
		return 0;
	size_t len = strlen(s);
	if ((int)draw_width(s, len) <= w)
		return draw_text(y, x, w, s, len, st, extra);
	int c = draw_text(y, x, w - 1, s, draw_fit(s, len, (size_t)w - 1), st, extra);
	return c + draw_str(y, x + c, 1, draw_ellipsis(), st, extra);
}

int draw_cell(int y, int x, int w, const char *s, enum style_id st)
{
	return draw_cell_ex(y, x, w, s, st, 0);
}

/* The byte length of the longest whole-character (grapheme) prefix a and
 * b share. */
static size_t shared_prefix(const char *a, const char *b)
{
	const uint8_t *p = (const uint8_t *)a, *pe = p + strlen(a);
	const uint8_t *q = (const uint8_t *)b, *qe = q + strlen(b);
	while (p < pe && q < qe) {
		const uint8_t *np = u8_grapheme_next(p, pe), *nq = u8_grapheme_next(q, qe);
		if (!np || np <= p)
			np = p + 1;
		if (!nq || nq <= q)
			nq = q + 1;
		if (np - p != nq - q || memcmp(p, q, (size_t)(np - p)) != 0)
			break;
		p = np;
		q = nq;
	}
	return (size_t)(p - (const uint8_t *)a);
}

int draw_cell_apart(int y, int x, int w, const char *s, const char *other, enum style_id st)
{
	if (w <= 0)
		return 0;
	size_t len = strlen(s);
	size_t p = other ? shared_prefix(s, other) : 0;
	/* s is all shared (other goes on after it): its last character is
	 * where they differ */
	if (p == len && len) {
		const uint8_t *b = (const uint8_t *)s;
		const uint8_t *prev = u8_grapheme_prev(b + len, b);
		p = prev ? (size_t)(prev - b) : len - 1;
	}
	/* a plain cut shows where they differ: nothing to do */
	if ((int)draw_width(s, len) <= w || p == 0 || draw_fit(s, len, (size_t)w - 1) > p)
		return draw_cell(y, x, w, s, st);
	const char *ell = draw_utf8() ? "…" : "~";
	int rest = (int)draw_width(s + p, len - p);
	int c;
	if (rest + 1 < w) {
		/* the start, "…", then the rest whole */
		size_t head = draw_fit(s, p, (size_t)(w - 1 - rest));
		c = draw_text(y, x, w, s, head, st, 0);
		c += draw_str(y, x + c, 1, ell, st, 0);
		return c + draw_text(y, x + c, w - c, s + p, len - p, st, 0);
	}
	c = draw_str(y, x, 1, ell, st, 0);
	if (rest + 1 <= w || w < 3)
		return c + draw_text(y, x + c, w - c, s + p, len - p, st, 0);
	c += draw_text(y, x + c, w - c - 1, s + p, draw_fit(s + p, len - p, (size_t)(w - c - 1)), st, 0);
	return c + draw_str(y, x + c, 1, ell, st, 0);
}

int draw_cellf(int y, int x, int w, enum style_id st, const char *fmt, ...)
{
	va_list ap, ap2;
	va_start(ap, fmt);
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *t = xmalloc(n > 0 ? (size_t)n + 1 : 1);
	if (n < 0 || vsnprintf(t, (size_t)n + 1, fmt, ap2) < 0)
		*t = '\0';
	va_end(ap2);
	int c = draw_cell(y, x, w, t, st);
	free(t);
	return c;
}

size_t draw_fit(const char *s, size_t len, size_t w)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + len;
	size_t used = 0;
	struct buf b;
	buf_init(&b);
	while (p < end) {
		const uint8_t *nx = u8_grapheme_next(p, end);
		if (!nx || nx <= p)
			nx = p + 1;
		buf_clear(&b);
		text_sanitize((const char *)p, (size_t)(nx - p), false, &b);
		size_t cw = text_width(b.data ? b.data : "", b.len);
		if (used + cw > w)
			break;
		used += cw;
		p = nx;
	}
	buf_free(&b);
	return (size_t)(p - (const uint8_t *)s);
}

/* Hands one grapheme cluster to curses. Terminals disagree on a sequence
 * joined by ZERO WIDTH JOINERs (an emoji family): some draw it as one
 * glyph two columns wide (tmux), others as its parts, and some drop a part;
 * our widths count its parts. So it is drawn as its parts, without the
 * joiners, which every terminal shows in the columns we counted. */
static void draw_cluster(const uint8_t *p, const uint8_t *end)
{
	static const uint8_t zwj[] = {0xE2, 0x80, 0x8D};
	const uint8_t *q = p;
	while (q + 3 <= end) {
		if (memcmp(q, zwj, 3) == 0) {
			if (q > p)
				addnstr((const char *)p, (int)(q - p));
			p = q += 3;
		} else {
			q++;
		}
	}
	if (end > p)
		addnstr((const char *)p, (int)(end - p));
}

int draw_text(int y, int x, int maxw, const char *s, size_t len, enum style_id st, unsigned extra)
{
	if (maxw <= 0 || y < 0 || x < 0 || y >= LINES || x >= COLS)
		return 0;
	if (x + maxw > COLS)
		maxw = COLS - x;
	struct buf b;
	buf_init(&b);
	text_sanitize(s, len, false, &b);
	const uint8_t *p = (const uint8_t *)(b.data ? b.data : ""), *end = p + b.len;
	set_style(st, extra);
	int used = 0;
	move(y, x);
	while (p < end) {
		/* one grapheme cluster at a time, so that combining marks stay with
		 * their base and a wide character never straddles the edge */
		const uint8_t *nx = u8_grapheme_next(p, end);
		if (!nx || nx <= p)
			nx = p + 1;
		size_t cw = text_width((const char *)p, (size_t)(nx - p));
		if (used + (int)cw > maxw)
			break;
		if (cw == 0) {
			/* a lone combining mark: shown on a space of its own */
			if (used + 1 > maxw)
				break;
			addch(' ');
			used++;
		}
		draw_cluster(p, nx);
		used += (int)cw;
		p = nx;
	}
	/* keep the cursor where our count says, whatever curses thought */
	buf_free(&b);
	attrset(A_NORMAL);
	return used;
}

int draw_str(int y, int x, int maxw, const char *s, enum style_id st, unsigned extra)
{
	return draw_text(y, x, maxw, s ? s : "", s ? strlen(s) : 0, st, extra);
}

int draw_printf(int y, int x, int maxw, enum style_id st, unsigned extra, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	struct buf b;
	buf_init(&b);
	char tmp[256];
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
	int w = draw_text(y, x, maxw, b.data ? b.data : "", b.len, st, extra);
	buf_free(&b);
	return w;
}

void draw_fill(int y, int x, int w, enum style_id st, unsigned extra)
{
	if (w <= 0 || y < 0 || y >= LINES || x < 0 || x >= COLS)
		return;
	if (x + w > COLS)
		w = COLS - x;
	set_style(st, extra);
	mvhline(y, x, ' ', w);
	attrset(A_NORMAL);
}

void draw_vline(int y, int x, int h, enum style_id st)
{
	if (h <= 0 || x < 0 || x >= COLS)
		return;
	/* a character of our own rather than ACS, which some terminals and
	 * screen dumps show as 'x' */
	for (int i = 0; i < h; i++)
		draw_str(y + i, x, 1, draw_utf8() ? "│" : "|", st, 0);
}
