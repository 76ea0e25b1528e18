/* review: the read-only queries behind the review screens.
 *
 * Owns: paging through sources, one source's claims with their current
 * annotation (claim_state, kept by annotations.c) and counts, the timeline
 * of dated claims, stepping from
 * conflict to conflict, and full-text search over the sentences. Every
 * query reads one source or one screenful (keyset paging, never OFFSET over
 * the whole store), so the review does not slow down as the store grows.
 * Must not: write, print, or decide how anything is shown.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static char *col_dup(sqlite3_stmt *q, int i)
{
	const unsigned char *t = sqlite3_column_text(q, i);
	return t ? xstrdup((const char *)t) : NULL;
}

static const char *col_str(sqlite3_stmt *q, int i)
{
	const unsigned char *t = sqlite3_column_text(q, i);
	return t ? (const char *)t : "";
}

static const char *col_or_null(sqlite3_stmt *q, int i)
{
	return (const char *)sqlite3_column_text(q, i);
}

/* ---- sources ------------------------------------------------------------- */

#define REVIEW_SOURCE_COLUMNS \
	"s.id, s.name, s.path, s.url, s.outlet, s.pub_date, s.date_origin, s.title, s.story," \
	" s.content_hash, s.added_at, length(CAST(s.text AS BLOB))," \
	" (SELECT count(*) FROM sentences WHERE source_id = s.id)," \
	" (SELECT count(*) FROM sentences WHERE source_id = s.id AND boilerplate = 1)"

static void read_source(sqlite3_stmt *q, struct store_source *s)
{
	s->id = sqlite3_column_int64(q, 0);
	s->name = col_dup(q, 1);
	s->path = col_dup(q, 2);
	s->url = col_dup(q, 3);
	s->outlet = col_dup(q, 4);
	s->date = col_dup(q, 5);
	s->date_origin = col_dup(q, 6);
	s->title = col_dup(q, 7);
	s->story = col_dup(q, 8);
	s->hash = col_dup(q, 9);
	s->added = col_dup(q, 10);
	s->len = (size_t)sqlite3_column_int64(q, 11);
	s->sentences = (size_t)sqlite3_column_int64(q, 12);
	s->boilerplate = (size_t)sqlite3_column_int64(q, 13);
}

static enum cc_status one_source(struct store *st, const char *sql, int64_t key,
				 struct store_source *out, bool *found, struct cc_err *err)
{
	memset(out, 0, sizeof *out);
	*found = false;
	sqlite3_stmt *q = st_prepare(st, sql, err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, key);
	int r = st_step(st, q);
	enum cc_status rc = CC_OK;
	if (r == SQLITE_ROW) {
		read_source(q, out);
		*found = true;
	} else if (r != SQLITE_DONE) {
		rc = st_error(st, err, "cannot read the source");
	}
	sqlite3_finalize(q);
	return rc;
}

enum cc_status store_review_source_step(struct store *st, int64_t from, int dir,
					struct store_source *out, bool *found,
					struct cc_err *err)
{
	if (dir >= 0)
		return one_source(st, "SELECT " REVIEW_SOURCE_COLUMNS " FROM sources s"
				  " WHERE s.id > ?1 ORDER BY s.id LIMIT 1", from, out, found, err);
	return one_source(st, "SELECT " REVIEW_SOURCE_COLUMNS " FROM sources s"
			  " WHERE s.id < ?1 ORDER BY s.id DESC LIMIT 1", from, out, found, err);
}

enum cc_status store_review_source_by_id(struct store *st, int64_t id, struct store_source *out,
					 struct cc_err *err)
{
	bool found;
	enum cc_status rc = one_source(st, "SELECT " REVIEW_SOURCE_COLUMNS " FROM sources s"
				       " WHERE s.id = ?1", id, out, &found, err);
	if (rc == CC_OK && !found)
		rc = cc_err_set(err, CC_ERR_INPUT, "no source with id %lld in %s", (long long)id,
				st->path);
	return rc;
}

enum cc_status store_review_source_index(struct store *st, int64_t id, size_t *idx,
					 struct cc_err *err)
{
	*idx = 0;
	sqlite3_stmt *q = st_prepare(st, "SELECT count(*) FROM sources WHERE id < ?1", err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, id);
	enum cc_status rc = CC_OK;
	if (st_step(st, q) == SQLITE_ROW)
		*idx = (size_t)sqlite3_column_int64(q, 0);
	else
		rc = st_error(st, err, "cannot count the sources");
	sqlite3_finalize(q);
	return rc;
}

