/* token: sentence text -> tokens (see token.h). Unicode classes come from
 * libunistring; no allocation beyond growing the caller's array. */
#include "config.h"

#include "token.h"

#include <string.h>
#include <unicase.h>
#include <unictype.h>
#include <unistr.h>

#include "uchar.h"
#include "util.h"

/* SSE2 (every x86-64) finds the end of a word's letters sixteen bytes a
 * step; elsewhere, or built with -DCC_NO_SIMD, eight bytes as one integer. */
#if defined(__SSE2__) && !defined(CC_NO_SIMD)
#define TOKEN_SSE2 1
#include <emmintrin.h>
#endif

/* ASCII answers first: nearly every character of English news is ASCII. */
static inline bool is_letter(ucs4_t c)
{
	if (c < 0x80)
		return (c | 32) - 'a' < 26;
	return uc_is_alpha(c) || uc_is_general_category(c, UC_CATEGORY_M);
}

static inline bool is_digit(ucs4_t c)
{
	if (c < 0x80)
		return c - '0' < 10;
	return uc_is_digit(c);
}

static inline bool is_gap(ucs4_t c)
{
	if (c < 0x80)
		return c == ' ' || c - '\t' < 5;
	return uc_is_space(c) || uc_is_property_white_space(c) || c == 0x200B;
}

static bool is_currency(ucs4_t c)
{
	return c == '%' || uc_is_general_category(c, UC_CATEGORY_Sc);
}

static bool is_apostrophe(ucs4_t c)
{
	return c == '\'' || c == 0x2019;
}

static inline int decode(const char *text, size_t i, size_t end, ucs4_t *c)
{
	if ((unsigned char)text[i] < 0x80) {
		*c = (unsigned char)text[i];
		return 1;
	}
	int n = u8_mbtouc(c, (const uint8_t *)text + i, end - i);
	return n > 0 ? n : 1;
}

/* The token array being filled. Every token takes at least one byte, so
 * a scan of text[start, end) pushes at most end - start tokens: token_scan
 * makes room for that many once (tokv_reserve), and a push is a store with
 * no test of the room. token_scan keeps where the next token goes (out) in
 * a local no call sees; the array itself (tv) is only touched to grow it
 * and at the end. */
struct tokv {
	struct token *v;
	size_t n, cap;
	struct token *out;
	bool space; /* scan_other's: whitespace before the next token */
};

/* Room for `more` tokens after the first n (grows tv->v, out of line). */
static __attribute__((noinline)) void tokv_grow(struct tokv *tv, size_t more)
{
	tv->v = xgrow(tv->v, &tv->cap, tv->n + more, sizeof *tv->v);
}

static inline void tokv_reserve(struct tokv *tv, size_t more)
{
	if (more && (!tv->v || tv->cap - tv->n < more))
		tokv_grow(tv, more);
}

static inline void push(struct token **out, size_t s, size_t e, enum tok_kind kind,
			unsigned flags)
{
	*(*out)++ = (struct token){.start = (uint32_t)s, .end = (uint32_t)e, .kind = (uint8_t)kind,
				   .flags = (uint16_t)flags};
}

/* ASCII bytes by class, for the fast paths: most bytes of English news are
 * ASCII letters, digits and spaces. A_HOLD: the apostrophe and the dot,
 * which may continue a word ("don't", "U.S") or start a possessive.
 * A_SPACE, A_DOT: the space and the dot, which token_scan asks of the byte
 * after a word, with the bits of the flags they give (TF_SPACE_BEFORE to
 * the next token, TF_DOT_AFTER to the word), so the class is the answer.
 * A_HIGH: a byte from 0x80 (a non-ASCII character's), so that one test of
 * the class of the byte after a word tells it from the ASCII ends. */
enum {
	A_SPACE = TF_SPACE_BEFORE,
	A_LOWER = 2,
	A_UPPER = 4,
	A_DIGIT = 8,
	A_GAP = 16,
	A_DOT = TF_DOT_AFTER,
	A_HOLD = 64,
	A_HIGH = 128,
};
_Static_assert(A_SPACE == 1 && A_DOT == 32, "the classes' bits are distinct");
#define A_HIGH16                                                                                  \
	A_HIGH, A_HIGH, A_HIGH, A_HIGH, A_HIGH, A_HIGH, A_HIGH, A_HIGH, A_HIGH, A_HIGH, A_HIGH,   \
		A_HIGH, A_HIGH, A_HIGH, A_HIGH, A_HIGH
