/* conflicts: finding the claims a new source's claims must be compared with
 * (indexed joins on normalised keys, never every claim with every other),
 * recording what the caller's rules judge, and reading it back.
 * Must not: judge (src/conflict.c does, through struct store_judge) or print. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "internal.h"

static const char *text_col(sqlite3_stmt *q, int i)
{
	const unsigned char *t = sqlite3_column_text(q, i);
	return t ? (const char *)t : "";
}

enum cc_status store_conflicts_each(struct store *st, const char *kind, const char *story,
				    int64_t claim_id, store_conflict_fn fn, void *ctx,
				    struct cc_err *err)
{
	sqlite3_stmt *q = st_prepare(st,
		"SELECT f.id, f.story, f.kind, f.severity, f.rule, f.key, f.explanation,"
		" ca.id, sa.name, substr(CAST(sa.text AS BLOB), ca.start + 1, ca.end - ca.start), ca.start, ca.end,"
		" coalesce(xa.start, 0), coalesce(xa.end, 0),"
		" cb.id, sb.name, substr(CAST(sb.text AS BLOB), cb.start + 1, cb.end - cb.start), cb.start, cb.end,"
		" coalesce(xb.start, 0), coalesce(xb.end, 0)"
		" FROM conflicts f"
		" JOIN claims ca ON ca.id = f.claim_a JOIN sources sa ON sa.id = ca.source_id"
		" JOIN claims cb ON cb.id = f.claim_b JOIN sources sb ON sb.id = cb.source_id"
		" LEFT JOIN slots xa ON xa.claim_id = ca.id AND xa.ord = f.slot_a"
		" LEFT JOIN slots xb ON xb.claim_id = cb.id AND xb.ord = f.slot_b"
		" WHERE (?1 IS NULL OR f.kind = ?1) AND (?2 IS NULL OR f.story = ?2)"
		" AND (?3 = 0 OR f.claim_a = ?3 OR f.claim_b = ?3)"
		" ORDER BY f.id", err);
	if (!q)
		return err->status;
	st_bind_text(q, 1, kind);
	st_bind_text(q, 2, story);
	sqlite3_bind_int64(q, 3, claim_id);
	int r;
	enum cc_status rc = CC_OK;
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
		struct store_conflict_side *side[2] = {&c.a, &c.b};
		for (int k = 0; k < 2; k++) {
			int o = 7 + k * 7;
			side[k]->claim = sqlite3_column_int64(q, o);
			side[k]->source = text_col(q, o + 1);
			side[k]->text = (const char *)sqlite3_column_blob(q, o + 2);
			side[k]->text_len = (size_t)sqlite3_column_bytes(q, o + 2);
			if (!side[k]->text)
				side[k]->text = "";
			side[k]->start = (size_t)sqlite3_column_int64(q, o + 3);
			side[k]->end = (size_t)sqlite3_column_int64(q, o + 4);
			side[k]->slot_start = (size_t)sqlite3_column_int64(q, o + 5);
			side[k]->slot_end = (size_t)sqlite3_column_int64(q, o + 6);
		}
		if (fn(&c, ctx))
			break;
	}
	if (r != SQLITE_ROW && r != SQLITE_DONE)
		rc = st_error(st, err, "cannot read the conflicts");
	sqlite3_finalize(q);
	return rc;
}

enum cc_status store_claim_counts(struct store *st, int64_t claim_id, size_t *support,
				  size_t *conflicts, struct cc_err *err)
{
	sqlite3_stmt *q = st_prepare(st,
		"SELECT (SELECT count(DISTINCT s.source_id) FROM corroborations r"
		"   JOIN claims s ON s.id = CASE WHEN r.claim_a = ?1 THEN r.claim_b ELSE r.claim_a END"
		"   WHERE r.claim_a = ?1 OR r.claim_b = ?1),"
		" (SELECT count(*) FROM conflicts WHERE claim_a = ?1 OR claim_b = ?1)", err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, claim_id);
	enum cc_status rc = CC_OK;
	if (st_step(st, q) == SQLITE_ROW) {
		*support = (size_t)sqlite3_column_int64(q, 0);
		*conflicts = (size_t)sqlite3_column_int64(q, 1);
	} else {
		rc = st_error(st, err, "cannot count the claim's conflicts");
	}
	sqlite3_finalize(q);
	return rc;
}

/* Candidates for a new source's claims: pairs (new claim, claim of another
 * source in the same story) sharing an anchor with it — the same date, the
 * same subject and event, the same subject and unit, or the same quoted
 * words — all through the story-prefixed indexes, at most ?2 per new claim
 * (newest first). */
