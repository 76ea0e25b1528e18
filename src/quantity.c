/* quantity: numbers, money, percentages and durations in one sentence (see
 * quantity.h).
 *
 * Owns: reading amounts out of a sentence's tokens and turning them into
 * M_NUMBER, M_MONEY, M_PERCENT and M_DURATION mentions with their interval.
 * Must not: emit dates (temporal.c), read tokens an M_DATE of the sentence
 * covers, print, touch the store, or allocate per token (one array per
 * sentence at most, and only for sentences over 256 tokens).
 *
 * How a sentence is read: the sentence's dates (if any) mark the tokens
 * they cover. Words are looked up in a compiled-in designated-initializer
 * lexicon: a keyed token carries its entry (token.qlex, from the lexicon's
 * per-word memo), others are hashed (one probe; a two-letter/length mask
 * dismisses most words without a lookup). Tokens that cannot start an
 * amount (punctuation, words with no amount or comparator role) are passed
 * over at a glance. Then, at each token that can start one: a comparator
 * phrase ("fewer than", "nearly", "between"), a currency ("$", "US$", "€"),
 * the number itself (digits with their attached suffix, number words,
 * "a dozen", "dozens", "two-thirds", "half", ordinals), and what follows it
 * (scale "million"/"bn", percent, currency word, a range "20 to 30", a
 * duration unit, a hyphenated unit "6.1-magnitude", the counted noun) and
 * what comes before it (labels "page 12", names "Windows 10"). Each step is
 * a few token comparisons: no regex, no backtracking beyond a few tokens.
 *
 * Choices (the unit tests pin each):
 *  - Intervals. Exact: lo = hi = n. "fewer than", "less than", "under",
 *    "below", "up to", "at most", "as many as", "no more than": hi = n, no
 *    lo, MOD_LESS. "nearly", "almost", "close to", "just under": hi = n,
 *    lo = 0.85 n, MOD_LESS (a vague band just below). "more than", "over",
 *    "above", "at least", "upwards of", "in excess of", "N-plus", "N+",
 *    "N or more": lo = n, no hi, MOD_MORE. "just over", "slightly more
 *    than": lo = n, hi = 1.15 n, MOD_MORE. "about", "around", "roughly",
 *    "approximately", "some", "an estimated", "circa", "closer to",
 *    "nearer to", "N or so", "N-odd":
 *    lo = 0.9 n, hi = 1.1 n, MOD_APPROX. Ranges ("between 20 and 30",
 *    "20 to 30", "20-30", "two or three"): lo, hi, value = the low end.
 *  - Vague amounts (MOD_APPROX, value = lo): dozens 24..199, scores
 *    40..199, hundreds 200..999, thousands 2000..999999, millions
 *    2e6..1e9-1, billions 2e9..1e12-1; "tens of X" 20X..100X-1, "hundreds
 *    of X" 200X..1000X-1; several 3..9, a few 2..5, a couple 2..3, a
 *    handful 3..6 (times a scale: "several hundred" 300..900); "decades"
 *    20..99 years. "several"/"a few" with no noun after are pronouns: nothing.
 *  - Values: plain decimal, integers without exponent, others with up to
 *    four decimals ("0.6667"); money "USD 334000000"; durations ISO 8601
 *    ("P20Y", "P6M", "P2W", "P3D", "PT48H", "PT5M", "PT30S"); a decade is
 *    ten years and a century a hundred, so "two decades" is "P20Y" with
 *    unit "year" and lo/hi in years.
 *  - Units: the counted noun, lower case, singular by rule ("countries" ->
 *    "country", "switches" -> "switch") or by table ("people" -> "person",
 *    "staff" stays "staff"); the head is the first plural word within five
 *    words, past adjectives ("400 million active users" -> "user"). When
 *    none is plural, a singular noun right after the amount counts only
 *    after an article, for a decimal, for a measure noun or in a headline
 *    ("the 22,000 crowd", "110 mile"; but "four remain" has no unit).
 *    After "one" the head is the last noun of the phrase ("one
 *    forklift driver" -> "driver"). "pounds of" is a weight, not money.
 *    "killed", "dead", "died", "drowned", "deaths", "fatalities" ->
 *    "death";
 *    "injured", "wounded", "hurt" -> "injury"; "hospitalized" ->
 *    "hospitalization", a count of its own (also "50 people were
 *    killed", "killing 12", "mourns seven"). Ages ("36-year-old", "aged
 *    91", "the age of 91", "91 years old", "died at 91", "Klitschko, 36,")
 *    are M_NUMBER with unit "age". "magnitude 4.6", "6.1-magnitude", "M4.6"
 *    and a decimal below ten before a quake noun ("a 4.6 quake", not "a
 *    3.0 release") -> unit "magnitude". "NOUN of N" with nothing after N
 *    takes NOUN, a gathering its people ("a crowd of 22,000", "the 22,000
 *    crowd" -> "person"). Percent: unit "percent", or "point" for
 *    percentage/basis points (basis points are divided by 100). Money: the
 *    ISO code. Fractions ("two-thirds", "half of", "a sixth of") have unit
 *    "". No noun: unit "". "mother of three" -> "child"; "181km", "16 GB"
 *    -> "km", "GB": a measure right after the amount is its unit, and the
 *    symbols whose case is their meaning keep it (MEAS_CASE: "Tb" a
 *    terabit, "TB" a terabyte, "10U" a rack unit); a rate joins it in
 *    short form ("400 Tb/sec" -> "Tb/s", "10 Gbps" -> "Gb/s", "km/h");
 *    also glued by a hyphen ("an 80-Gigabit switch" -> "gigabit"); an
 *    abbreviation that counts takes the unit of the noun it abbreviates
 *    ("51 KO" -> "knockout", as "51 knockouts": the two meet);
 *    "a 210,000-square-foot" -> "square-foot"; "4 m high" -> "m" (the
 *    letter is metres only spaced before a size, R_DIM; "4m" is 4 million).
 *  - A sum's rate glued by a slash ("$38/share", "$12/hour") is the sum;
 *    extract.c's measure reads the noun.
 *  - Shares "3 in 10", "one in eight" are M_PERCENT (30, 12.5).
 *  - Ordinals ("16th", "sixth", "round two") are M_NUMBER with unit
 *    "ordinal"; "first" and "second" are too idiomatic and are skipped.
 *  - "one" counts only with a noun after it or a comparator before it;
 *    never in "one of", "the one", "no one"; "one day" after a modal or
 *    before a comma is the idiom. "a"/"an" is one only before a scale, a
 *    fraction with "of", "few"/"couple"/"handful", or a duration unit (and
 *    not as a rate: "$5 a year", "twice a week").
 *  - Not quantities: clock times, phone numbers ("+1 877 268 9324", and
 *    digit groups after a leading zero: "0345 600 7788"), scores and records
 *    ("58-3", "a 12-4 record", "a 5-4 ruling", "won 3-1": two counts that
 *    one value or interval cannot hold, and never a range), except a
 *    vote's split ("voted 5-2", "a 4-3 vote": unit "vote", one value
 *    "5-2"), "24/7",
 *    dates in digits, identifiers after a name or a label
 *    ("Windows 10", "Section 230", "No. 3", "Top 5", "G7", "COVID-19", "the
 *    737 MAX"), numbers with letters attached ("3D", "the 40s", "10u"),
 *    plain digit runs of seven or more, numbers with a leading zero, stock
 *    ticker moves ("INTC +0.93%"), list markers ("1. How"), digits in URLs,
 *    numbers next to a month name ("7 July", "29th February": temporal.c's
 *    even when it missed them), and years 1800-2100 written alone unless a
 *    plural noun follows at once ("2024 people").
 */
#include "config.h"

#include "quantity.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* ---- lexicon ----------------------------------------------------------- */

enum {
	R_CARD = 1u << 0,    /* cardinal word: val */
	R_ORD = 1u << 1,     /* ordinal word: val */
	R_SCALE = 1u << 2,   /* hundred, thousand, million, dozen: val */
	R_MULT = 1u << 3,    /* k, m, bn after digits: val; aux MULT_* */
	R_VAGUE = 1u << 4,   /* dozens, hundreds: val base; aux VAGUE_* */
	R_FRAC = 1u << 5,    /* half, third(s), quarter(s): val denominator */
	R_CUR = 1u << 6,     /* currency word after an amount: s ISO, val factor */
	R_PCT = 1u << 7,     /* percent, pct */
	R_DUR = 1u << 8,     /* duration unit: aux DU_*, val factor */
	R_STOP = 1u << 9,    /* closed-class word: ends a noun phrase */
	R_LABEL = 1u << 10,  /* a number after it is a name: aux LB_* */
	R_CASUAL = 1u << 11, /* casualty word: s unit */
	R_IRREG = 1u << 12,  /* irregular plural: s lemma */
	R_DURADJ = 1u << 13, /* "six full months", "two more years" */
	R_FEW = 1u << 14,    /* several, few, couple, handful: val lo, aux hi */
	R_TIME = 1u << 15,   /* a number before it is a clock time */
	R_MEASURE = 1u << 16, /* a measure: "181km", "16GB", "110 mile" */
	R_ISO = 1u << 17,    /* currency code as a word: s */
	R_DET = 1u << 18,    /* "the one", "no one": one is a pronoun */
	R_AUX = 1u << 19,    /* skipped between a noun and a casualty word */
	R_KILL = 1u << 20,   /* "killing 12": s unit */
	R_CHANGE = 1u << 21, /* "rose 5% to 7%": a change, not a range */
	R_MODAL = 1u << 22,  /* "could one day" */
	R_DIE = 1u << 23,    /* "died at 91": an age */
	R_COMP = 1u << 24,   /* first word of a comparator phrase */
	R_POSS = 1u << 25,   /* determiner after "of" before the counted noun */
	R_MONTH = 1u << 26,  /* a number next to it is a date's (temporal.c) */
	R_ADJ = 1u << 27,    /* an adjective between a number and its noun */
	R_SEISMIC = 1u << 28, /* "a 4.6 quake": a decimal before it is a magnitude */
	R_DIM = 1u << 29,    /* high, tall, long: a size after a measure ("4 m high") */
	R_VOTE = 1u << 30,   /* a pair of counts next to it is a vote's split ("voted 5-2") */
};

enum { MULT_NEEDCUR = 1, MULT_SPACED = 2 };
enum { VAGUE_TEN = 0, VAGUE_THOUSAND = 1, VAGUE_DOZEN = 2, VAGUE_NEEDOF = 16 };
/* a measure's aux: its unit is written as in the text, for the symbols
 * whose case is their meaning ("Tb" a terabit, "TB" a terabyte); a "ps"
 * ending is a rate per second ("Gbps" -> "Gb/s"); only in capitals ("10U",
 * a rack unit, and never glued "u"); an abbreviation that counts, its unit
 * in s, the noun it abbreviates ("51 KO", "24 KOs" -> "knockout"); a
 * measure only when a size follows it, spaced from the amount ("4 m high":
 * "m" alone is a million glued, "4m", or a letter) */
enum { MEAS_CASE = 1, MEAS_RATE = 2, MEAS_CAPS = 4, MEAS_COUNT = 8, MEAS_DIM = 16 };
enum { LB_NAME = 0, LB_ORD = 1, LB_MAGNITUDE = 2, LB_AGE = 3 };
#define LC_SOFT 10 /* a name unless a plural noun follows (headlines, sentence starts) */
enum dur { DU_NONE, DU_YEAR, DU_MONTH, DU_WEEK, DU_DAY, DU_HOUR, DU_MINUTE, DU_SECOND };

struct lex {
	const char *w;
	uint32_t roles;
	double val;
	const char *s;
	uint8_t aux;
};

#define STOP R_STOP
/* Keep sorted by strcmp (the fallback lookup is a binary search); every
 * word of a comparator phrase must be here, even with no role. */
