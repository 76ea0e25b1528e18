/* jsonw: a streaming writer of flat JSON records, one per line, for the
 * output paths where building a jansson tree per record costs more than the
 * work that found it (`extract --format jsonl` writes ~3 bytes of JSON per
 * byte of article).
 *
 * Owns: escaping and number rendering identical to jansson's compact dump
 * (json_dumps with JSON_COMPACT | JSON_PRESERVE_ORDER, and JSON_ENSURE_ASCII
 * when asked), so a record reads the same whichever path wrote it
 * (tests/unit/test_jsonw.c compares the two byte for byte).
 * Must not: parse JSON (jansson does), nest objects, or validate UTF-8 — the
 * caller passes valid UTF-8 (every article text is validated at ingest).
 */
#ifndef CC_JSONW_H
#define CC_JSONW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "util.h"

struct jsonw {
	struct buf b;
	bool ascii;   /* \u-escape everything beyond ASCII (for terminals) */
	bool first;   /* no member yet in the open record */
};

void jsonw_init(struct jsonw *w, bool ascii);
void jsonw_free(struct jsonw *w);

/* A record: begin, members in order, end (which adds the newline). */
void jsonw_begin(struct jsonw *w);
void jsonw_end(struct jsonw *w);

/* Members. Keys are written as given (callers pass literals); the inline
 * wrappers let the compiler measure a literal key once, at compile time. */
void jsonw_key_slow(struct jsonw *w, const char *key, size_t klen);
void jsonw_put_strn(struct jsonw *w, const char *s, size_t n);
void jsonw_put_int(struct jsonw *w, int64_t v);
void jsonw_put_real(struct jsonw *w, double v);
void jsonw_put_raw_slow(struct jsonw *w, const char *s, size_t n);

/* ,"key": — written in place when the buffer has room (nearly always) */
static inline void jsonw_key(struct jsonw *w, const char *key, size_t klen)
{
	struct buf *b = &w->b;
	if (b->len + klen + 5 > b->cap) {
		jsonw_key_slow(w, key, klen);
		return;
	}
	char *p = b->data + b->len;
	if (!w->first)
		*p++ = ',';
	w->first = false;
	*p++ = '"';
	memcpy(p, key, klen);
	p += klen;
	*p++ = '"';
	*p++ = ':';
	*p = '\0';
	b->len = (size_t)(p - b->data);
}

static inline void jsonw_put_raw(struct jsonw *w, const char *s, size_t n)
{
	struct buf *b = &w->b;
	if (b->len + n + 1 > b->cap) {
		jsonw_put_raw_slow(w, s, n);
		return;
	}
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

static inline void jsonw_strn(struct jsonw *w, const char *key, const char *s, size_t n)
{
	jsonw_key(w, key, strlen(key));
	jsonw_put_strn(w, s, n);
}
static inline void jsonw_null(struct jsonw *w, const char *key)
{
	jsonw_key(w, key, strlen(key));
	jsonw_put_raw(w, "null", 4);
}
static inline void jsonw_str(struct jsonw *w, const char *key, const char *s) /* NULL: null */
{
	if (!s)
		jsonw_null(w, key);
	else
		jsonw_strn(w, key, s, strlen(s));
}
static inline void jsonw_int(struct jsonw *w, const char *key, int64_t v)
{
	jsonw_key(w, key, strlen(key));
	jsonw_put_int(w, v);
}
static inline void jsonw_real(struct jsonw *w, const char *key, double v)
{
	jsonw_key(w, key, strlen(key));
	jsonw_put_real(w, v);
}
static inline void jsonw_bool(struct jsonw *w, const char *key, bool v)
{
	jsonw_key(w, key, strlen(key));
	jsonw_put_raw(w, v ? "true" : "false", v ? 4 : 5);
}

/* Writes what has been built to f once it holds at least `min` bytes
 * (0: always). Returns false on a write error. */
bool jsonw_flush(struct jsonw *w, FILE *f, size_t min);

#endif
