/* lexicon: the data files extraction reads (entities and their aliases,
 * event triggers and classes, modality and negation cues, subject nouns).
 *
 * Owns: finding the data folder (build tree or $(pkgdatadir)), parsing the
 * files with line numbers in errors, the stemmer (Snowball English via
 * libstemmer) and the lookup tables. Must not: print, or decide anything about
 * a sentence — extract.c does that with what this module answers.
 *
 * Formats (UTF-8, '#' starts a comment, fields separated by TABs):
 *   entities.tsv   CANONICAL <TAB> TYPE(org|person|place|gov) <TAB> ALIAS|ALIAS|...
 *   events.tsv     TRIGGER WORDS <TAB> CLASS [<TAB> CUE KIND]  (base forms; matched
 *                  by stem; CLASS IDIOM: no event; a cue kind: the class holds
 *                  only near a word of that kind, which extract.c checks;
 *                  "=TRIGGER" instead: the same act as that trigger)
 *   units.tsv      CANONICAL <TAB> NOUN|NOUN|...  (counted nouns that count the same thing)
 *   classes.tsv    CLASS <TAB> NOUN              (what an event class is called as a noun)
 *   cues.tsv       WORD(S) <TAB> KIND            (KIND: negation, future, possible,
 *                  planned, vowed, reported, speech, according, title, subject-noun,
 *                  stop, opener, staff, ...)
 */
#ifndef CC_LEXICON_H
#define CC_LEXICON_H

#include <stdbool.h>
#include <stddef.h>

#include "token.h"
#include "util.h"

struct lexicon;

/* The folder holding the data files: $CROSSCHECK_DATADIR, else the source
 * tree's data/ when this binary runs from its build tree, else PKGDATADIR.
 * The result is static or from the environment; do not free. */
const char *lexicon_default_dir(void);

/* Loads every data file from `dir`. Errors name the file and line. */
enum cc_status lexicon_load(const char *dir, struct lexicon **out, struct cc_err *err);
void lexicon_free(struct lexicon *lx);

/* Looks up each token's lexicon ids, cue kinds and the date and quantity
 * recognizers' word classes once (sets TF_KEYED), so that the lookups below
 * on these tokens compare numbers, and writes token i's marks (enum
 * token_marks) to marks[i] and the high byte of its flags (enum tok_flag
 * >> 8: TF_QPASS, TF_TPASS among them) to flags_hi[i], from which extract
 * builds the masks temporal_scan and quantity_scan jump by. Optional:
 * untagged tokens are looked up on each call. */
void lexicon_key_tokens(const struct lexicon *lx, const char *text, struct token *t, size_t n,
			uint8_t *marks, uint8_t *flags_hi);

/* Entities: the longest alias that starts at token i. Returns the number of
 * tokens matched (0 if none) and sets *canon and *type (static strings owned
 * by the lexicon). */
size_t lexicon_entity_at_(const struct lexicon *lx, const char *text, const struct token *t,
			  size_t i, size_t n, const char **canon, const char **type);
static inline size_t lexicon_entity_at(const struct lexicon *lx, const char *text,
				       const struct token *t, size_t i, size_t n,
				       const char **canon, const char **type)
{
	/* a keyed token that starts no alias answers without a call, and so
	 * does a word without a capital (lexicon_entity_at_ would find its
	 * alias, "the", only to refuse it: an alias is a proper name) */
	if (i < n && ((t[i].flags & (TF_KEYED | TF_STARTS_ENTITY)) == TF_KEYED ||
		      (t[i].kind == TK_WORD && !(t[i].flags & TF_CAP))))
		return 0;
	return lexicon_entity_at_(lx, text, t, i, n, canon, type);
}

/* What an event trigger names (lexicon_event_at): its class (e.g. "START",
 * or "IDIOM" for a phrase that is no event: "fired up") and its lemma (the
 * lexicon's base form), both owned by the lexicon, with their lengths
 * (strlen, measured at load: extract copies them for every event), and
 * needs: the cue kind (enum cue_kind) a word near the trigger must have for
 * the class to hold ("eliminate" is a LAYOFF only of staff), or -1, or
 * EVENT_NEEDS_FIGURE: a figure must follow the trigger ("reached 6.4%" is a
 * RISE, "to reach consumers" no event; events.tsv's third field "figure"). */
#define EVENT_NEEDS_FIGURE ((int)CUE__COUNT)
/* EVENT_NEEDS_LEVEL: a figure must come after "to" or "by" in the
 * trigger's clause ("raised its key rate to 5%", "lifted fares by 4%" are a
 * RISE; "raised $35 million" is money raised, no rise; events.tsv's third
 * field "level"). */