static const struct lex lexicon[] = {
	{.w = "'s", .roles = STOP},
	{.w = "a", .roles = STOP | R_COMP},
	{.w = "a.m", .roles = R_TIME},
	{.w = "about", .roles = STOP | R_COMP},
	{.w = "above", .roles = STOP | R_COMP},
	{.w = "abroad", .roles = STOP},
	{.w = "according", .roles = STOP},
	{.w = "acre", .roles = R_MEASURE},
	{.w = "across", .roles = STOP},
	{.w = "additional", .roles = R_DURADJ | R_ADJ},
	{.w = "aed", .roles = R_ISO, .s = "AED"},
	{.w = "after", .roles = STOP},
	{.w = "aftershock", .roles = R_SEISMIC},
	{.w = "afterwards", .roles = STOP},
	{.w = "against", .roles = STOP},
	{.w = "age", .roles = R_LABEL, .aux = LB_AGE},
	{.w = "aged", .roles = R_LABEL, .aux = LB_AGE},
	{.w = "ago", .roles = STOP},
	{.w = "ahead", .roles = STOP},
	{.w = "aircraft", .roles = R_IRREG, .s = "aircraft"},
	{.w = "all", .roles = STOP | R_AUX},
	{.w = "almost", .roles = STOP | R_COMP},
	{.w = "already", .roles = STOP},
	{.w = "also", .roles = STOP | R_AUX},
	{.w = "although", .roles = STOP},
	{.w = "alumni", .roles = R_IRREG, .s = "alumnus"},
	{.w = "always", .roles = STOP},
	{.w = "am", .roles = STOP | R_TIME},
	{.w = "amendment", .roles = R_LABEL},
	{.w = "amid", .roles = STOP},
	{.w = "among", .roles = STOP},
	{.w = "an", .roles = STOP | R_COMP},
	{.w = "analyses", .roles = R_IRREG, .s = "analysis"},
	{.w = "and", .roles = STOP},
	{.w = "another", .roles = STOP | R_DET},
	{.w = "any", .roles = STOP | R_DET},
	{.w = "apart", .roles = STOP},
	{.w = "apartment", .roles = R_LABEL},
	{.w = "apiece", .roles = STOP},
	{.w = "approved", .roles = R_VOTE},
	{.w = "approx", .roles = STOP | R_COMP},
	{.w = "approximately", .roles = STOP | R_COMP},
	{.w = "apr", .roles = R_MONTH},
	{.w = "april", .roles = R_MONTH},
	{.w = "apt", .roles = R_LABEL},
	{.w = "are", .roles = STOP | R_AUX},
	{.w = "around", .roles = STOP | R_COMP},
	{.w = "article", .roles = R_LABEL},
	{.w = "as", .roles = STOP | R_COMP},
	{.w = "at", .roles = STOP | R_COMP},
	{.w = "aud", .roles = R_ISO, .s = "AUD"},
	{.w = "aug", .roles = R_MONTH},
	{.w = "august", .roles = R_MONTH},
	{.w = "avalanches", .roles = R_IRREG, .s = "avalanche"},
	{.w = "away", .roles = R_DIE | STOP},
	{.w = "b", .roles = R_MULT, .val = 1e9, .aux = MULT_NEEDCUR},
	{.w = "backed", .roles = R_VOTE},
	{.w = "baht", .roles = R_CUR, .val = 1, .s = "THB"},
	{.w = "barrel", .roles = R_MEASURE},
	{.w = "be", .roles = STOP},
	{.w = "became", .roles = STOP},
	{.w = "because", .roles = STOP},
	{.w = "become", .roles = STOP},
	{.w = "been", .roles = STOP | R_AUX},
	{.w = "before", .roles = STOP},
	{.w = "began", .roles = STOP},
	{.w = "behind", .roles = STOP},
	{.w = "being", .roles = STOP | R_AUX},
	{.w = "below", .roles = STOP | R_COMP},
	{.w = "besides", .roles = STOP},
	{.w = "best", .roles = R_ADJ},
	{.w = "between", .roles = STOP | R_COMP},
	{.w = "beyond", .roles = STOP},
	{.w = "big", .roles = R_ADJ},
	{.w = "biggest", .roles = R_ADJ},
	{.w = "billion", .roles = R_SCALE, .val = 1e9},
	{.w = "billions", .roles = R_VAGUE, .val = 1e9, .aux = VAGUE_THOUSAND},
	{.w = "bln", .roles = R_MULT, .val = 1e9, .aux = MULT_SPACED},
	{.w = "block", .roles = R_LABEL},
	{.w = "bn", .roles = R_MULT, .val = 1e9, .aux = MULT_SPACED},
	{.w = "bonuses", .roles = R_IRREG, .s = "bonus"},
	{.w = "boosted", .roles = R_CHANGE},
	{.w = "both", .roles = STOP},
	{.w = "bought", .roles = STOP},
	{.w = "box", .roles = R_LABEL},
	{.w = "brl", .roles = R_ISO, .s = "BRL"},
	{.w = "broke", .roles = STOP},
	{.w = "brought", .roles = STOP},
	{.w = "bst", .roles = R_TIME},
	{.w = "building", .roles = R_LABEL},
	{.w = "built", .roles = STOP},
	{.w = "buses", .roles = R_IRREG, .s = "bus"},
	{.w = "business", .roles = R_DURADJ},
	{.w = "but", .roles = STOP},
	{.w = "by", .roles = STOP | R_CHANGE},
	{.w = "caches", .roles = R_IRREG, .s = "cache"},
	{.w = "cad", .roles = R_ISO, .s = "CAD"},
	{.w = "calendar", .roles = R_DURADJ},
	{.w = "calories", .roles = R_IRREG, .s = "calorie"},
	{.w = "calves", .roles = R_IRREG, .s = "calf"},
	{.w = "came", .roles = STOP},
	{.w = "campuses", .roles = R_IRREG, .s = "campus"},
	{.w = "can", .roles = STOP | R_MODAL},
	{.w = "category", .roles = R_LABEL},
	{.w = "cattle", .roles = R_IRREG, .s = "cattle"},
	{.w = "caught", .roles = STOP},
	{.w = "cdt", .roles = R_TIME},
	{.w = "censuses", .roles = R_IRREG, .s = "census"},
	{.w = "cent", .roles = R_CUR, .val = 0.01, .s = "USD"},
	{.w = "cents", .roles = R_CUR, .val = 0.01, .s = "USD"},
	{.w = "centuries", .roles = R_DUR | R_VAGUE, .val = 100, .aux = DU_YEAR},
	{.w = "century", .roles = R_DUR, .val = 100, .aux = DU_YEAR},
	{.w = "cet", .roles = R_TIME},
	{.w = "channel", .roles = R_LABEL},
	{.w = "chapter", .roles = R_LABEL},
	{.w = "chf", .roles = R_ISO, .s = "CHF"},
	{.w = "children", .roles = R_IRREG, .s = "child"},
	{.w = "circa", .roles = STOP | R_COMP},
	{.w = "class", .roles = R_LABEL},
	{.w = "clause", .roles = R_LABEL},
	{.w = "cliches", .roles = R_IRREG, .s = "cliche"},
	{.w = "climbed", .roles = R_CHANGE},
	{.w = "close", .roles = R_COMP},
	{.w = "closer", .roles = R_COMP},
	{.w = "cm", .roles = R_MEASURE},
	{.w = "cny", .roles = R_ISO, .s = "CNY"},
	{.w = "code", .roles = R_LABEL},
	{.w = "come", .roles = STOP},
	{.w = "consecutive", .roles = R_DURADJ | R_ADJ},
	{.w = "cookies", .roles = R_IRREG, .s = "cookie"},
	{.w = "could", .roles = STOP | R_MODAL},
	{.w = "couple", .roles = R_FEW, .val = 2, .aux = 3},
	{.w = "crew", .roles = R_IRREG, .s = "crew"},
	{.w = "crises", .roles = R_IRREG, .s = "crisis"},
	{.w = "criteria", .roles = R_IRREG, .s = "criterion"},
	{.w = "cst", .roles = R_TIME},
	{.w = "ct", .roles = R_TIME},
	{.w = "current", .roles = R_ADJ},
	{.w = "cut", .roles = R_CHANGE},
	{.w = "data", .roles = R_IRREG, .s = "data"},
	{.w = "day", .roles = R_DUR, .val = 1, .aux = DU_DAY},
	{.w = "days", .roles = R_DUR, .val = 1, .aux = DU_DAY},
	{.w = "dead", .roles = R_CASUAL, .s = "death"},
	{.w = "death", .roles = R_CASUAL | R_DIE, .s = "death", .aux = 1},
	{.w = "deaths", .roles = R_CASUAL, .s = "death", .aux = 1},
	{.w = "dec", .roles = R_MONTH},
	{.w = "decade", .roles = R_DUR, .val = 10, .aux = DU_YEAR},
	{.w = "decades", .roles = R_DUR | R_VAGUE, .val = 10, .aux = DU_YEAR},
	{.w = "december", .roles = R_MONTH},
	{.w = "declined", .roles = R_CHANGE},
	{.w = "decreased", .roles = R_CHANGE},
	{.w = "deep", .roles = R_DIM},
	{.w = "deer", .roles = R_IRREG, .s = "deer"},
	{.w = "degree", .roles = R_MEASURE},
	{.w = "despite", .roles = STOP},
	{.w = "did", .roles = STOP},
	{.w = "die", .roles = R_DIE},
	{.w = "died", .roles = R_CASUAL | R_DIE, .s = "death"},
	{.w = "dies", .roles = R_DIE},
	{.w = "different", .roles = R_ADJ},
	{.w = "dirham", .roles = R_CUR, .val = 1, .s = "AED"},
	{.w = "dirhams", .roles = R_CUR, .val = 1, .s = "AED"},
	{.w = "district", .roles = R_LABEL},
	{.w = "division", .roles = R_LABEL},
	{.w = "dkk", .roles = R_ISO, .s = "DKK"},
	{.w = "do", .roles = STOP},
	{.w = "does", .roles = STOP},
	{.w = "down", .roles = STOP | R_CHANGE},
	{.w = "dozen", .roles = R_SCALE, .val = 12},
	{.w = "dozens", .roles = R_VAGUE, .val = 12, .aux = VAGUE_DOZEN},
	{.w = "drew", .roles = STOP},
	{.w = "dropped", .roles = R_CHANGE},
	{.w = "drowned", .roles = R_CASUAL, .s = "death"},
	{.w = "during", .roles = STOP},
	{.w = "dying", .roles = R_DIE},
	{.w = "each", .roles = STOP | R_DET},
	{.w = "earlier", .roles = STOP},
	{.w = "earthquake", .roles = R_SEISMIC},
	{.w = "east", .roles = STOP},
	{.w = "echoes", .roles = R_IRREG, .s = "echo"},
	{.w = "edt", .roles = R_TIME},
	{.w = "eight", .roles = R_CARD, .val = 8},
	{.w = "eighteen", .roles = R_CARD, .val = 18},
	{.w = "eighteenth", .roles = R_ORD, .val = 18},
	{.w = "eighth", .roles = R_ORD | R_FRAC, .val = 8},
	{.w = "eighths", .roles = R_FRAC, .val = 8},
	{.w = "eighty", .roles = R_CARD, .val = 80},
	{.w = "either", .roles = STOP},
	{.w = "eleven", .roles = R_CARD, .val = 11},
	{.w = "eleventh", .roles = R_ORD, .val = 11},
	{.w = "entire", .roles = R_DURADJ | R_ADJ},
	{.w = "episode", .roles = R_LABEL},
	{.w = "est", .roles = R_TIME},
	{.w = "estimated", .roles = R_COMP},
	{.w = "et", .roles = R_TIME},
	{.w = "eur", .roles = R_ISO, .s = "EUR"},
	{.w = "euro", .roles = R_CUR, .val = 1, .s = "EUR"},
	{.w = "euros", .roles = R_CUR, .val = 1, .s = "EUR"},
	{.w = "even", .roles = STOP},
	{.w = "every", .roles = STOP | R_DET},
	{.w = "exactly", .roles = STOP | R_COMP},
	{.w = "excess", .roles = 0},
	{.w = "exhibit", .roles = R_LABEL},
	{.w = "exit", .roles = R_LABEL},
	{.w = "extra", .roles = R_DURADJ | R_ADJ},
	{.w = "fatalities", .roles = R_CASUAL, .s = "death", .aux = 1},
	{.w = "fatality", .roles = R_CASUAL, .s = "death", .aux = 1},
	{.w = "feb", .roles = R_MONTH},
	{.w = "february", .roles = R_MONTH},
	{.w = "feet", .roles = R_IRREG, .s = "foot"},
	{.w = "fell", .roles = R_CHANGE},
	{.w = "few", .roles = STOP | R_FEW | R_ADJ, .val = 2, .aux = 5},
	{.w = "fewer", .roles = STOP | R_COMP},
	{.w = "fifteen", .roles = R_CARD, .val = 15},
	{.w = "fifteenth", .roles = R_ORD, .val = 15},
	{.w = "fifth", .roles = R_ORD | R_FRAC, .val = 5},
	{.w = "fifths", .roles = R_FRAC, .val = 5},
	{.w = "fiftieth", .roles = R_ORD, .val = 50},
	{.w = "fifty", .roles = R_CARD, .val = 50},
	{.w = "fig", .roles = R_LABEL},
	{.w = "figure", .roles = R_LABEL},
	{.w = "final", .roles = STOP},
	{.w = "first", .roles = STOP},
	{.w = "fish", .roles = R_IRREG, .s = "fish"},
	{.w = "five", .roles = R_CARD, .val = 5},
	{.w = "flight", .roles = R_LABEL},
	{.w = "floor", .roles = R_LABEL},
	{.w = "foot", .roles = R_MEASURE},
	{.w = "for", .roles = STOP},
	{.w = "forint", .roles = R_CUR, .val = 1, .s = "HUF"},
	{.w = "forints", .roles = R_CUR, .val = 1, .s = "HUF"},
	{.w = "former", .roles = R_ADJ},
	{.w = "fortieth", .roles = R_ORD, .val = 40},
	{.w = "fortnight", .roles = R_DUR, .val = 2, .aux = DU_WEEK},
	{.w = "fortnights", .roles = R_DUR, .val = 2, .aux = DU_WEEK},
	{.w = "forty", .roles = R_CARD, .val = 40},
	{.w = "fought", .roles = STOP},
	{.w = "found", .roles = STOP},
	{.w = "four", .roles = R_CARD, .val = 4},
	{.w = "fourteen", .roles = R_CARD, .val = 14},
	{.w = "fourteenth", .roles = R_ORD, .val = 14},
	{.w = "fourth", .roles = R_ORD | R_FRAC, .val = 4},
	{.w = "fourths", .roles = R_FRAC, .val = 4},
	{.w = "franc", .roles = R_CUR, .val = 1, .s = "CHF"},
	{.w = "francs", .roles = R_CUR, .val = 1, .s = "CHF"},
	{.w = "from", .roles = STOP | R_CHANGE},
	{.w = "ft", .roles = R_MEASURE},
	{.w = "full", .roles = R_DURADJ | R_ADJ},
	{.w = "further", .roles = R_DURADJ | R_ADJ},
	{.w = "gallon", .roles = R_MEASURE},
	{.w = "game", .roles = R_LABEL},
	{.w = "gate", .roles = R_LABEL},
	{.w = "gave", .roles = STOP},
	{.w = "gb", .roles = R_MEASURE, .aux = MEAS_CASE},
	{.w = "gbp", .roles = R_ISO, .s = "GBP"},
	{.w = "gbps", .roles = R_MEASURE, .aux = MEAS_CASE | MEAS_RATE},
	{.w = "geese", .roles = R_IRREG, .s = "goose"},
	{.w = "get", .roles = STOP},
	{.w = "ghz", .roles = R_MEASURE},
	{.w = "gigabit", .roles = R_MEASURE},
	{.w = "gigabyte", .roles = R_MEASURE},
	{.w = "gmt", .roles = R_TIME},
	{.w = "go", .roles = STOP},
	{.w = "got", .roles = STOP},
	{.w = "grade", .roles = R_LABEL},
	{.w = "great", .roles = R_ADJ},
	{.w = "grew", .roles = R_CHANGE},
	{.w = "gw", .roles = R_MEASURE},
	{.w = "had", .roles = STOP | R_AUX},
	{.w = "half", .roles = R_FRAC, .val = 2},
	{.w = "halves", .roles = R_FRAC | R_IRREG, .val = 2, .s = "half"},
	{.w = "handful", .roles = R_FEW, .val = 3, .aux = 6},
	{.w = "has", .roles = STOP | R_AUX},
	{.w = "have", .roles = STOP | R_AUX},
	{.w = "having", .roles = STOP},
	{.w = "he", .roles = STOP},
	{.w = "headaches", .roles = R_IRREG, .s = "headache"},
	{.w = "hectare", .roles = R_MEASURE},
	{.w = "held", .roles = STOP},
	{.w = "her", .roles = STOP | R_POSS},
	{.w = "here", .roles = STOP},
	{.w = "heroes", .roles = R_IRREG, .s = "hero"},
	{.w = "high", .roles = R_ADJ | R_DIM},
	{.w = "highway", .roles = R_LABEL},
	{.w = "him", .roles = STOP},
	{.w = "his", .roles = STOP | R_POSS},
	{.w = "hit", .roles = STOP},
	{.w = "hkd", .roles = R_ISO, .s = "HKD"},
	{.w = "hospitalised", .roles = R_CASUAL, .s = "hospitalization"},
	{.w = "hospitalized", .roles = R_CASUAL, .s = "hospitalization"},
	{.w = "hour", .roles = R_DUR, .val = 1, .aux = DU_HOUR},
	{.w = "hours", .roles = R_DUR, .val = 1, .aux = DU_HOUR},
	{.w = "how", .roles = STOP},
	{.w = "hr", .roles = R_DUR, .val = 1, .aux = DU_HOUR},
	{.w = "hrs", .roles = R_DUR, .val = 1, .aux = DU_HOUR},
	{.w = "huf", .roles = R_ISO, .s = "HUF"},
	{.w = "hundred", .roles = R_SCALE, .val = 100},
	{.w = "hundreds", .roles = R_VAGUE, .val = 100, .aux = VAGUE_TEN},
	{.w = "hundredth", .roles = R_ORD, .val = 100},
	{.w = "hurt", .roles = R_CASUAL, .s = "injury"},
	{.w = "i", .roles = STOP},
	{.w = "id", .roles = R_LABEL},
	{.w = "idr", .roles = R_ISO, .s = "IDR"},
	{.w = "if", .roles = STOP},
	{.w = "ils", .roles = R_ISO, .s = "ILS"},
	{.w = "in", .roles = STOP | R_COMP},
	{.w = "inch", .roles = R_MEASURE},
	{.w = "including", .roles = STOP},
	{.w = "increased", .roles = R_CHANGE},
	{.w = "indices", .roles = R_IRREG, .s = "index"},
	{.w = "injured", .roles = R_CASUAL | R_KILL, .s = "injury"},
	{.w = "injuries", .roles = R_CASUAL, .s = "injury", .aux = 1},
	{.w = "injuring", .roles = R_KILL, .s = "injury"},
	{.w = "injury", .roles = R_CASUAL, .s = "injury", .aux = 1},
	{.w = "inland", .roles = STOP},
	{.w = "inr", .roles = R_ISO, .s = "INR"},
	{.w = "interstate", .roles = R_LABEL},
	{.w = "into", .roles = STOP},
	{.w = "is", .roles = STOP | R_AUX},
	{.w = "ist", .roles = R_TIME},
	{.w = "it", .roles = STOP},
	{.w = "item", .roles = R_LABEL},
	{.w = "its", .roles = STOP | R_POSS},
	{.w = "jan", .roles = R_MONTH},
	{.w = "january", .roles = R_MONTH},
	{.w = "jpy", .roles = R_ISO, .s = "JPY"},
	{.w = "jul", .roles = R_MONTH},
	{.w = "july", .roles = R_MONTH},
	{.w = "jumped", .roles = R_CHANGE},
	{.w = "jun", .roles = R_MONTH},
	{.w = "june", .roles = R_MONTH},
	{.w = "junior", .roles = R_ADJ},
	{.w = "just", .roles = STOP | R_COMP},
	{.w = "k", .roles = R_MULT, .val = 1e3},
	{.w = "kb", .roles = R_MEASURE, .aux = MEAS_CASE},
	{.w = "kbps", .roles = R_MEASURE, .aux = MEAS_CASE | MEAS_RATE},
	{.w = "kept", .roles = STOP},
	{.w = "key", .roles = R_ADJ},
	{.w = "kg", .roles = R_MEASURE},
	{.w = "kill", .roles = R_KILL, .s = "death"},
	{.w = "killed", .roles = R_CASUAL | R_KILL, .s = "death"},
	{.w = "killing", .roles = R_KILL, .s = "death"},
	{.w = "kills", .roles = R_KILL, .s = "death"},
	{.w = "kilobit", .roles = R_MEASURE},
	{.w = "kilobyte", .roles = R_MEASURE},
	{.w = "kilometer", .roles = R_MEASURE},
	{.w = "kilometre", .roles = R_MEASURE},
	{.w = "km", .roles = R_MEASURE},
	{.w = "kmh", .roles = R_MEASURE},
	{.w = "knew", .roles = STOP},
	{.w = "knives", .roles = R_IRREG, .s = "knife"},
	{.w = "know", .roles = STOP},
	{.w = "ko", .roles = R_MEASURE, .s = "knockout", .aux = MEAS_COUNT},
	{.w = "kos", .roles = R_MEASURE, .s = "knockout", .aux = MEAS_COUNT},
	{.w = "kph", .roles = R_MEASURE},
	{.w = "krona", .roles = R_CUR, .val = 1, .s = "SEK"},
	{.w = "krone", .roles = R_CUR, .val = 1, .s = "NOK"},
	{.w = "kroner", .roles = R_CUR, .val = 1, .s = "NOK"},
	{.w = "kronor", .roles = R_CUR, .val = 1, .s = "SEK"},
	{.w = "krw", .roles = R_ISO, .s = "KRW"},
	{.w = "kw", .roles = R_MEASURE},
	{.w = "kwh", .roles = R_MEASURE},
	{.w = "large", .roles = R_ADJ},
	{.w = "largest", .roles = R_ADJ},
	{.w = "last", .roles = STOP},
	{.w = "later", .roles = STOP | R_AUX},
	{.w = "latest", .roles = STOP | R_ADJ},
	{.w = "lb", .roles = R_MEASURE},
	{.w = "lbs", .roles = R_MEASURE},
	{.w = "least", .roles = 0},
	{.w = "leaves", .roles = R_IRREG, .s = "leaf"},
	{.w = "led", .roles = STOP},
	{.w = "less", .roles = STOP | R_COMP},
	{.w = "level", .roles = R_LABEL},
	{.w = "lies", .roles = R_IRREG, .s = "lie"},
	{.w = "like", .roles = STOP},
	{.w = "lira", .roles = R_CUR, .val = 1, .s = "TRY"},
	{.w = "liras", .roles = R_CUR, .val = 1, .s = "TRY"},
	{.w = "liter", .roles = R_MEASURE},
	{.w = "litre", .roles = R_MEASURE},
	{.w = "little", .roles = 0 | R_ADJ},
	{.w = "lives", .roles = R_IRREG, .s = "life"},
	{.w = "livestock", .roles = R_IRREG, .s = "livestock"},
	{.w = "loaves", .roles = R_IRREG, .s = "loaf"},
	{.w = "long", .roles = R_DURADJ | R_ADJ | R_DIM},
	{.w = "lost", .roles = R_CHANGE},
	{.w = "lot", .roles = R_LABEL},
	{.w = "low", .roles = R_ADJ},
	{.w = "lowered", .roles = R_CHANGE},
	{.w = "m", .roles = R_MULT | R_MEASURE, .val = 1e6, .aux = MEAS_DIM},
	{.w = "made", .roles = STOP},
	{.w = "magnitude", .roles = R_LABEL, .aux = LB_MAGNITUDE},
	{.w = "main", .roles = R_ADJ},
	{.w = "major", .roles = R_ADJ},
	{.w = "make", .roles = STOP},
	{.w = "many", .roles = STOP | R_ADJ},
	{.w = "mar", .roles = R_MONTH},
	{.w = "march", .roles = R_MONTH},
	{.w = "matrices", .roles = R_IRREG, .s = "matrix"},
	{.w = "maximum", .roles = 0},
	{.w = "may", .roles = STOP | R_MODAL | R_MONTH},
	{.w = "mb", .roles = R_MEASURE, .aux = MEAS_CASE},
	{.w = "mbps", .roles = R_MEASURE, .aux = MEAS_CASE | MEAS_RATE},
	{.w = "mdt", .roles = R_TIME},
	{.w = "me", .roles = STOP},
	{.w = "media", .roles = R_IRREG, .s = "media"},
	{.w = "megabit", .roles = R_MEASURE},
	{.w = "megabyte", .roles = R_MEASURE},
	{.w = "men", .roles = R_IRREG, .s = "man"},
	{.w = "met", .roles = STOP},
	{.w = "meter", .roles = R_MEASURE},
	{.w = "metre", .roles = R_MEASURE},
	{.w = "mhz", .roles = R_MEASURE},
	{.w = "mi", .roles = R_MEASURE},
	{.w = "mice", .roles = R_IRREG, .s = "mouse"},
	{.w = "might", .roles = STOP | R_MODAL},
	{.w = "mile", .roles = R_MEASURE},
	{.w = "million", .roles = R_SCALE, .val = 1e6},
	{.w = "millions", .roles = R_VAGUE, .val = 1e6, .aux = VAGUE_THOUSAND},
	{.w = "minimum", .roles = 0},
	{.w = "mins", .roles = R_DUR, .val = 1, .aux = DU_MINUTE},
	{.w = "minute", .roles = R_DUR, .val = 1, .aux = DU_MINUTE},
	{.w = "minutes", .roles = R_DUR, .val = 1, .aux = DU_MINUTE},
	{.w = "mln", .roles = R_MULT, .val = 1e6, .aux = MULT_SPACED},
	{.w = "mm", .roles = R_MEASURE},
	{.w = "mn", .roles = R_MULT, .val = 1e6, .aux = MULT_SPACED},
	{.w = "model", .roles = R_LABEL},
	{.w = "month", .roles = R_DUR, .val = 1, .aux = DU_MONTH},
	{.w = "months", .roles = R_DUR, .val = 1, .aux = DU_MONTH},
	{.w = "more", .roles = STOP | R_COMP | R_DURADJ | R_ADJ},
	{.w = "most", .roles = STOP},
	{.w = "mourn", .roles = R_KILL, .s = "death"},
	{.w = "mourned", .roles = R_KILL, .s = "death"},
	{.w = "mourning", .roles = R_KILL, .s = "death"},
	{.w = "mourns", .roles = R_KILL, .s = "death"},
	{.w = "movies", .roles = R_IRREG, .s = "movie"},
	{.w = "mph", .roles = R_MEASURE},
	{.w = "mst", .roles = R_TIME},
	{.w = "much", .roles = STOP},
	{.w = "must", .roles = STOP | R_MODAL},
	{.w = "mw", .roles = R_MEASURE},
	{.w = "mxn", .roles = R_ISO, .s = "MXN"},
	{.w = "my", .roles = STOP | R_POSS},
	{.w = "myr", .roles = R_ISO, .s = "MYR"},
	{.w = "naira", .roles = R_CUR, .val = 1, .s = "NGN"},
	{.w = "near", .roles = STOP},
	{.w = "nearer", .roles = R_COMP},
	{.w = "nearly", .roles = STOP | R_COMP},
	{.w = "neither", .roles = STOP},
	{.w = "new", .roles = R_ADJ},
	{.w = "news", .roles = R_IRREG, .s = "news"},
	{.w = "next", .roles = STOP},
	{.w = "ngn", .roles = R_ISO, .s = "NGN"},
	{.w = "niches", .roles = R_IRREG, .s = "niche"},
	{.w = "nine", .roles = R_CARD, .val = 9},
	{.w = "nineteen", .roles = R_CARD, .val = 19},
	{.w = "nineteenth", .roles = R_ORD, .val = 19},
	{.w = "ninety", .roles = R_CARD, .val = 90},
	{.w = "ninth", .roles = R_ORD | R_FRAC, .val = 9},
	{.w = "ninths", .roles = R_FRAC, .val = 9},
	{.w = "no", .roles = STOP | R_DET | R_LABEL | R_COMP},
	{.w = "nok", .roles = R_ISO, .s = "NOK"},
	{.w = "nor", .roles = STOP},
	{.w = "north", .roles = STOP},
	{.w = "north-northeast", .roles = STOP},
	{.w = "northeast", .roles = STOP},
	{.w = "northwest", .roles = STOP},
	{.w = "nos", .roles = R_LABEL},
	{.w = "not", .roles = STOP | R_COMP},
	{.w = "nov", .roles = R_MONTH},
	{.w = "november", .roles = R_MONTH},
	{.w = "now", .roles = STOP | R_AUX},
	{.w = "number", .roles = R_LABEL},
	{.w = "nzd", .roles = R_ISO, .s = "NZD"},
	{.w = "o'clock", .roles = R_TIME},
	{.w = "oct", .roles = R_MONTH},
	{.w = "october", .roles = R_MONTH},
	{.w = "of", .roles = STOP},
	{.w = "off", .roles = STOP},
	{.w = "offshore", .roles = STOP},
	{.w = "old", .roles = R_ADJ},
	{.w = "on", .roles = STOP | R_COMP},
	{.w = "once", .roles = STOP},
	{.w = "one", .roles = R_CARD, .val = 1},
	{.w = "only", .roles = STOP},
	{.w = "onto", .roles = STOP},
	{.w = "or", .roles = STOP},
	{.w = "order", .roles = 0},
	{.w = "other", .roles = STOP | R_ADJ},
	{.w = "ounce", .roles = R_MEASURE},
	{.w = "our", .roles = STOP | R_POSS},
	{.w = "out", .roles = STOP},
	{.w = "over", .roles = STOP | R_COMP},
	{.w = "overseas", .roles = STOP},
	{.w = "own", .roles = STOP},
	{.w = "oxen", .roles = R_IRREG, .s = "ox"},
	{.w = "p.m", .roles = R_TIME},
	{.w = "page", .roles = R_LABEL},
	{.w = "paid", .roles = STOP},
	{.w = "paragraph", .roles = R_LABEL},
	{.w = "passed", .roles = R_VOTE},
	{.w = "past", .roles = STOP},
	{.w = "pct", .roles = R_PCT},
	{.w = "pdt", .roles = R_TIME},
	{.w = "pence", .roles = R_CUR, .val = 0.01, .s = "GBP"},
	{.w = "people", .roles = R_IRREG, .s = "person"},
	{.w = "per", .roles = STOP},
	{.w = "percent", .roles = R_PCT},
	{.w = "perhaps", .roles = STOP},
	{.w = "personnel", .roles = R_IRREG, .s = "personnel"},
	{.w = "persons", .roles = R_IRREG, .s = "person"},
	{.w = "petabyte", .roles = R_MEASURE},
	{.w = "phase", .roles = R_LABEL},
	{.w = "phenomena", .roles = R_IRREG, .s = "phenomenon"},
	{.w = "pies", .roles = R_IRREG, .s = "pie"},
	{.w = "pin", .roles = R_LABEL},
	{.w = "platform", .roles = R_LABEL},
	{.w = "pln", .roles = R_ISO, .s = "PLN"},
	{.w = "plus", .roles = STOP},
	{.w = "pm", .roles = R_TIME},
	{.w = "police", .roles = R_IRREG, .s = "police"},
	{.w = "post", .roles = R_LABEL},
	{.w = "potatoes", .roles = R_IRREG, .s = "potato"},
	{.w = "pound", .roles = R_CUR, .val = 1, .s = "GBP", .aux = 1},
	{.w = "pounds", .roles = R_CUR, .val = 1, .s = "GBP", .aux = 1},
	{.w = "precinct", .roles = R_LABEL},
	{.w = "precisely", .roles = STOP | R_COMP},
	{.w = "prop", .roles = R_LABEL},
	{.w = "proposition", .roles = R_LABEL},
	{.w = "pst", .roles = R_TIME},
	{.w = "pt", .roles = R_TIME},
	{.w = "quake", .roles = R_SEISMIC},
	{.w = "quarter", .roles = R_FRAC, .val = 4},
	{.w = "quarters", .roles = R_FRAC, .val = 4},
	{.w = "quite", .roles = STOP},
	{.w = "raised", .roles = R_CHANGE},
	{.w = "ran", .roles = STOP},
	{.w = "rand", .roles = R_CUR, .val = 1, .s = "ZAR"},
	{.w = "reais", .roles = R_CUR, .val = 1, .s = "BRL"},
	{.w = "really", .roles = STOP},
	{.w = "region", .roles = 0},
	{.w = "rejected", .roles = R_VOTE},
	{.w = "remain", .roles = STOP},
	{.w = "remains", .roles = STOP},
	{.w = "renminbi", .roles = R_CUR, .val = 1, .s = "CNY"},
	{.w = "reportedly", .roles = STOP | R_AUX},
	{.w = "ringgit", .roles = R_CUR, .val = 1, .s = "MYR"},
	{.w = "riyal", .roles = R_CUR, .val = 1, .s = "SAR"},
	{.w = "riyals", .roles = R_CUR, .val = 1, .s = "SAR"},
	{.w = "rose", .roles = R_CHANGE},
	{.w = "rouble", .roles = R_CUR, .val = 1, .s = "RUB"},
	{.w = "roubles", .roles = R_CUR, .val = 1, .s = "RUB"},
	{.w = "roughly", .roles = STOP | R_COMP},
	{.w = "round", .roles = R_LABEL, .aux = LB_ORD},
	{.w = "route", .roles = R_LABEL},
	{.w = "rub", .roles = R_ISO, .s = "RUB"},
	{.w = "ruble", .roles = R_CUR, .val = 1, .s = "RUB"},
	{.w = "rubles", .roles = R_CUR, .val = 1, .s = "RUB"},
	{.w = "rule", .roles = R_LABEL},
	{.w = "rupee", .roles = R_CUR, .val = 1, .s = "INR"},
	{.w = "rupees", .roles = R_CUR, .val = 1, .s = "INR"},
	{.w = "rupiah", .roles = R_CUR, .val = 1, .s = "IDR"},
	{.w = "said", .roles = STOP},
	{.w = "same", .roles = STOP},
	{.w = "sar", .roles = R_ISO, .s = "SAR"},
	{.w = "saw", .roles = STOP},
	{.w = "say", .roles = STOP},
	{.w = "says", .roles = STOP},
	{.w = "school", .roles = R_DURADJ},
	{.w = "scores", .roles = R_VAGUE, .val = 20, .aux = VAGUE_DOZEN | VAGUE_NEEDOF},
	{.w = "season", .roles = R_LABEL},
	{.w = "second", .roles = R_DUR, .val = 1, .aux = DU_SECOND},
	{.w = "seconds", .roles = R_DUR, .val = 1, .aux = DU_SECOND},
	{.w = "section", .roles = R_LABEL},
	{.w = "sector", .roles = R_LABEL},
	{.w = "seem", .roles = STOP},
	{.w = "sek", .roles = R_ISO, .s = "SEK"},
	{.w = "selves", .roles = R_IRREG, .s = "self"},
	{.w = "senior", .roles = R_ADJ},
	{.w = "sent", .roles = STOP},
	{.w = "sep", .roles = R_MONTH},
	{.w = "sept", .roles = R_MONTH},
	{.w = "september", .roles = R_MONTH},
	{.w = "series", .roles = R_IRREG, .s = "series"},
	{.w = "seven", .roles = R_CARD, .val = 7},
	{.w = "seventeen", .roles = R_CARD, .val = 17},
	{.w = "seventeenth", .roles = R_ORD, .val = 17},
	{.w = "seventh", .roles = R_ORD | R_FRAC, .val = 7},
	{.w = "sevenths", .roles = R_FRAC, .val = 7},
	{.w = "seventy", .roles = R_CARD, .val = 70},
	{.w = "several", .roles = STOP | R_FEW, .val = 3, .aux = 9},
	{.w = "sgd", .roles = R_ISO, .s = "SGD"},
	{.w = "shall", .roles = STOP | R_MODAL},
	{.w = "she", .roles = STOP},
	{.w = "sheep", .roles = R_IRREG, .s = "sheep"},
	{.w = "shekel", .roles = R_CUR, .val = 1, .s = "ILS"},
	{.w = "shekels", .roles = R_CUR, .val = 1, .s = "ILS"},
	{.w = "shelves", .roles = R_IRREG, .s = "shelf"},
	{.w = "shook", .roles = STOP},
	{.w = "short", .roles = R_DURADJ | R_ADJ},
	{.w = "should", .roles = STOP | R_MODAL},
	{.w = "shy", .roles = R_COMP},
	{.w = "since", .roles = STOP},
	{.w = "six", .roles = R_CARD, .val = 6},
	{.w = "sixteen", .roles = R_CARD, .val = 16},
	{.w = "sixteenth", .roles = R_ORD, .val = 16},
	{.w = "sixth", .roles = R_ORD | R_FRAC, .val = 6},
	{.w = "sixths", .roles = R_FRAC, .val = 6},
	{.w = "sixty", .roles = R_CARD, .val = 60},
	{.w = "slightly", .roles = STOP | R_COMP},
	{.w = "small", .roles = R_ADJ},
	{.w = "smallest", .roles = R_ADJ},
	{.w = "so", .roles = STOP},
	{.w = "sold", .roles = STOP},
	{.w = "some", .roles = STOP | R_COMP},
	{.w = "sometimes", .roles = STOP},
	{.w = "sought", .roles = STOP},
	{.w = "south", .roles = STOP},
	{.w = "southeast", .roles = STOP},
	{.w = "southwest", .roles = STOP},
	{.w = "species", .roles = R_IRREG, .s = "species"},
	{.w = "spent", .roles = STOP},
	{.w = "spoke", .roles = STOP},
	{.w = "staff", .roles = R_IRREG, .s = "staff"},
	{.w = "stage", .roles = R_LABEL},
	{.w = "step", .roles = R_LABEL},
	{.w = "sterling", .roles = R_CUR, .val = 1, .s = "GBP"},
	{.w = "still", .roles = STOP},
	{.w = "stood", .roles = STOP},
	{.w = "straight", .roles = R_DURADJ | R_ADJ},
	{.w = "struck", .roles = STOP},
	{.w = "successive", .roles = R_DURADJ | R_ADJ},
	{.w = "such", .roles = STOP},
	{.w = "suite", .roles = R_LABEL},
	{.w = "table", .roles = R_LABEL},
	{.w = "take", .roles = STOP},
	{.w = "tall", .roles = R_DIM},
	{.w = "taught", .roles = STOP},
	{.w = "tb", .roles = R_MEASURE, .aux = MEAS_CASE},
	{.w = "tbps", .roles = R_MEASURE, .aux = MEAS_CASE | MEAS_RATE},
	{.w = "teeth", .roles = R_IRREG, .s = "tooth"},
	{.w = "temblor", .roles = R_SEISMIC},
	{.w = "ten", .roles = R_CARD, .val = 10},
	{.w = "tens", .roles = R_VAGUE, .val = 10, .aux = VAGUE_TEN | VAGUE_NEEDOF},
	{.w = "tenth", .roles = R_ORD | R_FRAC, .val = 10},
	{.w = "tenths", .roles = R_FRAC, .val = 10},
	{.w = "terabit", .roles = R_MEASURE},
	{.w = "terabyte", .roles = R_MEASURE},
	{.w = "terminal", .roles = R_LABEL},
	{.w = "than", .roles = STOP},
	{.w = "that", .roles = STOP | R_DET},
	{.w = "thb", .roles = R_ISO, .s = "THB"},
	{.w = "the", .roles = STOP | R_DET | R_POSS},
	{.w = "their", .roles = STOP | R_POSS},
	{.w = "them", .roles = STOP},
	{.w = "then", .roles = STOP},
	{.w = "there", .roles = STOP},
	{.w = "these", .roles = STOP | R_POSS},
	{.w = "they", .roles = STOP},
	{.w = "thick", .roles = R_DIM},
	{.w = "thieves", .roles = R_IRREG, .s = "thief"},
	{.w = "think", .roles = STOP},
	{.w = "third", .roles = R_ORD | R_FRAC, .val = 3},
	{.w = "thirds", .roles = R_FRAC, .val = 3},
	{.w = "thirteen", .roles = R_CARD, .val = 13},
	{.w = "thirteenth", .roles = R_ORD, .val = 13},
	{.w = "thirtieth", .roles = R_ORD, .val = 30},
	{.w = "thirty", .roles = R_CARD, .val = 30},
	{.w = "this", .roles = STOP | R_DET},
	{.w = "those", .roles = STOP | R_POSS},
	{.w = "though", .roles = STOP},
	{.w = "thought", .roles = STOP},
	{.w = "thousand", .roles = R_SCALE, .val = 1e3},
	{.w = "thousands", .roles = R_VAGUE, .val = 1e3, .aux = VAGUE_THOUSAND},
	{.w = "three", .roles = R_CARD, .val = 3},
	{.w = "through", .roles = STOP},
	{.w = "thus", .roles = STOP},
	{.w = "tier", .roles = R_LABEL},
	{.w = "ties", .roles = R_IRREG, .s = "tie"},
	{.w = "till", .roles = STOP},
	{.w = "tn", .roles = R_MULT, .val = 1e12, .aux = MULT_SPACED},
	{.w = "to", .roles = STOP | R_COMP},
	{.w = "today", .roles = STOP},
	{.w = "told", .roles = STOP},
	{.w = "toll", .roles = R_CASUAL, .s = "death", .aux = 1},
	{.w = "tomatoes", .roles = R_IRREG, .s = "tomato"},
	{.w = "tomorrow", .roles = STOP},
	{.w = "ton", .roles = R_MEASURE},
	{.w = "tonight", .roles = STOP},
	{.w = "tonne", .roles = R_MEASURE},
	{.w = "too", .roles = STOP},
	{.w = "took", .roles = STOP},
	{.w = "top", .roles = R_LABEL},
	{.w = "torpedoes", .roles = R_IRREG, .s = "torpedo"},
	{.w = "toward", .roles = STOP},
	{.w = "towards", .roles = STOP},
	{.w = "track", .roles = R_LABEL},
	{.w = "trading", .roles = R_DURADJ},
	{.w = "tremor", .roles = R_SEISMIC},
	{.w = "trillion", .roles = R_SCALE, .val = 1e12},
	{.w = "trillions", .roles = R_VAGUE, .val = 1e12, .aux = VAGUE_THOUSAND},
	{.w = "trn", .roles = R_MULT, .val = 1e12, .aux = MULT_SPACED},
	{.w = "turned", .roles = R_DIE},
	{.w = "twelfth", .roles = R_ORD, .val = 12},
	{.w = "twelve", .roles = R_CARD, .val = 12},
	{.w = "twentieth", .roles = R_ORD, .val = 20},
	{.w = "twenty", .roles = R_CARD, .val = 20},
	{.w = "two", .roles = R_CARD, .val = 2},
	{.w = "type", .roles = R_LABEL},
	{.w = "u", .roles = R_MEASURE, .aux = MEAS_CASE | MEAS_CAPS},
	{.w = "under", .roles = STOP | R_COMP},
	{.w = "unless", .roles = STOP},
	{.w = "unlike", .roles = STOP},
	{.w = "until", .roles = STOP},
	{.w = "up", .roles = STOP | R_COMP | R_CHANGE},
	{.w = "upon", .roles = STOP},
	{.w = "upward", .roles = R_COMP},
	{.w = "upwards", .roles = R_COMP},
	{.w = "us", .roles = STOP},
	{.w = "usd", .roles = R_ISO, .s = "USD"},
	{.w = "utc", .roles = R_TIME},
	{.w = "version", .roles = R_LABEL},
	{.w = "versus", .roles = STOP},
	{.w = "very", .roles = STOP},
	{.w = "vetoes", .roles = R_IRREG, .s = "veto"},
	{.w = "via", .roles = STOP},
	{.w = "viruses", .roles = R_IRREG, .s = "virus"},
	{.w = "vol", .roles = R_LABEL},
	{.w = "volume", .roles = R_LABEL},
	{.w = "vote", .roles = R_VOTE},
	{.w = "voted", .roles = R_VOTE},
	{.w = "votes", .roles = R_VOTE},
	{.w = "vs", .roles = STOP},
	{.w = "ward", .roles = R_LABEL},
	{.w = "was", .roles = STOP | R_AUX},
	{.w = "we", .roles = STOP},
	{.w = "week", .roles = R_DUR, .val = 1, .aux = DU_WEEK},
	{.w = "weeks", .roles = R_DUR, .val = 1, .aux = DU_WEEK},
	{.w = "well", .roles = R_COMP},
	{.w = "went", .roles = STOP},
	{.w = "were", .roles = STOP | R_AUX},
	{.w = "west", .roles = STOP},
	{.w = "what", .roles = STOP},
	{.w = "when", .roles = STOP},
	{.w = "where", .roles = STOP},
	{.w = "whereas", .roles = STOP},
	{.w = "whether", .roles = STOP},
	{.w = "which", .roles = STOP | R_DET},
	{.w = "while", .roles = STOP},
	{.w = "who", .roles = STOP},
	{.w = "whole", .roles = R_DURADJ | R_ADJ},
	{.w = "whom", .roles = STOP},
	{.w = "whose", .roles = STOP},
	{.w = "why", .roles = STOP},
	{.w = "wide", .roles = R_DIM},
	{.w = "will", .roles = STOP | R_MODAL},
	{.w = "with", .roles = STOP},
	{.w = "within", .roles = STOP},
	{.w = "without", .roles = STOP},
	{.w = "wives", .roles = R_IRREG, .s = "wife"},
	{.w = "wolves", .roles = R_IRREG, .s = "wolf"},
	{.w = "woke", .roles = STOP},
	{.w = "women", .roles = R_IRREG, .s = "woman"},
	{.w = "won", .roles = STOP},
	{.w = "working", .roles = R_DURADJ},
	{.w = "worldwide", .roles = STOP},
	{.w = "worst", .roles = R_ADJ},
	{.w = "would", .roles = STOP | R_MODAL},
	{.w = "wounded", .roles = R_CASUAL | R_KILL, .s = "injury"},
	{.w = "wounding", .roles = R_KILL, .s = "injury"},
	{.w = "wrote", .roles = STOP},
	{.w = "yard", .roles = R_MEASURE},
	{.w = "year", .roles = R_DUR, .val = 1, .aux = DU_YEAR},
	{.w = "years", .roles = R_DUR, .val = 1, .aux = DU_YEAR},
	{.w = "yen", .roles = R_CUR, .val = 1, .s = "JPY"},
	{.w = "yesterday", .roles = STOP},
	{.w = "yet", .roles = STOP},
	{.w = "you", .roles = STOP},
	{.w = "young", .roles = R_ADJ},
	{.w = "your", .roles = STOP | R_POSS},
	{.w = "yr", .roles = R_DUR, .val = 1, .aux = DU_YEAR},
	{.w = "yrs", .roles = R_DUR, .val = 1, .aux = DU_YEAR},
	{.w = "yuan", .roles = R_CUR, .val = 1, .s = "CNY"},
	{.w = "zar", .roles = R_ISO, .s = "ZAR"},
	{.w = "zero", .roles = R_CARD, .val = 0},
	{.w = "zip", .roles = R_LABEL},
	{.w = "zloty", .roles = R_CUR, .val = 1, .s = "PLN"},
	{.w = "zlotych", .roles = R_CUR, .val = 1, .s = "PLN"},
	{.w = "zlotys", .roles = R_CUR, .val = 1, .s = "PLN"},
	{.w = "zone", .roles = R_LABEL},
};
#undef STOP


