/* dateline: full calendar dates in datelines and URLs.
 * Works on ASCII words only (month names, digits); anything else in a line is
 * just "another word". Never allocates, prints or touches the store; its
 * one piece of static state, an index of the word lists, is built once
 * (call_once) and only read after. */
#include "config.h"

#include "dateline.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "util.h"

/* Each word with its length, so that a lookup compares lengths first. */
#define WORD(w) { .name = w, .len = sizeof w - 1 }

static const struct {
	const char *name;
	size_t len;
	int month;
} months[] = {
#define MONTH(w, m) { .name = w, .len = sizeof w - 1, .month = m }
	MONTH("january", 1), MONTH("february", 2), MONTH("march", 3), MONTH("april", 4),
	MONTH("may", 5), MONTH("june", 6), MONTH("july", 7), MONTH("august", 8),
	MONTH("september", 9), MONTH("october", 10), MONTH("november", 11), MONTH("december", 12),
	MONTH("jan", 1), MONTH("feb", 2), MONTH("mar", 3), MONTH("apr", 4), MONTH("jun", 6),
	MONTH("jul", 7), MONTH("aug", 8), MONTH("sep", 9), MONTH("sept", 9), MONTH("oct", 10),
	MONTH("nov", 11), MONTH("dec", 12),
#undef MONTH
};

struct word {
	const char *name;
	size_t len;
};

static const struct word weekdays[] = {
	WORD("monday"), WORD("tuesday"), WORD("wednesday"), WORD("thursday"), WORD("friday"),
	WORD("saturday"), WORD("sunday"),
	WORD("mon"), WORD("tue"), WORD("tues"), WORD("wed"), WORD("thu"), WORD("thur"),
	WORD("thurs"), WORD("fri"), WORD("sat"), WORD("sun"),
};

/* Words that may stand around the date in a dateline. */
static const struct word label_words[] = {
	WORD("updated"), WORD("published"), WORD("posted"), WORD("last"), WORD("modified"),
	WORD("on"), WORD("at"), WORD("by"), WORD("am"), WORD("pm"), WORD("a.m"), WORD("p.m"),
	WORD("edited"), WORD("first"), WORD("date"), WORD("time"), WORD("news"), WORD("staff"),
	WORD("reporter"), WORD("writer"), WORD("correspondent"), WORD("and"), WORD("of"),
	WORD("the"),
};

#undef WORD

/* ASCII case folding of one byte, as ascii_ieqn folds. */
static char fold(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

/* The month whose name starts with these three letters (folded), or 0:
 * every name and abbreviation starts with its month's three. */
static int month_of_prefix(const char *s)
{
#define K3(a, b, c) ((uint32_t)(a) << 16 | (uint32_t)(b) << 8 | (uint32_t)(c))
	switch (K3((unsigned char)fold(s[0]), (unsigned char)fold(s[1]), (unsigned char)fold(s[2]))) {
	case K3('j', 'a', 'n'): return 1;
	case K3('f', 'e', 'b'): return 2;
	case K3('m', 'a', 'r'): return 3;
	case K3('a', 'p', 'r'): return 4;
	case K3('m', 'a', 'y'): return 5;
	case K3('j', 'u', 'n'): return 6;
	case K3('j', 'u', 'l'): return 7;
	case K3('a', 'u', 'g'): return 8;
	case K3('s', 'e', 'p'): return 9;
	case K3('o', 'c', 't'): return 10;
	case K3('n', 'o', 'v'): return 11;
	case K3('d', 'e', 'c'): return 12;
	}
	return 0;
#undef K3
}

/* Accepts exactly the words of `months` above: the three-letter prefix
 * picks the month (all twelve prefixes are names in the table), then the
 * word must be the prefix alone, the full name, or "sept". */
int dateline_month(const char *s, size_t len)
{
	if (len && s[len - 1] == '.')
		len--;
	if (len < 3 || len > 9)
		return 0;
	int m = month_of_prefix(s);
	if (!m || len == 3)
		return m;
	const char *full = months[m - 1].name; /* the first twelve are the full names */
	if (months[m - 1].len == len && ascii_ieqn(s + 3, full + 3, len - 3))
		return m;
	if (m == 9 && len == 4 && fold(s[3]) == 't')
		return m;
	return 0;
}

/* For each list, by first letter, the lengths of its entries (bit l: an
 * entry of l bytes), so that most words are refused without a scan, and
 * the entries themselves (bit i: entry i), so that a scan compares only
 * those. Built once per process (call_once) and only read after. */
struct word_row {
	uint16_t lens[26];
	uint32_t ids[26];
};
struct word_index {
	struct word_row weekdays, labels;
};
static struct word_index word_index;

_Static_assert(CC_ARRAY_LEN(weekdays) <= 32 && CC_ARRAY_LEN(label_words) <= 32,
	       "struct word_row holds each list's entries as bits of 32");

static void word_index_fill(struct word_row *row, const struct word *list, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)list[i].name[0];
		/* every entry starts with a lower-case letter; were one not to,
		 * no word would be refused (words of sixteen bytes or more are
		 * never refused here), and no word of a letter could match it */
		if (c >= 'a' && c <= 'z') {
			if (list[i].len < 16)
				row->lens[c - 'a'] |= (uint16_t)(1u << list[i].len);
			row->ids[c - 'a'] |= (uint32_t)1 << i;
		} else {
			for (size_t k = 0; k < 26; k++)
				row->lens[k] = 0xFFFF;
		}
	}
}

