/* extract: sentences -> mentions (dates, quantities, entities, events,
 * quotes) -> claims. Pure: no I/O, no printing, no store.
 *
 * Per sentence: tokens; dates (temporal.c) and quantities (quantity.c)
 * first, so that their tokens are not read again; then entities (lexicon
 * aliases, titled names, capitalised chunks folded by rule), event triggers
 * (lexicon, by stem) with negation and modality from the words before them,
 * and attribution. Then ties: each slot to the nearest event in its clause
 * (a word to the left beats one to the right; a date in a reported clause
 * with a verb of its own never to the verb of saying), each event to the nearest
 * entity before it (not across a ';': another list item's), or the
 * article's main organisation.
 */
#include "config.h"

#include "extract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quantity.h"
#include "token.h"
#include "util.h"

/* SSE2 (every x86-64) turns sixteen tokens' marks into mask bits a step
 * (sent_masks); elsewhere, or built with CC_NO_SIMD, eight a step by
 * multiplies. */
#if defined(__SSE2__) && !defined(CC_NO_SIMD)
#define EXTRACT_SSE2 1
#include <emmintrin.h>
#endif

/* The document's mentions by type, as tie lists each sentence's (in text
 * order of sentences, each sentence's in mention order): the entities and
 * quotes (names: link_surnames, pick_main_entity) and the dates
 * (mark_elsewhen), so that the passes over the whole document visit those
 * alone. The entities a sentence's ties make (noun_subject's, unit "noun",
 * which those passes pass over) are not listed. */
struct doc_lists {
	uint32_t *names, *dates;
	size_t nnames, ndates, capnames, capdates;
	/* the occurrence noun ("wildfire") an "It" that opens sentence occ_at
	 * stands for (note_occurrence); the sentence before the one being
	 * read, its tokens and index */
	char occ[24];
	size_t occ_at;
	const struct token *prev_t;
	size_t prev_n, prev_at;
	/* the sentences that open with "It", "They", "That" or "Those", in
	 * order: one that follows background goes on with it (mark_elsewhen) */
	uint32_t *pron;
	size_t npron, cappron;
	/* the scans of the whole text written_lower made (bounded a
	 * document, so that text of many such openings stays linear) */
	unsigned lower_scans;
};

struct sent {
	const struct lexicon *lx;
	const char *text;
	size_t text_len; /* the document's bytes */
	struct token *t;
	size_t n;
	size_t index;     /* sentence index */
	size_t first;     /* first mention of this sentence in x->mentions */
	unsigned char *covered;
	struct extraction *x;
	struct proper_set *proper;
	struct buf *scratch; /* fold_name's, reused for every name of the document */
	struct doc_lists *lists; /* tie appends the sentence's to them */
	/* the tokens each finder must look at, one bit a token (sent_masks):
	 * all others it would pass over at once */
	const uint64_t *ent, *ev, *said;
	const uint64_t *open; /* tokens clause_opener may say yes to */
	const uint64_t *punct; /* punctuation tokens */
	/* the entity mention that starts at each token (ent_a) and the one
	 * that ends at it (ent_b), as 1 + its index (0: none), the first
	 * added where two do, set as entities are added (entity_mark):
	 * entity_starting_at and entity_ending_at read them instead of
	 * looking through the mentions. n + 1 entries (the last 0). */
	uint32_t *ent_a, *ent_b;
	/* each mention's first and last token (token_at of its start and of
	 * its end - 1), indexed by the mention's index in x->mentions, set
	 * once as the mention is made (cover_new for dates and quantities,
	 * entity_mark, find_events, find_attribution): mention_first and
	 * mention_last read them instead of searching the tokens again for
	 * every question a tie asks. Valid for this sentence's mentions
	 * only (token indices are the sentence's). */
	struct tok_spans *spans;
	bool headline; /* title_case: capitals mark no names here */
	bool title_maybe; /* half its words capitalised or more: title_case may say so */
};

/* The next set bit at or after i in a mask of n bits (n when none). */
static inline size_t next_bit(const uint64_t *m, size_t i, size_t n)
{
	if (i >= n)
		return n;
	size_t w = i >> 6, nw = (n + 63) >> 6;
	uint64_t x = m[w] & (~0ULL << (i & 63));
	while (!x) {
		if (++w >= nw)
			return n;
		x = m[w];
	}
	size_t k = (w << 6) + (size_t)__builtin_ctzll(x);
	return k < n ? k : n;
}

static inline void bit_set(uint64_t *m, size_t i)
{
	m[i >> 6] |= 1ULL << (i & 63);
}

static inline bool bit_get(const uint64_t *m, size_t i)
{
	return (m[i >> 6] >> (i & 63)) & 1;
}

/* The last set bit before i in a mask (SIZE_MAX when none). */
static inline size_t prev_bit(const uint64_t *m, size_t i)
{
	while (i > 0) {
		size_t w = (i - 1) >> 6;
		uint64_t x = m[w] & (~0ULL >> (63 - ((i - 1) & 63)));
		if (x)
			return (w << 6) + 63 - (size_t)__builtin_clzll(x);
		i = w << 6;
	}
	return SIZE_MAX;
}

/* Words seen capitalised away from a sentence start: a sentence-initial
 * capital is a name only if the article also writes it so mid-sentence.
 * A set of the words' hashes (word_hash; open addressing, 0 marks an empty
 * slot). */
struct proper_set {
	uint64_t *h;
	uint8_t *count; /* how often each word is seen so (at most 255) */
	size_t n, nslots;
	const char *text; /* the document's text, which the words are in */
};

/* A 64-bit hash of the word s[0, n), s inside text (never 0): eight bytes
 * a step, the last (up to) eight in one load ending at the word's end when
 * that stays inside the text, each step a multiply, and a final mix so
 * that the low bits (the set's slot) depend on every byte. */
static inline uint64_t word_hash(const char *text, const char *s, size_t n)
{
	const uint64_t k = 0x9E3779B97F4A7C15ULL;
	uint64_t h = n * k, w;
	size_t i = 0;
	for (; n - i > 8; i += 8) {
		memcpy(&w, s + i, 8);
		h = (h ^ w) * k;
		h ^= h >> 29;
	}
	size_t r = n - i; /* 0 only for an empty word */
	w = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (r && (size_t)(s - text) + n >= 8) {
		memcpy(&w, s + n - 8, 8);
		w >>= 8 * (8 - r);
	} else
#endif
		memcpy(&w, s + i, r);
	h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
	h ^= h >> 32;
	h *= k;
	h ^= h >> 29;
	return h | 1;
}

static void proper_add(struct proper_set *p, uint64_t h)
{
	if ((p->n + 1) * 2 > p->nslots) {
		size_t ns = p->nslots ? p->nslots * 2 : 256;
		uint64_t *nh = xcalloc(ns, sizeof *nh);
		uint8_t *nc = xcalloc(ns, sizeof *nc);
		for (size_t i = 0; i < p->nslots; i++) {
			if (!p->h[i])
				continue;
			size_t k = (size_t)p->h[i] & (ns - 1);
			while (nh[k])
				k = (k + 1) & (ns - 1);
			nh[k] = p->h[i];
			nc[k] = p->count[i];
		}
		free(p->h);
		free(p->count);
		p->h = nh;
		p->count = nc;
		p->nslots = ns;
	}
	size_t k = (size_t)h & (p->nslots - 1);
	while (p->h[k] && p->h[k] != h)
		k = (k + 1) & (p->nslots - 1);
	if (!p->h[k]) {
		p->h[k] = h;
		p->n++;
	}
	p->count[k] += p->count[k] < 255;
}

/* How often the word s[0, n) is seen capitalised away from a sentence's
 * start (0: never). */
static unsigned proper_count(const struct proper_set *p, const char *s, size_t n)
{
	if (!p->n)
		return 0;
	uint64_t h = word_hash(p->text, s, n);
	for (size_t k = (size_t)h & (p->nslots - 1); p->h[k]; k = (k + 1) & (p->nslots - 1))
		if (p->h[k] == h)
			return p->count[k];
	return 0;
}

static bool proper_has(const struct proper_set *p, const char *s, size_t n)
{
	return proper_count(p, s, n) > 0;
}

/* s equals the literal lit: the first byte answers most calls inline. */
#define streq(s, lit) ((s)[0] == (lit)[0] && strcmp((s), (lit)) == 0)

/* The char array f (a mention's value or unit) holds the literal lit: lit's
 * bytes and its NUL compared as one memcmp of constant size, which the
 * compiler does inline with a few loads; f must be at least as long as lit
 * (checked when compiled). */
#define field_is(f, lit)                                                          \
	((void)sizeof(char[sizeof(f) >= sizeof(lit) ? 1 : -1]),                  \
	 memcmp((f), (lit), sizeof(lit)) == 0)

/* False when the token is keyed and no cue of the kinds in `bits` starts
 * with it: the lexicon_cue_at calls for those kinds would all answer 0. */
static inline bool may_cue(const struct token *t, uint32_t bits)
{
	return !(t->flags & TF_KEYED) || (t->cues & bits);
}

static inline bool is_cap_word(const struct token *t)
{
	return (t->kind == TK_WORD) & ((t->flags & TF_CAP) != 0);
}

static inline bool is_verb_filler(const struct sent *s, const struct token *t);
static bool is_preposition(const struct sent *s, const struct token *t);
static bool past_form(const char *text, const struct token *t);
static bool is_quote_mark(const char *text, const struct token *t);
static bool is_determiner(const struct sent *s, const struct token *t);
static bool is_clause_break(const char *text, const struct token *t);
static size_t token_last(const struct sent *s, const struct mention *m);
static inline int32_t entity_ending_at(const struct sent *s, size_t tok);
static inline int32_t entity_starting_at(const struct sent *s, size_t tok);
static bool is_possessive(const char *text, const struct token *t);
static bool sets_apart(const char *text, const struct token *t);
static void find_measure(struct sent *s, struct mention *m);
static void headline_units(struct extraction *x, const size_t *first, size_t nsents);
static size_t dateline_lead(const struct sent *s, size_t trig);
static size_t token_at(const struct sent *s, size_t byte);
static inline size_t mention_first(const struct sent *s, const struct mention *m);
static inline size_t tok_first(const struct sent *s, size_t m);
static inline size_t tok_last(const struct sent *s, size_t m);
static void tie_age(struct sent *s, struct mention *age, size_t mt, size_t mt_end);
static int32_t vote_owner(const struct sent *s, size_t mt);
static bool in_aside(const struct sent *s, size_t f, size_t l, size_t end);
static bool clause_between(const struct sent *s, size_t a, size_t b);
static bool vote_margin(const struct sent *s, size_t mt);
static void paid_parts(struct sent *s, const uint32_t *sl, size_t nsl);

/* ---- coverage ------------------------------------------------------------- */

/* How many of the sentence's tokens come before `byte`: those ending at or
 * before it (by_end), or those starting before it. Tokens are in text
 * order and do not overlap, so both their starts and their ends ascend and
 * the count is found by halving, with a conditional move instead of a
 * branch to mispredict. */
static inline size_t tokens_before(const struct sent *s, size_t byte, bool by_end)
{
	if (!s->n)
		return 0;
	const struct token *b = s->t;
	size_t len = s->n;
	while (len > 1) {
		size_t half = len / 2;
		bool before = by_end ? b[half].end <= byte : b[half].start < byte;
		b = before ? b + half : b;
		len -= half;
	}
	return (size_t)(b - s->t) + (by_end ? b->end <= byte : b->start < byte);
}

struct tok_spans {
	struct tok_span {
		uint32_t first, last;
	} *v;
	size_t cap;
};

/* Records mention m's first and last token (see struct sent's spans). */
static inline void span_set(struct sent *s, size_t m, size_t first, size_t last)
{
	struct tok_spans *sp = s->spans;
	if (m >= sp->cap)
		sp->v = xgrow(sp->v, &sp->cap, m + 1, sizeof *sp->v);
	sp->v[m].first = (uint32_t)first;
	sp->v[m].last = (uint32_t)last;
}

/* The first token ending after `byte` (the last token when none does). */
static size_t token_at(const struct sent *s, size_t byte)
{
	size_t lo = tokens_before(s, byte, true);
	return lo < s->n ? lo : (s->n ? s->n - 1 : 0);
}

/* The new mentions from `from` on (the sentence's dates and quantities):
 * covers their tokens, and records each one's first and last token from
 * the same search. k, the first token starting at or after the mention's
 * start, gives token_at(start) at once: k itself, or k - 1 when the mention
 * starts inside it; and the walk over its tokens stops at i, the first
 * token (from k) ending past its end, which gives token_at(end - 1): i - 1
 * when that ends right at the mention's end (or, i == k, past it), else i
 * (tokens do not overlap, so ends ascend). */
static void cover_new(struct sent *s, size_t from)
{
	const struct token *t = s->t;
	size_t n = s->n;
	for (size_t m = from; m < s->x->mentions.n; m++) {
		const struct mention *mm = &s->x->mentions.v[m];
		size_t k = tokens_before(s, mm->start, false), i = k;
		for (; i < n && t[i].end <= mm->end; i++)
			s->covered[i] = 1;
		size_t first = k > 0 && t[k - 1].end > mm->start ? k - 1 : k;
		size_t last = i > 0 && t[i - 1].end >= mm->end ? i - 1 : i;
		if (first >= n)
			first = n ? n - 1 : 0;
		if (last >= n)
			last = n ? n - 1 : 0;
		span_set(s, m, first, last);
	}
}

/* ---- entities ----------------------------------------------------------------- */

/* One-word lists (cues.tsv): the token itself, whatever comes after it. */
static bool word_is(const struct sent *s, const struct token *t, enum cue_kind kind)
{
	return lexicon_word_alone(s->lx, s->text, t, kind);
}

/* Whether a plural kind of place in lower case (cues.tsv "place-tail":
 * "counties", "rivers") follows the name ending before token `b`, right
 * after it or after a list of further names ("Sonoma and Lake counties":
 * true after "Sonoma" and after "Lake"). A name of one or two capitalised
 * words each, joined by ',', "and" or "or". */
static bool places_follow(const struct sent *s, size_t b)
{
	const char *text = s->text;
	for (size_t k = b, names = 0; k < s->n && names <= 4; names++) {
		const struct token *t = &s->t[k];
		if (t->kind == TK_WORD && !(t->flags & TF_CAP)) {
			size_t len = t->end - t->start;
			if (len > 1 && text[t->end - 1] == 's' && word_is(s, t, CUE_PLACE_TAIL))
				return true;
			if (!token_is(text, t, "and") && !token_is(text, t, "or"))
				return false;
		} else if (!(t->kind == TK_PUNCT && text[t->start] == ',')) {
			return false;
		}
		/* past the joiner ("and", ","; ", and"): the next name */
		k++;
		if (k < s->n && s->t[k].kind == TK_WORD && token_is(text, &s->t[k], "and"))
			k++;
		size_t w = 0;
		while (k < s->n && w < 2 && s->t[k].kind == TK_WORD && (s->t[k].flags & TF_CAP))
			k++, w++;
		if (w == 0)
			return false;
	}
	return false;
}

static bool is_connector(const struct sent *s, const struct token *t)
{
	return word_is(s, t, CUE_CONNECTOR);
}

/* Whether t is a word naming something that happens (cues.tsv's
 * "occurrence": fire, quake, outbreak). */
static bool is_occurrence(const struct sent *s, const struct token *t)
{
	return t->kind == TK_WORD && may_cue(t, 1u << CUE_OCCURRENCE) && word_is(s, t, CUE_OCCURRENCE);
}

/* Whether the word t ends the name of a body of a state, which a country
 * before it only places ("US Commerce Department", "Chinese Embassy"). */
static bool state_body(const char *text, const struct token *t)
{
	static const char *const body[] = {"Department", "Ministry", "Embassy", "Consulate",
					   "Government", "Navy", "Army", "Military", "Parliament",
					   "Senate", "Cabinet", "Police"};
	for (size_t i = 0; i < CC_ARRAY_LEN(body); i++)
		if (token_is(text, t, body[i]))
			return true;
	return false;
}

/* Builds the folded canonical name of tokens [a, b) into out and returns its
 * length. */
static size_t fold_name(const struct sent *s, size_t a, size_t b, char *out, size_t outsz,
		      const char **type_out)
{
	const char *text = s->text;
	/* drop org suffixes at the end ("Kaspersky Lab", "AMD Inc.") */
	bool org = false;
	while (b > a + 1) {
		size_t k = b - 1;
		if (s->t[k].kind == TK_PUNCT && text[s->t[k].start] == '.' && k > a)
			k--;
		size_t m = lexicon_cue_at(s->lx, text, s->t, k, b, CUE_ORG_SUFFIX);
		if (m && k + m >= b - (s->t[b - 1].kind == TK_PUNCT ? 1 : 0) && k > a) {
			b = k;
			org = true;
			continue;
		}
		break;
	}
	/* "Department of X" -> "X Department"; drop a country before it */
	struct buf nb = *s->scratch;
	nb.len = 0; /* buf_clear, inline */
	if (nb.data)
		nb.data[0] = '\0';
	size_t dep = SIZE_MAX;
	for (size_t i = a; i < b; i++)
		if ((token_is(text, &s->t[i], "Department") || token_is(text, &s->t[i], "Dept") ||
		     token_is(text, &s->t[i], "Ministry")) && i + 2 < b && token_is(text, &s->t[i + 1], "of"))
			dep = i;
	if (dep != SIZE_MAX) {
		size_t from = dep + 2;
		if (from < b && token_is(text, &s->t[from], "the"))
			from++;
		for (size_t i = from; i < b; i++) {
			if (nb.len)
				buf_addc(&nb, ' ');
			buf_add(&nb, text + s->t[i].start, s->t[i].end - s->t[i].start);
		}
		buf_adds(&nb, token_is(text, &s->t[dep], "Ministry") ? " Ministry" : " Department");
	} else {
		/* room for the tokens' bytes, a space before each and every
		 * "Dept" grown to "Department", made once; then copied in */
		size_t bound = s->t[b - 1].end - s->t[a].start + 7 * (b - a);
		if (nb.cap <= bound) /* nb.len is 0: buf_reserve only when it must grow */
			buf_reserve(&nb, bound);
		char *o = nb.data + nb.len;
		for (size_t i = a; i < b; i++) {
			const struct token *t = &s->t[i];
			size_t n = t->end - t->start;
			if (t->kind == TK_PUNCT && i > a && !(t->flags & TF_SPACE_BEFORE)) {
				memcpy(o, text + t->start, n);
				o += n;
				continue;
			}
			if (o != nb.data && (t->flags & TF_SPACE_BEFORE))
				*o++ = ' '; /* "Hewlett-Packard", "AT&T": no space added */
			if (token_is(text, t, "Dept")) {
				memcpy(o, "Department", 10);
				o += 10;
			} else {
				memcpy(o, text + t->start, n);
				o += n;
			}
		}
		nb.len = (size_t)(o - nb.data);
		nb.data[nb.len] = '\0';
		/* "Dept." keeps no dot */
		if (nb.len > 11 && streq(nb.data + nb.len - 11, "Department."))
			nb.data[--nb.len] = '\0';
	}
	/* the folded name may be a known alias ("Department of Commerce") */
	const char *canon = nb.data ? nb.data : "";
	const char *type = org ? "org" : "unknown";
	/* Its tokens: when the name is plain words (or a number: "Pier 7")
	 * joined by single spaces (nearly always), they are the sentence's own
	 * tokens [a, b), already
	 * keyed; otherwise the folded text is tokenized again. */
	const char *ftext = canon;
	struct token *ft = NULL;
	const struct token *fv;
	size_t fn = 0, fcap = 0;
	bool plain = dep == SIZE_MAX && b - a <= 16;
	for (size_t i = a; i < b && plain; i++) {
		const struct token *t = &s->t[i];
		plain = (t->kind == TK_WORD || t->kind == TK_NUM) && (t->flags & TF_ASCII) && !(t->flags & TF_DOTTED) &&
			(i == a || (t->flags & TF_SPACE_BEFORE)) && !token_is(text, t, "Dept") &&
			memchr(text + t->start, '\'', t->end - t->start) == NULL;
	}
	size_t offs[16]; /* plain: where each token starts in the folded name */
	if (plain) {
		ftext = text;
		fv = s->t + a;
		fn = b - a;
		for (size_t i = 0, o = 0; i < fn; i++) {
			offs[i] = o;
			o += fv[i].end - fv[i].start + 1;
		}
	} else {
		token_scan(canon, 0, strlen(canon), &ft, &fn, &fcap);
		fv = ft;
	}
	const char *lc = NULL, *lt = NULL;
	size_t start = 0;
	/* skip a leading country alias ("US Commerce Department") */
	for (int pass = 0; pass < 2 && fn; pass++) {
		size_t m = lexicon_entity_at(s->lx, ftext, fv, start, fn, &lc, &lt);
		if (m && start + m == fn) {
			canon = lc;
			type = lt;
			break;
		}
		if (m && streq(lt, "place") && start + m < fn && pass == 0) {
			start += m;
			continue;
		}
		break;
	}
	/* the name's length: nb's, less what a country before it takes, or
	 * the alias's. A country is dropped only before a body of its state
	 * ("US Commerce Department", "the U.S. Navy"): it is part of any other
	 * name ("France Telecom", "American Recovery and Reinvestment Act") */
	size_t len;
	if (canon == nb.data && nb.data) {
		len = nb.len;
		if (start > 0 && start < fn && state_body(ftext, &fv[fn - 1])) {
			size_t off = plain ? offs[start] : fv[start].start;
			canon += off;
			len -= off;
		}
	} else {
		len = strlen(canon);
	}
	size_t cl = utf8_fit(canon, len, outsz - 1);
	memmove(out, canon, cl);
	out[cl] = '\0';
	*type_out = type;
	if (ft)
		free(ft);
	*s->scratch = nb; /* keep its room for the next name */
	return cl;
}

/* Whether entity mention m is written as its canonical name ("Marrow
 * County"), not as an adjective or a short form of it ("Norwegian",
 * "U.S."). */
static bool written_as_itself(const char *text, const struct mention *m)
{
	size_t len = m->end - m->start;
	return strlen(m->value) == len && memcmp(text + m->start, m->value, len) == 0;
}

/* Records the entity mention m (an index) as starting at token a and
 * ending at token b, unless one already does (the first added is the one
 * entity_starting_at and entity_ending_at answer, as a walk through the
 * mentions in order would). */
static inline void entity_mark(struct sent *s, size_t m, size_t a, size_t b)
{
	span_set(s, m, a, b);
	if (!s->ent_a[a])
		s->ent_a[a] = (uint32_t)m + 1;
	if (!s->ent_b[b])
		s->ent_b[b] = (uint32_t)m + 1;
}

/* canon is cl bytes long (fold_name's answer, or strlen of the lexicon's):
 * stored as str_copy would, without measuring it again. */
static struct mention *add_entity(struct sent *s, size_t a, size_t b, const char *canon,
				  size_t cl, const char *type)
{
	struct mention *m = mention_add(&s->x->mentions, M_ENTITY, s->t[a].start, s->t[b - 1].end,
					s->index);
	entity_mark(s, s->x->mentions.n - 1, a, b - 1);
	/* its tokens are covered at once (what cover_new would mark for it
	 * after the pass): find_entities reads covered only at or after the
	 * token it goes on from, which is at or after b */
	memset(s->covered + a, 1, b - a);
	cl = utf8_fit(canon, cl, sizeof m->value - 1); /* a long name: never cut in a character */
	memcpy(m->value, canon, cl);
	m->value[cl] = '\0';
	str_copy(m->unit, sizeof m->unit, type);
	return m;
}


/* Eight tokens' marks (enum token_marks, lexicon_key_tokens), token k in
 * byte k of the answer. */
static inline uint64_t marks_load(const uint8_t *mk)
{
	uint64_t x;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy(&x, mk, 8);
#else
	x = 0;
	for (unsigned k = 0; k < 8; k++)
		x |= (uint64_t)mk[k] << 8 * k;
#endif
	return x;
}

/* Bit `bit` of each of eight marks (marks_load), token k's at bit k: the
 * bits moved to each byte's low bit, and one multiply gathers the eight
 * into the top byte (no two partial products share a bit, so no carries). */
static inline uint64_t marks_bits(uint64_t x, unsigned bit)
{
	return ((x >> bit) & 0x0101010101010101ULL) * 0x0102040810204080ULL >> 56;
}

/* The set bits of x, without a library call (no popcnt instruction is
 * assumed). */
static inline size_t bits_count(uint64_t x)
{
	x -= (x >> 1) & 0x5555555555555555ULL;
	x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
	x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
	return (size_t)((x * 0x0101010101010101ULL) >> 56);
}

_Static_assert(MARK_ENTITY == 1 << 0 && MARK_EVENT == 1 << 1 && MARK_SAID == 1 << 2 &&
		       MARK_OPEN == 1 << 3 && MARK_WORD == 1 << 4 && MARK_CAP == 1 << 5 &&
		       MARK_PUNCT == 1 << 6,
	       "sent_masks reads the marks' bits by their numbers");

/* Whether token t is a stop: '.', '?' or '!'. */
static bool is_stop(const struct sent *s, const struct token *t)
{
	char c = s->text[t->start];
	return t->kind == TK_PUNCT && (c == '.' || c == '?' || c == '!');
}

/* Whether a sentence has a word in lower case that Title Case would
 * capitalise: of four letters or more, and neither a preposition,
 * determiner nor connector. */
static bool lower_word_titled(const struct sent *s)
{
	for (size_t k = 0; k < s->n; k++) {
		const struct token *t = &s->t[k];
		if (t->kind != TK_WORD || (t->flags & TF_CAP) || t->end - t->start <= 3)
			continue;
		if (!lexicon_word_alone(s->lx, s->text, t, CUE_PREPOSITION) &&
		    !lexicon_word_alone(s->lx, s->text, t, CUE_DETERMINER) &&
		    !lexicon_word_alone(s->lx, s->text, t, CUE_CONNECTOR))
			return true;
	}
	return false;
}

/* Whether a sentence with many capitals is a headline in Title Case whose
 * small words are lower case ("AMD's Acquisition of SeaMicro Puts Intel on
 * the Defensive"): no word in lower case that Title Case would capitalise,
 * and no stop at its end. */
static __attribute__((noinline)) bool title_case(const struct sent *s)
{
	return !is_stop(s, &s->t[s->n - 1]) && !lower_word_titled(s);
}

/* Whether a sentence whose words are mostly capitalised is prose all the
 * same, full of names: it ends with a stop (before a closing quote or
 * bracket) and has a word in lower case that Title Case would capitalise:
 * "Orvik Data Recovery Services Inc. agreed to buy Kelloway Labs." */
static __attribute__((noinline)) bool prose_of_names(const struct sent *s)
{
	const struct token *last = &s->t[s->n - 1];
	if (last->kind == TK_PUNCT && (s->text[last->start] == '"' || s->text[last->start] == ')') && s->n > 1)
		last--;
	return is_stop(s, last) && lower_word_titled(s);
}

/* The masks of a sentence's tokens from their marks (mk[0] is the first
 * token's), eight tokens a step, without branches per token: whether it is
 * a Title Case headline, and the masks of the tokens find_entities,
 * find_events, find_attribution and clause_subject must look at (the others
 * they would pass over on their flags: keyed words that start no alias,
 * title, trigger or verb of saying, and capitals only outside headlines).
 * mk is read up to 63 bytes past the sentence's last token; those bits are
 * cleared. Sixteen tokens a step with SSE2, else eight. */
static void sent_masks(struct sent *s, const uint8_t *mk, uint64_t *ent, uint64_t *ev,
		       uint64_t *said, uint64_t *cap, uint64_t *open, uint64_t *punct)
{
	size_t nw = (s->n + 63) / 64, words = 0, caps = 0;
	for (size_t w = 0; w < nw; w++) {
		uint64_t b = 0, c = 0, e = 0, a = 0, o = 0, d = 0, p = 0;
		size_t left = s->n - 64 * w < 64 ? s->n - 64 * w : 64;
#ifdef EXTRACT_SSE2
		/* sixteen marks a step: each 16-bit lane shifted left by 7 - bit
		 * moves bit `bit` of both its bytes to their top bits (no bit of
		 * the low byte reaches the high byte's top), which movemask
		 * gathers, token k's at bit k */
		for (size_t g = 0; g < left; g += 16) {
			__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(mk + 64 * w + g));
#define MARK_BITS16(sh) ((uint64_t)(unsigned)_mm_movemask_epi8(_mm_slli_epi16(x, sh)) << g)
			b |= MARK_BITS16(7); /* MARK_ENTITY */
			e |= MARK_BITS16(6); /* MARK_EVENT */
			a |= MARK_BITS16(5); /* MARK_SAID */
			o |= MARK_BITS16(4); /* MARK_OPEN */
			d |= MARK_BITS16(3); /* MARK_WORD */
			c |= MARK_BITS16(2); /* MARK_CAP */
			p |= MARK_BITS16(1); /* MARK_PUNCT */
#undef MARK_BITS16
		}
#else
		for (size_t g = 0; g < left; g += 8) {
			uint64_t x = marks_load(mk + 64 * w + g);
			b |= marks_bits(x, 0) << g; /* MARK_ENTITY */
			e |= marks_bits(x, 1) << g; /* MARK_EVENT */
			a |= marks_bits(x, 2) << g; /* MARK_SAID */
			o |= marks_bits(x, 3) << g; /* MARK_OPEN */
			d |= marks_bits(x, 4) << g; /* MARK_WORD */
			c |= marks_bits(x, 5) << g; /* MARK_CAP */
			p |= marks_bits(x, 6) << g; /* MARK_PUNCT */
		}
#endif
		uint64_t keep = left < 64 ? (1ULL << left) - 1 : ~0ULL;
		words += bits_count(d & keep);
		caps += bits_count(c & keep);
		ent[w] = b & keep; /* the capitals join it below, outside headlines */
		cap[w] = c & keep;
		ev[w] = e & keep;
		said[w] = a & keep;
		open[w] = o & keep;
		punct[w] = p & keep;
	}
	/* a headline in Title Case capitalises every word, so capitals
	 * there do not mark names: only lexicon entities are taken from it */
	s->headline = words >= 4 && caps * 10 >= words * 7;
	s->title_maybe = !s->headline && words >= 4 && caps * 2 >= words;
	/* a headline's capitals too: find_entities takes from them only
	 * the names the article writes so elsewhere (headline_word) */
	for (size_t w = 0; w < nw; w++)
		ent[w] |= cap[w];
	s->ent = ent;
	s->ev = ev;
	s->said = said;
	s->open = open;
	s->punct = punct;
}

/* Whether an earlier sentence of the document has an entity named as
 * word t is written ("AMD" before "the AMD-SeaMicro deal"). */
static bool named_before(const struct sent *s, const struct token *t)
{
	size_t n = t->end - t->start;
	const struct mention *v = s->x->mentions.v;
	if (n >= sizeof v->value)
		return false;
	for (size_t m = 0; m < s->first; m++)
		if (v[m].type == M_ENTITY && v[m].value[0] == s->text[t->start] &&
		    memcmp(v[m].value, s->text + t->start, n) == 0 && v[m].value[n] == '\0')
			return true;
	return false;
}

/* Whether word t is a pronoun with a contraction: "I'm", "We’ve",
 * "They'll", "It's" (a capital starts it, so the chunker would take it). */
static bool is_contraction(const char *text, const struct token *t)
{
	static const char *const pron[] = {"I", "We", "You", "They", "He", "She", "It",
					   "That", "There", "What", "Who", "Let"};
	static const char *const tail[] = {"m", "ve", "d", "ll", "re", "s"};
	const char *p = text + t->start;
	size_t n = t->end - t->start, q;
	/* most capitals are dismissed here: the pronouns' first letters, and
	 * "I'm" to "There’ll" in length */
	const uint32_t first = 1u << ('I' - 'A') | 1u << ('W' - 'A') | 1u << ('Y' - 'A') |
			       1u << ('T' - 'A') | 1u << ('H' - 'A') | 1u << ('S' - 'A') |
			       1u << ('L' - 'A');
	unsigned c0 = (unsigned char)p[0] - 'A';
	if (n < 3 || n > 10 || c0 >= 26 || !((first >> c0) & 1))
		return false;
	for (q = 1; q < n && q < 6; q++)
		if (p[q] == '\'' || (n - q > 3 && memcmp(p + q, "\xe2\x80\x99", 3) == 0))
			break;
	if (q >= n || q >= 6)
		return false;
	size_t r = q + (p[q] == '\'' ? 1 : 3); /* the tail's start */
	bool pr = false, tl = false;
	for (size_t i = 0; i < CC_ARRAY_LEN(pron) && !pr; i++)
		pr = strlen(pron[i]) == q && ascii_ieqn(p, pron[i], q);
	for (size_t i = 0; i < CC_ARRAY_LEN(tail) && pr && !tl; i++)
		tl = strlen(tail[i]) == n - r && ascii_ieqn(p + r, tail[i], n - r);
	return pr && tl;
}

/* Whether the sentence-initial capital at a is followed by an aside that
 * says what it is, "a" or "an" and a few words between commas, and then a
 * word in lower case: "Orvik, a battery startup, has raised $45 million".
 * A word in -ly opens sentences ("Separately, a judge, however, ruled"). */
static bool initial_aside(const struct sent *s, size_t a)
{
	const char *text = s->text;
	const struct token *w = &s->t[a];
	size_t b = a + 1;
	if (w->end - w->start > 2 && memcmp(text + w->end - 2, "ly", 2) == 0)
		return false;
	if (b + 3 >= s->n || s->t[b].kind != TK_PUNCT || text[s->t[b].start] != ',' ||
	    s->t[b + 1].kind != TK_WORD || s->t[b + 1].end - s->t[b + 1].start > 2 ||
	    !is_determiner(s, &s->t[b + 1]))
		return false;
	for (size_t k = b + 2; k < s->n && k < b + 8; k++) {
		const struct token *t = &s->t[k];
		if (t->kind == TK_PUNCT && text[t->start] == ',')
			return k > b + 2 && k + 1 < s->n && s->t[k + 1].kind == TK_WORD &&
			       !(s->t[k + 1].flags & TF_CAP);
		if (is_clause_break(text, t))
			return false;
	}
	return false;
}

/* Whether the sentence-initial capital at a, not written so elsewhere in
 * the article, is a name by what follows it: a verb of saying ("Kaspersky
 * said"; "told" with its listener after it, so not "All told,"), or words
 * between a subject and its verb and then a word ("Kaspersky will cease",
 * not "Even still, however, Klitschko"). A word that opens sentences
 * ("Much will be made") is none. */
static bool initial_speaks(const struct sent *s, size_t a)
{
	const char *text = s->text;
	size_t b = a + 1;
	if (b >= s->n || lexicon_cue_at(s->lx, text, s->t, a, s->n, CUE_OPENER))
		return false;
	if (lexicon_cue_at(s->lx, text, s->t, b, s->n, CUE_SPEECH))
		return true;
	size_t m = lexicon_cue_at(s->lx, text, s->t, b, s->n, CUE_SPEECH_TO);
	if (m)
		return b + m < s->n && s->t[b + m].kind == TK_WORD;
	if (initial_aside(s, a))
		return true;
	if (!(s->t[b].kind == TK_WORD && is_verb_filler(s, &s->t[b]) && !token_is(text, &s->t[b], "that") &&
	      !token_is(text, &s->t[b], "which") && !token_is(text, &s->t[b], "to")))
		return false;
	/* a word in -s with a verb in the plural after it is a plural noun,
	 * a group, not a name ("Tankers were left waiting", "Volunteers have
	 * cleared"): a name in -s takes the singular ("Reuters has", "Airbus
	 * was") */
	const struct token *w = &s->t[a];
	size_t wn = w->end - w->start;
	if (wn > 3 && text[w->end - 1] == 's' && text[w->end - 2] != 's' && text[w->end - 2] != 'u' &&
	    text[w->end - 2] != 'i' &&
	    (token_is(text, &s->t[b], "are") || token_is(text, &s->t[b], "were") ||
	     token_is(text, &s->t[b], "have")))
		return false;
	size_t k = b + 1;
	while (k < s->n && s->t[k].kind == TK_WORD && is_verb_filler(s, &s->t[k]))
		k++;
	return k < s->n && s->t[k].kind == TK_WORD && !(s->t[k].flags & TF_CAP);
}

/* Whether the word w is written in lower case somewhere in the document
 * ("the rain"): a common word, whatever opens a sentence with it. One scan
 * of the text, asked only of a sentence-initial capital initial_acts would
 * otherwise take for a name; past WRITTEN_LOWER_SCANS of them in one
 * document every word is taken for written so (no more names from this
 * rule), so that text made of such sentences costs no scan of the whole
 * text each. */
