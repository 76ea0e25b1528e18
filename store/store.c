/* store: the SQLite store behind store.h.
 *
 * Owns: opening and recognising store files, migrations, and every SQL
 * statement crosscheck runs. Every parameter is bound, never spliced into
 * SQL text. Must not: print, exit, or know about curses.
 *
 * The seams step()/commit() are where fault injection (store_fail_after)
 * makes the Nth operation fail, so tests can show that each failure leaves
 * the store as it was.
 */
#include "config.h"

#include "store.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "schema.h"

struct store {
	sqlite3 *db;
	char *path;
	int fail_countdown; /* 0: off; n: the nth step/commit from now fails */
};

int store_schema_version(void)
{
	return (int)schema_nmigrations;
}

const char *store_default_path(const char *opt)
{
	if (opt && *opt)
		return opt;
	const char *env = getenv("CROSSCHECK_DB");
	if (env && *env)
		return env;
	return "crosscheck.db";
}

const char *store_path(const struct store *st)
{
	return st->path;
}

void store_fail_after(struct store *st, int n)
{
	st->fail_countdown = n;
}

/* Returns true when an injected fault should fire now. */
static bool injected(struct store *st)
{
	if (st->fail_countdown <= 0)
		return false;
	return --st->fail_countdown == 0;
}

static enum cc_status db_error(struct store *st, struct cc_err *err, const char *what)
{
	int code = sqlite3_extended_errcode(st->db);
	const char *msg = sqlite3_errmsg(st->db);
	if ((code & 0xff) == SQLITE_READONLY)
		return cc_err_set(err, CC_ERR_STORE, "%s: the store is read-only (%s)", st->path, msg);
	if ((code & 0xff) == SQLITE_FULL)
		return cc_err_set(err, CC_ERR_STORE, "%s: %s: the disk is full", st->path, what);
	if ((code & 0xff) == SQLITE_BUSY)
		return cc_err_set(err, CC_ERR_STORE,
				  "%s: %s: the store stayed locked by another crosscheck", st->path, what);
	return cc_err_set(err, CC_ERR_STORE, "%s: %s: %s", st->path, what, msg);
}

/* One step of a prepared statement, through the fault-injection seam. */
static int step(struct store *st, sqlite3_stmt *s)
{
	if (injected(st))
		return SQLITE_IOERR;
	return sqlite3_step(s);
}

static int exec(struct store *st, const char *sql)
{
	return sqlite3_exec(st->db, sql, NULL, NULL, NULL);
}

static enum cc_status begin(struct store *st, struct cc_err *err)
{
	if (exec(st, "BEGIN IMMEDIATE") != SQLITE_OK)
		return db_error(st, err, "cannot start a transaction");
	return CC_OK;
}

static enum cc_status commit(struct store *st, struct cc_err *err)
{
	if (injected(st)) {
		exec(st, "ROLLBACK");
		return cc_err_set(err, CC_ERR_STORE, "%s: commit failed (injected fault)", st->path);
	}
	if (exec(st, "COMMIT") != SQLITE_OK) {
		enum cc_status rc = db_error(st, err, "commit failed");
		exec(st, "ROLLBACK");
		return rc;
	}
	return CC_OK;
}

static void rollback(struct store *st)
{
	if (!sqlite3_get_autocommit(st->db))
		exec(st, "ROLLBACK");
}

static sqlite3_stmt *prepare(struct store *st, const char *sql, struct cc_err *err)
{
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) {
		db_error(st, err, "cannot prepare a statement");
		return NULL;
	}
	return s;
}

static void bind_text(sqlite3_stmt *s, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(s, i);
}

/* Reads one integer pragma; returns an SQLite result code. */
static int pragma_int(struct store *st, const char *sql, long long *v)
{
	sqlite3_stmt *s = NULL;
	int rc = sqlite3_prepare_v2(st->db, sql, -1, &s, NULL);
	if (rc != SQLITE_OK)
		return rc;
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*v = sqlite3_column_int64(s, 0);
		rc = SQLITE_OK;
	} else if (rc == SQLITE_DONE) {
		*v = 0;
		rc = SQLITE_OK;
	}
	sqlite3_finalize(s);
	return rc;
}