/* An open-addressing index over the lexicon (entry + 1; 0 is empty), built
 * once (call_once): a binary search of strcmp calls per word was most of
 * the scan's time. Without C11 threads the binary search is used. */
#define LEX_SLOTS 2048
#ifdef __STDC_NO_THREADS__
static int lex_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct lex *)elem)->w);
}
#else
static uint32_t lex_hash(const char *w, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)w[i]) * 16777619u;
	return h;
}

static uint16_t lex_index[LEX_SLOTS];
static uint8_t lex_len[LEX_SLOTS];

static void lex_build(void)
{
	for (size_t i = 0; i < CC_ARRAY_LEN(lexicon); i++) {
		size_t n = strlen(lexicon[i].w);
		uint32_t h = lex_hash(lexicon[i].w, n) & (LEX_SLOTS - 1);
		while (lex_index[h])
			h = (h + 1) & (LEX_SLOTS - 1);
		lex_index[h] = (uint16_t)(i + 1);
		lex_len[h] = (uint8_t)n;
	}
}
#endif

/* The lexicon entry of a word token, or NULL. Only ASCII words of up to 15
 * bytes can be entries. */
static const struct lex *lex_find(const char *text, const struct token *t)
{
	size_t len = t->end - t->start;
	if (len == 0 || len > 15 || !(t->flags & TF_ASCII))
		return NULL;
	char w[16];
	for (size_t i = 0; i < len; i++) {
		char ch = text[t->start + i];
		w[i] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
	}
	w[len] = '\0';
#ifndef __STDC_NO_THREADS__
	for (uint32_t h = lex_hash(w, len) & (LEX_SLOTS - 1);; h = (h + 1) & (LEX_SLOTS - 1)) {
		unsigned e = lex_index[h];
		if (!e)
			return NULL;
		if (lex_len[h] == len && memcmp(lexicon[e - 1].w, w, len) == 0)
			return &lexicon[e - 1];
	}
#else
	return bsearch(w, lexicon, CC_ARRAY_LEN(lexicon), sizeof lexicon[0], lex_cmp);
#endif
}

/* ---- comparator phrases ------------------------------------------------ */

enum cmp {
	C_NONE,
	C_HI,      /* fewer than 50: hi 50 */
	C_BELOW,   /* nearly 50: 42.5 .. 50 */
	C_LO,      /* more than 50: lo 50 */
	C_ABOVE,   /* just over 50: 50 .. 57.5 */
	C_APPROX,  /* about 50: 45 .. 55 */
	C_EXACT,   /* exactly 50 */
	C_BETWEEN, /* between 20 and 30 */
};

/* The vague bands in hundredths of the amount, applied as (a * k) / 100:
 * the product is exact for any amount written with few digits, so the
 * bound is the nearest double to the decimal ("about 350": 315 .. 385, not
 * 385.00000000000006 as a * 1.1 gives) */
#define BAND_BELOW 85  /* nearly 50: from 42.5 */
#define BAND_ABOVE 115 /* just over 50: to 57.5 */
#define BAND_APPROX 10 /* about 50: 45 .. 55 */

struct phrase {
	const char *w[5];
	enum cmp cmp;
};

static const struct phrase phrases[] = {
	{{"fewer", "than"}, C_HI},
	{{"less", "than"}, C_HI},
	{{"under"}, C_HI},
	{{"below"}, C_HI},
	{{"up", "to"}, C_HI},
	{{"no", "more", "than"}, C_HI},
	{{"not", "more", "than"}, C_HI},
	{{"at", "most"}, C_HI},
	{{"as", "many", "as"}, C_HI},
	{{"as", "much", "as"}, C_HI},
	{{"a", "maximum", "of"}, C_HI},
	{{"just", "under"}, C_BELOW},
	{{"just", "below"}, C_BELOW},
	{{"nearly"}, C_BELOW},
	{{"almost"}, C_BELOW},
	{{"close", "to"}, C_BELOW},
	{{"shy", "of"}, C_BELOW},
	{{"just", "shy", "of"}, C_BELOW},
	{{"just", "short", "of"}, C_BELOW},
	{{"over"}, C_LO},
	{{"more", "than"}, C_LO},
	{{"above"}, C_LO},
	{{"upwards", "of"}, C_LO},
	{{"upward", "of"}, C_LO},
	{{"in", "excess", "of"}, C_LO},
	{{"well", "in", "excess", "of"}, C_LO},
	{{"at", "least"}, C_LO},
	{{"no", "fewer", "than"}, C_LO},
	{{"no", "less", "than"}, C_LO},
	{{"not", "less", "than"}, C_LO},
	{{"a", "minimum", "of"}, C_LO},
	{{"well", "over"}, C_LO},
	{{"well", "above"}, C_LO},
	{{"well", "more", "than"}, C_LO},
	{{"just", "over"}, C_ABOVE},
	{{"just", "above"}, C_ABOVE},
	{{"just", "more", "than"}, C_ABOVE},
	{{"a", "little", "over"}, C_ABOVE},
	{{"a", "little", "more", "than"}, C_ABOVE},
	{{"slightly", "more", "than"}, C_ABOVE},
	{{"slightly", "over"}, C_ABOVE},
	{{"slightly", "above"}, C_ABOVE},
	{{"about"}, C_APPROX},
	{{"around"}, C_APPROX},
	{{"roughly"}, C_APPROX},
	{{"approximately"}, C_APPROX},
	{{"approx"}, C_APPROX},
	{{"some"}, C_APPROX},
	{{"an", "estimated"}, C_APPROX},
	{{"estimated"}, C_APPROX},
	{{"circa"}, C_APPROX},
	{{"in", "the", "region", "of"}, C_APPROX},
	{{"on", "the", "order", "of"}, C_APPROX},
	{{"more", "or", "less"}, C_APPROX},
	{{"closer", "to"}, C_APPROX},
	{{"nearer", "to"}, C_APPROX},
	{{"exactly"}, C_EXACT},
	{{"precisely"}, C_EXACT},
	{{"between"}, C_BETWEEN},
};

/* The phrases' words as lexicon entries, so that matching compares
 * pointers (filled with the index; NULL-terminated like w). */
static const struct lex *phrase_lx[CC_ARRAY_LEN(phrases)][5];
/* By quantity_word_class (a lexicon entry's index + 1; 0 for no entry,
 * whose bits are 0), so that comparator reads a keyed token's bits by
 * token.qlex with no load of the entry: bit p set when phrase p starts with
 * the word and the word has the comparator role (R_COMP). */
static uint64_t phrase_first[CC_ARRAY_LEN(lexicon) + 1];
_Static_assert(CC_ARRAY_LEN(phrases) <= 64, "phrase_first holds a bit per phrase");
/* By quantity_word_class too, bit p set when the word is phrase p's second;
 * phrase_one: the phrases of one word. A phrase can match at token i only
 * when its bit is in phrase_first of word i and in phrase_one or the
 * phrase_second of word i + 1, so comparator drops the others at once. */
static uint64_t phrase_second[CC_ARRAY_LEN(lexicon) + 1];
static uint64_t phrase_one;
/* the same for the third word (the scan's test before comparator), and
 * the phrases of one or two words */
static uint64_t phrase_third[CC_ARRAY_LEN(lexicon) + 1];
static uint64_t phrase_two;

static void phrases_build(void)
{
	for (size_t p = 0; p < CC_ARRAY_LEN(phrases); p++) {
		for (size_t n = 0; n < 5 && phrases[p].w[n]; n++) {
			struct token t = {.end = (uint32_t)strlen(phrases[p].w[n]), .kind = TK_WORD,
					  .flags = TF_ASCII};
			phrase_lx[p][n] = lex_find(phrases[p].w[n], &t);
		}
		if (phrase_lx[p][0] && (phrase_lx[p][0]->roles & R_COMP))
			phrase_first[phrase_lx[p][0] - lexicon + 1] |= (uint64_t)1 << p;
		if (!phrases[p].w[1])
			phrase_one |= (uint64_t)1 << p;
		else if (phrase_lx[p][1])
			phrase_second[phrase_lx[p][1] - lexicon + 1] |= (uint64_t)1 << p;
		if (!phrases[p].w[1] || !phrases[p].w[2])
			phrase_two |= (uint64_t)1 << p;
		else if (phrase_lx[p][2])
			phrase_third[phrase_lx[p][2] - lexicon + 1] |= (uint64_t)1 << p;
	}
}

#define TRIGGER (R_CARD | R_ORD | R_SCALE | R_VAGUE | R_FRAC | R_FEW | R_COMP | R_ISO)

/* For each first two letters, the lengths of the words that can start an
 * amount or a comparator: most words are dismissed without a lookup. */
#define PAIRS (26 * 27)
static uint16_t trigger_len[PAIRS];
#define AMOUNT (R_CARD | R_SCALE | R_VAGUE | R_FRAC | R_FEW | R_ORD | R_DUR | R_ISO)
static uint16_t amount_len[PAIRS]; /* the same for words of an amount */

/* The pair index of a word's first two bytes, or -1 (not a lower-case or
 * capitalised ASCII letter first). */
static int pair_of(const char *w, size_t n)
{
	char a = w[0], b = n > 1 ? w[1] : ' ';
	if (a >= 'A' && a <= 'Z')
		a = (char)(a + 32);
	if (b >= 'A' && b <= 'Z')
		b = (char)(b + 32);
	if (a < 'a' || a > 'z')
		return -1;
	return (a - 'a') * 27 + (b >= 'a' && b <= 'z' ? b - 'a' : 26);
}

/* By quantity_word_class (entry + 1; 0: none): the word can start an
 * amount (a role of TRIGGER) or a comparator phrase ("to" has R_COMP but
 * starts none: it reads an amount only when a currency symbol follows). */
static bool class_triggers[CC_ARRAY_LEN(lexicon) + 1];
/* By quantity_word_class: the entry (NULL for 0), so that lx reads a keyed
 * token's entry with one load. */
