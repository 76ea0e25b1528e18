/* extract: a document's sentences -> mentions and claims (pure: no I/O).
 *
 * Owns: running the recognizers (temporal, quantity) and its own for
 * entities, events and attribution over each non-boilerplate sentence; tying
 * each date and number to the event it modifies and the event to its
 * subject; grouping slots into claims with a check-worthiness score.
 * Must not: read files, print, or touch the store; the lexicon comes in
 * loaded, year hints come in as data.
 */
#ifndef CC_EXTRACT_H
#define CC_EXTRACT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "dateline.h"
#include "lexicon.h"
#include "mention.h"
#include "temporal.h"

struct extract_sentence {
	size_t start, end;
	bool boilerplate;
};

struct extract_input {
	const char *text;
	size_t len;
	const struct extract_sentence *sents;
	size_t nsents;
	struct cc_date date;            /* the document date; year 0 when unknown */
	const struct year_hint *hints;  /* month-day -> year from other sources */
	size_t nhints;
	bool no_claims;                 /* mentions only: leave claims empty */
};

struct claim {
	uint32_t sentence;
	uint32_t start, end;  /* the sentence's span */
	char subject[64];     /* canonical subject ("" when none) */
	bool subject_implied; /* the subject is the article's main entity, named
			       * nowhere in the sentence (extract_subject_implied) */
	bool elsewhen;        /* the sentence holds a date of another year
			       * (extract_elsewhen) */
	char event[48];       /* event class ("" when none) */
	char lemma[32];       /* the trigger's base form ("" when none) */
	char scope[96];       /* the sentence's action lemmas, space-separated */
	int32_t event_mention;/* index of the trigger mention, -1 */
	int32_t speaker;      /* index of the speaker entity, -1 */
	bool negated;
	enum modality modality;
	uint32_t *slots;      /* indices into the mention list */
	size_t nslots;
	double score;         /* check-worthiness, 0..1 */
};

struct extraction {
	struct mention_list mentions;
	struct claim *claims;
	size_t nclaims, capclaims;
	char main_entity[64]; /* the organisation the article is mostly about (or
			       * a place, or what happens: pick_main_entity) */
	/* per sentence: 1 when it holds a date of another year than the
	 * article's (given in the text, the article's date known): background
	 * ("In June 2012, a 3.0 quake struck"), whose figures are not the
	 * story's; EXTRACT_ELSEWHEN_GOES_ON when it opens with "It", "They",
	 * "That" or "Those" right after such a sentence and holds no date of
	 * its own (the pronoun is the earlier occurrence's, implied). NULL
	 * when no sentence is. */
	unsigned char *elsewhen;
};
#define EXTRACT_ELSEWHEN_GOES_ON 2

/* Extracts mentions and claims. Never fails on valid input. */
void extract_doc(const struct lexicon *lx, const struct extract_input *in, struct extraction *out);
void extraction_free(struct extraction *x);

/* Every string the two below return starts an array of at least
 * EXTRACT_SLOT_ARRAY readable bytes (a mention's value, the main entity, or
 * a constant padded to that size), so that it can be read by whole words;
 * it is at most EXTRACT_SLOT_MAXLEN bytes long (the main entity's array). */
#define EXTRACT_SLOT_ARRAY 48
#define EXTRACT_SLOT_MAXLEN 63

/* A mention's subject, when it is no mention index (>= 0) nor -1 (none):
 * the article's main organisation (main_entity), implied (the sentence
 * names no subject, or "the company"), or said by a pronoun ("it"). */
#define EXTRACT_SUBJ_MAIN (-2)
#define EXTRACT_SUBJ_MAIN_SAID (-5)

/* The constants the two below return, padded to EXTRACT_SLOT_ARRAY bytes. */
extern const char extract_slot_start[EXTRACT_SLOT_ARRAY], extract_slot_deadline[EXTRACT_SLOT_ARRAY],
	extract_slot_none[EXTRACT_SLOT_ARRAY];

/* The event class a slot reports: its tied event's class, except that
 * "starting/effective/from X" reports START and "until/by X" DEADLINE.
 * (Inline: the jsonl writer asks it of every mention.) */
static inline const char *extract_slot_event(const struct extraction *x, const struct mention *m)
{
	if (m->type == M_DATE) {
		if (m->mod == MOD_STARTING)
			return extract_slot_start;
		/* "expects to complete the purchase by June 30": a thing that
		 * closes by a day (the deal, a common noun) closes then or
		 * before, no deadline set for someone */
		if (m->mod == MOD_BY && m->event >= 0 && (size_t)m->event < x->mentions.n &&
		    memcmp(x->mentions.v[m->event].value, "CLOSE", sizeof "CLOSE") == 0 && m->subject >= 0 &&
		    (size_t)m->subject < x->mentions.n &&
		    memcmp(x->mentions.v[m->subject].unit, "noun", sizeof "noun") == 0)
			return x->mentions.v[m->event].value;
		if (m->mod == MOD_UNTIL || m->mod == MOD_BY)
			return extract_slot_deadline;
	}
	if (m->event >= 0 && (size_t)m->event < x->mentions.n)
		return x->mentions.v[m->event].value;
	return extract_slot_none;
}

/* The subject of a mention's tied event ("" when none). (Inline, as
 * extract_slot_event.) */
static inline const char *extract_slot_subject(const struct extraction *x, const struct mention *m)
{
	if (m->type == M_QUOTE)
		return m->value;
	if (m->subject >= 0 && (size_t)m->subject < x->mentions.n)
		return x->mentions.v[m->subject].value;
	/* "it", "the company": the article's main organisation; figures with
	 * no subject written are about it too; a date with none has none */
	if (m->subject == EXTRACT_SUBJ_MAIN || m->subject == EXTRACT_SUBJ_MAIN_SAID ||
	    (m->event >= 0 && m->type != M_DATE))
		return x->main_entity;
	return extract_slot_none;
}

/* True when m's subject (`subject`, extract_slot_subject's answer for m)
 * is implied: the sentence names no subject for the figure ("At least
 * seven killed") or only "the company", and the article's main entity
 * stands in. A pronoun ("it acquired") says the main entity
 * (EXTRACT_SUBJ_MAIN_SAID): not implied, but in a sentence that goes on
 * with background (EXTRACT_ELSEWHEN_GOES_ON), where it is the earlier
 * occurrence's. Other outlets' main entities may
 * differ for the same story, which the conflict rules allow for
 * (conflict.h). */
static inline bool extract_subject_implied(const struct extraction *x, const struct mention *m,
					   const char *subject)
{
	return subject == x->main_entity && x->main_entity[0] &&
	       (m->subject != EXTRACT_SUBJ_MAIN_SAID ||
		(x->elsewhen && x->elsewhen[m->sentence] == EXTRACT_ELSEWHEN_GOES_ON));
}

/* True when claim c's subject is a name its sentence gives as the one who
 * acts in it (does the event, or says what it reports): an organisation, a
 * person, a government body, or a name the lexicon does not know. Not a
 * place, a common noun ("the earthquake"), nor the article's main entity
 * standing in (implied, or said by "it"). The store picks a story's subject
 * among these (store/conflicts.c). */
bool extract_claim_actor(const struct extraction *x, const struct claim *c);

/* True when m's sentence holds a date of another year than the article's
 * (struct extraction's elsewhen): an implied subject there is not the
 * story's. */
static inline bool extract_elsewhen(const struct extraction *x, const struct mention *m)
{
	return x->elsewhen && x->elsewhen[m->sentence];
}

#endif
