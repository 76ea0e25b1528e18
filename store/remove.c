/* remove: taking sources out of the store (store_sources_remove).
 *
 * Owns: deleting a source with its sentences, their full-text index rows,
 * its claims, slots, conflicts and corroborations, and putting back the
 * years other sources' dates had inferred from it; and refusing when that
 * would delete annotation entries the caller did not save. Must not: touch
 * the conflicts and corroborations among the other sources (adding a
 * source never recomputes those either) beyond wording a story's conflicts
 * keyed "*" again when its subject changes and judging again the pairs
 * whose dates took another year (as add does, with the judge it is given:
 * st_rejudge_years), the annotation entries of other
 * claims, or the review sessions; print; or exit.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "internal.h"

enum cc_status store_source_annotated(struct store *st, const char *name, size_t *claims,
				      size_t *entries, struct cc_err *err)
{
	*claims = *entries = 0;
	static const char sql[] =
		"SELECT count(DISTINCT a.claim_id), count(*) FROM sources s"
		" JOIN claims c ON c.source_id = s.id JOIN annotations a ON a.claim_id = c.id"
		" WHERE s.name = ?1";
	sqlite3_stmt *q = st_cached(st, sql, err);
	if (!q)
		return err->status;
	sqlite3_bind_text(q, 1, name, -1, SQLITE_STATIC);
	enum cc_status rc = CC_OK;
	if (st_step(st, q) == SQLITE_ROW) {
		*claims = (size_t)sqlite3_column_int64(q, 0);
		*entries = (size_t)sqlite3_column_int64(q, 1);
	}
	else
		rc = st_error(st, err, "cannot count the source's annotations");
	sqlite3_reset(q);
	return rc;
}

/* One statement (with the source id in ?1 when it has a parameter) that
 * returns a count or nothing. */
static enum cc_status count_of(struct store *st, const char *sql, int64_t id, size_t *n,
			       const char *what, struct cc_err *err)
{
	int64_t v = 0;
	enum cc_status rc = st_run_id(st, sql, id, &v, what, err);
	*n = v > 0 ? (size_t)v : 0;
	return rc;
}

/* Runs one statement (with the source id in ?1 when it has a parameter); *changes (may be NULL) gets
 * the rows it changed. */
static enum cc_status exec_with(struct store *st, const char *sql, int64_t id, size_t *changes,
				const char *what, struct cc_err *err)
{
	sqlite3_stmt *q = st_cached(st, sql, err);
	if (!q)
		return err->status;
	if (sqlite3_bind_parameter_count(q) > 0)
		sqlite3_bind_int64(q, 1, id);
	enum cc_status rc = CC_OK;
	if (st_step(st, q) != SQLITE_DONE)
		rc = st_error(st, err, what);
	else if (changes)
		*changes = (size_t)sqlite3_changes(st->db);
	sqlite3_reset(q);
	return rc;
}

/* The month-days (MM-DD) this source gives with an explicit year: the only
 * ones from which another source's date can have taken its year. Kept in a
 * temporary table for the statements after the delete. */
static const char md_create_sql[] =
	"CREATE TEMP TABLE IF NOT EXISTS remove_md (md TEXT PRIMARY KEY) WITHOUT ROWID";
static const char md_clear_sql[] = "DELETE FROM temp.remove_md";
static const char md_fill_sql[] =
	"INSERT OR IGNORE INTO temp.remove_md (md)"
	" SELECT substr(x.value, 6, 5) FROM claims c JOIN slots x ON x.claim_id = c.id"
	" WHERE c.source_id = ?1 AND x.type = 'date' AND x.year_from = 0"
	"  AND x.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'";

/* The dates that took their year from other sources (year_from 3) on those
 * month-days lose it, then take it again from the sources that stay, by
 * the rule store_source_add uses (ST_YEARS_FROM_U, internal.h): the year the
 * others give the month-day most often, ties to the later year. A date
 * whose year no remaining source gives is unknown again ("XXXX-07-20"). */
static const char years_unset_sql[] =
	"UPDATE slots SET value = 'XXXX' || substr(value, 5), lo = NULL, hi = NULL, year_from = 4"
	" WHERE type = 'date' AND year_from = 3 AND substr(value, 6, 5) IN (SELECT md FROM temp.remove_md)"
	"  AND value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'";
static const char years_set_sql[] =
	"WITH u AS (SELECT md FROM temp.remove_md)," ST_YEARS_FROM_U;
/* the dates of the sources that stay whose year is not what it was: read
 * before and after, as (claim, slot, value) */
static const char years_snap_sql[] =
	"INSERT INTO temp.remove_years (claim_id, ord, value)"
	" SELECT claim_id, ord, value FROM slots"
	" WHERE type = 'date' AND year_from IN (3, 4) AND (substr(value, 6, 5) IN (SELECT md FROM temp.remove_md)"
	"  OR substr(value, 6, 5) GLOB '[0-9][0-9]')";
static const char years_create_sql[] =
	"CREATE TEMP TABLE IF NOT EXISTS remove_years (claim_id INTEGER, ord INTEGER, value TEXT,"
	" PRIMARY KEY (claim_id, ord)) WITHOUT ROWID";
static const char years_clear_sql[] = "DELETE FROM temp.remove_years";
static const char years_diff_sql[] =
	"SELECT count(*) FROM temp.remove_years r JOIN slots s ON s.claim_id = r.claim_id"
	" AND s.ord = r.ord WHERE s.value <> r.value";

static const char id_sql[] = "SELECT id FROM sources WHERE name = ?1";
static const char claims_sql[] = "SELECT count(*) FROM claims WHERE source_id = ?1";
static const char entries_sql[] =
	"SELECT count(*) FROM annotations a JOIN claims c ON c.id = a.claim_id WHERE c.source_id = ?1";
