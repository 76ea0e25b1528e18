/* Unit tests for src/token.c: the token boundaries every recognizer shares. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tap.h"
#include "token.h"
#include "util.h"

/* Renders tokens as "text|text|..." with a '_' before a token that has no
 * space before it (except the first). */
static char *render(const char *s)
{
	struct token *t = NULL;
	size_t n = 0, cap = 0;
	token_scan(s, 0, strlen(s), &t, &n, &cap);
	struct buf b;
	buf_init(&b);
	for (size_t i = 0; i < n; i++) {
		if (i)
			buf_addc(&b, '|');
		if (i && !(t[i].flags & TF_SPACE_BEFORE))
			buf_addc(&b, '_');
		buf_add(&b, s + t[i].start, t[i].end - t[i].start);
	}
	free(t);
	return buf_steal(&b);
}

static void toks(const char *s, const char *want)
{
	char *got = render(s);
	tap_str_eq(got, want, s);
	free(got);
}

int main(void)
{
	toks("Kaspersky will cease", "Kaspersky|will|cease");
	toks("the U.S. market", "the|U.S|_.|market");
	toks("270,000 clients", "270,000|clients");
	toks("3.5% rise", "3.5|_%|rise");
	toks("$1.2bn deal", "$|_1.2|_bn|deal");
	toks("6.1-magnitude quake", "6.1|_-|_magnitude|quake");
	toks("mid-July", "mid|_-|_July");
	toks("Kaspersky's software", "Kaspersky|_'s|software");
	toks("Kaspersky’s software", "Kaspersky|_’s|software");
	toks("don't stop", "don't|stop");
	toks("July 20th, 2024", "July|20|_th|_,|2024");
	toks("2024-07-20", "2024|_-|_07|_-|_20");
	toks("“Quote,” he said.", "“|_Quote|_,|_”|he|said|_.");
	toks("a.m. sharp", "a.m|_.|sharp");
	toks("€2m fine", "€|_2|_m|fine");
	toks("東京は晴れ", "東京は晴れ");
	toks("Straße café", "Straße|café");
	toks("1.", "1|_.");
	toks("", "");

	toks("#tag @user ~x (a) [b] {c}", "#|_tag|@|_user|~|_x|(|_a|_)|[|_b|_]|{|_c|_}");
	{
		const char *p = "$5 10% & \x01 \xc2\xa3";
		struct token *v = NULL;
		size_t m = 0, c = 0;
		token_scan(p, 0, strlen(p), &v, &m, &c);
		tap_ok(m == 7 && v[0].kind == TK_SYM && v[3].kind == TK_SYM && v[4].kind == TK_PUNCT &&
			       v[5].kind == TK_PUNCT && v[6].kind == TK_SYM && (v[5].flags & TF_ASCII) &&
			       !(v[6].flags & TF_ASCII),
		       "'$', '%%' and '£' are symbols; '&' and a control byte punctuation");
		free(v);
	}
	/* long words: letters are read sixteen (SSE2) or eight bytes a step,
	 * so every length up to past two steps and every place of a
	 * lower-case letter, before each kind of end */
	toks("Supercalifragilistic’s fee", "Supercalifragilistic|_’s|fee");
	toks("ABCDEFGHé ok", "ABCDEFGHé|ok");
	toks("abcdefgh@ijklmnopq", "abcdefgh|_@|_ijklmnopq");
	toks("abcdefghijklmnop.qr", "abcdefghijklmnop.qr");
	toks("abcdefghijklmnop. Qr", "abcdefghijklmnop|_.|Qr");
	{
		static const char *const ends[] = {"", " x", ",", ".", "’", "é", "'", "1", "-y z"};
		size_t bad = 0, cases = 0;
		for (size_t len = 1; len <= 40; len++) {
			for (size_t low = 0; low <= len; low++) { /* low == len: all capitals */
				for (size_t e = 0; e < sizeof ends / sizeof *ends; e++) {
					char w[64];
					for (size_t k = 0; k < len; k++)
						w[k] = (char)(k == low ? 'a' + k % 26 : 'A' + k % 26);
					snprintf(w + len, sizeof w - len, "%s", ends[e]);
					struct token *v = NULL;
					size_t m = 0, c = 0;
					token_scan(w, 0, strlen(w), &v, &m, &c);
					bool all_caps = low == len && len >= 2 && e != 5; /* é is lower case */
					bool word_ok = m >= 1 && v[0].kind == TK_WORD && v[0].start == 0 &&
						       v[0].end == (e == 5 ? len + 2 : len) &&
						       !!(v[0].flags & TF_UPPER) == all_caps &&
						       !!(v[0].flags & TF_CAP) == (low != 0) &&
						       !!(v[0].flags & TF_ASCII) == (e != 5) &&
						       !!(v[0].flags & TF_DOT_AFTER) == (e == 3);
					bad += !word_ok;
					cases++;
					free(v);
				}
			}
		}
		tap_ok(bad == 0, "word ends and capitals at every length 1..40: %zu of %zu wrong", bad, cases);
	}

	struct token *t = NULL;
	size_t n = 0, cap = 0;
	const char *s = "US us U.S. Kaspersky";
	token_scan(s, 0, strlen(s), &t, &n, &cap);
	tap_ok(n == 5 && (t[0].flags & TF_UPPER) && (t[0].flags & TF_CAP) && !(t[1].flags & TF_CAP) &&
		       (t[2].flags & TF_DOTTED) && (t[2].flags & TF_DOT_AFTER) && !(t[4].flags & TF_UPPER),
	       "flags: capitals, dotted words, abbreviation dots");
	tap_ok(token_is(s, &t[4], "kaspersky") && !token_is(s, &t[4], "kasper"), "token_is ignores case, whole token");
	char low[8];
	tap_long_eq((long long)token_lower(s, &t[4], low, sizeof low), 7, "token_lower truncates to the buffer");
	free(t);
	return tap_done();
}
