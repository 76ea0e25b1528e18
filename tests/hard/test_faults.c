/* test_faults: SQLite-style fault injection at the store's seams.
 *
 * For each write the store offers — adding a source with claims, slots and
 * conflict marking; a batch of sources; an annotation (verdict, a note and
 * tags holding quotes and ';'); undo and redo; a review session's begin and
 * end; an import of annotations — the test makes the 1st, 2nd, ... Nth
 * SQLite step or commit fail (store_fail_after) and runs the write again
 * from the same state, until it succeeds. After every injected failure:
 *   - the store's whole content (every row of every table, read through a
 *     second connection) is exactly what it was before the write;
 *   - no write transaction is left open (a second connection can take the
 *     write lock at once);
 *   - the write then succeeds once the fault is off (the handle still works).
 * A batch is checked unit by unit: a failed source is absent and the others
 * are there, and a failed batch commit leaves nothing.
 * Under --enable-sanitizers and valgrind this also shows no leak on the
 * failure paths.
 */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store.h"
#include "tap.h"

static char dir[] = "/tmp/cc-faults-XXXXXX";
static char *db_path;

/* ---- looking at the store from outside ------------------------------------ */

/* Every row of every table (and the schema), as text: what "the store as
 * it was" means. Read through a connection of its own. */
static char *dump(void)
{
	sqlite3 *db = NULL;
	struct buf b;
	buf_init(&b);
	if (sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		buf_printf(&b, "cannot open: %s", sqlite3_errmsg(db));
		sqlite3_close(db);
		return buf_steal(&b);
	}
	sqlite3_stmt *t = NULL;
	sqlite3_prepare_v2(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name",
			   -1, &t, NULL);
	while (t && sqlite3_step(t) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(t, 0);
		buf_printf(&b, "== %s\n%s\n", name, (const char *)sqlite3_column_text(t, 1));
		char *sql = sqlite3_mprintf("SELECT * FROM \"%w\" ORDER BY rowid", name);
		sqlite3_stmt *q = NULL;
		if (sqlite3_prepare_v2(db, sql, -1, &q, NULL) != SQLITE_OK) {
			/* WITHOUT ROWID tables */
			sqlite3_free(sql);
			sql = sqlite3_mprintf("SELECT * FROM \"%w\"", name);
			sqlite3_prepare_v2(db, sql, -1, &q, NULL);
		}
		sqlite3_free(sql);
		while (q && sqlite3_step(q) == SQLITE_ROW) {
			for (int i = 0; i < sqlite3_column_count(q); i++) {
				const void *v = sqlite3_column_blob(q, i);
				int n = sqlite3_column_bytes(q, i);
				/* hex, so that blobs holding NUL bytes compare whole */
				buf_printf(&b, "%d:", sqlite3_column_type(q, i));
				for (int k = 0; v && k < n; k++)
					buf_printf(&b, "%02x", ((const unsigned char *)v)[k]);
				buf_addc(&b, '|');
			}
			buf_addc(&b, '\n');
		}
		sqlite3_finalize(q);
	}
	sqlite3_finalize(t);
	sqlite3_close(db);
	return buf_steal(&b);
}

/* True when another connection can take the write lock now: the store left
 * no write transaction open behind a failure. */
static bool writer_free(void)
{
	sqlite3 *db = NULL;
	bool free_now = false;
	if (sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK) {
		sqlite3_busy_timeout(db, 0);
		free_now = sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK;
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	}
	sqlite3_close(db);
	return free_now;
}

static long long count(const char *sql)
{
	sqlite3 *db = NULL;
	long long n = -1;
	if (sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK) {
		sqlite3_stmt *q = NULL;
		if (sqlite3_prepare_v2(db, sql, -1, &q, NULL) == SQLITE_OK &&
		    sqlite3_step(q) == SQLITE_ROW)
			n = sqlite3_column_int64(q, 0);
		sqlite3_finalize(q);
	}
	sqlite3_close(db);
	return n;
}

