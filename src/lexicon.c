/* lexicon: loads entities.tsv, events.tsv and cues.tsv and answers
 * "which phrase starts at this token?", longest match. Keys are lower-cased
 * words (entities, cues) or Snowball stems (events), each numbered once at
 * load; a token's numbers are looked up once (lexicon_key_tokens, or a
 * per-thread memo keyed by the token's bytes, so each distinct word is
 * stemmed once), and phrases are found by their first word's number; each
 * first word's chain runs longest first (cues: by kind, then longest), so
 * the first phrase that matches is the answer. The memo entry (32 bytes,
 * two to a cache line) also keeps everything else asked of a word alone: the cue kinds and
 * entity/event tables that start with it, the one-word lists that hold it,
 * the date and quantity recognizers' word classes and whether they can
 * pass it (TF_TPASS, TF_QPASS) and extract's marks (enum token_marks,
 * written to an array of the caller's, a byte a token), so every per-word
 * question is answered once per distinct word and read from the token
 * after.
 * Must not: print, or share mutable state between threads (the memo is per
 * thread; the tables are read-only once loaded). The Snowball stemmer keeps
 * state, so each thread stems with a stemmer of its own (lexicon_stem), and
 * any number of threads may extract with one lexicon at once; lexicon_unit
 * is safe from any thread. Errors carry the file name and line. */
#include "config.h"

#include "lexicon.h"

#include <errno.h>
#include <libstemmer.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ingest.h"
#include "quantity.h"
#include "temporal.h"

#define KEY_MAX 64

/* indexed by enum cue_kind */
static const char *const cue_kinds[CUE__COUNT] = {
	"negation", "future", "possible", "planned", "vowed", "reported", "speech", "speech-to",
	"according", "title", "subject-noun", "stop", "pronoun", "org-suffix", "filler",
	"preposition", "determiner", "connector", "opener", "staff", "numbered", "body", "finite", "owned",
	"place-head",
	"occurrence", "transaction", "join", "place-tail", "property", "expected", "trade-tail",
};

/* Every key a phrase can ask for (lower-cased words, and the stems of event
 * triggers) gets a small number, its id; phrases are lists of ids, and a
 * token is turned into its ids once (then remembered per thread), so a
 * lookup compares numbers and a word no phrase uses is rejected at once. */
struct phrase {
	uint32_t *ids; /* per token */
	size_t nkeys;
	const char *a; /* entity canon / event class / cue kind */
	const char *b; /* entity type / event lemma */
	size_t alen, blen; /* events: strlen of a and b (event_line), so
			    * lexicon_event_at's caller copies them unmeasured */
	unsigned kind; /* cues: the index of `a` in cue_kinds; events: 1 + the
			* cue kind a word near the trigger must have, 0 if none */
	const char *alt; /* events: the class when "level" fails but a sum
			  * follows (events.tsv's fourth field), or NULL */
	size_t altlen;
	bool exact;    /* entity alias in capitals ("US"): match case exactly */
	const char *surface; /* the alias as written (for exact matches) */
};

/* One phrase in its first word's chain: what table_match asks of every
 * phrase it passes, side by side, so a chain is walked in one array. */
struct link {
	uint32_t first;  /* the phrase's first id (0: the sentinel after the last) */
	uint32_t second; /* its second id (0: a one-word phrase) */
	uint32_t phrase; /* index into table.v */
	uint8_t nkeys;   /* its tokens, at most 255 (more than 8 never match) */
	uint8_t kind;    /* phrase.kind */
	bool exact;      /* phrase.exact */
	uint8_t skip;    /* links to the first of the chain's next kind (at
			  * most 255, at least 1): a cue lookup passes a
			  * kind before its own a group at a time */
};

struct table {
	struct phrase *v;
	size_t n, cap;
	uint32_t *heads; /* first id -> index + 1 of its chain's first link (0 = none) */
	uint32_t *kinds; /* first id -> bit set of the kinds (cues) its phrases have */
	/* cues, by id, bit sets of kinds: ones, the kinds of a one-word phrase
	 * that is the word (not exact); exact1, of one that is exact; seconds,
	 * the kinds of a longer phrase whose second word it is (see
	 * lexicon_cue_at_) */
	uint32_t *ones, *exact1, *seconds;
	struct link *links; /* the chains one after another, then a sentinel */
	bool stemmed;
};

struct unit {
	const char *noun, *canon;
};

struct lexicon {
	struct table entities, events, cues;
	struct unit *units;
	size_t nunits, capunits;
	struct unit *nouns; /* classes.tsv: .noun the class, .canon its noun */
	size_t nnouns, capnouns;
	struct unit *acts; /* events.tsv's "=TRIGGER": .noun a trigger, .canon
			    * the trigger whose act it tells */
	size_t nacts, capacts;
	struct unit *once; /* events.tsv's "once": .noun a trigger whose act
			    * befalls its subject once (found, die) */
	size_t nonce, caponce;
	struct unit *patient; /* events.tsv's "patient": .noun a trigger whose
			       * act is told of its object (sentence, arrest) */
	size_t npatient, cappatient;
	struct unit *instant; /* cues.tsv's "instant": .noun an occurrence
			       * that is over in a moment (explosion) */
	size_t ninstant, capinstant;
	struct unit *payment; /* units.tsv's "payment": .noun a canonical
			       * unit that says how a price is paid (cash) */
	size_t npayment, cappayment;
	struct sb_stemmer *stemmer;
	/* stem_leads[a][b] bit c: a word starting with the letters 'a' + a,
	 * 'a' + b, 'a' + c may stem to an event trigger's key (see
	 * may_stem_to_trigger) */
	uint32_t stem_leads[26][26];
	char **strings; /* every string the tables point to */
	size_t nstrings, capstrings;
	/* the key dictionary: open addressing, slot -> id (0 empty) */
	char **words;   /* id - 1 -> key */
	size_t nwords, capwords;
	uint32_t *slots;
	size_t nslots;
	uint64_t serial; /* tells one loaded lexicon from another in the caches */
};

static const char *keep(struct lexicon *lx, char *s)
{
	lx->strings = xgrow(lx->strings, &lx->capstrings, lx->nstrings + 1, sizeof *lx->strings);
	lx->strings[lx->nstrings++] = s;
	return s;
}

const char *lexicon_default_dir(void)
{
	const char *env = getenv("CROSSCHECK_DATADIR");
	if (env && *env)
		return env;
	/* running from the build tree: use the source tree's data/ */
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			char *mk = xasprintf("%s/config.status", exe);
			bool built = access(mk, F_OK) == 0;
			free(mk);
			if (built)
				return CC_SRCDATADIR;
		}
	}
	return PKGDATADIR;
}

/* The calling thread's own stemmer (a Snowball stemmer writes into itself
 * as it stems), made on first use and deleted when the thread ends. */
static _Thread_local struct sb_stemmer *thread_stemmer;
static pthread_key_t stemmer_key;
static pthread_once_t stemmer_once = PTHREAD_ONCE_INIT;
/* guards lx->stemmer, used by a thread that could not make its own */
static pthread_mutex_t shared_stemmer_mu = PTHREAD_MUTEX_INITIALIZER;

static void stemmer_release(void *st)
{
	sb_stemmer_delete(st);
}

static void stemmer_key_make(void)
{
	pthread_key_create(&stemmer_key, stemmer_release);
}