static const struct lex *lex_of[CC_ARRAY_LEN(lexicon) + 1];
/* and its roles (0 for 0), so that has() asks no question about the entry */
static uint32_t roles_of[CC_ARRAY_LEN(lexicon) + 1];
/* "a" and "an" (is_w asks the same of a word: its lower case) */
static bool class_article[CC_ARRAY_LEN(lexicon) + 1];
/* By quantity_word_class: the word starts an amount only with the word
 * after it: no role of an amount, no comparator of one word, only longer
 * ones ("in excess of", "at least", "not more than", "a maximum of") and,
 * for "a"/"an", an article before a scale, "few", a fraction or a unit of
 * time. The roles of that next word that make it start one (0: none, only
 * a phrase), with NEXT_SOME for a word that starts one by itself. */
#define NEXT_SOME (~(uint32_t)0)
static uint32_t next_roles[CC_ARRAY_LEN(lexicon) + 1];

static void lex_init(void)
{
	for (size_t i = 0; i < CC_ARRAY_LEN(lexicon); i++) {
		size_t n = strlen(lexicon[i].w);
		int pr = pair_of(lexicon[i].w, n);
		if (pr < 0 || n >= 16)
			continue;
		if (lexicon[i].roles & TRIGGER)
			trigger_len[pr] |= (uint16_t)(1u << n);
		if (lexicon[i].roles & AMOUNT)
			amount_len[pr] |= (uint16_t)(1u << n);
	}
#ifndef __STDC_NO_THREADS__
	lex_build();
#endif
	phrases_build();
	for (size_t i = 0; i < CC_ARRAY_LEN(lexicon); i++) {
		class_triggers[i + 1] = (lexicon[i].roles & TRIGGER & ~(uint32_t)R_COMP) ||
					phrase_first[i + 1] != 0;
		lex_of[i + 1] = &lexicon[i];
		roles_of[i + 1] = lexicon[i].roles;
		class_article[i + 1] = strcmp(lexicon[i].w, "a") == 0 || strcmp(lexicon[i].w, "an") == 0;
		next_roles[i + 1] = (lexicon[i].roles & TRIGGER & ~(uint32_t)R_COMP) ||
					    (phrase_first[i + 1] & phrase_one)
				    ? NEXT_SOME
				    : class_article[i + 1] ? R_SCALE | R_FEW | R_FRAC | R_DUR : 0;
	}
	next_roles[0] = NEXT_SOME; /* no entry: the scan's tests as they are */
}

static cc_once_flag lex_once = CC_ONCE_INIT;

/* The lexicon's hash, built on first use by whichever thread comes first. */
static void lex_ensure(void)
{
	cc_once(&lex_once, lex_init);
}

/* Whether a word's first two letters and length are those of some word of
 * the mask (trigger_len, amount_len). */
static inline bool maybe_in(const uint16_t *mask, const char *text, const struct token *t)
{
	if (t->flags & TF_KEYED)
		return true; /* the entry is known already: no need to guess */
	size_t n = t->end - t->start;
	if (n >= 16)
		return false;
	int pr = pair_of(text + t->start, n);
	return pr >= 0 && (mask[pr] >> n & 1);
}

/* ---- per-sentence context ---------------------------------------------- */

struct ctx {
	const char *text;
	const struct token *t;
	size_t n;
	const uint8_t *blocked; /* per token: covered by a date; n+1 bytes,
				 * blocked[n] set (ok() clamps to it) */
	size_t sentence;
	struct mention_list *out;
	bool title;       /* a headline in title case (is_title: on first use) */
	bool title_known; /* title has been worked out for this sentence */
	size_t name_end;  /* token after the last number skipped as a name */
	size_t label_end; /* token after the last number a label gave a unit */
	char label_unit[32];
};

static inline bool ok(const struct ctx *c, size_t k)
{
	/* one load, no branch: an index past the sentence (k - 1 at 0
	 * wraps) reads the set byte at n */
	return !c->blocked[k < c->n ? k : c->n];
}

/* The lexicon entry of word token k: a keyed token carries it (token.qlex,
 * looked up once per word by the lexicon's memo); others are looked up. */
static inline const struct lex *lx(const struct ctx *c, size_t k)
{
	if (!ok(c, k) || c->t[k].kind != TK_WORD)
		return NULL;
	const struct token *t = &c->t[k];
	if (t->flags & TF_KEYED)
		return lex_of[t->qlex];
	return lex_find(c->text, t);
}

/* A headline in title case: most longer words capitalised. */
static bool title_case(const struct ctx *c)
{
	/* counted without a branch on the token: which tokens count is
	 * the text's, no pattern a predictor could learn */
	size_t words = 0, caps = 0;
	for (size_t k = 0; k < c->n; k++) {
		const struct token *t = &c->t[k];
		size_t w = (size_t)(t->kind == TK_WORD) & (size_t)(t->end - t->start >= 4);
		words += w;
		caps += w & (size_t)((t->flags & TF_CAP) != 0);
	}
	return words >= 3 && caps * 10 >= words * 8;
}

/* Whether the sentence is a headline in title case, worked out on first
 * use (only where a reading depends on it). */
static bool is_title(struct ctx *c)
{
	if (!c->title_known) {
		c->title = title_case(c);
		c->title_known = true;
	}
	return c->title;
}

uint16_t quantity_word_class(const char *text, const struct token *t)
{
	lex_ensure();
	if (t->kind == TK_NUM) { /* see QNUM_VALUE */
		const char *p = text + t->start;
		size_t len = t->end - t->start;
		unsigned v = 0;
		if (len < 1 || len > 4)
			return 0;
		for (size_t i = 0; i < len; i++) {
			if (p[i] < '0' || p[i] > '9')
				return 0;
			v = v * 10 + (unsigned)(p[i] - '0');
		}
		return (uint16_t)((v + 1) | (len > 1 && p[0] == '0' ? QNUM_LEAD0 : 0));
	}
	if (t->kind != TK_WORD)
		return 0;
	const struct lex *x = lex_find(text, t);
	return x ? (uint16_t)(x - lexicon + 1) : 0;
}

bool quantity_passes(const struct token *t, uint16_t cls)
{
	if (t->kind == TK_PUNCT)
		return true;
	if (t->kind != TK_WORD)
		return false;
	lex_ensure();
	return cls <= CC_ARRAY_LEN(lexicon) && !class_triggers[cls];
}

bool quantity_unit_symbol(const char *text, const struct token *t)
{
	if (t->kind != TK_WORD)
		return false;
	lex_ensure();
	const struct lex *x = (t->flags & TF_KEYED) ? lex_of[t->qlex] : lex_find(text, t);
	return x && (x->roles & R_MEASURE) && (x->aux & (MEAS_CASE | MEAS_COUNT));
}

bool quantity_measure_word(const char *text, const struct token *t)
{
	if (t->kind != TK_WORD)
		return false;
	lex_ensure();
	const struct lex *x = (t->flags & TF_KEYED) ? lex_of[t->qlex] : lex_find(text, t);
	return x && ((x->roles & R_MEASURE) || ((x->roles & R_LABEL) && x->aux == LB_MAGNITUDE));
}

/* The roles of word token k's entry (lx), 0 without one. */
static inline uint32_t lx_roles(const struct ctx *c, size_t k)
{
	if (!ok(c, k) || c->t[k].kind != TK_WORD)
		return 0;
	const struct token *t = &c->t[k];
	if (t->flags & TF_KEYED)
		return roles_of[t->qlex];
	const struct lex *x = lex_find(c->text, t);
	return x ? x->roles : 0;
}

static inline bool has(const struct ctx *c, size_t k, uint32_t roles)
{
	return (lx_roles(c, k) & roles) != 0;
}

/* Word token k is s (ASCII case ignored). Inline, so that strlen(s) is a
 * constant and most answers are "no" on the length. */
static inline __attribute__((always_inline)) bool is_w(const struct ctx *c, size_t k, const char *s)
{
	size_t m = strlen(s);
	return ok(c, k) && c->t[k].kind == TK_WORD && c->t[k].end - c->t[k].start == m &&
	       token_is(c->text, &c->t[k], s);
}

/* The index in list (n words) of word token k, ASCII case ignored, or n:
 * is_w of each word, with the token's tests made once and no strlen call
 * per word (token_is_bytes fails at the first byte that differs, a
 * shorter word's NUL among them, and checks a longer word's end) */
static size_t w_index(const struct ctx *c, size_t k, const char *const *list, size_t step,
		      size_t n)
{
	if (!ok(c, k) || c->t[k].kind != TK_WORD)
		return n;
	size_t len = c->t[k].end - c->t[k].start;
	for (size_t i = 0; i < n; i++)
		if (token_is_bytes(c->text, &c->t[k], list[i * step], len))
			return i;
	return n;
}

/* Word token k is one of the n words of list (see w_index). */
#define is_w_of(c, k, list) (w_index(c, k, list, 1, CC_ARRAY_LEN(list)) < CC_ARRAY_LEN(list))

static inline bool is_kind(const struct ctx *c, size_t k, enum tok_kind kind)
{
	return ok(c, k) && c->t[k].kind == kind;
}

/* Punctuation token k is the single ASCII character ch. */
static inline bool is_p(const struct ctx *c, size_t k, char ch)
{
	return ok(c, k) && c->t[k].kind == TK_PUNCT && c->t[k].end - c->t[k].start == 1 &&
	       c->text[c->t[k].start] == ch;
}

/* '-', or an en or em dash written between two amounts. */
static inline bool is_dash(const struct ctx *c, size_t k)
{
	if (is_p(c, k, '-'))
		return true;
	if (!ok(c, k) || c->t[k].kind != TK_PUNCT || c->t[k].end - c->t[k].start != 3)
		return false;
	const char *p = c->text + c->t[k].start;
	return memcmp(p, "\xe2\x80\x93", 3) == 0 || memcmp(p, "\xe2\x80\x94", 3) == 0;
}

/* Token k follows the one before it with no space. */
static inline bool att(const struct ctx *c, size_t k)
{
	return ok(c, k) && !(c->t[k].flags & TF_SPACE_BEFORE);
}

static inline bool is_possessive(const struct ctx *c, size_t k)
{
	if (!ok(c, k) || c->t[k].kind != TK_WORD)
		return false;
	const char *p = c->text + c->t[k].start;
	return p[0] == '\'' || (c->t[k].end - c->t[k].start >= 3 && memcmp(p, "\xe2\x80\x99", 3) == 0); /* 's, ’s */
}

static bool has_inner_upper(const struct ctx *c, size_t k)
{
	for (size_t i = c->t[k].start + 1; i < c->t[k].end; i++)
		if (c->text[i] >= 'A' && c->text[i] <= 'Z')
			return true;
	return false;
}

static inline bool is_month(const struct ctx *c, size_t k)
{
	return has(c, k, R_MONTH) && (c->t[k].flags & TF_CAP);
}

/* A word that names something: capitalised ("Windows"), or with a capital
 * inside ("iPhone"). */
static bool is_name_word(const struct ctx *c, size_t k)
{
	return ok(c, k) && c->t[k].kind == TK_WORD &&
	       ((c->t[k].flags & TF_CAP) || has_inner_upper(c, k));
}

static bool is_pronoun(const struct ctx *c, size_t k)
{
	static const char *const pro[] = {"i", "you", "he", "she", "it", "we", "they", "there"};
	return is_w_of(c, k, pro);
}

/* ---- values ------------------------------------------------------------ */

/* Writes x in plain decimal: integers without exponent, other numbers with
 * up to four decimals, trailing zeros trimmed. Independent of the locale.
 * Without a branch on the digits: the integer part's last eight digits are
 * always written (a number of 1e8 or more writes the rest), as pairs, right
 * aligned to end at buf[E], and the digit count (from the highest bit) says
 * where it starts; decimals are written at once after a '.' at buf[E], the
 * trailing zeros cleared. Everything after the number in buf is zero, so a
 * 32-byte copy (the number, at most 25 characters, and its NUL) leaves
 * out[] as a copy of the string alone would, out[] being zero past it
 * (mention_add's blank). */
static void fmt_num(char *out, size_t sz, double x)
{
	static const char pairs[] = "00010203040506070809101112131415161718192021222324"
				    "25262728293031323334353637383940414243444546474849"
				    "50515253545556575859606162636465666768697071727374"
				    "75767778798081828384858687888990919293949596979899";
	static const uint64_t p10[20] = {
		1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull,
		100000000ull, 1000000000ull, 10000000000ull, 100000000000ull,
		1000000000000ull, 10000000000000ull, 100000000000000ull,
		1000000000000000ull, 10000000000000000ull, 100000000000000000ull,
		1000000000000000000ull, 10000000000000000000ull,
	};
	enum { E = 24 };
	char buf[64];
	memset(buf + E, 0, sizeof buf - E); /* no decimals: NUL and zeros */
	bool neg = x < 0;
	if (neg)
		x = -x;
	if (!(x < 1e18))
		x = x != x ? 0 : 1e18; /* NaN -> 0; clamp */
	uint64_t whole, frac = 0;
	if (x < 1e14) {
		uint64_t q = (uint64_t)(x * 10000.0 + 0.5);
		whole = q / 10000;
		frac = q % 10000;
	} else {
		whole = (uint64_t)(x + 0.5); /* at most 1e18: 19 digits */
	}
	/* the integer part: the last eight digits as two halves of two
	 * pairs, then (rare) the eight before and the top three */
	uint32_t lo = (uint32_t)(whole % 100000000u), l1 = lo / 10000, l2 = lo % 10000;
	memcpy(buf + E - 8, pairs + 2 * (l1 / 100), 2);
	memcpy(buf + E - 6, pairs + 2 * (l1 % 100), 2);
	memcpy(buf + E - 4, pairs + 2 * (l2 / 100), 2);
	memcpy(buf + E - 2, pairs + 2 * (l2 % 100), 2);
	if (whole >= 100000000u) {
		uint64_t hi = whole / 100000000u;
		uint32_t mid = (uint32_t)(hi % 100000000u), top = (uint32_t)(hi / 100000000u);
		uint32_t m1 = mid / 10000, m2 = mid % 10000;
		memcpy(buf + E - 16, pairs + 2 * (m1 / 100), 2);
		memcpy(buf + E - 14, pairs + 2 * (m1 % 100), 2);
		memcpy(buf + E - 12, pairs + 2 * (m2 / 100), 2);
		memcpy(buf + E - 10, pairs + 2 * (m2 % 100), 2);
		memcpy(buf + E - 18, pairs + 2 * (top % 100), 2);
		memcpy(buf + E - 20, pairs + 2 * (top / 100), 2);
	}
	unsigned bits = 64 - (unsigned)__builtin_clzll(whole | 1);
	unsigned t = bits * 1233 >> 12; /* about log10(2^bits) */
	size_t nd = t + 1 - ((whole | 1) < p10[t]); /* 0 has one digit */
	/* "-" only before a value that is not zero */
	size_t minus = neg && (whole | frac) != 0;
	size_t s = E - nd - minus;
	buf[E - nd - 1] = '-';
	/* the decimals: "." and up to four digits, no trailing zeros */
	unsigned f = (unsigned)frac, keep = 0;
	if (f) {
		char fd[4];
		memcpy(fd, pairs + 2 * (f / 100), 2);
		memcpy(fd + 2, pairs + 2 * (f % 100), 2);
		keep = 4 - (f % 10 == 0) - (f % 100 == 0) - (f % 1000 == 0);
		buf[E] = '.';
		memcpy(buf + E + 1, fd, 4);
		buf[E + 2] = keep > 1 ? buf[E + 2] : '\0';
		buf[E + 3] = keep > 2 ? buf[E + 3] : '\0';
		buf[E + 4] = keep > 3 ? buf[E + 4] : '\0';
	}
	if (sz >= 32) {
		memcpy(out, buf + s, 32);
	} else if (sz) {
		size_t n = E - s + (f ? 1 + keep : 0);
		size_t m = n < sz - 1 ? n : sz - 1;
		memcpy(out, buf + s, m);
		out[m] = '\0';
	}
}

/* ---- words ------------------------------------------------------------- */

static inline __attribute__((always_inline)) bool ends(const char *w, size_t n, const char *suf)
{
	size_t m = strlen(suf);
	return n >= m && memcmp(w + n - m, suf, m) == 0;
}

/* "policemen", "spokeswomen" (not "specimen", "abdomen"). */
static bool men_plural(const char *w, size_t n)
{
	static const char *const sing[] = {"specimen", "abdomen", "regimen", "stamen", "omen",
					   "hymen", "semen", "acumen"};
	if (n < 5 || !ends(w, n, "men"))
		return false;
	for (size_t i = 0; i < CC_ARRAY_LEN(sing); i++)
		if (ends(w, n, sing[i]))
			return false;
	return true;
}

/* A lower-case word that looks plural. */
static bool looks_plural(const char *w, size_t n, const struct lex *x)
{
	if (x && (x->roles & R_IRREG))
		return true;
	if (x && (x->roles & R_STOP))
		return false;
	if (n == 0 || w[n - 1] != 's')
		return ends(w, n, "children") || ends(w, n, "people") || men_plural(w, n);
	/* nouns in -s that are one thing: "14 new measles cases" counts
	 * cases, the disease names them */
	static const char *const one[] = {"measles", "mumps", "rabies", "herpes", "diabetes", "news",
					  "species", "series", "physics", "economics", "politics"};
	/* the first letter before a strcmp call: most words match none */
	for (size_t i = 0; i < CC_ARRAY_LEN(one); i++)
		if (w[0] == one[i][0] && strcmp(w, one[i]) == 0)
			return false;
	return n >= 3 && !ends(w, n, "ss") && !ends(w, n, "us") && !ends(w, n, "is") && !ends(w, n, "'s");
}

/* A word that reads as an adjective or a participle rather than a noun. */
static bool looks_adjective(const char *w, size_t n)
{
	/* each suffix a literal, so that ends() compares a constant number
	 * of bytes in place (no strlen or memcmp call); a suffix counts only
	 * with more than two letters before it */
#define ADJ(suf) (n > sizeof suf + 1 && ends(w, n, suf))
	return ADJ("ed") || ADJ("ing") || ADJ("al") || ADJ("ive") || ADJ("ous") || ADJ("ful") ||
	       ADJ("less") || ADJ("able") || ADJ("ible") || ADJ("ic") || ADJ("est") || ADJ("ary") ||
	       ADJ("ern");
#undef ADJ
}

/* A participle ("-ed", "-ing"): never the counted noun. */
static bool looks_participle(const char *w, size_t n)
{
	return (n > 4 && ends(w, n, "ed")) || (n > 5 && ends(w, n, "ing"));
}

/* Lower-cases token k into w (32 bytes). */
static size_t lower(const struct ctx *c, size_t k, char *w)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	/* token_lower's ASCII case for the words of up to sixteen bytes
	 * ending eight or more bytes into the text (nearly all): the bytes
	 * as one or two words (the eight ending where the token ends,
	 * shifted down; nine to sixteen bytes: the first eight too), each
	 * 'A'..'Z' given its 0x20 bit without a branch, w[] getting the
	 * word(s) with the NUL and zeros after it */
	const struct token *t = &c->t[k];
	size_t len = t->end - t->start;
	if ((t->flags & TF_ASCII) && len - 1 < 16 && t->end >= 8) {
		const uint64_t hi = 0x8080808080808080u, ones = 0x0101010101010101u;
		uint64_t a, b = 0;
		memcpy(&a, c->text + t->end - 8, 8);
		if (len <= 8) {
			a >>= 64 - 8 * len;
		} else {
			memcpy(&b, c->text + t->end - 8, 8);
			b >>= 128 - 8 * len;
			memcpy(&a, c->text + t->start, 8);
		}
		/* ASCII bytes: the sums stay within their byte */
		a |= ((a + ones * (0x80 - 'A')) & ~(a + ones * (0x7f - 'Z')) & hi) >> 2;
		b |= ((b + ones * (0x80 - 'A')) & ~(b + ones * (0x7f - 'Z')) & hi) >> 2;
		memcpy(w, &a, 8);
		memcpy(w + 8, &b, 8);
		w[16] = '\0';
		return len;
	}
#endif
	return token_lower(c->text, &c->t[k], w, 32);
}

/* Whether token k, a measure of lexicon entry x, may be read as one: a
 * capitals-only symbol ("U") must be written so. */
static bool measure_ok(const struct ctx *c, size_t k, const struct lex *x)
{
	if (!(x->aux & MEAS_CAPS))
		return true;
	for (size_t i = c->t[k].start; i < c->t[k].end; i++)
		if (c->text[i] >= 'a' && c->text[i] <= 'z')
			return false;
	return true;
}

/* A time unit after a measure and '/' ("km/h", "MB/s", "Tb/sec"): its
 * short form, or NULL. */
static const char *rate_per(const struct ctx *c, size_t k)
{
	static const char *const per[][2] = {
		{"s", "s"}, {"sec", "s"}, {"second", "s"}, {"h", "h"}, {"hr", "h"},
		{"hour", "h"}, {"min", "min"}, {"minute", "min"}, {"day", "day"},
	};
	if (!is_kind(c, k, TK_WORD) || !att(c, k) || (att(c, k + 1) && !is_kind(c, k + 1, TK_PUNCT)))
		return NULL;
	size_t i = w_index(c, k, per[0], 2, CC_ARRAY_LEN(per));
	return i < CC_ARRAY_LEN(per) ? per[i][1] : NULL;
}

/* A rate in words after the measure at token k ("miles per hour", "km an
 * hour"): its short form ("h"), or NULL. Only a length moves at a speed. */
static const char *rate_spaced(const struct ctx *c, size_t k)
{
	static const char *const len[] = {"mile", "miles", "mi", "km", "kilometre", "kilometres",
					  "kilometer", "kilometers", "metre", "metres", "meter",
					  "meters", "foot", "feet"};
	if (!is_kind(c, k + 2, TK_WORD) || att(c, k + 1) || att(c, k + 2) ||
	    (!is_w(c, k + 1, "per") && !is_w(c, k + 1, "an") && !is_w(c, k + 1, "a")))
		return NULL; /* the cheap test first: this runs after every amount */
	if (!is_w_of(c, k, len))
		return NULL;
	if (is_w(c, k + 2, "hour") && !(att(c, k + 3) && is_kind(c, k + 3, TK_WORD)))
		return "h";
	if (is_w(c, k + 2, "second") && !(att(c, k + 3) && is_kind(c, k + 3, TK_WORD)))
		return "s";
	return NULL;
}

/* Whether a rate ("/s", "/sec", "/h") follows the measure at token k. */
static inline bool rate_after(const struct ctx *c, size_t k)
{
	return is_p(c, k + 1, '/') && att(c, k + 1) && rate_per(c, k + 2) != NULL;
}

/* The unit the measure at token k (entry x) writes, into out (32 bytes):
 * lower case ("km"), or as written for MEAS_CASE symbols ("Tb", "GB",
 * "U"); a rate after it joins it in short form ("Tb/sec" -> "Tb/s", "km/h")
 * as does a MEAS_RATE symbol's "ps" ("Gbps" -> "Gb/s"). Returns the token
 * after the measure and its rate. */