/* ---- the writes under test ------------------------------------------------ */

struct ctx {
	struct store *st;
	int64_t claim;      /* the claim annotated */
	int64_t session;    /* the session ended */
	int serial;         /* makes each new source's text and name unique */
	const char *keys[2];/* claim keys for the import */
	char *keybuf[2];
	char hash[65];
};

/* A judge that calls every candidate pair a conflict, so that the
 * conflicts table is written on each add. */
static size_t judge_all(void *ctx, const struct store_claim *a, const struct store_claim *b,
			struct store_mark *out, size_t max)
{
	(void)ctx;
	(void)a;
	(void)b;
	if (max < 1)
		return 0;
	out[0] = (struct store_mark){
		.conflict = true, .kind = "quantity", .severity = "strong", .rule = "test/all",
		.key = "Acme|worker", .explanation = "one says 50; the other says \"60\"; DROP",
		.slot_a = 0, .slot_b = 0,
	};
	return 1;
}

static void judge_release(void *ctx, struct store_mark *m, size_t n)
{
	(void)ctx;
	(void)m;
	(void)n;
}

static const struct store_judge JUDGE = {judge_all, judge_release, NULL, NULL};

/* Adds a source "sN..." to a story with two sentences and two claims (a date and a
 * number about Acme), marked against the earlier sources. */
static enum cc_status add_source(struct store *st, int n, const char *story, struct cc_err *err)
{
	char *text = xasprintf("On July 20, 2024 Acme said it cut %d jobs. Its chief's note: \"no\"; done %d.",
			       n, n);
	char *name = xasprintf("s%d'; DROP TABLE sources; --.txt", n);
	char hash[65];
	snprintf(hash, sizeof hash, "%016x%048d", (unsigned)n, 0); /* keys use the first 16 */
	size_t len = strlen(text);
	size_t cut = (size_t)(strchr(text, '.') - text) + 1;
	struct store_sentence_in ss[2] = {{0, cut, 0, false}, {cut + 1, len, 0, false}};
	struct store_slot sl[2] = {
		{.type = "date", .text = "July 20, 2024", .value = "2024-07-20", .gran = "day",
		 .event = "LAYOFF", .subject = "Acme", .start = 3, .end = 16, .lo = 19924, .hi = 19924,
		 .has_lo = true, .has_hi = true},
		{.type = "number", .text = "50", .value = "50", .unit = "worker", .event = "LAYOFF",
		 .subject = "Acme", .start = 30, .end = 32, .lo = n, .hi = n, .has_lo = true,
		 .has_hi = true},
	};
	struct store_slot quote = {.type = "quote", .text = "\"no\"", .value = "Acme", .norm = "no",
				   .start = cut + 20, .end = cut + 24};
	struct store_claim_in cl[2] = {
		{.sentence = 0, .start = 0, .end = cut, .subject = "Acme", .event = "LAYOFF",
		 .lemma = "cut", .scope = "cut", .modality = "asserted", .score = 0.9, .slots = sl,
		 .nslots = 2},
		{.sentence = 1, .start = cut + 1, .end = len, .subject = "Acme", .event = "",
		 .lemma = "", .scope = "", .speaker = "Acme", .modality = "reported", .score = 0.4,
		 .slots = &quote, .nslots = 1},
	};
	struct store_source_in in = {
		.name = name, .path = "/nowhere/a'b;c.txt", .url = "https://example.com/a?b='c';",
		.outlet = "example.com", .date = "2024-07-20", .date_origin = "option",
		.title = "A 'title'; with quotes", .story = story, .hash = hash, .text = text,
		.len = len, .sents = ss, .nsents = 2, .claims = cl, .nclaims = 2, .judge = &JUDGE,
	};
	char *dup = NULL;
	int64_t id = 0;
	enum cc_status rc = store_source_add(st, &in, &id, &dup, err);
	free(dup);
	free(text);
	free(name);
	return rc;
}

