/* jsonw: a streaming writer of flat JSON records, one per line, for the
 * output paths where building a jansson tree per record costs more than the
 * work that found it (`extract --format jsonl` writes ~3 bytes of JSON per
 * byte of article).
 *
 * Owns: escaping and number rendering identical to jansson's compact dump
 * (json_dumps with JSON_COMPACT | JSON_PRESERVE_ORDER |
 * JSON_REAL_PRECISION(JSONW_REAL_DIGITS), and JSON_ENSURE_ASCII when asked),
 * so a record reads the same whichever path wrote it
 * (tests/unit/test_jsonw.c compares the two byte for byte).
 * Must not: parse JSON (jansson does), nest objects, or validate UTF-8 — the
 * caller passes valid UTF-8 (every article text is validated at ingest).
 *
 * Speed: a record is written through a cursor (struct jsonw_rec) the
 * compiler keeps in registers; each member costs one room check, its key
 * (a literal, folded into one or two word stores) and its value; a record
 * whose size has a bound worked out before it starts (jsonw_begin_bounded)
 * makes its room once and its members check nothing (a run of them, a
 * document's, through one cursor: jsonw_open, jsonw_next). Short
 * strings with nothing to escape are checked and copied as two words (or,
 * after members rendered before that leave them open, as one SSE2 block:
 * jsonw_members_open_str); strings in a struct's fixed arrays are measured
 * and checked in one pass (jsonw_strz, sixteen bytes a step with SSE2);
 * numbers are rendered without printf, offsets, counts and the digits of
 * reals eight at a time in one word, without a call (a span's two offsets
 * with SSE2 side by side in one register: jsonw_int2); counts below 1000
 * are copied from digits the writer made once (jsonw_count), and offsets
 * below 10^6 put together from two of them (jsonw_put_small6).
 */
#ifndef CC_JSONW_H
#define CC_JSONW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "util.h"

/* Significant digits of a real in every JSON crosscheck writes (jsonw, and
 * jansson's dumps with JSON_REAL_PRECISION of it): enough for any figure an
 * article writes, and none of a double's binary noise ("6.1", not
 * "6.0999999999999996"). */
#define JSONW_REAL_DIGITS 15

/* The member writers must be inlined into their callers for the keys to
 * stay literals and the cursor to stay in registers; a caller's own
 * wrappers can use this too. */
#if defined(__GNUC__)
#define JSONW_INLINE static inline __attribute__((always_inline))
#else
#define JSONW_INLINE static inline
#endif

/* Counts below this are rendered once, when the writer is made (jsonw_count) */
#define JSONW_SMALL_COUNTS 1000

struct jsonw {
	struct buf b; /* the records written and not yet flushed */
	bool ascii;   /* \u-escape everything beyond ASCII (for terminals) */
	bool point;   /* the locale's decimal point is '.' (see jsonw_put_real) */
	/* each count below JSONW_SMALL_COUNTS: its digits, then (the last
	 * byte) how many there are; and its three digits with leading zeros
	 * (the last byte unused) */
	char small[JSONW_SMALL_COUNTS][4];
	char small3[JSONW_SMALL_COUNTS][4];
};

void jsonw_init(struct jsonw *w, bool ascii);
void jsonw_free(struct jsonw *w);

/* Writes what has been built to f. Not while a record is open. Returns
 * false on a write error. */
bool jsonw_write(struct jsonw *w, FILE *f);

/* The same once it holds at least `min` bytes (0: always); the test is
 * inline, as callers ask after every record. */
JSONW_INLINE bool jsonw_flush(struct jsonw *w, FILE *f, size_t min)
{
	return w->b.len < min || w->b.len == 0 || jsonw_write(w, f);
}

/* One record being written: begin, members in order, end (which adds the
 * newline). Until the end the writer's buffer does not know of the record,
 * and nothing else may use the writer. */
struct jsonw_rec {
	struct jsonw *w;
	char *p;      /* where the next byte goes */
	char *end;    /* where the room ends (a byte beyond is kept for the NUL) */
	size_t start; /* where the record starts: its first member's ',' becomes
		       * the '{' at the end */
	bool bounded; /* begun with room for all of it (jsonw_begin_bounded):
		       * the member writers check nothing */
	bool ascii;   /* w->ascii, kept with the cursor (a register, not a
		       * load per member) */
};

