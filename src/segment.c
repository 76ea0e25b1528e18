/* segment: normalized article text -> paragraphs and sentences, as byte offsets.
 *
 * Owns: the paragraph shapes (one paragraph per line, or hard-wrapped text
 * joined between blank lines), bullets, headings, the sentence rules
 * (abbreviations, initials, decimals, ellipses, closing quotes, CJK and
 * other scripts) and the compiled-in abbreviation and sentence-starter
 * tables. Must not: change or copy the text, allocate anything but the
 * output array and the line measures it frees, keep mutable static state
 * (the table indexes are built once, by call_once, and only read after),
 * print, or read past `len` (the
 * text need not be NUL-terminated). Unicode properties come from
 * libunistring, never from tables of our own (for ASCII and the dashes and
 * quotes U+2010-U+2025 a few are answered inline; a unit test holds those
 * answers to libunistring's).
 *
 * Two passes, both linear: the first measures the lines (once; the second
 * reuses the measures) to decide the document's shape, the second builds
 * paragraphs and splits each one. A line's display width is counted only
 * when asked: for an unterminated line another line continues, for a
 * heading candidate longer in bytes than a heading's widest (a line is no
 * wider than its bytes), and for every line of a document that looks
 * hard-wrapped. The split stops only at sentence
 * punctuation and non-ASCII bytes (thirty-two bytes a step with SSE2,
 * eight elsewhere) and looks back for a token only when a rule needs its word.
 */
#include "config.h"

#include "segment.h"
#include "util.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unistr.h>
#include <uniwidth.h>

#include "uchar.h"

/* SSE2 (every x86-64) scans sixteen bytes at a time; elsewhere, or built
 * with -DCC_NO_SIMD (to test that path), eight bytes as one integer. */
#if defined(__SSE2__) && !defined(CC_NO_SIMD)
#define SEG_SSE2 1
#include <emmintrin.h>
#endif

/* How an abbreviation followed by a full stop behaves before a capital. */
enum abbr_kind {
	ABBR_NONE = 0,
	/* Titles and Latin connectives (Mr., e.g.): a name or a clause always
	 * follows, so the full stop never ends the sentence. */
	ABBR_NEVER_ENDS,
	/* No., Vol.: an abbreviation only before a number; "No." alone is the
	 * word no. */
	ABBR_BEFORE_NUMBER,
	/* U.S., Inc., a.m., Sept.: as often the last word of a sentence as
	 * not, so split only when a typical sentence starter follows. */
	ABBR_MAY_END,
};

struct abbr {
	const char *word; /* without the final full stop */
	enum abbr_kind kind;
};

/* The one source of truth for abbreviations: compiled in so the binary
 * works from the build tree and when installed alike. Matched exactly, or
 * case-insensitively when the text's word is written in capitals
 * ("INC.", "MR."). Single letters (initials) and unknown dotted forms
 * such as "N.Y." are recognised by shape, not listed. */
static const struct abbr segment_abbrs[] = {
	/* Titles before a name. */
	{ .word = "Mr", .kind = ABBR_NEVER_ENDS },
	{ .word = "Mrs", .kind = ABBR_NEVER_ENDS },
	{ .word = "Ms", .kind = ABBR_NEVER_ENDS },
	{ .word = "Mx", .kind = ABBR_NEVER_ENDS },
	{ .word = "Messrs", .kind = ABBR_NEVER_ENDS },
	{ .word = "Mme", .kind = ABBR_NEVER_ENDS },
	{ .word = "Mlle", .kind = ABBR_NEVER_ENDS },
	{ .word = "Dr", .kind = ABBR_NEVER_ENDS },
	{ .word = "Prof", .kind = ABBR_NEVER_ENDS },
	{ .word = "Gen", .kind = ABBR_NEVER_ENDS },
	{ .word = "Sen", .kind = ABBR_NEVER_ENDS },
	{ .word = "Sens", .kind = ABBR_NEVER_ENDS },
	{ .word = "Rep", .kind = ABBR_NEVER_ENDS },
	{ .word = "Reps", .kind = ABBR_NEVER_ENDS },
	{ .word = "Gov", .kind = ABBR_NEVER_ENDS },
	{ .word = "Pres", .kind = ABBR_NEVER_ENDS },
	{ .word = "Lt", .kind = ABBR_NEVER_ENDS },
	{ .word = "Col", .kind = ABBR_NEVER_ENDS },
	{ .word = "Capt", .kind = ABBR_NEVER_ENDS },
	{ .word = "Cmdr", .kind = ABBR_NEVER_ENDS },
	{ .word = "Adm", .kind = ABBR_NEVER_ENDS },
	{ .word = "Maj", .kind = ABBR_NEVER_ENDS },
	{ .word = "Sgt", .kind = ABBR_NEVER_ENDS },
	{ .word = "Cpl", .kind = ABBR_NEVER_ENDS },
	{ .word = "Supt", .kind = ABBR_NEVER_ENDS },
	{ .word = "Det", .kind = ABBR_NEVER_ENDS },
	{ .word = "Insp", .kind = ABBR_NEVER_ENDS },
	{ .word = "Atty", .kind = ABBR_NEVER_ENDS },
	{ .word = "Rev", .kind = ABBR_NEVER_ENDS },
	{ .word = "Hon", .kind = ABBR_NEVER_ENDS },
	{ .word = "Fr", .kind = ABBR_NEVER_ENDS },
	{ .word = "Mt", .kind = ABBR_NEVER_ENDS },
	{ .word = "Ft", .kind = ABBR_NEVER_ENDS },
	/* Connectives that always continue the sentence. */
	{ .word = "e.g", .kind = ABBR_NEVER_ENDS },
	{ .word = "i.e", .kind = ABBR_NEVER_ENDS },
	{ .word = "a.k.a", .kind = ABBR_NEVER_ENDS },
	{ .word = "vs", .kind = ABBR_NEVER_ENDS },
	{ .word = "cf", .kind = ABBR_NEVER_ENDS },
	{ .word = "viz", .kind = ABBR_NEVER_ENDS },
	{ .word = "approx", .kind = ABBR_NEVER_ENDS },
	{ .word = "ca", .kind = ABBR_NEVER_ENDS },
	/* Only abbreviations when a number follows. */
	{ .word = "No", .kind = ABBR_BEFORE_NUMBER },
	{ .word = "Nos", .kind = ABBR_BEFORE_NUMBER },
	{ .word = "Nr", .kind = ABBR_BEFORE_NUMBER },
	{ .word = "Art", .kind = ABBR_BEFORE_NUMBER },
	{ .word = "Vol", .kind = ABBR_BEFORE_NUMBER },
	{ .word = "vol", .kind = ABBR_BEFORE_NUMBER },
	{ .word = "pp", .kind = ABBR_BEFORE_NUMBER },
	{ .word = "Fig", .kind = ABBR_BEFORE_NUMBER },
	{ .word = "fig", .kind = ABBR_BEFORE_NUMBER },
	{ .word = "Ch", .kind = ABBR_BEFORE_NUMBER },
	{ .word = "ch", .kind = ABBR_BEFORE_NUMBER },
	{ .word = "est", .kind = ABBR_BEFORE_NUMBER },
	{ .word = "Tel", .kind = ABBR_BEFORE_NUMBER },
	{ .word = "tel", .kind = ABBR_BEFORE_NUMBER },
	/* Often the last word of a sentence. */
	{ .word = "U.S", .kind = ABBR_MAY_END },
	{ .word = "U.K", .kind = ABBR_MAY_END },
	{ .word = "U.N", .kind = ABBR_MAY_END },
	{ .word = "E.U", .kind = ABBR_MAY_END },
	{ .word = "D.C", .kind = ABBR_MAY_END },
	{ .word = "U.S.A", .kind = ABBR_MAY_END },
	{ .word = "Ph.D", .kind = ABBR_MAY_END },
	{ .word = "a.m", .kind = ABBR_MAY_END },
	{ .word = "p.m", .kind = ABBR_MAY_END },
	{ .word = "Inc", .kind = ABBR_MAY_END },
	{ .word = "Corp", .kind = ABBR_MAY_END },
	{ .word = "Co", .kind = ABBR_MAY_END },
	{ .word = "Cos", .kind = ABBR_MAY_END },
	{ .word = "Ltd", .kind = ABBR_MAY_END },
	{ .word = "Bros", .kind = ABBR_MAY_END },
	{ .word = "Jr", .kind = ABBR_MAY_END },
	{ .word = "Sr", .kind = ABBR_MAY_END },
	{ .word = "Dept", .kind = ABBR_MAY_END },
	{ .word = "Univ", .kind = ABBR_MAY_END },
	{ .word = "Assn", .kind = ABBR_MAY_END },
	{ .word = "St", .kind = ABBR_MAY_END },
	{ .word = "Ave", .kind = ABBR_MAY_END },
	{ .word = "Blvd", .kind = ABBR_MAY_END },
	{ .word = "Rd", .kind = ABBR_MAY_END },
	{ .word = "etc", .kind = ABBR_MAY_END },
	{ .word = "al", .kind = ABBR_MAY_END },
	{ .word = "Jan", .kind = ABBR_MAY_END },
	{ .word = "Feb", .kind = ABBR_MAY_END },
	{ .word = "Mar", .kind = ABBR_MAY_END },
	{ .word = "Apr", .kind = ABBR_MAY_END },
	{ .word = "Jun", .kind = ABBR_MAY_END },
	{ .word = "Jul", .kind = ABBR_MAY_END },
	{ .word = "Aug", .kind = ABBR_MAY_END },
	{ .word = "Sep", .kind = ABBR_MAY_END },
	{ .word = "Sept", .kind = ABBR_MAY_END },
	{ .word = "Oct", .kind = ABBR_MAY_END },
	{ .word = "Nov", .kind = ABBR_MAY_END },
	{ .word = "Dec", .kind = ABBR_MAY_END },
	{ .word = "Mon", .kind = ABBR_MAY_END },
	{ .word = "Tue", .kind = ABBR_MAY_END },
	{ .word = "Tues", .kind = ABBR_MAY_END },
	{ .word = "Wed", .kind = ABBR_MAY_END },
	{ .word = "Thu", .kind = ABBR_MAY_END },
	{ .word = "Thurs", .kind = ABBR_MAY_END },
	{ .word = "Fri", .kind = ABBR_MAY_END },
	{ .word = "Sat", .kind = ABBR_MAY_END },
	{ .word = "Sun", .kind = ABBR_MAY_END },
};