/* Adds "month-N.txt" to the story "months": one claim, the pier's closing
 * "in June" (value "XXXX-06", no year: year_from 4) or, with `year`, in
 * June of that year. A third source giving the year makes the store judge
 * the first two again (store/conflicts.c mark_resolved); removing it
 * judges them again (st_rejudge_years). */
static enum cc_status add_month(struct store *st, int n, const char *year, struct cc_err *err)
{
	char *text = year ? xasprintf("The pier closed in June %s.", year) : xstrdup("The pier closed in June.");
	char *name = xasprintf("month-%d.txt", n);
	char *value = xasprintf("%s-06", year ? year : "XXXX");
	char hash[65];
	snprintf(hash, sizeof hash, "%016x%048d", (unsigned)(1000 + n), 0);
	size_t len = strlen(text);
	struct store_sentence_in ss[1] = {{0, len, 0, false}};
	struct store_slot sl = {.type = "date", .text = "June", .value = value, .gran = "month",
				.event = "CLOSE", .subject = "Pier", .start = 19, .end = 23,
				.year_from = year ? 0 : 4};
	if (year) {
		sl.lo = 19875; /* 2024-06-01 and -30; the rules here read none */
		sl.hi = 19904;
		sl.has_lo = sl.has_hi = true;
	}
	struct store_claim_in cl[1] = {
		{.sentence = 0, .start = 0, .end = len, .subject = "Pier", .event = "CLOSE", .lemma = "close",
		 .scope = "close", .modality = "asserted", .score = 0.9, .slots = &sl, .nslots = 1},
	};
	struct store_source_in in = {
		.name = name, .path = "/nowhere/month.txt", .outlet = "example.com", .title = "Pier",
		.story = "months", .hash = hash, .text = text, .len = len, .sents = ss, .nsents = 1,
		.claims = cl, .nclaims = 1, .judge = &JUDGE,
	};
	char *dup = NULL;
	int64_t id = 0;
	enum cc_status rc = store_source_add(st, &in, &id, &dup, err);
	free(dup);
	free(text);
	free(name);
	free(value);
	return rc;
}

static enum cc_status op_add_month_year(struct ctx *c, struct cc_err *err)
{
	return add_month(c->st, 3, "2024", err);
}

/* The source that gave June its year goes; another gives 2023 */
static enum cc_status op_remove_month_year(struct ctx *c, struct cc_err *err)
{
	struct store_remove r = {.name = "month-3.txt"};
	return store_sources_remove(c->st, &r, 1, &JUDGE, err);
}

#define STORY "fire'; --"

typedef enum cc_status (*op_fn)(struct ctx *c, struct cc_err *err);

static enum cc_status op_add(struct ctx *c, struct cc_err *err)
{
	return add_source(c->st, c->serial, STORY, err);
}

static enum cc_status op_annotate(struct ctx *c, struct cc_err *err)
{
	return store_annotate(c->st, c->claim, c->session, "o'brien; --", "misleading",
			      "It's \"wrong\"; see '); DROP TABLE annotations; --", "a'b,c;d", NULL,
			      err);
}

/* o'brien gives again the verdict they hold, which zed's newer one
 * replaced on the claim: an entry that sets the claim's verdict */
static enum cc_status op_restate(struct ctx *c, struct cc_err *err)
{
	return store_annotate_restating(c->st, c->claim, c->session, "o'brien; --", "misleading",
					"It's \"wrong\"; see '); DROP TABLE annotations; --", "a'b,c;d",
					NULL, NULL, STORE_RESTATE_VERDICT, NULL, err);
}

/* o'brien gives again the tag they hold, which zed removed later: an
 * entry that drops it from o'brien's own state, then one that gives it */
static enum cc_status op_restate_tag(struct ctx *c, struct cc_err *err)
{
	return store_annotate_restating(c->st, c->claim, c->session, "o'brien; --", "misleading",
					"It's \"wrong\"; see '); DROP TABLE annotations; --", "a'b,c;d",
					NULL, "c;d", 0, NULL, err);
}

