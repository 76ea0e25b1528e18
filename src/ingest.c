/* ingest: article bytes -> struct ingest_doc (text, metadata, sentences,
 * boilerplate flags).
 *
 * Boilerplate is decided per line by rules about the *shape* of web-page
 * furniture, not by one site's strings: advertisement markers, reader
 * prompts ("Also read:", "Subscribe…", "Please, comment…"), link-list headers
 * and what follows them at the end of a page, lines repeated in the file
 * (navigation, date banners), bare URLs, datelines and bylines. Flagged lines
 * stay in the text; only their sentences carry the flag.
 * Never prints, exits or touches the store.
 */
#include "config.h"

#include "ingest.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dateline.h"
#include "html.h"
#include "segment.h"
#include "sha256.h"
#include "text.h"

#if defined(__SSE2__) && !defined(CC_NO_SIMD)
#define CC_INGEST_SSE2 1
#include <emmintrin.h>
#else
#define CC_INGEST_SSE2 0
#endif

/* ---- reading ------------------------------------------------------------ */

enum cc_status ingest_read(const char *path, size_t max, char **data, size_t *len,
			   struct cc_err *err)
{
	*data = NULL;
	*len = 0;
	bool is_stdin = strcmp(path, "-") == 0;
	const char *label = is_stdin ? "standard input" : path;
	int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
	if (fd < 0)
		return cc_err_set(err, CC_ERR_IO, "%s: cannot open: %s", label, strerror(errno));
	struct stat st;
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		if (!is_stdin)
			close(fd);
		return cc_err_set(err, CC_ERR_INPUT, "%s: is a directory, not an article file", label);
	}
	struct buf b;
	buf_init(&b);
	for (;;) {
		buf_reserve(&b, 65536);
		ssize_t n = read(fd, b.data + b.len, b.cap - b.len - 1);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			int e = errno;
			if (!is_stdin)
				close(fd);
			buf_free(&b);
			return cc_err_set(err, CC_ERR_IO, "%s: cannot read: %s", label, strerror(e));
		}
		if (n == 0)
			break;
		b.len += (size_t)n;
		b.data[b.len] = '\0';
		if (b.len > max) {
			if (!is_stdin)
				close(fd);
			buf_free(&b);
			return cc_err_set(err, CC_ERR_INPUT,
					  "%s: larger than %zu MiB: too big to be an article", label,
					  max >> 20);
		}
	}
	if (!is_stdin)
		close(fd);
	*len = b.len;
	*data = buf_steal(&b);
	return CC_OK;
}

/* ---- lines ---------------------------------------------------------------- */

/* Which of classify's tests answered for a line (all but the prompt's
 * answer depend on the line's text alone, so a copy of the line gets the
 * same answer). */
enum line_verdict {
	VERDICT_MARKER, /* a marker, or nothing but bullets and dashes */
	VERDICT_PROMPT,
	VERDICT_URL,
	VERDICT_DATELINE,
	VERDICT_BYLINE,
	VERDICT_PLAIN, /* none of them */
};

struct line {
	size_t s, e;   /* trimmed span of the line */
	size_t prev1;  /* index + 1 of the copy of this line before it; 0: none */
	bool blank;
	bool boiler;
	bool dateline;
	bool repeated;
	bool last_copy; /* the last occurrence of a repeated line */
	unsigned char verdict; /* enum line_verdict, once classify has seen the line */
	struct cc_date date;
};

static bool is_space_at(const char *t, size_t i, size_t e, size_t *w)
{
	unsigned char c = (unsigned char)t[i];
	if (c == ' ' || c == '\t' || c == '\f' || c == '\v') {
		*w = 1;
		return true;
	}
	/* NBSP U+00A0, narrow NBSP U+202F, and the U+2000 spaces */
	if (c == 0xC2 && i + 1 < e && (unsigned char)t[i + 1] == 0xA0) {
		*w = 2;
		return true;
	}
	if (c == 0xE2 && i + 2 < e && (unsigned char)t[i + 1] == 0x80 &&
	    (((unsigned char)t[i + 2] >= 0x80 && (unsigned char)t[i + 2] <= 0x8A) ||
	     (unsigned char)t[i + 2] == 0xAF)) {
		*w = 3;
		return true;
	}
	if (c == 0xE3 && i + 2 < e && (unsigned char)t[i + 1] == 0x80 && (unsigned char)t[i + 2] == 0x80) {
		*w = 3;
		return true;
	}
	return false;
}

/* A text's lines (split at '\n'), with what classify and segment ask of
 * them as lists of their own, filled in by the one pass that splits. */
struct lines {
	struct line *v;
	size_t n, cap;   /* lines, and room in each list */
	size_t *ends;    /* each line's '\n' (len for a last line without one):
			  * segment_text_lines's line ends */
	size_t *nb;      /* the non-blank lines' indexes, in order */
	size_t nonblank;
};

static void lines_free(struct lines *ls)
{
	free(ls->v);
	free(ls->ends);
	free(ls->nb);
}

/* Room for one more line in each list (they share a capacity). */
static inline void lines_room(struct lines *ls)
{
	if (ls->n < ls->cap)
		return;
	size_t cap = ls->cap;
	ls->v = xgrow(ls->v, &cap, ls->n + 1, sizeof *ls->v);
	ls->ends = xrealloc(ls->ends, cap * sizeof *ls->ends);
	ls->nb = xrealloc(ls->nb, cap * sizeof *ls->nb);
	ls->cap = cap;
}

static void split_lines(const char *t, size_t len, struct lines *ls)
{
	memset(ls, 0, sizeof *ls);
	size_t n = 0, nonblank = 0;
	/* room for lines of 64 bytes on average: one allocation for most texts */
	ls->cap = len / 64 + 16;
	ls->v = xmalloc(ls->cap * sizeof *ls->v);
	ls->ends = xmalloc(ls->cap * sizeof *ls->ends);
	ls->nb = xmalloc(ls->cap * sizeof *ls->nb);
	size_t i = 0;
	while (i < len || (i == len && n == 0)) {
		ls->n = n;
		lines_room(ls);
		if (i < len && t[i] == '\n') { /* an empty line: no search */
			ls->v[n] = (struct line){.s = i, .e = i, .blank = true};
			ls->ends[n++] = i;
			i++;
			continue;
		}
		const char *nl = memchr(t + i, '\n', len - i);
		size_t e = nl ? (size_t)(nl - t) : len;
		size_t s = i, w;
		while (s < e && is_space_at(t, s, e, &w))
			s += w;
		size_t te = e;
		while (te > s) {
			/* trim trailing ASCII/NBSP spaces */
			if (t[te - 1] == ' ' || t[te - 1] == '\t' || t[te - 1] == '\f' || t[te - 1] == '\v')
				te--;
			else if (te - s >= 2 && (unsigned char)t[te - 2] == 0xC2 && (unsigned char)t[te - 1] == 0xA0)
				te -= 2;
			else
				break;
		}
		/* (nb gathered without a branch: blank and non-blank lines
		 * alternate in no pattern a predictor learns) */
		ls->nb[nonblank] = n;
		nonblank += s != te;
		ls->v[n] = (struct line){.s = s, .e = te, .blank = s == te};
		ls->ends[n++] = e;
		if (!nl)
			break;
		i = e + 1;
	}
	ls->n = n;
	ls->nonblank = nonblank;
}

/* The line reduced to its words for matching: bullets, dashes and
 * punctuation stripped from both ends, ASCII lower-cased, inner runs of
 * space collapsed. */

