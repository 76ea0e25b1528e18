/* text: UTF-8 validation, canonicalisation (BOM, CRLF, terminal controls,
 * NFC) and sanitising.
 * Owns the one definition of "unsafe for a terminal"; ui/draw and the CLI
 * both go through text_sanitize. Never prints, never touches the store.
 * UTF-8 well-formedness is checked here (ASCII many bytes a step) by the
 * rules libunistring's u8_check applies, naming the same byte; a unit test
 * compares the two. Normalisation itself is libunistring's. */
#include "config.h"

#include "text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>
#include <uniwidth.h>

#if defined(__SSE2__) && !defined(CC_NO_SIMD)
#include <emmintrin.h>
#endif

/* The end of the run of ASCII bytes that starts at i (at most len): with
 * SSE2 (every x86-64; not when built with -DCC_NO_SIMD) 64 bytes a step
 * and then 16 with the exact byte from a bit mask, elsewhere 32 bytes a
 * step as four integers; the rest byte by byte. */
static size_t ascii_span_end(const uint8_t *p, size_t i, size_t len)
{
#if defined(__SSE2__) && !defined(CC_NO_SIMD)
	while (i + 64 <= len) {
		__m128i a = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
		__m128i b = _mm_loadu_si128((const __m128i *)(const void *)(p + i + 16));
		__m128i c = _mm_loadu_si128((const __m128i *)(const void *)(p + i + 32));
		__m128i d = _mm_loadu_si128((const __m128i *)(const void *)(p + i + 48));
		if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d))))
			break;
		i += 64;
	}
	while (i + 16 <= len) {
		unsigned m = (unsigned)_mm_movemask_epi8(
			_mm_loadu_si128((const __m128i *)(const void *)(p + i)));
		if (m)
			return i + (size_t)__builtin_ctz(m);
		i += 16;
	}
#else
	while (i + 32 <= len) {
		uint64_t a, b, c, d;
		memcpy(&a, p + i, 8);
		memcpy(&b, p + i + 8, 8);
		memcpy(&c, p + i + 16, 8);
		memcpy(&d, p + i + 24, 8);
		if ((a | b | c | d) & 0x8080808080808080ULL)
			break;
		i += 32;
	}
#endif
	while (i < len && p[i] < 0x80)
		i++;
	return i;
}

/* ascii_span_end that also copies what it passes over: p[i, end) goes to
 * d[0, end - i). The SIMD steps store whole blocks before they look at
 * them, so up to 63 bytes past the span's copy are written too: d must have
 * room for len - i bytes (the caller overwrites what follows the span). */
static size_t ascii_copy_end(const uint8_t *p, size_t i, size_t len, uint8_t *d)
{
	const size_t i0 = i; /* d[k - i0] is where p[k] goes */
#if defined(__SSE2__) && !defined(CC_NO_SIMD)
	while (i + 64 <= len) {
		__m128i a = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
		__m128i b = _mm_loadu_si128((const __m128i *)(const void *)(p + i + 16));
		__m128i c = _mm_loadu_si128((const __m128i *)(const void *)(p + i + 32));
		__m128i e = _mm_loadu_si128((const __m128i *)(const void *)(p + i + 48));
		_mm_storeu_si128((__m128i *)(void *)(d + (i - i0)), a);
		_mm_storeu_si128((__m128i *)(void *)(d + (i - i0) + 16), b);
		_mm_storeu_si128((__m128i *)(void *)(d + (i - i0) + 32), c);
		_mm_storeu_si128((__m128i *)(void *)(d + (i - i0) + 48), e);
		if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, e))))
			break;
		i += 64;
	}
	while (i + 16 <= len) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
		_mm_storeu_si128((__m128i *)(void *)(d + (i - i0)), v);
		unsigned m = (unsigned)_mm_movemask_epi8(v);
		if (m)
			return i + (size_t)__builtin_ctz(m);
		i += 16;
	}
#else
	while (i + 32 <= len) {
		uint64_t a, b, c, e;
		memcpy(&a, p + i, 8);
		memcpy(&b, p + i + 8, 8);
		memcpy(&c, p + i + 16, 8);
		memcpy(&e, p + i + 24, 8);
		if ((a | b | c | e) & 0x8080808080808080ULL)
			break;
		memcpy(d + (i - i0), p + i, 32);
		i += 32;
	}
