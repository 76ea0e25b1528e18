/* lexicon: loads entities.tsv, events.tsv and cues.tsv and answers
 * "which phrase starts at this token?" by hashed first word, longest match.
 * Keys are lower-cased words (entities, cues) or Snowball stems (events).
 * Never prints; errors carry the file name and line. */
#include "config.h"

#include "lexicon.h"

#include <errno.h>
#include <libstemmer.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ingest.h"

#define KEY_MAX 64

struct phrase {
	char **keys; /* per token */
	size_t nkeys;
	const char *a; /* entity canon / event class / cue kind */
	const char *b; /* entity type / event lemma */
	bool exact;    /* entity alias in capitals ("US"): match case exactly */
	const char *surface; /* the alias as written (for exact matches) */
};

struct table {
	struct phrase *v;
	size_t n, cap;
	size_t *heads; /* bucket -> first phrase index + 1 (0 = empty) */
	size_t *next;  /* phrase index -> next in bucket + 1 */
	size_t nbuckets;
	bool stemmed;
};

struct unit {
	const char *noun, *canon;
};

struct lexicon {
	struct table entities, events, cues;
	struct unit *units;
	size_t nunits, capunits;
	struct sb_stemmer *stemmer;
	char **strings; /* every string the tables point to */
	size_t nstrings, capstrings;
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

void lexicon_stem(const struct lexicon *lx, const char *word, size_t len, char *out,
		  size_t outsz)
{
	const sb_symbol *s = sb_stemmer_stem(lx->stemmer, (const sb_symbol *)word, (int)len);
	size_t sl = s ? (size_t)sb_stemmer_length(lx->stemmer) : 0;
	if (!s) {
		s = (const sb_symbol *)word;
		sl = len;
	}
	if (sl >= outsz)
		sl = outsz - 1;
	memcpy(out, s, sl);
	out[sl] = '\0';
}

static uint64_t hash_key(const char *s)
{
	uint64_t h = 1469598103934665603ULL;
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

/* The key of a token: lower-cased text, stemmed for event tables. */
/* Extraction asks about the same token many times (is it a title, a stop
 * word, a cue, an event?), so each thread remembers the keys of recent
 * tokens: lower-cased always, stemmed on first need. */
struct key_memo {
	const struct lexicon *lx;
	uint32_t len;          /* bytes of the token, 0: empty slot */
	bool has_stem;
	char raw[KEY_MAX];     /* the token's own bytes: the key of the memo */
	char lower[KEY_MAX];
	char stem[KEY_MAX];
};

#define KEY_MEMO 256
static _Thread_local struct key_memo key_memo[KEY_MEMO];

static void key_of(const struct lexicon *lx, const struct table *tb, const char *text,
		   const struct token *t, char *out)
{
	size_t len = t->end - t->start;
	if (len >= KEY_MAX) { /* too long to remember: work it out each time */
		size_t n = token_lower(text, t, out, KEY_MAX);
		if (tb->stemmed && t->kind == TK_WORD) {
			char tmp[KEY_MAX];
			memcpy(tmp, out, n + 1);
			lexicon_stem(lx, tmp, n, out, KEY_MAX);
		}
		return;
	}
	/* keyed by the token's bytes, not by where they are: a freed text's
	 * address may come back holding other words */
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)text[t->start + i]) * 16777619u;
	struct key_memo *m = &key_memo[h % KEY_MEMO];
	if (m->lx != lx || m->len != len || memcmp(m->raw, text + t->start, len) != 0) {
		m->lx = lx;
		m->len = (uint32_t)len;
		memcpy(m->raw, text + t->start, len);
		m->has_stem = false;
		token_lower(text, t, m->lower, KEY_MAX);
	}
	if (tb->stemmed && t->kind == TK_WORD) {
		if (!m->has_stem) {
			lexicon_stem(lx, m->lower, strlen(m->lower), m->stem, KEY_MAX);
			m->has_stem = true;
		}
		memcpy(out, m->stem, strlen(m->stem) + 1);
	} else {
		memcpy(out, m->lower, strlen(m->lower) + 1);
	}
}

static void table_index(struct table *tb)
{
	tb->nbuckets = 64;
	while (tb->nbuckets < tb->n * 2)
		tb->nbuckets *= 2;
	tb->heads = xcalloc(tb->nbuckets, sizeof *tb->heads);
	tb->next = xcalloc(tb->n ? tb->n : 1, sizeof *tb->next);
	for (size_t i = tb->n; i-- > 0;) {
		size_t b = hash_key(tb->v[i].keys[0]) & (tb->nbuckets - 1);
		tb->next[i] = tb->heads[b];
		tb->heads[b] = i + 1;
	}
}

static void table_free(struct table *tb)
{
	for (size_t i = 0; i < tb->n; i++) {
		for (size_t k = 0; k < tb->v[i].nkeys; k++)
			free(tb->v[i].keys[k]);
		free(tb->v[i].keys);
	}
	free(tb->v);
	free(tb->heads);
	free(tb->next);
	memset(tb, 0, sizeof *tb);
}