/* The out-of-line parts. Each writes at p, which has the room it names, and
 * returns the end of what it wrote. None takes the cursor itself, so that
 * the compiler can keep it in registers. */
char *jsonw_put_strn(const struct jsonw *w, char *p, const char *s, size_t n); /* 6n + 2 */
char *jsonw_put_int(char *p, int64_t v);                                      /* 20 */
char *jsonw_put_real(const struct jsonw *w, char *p, double v);               /* 32 */

/* More room for a record that has reached p: returns where p and the end
 * of the room are now. */
struct jsonw_at {
	char *p, *end;
};
struct jsonw_at jsonw_grow(struct jsonw *w, char *p, size_t n);

/* Room for n more bytes at r->p, even in a bounded record: for a member its
 * bound did not cover, n then also covers every member written after it. */
JSONW_INLINE char *jsonw_room_more(struct jsonw_rec *r, size_t n)
{
	if ((size_t)(r->end - r->p) < n) {
		struct jsonw_at at = jsonw_grow(r->w, r->p, n);
		r->p = at.p;
		r->end = at.end;
	}
	return r->p;
}

/* Room for n more bytes at r->p; in a bounded record there is (a constant
 * the compiler folds: no check). */
JSONW_INLINE char *jsonw_room(struct jsonw_rec *r, size_t n)
{
	return r->bounded ? r->p : jsonw_room_more(r, n);
}

JSONW_INLINE struct jsonw_rec jsonw_begin(struct jsonw *w)
{
	struct buf *b = &w->b;
	if (b->len + 256 >= b->cap)
		buf_reserve(b, 256);
	return (struct jsonw_rec){w, b->data + b->len, b->data + b->cap - 1, b->len, false, w->ascii};
}

/* A record whose members together ask for at most n bytes of room: the sum
 * of each member's JSONW_ROOM_* (the most its writer asks for; none moves
 * the cursor further than it asked), JSONW_ROOM_END included. The room is
 * made here, once, and no member checks it again. */
JSONW_INLINE struct jsonw_rec jsonw_begin_bounded(struct jsonw *w, size_t n)
{
	struct buf *b = &w->b;
	if (b->cap - b->len <= n)
		buf_reserve(b, n); /* then cap > len + n */
	return (struct jsonw_rec){w, b->data + b->len, b->data + b->cap - 1, b->len, true, w->ascii};
}

void jsonw_end_empty(struct jsonw *w, size_t start);
JSONW_INLINE void jsonw_end(struct jsonw_rec *r)
{
	struct buf *b = &r->w->b;
	if (r->p == b->data + r->start) {
		jsonw_end_empty(r->w, r->start);
		return;
	}
	/* every member wrote a ',' first: the record's first one opens it */
	b->data[r->start] = '{';
	char *p = jsonw_room(r, 2);
	p[0] = '}';
	p[1] = '\n';
	p[2] = '\0';
	b->len = (size_t)(p + 2 - b->data);
}

/* Many records through one cursor (a document's): jsonw_open, then for each
 * record jsonw_next (n: the room its members ask for at most, as for
 * jsonw_begin_bounded), its members and jsonw_next_end; jsonw_close before
 * anything else uses the writer (jsonw_write). A record then costs a test of
 * the room left and where it starts, not the set-up of a cursor and the
 * buffer's length put back each time. The buffer's length is stale while
 * the cursor is open (jsonw_grow reserves from it, which stays below the
 * cursor: enough). */
JSONW_INLINE struct jsonw_rec jsonw_open(struct jsonw *w)
{
	struct buf *b = &w->b;
	if (!b->data)
		buf_reserve(b, 4096);
	return (struct jsonw_rec){w, b->data + b->len, b->data + b->cap - 1, b->len, true, w->ascii};
}

JSONW_INLINE void jsonw_next(struct jsonw_rec *r, size_t n)
{
	jsonw_room_more(r, n);
	r->start = (size_t)(r->p - r->w->b.data);
}