#define PAGE_COLUMNS \
	"s.id, s.name, s.title, s.pub_date, s.outlet, s.story," \
	" (SELECT count(*) FROM claims WHERE source_id = s.id)," \
	" (SELECT count(*) FROM conflicts f JOIN claims c ON c.id = f.claim_a WHERE c.source_id = s.id)" \
	" + (SELECT count(*) FROM conflicts f JOIN claims c ON c.id = f.claim_b WHERE c.source_id = s.id)," \
	" (SELECT count(*) FROM claims c JOIN claim_state a ON a.claim_id = c.id" \
	"   WHERE c.source_id = s.id AND (a.verdict IS NOT NULL OR a.note IS NOT NULL OR a.tags <> ''))"

enum cc_status store_review_sources_page(struct store *st, int64_t from, int dir, size_t limit,
					 store_review_source_fn fn, void *ctx,
					 struct cc_err *err)
{
	sqlite3_stmt *q = st_prepare(st, dir >= 0
				     ? "SELECT " PAGE_COLUMNS " FROM sources s WHERE s.id >= ?1"
				       " ORDER BY s.id LIMIT ?2"
				     : "SELECT " PAGE_COLUMNS " FROM sources s WHERE s.id <= ?1"
				       " ORDER BY s.id DESC LIMIT ?2", err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, from);
	sqlite3_bind_int64(q, 2, (sqlite3_int64)(limit > INT32_MAX ? INT32_MAX : limit));
	int r;
	while ((r = st_step(st, q)) == SQLITE_ROW) {
		struct store_review_source s = {
			.id = sqlite3_column_int64(q, 0),
			.name = col_str(q, 1),
			.title = col_or_null(q, 2),
			.date = col_or_null(q, 3),
			.outlet = col_or_null(q, 4),
			.story = col_str(q, 5),
			.claims = (size_t)sqlite3_column_int64(q, 6),
			.conflicts = (size_t)sqlite3_column_int64(q, 7),
			.annotated = (size_t)sqlite3_column_int64(q, 8),
		};
		if (fn(&s, ctx))
			break;
	}
	enum cc_status rc = CC_OK;
	if (r != SQLITE_ROW && r != SQLITE_DONE)
		rc = st_error(st, err, "cannot list the sources");
	sqlite3_finalize(q);
	return rc;
}

/* ---- claims ---------------------------------------------------------------- */

/* Copies of column text that live until the callback returns. */
static const char *keep(struct buf *arena, const unsigned char *s)
{
	if (!s)
		return NULL;
	char *p = xstrdup((const char *)s);
	buf_add(arena, &p, sizeof p);
	return p;
}

static void arena_clear(struct buf *a)
{
	char **v = (char **)a->data;
	for (size_t i = 0; v && i < a->len / sizeof *v; i++)
		free(v[i]);
	buf_clear(a);
}