/* What the ends lose: ASCII punctuation, brackets, quotes and white space
 * at the front, fewer kinds at the back. (NUL is listed because these were
 * strchr sets, and strchr finds the terminating NUL.) */
static const bool key_strip_front[256] = {
	['\0'] = true, ['-'] = true, ['*'] = true, ['#'] = true, ['>'] = true,
	['|'] = true, ['~'] = true, ['='] = true, ['_'] = true, ['+'] = true,
	['.'] = true, [':'] = true, [';'] = true, [','] = true, ['!'] = true,
	['?'] = true, ['"'] = true, ['\''] = true, ['('] = true, [')'] = true,
	['['] = true, [']'] = true, [' '] = true, ['\t'] = true,
};
static const bool key_strip_back[256] = {
	['\0'] = true, ['-'] = true, ['*'] = true, ['#'] = true, ['>'] = true,
	['|'] = true, ['~'] = true, ['='] = true, ['_'] = true, ['+'] = true,
	['.'] = true, [' '] = true, ['\t'] = true,
};

#define KEY_CAP 80 /* longer than every marker and prefix below */
#define KEY_PEEK 12 /* a first look: the key's first 10 bytes at least */
#define KEY_GLANCE 6 /* a first glance: the key's first 4 bytes */

/* Builds the key into out (at most cap bytes + NUL); returns its length,
 * and sets *cut when the line had more to give. What is built is always
 * the start of the whole key. */
static size_t line_key_into(const char *t, const struct line *l, char *out, size_t cap, bool *cut)
{
	const unsigned char *u = (const unsigned char *)t;
	size_t s = l->s, e = l->e, n = 0;
	*cut = false;
	/* strip leading non-alphanumeric ASCII and common bullets/dashes */
	for (;;) {
		if (s < e && key_strip_front[u[s]]) {
			s++;
		} else if (e - s >= 3 && u[s] == 0xE2 && u[s + 1] == 0x80 &&
			   (u[s + 2] == 0xA2 || u[s + 2] == 0x93 || u[s + 2] == 0x94 || u[s + 2] == 0x9C)) {
			s += 3; /* • – — “ */
		} else if (e - s >= 2 && u[s] == 0xC2 && u[s + 1] == 0xB7) {
			s += 2; /* · */
		} else {
			break;
		}
	}
	while (e > s && key_strip_back[u[e - 1]])
		e--;
	size_t lim = cap - 2; /* room for a space, the byte and the NUL */
	for (size_t i = s; i < e; i++) {
		unsigned char c = u[i];
		bool space = false;
		if (c == ' ' || c == '\t') {
			/* a run of white space: one space before what follows */
			do
				i++;
			while (i < e && (u[i] == ' ' || u[i] == '\t'));
			if (i == e)
				break;
			c = u[i];
			space = true;
		}
		if (n >= lim) {
			*cut = true;
			break;
		}
		if (space && n)
			out[n++] = ' ';
		out[n++] = (char)(c + (((unsigned)(c - 'A') < 26u) << 5));
	}
	out[n] = '\0';
	return n;
}

/* The key's first four bytes, as line_key_into writes them, for a line that
 * starts plainly (most do): an ASCII byte the front strip keeps, no tab and
 * no two spaces in a row in the first five bytes, and a fifth byte the back
 * strip keeps (so the key goes on past four bytes). Then the key starts with
 * those bytes lower-cased, and out gets them; false for any other line.
 * The tests and the case folding look at the bytes as two four-byte words
 * (bytes 0-3 and 1-4), each byte's answer in its top bit (no sum carries
 * into the next byte), with no branch on each byte. */
static bool key_glance_fast(const char *t, const struct line *l, char out[5])
{
	const unsigned char *u = (const unsigned char *)t + l->s;
	if (l->e - l->s < 5 || u[0] >= 0x80 || key_strip_front[u[0]] || key_strip_back[u[4]])
		return false;
	const uint32_t low7 = 0x7F7F7F7Fu, high = 0x80808080u;
	uint32_t w0, w1;
	memcpy(&w0, u, 4);
	memcpy(&w1, u + 1, 4);
	/* a byte of x is zero when neither its low seven bits nor its top bit
	 * are set */
#define ZERO_BYTES(x) (~((((x) & low7) + low7) | (x)) & high)
	/* a tab among bytes 1-4 (byte 4 is no tab: the back strip drops
	 * tabs), or a space at some byte 0-3 and at the byte after it */
	uint32_t tab = ZERO_BYTES(w1 ^ 0x09090909u);
	uint32_t sp0 = ZERO_BYTES(w0 ^ 0x20202020u), sp1 = ZERO_BYTES(w1 ^ 0x20202020u);
#undef ZERO_BYTES
	if (tab | (sp0 & sp1))
		return false;
	/* 'A'..'Z' (ASCII, 0x41..0x5A) gain 0x20 */
	uint32_t x = w0 & low7;
	uint32_t upper = (x + 0x3F3F3F3Fu) & ~(x + 0x25252525u) & ~w0 & high;
	w0 += upper >> 2;
	memcpy(out, &w0, 4);
	out[4] = '\0';
	return true;
}

/* The whole key, newly allocated. */
static char *line_key(const char *t, const struct line *l)
{
	size_t cap = l->e - l->s + 3;
	char *out = xmalloc(cap);
	bool cut;
	line_key_into(t, l, out, cap, &cut);
	return out;
}

/* Whole-line markers: the line (reduced by line_key) is exactly one of these. */
static const char *const marker_lines[] = {
	"advertisement", "advertisements", "advert", "ad", "ads", "sponsored",
	"sponsored content", "promoted", "promoted content", "paid content", "paid post",
	"partner content", "story continues below advertisement",
	"article continues below advertisement", "continue reading below",
	"article continues below", "scroll to continue with content",
	"skip advertisement", "advertise with us", "skip to content",
	"skip to main content", "share", "share this", "tweet", "print", "email",
	"comments", "comment", "close", "menu", "log in", "sign in", "register",
	"previous article", "next article", "back to top", "loading",
};

/* Reader prompts and link furniture: the reduced line starts with one of these. */
static const char *const prompt_prefixes[] = {
	"also read", "read also", "read more", "read next", "see also", "related:",
	"related posts", "related articles", "related stories", "related news",
	"related content", "related reading", "recommended for you",
	"recommended reading", "recommended stories", "you may also like",
	"you might also like", "you may have missed", "more from", "more articles",
	"more stories", "more news", "latest news", "latest stories", "top stories",
	"trending now", "most popular", "most read", "must read", "don't miss",
	"don’t miss", "do not miss", "editor's pick", "editor’s pick", "editors' picks",
	"subscribe", "sign up for", "sign up to", "follow us", "like us on",
	"share this", "share on", "share via", "click here", "tap here",
	"please, comment", "please comment", "please, leave", "please leave",
	"leave a comment", "leave a reply", "post a comment", "add a comment",
	"discover more from", "get the latest", "download our app", "download the app",
	"join our", "want to write", "copyright", "©", "all rights reserved",
	"tags:", "filed under", "posted in:", "photo:", "image:", "picture:",
	"credit:", "watch:", "listen:", "advertisement", "sponsored:",
	"continue reading", "keep reading", "this article was originally",
	"this story was originally", "your feedback matters",
};

/* Pitches: a prompt of this kind near the very end is followed by its
 * sales copy ("Want to write a blog?" + a paragraph inviting you to). */
