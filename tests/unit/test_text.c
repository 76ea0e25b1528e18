/* Unit tests for src/text.c: canonicalisation, refusals, sanitising, widths. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tap.h"
#include "text.h"

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

int main(void)
{
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
	canon_ok("x\x1B[31my", 7, "x\x1B[31my", "escape sequences kept in the text (made inert on display)");

	canon_refused("ab\ncd\xFF\n", 7, "line 2, byte 5", "invalid byte reported with line and byte");
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
	return tap_done();
}
