/* html: a web page's bytes -> the article's text and the page's metadata.
 *
 * Owns: the guess that an input is a page, the parse (libxml2's HTML
 * parser: the browsers' recovery from unclosed tags and stray '<', the
 * declared charset converted to UTF-8, no network, no error printing), the
 * choice of the article's part of the page (itemprop=articleBody, else the
 * <article> with the most text, else <main>, else <body>), what is dropped
 * (script, style, navigation, forms, asides, footers, hidden elements ...),
 * the layout of the blocks as a text article (the title line, a blank line,
 * one paragraph a block; <br> a line break; <pre> kept as written) and the
 * page's own title, canonical URL, publication date and outlet name.
 * Must not: touch the store or curses, print, or exit; boilerplate left in
 * the blocks is ingest's to flag, as for any text.
 */
#include "config.h"

#include "html.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <limits.h>
#include <string.h>

#include "dateline.h"

/* ---- the guess -------------------------------------------------------------- */

static bool ends_with_ci(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n > k && ascii_ieq(s + n - k, suffix);
}

bool html_sniff(const char *name, const char *raw, size_t len)
{
	bool page = name && (ends_with_ci(name, ".html") || ends_with_ci(name, ".htm") ||
			     ends_with_ci(name, ".xhtml"));
	if (!page) {
		size_t i = 0;
		if (len >= 3 && memcmp(raw, "\xEF\xBB\xBF", 3) == 0)
			i = 3;
		while (i < len && (raw[i] == ' ' || raw[i] == '\t' || raw[i] == '\n' ||
				   raw[i] == '\r' || raw[i] == '\f'))
			i++;
		page = ascii_iprefix(raw + i, len - i, "<!doctype html") ||
		       ascii_iprefix(raw + i, len - i, "<html");
	}
	/* binary, or UTF-16: ingest refuses it as it is (a text file is not
	 * scanned here: the guess failed before) */
	return page && !memchr(raw, '\0', len);
}

/* ---- the tree ---------------------------------------------------------------- */

static const char *name_of(const xmlNode *n)
{
	return n->type == XML_ELEMENT_NODE && n->name ? (const char *)n->name : "";
}

static bool is(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && n->name && ascii_ieq((const char *)n->name, name);
}

/* The attribute's value ("" when it has none), or NULL when it is absent. */
static const char *attr(const xmlNode *n, const char *name)
{
	for (const xmlAttr *a = n->properties; a; a = a->next)
		if (a->name && ascii_ieq((const char *)a->name, name))
			return a->children && a->children->content ? (const char *)a->children->content
								   : "";
	return NULL;
}

/* True when the white-space separated list holds the word (ASCII case
 * folded): rel="canonical", itemprop="datePublished", role=... */
static bool has_word(const char *list, const char *word)
{
	if (!list)
		return false;
	size_t k = strlen(word);
	for (const char *p = list; *p;) {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
			p++;
		size_t n = strcspn(p, " \t\n\r\f");
		if (n == k && ascii_ieqn(p, word, k))
			return true;
		p += n;
	}
	return false;
}

/* The next node in document order under top, into n's children when
 * `descend`; NULL at the end. */
static xmlNode *walk_next(xmlNode *n, const xmlNode *top, bool descend)
{
	if (descend && n->children)
		return n->children;
	while (n != top) {
		if (n->next)
			return n->next;
		n = n->parent;
	}
	return NULL;
}

/* Elements whose content is never the article's prose. */
static const char *const dropped_elements[] = {
	"script", "style", "noscript", "template", "svg", "iframe", "form", "button",
	"nav", "footer", "aside", "head", "title", "select", "textarea", "input", "object",
	"embed", "canvas", "audio", "video", "map", "math", "dialog", "link", "meta",
};
/* ARIA roles of the same furniture (a <div role=navigation> is a <nav>). */
static const char *const dropped_roles[] = {
	"navigation", "contentinfo", "complementary", "search", "dialog", "alertdialog",
};

/* True when an inline style hides the element: display:none or
 * visibility:hidden, spaces and case aside. */