static const char *const pitch_prefixes[] = {
	"want to write", "subscribe", "sign up", "join our", "join us", "follow us",
	"download our app", "download the app", "get the latest", "discover more from",
};

/* Link-list headers: when one stands in the later part of a page, what
 * follows it is a list of other stories. */
static const char *const list_headers[] = {
	"related posts", "related articles", "related stories", "related news",
	"related content", "latest news", "latest stories", "more articles",
	"more stories", "more news", "you may also like", "you might also like",
	"you may have missed", "recommended for you", "recommended stories",
	"trending now", "most popular", "most read", "top stories", "read next",
	"more from", "discover more from",
};

/* One of the lists above, bucketed by first byte: key_in compares only the
 * entries that start as the key does. Built once per process (see
 * key_tables below) and never written after. */
enum { KEY_LIST_MAX = 96 };
struct key_list {
	const char *const *list;
	uint8_t len[KEY_LIST_MAX]; /* strlen of each entry */
	uint8_t start[257];        /* entries starting with byte b: ids[start[b] .. start[b+1]) */
	uint8_t ids[KEY_LIST_MAX];
};

_Static_assert(CC_ARRAY_LEN(marker_lines) <= KEY_LIST_MAX &&
		       CC_ARRAY_LEN(prompt_prefixes) <= KEY_LIST_MAX &&
		       CC_ARRAY_LEN(pitch_prefixes) <= KEY_LIST_MAX &&
		       CC_ARRAY_LEN(list_headers) <= KEY_LIST_MAX,
	       "struct key_list holds every list");

/* Returns the longest entry's length. */
static size_t key_list_build(struct key_list *x, const char *const *list, size_t n)
{
	uint8_t count[256] = { 0 };
	size_t longest = 0;
	x->list = list;
	for (size_t i = 0; i < n; i++) {
		size_t l = strlen(list[i]);
		x->len[i] = (uint8_t)l;
		longest = l > longest ? l : longest;
		count[(unsigned char)list[i][0]]++;
	}
	size_t at = 0;
	for (size_t b = 0; b < 256; b++) {
		x->start[b] = (uint8_t)at;
		at += count[b];
	}
	x->start[256] = (uint8_t)at;
	uint8_t fill[256];
	memcpy(fill, x->start, sizeof fill);
	for (size_t i = 0; i < n; i++)
		x->ids[fill[(unsigned char)list[i][0]]++] = (uint8_t)i;
	return longest;
}

/* Whether some entry agrees with the key over the length of the shorter:
 * when none does, the key (of which `key` is the start) neither equals nor
 * starts with any entry. */
static bool key_may_match(const struct key_list *x, const char *key, size_t kl)
{
	unsigned char b = (unsigned char)key[0];
	for (size_t k = x->start[b]; k < x->start[b + 1]; k++) {
		size_t i = x->ids[k], m = x->len[i] < kl ? x->len[i] : kl, j = 1;
		const char *e = x->list[i];
		while (j < m && key[j] == e[j]) /* most differ at once: no memcmp call */
			j++;
		if (j >= m)
			return true;
	}
	return false;
}

/* strncmp(s, prefix, strlen(prefix)) == 0 for a NUL-terminated s, inline. */
static bool starts_with(const char *s, const char *prefix)
{
	while (*prefix && *s == *prefix)
		s++, prefix++;
	return *prefix == '\0';
}

/* The first four bytes of every marker and prompt and of "http" and
 * "source:", as a set (a bitmap by hash: it may say yes wrongly, never no
 * wrongly), and the entries shorter than four bytes. A key whose first
 * four bytes are not in the set and start with no short entry agrees with
 * no entry: key_may_match would say no for any longer start of the key.
 * Built once per process, like struct key_list. */
enum { GLANCE_BITS = 4096, GLANCE_SHORT_MAX = 8 };
struct key_glance {
	uint64_t bits[GLANCE_BITS / 64];
	const char *shorts[GLANCE_SHORT_MAX];
	size_t nshort;
	bool short_first[256]; /* the first bytes of the short entries */
	bool all; /* too many short entries: every key may match */
};

static size_t glance_slot(uint32_t v)
{
	return (size_t)((v * 0x9E3779B1u) >> 20); /* 12 bits: GLANCE_BITS */
}

static void glance_add(struct key_glance *g, const char *e, size_t len)
{
	if (len < 4) {
		if (g->nshort < GLANCE_SHORT_MAX) {
			g->shorts[g->nshort++] = e;
			g->short_first[(unsigned char)e[0]] = true;
		} else
			g->all = true;
		return;
	}
	uint32_t v;
	memcpy(&v, e, 4);
	size_t k = glance_slot(v);
	g->bits[k / 64] |= (uint64_t)1 << (k % 64);
}

static void glance_build(struct key_glance *g, const struct key_list *markers,
			 const struct key_list *prompts, size_t nmarkers, size_t nprompts)
{
	memset(g, 0, sizeof *g);
	for (size_t i = 0; i < nmarkers; i++)
		glance_add(g, markers->list[i], markers->len[i]);
	for (size_t i = 0; i < nprompts; i++)
		glance_add(g, prompts->list[i], prompts->len[i]);
	glance_add(g, "http", 4);
	glance_add(g, "source:", 7);
}

/* Every list's index and the glance, built on first use by whichever
 * thread comes first (call_once) and only read after: the same for every
 * document. */
struct key_tables {
	struct key_list markers, prompts, pitches, headers;
	struct key_glance glance;
	size_t short_cap; /* the key length that answers every list (classify) */
};
static struct key_tables key_tables;

static void key_tables_init(void)
{
	struct key_tables *k = &key_tables;
	size_t longest = key_list_build(&k->markers, marker_lines, CC_ARRAY_LEN(marker_lines));
	size_t l2 = key_list_build(&k->prompts, prompt_prefixes, CC_ARRAY_LEN(prompt_prefixes));
	size_t l3 = key_list_build(&k->pitches, pitch_prefixes, CC_ARRAY_LEN(pitch_prefixes));
	size_t l4 = key_list_build(&k->headers, list_headers, CC_ARRAY_LEN(list_headers));
	longest = l2 > longest ? l2 : longest;
	longest = l3 > longest ? l3 : longest;
	longest = l4 > longest ? l4 : longest;
	glance_build(&k->glance, &k->markers, &k->prompts, CC_ARRAY_LEN(marker_lines),
		     CC_ARRAY_LEN(prompt_prefixes));
	/* A key cut at this cap is longer than every entry by one byte or
	 * more: no entry equals it, and a prefix test sees the byte after the
	 * prefix. So the answers are those of a key of any greater length. */
	k->short_cap = longest + 3 < KEY_CAP + 1 ? longest + 3 : KEY_CAP + 1;
}

static cc_once_flag key_tables_once = CC_ONCE_INIT;

static const struct key_tables *key_tables_get(void)
{
	cc_once(&key_tables_once, key_tables_init);
	return &key_tables;
}

/* Whether a key of which `key` (four bytes, NUL-terminated) is the start
 * may agree with an entry or start as "http" or "source:" do. */
static bool glance_may_match(const struct key_glance *g, const char *key)
{
	uint32_t v;
	memcpy(&v, key, 4);
	/* a NUL among the four ends the key early: not answered here */
	if ((v - 0x01010101u) & ~v & 0x80808080u)
		return true;
	if (g->all)
		return true;
	if (g->short_first[(unsigned char)key[0]])
		for (size_t i = 0; i < g->nshort; i++)
			if (starts_with(key, g->shorts[i]))
				return true;
	size_t k = glance_slot(v);
	return (g->bits[k / 64] >> (k % 64)) & 1;
}