static void word_index_init(void)
{
	word_index_fill(&word_index.weekdays, weekdays, CC_ARRAY_LEN(weekdays));
	word_index_fill(&word_index.labels, label_words, CC_ARRAY_LEN(label_words));
}

static cc_once_flag word_index_once = CC_ONCE_INIT;

static const struct word_index *word_index_get(void)
{
	cc_once(&word_index_once, word_index_init);
	return &word_index;
}

/* `row` is the list's row of struct word_index. */
static bool word_in(const struct word *list, size_t n, const struct word_row *row, const char *s,
		    size_t len)
{
	if (len && s[len - 1] == '.')
		len--;
	if (len == 0)
		return false;
	char f = fold(s[0]);
	if (f >= 'a' && f <= 'z') {
		/* no entry of this length starts with this letter (case folded) */
		if (len < 16 && !(row->lens[f - 'a'] >> len & 1))
			return false;
		/* the entries that start with it */
		for (uint32_t m = row->ids[f - 'a']; m; m &= m - 1) {
			size_t i = (size_t)__builtin_ctz(m);
			if (list[i].len == len && ascii_ieqn(s, list[i].name, len))
				return true;
		}
		return false;
	}
	for (size_t i = 0; i < n; i++)
		if (list[i].len == len && list[i].name[0] == f && ascii_ieqn(s, list[i].name, len))
			return true;
	return false;
}

static bool is_weekday(const struct word_index *x, const char *s, size_t len)
{
	return word_in(weekdays, CC_ARRAY_LEN(weekdays), &x->weekdays, s, len);
}

static bool is_label(const struct word_index *x, const char *s, size_t len)
{
	return word_in(label_words, CC_ARRAY_LEN(label_words), &x->labels, s, len);
}

bool dateline_valid(int y, int m, int d)
{
	static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1)
		return false;
	int md = mdays[m - 1];
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		md = 29;
	return d <= md;
}

/* A token: a run of ASCII letters (with inner dots, "a.m."), a run of
 * digits (with ':' or '/' or '-' inside for times and numeric dates), or
 * any other single character / non-ASCII sequence. */
enum tok_kind { T_WORD, T_NUM, T_OTHER };
struct tok {
	size_t s, e;
	enum tok_kind kind;
};

static bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* The end of the run of ASCII letters from i (at most len): eight bytes
 * at a time while they lie before len (a byte is a letter when, folded to
 * lower case, its low seven bits are 0x61..0x7A and its top bit is clear;
 * each byte's answer lands in its top bit and no sum carries into the next
 * byte), then byte by byte. */
static size_t alpha_run_end(const char *s, size_t i, size_t len)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
	while (i + 8 <= len) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		uint64_t x = (w | 0x20 * ones) & ~high;
		uint64_t bad = (w | ((x + (0x80 - 'a') * ones) ^ high) | (x + (0x80 - 'z' - 1) * ones)) & high;
		if (bad)
			return i + (size_t)(__builtin_ctzll(bad) >> 3);
		i += 8;
	}