static void stem_with(struct sb_stemmer *st, const char *word, size_t len, char *out,
		      size_t outsz)
{
	const sb_symbol *s = sb_stemmer_stem(st, (const sb_symbol *)word, (int)len);
	size_t sl = s ? (size_t)sb_stemmer_length(st) : 0;
	if (!s) {
		s = (const sb_symbol *)word;
		sl = len;
	}
	if (sl >= outsz)
		sl = outsz - 1;
	memcpy(out, s, sl);
	out[sl] = '\0';
}

void lexicon_stem(const struct lexicon *lx, const char *word, size_t len, char *out,
		  size_t outsz)
{
	if (!thread_stemmer) {
		pthread_once(&stemmer_once, stemmer_key_make);
		thread_stemmer = sb_stemmer_new("english", NULL);
		if (thread_stemmer)
			pthread_setspecific(stemmer_key, thread_stemmer);
	}
	if (thread_stemmer) {
		stem_with(thread_stemmer, word, len, out, outsz);
		return;
	}
	pthread_mutex_lock(&shared_stemmer_mu); /* out of memory: share the load's */
	stem_with(lx->stemmer, word, len, out, outsz);
	pthread_mutex_unlock(&shared_stemmer_mu);
}

static uint64_t hash_bytes(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

/* The id of a key, 0 when no phrase uses it. */
static uint32_t word_id(const struct lexicon *lx, const char *key, size_t n)
{
	if (!lx->nslots)
		return 0;
	for (size_t i = hash_bytes(key, n) & (lx->nslots - 1);; i = (i + 1) & (lx->nslots - 1)) {
		uint32_t id = lx->slots[i];
		if (!id)
			return 0;
		const char *w = lx->words[id - 1];
		if (strncmp(w, key, n) == 0 && w[n] == '\0')
			return id;
	}
}

/* The id of a key, added when new (loading only). */
static uint32_t word_add(struct lexicon *lx, const char *key)
{
	size_t n = strlen(key);
	uint32_t id = word_id(lx, key, n);
	if (id)
		return id;
	if ((lx->nwords + 1) * 2 > lx->nslots) { /* keep the table half empty */
		size_t ns = lx->nslots ? lx->nslots * 2 : 1024;
		uint32_t *sl = xcalloc(ns, sizeof *sl);
		for (size_t k = 0; k < lx->nwords; k++) {
			const char *w = lx->words[k];
			size_t i = hash_bytes(w, strlen(w)) & (ns - 1);
			while (sl[i])
				i = (i + 1) & (ns - 1);
			sl[i] = (uint32_t)(k + 1);
		}
		free(lx->slots);
		lx->slots = sl;
		lx->nslots = ns;
	}
	lx->words = xgrow(lx->words, &lx->capwords, lx->nwords + 1, sizeof *lx->words);
	lx->words[lx->nwords++] = xstrdup(key);
	id = (uint32_t)lx->nwords;
	size_t i = hash_bytes(key, n) & (lx->nslots - 1);
	while (lx->slots[i])
		i = (i + 1) & (lx->nslots - 1);
	lx->slots[i] = id;
	return id;
}

/* What a token is to the lexicon: its ids (lower-cased form, and the stem
 * of that for words), the cue kinds and the entity/event tables that start
 * with it, and the date and quantity recognizers' classes of the word and
 * whether their scanners may pass it. The first 16 bytes are laid out as
 * struct token's from `key` on (key[2], cues, qlex, words, finds), so
 * lexicon_key_tokens copies them in one step. */
struct tok_ids {
	uint32_t lower, stem;
	uint32_t cues;  /* token.cues */
	uint16_t qlex;  /* quantity_word_class */
	uint8_t words;  /* token.words: the word lists that hold the token alone */
	uint8_t finds;  /* token.finds: enum token_finds */
	uint16_t flags; /* TF_KEYED, TF_STARTS_ENTITY, TF_STARTS_EVENT, TF_QPASS, TF_TPASS */
	uint8_t tkw;    /* temporal_word_class */
	uint8_t marks;  /* enum token_marks */
};
#define TOK_IDS_TAIL 16 /* the bytes of struct tok_ids that match struct token's */
_Static_assert(offsetof(struct token, key) + TOK_IDS_TAIL == sizeof(struct token) &&
		       offsetof(struct token, key[1]) - offsetof(struct token, key) ==
			       offsetof(struct tok_ids, stem) &&
		       offsetof(struct token, cues) - offsetof(struct token, key) ==
			       offsetof(struct tok_ids, cues) &&
		       offsetof(struct token, qlex) - offsetof(struct token, key) ==
			       offsetof(struct tok_ids, qlex) &&
		       offsetof(struct token, words) - offsetof(struct token, key) ==
			       offsetof(struct tok_ids, words) &&
		       offsetof(struct token, finds) - offsetof(struct token, key) ==
			       offsetof(struct tok_ids, finds),
	       "struct tok_ids starts as struct token's tail");

/* A token's two keys: lower-cased, and the stem of that (a word's; any
 * other token's stem key is its lower-cased form). Phrases at load and
 * tokens at lookup go through here, so they always agree. A NULL stem
 * asks for the lower-cased key alone (a phrase of a table that is not
 * stemmed: the stemmer is the load's biggest cost). */
static void token_keys(const struct lexicon *lx, const char *text, const struct token *t,
		       char low[KEY_MAX], char *stem)
{
	size_t n = token_lower(text, t, low, KEY_MAX);
	if (!stem)
		return;
	if (t->kind == TK_WORD)
		lexicon_stem(lx, low, n, stem, KEY_MAX);
	else
		memcpy(stem, low, n + 1);
}

/* Whether the stem of the lower-cased word low[0, n) may be a key of an
 * event trigger, the only phrases that ask for a word's stem. A Snowball
 * English stem keeps the word's first three letters as they are, or is
 * shorter, save that a third letter 'y' may end the stem as 'i' ("cry"
 * -> "cri") and that a stem of two letters may take an 'e' ("using" ->
 * "use"), and save the exceptions "dying", "lying", "tying" (-> "die",
 * ...) and "skies" (-> "sky"): stem_leads_index sets every start of a
 * word that may stem to a trigger's key so, and a word of three ASCII
 * letters on whose start none sets a bit needs no stemming, its stem's id
 * being of no use (the stemmer is most of the cost of a word first seen).
 * Any other word is stemmed. */
static bool may_stem_to_trigger(const struct lexicon *lx, const char *low, size_t n)
{
	if (n < 3)
		return true;
	unsigned a = (unsigned char)low[0] - 'a', b = (unsigned char)low[1] - 'a',
		 c = (unsigned char)low[2] - 'a';
	if (a >= 26 || b >= 26 || c >= 26)
		return true;
	return lx->stem_leads[a][b] >> c & 1;
}

/* Sets stem_leads from the event triggers' keys (after their load). */
static void stem_leads_index(struct lexicon *lx)
{
	const uint32_t all = (1u << 26) - 1;
	static const char *const exceptions[] = {"dyi", "lyi", "tyi", "ski"};
	for (size_t k = 0; k < CC_ARRAY_LEN(exceptions); k++)
		lx->stem_leads[exceptions[k][0] - 'a'][exceptions[k][1] - 'a'] |=
			1u << (exceptions[k][2] - 'a');
	for (size_t i = 0; i < lx->events.n; i++)
		for (size_t k = 0; k < lx->events.v[i].nkeys; k++) {
			/* a key from other than a lower-case ASCII letter (a
			 * punctuation token's, "-") is no such word's stem; one
			 * of one or two letters ("a"), or letters and then no
			 * letter, may be any such word's that starts so */
			const char *w = lx->words[lx->events.v[i].ids[k] - 1];
			unsigned a = (unsigned char)w[0] - 'a';
			if (a >= 26)
				continue;
			unsigned b = (unsigned char)w[1] - 'a';
			if (b >= 26) {
				for (unsigned x = 0; x < 26; x++)
					lx->stem_leads[a][x] = all;
				continue;
			}
			unsigned c = (unsigned char)w[2] - 'a';
			if (c >= 26 || (c == 'e' - 'a' && !w[3])) {
				lx->stem_leads[a][b] = all;
				continue;
			}
			lx->stem_leads[a][b] |= 1u << c;
			if (c == 'i' - 'a')
				lx->stem_leads[a][b] |= 1u << ('y' - 'a');
		}
}

static struct tok_ids ids_compute(const struct lexicon *lx, const char *text, const struct token *t)
{
	char low[KEY_MAX], stem[KEY_MAX];
	size_t ln = token_lower(text, t, low, KEY_MAX);
	uint32_t lower = word_id(lx, low, strlen(low));
	/* a token other than a word: its stem key is low, so is its id; a
	 * word whose stem no trigger can have: 0, as word_id would answer
	 * or an id no trigger has */
	uint32_t stem_id = lower;
	if (t->kind == TK_WORD) {
		stem_id = 0;
		if (may_stem_to_trigger(lx, low, ln)) {
			lexicon_stem(lx, low, ln, stem, KEY_MAX);
			stem_id = word_id(lx, stem, strlen(stem));
		}
	}
	struct tok_ids r = {.lower = lower,
			    .stem = stem_id,
			    .qlex = quantity_word_class(text, t),
			    .flags = TF_KEYED,
			    .tkw = temporal_word_class(text, t)};
	if (quantity_passes(t, r.qlex))
		r.flags |= TF_QPASS;
	if (temporal_passes(text, t, r.tkw))
		r.flags |= TF_TPASS;
	if (r.lower && lx->entities.heads && lx->entities.heads[r.lower])
		r.flags |= TF_STARTS_ENTITY;
	if (r.stem && t->kind == TK_WORD && lx->events.heads && lx->events.heads[r.stem])
		r.flags |= TF_STARTS_EVENT;
	r.cues = r.lower && lx->cues.kinds ? lx->cues.kinds[r.lower] : 0;
	/* the word lists, asked of the token alone exactly as
	 * lexicon_word_is asks (a keyed copy, so the lookup does not come
	 * back to the memo being filled) */
	static const enum cue_kind lists[] = {CUE_FILLER, CUE_PREPOSITION, CUE_DETERMINER,
					      CUE_CONNECTOR};
	struct token k = *t;
	k.key[0] = r.lower;
	k.key[1] = r.stem;
	k.cues = r.cues;
	k.flags |= TF_KEYED;
	for (size_t q = 0; q < sizeof lists / sizeof *lists; q++)
		if (lexicon_cue_at(lx, text, &k, 0, 1, lists[q]) == 1)
			r.words |= (uint8_t)word_list_bit(lists[q]);
	if ((r.flags & TF_STARTS_ENTITY) || (r.cues >> CUE_TITLE & 1))
		r.finds |= FIND_ENTITY;
	if ((r.flags & TF_STARTS_EVENT) && t->kind == TK_WORD)
		r.finds |= FIND_EVENT;
	if (r.cues & (1u << CUE_ACCORDING | 1u << CUE_SPEECH | 1u << CUE_SPEECH_TO))
		r.finds |= FIND_SAID;
	size_t len = t->end - t->start;
	unsigned c0 = (unsigned char)text[t->start] | 0x20;
	if (t->kind == TK_PUNCT || (len >= 3 && len <= 5 && (c0 == 't' || c0 == 'w')) ||
	    (r.cues & (1u << CUE_SPEECH | 1u << CUE_SPEECH_TO)))
		r.finds |= FIND_OPEN;
	/* the kind and the case of the first letter are the token's bytes' */
	r.marks = (uint8_t)(r.finds | (t->kind == TK_WORD ? MARK_WORD : 0) |
			    (t->kind == TK_WORD && (t->flags & TF_CAP) ? MARK_CAP : 0) |
			    (t->kind == TK_PUNCT ? MARK_PUNCT : 0));
	return r;
}

/* Each thread remembers what the tokens it has seen are (struct tok_ids),
 * keyed by the token's bytes and kind (not by where they are: a freed
 * text's address may come back holding other words). News text reuses a
 * few thousand words, so nearly every token is found here and stemmed at
 * most once. The hash table (slot) holds only 16-bit entry numbers; the
 * entries are kept one after another in the order they were made, 32
 * bytes each (the first eight bytes of the token, its ids, its tag), and
 * the bytes past the eighth of a longer token in a parallel array (rest).
 * So the few thousand words a run sees sit in a few hundred KB of lines
 * and pages that are all in use (the probes were the run's most
 * cache-missing loads when each entry had a 64-byte line of a 1 MB table
 * to itself), and starting over clears only the 32 KB of slots. */
#define MEMO_BYTES 32
#define MEMO_SLOT_BITS 14
#define MEMO_SLOTS ((size_t)1 << MEMO_SLOT_BITS)
#define MEMO_CAP (MEMO_SLOTS / 4 * 3) /* entries; when full, start over */
struct memo_entry {
	_Alignas(32) uint64_t raw0; /* the token's first eight bytes, zero-padded */
	struct tok_ids ids;
	uint16_t tag; /* memo_tag: the token's length and kind */
};
_Static_assert(sizeof(struct memo_entry) == 32, "two memo entries to a cache line");
struct id_memo {
	struct memo_entry e[MEMO_CAP];
	uint64_t rest[MEMO_CAP][MEMO_BYTES / 8 - 1]; /* a token's bytes 8 to 32, zero-padded
						      * to its word count */
	uint16_t slot[MEMO_SLOTS]; /* an entry's index + 1 (0: empty) */
};
_Static_assert(MEMO_CAP < UINT16_MAX, "an entry's index + 1 fits a slot");
static _Thread_local struct id_memo *id_memo; /* 64-byte aligned */
static _Thread_local size_t id_memo_used;
static _Thread_local uint64_t id_memo_serial; /* the lexicon its entries came from */
static uint64_t lexicon_serial;
/* frees a thread's memo when the thread ends (lexicon_free frees the
 * calling thread's own) */
static pthread_key_t id_memo_key;
static pthread_once_t id_memo_once = PTHREAD_ONCE_INIT;

static void id_memo_key_make(void)
{
	pthread_key_create(&id_memo_key, free);
}

static void id_memo_release(void)
{
	if (!id_memo)
		return;
	pthread_setspecific(id_memo_key, NULL);
	free(id_memo);
	id_memo = NULL;
}

/* A memo entry's length and kind in one number, never 0 (len >= 1). */
static inline unsigned memo_tag(size_t len, unsigned kind)
{
	return (unsigned)len | kind << 8;
}

/* The memo's slot for a token's padded bytes: the words folded by
 * multiplying, the length mixed in, and the top bits of one last multiply
 * (a one-word token: an xor, a multiply and a shift). The kind is left
 * out: the same bytes nearly always make the same kind, and the compare
 * tells them apart anyway. */
static inline size_t memo_slot(const uint64_t raw[MEMO_BYTES / 8], size_t len, size_t words)
{
	uint64_t h = raw[0];
	for (size_t k = 1; k < words; k++)
		h = (h * 0x9E3779B97F4A7C15ULL) ^ raw[k];
	return (size_t)(((h ^ len) * 0xFF51AFD7ED558CCDULL) >> (64 - MEMO_SLOT_BITS));
}

/* text[s, s + len) (1 <= len <= MEMO_BYTES) into raw's first (len + 7) / 8
 * words, zero-padded: whole words are loaded as they are, and the last
 * partial one, where eight bytes end at the token's end inside the text,
 * as those eight bytes shifted down (little-endian), so no byte loop and
 * no library call. */
static inline void memo_raw(const char *text, size_t s, size_t len, uint64_t raw[MEMO_BYTES / 8])
{
	size_t full = len / 8, r = len % 8;
	for (size_t k = 0; k < full; k++)
		memcpy(&raw[k], text + s + 8 * k, 8);
	if (!r)
		return;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (s + len >= 8) {
		uint64_t w;
		memcpy(&w, text + s + len - 8, 8);
		raw[full] = w >> (8 * (8 - r));
		return;
	}
#endif
	raw[full] = 0;
	memcpy(&raw[full], text + s + 8 * full, r);
}

/* Fills a memo entry for a token not found (the slow path: lowering,
 * stemming, lookups) and its empty slot i; returns it. The token's padded
 * bytes are read again here (memo_raw: the words memo_find compared), so
 * that the callers keep theirs in registers rather than in memory for
 * this call. */
static __attribute__((noinline)) const struct tok_ids *
memo_fill(const struct lexicon *lx, const char *text, const struct token *t, size_t i)
{
	size_t len = t->end - t->start, words = (len + 7) / 8;
	uint64_t raw[MEMO_BYTES / 8];
	raw[0] = 0; /* set by memo_raw; gcc cannot tell */
	memo_raw(text, t->start, len, raw);
	struct tok_ids r = ids_compute(lx, text, t);
	if (id_memo_used >= MEMO_CAP) { /* full: start over */
		memset(id_memo->slot, 0, sizeof id_memo->slot);
		id_memo_used = 0;
		i = memo_slot(raw, len, words);
	}
	size_t k = id_memo_used++;
	struct memo_entry *m = &id_memo->e[k];
	m->raw0 = raw[0];
	for (size_t w = 1; w < words; w++)
		id_memo->rest[k][w - 1] = raw[w];
	m->tag = (uint16_t)memo_tag(len, t->kind);
	m->ids = r;
	id_memo->slot[i] = (uint16_t)(k + 1);
	return &m->ids;
}

static __attribute__((noinline)) void memo_start(const struct lexicon *lx)
{
	if (!id_memo) {
		pthread_once(&id_memo_once, id_memo_key_make);
		/* aligned to a cache line, so no entry straddles two; the
		 * entries need no clearing (only those below id_memo_used are
		 * read) */
		id_memo = xaligned(64, sizeof *id_memo);
		pthread_setspecific(id_memo_key, id_memo);
	}
	/* new, or another lexicon: forget */
	memset(id_memo->slot, 0, sizeof id_memo->slot);
	id_memo_used = 0;
	id_memo_serial = lx->serial;
}

/* The entry of a token whose bytes are in raw (memo_raw; words: (len + 7)
 * / 8, a constant where the caller knows it): found by the hash of its
 * bytes (one or two probes), or computed once. */
static inline __attribute__((always_inline)) const struct tok_ids *
memo_find(const struct lexicon *lx, const char *text, const struct token *t,
	  const uint64_t raw[MEMO_BYTES / 8], size_t len, size_t words, const struct id_memo *memo)
{
	unsigned tag = memo_tag(len, t->kind);
	for (size_t i = memo_slot(raw, len, words);; i = (i + 1) & (MEMO_SLOTS - 1)) {
		size_t k = memo->slot[i];
		if (!k)
			return memo_fill(lx, text, t, i);
		/* &memo->e[k - 1], written so that the - 1 folds into each
		 * load's displacement (no subtraction on the hot path) */
		const struct memo_entry *m =
			(const struct memo_entry *)((const char *)memo->e + k * sizeof *m - sizeof *m);
		if (m->tag == tag && m->raw0 == raw[0]) {
			bool same = true;
			for (size_t w = 1; w < words; w++)
				same &= memo->rest[k - 1][w - 1] == raw[w];
			if (same)
				return &m->ids;
		}
	}
}

/* A token's entry; *tmp holds tokens too long for the memo. */
static inline const struct tok_ids *token_ids(const struct lexicon *lx, const char *text,
					      const struct token *t, struct tok_ids *tmp)
{
	size_t len = t->end - t->start;
	if (__builtin_expect(len > MEMO_BYTES || len == 0, 0)) {
		*tmp = ids_compute(lx, text, t);
		return tmp;
	}
	if (__builtin_expect(!id_memo || id_memo_serial != lx->serial, 0))
		memo_start(lx);
	uint64_t raw[MEMO_BYTES / 8];
	raw[0] = 0; /* set by memo_raw; gcc cannot tell */
	memo_raw(text, t->start, len, raw);
	return memo_find(lx, text, t, raw, len, (len + 7) / 8, id_memo);
}

static uint32_t key_id(const struct lexicon *lx, const struct table *tb, const char *text,
		       const struct token *t)
{
	if (t->flags & TF_KEYED)
		return t->key[tb->stemmed];
	struct tok_ids tmp;
	const struct tok_ids *r = token_ids(lx, text, t, &tmp);
	return tb->stemmed ? r->stem : r->lower;
}

void lexicon_key_tokens(const struct lexicon *lx, const char *text, struct token *t, size_t n,
			uint8_t *marks, uint8_t *flags_hi)
{
	if (!n)
		return;
	if (!id_memo || id_memo_serial != lx->serial)
		memo_start(lx);
	const struct id_memo *memo = id_memo; /* memo_fill may clear it, never move it */
	for (size_t i = 0; i < n; i++) {
		struct token *tk = &t[i];
		size_t len = tk->end - tk->start;
		const struct tok_ids *r;
		struct tok_ids tmp;
		if (len - 1 < 8) {
			/* most tokens: one word of bytes; the lookup inlined for
			 * that length makes the hash and the compare one step */
			uint64_t raw[MEMO_BYTES / 8];
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
			if (tk->end >= 8) { /* memo_raw's answer in one load */
				memcpy(&raw[0], text + tk->end - 8, 8);
				raw[0] >>= 64 - 8 * len;
			} else
#endif
			{
				raw[0] = 0; /* set by memo_raw; gcc cannot tell */
				memo_raw(text, tk->start, len, raw);
			}
			r = memo_find(lx, text, tk, raw, len, 1, memo);
		} else if (len - 9 < 8) {
			/* nine to sixteen bytes: two words, the second the eight
			 * bytes ending at the token's end shifted down */
			uint64_t raw[MEMO_BYTES / 8];
			memcpy(&raw[0], text + tk->start, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
			memcpy(&raw[1], text + tk->end - 8, 8);
			raw[1] >>= 128 - 8 * len;
#else
			memo_raw(text, tk->start, len, raw);
#endif
			r = memo_find(lx, text, tk, raw, len, 2, memo);
		} else {
			r = token_ids(lx, text, tk, &tmp);
		}
		/* key[2], cues, qlex, words, finds in one copy */
		memcpy((char *)tk + offsetof(struct token, key), r, TOK_IDS_TAIL);
		tk->tkw = r->tkw;
		tk->flags |= r->flags; /* TF_KEYED among them */
		marks[i] = r->marks;
		flags_hi[i] = (uint8_t)(tk->flags >> 8);
	}
}

/* A phrase as table_index sorts it: the keys of its place in the chains,
 * and its index in the table. */
struct chain_key {
	uint32_t first;  /* its first word's id */
	uint32_t kind;   /* its cue kind (cues), or 0 */
	uint32_t nkeys;  /* its length */
	uint32_t phrase; /* its index in tb->v */
};

/* The order of the chains (see table_index). */
static int chain_cmp(const void *pa, const void *pb)
{
	const struct chain_key *x = pa, *y = pb;
	if (x->first != y->first)
		return x->first < y->first ? -1 : 1;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	if (x->nkeys != y->nkeys)
		return x->nkeys > y->nkeys ? -1 : 1;
	return x->phrase < y->phrase ? -1 : x->phrase > y->phrase;
}

/* Chains the phrases by first word. Each chain runs (cues: by kind, then)
 * longest first, in file order among equals, so the first phrase that
 * matches is the longest match and table_match stops there. The chains
 * are laid out one after another in tb->links, ended by a sentinel whose
 * first id (0) no chain has; each link knows how far its kind's group
 * runs (skip), so a cue lookup passes the kinds before its own a group at
 * a time. */
static void table_index(const struct lexicon *lx, struct table *tb, bool by_kind)
{
	tb->heads = xcalloc(lx->nwords + 1, sizeof *tb->heads);
	tb->links = xcalloc(tb->n + 1, sizeof *tb->links);
	tb->kinds = xcalloc(lx->nwords + 1, sizeof *tb->kinds);
	struct chain_key *order = xmalloc((tb->n ? tb->n : 1) * sizeof *order);
	for (size_t i = 0; i < tb->n; i++)
		order[i] = (struct chain_key){.first = tb->v[i].ids[0],
					      .kind = by_kind ? (uint32_t)tb->v[i].kind : 0,
					      .nkeys = (uint32_t)tb->v[i].nkeys,
					      .phrase = (uint32_t)i};
	qsort(order, tb->n, sizeof *order, chain_cmp);
	for (size_t k = tb->n; k-- > 0;) {
		const struct phrase *p = &tb->v[order[k].phrase];
		uint32_t f = p->ids[0];
		tb->links[k] = (struct link){.first = f,
					     .second = p->nkeys >= 2 ? p->ids[1] : 0,
					     .phrase = order[k].phrase,
					     .nkeys = (uint8_t)(p->nkeys < 255 ? p->nkeys : 255),
					     .kind = (uint8_t)(p->kind & 31),
					     .exact = p->exact};
		/* the links run backwards: link k + 1 is already set */
		const struct link *nx = &tb->links[k + 1];
		unsigned skip = k + 1 < tb->n && nx->first == f && nx->kind == tb->links[k].kind
					? nx->skip + 1u
					: 1u;
		tb->links[k].skip = (uint8_t)(skip < 255 ? skip : 255);
		tb->heads[f] = (uint32_t)k + 1;
		tb->kinds[f] |= 1u << (p->kind & 31);
	}
	free(order);
	if (by_kind) {
		tb->ones = xcalloc(lx->nwords + 1, sizeof *tb->ones);
		tb->exact1 = xcalloc(lx->nwords + 1, sizeof *tb->exact1);
		tb->seconds = xcalloc(lx->nwords + 1, sizeof *tb->seconds);
		for (size_t i = 0; i < tb->n; i++) {
			const struct phrase *p = &tb->v[i];
			uint32_t bit = 1u << (p->kind & 31);
			if (p->nkeys >= 2)
				tb->seconds[p->ids[1]] |= bit;
			else if (p->exact)
				tb->exact1[p->ids[0]] |= bit;
			else
				tb->ones[p->ids[0]] |= bit;
		}
	}
}

static void table_free(struct table *tb)
{
	for (size_t i = 0; i < tb->n; i++)
		free(tb->v[i].ids);
	free(tb->v);
	free(tb->heads);
	free(tb->kinds);
	free(tb->ones);
	free(tb->exact1);
	free(tb->seconds);
	free(tb->links);
	memset(tb, 0, sizeof *tb);
}

/* Adds a phrase: tokenizes it and stores one key id per token. */
static struct phrase *table_add(struct lexicon *lx, struct table *tb, const char *phrase,
				const char *a, const char *b)
{
	struct token *toks = NULL;
	size_t n = 0, cap = 0;
	token_scan(phrase, 0, strlen(phrase), &toks, &n, &cap);
	if (n == 0) {
		free(toks);
		return NULL;
	}
	tb->v = xgrow(tb->v, &tb->cap, tb->n + 1, sizeof *tb->v);
	struct phrase *p = &tb->v[tb->n++];
	memset(p, 0, sizeof *p);
	p->ids = xmalloc(n * sizeof *p->ids);
	p->nkeys = n;
	p->a = a;
	p->b = b;
	for (size_t i = 0; i < n; i++) {
		char low[KEY_MAX], stem[KEY_MAX];
		token_keys(lx, phrase, &toks[i], low, tb->stemmed ? stem : NULL);
		p->ids[i] = word_add(lx, tb->stemmed ? stem : low);
	}
	/* all-capitals short aliases ("US", "UN") must match case exactly */
	if (n == 1 && (toks[0].flags & TF_UPPER) && toks[0].end - toks[0].start <= 4) {
		p->exact = true;
		p->surface = keep(lx, xstrdup(phrase));
	}
	free(toks);
	return p;
}

/* kind: a cue kind's index, or -1 for any phrase. Inlined into its three
 * callers, so the kind tests of entity and event lookups fold away. */
static inline __attribute__((always_inline)) size_t
table_match(const struct lexicon *lx, const struct table *tb, const char *text,
	    const struct token *t, size_t i, size_t n, int kind, const struct phrase **best)
{
	*best = NULL;
	if (!tb->heads || i >= n)
		return 0;
	uint32_t ids[8];
	ids[0] = key_id(lx, tb, text, &t[i]);
	if (!ids[0] || (kind >= 0 && !(tb->kinds[ids[0]] & (1u << kind))))
		return 0;
	uint32_t head = tb->heads[ids[0]];
	if (!head)
		return 0;
	size_t have = 1;
	for (const struct link *l = &tb->links[head - 1]; l->first == ids[0]; l++) {
		if (kind >= 0 && l->kind != (unsigned)kind) {
			if (l->kind > (unsigned)kind) /* the chain is past this kind */
				break;
			l += l->skip - 1; /* past this kind's group */
			continue;
		}
		size_t nkeys = l->nkeys;
		if (nkeys > 8 || i + nkeys > n)
			continue;
		/* the phrase itself is read only past its third word or for
		 * an exact alias: most are told apart on the link */
		if (nkeys >= 2) {
			if (have == 1) {
				ids[1] = key_id(lx, tb, text, &t[i + 1]);
				have = 2;
			}
			if (l->second != ids[1])
				continue;
			bool ok = true;
			for (size_t k = 2; k < nkeys && ok; k++) {
				while (have <= k) {
					ids[have] = key_id(lx, tb, text, &t[i + have]);
					have++;
				}
				ok = tb->v[l->phrase].ids[k] == ids[k];
			}
			if (!ok)
				continue;
		}
		if (l->exact) {
			const char *surface = tb->v[l->phrase].surface;
			size_t len = t[i].end - t[i].start;
			if (strlen(surface) != len || memcmp(surface, text + t[i].start, len) != 0)
				continue;
		}
		/* the chain runs longest first: this is the longest match */
		*best = &tb->v[l->phrase];
		return nkeys;
	}
	return 0;
}

/* table_match for the common call, at a keyed token followed by a keyed
 * token or by nothing, walking the chain (kind >= 0: that kind's group)
 * as table_match does but only as far as the links themselves answer:
 * a one-word phrase, or a two-word one told by its second id. Returns the
 * tokens matched (*best: the link) or 0, or -1 when table_match must
 * answer (an exact alias, a phrase of three words or more, a token not
 * keyed): it keeps no ids array and calls nothing, so its callers need no
 * frame, and nearly every lookup ends here. */
static inline int chain_quick(const struct table *tb, const struct token *t, size_t i, size_t n,
			      int kind, const struct link **best)
{
	if (i >= n || !tb->heads || !(t[i].flags & TF_KEYED))
		return -1;
	uint32_t first = t[i].key[tb->stemmed];
	uint32_t head = tb->heads[first]; /* heads[0] is 0: id 0 starts nothing */
	if (!head)
		return 0;
	const struct link *l = &tb->links[head - 1];
	if (kind >= 0)
		while (l->first == first && l->kind < (unsigned)kind)
			l += l->skip; /* past a kind's group */
	for (; l->first == first && (kind < 0 || l->kind == (unsigned)kind); l++) {
		if (l->exact || l->nkeys > 2)
			return -1;
		if (l->nkeys == 2) {
			if (i + 2 > n)
				continue;
			if (!(t[i + 1].flags & TF_KEYED))
				return -1;
			if (l->second != t[i + 1].key[tb->stemmed])
				continue;
		}
		*best = l;
		return l->nkeys;
	}
	return 0;
}

size_t lexicon_entity_at_(const struct lexicon *lx, const char *text, const struct token *t,
			  size_t i, size_t n, const char **canon, const char **type)
{
	const struct phrase *p;
	const struct link *l;
	int q = chain_quick(&lx->entities, t, i, n, -1, &l);
	size_t m;
	if (q >= 0) {
		m = (size_t)q;
		p = m ? &lx->entities.v[l->phrase] : NULL;
	} else {
		m = table_match(lx, &lx->entities, text, t, i, n, -1, &p);
	}
	if (!m)
		return 0;
	/* an entity alias is a proper name: its first word is capitalised in
	 * the text (or it is not a word, like "U.S.") */
	if (t[i].kind == TK_WORD && !(t[i].flags & TF_CAP))
		return 0;
	*canon = p->a;
	*type = p->b;
	return m;
}

static __attribute__((noinline)) size_t event_match(const struct lexicon *lx, const char *text,
						    const struct token *t, size_t i, size_t n,
						    const struct phrase **p)
{
	return table_match(lx, &lx->events, text, t, i, n, -1, p);
}

size_t lexicon_event_at_(const struct lexicon *lx, const char *text, const struct token *t,
			 size_t i, size_t n, struct event_hit *hit)
{
	if (t[i].kind != TK_WORD)
		return 0;
	const struct phrase *p;
	const struct link *l;
	int q = chain_quick(&lx->events, t, i, n, -1, &l);
	size_t m;
	if (q >= 0) {
		m = (size_t)q;
		p = m ? &lx->events.v[l->phrase] : NULL;
	} else {
		m = event_match(lx, text, t, i, n, &p);
	}
	if (!m)
		return 0;
	*hit = (struct event_hit){.cls = p->a, .lemma = p->b, .cls_len = p->alen,
				  .lemma_len = p->blen, .needs = (int)p->kind - 1,
				  .alt = p->alt, .alt_len = p->altlen};
	return m;
}

static __attribute__((noinline)) size_t cue_match(const struct lexicon *lx, const char *text,
						  const struct token *t, size_t i, size_t n,
						  enum cue_kind kind)
{
	const struct phrase *p;
	return table_match(lx, &lx->cues, text, t, i, n, (int)kind, &p);
}

size_t lexicon_cue_at_(const struct lexicon *lx, const char *text, const struct token *t,
		       size_t i, size_t n, enum cue_kind kind)
{
	if (i >= n || !lx->cues.heads || (unsigned)kind >= CUE__COUNT)
		return 0;
	/* a keyed word that no phrase of the kind longer than one word can
	 * go on from (the next token is the second word of none of them, or
	 * there is none) answers from its own bits: 1 when it alone is a
	 * phrase of the kind (table_match would pass the longer ones to it,
	 * the chain running longest first), unless that phrase is exact */
	const struct table *tb = &lx->cues;
	if (t[i].flags & TF_KEYED) {
		uint32_t first = t[i].key[0], bit = 1u << kind;
		if ((i + 1 >= n ||
		     ((t[i + 1].flags & TF_KEYED) && !(tb->seconds[t[i + 1].key[0]] & bit))) &&
		    !(tb->exact1[first] & bit))
			return (tb->ones[first] & bit) != 0;
	}
	const struct link *l;
	int q = chain_quick(&lx->cues, t, i, n, (int)kind, &l);
	if (q >= 0)
		return (size_t)q;
	return cue_match(lx, text, t, i, n, kind);
}

/* ---- loading -------------------------------------------------------------- */

static char *trim(char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
		s[--n] = '\0';
	return s;
}

typedef enum cc_status (*line_fn)(struct lexicon *lx, char **f, size_t nf, const char *file,
				  size_t line, struct cc_err *err);

static enum cc_status read_tsv(struct lexicon *lx, const char *dir, const char *name,
			       size_t min_fields, line_fn fn, struct cc_err *err)
{
	char *path = xasprintf("%s/%s", dir, name);
	char *data = NULL;
	size_t len = 0;
	struct cc_err e2 = {0};
	if (ingest_read(path, (size_t)16 << 20, &data, &len, &e2) != CC_OK) {
		cc_err_set(err, CC_ERR_IO, "cannot read the lexicon %s (set CROSSCHECK_DATADIR?): %s",
			   path, e2.msg ? e2.msg : "");
		cc_err_clear(&e2);
		free(path);
		return CC_ERR_IO;
	}
	enum cc_status rc = CC_OK;
	size_t lineno = 0;
	char *line = data;
	while (line && rc == CC_OK) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		lineno++;
		char *l = trim(line);
		line = nl ? nl + 1 : NULL;
		if (!*l || *l == '#')
			continue;
		char *f[8];
		size_t nf = 0;
		char *sv = NULL;
		for (char *p = strtok_r(l, "\t", &sv); p && nf < 8; p = strtok_r(NULL, "\t", &sv))
			f[nf++] = trim(p);
		if (nf < min_fields) {
			rc = cc_err_set(err, CC_ERR_INPUT, "%s: line %zu: expected %zu TAB-separated fields",
					path, lineno, min_fields);
			break;
		}
		rc = fn(lx, f, nf, path, lineno, err);
	}
	free(data);
	free(path);
	return rc;
}

static enum cc_status entity_line(struct lexicon *lx, char **f, size_t nf, const char *file,
				  size_t line, struct cc_err *err)
{
	(void)nf;
	const char *canon = keep(lx, xstrdup(f[0]));
	const char *type = keep(lx, xstrdup(f[1]));
	if (strcmp(type, "org") && strcmp(type, "person") && strcmp(type, "place") && strcmp(type, "gov"))
		return cc_err_set(err, CC_ERR_INPUT, "%s: line %zu: unknown entity type '%s'", file, line,
				  type);
	table_add(lx, &lx->entities, canon, canon, type);
	if (nf >= 3) {
		char *sv = NULL;
		for (char *a = strtok_r(f[2], "|", &sv); a; a = strtok_r(NULL, "|", &sv)) {
			a = trim(a);
			if (*a)
				table_add(lx, &lx->entities, a, canon, type);
		}
	}
	return CC_OK;
}

static const char *const event_classes[] = {
	"ANNOUNCE", "START", "END", "DEADLINE", "BAN", "FOUND", "KILL", "INJURE", "EMPLOY",
	"LAYOFF", "ACQUIRE", "DENY", "SELL", "FINE", "SUE", "SANCTION", "INVEST", "OPEN",
	"CLOSE", "DIE", "ARREST", "CHARGE", "ELECT", "RESIGN", "WIN", "LOSE", "FIRE",
	"COLLAPSE", "EVACUATE", "RISE", "FALL", "PAY", "SERVE", "OPERATE", "UPDATE", "LAUNCH",
	"AGREE", "STRIKE", "MEASURE", "CONFIRM", "RULE", "FIGHT", "RELEASE", "AFFECT", "OCCUR",
	"RECALL", "DAMAGE", "PROTEST", "DISCOVER", "FUND", "DIVERT", "THEFT", "SCORE",
	"IDIOM",
};

/* An events.tsv line whose third field is the flag `flag` alone: its
 * trigger joins the flag's list (v, n, cap), and the line reads on as one
 * of two fields (no cue kind then). Other lines are left as they are. */
static enum cc_status flag_field(struct lexicon *lx, char **f, size_t *nf, const char *flag,
				 struct unit **v, size_t *n, size_t *cap, const char *file, size_t line,
				 struct cc_err *err)
{
	if (*nf < 3 || strcmp(f[2], flag) != 0)
		return CC_OK;
	if (*nf >= 4)
		return cc_err_set(err, CC_ERR_INPUT, "%s: line %zu: '%s' stands alone", file, line, flag);
	*v = xgrow(*v, cap, *n + 1, sizeof **v);
	(*v)[(*n)++] = (struct unit){keep(lx, xstrdup(f[0])), NULL};
	*nf = 2;
	return CC_OK;
}

static enum cc_status event_line(struct lexicon *lx, char **f, size_t nf, const char *file,
				 size_t line, struct cc_err *err)
{
	(void)nf;
	const char *cls = NULL;
	for (size_t i = 0; i < CC_ARRAY_LEN(event_classes); i++)
		if (strcmp(f[1], event_classes[i]) == 0)
			cls = event_classes[i];
	if (!cls)
		return cc_err_set(err, CC_ERR_INPUT, "%s: line %zu: unknown event class '%s'", file, line,
				  f[1]);
	unsigned needs = 0;
	/* a third field "=TRIGGER": the same act as that trigger of the class
	 * ("pass away" is to "die"); no cue kind then */
	if (nf >= 3 && f[2][0] == '=') {
		const char *act = trim(f[2] + 1);
		if (!*act || nf >= 4)
			return cc_err_set(err, CC_ERR_INPUT, "%s: line %zu: '=' names one trigger, alone", file,
					  line);
		lx->acts = xgrow(lx->acts, &lx->capacts, lx->nacts + 1, sizeof *lx->acts);
		lx->acts[lx->nacts++] = (struct unit){keep(lx, xstrdup(f[0])), keep(lx, xstrdup(act))};
		nf = 2;
	}
	/* a third field "once": what the trigger tells befalls its subject
	 * once (a founding, a death); "patient": the act is told of the
	 * trigger's object ("a judge sentenced Albury" sentences Albury) */
	enum cc_status rc = flag_field(lx, f, &nf, "once", &lx->once, &lx->nonce, &lx->caponce, file, line, err);
	if (rc == CC_OK)
		rc = flag_field(lx, f, &nf, "patient", &lx->patient, &lx->npatient, &lx->cappatient, file,
				line, err);
	if (rc != CC_OK)
		return rc;
	if (nf >= 3) {
		for (size_t i = 0; i < CC_ARRAY_LEN(cue_kinds); i++)
			if (strcmp(f[2], cue_kinds[i]) == 0)
				needs = (unsigned)i + 1;
		if (strcmp(f[2], "figure") == 0)
			needs = (unsigned)EVENT_NEEDS_FIGURE + 1;
		if (strcmp(f[2], "level") == 0)
			needs = (unsigned)EVENT_NEEDS_LEVEL + 1;
		if (strcmp(f[2], "headcount") == 0)
			needs = (unsigned)EVENT_NEEDS_HEADCOUNT + 1;
		if (strcmp(f[2], "intransitive") == 0)
			needs = (unsigned)EVENT_NEEDS_NO_OBJECT + 1;
		if (strcmp(f[2], "happening") == 0)
			needs = (unsigned)EVENT_NEEDS_HAPPENING + 1;
		if (!needs)
			return cc_err_set(err, CC_ERR_INPUT, "%s: line %zu: unknown cue kind '%s'", file,
					  line, f[2]);
	}
	/* a fourth field: the class when "level" fails and a sum follows */
	const char *alt = NULL;
	if (nf >= 4 && *f[3]) {
		if (needs != (unsigned)EVENT_NEEDS_LEVEL + 1)
			return cc_err_set(err, CC_ERR_INPUT,
					  "%s: line %zu: a fourth field (a class when a sum follows) is read only after 'level'",
					  file, line);
		for (size_t i = 0; i < CC_ARRAY_LEN(event_classes); i++)
			if (strcmp(f[3], event_classes[i]) == 0)
				alt = event_classes[i];
		if (!alt)
			return cc_err_set(err, CC_ERR_INPUT, "%s: line %zu: unknown event class '%s'", file,
					  line, f[3]);
	}
	const char *lemma = keep(lx, xstrdup(f[0]));
	struct phrase *p = table_add(lx, &lx->events, lemma, cls, lemma);
	if (p) {
		p->kind = needs;
		p->alen = strlen(cls);
		p->blen = strlen(lemma);
		p->alt = alt;
		p->altlen = alt ? strlen(alt) : 0;
	}
	return CC_OK;
}


static enum cc_status cue_line(struct lexicon *lx, char **f, size_t nf, const char *file,
			       size_t line, struct cc_err *err)
{
	const char *kind = NULL;
	unsigned index = 0;
	for (size_t i = 0; i < CC_ARRAY_LEN(cue_kinds); i++)
		if (strcmp(f[1], cue_kinds[i]) == 0) {
			kind = cue_kinds[i];
			index = (unsigned)i;
		}
	if (!kind)
		return cc_err_set(err, CC_ERR_INPUT, "%s: line %zu: unknown cue kind '%s'", file, line, f[1]);
	/* a third field "instant": an occurrence over in a moment (a blast,
	 * a crash), which cannot have happened on two days */
	if (nf >= 3) {
		if (nf >= 4 || strcmp(f[2], "instant") != 0 || strcmp(kind, "occurrence") != 0)
			return cc_err_set(err, CC_ERR_INPUT,
					  "%s: line %zu: a third field is 'instant', alone, of an occurrence", file,
					  line);
		lx->instant = xgrow(lx->instant, &lx->capinstant, lx->ninstant + 1, sizeof *lx->instant);
		lx->instant[lx->ninstant++] = (struct unit){keep(lx, xstrdup(f[0])), NULL};
	}
	struct phrase *p = table_add(lx, &lx->cues, f[0], kind, NULL);
	if (p)
		p->kind = index;
	return CC_OK;
}

static enum cc_status unit_line(struct lexicon *lx, char **f, size_t nf, const char *file,
			       size_t line, struct cc_err *err)
{
	const char *canon = keep(lx, xstrdup(f[0]));
	/* a third field "payment": the unit is how a price is paid ("in
	 * cash"), not what a sum measures */
	if (nf >= 3) {
		if (nf >= 4 || strcmp(f[2], "payment") != 0)
			return cc_err_set(err, CC_ERR_INPUT, "%s: line %zu: a third field is 'payment', alone",
					  file, line);
		lx->payment = xgrow(lx->payment, &lx->cappayment, lx->npayment + 1, sizeof *lx->payment);
		lx->payment[lx->npayment++] = (struct unit){canon, NULL};
	}
	char *sv = NULL;
	for (char *a = strtok_r(f[1], "|", &sv); a; a = strtok_r(NULL, "|", &sv)) {
		a = trim(a);
		if (!*a)
			continue;
		lx->units = xgrow(lx->units, &lx->capunits, lx->nunits + 1, sizeof *lx->units);
		lx->units[lx->nunits++] = (struct unit){keep(lx, xstrdup(a)), canon};
	}
	return CC_OK;
}

static int cmp_unit(const void *a, const void *b)
{
	return strcmp(((const struct unit *)a)->noun, ((const struct unit *)b)->noun);
}

static enum cc_status class_line(struct lexicon *lx, char **f, size_t nf, const char *file,
				 size_t line, struct cc_err *err)
{
	(void)nf;
	(void)file;
	(void)line;
	(void)err;
	lx->nouns = xgrow(lx->nouns, &lx->capnouns, lx->nnouns + 1, sizeof *lx->nouns);
	lx->nouns[lx->nnouns++] = (struct unit){keep(lx, xstrdup(f[0])), keep(lx, xstrdup(f[1]))};
	return CC_OK;
}

/* The entry for key in a table sorted by cmp_unit, or NULL. */
static const struct unit *unit_find(const struct unit *v, size_t n, const char *key)
{
	if (!key || !*key || !n)
		return NULL;
	struct unit k = {key, NULL};
	return bsearch(&k, v, n, sizeof k, cmp_unit);
}

const char *lexicon_event_noun(const struct lexicon *lx, const char *cls)
{
	const struct unit *u = unit_find(lx->nouns, lx->nnouns, cls);
	return u ? u->canon : NULL;
}

const char *lexicon_noun_event(const struct lexicon *lx, const char *noun)
{
	/* a few dozen rows, read when two sums are compared: no index */
	for (size_t i = 0; noun && *noun && i < lx->nnouns; i++)
		if (strcmp(lx->nouns[i].canon, noun) == 0)
			return lx->nouns[i].noun;
	return NULL;
}

const char *lexicon_event_act(const struct lexicon *lx, const char *lemma)
{
	const struct unit *u = unit_find(lx->acts, lx->nacts, lemma);
	return u ? u->canon : lemma;
}

bool lexicon_event_once(const struct lexicon *lx, const char *lemma)
{
	return unit_find(lx->once, lx->nonce, lexicon_event_act(lx, lemma)) != NULL;
}

bool lexicon_event_patient(const struct lexicon *lx, const char *lemma)
{
	return unit_find(lx->patient, lx->npatient, lexicon_event_act(lx, lemma)) != NULL;
}

bool lexicon_instant(const struct lexicon *lx, const char *noun)
{
	return unit_find(lx->instant, lx->ninstant, noun) != NULL;
}

const char *lexicon_unit(const struct lexicon *lx, const char *noun)
{
	const struct unit *u = unit_find(lx->units, lx->nunits, noun);
	return u ? u->canon : noun;
}

bool lexicon_unit_payment(const struct lexicon *lx, const char *noun)
{
	/* a row or two, read when two sums of different measures meet */
	const char *canon = lexicon_unit(lx, noun);
	for (size_t i = 0; canon && *canon && i < lx->npayment; i++)
		if (strcmp(lx->payment[i].noun, canon) == 0)
			return true;
	return false;
}

enum cc_status lexicon_load(const char *dir, struct lexicon **out, struct cc_err *err)
{
	*out = NULL;
	struct lexicon *lx = xcalloc(1, sizeof *lx);
	lx->stemmer = sb_stemmer_new("english", NULL);
	if (!lx->stemmer) {
		free(lx);
		return cc_err_set(err, CC_ERR_IO, "cannot start the English stemmer (libstemmer)");
	}
	lx->events.stemmed = true;
	enum cc_status rc = read_tsv(lx, dir, "entities.tsv", 2, entity_line, err);
	if (rc == CC_OK)
		rc = read_tsv(lx, dir, "events.tsv", 2, event_line, err);
	if (rc == CC_OK)
		rc = read_tsv(lx, dir, "cues.tsv", 2, cue_line, err);
	if (rc == CC_OK)
		rc = read_tsv(lx, dir, "units.tsv", 2, unit_line, err);
	if (lx->nunits)
		qsort(lx->units, lx->nunits, sizeof *lx->units, cmp_unit);
	if (lx->nacts)
		qsort(lx->acts, lx->nacts, sizeof *lx->acts, cmp_unit);
	if (lx->nonce)
		qsort(lx->once, lx->nonce, sizeof *lx->once, cmp_unit);
	if (lx->npatient)
		qsort(lx->patient, lx->npatient, sizeof *lx->patient, cmp_unit);
	if (lx->ninstant)
		qsort(lx->instant, lx->ninstant, sizeof *lx->instant, cmp_unit);
	if (rc == CC_OK)
		rc = read_tsv(lx, dir, "classes.tsv", 2, class_line, err);
	if (lx->nnouns)
		qsort(lx->nouns, lx->nnouns, sizeof *lx->nouns, cmp_unit);
	/* The clause reader's word lists live in cues.tsv since this release:
	 * a data folder from an older crosscheck would silently read clauses
	 * without them, so say so instead. */
	static const enum cue_kind lists[] = {CUE_FILLER, CUE_PREPOSITION, CUE_DETERMINER,
					       CUE_CONNECTOR};
	for (size_t k = 0; rc == CC_OK && k < CC_ARRAY_LEN(lists); k++) {
		bool have = false;
		for (size_t i = 0; i < lx->cues.n && !have; i++)
			have = lx->cues.v[i].kind == (unsigned)lists[k];
		if (!have)
			rc = cc_err_set(err, CC_ERR_INPUT,
					"%s/cues.tsv: no '%s' words (a data folder from an older "
					"crosscheck? set CROSSCHECK_DATADIR to this version's)",
					dir, cue_kinds[lists[k]]);
	}
	if (rc != CC_OK) {
		lexicon_free(lx);
		return rc;
	}
	table_index(lx, &lx->entities, false);
	table_index(lx, &lx->events, false);
	stem_leads_index(lx);
	table_index(lx, &lx->cues, true);
	lx->serial = __atomic_add_fetch(&lexicon_serial, 1, __ATOMIC_RELAXED);
	*out = lx;
	return CC_OK;
}

void lexicon_free(struct lexicon *lx)
{
	if (!lx)
		return;
	id_memo_release();
	table_free(&lx->entities);
	table_free(&lx->events);
	table_free(&lx->cues);
	free(lx->units);
	free(lx->nouns);
	free(lx->acts);
	free(lx->once);
	free(lx->patient);
	free(lx->instant);
	free(lx->payment);
	for (size_t i = 0; i < lx->nwords; i++)
		free(lx->words[i]);
	free(lx->words);
	free(lx->slots);
	for (size_t i = 0; i < lx->nstrings; i++)
		free(lx->strings[i]);
	free(lx->strings);
	if (lx->stemmer)
		sb_stemmer_delete(lx->stemmer);
	free(lx);
	if (thread_stemmer) { /* the calling thread's own, as its memo */
		pthread_setspecific(stemmer_key, NULL);
		sb_stemmer_delete(thread_stemmer);
		thread_stemmer = NULL;
	}
}