/* Whether the key (kl bytes) is an entry of the list, or with `prefix`
 * starts with one that ends at a word boundary. */
static bool key_in(const struct key_list *x, const char *key, size_t kl, bool prefix)
{
	unsigned char b = (unsigned char)key[0]; /* every entry is non-empty */
	for (size_t k = x->start[b]; k < x->start[b + 1]; k++) {
		size_t i = x->ids[k], pl = x->len[i];
		const char *e = x->list[i];
		if (prefix ? (kl >= pl && memcmp(key, e, pl) == 0 &&
			      (kl == pl || !((key[pl] >= 'a' && key[pl] <= 'z') || (key[pl] >= '0' && key[pl] <= '9'))))
			   : (kl == pl && memcmp(key, e, pl) == 0))
			return true;
	}
	return false;
}

/* Where a line's text ends before its closing quotes and brackets ('"',
 * "'", ')', ']', '”', '’'), and spaces between them when `spaces`. */
static size_t end_past_closers(const char *t, const struct line *l, bool spaces)
{
	size_t e = l->e;
	while (e > l->s) {
		unsigned char c = (unsigned char)t[e - 1];
		if (c == '"' || c == '\'' || c == ')' || c == ']' || (spaces && c == ' ')) {
			e--;
		} else if (e - l->s >= 3 && (unsigned char)t[e - 3] == 0xE2 && (unsigned char)t[e - 2] == 0x80 &&
			   ((unsigned char)t[e - 1] == 0x9D || (unsigned char)t[e - 1] == 0x99)) {
			e -= 3;
		} else {
			break;
		}
	}
	return e;
}

static bool ends_sentence(const char *t, const struct line *l)
{
	size_t e = end_past_closers(t, l, false);
	if (e == l->s)
		return false;
	char c = t[e - 1];
	if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':')
		return true;
	/* … 。 ！ ？ */
	if (e - l->s >= 3 && (unsigned char)t[e - 3] == 0xE2 && (unsigned char)t[e - 2] == 0x80 &&
	    (unsigned char)t[e - 1] == 0xA6)
		return true;
	if (e - l->s >= 3 && (unsigned char)t[e - 3] == 0xE3 && (unsigned char)t[e - 2] == 0x80 &&
	    (unsigned char)t[e - 1] == 0x82)
		return true;
	return false;
}

static size_t count_words(const char *t, size_t s, size_t e)
{
	size_t n = 0;
	bool in = false;
	for (size_t i = s; i < e; i++) {
		bool sp = t[i] == ' ' || t[i] == '\t';
		if (!sp && !in)
			n++;
		in = !sp;
	}
	return n;
}

static bool is_url_line(const char *key, char **url_out)
{
	const char *p = key;
	if (strncmp(p, "source:", 7) == 0) {
		p += 7;
		while (*p == ' ')
			p++;
	}
	if (strncmp(p, "http://", 7) != 0 && strncmp(p, "https://", 8) != 0)
		return false;
	if (strchr(p, ' '))
		return false;
	if (url_out)
		*url_out = (char *)p;
	return true;
}

/* Words a signature may hold in lower case ("–Ann Lee, staff reporter"). */
static bool signature_word(const char *w, size_t n)
{
	static const char *const words[] = {
		"reporter", "correspondent", "editor", "writer", "columnist", "contributor",
		"staff", "senior", "chief", "political", "business", "tech", "technology", "news",
		"for", "of", "and", "in", "at", "the", "with", "by",
	};
	for (size_t i = 0; i < CC_ARRAY_LEN(words); i++)
		if (strlen(words[i]) == n && memcmp(words[i], w, n) == 0)
			return true;
	return false;
}

/* A signature under an opinion piece or a section: a dash, then a name and
 * perhaps a role, outlet and commas ("–Ashley Wang, BTW reporter", "— Jane
 * Doe, Reuters", "- Reporting by Lee Park"): at most eight words, each
 * capitalised or a word of signature_word, no digit, not a sentence, and a
 * comma, "by" or a role among them. A bullet of prose ("- Sales rose in
 * March") has a lower-case word that is none of those; a title-case bullet
 * ("- Acme Corp Acquires Beta Inc") has no mark of a signature. */
static bool is_dash_signature(const char *t, const struct line *l)
{
	size_t s = l->s, e = l->e;
	if (e - s < 4 || e - s > 80)
		return false;
	if (t[s] == '-')
		s++;
	else if ((unsigned char)t[s] == 0xE2 && (unsigned char)t[s + 1] == 0x80 &&
		 ((unsigned char)t[s + 2] == 0x93 || (unsigned char)t[s + 2] == 0x94))
		s += 3;
	else
		return false;
	while (s < e && t[s] == ' ')
		s++;
	if (s == e || !(t[s] >= 'A' && t[s] <= 'Z') || ends_sentence(t, l))
		return false;
	/* marked: what makes it a signature rather than a title-case bullet
	 * ("- Acme Corp Acquires Beta Inc"): a comma after the name, "by",
	 * or a role ("reporter", "Staff Writer") */
	size_t words = 0;
	bool marked = false;
	for (size_t i = s; i < e;) {
		while (i < e && (t[i] == ' ' || t[i] == ',')) {
			marked |= t[i] == ',';
			i++;
		}
		if (i == e)
			break;
		size_t w = i;
		while (i < e && t[i] != ' ' && t[i] != ',') {
			if (t[i] >= '0' && t[i] <= '9')
				return false;
			i++;
		}
		if (++words > 8)
			return false;
		bool cap = (t[w] >= 'A' && t[w] <= 'Z') || (unsigned char)t[w] >= 0x80;
		if (!cap && !signature_word(t + w, i - w))
			return false;
		static const char *const roles[] = {"by", "reporter", "reporting", "correspondent",
						    "editor", "writer", "columnist", "contributor"};
		for (size_t r = 0; r < CC_ARRAY_LEN(roles); r++)
			marked |= ascii_iprefix(t + w, i - w, roles[r]) && strlen(roles[r]) == i - w;
	}
	return words >= 2 && marked;
}

static bool is_byline(const char *t, const struct line *l)
{
	size_t len = l->e - l->s;
	if (len >= 4 && (t[l->s] == '-' || (unsigned char)t[l->s] == 0xE2))
		return is_dash_signature(t, l);
	if (len < 4 || len > 80 || (t[l->s] | 0x20) != 'b' || !ascii_iprefix(t + l->s, len, "by "))
		return false;
	if (ends_sentence(t, l))
		return false;
	return count_words(t, l->s, l->e) <= 6;
}

/* A hash of a line's length, its first sixteen bytes and its last sixteen
 * (all of a shorter line): one product of two mixed words. Only a first
 * sort: lines are equal when their bytes are, and lines that differ only
 * in between those bytes (rare) share a slot's hash and are told apart by
 * the compare. Cheaper than reading the whole line, which the compare does
 * for the few lines that repeat. */
