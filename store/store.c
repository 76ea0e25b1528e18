/* store: the SQLite store behind store.h.
 *
 * Owns: opening and recognising store files (and how a store this user
 * cannot write is opened: refused for writing, read-only or immutable for
 * reading), migrations, and every SQL statement crosscheck runs. Every parameter is bound, never spliced into
 * SQL text. Must not: print, exit, or know about curses.
 *
 * The seams st_step()/st_commit() are where fault injection (store_fail_after)
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
#include <time.h>
#include <unistd.h>

#include "internal.h"
#include "schema.h"



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

const char *store_readonly(const struct store *st)
{
	return st->readonly;
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

static uint64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

enum cc_status st_error(struct store *st, struct cc_err *err, const char *what)
{
	int code = sqlite3_extended_errcode(st->db);
	const char *msg = sqlite3_errmsg(st->db);
	if ((code & 0xff) == SQLITE_READONLY) {
		/* a writable store in a folder that is not: SQLite keeps its
		 * journal (the -wal and -shm files) beside the store */
		char *dir = xstrdup(st->path);
		char *slash = strrchr(dir, '/');
		if (!slash)
			strcpy(dir, ".");
		else
			slash[slash == dir] = '\0';
		bool folder = access(st->path, W_OK) == 0 && access(dir, W_OK) != 0;
		enum cc_status rc =
			folder ? cc_err_set(err, CC_ERR_STORE,
					    "%s: the folder %s is not writable, and SQLite keeps the store's "
					    "journal beside it: make the folder writable or move the store",
					    st->path, dir)
			       : cc_err_set(err, CC_ERR_STORE, "%s: the store is read-only (%s)", st->path,
					    msg);
		free(dir);
		return rc;
	}
	if ((code & 0xff) == SQLITE_FULL)
		return cc_err_set(err, CC_ERR_STORE, "%s: %s: the disk is full", st->path, what);
	st->busy = (code & 0xff) == SQLITE_BUSY;
	if (st->busy) {
		/* SQLite may report busy without calling the busy handler (a
		 * snapshot another process moved on from): then no wait to tell */
		uint64_t now = now_ms(), waited = st->wait_start && now > st->wait_start ? now - st->wait_start : 0;
		st->wait_start = 0;
		if (!waited)
			return cc_err_set(err, CC_ERR_STORE,
					  "%s: %s: another process is writing to the store; nothing was "
					  "written: try again when it has finished",
					  st->path, what);
		return cc_err_set(err, CC_ERR_STORE,
				  "%s: %s: another process is writing to the store (a long 'refresh' or "
				  "'add'?); gave up after waiting %u s; nothing was written: try again "
				  "when it has finished",
				  st->path, what, (unsigned)((waited + 500) / 1000));
	}
	return cc_err_set(err, CC_ERR_STORE, "%s: %s: %s", st->path, what, msg);
}

enum cc_status st_run_id(struct store *st, const char *sql, int64_t id, int64_t *out, const char *what,
			 struct cc_err *err)
{
	sqlite3_stmt *q = st_cached(st, sql, err);
	if (!q)
		return err->status;
	if (sqlite3_bind_parameter_count(q) > 0)
		sqlite3_bind_int64(q, 1, id);
	int r = st_step(st, q);
	enum cc_status rc = CC_OK;
	if (r == SQLITE_ROW && out)
		*out = sqlite3_column_int64(q, 0);
	else if (r == SQLITE_DONE && out)
		*out = 0;
	else if (r != SQLITE_DONE && r != SQLITE_ROW)
		rc = st_error(st, err, what);
	sqlite3_reset(q);
	return rc;
}

bool store_busy(const struct store *st)
{
	return st->busy;
}

void store_set_wait(struct store *st, store_wait_fn fn, void *ctx)
{
	st->wait_fn = fn;
	st->wait_ctx = ctx;
}

/* SQLite's busy handler: another connection holds the lock this one needs.
 * Sleeps a little and asks to try again, until STORE_BUSY_TIMEOUT_MS have
 * passed, or, with a wait function, for as long as it says. */
static int busy_wait(void *ctx, int count)
{
	struct store *st = ctx;
	if (count == 0 || !st->wait_start)
		st->wait_start = now_ms() | 1; /* never 0: 0 is "not waiting" */
	uint64_t now = now_ms();
	unsigned waited = now > st->wait_start ? (unsigned)(now - st->wait_start) : 0;
	if (st->wait_fn) {
		if (!st->wait_fn(st->wait_ctx, waited))
			return 0;
	} else if (waited >= STORE_BUSY_TIMEOUT_MS) {
		return 0;
	}
	sqlite3_sleep(count < 10 ? 5 : 25);
	return 1;
}

/* One step of a prepared statement, through the fault-injection seam. */
int st_step(struct store *st, sqlite3_stmt *s)
{
	if (injected(st))
		return SQLITE_IOERR;
	return sqlite3_step(s);
}

int st_exec(struct store *st, const char *sql)
{
	return sqlite3_exec(st->db, sql, NULL, NULL, NULL);
}

static void cache_reset(struct store *st);

static enum cc_status fts_flush(struct store *st, struct cc_err *err);
static void fts_drop(struct store *st);

/* A batch's queue of sentences to index is flushed between units when it
 * grows past this. */
#define FTS_QUEUE_MAX ((size_t)32 << 20)

enum cc_status st_begin(struct store *st, struct cc_err *err)
{
	st->busy = false; /* store_busy tells of this write's failure only */
	if (st->in_batch && st->fts_text.len > FTS_QUEUE_MAX) {
		/* a savepoint of its own: when it fails, the queue is kept for
		 * the batch's commit */
		if (st_exec(st, "SAVEPOINT fts") != SQLITE_OK)
			return st_error(st, err, "cannot start a transaction");
		enum cc_status rc = fts_flush(st, err);
		cache_reset(st);
		if (rc != CC_OK) {
			st_exec(st, "ROLLBACK TO fts; RELEASE fts");
			return rc;
		}
		st_exec(st, "RELEASE fts");
		fts_drop(st);
	}
	/* inside a batch, each unit of work is a savepoint of its own */
	if (st_exec(st, st->in_batch ? "SAVEPOINT unit" : "BEGIN IMMEDIATE") != SQLITE_OK)
		return st_error(st, err, "cannot start a transaction");
	st->fts_unit_rows = st->fts_rows.len;
	st->fts_unit_text = st->fts_text.len;
	return CC_OK;
}

enum cc_status st_commit(struct store *st, struct cc_err *err)
{
	if (injected(st)) {
		st_rollback(st);
		return cc_err_set(err, CC_ERR_STORE, "%s: commit failed (injected fault)", st->path);
	}
	if (st_exec(st, st->in_batch ? "RELEASE unit" : "COMMIT") != SQLITE_OK) {
		enum cc_status rc = st_error(st, err, "commit failed");
		st_rollback(st);
		return rc;
	}
	return CC_OK;
}

