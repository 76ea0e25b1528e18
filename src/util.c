/* util: the aborting allocators, struct buf and struct cc_err.
 * Owns nothing but memory helpers; prints only on out-of-memory. */
#include "config.h"

#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static CC_NORETURN void oom(size_t n)
{
	fprintf(stderr, "crosscheck: out of memory (%zu bytes)\n", n);
	abort();
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom(n);
	return p;
}

void *xaligned(size_t align, size_t n)
{
	size_t r = n ? (n + align - 1) & ~(align - 1) : align;
	void *p = r >= n ? aligned_alloc(align, r) : NULL;
	if (!p)
		oom(n);
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		oom(n * size);
	return p;
}

void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		oom(n);
	return q;
}

void *xgrow_slow(void *p, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return p;
	size_t c = *cap ? *cap : 8;
	while (c < need) {
		if (c > SIZE_MAX / 2)
			oom(SIZE_MAX);
		c *= 2;
	}
	if (size && c > SIZE_MAX / size)
		oom(SIZE_MAX);
	p = xrealloc(p, c * size);
	*cap = c;
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

static char *xvasprintf(const char *fmt, va_list ap) CC_PRINTF(1, 0);

static char *xvasprintf(const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		n = 0;
	char *p = xmalloc((size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *p = xvasprintf(fmt, ap);
	va_end(ap);
	return p;
}

void buf_init(struct buf *b)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
}

void buf_free(struct buf *b)
{
	free(b->data);
	buf_init(b);
}

void buf_reserve(struct buf *b, size_t extra)
{
	if (extra > SIZE_MAX - b->len - 1)
		oom(SIZE_MAX);
	b->data = xgrow(b->data, &b->cap, b->len + extra + 1, 1);
}

void buf_add(struct buf *b, const void *p, size_t n)
{
	buf_reserve(b, n);
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void buf_addc(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

void buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *p = xvasprintf(fmt, ap);
	va_end(ap);
	buf_adds(b, p);
	free(p);
}

void buf_clear(struct buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

char *buf_steal(struct buf *b)
{
	char *p = b->data ? b->data : xstrdup("");
	buf_init(b);
	return p;
}

void cc_err_clear(struct cc_err *e)
{
	free(e->msg);
	e->msg = NULL;
	e->status = CC_OK;
}

enum cc_status cc_err_set(struct cc_err *e, enum cc_status st,
			  const char *fmt, ...)
{
	if (e->status != CC_OK && e->msg)
		return e->status;
	va_list ap;
	va_start(ap, fmt);
	free(e->msg);
	e->msg = xvasprintf(fmt, ap);
	va_end(ap);
	e->status = st;
	return st;
}

static int lower(int c)
{
	return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

bool ascii_ieq(const char *a, const char *b)
{
	while (*a && *b && lower((unsigned char)*a) == lower((unsigned char)*b))
		a++, b++;
	return *a == *b;
}

bool ascii_ieqn(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (lower((unsigned char)a[i]) != lower((unsigned char)b[i]))
			return false;
		if (!a[i])
			return true;
	}
	return true;
}

const char *name_short_form(const char *a, const char *b)
{
	if (!a || !b)
		return NULL;
	size_t la = strlen(a), lb = strlen(b);
	const char *s = la < lb ? a : b, *l = la < lb ? b : a;
	size_t n = la < lb ? la : lb;
	if (la == lb || n < 3 || !ascii_ieqn(s, l, n) || l[n] != ' ')
		return NULL;
	return s;
}

bool ascii_iprefix(const char *s, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);
	return len >= n && ascii_ieqn(s, prefix, n);
}

bool tag_list_has(const char *list, const char *item, size_t n)
{
	for (const char *p = list ? list : ""; *p;) {
		const char *e = strchr(p, ',');
		size_t l = e ? (size_t)(e - p) : strlen(p);
		if (l == n && memcmp(p, item, n) == 0)
			return true;
		p += l + (e ? 1 : 0);
	}
	return false;
}
