/* refresh: extracting stored sources again (store_sources_refresh).
 *
 * Owns: matching a source's new claims to its old ones, so that a claim
 * the new rules still find keeps its id, its annotation log and its state;
 * refusing when an annotated claim has no match and its entries were not
 * saved; replacing the source's claims, slots, date and title (when
 * found otherwise) and sentences (when cut differently); and adding the sources of the stories touched
 * again, in the order they were added, so that inferred years,
 * conflicts and corroborations are what add gives. Must not: extract or
 * judge (the caller does, through store_refresh.in and the judge), print,
 * or exit.
 *
 * How: the stories' claims, slots, conflicts, corroborations, annotation
 * entries and claim states are copied to temporary tables and their claims
 * deleted; then, source by source in id order, the claims go back (the
 * new extraction for a refreshed source, the copy for the others, with the
 * years they had taken from other sources unknown again), missing years
 * are inferred and the source is marked, exactly as store_source_add does
 * it; last, the annotation entries and states of the claims that are
 * still there go back with their ids. All in one transaction.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* an annotation's stored columns (not ck, which the store computes) */
#define RF_ANN \
	"id, claim_id, session_id, reviewer, at, action, verdict, note, tags, target, effect," \
	" claim_verdict, claim_note"

/* made outside the transaction (temp), emptied inside it */
static const char *const create_sql[] = {
	"CREATE TEMP TABLE IF NOT EXISTS rf_src (id INTEGER PRIMARY KEY, refreshed INTEGER NOT NULL)",
	"CREATE TEMP TABLE IF NOT EXISTS rf_claims AS SELECT * FROM main.claims WHERE 0",
	"CREATE TEMP TABLE IF NOT EXISTS rf_slots AS SELECT * FROM main.slots WHERE 0",
	"CREATE TEMP TABLE IF NOT EXISTS rf_conflicts AS SELECT * FROM main.conflicts WHERE 0",
	"CREATE TEMP TABLE IF NOT EXISTS rf_agreements AS SELECT * FROM main.corroborations WHERE 0",
	"CREATE TEMP TABLE IF NOT EXISTS rf_ann AS SELECT " RF_ANN " FROM main.annotations WHERE 0",
	"CREATE TEMP TABLE IF NOT EXISTS rf_state AS SELECT * FROM main.claim_state WHERE 0",
	"CREATE TEMP TABLE IF NOT EXISTS rf_md (md TEXT PRIMARY KEY) WITHOUT ROWID",
	/* the copies are read source by source */
	"CREATE INDEX IF NOT EXISTS temp.rf_claims_source ON rf_claims (source_id, id)",
	"CREATE INDEX IF NOT EXISTS temp.rf_slots_claim ON rf_slots (claim_id)",
	"CREATE INDEX IF NOT EXISTS temp.rf_conflicts_a ON rf_conflicts (claim_a)",
	"CREATE INDEX IF NOT EXISTS temp.rf_conflicts_b ON rf_conflicts (claim_b)",
	"CREATE INDEX IF NOT EXISTS temp.rf_agreements_a ON rf_agreements (claim_a)",
	"CREATE INDEX IF NOT EXISTS temp.rf_agreements_b ON rf_agreements (claim_b)",
};

static const char *const clear_sql[] = {
	"DELETE FROM temp.rf_src",	 "DELETE FROM temp.rf_claims", "DELETE FROM temp.rf_slots",
	"DELETE FROM temp.rf_conflicts", "DELETE FROM temp.rf_agreements",
	"DELETE FROM temp.rf_ann",	 "DELETE FROM temp.rf_state",  "DELETE FROM temp.rf_md",
};

/* the stories' sources (rf_src) once the refreshed ones are in it */
static const char others_sql[] =
	"INSERT OR IGNORE INTO temp.rf_src (id, refreshed) SELECT id, 0 FROM sources"
	" WHERE story IN (SELECT s.story FROM sources s JOIN temp.rf_src r ON r.id = s.id)";

#define IN_SRC "(SELECT id FROM temp.rf_src)"
#define P_CLAIMS "(SELECT id FROM claims WHERE source_id IN " IN_SRC ")"
#define P_STORIES "(SELECT story FROM sources WHERE id IN " IN_SRC ")"