void st_rollback(struct store *st)
{
	st_claim_cache_clear(st); /* ids of claims rolled back come again */
	if (st->in_batch) {
		/* the unit's queued sentences go with it */
		st->fts_rows.len = st->fts_unit_rows;
		st->fts_text.len = st->fts_unit_text;
		st_exec(st, "ROLLBACK TO unit; RELEASE unit");
	}
	else if (!sqlite3_get_autocommit(st->db))
		st_exec(st, "ROLLBACK");
}

enum cc_status store_batch_begin(struct store *st, struct cc_err *err)
{
	if (st->in_batch)
		return CC_OK;
	fts_drop(st);
	st_claim_cache_clear(st);
	/* savepoint journals in memory: each unit's is small, and written
	 * once per page it touches */
	st_exec(st, "PRAGMA temp_store = MEMORY");
	if (st_exec(st, "BEGIN IMMEDIATE") != SQLITE_OK)
		return st_error(st, err, "cannot start a transaction");
	st->in_batch = true;
	return CC_OK;
}

enum cc_status store_snapshot_begin(struct store *st, struct cc_err *err)
{
	if (st->in_batch || st->in_snapshot || !sqlite3_get_autocommit(st->db))
		return CC_OK;
	if (st_exec(st, "BEGIN DEFERRED") != SQLITE_OK)
		return st_error(st, err, "cannot start reading");
	/* a deferred transaction takes its snapshot at its first read: read
	 * now, so that the snapshot is the state at this call */
	sqlite3_stmt *q = NULL;
	int rc = sqlite3_prepare_v2(st->db, "SELECT count(*) FROM sqlite_schema", -1, &q, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_step(q);
	sqlite3_finalize(q);
	if (rc != SQLITE_ROW) {
		enum cc_status e = st_error(st, err, "cannot start reading");
		st_exec(st, "ROLLBACK");
		return e;
	}
	st->in_snapshot = true;
	return CC_OK;
}

void store_snapshot_end(struct store *st)
{
	if (!st->in_snapshot)
		return;
	st->in_snapshot = false;
	/* nothing was written: ending the read cannot lose anything */
	if (st_exec(st, "COMMIT") != SQLITE_OK)
		st_exec(st, "ROLLBACK");
}

enum cc_status store_batch_commit(struct store *st, struct cc_err *err)
{
	if (!st->in_batch)
		return CC_OK;
	cache_reset(st);
	st_claim_cache_clear(st);
	st->in_batch = false;
	enum cc_status rc = fts_flush(st, err);
	fts_drop(st);
	cache_reset(st);
	if (rc != CC_OK) {
		st_exec(st, "ROLLBACK");
		return rc;
	}
	if (injected(st) || st_exec(st, "COMMIT") != SQLITE_OK) {
		rc = sqlite3_errcode(st->db) == SQLITE_OK
			     ? cc_err_set(err, CC_ERR_STORE, "%s: commit failed (injected fault)", st->path)
			     : st_error(st, err, "commit failed");
		st_exec(st, "ROLLBACK");
		return rc;
	}
	return CC_OK;
}

sqlite3_stmt *st_prepare(struct store *st, const char *sql, struct cc_err *err)
{
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) {
		st_error(st, err, "cannot prepare a statement");
		return NULL;
	}
	return s;
}

sqlite3_stmt *st_cached(struct store *st, const char *sql, struct cc_err *err)
{
	for (size_t i = 0; i < st->ncache; i++) {
		if (st->cache[i].sql == sql) {
			sqlite3_reset(st->cache[i].stmt);
			sqlite3_clear_bindings(st->cache[i].stmt);
			return st->cache[i].stmt;
		}
	}
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, NULL) != SQLITE_OK) {
		st_error(st, err, "cannot prepare a statement");
		return NULL;
	}
	/* kept whatever the count: a statement left out of the cache was
	 * never finalized, and sqlite3_close then left the connection open
	 * (refresh uses more than the 64 the cache once held) */
	st->cache = xgrow(st->cache, &st->capcache, st->ncache + 1, sizeof *st->cache);
	st->cache[st->ncache].sql = sql;
	st->cache[st->ncache].stmt = s;
	st->ncache++;
	return s;
}

/* Resets every cached statement so none holds a read open. */
static void cache_reset(struct store *st)
{
	for (size_t i = 0; i < st->ncache; i++)
		sqlite3_reset(st->cache[i].stmt);
}

void st_bind_text(sqlite3_stmt *s, int i, const char *v)
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
		return st_error(st, err, "cannot read the schema version");
	if (uv >= (long long)schema_nmigrations)
		return CC_OK;
	enum cc_status rc = st_begin(st, err);
	if (rc != CC_OK)
		return rc;
	/* another crosscheck may have migrated while we waited for the lock */
	if (pragma_int(st, "PRAGMA user_version", &uv) != SQLITE_OK) {
		rc = st_error(st, err, "cannot read the schema version");
		st_rollback(st);
		return rc;
	}
	for (size_t v = (size_t)uv; v < schema_nmigrations; v++) {
		if (injected(st) || st_exec(st, schema_migrations[v]) != SQLITE_OK) {
			rc = sqlite3_errcode(st->db) == SQLITE_OK
				     ? cc_err_set(err, CC_ERR_STORE, "%s: migration %zu failed (injected fault)",
						  st->path, v + 1)
				     : st_error(st, err, "schema migration failed");
			st_rollback(st);
			return rc;
		}
	}
	char sql[96];
	snprintf(sql, sizeof sql, "PRAGMA application_id = %d; PRAGMA user_version = %zu",
		 SCHEMA_APPLICATION_ID, schema_nmigrations);
	if (st_exec(st, sql) != SQLITE_OK) {
		rc = st_error(st, err, "cannot record the schema version");
		st_rollback(st);
		return rc;
	}
	return st_commit(st, err);
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

/* The folder holding path ("." when path names none); free it. */
static char *folder_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

static bool exists(const char *path, const char *suffix)
{
	char *p = xasprintf("%s%s", path, suffix);
	bool yes = access(p, F_OK) == 0;
	free(p);
	return yes;
}

/* Why this user cannot write the store at path (which exists), in the
 * words st_error uses when SQLite finds out later, and in *brief in a few
 * (store_readonly's): NULL when both the file and its folder are writable. Writing needs the folder too: in WAL mode
 * SQLite creates path-wal and path-shm beside the file. Free it. */
static char *unwritable(const char *path, const char **brief)
{
	char *dir = folder_of(path);
	char *why = NULL;
	if (access(dir, W_OK | X_OK) != 0) {
		*brief = errno == EROFS ? "its disk is read-only" : "its folder is not writable";
		why = xasprintf("the folder %s is not writable, and SQLite keeps the store's journal "
				"beside it (%s-wal, %s-shm): make the folder writable or move the store",
				dir, path, path);
	} else if (access(path, W_OK) != 0) {
		*brief = errno == EROFS ? "its disk is read-only" : "the file is not writable";
		why = xasprintf("the store is read-only (the file is not writable: %s)", strerror(errno));
	}
	free(dir);
	return why;
}