/* Words that typically open an English sentence. After an abbreviation
 * that may end a sentence ("U.S.", "Inc.") or an initial, one of these is
 * the evidence that the sentence did end; any other capitalised word is
 * more likely a name ("U.S. Commerce", "George W. Bush"). Matched exactly
 * and only when not itself followed by a full stop. */
static const char *const segment_starters[] = {
	"A", "According", "After", "All", "Also", "Although", "An", "And",
	"As", "At", "Before", "Both", "But", "By", "Despite", "During", "Each",
	"Earlier", "For", "From", "Further", "He", "Her", "Here", "His",
	"How", "However", "I", "If", "In", "Instead", "It", "Its", "Last",
	"Later", "Many", "Meanwhile", "Moreover", "Most", "My", "No", "Now",
	"On", "One", "Other", "Our", "Several", "She", "Since", "So", "Some",
	"Still", "Such", "That", "The", "Their", "Then", "There", "These",
	"They", "This", "Those", "Though", "Thus", "To", "Under", "We",
	"What", "When", "Where", "Which", "While", "Who", "Why", "With",
	"Yet", "You",
};

/* A wrapped line is shorter than the wrap width by at most the next word;
 * a line this much shorter is a heading or a paragraph's last line. */
enum { SHORT_LINE_SLACK = 20 };
/* Widths above this never take part in the wrap-width histogram. */
enum { WRAP_WIDTH_MAX = 160 };
/* Wrapped lines fall in a band this wide below the wrap width. */
enum { WRAP_BAND = 20 };
/* The narrowest band start that still counts as hard wrapping. */
enum { WRAP_BAND_MIN = 30 };
/* Fewest wrapped-looking lines that make a document hard-wrapped. */
enum { WRAP_LINES_MIN = 2 };
/* How far past the wrap width a line may reach (a long word moved down
 * cannot make a line wider, but the width is only estimated). */
enum { WRAP_OVERHANG = 10 };
/* Widest line without terminal punctuation still taken for a heading. */
enum { HEADING_COLS_MAX = 100 };
/* Longest starter word worth comparing, in bytes. */
enum { STARTER_MAX = 16 };
/* Longest list number ("12.") that does not end a sentence, in digits. */
enum { LIST_NUMBER_MAX = 3 };
/* struct line_info.cols of a line not measured yet. */
#define COLS_UNMEASURED SIZE_MAX

struct line_info {
	size_t start;    /* first byte of the line */
	size_t end;      /* the '\n' or len */
	size_t body;     /* first byte of content, after indentation and bullet */
	size_t content_end; /* one past the last non-space byte */
	size_t indent;   /* bytes of leading white space */
	size_t cols;     /* display width up to content_end, but counted only
			  * until it passes WRAP_WIDTH_MAX (every width past
			  * it gets the same answers); COLS_UNMEASURED
			  * until line_measure is asked */
	bool blank;      /* nothing but white space (or an empty bullet) */
	bool bullet;
	bool terminated; /* ends in sentence punctuation, maybe then closers */
	bool ends_alnum; /* ends in a letter or digit: heading-like (set only
			  * in a hard-wrapped document, the one reader) */
};

/* The abbreviation and starter tables bucketed by first letter (ASCII,
 * case folded), so that a lookup compares only the entries that can match.
 * Built from the tables once per process, by whichever thread asks first
 * (call_once), and only read after: the same for every document. */
enum { TABLE_BUCKETS = 26 };
struct table_index {
	uint8_t first[TABLE_BUCKETS + 1]; /* bucket b is ids[first[b] .. first[b+1]) */
	uint8_t ids[128];
	uint8_t len[128];                 /* strlen of each entry, by table order */
	uint8_t maxlen;                   /* the longest entry */
	uint64_t lens[TABLE_BUCKETS];     /* bit l (63 for 63 and up): bucket b
					   * has an entry of length l */
};
struct seg_tables {
	struct table_index abbrs, starters;
};

struct seg_out {
	const uint8_t *s;
	size_t len;
	struct seg_sentence *v;
	size_t n, cap;
	size_t npara;       /* paragraphs that produced a sentence so far */
	bool para_emitted;  /* the current paragraph already has its index */
	const struct line_info *lines; /* every line, for the sentences' line indexes */
	size_t nlines;
	size_t line_no;     /* cursor: the line of the last sentence start */
	size_t line_end;    /* where the cursor's line ends, SIZE_MAX on the
			     * last line (seg_line_at): past it, the cursor
			     * moves on */
	const struct seg_tables *tables; /* NULL until a lookup asks (seg_index) */
};

/* decode_at for a non-ASCII byte at i. */
static ucs4_t decode_at_nonascii(const uint8_t *s, size_t end, size_t i, size_t *n)
{
	/* U+2000-U+203F (E2 80 80-BF: the punctuation block of quotes and
	 * dashes, the commonest non-ASCII of news text) inline */
	if (s[i] == 0xE2 && end - i > 2 && s[i + 1] == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
		*n = 3;
		return 0x2000 + (ucs4_t)(s[i + 2] & 0x3F);
	}
	ucs4_t uc;
	int k = u8_mbtouc(&uc, s + i, end - i);
	*n = k > 0 ? (size_t)k : 1;
	return uc;
}

