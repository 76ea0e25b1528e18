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
	STORE_OPEN_READ,     /* it must exist; only read: when this user cannot
			      * write it (file or folder) it is opened read-only,
			      * immutable when SQLite could not otherwise read it */
	STORE_OPEN_READ_ONLY, /* as STORE_OPEN_READ, and nothing is written
			       * even when this user could: a writable store
			       * is opened with every write refused (SQLite's
			       * query_only), and one that needs a migration
			       * is refused as an unwritable one is */
};

/* The store path chosen by --db (opt, may be NULL), then $CROSSCHECK_DB,
 * then "crosscheck.db". The result points into one of those; not freed. */
const char *store_default_path(const char *opt);

/* Opens (and, with STORE_OPEN_CREATE, creates) a store. A file that is not a
 * crosscheck store, or one written by a newer crosscheck, is refused and
 * left untouched. Older schemas are migrated in one transaction. A store
 * this user cannot write (the file, or the folder where SQLite must create
 * PATH-wal and PATH-shm) is refused, CC_ERR_INPUT with the reason, unless
 * mode is STORE_OPEN_READ; then every write through it fails. */
enum cc_status store_open(const char *path, enum store_mode mode, struct store **out,
			  struct cc_err *err);
void store_close(struct store *st);
const char *store_path(const struct store *st);
/* Why nothing can be written through st, in a few words ("its folder is
 * not writable", "the file is not writable", "opened read-only"), or NULL
 * when writes go through. Owned by st. */
const char *store_readonly(const struct store *st);

/* How long a write waits for another process that holds the store's write
 * lock (a long `refresh` or `add`) before it gives up, leaving the store as
 * it was, with an error that says so. */
#define STORE_BUSY_TIMEOUT_MS 15000u

/* Called again and again (every few ms) while a write waits for the lock,
 * with how long it has waited: true waits on, false gives up now (the
 * write then fails as after the timeout). With one set, the timeout is the
 * function's to decide; NULL restores the timeout. For the review, which
 * says on screen that it waits and lets the reviewer stop waiting. */
typedef bool (*store_wait_fn)(void *ctx, unsigned waited_ms);
void store_set_wait(struct store *st, store_wait_fn fn, void *ctx);

/* Whether the last write's error (CC_ERR_STORE) was another process
 * holding the store: the write waited and gave up, and nothing was
 * written. */
bool store_busy(const struct store *st);

/* A batch: until store_batch_commit, every write (store_source_add, ...)
 * runs as a savepoint inside one transaction, still taken or rolled back on
 * its own, but written to the store once for the whole batch. For bulk
 * loads: what the batch holds is lost if the process dies before the commit,
 * and other crosscheck processes wait for the commit. */
enum cc_status store_batch_begin(struct store *st, struct cc_err *err);
enum cc_status store_batch_commit(struct store *st, struct cc_err *err);

/* A read snapshot: from store_snapshot_begin to store_snapshot_end, every
 * read through st sees the store as it was when the snapshot began, though
 * other processes write meanwhile (they are not held up: the store is in
 * WAL mode). For readers that make several queries of one whole, such as an
 * export (sources, claims, then conflicts). Inside a batch or transaction
 * it does nothing: that already reads one state. Nothing may be written
 * through st until store_snapshot_end. */
enum cc_status store_snapshot_begin(struct store *st, struct cc_err *err);
void store_snapshot_end(struct store *st);

/* ---- sources ---------------------------------------------------------- */

struct store_sentence_in {
	size_t start, end, paragraph;
	bool boilerplate;
};

/* One typed slot of a claim, as stored and as read back. Dates keep lo/hi
 * as days since 1970-01-01. */
struct store_slot {
	const char *type, *text, *value, *unit, *gran, *mod, *event, *subject;
	const char *norm; /* quotes: the normalised quoted words; else "" or NULL */
	size_t start, end;
	double lo, hi;
	bool has_lo, has_hi;
	bool subject_implied; /* the subject is the source's main entity, not
			       * named in the sentence (schema 10; older rows:
			       * false) */
	bool elsewhen;        /* ... in a sentence of another year: not the
			       * story's (stored as subject_implied 2) */
	int year_from;
	/* the unit as data/units.tsv folds it ("kilometer" -> "km"), which
	 * the lookups of figures by unit match on; NULL: not folded (left for
	 * store_judge.unit_key). Written only; not read back. */
	const char *unit_key;
};

