/* token: sentence text -> tokens (see token.h). Unicode classes come from
 * libunistring; no allocation beyond growing the caller's array. */
#include "config.h"

#include "token.h"

#include <string.h>
#include <unicase.h>
#include <unictype.h>
#include <unistr.h>

#include "util.h"

/* ASCII answers first: nearly every character of English news is ASCII. */
static inline bool is_letter(ucs4_t c)
{
	if (c < 0x80)
		return (c | 32) - 'a' < 26;
	return uc_is_alpha(c) || uc_is_general_category(c, UC_CATEGORY_M);
}

static inline bool is_alpha(ucs4_t c)
{
	if (c < 0x80)
		return (c | 32) - 'a' < 26;
	return uc_is_alpha(c);
}

static inline bool is_upper(ucs4_t c)
{
	if (c < 0x80)
		return c - 'A' < 26;
	return uc_is_upper(c);
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

static void push(struct token **toks, size_t *n, size_t *cap, size_t s, size_t e,
		 enum tok_kind kind, unsigned flags)
{
	*toks = xgrow(*toks, cap, *n + 1, sizeof **toks);
	(*toks)[(*n)++] = (struct token){(uint32_t)s, (uint32_t)e, (uint16_t)kind, (uint16_t)flags, {0, 0}, 0};
}

size_t token_scan(const char *text, size_t start, size_t end, struct token **toks, size_t *n,
		  size_t *cap)
{
	size_t i = start;
	bool space = true;
	while (i < end) {
		ucs4_t c;
		int w = decode(text, i, end, &c);
		if (is_gap(c)) {
			space = true;
			i += (size_t)w;
			continue;
		}
		unsigned flags = space ? TF_SPACE_BEFORE : 0;
		space = false;
		size_t s = i;
		if (is_digit(c)) {
			i += (size_t)w;
			while (i < end) {
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
			push(toks, n, cap, s, i, TK_NUM, flags);
			continue;
		}
		if (is_letter(c)) {
			bool ascii = c < 0x80, upper = is_upper(c), all_upper = upper;
			size_t letters = 1;
			unsigned extra = 0;
			i += (size_t)w;
			while (i < end) {
				ucs4_t d;
				int dw = decode(text, i, end, &d);
				if (is_letter(d)) {
					ascii = ascii && d < 0x80;
					if (is_alpha(d)) {
						letters++;
						if (!is_upper(d))
							all_upper = false;
					}
					i += (size_t)dw;
					continue;
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
			push(toks, n, cap, s, i, TK_WORD, flags);
			continue;
		}
		/* possessive 's / ’s as one token */
		if (is_apostrophe(c) && i + (size_t)w < end &&
		    (text[i + (size_t)w] == 's' || text[i + (size_t)w] == 'S')) {
			size_t j = i + (size_t)w + 1;
			ucs4_t after = 0;
			if (j < end)
				decode(text, j, end, &after);
			if (!is_letter(after)) {
				push(toks, n, cap, s, j, TK_WORD, flags | TF_ASCII);
				i = j;
				continue;
			}
		}
		i += (size_t)w;
		push(toks, n, cap, s, i, is_currency(c) ? TK_SYM : TK_PUNCT, flags | (c < 0x80 ? TF_ASCII : 0));
	}
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
	size_t n = ln < outsz - 1 ? ln : outsz - 1;
	while (n > 0 && n < ln && (low[n] & 0xC0) == 0x80)
		n--; /* do not split a character */
	memcpy(out, low, n);
	out[n] = '\0';
	free(low);
	return n;
}