static const unsigned char ascii_class[256] = {
	['\''] = A_HOLD, ['.'] = A_HOLD | A_DOT,
	['\t'] = A_GAP, ['\n'] = A_GAP, ['\v'] = A_GAP, ['\f'] = A_GAP, ['\r'] = A_GAP,
	[' '] = A_GAP | A_SPACE,
	['0'] = A_DIGIT, ['1'] = A_DIGIT, ['2'] = A_DIGIT, ['3'] = A_DIGIT, ['4'] = A_DIGIT,
	['5'] = A_DIGIT, ['6'] = A_DIGIT, ['7'] = A_DIGIT, ['8'] = A_DIGIT, ['9'] = A_DIGIT,
	['a'] = A_LOWER, ['b'] = A_LOWER, ['c'] = A_LOWER, ['d'] = A_LOWER, ['e'] = A_LOWER,
	['f'] = A_LOWER, ['g'] = A_LOWER, ['h'] = A_LOWER, ['i'] = A_LOWER, ['j'] = A_LOWER,
	['k'] = A_LOWER, ['l'] = A_LOWER, ['m'] = A_LOWER, ['n'] = A_LOWER, ['o'] = A_LOWER,
	['p'] = A_LOWER, ['q'] = A_LOWER, ['r'] = A_LOWER, ['s'] = A_LOWER, ['t'] = A_LOWER,
	['u'] = A_LOWER, ['v'] = A_LOWER, ['w'] = A_LOWER, ['x'] = A_LOWER, ['y'] = A_LOWER,
	['z'] = A_LOWER,
	['A'] = A_UPPER, ['B'] = A_UPPER, ['C'] = A_UPPER, ['D'] = A_UPPER, ['E'] = A_UPPER,
	['F'] = A_UPPER, ['G'] = A_UPPER, ['H'] = A_UPPER, ['I'] = A_UPPER, ['J'] = A_UPPER,
	['K'] = A_UPPER, ['L'] = A_UPPER, ['M'] = A_UPPER, ['N'] = A_UPPER, ['O'] = A_UPPER,
	['P'] = A_UPPER, ['Q'] = A_UPPER, ['R'] = A_UPPER, ['S'] = A_UPPER, ['T'] = A_UPPER,
	['U'] = A_UPPER, ['V'] = A_UPPER, ['W'] = A_UPPER, ['X'] = A_UPPER, ['Y'] = A_UPPER,
	['Z'] = A_UPPER,
	[0x80] = A_HIGH16, A_HIGH16, A_HIGH16, A_HIGH16, A_HIGH16, A_HIGH16, A_HIGH16, A_HIGH16,
};
#undef A_HIGH16

/* Where the run of ASCII letters at u[i] ends (i itself when there is
 * none), before `end`. With SSE2 sixteen bytes a step:
 * a byte b is a letter when (b | 0x20) - 'a' is below 26 as an unsigned
 * byte, that is when (b | 0x20) + (0x80 - 'a') is at most -128 + 25 as a
 * signed one (a non-ASCII byte lands above), so one compare finds the
 * bytes that are not. Where fewer than sixteen bytes remain, the sixteen
 * ending at `end` are read instead (u[0, end) is the caller's text) and
 * shifted down to i, with a stop marked at `end`, so a word near the
 * sentence's end takes no loop a byte or a word at a time (their exits
 * were mispredicted); only a text shorter than sixteen bytes does. */