static bool style_hides(const char *style)
{
	if (!style)
		return false;
	char sq[256];
	size_t n = 0;
	for (const char *p = style; *p && n + 1 < sizeof sq; p++)
		if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
			sq[n++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
	sq[n] = '\0';
	return strstr(sq, "display:none") || strstr(sq, "visibility:hidden");
}

static bool dropped(const xmlNode *n)
{
	if (n->type != XML_ELEMENT_NODE)
		return n->type != XML_TEXT_NODE && n->type != XML_CDATA_SECTION_NODE &&
		       n->type != XML_ENTITY_REF_NODE;
	const char *nm = name_of(n);
	for (size_t i = 0; i < CC_ARRAY_LEN(dropped_elements); i++)
		if (ascii_ieq(nm, dropped_elements[i]))
			return true;
	if (attr(n, "hidden"))
		return true;
	const char *aria = attr(n, "aria-hidden");
	if (aria && ascii_ieq(aria, "true"))
		return true;
	const char *role = attr(n, "role");
	for (size_t i = 0; role && i < CC_ARRAY_LEN(dropped_roles); i++)
		if (has_word(role, dropped_roles[i]))
			return true;
	return style_hides(attr(n, "style"));
}

/* Elements that end the line of text before them and start a block. */
static const char *const block_elements[] = {
	"address", "article", "blockquote", "body", "caption", "center", "dd", "details",
	"dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4",
	"h5", "h6", "header", "hgroup", "hr", "li", "listing", "main", "menu", "ol", "p",
	"pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
	"ul", "legend", "xmp", "plaintext", "html",
};

static bool is_block(const xmlNode *n)
{
	if (n->type != XML_ELEMENT_NODE)
		return false;
	const char *nm = name_of(n);
	for (size_t i = 0; i < CC_ARRAY_LEN(block_elements); i++)
		if (ascii_ieq(nm, block_elements[i]))
			return true;
	return false;
}

/* ---- blocks of text ---------------------------------------------------------- */

/* What windows-1252 puts at 0x80..0x9F, where ISO-8859-1 (which libxml2
 * reads a page declaring it, or one with no charset that is not UTF-8, as)
 * has C1 controls; browsers read both so. 0: undefined there, dropped. */
static const unsigned short cp1252_c1[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

struct blocks {
	struct buf out;    /* the text so far: blocks parted by a blank line */
	struct buf cur;    /* the block being read */
	bool space;        /* white space seen since the last character */
	int pre;           /* inside how many <pre> */
	const char *skip;  /* the title line: the first block equal to it is not repeated */
	bool skipped;
	size_t nblocks;    /* blocks written after the title line */
	char time[11];     /* the first <time datetime> read, "YYYY-MM-DD" */
};

static void blocks_init(struct blocks *b)
{
	memset(b, 0, sizeof *b);
	buf_init(&b->out);
	buf_init(&b->cur);
}

static void put_utf8(struct buf *b, unsigned cp)
{
	char u[3];
	if (cp < 0x800) {
		u[0] = (char)(0xC0 | cp >> 6);
		u[1] = (char)(0x80 | (cp & 0x3F));
		buf_add(b, u, 2);
	} else {
		u[0] = (char)(0xE0 | cp >> 12);
		u[1] = (char)(0x80 | (cp >> 6 & 0x3F));
		u[2] = (char)(0x80 | (cp & 0x3F));
		buf_add(b, u, 3);
	}
}

/* Adds a text node's characters: outside <pre>, runs of white space (and
 * no-break spaces) become one space; control characters count as white
 * space; C1 controls are read as windows-1252. */
static void add_text(struct blocks *b, const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; u[i]; i++) {
		unsigned char c = u[i];
		bool ws = c < 0x20 || c == ' ' || c == 0x7F;
		if (c == 0xC2 && u[i + 1] == 0xA0) {
			ws = true;
			i++;
		}
		if (ws) {
			if (b->pre && (c == '\n' || c == '\t' || c == ' ' || c == 0xC2))
				buf_addc(&b->cur, c == 0xC2 ? ' ' : (char)c);
			else if (!b->pre)
				b->space = true;
			continue;
		}
		if (b->space && b->cur.len && b->cur.data[b->cur.len - 1] != '\n')
			buf_addc(&b->cur, ' ');
		b->space = false;
		if (c == 0xC2 && u[i + 1] >= 0x80 && u[i + 1] <= 0x9F) {
			unsigned cp = cp1252_c1[u[i + 1] - 0x80];
			if (cp)
				put_utf8(&b->cur, cp);
			i++;
			continue;
		}
		buf_addc(&b->cur, (char)c);
	}
}

static void line_break(struct blocks *b)
{
	buf_addc(&b->cur, '\n');
	b->space = false;
}

/* Ends the block being read: its lines trimmed (outside <pre> of both ends,
 * inside of the right), an empty line between two lines kept as a paragraph
 * break, and the block written after a blank line. */
static void flush(struct blocks *b)
{
	b->space = false;
	if (!b->cur.len)
		return;
	struct buf t;
	buf_init(&t);
	const char *p = b->cur.data, *end = p + b->cur.len;
	bool gap = false;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *e = nl ? nl : end;
		const char *s = p;
		if (!b->pre)
			while (s < e && (*s == ' ' || *s == '\t'))
				s++;
		while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
			e--;
		if (e == s) {
			gap = t.len > 0;
		} else {
			if (t.len)
				buf_adds(&t, gap ? "\n\n" : "\n");
			buf_add(&t, s, (size_t)(e - s));
			gap = false;
		}
		p = nl ? nl + 1 : end;
	}
	buf_clear(&b->cur);
	if (t.len) {
		if (b->skip && !b->skipped && t.len == strlen(b->skip) && memcmp(t.data, b->skip, t.len) == 0) {
			b->skipped = true;
		} else {
			if (b->out.len)
				buf_adds(&b->out, "\n\n");
			buf_add(&b->out, t.data, t.len);
			b->nblocks++;
		}
	}
	buf_free(&t);
}

