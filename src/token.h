/* token: one sentence's text -> words, numbers, punctuation, symbols.
 *
 * Owns: the token boundaries every recognizer (temporal, quantity, entity,
 * event) agrees on. Must not: interpret tokens (no dates, no numbers' values
 * beyond flags), allocate per token, print or touch the store.
 *
 * Rules: a word is a run of letters (any script) and combining marks, with
 * inner apostrophes and dots kept when a letter follows ("don't", "U.S",
 * "a.m"); a trailing possessive "'s" / "’s" is its own token. A number is a
 * run of digits with inner ',' or '.' followed by a digit ("270,000", "3.5").
 * A hyphen, slash or any other punctuation is a token of its own. Currency
 * and percent signs are TK_SYM. `space_before` tells whether whitespace
 * separates a token from the one before, so "6.1-magnitude", "1.2bn" and
 * "mid-July" can be read as units.
 */
#ifndef CC_TOKEN_H
#define CC_TOKEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum tok_kind {
	TK_WORD,
	TK_NUM,
	TK_PUNCT,
	TK_SYM, /* $ € £ ¥ % and other currency symbols */
};

enum tok_flag {
	TF_SPACE_BEFORE = 1 << 0, /* whitespace (or the sentence start) before it */
	TF_CAP = 1 << 1,          /* starts with an upper-case letter */
	TF_UPPER = 1 << 2,        /* every letter upper case (and at least two) */
	TF_ASCII = 1 << 3,        /* only ASCII bytes */
	TF_DOTTED = 1 << 4,       /* a word with inner dots ("U.S", "a.m") */
	TF_DOT_AFTER = 1 << 5,    /* a '.' follows directly (an abbreviation's dot) */
	TF_KEYED = 1 << 6,        /* `key` holds the lexicon's ids (lexicon_key_tokens) */
	TF_STARTS_ENTITY = 1 << 7, /* with TF_KEYED: some entity alias starts with it */
	TF_STARTS_EVENT = 1 << 8,  /* ... some event trigger */
	TF_QPASS = 1 << 9, /* with TF_KEYED: starts no amount unless a currency symbol
			    * follows (quantity_passes) */
	TF_TPASS = 1 << 10, /* with TF_KEYED: starts no date (temporal_passes) */
};

struct token {
	uint32_t start, end; /* byte offsets into the document text */
	uint8_t kind;        /* enum tok_kind */
	uint8_t tkw;         /* with TF_KEYED: temporal_word_class (0: none) */
	uint16_t flags;      /* enum tok_flag */
	uint32_t key[2];     /* the lexicon's ids of the lower-cased form and of
			      * its stem (0: no phrase uses it); valid with TF_KEYED */
	uint32_t cues;       /* with TF_KEYED: bit k set when a cue phrase of kind k
			      * (enum cue_kind, lexicon.h) starts with this token */
	uint16_t qlex;       /* with TF_KEYED: quantity_word_class (0: none) */
	uint8_t words;       /* with TF_KEYED: the word lists (lexicon.h, enum
			      * word_list) that hold this token alone */
	uint8_t finds;       /* with TF_KEYED: which of extract's finders may
			      * start at it (lexicon.h, enum token_finds) */
};

/* Tokenizes text[start, end) (valid UTF-8). Appends to *toks (growing it
 * with xgrow; *cap is its capacity) and returns the new count. The trailing
 * '.' of an abbreviation stays a TK_PUNCT token; TF_DOT_AFTER marks the word. */
size_t token_scan(const char *text, size_t start, size_t end, struct token **toks, size_t *n,
		  size_t *cap);

/* The date and quantity scans visit only the tokens they may start at:
 * those whose `flag` (TF_TPASS, TF_QPASS) is clear. A token_cursor holds
 * them sixty-four tokens at a time as a bit mask (token base + k at bit k),
 * and token_next jumps to the next one with a count of trailing zeros:
 * testing each token's flag in turn mispredicted a branch at every change
 * from passed to not. The masks come from the caller (`starts`: word w
 * holds tokens 64 w to 64 w + 63; extract builds them sixteen tokens a
 * step) or, without them, from the flags, one token at a time. */
struct token_cursor {
	const struct token *t;
	const uint64_t *starts; /* or NULL */
	size_t n, base; /* base: the first of the tokens m holds (a multiple of 64) */
	uint64_t m;
	unsigned flag;
};

/* Loads the mask of tokens base to base + 63 (those past n: clear). */
static inline void token_cursor_fill(struct token_cursor *c, size_t base)
{
	uint64_t m = 0;
	if (c->starts)
		m = c->starts[base / 64];
	else
		for (size_t k = 0, left = c->n - base < 64 ? c->n - base : 64; k < left; k++)
			m |= (uint64_t)!(c->t[base + k].flags & c->flag) << k;
	c->base = base;
	c->m = m;
}

/* A cursor over toks[0, n) for `flag`, at the start; starts: the masks, or
 * NULL. */
static inline void token_cursor_init(struct token_cursor *c, const struct token *toks, size_t n,
				     unsigned flag, const uint64_t *starts)
{
	c->t = toks;
	c->starts = starts;
	c->n = n;
	c->flag = flag;
	c->base = 0;
	c->m = 0;
	if (n) /* without tokens, starts may be NULL or empty */
		token_cursor_fill(c, 0);
}

/* The first token at or after i whose flag is clear, or n (i may be
 * anywhere, before the cursor's 64 tokens too). */
static inline size_t token_next(struct token_cursor *c, size_t i)
{
	while (i < c->n) {
		if (i - c->base >= 64) /* also when i < base: unsigned */
			token_cursor_fill(c, i & ~(size_t)63);
		uint64_t m = c->m >> (i - c->base);
		if (m)
			return i + (size_t)__builtin_ctzll(m);
		i = c->base + 64;
	}
	return c->n;
}

/* token_is's compare of the bytes, once the lengths may agree. */
static inline bool token_is_bytes(const char *text, const struct token *t, const char *s,
				  size_t len)
{
	const unsigned char *p = (const unsigned char *)text + t->start;
	for (size_t i = 0; i < len; i++) {
		unsigned a = p[i], b = (unsigned char)s[i];
		if (!b)
			return false;
		if (a - 'A' < 26u)
			a += 32;
		if (b - 'A' < 26u)
			b += 32;
		if (a != b)
			return false;
	}
	return s[len] == '\0';
}

/* True when token t's text equals `s` ignoring ASCII case. The recognizers
 * ask it against word lists, and most answers are "no" on the length of a
 * literal alone: that test is always inlined at the call (an outlined copy
 * would not know the literal), the byte compare may be called. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline bool token_is(const char *text, const struct token *t, const char *s)
{
	size_t len = t->end - t->start;
	if (__builtin_constant_p(__builtin_strlen(s))) {
		if (len != __builtin_strlen(s))
			return false;
		/* and on the first byte: bytes equal but for ASCII case are
		 * equal with the case bit set (the literal's is a constant) */
		if (len && ((unsigned char)text[t->start] | 0x20) != ((unsigned char)s[0] | 0x20))
			return false;
	}
	return token_is_bytes(text, t, s, len);
}

/* Lower-cases (ASCII and, through libunistring, any script) a token's text
 * into out (NUL-terminated, truncated to outsz-1 bytes at a character
 * boundary). Returns the length written. */
size_t token_lower(const char *text, const struct token *t, char *out, size_t outsz);

#endif