#define WRITTEN_LOWER_SCANS 32
static bool written_lower(const struct sent *s, const struct token *w)
{
	const char *text = s->text, *end = text + s->text_len;
	size_t n = w->end - w->start;
	char low[64];
	if (n >= sizeof low || text[w->start] < 'A' || text[w->start] > 'Z')
		return false;
	if (s->lists->lower_scans >= WRITTEN_LOWER_SCANS)
		return true;
	s->lists->lower_scans++;
	memcpy(low, text + w->start, n);
	low[0] = (char)(low[0] - 'A' + 'a');
	for (const char *p = text; (p = memmem(p, (size_t)(end - p), low, n)) != NULL; p++) {
		/* a whole word: no letter, digit or UTF-8 byte either side */
		unsigned char l = p > text ? (unsigned char)p[-1] | 0x20 : ' ';
		unsigned char r = p + n < end ? (unsigned char)p[n] | 0x20 : ' ';
		if (!((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9') || l >= 0x80) &&
		    !((r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') || r >= 0x80))
			return true;
	}
	return false;
}

/* Classes of what happens to anything, whose doer need not be a name
 * ("Rain flooded", "Inflation rose", "Heat killed"): their trigger after a
 * sentence-initial word is no sign that it is a name. */
static bool happening_class(const char *cls)
{
	static const char *const happenings[] = {"RISE",   "FALL",   "DAMAGE", "KILL",  "DIE",
						 "INJURE", "OCCUR",  "STRIKE", "COLLAPSE", "AFFECT",
						 "MEASURE", "EVACUATE", "START", "END", "CLOSE",
						 "OPEN", "DEADLINE", "IDIOM"};
	for (size_t i = 0; i < CC_ARRAY_LEN(happenings); i++)
		if (strcmp(cls, happenings[i]) == 0)
			return true;
	return false;
}

/* Whether the capital word at token a, a sentence's first, is an acronym
 * set off by an aside that says what it is ("KRVN, the Harwick radio
 * station, employs", "NASA, the space agency,"): in capitals, of two
 * letters or more, then a comma and a determiner; no dateline
 * ("HALDEN, March 3 -" has no determiner after its comma). */
static bool initial_acronym(const struct sent *s, size_t a)
{
	const struct token *t = &s->t[a];
	return !s->headline && (t->flags & TF_UPPER) && t->end - t->start >= 2 && a + 2 < s->n &&
	       s->t[a + 1].kind == TK_PUNCT && s->text[s->t[a + 1].start] == ',' &&
	       (token_is(s->text, &s->t[a + 2], "the") || token_is(s->text, &s->t[a + 2], "a") ||
		token_is(s->text, &s->t[a + 2], "an"));
}

/* Whether the sentence-initial capital at a, alone and not written so
 * elsewhere in the article, is a name by the verb right after it: a
 * trigger in lower case of an act a firm or person does ("Corvane cut 300
 * jobs", "Orvik acquired Fulcrum"; not happening_class) after a word no
 * data file knows (no cue, trigger, alias, date or amount word uses it:
 * "Police arrested", "Officials said" are common words), that the article
 * never writes in lower case, and that does not look like a plural
 * ("Investors sold", "Gunmen killed": a name in -s, "Siemens cut", needs
 * another sign), a gerund ("Mapping reveals"; "Boeing" too) or an adverb
 * in -ly, and whose verb is no participle before a preposition. */
static bool initial_acts(const struct sent *s, size_t a)
{
	const char *text = s->text;
	const struct token *w = &s->t[a], *v = &s->t[a + 1];
	if (a + 1 >= s->n || !(w->flags & TF_KEYED) || w->key[0] || w->key[1] || w->cues || w->words ||
	    w->tkw || w->qlex || (w->flags & TF_STARTS_ENTITY))
		return false;
	size_t n = w->end - w->start;
	const char *e = text + w->end;
	if (n < 3 || (e[-1] == 's' && e[-2] != 's' && e[-2] != 'u' && e[-2] != 'i') ||
	    (e[-2] == 'l' && e[-1] == 'y') || (n > 4 && memcmp(e - 3, "ing", 3) == 0) ||
	    (n > 5 && memcmp(e - 3, "men", 3) == 0))
		return false;
	if (v->kind != TK_WORD || (v->flags & TF_CAP) || !(v->flags & TF_SPACE_BEFORE) || !bit_get(s->ev, a + 1))
		return false;
	/* a sentence with its stop, not a heading ("Hill fire spreads",
	 * "Newsline release": a noun there as likely as a verb) */
	const struct token *last = &s->t[s->n - 1];
	if (last->kind != TK_PUNCT && !is_quote_mark(text, last))
		return false;
	struct event_hit hit;
	size_t m = lexicon_event_at(s->lx, text, s->t, a + 1, s->n, &hit);
	if (!m || happening_class(hit.cls))
		return false;
	/* a participle before a preposition modifies the word ("Ammonia used
	 * in the plant leaked") */
	size_t vn = v->end - v->start;
	if ((past_form(text, v) || (vn >= 4 && memcmp(text + v->end - 2, "ed", 2) == 0)) && a + 1 + m < s->n &&
	    is_preposition(s, &s->t[a + 1 + m]))
		return false;
	return !written_lower(s, w);
}

/* Whether the sentence-initial capital at a, with a capital after it, is
 * a word before a name rather than its first part: an adverb in -ly
 * ("Currently SeaMicro's"; not "Kelly", "Beverly"), or a verb that opens a
 * question ("Will Intel follow?", but "Will Smith said"). */
static bool initial_no_name(const struct sent *s, size_t a)
{
	const char *text = s->text;
	const struct token *t = &s->t[a];
	const char *p = text + t->start;
	size_t n = t->end - t->start;
	if (n >= 7 && memcmp(p + n - 2, "ly", 2) == 0 && memcmp(p + n - 4, "olly", 4) != 0 &&
	    memcmp(p + n - 4, "elly", 4) != 0 && memcmp(p + n - 4, "illy", 4) != 0 &&
	    memcmp(p + n - 4, "erly", 4) != 0 && memcmp(p + n - 4, "eley", 4) != 0)
		return true;
	if (!is_verb_filler(s, t) || t->kind != TK_WORD)
		return false;
	const struct token *last = &s->t[s->n - 1];
	return last->kind == TK_PUNCT && text[last->start] == '?';
}

/* Whether capital k is a name in a headline, where every word has a
 * capital: the article writes it capitalised away from a sentence's start
 * outside this headline too ("Actress Esther Williams Dies at 91": Esther
 * and Williams, not Actress and Dies). The headline's own use counts once
 * where collect_proper took it (not first, not after punctuation). */
static bool headline_word(const struct sent *s, size_t k)
{
	const struct token *t = &s->t[k];
	if (!is_cap_word(t))
		return false;
	unsigned own = k > 0 && s->t[k - 1].kind != TK_PUNCT;
	return proper_count(s->proper, s->text + t->start, t->end - t->start) > own;
}

/* A capital that may be part of a name: in a headline, only one
 * headline_word says yes to. */
static inline bool name_word(const struct sent *s, size_t k)
{
	return is_cap_word(&s->t[k]) && (!s->headline || headline_word(s, k));
}

/* Whether token k is the number of a numbered name ("Pier 7", "Route 66"):
 * a word that takes one (cues.tsv's "numbered") before it, then one to four
 * digits after white space, not covered by a date or figure, and not glued
 * to what follows ("58-3", "9:30", "3/4", "7.5" are other things). */
static __attribute__((noinline)) bool numbered_name_at(const struct sent *s, size_t k)
{
	if (k == 0 || k >= s->n || s->t[k].kind != TK_NUM || s->covered[k])
		return false;
	const struct token *w = &s->t[k - 1];
	if (w->kind == TK_PUNCT) {
		/* "No. 3": the abbreviation's dot */
		if (k < 2 || s->text[w->start] != '.' || !token_is(s->text, w - 1, "no") ||
		    !(w[-1].flags & TF_DOT_AFTER))
			return false;
	} else if (w->kind != TK_WORD || !(token_is(s->text, w, "no") ||
					   lexicon_cue_at(s->lx, s->text, s->t, k - 1, s->n, CUE_NUMBERED) == 1)) {
		return false;
	}
	const struct token *t = &s->t[k];
	size_t n = t->end - t->start;
	if (t->kind != TK_NUM || !(t->flags & TF_SPACE_BEFORE) || n > 4)
		return false;
	for (size_t i = 0; i < n; i++)
		if (s->text[t->start + i] < '0' || s->text[t->start + i] > '9')
			return false;
	if (k + 1 < s->n && !(s->t[k + 1].flags & TF_SPACE_BEFORE)) {
		const struct token *u = &s->t[k + 1];
		unsigned char c = (unsigned char)s->text[u->start];
		/* only a comma or a sentence's end may touch it */
		if (!(u->kind == TK_PUNCT && (c == ',' || ((c == '.' || c == ';') && k + 2 >= s->n))))
			return false;
	}
	return true;
}

/* name (tokens a..b) in title case when every word of it is in capitals
 * ("KESTREL VALLEY" -> "Kestrel Valley"); kept as it is otherwise. */
static void dateline_case(const struct sent *s, size_t a, size_t b, char *name)
{
	for (size_t k = a; k < b; k++)
		if (s->t[k].kind == TK_WORD && !(s->t[k].flags & TF_UPPER))
			return;
	bool start = true;
	for (char *p = name; *p; p++) {
		if (*p >= 'A' && *p <= 'Z' && !start)
			*p = (char)(*p - 'A' + 'a');
		start = *p == ' ' || *p == '-';
	}
}

/* Whether the "and" at token k joins the parts of one name ("Securities
 * and Exchange Commission", "Harbor and Warehouse Workers Local") rather
 * than two names of a list ("Santa Rosa and San Francisco", "Intel and
 * Samsung"): a word that ends the name of a body (cues.tsv: body) comes in
 * the capitals after it, before another "and". */
static bool and_joins_name(const struct sent *s, size_t k)
{
	for (size_t j = k + 1; j < s->n && !s->covered[j]; j++) {
		const struct token *t = &s->t[j];
		if (t->kind != TK_WORD || token_is(s->text, t, "and"))
			break;
		if (!is_cap_word(t) && !is_connector(s, t))
			break;
		if (lexicon_cue_at(s->lx, s->text, s->t, j, s->n, CUE_BODY) == 1)
			return true;
	}
	return false;
}

/* Whether a comma at token b opens an aside that gives a role (a word of
 * cues.tsv's "title" list ending the aside or before its "for", "of" or
 * "at"): "Marta Lindqvist, Corvane's general manager,", "Tomas Brandt, a
 * spokesman for Orlen Bank,". A relative word ("whose manager") or other
 * punctuation first gives none. */
static bool role_aside(const struct sent *s, size_t b)
{
	const char *text = s->text;
	if (b + 2 >= s->n || s->t[b].kind != TK_PUNCT || text[s->t[b].start] != ',')
		return false;
	for (size_t k = b + 1; k < s->n && k <= b + 6; k++) {
		const struct token *t = &s->t[k];
		if (t->kind == TK_PUNCT && text[t->start] != '\'')
			return false;
		if (token_is(text, t, "whose") || token_is(text, t, "who") || token_is(text, t, "which") ||
		    token_is(text, t, "that"))
			return false;
		size_t tl = lexicon_cue_at(s->lx, text, s->t, k, s->n, CUE_TITLE);
		if (!tl)
			continue;
		size_t e = k + tl;
		if (e < s->n && ((s->t[e].kind == TK_PUNCT && text[s->t[e].start] == ',') ||
				 token_is(text, &s->t[e], "for") || token_is(text, &s->t[e], "of") ||
				 token_is(text, &s->t[e], "at")))
			return true;
	}
	return false;
}

/* "Hardester's Market", "Joe's Diner", "McDonald's Corp": the capitals
 * after the possessive at token b, one to three, that end in a trade's word
 * (cues.tsv "trade-tail") or an org suffix name one shop or firm with the
 * possessor before b. Returns the token after them, or 0 when the
 * possessive is a possessor's before a name of its own or a common noun:
 * an alias (matched before the chunker), a name the article has written
 * alone before ("Raimondo's Commerce Department"), a known name after it
 * ("Kaspersky's Moscow Market"), lower case ("Apple's chief executive"). */
static size_t trade_name_end(const struct sent *s, size_t b)
{
	const char *text = s->text;
	if (b == 0 || b + 1 >= s->n || !is_possessive(text, &s->t[b]) || (s->t[b].flags & TF_SPACE_BEFORE) ||
	    !name_word(s, b + 1) || s->covered[b + 1])
		return 0;
	size_t c = b + 1;
	while (c < s->n && c < b + 4 && name_word(s, c) && (s->t[c].flags & TF_SPACE_BEFORE) && !s->covered[c] &&
	       !lexicon_cue_at(s->lx, text, s->t, c, s->n, CUE_STOP) &&
	       !lexicon_cue_at(s->lx, text, s->t, c, s->n, CUE_TITLE))
		c++;
	if (c == b + 1 || (c < s->n && name_word(s, c) && (s->t[c].flags & TF_SPACE_BEFORE)))
		return 0;
	/* the trade's word first: most possessives before capitals are a
	 * possessor's ("Kaspersky's Moscow office"), and named_before reads
	 * the document's names */
	const struct token *last = &s->t[c - 1];
	if (!word_is(s, last, CUE_TRADE_TAIL) && !lexicon_cue_at(s->lx, text, s->t, c - 1, s->n, CUE_ORG_SUFFIX))
		return 0;
	const char *canon, *type;
	if (lexicon_entity_at(s->lx, text, s->t, b + 1, s->n, &canon, &type) || named_before(s, &s->t[b - 1]))
		return 0;
	return c;
}

/* The length in tokens of the title at token k ("chief executive") and
 * of the titles right after it ("Chief Executive Dr. Helena Marsh"); with
 * `named`, only those that an uncovered word in capitals follows (a name).
 * 0 when no title starts at k. */
static inline __attribute__((always_inline)) size_t titles_at(const struct sent *s, size_t k, bool named)
{
	size_t tl = lexicon_cue_at(s->lx, s->text, s->t, k, s->n, CUE_TITLE);
	for (size_t t2; tl && k + tl < s->n && (!named || !s->covered[k + tl]) &&
			(t2 = lexicon_cue_at(s->lx, s->text, s->t, k + tl, s->n, CUE_TITLE)) != 0 &&
			(!named || (k + tl + t2 < s->n && is_cap_word(&s->t[k + tl + t2])));)
		tl += t2;
	return tl;
}

static void find_entities(struct sent *s)
{
	const char *text = s->text;
	bool headline = s->headline;
	for (size_t i = 0; (i = next_bit(s->ent, i, s->n)) < s->n;) {
		const struct token *t = &s->t[i];
		/* the mask leaves out keyed words that start no title and no
		 * alias and are no capital to chunk: the steps below would pass
		 * them */
		if (s->covered[i]) {
			i++;
			continue;
		}
		/* a title before a name: "Commerce Secretary Gina Raimondo",
		 * "chief executive Dr. Helena Marsh" (Helena Marsh, not "Dr") */
		size_t tl = titles_at(s, i, true);
		if (tl && i + tl < s->n && is_cap_word(&s->t[i + tl]) && !s->covered[i + tl] &&
		    !lexicon_cue_at(s->lx, text, s->t, i + tl, s->n, CUE_STOP)) {
			size_t a = i + tl, b = a + 1;
			for (;;) {
				if (b < s->n && is_cap_word(&s->t[b]) && !s->covered[b] &&
				    !lexicon_cue_at(s->lx, text, s->t, b, s->n, CUE_TITLE)) {
					b++;
					continue;
				}
				/* a connector that is a name's particle ("Maarten de
				 * Kok"), not one that joins two ("of", "and", "for") */
				const struct token *c = &s->t[b];
				if (b + 1 < s->n && is_connector(s, c) && !(c->flags & TF_CAP) &&
				    !token_is(text, c, "of") && !token_is(text, c, "and") &&
				    !token_is(text, c, "for") && !token_is(text, c, "the") &&
				    !token_is(text, c, "&") && is_cap_word(&s->t[b + 1]) && !s->covered[b + 1]) {
					b += 2;
					continue;
				}
				break;
			}
			const char *canon, *type;
			size_t m = lexicon_entity_at(s->lx, text, s->t, a, s->n, &canon, &type);
			if (m && a + m >= b) {
				add_entity(s, a, a + m, canon, strlen(canon), type);
				i = a + m;
			} else {
				char name[64];
				size_t nl = fold_name(s, a, b, name, sizeof name, &type);
				add_entity(s, a, b, name, nl, "person");
				i = b;
			}
			continue;
		}
		const char *canon, *type;
		size_t m = lexicon_entity_at(s->lx, text, s->t, i, s->n, &canon, &type);
		if (m) {
			/* a longer capitalised chunk wins ("US Department of Commerce") */
			size_t b = i + m;
			if (!headline && b < s->n && is_cap_word(&s->t[b]) && !s->covered[b] &&
			    !lexicon_cue_at(s->lx, text, s->t, b, s->n, CUE_STOP) &&
			    !lexicon_cue_at(s->lx, text, s->t, b, s->n, CUE_TITLE)) {
				/* fall through to chunking */
			} else {
				add_entity(s, i, b, canon, strlen(canon), type);
				/* "Sunnyvale, Calif.": a name before a comma and a
				 * place written as an abbreviation is its city */
				if (i >= 2 && b > i + 1 && s->t[b - 1].kind == TK_PUNCT && text[s->t[b - 1].start] == '.' &&
				    s->t[i - 1].kind == TK_PUNCT && text[s->t[i - 1].start] == ',' &&
				    strcmp(type, "place") == 0) {
					int32_t c = entity_ending_at(s, i - 2);
					if (c >= 0 && field_is(s->x->mentions.v[c].unit, "unknown"))
						str_copy(s->x->mentions.v[c].unit, sizeof s->x->mentions.v[c].unit, "place");
				}
				i = b;
				continue;
			}
		}
		if (!is_cap_word(t) || (headline && !headline_word(s, i))) {
			i++;
			continue;
		}
		size_t stop = lexicon_cue_at(s->lx, text, s->t, i, s->n, CUE_STOP);
		if (stop) {
			i += stop;
			continue;
		}
		if (is_contraction(text, t)) { /* "I'm", "We've": no name starts */
			i++;
			continue;
		}
		/* letters glued after a number are its unit or a code's tail
		 * ("64HD"), no name */
		if (i > 0 && s->t[i - 1].kind == TK_NUM && !(t->flags & TF_SPACE_BEFORE)) {
			i++;
			continue;
		}
		size_t a = i, b = i + 1;
		bool numbered_place = false; /* "Pier 7", "Route 66" end it */
		bool trade = false;          /* "Joe's Diner": a possessive inside */
		for (;;) {
			if (b < s->n && s->covered[b])
				break;
			/* a model's code: capitals and digits written as one word
			 * ("SM10000", "SM10000-64HD") */
			if (b < s->n && !(s->t[b].flags & TF_SPACE_BEFORE) &&
			    (s->t[b].kind == TK_NUM ||
			     (s->t[b - 1].kind == TK_NUM && s->t[b].kind == TK_WORD))) {
				b++;
				continue;
			}
			if (b + 1 < s->n && s->t[b].kind == TK_PUNCT && text[s->t[b].start] == '-' &&
			    !(s->t[b].flags & TF_SPACE_BEFORE) && !(s->t[b + 1].flags & TF_SPACE_BEFORE) &&
			    !s->covered[b + 1] &&
			    ((s->t[b - 1].kind == TK_NUM && s->t[b + 1].kind == TK_WORD) ||
			     s->t[b + 1].kind == TK_NUM)) {
				b += 2;
				continue;
			}
			/* a title before a first name and a surname ends the
			 * name before it: "SeaMicro Chief Executive Andrew
			 * Feldman" is SeaMicro and its chief executive ("US
			 * Justice Department" is one name) */
			size_t tb = b < s->n && !headline ? titles_at(s, b, false) : 0;
			if (tb && b + tb + 1 < s->n && is_cap_word(&s->t[b + tb]) && is_cap_word(&s->t[b + tb + 1]) &&
			    !s->covered[b + tb] && !s->covered[b + tb + 1] &&
			    (s->t[b + tb + 1].flags & TF_SPACE_BEFORE))
				break;
			if (b < s->n && name_word(s, b) && (s->t[b].flags & TF_SPACE_BEFORE) &&
			    !lexicon_cue_at(s->lx, text, s->t, b, s->n, CUE_STOP)) {
				b++;
				continue;
			}
			/* capitals joined by a hyphen: "Hewlett-Packard", but not
			 * two names the article has named alone ("the AMD-SeaMicro
			 * deal") */
			if (b + 1 < s->n && s->t[b].kind == TK_PUNCT && text[s->t[b].start] == '-' &&
			    !(s->t[b].flags & TF_SPACE_BEFORE) && name_word(s, b + 1) &&
			    !(s->t[b + 1].flags & TF_SPACE_BEFORE) && !s->covered[b + 1] &&
			    !named_before(s, &s->t[b - 1]) && !named_before(s, &s->t[b + 1])) {
				b += 2;
				continue;
			}
			/* the dot of an abbreviation inside a name ("Commerce Dept.") */
			if (b < s->n && s->t[b].kind == TK_PUNCT && text[s->t[b].start] == '.' &&
			    (s->t[b - 1].flags & TF_DOT_AFTER) && b + 1 < s->n && name_word(s, b + 1) &&
			    s->t[b - 1].end - s->t[b - 1].start <= 4) {
				b++;
				continue;
			}
			if (!headline && b + 1 < s->n && is_connector(s, &s->t[b]) && is_cap_word(&s->t[b + 1]) &&
			    !s->covered[b + 1] && !token_is(text, &s->t[b], "the") &&
			    !lexicon_cue_at(s->lx, text, s->t, b + 1, s->n, CUE_STOP) &&
			    (!token_is(text, &s->t[b], "and") || and_joins_name(s, b))) {
				b += 2;
				continue;
			}
			/* "Hardester's Market": a possessive inside a trade's name */
			if (!trade && b < s->n && !(s->t[b].flags & TF_SPACE_BEFORE) &&
			    (text[s->t[b].start] == '\'' || (unsigned char)text[s->t[b].start] == 0xE2)) {
				size_t e = trade_name_end(s, b);
				if (e) {
					trade = true;
					b = e;
					continue;
				}
			}
			/* a numbered name: "Pier 7", "Route 66", "Engine No. 3" (a
			 * bare integer no date or figure took) ends it */
			if (b < s->n && s->t[b].kind == TK_NUM && numbered_name_at(s, b)) {
				numbered_place = word_is(s, &s->t[b - 1], CUE_PLACE_HEAD);
				b++;
			} else if (b + 1 < s->n && s->t[b].kind == TK_PUNCT && s->t[b + 1].kind == TK_NUM &&
				 numbered_name_at(s, b + 1))
				b += 2;
			break;
		}
		/* an org suffix with its dot ("Inc.") */
		if (b < s->n && s->t[b].kind == TK_PUNCT && text[s->t[b].start] == '.' &&
		    lexicon_cue_at(s->lx, text, s->t, b - 1, s->n, CUE_ORG_SUFFIX))
			b++;
		/* A capital at the start of a sentence may be just a first word. It
		 * is a name when the article writes it so elsewhere too, when it
		 * speaks ("Kaspersky said"), or when another capital follows it
		 * directly ("Gina Raimondo"); "Shares of Acme" drops "Shares". */
		/* at the start, after punctuation or a list's number ("4. Will
		 * they ...") */
		bool initial = a == 0 || (s->t[a - 1].kind == TK_PUNCT &&
					  (a == 1 || (a <= 3 && s->t[0].kind != TK_WORD &&
						      s->t[a - 2].kind != TK_WORD)));
		if (initial && !proper_has(s->proper, text + s->t[a].start, s->t[a].end - s->t[a].start)) {
			bool joined = b > a + 1 && (is_cap_word(&s->t[a + 1]) || trade);
			if (!joined && !initial_speaks(s, a) && !(b == a + 1 && initial_acts(s, a)) &&
			    !(b == a + 1 && initial_acronym(s, a))) {
				i = a + 1;
				continue;
			}
			/* a lone word its verb showed to be a name is one at
			 * the start of the article's later sentences too
			 * ("Brackenfield employs 1,100 people. Brackenfield
			 * shares closed 9% lower") */
			if (!joined)
				proper_add(s->proper, word_hash(text, text + s->t[a].start,
								s->t[a].end - s->t[a].start));
			/* "Will Intel follow?", "Currently SeaMicro's chip": the
			 * name starts after the first word (a trade's name, "Joe's
			 * Diner", does not start at its possessive) */
			if (joined && initial_no_name(s, a)) {
				if (trade && is_possessive(text, &s->t[a + 1])) {
					i = a + 1;
					continue;
				}
				a++;
			}
		}
		/* a lone capital letter ("10 U") or a unit symbol ("Gbps",
		 * "TB") names nothing; a known alias would have matched above;
		 * nor does an org suffix alone (", Inc.") */
		size_t alen = s->t[a].end - s->t[a].start;
		if ((b == a + 1 && (alen == 1 || (alen <= 4 && quantity_unit_symbol(text, &s->t[a])))) ||
		    a + lexicon_cue_at(s->lx, text, s->t, a, s->n, CUE_ORG_SUFFIX) >= b) {
			i = b;
			continue;
		}
		char name[64];
		size_t nl = fold_name(s, a, b, name, sizeof name, &type);
		/* a numbered name no alias names is a place when its word is
		 * one (cues.tsv "place-head": "Pier 7", not "Engine 3") */
		if (numbered_place && strcmp(type, "unknown") == 0)
			type = "place";
		if (trade && strcmp(type, "unknown") == 0)
			type = "org";
		/* so is one whose last word names a kind of place (cues.tsv
		 * "place-tail": "Ashby River", "Marin County"): a river named
		 * once in the lead is not what the article is about */
		if (strcmp(type, "unknown") == 0 && b > a + 1 && s->t[b - 1].kind == TK_WORD &&
		    word_is(s, &s->t[b - 1], CUE_PLACE_TAIL))
			type = "place";
		/* and so is each name a plural kind of place follows in lower
		 * case ("Sonoma and Lake counties", "the Ashby and Carrow
		 * rivers"): the word is the names' common tail */
		if (strcmp(type, "unknown") == 0 && places_follow(s, b))
			type = "place";
		/* a name of two or three words set off by an aside that gives
		 * its role is a person ("Marta Lindqvist, Corvane's general
		 * manager, said"), as a name after a title is */
		if (strcmp(type, "unknown") == 0 && b > a + 1 && b <= a + 3 && role_aside(s, b))
			type = "person";
		/* a dateline in capitals ("KESTREL VALLEY — A wildfire ...")
		 * names the place the body writes "Kestrel Valley": one name,
		 * in the body's case, so that it is not a name of its own */
		if (name[0] && a == 0 && !headline && b < s->n && s->t[b].kind == TK_PUNCT &&
		    (s->t[0].flags & TF_UPPER) && dateline_lead(s, s->n) > b)
			dateline_case(s, a, b, name);
		if (name[0])
			add_entity(s, a, b, name, nl, type);
		i = b;
	}
}

/* ---- events ------------------------------------------------------------------- */

/* Whether byte c is one that breaks a clause: ';' ':' '(' ')', which are
 * 0x28 + 0, 1, 18, 19 (a bit test, no branch on the byte). */
static inline unsigned clause_break_byte(unsigned char c)
{
	unsigned d = c - 0x28u;
	return (d < 32) & (0xC0003u >> (d & 31));
}

static bool is_clause_break(const char *text, const struct token *t)
{
	return t->kind == TK_PUNCT && clause_break_byte((unsigned char)text[t->start]);
}

/* The comma that opens a relative aside closed by the comma at token
 * `close` (", which started on Monday,"): the comma before it, right
 * before "which", "who" or "that", with no clause break between; else
 * SIZE_MAX. */
static size_t relative_aside_open(const struct sent *s, size_t close)
{
	const char *text = s->text;
	for (size_t k = close; k-- > 1;) {
		const struct token *t = &s->t[k];
		if (is_clause_break(text, t))
			return SIZE_MAX;
		if (t->kind == TK_PUNCT && text[t->start] == ',')
			return k + 1 < close && (token_is(text, &s->t[k + 1], "which") ||
						 token_is(text, &s->t[k + 1], "who") ||
						 token_is(text, &s->t[k + 1], "that"))
				       ? k
				       : SIZE_MAX;
	}
	return SIZE_MAX;
}

/* The occurrence (cues.tsv) a trigger tells of when that noun stands
 * further off than word_near looks:
 *   - "Nine people died in the explosion at the plant in Harwick, which
 *     happened on 4 March": right after ", which", what the relative
 *     clause hangs on, the nearest occurrence noun before the comma, within
 *     its clause;
 *   - "The explosion at the Harlow plant happened on 4 March": the head of
 *     the clause's subject, an occurrence noun that opens the clause (after
 *     a determiner), with only a prepositional phrase between it and the
 *     trigger.
 * Returns that noun's token, or SIZE_MAX. */
static size_t distant_occurrence(const struct sent *s, size_t trig)
{
	const char *text = s->text;
	if (trig >= 3 && token_is(text, &s->t[trig - 1], "which") && s->t[trig - 2].kind == TK_PUNCT &&
	    text[s->t[trig - 2].start] == ',') {
		for (size_t k = trig - 2; k > 0 && trig - 2 - k < 10; k--) {
			const struct token *t = &s->t[k - 1];
			if (is_clause_break(text, t) || (t->kind == TK_PUNCT && text[t->start] == ','))
				return SIZE_MAX;
			if (!is_occurrence(s, t))
				continue;
			/* not the object of a noun's preposition ("The inquest
			 * into the explosion, which took place on Thursday": the
			 * inquest did); a verb's ("died in the explosion") is */
			size_t d = k - 1;
			if (d > 0 && is_determiner(s, &s->t[d - 1]))
				d--;
			if (d >= 3 && is_preposition(s, &s->t[d - 1]) && is_determiner(s, &s->t[d - 3]))
				return SIZE_MAX;
			return k - 1;
		}
		return SIZE_MAX;
	}
	/* the clause's start: the sentence's, or past a clause break */
	size_t c = trig;
	while (c > 0 && trig - c < 12 && !is_clause_break(text, &s->t[c - 1]) && s->t[c - 1].kind != TK_PUNCT)
		c--;
	if (c > 0 && !is_clause_break(text, &s->t[c - 1]))
		return SIZE_MAX;
	size_t h = c < trig && is_determiner(s, &s->t[c]) ? c + 1 : c;
	if (h + 2 >= trig || !is_occurrence(s, &s->t[h]) || !is_preposition(s, &s->t[h + 1]))
		return SIZE_MAX;
	return h;
}

/* Whether a word of cue kind `kind` stands near the trigger [a, b) in its
 * clause: up to four tokens before it ("job cuts", "positions were
 * eliminated") or eight after it ("eliminate 200 U.S.-based positions"),
 * stopping at a comma or a clause break; an occurrence also further off
 * (distant_occurrence). */
/* Whether what happens ("happened", "occurred", "took place" at token
 * trig: events.tsv's "happening") is an occurrence noun (cues.tsv): the
 * head of the clause's subject, right before the verb or further off
 * (distant_occurrence), not a noun inside a prepositional phrase ("A
 * vigil for the workers hurt in the explosion took place": the vigil
 * did). */
static bool happening_subject(const struct sent *s, size_t trig)
{
	if (distant_occurrence(s, trig) != SIZE_MAX)
		return true;
	if (trig == 0 || !is_occurrence(s, &s->t[trig - 1]))
		return false;
	size_t d = trig - 1;
	if (d > 0 && (is_determiner(s, &s->t[d - 1]) || sets_apart(s->text, &s->t[d - 1])))
		d--;
	if (d > 0 && is_determiner(s, &s->t[d - 1]))
		d--;
	return d == 0 || !is_preposition(s, &s->t[d - 1]);
}

static bool word_near(const struct sent *s, size_t a, size_t b, enum cue_kind kind)
{
	const char *text = s->text;
	if (kind == CUE_OCCURRENCE && distant_occurrence(s, a) != SIZE_MAX)
		return true;
	for (size_t k = b; k < s->n && k < b + 8; k++) {
		const struct token *t = &s->t[k];
		if (is_clause_break(text, t) || (t->kind == TK_PUNCT && text[t->start] == ','))
			break;
		if (may_cue(t, 1u << kind) && lexicon_cue_at(s->lx, text, s->t, k, s->n, kind))
			return true;
	}
	for (size_t k = a, lim = a; k > 0 && k + 4 > lim; k--) {
		const struct token *t = &s->t[k - 1];
		if (t->kind == TK_PUNCT && text[t->start] == ',') {
			/* "The blaze, which started on Monday, destroyed": a
			 * relative aside set off by commas is passed over, to
			 * the words before it */
			size_t c = relative_aside_open(s, k - 1);
			if (c == SIZE_MAX)
				break;
			k = lim = c + 1;
			continue;
		}
		if (is_clause_break(text, t))
			break;
		if (may_cue(t, 1u << kind) && lexicon_cue_at(s->lx, text, s->t, k - 1, s->n, kind))
			return true;
	}
	return false;
}

/* Whether a percentage ends right before token i: "the fire was 40%
 * contained", "60 percent contained" tell how far along it is, not that
 * it ended. */
static bool percent_before(const struct sent *s, size_t i)
{
	if (i == 0 || !s->covered[i - 1])
		return false;
	for (size_t m = s->first; m < s->x->mentions.n; m++)
		if (s->x->mentions.v[m].type == M_PERCENT && s->x->mentions.v[m].end == s->t[i - 1].end)
			return true;
	return false;
}

/* Whether a percentage or a sum (or, with counts, a number that is no
 * rank: not "a sixth-round stoppage") starts at token k. */
static bool figure_at(const struct sent *s, size_t k, bool counts)
{
	for (size_t m = s->first; m < s->x->mentions.n; m++) {
		const struct mention *f = &s->x->mentions.v[m];
		if ((f->type == M_PERCENT || f->type == M_MONEY ||
		     (counts && f->type == M_NUMBER && !field_is(f->unit, "ordinal"))) &&
		    f->start == s->t[k].start)
			return true;
	}
	return false;
}

/* Whether a "close" trigger ending before token k tells a price's close
 * ("Shares closed 11% lower", "closed higher", "the stock closed at
 * $12.40", "closed up 3%"), no closing: "higher", "lower", "flat" or
 * "unchanged" right after it or after a percentage or a sum; "up" or
 * "down" before one ("the plant closed down in 2019" is a closing); "at"
 * before a sum. Returns 0 for none, else the way the price went: 1 up
 * ("higher", "up"), -1 down ("lower", "down"), 2 neither said. */
static int price_close(const struct sent *s, size_t k)
{
	const char *text = s->text;
	if (k >= s->n)
		return 0;
	const struct token *t = &s->t[k];
	if (s->covered[k] && figure_at(s, k, false)) {
		while (k < s->n && s->covered[k])
			k++;
		if (k >= s->n)
			return 0;
		t = &s->t[k];
		if (token_is(text, t, "higher") || token_is(text, t, "up"))
			return 1;
		return token_is(text, t, "lower") || token_is(text, t, "down") ? -1 : 0;
	}
	if (token_is(text, t, "higher"))
		return 1;
	if (token_is(text, t, "lower"))
		return -1;
	if (token_is(text, t, "flat") || token_is(text, t, "unchanged"))
		return 2;
	if (k + 1 >= s->n || !figure_at(s, k + 1, false))
		return 0;
	return token_is(text, t, "up") ? 1 : token_is(text, t, "down") ? -1 : token_is(text, t, "at") ? 2 : 0;
}

/* Whether a figure (a number, a percentage, a sum) begins within the two
 * words after token j, before any comma or clause break: "reached 6.4%",
 * "reached a record $2 billion" (events.tsv's "figure"). */
static bool figure_after(const struct sent *s, size_t j)
{
	for (size_t k = j; k < s->n && k < j + 3; k++) {
		if (is_clause_break(s->text, &s->t[k]) ||
		    (s->t[k].kind == TK_PUNCT && s->text[s->t[k].start] == ','))
			return false;
		if (s->covered[k] && figure_at(s, k, true))
			return true;
	}
	return false;
}

/* Whether an object or an infinitive follows the trigger ending before
 * token j (events.tsv's "intransitive"): a determiner or possessive ("the
 * offer", "its bid", "Intel's chips"), a name ("Thompson"), an object
 * pronoun, or "to" and a word that is no figure ("to comment"; "to $3",
 * "to 4%" are a level). */
static bool object_after(const struct sent *s, size_t j)
{
	if (j >= s->n)
		return false;
	const struct token *t = &s->t[j];
	if (t->kind != TK_WORD)
		return false;
	if (token_is(s->text, t, "to"))
		return j + 1 < s->n && s->t[j + 1].kind == TK_WORD && !s->covered[j + 1];
	return is_determiner(s, t) || (t->flags & TF_CAP) || entity_starting_at(s, j) >= 0 ||
	       token_is(s->text, t, "him") || token_is(s->text, t, "them") || token_is(s->text, t, "it") ||
	       token_is(s->text, t, "us") || token_is(s->text, t, "me");
}

/* Whether "to" or "by" and right after it a percentage or a sum come within
 * eight words after token j, before any comma or clause break: "raised its
 * benchmark rate to 5%", "lifted fares by 4%" (events.tsv's "level"), not
 * "raised $35 million to expand", nor a count ("the fire had been raised to
 * four alarms" tells of the fire, no rise). */
static bool level_after(const struct sent *s, size_t j)
{
	for (size_t k = j; k + 1 < s->n && k < j + 8; k++) {
		const struct token *t = &s->t[k];
		if (is_clause_break(s->text, t) || (t->kind == TK_PUNCT && s->text[t->start] == ','))
			return false;
		if (!s->covered[k] && (token_is(s->text, t, "to") || token_is(s->text, t, "by")) &&
		    s->covered[k + 1] && figure_at(s, k + 1, false))
			return true;
	}
	return false;
}

/* Whether a sum follows token j right away or after a determiner or two
 * (cues.tsv): "raised $35 million", "has raised about $60 million", "raised
 * an estimated $2 billion" (events.tsv's fourth field after "level": money
 * raised), not "raised concerns about $45 million in debt". */
static bool sum_after(const struct sent *s, size_t j)
{
	for (size_t k = j; k < s->n && k < j + 3; k++) {
		if (!s->covered[k]) {
			if (s->t[k].kind != TK_WORD || !is_determiner(s, &s->t[k]))
				return false;
			continue;
		}
		for (size_t m = s->first; m < s->x->mentions.n; m++) {
			const struct mention *f = &s->x->mentions.v[m];
			if (f->start == s->t[k].start)
				return f->type == M_MONEY;
		}
		return false;
	}
	return false;
}

/* Whether a count starts at token j and a staff word (cues.tsv's "staff")
 * is its noun, within the three words after it: "has 80 employees", "has
 * about 80 full-time staff" (events.tsv's "headcount"). */
static bool headcount_after(const struct sent *s, size_t j)
{
	if (j >= s->n || !s->covered[j])
		return false;
	for (size_t m = s->first; m < s->x->mentions.n; m++) {
		const struct mention *f = &s->x->mentions.v[m];
		if (f->type != M_NUMBER || f->start != s->t[j].start)
			continue;
		size_t k = j;
		while (k < s->n && s->t[k].start < f->end)
			k++;
		for (size_t e = k; e < s->n && e < k + 3; e++) {
			if (s->t[e].kind != TK_WORD)
				return false;
			if (may_cue(&s->t[e], 1u << CUE_STAFF) &&
			    lexicon_cue_at(s->lx, s->text, s->t, e, s->n, CUE_STAFF))
				return true;
		}
		return false;
	}
	return false;
}

/* Whether token i ends a word joined by a hyphen to a word before it:
 * "a club-record fee", "a fast-growing firm", "an earth-shaking upset",
 * "a back-end supplier" tell no record, rise, quake or end. Not after a
 * prefix ("co-founded the firm", "re-elected", "pre-announced"), which
 * makes the trigger's own verb. */
static bool compound_tail(const struct sent *s, size_t i)
{
	static const char *const prefix[] = {"co", "re", "pre", "post", "ex", "mis", "de",
					     "sub", "semi", "multi", "counter", "inter"};
	if (i < 2 || (s->t[i].flags & TF_SPACE_BEFORE))
		return false;
	const struct token *h = &s->t[i - 1], *w = &s->t[i - 2];
	if (h->kind != TK_PUNCT || h->end - h->start != 1 || s->text[h->start] != '-' ||
	    (h->flags & TF_SPACE_BEFORE) || w->kind != TK_WORD)
		return false;
	for (size_t k = 0; k < CC_ARRAY_LEN(prefix); k++)
		if (token_is(s->text, w, prefix[k]))
			return false;
	return true;
}

static void find_events(struct sent *s)
{
	const char *text = s->text;
	for (size_t i = 0; (i = next_bit(s->ev, i, s->n)) < s->n;) {
		/* the mask leaves out what is no word and keyed words that start
		 * no trigger */
		if (s->covered[i]) {
			i++;
			continue;
		}
		struct event_hit hit;
		size_t m = lexicon_event_at(s->lx, text, s->t, i, s->n, &hit);
		if (!m) {
			i++;
			continue;
		}
		/* an idiom's words are no trigger ("fired up about" is no FIRE);
		 * a trigger that needs a word near it ("eliminate" staff) is an
		 * event only with one */
		/* "raised $35 million": no level reached, a sum raised */
		if (hit.needs == EVENT_NEEDS_LEVEL && hit.alt && !level_after(s, i + m) &&
		    sum_after(s, i + m)) {
			hit.cls = hit.alt;
			hit.cls_len = hit.alt_len;
			hit.needs = -1;
		}
		/* a price's close: its rise or fall ("closed 11% lower" is a
		 * FALL), else no event ("closed at $12.40") */
		int way = streq(hit.cls, "CLOSE") ? price_close(s, i + m) : 0;
		if (way == 1 || way == -1) {
			hit.cls = way == 1 ? "RISE" : "FALL";
			hit.cls_len = 4;
		}
		if (streq(hit.cls, "IDIOM") || way == 2 || compound_tail(s, i) ||
		    (hit.needs == EVENT_NEEDS_FIGURE && !figure_after(s, i + m)) ||
		    (hit.needs == EVENT_NEEDS_LEVEL && !level_after(s, i + m)) ||
		    (hit.needs == EVENT_NEEDS_HEADCOUNT && !headcount_after(s, i + m)) ||
		    (hit.needs == EVENT_NEEDS_NO_OBJECT && object_after(s, i + m)) ||
		    (hit.needs == EVENT_NEEDS_HAPPENING && !happening_subject(s, i)) ||
		    (hit.needs >= 0 && hit.needs < EVENT_NEEDS_FIGURE &&
		     !word_near(s, i, i + m, (enum cue_kind)hit.needs)) ||
		    (streq(hit.cls, "END") && percent_before(s, i))) {
			i += m;
			continue;
		}
		struct mention *ev = mention_add(&s->x->mentions, M_EVENT, s->t[i].start,
						 s->t[i + m - 1].end, s->index);
		span_set(s, s->x->mentions.n - 1, i, i + m - 1);
		str_copy_n(ev->value, sizeof ev->value, hit.cls, hit.cls_len);
		str_copy_n(ev->unit, sizeof ev->unit, hit.lemma, hit.lemma_len);
		/* negation and modality from the few words before the trigger */
		for (size_t k = i, steps = 0; k > 0 && steps < 5; steps++) {
			k--;
			if (is_clause_break(text, &s->t[k]) ||
			    (s->t[k].kind == TK_PUNCT && text[s->t[k].start] == ','))
				break;
			if (!may_cue(&s->t[k], 1u << CUE_NEGATION | 1u << CUE_FUTURE | 1u << CUE_POSSIBLE |
						       1u << CUE_PLANNED | 1u << CUE_VOWED | 1u << CUE_REPORTED |
						       1u << CUE_EXPECTED))
				continue;
			/* "without" denies only what it governs, a word or two on
			 * ("without injuries", "without any warning"), not a
			 * trigger further off ("without a seatbelt once the
			 * updates dry up") */
			if (lexicon_cue_at(s->lx, text, s->t, k, s->n, CUE_NEGATION) &&
			    !(steps > 1 && token_is(text, &s->t[k], "without")))
				ev->negated = true;
			static const struct {
				enum cue_kind kind;
				enum modality mod;
			} mods[] = {
				{CUE_FUTURE, MODAL_FUTURE}, {CUE_POSSIBLE, MODAL_POSSIBLE},
				{CUE_PLANNED, MODAL_PLANNED}, {CUE_VOWED, MODAL_VOWED},
				{CUE_REPORTED, MODAL_REPORTED}, {CUE_EXPECTED, MODAL_EXPECTED},
			};
			for (size_t q = 0; q < CC_ARRAY_LEN(mods); q++)
				if (ev->modality == MODAL_ASSERTED &&
				    lexicon_cue_at(s->lx, text, s->t, k, s->n, mods[q].kind))
					ev->modality = mods[q].mod;
		}
		/* ... and from an object that denies it: "Sunday's derailment
		 * injured nobody", "killed no one" (not "no fewer than 40") */
		if (i + m < s->n &&
		    (token_is(text, &s->t[i + m], "nobody") ||
		     (token_is(text, &s->t[i + m], "no") && i + m + 1 < s->n && token_is(text, &s->t[i + m + 1], "one"))))
			ev->negated = true;
		i += m;
	}
}

/* ---- attribution ------------------------------------------------------------------ */

/* The entity mention (index) whose last token is `tok`, or -1. */
static inline int32_t entity_ending_at(const struct sent *s, size_t tok)
{
	return (int32_t)s->ent_b[tok] - 1;
}

/* The entity mention (index) that starts at token `tok` (tok <= s->n), or
 * -1. */
static inline int32_t entity_starting_at(const struct sent *s, size_t tok)
{
	return (int32_t)s->ent_a[tok] - 1;
}

static bool is_quote_mark(const char *text, const struct token *t)
{
	if (t->kind != TK_PUNCT)
		return false;
	const char *p = text + t->start;
	size_t n = t->end - t->start;
	return (n == 1 && *p == '"') ||
	       (n == 3 && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
		((unsigned char)p[2] == 0x9C || (unsigned char)p[2] == 0x9D));
}

/* A dash that sets words off: an en or em dash, or a hyphen with a space
 * before it ("a genre - the water musicals - ended"; not "start-up"). */
static bool is_dash(const char *text, const struct token *t)
{
	if (t->kind != TK_PUNCT)
		return false;
	const char *p = text + t->start;
	size_t n = t->end - t->start;
	return (n == 1 && *p == '-' && (t->flags & TF_SPACE_BEFORE)) ||
	       (n == 3 && (memcmp(p, "\xe2\x80\x94", 3) == 0 || memcmp(p, "\xe2\x80\x93", 3) == 0));
}

/* A token that may stand between a speaker and the verb of saying: a
 * date ("HP today announced") or a filler ("also", "has", "reportedly"),
 * but no negation, no form of "be" (a passive), no word that opens a clause of its own ("that",
 * "which", "who") and no "to" (an infinitive). */
static bool is_between_speaker_and_verb(const struct sent *s, size_t k)
{
	const struct token *t = &s->t[k];
	if (t->kind != TK_WORD)
		return false;
	if (s->covered[k]) {
		for (size_t m = s->first; m < s->x->mentions.n; m++)
			if (s->x->mentions.v[m].start <= t->start && s->x->mentions.v[m].end >= t->end)
				return s->x->mentions.v[m].type == M_DATE;
		return false;
	}
	/* "on Monday" */
	if (k + 1 < s->n && s->covered[k + 1] && is_preposition(s, t))
		return is_between_speaker_and_verb(s, k + 1);
	/* "Officials have not said": no one's words */
	if (lexicon_cue_at(s->lx, s->text, s->t, k, s->n, CUE_NEGATION))
		return false;
	/* "has been added", "was told": a passive says nothing of its subject */
	static const char *const passive[] = {"be", "been", "being", "is", "was", "are", "were"};
	for (size_t q = 0; q < CC_ARRAY_LEN(passive); q++)
		if (token_is(s->text, t, passive[q]))
			return false;
	if (token_is(s->text, t, "that") || token_is(s->text, t, "which") || token_is(s->text, t, "who") ||
	    token_is(s->text, t, "to"))
		return false;
	return is_verb_filler(s, t);
}

/* "said Orvik spokesman Ivo Brandt", "according to Pentagon press
 * secretary John Kirby": a name before a role and a person is where the
 * person works; the person speaks. Returns the person when name e is no
 * person and one to three words of a role (lower case, or a title in
 * capitals: "HP Chief Executive Mark Hurd") lead from it to a person;
 * else e. */
static int32_t speaker_after_role(const struct sent *s, int32_t e)
{
	const char *text = s->text;
	if (field_is(s->x->mentions.v[e].unit, "person"))
		return e;
	size_t k = tok_last(s, e) + 1;
	/* "said Orvik's Market clerk Ivo Brandt": a possessive and the name
	 * it leads to are the place of work too ("said Orvik's Ivo Brandt":
	 * the person) */
	if (k + 1 < s->n && is_possessive(text, &s->t[k])) {
		int32_t o = entity_starting_at(s, k + 1);
		if (o >= 0 && field_is(s->x->mentions.v[o].unit, "person"))
			return o;
		k = o >= 0 ? tok_last(s, o) + 1 : k + 1;
	}
	size_t k0 = k;
	while (k < s->n && k < k0 + 3 && s->t[k].kind == TK_WORD && !s->covered[k] &&
	       (!(s->t[k].flags & TF_CAP) || lexicon_cue_at(s->lx, text, s->t, k, s->n, CUE_TITLE)) &&
	       !is_preposition(s, &s->t[k]) && !is_determiner(s, &s->t[k]) && !is_connector(s, &s->t[k]) &&
	       !token_is(text, &s->t[k], "that"))
		k++;
	if (k == k0 || k >= s->n)
		return e;
	int32_t p = entity_starting_at(s, k);
	return p >= 0 && field_is(s->x->mentions.v[p].unit, "person") ? p : e;
}

/* The speaker named within a few words after a verb of saying whose words
 * end before token `from` ("..., said Commerce Secretary Gina Raimondo"),
 * up to a punctuation mark or "that" (and a determiner or a preposition
 * when `plain`: "announced a deal with Pellam Inc." names no speaker), as
 * speaker_after_role gives it; -1 when none. */
static int32_t speaker_after_verb(const struct sent *s, size_t from, bool plain)
{
	for (size_t k = from; k < s->n && k < from + 4; k++) {
		const struct token *t = &s->t[k];
		if (t->kind == TK_PUNCT || token_is(s->text, t, "that") ||
		    (plain && (is_determiner(s, t) || is_preposition(s, t))))
			break;
		int32_t sp = entity_starting_at(s, k);
		if (sp >= 0)
			return speaker_after_role(s, sp);
	}
	return -1;
}

static void find_attribution(struct sent *s)
{
	const char *text = s->text;
	int32_t speaker = -1;
	size_t vstart = 0, vend = 0;
	bool found = false;
	/* the mask holds the tokens that may start "according to" or a verb
	 * of saying */
	for (size_t i = 0; !found && (i = next_bit(s->said, i, s->n)) < s->n; i++) {
		size_t m = lexicon_cue_at(s->lx, text, s->t, i, s->n, CUE_ACCORDING);
		if (m && i + m < s->n) {
			speaker = entity_starting_at(s, i + m);
			if (speaker < 0 && i + m + 1 < s->n)
				speaker = entity_starting_at(s, i + m + 1); /* "according to the AP" */
			if (speaker >= 0) {
				speaker = speaker_after_role(s, speaker);
				vstart = s->t[i].start;
				vend = s->x->mentions.v[speaker].end;
				found = true;
			}
			continue;
		}
		if (s->covered[i])
			continue;
		bool to = false;
		m = lexicon_cue_at(s->lx, text, s->t, i, s->n, CUE_SPEECH);
		if (!m) {
			m = lexicon_cue_at(s->lx, text, s->t, i, s->n, CUE_SPEECH_TO);
			to = m != 0;
		}
		if (!m)
			continue;
		/* "a stretch to say that ...": an infinitive reports no one's
		 * words (the writer's own) */
		if (i > 0 && token_is(text, &s->t[i - 1], "to"))
			continue;
		/* "Raimondo said", "Raimondo, the secretary, said": entity before;
		 * "HP today announced", "Raimondo also said": across a date or a
		 * filler word or two */
		if (i > 0) {
			size_t k = i - 1;
			while (k > 0 && k + 3 > i && is_between_speaker_and_verb(s, k))
				k--;
			speaker = entity_ending_at(s, k);
		}
		if (speaker < 0 && i > 1 && s->t[i - 1].kind == TK_PUNCT) {
			speaker = entity_ending_at(s, i - 2);
			/* "John McCain, senior vice president of HP Services,
			 * said": a name at the end of an aside in lower case is
			 * where the speaker works; the speaker is the name before
			 * the aside */
			size_t k = speaker >= 0 ? tok_first(s, speaker) : 0;
			size_t st = k;
			/* the aside may hold a title in capitals ("senior VP and
			 * general manager for HP Services") when it opens and ends
			 * in lower case */
			while (k > 0 && s->t[k - 1].kind == TK_WORD)
				k--;
			/* ... or in a title before the name ("The Commerce
			 * Department, led by Secretary Gina Raimondo, announced",
			 * "Ana Ruiz, who replaced CEO Ivo Brandt, said") */
			bool titled = false;
			for (size_t tk = st > 3 ? st - 3 : 0; tk < st && !titled; tk++)
				titled = tk + lexicon_cue_at(s->lx, text, s->t, tk, s->n, CUE_TITLE) == st;
			if (k < st && k >= 2 && !(s->t[k].flags & TF_CAP) && (!(s->t[st - 1].flags & TF_CAP) || titled) &&
			    text[s->t[k - 1].start] == ',' && s->t[k - 1].kind == TK_PUNCT) {
				int32_t p = entity_ending_at(s, k - 2);
				if (p >= 0 && !field_is(s->x->mentions.v[p].unit, "place") &&
				    !field_is(s->x->mentions.v[p].unit, "noun"))
					speaker = p;
			}
		}
		/* "..., said Raimondo", "\"...\" said Commerce Secretary Gina
		 * Raimondo": the name after the verb only where the verb comes
		 * first in its clause; else that name is what was said ("HP
		 * executives said EYP ...", "say that he troubled Wladimir").
		 * Whoever was told is not the speaker. */
		bool inverted = i == 0 || s->t[i - 1].kind == TK_PUNCT;
		if (!to && inverted && speaker < 0)
			speaker = speaker_after_verb(s, i + m, false);
		if (speaker >= 0) {
			const struct mention *sp = &s->x->mentions.v[speaker];
			vstart = sp->start < s->t[i].start ? sp->start : s->t[i].start;
			vend = sp->end > s->t[i + m - 1].end ? sp->end : s->t[i + m - 1].end;
			found = true;
		}
	}
	if (!found)
		return;
	/* a direct quote in the sentence is the statement; else the attribution */
	size_t qa = SIZE_MAX, qb = SIZE_MAX;
	/* only punctuation tokens are quote marks: those of the mask */
	for (size_t i = 0; (i = next_bit(s->punct, i, s->n)) < s->n; i++) {
		if (!is_quote_mark(text, &s->t[i]))
			continue;
		if (qa == SIZE_MAX)
			qa = i;
		else
			qb = i;
	}
	size_t a = vstart, b = vend;
	if (qa != SIZE_MAX && qb != SIZE_MAX && qb > qa + 3) {
		a = s->t[qa + 1].start;
		b = s->t[qb - 1].end;
	}
	struct mention *q = mention_add(&s->x->mentions, M_QUOTE, a, b, s->index);
	span_set(s, s->x->mentions.n - 1, token_at(s, a), token_at(s, b - 1));
	q->speaker = speaker;
	q->direct = a != vstart;
	str_copy(q->value, sizeof q->value, s->x->mentions.v[speaker].value);
}

/* ---- ties ------------------------------------------------------------------------------ */

/* token_at(s, m->start) and token_at(s, m->end - 1), a mention of the
 * sentence's first and last token: recorded when it was made. */
static inline size_t tok_first(const struct sent *s, size_t m)
{
	return s->spans->v[m].first;
}

static inline size_t tok_last(const struct sent *s, size_t m)
{
	return s->spans->v[m].last;
}

/* The same of a mention given by its address. */
static inline size_t mention_first(const struct sent *s, const struct mention *m)
{
	return tok_first(s, (size_t)(m - s->x->mentions.v));
}

static inline size_t token_last(const struct sent *s, const struct mention *m)
{
	return tok_last(s, (size_t)(m - s->x->mentions.v));
}

/* Words that stand between a subject and its verb without being either. */
static inline bool is_verb_filler(const struct sent *s, const struct token *t)
{
	if (t->kind == TK_PUNCT)
		return s->text[t->start] == ',';
	if (t->kind != TK_WORD)
		return false;
	size_t n = t->end - t->start;
	const char *e = s->text + t->end;
	if (n > 3 && (e[-2] | 0x20) == 'l' && (e[-1] | 0x20) == 'y')
		return true; /* adverbs: "gradually", "quickly" */
	return word_is(s, t, CUE_FILLER);
}

static bool is_determiner(const struct sent *s, const struct token *t)
{
	return word_is(s, t, CUE_DETERMINER);
}

static bool is_preposition(const struct sent *s, const struct token *t)
{
	return word_is(s, t, CUE_PREPOSITION);
}

/* "The 24-year-old Italian has agreed", "the veteran American": a country's
 * adjective (or its people's noun) e that ends a noun phrase opened by
 * "the", "a" or "an" with a word or an amount between is a person of that
 * country. "The Chinese" alone (a people, a government) is not. */
static bool national_person(const struct sent *s, int32_t e)
{
	const struct mention *m = &s->x->mentions.v[e];
	if (!field_is(m->unit, "place") || written_as_itself(s->text, m))
		return false;
	size_t st = tok_first(s, (size_t)e);
	for (size_t k = st; k-- > 0 && st - k <= 6;) {
		const struct token *t = &s->t[k];
		if (token_is(s->text, t, "the") || token_is(s->text, t, "a") || token_is(s->text, t, "an"))
			return k + 1 < st;
		if (t->kind == TK_WORD ? (t->flags & TF_CAP) || is_preposition(s, t) || is_verb_filler(s, t)
				       : !s->covered[k])
			return false;
	}
	return false;
}

/* Whether the words from token a up to the trigger are an age ("24-year-old")
 * and fillers only ("has", "will"). */
static bool age_phrase(const struct sent *s, size_t a, size_t trig)
{
	for (size_t m = s->first; m < s->x->mentions.n; m++) {
		const struct mention *f = &s->x->mentions.v[m];
		if (f->type != M_NUMBER || f->start != s->t[a].start || !field_is(f->unit, "age"))
			continue;
		size_t k = token_last(s, f) + 1;
		while (k < trig && s->t[k].kind == TK_WORD && is_verb_filler(s, &s->t[k]))
			k++;
		return k == trig;
	}
	return false;
}

/* The subject of an event: the first noun phrase of the trigger's clause —
 * an entity ("Kaspersky will cease"), "it" or "the company" (the article's
 * main organisation), or a common noun ("the ban on new sales takes effect"
 * -> "ban"). The clause starts after ':', ';', "that", "which", "who" or
 * another event's trigger; a leading prepositional phrase and its comma
 * are skipped ("Under the rule, the ban ..."). Returns a mention index,
 * SUBJ_MAIN, or -1. */
#define SUBJ_MAIN EXTRACT_SUBJ_MAIN
/* clause_subject's answer for "he" or "she": tie_inner looks for the
 * person (never stored in a mention) */
#define SUBJ_PERSON (-3)
/* clause_subject's answer for "it" right before the verb: tie_inner looks
 * for what it stands for (never stored in a mention) */
#define SUBJ_IT (-4)
/* "it" or "they" standing for the article's main organisation: that name,
 * but said (a pronoun refers to it), so not implied: it is the article's
 * own actor, which need not be the story's ("In July it acquired Fulcrum"
 * in an outlet about Intel is Intel's, not the story's AMD) */
#define SUBJ_MAIN_SAID EXTRACT_SUBJ_MAIN_SAID
/* clause_subject's answer for a verb whose clause names its own subject in
 * words that make no mention ("Lena Marsh, whose albums sold 2 million
 * copies"): no subject, and none looked for before the clause (never
 * stored in a mention) */
#define SUBJ_NONE (-6)
/* clause_subject's answer for a person told by a country's adjective ("The
 * 24-year-old Italian has agreed") or an age ("The 24-year-old has agreed"):
 * looked for as for "he", and never the country (never stored in a
 * mention) */
#define SUBJ_DESCRIBED (-7)

/* Whether word t, the last of a noun phrase of three words or more, is a
 * verb in the past or a participle after the noun ("The champion cornered
 * Thompson", "The challenger held on", "the money raised"): in -ed
 * (not "-eed", "hundred") or a common irregular past. */
static bool past_form(const char *text, const struct token *t)
{
	/* the irregular ones by first letter, each between spaces: a short
	 * search, not a loop of compares */
	static const char *const irregular[26] = {
		['b' - 'a'] = " brought bought built began became ",
		['c' - 'a'] = " caught chose ",
		['d' - 'a'] = " drew ",
		['f' - 'a'] = " fought found felt ",
		['g' - 'a'] = " gave grew ",
		['h' - 'a'] = " held ",
		['k' - 'a'] = " kept knew ",
		['l' - 'a'] = " left led ",
		['m' - 'a'] = " made met meant ",
		['p' - 'a'] = " paid ",
		['s' - 'a'] = " sent spent saw stood ",
		['t' - 'a'] = " took thought threw ",
	};
	const char *p = text + t->start;
	size_t n = t->end - t->start;
	if (t->kind != TK_WORD || (t->flags & TF_CAP))
		return false;
	if (n >= 5 && memcmp(p + n - 2, "ed", 2) == 0 && p[n - 3] != 'e' && !token_is(text, t, "hundred"))
		return true;
	unsigned c = (unsigned char)p[0] - 'a';
	if (n < 3 || n > 7 || c >= 26 || !irregular[c])
		return false;
	char w[10];
	w[0] = ' ';
	memcpy(w + 1, p, n);
	w[n + 1] = ' ';
	w[n + 2] = '\0';
	return strstr(irregular[c], w) != NULL;
}

/* Whether t is a possessive "'s" or "’s" (token_scan makes it a
 * word token of its own). */
static bool is_possessive(const char *text, const struct token *t)
{
	size_t n = t->end - t->start;
	const unsigned char *p = (const unsigned char *)text + t->start;
	return (n == 2 && p[0] == '\'' && (p[1] | 0x20) == 's') ||
	       (n == 4 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x99 && (p[3] | 0x20) == 's');
}

/* Whether token t is a word that sets one of its kind apart from another
 * of the story: "a second explosion", "another crash", "a separate
 * collision", "the earlier blast", "a new quake". */
static bool sets_apart(const char *text, const struct token *t)
{
	static const char *const w[] = {"first",    "second",   "third",    "fourth",  "another",
					"other",    "separate", "earlier",  "later",   "previous",
					"new",      "fresh",    "latest",   "last",    "subsequent"};
	if (t->kind != TK_WORD)
		return false;
	for (size_t i = 0; i < CC_ARRAY_LEN(w); i++)
		if (token_is(text, t, w[i]))
			return true;
	return false;
}

/* Records tokens [from, head] as a common-noun subject named by its head,
 * roughly singular ("restrictions" -> "restriction"). The head is the
 * noun: a past form after it is the verb or a participle, and a phrase
 * before a gerund and its noun ("A cagey opening round") is no subject but
 * what modifies the gerund: -1 then. */
static int32_t noun_subject(struct sent *s, size_t from, size_t head)
{
	const char *text = s->text;
	/* the first part of a word joined by a hyphen ("The self-described
	 * ...") is no head */
	if (head + 1 < s->n && s->t[head + 1].kind == TK_PUNCT && text[s->t[head + 1].start] == '-' &&
	    !(s->t[head + 1].flags & TF_SPACE_BEFORE))
		return -1;
	if (head + 2 < s->n) {
		const struct token *g = &s->t[head + 1], *w = &s->t[head + 2];
		size_t gn = g->end - g->start;
		if (g->kind == TK_WORD && !(g->flags & TF_CAP) && gn > 5 &&
		    memcmp(text + g->end - 3, "ing", 3) == 0 && w->kind == TK_WORD && !(w->flags & TF_CAP) &&
		    !is_preposition(s, w) && !is_determiner(s, w) && !is_verb_filler(s, w))
			return -1;
	}
	/* "This included eliminating all ...", "That meant the end": a
	 * pronoun and its verb (not "This unprecedented action") */
	if (from + 2 < s->n &&
	    (token_is(text, &s->t[from], "this") || token_is(text, &s->t[from], "that") ||
	     token_is(text, &s->t[from], "these") || token_is(text, &s->t[from], "those")) &&
	    past_form(text, &s->t[from + 1])) {
		const struct token *w = &s->t[from + 2];
		size_t wn = w->end - w->start;
		if (w->kind != TK_WORD || (w->flags & TF_CAP) || is_determiner(s, w) ||
		    is_preposition(s, w) || (wn > 4 && memcmp(text + w->end - 3, "ing", 3) == 0))
			return -1;
	}
	if (head > from + 1 && past_form(text, &s->t[head]))
		head--;
	/* "the building's fire alarms": a phrase that ends in a possessive
	 * (its own token) is named by the possessor */
	if (head > from && is_possessive(text, &s->t[head]))
		head--;
	char noun[32];
	size_t n = token_lower(s->text, &s->t[head], noun, sizeof noun);
	n = quantity_noun_singular(noun, n);
	(void)n;
	/* "the deal is expected to close", "the transaction is expected to
	 * close": the names of one transaction are one subject */
	static const char *const deal[] = {"transaction", "acquisition", "purchase", "takeover",
					   "merger", "buyout"};
	for (size_t i = 0; i < CC_ARRAY_LEN(deal); i++)
		if (noun[0] == deal[i][0] && strcmp(noun, deal[i]) == 0) /* most differ at once: no call */
			str_copy(noun, sizeof noun, "deal");
	/* "a second explosion", "another crash": an occurrence set apart from
	 * the story's is named with the word that sets it apart, so it is
	 * not the story's "explosion" (nor over in a moment with it) */
	if (is_occurrence(s, &s->t[head]))
		for (size_t k = from; k < head; k++)
			if (sets_apart(text, &s->t[k])) {
				char both[32];
				size_t wn = token_lower(text, &s->t[k], both, sizeof both);
				size_t nn = strlen(noun);
				if (wn + 1 + nn < sizeof both) {
					both[wn] = ' ';
					memcpy(both + wn + 1, noun, nn + 1);
					memcpy(noun, both, wn + 1 + nn + 1);
				}
				break;
			}
	struct mention *m = mention_add(&s->x->mentions, M_ENTITY, s->t[from].start, s->t[head].end,
					s->index);
	entity_mark(s, s->x->mentions.n - 1, from, head);
	str_copy(m->value, sizeof m->value, noun);
	str_copy(m->unit, sizeof m->unit, "noun");
	return (int32_t)(s->x->mentions.n - 1);
}

/* "A wildfire burning above Carrow has grown ... It started on Sunday":
 * the "It" that opens a sentence after one that opens with an occurrence
 * (note_occurrence) is that occurrence, a common-noun subject recorded on
 * the "It" (once: its mention answers again); -1 otherwise. */
static int32_t occurrence_it(struct sent *s)
{
	if (s->lists->occ_at != s->index || !s->lists->occ[0] || !s->index)
		return -1;
	int32_t e = entity_starting_at(s, 0);
	if (e >= 0)
		return e;
	const struct token *t = &s->t[0];
	struct mention *m = mention_add(&s->x->mentions, M_ENTITY, t->start, t->end, s->index);
	entity_mark(s, s->x->mentions.n - 1, 0, 0);
	str_copy(m->value, sizeof m->value, s->lists->occ);
	str_copy(m->unit, sizeof m->unit, "noun");
	return (int32_t)(s->x->mentions.n - 1);
}

/* Whether token k is a "whose" that opens a relative clause: after a comma
 * (a quote mark may stand between: a nickname's closing quote), set off
 * from its antecedent ("Lena Marsh, whose albums sold"), or right after
 * its antecedent, a name or a common noun ("A singer whose albums sold
 * well died": whose_bare). Not a question's "whose" ("Whose car was it?",
 * "asked whose car it was": a verb or nothing before it). */
static bool whose_bare(const struct sent *s, size_t k);
static bool relative_whose(const struct sent *s, size_t k)
{
	if (k < 1 || !token_is(s->text, &s->t[k], "whose"))
		return false;
	size_t c = k;
	if (c > 1 && is_quote_mark(s->text, &s->t[c - 1]))
		c--;
	return (s->t[c - 1].kind == TK_PUNCT && s->text[s->t[c - 1].start] == ',') || whose_bare(s, k);
}

/* Whether the "whose" at token k (k > 0) follows its antecedent with no
 * comma: a name that ends right before it, or a word in lower case that no
 * list knows as other than a noun (no verb, verb in the past, filler,
 * preposition, determiner, verb of saying), with a word after "whose". */
static bool whose_bare(const struct sent *s, size_t k)
{
	const char *text = s->text;
	const struct token *a = &s->t[k - 1];
	if (k + 1 >= s->n || s->t[k + 1].kind != TK_WORD)
		return false;
	if (entity_ending_at(s, k - 1) >= 0)
		return true;
	return a->kind == TK_WORD && !(a->flags & TF_CAP) && !s->covered[k - 1] && !bit_get(s->ev, k - 1) &&
	       !is_verb_filler(s, a) && !is_preposition(s, a) && !is_determiner(s, a) && !is_possessive(text, a) &&
	       !past_form(text, a) &&
	       !lexicon_cue_at(s->lx, text, s->t, k - 1, s->n, CUE_SPEECH) &&
	       !lexicon_cue_at(s->lx, text, s->t, k - 1, s->n, CUE_SPEECH_TO);
}

/* Whether the relative clause that the comma-less "whose" at token rel
 * opens has ended before the verb at trig: the clause's own verb (a
 * trigger or a verb in the past, after the clause's noun and any fillers:
 * "have fallen" is one verb) comes before trig, with no punctuation from
 * "whose" to trig ("A singer whose albums sold well died": "died" is the
 * singer's, "sold" the albums'). */
static bool whose_bare_closed(const struct sent *s, size_t rel, size_t trig)
{
	if (next_bit(s->punct, rel, trig) < trig)
		return false;
	for (size_t k = rel + 2; k < trig; k++) {
		const struct token *t = &s->t[k];
		if (t->kind != TK_WORD)
			continue;
		if (!is_verb_filler(s, t)) {
			if (bit_get(s->ev, k) || past_form(s->text, t))
				return true;
			continue;
		}
		/* a filler before a word that is no verb is the verb itself
		 * ("whose films were popular"; not "to", an infinitive's) */
		const struct token *u = &s->t[k + 1];
		if (k + 1 < trig && !token_is(s->text, t, "to") && u->kind == TK_WORD && !is_verb_filler(s, u) && !bit_get(s->ev, k + 1) &&
		    !past_form(s->text, u))
			return true;
	}
	return false;
}

/* Whether token k opens the clause a subject is looked for in: a ':' or
 * ';', a relative pronoun, or a verb of saying. */
static inline __attribute__((always_inline)) bool clause_opener(const struct sent *s, size_t k)
{
	const char *text = s->text;
	const struct token *t = &s->t[k];
	char c = text[t->start]; /* strchr(":;", c) was also true of the NUL */
	return (t->kind == TK_PUNCT && (c == ':' || c == ';' || c == '\0')) || token_is(text, t, "that") ||
	       token_is(text, t, "which") || token_is(text, t, "who") || relative_whose(s, k) ||
	       lexicon_cue_at(s->lx, text, s->t, k, s->n, CUE_SPEECH) ||
	       lexicon_cue_at(s->lx, text, s->t, k, s->n, CUE_SPEECH_TO);
}

/* The class of the event whose trigger starts at token k, or NULL. */
static const char *event_class_at(const struct sent *s, size_t k)
{
	for (size_t m = s->first; m < s->x->mentions.n; m++) {
		const struct mention *v = &s->x->mentions.v[m];
		if (v->type == M_EVENT && v->start == s->t[k].start)
			return v->value;
	}
	return NULL;
}

/* Whether the event whose trigger starts at token trig begins or ends
 * something (START, END, CLOSE, OPEN): its subject is what changes. */
static bool changes_state(const struct sent *s, size_t trig)
{
	const char *cls = event_class_at(s, trig);
	return cls && (field_is(cls, "START") || field_is(cls, "END") || field_is(cls, "CLOSE") ||
		       field_is(cls, "OPEN"));
}

/* "the Sunnyvale, Calif., company", "the Redmond, Wash.-based firm": the
 * place written before a common noun to say where it is. Returns the token
 * after the place's closing comma or "-based" when tokens from k open one
 * (capitals, the dots of abbreviations, one comma between two places);
 * else k. */
static size_t place_description(const struct sent *s, size_t k, size_t end)
{
	const char *text = s->text;
	bool comma = false;
	size_t j = k;
	while (j < end) {
		if (!is_cap_word(&s->t[j]) || bit_get(s->ev, j))
			return k;
		while (j < end && is_cap_word(&s->t[j]))
			j++;
		if (j < end && s->t[j].kind == TK_PUNCT && text[s->t[j].start] == '.' &&
		    (s->t[j - 1].flags & TF_DOT_AFTER))
			j++;
		if (j + 2 < end && s->t[j].kind == TK_PUNCT && text[s->t[j].start] == '-' &&
		    !(s->t[j].flags & TF_SPACE_BEFORE) && token_is(text, &s->t[j + 1], "based"))
			return j + 2;
		if (j >= end || s->t[j].kind != TK_PUNCT || text[s->t[j].start] != ',')
			return k;
		j++;
		if (comma)
			return j;
		comma = true;
	}
	return k;
}

/* "Larger rivals have spent billions on start-ups over two years": a
 * figure (at token mt) in a clause that opens with a common noun phrase in
 * the plural and no determiner, then its verb (fillers before it), is that
 * group's, not the article's main organisation's, whatever event it ties
 * to. Returns the noun (noun_subject; once made, found again), or -1 when
 * the figure's clause opens otherwise ("The company has spent", "It has
 * spent", "Corvane has spent", "Shares of Corvane rose"), when the noun is
 * the organisation's own ("Shares rose 4%": cues.tsv's "owned"), or when a clause
 * break or a word of another clause stands between the verb and the
 * figure. Not in a headline, whose capitals and missing articles say
 * nothing. */
static int32_t bare_plural_subject(struct sent *s, size_t mt)
{
	const char *text = s->text;
	if (s->headline)
		return -1;
	size_t cs = 0;
	for (size_t k = prev_bit(s->open, mt); k != SIZE_MAX; k = prev_bit(s->open, k))
		if (clause_opener(s, k)) {
			cs = k + 1;
			break;
		}
	/* "A singer whose albums sold well died at 80": a figure after the
	 * verb that ends a comma-less "whose" clause is not the clause's */
	if (cs > 1 && token_is(text, &s->t[cs - 1], "whose") && whose_bare(s, cs - 1) &&
	    whose_bare_closed(s, cs - 1, mt))
		return -1;
	while (cs < mt && s->t[cs].kind == TK_PUNCT)
		cs++;
	int32_t e = entity_starting_at(s, cs);
	if (e >= 0) /* made for an earlier figure, or a name */
		return field_is(s->x->mentions.v[e].unit, "noun") &&
				       !is_determiner(s, &s->t[cs]) ? e : -1;
	size_t k = cs, head = SIZE_MAX;
	for (; k < mt; k++) {
		const struct token *w = &s->t[k];
		if (w->kind != TK_WORD || s->covered[k] || is_verb_filler(s, w) || is_preposition(s, w) ||
		    is_determiner(s, w) || word_is(s, w, CUE_PRONOUN) || entity_starting_at(s, k) >= 0 ||
		    bit_get(s->ev, k) || past_form(text, w))
			break; /* ... or the verb */
		if ((w->flags & TF_CAP) && k > 0)
			return -1; /* a capital inside: a name not read */
		head = k;
	}
	/* the head, plural: "rivals", not "business", "status", "analysis" */
	if (head == SIZE_MAX || head > cs + 3)
		return -1;
	const struct token *h = &s->t[head];
	const char *end = text + h->end;
	if (h->end - h->start <= 3 || end[-1] != 's' || end[-2] == 's' || end[-2] == 'u' || end[-2] == 'i' ||
	    is_possessive(text, h) || word_is(s, h, CUE_OWNED))
		return -1;
	/* fillers, then the verb: a plain lower-case word */
	while (k < mt && s->t[k].kind == TK_WORD && is_verb_filler(s, &s->t[k]))
		k++;
	if (k >= mt || s->t[k].kind != TK_WORD || (s->t[k].flags & TF_CAP) || s->covered[k] ||
	    is_preposition(s, &s->t[k]) || is_determiner(s, &s->t[k]))
		return -1;
	/* then the figure, in the verb's clause */
	for (size_t j = k + 1; j < mt; j++)
		if (is_clause_break(text, &s->t[j]) || token_is(text, &s->t[j], "and") ||
		    token_is(text, &s->t[j], "but") || word_is(s, &s->t[j], CUE_FINITE))
			return -1;
	return noun_subject(s, cs, head);
}

/* "The acquisition, announced on March 4, will bring ...": a report in
 * the past participle set off by a comma after a common noun tells what
 * was announced, not who announced it; with no "by" naming the one who
 * did, that is the article's main organisation (implied). */
static bool passive_report(const struct sent *s, size_t trig)
{
	const char *text = s->text;
	if (trig < 2 || s->t[trig - 1].kind != TK_PUNCT || text[s->t[trig - 1].start] != ',')
		return false;
	const struct token *n = &s->t[trig - 2], *v = &s->t[trig];
	if (n->kind != TK_WORD || (n->flags & TF_CAP) || s->covered[trig - 2] || v->end - v->start < 4 ||
	    memcmp(text + v->end - 2, "ed", 2) != 0)
		return false;
	bool says = false;
	for (size_t m = s->first; m < s->x->mentions.n && !says; m++) {
		const struct mention *e = &s->x->mentions.v[m];
		says = e->type == M_EVENT && e->start == v->start && field_is(e->value, "ANNOUNCE");
	}
	if (!says)
		return false;
	for (size_t k = trig + 1; k < s->n && k <= trig + 6; k++) {
		if (token_is(text, &s->t[k], "by"))
			return false;
		if (s->t[k].kind == TK_PUNCT && text[s->t[k].start] == ',')
			break;
	}
	return true;
}

/* "AUSTIN, Texas (Wirepoint) - Harlow Foods agreed ...", "ALDWICK —
 * Seven people ...": a dateline that leads the sentence (capitalised
 * words, commas, dots and a parenthesised agency, up to a dash set off by
 * a space) is no part of its first clause. It opens with a word in
 * capitals or holds a comma or a parenthesis: "Harlow - the dairy's new
 * owner - said" is no dateline. Returns the token after the dash, or 0
 * when the sentence opens otherwise. */
static size_t dateline_lead(const struct sent *s, size_t trig)
{
	const char *text = s->text;
	if (s->headline || trig == 0)
		return 0;
	bool shaped = (s->t[0].flags & TF_UPPER) && s->t[0].end - s->t[0].start > 1;
	for (size_t k = 0; k < trig && k < 12; k++) {
		const struct token *t = &s->t[k];
		if (is_cap_word(t))
			continue;
		if (t->kind != TK_PUNCT)
			return 0;
		const char *c = text + t->start;
		size_t n = t->end - t->start;
		if (is_dash(text, t)) {
			if (k == 0 || !shaped)
				return 0;
			while (k + 1 < trig && s->t[k + 1].kind == TK_PUNCT && text[s->t[k + 1].start] == '-')
				k++; /* "--" */
			return k + 1;
		}
		if (n != 1 || !strchr(",.()", *c))
			return 0;
		shaped |= *c == ',' || *c == '(';
	}
	return 0;
}

/* "Ferrante has signed with Northbridge United, the English club
 * announced", "joined Northbridge United from Sporting Alvera, the Premier
 * League club confirmed": a noun that stands for the main organisation
 * (cues.tsv's "subject-noun") at h, after "the" and words in capitals
 * that describe it, set off by a comma, is the organisation the sentence
 * names before the comma: the last one not after "from" or "by" (where
 * something comes from, who did it to the subject). With none, the
 * article's main organisation. -1 when the words are otherwise. */
static int32_t described_sayer(struct sent *s, size_t h)
{
	const char *text = s->text;
	size_t d = h;
	while (d > 0 && h - d < 3 && is_cap_word(&s->t[d - 1]) && !is_determiner(s, &s->t[d - 1]))
		d--;
	if (d == h || d < 3 || !token_is(text, &s->t[d - 1], "the") || (s->t[d - 1].flags & TF_CAP) ||
	    s->t[d - 2].kind != TK_PUNCT || text[s->t[d - 2].start] != ',')
		return -1;
	struct token pair[2] = {s->t[d - 1], s->t[h]};
	if (lexicon_cue_at(s->lx, text, pair, 0, 2, CUE_SUBJECT_NOUN) != 2)
		return -1;
	int32_t named = -1;
	uint32_t comma = s->t[d - 2].start;
	for (size_t m = s->first; m < s->x->mentions.n; m++) {
		const struct mention *e = &s->x->mentions.v[m];
		if (e->start >= comma || e->type != M_ENTITY || field_is(e->unit, "person") ||
		    field_is(e->unit, "place") || field_is(e->unit, "noun"))
			continue;
		size_t f = tok_first(s, m);
		if (f > 0 && (token_is(text, &s->t[f - 1], "from") || token_is(text, &s->t[f - 1], "by")))
			continue;
		if (named < 0 || e->start > s->x->mentions.v[named].start)
			named = (int32_t)m;
	}
	return named >= 0 ? named : SUBJ_MAIN;
}

/* "The bridge closed on Friday, the city said on Saturday", ", officials
 * said", ", fire officials said": the one who says, after a comma, is the
 * common noun phrase between the comma and the verb of saying (trig; k0
 * after the fillers before it), not the subject the sentence opens with;
 * "the company" (cues.tsv's "subject-noun") is the main organisation.
 * Returns the noun (noun_subject), SUBJ_MAIN, or -1 when the words are
 * otherwise (a name, a pronoun, a figure, a preposition) or the verb is
 * in the passive ("federal agencies were told": they were the ones told). */
static int32_t trailing_sayer(struct sent *s, size_t k0, size_t trig)
{
	const char *text = s->text;
	if (!lexicon_cue_at(s->lx, text, s->t, trig, s->n, CUE_SPEECH) &&
	    !lexicon_cue_at(s->lx, text, s->t, trig, s->n, CUE_SPEECH_TO))
		return -1;
	/* "federal agencies were told": a passive's subject is who was told */
	static const char *const passive[] = {"be", "been", "being", "is", "was", "are", "were"};
	for (size_t j = k0; j < trig; j++) {
		for (size_t q = 0; q < CC_ARRAY_LEN(passive); q++)
			if (token_is(text, &s->t[j], passive[q]))
				return -1;
		/* "except to say": an infinitive has no sayer before it */
		if (token_is(text, &s->t[j], "to"))
			return -1;
	}
	if (trig > 0 && token_is(text, &s->t[trig - 1], "to"))
		return -1;
	size_t k = k0;
	while (k > 0 && k0 - k < 3) {
		const struct token *w = &s->t[k - 1];
		if (w->kind != TK_WORD || (w->flags & TF_CAP) || s->covered[k - 1] || is_preposition(s, w) ||
		    is_verb_filler(s, w) || is_determiner(s, w) || word_is(s, w, CUE_PRONOUN) ||
		    token_is(text, w, "they") || token_is(text, w, "he") || token_is(text, w, "she") ||
		    token_is(text, w, "we") || token_is(text, w, "who") || token_is(text, w, "which") ||
		    token_is(text, w, "and") || token_is(text, w, "but"))
			break;
		k--;
	}
	if (k + 1 == k0 && k >= 3 && is_cap_word(&s->t[k - 1])) {
		int32_t named = described_sayer(s, k);
		if (named != -1)
			return named;
	}
	if (k == k0)
		return -1;
	size_t from = k;
	if (k > 0 && is_determiner(s, &s->t[k - 1]) && !token_is(text, &s->t[k - 1], "that"))
		from = --k;
	/* ", and analysts said" */
	if (k > 2 && (token_is(text, &s->t[k - 1], "and") || token_is(text, &s->t[k - 1], "but")))
		k--;
	if (k < 2 || s->t[k - 1].kind != TK_PUNCT || text[s->t[k - 1].start] != ',')
		return -1;
	/* "The Sunnyvale, Calif., company said": the comma closes a place
	 * that says where the noun is (clause_subject reads it) */
	for (size_t j = 0; j + 1 < k; j++)
		if (is_determiner(s, &s->t[j]) && place_description(s, j + 1, trig) == from)
			return -1;
	if (lexicon_cue_at(s->lx, text, s->t, from, s->n, CUE_SUBJECT_NOUN) >= 2)
		return SUBJ_MAIN; /* "the company" */
	return noun_subject(s, from, k0 - 1);
}

/* The noun a participle at p follows right after ("a ban imposed by ...",
 * "the plant owned by ...": a reduced relative clause), as clause_subject
 * returns it: a name ending there, the noun phrase from its determiner
 * (a word or two between), SUBJ_MAIN for "the company"; -1 when the word
 * before p is no such noun ("was imposed", "has owned", "bought by"). */
static int32_t participle_noun(struct sent *s, size_t p)
{
	const char *text = s->text;
	if (p == 0)
		return -1;
	size_t h = p - 1;
	int32_t e = entity_ending_at(s, h);
	if (e >= 0)
		return field_is(s->x->mentions.v[e].unit, "place") ? -1 : e;
	const struct token *w = &s->t[h];
	if (w->kind != TK_WORD || (w->flags & TF_CAP) || s->covered[h] || is_verb_filler(s, w) ||
	    is_preposition(s, w) || is_determiner(s, w) || past_form(text, w))
		return -1;
	for (size_t d = h; d > 0 && h - d < 3; d--) {
		const struct token *x = &s->t[d - 1];
		if (is_determiner(s, x)) {
			if (lexicon_cue_at(s->lx, text, s->t, d - 1, s->n, CUE_SUBJECT_NOUN) >= 2)
				return SUBJ_MAIN;
			return noun_subject(s, d - 1, h);
		}
		if (x->kind != TK_WORD || (x->flags & TF_CAP) || s->covered[d - 1] || is_preposition(s, x) ||
		    is_verb_filler(s, x))
			break;
	}
	return -1;
}

/* "and with it he improves to 58-3 with 51 wins": a noun trigger after
 * "with" and a count is the clause's subject's, who has the count, not the
 * name nearest before it (an opponent the clause's verb names). The
 * clause starts at cs or after ", and" / ", but"; its subject is the first
 * "he", "she", "it" or name (no place) there that is no preposition's
 * object, before any other trigger. Returns it as clause_subject does, or
 * -1 (not such a trigger, or no subject found). */
static int32_t with_count_subject(struct sent *s, size_t cs, size_t trig)
{
	const char *text = s->text;
	size_t w = trig;
	while (w > cs && s->covered[w - 1] && entity_ending_at(s, w - 1) < 0)
		w--;
	if (w == trig || w <= cs || !token_is(text, &s->t[w - 1], "with"))
		return -1;
	w--;
	size_t start = cs;
	for (size_t k = cs + 1; k < w; k++)
		if ((token_is(text, &s->t[k], "and") || token_is(text, &s->t[k], "but")) &&
		    s->t[k - 1].kind == TK_PUNCT && text[s->t[k - 1].start] == ',')
			start = k + 1;
	for (size_t k = start; k < w; k++) {
		const struct token *t = &s->t[k];
		if (bit_get(s->ev, k))
			return -1;
		if (is_preposition(s, t)) {
			/* its object: a name, or a word ("with it") */
			int32_t o = k + 1 < w ? entity_starting_at(s, k + 1) : -1;
			k = o >= 0 ? tok_last(s, o) : k + 1;
			continue;
		}
		if (token_is(text, t, "he") || token_is(text, t, "she"))
			return SUBJ_PERSON;
		if (token_is(text, t, "it"))
			return SUBJ_IT;
		int32_t e = entity_starting_at(s, k);
		if (e >= 0) {
			if (!field_is(s->x->mentions.v[e].unit, "place"))
				return e;
			k = tok_last(s, e);
		}
	}
	return -1;
}

/* "A judge on Thursday sentenced former Greyhaven city treasurer Martin
 * Albury to eight years": a trigger whose act is told of its object
 * (events.tsv's "patient"), an active verb with a name for object right
 * after it, past determiners, plain words, titles and names that modify the
 * object, is that name's: its figures are the sentence of the one
 * sentenced, as in "Albury was sentenced to eight years". Returns the
 * object (its person if it names one, else its last name that is no place
 * and no common noun), or -1: a noun ("the sentence of", "his arrest"), a
 * passive ("was sentenced to"), or no name for object ("sentenced him",
 * "arrested two men"). */
static int32_t patient_object(const struct sent *s, size_t trig, const char *lemma)
{
	const char *text = s->text;
	if (trig + 1 >= s->n || (trig > 0 && (is_determiner(s, &s->t[trig - 1]) ||
					      is_possessive(text, &s->t[trig - 1]))))
		return -1;
	int32_t person = -1, other = -1;
	for (size_t k = trig + 1; k < s->n && k <= trig + 10; k++) {
		const struct token *t = &s->t[k];
		int32_t e = entity_starting_at(s, k);
		if (e >= 0) {
			const char *u = s->x->mentions.v[e].unit;
			if (field_is(u, "person"))
				person = e;
			else if (!field_is(u, "place") && !field_is(u, "noun"))
				other = e;
			k = tok_last(s, (size_t)e);
			continue;
		}
		if (t->kind != TK_WORD || bit_get(s->ev, k) || is_preposition(s, t) || is_verb_filler(s, t) ||
		    token_is(text, t, "that") || token_is(text, t, "and") || token_is(text, t, "or"))
			break;
	}
	/* (the lexicon is asked last: most triggers have no name after them) */
	int32_t obj = person >= 0 ? person : other;
	return obj >= 0 && lexicon_event_patient(s->lx, lemma) ? obj : -1;
}

static int32_t clause_subject(struct sent *s, size_t trig)
{
	const char *text = s->text;
	/* "..., said Dana Whitfield on Monday", "\"...\" said Commerce
	 * Secretary Gina Raimondo": a verb of saying right after a comma or a
	 * quote, its speaker after it, is the speaker's (find_attribution
	 * reads the same order), not the sentence's subject */
	if (trig > 0 && s->t[trig - 1].kind == TK_PUNCT &&
	    (text[s->t[trig - 1].start] == ',' || is_quote_mark(text, &s->t[trig - 1]))) {
		size_t m = lexicon_cue_at(s->lx, text, s->t, trig, s->n, CUE_SPEECH);
		int32_t sp = m ? speaker_after_verb(s, trig + m, true) : -1;
		if (sp >= 0)
			return sp;
	}
	/* "given Oracle has made 41 acquisitions": a noun trigger counted by
	 * the amount before it, the object of a plain verb ("made",
	 * "completed"), is done by the name right before that verb and its
	 * fillers, whatever opened the clause ("It is apt, given" does not
	 * make "it" the buyer) */
	if (trig >= 3 && s->covered[trig - 1]) {
		size_t a = trig - 1; /* the amount's first token */
		while (a > 0 && s->covered[a - 1])
			a--;
		const struct token *vb = a > 1 ? &s->t[a - 1] : NULL; /* the verb */
		bool amount = false; /* (an amount's run, not a name's: names cover their tokens too) */
		if (vb && vb->kind == TK_WORD && !(vb->flags & TF_CAP) && !is_verb_filler(s, vb) &&
		    !is_preposition(s, vb) && !is_determiner(s, vb) && !is_possessive(text, vb))
			for (size_t m = s->first; m < s->x->mentions.n && !amount; m++) {
				const struct mention *q = &s->x->mentions.v[m];
				amount = q->type == M_NUMBER && q->start == s->t[a].start &&
					 q->end == s->t[trig - 1].end;
			}
		if (amount) {
			size_t k = a - 1;
			while (k > 0 && is_verb_filler(s, &s->t[k - 1]) && s->t[k - 1].kind != TK_PUNCT)
				k--;
			int32_t e = k > 0 ? entity_ending_at(s, k - 1) : -1;
			if (e >= 0 && !field_is(s->x->mentions.v[e].unit, "place") &&
			    !field_is(s->x->mentions.v[e].unit, "noun")) {
				/* (not the object of a preposition; "as" and
				 * "since" before a name and its verb join a
				 * clause: "as Harlow completed 2 million
				 * purchases") */
				size_t st0 = tok_first(s, e);
				const struct token *p = st0 > 0 ? &s->t[st0 - 1] : NULL;
				if (!(p && is_preposition(s, p) && !token_is(text, p, "as") &&
				      !token_is(text, p, "since")))
					return e;
			}
		}
	}
	/* an entity right before the verb is its subject ("Moscow-based maker
	 * Kaspersky announced") */
	size_t k0 = trig;
	while (k0 > 0 && is_verb_filler(s, &s->t[k0 - 1]) && s->t[k0 - 1].kind != TK_PUNCT)
		k0--;
	if (k0 > 0) {
		int32_t e = entity_ending_at(s, k0 - 1);
		/* ... but a place right before a noun of something that
		 * happens says where it happened, not who acts: "a 4.6
		 * magnitude California earthquake", "the Marin County fire" */
		if (e >= 0 && k0 == trig && field_is(s->x->mentions.v[e].unit, "place") &&
		    is_occurrence(s, &s->t[trig]))
			e = -1;
		/* ... nor a country's adjective that stands for a person ("The
		 * 24-year-old Italian has agreed": tie_inner looks for whom) */
		if (e >= 0 && national_person(s, e))
			return SUBJ_DESCRIBED;
		/* ... and not the object of a preposition ("its plant in
		 * Springfield starting April 19") */
		if (e >= 0) {
			size_t st0 = tok_first(s, e);
			/* ... nor the name after "of" that says whose a common
			 * noun is: "A former treasurer of the Brinmoor Trust was
			 * sentenced" sentences the treasurer */
			size_t of = st0 > 0 && is_determiner(s, &s->t[st0 - 1]) ? st0 - 1 : st0;
			bool of_noun = of > 1 && token_is(text, &s->t[of - 1], "of") &&
				       s->t[of - 2].kind == TK_WORD && !(s->t[of - 2].flags & TF_CAP) &&
				       !s->covered[of - 2] && !is_verb_filler(s, &s->t[of - 2]) &&
				       !is_preposition(s, &s->t[of - 2]);
			/* ... nor the agent of a participle after a noun: "a ban
			 * imposed by the Commerce Department set to take effect",
			 * "the plant owned by Orvik closed": the noun before the
			 * participle acts */
			size_t by = of;
			bool by_near = false; /* a "by" in the four words before: mostly none */
			for (size_t tk = st0 > 4 ? st0 - 4 : 0; tk < st0 && !by_near; tk++)
				by_near = token_is(text, &s->t[tk], "by");
			for (size_t tk = st0 > 3 ? st0 - 3 : 0; by_near && tk < st0 && by == of; tk++)
				if (tk + lexicon_cue_at(s->lx, text, s->t, tk, s->n, CUE_TITLE) == st0)
					by = tk; /* "by Mayor Ines Carvalho" */
			if (by > 2 && token_is(text, &s->t[by - 1], "by") && past_form(text, &s->t[by - 2])) {
				int32_t agent_of = participle_noun(s, by - 2);
				if (agent_of != -1)
					return agent_of;
			}
			if (!(st0 > 0 && is_preposition(s, &s->t[st0 - 1])) && !of_noun)
				return e;
		}
		if (token_is(text, &s->t[k0 - 1], "he") || token_is(text, &s->t[k0 - 1], "she"))
			return SUBJ_PERSON;
		/* "and last month it purchased assets": "it" right before the
		 * verb stands for a subject named before it, not for the last
		 * name read ("Ethernet switches") */
		if (token_is(text, &s->t[k0 - 1], "it")) {
			int32_t occ = k0 == 1 ? occurrence_it(s) : -1;
			return occ >= 0 ? occ : SUBJ_IT;
		}
		int32_t sayer = trailing_sayer(s, k0, trig);
		if (sayer != -1)
			return sayer;
		/* "how a fire started", "after a blaze tore through": a noun of
		 * something that happens (cues.tsv's "occurrence"), after a
		 * determiner and a word or two, right before the verb is its
		 * subject, whatever opened the clause */
		if (is_occurrence(s, &s->t[k0 - 1])) {
			for (size_t d = k0 - 1; d > 0 && (k0 - 1) - d < 3; d--) {
				const struct token *w = &s->t[d - 1];
				if (is_determiner(s, w))
					return noun_subject(s, d - 1, k0 - 1);
				if (w->kind != TK_WORD || (w->flags & TF_CAP) || s->covered[d - 1] ||
				    is_preposition(s, w) || is_verb_filler(s, w))
					break;
			}
		}
		/* "The storm flooded 40 homes, and the damage reached $2
		 * million": a clause joined by ", and" (", but") that opens
		 * with a determiner and a plain word or two right before its
		 * verb has that noun phrase for subject, not the first
		 * clause's ("the company": the article's main organisation).
		 * The comma is the last mark before the verb, six tokens back at
		 * most: looked for only then */
		size_t pc = prev_bit(s->punct, k0);
		for (size_t d = k0 - 1; pc != SIZE_MAX && pc + 6 >= k0 && d >= 3 && (k0 - 1) - d < 3; d--) {
			const struct token *w = &s->t[d];
			if (w->kind != TK_WORD || (w->flags & TF_CAP) || s->covered[d] || is_preposition(s, w) ||
			    is_verb_filler(s, w))
				break;
			const struct token *dt = &s->t[d - 1];
			if (!is_determiner(s, dt) || (dt->flags & TF_CAP) || is_possessive(text, dt))
				continue;
			if (!(token_is(text, &s->t[d - 2], "and") || token_is(text, &s->t[d - 2], "but")) ||
			    s->t[d - 3].kind != TK_PUNCT || text[s->t[d - 3].start] != ',')
				break;
			if (lexicon_cue_at(s->lx, text, s->t, d - 1, s->n, CUE_SUBJECT_NOUN) >= 2)
				return SUBJ_MAIN;
			return noun_subject(s, d - 1, k0 - 1);
		}
		/* "it expects the deal to close": the noun phrase right before
		 * "to" is what begins or ends (not so for other verbs: "a deal to
		 * buy SeaMicro" is not the buyer) */
		const struct token *w = &s->t[k0 - 1];
		if (k0 >= 2 && k0 < trig && token_is(text, &s->t[k0], "to") && e < 0 && w->kind == TK_WORD &&
		    !(w->flags & TF_CAP) && !s->covered[k0 - 1] && !is_verb_filler(s, w) &&
		    !is_preposition(s, w) && is_determiner(s, &s->t[k0 - 2]) && changes_state(s, trig)) {
			if (lexicon_cue_at(s->lx, text, s->t, k0 - 2, s->n, CUE_SUBJECT_NOUN) >= 2)
				return SUBJ_MAIN;
			return noun_subject(s, k0 - 2, k0 - 1);
		}
	}
	if (passive_report(s, trig))
		return SUBJ_MAIN;
	size_t cs = 0;
	for (size_t k = prev_bit(s->open, trig); k != SIZE_MAX; k = prev_bit(s->open, k)) {
		if (clause_opener(s, k)) {
			cs = k + 1;
			break;
		}
	}
	/* "The ban, which takes effect ...": a relative clause's subject is
	 * the noun phrase before its pronoun; so is the subject of a verb
	 * after the clause, set off by commas, when the main verb follows the
	 * second ("The company, which has operated in the U.S. for over a
	 * decade, will now wind down its operations"), or by a dash that
	 * closes an aside of its own ("The swimmer, whose films launched a
	 * genre - the water musicals - died Thursday"; "whose" only so: in
	 * "whose sister died" the sister dies). A quote mark may stand
	 * between the comma and the pronoun (a nickname's closing quote). */
	bool closed = false;
	size_t rel = cs > 1 && cs < trig ? cs - 1 : SIZE_MAX; /* the pronoun */
	bool whose = rel != SIZE_MAX && relative_whose(s, rel);
	size_t before = rel; /* the comma before it */
	if (before != SIZE_MAX && before > 1 && is_quote_mark(text, &s->t[before - 1]))
		before--;
	/* "A singer whose albums sold well died": with no comma, the clause
	 * ends at the verb after its own */
	bool bare = whose && !(s->t[before - 1].kind == TK_PUNCT && text[s->t[before - 1].start] == ',');
	if (bare) {
		before = rel;
		closed = whose_bare_closed(s, rel, trig);
	}
	if (rel != SIZE_MAX && !bare &&
	    (token_is(text, &s->t[rel], "which") || token_is(text, &s->t[rel], "who") || whose) &&
	    s->t[before - 1].kind == TK_PUNCT && text[s->t[before - 1].start] == ',') {
		/* the comma or dash that closes it, right before the main
		 * verb's words */
		for (size_t k = next_bit(s->punct, cs, trig); k < trig && !closed; k = next_bit(s->punct, k + 1, trig))
			closed = (text[s->t[k].start] == ',' || is_dash(text, &s->t[k])) &&
				 (bit_get(s->ev, k + 1) || is_verb_filler(s, &s->t[k + 1]));
	}
	if (cs > 0 && (cs == trig || closed) && (token_is(text, &s->t[cs - 1], "which") ||
						 token_is(text, &s->t[cs - 1], "who") || (whose && closed) ||
						 token_is(text, &s->t[cs - 1], "that"))) {
		size_t k = closed ? before : cs - 1;
		if (k > 0 && s->t[k - 1].kind == TK_PUNCT && text[s->t[k - 1].start] == ',')
			k--;
		if (k > 0) {
			int32_t e = entity_ending_at(s, k - 1);
			if (e >= 0)
				return e;
			const struct token *w = &s->t[k - 1];
			if (w->kind == TK_WORD && !(w->flags & TF_CAP)) {
				for (size_t d = k - 1; d > 0 && (k - 1) - d < 3; d--) {
					if (!is_determiner(s, &s->t[d - 1]))
						continue;
					if (lexicon_cue_at(s->lx, text, s->t, d - 1, s->n, CUE_SUBJECT_NOUN) >= 2)
						return SUBJ_MAIN;
					return noun_subject(s, d - 1, k - 1);
				}
			}
		}
		return -1;
	}
	/* inside a clause that "whose" opens, the noun after it acts: "whose
	 * brother died" is not the antecedent's death; with no comma, that
	 * noun, plain words right before the verb ("whose albums sold") */
	if (whose && !closed && bare) {
		size_t h = trig;
		while (h > cs && s->t[h - 1].kind == TK_WORD && is_verb_filler(s, &s->t[h - 1]))
			h--;
		bool plain = h > cs && h <= cs + 3;
		for (size_t k = cs; k < h && plain; k++)
			plain = s->t[k].kind == TK_WORD && !(s->t[k].flags & TF_CAP) && !s->covered[k] &&
				!is_preposition(s, &s->t[k]) && !is_verb_filler(s, &s->t[k]);
		if (plain)
			return noun_subject(s, cs, h - 1);
	}
	if (whose && !closed)
		return SUBJ_NONE;
	if (cs == 0)
		cs = dateline_lead(s, trig);
	int32_t counted = with_count_subject(s, cs, trig);
	if (counted != -1)
		return counted;
	/* skip a leading prepositional phrase up to its comma */
	if (cs < trig && is_preposition(s, &s->t[cs])) {
		size_t k = cs;
		while (k < trig && !(s->t[k].kind == TK_PUNCT && text[s->t[k].start] == ','))
			k++;
		if (k < trig)
			cs = k + 1;
	}
	while (cs < trig && s->t[cs].kind == TK_PUNCT)
		cs++;
	if (cs >= trig)
		return -1;
	int32_t ent = entity_starting_at(s, cs);
	if (ent < 0) {
		/* "Mayor Petra Halloran won the Dunmere mayoral election": a
		 * title that opens the clause stands before its person, who
		 * acts (not the name nearest the trigger) */
		size_t tl = lexicon_cue_at(s->lx, text, s->t, cs, s->n, CUE_TITLE);
		int32_t p = tl && cs + tl < trig ? entity_starting_at(s, cs + tl) : -1;
		if (p >= 0 && field_is(s->x->mentions.v[p].unit, "person"))
			ent = p;
	}
	if (ent >= 0 && s->headline) {
		/* "Technicolor Star Dies At Age 91": in a headline, a name
		 * before capitals that are no name, right up to the verb,
		 * modifies them and is not who acts. The one who does is the
		 * named subject of the headline's event before ("Esther
		 * Williams Dead: Technicolor Star Dies"), else the noun ("star") */
		size_t k = tok_last(s, ent) + 1;
		while (k < trig && is_cap_word(&s->t[k]) && !s->covered[k] && !bit_get(s->ev, k) &&
		       !is_verb_filler(s, &s->t[k]) && !is_preposition(s, &s->t[k]))
			k++;
		if (k == trig && k > tok_last(s, ent) + 1) {
			int32_t named = -1;
			for (size_t m = s->first; m < s->x->mentions.n; m++) {
				const struct mention *e = &s->x->mentions.v[m];
				if (e->type == M_EVENT && e->start < s->t[cs].start && e->subject >= 0 &&
				    !field_is(s->x->mentions.v[e->subject].unit, "noun") &&
				    !field_is(s->x->mentions.v[e->subject].unit, "place"))
					named = e->subject;
			}
			return named >= 0 ? named : noun_subject(s, cs, trig - 1);
		}
	}
	if (ent >= 0 && field_is(s->x->mentions.v[ent].unit, "place")) {
		/* "Texas startup Calxeda offers": a place before a common noun
		 * and a name modifies them; the name is the subject ("Moscow
		 * officials denied" stays Moscow's) */
		size_t pk = tok_last(s, ent) + 1, k = pk;
		while (k < trig && s->t[k].kind == TK_WORD && !(s->t[k].flags & TF_CAP) && !s->covered[k] &&
		       !bit_get(s->ev, k) && !is_preposition(s, &s->t[k]) && !is_verb_filler(s, &s->t[k]) &&
		       !is_possessive(text, &s->t[k]))
			k++;
		int32_t named = k > pk && k < trig ? entity_starting_at(s, k) : -1;
		/* "Norwegian carrier cancels flights", "American officials
		 * said": a country's adjective only says whose the noun after it
		 * is; the noun acts ("Moscow officials", a name, stays Moscow's) */
		if (named < 0 && k == trig && k > pk && !written_as_itself(text, &s->x->mentions.v[ent])) {
			int32_t noun = noun_subject(s, pk, trig - 1);
			if (noun >= 0)
				return noun;
		}
		/* "Norway's Civil Aviation Authority opened": the name after
		 * a place's possessive is the one who acts, unless it is a
		 * place within that place ("Lake County's Cobb Mountain") */
		if (named < 0 && pk + 1 < trig && is_possessive(text, &s->t[pk])) {
			named = entity_starting_at(s, pk + 1);
			if (named >= 0 && field_is(s->x->mentions.v[named].unit, "place"))
				named = -1;
		}
		if (named >= 0)
			return named;
	}
	if (ent >= 0)
		return ent;
	const struct token *t = &s->t[cs];
	/* "A wildfire burning above Carrow has grown ... It started on
	 * Sunday": an "It" that opens the sentence after one that opens with
	 * an occurrence is that occurrence (note_occurrence) */
	int32_t occ = cs == 0 && token_is(text, t, "it") ? occurrence_it(s) : -1;
	if (occ >= 0)
		return occ;
	/* "it" opening the clause stands for a name tie_inner finds (the
	 * organisation whose saying the clause reports, else the article's
	 * main organisation) */
	if (token_is(text, t, "it"))
		return SUBJ_IT;
	if (token_is(text, t, "they"))
		return SUBJ_MAIN_SAID;
	if (token_is(text, t, "he") || token_is(text, t, "she"))
		return SUBJ_PERSON;
	if (!is_determiner(s, t))
		return -1;
	if (lexicon_cue_at(s->lx, text, s->t, cs, s->n, CUE_SUBJECT_NOUN) >= 2)
		return SUBJ_MAIN; /* "the company", "the firm" */
	/* "The Sunnyvale, Calif., company said": the place says where the
	 * noun after it is and names no subject; "the company" is the main
	 * organisation as without the place, another noun is itself */
	size_t pd = place_description(s, cs + 1, trig);
	if (pd > cs + 1) {
		size_t h = pd;
		while (h < trig && s->t[h].kind == TK_WORD && !(s->t[h].flags & TF_CAP) && !s->covered[h] &&
		       !is_preposition(s, &s->t[h]) && !is_verb_filler(s, &s->t[h]))
			h++;
		if (h == pd || h < trig)
			return -1;
		struct token pair[2] = {s->t[cs], s->t[h - 1]};
		if (lexicon_cue_at(s->lx, text, pair, 0, 2, CUE_SUBJECT_NOUN) == 2)
			return SUBJ_MAIN;
		return noun_subject(s, cs, h - 1);
	}
	/* the head: the last plain word before a preposition, a filler, a
	 * comma or the trigger */
	size_t head = SIZE_MAX, k;
	bool amount = false;
	for (k = cs + 1; k < trig; k++) {
		const struct token *w = &s->t[k];
		/* an amount or a date right after the determiner (and a word)
		 * modifies what follows it, and the word before it modifies
		 * the amount: "A magnitude 4.6 quake hit" -> "quake"; "a 4.6
		 * quake" is the trigger's own phrase, with no subject before
		 * it. Further on, an amount ends a phrase we cannot read. */
		if (s->covered[k] && entity_starting_at(s, k) < 0) {
			head = SIZE_MAX;
			if (k > cs + 2 && !amount)
				break;
			amount = true;
			continue;
		}
		if (w->kind != TK_WORD || is_preposition(s, w) || is_verb_filler(s, w))
			break;
		/* a measure right after the amount, before another word of the
		 * phrase, is the amount's unit, as in "a 4.6-magnitude quake":
		 * "a 4.6 magnitude earthquake", "a 500 acre fire" */
		if (amount && head == SIZE_MAX && k + 1 < s->n && s->t[k + 1].kind == TK_WORD &&
		    !(s->t[k + 1].flags & TF_CAP) && !(w->flags & TF_CAP) && !s->covered[k + 1] &&
		    !is_preposition(s, &s->t[k + 1]) && !is_verb_filler(s, &s->t[k + 1]) &&
		    quantity_measure_word(text, w))
			continue;
		int32_t e = entity_starting_at(s, k);
		if (e >= 0) {
			/* "The Ukrainian champion dropped", "the Russian firm
			 * said": a place before a common noun modifies it */
			const struct mention *em = &s->x->mentions.v[e];
			size_t ek = token_last(s, em) + 1;
			if (field_is(em->unit, "place") && ek < trig && s->t[ek].kind == TK_WORD &&
			    !(s->t[ek].flags & TF_CAP) && !is_preposition(s, &s->t[ek]) &&
			    !is_verb_filler(s, &s->t[ek])) {
				k = ek - 1;
				continue;
			}
			break;
		}
		head = k;
	}
	/* "The 24-year-old has agreed": "the" and an age alone, right before
	 * the verb, is a person, as "he" is (tie_inner looks for whom) */
	if (amount && head == SIZE_MAX && token_is(text, &s->t[cs], "the") && age_phrase(s, cs + 1, trig))
		return SUBJ_DESCRIBED;
	if (amount && k < trig)
		head = SIZE_MAX; /* the phrase after the amount did not reach the verb */
	/* "The new restrictions": a phrase that reaches the trigger with only
	 * a determiner is the trigger's own (a noun trigger), no subject */
	if (head == SIZE_MAX || is_determiner(s, &s->t[head]))
		return -1;
	/* ... and so are plain words right up to a noun of something that
	 * happens: "A small quake struck", "a shallow earthquake on Sunday"
	 * say what kind of quake, not who acts ("the plant's fire" is still
	 * the plant's; "A bakery fires 20 staff" is a verb with its object) */
	if (k == trig && head + 1 == trig && is_occurrence(s, &s->t[trig]) &&
	    !is_possessive(text, &s->t[head]) &&
	    !(trig + 1 < s->n && (is_determiner(s, &s->t[trig + 1]) || s->covered[trig + 1])))
		return -1;
	return noun_subject(s, cs, head);
}

/* "gives the company until September 29", "Kaspersky has until ...": the
 * one who must act by a deadline is the noun phrase right before it. */
static int32_t deadline_holder(struct sent *s, size_t date_tok)
{
	const char *text = s->text;
	size_t k = date_tok;
	while (k > 0 && (token_is(text, &s->t[k - 1], "until") || token_is(text, &s->t[k - 1], "by") ||
			 token_is(text, &s->t[k - 1], "till") || token_is(text, &s->t[k - 1], "has") ||
			 token_is(text, &s->t[k - 1], "have") || token_is(text, &s->t[k - 1], "had")))
		k--;
	if (k == 0 || k == date_tok)
		return -1;
	int32_t ent = entity_ending_at(s, k - 1);
	if (ent >= 0)
		return ent;
	if (k >= 2 && lexicon_cue_at(s->lx, text, s->t, k - 2, s->n, CUE_SUBJECT_NOUN) == 2)
		return SUBJ_MAIN;
	if (token_is(text, &s->t[k - 1], "it") || token_is(text, &s->t[k - 1], "them"))
		return SUBJ_MAIN;
	return -1;
}

/* "Luca Ferrante joined ... He has agreed a five-year contract": the
 * person a "he" or "she" that names no one in its own sentence stands for,
 * the last one named in the three sentences before (a name the article
 * calls a person: a title or a role before it); -1 when none. */
static int32_t person_before(const struct sent *s)
{
	const struct mention *v = s->x->mentions.v;
	for (size_t m = s->first; m-- > 0;) {
		if (v[m].sentence + 3 < s->index)
			break;
		if (v[m].type == M_ENTITY && field_is(v[m].unit, "person"))
			return (int32_t)m;
	}
	return -1;
}

/* A sentence's events, entities and slots (mention indices, in text
 * order), as tie lists them for tie_inner. */
struct tie_ids {
	const uint32_t *ev, *en, *sl;
	size_t nev, nen, nsl;
};

static void tie_inner(struct sent *s, const uint32_t *brk, const struct tie_ids *ids);
static bool length_unit(const char *u);
static void find_length_measure(struct sent *s, struct mention *m);
static void find_joining_measure(struct sent *s, struct mention *m);
static void mark_foreseen(struct sent *s, const uint32_t *sl, size_t nsl);
static void mark_asked(struct sent *s, size_t end);

/* Whether any of the sentence's tokens is_clause_break: its punctuation
 * tokens (the mask from sent_masks) tested without a branch on the byte.
 * Most sentences have none. */
static bool has_clause_break(const struct sent *s)
{
	unsigned any = 0;
	for (size_t w = 0, nw = (s->n + 63) / 64; w < nw; w++)
		for (uint64_t p = s->punct[w]; p; p &= p - 1) {
			size_t k = 64 * w + (size_t)__builtin_ctzll(p);
			any |= clause_break_byte((unsigned char)s->text[s->t[k].start]);
		}
	return any & 1;
}

/* Ties a sentence's mentions. Its events, entities and slots are listed
 * first, in one pass without a branch on each mention's type (they come in
 * no order a predictor could learn), so that tie_inner's loops visit only
 * those (mentions added while tying are not visited); the same pass
 * appends its entities and quotes, and its dates, to the document's lists
 * (struct doc_lists). With a slot and an
 * event among them and a clause break in the sentence, the breaks are
 * counted in one pass (brk[k]: the breaks among tokens [0, k)), so that
 * the cost of each slot-event pair is a subtraction instead of a walk over
 * the tokens between them; without a break brk is NULL. */
/* Whether a determiner, then "first", "best", "worst" or a word in -est,
 * then a word or two, stand right before token k ("its first increase",
 * "the sharpest monthly drop"). */
static bool ranked_before(const struct sent *s, size_t k)
{
	const char *text = s->text;
	for (size_t d = 2; d <= 3 && d < k; d++) {
		const struct token *r = &s->t[k - d];
		size_t rn = r->end - r->start;
		if (r->kind != TK_WORD || !is_determiner(s, &s->t[k - d - 1]))
			continue;
		if (token_is(text, r, "first") || token_is(text, r, "best") || token_is(text, r, "worst") ||
		    (rn > 4 && memcmp(text + r->end - 3, "est", 3) == 0))
			return true;
	}
	return false;
}

/* A figure after "up from" or "down from", or after "from" with a figure
 * of its kind after "to" next to it ("raised its rate to 4.5% from 4.25%",
 * "cut from 200 to 150"), is the value before the change the sentence
 * tells: no figure of its event, so it is tied to none (nor is a date
 * right after it: "up from 5.8% in January"), and it meets no other
 * outlet's figure of the event ("rose to 6.2%, up from 5.8%" against
 * "raised it to 4.5% from 4.25%"). Looked at only for a figure right
 * after "from". */
static void untie_earlier(struct sent *s, size_t end)
{
	const char *text = s->text;
	struct mention *v = s->x->mentions.v;
	for (size_t m = s->first; m < end; m++) {
		enum mention_type ty = v[m].type;
		if (ty == M_DURATION && v[m].event >= 0) {
			/* "its first increase in two years", "the biggest drop in
			 * a decade": the time since the last such, no period
			 * of the event's figures ("rose 22% over the past 12
			 * months") */
			size_t k = tok_first(s, m);
			if (k >= 3 && token_is(text, &s->t[k - 1], "in") && ranked_before(s, k - 1)) {
				v[m].event = -1;
				v[m].subject = -1;
			}
			continue;
		}
		if ((ty != M_NUMBER && ty != M_PERCENT && ty != M_MONEY) || v[m].event < 0)
			continue;
		size_t k = tok_first(s, m);
		if (k == 0 || !token_is(text, &s->t[k - 1], "from"))
			continue;
		bool earlier = k >= 2 && (token_is(text, &s->t[k - 2], "up") || token_is(text, &s->t[k - 2], "down"));
		for (size_t o = s->first; o < end && !earlier; o++) {
			if (o == m || v[o].type != ty)
				continue;
			size_t ko = tok_first(s, o), kl = tok_last(s, m);
			/* "to 4.5% from 4.25%" or "from 4.25% to 4.5%" */
			earlier = (ko >= 1 && token_is(text, &s->t[ko - 1], "to") &&
				   ((ko < k && tok_last(s, o) + 2 == k) || ko == kl + 2));
		}
		if (!earlier)
			continue;
		v[m].event = -1;
		v[m].subject = -1;
		/* the date of the value before: "up from 5.8% in January", "up
		 * from 5% a day earlier" */
		size_t kl = tok_last(s, m);
		for (size_t o = s->first; o < end; o++)
			if (v[o].type == M_DATE && v[o].start > v[m].start && tok_first(s, o) <= kl + 2) {
				v[o].event = -1;
				v[o].subject = -1;
			}
	}
}

/* "Officials confirmed 14 new cases, bringing the outbreak's total to
 * 212": a figure that says it is a total (measure "total", "tally",
 * "toll") and counts nothing of its own is a total of what the sentence
 * counted before it: its unit, reported by the same act (the 212 are
 * cases, confirmed), so that it meets another outlet's "reported 209
 * cases"; and that count is the increase, which meets only increases,
 * never a total. Looked at only for such a figure. */
static void total_of_count(struct sent *s, size_t end)
{
	struct mention *v = s->x->mentions.v;
	for (size_t m = s->first; m < end; m++) {
		if (v[m].type != M_NUMBER || v[m].unit[0] ||
		    !(field_is(v[m].measure, "total") || field_is(v[m].measure, "tally") ||
		      field_is(v[m].measure, "toll")))
			continue;
		int32_t c = -1;
		for (size_t o = s->first; o < end; o++)
			if (v[o].type == M_NUMBER && v[o].end <= v[m].start && v[o].unit[0] && !v[o].measure[0] &&
			    !field_is(v[o].unit, "age") && !field_is(v[o].unit, "ordinal") &&
			    (c < 0 || v[o].start > v[c].start))
				c = (int32_t)o;
		if (c < 0)
			continue;
		str_copy(v[m].unit, sizeof v[m].unit, v[c].unit);
		v[m].measure[0] = '\0';
		v[m].event = v[c].event;
		v[m].subject = v[c].subject;
		str_copy(v[c].measure, sizeof v[c].measure, "increase");
	}
}

/* For a sentence that opens with "It": whether the sentence before it
 * (tokens p, n of them) opens with an occurrence (cues.tsv's
 * "occurrence"), its determiner and a word or two before it allowed ("A
 * wildfire burning above Carrow has grown", "The brush fire spread"), or
 * with an "It" that stood for one ("It started ... It spread"): its noun
 * is then noted for clause_subject (occurrence_it). Looked at only after
 * an "It" that opens a sentence. */
static __attribute__((noinline)) void note_occurrence(struct sent *s, const struct token *p, size_t n)
{
	struct doc_lists *dl = s->lists;
	const char *text = s->text;
	if (dl->occ_at + 1 == s->index && dl->occ[0] && token_is(text, &p[0], "it")) {
		dl->occ_at = s->index;
		return;
	}
	size_t k = 0;
	while (k < 4 && k < n && p[k].kind == TK_WORD &&
	       !(may_cue(&p[k], 1u << CUE_OCCURRENCE) && word_is(s, &p[k], CUE_OCCURRENCE)))
		k++;
	if (k >= 4 || k >= n || p[k].kind != TK_WORD)
		return;
	size_t from = k > 0 && is_determiner(s, &p[0]) ? 1 : 0;
	if (k > from + 2 || (from == 0 && k > 0))
		return;
	for (size_t j = from; j <= k; j++)
		if (j && (p[j].flags & TF_CAP))
			return;
	/* the head: no noun after it ("the fire service") */
	const struct token *w = k + 1 < n ? &p[k + 1] : NULL;
	struct event_hit hit;
	if (w && w->kind == TK_WORD && !past_form(text, w) && !is_preposition(s, w) && !is_verb_filler(s, w) &&
	    !lexicon_event_at(s->lx, text, p, k + 1, n, &hit) &&
	    !(w->end - w->start > 4 && memcmp(text + w->end - 3, "ing", 3) == 0))
		return;
	size_t len = token_lower(text, &p[k], dl->occ, sizeof dl->occ);
	quantity_noun_singular(dl->occ, len);
	dl->occ_at = s->index;
}

static void tie(struct sent *s)
{
	size_t end = s->x->mentions.n, nm = end - s->first;
	uint32_t small_ids[3 * 64];
	uint32_t *ids = nm <= 64 ? small_ids : xmalloc(3 * nm * sizeof *ids);
	uint32_t *evm = ids, *en = ids + nm, *sl = ids + 2 * nm;
	size_t nev = 0, nen = 0, nsl = 0;
	struct doc_lists *dl = s->lists;
	dl->names = xgrow(dl->names, &dl->capnames, dl->nnames + nm, sizeof *dl->names);
	dl->dates = xgrow(dl->dates, &dl->capdates, dl->ndates + nm, sizeof *dl->dates);
	uint32_t *names = dl->names, *dates = dl->dates;
	size_t nnames = dl->nnames, ndates = dl->ndates;
	/* each mention to its lists: one or two stores, not one to every list */
	for (size_t m = s->first; m < end; m++) {
		switch (s->x->mentions.v[m].type) {
		case M_EVENT:
			evm[nev++] = (uint32_t)m;
			break;
		case M_ENTITY:
			en[nen++] = (uint32_t)m;
			names[nnames++] = (uint32_t)m;
			break;
		case M_QUOTE:
			names[nnames++] = (uint32_t)m;
			break;
		case M_DATE:
			dates[ndates++] = (uint32_t)m;
			sl[nsl++] = (uint32_t)m;
			break;
		default: /* the other slots: numbers, sums, percentages, durations */
			sl[nsl++] = (uint32_t)m;
			break;
		}
	}
	dl->nnames = nnames;
	dl->ndates = ndates;
	struct tie_ids ti = {.ev = evm, .en = en, .sl = sl, .nev = nev, .nen = nen, .nsl = nsl};
	if (!nev || !nsl || !has_clause_break(s)) {
		/* no slot-event pair to weigh, or no break to count in one */
		tie_inner(s, NULL, &ti);
	} else {
		uint32_t small[257];
		uint32_t *brk = s->n <= 256 ? small : xmalloc((s->n + 1) * sizeof *brk);
		brk[0] = 0;
		for (size_t k = 0; k < s->n; k++)
			brk[k + 1] = brk[k] + is_clause_break(s->text, &s->t[k]);
		tie_inner(s, brk, &ti);
		if (brk != small)
			free(brk);
	}
	if (nsl)
		untie_earlier(s, end);
	if (nsl > 1)
		total_of_count(s, end);
	paid_parts(s, sl, nsl);
	/* the figures are among the slots: their list, not all the sentence's
	 * mentions (tie adds none of them) */
	mark_foreseen(s, sl, nsl);
	mark_asked(s, end);
	if (ids != small_ids)
		free(ids);
}

/* "Did any readers feel the quake shortly after 2 a.m.?", "Will Orvik
 * follow?": a sentence that ends in a question mark (a closing quote may
 * follow it) states nothing: its events and figures, the mentions from
 * s->first to end, are asked (modality "question"), and their claims
 * neither agree nor disagree with any other. */
static void mark_asked(struct sent *s, size_t end)
{
	const char *text = s->text;
	size_t k = s->n;
	while (k > 0 && is_quote_mark(text, &s->t[k - 1]))
		k--;
	if (k == 0 || s->t[k - 1].kind != TK_PUNCT || text[s->t[k - 1].start] != '?')
		return;
	for (size_t m = s->first; m < end; m++) {
		struct mention *v = &s->x->mentions.v[m];
		if (v->type != M_ENTITY && v->type != M_QUOTE)
			v->modality = MODAL_QUESTION;
	}
}

/* A sentence's event, as tie's loops ask it for every slot: its mention,
 * its first and last token, whether a determiner stands before it ("the
 * ban") and whether it is a START. */
struct tev {
	uint32_t m, t, last;
	uint32_t aside_end; /* a participle opening an aside (", founded in
			     * 1998,"): the token of the comma that closes it;
			     * 0: none */
	bool det, start, says;
	bool reason; /* a gerund after "for": "sentenced to eight years for
		      * stealing" (its figures are after it, its doer the one
		      * the clause before tells of) */
};

/* The comma that closes an aside opened by a participle at token t right
 * after a comma (", founded in 1998,", ", based in Oslo,"), within eight
 * tokens and no clause break; 0 when t opens none. */
static uint32_t participle_aside_end(const struct sent *s, size_t t)
{
	const char *text = s->text;
	if (t < 2 || s->t[t - 1].kind != TK_PUNCT || text[s->t[t - 1].start] != ',' ||
	    !past_form(text, &s->t[t]))
		return 0;
	for (size_t k = t + 1; k < s->n && k < t + 9; k++) {
		const struct token *w = &s->t[k];
		if (is_clause_break(text, w))
			return 0;
		if (w->kind == TK_PUNCT && text[w->start] == ',')
			return (uint32_t)k;
	}
	return 0;
}

/* An event's last token, looked up when first asked. */
static size_t ev_last(const struct sent *s, struct tev *e)
{
	if (e->last == UINT32_MAX)
		e->last = (uint32_t)tok_last(s, e->m);
	return e->last;
}

/* "the warehouse destroyed by fire", "homes destroyed by the blaze": the
 * subject of an occurrence told in the passive is the noun of what happens
 * after "by" (cues.tsv's "occurrence"), not the place it happened to.
 * Returns it (noun_subject), or -1. */
static int32_t occur_agent(struct sent *s, struct tev *e)
{
	size_t k = ev_last(s, e) + 1;
	if (k + 1 >= s->n || !token_is(s->text, &s->t[k], "by"))
		return -1;
	size_t from = ++k;
	if (is_determiner(s, &s->t[k]))
		k++;
	if (k >= s->n || !is_occurrence(s, &s->t[k]))
		return -1;
	return noun_subject(s, from, k);
}

/* "Corvane expects to complete the purchase", "closed the deal": what
 * closes is the deal (cues.tsv's "transaction", right after the verb and a
 * determiner), as in "the deal is expected to close", not its buyer.
 * Returns it (noun_subject), or -1. */
static int32_t closed_deal(struct sent *s, struct tev *e)
{
	size_t k = ev_last(s, e) + 1, from = k;
	if (k < s->n && is_determiner(s, &s->t[k]))
		k++;
	if (k >= s->n || s->t[k].kind != TK_WORD || !may_cue(&s->t[k], 1u << CUE_TRANSACTION) ||
	    !word_is(s, &s->t[k], CUE_TRANSACTION))
		return -1;
	return noun_subject(s, from, k);
}

/* "Esther Williams, the swimming champion who starred in Technicolor
 * musicals, has died"; "Klitschko, who could face Tyson Fury soon, improves
 * to a record of 58 wins": a name that the sentence opens with, set off by
 * a comma, is the subject of the verb after the aside, not a name inside
 * the aside. Returns the opening name when `pick` (the nearest name before
 * the trigger) lies between the two commas and no clause opens between the
 * second comma and the trigger (trig); else `pick`. A list ("Apple, Google
 * and IBM") has a name right after the first comma: left alone. */
static int32_t aside_owner(const struct sent *s, int32_t pick, size_t trig)
{
	const char *text = s->text;
	/* the name at the start, or after a determiner ("The U.S. Commerce
	 * Department, led by Secretary Gina Raimondo, announced") */
	size_t k0 = s->n > 1 && is_determiner(s, &s->t[0]) && entity_starting_at(s, 0) < 0 ? 1 : 0;
	int32_t e0 = entity_starting_at(s, k0);
	if (e0 < 0 || e0 == pick)
		return pick;
	const struct mention *v = s->x->mentions.v;
	if (field_is(v[e0].unit, "place") || field_is(v[e0].unit, "noun"))
		return pick;
	size_t k1 = tok_last(s, e0) + 1;
	if (k1 + 1 >= trig || s->t[k1].kind != TK_PUNCT || text[s->t[k1].start] != ',' ||
	    (s->t[k1 + 1].flags & TF_CAP))
		return pick;
	size_t k2 = k1 + 1;
	while ((k2 = next_bit(s->punct, k2, trig)) < trig && text[s->t[k2].start] != ',')
		k2++;
	if (k2 >= trig)
		return pick;
	size_t pt = tok_first(s, pick);
	if (pt <= k1 || pt >= k2)
		return pick;
	/* the verb of saying right after the aside is the opening name's,
	 * and so is what it announced: a noun ("announced a ban", "the final
	 * determination") or an infinitive ("to prohibit"), not a clause with
	 * its own subject ("said several members told her") */
	for (size_t k = k2 + 1; k < trig; k++) {
		if (!bit_get(s->open, k) || !clause_opener(s, k))
			continue;
		bool said = k == k2 + 1 && s->t[k].kind == TK_WORD && !token_is(text, &s->t[k], "that") &&
			    !token_is(text, &s->t[k], "which") && !token_is(text, &s->t[k], "who");
		bool object = said && (is_determiner(s, &s->t[trig - 1]) || token_is(text, &s->t[trig - 1], "to") ||
				       (is_determiner(s, &s->t[trig - 2]) && s->t[trig - 1].kind == TK_WORD &&
					!(s->t[trig - 1].flags & TF_CAP)));
		if (!object)
			return pick;
	}
	return e0;
}

/* Whether the date starting at token mt is the period of a noun that is no
 * event ("stars of the 1940s and 1950s", "the music of 1968"): the words
 * back to "of" are only the date's own ("the", "and", another decade),
 * and the word before "of" is a lower-case word that triggers no event
 * ("the storm of 2012" is the storm's time). */
static bool period_of_noun(const struct sent *s, size_t mt, const struct tev *ev, size_t nev)
{
	const char *text = s->text;
	size_t k = mt, steps = 0;
	while (k > 0 && steps++ < 6) {
		const struct token *t = &s->t[--k];
		if (token_is(text, t, "of")) {
			if (k == 0 || s->t[k - 1].kind != TK_WORD || (s->t[k - 1].flags & TF_CAP))
				return false;
			for (size_t ei = 0; ei < nev; ei++)
				if (ev[ei].t == k - 1)
					return false;
			return true;
		}
		if (!(t->kind == TK_NUM || token_is(text, t, "the") || token_is(text, t, "and") ||
		      token_is(text, t, "or") || (t->kind == TK_PUNCT && text[t->start] == '\'') ||
		      token_is(text, t, "s")))
			return false;
	}
	return false;
}

/* The last ';' before token k (SIZE_MAX when none): a wall for the
 * search for a subject. */
static size_t semicolon_before(const struct sent *s, size_t k)
{
	while ((k = prev_bit(s->punct, k)) != SIZE_MAX && s->text[s->t[k].start] != ';')
		;
	return k;
}

/* The index in ev of the event a slot (tokens mt to mt_end) ties to: the
 * cheapest (the first of equals) among those whose trigger starts at token
 * `from` or after; SIZE_MAX when none does. `counted`: the slot is a count
 * of a noun. */
static inline __attribute__((always_inline)) size_t cheapest_event(const struct tev *ev, size_t nev, size_t from, size_t mt, size_t mt_end,
			     bool counted, const uint32_t *brk)
{
	long bestcost = 1 << 30;
	size_t bi = SIZE_MAX;
	for (size_t ei = 0; ei < nev; ei++) {
		size_t et = ev[ei].t;
		if (et < from)
			continue;
		/* "Northwind, founded in 1998, carries 2.1 million passengers":
		 * an aside's participle holds the aside's figures, none past it */
		if (ev[ei].aside_end && mt > ev[ei].aside_end)
			continue;
		size_t lo = et < mt ? et : mt_end, hi = et < mt ? mt : et;
		long cost = (long)(hi - lo);
		cost += 2 * (long)(et > mt); /* a trigger after the slot is a weaker tie */
		cost += 8 * (long)ev[ei].det; /* "the ban": a noun ties less than a verb */
		/* "to eight years in prison for stealing": a figure before the
		 * reason's gerund is the clause's before it */
		cost += 8 * (long)(ev[ei].reason && et > mt);
		/* "fewer than 50 staff were affected": the noun a count counts
		 * names what is counted, not what happened to it ... */
		/* ... and "said that fewer than 50 staff would be affected":
		 * a count as near a verb of saying as another event is the
		 * other's (what was said happened to them) */
		cost += (4 * (long)(et == mt_end + 1) + 4 * (long)ev[ei].says) * (long)counted;
		/* a clause break between (brk is NULL in a sentence of none) */
		cost += 8 * (long)(brk ? brk[hi] - brk[lo] : 0);

		if (cost < bestcost) {
			bestcost = cost;
			bi = ei;
		}
	}
	return bi;
}

/* Whether the comma at token k opens a joined clause of its own: "and",
 * "but" or "so" after it, then a word in lower case (", so it would
 * appear that", ", and the champion never recovered"; not a list's ",
 * and Orvik") or a day's possessive and its noun (", and Sunday's
 * derailment injured"). */
static bool joined_clause_at(const struct sent *s, size_t k)
{
	const char *text = s->text;
	if (k + 2 >= s->n || text[s->t[k].start] != ',')
		return false;
	const struct token *c = &s->t[k + 1], *w = &s->t[k + 2];
	if (!(token_is(text, c, "and") || token_is(text, c, "but") || token_is(text, c, "so")) || w->kind != TK_WORD)
		return false;
	if (!(w->flags & TF_CAP))
		return true;
	/* ... or a day's possessive whose noun a word in lower case follows:
	 * ", and Sunday's derailment injured nobody" (not a list's ", and
	 * Sunday's concert, on Thursday") */
	static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday",
					   "friday", "saturday", "sunday"};
	if (k + 5 >= s->n || !is_possessive(text, &s->t[k + 3]) || s->t[k + 5].kind != TK_WORD ||
	    (s->t[k + 5].flags & TF_CAP))
		return false;
	for (size_t i = 0; i < CC_ARRAY_LEN(days); i++)
		if (token_is(text, w, days[i]))
			return true;
	return false;
}

/* "Less than a month ago, Orvik and Helix held a joint event, so the
 * Veltro purchase came quickly": a date dates its own clause, not an
 * event in another joined to it after a comma (joined_clause_at). Returns
 * bi when no such comma lies between the date (tokens mt to mt_end) and
 * ev[bi]; else the cheapest event of the date's own clause, SIZE_MAX when
 * it has none. */
static size_t own_clause_event(const struct sent *s, const struct tev *ev, size_t nev, size_t bi, size_t mt,
			       size_t mt_end, const uint32_t *brk)
{
	if (bi == SIZE_MAX)
		return bi;
	size_t et = ev[bi].t, lo = et < mt ? et : mt_end, hi = et < mt ? mt : et;
	bool apart = false;
	for (size_t k = next_bit(s->punct, lo, hi); k < hi && !apart; k = next_bit(s->punct, k + 1, hi))
		apart = joined_clause_at(s, k);
	if (!apart)
		return bi;
	size_t a = 0, b = s->n;
	for (size_t k = next_bit(s->punct, 0, s->n); k < s->n; k = next_bit(s->punct, k + 1, s->n)) {
		if (!joined_clause_at(s, k))
			continue;
		if (k < mt)
			a = k + 1;
		else if (k > mt_end) {
			b = k;
			break;
		}
	}
	size_t own = 0;
	while (own < nev && ev[own].t < b)
		own++;
	return cheapest_event(ev, own, a, mt, mt_end, false, brk);
}

/* The finite verb of a reported clause in tokens [from, to) after a verb
 * of saying, up to a date at `to`, or SIZE_MAX when they are none: after
 * the last "that", a phrase that opens with no preposition ("on Tuesday",
 * "in a statement" say when or how the saying was) and holds, past its
 * first word, a word of cues.tsv's "finite" list or a verb in the past
 * ("the boat had passed", "the boat passed"). */
static size_t reported_clause(const struct sent *s, size_t from, size_t to)
{
	const char *text = s->text;
	for (size_t k = from; k < to; k++)
		if (token_is(text, &s->t[k], "that"))
			from = k + 1;
	while (from < to && s->t[from].kind == TK_PUNCT)
		from++;
	if (from >= to || is_preposition(s, &s->t[from]))
		return SIZE_MAX;
	for (size_t k = from + 1; k < to; k++) {
		const struct token *w = &s->t[k];
		if (w->kind == TK_WORD && !(w->flags & TF_CAP) && (word_is(s, w, CUE_FINITE) || past_form(text, w)))
			return k;
	}
	return SIZE_MAX;
}

/* The comma that opens a trailing attribution after a date (tokens mt to
 * mt_end) in a clause of its own, or SIZE_MAX: the first comma after the
 * date, right before "according to" or before a verb of saying with at
 * most a few words and no event between (", crews said", ", the city said
 * on Saturday", ", said the city"). Not when the sentence opens with a
 * preposition or the date ("On Friday, officials said", "In a statement
 * on Friday, the firm said": the date is the saying's). */
static size_t trailing_attribution(const struct sent *s, const struct tev *ev, size_t nev, size_t mt,
				   size_t mt_end)
{
	const char *text = s->text;
	if (mt < 2 || is_preposition(s, &s->t[0]))
		return SIZE_MAX;
	size_t c = mt_end + 1;
	while (c < s->n && !(s->t[c].kind == TK_PUNCT && text[s->t[c].start] == ',')) {
		if (is_clause_break(text, &s->t[c]))
			return SIZE_MAX;
		c++;
	}
	if (c + 1 >= s->n)
		return SIZE_MAX;
	if (lexicon_cue_at(s->lx, text, s->t, c + 1, s->n, CUE_ACCORDING))
		return c;
	for (size_t k = c + 1; k < s->n && k <= c + 5; k++) {
		if (s->t[k].kind == TK_PUNCT)
			return SIZE_MAX;
		if (lexicon_cue_at(s->lx, text, s->t, k, s->n, CUE_SPEECH) ||
		    lexicon_cue_at(s->lx, text, s->t, k, s->n, CUE_SPEECH_TO)) {
			for (size_t ei = 0; ei < nev; ei++)
				if (ev[ei].t > c && ev[ei].t < k)
					return SIZE_MAX;
			return c;
		}
	}
	return SIZE_MAX;
}

/* Whether a count at token mt is the object of event e's verb and that
 * verb's subject (mention subj, a common noun) is something that happens
 * (cues.tsv's "occurrence": "The blaze destroyed 40 homes", "The storm
 * killed at least 12 people"): a verb (not a noun after a determiner,
 * "the strike"), no saying, the count a few words after it with no
 * punctuation and no other trigger between. A noun of the organisation's
 * own doing ("the pullback affects about 60 workers") is not: its figures
 * stay the organisation's. */
static bool count_is_object(struct sent *s, struct tev *e, size_t mt, int32_t subj)
{
	if (e->det || e->says || e->t >= mt)
		return false;
	const struct mention *sm = &s->x->mentions.v[subj];
	if (sm->start < s->t[0].start || sm->end > s->t[s->n - 1].end)
		return false;
	const struct token *h = &s->t[token_last(s, sm)];
	if (!is_occurrence(s, h))
		return false;
	size_t a = ev_last(s, e) + 1;
	if (a > mt || mt - a > 3)
		return false;
	for (size_t j = a; j < mt; j++)
		if (s->t[j].kind != TK_WORD || bit_get(s->ev, j))
			return false;
	return true;
}

/* Whether the occurrence a noun subject names (mention subj, "the fire")
 * is the article's story: an event of its class (FIRE) is in the
 * article's first sentence with mentions (its headline or lead), and subj
 * comes in a later one. A count of it is then the story's, as the main
 * organisation's figures are ("Warehouse fire kills five ... The fire
 * broke out on Wednesday, killing five people": compared with another
 * source's "seven were killed"), not the noun's. */
static bool story_occurrence(struct sent *s, int32_t subj)
{
	const struct mention *v = s->x->mentions.v;
	size_t n = s->x->mentions.n;
	const struct mention *sm = &v[subj];
	if (v[0].sentence == sm->sentence)
		return false;
	uint32_t hs = s->t[token_last(s, sm)].start;
	const char *cls = NULL;
	for (size_t m = s->first; m < n && !cls; m++)
		if (v[m].type == M_EVENT && v[m].start <= hs && hs < v[m].end)
			cls = v[m].value;
	if (!cls)
		return false;
	for (size_t m = 0; m < n && v[m].sentence == v[0].sentence; m++)
		if (v[m].type == M_EVENT && strcmp(v[m].value, cls) == 0)
			return true;
	return false;
}

/* The organisation an aside after person p names ("Marta Lindqvist,
 * Corvane's general manager,", "Tomas Brandt, a spokesman for Orlen
 * Bank,"), or -1. */
static int32_t aside_organisation(const struct sent *s, int32_t p)
{
	const char *text = s->text;
	size_t b = tok_last(s, p) + 1;
	/* an aside that gives a role ("Corvane's general manager,"), not a
	 * relative clause ("who joined from Acme last year") */
	if (!role_aside(s, b))
		return -1;
	for (size_t k = b + 1; k < s->n && k <= b + 8; k++) {
		if (s->t[k].kind == TK_PUNCT && text[s->t[k].start] != '\'')
			return -1;
		int32_t e = entity_starting_at(s, k);
		if (e >= 0)
			return field_is(s->x->mentions.v[e].unit, "person") ? -1 : e;
	}
	return -1;
}

/* "Tolland Freight said on Tuesday that it had agreed to buy Marsh
 * Haulage": an "it" right after an organisation's saying (past "that" and
 * the saying's date) is the one who says, whoever the article's main
 * organisation is. Returns that entity, or -1. Asked only when the
 * trigger ev[ei]'s subject is such an "it". */
static int32_t sayer_it(const struct sent *s, const struct tev *ev, size_t ei)
{
	const char *text = s->text;
	const struct mention *v = s->x->mentions.v;
	size_t ej = ei;
	while (ej-- > 0 && !ev[ej].says)
		;
	if (ej == SIZE_MAX)
		return -1;
	int32_t sj = v[ev[ej].m].subject;
	/* "it" is never a person: "Marta Lindqvist, Corvane's general
	 * manager, said it would" is the organisation her aside names */
	if (sj >= 0 && v[sj].type == M_ENTITY && field_is(v[sj].unit, "person"))
		sj = aside_organisation(s, sj);
	if (sj < 0 || v[sj].type != M_ENTITY || field_is(v[sj].unit, "person") ||
	    field_is(v[sj].unit, "place") || field_is(v[sj].unit, "noun"))
		return -1;
	for (size_t k = ev[ej].t + 1; k < ev[ei].t && k <= ev[ej].t + 8; k++) {
		const struct token *t = &s->t[k];
		if (token_is(text, t, "it"))
			return sj;
		if (!s->covered[k] && !token_is(text, t, "that") && !token_is(text, t, "on"))
			return -1;
	}
	return -1;
}

/* "Her rival won 7,860 votes": a common noun after "her" or "his" is
 * someone of a person's, never the article's main organisation, so the
 * figures of what it does stay its own ("its employees" and "their staff"
 * may be the organisation's); so is one a word sets apart (sets_apart).
 * Not what it says, nor an age: "died at the age of 91, her spokesman
 * said" is the age of the one who died. */
static bool someone_elses(const struct sent *s, int32_t subj)
{
	size_t a = tok_first(s, (size_t)subj), b = tok_last(s, (size_t)subj);
	const struct token *t = &s->t[a];
	if (token_is(s->text, t, "her") || token_is(s->text, t, "his"))
		return true;
	/* ... and one set apart from the story's: "A second flight, SK418,
	 * was delayed by nine hours" */
	for (size_t k = a; k < b; k++)
		if (sets_apart(s->text, &s->t[k]))
			return true;
	return false;
}

/* "Her rival, Tomas Reyne, won 7,860 votes": a common noun with a name set
 * off by commas right after it, right before the trigger at token trig,
 * is that name (a person or a body, not a place); the noun only says who
 * the name is (so does a name's possessive and its noun: "Kelsby's
 * biggest employer, Brackenfield Foods, announced"). Returns the name, or
 * `subj`. */
static int32_t apposed_name(const struct sent *s, int32_t subj, size_t trig)
{
	const char *text = s->text;
	const struct mention *v = s->x->mentions.v;
	if (subj < 0)
		return subj;
	size_t c1 = tok_last(s, (size_t)subj) + 1;
	if (!field_is(v[subj].unit, "noun")) {
		/* ... and so is a name's possessive and a noun ("Kelsby's
		 * biggest employer, Brackenfield Foods, announced": the
		 * company, not the town) */
		if (c1 >= trig || !is_possessive(text, &s->t[c1]))
			return subj;
		size_t k = c1 + 1;
		while (k < trig && k < c1 + 6 && s->t[k].kind == TK_WORD && !(s->t[k].flags & TF_CAP) &&
		       !s->covered[k] && !is_preposition(s, &s->t[k]))
			k++;
		if (k == c1 + 1)
			return subj;
		c1 = k;
	}
	if (c1 + 3 > trig || s->t[c1].kind != TK_PUNCT || text[s->t[c1].start] != ',')
		return subj;
	int32_t nm = entity_starting_at(s, c1 + 1);
	if (nm < 0 || field_is(v[nm].unit, "noun") || field_is(v[nm].unit, "place"))
		return subj;
	size_t c2 = tok_last(s, (size_t)nm) + 1;
	if (c2 + 1 != trig || s->t[c2].kind != TK_PUNCT || text[s->t[c2].start] != ',')
		return subj;
	return nm;
}

/* "The Brennick office was set up in 2025": a founding's subject, a name
 * with a common noun after it right before the verb, is the noun (what
 * was founded is the office, not Brennick, whose founding year would
 * then meet another's). Returns that noun (noun_subject), or `subj`. */
static int32_t founded_noun(struct sent *s, int32_t subj, size_t trig)
{
	if (subj >= 0 && field_is(s->x->mentions.v[subj].unit, "noun"))
		return subj;
	size_t k = trig; /* past the verb's fillers ("was", "has been") */
	while (k > 0 && s->t[k - 1].kind == TK_WORD && is_verb_filler(s, &s->t[k - 1]))
		k--;
	if (k < 2)
		return subj;
	k--;
	const struct token *t = &s->t[k];
	if (t->kind != TK_WORD || (t->flags & TF_CAP) || is_determiner(s, t) || is_preposition(s, t) ||
	    is_possessive(s->text, t) || t->end - t->start < 3)
		return subj;
	int32_t name = entity_ending_at(s, k - 1);
	if (name < 0 || (subj >= 0 && name != subj))
		return subj;
	int32_t n = noun_subject(s, k, k);
	return n >= 0 ? n : subj;
}

static void tie_inner(struct sent *s, const uint32_t *brk, const struct tie_ids *ids)
{
	const uint32_t *evm = ids->ev, *en = ids->en, *sl = ids->sl;
	size_t nev = ids->nev, nen = ids->nen, nsl = ids->nsl;
	struct tev small_ev[64];
	struct tev *ev = nev <= 64 ? small_ev : xmalloc(nev * sizeof *ev);
	bool any_start = false; /* whether a START is among the events */
	for (size_t ei = 0; ei < nev; ei++) {
		const struct mention *mm = &s->x->mentions.v[evm[ei]];
		struct tev *e = &ev[ei];
		e->m = evm[ei];
		e->t = (uint32_t)tok_first(s, evm[ei]);
		e->last = UINT32_MAX; /* asked only of START events: ev_last */
		/* ... not "that" before a verb in the past: "the fire that
		 * destroyed" opens a relative clause, its verb no noun */
		e->det = e->t > 0 && is_determiner(s, &s->t[e->t - 1]) &&
			 !(token_is(s->text, &s->t[e->t - 1], "that") && past_form(s->text, &s->t[e->t]));
		/* the whole value, NUL too, in one compare without a branch
		 * (a mention's bytes are all set: mention_add's template) */
		e->start = field_is(mm->value, "START");
		e->says = field_is(mm->value, "ANNOUNCE");
		e->aside_end = participle_aside_end(s, e->t);
		e->reason = e->t > 0 && token_is(s->text, &s->t[e->t - 1], "for") &&
			    s->t[e->t].end - s->t[e->t].start > 4 &&
			    memcmp(s->text + s->t[e->t].end - 3, "ing", 3) == 0;
		any_start |= e->start;
	}
	/* events -> subjects: what stands right before the trigger, else the
	 * nearest entity before it (not a place after a preposition, unless
	 * nothing else is there) */
	for (size_t ei = 0; ei < nev; ei++) {
		size_t e = ev[ei].m;
		struct mention *v;
		int32_t left = field_is(s->x->mentions.v[e].value, "OCCUR") ? occur_agent(s, &ev[ei])
			       : field_is(s->x->mentions.v[e].value, "CLOSE") ? closed_deal(s, &ev[ei])
									     : -1;
		if (left == -1 && field_is(s->x->mentions.v[e].value, "OCCUR")) {
			/* "the explosion at the plant, which happened on 4
			 * March": the explosion's */
			size_t k = distant_occurrence(s, ev[ei].t);
			if (k != SIZE_MAX)
				left = noun_subject(s, k > 0 && is_determiner(s, &s->t[k - 1]) ? k - 1 : k, k);
		}
		if (left == -1)
			left = patient_object(s, ev[ei].t, s->x->mentions.v[e].unit);
		/* "Albury was sentenced to seven years for embezzling $2.3
		 * million": the reason's doer is the one the event before it
		 * tells of, when it is named */
		if (left == -1 && ev[ei].reason && ei > 0) {
			int32_t sj = s->x->mentions.v[ev[ei - 1].m].subject;
			if (sj >= 0 && !field_is(s->x->mentions.v[sj].unit, "place") &&
			    !field_is(s->x->mentions.v[sj].unit, "noun"))
				left = sj;
		}
		if (left == -1)
			left = apposed_name(s, clause_subject(s, ev[ei].t), ev[ei].t);
		if (field_is(s->x->mentions.v[e].value, "FOUND"))
			left = founded_noun(s, left, ev[ei].t);
		v = s->x->mentions.v; /* clause_subject may have grown the list */
		/* "Klitschko has won 16 fights since losing to Brewster, and he
		 * has won 13 title fights": "he" is the named subject of the
		 * sentence's latest event before it, not the last name read;
		 * with none, the sentence's first name ("This was Park's third
		 * win over Brandt, and with it she improves to 30-2 with 21
		 * knockouts": Park's, not Brandt's, who is named last) */
		if (left == SUBJ_PERSON || left == SUBJ_DESCRIBED) {
			bool described = left == SUBJ_DESCRIBED;
			left = -1;
			for (size_t ej = ei; ej-- > 0 && left == -1;) {
				int32_t sj = v[ev[ej].m].subject;
				if (sj >= 0 && !field_is(v[sj].unit, "place") && !field_is(v[sj].unit, "noun"))
					left = sj;
			}
			for (size_t ni = 0; ni < nen && left == -1; ni++) {
				const struct mention *n = &v[en[ni]];
				if (n->end <= v[e].start && !field_is(n->unit, "place") && !field_is(n->unit, "noun"))
					left = (int32_t)en[ni];
			}
			if (left == -1)
				left = person_before(s);
			if (left == -1 && described)
				left = SUBJ_NONE;
		}
		/* "The US moved against the firm in 2017, when it ordered ...":
		 * "it" with no event before it in the sentence is the name the
		 * sentence opens with; else ("In July it acquired Fulcrum, and
		 * last month it purchased assets from Qlogic"; "Acme said it will
		 * buy Beta") the article's main organisation, as for "it" that
		 * opens a clause */
		if (left == SUBJ_IT) {
			left = sayer_it(s, ev, ei);
			if (left == -1)
				left = SUBJ_MAIN_SAID;
			if (ei == 0) {
				/* the name at the start, or after a determiner */
				size_t k = s->n > 1 && is_determiner(s, &s->t[0]) && entity_starting_at(s, 0) < 0 ? 1 : 0;
				int32_t sj = entity_starting_at(s, k);
				if (sj >= 0 && !field_is(v[sj].unit, "person"))
					left = sj;
			}
		}
		if (left != -1) {
			v[e].subject = left == SUBJ_NONE ? -1 : left;
			continue;
		}
		/* "HP has bought Opsware for $1.6 billion; Mercury for $4.5
		 * billion; and the $214 million buy of Neoware": a ';' opens a
		 * new item, and no name before it is the subject of a trigger
		 * after it (another item's object); the subject then is that of
		 * the sentence's first event before it with a name for one */
		size_t wall = semicolon_before(s, ev[ei].t);
		uint32_t from = wall == SIZE_MAX ? 0 : s->t[wall].end;
		/* ... nor a place in a dateline that leads the sentence
		 * ("HALDEN SPRINGS, California — More than 120 homes have been
		 * destroyed by the fire": the town only says where it is
		 * written; dateline_lead) */
		if (wall == SIZE_MAX) {
			size_t dl = dateline_lead(s, ev[ei].t);
			if (dl > 0 && dl < s->n)
				from = s->t[dl].start;
		}
		int32_t best = -1, best_place = -1;
		for (size_t ni = 0; ni < nen; ni++) {
			size_t m = en[ni];
			if (v[m].end > v[e].start || v[m].start < from || field_is(v[m].unit, "noun"))
				continue;
			if (!field_is(v[m].unit, "place")) {
				best = (int32_t)m;
				continue;
			}
			/* a place is the subject only when nothing else is, and
			 * not after a preposition (asked of places alone), nor
			 * right before a noun of something that happens, which
			 * it places (clause_subject: "a California earthquake") */
			if (tok_last(s, m) + 1 == ev[ei].t && is_occurrence(s, &s->t[ev[ei].t]))
				continue;
			size_t tk = tok_first(s, m);
			bool after_prep = tk > 0 && s->t[tk - 1].kind == TK_WORD &&
					  (token_is(s->text, &s->t[tk - 1], "in") ||
					   token_is(s->text, &s->t[tk - 1], "across") ||
					   token_is(s->text, &s->t[tk - 1], "to") ||
					   token_is(s->text, &s->t[tk - 1], "from") ||
					   token_is(s->text, &s->t[tk - 1], "within"));
			if (!after_prep)
				best_place = (int32_t)m;
		}
		int32_t pick = best >= 0 ? best : best_place;
		/* "The agency said the quake struck at 2 a.m.": a noun of
		 * something that happens, after its determiner, past a verb
		 * of saying, is what was said about; the one who said it did
		 * not make it happen */
		if (pick >= 0 && ev[ei].det && is_occurrence(s, &s->t[ev[ei].t])) {
			size_t pl = tok_last(s, (size_t)pick);
			for (size_t ej = 0; ej < ei && pick >= 0; ej++)
				if (ev[ej].says && ev[ej].t > pl && ev[ej].t < ev[ei].t)
					pick = -1;
			if (pick < 0) {
				v[e].subject = -1;
				continue;
			}
		}
		if (pick < 0 && wall != SIZE_MAX) {
			for (size_t ej = 0; ej < ei && ev[ej].t < wall; ej++) {
				int32_t sj = v[ev[ej].m].subject;
				if (sj >= 0 && !field_is(v[sj].unit, "place") && !field_is(v[sj].unit, "noun")) {
					v[e].subject = sj;
					break;
				}
			}
			continue;
		}
		v[e].subject = pick >= 0 ? aside_owner(s, pick, ev[ei].t) : pick;
	}
	/* slots -> events */
	struct mention *v = s->x->mentions.v;
	for (size_t si = 0; si < nsl; si++) {
		size_t m = sl[si];
		enum mention_type ty = v[m].type;
		if (ty == M_MONEY || ty == M_PERCENT || (ty == M_NUMBER && !v[m].unit[0]))
			find_measure(s, &v[m]);
		else if (ty == M_NUMBER && length_unit(v[m].unit))
			find_length_measure(s, &v[m]);
		else if (ty == M_NUMBER && field_is(v[m].unit, "vote") && strchr(v[m].value, '-'))
			/* a vote's split ("5-2"; not "9,410 votes") measures
			 * the vote, whoever each outlet says voted: the
			 * store meets it by measure */
			str_copy(v[m].measure, sizeof v[m].measure, "vote");
		else if (ty == M_NUMBER && field_is(v[m].unit, "vote") && vote_margin(s, tok_first(s, m)))
			/* a margin is no count of votes got: it meets only
			 * another margin */
			str_copy(v[m].measure, sizeof v[m].measure, "margin");
		else if (ty == M_NUMBER && v[m].unit[0])
			find_joining_measure(s, &v[m]);
		size_t mt = tok_first(s, m);
		size_t mt_end = tok_last(s, m);
		/* the cheapest event (the first of equals); bi indexes ev */
		bool counted = ty == M_NUMBER && v[m].unit[0];
		size_t bi = cheapest_event(ev, nev, 0, mt, mt_end, counted, brk);
		/* "Harlow Ferries said the boat had passed an inspection in
		 * May": a date in what was said, past a verb of the clause's
		 * own, dates that clause (its event, if the lexicon knows one
		 * from that verb on: "said the firm would close the plant in
		 * May"; not "said the purchase would be dilutive in 2025"),
		 * not the saying ("said on Tuesday that", "said Tuesday"
		 * still date it) */
		int32_t sayer = -1; /* the subject of the saying a date was taken from */
		/* "The fire was contained on Thursday, crews said", "..., according
		 * to the fire department": a date before a trailing attribution
		 * dates its own clause (its event, if the lexicon knows one before
		 * the comma), never the saying after the comma */
		/* ... and so does a sum ("signed Marsh from Carrow Athletic
		 * for €62m, the club said": the signing's price, not the
		 * saying's), when its clause has an event */
		if ((ty == M_DATE || ty == M_MONEY) && bi != SIZE_MAX && ev[bi].t > mt_end) {
			size_t c = trailing_attribution(s, ev, nev, mt, mt_end);
			if (c != SIZE_MAX && ev[bi].t > c) {
				size_t own = 0;
				while (own < nev && ev[own].t < c)
					own++;
				if (ty == M_DATE)
					for (size_t ei = own; ei < nev && sayer == -1; ei++)
						if (ev[ei].says)
							sayer = v[ev[ei].m].subject;
				if (ty == M_DATE || own)
					bi = cheapest_event(ev, own, 0, mt, mt_end, counted, brk);
			}
		}
		/* "The fire was 40% contained, Keller said": a figure before a
		 * trailing attribution that only the saying holds is no figure
		 * of the person who says it (below) */
		bool said_after = false;
		if (ty != M_DATE && bi != SIZE_MAX && ev[bi].says && ev[bi].t > mt_end) {
			size_t c = trailing_attribution(s, ev, nev, mt, mt_end);
			said_after = c != SIZE_MAX && ev[bi].t > c;
		}
		if (ty == M_DATE && bi != SIZE_MAX && ev[bi].says && ev[bi].t < mt) {
			size_t verb = reported_clause(s, ev_last(s, &ev[bi]) + 1, mt);
			if (verb != SIZE_MAX) {
				sayer = v[ev[bi].m].subject;
				bi = cheapest_event(ev, nev, verb, mt, mt_end, counted, brk);
			}
		}
		if (ty == M_DATE)
			bi = own_clause_event(s, ev, nev, bi, mt, mt_end, brk);
		/* "Police said 4 people were hurt on Monday", "said that dozens
		 * of homes were destroyed": a figure that opens what a verb of
		 * saying reports (right after it, or after its "that") and is
		 * the subject of the reported clause's verb (a few words after
		 * it, words only, no other trigger between) is that verb's
		 * event, as in "Four people were hurt on Monday, police said" */
		if (ty != M_DATE && bi != SIZE_MAX && ev[bi].says && !ev[bi].det && ev[bi].t < mt) {
			size_t k = ev_last(s, &ev[bi]) + 1;
			if (k < mt && token_is(s->text, &s->t[k], "that"))
				k++;
			for (size_t ei = 0; k == mt && ei < nev; ei++) {
				size_t et = ev[ei].t;
				if (et <= mt_end || et > mt_end + 4 || ev[ei].det || ev[ei].says)
					continue;
				bool words = true;
				for (size_t j = mt_end + 1; j < et && words; j++) {
					words = s->t[j].kind == TK_WORD && !token_is(s->text, &s->t[j], "and") &&
						!token_is(s->text, &s->t[j], "but");
					for (size_t e2 = 0; e2 < nev && words; e2++)
						words = ev[e2].t != j;
				}
				if (words)
					bi = ei;
				break;
			}
		}
		/* "Five were injured and two died", "... and three children have
		 * died": a count that opens a joined clause is the subject of
		 * the verb right after it (its noun and an auxiliary between),
		 * not a count of the event before "and" */
		if (ty == M_NUMBER && bi != SIZE_MAX && ev[bi].t < mt && mt > 0 &&
		    (token_is(s->text, &s->t[mt - 1], "and") || token_is(s->text, &s->t[mt - 1], "but"))) {
			for (size_t ei = 0; ei < nev; ei++) {
				size_t et = ev[ei].t;
				if (et <= mt_end || et > mt_end + 3 || ev[ei].det)
					continue;
				/* words, none of them a trigger found (the mask's
				 * bit only says a trigger may start there: "were"
				 * starts "were destroyed", and "19 were hurt" is
				 * still a count of the hurt) */
				bool words = true;
				for (size_t k = mt_end + 1; k < et && words; k++) {
					words = s->t[k].kind == TK_WORD;
					for (size_t e2 = 0; e2 < nev && words; e2++)
						words = ev[e2].t != k;
				}
				if (words)
					bi = ei;
				break;
			}
		}
		/* "Tarnmouth flood: two dead, six injured": in a list of
		 * counts, a count whose counted word is itself a trigger (right
		 * after it, and punctuation or the end after that) counts that
		 * trigger's event, whatever stands nearer (before, "two" was
		 * the injured's and "six" the dead's). Not "50 staff would be
		 * affected" (the staff are affected), "4.6 quake rattles"
		 * (measured) nor "a record of 58 wins and three defeats" (a
		 * record, which "51 wins coming by knockout" must not meet); and
		 * only when that trigger's class is not the one the count has
		 * ("which has more than 450 staff," stays the EMPLOY of "has",
		 * whose clause the claim keeps) */
		/* ... nor the object of a verb right before it ("will cut 300
		 * staff.": the cut's, no count of the staff employed) */
		if (counted && bi != SIZE_MAX && ev[bi].t != mt_end + 1 && ev_last(s, &ev[bi]) + 1 != mt)
			for (size_t ei = 0; ei < nev; ei++) {
				if (ev[ei].t != mt_end + 1 || ev[ei].says || ev[ei].det)
					continue;
				/* ... only to mend the class: "which has more than
				 * 450 staff, was built" keeps its EMPLOY, "has" */
				if (strcmp(s->x->mentions.v[ev[ei].m].value, s->x->mentions.v[ev[bi].m].value) == 0)
					break;
				size_t after = ev_last(s, &ev[ei]) + 1;
				if (after >= s->n || s->t[after].kind == TK_PUNCT)
					bi = ei;
				break;
			}
		/* "has scorched roughly 12,000 acres since it ignited on
		 * Saturday": "since" and a clause of its own (a pronoun for
		 * subject) after a figure say when its clause began; the figure
		 * is not the later clause's event's, but the nearest before
		 * "since" (none: no event). "in the four years since their
		 * first bout" stays the bout's */
		if (ty != M_DATE && bi != SIZE_MAX && ev[bi].t > mt_end) {
			size_t k = mt_end + 1;
			while (k < ev[bi].t && !token_is(s->text, &s->t[k], "since"))
				k++;
			const struct token *w = k + 1 < ev[bi].t ? &s->t[k + 1] : NULL;
			if (w && (token_is(s->text, w, "it") || token_is(s->text, w, "they") ||
				  token_is(s->text, w, "he") || token_is(s->text, w, "she") ||
				  token_is(s->text, w, "we"))) {
				size_t own = 0;
				while (own < nev && ev[own].t < mt)
					own++;
				bi = own ? cheapest_event(ev, own, 0, mt, mt_end, counted, brk) : SIZE_MAX;
			}
		}
		/* "starts winding down July 20": the START governs what follows it
		 * (never for the document's first mention, as before) */
		if (any_start && bi != SIZE_MAX && ev[bi].m > 0 && !ev[bi].start) {
			size_t bt = ev[bi].t;
			for (size_t ei = 0; ei < nev; ei++)
				if (ev[ei].start && ev_last(s, &ev[ei]) + 1 == bt)
					bi = ei;
		}
		/* "since 1997, when the Mission Fire burned about 11,000 acres":
		 * a figure in a "when" or "where" clause set off by a comma,
		 * whose subject is a name right after the pronoun, is that
		 * name's, no event's before the comma (the fire of the story's
		 * figures is another) */
		if (ty != M_DATE && bi != SIZE_MAX && ev[bi].t < mt &&
		    !(ty == M_NUMBER && field_is(v[m].unit, "age"))) {
			int32_t own = -1;
			size_t c = prev_bit(s->punct, mt); /* the comma before "when" */
			const struct token *w = c != SIZE_MAX && c + 2 < mt ? &s->t[c + 1] : NULL;
			if (w && c + 1 > ev[bi].t && s->text[s->t[c].start] == ',' &&
			    (token_is(s->text, w, "when") || token_is(s->text, w, "where"))) {
				size_t n0 = is_determiner(s, &s->t[c + 2]) ? c + 3 : c + 2;
				int32_t e = n0 < mt ? entity_starting_at(s, n0) : -1;
				if (e >= 0 && !field_is(v[e].unit, "place") && !field_is(v[e].unit, "noun") &&
				    tok_last(s, (size_t)e) + 1 < mt)
					own = e;
			}
			if (own >= 0) {
				v[m].event = -1;
				v[m].subject = own;
				continue;
			}
		}
		long best = bi == SIZE_MAX ? -1 : (long)ev[bi].m;
		if (best >= 0 && ty == M_DATE && v[m].gran == GRAN_DECADE &&
		    period_of_noun(s, mt, ev, nev))
			best = -1; /* "stars of the 1940s, died": not when the death was */
		v[m].event = (int32_t)best;
		/* ... with no event of the clause's own, the date stays in what
		 * its sayer said (the claim is the sayer's), tied to no event */
		if (best < 0 && sayer != -1)
			v[m].subject = sayer;
		/* "Kaspersky has been a prominent player in the market for close
		 * to two decades": without an event, a span after "for" is how
		 * long the name the sentence opens with has been so (its tenure) */
		if (best < 0 && ty == M_DURATION && mt > 0 && token_is(s->text, &s->t[mt - 1], "for")) {
			int32_t e = entity_starting_at(s, 0);
			if (e >= 0 && !field_is(v[e].unit, "place") && !field_is(v[e].unit, "noun")) {
				v[m].subject = e;
				continue;
			}
		}
		if (ty == M_DATE && (v[m].mod == MOD_UNTIL || v[m].mod == MOD_BY)) {
			int32_t holder = deadline_holder(s, mt);
			v = s->x->mentions.v;
			if (holder != -1) {
				v[m].subject = holder;
				continue;
			}
		}
		/* "X will close its plant starting April 19": the date starts X's
		 * action, so it takes the subject of the event before "starting" */
		if (best >= 0 && ty == M_DATE && v[m].mod == MOD_STARTING && ev[bi].start) {
			/* the nearest such event with a named or implied subject; a
			 * nominal one ("its US operations") takes a place as subject */
			size_t bt = ev[bi].t;
			int32_t prev = -1;
			for (size_t ei = 0; ei < nev; ei++) {
				size_t e = ev[ei].m;
				if (ev[ei].t >= bt || ev[ei].start || v[e].subject == -1)
					continue;
				if (v[e].subject >= 0 && field_is(v[v[e].subject].unit, "place"))
					continue;
				prev = (int32_t)e;
			}
			if (prev >= 0 && v[prev].subject != -1) {
				v[m].event = (int32_t)best;
				v[m].subject = v[prev].subject;
				continue;
			}
		}
		if (best >= 0) {
			int32_t subj = v[best].subject;
			/* ... but the name the sentence opens with, or the
			 * article's main subject (a person speaks of a fire,
			 * a toll, a count: "Keller said" makes none of them
			 * Keller's; an organisation that speaks of its own
			 * figures keeps them, "Revenue was $5bn, Acme said") */
			/* (a lone name is "unknown" until it meets its full
			 * name: "Keller said" after a clause with a determiner
			 * for subject, "The fire was ...", speaks of that) */
			/* (a figure that says what it is: a bare sum under a
			 * saying, "covered $700,000 of the losses, Mayor Dee
			 * Carter said", would meet any other such sum) */
			if (said_after && subj >= 0 && (v[m].measure[0] || (ty == M_NUMBER && v[m].unit[0]))) {
				int32_t e0 = entity_starting_at(s, 0);
				if (field_is(v[subj].unit, "person") ||
				    (field_is(v[subj].unit, "unknown") && !strchr(v[subj].value, ' ') &&
				     is_determiner(s, &s->t[0]) && e0 < 0))
					subj = e0 >= 0 && e0 != subj && !field_is(v[e0].unit, "place") &&
						       !field_is(v[e0].unit, "noun")
						       ? e0
						       : SUBJ_MAIN;
			}
			/* figures belong to a named subject or to the article's main
			 * organisation, not to a common noun ("employees"), except a
			 * count that is the object of a verb whose subject is an
			 * occurrence: "The blaze destroyed 40 homes" counts the
			 * blaze's homes, not those of a company the article named
			 * before (unless the blaze is the article's story) */
			if (ty != M_DATE && subj >= 0 && field_is(v[subj].unit, "noun") &&
			    !(someone_elses(s, subj) && !ev[bi].says && !field_is(v[m].unit, "age")) &&
			    !(counted && !field_is(v[m].unit, "age") && count_is_object(s, &ev[bi], mt, subj) &&
			      !story_occurrence(s, subj)))
				subj = SUBJ_MAIN;
			v[m].subject = subj;
		}
		/* "Larger rivals have spent billions": a figure that would be
		 * the main organisation's (no subject named, or "the company"),
		 * in a clause of a group of its own, is that group's */
		if (ty != M_DATE && best >= 0 && (v[m].subject == -1 || v[m].subject == SUBJ_MAIN) &&
		    !(ty == M_NUMBER && field_is(v[m].unit, "age"))) {
			int32_t own = bare_plural_subject(s, mt);
			v = s->x->mentions.v; /* bare_plural_subject may have grown the list */
			if (own >= 0)
				v[m].subject = own;
		}
		/* "to acquire SeaMicro, which raised $35m in funding": a sum in
		 * a relative clause after a name, with no event between "which"
		 * and it, is the name's own, no event of the sentence's */
		if (ty == M_MONEY && mt > 3) {
			size_t k = mt;
			while (k-- > 0 && k + 16 > mt) {
				const struct token *t = &s->t[k];
				if (t->kind == TK_PUNCT || is_clause_break(s->text, t))
					break;
				if (token_is(s->text, t, "which")) {
					int32_t who = k >= 2 && s->t[k - 1].kind == TK_PUNCT &&
							      s->text[s->t[k - 1].start] == ','
							      ? entity_ending_at(s, k - 2) : -1;
					bool own = who >= 0 && !field_is(v[who].unit, "place") &&
						   !field_is(v[who].unit, "noun") && !field_is(v[who].unit, "person");
					for (size_t ei = 0; ei < nev && own; ei++)
						own = !(ev[ei].t > k && ev[ei].t < mt);
					if (own) {
						v[m].event = -1;
						v[m].subject = who;
					}
					break;
				}
			}
		}
		/* "the 40-year-old Thompson", "Klitschko, 36,": an age right
		 * before a name, or set off by commas right after it, is that
		 * name's, whatever the event's subject */
		if (ty == M_NUMBER && field_is(v[m].unit, "age"))
			tie_age(s, &v[m], mt, mt_end);
		/* "Quist finished first with 9,410 votes", "Reyne came second
		 * on 7,860 votes": a count of votes (no split, no margin) that
		 * no event holds is of the one its clause names (vote_owner);
		 * so is one an event holds when the count lies in a clause
		 * after the trigger's ("Ada Pryce won with 9,140 votes, while
		 * Tomas Reyne took 7,860", "beat Tomas Reyne, who polled
		 * 7,860": Reyne's, not the win's subject) */
		if (ty == M_NUMBER && field_is(v[m].unit, "vote") && !strchr(v[m].value, '-') && !v[m].measure[0] &&
		    (v[m].subject == -1 || v[m].event >= 0)) {
			int32_t owner = vote_owner(s, mt);
			if (v[m].event < 0)
				v[m].subject = owner;
			else if (owner >= 0 && tok_first(s, (size_t)v[m].event) < mt &&
				 clause_between(s, tok_first(s, (size_t)v[m].event), mt))
				v[m].subject = owner;
		}
	}
	if (ev != small_ev)
		free(ev);
}

/* Whether a count of votes at token mt is a margin: "lost by 300 votes",
 * "a majority of 1,550 votes", "a lead of 80 votes". */
static bool vote_margin(const struct sent *s, size_t mt)
{
	const char *text = s->text;
	if (mt > 0 && token_is(text, &s->t[mt - 1], "by"))
		return true;
	return mt > 1 && token_is(text, &s->t[mt - 1], "of") &&
	       (token_is(text, &s->t[mt - 2], "majority") || token_is(text, &s->t[mt - 2], "margin") ||
		token_is(text, &s->t[mt - 2], "lead"));
}

/* Who got a count of votes at token mt: the nearest name before it in its
 * clause (back to the sentence's start, a clause break, "while",
 * "whereas" or "than"), no place nor common noun. Passed over: a verb's
 * object ("beat Tomas Reyne with"; not one a "who" clause then tells of:
 * "beat Tomas Reyne, who polled"), a name in an aside ("Mira Dahlen, the
 * Green Party candidate, received"), a name a determiner makes a
 * modifier ("won the Ostby mayoral race with"), a possessor ("Pryce is
 * Brennick's new mayor after romping home with 9,140 votes": Pryce's) and
 * a name after a preposition ("in Halden"). -1 when none. */
static int32_t vote_owner(const struct sent *s, size_t mt)
{
	const char *text = s->text;
	const struct mention *v = s->x->mentions.v;
	for (size_t k = mt; k-- > 0;) {
		const struct token *t = &s->t[k];
		if (is_clause_break(text, t) || token_is(text, t, "while") || token_is(text, t, "whereas") ||
		    token_is(text, t, "than"))
			return -1;
		if (!s->covered[k])
			continue;
		int32_t e = entity_ending_at(s, k);
		if (e < 0)
			continue;
		size_t f = tok_first(s, (size_t)e);
		bool after_prep = f > 0 && is_preposition(s, &s->t[f - 1]);
		bool possessor = k + 1 < s->n && is_possessive(text, &s->t[k + 1]);
		/* the object of a verb ("beat Tomas Reyne with 9,410 votes") */
		bool object = f > 0 && s->t[f - 1].kind == TK_WORD && !(s->t[f - 1].flags & TF_CAP) &&
			      (bit_get(s->ev, f - 1) || past_form(text, &s->t[f - 1])) &&
			      !(k + 2 < mt && s->t[k + 1].kind == TK_PUNCT && text[s->t[k + 1].start] == ',' &&
				token_is(text, &s->t[k + 2], "who"));
		/* a name a determiner makes a modifier ("won the Ostby
		 * mayoral race with 9,410 votes") */
		bool modifier = f > 0 && is_determiner(s, &s->t[f - 1]);
		if (v[e].type == M_ENTITY && !field_is(v[e].unit, "place") && !field_is(v[e].unit, "noun") &&
		    !after_prep && !possessor && !object && !modifier && !in_aside(s, f, k, mt))
			return e;
		k = f;
	}
	return -1;
}

/* Whether a clause opens between tokens a and b (a < b): "while",
 * "whereas", "and", "but", or punctuation. */
static bool clause_between(const struct sent *s, size_t a, size_t b)
{
	for (size_t k = a + 1; k < b; k++) {
		const struct token *t = &s->t[k];
		if (t->kind == TK_PUNCT || token_is(s->text, t, "while") || token_is(s->text, t, "whereas") ||
		    token_is(s->text, t, "and") || token_is(s->text, t, "but"))
			return true;
	}
	return false;
}

/* Whether the name at tokens f..l lies in an aside that a determiner opens
 * after a comma and a comma closes before token end ("Mira Dahlen, the
 * Green Party candidate, received": the party is no one who got votes). */
static bool in_aside(const struct sent *s, size_t f, size_t l, size_t end)
{
	const char *text = s->text;
	size_t open = SIZE_MAX;
	for (size_t k = f; k-- > 0 && k + 6 > f;) {
		if (s->t[k].kind == TK_PUNCT) {
			if (text[s->t[k].start] == ',')
				open = k;
			break;
		}
	}
	if (open == SIZE_MAX || !is_determiner(s, &s->t[open + 1]))
		return false;
	for (size_t k = l + 1; k < end && k < l + 6; k++)
		if (s->t[k].kind == TK_PUNCT)
			return text[s->t[k].start] == ',';
	return false;
}

/* The parts of one payment: "paying $120 million in cash and $15 million
 * in stock to acquire Pellam" tells two parts of one price (each measures
 * how it is paid, units.tsv's "payment"), whichever verb stands nearer to
 * each: all are tied to the event of the first, so that the claim states
 * them together and none is taken for the deal's whole price (conflict.c:
 * a claim's one sum paid in cash is its price). */
static bool payment_part(const struct sent *s, const struct mention *q)
{
	return q->type == M_MONEY && q->measure[0] && q->event >= 0 && lexicon_unit_payment(s->lx, q->measure);
}

static void paid_parts(struct sent *s, const uint32_t *sl, size_t nsl)
{
	struct mention *v = s->x->mentions.v;
	size_t first = SIZE_MAX, n = 0;
	for (size_t si = 0; si < nsl; si++)
		if (payment_part(s, &v[sl[si]])) {
			first = first == SIZE_MAX ? sl[si] : first;
			n++;
		}
	if (n < 2)
		return;
	for (size_t si = 0; si < nsl; si++)
		if (payment_part(s, &v[sl[si]])) {
			v[sl[si]].event = v[first].event;
			v[sl[si]].subject = v[first].subject;
		}
}

/* Whether word t can be what a figure measures: a noun, so not a
 * determiner ("in the last few years"), a pronoun, a word that starts an amount ("in
 * two rounds") or a date ("$1.2bn last year") nor a verb in the past
 * ("measuring 4.6 rattled"). */
static bool measure_noun(const struct sent *s, const struct token *t)
{
	return t->kind == TK_WORD && !is_determiner(s, t) && !word_is(s, t, CUE_PRONOUN) &&
	       !((t->flags & TF_KEYED) && (~t->flags & (TF_QPASS | TF_TPASS))) && !past_form(s->text, t);
}

/* Whether an entity may own an age: a named person or thing, not a place
 * or a common noun. */
static bool may_have_age(const struct mention *e)
{
	return !field_is(e->unit, "place") && !field_is(e->unit, "noun");
}

/* The owner of an age (tokens mt..mt_end), whatever the event's subject:
 * - right before a name, across a lower-case word or two ("the
 *   40-year-old Thompson", "the 36-year-old champion Klitschko"), that
 *   name's;
 * - set off by commas after a name ("Klitschko, 36,"), that name's;
 * - in a "who" clause ("Emanuel Steward, who turned 68"), the name's
 *   before "who";
 * - "the 40-year-old American" (no name) after the sentence's first name
 *   ("Klitschko put Thompson on the canvas, and the 40-year-old American
 *   never recovered"): not that first name's but the next one's after a
 *   verb or a preposition other than of place (the object or opponent,
 *   "against Thompson", not "at Stade Rex", "the WBA");
 *   with none, the event's subject as before. */
static void tie_age(struct sent *s, struct mention *age, size_t mt, size_t mt_end)
{
	const char *text = s->text;
	const struct mention *v = s->x->mentions.v;
	size_t k = mt_end + 1;
	/* not across a verb ("the 29-year-old champion stopped Brandt"): no
	 * word that may start an event, none in "-ed" */
	while (k < s->n && k < mt_end + 3 && s->t[k].kind == TK_WORD && !(s->t[k].flags & TF_CAP) &&
	       !bit_get(s->ev, k) && !(s->t[k].end - s->t[k].start > 3 && text[s->t[k].end - 2] == 'e' &&
					text[s->t[k].end - 1] == 'd') &&
	       !is_preposition(s, &s->t[k]) && !is_verb_filler(s, &s->t[k]) && !is_connector(s, &s->t[k]))
		k++;
	int32_t e = k < s->n ? entity_starting_at(s, k) : -1;
	if (e >= 0 && may_have_age(&v[e])) {
		age->subject = e;
		return;
	}
	if (mt >= 2 && mt_end + 1 < s->n && s->t[mt - 1].kind == TK_PUNCT && text[s->t[mt - 1].start] == ',' &&
	    s->t[mt_end + 1].kind == TK_PUNCT && text[s->t[mt_end + 1].start] == ',') {
		e = entity_ending_at(s, mt - 2);
		if (e >= 0 && may_have_age(&v[e]))
			age->subject = e;
		return;
	}
	/* "Steward, who turned 68": within a few words, no punctuation */
	for (size_t j = mt; j > 0 && j + 5 > mt; j--) {
		const struct token *t = &s->t[j - 1];
		if (t->kind == TK_PUNCT)
			break;
		if (token_is(text, t, "who")) {
			size_t b = j - 1;
			if (b >= 1 && s->t[b - 1].kind == TK_PUNCT && text[s->t[b - 1].start] == ',')
				b--;
			e = b >= 1 ? entity_ending_at(s, b - 1) : -1;
			if (e >= 0 && may_have_age(&v[e]))
				age->subject = e;
			return;
		}
	}
	if (mt == 0 || !token_is(text, &s->t[mt - 1], "the") || mt_end + 1 >= s->n ||
	    s->t[mt_end + 1].kind != TK_WORD)
		return;
	int32_t first = -1, owner = -1;
	for (size_t m = s->first; m < s->x->mentions.n; m++)
		if (v[m].type == M_ENTITY && v[m].end <= age->start && (first < 0 || v[m].start < v[first].start))
			first = (int32_t)m;
	if (first < 0)
		return;
	for (size_t m = s->first; m < s->x->mentions.n; m++) {
		if (v[m].type != M_ENTITY || v[m].start <= v[first].start || v[m].end > age->start ||
		    !may_have_age(&v[m]) || (owner >= 0 && v[m].start > v[owner].start) ||
		    streq(v[m].value, v[first].value))
			continue;
		size_t a = tok_first(s, m);
		const struct token *w = a > 0 ? &s->t[a - 1] : NULL;
		if (w && w->kind == TK_WORD && !is_determiner(s, w) && !is_connector(s, w) &&
		    !token_is(text, w, "at") && !token_is(text, w, "in") && !token_is(text, w, "on") &&
		    !token_is(text, w, "near") && !token_is(text, w, "from"))
			owner = (int32_t)m;
	}
	if (owner >= 0)
		age->subject = owner;
}

/* What a figure measures: "revenue of $1.2bn" -> revenue, "$290 million in
 * cash" -> cash, "a $334M optical chip deal" -> deal, "market value of about
 * $14.8bn" -> value. Lower case, singular as units are; "" when nothing says. */
/* Whether an event of class `cls` starts in the sentence before byte
 * `at`. */
static bool event_before(const struct sent *s, size_t at, const char *cls)
{
	for (size_t m = s->first; m < s->x->mentions.n; m++) {
		const struct mention *e = &s->x->mentions.v[m];
		if (e->type == M_EVENT && e->start < at && streq(e->value, cls))
			return true;
	}
	return false;
}

/* The noun of a sum's rate after token b, the sum's end ("per share", "a
 * share", "an ounce", "/share"), or 0: money only, the noun in lower case
 * and, after "a"/"an", at the end of its phrase (punctuation, a
 * preposition other than "of", "and", "or", the sentence's end). */
static size_t rate_noun(const struct sent *s, const struct mention *m, size_t b)
{
	const char *text = s->text;
	if (m->type != M_MONEY || b + 1 >= s->n)
		return 0;
	const struct token *t = &s->t[b], *u = &s->t[b + 1];
	bool slash = t->kind == TK_PUNCT && t->end - t->start == 1 && text[t->start] == '/';
	bool per = !slash && token_is(text, t, "per");
	/* the cheap tests first: this runs after every sum */
	if ((!slash && !per && !token_is(text, t, "a") && !token_is(text, t, "an")) || u->kind != TK_WORD ||
	    (u->flags & TF_CAP) || !measure_noun(s, u))
		return 0;
	if (slash)
		return t->start == s->t[b - 1].end && u->start == t->end ? b + 1 : 0;
	if (per || b + 2 >= s->n)
		return b + 1;
	const struct token *x = &s->t[b + 2];
	if (x->kind == TK_PUNCT ||
	    (is_preposition(s, x) && !token_is(text, x, "of")) || token_is(text, x, "and") ||
	    token_is(text, x, "or"))
		return b + 1;
	return 0;
}

/* Whether t is a copula that states a level: 1 for "is", "was", "are",
 * "were"; 2 for "stands", "stood", "remains", "remained", which an "at"
 * follows; 0 for none. */
static int level_copula(const char *text, const struct token *t)
{
	/* literal words: token_is answers most of them on the length alone
	 * (this runs before every sum, percentage and bare number) */
	if (token_is(text, t, "is") || token_is(text, t, "was") || token_is(text, t, "are") ||
	    token_is(text, t, "were"))
		return 1;
	return token_is(text, t, "stands") || token_is(text, t, "stood") || token_is(text, t, "remains") ||
		       token_is(text, t, "remained")
		       ? 2
		       : 0;
}

/* Whether t is a noun that counts nothing of its own, so names no
 * measure ("The figure was 31", "The total rose 12%"), or says only that a
 * sum is money ("$2.3 million in public funds"). */
static bool counts_nothing(const char *text, const struct token *t)
{
	static const char *const w[] = {"figure", "number", "total", "amount", "level", "result",
					"money", "funds"};
	for (size_t i = 0; i < CC_ARRAY_LEN(w); i++)
		if (token_is(text, t, w[i]))
			return true;
	return false;
}

/* What a figure of type `type` at tokens a..b-1 measures when a copula
 * joins it to its clause's subject, a bare noun: "Turnout was 42%", "Net
 * debt stood at 410 million pounds", "Unemployment stood at 6.1%" ->
 * turnout, debt, unemployment; written into w. The noun opens its clause
 * (the sentence, or after punctuation or a conjunction), after a
 * determiner or none. Not someone's or a place's, which another's must
 * not meet ("Quist's share", "Her share", "Unemployment in the region is
 * 7.4%", "In Ostby, turnout was 42%"), not a pronoun's ("she was 91"),
 * not a noun too general to say what ("The rate was 4.5%"), not one of
 * two figures of one copula, nor "The company was 40% owned by" (b, the
 * token after the figure, a verb). */
static void copula_measure(const struct sent *s, size_t a, size_t b, enum mention_type type, char *w,
			   size_t wsz)
{
	const char *text = s->text;
	/* "The company was 40% owned by": the figure qualifies the verb after it */
	if (a < 2 || (b < s->n && past_form(text, &s->t[b])))
		return;
	size_t c = a - 1;
	bool at = token_is(text, &s->t[c], "at");
	if (at)
		c--;
	int copula = level_copula(text, &s->t[c]);
	if (!copula || (copula == 2) != at || c < 1)
		return;
	size_t k = c - 1;
	const struct token *t = &s->t[k];
	if (t->kind != TK_WORD || s->covered[k] || bit_get(s->ev, k) || !measure_noun(s, t) ||
	    is_preposition(s, t) || is_connector(s, t) || ((t->flags & TF_CAP) && k > 0))
		return;
	/* a pronoun's figure is its person's or thing's ("she was 91") */
	static const char *const pron[] = {"he",   "she",   "it",    "they", "we",    "i",   "you",
					   "who",  "whose", "which", "that", "this",  "these", "those",
					   "there", "what", "one"};
	for (size_t i = 0; i < CC_ARRAY_LEN(pron); i++)
		if (token_is(text, t, pron[i]))
			return;
	/* a word or two that make a compound with it ("death toll", "voter
	 * turnout") */
	size_t j = k;
	for (int mods = 0; mods < 2 && j > 0; mods++) {
		const struct token *u = &s->t[j - 1];
		if (u->kind != TK_WORD || s->covered[j - 1] || bit_get(s->ev, j - 1) ||
		    ((u->flags & TF_CAP) && j > 1) || is_possessive(text, u) || !measure_noun(s, u) ||
		    is_preposition(s, u) || is_connector(s, u) || token_is(text, u, "and") ||
		    token_is(text, u, "but") || token_is(text, u, "while") || token_is(text, u, "where"))
			break;
		j--;
	}
	if (j > 0 && is_determiner(s, &s->t[j - 1])) {
		/* "Her share was 52%": someone's, which another's must not meet */
		const struct token *d = &s->t[j - 1];
		if (token_is(text, d, "her") || token_is(text, d, "his") || token_is(text, d, "their") ||
		    token_is(text, d, "my") || token_is(text, d, "our") || token_is(text, d, "your"))
			return;
		j--;
	}
	if (j > 0) {
		const struct token *p = &s->t[j - 1];
		bool opens = p->kind == TK_PUNCT ? strchr(",;:", text[p->start]) != NULL
						 : token_is(text, p, "and") || token_is(text, p, "but") ||
							   token_is(text, p, "while") || token_is(text, p, "where");
		if (!opens)
			return;
		/* ... a phrase before the comma that names a place or a name
		 * ("In Ostby, turnout was 42%") makes it that place's */
		if (p->kind == TK_PUNCT && text[p->start] == ',')
			for (size_t x = j - 1; x-- > 0 && !is_clause_break(text, &s->t[x]);)
				if (s->covered[x] && entity_ending_at(s, x) >= 0)
					return;
	}
	/* a noun too general to say what ("The rate was 4.5%" may be a bank's
	 * rate or inflation; "The figure was 31") */
	static const char *const general[] = {"rate", "share", "score", "increase", "rise", "fall", "drop",
					      "change", "difference", "gap", "value", "price"};
	if (counts_nothing(text, t))
		return;
	for (size_t i = 0; i < CC_ARRAY_LEN(general); i++)
		if (token_is(text, t, general[i]))
			return;
	/* "Turnout was 42% in the first round and 38% in the runoff": two
	 * figures of one copula, each of its own occasion */
	uint32_t after = s->t[b - 1].end;
	for (size_t m = s->first; m < s->x->mentions.n; m++) {
		const struct mention *f = &s->x->mentions.v[m];
		if (f->type == type && f->start >= after)
			return;
	}
	token_lower(text, t, w, wsz);
}

/* Whether an event of class RISE or FALL starts at token k. */
static bool change_at(const struct sent *s, size_t k)
{
	const char *cls = bit_get(s->ev, k) ? event_class_at(s, k) : NULL;
	return cls && (streq(cls, "RISE") || streq(cls, "FALL"));
}

/* Whether t is a noun that names a change, not what changed ("a 12%
 * rise", "an increase of 3%"). */
static bool change_noun(const char *text, const struct token *t)
{
	static const char *const w[] = {"rise",	    "rises",	 "increase", "increases", "fall",
					"falls",    "drop",	 "drops",    "jump",	  "gain",
					"gains",    "decline",	 "declines", "growth",	  "decrease",
					"climb",    "slump",	 "surge",    "plunge",	  "cut"};
	for (size_t i = 0; i < CC_ARRAY_LEN(w); i++)
		if (token_is(text, t, w[i]))
			return true;
	return false;
}

/* The noun a change is of, its clause's subject, which names what a
 * figure of the change measures: "its pre-tax profit rose 12% to £41m",
 * "Harlow shares fell 8%", "like-for-like sales fell 2.1%" -> profit,
 * share, sale (the noun right before the verb, lower case, not a
 * pronoun's, not a noun that names a change or a count of nothing:
 * "the figure rose"); "Profit at Harlow Foods rose 12%", "Shares in
 * Harlow fell" -> the noun before the name's preposition. v: the verb.
 * Written into w; nothing when none. */
static void change_subject_noun(const struct sent *s, size_t v, char *w, size_t wsz)
{
	const char *text = s->text;
	if (v < 1)
		return;
	size_t k = v - 1;
	/* across the verb's own words ("shares have risen") */
	while (k > 0 && s->t[k].kind == TK_WORD && !s->covered[k] && is_verb_filler(s, &s->t[k]))
		k--;
	/* across "at NAME", "in NAME", "of NAME" */
	if (s->covered[k] && s->t[k].kind == TK_WORD) {
		int32_t e = entity_ending_at(s, k);
		if (e < 0)
			return;
		size_t j = k;
		while (j > 0 && s->covered[j - 1] && s->t[j - 1].start >= s->x->mentions.v[e].start)
			j--;
		if (j < 2 || !(token_is(text, &s->t[j - 1], "at") || token_is(text, &s->t[j - 1], "in") ||
			       token_is(text, &s->t[j - 1], "of")))
			return;
		k = j - 2;
	}
	const struct token *t = &s->t[k];
	if (t->kind != TK_WORD || s->covered[k] || ((t->flags & TF_CAP) && k > 0) || is_possessive(text, t) ||
	    is_preposition(s, t) || is_connector(s, t) || is_determiner(s, t) || word_is(s, t, CUE_PRONOUN) ||
	    past_form(text, t) || change_noun(text, t) || counts_nothing(text, t))
		return;
	static const char *const pron[] = {"it", "they", "this", "that", "which", "who"};
	for (size_t i = 0; i < CC_ARRAY_LEN(pron); i++)
		if (token_is(text, t, pron[i]))
			return;
	token_lower(text, t, w, wsz);
}

/* What a percentage or a sum of a change measures, when the change says
 * what changed: the change's subject noun before the verb, the figure
 * right after the verb or its "by" ("profit rose 12%", "fell by 4.3%"),
 * or the level it reached after "to" ("profit fell 4.3% to £88m"); or
 * what a change's noun after the figure is "in" ("a 12% rise in
 * profit", "a 3% increase in pre-tax profit"). w holds what the noun
 * after the figure gave ("rise"), which the latter replaces. */
static void change_measure(const struct sent *s, size_t a, size_t b, char *w, size_t wsz)
{
	const char *text = s->text;
	if (w[0]) {
		/* "a 12% rise in pre-tax profit": the noun after "in" */
		if (b < s->n && change_noun(text, &s->t[b])) {
			w[0] = '\0';
			size_t k = b + 1;
			if (k + 1 < s->n && token_is(text, &s->t[k], "in")) {
				size_t j = k + 1, last = SIZE_MAX;
				for (; j < s->n && j < k + 6; j++) {
					const struct token *t = &s->t[j];
					if (t->kind == TK_PUNCT && text[t->start] == '-' && last != SIZE_MAX)
						continue;
					if (t->kind != TK_WORD || (t->flags & TF_CAP) || s->covered[j] ||
					    is_preposition(s, t) || is_connector(s, t) || token_is(text, t, "and") ||
					    token_is(text, t, "or") || is_verb_filler(s, t))
						break;
					if (!is_determiner(s, t))
						last = j;
				}
				if (last != SIZE_MAX && measure_noun(s, &s->t[last]))
					token_lower(text, &s->t[last], w, wsz);
			}
		}
		return;
	}
	if (a < 2)
		return;
	size_t k = a - 1;
	/* the level a change reached after its figure: "fell 4.3% to £88m",
	 * "rose 4% to close at $61.20" */
	if (k >= 3 && token_is(text, &s->t[k], "at") && token_is(text, &s->t[k - 1], "close") &&
	    token_is(text, &s->t[k - 2], "to"))
		k -= 2;
	if (token_is(text, &s->t[k], "to") && k >= 2) {
		size_t j = k - 1;
		/* "Inflation rose to 3.1%": the level itself */
		if (change_at(s, j)) {
			change_subject_noun(s, j, w, wsz);
			return;
		}
		if (!s->covered[j])
			return;
		while (j > 0 && s->covered[j - 1])
			j--;
		if (j < 2)
			return;
		k = j - 1;
	} else if (s->t[k].kind != TK_WORD)
		return;
	if (token_is(text, &s->t[k], "by"))
		k--;
	if (!change_at(s, k))
		return;
	change_subject_noun(s, k, w, wsz);
}

static void find_measure(struct sent *s, struct mention *m)
{
	const char *text = s->text;
	size_t a = mention_first(s, m), b = token_last(s, m) + 1;
	char w[24] = "";
	/* after: a sum's rate, "$38 per share", "$38 a share", "$38/share",
	 * "$2,000 an ounce": what one unit of it costs, its noun the measure
	 * however the rate is written, unless a noun before names what is
	 * paid ("its dividend to 31 cents a share", below); "a" only before
	 * a noun that ends the phrase ("$2 billion a year ago", "$38 a share
	 * of the market" are none) */
	size_t k = b, r = rate_noun(s, m, b);
	/* after: "in cash", or a noun compound ("optical chip deal") */
	if (r) {
		/* a rate: its noun is read below, when nothing before says */
	} else if (k < s->n && token_is(text, &s->t[k], "in") && k + 1 < s->n && s->t[k + 1].kind == TK_WORD &&
	    !(s->t[k + 1].flags & TF_CAP)) {
		/* ... the noun a hyphened word leads up to ("7% in after-hours
		 * trading" measures trading, not "after") */
		size_t j = k + 1;
		while (j + 2 < s->n && s->t[j + 1].kind == TK_PUNCT && text[s->t[j + 1].start] == '-' &&
		       s->t[j + 1].start == s->t[j].end && s->t[j + 2].start == s->t[j + 1].end &&
		       s->t[j + 2].kind == TK_WORD)
			j += 2;
		if (j > k + 1 && j + 1 < s->n && s->t[j + 1].kind == TK_WORD && !(s->t[j + 1].flags & TF_CAP) &&
		    !is_preposition(s, &s->t[j + 1]))
			j++;
		/* ... and the noun a word before it describes ("$2.3 million in
		 * public funds": the funds, not "public"), when that word is
		 * no plural of its own ("$5m in fines last year": the fines) */
		else if (j == k + 1 && j + 1 < s->n && !(s->t[j + 1].flags & TF_CAP) &&
			 text[s->t[j].end - 1] != 's' && !s->covered[j] &&
			 measure_noun(s, &s->t[j]) && !s->covered[j + 1] && measure_noun(s, &s->t[j + 1]) &&
			 !is_preposition(s, &s->t[j + 1]) &&
			 !is_verb_filler(s, &s->t[j + 1]) && !token_is(text, &s->t[j + 1], "and") &&
			 !token_is(text, &s->t[j + 1], "or") && !bit_get(s->ev, j + 1))
			j++;
		/* ... which says what the sum measures, not that it is money
		 * ("in public funds", "in taxpayer money": none) */
		if (measure_noun(s, &s->t[j]) && !(j > k + 1 && s->t[j - 1].kind == TK_PUNCT) &&
		    !counts_nothing(text, &s->t[j]))
			token_lower(text, &s->t[j], w, sizeof w);
		/* "$35m in two rounds of funding": what the rounds are of */
		if (!w[0] && s->covered[k + 1]) {
			j = k + 1;
			while (j < s->n && j < k + 4 && s->covered[j])
				j++;
			if (j + 2 < s->n && s->t[j].kind == TK_WORD && token_is(text, &s->t[j + 1], "of") &&
			    s->t[j + 2].kind == TK_WORD && !(s->t[j + 2].flags & TF_CAP) &&
			    measure_noun(s, &s->t[j + 2]))
				token_lower(text, &s->t[j + 2], w, sizeof w);
		}
	} else {
		size_t last = SIZE_MAX;
		for (; k < s->n && k < b + 4; k++) {
			const struct token *t = &s->t[k];
			if (k == b && (token_is(text, t, "more") || token_is(text, t, "fewer")) &&
			    !(k + 1 < s->n && token_is(text, &s->t[k + 1], "than")))
				continue; /* "two more bodies" */
			/* ... no comparative: "closed 11% lower", "42% higher" say
			 * which way, not what */
			if (t->kind != TK_WORD || is_preposition(s, t) || is_verb_filler(s, t) ||
			    token_is(text, t, "and") || token_is(text, t, "or") || !measure_noun(s, t) ||
			    token_is(text, t, "higher") || token_is(text, t, "lower"))
				break;
			if (!(t->flags & TF_CAP))
				last = k;
		}
		if (last != SIZE_MAX)
			token_lower(text, &s->t[last], w, sizeof w);
	}
	/* before: "revenue of", "value of", "target to"; across the change
	 * a "by" gives ("raised its rate by half a percentage point to
	 * 4.75%": the rate, as in "raised its rate to 4.5%") */
	if (!w[0] && a >= 4 && token_is(text, &s->t[a - 1], "to")) {
		for (size_t j = a - 2; j >= 2 && j + 7 > a; j--) {
			/* the change may be a figure ("by 2 cents to 46 cents") */
			if (s->t[j].kind != TK_WORD && !s->covered[j])
				break;
			if (token_is(text, &s->t[j], "by")) {
				if (s->t[j - 1].kind == TK_WORD && !(s->t[j - 1].flags & TF_CAP) &&
				    measure_noun(s, &s->t[j - 1]))
					token_lower(text, &s->t[j - 1], w, sizeof w);
				break;
			}
		}
	}
	/* "The fire was 25% contained", "is now 60% complete": a share a
	 * copula gives the state after it measures that state, the word as
	 * written ("contained"), so two outlets' containment meet and no
	 * other percentage of the fire */
	if (!w[0] && m->type == M_PERCENT && b < s->n && a >= 1 && s->t[b].kind == TK_WORD &&
	    !(s->t[b].flags & TF_CAP) && !s->covered[b] &&
	    (token_is(text, &s->t[b], "complete") || token_is(text, &s->t[b], "full") ||
	     (past_form(text, &s->t[b]) && !token_is(text, &s->t[b], "compared"))) &&
	    (level_copula(text, &s->t[a - 1]) == 1 || token_is(text, &s->t[a - 1], "been") ||
	     token_is(text, &s->t[a - 1], "be") ||
	     (a >= 2 && token_is(text, &s->t[a - 1], "now") && level_copula(text, &s->t[a - 2]) == 1)))
		token_lower(text, &s->t[b], w, sizeof w);
	if (m->type == M_PERCENT || m->type == M_MONEY)
		change_measure(s, a, b, w, sizeof w);
	if (!w[0])
		copula_measure(s, a, b, m->type, w, sizeof w);
	/* ... not a verb of change in the past, which no "-ed" tells
	 * ("Inflation rose to 5.1%": an event's word, no determiner before
	 * it; "its sales to" stays) */
	if (!w[0] && a >= 2 && (token_is(text, &s->t[a - 1], "of") || token_is(text, &s->t[a - 1], "to") ||
				token_is(text, &s->t[a - 1], "at")) &&
	    s->t[a - 2].kind == TK_WORD && !(s->t[a - 2].flags & TF_CAP) && !s->covered[a - 2] &&
	    measure_noun(s, &s->t[a - 2]) && !level_copula(text, &s->t[a - 2]) &&
	    !(bit_get(s->ev, a - 2) && a >= 3 && !is_determiner(s, &s->t[a - 3]))) {
		token_lower(text, &s->t[a - 2], w, sizeof w);
		/* a fee is of the kind the word before it names: "a
		 * termination fee of $50 million" is no price, as "a fee of",
		 * "a transfer fee of" and "a club-record fee of" are
		 * (units.tsv) */
		const struct token *kt = a >= 3 ? &s->t[a - 3] : NULL;
		if (kt && strcmp(w, "fee") == 0 && kt->kind == TK_WORD && !(kt->flags & TF_CAP) &&
		    measure_noun(s, kt) && !is_preposition(s, kt) && kt->end - kt->start + 5 < sizeof w) {
			size_t n = token_lower(text, kt, w, sizeof w);
			memcpy(w + n, " fee", 5); /* the check above leaves room */
		}
	}
	/* ... but a sum a verb of change reaches measures the noun before the
	 * verb ("revenue fell to $3.9bn", "Sales rose to $2bn": the revenue,
	 * as "reported revenue of $4.1bn"); a percentage stays the change's */
	if (!w[0] && m->type == M_MONEY && a >= 3 && token_is(text, &s->t[a - 1], "to") &&
	    bit_get(s->ev, a - 2) && s->t[a - 3].kind == TK_WORD && !s->covered[a - 3] &&
	    (a == 3 || !(s->t[a - 3].flags & TF_CAP)) && !bit_get(s->ev, a - 3) &&
	    measure_noun(s, &s->t[a - 3]))
		token_lower(text, &s->t[a - 3], w, sizeof w);
	if (!w[0] && r)
		token_lower(text, &s->t[r], w, sizeof w);
	quantity_noun_singular(w, strlen(w)); /* "bodies" -> body, as units */
	/* money raised up to now: "has raised $55 million so far", "... in
	 * funding to date" is the running total (units.tsv folds the two
	 * words after the sum, or after its "in NOUN", to "total"), not one
	 * round's sum */
	if (m->type == M_MONEY && event_before(s, m->start, "FUND")) {
		size_t p = b;
		if (w[0] && p + 1 < s->n && token_is(text, &s->t[p], "in"))
			p += 2;
		if (p + 1 < s->n && s->t[p].kind == TK_WORD && s->t[p + 1].kind == TK_WORD) {
			char two[24] = "";
			size_t l0 = s->t[p].end - s->t[p].start, l1 = s->t[p + 1].end - s->t[p + 1].start;
			if (l0 + l1 + 2 <= sizeof two) {
				token_lower(text, &s->t[p], two, sizeof two);
				size_t n0 = strlen(two);
				two[n0] = ' ';
				token_lower(text, &s->t[p + 1], two + n0 + 1, sizeof two - n0 - 1);
				if (strcmp(lexicon_unit(s->lx, two), "total") == 0)
					str_copy(w, sizeof w, "total");
			}
		}
	}
	str_copy(m->measure, sizeof m->measure, w);
}

/* Whether a figure's unit is a length ("12 miles", "5 km"). */
static bool length_unit(const char *u)
{
	/* most units are counted nouns: one byte answers them */
	if (!strchr("kmfy", u[0]) || !u[0])
		return false;
	static const char *const len[] = {"mile", "kilometer", "kilometre", "km", "meter", "metre",
					  "foot", "feet", "ft", "yard", "mi"};
	for (size_t i = 0; i < CC_ARRAY_LEN(len); i++)
		if (strcmp(u, len[i]) == 0)
			return true;
	return false;
}

static bool is_direction(const char *text, const struct token *t)
{
	static const char *const dir[] = {"north", "south", "east", "west", "northeast", "northwest",
					  "southeast", "southwest", "nne", "ene", "ese", "sse",
					  "ssw", "wsw", "wnw", "nnw"};
	for (size_t i = 0; i < CC_ARRAY_LEN(dir); i++)
		if (token_is(text, t, dir[i]))
			return true;
	return false;
}

/* What a length measures, so that a depth meets a depth and a distance a
 * distance from the same place: "a depth of 12 miles", "12 miles deep",
 * "one mile below ground" -> "depth"; "14 miles northeast of Healdsburg",
 * "about 20 miles north-northeast of Santa Rosa", "20 miles from Cobb" ->
 * "from Healdsburg" (the place as its entity is folded); "" when nothing
 * says. */
static __attribute__((noinline)) void find_length_measure(struct sent *s, struct mention *m)
{
	const char *text = s->text;
	size_t a = mention_first(s, m), k = token_last(s, m) + 1;
	/* the unit word after the figure ("14 miles"; "14-mile" has it inside) */
	if (k < s->n && s->t[k].kind == TK_WORD && !(s->t[k].flags & TF_CAP) && !is_direction(text, &s->t[k]) &&
	    !token_is(text, &s->t[k], "deep") && !token_is(text, &s->t[k], "below") &&
	    !token_is(text, &s->t[k], "from") && !token_is(text, &s->t[k], "away"))
		k++;
	if (k < s->n && (token_is(text, &s->t[k], "deep") || token_is(text, &s->t[k], "below") ||
			 token_is(text, &s->t[k], "beneath") || token_is(text, &s->t[k], "underground"))) {
		str_copy(m->measure, sizeof m->measure, "depth");
		return;
	}
	if (a >= 2 && token_is(text, &s->t[a - 1], "of") && token_is(text, &s->t[a - 2], "depth")) {
		str_copy(m->measure, sizeof m->measure, "depth");
		return;
	}
	/* directions, hyphens between them ("north-northeast"), "away" */
	size_t d = k;
	while (d < s->n && (is_direction(text, &s->t[d]) || token_is(text, &s->t[d], "away") ||
			    (d > k && s->t[d].kind == TK_PUNCT && text[s->t[d].start] == '-')))
		d++;
	if (d + 1 < s->n && (token_is(text, &s->t[d], "from") || (d > k && token_is(text, &s->t[d], "of")))) {
		size_t e = d + 1;
		if (e < s->n && token_is(text, &s->t[e], "the"))
			e++;
		int32_t ent = entity_starting_at(s, e);
		if (ent >= 0) {
			char w[8 + sizeof s->x->mentions.v[ent].value];
			size_t n = (size_t)snprintf(w, sizeof w, "from %s", s->x->mentions.v[ent].value);
			/* a long name cut at a character's start */
			n = utf8_fit(w, n < sizeof w ? n : sizeof w - 1, sizeof m->measure - 1);
			memcpy(m->measure, w, n);
			m->measure[n] = '\0';
		}
	}
}

/* A head count that moves into another organisation ("brings 170 staff into
 * Corvane", "Lumetric's 160 employees will join Corvane", "buying Lumetric
 * brings that work in-house, along with about 160 employees"): the staff a
 * deal takes over, measure "joining", which outlets give to the buyer or to
 * the target alike. The counted noun is a staff word and a join word
 * (cues.tsv) stands in the count's clause: within ten words either side,
 * no ';' or ':' between. */
static void find_joining_measure(struct sent *s, struct mention *m)
{
	const char *text = s->text;
	size_t a = mention_first(s, m), b = token_last(s, m) + 1;
	if (b >= s->n || s->t[b].kind != TK_WORD || !may_cue(&s->t[b], 1u << CUE_STAFF) ||
	    !lexicon_cue_at(s->lx, text, s->t, b, s->n, CUE_STAFF))
		return;
	enum { REACH = 10 };
	for (int dir = -1; dir <= 1; dir += 2) {
		for (size_t i = 1; i <= REACH; i++) {
			size_t k = dir < 0 ? a - i : b + i;
			if ((dir < 0 && i > a) || k >= s->n)
				break;
			const struct token *t = &s->t[k];
			if (t->kind == TK_PUNCT && (text[t->start] == ';' || text[t->start] == ':'))
				break;
			if (t->kind == TK_WORD && may_cue(t, 1u << CUE_JOIN) && word_is(s, t, CUE_JOIN)) {
				str_copy(m->measure, sizeof m->measure, "joining");
				return;
			}
		}
	}
}

/* "Markets had forecast a 4.75% rate", "Economists had predicted a rate of
 * 4.5%": a figure no event holds, with a word of what others foresaw
 * (cues.tsv: expected) a few words before it in its clause, is what they
 * foresaw, not the fact (modality "expected", as an event after one has).
 * "expected to" is a plan, not a forecast; the figure of an event keeps its
 * event's modality. */
static void mark_foreseen(struct sent *s, const uint32_t *sl, size_t nsl)
{
	const char *text = s->text;
	for (size_t si = 0; si < nsl; si++) {
		struct mention *f = &s->x->mentions.v[sl[si]];
		if ((f->type != M_NUMBER && f->type != M_PERCENT && f->type != M_MONEY) || f->event >= 0)
			continue;
		size_t i = mention_first(s, f);
		for (size_t k = i, steps = 0; k > 0 && steps < 5; steps++) {
			k--;
			const struct token *t = &s->t[k];
			if (is_clause_break(text, t) || (t->kind == TK_PUNCT && text[t->start] == ','))
				break;
			if (may_cue(t, 1u << CUE_EXPECTED) &&
			    lexicon_cue_at(s->lx, text, s->t, k, s->n, CUE_EXPECTED) &&
			    !(k + 1 < s->n && token_is(text, &s->t[k + 1], "to"))) {
				f->modality = MODAL_EXPECTED;
				break;
			}
		}
	}
}

/* ---- claims ------------------------------------------------------------------------- */

/* The constants extract_slot_event and extract_slot_subject (extract.h)
 * return, padded to EXTRACT_SLOT_ARRAY bytes like the arrays they return
 * otherwise. */
const char extract_slot_start[EXTRACT_SLOT_ARRAY] = "START";
const char extract_slot_deadline[EXTRACT_SLOT_ARRAY] = "DEADLINE";
const char extract_slot_none[EXTRACT_SLOT_ARRAY] = "";
_Static_assert(sizeof ((struct mention *)0)->value >= EXTRACT_SLOT_ARRAY &&
		       sizeof ((struct extraction *)0)->main_entity >= EXTRACT_SLOT_ARRAY,
	       "a slot's strings are arrays of at least EXTRACT_SLOT_ARRAY bytes");
_Static_assert(sizeof ((struct mention *)0)->value - 1 <= EXTRACT_SLOT_MAXLEN &&
		       sizeof ((struct extraction *)0)->main_entity - 1 <= EXTRACT_SLOT_MAXLEN,
	       "a slot's strings are at most EXTRACT_SLOT_MAXLEN bytes");

static bool is_slot(enum mention_type t)
{
	return t == M_DATE || t == M_NUMBER || t == M_MONEY || t == M_PERCENT || t == M_DURATION ||
	       t == M_QUOTE;
}

static void make_claims(struct extraction *x, size_t first, size_t end, size_t sentence,
			size_t sstart, size_t send)
{
	/* one claim per (event, reported class) in the sentence */
	for (size_t m = first; m < end; m++) {
		if (!is_slot(x->mentions.v[m].type))
			continue;
		const char *cls = extract_slot_event(x, &x->mentions.v[m]);
		int32_t ev = x->mentions.v[m].event;
		struct claim *c = NULL;
		for (size_t k = x->nclaims; k-- > 0 && x->claims[k].sentence == sentence;) {
			if (x->claims[k].event_mention == ev && strcmp(x->claims[k].event, cls) == 0) {
				c = &x->claims[k];
				break;
			}
		}
		if (!c) {
			x->claims = xgrow(x->claims, &x->capclaims, x->nclaims + 1, sizeof *x->claims);
			c = &x->claims[x->nclaims++];
			memset(c, 0, sizeof *c);
			c->sentence = (uint32_t)sentence;
			c->start = (uint32_t)sstart;
			c->end = (uint32_t)send;
			c->event_mention = ev;
			c->speaker = -1;
			str_copy(c->event, sizeof c->event, cls);
			const char *subj = extract_slot_subject(x, &x->mentions.v[m]);
			str_copy(c->subject, sizeof c->subject, subj);
			c->subject_implied = extract_subject_implied(x, &x->mentions.v[m], subj);
			c->elsewhen = extract_elsewhen(x, &x->mentions.v[m]);
			/* the actions of the sentence, for scope comparisons */
			for (size_t e = first; e < end; e++) {
				const struct mention *em = &x->mentions.v[e];
				if (em->type != M_EVENT || field_is(em->value, "ANNOUNCE") ||
				    field_is(em->value, "CONFIRM") || field_is(em->value, "DENY") ||
				    field_is(em->value, "START") || field_is(em->value, "OPERATE") ||
				    field_is(em->value, "RULE"))
					continue;
				size_t sl = strlen(c->scope), ul = strlen(em->unit);
				if (strstr(c->scope, em->unit) == NULL && sl + ul + 2 < sizeof c->scope) {
					if (sl)
						c->scope[sl++] = ' ';
					memcpy(c->scope + sl, em->unit, ul + 1);
				}
			}
			/* ... and their classes, in capitals after them ("buy
			 * agree ACQUIRE AGREE"): two statements report the same
			 * when these meet ("said it would buy", "announced it
			 * has agreed to acquire"), whatever the verbs */
			for (size_t e = first; e < end; e++) {
				const struct mention *em = &x->mentions.v[e];
				if (em->type != M_EVENT || field_is(em->value, "ANNOUNCE") ||
				    field_is(em->value, "CONFIRM") || field_is(em->value, "DENY") ||
				    field_is(em->value, "START") || field_is(em->value, "OPERATE") ||
				    field_is(em->value, "RULE") || field_is(em->value, "IDIOM"))
					continue;
				size_t sl = strlen(c->scope), ul = strlen(em->value);
				const char *at = strstr(c->scope, em->value);
				bool have = at && (at == c->scope || at[-1] == ' ') && (at[ul] == ' ' || !at[ul]);
				if (!have && sl + ul + 2 < sizeof c->scope) {
					if (sl)
						c->scope[sl++] = ' ';
					memcpy(c->scope + sl, em->value, ul + 1);
				}
			}
			if (ev >= 0) {
				str_copy(c->lemma, sizeof c->lemma, x->mentions.v[ev].unit);
				c->negated = x->mentions.v[ev].negated;
				c->modality = x->mentions.v[ev].modality;
			}
		}
		/* a figure others foresaw (mark_foreseen) makes its claim theirs */
		if (ev < 0 && x->mentions.v[m].modality == MODAL_EXPECTED)
			c->modality = MODAL_EXPECTED;
		/* ... and a question's figure (mark_asked), asks it */
		if (x->mentions.v[m].modality == MODAL_QUESTION)
			c->modality = MODAL_QUESTION;
		/* "Nine dead after a boat capsized on Sunday, officials said": a
		 * date has no subject of its own where its event has none; the
		 * claim's is then that of its first figure */
		enum mention_type mty = x->mentions.v[m].type;
		if (!c->subject[0] && c->nslots && mty != M_DATE && mty != M_QUOTE) {
			const char *subj = extract_slot_subject(x, &x->mentions.v[m]);
			str_copy(c->subject, sizeof c->subject, subj);
			c->subject_implied = extract_subject_implied(x, &x->mentions.v[m], subj);
		}
		if (x->mentions.v[m].type == M_QUOTE)
			c->speaker = x->mentions.v[m].speaker;
		if ((c->nslots & (c->nslots - 1)) == 0) /* 0, 1, 2, 4...: room doubles */
			c->slots = xrealloc(c->slots, (c->nslots ? 2 * c->nslots : 1) * sizeof *c->slots);
		c->slots[c->nslots++] = (uint32_t)m;
	}
	/* quotes attribute the whole sentence: every claim in it gets the speaker */
	int32_t speaker = -1;
	for (size_t m = first; m < end; m++)
		if (x->mentions.v[m].type == M_QUOTE)
			speaker = x->mentions.v[m].speaker;
	for (size_t k = x->nclaims; k-- > 0 && x->claims[k].sentence == sentence;) {
		struct claim *c = &x->claims[k];
		if (c->speaker < 0)
			c->speaker = speaker;
		bool kinds[M__COUNT] = {0};
		size_t nk = 0;
		for (size_t i = 0; i < c->nslots; i++) {
			enum mention_type t = x->mentions.v[c->slots[i]].type;
			if (!kinds[t])
				nk++;
			kinds[t] = true;
		}
		double sc = 0.3 + 0.1 * (double)(nk > 3 ? 2 : nk - 1);
		if (c->event[0])
			sc += 0.15;
		if (c->subject[0])
			sc += 0.15;
		if (c->speaker >= 0)
			sc += 0.1;
		if (kinds[M_DATE] || kinds[M_NUMBER] || kinds[M_MONEY] || kinds[M_PERCENT] ||
		    kinds[M_DURATION])
			sc += 0.1;
		if (c->modality == MODAL_POSSIBLE)
			sc -= 0.15;
		if (sc > 1)
			sc = 1;
		if (sc < 0)
			sc = 0;
		c->score = (double)(long)(sc * 100 + 0.5) / 100;
	}
}

/* ---- the document ------------------------------------------------------------------------ */

/* The document's tokens, scanned once: sentence si's are t[first[si]] to
 * t[first[si + 1]] (none for boilerplate); marks[i] is t[i]'s enum
 * token_marks (lexicon_key_tokens), with 64 zero bytes after the last so
 * that eight or sixty-four marks can be read from any token; flags_hi[i]
 * the high byte of t[i].flags (lexicon_key_tokens), with 16 bytes after
 * the last. */
struct doc_tokens {
	struct token *t;
	size_t n, cap;
	size_t *first;
	uint8_t *marks, *flags_hi;
};

static void doc_tokens_scan(const struct extract_input *in, struct doc_tokens *d)
{
	d->first = xcalloc(in->nsents + 1, sizeof *d->first);
	/* about one token in five bytes of news text: reserve, grow if not */
	size_t bytes = in->len;
	d->t = xgrow(d->t, &d->cap, bytes / 4 + 16, sizeof *d->t);
	for (size_t si = 0; si < in->nsents; si++) {
		d->first[si] = d->n;
		if (!in->sents[si].boilerplate)
			token_scan(in->text, in->sents[si].start, in->sents[si].end, &d->t, &d->n, &d->cap);
	}
	d->first[in->nsents] = d->n;
	d->marks = xmalloc(d->n + 64);
	memset(d->marks + d->n, 0, 64);
	d->flags_hi = xmalloc(d->n + 16);
	memset(d->flags_hi + d->n, 0, 16);
}

/* Bit `bit` of sixty-four marks from mk (token k's at bit k), mk read up to
 * 63 bytes on: sixteen a step with SSE2 (sent_masks says how), else eight
 * by multiplies (marks_bits). */
static inline uint64_t marks_mask64(const uint8_t *mk, unsigned bit)
{
	uint64_t r = 0;
#ifdef EXTRACT_SSE2
	__m128i sh = _mm_cvtsi32_si128((int)(7 - bit));
	for (unsigned g = 0; g < 64; g += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(mk + g));
		r |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_sll_epi16(x, sh)) << g;
	}
#else
	for (unsigned g = 0; g < 64; g += 8)
		r |= marks_bits(marks_load(mk + g), bit) << g;
#endif
	return r;
}

/* The masks temporal_scan and quantity_scan jump by (token_cursor): the
 * tokens of a sentence of n whose TF_TPASS, TF_QPASS are clear, token k at
 * bit k % 64 of date[k / 64], amount[k / 64], from the high bytes of their
 * flags (hi[0] the first token's). hi is read up to 15 bytes past the last
 * token; those bits are cleared. Sixteen tokens a step with SSE2 (as
 * sent_masks), else eight (marks_bits). */
static void scan_masks(const uint8_t *hi, size_t n, uint64_t *date, uint64_t *amount)
{
	enum { T = 10 - 8, Q = 9 - 8 }; /* the flags' bits in the high byte */
	_Static_assert(TF_TPASS == 1 << (8 + T) && TF_QPASS == 1 << (8 + Q),
		       "scan_masks reads the flags' bits by their numbers");
	for (size_t w = 0, nw = (n + 63) / 64; w < nw; w++) {
		uint64_t d = 0, a = 0; /* the tokens passed */
		size_t left = n - 64 * w < 64 ? n - 64 * w : 64;
#ifdef EXTRACT_SSE2
		for (size_t g = 0; g < left; g += 16) {
			__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(hi + 64 * w + g));
			d |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_slli_epi16(x, 7 - T)) << g;
			a |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_slli_epi16(x, 7 - Q)) << g;
		}
#else
		for (size_t g = 0; g < left; g += 8) {
			uint64_t x = marks_load(hi + 64 * w + g);
			d |= marks_bits(x, T) << g;
			a |= marks_bits(x, Q) << g;
		}
#endif
		uint64_t keep = left < 64 ? (1ULL << left) - 1 : ~0ULL;
		date[w] = ~d & keep;
		amount[w] = ~a & keep;
	}
}