#endif
	while (i < len && is_alpha(s[i]))
		i++;
	return i;
}

static size_t tokenize(const char *s, size_t len, struct tok *toks, size_t max)
{
	size_t n = 0, i = 0;
	while (i < len && n < max) {
		char c = s[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == ',') {
			i++;
			continue;
		}
		size_t st = i;
		if (is_alpha(c)) {
			for (;;) {
				i = alpha_run_end(s, i, len);
				/* a dot between letters stays inside ("a.m") */
				if (!(i < len && s[i] == '.' && i + 1 < len && is_alpha(s[i + 1])))
					break;
				i++;
			}
			if (i < len && s[i] == '.')
				i++; /* "Sept." keeps its dot */
			toks[n++] = (struct tok){st, i, T_WORD};
		} else if (is_digit(c)) {
			while (i < len && (is_digit(s[i]) || ((s[i] == ':' || s[i] == '/' || s[i] == '-' || s[i] == '.') &&
							      i + 1 < len && is_digit(s[i + 1]))))
				i++;
			/* ordinal suffix and glued am/pm ("6th", "6:22AM") */
			while (i < len && is_alpha(s[i]))
				i++;
			toks[n++] = (struct tok){st, i, T_NUM};
		} else {
			i++;
			while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
				i++;
			toks[n++] = (struct tok){st, i, T_OTHER};
		}
	}
	return n;
}

/* Reads a plain number prefix of a token: "20th" -> 20 with the rest "th". */
static int num_prefix(const char *s, size_t len, size_t *used)
{
	int v = 0;
	size_t i = 0;
	while (i < len && is_digit(s[i]) && i < 5)
		v = v * 10 + (s[i++] - '0');
	*used = i;
	return v;
}

static bool ordinal_ok(const char *s, size_t len)
{
	return len == 0 || (len == 2 && (ascii_ieqn(s, "st", 2) || ascii_ieqn(s, "nd", 2) ||
					  ascii_ieqn(s, "rd", 2) || ascii_ieqn(s, "th", 2)));
}

static int year2(int y, size_t digits)
{
	if (digits == 2)
		return y < 70 ? 2000 + y : 1900 + y;
	return y;
}

/* A numeric date token: YYYY-MM-DD, M/D/YYYY, M/D/YY (D/M/YYYY, D/M/YY when
 * D is over 12), D.M.YYYY, M.D.YY. */
static bool numeric_date(const char *s, size_t len, struct cc_date *d)
{
	int a, b, c;
	char s1, s2;
	int n1, n2, n3, consumed;
	char tmp[32];
	if (len >= sizeof tmp)
		return false;
	/* sscanf below matches only digits, one byte, digits, one byte,
	 * digits, with at most four digits a run (a T_NUM token starts with a
	 * digit and has no white space or sign after its first digit): a token
	 * of another shape is not asked, and no %d can overflow */
	size_t i = 0, runs = 0;
	while (i < len) {
		size_t run = i;
		while (i < len && is_digit(s[i]))
			i++;
		/* no form has a run of more than four digits, and a longer one
		 * could overflow %d */
		if (i == run || i - run > 4)
			return false;
		runs++;
		if (i < len && ++i == len)
			return false; /* a byte with no digits after it */
	}
	if (runs != 3)
		return false;
	memcpy(tmp, s, len);
	tmp[len] = '\0';
	if (sscanf(tmp, "%d%n%c%d%n%c%d%n", &a, &n1, &s1, &b, &n2, &s2, &c, &n3) != 5)
		return false;
	consumed = n3;
	if ((size_t)consumed != len || s1 != s2)
		return false;
	if (s1 == '-' && n1 == 4) {
		d->year = a, d->month = b, d->day = c;
	} else if (s1 == '/' && n1 <= 2 && (n2 - n1 - 1) <= 2 && (n3 - n2 - 1 == 4 || n3 - n2 - 1 == 2)) {
		/* slashed dates are month-first (US: 03/04/2026 is March 4, as
		 * temporal.c reads it in a sentence); only when that reading is
		 * no date is the day-first one taken (14/11/2026: November 14) */
		d->year = year2(c, (size_t)(n3 - n2 - 1)), d->month = a, d->day = b;
		if (!dateline_valid(d->year, a, b))
			d->month = b, d->day = a;
	} else if (s1 == '.' && n1 <= 2 && (n2 - n1 - 1) <= 2 && (n3 - n2 - 1 == 4 || n3 - n2 - 1 == 2)) {
		/* dotted dates: 08.07.2012 is day-first (European), 02.29.12 is
		 * month-first (US, two-digit year); when one reading is not a
		 * date the other is taken */
		int y = year2(c, (size_t)(n3 - n2 - 1));
		bool dmy_first = n3 - n2 - 1 == 4;
		int m1 = dmy_first ? b : a, d1 = dmy_first ? a : b;
		if (dateline_valid(y, m1, d1))
			d->year = y, d->month = m1, d->day = d1;
		else
			d->year = y, d->month = d1, d->day = m1;
	} else {
		return false;
	}
	return dateline_valid(d->year, d->month, d->day);
}