/* The record's end, as jsonw_end writes it */
JSONW_INLINE void jsonw_next_end(struct jsonw_rec *r)
{
	char *s = r->w->b.data + r->start, *p = r->p;
	if (p == s) {
		p = jsonw_room_more(r, 3);
		memcpy(p, "{}\n", 3);
		r->p = p + 3;
		return;
	}
	*s = '{'; /* every member wrote a ',' first */
	p[0] = '}';
	p[1] = '\n';
	r->p = p + 2;
}

/* What has been written through the cursor, now held by the writer's buffer */
JSONW_INLINE void jsonw_close(struct jsonw_rec *r)
{
	struct buf *b = &r->w->b;
	*r->p = '\0';
	b->len = (size_t)(r->p - b->data);
}

/* The room ,"key": needs: a key of up to 12 bytes is written as two whole
 * words (the bytes beyond it are overwritten by what follows). */
#define JSONW_KEYROOM(klen) ((klen) <= 12 ? 16 : (klen) + 4)

/* The most room each member writer asks for (for a bounded record): a
 * string of n bytes (jsonw_strn, jsonw_str; JSONW_ROOM_STRN covers both
 * its short and its escaped form), one from an array of cap bytes holding
 * at most n (jsonw_strz), a value rendered before (jsonw_raw;
 * jsonw_members_padded asks for JSONW_ROOM_PADDED(n)), numbers, and the
 * end. */
#define JSONW_ROOM_STRN(klen, n) (JSONW_KEYROOM(klen) + 6 * (n) + 18)
#define JSONW_ROOM_STRZ(klen, cap, n)                                                              \
	(JSONW_ROOM_STRN(klen, n) > JSONW_KEYROOM(klen) + 1 + (cap) ? JSONW_ROOM_STRN(klen, n)         \
								      : JSONW_KEYROOM(klen) + 1 + (cap))
#define JSONW_ROOM_RAW(klen, n) (JSONW_KEYROOM(klen) + (n))
#define JSONW_ROOM_INT(klen) (JSONW_KEYROOM(klen) + 20)
#define JSONW_ROOM_REAL(klen) (JSONW_KEYROOM(klen) + 32)
#define JSONW_ROOM_END 2

/* ,"key": at p (keys are plain ASCII names: written without escaping);
 * needs JSONW_KEYROOM(klen). A short key is put together in two words, which
 * the compiler folds into constants when the key is a literal (one or two
 * stores instead of five). */
JSONW_INLINE char *jsonw_key_at(char *p, const char *key, size_t klen)
{
	if (klen <= 12) {
		uint64_t w[2] = {0x222C, 0}; /* ," */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC unroll 12
#endif
		for (size_t i = 0; i < klen; i++)
			w[(i + 2) >> 3] |= (uint64_t)(unsigned char)key[i] << 8 * ((i + 2) & 7);
		w[(klen + 2) >> 3] |= (uint64_t)'"' << 8 * ((klen + 2) & 7);
		w[(klen + 3) >> 3] |= (uint64_t)':' << 8 * ((klen + 3) & 7);
		memcpy(p, &w[0], 8);
		if (klen > 4)
			memcpy(p + 8, &w[1], 8);
		return p + klen + 4;
	}
	p[0] = ',';
	p[1] = '"';
	memcpy(p + 2, key, klen);
	p[klen + 2] = '"';
	p[klen + 3] = ':';
	return p + klen + 4;
}

/* Zero when no byte of v needs an escape in a string: none is a control,
 * '"' or '\\' (bytes beyond ASCII never need one). Byte by byte exact: no
 * sum carries into the next byte. */
JSONW_INLINE uint64_t jsonw_escapes8(uint64_t v)
{
	const uint64_t low7 = 0x7F7F7F7F7F7F7F7FULL;
	uint64_t t = v & low7;
	/* t ^ 2 maps the controls onto themselves and '"' to 0x20, and
	 * nothing else below 0x21 (see jsonw_escapes16): one test for both */
	uint64_t ok = (((t ^ 0x0202020202020202ULL) + 0x5F5F5F5F5F5F5F5FULL) & /* t ^ 2 >= 0x21 */
		       ((t ^ 0x5C5C5C5C5C5C5C5CULL) + low7)) |                  /* t != '\\' */
		      v;                                                        /* or beyond ASCII */
	return ~ok & 0x8080808080808080ULL;
}

