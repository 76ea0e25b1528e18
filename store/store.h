/* store: the one header other rooms include to reach the SQLite store.
 *
 * Owns: the store file (creation with mode 0600, WAL, foreign keys, busy
 * timeout), recognising what is and is not a crosscheck store, the schema
 * and its migrations, and every SQL statement. Must not: leak sqlite3 types
 * into this header, print, or exit. Every multi-row write is one
 * transaction; a failure rolls it back whole.
 */
#ifndef CC_STORE_H
#define CC_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util.h"

struct store;

/* The schema version this build writes (PRAGMA user_version). */
int store_schema_version(void);

enum store_mode {
	STORE_OPEN_EXISTING, /* the file must exist already */
	STORE_OPEN_CREATE,   /* create it (mode 0600) when missing */
};

/* The store path chosen by --db (opt, may be NULL), then $CROSSCHECK_DB,
 * then "crosscheck.db". The result points into one of those; not freed. */
const char *store_default_path(const char *opt);

/* Opens (and, with STORE_OPEN_CREATE, creates) a store. A file that is not a
 * crosscheck store, or one written by a newer crosscheck, is refused and
 * left untouched. Older schemas are migrated in one transaction. */
enum cc_status store_open(const char *path, enum store_mode mode, struct store **out,
			  struct cc_err *err);
void store_close(struct store *st);
const char *store_path(const struct store *st);

/* ---- sources ---------------------------------------------------------- */

struct store_sentence_in {
	size_t start, end, paragraph;
	bool boilerplate;
};

struct store_source_in {
	const char *name;
	const char *path;    /* may be NULL (standard input) */
	const char *url;     /* may be NULL */
	const char *outlet;  /* may be NULL */
	const char *date;    /* "YYYY-MM-DD" or NULL */
	const char *date_origin;
	const char *title;   /* may be NULL */
	const char *story;   /* may be NULL: the default story "" */
	const char *hash;    /* hex SHA-256 of text */
	const char *text;
	size_t len;
	const struct store_sentence_in *sents;
	size_t nsents;
};

/* Adds a source with its sentences in one transaction. Returns CC_DUPLICATE
 * (nothing written) when the same text is already stored, with the existing
 * source's name in *dup_name (caller frees); CC_ERR_INPUT when the name is
 * taken by a different text. */
enum cc_status store_source_add(struct store *st, const struct store_source_in *in,
				int64_t *id_out, char **dup_name, struct cc_err *err);

struct store_source {
	int64_t id;
	char *name, *path, *url, *outlet, *date, *date_origin, *title, *story, *hash, *added;
	size_t len;        /* bytes of text */
	size_t sentences;  /* all sentences */
	size_t boilerplate;/* sentences flagged as boilerplate */
};

void store_source_free(struct store_source *s);

/* Calls fn for each source in the order they were added; a non-zero return
 * from fn stops the walk. */
typedef int (*store_source_fn)(const struct store_source *s, void *ctx);
enum cc_status store_sources_each(struct store *st, store_source_fn fn, void *ctx,
				  struct cc_err *err);

/* Finds a source by name (exact) and fills *out (caller frees with
 * store_source_free). CC_ERR_INPUT when there is none. */
enum cc_status store_source_get(struct store *st, const char *name, struct store_source *out,
				struct cc_err *err);

/* The normalised text of a source; *text is newly allocated. */
enum cc_status store_source_text(struct store *st, int64_t id, char **text, size_t *len,
				 struct cc_err *err);

size_t store_source_count(struct store *st);

struct store_sentence {
	size_t idx, paragraph, start, end;
	bool boilerplate;
};

/* All sentences of a source in order; *out newly allocated (NULL when none). */
enum cc_status store_sentences_get(struct store *st, int64_t source_id,
				   struct store_sentence **out, size_t *n, struct cc_err *err);

/* ---- for tests ---------------------------------------------------------- */

/* Makes the Nth following SQLite step or commit in this store fail (1 = the
 * next one); 0 turns it off. Used by fault-injection tests. */
void store_fail_after(struct store *st, int n);

#endif
