/* doc: an article prepared for display: sanitised, split into paragraphs
 * and wrapped at a pane's width.
 *
 * Owns: the display copy of the text (every character that could drive a
 * terminal replaced by text_sanitize's placeholder), the map from display
 * bytes back to the article's byte offsets (claims and slots are stored in
 * those), and the wrapped lines (libunistring's line breaking, widths from
 * libunistring; a line breaks at a space only, a token longer than the
 * width is cut, each cut marked, and what is left of it begins a line
 * that the words after it fill). Pure: no curses, no
 * store. Must not: keep anything of the article that did not go through
 * text_sanitize.
 */
#ifndef CC_UI_DOC_H
#define CC_UI_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct doc_line {
	size_t d0, d1; /* display bytes [d0, d1), trailing spaces included */
	size_t o0, o1; /* the article's bytes they show */
	bool cut;      /* a token longer than the width, cut here: shown with "…" */
};

struct doc {
	char *disp;      /* sanitised text, paragraphs joined without newlines */
	size_t dlen;
	size_t *d2o;     /* dlen + 1 entries: article offset of each display byte */
	size_t olen;     /* the article's length in bytes */
	size_t *paras;   /* display offsets where paragraphs end */
	size_t npara;
	struct doc_line *lines;
	size_t nlines;
	int width;
};

/* Prepares `text` (len bytes, any bytes at all) for a pane `width` columns
 * wide (at least 1). */
void doc_build(struct doc *d, const char *text, size_t len, int width);

/* Rewraps at a new width (keeps the sanitised text). */
void doc_rewrap(struct doc *d, int width);

void doc_free(struct doc *d);

/* The line that shows article offset `off` (the last line when past the
 * end; 0 when there are no lines). */
size_t doc_line_at(const struct doc *d, size_t off);

/* The display offset for an article offset (first display byte at or after it). */
size_t doc_disp_at(const struct doc *d, size_t off);

/* Wraps a one-off string (no map) at `width`: fills *lines (newly
 * allocated) with lines whose d0, d1 and cut say where they lie in the
 * sanitised copy *disp (newly allocated); o0, o1 are the string's offsets.
 * Returns the number of lines (at least 1). Used for the conflict view's
 * explanation and the help. */
size_t doc_wrap_string(const char *s, size_t len, int width, char **disp, struct doc_line **lines);

#endif