#endif
	while (i < len && p[i] < 0x80) {
		d[i - i0] = p[i];
		i++;
	}
	return i;
}

/* ascii_copy_end for the first pass over raw bytes: it also stops at the
 * bytes that pass must look at, every byte outside 0x20..0x7E but '\n'
 * (non-ASCII, NUL, CR, tab, the other C0 controls and DEL). So one pass
 * copies the text and finds what the separate searches for NUL, CR and
 * controls would (text_canonicalize). The same room rule as ascii_copy_end:
 * d must have room for len - i bytes. */
static size_t clean_copy_end(const uint8_t *p, size_t i, size_t len, uint8_t *d)
{
	const size_t i0 = i; /* d[k - i0] is where p[k] goes */
#if defined(__SSE2__) && !defined(CC_NO_SIMD)
	/* a byte is plain when it is ASCII printable (0x20..0x7E) or '\n'.
	 * The range in one signed compare: b + 0x60 (mod 256) moves
	 * 0x20..0x7E to 0x80..0xDE, the signed bytes below -33 (0xDF), and
	 * every other byte to -33 or above */
	const __m128i shift = _mm_set1_epi8(0x60), edge = _mm_set1_epi8(-33), nl = _mm_set1_epi8('\n');
#define CC_PLAIN16(v)                                                                        \
	_mm_or_si128(_mm_cmplt_epi8(_mm_add_epi8(v, shift), edge), _mm_cmpeq_epi8(v, nl))
	while (i + 64 <= len) {
		__m128i a = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
		__m128i b = _mm_loadu_si128((const __m128i *)(const void *)(p + i + 16));
		__m128i c = _mm_loadu_si128((const __m128i *)(const void *)(p + i + 32));
		__m128i e = _mm_loadu_si128((const __m128i *)(const void *)(p + i + 48));
		_mm_storeu_si128((__m128i *)(void *)(d + (i - i0)), a);
		_mm_storeu_si128((__m128i *)(void *)(d + (i - i0) + 16), b);
		_mm_storeu_si128((__m128i *)(void *)(d + (i - i0) + 32), c);
		_mm_storeu_si128((__m128i *)(void *)(d + (i - i0) + 48), e);
		__m128i ok = _mm_and_si128(_mm_and_si128(CC_PLAIN16(a), CC_PLAIN16(b)),
					   _mm_and_si128(CC_PLAIN16(c), CC_PLAIN16(e)));
		if (_mm_movemask_epi8(ok) != 0xFFFF)
			break;
		i += 64;
	}
	while (i + 16 <= len) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
		_mm_storeu_si128((__m128i *)(void *)(d + (i - i0)), v);
		unsigned m = ~(unsigned)_mm_movemask_epi8(CC_PLAIN16(v)) & 0xFFFFu;
		if (m)
			return i + (size_t)__builtin_ctz(m);
		i += 16;
	}
#undef CC_PLAIN16
#endif
	while (i < len && ((p[i] >= 0x20 && p[i] < 0x7F) || p[i] == '\n')) {
		d[i - i0] = p[i];
		i++;
	}
	return i;
}

/* The length of the well-formed multibyte UTF-8 sequence at p[i] (p[i] is
 * not ASCII, i < len), or 0 when it is invalid or incomplete: the rules
 * libunistring's u8_check applies. */
static size_t utf8_seq_len(const uint8_t *p, size_t i, size_t len)
{
	uint8_t c = p[i];
	size_t rest = len - i;
	if (c >= 0xC2 && c < 0xE0) {
		if (rest >= 2 && (p[i + 1] ^ 0x80) < 0x40)
			return 2;
	} else if (c >= 0xE0 && c < 0xF0) {
		if (rest >= 3 && (p[i + 1] ^ 0x80) < 0x40 && (p[i + 2] ^ 0x80) < 0x40 &&
		    (c >= 0xE1 || p[i + 1] >= 0xA0) && (c != 0xED || p[i + 1] < 0xA0))
			return 3;
	} else if (c >= 0xF0 && c < 0xF8) {
		if (rest >= 4 && (p[i + 1] ^ 0x80) < 0x40 && (p[i + 2] ^ 0x80) < 0x40 &&
		    (p[i + 3] ^ 0x80) < 0x40 && (c >= 0xF1 || p[i + 1] >= 0x90) &&
		    (c < 0xF4 || (c == 0xF4 && p[i + 1] < 0x90)))
			return 4;
	}
	return 0;
}

