/* annotations: review sessions and the append-only annotation log.
 *
 * Owns: sessions, "set" entries, and undo/redo as entries of their own, so
 * that history and audit come from the log and undo works after a restart.
 * Every entry is committed before the call returns. Must not: print, or
 * decide what the UI shows.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

void store_annotation_free(struct store_annotation *a)
{
	free(a->reviewer);
	free(a->at);
	free(a->action);
	free(a->verdict);
	free(a->note);
	free(a->tags);
	memset(a, 0, sizeof *a);
}

bool store_verdict_valid(const char *v)
{
	return v && (strcmp(v, "true") == 0 || strcmp(v, "false") == 0 ||
		     strcmp(v, "misleading") == 0 || strcmp(v, "unverifiable") == 0);
}

static char *col(sqlite3_stmt *q, int i)
{
	const unsigned char *t = sqlite3_column_text(q, i);
	return t ? xstrdup((const char *)t) : NULL;
}

#define ANN_COLUMNS "id, claim_id, session_id, target, reviewer, at, action, verdict, note, tags"

static void read_ann(sqlite3_stmt *q, struct store_annotation *a)
{
	a->id = sqlite3_column_int64(q, 0);
	a->claim_id = sqlite3_column_int64(q, 1);
	a->session_id = sqlite3_column_int64(q, 2);
	a->target = sqlite3_column_int64(q, 3);
	a->reviewer = col(q, 4);
	a->at = col(q, 5);
	a->action = col(q, 6);
	a->verdict = col(q, 7);
	a->note = col(q, 8);
	a->tags = col(q, 9);
	if (!a->tags)
		a->tags = xstrdup("");
}

enum cc_status store_session_begin(struct store *st, const char *reviewer, int64_t *id,
				   struct cc_err *err)
{
	sqlite3_stmt *q = st_prepare(st,
				     "INSERT INTO sessions (reviewer, started)"
				     " VALUES (?1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))", err);
	if (!q)
		return err->status;
	st_bind_text(q, 1, reviewer);
	enum cc_status rc = CC_OK;
	if (st_step(st, q) != SQLITE_DONE)
		rc = st_error(st, err, "cannot start a review session");
	else
		*id = sqlite3_last_insert_rowid(st->db);
	sqlite3_finalize(q);
	return rc;
}

enum cc_status store_session_end(struct store *st, int64_t id, struct cc_err *err)
{
	sqlite3_stmt *q = st_prepare(st,
				     "UPDATE sessions SET ended = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),"
				     " annotations = (SELECT count(*) FROM annotations WHERE session_id = ?1)"
				     " WHERE id = ?1", err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, id);
	enum cc_status rc = CC_OK;
	if (st_step(st, q) != SQLITE_DONE)
		rc = st_error(st, err, "cannot close the review session");
	sqlite3_finalize(q);
	return rc;
}

enum cc_status store_claim_check(struct store *st, int64_t claim_id, struct cc_err *err)
{
	sqlite3_stmt *q = st_prepare(st, "SELECT 1 FROM claims WHERE id = ?1", err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, claim_id);
	int r = st_step(st, q);
	sqlite3_finalize(q);
	if (r == SQLITE_ROW)
		return CC_OK;
	if (r == SQLITE_DONE)
		return cc_err_set(err, CC_ERR_INPUT, "no claim with id %lld in %s ('crosscheck claims' lists them)",
				  (long long)claim_id, st->path);
	return st_error(st, err, "cannot look up the claim");
}

/* Appends one entry inside the caller's transaction. */
static enum cc_status append(struct store *st, int64_t claim_id, int64_t session_id,
			     const char *reviewer, const char *action, const char *verdict,
			     const char *note, const char *tags, int64_t target, int64_t *id_out,
			     struct cc_err *err)
{
	sqlite3_stmt *q = st_prepare(st,
				     "INSERT INTO annotations (claim_id, session_id, reviewer, at, action,"
				     " verdict, note, tags, target)"
				     " VALUES (?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?4, ?5, ?6, ?7, ?8)",
				     err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, claim_id);
	if (session_id > 0)
		sqlite3_bind_int64(q, 2, session_id);
	else
		sqlite3_bind_null(q, 2);
	st_bind_text(q, 3, reviewer);
	st_bind_text(q, 4, action);
	st_bind_text(q, 5, verdict);
	st_bind_text(q, 6, note);
	st_bind_text(q, 7, tags ? tags : "");
	if (target > 0)
		sqlite3_bind_int64(q, 8, target);
	else
		sqlite3_bind_null(q, 8);
	enum cc_status rc = CC_OK;
	if (st_step(st, q) != SQLITE_DONE)
		rc = st_error(st, err, "cannot save the annotation");
	else if (id_out)
		*id_out = sqlite3_last_insert_rowid(st->db);
	sqlite3_finalize(q);
	return rc;
}