static enum cc_status migrate(struct store *st, struct cc_err *err)
{
	long long uv = 0;
	if (pragma_int(st, "PRAGMA user_version", &uv) != SQLITE_OK)
		return db_error(st, err, "cannot read the schema version");
	if (uv >= (long long)schema_nmigrations)
		return CC_OK;
	enum cc_status rc = begin(st, err);
	if (rc != CC_OK)
		return rc;
	/* another crosscheck may have migrated while we waited for the lock */
	if (pragma_int(st, "PRAGMA user_version", &uv) != SQLITE_OK) {
		rc = db_error(st, err, "cannot read the schema version");
		rollback(st);
		return rc;
	}
	for (size_t v = (size_t)uv; v < schema_nmigrations; v++) {
		if (injected(st) || exec(st, schema_migrations[v]) != SQLITE_OK) {
			rc = sqlite3_errcode(st->db) == SQLITE_OK
				     ? cc_err_set(err, CC_ERR_STORE, "%s: migration %zu failed (injected fault)",
						  st->path, v + 1)
				     : db_error(st, err, "schema migration failed");
			rollback(st);
			return rc;
		}
	}
	char sql[96];
	snprintf(sql, sizeof sql, "PRAGMA application_id = %d; PRAGMA user_version = %zu",
		 SCHEMA_APPLICATION_ID, schema_nmigrations);
	if (exec(st, sql) != SQLITE_OK) {
		rc = db_error(st, err, "cannot record the schema version");
		rollback(st);
		return rc;
	}
	return commit(st, err);
}

static void remove_new_store(const char *path)
{
	unlink(path);
	char *p = xasprintf("%s-wal", path);
	unlink(p);
	free(p);
	p = xasprintf("%s-shm", path);
	unlink(p);
	free(p);
}

enum cc_status store_open(const char *path, enum store_mode mode, struct store **out,
			  struct cc_err *err)
{
	*out = NULL;
	struct stat sb;
	bool created = false;
	if (stat(path, &sb) == 0) {
		if (S_ISDIR(sb.st_mode))
			return cc_err_set(err, CC_ERR_INPUT, "%s: is a directory, not a store", path);
	} else if (errno != ENOENT) {
		return cc_err_set(err, CC_ERR_IO, "%s: cannot open the store: %s", path, strerror(errno));
	} else if (mode == STORE_OPEN_EXISTING) {
		return cc_err_set(err, CC_ERR_INPUT,
				  "%s: no such store; add articles first with 'crosscheck add FILE...'",
				  path);
	} else {
		int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
		if (fd < 0 && errno != EEXIST)
			return cc_err_set(err, CC_ERR_IO, "%s: cannot create the store: %s", path,
					  strerror(errno));
		if (fd >= 0) {
			close(fd);
			created = true;
		}
	}

	struct store *st = xcalloc(1, sizeof *st);
	st->path = xstrdup(path);
	enum cc_status rc = CC_OK;
	if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		rc = cc_err_set(err, CC_ERR_STORE, "%s: cannot open the store: %s", path,
				st->db ? sqlite3_errmsg(st->db) : "out of memory");
		goto fail;
	}
	sqlite3_extended_result_codes(st->db, 1);
	sqlite3_busy_timeout(st->db, 15000);

	/* Recognise the file before anything writes to it. */
	long long appid = 0, uv = 0, nobj = 0;
	int r = pragma_int(st, "PRAGMA application_id", &appid);
	if (r == SQLITE_OK)
		r = pragma_int(st, "PRAGMA user_version", &uv);
	if (r == SQLITE_OK)
		r = pragma_int(st, "SELECT count(*) FROM sqlite_master", &nobj);
	if ((r & 0xff) == SQLITE_NOTADB) {
		rc = cc_err_set(err, CC_ERR_INPUT,
				"%s: not a crosscheck store (not an SQLite database); left untouched", path);
		goto fail;
	}
	if (r != SQLITE_OK) {
		rc = db_error(st, err, "cannot read the store");
		goto fail;
	}
	if (appid == SCHEMA_APPLICATION_ID) {
		if (uv > (long long)schema_nmigrations) {
			rc = cc_err_set(err, CC_ERR_INPUT,
					"%s: written by a newer crosscheck (schema %lld; this one knows up to %zu); "
					"left untouched", path, uv, schema_nmigrations);
			goto fail;
		}
	} else if (!(appid == 0 && uv == 0 && nobj == 0)) {
		rc = cc_err_set(err, CC_ERR_INPUT,
				"%s: an SQLite database but not a crosscheck store; left untouched", path);
		goto fail;
	}

	if (exec(st, "PRAGMA foreign_keys = ON") != SQLITE_OK) {
		rc = db_error(st, err, "cannot turn on foreign keys");
		goto fail;
	}
	if (!sqlite3_db_readonly(st->db, "main")) {
		/* WAL lets readers go on while one writer works; NORMAL sync in
		 * WAL mode loses nothing committed when the process is killed. */
		long long dummy;
		(void)pragma_int(st, "PRAGMA journal_mode = WAL", &dummy);
		exec(st, "PRAGMA synchronous = NORMAL");
	}
	rc = migrate(st, err);
	if (rc != CC_OK)
		goto fail;
	*out = st;
	return CC_OK;
fail:
	sqlite3_close(st->db);
	if (created)
		remove_new_store(path);
	free(st->path);
	free(st);
	return rc;
}