enum cc_status store_review_claims(struct store *st, int64_t source_id, int64_t claim_id,
				   store_review_claim_fn fn, void *ctx, struct cc_err *err)
{
	sqlite3_stmt *q = st_prepare(st,
		"SELECT c.id, c.ord, c.sentence, c.start, c.end, c.subject, c.event, c.lemma,"
		" c.speaker, c.negated, c.modality, c.score, a.verdict, a.note, coalesce(a.tags, ''),"
		" (SELECT count(DISTINCT o.source_id) FROM corroborations r"
		"   JOIN claims o ON o.id = CASE WHEN r.claim_a = c.id THEN r.claim_b ELSE r.claim_a END"
		"   WHERE r.claim_a = c.id OR r.claim_b = c.id),"
		" (SELECT count(*) FROM conflicts WHERE claim_a = c.id)"
		" + (SELECT count(*) FROM conflicts WHERE claim_b = c.id), coalesce(a.disputed, 0)"
		" FROM claims c LEFT JOIN claim_state a ON a.claim_id = c.id"
		" WHERE c.source_id = ?1 AND (?2 = 0 OR c.id = ?2) ORDER BY c.ord", err);
	sqlite3_stmt *sq = st_prepare(st,
		"SELECT type, text, start, end, value, lo, hi, unit, gran, mod, event, subject,"
		" year_from FROM slots WHERE claim_id = ?1 ORDER BY ord", err);
	if (!q || !sq) {
		sqlite3_finalize(q);
		sqlite3_finalize(sq);
		return err->status;
	}
	sqlite3_bind_int64(q, 1, source_id);
	sqlite3_bind_int64(q, 2, claim_id);
	struct buf arena;
	buf_init(&arena);
	struct store_slot *slots = NULL;
	size_t cap = 0;
	enum cc_status rc = CC_OK;
	int r;
	while ((r = st_step(st, q)) == SQLITE_ROW) {
		struct store_review_claim c = {
			.id = sqlite3_column_int64(q, 0),
			.ord = (size_t)sqlite3_column_int64(q, 1),
			.sentence = (size_t)sqlite3_column_int64(q, 2),
			.start = (size_t)sqlite3_column_int64(q, 3),
			.end = (size_t)sqlite3_column_int64(q, 4),
			.subject = col_str(q, 5),
			.event = col_str(q, 6),
			.lemma = col_str(q, 7),
			.speaker = col_or_null(q, 8),
			.negated = sqlite3_column_int(q, 9) != 0,
			.modality = col_str(q, 10),
			.score = sqlite3_column_double(q, 11),
			.verdict = col_or_null(q, 12),
			.note = col_or_null(q, 13),
			.tags = col_str(q, 14),
			.support = (size_t)sqlite3_column_int64(q, 15),
			.conflicts = (size_t)sqlite3_column_int64(q, 16),
			.disputed = sqlite3_column_int(q, 17) != 0,
		};
		sqlite3_bind_int64(sq, 1, c.id);
		size_t n = 0;
		int sr;
		while ((sr = st_step(st, sq)) == SQLITE_ROW) {
			slots = xgrow(slots, &cap, n + 1, sizeof *slots);
			struct store_slot *x = &slots[n++];
			x->type = keep(&arena, sqlite3_column_text(sq, 0));
			x->text = keep(&arena, sqlite3_column_text(sq, 1));
			x->start = (size_t)sqlite3_column_int64(sq, 2);
			x->end = (size_t)sqlite3_column_int64(sq, 3);
			x->value = keep(&arena, sqlite3_column_text(sq, 4));
			x->has_lo = sqlite3_column_type(sq, 5) != SQLITE_NULL;
			x->lo = sqlite3_column_double(sq, 5);
			x->has_hi = sqlite3_column_type(sq, 6) != SQLITE_NULL;
			x->hi = sqlite3_column_double(sq, 6);
			x->unit = keep(&arena, sqlite3_column_text(sq, 7));
			x->gran = keep(&arena, sqlite3_column_text(sq, 8));
			x->mod = keep(&arena, sqlite3_column_text(sq, 9));
			x->event = keep(&arena, sqlite3_column_text(sq, 10));
			x->subject = keep(&arena, sqlite3_column_text(sq, 11));
			x->year_from = sqlite3_column_int(sq, 12);
		}
		sqlite3_reset(sq);
		if (sr != SQLITE_DONE) {
			rc = st_error(st, err, "cannot read a claim's slots");
			break;
		}
		c.slots = slots;
		c.nslots = n;
		int stop = fn(&c, ctx);
		arena_clear(&arena);
		if (stop)
			break;
	}
	if (rc == CC_OK && r != SQLITE_ROW && r != SQLITE_DONE)
		rc = st_error(st, err, "cannot read the claims");
	arena_clear(&arena);
	buf_free(&arena);
	free(slots);
	sqlite3_finalize(q);
	sqlite3_finalize(sq);
	return rc;
}

enum cc_status store_review_claim_source(struct store *st, int64_t claim_id,
					 int64_t *source_id, struct cc_err *err)
{
	*source_id = 0;
	sqlite3_stmt *q = st_prepare(st, "SELECT source_id FROM claims WHERE id = ?1", err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, claim_id);
	int r = st_step(st, q);
	enum cc_status rc = CC_OK;
	if (r == SQLITE_ROW)
		*source_id = sqlite3_column_int64(q, 0);
	else if (r == SQLITE_DONE)
		rc = cc_err_set(err, CC_ERR_INPUT, "no claim with id %lld in %s",
				(long long)claim_id, st->path);
	else
		rc = st_error(st, err, "cannot look up the claim");
	sqlite3_finalize(q);
	return rc;
}