#define EVENT_NEEDS_LEVEL ((int)CUE__COUNT + 1)
/* EVENT_NEEDS_HEADCOUNT: a count of a staff word (cues.tsv) must follow
 * the trigger right away ("SeaMicro has 80 employees" is an EMPLOY; "has
 * cut 200 jobs", "has 3 plants" no event; events.tsv's third field
 * "headcount"). */
#define EVENT_NEEDS_HEADCOUNT ((int)CUE__COUNT + 2)
/* EVENT_NEEDS_NO_OBJECT: the trigger holds its class only without an
 * object right after it (a determiner, a possessive, a name, a pronoun)
 * and without an infinitive ("to" then a word that is no figure):
 * "Shares dropped 5%", "declined to $3" are a FALL; "dropped Thompson in
 * the sixth", "will drop Intel's chips", "declined to comment" no event
 * (events.tsv's third field "intransitive"). */
#define EVENT_NEEDS_NO_OBJECT ((int)CUE__COUNT + 3)
/* EVENT_NEEDS_HAPPENING: an occurrence noun (cues.tsv) must be what
 * happens, the subject of the trigger's clause ("The explosion happened
 * on 4 March", "the explosion at the plant, which happened"; "A vigil for
 * those hurt in the explosion took place" no event; events.tsv's third
 * field "happening"). */
#define EVENT_NEEDS_HAPPENING ((int)CUE__COUNT + 4)
struct event_hit {
	const char *cls, *lemma;
	size_t cls_len, lemma_len;
	int needs;
	/* with EVENT_NEEDS_LEVEL: the class when no level follows but a sum
	 * does ("raised $35 million" is FUND; events.tsv's fourth field), or
	 * NULL */
	const char *alt;
	size_t alt_len;
};

/* Events: the longest trigger starting at token i, matched by stem. Returns
 * tokens matched (0 if none, *hit then untouched) and sets *hit. */
size_t lexicon_event_at_(const struct lexicon *lx, const char *text, const struct token *t,
			 size_t i, size_t n, struct event_hit *hit);
static inline size_t lexicon_event_at(const struct lexicon *lx, const char *text,
				      const struct token *t, size_t i, size_t n, struct event_hit *hit)
{
	if (i < n && (t[i].flags & (TF_KEYED | TF_STARTS_EVENT)) == TF_KEYED)
		return 0;
	return lexicon_event_at_(lx, text, t, i, n, hit);
}

/* The kinds of cues.tsv, in the order of the bits of token.cues. */
enum cue_kind {
	CUE_NEGATION, CUE_FUTURE, CUE_POSSIBLE, CUE_PLANNED, CUE_VOWED, CUE_REPORTED,
	CUE_SPEECH, CUE_SPEECH_TO, CUE_ACCORDING, CUE_TITLE, CUE_SUBJECT_NOUN, CUE_STOP,
	CUE_PRONOUN, CUE_ORG_SUFFIX, CUE_FILLER, CUE_PREPOSITION, CUE_DETERMINER,
	CUE_CONNECTOR, CUE_OPENER, CUE_STAFF, CUE_NUMBERED, CUE_BODY, CUE_FINITE, CUE_OWNED,
	CUE_PLACE_HEAD, CUE_OCCURRENCE, CUE_TRANSACTION, CUE_JOIN, CUE_PLACE_TAIL, CUE_PROPERTY, CUE_EXPECTED,
	CUE_TRADE_TAIL, CUE__COUNT
};
/* token.cues (and a table's kinds) has a bit per kind */
_Static_assert(CUE__COUNT <= 32, "a cue kind per bit of token.cues");

/* Cues: the longest cue phrase starting at token i whose kind is `kind`
 * (exact lower-case match, not stemmed). Returns tokens matched. */
size_t lexicon_cue_at_(const struct lexicon *lx, const char *text, const struct token *t,
		       size_t i, size_t n, enum cue_kind kind);
static inline size_t lexicon_cue_at(const struct lexicon *lx, const char *text,
				    const struct token *t, size_t i, size_t n, enum cue_kind kind)
{
	/* a keyed token knows which kinds start with it */
	if (i < n && (t[i].flags & TF_KEYED) && !(t[i].cues >> kind & 1))
		return 0;
	return lexicon_cue_at_(lx, text, t, i, n, kind);
}

/* What extract's finders may find starting at a keyed token, as bits of
 * token.finds: an entity (an alias or a title starts with it), an event
 * trigger (a word some trigger starts with), an attribution ("according
 * to", a verb of saying), a clause opening (punctuation, a word of three
 * to five bytes from 't' or 'w' such as "that" or "which", or a verb of
 * saying: what extract's clause_opener may say yes to). Worked out once per
 * distinct word. */