struct store_claim_in {
	size_t sentence, start, end;
	const char *subject, *event, *lemma, *scope, *speaker, *modality;
	bool subject_implied, elsewhen; /* as the slot's */
	bool actor; /* the subject, named in the sentence, does the event
		     * (extract_claim_actor; schema 11) */
	bool negated;
	double score;
	const struct store_slot *slots;
	size_t nslots;
};

struct store_claim;

/* One judgement of a pair of claims, as the conflict rules return it. */
struct store_mark {
	bool conflict; /* false: an agreement (corroboration) */
	const char *kind, *severity, *rule, *key, *explanation;
	int slot_a, slot_b; /* slot ords, -1 when none */
};

/* The conflict rules, handed to the store by the caller: judge(a, b) writes
 * up to max marks for a pair (a from an older source, b from the new one)
 * and returns how many; release(marks, n) frees what judge allocated. */
struct store_judge {
	size_t (*judge)(void *ctx, const struct store_claim *a, const struct store_claim *b,
			struct store_mark *out, size_t max);
	void (*release)(void *ctx, struct store_mark *marks, size_t n);
	void *ctx;
	/* The fold of a unit (store_slot.unit_key), or NULL: before the
	 * lookups, the slots stored without a key (by a store older than
	 * schema 11, or a caller that gave none) get theirs from it. The
	 * result is copied. */
	const char *(*unit_key)(void *ctx, const char *unit);
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
	const struct store_claim_in *claims;
	size_t nclaims;
	/* When not NULL, conflicts and corroborations between the new claims
	 * and the claims of the same story's other sources are marked in the
	 * same transaction. Candidates come from indexed joins on the same
	 * date, the same subject and event, the same subject and folded unit, or the
	 * same quoted words, at most STORE_MAX_CANDIDATES per claim. */
	const struct store_judge *judge;
};

#define STORE_MAX_CANDIDATES 400

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

/* How many claims of the source `name` have annotation entries (any
 * reviewer), and how many entries they have (0, 0 when there is no such
 * source). */
enum cc_status store_source_annotated(struct store *st, const char *name, size_t *claims,
				      size_t *entries, struct cc_err *err);

/* One source to remove (store/remove.c): the caller fills name and
 * entries_saved, the store the counts. */
struct store_remove {
	const char *name;
	/* how many annotation entries of the source's claims the caller has
	 * saved (exported) and lets go: with more than that in the store,
	 * nothing is removed (CC_ERR_INPUT naming the source) */
	size_t entries_saved;
	size_t claims, annotated;  /* its claims, and how many were annotated */
	size_t conflicts, agreements; /* those it took part in */
	size_t years; /* other sources' dates whose inferred year changed */
};

/* Removes the sources, all or none, in one transaction: each with its
 * sentences (and their full-text rows), claims, slots, annotation entries,
 * and the conflicts and corroborations it takes part in. The conflicts and
 * corroborations among the other sources stay as they are, but for those
 * below. Dates of other
 * sources that took their year from the store ("July 20" with no year in
 * its own article) take it again from the sources that stay, or become
 * unknown again when none gives it; with a judge, the conflicts and
 * corroborations of their claims with other sources are judged again
 * (those the old year gave go). With a judge (NULL: none), a story
 * whose subject changes without a source has its conflicts keyed "*"
 * worded again under the new subject, as store_source_add does.
 * CC_ERR_INPUT naming the source when one is not in the store or holds
 * unsaved annotation entries. */
enum cc_status store_sources_remove(struct store *st, struct store_remove *v, size_t n,
				    const struct store_judge *j, struct cc_err *err);

/* One source to extract again (store/refresh.c): the caller fills name
 * and in, the store the rest. */
struct store_refresh_lost {
	int64_t id;     /* an annotated claim the new extraction has no match for */
	char *text;     /* its sentence (newly allocated) */
	size_t entries; /* its annotation entries */
};