/* Tries to match a date starting at token i. Returns the number of tokens
 * used (0 when none). */
static size_t match_at(const char *s, const struct tok *t, size_t n, size_t i, struct cc_date *d)
{
	const char *w = s + t[i].s;
	size_t wl = t[i].e - t[i].s;
	if (t[i].kind == T_NUM && numeric_date(w, wl, d))
		return 1;
	/* the month is looked up only where two numbers follow it */
	int m = 0;
	if (t[i].kind == T_WORD && i + 2 < n && t[i + 1].kind == T_NUM && t[i + 2].kind == T_NUM)
		m = dateline_month(w, wl);
	if (m) {
		/* Month D[th][,] YYYY */
		size_t u1, u2;
		int day = num_prefix(s + t[i + 1].s, t[i + 1].e - t[i + 1].s, &u1);
		int yr = num_prefix(s + t[i + 2].s, t[i + 2].e - t[i + 2].s, &u2);
		if (ordinal_ok(s + t[i + 1].s + u1, t[i + 1].e - t[i + 1].s - u1) &&
		    u2 == 4 && u2 == t[i + 2].e - t[i + 2].s && dateline_valid(yr, m, day)) {
			*d = (struct cc_date){yr, m, day};
			return 3;
		}
	}
	if (t[i].kind == T_NUM && i + 2 < n && t[i + 1].kind == T_WORD && t[i + 2].kind == T_NUM) {
		/* D[th] Month YYYY */
		size_t u1, u2;
		int day = num_prefix(w, wl, &u1);
		int yr = num_prefix(s + t[i + 2].s, t[i + 2].e - t[i + 2].s, &u2);
		/* the month only when a four-digit year follows */
		int mm = u2 == 4 && u2 == t[i + 2].e - t[i + 2].s
				 ? dateline_month(s + t[i + 1].s, t[i + 1].e - t[i + 1].s) : 0;
		if (mm && ordinal_ok(w + u1, wl - u1) && dateline_valid(yr, mm, day)) {
			*d = (struct cc_date){yr, mm, day};
			return 3;
		}
	}
	return 0;
}

/* Whether a date may start at token i: match_at's forms start with a
 * number, or with a word (the month) two numbers follow. The test before
 * the call: most tokens start none. */
static inline size_t match_from(const char *s, const struct tok *t, size_t n, size_t i,
				struct cc_date *d)
{
	bool may = t[i].kind == T_NUM ||
		   (t[i].kind == T_WORD && i + 2 < n && t[i + 1].kind == T_NUM && t[i + 2].kind == T_NUM);
	return may ? match_at(s, t, n, i, d) : 0;
}

#define MAX_TOKS 64

bool dateline_find(const char *s, size_t len, struct cc_date *d, size_t *mstart, size_t *mend)
{
	struct tok t[MAX_TOKS];
	size_t n = tokenize(s, len, t, MAX_TOKS);
	for (size_t i = 0; i < n; i++) {
		size_t used = match_from(s, t, n, i, d);
		if (used) {
			if (mstart)
				*mstart = t[i].s;
			if (mend)
				*mend = t[i + used - 1].e;
			return true;
		}
	}
	return false;
}

