/* quantity: numbers, money, percentages and durations in one sentence.
 *
 * Owns: numbers in digits and words ("fewer than 50", "400 million",
 * "270,000", "a dozen", "two-thirds", "1.2bn", "6.1-magnitude"), the counted
 * noun as unit, comparators turned into intervals, money with its currency
 * ("$60b", "2 million euros", "€2m"), percentages, and durations ("six
 * months", "for 17 years", "nearly two decades", "over a decade", "a nearly
 * two-decade presence"). Must not: emit dates (temporal.c does), print, or
 * touch the store.
 */
#ifndef CC_QUANTITY_H
#define CC_QUANTITY_H

#include <stddef.h>

#include "mention.h"
#include "token.h"

/* Scans the tokens of one sentence and appends M_NUMBER, M_MONEY, M_PERCENT
 * and M_DURATION mentions to `out`. Tokens already covered by an M_DATE
 * mention of the same sentence in `out` are never reused (so "2024" in
 * "July 20, 2024" is not a number). Contract: call it right after
 * temporal_scan for the same sentence — it finds that sentence's dates by
 * walking back from the end of `out`. `starts`, optional (NULL), marks the
 * tokens whose TF_QPASS is clear, as temporal_scan's marks TF_TPASS. */
void quantity_scan(const char *text, const struct token *toks, size_t ntoks, const uint64_t *starts,
		   size_t sentence, struct mention_list *out);

/* The class of a word token for the quantity recognizer (its 1-based entry
 * in the number-word lexicon, 0 for none): a function of the token's bytes
 * and kind alone, so the lexicon's per-word memo keeps it in token.qlex.
 * For a number, its value: see QNUM_VALUE. */
uint16_t quantity_word_class(const char *text, const struct token *t);

/* A number token's class (quantity_word_class of a TK_NUM): its value + 1
 * when it is a run of one to four ASCII digits ("7", "2024"; "07" with
 * QNUM_LEAD0 set too, a leading zero), else 0 ("1,500", "3.5", "20000").
 * Kept per distinct token by the lexicon's memo, so that the date and
 * amount recognizers read a keyed number's value rather than parse its
 * digits at every look (each of their tests reads the number again). */
#define QNUM_LEAD0 0x8000u
#define QNUM_VALUE(cls) ((int)((cls) & ~QNUM_LEAD0) - 1)

/* Whether the scanner may pass token t, of quantity_word_class cls, when
 * no currency symbol follows it: punctuation, or a word that starts no
 * amount and no comparator phrase. A function of the token's bytes and
 * kind alone, so the lexicon's memo keeps it (TF_QPASS). */
bool quantity_passes(const struct token *t, uint16_t cls);

/* Whether word token t is a unit symbol whose case carries its meaning
 * ("GB", "Tb", "Gbps", "U"): a measure of the quantity lexicon, never a
 * name on its own. */
bool quantity_unit_symbol(const char *text, const struct token *t);

/* Whether word token t is a measure of the quantity lexicon ("acre",
 * "mile", "km") or "magnitude": a word that, right after an amount and
 * before another noun, is the amount's unit and modifies that noun with it
 * ("a 500 acre fire", "a 4.6 magnitude earthquake"). */
bool quantity_measure_word(const char *text, const struct token *t);

/* The singular of a lower-case noun in place, a word either way, by the
 * one rule units, measures and subjects share: "restrictions" ->
 * "restriction", "bodies" -> "body", "taxes" -> "tax", "speeches" ->
 * "speech" (not "headaches", "niches"); "series", "news", "status",
 * "crisis" stay. Returns the new length. */
size_t quantity_noun_singular(char *w, size_t n);

#endif
