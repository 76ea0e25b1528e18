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

struct store {
	sqlite3 *db;
	char *path;
	int fail_countdown; /* 0: off; n: the nth step/commit from now fails */
	/* statements prepared once per store, keyed by their (static) SQL
	 * text; every one is kept (and finalized by store_close), however
	 * many a command uses */
	struct st_cached_stmt {
		const char *sql;
		sqlite3_stmt *stmt;
	} *cache;
	size_t ncache, capcache;
	struct st_claim_reader mark_new, mark_old; /* used by st_mark_source */
	bool busy;           /* the last error was SQLITE_BUSY (st_error) */
	store_wait_fn wait_fn; /* store_set_wait, or NULL */
	void *wait_ctx;
	uint64_t wait_start; /* when the current wait for a lock began (ms) */
	bool in_batch; /* store_batch_begin: transactions become savepoints */
	bool in_snapshot; /* store_snapshot_begin took a read transaction */
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
	char *readonly; /* why nothing can be written through it (store_readonly),
			 * or NULL */
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

/* The rule for a claim's current state, as SQL (README: "Annotations from
 * several reviewers"). A claim's log is walked in the order ST_ORDER; each
 * reviewer keeps a running state (the entries' verdict, note and tags: the
 * reviewer's own), and an entry changes the fields in which it differs from
 * its reviewer's previous entry (a reviewer's first entry: the fields it
 * sets), unless its `effect` says otherwise for the verdict or the note
 * (ST_EFFECT_*: an undo or redo that leaves a field another reviewer
 * changed since, or that restores a value another reviewer gave). The
 * current verdict and note are the values of the latest change to each; a
 * tag is present when the latest entry that added or removed it added it.
 * `disputed`: the reviewers' latest entries hold two or more different
 * verdicts.
 *
 * ST_MERGE(filter) is a WITH clause over the entries `filter` selects (a
 * WHERE condition on annotations) that ends with the table
 * merged(claim_id, verdict, note, tags, disputed, verdict_id): one row per
 * claim with entries (verdict_id: the entry of the latest verdict change,
 * or for a restored verdict the latest ordinary change that gave it; NULL
 * when none). The caller appends the statement that reads it. Migration 7
 * fills claim_state with it; a change to the rule needs a migration that
 * fills claim_state again (as 8 and 9 do). Times sort as text: every `at`
 * is in the store's own form, milliseconds always (local entries are
 * written so, the import normalises, migration 8 converted older rows).
 * Migrations 7 and 8 ran before the effect columns existed: they read the
 * log through ST_MERGE_V8, where every effect is 0; migration 9 ran before
 * ck existed (ST_MERGE_V11); 12 merges every claim again in ST_ORDER. */
#define ST_EFFECT_VERDICT_KEEP 1 /* the claim's verdict is not changed */
#define ST_EFFECT_VERDICT_SET 2  /* the claim's verdict becomes claim_verdict */
#define ST_EFFECT_NOTE_KEEP 4    /* the claim's note is not changed */
#define ST_EFFECT_NOTE_SET 8     /* the claim's note becomes claim_note */

/* The order of a claim's log (schema 12): by time, then reviewer, then
 * the entry's content (ck, a generated column: verdict, effect, the values
 * it restores, note and tags, each delimited), then id, which only orders
 * entries equal in all of these (and so equal for the rule). Every store
 * holding the same entries orders them alike, whatever the order it wrote
 * them in; a reviewer's own local entries on a claim never share a time
 * (append dates each after the reviewer's latest), so their order is the
 * order they were written. */
#define ST_ORDER "at, reviewer, ck, id"
#define ST_ORDER_DESC "at DESC, reviewer DESC, ck DESC, id DESC"

#define ST_MERGE(filter) \
	ST_MERGE_LOG("SELECT id, claim_id, reviewer, at, verdict, note, tags, effect," \
		     " claim_verdict, claim_note, ck FROM annotations WHERE " filter)
#define ST_MERGE_V8(filter) \
	ST_MERGE_LOG("SELECT id, claim_id, reviewer, at, verdict, note, tags, 0 AS effect," \
		     " NULL AS claim_verdict, NULL AS claim_note, '' AS ck FROM annotations WHERE " filter)
#define ST_MERGE_V11(filter) \
	ST_MERGE_LOG("SELECT id, claim_id, reviewer, at, verdict, note, tags, effect," \
		     " claim_verdict, claim_note, '' AS ck FROM annotations WHERE " filter)
#define ST_MERGE_LOG(log) \
	"WITH log AS (" log ")," \
	" step AS (SELECT id, claim_id, at, verdict, tags," \
	"   row_number() OVER (PARTITION BY claim_id ORDER BY " ST_ORDER ") AS o," \
	"   CASE WHEN effect & 1 THEN 0 WHEN effect & 2 THEN 1" \
	"    ELSE verdict IS NOT lag(verdict) OVER w END AS dv," \
	"   CASE WHEN effect & 2 THEN claim_verdict ELSE verdict END AS cv, effect & 2 <> 0 AS vr," \
	"   CASE WHEN effect & 4 THEN 0 WHEN effect & 8 THEN 1" \
	"    ELSE note IS NOT lag(note) OVER w END AS dn," \
	"   CASE WHEN effect & 8 THEN claim_note ELSE note END AS cn," \
	"   lag(tags, 1, '') OVER w AS pt," \
	"   row_number() OVER (PARTITION BY claim_id, reviewer ORDER BY " ST_ORDER_DESC ") AS mine" \
	"   FROM log WINDOW w AS (PARTITION BY claim_id, reviewer ORDER BY " ST_ORDER "))," \
	" split(id, claim_id, o, now, tag, rest) AS (" \
	"   SELECT id, claim_id, o, 1, '', tags || ',' FROM step" \
	"   UNION ALL SELECT id, claim_id, o, 0, '', pt || ',' FROM step" \
	"   UNION ALL SELECT id, claim_id, o, now, substr(rest, 1, instr(rest, ',') - 1)," \
	"     substr(rest, instr(rest, ',') + 1) FROM split WHERE rest <> '')," \
	" tchange AS (SELECT claim_id, tag, max(now) AS present, row_number() OVER" \
	"   (PARTITION BY claim_id, tag ORDER BY o DESC) AS rn" \
	"   FROM split WHERE tag <> '' GROUP BY id, tag HAVING count(DISTINCT now) = 1)," \
	" tset AS (SELECT claim_id, min(tags) AS tags FROM (SELECT claim_id, group_concat(tag, ',')" \
	"   OVER (PARTITION BY claim_id ORDER BY tag ROWS BETWEEN UNBOUNDED PRECEDING" \
	"   AND UNBOUNDED FOLLOWING) AS tags FROM tchange WHERE rn = 1 AND present = 1)" \
	"   GROUP BY claim_id)," \
	" vchange AS (SELECT claim_id, id, o, cv AS verdict, vr, row_number() OVER" \
	"   (PARTITION BY claim_id ORDER BY o DESC) AS rn FROM step WHERE dv)," \
	" vlast AS (SELECT v.claim_id, v.verdict, CASE WHEN v.vr THEN (SELECT g.id FROM vchange g" \
	"   WHERE g.claim_id = v.claim_id AND NOT g.vr AND g.verdict IS v.verdict" \
	"   AND g.o < v.o ORDER BY g.o DESC LIMIT 1)" \
	"   ELSE v.id END AS id FROM vchange v WHERE v.rn = 1)," \
	" nlast AS (SELECT claim_id, cn AS note, row_number() OVER" \
	"   (PARTITION BY claim_id ORDER BY o DESC) AS rn FROM step WHERE dn)," \
	" mix AS (SELECT claim_id, count(DISTINCT verdict) > 1 AS disputed FROM step" \
	"   WHERE mine = 1 GROUP BY claim_id)," \
	" merged(claim_id, verdict, note, tags, disputed, verdict_id) AS (SELECT c.claim_id," \
	"   v.verdict, n.note, coalesce(t.tags, ''), coalesce(m.disputed, 0), v.id" \
	"   FROM (SELECT DISTINCT claim_id FROM log) c" \
	"   LEFT JOIN vlast v ON v.claim_id = c.claim_id" \
	"   LEFT JOIN nlast n ON n.claim_id = c.claim_id AND n.rn = 1" \
	"   LEFT JOIN tset t ON t.claim_id = c.claim_id" \
	"   LEFT JOIN mix m ON m.claim_id = c.claim_id)"

/* Recomputes claim_state for one claim from its log (store/annotations.c),
 * inside the caller's transaction. */
enum cc_status st_claim_state_update(struct store *st, int64_t claim_id, struct cc_err *err);

int st_step(struct store *st, sqlite3_stmt *s);
int st_exec(struct store *st, const char *sql);
enum cc_status st_begin(struct store *st, struct cc_err *err);
enum cc_status st_commit(struct store *st, struct cc_err *err);
void st_rollback(struct store *st);
sqlite3_stmt *st_prepare(struct store *st, const char *sql, struct cc_err *err);
enum cc_status st_error(struct store *st, struct cc_err *err, const char *what);
/* Runs one cached statement, with id bound to ?1 when it has a parameter;
 * the first column of a row it returns goes to *out (0 when it returns
 * none; out may be NULL). A failed step is st_error's with `what`. */
enum cc_status st_run_id(struct store *st, const char *sql, int64_t id, int64_t *out, const char *what,
			 struct cc_err *err);

/* The id the next new claim takes: after every claim the store ever
 * held (migration 13's id_floor), not only those it holds now. */
#define ST_NEXT_CLAIM_ID_SQL                                                                        \
	"SELECT max((SELECT last FROM id_floor WHERE name = 'claims'),"                            \
	" (SELECT coalesce(max(id), 0) FROM claims)) + 1"
/* ... and the floor raised to the claims there are (after an insert). */
#define ST_RAISE_CLAIM_FLOOR_SQL                                                                    \
	"UPDATE id_floor SET last = max(last, (SELECT coalesce(max(id), 0) FROM claims))"          \
	" WHERE name = 'claims'"

/* The full-text rows of source ?1's sentences (remove, refresh). The index
 * is contentless: a row is deleted by giving its text again, exactly as
 * index_sentences (store.c) wrote it (byte offsets, hence the blobs). */
#define ST_FTS_DELETE_SQL \
	"INSERT INTO sentence_fts (sentence_fts, rowid, text)" \
	" SELECT 'delete', (s.source_id << 24) + s.idx," \
	"  CAST(substr(CAST(src.text AS BLOB), s.start + 1, s.end - s.start) AS TEXT)" \
	" FROM sentences s JOIN sources src ON src.id = s.source_id" \
	" WHERE s.source_id = ?1 AND s.idx < (1 << 24) AND s.start <= s.end" \
	"  AND s.end <= length(CAST(src.text AS BLOB))"
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

/* The writes of store_source_add, shared with store/refresh.c. Each runs
 * inside the caller's transaction. st_insert_claims writes the source's
 * claims and slots (in->claims; ids[k], when ids is not NULL and ids[k]
 * is not 0, is claim k's id, else the next one). st_resolve_years fills in
 * missing years from the other sources on the month-days of the source's
 * dates (in: the claims just written; NULL: as stored); *changed when any
 * date changed. st_index_sentences writes the sentences' full-text rows. */
enum cc_status st_insert_claims(struct store *st, int64_t source_id,
				const struct store_source_in *in, const int64_t *ids,
				struct cc_err *err);
enum cc_status st_resolve_years(struct store *st, int64_t source_id,
				const struct store_source_in *in, bool *changed, struct cc_err *err);
enum cc_status st_resolve_months(struct store *st, int64_t source_id, bool *changed, struct cc_err *err);
enum cc_status st_index_sentences(struct store *st, int64_t source_id,
				  const struct store_source_in *in, struct cc_err *err);

/* A source's story and, with `subject`, the story's subject as it stands
 * (store/conflicts.c); both newly allocated, *subject NULL when the story
 * has none. */
enum cc_status st_story_subject_of(struct store *st, int64_t source_id, char **story,
				   char **subject, struct cc_err *err);

/* After a source left the story: when the story's subject is no longer
 * `before` (NULL: none), its conflicts keyed with "*" are worded again under
 * the new one, as adding a source does (store/conflicts.c). */
enum cc_status st_story_reword(struct store *st, const char *story, const char *before,
			       const struct store_judge *j, struct cc_err *err);

/* After a remove gave dates of the sources that stay another year, or
 * took it away (temp.remove_years: store/remove.c), their claims'
 * conflicts and agreements with other sources are judged again
 * (store/conflicts.c). */
enum cc_status st_rejudge_years(struct store *st, const struct store_judge *j, struct cc_err *err);
/* ... whose claims it keeps in this temporary table, made outside the
 * transaction (as remove.c's own) */
#define ST_REJUDGE_CREATE_SQL \
	"CREATE TEMP TABLE IF NOT EXISTS rejudge_claims (id INTEGER PRIMARY KEY, value TEXT)"

/* One side of a listed conflict or corroboration, read from columns o..:
 * claim id, source name, sentence (a blob), its start and end, and with
 * `slot` the slot's start and end (store/conflicts.c). */
void st_conflict_side_read(sqlite3_stmt *q, int o, bool slot, struct store_conflict_side *side);

/* A month without a year ("in June": "XXXX-06", no year in its article)
 * takes the year other sources' explicit dates in that month give most
 * often (a day or the month: "June 2024", "June 12, 2024"), ties to the
 * later year; its bounds are the month's, narrowed by early (1-10), mid
 * (11-20) or late (21 to the end) as the extraction narrows them
 * (src/temporal.c). ?1: a source whose months alone can have changed
 * anything (its dates, known or not, when it is added), or 0 for every
 * month of the store (after remove and refresh took years away). The
 * unknown months are few (the partial index slots_unknown_year holds
 * them), the known ones are found by slots_known_month. year_from 3 marks
 * the year as another source's. */
#define ST_MONTHS_RESOLVE_SQL \
	"WITH u AS (SELECT DISTINCT substr(value, 6, 2) AS m FROM slots" \
	"  WHERE type = 'date' AND year_from = 4 AND value GLOB 'XXXX-[0-9][0-9]' AND (?1 = 0 OR" \
	"   substr(value, 6, 2) IN (SELECT substr(x.value, 6, 2) FROM claims c" \
	"    JOIN slots x ON x.claim_id = c.id WHERE c.source_id = ?1 AND x.type = 'date')))," \
	" h AS (SELECT u.m AS m, substr(s.value, 1, 4) AS y, count(*) AS c FROM u" \
	"  JOIN slots s ON s.type = 'date' AND s.year_from = 0 AND substr(s.value, 6, 2) = u.m" \
	"  WHERE s.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' GROUP BY u.m, y)," \
	" best AS (SELECT m, y, julianday(y || '-' || m || '-01') - 2440587.5 AS first," \
	"  julianday(y || '-' || m || '-01', '+1 month', '-1 day') - 2440587.5 AS last FROM h h1" \
	"  WHERE NOT EXISTS (SELECT 1 FROM h h2" \
	"  WHERE h2.m = h1.m AND (h2.c > h1.c OR (h2.c = h1.c AND h2.y > h1.y))))" \
	" UPDATE slots SET value = best.y || substr(slots.value, 5)," \
	"  lo = best.first + CASE slots.mod WHEN 'mid' THEN 10 WHEN 'late' THEN 20 ELSE 0 END," \
	"  hi = CASE slots.mod WHEN 'early' THEN best.first + 9 WHEN 'mid' THEN best.first + 19" \
	"   ELSE best.last END, year_from = 3" \
	" FROM best WHERE best.m = substr(slots.value, 6, 2) AND slots.type = 'date'" \
	"  AND slots.year_from = 4 AND slots.value GLOB 'XXXX-[0-9][0-9]'"
/* ... and such months lose the year they took (before it is taken again
 * from the sources that stay: remove.c, refresh.c) */
#define ST_MONTHS_UNSET_SQL \
	"UPDATE slots SET value = 'XXXX' || substr(value, 5), lo = NULL, hi = NULL, year_from = 4" \
	" WHERE type = 'date' AND year_from = 3 AND value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'"

/* The year rule for dates whose year is unknown (year_from 4, "XXXX-07-20")
 * on the month-days of a CTE `u` (column md) the statement defines first:
 * the year the sources give that month-day explicitly most often, ties to
 * the later year (year_from 3). The tail of one UPDATE statement, shared
 * by store_source_add (store.c) and store_sources_remove (remove.c). */
#define ST_YEARS_FROM_U \
	" h AS (SELECT u.md AS md, substr(s.value, 1, 4) AS y, count(*) AS c FROM u" \
	"  JOIN slots s ON substr(s.value, 6, 5) = u.md AND s.type = 'date' AND s.year_from = 0" \
	"  WHERE s.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' GROUP BY u.md, y)," \
	" best AS (SELECT md, y FROM h h1 WHERE NOT EXISTS (SELECT 1 FROM h h2" \
	"  WHERE h2.md = h1.md AND (h2.c > h1.c OR (h2.c = h1.c AND h2.y > h1.y))))" \
	" UPDATE slots SET" \
	"  value = (SELECT y FROM best WHERE best.md = substr(slots.value, 6, 5)) || substr(slots.value, 5)," \
	"  lo = julianday((SELECT y FROM best WHERE best.md = substr(slots.value, 6, 5))" \
	"       || substr(slots.value, 5)) - 2440587.5," \
	"  hi = julianday((SELECT y FROM best WHERE best.md = substr(slots.value, 6, 5))" \
	"       || substr(slots.value, 5)) - 2440587.5," \
	"  year_from = 3" \
	" WHERE type = 'date' AND year_from = 4 AND substr(value, 6, 5) IN (SELECT md FROM best)" \
	"  AND value GLOB 'XXXX-[0-9][0-9]-[0-9][0-9]'"

#endif
