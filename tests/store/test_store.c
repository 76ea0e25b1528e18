/* Store tests through the public API only: create, recognise, refuse,
 * add, duplicates, and fault injection leaving the store as it was. */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store.h"
#include "tap.h"

static char dir[] = "/tmp/cc-store-XXXXXX";

static char *path_in(const char *name)
{
	return xasprintf("%s/%s", dir, name);
}

static struct store_source_in sample(const char *name, const char *text, const char *hash)
{
	static struct store_sentence_in ss[2];
	ss[0] = (struct store_sentence_in){0, 5, 0, false};
	ss[1] = (struct store_sentence_in){6, strlen(text), 1, true};
	return (struct store_source_in){
		.name = name, .hash = hash, .text = text, .len = strlen(text),
		.sents = ss, .nsents = 2, .date = "2024-07-20", .title = "A 'quoted'; title",
	};
}

static int count_cb(const struct store_source *s, void *ctx)
{
	(void)s;
	(*(int *)ctx)++;
	return 0;
}

static int nsources(struct store *st)
{
	int n = 0;
	struct cc_err err = {0};
	store_sources_each(st, count_cb, &n, &err);
	cc_err_clear(&err);
	return n;
}

static void write_file(const char *p, const char *data, size_t n)
{
	FILE *f = fopen(p, "wb");
	fwrite(data, 1, n, f);
	fclose(f);
}

static char *slurp(const char *p, size_t *n)
{
	FILE *f = fopen(p, "rb");
	if (!f)
		return NULL;
	char *b = malloc(1 << 20);
	*n = fread(b, 1, 1 << 20, f);
	fclose(f);
	return b;
}