static enum cc_status op_undo(struct ctx *c, struct cc_err *err)
{
	int64_t claim = 0;
	return store_undo(c->st, "o'brien; --", c->session, &claim, err);
}

static enum cc_status op_redo(struct ctx *c, struct cc_err *err)
{
	int64_t claim = 0;
	return store_redo(c->st, "o'brien; --", c->session, &claim, err);
}

static enum cc_status op_session_begin(struct ctx *c, struct cc_err *err)
{
	int64_t id = 0;
	return store_session_begin(c->st, "eve'; --", &id, err);
}

static enum cc_status op_session_end(struct ctx *c, struct cc_err *err)
{
	return store_session_end(c->st, c->session, err);
}

static enum cc_status op_import(struct ctx *c, struct cc_err *err)
{
	struct store_import_entry v[3] = {
		{.key = c->keys[0], .reviewer = "imp'orter", .at = "2024-07-22T10:00:00.000Z",
		 .verdict = "true", .note = "n1; 'x'", .tags = "t1"},
		{.key = c->keys[0], .reviewer = "imp'orter", .at = "2024-07-22T11:00:00.000Z",
		 .verdict = "false", .note = NULL, .tags = ""},
		{.key = c->keys[1], .reviewer = "other", .at = "2024-07-22T12:00:00.000Z",
		 .verdict = "unverifiable", .note = "\"q\"", .tags = "a,b"},
	};
	return store_import_annotations(c->st, v, 3, false, err);
}

/* Removes the first source, whose claims carry the annotations above
 * (their entries counted as saved, as remove --force does after its export). */
static enum cc_status op_remove(struct ctx *c, struct cc_err *err)
{
	(void)c;
	struct store_remove r = {.name = "s1'; DROP TABLE sources; --.txt", .entries_saved = 1000};
	return store_sources_remove(c->st, &r, 1, NULL, err);
}

/* Refreshes the second source with an extraction that reads its figure as
 * 77 and finds a second figure and another title (store_sources_refresh):
 * its claims and title are replaced, the annotated one is kept, and the
 * story is marked again. */
static enum cc_status op_refresh(struct ctx *c, struct cc_err *err)
{
	char *text = xasprintf("On July 20, 2024 Acme said it cut %d jobs. Its chief's note: \"no\"; done %d.",
			       2, 2);
	char hash[65];
	snprintf(hash, sizeof hash, "%016x%048d", 2u, 0);
	size_t len = strlen(text);
	size_t cut = (size_t)(strchr(text, '.') - text) + 1;
	struct store_sentence_in ss[2] = {{0, cut, 0, false}, {cut + 1, len, 0, false}};
	struct store_slot sl[2] = {
		{.type = "date", .text = "July 20, 2024", .value = "2024-07-20", .gran = "day",
		 .event = "LAYOFF", .subject = "Acme", .start = 3, .end = 16, .lo = 19924, .hi = 19924,
		 .has_lo = true, .has_hi = true},
		{.type = "number", .text = "2", .value = "77", .unit = "worker", .event = "LAYOFF",
		 .subject = "Acme", .start = 30, .end = 31, .lo = 77, .hi = 77, .has_lo = true,
		 .has_hi = true},
	};
	struct store_slot more = {.type = "number", .text = "2", .value = "2", .unit = "note",
				  .subject = "Acme", .start = len - 2, .end = len - 1, .lo = 2, .hi = 2,
				  .has_lo = true, .has_hi = true};
	struct store_slot quote = {.type = "quote", .text = "\"no\"", .value = "Acme", .norm = "no",
				   .start = cut + 20, .end = cut + 24};
	struct store_claim_in cl[3] = {
		{.sentence = 0, .start = 0, .end = cut, .subject = "Acme", .event = "LAYOFF",
		 .lemma = "cut", .scope = "cut", .modality = "asserted", .score = 0.9, .slots = sl,
		 .nslots = 2},
		{.sentence = 1, .start = cut + 1, .end = len, .subject = "Acme", .event = "",
		 .lemma = "", .scope = "", .speaker = "Acme", .modality = "reported", .score = 0.4,
		 .slots = &more, .nslots = 1},
		{.sentence = 1, .start = cut + 1, .end = len, .subject = "Acme", .event = "",
		 .lemma = "", .scope = "", .speaker = "Acme", .modality = "reported", .score = 0.4,
		 .slots = &quote, .nslots = 1},
	};
	struct store_source_in in = {
		.hash = hash, .text = text, .len = len, .sents = ss, .nsents = 2, .claims = cl,
		.nclaims = 3, .outlet = "example.com", .date = "2024-07-20", .date_origin = "option",
		.title = "Acme's 'title', found anew",
	};
	struct store_refresh r = {.name = "s2'; DROP TABLE sources; --.txt", .in = &in};
	enum cc_status rc = store_sources_refresh(c->st, &r, 1, &JUDGE, false, err);
	store_refresh_free(&r, 1);
	free(text);
	return rc;
}