static size_t measure_unit(const struct ctx *c, size_t k, const struct lex *x, char *out)
{
	size_t n;
	if (x->s) {
		str_copy(out, 32, x->s);
		n = strlen(out);
	} else if (x->aux & MEAS_CASE) {
		n = c->t[k].end - c->t[k].start;
		if (n > 15)
			n = 15;
		memcpy(out, c->text + c->t[k].start, n);
		out[n] = '\0';
	} else {
		n = lower(c, k, out);
	}
	if ((x->aux & MEAS_RATE) && n > 2 && ascii_ieqn(out + n - 2, "ps", 2)) {
		memcpy(out + n - 2, "/s", 3);
		return k + 1;
	}
	if (rate_after(c, k) && n < 24) {
		const char *p = rate_per(c, k + 2);
		out[n] = '/';
		str_copy(out + n + 1, 32 - n - 1, p);
		return k + 3;
	}
	return k + 1;
}

size_t quantity_noun_singular(char *w, size_t n)
{
	if (n <= 3 || w[n - 1] != 's')
		return n;
	/* the first letter before a strcmp call: most words are none of these */
	if ((w[0] == 's' && (strcmp(w, "series") == 0 || strcmp(w, "species") == 0)) ||
	    (w[0] == 'n' && strcmp(w, "news") == 0))
		return n;
	char p = w[n - 2];
	if (p == 's' || p == 'u' || p == 'i')
		return n; /* "loss", "status", "crisis" */
	if (n > 4 && p == 'e' && w[n - 3] == 'i') {
		memcpy(w + n - 3, "y", 2); /* "technologies", "bodies" */
		return n - 2;
	}
	/* "taxes", "losses", "wishes", "quizzes", "searches", "coaches",
	 * "speeches"; not "headaches", "niches", "prizes" */
	if (n > 4 && p == 'e' &&
	    (w[n - 3] == 'x' || (w[n - 3] == 's' && w[n - 4] == 's') ||
	     (w[n - 3] == 'h' && w[n - 4] == 's') || (w[n - 3] == 'z' && w[n - 4] == 'z') ||
	     (n > 5 && w[n - 3] == 'h' && w[n - 4] == 'c' &&
	      (strchr("trn", w[n - 5]) || (w[n - 5] == 'a' && w[n - 6] == 'o') ||
	       (w[n - 5] == 'a' && w[n - 6] == 'e') || (w[n - 5] == 'e' && w[n - 6] == 'e') ||
	       (w[n - 5] == 'u' && w[n - 6] == 'o'))))) {
		w[n - 2] = '\0';
		return n - 2;
	}
	w[n - 1] = '\0';
	return n - 1;
}

/* The singular of a lower-case plural (in place): a word the lexicon
 * knows as irregular, the plurals not in -s, else the rule of all nouns. */
static void singular(char *w, const struct lex *x)
{
	size_t n = strlen(w);
	if (x && (x->roles & R_IRREG)) {
		str_copy(w, 32, x->s);
		return;
	}
	if (n == 0 || w[n - 1] != 's') { /* the rules of a word not in -s */
		if (ends(w, n, "children"))
			w[n - 3] = '\0'; /* grandchildren -> grandchild */
		else if (ends(w, n, "people"))
			strcpy(w + n - 6, "person");
		else if (men_plural(w, n))
			w[n - 2] = 'a'; /* policemen -> policeman */
	} else if (n == 3) {
		if (!strchr("sui", w[1]))
			w[2] = '\0'; /* "ads" */
	} else {
		quantity_noun_singular(w, n);
	}
}

/* ---- numbers ----------------------------------------------------------- */

enum {
	NF_DIGITS = 1u << 0,
	NF_WORDS = 1u << 1,
	NF_DEC = 1u << 2,
	NF_COMMA = 1u << 3,
	NF_SCALED = 1u << 4,
	NF_VAGUE = 1u << 5,
	NF_ORD = 1u << 6,
	NF_FRAC = 1u << 7,
	NF_ONE = 1u << 8,    /* the bare word "one" */
	NF_ART = 1u << 9,    /* begins with a/an */
	NF_NEEDCUR = 1u << 10,
	NF_FEW = 1u << 11,   /* several, a few: a pronoun without a noun */
	NF_YEAR = 1u << 12,  /* 1800..2100 in four digits */
	NF_LONG = 1u << 13,  /* seven or more plain digits */
	NF_PAIR = 1u << 14,  /* N-M written without spaces */
	NF_OF = 1u << 15,    /* needs "of" before its noun */
};

enum core_res { CORE_NONE, CORE_OK, CORE_SKIP };

struct num {
	size_t s, e;     /* tokens [s, e) */
	double v;        /* the value (vague: the low bound) */
	double lo, hi;   /* vague bounds */
	double scale;    /* the last scale applied, 1 when none */
	unsigned f;
	enum dur dur;    /* the core fixed a duration ("decades": bounds in years) */
	const struct lex *unit; /* a measure glued to it ("km" in "181km") */
	size_t mk;       /* ... at this token */
	size_t skip;     /* CORE_SKIP: where to continue */
};

enum { L_NONE, L_UNIT, L_TENS, L_HUND, L_BIG, L_DIG };

/* Reads number and scale words from token k on ("twenty-four", "one
 * hundred and fifty", "400 million", "two and a half"). cur and last carry
 * what came before. Returns the token after the last one read. */
static size_t words_value(const struct ctx *c, size_t k, double *total, double *cur, int *last,
			  double *scale)
{
	for (;;) {
		const struct lex *x = lx(c, k);
		if (!x)
			break;
		if (*last != L_NONE && att(c, k))
			break;
		if ((x->roles & R_CARD) && *last != L_DIG) {
			double v = x->val;
			if (v < 20) {
				if (!(*last == L_NONE || *last == L_HUND || *last == L_BIG ||
				      (*last == L_TENS && v < 10 && v > 0)))
					break;
				*cur += v;
				*last = L_UNIT;
				k++;
			} else {
				if (!(*last == L_NONE || *last == L_HUND || *last == L_BIG))
					break;
				*cur += v;
				*last = L_TENS;
				k++;
				const struct lex *y = lx(c, k + 1);
				if (is_p(c, k, '-') && att(c, k) && att(c, k + 1) && y &&
				    (y->roles & R_CARD) && y->val > 0 && y->val < 10) {
					*cur += y->val;
					*last = L_UNIT;
					k += 2;
				}
			}
			continue;
		}
		if (x->roles & R_SCALE) {
			if (*last == L_NONE)
				break;
			if (x->val == 100) {
				if (*last == L_HUND)
					break;
				*cur = (*cur != 0 ? *cur : 1) * 100;
				*last = L_HUND;
			} else if (x->val == 12) {
				*cur *= 12;
				*last = L_BIG;
			} else {
				*total += *cur * x->val;
				*cur = 0;
				*last = L_BIG;
			}
			*scale = x->val;
			k++;
			continue;
		}
		if (is_w(c, k, "and")) {
			if ((*last == L_HUND || *last == L_BIG) && has(c, k + 1, R_CARD) &&
			    !has(c, k + 2, R_SCALE)) {
				k++;
				continue;
			}
			if ((*last == L_UNIT || *last == L_TENS || *last == L_DIG) &&
			    is_w(c, k + 1, "a") && is_w(c, k + 2, "half")) {
				*cur += 0.5;
				*last = L_UNIT;
				k += 3;
				continue;
			}
		}
		break;
	}
	return k;
}

/* Whether the slash at e after the number at k is a sum's rate:
 * "$38/share", "$12/hour" (a currency sign glued before, one word glued
 * after the slash). */
static bool sum_rate(const struct ctx *c, size_t k, size_t e)
{
	return is_p(c, e, '/') && k > 0 && att(c, k) && is_kind(c, k - 1, TK_SYM) &&
	       is_kind(c, e + 1, TK_WORD) && att(c, e + 1) && !att(c, e + 2);
}

/* Extends the cluster of tokens glued to k (no spaces): "7:15-7:45". */
static size_t glued_end(const struct ctx *c, size_t k)
{
	size_t e = k + 1;
	while (att(c, e))
		e++;
	return e;
}

/* Parses the digits of token k. Returns false when the token cannot be an
 * amount: two dots, a leading zero, bad thousands groups, too long. */
static bool parse_digits(const struct ctx *c, size_t k, double *v, unsigned *f, size_t *intdig)
{
	const char *p = c->text + c->t[k].start;
	size_t len = c->t[k].end - c->t[k].start;
	/* most numbers: a keyed run of up to four digits carries its value
	 * (QNUM_VALUE), which the loop below would find */
	uint16_t q = c->t[k].qlex;
	if ((c->t[k].flags & TF_KEYED) && q) {
		*v = QNUM_VALUE(q);
		*f = NF_DIGITS;
		*intdig = len;
		return !(q & QNUM_LEAD0);
	}
	uint64_t ip = 0;
	double fp = 0, fscale = 1;
	size_t nd = 0, group = 0, dots = 0;
	bool comma = false;
	if (len > 1 && p[0] == '0' && p[1] != '.')
		return false;
	for (size_t i = 0; i < len; i++) {
		char ch = p[i];
		if (ch >= '0' && ch <= '9') {
			if (dots) {
				fscale /= 10;
				fp += (ch - '0') * fscale;
			} else {
				if (++nd > 15)
					return false;
				ip = ip * 10 + (uint64_t)(ch - '0');
				group++;
			}
		} else if (ch == ',') {
			if (dots || (comma ? group != 3 : (group == 0 || group > 3)))
				return false;
			comma = true;
			group = 0;
		} else if (ch == '.') {
			if (++dots > 1)
				return false;
			if (comma && group != 3)
				return false;
		} else {
			return false; /* a non-ASCII digit */
		}
	}
	if (comma && !dots && group != 3)
		return false;
	*v = (double)ip + fp;
	*f = NF_DIGITS | (dots ? NF_DEC : 0) | (comma ? NF_COMMA : 0);
	*intdig = nd;
	return true;
}

static enum core_res skip_to(struct num *nm, size_t e)
{
	nm->skip = e;
	return CORE_SKIP;
}

/* Digits at token k, with what is glued to them. */
static enum core_res core_digits(const struct ctx *c, size_t k, struct num *nm)
{
	double v;
	unsigned f;
	size_t nd;
	if (!parse_digits(c, k, &v, &f, &nd)) {
		/* "0345 600 7788", "020 7946 0958": a trunk prefix's leading
		 * zero and the digit groups after it are one phone number */
		size_t e = glued_end(c, k);
		if (e == k + 1 && c->text[c->t[k].start] == '0' && is_kind(c, e, TK_NUM))
			while (is_kind(c, e, TK_NUM))
				e++;
		return skip_to(nm, e);
	}
	size_t e = k + 1;
	/* "9. 3m": a decimal broken by a space (rebuilt text) */
	if (!(f & (NF_DEC | NF_COMMA)) && nd == 1 && is_p(c, e, '.') && att(c, e) &&
	    is_kind(c, e + 1, TK_NUM) && !att(c, e + 1) && k > 0) {
		const char *p = c->text + c->t[e + 1].start;
		size_t len = c->t[e + 1].end - c->t[e + 1].start, i;
		double fp = 0, sc = 1;
		for (i = 0; i < len && p[i] >= '0' && p[i] <= '9'; i++) {
			sc /= 10;
			fp += (p[i] - '0') * sc;
		}
		if (i == len && len <= 4) {
			v += fp;
			f |= NF_DEC;
			e += 2;
		}
	}
	if (nd == 4 && !(f & (NF_DEC | NF_COMMA)) && v >= 1800 && v <= 2100)
		f |= NF_YEAR;
	if (nd >= 7 && !(f & (NF_DEC | NF_COMMA)))
		f |= NF_LONG;
	nm->v = v;
	nm->f = f;
	/* "1. How", "2) What": a list marker */
	if (k == 0 && (is_p(c, e, '.') || is_p(c, e, ')')) && att(c, e))
		return skip_to(nm, e + 1);
	/* "+1 877 268 9324": digit groups */
	if (is_kind(c, e, TK_NUM) && is_kind(c, e + 1, TK_NUM)) {
		while (is_kind(c, e, TK_NUM))
			e++;
		return skip_to(nm, e);
	}
	/* in a URL or a file name: "/article/132929/", "story/159389.html", "p=32688" */
	if (k > 0 && att(c, k) &&
	    (is_p(c, k - 1, '/') || is_p(c, k - 1, '=') || is_p(c, k - 1, '_') ||
	     is_p(c, k - 1, '?') || is_p(c, k - 1, '&')))
		return skip_to(nm, glued_end(c, k));
	if (att(c, e) && (is_p(c, e, '/') || is_p(c, e, '_') || is_p(c, e, '&') ||
			  (is_p(c, e, '.') && is_kind(c, e + 1, TK_WORD) && att(c, e + 1))) &&
	    !sum_rate(c, k, e))
		return skip_to(nm, glued_end(c, k));
	/* next to a month: "7 July", "29th February" (temporal.c's) */
	if (is_month(c, e) || (att(c, e) && is_month(c, e + 1) && !att(c, e + 1) &&
			       c->t[e].kind == TK_WORD))
		return skip_to(nm, e + 1);
	if (att(c, e)) {
		const struct token *t = &c->t[e];
		if ((is_p(c, e, ':') || is_p(c, e, '/')) && is_kind(c, e + 1, TK_NUM) && att(c, e + 1))
			return skip_to(nm, glued_end(c, k));
		if (is_dash(c, e) && is_kind(c, e + 1, TK_NUM) && att(c, e + 1)) {
			/* N-M-K, N-M/K, N-M:K: dates, records, times */
			if (att(c, e + 2) && c->t[e + 2].kind == TK_PUNCT && !is_p(c, e + 2, ',') &&
			    !is_p(c, e + 2, '.') && !is_p(c, e + 2, ')') && !is_p(c, e + 2, ';'))
				return skip_to(nm, glued_end(c, k));
			nm->f |= NF_PAIR;
		} else if (t->kind == TK_WORD) {
			const struct lex *x = lx(c, e);
			size_t len = t->end - t->start;
			const char *p = c->text + t->start;
			if (len == 2 && !(f & (NF_DEC | NF_COMMA)) &&
			    (ascii_ieqn(p, "st", 2) || ascii_ieqn(p, "nd", 2) ||
			     ascii_ieqn(p, "rd", 2) || ascii_ieqn(p, "th", 2))) {
				nm->f |= NF_ORD;
				nm->e = e + 1;
				if (is_month(c, e + 1) || (is_w(c, e + 1, "of") && is_month(c, e + 2)))
					return skip_to(nm, e + 1);
				return CORE_OK;
			}
			if (x && (x->roles & R_MULT)) {
				nm->v = v * x->val;
				nm->scale = x->val;
				nm->f |= NF_SCALED | ((x->aux & MULT_NEEDCUR) ? NF_NEEDCUR : 0);
				nm->f &= ~(unsigned)(NF_YEAR | NF_LONG);
				e++;
			} else if (x && (x->roles & R_MEASURE) && measure_ok(c, e, x) &&
				   (rate_after(c, e) ||
				    !(att(c, e + 1) &&
				      (c->t[e + 1].kind != TK_PUNCT || is_p(c, e + 1, '/'))))) {
				nm->unit = x;
				nm->mk = e;
				nm->f &= ~(unsigned)NF_YEAR;
				nm->e = rate_after(c, e) ? e + 3 : e + 1;
				return CORE_OK;
			} else {
				return skip_to(nm, glued_end(c, k)); /* 10U, 3D, 40s, 2pm */
			}
			if (att(c, e) && c->t[e].kind == TK_WORD)
				return skip_to(nm, glued_end(c, k));
		}
	}
	if (!(nm->f & NF_SCALED)) {
		/* "400 million", "1.2 bn", "3 dozen", "2 and a half" */
		double total = 0, cur = v, scale = 1;
		int last = L_DIG;
		const struct lex *x = lx(c, e);
		if (x && (x->roles & R_MULT) && (x->aux & MULT_SPACED)) {
			nm->v = v * x->val;
			nm->scale = x->val;
			nm->f |= NF_SCALED;
			nm->f &= ~(unsigned)(NF_YEAR | NF_LONG);
			e++;
		} else if (x && ((x->roles & R_SCALE) || is_w(c, e, "and"))) {
			/* after digits (L_DIG) words_value reads on only from a
			 * scale or "and" ("2 and a half") */
			size_t e2 = words_value(c, e, &total, &cur, &last, &scale);
			if (e2 > e) {
				nm->v = total + cur;
				nm->scale = scale;
				if (scale != 1)
					nm->f |= NF_SCALED;
				if (nm->v < 1e15 && nm->v != (double)(uint64_t)nm->v)
					nm->f |= NF_DEC;
				nm->f &= ~(unsigned)(NF_YEAR | NF_LONG);
				e = e2;
			}
		}
	}
	nm->e = e;
	return CORE_OK;
}

/* "dozens", "hundreds of thousands", "tens of millions", "decades". */
static enum core_res core_vague(const struct ctx *c, size_t k, const struct lex *x, struct num *nm)
{
	if ((x->aux & VAGUE_NEEDOF) && !is_w(c, k + 1, "of"))
		return CORE_NONE;
	if ((x->roles & R_DUR) && is_p(c, k + 1, '-'))
		return CORE_NONE; /* "decades-long" */
	double prod = 1;
	size_t e = k + 1;
	for (;;) {
		const struct lex *y = lx(c, e + 1);
		if (!is_w(c, e, "of") || !y || !(y->roles & R_VAGUE) || !(y->aux & VAGUE_THOUSAND))
			break;
		prod *= y->val;
		e += 2;
	}
	if (x->val == 10 && prod == 1 && !(x->roles & R_DUR))
		return CORE_NONE; /* "tens of people" is not a phrase */
	double base = x->val;
	nm->lo = 2 * base * prod;
	switch (x->aux & 3) {
	case VAGUE_THOUSAND:
		nm->hi = 1000 * base * prod - 1;
		break;
	case VAGUE_DOZEN:
		nm->hi = 199 * prod;
		break;
	default:
		nm->hi = 10 * base * prod - 1;
		break;
	}
	nm->v = nm->lo;
	nm->f = NF_WORDS | NF_VAGUE | NF_OF;
	if (x->roles & R_DUR) {
		nm->dur = (enum dur)x->aux;
		nm->lo = 2 * x->val;
		nm->hi = 10 * x->val - 1;
		nm->v = nm->lo;
	}
	nm->e = e;
	return CORE_OK;
}

/* "several", "a few", "a couple", "a handful" at token k (the word itself),
 * with an optional scale ("several hundred"). */
static enum core_res core_few(const struct ctx *c, size_t k, const struct lex *x, struct num *nm)
{
	double sc = 1;
	size_t e = k + 1;
	const struct lex *y = lx(c, e);
	if (y && (y->roles & R_SCALE)) {
		sc = y->val;
		e++;
	}
	nm->lo = x->val * sc;
	nm->hi = x->aux * sc;
	nm->v = nm->lo;
	nm->scale = sc;
	nm->f |= NF_WORDS | NF_VAGUE | NF_FEW | NF_OF;
	nm->e = e;
	return CORE_OK;
}

/* a/an at token k: "a dozen", "a million", "a half million", "a few",
 * "a third of", "a week". */
static enum core_res core_article(const struct ctx *c, size_t k, enum cmp cmp, struct num *nm)
{
	const struct lex *y = lx(c, k + 1);
	if (!y)
		return CORE_NONE;
	nm->f = NF_ART | NF_WORDS;
	if (y->roles & R_SCALE) {
		double total = 0, cur = 1, scale = 1;
		int last = L_UNIT;
		nm->e = words_value(c, k + 1, &total, &cur, &last, &scale);
		nm->v = total + cur;
		nm->scale = scale;
		nm->f |= NF_SCALED;
		return CORE_OK;
	}
	if (is_w(c, k + 1, "half") && has(c, k + 2, R_SCALE)) {
		double total = 0, cur = 0.5, scale = 1;
		int last = L_UNIT;
		nm->e = words_value(c, k + 2, &total, &cur, &last, &scale);
		nm->v = total + cur;
		nm->scale = scale;
		nm->f |= NF_SCALED;
		return CORE_OK;
	}
	if ((y->roles & R_FEW) && !is_w(c, k + 1, "several"))
		return core_few(c, k + 1, y, nm);
	bool frac_ctx = is_w(c, k + 2, "of") || cmp != C_NONE ||
			(k > 0 && has(c, k - 1, R_CHANGE)) ||
			(k + 2 >= c->n || is_kind(c, k + 2, TK_PUNCT));
	if ((y->roles & R_FRAC) && !(y->roles & R_IRREG) && frac_ctx &&
	    !ends(y->w, strlen(y->w), "s") && !is_w(c, k + 1, "half")) {
		nm->v = 1 / y->val;
		nm->f |= NF_FRAC;
		nm->e = k + 2;
		return CORE_OK;
	}
	if ((y->roles & R_DUR) && !ends(y->w, strlen(y->w), "s") && !att(c, k + 1)) {
		/* a rate, not a duration: "$5 a year", "twice a week", "3 times a day" */
		if (k > 0 && ok(c, k - 1)) {
			const struct token *p = &c->t[k - 1];
			if (p->kind == TK_NUM || p->kind == TK_SYM || is_w(c, k - 1, "once") ||
			    is_w(c, k - 1, "twice") || is_w(c, k - 1, "times") ||
			    is_w(c, k - 1, "per") ||
			    has(c, k - 1, R_SCALE | R_MULT | R_CUR | R_PCT | R_DUR))
				return CORE_NONE;
			/* "6m visitors a year", "40 hours a week" */
			if (k > 1 && p->kind == TK_WORD && ok(c, k - 2) &&
			    (c->t[k - 2].kind == TK_NUM || has(c, k - 2, R_CARD | R_SCALE | R_MULT))) {
				char w[32];
				size_t n = lower(c, k - 1, w);
				if (looks_plural(w, n, lx(c, k - 1)))
					return CORE_NONE;
			}
		}
		/* "a second professional victory" */
		if (y->aux == DU_SECOND && is_kind(c, k + 2, TK_WORD) && !has(c, k + 2, R_STOP))
			return CORE_NONE;
		nm->v = 1;
		nm->e = k + 1;
		return CORE_OK;
	}
	return CORE_NONE;
}

/* "half of", "half the", "half a million", "half an hour", "about half". */
static enum core_res core_half(const struct ctx *c, size_t k, enum cmp cmp, struct num *nm)
{
	if (att(c, k + 1))
		return CORE_NONE; /* "half-hour" */
	if (k > 0 && ok(c, k - 1) &&
	    (has(c, k - 1, R_DET | R_ORD | R_POSS) || is_w(c, k - 1, "first") ||
	     is_w(c, k - 1, "second") || is_w(c, k - 1, "last") || is_w(c, k - 1, "other") ||
	     is_w(c, k - 1, "a") || is_w(c, k - 1, "one")))
		return CORE_NONE;
	nm->f = NF_WORDS;
	if ((is_w(c, k + 1, "a") || is_w(c, k + 1, "an")) && has(c, k + 2, R_SCALE)) {
		double total = 0, cur = 0.5, scale = 1;
		int last = L_UNIT;
		nm->e = words_value(c, k + 2, &total, &cur, &last, &scale);
		nm->v = total + cur;
		nm->scale = scale;
		nm->f |= NF_SCALED;
		return CORE_OK;
	}
	if ((is_w(c, k + 1, "a") || is_w(c, k + 1, "an")) && has(c, k + 2, R_DUR)) {
		nm->v = 0.5;
		nm->e = k + 2;
		return CORE_OK;
	}
	if (is_w(c, k + 1, "of") || has(c, k + 1, R_POSS) || cmp != C_NONE) {
		nm->v = 0.5;
		nm->f |= NF_FRAC;
		nm->e = k + 1;
		return CORE_OK;
	}
	return CORE_NONE;
}