/* The capitalised words not at a sentence's start nor after punctuation,
 * found over the document's tokens as a whole, sixty-four a step, from the
 * marks: MARK_CAP of token i and not MARK_PUNCT of token i - 1 (the
 * punctuation mask moved up one bit, the word before's top bit carried
 * in), then the sentences' first tokens cleared (first[si] of a sentence
 * without tokens is the next one's first, or n). One loop over the set
 * bits per 64 tokens rather than per sentence and eight tokens. */
static void collect_proper(const struct extract_input *in, const struct doc_tokens *d,
			   struct proper_set *p)
{
	p->text = in->text;
	size_t n = d->n, nw = n / 64 + 1; /* room for bit n */
	uint64_t small[64];
	uint64_t *cand = nw <= 64 ? small : xmalloc(nw * sizeof *cand);
	uint64_t carry = 0; /* the punctuation bit of the token before */
	for (size_t w = 0; w < nw; w++) {
		/* the marks hold 64 zero bytes after the last token */
		uint64_t cap = 64 * w < n ? marks_mask64(d->marks + 64 * w, 5) : 0; /* MARK_CAP */
		uint64_t pun = 64 * w < n ? marks_mask64(d->marks + 64 * w, 6) : 0; /* MARK_PUNCT */
		cand[w] = cap & ~(pun << 1 | carry);
		carry = pun >> 63;
	}
	for (size_t si = 0; si <= in->nsents; si++)
		cand[d->first[si] >> 6] &= ~(1ULL << (d->first[si] & 63));
	const struct token *t = d->t;
	for (size_t w = 0; w < nw; w++)
		for (uint64_t m = cand[w]; m; m &= m - 1) {
			size_t k = 64 * w + (size_t)__builtin_ctzll(m);
			proper_add(p, word_hash(in->text, in->text + t[k].start, t[k].end - t[k].start));
		}
	if (cand != small)
		free(cand);
}