/* A string member. Most are short names and words with nothing to escape:
 * up to 16 bytes are checked as one or two words (overlapping when shorter
 * than both) and copied whole. Anything else goes through jsonw_put_strn. */
JSONW_INLINE void jsonw_strn(struct jsonw_rec *r, const char *key, const char *s, size_t n)
{
	size_t klen = strlen(key);
	if (n <= 16 && !r->ascii) {
		uint64_t a = 0, z = 0, hit = 0;
		if (n >= 8) {
			memcpy(&a, s, 8);
			memcpy(&z, s + n - 8, 8);
			hit = jsonw_escapes8(a) | jsonw_escapes8(z);
		} else if (n >= 4) {
			uint32_t a4, z4;
			memcpy(&a4, s, 4);
			memcpy(&z4, s + n - 4, 4);
			a = a4;
			z = z4;
			hit = jsonw_escapes8(a | z << 32);
		} else if (n) {
			/* the first, middle and last byte: all of them, for 1 to 3 */
			a = (uint64_t)(unsigned char)s[0] | (uint64_t)(unsigned char)s[n >> 1] << 8 |
			    (uint64_t)(unsigned char)s[n - 1] << 16;
			hit = jsonw_escapes8(a | 0x2020202020000000ULL);
		}
		if (!hit) {
			char *p = jsonw_key_at(jsonw_room(r, JSONW_KEYROOM(klen) + 18), key, klen);
			p[0] = '"';
			if (n >= 8) {
				memcpy(p + 1, &a, 8);
				memcpy(p + n - 7, &z, 8);
			} else if (n >= 4) {
				uint32_t a4 = (uint32_t)a, z4 = (uint32_t)z;
				memcpy(p + 1, &a4, 4);
				memcpy(p + n - 3, &z4, 4);
			} else if (n) {
				p[1] = (char)a;
				p[1 + (n >> 1)] = (char)(a >> 8);
				p[n] = (char)(a >> 16);
			}
			p[n + 1] = '"';
			r->p = p + n + 2;
			return;
		}
	}
	/* anything else: room for every byte escaped (a length beyond any
	 * buffer asks for all memory: the allocator's error) */
	size_t room = n <= SIZE_MAX / 8 ? JSONW_KEYROOM(klen) + 6 * n + 2 : SIZE_MAX;
	char *p = jsonw_key_at(jsonw_room(r, room), key, klen);
	r->p = jsonw_put_strn(r->w, p, s, n);
}

#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define JSONW_WORDS_LE 1 /* a word's first byte is its low byte; ctz is at hand */
#endif

#if defined(JSONW_WORDS_LE) && defined(__SSE2__) && !defined(CC_NO_SIMD)
#define JSONW_SSE2 1
#include <emmintrin.h>
/* A bit for each of v's sixteen bytes that needs an escape in a string
 * (as jsonw_escapes8: a control, '"' or '\\'), the first byte the low bit.
 * The controls and '"' are found by one unsigned compare: v ^ 2 maps the
 * controls 0x00-0x1F onto themselves (permuted) and '"' (0x22) to 0x20,
 * and nothing else below 0x21 (the space 0x20 goes to 0x22), so
 * v ^ 2 <= 0x20 is exactly "a control or '"'" (one instruction fewer than
 * testing them apart; the writer tests every string so). */
JSONW_INLINE unsigned jsonw_escapes16(__m128i v)
{
	__m128i x = _mm_xor_si128(v, _mm_set1_epi8(2));
	__m128i ctq = _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(0x20)), x); /* x <= 0x20 */
	__m128i bsl = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
	return (unsigned)_mm_movemask_epi8(_mm_or_si128(ctq, bsl));
}
#endif

/* A string member held in an array of cap bytes, all of them readable, with
 * its NUL among them (a fixed field of a struct): the NUL and any byte to
 * escape are found in one pass over whole words (with SSE2 sixteen bytes a
 * step, then eight; without, eight), each copied as it is checked, instead
 * of a strlen and then the check. The NUL is the first
 * byte flagged (it is a control) unless a byte to escape comes before it:
 * then, or with no NUL in whole words of the array, jsonw_strn does it. */
