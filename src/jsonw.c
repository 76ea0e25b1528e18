/* jsonw: flat JSON records written straight into a buffer, rendered exactly
 * as jansson's compact dump renders them (see jsonw.h). Never allocates per
 * member; never prints except through jsonw_write (jsonw_flush). */
#include "config.h"

#include "jsonw.h"

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

static char *put_i64(char *p, int64_t v);
static char *put_digits(char *p, uint64_t v, size_t n);

void jsonw_init(struct jsonw *w, bool ascii)
{
	buf_init(&w->b);
	w->ascii = ascii;
	const struct lconv *lc = localeconv();
	w->point = lc && strcmp(lc->decimal_point, ".") == 0;
	_Static_assert(JSONW_SMALL_COUNTS <= 1000, "three digits and their count in four bytes");
	for (int v = 0; v < JSONW_SMALL_COUNTS; v++) {
		char *d = w->small[v];
		d[3] = (char)(put_i64(d, v) - d);
		put_digits(w->small3[v], (uint64_t)v, 3);
		w->small3[v][3] = '\0';
	}
}

void jsonw_free(struct jsonw *w)
{
	buf_free(&w->b);
}

bool jsonw_write(struct jsonw *w, FILE *f)
{
	bool ok = fwrite(w->b.data, 1, w->b.len, f) == w->b.len;
	buf_clear(&w->b);
	return ok;
}

/* More room for an open record: the buffer grows by at least 4 KiB, so
 * this is rare. b->len still marks where the record starts. */
struct jsonw_at jsonw_grow(struct jsonw *w, char *p, size_t n)
{
	struct buf *b = &w->b;
	size_t used = (size_t)(p - b->data);
	if (n > SIZE_MAX - used)
		buf_reserve(b, SIZE_MAX); /* cannot be held: the allocator's error */
	buf_reserve(b, used - b->len + (n > 4096 ? n : 4096));
	return (struct jsonw_at){b->data + used, b->data + b->cap - 1};
}

void jsonw_end_empty(struct jsonw *w, size_t start)
{
	w->b.len = start;
	buf_add(&w->b, "{}\n", 3);
}

/* ---- strings ------------------------------------------------------------------ */

/* What a byte becomes: 0 itself, 'u' \u00XX, else a backslash and that
 * letter. Only '"', '\\' and the C0 controls are escaped (not '/', not DEL,
 * nothing beyond ASCII unless ASCII output is asked for). */
static const char escape_of[256] = {
	['\0'] = 'u', [1] = 'u', [2] = 'u', [3] = 'u', [4] = 'u', [5] = 'u', [6] = 'u', [7] = 'u',
	['\b'] = 'b', ['\t'] = 't', ['\n'] = 'n', [11] = 'u', ['\f'] = 'f', ['\r'] = 'r',
	[14] = 'u', [15] = 'u', [16] = 'u', [17] = 'u', [18] = 'u', [19] = 'u', [20] = 'u',
	[21] = 'u', [22] = 'u', [23] = 'u', [24] = 'u', [25] = 'u', [26] = 'u', [27] = 'u',
	[28] = 'u', [29] = 'u', [30] = 'u', [31] = 'u', ['"'] = '"', ['\\'] = '\\',
};

static const char hex_digit[] = "0123456789ABCDEF";

/* One byte as it appears in a string; up to 6 bytes at p. */
static inline char *put_byte(char *p, unsigned char c)
{
	char e = escape_of[c];
	if (!e) {
		*p = (char)c;
		return p + 1;
	}
	p[0] = '\\';
	if (e != 'u') {
		p[1] = e;
		return p + 2;
	}
	memcpy(p + 1, "u00", 3);
	p[4] = hex_digit[c >> 4];
	p[5] = hex_digit[c & 15];
	return p + 6;
}

/* s[0..n) as a quoted string, UTF-8 kept as it is; needs 6n + 2 bytes at p
 * (every byte may become \u00XX). Copies eight bytes at a time while none
 * needs an escape; a word holding one goes byte by byte. The last, partial
 * word is read again from the end of s, overlapping bytes already copied,
 * when none of those was escaped (so they sit where a copy would put them). */
static char *put_utf8(char *p, const char *s, size_t n)
{
	*p++ = '"';
	size_t i = 0;
	if (n >= 8) {
		size_t plain = 0; /* no escape written for s[plain..i) */
		while (i + 8 <= n) {
			uint64_t v;
			memcpy(&v, s + i, 8);
			if (!jsonw_escapes8(v)) {
				memcpy(p, &v, 8);
				p += 8;
				i += 8;
				continue;
			}
			for (size_t e = i + 8; i < e; i++)
				p = put_byte(p, (unsigned char)s[i]);
			plain = i;
		}
		if (i < n && n - 8 >= plain) {
			uint64_t v;
			memcpy(&v, s + n - 8, 8);
			if (!jsonw_escapes8(v)) {
				memcpy(p - (i - (n - 8)), &v, 8);
				p += n - i;
				i = n;
			}
		}
	}
	for (; i < n; i++)
		p = put_byte(p, (unsigned char)s[i]);
	*p++ = '"';
	return p;
}