/* The offset of the first byte that does not start a well-formed UTF-8
 * sequence (the same byte libunistring's u8_check names), or len. ASCII,
 * nearly all of an article, is passed over many bytes at a time. */
static size_t utf8_bad_offset(const uint8_t *p, size_t len)
{
	size_t i = 0;
	for (;;) {
		i = ascii_span_end(p, i, len);
		if (i >= len)
			return len;
		/* one multibyte character, checked as u8_check does */
		size_t k = utf8_seq_len(p, i, len);
		if (!k)
			return i; /* invalid or incomplete */
		i += k;
	}
}

/* The line (from 1) of byte off: one more than the newlines before it. */
static size_t line_of(const uint8_t *p, size_t off)
{
	size_t line = 1;
	for (size_t i = 0; i < off; i++)
		if (p[i] == '\n')
			line++;
	return line;
}

/* The byte (from 1) within its line of byte off: what an editor's byte
 * column shows. */
static size_t column_of(const uint8_t *p, size_t off)
{
	size_t i = off;
	while (i > 0 && p[i - 1] != '\n')
		i--;
	return off - i + 1;
}

bool text_utf8_valid(const char *s, size_t len, size_t *bad_off, size_t *bad_line)
{
	const uint8_t *p = (const uint8_t *)s;
	size_t off = utf8_bad_offset(p, len);
	if (off == len)
		return true;
	if (bad_off)
		*bad_off = off;
	if (bad_line)
		*bad_line = line_of(p, off);
	return false;
}

bool text_tag_is_word(const char *s, size_t n)
{
	if (!s || n == 0 || n > 64)
		return false;
	const uint8_t *p = (const uint8_t *)s, *end = p + n;
	bool word = false;
	while (p < end) {
		ucs4_t c;
		int k = u8_mbtouc(&c, p, (size_t)(end - p));
		if (k <= 0 || c == 0xFFFD || c == ',' || uc_is_cntrl(c) ||
		    uc_is_property_bidi_control(c))
			return false;
		word |= uc_is_alnum(c);
		p += k;
	}
	return word;
}

/* Looks for UTF-16 without a BOM: ASCII text in UTF-16 has a NUL in every
 * other byte. Returns 'l' for little-endian, 'b' for big-endian, 0 if not. */
static int sniff_utf16(const uint8_t *p, size_t len)
{
	if (len >= 2 && p[0] == 0xFF && p[1] == 0xFE)
		return 'l';
	if (len >= 2 && p[0] == 0xFE && p[1] == 0xFF)
		return 'b';
	size_t n = len < 4096 ? len : 4096;
	size_t even = 0, odd = 0;
	size_t i = 0;
	/* a pair counts only with a NUL in it: eight bytes without one are
	 * passed over whole */
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, p + i, 8);
		if (!((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL))
			continue;
		for (size_t k = i; k < i + 8; k += 2) {
			if (p[k] == 0 && p[k + 1] != 0)
				even++;
			if (p[k + 1] == 0 && p[k] != 0)
				odd++;
		}
	}
	for (; i + 1 < n; i += 2) {
		if (p[i] == 0 && p[i + 1] != 0)
			even++;
		if (p[i + 1] == 0 && p[i] != 0)
			odd++;
	}
	if (n >= 4 && odd * 10 >= (n / 2) * 8)
		return 'l';
	if (n >= 4 && even * 10 >= (n / 2) * 8)
		return 'b';
	return 0;
}

bool text_is_blank(const char *s, size_t len)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + len;
	while (p < end) {
		ucs4_t c;
		int n = u8_mbtouc(&c, p, (size_t)(end - p));
		if (n <= 0)
			return false;
		if (!uc_is_space(c) && !uc_is_property_white_space(c) &&
		    !uc_is_property_default_ignorable_code_point(c))
			return false;
		p += n;
	}
	return true;
}