JSONW_INLINE void jsonw_strz(struct jsonw_rec *r, const char *key, const char *s, size_t cap)
{
#ifdef JSONW_WORDS_LE
	size_t klen = strlen(key);
	if (!r->ascii) {
		char *p = jsonw_key_at(jsonw_room(r, JSONW_KEYROOM(klen) + 1 + cap), key, klen);
		char *q = p + 1;
		p[0] = '"';
		size_t i = 0;
#ifdef JSONW_SSE2
		/* sixteen bytes a step: most strings end in the first, taken
		 * out of the loop (no step counted, no test of the bound: cap
		 * is a constant) */
		if (cap >= 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
			_mm_storeu_si128((__m128i *)(void *)q, v);
			unsigned hit = jsonw_escapes16(v);
			if (hit) {
				size_t n = (size_t)__builtin_ctz(hit);
				if (s[n] != '\0')
					goto slow;
				q[n] = '"';
				r->p = q + n + 1;
				return;
			}
			i = 16;
		}
		for (; i + 16 <= cap; i += 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
			_mm_storeu_si128((__m128i *)(void *)(q + i), v);
			unsigned hit = jsonw_escapes16(v);
			if (hit) {
				size_t n = i + (size_t)__builtin_ctz(hit);
				if (s[n] != '\0')
					goto slow;
				q[n] = '"';
				r->p = q + n + 1;
				return;
			}
		}
#endif
		for (; i + 8 <= cap; i += 8) {
			uint64_t v;
			memcpy(&v, s + i, 8);
			memcpy(q + i, &v, 8);
			uint64_t hit = jsonw_escapes8(v);
			if (hit) {
				size_t n = i + ((size_t)__builtin_ctzll(hit) >> 3);
				if (s[n] != '\0')
					break;
				q[n] = '"';
				r->p = q + n + 1;
				return;
			}
		}
	}
#ifdef JSONW_SSE2
slow:
#endif
#else
	(void)cap;
#endif
	jsonw_strn(r, key, s, strlen(s));
}

/* ,"key":s for a value rendered before: a literal (null, true, false) or a
 * string from jsonw_quote that many records share */
JSONW_INLINE void jsonw_raw(struct jsonw_rec *r, const char *key, const char *s, size_t n)
{
	size_t klen = strlen(key);
	char *p = jsonw_key_at(jsonw_room(r, JSONW_KEYROOM(klen) + n), key, klen);
	if (n >= 8 && n <= 16) { /* most: two overlapping words, no call */
		uint64_t a, z;
		memcpy(&a, s, 8);
		memcpy(&z, s + n - 8, 8);
		memcpy(p, &a, 8);
		memcpy(p + n - 8, &z, 8);
	} else if (n >= 4 && n < 8) {
		uint32_t a, z;
		memcpy(&a, s, 4);
		memcpy(&z, s + n - 4, 4);
		memcpy(p, &a, 4);
		memcpy(p + n - 4, &z, 4);
	} else {
		memcpy(p, s, n);
	}
	r->p = p + n;
}

/* Members rendered before, each with the ',' before its key (as the
 * member writers put it): s[0..n) copied as it is. s is readable for
 * JSONW_PADDING bytes beyond its n (a buffer kept with that much beyond its
 * end), and the copy asks for that room too (JSONW_ROOM_PADDED): up to 64
 * bytes (most) copied as four blocks of 16, up to 128 as eight, no call, no
 * loop. */
#define JSONW_PADDING 64
#define JSONW_ROOM_PADDED(n) ((n) + JSONW_PADDING)
JSONW_INLINE void jsonw_members_padded(struct jsonw_rec *r, const char *s, size_t n)
{
	char *p = jsonw_room(r, JSONW_ROOM_PADDED(n));
	if (n <= 64) {
		memcpy(p, s, 64); /* s is not the writer's: no overlap */
	} else if (n <= 128) {
		memcpy(p, s, 128); /* n + JSONW_PADDING >= 128 */
	} else {
		memcpy(p, s, n);
	}
	r->p = p + n;
}