static char *put_u16(char *p, unsigned v)
{
	p[0] = '\\';
	p[1] = 'u';
	p[2] = hex_digit[(v >> 12) & 15];
	p[3] = hex_digit[(v >> 8) & 15];
	p[4] = hex_digit[(v >> 4) & 15];
	p[5] = hex_digit[v & 15];
	return p + 6;
}

/* s[0..n) as a quoted ASCII string: beyond ASCII as \u escapes (UTF-16
 * pairs above U+FFFF); needs 6n + 2 bytes at p (a four-byte character
 * becomes twelve). For terminals only, so plain and byte by byte. */
static char *put_ascii(char *p, const char *s, size_t n)
{
	*p++ = '"';
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			p = put_byte(p, c);
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
		if (cp < 0x10000) {
			p = put_u16(p, cp);
		} else {
			cp -= 0x10000;
			p = put_u16(p, 0xD800 | ((cp >> 10) & 0x3FF));
			p = put_u16(p, 0xDC00 | (cp & 0x3FF));
		}
		i += len;
	}
	*p++ = '"';
	return p;
}

char *jsonw_put_strn(const struct jsonw *w, char *p, const char *s, size_t n)
{
	return w->ascii ? put_ascii(p, s, n) : put_utf8(p, s, n);
}

void jsonw_quote(const struct jsonw *w, struct buf *out, const char *s, size_t n)
{
	if (n > (SIZE_MAX - 64) / 6)
		buf_reserve(out, SIZE_MAX);
	buf_reserve(out, 6 * n + 2);
	char *e = jsonw_put_strn(w, out->data + out->len, s, n);
	*e = '\0';
	out->len = (size_t)(e - out->data);
}

/* ---- numbers ------------------------------------------------------------------ */

static const char digit_pairs[] = "00010203040506070809"
				  "10111213141516171819"
				  "20212223242526272829"
				  "30313233343536373839"
				  "40414243444546474849"
				  "50515253545556575859"
				  "60616263646566676869"
				  "70717273747576777879"
				  "80818283848586878889"
				  "90919293949596979899";

/* v's decimal digits, exactly n of them (leading zeros when v is shorter),
 * at p; returns p + n. */
static char *put_digits(char *p, uint64_t v, size_t n)
{
	char *q = p + n;
	while (q - p >= 2) {
		q -= 2;
		memcpy(q, digit_pairs + 2 * (v % 100), 2);
		v /= 100;
	}
	if (q > p)
		*--q = (char)('0' + v % 10);
	return p + n;
}

static const uint64_t pow10_u64[20] = {
	1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL,
	100000000ULL, 1000000000ULL, 10000000000ULL, 100000000000ULL, 1000000000000ULL,
	10000000000000ULL, 100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
	100000000000000000ULL, 1000000000000000000ULL, 10000000000000000000ULL,
};

/* How many decimal digits v has (1 for 0). */
static size_t u64_len(uint64_t v)
{
#if defined(__GNUC__)
	/* log10 from the bit length (1233 / 4096 ~ log10 2), then one compare */
	v |= 1;
	size_t t = (size_t)((64 - __builtin_clzll(v)) * 1233) >> 12;
	return t + 1 - (v < pow10_u64[t]);
#else
	size_t n = 1;
	for (uint64_t t = 10; v >= t; t *= 10)
		if (++n == 20)
			break;
	return n;
#endif
}

/* Up to 20 bytes at p. */
static char *put_i64(char *p, int64_t v)
{
	uint64_t u = (uint64_t)v;
	if (v < 0) {
		*p++ = '-';
		u = 0 - u;
	}
	return put_digits(p, u, u64_len(u));
}

#if defined(__GNUC__)
/* Offsets and counts: below 10^8, digits counted from the bit length and
 * made two at a time in 32 bits. Up to 8 bytes at p. */