static bool is_time_or_zone(const char *s, size_t len, enum tok_kind kind)
{
	if (kind == T_NUM) {
		/* 7:38pm, 15:50, 6:22AM */
		const char *colon = memchr(s, ':', len);
		return colon != NULL;
	}
	/* time zones (EDT, PDT, IST, GMT) and places in capitals (UNITED STATES) */
	if (len >= 2) {
		for (size_t i = 0; i < len; i++)
			if (!(s[i] >= 'A' && s[i] <= 'Z'))
				return false;
		return true;
	}
	return false;
}

/* Whether s[0..len) has four ASCII digits in a row (the year of "Month D
 * YYYY" and "D Month YYYY") or a '-', '/' or '.' between two digits (every
 * numeric date has one): without either, match_at finds no date. Eight
 * bytes are tested at once (a byte is a digit when its low seven bits are
 * 0x30..0x39 and its top bit is clear, a separator when they are
 * 0x2D..0x2F; the sums below carry into no neighbouring byte): both forms
 * are found with shifts of the byte flags, across the step's edges too.
 * The last len % 8 bytes are looked at one by one. */
static bool has_date_digits(const char *s, size_t len)
{
	const uint64_t low7 = 0x7F7F7F7F7F7F7F7FULL, high = 0x8080808080808080ULL;
	/* Eight bytes a step, each byte's answer in its top bit: exact, as no
	 * sum below carries into the next byte. prev holds the digits of the
	 * eight bytes before, pend a separator after a digit in the last of
	 * them (its digit after is the next byte). */
	uint64_t prev = 0, pend = 0;
	size_t i = 0;
	for (; i + 8 <= len; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		uint64_t x = w & low7;
		/* top bit of (x + 0x50): x >= 0x30; of (x + 0x46): x >= 0x3A;
		 * of (x + 0x53): x >= 0x2D ('-', '.', '/' are 0x2D..0x2F) */
		uint64_t ge30 = x + 0x5050505050505050ULL;
		uint64_t digit = ge30 & ~(x + 0x4646464646464646ULL) & ~w & high;
		if (!digit) {
			/* most steps: no run goes on, no separator has a digit
			 * before and after it */
			prev = pend = 0;
			continue;
		}
		uint64_t sep = (x + 0x5353535353535353ULL) & ~ge30 & ~w & high;
		/* digitK: the byte K places before is a digit */
		uint64_t digit1 = digit << 8 | prev >> 56, digit2 = digit << 16 | prev >> 48,
			 digit3 = digit << 24 | prev >> 40;
		uint64_t sep_after = sep & digit1;
		if ((digit & digit1 & digit2 & digit3) | (sep_after & digit >> 8) | (pend & digit))
			return true;
		pend = sep_after >> 56; /* the last byte's flag, moved to the first */
		prev = digit;
	}
	if (i == len)
		return false;
	if (pend && is_digit(s[i]))
		return true;
	/* the digits the last step ended with: at most three, or it answered */
	unsigned b7 = (unsigned)(prev >> 63) & 1u, b6 = (unsigned)(prev >> 55) & 1u,
		 b5 = (unsigned)(prev >> 47) & 1u;
	size_t run = b7 + (b7 & b6) + (b7 & b6 & b5);
	for (; i < len; i++) {
		if (is_digit(s[i])) {
			if (++run == 4)
				return true;
			continue;
		}
		if (run && (s[i] == '-' || s[i] == '/' || s[i] == '.') && i + 1 < len &&
		    is_digit(s[i + 1]))
			return true;
		run = 0;
	}
	return false;
}