/* Members rendered before (as jsonw_members_padded: hn bytes of h, readable
 * for JSONW_PADDING beyond) whose last is a string member left open
 * (...,"key":"), then s[0..n) as that string and its closing quote. The
 * bytes of s's buffer from lo up to s may be read too: with SSE2, a string
 * of up to 16 bytes with nothing to escape that ends 16 or more bytes after
 * lo is copied as the 16 bytes ending where it ends (one load and one store
 * whatever n is: no branch on its length), and the bytes that put before
 * its place (at most 16, all within the members) are then written again
 * from the members' last 16. Anything else goes through jsonw_put_strn.
 * Asks for JSONW_ROOM_OPEN_STR(hn, n) (the caller sees n < SIZE_MAX / 8). */
#define JSONW_ROOM_OPEN_STR(hn, n) (JSONW_ROOM_PADDED(hn) + 6 * (n) + 2)
JSONW_INLINE void jsonw_members_open_str(struct jsonw_rec *r, const char *h, size_t hn, const char *s,
					 size_t n, const char *lo)
{
	jsonw_members_padded(r, h, hn);
	char *q = jsonw_room(r, 6 * n + 2); /* where the string's bytes go */
#ifdef JSONW_SSE2
	if (!r->ascii && n <= 16 && hn >= 16 && (size_t)(s - lo) + n >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + n - 16));
		if (!(jsonw_escapes16(v) >> (16 - n))) { /* the string's bytes only */
			_mm_storeu_si128((__m128i *)(void *)(q + n - 16), v);
			__m128i t = _mm_loadu_si128((const __m128i *)(const void *)(h + hn - 16));
			_mm_storeu_si128((__m128i *)(void *)(q - 16), t);
			q[n] = '"';
			r->p = q + n + 1;
			return;
		}
	}
#else
	(void)lo;
#endif
	r->p = jsonw_put_strn(r->w, q - 1, s, n); /* its quote over the open one */
}

JSONW_INLINE void jsonw_null(struct jsonw_rec *r, const char *key)
{
	jsonw_raw(r, key, "null", 4);
}
JSONW_INLINE void jsonw_str(struct jsonw_rec *r, const char *key, const char *s) /* NULL: null */
{
	if (!s)
		jsonw_null(r, key);
	else
		jsonw_strn(r, key, s, strlen(s));
}
JSONW_INLINE void jsonw_bool(struct jsonw_rec *r, const char *key, bool v)
{
	if (v)
		jsonw_raw(r, key, "true", 4);
	else
		jsonw_raw(r, key, "false", 5);
}
#ifdef JSONW_WORDS_LE
/* v < 10^8 in decimal without a call or a loop: its eight digits (leading
 * zeros included) are worked out side by side in one word, halved twice
 * (two lanes of 10^4, four of 100, eight of 10, each by a multiply and a
 * shift exact over its range); the leading zeros are the word's low zero
 * bytes, shifted out. Writes 8 bytes at p; returns the end of the digits. */
JSONW_INLINE uint64_t jsonw_digits8(uint32_t v) /* the eight digits, each 0 to 9 */
{
	uint64_t x = v / 10000 | (uint64_t)(v % 10000) << 32;
	uint64_t y = ((x * 10486) >> 20) & 0x0000007F0000007FULL; /* x / 100 */
	x = y | (x - y * 100) << 16;
	y = ((x * 103) >> 10) & 0x000F000F000F000FULL; /* x / 10 */
	return y | (x - y * 10) << 8;
}
/* The digits jsonw_digits8 made, at p (8 bytes written): returns their end */
JSONW_INLINE char *jsonw_put_digits8_of(char *p, uint64_t x)
{
	/* the first digit is the low byte; 0 keeps its last digit */
	unsigned lz = (unsigned)__builtin_ctzll(x | 1ULL << 56) >> 3;
	x = (x >> (lz * 8)) | 0x3030303030303030ULL;
	memcpy(p, &x, 8);
	return p + 8 - lz;
}
JSONW_INLINE char *jsonw_put_digits8(char *p, uint32_t v)
{
	return jsonw_put_digits8_of(p, jsonw_digits8(v));
}
#define JSONW_DIGITS8 1