/* Runs op with the Nth step or commit failing, N = 1, 2, ... until it
 * succeeds; checks the store after each failure. */
static void faults(struct ctx *c, const char *what, op_fn op)
{
	int failures = 0, changed_at = 0, locked_at = 0, n;
	enum cc_status rc = CC_ERR_STORE;
	char *before = dump();
	for (n = 1; n <= 500; n++) {
		struct cc_err err = {0};
		store_fail_after(c->st, n);
		rc = op(c, &err);
		store_fail_after(c->st, 0);
		cc_err_clear(&err);
		if (rc == CC_OK)
			break;
		failures++;
		char *after = dump();
		if (strcmp(before, after) != 0 && !changed_at)
			changed_at = n;
		free(after);
		if (!writer_free() && !locked_at)
			locked_at = n;
	}
	tap_ok(rc == CC_OK && failures > 0, "%s: succeeds after %d injected failures", what, failures);
	tap_ok(changed_at == 0, "%s: each failure left the store as it was%s", what,
	       changed_at ? " (not the one at step or commit number shown below)" : "");
	if (changed_at)
		tap_diag("the store changed when step/commit %d failed", changed_at);
	tap_ok(locked_at == 0, "%s: no failure left a write transaction open", what);
	if (locked_at)
		tap_diag("the write lock was still held after step/commit %d failed", locked_at);
	char *final = dump();
	tap_ok(strcmp(before, final) != 0, "%s: the successful run changed the store", what);
	free(final);
	free(before);
}

static int key_cb(const struct store_claim *cl, void *ctx)
{
	struct ctx *c = ctx;
	for (int i = 0; i < 2; i++)
		if (!c->keybuf[i]) {
			c->keybuf[i] = xstrdup(cl->key);
			c->keys[i] = c->keybuf[i];
			if (i == 0)
				c->claim = cl->id;
			return 0;
		}
	return 1;
}

/* A batch of three sources, with the Nth operation failing: each source
 * whose add failed is absent, the others present; a failed commit leaves
 * the store as it was. */