static uint64_t line_hash(const char *s, size_t n)
{
	uint64_t a = 0, b = 0, c = 0, d = 0;
	if (n >= 16) {
		memcpy(&a, s, 8);
		memcpy(&b, s + 8, 8);
		memcpy(&c, s + n - 16, 8);
		memcpy(&d, s + n - 8, 8);
	} else {
		memcpy(&a, s, n < 8 ? n : 8);
		if (n > 8)
			memcpy(&b, s + 8, n - 8);
	}
	uint64_t x = (a ^ (c << 29 | c >> 35) ^ n * 0x9E3779B97F4A7C15ULL) * 0xBF58476D1CE4E5B9ULL;
	uint64_t y = (b ^ (d << 17 | d >> 47) ^ 0xA0761D6478BD642FULL) * 0x94D049BB133111EBULL;
	uint64_t h = (x ^ (y >> 31) ^ (x >> 29)) * 0xE7037ED1A0B428DBULL;
	return h ^ (h >> 32);
}

/* Marks lines that occur more than once (exact trimmed text), and the last
 * copy in text order of each such text. `nb` lists the indexes of the
 * `nonblank` lines in order. One open-addressing table of distinct texts,
 * sized for them; each slot keeps the latest line with its text, and the
 * latest copy so far carries last_copy (taken from the copy before it). */
static void mark_repeats(const char *t, struct line *ls, const size_t *nb, size_t nonblank)
{
	size_t cap = 16;
	/* at most two thirds full: a probe rarely goes far, and the slots
	 * cleared below are fewer than at half full */
	while (cap < nonblank + nonblank / 2)
		cap *= 2;
	struct slot {
		uint64_t h;
		size_t idx1; /* the line's index + 1; 0: empty */
	} *tab = xmalloc(cap * sizeof *tab);
	for (size_t i = 0; i < cap; i++)
		tab[i].idx1 = 0; /* only the index fields need clearing */
	for (size_t j = 0; j < nonblank; j++) {
		size_t i = nb[j];
		struct line *l = &ls[i];
		size_t len = l->e - l->s;
		uint64_t h = line_hash(t + l->s, len);
		for (size_t k = (size_t)h & (cap - 1);; k = (k + 1) & (cap - 1)) {
			if (tab[k].idx1 == 0) {
				tab[k] = (struct slot){h, i + 1};
				break;
			}
			struct line *o = &ls[tab[k].idx1 - 1];
			if (tab[k].h == h && o->e - o->s == len && memcmp(t + o->s, t + l->s, len) == 0) {
				o->repeated = l->repeated = true;
				o->last_copy = false;
				l->last_copy = true;
				l->prev1 = tab[k].idx1;
				tab[k].idx1 = i + 1;
				break;
			}
		}
	}
	free(tab);
}

/* Past this many bytes a repeated line that is not in title case is prose
 * even without a full stop at its end (a quoted paragraph's closing quote,
 * a last sentence left without its point). */
#define SHORT_LINE 100

/* What the first byte of a word adds to reads_as_prose's tally of the
 * words after the first: one lettered word in the low half (an ASCII
 * letter), and one lower-case word in the high half too (a lower-case
 * one); WORD_OPENER for an opening quote or bracket, which is looked past;
 * nothing for anything else. */
#define WORD_UP UINT64_C(1)
#define WORD_LO (UINT64_C(1) | UINT64_C(1) << 32)
#define WORD_OPENER (UINT64_C(1) << 62)
static const uint64_t word_first_tally[256] = {
	['A'] = WORD_UP, ['B'] = WORD_UP, ['C'] = WORD_UP, ['D'] = WORD_UP, ['E'] = WORD_UP,
	['F'] = WORD_UP, ['G'] = WORD_UP, ['H'] = WORD_UP, ['I'] = WORD_UP, ['J'] = WORD_UP,
	['K'] = WORD_UP, ['L'] = WORD_UP, ['M'] = WORD_UP, ['N'] = WORD_UP, ['O'] = WORD_UP,
	['P'] = WORD_UP, ['Q'] = WORD_UP, ['R'] = WORD_UP, ['S'] = WORD_UP, ['T'] = WORD_UP,
	['U'] = WORD_UP, ['V'] = WORD_UP, ['W'] = WORD_UP, ['X'] = WORD_UP, ['Y'] = WORD_UP,
	['Z'] = WORD_UP,
	['a'] = WORD_LO, ['b'] = WORD_LO, ['c'] = WORD_LO, ['d'] = WORD_LO, ['e'] = WORD_LO,
	['f'] = WORD_LO, ['g'] = WORD_LO, ['h'] = WORD_LO, ['i'] = WORD_LO, ['j'] = WORD_LO,
	['k'] = WORD_LO, ['l'] = WORD_LO, ['m'] = WORD_LO, ['n'] = WORD_LO, ['o'] = WORD_LO,
	['p'] = WORD_LO, ['q'] = WORD_LO, ['r'] = WORD_LO, ['s'] = WORD_LO, ['t'] = WORD_LO,
	['u'] = WORD_LO, ['v'] = WORD_LO, ['w'] = WORD_LO, ['x'] = WORD_LO, ['y'] = WORD_LO,
	['z'] = WORD_LO,
	['"'] = WORD_OPENER, ['\''] = WORD_OPENER, ['('] = WORD_OPENER, ['['] = WORD_OPENER,
};

/* The tally of the word starting at p (before e): of its first byte past
 * opening quotes and brackets; 0 when the word is nothing but those. */
static uint64_t word_tally_at(const unsigned char *u, size_t p, size_t e)
{
	uint64_t k = word_first_tally[u[p]];
	while (k == WORD_OPENER) /* rare: look past the openers */
		k = ++p < e ? word_first_tally[u[p]] : 0;
	return k; /* a space after the openers adds nothing */
}

/* One bit for each of the 16 bytes at p (bit k: p[k]) that is ' ' or '\t'. */
static inline uint32_t blank_mask16(const unsigned char *p)
{
#if CC_INGEST_SSE2
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i b = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
				 _mm_cmpeq_epi8(v, _mm_set1_epi8('\t')));
	return (uint32_t)_mm_movemask_epi8(b);
#else
	uint32_t m = 0;
	for (unsigned k = 0; k < 16; k++)
		m |= (uint32_t)(p[k] == ' ' || p[k] == '\t') << k;
	return m;
#endif
}

/* The words of the line (runs of bytes other than ' ' and '\t'), and of
 * those after the first how many start (past opening quotes and brackets)
 * with an ASCII letter, and with a lower-case one. Sixteen bytes at a
 * time: a word starts at each byte that is no space and follows a space
 * (or the line's start), found for all sixteen at once from their mask of
 * spaces, so that only the words' first bytes are looked at one by one
 * (a byte-by-byte loop branches on every byte, and mispredicts at every
 * word's end). It must count as such a loop would: words split at ' ' and
 * '\t' only, and the first byte past '"', '\'', '(' and '[' tells. */
static void word_stats(const char *t, size_t s, size_t e, size_t *words_out,
		       size_t *lettered_out, size_t *lower_out)
{
	const unsigned char *u = (const unsigned char *)t;
	size_t words = 0;
	uint64_t tally = 0; /* every word's, the first's taken off below */
	uint32_t carry = 1; /* the byte before the line counts as a space */
	for (size_t i = s; i < e; i += 16) {
		uint32_t sp;
		if (e - i >= 16) {
			sp = blank_mask16(u + i);
		} else { /* the last few bytes, and spaces past the end */
			unsigned char b[16];
			memset(b, ' ', sizeof b);
			memcpy(b, u + i, e - i);
			sp = blank_mask16(b);
		}
		uint32_t starts = ~sp & (sp << 1 | carry) & 0xFFFFu;
		carry = sp >> 15;
		while (starts) {
			size_t p = i + (size_t)__builtin_ctz(starts);
			starts &= starts - 1;
			words++;
			uint64_t k = word_first_tally[u[p]];
			if (k == WORD_OPENER)
				k = word_tally_at(u, p, e);
			tally += k;
		}
	}
	/* the first word counts only as a word */
	size_t f = s;
	while (f < e && (u[f] == ' ' || u[f] == '\t'))
		f++;
	if (f < e)
		tally -= word_tally_at(u, f, e);
	size_t lettered = (uint32_t)tally, lower = (size_t)(tally >> 32);
	*words_out = words;
	*lettered_out = lettered;
	*lower_out = lower;
}