/* ---- conflicts ------------------------------------------------------------- */

/* Walks the claims from the starting point in (source, text) order and
 * stops at the first one in a conflict: two index probes a claim, so the
 * cost is the distance to the next conflict, not the size of the store
 * (the whole store only when no conflict lies ahead: then the wrap-around
 * pass finds it). */
#define IN_CONFLICT \
	"(EXISTS (SELECT 1 FROM conflicts WHERE claim_a = c.id)" \
	" OR EXISTS (SELECT 1 FROM conflicts WHERE claim_b = c.id))"

enum cc_status store_review_conflict_step(struct store *st, int64_t source_id, size_t ord,
					  int dir, int64_t *out_source, int64_t *out_claim,
					  bool *found, struct cc_err *err)
{
	*found = false;
	*out_source = *out_claim = 0;
	static const char *const sql[2][2] = {
		{"SELECT c.source_id, c.id FROM claims c WHERE " IN_CONFLICT
		 " AND (c.source_id, c.ord) > (?1, ?2) ORDER BY c.source_id, c.ord LIMIT 1",
		 "SELECT c.source_id, c.id FROM claims c WHERE " IN_CONFLICT
		 " ORDER BY c.source_id, c.ord LIMIT 1"},
		{"SELECT c.source_id, c.id FROM claims c WHERE " IN_CONFLICT
		 " AND (c.source_id, c.ord) < (?1, ?2) ORDER BY c.source_id DESC, c.ord DESC LIMIT 1",
		 "SELECT c.source_id, c.id FROM claims c WHERE " IN_CONFLICT
		 " ORDER BY c.source_id DESC, c.ord DESC LIMIT 1"},
	};
	int d = dir >= 0 ? 0 : 1;
	/* no conflicts at all: say so without walking every claim */
	sqlite3_stmt *any = st_prepare(st, "SELECT 1 FROM conflicts LIMIT 1", err);
	if (!any)
		return err->status;
	int ar = st_step(st, any);
	sqlite3_finalize(any);
	if (ar == SQLITE_DONE)
		return CC_OK;
	if (ar != SQLITE_ROW)
		return st_error(st, err, "cannot look for the next conflict");
	for (int pass = 0; pass < 2 && !*found; pass++) {
		sqlite3_stmt *q = st_prepare(st, sql[d][pass], err);
		if (!q)
			return err->status;
		if (pass == 0) {
			sqlite3_bind_int64(q, 1, source_id);
			sqlite3_bind_int64(q, 2, (sqlite3_int64)ord);
		}
		int r = st_step(st, q);
		if (r == SQLITE_ROW) {
			*out_source = sqlite3_column_int64(q, 0);
			*out_claim = sqlite3_column_int64(q, 1);
			*found = true;
		} else if (r != SQLITE_DONE) {
			sqlite3_finalize(q);
			return st_error(st, err, "cannot look for the next conflict");
		}
		sqlite3_finalize(q);
	}
	return CC_OK;
}

/* The claims whose current state has a verdict. Read from claim_state,
 * whose size follows the reviewers' work, not the number of sources. */
#define JUDGED "judged(claim) AS (SELECT claim_id FROM claim_state WHERE verdict IS NOT NULL)"

enum cc_status store_review_open_conflicts(struct store *st, size_t *n, struct cc_err *err)
{
	*n = 0;
	/* all conflicts (a b-tree count) less those touching a judged claim
	 * (indexed lookups from each judged claim): never a subquery per
	 * conflict */
	sqlite3_stmt *q = st_prepare(st,
		"WITH " JUDGED
		" SELECT (SELECT count(*) FROM conflicts) - (SELECT count(*) FROM ("
		"   SELECT f.id FROM judged j JOIN conflicts f ON f.claim_a = j.claim"
		"   UNION SELECT f.id FROM judged j JOIN conflicts f ON f.claim_b = j.claim))",
		err);
	if (!q)
		return err->status;
	enum cc_status rc = CC_OK;
	if (st_step(st, q) == SQLITE_ROW)
		*n = (size_t)sqlite3_column_int64(q, 0);
	else
		rc = st_error(st, err, "cannot count the open conflicts");
	sqlite3_finalize(q);
	return rc;
}