static void batch_faults(struct ctx *c)
{
	int bad = 0, n, commit_failures = 0, unit_failures = 0;
	bool done = false;
	for (n = 1; n <= 500 && !done; n++) {
		long long before = count("SELECT count(*) FROM sources");
		char *snap = dump();
		struct cc_err err = {0};
		int ok_adds = 0;
		store_fail_after(c->st, n);
		enum cc_status rc = store_batch_begin(c->st, &err);
		cc_err_clear(&err);
		for (int k = 0; k < 3 && rc == CC_OK; k++) {
			c->serial++;
			/* a story of its own: the conflict marking (tested above)
			 * would otherwise grow with every attempt */
			char *story = xasprintf("batch %d", c->serial);
			enum cc_status arc = add_source(c->st, c->serial, story, &err);
			free(story);
			if (arc == CC_OK)
				ok_adds++;
			else
				unit_failures++;
			cc_err_clear(&err);
		}
		enum cc_status crc = rc == CC_OK ? store_batch_commit(c->st, &err) : rc;
		store_fail_after(c->st, 0);
		cc_err_clear(&err);
		long long after = count("SELECT count(*) FROM sources");
		if (crc != CC_OK) {
			commit_failures++;
			char *now = dump();
			if (strcmp(snap, now) != 0)
				bad++;
			free(now);
		} else if (after != before + ok_adds) {
			bad++;
		}
		if (crc == CC_OK && ok_adds == 3)
			done = true;
		if (!writer_free())
			bad++;
		free(snap);
	}
	tap_ok(done && unit_failures > 0 && commit_failures > 0,
	       "batch: %d failed units and %d failed commits before a clean run", unit_failures,
	       commit_failures);
	tap_ok(bad == 0, "batch: a failed unit is absent, the others kept; a failed commit leaves nothing (%d bad)",
	       bad);
}