/* Runs already known to be in NFC, so that the common ones (a quote, a
 * dash, an accented letter after the same ASCII character) are normalised
 * once per text, not once per occurrence. A memo of u8_normalize's answers,
 * nothing more: an entry is only made after libunistring said the run is
 * unchanged. Lives on the caller's stack. */
enum { NFC_MEMO_SLOTS = 64, NFC_MEMO_BYTES = 15 };
struct nfc_memo {
	struct {
		uint8_t len; /* 0: empty slot */
		uint8_t b[NFC_MEMO_BYTES];
	} slot[NFC_MEMO_SLOTS];
};

static size_t nfc_memo_slot(const uint8_t *r, size_t n)
{
	uint32_t h = (uint32_t)n * 0x9E3779B1u;
	for (size_t k = 0; k < n; k++)
		h = (h ^ r[k]) * 0x01000193u;
	return (h >> 16) % NFC_MEMO_SLOTS;
}

/* Whether the non-ASCII run r[0..n) is made only of U+0080..U+00FF
 * (Latin-1: accented letters, the no-break space) and U+2002..U+205F
 * (General Punctuation: dashes, curly quotes, the ellipsis), written
 * well-formed. Each of those is a starter (combining class 0) that NFC
 * leaves alone and that composes with no character before or after it,
 * ASCII or from the same sets (a unit test asks libunistring about every
 * such pair), so the run and the ASCII character before it are NFC as
 * they stand. U+2000 and U+2001 are left out: NFC maps them to U+2002 and
 * U+2003. */
static bool nfc_plain_run(const uint8_t *r, size_t n)
{
	size_t k = 0;
	while (k < n) {
		uint8_t b = r[k];
		if (b == 0xC2 || b == 0xC3) {
			if (n - k < 2 || (r[k + 1] & 0xC0) != 0x80)
				return false;
			k += 2;
		} else if (b == 0xE2) {
			if (n - k < 3)
				return false;
			uint8_t b1 = r[k + 1], b2 = r[k + 2];
			if (!((b1 == 0x80 && b2 >= 0x82 && b2 <= 0xBF) ||
			      (b1 == 0x81 && b2 >= 0x80 && b2 <= 0x9F)))
				return false;
			k += 3;
		} else {
			return false;
		}
	}
	return true;
}

/* How nfc_runs treats its input: valid UTF-8 as given (TRUSTED); checked
 * UTF-8 (CHECK); or raw bytes (CLEAN), checked and also given up on at the
 * first NUL, CR, control or DEL (C0 but tab and LF, C1 as C2 80..C2 9F):
 * *bad is then NFC_NOT_CLEAN and the caller takes its separate passes. */
enum nfc_mode { NFC_TRUSTED, NFC_CHECK, NFC_CLEAN };
#define NFC_NOT_CLEAN (SIZE_MAX - 1)

/* NFC of UTF-8, normalising only what can change: ASCII is NFC and an
 * ASCII character followed by another is a boundary no composition crosses,
 * so each run of non-ASCII bytes is normalised together with the character
 * before it (its possible starter) and the rest is copied. Returns a newly
 * allocated NUL-terminated string, or NULL when libunistring fails (*bad
 * SIZE_MAX) or, with NFC_CHECK, at the first byte utf8_bad_offset would
 * name (*bad that offset; the runs before it were checked the same way and
 * ASCII is well-formed, so it is the first in the text), or with NFC_CLEAN
 * at the first byte of an invalid sequence or of a control (*bad
 * NFC_NOT_CLEAN). With NFC_TRUSTED the text must be valid. A run's bytes decide its validity alone (the bytes around
 * it are ASCII), so a run the memo knows is not checked again. A run of
 * Latin-1 and General Punctuation characters (nfc_plain_run: quotes,
 * dashes, accented letters) is copied without asking libunistring or the
 * memo. The text is copied as it is scanned (one pass over the bytes, not
 * a scan and then a copy): the output always has room for the rest of the
 * input as it stands, and a run that NFC changes replaces its copy. */
