/* Unit tests for src/text.c: canonicalisation, refusals, sanitising, widths. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <stdbool.h>
#include <stdint.h>

#include <uninorm.h>
#include <unistr.h>

#include "tap.h"
#include "text.h"
#include "util.h"

static void canon_ok(const char *raw, size_t len, const char *want, const char *name)
{
	struct cc_err err = {0};
	char *out = NULL;
	size_t n = 0;
	enum cc_status st = text_canonicalize(raw, len, "f.txt", &out, &n, &err);
	if (!tap_ok(st == CC_OK, "%s: accepted", name))
		tap_diag("error: %s", err.msg ? err.msg : "?");
	else
		tap_str_eq(out, want, name);
	free(out);
	cc_err_clear(&err);
}

/* canon_ok of a string literal, its length counted */
#define CANON_OK(lit, want, name) canon_ok(lit, sizeof(lit) - 1, want, name)

static void canon_refused(const char *raw, size_t len, const char *msg_part, const char *name)
{
	struct cc_err err = {0};
	char *out = NULL;
	size_t n = 0;
	enum cc_status st = text_canonicalize(raw, len, "f.txt", &out, &n, &err);
	tap_ok(st == CC_ERR_INPUT && out == NULL, "%s: refused", name);
	int has = err.msg && strstr(err.msg, msg_part) && strstr(err.msg, "f.txt");
	if (!tap_ok(has, "%s: message names the file and says '%s'", name, msg_part))
		tap_diag("message: %s", err.msg ? err.msg : "(none)");
	cc_err_clear(&err);
}

static void sanitize_is(const char *in, const char *want, const char *name)
{
	struct buf b;
	buf_init(&b);
	text_sanitize(in, strlen(in), false, &b);
	tap_str_eq(b.data ? b.data : "", want, name);
	buf_free(&b);
}

/* text_utf8_valid must name the byte libunistring's u8_check names, for
 * every sequence, wherever it falls relative to the 32-byte ASCII stride.
 * Returns the number of disagreements. */
static int utf8_agrees(const uint8_t *seq, size_t n)
{
	static const size_t leads[] = {0, 1, 7, 31, 32, 33};
	int bad = 0;
	for (size_t k = 0; k < sizeof leads / sizeof leads[0]; k++) {
		uint8_t buf[80];
		memset(buf, 'a', leads[k]);
		memcpy(buf + leads[k], seq, n);
		for (int tail = 0; tail < 2; tail++) { /* at the end, then before text */
			size_t len = leads[k] + n;
			if (tail) {
				memcpy(buf + len, "xy\n", 3);
				len += 3;
			}
			const uint8_t *want = u8_check(buf, len);
			size_t off = 0, line = 0;
			bool ok = text_utf8_valid((const char *)buf, len, &off, &line);
			if (ok != (want == NULL) || (!ok && off != (size_t)(want - buf)))
				bad++;
		}
	}
	return bad;
}

/* The UTF-16 sniffing rule of text_canonicalize, one pair at a time. */
static int sniff_ref(const uint8_t *p, size_t len)
{
	if (len >= 2 && p[0] == 0xFF && p[1] == 0xFE)
		return 'l';
	if (len >= 2 && p[0] == 0xFE && p[1] == 0xFF)
		return 'b';
	size_t n = len < 4096 ? len : 4096, even = 0, odd = 0;
	for (size_t i = 0; i + 1 < n; i += 2) {
		even += p[i] == 0 && p[i + 1] != 0;
		odd += p[i + 1] == 0 && p[i] != 0;
	}
	if (n >= 4 && odd * 10 >= (n / 2) * 8)
		return 'l';
	if (n >= 4 && even * 10 >= (n / 2) * 8)
		return 'b';
	return 0;
}

/* Runs of Latin-1 and General Punctuation characters are copied without
 * asking libunistring (text.c, nfc_plain_run): for every pair of such
 * characters, and every ASCII character before one, the text's answer is
 * u8_normalize's. U+2000 and U+2001 (which NFC changes) ride along. */