/* Whether a repeated line reads as the article's prose rather than page
 * furniture, by its shape: most of its words after the first start in lower
 * case (no title-case headline, label or menu), and it is a full sentence
 * (ends in '.', '!', '?' or '…' before any closing quotes and spaces) of
 * five words or more with a figure in it, or of eight words or more, or it
 * is longer than SHORT_LINE. Such a line repeated is a pull quote or a
 * summary that repeats the body: its last copy is the article's. Markers,
 * prompts, URLs, datelines and bylines are told apart before this. */
static bool reads_as_prose(const char *t, const struct line *l)
{
	size_t s = l->s, e = l->e;
	size_t words, lettered, lower;
	word_stats(t, s, e, &words, &lettered, &lower);
	if (lower * 2 <= lettered)
		return false;
	if (e - s > SHORT_LINE)
		return true;
	/* the end, past closing quotes, brackets and spaces ("top. \"") */
	e = end_past_closers(t, l, true);
	bool full_stop = e > s && (t[e - 1] == '.' || t[e - 1] == '!' || t[e - 1] == '?' ||
				   (e - s >= 3 && (unsigned char)t[e - 3] == 0xE2 &&
				    (unsigned char)t[e - 2] == 0x80 && (unsigned char)t[e - 1] == 0xA6));
	if (!full_stop || words < 5)
		return false;
	if (words >= 8)
		return true;
	/* five to seven words: prose only with a figure in it (looked for
	 * only here: most repeated lines are long paragraphs) */
	for (size_t i = s; i < e; i++)
		if (t[i] >= '0' && t[i] <= '9')
			return true;
	return false;
}

static void classify(const char *t, struct lines *lines, char **url)
{
	struct line *ls = lines->v;
	const size_t *nb = lines->nb;
	size_t nonblank = lines->nonblank;
	mark_repeats(t, ls, nb, nonblank);

	const struct key_tables *kt = key_tables_get();
	const struct key_list *markers = &kt->markers, *prompts = &kt->prompts;
	size_t short_cap = kt->short_cap;

	size_t tail_from = SIZE_MAX; /* index from which the page tail is furniture */
	/* seen: the non-blank lines before this one */
	for (size_t seen = 0; seen < nonblank; seen++) {
		size_t i = nb[seen];
		struct line *l = &ls[i];
		size_t len = l->e - l->s;
		/* repeat: a repeat that is not the article's: every copy of
		 * furniture, all but the last copy of prose (the shape test
		 * runs only for the last copy of a repeated line) */
		bool repeat = l->repeated && (!l->last_copy || !reads_as_prose(t, l));
		if (l->prev1 && ls[l->prev1 - 1].verdict != VERDICT_PROMPT) {
			/* A copy of an earlier line: every test below but the
			 * prompt's (whose page-tail effect depends on where the line
			 * is) answers as it did for that copy. A URL line's URL was
			 * taken from the first copy, if it was taken. */
			const struct line *p = &ls[l->prev1 - 1];
			l->verdict = p->verdict;
			l->dateline = p->dateline;
			l->date = p->date;
			l->boiler = (p->verdict != VERDICT_PLAIN) | repeat | (i >= tail_from);
			continue;
		}
		/* the markers and prefixes are short: a short key answers them;
		 * a line past 200 bytes can only be a URL line (prompts, datelines
		 * and bylines are shorter), so its key need only show "http" */
		char kbuf[KEY_CAP + 1];
		bool cut;
		/* (a mask, not a branch: long and short lines come in no pattern) */
		size_t cap = short_cap ^ ((short_cap ^ 16) & -(size_t)(len > 200));
		/* First only the start of the key: most lines start unlike every
		 * marker, prompt and URL, and then no test below on the key can
		 * hold (the key is not empty when it was cut). */
		bool peeked = KEY_PEEK < cap;
		bool unlike = false;
		if (peeked) {
			/* a glance first: four bytes of the key answer most lines */
			if (key_glance_fast(t, l, kbuf))
				cut = true;
			else
				line_key_into(t, l, kbuf, KEY_GLANCE, &cut);
			unlike = cut && !glance_may_match(&kt->glance, kbuf);
		}
		if (!unlike)
			line_key_into(t, l, kbuf, peeked ? KEY_PEEK : cap, &cut);
		if (!unlike && peeked && cut) {
			size_t pl = strlen(kbuf);
			unlike = !key_may_match(markers, kbuf, pl) && !key_may_match(prompts, kbuf, pl) &&
				 !starts_with(kbuf, "http") && !starts_with(kbuf, "source:");
			if (!unlike)
				line_key_into(t, l, kbuf, cap, &cut);
		}
		char *whole = NULL, *key = kbuf;
		if (!unlike && cut && (starts_with(kbuf, "http") || starts_with(kbuf, "source:")))
			key = whole = line_key(t, l); /* a long URL line: all of it */
		/* a NUL inside the line ends the key; only the tests below that
		 * an unlike key skips need its length */
		size_t kl = unlike ? 0 : strlen(key);
		bool boiler = false;
		char *u = NULL;
		if (key[0] == '\0') {
			boiler = true; /* a line of dashes, stars or bullets only */
			l->verdict = VERDICT_MARKER;
		} else if (!unlike && (!cut || key == whole) && key_in(markers, key, kl, false)) {
			boiler = true;
			l->verdict = VERDICT_MARKER;
		} else if (!unlike && len <= 200 && key_in(prompts, key, kl, true)) {
			boiler = true;
			l->verdict = VERDICT_PROMPT;
			bool later = seen * 2 >= nonblank;
			if (later && key_in(&kt->headers, key, kl, true) && tail_from == SIZE_MAX)
				tail_from = i + 1;
			/* a pitch in the last quarter: what little follows is its copy */
			bool last = seen * 4 >= nonblank * 3 && nonblank - seen <= 4 && tail_from == SIZE_MAX;
			if (last && key_in(&kt->pitches, key, kl, true))
				tail_from = i + 1;
		} else if (!unlike && is_url_line(key, &u)) {
			boiler = true;
			l->verdict = VERDICT_URL;
			if (!*url) {
				/* take the URL from the original text (the key is
				 * lower-cased): where its scheme starts, in any case */
				const char *orig = t + l->s;
				for (size_t k = 0; k + 7 <= len; k++) {
					if (ascii_iprefix(orig + k, len - k, "http://") ||
					    ascii_iprefix(orig + k, len - k, "https://")) {
						*url = xstrndup(orig + k, len - k);
						break;
					}
				}
			}
		} else if (dateline_is_line(t + l->s, len, &l->date)) {
			boiler = true;
			l->dateline = true;
			l->verdict = VERDICT_DATELINE;
		} else {
			/* a byline, or a repeat that is not the article's (the
			 * byline test is cheap and has no effects: computed, not
			 * branched on) */
			bool byline = is_byline(t, l);
			l->verdict = byline ? VERDICT_BYLINE : VERDICT_PLAIN;
			boiler = byline | repeat;
		}
		boiler |= i >= tail_from; /* SIZE_MAX: no tail */
		l->boiler = boiler;
		if (whole)
			free(whole);
	}
}