static const char *const snapshot_sql[] = {
	"INSERT INTO temp.rf_claims SELECT * FROM claims WHERE source_id IN " IN_SRC,
	"INSERT INTO temp.rf_slots SELECT * FROM slots WHERE claim_id IN " P_CLAIMS,
	"INSERT INTO temp.rf_conflicts SELECT * FROM conflicts WHERE story IN " P_STORIES,
	"INSERT INTO temp.rf_agreements SELECT * FROM corroborations WHERE story IN " P_STORIES,
	"INSERT INTO temp.rf_ann SELECT " RF_ANN " FROM annotations WHERE claim_id IN " P_CLAIMS,
	"INSERT INTO temp.rf_state SELECT * FROM claim_state WHERE claim_id IN " P_CLAIMS,
	/* the month-days the refreshed sources gave a year for: other
	 * stories' dates may have taken their year from them */
	"INSERT OR IGNORE INTO temp.rf_md (md) SELECT substr(x.value, 6, 5) FROM temp.rf_slots x"
	" JOIN temp.rf_claims c ON c.id = x.claim_id JOIN temp.rf_src r ON r.id = c.source_id"
	" WHERE r.refreshed = 1 AND x.type = 'date' AND x.year_from = 0"
	" AND x.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'",
	/* their slots, annotations, states, conflicts and corroborations go
	 * with them (ON DELETE CASCADE) */
	"DELETE FROM claims WHERE source_id IN " IN_SRC,
	/* dates of the other stories that took their year on those
	 * month-days take it again at the end */
	"UPDATE slots SET value = 'XXXX' || substr(value, 5), lo = NULL, hi = NULL, year_from = 4"
	" WHERE type = 'date' AND year_from = 3 AND substr(value, 6, 5) IN (SELECT md FROM temp.rf_md)"
	" AND value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'",
	/* ... and so do months that took a year ("in June"), all of them:
	 * the replay gives the stories' their years again source by source,
	 * and the others take theirs again after it */
	ST_MONTHS_UNSET_SQL,
};

/* a source that is not refreshed goes back as stored, but for the years
 * it took from other sources, which it takes again as when it was added */
static const char put_claims_sql[] =
	"INSERT INTO claims SELECT * FROM temp.rf_claims WHERE source_id = ?1 ORDER BY id";
static const char put_slots_sql[] =
	"INSERT INTO slots (claim_id, ord, type, text, start, end, value, lo, hi, unit, gran, mod,"
	" event, subject, year_from, norm, story, subject_implied, unit_key)"
	" SELECT claim_id, ord, type, text, start, end,"
	"  CASE WHEN year_from = 3 THEN 'XXXX' || substr(value, 5) ELSE value END,"
	"  CASE WHEN year_from = 3 THEN NULL ELSE lo END, CASE WHEN year_from = 3 THEN NULL ELSE hi END,"
	"  unit, gran, mod, event, subject, CASE WHEN year_from = 3 THEN 4 ELSE year_from END,"
	"  norm, story, subject_implied, unit_key"
	" FROM temp.rf_slots WHERE claim_id IN (SELECT id FROM temp.rf_claims WHERE source_id = ?1)";

static const char *const restore_sql[] = {
	"INSERT INTO annotations (" RF_ANN ") SELECT " RF_ANN " FROM temp.rf_ann"
	" WHERE claim_id IN (SELECT id FROM claims)"
	" ORDER BY id",
	"INSERT INTO claim_state SELECT * FROM temp.rf_state WHERE claim_id IN (SELECT id FROM claims)",
	"WITH u AS (SELECT md FROM temp.rf_md)," ST_YEARS_FROM_U,
};

/* Whether anything of the stories differs from the copy: the symmetric
 * differences of claims, slots (the unit's fold aside: older rows get it
 * late), conflicts and corroborations (ids aside: they are numbered in
 * the order they are found) */
#define SLOT_COLS \
	"claim_id, ord, type, text, start, end, value, lo, hi, unit, gran, mod, event, subject," \
	" year_from, norm, story, subject_implied"
