/* export (store side): the reads an export walks — filtered sources,
 * claims with their counts and annotation history, conflicts with both
 * sides' keys and verdicts, sessions, and each reviewer's latest verdicts —
 * and the one write an import makes: annotation entries (action 'import')
 * placed by claim key, with the claims' current states merged again, all
 * in one transaction.
 *
 * Owns: these statements only. Must not: format anything (src/export.c
 * does), print, or write outside store_import_annotations.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "internal.h"

static const char *text_col(sqlite3_stmt *q, int i)
{
	const unsigned char *t = sqlite3_column_text(q, i);
	return t ? (const char *)t : NULL;
}

static char *dup_col(sqlite3_stmt *q, int i)
{
	const char *t = text_col(q, i);
	return t ? xstrdup(t) : NULL;
}

/* The filter as SQL: fixed fragments, chosen by which filters are given,
 * so that every query can use the store's indexes (a "?1 IS NULL OR ..."
 * would scan); values are always bound: ?1 the source name, ?2 the story.
 * Claims are c, their sources s. */
static void where_claims(struct buf *sql, const struct store_export_filter *f)
{
	if (f && f->source)
		buf_adds(sql, " AND s.name = ?1");
	if (f && f->story)
		buf_adds(sql, " AND c.story = ?2");
	if (f && f->nclaims)
		buf_adds(sql, " AND c.id IN (SELECT value FROM json_each(?3))");
	if (f && f->only == STORE_EXPORT_ANNOTATED)
		buf_adds(sql, " AND EXISTS (SELECT 1 FROM annotations a WHERE a.claim_id = c.id)");
	else if (f && f->only == STORE_EXPORT_CONFLICTS)
		buf_adds(sql, " AND (EXISTS (SELECT 1 FROM conflicts x WHERE x.claim_a = c.id)"
			      " OR EXISTS (SELECT 1 FROM conflicts x WHERE x.claim_b = c.id))");
}

static void bind_filter(sqlite3_stmt *q, const struct store_export_filter *f)
{
	if (f && f->source)
		st_bind_text(q, 1, f->source);
	if (f && f->story)
		st_bind_text(q, 2, f->story);
	if (f && f->nclaims) {
		struct buf b;
		buf_init(&b);
		for (size_t i = 0; i < f->nclaims; i++)
			buf_printf(&b, "%s%lld", i ? "," : "[", (long long)f->claims[i]);
		buf_adds(&b, "]");
		sqlite3_bind_text(q, 3, b.data, -1, SQLITE_TRANSIENT);
		buf_free(&b);
	}
}

/* Prepares the SQL built in b (and frees it). */
static sqlite3_stmt *prepare_built(struct store *st, struct buf *b, struct cc_err *err)
{
	sqlite3_stmt *q = st_prepare(st, b->data, err);
	buf_free(b);
	return q;
}

/* ---- sources and stories ------------------------------------------------------ */

/* Sources s holding a selected claim (with ALL: every source the name and
 * story select). */
static void where_sources(struct buf *sql, const struct store_export_filter *f)
{
	if (f && f->source)
		buf_adds(sql, " AND s.name = ?1");
	if (f && f->story)
		buf_adds(sql, " AND s.story = ?2");
	if (f && (f->only != STORE_EXPORT_ALL || f->nclaims)) {
		buf_adds(sql, " AND EXISTS (SELECT 1 FROM claims c WHERE c.source_id = s.id");
		struct store_export_filter g = {.only = f->only, .claims = f->claims, .nclaims = f->nclaims};
		where_claims(sql, &g);
		buf_adds(sql, ")");
	}
}

#define EXPORT_SOURCE_COLUMNS \
	"s.id, s.name, s.path, s.url, s.outlet, s.pub_date, s.date_origin, s.title, s.story," \
	" s.content_hash, s.added_at, length(CAST(s.text AS BLOB))," \
	" (SELECT count(*) FROM sentences WHERE source_id = s.id)," \
	" (SELECT count(*) FROM sentences WHERE source_id = s.id AND boilerplate = 1)"