enum token_finds {
	FIND_ENTITY = 1 << 0,
	FIND_EVENT = 1 << 1,
	FIND_SAID = 1 << 2,
	FIND_OPEN = 1 << 3,
};

/* What extract asks of every token to build its per-sentence masks and to
 * find the capitalised words, one byte a token (lexicon_key_tokens' marks),
 * worked out once per distinct word: the bits of token.finds (FIND_EVENT
 * only for a word), then whether it is a word, a word with TF_CAP, a
 * punctuation token. */
enum token_marks {
	MARK_ENTITY = FIND_ENTITY,
	MARK_EVENT = FIND_EVENT,
	MARK_SAID = FIND_SAID,
	MARK_OPEN = FIND_OPEN,
	MARK_WORD = 1 << 4,  /* kind TK_WORD */
	MARK_CAP = 1 << 5,   /* kind TK_WORD and TF_CAP */
	MARK_PUNCT = 1 << 6, /* kind TK_PUNCT */
};

/* The one-word lists among the cue kinds, as bits of token.words. */
enum word_list {
	WL_FILLER = 1 << 0,
	WL_PREPOSITION = 1 << 1,
	WL_DETERMINER = 1 << 2,
	WL_CONNECTOR = 1 << 3,
};

static inline unsigned word_list_bit(enum cue_kind kind)
{
	switch (kind) {
	case CUE_FILLER: return WL_FILLER;
	case CUE_PREPOSITION: return WL_PREPOSITION;
	case CUE_DETERMINER: return WL_DETERMINER;
	case CUE_CONNECTOR: return WL_CONNECTOR;
	default: return 0;
	}
}

/* Whether token i alone is a one-word cue of `kind` (the word lists:
 * filler, preposition, determiner, connector). */
static inline bool lexicon_word_is(const struct lexicon *lx, const char *text,
				   const struct token *t, size_t i, size_t n, enum cue_kind kind)
{
	return lexicon_cue_at(lx, text, t, i, n, kind) == 1;
}

/* Whether the token t, taken alone (nothing after it), is a one-word cue of
 * `kind`: lexicon_word_is(lx, text, t, 0, 1, kind). A keyed token answers
 * for the word lists from token.words, worked out once per distinct word. */
static inline bool lexicon_word_alone(const struct lexicon *lx, const char *text,
				      const struct token *t, enum cue_kind kind)
{
	unsigned bit = word_list_bit(kind);
	if (bit && (t->flags & TF_KEYED))
		return (t->words & bit) != 0;
	return lexicon_cue_at(lx, text, t, 0, 1, kind) == 1;
}

/* The canonical unit of a counted noun ("employee" -> "worker"), or the noun
 * itself when units.tsv does not list it. */
const char *lexicon_unit(const struct lexicon *lx, const char *noun);

/* Whether a measure ("cash", "stock") is how a price is paid, not what a
 * sum measures: its canonical unit has units.tsv's third field "payment". */
bool lexicon_unit_payment(const struct lexicon *lx, const char *noun);

/* What an event class is called as a noun ("DIE" -> "death"; classes.tsv),
 * or NULL when the file names none. Owned by the lexicon. */
const char *lexicon_event_noun(const struct lexicon *lx, const char *cls);

/* The event class whose noun (classes.tsv) noun is ("funding" -> "FUND"),
 * or NULL. Owned by the lexicon. */
const char *lexicon_noun_event(const struct lexicon *lx, const char *noun);

/* The trigger whose act a trigger tells ("pass away" -> "die"; events.tsv's
 * third field "=TRIGGER"), or the trigger itself. Owned by the lexicon. */
const char *lexicon_event_act(const struct lexicon *lx, const char *lemma);

/* Whether what a trigger tells (its act: lexicon_event_act) befalls its
 * subject only once, as a founding or a death does (events.tsv's third
 * field "once"). */
bool lexicon_event_once(const struct lexicon *lx, const char *lemma);

/* Whether what a trigger tells (its act: lexicon_event_act) is told of its
 * object when the verb is active, as a sentence is of the one sentenced
 * ("a judge sentenced Albury to eight years": Albury's sentence; events.tsv's
 * third field "patient"). */
bool lexicon_event_patient(const struct lexicon *lx, const char *lemma);

/* Whether an occurrence noun (cues.tsv) names what is over in a moment, a
 * blast or a crash, not what goes on, a fire or a storm (cues.tsv's third
 * field "instant"). */
bool lexicon_instant(const struct lexicon *lx, const char *noun);

/* The English Snowball stem of a lower-case word, into out (NUL-terminated). */
void lexicon_stem(const struct lexicon *lx, const char *word, size_t len, char *out,
		  size_t outsz);

#endif