static const char candidates_sql[] =
	/* the new source's claims, and each distinct anchor they hold: a
	 * source whose thousand claims share one date looks that date up once */
	"WITH me AS MATERIALIZED (SELECT c.id, c.subject, c.event, c.story FROM claims c WHERE c.source_id = ?1),"
	" story AS (SELECT story FROM sources WHERE id = ?1),"
	" a_date AS (SELECT DISTINCT x.value FROM me JOIN slots x ON x.claim_id = me.id"
	"   WHERE x.type = 'date' AND x.year_from <> 4),"
	" a_subj AS (SELECT DISTINCT subject, event FROM me WHERE subject <> '' AND event <> ''),"
	" a_unit AS (SELECT DISTINCT x.subject, x.unit FROM me JOIN slots x ON x.claim_id = me.id"
	"   WHERE x.type IN ('number', 'money', 'percent', 'duration') AND x.subject <> ''),"
	" a_norm AS (SELECT DISTINCT x.norm FROM me JOIN slots x ON x.claim_id = me.id WHERE x.norm <> ''),"
	/* the other sources' claims holding each anchor (own claims dropped
	 * right after each index lookup); MATERIALIZED, so that no plan runs
	 * them again for each of the new claims */
	" o_date AS MATERIALIZED (SELECT a_date.value AS k, y.claim_id AS id FROM a_date, story"
	"   JOIN slots y ON y.story = story.story AND y.type = 'date' AND y.value = a_date.value"
	"   JOIN claims o ON o.id = y.claim_id AND o.source_id <> ?1),"
	" o_subj AS MATERIALIZED (SELECT a_subj.subject AS s, a_subj.event AS e, c2.id AS id FROM a_subj, story"
	"   JOIN claims c2 ON c2.story = story.story AND c2.subject = a_subj.subject"
	"   AND c2.event = a_subj.event AND c2.source_id <> ?1),"
	" o_unit AS MATERIALIZED (SELECT a_unit.subject AS s, a_unit.unit AS u, y.claim_id AS id FROM a_unit, story"
	"   JOIN slots y ON y.story = story.story AND y.subject = a_unit.subject AND y.unit = a_unit.unit"
	"   JOIN claims o ON o.id = y.claim_id AND o.source_id <> ?1),"
	" o_norm AS MATERIALIZED (SELECT a_norm.norm AS k, y.claim_id AS id FROM a_norm, story"
	"   JOIN slots y ON y.story = story.story AND y.norm = a_norm.norm AND y.norm <> ''"
	"   JOIN claims o ON o.id = y.claim_id AND o.source_id <> ?1),"
	/* back to the new claims that hold each anchor */
	" cand(mine, id) AS ("
	"  SELECT me.id, o_date.id FROM o_date JOIN slots x ON x.type = 'date' AND x.value = o_date.k"
	"   AND x.story = (SELECT story FROM story) JOIN me ON me.id = x.claim_id"
	"  UNION SELECT me.id, o_subj.id FROM o_subj JOIN me ON me.subject = o_subj.s AND me.event = o_subj.e"
	"  UNION SELECT me.id, o_unit.id FROM o_unit JOIN slots x ON x.subject = o_unit.s AND x.unit = o_unit.u"
	"   AND x.story = (SELECT story FROM story) JOIN me ON me.id = x.claim_id"
	"   WHERE x.type IN ('number', 'money', 'percent', 'duration')"
	"  UNION SELECT me.id, o_norm.id FROM o_norm JOIN slots x ON x.norm = o_norm.k"
	"   AND x.story = (SELECT story FROM story) JOIN me ON me.id = x.claim_id),"
	" ranked AS (SELECT mine, id, row_number() OVER (PARTITION BY mine ORDER BY id DESC) AS r"
	"  FROM cand)"
	" SELECT mine, id FROM ranked WHERE r <= ?2 ORDER BY id, mine";

/* One disagreement between two sources is one conflict, however many of
 * their claims repeat it: true when this kind and key already stand between
 * the two claims' sources. */
static bool already(struct store *st, sqlite3_stmt *dup, const char *story, int64_t a, int64_t b,
		    const struct store_mark *m)
{
	sqlite3_reset(dup);
	st_bind_text(dup, 5, story ? story : "");
	st_bind_text(dup, 1, m->kind);
	st_bind_text(dup, 2, m->key ? m->key : "");
	sqlite3_bind_int64(dup, 3, a);
	sqlite3_bind_int64(dup, 4, b);
	bool found = st_step(st, dup) == SQLITE_ROW;
	sqlite3_reset(dup);
	return found;
}

static enum cc_status record(struct store *st, sqlite3_stmt *ins_c, sqlite3_stmt *ins_r,
			     const char *story, int64_t a, int64_t b, const struct store_mark *m,
			     struct cc_err *err)
{
	sqlite3_stmt *q = m->conflict ? ins_c : ins_r;
	sqlite3_reset(q);
	sqlite3_clear_bindings(q);
	st_bind_text(q, 1, story ? story : "");
	st_bind_text(q, 2, m->rule ? m->rule : "");
	st_bind_text(q, 3, m->key ? m->key : "");
	sqlite3_bind_int64(q, 4, a);
	sqlite3_bind_int64(q, 5, b);
	if (m->conflict) {
		st_bind_text(q, 6, m->kind);
		st_bind_text(q, 7, m->severity);
		if (m->slot_a >= 0)
			sqlite3_bind_int(q, 8, m->slot_a);
		if (m->slot_b >= 0)
			sqlite3_bind_int(q, 9, m->slot_b);
		st_bind_text(q, 10, m->explanation ? m->explanation : "");
	}
	if (st_step(st, q) != SQLITE_DONE)
		return st_error(st, err, "cannot record a conflict");
	return CC_OK;
}

