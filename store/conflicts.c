/* conflicts: finding the claims a new source's claims must be compared with
 * (indexed joins on normalised keys, never every claim with every other),
 * recording what the caller's rules judge, and reading it back.
 * Must not: judge (src/conflict.c does, through struct store_judge) or print. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static const char *text_col(sqlite3_stmt *q, int i)
{
	const unsigned char *t = sqlite3_column_text(q, i);
	return t ? (const char *)t : "";
}

void st_conflict_side_read(sqlite3_stmt *q, int o, bool slot, struct store_conflict_side *side)
{
	side->claim = sqlite3_column_int64(q, o);
	side->source = text_col(q, o + 1);
	side->text = (const char *)sqlite3_column_blob(q, o + 2);
	side->text_len = (size_t)sqlite3_column_bytes(q, o + 2);
	if (!side->text)
		side->text = "";
	side->start = (size_t)sqlite3_column_int64(q, o + 3);
	side->end = (size_t)sqlite3_column_int64(q, o + 4);
	if (slot) {
		side->slot_start = (size_t)sqlite3_column_int64(q, o + 5);
		side->slot_end = (size_t)sqlite3_column_int64(q, o + 6);
	}
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
		st_conflict_side_read(q, 7, true, &c.a);
		st_conflict_side_read(q, 14, true, &c.b);
		if (fn(&c, ctx))
			break;
	}
	if (r != SQLITE_ROW && r != SQLITE_DONE)
		rc = st_error(st, err, "cannot read the conflicts");
	sqlite3_finalize(q);
	return rc;
}

/* One disagreement between two sources is one conflict, however many of
 * their claims repeat it. Every conflict that involves the new source is
 * recorded while it is marked (its claims are new), always as (other claim,
 * new claim): so the kinds and keys already standing between the new source
 * and another are those recorded so far, kept in this set of
 * (other source, kind, key). */
struct seen_set {
	char **v;
	size_t *at; /* what each key stands for (seen_get) */
	size_t cap, n;
};