static inline char *put_small(char *p, uint32_t v)
{
	static const uint32_t pow10_u32[9] = {1,      10,      100,      1000,     10000,
					      100000, 1000000, 10000000, 100000000};
	uint32_t v1 = v | 1; /* as many digits as v, and a bit set */
	size_t t = (size_t)((32 - __builtin_clz(v1)) * 1233) >> 12;
	char *e = p + t + 1 - (v1 < pow10_u32[t]), *q = e;
	while (v >= 100) {
		q -= 2;
		memcpy(q, digit_pairs + 2 * (v % 100), 2);
		v /= 100;
	}
	if (v >= 10)
		memcpy(q - 2, digit_pairs + 2 * v, 2);
	else
		q[-1] = (char)('0' + v);
	return e;
}
#endif

char *jsonw_put_int(char *p, int64_t v)
{
#if defined(__GNUC__)
	if ((uint64_t)v < 100000000)
		return put_small(p, (uint32_t)v);
#endif
	return put_i64(p, v);
}

#ifdef __SIZEOF_INT128__
typedef unsigned __int128 u128;

static u128 pow10_u128(int k) /* 0 <= k <= 38 */
{
	return k <= 19 ? (u128)pow10_u64[k] : (u128)pow10_u64[19] * pow10_u128(k - 19);
}

/* v as "%.15g" writes it in the C locale (JSONW_REAL_DIGITS significant
 * digits: every amount an article writes, and no binary noise such as
 * 6.0999999999999996), then edited as jansson edits it: no '+' or leading
 * zeros in the exponent, ".0" when neither '.' nor 'e' shows it is a real.
 * The fifteen digits are v * 10^k rounded exactly (half to even, as glibc
 * rounds), computed in 128 bits. Returns the length (at most 23), or 0 when
 * v is zero, subnormal, not finite, or beyond 1e-6 .. 1e38, where "%.15g"
 * itself is used. */
_Static_assert(JSONW_REAL_DIGITS == 15, "real15 writes fifteen digits");
static size_t real15(double v, char *out)
{
	uint64_t bits;
	memcpy(&bits, &v, sizeof bits);
	int be = (int)((bits >> 52) & 0x7FF);
	if (be == 0 || be == 0x7FF)
		return 0;
	uint64_t m = (bits & ((1ULL << 52) - 1)) | (1ULL << 52);
	int e = be - 1075; /* |v| = m * 2^e */
	/* x: the decimal exponent of the first digit; first a guess from the
	 * binary one (floor((e + 52) * log10 2), give or take one), then set
	 * right by where the fifteen digits land */
	int b2 = e + 52;
	int x = b2 >= 0 ? (b2 * 78913) >> 18 : -((-b2 * 78913 + 262143) >> 18);
	u128 q = 0;
	for (int tries = 0;; tries++) {
		if (tries == 3)
			return 0;
		int k = 14 - x;
		u128 rem, half;
		if (k >= 0) {
			if (k > 22)
				return 0;
			u128 num = (u128)m * pow10_u128(k); /* < 2^53 * 10^22 < 2^127 */
			if (e >= 0) {
				if (e > 10)
					return 0;
				q = num << e;
				rem = 0;
				half = 1;
			} else {
				int s = -e;
				if (s > 126)
					return 0;
				q = num >> s;
				rem = num & (((u128)1 << s) - 1);
				half = (u128)1 << (s - 1);
			}
		} else {
			if (e < 0 || e > 74 || -k > 38)
				return 0;
			u128 d = pow10_u128(-k);
			u128 num = (u128)m << e;
			q = num / d;
			rem = num % d;
			half = d / 2;
		}
		if (q >= (u128)pow10_u64[15]) {
			x++;
			continue;
		}
		if (q < (u128)pow10_u64[14]) {
			x--;
			continue;
		}
		if (rem > half || (rem == half && (q & 1)))
			q++;
		if (q == (u128)pow10_u64[15]) {
			q = pow10_u64[14];
			x++;
		}
		break;
	}
	char d[16];
#ifdef JSONW_DIGITS8
	/* the first seven digits, then eight (no loop): the first word's
	 * leading zero is written and then overwritten */
	uint64_t q64 = (uint64_t)q;
	uint64_t w1 = jsonw_digits8((uint32_t)(q64 / 100000000)) | 0x3030303030303030ULL;
	uint64_t w2 = jsonw_digits8((uint32_t)(q64 % 100000000)) | 0x3030303030303030ULL;
	char tmp[16];
	memcpy(tmp, &w1, 8);
	memcpy(tmp + 8, &w2, 8);
	memcpy(d, tmp + 1, 15);
#else
	put_digits(d, (uint64_t)q, 15);
#endif
	int last = 14; /* the last digit "%g" keeps: trailing zeros go */
	while (last > 0 && d[last] == '0')
		last--;
	char *p = out;
	if (bits >> 63)
		*p++ = '-';
	if (x < -4 || x >= 15) {
		*p++ = d[0];
		if (last > 0) {
			*p++ = '.';
			memcpy(p, d + 1, (size_t)last);
			p += last;
		}
		*p++ = 'e';
		if (x < 0)
			*p++ = '-';
		unsigned ax = (unsigned)(x < 0 ? -x : x);
		p = put_digits(p, ax, ax >= 100 ? 3 : ax >= 10 ? 2 : 1);
	} else if (x >= 0) {
		memcpy(p, d, (size_t)x + 1);
		p += x + 1;
		*p++ = '.';
		if (last > x) {
			memcpy(p, d + x + 1, (size_t)(last - x));
			p += last - x;
		} else {
			*p++ = '0';
		}
	} else {
		*p++ = '0';
		*p++ = '.';
		for (int z = -1; z > x; z--)
			*p++ = '0';
		memcpy(p, d, (size_t)last + 1);
		p += last + 1;
	}
	return (size_t)(p - out);
}
#else
static size_t real15(double v, char *out)
{
	(void)v, (void)out;
	return 0;
}
#endif