/* The date that starts s ("2025-03-04", "2025-03-04T09:30:00-05:00") into
 * out, checked; false when s does not start with one. */
static bool iso_date_prefix(const char *s, char out[11])
{
	if (!s)
		return false;
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	if (strlen(s) < 10 || (s[10] >= '0' && s[10] <= '9'))
		return false;
	char d[11];
	memcpy(d, s, 10);
	d[10] = '\0';
	struct cc_date cd;
	if (!dateline_parse_iso(d, &cd))
		return false;
	memcpy(out, d, 11);
	return true;
}

/* Elements whose text keeps its lines and spaces as written. */
static bool keeps_lines(const xmlNode *n)
{
	return is(n, "pre") || is(n, "listing") || is(n, "xmp") || is(n, "plaintext");
}

enum visit { VISIT_SKIP, VISIT_LEAF, VISIT_INTO };

static enum visit enter(struct blocks *b, const xmlNode *n)
{
	if (dropped(n))
		return VISIT_SKIP;
	if (n->type != XML_ELEMENT_NODE) {
		if (n->content)
			add_text(b, (const char *)n->content);
		return VISIT_LEAF;
	}
	if (is(n, "br")) {
		line_break(b);
		return VISIT_LEAF;
	}
	if (is(n, "time") && !b->time[0])
		iso_date_prefix(attr(n, "datetime"), b->time);
	if (is_block(n))
		flush(b);
	if (keeps_lines(n))
		b->pre++;
	return VISIT_INTO;
}

static void leave(struct blocks *b, const xmlNode *n)
{
	if (is_block(n))
		flush(b);
	if (keeps_lines(n))
		b->pre--;
}

/* Reads the blocks of top's subtree into b. */
static void read_blocks(struct blocks *b, xmlNode *top)
{
	xmlNode *n = top;
	for (;;) {
		enum visit v = enter(b, n);
		if (v == VISIT_INTO && n->children) {
			n = n->children;
			continue;
		}
		if (v != VISIT_SKIP)
			leave(b, n);
		while (n != top && !n->next) {
			n = n->parent;
			leave(b, n);
		}
		if (n == top)
			break;
		n = n->next;
	}
	flush(b);
}

static void blocks_free(struct blocks *b)
{
	buf_free(&b->out);
	buf_free(&b->cur);
}

/* The text of a subtree on one line (a headline's), or NULL when empty. */
static char *node_line(xmlNode *n, size_t *len_out)
{
	struct blocks b;
	blocks_init(&b);
	read_blocks(&b, n);
	char *s = NULL;
	if (b.out.len) {
		for (size_t i = 0; i < b.out.len; i++)
			if (b.out.data[i] == '\n')
				b.out.data[i] = ' ';
		/* "\n\n" became two spaces: squeeze them */
		size_t k = 0;
		for (size_t i = 0; i < b.out.len; i++)
			if (!(b.out.data[i] == ' ' && k && b.out.data[k - 1] == ' '))
				b.out.data[k++] = b.out.data[i];
		s = xstrndup(b.out.data, k);
	}
	if (len_out)
		*len_out = s ? strlen(s) : 0;
	blocks_free(&b);
	return s;
}

/* A metadata value (an attribute) on one line, spaces squeezed; NULL when
 * blank. */
static char *squeeze(const char *s)
{
	if (!s)
		return NULL;
	struct blocks b;
	blocks_init(&b);
	add_text(&b, s);
	char *r = b.cur.len ? xstrndup(b.cur.data, b.cur.len) : NULL;
	blocks_free(&b);
	return r;
}

/* ---- the page's metadata ------------------------------------------------------- */

