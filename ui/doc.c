/* doc: sanitise once, map back, wrap (see doc.h). Must not: call curses;
 * widths come only from text_width and libunistring's line breaking. */
#include "config.h"

#include "doc.h"

#include <stdlib.h>
#include <string.h>
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

/* Whether a line may break beside c without a space: a wide character
 * (CJK ideographs, kana, hangul, their punctuation, emoji), whose scripts
 * do not put spaces between words, or a zero-width space. */
static bool breaks_bare(ucs4_t c)
{
	if (c == 0x200B)
		return true;
	uint8_t u[4];
	int n = u8_uctomb(u, c, sizeof u);
	return n > 0 && text_width((const char *)u, (size_t)n) >= 2;
}

/* Our rule over libunistring's line breaking (which offers a break after
 * every hyphen, a slash, a full stop before a letter, a dash): a line
 * breaks only at a space, so that a token without one, a file name
 * ("the-ledger-wire.txt"), "U.S.-based", "well-known", a web address,
 * stays whole and no hyphen at a line's end looks like part of the text or
 * added by the wrapping. Scripts that write no spaces keep their breaks:
 * beside a wide character (CJK, emoji) or a zero-width space. A token
 * longer than the whole width is cut by wrap_para. o[i] overrides the
 * break before s[i]. */
static void keep_whole(const char *s, size_t n, char *o)
{
	memset(o, UC_BREAK_UNDEFINED, n);
	const uint8_t *b = (const uint8_t *)s;
	ucs4_t prev = 0;
	for (size_t i = 0; i < n;) {
		ucs4_t c;
		int k = u8_mbtouc(&c, b + i, n - i);
		if (k <= 0)
			k = 1;
		if (i > 0 && prev != ' ' && c != ' ' && !breaks_bare(prev) && !breaks_bare(c))
			o[i] = UC_BREAK_PROHIBITED;
		prev = c;
		i += (size_t)k;
	}
}

/* Appends the lines of display text s[0, n) (offset base) to *v, three
 * entries a line: start, end, and whether the line is a cut token. */
static void add_line(size_t **v, size_t *cnt, size_t *cap, size_t a, size_t b, bool cut)
{
	*v = xgrow(*v, cap, *cnt * 3 + 3, sizeof **v);
	(*v)[(*cnt) * 3] = a;
	(*v)[(*cnt) * 3 + 1] = b;
	(*v)[(*cnt) * 3 + 2] = cut;
	(*cnt)++;
}

/* Cuts the token [a, i) of s (offset base; i after the spaces that follow
 * it), wider than the width, into pieces a column short of the width, each
 * marked cut, until what is left fits the width; returns where that rest
 * begins, for wrap_para to fill its row with the words that follow. The
 * token is measured once and walked (text_width adds up code points, so
 * the rest's width is the whole's less the pieces'). */
static size_t add_cut(const char *s, size_t a, size_t i, size_t base, int width, size_t **v, size_t *cnt,
		      size_t *cap)
{
	/* a cut piece leaves a column for its "…" (none left at width 1) */
	size_t room = width > 1 ? (size_t)width - 1 : 1;
	/* spaces at the end of a line do not count */
	size_t vis = i;
	while (vis > a && s[vis - 1] == ' ')
		vis--;
	const uint8_t *e = (const uint8_t *)s + vis;
	size_t rest = text_width(s + a, vis - a);
	while (rest > (size_t)width) {
		size_t b = a, w = 0;
		while (b < vis) {
			const uint8_t *nx = u8_grapheme_next((const uint8_t *)s + b, e);
			size_t nb = nx ? (size_t)(nx - (const uint8_t *)s) : vis;
			size_t cw = text_width(s + b, nb - b);
			if (w + cw > room && b > a)
				break;
			w += cw;
			b = nb;
		}
		/* a piece that ends the token (one grapheme wider than the
		 * width) takes its spaces too */
		add_line(v, cnt, cap, base + a, base + (b < vis ? b : i), width > 1 && b < vis);
		rest -= w;
		a = b < vis ? b : i;
	}
	return a;
}

/* Greedy filling over the break opportunities (libunistring's, with
 * keep_whole's overrides): each line takes as many of them as fit, where
 * the spaces a line ends in do not count, so that words filling the width
 * exactly stay on their row (libunistring's own width breaking counts
 * the space before the break and moves the last word down). */
static void wrap_para(const char *s, size_t n, size_t base, int width, size_t **v, size_t *cnt,
		      size_t *cap)
{
	if (n == 0) {
		add_line(v, cnt, cap, base, base, false);
		return;
	}
	char *brk = xmalloc(n), *o = xmalloc(n);
	keep_whole(s, n, o);
	u8_possible_linebreaks((const uint8_t *)s, n, "UTF-8", brk);
	for (size_t i = 0; i < n; i++)
		if (o[i] != UC_BREAK_UNDEFINED)
			brk[i] = o[i];
	free(o);
	size_t start = 0;
	while (start < n) {
		/* fit: the furthest break whose line [start, fit) fits; wfull is
		 * the width of [start, i) with its spaces, vis without the
		 * spaces it ends in */
		size_t fit = 0, prev = start, wfull = 0, i;
		for (i = start + 1; i <= n; i++) {
			if (i < n && brk[i] != UC_BREAK_POSSIBLE)
				continue;
			wfull += text_width(s + prev, i - prev);
			prev = i;
			size_t sp = 0;
			while (i - sp > start && s[i - sp - 1] == ' ')
				sp++;
			if (wfull - sp > (size_t)width)
				break;
			fit = i;
		}
		if (fit) {
			add_line(v, cnt, cap, base + start, base + fit, false);
			start = fit;
		} else {
			/* not even the first piece fits: a token wider than the
			 * width, [start, i), cut; its rest starts the next line */
			if (i > n)
				i = n;
			start = add_cut(s, start, i, base, width, v, cnt, cap);
		}
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
		l->d0 = v[3 * i];
		l->d1 = v[3 * i + 1];
		l->cut = v[3 * i + 2] != 0;
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

size_t doc_wrap_string(const char *s, size_t len, int width, char **disp, struct doc_line **lines)
{
	struct doc d;
	doc_build(&d, s, len, width);
	size_t n = d.nlines; /* at least one: an empty string is one empty line */
	*lines = d.lines;
	*disp = d.disp;
	d.lines = NULL;
	d.disp = NULL;
	doc_free(&d);
	return n;
}