struct store_refresh {
	const char *name;
	/* the source extracted again from its stored text: sentences and
	 * claims (hash, text and len must be the stored ones), and the date,
	 * date_origin, title and outlet it is to have (written when they
	 * differ from the stored ones); its name, story, path and url are
	 * not read */
	const struct store_source_in *in;
	/* how many annotation entries of the claims without a match the
	 * caller has saved and lets go: with more than that, nothing is
	 * written (CC_ERR_INPUT, with `lost` filled in) */
	size_t entries_saved;
	/* what the refresh does (or did) */
	size_t claims_was, claims;       /* the source's claims, before and after */
	size_t added, gone, changed;     /* claims without a match on either side; matched
					  * claims whose fields or slots differ */
	size_t conflicts_was, conflicts; /* the conflicts it takes part in */
	size_t agreements_was, agreements;
	size_t kept;                     /* annotated claims matched (they keep id and log) */
	size_t lost_entries;             /* entries of the annotated claims without a match */
	struct store_refresh_lost *lost; /* those claims, in text order */
	size_t nlost;
	bool sentences_changed;          /* the sentences were cut differently */
	bool date_changed;               /* its date or the date's origin differs */
	bool title_changed, outlet_changed;
	char *date_was, *origin_was;     /* the stored date and origin (NULL: none) */
	bool unchanged;                  /* nothing of the source differs */
};

/* Extracts the sources again: in one transaction, all or nothing, each
 * source's claims and slots are replaced by in->claims; a new claim with
 * the sentence of an old one and the same slots at the same places (else
 * the same first slot) is matched to it, and keeps its id, its annotation
 * log and its state. Then every source of the stories these belong to is
 * added again in the order they were added (the other sources with their
 * stored claims): missing years are inferred and conflicts and
 * corroborations marked by the judge as store_source_add does, so that
 * the stories are what adding the same texts in that order gives; other
 * stories' dates that took their year from the refreshed sources take it
 * again as store_sources_remove does. With dry_run, or when nothing
 * differs, everything is rolled back (the store is byte for byte as it
 * was); else it is committed. CC_ERR_INPUT naming the
 * source when it is not in the store or its text is not in->text; when
 * annotated claims have no match (more entries than entries_saved), with
 * every source's `lost` filled in. Free with store_refresh_free. */
enum cc_status store_sources_refresh(struct store *st, struct store_refresh *v, size_t n,
				     const struct store_judge *j, bool dry_run,
				     struct cc_err *err);
void store_refresh_free(struct store_refresh *v, size_t n);

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

/* ---- claims ---------------------------------------------------------- */

/* A claim as read back; strings and slots are owned by the store until the
 * callback returns. */
struct store_claim {
	int64_t id;
	int64_t source_id; /* set by the store's own reads for marking; 0 elsewhere */
	const char *key;    /* stable across stores holding the same text */
	const char *source;
	size_t ord, sentence, start, end;
	const char *text; /* the sentence */
	size_t text_len;
	const char *subject, *event, *lemma, *scope, *speaker, *modality;
	const char *story;
	const char *source_date; /* the source's publication date, or NULL */
	/* the subject most of the story's sources take as their main entity
	 * (the subject of their implied claims): set only on the claims handed
	 * to a store_judge, NULL elsewhere */
	const char *story_subject;
	bool subject_implied, elsewhen; /* as the slot's */
	bool negated;
	double score;
	const struct store_slot *slots;
	size_t nslots;
};

typedef int (*store_claim_fn)(const struct store_claim *c, void *ctx);

/* Calls fn for each claim of one source (NULL: every source), in source and
 * text order. */
enum cc_status store_claims_each(struct store *st, const char *source, store_claim_fn fn,
				 void *ctx, struct cc_err *err);

/* ---- annotations (store/annotations.c) --------------------------------- */

/* One entry of the append-only annotation log. Each entry holds its
 * reviewer's whole state after it (verdict, note, tags). A claim's current
 * state merges the log by time, field by field: each entry changes the
 * fields in which it differs from its reviewer's previous entry, and the
 * latest change to a field (to a tag: its latest addition or removal)
 * wins (ST_MERGE in internal.h; README "Annotations from several
 * reviewers"). `action` is "set", "undo", "redo" or "import"; undo and
 * redo name the entry they act on in `target`. Strings are owned by the
 * struct (store_annotation_free). */