/* Decodes the character at i (i < end). Invalid bytes decode as U+FFFD
 * over one byte, so a scan always advances. ASCII inline, the rest in a
 * call. */
static inline ucs4_t decode_at(const uint8_t *s, size_t end, size_t i, size_t *n)
{
	if (s[i] < 0x80) {
		*n = 1;
		return s[i];
	}
	return decode_at_nonascii(s, end, i, n);
}

/* decode_before for a non-ASCII byte at i - 1. */
static ucs4_t decode_before_nonascii(const uint8_t *s, size_t start, size_t i, size_t *n)
{
	/* U+2000-U+203F inline, as decode_at (the text is valid UTF-8, so
	 * these three bytes are one character) */
	if (i - start >= 3 && s[i - 3] == 0xE2 && s[i - 2] == 0x80 && (s[i - 1] & 0xC0) == 0x80) {
		*n = 3;
		return 0x2000 + (ucs4_t)(s[i - 1] & 0x3F);
	}
	ucs4_t uc;
	const uint8_t *p = u8_prev(&uc, s + i, s + start);
	if (!p) {
		*n = 1;
		return 0xFFFD;
	}
	*n = (size_t)(s + i - p);
	return uc;
}

/* Decodes the character that ends at i (start < i). ASCII inline, the
 * rest in a call. */
static inline ucs4_t decode_before(const uint8_t *s, size_t start, size_t i, size_t *n)
{
	if (s[i - 1] < 0x80) {
		*n = 1;
		return s[i - 1];
	}
	return decode_before_nonascii(s, start, i, n);
}

/* U+2010-U+2025 (dashes, quotes, bullets, leaders) are answered inline
 * by the tests below: none is white space or a sentence terminal, and of
 * the quotes U+2018-U+201F, bit k of these masks says whether U+2018 + k is
 * Pi or Pf (QUOTES_PI_PF), Ps (QUOTES_PS), Pf (QUOTES_PF); the rest of the
 * range is Pd or Po. The unit test test_segment holds these answers to
 * libunistring. */
#define IN_DASH_QUOTES(uc) ((ucs4_t)((uc) - 0x2010) < 0x16)
enum { QUOTES_PI_PF = 0xBB, QUOTES_PS = 0x44, QUOTES_PF = 0x22 };

/* Whether U+2018 + k (uc in IN_DASH_QUOTES) has a bit in mask. */
static bool quote_in(ucs4_t uc, unsigned mask)
{
	return (ucs4_t)(uc - 0x2018) < 8 && (mask >> (uc - 0x2018) & 1);
}

/* Closing punctuation (Pe, Pf) or a straight quote. */
static bool is_close_quote(ucs4_t uc)
{
	if (uc < 0x80)
		return uc == '"' || uc == '\'' || uc == ')' || uc == ']' || uc == '}';
	if (IN_DASH_QUOTES(uc))
		return quote_in(uc, QUOTES_PF);
	return uc_is_general_category(uc, UC_CATEGORY_Pe) ||
	       uc_is_general_category(uc, UC_CATEGORY_Pf);
}

static bool is_ascii_space(uint8_t b)
{
	return b == ' ' || (uint8_t)(b - '\t') < 5;
}

/* ASCII white space, terminals and closers, as bits of two words (bit c
 * of LO for c < 64, bit c - 64 of HI): the bytes after a terminal that
 * may go on with its run or end a sentence. */
#define ASCII_BIT(c) ((uint64_t)1 << ((c) & 63))
#define RUN_OR_SPACE_LO                                                                   \
	(ASCII_BIT('\t') | ASCII_BIT('\n') | ASCII_BIT('\v') | ASCII_BIT('\f') | ASCII_BIT('\r') | \
	 ASCII_BIT(' ') | ASCII_BIT('.') | ASCII_BIT('!') | ASCII_BIT('?') | ASCII_BIT('"') |     \
	 ASCII_BIT('\'') | ASCII_BIT(')'))
#define RUN_OR_SPACE_HI (ASCII_BIT(']') | ASCII_BIT('}'))

/* Whether ASCII c has its bit in the pair lo, hi. */
static inline bool ascii_in(uint64_t lo, uint64_t hi, uint8_t c)
{
	return ((c < 64 ? lo : hi) >> (c & 63)) & 1;
}

static bool is_space(ucs4_t uc)
{
	if (uc < 0x80)
		return uc == ' ' || (uc >= '\t' && uc <= '\r');
	return !IN_DASH_QUOTES(uc) && uc_is_property_white_space(uc);
}

/* U+2026 HORIZONTAL ELLIPSIS is not Sentence_Terminal in Unicode, but in
 * news text it ends sentences like "..." does. */
static bool is_terminal_nonascii(ucs4_t uc)
{
	return uc == 0x2026 || (!IN_DASH_QUOTES(uc) && uc_is_property_sentence_terminal(uc));
}

/* ASCII inline, the rest in a call. */
static inline bool is_terminal(ucs4_t uc)
{
	if (uc < 0x80)
		return uc == '.' || uc == '!' || uc == '?';
	return is_terminal_nonascii(uc);
}

/* Punctuation that belongs to the sentence it follows: closing brackets
 * and quotes. Initial quotes count too because German and Swedish close
 * with them, and right after a full stop nothing opens. */
static bool is_closer(ucs4_t uc)
{
	if (uc < 0x80)
		return uc == '"' || uc == '\'' || uc == ')' || uc == ']' || uc == '}';
	if (IN_DASH_QUOTES(uc))
		return quote_in(uc, QUOTES_PI_PF);
	return uc_is_general_category(uc, UC_CATEGORY_Pe) ||
	       uc_is_general_category(uc, UC_CATEGORY_Pf) ||
	       uc_is_general_category(uc, UC_CATEGORY_Pi);
}

/* Punctuation that may open the next sentence before its first letter. */
static bool is_opener(ucs4_t uc)
{
	if (uc < 0x80)
		return uc == '"' || uc == '\'' || uc == '(' || uc == '[' || uc == '{';
	if (IN_DASH_QUOTES(uc))
		return quote_in(uc, QUOTES_PI_PF | QUOTES_PS);
	return uc_is_general_category(uc, UC_CATEGORY_Ps) ||
	       uc_is_general_category(uc, UC_CATEGORY_Pi) ||
	       uc_is_general_category(uc, UC_CATEGORY_Pf);
}

static bool is_digit(ucs4_t uc)
{
	if (uc < 0x80)
		return uc >= '0' && uc <= '9';
	return uc_decimal_value(uc) >= 0;
}

static size_t skip_space_from(const uint8_t *s, size_t i, size_t end)
{
	while (i < end) {
		size_t n;
		if (!is_space(decode_at(s, end, i, &n)))
			break;
		i += n;
	}
	return i;
}

/* ASCII inline, the rest (rare) in a call. */
static inline size_t skip_space(const uint8_t *s, size_t i, size_t end)
{
	for (; i < end && s[i] < 0x80; i++)
		if (s[i] != ' ' && (uint8_t)(s[i] - '\t') >= 5)
			return i;
	return skip_space_from(s, i, end);
}

static size_t skip_openers_from(const uint8_t *s, size_t i, size_t end)
{
	while (i < end) {
		size_t n;
		if (!is_opener(decode_at(s, end, i, &n)))
			break;
		i += n;
	}
	return i;
}

/* An ASCII byte that opens nothing (nearly always) inline. */
static inline size_t skip_openers(const uint8_t *s, size_t i, size_t end)
{
	if (i < end && s[i] < 0x80 && !is_opener(s[i]))
		return i;
	return skip_openers_from(s, i, end);
}

/* Length of the bullet marker at s[i], or 0: "-", "*", "•" (U+2022),
 * "·" (U+00B7) or "–" (U+2013). The marker only counts when white space
 * follows it, so "-5 degrees" and "*nix" stay text. */