bool dateline_is_line(const char *s, size_t len, struct cc_date *d)
{
	if (len > 120)
		return false;
	/* every date form read here has a day or a year in digits */
	if (!has_date_digits(s, len))
		return false;
	struct tok t[MAX_TOKS];
	size_t n = tokenize(s, len, t, MAX_TOKS);
	if (n == MAX_TOKS)
		return false;
	size_t at = n, used = 0;
	for (size_t i = 0; i < n && !used; i++) {
		used = match_from(s, t, n, i, d);
		if (used)
			at = i;
	}
	if (!used)
		return false;
	/* Everything else must be weekday, time, zone, label, punctuation, or a
	 * short byline ("By Jane Doe |"). */
	size_t other_words = 0;
	bool byline = false;
	const struct word_index *x = word_index_get();
	for (size_t i = 0; i < n; i++) {
		if (i >= at && i < at + used)
			continue;
		const char *w = s + t[i].s;
		size_t wl = t[i].e - t[i].s;
		if (t[i].kind == T_OTHER)
			continue;
		if (t[i].kind == T_WORD && wl == 2 && ascii_ieqn(w, "by", 2))
			byline = true;
		if (t[i].kind == T_WORD && (is_weekday(x, w, wl) || is_label(x, w, wl)))
			continue;
		if (is_time_or_zone(w, wl, t[i].kind))
			continue;
		/* past four other words no answer below is yes */
		if (++other_words > 4)
			return false;
	}
	if (byline)
		return other_words <= 4;
	return other_words <= 1;
}

/* The bytes of a dash at s[i..len): "-", "--", an en or em dash; 0 when
 * none. */
static size_t dash_at(const char *s, size_t len, size_t i)
{
	if (i < len && s[i] == '-')
		return i + 1 < len && s[i + 1] == '-' ? 2 : 1;
	if (i + 3 <= len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94))
		return 3;
	return 0;
}

static size_t skip_blanks(const char *s, size_t len, size_t i)
{
	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i;
}

bool dateline_wire(const char *s, size_t len, struct cc_date *d, size_t *dash_end)
{
	/* the place and the date fit in the line's first hundred bytes */
	size_t head = len < 100 ? len : 100;
	if (!head || !(s[0] >= 'A' && s[0] <= 'Z'))
		return false;
	/* a full date needs its digits; a month's day, a digit at least */
	bool full = has_date_digits(s, head);
	size_t dg = 0;
	while (!full && dg < head && !is_digit(s[dg]))
		dg++;
	if (!full && dg == head)
		return false;
	struct tok t[MAX_TOKS];
	size_t n = tokenize(s, head, t, MAX_TOKS);
	size_t at = n, used = 0;
	struct cc_date got;
	for (size_t i = 0; full && i < n && i <= 8 && !used; i++) {
		used = match_from(s, t, n, i, &got);
		if (used)
			at = i;
	}
	/* ... or a month and a day without the year ("LONDON, July 20
	 * (Reuters) -", "OSLO, 3 May -"): year 0 */
	for (size_t i = 1; i + 1 < n && i <= 8 && !used; i++) {
		const struct tok *m = &t[i], *v = &t[i + 1];
		if (t[i].kind == T_NUM)
			m = &t[i + 1], v = &t[i];
		size_t vl = v->e - v->s, k;
		if (m->kind != T_WORD || v->kind != T_NUM || !dateline_month(s + m->s, m->e - m->s))
			continue;
		int day = num_prefix(s + v->s, vl, &k);
		if (k == 0 || k > 2 || !ordinal_ok(s + v->s + k, vl - k) || day < 1 ||
		    day > 31)
			continue;
		got = (struct cc_date){0, dateline_month(s + m->s, m->e - m->s), day};
		at = i, used = 2;
	}
	/* one to six words of place before it, each capitalised ("SAN JOSE",
	 * "Calif."), and a weekday may stand between them and the date */
	if (!used || at == 0)
		return false;
	const struct word_index *x = word_index_get();
	size_t place = 0;
	for (size_t i = 0; i < at; i++) {
		const char *w = s + t[i].s;
		size_t wl = t[i].e - t[i].s;
		if (t[i].kind == T_OTHER && wl == 1 && (w[0] == '(' || w[0] == '.'))
			continue;
		if (t[i].kind != T_WORD || !(w[0] >= 'A' && w[0] <= 'Z'))
			return false;
		if (is_weekday(x, w, wl)) {
			if (!place)
				return false;
			continue;
		}
		if (is_label(x, w, wl) || dateline_month(w, wl))
			return false;
		place++;
	}
	if (place == 0 || place > 6)
		return false;
	/* the date follows a comma or an opening parenthesis */
	size_t b = t[at].s;
	while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\t'))
		b--;
	if (b == 0 || (s[b - 1] != ',' && s[b - 1] != '('))
		return false;
	/* and is closed by a dash, perhaps after ")" and a wire's name
	 * ("/PRNewswire/", "(Reuters)") */
	size_t i = skip_blanks(s, len, t[at + used - 1].e);
	if (i < len && s[i] == ')')
		i = skip_blanks(s, len, i + 1);
	if (i < len && (s[i] == '/' || s[i] == '(')) {
		char close = s[i] == '/' ? '/' : ')';
		size_t k = i + 1;
		while (k < len && k < i + 40 && s[k] != close)
			k++;
		if (k >= len || s[k] != close)
			return false;
		i = skip_blanks(s, len, k + 1);
	}
	size_t dl = dash_at(s, len, i);
	if (!dl)
		return false;
	*d = got;
	if (dash_end)
		*dash_end = i + dl;
	return true;
}

