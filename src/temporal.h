/* temporal: dates and times in one sentence -> M_DATE mentions, and the
 * document-level pass that fills in missing years.
 *
 * Owns: every date expression ("July 20, 2024", "20 July 2024", "July 20th",
 * "Sept. 29", "2024-07-20", "07/20/2024", "June 2024", "June", "in 2017",
 * "1997", "late September", "early 2024", "mid-July", "the 1990s", "Tuesday",
 * "yesterday", "last week", "this month", "next year", "late Tuesday", ...),
 * times of day and their zones ("2:09 a.m. PST on Monday", "14:30 GMT",
 * "noon", "7:15-7:45 a.m. PT"),
 * their TIMEX3 values, granularity and modifiers (see mention.h), relative
 * resolution against the document date, and year inference.
 * Must not: emit numbers or durations (quantity.c does), print, allocate
 * beyond the mention list, or touch the store.
 */
#ifndef CC_TEMPORAL_H
#define CC_TEMPORAL_H

#include <stddef.h>

#include "dateline.h"
#include "mention.h"
#include "token.h"

/* Scans the tokens of one sentence and appends M_DATE mentions to `out`.
 * `doc` is the document date (year 0 when unknown); relative expressions
 * ("Tuesday", "yesterday", "last week") are resolved against it. Month-day
 * dates without a year get value "XXXX-MM-DD" and year_from 4 until
 * temporal_infer_years runs. `starts`, optional (NULL), marks the tokens
 * whose TF_TPASS is clear, token k at bit k % 64 of starts[k / 64] (see
 * token_cursor); without it they are found from the flags. */
void temporal_scan(const char *text, const struct token *toks, size_t ntoks, const uint64_t *starts,
		   size_t sentence, const struct cc_date *doc, struct mention_list *out);

/* What other sources in the store say about a month and day. */
struct year_hint {
	int month, day, year;
};

/* Fills in missing years of the document's date mentions, in order: the
 * nearest explicit year in the same article (year_from 1), the document date
 * (2), the years other sources give the same month and day (3); otherwise
 * the value keeps "XXXX" (4). Updates value, lo, hi. */
void temporal_infer_years(struct mention_list *l, const struct cc_date *doc,
			  const struct year_hint *hints, size_t nhints);

/* The class of a word token for the date recognizer (its 1-based keyword
 * index, or past the keywords a class that only the tense cue reads: "'ll",
 * "set", "-ed", "is", ...; 0 for none, and for every token that is no
 * word, which temporal.c's kw_at relies on): a function of the token's
 * bytes and kind alone, so the lexicon's per-word memo keeps it in
 * token.tkw. */
uint8_t temporal_word_class(const char *text, const struct token *t);

/* Whether temporal_scan passes token t, of temporal_word_class cls,
 * without a look: a word that is no keyword or one that starts no date,
 * punctuation other than '/' and apostrophes, a symbol. A function of the
 * token's bytes and kind alone, so the lexicon's memo keeps it (TF_TPASS). */
bool temporal_passes(const char *text, const struct token *t, uint8_t cls);

#endif