/* An SQLite URI naming path read-only ("file:" + path with %, ? and #
 * escaped; an absolute path after an empty authority, so that "//x" is not
 * read as a host); immutable adds immutable=1. Free it. */
static char *readonly_uri(const char *path, bool immutable)
{
	struct buf b;
	buf_init(&b);
	buf_adds(&b, path[0] == '/' ? "file://" : "file:");
	for (const char *p = path; *p; p++) {
		if (*p == '%' || *p == '?' || *p == '#')
			buf_printf(&b, "%%%02X", (unsigned char)*p);
		else
			buf_addc(&b, *p);
	}
	buf_adds(&b, immutable ? "?mode=ro&immutable=1" : "?mode=ro");
	return b.data;
}

enum cc_status store_open(const char *path, enum store_mode mode, struct store **out,
			  struct cc_err *err)
{
	*out = NULL;
	struct stat sb;
	bool created = false;
	bool readonly = false, immutable = false;
	/* a store this user could write, opened so that nothing is written */
	bool no_writes = false;
	const char *brief = NULL;
	if (stat(path, &sb) == 0) {
		if (S_ISDIR(sb.st_mode))
			return cc_err_set(err, CC_ERR_INPUT, "%s: is a directory, not a store", path);
		char *why = unwritable(path, &brief);
		no_writes = !why && mode == STORE_OPEN_READ_ONLY;
		if (why && mode != STORE_OPEN_READ && mode != STORE_OPEN_READ_ONLY) {
			cc_err_set(err, CC_ERR_INPUT, "%s: %s; nothing changed (commands that only read "
				   "still work)", path, why);
			free(why);
			return CC_ERR_INPUT;
		}
		if (why) {
			/* Read it read-only. SQLite reads a WAL store read-only
			 * when path-wal and path-shm exist (a connection has the
			 * store open: each keeps path-wal while it does) or when it
			 * can create them; but files it creates so are this user's,
			 * left behind at close, and would make the owner's next
			 * open read-only. So when they do not exist, no connection
			 * has the store open, and it is read with immutable=1:
			 * no locks, no files, the file trusted not to change. Only
			 * someone who can write it can start writing meanwhile;
			 * README says what such a reader may then see. */
			readonly = true;
			immutable = !exists(path, "-wal") && !exists(path, "-shm");
			free(why);
		}
	} else if (errno != ENOENT) {
		return cc_err_set(err, CC_ERR_IO, "%s: cannot open the store: %s", path, strerror(errno));
	} else if (mode != STORE_OPEN_CREATE) {
		return cc_err_set(err, CC_ERR_INPUT,
				  "%s: no such store; add articles first with 'crosscheck add FILE...'",
				  path);
	} else {
		int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
		if (fd < 0 && errno != EEXIST) {
			int e = errno;
			char *dir = folder_of(path);
			if (e == EACCES || e == EROFS)
				cc_err_set(err, CC_ERR_IO, "%s: cannot create the store: %s (the folder %s "
					   "is not writable)", path, strerror(e), dir);
			else
				cc_err_set(err, CC_ERR_IO, "%s: cannot create the store: %s", path,
					   strerror(e));
			free(dir);
			return CC_ERR_IO;
		}
		if (fd >= 0) {
			close(fd);
			created = true;
		}
	}

	/* no memory statistics: they take a global mutex at every allocation
	 * (possible only before SQLite's first use; harmless after) */
	static bool configured;
	if (!configured) {
		configured = true;
		sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
	}
	struct store *st = xcalloc(1, sizeof *st);
	st->path = xstrdup(path);
	if (readonly || no_writes)
		st->readonly = xstrdup(readonly ? brief : "opened read-only");
	enum cc_status rc = CC_OK;
	/* one connection per store, used by one thread at a time: no mutexes */
	char *uri = readonly ? readonly_uri(path, immutable) : NULL;
	int r0 = readonly ? sqlite3_open_v2(uri, &st->db,
					    SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL)
			  : sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
	free(uri);
	if (r0 != SQLITE_OK) {
		rc = cc_err_set(err, CC_ERR_STORE, "%s: cannot open the store: %s", path,
				st->db ? sqlite3_errmsg(st->db) : "out of memory");
		goto fail;
	}
	sqlite3_extended_result_codes(st->db, 1);
	sqlite3_busy_handler(st->db, busy_wait, st);

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
		bool stray = readonly && exists(path, "-wal") && !exists(path, "-shm");
		rc = readonly ? cc_err_set(err, CC_ERR_STORE, "%s: cannot read the store read-only: %s%s%s%s",
					   path, sqlite3_errmsg(st->db),
					   stray ? " (" : "", stray ? path : "",
					   stray ? "-wal holds changes SQLite cannot read without the -shm "
						   "file, which this user cannot create; the store's owner "
						   "can open it once to fold them in)" : "")
			      : st_error(st, err, "cannot read the store");
		goto fail;
	}
	if (readonly && appid == SCHEMA_APPLICATION_ID && uv < (long long)schema_nmigrations) {
		rc = cc_err_set(err, CC_ERR_INPUT,
				"%s: written by an older crosscheck (schema %lld; this one reads %zu), and "
				"this user cannot write it to bring it up to date; left untouched",
				path, uv, schema_nmigrations);
		goto fail;
	}
	if (no_writes && appid == SCHEMA_APPLICATION_ID && uv < (long long)schema_nmigrations) {
		rc = cc_err_set(err, CC_ERR_INPUT,
				"%s: written by an older crosscheck (schema %lld; this one reads %zu), and "
				"it was opened read-only, so it is not brought up to date; left untouched",
				path, uv, schema_nmigrations);
		goto fail;
	}
	if (no_writes && appid == 0 && uv == 0 && nobj == 0) {
		rc = cc_err_set(err, CC_ERR_INPUT, "%s: an empty store, opened read-only; left untouched",
				path);
		goto fail;
	}
	if (readonly && appid == 0 && uv == 0 && nobj == 0) { /* a new, empty file */
		rc = cc_err_set(err, CC_ERR_INPUT, "%s: an empty store, and this user cannot write it; "
				"left untouched", path);
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

	if (st_exec(st, "PRAGMA foreign_keys = ON") != SQLITE_OK) {
		rc = st_error(st, err, "cannot turn on foreign keys");
		goto fail;
	}
	if (!sqlite3_db_readonly(st->db, "main") && !no_writes) {
		/* WAL lets readers go on while one writer works; NORMAL sync in
		 * WAL mode loses nothing committed when the process is killed. */
		long long dummy;
		(void)pragma_int(st, "PRAGMA journal_mode = WAL", &dummy);
		st_exec(st, "PRAGMA synchronous = NORMAL");
		/* a page cache big enough for a large store's hot index pages (plain
		 * reads beat a memory map here: no page fault per first touch) */
		st_exec(st, "PRAGMA cache_size = -131072");
	}
	rc = migrate(st, err);
	if (rc != CC_OK)
		goto fail;
	/* every write through it now fails, as through a read-only open
	 * (the schema is current: migrate wrote nothing) */
	if (no_writes && st_exec(st, "PRAGMA query_only = 1") != SQLITE_OK) {
		rc = st_error(st, err, "cannot open the store read-only");
		goto fail;
	}
	*out = st;
	return CC_OK;
fail:
	sqlite3_close(st->db);
	if (created)
		remove_new_store(path);
	free(st->readonly);
	free(st->path);
	free(st);
	return rc;
}