static void plain_runs_are_nfc(void)
{
	size_t bad = 0, n = 0;
	for (ucs4_t a = 0x20; a < 0x2062; a++) {
		bool a_in = a < 0x7F || (a >= 0xA0 && a <= 0xFF) || (a >= 0x2000 && a <= 0x2061);
		if (!a_in)
			continue;
		/* from U+00A0: C1 controls are no text (their own tests) */
		for (ucs4_t b = 0xA0; b < 0x2062; b++) {
			if (b >= 0x100 && b < 0x2000)
				continue;
			uint8_t in[32];
			size_t l = 0;
			in[l++] = 'x';
			l += (size_t)u8_uctomb(in + l, a, 8);
			l += (size_t)u8_uctomb(in + l, b, 8);
			in[l++] = 'y';
			size_t wl = 0;
			uint8_t *want = u8_normalize(UNINORM_NFC, in, l, NULL, &wl);
			struct cc_err err = {0};
			char *out = NULL;
			size_t on = 0;
			enum cc_status st = text_canonicalize((const char *)in, l, "f.txt", &out, &on, &err);
			n++;
			if (st != CC_OK || !want || on != wl || memcmp(out, want, wl) != 0) {
				if (bad++ < 5)
					tap_diag("U+%04X U+%04X differs", (unsigned)a, (unsigned)b);
			}
			free(out);
			free(want);
			cc_err_clear(&err);
		}
	}
	tap_ok(bad == 0 && n > 50000, "Latin-1 and General Punctuation pairs: NFC as libunistring says (%zu pairs)", n);
}

/* text_canonicalize copies the text while it scans it, in blocks of up to
 * 64 bytes, and a run that NFC changes (shorter, longer, or equal in
 * length) replaces its copy: ASCII stretches of every length around the
 * block sizes, between such runs, must come out as libunistring's NFC of
 * the whole text. Returns the number of texts that differ. */
static int copy_matches_nfc(void)
{
	static const char *const runs[] = {
		"e\xCC\x81",         /* 3 bytes -> 2: e + acute */
		"\xE0\xA5\x98",     /* 3 -> 6: Devanagari qa decomposes */
		"\xE2\x84\xAB",     /* 3 -> 2: angstrom sign -> A with ring */
		"\xE2\x80\x80",     /* 3 -> 3, other bytes: en quad */
		"\xE6\x9D\xB1",     /* unchanged, asked of libunistring */
		"\xE2\x80\x9C",     /* unchanged, a plain run */
	};
	static const size_t pads[] = {0, 1, 15, 16, 17, 31, 47, 63, 64, 65, 127, 128, 129, 200};
	const size_t nruns = sizeof runs / sizeof runs[0], npads = sizeof pads / sizeof pads[0];
	int bad = 0;
	for (size_t a = 0; a < npads; a++)
		for (size_t r = 0; r < nruns; r++)
			for (size_t b = 0; b < npads; b++) {
				struct buf in;
				buf_init(&in);
				for (int rep = 0; rep < 3; rep++) {
					for (size_t k = 0; k < pads[(a + (size_t)rep * b) % npads]; k++)
						buf_addc(&in, k % 9 == 8 ? '\n' : (char)('a' + k % 26));
					buf_adds(&in, runs[(r + (size_t)rep) % nruns]);
				}
				for (size_t k = 0; k < pads[b]; k++)
					buf_addc(&in, (char)('A' + k % 26));
				buf_addc(&in, 'z');
				size_t wl = 0;
				uint8_t *want = u8_normalize(UNINORM_NFC, (const uint8_t *)in.data, in.len, NULL, &wl);
				struct cc_err err = {0};
				char *out = NULL;
				size_t n = 0;
				text_canonicalize(in.data, in.len, "f.txt", &out, &n, &err);
				bad += !want || !out || n != wl || memcmp(out, want, wl) != 0 || out[n] != '\0';
				free(want);
				free(out);
				cc_err_clear(&err);
				buf_free(&in);
			}
	return bad;
}

/* Controls, NUL, CR and tabs are found wherever they fall among the
 * copy's blocks of 16 and 64 bytes: each comes out as the rules say (a
 * control a space, CR a LF, a tab kept, a NUL refused with its byte), with
 * the ASCII around it unchanged. Returns the number of texts that differ. */
