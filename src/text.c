/* text: UTF-8 validation, canonicalisation (BOM, CRLF, NFC) and sanitising.
 * Owns the one definition of "unsafe for a terminal"; ui/draw and the CLI
 * both go through text_sanitize. Never prints, never touches the store. */
#include "config.h"

#include "text.h"

#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>
#include <uniwidth.h>

bool text_utf8_valid(const char *s, size_t len, size_t *bad_off, size_t *bad_line)
{
	const uint8_t *p = (const uint8_t *)s;
	const uint8_t *bad = u8_check(p, len);
	if (!bad)
		return true;
	size_t off = (size_t)(bad - p);
	size_t line = 1;
	for (size_t i = 0; i < off; i++)
		if (p[i] == '\n')
			line++;
	if (bad_off)
		*bad_off = off;
	if (bad_line)
		*bad_line = line;
	return false;
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
	for (size_t i = 0; i + 1 < n; i += 2) {
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

/* NFC of valid UTF-8, normalising only what can change: ASCII is NFC and an
 * ASCII character followed by another is a boundary no composition crosses,
 * so each run of non-ASCII bytes is normalised together with the character
 * before it (its possible starter) and the rest is copied. Returns a newly
 * allocated NUL-terminated string, or NULL when libunistring fails. */
static char *nfc_runs(const char *t, size_t n, size_t *out_len)
{
	struct buf b;
	buf_init(&b);
	buf_reserve(&b, n);
	size_t i = 0;
	while (i < n) {
		size_t a = i;
		/* eight ASCII bytes at a time */
		while (i + 8 <= n) {
			uint64_t w;
			memcpy(&w, t + i, 8);
			if (w & 0x8080808080808080ULL)
				break;
			i += 8;
		}
		while (i < n && (unsigned char)t[i] < 0x80)
			i++;
		if (i == n) {
			buf_add(&b, t + a, i - a);
			break;
		}
		/* t[i] starts a non-ASCII run; the ASCII character before it may
		 * be its starter, so it goes with the run */
		size_t rs = (i > a) ? i - 1 : i;
		buf_add(&b, t + a, rs - a);
		while (i < n && (unsigned char)t[i] >= 0x80)
			i++;
		size_t nl = 0;
		uint8_t *nfc = u8_normalize(UNINORM_NFC, (const uint8_t *)t + rs, i - rs, NULL, &nl);
		if (!nfc) {
			buf_free(&b);
			return NULL;
		}
		buf_add(&b, nfc, nl);
		free(nfc);
	}
	*out_len = b.len;
	return buf_steal(&b);
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
	const void *nul = memchr(p, 0, len);
	if (nul) {
		size_t off = (size_t)((const uint8_t *)nul - p);
		size_t line = 1;
		for (size_t i = 0; i < off; i++)
			line += p[i] == '\n';
		return cc_err_set(err, CC_ERR_INPUT,
				  "%s: line %zu, byte %zu: NUL byte: this looks like binary data, "
				  "not a text article", label, line, off);
	}
	size_t skip = 0;
	if (len >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
		skip = 3;
	size_t bad_off, bad_line;
	if (!text_utf8_valid(raw + skip, len - skip, &bad_off, &bad_line))
		return cc_err_set(err, CC_ERR_INPUT,
				  "%s: line %zu, byte %zu: invalid UTF-8 (byte 0x%02X); "
				  "crosscheck reads UTF-8 text only",
				  label, bad_line, bad_off + skip, p[bad_off + skip]);

	/* CRLF and CR -> LF (most texts have no CR: one copy) */
	char *lf = xmalloc(len - skip + 1);
	size_t n = 0;
	if (!memchr(p + skip, '\r', len - skip)) {
		memcpy(lf, p + skip, len - skip);
		n = len - skip;
	} else {
		for (size_t i = skip; i < len; i++) {
			if (p[i] == '\r') {
				lf[n++] = '\n';
				if (i + 1 < len && p[i + 1] == '\n')
					i++;
			} else {
				lf[n++] = (char)p[i];
			}
		}
	}
	lf[n] = '\0';
	if (text_is_blank(lf, n)) {
		free(lf);
		return cc_err_set(err, CC_ERR_INPUT, "%s: %s", label,
				  n ? "holds only blank lines: nothing to read" :
				      "is empty: nothing to read");
	}

	char *res = nfc_runs(lf, n, out_len);
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