void store_close(struct store *st)
{
	if (!st)
		return;
	sqlite3_close(st->db);
	free(st->path);
	free(st);
}

/* ---- sources ------------------------------------------------------------- */

static char *col_text(sqlite3_stmt *s, int i)
{
	const unsigned char *t = sqlite3_column_text(s, i);
	return t ? xstrdup((const char *)t) : NULL;
}

enum cc_status store_source_add(struct store *st, const struct store_source_in *in,
				int64_t *id_out, char **dup_name, struct cc_err *err)
{
	if (dup_name)
		*dup_name = NULL;
	enum cc_status rc = begin(st, err);
	if (rc != CC_OK)
		return rc;
	sqlite3_stmt *q = NULL, *ins = NULL, *sent = NULL;

	q = prepare(st, "SELECT name FROM sources WHERE content_hash = ?1", err);
	if (!q)
		goto fail;
	sqlite3_bind_text(q, 1, in->hash, -1, SQLITE_STATIC);
	int r = step(st, q);
	if (r == SQLITE_ROW) {
		if (dup_name)
			*dup_name = col_text(q, 0);
		sqlite3_finalize(q);
		rollback(st);
		return CC_DUPLICATE;
	}
	if (r != SQLITE_DONE) {
		rc = db_error(st, err, "cannot look up the source");
		goto fail;
	}
	sqlite3_finalize(q);
	q = prepare(st, "SELECT 1 FROM sources WHERE name = ?1", err);
	if (!q)
		goto fail;
	sqlite3_bind_text(q, 1, in->name, -1, SQLITE_STATIC);
	r = step(st, q);
	if (r == SQLITE_ROW) {
		rc = cc_err_set(err, CC_ERR_INPUT,
				"%s: a source with this name but other text is already in the store; "
				"choose another name with --name", in->name);
		goto fail;
	}
	if (r != SQLITE_DONE) {
		rc = db_error(st, err, "cannot look up the source");
		goto fail;
	}

	ins = prepare(st,
		      "INSERT INTO sources (name, path, url, outlet, pub_date, date_origin, title, story,"
		      " content_hash, added_at, text)"
		      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
		      " strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?10)", err);
	if (!ins)
		goto fail;
	bind_text(ins, 1, in->name);
	bind_text(ins, 2, in->path);
	bind_text(ins, 3, in->url);
	bind_text(ins, 4, in->outlet);
	bind_text(ins, 5, in->date);
	bind_text(ins, 6, in->date_origin);
	bind_text(ins, 7, in->title);
	bind_text(ins, 8, in->story ? in->story : "");
	bind_text(ins, 9, in->hash);
	sqlite3_bind_text(ins, 10, in->text, (int)in->len, SQLITE_STATIC);
	if (step(st, ins) != SQLITE_DONE) {
		rc = db_error(st, err, "cannot add the source");
		goto fail;
	}
	int64_t id = sqlite3_last_insert_rowid(st->db);

	sent = prepare(st,
		       "INSERT INTO sentences (source_id, idx, paragraph, start, end, boilerplate)"
		       " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", err);
	if (!sent)
		goto fail;
	for (size_t i = 0; i < in->nsents; i++) {
		const struct store_sentence_in *s = &in->sents[i];
		sqlite3_bind_int64(sent, 1, id);
		sqlite3_bind_int64(sent, 2, (sqlite3_int64)i);
		sqlite3_bind_int64(sent, 3, (sqlite3_int64)s->paragraph);
		sqlite3_bind_int64(sent, 4, (sqlite3_int64)s->start);
		sqlite3_bind_int64(sent, 5, (sqlite3_int64)s->end);
		sqlite3_bind_int(sent, 6, s->boilerplate ? 1 : 0);
		if (step(st, sent) != SQLITE_DONE) {
			rc = db_error(st, err, "cannot add the sentences");
			goto fail;
		}
		sqlite3_reset(sent);
	}
	sqlite3_finalize(q);
	sqlite3_finalize(ins);
	sqlite3_finalize(sent);
	q = ins = sent = NULL;
	rc = commit(st, err);
	if (rc == CC_OK && id_out)
		*id_out = id;
	return rc;
fail:
	if (rc == CC_OK)
		rc = err->status != CC_OK ? err->status : CC_ERR_STORE;
	sqlite3_finalize(q);
	sqlite3_finalize(ins);
	sqlite3_finalize(sent);
	rollback(st);
	return rc;
}

void store_source_free(struct store_source *s)
{
	free(s->name);
	free(s->path);
	free(s->url);
	free(s->outlet);
	free(s->date);
	free(s->date_origin);
	free(s->title);
	free(s->story);
	free(s->hash);
	free(s->added);
	memset(s, 0, sizeof *s);
}