static char *nfc_runs(const char *t, size_t n, size_t *out_len, enum nfc_mode mode, size_t *bad)
{
	bool check = mode != NFC_TRUSTED, clean = mode == NFC_CLEAN;
	*bad = SIZE_MAX;
	struct nfc_memo memo;
	memset(&memo, 0, sizeof memo);
	const uint8_t *p = (const uint8_t *)t;
	struct buf b;
	buf_init(&b);
	buf_reserve(&b, n);
	uint8_t *d = (uint8_t *)b.data;
	size_t o = 0; /* bytes written to d */
	size_t i = 0;
	/* invariant: d has room for o + (n - i) bytes and the NUL */
	while (i < n) {
		size_t a = i;
		i = clean ? clean_copy_end(p, i, n, d + o) : ascii_copy_end(p, i, n, d + o);
		o += i - a;
		if (i == n)
			break;
		if (p[i] < 0x80) {
			/* (clean_copy_end's stops only) a tab is text; any other
			 * control is the separate passes' to deal with */
			if (p[i] != '\t') {
				buf_free(&b);
				*bad = NFC_NOT_CLEAN;
				return NULL;
			}
			d[o++] = p[i++];
			continue;
		}
		/* t[i] starts a non-ASCII run; the ASCII character before it may
		 * be its starter, so it goes with the run */
		size_t rs = (i > 0 && p[i - 1] < 0x80) ? i - 1 : i, run = i;
		while (i < n && p[i] >= 0x80)
			d[o++] = p[i++];
		if (clean) {
			/* a C1 control (C2 80..C2 9F) */
			for (size_t k = run; k + 1 < i; k++)
				if (p[k] == 0xC2 && p[k + 1] < 0xA0) {
					buf_free(&b);
					*bad = NFC_NOT_CLEAN;
					return NULL;
				}
		}
		if (nfc_plain_run(p + run, i - run))
			continue; /* NFC as it stands, and well-formed */
		const uint8_t *r = p + rs;
		size_t rl = i - rs;
		size_t slot = 0;
		if (rl <= NFC_MEMO_BYTES) {
			slot = nfc_memo_slot(r, rl);
			if (memo.slot[slot].len == rl && memcmp(memo.slot[slot].b, r, rl) == 0)
				continue; /* known to be NFC already */
		}
		if (check) {
			for (size_t k = run; k < i;) {
				size_t sl = utf8_seq_len(p, k, n);
				if (!sl) {
					buf_free(&b);
					*bad = clean ? NFC_NOT_CLEAN : k;
					return NULL;
				}
				k += sl;
			}
		}
		size_t nl = 0;
		uint8_t *nfc = u8_normalize(UNINORM_NFC, r, rl, NULL, &nl);
		if (!nfc) {
			buf_free(&b);
			return NULL;
		}
		if (nl != rl || memcmp(nfc, r, rl) != 0) {
			/* the run's copy (from its starter on) gives way to its NFC */
			b.len = o - rl;
			buf_add(&b, nfc, nl);
			buf_reserve(&b, n - i);
			d = (uint8_t *)b.data;
			o = b.len;
		} else if (rl <= NFC_MEMO_BYTES) {
			memo.slot[slot].len = (uint8_t)rl;
			memcpy(memo.slot[slot].b, r, rl);
		}
		free(nfc);
	}
	b.len = o;
	b.data[o] = '\0';
	*out_len = o;
	return buf_steal(&b);
}

/* Terminal controls in an article are no text: a reader's terminal or page
 * showed nothing for them. has_controls says whether the text holds any
 * (a C0 control but tab, LF and CR, DEL, or a C1 control U+0080..U+009F,
 * C2 80..C2 9F in UTF-8); strip_controls then copies the text without them:
 * - an escape sequence goes whole: CSI (ESC [ or U+009B, parameter and
 *   intermediate bytes, a final byte 0x40..0x7E), a string (OSC ESC ],
 *   DCS ESC P, SOS ESC X, PM ESC ^, APC ESC _ or their C1 forms) up to its
 *   terminator (BEL, ESC \ or U+009C) or the end of the line, and any other
 *   ESC with its intermediate bytes (0x20..0x2F) and final byte
 *   (0x30..0x7E); a lone ESC goes alone;
 * - any other control becomes a space (it may stand between two words).
 * The text is valid UTF-8 and has LF line ends when this runs. */