static const char annotated_sql[] =
	"SELECT count(DISTINCT a.claim_id) FROM annotations a JOIN claims c ON c.id = a.claim_id"
	" WHERE c.source_id = ?1";
/* each conflict (agreement) once, whichever side or sides are this source's */
static const char conflicts_sql[] =
	"SELECT count(*) FROM conflicts f WHERE f.claim_a IN (SELECT id FROM claims WHERE source_id = ?1)"
	" OR f.claim_b IN (SELECT id FROM claims WHERE source_id = ?1)";
static const char agreements_sql[] =
	"SELECT count(*) FROM corroborations f"
	" WHERE f.claim_a IN (SELECT id FROM claims WHERE source_id = ?1)"
	" OR f.claim_b IN (SELECT id FROM claims WHERE source_id = ?1)";
/* the claims' slots, annotations, state, conflicts and corroborations go
 * with them (ON DELETE CASCADE), the sentences with the source */
static const char delete_sql[] = "DELETE FROM sources WHERE id = ?1";

/* Removes one source inside the caller's transaction. */
static enum cc_status remove_one(struct store *st, struct store_remove *r,
				 const struct store_judge *j, struct cc_err *err)
{
	sqlite3_stmt *q = st_cached(st, id_sql, err);
	if (!q)
		return err->status;
	sqlite3_bind_text(q, 1, r->name, -1, SQLITE_STATIC);
	int s = st_step(st, q);
	int64_t id = s == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
	sqlite3_reset(q);
	if (s == SQLITE_DONE)
		return cc_err_set(err, CC_ERR_INPUT,
				  "%s: no such source in %s ('crosscheck list' shows them)", r->name,
				  st->path);
	if (s != SQLITE_ROW)
		return st_error(st, err, "cannot look up the source");

	size_t entries = 0;
	enum cc_status rc;
	if ((rc = count_of(st, entries_sql, id, &entries, "cannot count the annotations", err)) ||
	    (rc = count_of(st, annotated_sql, id, &r->annotated, "cannot count the annotations", err)))
		return rc;
	/* checked here, in the transaction that deletes: an entry written
	 * since the caller saved the others is not lost either */
	if (entries > r->entries_saved)
		return cc_err_set(err, CC_ERR_INPUT,
				  "%s: %zu annotated claim%s (%zu annotation entr%s); not removed",
				  r->name, r->annotated, r->annotated == 1 ? "" : "s", entries,
				  entries == 1 ? "y" : "ies");
	if ((rc = count_of(st, claims_sql, id, &r->claims, "cannot count the claims", err)) ||
	    (rc = count_of(st, conflicts_sql, id, &r->conflicts, "cannot count the conflicts", err)) ||
	    (rc = count_of(st, agreements_sql, id, &r->agreements, "cannot count the agreements",
			   err)))
		return rc;

	/* the story's subject may change without the source: its conflicts
	 * keyed "*" are then worded again, as add does */
	char *story = NULL, *before = NULL;
	if (j && (rc = st_story_subject_of(st, id, &story, &before, err)))
		return rc;
	if ((rc = exec_with(st, md_clear_sql, id, NULL, "cannot remove the source", err)) ||
	    (rc = exec_with(st, md_fill_sql, id, NULL, "cannot remove the source", err)) ||
	    (rc = exec_with(st, years_clear_sql, id, NULL, "cannot remove the source", err)) ||
	    (rc = exec_with(st, ST_FTS_DELETE_SQL, id, NULL, "cannot remove the source from the index",
			    err)) ||
	    (rc = exec_with(st, delete_sql, id, NULL, "cannot remove the source", err)) ||
	    (rc = exec_with(st, years_snap_sql, id, NULL, "cannot restore inferred years", err)) ||
	    (rc = exec_with(st, years_unset_sql, id, NULL, "cannot restore inferred years", err)) ||
	    (rc = exec_with(st, years_set_sql, id, NULL, "cannot restore inferred years", err)) ||
	    (rc = exec_with(st, ST_MONTHS_UNSET_SQL, id, NULL, "cannot restore inferred years", err)) ||
	    (rc = st_resolve_months(st, 0, NULL, err)) ||
	    (rc = count_of(st, years_diff_sql, id, &r->years, "cannot restore inferred years", err))) {
		free(story);
		free(before);
		return rc;
	}
	/* what the years changed among the sources that stay is judged again,
	 * as adding them without this source judges it */
	if (j && r->years)
		rc = st_rejudge_years(st, j, err);
	if (j && rc == CC_OK)
		rc = st_story_reword(st, story, before, j, err);
	free(story);
	free(before);
	return rc;
}

enum cc_status store_sources_remove(struct store *st, struct store_remove *v, size_t n,
				    const struct store_judge *j, struct cc_err *err)
{
	/* the temporary tables live outside the transaction (in temp) */
	if (st_exec(st, md_create_sql) != SQLITE_OK || st_exec(st, years_create_sql) != SQLITE_OK ||
	    st_exec(st, ST_REJUDGE_CREATE_SQL) != SQLITE_OK)
		return st_error(st, err, "cannot remove the source");
	enum cc_status rc = st_begin(st, err);
	if (rc != CC_OK)
		return rc;
	for (size_t i = 0; i < n && rc == CC_OK; i++) {
		v[i].claims = v[i].annotated = v[i].conflicts = v[i].agreements = v[i].years = 0;
		rc = remove_one(st, &v[i], j, err);
	}
	/* claims read before may be gone, and ids come again */
	st_claim_cache_clear(st);
	if (rc != CC_OK) {
		st_rollback(st);
		return rc;
	}
	return st_commit(st, err);
}