static int controls_found_in_blocks(void)
{
	static const struct {
		const char *in, *out; /* out NULL: refused for a NUL byte */
		size_t inlen;
	} cases[] = {
		{"\x01", " ", 1}, {"\x7F", " ", 1}, {"\xC2\x85", " ", 2}, {"\r", "\n", 1},
		{"\r\n", "\n", 2}, {"\t", "\t", 1}, {"\t\xCC\x81", "\t\xCC\x81", 3},
		{"\x1B[0m", "", 4}, {"", NULL, 1},
	};
	static const size_t pads[] = {0, 1, 15, 16, 17, 31, 32, 63, 64, 65, 100, 127, 128, 129};
	int bad = 0;
	for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++)
		for (size_t a = 0; a < sizeof pads / sizeof pads[0]; a++) {
			struct buf in, want;
			buf_init(&in);
			buf_init(&want);
			for (size_t k = 0; k < pads[a]; k++) {
				char ch = k % 11 == 10 ? '\n' : (char)('a' + k % 26);
				buf_addc(&in, ch);
				buf_addc(&want, ch);
			}
			buf_add(&in, cases[c].in, cases[c].inlen);
			if (cases[c].out)
				buf_adds(&want, cases[c].out);
			for (size_t k = 0; k < 70; k++) {
				buf_addc(&in, (char)('A' + k % 26));
				buf_addc(&want, (char)('A' + k % 26));
			}
			struct cc_err err = {0};
			char *out = NULL;
			size_t n = 0;
			enum cc_status st = text_canonicalize(in.data, in.len, "f.txt", &out, &n, &err);
			if (cases[c].out)
				bad += st != CC_OK || n != want.len || memcmp(out, want.data, n) != 0;
			else
				bad += st != CC_ERR_INPUT || !err.msg || !strstr(err.msg, "NUL byte");
			free(out);
			cc_err_clear(&err);
			buf_free(&in);
			buf_free(&want);
		}
	return bad;
}