#define CONFLICT_COLS "story, kind, severity, rule, key, claim_a, claim_b, slot_a, slot_b, explanation"
#define AGREEMENT_COLS "story, rule, key, claim_a, claim_b"
static const char differs_sql[] =
	"SELECT EXISTS (SELECT * FROM claims WHERE source_id IN " IN_SRC
	"  EXCEPT SELECT * FROM temp.rf_claims)"
	" OR EXISTS (SELECT * FROM temp.rf_claims EXCEPT SELECT * FROM claims WHERE source_id IN " IN_SRC ")"
	" OR EXISTS (SELECT " SLOT_COLS " FROM slots WHERE claim_id IN " P_CLAIMS
	"  EXCEPT SELECT " SLOT_COLS " FROM temp.rf_slots)"
	" OR EXISTS (SELECT " SLOT_COLS " FROM temp.rf_slots"
	"  EXCEPT SELECT " SLOT_COLS " FROM slots WHERE claim_id IN " P_CLAIMS ")"
	" OR EXISTS (SELECT " CONFLICT_COLS " FROM conflicts WHERE story IN " P_STORIES
	"  EXCEPT SELECT " CONFLICT_COLS " FROM temp.rf_conflicts)"
	" OR EXISTS (SELECT " CONFLICT_COLS " FROM temp.rf_conflicts"
	"  EXCEPT SELECT " CONFLICT_COLS " FROM conflicts WHERE story IN " P_STORIES ")"
	" OR EXISTS (SELECT " AGREEMENT_COLS " FROM corroborations WHERE story IN " P_STORIES
	"  EXCEPT SELECT " AGREEMENT_COLS " FROM temp.rf_agreements)"
	" OR EXISTS (SELECT " AGREEMENT_COLS " FROM temp.rf_agreements"
	"  EXCEPT SELECT " AGREEMENT_COLS " FROM corroborations WHERE story IN " P_STORIES ")";

/* per refreshed source (?1) */
#define NEW_OF "(SELECT id FROM claims WHERE source_id = ?1)"
#define OLD_OF "(SELECT id FROM temp.rf_claims WHERE source_id = ?1)"
#define CLAIM_FIELDS \
	"id, sentence, start, end, subject, event, lemma, scope, speaker, negated, modality, score," \
	" subject_implied, actor"
static const char changed_sql[] =
	"SELECT count(*) FROM " OLD_OF " o WHERE o.id IN " NEW_OF " AND (o.id IN ("
	" SELECT id FROM (SELECT " CLAIM_FIELDS " FROM claims WHERE source_id = ?1"
	"  EXCEPT SELECT " CLAIM_FIELDS " FROM temp.rf_claims WHERE source_id = ?1)"
	" UNION SELECT claim_id FROM (SELECT " SLOT_COLS " FROM slots WHERE claim_id IN " NEW_OF
	"  EXCEPT SELECT " SLOT_COLS " FROM temp.rf_slots WHERE claim_id IN " OLD_OF ")"
	" UNION SELECT claim_id FROM (SELECT " SLOT_COLS " FROM temp.rf_slots WHERE claim_id IN " OLD_OF
	"  EXCEPT SELECT " SLOT_COLS " FROM slots WHERE claim_id IN " NEW_OF ")))";
static const char rekeyed_sql[] =
	"SELECT count(*) FROM claims c JOIN temp.rf_claims o ON o.source_id = ?1 AND o.id = c.id"
	" WHERE c.source_id = ?1 AND (o.key <> c.key OR o.ord <> c.ord)";
static const char conflicts_sql[] =
	"SELECT count(*) FROM conflicts WHERE claim_a IN " NEW_OF " OR claim_b IN " NEW_OF;
static const char conflicts_was_sql[] =
	"SELECT count(*) FROM temp.rf_conflicts WHERE claim_a IN " OLD_OF " OR claim_b IN " OLD_OF;
static const char agreements_sql[] =
	"SELECT count(*) FROM corroborations WHERE claim_a IN " NEW_OF " OR claim_b IN " NEW_OF;
static const char agreements_was_sql[] =
	"SELECT count(*) FROM temp.rf_agreements WHERE claim_a IN " OLD_OF " OR claim_b IN " OLD_OF;