enum cc_status store_review_open_delta(struct store *st, int64_t claim, long *delta,
				       struct cc_err *err)
{
	*delta = 0;
	/* claim_state keeps whether the claim had a verdict before the
	 * latest write to its log (none: no verdict) */
	sqlite3_stmt *q = st_prepare(st,
		"SELECT coalesce((SELECT verdict IS NULL FROM claim_state WHERE claim_id = ?1), 1),"
		" coalesce((SELECT NOT was_judged FROM claim_state WHERE claim_id = ?1), 1),"
		" (SELECT count(*) FROM conflicts f WHERE f.claim_a = ?1 AND"
		"   (SELECT verdict FROM claim_state WHERE claim_id = f.claim_b) IS NULL)"
		" + (SELECT count(*) FROM conflicts f WHERE f.claim_b = ?1 AND"
		"   (SELECT verdict FROM claim_state WHERE claim_id = f.claim_a) IS NULL)",
		err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, claim);
	enum cc_status rc = CC_OK;
	if (st_step(st, q) == SQLITE_ROW) {
		long open_now = sqlite3_column_int(q, 0), open_before = sqlite3_column_int(q, 1);
		long k = (long)sqlite3_column_int64(q, 2);
		*delta = (open_now - open_before) * k;
	} else {
		rc = st_error(st, err, "cannot count the claim's open conflicts");
	}
	sqlite3_finalize(q);
	return rc;
}

uint64_t store_review_data_version(struct store *st)
{
	sqlite3_stmt *q = NULL;
	uint64_t v = 0;
	if (sqlite3_prepare_v2(st->db, "PRAGMA data_version", -1, &q, NULL) == SQLITE_OK &&
	    sqlite3_step(q) == SQLITE_ROW)
		v = (uint64_t)sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
	return v;
}

/* ---- timeline -------------------------------------------------------------- */

#define DATED_COLUMNS \
	"x.value, x.claim_id, x.ord, c.source_id, s.name, x.text, x.event," \
	" substr(CAST(s.text AS BLOB), c.start + 1, c.end - c.start)," \
	" (SELECT count(*) FROM conflicts WHERE claim_a = c.id)" \
	" + (SELECT count(*) FROM conflicts WHERE claim_b = c.id)," \
	" (SELECT verdict FROM claim_state WHERE claim_id = c.id)" \
	" FROM slots x JOIN claims c ON c.id = x.claim_id JOIN sources s ON s.id = c.source_id" \
	" WHERE x.type = 'date'"

enum cc_status store_review_timeline_page(struct store *st, const char *story, const char *value,
					  int64_t claim_id, size_t slot, int dir, size_t limit,
					  store_review_dated_fn fn, void *ctx, struct cc_err *err)
{
	/* one story through slots_story_type_value; every story through
	 * slots_dates */
	char sql[1024];
	snprintf(sql, sizeof sql, "SELECT " DATED_COLUMNS "%s%s ORDER BY %s LIMIT ?4",
		 story ? " AND x.story = ?5" : "",
		 !value ? "" : dir >= 0 ? " AND (x.value, x.claim_id, x.ord) > (?1, ?2, ?3)"
					: " AND (x.value, x.claim_id, x.ord) < (?1, ?2, ?3)",
		 dir >= 0 ? "x.value, x.claim_id, x.ord" : "x.value DESC, x.claim_id DESC, x.ord DESC");
	sqlite3_stmt *q = st_prepare(st, sql, err);
	if (!q)
		return err->status;
	if (value) {
		st_bind_text(q, 1, value);
		sqlite3_bind_int64(q, 2, claim_id);
		sqlite3_bind_int64(q, 3, (sqlite3_int64)slot);
	}
	if (story)
		st_bind_text(q, 5, story);
	sqlite3_bind_int64(q, 4, (sqlite3_int64)(limit > INT32_MAX ? INT32_MAX : limit));
	int r;
	while ((r = st_step(st, q)) == SQLITE_ROW) {
		struct store_review_dated d = {
			.value = col_str(q, 0),
			.claim_id = sqlite3_column_int64(q, 1),
			.slot = (size_t)sqlite3_column_int64(q, 2),
			.source_id = sqlite3_column_int64(q, 3),
			.source = col_str(q, 4),
			.slot_text = col_str(q, 5),
			.event = col_str(q, 6),
			.conflicts = (size_t)sqlite3_column_int64(q, 8),
			.verdict = col_or_null(q, 9),
		};
		d.text = (const char *)sqlite3_column_blob(q, 7);
		d.text_len = (size_t)sqlite3_column_bytes(q, 7);
		if (!d.text)
			d.text = "";
		if (fn(&d, ctx))
			break;
	}
	enum cc_status rc = CC_OK;
	if (r != SQLITE_ROW && r != SQLITE_DONE)
		rc = st_error(st, err, "cannot read the timeline");
	sqlite3_finalize(q);
	return rc;
}