struct store_annotation {
	int64_t id, claim_id, session_id, target;
	char *reviewer, *at, *action;
	char *verdict; /* "true", "false", "misleading", "unverifiable" or NULL */
	char *note;    /* NULL when none */
	char *tags;    /* comma-separated, sorted, "" when none */
	/* an undo or redo whose change to the claim is not the one its own
	 * state gives (README: "Annotations from several reviewers"): bits
	 * 1 the claim's verdict kept, 2 set to claim_verdict, 4 the note
	 * kept, 8 set to claim_note; also a "set" entry that restates its
	 * reviewer's verdict or note over another's newer one (2, 8); 0 for
	 * every other entry */
	int effect;
	char *claim_verdict, *claim_note;
	/* store_annotation_history only: the tags this entry took over from
	 * another reviewer's, shown on the claim, so that the reviewer's next
	 * entry could remove them (comma-separated), or NULL */
	char *took_over;
	/* store_annotation_history only: the tags this entry dropped from
	 * its reviewer's own state, which the claim did not show (another
	 * reviewer had removed them), so that the reviewer's next entry could
	 * give them again (comma-separated), or NULL */
	char *dropped;
};

void store_annotation_free(struct store_annotation *a);

/* True when the string is one of the four verdicts. */
bool store_verdict_valid(const char *v);

/* A review session: begun when the review opens, ended when it closes. */
enum cc_status store_session_begin(struct store *st, const char *reviewer, int64_t *id,
				   struct cc_err *err);
enum cc_status store_session_end(struct store *st, int64_t id, struct cc_err *err);

/* CC_ERR_INPUT naming the id when there is no such claim. */
enum cc_status store_claim_check(struct store *st, int64_t claim_id, struct cc_err *err);

/* Appends a "set" entry giving the reviewer this whole state (verdict NULL
 * clears it; note NULL means none; tags "" or NULL none). Committed before
 * it returns. session_id 0 means no session (scripts). A state equal to
 * the reviewer's own latest entry (for their first entry: an empty one)
 * changes nothing and is not written: *id_out is then 0, else the new
 * entry's id. */
enum cc_status store_annotate(struct store *st, int64_t claim_id, int64_t session_id,
			      const char *reviewer, const char *verdict, const char *note,
			      const char *tags, int64_t *id_out, struct cc_err *err);

/* store_annotate for an entry that takes the tags in `removed`
 * (comma-separated) off the claim: those the claim shows but the
 * reviewer's own latest entry lacks (another reviewer's) are first added to
 * the reviewer's own state by an entry of its own, in the same
 * transaction, so that the merge rule reads the removal as a change. */
enum cc_status store_annotate_removing(struct store *st, int64_t claim_id, int64_t session_id,
				       const char *reviewer, const char *verdict, const char *note,
				       const char *tags, const char *removed, int64_t *id_out,
				       struct cc_err *err);

/* store_annotate_removing where the caller gave the verdict and/or the
 * note (restate: STORE_RESTATE_*): a given verdict or note equal to the
 * reviewer's own latest, while the claim shows another (another reviewer's
 * newer change), is written all the same, with the effect that sets the
 * claim's field to it (ST_EFFECT_*_SET): the entry is newer, and what was
 * asked holds afterwards. A verdict of none or a cleared note is never
 * restated so. `added` (comma-separated, may be NULL): the tags the caller
 * gave; those the reviewer's own latest entry holds while the claim does
 * not show them (another reviewer removed them later) are first dropped
 * from the reviewer's own state by an entry of its own, in the same
 * transaction, so that the rule reads the entry as adding them again. */
#define STORE_RESTATE_VERDICT 1u
#define STORE_RESTATE_NOTE 2u
enum cc_status store_annotate_restating(struct store *st, int64_t claim_id, int64_t session_id,
					const char *reviewer, const char *verdict, const char *note,
					const char *tags, const char *removed, const char *added,
					unsigned restate, int64_t *id_out, struct cc_err *err);

/* The claim's current state (merged from its log; id, reviewer, at and
 * action are those of the entry that gave the verdict, or without a verdict
 * of the newest entry by time); *found is false when it was never
 * annotated. */
enum cc_status store_annotation_current(struct store *st, int64_t claim_id,
					struct store_annotation *out, bool *found,
					struct cc_err *err);

/* The reviewer's own latest entry on the claim (by time), or *found false
 * when the reviewer has none: a new entry starts from this state with only
 * the fields the reviewer gave changed, never from the merged state (which
 * holds other reviewers' verdicts). Free with store_annotation_free. */