static const char marks_differ_sql[] =
	"SELECT EXISTS (SELECT " CONFLICT_COLS " FROM conflicts WHERE claim_a IN " NEW_OF " OR claim_b IN " NEW_OF
	"  EXCEPT SELECT " CONFLICT_COLS " FROM temp.rf_conflicts WHERE claim_a IN " OLD_OF " OR claim_b IN " OLD_OF ")"
	" OR EXISTS (SELECT " CONFLICT_COLS " FROM temp.rf_conflicts WHERE claim_a IN " OLD_OF " OR claim_b IN " OLD_OF
	"  EXCEPT SELECT " CONFLICT_COLS " FROM conflicts WHERE claim_a IN " NEW_OF " OR claim_b IN " NEW_OF ")"
	" OR EXISTS (SELECT " AGREEMENT_COLS " FROM corroborations WHERE claim_a IN " NEW_OF " OR claim_b IN " NEW_OF
	"  EXCEPT SELECT " AGREEMENT_COLS " FROM temp.rf_agreements WHERE claim_a IN " OLD_OF " OR claim_b IN " OLD_OF ")"
	" OR EXISTS (SELECT " AGREEMENT_COLS " FROM temp.rf_agreements WHERE claim_a IN " OLD_OF " OR claim_b IN " OLD_OF
	"  EXCEPT SELECT " AGREEMENT_COLS " FROM corroborations WHERE claim_a IN " NEW_OF " OR claim_b IN " NEW_OF ")";


static size_t count_of(struct store *st, const char *sql, int64_t id, enum cc_status *rc,
		       struct cc_err *err)
{
	int64_t n = 0;
	if (*rc == CC_OK)
		*rc = st_run_id(st, sql, id, &n, "cannot compare the claims", err);
	return (size_t)n;
}

/* One source being refreshed, as the store holds it. */
struct target {
	int64_t id;
	char *story;
	struct store_source_in in; /* the caller's, with the stored story and date */
	int64_t *ids;              /* the new claims' ids: an old claim's, or a new one */
};

/* An old claim, for matching: its sentence's span, its slots' places. */
struct old_claim {
	int64_t id;
	size_t start, end;
	size_t entries;
	char *sig;   /* "type:start-end;" for every slot */
	char *first; /* the first slot's, or "" */
	char *text;  /* the sentence, when annotated */
	bool matched;
};

static char *sig_of(const struct store_slot *x, size_t n, bool first)
{
	struct buf b;
	buf_init(&b);
	for (size_t i = 0; i < n && (!first || i < 1); i++)
		buf_printf(&b, "%s:%zu-%zu;", x[i].type ? x[i].type : "", x[i].start, x[i].end);
	return b.data ? b.data : xstrdup("");
}

/* Reads the source's old claims in text order. */
static enum cc_status old_claims(struct store *st, int64_t id, struct old_claim **out, size_t *n,
				 struct cc_err *err)
{
	static const char claims_sql[] =
		"SELECT c.id, c.start, c.end, (SELECT count(*) FROM annotations a WHERE a.claim_id = c.id),"
		" substr(CAST(s.text AS BLOB), c.start + 1, c.end - c.start)"
		" FROM claims c JOIN sources s ON s.id = c.source_id WHERE c.source_id = ?1 ORDER BY c.ord";
	static const char slots_sql[] =
		"SELECT x.claim_id, x.type, x.start, x.end FROM claims c JOIN slots x ON x.claim_id = c.id"
		" WHERE c.source_id = ?1 ORDER BY c.ord, x.ord";
	*out = NULL;
	*n = 0;
	sqlite3_stmt *q = st_cached(st, claims_sql, err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, id);
	struct old_claim *v = NULL;
	size_t nv = 0, cap = 0;
	int r;
	while ((r = st_step(st, q)) == SQLITE_ROW) {
		v = xgrow(v, &cap, nv + 1, sizeof *v);
		struct old_claim *c = &v[nv++];
		memset(c, 0, sizeof *c);
		c->id = sqlite3_column_int64(q, 0);
		c->start = (size_t)sqlite3_column_int64(q, 1);
		c->end = (size_t)sqlite3_column_int64(q, 2);
		c->entries = (size_t)sqlite3_column_int64(q, 3);
		if (c->entries) {
			const void *t = sqlite3_column_blob(q, 4);
			size_t tl = (size_t)sqlite3_column_bytes(q, 4);
			c->text = xmalloc(tl + 1);
			if (tl)
				memcpy(c->text, t, tl);
			c->text[tl] = '\0';
		}
	}
	sqlite3_reset(q);
	enum cc_status rc = r == SQLITE_DONE ? CC_OK : st_error(st, err, "cannot read the claims");
	struct buf *sigs = xcalloc(nv ? nv : 1, sizeof *sigs);
	if (rc == CC_OK && !(q = st_cached(st, slots_sql, err)))
		rc = err->status;
	if (rc == CC_OK) {
		sqlite3_bind_int64(q, 1, id);
		size_t k = 0;
		while ((r = st_step(st, q)) == SQLITE_ROW) {
			int64_t cid = sqlite3_column_int64(q, 0);
			while (k < nv && v[k].id != cid)
				k++;
			if (k == nv)
				break;
			const char *type = (const char *)sqlite3_column_text(q, 1);
			if (!sigs[k].len)
				v[k].first = xasprintf("%s:%lld-%lld;", type ? type : "",
						       (long long)sqlite3_column_int64(q, 2),
						       (long long)sqlite3_column_int64(q, 3));
			buf_printf(&sigs[k], "%s:%lld-%lld;", type ? type : "",
				   (long long)sqlite3_column_int64(q, 2), (long long)sqlite3_column_int64(q, 3));
		}
		sqlite3_reset(q);
		if (r != SQLITE_DONE && r != SQLITE_ROW)
			rc = st_error(st, err, "cannot read the claims' slots");
	}
	for (size_t k = 0; k < nv; k++) {
		v[k].sig = sigs[k].data ? sigs[k].data : xstrdup("");
		if (!v[k].first)
			v[k].first = xstrdup("");
	}
	free(sigs);
	*out = v;
	*n = nv;
	return rc;
}