/* v < 10^4 the same way with one halving fewer: writes 4 bytes at p. */
JSONW_INLINE char *jsonw_put_digits4(char *p, uint32_t v)
{
	uint32_t x = v / 100 | (v % 100) << 16;
	uint32_t y = ((x * 103) >> 10) & 0x000F000FU; /* x / 10 */
	x = y | (x - y * 10) << 8;
	unsigned lz = (unsigned)__builtin_ctz(x | 1U << 24) >> 3;
	x = (x >> (lz * 8)) | 0x30303030U;
	memcpy(p, &x, 4);
	return p + 4 - lz;
}
#endif

JSONW_INLINE void jsonw_int(struct jsonw_rec *r, const char *key, int64_t v)
{
	size_t klen = strlen(key);
	char *p = jsonw_key_at(jsonw_room(r, JSONW_KEYROOM(klen) + 20), key, klen);
#ifdef JSONW_DIGITS8
	if ((uint64_t)v < 100000000) { /* offsets and counts */
		r->p = jsonw_put_digits8(p, (uint32_t)v);
		return;
	}
#endif
	r->p = jsonw_put_int(p, v);
}
#ifdef JSONW_SSE2
/* The eight digits of a and of b (each below 10^8) in jsonw_digits8's form,
 * a's the low eight bytes and b's the high, worked out side by side in one
 * register: both divided by 10^4 in one multiply, then each of the four
 * halves divided by 1000, 100, 10 and 1 in 16-bit lanes (a multiply by the
 * reciprocal, one by a power of two for the shift), less ten times the
 * lane before (Milo Yip's SSE2 itoa; test_jsonw checks jsonw_int2, which
 * uses it, against jsonw_int for every value below 10^6 and a stride of
 * values up to 10^8). */
JSONW_INLINE __m128i jsonw_digits8x2(uint32_t a, uint32_t b)
{
	__m128i v = _mm_set_epi32(0, (int)b, 0, (int)a);
	__m128i hi = _mm_srli_epi64(_mm_mul_epu32(v, _mm_set1_epi32((int)0xD1B71759)), 45); /* v / 10^4 */
	__m128i lo = _mm_sub_epi32(v, _mm_mul_epu32(hi, _mm_set1_epi32(10000)));           /* v % 10^4 */
	/* 32-bit lanes a / 10^4, a % 10^4, b / 10^4, b % 10^4, times 4; each
	 * then four times in 16-bit lanes */
	__m128i q = _mm_slli_epi32(_mm_or_si128(hi, _mm_slli_epi64(lo, 32)), 2);
	q = _mm_shufflelo_epi16(_mm_shufflehi_epi16(q, 0xA0), 0xA0);
	__m128i x0 = _mm_unpacklo_epi32(q, q), x1 = _mm_unpackhi_epi32(q, q);
	const __m128i div = _mm_set_epi16((short)32768, 13108, 5243, 8389, (short)32768, 13108, 5243, 8389);
	const __m128i sh = _mm_set_epi16((short)32768, 8192, 2048, 128, (short)32768, 8192, 2048, 128);
	x0 = _mm_mulhi_epu16(_mm_mulhi_epu16(x0, div), sh); /* the value / 1000, / 100, / 10, / 1 */
	x1 = _mm_mulhi_epu16(_mm_mulhi_epu16(x1, div), sh);
	x0 = _mm_sub_epi16(x0, _mm_slli_epi64(_mm_mullo_epi16(x0, _mm_set1_epi16(10)), 16));
	x1 = _mm_sub_epi16(x1, _mm_slli_epi64(_mm_mullo_epi16(x1, _mm_set1_epi16(10)), 16));
	return _mm_packus_epi16(x0, x1);
}
#endif

/* v below 10^6 at p from the writer's tables of small counts: the digits
 * of v / 1000 (none when 0), then those of v % 1000, three with leading
 * zeros when there were. Writes up to 8 bytes; returns the end of the
 * digits. */