static inline size_t letter_end(const unsigned char *u, size_t i, size_t end)
{
#ifdef TOKEN_SSE2
	const __m128i case_bit = _mm_set1_epi8(0x20), shift = _mm_set1_epi8(0x80 - 'a'),
		      top = _mm_set1_epi8(-128 + 25);
	while (end - i >= 16) {
		__m128i y = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(u + i)),
					 case_bit);
		__m128i not_letter = _mm_cmpgt_epi8(_mm_add_epi8(y, shift), top);
		unsigned stop = (unsigned)_mm_movemask_epi8(not_letter);
		if (stop)
			return i + (unsigned)__builtin_ctz(stop);
		i += 16;
	}
	/* the sentence's last sixteen bytes, shifted down to i, with a stop
	 * marked at `end` (bit 16) */
	if (__builtin_expect(end >= 16, 1)) {
		size_t base = end - 16;
		__m128i y = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(u + base)),
					 case_bit);
		__m128i not_letter = _mm_cmpgt_epi8(_mm_add_epi8(y, shift), top);
		unsigned stop = ((unsigned)_mm_movemask_epi8(not_letter) | 1u << 16) >> (i - base);
		return i + (unsigned)__builtin_ctz(stop);
	}
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
	while (end - i >= 8) {
		uint64_t x;
		memcpy(&x, u + i, 8);
		uint64_t y = (x | 0x20 * ones) & 0x7F * ones;
		uint64_t m = (y + 0x1F * ones) & ~(y + 0x05 * ones) & ~x & high;
		uint64_t stop = ~m & high;
		if (stop)
			return i + ((unsigned)__builtin_ctzll(stop) >> 3);
		i += 8;
	}
#endif
	while (i < end && (ascii_class[u[i]] & (A_LOWER | A_UPPER)))
		i++;
	return i;
}

/* letter_end(u, i + 1, end) for a word whose first letter is u[i]: with
 * SSE2 and sixteen bytes left, the sixteen from u[i] on (the first is a
 * letter, so the first stop is past it), which end most words in one step
 * without letter_end's set-up for a step at i + 1. */
static inline size_t word_end(const unsigned char *u, size_t i, size_t end)
{
#ifdef TOKEN_SSE2
	if (end - i >= 16) {
		__m128i y = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(u + i)),
					 _mm_set1_epi8(0x20));
		/* the letters (below -128 + 26 once shifted, as letter_end
		 * says), then the others as the bits left clear: gcc makes
		 * letter_end's compare for the others two */
		__m128i letter = _mm_cmplt_epi8(_mm_add_epi8(y, _mm_set1_epi8((char)(0x80 - 'a'))),
						_mm_set1_epi8(-128 + 26));
		unsigned stop = (unsigned)_mm_movemask_epi8(letter) ^ 0xFFFFu;
		if (stop)
			return i + (unsigned)__builtin_ctz(stop);
		return letter_end(u, i + 16, end);
	}
#endif
	return letter_end(u, i + 1, end);
}

/* letter_end, and whether one of the letters is lower case (the case bit
 * 0x20 is set in a lower-case ASCII letter only): for the words the fast
 * path leaves, which are rare enough that the second pass costs little. */
static inline size_t letter_run(const unsigned char *u, size_t i, size_t end, bool *lower)
{
	size_t e = letter_end(u, i, end);
	for (size_t k = i; k < e; k++)
		if (u[k] & 0x20) {
			*lower = true;
			break;
		}
	return e;
}

#ifdef TOKEN_SSE2
/* token_scan's window of bits for u[p, p + 64) (bit k: u[p + k]).
 * stop: the bytes that are not ASCII letters, those at or past the end,
 * and bit 63 always, so that a count of trailing zeros is defined and a
 * run of letters that reaches bit 63 may go on past the window. chain:
 * the spaces that an ASCII letter follows (in the window). */
struct word_window {
	uint64_t stop, chain;
};

/* The ASCII letters and the spaces of p[0, 64) as bits, sixteen bytes a
 * step (a letter by letter_end's test). */
static inline void letters_spaces64(const unsigned char *p, uint64_t *letters, uint64_t *spaces)
{
	const __m128i case_bit = _mm_set1_epi8(0x20), shift = _mm_set1_epi8((char)(0x80 - 'a')),
		      top = _mm_set1_epi8(-128 + 26), space = _mm_set1_epi8(' ');
	uint64_t l = 0, s = 0;
	/* four steps written out: gcc -O2 keeps a loop with shifts by cl */
#define STEP(c)                                                                                    \
	do {                                                                                       \
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * (c)));        \
		__m128i y = _mm_add_epi8(_mm_or_si128(x, case_bit), shift);                         \
		l |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(y, top)) << (16 * (c));    \
		s |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, space)) << (16 * (c));  \
	} while (0)
	STEP(0);
	STEP(1);
	STEP(2);
	STEP(3);