struct meta {
	char *title_tag, *og_title, *canonical, *og_url, *site;
	char published[11]; /* article:published_time */
	char itemprop[11];  /* itemprop=datePublished */
	char jsonld[11];    /* "datePublished" in JSON-LD */
	char named[11];     /* <meta name=date|pubdate|dc.date ...> */
	xmlNode *body, *main, *article_body;
	xmlNode *articles[64];
	size_t narticles;
};

static void set_once(char **slot, const char *v)
{
	if (!*slot)
		*slot = squeeze(v);
}

static bool absolute_url(const char *u)
{
	return u && (ascii_iprefix(u, strlen(u), "http://") || ascii_iprefix(u, strlen(u), "https://"));
}

/* "datePublished": "2025-03-04..." in a JSON-LD script. */
static void jsonld_date(const char *s, char out[11])
{
	for (const char *p = s; (p = strstr(p, "\"datePublished\"")) != NULL;) {
		p += strlen("\"datePublished\"");
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		if (*p != ':')
			continue;
		p++;
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		if (*p == '"' && iso_date_prefix(p + 1, out))
			return;
	}
}

/* True when n or an element around it is dropped. */
static bool inside_dropped(const xmlNode *n)
{
	for (; n && n->type == XML_ELEMENT_NODE; n = n->parent)
		if (dropped(n))
			return true;
	return false;
}

static void read_meta(struct meta *m, xmlNode *top)
{
	for (xmlNode *n = top; n;) {
		bool descend = true;
		if (n->type == XML_ELEMENT_NODE) {
			const char *ip = attr(n, "itemprop");
			if (is(n, "meta")) {
				const char *key = attr(n, "property");
				if (!key)
					key = attr(n, "name");
				const char *content = attr(n, "content");
				if (key && content) {
					if (ascii_ieq(key, "og:title"))
						set_once(&m->og_title, content);
					else if (ascii_ieq(key, "og:url"))
						set_once(&m->og_url, content);
					else if (ascii_ieq(key, "og:site_name") ||
						 ascii_ieq(key, "application-name"))
						set_once(&m->site, content);
					else if ((ascii_ieq(key, "article:published_time") ||
						  ascii_ieq(key, "og:article:published_time")) &&
						 !m->published[0])
						iso_date_prefix(content, m->published);
					else if ((ascii_ieq(key, "date") || ascii_ieq(key, "pubdate") ||
						  ascii_ieq(key, "publishdate") ||
						  ascii_ieq(key, "publish-date") ||
						  ascii_ieq(key, "dc.date") || ascii_ieq(key, "dc.date.issued") ||
						  ascii_ieq(key, "dcterms.date") ||
						  ascii_ieq(key, "dcterms.issued")) &&
						 !m->named[0])
						iso_date_prefix(content, m->named);
				}
			} else if (is(n, "title")) {
				if (!m->title_tag && n->children)
					m->title_tag = node_line(n->children, NULL);
				descend = false;
			} else if (is(n, "link")) {
				const char *href = attr(n, "href");
				if (has_word(attr(n, "rel"), "canonical") && absolute_url(href))
					set_once(&m->canonical, href);
			} else if (is(n, "script")) {
				const char *type = attr(n, "type");
				if (type && ascii_ieq(type, "application/ld+json") && !m->jsonld[0])
					for (xmlNode *c = n->children; c && !m->jsonld[0]; c = c->next)
						if (c->content)
							jsonld_date((const char *)c->content, m->jsonld);
				descend = false;
			} else if (is(n, "body") && !m->body) {
				m->body = n;
			}
			if (has_word(ip, "datePublished") && !m->itemprop[0]) {
				if (!iso_date_prefix(attr(n, "content"), m->itemprop) &&
				    !iso_date_prefix(attr(n, "datetime"), m->itemprop) && n->children) {
					char *t = node_line(n, NULL);
					iso_date_prefix(t, m->itemprop);
					free(t);
				}
			}
			/* where the article may be: not inside what is dropped */
			if (has_word(ip, "articleBody")) {
				if (!m->article_body && !inside_dropped(n))
					m->article_body = n;
			} else if (is(n, "article")) {
				if (m->narticles < CC_ARRAY_LEN(m->articles) && !inside_dropped(n))
					m->articles[m->narticles++] = n;
			} else if (is(n, "main") && !m->main && !inside_dropped(n)) {
				m->main = n;
			}
		}
		n = walk_next(n, top, descend);
	}
}

static void meta_free(struct meta *m)
{
	free(m->title_tag);
	free(m->og_title);
	free(m->canonical);
	free(m->og_url);
	free(m->site);
}

/* "Headline | The Outlet", "Headline - The Outlet": the headline, when the
 * tail is the outlet's name; else the whole title. */