static size_t match_bullet(const uint8_t *s, size_t i, size_t end)
{
	size_t k = 0;
	if (s[i] == '-' || s[i] == '*')
		k = 1;
	else if (s[i] == 0xC2 && end - i > 1 && s[i + 1] == 0xB7)
		k = 2;
	else if (s[i] == 0xE2 && end - i > 2 && s[i + 1] == 0x80 &&
		 (s[i + 2] == 0xA2 || s[i + 2] == 0x93))
		k = 3;
	size_t n;
	if (k && end - i > k && is_space(decode_at(s, end, i + k, &n)))
		return k;
	return 0;
}

/* Whether [start, end) ends in sentence punctuation, allowing closing
 * quotes and brackets after it. */
static bool ends_terminated(const uint8_t *s, size_t start, size_t end)
{
	while (end > start) {
		size_t n;
		ucs4_t uc = decode_before(s, start, end, &n);
		if (is_terminal(uc))
			return true;
		if (!is_closer(uc))
			return false;
		end -= n;
	}
	return false;
}

/* The display width of [pos, ce), counted until it passes WRAP_WIDTH_MAX. */
static size_t line_cols(const uint8_t *s, size_t pos, size_t ce)
{
	/* Widths past WRAP_WIDTH_MAX all count the same, so counting stops
	 * there (a byte is at most one column; a step may pass it, which
	 * changes no answer). */
	size_t cols = 0, i = pos;
#ifdef SEG_SSE2
	/* Sixteen ASCII bytes a step, their printable bytes (as signed bytes
	 * above 0x1F and below DEL) counted from a byte mask by a sum of
	 * absolute differences, with no branch on what they hold; the line's
	 * last bytes (fewer than sixteen) as the sixteen bytes ending at ce,
	 * the `back` bytes before i masked off (they lie in the text: ce >= 16),
	 * chosen without a branch. A step that meets a non-ASCII byte goes
	 * byte by byte up to and over its character, then on by steps. */
	const __m128i sp = _mm_set1_epi8(0x1F), del = _mm_set1_epi8(0x7F), one = _mm_set1_epi8(1);
	/* the window's byte k is kept when ramp[16 - back + k] is set: k >= back */
	static const int8_t ramp[32] = {
		0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
	};
	if (ce < 16)
		goto bytes;
	while (i < ce && cols <= WRAP_WIDTH_MAX) {
		size_t rest = ce - i, back = rest < 16 ? 16 - rest : 0;
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i - back));
		__m128i keep = _mm_loadu_si128((const __m128i *)(const void *)(ramp + 16 - back));
		if (_mm_movemask_epi8(_mm_and_si128(v, keep))) {
			/* the ASCII bytes before the non-ASCII one (it lies
			 * before ce), then its character */
			while (s[i] < 0x80) {
				cols += s[i] >= 0x20 && s[i] < 0x7F;
				i++;
			}
			size_t n;
			int w = uc_width(decode_at(s, ce, i, &n), "UTF-8");
			cols += w > 0 ? (size_t)w : 0;
			i += n;
			continue;
		}
		__m128i ok = _mm_and_si128(_mm_and_si128(_mm_cmpgt_epi8(v, sp), _mm_cmplt_epi8(v, del)), keep);
		__m128i sum = _mm_sad_epu8(_mm_and_si128(ok, one), _mm_setzero_si128());
		cols += (size_t)_mm_cvtsi128_si32(sum) + (size_t)_mm_cvtsi128_si32(_mm_srli_si128(sum, 8));
		i += 16 - back;
	}
	return cols;
bytes:
#endif
	for (; i < ce && cols <= WRAP_WIDTH_MAX;) {
		/* eight printable ASCII bytes at a time: no high bit, no byte
		 * below 0x20, no DEL */
		if (i + 8 <= ce) {
			uint64_t w, ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
			memcpy(&w, s + i, 8);
			uint64_t d = w ^ (0x7F * ones);
			if (!(w & high) && !((w - 0x20 * ones) & ~w & high) &&
			    !((d - ones) & ~d & high)) {
				cols += 8;
				i += 8;
				continue;
			}
		}
		if (s[i] < 0x80) { /* printable ASCII is one column, controls none */
			cols += s[i] >= 0x20 && s[i] < 0x7F;
			i++;
			continue;
		}
		size_t n;
		int w = uc_width(decode_at(s, ce, i, &n), "UTF-8");
		cols += w > 0 ? (size_t)w : 0;
		i += n;
	}
	return cols;
}

/* Measures the line that starts at pos and ends at `known` (its '\n', or
 * len), or when `known` is SIZE_MAX at the first '\n' or len. The line is
 * not empty (shape_detect fills in an empty one itself). */
static void line_read(const uint8_t *s, size_t len, size_t pos, size_t known,
		      struct line_info *li)
{
	size_t end = known;
	if (end == SIZE_MAX) {
		const uint8_t *nl = memchr(s + pos, '\n', len - pos);
		end = nl ? (size_t)(nl - s) : len;
	}
	size_t cs = skip_space(s, pos, end);
	size_t ce = end;
	while (ce > cs) {
		size_t n;
		if (!is_space(decode_before(s, cs, ce, &n)))
			break;
		ce -= n;
	}
	memset(li, 0, sizeof *li);
	li->start = pos;
	li->end = end;
	li->indent = cs - pos;
	li->content_end = ce;
	li->body = cs;
	if (cs < ce) {
		size_t k = match_bullet(s, cs, end);
		if (k) {
			li->bullet = true;
			li->body = cs + k < ce ? skip_space(s, cs + k, ce) : ce;
		}
	}
	li->blank = li->body >= ce;
	if (li->blank)
		return;
	li->terminated = ends_terminated(s, li->body, ce);
	/* measured when a later step asks (line_measure): most lines are
	 * never asked (a blank line follows them, or they are terminated) */
	li->cols = COLS_UNMEASURED;
}

/* Fills in the width of a line line_read left unmeasured. */
static void line_measure(const uint8_t *s, struct line_info *li)
{
	if (li->cols == COLS_UNMEASURED)
		li->cols = line_cols(s, li->start, li->content_end);
}

/* Decides whether the document is hard-wrapped and at which width.
 * A line looks wrapped when it stops without terminal punctuation and
 * the next line goes on (not blank, not a bullet); it surely is when the
 * next line also starts without a capital. In hard-wrapped text such
 * lines are common, their widths crowd just below the wrap width, and
 * hardly any line is wider than that. One-paragraph-per-line text fails:
 * its lines end in full stops or are headings of scattered widths, and
 * its paragraphs are far wider than any band. Returns the wrap width, or
 * 0 for one paragraph per line. */