#undef STEP
	*letters = l;
	*spaces = s;
}

/* The window at u[i]. Reads only u[0, end): near the end, the 64 bytes
 * that end there, shifted down to i (the bits past the end clear); in a
 * text shorter than 64 bytes, a copy. */
static inline struct word_window word_window(const unsigned char *u, size_t i, size_t end)
{
	uint64_t l, s;
	if (end - i >= 64) {
		letters_spaces64(u + i, &l, &s);
	} else if (end >= 64) {
		size_t base = end - 64, sh = i - base; /* 1 <= sh < 64 */
		letters_spaces64(u + base, &l, &s);
		l >>= sh;
		s >>= sh;
	} else {
		unsigned char buf[64] = {0};
		memcpy(buf, u + i, end - i);
		letters_spaces64(buf, &l, &s);
	}
	return (struct word_window){~l | 1ULL << 63, s & l >> 1};
}
#endif

/* TF_CAP and TF_UPPER for the word u[i, e) of ASCII letters (upper case
 * has no case bit 0x20): all capitals when no letter after the first has
 * it (most stop at once). */
static inline unsigned word_caps(const unsigned char *u, size_t i, size_t e)
{
	if (u[i] & 0x20)
		return 0;
	size_t k = i + 1;
	while (k < e && !(u[k] & 0x20))
		k++;
	return k == e && e - i >= 2 ? TF_CAP | TF_UPPER : TF_CAP;
}

/* One token (or a gap) at text[i] the fast paths of token_scan leave:
 * any non-ASCII character, an ASCII digit, an apostrophe, or a word that
 * goes on past an apostrophe, a dot or a non-ASCII byte. Pushes it through
 * tv (tv->out, tv->space) and returns where the next one starts.
 * Out of line, so token_scan's loop over the common tokens keeps its few
 * values in registers. */
static __attribute__((noinline)) size_t scan_other(const char *text, size_t i, size_t end,
						   struct tokv *tv)
{
	const unsigned char *u = (const unsigned char *)text;
	ucs4_t c;
	int w;
	if (u[i] < 0x80) {
		c = u[i];
		w = 1;
	} else {
		w = decode(text, i, end, &c);
		if (is_gap(c)) {
			tv->space = true;
			return i + (size_t)w;
		}
	}
	unsigned flags = tv->space ? TF_SPACE_BEFORE : 0;
	tv->space = false;
	size_t s = i;
	if (is_digit(c)) {
		i += (size_t)w;
		while (i < end) {
			if (u[i] < 0x80 && (ascii_class[u[i]] & A_DIGIT)) {
				i++;
				continue;
			}
			ucs4_t d;
			int dw = decode(text, i, end, &d);
			if (is_digit(d)) {
				i += (size_t)dw;
			} else if ((d == ',' || d == '.') && i + 1 < end && text[i + 1] >= '0' &&
				   text[i + 1] <= '9') {
				i += 1;
			} else {
				break;
			}
		}
		flags |= TF_ASCII;
		push(&tv->out, s, i, TK_NUM, flags);
		return i;
	}
	if (is_letter(c)) {
		bool ascii = c < 0x80, upper = uchar_is_upper(c), all_upper = upper;
		size_t letters = 1;
		unsigned extra = 0;
		i += (size_t)w;
		while (i < end) {
			ucs4_t d;
			int dw;
			/* a run of ASCII letters at a time */
			size_t run = i;
			bool lower_seen = false;
			i = letter_run(u, i, end, &lower_seen);
			letters += i - run;
			if (lower_seen)
				all_upper = false;
			if (i >= end)
				break;
			if (u[i] < 0x80) {
				if (u[i] != '\'' && u[i] != '.')
					break;
				d = u[i];
				dw = 1;
			} else {
				dw = decode(text, i, end, &d);
				if (is_letter(d)) {
					ascii = false;
					if (uchar_is_alpha(d)) {
						letters++;
						if (!uchar_is_upper(d))
							all_upper = false;
					}
					i += (size_t)dw;
					continue;
				}
			}
			/* inner apostrophe or dot followed by a letter */
			if ((is_apostrophe(d) || d == '.') && i + (size_t)dw < end) {
				ucs4_t e2;
				decode(text, i + (size_t)dw, end, &e2);
				if (is_letter(e2)) {
					/* possessive 's ends the word here */
					if (is_apostrophe(d)) {
						size_t j = i + (size_t)dw;
						int ew = decode(text, j, end, &e2);
						ucs4_t after = 0;
						if (j + (size_t)ew < end)
							decode(text, j + (size_t)ew, end, &after);
						if ((e2 == 's' || e2 == 'S') && !is_letter(after))
							break;
					}
					if (d == '.')
						extra |= TF_DOTTED;
					ascii = ascii && d < 0x80;
					i += (size_t)dw;
					continue;
				}
			}
			break;
		}
		if (ascii)
			flags |= TF_ASCII;
		if (upper)
			flags |= TF_CAP;
		if (all_upper && letters >= 2)
			flags |= TF_UPPER;
		flags |= extra;
		if (i < end && text[i] == '.')
			flags |= TF_DOT_AFTER;
		push(&tv->out, s, i, TK_WORD, flags);
		return i;
	}
	/* possessive 's / ’s as one token */
	if (is_apostrophe(c) && i + (size_t)w < end &&
	    (text[i + (size_t)w] == 's' || text[i + (size_t)w] == 'S')) {
		size_t j = i + (size_t)w + 1;
		ucs4_t after = 0;
		if (j < end)
			decode(text, j, end, &after);
		if (!is_letter(after)) {
			push(&tv->out, s, j, TK_WORD, flags | TF_ASCII);
			return j;
		}
	}
	i += (size_t)w;
	push(&tv->out, s, i, is_currency(c) ? TK_SYM : TK_PUNCT,
	     flags | (c < 0x80 ? TF_ASCII : 0));
	return i;
}

