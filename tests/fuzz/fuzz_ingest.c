/* fuzz_ingest: arbitrary bytes through the whole article path that `add`
 * runs before the store: ingest_bytes (UTF-8 check, UTF-16 and NUL refusal,
 * BOM, CR/CRLF, NFC, boilerplate, title, dateline, URL; an input starting
 * with "<!doctype html" or "<html" after white space goes through
 * src/html.c's libxml2 parse first: corpus/ingest/page*.html), segmentation
 * and claim extraction with the real lexicon from data/.
 *
 * Invariants checked: a refusal carries a message and allocates nothing; an
 * accepted document is valid UTF-8 without NUL or CR, its hash is 64 hex
 * digits, its sentences are in order and inside the text; re-segmenting
 * the text gives the same sentence count; every mention and claim span lies
 * inside the text and inside its sentence's bounds; every slot index is in
 * range. The first input byte picks the options (a --date, a URL).
 */
#include "config.h"

#include <string.h>

#include "extract.h"
#include "fuzz.h"
#include "ingest.h"
#include "lexicon.h"
#include "segment.h"
#include "text.h"

static struct lexicon *lx;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	struct cc_err err = {0};
	/* the source tree's data/ unless CROSSCHECK_DATADIR says otherwise */
	const char *dir = getenv("CROSSCHECK_DATADIR");
	if (!dir || !*dir)
		dir = CC_SRCDATADIR;
	if (lexicon_load(dir, &lx, &err) != CC_OK) {
		fprintf(stderr, "fuzz_ingest: cannot load the lexicon: %s\n", err.msg);
		exit(1);
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!lx)
		LLVMFuzzerInitialize(NULL, NULL);
	if (size > (1u << 20))
		return 0;
	struct ingest_opts opts = {0};
	if (size > 0) {
		if (data[0] & 1)
			opts.date = "2024-07-20";
		if (data[0] & 2)
			opts.url = "https://www.example.com/2013/06/06/story";
		if (data[0] & 4) { /* the rest is the article: the options byte is not */
			data++;
			size--;
		}
	}
	struct ingest_doc doc;
	memset(&doc, 0, sizeof doc);
	struct cc_err err = {0};
	/* a copy of exactly `size` bytes, so ASan sees any read past the end */
	char *raw = malloc(size ? size : 1);
	FUZZ_CHECK(raw != NULL);
	if (size)
		memcpy(raw, data, size);
	enum cc_status rc = ingest_bytes(raw, size, "fuzz", &opts, &doc, &err);
	free(raw);
	if (rc != CC_OK) {
		FUZZ_CHECK(err.msg != NULL && err.msg[0] != '\0');
		FUZZ_CHECK(doc.text == NULL && doc.sents == NULL);
		cc_err_clear(&err);
		return 0;
	}
	FUZZ_CHECK(err.msg == NULL);
	FUZZ_CHECK(doc.text != NULL && doc.text[doc.len] == '\0');
	FUZZ_CHECK(text_utf8_valid(doc.text, doc.len, NULL, NULL));
	FUZZ_CHECK(memchr(doc.text, '\0', doc.len) == NULL);
	FUZZ_CHECK(memchr(doc.text, '\r', doc.len) == NULL);
	FUZZ_CHECK(strlen(doc.hash) == 64 && strspn(doc.hash, "0123456789abcdef") == 64);
	if (doc.title)
		FUZZ_CHECK(text_utf8_valid(doc.title, strlen(doc.title), NULL, NULL));
	if (doc.outlet)
		FUZZ_CHECK(text_utf8_valid(doc.outlet, strlen(doc.outlet), NULL, NULL));
	if (doc.url)
		FUZZ_CHECK(text_utf8_valid(doc.url, strlen(doc.url), NULL, NULL));
	size_t prev_end = 0;
	for (size_t i = 0; i < doc.nsents; i++) {
		const struct ingest_sentence *s = &doc.sents[i];
		FUZZ_CHECK(s->start <= s->end && s->end <= doc.len);
		FUZZ_CHECK(s->start >= prev_end);
		prev_end = s->end;
	}

	struct seg_sentence *seg = NULL;
	size_t nseg = segment_text(doc.text, doc.len, &seg);
	FUZZ_CHECK(nseg == doc.nsents);
	free(seg);

	struct extract_sentence *es = malloc((doc.nsents ? doc.nsents : 1) * sizeof *es);
	FUZZ_CHECK(es != NULL);
	for (size_t i = 0; i < doc.nsents; i++)
		es[i] = (struct extract_sentence){doc.sents[i].start, doc.sents[i].end,
						  doc.sents[i].boilerplate};
	struct year_hint hints[] = {{7, 20, 2024}, {6, 6, 2013}};
	struct extract_input in = {
		.text = doc.text, .len = doc.len, .sents = es, .nsents = doc.nsents,
		.hints = hints, .nhints = 2,
	};
	if (doc.date[0])
		FUZZ_CHECK(dateline_parse_iso(doc.date, &in.date));
	struct extraction x;
	memset(&x, 0, sizeof x);
	extract_doc(lx, &in, &x);
	for (size_t i = 0; i < x.mentions.n; i++) {
		const struct mention *m = &x.mentions.v[i];
		FUZZ_CHECK(m->start <= m->end && m->end <= doc.len);
		FUZZ_CHECK(m->sentence < doc.nsents || doc.nsents == 0);
		FUZZ_CHECK(memchr(m->value, '\0', sizeof m->value) != NULL);
		FUZZ_CHECK(m->event >= -1 && m->event < (int32_t)x.mentions.n);
		/* or the article's main organisation, implied or said */
		FUZZ_CHECK((m->subject >= -1 && m->subject < (int32_t)x.mentions.n) ||
			   m->subject == EXTRACT_SUBJ_MAIN || m->subject == EXTRACT_SUBJ_MAIN_SAID);
		FUZZ_CHECK(m->speaker >= -1 && m->speaker < (int32_t)x.mentions.n);
		(void)extract_slot_event(&x, m);
		(void)extract_slot_subject(&x, m);
	}
	for (size_t i = 0; i < x.nclaims; i++) {
		const struct claim *c = &x.claims[i];
		FUZZ_CHECK(c->sentence < doc.nsents);
		FUZZ_CHECK(c->start <= c->end && c->end <= doc.len);
		FUZZ_CHECK(c->score >= 0.0 && c->score <= 1.0);
		FUZZ_CHECK(memchr(c->subject, '\0', sizeof c->subject) != NULL);
		FUZZ_CHECK(text_utf8_valid(c->subject, strlen(c->subject), NULL, NULL));
		for (size_t k = 0; k < c->nslots; k++)
			FUZZ_CHECK(c->slots[k] < x.mentions.n);
	}
	extraction_free(&x);
	free(es);
	ingest_doc_free(&doc);
	return 0;
}