static void read_source_row(sqlite3_stmt *q, struct store_source *s)
{
	s->id = sqlite3_column_int64(q, 0);
	s->name = dup_col(q, 1);
	s->path = dup_col(q, 2);
	s->url = dup_col(q, 3);
	s->outlet = dup_col(q, 4);
	s->date = dup_col(q, 5);
	s->date_origin = dup_col(q, 6);
	s->title = dup_col(q, 7);
	s->story = dup_col(q, 8);
	s->hash = dup_col(q, 9);
	s->added = dup_col(q, 10);
	s->len = (size_t)sqlite3_column_int64(q, 11);
	s->sentences = (size_t)sqlite3_column_int64(q, 12);
	s->boilerplate = (size_t)sqlite3_column_int64(q, 13);
}

enum cc_status store_export_sources_each(struct store *st, const struct store_export_filter *f,
					 store_source_fn fn, void *ctx, struct cc_err *err)
{
	struct buf sql;
	buf_init(&sql);
	buf_adds(&sql, "SELECT " EXPORT_SOURCE_COLUMNS " FROM sources s WHERE 1");
	where_sources(&sql, f);
	buf_adds(&sql, " ORDER BY s.id");
	sqlite3_stmt *q = prepare_built(st, &sql, err);
	if (!q)
		return err->status;
	bind_filter(q, f);
	int r;
	while ((r = st_step(st, q)) == SQLITE_ROW) {
		struct store_source s;
		read_source_row(q, &s);
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

enum cc_status store_export_stories(struct store *st, const struct store_export_filter *f,
				    char ***out, size_t *n, struct cc_err *err)
{
	*out = NULL;
	*n = 0;
	struct buf sql;
	buf_init(&sql);
	buf_adds(&sql, "SELECT DISTINCT s.story FROM sources s WHERE 1");
	where_sources(&sql, f);
	buf_adds(&sql, " ORDER BY s.story");
	sqlite3_stmt *q = prepare_built(st, &sql, err);
	if (!q)
		return err->status;
	bind_filter(q, f);
	size_t cap = 0;
	int r;
	while ((r = st_step(st, q)) == SQLITE_ROW) {
		*out = xgrow(*out, &cap, *n + 1, sizeof **out);
		const char *t = text_col(q, 0);
		(*out)[(*n)++] = xstrdup(t ? t : "");
	}
	sqlite3_finalize(q);
	if (r != SQLITE_DONE) {
		for (size_t i = 0; i < *n; i++)
			free((*out)[i]);
		free(*out);
		*out = NULL;
		*n = 0;
		return st_error(st, err, "cannot list the stories");
	}
	return CC_OK;
}

/* ---- claims ------------------------------------------------------------------------ */

static enum cc_status source_by_id(struct store *st, int64_t id, struct store_source *out,
				   struct cc_err *err)
{
	memset(out, 0, sizeof *out);
	sqlite3_stmt *q = st_prepare(st, "SELECT " EXPORT_SOURCE_COLUMNS " FROM sources s WHERE s.id = ?1",
				     err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, id);
	int r = st_step(st, q);
	enum cc_status rc = CC_OK;
	if (r == SQLITE_ROW)
		read_source_row(q, out);
	else
		rc = st_error(st, err, "cannot read a claim's source");
	sqlite3_finalize(q);
	return rc;
}

/* store_claim_counts and store_annotation_history with statements prepared
 * once per store: an export asks them for every claim. */
static enum cc_status claim_counts(struct store *st, int64_t id, size_t *support,
				   size_t *conflicts, struct cc_err *err)
{
	static const char sql[] =
		"SELECT (SELECT count(DISTINCT s.source_id) FROM corroborations r"
		"   JOIN claims s ON s.id = CASE WHEN r.claim_a = ?1 THEN r.claim_b ELSE r.claim_a END"
		"   WHERE r.claim_a = ?1 OR r.claim_b = ?1),"
		" (SELECT count(*) FROM conflicts WHERE claim_a = ?1 OR claim_b = ?1)";
	sqlite3_stmt *q = st_cached(st, sql, err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, id);
	enum cc_status rc = CC_OK;
	if (st_step(st, q) == SQLITE_ROW) {
		*support = (size_t)sqlite3_column_int64(q, 0);
		*conflicts = (size_t)sqlite3_column_int64(q, 1);
	} else {
		rc = st_error(st, err, "cannot count the claim's conflicts");
	}
	sqlite3_reset(q);
	return rc;
}

static enum cc_status claim_history(struct store *st, int64_t id, struct store_annotation **out,
				    size_t *n, struct cc_err *err)
{
	static const char sql[] =
		"SELECT id, claim_id, session_id, target, reviewer, at, action, verdict, note, tags,"
		" effect, claim_verdict, claim_note FROM annotations WHERE claim_id = ?1 ORDER BY " ST_ORDER;
	*out = NULL;
	*n = 0;
	sqlite3_stmt *q = st_cached(st, sql, err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, id);
	size_t cap = 0;
	int r;
	while ((r = st_step(st, q)) == SQLITE_ROW) {
		*out = xgrow(*out, &cap, *n + 1, sizeof **out);
		struct store_annotation *a = &(*out)[(*n)++];
		a->id = sqlite3_column_int64(q, 0);
		a->claim_id = sqlite3_column_int64(q, 1);
		a->session_id = sqlite3_column_int64(q, 2);
		a->target = sqlite3_column_int64(q, 3);
		a->reviewer = dup_col(q, 4);
		a->at = dup_col(q, 5);
		a->action = dup_col(q, 6);
		a->verdict = dup_col(q, 7);
		a->note = dup_col(q, 8);
		a->tags = dup_col(q, 9);
		if (!a->tags)
			a->tags = xstrdup("");
		a->effect = sqlite3_column_int(q, 10);
		a->claim_verdict = dup_col(q, 11);
		a->claim_note = dup_col(q, 12);
		a->took_over = NULL;
		a->dropped = NULL;
	}
	sqlite3_reset(q);
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

/* The merged state from claim_state, with the reviewer, time and session
 * of the entry that gave the verdict (0 and NULL when none). */
static enum cc_status claim_current(struct store *st, int64_t id, struct store_annotation *out,
				    struct cc_err *err)
{
	static const char sql[] =
		"SELECT s.verdict, s.note, s.tags, a.id, a.reviewer, a.at, a.action, a.session_id"
		" FROM claim_state s LEFT JOIN annotations a ON a.id = s.verdict_id WHERE s.claim_id = ?1";
	memset(out, 0, sizeof *out);
	out->claim_id = id;
	sqlite3_stmt *q = st_cached(st, sql, err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, id);
	int r = st_step(st, q);
	if (r == SQLITE_ROW) {
		out->verdict = dup_col(q, 0);
		out->note = dup_col(q, 1);
		out->tags = dup_col(q, 2);
		out->id = sqlite3_column_int64(q, 3);
		out->reviewer = dup_col(q, 4);
		out->at = dup_col(q, 5);
		out->action = dup_col(q, 6);
		out->session_id = sqlite3_column_int64(q, 7);
	}
	sqlite3_reset(q);
	if (!out->tags)
		out->tags = xstrdup("");
	if (r != SQLITE_ROW && r != SQLITE_DONE)
		return st_error(st, err, "cannot read the claim's current state");
	return CC_OK;
}

enum cc_status store_export_claims_each(struct store *st, const struct store_export_filter *f,
					store_export_claim_fn fn, void *ctx, struct cc_err *err)
{
	struct buf sql;
	buf_init(&sql);
	buf_adds(&sql, "SELECT c.id, c.source_id FROM claims c JOIN sources s ON s.id = c.source_id"
		       " WHERE 1");
	where_claims(&sql, f);
	buf_adds(&sql, " ORDER BY s.id, c.ord");
	sqlite3_stmt *q = prepare_built(st, &sql, err);
	if (!q)
		return err->status;
	bind_filter(q, f);
	struct st_claim_reader reader = {0};
	struct store_source src = {0};
	char *text = NULL;
	size_t len = 0;
	int64_t src_id = 0;
	enum cc_status rc = CC_OK;
	int r;
	while (rc == CC_OK && (r = st_step(st, q)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(q, 0), sid = sqlite3_column_int64(q, 1);
		if (sid != src_id) {
			store_source_free(&src);
			free(text);
			text = NULL;
			src_id = 0;
			rc = source_by_id(st, sid, &src, err);
			if (rc == CC_OK)
				rc = store_source_text(st, sid, &text, &len, err);
			if (rc != CC_OK)
				break;
			src_id = sid;
		}
		struct store_export_claim x = {.source = &src, .source_text = text, .source_len = len};
		struct store_claim c;
		struct store_annotation *h = NULL;
		size_t nh = 0;
		rc = st_claim_load(st, &reader, id, &c, err);
		if (rc == CC_OK)
			rc = claim_counts(st, id, &x.support, &x.conflicts, err);
		if (rc == CC_OK)
			rc = claim_history(st, id, &h, &nh, err);
		struct store_annotation cur = {0};
		if (rc == CC_OK && nh)
			rc = claim_current(st, id, &cur, err);
		if (rc != CC_OK) {
			store_annotation_free(&cur);
			for (size_t i = 0; i < nh; i++)
				store_annotation_free(&h[i]);
			free(h);
			break;
		}
		/* the sentence, cut from the source text held for the walk */
		if (text && c.start <= c.end && c.end <= len) {
			c.text = text + c.start;
			c.text_len = c.end - c.start;
		}
		x.claim = &c;
		x.history = h;
		x.nhistory = nh;
		x.current = nh ? &cur : NULL;
		int stop = fn(&x, ctx);
		store_annotation_free(&cur);
		for (size_t i = 0; i < nh; i++)
			store_annotation_free(&h[i]);
		free(h);
		if (stop)
			break;
	}
	if (rc == CC_OK && r != SQLITE_ROW && r != SQLITE_DONE)
		rc = st_error(st, err, "cannot read the claims");
	st_claim_reader_free(&reader);
	store_source_free(&src);
	free(text);
	sqlite3_finalize(q);
	return rc;
}

/* ---- conflicts ------------------------------------------------------------------------ */

enum cc_status store_export_conflicts_each(struct store *st, const struct store_export_filter *f,
					   store_export_conflict_fn fn, void *ctx, struct cc_err *err)
{
	struct buf sql;
	buf_init(&sql);
	buf_adds(&sql,
		"SELECT f.id, f.story, f.kind, f.severity, f.rule, f.key, f.explanation,"
		" ca.id, sa.name, substr(CAST(sa.text AS BLOB), ca.start + 1, ca.end - ca.start), ca.start, ca.end,"
		" coalesce(xa.start, 0), coalesce(xa.end, 0),"
		" cb.id, sb.name, substr(CAST(sb.text AS BLOB), cb.start + 1, cb.end - cb.start), cb.start, cb.end,"
		" coalesce(xb.start, 0), coalesce(xb.end, 0),"
		" ca.key, cb.key,"
		" (SELECT verdict FROM claim_state WHERE claim_id = ca.id),"
		" (SELECT verdict FROM claim_state WHERE claim_id = cb.id)"
		" FROM conflicts f"
		" JOIN claims ca ON ca.id = f.claim_a JOIN sources sa ON sa.id = ca.source_id"
		" JOIN claims cb ON cb.id = f.claim_b JOIN sources sb ON sb.id = cb.source_id"
		" LEFT JOIN slots xa ON xa.claim_id = ca.id AND xa.ord = f.slot_a"
		" LEFT JOIN slots xb ON xb.claim_id = cb.id AND xb.ord = f.slot_b"
		" WHERE 1");
	if (f && f->story)
		buf_adds(&sql, " AND f.story = ?2");
	/* at least one side selected (every conflict's sides are in a conflict) */
	bool by_source = f && f->source, by_note = f && f->only == STORE_EXPORT_ANNOTATED;
	bool by_claim = f && f->nclaims;
	if (by_source || by_note || by_claim) {
		for (int k = 0; k < 2; k++) {
			const char *x = k ? "b" : "a";
			buf_adds(&sql, k ? " OR (1" : " AND ((1");
			if (by_source)
				buf_printf(&sql, " AND s%s.name = ?1", x);
			if (by_note)
				buf_printf(&sql, " AND EXISTS (SELECT 1 FROM annotations n WHERE n.claim_id = c%s.id)", x);
			if (by_claim)
				buf_printf(&sql, " AND c%s.id IN (SELECT value FROM json_each(?3))", x);
			buf_adds(&sql, ")");
		}
		buf_adds(&sql, ")");
	}
	buf_adds(&sql, " ORDER BY f.id");
	sqlite3_stmt *q = prepare_built(st, &sql, err);
	if (!q)
		return err->status;
	bind_filter(q, f);
	int r;
	while ((r = st_step(st, q)) == SQLITE_ROW) {
		struct store_conflict c = {
			.id = sqlite3_column_int64(q, 0),
			.story = text_col(q, 1),
			.kind = text_col(q, 2),
			.severity = text_col(q, 3),
			.rule = text_col(q, 4),
			.key = text_col(q, 5),
			.explanation = text_col(q, 6),
		};
		st_conflict_side_read(q, 7, true, &c.a);
		st_conflict_side_read(q, 14, true, &c.b);
		struct store_export_conflict x = {
			.conflict = &c,
			.key_a = text_col(q, 21),
			.key_b = text_col(q, 22),
			.verdict_a = text_col(q, 23),
			.verdict_b = text_col(q, 24),
		};
		if (fn(&x, ctx))
			break;
	}
	enum cc_status rc = CC_OK;
	if (r != SQLITE_ROW && r != SQLITE_DONE)
		rc = st_error(st, err, "cannot read the conflicts");
	sqlite3_finalize(q);
	return rc;
}

/* ---- sessions ------------------------------------------------------------------------- */

enum cc_status store_export_sessions_each(struct store *st, const struct store_export_filter *f,
					  store_export_session_fn fn, void *ctx, struct cc_err *err)
{
	struct buf sql;
	buf_init(&sql);
	buf_adds(&sql, "SELECT ss.id, ss.reviewer, ss.started, ss.ended,"
		       " (SELECT count(*) FROM annotations WHERE session_id = ss.id)"
		       " FROM sessions ss WHERE ss.id IN (SELECT a.session_id FROM annotations a"
		       "  JOIN claims c ON c.id = a.claim_id JOIN sources s ON s.id = c.source_id"
		       "  WHERE a.session_id IS NOT NULL");
	where_claims(&sql, f);
	buf_adds(&sql, ") ORDER BY ss.id");
	sqlite3_stmt *q = prepare_built(st, &sql, err);
	if (!q)
		return err->status;
	bind_filter(q, f);
	int r;
	while ((r = st_step(st, q)) == SQLITE_ROW) {
		struct store_export_session s = {
			.id = sqlite3_column_int64(q, 0),
			.reviewer = text_col(q, 1),
			.started = text_col(q, 2),
			.ended = text_col(q, 3),
			.annotations = (size_t)sqlite3_column_int64(q, 4),
		};
		if (fn(&s, ctx))
			break;
	}
	enum cc_status rc = CC_OK;
	if (r != SQLITE_ROW && r != SQLITE_DONE)
		rc = st_error(st, err, "cannot read the sessions");
	sqlite3_finalize(q);
	return rc;
}

/* ---- reviewers' verdicts (agreement) ---------------------------------------------------- */

enum cc_status store_reviewer_verdicts_each(struct store *st, const char *story,
					    store_reviewer_verdict_fn fn, void *ctx,
					    struct cc_err *err)
{
	sqlite3_stmt *q = st_prepare(st,
		"SELECT x.claim_id, c.key, s.name,"
		" substr(CAST(s.text AS BLOB), c.start + 1, c.end - c.start), x.reviewer, x.verdict, x.at"
		" FROM (SELECT claim_id, reviewer, verdict, at, row_number() OVER"
		"   (PARTITION BY claim_id, reviewer ORDER BY " ST_ORDER_DESC ") AS rn FROM annotations) x"
		" JOIN claims c ON c.id = x.claim_id JOIN sources s ON s.id = c.source_id"
		" WHERE x.rn = 1 AND x.verdict IS NOT NULL AND (?1 IS NULL OR s.story = ?1)"
		" ORDER BY x.claim_id, x.reviewer", err);
	if (!q)
		return err->status;
	st_bind_text(q, 1, story);
	int r;
	while ((r = st_step(st, q)) == SQLITE_ROW) {
		struct store_reviewer_verdict v = {
			.claim_id = sqlite3_column_int64(q, 0),
			.key = text_col(q, 1),
			.source = text_col(q, 2),
			.text = (const char *)sqlite3_column_blob(q, 3),
			.text_len = (size_t)sqlite3_column_bytes(q, 3),
			.reviewer = text_col(q, 4),
			.verdict = text_col(q, 5),
			.at = text_col(q, 6),
		};
		if (!v.text)
			v.text = "";
		if (fn(&v, ctx))
			break;
	}
	enum cc_status rc = CC_OK;
	if (r != SQLITE_ROW && r != SQLITE_DONE)
		rc = st_error(st, err, "cannot read the reviewers' verdicts");
	sqlite3_finalize(q);
	return rc;
}

/* ---- import ------------------------------------------------------------------------------- */

/* Where an entry's claim is in this store: its id, or why it has none. */
static enum cc_status place(struct store *st, sqlite3_stmt *find, sqlite3_stmt *have_hash,
			    sqlite3_stmt *have_prefix, sqlite3_stmt *have_name,
			    const struct store_import_entry *e,
			    enum store_import_outcome *outcome, int64_t *claim_id,
			    struct cc_err *err)
{
	*claim_id = 0;
	sqlite3_reset(find);
	st_bind_text(find, 1, e->key);
	int r = st_step(st, find);
	if (r == SQLITE_ROW) {
		const char *hash = text_col(find, 1);
		const void *t = sqlite3_column_blob(find, 2);
		size_t tl = (size_t)sqlite3_column_bytes(find, 2);
		const char *event = text_col(find, 3);
		const char *want_event = e->event ? e->event : "";
		bool same = (!e->source_hash || (hash && strcmp(hash, e->source_hash) == 0)) &&
			    (!e->text || (strlen(e->text) == tl && (tl == 0 || memcmp(t, e->text, tl) == 0))) &&
			    strcmp(event ? event : "", want_event) == 0;
		*outcome = same ? STORE_IMPORT_ADDED : STORE_IMPORT_MISMATCH;
		if (same)
			*claim_id = sqlite3_column_int64(find, 0);
		sqlite3_reset(find);
		return CC_OK;
	}
	sqlite3_reset(find);
	if (r != SQLITE_DONE)
		return st_error(st, err, "cannot look up a claim by key");
	/* no such claim: is its source here at all? */
	sqlite3_stmt *h = e->source_hash ? have_hash : have_prefix;
	sqlite3_reset(h);
	if (e->source_hash) {
		st_bind_text(h, 1, e->source_hash);
	} else {
		const char *colon = strchr(e->key, ':');
		size_t n = colon ? (size_t)(colon - e->key) : strlen(e->key);
		sqlite3_bind_text(h, 1, e->key, (int)n, SQLITE_TRANSIENT);
	}
	r = st_step(st, h);
	sqlite3_reset(h);
	if (r == SQLITE_ROW) {
		*outcome = STORE_IMPORT_NO_CLAIM;
		return CC_OK;
	}
	if (r != SQLITE_DONE)
		return st_error(st, err, "cannot look up a source by hash");
	/* not this text: is a source of that name here (edited, fetched
	 * again)? Its claims are not placed on it: their keys and sentences
	 * are the other text's */
	*outcome = STORE_IMPORT_NO_SOURCE;
	if (!e->source)
		return CC_OK;
	sqlite3_reset(have_name);
	st_bind_text(have_name, 1, e->source);
	r = st_step(st, have_name);
	sqlite3_reset(have_name);
	if (r == SQLITE_ROW)
		*outcome = STORE_IMPORT_SOURCE_DIFFERS;
	else if (r != SQLITE_DONE)
		return st_error(st, err, "cannot look up a source by name");
	return CC_OK;
}

void store_import_changes_free(struct store_import_change *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].was_verdict);
		free(v[i].was_reviewer);
		free(v[i].now_verdict);
		free(v[i].now_reviewer);
	}
	free(v);
}

/* The verdict claim `id` shows and the reviewer of the entry that gave it. */
static enum cc_status shown_verdict(struct store *st, sqlite3_stmt *q, int64_t id, char **verdict,
				    char **reviewer, struct cc_err *err)
{
	*verdict = *reviewer = NULL;
	sqlite3_reset(q);
	sqlite3_bind_int64(q, 1, id);
	int r = st_step(st, q);
	if (r == SQLITE_ROW) {
		*verdict = dup_col(q, 0);
		*reviewer = dup_col(q, 1);
	}
	sqlite3_reset(q);
	if (r != SQLITE_ROW && r != SQLITE_DONE)
		return st_error(st, err, "cannot read a claim's verdict");
	return CC_OK;
}


/* Merges claim `id`'s state again after its imported entries; when the
 * verdict it shows is not `was` any more, appends the change to *ch. Takes
 * was_verdict and was_reviewer. */
static enum cc_status settle(struct store *st, sqlite3_stmt *verdict_q, int64_t id,
			     char *was_verdict, char *was_reviewer, struct store_import_change **ch,
			     size_t *nch, size_t *cap, struct cc_err *err)
{
	enum cc_status rc = st_claim_state_update(st, id, err);
	char *now_verdict = NULL, *now_reviewer = NULL;
	if (rc == CC_OK && ch)
		rc = shown_verdict(st, verdict_q, id, &now_verdict, &now_reviewer, err);
	if (rc == CC_OK && ch && !str_same(was_verdict, now_verdict)) {
		*ch = xgrow(*ch, cap, *nch + 1, sizeof **ch);
		(*ch)[(*nch)++] = (struct store_import_change){
			.claim_id = id, .was_verdict = was_verdict, .was_reviewer = was_reviewer,
			.now_verdict = now_verdict, .now_reviewer = now_reviewer,
		};
		return CC_OK;
	}
	free(was_verdict);
	free(was_reviewer);
	free(now_verdict);
	free(now_reviewer);
	return rc;
}

enum cc_status store_import_annotations(struct store *st, struct store_import_entry *v, size_t n,
					bool dry_run, struct cc_err *err)
{
	return store_import_annotations_changes(
		st, v, n, STORE_IMPORT_PARTIAL | (dry_run ? STORE_IMPORT_DRY_RUN : 0u), NULL, NULL, err);
}

bool store_import_refuses(enum store_import_outcome o)
{
	return o == STORE_IMPORT_NO_CLAIM || o == STORE_IMPORT_MISMATCH ||
	       o == STORE_IMPORT_SOURCE_DIFFERS;
}

enum cc_status store_import_annotations_changes(struct store *st, struct store_import_entry *v,
						size_t n, unsigned flags,
						struct store_import_change **changes, size_t *nchanges,
						struct cc_err *err)
{
	bool dry_run = flags & STORE_IMPORT_DRY_RUN;
	bool refused = false; /* an entry not placed on a source held here */
	size_t nch = 0, cap = 0;
	if (changes) {
		*changes = NULL;
		*nchanges = 0;
	}
	enum cc_status rc = st_begin(st, err);
	if (rc != CC_OK)
		return rc;
	sqlite3_stmt *find = st_prepare(st,
		"SELECT c.id, s.content_hash, substr(CAST(s.text AS BLOB), c.start + 1, c.end - c.start),"
		" c.event FROM claims c JOIN sources s ON s.id = c.source_id WHERE c.key = ?1", err);
	sqlite3_stmt *have_hash = find ? st_prepare(st, "SELECT 1 FROM sources WHERE content_hash = ?1",
						   err) : NULL;
	sqlite3_stmt *have_prefix = have_hash ? st_prepare(st,
		"SELECT 1 FROM sources WHERE substr(content_hash, 1, length(?1)) = ?1 LIMIT 1", err) : NULL;
	sqlite3_stmt *have_name = have_prefix ? st_prepare(st, "SELECT 1 FROM sources WHERE name = ?1",
							   err) : NULL;
	sqlite3_stmt *dup = have_name ? st_prepare(st,
		"SELECT 1 FROM annotations WHERE claim_id = ?1 AND reviewer = ?2 AND at = ?3"
		" AND verdict IS ?4 AND note IS ?5 AND tags = ?6 LIMIT 1", err) : NULL;
	sqlite3_stmt *ins = dup ? st_prepare(st,
		"INSERT INTO annotations (claim_id, session_id, reviewer, at, action, verdict, note, tags,"
		" target, effect, claim_verdict, claim_note)"
		" VALUES (?1, NULL, ?2, ?3, 'import', ?4, ?5, ?6, NULL, ?7, ?8, ?9)", err) : NULL;
	sqlite3_stmt *verdict_q = ins ? st_prepare(st,
		"SELECT s.verdict, a.reviewer FROM claim_state s LEFT JOIN annotations a"
		" ON a.id = s.verdict_id WHERE s.claim_id = ?1", err) : NULL;
	if (!verdict_q) {
		rc = err->status;
		goto out;
	}
	const char *last_key = NULL;
	enum store_import_outcome last_outcome = STORE_IMPORT_NO_SOURCE;
	int64_t last_id = 0;
	bool added = false; /* an entry was appended to last_id's log */
	char *was_verdict = NULL, *was_reviewer = NULL; /* what last_id showed before */
	for (size_t i = 0; i < n && rc == CC_OK; i++) {
		struct store_import_entry *e = &v[i];
		if (!last_key || strcmp(last_key, e->key) != 0) {
			/* the previous claim's entries are all in: merge its state */
			if (added) {
				rc = settle(st, verdict_q, last_id, was_verdict, was_reviewer, changes, &nch,
					    &cap, err);
				was_verdict = was_reviewer = NULL;
				if (rc != CC_OK)
					break;
			}
			added = false;
			rc = place(st, find, have_hash, have_prefix, have_name, e, &last_outcome, &last_id,
				   err);
			if (rc != CC_OK)
				break;
			last_key = e->key;
		}
		e->claim_id = last_id;
		e->outcome = last_outcome;
		if (store_import_refuses(last_outcome) && !(flags & STORE_IMPORT_PARTIAL))
			refused = true;
		if (last_outcome != STORE_IMPORT_ADDED)
			continue;
		sqlite3_reset(dup);
		sqlite3_bind_int64(dup, 1, last_id);
		st_bind_text(dup, 2, e->reviewer);
		st_bind_text(dup, 3, e->at);
		st_bind_text(dup, 4, e->verdict);
		st_bind_text(dup, 5, e->note);
		st_bind_text(dup, 6, e->tags ? e->tags : "");
		int r = st_step(st, dup);
		sqlite3_reset(dup);
		if (r == SQLITE_ROW) {
			e->outcome = STORE_IMPORT_DUPLICATE;
			continue;
		}
		if (r != SQLITE_DONE) {
			rc = st_error(st, err, "cannot look for duplicate annotations");
			break;
		}
		if (!added && changes) {
			free(was_verdict);
			free(was_reviewer);
			rc = shown_verdict(st, verdict_q, last_id, &was_verdict, &was_reviewer, err);
			if (rc != CC_OK)
				break;
		}
		sqlite3_reset(ins);
		sqlite3_bind_int64(ins, 1, last_id);
		st_bind_text(ins, 2, e->reviewer);
		st_bind_text(ins, 3, e->at);
		st_bind_text(ins, 4, e->verdict);
		st_bind_text(ins, 5, e->note);
		st_bind_text(ins, 6, e->tags ? e->tags : "");
		sqlite3_bind_int(ins, 7, e->effect & 15);
		st_bind_text(ins, 8, e->effect & 2 ? e->claim_verdict : NULL);
		st_bind_text(ins, 9, e->effect & 8 ? e->claim_note : NULL);
		if (st_step(st, ins) != SQLITE_DONE)
			rc = st_error(st, err, "cannot save an imported annotation");
		else
			added = true;
		sqlite3_reset(ins);
	}
	if (rc == CC_OK && added) {
		rc = settle(st, verdict_q, last_id, was_verdict, was_reviewer, changes, &nch, &cap, err);
		was_verdict = was_reviewer = NULL;
	}
	free(was_verdict);
	free(was_reviewer);
out:
	sqlite3_finalize(find);
	sqlite3_finalize(have_hash);
	sqlite3_finalize(have_prefix);
	sqlite3_finalize(have_name);
	sqlite3_finalize(dup);
	sqlite3_finalize(ins);
	sqlite3_finalize(verdict_q);
	/* all or nothing: the entries placed are rolled back with the rest
	 * when one is not (their outcomes say what --partial would do) */
	if (rc == CC_OK && !dry_run && !refused)
		rc = st_commit(st, err);
	else
		st_rollback(st);
	if (rc != CC_OK || !changes) {
		store_import_changes_free(changes ? *changes : NULL, nch);
		if (changes)
			*changes = NULL;
		return rc;
	}
	*nchanges = nch;
	return CC_OK;
}