static uint64_t hash_str(const char *s)
{
	uint64_t h = 1469598103934665603u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

/* What `k` stands for when it was in the set; else adds it (taking it)
 * standing for `at`, and returns SIZE_MAX. */
static size_t seen_get(struct seen_set *set, char *k, size_t at)
{
	if ((set->n + 1) * 2 > set->cap) {
		size_t cap = set->cap ? set->cap * 2 : 64;
		char **v = xcalloc(cap, sizeof *v);
		size_t *av = xcalloc(cap, sizeof *av);
		for (size_t i = 0; i < set->cap; i++) {
			if (!set->v[i])
				continue;
			size_t h = (size_t)hash_str(set->v[i]) & (cap - 1);
			while (v[h])
				h = (h + 1) & (cap - 1);
			v[h] = set->v[i];
			av[h] = set->at[i];
		}
		free(set->v);
		free(set->at);
		set->v = v;
		set->at = av;
		set->cap = cap;
	}
	size_t h = (size_t)hash_str(k) & (set->cap - 1);
	for (; set->v[h]; h = (h + 1) & (set->cap - 1)) {
		if (strcmp(set->v[h], k) == 0) {
			free(k);
			return set->at[h];
		}
	}
	set->v[h] = k;
	set->at[h] = at;
	set->n++;
	return SIZE_MAX;
}

static void seen_free(struct seen_set *set)
{
	for (size_t i = 0; i < set->cap; i++)
		free(set->v[i]);
	free(set->v);
	free(set->at);
	memset(set, 0, sizeof *set);
}

/* A conflict's or agreement's key, field by field ("Name|death|number"),
 * onto k, with the story's subject read as "*": a headline whose subject
 * is implied and a lead that names it state one figure. */
static void key_fields(struct buf *k, const char *key, const char *subject)
{
	size_t sl = subject ? strlen(subject) : 0;
	for (const char *f = key ? key : "";;) {
		const char *e = strchr(f, '|');
		size_t fl = e ? (size_t)(e - f) : strlen(f);
		if (sl && fl == sl && ascii_ieqn(f, subject, sl))
			buf_addc(k, '*');
		else
			buf_add(k, f, fl);
		if (!e)
			break;
		buf_addc(k, '|');
		f = e + 1;
	}
}

/* Whether an agreement of the same two sources, rule and key (the story's
 * subject in it read as "*") was listed before; else notes it. */
static bool listed_before(struct seen_set *set, const struct store_corroboration *c,
			  const char *subject)
{
	const char *x = c->sa.source ? c->sa.source : "", *y = c->sb.source ? c->sb.source : "";
	if (strcmp(x, y) > 0) {
		const char *t = x;
		x = y;
		y = t;
	}
	struct buf k;
	buf_init(&k);
	buf_printf(&k, "%zu:%s%zu:%s%zu:%s%s|", strlen(x), x, strlen(y), y, strlen(c->story), c->story,
		   c->rule ? c->rule : "");
	key_fields(&k, c->key, subject);
	return seen_get(set, buf_steal(&k), 0) != SIZE_MAX;
}

static enum cc_status story_subject(struct store *st, const char *story, int64_t without,
				    char **out, struct cc_err *err);

enum cc_status store_corroborations_each(struct store *st, const char *story, int64_t claim_id,
					 store_corroboration_fn fn, void *ctx,
					 struct cc_err *err)
{
	sqlite3_stmt *q = st_prepare(st,
		"SELECT f.id, f.story, f.rule, f.key,"
		" ca.id, sa.name, substr(CAST(sa.text AS BLOB), ca.start + 1, ca.end - ca.start), ca.start, ca.end,"
		" cb.id, sb.name, substr(CAST(sb.text AS BLOB), cb.start + 1, cb.end - cb.start), cb.start, cb.end"
		" FROM corroborations f"
		" JOIN claims ca ON ca.id = f.claim_a JOIN sources sa ON sa.id = ca.source_id"
		" JOIN claims cb ON cb.id = f.claim_b JOIN sources sb ON sb.id = cb.source_id"
		" WHERE (?1 IS NULL OR f.story = ?1)"
		" AND (?2 = 0 OR f.claim_a = ?2 OR f.claim_b = ?2)"
		" ORDER BY f.id", err);
	if (!q)
		return err->status;
	st_bind_text(q, 1, story);
	sqlite3_bind_int64(q, 2, claim_id);
	struct st_claim_reader ra = {0}, rb = {0};
	char *subj_story = NULL, *subject = NULL;
	struct seen_set listed = {0};
	int r;
	enum cc_status rc = CC_OK;
	while ((r = st_step(st, q)) == SQLITE_ROW) {
		struct store_corroboration c = {
			.id = sqlite3_column_int64(q, 0),
			.story = text_col(q, 1),
			.rule = text_col(q, 2),
			.key = text_col(q, 3),
		};
		st_conflict_side_read(q, 4, false, &c.sa);
		st_conflict_side_read(q, 9, false, &c.sb);
		struct store_claim a, b;
		rc = st_claim_load(st, &ra, c.sa.claim, &a, err);
		if (rc == CC_OK)
			rc = st_claim_load(st, &rb, c.sb.claim, &b, err);
		/* judged as add judges them: an implied subject is the story's
		 * (the story's subject now, looked up once a story) */
		if (rc == CC_OK && (!subj_story || strcmp(subj_story, c.story) != 0)) {
			free(subj_story);
			free(subject);
			subj_story = xstrdup(c.story);
			rc = story_subject(st, c.story, 0, &subject, err);
		}
		if (rc != CC_OK)
			break;
		/* one agreement of two sources is one line, however many of
		 * their claims repeat it (a headline and its lead): its rule
		 * and key, the story's subject in it as "*" (the key of a
		 * claim naming it and of one implying it), once a pair */
		if (listed_before(&listed, &c, subject))
			continue;
		a.story_subject = b.story_subject = subject;
		c.a = &a;
		c.b = &b;
		if (fn(&c, ctx))
			break;
	}
	if (rc == CC_OK && r != SQLITE_ROW && r != SQLITE_DONE)
		rc = st_error(st, err, "cannot read the corroborations");
	free(subj_story);
	free(subject);
	seen_free(&listed);
	st_claim_reader_free(&ra);
	st_claim_reader_free(&rb);
	sqlite3_finalize(q);
	return rc;
}

enum cc_status store_claim_counts(struct store *st, int64_t claim_id, size_t *support,
				  size_t *conflicts, struct cc_err *err)
{
	/* cached: `claims` asks once a claim */
	sqlite3_stmt *q = st_cached(st,
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
	sqlite3_reset(q);
	return rc;
}

/* Candidates for a new source's claims: pairs (new claim, claim of another
 * source in the same story) sharing an anchor with it — the same date, the
 * same subject and event (a START and an OCCUR of one subject count as one,
 * as do an OCCUR and a KILL or STRIKE of it),
 * the same subject and folded unit, the same count of the
 * same subject, or the same quoted words — at most STORE_MAX_CANDIDATES per
 * new claim (newest first).
 *
 * The new claims' anchors are read in one statement; each distinct anchor is
 * then looked up once, newest first, through its story-prefixed index (one
 * cached statement per kind of anchor), and the lookup stops after
 * STORE_MAX_CANDIDATES other claims: a claim ranked below that in one
 * anchor's list is below it in the list of every new claim holding the
 * anchor. So a source whose thousand claims share one date looks the date
 * up once, and a story whose thousand sources share it reads 400 rows. */
enum anchor_kind { A_DATE, A_SUBJ, A_UNIT, A_NORM, A_COUNT, A_IMPL, A_IMPL_UNIT, A_LONG, A_LONG_UNIT, A_DEAL };

static const char anchors_sql[] =
	"SELECT c.id, c.story, c.subject, c.event, x.type, x.value, x.subject,"
	" coalesce(x.unit_key, x.unit), x.norm,"
	" x.year_from, c.subject_implied, x.subject_implied, x.event FROM claims c"
	" LEFT JOIN slots x ON x.claim_id = c.id"
	" WHERE c.source_id = ?1 ORDER BY c.ord, x.ord"; /* no sort: (source_id, ord) is indexed */
/* ?1 story, ?2 and ?3 the anchor; rows: claim ids, newest first (repeats
 * adjacent). A unit is its fold (unit_key: "kilometer" meets "km"). */
static const char *const lookup_sql[] = {
	[A_DATE] = "SELECT claim_id FROM slots WHERE story = ?1 AND type = 'date' AND value = ?2"
		   " ORDER BY claim_id DESC",
	[A_SUBJ] = "SELECT id FROM claims WHERE story = ?1 AND subject = ?2 AND event = ?3"
		   " ORDER BY id DESC",
	[A_UNIT] = "SELECT claim_id FROM slots WHERE story = ?1 AND subject = ?2 AND unit_key = ?3"
		   " ORDER BY claim_id DESC",
	[A_NORM] = "SELECT claim_id FROM slots WHERE story = ?1 AND norm = ?2 AND norm <> ''"
		   " ORDER BY claim_id DESC",
	/* the same count of the same subject in other words ("fewer than 50
	 * workers", "fewer than 50 employees": units.tsv is the rules' to
	 * read, so the count meets it) */
	[A_COUNT] = "SELECT claim_id FROM slots WHERE story = ?1 AND type = 'number' AND value = ?2"
		    " AND subject = ?3 ORDER BY claim_id DESC",
	/* the claims of an event whose subject is implied (the story's, to
	 * the rules: conflict.h), whatever their source's main entity */
	[A_IMPL] = "SELECT id FROM claims WHERE story = ?1 AND event = ?2 AND subject_implied = 1"
		   " ORDER BY id DESC",
	/* ... and the figures in a unit whose subject is implied, or is
	 * what happened when they count a toll ("the explosion killed nine":
	 * src/conflict.c's occurrence_toll, which judges them the story's) */
	[A_IMPL_UNIT] = "SELECT claim_id FROM slots WHERE story = ?1 AND unit_key = ?2 AND (subject_implied = 1"
			" OR (event IN ('KILL', 'DIE', 'INJURE') AND subject >= 'a' AND subject < '{'))"
			" ORDER BY claim_id DESC",
	/* ... and those that name the story's subject in full ("Harlow
	 * Foods" for "Harlow": the names that start with its words) */
	[A_LONG] = "SELECT id FROM claims WHERE story = ?1 AND subject >= ?2 || ' ' AND subject < ?2 || '!'"
		   " AND event = ?3 ORDER BY id DESC",
	[A_LONG_UNIT] = "SELECT claim_id FROM slots WHERE story = ?1 AND subject >= ?2 || ' '"
			" AND subject < ?2 || '!' AND unit_key = ?3 ORDER BY claim_id DESC",
	/* a deal's price in one currency, whichever party is its subject
	 * ("X signed Y for €100m", "Y joined X in an €80m deal"): the rules
	 * judge whether the events are a deal's and the two sentences name
	 * its parties */
	[A_DEAL] = "SELECT claim_id FROM slots WHERE story = ?1 AND type = 'money' AND unit = ?2"
		   " AND subject <> '' AND event <> '' AND subject_implied = 0 ORDER BY claim_id DESC",
};

/* The story's subject: the name the claims of the most sources give as the
 * one who acts in them (claims.actor: an organisation or a person named in
 * the sentence, doing or saying; never a place, a common noun such as "the
 * earthquake", or a main entity standing in), when it clearly leads:
 * named so by two sources at least and by more sources than any other
 * (then, among equals in sources, not chosen: no subject rather than a
 * wrong one). What the story is about to most outlets, not one outlet's
 * pick, nor the place one outlet's article happens to be mostly about.
 * It is one of the main entities the story's sources imply (what an
 * implied subject stands for: README "Conflicts"). NULL when no name
 * leads; else newly allocated. `without`: a source left
 * out (0: none), for the subject the story had before that source came. */
static enum cc_status story_subject(struct store *st, const char *story, int64_t without,
				    char **out, struct cc_err *err)
{
	static const char sql[] =
		"SELECT c.subject, count(DISTINCT c.source_id) AS n FROM claims c"
		" WHERE c.story = ?1 AND c.actor = 1 AND c.source_id <> ?2"
		/* the subjects implied somewhere, found once (not a
		 * subquery a claim: a source of thousands of claims of one
		 * subject made that quadratic) */
		" AND c.subject IN (SELECT x.subject FROM slots x JOIN claims o ON o.id = x.claim_id"
		"  WHERE x.story = ?1 AND x.subject_implied = 1 AND o.source_id <> ?2)"
		" GROUP BY c.subject ORDER BY n DESC, c.subject LIMIT 2";
	*out = NULL;
	sqlite3_stmt *q = st_cached(st, sql, err);
	if (!q)
		return err->status;
	sqlite3_bind_text(q, 1, story, -1, SQLITE_STATIC);
	sqlite3_bind_int64(q, 2, without);
	char *lead = NULL;
	int64_t n1 = 0;
	int r = st_step(st, q);
	if (r == SQLITE_ROW) {
		lead = xstrdup((const char *)sqlite3_column_text(q, 0));
		n1 = sqlite3_column_int64(q, 1);
		r = st_step(st, q);
		if (r == SQLITE_ROW && sqlite3_column_int64(q, 1) >= n1)
			n1 = 0; /* a tie: no name leads */
	}
	sqlite3_reset(q);
	if (r != SQLITE_ROW && r != SQLITE_DONE) {
		free(lead);
		return st_error(st, err, "cannot find the story's subject");
	}
	if (n1 >= 2)
		*out = lead;
	else
		free(lead);
	return CC_OK;
}

/* One anchor held by one new claim. `lookup`: the anchor is looked up (a
 * date whose year is unknown is not; a new claim holding the same value
 * still meets what a known-year date of its source finds). */
struct anchor_ref {
	enum anchor_kind kind;
	const char *k1, *k2; /* in the arena */
	size_t mine;         /* index into the new claims */
	bool lookup;
};

static int ref_cmp(const void *pa, const void *pb)
{
	const struct anchor_ref *a = pa, *b = pb;
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	int c = strcmp(a->k1, b->k1);
	if (c)
		return c;
	c = strcmp(a->k2, b->k2);
	if (c)
		return c;
	return a->mine < b->mine ? -1 : a->mine > b->mine;
}

static int id_asc(const void *pa, const void *pb)
{
	int64_t a = *(const int64_t *)pa, b = *(const int64_t *)pb;
	return a < b ? -1 : a > b;
}

static int id_desc(const void *pa, const void *pb)
{
	int64_t a = *(const int64_t *)pa, b = *(const int64_t *)pb;
	return a > b ? -1 : a < b;
}

struct pair {
	size_t mine; /* index into the new claims */
	int64_t mine_id, other;
};

/* by other claim, then new claim */
static int pair_cmp(const void *pa, const void *pb)
{
	const struct pair *a = pa, *b = pb;
	if (a->other != b->other)
		return a->other < b->other ? -1 : 1;
	return a->mine_id < b->mine_id ? -1 : a->mine_id > b->mine_id;
}

static bool is_mine(const int64_t *mine, size_t nm, int64_t id)
{
	size_t lo = 0, hi = nm;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (mine[mid] == id)
			return true;
		if (mine[mid] < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

static const char *keep(struct buf *arena, const unsigned char *s)
{
	char *p = xstrdup(s ? (const char *)s : "");
	buf_add(arena, &p, sizeof p);
	return p;
}

static bool numeric_type(const char *t)
{
	return strcmp(t, "number") == 0 || strcmp(t, "money") == 0 || strcmp(t, "percent") == 0 ||
	       strcmp(t, "duration") == 0;
}

/* Whether a subject names the story's: the same name, or the story's
 * subject in full ("Harlow Foods Group" for "Harlow Foods"). */
static bool names_story(const char *subj, const char *story)
{
	return strcmp(subj, story) == 0 || name_short_form(subj, story) == story;
}

/* Fills *pairs (sorted by other claim, then new claim), *mine (the new
 * source's claim ids, in ord order) and *subject (the story's subject,
 * story_subject; NULL when none). */
static enum cc_status candidates(struct store *st, int64_t source_id, struct pair **pairs_out,
				 size_t *np_out, int64_t **mine_out, size_t *nm_out, char **subject,
				 struct cc_err *err)
{
	*subject = NULL;
	*pairs_out = NULL;
	*np_out = 0;
	*mine_out = NULL;
	*nm_out = 0;
	sqlite3_stmt *q = st_cached(st, anchors_sql, err);
	if (!q)
		return err->status;
	struct buf arena = {0};
	int64_t *mine = NULL;
	size_t nm = 0, capm = 0;
	struct anchor_ref *refs = NULL;
	size_t nr = 0, capr = 0;
	const char *story = NULL;
	bool subject_failed = false;
	sqlite3_bind_int64(q, 1, source_id);
	int r;
	while ((r = st_step(st, q)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(q, 0);
		if (!nm || mine[nm - 1] != id) { /* the rows of a claim are adjacent */
			mine = xgrow(mine, &capm, nm + 1, sizeof *mine);
			mine[nm++] = id;
			if (!story) {
				story = keep(&arena, sqlite3_column_text(q, 1));
				if (story_subject(st, story, 0, subject, err) != CC_OK) {
					subject_failed = true;
					break;
				}
			}
			const char *subj = (const char *)sqlite3_column_text(q, 2);
			const char *ev = (const char *)sqlite3_column_text(q, 3);
			bool implied = sqlite3_column_int(q, 10) == 1;
			bool named = sqlite3_column_int(q, 10) == 0;
			if (subj && *subj && ev && *ev) {
				refs = xgrow(refs, &capr, nr + 1, sizeof *refs);
				refs[nr++] = (struct anchor_ref){A_SUBJ, keep(&arena, (const unsigned char *)subj),
								 keep(&arena, (const unsigned char *)ev), nm - 1,
								 true};
				/* a START and an OCCUR of one subject date one
				 * occurrence ("the fire broke out", "a fire tore
				 * through"), and so do an OCCUR and what the
				 * occurrence did ("the explosion killed nine on
				 * Tuesday", KILL, STRIKE: for a blast, on its
				 * day): src/conflict.c judges how they meet
				 * (occur_start, instant_occurrence) */
				/* ... and an announcement and a confirmation
				 * of one thing ("announced on Tuesday the
				 * signing", "has joined, the club confirmed
				 * on Monday": src/conflict.c's one_report) */
				static const char *const occur_sibs[] = {"START", "KILL", "STRIKE"};
				static const char *const occur_only[] = {"OCCUR"};
				static const char *const announce[] = {"ANNOUNCE"}, *const confirm[] = {"CONFIRM"};
				const char *const *sibs = NULL;
				size_t nsibs = 0;
				if (strcmp(ev, "OCCUR") == 0) {
					sibs = occur_sibs, nsibs = CC_ARRAY_LEN(occur_sibs);
				} else if (strcmp(ev, "ANNOUNCE") == 0) {
					sibs = confirm, nsibs = 1;
				} else if (strcmp(ev, "CONFIRM") == 0) {
					sibs = announce, nsibs = 1;
				} else {
					for (size_t si = 0; si < CC_ARRAY_LEN(occur_sibs) && !nsibs; si++)
						if (strcmp(ev, occur_sibs[si]) == 0)
							sibs = occur_only, nsibs = 1;
				}
				for (size_t si = 0; si < nsibs; si++) {
					refs = xgrow(refs, &capr, nr + 1, sizeof *refs);
					refs[nr++] = (struct anchor_ref){A_SUBJ, keep(&arena, (const unsigned char *)subj),
									 sibs[si], nm - 1, true};
				}
				/* an implied subject is the story's: it meets the
				 * claims of the event that name the story's subject
				 * or imply theirs; a claim naming the story's
				 * subject meets those implying one */
				bool story_named = *subject && named && names_story(subj, *subject);
				if (implied && *subject && strcmp(subj, *subject) != 0) {
					refs = xgrow(refs, &capr, nr + 1, sizeof *refs);
					refs[nr++] = (struct anchor_ref){A_SUBJ, keep(&arena, (const unsigned char *)*subject),
									 keep(&arena, (const unsigned char *)ev),
									 nm - 1, true};
				}
				if (implied && *subject) {
					refs = xgrow(refs, &capr, nr + 1, sizeof *refs);
					refs[nr++] = (struct anchor_ref){A_LONG, keep(&arena, (const unsigned char *)*subject),
									 keep(&arena, (const unsigned char *)ev),
									 nm - 1, true};
				}
				if (implied || story_named) {
					refs = xgrow(refs, &capr, nr + 1, sizeof *refs);
					refs[nr++] = (struct anchor_ref){A_IMPL, keep(&arena, (const unsigned char *)ev),
									 "", nm - 1, true};
				}
			}
		}
		const char *type = (const char *)sqlite3_column_text(q, 4);
		if (!type)
			continue; /* a claim without slots */
		const unsigned char *value = sqlite3_column_text(q, 5);
		const unsigned char *xsubj = sqlite3_column_text(q, 6);
		const unsigned char *norm = sqlite3_column_text(q, 8);
		if (strcmp(type, "date") == 0) {
			refs = xgrow(refs, &capr, nr + 1, sizeof *refs);
			refs[nr++] = (struct anchor_ref){A_DATE, keep(&arena, value), "", nm - 1,
							 sqlite3_column_int(q, 9) != 4};
		} else if (numeric_type(type) && xsubj && *xsubj) {
			refs = xgrow(refs, &capr, nr + 1, sizeof *refs);
			refs[nr++] = (struct anchor_ref){A_UNIT, keep(&arena, xsubj),
							 keep(&arena, sqlite3_column_text(q, 7)), nm - 1, true};
			const unsigned char *unit = sqlite3_column_text(q, 7);
			/* a named subject meets its short and long forms in the
			 * same unit ("EYP has 350 employees", "EYP MCF has
			 * approximately 350 employees": the judge takes a name
			 * and its leading words as one, util.h's
			 * name_short_form): the names that start with its words,
			 * and its leading words */
			if (sqlite3_column_int(q, 11) != 1 && unit && *unit) {
				refs = xgrow(refs, &capr, nr + 1, sizeof *refs);
				refs[nr++] = (struct anchor_ref){A_LONG_UNIT, keep(&arena, xsubj),
								 keep(&arena, unit), nm - 1, true};
				for (const char *sp = strchr((const char *)xsubj, ' '); sp; sp = strchr(sp + 1, ' ')) {
					size_t len = (size_t)(sp - (const char *)xsubj);
					if (len < 3)
						continue;
					char *shortf = xstrndup((const char *)xsubj, len);
					refs = xgrow(refs, &capr, nr + 1, sizeof *refs);
					refs[nr++] = (struct anchor_ref){A_UNIT, keep(&arena, (const unsigned char *)shortf),
									 keep(&arena, unit), nm - 1, true};
					free(shortf);
				}
			}
			/* as the claim's subject above: an implied one meets the
			 * figures in the unit of the story's subject and implied
			 * ones; the story's subject meets implied ones */
			bool ximplied = sqlite3_column_int(q, 11) == 1;
			bool xstory = *subject && sqlite3_column_int(q, 11) == 0 &&
				      names_story((const char *)xsubj, *subject);
			if (ximplied && *subject && strcmp((const char *)xsubj, *subject) != 0) {
				refs = xgrow(refs, &capr, nr + 1, sizeof *refs);
				refs[nr++] = (struct anchor_ref){A_UNIT, keep(&arena, (const unsigned char *)*subject),
								 keep(&arena, unit), nm - 1, true};
			}
			if (ximplied && *subject && unit && *unit) {
				refs = xgrow(refs, &capr, nr + 1, sizeof *refs);
				refs[nr++] = (struct anchor_ref){A_LONG_UNIT, keep(&arena, (const unsigned char *)*subject),
								 keep(&arena, unit), nm - 1, true};
			}
			const char *xev = (const char *)sqlite3_column_text(q, 12);
			/* a toll whose subject is what happened meets the
			 * story's implied figures (A_IMPL_UNIT's other half) */
			bool xtoll = !ximplied && *xsubj >= 'a' && *xsubj <= 'z' && xev &&
				     (strcmp(xev, "KILL") == 0 || strcmp(xev, "DIE") == 0 ||
				      strcmp(xev, "INJURE") == 0);
			if ((ximplied || xstory || xtoll) && unit && *unit) {
				refs = xgrow(refs, &capr, nr + 1, sizeof *refs);
				refs[nr++] = (struct anchor_ref){A_IMPL_UNIT, keep(&arena, unit), "", nm - 1, true};
			}
			if (strcmp(type, "money") == 0 && unit && *unit && xev && *xev && !ximplied) {
				refs = xgrow(refs, &capr, nr + 1, sizeof *refs);
				refs[nr++] = (struct anchor_ref){A_DEAL, keep(&arena, unit), "", nm - 1, true};
			}
			if (strcmp(type, "number") == 0 && unit && *unit) {
				refs = xgrow(refs, &capr, nr + 1, sizeof *refs);
				refs[nr++] = (struct anchor_ref){A_COUNT, keep(&arena, value), keep(&arena, xsubj),
								 nm - 1, true};
			}
		}
		if (norm && *norm) {
			refs = xgrow(refs, &capr, nr + 1, sizeof *refs);
			refs[nr++] = (struct anchor_ref){A_NORM, keep(&arena, norm), "", nm - 1, true};
		}
	}
	sqlite3_reset(q);
	enum cc_status rc = CC_OK;
	if (subject_failed)
		rc = err->status;
	else if (r != SQLITE_DONE)
		rc = st_error(st, err, "cannot read the new claims' anchors");
	int64_t *sorted = xmalloc((nm ? nm : 1) * sizeof *sorted);
	if (nm) {
		memcpy(sorted, mine, nm * sizeof *mine);
		qsort(sorted, nm, sizeof *sorted, id_asc);
	}

	/* each new claim's candidates: the union of its anchors' lists */
	int64_t **cands = xcalloc(nm ? nm : 1, sizeof *cands);
	size_t *ncand = xcalloc(nm ? nm : 1, sizeof *ncand), *capc = xcalloc(nm ? nm : 1, sizeof *capc);
	int64_t *list = NULL;
	size_t capl = 0;
	if (nr)
		qsort(refs, nr, sizeof *refs, ref_cmp);
	for (size_t g = 0; g < nr && rc == CC_OK;) {
		size_t e = g;
		bool lookup = false;
		while (e < nr && refs[e].kind == refs[g].kind && strcmp(refs[e].k1, refs[g].k1) == 0 &&
		       strcmp(refs[e].k2, refs[g].k2) == 0)
			lookup |= refs[e++].lookup;
		if (!lookup) {
			g = e;
			continue;
		}
		sqlite3_stmt *l = st_cached(st, lookup_sql[refs[g].kind], err);
		if (!l) {
			rc = err->status;
			break;
		}
		sqlite3_bind_text(l, 1, story, -1, SQLITE_STATIC);
		sqlite3_bind_text(l, 2, refs[g].k1, -1, SQLITE_STATIC);
		if (refs[g].kind == A_SUBJ || refs[g].kind == A_UNIT || refs[g].kind == A_COUNT ||
		    refs[g].kind == A_LONG || refs[g].kind == A_LONG_UNIT)
			sqlite3_bind_text(l, 3, refs[g].k2, -1, SQLITE_STATIC);
		size_t nl = 0;
		while (nl < STORE_MAX_CANDIDATES && (r = st_step(st, l)) == SQLITE_ROW) {
			int64_t id = sqlite3_column_int64(l, 0);
			if ((nl && list[nl - 1] == id) || is_mine(sorted, nm, id))
				continue;
			list = xgrow(list, &capl, nl + 1, sizeof *list);
			list[nl++] = id;
		}
		if (nl < STORE_MAX_CANDIDATES && r != SQLITE_DONE)
			rc = st_error(st, err, "cannot find the claims to compare");
		sqlite3_reset(l);
		for (size_t i = g; i < e && rc == CC_OK; i++) {
			size_t k = refs[i].mine;
			if (!nl || (i > g && refs[i - 1].mine == k))
				continue; /* nothing to add (memcpy from NULL is undefined) */
			cands[k] = xgrow(cands[k], &capc[k], ncand[k] + nl, sizeof **cands);
			memcpy(cands[k] + ncand[k], list, nl * sizeof *list);
			ncand[k] += nl;
		}
		g = e;
	}
	struct pair *pairs = NULL;
	size_t np = 0, capp = 0;
	for (size_t k = 0; k < nm && rc == CC_OK; k++) {
		if (!ncand[k])
			continue;
		qsort(cands[k], ncand[k], sizeof **cands, id_desc);
		size_t kept = 0;
		for (size_t i = 0; i < ncand[k] && kept < STORE_MAX_CANDIDATES; i++) {
			if (i && cands[k][i] == cands[k][i - 1])
				continue;
			pairs = xgrow(pairs, &capp, np + 1, sizeof *pairs);
			pairs[np++] = (struct pair){k, mine[k], cands[k][i]};
			kept++;
		}
	}
	if (np)
		qsort(pairs, np, sizeof *pairs, pair_cmp);
	for (size_t k = 0; k < nm; k++)
		free(cands[k]);
	free(cands);
	free(ncand);
	free(capc);
	free(list);
	free(refs);
	free(sorted);
	char **v = (char **)arena.data;
	for (size_t i = 0; v && i < arena.len / sizeof *v; i++)
		free(v[i]);
	buf_free(&arena);
	if (rc != CC_OK) {
		free(pairs);
		free(mine);
		free(*subject);
		*subject = NULL;
		return rc;
	}
	*pairs_out = pairs;
	*np_out = np;
	*mine_out = mine;
	*nm_out = nm;
	return CC_OK;
}

/* The set key of a conflict with another source: its kind and key, the
 * story's subject in the key read as "*" (a headline whose subject is
 * implied and a lead that names the story's subject state one figure:
 * "*|death|number" and "Harlow Foods|death|number" are one disagreement
 * between two sources, as listed_before reads agreements). */
static char *mark_key(const char *other_source, const struct store_mark *m, const char *subject)
{
	struct buf k;
	buf_init(&k);
	buf_printf(&k, "%zu:%s%zu:%s", strlen(other_source), other_source, strlen(m->kind), m->kind);
	key_fields(&k, m->key, subject);
	return buf_steal(&k);
}

/* How many of the two compared figures (or claims, without a slot) take
 * their subject from their source's main entity: of two conflicts that
 * are one disagreement, the one with fewer such names the subject. */
static int implied_sides(const struct store_claim *a, const struct store_claim *b, const struct store_mark *m)
{
	int n = 0;
	n += m->slot_a >= 0 && (size_t)m->slot_a < a->nslots ? a->slots[m->slot_a].subject_implied
							      : a->subject_implied;
	n += m->slot_b >= 0 && (size_t)m->slot_b < b->nslots ? b->slots[m->slot_b].subject_implied
							      : b->subject_implied;
	return n;
}

static bool already(struct seen_set *set, const char *other_source, const struct store_mark *m,
		    const char *subject)
{
	return seen_get(set, mark_key(other_source, m, subject), 0) != SIZE_MAX;
}

/* The marks of one new source, queued in judging order and written at the
 * end in one statement a few dozen rows (ids follow the same order). */
struct rec {
	bool conflict;
	int64_t a, b;
	int slot_a, slot_b;
	size_t story, rule, key, kind, severity, explanation; /* offsets into text; NO_STR: NULL */
	/* st_mark_source: where the pair stands in the order the sources were
	 * added (the other claim's source and rank, the new claim's rank) and
	 * its place in judging order */
	int64_t src, ord, mine;
	size_t seq;
	int implied; /* how many of its two sides imply their subject (implied_sides) */
};

#define NO_STR ((size_t)-1)

struct recs {
	struct rec *v;
	size_t n, cap;
	struct buf text;
};

static size_t rec_str(struct recs *q, const char *s)
{
	if (!s)
		return NO_STR;
	size_t off = q->text.len;
	buf_add(&q->text, s, strlen(s) + 1);
	return off;
}

/* Queues a mark, or with `over`, writes it over that queued one. */
static void record_at(struct recs *q, struct rec *over, const char *story, int64_t a, int64_t b,
		      const struct store_mark *m)
{
	if (!over) {
		q->v = xgrow(q->v, &q->cap, q->n + 1, sizeof *q->v);
		over = &q->v[q->n++];
	}
	*over = (struct rec){
		.conflict = m->conflict, .a = a, .b = b, .slot_a = m->slot_a, .slot_b = m->slot_b,
		.story = rec_str(q, story ? story : ""), .rule = rec_str(q, m->rule ? m->rule : ""), .key = rec_str(q, m->key ? m->key : ""),
		.kind = m->conflict ? rec_str(q, m->kind) : NO_STR,
		.severity = m->conflict ? rec_str(q, m->severity) : NO_STR,
		.explanation = m->conflict ? rec_str(q, m->explanation ? m->explanation : "") : NO_STR,
	};
}

static void record(struct recs *q, const char *story, int64_t a, int64_t b,
		   const struct store_mark *m)
{
	record_at(q, NULL, story, a, b, m);
}

static int rec_cmp(const void *pa, const void *pb)
{
	const struct rec *a = pa, *b = pb;
	if (a->src != b->src)
		return a->src < b->src ? -1 : 1;
	if (a->ord != b->ord)
		return a->ord < b->ord ? -1 : 1;
	if (a->mine != b->mine)
		return a->mine < b->mine ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* The marks of a new source in the order of its pairs as the sources were
 * added (the other claim's source, its rank, the new claim's rank), not of
 * claim ids: the same when ids follow that order, as they do but after a
 * refresh, which keeps the ids of the claims it finds again and numbers
 * the new ones after every claim (store/refresh.c). */
static void in_added_order(struct recs *q)
{
	if (q->n > 1)
		qsort(q->v, q->n, sizeof *q->v, rec_cmp);
}

static void bind_off(sqlite3_stmt *s, int i, const struct recs *q, size_t off)
{
	if (off == NO_STR)
		sqlite3_bind_null(s, i);
	else
		sqlite3_bind_text(s, i, q->text.data + off, -1, SQLITE_STATIC);
}

/* Writes the queued conflicts (conflict true) or corroborations. */
static enum cc_status write_recs(struct store *st, const struct recs *q, bool conflict,
				 struct cc_err *err)
{
	static struct st_multi_sql ins_c = {
		"INSERT OR IGNORE INTO conflicts (story, rule, key, claim_a, claim_b, kind, severity,"
		" slot_a, slot_b, explanation) VALUES ", 10, false, {""}};
	static struct st_multi_sql ins_r = {
		"INSERT OR IGNORE INTO corroborations (story, rule, key, claim_a, claim_b) VALUES ", 5,
		false, {""}};
	struct st_multi_sql *m = conflict ? &ins_c : &ins_r;
	size_t left = 0;
	for (size_t i = 0; i < q->n; i++)
		left += q->v[i].conflict == conflict;
	size_t i = 0;
	while (left) {
		size_t k;
		sqlite3_stmt *s = st_multi_stmt(st, m, left, &k, err);
		if (!s)
			return err->status;
		for (size_t row = 0; row < k; row++, i++) {
			while (q->v[i].conflict != conflict)
				i++;
			const struct rec *r = &q->v[i];
			int o = (int)row * m->ncols;
			bind_off(s, o + 1, q, r->story);
			bind_off(s, o + 2, q, r->rule);
			bind_off(s, o + 3, q, r->key);
			sqlite3_bind_int64(s, o + 4, r->a);
			sqlite3_bind_int64(s, o + 5, r->b);
			if (conflict) {
				bind_off(s, o + 6, q, r->kind);
				bind_off(s, o + 7, q, r->severity);
				if (r->slot_a >= 0)
					sqlite3_bind_int(s, o + 8, r->slot_a);
				if (r->slot_b >= 0)
					sqlite3_bind_int(s, o + 9, r->slot_b);
				bind_off(s, o + 10, q, r->explanation);
			}
		}
		int rc = st_step(st, s);
		sqlite3_reset(s);
		if (rc != SQLITE_DONE)
			return st_error(st, err, "cannot record a conflict");
		left -= k;
	}
	return CC_OK;
}

/* Writes what was recorded (conflicts, then agreements) unless rc says a
 * step before failed, and frees it; returns the first failure. */
static enum cc_status flush_recs(struct store *st, struct recs *q, enum cc_status rc, struct cc_err *err)
{
	if (rc == CC_OK)
		rc = write_recs(st, q, true, err);
	if (rc == CC_OK)
		rc = write_recs(st, q, false, err);
	free(q->v);
	buf_free(&q->text);
	return rc;
}

/* ---- the claim cache ---------------------------------------------------- */

static size_t str_size(const char *s)
{
	return s ? strlen(s) + 1 : 0;
}

static char *put_str(char **at, const char *s)
{
	if (!s)
		return NULL;
	size_t n = strlen(s) + 1;
	char *p = *at;
	memcpy(p, s, n);
	*at += n;
	return p;
}

static struct st_cached_claim *claim_copy(const struct store_claim *c)
{
	size_t n = sizeof(struct st_cached_claim) + c->nslots * sizeof(struct store_slot);
	n += str_size(c->key) + str_size(c->source) + c->text_len + 1 + str_size(c->subject) +
	     str_size(c->event) + str_size(c->lemma) + str_size(c->scope) + str_size(c->speaker) +
	     str_size(c->modality) + str_size(c->story) + str_size(c->source_date);
	for (size_t i = 0; i < c->nslots; i++) {
		const struct store_slot *x = &c->slots[i];
		n += str_size(x->type) + str_size(x->text) + str_size(x->value) + str_size(x->unit) +
		     str_size(x->gran) + str_size(x->mod) + str_size(x->event) + str_size(x->subject) +
		     str_size(x->norm);
	}
	struct st_cached_claim *e = xmalloc(n);
	char *at = (char *)&e->slots[c->nslots];
	e->c = *c;
	e->c.key = put_str(&at, c->key);
	e->c.source = put_str(&at, c->source);
	memcpy(at, c->text ? c->text : "", c->text_len);
	at[c->text_len] = '\0';
	e->c.text = at;
	at += c->text_len + 1;
	e->c.subject = put_str(&at, c->subject);
	e->c.event = put_str(&at, c->event);
	e->c.lemma = put_str(&at, c->lemma);
	e->c.scope = put_str(&at, c->scope);
	e->c.speaker = put_str(&at, c->speaker);
	e->c.modality = put_str(&at, c->modality);
	e->c.story = put_str(&at, c->story);
	e->c.source_date = put_str(&at, c->source_date);
	for (size_t i = 0; i < c->nslots; i++) {
		const struct store_slot *x = &c->slots[i];
		struct store_slot *y = &e->slots[i];
		*y = *x;
		y->type = put_str(&at, x->type);
		y->text = put_str(&at, x->text);
		y->value = put_str(&at, x->value);
		y->unit = put_str(&at, x->unit);
		y->gran = put_str(&at, x->gran);
		y->mod = put_str(&at, x->mod);
		y->event = put_str(&at, x->event);
		y->subject = put_str(&at, x->subject);
		y->norm = put_str(&at, x->norm);
	}
	e->c.slots = e->slots;
	return e;
}

void st_claim_cache_clear(struct store *st)
{
	if (!st->claim_cache)
		return;
	for (size_t i = 0; i < ST_CLAIM_CACHE; i++)
		free(st->claim_cache[i]);
	free(st->claim_cache);
	st->claim_cache = NULL;
}

static const struct store_claim *cache_get(struct store *st, int64_t id)
{
	if (!st->claim_cache)
		return NULL;
	struct st_cached_claim *e = st->claim_cache[(uint64_t)id % ST_CLAIM_CACHE];
	return e && e->c.id == id ? &e->c : NULL;
}

/* Keeps a copy of *c (in a batch only; not a claim whose sentence, kept
 * for quotes, is long: one sentence can be a whole 20 MB line). */
static const struct store_claim *cache_put(struct store *st, const struct store_claim *c)
{
	if (!st->in_batch || c->text_len > 65536)
		return c;
	if (!st->claim_cache)
		st->claim_cache = xcalloc(ST_CLAIM_CACHE, sizeof *st->claim_cache);
	struct st_cached_claim **slot = &st->claim_cache[(uint64_t)c->id % ST_CLAIM_CACHE];
	free(*slot);
	*slot = claim_copy(c);
	return &(*slot)->c;
}

/* The new claim k as it was just written (the same values a read gives
 * back: NULLs the insert turns into '' or 'asserted' turned alike), with
 * slots[] to fill; the strings stay in `in`. */
static void claim_of_input(const struct store_source_in *in, size_t k, int64_t id,
			   struct store_slot *slots, char *key, size_t keysz, struct store_claim *c)
{
	const struct store_claim_in *cl = &in->claims[k];
	size_t same = 0;
	while (same < k && in->claims[k - same - 1].start == cl->start &&
	       in->claims[k - same - 1].end == cl->end)
		same++;
	snprintf(key, keysz, "%.16s:%zu-%zu#%zu", in->hash, cl->start, cl->end, same);
	bool quote = false;
	for (size_t i = 0; i < cl->nslots; i++) {
		const struct store_slot *x = &cl->slots[i];
		slots[i] = *x;
		slots[i].text = x->text ? x->text : "";
		slots[i].value = x->value ? x->value : "";
		slots[i].unit = x->unit ? x->unit : "";
		slots[i].event = x->event ? x->event : "";
		slots[i].subject = x->subject ? x->subject : "";
		slots[i].norm = x->norm ? x->norm : "";
		if (!x->has_lo)
			slots[i].lo = 0; /* a NULL column reads as 0 */
		if (!x->has_hi)
			slots[i].hi = 0;
		/* quotes, and money (whose deal's parties its sentence names) */
		quote |= x->type && (strcmp(x->type, "quote") == 0 || strcmp(x->type, "money") == 0);
	}
	*c = (struct store_claim){
		.id = id, .key = key, .source = in->name, .ord = k, .sentence = cl->sentence,
		.start = cl->start, .end = cl->end, .text = "", .text_len = 0,
		.subject = cl->subject ? cl->subject : "", .event = cl->event ? cl->event : "",
		.lemma = cl->lemma ? cl->lemma : "", .scope = cl->scope ? cl->scope : "",
		.speaker = cl->speaker, .modality = cl->modality ? cl->modality : "asserted",
		.story = in->story ? in->story : "", .source_date = in->date,
		.negated = cl->negated, .score = cl->score, .slots = slots, .nslots = cl->nslots,
		.subject_implied = cl->subject_implied, .elsewhen = cl->elsewhen,
	};
	/* ... and dated statements, whose reported words may be the same
	 * (conflict.c same_words_after_date) */
	bool saying = cl->event && (strcmp(cl->event, "ANNOUNCE") == 0 || strcmp(cl->event, "CONFIRM") == 0 ||
				    strcmp(cl->event, "DENY") == 0);
	for (size_t i = 0; saying && !quote && i < cl->nslots; i++)
		quote = slots[i].type && strcmp(slots[i].type, "date") == 0;
	/* the sentence's bytes, for the rules on quotes (as substr would cut them) */
	if (quote && cl->start < in->len) {
		c->text = in->text + cl->start;
		c->text_len = (cl->end < in->len ? cl->end : in->len) - cl->start;
	}
}

static enum cc_status judge_pairs(struct store *st, const int64_t *ids, size_t n, const char *subject,
				  const struct store_judge *j, struct cc_err *err);

/* Steps q (bound; its rows are pairs of claim ids), finalizes it and
 * judges the pairs (judge_pairs); `what` names the lookup in the error
 * when the query fails. */
static enum cc_status judge_pair_rows(struct store *st, sqlite3_stmt *q, const char *subject,
				      const struct store_judge *j, const char *what,
				      struct cc_err *err)
{
	int64_t *ids = NULL;
	size_t n = 0, cap = 0;
	int r;
	while ((r = st_step(st, q)) == SQLITE_ROW) {
		ids = xgrow(ids, &cap, n + 2, sizeof *ids);
		ids[n++] = sqlite3_column_int64(q, 0);
		ids[n++] = sqlite3_column_int64(q, 1);
	}
	sqlite3_finalize(q);
	enum cc_status rc = r == SQLITE_DONE ? judge_pairs(st, ids, n, subject, j, err)
					     : st_error(st, err, what);
	free(ids);
	return rc;
}

/* The pair (ci, cn) as (claim of the older source, claim of the newer),
 * with the sources and ranks that order the pairs as the sources were
 * added (not claim ids: a refresh keeps them, store/refresh.c). */
#define OLDER_FIRST \
	"CASE WHEN ci.source_id < cn.source_id THEN ci.id ELSE cn.id END AS a," \
	" CASE WHEN ci.source_id < cn.source_id THEN cn.id ELSE ci.id END AS b," \
	" min(ci.source_id, cn.source_id) AS sa," \
	" CASE WHEN ci.source_id < cn.source_id THEN ci.ord ELSE cn.ord END AS oa," \
	" max(ci.source_id, cn.source_id) AS sb," \
	" CASE WHEN ci.source_id < cn.source_id THEN cn.ord ELSE ci.ord END AS ob"

/* The pairs a claim whose date took a year (ci: the row `r` of `from`, with
 * the date's value as r.value) makes with another source's claim cn, as an
 * add's candidates would pair them: the same date, the same subject and
 * event, or the same event with cn's subject implied. `sel`: more columns
 * after OLDER_FIRST; `extra`: more conditions for every branch. */
#define YEAR_PAIRS(sel, from, extra) \
	"  SELECT " OLDER_FIRST sel " FROM " from " JOIN claims ci ON ci.id = r.id" \
	"   JOIN slots xn ON xn.story = ci.story AND xn.type = 'date' AND xn.value = r.value" \
	"   JOIN claims cn ON cn.id = xn.claim_id WHERE ci.source_id <> cn.source_id" extra \
	"  UNION" \
	"  SELECT " OLDER_FIRST sel " FROM " from " JOIN claims ci ON ci.id = r.id" \
	"   JOIN claims cn ON cn.story = ci.story AND cn.subject = ci.subject AND cn.event = ci.event" \
	"   WHERE ci.event <> '' AND ci.subject <> '' AND ci.source_id <> cn.source_id" extra \
	"  UNION" \
	"  SELECT " OLDER_FIRST sel " FROM " from " JOIN claims ci ON ci.id = r.id" \
	"   JOIN claims cn ON cn.story = ci.story AND cn.event = ci.event AND cn.subject_implied = 1" \
	"   WHERE ci.event <> '' AND ci.source_id <> cn.source_id" extra

/* Pairs of older sources' claims that the new source's years have just
 * joined: "September 29" (or "in June") in two sources that gave no year
 * was no anchor when the second was added; once a third source gives the
 * year, both dates hold it and meet. A date whose year was filled in from
 * other sources (year_from 3) on a month-day, or a month without a day,
 * among the new source's dates (the only ones st_resolve_years can have
 * changed) is judged again with the claims of the other older sources that
 * hold the same date, or that share its claim's subject and event (or
 * its event, a subject implied: "closed in March" against "closed in May"
 * is a conflict only once both have a year), older claim first, as the
 * candidates of an add would pair them; judge_pairs adds only what is not
 * recorded yet. Years are filled in across the whole store, so this runs
 * in every story whose dates took the new source's years (found by the
 * dates' values, through their index), each under its own subject: the
 * new source's story under `subject`, another under the one it elects.
 * Rare (only when a year was filled in), and bounded like the main
 * lookup: at most STORE_MAX_CANDIDATES pairs a story. */
static enum cc_status mark_resolved(struct store *st, int64_t source_id, const char *subject,
				    const struct store_judge *j, struct cc_err *err)
{
	static const char stories_sql[] =
		"WITH nd AS (SELECT DISTINCT x.value AS v FROM claims c"
		"  JOIN slots x ON x.claim_id = c.id WHERE c.source_id = ?1 AND x.type = 'date')"
		" SELECT xr.story FROM nd JOIN slots xr ON xr.type = 'date' AND xr.value = nd.v"
		"  WHERE xr.year_from = 3"
		" UNION"
		" SELECT xr.story FROM nd JOIN slots xr ON xr.type = 'date' AND xr.value = substr(nd.v, 1, 7)"
		"  WHERE xr.year_from = 3 AND length(nd.v) >= 7"
		" UNION"
		" SELECT story FROM sources WHERE id = ?1"
		" ORDER BY 1";
	static const char pairs_sql[] =
		"WITH nd AS (SELECT DISTINCT x.value AS v FROM claims c"
		"  JOIN slots x ON x.claim_id = c.id WHERE c.source_id = ?1 AND x.type = 'date'),"
		" r AS (SELECT DISTINCT xr.claim_id AS id, xr.value AS value FROM slots xr"
		"  WHERE xr.story = ?4 AND xr.type = 'date' AND xr.year_from = 3"
		"   AND ((xr.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
		"     AND substr(xr.value, 6, 5) IN (SELECT substr(v, 6, 5) FROM nd))"
		"    OR (xr.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'"
		"     AND substr(xr.value, 6, 2) IN (SELECT substr(v, 6, 2) FROM nd))))"
		" SELECT a, b FROM ("
		/* each through its index; and this one implied, the other naming
		 * the story's subject (?3) */
		YEAR_PAIRS("", "r", " AND ci.source_id <> ?1 AND cn.source_id <> ?1")
		"  UNION"
		"  SELECT " OLDER_FIRST " FROM r JOIN claims ci ON ci.id = r.id"
		"   JOIN claims cn ON cn.story = ci.story AND cn.subject = ?3 AND cn.event = ci.event"
		"   WHERE ci.subject_implied = 1 AND ci.event <> ''"
		"    AND ci.source_id <> cn.source_id AND ci.source_id <> ?1 AND cn.source_id <> ?1"
		" ) ORDER BY sa, oa, sb, ob LIMIT ?2";
	sqlite3_stmt *sq = st_prepare(st, stories_sql, err);
	if (!sq)
		return err->status;
	sqlite3_bind_int64(sq, 1, source_id);
	char **stories = NULL;
	size_t ns = 0, cap = 0;
	int r;
	while ((r = st_step(st, sq)) == SQLITE_ROW) {
		stories = xgrow(stories, &cap, ns + 1, sizeof *stories);
		stories[ns++] = xstrdup(text_col(sq, 0));
	}
	sqlite3_finalize(sq);
	enum cc_status rc = r == SQLITE_DONE ? CC_OK
					     : st_error(st, err, "cannot find the stories whose years were filled in");
	char *own = NULL;
	if (rc == CC_OK)
		rc = st_story_subject_of(st, source_id, &own, NULL, err);
	for (size_t i = 0; i < ns && rc == CC_OK; i++) {
		char *other = NULL;
		const char *subj = subject;
		if (strcmp(stories[i], own) != 0) {
			rc = story_subject(st, stories[i], 0, &other, err);
			subj = other;
		}
		sqlite3_stmt *q = rc == CC_OK ? st_prepare(st, pairs_sql, err) : NULL;
		if (rc == CC_OK && !q)
			rc = err->status;
		if (rc == CC_OK) {
			sqlite3_bind_int64(q, 1, source_id);
			sqlite3_bind_int(q, 2, STORE_MAX_CANDIDATES);
			st_bind_text(q, 3, subj);
			st_bind_text(q, 4, stories[i]);
			rc = judge_pair_rows(st, q, subj, j, "cannot find the claims whose years were filled in",
					     err);
		}
		free(other);
	}
	for (size_t i = 0; i < ns; i++)
		free(stories[i]);
	free(stories);
	free(own);
	return rc;
}

/* After a remove gave other sources' dates another year or took it away
 * (store/remove.c: temp.remove_years holds each such date as it was): the
 * conflicts and agreements between a claim holding one and another
 * source's claim were judged on the old year; they go, and those pairs,
 * with the pairs the new year joins (the same date, or the same subject
 * and event, as mark_resolved pairs them), are judged again under their
 * story's subject, as adding the sources that stay would judge them.
 * Bounded like the main lookup: at most STORE_MAX_CANDIDATES pairs. */
enum cc_status st_rejudge_years(struct store *st, const struct store_judge *j, struct cc_err *err)
{
	/* temp.rejudge_claims: made by store_sources_remove (ST_REJUDGE_CREATE_SQL) */
	static const char clear_sql[] = "DELETE FROM temp.rejudge_claims";
	static const char fill_sql[] =
		"INSERT OR IGNORE INTO temp.rejudge_claims (id, value)"
		" SELECT s.claim_id, s.value FROM temp.remove_years r"
		" JOIN slots s ON s.claim_id = r.claim_id AND s.ord = r.ord WHERE s.value <> r.value";
	static const char pairs_sql[] =
		"SELECT a, b, story FROM ("
		YEAR_PAIRS(", ci.story AS story", "temp.rejudge_claims r", "")
		"  UNION"
		"  SELECT " OLDER_FIRST ", ci.story AS story FROM temp.rejudge_claims r"
		"   JOIN conflicts f ON f.claim_a = r.id OR f.claim_b = r.id"
		"   JOIN claims ci ON ci.id = r.id"
		"   JOIN claims cn ON cn.id = CASE WHEN f.claim_a = r.id THEN f.claim_b ELSE f.claim_a END"
		"   WHERE ci.source_id <> cn.source_id"
		"  UNION"
		"  SELECT " OLDER_FIRST ", ci.story AS story FROM temp.rejudge_claims r"
		"   JOIN corroborations f ON f.claim_a = r.id OR f.claim_b = r.id"
		"   JOIN claims ci ON ci.id = r.id"
		"   JOIN claims cn ON cn.id = CASE WHEN f.claim_a = r.id THEN f.claim_b ELSE f.claim_a END"
		"   WHERE ci.source_id <> cn.source_id"
		" ) ORDER BY story, sa, oa, sb, ob LIMIT ?1";
	/* what the pairs had: the conflicts and agreements of a claim whose
	 * year changed with another source's claim */
	static const char *const drop_sql[] = {
		"DELETE FROM conflicts WHERE id IN (SELECT f.id FROM temp.rejudge_claims r"
		" JOIN conflicts f ON f.claim_a = r.id OR f.claim_b = r.id"
		" JOIN claims x ON x.id = f.claim_a JOIN claims y ON y.id = f.claim_b"
		" WHERE x.source_id <> y.source_id)",
		"DELETE FROM corroborations WHERE id IN (SELECT f.id FROM temp.rejudge_claims r"
		" JOIN corroborations f ON f.claim_a = r.id OR f.claim_b = r.id"
		" JOIN claims x ON x.id = f.claim_a JOIN claims y ON y.id = f.claim_b"
		" WHERE x.source_id <> y.source_id)",
	};
	enum cc_status rc;
	if ((rc = st_run_id(st, clear_sql, 0, NULL, "cannot find the claims whose years changed", err)) ||
	    (rc = st_run_id(st, fill_sql, 0, NULL, "cannot find the claims whose years changed", err)))
		return rc;
	if (sqlite3_changes(st->db) == 0)
		return CC_OK;
	sqlite3_stmt *q = st_prepare(st, pairs_sql, err);
	if (!q)
		return err->status;
	sqlite3_bind_int(q, 1, STORE_MAX_CANDIDATES);
	int64_t *ids = NULL;
	char **stories = NULL;
	size_t n = 0, cap = 0, scap = 0;
	int r;
	while ((r = st_step(st, q)) == SQLITE_ROW) {
		ids = xgrow(ids, &cap, n + 2, sizeof *ids);
		stories = xgrow(stories, &scap, n / 2 + 1, sizeof *stories);
		ids[n] = sqlite3_column_int64(q, 0);
		ids[n + 1] = sqlite3_column_int64(q, 1);
		stories[n / 2] = xstrdup(text_col(q, 2));
		n += 2;
	}
	sqlite3_finalize(q);
	rc = r == SQLITE_DONE ? CC_OK : st_error(st, err, "cannot find the claims whose years changed");
	for (size_t i = 0; i < CC_ARRAY_LEN(drop_sql) && rc == CC_OK; i++)
		rc = st_run_id(st, drop_sql[i], 0, NULL, "cannot take back what a year changed", err);
	st_claim_cache_clear(st);
	/* story by story, under each one's subject */
	for (size_t g = 0; g < n && rc == CC_OK;) {
		size_t e = g + 2;
		while (e < n && strcmp(stories[e / 2], stories[g / 2]) == 0)
			e += 2;
		char *subject = NULL;
		rc = story_subject(st, stories[g / 2], 0, &subject, err);
		if (rc == CC_OK)
			rc = judge_pairs(st, ids + g, e - g, subject, j, err);
		free(subject);
		g = e;
	}
	for (size_t i = 0; i < n / 2; i++)
		free(stories[i]);
	free(stories);
	free(ids);
	return rc;
}

/* Gives *c its sentence's bytes (into *keep) when the read left them out
 * (st_claim_load cuts them only for the rules on quotes): the same-source
 * rule reads its sentence's words. */
static enum cc_status claim_text(struct store *st, struct store_claim *c, struct buf *keep,
				 struct cc_err *err)
{
	static const char text_sql[] =
		"SELECT substr(CAST(text AS BLOB), ?2 + 1, ?3 - ?2) FROM sources WHERE id = ?1";
	if (c->text && c->text_len)
		return CC_OK;
	sqlite3_stmt *q = st_cached(st, text_sql, err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, c->source_id);
	sqlite3_bind_int64(q, 2, (sqlite3_int64)c->start);
	sqlite3_bind_int64(q, 3, (sqlite3_int64)c->end);
	int r = st_step(st, q);
	keep->len = 0;
	if (r == SQLITE_ROW) {
		const void *b = sqlite3_column_blob(q, 0);
		size_t bl = (size_t)sqlite3_column_bytes(q, 0);
		if (b && bl)
			buf_add(keep, b, bl);
	}
	sqlite3_reset(q);
	if (r != SQLITE_ROW && r != SQLITE_DONE)
		return st_error(st, err, "cannot read a claim's sentence");
	c->text = keep->len ? keep->data : "";
	c->text_len = keep->len;
	return CC_OK;
}

/* Judges each pair of claims (ids[i], ids[i + 1]) of two sources of one
 * story under the story's subject and records what it gives, unless a
 * conflict of the same kind and key already stands between the two
 * sources. */
static enum cc_status judge_pairs(struct store *st, const int64_t *ids, size_t n, const char *subject,
				  const struct store_judge *j, struct cc_err *err)
{
	static const char exists_sql[] =
		"SELECT 1 FROM conflicts f JOIN claims x ON x.id = f.claim_a JOIN claims y ON y.id = f.claim_b"
		" JOIN sources sx ON sx.id = x.source_id JOIN sources sy ON sy.id = y.source_id"
		" WHERE f.story = ?1 AND f.kind = ?2 AND f.key = ?3"
		" AND ((sx.name = ?4 AND sy.name = ?5) OR (sx.name = ?5 AND sy.name = ?4))";
	enum cc_status rc = CC_OK;
	struct st_claim_reader ra = {0}, rb = {0};
	struct seen_set seen = {0};
	struct recs recs = {0};
	struct buf ta, tb;
	buf_init(&ta);
	buf_init(&tb);
	sqlite3_stmt *ex = n ? st_cached(st, exists_sql, err) : NULL;
	if (n && !ex)
		rc = err->status;
	for (size_t i = 0; i + 1 < n && rc == CC_OK; i += 2) {
		struct store_claim a, b;
		rc = st_claim_load(st, &ra, ids[i], &a, err);
		if (rc == CC_OK)
			rc = st_claim_load(st, &rb, ids[i + 1], &b, err);
		/* two claims of one source: the same-source rule reads their words */
		if (rc == CC_OK && a.source_id == b.source_id)
			rc = claim_text(st, &a, &ta, err);
		if (rc == CC_OK && a.source_id == b.source_id)
			rc = claim_text(st, &b, &tb, err);
		if (rc != CC_OK)
			break;
		a.story_subject = b.story_subject = subject;
		struct store_mark marks[16];
		size_t nm = j->judge(j->ctx, &a, &b, marks, CC_ARRAY_LEN(marks));
		for (size_t k = 0; k < nm && rc == CC_OK; k++) {
			if (marks[k].conflict) {
				/* one conflict a pair of sources, kind and key */
				const char *sa = a.source ? a.source : "", *sb = b.source ? b.source : "";
				char *both = strcmp(sa, sb) < 0 ? xasprintf("%zu:%s%s", strlen(sa), sa, sb)
								 : xasprintf("%zu:%s%s", strlen(sb), sb, sa);
				bool dup = already(&seen, both, &marks[k], subject);
				free(both);
				if (dup)
					continue;
				sqlite3_bind_text(ex, 1, b.story ? b.story : "", -1, SQLITE_TRANSIENT);
				sqlite3_bind_text(ex, 2, marks[k].kind, -1, SQLITE_TRANSIENT);
				sqlite3_bind_text(ex, 3, marks[k].key ? marks[k].key : "", -1, SQLITE_TRANSIENT);
				sqlite3_bind_text(ex, 4, sa, -1, SQLITE_TRANSIENT);
				sqlite3_bind_text(ex, 5, sb, -1, SQLITE_TRANSIENT);
				int e = st_step(st, ex);
				sqlite3_reset(ex);
				if (e != SQLITE_ROW && e != SQLITE_DONE) {
					rc = st_error(st, err, "cannot look up the conflicts");
					break;
				}
				if (e == SQLITE_ROW)
					continue;
			}
			record(&recs, b.story, a.id, b.id, &marks[k]);
		}
		if (j->release)
			j->release(j->ctx, marks, nm);
	}
	seen_free(&seen);
	rc = flush_recs(st, &recs, rc, err);
	st_claim_reader_free(&ra);
	st_claim_reader_free(&rb);
	buf_free(&ta);
	buf_free(&tb);
	return rc;
}

/* When the story's subject changes, pairs that did not meet before may meet
 * now: a claim whose subject is implied and one of another source that
 * names the new subject (in full too: "Harlow Foods Group" for "Harlow
 * Foods"), of the same event or with figures in the same folded unit. They
 * are judged now, as they are when the sources come in another order (the
 * new source's own pairs were judged under the new subject already: not
 * `source_id`'s). Rare, and bounded like the main lookup: at most
 * STORE_MAX_CANDIDATES pairs. */
static enum cc_status mark_named(struct store *st, const char *story, int64_t source_id,
				 const char *subject, const struct store_judge *j, struct cc_err *err)
{
	static const char pairs_sql[] =
		"SELECT a, b FROM ("
		" SELECT " OLDER_FIRST " FROM claims ci"
		"  JOIN claims cn ON cn.story = ci.story AND cn.event = ci.event"
		"  WHERE ci.story = ?1 AND ci.subject_implied = 1 AND cn.subject_implied = 0"
		"   AND (cn.subject = ?2 OR (cn.subject >= ?2 || ' ' AND cn.subject < ?2 || '!'))"
		"   AND ci.source_id <> cn.source_id AND ci.source_id <> ?3 AND cn.source_id <> ?3"
		" UNION"
		" SELECT " OLDER_FIRST " FROM slots xi"
		"  JOIN slots xn ON xn.story = xi.story AND xn.unit_key = xi.unit_key"
		"  JOIN claims ci ON ci.id = xi.claim_id JOIN claims cn ON cn.id = xn.claim_id"
		"  WHERE xi.story = ?1 AND xi.subject_implied = 1 AND xn.subject_implied = 0 AND xi.unit_key <> ''"
		"   AND (xn.subject = ?2 OR (xn.subject >= ?2 || ' ' AND xn.subject < ?2 || '!'))"
		"   AND ci.source_id <> cn.source_id AND ci.source_id <> ?3 AND cn.source_id <> ?3"
		") ORDER BY sa, oa, sb, ob LIMIT ?4";
	sqlite3_stmt *q = st_prepare(st, pairs_sql, err);
	if (!q)
		return err->status;
	sqlite3_bind_text(q, 1, story, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 2, subject, -1, SQLITE_STATIC);
	sqlite3_bind_int64(q, 3, source_id);
	sqlite3_bind_int(q, 4, STORE_MAX_CANDIDATES);
	return judge_pair_rows(st, q, subject, j, "cannot find the claims that name the story's subject",
			       err);
}

/* When the new source changed the story's subject (story_subject), the
 * explanations of the story's conflicts judged under the old one ("For
 * Pier 7, ...": keys with "*" for the story's subject) are made again
 * under the new one, so that what a story's conflicts say does not depend
 * on the order its sources came in. Only explanations change: a key with
 * "*" does not name the subject, and the rules do not look at which one it
 * is. Rare (a story's subject settles as outlets come), and bounded by the
 * story's conflicts keyed so. */
static enum cc_status reword_conflicts(struct store *st, const char *story, const char *subject,
				       const struct store_judge *j, struct cc_err *err);

static enum cc_status reword_story(struct store *st, int64_t source_id, const char *subject,
				   const struct store_judge *j, struct cc_err *err)
{
	char *story = NULL, *before = NULL;
	enum cc_status rc = st_story_subject_of(st, source_id, &story, NULL, err);
	if (rc == CC_OK)
		rc = story_subject(st, story, source_id, &before, err);
	if (rc == CC_OK && !(before && subject ? strcmp(before, subject) == 0 : before == subject)) {
		rc = reword_conflicts(st, story, subject, j, err);
		if (rc == CC_OK && subject)
			rc = mark_named(st, story, source_id, subject, j, err);
	}
	free(story);
	free(before);
	return rc;
}

enum cc_status st_story_subject_of(struct store *st, int64_t source_id, char **story,
				   char **subject, struct cc_err *err)
{
	static const char story_sql[] = "SELECT story FROM sources WHERE id = ?1";
	*story = NULL;
	if (subject)
		*subject = NULL;
	sqlite3_stmt *q = st_cached(st, story_sql, err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, source_id);
	int r = st_step(st, q);
	if (r == SQLITE_ROW)
		*story = xstrdup((const char *)sqlite3_column_text(q, 0));
	sqlite3_reset(q);
	if (r != SQLITE_ROW)
		return st_error(st, err, "cannot read the source's story");
	enum cc_status rc = subject ? story_subject(st, *story, 0, subject, err) : CC_OK;
	if (rc != CC_OK) {
		free(*story);
		*story = NULL;
	}
	return rc;
}

enum cc_status st_story_reword(struct store *st, const char *story, const char *before,
			       const struct store_judge *j, struct cc_err *err)
{
	char *now = NULL;
	enum cc_status rc = story_subject(st, story, 0, &now, err);
	/* a story left without a subject words its conflicts keyed "*"
	 * naming none */
	if (rc == CC_OK && !(before && now ? strcmp(before, now) == 0 : before == now)) {
		rc = reword_conflicts(st, story, now, j, err);
		if (rc == CC_OK && now)
			rc = mark_named(st, story, 0, now, j, err);
	}
	free(now);
	return rc;
}

/* Judges the story's conflicts keyed with "*" again under `subject` (NULL:
 * none leads, the words name none) and writes their new explanations. */
static enum cc_status reword_conflicts(struct store *st, const char *story, const char *subject,
				       const struct store_judge *j, struct cc_err *err)
{
	static const char list_sql[] =
		"SELECT id, claim_a, claim_b, kind, key FROM conflicts WHERE story = ?1"
		" AND (key GLOB '[*]|*' OR key GLOB '*|[*]|*' OR key GLOB '*|[*]') ORDER BY id";
	static const char set_sql[] = "UPDATE conflicts SET explanation = ?2 WHERE id = ?1";
	enum cc_status rc = CC_OK;
	int r;
	/* the conflicts first, then each judged again (the list statement is
	 * done before the claims are read) */
	struct row {
		int64_t id, a, b;
		char *kind, *key;
	} *rows = NULL;
	size_t n = 0, cap = 0;
	sqlite3_stmt *q = st_prepare(st, list_sql, err);
	if (!q)
		return err->status;
	sqlite3_bind_text(q, 1, story, -1, SQLITE_STATIC);
	while ((r = st_step(st, q)) == SQLITE_ROW) {
		rows = xgrow(rows, &cap, n + 1, sizeof *rows);
		rows[n++] = (struct row){sqlite3_column_int64(q, 0), sqlite3_column_int64(q, 1),
					 sqlite3_column_int64(q, 2),
					 xstrdup((const char *)sqlite3_column_text(q, 3)),
					 xstrdup((const char *)sqlite3_column_text(q, 4))};
	}
	sqlite3_finalize(q);
	if (r != SQLITE_DONE)
		rc = st_error(st, err, "cannot read the story's conflicts");
	struct st_claim_reader ra = {0}, rb = {0};
	sqlite3_stmt *set = rc == CC_OK && n ? st_cached(st, set_sql, err) : NULL;
	if (rc == CC_OK && n && !set)
		rc = err->status;
	/* a conflict the pair no longer gives under the new subject (a claim
	 * named the old one) goes, and the pair is judged afresh, as it is
	 * when the sources come in another order */
	sqlite3_stmt *del = rc == CC_OK && n ? st_cached(st, "DELETE FROM conflicts WHERE id = ?1", err) : NULL;
	if (rc == CC_OK && n && !del)
		rc = err->status;
	int64_t *again = NULL;
	size_t na = 0, acap = 0;
	for (size_t i = 0; i < n && rc == CC_OK; i++) {
		struct store_claim a, b;
		rc = st_claim_load(st, &ra, rows[i].a, &a, err);
		if (rc == CC_OK)
			rc = st_claim_load(st, &rb, rows[i].b, &b, err);
		if (rc != CC_OK)
			break;
		a.story_subject = b.story_subject = subject;
		struct store_mark marks[16];
		size_t nm = j->judge(j->ctx, &a, &b, marks, CC_ARRAY_LEN(marks));
		bool kept = false;
		for (size_t k = 0; k < nm && rc == CC_OK; k++) {
			if (!marks[k].conflict || strcmp(marks[k].kind, rows[i].kind) != 0 ||
			    strcmp(marks[k].key ? marks[k].key : "", rows[i].key) != 0)
				continue;
			kept = true;
			sqlite3_bind_int64(set, 1, rows[i].id);
			sqlite3_bind_text(set, 2, marks[k].explanation ? marks[k].explanation : "", -1,
					  SQLITE_TRANSIENT);
			if (st_step(st, set) != SQLITE_DONE)
				rc = st_error(st, err, "cannot reword a conflict");
			sqlite3_reset(set);
			break;
		}
		if (j->release)
			j->release(j->ctx, marks, nm);
		if (rc == CC_OK && !kept) {
			sqlite3_bind_int64(del, 1, rows[i].id);
			if (st_step(st, del) != SQLITE_DONE)
				rc = st_error(st, err, "cannot take back a conflict");
			sqlite3_reset(del);
			again = xgrow(again, &acap, na + 2, sizeof *again);
			again[na++] = rows[i].a;
			again[na++] = rows[i].b;
		}
	}
	if (rc == CC_OK && na)
		rc = judge_pairs(st, again, na, subject, j, err);
	free(again);
	for (size_t i = 0; i < n; i++) {
		free(rows[i].kind);
		free(rows[i].key);
	}
	free(rows);
	st_claim_reader_free(&ra);
	st_claim_reader_free(&rb);
	return rc;
}

/* Gives the slots stored without a unit key (rows older than schema 11)
 * theirs from the caller's fold, every distinct unit once; after that the
 * partial index slots_unit_unfolded is empty and this is one probe. */
static enum cc_status fold_units(struct store *st, const struct store_judge *j, struct cc_err *err)
{
	if (!j->unit_key)
		return CC_OK;
	sqlite3_stmt *q = st_cached(st, "SELECT DISTINCT unit FROM slots WHERE unit_key IS NULL", err);
	sqlite3_stmt *u = q ? st_cached(st, "UPDATE slots SET unit_key = ?2 WHERE unit_key IS NULL AND unit = ?1", err)
			    : NULL;
	if (!q || !u)
		return err->status;
	char **units = NULL;
	size_t n = 0, cap = 0;
	int r;
	while ((r = st_step(st, q)) == SQLITE_ROW) {
		units = xgrow(units, &cap, n + 1, sizeof *units);
		units[n++] = xstrdup((const char *)sqlite3_column_text(q, 0));
	}
	sqlite3_reset(q);
	enum cc_status rc = r == SQLITE_DONE ? CC_OK : st_error(st, err, "cannot read the units to fold");
	for (size_t i = 0; i < n && rc == CC_OK; i++) {
		const char *key = j->unit_key(j->ctx, units[i]);
		sqlite3_bind_text(u, 1, units[i], -1, SQLITE_STATIC);
		sqlite3_bind_text(u, 2, key ? key : units[i], -1, SQLITE_TRANSIENT);
		if (st_step(st, u) != SQLITE_DONE)
			rc = st_error(st, err, "cannot fold the stored units");
		sqlite3_reset(u);
	}
	for (size_t i = 0; i < n; i++)
		free(units[i]);
	free(units);
	return rc;
}

/* One figure or date of the new source, by the anchor two of its claims
 * must share to be compared with each other (mark_within). */
struct own {
	char *key;
	int64_t id, ord, sentence;
};

static int own_cmp(const void *pa, const void *pb)
{
	const struct own *a = pa, *b = pb;
	int c = strcmp(a->key, b->key);
	if (c)
		return c;
	return a->ord < b->ord ? -1 : a->ord > b->ord;
}

struct own_pair {
	int64_t a, b, oa, ob;
};

static int own_pair_cmp(const void *pa, const void *pb)
{
	const struct own_pair *a = pa, *b = pb;
	if (a->oa != b->oa)
		return a->oa < b->oa ? -1 : 1;
	return a->ob < b->ob ? -1 : a->ob > b->ob;
}

/* How many pairs one anchor of a source gives at most: a source whose
 * thousands of claims share one anchor is read once, not squared. */
#define OWN_PAIRS_AN_ANCHOR 64

/* Whether a claim of sentence `sentence` may be of another year's
 * happening: its sentence, or the one before it, holds a date of another
 * year than the source's (`years`, n sorted sentence indexes). Its own
 * sentence counts whatever event the date is tied to: "In 2019, the
 * Hollin Star struck a pier, injuring 9 people" dates the 9 injured too,
 * though the year is the striking's. */
static bool elsewhen(const int64_t *years, size_t n, int64_t sentence)
{
	int64_t before = sentence - 1;
	return n && (bsearch(&sentence, years, n, sizeof *years, id_asc) ||
		     bsearch(&before, years, n, sizeof *years, id_asc));
}

/* Pairs of the new source's own claims that the strict same-source rule
 * (src/conflict.c: an article that disagrees with itself) may judge:
 * figures or dates of the same type, subject, folded unit and event, or
 * lengths of one measure that places them ("from Cobb", "depth"), in two
 * claims of the source (earlier claim first). The source's slots are read
 * in one statement and grouped here; at most OWN_PAIRS_AN_ANCHOR pairs an
 * anchor and STORE_MAX_CANDIDATES in all. Not a claim in or right after a
 * sentence dated in another year than the source (elsewhen): it may be,
 * or go on with, that year's happening ("In June 2012, a 3.0 quake struck north of The
 * Geysers. The quake was six miles west of Cobb."). The judge records
 * only conflicts, and one a kind and key (judge_pairs). */
static enum cc_status mark_within(struct store *st, int64_t source_id, const char *subject,
				  const struct store_judge *j, struct cc_err *err)
{
	static const char slots_sql[] =
		"SELECT c.id, c.ord, c.sentence, x.type, x.subject, coalesce(x.unit_key, x.unit), x.event,"
		" x.norm FROM claims c JOIN slots x ON x.claim_id = c.id"
		" WHERE c.source_id = ?1 AND x.type IN ('number', 'money', 'percent', 'duration', 'date')"
		" ORDER BY c.ord, x.ord";
	static const char elsewhen_sql[] =
		"SELECT DISTINCT c.sentence FROM claims c JOIN slots d ON d.claim_id = c.id"
		" JOIN sources s ON s.id = c.source_id"
		" WHERE c.source_id = ?1 AND d.type = 'date' AND d.year_from <> 4"
		" AND d.value GLOB '[0-9][0-9][0-9][0-9]*'"
		" AND (s.pub_date IS NULL OR substr(d.value, 1, 4) <> substr(s.pub_date, 1, 4))";
	struct own *v = NULL;
	size_t n = 0, cap = 0;
	int64_t *other_year = NULL;
	size_t ny = 0, capy = 0;
	enum cc_status rc = CC_OK;
	int r;
	sqlite3_stmt *q = st_prepare(st, slots_sql, err);
	if (!q)
		return err->status;
	sqlite3_bind_int64(q, 1, source_id);
	while ((r = st_step(st, q)) == SQLITE_ROW) {
		const char *type = text_col(q, 3), *subj = text_col(q, 4), *unit = text_col(q, 5);
		const char *event = text_col(q, 6), *norm = text_col(q, 7);
		struct own o = {NULL, sqlite3_column_int64(q, 0), sqlite3_column_int64(q, 1),
				sqlite3_column_int64(q, 2)};
		/* a depth or a distance from a place: one measure whatever verb */
		if (strcmp(norm, "depth") == 0 || strncmp(norm, "from ", 5) == 0) {
			v = xgrow(v, &cap, n + 1, sizeof *v);
			v[n] = o;
			v[n++].key = xasprintf("P\x1f%s\x1f%s", type, norm);
		}
		if (*event && *subj) {
			v = xgrow(v, &cap, n + 1, sizeof *v);
			v[n] = o;
			v[n++].key = xasprintf("F\x1f%s\x1f%s\x1f%s\x1f%s", type, subj, unit, event);
		}
	}
	sqlite3_finalize(q);
	if (r != SQLITE_DONE)
		rc = st_error(st, err, "cannot read the figures of a source");
	if (rc == CC_OK) {
		q = st_prepare(st, elsewhen_sql, err);
		if (!q)
			rc = err->status;
	}
	if (rc == CC_OK) {
		sqlite3_bind_int64(q, 1, source_id);
		while ((r = st_step(st, q)) == SQLITE_ROW) {
			other_year = xgrow(other_year, &capy, ny + 1, sizeof *other_year);
			other_year[ny++] = sqlite3_column_int64(q, 0);
		}
		sqlite3_finalize(q);
		if (r != SQLITE_DONE)
			rc = st_error(st, err, "cannot read the dates of a source");
	}
	struct own_pair *pairs = NULL;
	size_t np = 0, capp = 0;
	if (rc == CC_OK && n > 1) {
		qsort(v, n, sizeof *v, own_cmp);
		if (ny > 1)
			qsort(other_year, ny, sizeof *other_year, id_asc);
		for (size_t g = 0; g < n && np < STORE_MAX_CANDIDATES;) {
			size_t e = g + 1, got = 0;
			while (e < n && strcmp(v[e].key, v[g].key) == 0)
				e++;
			for (size_t x = g; x < e && got < OWN_PAIRS_AN_ANCHOR; x++) {
				if (elsewhen(other_year, ny, v[x].sentence))
					continue;
				for (size_t y = x + 1; y < e && got < OWN_PAIRS_AN_ANCHOR; y++) {
					if (v[y].id == v[x].id || elsewhen(other_year, ny, v[y].sentence))
						continue;
					pairs = xgrow(pairs, &capp, np + 1, sizeof *pairs);
					pairs[np++] = (struct own_pair){v[x].id, v[y].id, v[x].ord, v[y].ord};
					got++;
				}
			}
			g = e;
		}
	}
	for (size_t i = 0; i < n; i++)
		free(v[i].key);
	free(v);
	free(other_year);
	int64_t *ids = NULL;
	size_t nid = 0;
	if (rc == CC_OK && np) {
		qsort(pairs, np, sizeof *pairs, own_pair_cmp);
		ids = xcalloc(np * 2, sizeof *ids);
		for (size_t i = 0; i < np && nid < 2 * STORE_MAX_CANDIDATES; i++) {
			if (i > 0 && pairs[i].a == pairs[i - 1].a && pairs[i].b == pairs[i - 1].b)
				continue;
			ids[nid++] = pairs[i].a;
			ids[nid++] = pairs[i].b;
		}
		rc = judge_pairs(st, ids, nid, subject, j, err);
	}
	free(ids);
	free(pairs);
	return rc;
}

enum cc_status st_mark_source(struct store *st, int64_t source_id,
			      const struct store_source_in *in, const struct store_judge *j,
			      struct cc_err *err)
{
	/* the caller passes no `in` when years were filled in (store.c) */
	bool years_filled = in == NULL;
	/* every candidate pair, grouped by the other claim so that each claim
	 * is read once */
	struct pair *pairs = NULL;
	size_t np = 0, nm = 0;
	int64_t *mine = NULL;
	char *subject = NULL;
	enum cc_status rc = fold_units(st, j, err);
	if (rc == CC_OK)
		rc = candidates(st, source_id, &pairs, &np, &mine, &nm, &subject, err);
	if (rc != CC_OK)
		return rc;
	/* the new source's claims that have candidates, in the order they are
	 * first met: taken from what was just written when the caller has it
	 * (claim k has ord k), else each read in a reader of its own */
	if (in && in->nclaims != nm)
		in = NULL;
	struct st_claim_reader *readers = xcalloc(nm ? nm : 1, sizeof *readers);
	struct store_claim *cn = xcalloc(nm ? nm : 1, sizeof *cn);
	struct store_slot **cslots = xcalloc(nm ? nm : 1, sizeof *cslots);
	char (*keys)[128] = in ? xcalloc(nm ? nm : 1, sizeof *keys) : NULL;
	bool *loaded_new = xcalloc(nm ? nm : 1, sizeof *loaded_new);
	struct st_claim_reader *ro = &st->mark_old;
	int64_t loaded = 0;
	struct store_claim co_read;
	const struct store_claim *co = NULL;
	/* one conflict a pair of sources, kind and key: the first in the
	 * order the sources were added (rec_cmp), kept as the pairs are
	 * judged, so that a source whose thousands of claims all meet the
	 * same few keys does not queue a mark a pair (that took 1.3 GB for
	 * two articles of 8,000 such sentences): the queued conflict each
	 * (other source, kind, key) stands for */
	struct seen_set first = {0};
	struct recs recs = {0};
	size_t seq = 0;
	for (size_t i = 0; i < np && rc == CC_OK; i++) {
		size_t k = pairs[i].mine;
		if (!loaded_new[k]) {
			if (in) {
				cslots[k] = xcalloc(in->claims[k].nslots + 1, sizeof **cslots);
				claim_of_input(in, k, mine[k], cslots[k], keys[k], sizeof keys[k], &cn[k]);
				cn[k].source_id = source_id;
			} else {
				rc = st_claim_load(st, &readers[k], mine[k], &cn[k], err);
				if (rc != CC_OK)
					break;
			}
			loaded_new[k] = true;
		}
		if (pairs[i].other != loaded) {
			co = cache_get(st, pairs[i].other);
			if (!co) {
				rc = st_claim_load(st, ro, pairs[i].other, &co_read, err);
				if (rc != CC_OK)
					break;
				co = cache_put(st, &co_read);
			}
			loaded = pairs[i].other;
		}
		struct store_mark marks[16];
		/* both told the story's subject (the cached claims keep none) */
		struct store_claim oa = *co, ob = cn[k];
		oa.story_subject = ob.story_subject = subject;
		size_t n = j->judge(j->ctx, &oa, &ob, marks, CC_ARRAY_LEN(marks));
		for (size_t q = 0; q < n; q++) {
			const char *other = co->source ? co->source : "";
			struct rec want = {.src = co->source_id, .ord = (int64_t)co->ord, .mine = (int64_t)k,
					   .seq = seq++, .implied = implied_sides(&oa, &ob, &marks[q])};
			struct rec *over = NULL;
			if (marks[q].conflict) {
				size_t at = seen_get(&first, mark_key(other, &marks[q], subject), recs.n);
				if (at != SIZE_MAX) {
					/* a conflict of this kind and key with that
					 * source is queued: this one takes its place
					 * only when it names more of the subject, or
					 * as much and comes first */
					if (want.implied != recs.v[at].implied ? want.implied > recs.v[at].implied
									       : rec_cmp(&want, &recs.v[at]) > 0)
						continue;
					over = &recs.v[at];
				}
			}
			record_at(&recs, over, cn[k].story, co->id, cn[k].id, &marks[q]);
			struct rec *r = over ? over : &recs.v[recs.n - 1];
			r->src = want.src;
			r->ord = want.ord;
			r->mine = want.mine;
			r->seq = want.seq;
			r->implied = want.implied;
		}
		if (j->release)
			j->release(j->ctx, marks, n);
	}
	seen_free(&first);
	if (rc == CC_OK)
		in_added_order(&recs);
	rc = flush_recs(st, &recs, rc, err);
	/* the new claims compared here are the old ones of the next sources */
	for (size_t k = 0; k < nm && rc == CC_OK; k++)
		if (loaded_new[k])
			cache_put(st, &cn[k]);
	for (size_t k = 0; k < nm; k++) {
		st_claim_reader_free(&readers[k]);
		free(cslots[k]);
	}
	free(cslots);
	free(keys);
	free(readers);
	free(cn);
	free(loaded_new);
	free(mine);
	free(pairs);
	st_claim_reader_clear(ro);
	if (rc == CC_OK)
		rc = mark_within(st, source_id, subject, j, err);
	if (rc == CC_OK && years_filled)
		rc = mark_resolved(st, source_id, subject, j, err);
	if (rc == CC_OK)
		rc = reword_story(st, source_id, subject, j, err);
	free(subject);
	return rc;
}
