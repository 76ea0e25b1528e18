/* annotations: review sessions, the append-only annotation log and each
 * claim's current state merged from it.
 *
 * Owns: sessions, "set" entries, undo/redo as entries of their own (so that
 * history and audit come from the log and undo works after a restart), and
 * claim_state, recomputed by the rule in ST_MERGE (internal.h) in the
 * transaction of every append; each reviewer's own latest state, which a
 * new entry starts from (never the merged state, which holds others'
 * work). An entry's verdict, note and tags are always its reviewer's own:
 * what an undo or redo does to the claim beyond that is its effect
 * (ST_EFFECT_*). Every entry is committed before the call returns; an
 * entry that would change nothing (equal to its reviewer's own latest) is
 * not written, so undo never takes back a no-op. Must not: print, decide
 * what the UI shows, or change an entry once written.
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
	free(a->claim_verdict);
	free(a->claim_note);
	free(a->took_over);
	free(a->dropped);
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

#define ANN_COLUMNS \
	"id, claim_id, session_id, target, reviewer, at, action, verdict, note, tags, effect," \
	" claim_verdict, claim_note"

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
	a->effect = sqlite3_column_int(q, 10);
	a->claim_verdict = col(q, 11);
	a->claim_note = col(q, 12);
	a->took_over = NULL;
	a->dropped = NULL;
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

/* A state: verdict, note (NULL: none) and tags (sorted, comma-separated). */
struct state {
	char *verdict, *note, *tags;
};

static void state_free(struct state *s)
{
	free(s->verdict);
	free(s->note);
	free(s->tags);
	memset(s, 0, sizeof *s);
}

static char *with_tag(const char *tags, const char *tag, size_t n, bool add);

/* What an undo or redo entry does to the claim where that is not what the
 * rule reads from its reviewer's own state (ST_EFFECT_*; 0: nothing
 * special), and the values it restores. */
struct effect {
	int bits;
	const char *verdict, *note;
};

/* Appends one entry inside the caller's transaction; `fx` NULL: an
 * ordinary entry. Dated now, or a millisecond after the reviewer's latest
 * entry on the claim when that is not earlier (two entries of one
 * transaction, a clock set back): the log's order (ST_ORDER) is then the
 * order the reviewer wrote them in, in every store. */