enum cc_status store_annotation_own(struct store *st, int64_t claim_id, const char *reviewer,
				    struct store_annotation *out, bool *found, struct cc_err *err);

/* Every entry for a claim, oldest first by time (at, id: the order the
 * merge rule reads); free each and the array. */
enum cc_status store_annotation_history(struct store *st, int64_t claim_id,
					struct store_annotation **out, size_t *n,
					struct cc_err *err);

/* Undoes the reviewer's latest action that is not undone yet (across
 * sessions, so undo works after a restart), or redoes the latest undo when
 * no new action followed it. *claim_id tells which claim changed. The
 * reviewer's own state goes back to what they held before the action (or
 * to the action's values); the claim's fields go back (or forward) unless
 * another reviewer changed them after the action (README: "annotate").
 * CC_ERR_INPUT "nothing to undo" / "nothing to redo". */
enum cc_status store_undo(struct store *st, const char *reviewer, int64_t session_id,
			  int64_t *claim_id, struct cc_err *err);
enum cc_status store_redo(struct store *st, const char *reviewer, int64_t session_id,
			  int64_t *claim_id, struct cc_err *err);
/* How many of the log's entries reviewer wrote in this store (imports not
 * counted: undo and redo never take them back), in *n. */
enum cc_status store_reviewer_entries(struct store *st, const char *reviewer, size_t *n,
				      struct cc_err *err);

/* ---- conflicts and corroborations (store/conflicts.c) ------------------- */

struct store_conflict_side {
	int64_t claim;
	const char *source;
	const char *text; /* the claim's sentence */
	size_t text_len;
	size_t start, end;           /* the sentence's byte span in its source */
	size_t slot_start, slot_end; /* the slot that differs (0, 0 when none) */
};

struct store_conflict {
	int64_t id;
	const char *story, *kind, *severity, *rule, *key, *explanation;
	struct store_conflict_side a, b;
};

typedef int (*store_conflict_fn)(const struct store_conflict *c, void *ctx);

/* Calls fn for each conflict, in id order, filtered by kind and story (NULL:
 * any) and by claim (0: any; else conflicts where it is either side). */
enum cc_status store_conflicts_each(struct store *st, const char *kind, const char *story,
				    int64_t claim_id, store_conflict_fn fn, void *ctx,
				    struct cc_err *err);

/* One corroboration: two claims of two sources that the rules found
 * agreeing. The store keeps the rule and the anchor, not the words: a and b
 * are the two claims whole (a from the older source), for the caller to
 * judge again and say what they agree on. Owned by the store until the
 * callback returns. */
struct store_corroboration {
	int64_t id;
	const char *story, *rule, *key;
	struct store_conflict_side sa, sb; /* sources and sentences (no slot span) */
	const struct store_claim *a, *b;
};

typedef int (*store_corroboration_fn)(const struct store_corroboration *c, void *ctx);

/* Calls fn for each corroboration, in id order, filtered by story (NULL:
 * any) and by claim (0: any; else those where it is either side). */
enum cc_status store_corroborations_each(struct store *st, const char *story, int64_t claim_id,
					 store_corroboration_fn fn, void *ctx,
					 struct cc_err *err);

/* How many other sources agree with a claim, and how many conflicts it is in. */
enum cc_status store_claim_counts(struct store *st, int64_t claim_id, size_t *support,
				  size_t *conflicts, struct cc_err *err);

/* ---- for tests ---------------------------------------------------------- */

/* Makes the Nth following SQLite step or commit in this store fail (1 = the
 * next one); 0 turns it off. Used by fault-injection tests. */
void store_fail_after(struct store *st, int n);

/* ---- review queries (store/review.c) ---- */

/* Read-only queries for the review screens. Each loads one screenful or one
 * source, never every source, so that the review's start-up and keys do not
 * grow with the size of the store. */

/* The source after (dir > 0) or before (dir < 0) the one with id `from`
 * in the order they were added; from = 0 with dir > 0 gives the first,
 * from = INT64_MAX with dir < 0 the last. *found is false when there is
 * none. *out is filled as store_source_get does (free with
 * store_source_free). */
enum cc_status store_review_source_step(struct store *st, int64_t from, int dir,
					struct store_source *out, bool *found,
					struct cc_err *err);

