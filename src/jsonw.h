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
 *
 * Speed: every member is written straight into one buffer after a single
 * room check; keys are given as literals so the compiler writes `,"key":` as
 * a few constant stores; numbers are rendered without printf.
 */
#ifndef CC_JSONW_H
#define CC_JSONW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "util.h"

/* The member writers must be inlined into their callers for the keys to
 * stay literals; a caller's own wrappers can use this too. */
#if defined(__GNUC__)
#define JSONW_INLINE static inline __attribute__((always_inline))
#else
#define JSONW_INLINE static inline
#endif

struct jsonw {
	struct buf b; /* NUL-terminated after every call, as struct buf promises */
	size_t rec;   /* where the open record starts: its first member's ','
		       * becomes the '{' when the record ends */
	bool ascii;   /* \u-escape everything beyond ASCII (for terminals) */
	bool point;   /* the locale's decimal point is '.' (see jsonw_put_real) */
};

void jsonw_init(struct jsonw *w, bool ascii);
void jsonw_free(struct jsonw *w);

/* Room for n more bytes and the NUL; returns where they go. */
JSONW_INLINE char *jsonw_room(struct jsonw *w, size_t n)
{
	struct buf *b = &w->b;
	if (b->len + n >= b->cap)
		buf_reserve(b, n);
	return b->data + b->len;
}

/* Ends a member that was written in place up to p. */
JSONW_INLINE void jsonw_done(struct jsonw *w, char *p)
{
	*p = '\0';
	w->b.len = (size_t)(p - w->b.data);
}

/* A record: begin, members in order, end (which adds the newline). */
JSONW_INLINE void jsonw_begin(struct jsonw *w)
{
	w->rec = w->b.len;
}
void jsonw_end_empty(struct jsonw *w);
JSONW_INLINE void jsonw_end(struct jsonw *w)
{
	if (w->b.len == w->rec) {
		jsonw_end_empty(w);
		return;
	}
	/* every member wrote a ',' first: the record's first one opens it */
	w->b.data[w->rec] = '{';
	char *p = jsonw_room(w, 2);
	p[0] = '}';
	p[1] = '\n';
	jsonw_done(w, p + 2);
}

/* Members rendered before, by this or another writer's member calls (a
 * member many records share, rendered once), appended as they are. */
JSONW_INLINE void jsonw_raw(struct jsonw *w, const char *s, size_t n)
{
	char *p = jsonw_room(w, n);
	memcpy(p, s, n);
	jsonw_done(w, p + n);
}

/* Member values, each written after its key. Strings are escaped as jansson
 * escapes them; reals render as jansson's "%.17g" rule does. */
void jsonw_put_strn(struct jsonw *w, const char *s, size_t n);
void jsonw_put_int(struct jsonw *w, int64_t v);
void jsonw_put_real(struct jsonw *w, double v);

/* Zero when no byte of v needs an escape in a string: none is a control,
 * '"' or '\\' (bytes beyond ASCII never need one). Byte by byte exact: no
 * sum carries into the next byte. */
JSONW_INLINE uint64_t jsonw_escapes8(uint64_t v)
{
	const uint64_t low7 = 0x7F7F7F7F7F7F7F7FULL;
	uint64_t t = v & low7;
	uint64_t ok = ((t + 0x6060606060606060ULL) &         /* t >= 0x20 */
		       ((t ^ 0x2222222222222222ULL) + low7) & /* t != '"' */
		       ((t ^ 0x5C5C5C5C5C5C5C5CULL) + low7)) | /* t != '\\' */
		      v;                                       /* or beyond ASCII */
	return ~ok & 0x8080808080808080ULL;
}

/* ,"key": (keys are plain ASCII names: written without escaping). Inline so
 * that a literal key is measured and copied at compile time. */
JSONW_INLINE void jsonw_key(struct jsonw *w, const char *key, size_t klen)
{
	char *p = jsonw_room(w, klen + 4);
	p[0] = ',';
	p[1] = '"';
	memcpy(p + 2, key, klen);
	p[klen + 2] = '"';
	p[klen + 3] = ':';
	jsonw_done(w, p + klen + 4);
}

/* ,"key":literal for the fixed words null, true and false */
JSONW_INLINE void jsonw_key_raw(struct jsonw *w, const char *key, size_t klen, const char *s,
				 size_t n)
{
	char *p = jsonw_room(w, klen + 4 + n);
	p[0] = ',';
	p[1] = '"';
	memcpy(p + 2, key, klen);
	p[klen + 2] = '"';
	p[klen + 3] = ':';
	memcpy(p + klen + 4, s, n);
	jsonw_done(w, p + klen + 4 + n);
}

/* Most strings are short names and words with nothing to escape: 4 to 16
 * bytes are checked as two overlapping words and copied whole, with the
 * key, after one room check. Anything else goes through jsonw_put_strn. */
JSONW_INLINE void jsonw_strn(struct jsonw *w, const char *key, const char *s, size_t n)
{
	size_t klen = strlen(key);
	struct buf *b = &w->b;
	if (n - 4 <= 12 && !w->ascii && b->len + klen + 22 < b->cap) {
		uint64_t a, z, hit;
		if (n >= 8) {
			memcpy(&a, s, 8);
			memcpy(&z, s + n - 8, 8);
			hit = jsonw_escapes8(a) | jsonw_escapes8(z);
		} else {
			uint32_t a4, z4;
			memcpy(&a4, s, 4);
			memcpy(&z4, s + n - 4, 4);
			a = a4;
			z = z4;
			hit = jsonw_escapes8(a | z << 32);
		}
		if (!hit) {
			char *p = b->data + b->len;
			p[0] = ',';
			p[1] = '"';
			memcpy(p + 2, key, klen);
			p[klen + 2] = '"';
			p[klen + 3] = ':';
			p += klen + 4;
			p[0] = '"';
			if (n >= 8) {
				memcpy(p + 1, &a, 8);
				memcpy(p + n - 7, &z, 8);
			} else {
				uint32_t a4 = (uint32_t)a, z4 = (uint32_t)z;
				memcpy(p + 1, &a4, 4);
				memcpy(p + n - 3, &z4, 4);
			}
			p[n + 1] = '"';
			jsonw_done(w, p + n + 2);
			return;
		}
	}
	jsonw_key(w, key, klen);
	jsonw_put_strn(w, s, n);
}
JSONW_INLINE void jsonw_null(struct jsonw *w, const char *key)
{
	jsonw_key_raw(w, key, strlen(key), "null", 4);
}
JSONW_INLINE void jsonw_str(struct jsonw *w, const char *key, const char *s) /* NULL: null */
{
	if (!s)
		jsonw_null(w, key);
	else
		jsonw_strn(w, key, s, strlen(s));
}
JSONW_INLINE void jsonw_int(struct jsonw *w, const char *key, int64_t v)
{
	jsonw_key(w, key, strlen(key));
	jsonw_put_int(w, v);
}
JSONW_INLINE void jsonw_real(struct jsonw *w, const char *key, double v)
{
	jsonw_key(w, key, strlen(key));
	jsonw_put_real(w, v);
}
JSONW_INLINE void jsonw_bool(struct jsonw *w, const char *key, bool v)
{
	if (v)
		jsonw_key_raw(w, key, strlen(key), "true", 4);
	else
		jsonw_key_raw(w, key, strlen(key), "false", 5);
}

/* Writes what has been built to f once it holds at least `min` bytes
 * (0: always). Call it between records only. Returns false on a write
 * error. */
bool jsonw_flush(struct jsonw *w, FILE *f, size_t min);

#endif