void store_close(struct store *st)
{
	if (!st)
		return;
	st_claim_reader_free(&st->mark_new);
	st_claim_reader_free(&st->mark_old);
	buf_free(&st->fts_rows);
	buf_free(&st->fts_text);
	st_claim_cache_clear(st);
	for (size_t i = 0; i < st->ncache; i++)
		sqlite3_finalize(st->cache[i].stmt);
	free(st->cache);
	sqlite3_close(st->db);
	free(st->readonly);
	free(st->path);
	free(st);
}

/* ---- sources ------------------------------------------------------------- */

static char *col_text(sqlite3_stmt *s, int i)
{
	const unsigned char *t = sqlite3_column_text(s, i);
	return t ? xstrdup((const char *)t) : NULL;
}

static void bind_real(sqlite3_stmt *s, int i, bool has, double v)
{
	if (has)
		sqlite3_bind_double(s, i, v);
	else
		sqlite3_bind_null(s, i);
}

static const size_t multi_sizes[ST_MULTI_SIZES] = {32, 8, 1};

sqlite3_stmt *st_multi_stmt(struct store *st, struct st_multi_sql *m, size_t want, size_t *rows,
			    struct cc_err *err)
{
	if (!m->built) {
		for (size_t k = 0; k < ST_MULTI_SIZES; k++) {
			struct buf b = {0};
			buf_adds(&b, m->head);
			for (size_t r = 0; r < multi_sizes[k]; r++) {
				buf_adds(&b, r ? ", (" : "(");
				for (int c = 0; c < m->ncols; c++)
					buf_adds(&b, c ? ", ?" : "?");
				buf_adds(&b, ")");
			}
			snprintf(m->sql[k], sizeof m->sql[k], "%s", b.data);
			buf_free(&b);
		}
		m->built = true;
	}
	size_t k = 0;
	while (multi_sizes[k] > want)
		k++;
	*rows = multi_sizes[k];
	return st_cached(st, m->sql[k], err);
}

static const char fts_sql[] = "INSERT INTO sentence_fts (rowid, text) VALUES (?1, ?2)";

static void fts_drop(struct store *st)
{
	buf_clear(&st->fts_rows);
	buf_clear(&st->fts_text);
	st->fts_unit_rows = st->fts_unit_text = 0;
}

/* Indexes the queued sentences (in the batch's transaction, outside any
 * unit); the caller empties the queue. */
static enum cc_status fts_flush(struct store *st, struct cc_err *err)
{
	size_t n = st->fts_rows.len / sizeof(struct st_fts_row);
	if (!n)
		return CC_OK;
	/* one row a statement: a multi-row INSERT into the virtual table
	 * costs more (its rows go through a temporary table) */
	sqlite3_stmt *f = st_cached(st, fts_sql, err);
	if (!f)
		return err->status;
	const struct st_fts_row *rows = (const struct st_fts_row *)st->fts_rows.data;
	for (size_t i = 0; i < n; i++) {
		sqlite3_bind_int64(f, 1, rows[i].rowid);
		sqlite3_bind_text(f, 2, st->fts_text.data + rows[i].off, (int)rows[i].len, SQLITE_STATIC);
		int r = st_step(st, f);
		sqlite3_reset(f);
		if (r != SQLITE_DONE)
			return st_error(st, err, "cannot index the sentences");
	}
	return CC_OK;
}

/* The sentences' full-text index: written now, or in a batch queued until
 * the batch commits (a unit rolled back takes its queued rows with it). */
enum cc_status st_index_sentences(struct store *st, int64_t source_id,
				  const struct store_source_in *in, struct cc_err *err)
{
	sqlite3_stmt *f = NULL;
	if (!st->in_batch) {
		f = st_cached(st, fts_sql, err);
		if (!f)
			return err->status;
	}
	enum cc_status rc = CC_OK;
	for (size_t i = 0; i < in->nsents && i < ((size_t)1 << 24); i++) {
		const struct store_sentence_in *s = &in->sents[i];
		if (s->end > in->len || s->start > s->end)
			continue;
		sqlite3_int64 rowid = (source_id << 24) + (sqlite3_int64)i;
		size_t len = s->end - s->start;
		if (!f) {
			struct st_fts_row row = {rowid, st->fts_text.len, len};
			buf_add(&st->fts_rows, &row, sizeof row);
			buf_add(&st->fts_text, in->text + s->start, len);
			continue;
		}
		sqlite3_bind_int64(f, 1, rowid);
		sqlite3_bind_text(f, 2, in->text + s->start, (int)len, SQLITE_STATIC);
		if (st_step(st, f) != SQLITE_DONE) {
			rc = st_error(st, err, "cannot index the sentences");
			break;
		}
		sqlite3_reset(f);
	}
	if (f)
		sqlite3_reset(f);
	return rc;
}