/* A number word at k: "five", "twenty-four", "two-thirds", "one third of",
 * "a hundred". */
static enum core_res core_card(const struct ctx *c, size_t k, const struct lex *x, struct num *nm)
{
	const struct lex *y = lx(c, k + 2);
	nm->f = NF_WORDS;
	/* two-thirds, one-half, three-quarters */
	if (is_p(c, k + 1, '-') && att(c, k + 1) && att(c, k + 2) && y && (y->roles & R_FRAC) &&
	    x->val > 0) {
		nm->v = x->val / y->val;
		nm->f |= NF_FRAC;
		nm->e = k + 3;
		return CORE_OK;
	}
	y = lx(c, k + 1);
	if (y && (y->roles & R_FRAC) && !is_w(c, k + 1, "half") && is_w(c, k + 2, "of") &&
	    x->val > 0 && x->val < 10) {
		bool plural = ends(y->w, strlen(y->w), "s");
		if (plural == (x->val != 1)) {
			nm->v = x->val / y->val;
			nm->f |= NF_FRAC;
			nm->e = k + 2;
			return CORE_OK;
		}
	}
	double total = 0, cur = 0, scale = 1;
	int last = L_NONE;
	nm->e = words_value(c, k, &total, &cur, &last, &scale);
	if (nm->e == k)
		return CORE_NONE;
	nm->v = total + cur;
	nm->scale = scale;
	if (scale != 1)
		nm->f |= NF_SCALED;
	if (nm->e == k + 1 && x->val == 1)
		nm->f |= NF_ONE;
	return CORE_OK;
}

/* The number at token k, if any. */
static enum core_res core(const struct ctx *c, size_t k, enum cmp cmp, struct num *nm)
{
	memset(nm, 0, sizeof *nm);
	nm->s = k;
	nm->scale = 1;
	if (!ok(c, k))
		return CORE_NONE;
	const struct token *t = &c->t[k];
	enum core_res r;
	if (t->kind == TK_NUM) {
		r = core_digits(c, k, nm);
	} else {
		const struct lex *x = lx(c, k);
		if (!x)
			return CORE_NONE;
		if (is_w(c, k, "a") || is_w(c, k, "an"))
			r = core_article(c, k, cmp, nm);
		else if (x->roles & R_VAGUE)
			r = core_vague(c, k, x, nm);
		else if (is_w(c, k, "several"))
			r = core_few(c, k, x, nm);
		else if (is_w(c, k, "half"))
			r = core_half(c, k, cmp, nm);
		else if (x->roles & R_CARD)
			r = core_card(c, k, x, nm);
		else if ((x->roles & R_ORD) && !is_w(c, k + 1 + is_p(c, k + 1, '-'), "party") &&
			 !is_w(c, k + 1 + is_p(c, k + 1, '-'), "parties") &&
			 !is_month(c, k + 1) && !is_month(c, k + 2)) {
			nm->v = x->val;
			nm->f = NF_WORDS | NF_ORD;
			nm->e = k + 1;
			r = CORE_OK;
		} else {
			return CORE_NONE;
		}
	}
	/* "a quarter of a million", "two-thirds of a billion" */
	const struct lex *sc;
	if (r == CORE_OK && (nm->f & NF_FRAC) && is_w(c, nm->e, "of") &&
	    (is_w(c, nm->e + 1, "a") || is_w(c, nm->e + 1, "an")) &&
	    (sc = lx(c, nm->e + 2)) && (sc->roles & R_SCALE) && !is_w(c, nm->e + 2, "dozen")) {
		nm->v *= sc->val;
		nm->scale = sc->val;
		nm->f = (nm->f & ~(unsigned)NF_FRAC) | NF_SCALED;
		nm->e += 3;
	}
	if (r == CORE_OK && nm->lo == 0 && nm->hi == 0)
		nm->lo = nm->hi = nm->v;
	return r;
}

/* ---- comparators and currencies ---------------------------------------- */

/* The word class of token k as lx() would find its entry (the entry's
 * index + 1, 0 for none): a keyed token's token.qlex itself, so that the
 * phrase tables are read without loading the entry. */
static inline size_t phrase_class(const struct ctx *c, size_t k)
{
	if (!ok(c, k) || c->t[k].kind != TK_WORD)
		return 0;
	const struct token *t = &c->t[k];
	if (t->flags & TF_KEYED)
		return t->qlex;
	const struct lex *x = lex_find(c->text, t);
	return x ? (size_t)(x - lexicon) + 1 : 0;
}

/* Whether word k is a form of a verb whose particle is "over" (hand
 * over, turn over). */
static bool over_particle(const struct ctx *c, size_t k)
{
	static const char *const v[] = {"hand", "hands", "handed", "handing",
					"turn", "turns", "turned", "turning"};
	if (!is_kind(c, k, TK_WORD) || !strchr("htHT", c->text[c->t[k].start]))
		return false;
	return is_w_of(c, k, v);
}

/* Whether word k is a verb of blame or dispute after which "over" and a
 * sum (a currency sign next) says what about, not a bound: "jailed over
 * $2.4m fraud", "sued over $40m in unpaid fees" ("charged" and "fined" are
 * left out: "charged over $500" bills more than $500); before a count it
 * stays a bound ("arrested over 50 protesters"). */
static bool over_about(const struct ctx *c, size_t k)
{
	static const char *const v[] = {"jailed",     "sentenced",  "arrested",  "convicted",
					"prosecuted", "indicted",   "probed",    "investigated",
					"questioned", "accused",    "sued",      "protested",
					"criticised", "criticized", "imprisoned"};
	return is_kind(c, k, TK_WORD) && is_w_of(c, k, v);
}

/* The longest comparator phrase at token i, of class x (phrase_class(c,
 * i), which the caller has at hand); *e is the token after it. */
static enum cmp comparator(const struct ctx *c, size_t i, size_t x, size_t *e)
{
	*e = i;
	/* 0 unless word i has the comparator role and starts a phrase */
	uint64_t set = phrase_first[x];
	if (!set)
		return C_NONE;
	enum cmp best = C_NONE;
	size_t bestlen = 0;
	/* the phrases that start with this word and are of one word or go on
	 * with the next one, in table order (class 0 has no bits) */
	set &= phrase_one | phrase_second[phrase_class(c, i + 1)];
	for (; set; set &= set - 1) {
		size_t p = (size_t)__builtin_ctzll(set);
		const struct phrase *ph = &phrases[p];
		size_t n = ph->w[1] ? 2 : 1; /* the words the masks matched */
		while (n < 5 && ph->w[n] && lx(c, i + n) && lx(c, i + n) == phrase_lx[p][n])
			n++;
		if ((n == 5 || !ph->w[n]) && n > bestlen) {
			best = ph->cmp;
			bestlen = n;
		}
	}
	if (best == C_NONE)
		return C_NONE;
	/* "over" right after "hand" or "turn" is the verb's particle, no
	 * bound: "handing over 14 people" hands over 14, not more than 14 */
	if (bestlen == 1 && i > 0 && is_w(c, i, "over") &&
	    (over_particle(c, i - 1) || (over_about(c, i - 1) && ok(c, i + 1) && c->t[i + 1].kind == TK_SYM)))
		return C_NONE;
	/* an amount must follow within a few tokens */
	bool near = false;
	for (size_t k = i + 1; k < i + 6 && ok(c, k) && !near; k++)
		near = c->t[k].kind == TK_NUM || c->t[k].kind == TK_SYM ||
		       (c->t[k].kind == TK_WORD && maybe_in(amount_len, c->text, &c->t[k]) &&
			has(c, k, AMOUNT));
	if (!near)
		return C_NONE;
	*e = i + bestlen;
	if (best == C_APPROX && is_w(c, i, "approx") && is_p(c, *e, '.'))
		(*e)++;
	/* "at least another two months": the comparator bounds what is added */
	if (is_w(c, *e, "another"))
		(*e)++;
	return best;
}

/* The tests of the token after an amount, and the stages of quantity_at
 * that make them, are inlined into quantity_at (STAGE): most end at their
 * first test of that token, and out of line every call made gcc keep the
 * amount (struct qty, whose address they take) in memory, stored before the
 * call and loaded again after it (emit, the last, takes it too). Each
 * has one to three callers. */
#define STAGE static inline __attribute__((always_inline))

STAGE const char *sym_code(const struct ctx *c, size_t k)
{
	if (!is_kind(c, k, TK_SYM))
		return NULL;
	if (c->text[c->t[k].start] == '$') /* the common one first */
		return c->t[k].end - c->t[k].start == 1 ? "USD" : NULL;
	static const struct {
		const char *s, *code;
	} syms[] = {
		{"$", "USD"}, {"\xe2\x82\xac", "EUR"}, {"\xc2\xa3", "GBP"}, {"\xc2\xa5", "JPY"},
		{"\xe2\x82\xb9", "INR"}, {"\xe2\x82\xa9", "KRW"}, {"\xe2\x82\xbd", "RUB"},
		{"\xe2\x82\xba", "TRY"}, {"\xe2\x82\xaa", "ILS"}, {"\xe2\x82\xa6", "NGN"},
		{"\xe2\x82\xb4", "UAH"}, {"\xe2\x82\xb1", "PHP"},
	};
	size_t len = c->t[k].end - c->t[k].start;
	for (size_t i = 0; i < CC_ARRAY_LEN(syms); i++)
		if (strlen(syms[i].s) == len && memcmp(c->text + c->t[k].start, syms[i].s, len) == 0)
			return syms[i].code;
	return NULL;
}

/* A currency before an amount at token k: "$", "US$", "C$", "€", "USD".
 * Returns the ISO code and sets *e to the token after it. */
STAGE const char *currency_prefix(const struct ctx *c, size_t k, size_t *e)
{
	const char *code = sym_code(c, k);
	if (code) {
		*e = k + 1;
		return code;
	}
	if (!is_kind(c, k, TK_WORD))
		return NULL;
	if (is_kind(c, k + 1, TK_SYM) && att(c, k + 1) && sym_code(c, k + 1) &&
	    c->text[c->t[k + 1].start] == '$') {
		static const struct {
			const char *w, *code;
		} dollars[] = {
			{"US", "USD"}, {"A", "AUD"}, {"AU", "AUD"}, {"C", "CAD"}, {"CA", "CAD"},
			{"NZ", "NZD"}, {"HK", "HKD"}, {"S", "SGD"}, {"R", "BRL"}, {"NT", "TWD"},
			{"MX", "MXN"},
		};
		for (size_t i = 0; i < CC_ARRAY_LEN(dollars); i++)
			if (token_is(c->text, &c->t[k], dollars[i].w) &&
			    c->text[c->t[k].start] >= 'A' && c->text[c->t[k].start] <= 'Z') {
				*e = k + 2;
				return dollars[i].code;
			}
		return NULL;
	}
	const struct lex *x = lx(c, k);
	if (x && (x->roles & R_ISO) && (c->t[k].flags & TF_UPPER) && is_kind(c, k + 1, TK_NUM)) {
		*e = k + 1;
		return x->s;
	}
	return NULL;
}

/* ---- the quantity ------------------------------------------------------ */

enum qkind { Q_NUM, Q_MONEY, Q_PCT, Q_DUR, Q_ORD };

struct qty {
	size_t s, e;     /* span [s, e); e moves as the expression is read */
	size_t j, k;     /* after the comparator; the number's first token */
	bool soft;       /* after a capitalised word in a headline */
	enum qkind kind;
	enum cmp cmp;
	struct num a;    /* the number */
	double v2;       /* range: the upper end */
	bool range;
	const char *cur; /* ISO code */
	enum dur dur;
	double durx;
	char unit[32];
	bool fixed;      /* the unit came from the expression, not a noun */
};

static void set_unit(struct qty *q, const char *u)
{
	str_copy(q->unit, sizeof q->unit, u);
	q->fixed = true;
}

/* A currency word or code after an amount at token k ("dollars", "euros",
 * "US dollars", "EUR", "€"). Sets *e after it and *factor (cents 0.01). */
static const char *currency_suffix(const struct ctx *c, size_t k, const struct num *a,
				   size_t *e, double *factor)
{
	*factor = 1;
	size_t j = k;
	if (!ok(c, j))
		return NULL;
	/* an adjective that names the country of a dollar, a crown or a franc
	 * ("Canadian dollars", "Danish kroner", "Swiss francs") */
	static const struct {
		const char *w, *code;
		char family; /* 'd' dollar, 'k' krone/krona, 'f' franc */
	} adjs[] = {
		{"US", "USD", 'd'},        {"American", "USD", 'd'}, {"Canadian", "CAD", 'd'},
		{"Singapore", "SGD", 'd'}, {"Australian", "AUD", 'd'}, {"Danish", "DKK", 'k'},
		{"Norwegian", "NOK", 'k'}, {"Swedish", "SEK", 'k'},  {"Swiss", "CHF", 'f'},
	};
	const struct token *t = &c->t[j];
	int adj = -1;
	if (t->kind == TK_WORD && (t->flags & TF_CAP)) {
		if (token_is(c->text, t, "U.S") && is_p(c, j + 1, '.') && att(c, j + 1)) {
			adj = 0;
			j++;
		} else {
			for (size_t i = 0; i < CC_ARRAY_LEN(adjs) && adj < 0; i++)
				if (token_is(c->text, t, adjs[i].w))
					adj = (int)i;
		}
	}
	if (adj >= 0) {
		bool named;
		switch (adjs[adj].family) {
		case 'k':
			named = is_w(c, j + 1, "krone") || is_w(c, j + 1, "kroner") || is_w(c, j + 1, "krona") ||
				is_w(c, j + 1, "kronor");
			break;
		case 'f':
			named = is_w(c, j + 1, "franc") || is_w(c, j + 1, "francs");
			break;
		default:
			named = is_w(c, j + 1, "dollars") || is_w(c, j + 1, "dollar");
			break;
		}
		if (!named)
			return NULL;
		*e = j + 2;
		return adjs[adj].code;
	}
	const struct lex *x = lx(c, j);
	if (x && (x->roles & R_CUR)) {
		if (x->aux == 1) { /* pounds: money with a scale or "sterling" */
			if (is_w(c, j + 1, "sterling")) {
				*e = j + 2;
				return "GBP";
			}
			if (!(a->f & NF_SCALED) || is_w(c, j + 1, "of"))
				return NULL; /* "1.5 million pounds of frozen goods" */
		}
		*factor = x->val;
		*e = j + 1;
		return x->s;
	}
	if (is_w(c, j, "dollars") || is_w(c, j, "dollar")) {
		*e = j + 1;
		return "USD";
	}
	if (x && (x->roles & R_ISO) && (c->t[j].flags & TF_UPPER)) {
		*e = j + 1;
		return x->s;
	}
	const char *code = sym_code(c, j);
	if (code) {
		*e = j + 1;
		return code;
	}
	return NULL;
}

/* Percent after an amount at k: "%", "percent", "per cent", "pct",
 * "percentage points", "basis points". Sets *e and the unit. */
STAGE bool percent_suffix(const struct ctx *c, size_t k, size_t *e, const char **unit,
			  double *factor)
{
	*factor = 1;
	*unit = "percent";
	if (!ok(c, k))
		return false;
	const struct token *t = &c->t[k];
	if (t->kind == TK_SYM && c->text[t->start] == '%') {
		*e = k + 1;
		return true;
	}
	if (t->kind != TK_WORD)
		return false;
	/* a word: its entry, then the phrases by the first word's length */
	if (has(c, k, R_PCT)) {
		*e = k + 1;
		return true;
	}
	size_t len = t->end - t->start;
	if (len == 3 && token_is(c->text, t, "per") && is_w(c, k + 1, "cent")) {
		*e = k + 2;
		return true;
	}
	if (((len == 10 && token_is(c->text, t, "percentage")) ||
	     (len == 5 && token_is(c->text, t, "basis"))) &&
	    (is_w(c, k + 1, "points") || is_w(c, k + 1, "point"))) {
		*unit = "point";
		if (len == 5) /* basis */
			*factor = 0.01;
		*e = k + 2;
		return true;
	}
	return false;
}

/* A duration unit at k, after at most one adjective ("six full months"). */
STAGE const struct lex *duration_at(const struct ctx *c, size_t k, size_t *e)
{
	const struct lex *x = lx(c, k);
	if (x && (x->roles & R_DURADJ) && !att(c, k) && has(c, k + 1, R_DUR) && !att(c, k + 1)) {
		k++;
		x = lx(c, k);
	}
	if (x && (x->roles & R_DUR) && !(x->roles & R_VAGUE && x->aux == 0) && !att(c, k)) {
		*e = k + 1;
		return x;
	}
	return NULL;
}

struct head {
	size_t k;          /* head token, SIZE_MAX when none */
	size_t end;        /* token after the head */
	bool model;        /* "737 MAX": an upper-case word and no plural */
	bool plural;
	bool past_verb;    /* a participle came between ("2.0 changed things") */
	bool measure;      /* a measure symbol, its rate included ("Tb/sec") */
	char unit[32];
};

/* A temperature's scale right after the amount: "40°C", "104 °F", "40
 * degrees Celsius", "104 degrees Fahrenheit", "40 degrees C" -> unit "°C"
 * or "°F" (a measure: two scales are two units, never converted, so 40°C
 * and 104°F are not compared); "30 degrees" alone stays "degree". */
STAGE bool temperature_at(const struct ctx *c, size_t k, struct head *h)
{
	if (!ok(c, k))
		return false;
	const struct token *t = &c->t[k];
	size_t e;
	if (t->kind == TK_PUNCT && t->end - t->start == 2 && memcmp(c->text + t->start, "\xc2\xb0", 2) == 0) {
		e = k + 1; /* the degree sign */
	} else if (t->kind == TK_WORD && (token_is(c->text, t, "degrees") || token_is(c->text, t, "degree"))) {
		e = k + 1;
	} else {
		return false;
	}
	if (!is_kind(c, e, TK_WORD))
		return false;
	const struct token *w = &c->t[e];
	const char *p = c->text + w->start;
	size_t n = w->end - w->start;
	char scale;
	if (n == 1 && (*p == 'C' || *p == 'F'))
		scale = *p;
	else if (token_is(c->text, w, "celsius") || token_is(c->text, w, "centigrade"))
		scale = 'C';
	else if (token_is(c->text, w, "fahrenheit"))
		scale = 'F';
	else
		return false;
	h->k = e;
	h->end = e + 1;
	h->plural = true;
	h->measure = true;
	memcpy(h->unit, "\xc2\xb0", 2);
	h->unit[2] = scale;
	h->unit[3] = '\0';
	return true;
}

/* The counted noun after the amount, from token k on. attributive: a
 * singular noun right after may count (after an article, for a decimal);
 * title_attributive: so may it when the sentence is a headline. */
static void find_head(struct ctx *c, size_t k, bool want_plural, bool attributive,
		      bool title_attributive, bool decimal, struct head *h)
{
	h->k = SIZE_MAX;
	h->model = false;
	h->plural = false;
	h->past_verb = false;
	h->measure = false;
	h->unit[0] = '\0';
	size_t fallback = SIZE_MAX, fb_end = 0, lastresort = SIZE_MAX, lr_end = 0;
	bool upper_first = false;
	if (temperature_at(c, k, h))
		return;
	for (size_t item = 0; item < 5; item++) {
		if (!is_kind(c, k, TK_WORD) || is_possessive(c, k))
			break;
		const struct lex *x = lx(c, k);
		if (x && (x->roles & (R_STOP | R_CARD | R_SCALE | R_VAGUE | R_ORD | R_DUR | R_CUR |
				      R_PCT | R_TIME | R_AUX)) &&
		    !(x->roles & R_CASUAL) && !((x->roles & R_CUR) && x->aux == 1))
			break; /* (pounds that were not money are a weight) */
		/* a compound: low-power, dual-core */
		size_t last = k, e = k + 1;
		while (is_p(c, e, '-') && att(c, e) && is_kind(c, e + 1, TK_WORD) && att(c, e + 1)) {
			last = e + 1;
			e += 2;
		}
		if ((c->t[last].flags & TF_DOTTED) && is_p(c, e, '.') && att(c, e))
			e++;
		char w[32];
		size_t n = lower(c, last, w);
		const struct lex *lxl = lx(c, last);
		/* a measure right after the amount is its unit, written in
		 * capitals or not ("16 GB", "400 Tb/sec", "90 km/h"); other
		 * lower-case measures are read below ("110 mile") */
		/* "90 miles per hour", "80 km an hour" -> "mile/h", "km/h" (the
		 * spellings of one speed fold in units.tsv: "mph") */
		const char *per = item == 0 && last == k ? rate_spaced(c, k) : NULL;
		if (per) {
			h->k = k;
			h->end = k + 3;
			lower(c, k, h->unit);
			singular(h->unit, lxl);
			size_t m = strlen(h->unit); /* a length's name: under 16 bytes */
			h->unit[m] = '/';
			str_copy(h->unit + m + 1, sizeof h->unit - m - 1, per);
			h->plural = true;
			h->measure = true;
			return;
		}
		/* "4 m high", "2 m wide": a measure that is one only before a
		 * size (MEAS_DIM) */
		bool dim = lxl && (lxl->aux & MEAS_DIM) && has(c, k + 1, R_DIM);
		if (item == 0 && lxl && (lxl->roles & R_MEASURE) && !(lxl->aux & MEAS_CAPS) &&
		    last == k && (dim || ((lxl->aux & MEAS_CASE) && !(lxl->aux & MEAS_DIM)) ||
				  (c->t[k].flags & (TF_CAP | TF_UPPER)) || rate_after(c, k))) {
			h->k = k;
			h->end = measure_unit(c, k, lxl, h->unit);
			h->plural = true;
			h->measure = true;
			return;
		}
		if (lxl && (lxl->roles & R_CASUAL)) {
			h->k = last;
			h->end = e;
			str_copy(h->unit, sizeof h->unit, lxl->s);
			return;
		}
		bool upper = (c->t[last].flags & TF_UPPER) && !(c->t[last].flags & TF_DOTTED);
		bool plural = looks_plural(w, n, lxl) && !upper;
		if (upper && !(w[n - 1] == 's' && n > 2 && c->text[c->t[last].end - 1] == 's')) {
			if (item == 0)
				upper_first = true;
			k = e;
			continue;
		}
		if (upper)
			plural = true; /* "KOs" */
		if (want_plural && plural) {
			h->k = last;
			h->end = e;
			h->plural = true;
			str_copy(h->unit, sizeof h->unit, w);
			singular(h->unit, lxl);
			return;
		}
		bool name = (c->t[last].flags & TF_CAP) && !is_title(c);
		bool adj = looks_adjective(w, n) || (lxl && (lxl->roles & R_ADJ));
		if (!want_plural) {
			/* one noun phrase, head last: "one forklift driver", "one
			 * interested bidder"; a plural or a participle after a noun
			 * is its verb ("one analyst writes", "one man stayed") */
			if (h->k != SIZE_MAX && (plural || looks_participle(w, n) || name))
				break;
			if (!adj && !name) {
				h->k = last;
				h->end = e;
				str_copy(h->unit, sizeof h->unit, w);
			} else if (!looks_participle(w, n) && !name && !(lxl && (lxl->roles & R_ADJ))) {
				lastresort = last, lr_end = e; /* "one hospital" */
			}
			k = e;
			continue;
		}
		/* a singular noun right after a plural amount is a measure or an
		 * attribute only after an article or for a decimal ("the 22,000
		 * crowd", "a 4.6 quake"); otherwise it is a verb ("four remain") */
		if (fallback == SIZE_MAX && !adj && !name && !plural && item == 0 &&
		    (attributive || (lxl && (lxl->roles & R_MEASURE) && !(lxl->aux & MEAS_DIM)) ||
		     (title_attributive && is_title(c)))) {
			fallback = last;
			fb_end = e;
			if (decimal)
				break; /* "4.6 quake rattles": the verb looks plural */
		}
		if (!looks_participle(w, n) && !name && !(lxl && (lxl->roles & R_ADJ)))
			lastresort = last, lr_end = e;
		else
			lastresort = SIZE_MAX;
		if (looks_participle(w, n))
			h->past_verb = true;
		k = e;
	}
	if (!want_plural && h->k != SIZE_MAX)
		return;
	if (upper_first) {
		h->model = true;
		return;
	}
	if (fallback == SIZE_MAX && !want_plural && lastresort != SIZE_MAX) {
		fallback = lastresort;
		fb_end = lr_end;
	}
	if (fallback != SIZE_MAX) {
		h->k = fallback;
		h->end = fb_end;
		lower(c, fallback, h->unit);
	}
}