static size_t shape_detect(const uint8_t *s, size_t len, const size_t *ends,
			   size_t nends, struct line_info **lines, size_t *nlines_out)
{
	size_t nl = 0, capl = 0;
	/* room for lines of 64 bytes on average: one allocation for most texts */
	struct line_info *lv = xgrow(NULL, &capl, len / 64 + 16, sizeof(struct line_info));
	size_t wrapped[WRAP_WIDTH_MAX + 1] = { 0 };
	size_t ncont = 0, nwrapped = 0, nsure = 0, nlines = 0;
	static const struct line_info before_first = { .blank = true };
	for (size_t pos = 0; pos < len;) {
		lv = xgrow(lv, &capl, nl + 1, sizeof *lv);
		struct line_info *cur = &lv[nl++];
		if (s[pos] == '\n') {
			/* an empty line (every other line, often): blank, as
			 * line_read would make it, and nothing below counts it */
			*cur = (struct line_info){
				.start = pos, .end = pos, .body = pos, .content_end = pos, .blank = true};
			pos++;
			continue;
		}
		const struct line_info *prev = nl > 1 ? cur - 1 : &before_first;
		line_read(s, len, pos, nl <= nends ? ends[nl - 1] : SIZE_MAX, cur);
		nlines += !cur->blank;
		if (!prev->blank && !cur->blank && !cur->bullet) {
			ncont++;
			/* only here are a line's width and the next line's
			 * first letter asked (prev is cur - 1: before_first is
			 * blank) */
			if (!prev->terminated)
				line_measure(s, cur - 1);
			if (!prev->terminated && prev->cols <= WRAP_WIDTH_MAX) {
				size_t n;
				nwrapped++;
				nsure += !uchar_is_upper(decode_at(s, cur->content_end, cur->body, &n));
				wrapped[prev->cols]++;
			}
		}
		if (cur->end >= len)
			break;
		pos = cur->end + 1;
	}
	*lines = lv;
	*nlines_out = nl;
	if (nwrapped < WRAP_LINES_MIN || nsure == 0 || nwrapped * 4 < ncont)
		return 0;
	size_t best = 0, best_lo = 0, sum = 0;
	for (size_t c = WRAP_BAND_MIN; c <= WRAP_WIDTH_MAX; c++) {
		sum += wrapped[c];
		if (c > WRAP_BAND_MIN + WRAP_BAND)
			sum -= wrapped[c - WRAP_BAND - 1];
		if (sum > best) {
			best = sum;
			best_lo = c >= WRAP_BAND_MIN + WRAP_BAND ? c - WRAP_BAND
								 : WRAP_BAND_MIN;
		}
	}
	if (best * 3 < nwrapped * 2)
		return 0;
	size_t width = best_lo;
	for (size_t c = best_lo; c <= best_lo + WRAP_BAND; c++)
		if (wrapped[c])
			width = c;
	/* Only an unbreakable word (a URL) may stick out past the width.
	 * Every line's width is needed from here on: measured now. */
	size_t nwide = 0;
	for (size_t k = 0; k < nl; k++) {
		if (lv[k].blank)
			continue;
		line_measure(s, &lv[k]);
		size_t n;
		lv[k].ends_alnum = uchar_is_alnum(decode_before(s, lv[k].body, lv[k].content_end, &n));
		/* widths past WRAP_WIDTH_MAX count as one past it */
		size_t c = lv[k].cols <= WRAP_WIDTH_MAX ? lv[k].cols : WRAP_WIDTH_MAX + 1;
		nwide += c > width + WRAP_OVERHANG;
	}
	if (nwide * 10 > nlines)
		return 0;
	return width;
}

/* Puts the line cursor on line k (k < o->nlines). */
static inline void seg_line_at(struct seg_out *o, size_t k)
{
	o->line_no = k;
	o->line_end = k + 1 < o->nlines ? o->lines[k].end : SIZE_MAX;
}

/* Records [a, b) without its surrounding white space, if anything is left. */
static inline __attribute__((always_inline)) void sentence_emit(struct seg_out *o, size_t a, size_t b)
{
	const uint8_t *s = o->s;
	a = skip_space(s, a, b);
	while (b > a) {
		size_t n;
		if (!is_space(decode_before(s, a, b, &n)))
			break;
		b -= n;
	}
	if (a >= b)
		return;
	/* sentences come in text order: the line cursor only moves on */
	while (o->line_end < a)
		seg_line_at(o, o->line_no + 1);
	/* the paragraph's first sentence takes the next index: no branch,
	 * the first-or-not pattern is hard to predict */
	o->npara += !o->para_emitted;
	o->para_emitted = true;
	o->v = xgrow(o->v, &o->cap, o->n + 1, sizeof *o->v);
	o->v[o->n++] = (struct seg_sentence){
		.start = a,
		.end = b,
		.paragraph = o->npara - 1,
		.line = o->line_no,
	};
}

static const char *abbr_word(size_t i)
{
	return segment_abbrs[i].word;
}

static const char *starter_word(size_t i)
{
	return segment_starters[i];
}

_Static_assert(CC_ARRAY_LEN(segment_abbrs) <= 128 && CC_ARRAY_LEN(segment_starters) <= 128,
	       "struct table_index holds at most 128 entries");

/* The bucket of a first byte: its ASCII case-folded letter, or for any
 * other byte the last bucket (shared with 'z'). Bytes that fold to the
 * same value share a bucket, so a word's bucket holds every entry whose
 * folded first byte can equal the word's; lookups still compare in full. */
static size_t bucket_of(uint8_t c)
{
	uint8_t f = c | 0x20;
	return f >= 'a' && f <= 'z' ? (size_t)(f - 'a') : TABLE_BUCKETS - 1;
}

/* A length's bit in struct table_index's lens. */
static uint64_t len_bit(size_t n)
{
	return (uint64_t)1 << (n < 63 ? n : 63);
}

/* A counting sort by bucket: entries keep their table order inside a
 * bucket, so the first match is the one a scan of the table finds. */
static void index_build(struct table_index *x, size_t n, const char *(*word)(size_t))
{
	uint8_t count[TABLE_BUCKETS] = { 0 }, bucket[128];
	uint8_t maxlen = 0;
	for (size_t i = 0; i < n; i++) {
		const char *w = word(i);
		uint8_t l = 0;
		while (w[l]) /* every entry is a short word: no strlen call */
			l++;
		x->len[i] = l;
		maxlen = l > maxlen ? l : maxlen;
		bucket[i] = (uint8_t)bucket_of((uint8_t)w[0]);
		x->lens[bucket[i]] |= len_bit(l);
		count[bucket[i]]++;
	}
	x->maxlen = maxlen;
	uint8_t at = 0;
	for (size_t b = 0; b < TABLE_BUCKETS; b++) {
		x->first[b] = at;
		at = (uint8_t)(at + count[b]);
	}
	x->first[TABLE_BUCKETS] = at;
	uint8_t fill[TABLE_BUCKETS];
	memcpy(fill, x->first, sizeof fill);
	for (size_t i = 0; i < n; i++)
		x->ids[fill[bucket[i]]++] = (uint8_t)i;
}

static struct seg_tables seg_tables;

static void seg_tables_init(void)
{
	index_build(&seg_tables.abbrs, CC_ARRAY_LEN(segment_abbrs), abbr_word);
	index_build(&seg_tables.starters, CC_ARRAY_LEN(segment_starters), starter_word);
}

static cc_once_flag seg_tables_once = CC_ONCE_INIT;

/* The tables, built on the process's first lookup; a document asks
 * cc_once at most once. */
static const struct seg_tables *seg_index(struct seg_out *o)
{
	if (!o->tables) {
		cc_once(&seg_tables_once, seg_tables_init);
		o->tables = &seg_tables;
	}
	return o->tables;
}

static enum abbr_kind abbr_lookup(struct seg_out *o, const uint8_t *w, size_t n)
{
	const struct table_index *x = &seg_index(o)->abbrs;
	/* most words before a full stop are longer than every abbreviation */
	if (n == 0 || n > x->maxlen)
		return ABBR_NONE;
	int has_lower = -1; /* not yet looked at */
	size_t b = bucket_of(w[0]);
	/* no entry of this length starts with this letter: most words */
	if (!(x->lens[b] & len_bit(n)))
		return ABBR_NONE;
	for (size_t k = x->first[b]; k < x->first[b + 1]; k++) {
		size_t a = x->ids[k];
		/* the length and the first letter, case aside, before anything
		 * costlier */
		if (x->len[a] != n)
			continue;
		const char *e = segment_abbrs[a].word;
		if ((e[0] | 0x20) != (w[0] | 0x20))
			continue;
		/* (first letters of another case: no exact match, only the
		 * capitals' test below) */
		if (e[0] == w[0] && memcmp(w, e, n) == 0)
			return segment_abbrs[a].kind;
		if (has_lower < 0) {
			has_lower = 0;
			for (size_t i = 0; i < n; i++)
				if (w[i] >= 'a' && w[i] <= 'z')
					has_lower = 1;
		}
		if (!has_lower && ascii_ieqn((const char *)w, e, n))
			return segment_abbrs[a].kind;
	}
	return ABBR_NONE;
}

