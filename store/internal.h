/* internal: what the files of store/ share and nobody else sees: the store
 * struct and the seams every statement goes through (st_step and st_commit
 * are where fault injection strikes). Only the .c files of store/ include this. */
#ifndef CC_STORE_INTERNAL_H
#define CC_STORE_INTERNAL_H

#include <sqlite3.h>

#include "store.h"

/* Reads claims with their slots; the strings of the last claim read stay
 * valid until the next read or st_claim_reader_free. They are copied into
 * chunks the reader keeps from claim to claim (no malloc per string). */
struct st_claim_reader {
	char **chunks;
	size_t nchunks, cur, used; /* chunks[cur] has `used` bytes taken */
	struct buf big;            /* char * copies too long for a chunk, to free */
	struct store_slot *slots;
	size_t cap;
};

#define ST_CACHE_SIZE 64

struct store {
	sqlite3 *db;
	char *path;
	int fail_countdown; /* 0: off; n: the nth step/commit from now fails */
	/* statements prepared once per store, keyed by their (static) SQL text */
	struct {
		const char *sql;
		sqlite3_stmt *stmt;
	} cache[ST_CACHE_SIZE];
	size_t ncache;
	struct st_claim_reader mark_new, mark_old; /* used by st_mark_source */
	bool in_batch; /* store_batch_begin: transactions become savepoints */
	/* in a batch, the sentences to index in full text are queued and
	 * indexed when the batch commits: FTS5 writes its pending terms out at
	 * every savepoint, so indexing them file by file costs a segment (and
	 * its merges) per file */
	struct buf fts_rows; /* struct st_fts_row */
	struct buf fts_text;
	size_t fts_unit_rows, fts_unit_text; /* the queue's lengths when the unit began */
	/* in a batch, the claims conflict marking read or wrote lately, by id
	 * (direct-mapped): the sources of a story come one after the other,
	 * and each compares with the claims of the ones before. Emptied when
	 * a batch begins or ends, on any rollback, and when years are filled
	 * in (the only change to a stored claim). */
	struct st_cached_claim **claim_cache; /* ST_CLAIM_CACHE entries, or NULL */
};

#define ST_CLAIM_CACHE 4096

/* A claim copied into one allocation (store/conflicts.c). */
struct st_cached_claim {
	struct store_claim c;
	struct store_slot slots[];
};

void st_claim_cache_clear(struct store *st);

struct st_fts_row {
	int64_t rowid;
	size_t off, len; /* in fts_text */
};

/* A statement for `sql` (a string literal: it is the cache key), prepared
 * on first use and reset with its bindings cleared on every later one.
 * Do not finalize it; do not use it again before the caller is done with it. */
sqlite3_stmt *st_cached(struct store *st, const char *sql, struct cc_err *err);

/* Multi-row INSERTs: one statement for up to 32 rows, as each statement
 * costs its start and its halt besides its rows. The SQL texts are built
 * on first use into the (static) struct, whose address keys the cache. */
#define ST_MULTI_SIZES 3 /* 32, 8 and 1 rows */
struct st_multi_sql {
	const char *head; /* "INSERT INTO t (a, b) VALUES " */
	int ncols;
	bool built;
	char sql[ST_MULTI_SIZES][2048];
};

/* The statement for the most rows (*rows) not over `want` (at least 1);
 * row r's column c is parameter r * ncols + c + 1. */
sqlite3_stmt *st_multi_stmt(struct store *st, struct st_multi_sql *m, size_t want, size_t *rows,
			    struct cc_err *err);

int st_step(struct store *st, sqlite3_stmt *s);
int st_exec(struct store *st, const char *sql);
enum cc_status st_begin(struct store *st, struct cc_err *err);
enum cc_status st_commit(struct store *st, struct cc_err *err);
void st_rollback(struct store *st);
sqlite3_stmt *st_prepare(struct store *st, const char *sql, struct cc_err *err);
enum cc_status st_error(struct store *st, struct cc_err *err, const char *what);
void st_bind_text(sqlite3_stmt *s, int i, const char *v);

enum cc_status st_claim_load(struct store *st, struct st_claim_reader *r, int64_t id,
			     struct store_claim *out, struct cc_err *err);
void st_claim_reader_clear(struct st_claim_reader *r);
void st_claim_reader_free(struct st_claim_reader *r);

/* Marks conflicts and corroborations between a new source's claims and the
 * claims of its story's other sources (store/conflicts.c). `in`, when not
 * NULL, is what was just written for the source (its claims are then not
 * read back): pass NULL when a later statement changed them. */
enum cc_status st_mark_source(struct store *st, int64_t source_id,
			      const struct store_source_in *in, const struct store_judge *j,
			      struct cc_err *err);

#endif