static void old_claims_free(struct old_claim *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].sig);
		free(v[i].first);
		free(v[i].text);
	}
	free(v);
}

/* Matches the new claims to the old ones: in the same sentence (its span),
 * first those whose slots are all at the same places, then those whose
 * first slot is; each old claim once, in text order. Fills t->ids (0 for
 * a claim without a match) and the counts of r. */
static void match(struct target *t, struct old_claim *old, size_t nold, struct store_refresh *r)
{
	const struct store_source_in *in = &t->in;
	t->ids = xcalloc(in->nclaims + 1, sizeof *t->ids);
	char **sig = xcalloc(in->nclaims + 1, sizeof *sig), **first = xcalloc(in->nclaims + 1, sizeof *first);
	for (size_t k = 0; k < in->nclaims; k++) {
		sig[k] = sig_of(in->claims[k].slots, in->claims[k].nslots, false);
		first[k] = sig_of(in->claims[k].slots, in->claims[k].nslots, true);
	}
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < nold; i++) {
			if (old[i].matched || (pass == 1 && !*old[i].first))
				continue;
			for (size_t k = 0; k < in->nclaims; k++) {
				const struct store_claim_in *c = &in->claims[k];
				if (t->ids[k] || c->start != old[i].start || c->end != old[i].end)
					continue;
				if (strcmp(pass ? first[k] : sig[k], pass ? old[i].first : old[i].sig) != 0)
					continue;
				t->ids[k] = old[i].id;
				old[i].matched = true;
				break;
			}
		}
	r->claims_was = nold;
	r->claims = in->nclaims;
	r->added = r->gone = r->kept = r->lost_entries = 0;
	for (size_t k = 0; k < in->nclaims; k++) {
		r->added += !t->ids[k];
		free(sig[k]);
		free(first[k]);
	}
	free(sig);
	free(first);
	for (size_t i = 0; i < nold; i++) {
		r->gone += !old[i].matched;
		if (!old[i].entries)
			continue;
		if (old[i].matched) {
			r->kept++;
			continue;
		}
		r->lost = xrealloc(r->lost, (r->nlost + 1) * sizeof *r->lost);
		r->lost[r->nlost++] = (struct store_refresh_lost){old[i].id, old[i].text, old[i].entries};
		old[i].text = NULL;
		r->lost_entries += old[i].entries;
	}
}

