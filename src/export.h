/* export: claim sets -> json, jsonl, csv, markdown, wadm, claimreview; and
 * a json export read back for import.
 *
 * Owns: the export formats, each a writer behind one sink interface (struct
 * export_writer: begin, story, source, claim, conflict, session, end) so
 * that every format streams claim by claim and any walk — the CLI's walk
 * over the store, or an in-memory claim set in the tests — can feed any
 * format; code-point offsets and quote selectors; RFC 4180 and Markdown
 * escaping; the verdict -> FEVER label and verdict -> rating maps; Cohen's
 * kappa; and reading and validating a json export for import.
 * Must not: run SQL (the store is reached by the CLI, never from here),
 * include curses, print to the terminal, or exit. All Unicode questions go
 * through text.h and libunistring.
 */
#ifndef CC_EXPORT_H
#define CC_EXPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "util.h"

#define EXPORT_FORMAT_ID "crosscheck-claims"
/* 2: history entries may carry an undo's or redo's effect on the claim
 * (verdict_effect, note_effect, claim_verdict, claim_note); a reader of 1
 * would merge such entries differently, so it must refuse them */
#define EXPORT_VERSION 2
/* prefix and suffix of a quote selector: up to this many code points */
#define EXPORT_CONTEXT_CP 32

enum export_format {
	EXPORT_JSON,
	EXPORT_JSONL,
	EXPORT_CSV,
	EXPORT_MARKDOWN,
	EXPORT_WADM,
	EXPORT_CLAIMREVIEW,
};

/* Parses a format name ("json", "jsonl", ...); false when unknown. */
bool export_format_parse(const char *s, enum export_format *f);
const char *export_format_name(enum export_format f);

/* What the whole export is: written once by begin. Strings are borrowed for
 * the writer's lifetime. */
struct export_meta {
	const char *exported;        /* UTC time of the export, ISO 8601 */
	const char *store;           /* the store's path */
	int schema;                  /* the store's schema version */
	const char *generator;       /* "crosscheck 0.1.0" */
	const char *only;            /* "all", "annotated" or "conflicts" */
	const char *source, *story;  /* the filters, NULL when not given */
	const char *review_url_base; /* claimreview: the reviews' URL base; wadm: the
				      * ids' (export_url_base_valid); or NULL. A
				      * '/' is put after it when it lacks one */
	const char *publisher;       /* claimreview: the publishing organisation, or NULL */
	bool ascii;                  /* JSON: escape everything beyond ASCII */
};

/* Whether `base` can be a --review-url-base: an absolute http or https
 * URL with a host, without a query or a fragment (path segments are put
 * after it), without spaces, control characters or characters a URL
 * never holds raw (" < > \ ^ ` { | }). NULL: valid; else why not. */
const char *export_url_base_invalid(const char *base);

struct export_source {
	const char *name, *title, *date, *url, *outlet, *story, *hash, *added;
	/* where the date was found: "option", "meta", "dateline", "banner"
	 * (a site's date, which may not be the article's) or "url"; NULL */
	const char *date_origin;
	size_t bytes;
};

struct export_slot {
	const char *type, *text, *value, *unit, *gran, *mod, *event, *subject, *norm;
	size_t start, end;
	double lo, hi; /* dates: days since 1970-01-01 */
	bool has_lo, has_hi;
	bool subject_implied; /* subject is the source's main entity, not named
			       * in the sentence */
	int year_from;
};

/* One entry of a claim's annotation log: the claim's whole state after it. */
struct export_entry {
	const char *reviewer, *at, *action;
	const char *verdict; /* NULL when none */
	const char *note;    /* NULL when none */
	const char *tags;    /* comma-separated, "" when none */
	int64_t session;     /* 0 when none */
	/* what an undo or redo did to the claim when that is not what its
	 * own state gives: EXPORT_EFFECT_* bits and the restored values */
	int effect;
	const char *claim_verdict, *claim_note;
};

#define EXPORT_EFFECT_VERDICT_KEEP 1
#define EXPORT_EFFECT_VERDICT_SET 2
#define EXPORT_EFFECT_NOTE_KEEP 4
#define EXPORT_EFFECT_NOTE_SET 8

/* A conflict a claim is one side of, as the csv lists it: the conflict, its
 * kind and severity, and the claim and source on its other side. */
struct export_claim_conflict {
	int64_t conflict, other;
	const char *kind, *severity, *other_source;
};