/* A full name of the article (link_surnames) and the hash of its last word. */
struct full_name {
	const char *name;
	uint64_t last;
};

/* The one full name among full[0, n) whose last word is `word` (hash h;
 * `seen` has a bit set for each hash's top six bits among them), or NULL;
 * *two when two different full names end in it. */
static inline const char *full_name_of(const struct full_name *full, size_t n, uint64_t seen, const char *word,
				uint64_t h, bool *two)
{
	const char *hit = NULL;
	for (size_t k = (seen >> (h >> 58) & 1) ? 0 : n; k < n; k++)
		if (full[k].last == h && strcmp(strrchr(full[k].name, ' ') + 1, word) == 0) {
			*two |= hit != NULL && strcmp(hit, full[k].name) != 0;
			hit = full[k].name;
		}
	return hit;
}

/* Whether `abbr` abbreviates `full` (two names' values): its words are, in
 * order, either the full name's next word as written or a run of capital
 * letters each starting one of the next words ("FCC" for "Federal
 * Communications Commission"; "EYP MCF" for "EYP Mission Critical
 * Facilities"), lower-case words ("of", "and") skipped; every word of the
 * full name is used, and at least one letter stood for a word. */
static bool abbreviates(const char *abbr, const char *full)
{
	const char *f = full;
	bool letters = false;
	for (const char *a = abbr; *a;) {
		size_t al = strcspn(a, " ");
		size_t fl = strcspn(f, " ");
		if (*f && al == fl && memcmp(a, f, al) == 0) {
			f += fl + (f[fl] == ' ');
		} else {
			for (size_t i = 0; i < al; i++) {
				if (a[i] < 'A' || a[i] > 'Z')
					return false;
				while (*f >= 'a' && *f <= 'z') { /* "of", "and" */
					f += strcspn(f, " ");
					f += *f == ' ';
				}
				if (*f != a[i])
					return false;
				f += strcspn(f, " ");
				f += *f == ' ';
				letters = true;
			}
		}
		a += al + (a[al] == ' ');
	}
	while (*f >= 'a' && *f <= 'z') {
		f += strcspn(f, " ");
		f += *f == ' ';
	}
	return letters && !*f;
}