/* Letters of one or two characters joined by full stops ("U.S", "Ph.D",
 * "N.Y"): an abbreviation even when not listed. Domain names fail the
 * length test ("example.com"). */
static bool is_dotted(const uint8_t *w, size_t n)
{
	/* Three ASCII letters first (most words): a segment too long, as the
	 * loop would find at its third character. */
	if (n >= 3) {
		unsigned l3 = ((uint8_t)((w[0] | 0x20) - 'a') < 26) &
			      ((uint8_t)((w[1] | 0x20) - 'a') < 26) &
			      ((uint8_t)((w[2] | 0x20) - 'a') < 26);
		if (l3)
			return false;
	}
	size_t seg = 0, nseg = 0;
	for (size_t i = 0; i < n;) {
		size_t k;
		ucs4_t uc = decode_at(w, n, i, &k);
		if (uc == '.') {
			if (seg == 0)
				return false;
			seg = 0;
			nseg++;
		} else if (uchar_is_alpha(uc)) {
			if (++seg > 2)
				return false;
		} else {
			return false;
		}
		i += k;
	}
	return seg > 0 && nseg > 0;
}

static enum abbr_kind word_classify(struct seg_out *o, const uint8_t *w, size_t n)
{
	size_t k;
	ucs4_t uc = decode_at(w, n, 0, &k);
	if (k == n && uchar_is_alpha(uc))
		return ABBR_MAY_END; /* an initial: "W." in "George W. Bush" */
	enum abbr_kind kind = abbr_lookup(o, w, n);
	if (kind != ABBR_NONE)
		return kind;
	return is_dotted(w, n) ? ABBR_MAY_END : ABBR_NONE;
}

static bool is_starter(struct seg_out *o, const uint8_t *s, size_t i, size_t end)
{
	size_t j = i;
	while (j < end && j - i <= STARTER_MAX) {
		size_t n;
		if (!uchar_is_alpha(decode_at(s, end, j, &n)))
			break;
		j += n;
	}
	if (j == i || j - i > STARTER_MAX || (j < end && s[j] == '.'))
		return false;
	const struct table_index *x = &seg_index(o)->starters;
	size_t b = bucket_of(s[i]);
	if (!(x->lens[b] & len_bit(j - i)))
		return false;
	for (size_t k = x->first[b]; k < x->first[b + 1]; k++) {
		size_t a = x->ids[k];
		if (x->len[a] == j - i && memcmp(s + i, segment_starters[a], j - i) == 0)
			return true;
	}
	return false;
}

/* A closing quote or bracket set off by spaces after the terminal
 * ("all night. \"" in re-spaced text) belongs to the sentence it closes.
 * Returns the end of such a token after i, or i. Initial quotes are not
 * taken: set off by spaces, "“" opens the next sentence. */
static size_t detached_closer_skip(const uint8_t *s, size_t i, size_t end)
{
	size_t n;
	if (i >= end || !is_space(decode_at(s, end, i, &n)))
		return i;
	size_t m = skip_space(s, i, end), q = m;
	while (q < end) {
		ucs4_t uc = decode_at(s, end, q, &n);
		if (!is_close_quote(uc))
			break;
		q += n;
	}
	if (q == m || (q < end && !is_space(decode_at(s, end, q, &n))))
		return i;
	return q;
}

/* What the scanner knows about a run of sentence punctuation. */
struct punct_run {
	size_t start;       /* first terminal */
	size_t end;         /* after the last terminal or closer */
	size_t sent;        /* where the sentence began */
	size_t floor;       /* the token cannot start before this: the sentence
			     * start or just past non-ASCII white space */
	bool single_dot;    /* exactly one '.' and no other terminal */
	bool wide;          /* has a CJK terminal: no space needed after it */
	bool closed;        /* closers follow the terminals */
	bool heading;       /* inside a heading or dateline line */
};

/* Where the token that ends at `end` starts: just past the last ASCII
 * white space before `end`, or `floor`. With SSE2 sixteen bytes a step
 * back, while they lie inside the text (at or after s[0]): the bytes
 * before `floor` are read but masked off. */
static size_t token_back(const uint8_t *s, size_t floor, size_t end)
{
	size_t i = end;
#ifdef SEG_SSE2
	const __m128i vsp = _mm_set1_epi8(' '), vtab = _mm_set1_epi8('\t'), v4 = _mm_set1_epi8(4);
	while (i > floor && i >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i - 16));
		/* b - '\t' <= 4 unsigned: '\t' to '\r' */
		__m128i d = _mm_sub_epi8(v, vtab);
		__m128i m = _mm_or_si128(_mm_cmpeq_epi8(v, vsp),
					 _mm_cmpeq_epi8(_mm_min_epu8(d, v4), d));
		unsigned bits = (unsigned)_mm_movemask_epi8(m);
		/* bit k is s[i - 16 + k]; positions before floor do not count */
		if (i - floor < 16)
			bits &= ~((1u << (16 - (i - floor))) - 1u);
		if (bits)
			return i - 16 + (size_t)(32 - __builtin_clz(bits));
		i = i - floor < 16 ? floor : i - 16;
	}
#endif
	while (i > floor && !is_ascii_space(s[i - 1]))
		i--;
	return i;
}

static bool dot_ends_sentence(struct seg_out *o, size_t pe, const struct punct_run *r,
			      size_t w, ucs4_t first);

/* Whether the sentence ends after the run r inside the paragraph that
 * ends at pe. */