#define SOURCE_COLUMNS \
	"s.id, s.name, s.path, s.url, s.outlet, s.pub_date, s.date_origin, s.title, s.story," \
	" s.content_hash, s.added_at, length(CAST(s.text AS BLOB))," \
	" (SELECT count(*) FROM sentences WHERE source_id = s.id)," \
	" (SELECT count(*) FROM sentences WHERE source_id = s.id AND boilerplate = 1)"

static void read_source(sqlite3_stmt *q, struct store_source *s)
{
	s->id = sqlite3_column_int64(q, 0);
	s->name = col_text(q, 1);
	s->path = col_text(q, 2);
	s->url = col_text(q, 3);
	s->outlet = col_text(q, 4);
	s->date = col_text(q, 5);
	s->date_origin = col_text(q, 6);
	s->title = col_text(q, 7);
	s->story = col_text(q, 8);
	s->hash = col_text(q, 9);
	s->added = col_text(q, 10);
	s->len = (size_t)sqlite3_column_int64(q, 11);
	s->sentences = (size_t)sqlite3_column_int64(q, 12);
	s->boilerplate = (size_t)sqlite3_column_int64(q, 13);
}

enum cc_status store_sources_each(struct store *st, store_source_fn fn, void *ctx,
				  struct cc_err *err)
{
	sqlite3_stmt *q = prepare(st, "SELECT " SOURCE_COLUMNS " FROM sources s ORDER BY s.id", err);
	if (!q)
		return err->status;
	int r;
	while ((r = step(st, q)) == SQLITE_ROW) {
		struct store_source s;
		read_source(q, &s);
		int stop = fn(&s, ctx);
		store_source_free(&s);
		if (stop)
			break;
	}
	enum cc_status rc = CC_OK;
	if (r != SQLITE_ROW && r != SQLITE_DONE)
		rc = db_error(st, err, "cannot list the sources");
	sqlite3_finalize(q);
	return rc;
}

enum cc_status store_source_get(struct store *st, const char *name, struct store_source *out,
				struct cc_err *err)
{
	memset(out, 0, sizeof *out);
	sqlite3_stmt *q = prepare(st, "SELECT " SOURCE_COLUMNS " FROM sources s WHERE s.name = ?1", err);
	if (!q)
		return err->status;
	sqlite3_bind_text(q, 1, name, -1, SQLITE_STATIC);
	int r = step(st, q);
	enum cc_status rc = CC_OK;
	if (r == SQLITE_ROW)
		read_source(q, out);
	else if (r == SQLITE_DONE)
		rc = cc_err_set(err, CC_ERR_INPUT,
				"%s: no such source in %s ('crosscheck list' shows them)", name, st->path);
	else
		rc = db_error(st, err, "cannot read the source");
	sqlite3_finalize(q);
	return rc;
}

enum cc_status store_source_text(struct store *st, int64_t id, char **text, size_t *len,
				 struct cc_err *err)
{
	*text = NULL;
	*len = 0;
	sqlite3_stmt *q = prepare(st, "SELECT text FROM sources WHERE id = ?1", err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, id);
	enum cc_status rc = CC_OK;
	if (step(st, q) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(q, 0);
		size_t n = (size_t)sqlite3_column_bytes(q, 0);
		*text = xstrndup(t ? t : "", n);
		*len = n;
	} else {
		rc = db_error(st, err, "cannot read the source text");
	}
	sqlite3_finalize(q);
	return rc;
}

size_t store_source_count(struct store *st)
{
	long long n = 0;
	if (pragma_int(st, "SELECT count(*) FROM sources", &n) != SQLITE_OK)
		return 0;
	return (size_t)n;
}

enum cc_status store_sentences_get(struct store *st, int64_t source_id,
				   struct store_sentence **out, size_t *n, struct cc_err *err)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *q = prepare(st,
				  "SELECT idx, paragraph, start, end, boilerplate FROM sentences"
				  " WHERE source_id = ?1 ORDER BY idx", err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, source_id);
	size_t cap = 0, cnt = 0;
	struct store_sentence *v = NULL;
	int r;
	while ((r = step(st, q)) == SQLITE_ROW) {
		v = xgrow(v, &cap, cnt + 1, sizeof *v);
		v[cnt++] = (struct store_sentence){
			.idx = (size_t)sqlite3_column_int64(q, 0),
			.paragraph = (size_t)sqlite3_column_int64(q, 1),
			.start = (size_t)sqlite3_column_int64(q, 2),
			.end = (size_t)sqlite3_column_int64(q, 3),
			.boilerplate = sqlite3_column_int(q, 4) != 0,
		};
	}
	sqlite3_finalize(q);
	if (r != SQLITE_DONE) {
		free(v);
		return db_error(st, err, "cannot read the sentences");
	}
	*out = v;
	*n = cnt;
	return CC_OK;
}