/* A name of an organisation (or of what is not yet known) that starts
 * and ends with a capital, and does not open with a gerund ("Acquiring
 * EYP Mission Critical Facilities", a heading's words). */
static bool org_name(const struct mention *m)
{
	if (m->type != M_ENTITY || !(field_is(m->unit, "unknown") || field_is(m->unit, "org")))
		return false;
	const char *v = m->value, *last = strrchr(v, ' ');
	last = last ? last + 1 : v;
	if (!(v[0] >= 'A' && v[0] <= 'Z') || !(last[0] >= 'A' && last[0] <= 'Z'))
		return false;
	size_t w = strcspn(v, " ");
	return !(w > 3 && memcmp(v + w - 3, "ing", 3) == 0);
}

/* An abbreviation an article defines in brackets right after a full name
 * ("EYP Mission Critical Facilities Inc. (EYP MCF)", "the Federal Aviation
 * Administration (FAA)") is that name wherever the article writes it, so
 * that sources that write either meet. (A name's first words, "EYP
 * Mission", meet the full name when the rules compare two claims:
 * name_short_form. They are not read as it here: "Lake Tarrow" is a
 * place in an article that quotes the "Lake Tarrow Gazette".) Places and
 * people keep their names (link_surnames links a surname). A full name
 * cut at the value's size is not spread. */
