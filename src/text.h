/* text: every byte-level, width, break and normalisation question about text.
 *
 * Owns: UTF-8 validation with line/byte positions, encoding sniffing (NUL,
 * UTF-16), BOM/CRLF/NFC normalisation, and the sanitising of untrusted text
 * for display (control, escape and bidi characters made visible).
 * Must not: touch the store, curses, or print. All Unicode knowledge comes
 * from libunistring, never from tables of our own.
 */
#ifndef CC_TEXT_H
#define CC_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

/* Checks that `s` (len bytes) is valid UTF-8. Returns true when it is;
 * otherwise stores the byte offset of the first bad sequence in *bad_off
 * and its 1-based line number in *bad_line. */
bool text_utf8_valid(const char *s, size_t len, size_t *bad_off, size_t *bad_line);

/* True when the n bytes at s make a new tag: a word of 1 to 64 bytes of
 * valid UTF-8 holding a letter or a digit, with no comma, control or bidi
 * control character (so a lone "#" or "--" is not one). What the review's
 * tag prompt and `annotate --tag` accept; a stored tag may be looser
 * (export_tag_valid). */
bool text_tag_is_word(const char *s, size_t n);

/* Turns raw file bytes into crosscheck's canonical text: refuses NUL bytes,
 * UTF-16 and invalid UTF-8 (with `label` — the file name — line and byte in
 * the message), drops a UTF-8 BOM, turns CRLF and CR into LF, normalises to
 * NFC, and refuses empty or blank input. On success *out is a newly
 * allocated NUL-terminated string (caller frees) and *out_len its length. */
enum cc_status text_canonicalize(const char *raw, size_t len, const char *label,
				 char **out, size_t *out_len, struct cc_err *err);

/* True when the text holds nothing but whitespace (Unicode-aware). */
bool text_is_blank(const char *s, size_t len);

/* Appends `s` to `out` with everything that could drive a terminal made
 * inert: C0 and C1 controls (ESC among them) become visible control pictures
 * (U+2400 block) or U+FFFD, bidi embedding/override/isolate controls become
 * U+FFFD, and invalid UTF-8 becomes U+FFFD. Tabs become a space and newlines
 * are kept only when keep_newlines is true. */
void text_sanitize(const char *s, size_t len, bool keep_newlines, struct buf *out);

/* True when the code point is drawn as something else by text_sanitize. */
bool text_is_unsafe_cp(unsigned int cp);

/* Display width in terminal columns of valid UTF-8 (libunistring's
 * u8_width with the locale's encoding); unsafe characters count as one. */
size_t text_width(const char *s, size_t len);

/* Number of code points in the first `len` bytes. */
size_t text_cp_count(const char *s, size_t len);

#endif