/* jansson's own rule through printf: "%.15g" (JSON_REAL_PRECISION(15)), the
 * exponent without '+' or leading zeros, ".0" when nothing marks it as a
 * real. Up to 32 bytes at p. */
static char *put_real_printf(char *p, double v)
{
	char s[64];
	int n = snprintf(s, sizeof s, "%.*g", JSONW_REAL_DIGITS, v);
	if (n < 0 || (size_t)n >= sizeof s)
		n = 0;
	char *e = memchr(s, 'e', (size_t)n);
	if (e) {
		char *r = e + 1, *q = e + 1;
		if (*r == '-')
			*q++ = *r++;
		else if (*r == '+')
			r++;
		while (*r == '0' && r[1])
			r++;
		while (*r)
			*q++ = *r++;
		*q = '\0';
		n = (int)(q - s);
	} else if (!memchr(s, '.', (size_t)n) && (size_t)n + 2 < sizeof s &&
		   strspn(s, "-0123456789") == (size_t)n) {
		s[n++] = '.';
		s[n++] = '0';
		s[n] = '\0';
	}
	if (n > 32)
		n = 32;
	memcpy(p, s, (size_t)n);
	return p + n;
}

char *jsonw_put_real(const struct jsonw *w, char *p, double v)
{
	/* whole numbers below 10^15 print as "%.15g" does, with jansson's ".0" */
	if (v == v && fabs(v) < 1e15 && v == (double)(int64_t)v &&
	    !(v == 0 && signbit(v))) {
#ifdef JSONW_DIGITS8
		/* below 10^15 < 10^16: one word of digits, or two (no loop;
		 * -0 is not here) */
		uint64_t u = (uint64_t)fabs(v);
		if (v < 0)
			*p++ = '-';
		if (u < 1000000) {
			p = jsonw_put_small6(w, p, (uint32_t)u);
		} else if (u < 100000000) {
			p = jsonw_put_digits8(p, (uint32_t)u);
		} else {
			p = jsonw_put_digits8(p, (uint32_t)(u / 100000000));
			uint64_t lo = jsonw_digits8((uint32_t)(u % 100000000)) | 0x3030303030303030ULL;
			memcpy(p, &lo, 8);
			p += 8;
		}
#else
		p = put_i64(p, (int64_t)v);
#endif
		memcpy(p, ".0", 2);
		return p + 2;
	}
#ifdef JSONW_DIGITS8
	/* Most other figures have one or two decimals (a vague band: 178.2,
	 * 0.75): when v is the double nearest to k / 10 or k / 100 (k whole),
	 * "%.15g" writes k's digits with that point, as its fifteen digits
	 * round v's error (under 2^-53 of v) away. Anything else goes to
	 * real15. */
	double a = fabs(v);
	if (a < 1e5 && w->point) {
		uint32_t k10 = (uint32_t)(a * 10 + 0.5), k100 = (uint32_t)(a * 100 + 0.5);
		bool one = (double)k10 / 10 == a && k10 % 10 != 0;
		if (one || ((double)k100 / 100 == a && k100 % 10 != 0)) {
			if (v < 0)
				*p++ = '-';
			p = jsonw_put_small6(w, p, one ? k10 / 10 : k100 / 100);
			*p++ = '.';
			if (!one)
				*p++ = (char)('0' + k100 % 100 / 10);
			*p++ = (char)('0' + (one ? k10 : k100) % 10);
			return p;
		}
	}
#endif
	/* The digits are the same in any locale, but printf's decimal point is
	 * the locale's: where that is not '.', printf is used as it always was
	 * (jansson itself would write '.'). */
	size_t n = w->point ? real15(v, p) : 0;
	return n ? p + n : put_real_printf(p, v);
}