static __attribute__((noinline)) void link_short_names(const struct extract_input *in, struct extraction *x,
			     const struct doc_lists *dl)
{
	struct {
		char abbr[sizeof x->mentions.v->value];
		const char *full;
	} def[8];
	size_t ndef = 0;
	struct mention *v = x->mentions.v;
	/* the abbreviations defined: "NAME (ABBR)" */
	for (size_t l = 0; l + 1 < dl->nnames && ndef < CC_ARRAY_LEN(def); l++) {
		const struct mention *m = &v[dl->names[l]], *n = &v[dl->names[l + 1]];
		/* the brackets first: most names have none after them */
		if (n->start != m->end + 2 || n->end >= in->len || in->text[m->end + 1] != '(' ||
		    in->text[m->end] != ' ' || in->text[n->end] != ')' || n->type != M_ENTITY ||
		    field_is(n->unit, "place") || field_is(n->unit, "person") || !org_name(m) ||
		    !strchr(m->value, ' ') || strcmp(n->value, m->value) == 0 ||
		    strlen(m->value) >= sizeof m->value - 1 || !abbreviates(n->value, m->value))
			continue;
		str_copy(def[ndef].abbr, sizeof def[ndef].abbr, n->value);
		def[ndef++].full = m->value;
	}
	/* the abbreviation wherever the article writes it, the definition's
	 * own included */
	for (size_t l = 0; ndef && l < dl->nnames; l++) {
		struct mention *m = &v[dl->names[l]];
		if (m->type != M_ENTITY || field_is(m->unit, "place") || field_is(m->unit, "person"))
			continue;
		for (size_t d = 0; d < ndef; d++)
			if (strcmp(m->value, def[d].abbr) == 0) {
				str_copy(m->value, sizeof m->value, def[d].full);
				break;
			}
	}
}