/* Checks the words before the number at k (no comparator, no currency).
 * Returns 0 when it may be read, 1 when it is a name or label (skip), or a
 * label kind + 2 ("round two", "magnitude 4.6", "aged 91"). */
static int left_context(struct ctx *c, size_t k, const struct num *a)
{
	if (k == 0 || !ok(c, k - 1))
		return 0;
	size_t p = k - 1;
	const struct token *pt = &c->t[p];
	bool digits = (a->f & NF_DIGITS) != 0;
	if (att(c, k)) {
		if (!digits)
			return 0;
		if (pt->kind == TK_WORD) {
			if (token_is(c->text, pt, "M") && c->text[pt->start] == 'M' && (a->f & NF_DEC))
				return 2 + LB_MAGNITUDE;
			return 1; /* G7, iPhone15 */
		}
		if (is_p(c, p, '-') && p > 0 && att(c, p) && is_kind(c, p - 1, TK_WORD)) {
			if (is_w(c, p - 1, "magnitude"))
				return 2 + LB_MAGNITUDE;
			return 1; /* COVID-19, F-35 */
		}
		if (is_p(c, p, '#') || is_p(c, p, '.') || is_p(c, p, '/') || is_p(c, p, '='))
			return 1;
		if ((is_p(c, p, '+') || is_dash(c, p)) && p > 0 && !att(c, p) &&
		    ok(c, p - 1) && (c->t[p - 1].flags & TF_UPPER))
			return 1; /* INTC +0.93% */
		if (is_p(c, p, '(') && is_p(c, a->e, ')') && is_kind(c, a->e + 1, TK_NUM))
			return 1; /* (202) 555-0143 */
		return 0;
	}
	size_t lp = p;
	if ((is_p(c, p, '.') || is_p(c, p, ':')) && p > 0 && att(c, p) && is_kind(c, p - 1, TK_WORD))
		lp = p - 1; /* "No. 3", "Sept. 8", "ID: 42" */
	const struct lex *x = lx(c, lp);
	if (x && (x->roles & R_LABEL)) {
		if (x->aux != LB_NAME)
			return lp == p ? 2 + x->aux : 0;
		return digits ? 1 : 0;
	}
	if (is_month(c, lp) && digits)
		return 1;
	if (lp != p && is_name_word(c, lp) && digits)
		return 1; /* an abbreviation: "Sept. 8" */
	if (digits && is_name_word(c, p) && !(x && (x->roles & ~(uint32_t)R_LABEL))) {
		/* a capital that only starts the sentence may be an ordinary word
		 * ("Despite 5 warnings"): a plural noun after the number decides */
		bool first = p == 0 || (is_kind(c, p - 1, TK_PUNCT) && !is_p(c, p - 1, ','));
		return is_title(c) || (first && !(pt->flags & TF_UPPER) && !has_inner_upper(c, p))
			       ? LC_SOFT
			       : 1;
	}
	/* "Windows 10 and 11" */
	if (digits && c->name_end != SIZE_MAX && p == c->name_end &&
	    (is_w(c, p, "and") || is_w(c, p, "or") || is_p(c, p, ',') || is_p(c, p, '&')))
		return 1;
	return 0;
}

/* Reads a second amount after a range connector at k: "to 30", "and
 * $30 million", "-30%". Returns false when there is none. */
static bool range_second(const struct ctx *c, size_t k, const struct qty *q, struct num *b,
			 const char **cur2)
{
	size_t j = k;
	*cur2 = currency_prefix(c, k, &j);
	if (*cur2 && q->cur && strcmp(*cur2, q->cur) != 0)
		return false;
	if (*cur2 && !q->cur && (q->a.f & NF_WORDS))
		return false;
	if (core(c, j, C_NONE, b) != CORE_OK)
		return false;
	if (b->f & (NF_VAGUE | NF_ORD | NF_FRAC | NF_ART | NF_PAIR))
		return false;
	if ((b->f & NF_ONE))
		return false;
	return true;
}

/* Appends s to out (size sz, holding *n bytes), truncating as snprintf
 * would; out stays NUL-terminated. */
static void put_str(char *out, size_t sz, size_t *n, const char *s)
{
	for (; *s && *n + 1 < sz; s++)
		out[(*n)++] = *s;
	out[*n] = '\0';
}

STAGE void emit(struct ctx *c, struct qty *q)
{
	static const char *const dur_unit[] = {
		[DU_YEAR] = "year", [DU_MONTH] = "month", [DU_WEEK] = "week", [DU_DAY] = "day",
		[DU_HOUR] = "hour", [DU_MINUTE] = "minute", [DU_SECOND] = "second",
	};
	static const enum granularity dur_gran[] = {
		[DU_YEAR] = GRAN_YEAR, [DU_MONTH] = GRAN_MONTH, [DU_WEEK] = GRAN_WEEK,
		[DU_DAY] = GRAN_DAY, [DU_HOUR] = GRAN_HOUR, [DU_MINUTE] = GRAN_NONE,
		[DU_SECOND] = GRAN_NONE,
	};
	static const char dur_letter[] = {
		[DU_YEAR] = 'Y', [DU_MONTH] = 'M', [DU_WEEK] = 'W', [DU_DAY] = 'D',
		[DU_HOUR] = 'H', [DU_MINUTE] = 'M', [DU_SECOND] = 'S',
	};
	enum mention_type type = M_NUMBER;
	switch (q->kind) {
	case Q_MONEY:
		type = M_MONEY;
		break;
	case Q_PCT:
		type = M_PERCENT;
		break;
	case Q_DUR:
		type = M_DURATION;
		break;
	default:
		break;
	}
	double x = q->durx ? q->durx : 1;
	double v = q->a.v * x, a = q->a.lo * x, b = q->a.hi * x;
	if (q->range) {
		a = v;
		b = q->v2 * x;
	}
	struct mention *m = mention_add(c->out, type, c->t[q->s].start, c->t[q->e - 1].end,
					c->sentence);
	m->has_lo = m->has_hi = true;
	m->lo = a;
	m->hi = b;
	m->mod = (q->a.f & NF_VAGUE) && !q->range ? MOD_APPROX : MOD_NONE;
	switch (q->cmp) {
	case C_HI:
		m->has_lo = false;
		m->lo = 0;
		m->mod = MOD_LESS;
		break;
	case C_BELOW:
		m->lo = a * BAND_BELOW / 100;
		m->mod = MOD_LESS;
		break;
	case C_LO:
		m->has_hi = false;
		m->hi = 0;
		m->mod = MOD_MORE;
		break;
	case C_ABOVE:
		m->hi = b * BAND_ABOVE / 100;
		m->mod = MOD_MORE;
		break;
	case C_APPROX:
		m->lo = a * (100 - BAND_APPROX) / 100;
		m->hi = b * (100 + BAND_APPROX) / 100;
		m->mod = MOD_APPROX;
		break;
	default:
		break;
	}
	/* the number is written in place (fmt_num truncates as put_str
	 * would; its number is at most 25 characters, but with 32 bytes of
	 * room it copies 32, the zeros after the NUL too) */
	size_t n = 0;
	switch (q->kind) {
	case Q_MONEY: /* "USD 334000000" */
		put_str(m->value, sizeof m->value, &n, q->cur);
		put_str(m->value, sizeof m->value, &n, " ");
		fmt_num(m->value + n, sizeof m->value - n, v);
		str_copy(m->unit, sizeof m->unit, q->cur);
		break;
	case Q_DUR: /* "P20Y", "PT48H" */
		put_str(m->value, sizeof m->value, &n, q->dur >= DU_HOUR ? "PT" : "P");
		fmt_num(m->value + n, sizeof m->value - n, v);
		n += strlen(m->value + n);
		put_str(m->value, sizeof m->value, &n, (char[2]){dur_letter[q->dur], '\0'});
		str_copy(m->unit, sizeof m->unit, dur_unit[q->dur]);
		m->gran = dur_gran[q->dur];
		break;
	default:
		fmt_num(m->value, sizeof m->value, v);
		str_copy(m->unit, sizeof m->unit, q->unit);
		if (q->v2 && strcmp(q->unit, "vote") == 0) {
			/* a split: "5-2", the first count its bounds */
			n = strlen(m->value);
			put_str(m->value, sizeof m->value, &n, "-");
			fmt_num(m->value + n, sizeof m->value - n, q->v2);
			m->lo = m->hi = v;
		}
		break;
	}
}

/* What a casualty after the head changes: "50 people were killed". */
static const char *casualty_after(const struct ctx *c, size_t k)
{
	for (size_t i = 0; i < 3 && has(c, k, R_AUX); i++)
		k++;
	const struct lex *x = lx(c, k);
	if (x && (x->roles & R_CASUAL) && x->aux == 0)
		return x->s; /* killed, died, dead, injured, wounded, hurt */
	return NULL;
}

enum step {
	NEXT,   /* read on */
	FINISH, /* the expression is complete: final checks, then emit */
	DROP,   /* not a quantity: emit nothing, continue after q->e */
	NOTHING, /* nothing here at all: the caller tries the next token */
};

/* The start: comparator (already read), currency, the number, and what the
 * words before it say ("Windows 10", "round two", "magnitude 4.6"). */
static enum step stage_start(struct ctx *c, struct qty *q)
{
	size_t k = q->j;
	q->cur = currency_prefix(c, q->j, &k);
	q->k = k;
	enum core_res r = core(c, k, q->cmp, &q->a);
	if (r == CORE_NONE)
		return NOTHING;
	if (r == CORE_SKIP) {
		q->e = q->a.skip;
		return DROP;
	}
	struct num *a = &q->a;
	q->e = a->e;
	if (a->f & NF_ORD) {
		if (q->cmp != C_NONE || q->cur)
			return NOTHING;
		if (left_context(c, k, a) == 1)
			return DROP;
		q->kind = Q_ORD;
		set_unit(q, "ordinal");
		return FINISH;
	}
	if (a->unit) {
		measure_unit(c, a->mk, a->unit, q->unit); /* "181km", "10Gbps" */
		q->fixed = true;
	}
	if (q->cmp != C_NONE || q->cur)
		return NEXT;
	int lc = left_context(c, k, a);
	if (lc == 1) {
		while (att(c, q->e) && (a->f & NF_DIGITS))
			q->e++;
		c->name_end = q->e;
		return DROP;
	}
	q->soft = lc == LC_SOFT;
	/* "magnitude 2 and 3", "rounds five and six" */
	const char *inherit = NULL;
	if (ok(c, k - 1) && k - 1 == c->label_end && c->label_unit[0] &&
	    (is_w(c, k - 1, "and") || is_w(c, k - 1, "or") || is_w(c, k - 1, "to") ||
	     is_p(c, k - 1, ',')))
		inherit = c->label_unit;
	if (lc == 2 + LB_ORD || (inherit && strcmp(inherit, "ordinal") == 0)) {
		if (a->f & (NF_DEC | NF_VAGUE | NF_FRAC | NF_SCALED))
			return DROP;
		q->kind = Q_ORD;
		set_unit(q, "ordinal");
	} else if (lc == 2 + LB_MAGNITUDE) {
		set_unit(q, "magnitude");
	} else if (lc == 2 + LB_AGE) {
		set_unit(q, "age");
	} else if (inherit) {
		set_unit(q, inherit);
	}
	if (q->fixed) {
		c->label_end = q->e;
		str_copy(c->label_unit, sizeof c->label_unit, q->unit);
	}
	return q->kind == Q_ORD ? FINISH : NEXT;
}

/* "3 in 10 adults", "one in eight": a share, read as a percentage. */
STAGE bool stage_ratio(const struct ctx *c, struct qty *q)
{
	struct num *a = &q->a, b;
	if (!is_w(c, q->e, "in") || (a->f & (NF_VAGUE | NF_FRAC | NF_SCALED | NF_DEC | NF_PAIR)) ||
	    q->cur || q->fixed)
		return false;
	if (core(c, q->e + 1, C_NONE, &b) != CORE_OK ||
	    (b.f & (NF_VAGUE | NF_FRAC | NF_SCALED | NF_DEC | NF_YEAR | NF_ORD | NF_ART | NF_PAIR)) ||
	    b.v < 2 || b.v > 1000 || a->v >= b.v || has(c, b.e, R_DUR | R_PCT | R_CUR) ||
	    is_kind(c, b.e, TK_SYM))
		return false;
	a->v = a->v / b.v * 100;
	a->lo = a->hi = a->v;
	q->kind = Q_PCT;
	set_unit(q, "percent");
	q->e = b.e;
	return true;
}

/* Glued by a hyphen: "4-plus", "50-odd", "two-year", "36-year-old",
 * "6.1-magnitude", "$5-million". */
STAGE enum step stage_hyphen(const struct ctx *c, struct qty *q)
{
	struct num *a = &q->a;
	size_t e = q->e;
	if (!is_p(c, e, '-') || !att(c, e) || !is_kind(c, e + 1, TK_WORD) || !att(c, e + 1) ||
	    (a->f & (NF_VAGUE | NF_FRAC | NF_PAIR)))
		return NEXT;
	const struct lex *x = lx(c, e + 1);
	char w[32];
	size_t n = lower(c, e + 1, w);
	if (is_w(c, e + 1, "plus") || is_w(c, e + 1, "odd")) {
		if (q->cmp == C_NONE)
			q->cmp = is_w(c, e + 1, "plus") ? C_LO : C_APPROX;
		q->e = e + 2;
		return NEXT;
	}
	if (x && (x->roles & R_DUR) && !((x->roles & R_VAGUE) && x->aux == DU_NONE)) {
		e += 2;
		if (is_p(c, e, '-') && att(c, e) && is_w(c, e + 1, "old") && att(c, e + 1) &&
		    x->aux == DU_YEAR && x->val == 1) {
			q->e = e + 2;
			set_unit(q, "age");
			return FINISH;
		}
		q->kind = Q_DUR;
		q->dur = (enum dur)x->aux;
		q->durx = x->val;
		if (is_p(c, e, '-') && is_w(c, e + 1, "long") && att(c, e) && att(c, e + 1))
			e += 2;
		q->e = e;
		return FINISH;
	}
	if (x && (x->roles & R_SCALE) && (a->f & NF_DIGITS) && !(a->f & NF_SCALED)) {
		a->v *= x->val;
		a->lo = a->hi = a->v;
		a->scale = x->val;
		a->f |= NF_SCALED;
		a->f &= ~(unsigned)(NF_YEAR | NF_LONG);
		q->e = e + 2;
		return NEXT;
	}
	/* "an 80-Gigabit switch", "a 10-GB card": a measure, capitalised or not */
	if (x && (x->roles & R_MEASURE) && measure_ok(c, e + 1, x) && !(a->f & NF_YEAR) &&
	    !(is_p(c, e + 2, '-') && att(c, e + 2))) {
		q->e = measure_unit(c, e + 1, x, q->unit);
		q->fixed = true;
		return FINISH;
	}
	q->e = e + 2;
	if ((a->f & (NF_ONE | NF_YEAR)) || (x && (x->roles & (R_STOP | R_CARD | R_ORD | R_FRAC))) ||
	    looks_participle(w, n) || is_name_word(c, e + 1))
		return DROP; /* "one-off", "two-handed", "2013-UNITED" */
	/* "210,000-square-foot": the whole chain is the unit */
	while (is_p(c, q->e, '-') && att(c, q->e) && is_kind(c, q->e + 1, TK_WORD) &&
	       att(c, q->e + 1) && !has(c, q->e + 1, R_STOP) && n + 1 < sizeof w - 1) {
		char w2[32];
		size_t n2 = lower(c, q->e + 1, w2);
		if (n + 1 + n2 >= sizeof w)
			break;
		w[n] = '-';
		memcpy(w + n + 1, w2, n2 + 1);
		n += 1 + n2;
		q->e += 2;
	}
	if (!q->fixed) {
		str_copy(q->unit, sizeof q->unit, w);
		q->fixed = true;
	}
	return FINISH;
}

/* Percent and currency after the amount: "4.5 percent", "2 million euros",
 * "75 cents", "millions of dollars". */
static void stage_money_percent(const struct ctx *c, struct qty *q)
{
	struct num *a = &q->a;
	size_t e2;
	const char *pu, *code = NULL;
	double factor = 1;
	if (!q->cur && !q->fixed && !(a->f & (NF_FRAC | NF_VAGUE)) &&
	    percent_suffix(c, q->e, &e2, &pu, &factor)) {
		q->kind = Q_PCT;
		set_unit(q, pu);
		q->e = e2;
	} else if (!q->fixed && !(a->f & NF_FRAC)) {
		if (a->f & NF_VAGUE) {
			if (is_w(c, q->e, "of"))
				code = currency_suffix(c, q->e + 1, a, &e2, &factor);
		} else if (!q->cur) {
			code = currency_suffix(c, q->e, a, &e2, &factor);
		}
		if (code) {
			q->cur = code;
			q->e = e2;
		}
	}
	if (q->kind == Q_PCT || code) {
		a->v *= factor;
		a->lo *= factor;
		a->hi *= factor;
	}
	if (q->cur)
		q->kind = Q_MONEY;
}

/* Whether counts a (q) and b are a vote's split: whole numbers under a
 * thousand, no scale, next to a word of a vote (R_VOTE) right after the
 * pair or up to three words before it, or "vote of" before it. */
static bool vote_split(const struct ctx *c, const struct qty *q, const struct num *b)
{
	const struct num *a = &q->a;
	unsigned bad = NF_VAGUE | NF_FRAC | NF_ART | NF_SCALED | NF_DEC | NF_YEAR | NF_ORD;
	if ((a->f & bad) || (b->f & bad) || a->v >= 1000 || b->v >= 1000 || a->v != (double)(long)a->v ||
	    b->v != (double)(long)b->v)
		return false;
	size_t s = q->s;
	if (s > 0 && is_w(c, s - 1, "a"))
		s--; /* "by a 4-3 vote" */
	if (has(c, b->e, R_VOTE) || (s > 1 && is_w(c, s - 1, "of") && has(c, s - 2, R_VOTE)))
		return true;
	/* the verb, with its object between ("backed it 6-1", "passed the
	 * bill 52-48") */
	for (size_t k = s; k > 0 && k + 4 > s; k--) {
		if (!is_kind(c, k - 1, TK_WORD))
			return false;
		if (has(c, k - 1, R_VOTE))
			return true;
	}
	return false;
}

/* Ranges: "20 to 30", "20-30 people", "between 20 and 30", "two or three",
 * "$20-30 million", "3-4%". A pair of digits glued by a hyphen that is not
 * a range (a score, a record, a phone number) is dropped whole. */
STAGE enum step stage_range(struct ctx *c, struct qty *q)
{
	struct num *a = &q->a;
	size_t e = q->e;
	if ((a->f & (NF_VAGUE | NF_FRAC | NF_ART)) || (q->fixed && q->kind == Q_NUM))
		return NEXT;
	bool dash = is_dash(c, e), and = is_w(c, e, "and"), to = is_w(c, e, "to"),
	     or = is_w(c, e, "or");
	bool loose = q->cmp == C_NONE || q->cmp == C_APPROX || q->cmp == C_EXACT;
	struct num b;
	const char *cur2;
	/* (a change before the amount, asked only after "to": "rose 5% to 7%") */
	if (((dash && ((a->f & NF_PAIR) || !att(c, e))) || (and && q->cmp == C_BETWEEN) ||
	     (to && loose && !(q->s > 0 && has(c, q->s - 1, R_CHANGE))) || (or && loose)) &&
	    range_second(c, e + 1, q, &b, &cur2)) {
		double v2 = b.v;
		/* a vote's split ("voted 5-2", "voted five to two", "a 4-3
		 * vote", "passed 52-48", "by a vote of 52 to 48"): one value,
		 * the pair, never a range or two counts */
		if ((dash || to) && !q->cur && q->kind == Q_NUM && q->cmp == C_NONE && vote_split(c, q, &b)) {
			q->v2 = v2;
			q->e = b.e;
			set_unit(q, "vote");
			return FINISH;
		}
		/* "$20-30 million": the scale of the second applies to both */
		if (!(a->f & NF_SCALED) && (b.f & NF_SCALED) && a->v < v2 / b.scale)
			a->v *= b.scale, a->lo = a->hi = a->v;
		size_t e3;
		const char *pu;
		double factor;
		bool pct2 = percent_suffix(c, b.e, &e3, &pu, &factor);
		bool good = a->v < v2 && !((a->f & NF_YEAR) && (b.f & NF_YEAR)) &&
			    !(q->kind == Q_PCT && !pct2 && to) && !(q->cur && pct2);
		if (or && (v2 > a->v * 10 || (a->f & NF_DIGITS) != (b.f & NF_DIGITS)))
			good = false;
		if (good) {
			q->range = true;
			q->v2 = v2;
			e = b.e;
			if (cur2 && !q->cur)
				q->cur = cur2, q->kind = Q_MONEY;
			if (q->kind == Q_PCT || pct2) {
				if (pct2) {
					e = e3;
					set_unit(q, pu);
				}
				q->kind = Q_PCT;
			} else if (!q->cur) {
				const char *code = currency_suffix(c, e, &b, &e3, &factor);
				if (code) {
					q->cur = code;
					q->kind = Q_MONEY;
					a->v *= factor;
					q->v2 *= factor;
					e = e3;
				}
			}
			q->e = e;
		}
	}
	if (q->cmp == C_BETWEEN) {
		if (q->range)
			q->cmp = C_NONE;
		else
			q->cmp = C_NONE, q->s = q->j; /* "between 2012 and 2014": not ours */
	}
	if ((a->f & NF_PAIR) && !q->range) {
		q->e = glued_end(c, q->k);
		return DROP;
	}
	/* a range of digits needs something that says what it counts */
	if (q->range && (a->f & NF_PAIR) && q->kind == Q_NUM && q->cmp == C_NONE) {
		size_t e3;
		struct head h;
		find_head(c, q->e, true, false, false, false, &h);
		if (!duration_at(c, q->e, &e3) && h.k == SIZE_MAX)
			return DROP;
	}
	return NEXT;
}