size_t token_scan(const char *text, size_t start, size_t end, struct token **toks, size_t *n,
		  size_t *cap)
{
	struct tokv tv = {*toks, *n, *cap, NULL, false};
	tokv_reserve(&tv, end > start ? end - start : 0);
	struct token *out = tv.v ? tv.v + tv.n : NULL;
	const unsigned char *u = (const unsigned char *)text;
	size_t i = start;
	unsigned space = TF_SPACE_BEFORE; /* or 0: whitespace before the next token */
#ifdef TOKEN_SSE2
	/* The words' ends come from a window of bits (word_window) for
	 * u[wp, wp + 63), filled at a word's start when the word starts or
	 * runs past it. None yet: i - wp >= 63 (unsigned) fills it. */
	size_t wp = i - 64;
	struct word_window w = {0, 0};
#endif
	while (i < end) {
		/* a byte from 0x80 has only A_HIGH, so the tests of the class
		 * need no test of the byte before them; the word, by far the
		 * most common token, is tested first */
		unsigned c = u[i], cls = ascii_class[c];
		if (cls & (A_LOWER | A_UPPER)) {
			/* the common word: ASCII letters ended by an ASCII byte other
			 * than an apostrophe or a dot, or by one of those that the
			 * sentence's end or an ASCII byte other than a letter follows
			 * (it cannot go on then: "fell.", "workers' pay"); the rest,
			 * and any non-ASCII byte after the letters, go out of line */
			/* most of a sentence is words that one space and then
			 * another word follow ("the rally in the city"): such a
			 * word needs no class of the byte after it, and the next
			 * no dispatch; the chain stops at any other byte */
			size_t e;
#ifdef TOKEN_SSE2
			/* with SSE2 the chain steps through the window's bits:
			 * m holds the stops from i on, and a word's end is the
			 * lowest; while that is a space that a letter follows
			 * (w.chain), clearing it leaves the next word's end
			 * lowest. A word that reaches the window's last bit
			 * fills it again at the word. */
			for (;;) {
				size_t k = i - wp;
				uint64_t m = 0;
				unsigned r = 63; /* past the window: fill it */
				if (k < 63) {
					m = w.stop & ~0ULL << k;
					r = (unsigned)__builtin_ctzll(m);
				}
				if (r == 63 && k) { /* the one call, so inlined once */
					wp = i;
					w = word_window(u, i, end);
					m = w.stop;
					r = (unsigned)__builtin_ctzll(m);
				}
				if (r == 63) { /* 63 letters or more */
					e = word_end(u, i, end);
					break;
				}
				while (w.chain >> r & 1) {
					e = wp + r;
					push(&out, i, e, TK_WORD,
					     space | TF_ASCII | word_caps(u, i, e));
					space = TF_SPACE_BEFORE;
					i = e + 1;
					m &= m - 1;
					r = (unsigned)__builtin_ctzll(m);
				}
				if (r < 63) {
					e = wp + r;
					break;
				}
			}
#else
			e = word_end(u, i, end);
			while (e < end && u[e] == ' ') {
				push(&out, i, e, TK_WORD, space | TF_ASCII | word_caps(u, i, e));
				space = TF_SPACE_BEFORE;
				i = e + 1;
				if (i == end || !(ascii_class[u[i]] & (A_LOWER | A_UPPER)))
					break;
				e = word_end(u, i, end);
			}
			if (e < i) /* the chain ended after a space */
				continue;
#endif
			unsigned next = e < end ? u[e] : 0; /* 0: the end */
			unsigned cn = ascii_class[next];
			if (!(cn & (A_HOLD | A_HIGH)) ||
			    (!(cn & A_HIGH) &&
			     (e + 1 == end || !(ascii_class[u[e + 1]] & (A_LOWER | A_UPPER | A_HIGH))))) {
				unsigned fl = space | TF_ASCII | (cn & A_DOT) | word_caps(u, i, e);
				push(&out, i, e, TK_WORD, fl);
				/* and the one space after it, most often */
				space = cn & A_SPACE;
				i = e + space;
				continue;
			}
		} else if (cls & A_GAP) {
			space = TF_SPACE_BEFORE;
			i++;
			continue;
		} else if (cls & A_DIGIT) {
			/* an ASCII number ended by an ASCII byte other than a ',' or
			 * a '.' that a digit follows (the number would go on) */
			size_t e = i + 1;
			while (e < end && (ascii_class[u[e]] & A_DIGIT))
				e++;
			unsigned next = e < end ? u[e] : 0; /* 0: the end */
			if (next < 0x80 && ((next != ',' && next != '.') || e + 1 == end ||
					    !(ascii_class[u[e + 1]] & A_DIGIT))) {
				push(&out, i, e, TK_NUM, space | TF_ASCII);
				space = next == ' ';
				i = e + space;
				continue;
			}
		} else if (c < 0x80 && c != '\'') {
			/* ASCII punctuation (not an apostrophe, which may begin a
			 * possessive 's): one token; '$' and '%' are the symbols
			 * (the only ASCII currency sign is '$') */
			push(&out, i, i + 1, c == '$' || c == '%' ? TK_SYM : TK_PUNCT,
			     space | TF_ASCII);
			/* and the one space after it, as after a word */
			space = i + 1 < end && u[i + 1] == ' ';
			i += 1 + space;
			continue;
		}
		/* the rest, out of line */
		tv.out = out;
		tv.space = space != 0;
		i = scan_other(text, i, end, &tv);
		out = tv.out;
		space = tv.space ? TF_SPACE_BEFORE : 0;
	}
	*toks = tv.v;
	*n = tv.v ? (size_t)(out - tv.v) : 0;
	*cap = tv.cap;
	return *n;
}

size_t token_lower(const char *text, const struct token *t, char *out, size_t outsz)
{
	if (outsz == 0)
		return 0;
	size_t len = t->end - t->start;
	const char *p = text + t->start;
	if (t->flags & TF_ASCII) {
		size_t n = len < outsz - 1 ? len : outsz - 1;
		for (size_t i = 0; i < n; i++)
			out[i] = (p[i] >= 'A' && p[i] <= 'Z') ? (char)(p[i] + 32) : p[i];
		out[n] = '\0';
		return n;
	}
	size_t ln = 0;
	uint8_t *low = u8_tolower((const uint8_t *)p, len, NULL, NULL, NULL, &ln);
	if (!low) {
		out[0] = '\0';
		return 0;
	}
	size_t n = utf8_fit((const char *)low, ln, outsz - 1);
	memcpy(out, low, n);
	out[n] = '\0';
	free(low);
	return n;
}