/* "Esther Williams ... Williams died": a name of one word after a name of
 * two or three capitalised words that ends with it, earlier in the same
 * article, is that name (a surname after the full name), so that sources
 * that write either meet. Two earlier names that end alike ("Vitali
 * Klitschko", "Wladimir Klitschko") leave it alone, and so does a short
 * name written alone in the body before the full name, a name of its own
 * ("Kaspersky" the firm, then its founder "Eugene Kaspersky"); a short name
 * in the headline is the full name written after it. Places, common nouns
 * and organisations keep their names; a quote's speaker follows its name.
 * Runs over the entities and quotes once (the document's list of them,
 * struct doc_lists), and the headline's again; names are compared by hash
 * (word_hash) first. */
static void link_surnames(const struct extract_input *in, struct extraction *x,
			  const struct doc_lists *dl)
{
	struct full_name full[32];
	size_t nfull = 0;
	uint64_t shortn[32]; /* short names written alone, unlinked, in the body */
	size_t nshort = 0;
	/* one bit a hash (its top six) for each list: most names meet neither,
	 * and are let go without a walk over the list */
	uint64_t in_full = 0, in_short = 0;
	size_t head = 0; /* the headline: the first sentence that is no boilerplate */
	while (head < in->nsents && in->sents[head].boilerplate)
		head++;
	for (size_t l = 0; l < dl->nnames; l++) {
		size_t i = dl->names[l];
		struct mention *m = &x->mentions.v[i];
		/* a quote names its speaker, linked before it */
		if (m->type == M_QUOTE && m->speaker >= 0 && (size_t)m->speaker < i) {
			str_copy(m->value, sizeof m->value, x->mentions.v[m->speaker].value);
			continue;
		}
		if (m->type != M_ENTITY || !(m->value[0] >= 'A' && m->value[0] <= 'Z') ||
		    !(field_is(m->unit, "unknown") || field_is(m->unit, "person")))
			continue;
		const char *v = m->value;
		const char *sp = strrchr(v, ' ');
		if (!sp) {
			uint64_t h = word_hash(v, v, strlen(v));
			bool two = false;
			const char *hit = full_name_of(full, nfull, in_full, v, h, &two);
			if (hit && !two)
				str_copy(m->value, sizeof m->value, hit);
			else if (!hit && m->sentence != head && nshort < CC_ARRAY_LEN(shortn)) {
				shortn[nshort++] = h;
				in_short |= 1ULL << (h >> 58);
			}
			continue;
		}
		/* two or three words, each capitalised; not "Buying Lumetric" (a
		 * gerund that opens a sentence), not a heading that is a whole
		 * sentence ("Business Implications") */
		size_t words = 1;
		bool caps = true;
		for (const char *p = v; *p; p++)
			if (*p == ' ') {
				words++;
				caps &= p[1] >= 'A' && p[1] <= 'Z';
			}
		const char *sp1 = strchr(v, ' ');
		if (!caps || words > 3 || nfull == CC_ARRAY_LEN(full) ||
		    (sp1 - v > 3 && memcmp(sp1 - 3, "ing", 3) == 0) ||
		    (m->start == in->sents[m->sentence].start && m->end + 1 >= in->sents[m->sentence].end))
			continue;
		uint64_t h = word_hash(sp + 1, sp + 1, strlen(sp + 1));
		bool skip = false;
		for (size_t k = (in_short >> (h >> 58) & 1) ? 0 : nshort; k < nshort && !skip; k++)
			skip = shortn[k] == h;
		for (size_t k = 0; k < nfull && !skip; k++)
			skip = full[k].last == h && strcmp(full[k].name, v) == 0;
		if (!skip) {
			full[nfull++] = (struct full_name){v, h};
			in_full |= 1ULL << (h >> 58);
		}
	}
	/* a headline shortens the names the article then writes in full
	 * ("Klitschko stops Thompson", then "Wladimir Klitschko"): its short
	 * names meet the full names after it, when one full name ends so */
	for (size_t i = 0; nfull && i < x->mentions.n && x->mentions.v[i].sentence <= head; i++) {
		struct mention *m = &x->mentions.v[i];
		if (m->sentence != head || m->type != M_ENTITY || strchr(m->value, ' ') ||
		    !(field_is(m->unit, "unknown") || field_is(m->unit, "person")))
			continue;
		uint64_t h = word_hash(m->value, m->value, strlen(m->value));
		bool two = false;
		const char *hit = full_name_of(full, nfull, in_full, m->value, h, &two);
		if (hit && !two)
			str_copy(m->value, sizeof m->value, hit);
	}
}