int main(void)
{
	if (!mkdtemp(dir)) {
		printf("Bail out! mkdtemp\n");
		return 1;
	}
	db_path = xasprintf("%s/faults.db", dir);
	struct cc_err err = {0};
	struct ctx c = {0};
	if (store_open(db_path, STORE_OPEN_CREATE, &c.st, &err) != CC_OK) {
		printf("Bail out! %s\n", err.msg);
		return 1;
	}
	c.serial = 1;
	tap_ok(add_source(c.st, c.serial, STORY, &err) == CC_OK, "a first source is added");
	cc_err_clear(&err);

	c.serial = 2;
	faults(&c, "adding a source with claims, slots and conflicts", op_add);
	tap_ok(count("SELECT count(*) FROM conflicts") > 0, "the conflict marking was exercised");

	store_claims_each(c.st, NULL, key_cb, &c, &err);
	cc_err_clear(&err);
	tap_ok(c.claim > 0 && c.keys[1] != NULL, "claims and their keys read back");

	faults(&c, "beginning a review session", op_session_begin);
	tap_ok(store_session_begin(c.st, "o'brien; --", &c.session, &err) == CC_OK, "a session begins");
	cc_err_clear(&err);
	faults(&c, "an annotation with quotes and ';'", op_annotate);
	struct store_annotation cur;
	bool found = false;
	tap_ok(store_annotation_current(c.st, c.claim, &cur, &found, &err) == CC_OK && found &&
		       strcmp(cur.note, "It's \"wrong\"; see '); DROP TABLE annotations; --") == 0 &&
		       strcmp(cur.reviewer, "o'brien; --") == 0,
	       "the note and the reviewer read back byte for byte");
	if (found)
		store_annotation_free(&cur);
	cc_err_clear(&err);
	faults(&c, "undo", op_undo);
	faults(&c, "redo", op_redo);
	tap_ok(store_annotate(c.st, c.claim, 0, "zed", "true", NULL, "", NULL, &err) == CC_OK,
	       "another reviewer's newer verdict");
	cc_err_clear(&err);
	faults(&c, "restating a verdict over another reviewer's newer one", op_restate);
	found = false;
	tap_ok(store_annotation_current(c.st, c.claim, &cur, &found, &err) == CC_OK && found &&
		       cur.verdict && strcmp(cur.verdict, "misleading") == 0,
	       "the restated verdict is the claim's");
	if (found)
		store_annotation_free(&cur);
	cc_err_clear(&err);
	tap_ok(store_annotate_removing(c.st, c.claim, 0, "zed", "true", NULL, "", "c;d", NULL, &err) ==
		       CC_OK,
	       "another reviewer removes a tag");
	cc_err_clear(&err);
	faults(&c, "giving again a tag another reviewer removed", op_restate_tag);
	found = false;
	tap_ok(store_annotation_current(c.st, c.claim, &cur, &found, &err) == CC_OK && found &&
		       strcmp(cur.tags, "a'b,c;d") == 0,
	       "the tag given again is the claim's");
	if (found)
		store_annotation_free(&cur);
	cc_err_clear(&err);
	faults(&c, "ending a review session", op_session_end);
	faults(&c, "importing annotations", op_import);
	batch_faults(&c);
	/* without the entries counted as saved: refused, nothing changed */
	char *before = dump();
	struct store_remove unsaved = {.name = "s1'; DROP TABLE sources; --.txt"};
	tap_ok(store_sources_remove(c.st, &unsaved, 1, NULL, &err) == CC_ERR_INPUT && err.msg &&
		       strstr(err.msg, "annotated claim"),
	       "removing an annotated source whose entries are not saved is refused");
	cc_err_clear(&err);
	char *after = dump();
	tap_ok(strcmp(before, after) == 0, "and the store is as it was");
	free(before);
	free(after);
	/* an annotated claim of the source refreshed, kept through it */
	int64_t s2claim = count("SELECT c.id FROM claims c JOIN sources s ON s.id = c.source_id"
				" WHERE s.name LIKE 's2''%' AND c.ord = 1");
	tap_ok(store_annotate(c.st, s2claim, 0, "rae", "true", "kept", "", NULL, &err) == CC_OK,
	       "a claim of the source to refresh is annotated");
	cc_err_clear(&err);
	faults(&c, "refreshing a source (claims replaced, its story marked again)", op_refresh);
	tap_long_eq(count("SELECT count(*) FROM annotations a JOIN claims c ON c.id = a.claim_id"
			  " JOIN slots x ON x.claim_id = c.id WHERE a.reviewer = 'rae' AND x.type = 'quote'"),
		    1, "the annotated claim kept its entry through the refresh");
	faults(&c, "removing an annotated source with its conflicts", op_remove);
	/* years of months given by a later source, and taken back */
	tap_ok(add_month(c.st, 1, NULL, &err) == CC_OK && add_month(c.st, 2, NULL, &err) == CC_OK,
	       "two months without a year");
	cc_err_clear(&err);
	faults(&c, "a source giving June its year (the months judged again)", op_add_month_year);
	tap_long_eq(count("SELECT count(*) FROM slots WHERE value = '2024-06' AND year_from = 3"), 2,
		    "both months took 2024");
	tap_ok(add_month(c.st, 4, "2023", &err) == CC_OK, "a source of June 2023");
	cc_err_clear(&err);
	faults(&c, "removing it (June 2023 again: the months judged again)", op_remove_month_year);
	tap_long_eq(count("SELECT count(*) FROM slots WHERE value = '2023-06' AND year_from = 3"), 2,
		    "the months took 2023");
	tap_long_eq(count("SELECT count(*) FROM annotations a LEFT JOIN claims c ON c.id = a.claim_id"
			  " WHERE c.id IS NULL"),
		    0, "no annotation entry is left without its claim");
	tap_long_eq(count("SELECT count(*) FROM sqlite_schema WHERE name = 'sources'"), 1,
		    "the hostile names did not reach the SQL");
	store_close(c.st);

	/* the store is sound afterwards */
	sqlite3 *db = NULL;
	sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READONLY, NULL);
	sqlite3_stmt *q = NULL;
	sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &q, NULL);
	const char *ic = q && sqlite3_step(q) == SQLITE_ROW ? (const char *)sqlite3_column_text(q, 0) : "";
	tap_str_eq(ic, "ok", "PRAGMA integrity_check is ok after every fault");
	sqlite3_finalize(q);
	sqlite3_close(db);

	free(c.keybuf[0]);
	free(c.keybuf[1]);
	const char *suffix[] = {"", "-wal", "-shm", "-journal"};
	for (size_t i = 0; i < CC_ARRAY_LEN(suffix); i++) {
		char *p = xasprintf("%s%s", db_path, suffix[i]);
		unlink(p);
		free(p);
	}
	rmdir(dir);
	free(db_path);
	return tap_done();
}
