/* fuzz_import: arbitrary bytes as the JSON file `crosscheck import` reads
 * (export_import_read in src/export.c, through jansson).
 *
 * Invariants checked: a refusal is CC_ERR_INPUT with a message and leaves
 * the output empty; an accepted file gives entries whose strings are valid
 * UTF-8 (key, source, text, reviewer, time, action, verdict, note, tags),
 * whose verdict is one of the four (or none), whose time passes
 * export_time_valid, whose tags each pass export_tag_valid, and whose
 * claim indices are below nclaims and grouped (never decreasing).
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "export.h"
#include "fuzz.h"
#include "text.h"

static void check_str(const char *s, bool may_be_null)
{
	if (!s) {
		FUZZ_CHECK(may_be_null);
		return;
	}
	FUZZ_CHECK(text_utf8_valid(s, strlen(s), NULL, NULL));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > (1u << 20))
		return 0;
	/* fmemopen of a zero-length buffer fails: use a temporary file then */
	FILE *f = size ? fmemopen((void *)(uintptr_t)data, size, "rb") : tmpfile();
	FUZZ_CHECK(f != NULL);
	struct export_import im;
	memset(&im, 0, sizeof im);
	struct cc_err err = {0};
	enum cc_status rc = export_import_read(f, "fuzz.json", &im, &err);
	fclose(f);
	if (rc != CC_OK) {
		FUZZ_CHECK(rc == CC_ERR_INPUT);
		FUZZ_CHECK(err.msg != NULL && err.msg[0] != '\0');
		FUZZ_CHECK(im.entries == NULL && im.n == 0);
		cc_err_clear(&err);
		return 0;
	}
	size_t prev_claim = 0;
	for (size_t i = 0; i < im.n; i++) {
		const struct export_import_entry *e = &im.entries[i];
		check_str(e->key, false);
		check_str(e->source, false);
		check_str(e->source_hash, true);
		check_str(e->text, false);
		check_str(e->event, true);
		check_str(e->reviewer, false);
		check_str(e->at, false);
		check_str(e->action, false);
		check_str(e->verdict, true);
		check_str(e->note, true);
		check_str(e->tags, false);
		FUZZ_CHECK(export_time_valid(e->at));
		FUZZ_CHECK(e->verdict == NULL || export_verdict_index(e->verdict) >= 0);
		FUZZ_CHECK(e->claim < im.nclaims);
		FUZZ_CHECK(e->claim >= prev_claim);
		prev_claim = e->claim;
		/* each tag of the comma-separated list is a valid tag */
		const char *t = e->tags;
		while (*t) {
			const char *c = strchr(t, ',');
			size_t n = c ? (size_t)(c - t) : strlen(t);
			char *one = strndup(t, n);
			FUZZ_CHECK(one != NULL);
			FUZZ_CHECK(export_tag_valid(one));
			free(one);
			t += n + (c ? 1 : 0);
			if (c)
				FUZZ_CHECK(*t != '\0');
		}
	}
	export_import_free(&im);
	return 0;
}