enum cc_status st_insert_claims(struct store *st, int64_t source_id,
				const struct store_source_in *in, const int64_t *ids, struct cc_err *err)
{
	if (!in->nclaims)
		return CC_OK;
	enum cc_status rc = CC_OK;
	static const char c_sql[] =
		"INSERT INTO claims (source_id, ord, sentence, start, end, subject, event,"
				  " lemma, speaker, negated, modality, score, key, scope, story, subject_implied, actor, id)"
				  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)";
	static const char sl_sql[] =
		"INSERT INTO slots (claim_id, ord, type, text, start, end, value, lo, hi,"
				   " unit, gran, mod, event, subject, year_from, norm, story, subject_implied, unit_key)"
				   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
				   " ?18, ?19)";
	sqlite3_stmt *c = st_cached(st, c_sql, err);
	sqlite3_stmt *sl = st_cached(st, sl_sql, err);
	if (!c || !sl) {
		rc = err->status;
		goto out;
	}
	/* new claims are numbered after every claim the store ever held
	 * (a removed source's ids are not given again) */
	int64_t next = 0;
	if (!ids && (rc = st_run_id(st, ST_NEXT_CLAIM_ID_SQL, 0, &next, "cannot add a claim", err)) != CC_OK)
		goto out;
	size_t same = 0;
	for (size_t i = 0; i < in->nclaims; i++) {
		const struct store_claim_in *cl = &in->claims[i];
		/* a key that two stores holding the same text agree on: the text's
		 * hash, the sentence's span, and the claim's rank within it */
		same = (i > 0 && in->claims[i - 1].start == cl->start && in->claims[i - 1].end == cl->end)
			       ? same + 1 : 0;
		char key[128];
		snprintf(key, sizeof key, "%.16s:%zu-%zu#%zu", in->hash, cl->start, cl->end, same);
		sqlite3_bind_text(c, 13, key, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(c, 1, source_id);
		sqlite3_bind_int64(c, 2, (sqlite3_int64)i);
		sqlite3_bind_int64(c, 3, (sqlite3_int64)cl->sentence);
		sqlite3_bind_int64(c, 4, (sqlite3_int64)cl->start);
		sqlite3_bind_int64(c, 5, (sqlite3_int64)cl->end);
		st_bind_text(c, 6, cl->subject ? cl->subject : "");
		st_bind_text(c, 7, cl->event ? cl->event : "");
		st_bind_text(c, 8, cl->lemma ? cl->lemma : "");
		st_bind_text(c, 9, cl->speaker);
		sqlite3_bind_int(c, 10, cl->negated);
		st_bind_text(c, 11, cl->modality ? cl->modality : "asserted");
		sqlite3_bind_double(c, 12, cl->score);
		st_bind_text(c, 14, cl->scope ? cl->scope : "");
		st_bind_text(c, 15, in->story ? in->story : "");
		sqlite3_bind_int(c, 16, cl->subject_implied ? 1 + cl->elsewhen : 0);
		sqlite3_bind_int(c, 17, cl->actor);
		/* NULL: the next rowid (a caller that gives ids gives the
		 * new ones too: refresh.c) */
		if (ids && ids[i])
			sqlite3_bind_int64(c, 18, ids[i]);
		else if (!ids)
			sqlite3_bind_int64(c, 18, next++);
		else
			sqlite3_bind_null(c, 18);
		if (st_step(st, c) != SQLITE_DONE) {
			rc = st_error(st, err, "cannot add a claim");
			goto out;
		}
		sqlite3_reset(c);
		int64_t cid = sqlite3_last_insert_rowid(st->db);
		for (size_t k = 0; k < cl->nslots; k++) {
			const struct store_slot *x = &cl->slots[k];
			sqlite3_bind_int64(sl, 1, cid);
			sqlite3_bind_int64(sl, 2, (sqlite3_int64)k);
			st_bind_text(sl, 3, x->type);
			st_bind_text(sl, 4, x->text ? x->text : "");
			sqlite3_bind_int64(sl, 5, (sqlite3_int64)x->start);
			sqlite3_bind_int64(sl, 6, (sqlite3_int64)x->end);
			st_bind_text(sl, 7, x->value ? x->value : "");
			bind_real(sl, 8, x->has_lo, x->lo);
			bind_real(sl, 9, x->has_hi, x->hi);
			st_bind_text(sl, 10, x->unit ? x->unit : "");
			st_bind_text(sl, 11, x->gran);
			st_bind_text(sl, 12, x->mod);
			st_bind_text(sl, 13, x->event ? x->event : "");
			st_bind_text(sl, 14, x->subject ? x->subject : "");
			sqlite3_bind_int(sl, 15, x->year_from);
			st_bind_text(sl, 16, x->norm ? x->norm : "");
			st_bind_text(sl, 17, in->story ? in->story : "");
			sqlite3_bind_int(sl, 18, x->subject_implied ? 1 + x->elsewhen : 0);
			st_bind_text(sl, 19, x->unit_key);
			if (st_step(st, sl) != SQLITE_DONE) {
				rc = st_error(st, err, "cannot add a claim's slot");
				goto out;
			}
			sqlite3_reset(sl);
		}
	}
	/* the largest id given stays given (schema 13) */
	rc = st_run_id(st, ST_RAISE_CLAIM_FLOOR_SQL, 0, NULL, "cannot add a claim", err);
out:
	if (c)
		sqlite3_reset(c);
	if (sl)
		sqlite3_reset(sl);
	return rc;
}

/* Month-day dates whose year no article gave ("XXXX-07-20") take the year
 * that other sources give the same month and day most often (ties: the
 * later year). Runs inside the adding transaction. Only the month-days of
 * the new source's dates can change anything: any other month-day still
 * unresolved had no explicit date when the sources before were added, and
 * only the new source can have brought one. */
enum cc_status st_resolve_years(struct store *st, int64_t source_id,
				const struct store_source_in *in, bool *changed, struct cc_err *err)
{
	*changed = false;
	/* mostly there is nothing to do: look for an unknown year among the
	 * new source's month-days first (a probe of a small partial index),
	 * as the statement below costs the making of its temporary tables */
	static const char probe_sql[] =
		"SELECT 1 FROM slots WHERE type = 'date' AND year_from = 4 AND substr(value, 6, 5) = ?1";
	sqlite3_stmt *p = st_cached(st, probe_sql, err);
	if (!p)
		return err->status;
	const char **mds = NULL;
	size_t nmd = 0, capmd = 0;
	bool found = false;
	int pr = SQLITE_DONE;
	if (!in) {
		/* the source's claims as stored (a refresh puts a source's
		 * claims back as they were: store/refresh.c) */
		static const char stored_sql[] =
			"SELECT 1 FROM claims c JOIN slots x ON x.claim_id = c.id"
			" WHERE c.source_id = ?1 AND x.type = 'date' AND length(x.value) >= 10"
			" AND EXISTS (SELECT 1 FROM slots y WHERE y.type = 'date' AND y.year_from = 4"
			"  AND substr(y.value, 6, 5) = substr(x.value, 6, 5)) LIMIT 1";
		sqlite3_stmt *sp = st_cached(st, stored_sql, err);
		if (!sp)
			return err->status;
		sqlite3_bind_int64(sp, 1, source_id);
		pr = st_step(st, sp);
		found = pr == SQLITE_ROW;
		sqlite3_reset(sp);
	}
	for (size_t i = 0; in && i < in->nclaims && !found && pr == SQLITE_DONE; i++) {
		for (size_t k = 0; k < in->claims[i].nslots && !found && pr == SQLITE_DONE; k++) {
			const struct store_slot *x = &in->claims[i].slots[k];
			if (!x->type || strcmp(x->type, "date") != 0 || !x->value || strlen(x->value) < 10)
				continue;
			const char *md = x->value + 5;
			bool seen = false;
			for (size_t m = 0; m < nmd && !seen; m++)
				seen = strncmp(mds[m], md, 5) == 0;
			if (seen)
				continue;
			mds = xgrow(mds, &capmd, nmd + 1, sizeof *mds);
			mds[nmd++] = md;
			sqlite3_bind_text(p, 1, md, 5, SQLITE_STATIC);
			pr = st_step(st, p);
			found = pr == SQLITE_ROW;
			sqlite3_reset(p);
		}
	}
	free(mds);
	if (pr != SQLITE_DONE && pr != SQLITE_ROW)
		return st_error(st, err, "cannot infer missing years");
	if (!found)
		return st_resolve_months(st, source_id, changed, err);

	/* both sides go through the partial indexes on month-day */
	static const char sql[] =
		"WITH n AS (SELECT DISTINCT substr(x.value, 6, 5) AS md FROM claims c"
		"  JOIN slots x ON x.claim_id = c.id WHERE c.source_id = ?1 AND x.type = 'date'),"
		" u AS (SELECT DISTINCT substr(value, 6, 5) AS md FROM slots"
		"  WHERE type = 'date' AND year_from = 4 AND substr(value, 6, 5) IN (SELECT md FROM n)"
		"  AND substr(value, 6, 5) GLOB '[0-9][0-9]-[0-9][0-9]'),"
		ST_YEARS_FROM_U;
	sqlite3_stmt *q = st_cached(st, sql, err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, source_id);
	enum cc_status rc = CC_OK;
	if (st_step(st, q) != SQLITE_DONE)
		rc = st_error(st, err, "cannot infer missing years");
	else if (sqlite3_changes(st->db) > 0) {
		*changed = true;
		st_claim_cache_clear(st);
	}
	sqlite3_reset(q);
	return rc == CC_OK ? st_resolve_months(st, source_id, changed, err) : rc;
}