enum cc_status store_annotate(struct store *st, int64_t claim_id, int64_t session_id,
			      const char *reviewer, const char *verdict, const char *note,
			      const char *tags, int64_t *id_out, struct cc_err *err)
{
	if (verdict && !store_verdict_valid(verdict))
		return cc_err_set(err, CC_ERR_INPUT,
				  "'%s' is not a verdict (true, false, misleading, unverifiable)", verdict);
	enum cc_status rc = st_begin(st, err);
	if (rc != CC_OK)
		return rc;
	rc = store_claim_check(st, claim_id, err);
	if (rc == CC_OK)
		rc = append(st, claim_id, session_id, reviewer, "set", verdict, note, tags, 0, id_out, err);
	if (rc != CC_OK) {
		st_rollback(st);
		return rc;
	}
	return st_commit(st, err);
}

/* The latest entry for a claim with id below `before` (0: any). */
static enum cc_status latest(struct store *st, int64_t claim_id, int64_t before,
			     struct store_annotation *out, bool *found, struct cc_err *err)
{
	memset(out, 0, sizeof *out);
	*found = false;
	sqlite3_stmt *q = st_prepare(st,
				     "SELECT " ANN_COLUMNS " FROM annotations WHERE claim_id = ?1"
				     " AND (?2 = 0 OR id < ?2) ORDER BY id DESC LIMIT 1", err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, claim_id);
	sqlite3_bind_int64(q, 2, before);
	int r = st_step(st, q);
	enum cc_status rc = CC_OK;
	if (r == SQLITE_ROW) {
		read_ann(q, out);
		*found = true;
	} else if (r != SQLITE_DONE) {
		rc = st_error(st, err, "cannot read the annotations");
	}
	sqlite3_finalize(q);
	return rc;
}

enum cc_status store_annotation_current(struct store *st, int64_t claim_id,
					struct store_annotation *out, bool *found,
					struct cc_err *err)
{
	return latest(st, claim_id, 0, out, found, err);
}

enum cc_status store_annotation_history(struct store *st, int64_t claim_id,
					struct store_annotation **out, size_t *n,
					struct cc_err *err)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *q = st_prepare(st,
				     "SELECT " ANN_COLUMNS " FROM annotations WHERE claim_id = ?1 ORDER BY id",
				     err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, claim_id);
	size_t cap = 0;
	int r;
	while ((r = st_step(st, q)) == SQLITE_ROW) {
		*out = xgrow(*out, &cap, *n + 1, sizeof **out);
		read_ann(q, &(*out)[(*n)++]);
	}
	sqlite3_finalize(q);
	if (r != SQLITE_DONE) {
		for (size_t i = 0; i < *n; i++)
			store_annotation_free(&(*out)[i]);
		free(*out);
		*out = NULL;
		*n = 0;
		return st_error(st, err, "cannot read the annotation history");
	}
	return CC_OK;
}

struct entry {
	int64_t id, claim, target;
	char action[8];
};

/* The reviewer's entries, newest first (bounded: undo reaches back this far). */
static enum cc_status reviewer_entries(struct store *st, const char *reviewer, struct entry **out,
				       size_t *n, struct cc_err *err)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *q = st_prepare(st,
				     "SELECT id, claim_id, coalesce(target, 0), action FROM annotations"
				     " WHERE reviewer = ?1 AND action <> 'import' ORDER BY id DESC LIMIT 100000",
				     err);
	if (!q)
		return err->status;
	st_bind_text(q, 1, reviewer);
	size_t cap = 0;
	int r;
	while ((r = st_step(st, q)) == SQLITE_ROW) {
		*out = xgrow(*out, &cap, *n + 1, sizeof **out);
		struct entry *e = &(*out)[(*n)++];
		e->id = sqlite3_column_int64(q, 0);
		e->claim = sqlite3_column_int64(q, 1);
		e->target = sqlite3_column_int64(q, 2);
		snprintf(e->action, sizeof e->action, "%s", (const char *)sqlite3_column_text(q, 3));
	}
	sqlite3_finalize(q);
	if (r != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		return st_error(st, err, "cannot read the annotation log");
	}
	return CC_OK;
}