static bool controls_in(const uint8_t *p, size_t i, size_t end, size_t n)
{
	for (; i < end; i++) {
		uint8_t c = p[i];
		if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7F ||
		    (c == 0xC2 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] < 0xA0))
			return true;
	}
	return false;
}

/* With SSE2 32 bytes a step, a candidate (a C0 control other than tab
 * and line ends, DEL, or a 0xC2 lead byte, most of which start no C1
 * control but a no-break space or a pound sign) marked by compares
 * alone; elsewhere 64 bytes a step with no branch on each. A block with a
 * candidate is looked at byte by byte. */
static bool has_controls(const uint8_t *p, size_t n)
{
	size_t i = 0;
#if defined(__SSE2__) && !defined(CC_NO_SIMD)
	const __m128i top = _mm_set1_epi8(0x1F);
	const __m128i lf = _mm_set1_epi8('\n'), tab = _mm_set1_epi8('\t'), cr = _mm_set1_epi8('\r');
	const __m128i del = _mm_set1_epi8(0x7F), c2 = _mm_set1_epi8((char)0xC2);
/* the candidates among 16 bytes: v <= 0x1F (unsigned: its minimum with
 * 0x1F is itself) but not a tab or a line end, DEL, 0xC2 */
#define CC_CTRL16(v)                                                                               \
	_mm_or_si128(_mm_andnot_si128(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, lf),             \
								_mm_cmpeq_epi8(v, tab)),           \
						   _mm_cmpeq_epi8(v, cr)),                         \
				      _mm_cmpeq_epi8(_mm_min_epu8(v, top), v)),                    \
		     _mm_or_si128(_mm_cmpeq_epi8(v, del), _mm_cmpeq_epi8(v, c2)))
	for (; i + 32 <= n; i += 32) {
		__m128i a = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
		__m128i b = _mm_loadu_si128((const __m128i *)(const void *)(p + i + 16));
		if (_mm_movemask_epi8(_mm_or_si128(CC_CTRL16(a), CC_CTRL16(b))) &&
		    controls_in(p, i, i + 32, n))
			return true;
	}
#undef CC_CTRL16
#endif
	for (; i + 64 <= n; i += 64) {
		unsigned acc = 0;
		for (size_t j = 0; j < 64; j++) {
			uint8_t c = p[i + j];
			acc |= (unsigned)((c < 0x20) & (c != '\n') & (c != '\t') & (c != '\r')) |
			       (unsigned)(c == 0x7F) | (unsigned)(c == 0xC2);
		}
		if (acc && controls_in(p, i, i + 64, n))
			return true;
	}
	return controls_in(p, i, n, n);
}

/* The C1 control at p[i] (C2 xx), or 0 */
static unsigned c1_at(const uint8_t *p, size_t i, size_t n)
{
	return p[i] == 0xC2 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] < 0xA0 ? p[i + 1] : 0;
}

/* The end of a control string whose body starts at i: past its
 * terminator, or at the LF that ends the line (kept), or at n. */
static size_t string_end(const uint8_t *p, size_t i, size_t n)
{
	while (i < n && p[i] != '\n') {
		if (p[i] == 0x07)
			return i + 1;
		if (p[i] == 0x1B && i + 1 < n && p[i + 1] == '\\')
			return i + 2;
		if (c1_at(p, i, n) == 0x9C)
			return i + 2;
		i++;
	}
	return i;
}

/* The end of a CSI sequence whose parameters start at i */
static size_t csi_end(const uint8_t *p, size_t i, size_t n)
{
	while (i < n && p[i] >= 0x30 && p[i] <= 0x3F)
		i++;
	while (i < n && p[i] >= 0x20 && p[i] <= 0x2F)
		i++;
	if (i < n && p[i] >= 0x40 && p[i] <= 0x7E)
		i++;
	return i;
}