struct export_claim {
	int64_t id;
	const char *key;
	const struct export_source *source;
	size_t sentence;
	const char *text; /* the claim's sentence, text_len bytes (not NUL-terminated) */
	size_t text_len;
	size_t start, end;       /* bytes into the source text, end excluded */
	size_t start_cp, end_cp; /* the same in code points */
	const char *prefix, *suffix; /* quote context, prefix_len / suffix_len bytes */
	size_t prefix_len, suffix_len;
	const char *subject, *event, *lemma, *speaker, *modality; /* "" or NULL: none */
	bool subject_implied; /* as a slot's */
	bool negated;
	double score;
	const struct export_slot *slots;
	size_t nslots;
	size_t support, conflicts;
	/* the conflicts it is a side of, by conflict id, for the writers that
	 * ask for them (EXPORT_NEEDS_CLAIM_CONFLICTS); NULL, 0: none given */
	const struct export_claim_conflict *with;
	size_t nwith;
	const struct export_entry *history; /* by time, oldest first */
	size_t nhistory;
	/* the current state, merged from the history by the store (README:
	 * "Annotations from several reviewers"); NULL: the history's last entry */
	const struct export_entry *current;
};

struct export_side {
	int64_t id;
	const char *key, *source;
	const char *text; /* text_len bytes */
	size_t text_len, start, end;
	size_t slot_start, slot_end; /* 0, 0 when none */
	const char *verdict;         /* the claim's current verdict, or NULL */
};

struct export_conflict {
	int64_t id;
	const char *story, *kind, *severity, *rule, *key, *explanation;
	struct export_side a, b;
};

struct export_session {
	int64_t id;
	const char *reviewer, *started, *ended; /* ended: NULL while open */
	size_t annotations;
};

/* The order in which a writer wants its input. BY_SECTION: every source,
 * then every claim, every conflict, every session. BY_STORY: for each story,
 * export_story, its sources, its conflicts, then its claims (no sessions). */
enum export_order { EXPORT_BY_SECTION, EXPORT_BY_STORY };

struct export_writer;

/* A writer of format f to out (not closed by the writer). meta is borrowed
 * and must outlive the writer. Free with export_writer_free. */
struct export_writer *export_writer_new(enum export_format f, FILE *out,
					const struct export_meta *meta);
void export_writer_free(struct export_writer *w);
enum export_order export_writer_order(const struct export_writer *w);

/* The sink. Each returns CC_OK, or CC_ERR_IO when writing failed (errno's
 * message in err); CC_ERR_USAGE when called out of order. Items are borrowed
 * for the call only. */
enum cc_status export_begin(struct export_writer *w, struct cc_err *err);
enum cc_status export_story(struct export_writer *w, const char *story, struct cc_err *err);
enum cc_status export_source(struct export_writer *w, const struct export_source *s,
			     struct cc_err *err);
enum cc_status export_claim(struct export_writer *w, const struct export_claim *c,
			    struct cc_err *err);
enum cc_status export_conflict(struct export_writer *w, const struct export_conflict *c,
			       struct cc_err *err);
enum cc_status export_session(struct export_writer *w, const struct export_session *s,
			      struct cc_err *err);
/* Closes the document and flushes the stream. */
enum cc_status export_end(struct export_writer *w, struct cc_err *err);

/* Which items a writer uses at all, so that a walk can skip the rest. */
enum {
	EXPORT_NEEDS_SOURCES = 1,
	EXPORT_NEEDS_CONFLICTS = 2,
	EXPORT_NEEDS_SESSIONS = 4,
	EXPORT_NEEDS_CLAIM_CONFLICTS = 8, /* each claim's `with` (csv) */
};
unsigned export_writer_needs(const struct export_writer *w);

/* How many items the writer wrote (claims for json, jsonl, csv, markdown;
 * annotations for wadm; reviews for claimreview). */
size_t export_writer_items(const struct export_writer *w);

/* claimreview: the claims left out because their reviewers' latest verdicts
 * differ, as "#ID (alice: false, bob: true)" joined by "; " (untrusted
 * names, not sanitised), and how many; NULL and 0 when none. Owned by the
 * writer. */
const char *export_writer_withheld(const struct export_writer *w, size_t *n);

/* The markdown's rendering of an ISO 8601 duration value "P20Y" as words
 * ("20 years"; "P1Y6M": "1 year 6 months"); false (out unchanged) when s
 * is not one. */
bool export_duration_words(struct buf *out, const char *s);

/* ---- helpers (public for the tests) ------------------------------------- */

/* Walks a text forward, counting code points, so that the offsets of the
 * claims of one source (in text order) cost one pass over the text. */
struct export_cp_cursor {
	const char *text;
	size_t len, byte, cp;
};
void export_cp_cursor_init(struct export_cp_cursor *c, const char *text, size_t len);
/* The number of code points before byte offset `byte` (clamped to len). */
size_t export_cp_at(struct export_cp_cursor *c, size_t byte);

/* The quote context of text[start, end): *pre is where the prefix of up to
 * ncp code points before start begins, *post where the suffix of up to ncp
 * code points after end ends. */
void export_quote_context(const char *text, size_t len, size_t start, size_t end, size_t ncp,
			  size_t *pre, size_t *post);