/* Looks the source up and checks that the caller extracted its text. */
static enum cc_status target_of(struct store *st, struct store_refresh *r, struct target *t,
				struct cc_err *err)
{
	static const char sql[] =
		"SELECT id, story, pub_date, content_hash, length(CAST(text AS BLOB)), text = ?2,"
		" date_origin, pub_date IS ?3 AND date_origin IS ?4, title IS ?5, outlet IS ?6"
		" FROM sources WHERE name = ?1";
	sqlite3_stmt *q = st_cached(st, sql, err);
	if (!q)
		return err->status;
	sqlite3_bind_text(q, 1, r->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 2, r->in->text, (int)r->in->len, SQLITE_STATIC);
	sqlite3_bind_text(q, 3, r->in->date, -1, SQLITE_STATIC); /* NULL binds NULL */
	sqlite3_bind_text(q, 4, r->in->date ? r->in->date_origin : NULL, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 5, r->in->title, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 6, r->in->outlet, -1, SQLITE_STATIC);
	int s = st_step(st, q);
	enum cc_status rc = CC_OK;
	if (s == SQLITE_DONE)
		rc = cc_err_set(err, CC_ERR_INPUT, "%s: no such source in %s ('crosscheck list' shows them)",
				r->name, st->path);
	else if (s != SQLITE_ROW)
		rc = st_error(st, err, "cannot look up the source");
	else if (!r->in->hash || strcmp((const char *)sqlite3_column_text(q, 3), r->in->hash) != 0 ||
		 (size_t)sqlite3_column_int64(q, 4) != r->in->len || !sqlite3_column_int(q, 5))
		rc = cc_err_set(err, CC_ERR_INPUT,
				"%s: its stored text reads differently with this version of crosscheck; "
				"remove it and add its file again", r->name);
	else {
		t->id = sqlite3_column_int64(q, 0);
		t->story = xstrdup((const char *)sqlite3_column_text(q, 1));
		const unsigned char *d = sqlite3_column_text(q, 2), *o = sqlite3_column_text(q, 6);
		r->date_changed = !sqlite3_column_int(q, 7);
		r->title_changed = !sqlite3_column_int(q, 8);
		r->outlet_changed = !sqlite3_column_int(q, 9);
		r->date_was = d ? xstrdup((const char *)d) : NULL;
		r->origin_was = d && o ? xstrdup((const char *)o) : NULL;
		t->in = *r->in;
		t->in.name = r->name;
		t->in.story = t->story;
		t->in.date_origin = t->in.date ? t->in.date_origin : NULL;
		t->in.judge = NULL;
	}
	sqlite3_reset(q);
	return rc;
}

/* The date, its origin, the title and the outlet the caller found again. */
static enum cc_status put_metadata(struct store *st, const struct target *t, struct cc_err *err)
{
	static const char sql[] =
		"UPDATE sources SET pub_date = ?2, date_origin = ?3, title = ?4, outlet = ?5 WHERE id = ?1";
	sqlite3_stmt *q = st_cached(st, sql, err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, t->id);
	sqlite3_bind_text(q, 2, t->in.date, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 3, t->in.date_origin, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 4, t->in.title, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 5, t->in.outlet, -1, SQLITE_STATIC);
	enum cc_status rc = st_step(st, q) == SQLITE_DONE ? CC_OK
							   : st_error(st, err, "cannot write the source's date and title");
	sqlite3_reset(q);
	return rc;
}

/* Whether the source's sentences are cut as in->sents. */
static enum cc_status same_sentences(struct store *st, const struct target *t, bool *same,
				     struct cc_err *err)
{
	struct store_sentence *s = NULL;
	size_t n = 0;
	enum cc_status rc = store_sentences_get(st, t->id, &s, &n, err);
	*same = rc == CC_OK && n == t->in.nsents;
	for (size_t i = 0; *same && i < n; i++) {
		const struct store_sentence_in *x = &t->in.sents[i];
		*same = s[i].start == x->start && s[i].end == x->end && s[i].paragraph == x->paragraph &&
			s[i].boilerplate == x->boilerplate;
	}
	free(s);
	return rc;
}