/* The source with this id; CC_ERR_INPUT when there is none. */
enum cc_status store_review_source_by_id(struct store *st, int64_t id, struct store_source *out,
					 struct cc_err *err);

/* How many sources were added before the one with this id (its 0-based
 * position in the order they were added). */
enum cc_status store_review_source_index(struct store *st, int64_t id, size_t *idx,
					 struct cc_err *err);

/* One row of the sources screen. Strings are owned by the store until the
 * callback returns. */
struct store_review_source {
	int64_t id;
	const char *name, *title, *date, *outlet, *story;
	size_t claims, conflicts, annotated;
};
typedef int (*store_review_source_fn)(const struct store_review_source *s, void *ctx);

/* Up to `limit` sources from the one with id `from` (included) onwards
 * (dir > 0, ascending ids) or backwards (dir < 0, descending ids). */
enum cc_status store_review_sources_page(struct store *st, int64_t from, int dir, size_t limit,
					 store_review_source_fn fn, void *ctx,
					 struct cc_err *err);

/* A claim of one source with its current annotation and its counts.
 * Strings and slots are owned by the store until the callback returns. */
struct store_review_claim {
	int64_t id;
	size_t ord, sentence, start, end;
	const char *subject, *event, *lemma, *speaker, *modality;
	bool negated;
	double score;
	const struct store_slot *slots;
	size_t nslots;
	const char *verdict; /* NULL when none */
	const char *note;    /* NULL when none */
	const char *tags;    /* "" when none */
	bool disputed;       /* the reviewers' latest entries hold different verdicts */
	size_t support, conflicts;
};
typedef int (*store_review_claim_fn)(const struct store_review_claim *c, void *ctx);

/* The claims of one source in text order (one claim when claim_id is not 0). */
enum cc_status store_review_claims(struct store *st, int64_t source_id, int64_t claim_id,
				   store_review_claim_fn fn, void *ctx, struct cc_err *err);

/* The source a claim belongs to; CC_ERR_INPUT when there is no such claim. */
enum cc_status store_review_claim_source(struct store *st, int64_t claim_id,
					 int64_t *source_id, struct cc_err *err);

/* The next (dir > 0) or previous (dir < 0) claim that is in a conflict,
 * across all sources in (source id, text order), after or before the claim
 * at (source_id, ord); wraps around. *found is false when there is none. */
enum cc_status store_review_conflict_step(struct store *st, int64_t source_id, size_t ord,
					  int dir, int64_t *out_source, int64_t *out_claim,
					  bool *found, struct cc_err *err);

/* Conflicts in which neither side has a verdict yet. Costs a b-tree count
 * of the conflicts and a read of the annotation log, never a query per
 * conflict; the review calls it at start-up and when another process has
 * written (store_review_data_version), and follows its own annotations with
 * store_review_open_delta. */
enum cc_status store_review_open_conflicts(struct store *st, size_t *n, struct cc_err *err);

/* How the latest write to the claim's log changed the number of open
 * conflicts, against the claim's current state before it: -k when it gave
 * the claim a verdict, +k when it took the verdict away, 0 otherwise (k:
 * the claim's conflicts whose other side has no verdict). Indexed lookups
 * only. */
enum cc_status store_review_open_delta(struct store *st, int64_t claim, long *delta,
				       struct cc_err *err);

/* A number that changes whenever another connection (another crosscheck
 * process) commits to the store; this connection's own commits leave it
 * as it is (SQLite's data_version). 0 if it cannot be read. */
uint64_t store_review_data_version(struct store *st);

/* A dated claim for the timeline, keyed by (value, claim_id, slot). Strings
 * are owned by the store until the callback returns. */
struct store_review_dated {
	const char *value;   /* the date slot's value: 2024-07-20, 2024-06, XXXX-07-20 */
	int64_t claim_id;
	size_t slot;         /* the slot's ord within the claim */
	int64_t source_id;
	const char *source;  /* the source's name */
	const char *slot_text;
	const char *event;   /* the slot's event class ("" when none) */
	const char *text;    /* the claim's text */
	size_t text_len;
	size_t conflicts;
	const char *verdict; /* NULL when none */
};
typedef int (*store_review_dated_fn)(const struct store_review_dated *d, void *ctx);

