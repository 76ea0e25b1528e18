/* doc: sanitise once, map back, wrap (see doc.h). Must not: call curses;
 * widths come only from text_width and libunistring's line breaking. */
#include "config.h"

#include "doc.h"

#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <unilbrk.h>
#include <unigbrk.h>
#include <unistr.h>

#include "text.h"
#include "util.h"

/* The sanitised copy, one code point at a time so that every display byte
 * knows which article byte it shows. Newlines end paragraphs: they are
 * recorded in `paras` (display offsets of paragraph ends) and dropped. */
static void sanitise(struct doc *d, const char *text, size_t len, size_t **paras, size_t *npara)
{
	struct buf out;
	buf_init(&out);
	buf_reserve(&out, len + 1);
	size_t cap = len + 1, mcap = 0;
	d->d2o = xmalloc(cap * sizeof *d->d2o);
	*paras = NULL;
	*npara = 0;
	const uint8_t *p = (const uint8_t *)text, *end = p + len;
	while (p < end) {
		size_t off = (size_t)(p - (const uint8_t *)text);
		if (*p == '\n') {
			*paras = xgrow(*paras, &mcap, *npara + 1, sizeof **paras);
			(*paras)[(*npara)++] = out.len;
			p++;
			continue;
		}
		ucs4_t c;
		int n = u8_mbtouc(&c, p, (size_t)(end - p));
		if (n <= 0)
			n = 1;
		size_t before = out.len;
		text_sanitize((const char *)p, (size_t)n, false, &out);
		if (out.len + 1 > cap) {
			cap = (out.len + 1) * 2;
			d->d2o = xrealloc(d->d2o, cap * sizeof *d->d2o);
		}
		for (size_t i = before; i < out.len; i++)
			d->d2o[i] = off;
		p += n;
	}
	*paras = xgrow(*paras, &mcap, *npara + 1, sizeof **paras);
	(*paras)[(*npara)++] = out.len;
	d->d2o[out.len] = len;
	d->dlen = out.len;
	d->disp = out.data ? buf_steal(&out) : xstrdup("");
	d->olen = len;
}

/* The code point that ends just before s[i] (i > 0), or 0 (libunistring's
 * u8_prev). */
static ucs4_t before(const char *s, size_t i)
{
	ucs4_t c;
	return u8_prev(&c, (const uint8_t *)s + i, (const uint8_t *)s) ? c : 0;
}

static bool alnum(ucs4_t c)
{
	return uc_is_alpha(c) || uc_is_digit(c);
}

/* Where s[i, n) starts a web address: "http://" or "https://" at the start
 * of a word. Returns its end (the next space), or i when it does not. */
static size_t url_end(const char *s, size_t n, size_t i)
{
	if (i > 0 && s[i - 1] != ' ' && s[i - 1] != '(' && s[i - 1] != '<' && s[i - 1] != '"')
		return i;
	size_t k = 0;
	if (n - i > 7 && strncmp(s + i, "http://", 7) == 0)
		k = 7;
	else if (n - i > 8 && strncmp(s + i, "https://", 8) == 0)
		k = 8;
	if (!k)
		return i;
	size_t e = i + k;
	while (e < n && s[e] != ' ')
		e++;
	return e;
}

/* Our rules over libunistring's line breaking (which offers a break after
 * a full stop before a letter, and after every hyphen): no break after a
 * '.' that sits between two letters or digits, inside a word with no space:
 * "U.S.-based", "e.g.", "example.com" stay whole (a hyphen after them still
 * breaks, as it does in "well-known"); and no break after a hyphen in a web
 * address, where a hyphen at the end of a line would read as one added by
 * the wrapping (it still breaks after a '/'). o[i] overrides the break
 * before s[i]. */
static void keep_whole(const char *s, size_t n, char *o)
{
	memset(o, UC_BREAK_UNDEFINED, n);
	for (size_t i = 1; i + 1 < n; i++) {
		if (s[i] != '.')
			continue;
		ucs4_t next;
		if (u8_mbtouc(&next, (const uint8_t *)s + i + 1, n - i - 1) > 0 && alnum(next) &&
		    alnum(before(s, i)))
			o[i + 1] = UC_BREAK_PROHIBITED;
	}
	for (size_t i = 0; i < n; i++) {
		size_t e = url_end(s, n, i);
		for (size_t j = i; j + 1 < e; j++)
			if (s[j] == '-')
				o[j + 1] = UC_BREAK_PROHIBITED;
		if (e > i)
			i = e;
	}
}