/* The sentences that hold a date whose year the text gives and which is
 * not the article's year (see struct extraction's elsewhen), but for a
 * year after "since" ("the strongest quake since 2014" is today's), and
 * the sentences that go on with such a background: one that opens with
 * "It", "They", "That" or "Those" right after it and has no date of its
 * own ("A 5.1 quake struck the fault in 2014. It injured 20 people": the
 * earlier quake's 20, not the story's; "That quake injured more than 30"). The dates are those of the document's list (struct
 * doc_lists). */
static void mark_elsewhen(const struct extract_input *in, struct extraction *x,
			  const struct doc_lists *dl)
{
	if (!in->date.year)
		return;
	for (size_t l = 0; l < dl->ndates; l++) {
		const struct mention *m = &x->mentions.v[dl->dates[l]];
		if (m->year_from != 0 || m->sentence >= in->nsents || m->mod == MOD_SINCE)
			continue;
		const char *v = m->value;
		if (!(v[0] >= '0' && v[0] <= '9' && v[1] >= '0' && v[1] <= '9' && v[2] >= '0' &&
		      v[2] <= '9' && v[3] >= '0' && v[3] <= '9'))
			continue;
		int y = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
		if (y == in->date.year)
			continue;
		if (!x->elsewhen)
			x->elsewhen = xcalloc(in->nsents, 1);
		x->elsewhen[m->sentence] = 1;
	}
	if (!x->elsewhen)
		return;
	size_t l = 0;
	for (size_t i = 0; i < dl->npron; i++) {
		uint32_t si = dl->pron[i];
		if (!si || si >= in->nsents || !x->elsewhen[si - 1] || x->elsewhen[si])
			continue;
		while (l < dl->ndates && x->mentions.v[dl->dates[l]].sentence < si)
			l++;
		if (l < dl->ndates && x->mentions.v[dl->dates[l]].sentence == si)
			continue; /* a date of its own: its own time */
		x->elsewhen[si] = EXTRACT_ELSEWHEN_GOES_ON;
	}
}

/* The name among the entity mentions cand[0..cands) that counts most (see
 * pick_main_entity), its count in *count; "" and 0 when there is none.
 * Among names that count the same, the one that sorts first, or with
 * `first_named` the one cand lists first. */
static const char *most_named(const struct mention *v, size_t n, const uint32_t *cand, size_t cands,
			      uint32_t first, uint32_t second, bool first_named, size_t *count)
{
	/* the table's size and order do not matter to the answer. Its slots
	 * hold 1 + the index of a name in `names` (0: empty), the names kept
	 * one after another as they first come: a small table to clear, and
	 * the answer looked for among the names alone */
	size_t nslots = 64;
	while (nslots < 2 * cands + 2)
		nslots *= 2;
	struct name_count {
		const char *name;
		size_t count;
	};
	uint32_t small_slot[512];
	struct name_count small_names[256];
	uint32_t *slot = nslots <= 512 ? small_slot : xmalloc(nslots * sizeof *slot);
	struct name_count *names = cands <= 256 ? small_names : xmalloc(cands * sizeof *names);
	memset(slot, 0, nslots * sizeof *slot);
	size_t nnames = 0;
	for (size_t c = 0; c < cands; c++) {
		const struct mention *m = &v[cand[c]];
		size_t len = strlen(m->value);
		size_t h = (size_t)word_hash(m->value, m->value, len) & (nslots - 1);
		while (slot[h] && strcmp(names[slot[h] - 1].name, m->value) != 0)
			h = (h + 1) & (nslots - 1);
		if (!slot[h]) {
			names[nnames] = (struct name_count){m->value, 0};
			slot[h] = (uint32_t)++nnames;
		}
		names[slot[h] - 1].count += m->sentence == first || m->sentence == second ? 3 : 1;
	}
	/* the name that opens both the headline and the lead as the one who
	 * acts counts six more (two more mentions in the lead): "Klitschko
	 * stops Thompson", then "Wladimir Klitschko stopped Tony Thompson",
	 * is about Klitschko, though the article names Thompson as often */
	const char *actor[2] = {NULL, NULL};
	for (size_t i = 0, k = 0; k < 2 && i < n && (v[i].sentence == first || v[i].sentence == second); k++) {
		/* the sentence's first event and its first name, by position */
		int32_t ev = -1, ent = -1;
		uint32_t sn = v[i].sentence;
		for (; i < n && v[i].sentence == sn; i++) {
			if (v[i].type == M_EVENT && (ev < 0 || v[i].start < v[ev].start))
				ev = (int32_t)i;
			if (v[i].type == M_ENTITY && (ent < 0 || v[i].start < v[ent].start))
				ent = (int32_t)i;
		}
		if (ev >= 0 && ent >= 0 && v[ev].subject == ent && v[ent].start < v[ev].start)
			actor[k] = v[ent].value;
	}
	if (actor[0] && actor[1] && strcmp(actor[0], actor[1]) == 0) {
		size_t h = (size_t)word_hash(actor[0], actor[0], strlen(actor[0])) & (nslots - 1);
		while (slot[h] && strcmp(names[slot[h] - 1].name, actor[0]) != 0)
			h = (h + 1) & (nslots - 1);
		if (slot[h])
			names[slot[h] - 1].count += 6;
	}
	const char *best = "";
	size_t bestn = 0;
	for (size_t k = 0; k < nnames; k++) {
		if (names[k].count > bestn ||
		    (!first_named && names[k].count == bestn && strcmp(names[k].name, best) < 0)) {
			bestn = names[k].count;
			best = names[k].name;
		}
	}
	if (slot != small_slot)
		free(slot);
	if (names != small_names)
		free(names);
	*count = bestn;
	return best;
}

/* Whether a name only reports in the document: it is the speaker of a
 * quote or an attribution ("according to the U.S. Geological Survey",
 * "the agency said"), and never the subject of an event other than
 * saying. An agency that measures and tells is not what the article is
 * about; a company that says it will cut jobs is also the one that cuts
 * them ("Corvane said it would cut 300 jobs"). A name that is only the
 * subject of a verb of saying with no quote found ("The company that ran
 * the Dunmore plant said") is not taken for a speaker here. */
static __attribute__((noinline)) bool only_reports(const struct mention *v, size_t n, const char *name)
{
	bool speaks = false;
	for (size_t i = 0; i < n && !speaks; i++) {
		int32_t who = v[i].type == M_QUOTE ? v[i].speaker : -1;
		speaks = who >= 0 && (size_t)who < n && v[who].value[0] == name[0] &&
			 strcmp(v[who].value, name) == 0;
	}
	if (!speaks)
		return false;
	for (size_t i = 0; i < n; i++) {
		int32_t who = v[i].type == M_EVENT ? v[i].subject : -1;
		if (who >= 0 && (size_t)who < n && v[who].value[0] == name[0] &&
		    !field_is(v[i].value, "ANNOUNCE") && strcmp(v[who].value, name) == 0)
			return false;
	}
	return true;
}

/* Whether sentence sn is a broadcaster naming itself ("This is WBRN,
 * Brennick's community radio.", "Good evening, this is KRVN local news",
 * "You're listening to KFM News for Kelso"): "this is" and a capital, or
 * "listening to", among its first words, in a short sentence that opens
 * with no quote. Its names are the outlet's, not what the article is
 * about. */
static bool broadcast_ident(const char *text, const struct doc_tokens *dt, uint32_t sn)
{
	const struct token *t = dt->t + dt->first[sn];
	size_t n = dt->first[sn + 1] - dt->first[sn];
	/* a short sentence of its own, no quote ("\"This is Acme's biggest
	 * deal,\" she said") */
	if (n > 14 || (n && t[0].kind == TK_PUNCT))
		return false;
	for (size_t k = 0; k + 2 < n && k < 5; k++) {
		if (token_is(text, &t[k], "this") && token_is(text, &t[k + 1], "is") && (t[k + 2].flags & TF_CAP))
			return true;
		if (token_is(text, &t[k], "listening") && token_is(text, &t[k + 1], "to"))
			return true;
	}
	return false;
}

/* The most frequent organisation-like entity (not a place, not a person),
 * a name in the lead and the lead's actor weighing more; ties go to the
 * one that sorts first, so the choice is deterministic. When no such name
 * is given twice or in the lead, the place the lead names most stands in
 * (most_named counts), else the noun of what happens that the headline
 * names, else a name that only reports (only_reports). */
static void pick_main_entity(const struct lexicon *lx, const char *text, struct extraction *x,
			     const struct doc_lists *dl, const struct doc_tokens *dt)
{
	size_t n = x->mentions.n;
	const struct mention *v = x->mentions.v;
	/* a name in the headline or the lead counts three times: the article
	 * is about what it opens with (mentions are in sentence order) */
	uint32_t first = UINT32_MAX, second = UINT32_MAX;
	for (size_t i = 0; i < n; i++) {
		uint32_t sn = v[i].sentence;
		if (broadcast_ident(text, dt, sn))
			continue;
		if (first == UINT32_MAX) {
			first = sn;
		} else if (sn != first) {
			second = sn;
			break;
		}
	}
	/* the entities of the document's list (struct doc_lists; the quotes
	 * in it are passed over, as are the common nouns it leaves out) that
	 * are no person or common noun, organisations and places apart.
	 * Organisations come first. When none is named twice or in the lead,
	 * a place the headline or lead names ("quake shakes Lake County")
	 * stands in, so the article's figures are not given to a shop clerk
	 * quoted once; never a place named by its adjective or a short form
	 * ("Chinese officials", "U.S.") */
	size_t nl = dl->nnames;
	uint32_t small[256], small_orgs[256];
	uint32_t *places = nl <= 256 ? small : xmalloc(nl * sizeof *places);
	uint32_t *orgs = nl <= 256 ? small_orgs : xmalloc(nl * sizeof *orgs);
	uint32_t small_tellers[64];
	uint32_t *tellers = nl <= 64 ? small_tellers : xmalloc(nl * sizeof *tellers);
	size_t norgs = 0, nplaces = 0, ntellers = 0;
	uint32_t ident_sn = UINT32_MAX; /* the last sentence asked, in order */
	bool ident = false;
	for (size_t c = 0; c < nl; c++) {
		const struct mention *m = &v[dl->names[c]];
		if (m->type != M_ENTITY || field_is(m->unit, "person") || field_is(m->unit, "noun"))
			continue;
		if (m->sentence != ident_sn) {
			ident_sn = m->sentence;
			ident = broadcast_ident(text, dt, ident_sn);
		}
		if (ident)
			continue;
		if (!field_is(m->unit, "place"))
			orgs[norgs++] = dl->names[c];
		else if (written_as_itself(text, m))
			places[nplaces++] = dl->names[c];
	}
	size_t bestn;
	const char *best = most_named(v, n, orgs, norgs, first, second, false, &bestn);
	/* a name that only reports is what the article is about only when
	 * nothing else is: its figures are what it measured of something
	 * else ("an earthquake measuring 4.6 ..., according to the U.S.
	 * Geological Survey"). Asked of the name that leads alone, and of
	 * the next when it was set aside (a few rounds at most) */
	for (int round = 0; round < 4 && best[0] && only_reports(v, n, best); round++) {
		size_t kept = 0;
		const char *gone = best; /* a mention's value: it stays put */
		for (size_t c = 0; c < norgs; c++) {
			if (strcmp(v[orgs[c]].value, gone) == 0)
				tellers[ntellers++] = orgs[c];
			else
				orgs[kept++] = orgs[c];
		}
		norgs = kept;
		best = most_named(v, n, orgs, norgs, first, second, false, &bestn);
	}
	if (bestn <= 1) {
		/* among places named as often, the one named first: the
		 * headline's "Sonoma County" before the lead's "Sonoma and
		 * Lake counties" */
		size_t placen;
		const char *place = most_named(v, n, places, nplaces, first, second, true, &placen);
		if (placen >= 3)
			best = place;
	}
	/* nothing named leads: what happens, as the headline (or else the
	 * lead) names it, is what the article is about ("Measles outbreak
	 * reaches 209 cases", "... bringing the outbreak's total to 212"), so
	 * its figures that name no subject are the story's. The first noun of
	 * cues.tsv's "occurrence" there, singular; looked for only here */
	char occ[32] = "";
	for (int k = 0; k < 2 && !best[0] && !occ[0]; k++) {
		uint32_t sn = k ? second : first;
		if (sn == UINT32_MAX)
			break;
		for (size_t i = dt->first[sn]; i < dt->first[sn + 1]; i++) {
			const struct token *t = &dt->t[i];
			if (t->kind == TK_WORD && may_cue(t, 1u << CUE_OCCURRENCE) &&
			    lexicon_word_alone(lx, text, t, CUE_OCCURRENCE)) {
				size_t on = token_lower(text, t, occ, sizeof occ);
				quantity_noun_singular(occ, on);
				break;
			}
		}
	}
	if (occ[0])
		best = occ;
	/* nothing else: the name that only reports ("Six dead as ferry
	 * overturns, Oster Coast Guard says") */
	if (!best[0] && ntellers) {
		size_t tn;
		best = most_named(v, n, tellers, ntellers, first, second, false, &tn);
	}
	str_copy(x->main_entity, sizeof x->main_entity, best);
	if (tellers != small_tellers)
		free(tellers);
	if (orgs != small_orgs)
		free(orgs);
	if (places != small)
		free(places);
}

void extract_doc(const struct lexicon *lx, const struct extract_input *in, struct extraction *out)
{
	memset(out, 0, sizeof *out);
	/* about one mention in 60 bytes of news text: reserve, grow if not */
	out->mentions.v = xgrow(out->mentions.v, &out->mentions.cap, in->len / 48 + 16,
				sizeof *out->mentions.v);
	struct doc_tokens dt = {0};
	doc_tokens_scan(in, &dt);
	lexicon_key_tokens(lx, in->text, dt.t, dt.n, dt.marks, dt.flags_hi);
	struct proper_set proper = {0};
	collect_proper(in, &dt, &proper);
	size_t ccap = 0;
	unsigned char *covered = NULL;
	struct buf scratch;
	buf_init(&scratch);
	uint64_t *masks = NULL;
	size_t mcap = 0;
	struct doc_lists lists = {0};
	uint32_t *ents = NULL; /* the sentence's ent_a and ent_b */
	size_t entcap = 0;
	struct tok_spans spans = {0};
	size_t *sent_first = xcalloc(in->nsents + 1, sizeof *sent_first);
	for (size_t si = 0; si < in->nsents; si++) {
		sent_first[si] = out->mentions.n;
		if (in->sents[si].boilerplate)
			continue;
		struct token *t = dt.t + dt.first[si];
		size_t n = dt.first[si + 1] - dt.first[si];
		covered = xgrow(covered, &ccap, n + 1, 1);
		memset(covered, 0, n + 1);
		struct sent s = {
			.lx = lx, .text = in->text, .text_len = in->len, .t = t, .n = n, .index = si,
			.first = out->mentions.n, .covered = covered, .x = out, .proper = &proper,
			.scratch = &scratch, .lists = &lists, .spans = &spans,
		};
		size_t nw = (n + 63) / 64;
		if (nw > mcap) {
			free(masks);
			mcap = nw;
			masks = xmalloc(8 * mcap * sizeof *masks);
		}
		sent_masks(&s, dt.marks + dt.first[si], masks, masks + nw, masks + 2 * nw, masks + 3 * nw,
			   masks + 6 * nw, masks + 7 * nw);
		/* a headline in Title Case with small words in lower case
		 * (rare: a few sentences in a thousand) */
		if (s.title_maybe && title_case(&s))
			s.headline = true;
		else if (s.headline && prose_of_names(&s))
			s.headline = false;
		ents = xgrow(ents, &entcap, 2 * (n + 1), sizeof *ents);
		memset(ents, 0, 2 * (n + 1) * sizeof *ents);
		s.ent_a = ents;
		s.ent_b = ents + n + 1;
		scan_masks(dt.flags_hi + dt.first[si], n, masks + 4 * nw, masks + 5 * nw);
		temporal_scan(in->text, t, n, masks + 4 * nw, si, &in->date, &out->mentions);
		quantity_scan(in->text, t, n, masks + 5 * nw, si, &out->mentions);
		cover_new(&s, s.first);
		find_entities(&s);
		find_events(&s);
		find_attribution(&s);
		if (n && (token_is(in->text, &t[0], "it") || token_is(in->text, &t[0], "they") ||
			  token_is(in->text, &t[0], "that") || token_is(in->text, &t[0], "those"))) {
			if (lists.prev_at + 1 == si && token_is(in->text, &t[0], "it"))
				note_occurrence(&s, lists.prev_t, lists.prev_n);
			lists.pron = xgrow(lists.pron, &lists.cappron, lists.npron + 1, sizeof *lists.pron);
			lists.pron[lists.npron++] = (uint32_t)si;
		}
		tie(&s);
		lists.prev_t = t, lists.prev_n = n, lists.prev_at = si;
	}
	sent_first[in->nsents] = out->mentions.n;
	temporal_infer_years(&out->mentions, &in->date, in->hints, in->nhints);
	mark_elsewhen(in, out, &lists);
	link_short_names(in, out, &lists);
	link_surnames(in, out, &lists);
	pick_main_entity(lx, in->text, out, &lists, &dt);
	headline_units(out, sent_first, in->nsents);
	for (size_t si = 0; si < in->nsents && !in->no_claims; si++)
		if (!in->sents[si].boilerplate)
			make_claims(out, sent_first[si], sent_first[si + 1], si, in->sents[si].start,
				    in->sents[si].end);
	free(sent_first);
	free(covered);
	free(masks);
	free(ents);
	free(lists.names);
	free(lists.dates);
	free(lists.pron);
	free(spans.v);
	buf_free(&scratch);
	free(dt.t);
	free(dt.first);
	free(dt.marks);
	free(dt.flags_hi);
	free(proper.h);
	free(proper.count);
}

/* A headline drops the noun its lead gives the same figure ("Some 40,000
 * march in Bellport" and "Some 40,000 people marched"; "$4.1bn" and
 * "revenue of $4.1bn"): a headline's figure with neither is the one of the
 * same type and value in the next three sentences with mentions, and takes
 * its unit or measure, so that one disagreement of two outlets is one
 * conflict, not one a way of writing it. Not its subject: "Esther
 * Williams dies at 91" is hers whatever the lead names first. */
static __attribute__((noinline)) void headline_units(struct extraction *x, const size_t *first, size_t nsents)
{
	struct mention *v = x->mentions.v;
	size_t h = 0;
	while (h < nsents && first[h] == first[h + 1])
		h++;
	if (h >= nsents)
		return;
	size_t lead = h + 1, seen = 0;
	while (lead < nsents && seen < 3) {
		seen += first[lead] != first[lead + 1];
		lead++;
	}
	for (size_t m = first[h]; m < first[h + 1]; m++) {
		if (!(v[m].type == M_NUMBER && !v[m].unit[0]) && !(v[m].type == M_MONEY && !v[m].measure[0]))
			continue;
		for (size_t o = first[h + 1]; o < first[lead]; o++) {
			if (v[o].type != v[m].type || strcmp(v[o].value, v[m].value) != 0 ||
			    (v[m].unit[0] && strcmp(v[m].unit, v[o].unit) != 0) ||
			    (v[m].measure[0] && strcmp(v[m].measure, v[o].measure) != 0))
				continue;
			if (!v[m].unit[0])
				str_copy(v[m].unit, sizeof v[m].unit, v[o].unit);
			if (!v[m].measure[0])
				str_copy(v[m].measure, sizeof v[m].measure, v[o].measure);
			break;
		}
	}
}

void extraction_free(struct extraction *x)
{
	for (size_t i = 0; i < x->nclaims; i++)
		free(x->claims[i].slots);
	free(x->claims);
	free(x->elsewhen);
	mention_list_free(&x->mentions);
	memset(x, 0, sizeof *x);
}

bool extract_claim_actor(const struct extraction *x, const struct claim *c)
{
	if (c->subject_implied || !c->subject[0])
		return false;
	int32_t s = -1;
	if (c->event_mention >= 0 && (size_t)c->event_mention < x->mentions.n)
		s = x->mentions.v[c->event_mention].subject;
	if (s < 0)
		s = c->speaker; /* a quote's claim: its speaker */
	if (s < 0 || (size_t)s >= x->mentions.n)
		return false; /* none, or the main entity standing in */
	const struct mention *e = &x->mentions.v[s];
	return e->type == M_ENTITY && strcmp(e->value, c->subject) == 0 && strcmp(e->unit, "place") != 0 &&
	       strcmp(e->unit, "noun") != 0;
}