/* ---- search ---------------------------------------------------------------- */

/* The user's words as FTS5 prefix strings ("word"* with quotes doubled),
 * all required: each matches the words that start with it, as a reader
 * expects ("decade" finds "decades" and "two-decade"); no other FTS5
 * syntax reaches the engine from the keyboard. Returns NULL when there are
 * no words. */
static char *fts_query(const char *in)
{
	struct buf b;
	buf_init(&b);
	const char *p = in;
	while (*p) {
		while (*p == ' ' || *p == '\t' || *p == '\n')
			p++;
		if (!*p)
			break;
		if (b.len)
			buf_addc(&b, ' ');
		buf_addc(&b, '"');
		while (*p && *p != ' ' && *p != '\t' && *p != '\n') {
			if (*p == '"')
				buf_addc(&b, '"');
			buf_addc(&b, *p++);
		}
		buf_addc(&b, '"');
		buf_addc(&b, '*');
	}
	if (!b.len) {
		buf_free(&b);
		return NULL;
	}
	return buf_steal(&b);
}

enum cc_status store_review_search(struct store *st, const char *query, int64_t source_id,
				   size_t sentence, int dir, int64_t *out_source,
				   size_t *out_sentence, bool *found, size_t *total,
				   struct cc_err *err)
{
	*found = false;
	*out_source = 0;
	*out_sentence = 0;
	if (total)
		*total = 0;
	char *fq = fts_query(query);
	if (!fq)
		return CC_OK;
	static const char *const sql[2][2] = {
		{"SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ?1 AND rowid > ?2"
		 " ORDER BY rowid LIMIT 1",
		 "SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ?1 ORDER BY rowid LIMIT 1"},
		{"SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ?1 AND rowid < ?2"
		 " ORDER BY rowid DESC LIMIT 1",
		 "SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ?1 ORDER BY rowid DESC LIMIT 1"},
	};
	int d = dir >= 0 ? 0 : 1;
	sqlite3_int64 key = ((sqlite3_int64)source_id << 24) + (sqlite3_int64)sentence;
	enum cc_status rc = CC_OK;
	for (int pass = 0; pass < 2 && !*found && rc == CC_OK; pass++) {
		sqlite3_stmt *q = st_prepare(st, sql[d][pass], err);
		if (!q) {
			rc = err->status;
			break;
		}
		sqlite3_bind_text(q, 1, fq, -1, SQLITE_STATIC);
		if (pass == 0)
			sqlite3_bind_int64(q, 2, key);
		int r = st_step(st, q);
		if (r == SQLITE_ROW) {
			sqlite3_int64 row = sqlite3_column_int64(q, 0);
			*out_source = row >> 24;
			*out_sentence = (size_t)(row & ((1 << 24) - 1));
			*found = true;
		} else if (r != SQLITE_DONE) {
			rc = st_error(st, err, "cannot search the sentences");
		}
		sqlite3_finalize(q);
	}
	if (rc == CC_OK && total && *found) {
		sqlite3_stmt *q = st_prepare(st, "SELECT count(*) FROM sentence_fts WHERE sentence_fts MATCH ?1",
					     err);
		if (!q) {
			rc = err->status;
		} else {
			sqlite3_bind_text(q, 1, fq, -1, SQLITE_STATIC);
			if (st_step(st, q) == SQLITE_ROW)
				*total = (size_t)sqlite3_column_int64(q, 0);
			else
				rc = st_error(st, err, "cannot count the matches");
			sqlite3_finalize(q);
		}
	}
	free(fq);
	return rc;
}