static enum cc_status append(struct store *st, int64_t claim_id, int64_t session_id,
			     const char *reviewer, const char *action, const char *verdict,
			     const char *note, const char *tags, int64_t target,
			     const struct effect *fx, int64_t *id_out, struct cc_err *err)
{
	sqlite3_stmt *q = st_prepare(st,
				     "INSERT INTO annotations (claim_id, session_id, reviewer, at, action,"
				     " verdict, note, tags, target, effect, claim_verdict, claim_note)"
				     " VALUES (?1, ?2, ?3, (SELECT max(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),"
				     "  coalesce(strftime('%Y-%m-%dT%H:%M:%fZ', max(at), '+0.001 seconds'), ''))"
				     "  FROM annotations WHERE claim_id = ?1 AND reviewer = ?3),"
				     " ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
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
	sqlite3_bind_int(q, 9, fx ? fx->bits : 0);
	st_bind_text(q, 10, fx && (fx->bits & ST_EFFECT_VERDICT_SET) ? fx->verdict : NULL);
	st_bind_text(q, 11, fx && (fx->bits & ST_EFFECT_NOTE_SET) ? fx->note : NULL);
	enum cc_status rc = CC_OK;
	if (st_step(st, q) != SQLITE_DONE)
		rc = st_error(st, err, "cannot save the annotation");
	else if (id_out)
		*id_out = sqlite3_last_insert_rowid(st->db);
	sqlite3_finalize(q);
	if (rc == CC_OK)
		rc = st_claim_state_update(st, claim_id, err);
	return rc;
}

enum cc_status st_claim_state_update(struct store *st, int64_t claim_id, struct cc_err *err)
{
	/* DO UPDATE reads the old row: was_judged is the verdict before this write */
	sqlite3_stmt *q = st_cached(st, ST_MERGE("claim_id = ?1")
		" INSERT INTO claim_state (claim_id, verdict, note, tags, disputed, verdict_id, was_judged)"
		" SELECT claim_id, verdict, note, tags, disputed, verdict_id, 0 FROM merged WHERE true"
		" ON CONFLICT (claim_id) DO UPDATE SET was_judged = claim_state.verdict IS NOT NULL,"
		" verdict = excluded.verdict, note = excluded.note, tags = excluded.tags,"
		" disputed = excluded.disputed, verdict_id = excluded.verdict_id", err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, claim_id);
	enum cc_status rc = CC_OK;
	if (st_step(st, q) != SQLITE_DONE)
		rc = st_error(st, err, "cannot update the claim's current state");
	sqlite3_reset(q);
	return rc;
}

/* The entry written before one that changes tags in `list`
 * (comma-separated), so that the merge rule, which reads a tag as added
 * or removed only against the reviewer's own previous entry, reads the
 * change as asked; nothing the claim shows changes by it. give: before
 * an --untag, the tags of the list the claim shows (another reviewer's)
 * and the reviewer's own state lacks are added to it; !give: before a
 * --tag, the tags of the list the reviewer's own state holds and the
 * claim does not show (another reviewer removed them later) are dropped
 * from it. *wrote tells whether the entry was written. Inside the
 * caller's transaction. */
static enum cc_status align_own_tags(struct store *st, int64_t claim_id, int64_t session_id,
				     const char *reviewer, const char *list, bool give, bool *wrote,
				     struct cc_err *err)
{
	struct store_annotation own, cur;
	bool found = false, shown = false;
	*wrote = false;
	enum cc_status rc = store_annotation_own(st, claim_id, reviewer, &own, &found, err);
	if (rc == CC_OK)
		rc = store_annotation_current(st, claim_id, &cur, &shown, err);
	struct state u = {
		.verdict = found && own.verdict ? xstrdup(own.verdict) : NULL,
		.note = found && own.note ? xstrdup(own.note) : NULL,
		.tags = xstrdup(found ? own.tags : ""),
	};
	bool change = false;
	for (const char *p = rc == CC_OK ? list : ""; *p;) {
		const char *e = strchr(p, ',');
		size_t l = e ? (size_t)(e - p) : strlen(p);
		if (l && (shown && tag_list_has(cur.tags, p, l)) == give &&
		    tag_list_has(u.tags, p, l) != give) {
			char *t = with_tag(u.tags, p, l, give);
			free(u.tags);
			u.tags = t;
			change = true;
		}
		p += l + (e ? 1 : 0);
	}
	if (change) {
		rc = append(st, claim_id, session_id, reviewer, "set", u.verdict, u.note, u.tags, 0, NULL,
			    NULL, err);
		*wrote = rc == CC_OK;
	}
	state_free(&u);
	if (found)
		store_annotation_free(&own);
	if (shown)
		store_annotation_free(&cur);
	return rc;
}

/* True when an entry of this state would change nothing: it equals the
 * reviewer's own latest entry (the merge rule compares it with that one
 * alone), or, for their first, it sets nothing. */
static bool annotate_noop(const struct store_annotation *own, bool found, const char *verdict,
			  const char *note, const char *tags)
{
	return str_same(found ? own->verdict : NULL, verdict) && str_same(found ? own->note : NULL, note) &&
	       strcmp(found ? own->tags : "", tags ? tags : "") == 0;
}

/* The effect that makes a restated field hold on the claim: the reviewer
 * gives (restate) a verdict or a note equal to their own latest, which the
 * rule reads as no change, while the claim shows another value (another
 * reviewer's newer change): the entry sets the claim's field to it. A
 * verdict of none and a cleared note are not restated: with nothing of
 * the reviewer's own to clear they clear nothing (README "annotate"). */
static void restate_effect(const struct store_annotation *own, bool found,
			   const struct store_annotation *cur, bool shown, unsigned restate,
			   const char *verdict, const char *note, struct effect *fx)
{
	memset(fx, 0, sizeof *fx);
	if ((restate & STORE_RESTATE_VERDICT) && verdict && found && str_same(own->verdict, verdict) &&
	    !(shown && str_same(cur->verdict, verdict))) {
		fx->bits |= ST_EFFECT_VERDICT_SET;
		fx->verdict = verdict;
	}
	if ((restate & STORE_RESTATE_NOTE) && note && found && str_same(own->note, note) &&
	    !(shown && str_same(cur->note, note))) {
		fx->bits |= ST_EFFECT_NOTE_SET;
		fx->note = note;
	}
}

enum cc_status store_annotate_removing(struct store *st, int64_t claim_id, int64_t session_id,
				       const char *reviewer, const char *verdict, const char *note,
				       const char *tags, const char *removed, int64_t *id_out,
				       struct cc_err *err)
{
	return store_annotate_restating(st, claim_id, session_id, reviewer, verdict, note, tags,
					removed, NULL, 0, id_out, err);
}

enum cc_status store_annotate_restating(struct store *st, int64_t claim_id, int64_t session_id,
					const char *reviewer, const char *verdict, const char *note,
					const char *tags, const char *removed, const char *added,
					unsigned restate, int64_t *id_out, struct cc_err *err)
{
	if (id_out)
		*id_out = 0;
	if (verdict && !store_verdict_valid(verdict))
		return cc_err_set(err, CC_ERR_INPUT,
				  "'%s' is not a verdict (true, false, misleading, unverifiable)", verdict);
	enum cc_status rc = st_begin(st, err);
	if (rc != CC_OK)
		return rc;
	rc = store_claim_check(st, claim_id, err);
	bool adopted = false;
	if (rc == CC_OK && removed && *removed)
		rc = align_own_tags(st, claim_id, session_id, reviewer, removed, true, &adopted, err);
	bool dropped = false;
	if (rc == CC_OK && added && *added)
		rc = align_own_tags(st, claim_id, session_id, reviewer, added, false, &dropped, err);
	/* read in the transaction, so that no other writer comes between the
	 * comparison and the append */
	bool noop = false;
	struct effect fx = {0};
	if (rc == CC_OK) {
		struct store_annotation own, cur;
		bool found = false, shown = false;
		rc = store_annotation_own(st, claim_id, reviewer, &own, &found, err);
		if (rc == CC_OK && restate)
			rc = store_annotation_current(st, claim_id, &cur, &shown, err);
		if (rc == CC_OK) {
			/* a restated field is compared with what the claim
			 * shows, not only with the reviewer's own latest */
			restate_effect(&own, found, &cur, shown, restate, verdict, note, &fx);
			noop = !adopted && !dropped && !fx.bits && annotate_noop(&own, found, verdict, note, tags);
		}
		if (found)
			store_annotation_free(&own);
		if (shown)
			store_annotation_free(&cur);
	}
	if (rc == CC_OK && !noop)
		rc = append(st, claim_id, session_id, reviewer, "set", verdict, note, tags, 0,
			    fx.bits ? &fx : NULL, id_out, err);
	if (rc != CC_OK) {
		st_rollback(st);
		return rc;
	}
	return st_commit(st, err);
}

enum cc_status store_annotate(struct store *st, int64_t claim_id, int64_t session_id,
			      const char *reviewer, const char *verdict, const char *note,
			      const char *tags, int64_t *id_out, struct cc_err *err)
{
	return store_annotate_removing(st, claim_id, session_id, reviewer, verdict, note, tags, NULL,
				       id_out, err);
}

enum cc_status store_annotation_current(struct store *st, int64_t claim_id,
					struct store_annotation *out, bool *found,
					struct cc_err *err)
{
	memset(out, 0, sizeof *out);
	*found = false;
	/* the merged state; who and when: the entry that gave the verdict, or
	 * without a verdict the newest entry by time (cached: `claims` asks
	 * once a claim) */
	sqlite3_stmt *q = st_cached(st,
		"SELECT a.id, s.claim_id, a.session_id, a.target, a.reviewer, a.at, a.action,"
		" s.verdict, s.note, s.tags FROM claim_state s JOIN annotations a ON a.id = coalesce("
		"  s.verdict_id,"
		"  (SELECT id FROM annotations WHERE claim_id = ?1 ORDER BY " ST_ORDER_DESC " LIMIT 1))"
		" WHERE s.claim_id = ?1", err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, claim_id);
	int r = st_step(st, q);
	enum cc_status rc = CC_OK;
	if (r == SQLITE_ROW) {
		read_ann(q, out);
		*found = true;
	} else if (r != SQLITE_DONE) {
		rc = st_error(st, err, "cannot read the annotations");
	}
	sqlite3_reset(q);
	return rc;
}

enum cc_status store_annotation_own(struct store *st, int64_t claim_id, const char *reviewer,
				    struct store_annotation *out, bool *found, struct cc_err *err)
{
	memset(out, 0, sizeof *out);
	*found = false;
	/* by time, as the merge reads the log: the state this reviewer's next
	 * entry is compared with */
	sqlite3_stmt *q = st_prepare(st,
				     "SELECT " ANN_COLUMNS " FROM annotations WHERE claim_id = ?1 AND reviewer = ?2"
				     " ORDER BY " ST_ORDER_DESC " LIMIT 1", err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, claim_id);
	st_bind_text(q, 2, reviewer);
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

static void tag_set_add_diff(char **set, const char *a, const char *b);

/* The tags of `a` that `b` lacks (comma-separated, sorted), or NULL. */
static char *tags_minus(const char *a, const char *b)
{
	char *out = xstrdup("");
	tag_set_add_diff(&out, a, b);
	if (!*out) {
		free(out);
		out = NULL;
	}
	return out;
}

/* Whether every tag of `a` is in `b`. */
static bool tags_within(const char *a, const char *b)
{
	char *m = tags_minus(a, b);
	bool within = m == NULL;
	free(m);
	return within;
}

/* Marks the entries (h, in the rule's order) written only to take over
 * tags another reviewer gave so that the reviewer's next entry removes
 * them (align_own_tags giving): same verdict and note as
 * the reviewer's previous entry, no effect, only tags added, each shown on
 * the claim before it, and all of them gone in the reviewer's next entry.
 * Likewise `dropped`: the entries written only to drop tags the claim did
 * not show so that the next entry gives them again (align_own_tags
 * dropping). Tags
 * are followed as the rule reads them. */
static void mark_taken_over(struct store_annotation *h, size_t n)
{
	char *shown = xstrdup("");
	for (size_t i = 0; i < n; i++) {
		const struct store_annotation *p = NULL, *next = NULL;
		for (size_t k = i; k-- > 0;)
			if (strcmp(h[k].reviewer, h[i].reviewer) == 0) {
				p = &h[k];
				break;
			}
		for (size_t k = i + 1; k < n && !next; k++)
			if (strcmp(h[k].reviewer, h[i].reviewer) == 0)
				next = &h[k];
		const char *pt = p ? p->tags : "";
		char *added = tags_minus(h[i].tags, pt), *removed = tags_minus(pt, h[i].tags);
		bool plain = !h[i].effect && next && str_same(h[i].verdict, p ? p->verdict : NULL) &&
			     str_same(h[i].note, p ? p->note : NULL);
		if (added && !removed && plain && tags_within(added, shown)) {
			char *kept = tags_minus(added, next->tags);
			if (kept && strcmp(kept, added) == 0) {
				h[i].took_over = added;
				added = NULL;
			}
			free(kept);
		}
		/* the mirror (align_own_tags dropping): only tags removed, none of them
		 * shown before it, all given again by the next entry */
		if (removed && !added && plain) {
			char *hidden = tags_minus(removed, shown), *back = tags_minus(removed, next->tags);
			if (hidden && strcmp(hidden, removed) == 0 && !back) {
				h[i].dropped = removed;
				removed = NULL;
			}
			free(hidden);
			free(back);
		}
		/* the rule: a tag added or removed against the reviewer's
		 * previous entry is shown or not from here */
		for (int add = 0; add < 2; add++) {
			char *d = add ? tags_minus(h[i].tags, pt) : tags_minus(pt, h[i].tags);
			for (const char *q = d ? d : ""; *q;) {
				const char *e = strchr(q, ',');
				size_t l = e ? (size_t)(e - q) : strlen(q);
				char *t = with_tag(shown, q, l, add);
				free(shown);
				shown = t;
				q += l + (e ? 1 : 0);
			}
			free(d);
		}
		free(added);
		free(removed);
	}
	free(shown);
}

enum cc_status store_annotation_history(struct store *st, int64_t claim_id,
					struct store_annotation **out, size_t *n,
					struct cc_err *err)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *q = st_prepare(st,
				     "SELECT " ANN_COLUMNS " FROM annotations WHERE claim_id = ?1 ORDER BY " ST_ORDER,
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
	mark_taken_over(*out, *n);
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

/* Reads (verdict, note, tags) from the first row of q, or the empty state. */
static enum cc_status state_read(struct store *st, sqlite3_stmt *q, struct state *out,
				 struct cc_err *err)
{
	memset(out, 0, sizeof *out);
	int r = st_step(st, q);
	if (r == SQLITE_ROW) {
		out->verdict = col(q, 0);
		out->note = col(q, 1);
		out->tags = col(q, 2);
	}
	sqlite3_finalize(q);
	if (!out->tags)
		out->tags = xstrdup("");
	if (r != SQLITE_ROW && r != SQLITE_DONE)
		return st_error(st, err, "cannot read the annotations");
	return CC_OK;
}


/* tags with `tag` (n bytes) added or removed, still sorted (byte order). */
static char *with_tag(const char *tags, const char *tag, size_t n, bool add)
{
	struct buf b;
	buf_init(&b);
	bool placed = !add;
	for (const char *p = tags; *p;) {
		const char *e = strchr(p, ',');
		size_t l = e ? (size_t)(e - p) : strlen(p);
		int c = memcmp(p, tag, l < n ? l : n);
		if (c == 0)
			c = l < n ? -1 : l > n ? 1 : 0;
		if (!placed && c > 0) {
			if (b.len)
				buf_addc(&b, ',');
			buf_add(&b, tag, n);
			placed = true;
		}
		if (c != 0) {
			if (b.len)
				buf_addc(&b, ',');
			buf_add(&b, p, l);
		}
		p += l + (e ? 1 : 0);
	}
	if (!placed) {
		if (b.len)
			buf_addc(&b, ',');
		buf_add(&b, tag, n);
	}
	return buf_steal(&b);
}

/* Adds (add) or removes each tag of `from` that is not in `minus` nor in
 * `skip` to or from u's tags; with keep_in, only the tags that keep_in has
 * (add) or lacks (remove). */
static void tags_diff(const char *from, const char *minus, const char *skip, struct state *u,
		      const char *keep_in, bool add)
{
	for (const char *p = from; *p;) {
		const char *e = strchr(p, ',');
		size_t l = e ? (size_t)(e - p) : strlen(p);
		if (!tag_list_has(minus, p, l) && !tag_list_has(skip, p, l) &&
		    (!keep_in || tag_list_has(keep_in, p, l) == add)) {
			char *t = with_tag(u->tags, p, l, add);
			free(u->tags);
			u->tags = t;
		}
		p += l + (e ? 1 : 0);
	}
}

/* What reviewers other than `reviewer` changed on the claim after entry
 * `after` (by the merge rule's order and its notion of a change): the
 * verdict, the note, and which tags (comma-separated, sorted). */
struct changed_since {
	bool verdict, note;
	char *tags;
};

static void tag_set_add_diff(char **set, const char *a, const char *b)
{
	/* every tag in a and not in b */
	for (const char *p = a; *p;) {
		const char *e = strchr(p, ',');
		size_t l = e ? (size_t)(e - p) : strlen(p);
		if (!tag_list_has(b, p, l) && !tag_list_has(*set, p, l)) {
			char *t = with_tag(*set, p, l, true);
			free(*set);
			*set = t;
		}
		p += l + (e ? 1 : 0);
	}
}

static enum cc_status others_since(struct store *st, int64_t claim, const char *reviewer,
				   int64_t after, struct changed_since *out, struct cc_err *err)
{
	memset(out, 0, sizeof *out);
	out->tags = xstrdup("");
	sqlite3_stmt *q = st_prepare(st, ST_MERGE("claim_id = ?1")
		" SELECT s.dv, s.dn, s.tags, s.pt FROM step s JOIN annotations a ON a.id = s.id"
		" WHERE a.reviewer <> ?2 AND (a.at, a.reviewer, a.ck, a.id) >"
		"  (SELECT at, reviewer, ck, id FROM annotations WHERE id = ?3)", err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, claim);
	st_bind_text(q, 2, reviewer);
	sqlite3_bind_int64(q, 3, after);
	int r;
	while ((r = st_step(st, q)) == SQLITE_ROW) {
		out->verdict |= sqlite3_column_int(q, 0) != 0;
		out->note |= sqlite3_column_int(q, 1) != 0;
		const char *now = (const char *)sqlite3_column_text(q, 2);
		const char *was = (const char *)sqlite3_column_text(q, 3);
		now = now ? now : "";
		was = was ? was : "";
		tag_set_add_diff(&out->tags, now, was);
		tag_set_add_diff(&out->tags, was, now);
	}
	sqlite3_finalize(q);
	if (r != SQLITE_DONE) {
		free(out->tags);
		out->tags = NULL;
		return st_error(st, err, "cannot read the annotation log");
	}
	return CC_OK;
}

/* One field (the verdict or the note) of an undo or redo of x.
 * own_changed: x changed the reviewer's own value (against their state
 * before x); x changed the claim's field when its effect set it, or when
 * it changed the own value without keeping the claim's. The reviewer's
 * value (*cur, their latest as read) becomes `own` when x changed it. The
 * claim's field goes to `to` only when x changed it and no other reviewer
 * did after x (`later`); fx gets the bit that says so where the rule,
 * reading *cur's change, would say otherwise. *shown: the value set. */
static void field_effect(bool own_changed, int xfx, int keep_bit, bool later, const char *own,
			 const char *to, char **cur, char **shown, struct effect *fx)
{
	bool claim_changed = (xfx & (keep_bit << 1)) || (own_changed && !(xfx & keep_bit));
	const char *mine = own_changed ? own : *cur;
	bool changes = !str_same(mine, *cur); /* what the rule reads */
	bool touch = claim_changed && !later;
	if (!touch && changes)
		fx->bits |= keep_bit;
	else if (touch && (!changes || !str_same(mine, to)))
		fx->bits |= keep_bit << 1;
	*shown = touch && to ? xstrdup(to) : NULL;
	if (own_changed) {
		char *v = own ? xstrdup(own) : NULL;
		free(*cur);
		*cur = v;
	}
}

/* The state the reviewer's undo (redo: false) or redo of entry x writes:
 * the reviewer's own state (u) and what the entry does to the claim (fx).
 * u starts from the reviewer's own current state; each field x changed
 * against the reviewer's state before it goes back to that earlier state
 * (undo) or to x's value (redo): the reviewer holds what they held then,
 * never another reviewer's value. On the claim, each field x changed there
 * goes back to the claim's merged state from just before x (undo) or to
 * x's value (redo), unless another reviewer changed it after x: their
 * later work is the newer change and stands, and an undo followed by its
 * redo leaves it as it was. The same holds for tags. Where the change to
 * the claim is not the one the rule reads from u, fx says so (fx->verdict
 * and fx->note point into *shown, freed with it). */
static enum cc_status undo_state(struct store *st, int64_t x, bool undo,
				 struct state *u, struct effect *fx, struct state *shown,
				 struct cc_err *err)
{
	memset(u, 0, sizeof *u);
	memset(fx, 0, sizeof *fx);
	memset(shown, 0, sizeof *shown);
	struct state sx = {0}, prev = {0}, before = {0};
	struct changed_since later = {0};
	int64_t claim = 0;
	char *reviewer = NULL, *at = NULL;
	enum cc_status rc;
	int xfx = 0; /* x's own effect */
	sqlite3_stmt *q = st_prepare(st, "SELECT verdict, note, tags, claim_id, reviewer, at, effect"
				     " FROM annotations WHERE id = ?1", err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, x);
	if (st_step(st, q) == SQLITE_ROW) {
		claim = sqlite3_column_int64(q, 3);
		reviewer = col(q, 4);
		at = col(q, 5);
		xfx = sqlite3_column_int(q, 6);
	}
	sqlite3_reset(q);
	rc = state_read(st, q, &sx, err); /* re-steps the same row */
	if (rc != CC_OK || !reviewer || !at)
		goto out;
	/* the reviewer's state just before x, and now */
	static const char *const mine[2] = {
		"SELECT verdict, note, tags FROM annotations WHERE claim_id = ?1 AND reviewer = ?2"
		" AND (at, reviewer, ck, id) < (SELECT at, reviewer, ck, id FROM annotations WHERE id = ?4)"
		" ORDER BY " ST_ORDER_DESC " LIMIT 1",
		"SELECT verdict, note, tags FROM annotations WHERE claim_id = ?1 AND reviewer = ?2"
		" ORDER BY " ST_ORDER_DESC " LIMIT 1",
	};
	struct state *dst[2] = {&prev, u};
	for (int k = 0; k < 2 && rc == CC_OK; k++) {
		q = st_prepare(st, mine[k], err);
		if (!q) {
			rc = err->status;
			break;
		}
		sqlite3_bind_int64(q, 1, claim);
		st_bind_text(q, 2, reviewer);
		if (k == 0) {
			st_bind_text(q, 3, at);
			sqlite3_bind_int64(q, 4, x);
		}
		rc = state_read(st, q, dst[k], err);
	}
	if (rc != CC_OK)
		goto out;
	if (undo) {
		q = st_prepare(st, ST_MERGE("claim_id = ?1 AND (at, reviewer, ck, id) <"
					    " (SELECT at, reviewer, ck, id FROM annotations WHERE id = ?3)")
			       " SELECT verdict, note, tags FROM merged", err);
		if (!q) {
			rc = err->status;
			goto out;
		}
		sqlite3_bind_int64(q, 1, claim);
		st_bind_text(q, 2, at);
		sqlite3_bind_int64(q, 3, x);
		rc = state_read(st, q, &before, err);
		if (rc != CC_OK)
			goto out;
	}
	rc = others_since(st, claim, reviewer, x, &later, err);
	if (rc != CC_OK)
		goto out;
	const struct state *own = undo ? &prev : &sx, *to = undo ? &before : &sx;
	field_effect(!str_same(sx.verdict, prev.verdict), xfx, ST_EFFECT_VERDICT_KEEP, later.verdict,
		     own->verdict, to->verdict, &u->verdict, &shown->verdict, fx);
	fx->verdict = shown->verdict;
	field_effect(!str_same(sx.note, prev.note), xfx, ST_EFFECT_NOTE_KEEP, later.note, own->note,
		     to->note, &u->note, &shown->note, fx);
	fx->note = shown->note;
	/* tags x added: an undo removes those the claim did not have before
	 * x, a redo adds them; tags x removed: an undo puts back those the
	 * claim had, a redo removes them */
	tags_diff(sx.tags, prev.tags, later.tags, u, undo ? before.tags : NULL, !undo);
	tags_diff(prev.tags, sx.tags, later.tags, u, undo ? before.tags : NULL, undo);
out:
	free(later.tags);
	state_free(&sx);
	state_free(&prev);
	state_free(&before);
	free(reviewer);
	free(at);
	if (rc != CC_OK) {
		state_free(u);
		state_free(shown);
		memset(fx, 0, sizeof *fx);
	}
	return rc;
}

/* Appends the reviewer's undo or redo of entry x as an entry pointing at
 * `target`. */
static enum cc_status apply_undo(struct store *st, int64_t claim, int64_t x, bool undo,
				 const char *reviewer, int64_t session_id, int64_t target,
				 struct cc_err *err)
{
	struct state u, shown;
	struct effect fx;
	enum cc_status rc = undo_state(st, x, undo, &u, &fx, &shown, err);
	if (rc == CC_OK)
		rc = append(st, claim, session_id, reviewer, undo ? "undo" : "redo", u.verdict, u.note,
			    u.tags, target, &fx, NULL, err);
	state_free(&u);
	state_free(&shown);
	return rc;
}

/* Whether entry `id` of the claim is the first of the two entries an
 * --untag of another reviewer's tag or a --tag given again writes (the
 * history marks it): it changed nothing the claim shows, so undo passes
 * over it to the reviewer's action before (else a second undo would say
 * it undid a change and change nothing). */
static enum cc_status preparatory(struct store *st, int64_t claim, int64_t id, bool *prep,
				  struct cc_err *err)
{
	struct store_annotation *h = NULL;
	size_t n = 0;
	*prep = false;
	enum cc_status rc = store_annotation_history(st, claim, &h, &n, err);
	for (size_t i = 0; i < n; i++) {
		if (h[i].id == id)
			*prep = h[i].took_over || h[i].dropped;
		store_annotation_free(&h[i]);
	}
	free(h);
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
	for (size_t i = 0; i < n && pick == SIZE_MAX && rc == CC_OK; i++) {
		if (strcmp(v[i].action, "undo") == 0)
			continue;
		if (targeted(v, i, v[i].id, "undo"))
			continue;
		bool prep = false;
		if (strcmp(v[i].action, "set") == 0)
			rc = preparatory(st, v[i].claim, v[i].id, &prep, err);
		if (rc == CC_OK && !prep)
			pick = i;
	}
	if (rc != CC_OK) {
		free(v);
		st_rollback(st);
		return rc;
	}
	if (pick == SIZE_MAX) {
		free(v);
		st_rollback(st);
		return cc_err_set(err, CC_ERR_INPUT, "nothing to undo");
	}
	/* what that entry changed goes back to the claim's state before it */
	rc = apply_undo(st, v[pick].claim, v[pick].id, true, reviewer, session_id, v[pick].id, err);
	*claim_id = v[pick].claim;
	free(v);
	if (rc != CC_OK) {
		st_rollback(st);
		return rc;
	}
	return st_commit(st, err);
}

enum cc_status store_reviewer_entries(struct store *st, const char *reviewer, size_t *n,
				      struct cc_err *err)
{
	*n = 0;
	sqlite3_stmt *q = st_prepare(st,
				     "SELECT count(*) FROM annotations WHERE reviewer = ?1 AND action <> 'import'",
				     err);
	if (!q)
		return err->status;
	st_bind_text(q, 1, reviewer);
	int r = st_step(st, q);
	if (r == SQLITE_ROW)
		*n = (size_t)sqlite3_column_int64(q, 0);
	enum cc_status rc = r == SQLITE_ROW ? CC_OK : st_error(st, err, "cannot count a reviewer's entries");
	sqlite3_finalize(q);
	return rc;
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
	/* what the undone entry changed comes back */
	rc = apply_undo(st, v[pick].claim, v[pick].target, false, reviewer, session_id, v[pick].id,
			err);
	*claim_id = v[pick].claim;
	free(v);
	if (rc != CC_OK) {
		st_rollback(st);
		return rc;
	}
	return st_commit(st, err);
}