JSONW_INLINE char *jsonw_put_small6(const struct jsonw *w, char *p, uint32_t v)
{
	_Static_assert(JSONW_SMALL_COUNTS == 1000, "v / 1000 and v % 1000 are small counts");
	uint32_t hi = v / 1000, lo = v % 1000;
	if (!hi) {
		memcpy(p, w->small[lo], 4);
		return p + w->small[lo][3];
	}
	memcpy(p, w->small[hi], 4);
	p += w->small[hi][3];
	memcpy(p, w->small3[lo], 4);
	return p + 3;
}

/* Two int members in a row, each mostly below 10^6 (a span's start and
 * end): those from the writer's tables (jsonw_put_small6), others below
 * 10^8 with SSE2 the digits of both made at once (jsonw_digits8x2); room
 * as two jsonw_int. */
JSONW_INLINE void jsonw_int2(struct jsonw_rec *r, const char *key1, int64_t v1, const char *key2, int64_t v2)
{
	if ((uint64_t)v1 < 1000000 && (uint64_t)v2 < 1000000) {
		size_t klen1 = strlen(key1), klen2 = strlen(key2);
		char *p = jsonw_room(r, JSONW_KEYROOM(klen1) + 20 + JSONW_KEYROOM(klen2) + 20);
		p = jsonw_put_small6(r->w, jsonw_key_at(p, key1, klen1), (uint32_t)v1);
		r->p = jsonw_put_small6(r->w, jsonw_key_at(p, key2, klen2), (uint32_t)v2);
		return;
	}
#ifdef JSONW_SSE2
	if ((uint64_t)v1 < 100000000 && (uint64_t)v2 < 100000000) {
		size_t klen1 = strlen(key1), klen2 = strlen(key2);
		uint64_t x[2];
		_mm_storeu_si128((__m128i *)(void *)x, jsonw_digits8x2((uint32_t)v1, (uint32_t)v2));
		char *p = jsonw_room(r, JSONW_KEYROOM(klen1) + 20 + JSONW_KEYROOM(klen2) + 20);
		p = jsonw_put_digits8_of(jsonw_key_at(p, key1, klen1), x[0]);
		r->p = jsonw_put_digits8_of(jsonw_key_at(p, key2, klen2), x[1]);
		return;
	}
#endif
	jsonw_int(r, key1, v1);
	jsonw_int(r, key2, v2);
}

/* An int member that is mostly small (a sentence's index): below
 * JSONW_SMALL_COUNTS copied from the digits the writer made when it was
 * made (four bytes: the bytes beyond the digits are overwritten by what
 * follows), below 10^4 rendered with less work; room as jsonw_int. */
JSONW_INLINE void jsonw_count(struct jsonw_rec *r, const char *key, int64_t v)
{
	if ((uint64_t)v < JSONW_SMALL_COUNTS) {
		size_t klen = strlen(key);
		char *p = jsonw_key_at(jsonw_room(r, JSONW_KEYROOM(klen) + 20), key, klen);
		const char *d = r->w->small[v];
		memcpy(p, d, 4);
		r->p = p + d[3];
		return;
	}
#ifdef JSONW_DIGITS8
	if ((uint64_t)v < 10000) {
		size_t klen = strlen(key);
		char *p = jsonw_key_at(jsonw_room(r, JSONW_KEYROOM(klen) + 20), key, klen);
		r->p = jsonw_put_digits4(p, (uint32_t)v);
		return;
	}
#endif
	jsonw_int(r, key, v);
}
JSONW_INLINE void jsonw_real(struct jsonw_rec *r, const char *key, double v)
{
	size_t klen = strlen(key);
	char *p = jsonw_key_at(jsonw_room(r, JSONW_KEYROOM(klen) + 32), key, klen);
	/* most: a whole number from 1 to 10^6, as jsonw_put_real writes it,
	 * without the call */
	if (v >= 1 && v < 1000000 && v == (double)(uint32_t)v) {
		p = jsonw_put_small6(r->w, p, (uint32_t)v);
		memcpy(p, ".0", 2);
		r->p = p + 2;
		return;
	}
	r->p = jsonw_put_real(r->w, p, v);
}

/* s[0..n) as a quoted JSON string appended to out, for jsonw_raw. */
void jsonw_quote(const struct jsonw *w, struct buf *out, const char *s, size_t n);

#endif