static bool run_ends_sentence(struct seg_out *o, size_t pe,
			      const struct punct_run *r)
{
	const uint8_t *s = o->s;
	if (r->end >= pe)
		return false; /* the paragraph end closes it anyway */
	size_t n;
	ucs4_t next = decode_at(s, pe, r->end, &n);
	if (r->wide) {
		size_t pn;
		/* Full-width decimals ("３．５") are not ends. */
		if (r->start > 0 && is_digit(next) &&
		    is_digit(decode_before(s, 0, r->start, &pn)))
			return false;
		/* Japanese quotes end inside ("「はい。」と言った"): the
		 * sentence goes on when hiragana follows the closer. */
		if (r->closed &&
		    uc_is_script(next, uc_script_byname("Hiragana")))
			return false;
		return true;
	}
	if (!is_space(next))
		return false; /* 3.5, example.com, U.S.-based, "?!" inside */
	size_t m = skip_space(s, r->end, pe);
	if (m >= pe)
		return false;
	/* A spaced ellipsis ". . ." decides at its last dot. */
	if (is_terminal(decode_at(s, pe, m, &n)))
		return false;
	size_t w = skip_openers(s, m, pe);
	if (w >= pe)
		return false; /* a stray quote at the end stays with the text */
	ucs4_t first = decode_at(s, pe, w, &n);
	if (uchar_is_lowercase(first))
		return false;
	/* "1. 28" and "+0. 26%" are decimals that lost their digits' spacing
	 * (re-spaced tokenised text); a sentence rarely ends in a number
	 * right before one that starts with a number. */
	size_t pn;
	if (is_digit(first) && r->start > 0 &&
	    is_digit(decode_before(s, 0, r->start, &pn)))
		return false;
	if (!r->single_dot)
		return true;
	/* "HALDEN SPRINGS, Calif. — The fire": a dash set off by white space
	 * after a short capitalised word and its full stop is a dateline's
	 * dash, the word a state's or a country's abbreviation, no sentence
	 * end (no one ends a sentence and opens the next with a dash) */
	if ((first == 0x2014 || first == 0x2013 || first == '-') && w + n < pe) {
		size_t n2;
		size_t token = skip_openers(s, token_back(s, r->floor, r->start), r->start);
		size_t len = r->start - token;
		bool abbrev = len >= 2 && len <= 6 && s[token] >= 'A' && s[token] <= 'Z';
		for (size_t k = token + 1; abbrev && k < r->start; k++)
			abbrev = (s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z') || s[k] == '.';
		if (abbrev && is_space(decode_at(s, pe, w + n, &n2)))
			return false;
	}
	return dot_ends_sentence(o, pe, r, w, first);
}

/* The rest of run_ends_sentence for a run of one full stop followed by
 * white space and then, at w, the character `first`, which is neither
 * lower case nor a digit after a digit: the word before the stop decides. */
static bool dot_ends_sentence(struct seg_out *o, size_t pe, const struct punct_run *r,
			      size_t w, ucs4_t first)
{
	const uint8_t *s = o->s;
	/* The token the run ends runs back to white space: ASCII white space
	 * is looked for here, later non-ASCII white space set the floor. Reached
	 * once per token at most (white space follows), so looking back and
	 * skipping the token's opening quotes here keeps the scan linear. */
	size_t token = token_back(s, r->floor, r->start);
	size_t ws = skip_openers(s, token, r->start);
	if (ws >= r->start)
		return true;
	const uint8_t *word = s + ws;
	size_t wlen = r->start - ws;
	switch (word_classify(o, word, wlen)) {
	case ABBR_NEVER_ENDS:
		return false;
	case ABBR_BEFORE_NUMBER:
		return !is_digit(first);
	case ABBR_MAY_END:
		/* Headings capitalise every word, so "U.S. To Ban" says
		 * nothing about a sentence end. */
		return !r->heading && is_starter(o, s, w, pe);
	case ABBR_NONE:
		break;
	}
	/* A list number opening the sentence ("1. Preheat"): only white space
	 * before its token. */
	if (wlen <= LIST_NUMBER_MAX && skip_space(s, r->sent, token) >= token) {
		size_t i = 0;
		while (i < wlen && word[i] >= '0' && word[i] <= '9')
			i++;
		if (i == wlen)
			return false;
	}
	return true;
}

/* Where the scan must look next at or after i (or pe): '.', '!', '?'
 * (sentence punctuation) or a byte of a non-ASCII character (white space,
 * a terminal, or neither). Everything else is ASCII that neither ends a
 * sentence nor separates tokens in a way the scan needs to see. `len` is
 * the text's length: a step may look at bytes up to it, never further. */
#ifdef SEG_SSE2
/* The stops among the 16 bytes at p, a bit each (bit k: p[k]); the top bit
 * of a byte marks a non-ASCII one. */
static inline uint32_t stop_bits16(const uint8_t *p)
{
	const __m128i vdot = _mm_set1_epi8('.'), vbang = _mm_set1_epi8('!'), vask = _mm_set1_epi8('?');
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, vdot), _mm_cmpeq_epi8(v, vbang)),
				 _mm_or_si128(_mm_cmpeq_epi8(v, vask), v));
	return (uint32_t)_mm_movemask_epi8(m);
}

/* The same for the 32 bytes at p. */
static inline uint32_t stop_bits32(const uint8_t *p)
{
	return stop_bits16(p) | stop_bits16(p + 16) << 16;
}
#endif

static size_t next_stop(const uint8_t *s, size_t i, size_t pe, size_t len)
{
#ifdef SEG_SSE2
	/* thirty-two bytes a step */
	while (i + 32 <= pe) {
		uint32_t bits = stop_bits32(s + i);
		if (bits)
			return i + (size_t)__builtin_ctz(bits);
		i += 32;
	}
	/* The paragraph's last (fewer than thirty-two) bytes in one such step
	 * when the text goes on for thirty-two: the bytes read past pe (never
	 * past len) are masked off, and no branch asks whether a stop was
	 * found (bit 32 stands for none: i + 32, at or past pe). */
	if (i + 32 <= len) {
		uint64_t bits = stop_bits32(s + i);
		bits &= (UINT64_C(1) << (pe - i)) - 1;
		size_t at = i + (size_t)__builtin_ctzll(bits | UINT64_C(1) << 32);
		return at < pe ? at : pe;
	}
	if (i + 16 <= pe) {
		uint32_t bits = stop_bits16(s + i);
		if (bits)
			return i + (size_t)__builtin_ctz(bits);
		i += 16;
	}
	/* The paragraph's last bytes in one step when the text goes on for
	 * sixteen: the bytes read past pe (never past len) are masked off. */
	if (i < pe && i + 16 <= len) {
		uint32_t bits = stop_bits16(s + i) & ((1u << (pe - i)) - 1u);
		return bits ? i + (size_t)__builtin_ctz(bits) : pe;
	}
#else
	(void)len;
#endif
	const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
	while (i + 8 <= pe) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		/* a zero byte in w ^ c is a byte equal to c; no byte below the
		 * first such byte is flagged, so the lowest flag is exact */
		uint64_t dot = w ^ ('.' * ones), bang = w ^ ('!' * ones), ask = w ^ ('?' * ones);
		uint64_t m = (w | ((dot - ones) & ~dot) | ((bang - ones) & ~bang) |
			      ((ask - ones) & ~ask)) & high;
		if (m) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
			return i + (size_t)(__builtin_ctzll(m) >> 3);
#else
			break;
#endif
		}
		i += 8;
	}
	while (i < pe && s[i] < 0x80 && s[i] != '.' && s[i] != '!' && s[i] != '?')
		i++;
	return i;
}

/* Whether the n bytes before i are ASCII letters, all at or after floor.
 * Before a full stop, white space and a capital, a word of more letters
 * than the longest abbreviation ends the sentence: it is no abbreviation,
 * initial, dotted form ("U.S") or list number, so dot_ends_sentence says
 * yes without looking back for the token (the commonest sentence end). */
static inline bool letters_before(const uint8_t *s, size_t floor, size_t i, size_t n)
{
	if (i < floor + n || n > 8)
		return false;
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (i >= 8) {
		/* the eight bytes before i as one word, each byte's answer in
		 * its top bit (no sum carries into the next byte): a letter,
		 * folded to lower case, is 0x61..0x7A with the top bit clear */
		const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
		uint64_t w;
		memcpy(&w, s + i - 8, 8);
		uint64_t x = (w | 0x20 * ones) & ~high;
		uint64_t bad = (w | ((x + (0x80 - 'a') * ones) ^ high) | (x + (0x80 - 'z' - 1) * ones)) & high;
		/* only the last n bytes count (n >= 1: the shift is below 64) */
		return !(bad >> (8 * (8 - n)));
	}
#endif
	for (size_t k = i - n; k < i; k++)
		if ((uint8_t)((s[k] | 0x20) - 'a') >= 26)
			return false;
	return true;
}

/* Splits the paragraph [ps, pe) into sentences; `heading` when it is one
 * line without terminal punctuation. The scan stops only at sentence
 * punctuation and non-ASCII characters; the token a punctuation run ends
 * is found from there by looking back to the white space before it (or to
 * where the sentence began). Each character is looked at a bounded number
 * of times: the look-ahead after a run stops at the next word, which is
 * scanned again only once. */
