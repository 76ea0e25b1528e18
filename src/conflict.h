/* conflict: the rules that judge two claims from different sources.
 *
 * Owns: deciding whether an aligned pair of claims agrees (corroboration),
 * conflicts (with a kind, a severity, the rule that fired and one readable
 * sentence saying why), or is unrelated. Must not: find the pairs (the store
 * does that with indexed joins on normalised keys), touch the store, print,
 * or compare claims from the same source with the rules for two sources
 * (two claims of one source meet only the strict rule of kind
 * "same-source": an article that disagrees with itself).
 *
 * Kinds: "date-event" (same date, different event), "event-date" (same
 * event, different date), "date-scope" (same date, different scope),
 * "quantity", "polarity", "attribution", and "same-source" (one source
 * against itself).
 *
 * An implied subject is the story's: a claim whose subject its sentence
 * does not name ("At least seven killed in the fire") carries its source's
 * main entity, which differs between outlets ("Pier 7", "Aldwick"). Such a
 * claim is judged under the story's subject (the main entity most of the
 * story's sources share, which the store computes) against a claim that
 * names the story's subject or whose subject is implied too; the results
 * name the story's subject, and their keys "*" for it (the store's choice
 * of it may change as sources come). Pairs whose subjects already agree
 * are judged as they are. An implied subject in a sentence dated in
 * another year (elsewhen: background) is neither.
 */
#ifndef CC_CONFLICT_H
#define CC_CONFLICT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct cf_slot {
	const char *type;  /* date, number, money, percent, duration, quote */
	const char *text;  /* the surface */
	const char *value; /* canonical value */
	const char *unit;  /* counted noun, currency, duration unit */
	const char *gran;  /* dates: day, month, year, ... (may be NULL) */
	const char *mod;   /* may be NULL */
	const char *event; /* the class the slot reports */
	const char *subject;
	const char *norm;  /* quotes: the normalised statement; else "" */
	double lo, hi;
	bool has_lo, has_hi;
	int year_from;     /* dates: 4 when the year is unknown */
	int ord;           /* the slot's index in its claim */
	bool subject_implied; /* the subject is the source's main entity */
	bool elsewhen;        /* ... in a sentence of another year: not the story's */
};

struct cf_claim {
	int64_t id;
	const char *source;
	const char *subject, *event, *lemma, *speaker, *modality;
	const char *scope; /* the clause's action lemmas, space-separated */
	const char *text;  /* the sentence: text_len bytes, or NUL-terminated when 0 */
	size_t text_len;
	const char *story_subject; /* the story's subject, or NULL/"" (none known) */
	bool subject_implied, elsewhen; /* as a slot's */
	bool negated;
	size_t sentence; /* the sentence's index in its source (0: the first) */
	int year; /* the year the claim is about: its first dated slot's, else
		   * its source's publication year; 0 when unknown */
	const struct cf_slot *slots;
	size_t nslots;
};

enum cf_verdict { CF_UNRELATED, CF_AGREE, CF_CONFLICT };

/* An anchor key's room: a subject (an entity's value, under 48 bytes),
 * a unit or event, a type and a measure fit whole with room to spare. */
#define CF_KEY_SIZE 160

struct cf_result {
	enum cf_verdict verdict;
	const char *kind;     /* conflicts only */
	const char *severity; /* "strong" or "weak" */
	const char *rule;     /* the rule that fired, e.g. "date-event/report-vs-change" */
	char key[CF_KEY_SIZE]; /* the anchor: "2024-07-20", "Kaspersky|START", ...;
				* whole characters, cut past CF_KEY_SIZE - 1 bytes */
	int slot_a, slot_b;   /* the slots that differ or agree (-1: none) */
	char *explanation;    /* one sentence naming both sources (owned; free it) */
};

/* What the rules read from the data files, through the caller (this module
 * reads no file): any member may be NULL. */
struct cf_words {
	/* unit folding ("employees", "workers", "staff" are one unit): the
	 * canonical unit of a counted noun, or the noun itself (units.tsv) */
	const char *(*unit)(const char *unit, void *ctx);
	/* what an event class is called as a noun ("DIE" -> "death"), or NULL
	 * (classes.tsv): without one, an explanation says "it" */
	const char *(*event_noun)(const char *cls, void *ctx);
	/* the trigger whose act a trigger (a claim's lemma) tells: "pass
	 * away" -> "die" (events.tsv's "=TRIGGER"), or the lemma itself; NULL
	 * compares lemmas as written */
	const char *(*act)(const char *lemma, void *ctx);
	/* the event class a noun names (classes.tsv read backwards: "funding"
	 * -> "FUND"), or NULL: a sum that measures it ("$60 million in
	 * funding") is that event's, whatever verb stands nearer */
	const char *(*noun_event)(const char *noun, void *ctx);
	/* whether what a trigger tells befalls its subject once ("found",
	 * "die": events.tsv's "once"), so that two years of it cannot both be
	 * right; NULL: nothing does */
	bool (*once)(const char *lemma, void *ctx);
	/* whether a measure is how a price is paid ("cash", "stock":
	 * units.tsv's "payment"), not what a sum measures; NULL: none is */
	bool (*payment)(const char *measure, void *ctx);
	/* whether an occurrence (an OCCUR's subject) is over in a moment, a
	 * blast, not a fire (cues.tsv's "instant"), so that two days of it
	 * cannot both be right; NULL: every occurrence goes on */
	bool (*instant)(const char *noun, void *ctx);
	void *ctx;
};

/* Judges every anchor the two claims share; appends up to `max` results
 * (agreements and conflicts; unrelated anchors are not reported) and
 * returns how many. Two claims of one source (the same source name) are
 * judged only by the strict same-source rule: conflicts of kind
 * "same-source", never agreements. words may
 * be NULL (no folding, no nouns). */
size_t conflict_judge(const struct cf_claim *a, const struct cf_claim *b, const struct cf_words *words,
		      struct cf_result *out, size_t max);

void conflict_result_free(struct cf_result *r);

/* True when the kind names a conflict kind. */
bool conflict_kind_valid(const char *kind);

#endif
