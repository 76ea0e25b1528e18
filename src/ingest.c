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
#include "segment.h"
#include "sha256.h"
#include "text.h"

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

struct line {
	size_t s, e;   /* trimmed span of the line */
	size_t raw_s;  /* start of the line before trimming */
	bool blank;
	bool boiler;
	bool dateline;
	bool repeated;
	bool last_copy; /* the last occurrence of a repeated line */
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

static size_t split_lines(const char *t, size_t len, struct line **out)
{
	size_t cap = 0, n = 0;
	struct line *v = NULL;
	size_t i = 0;
	while (i < len || (i == len && n == 0)) {
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
		v = xgrow(v, &cap, n + 1, sizeof *v);
		v[n++] = (struct line){.s = s, .e = te, .raw_s = i, .blank = s == te};
		if (!nl)
			break;
		i = e + 1;
	}
	*out = v;
	return n;
}

/* The line reduced to its words for matching: bullets, dashes and
 * punctuation stripped from both ends, ASCII lower-cased, inner runs of
 * space collapsed. Returns a newly allocated string. */
#define KEY_CAP 80 /* longer than every marker and prefix below */

/* Builds the key into out (at most cap bytes + NUL); returns its length,
 * and sets *cut when the line had more to give. */
static size_t line_key_into(const char *t, const struct line *l, char *out, size_t cap, bool *cut)
{
	size_t s = l->s, e = l->e, n = 0;
	*cut = false;
	/* strip leading non-alphanumeric ASCII and common bullets/dashes */
	for (;;) {
		if (s < e && strchr("-*#>|~=_+.:;,!?\"'()[] \t", t[s]) != NULL) {
			s++;
		} else if (e - s >= 3 && (unsigned char)t[s] == 0xE2 && (unsigned char)t[s + 1] == 0x80 &&
			   ((unsigned char)t[s + 2] == 0xA2 || (unsigned char)t[s + 2] == 0x93 ||
			    (unsigned char)t[s + 2] == 0x94 || (unsigned char)t[s + 2] == 0x9C)) {
			s += 3; /* • – — “ */
		} else if (e - s >= 2 && (unsigned char)t[s] == 0xC2 && (unsigned char)t[s + 1] == 0xB7) {
			s += 2; /* · */
		} else {
			break;
		}
	}
	while (e > s && strchr("-*#>|~=_+. \t", t[e - 1]) != NULL)
		e--;
	bool space = false;
	for (size_t i = s; i < e; i++) {
		char c = t[i];
		if (c == ' ' || c == '\t') {
			space = true;
			continue;
		}
		if (n + 3 > cap) { /* room for a space, the byte and the NUL */
			*cut = true;
			break;
		}
		if (space && n)
			out[n++] = ' ';
		space = false;
		out[n++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
	}
	out[n] = '\0';
	return n;
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

static bool key_in(const char *key, const char *const *list, size_t n, bool prefix)
{
	size_t kl = strlen(key);
	for (size_t i = 0; i < n; i++) {
		if (list[i][0] != key[0]) /* every entry is non-empty */
			continue;
		size_t pl = strlen(list[i]);
		if (prefix ? (kl >= pl && memcmp(key, list[i], pl) == 0 &&
			      (kl == pl || !((key[pl] >= 'a' && key[pl] <= 'z') || (key[pl] >= '0' && key[pl] <= '9'))))
			   : (kl == pl && memcmp(key, list[i], pl) == 0))
			return true;
	}
	return false;
}

static bool ends_sentence(const char *t, const struct line *l)
{
	if (l->e == l->s)
		return false;
	size_t e = l->e;
	/* skip closing quotes and brackets */
	while (e > l->s) {
		unsigned char c = (unsigned char)t[e - 1];
		if (c == '"' || c == '\'' || c == ')' || c == ']') {
			e--;
		} else if (e - l->s >= 3 && (unsigned char)t[e - 3] == 0xE2 && (unsigned char)t[e - 2] == 0x80 &&
			   ((unsigned char)t[e - 1] == 0x9D || (unsigned char)t[e - 1] == 0x99)) {
			e -= 3;
		} else {
			break;
		}
	}
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

static bool is_byline(const char *t, const struct line *l)
{
	size_t len = l->e - l->s;
	if (len < 4 || len > 80 || !ascii_iprefix(t + l->s, len, "by "))
		return false;
	if (ends_sentence(t, l))
		return false;
	return count_words(t, l->s, l->e) <= 6;
}

struct line_hash {
	uint64_t h;
	size_t idx;
};

static int cmp_line_hash(const void *a, const void *b)
{
	const struct line_hash *x = a, *y = b;
	if (x->h != y->h)
		return x->h < y->h ? -1 : 1;
	return x->idx < y->idx ? -1 : (x->idx > y->idx);
}

static uint64_t fnv1a(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

/* Marks lines that occur more than once (exact trimmed text). */
static void mark_repeats(const char *t, struct line *ls, size_t n)
{
	struct line_hash *hs = xmalloc((n ? n : 1) * sizeof *hs);
	size_t m = 0;
	for (size_t i = 0; i < n; i++)
		if (!ls[i].blank)
			hs[m++] = (struct line_hash){fnv1a(t + ls[i].s, ls[i].e - ls[i].s), i};
	qsort(hs, m, sizeof *hs, cmp_line_hash);
	for (size_t i = 0; i < m;) {
		size_t j = i + 1;
		while (j < m && hs[j].h == hs[i].h)
			j++;
		/* within one hash group, compare texts pairwise against the first
		 * (collisions are rare; an unequal line just stays unmarked) */
		for (size_t a = i; a < j; a++) {
			const struct line *la = &ls[hs[a].idx];
			for (size_t b = a + 1; b < j && b < a + 64; b++) {
				const struct line *lb = &ls[hs[b].idx];
				if (la->e - la->s == lb->e - lb->s &&
				    memcmp(t + la->s, t + lb->s, la->e - la->s) == 0) {
					ls[hs[a].idx].repeated = true;
					ls[hs[b].idx].repeated = true;
				}
			}
		}
		/* the last copy in text order of each repeated text */
		size_t last = SIZE_MAX;
		for (size_t a = i; a < j; a++)
			if (ls[hs[a].idx].repeated)
				last = hs[a].idx;
		if (last != SIZE_MAX)
			ls[last].last_copy = true;
		i = j;
	}
	free(hs);
}

/* Long repeated lines are pull quotes: only the last copy is the article's. */
#define SHORT_LINE 100

static void classify(const char *t, struct line *ls, size_t n, char **url)
{
	mark_repeats(t, ls, n);
	size_t nonblank = 0;
	for (size_t i = 0; i < n; i++)
		nonblank += !ls[i].blank;

	size_t seen = 0;             /* non-blank lines before this one */
	size_t tail_from = SIZE_MAX; /* index from which the page tail is furniture */
	for (size_t i = 0; i < n; i++) {
		struct line *l = &ls[i];
		if (l->blank)
			continue;
		size_t len = l->e - l->s;
		/* the markers and prefixes are short: a short key answers them;
		 * a line past 200 bytes can only be a URL line (prompts, datelines
		 * and bylines are shorter), so its key need only show "http" */
		char kbuf[KEY_CAP + 1];
		bool cut;
		line_key_into(t, l, kbuf, len > 200 ? 16 : sizeof kbuf, &cut);
		char *whole = NULL, *key = kbuf;
		if (cut && (strncmp(kbuf, "http", 4) == 0 || strncmp(kbuf, "source:", 7) == 0))
			key = whole = line_key(t, l); /* a long URL line: all of it */
		bool boiler = false;
		char *u = NULL;
		if (key[0] == '\0') {
			boiler = true; /* a line of dashes, stars or bullets only */
		} else if ((!cut || key == whole) &&
			   key_in(key, marker_lines, CC_ARRAY_LEN(marker_lines), false)) {
			boiler = true;
		} else if (len <= 200 && key_in(key, prompt_prefixes, CC_ARRAY_LEN(prompt_prefixes), true)) {
			boiler = true;
			bool later = seen * 2 >= nonblank;
			if (later && key_in(key, list_headers, CC_ARRAY_LEN(list_headers), true) &&
			    tail_from == SIZE_MAX)
				tail_from = i + 1;
			/* a pitch in the last quarter: what little follows is its copy */
			if (seen * 4 >= nonblank * 3 && nonblank - seen <= 4 && tail_from == SIZE_MAX &&
			    key_in(key, pitch_prefixes, CC_ARRAY_LEN(pitch_prefixes), true))
				tail_from = i + 1;
		} else if (is_url_line(key, &u)) {
			boiler = true;
			if (!*url) {
				/* take the URL from the original text (key is lower-cased) */
				size_t off = (size_t)(u - key);
				const char *orig = t + l->s;
				const char *h = strstr(orig, "http");
				(void)off;
				if (h && (size_t)(h - orig) < len)
					*url = xstrndup(h, len - (size_t)(h - orig));
			}
		} else if (dateline_is_line(t + l->s, len, &l->date)) {
			boiler = true;
			l->dateline = true;
		} else if (is_byline(t, l)) {
			boiler = true;
		} else if (l->repeated && (len <= SHORT_LINE || !l->last_copy)) {
			boiler = true;
		}
		if (tail_from != SIZE_MAX && i >= tail_from)
			boiler = true;
		l->boiler = boiler;
		free(whole);
		seen++;
	}
}

bool *ingest_boilerplate_lines(const char *text, size_t len, size_t *nlines)
{
	struct line *ls;
	size_t n = split_lines(text, len, &ls);
	char *url = NULL;
	classify(text, ls, n, &url);
	free(url);
	bool *v = xmalloc((n ? n : 1) * sizeof *v);
	for (size_t i = 0; i < n; i++)
		v[i] = ls[i].boiler;
	free(ls);
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
	case DATE_NONE: break;
	}
	return "none";
}

/* ---- the whole document ----------------------------------------------------- */

enum cc_status ingest_bytes(const char *raw, size_t len, const char *label,
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

	struct line *ls;
	size_t n = split_lines(text, tlen, &ls);
	char *url = NULL;
	classify(text, ls, n, &url);

	doc->title = find_title(text, ls, n);
	if (opts && opts->url) {
		free(url);
		doc->url = xstrdup(opts->url);
	} else {
		doc->url = url;
	}
	if (doc->url)
		doc->outlet = outlet_of(doc->url);

	struct cc_date d;
	if (opts && opts->date && dateline_parse_iso(opts->date, &d)) {
		dateline_iso(&d, doc->date);
		doc->date_origin = DATE_OPTION;
	} else {
		const struct line *banner = NULL, *first = NULL;
		size_t looked = 0;
		for (size_t i = 0; i < n && looked < 12; i++) {
			if (ls[i].blank)
				continue;
			looked++;
			if (!ls[i].dateline)
				continue;
			if (!ls[i].repeated && !first)
				first = &ls[i];
			if (ls[i].repeated && !banner)
				banner = &ls[i];
		}
		if (first) {
			dateline_iso(&first->date, doc->date);
			doc->date_origin = DATE_DATELINE;
		} else if (banner) {
			dateline_iso(&banner->date, doc->date);
			doc->date_origin = DATE_BANNER;
		} else if (doc->url && dateline_from_url(doc->url, &d)) {
			dateline_iso(&d, doc->date);
			doc->date_origin = DATE_URL;
		}
	}

	/* sentences, each flagged by the line it starts on */
	struct seg_sentence *ss = NULL;
	size_t ns = segment_text(text, tlen, &ss);
	doc->sents = xmalloc((ns ? ns : 1) * sizeof *doc->sents);
	size_t li = 0;
	for (size_t i = 0; i < ns; i++) {
		while (li + 1 < n && ls[li + 1].raw_s <= ss[i].start)
			li++;
		doc->sents[i] = (struct ingest_sentence){
			.start = ss[i].start,
			.end = ss[i].end,
			.paragraph = ss[i].paragraph,
			.boilerplate = li < n && ls[li].boiler,
		};
	}
	doc->nsents = ns;
	free(ss);
	free(ls);
	return CC_OK;
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