static enum cc_status put_sentences(struct store *st, const struct target *t, struct cc_err *err)
{
	static const char ins_sql[] =
		"INSERT INTO sentences (source_id, idx, paragraph, start, end, boilerplate)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
	enum cc_status rc;
	if ((rc = st_run_id(st, ST_FTS_DELETE_SQL, t->id, NULL, "cannot take the sentences out of the index", err)) ||
	    (rc = st_run_id(st, "DELETE FROM sentences WHERE source_id = ?1", t->id, NULL,
		      "cannot replace the sentences", err)))
		return rc;
	sqlite3_stmt *q = st_cached(st, ins_sql, err);
	if (!q)
		return err->status;
	for (size_t i = 0; i < t->in.nsents && rc == CC_OK; i++) {
		const struct store_sentence_in *x = &t->in.sents[i];
		sqlite3_bind_int64(q, 1, t->id);
		sqlite3_bind_int64(q, 2, (sqlite3_int64)i);
		sqlite3_bind_int64(q, 3, (sqlite3_int64)x->paragraph);
		sqlite3_bind_int64(q, 4, (sqlite3_int64)x->start);
		sqlite3_bind_int64(q, 5, (sqlite3_int64)x->end);
		sqlite3_bind_int(q, 6, x->boilerplate ? 1 : 0);
		if (st_step(st, q) != SQLITE_DONE)
			rc = st_error(st, err, "cannot replace the sentences");
		sqlite3_reset(q);
	}
	return rc == CC_OK ? st_index_sentences(st, t->id, &t->in, err) : rc;
}

/* The sources of the stories (rf_src), in the order they were added, each
 * put back and marked as store_source_add does. */
static enum cc_status replay(struct store *st, struct target *t, size_t n,
			     const struct store_judge *j, struct cc_err *err)
{
	sqlite3_stmt *q = st_prepare(st, "SELECT id, refreshed FROM temp.rf_src ORDER BY id", err);
	if (!q)
		return err->status;
	int64_t *ids = NULL;
	size_t nids = 0, cap = 0;
	int r;
	while ((r = st_step(st, q)) == SQLITE_ROW) {
		ids = xgrow(ids, &cap, nids + 1, sizeof *ids);
		ids[nids++] = sqlite3_column_int64(q, 0);
	}
	enum cc_status rc = r == SQLITE_DONE ? CC_OK : st_error(st, err, "cannot read the sources");
	sqlite3_finalize(q);
	for (size_t i = 0; i < nids && rc == CC_OK; i++) {
		const struct target *mine = NULL;
		for (size_t k = 0; k < n && !mine; k++)
			if (t[k].id == ids[i])
				mine = &t[k];
		if (mine)
			rc = st_insert_claims(st, ids[i], &mine->in, mine->ids, err);
		else if ((rc = st_run_id(st, put_claims_sql, ids[i], NULL, "cannot put the claims back", err)) == CC_OK)
			rc = st_run_id(st, put_slots_sql, ids[i], NULL, "cannot put the claims back", err);
		bool years = false;
		if (rc == CC_OK)
			rc = st_resolve_years(st, ids[i], mine ? &mine->in : NULL, &years, err);
		if (rc == CC_OK && j)
			rc = st_mark_source(st, ids[i], mine && !years ? &mine->in : NULL, j, err);
	}
	free(ids);
	return rc;
}