static bool targeted(const struct entry *v, size_t upto, int64_t id, const char *action)
{
	for (size_t i = 0; i < upto; i++)
		if (v[i].target == id && strcmp(v[i].action, action) == 0)
			return true;
	return false;
}

/* Applies the state of entry `src_id` (or the empty state when 0) to a claim
 * as a new entry of kind `action` pointing at `target`. */
static enum cc_status apply_state(struct store *st, int64_t claim, int64_t state_before,
				  int64_t state_of, const char *reviewer, int64_t session_id,
				  const char *action, int64_t target, struct cc_err *err)
{
	struct store_annotation a = {0};
	bool found = false;
	enum cc_status rc;
	if (state_of) {
		sqlite3_stmt *q = st_prepare(st, "SELECT " ANN_COLUMNS " FROM annotations WHERE id = ?1", err);
		if (!q)
			return err->status;
		sqlite3_bind_int64(q, 1, state_of);
		if (st_step(st, q) == SQLITE_ROW) {
			read_ann(q, &a);
			found = true;
		}
		sqlite3_finalize(q);
	} else {
		rc = latest(st, claim, state_before, &a, &found, err);
		if (rc != CC_OK)
			return rc;
	}
	rc = append(st, claim, session_id, reviewer, action, found ? a.verdict : NULL,
		    found ? a.note : NULL, found ? a.tags : "", target, NULL, err);
	store_annotation_free(&a);
	return rc;
}

enum cc_status store_undo(struct store *st, const char *reviewer, int64_t session_id,
			  int64_t *claim_id, struct cc_err *err)
{
	enum cc_status rc = st_begin(st, err);
	if (rc != CC_OK)
		return rc;
	struct entry *v;
	size_t n;
	rc = reviewer_entries(st, reviewer, &v, &n, err);
	if (rc != CC_OK) {
		st_rollback(st);
		return rc;
	}
	/* the newest "set" or "redo" that no later "undo" targets */
	size_t pick = SIZE_MAX;
	for (size_t i = 0; i < n && pick == SIZE_MAX; i++) {
		if (strcmp(v[i].action, "undo") == 0)
			continue;
		if (!targeted(v, i, v[i].id, "undo"))
			pick = i;
	}
	if (pick == SIZE_MAX) {
		free(v);
		st_rollback(st);
		return cc_err_set(err, CC_ERR_INPUT, "nothing to undo");
	}
	/* the claim goes back to its state just before that entry */
	rc = apply_state(st, v[pick].claim, v[pick].id, 0, reviewer, session_id, "undo", v[pick].id, err);
	*claim_id = v[pick].claim;
	free(v);
	if (rc != CC_OK) {
		st_rollback(st);
		return rc;
	}
	return st_commit(st, err);
}

enum cc_status store_redo(struct store *st, const char *reviewer, int64_t session_id,
			  int64_t *claim_id, struct cc_err *err)
{
	enum cc_status rc = st_begin(st, err);
	if (rc != CC_OK)
		return rc;
	struct entry *v;
	size_t n;
	rc = reviewer_entries(st, reviewer, &v, &n, err);
	if (rc != CC_OK) {
		st_rollback(st);
		return rc;
	}
	/* the newest "undo" not redone yet, with no new "set" after it */
	size_t pick = SIZE_MAX;
	for (size_t i = 0; i < n; i++) {
		if (strcmp(v[i].action, "set") == 0)
			break;
		if (strcmp(v[i].action, "undo") == 0 && !targeted(v, i, v[i].id, "redo")) {
			pick = i;
			break;
		}
	}
	if (pick == SIZE_MAX) {
		free(v);
		st_rollback(st);
		return cc_err_set(err, CC_ERR_INPUT, "nothing to redo");
	}
	/* the undone entry's own state comes back */
	rc = apply_state(st, v[pick].claim, 0, v[pick].target, reviewer, session_id, "redo", v[pick].id,
			 err);
	*claim_id = v[pick].claim;
	free(v);
	if (rc != CC_OK) {
		st_rollback(st);
		return rc;
	}
	return st_commit(st, err);
}
