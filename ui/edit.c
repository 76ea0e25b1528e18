/* edit: a pure UTF-8 line editor (see edit.h). Every step moves by whole
 * grapheme clusters (libunistring), so a combining mark never gets split
 * from its base, and widths come from text_width. Must not: call curses. */
#include "config.h"

#include "edit.h"

#include <stdlib.h>
#include <string.h>
#include <unigbrk.h>
#include <unistr.h>

#include "text.h"

static const uint8_t *u(const struct edit *e)
{
	return (const uint8_t *)(e->text.data ? e->text.data : "");
}

const char *edit_text(const struct edit *e)
{
	return e->text.data ? e->text.data : "";
}

/* Appends a cleaned copy of s: valid UTF-8 only, no controls. */
static void clean(const char *s, size_t len, struct buf *out)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + len;
	while (p < end) {
		ucs4_t c;
		int n = u8_mbtouc(&c, p, (size_t)(end - p));
		if (n <= 0)
			n = 1;
		bool invalid = c == 0xFFFD && !(end - p >= 3 && p[0] == 0xEF && p[1] == 0xBF && p[2] == 0xBD);
		if (invalid) {
			/* dropped */
		} else if (c == '\t' || c == '\n' || c == '\r') {
			buf_addc(out, ' ');
		} else if (!text_is_unsafe_cp(c)) {
			buf_add(out, p, (size_t)n);
		}
		p += n;
	}
}

void edit_init(struct edit *e, const char *initial)
{
	buf_init(&e->text);
	e->cursor = 0;
	if (initial)
		clean(initial, strlen(initial), &e->text);
	e->cursor = e->text.len;
}

void edit_free(struct edit *e)
{
	buf_free(&e->text);
	e->cursor = 0;
}

static size_t next_gc(const struct edit *e, size_t at);

bool edit_insert(struct edit *e, const char *s, size_t len)
{
	struct buf add;
	buf_init(&add);
	clean(s, len, &add);
	if (add.len == 0) {
		buf_free(&add);
		return false;
	}
	struct buf nt;
	buf_init(&nt);
	buf_add(&nt, u(e), e->cursor);
	buf_add(&nt, add.data, add.len);
	buf_add(&nt, u(e) + e->cursor, e->text.len - e->cursor);
	e->cursor += add.len;
	buf_free(&e->text);
	e->text = nt;
	buf_free(&add);
	/* what was typed may join what follows into one cluster ("e" before a
	 * combining accent): the cursor goes to that cluster's end */
	size_t b = 0;
	while (b < e->cursor)
		b = next_gc(e, b);
	e->cursor = b;
	return true;
}

static size_t next_gc(const struct edit *e, size_t at)
{
	if (at >= e->text.len)
		return e->text.len;
	const uint8_t *p = u8_grapheme_next(u(e) + at, u(e) + e->text.len);
	return p ? (size_t)(p - u(e)) : e->text.len;
}

static size_t prev_gc(const struct edit *e, size_t at)
{
	if (at == 0)
		return 0;
	const uint8_t *p = u8_grapheme_prev(u(e) + at, u(e));
	return p ? (size_t)(p - u(e)) : 0;
}

static bool is_space_at(const struct edit *e, size_t at)
{
	return at < e->text.len && u(e)[at] == ' ';
}

static size_t word_left(const struct edit *e, size_t at)
{
	while (at > 0 && is_space_at(e, prev_gc(e, at)))
		at = prev_gc(e, at);
	while (at > 0 && !is_space_at(e, prev_gc(e, at)))
		at = prev_gc(e, at);
	return at;
}

static size_t word_right(const struct edit *e, size_t at)
{
	while (at < e->text.len && is_space_at(e, at))
		at = next_gc(e, at);
	while (at < e->text.len && !is_space_at(e, at))
		at = next_gc(e, at);
	return at;
}

/* Removes bytes [a, b) and puts the cursor at a. */
static bool cut(struct edit *e, size_t a, size_t b)
{
	if (a >= b)
		return false;
	memmove(e->text.data + a, e->text.data + b, e->text.len - b + 1);
	e->text.len -= b - a;
	e->cursor = a;
	return true;
}

bool edit_apply(struct edit *e, enum action a)
{
	size_t c = e->cursor, n;
	switch (a) {
	case A_EDIT_LEFT:
		e->cursor = prev_gc(e, c);
		break;
	case A_EDIT_RIGHT:
		e->cursor = next_gc(e, c);
		break;
	case A_EDIT_WORD_LEFT:
		e->cursor = word_left(e, c);
		break;
	case A_EDIT_WORD_RIGHT:
		e->cursor = word_right(e, c);
		break;
	case A_EDIT_HOME:
		e->cursor = 0;
		break;
	case A_EDIT_END:
		e->cursor = e->text.len;
		break;
	case A_EDIT_BACKSPACE:
		return cut(e, prev_gc(e, c), c);
	case A_EDIT_DELETE:
		n = next_gc(e, c);
		return cut(e, c, n);
	case A_EDIT_KILL_END:
		return cut(e, c, e->text.len);
	case A_EDIT_KILL_START:
		return cut(e, 0, c);
	case A_EDIT_KILL_WORD:
		return cut(e, word_left(e, c), c);
	default:
		return false;
	}
	return e->cursor != c;
}