/* Months without a year ("XXXX-06") take the year other sources give the
 * month (ST_MONTHS_RESOLVE_SQL): those source_id's dates name, or every
 * one of the store when source_id is 0. *changed (changed may be NULL) is
 * set when any did. */
enum cc_status st_resolve_months(struct store *st, int64_t source_id, bool *changed, struct cc_err *err)
{
	enum cc_status rc = st_run_id(st, ST_MONTHS_RESOLVE_SQL, source_id, NULL, "cannot infer missing years", err);
	if (rc == CC_OK && sqlite3_changes(st->db) > 0) {
		if (changed)
			*changed = true;
		st_claim_cache_clear(st);
	}
	return rc;
}

enum cc_status store_source_add(struct store *st, const struct store_source_in *in,
				int64_t *id_out, char **dup_name, struct cc_err *err)
{
	if (dup_name)
		*dup_name = NULL;
	enum cc_status rc = st_begin(st, err);
	if (rc != CC_OK)
		return rc;
	sqlite3_stmt *q = NULL, *ins = NULL, *sent = NULL;

	static const char q_hash[] = "SELECT name FROM sources WHERE content_hash = ?1";
	static const char q_name[] = "SELECT 1 FROM sources WHERE name = ?1";
	static const char q_ins[] =
		"INSERT INTO sources (name, path, url, outlet, pub_date, date_origin, title, story,"
		" content_hash, added_at, text)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
		" strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?10)";
	static struct st_multi_sql q_sent = {
		"INSERT INTO sentences (source_id, idx, paragraph, start, end, boilerplate) VALUES ", 6,
		false, {""}};
	q = st_cached(st, q_hash, err);
	if (!q)
		goto fail;
	sqlite3_bind_text(q, 1, in->hash, -1, SQLITE_STATIC);
	int r = st_step(st, q);
	if (r == SQLITE_ROW) {
		if (dup_name)
			*dup_name = col_text(q, 0);
		sqlite3_reset(q);
		st_rollback(st);
		return CC_DUPLICATE;
	}
	if (r != SQLITE_DONE) {
		rc = st_error(st, err, "cannot look up the source");
		goto fail;
	}
	sqlite3_reset(q);
	q = st_cached(st, q_name, err);
	if (!q)
		goto fail;
	sqlite3_bind_text(q, 1, in->name, -1, SQLITE_STATIC);
	r = st_step(st, q);
	if (r == SQLITE_ROW) {
		rc = cc_err_set(err, CC_ERR_INPUT,
				"%s: a source with this name but other text is already in the store; "
				"choose another name with --name", in->name);
		goto fail;
	}
	if (r != SQLITE_DONE) {
		rc = st_error(st, err, "cannot look up the source");
		goto fail;
	}

	ins = st_cached(st, q_ins, err);
	if (!ins)
		goto fail;
	st_bind_text(ins, 1, in->name);
	st_bind_text(ins, 2, in->path);
	st_bind_text(ins, 3, in->url);
	st_bind_text(ins, 4, in->outlet);
	st_bind_text(ins, 5, in->date);
	st_bind_text(ins, 6, in->date_origin);
	st_bind_text(ins, 7, in->title);
	st_bind_text(ins, 8, in->story ? in->story : "");
	st_bind_text(ins, 9, in->hash);
	sqlite3_bind_text(ins, 10, in->text, (int)in->len, SQLITE_STATIC);
	if (st_step(st, ins) != SQLITE_DONE) {
		rc = st_error(st, err, "cannot add the source");
		goto fail;
	}
	int64_t id = sqlite3_last_insert_rowid(st->db);

	for (size_t i = 0; i < in->nsents;) {
		size_t k;
		sent = st_multi_stmt(st, &q_sent, in->nsents - i, &k, err);
		if (!sent)
			goto fail;
		for (size_t row = 0; row < k; row++, i++) {
			const struct store_sentence_in *s = &in->sents[i];
			int b = (int)(6 * row);
			sqlite3_bind_int64(sent, b + 1, id);
			sqlite3_bind_int64(sent, b + 2, (sqlite3_int64)i);
			sqlite3_bind_int64(sent, b + 3, (sqlite3_int64)s->paragraph);
			sqlite3_bind_int64(sent, b + 4, (sqlite3_int64)s->start);
			sqlite3_bind_int64(sent, b + 5, (sqlite3_int64)s->end);
			sqlite3_bind_int(sent, b + 6, s->boilerplate ? 1 : 0);
		}
		r = st_step(st, sent);
		sqlite3_reset(sent);
		if (r != SQLITE_DONE) {
			rc = st_error(st, err, "cannot add the sentences");
			goto fail;
		}
	}
	rc = st_insert_claims(st, id, in, NULL, err);
	if (rc != CC_OK)
		goto fail;
	bool years_changed;
	rc = st_resolve_years(st, id, in, &years_changed, err);
	if (rc != CC_OK)
		goto fail;
	if (in->judge) {
		/* the new claims as written, unless a year was filled in */
		rc = st_mark_source(st, id, years_changed ? NULL : in, in->judge, err);
		if (rc != CC_OK)
			goto fail;
	}
	/* last: a statement that needs a savepoint after it would make FTS5
	 * write its pending terms out */
	rc = st_index_sentences(st, id, in, err);
	if (rc != CC_OK)
		goto fail;
	cache_reset(st);
	q = ins = sent = NULL;
	rc = st_commit(st, err);
	if (rc == CC_OK && id_out)
		*id_out = id;
	return rc;
fail:
	if (rc == CC_OK)
		rc = err->status != CC_OK ? err->status : CC_ERR_STORE;
	cache_reset(st);
	st_rollback(st);
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
	sqlite3_stmt *q = st_prepare(st, "SELECT " SOURCE_COLUMNS " FROM sources s ORDER BY s.id", err);
	if (!q)
		return err->status;
	int r;
	while ((r = st_step(st, q)) == SQLITE_ROW) {
		struct store_source s;
		read_source(q, &s);
		int stop = fn(&s, ctx);
		store_source_free(&s);
		if (stop)
			break;
	}
	enum cc_status rc = CC_OK;
	if (r != SQLITE_ROW && r != SQLITE_DONE)
		rc = st_error(st, err, "cannot list the sources");
	sqlite3_finalize(q);
	return rc;
}