static enum cc_status refresh(struct store *st, struct store_refresh *v, struct target *t, size_t n,
			      const struct store_judge *j, bool *differs, struct cc_err *err)
{
	enum cc_status rc = CC_OK;
	for (size_t i = 0; i < CC_ARRAY_LEN(clear_sql) && rc == CC_OK; i++)
		rc = st_run_id(st, clear_sql[i], 0, NULL, "cannot refresh", err);
	bool lost = false;
	int64_t next = 0;
	if (rc == CC_OK)
		rc = st_run_id(st, ST_NEXT_CLAIM_ID_SQL, 0, &next, "cannot refresh", err);
	for (size_t i = 0; i < n && rc == CC_OK; i++) {
		rc = target_of(st, &v[i], &t[i], err);
		struct old_claim *old = NULL;
		size_t nold = 0;
		if (rc == CC_OK)
			rc = old_claims(st, t[i].id, &old, &nold, err);
		if (rc == CC_OK) {
			match(&t[i], old, nold, &v[i]);
			lost |= v[i].lost_entries > v[i].entries_saved;
			/* new claims are numbered after every claim there is:
			 * an id once given never names another claim here */
			for (size_t k = 0; k < t[i].in.nclaims; k++)
				if (!t[i].ids[k])
					t[i].ids[k] = next++;
		}
		old_claims_free(old, nold);
		if (rc == CC_OK)
			rc = st_run_id(st, "INSERT INTO temp.rf_src (id, refreshed) VALUES (?1, 1)", t[i].id, NULL,
				 "cannot refresh", err);
	}
	if (rc != CC_OK)
		/* refused for another reason: no source is refused for its
		 * claims (the caller tells the two apart by lost_entries) */
		for (size_t i = 0; i < n; i++)
			v[i].lost_entries = 0;
	if (rc == CC_OK && lost)
		return cc_err_set(err, CC_ERR_INPUT, "annotated claims have no match in the new extraction");
	if (rc == CC_OK)
		rc = st_run_id(st, others_sql, 0, NULL, "cannot refresh", err);
	for (size_t i = 0; i < CC_ARRAY_LEN(snapshot_sql) && rc == CC_OK; i++)
		rc = st_run_id(st, snapshot_sql[i], 0, NULL, "cannot refresh", err);
	st_claim_cache_clear(st);
	if (rc == CC_OK)
		rc = replay(st, t, n, j, err);
	if (rc == CC_OK)
		rc = st_resolve_months(st, 0, NULL, err);
	for (size_t i = 0; i < CC_ARRAY_LEN(restore_sql) && rc == CC_OK; i++)
		rc = st_run_id(st, restore_sql[i], 0, NULL, "cannot put the annotations back", err);
	int64_t d = 0;
	if (rc == CC_OK)
		rc = st_run_id(st, differs_sql, 0, &d, "cannot compare the claims", err);
	*differs = d != 0;
	for (size_t i = 0; i < n && rc == CC_OK; i++) {
		if (!v[i].date_changed && !v[i].title_changed && !v[i].outlet_changed)
			continue;
		*differs = true;
		rc = put_metadata(st, &t[i], err);
	}
	/* last: FTS5 writes its pending terms at a statement that needs a
	 * savepoint after it (store_source_add does the same) */
	for (size_t i = 0; i < n && rc == CC_OK; i++) {
		bool same = true;
		rc = same_sentences(st, &t[i], &same, err);
		v[i].sentences_changed = !same;
		*differs |= !same;
		if (rc == CC_OK && !same)
			rc = put_sentences(st, &t[i], err);
	}
	for (size_t i = 0; i < n && rc == CC_OK; i++) {
		struct store_refresh *r = &v[i];
		int64_t id = t[i].id;
		r->changed = count_of(st, changed_sql, id, &rc, err);
		size_t rekeyed = count_of(st, rekeyed_sql, id, &rc, err);
		r->conflicts = count_of(st, conflicts_sql, id, &rc, err);
		r->conflicts_was = count_of(st, conflicts_was_sql, id, &rc, err);
		r->agreements = count_of(st, agreements_sql, id, &rc, err);
		r->agreements_was = count_of(st, agreements_was_sql, id, &rc, err);
		size_t marks = count_of(st, marks_differ_sql, id, &rc, err);
		r->unchanged = !r->added && !r->gone && !r->changed && !rekeyed && !marks &&
			       !r->sentences_changed && !r->date_changed && !r->title_changed &&
			       !r->outlet_changed;
	}
	st_claim_cache_clear(st);
	return rc;
}

enum cc_status store_sources_refresh(struct store *st, struct store_refresh *v, size_t n,
				     const struct store_judge *j, bool dry_run,
				     struct cc_err *err)
{
	for (size_t i = 0; i < CC_ARRAY_LEN(create_sql); i++)
		if (st_exec(st, create_sql[i]) != SQLITE_OK)
			return st_error(st, err, "cannot refresh");
	/* a second run (after --force saved the first one's lost claims)
	 * lists them again: the first list goes, with its texts */
	store_refresh_free(v, n);
	enum cc_status rc = st_begin(st, err);
	if (rc != CC_OK)
		return rc;
	struct target *t = xcalloc(n ? n : 1, sizeof *t);
	bool differs = false;
	rc = refresh(st, v, t, n, j, &differs, err);
	for (size_t i = 0; i < n; i++) {
		free(t[i].story);
		free(t[i].ids);
	}
	free(t);
	if (rc != CC_OK || dry_run || !differs) {
		st_rollback(st);
		st_claim_cache_clear(st);
		return rc;
	}
	rc = st_commit(st, err);
	st_claim_cache_clear(st);
	return rc;
}

void store_refresh_free(struct store_refresh *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < v[i].nlost; k++)
			free(v[i].lost[k].text);
		free(v[i].lost);
		v[i].lost = NULL;
		v[i].nlost = 0;
		free(v[i].date_was);
		free(v[i].origin_was);
		v[i].date_was = v[i].origin_was = NULL;
	}
}