void edit_view(const struct edit *e, int width, size_t *first, int *cursor_col)
{
	if (width < 1)
		width = 1;
	size_t f = *first;
	if (f > e->text.len)
		f = 0;
	/* the cursor went off the field's left: the field starts at it */
	if (f > e->cursor)
		f = e->cursor;
	/* f must be a boundary: walk from 0 to the largest boundary <= f */
	size_t b = 0;
	while (b < f) {
		size_t nb = next_gc(e, b);
		if (nb > f)
			break;
		b = nb;
	}
	f = b;
	if (f > e->cursor)
		f = e->cursor;
	/* the cursor went off the field's right: scroll just enough, leaving
	 * room for the cursor cell itself */
	size_t w = text_width((const char *)u(e) + f, e->cursor - f);
	while (w + 1 > (size_t)width && f < e->cursor) {
		f = next_gc(e, f) < e->cursor ? next_gc(e, f) : e->cursor; /* the cursor may sit inside a cluster */
		w = text_width((const char *)u(e) + f, e->cursor - f);
	}
	/* scroll back only to fill the field: when the text from f on and a
	 * cell after it (where the cursor goes at the end) leave columns
	 * free, as after deleting. A cursor that moves within the field
	 * leaves f where it is. */
	size_t tail = text_width((const char *)u(e) + f, e->text.len - f) + 1;
	while (f > 0) {
		size_t pf = prev_gc(e, f);
		size_t pt = tail + text_width((const char *)u(e) + pf, f - pf);
		size_t pw = text_width((const char *)u(e) + pf, e->cursor - pf);
		if (pt > (size_t)width || pw + 1 > (size_t)width)
			break;
		f = pf;
		tail = pt;
		w = pw;
	}
	*first = f;
	*cursor_col = (int)w;
}

/* The end of the longest run of whole clusters from `from` that fits in
 * `cols` columns. */
static size_t fit_from(const struct edit *e, size_t from, size_t cols)
{
	size_t at = from, w = 0;
	while (at < e->text.len) {
		size_t nx = next_gc(e, at);
		if (nx <= at)
			break;
		size_t cw = text_width((const char *)u(e) + at, nx - at);
		if (w + cw > cols)
			break;
		w += cw;
		at = nx;
	}
	return at;
}

void edit_field_view(const struct edit *e, int width, size_t first, struct edit_field *f)
{
	if (width < 1)
		width = 1;
	size_t len = e->text.len;
	/* all of it, and the cursor's cell after it when it is at the end */
	size_t all = text_width((const char *)u(e), len) + (e->cursor >= len ? 1 : 0);
	f->left = f->right = false;
	if (all <= (size_t)width || width < 3) {
		if (all <= (size_t)width)
			first = 0; /* all of it shows */
		edit_view(e, width, &first, &f->cursor_col);
		f->first = first;
		f->end = fit_from(e, first, (size_t)width);
		return;
	}
	/* room for one mark: the left one when the field scrolled */
	edit_view(e, width - 1, &first, &f->cursor_col);
	f->left = first > 0;
	size_t lim = (size_t)width - f->left;
	size_t rest = text_width((const char *)u(e) + first, len - first) + (e->cursor >= len ? 1 : 0);
	if (rest > lim) {
		/* text hidden after the field: a column for that mark too */
		f->right = true;
		if (f->left) {
			edit_view(e, width - 2, &first, &f->cursor_col);
			f->left = first > 0;
		}
		lim = (size_t)width - f->left - 1;
	}
	f->first = first;
	f->end = fit_from(e, first, lim);
	/* a field scrolled further for the second mark may show the rest */
	f->right = f->right && f->end < len;
	f->cursor_col += f->left;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

char *edit_tags_normalize(const char *s)
{
	char **tags = NULL;
	size_t n = 0, cap = 0;
	const char *p = s ? s : "";
	while (*p) {
		size_t len = strcspn(p, ",");
		const char *a = p, *z = p + len;
		while (a < z && (*a == ' ' || *a == '\t'))
			a++;
		while (z > a && (z[-1] == ' ' || z[-1] == '\t'))
			z--;
		if (z > a) {
			tags = xgrow(tags, &cap, n + 1, sizeof *tags);
			tags[n++] = xstrndup(a, (size_t)(z - a));
		}
		p += len;
		if (*p == ',')
			p++;
	}
	if (n > 1)
		qsort(tags, n, sizeof *tags, cmp_str);
	struct buf out;
	buf_init(&out);
	for (size_t i = 0; i < n; i++) {
		if (i == 0 || strcmp(tags[i], tags[i - 1]) != 0) {
			if (out.len)
				buf_addc(&out, ',');
			buf_adds(&out, tags[i]);
		}
	}
	for (size_t i = 0; i < n; i++)
		free(tags[i]);
	free(tags);
	return buf_steal(&out);
}

const char *edit_tags_bad(const char *list, size_t *len)
{
	for (const char *p = list ? list : ""; *p;) {
		size_t n = strcspn(p, ",");
		if (!text_tag_is_word(p, n)) {
			*len = n;
			return p;
		}
		p += n;
		if (*p == ',')
			p++;
	}
	return NULL;
}