/* Adds a phrase: tokenizes it and stores one key per token. */
static void table_add(struct lexicon *lx, struct table *tb, const char *phrase, const char *a,
		      const char *b)
{
	struct token *toks = NULL;
	size_t n = 0, cap = 0;
	token_scan(phrase, 0, strlen(phrase), &toks, &n, &cap);
	if (n == 0) {
		free(toks);
		return;
	}
	tb->v = xgrow(tb->v, &tb->cap, tb->n + 1, sizeof *tb->v);
	struct phrase *p = &tb->v[tb->n++];
	memset(p, 0, sizeof *p);
	p->keys = xmalloc(n * sizeof *p->keys);
	p->nkeys = n;
	p->a = a;
	p->b = b;
	for (size_t i = 0; i < n; i++) {
		char k[KEY_MAX];
		key_of(lx, tb, phrase, &toks[i], k);
		p->keys[i] = xstrdup(k);
	}
	/* all-capitals short aliases ("US", "UN") must match case exactly */
	if (n == 1 && (toks[0].flags & TF_UPPER) && toks[0].end - toks[0].start <= 4) {
		p->exact = true;
		p->surface = keep(lx, xstrdup(phrase));
	}
	free(toks);
}

static size_t table_match(const struct lexicon *lx, const struct table *tb, const char *text,
			  const struct token *t, size_t i, size_t n, const char *kind,
			  const struct phrase **best)
{
	*best = NULL;
	if (!tb->nbuckets || i >= n)
		return 0;
	char keys[8][KEY_MAX];
	size_t have = 0;
	key_of(lx, tb, text, &t[i], keys[0]);
	have = 1;
	size_t b = hash_key(keys[0]) & (tb->nbuckets - 1);
	size_t bestn = 0;
	for (size_t pi = tb->heads[b]; pi; pi = tb->next[pi - 1]) {
		const struct phrase *p = &tb->v[pi - 1];
		if (p->nkeys <= bestn || p->nkeys > 8 || i + p->nkeys > n)
			continue;
		if (kind && strcmp(p->a, kind) != 0)
			continue;
		if (strcmp(p->keys[0], keys[0]) != 0)
			continue;
		bool ok = true;
		for (size_t k = 1; k < p->nkeys && ok; k++) {
			while (have <= k) {
				key_of(lx, tb, text, &t[i + have], keys[have]);
				have++;
			}
			ok = strcmp(p->keys[k], keys[k]) == 0;
		}
		if (ok && p->exact) {
			size_t len = t[i].end - t[i].start;
			ok = strlen(p->surface) == len && memcmp(p->surface, text + t[i].start, len) == 0;
		}
		if (ok) {
			bestn = p->nkeys;
			*best = p;
		}
	}
	return bestn;
}

size_t lexicon_entity_at(const struct lexicon *lx, const char *text, const struct token *t,
			 size_t i, size_t n, const char **canon, const char **type)
{
	const struct phrase *p;
	size_t m = table_match(lx, &lx->entities, text, t, i, n, NULL, &p);
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

size_t lexicon_event_at(const struct lexicon *lx, const char *text, const struct token *t,
			size_t i, size_t n, const char **cls, const char **lemma)
{
	if (t[i].kind != TK_WORD)
		return 0;
	const struct phrase *p;
	size_t m = table_match(lx, &lx->events, text, t, i, n, NULL, &p);
	if (!m)
		return 0;
	*cls = p->a;
	*lemma = p->b;
	return m;
}

size_t lexicon_cue_at(const struct lexicon *lx, const char *text, const struct token *t,
		      size_t i, size_t n, const char *kind)
{
	const struct phrase *p;
	return table_match(lx, &lx->cues, text, t, i, n, kind, &p);
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
	"AGREE", "STRIKE", "MEASURE", "CONFIRM", "RULE", "FIGHT", "RELEASE", "AFFECT",
};

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
	const char *lemma = keep(lx, xstrdup(f[0]));
	table_add(lx, &lx->events, lemma, cls, lemma);
	return CC_OK;
}

static const char *const cue_kinds[] = {
	"negation", "future", "possible", "planned", "vowed", "reported", "speech", "speech-to",
	"according", "title", "subject-noun", "stop", "pronoun", "org-suffix",
};

static enum cc_status cue_line(struct lexicon *lx, char **f, size_t nf, const char *file,
			       size_t line, struct cc_err *err)
{
	(void)nf;
	const char *kind = NULL;
	for (size_t i = 0; i < CC_ARRAY_LEN(cue_kinds); i++)
		if (strcmp(f[1], cue_kinds[i]) == 0)
			kind = cue_kinds[i];
	if (!kind)
		return cc_err_set(err, CC_ERR_INPUT, "%s: line %zu: unknown cue kind '%s'", file, line, f[1]);
	table_add(lx, &lx->cues, f[0], kind, NULL);
	return CC_OK;
}

static enum cc_status unit_line(struct lexicon *lx, char **f, size_t nf, const char *file,
			       size_t line, struct cc_err *err)
{
	(void)nf;
	(void)file;
	(void)line;
	(void)err;
	const char *canon = keep(lx, xstrdup(f[0]));
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

const char *lexicon_unit(const struct lexicon *lx, const char *noun)
{
	if (!noun || !*noun || !lx->nunits)
		return noun;
	struct unit key = {noun, NULL};
	const struct unit *u = bsearch(&key, lx->units, lx->nunits, sizeof key, cmp_unit);
	return u ? u->canon : noun;
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
	if (rc != CC_OK) {
		lexicon_free(lx);
		return rc;
	}
	table_index(&lx->entities);
	table_index(&lx->events);
	table_index(&lx->cues);
	*out = lx;
	return CC_OK;
}

void lexicon_free(struct lexicon *lx)
{
	if (!lx)
		return;
	table_free(&lx->entities);
	table_free(&lx->events);
	table_free(&lx->cues);
	free(lx->units);
	for (size_t i = 0; i < lx->nstrings; i++)
		free(lx->strings[i]);
	free(lx->strings);
	if (lx->stemmer)
		sb_stemmer_delete(lx->stemmer);
	free(lx);
}