int main(void)
{
	if (!mkdtemp(dir)) {
		printf("Bail out! mkdtemp\n");
		return 1;
	}
	struct cc_err err = {0};
	struct store *st = NULL;
	char *p = path_in("a.db");

	/* a missing store is not created for reading */
	tap_ok(store_open(p, STORE_OPEN_EXISTING, &st, &err) == CC_ERR_INPUT &&
		       access(p, F_OK) != 0 && strstr(err.msg, "no such store"),
	       "missing store: refused for reading and not created");
	cc_err_clear(&err);

	tap_ok(store_open(p, STORE_OPEN_CREATE, &st, &err) == CC_OK, "new store created");
	struct stat sb;
	tap_ok(stat(p, &sb) == 0 && (sb.st_mode & 0777) == 0600, "new store has mode 0600");

	struct store_source_in in = sample("one.txt", "Five. Six died.", "aaaa");
	int64_t id = 0;
	char *dup = NULL;
	tap_ok(store_source_add(st, &in, &id, &dup, &err) == CC_OK && id > 0, "source added");
	in.name = "other-name.txt";
	tap_ok(store_source_add(st, &in, &id, &dup, &err) == CC_DUPLICATE && dup &&
		       strcmp(dup, "one.txt") == 0,
	       "same text again: duplicate, names the existing source");
	free(dup);
	in = sample("one.txt", "Other text.", "bbbb");
	tap_ok(store_source_add(st, &in, &id, &dup, &err) == CC_ERR_INPUT &&
		       strstr(err.msg, "--name"),
	       "same name, other text: refused with a hint");
	cc_err_clear(&err);
	tap_long_eq(nsources(st), 1, "still one source");

	struct store_source src;
	tap_ok(store_source_get(st, "one.txt", &src, &err) == CC_OK && src.sentences == 2 &&
		       src.boilerplate == 1 && strcmp(src.title, "A 'quoted'; title") == 0 &&
		       strcmp(src.date, "2024-07-20") == 0,
	       "source read back with counts and a title holding quotes and ';'");
	struct store_sentence *ss = NULL;
	size_t n = 0;
	tap_ok(store_sentences_get(st, src.id, &ss, &n, &err) == CC_OK && n == 2 &&
		       ss[1].start == 6 && ss[1].boilerplate && ss[1].paragraph == 1,
	       "sentences read back in order with offsets and flags");
	free(ss);
	store_source_free(&src);
	tap_ok(store_source_get(st, "x'; DROP TABLE sources; --", &src, &err) == CC_ERR_INPUT,
	       "a hostile name is just a missing source");
	cc_err_clear(&err);
	tap_long_eq(nsources(st), 1, "sources table intact");

	/* fault injection: fail the Nth step or the commit; nothing may change */
	int failures = 0, steps;
	for (steps = 1; steps < 40; steps++) {
		char name[32];
		snprintf(name, sizeof name, "f%d.txt", steps);
		char hash[32];
		snprintf(hash, sizeof hash, "h%d", steps);
		in = sample(name, "Fault. Injected.", hash);
		store_fail_after(st, steps);
		enum cc_status rc = store_source_add(st, &in, &id, &dup, &err);
		store_fail_after(st, 0);
		cc_err_clear(&err);
		if (rc == CC_OK)
			break; /* the fault came after the last operation */
		failures++;
		if (nsources(st) != 1)
			break;
	}
	tap_ok(failures >= 5 && nsources(st) == 2,
	       "each injected failure (%d of them) left the store as it was", failures);
	store_close(st);

	/* reopen: schema recognised, data still there */
	tap_ok(store_open(p, STORE_OPEN_EXISTING, &st, &err) == CC_OK && nsources(st) == 2,
	       "store reopens with its sources");
	store_close(st);

	/* the review's timeline pages through the dated slots by index: no
	 * sort of every date in the store (schema 5) */
	sqlite3 *db;
	sqlite3_open(p, &db);
	sqlite3_stmt *plan;
	bool sorts = true, indexed = false;
	if (sqlite3_prepare_v2(db,
			       "EXPLAIN QUERY PLAN SELECT x.value FROM slots x"
			       " JOIN claims c ON c.id = x.claim_id WHERE x.type = 'date'"
			       " AND (x.value, x.claim_id, x.ord) > ('2024-07-20', 1, 0)"
			       " ORDER BY x.value, x.claim_id, x.ord LIMIT 40",
			       -1, &plan, NULL) == SQLITE_OK) {
		sorts = false;
		while (sqlite3_step(plan) == SQLITE_ROW) {
			const char *d = (const char *)sqlite3_column_text(plan, 3);
			if (d && strstr(d, "TEMP B-TREE"))
				sorts = true;
			if (d && strstr(d, "slots_dates"))
				indexed = true;
		}
		sqlite3_finalize(plan);
	}
	tap_ok(indexed && !sorts, "a timeline page is an index range over the dated slots, not a sort");

	/* a store from a newer crosscheck is refused untouched */
	char sql[64];
	snprintf(sql, sizeof sql, "PRAGMA user_version = %d", store_schema_version() + 1);
	sqlite3_exec(db, sql, NULL, NULL, NULL);
	sqlite3_close(db);
	size_t n1 = 0, n2 = 0;
	char *before = slurp(p, &n1);
	tap_ok(store_open(p, STORE_OPEN_CREATE, &st, &err) == CC_ERR_INPUT &&
		       strstr(err.msg, "newer crosscheck"),
	       "newer schema refused");
	cc_err_clear(&err);
	char *after = slurp(p, &n2);
	tap_ok(n1 == n2 && memcmp(before, after, n1) == 0, "newer store left byte for byte");
	free(before);
	free(after);

	/* a text file is not a store */
	char *q = path_in("notes.txt");
	write_file(q, "these are my notes, not a database\n", 35);
	tap_ok(store_open(q, STORE_OPEN_CREATE, &st, &err) == CC_ERR_INPUT &&
		       strstr(err.msg, "not a crosscheck store"),
	       "a text file is refused as a store");
	cc_err_clear(&err);
	before = slurp(q, &n1);
	tap_ok(n1 == 35 && memcmp(before, "these are my notes", 18) == 0, "the text file is untouched");
	free(before);

	/* another application's SQLite database is refused */
	char *r = path_in("other.db");
	sqlite3_open(r, &db);
	sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", NULL, NULL, NULL);
	sqlite3_close(db);
	before = slurp(r, &n1);
	tap_ok(store_open(r, STORE_OPEN_CREATE, &st, &err) == CC_ERR_INPUT &&
		       strstr(err.msg, "not a crosscheck store"),
	       "a foreign SQLite database is refused");
	cc_err_clear(&err);
	after = slurp(r, &n2);
	tap_ok(n1 == n2 && memcmp(before, after, n1) == 0, "the foreign database is untouched");
	free(before);
	free(after);

	/* a store in a folder that cannot be written is reported, not created */
	char *ro = path_in("ro");
	mkdir(ro, 0500);
	char *rp = xasprintf("%s/x.db", ro);
	if (geteuid() == 0) {
		printf("ok %d - # SKIP unwritable folder (running as root)\n", ++tap_n);
	} else {
		tap_ok(store_open(rp, STORE_OPEN_CREATE, &st, &err) == CC_ERR_IO &&
			       strstr(err.msg, "cannot create"),
		       "unwritable folder reported");
		cc_err_clear(&err);
	}

	remove(rp);
	rmdir(ro);
	free(rp);
	free(ro);
	free(p);
	free(q);
	free(r);
	char *cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		tap_diag("could not remove %s", dir);
	free(cmd);
	return tap_done();
}