/* Appends the lines of display text s[0, n) (offset base) to *v. */
static void wrap_para(const char *s, size_t n, size_t base, int width, size_t **v, size_t *cnt,
		      size_t *cap)
{
	if (n == 0) {
		*v = xgrow(*v, cap, *cnt * 2 + 2, sizeof **v);
		(*v)[(*cnt) * 2] = base;
		(*v)[(*cnt) * 2 + 1] = base;
		(*cnt)++;
		return;
	}
	char *brk = xmalloc(n), *o = xmalloc(n);
	keep_whole(s, n, o);
	u8_width_linebreaks((const uint8_t *)s, n, width, 0, 0, o, "UTF-8", brk);
	free(o);
	size_t start = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i < n && !(i > start && brk[i] == UC_BREAK_POSSIBLE))
			continue;
		/* the line [start, i); cut it at the width when a word is too long */
		size_t a = start;
		while (a < i) {
			size_t b = a, w = 0;
			const uint8_t *e = (const uint8_t *)s + i;
			/* spaces at the end of a line do not count */
			size_t vis = i;
			while (vis > a && s[vis - 1] == ' ')
				vis--;
			if (text_width(s + a, vis - a) <= (size_t)width) {
				b = i;
			} else {
				while (b < i) {
					const uint8_t *nx = u8_grapheme_next((const uint8_t *)s + b, e);
					size_t nb = nx ? (size_t)(nx - (const uint8_t *)s) : i;
					size_t cw = text_width(s + b, nb - b);
					if (w + cw > (size_t)width && b > a)
						break;
					w += cw;
					b = nb;
				}
			}
			*v = xgrow(*v, cap, *cnt * 2 + 2, sizeof **v);
			(*v)[(*cnt) * 2] = base + a;
			(*v)[(*cnt) * 2 + 1] = base + b;
			(*cnt)++;
			a = b;
		}
		start = i;
	}
	free(brk);
}

static void wrap_all(struct doc *d, const size_t *paras, size_t npara)
{
	free(d->lines);
	d->lines = NULL;
	d->nlines = 0;
	size_t *v = NULL, cnt = 0, cap = 0, ps = 0;
	for (size_t i = 0; i < npara; i++) {
		wrap_para(d->disp + ps, paras[i] - ps, ps, d->width, &v, &cnt, &cap);
		ps = paras[i];
	}
	d->lines = xcalloc(cnt ? cnt : 1, sizeof *d->lines);
	for (size_t i = 0; i < cnt; i++) {
		struct doc_line *l = &d->lines[i];
		l->d0 = v[2 * i];
		l->d1 = v[2 * i + 1];
		l->o0 = d->d2o[l->d0];
		l->o1 = d->d2o[l->d1];
	}
	d->nlines = cnt;
	free(v);
}

void doc_build(struct doc *d, const char *text, size_t len, int width)
{
	memset(d, 0, sizeof *d);
	sanitise(d, text, len, &d->paras, &d->npara);
	d->width = width < 1 ? 1 : width;
	wrap_all(d, d->paras, d->npara);
}

void doc_rewrap(struct doc *d, int width)
{
	if (width < 1)
		width = 1;
	if (width == d->width && d->lines)
		return;
	d->width = width;
	wrap_all(d, d->paras, d->npara);
}

void doc_free(struct doc *d)
{
	free(d->disp);
	free(d->d2o);
	free(d->lines);
	free(d->paras);
	memset(d, 0, sizeof *d);
}

size_t doc_line_at(const struct doc *d, size_t off)
{
	if (d->nlines == 0)
		return 0;
	/* the last line whose article start is <= off */
	size_t lo = 0, hi = d->nlines;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (d->lines[mid].o0 <= off)
			lo = mid;
		else
			hi = mid;
	}
	/* empty lines share their o0 with the next one: prefer a line with text */
	while (lo + 1 < d->nlines && d->lines[lo].d0 == d->lines[lo].d1 && d->lines[lo + 1].o0 <= off)
		lo++;
	return lo;
}

size_t doc_disp_at(const struct doc *d, size_t off)
{
	size_t lo = 0, hi = d->dlen;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (d->d2o[mid] < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t doc_wrap_string(const char *s, size_t len, int width, char **disp, size_t **lines)
{
	struct doc d;
	doc_build(&d, s, len, width);
	size_t n = d.nlines ? d.nlines : 1;
	*lines = xcalloc(n * 2, sizeof **lines);
	for (size_t i = 0; i < d.nlines; i++) {
		(*lines)[2 * i] = d.lines[i].d0;
		(*lines)[2 * i + 1] = d.lines[i].d1;
	}
	*disp = d.disp;
	d.disp = NULL;
	doc_free(&d);
	return n;
}