struct pair {
	int64_t mine, other;
};

enum cc_status st_mark_source(struct store *st, int64_t source_id, const struct store_judge *j,
			      struct cc_err *err)
{
	static const char ins_c_sql[] =
		"INSERT OR IGNORE INTO conflicts (story, rule, key, claim_a, claim_b, kind, severity,"
		" slot_a, slot_b, explanation) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
	static const char ins_r_sql[] =
		"INSERT OR IGNORE INTO corroborations (story, rule, key, claim_a, claim_b)"
		" VALUES (?1, ?2, ?3, ?4, ?5)";
	static const char dup_sql[] =
		"SELECT 1 FROM conflicts f JOIN claims x ON x.id = f.claim_a JOIN claims y ON y.id = f.claim_b"
		" WHERE f.story = ?5 AND f.kind = ?1 AND f.key = ?2"
		" AND x.source_id = (SELECT source_id FROM claims WHERE id = ?3)"
		" AND y.source_id = (SELECT source_id FROM claims WHERE id = ?4) LIMIT 1";
	sqlite3_stmt *cand = st_cached(st, candidates_sql, err);
	sqlite3_stmt *ins_c = cand ? st_cached(st, ins_c_sql, err) : NULL;
	sqlite3_stmt *ins_r = ins_c ? st_cached(st, ins_r_sql, err) : NULL;
	sqlite3_stmt *dup = ins_r ? st_cached(st, dup_sql, err) : NULL;
	if (!dup)
		return err->status;

	/* every candidate pair, grouped by the other claim so that each claim
	 * is read once */
	struct pair *pairs = NULL;
	size_t np = 0, cap = 0;
	sqlite3_bind_int64(cand, 1, source_id);
	sqlite3_bind_int(cand, 2, STORE_MAX_CANDIDATES);
	int r;
	while ((r = st_step(st, cand)) == SQLITE_ROW) {
		pairs = xgrow(pairs, &cap, np + 1, sizeof *pairs);
		pairs[np++] = (struct pair){sqlite3_column_int64(cand, 0), sqlite3_column_int64(cand, 1)};
	}
	sqlite3_reset(cand);
	if (r != SQLITE_DONE) {
		free(pairs);
		return st_error(st, err, "cannot find the claims to compare");
	}
	/* the new source's claims, each in a reader of its own */
	int64_t *mine = NULL;
	size_t nm = 0, capm = 0;
	for (size_t i = 0; i < np; i++) {
		bool seen = false;
		for (size_t k = 0; k < nm && !seen; k++)
			seen = mine[k] == pairs[i].mine;
		if (!seen) {
			mine = xgrow(mine, &capm, nm + 1, sizeof *mine);
			mine[nm++] = pairs[i].mine;
		}
	}
	struct st_claim_reader *readers = xcalloc(nm ? nm : 1, sizeof *readers);
	struct store_claim *cn = xcalloc(nm ? nm : 1, sizeof *cn);
	enum cc_status rc = CC_OK;
	for (size_t k = 0; k < nm && rc == CC_OK; k++)
		rc = st_claim_load(st, &readers[k], mine[k], &cn[k], err);
	struct st_claim_reader *ro = &st->mark_old;
	int64_t loaded = 0;
	struct store_claim co;
	for (size_t i = 0; i < np && rc == CC_OK; i++) {
		if (pairs[i].other != loaded) {
			rc = st_claim_load(st, ro, pairs[i].other, &co, err);
			if (rc != CC_OK)
				break;
			loaded = pairs[i].other;
		}
		size_t k = 0;
		while (k < nm && mine[k] != pairs[i].mine)
			k++;
		struct store_mark marks[16];
		size_t n = j->judge(j->ctx, &co, &cn[k], marks, CC_ARRAY_LEN(marks));
		for (size_t q = 0; q < n && rc == CC_OK; q++)
			if (!marks[q].conflict || !already(st, dup, cn[k].story, co.id, cn[k].id, &marks[q]))
				rc = record(st, ins_c, ins_r, cn[k].story, co.id, cn[k].id, &marks[q], err);
		if (j->release)
			j->release(j->ctx, marks, n);
	}
	for (size_t k = 0; k < nm; k++)
		st_claim_reader_free(&readers[k]);
	free(readers);
	free(cn);
	free(mine);
	free(pairs);
	st_claim_reader_clear(ro);
	return rc;
}