static char *strip_controls(const char *t, size_t n, size_t *out_len)
{
	const uint8_t *p = (const uint8_t *)t;
	char *o = xmalloc(n + 1);
	size_t k = 0;
	for (size_t i = 0; i < n;) {
		uint8_t c = p[i];
		unsigned c1 = c1_at(p, i, n);
		if (c == 0x1B) {
			uint8_t f = i + 1 < n ? p[i + 1] : 0;
			if (f == '[')
				i = csi_end(p, i + 2, n);
			else if (f == ']' || f == 'P' || f == 'X' || f == '^' || f == '_')
				i = string_end(p, i + 2, n);
			else if (f >= 0x20 && f <= 0x7E) {
				size_t j = i + 1;
				while (j < n && p[j] >= 0x20 && p[j] <= 0x2F)
					j++;
				i = j < n && p[j] >= 0x30 && p[j] <= 0x7E ? j + 1 : i + 1;
			} else
				i++;
		} else if (c1 == 0x9B) {
			i = csi_end(p, i + 2, n);
		} else if (c1 == 0x9D || c1 == 0x90 || c1 == 0x98 || c1 == 0x9E || c1 == 0x9F) {
			i = string_end(p, i + 2, n);
		} else if (c1) {
			o[k++] = ' ';
			i += 2;
		} else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
			o[k++] = ' ';
			i++;
		} else {
			o[k++] = (char)c;
			i++;
		}
	}
	o[k] = '\0';
	*out_len = k;
	return o;
}

enum cc_status text_canonicalize(const char *raw, size_t len, const char *label,
				 char **out, size_t *out_len, struct cc_err *err)
{
	const uint8_t *p = (const uint8_t *)raw;
	*out = NULL;
	*out_len = 0;

	int u16 = sniff_utf16(p, len);
	if (u16)
		return cc_err_set(err, CC_ERR_INPUT,
				  "%s: looks like UTF-16 (%s-endian), not UTF-8; convert it first, "
				  "e.g. iconv -f UTF-16 -t UTF-8",
				  label, u16 == 'l' ? "little" : "big");
	size_t skip = 0;
	if (len >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
		skip = 3;
	const char *src = raw + skip;
	size_t n = len - skip;
	/* Nearly every text has no NUL, CR or control and is valid UTF-8: one
	 * pass copies, checks and normalises it. A text it gives up on, or a
	 * blank one, takes the passes below (and their messages, in their
	 * order), from the start. */
	{
		size_t bad;
		char *res = nfc_runs(src, n, out_len, NFC_CLEAN, &bad);
		if (res && !text_is_blank(src, n)) {
			*out = res;
			return CC_OK;
		}
		free(res);
		*out_len = 0;
	}
	const void *nul = memchr(p, 0, len);
	if (nul) {
		size_t off = (size_t)((const uint8_t *)nul - p);
		size_t line = 1;
		for (size_t i = 0; i < off; i++)
			line += p[i] == '\n';
		return cc_err_set(err, CC_ERR_INPUT,
				  "%s: line %zu, byte %zu of the line (offset %zu in the file): NUL byte: "
				  "this looks like binary data, not a text article",
				  label, line, column_of(p, off), off);
	}
	const uint8_t *cr = memchr(p + skip, '\r', len - skip);
	bool ctl = has_controls(p + skip, len - skip);
	if (!cr && !ctl) {
		/* No CR and no control (the pass above found invalid UTF-8 or a
		 * blank text): one pass checks the UTF-8 and normalises (the
		 * non-ASCII runs it stops at are those the check looks at); the
		 * errors come in the order of the passes below. */
		size_t bad;
		char *res = nfc_runs(src, n, out_len, NFC_CHECK, &bad);
		if (!res && bad != SIZE_MAX)
			return cc_err_set(err, CC_ERR_INPUT,
					  "%s: line %zu, byte %zu of the line (offset %zu in the file): invalid "
					  "UTF-8 (byte 0x%02X); crosscheck reads UTF-8 text only",
					  label, line_of(p + skip, bad), column_of(p + skip, bad), bad + skip,
					  p[bad + skip]);
		if (res && !text_is_blank(src, n)) {
			*out = res;
			return CC_OK;
		}
		free(res);
		*out_len = 0;
		/* blank, or libunistring failed: the passes below answer */
	}
	size_t bad_off, bad_line;
	if (!text_utf8_valid(raw + skip, len - skip, &bad_off, &bad_line))
		return cc_err_set(err, CC_ERR_INPUT,
				  "%s: line %zu, byte %zu of the line (offset %zu in the file): invalid "
				  "UTF-8 (byte 0x%02X); crosscheck reads UTF-8 text only",
				  label, bad_line, column_of(p + skip, bad_off), bad_off + skip,
				  p[bad_off + skip]);

	/* CRLF and CR -> LF into a copy */
	char *lf = NULL;
	if (cr) {
		lf = xmalloc(len - skip + 1);
		n = (size_t)(cr - (p + skip));
		memcpy(lf, p + skip, n);
		for (size_t i = (size_t)(cr - p); i < len; i++) {
			if (p[i] == '\r') {
				lf[n++] = '\n';
				if (i + 1 < len && p[i + 1] == '\n')
					i++;
			} else {
				lf[n++] = (char)p[i];
			}
		}
		lf[n] = '\0';
		src = lf;
	}
	if (ctl) {
		char *st = strip_controls(src, n, &n);
		free(lf);
		src = lf = st;
	}
	if (text_is_blank(src, n)) {
		free(lf);
		return cc_err_set(err, CC_ERR_INPUT, "%s: %s", label,
				  n ? "holds only blank lines: nothing to read" :
				      "is empty: nothing to read");
	}

	size_t bad;
	char *res = nfc_runs(src, n, out_len, NFC_TRUSTED, &bad);
	free(lf);
	if (!res)
		return cc_err_set(err, CC_ERR_INPUT, "%s: cannot normalise the text to NFC", label);
	*out = res;
	return CC_OK;
}

bool text_is_unsafe_cp(unsigned int cp)
{
	if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
		return true;
	/* bidi embeddings, overrides, isolates and marks that reorder text */
	if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
	    cp == 0x200E || cp == 0x200F || cp == 0x061C)
		return true;
	/* line and paragraph separators would move the cursor on some terminals */
	if (cp == 0x2028 || cp == 0x2029)
		return true;
	return false;
}

