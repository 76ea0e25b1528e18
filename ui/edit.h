/* edit: the one-line UTF-8 editor behind notes, tags, search and the
 * command line, as a pure function module (it is fuzzed).
 *
 * Owns: the text and the cursor (a byte offset that is always on a
 * grapheme-cluster boundary), insertion of typed text, the editing actions,
 * the horizontal scroll that keeps the cursor in view, and the tag list
 * normalisation. Must not: call curses, touch the store, or hold anything
 * that does not end in valid UTF-8: every operation keeps the text valid
 * and free of control characters.
 */
#ifndef CC_UI_EDIT_H
#define CC_UI_EDIT_H

#include <stdbool.h>
#include <stddef.h>

#include "keys.h"
#include "util.h"

struct edit {
	struct buf text; /* valid UTF-8, no control characters; data may be NULL when empty */
	size_t cursor;   /* byte offset into text */
};

/* Starts an editor holding `initial` (may be NULL); invalid UTF-8 and
 * control characters in it are dropped (newlines become spaces). */
void edit_init(struct edit *e, const char *initial);
void edit_free(struct edit *e);

/* The text (never NULL; owned by the editor). */
const char *edit_text(const struct edit *e);

/* Inserts UTF-8 at the cursor, dropping invalid bytes and control
 * characters (tabs and newlines become spaces). Returns true when the
 * text changed. */
bool edit_insert(struct edit *e, const char *s, size_t len);

/* Applies one of the A_EDIT_* actions (others are ignored). Returns true
 * when the text or the cursor changed. */
bool edit_apply(struct edit *e, enum action a);

/* For a field `width` columns wide: the first byte to show and the column
 * of the cursor within the field, so that the cursor stays visible.
 * `*first` is kept between calls (pass the previous value, 0 at the
 * start): the view moves only when the cursor leaves it, just far enough
 * to show it again, or back when the text from `*first` on leaves columns
 * free at the field's end (after deleting). */
void edit_view(const struct edit *e, int width, size_t *first, int *cursor_col);

/* What a field `width` columns wide shows of the text, marking the sides
 * where text is hidden: a column for a mark ("…") before the text when
 * `left` (text before `first` is hidden), the bytes [first, end), then a
 * column for a mark when `right` (text after `end` is hidden); the cursor
 * at `cursor_col` within the field, never on a mark. The field scrolls as
 * edit_view does (pass the previous `first`, 0 at the start); below 3
 * columns there is no room for a mark and none is set. */
struct edit_field {
	size_t first, end;
	int cursor_col;
	bool left, right;
};
void edit_field_view(const struct edit *e, int width, size_t first, struct edit_field *f);

/* Normalises a tag list: split at commas, trim spaces, drop empty and
 * duplicate tags, sort (bytewise), join with ",". Newly allocated. */
char *edit_tags_normalize(const char *s);

/* The first tag of a normalised list that is not a tag (a tag is a word:
 * 1 to 64 bytes holding a letter or a digit, no control character), its
 * length in *len; NULL when every tag is one. A lone "#" or "--" is not. */
const char *edit_tags_bad(const char *list, size_t *len);

#endif
