/* jsonw: flat JSON records written straight into a buffer, rendered exactly
 * as jansson's compact dump renders them (see jsonw.h). Never allocates per
 * member; never prints except through jsonw_flush. */
#include "config.h"

#include "jsonw.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

void jsonw_init(struct jsonw *w, bool ascii)
{
	buf_init(&w->b);
	w->ascii = ascii;
	w->first = true;
}

void jsonw_free(struct jsonw *w)
{
	buf_free(&w->b);
}

void jsonw_begin(struct jsonw *w)
{
	buf_reserve(&w->b, 1024); /* room for a record's keys and numbers */
	buf_addc(&w->b, '{');
	w->first = true;
}

void jsonw_end(struct jsonw *w)
{
	buf_add(&w->b, "}\n", 2);
}

/* Which ASCII bytes need an escape: '"', '\\' and the C0 controls. */
static const unsigned char needs_escape[128] = {
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
};

static void put_u16(struct buf *b, unsigned v)
{
	static const char hex[] = "0123456789ABCDEF";
	char e[6] = {'\\', 'u', hex[(v >> 12) & 15], hex[(v >> 8) & 15], hex[(v >> 4) & 15],
		     hex[v & 15]};
	buf_add(b, e, 6);
}

static void put_string(struct jsonw *w, const char *s, size_t n)
{
	struct buf *b = &w->b;
	buf_reserve(b, n + 2);
	b->data[b->len++] = '"';
	size_t run = 0; /* start of the bytes not yet copied */
	const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
	for (size_t i = 0; i < n;) {
		/* eight bytes at a time while none needs an escape: no control,
		 * no '"', no '\\' (and, for ASCII output, nothing beyond ASCII) */
		while (i + 8 <= n) {
			uint64_t v;
			memcpy(&v, s + i, 8);
			uint64_t q = v ^ (0x22 * ones), bs = v ^ (0x5C * ones);
			uint64_t hit = ((v - 0x20 * ones) & ~v) | ((q - ones) & ~q) | ((bs - ones) & ~bs);
			if (w->ascii)
				hit |= v;
			if (hit & high)
				break;
			i += 8;
		}
		if (i >= n)
			break;
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			if (!needs_escape[c]) {
				i++;
				continue;
			}
			buf_add(b, s + run, i - run);
			switch (c) {
			case '"': buf_add(b, "\\\"", 2); break;
			case '\\': buf_add(b, "\\\\", 2); break;
			case '\b': buf_add(b, "\\b", 2); break;
			case '\f': buf_add(b, "\\f", 2); break;
			case '\n': buf_add(b, "\\n", 2); break;
			case '\r': buf_add(b, "\\r", 2); break;
			case '\t': buf_add(b, "\\t", 2); break;
			default: put_u16(b, c); break;
			}
			run = ++i;
			continue;
		}
		/* beyond ASCII: kept byte by byte as it is (the run above may
		 * stop inside a character), unless ASCII output is asked for —
		 * then the run never passes such a byte and i is at a lead byte */
		if (!w->ascii) {
			i++;
			continue;
		}
		size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
		if (i + len > n)
			len = n - i;
		uint32_t cp = len == 2   ? (uint32_t)(c & 0x1F)
			      : len == 3 ? (uint32_t)(c & 0x0F)
					 : (uint32_t)(c & 0x07);
		for (size_t k = 1; k < len; k++)
			cp = (cp << 6) | ((unsigned char)s[i + k] & 0x3F);
		buf_add(b, s + run, i - run);
		if (cp < 0x10000) {
			put_u16(b, cp);
		} else {
			cp -= 0x10000;
			put_u16(b, 0xD800 | ((cp >> 10) & 0x3FF));
			put_u16(b, 0xDC00 | (cp & 0x3FF));
		}
		i += len;
		run = i;
	}
	buf_add(b, s + run, n - run);
	buf_addc(b, '"');
}

/* ,"key": (keys are plain ASCII names: written without escaping) */
void jsonw_key_slow(struct jsonw *w, const char *key, size_t k)
{
	struct buf *b = &w->b;
	buf_reserve(b, k + 4);
	if (!w->first)
		b->data[b->len++] = ',';
	w->first = false;
	b->data[b->len++] = '"';
	memcpy(b->data + b->len, key, k);
	b->len += k;
	b->data[b->len++] = '"';
	b->data[b->len++] = ':';
	b->data[b->len] = '\0';
}

void jsonw_put_strn(struct jsonw *w, const char *s, size_t n)
{
	put_string(w, s, n);
}

void jsonw_put_raw_slow(struct jsonw *w, const char *s, size_t n)
{
	buf_add(&w->b, s, n);
}

static size_t u64_digits(uint64_t v, char *out)
{
	char tmp[24];
	size_t n = 0;
	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	for (size_t i = 0; i < n; i++)
		out[i] = tmp[n - 1 - i];
	return n;
}

static void put_int(struct buf *b, int64_t v)
{
	char s[24];
	size_t n = 0;
	uint64_t u = (uint64_t)v;
	if (v < 0) {
		s[n++] = '-';
		u = 0 - u;
	}
	n += u64_digits(u, s + n);
	buf_add(b, s, n);
}

void jsonw_put_int(struct jsonw *w, int64_t v)
{
	put_int(&w->b, v);
}

void jsonw_put_real(struct jsonw *w, double v)
{
	/* whole numbers below 2^53 print as "%.17g" does, with jansson's ".0" */
	if (v == v && fabs(v) < 9007199254740992.0 && v == (double)(int64_t)v &&
	    !(v == 0 && signbit(v))) {
		put_int(&w->b, (int64_t)v);
		buf_add(&w->b, ".0", 2);
		return;
	}
	/* otherwise jansson's own rule: "%.17g", the exponent without '+' or
	 * leading zeros, ".0" when nothing marks it as a real */
	char s[64];
	int n = snprintf(s, sizeof s, "%.17g", v);
	if (n < 0 || (size_t)n >= sizeof s)
		n = 0;
	char *e = memchr(s, 'e', (size_t)n);
	if (e) {
		char *p = e + 1, *q = e + 1;
		if (*p == '-')
			*q++ = *p++;
		else if (*p == '+')
			p++;
		while (*p == '0' && p[1])
			p++;
		while (*p)
			*q++ = *p++;
		*q = '\0';
		n = (int)(q - s);
	} else if (!memchr(s, '.', (size_t)n) && (size_t)n + 2 < sizeof s &&
		   strspn(s, "-0123456789") == (size_t)n) {
		s[n++] = '.';
		s[n++] = '0';
		s[n] = '\0';
	}
	buf_add(&w->b, s, (size_t)n);
}

bool jsonw_flush(struct jsonw *w, FILE *f, size_t min)
{
	if (w->b.len < min || w->b.len == 0)
		return true;
	bool ok = fwrite(w->b.data, 1, w->b.len, f) == w->b.len;
	buf_clear(&w->b);
	return ok;
}