enum cc_status store_source_get(struct store *st, const char *name, struct store_source *out,
				struct cc_err *err)
{
	memset(out, 0, sizeof *out);
	sqlite3_stmt *q = st_prepare(st, "SELECT " SOURCE_COLUMNS " FROM sources s WHERE s.name = ?1", err);
	if (!q)
		return err->status;
	sqlite3_bind_text(q, 1, name, -1, SQLITE_STATIC);
	int r = st_step(st, q);
	enum cc_status rc = CC_OK;
	if (r == SQLITE_ROW)
		read_source(q, out);
	else if (r == SQLITE_DONE)
		rc = cc_err_set(err, CC_ERR_INPUT,
				"%s: no such source in %s ('crosscheck list' shows them)", name, st->path);
	else
		rc = st_error(st, err, "cannot read the source");
	sqlite3_finalize(q);
	return rc;
}

enum cc_status store_source_text(struct store *st, int64_t id, char **text, size_t *len,
				 struct cc_err *err)
{
	*text = NULL;
	*len = 0;
	sqlite3_stmt *q = st_prepare(st, "SELECT text FROM sources WHERE id = ?1", err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, id);
	enum cc_status rc = CC_OK;
	if (st_step(st, q) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(q, 0);
		size_t n = (size_t)sqlite3_column_bytes(q, 0);
		*text = xstrndup(t ? t : "", n);
		*len = n;
	} else {
		rc = st_error(st, err, "cannot read the source text");
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
	sqlite3_stmt *q = st_prepare(st,
				  "SELECT idx, paragraph, start, end, boilerplate FROM sentences"
				  " WHERE source_id = ?1 ORDER BY idx", err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, source_id);
	size_t cap = 0, cnt = 0;
	struct store_sentence *v = NULL;
	int r;
	while ((r = st_step(st, q)) == SQLITE_ROW) {
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
		return st_error(st, err, "cannot read the sentences");
	}
	*out = v;
	*n = cnt;
	return CC_OK;
}

/* ---- claims ----------------------------------------------------------------- */

static void read_slot(sqlite3_stmt *q, int c0, struct store_slot *x)
{
	x->type = (const char *)sqlite3_column_text(q, c0 + 0);
	x->text = (const char *)sqlite3_column_text(q, c0 + 1);
	x->start = (size_t)sqlite3_column_int64(q, c0 + 2);
	x->end = (size_t)sqlite3_column_int64(q, c0 + 3);
	x->value = (const char *)sqlite3_column_text(q, c0 + 4);
	x->has_lo = sqlite3_column_type(q, c0 + 5) != SQLITE_NULL;
	x->lo = sqlite3_column_double(q, c0 + 5);
	x->has_hi = sqlite3_column_type(q, c0 + 6) != SQLITE_NULL;
	x->hi = sqlite3_column_double(q, c0 + 6);
	x->unit = (const char *)sqlite3_column_text(q, c0 + 7);
	x->gran = (const char *)sqlite3_column_text(q, c0 + 8);
	x->mod = (const char *)sqlite3_column_text(q, c0 + 9);
	x->event = (const char *)sqlite3_column_text(q, c0 + 10);
	x->subject = (const char *)sqlite3_column_text(q, c0 + 11);
	x->year_from = sqlite3_column_int(q, c0 + 12);
	x->norm = (const char *)sqlite3_column_text(q, c0 + 13);
	x->subject_implied = sqlite3_column_int(q, c0 + 14) != 0;
	x->elsewhen = sqlite3_column_int(q, c0 + 14) == 2;
}

enum { READER_CHUNK = 16384 };

/* n bytes that live in the reader until st_claim_reader_clear */
static char *reader_alloc(struct st_claim_reader *r, size_t n)
{
	if (n > READER_CHUNK / 4) {
		char *p = xmalloc(n);
		buf_add(&r->big, &p, sizeof p);
		return p;
	}
	if (!r->nchunks || r->used + n > READER_CHUNK) {
		if (r->nchunks) {
			r->cur++;
			r->used = 0;
		}
		if (r->cur == r->nchunks) {
			r->chunks = xrealloc(r->chunks, (r->nchunks + 1) * sizeof *r->chunks);
			r->chunks[r->nchunks++] = xmalloc(READER_CHUNK);
		}
	}
	char *p = r->chunks[r->cur] + r->used;
	r->used += n;
	return p;
}

static const char *keep_bytes(struct st_claim_reader *r, const void *s, size_t n)
{
	char *p = reader_alloc(r, n + 1);
	if (n)
		memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/* Column text copies live in the reader until st_claim_reader_clear. */
static const char *keep_text(struct st_claim_reader *r, sqlite3_stmt *q, int i)
{
	const unsigned char *s = sqlite3_column_text(q, i);
	if (!s)
		return NULL;
	return keep_bytes(r, s, (size_t)sqlite3_column_bytes(q, i));
}

void st_claim_reader_clear(struct st_claim_reader *r)
{
	char **v = (char **)r->big.data;
	for (size_t i = 0; v && i < r->big.len / sizeof *v; i++)
		free(v[i]);
	buf_clear(&r->big);
	r->cur = r->used = 0;
}

void st_claim_reader_free(struct st_claim_reader *r)
{
	st_claim_reader_clear(r);
	buf_free(&r->big);
	for (size_t i = 0; i < r->nchunks; i++)
		free(r->chunks[i]);
	free(r->chunks);
	free(r->slots);
	memset(r, 0, sizeof *r);
}

#define CLAIM_COLUMNS \
	"c.id, s.name, c.ord, c.sentence, c.start, c.end, c.subject, c.event," \
	" c.lemma, c.speaker, c.negated, c.modality, c.score," \
	" substr(CAST(s.text AS BLOB), c.start + 1, c.end - c.start), c.key, c.scope, s.story," \
	" s.pub_date, c.subject_implied"
#define SLOT_COLUMNS \
	"x.type, x.text, x.start, x.end, x.value, x.lo, x.hi, x.unit, x.gran, x.mod, x.event," \
	" x.subject, x.year_from, x.norm, x.subject_implied"

/* Fills *c (but its slots) from a row of CLAIM_COLUMNS. */
static void read_claim_row(struct st_claim_reader *r, sqlite3_stmt *q, struct store_claim *c)
{
	st_claim_reader_clear(r);
	memset(c, 0, sizeof *c);
	c->id = sqlite3_column_int64(q, 0);
	c->source = keep_text(r, q, 1);
	c->ord = (size_t)sqlite3_column_int64(q, 2);
	c->sentence = (size_t)sqlite3_column_int64(q, 3);
	c->start = (size_t)sqlite3_column_int64(q, 4);
	c->end = (size_t)sqlite3_column_int64(q, 5);
	c->subject = keep_text(r, q, 6);
	c->event = keep_text(r, q, 7);
	c->lemma = keep_text(r, q, 8);
	c->speaker = keep_text(r, q, 9);
	c->negated = sqlite3_column_int(q, 10) != 0;
	c->modality = keep_text(r, q, 11);
	c->score = sqlite3_column_double(q, 12);
	/* the sentence's bytes (substr of a BLOB counts bytes) */
	const void *b = sqlite3_column_blob(q, 13);
	size_t bl = (size_t)sqlite3_column_bytes(q, 13);
	c->text = keep_bytes(r, b ? b : "", bl);
	c->text_len = bl;
	c->key = keep_text(r, q, 14);
	c->scope = keep_text(r, q, 15);
	c->story = keep_text(r, q, 16);
	c->source_date = keep_text(r, q, 17);
	c->subject_implied = sqlite3_column_int(q, 18) != 0;
	c->elsewhen = sqlite3_column_int(q, 18) == 2;
}

/* Appends the slot in SLOT_COLUMNS from column c0 of q to the reader's. */
static void read_slot_row(struct st_claim_reader *r, sqlite3_stmt *q, int c0, size_t n)
{
	r->slots = xgrow(r->slots, &r->cap, n + 1, sizeof *r->slots);
	struct store_slot *x = &r->slots[n];
	read_slot(q, c0, x);
	x->type = keep_text(r, q, c0 + 0);
	x->text = keep_text(r, q, c0 + 1);
	x->value = keep_text(r, q, c0 + 4);
	x->unit = keep_text(r, q, c0 + 7);
	x->gran = keep_text(r, q, c0 + 8);
	x->mod = keep_text(r, q, c0 + 9);
	x->event = keep_text(r, q, c0 + 10);
	x->subject = keep_text(r, q, c0 + 11);
	x->norm = keep_text(r, q, c0 + 13);
}

/* Fills *c from a row of CLAIM_COLUMNS and loads its slots. */
static enum cc_status read_claim(struct store *st, struct st_claim_reader *r, sqlite3_stmt *q,
				 struct store_claim *c, struct cc_err *err)
{
	read_claim_row(r, q, c);
	static const char slots_sql[] =
		"SELECT " SLOT_COLUMNS " FROM slots x WHERE x.claim_id = ?1 ORDER BY x.ord";
	/* run to the end before anyone else may use it: safe to share */
	sqlite3_stmt *sq = st_cached(st, slots_sql, err);
	if (!sq)
		return err->status;
	sqlite3_bind_int64(sq, 1, c->id);
	size_t n = 0;
	int rc;
	while ((rc = st_step(st, sq)) == SQLITE_ROW)
		read_slot_row(r, sq, 0, n++);
	sqlite3_reset(sq);
	if (rc != SQLITE_DONE)
		return st_error(st, err, "cannot read a claim's slots");
	c->slots = r->slots;
	c->nslots = n;
	return CC_OK;
}

enum cc_status st_claim_load(struct store *st, struct st_claim_reader *r, int64_t id,
			     struct store_claim *out, struct cc_err *err)
{
	/* the claim with its slots, one row a slot, in one statement; the
	 * sentence's bytes are cut from the source text only when the rules
	 * need them (quotes): the text is large, the rest is small */
	static const char one_sql[] =
		"SELECT c.id, s.name, c.ord, c.sentence, c.start, c.end, c.subject, c.event,"
		" c.lemma, c.speaker, c.negated, c.modality, c.score, NULL,"
		" c.key, c.scope, s.story, s.pub_date, c.subject_implied, c.source_id, " SLOT_COLUMNS
		" FROM claims c JOIN sources s ON s.id = c.source_id"
		" LEFT JOIN slots x ON x.claim_id = c.id WHERE c.id = ?1 ORDER BY x.ord";
	static const char text_sql[] =
		"SELECT substr(CAST(text AS BLOB), ?2 + 1, ?3 - ?2) FROM sources WHERE id = ?1";
	sqlite3_stmt *one = st_cached(st, one_sql, err);
	if (!one)
		return err->status;
	sqlite3_bind_int64(one, 1, id);
	int rc;
	size_t n = 0;
	int64_t source_id = 0;
	bool found = false, quote = false;
	while ((rc = st_step(st, one)) == SQLITE_ROW) {
		if (!found) {
			read_claim_row(r, one, out);
			source_id = sqlite3_column_int64(one, 19);
			out->source_id = source_id;
			found = true;
		}
		if (sqlite3_column_type(one, 20) == SQLITE_NULL)
			continue; /* no slots */
		read_slot_row(r, one, 20, n);
		quote |= strcmp(r->slots[n].type, "quote") == 0 || strcmp(r->slots[n].type, "money") == 0;
		n++;
	}
	sqlite3_reset(one);
	if (rc != SQLITE_DONE)
		return st_error(st, err, "cannot read a claim");
	if (!found)
		return cc_err_set(err, CC_ERR_INPUT, "no claim with id %lld", (long long)id);
	out->slots = r->slots;
	out->nslots = n;
	/* ... and a dated statement, whose reported words may be another's
	 * (conflict.c same_words_after_date) */
	for (size_t i = 0; !quote && i < n && out->event &&
			   (strcmp(out->event, "ANNOUNCE") == 0 || strcmp(out->event, "CONFIRM") == 0 ||
			    strcmp(out->event, "DENY") == 0);
	     i++)
		quote = strcmp(r->slots[i].type, "date") == 0;
	if (!quote)
		return CC_OK;
	sqlite3_stmt *tq = st_cached(st, text_sql, err);
	if (!tq)
		return err->status;
	sqlite3_bind_int64(tq, 1, source_id);
	sqlite3_bind_int64(tq, 2, (sqlite3_int64)out->start);
	sqlite3_bind_int64(tq, 3, (sqlite3_int64)out->end);
	enum cc_status st_rc = CC_OK;
	if (st_step(st, tq) == SQLITE_ROW) {
		const void *b = sqlite3_column_blob(tq, 0);
		size_t bl = (size_t)sqlite3_column_bytes(tq, 0);
		out->text = keep_bytes(r, b ? b : "", bl);
		out->text_len = bl;
	} else {
		st_rc = st_error(st, err, "cannot read a claim");
	}
	sqlite3_reset(tq);
	return st_rc;
}

enum cc_status store_claims_each(struct store *st, const char *source, store_claim_fn fn,
				 void *ctx, struct cc_err *err)
{
	sqlite3_stmt *q = st_prepare(st,
				     "SELECT " CLAIM_COLUMNS " FROM claims c JOIN sources s ON s.id = c.source_id"
				     " WHERE ?1 IS NULL OR s.name = ?1 ORDER BY s.id, c.ord", err);
	if (!q)
		return err->status;
	st_bind_text(q, 1, source);
	struct st_claim_reader r = {0};
	enum cc_status rc = CC_OK;
	int step_rc;
	while ((step_rc = st_step(st, q)) == SQLITE_ROW) {
		struct store_claim c;
		rc = read_claim(st, &r, q, &c, err);
		if (rc != CC_OK)
			break;
		if (fn(&c, ctx))
			break;
	}
	if (rc == CC_OK && step_rc != SQLITE_ROW && step_rc != SQLITE_DONE)
		rc = st_error(st, err, "cannot read the claims");
	st_claim_reader_free(&r);
	sqlite3_finalize(q);
	return rc;
}