/* Up to `limit` dated claims of one story (NULL: of every story) after
 * (dir > 0, ascending) or before (dir < 0, descending) the key (value,
 * claim_id, slot); value NULL starts from the first (dir > 0) or the last
 * (dir < 0). */
enum cc_status store_review_timeline_page(struct store *st, const char *story, const char *value,
					  int64_t claim_id, size_t slot, int dir, size_t limit,
					  store_review_dated_fn fn, void *ctx, struct cc_err *err);

/* Full-text search over the sentences: the words of `query` (all
 * required; case and accents ignored; each matches the words that start
 * with it: "decade" finds "decades", "two-decade"). The next (dir > 0) or previous (dir < 0)
 * matching sentence after or before (source_id, sentence); wraps around.
 * *total counts every match (may be NULL). */
enum cc_status store_review_search(struct store *st, const char *query, int64_t source_id,
				   size_t sentence, int dir, int64_t *out_source,
				   size_t *out_sentence, bool *found, size_t *total,
				   struct cc_err *err);

/* ---- export and import (store/export.c) ---- */

/* What an export takes from the store. Every walk below takes one. */
enum store_export_only {
	STORE_EXPORT_ALL = 0,       /* every claim */
	STORE_EXPORT_ANNOTATED = 1, /* claims with at least one annotation entry */
	STORE_EXPORT_CONFLICTS = 2, /* claims in at least one conflict */
};

struct store_export_filter {
	const char *source; /* one source's claims (exact name), or NULL: every source */
	const char *story;  /* one story ("" the default one), or NULL: every story */
	enum store_export_only only;
	/* only these claims (by id), when nclaims is not 0 */
	const int64_t *claims;
	size_t nclaims;
};

/* The sources that hold a selected claim (with ALL: every source the
 * source and story filters select), in the order they were added. */
enum cc_status store_export_sources_each(struct store *st, const struct store_export_filter *f,
					 store_source_fn fn, void *ctx, struct cc_err *err);

/* The distinct stories of those sources, sorted; *out is a newly allocated
 * array of newly allocated strings (free each and the array). */
enum cc_status store_export_stories(struct store *st, const struct store_export_filter *f,
				    char ***out, size_t *n, struct cc_err *err);

/* A selected claim with what an export needs of it. Everything is owned by
 * the store until the callback returns. */
struct store_export_claim {
	const struct store_claim *claim;
	const struct store_source *source; /* the claim's source */
	const char *source_text;           /* its whole normalised text */
	size_t source_len;
	size_t support, conflicts;
	const struct store_annotation *history; /* the claim's log by time (at, id), oldest first */
	size_t nhistory;
	/* the claim's current state (verdict, note, tags merged from the
	 * log; id, reviewer and at as store_annotation_current gives them),
	 * NULL when it has no entry */
	const struct store_annotation *current;
};
typedef int (*store_export_claim_fn)(const struct store_export_claim *c, void *ctx);

/* The selected claims in source and text order (streamed: one claim and
 * one source text in memory at a time); a non-zero return stops the walk. */
enum cc_status store_export_claims_each(struct store *st, const struct store_export_filter *f,
					store_export_claim_fn fn, void *ctx, struct cc_err *err);

/* A conflict with the stable keys and current verdicts of both sides
 * (verdicts NULL when none). Owned by the store until the callback returns. */
struct store_export_conflict {
	const struct store_conflict *conflict;
	const char *key_a, *key_b;
	const char *verdict_a, *verdict_b;
};
typedef int (*store_export_conflict_fn)(const struct store_export_conflict *c, void *ctx);

/* The conflicts of the filter's story in which at least one side is a
 * selected claim, in id order. */
enum cc_status store_export_conflicts_each(struct store *st, const struct store_export_filter *f,
					   store_export_conflict_fn fn, void *ctx,
					   struct cc_err *err);

struct store_export_session {
	int64_t id;
	const char *reviewer, *started, *ended; /* ended: NULL while open */
	size_t annotations;
};
typedef int (*store_export_session_fn)(const struct store_export_session *s, void *ctx);

/* The review sessions that annotated a selected claim, in id order. */
enum cc_status store_export_sessions_each(struct store *st, const struct store_export_filter *f,
					  store_export_session_fn fn, void *ctx,
					  struct cc_err *err);