bool dateline_is_stamp(const char *s, size_t len)
{
#define WORD(w) { .name = w, .len = sizeof w - 1 }
	static const struct word stamp[] = {WORD("updated"), WORD("published"), WORD("posted"),
					    WORD("modified"), WORD("edited")};
#undef WORD
	struct tok t[MAX_TOKS];
	size_t n = tokenize(s, len, t, MAX_TOKS);
	for (size_t i = 0; i < n; i++) {
		if (t[i].kind != T_WORD)
			continue;
		for (size_t k = 0; k < CC_ARRAY_LEN(stamp); k++)
			if (t[i].e - t[i].s == stamp[k].len && ascii_ieqn(s + t[i].s, stamp[k].name, stamp[k].len))
				return true;
	}
	return false;
}

bool dateline_from_url(const char *url, struct cc_date *d)
{
	size_t len = strlen(url);
	for (size_t i = 0; i + 8 <= len; i++) {
		if (url[i] != '/' && url[i] != '-' && url[i] != '_')
			continue;
		const char *p = url + i + 1;
		size_t rest = len - i - 1;
		int y, m, dd;
		/* /YYYY/MM/DD/ or /YYYY-MM-DD */
		if (rest >= 10 && is_digit(p[0]) && is_digit(p[1]) && is_digit(p[2]) && is_digit(p[3]) &&
		    (p[4] == '/' || p[4] == '-') && is_digit(p[5]) && is_digit(p[6]) && p[7] == p[4] &&
		    is_digit(p[8]) && is_digit(p[9]) && (rest == 10 || !is_digit(p[10]))) {
			y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
			m = (p[5] - '0') * 10 + (p[6] - '0');
			dd = (p[8] - '0') * 10 + (p[9] - '0');
			if (y >= 1990 && dateline_valid(y, m, dd)) {
				*d = (struct cc_date){y, m, dd};
				return true;
			}
		}
		/* /YYYYMMDD/ */
		if (rest >= 8) {
			size_t k = 0;
			while (k < rest && is_digit(p[k]))
				k++;
			if (k == 8) {
				y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
				m = (p[4] - '0') * 10 + (p[5] - '0');
				dd = (p[6] - '0') * 10 + (p[7] - '0');
				if (y >= 1990 && y <= 2100 && dateline_valid(y, m, dd)) {
					*d = (struct cc_date){y, m, dd};
					return true;
				}
			}
		}
	}
	return false;
}

void dateline_iso(const struct cc_date *d, char out[static 11])
{
	unsigned y = (unsigned)d->year % 10000u, m = (unsigned)d->month % 100u, dd = (unsigned)d->day % 100u;
	out[0] = (char)('0' + y / 1000), out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10), out[3] = (char)('0' + y % 10), out[4] = '-';
	out[5] = (char)('0' + m / 10), out[6] = (char)('0' + m % 10), out[7] = '-';
	out[8] = (char)('0' + dd / 10), out[9] = (char)('0' + dd % 10), out[10] = '\0';
}

bool dateline_parse_iso(const char *s, struct cc_date *d)
{
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !is_digit(s[i]))
			return false;
	int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	int m = (s[5] - '0') * 10 + (s[6] - '0');
	int dd = (s[8] - '0') * 10 + (s[9] - '0');
	if (!dateline_valid(y, m, dd))
		return false;
	*d = (struct cc_date){y, m, dd};
	return true;
}