static void add_cp(struct buf *out, ucs4_t c)
{
	uint8_t tmp[6];
	int n = u8_uctomb(tmp, c, (int)sizeof tmp);
	if (n > 0)
		buf_add(out, tmp, (size_t)n);
}

void text_sanitize(const char *s, size_t len, bool keep_newlines, struct buf *out)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + len;
	buf_reserve(out, len);
	while (p < end) {
		ucs4_t c;
		int n = u8_mbtouc(&c, p, (size_t)(end - p));
		if (n <= 0)
			n = 1;
		if (c == 0xFFFD && !(p + 2 < end && p[0] == 0xEF && p[1] == 0xBF && p[2] == 0xBD)) {
			add_cp(out, 0xFFFD); /* an invalid sequence */
		} else if (c == '\n') {
			if (keep_newlines)
				buf_addc(out, '\n');
			else
				buf_addc(out, ' ');
		} else if (c == '\t') {
			buf_addc(out, ' ');
		} else if (c < 0x20) {
			add_cp(out, 0x2400 + c); /* ␛ for ESC, ␇ for BEL, ... */
		} else if (c == 0x7F) {
			add_cp(out, 0x2421);
		} else if (text_is_unsafe_cp(c)) {
			add_cp(out, 0xFFFD);
		} else {
			buf_add(out, p, (size_t)n);
		}
		p += n;
	}
}

size_t text_width(const char *s, size_t len)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + len;
	size_t w = 0;
	while (p < end) {
		ucs4_t c;
		int n = u8_mbtouc(&c, p, (size_t)(end - p));
		if (n <= 0)
			n = 1;
		if (text_is_unsafe_cp(c)) {
			w += 1;
		} else {
			int cw = uc_width(c, "UTF-8");
			if (cw > 0)
				w += (size_t)cw;
		}
		p += n;
	}
	return w;
}

size_t text_cp_count(const char *s, size_t len)
{
	return u8_mbsnlen((const uint8_t *)s, len);
}