/* Appends one RFC 4180 field: untrusted text made inert (control and bidi
 * characters as text_sanitize shows them, newlines kept), a leading = + - @
 * (or tab, CR) prefixed with ' against spreadsheet formula injection, and
 * quoted when it holds a comma, quote or line break. */
void export_csv_field(struct buf *out, const char *s, size_t len);

/* A slot as csv, markdown and `crosscheck claims` show it: "type=value",
 * then for a figure the unit it is counted in (unless the value names it:
 * "money=USD 334000000") and its measure in parentheses, as the json
 * export's unit and measure: "number=1.2 mile (depth)". A figure given as
 * a bound or an estimate has "<", ">" or "~" in place of "=" ("number<50
 * staff" for "fewer than 50"), a date its modifier before the value
 * ("date=before 2020"). */
void export_slot_line(struct buf *sl, const struct export_slot *x);

/* Comma-separated tags ("a,b") as a JSON array, as the json export gives
 * them (a jansson json_t, newly made). */
struct json_t *export_tags_json(const char *tags);

/* Appends untrusted text for Markdown: made inert as text_sanitize does
 * (line breaks become spaces), and every character Markdown or GitHub
 * reads as markup (\ ` * _ [ ] < > | ~ # & $) escaped with a backslash. */
void export_md_text(struct buf *out, const char *s, size_t len);

/* The verdict's FEVER label: SUPPORTS (true), REFUTES (false, misleading),
 * NOT ENOUGH INFO (unverifiable); NULL for no verdict. */
const char *export_fever_label(const char *verdict);

/* The ClaimReview rating of a verdict on the scale worst 1, best 3: false
 * 1, misleading 2, true 3; 0 for unverifiable (no point on the scale). */
int export_rating_value(const char *verdict);

/* 0..3 for true, false, misleading, unverifiable; -1 otherwise. */
int export_verdict_index(const char *verdict);
extern const char *const export_verdicts[4];

/* Cohen's kappa of two raters over n items, from their 4x4 confusion
 * matrix m[rater a's category][rater b's category]. defined is false when
 * the expected agreement is 1 (both raters used one same category only). */
struct export_kappa {
	size_t n, agree;
	double observed, expected, kappa;
	bool defined;
};
void export_kappa(const size_t m[4][4], struct export_kappa *out);

/* ---- reading an export back (import) ------------------------------------- */

/* One annotation entry of a json export, flattened with its claim. Strings
 * belong to the struct export_import they came from. */
struct export_import_entry {
	const char *key;         /* the claim's key */
	const char *source;      /* the claim's source name */
	const char *source_hash; /* the source's SHA-256 from "sources", or NULL */
	const char *text;        /* the claim's sentence */
	const char *event;       /* the claim's event, or NULL */
	const char *reviewer, *at, *action;
	const char *verdict, *note; /* NULL when none */
	const char *tags;           /* comma-separated, sorted */
	int effect;                 /* EXPORT_EFFECT_*, with its values: */
	const char *claim_verdict, *claim_note;
	size_t claim;               /* the claim's index in the file */
	size_t seq;                 /* the entry's position in the file */
};

struct export_import {
	struct export_import_entry *entries; /* grouped by claim, by time within one */
	size_t n;
	size_t nclaims; /* claims in the file */
	void *priv;     /* the parsed document and the strings made for it */
};

/* Reads a json export from f (label names it in messages) and checks every
 * field the import uses: broken JSON is refused with the line and column,
 * JSON that is not a crosscheck export (or a newer version) is refused
 * naming what is wrong, and so is any bad annotation entry (path to the
 * field in the message). CC_ERR_INPUT then; nothing is returned. */
enum cc_status export_import_read(FILE *f, const char *label, struct export_import *out,
				  struct cc_err *err);
void export_import_free(struct export_import *im);

/* True when s is a real date and time in the annotation log's form (ISO
 * 8601, UTC: 2024-07-20T10:11:12Z or 2024-07-20T10:11:12.345Z; month 1-12,
 * the month's days, 00-23:00-59:00-60). */
bool export_time_valid(const char *s);
/* Writes a valid time s into out in the store's own form, milliseconds
 * always (2024-07-20T10:11:12.000Z; further digits dropped), so that times
 * sort as text; false (out unchanged) when s is not valid. The import
 * stores every time in this form. */
#define EXPORT_TIME_LEN 24
bool export_time_normalize(const char *s, char out[EXPORT_TIME_LEN + 1]);
/* True when t is a stored tag: 1 to 64 bytes, no comma, no control
 * character. What an import accepts and `--untag` removes, so a tag kept
 * by an older release is never refused. A new tag is stricter: see
 * text_tag_is_word. */
bool export_tag_valid(const char *t);

#endif