bool *ingest_boilerplate_lines(const char *text, size_t len, size_t *nlines)
{
	struct lines lines;
	split_lines(text, len, &lines);
	char *url = NULL;
	classify(text, &lines, &url);
	free(url);
	size_t n = lines.n;
	bool *v = xmalloc((n ? n : 1) * sizeof *v);
	for (size_t i = 0; i < n; i++)
		v[i] = lines.v[i].boiler;
	lines_free(&lines);
	*nlines = n;
	return v;
}

/* ---- metadata ------------------------------------------------------------- */

static char *find_title(const char *t, const struct line *ls, size_t n)
{
	size_t looked = 0;
	for (size_t i = 0; i < n && looked < 6; i++) {
		const struct line *l = &ls[i];
		if (l->blank || l->boiler)
			continue;
		looked++;
		size_t len = l->e - l->s;
		if (ends_sentence(t, l) && t[l->e - 1] != '?')
			return NULL; /* prose before any headline: no title */
		unsigned char c0 = (unsigned char)t[l->s];
		bool bullet = (c0 == '-' || c0 == '*' || c0 == 0xE2) && len > 1 && t[l->s + 1] == ' ';
		if (!bullet && len <= 200 && count_words(t, l->s, l->e) >= 3)
			return xstrndup(t + l->s, len);
	}
	return NULL;
}

static char *outlet_of(const char *url)
{
	const char *p = strstr(url, "://");
	if (!p)
		return NULL;
	p += 3;
	size_t n = strcspn(p, "/:?#");
	if (n == 0)
		return NULL;
	if (n > 4 && ascii_ieqn(p, "www.", 4))
		p += 4, n -= 4;
	char *o = xstrndup(p, n);
	for (char *q = o; *q; q++)
		if (*q >= 'A' && *q <= 'Z')
			*q = (char)(*q + 32);
	return o;
}

const char *ingest_date_origin_name(enum ingest_date_origin o)
{
	switch (o) {
	case DATE_OPTION: return "option";
	case DATE_DATELINE: return "dateline";
	case DATE_BANNER: return "banner";
	case DATE_URL: return "url";
	case DATE_META: return "meta";
	case DATE_NONE: break;
	}
	return "none";
}

/* ---- the whole document ----------------------------------------------------- */

/* Pull quotes set apart from the body: a paragraph of one sentence (at least
 * PULL_MIN bytes) whose words are, byte for byte, a sentence of a longer
 * paragraph elsewhere in the article is boilerplate; the copy in the body is
 * the article's. (Whole repeated lines are mark_repeats'.) Sentences are
 * keyed by their length and first sixteen bytes, so a lookup costs one hash
 * and, on a hit, one compare; a body sentence whose length no candidate has
 * (a bit set of lengths says so, exactly for lengths under PULL_LENS) is
 * not looked up at all. */
#define PULL_MIN 40
#define PULL_LENS 4096

/* (asked only of sentences of PULL_MIN bytes or more: sixteen are there) */
static uint64_t pull_key(const char *t, size_t s, size_t e)
{
	_Static_assert(PULL_MIN >= 16, "a keyed sentence has sixteen bytes");
	uint64_t a, b;
	size_t n = e - s;
	memcpy(&a, t + s, 8);
	memcpy(&b, t + s + 8, 8);
	uint64_t h = (a ^ (uint64_t)n * 0x9E3779B97F4A7C15ULL) * 0xFF51AFD7ED558CCDULL;
	h ^= h >> 29;
	h = (h ^ b) * 0xC4CEB9FE1A85EC53ULL;
	return h ^ (h >> 32);
}

/* The wire dateline text[ds..de) that opens a paragraph ("HARTFORD, Conn.,
 * April 8, 2025 /Newsline/ --") is a sentence of its own and boilerplate:
 * the date it gives is the article's, no claim's, and the sentence after
 * it starts with its own words. The sentences it overlaps give way to it;
 * the last one keeps what follows the dash. doc->sents has room for one
 * more. */
static void cut_wire(struct ingest_doc *doc, size_t ds, size_t de)
{
	struct ingest_sentence *v = doc->sents;
	size_t n = doc->nsents, a = 0;
	while (a < n && v[a].end <= ds)
		a++;
	if (a == n || v[a].start > ds)
		return; /* the line starts no sentence: leave it */
	size_t b = a; /* the sentences starting inside the dateline: a..b-1 */
	while (b < n && v[b].start < de)
		b++;
	struct ingest_sentence last = v[b - 1];
	const char *t = doc->text;
	size_t rest = de;
	while (rest < last.end && (t[rest] == ' ' || t[rest] == '\t'))
		rest++;
	bool keep = rest < last.end;
	struct ingest_sentence head = {
		.start = v[a].start, .end = de, .paragraph = v[a].paragraph, .boilerplate = true};
	size_t add = 1 + keep, gone = b - a;
	memmove(v + a + add, v + b, (n - b) * sizeof *v);
	v[a] = head;
	if (keep)
		v[a + 1] = (struct ingest_sentence){
			.start = rest, .end = last.end, .paragraph = last.paragraph,
			.boilerplate = last.boilerplate};
	doc->nsents = n - gone + add;
}

/* The document's sentences: out[i] is ss[i] with the boilerplate flag of
 * the line it starts on (ls, n lines; segment splits lines at '\n' as
 * split_lines does, so its line index is ours), and then the pull quotes
 * (above) are marked. One pass over the sentences fills them in and lists
 * the pull-quote candidates and the body's sentences. */
static void sentences_fill(const char *t, const struct seg_sentence *ss, size_t ns,
			   const struct line *ls, size_t n, struct ingest_sentence *out)
{
	/* the candidates (alone in their paragraph, not yet boilerplate) and
	 * the body's sentences, listed without a branch. Paragraphs come in
	 * order: a sentence is alone in its paragraph when its neighbours
	 * belong to others. */
	uint32_t small[2][256];
	uint32_t *cand = ns <= 256 ? small[0] : xmalloc(2 * ns * sizeof *cand);
	uint32_t *body = ns <= 256 ? small[1] : cand + ns;
	size_t nc = 0, nb = 0;
	for (size_t i = 0; i < ns; i++) {
		size_t li = ss[i].line;
		bool boiler = li < n && ls[li].boiler;
		out[i] = (struct ingest_sentence){
			.start = ss[i].start,
			.end = ss[i].end,
			.paragraph = ss[i].paragraph,
			.boilerplate = boiler,
		};
		bool single = (i == 0 || ss[i - 1].paragraph != ss[i].paragraph) &
			      (i + 1 == ns || ss[i + 1].paragraph != ss[i].paragraph);
		bool big = ss[i].end - ss[i].start >= PULL_MIN;
		cand[nc] = body[nb] = (uint32_t)i;
		nc += big & single & !boiler;
		nb += big & !single;
	}
	if (nc && nb) {
		/* the candidates (fewer) in a table, their lengths in a bit set;
		 * each body sentence of a candidate's length looks its text up */
		uint64_t lens[PULL_LENS / 64] = { 0 };
		size_t cap = 16;
		while (cap < 2 * nc)
			cap *= 2;
		struct slot {
			uint32_t h;
			uint32_t idx1; /* the candidate's index + 1; 0: empty */
		} *tab = xcalloc(cap, sizeof *tab);
		for (size_t j = 0; j < nc; j++) {
			size_t i = cand[j];
			size_t len = (ss[i].end - ss[i].start) % PULL_LENS;
			lens[len / 64] |= (uint64_t)1 << (len % 64);
			uint64_t h = pull_key(t, ss[i].start, ss[i].end);
			size_t k = (size_t)h & (cap - 1);
			while (tab[k].idx1)
				k = (k + 1) & (cap - 1);
			tab[k] = (struct slot){(uint32_t)(h >> 32), (uint32_t)(i + 1)};
		}
		for (size_t j = 0; j < nb; j++) {
			size_t i = body[j];
			size_t len = ss[i].end - ss[i].start;
			if (!(lens[len % PULL_LENS / 64] >> (len % 64) & 1))
				continue; /* no candidate is this long */
			uint64_t h = pull_key(t, ss[i].start, ss[i].end);
			for (size_t k = (size_t)h & (cap - 1); tab[k].idx1; k = (k + 1) & (cap - 1)) {
				size_t c = tab[k].idx1 - 1;
				if (tab[k].h == (uint32_t)(h >> 32) && ss[c].end - ss[c].start == len &&
				    memcmp(t + ss[c].start, t + ss[i].start, len) == 0)
					out[c].boilerplate = true;
			}
		}
		free(tab);
	}
	if (cand != small[0])
		free(cand);
}