int main(void)
{
	tap_ok(controls_found_in_blocks() == 0, "controls, CR, tabs and NUL are dealt with wherever they fall among the copy's blocks");
	plain_runs_are_nfc();
	tap_ok(copy_matches_nfc() == 0, "runs NFC changes, between ASCII of every length around the copy blocks, come out as libunistring's NFC");
	canon_ok("x\xE2\x80\x80y\xE2\x80\x81z", 9, "x\xE2\x80\x82y\xE2\x80\x83z", "en and em quad become en and em space");
	canon_refused("ab\xC2" "A", 4, "invalid UTF-8", "a lead byte before ASCII refused");
	canon_refused("ab\xE2\x80" "A", 5, "invalid UTF-8", "a cut three-byte dash refused");
	canon_refused("ab\xC3\xC3\xA9", 5, "invalid UTF-8", "two lead bytes refused");
	canon_ok("hello\n", 6, "hello\n", "plain ASCII unchanged");
	canon_ok("\xEF\xBB\xBFhello", 8, "hello", "UTF-8 BOM dropped");
	canon_ok("a\r\nb\r\n", 6, "a\nb\n", "CRLF becomes LF");
	canon_ok("a\rb\r", 4, "a\nb\n", "CR becomes LF");
	canon_ok("a\r\rb", 4, "a\n\nb", "CR CR becomes two LFs");
	canon_ok("Cafe\xCC\x81", 6, "Caf\xC3\xA9", "decomposed e + acute composed to NFC");
	canon_ok("\xE6\x9D\xB1\xE4\xBA\xAC", 6, "\xE6\x9D\xB1\xE4\xBA\xAC", "CJK kept");
	canon_ok("x \xE1\x84\x80\xE1\x85\xA1 y", 10, "x \xEA\xB0\x80 y", "Hangul jamo compose to a syllable");
	canon_ok("e\xCC\x81\xCC\x81!", 6, "\xC3\xA9\xCC\x81!", "an ASCII starter composes with the run after it");
	canon_ok("ae\xCC\x81" "cd\xC3\xA9", 8, "a\xC3\xA9" "cd\xC3\xA9", "only the starter before a run joins it");
	canon_ok("ab\xCC\x81", 4, "ab\xCC\x81", "a mark with no precomposed form stays");
	CANON_OK("x\x1B[31my", "xy", "a CSI colour is dropped");
	CANON_OK("\x1B[1;31m200 men\x1B[0m.", "200 men.", "CSI with parameters around a figure dropped");
	CANON_OK("a\x1B]0;title\x07" "b", "ab", "OSC ended by BEL dropped");
	CANON_OK("a\x1B]52;c;eA==\x1B\\b", "ab", "OSC ended by ESC \\ dropped");
	CANON_OK("a\x1B]0;cut\nb", "a\nb", "an unended OSC stops at the end of its line");
	CANON_OK("a\x1B(Bb\x1B" "7c", "abc", "two- and three-byte ESC sequences dropped");
	CANON_OK("a\xC2\x9B" "31mb\xC2\x9D" "0;t\xC2\x9C" "c", "abc", "C1 CSI and OSC dropped");
	CANON_OK("a\x07" "b\x0B" "c\x0C" "d\x7F" "e\xC2\x85" "f", "a b c d e f",
		 "other controls become a space");
	CANON_OK("a\tb\r\nc\x1B", "a\tb\nc", "tab and LF kept, CRLF still LF, a final lone ESC dropped");
	canon_refused("\x1B[2J\x1B[H", 7, "empty", "escapes only is empty");

	canon_refused("ab\ncd\xFF\n", 7, "line 2, byte 3 of the line (offset 5 in the file)", "invalid byte reported with its line, its byte in the line and its offset in the file");
	canon_refused("ab\xC3", 3, "invalid UTF-8", "truncated sequence refused");
	canon_refused("\xC0\xAF", 2, "invalid UTF-8", "overlong encoding refused");
	canon_refused("\xED\xA0\x80", 3, "invalid UTF-8", "UTF-16 surrogate in UTF-8 refused");
	canon_refused("ab\0cd", 5, "NUL byte", "NUL byte refused");
	canon_refused("\xFF\xFEh\0i\0", 6, "UTF-16 (little-endian)", "UTF-16LE with BOM refused");
	canon_refused("\xFE\xFF\0h\0i", 6, "UTF-16 (big-endian)", "UTF-16BE with BOM refused");
	canon_refused("h\0e\0l\0l\0o\0", 10, "UTF-16", "UTF-16LE without BOM refused");
	canon_refused("", 0, "empty", "empty input refused");
	canon_refused(" \n\t\n\r\n", 6, "blank", "blank input refused");
	canon_refused("\xEF\xBB\xBF", 3, "empty", "BOM only is empty");
	canon_refused("\xC2\xA0\n\xE3\x80\x80", 6, "blank", "NBSP and ideographic space only is blank");

	/* the hand-written validator against u8_check: every one- and
	 * two-byte sequence, and three- and four-byte ones over the bytes
	 * where the rules change */
	{
		int bad = 0;
		uint8_t q[4];
		for (unsigned a = 0; a < 256; a++) {
			q[0] = (uint8_t)a;
			bad += utf8_agrees(q, 1);
			for (unsigned b = 0; b < 256; b++) {
				q[1] = (uint8_t)b;
				bad += utf8_agrees(q, 2);
			}
		}
		static const uint8_t edge[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0,
					       0xBF, 0xC0, 0xC2, 0xE0, 0xED, 0xF4, 0xFF};
		for (unsigned a = 0xC0; a < 256; a++)
			for (unsigned b = 0x70; b < 0xD0; b++)
				for (size_t c = 0; c < sizeof edge; c++) {
					q[0] = (uint8_t)a, q[1] = (uint8_t)b, q[2] = edge[c];
					bad += utf8_agrees(q, 3);
					for (size_t d = 0; d < sizeof edge; d += 3) {
						q[3] = edge[d];
						bad += utf8_agrees(q, 4);
					}
				}
		tap_ok(bad == 0, "text_utf8_valid agrees with u8_check (%d disagreements)", bad);
	}

	/* UTF-16 sniffing: just enough NUL pairs (or one short), put anywhere
	 * in the eight-byte stride, so that one pair missed flips the verdict */
	{
		int bad = 0;
		uint32_t r = 12345;
		static const size_t lens[] = {4, 9, 16, 101, 1000, 4096, 5000};
		for (size_t li = 0; li < sizeof lens / sizeof lens[0]; li++) {
			size_t len = lens[li], n = len < 4096 ? len : 4096, npairs = n / 2;
			size_t need = ((n / 2) * 8 + 9) / 10; /* pairs for the 80% rule */
			for (int round = 0; round < 40; round++) {
				uint8_t *p = malloc(len);
				memset(p, 'a', len);
				size_t k = need - (size_t)(round % 2) * (need > 0);
				size_t side = (size_t)(round / 2) % 2; /* NUL first or second */
				for (size_t placed = 0; placed < k && placed < npairs;) {
					r = r * 1103515245u + 12345u;
					size_t at = ((r >> 8) % npairs) * 2 + side;
					if (p[at] == 0)
						continue;
					p[at] = 0;
					placed++;
				}
				struct cc_err err = {0};
				char *out = NULL;
				size_t on = 0;
				text_canonicalize((const char *)p, len, "f.txt", &out, &on, &err);
				int got = err.msg && strstr(err.msg, "little-endian") ? 'l' :
					  err.msg && strstr(err.msg, "big-endian") ? 'b' : 0;
				bad += got != sniff_ref(p, len);
				free(out);
				free(p);
				cc_err_clear(&err);
			}
		}
		tap_ok(bad == 0, "UTF-16 sniffing counts every pair (%d disagreements)", bad);
	}

	/* runs repeated many times (memoised) still normalise by context */
	canon_ok("s\xE2\x80\x99 t\xE2\x80\x99 s\xE2\x80\x99 e\xCC\x81 e\xCC\x81 x\xCC\x81 e\xCC\x81",
		 30, "s\xE2\x80\x99 t\xE2\x80\x99 s\xE2\x80\x99 \xC3\xA9 \xC3\xA9 x\xCC\x81 \xC3\xA9",
		 "repeated runs: each normalised with the character before it");
	canon_ok("a\r\nb\xC3\xA9\rc", 8, "a\nb\xC3\xA9\nc", "CR after non-ASCII becomes LF");

	size_t off = 0, line = 0;
	tap_ok(!text_utf8_valid("ok\nok\nbad\x80", 10, &off, &line) && off == 9 && line == 3,
	       "text_utf8_valid reports byte 9 on line 3");

	sanitize_is("a\x1B]0;pwned\x07z", "a\xE2\x90\x9B]0;pwned\xE2\x90\x87z", "OSC title set shown inert");
	sanitize_is("\x1B[2J", "\xE2\x90\x9B[2J", "clear screen shown inert");
	sanitize_is("a\xE2\x80\xAE" "evil", "a\xEF\xBF\xBD" "evil", "RLO override replaced");
	sanitize_is("x\xE2\x81\xA6y", "x\xEF\xBF\xBDy", "bidi isolate replaced");
	sanitize_is("t\tab", "t ab", "tab becomes a space");
	sanitize_is("l1\nl2", "l1 l2", "newline becomes a space");
	sanitize_is("c1\xC2\x9B" "31m", "c1\xEF\xBF\xBD" "31m", "C1 CSI replaced");
	sanitize_is("del\x7F", "del\xE2\x90\xA1", "DEL shown as a picture");
	sanitize_is("bad\xFFok", "bad\xEF\xBF\xBDok", "invalid byte becomes U+FFFD");
	sanitize_is("\xEF\xBF\xBD", "\xEF\xBF\xBD", "a real U+FFFD stays");
	sanitize_is("na\xC3\xAFve \xF0\x9F\x98\x80", "na\xC3\xAFve \xF0\x9F\x98\x80", "letters and emoji unchanged");

	tap_long_eq((long long)text_width("abc", 3), 3, "ASCII width");
	tap_long_eq((long long)text_width("\xE6\x9D\xB1\xE4\xBA\xAC", 6), 4, "CJK is two columns each");
	tap_long_eq((long long)text_width("\xF0\x9F\x98\x80", 4), 2, "emoji is two columns");
	tap_long_eq((long long)text_width("e\xCC\x81", 3), 1, "combining mark adds no width");
	tap_long_eq((long long)text_cp_count("h\xC3\xA9llo", 6), 5, "code points counted");

	/* util's xaligned: any size, rounded up as aligned_alloc asks */
	static const size_t sizes[] = {0, 1, 63, 64, 65, 100000};
	for (size_t i = 0; i < CC_ARRAY_LEN(sizes); i++) {
		unsigned char *p = xaligned(64, sizes[i]);
		memset(p, 0xA5, sizes[i]);
		tap_ok(((uintptr_t)p & 63) == 0 && (sizes[i] == 0 || p[sizes[i] - 1] == 0xA5),
		       "xaligned(64, %zu) is 64-byte aligned and writable", sizes[i]);
		free(p);
	}
	return tap_done();
}
