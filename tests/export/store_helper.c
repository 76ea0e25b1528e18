/* store_helper: what the export shell tests need of the store beyond the
 * CLI.
 *
 *   store_helper session-note DB CLAIM-ID REVIEWER VERDICT|none NOTE
 *       annotates one claim inside a review session, begun and ended as the
 *       review does (sessions without a terminal).
 *   store_helper import-faults DB FILE
 *       imports a json export with a fault injected at the 1st, 2nd, ...
 *       SQLite step or commit until the import succeeds; after every failed
 *       attempt the annotation log and the claims' current states must be
 *       exactly as before. Prints how
 *       many faults it injected; exit 1 when a failure left a change. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "store.h"

static int session_note(char **argv)
{
	struct cc_err err = {0};
	struct store *st;
	int64_t session = 0;
	const char *verdict = strcmp(argv[3], "none") == 0 ? NULL : argv[3];
	if (store_open(argv[0], STORE_OPEN_EXISTING, &st, &err) != CC_OK) {
		fprintf(stderr, "store_helper: %s\n", err.msg);
		return 1;
	}
	int status = 0;
	if (store_session_begin(st, argv[2], &session, &err) != CC_OK ||
	    store_annotate(st, strtoll(argv[1], NULL, 10), session, argv[2], verdict,
			   *argv[4] ? argv[4] : NULL, "", NULL, &err) != CC_OK ||
	    store_session_end(st, session, &err) != CC_OK) {
		fprintf(stderr, "store_helper: %s\n", err.msg);
		status = 1;
	}
	cc_err_clear(&err);
	store_close(st);
	return status;
}

/* The whole annotation log and each claim's current state, as text,
 * through the export walk. */
static int log_one(const struct store_export_claim *c, void *ctx)
{
	struct buf *b = ctx;
	if (c->current)
		buf_printf(b, "%s|current|%s|%s|%s\n", c->claim->key,
			   c->current->verdict ? c->current->verdict : "-",
			   c->current->note ? c->current->note : "-", c->current->tags);
	for (size_t i = 0; i < c->nhistory; i++) {
		const struct store_annotation *a = &c->history[i];
		buf_printf(b, "%s|%lld|%s|%s|%s|%s|%s|%s\n", c->claim->key, (long long)a->id, a->reviewer,
			   a->at, a->action, a->verdict ? a->verdict : "-", a->note ? a->note : "-",
			   a->tags ? a->tags : "");
	}
	return 0;
}

static char *log_text(struct store *st)
{
	struct buf b;
	buf_init(&b);
	struct cc_err err = {0};
	struct store_export_filter f = {.only = STORE_EXPORT_ANNOTATED};
	store_fail_after(st, 0);
	if (store_export_claims_each(st, &f, log_one, &b, &err) != CC_OK) {
		fprintf(stderr, "store_helper: %s\n", err.msg);
		exit(2);
	}
	return buf_steal(&b);
}

static int import_faults(char **argv)
{
	struct cc_err err = {0};
	FILE *f = fopen(argv[1], "r");
	if (!f) {
		perror(argv[1]);
		return 2;
	}
	struct export_import im;
	if (export_import_read(f, argv[1], &im, &err) != CC_OK) {
		fprintf(stderr, "store_helper: %s\n", err.msg);
		return 2;
	}
	fclose(f);
	struct store *st;
	if (store_open(argv[0], STORE_OPEN_EXISTING, &st, &err) != CC_OK) {
		fprintf(stderr, "store_helper: %s\n", err.msg);
		return 2;
	}
	struct store_import_entry *v = calloc(im.n + 1, sizeof *v);
	char *before = log_text(st);
	int status = 1;
	for (int n = 1; n < 100000; n++) {
		for (size_t i = 0; i < im.n; i++) {
			const struct export_import_entry *e = &im.entries[i];
			v[i] = (struct store_import_entry){
				.key = e->key, .source_hash = e->source_hash, .text = e->text,
				.event = e->event, .reviewer = e->reviewer, .at = e->at,
				.verdict = e->verdict, .note = e->note && *e->note ? e->note : NULL,
				.tags = e->tags,
			};
		}
		store_fail_after(st, n);
		enum cc_status rc = store_import_annotations(st, v, im.n, false, &err);
		store_fail_after(st, 0);
		cc_err_clear(&err);
		if (rc == CC_OK) {
			printf("import succeeded after %d injected faults\n", n - 1);
			status = 0;
			break;
		}
		char *now = log_text(st);
		if (strcmp(now, before) != 0) {
			printf("fault at step %d left the annotation log changed\n", n);
			free(now);
			break;
		}
		free(now);
	}
	free(before);
	free(v);
	store_close(st);
	export_import_free(&im);
	return status;
}

int main(int argc, char **argv)
{
	if (argc == 7 && strcmp(argv[1], "session-note") == 0)
		return session_note(argv + 2);
	if (argc == 4 && strcmp(argv[1], "import-faults") == 0)
		return import_faults(argv + 2);
	fprintf(stderr, "usage: store_helper session-note DB CLAIM-ID REVIEWER VERDICT|none NOTE\n"
			"       store_helper import-faults DB FILE\n");
	return 2;
}
