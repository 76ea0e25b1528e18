/* segment: normalized article text -> paragraphs and sentences, as byte offsets.
 *
 * Owns: where paragraphs and sentences begin and end (abbreviations, initials,
 * decimals, ellipses, closing quotes, bullets, headings, datelines, CJK and
 * other scripts). Must not: change the text, decide what is boilerplate
 * (ingest does that per line), touch the store or print.
 *
 * Input is valid UTF-8 in NFC with LF line ends (ingest guarantees it).
 */
#ifndef CC_SEGMENT_H
#define CC_SEGMENT_H

#include <stddef.h>

struct seg_sentence {
	size_t start;     /* byte offset of the first byte (no leading space) */
	size_t end;       /* byte offset one past the last byte (no trailing space) */
	size_t paragraph; /* 0-based paragraph index */
	size_t line;      /* 0-based index of the line where the sentence starts */
};

/* Splits `text` (len bytes) into sentences in text order. A bullet marker
 * ("- ", "* ", "• ") is not part of its sentence. Returns the number of
 * sentences and stores a newly allocated array in *out (caller frees;
 * *out is NULL when the count is 0). Never fails on valid input. */
size_t segment_text(const char *text, size_t len, struct seg_sentence **out);

/* segment_text for a caller that has split the text into lines already:
 * ends[k] is the offset of line k's '\n' (len for a last line without
 * one), for the first nends lines of those a split at every '\n' gives
 * (a text that ends in '\n' has no empty line after it). Lines past
 * nends, or all of them when ends is NULL, are found as segment_text
 * finds them. Same answers as segment_text. */
size_t segment_text_lines(const char *text, size_t len, const size_t *ends, size_t nends,
			  struct seg_sentence **out);

#endif
