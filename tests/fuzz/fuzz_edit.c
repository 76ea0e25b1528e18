/* fuzz_edit: the note editor's UTF-8 editing (ui/edit.c) driven by a
 * script of arbitrary bytes: an initial text, then operations — insert a
 * chunk of bytes, apply one of the A_EDIT_* actions (or any other action,
 * which must be ignored), compute the view for a width — and the tag list
 * normalisation over the final text.
 *
 * Invariants checked after every operation: the text is valid UTF-8 with no
 * control, bidi or separator character (text_is_unsafe_cp) and NUL-
 * terminated at its length; the cursor is within the text and on a
 * character boundary; edit_view's first byte is a boundary no later than
 * the cursor and the cursor column lies within the field; tag
 * normalisation is idempotent and each tag is non-empty, comma-free and
 * trimmed, in sorted order without duplicates.
 */
#include "config.h"

#include <string.h>
#include <unistr.h>

#include "edit.h"
#include "fuzz.h"
#include "text.h"

static void check_edit(const struct edit *e)
{
	const char *t = edit_text(e);
	size_t len = e->text.len;
	FUZZ_CHECK(strlen(t) == len);
	FUZZ_CHECK(u8_check((const uint8_t *)t, len) == NULL);
	const uint8_t *p = (const uint8_t *)t, *end = p + len;
	while (p < end) {
		ucs4_t c;
		int n = u8_mbtouc(&c, p, (size_t)(end - p));
		FUZZ_CHECK(n > 0);
		FUZZ_CHECK(!text_is_unsafe_cp(c));
		p += n;
	}
	FUZZ_CHECK(e->cursor <= len);
	FUZZ_CHECK(e->cursor == len || ((unsigned char)t[e->cursor] & 0xC0) != 0x80);
}

static void check_tags(const char *in)
{
	char *a = edit_tags_normalize(in);
	FUZZ_CHECK(a != NULL);
	char *b = edit_tags_normalize(a);
	FUZZ_CHECK(strcmp(a, b) == 0);
	const char *prev = NULL;
	size_t prevn = 0;
	for (const char *t = a; *t;) {
		const char *c = strchr(t, ',');
		size_t n = c ? (size_t)(c - t) : strlen(t);
		FUZZ_CHECK(n > 0);
		FUZZ_CHECK(t[0] != ' ' && t[n - 1] != ' ');
		if (prev) {
			size_t m = n < prevn ? n : prevn;
			int cmp = memcmp(prev, t, m);
			FUZZ_CHECK(cmp < 0 || (cmp == 0 && prevn < n));
		}
		prev = t;
		prevn = n;
		t += n + (c ? 1 : 0);
	}
	free(a);
	free(b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 65536)
		return 0;
	size_t i;
	/* initial text: up to the first 0xFF byte, NUL-terminated */
	size_t n0 = 0;
	while (n0 < size && data[n0] != 0xFF)
		n0++;
	char *initial = strndup((const char *)data, n0);
	FUZZ_CHECK(initial != NULL);
	struct edit e;
	edit_init(&e, initial);
	free(initial);
	check_edit(&e);
	i = n0 < size ? n0 + 1 : size;

	size_t first = 0;
	while (i < size) {
		uint8_t op = data[i++];
		switch (op % 4) {
		case 0: { /* insert the next (op/4 % 16) bytes */
			size_t n = (size_t)(op / 4) % 16;
			if (n > size - i)
				n = size - i;
			char *chunk = malloc(n ? n : 1);
			FUZZ_CHECK(chunk != NULL);
			memcpy(chunk, data + i, n);
			size_t before = e.text.len;
			bool changed = edit_insert(&e, chunk, n);
			FUZZ_CHECK(changed || e.text.len == before);
			free(chunk);
			i += n;
			break;
		}
		case 1:
		case 2: { /* an action: editor actions mostly, any action sometimes */
			int a = op / 4;
			enum action act;
			if (op % 4 == 1)
				act = (enum action)(A_EDIT_SAVE + a % (A_EDIT_KILL_WORD - A_EDIT_SAVE + 1));
			else
				act = (enum action)(a % A_COUNT);
			char *before = strdup(edit_text(&e));
			size_t cur = e.cursor;
			bool changed = edit_apply(&e, act);
			if (!changed)
				FUZZ_CHECK(strcmp(before, edit_text(&e)) == 0 && cur == e.cursor);
			if (act < A_EDIT_LEFT || act > A_EDIT_KILL_WORD)
				FUZZ_CHECK(!changed);
			free(before);
			break;
		}
		default: { /* the view for a width of op/4 - 8 columns (some <= 0) */
			int width = (int)(op / 4) - 8;
			int col = -1;
			edit_view(&e, width, &first, &col);
			FUZZ_CHECK(first <= e.cursor || e.cursor == 0);
			FUZZ_CHECK(first <= e.text.len);
			if (width > 0)
				FUZZ_CHECK(col >= 0 && col <= width);
			/* the field with its marks: inside the text, the cursor
			 * never on a mark */
			struct edit_field f;
			edit_field_view(&e, width, first, &f);
			FUZZ_CHECK(f.first <= f.end && f.end <= e.text.len);
			FUZZ_CHECK(!f.left || f.first > 0);
			if (width >= 3)
				FUZZ_CHECK(f.cursor_col >= (int)f.left && f.cursor_col < width - (int)f.right);
			break;
		}
		}
		check_edit(&e);
	}
	check_tags(edit_text(&e));
	/* the raw input as a tag list too (NUL stops it) */
	char *raw = strndup((const char *)data, size);
	FUZZ_CHECK(raw != NULL);
	check_tags(raw);
	free(raw);
	edit_free(&e);
	return 0;
}