/* One reviewer's latest verdict on one claim (by time, then log order; a
 * reviewer whose latest entry clears the verdict has none). Owned by the
 * store until the callback returns. */
struct store_reviewer_verdict {
	int64_t claim_id;
	const char *key, *source;
	const char *text; /* the claim's sentence, text_len bytes */
	size_t text_len;
	const char *reviewer, *verdict, *at;
};
typedef int (*store_reviewer_verdict_fn)(const struct store_reviewer_verdict *v, void *ctx);

/* Every reviewer's latest verdict on every claim of a story (NULL: every
 * story), ordered by claim id, then reviewer. */
enum cc_status store_reviewer_verdicts_each(struct store *st, const char *story,
					    store_reviewer_verdict_fn fn, void *ctx,
					    struct cc_err *err);

enum store_import_outcome {
	STORE_IMPORT_ADDED,     /* appended to the claim's log (action 'import') */
	STORE_IMPORT_DUPLICATE, /* the claim already has this entry: skipped */
	STORE_IMPORT_NO_SOURCE, /* the claim's source is not in this store */
	STORE_IMPORT_NO_CLAIM,  /* the source is here, but no claim has this key */
	STORE_IMPORT_MISMATCH,  /* a claim has this key, but not this sentence, source or event */
	STORE_IMPORT_SOURCE_DIFFERS, /* a source of the claim's source's name is here, with other text */
};

/* One annotation entry to import; the caller fills the claim and the entry
 * (strings borrowed for the call), the store fills outcome and claim_id. */
struct store_import_entry {
	const char *key;         /* the claim's key */
	const char *source;      /* its source's name, or NULL */
	const char *source_hash; /* its source's SHA-256, or NULL: checked by the key's prefix */
	const char *text;        /* its sentence, or NULL: not checked */
	const char *event;       /* its event, NULL or "" for none; must match */
	const char *reviewer, *at, *verdict, *note, *tags;
	int effect; /* as in struct store_annotation, with its values: */
	const char *claim_verdict, *claim_note;
	enum store_import_outcome outcome;
	int64_t claim_id; /* where it went; 0 when it was not placed */
};

/* Places each entry by claim key — never anywhere else — and appends it
 * with action 'import', keeping its reviewer and time, unless the claim
 * already has an entry with the same reviewer, time, verdict, note and tags
 * (the action is not compared: an imported entry is stored as 'import').
 * Entries of one claim must be consecutive; they are appended in the given
 * order. One transaction: on any failure nothing is written; with dry_run
 * the outcomes are filled and everything is rolled back. The entries that
 * can be placed are written even when others cannot (for the all or
 * nothing import, store_import_annotations_changes without
 * STORE_IMPORT_PARTIAL). */
enum cc_status store_import_annotations(struct store *st, struct store_import_entry *v, size_t n,
					bool dry_run, struct cc_err *err);

/* A claim whose shown verdict an import changed (NULL: none; a reviewer
 * NULL when no entry is credited with it). */
struct store_import_change {
	int64_t claim_id;
	char *was_verdict, *was_reviewer, *now_verdict, *now_reviewer;
};
void store_import_changes_free(struct store_import_change *v, size_t n);

/* How store_import_annotations_changes writes: DRY_RUN fills the outcomes
 * and rolls everything back; without PARTIAL it is all or nothing: when an
 * entry is not placed on a source this store holds (STORE_IMPORT_NO_CLAIM,
 * _MISMATCH, _SOURCE_DIFFERS) nothing is written, though every outcome is
 * filled as PARTIAL would (entries of sources not here do not count). */
enum { STORE_IMPORT_DRY_RUN = 1, STORE_IMPORT_PARTIAL = 2 };

/* Whether an outcome is one that makes an import without PARTIAL write
 * nothing. */
bool store_import_refuses(enum store_import_outcome o);

/* store_import_annotations with STORE_IMPORT_* flags that also gives the
 * claims whose shown verdict changed (with DRY_RUN, or when nothing was
 * written for an entry not placed: would change with PARTIAL), in the
 * order of v; free them with store_import_changes_free.
 * store_import_annotations is this with PARTIAL. */
enum cc_status store_import_annotations_changes(struct store *st, struct store_import_entry *v,
						size_t n, unsigned flags,
						struct store_import_change **changes, size_t *nchanges,
						struct cc_err *err);

#endif