static void paragraph_split(struct seg_out *o, size_t ps, size_t pe,
			    bool heading)
{
	const uint8_t *s = o->s;
	size_t sent = ps, i = ps;
	size_t ws_end = ps; /* just past the last non-ASCII white space seen */
	const size_t longest_abbr = seg_index(o)->abbrs.maxlen;
	o->para_emitted = false;
	for (;;) {
		i = next_stop(s, i, pe, o->len);
		if (i >= pe)
			break;
		/* The commonest runs that end nothing, answered as the run and
		 * run_ends_sentence below would answer them: one ASCII terminal
		 * inside a token ("3.5", "example.com") or before one space and a
		 * lower-case letter. */
		if (s[i] < 0x80 && i + 1 < pe) {
			uint8_t c1 = s[i + 1];
			/* After an ASCII terminal, any ASCII byte but white space,
			 * a terminal or a closer ends the run, and then nothing
			 * ends ("3.5", "example.com", "Inc.,", "U.S.-based"); so
			 * does a space before a lower-case letter. */
			if ((c1 < 0x80 && !ascii_in(RUN_OR_SPACE_LO, RUN_OR_SPACE_HI, c1)) ||
			    (c1 == ' ' && i + 2 < pe && s[i + 2] >= 'a' && s[i + 2] <= 'z')) {
				i++;
				continue;
			}
			/* The commonest sentence end, one full stop, one space,
			 * perhaps an opening quote ('"', '\'', U+201C, U+2018) and
			 * an ASCII capital ("over. The", "said. \u201cWe"), with
			 * what the general steps below would find: the run is the
			 * stop alone (nothing closes it), and the word before it
			 * decides. */
			if (s[i] == '.' && c1 == ' ' && i + 2 < pe) {
				size_t w = i + 2;
				if (s[w] == '"' || s[w] == '\'')
					w++;
				else if (s[w] == 0xE2 && pe - w > 2 && s[w + 1] == 0x80 &&
					 (s[w + 2] == 0x9C || s[w + 2] == 0x98))
					w += 3;
				if (w < pe && (uint8_t)(s[w] - 'A') < 26) {
					struct punct_run r = {
						.start = i,
						.end = i + 1,
						.sent = sent,
						.floor = sent > ws_end ? sent : ws_end,
						.single_dot = true,
						.heading = heading,
					};
					if (letters_before(s, r.floor, i, longest_abbr + 1) ||
					    dot_ends_sentence(o, pe, &r, w, s[w])) {
						sentence_emit(o, sent, i + 1);
						sent = i + 1;
					}
					i++;
					continue;
				}
			}
			/* A terminal that only closers follow to the paragraph's
			 * end ('."', '.\u201d'): the run reaches the end, which
			 * closes the sentence */
			if ((i + 2 == pe && c1 < 0x80 && !is_ascii_space(c1)) ||
			    (i + 4 == pe && c1 == 0xE2 && s[i + 2] == 0x80 &&
			     (s[i + 3] == 0x9D || s[i + 3] == 0x99)))
				break;
		} else if (s[i] < 0x80) {
			/* ASCII punctuation ending the paragraph: its end closes
			 * the sentence (run_ends_sentence would say no split) */
			break;
		}
		if (s[i] >= 0x80) {
			/* U+2010-U+2025 (dashes, quotes, bullets, leaders; E2 80
			 * 90-A5), the commonest non-ASCII characters of news
			 * text, are neither white space nor terminals: the unit
			 * test test_segment holds this to libunistring. */
			if (s[i] == 0xE2 && i + 2 < pe && s[i + 1] == 0x80 &&
			    (uint8_t)(s[i + 2] - 0x90) < 0x16) {
				i += 3;
				continue;
			}
			size_t n;
			ucs4_t uc = decode_at(s, pe, i, &n);
			if (is_space(uc)) {
				i += n;
				ws_end = i;
				continue;
			}
			if (!is_terminal(uc)) {
				i += n;
				continue;
			}
		}
		struct punct_run r = {
			.start = i,
			.sent = sent,
			.floor = sent > ws_end ? sent : ws_end,
			.heading = heading,
		};
		size_t nterm = 0, ndot = 0;
		size_t j = i;
		while (j < pe) {
			size_t k;
			ucs4_t c = decode_at(s, pe, j, &k);
			if (is_terminal(c)) {
				nterm++;
				ndot += c == '.';
				if (c >= 0x80 && uc_width(c, "UTF-8") == 2)
					r.wide = true;
			} else if (is_closer(c)) {
				r.closed = true;
			} else {
				break;
			}
			j += k;
		}
		r.end = detached_closer_skip(s, j, pe);
		r.closed = r.closed || r.end != j;
		r.single_dot = nterm == 1 && ndot == 1;
		if (run_ends_sentence(o, pe, &r)) {
			sentence_emit(o, sent, r.end);
			sent = r.end;
		}
		i = r.end;
	}
	sentence_emit(o, sent, pe);
}

/* (a line is no wider than its bytes, so a short one need not be measured;
 * a longer one shape_detect left unmeasured is measured here, each asked
 * once) */
static bool is_heading(const uint8_t *s, const struct line_info *li)
{
	if (li->terminated)
		return false;
	if (li->cols != COLS_UNMEASURED)
		return li->cols <= HEADING_COLS_MAX;
	return li->content_end - li->start <= HEADING_COLS_MAX ||
	       line_cols(s, li->start, li->content_end) <= HEADING_COLS_MAX;
}

/* One paragraph per non-blank line. */
static void lines_segment(struct seg_out *o, const struct line_info *lines, size_t nlines)
{
	for (size_t k = 0; k < nlines; k++) {
		const struct line_info *li = &lines[k];
		if (li->blank)
			continue;
		/* every sentence of this paragraph starts on line k: where the
		 * line cursor of sentence_emit would walk to */
		seg_line_at(o, k);
		paragraph_split(o, li->body, li->content_end, is_heading(o->s, li));
	}
}

/* Hard-wrapped text: lines join until a blank line, a bullet, a short
 * line (a wrapped line is never short), a heading, or an indented line
 * after a finished sentence. */
static void wrapped_segment(struct seg_out *o, size_t width, const struct line_info *lines,
			    size_t nlines)
{
	struct line_info li, prev = { 0 };
	bool open = false, open_bullet = false, open_heading = false;
	size_t ps = 0, pe = 0;
	for (size_t k = 0; k < nlines; k++) {
		li = lines[k];
		if (li.blank) {
			if (open)
				paragraph_split(o, ps, pe, open_heading);
			open = false;
		} else {
			bool prev_short = prev.cols + SHORT_LINE_SLACK < width;
			bool is_short = li.cols + SHORT_LINE_SLACK < width;
			bool heading = is_short && li.ends_alnum &&
				       !li.terminated && prev.terminated;
			bool indented = li.indent > prev.indent &&
					prev.terminated && !open_bullet;
			if (open && !li.bullet && !prev_short && !heading &&
			    !indented) {
				pe = li.content_end;
				open_heading = false;
			} else {
				if (open)
					paragraph_split(o, ps, pe, open_heading);
				open = true;
				open_bullet = li.bullet;
				open_heading = is_heading(o->s, &li);
				ps = li.body;
				pe = li.content_end;
			}
		}
		prev = li;
		if (li.end >= o->len)
			break;
	}
	if (open)
		paragraph_split(o, ps, pe, open_heading);
}

size_t segment_text_lines(const char *text, size_t len, const size_t *ends, size_t nends,
			  struct seg_sentence **out)
{
	*out = NULL;
	if (!text || len == 0)
		return 0;
	struct seg_out o = { .s = (const uint8_t *)text, .len = len };
	struct line_info *lines;
	size_t nlines;
	size_t width = shape_detect(o.s, len, ends, ends ? nends : 0, &lines, &nlines);
	o.lines = lines;
	o.nlines = nlines;
	seg_line_at(&o, 0);
	/* room for sentences of 64 bytes on average: one allocation for most
	 * texts */
	o.v = xgrow(NULL, &o.cap, len / 64 + 16, sizeof *o.v);
	if (width)
		wrapped_segment(&o, width, lines, nlines);
	else
		lines_segment(&o, lines, nlines);
	free(lines);
	if (o.n == 0) {
		free(o.v);
		o.v = NULL;
	}
	*out = o.v;
	return o.n;
}

size_t segment_text(const char *text, size_t len, struct seg_sentence **out)
{
	return segment_text_lines(text, len, NULL, 0, out);
}
