/* test_regress: regression tests for bugs found by the hardening work that
 * are not crashes of a fuzz input (those stay in tests/fuzz/regress/ and
 * run through the replay tests): each names the bug and where it was.
 *
 *  - ui/edit.c edit_insert: typing before a combining mark left the cursor
 *    inside a grapheme cluster (edit.h promises a cluster boundary), and
 *    edit_view then computed text_width over a negative length.
 *  - ui/keys.c: "<C-@>" parses to key 0, which keys_key_name names
 *    "<0x0>", a name keys_parse_key refuses (found by fuzz_config; the
 *    input is tests/fuzz/regress/config/ctrl-at-key-name).
 *  - src/quantity.c is_possessive: compared 3 bytes of a 1-byte token at
 *    the end of the text (read past the buffer); the fuzz input is
 *    tests/fuzz/regress/ingest/quantity-possessive-overread, replayed here
 *    in a smaller form.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unigbrk.h>

#include "edit.h"
#include "extract.h"
#include "ingest.h"
#include "lexicon.h"
#include "tap.h"

/* True when byte offset `at` of s is a grapheme-cluster boundary. */
static bool on_boundary(const char *s, size_t len, size_t at)
{
	if (at == 0 || at == len)
		return true;
	const uint8_t *p = (const uint8_t *)s, *end = p + len;
	while (p < end) {
		p = u8_grapheme_next(p, end);
		if (!p)
			return false;
		if ((size_t)(p - (const uint8_t *)s) == at)
			return true;
		if ((size_t)(p - (const uint8_t *)s) > at)
			return false;
	}
	return false;
}

static void edit_cases(void)
{
	/* a combining acute at the start, then "e" typed before it: "é" is one
	 * cluster and the cursor must not sit between its two code points */
	struct edit e;
	edit_init(&e, "\xcc\x81" "abc");
	edit_apply(&e, A_EDIT_HOME);
	edit_insert(&e, "e", 1);
	tap_ok(on_boundary(edit_text(&e), e.text.len, e.cursor),
	       "edit: typing before a combining mark leaves the cursor on a cluster boundary (cursor %zu in \"e\\u0301abc\")",
	       e.cursor);
	size_t first = 0;
	int col = -1;
	edit_view(&e, 1, &first, &col);
	tap_ok(first <= e.cursor && col >= 0 && col <= 1,
	       "edit: the view of a 1-column field keeps the cursor visible (first %zu, col %d)",
	       first, col);
	edit_free(&e);

	/* a zero-width joiner typed between two emoji joins them */
	edit_init(&e, "\xf0\x9f\x91\xa9\xf0\x9f\x91\xa7");
	edit_apply(&e, A_EDIT_LEFT);
	edit_insert(&e, "\xe2\x80\x8d", 3);
	tap_ok(on_boundary(edit_text(&e), e.text.len, e.cursor),
	       "edit: a joiner typed between two emoji leaves the cursor on a cluster boundary (cursor %zu)",
	       e.cursor);
	edit_free(&e);
}

static void keys_case(void)
{
	int k = keys_parse_key("<C-@>", 5);
	struct buf name;
	buf_init(&name);
	if (k >= 0)
		keys_key_name(k, &name);
	tap_ok(k < 0 || (name.data && keys_parse_key(name.data, name.len) == k),
	       "keys: the name of <C-@> (key %d, named \"%s\") parses back to it", k,
	       name.data ? name.data : "");
	buf_free(&name);
}

static void quantity_case(void)
{
	struct lexicon *lx = NULL;
	struct cc_err err = {0};
	const char *dir = getenv("CROSSCHECK_DATADIR");
	if (lexicon_load(dir && *dir ? dir : CC_SRCDATADIR, &lx, &err) != CC_OK) {
		tap_ok(0, "lexicon: %s", err.msg);
		cc_err_clear(&err);
		return;
	}
	/* a number followed by a one-byte word at the very end of the text */
	static const char raw[] = "Acme cut 50 s";
	struct ingest_doc doc;
	tap_ok(ingest_bytes(raw, sizeof raw - 1, "t", &(struct ingest_opts){0}, &doc, &err) == CC_OK,
	       "quantity: a text ending in a one-letter word after a number is taken");
	struct extract_sentence es[4];
	size_t n = doc.nsents < 4 ? doc.nsents : 4;
	for (size_t i = 0; i < n; i++)
		es[i] = (struct extract_sentence){doc.sents[i].start, doc.sents[i].end, false};
	struct extract_input in = {.text = doc.text, .len = doc.len, .sents = es, .nsents = n};
	struct extraction x;
	memset(&x, 0, sizeof x);
	extract_doc(lx, &in, &x);
	tap_ok(x.mentions.n > 0, "quantity: and extracted (the read past its end shows under ASan)");
	extraction_free(&x);
	ingest_doc_free(&doc);
	lexicon_free(lx);
}

int main(void)
{
	edit_cases();
	keys_case();
	quantity_case();
	return tap_done();
}