/* Durations: "six months", "a week", "nearly two decades", "several
 * years", "hundreds of years", "half an hour", "a year and a half", and
 * ages "70 years old". */
STAGE enum step stage_duration(const struct ctx *c, struct qty *q)
{
	struct num *a = &q->a;
	if (a->dur) {
		/* "decades": the core gave the bounds in years */
		q->kind = Q_DUR;
		q->dur = a->dur;
		q->durx = 1;
		return NEXT;
	}
	const struct lex *d = NULL;
	size_t e2 = q->e;
	bool age = q->fixed && strcmp(q->unit, "age") == 0;
	if ((!q->fixed || age) && (!(a->f & NF_FRAC) || (a->f & NF_ART))) {
		size_t from = q->e;
		if ((a->f & NF_OF) && is_w(c, from, "of"))
			from++;
		d = duration_at(c, from, &e2);
	}
	if (!d) {
		if ((a->f & NF_ART) && !(a->f & (NF_SCALED | NF_FEW | NF_FRAC)))
			return NOTHING; /* "a" that is neither a scale nor a duration */
		return NEXT;
	}
	/* "a second goal", "a second-half winner", "a second term": "a
	 * second" before a noun or a hyphen is the ordinal; the span is "a
	 * second later", "for a second", "a second or two" */
	if ((a->f & NF_ART) && d->aux == DU_SECOND && d->val == 1 && e2 < c->n &&
	    (is_p(c, e2, '-') ||
	     (is_kind(c, e2, TK_WORD) && !is_w(c, e2, "later") && !is_w(c, e2, "ago") && !is_w(c, e2, "or") &&
	      !is_w(c, e2, "and") && !is_w(c, e2, "before") && !is_w(c, e2, "after") && !is_w(c, e2, "to") &&
	      !is_w(c, e2, "of") && !is_w(c, e2, "in") && !is_w(c, e2, "for") && !is_w(c, e2, "on"))))
		return NOTHING;
	/* "one day" is an idiom after a modal, before a comma or a pronoun */
	if ((a->f & NF_ONE) && d->aux == DU_DAY &&
	    ((q->s > 0 && has(c, q->s - 1, R_MODAL)) || is_p(c, e2, ',') || e2 >= c->n ||
	     (q->s == 0 && q->cmp == C_NONE) || is_pronoun(c, e2))) {
		q->e = e2;
		return DROP;
	}
	if (is_w(c, e2, "old") && d->aux == DU_YEAR && d->val == 1) {
		set_unit(q, "age");
		q->e = e2 + 1;
		return FINISH;
	}
	if (age)
		return FINISH;
	q->kind = Q_DUR;
	q->dur = (enum dur)d->aux;
	q->durx = d->val;
	q->e = e2;
	if (is_w(c, e2, "and") && is_w(c, e2 + 1, "a") && is_w(c, e2 + 2, "half") &&
	    !(a->f & (NF_VAGUE | NF_FRAC)) && !q->range) {
		a->v += 0.5;
		a->lo = a->hi = a->v;
		q->e = e2 + 3;
	}
	return NEXT;
}

/* "50 or more", "50 or so", "50 and up", "10 or fewer". */
static void stage_suffix_comparator(const struct ctx *c, struct qty *q)
{
	size_t e = q->e;
	if (q->cmp != C_NONE || q->range || !(is_w(c, e, "or") || is_w(c, e, "and")))
		return; /* each reading starts with "or" or "and" */
	if ((is_w(c, e, "or") || is_w(c, e, "and")) &&
	    (is_w(c, e + 1, "more") || is_w(c, e + 1, "above") || is_w(c, e + 1, "higher") ||
	     (is_w(c, e + 1, "over") && !has(c, e + 2, R_POSS)) ||
	     (is_w(c, e + 1, "up") && is_w(c, e, "and")))) {
		q->cmp = C_LO;
		q->e += 2;
	} else if (is_w(c, e, "or") && (is_w(c, e + 1, "fewer") || is_w(c, e + 1, "less") ||
					 is_w(c, e + 1, "lower"))) {
		q->cmp = C_HI;
		q->e += 2;
	} else if (is_w(c, e, "or") && is_w(c, e + 1, "so")) {
		q->cmp = C_APPROX;
		q->e += 2;
	}
}

/* Whether a counted noun is a gathering of people, whose number is its
 * people's ("a crowd of 25,000", "the 22,000 crowd", "an attendance of
 * 9,000"; units.tsv folds the plural nouns of people, "spectators") */
static bool gathering(const char *w)
{
	static const char *const throng[] = {"crowd", "crowds", "throng", "audience", "attendance"};
	if (!w[0] || !strchr("cta", w[0])) /* most nouns: one byte answers */
		return false;
	for (size_t i = 0; i < CC_ARRAY_LEN(throng); i++)
		if (strcmp(w, throng[i]) == 0)
			return true;
	return false;
}

/* The counted noun, and whether the number counts anything at all. */
static enum step stage_noun(struct ctx *c, struct qty *q)
{
	struct num *a = &q->a;
	size_t e = q->e, from = e;
	if ((a->f & NF_OF) && is_w(c, from, "of")) {
		from++;
		if (has(c, from, R_POSS))
			from++;
	} else if (q->s > 0 && is_w(c, q->s - 1, "all") && a->v > 1 && is_w(c, from, "of") &&
		   has(c, from + 1, R_POSS)) {
		/* all of a whole counts the whole's noun: "all 23 of its
		 * aircraft", "all 12 of the firm's plants". A part ("five of the
		 * victims", "three of the injured were firefighters") counts no
		 * noun: it is no total to meet another outlet's */
		from += 2;
		if (is_kind(c, from, TK_WORD) && is_possessive(c, from + 1))
			from += 2;
	}
	bool plural = q->range || a->v != 1 || (a->f & NF_VAGUE);
	struct head h;
	bool decimal = (a->f & NF_DEC) && !(a->f & NF_SCALED);
	/* a headline's title case makes it attributive too (find_head asks
	 * only when it matters) */
	bool attributive = decimal ||
			   (q->s > 0 && (has(c, q->s - 1, R_DET | R_POSS) || is_w(c, q->s - 1, "a") ||
					 is_w(c, q->s - 1, "an") || is_possessive(c, q->s - 1)));
	find_head(c, from, plural, attributive, true, decimal, &h);
	if (h.model && (a->f & NF_DIGITS) && q->cmp == C_NONE)
		return DROP; /* "the 737 MAX" */
	if (h.measure) {
		set_unit(q, h.unit);
		q->e = h.end;
		return NEXT;
	}
	/* "a 4.6 quake": a decimal below ten before a quake is its magnitude
	 * (a "3.0 release" keeps its noun); so is a figure with a comparator
	 * before one quake ("a 4-plus earthquake"; "more than 4 quakes"
	 * counts them) */
	if ((decimal || (q->cmp != C_NONE && !h.plural)) && a->v < 10 && h.k != SIZE_MAX &&
	    has(c, h.k, R_SEISMIC) && q->cmp != C_BETWEEN) {
		set_unit(q, "magnitude");
		return NEXT;
	}
	if (h.k != SIZE_MAX) {
		/* "the 22,000 crowd" counts people, as "a crowd of 22,000" */
		str_copy(q->unit, sizeof q->unit, gathering(h.unit) ? "person" : h.unit);
		const char *cas = casualty_after(c, h.end); /* "50 people were killed" */
		if (cas)
			str_copy(q->unit, sizeof q->unit, cas);
	} else {
		const char *cas = casualty_after(c, e); /* "two were wounded" */
		if (cas) {
			str_copy(q->unit, sizeof q->unit, cas);
			h.plural = true;
			h.k = e;
		}
	}
	bool counted = h.k != SIZE_MAX;
	if ((a->f & NF_YEAR) && !(h.k == from && h.plural && !is_name_word(c, h.k)) &&
	    q->cmp == C_NONE && !q->range) {
		c->name_end = e; /* "2012 and 2013" */
		return DROP;
	}
	if (q->soft && !(counted && h.plural && !h.past_verb)) {
		c->name_end = e;
		return DROP;
	}
	if ((a->f & NF_LONG) && q->cmp == C_NONE)
		return DROP;
	if ((a->f & NF_ONE) &&
	    (is_w(c, e, "of") || (q->cmp == C_NONE && (has(c, q->k - 1, R_DET) || !counted))))
		return DROP; /* "one of", "the one", "no one", "one that" */
	if ((a->f & NF_FEW) && !(counted && h.plural))
		return DROP; /* "several said" */
	return NEXT;
}

/* Whether token k is a plural noun of people ("children", "adults",
 * "residents"): a bound after it ("children under 12") is an age. */
static bool people_before(const struct ctx *c, size_t k)
{
	static const char *const people[] = {"children", "people", "adults", "men", "women",
					     "boys", "girls", "kids", "teenagers", "students",
					     "pupils", "patients", "residents", "passengers"};
	return is_w_of(c, k, people);
}

/* A unit from the words around a bare number: ages ("died at 91",
 * "Smith, 64,"), "a crowd of 22,000", "killing 12", "on the Richter scale". */
static void stage_context_unit(const struct ctx *c, struct qty *q)
{
	struct num *a = &q->a;
	size_t p = q->s, e = q->e;
	const struct lex *kill = p >= 1 ? lx(c, p - 1) : NULL;
	if (kill && (kill->roles & R_KILL) && !(a->f & NF_FRAC)) {
		str_copy(q->unit, sizeof q->unit, kill->s);
		return;
	}
	if (q->unit[0] || (a->f & (NF_FRAC | NF_VAGUE)) || q->range)
		return;
	bool whole = a->v > 0 && a->v < 130 && a->v == (double)(int)a->v;
	/* "an earthquake measuring 4.6", "a quake of 4.2", "a tremor that
	 * measured 3.1", "the quake, measuring 4.6,": a decimal below ten that a quake measures is its
	 * magnitude, as in "a 4.6 quake" */
	if (p >= 2 && (a->f & NF_DEC) && !(a->f & NF_SCALED) && a->v < 10 && q->cmp != C_BETWEEN &&
	    (is_w(c, p - 1, "measuring") || is_w(c, p - 1, "measured") || is_w(c, p - 1, "of")) &&
	    (has(c, p - 2, R_SEISMIC) ||
	     (p >= 3 && (is_w(c, p - 2, "that") || is_p(c, p - 2, ',')) && has(c, p - 3, R_SEISMIC)))) {
		str_copy(q->unit, sizeof q->unit, "magnitude");
		return;
	}
	if (p >= 2 && is_w(c, p - 1, "of") && is_kind(c, p - 2, TK_WORD) &&
	    !has(c, p - 2, R_STOP | R_CARD | R_SCALE | R_VAGUE | R_FRAC | R_ORD) &&
	    (p == 2 || !is_name_word(c, p - 2)) && !(a->f & NF_ONE)) {
		static const char *const parent[] = {"father", "mother", "parent", "mom",
						     "dad", "grandfather", "grandmother"};
		char w[32];
		size_t n = lower(c, p - 2, w);
		const struct lex *x = lx(c, p - 2);
		bool par = false;
		for (size_t i = 0; i < CC_ARRAY_LEN(parent); i++)
			par = par || strcmp(w, parent[i]) == 0;
		/* a gathering's number counts its people ("a crowd of 25,000"
		 * meets "40,000 people marched") */
		if (gathering(w)) {
			str_copy(q->unit, sizeof q->unit, "person");
		} else if (x && (x->roles & R_CASUAL)) {
			str_copy(q->unit, sizeof q->unit, x->s); /* "a death toll of 41" */
		} else if (par) {
			str_copy(q->unit, sizeof q->unit, "child"); /* "mother of three" */
		} else if (!looks_participle(w, n) && strcmp(w, "total") != 0 &&
			   strcmp(w, "record") != 0) {
			str_copy(q->unit, sizeof q->unit, w);
			if (looks_plural(w, n, x))
				singular(q->unit, x);
		}
	} else if (p >= 2 && is_w(c, p - 1, "at") && whole &&
		   ((has(c, p - 2, R_DIE) && !is_w(c, p - 2, "turned")) ||
		    (p >= 3 && has(c, p - 3, R_DIE) && !is_w(c, p - 3, "turned")))) {
		str_copy(q->unit, sizeof q->unit, "age");
	} else if (p >= 1 && is_w(c, p - 1, "turned") && whole) {
		str_copy(q->unit, sizeof q->unit, "age");
	} else if (p >= 1 && whole && a->v < 100 && q->cmp != C_NONE &&
		   (is_w(c, p, "under") || is_w(c, p, "over") || is_w(c, p, "above") ||
		    is_w(c, p, "below")) &&
		   people_before(c, p - 1)) {
		/* "children under 12", "people over 65": an age bound of a
		 * group, no count of it */
		str_copy(q->unit, sizeof q->unit, "age");
	} else if (p >= 2 && is_p(c, p - 1, ',') && is_kind(c, p - 2, TK_WORD) &&
		   !has(c, p - 2, R_STOP | R_CARD | R_SCALE | R_VAGUE | R_CUR | R_PCT | R_DUR) &&
		   whole && q->cmp == C_NONE && (is_p(c, e, ',') || is_p(c, e, ')')) &&
		   (a->f & NF_DIGITS) && a->v >= 10) {
		str_copy(q->unit, sizeof q->unit, "age");
	} else if (is_w(c, e, "on") && is_w(c, e + 1, "the") && is_w(c, e + 2, "Richter")) {
		str_copy(q->unit, sizeof q->unit, "magnitude");
	}
}

/* Tries a quantity whose span starts at token s, with a comparator ending
 * at j (j == s when none). Returns the token to continue from, or 0 when
 * there is no amount here. */
static size_t quantity_at(struct ctx *c, size_t s, size_t j, enum cmp cmp)
{
	/* field by field: the number (q.a) is cleared by core, and the unit
	 * is read only as a string (a memset cleared some 250 bytes) */
	struct qty q;
	q.s = s;
	q.e = q.k = 0;
	q.j = j;
	q.soft = false;
	q.kind = Q_NUM;
	q.cmp = cmp;
	q.v2 = 0;
	q.range = false;
	q.cur = NULL;
	q.dur = DU_NONE;
	q.durx = 0;
	q.unit[0] = '\0';
	q.fixed = false;
	enum step st = stage_start(c, &q);
	if (st == NOTHING)
		return 0;
	if (st == DROP)
		return q.e;
	if (st == FINISH)
		goto finish;
	if (stage_ratio(c, &q))
		goto suffix;
	/* clock times: "2 a.m.", "1900 GMT" */
	if (has(c, q.e, R_TIME) && !(q.a.f & (NF_VAGUE | NF_FRAC)) &&
	    (!is_w(c, q.e, "am") || (q.a.f & NF_DIGITS)))
		return q.e + 1;
	st = stage_hyphen(c, &q);
	if (st == DROP)
		return q.e;
	if (st == FINISH)
		goto finish;
	if (is_p(c, q.e, '+') && att(c, q.e) && q.cmp == C_NONE) {
		q.cmp = C_LO; /* "4+" */
		q.e++;
	}
	stage_money_percent(c, &q);
	if ((q.a.f & NF_NEEDCUR) && !q.cur)
		return q.e; /* "60b" */
	st = stage_range(c, &q);
	if (st == DROP)
		return q.e;
	if (st == FINISH)
		goto finish;
	if (q.kind == Q_NUM) {
		st = stage_duration(c, &q);
		if (st == NOTHING)
			return 0;
		if (st == DROP)
			return q.e;
		if (st == FINISH)
			goto finish;
	}
suffix:
	stage_suffix_comparator(c, &q);
	if (q.kind == Q_NUM) {
		if (!q.fixed && !(q.a.f & NF_FRAC) && stage_noun(c, &q) == DROP)
			return q.e;
		stage_context_unit(c, &q);
	}
finish:
	if (q.kind == Q_NUM && (q.a.f & NF_YEAR) && q.fixed && strcmp(q.unit, "age") != 0 &&
	    strcmp(q.unit, "magnitude") != 0)
		return q.e; /* "2013-era" */
	emit(c, &q);
	return q.e;
}

/* ---- the scan ---------------------------------------------------------- */

/* Marks the tokens the sentence's dates cover in blocked[] (zeroed here,
 * n bytes, and blocked[n] set). extract.c appends a sentence's dates just before it calls us,
 * so the walk back from the end stops at the first mention of an earlier
 * sentence. Returns false, touching nothing, when the sentence has none. */
static bool mark_dates(const struct ctx *c, uint8_t *blocked)
{
	const struct mention_list *l = c->out;
	bool any = false;
	for (size_t m = l->n; m-- > 0;) {
		const struct mention *mm = &l->v[m];
		if (mm->sentence < c->sentence)
			break;
		if (mm->sentence != c->sentence || mm->type != M_DATE)
			continue;
		if (!any) {
			memset(blocked, 0, c->n);
			blocked[c->n] = 1;
			any = true;
		}
		/* first token ending after the date starts: a binary search
		 * that halves [lo, lo + len] by a conditional move, not a
		 * branch (the answer lies in it; c->n > 0) */
		size_t lo = 0, len = c->n;
		while (len > 1) {
			size_t half = len / 2;
			lo = c->t[lo + half - 1].end <= mm->start ? lo + half : lo;
			len -= half;
		}
		lo += c->t[lo].end <= mm->start;
		for (size_t k = lo; k < c->n && c->t[k].start < mm->end; k++)
			blocked[k] = 1;
	}
	return any;
}

/* Whether token i can start a quantity: a number, a currency, or a word of
 * the lexicon's amount and comparator roles (or a word a currency symbol
 * follows, "US$"). Most tokens of a sentence are dismissed here. */
static inline bool may_start(const struct ctx *c, size_t i)
{
	const struct token *t = &c->t[i];
	if (t->kind == TK_WORD) {
		bool trigger = (t->flags & TF_KEYED)
				       ? class_triggers[t->qlex]
				       : maybe_in(trigger_len, c->text, t) && has(c, i, TRIGGER);
		if (!trigger && !(i + 1 < c->n && t[1].kind == TK_SYM && !c->blocked[i + 1]))
			return false;
	} else if (t->kind == TK_PUNCT) {
		return false;
	}
	return !c->blocked[i];
}

/* Whether "a"/"an" at token i may start an amount: core_article reads one
 * only before a scale, "few"/"couple"/"handful", a fraction or a duration
 * unit (with a currency symbol after it, "A$", it is a currency prefix). */
static bool article_may_count(const struct ctx *c, size_t i)
{
	return has(c, i + 1, R_SCALE | R_FEW | R_FRAC | R_DUR) || is_kind(c, i + 1, TK_SYM);
}

/* blocked[] for the sentences without dates (most): a sentence of n
 * tokens reads it from no_dates + NO_DATES_MAX - n, n zeros and a one. */
#define NO_DATES_MAX 256
static const uint8_t no_dates[NO_DATES_MAX + 1] = {[NO_DATES_MAX] = 1};

void quantity_scan(const char *text, const struct token *toks, size_t ntoks, const uint64_t *starts,
		   size_t sentence, struct mention_list *out)
{
	if (ntoks == 0)
		return;
	lex_ensure();
	uint8_t small[NO_DATES_MAX + 1];
	uint8_t *blocked = ntoks <= NO_DATES_MAX ? small : xmalloc(ntoks + 1);
	struct ctx c = {
		.text = text, .t = toks, .n = ntoks, .sentence = sentence, .out = out,
		.name_end = SIZE_MAX, .label_end = SIZE_MAX,
	};
	if (mark_dates(&c, blocked))
		c.blocked = blocked;
	else if (ntoks <= NO_DATES_MAX)
		c.blocked = no_dates + NO_DATES_MAX - ntoks;
	else {
		c.blocked = memset(blocked, 0, ntoks);
		blocked[ntoks] = 1;
	}
	struct token_cursor cur;
	token_cursor_init(&cur, toks, ntoks, TF_QPASS, starts);
	for (size_t i = 0; i < ntoks;) {
		/* a jump over what is plainly nothing (most tokens):
		 * punctuation and keyed words of no amount role, one flag
		 * (TF_QPASS, from the lexicon's memo) each, by their mask
		 * (token_next). A symbol stops it; a word passed just before
		 * one goes back to may_start ("US$"), as a symbol can make a
		 * word start an amount. */
		size_t at = token_next(&cur, i);
		if (at != i) {
			if (at == ntoks)
				break;
			i = toks[at].kind == TK_SYM && toks[at - 1].kind == TK_WORD ? at - 1 : at;
		}
		/* most visits are to words that start an amount only with the
		 * word after them ("in", "a", "on", "at", "not": next_roles):
		 * turned away by that word's class, as comparator and
		 * article_may_count would, unless a symbol follows ("A$") */
		if (toks[i].kind == TK_WORD && (toks[i].flags & TF_KEYED) &&
		    next_roles[toks[i].qlex] != NEXT_SOME) {
			size_t x = toks[i].qlex, x1 = phrase_class(&c, i + 1);
			/* the phrases that start with it and go on with the next
			 * word, and (longer ones: "in the region of") the one after */
			uint64_t set = phrase_first[x] & phrase_second[x1];
			if (set)
				set &= phrase_two | phrase_third[phrase_class(&c, i + 2)];
			if (!set && !(roles_of[x1] & next_roles[x]) && !is_kind(&c, i + 1, TK_SYM)) {
				i++;
				continue;
			}
		}
		if (!may_start(&c, i)) {
			i++;
			continue;
		}
		/* a keyed word's class (phrase_class), read once for the
		 * comparator and the tests after it (has, is_w "a"/"an");
		 * may_start has checked that the token is not blocked */
		const struct token *t = &toks[i];
		size_t x = t->kind == TK_WORD && (t->flags & TF_KEYED) ? t->qlex : phrase_class(&c, i);
		size_t j;
		enum cmp cmp = comparator(&c, i, x, &j);
		size_t next = 0;
		if (cmp != C_NONE)
			next = quantity_at(&c, i, j, cmp);
		/* a word of no amount role reads one only as a currency
		 * prefix glued to a symbol ("US$"): before a spaced symbol
		 * ("of $5") it is nothing, and the symbol is read next */
		if (!next && (t->kind != TK_WORD || (roles_of[x] & TRIGGER & ~(uint32_t)R_COMP) ||
			      (class_article[x] && article_may_count(&c, i)) ||
			      (is_kind(&c, i + 1, TK_SYM) && att(&c, i + 1))))
			next = quantity_at(&c, i, i, C_NONE);
		i = next > i ? next : i + 1;
	}
	if (blocked != small)
		free(blocked);
}