static enum cc_status ingest_text(const char *raw, size_t len, const char *label,
				  const struct ingest_opts *opts, struct ingest_doc *doc,
				  struct cc_err *err)
{
	memset(doc, 0, sizeof *doc);
	char *text;
	size_t tlen;
	enum cc_status st = text_canonicalize(raw, len, label, &text, &tlen, err);
	if (st != CC_OK)
		return st;
	doc->text = text;
	doc->len = tlen;
	if (!opts || !opts->no_hash)
		sha256_hex(text, tlen, doc->hash);

	struct lines lines;
	split_lines(text, tlen, &lines);
	const struct line *ls = lines.v;
	size_t n = lines.n;
	char *url = NULL;
	classify(text, &lines, &url);

	doc->title = find_title(text, ls, n);
	if (opts && opts->url) {
		free(url);
		doc->url = xstrdup(opts->url);
	} else {
		doc->url = url;
	}
	if (doc->url)
		doc->outlet = outlet_of(doc->url);

	struct cc_date d, wire;
	bool has_wire = false;
	size_t wire_start = 0, wire_end = 0;
	/* the datelines, read also when --date gives the date: a wire's
	 * dateline is boilerplate whatever dates the article */
	{
		const struct line *banner = NULL, *first = NULL;
		size_t looked = 0;
		for (size_t i = 0; i < n && looked < 12; i++) {
			if (ls[i].blank)
				continue;
			looked++;
			if (!ls[i].dateline) {
				/* "SAN JOSE, Calif., March 4, 2025 -- ..." opening
				 * the lead: the wire's dateline, in the text */
				if (!has_wire && !ls[i].boiler &&
				    dateline_wire(text + ls[i].s, ls[i].e - ls[i].s, &wire, &wire_end)) {
					has_wire = true;
					wire_start = ls[i].s;
					wire_end += ls[i].s;
				}
				continue;
			}
			/* a repeated date is the site's banner of the day, but
			 * not one labelled as the article's ("Updated: July
			 * 16, 2024 15:50 IST" printed twice by the page's
			 * template): that is its dateline */
			bool stamp = ls[i].repeated && dateline_is_stamp(text + ls[i].s, ls[i].e - ls[i].s);
			if ((!ls[i].repeated || stamp) && !first)
				first = &ls[i];
			if (ls[i].repeated && !stamp && !banner)
				banner = &ls[i];
		}
		if (opts && opts->date && dateline_parse_iso(opts->date, &d)) {
			dateline_iso(&d, doc->date);
			doc->date_origin = DATE_OPTION;
		} else if (first) {
			dateline_iso(&first->date, doc->date);
			doc->date_origin = DATE_DATELINE;
		} else if (has_wire && wire.year) { /* "LONDON, July 20 (Reuters) -": no year */
			dateline_iso(&wire, doc->date);
			doc->date_origin = DATE_DATELINE;
		} else if (banner) {
			dateline_iso(&banner->date, doc->date);
			doc->date_origin = DATE_BANNER;
		} else if (doc->url && dateline_from_url(doc->url, &d)) {
			dateline_iso(&d, doc->date);
			doc->date_origin = DATE_URL;
		}
	}

	/* sentences, each flagged by the line it starts on; segment is given
	 * the lines' ends (each line's '\n'; the last line has none when the
	 * text does not end in one) so that it need not search for them again */
	struct seg_sentence *ss = NULL;
	size_t ns = segment_text_lines(text, tlen, lines.ends, n, &ss);
	doc->sents = xmalloc((ns + 1) * sizeof *doc->sents);
	sentences_fill(text, ss, ns, ls, n, doc->sents);
	doc->nsents = ns;
	if (has_wire)
		cut_wire(doc, wire_start, wire_end);
	free(ss);
	lines_free(&lines);
	return CC_OK;
}

/* A metadata string as the text is: canonical (NFC, one line), or NULL. */
static char *meta_text(const char *s, const char *label)
{
	char *t = NULL;
	size_t n;
	struct cc_err e = {0};
	if (s && text_canonicalize(s, strlen(s), label, &t, &n, &e) != CC_OK)
		cc_err_clear(&e);
	return t;
}

/* A web page: its text through the text's path, the page's metadata
 * ranked after the options and before what the text gives. */
static enum cc_status ingest_page(const char *raw, size_t len, const char *label,
				  const struct ingest_opts *opts, struct ingest_doc *doc,
				  struct cc_err *err)
{
	memset(doc, 0, sizeof *doc);
	struct html_page pg;
	enum cc_status st = html_extract(raw, len, label, &pg, err);
	if (st != CC_OK)
		return st;
	struct ingest_opts o = opts ? *opts : (struct ingest_opts){0};
	bool meta_date = !o.date && pg.date[0];
	if (meta_date)
		o.date = pg.date;
	if (!o.url && pg.url)
		o.url = pg.url;
	st = ingest_text(pg.text, pg.len, label, &o, doc, err);
	if (st == CC_OK) {
		if (meta_date && doc->date_origin == DATE_OPTION)
			doc->date_origin = DATE_META;
		char *title = meta_text(pg.title, label), *outlet = meta_text(pg.outlet, label);
		if (title) {
			free(doc->title);
			doc->title = title;
		}
		if (outlet) {
			free(doc->outlet);
			doc->outlet = outlet;
		}
	}
	html_page_free(&pg);
	return st;
}

enum cc_status ingest_bytes(const char *raw, size_t len, const char *label,
			    const struct ingest_opts *opts, struct ingest_doc *doc,
			    struct cc_err *err)
{
	enum ingest_format as = opts ? opts->as : INGEST_GUESS;
	bool page = as == INGEST_HTML ? !memchr(raw, '\0', len)
		  : as == INGEST_GUESS && html_sniff(label, raw, len);
	return page ? ingest_page(raw, len, label, opts, doc, err)
		    : ingest_text(raw, len, label, opts, doc, err);
}

void ingest_doc_free(struct ingest_doc *doc)
{
	free(doc->text);
	free(doc->title);
	free(doc->url);
	free(doc->outlet);
	free(doc->sents);
	memset(doc, 0, sizeof *doc);
}