static char *title_without_site(char *t, const char *site)
{
	if (!t || !site)
		return t;
	static const char *const seps[] = {" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00B7 "};
	size_t n = strlen(t), k = strlen(site);
	for (size_t i = 0; i < CC_ARRAY_LEN(seps); i++) {
		size_t sl = strlen(seps[i]);
		if (n > k + sl && ascii_ieq(t + n - k, site) && memcmp(t + n - k - sl, seps[i], sl) == 0) {
			t[n - k - sl] = '\0';
			break;
		}
	}
	return t;
}

/* ---- the page ------------------------------------------------------------------ */

static void quiet(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

static void quiet_structured(void *ctx, xmlErrorPtr e)
{
	(void)ctx;
	(void)e;
}

static void parser_init(void)
{
	xmlInitParser();
}
static cc_once_flag parser_once = CC_ONCE_INIT;

void html_init(void)
{
	cc_once(&parser_once, parser_init);
}

/* The length of the text of a subtree, as read_blocks reads it. */
static size_t text_len(xmlNode *n)
{
	struct blocks b;
	blocks_init(&b);
	read_blocks(&b, n);
	size_t len = b.out.len;
	blocks_free(&b);
	return len;
}

enum cc_status html_extract(const char *raw, size_t len, const char *label,
			    struct html_page *page, struct cc_err *err)
{
	memset(page, 0, sizeof *page);
	html_init();
	/* this thread's handlers: libxml2 prints nothing of ours */
	xmlSetGenericErrorFunc(NULL, quiet);
	xmlSetStructuredErrorFunc(NULL, quiet_structured);
	if (len > INT_MAX)
		return cc_err_set(err, CC_ERR_INPUT, "%s: too big to be read as HTML", label);
	htmlDocPtr doc = htmlReadMemory(raw, (int)len, NULL, NULL,
					HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
						HTML_PARSE_NONET | HTML_PARSE_COMPACT);
	xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
	if (!root) {
		if (doc)
			xmlFreeDoc(doc);
		return cc_err_set(err, CC_ERR_INPUT, "%s: no article text found in the HTML", label);
	}

	struct meta m = {0};
	read_meta(&m, root);

	/* the article's part of the page: the first that has text */
	xmlNode *best = NULL;
	if (m.article_body && text_len(m.article_body))
		best = m.article_body;
	size_t most = 0;
	xmlNode *longest = NULL;
	for (size_t i = 0; i < m.narticles && !best; i++) {
		size_t l = text_len(m.articles[i]);
		if (l > most) {
			most = l;
			longest = m.articles[i];
		}
	}
	if (!best)
		best = longest;
	if (!best && m.main && text_len(m.main))
		best = m.main;
	if (!best)
		best = m.body ? m.body : root;

	/* the headline: the article's first h1, else the page's title */
	char *title = NULL;
	for (xmlNode *n = best; n && !title;) {
		bool descend = !dropped(n) || n == best;
		if (descend && is(n, "h1"))
			title = node_line(n, NULL);
		n = walk_next(n, best, descend);
	}
	if (!title)
		title = title_without_site(m.og_title ? xstrdup(m.og_title) : NULL, m.site);
	if (!title)
		title = title_without_site(m.title_tag ? xstrdup(m.title_tag) : NULL, m.site);

	struct blocks b;
	blocks_init(&b);
	if (title) {
		buf_adds(&b.out, title);
		b.skip = title;
	}
	read_blocks(&b, best);

	enum cc_status st = CC_OK;
	if (!b.nblocks) {
		st = cc_err_set(err, CC_ERR_INPUT, "%s: no article text found in the HTML", label);
		free(title);
		blocks_free(&b);
	} else {
		buf_addc(&b.out, '\n');
		page->len = b.out.len;
		page->text = buf_steal(&b.out);
		blocks_free(&b);
		page->title = title;
		if (m.canonical)
			page->url = xstrdup(m.canonical);
		else if (absolute_url(m.og_url))
			page->url = xstrdup(m.og_url);
		page->outlet = m.site ? xstrdup(m.site) : NULL;
		const char *d = m.published[0] ? m.published
			      : m.itemprop[0]  ? m.itemprop
			      : m.jsonld[0]    ? m.jsonld
			      : m.named[0]     ? m.named
					       : b.time;
		memcpy(page->date, d, 11);
	}
	meta_free(&m);
	xmlFreeDoc(doc);
	return st;
}

void html_page_free(struct html_page *page)
{
	free(page->text);
	free(page->title);
	free(page->url);
	free(page->outlet);
	memset(page, 0, sizeof *page);
}
