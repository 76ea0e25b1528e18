/* export: the export formats, each a writer behind one sink interface, and
 * the reader of a json export for import (see export.h).
 *
 * Owns: the byte layout of json, jsonl, csv, markdown, wadm and claimreview
 * output, and the checks an import file passes before it may reach a store.
 * Must not: run SQL, print to the terminal, or exit; untrusted article and
 * reviewer text is escaped here for the format it goes into (JSON by
 * jansson, CSV and Markdown by text_sanitize plus their own quoting).
 */
#include "config.h"

#include "export.h"
#include "standalone.h"

#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistr.h>

#include "dateline.h"
#include "jsonw.h"
#include "mention.h"
#include "sha256.h"
#include "text.h"

/* ---- small maps ------------------------------------------------------------ */

static const char *const format_names[] = {
	[EXPORT_JSON] = "json",   [EXPORT_JSONL] = "jsonl", [EXPORT_CSV] = "csv",
	[EXPORT_MARKDOWN] = "markdown", [EXPORT_WADM] = "wadm", [EXPORT_CLAIMREVIEW] = "claimreview",
};

bool export_format_parse(const char *s, enum export_format *f)
{
	for (size_t i = 0; i < CC_ARRAY_LEN(format_names); i++)
		if (s && strcmp(s, format_names[i]) == 0) {
			*f = (enum export_format)i;
			return true;
		}
	return false;
}

const char *export_format_name(enum export_format f)
{
	return (size_t)f < CC_ARRAY_LEN(format_names) ? format_names[f] : "?";
}

const char *const export_verdicts[4] = {"true", "false", "misleading", "unverifiable"};

int export_verdict_index(const char *verdict)
{
	for (int i = 0; verdict && i < 4; i++)
		if (strcmp(verdict, export_verdicts[i]) == 0)
			return i;
	return -1;
}

const char *export_fever_label(const char *verdict)
{
	switch (export_verdict_index(verdict)) {
	case 0: return "SUPPORTS";
	case 1:
	case 2: return "REFUTES";
	case 3: return "NOT ENOUGH INFO";
	default: return NULL;
	}
}

int export_rating_value(const char *verdict)
{
	switch (export_verdict_index(verdict)) {
	case 0: return 3;
	case 1: return 1;
	case 2: return 2;
	default: return 0;
	}
}

void export_kappa(const size_t m[4][4], struct export_kappa *out)
{
	size_t rows[4] = {0}, cols[4] = {0}, n = 0, agree = 0;
	for (int i = 0; i < 4; i++)
		for (int j = 0; j < 4; j++) {
			rows[i] += m[i][j];
			cols[j] += m[i][j];
			n += m[i][j];
			if (i == j)
				agree += m[i][j];
		}
	*out = (struct export_kappa){.n = n, .agree = agree};
	if (!n)
		return;
	out->observed = (double)agree / (double)n;
	double pe = 0;
	for (int k = 0; k < 4; k++)
		pe += ((double)rows[k] / (double)n) * ((double)cols[k] / (double)n);
	out->expected = pe;
	if (pe < 1.0 - 1e-12) {
		out->kappa = (out->observed - pe) / (1.0 - pe);
		out->defined = true;
	}
}

/* Reads YYYY-MM-DDTHH:MM:SS[.fraction]Z into f (year, month, day, hour,
 * minute, second) and the fraction's first three digits, zero-padded,
 * into ms; false unless it is a real date and time of day (a leap second
 * :60 is one). */
static bool time_parse(const char *s, int f[6], char ms[4])
{
	static const char shape[] = "dddd-dd-ddTdd:dd:dd";
	if (!s)
		return false;
	size_t i = 0;
	int k = 0, v = 0;
	for (; shape[i]; i++) {
		char c = s[i];
		if (shape[i] == 'd') {
			if (!(c >= '0' && c <= '9'))
				return false;
			v = v * 10 + (c - '0');
		} else {
			if (c != shape[i])
				return false;
			f[k++] = v;
			v = 0;
		}
	}
	f[k] = v;
	memcpy(ms, "000", 4);
	if (s[i] == '.') {
		size_t d = ++i;
		while (s[i] >= '0' && s[i] <= '9') {
			if (i - d < 3)
				ms[i - d] = s[i];
			i++;
		}
		if (i == d)
			return false;
	}
	if (s[i] != 'Z' || s[i + 1] != '\0')
		return false;
	static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int y = f[0], m = f[1], d = f[2];
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1] || (m == 2 && d == 29 && !leap))
		return false;
	return f[3] <= 23 && f[4] <= 59 && f[5] <= 60;
}

bool export_time_valid(const char *s)
{
	int f[6];
	char ms[4];
	return time_parse(s, f, ms);
}

bool export_time_normalize(const char *s, char out[EXPORT_TIME_LEN + 1])
{
	int f[6];
	char ms[4];
	if (!time_parse(s, f, ms))
		return false;
	snprintf(out, EXPORT_TIME_LEN + 1, "%04d-%02d-%02dT%02d:%02d:%02d.%sZ", f[0], f[1], f[2],
		 f[3], f[4], f[5], ms);
	return true;
}

bool export_tag_valid(const char *t)
{
	if (!t || !*t || strlen(t) > 64)
		return false;
	for (const char *p = t; *p; p++)
		if (*p == ',' || (unsigned char)*p < 0x20 || *p == 0x7f)
			return false;
	return true;
}

/* ---- offsets and quote context ---------------------------------------------- */

void export_cp_cursor_init(struct export_cp_cursor *c, const char *text, size_t len)
{
	*c = (struct export_cp_cursor){.text = text, .len = len};
}

size_t export_cp_at(struct export_cp_cursor *c, size_t byte)
{
	if (byte > c->len)
		byte = c->len;
	if (byte < c->byte) {
		c->byte = 0;
		c->cp = 0;
	}
	c->cp += text_cp_count(c->text + c->byte, byte - c->byte);
	c->byte = byte;
	return c->cp;
}

void export_quote_context(const char *text, size_t len, size_t start, size_t end, size_t ncp,
			  size_t *pre, size_t *post)
{
	const uint8_t *s = (const uint8_t *)text;
	if (end > len)
		end = len;
	if (start > end)
		start = end;
	const uint8_t *p = s + start;
	for (size_t k = 0; k < ncp && p > s; k++) {
		ucs4_t uc;
		const uint8_t *q = u8_prev(&uc, p, s);
		p = q ? q : p - 1; /* an invalid byte counts as one */
	}
	*pre = (size_t)(p - s);
	p = s + end;
	const uint8_t *e = s + len;
	for (size_t k = 0; k < ncp && p < e; k++) {
		int n = u8_mblen(p, (size_t)(e - p));
		p += n > 0 ? n : 1;
	}
	*post = (size_t)(p - s);
}

/* ---- escaping ------------------------------------------------------------------ */

void export_csv_field(struct buf *out, const char *s, size_t len)
{
	struct buf b;
	buf_init(&b);
	if (s && len)
		text_sanitize(s, len, true, &b);
	bool inject = b.len && strchr("=+-@\t\r", b.data[0]) != NULL;
	bool quote = false;
	for (size_t i = 0; i < b.len && !quote; i++)
		quote = b.data[i] == ',' || b.data[i] == '"' || b.data[i] == '\n' || b.data[i] == '\r';
	if (quote)
		buf_addc(out, '"');
	if (inject)
		buf_addc(out, '\'');
	for (size_t i = 0; i < b.len; i++) {
		if (b.data[i] == '"')
			buf_addc(out, '"');
		buf_addc(out, b.data[i]);
	}
	if (quote)
		buf_addc(out, '"');
	buf_free(&b);
}

void export_md_text(struct buf *out, const char *s, size_t len)
{
	struct buf b;
	buf_init(&b);
	if (s && len)
		text_sanitize(s, len, false, &b);
	for (size_t i = 0; i < b.len; i++) {
		if (b.data[i] && strchr("\\`*_[]<>|~#&$", b.data[i]))
			buf_addc(out, '\\');
		buf_addc(out, b.data[i]);
	}
	buf_free(&b);
}

static void md_texts(struct buf *out, const char *s)
{
	if (s)
		export_md_text(out, s, strlen(s));
}

/* Comma-separated tags shown as "a, b". */
static void md_tags(struct buf *out, const char *tags)
{
	for (const char *p = tags; p && *p;) {
		const char *c = strchr(p, ',');
		size_t n = c ? (size_t)(c - p) : strlen(p);
		if (p != tags)
			buf_adds(out, ", ");
		export_md_text(out, p, n);
		p += n + (c ? 1 : 0);
	}
}

/* Everything but unreserved URI characters percent-encoded. */
static void pct_encode(struct buf *out, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		    *p == '-' || *p == '.' || *p == '_' || *p == '~') {
			buf_addc(out, (char)*p);
		} else {
			buf_addc(out, '%');
			buf_addc(out, hex[*p >> 4]);
			buf_addc(out, hex[*p & 15]);
		}
	}
}

const char *export_url_base_invalid(const char *base)
{
	size_t skip = 0;
	if (strncasecmp(base, "http://", 7) == 0)
		skip = 7;
	else if (strncasecmp(base, "https://", 8) == 0)
		skip = 8;
	else
		return "it is not an absolute http or https URL";
	const char *host = base + skip;
	if (!*host || *host == '/')
		return "it names no host";
	for (const unsigned char *p = (const unsigned char *)base; *p; p++) {
		if (*p <= ' ' || *p == 0x7f)
			return "it holds a space or a control character";
		if (strchr("\"<>\\^`{|}", *p))
			return "it holds a character a URL never holds raw";
		if (*p == '?' || *p == '#')
			return "it has a query or a fragment, which no path can follow";
	}
	return NULL;
}

/* --review-url-base with a '/' after it when it lacks one, so that a
 * base with or without it makes the same ids. */
static void add_base(struct buf *out, const char *base)
{
	buf_adds(out, base);
	size_t n = strlen(base);
	if (!n || base[n - 1] != '/')
		buf_addc(out, '/');
}

/* ---- JSON building ------------------------------------------------------------- */

/* jansson refuses invalid UTF-8; stored text always is valid, but be safe. */
static json_t *jstrn(const char *s, size_t n)
{
	if (!s)
		return json_null();
	json_t *j = json_stringn(s, n);
	if (!j) {
		struct buf b;
		buf_init(&b);
		text_sanitize(s, n, true, &b);
		j = json_stringn(b.data ? b.data : "", b.len);
		buf_free(&b);
	}
	return j ? j : json_string("");
}

static json_t *jstr(const char *s)
{
	return s ? jstrn(s, strlen(s)) : json_null();
}

/* "" and NULL both mean none */
static json_t *jopt(const char *s)
{
	return s && *s ? jstr(s) : json_null();
}

static json_t *jint(size_t v)
{
	return json_integer((json_int_t)v);
}

static void set(json_t *o, const char *k, json_t *v)
{
	json_object_set_new(o, k, v ? v : json_null());
}

json_t *export_tags_json(const char *tags)
{
	json_t *a = json_array();
	const char *p = tags ? tags : "";
	while (*p) {
		const char *c = strchr(p, ',');
		size_t n = c ? (size_t)(c - p) : strlen(p);
		if (n)
			json_array_append_new(a, jstrn(p, n));
		p += n + (c ? 1 : 0);
	}
	return a;
}

static void iso_of_days(double days, char out[static 11])
{
	int y, m, d;
	civil_from_days((int64_t)floor(days), &y, &m, &d);
	struct cc_date cd = {y, m, d};
	dateline_iso(&cd, out);
}

static json_t *slot_json(const struct export_slot *x)
{
	json_t *o = json_object();
	set(o, "type", jstr(x->type ? x->type : ""));
	set(o, "text", jstr(x->text ? x->text : ""));
	set(o, "start", jint(x->start));
	set(o, "end", jint(x->end));
	set(o, "value", jstr(x->value));
	bool date = x->type && strcmp(x->type, "date") == 0;
	char iso[11];
	if (!x->has_lo)
		set(o, "lo", json_null());
	else if (date)
		iso_of_days(x->lo, iso), set(o, "lo", json_string(iso));
	else
		set(o, "lo", json_real(x->lo));
	if (!x->has_hi)
		set(o, "hi", json_null());
	else if (date)
		iso_of_days(x->hi, iso), set(o, "hi", json_string(iso));
	else
		set(o, "hi", json_real(x->hi));
	set(o, "unit", jopt(x->unit));
	if (x->norm && *x->norm && x->type && strcmp(x->type, "quote") != 0)
		set(o, "measure", jstr(x->norm));
	if (x->gran)
		set(o, "granularity", jstr(x->gran));
	if (x->mod)
		set(o, "mod", jstr(x->mod));
	set(o, "event", jopt(x->event));
	set(o, "subject", jopt(x->subject));
	set(o, "subject_implied", json_boolean(x->subject_implied));
	if (date) {
		static const char *const from[] = {"explicit", "article", "document date",
						   "other sources", "unknown"};
		set(o, "year", json_string(from[x->year_from >= 0 && x->year_from <= 4 ? x->year_from : 4]));
	}
	return o;
}

static const struct export_entry *current(const struct export_claim *c)
{
	if (c->current)
		return c->current;
	return c->nhistory ? &c->history[c->nhistory - 1] : NULL;
}

/* Each reviewer's latest entry, in log order: indexes into c->history. */
static size_t latest_per_reviewer(const struct export_claim *c, size_t **out)
{
	size_t *v = xmalloc((c->nhistory ? c->nhistory : 1) * sizeof *v);
	size_t n = 0;
	for (size_t i = c->nhistory; i-- > 0;) {
		bool seen = false;
		for (size_t k = 0; k < n && !seen; k++)
			seen = strcmp(c->history[v[k]].reviewer, c->history[i].reviewer) == 0;
		if (!seen)
			v[n++] = i;
	}
	/* back to log order */
	for (size_t i = 0; i < n / 2; i++) {
		size_t t = v[i];
		v[i] = v[n - 1 - i];
		v[n - 1 - i] = t;
	}
	*out = v;
	return n;
}

static json_t *claim_json(const struct export_claim *c)
{
	const struct export_source *s = c->source;
	json_t *o = json_object();
	set(o, "key", jstr(c->key));
	set(o, "id", json_integer(c->id));
	set(o, "source", jstr(s && s->name ? s->name : ""));
	set(o, "story", jstr(s && s->story ? s->story : ""));
	set(o, "sentence", jint(c->sentence));
	set(o, "text", jstrn(c->text, c->text_len));
	set(o, "start", jint(c->start));
	set(o, "end", jint(c->end));
	set(o, "start_cp", jint(c->start_cp));
	set(o, "end_cp", jint(c->end_cp));
	json_t *q = json_object();
	set(q, "exact", jstrn(c->text, c->text_len));
	set(q, "prefix", jstrn(c->prefix ? c->prefix : "", c->prefix ? c->prefix_len : 0));
	set(q, "suffix", jstrn(c->suffix ? c->suffix : "", c->suffix ? c->suffix_len : 0));
	set(o, "quote", q);
	set(o, "subject", jopt(c->subject));
	set(o, "subject_implied", json_boolean(c->subject_implied));
	set(o, "event", jopt(c->event));
	set(o, "lemma", jopt(c->lemma));
	set(o, "speaker", jopt(c->speaker));
	set(o, "negated", json_boolean(c->negated));
	set(o, "modality", jstr(c->modality && *c->modality ? c->modality : "asserted"));
	set(o, "score", json_real(c->score));
	json_t *slots = json_array();
	for (size_t i = 0; i < c->nslots; i++)
		json_array_append_new(slots, slot_json(&c->slots[i]));
	set(o, "slots", slots);
	set(o, "support", jint(c->support));
	set(o, "conflicts", jint(c->conflicts));
	const struct export_entry *cur = current(c);
	set(o, "verdict", jstr(cur ? cur->verdict : NULL));
	set(o, "label", jstr(export_fever_label(cur ? cur->verdict : NULL)));
	set(o, "note", jstr(cur ? cur->note : NULL));
	set(o, "tags", export_tags_json(cur ? cur->tags : ""));
	size_t *lat;
	size_t nl = latest_per_reviewer(c, &lat);
	json_t *notes = json_array();
	for (size_t i = 0; i < nl; i++) {
		const struct export_entry *e = &c->history[lat[i]];
		if (!e->note)
			continue;
		json_t *n = json_object();
		set(n, "reviewer", jstr(e->reviewer));
		set(n, "at", jstr(e->at));
		set(n, "note", jstr(e->note));
		json_array_append_new(notes, n);
	}
	free(lat);
	set(o, "notes", notes);
	json_t *h = json_array();
	for (size_t i = 0; i < c->nhistory; i++) {
		const struct export_entry *e = &c->history[i];
		json_t *x = json_object();
		set(x, "reviewer", jstr(e->reviewer));
		set(x, "session", e->session > 0 ? json_integer(e->session) : json_null());
		set(x, "at", jstr(e->at));
		set(x, "action", jstr(e->action));
		set(x, "verdict", jstr(e->verdict));
		set(x, "note", jstr(e->note));
		set(x, "tags", export_tags_json(e->tags));
		/* an undo or redo that left a field another reviewer changed
		 * since, or restored another reviewer's value */
		if (e->effect & (EXPORT_EFFECT_VERDICT_KEEP | EXPORT_EFFECT_VERDICT_SET))
			set(x, "verdict_effect",
			    jstr(e->effect & EXPORT_EFFECT_VERDICT_KEEP ? "kept" : "set"));
		if (e->effect & EXPORT_EFFECT_VERDICT_SET)
			set(x, "claim_verdict", jstr(e->claim_verdict));
		if (e->effect & (EXPORT_EFFECT_NOTE_KEEP | EXPORT_EFFECT_NOTE_SET))
			set(x, "note_effect", jstr(e->effect & EXPORT_EFFECT_NOTE_KEEP ? "kept" : "set"));
		if (e->effect & EXPORT_EFFECT_NOTE_SET)
			set(x, "claim_note", jstr(e->claim_note));
		json_array_append_new(h, x);
	}
	set(o, "history", h);
	return o;
}

/* Whether a source's date is the article's to publish as such: not a
 * site's date banner, which may be the page's day rather than the
 * article's (README "add"). */
static bool date_sure(const struct export_source *s)
{
	return s->date && !(s->date_origin && strcmp(s->date_origin, "banner") == 0);
}

static json_t *source_json(const struct export_source *s)
{
	json_t *o = json_object();
	set(o, "name", jstr(s->name ? s->name : ""));
	set(o, "title", jstr(s->title));
	set(o, "date", jstr(s->date));
	set(o, "date_origin", jstr(s->date ? s->date_origin : NULL));
	set(o, "url", jstr(s->url));
	set(o, "outlet", jstr(s->outlet));
	set(o, "story", jstr(s->story ? s->story : ""));
	set(o, "hash", jstr(s->hash ? s->hash : ""));
	set(o, "bytes", jint(s->bytes));
	set(o, "added", jstr(s->added));
	return o;
}

static json_t *side_json(const struct export_side *sd)
{
	json_t *o = json_object();
	set(o, "key", jstr(sd->key ? sd->key : ""));
	set(o, "id", json_integer(sd->id));
	set(o, "source", jstr(sd->source ? sd->source : ""));
	set(o, "text", jstrn(sd->text ? sd->text : "", sd->text ? sd->text_len : 0));
	set(o, "start", jint(sd->start));
	set(o, "end", jint(sd->end));
	if (sd->slot_end > sd->slot_start) {
		set(o, "slot_start", jint(sd->slot_start));
		set(o, "slot_end", jint(sd->slot_end));
	} else {
		set(o, "slot_start", json_null());
		set(o, "slot_end", json_null());
	}
	set(o, "verdict", jstr(sd->verdict));
	return o;
}

static json_t *conflict_json(const struct export_conflict *c)
{
	json_t *o = json_object();
	set(o, "id", json_integer(c->id));
	set(o, "story", jstr(c->story ? c->story : ""));
	set(o, "kind", jstr(c->kind ? c->kind : ""));
	set(o, "severity", jstr(c->severity ? c->severity : ""));
	set(o, "rule", jstr(c->rule ? c->rule : ""));
	set(o, "key", jstr(c->key ? c->key : ""));
	set(o, "explanation", jstr(c->explanation ? c->explanation : ""));
	set(o, "a", side_json(&c->a));
	set(o, "b", side_json(&c->b));
	return o;
}

static json_t *session_json(const struct export_session *s)
{
	json_t *o = json_object();
	set(o, "id", json_integer(s->id));
	set(o, "reviewer", jstr(s->reviewer ? s->reviewer : ""));
	set(o, "started", jstr(s->started ? s->started : ""));
	set(o, "ended", jstr(s->ended));
	set(o, "annotations", jint(s->annotations));
	return o;
}

/* ---- the writer ------------------------------------------------------------------ */

enum { MD_BUCKETS = 5 }; /* false, misleading, unverifiable, true, unreviewed */

struct export_ops;

struct export_writer {
	const struct export_ops *ops;
	enum export_format fmt;
	FILE *out;
	const struct export_meta *meta;
	bool begun, ended, failed;
	int io_errno;
	int rank;      /* the rank of the last item kind, for the order check */
	int open;      /* json: the section whose array is open, -1 none */
	size_t in_section, items;
	/* markdown */
	bool story_open;
	size_t md_stories, md_sources, md_conflicts, md_noted, md_claims;
	struct buf md_rows[MD_BUCKETS];
	size_t md_count[MD_BUCKETS];
	char *md_last[MD_BUCKETS]; /* the last row's source and sentence span */
	/* the story's conflicts, for "Where one source stands alone"
	 * (standalone.h) after them; strings copied */
	struct standalone_conflict *md_alone;
	size_t md_nalone, md_alone_cap;
	struct buf line;
	/* wadm: the sources' hashes (the collection's id is made of them) and
	 * whether the collection's head is written */
	char **wadm_hashes;
	size_t wadm_nhashes, wadm_hashes_cap;
	bool wadm_head;
	char *wadm_id, *wadm_page_id;
	/* claimreview: the claims left out, reviewers disagreeing */
	struct buf withheld;
	size_t nwithheld;
};

struct export_ops {
	enum export_order order;
	void (*begin)(struct export_writer *w);
	void (*story)(struct export_writer *w, const char *story);
	void (*source)(struct export_writer *w, const struct export_source *s);
	void (*claim)(struct export_writer *w, const struct export_claim *c);
	void (*conflict)(struct export_writer *w, const struct export_conflict *c);
	void (*session)(struct export_writer *w, const struct export_session *s);
	void (*end)(struct export_writer *w);
};

static void put(struct export_writer *w, const char *s, size_t n)
{
	if (w->failed || !n)
		return;
	if (fwrite(s, 1, n, w->out) != n) {
		w->failed = true;
		w->io_errno = errno ? errno : EIO;
	}
}

static void puts_(struct export_writer *w, const char *s)
{
	put(w, s, strlen(s));
}

static void put_buf(struct export_writer *w, const struct buf *b)
{
	put(w, b->data, b->len);
}

static void put_json(struct export_writer *w, json_t *j)
{
	size_t flags = JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(JSONW_REAL_DIGITS);
	if (w->meta->ascii)
		flags |= JSON_ENSURE_ASCII;
	char *s = json_dumps(j, flags);
	json_decref(j);
	if (!s) {
		if (!w->failed) {
			w->failed = true;
			w->io_errno = ENOMEM;
		}
		return;
	}
	puts_(w, s);
	free(s);
}

/* The header fields every JSON document starts with, without the closing
 * brace, so that arrays can stream after it. */
static void put_json_head(struct export_writer *w, json_t *head)
{
	size_t flags = JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(JSONW_REAL_DIGITS);
	if (w->meta->ascii)
		flags |= JSON_ENSURE_ASCII;
	char *s = json_dumps(head, flags);
	json_decref(head);
	if (!s) {
		w->failed = true;
		w->io_errno = ENOMEM;
		return;
	}
	size_t n = strlen(s);
	if (n >= 2 && s[n - 1] == '}') {
		put(w, s, n - 1); /* "{...": more fields follow */
		if (n > 2)
			puts_(w, ",");
	}
	free(s);
}

/* ---- json ---- */

static const char *const json_sections[] = {"sources", "claims", "conflicts", "sessions"};

static void json_begin(struct export_writer *w)
{
	const struct export_meta *m = w->meta;
	json_t *h = json_object();
	set(h, "format", json_string(EXPORT_FORMAT_ID));
	set(h, "version", json_integer(EXPORT_VERSION));
	set(h, "exported", jstr(m->exported ? m->exported : ""));
	set(h, "generator", jstr(m->generator ? m->generator : "crosscheck"));
	json_t *st = json_object();
	set(st, "path", jstr(m->store ? m->store : ""));
	set(st, "schema", json_integer(m->schema));
	set(h, "store", st);
	json_t *f = json_object();
	set(f, "only", jstr(m->only ? m->only : "all"));
	set(f, "source", jstr(m->source));
	set(f, "story", jstr(m->story));
	set(h, "filter", f);
	put_json_head(w, h);
	w->open = -1;
}

/* Opens section k (closing the one before and any skipped), then one item. */
static void json_section(struct export_writer *w, int k)
{
	while (w->open < k) {
		if (w->open >= 0)
			puts_(w, "\n],");
		w->open++;
		puts_(w, "\n\"");
		puts_(w, json_sections[w->open]);
		puts_(w, "\":[");
		w->in_section = 0;
	}
	puts_(w, w->in_section++ ? ",\n" : "\n");
}

static void json_source(struct export_writer *w, const struct export_source *s)
{
	json_section(w, 0);
	put_json(w, source_json(s));
}

static void json_claim(struct export_writer *w, const struct export_claim *c)
{
	json_section(w, 1);
	put_json(w, claim_json(c));
	w->items++;
}

static void json_conflict(struct export_writer *w, const struct export_conflict *c)
{
	json_section(w, 2);
	put_json(w, conflict_json(c));
}

static void json_session(struct export_writer *w, const struct export_session *s)
{
	json_section(w, 3);
	put_json(w, session_json(s));
}

static void json_end(struct export_writer *w)
{
	while (w->open < 3) {
		if (w->open >= 0)
			puts_(w, "\n],");
		w->open++;
		puts_(w, "\n\"");
		puts_(w, json_sections[w->open]);
		puts_(w, "\":[");
		w->in_section = 0;
	}
	puts_(w, "\n]}\n");
}

/* ---- jsonl ---- */

static void jsonl_claim(struct export_writer *w, const struct export_claim *c)
{
	put_json(w, claim_json(c));
	puts_(w, "\n");
	w->items++;
}

/* ---- csv ---- */

static const char csv_header[] =
	"id,key,source,story,text,subject,subject_implied,event,slots,verdict,note,tags,support,conflicts,"
	"conflicts_with,conflict_sources,verdict_by,verdict_at\r\n";

static void csv_begin(struct export_writer *w)
{
	puts_(w, csv_header);
}

/* How a figure's value relates to the article's words, as the slot line
 * writes it in place of '=': "<" for an upper bound ("fewer than 50", "up
 * to", "nearly"), ">" for a lower one ("more than 12", "over", "at
 * least"), "~" for an approximation ("about 30", "some"); NULL for an
 * exact figure. */
static const char *figure_op(const char *mod)
{
	if (!mod)
		return NULL;
	if (strcmp(mod, "less") == 0)
		return "<";
	if (strcmp(mod, "more") == 0)
		return ">";
	if (strcmp(mod, "approx") == 0)
		return "~";
	return NULL;
}

/* export.h */
bool export_duration_words(struct buf *out, const char *s)
{
	if (!s || s[0] != 'P' || !s[1])
		return false;
	struct buf b;
	buf_init(&b);
	bool time = false, any = false;
	const char *p = s + 1;
	while (*p) {
		if (*p == 'T' && !time) {
			time = true;
			p++;
			continue;
		}
		const char *n = p;
		while ((*p >= '0' && *p <= '9') || *p == '.')
			p++;
		if (p == n || !*p)
			break;
		const char *unit = NULL;
		switch (*p) {
		case 'Y': unit = time ? NULL : "year"; break;
		case 'M': unit = time ? "minute" : "month"; break;
		case 'W': unit = time ? NULL : "week"; break;
		case 'D': unit = time ? NULL : "day"; break;
		case 'H': unit = time ? "hour" : NULL; break;
		case 'S': unit = time ? "second" : NULL; break;
		}
		if (!unit)
			break;
		if (any)
			buf_addc(&b, ' ');
		buf_add(&b, n, (size_t)(p - n));
		buf_addc(&b, ' ');
		buf_adds(&b, unit);
		if (!((size_t)(p - n) == 1 && *n == '1'))
			buf_addc(&b, 's');
		any = true;
		p++;
	}
	bool ok = any && !*p;
	if (ok)
		buf_add(out, b.data, b.len);
	buf_free(&b);
	return ok;
}

/* A slot's line; words: a duration's ISO value in words, its unit left out
 * (the words name it), for the markdown. */
static void slot_line(struct buf *sl, const struct export_slot *x, bool words)
{
	const char *v = x->value && *x->value ? x->value : (x->text ? x->text : "");
	bool is_date = x->type && strcmp(x->type, "date") == 0;
	bool is_quote = x->type && strcmp(x->type, "quote") == 0;
	const char *op = x->type && !is_date && !is_quote ? figure_op(x->mod) : NULL;
	/* a vague count ("several", "dozens", "a handful") is a range from its
	 * value up: "=3 to 9", where "~3" would read as about three; and so is
	 * a range the article gives ("between 300 and 400", "3 to 9", "two or
	 * three years": "=P2Y to P3Y"), which read as its low end alone */
	bool spans = x->type && !is_date && !is_quote && x->has_lo && x->has_hi && x->hi > x->lo &&
		     (!op || *op == '~');
	char *vend;
	double vn = strtod(v, &vend);
	bool range = spans && vend != v && !*vend && vn == x->lo;
	/* a duration of one unit whose number is the low end: its high end
	 * in the same form ("P2Y" 2 to 3: "P3Y") */
	char hi_iso[48] = "";
	if (spans && !range && strcmp(x->type, "duration") == 0 && v[0] == 'P') {
		const char *n = v + 1 + (v[1] == 'T');
		double dn = strtod(n, &vend);
		if (vend != n && vend[0] >= 'A' && vend[0] <= 'Z' && !vend[1] && dn == x->lo)
			snprintf(hi_iso, sizeof hi_iso, "%.*s%.15g%c", (int)(n - v), v, x->hi, vend[0]);
	}
	if (hi_iso[0])
		op = NULL;
	buf_adds(sl, x->type ? x->type : "");
	buf_adds(sl, op && !range ? op : "=");
	const char *dw = is_date ? mention_date_mod_word(x->mod) : NULL;
	if (dw) {
		buf_adds(sl, dw);
		buf_addc(sl, ' ');
	}
	bool worded = words && x->type && strcmp(x->type, "duration") == 0 &&
		      export_duration_words(sl, v);
	if (range) {
		buf_printf(sl, "%s to %.15g", v, x->hi);
	} else if (!worded) {
		buf_adds(sl, v);
		if (hi_iso[0])
			buf_printf(sl, " to %s", hi_iso);
	} else if (hi_iso[0]) {
		/* "2 years to 3 years" */
		buf_adds(sl, " to ");
		export_duration_words(sl, hi_iso);
	}
	/* a date whose year the article never gives (nor any other source)
	 * says which day it is in the article's words: "XXXX-XX-XX (Tuesday)" */
	if (is_date && strstr(v, "XXXX") && x->text && *x->text && strcmp(x->text, v) != 0) {
		buf_adds(sl, " (");
		buf_adds(sl, x->text);
		buf_addc(sl, ')');
	}
	/* a date's unit is its weekday and a quote's measure its words: the
	 * value says enough */
	if (!x->type || is_quote || is_date)
		return;
	if (!worded && x->unit && *x->unit && strcmp(x->unit, "percent") != 0) {
		size_t ul = strlen(x->unit);
		bool named = strncmp(v, x->unit, ul) == 0 && (v[ul] == ' ' || !v[ul]);
		if (!named) {
			buf_addc(sl, ' ');
			buf_adds(sl, x->unit);
		}
	}
	if (x->norm && *x->norm) {
		buf_adds(sl, " (");
		buf_adds(sl, x->norm);
		buf_addc(sl, ')');
	}
}

/* csv and `claims` (export.h) */
void export_slot_line(struct buf *sl, const struct export_slot *x)
{
	slot_line(sl, x, false);
}

static void csv_claim(struct export_writer *w, const struct export_claim *c)
{
	struct buf *b = &w->line;
	buf_clear(b);
	const struct export_entry *cur = current(c);
	const struct export_source *s = c->source;
	buf_printf(b, "%lld,", (long long)c->id);
	export_csv_field(b, c->key, c->key ? strlen(c->key) : 0);
	buf_addc(b, ',');
	export_csv_field(b, s ? s->name : "", s && s->name ? strlen(s->name) : 0);
	buf_addc(b, ',');
	export_csv_field(b, s ? s->story : "", s && s->story ? strlen(s->story) : 0);
	buf_addc(b, ',');
	export_csv_field(b, c->text, c->text_len);
	buf_addc(b, ',');
	export_csv_field(b, c->subject, c->subject ? strlen(c->subject) : 0);
	buf_adds(b, c->subject_implied ? ",true," : ",false,");
	export_csv_field(b, c->event, c->event ? strlen(c->event) : 0);
	buf_addc(b, ',');
	struct buf sl;
	buf_init(&sl);
	for (size_t i = 0; i < c->nslots; i++) {
		const struct export_slot *x = &c->slots[i];
		if (i)
			buf_adds(&sl, "; ");
		export_slot_line(&sl, x);
	}
	export_csv_field(b, sl.data, sl.len);
	buf_free(&sl);
	buf_addc(b, ',');
	const char *v = cur ? cur->verdict : NULL;
	export_csv_field(b, v, v ? strlen(v) : 0);
	buf_addc(b, ',');
	const char *n = cur ? cur->note : NULL;
	export_csv_field(b, n, n ? strlen(n) : 0);
	buf_addc(b, ',');
	const char *t = cur && cur->tags ? cur->tags : "";
	export_csv_field(b, t, strlen(t));
	buf_printf(b, ",%zu,%zu,", c->support, c->conflicts);
	/* the other side of each conflict, "claim 9 date-event (strong)" (its
	 * claim id, which the markdown report would write "#9" beside its
	 * conflicts' own "#N"), and the
	 * other sides' sources, each once, in the conflicts' order */
	struct buf cw, cs;
	buf_init(&cw);
	buf_init(&cs);
	for (size_t i = 0; i < c->nwith; i++) {
		const struct export_claim_conflict *x = &c->with[i];
		buf_printf(&cw, "%sclaim %lld %s (%s)", i ? "; " : "", (long long)x->other,
			   x->kind ? x->kind : "", x->severity ? x->severity : "");
		const char *o = x->other_source ? x->other_source : "";
		bool seen = false;
		for (size_t k = 0; k < i && !seen; k++)
			seen = strcmp(c->with[k].other_source ? c->with[k].other_source : "", o) == 0;
		if (!seen) {
			if (cs.len)
				buf_adds(&cs, "; ");
			buf_adds(&cs, o);
		}
	}
	export_csv_field(b, cw.data, cw.len);
	buf_addc(b, ',');
	export_csv_field(b, cs.data, cs.len);
	buf_free(&cw);
	buf_free(&cs);
	buf_addc(b, ',');
	/* who gave the verdict shown, and when: the entry the merge credits
	 * it to (empty without a verdict) */
	const char *by = v && cur->reviewer ? cur->reviewer : NULL;
	const char *at = v && cur->at ? cur->at : NULL;
	export_csv_field(b, by, by ? strlen(by) : 0);
	buf_addc(b, ',');
	export_csv_field(b, at, at ? strlen(at) : 0);
	buf_adds(b, "\r\n");
	put_buf(w, b);
	w->items++;
}

/* ---- markdown ---- */

static const char *const md_bucket_names[MD_BUCKETS] = {"false", "misleading", "unverifiable",
							 "true", "unreviewed"};

static int md_bucket(const char *verdict)
{
	switch (export_verdict_index(verdict)) {
	case 0: return 3;
	case 1: return 0;
	case 2: return 1;
	case 3: return 2;
	default: return 4;
	}
}

static void md_begin(struct export_writer *w)
{
	const struct export_meta *m = w->meta;
	struct buf *b = &w->line;
	buf_clear(b);
	buf_adds(b, "# Fact-check report\n\nStore ");
	md_texts(b, m->store);
	buf_adds(b, ", exported ");
	md_texts(b, m->exported);
	buf_adds(b, " by ");
	md_texts(b, m->generator ? m->generator : "crosscheck");
	buf_adds(b, ". Claims: ");
	md_texts(b, m->only ? m->only : "all");
	if (m->story) {
		buf_adds(b, "; story ");
		md_texts(b, *m->story ? m->story : "(default)");
	}
	if (m->source) {
		buf_adds(b, "; source ");
		md_texts(b, m->source);
	}
	buf_adds(b, ".\n");
	put_buf(w, b);
}

static void md_alone_clear(struct export_writer *w)
{
	standalone_conflicts_free_strings(w->md_alone, w->md_nalone);
	w->md_nalone = 0;
}

/* After the story's conflicts: each source that stands alone, said once
 * (standalone.h), as `crosscheck conflicts` says it after its list. */
static void md_alone_flush(struct export_writer *w, struct buf *b)
{
	struct standalone_group *g;
	size_t ng = standalone_find(w->md_alone, w->md_nalone, &g);
	if (ng)
		buf_adds(b, "\n### Where one source stands alone\n\n"
			    "The sources each of these claims meets do not dispute each other.\n\n");
	for (size_t i = 0; i < ng; i++) {
		buf_adds(b, "- **");
		md_texts(b, g[i].source);
		buf_printf(b, "**, claim %lld", (long long)g[i].claim);
		if (g[i].slot) {
			buf_adds(b, " (\xE2\x80\x9C");
			md_texts(b, g[i].slot);
			buf_adds(b, "\xE2\x80\x9D)");
		}
		buf_printf(b, ": %zu ", g[i].nids);
		md_texts(b, g[i].kind);
		buf_adds(b, " conflicts (");
		for (size_t k = 0; k < g[i].nids; k++)
			buf_printf(b, "%s#%lld", k ? ", " : "", (long long)g[i].ids[k]);
		buf_adds(b, ") with ");
		for (size_t k = 0; k < g[i].nothers; k++) {
			buf_adds(b, k ? ", " : "");
			md_texts(b, g[i].others[k]);
		}
		buf_adds(b, ".\n");
	}
	standalone_free(g, ng);
	md_alone_clear(w);
}

static void md_story_end(struct export_writer *w)
{
	if (!w->story_open)
		return;
	struct buf *b = &w->line;
	buf_clear(b);
	if (!w->md_conflicts && !w->md_claims)
		buf_adds(b, "\n### Conflicts\n\nNo conflicts found.\n");
	if (!w->md_claims)
		md_alone_flush(w, b);
	if (!w->md_noted)
		buf_adds(b, "\n### Verdicts and notes\n\nNo claim has a verdict or a note yet.\n");
	buf_adds(b, "\n### Claims by verdict\n\n");
	if (!w->md_claims) {
		buf_adds(b, "No claims.\n");
	} else {
		bool first = true;
		for (int k = 0; k < MD_BUCKETS; k++) {
			if (!w->md_count[k])
				continue;
			buf_printf(b, "%s%s: %zu", first ? "" : ", ", md_bucket_names[k], w->md_count[k]);
			first = false;
		}
		buf_adds(b, ".\n\n| Verdict | Source | Sentence | Claim | Note | Tags |\n"
			    "|---|---|---|---|---|---|\n");
	}
	put_buf(w, b);
	for (int k = 0; k < MD_BUCKETS; k++) {
		put_buf(w, &w->md_rows[k]);
		buf_clear(&w->md_rows[k]);
		w->md_count[k] = 0;
		free(w->md_last[k]);
		w->md_last[k] = NULL;
	}
	w->story_open = false;
}

static void md_story(struct export_writer *w, const char *story)
{
	md_story_end(w);
	struct buf *b = &w->line;
	buf_clear(b);
	buf_adds(b, "\n## Story: ");
	if (story && *story)
		md_texts(b, story);
	else
		buf_adds(b, "(default story)");
	buf_adds(b, "\n");
	put_buf(w, b);
	w->story_open = true;
	w->md_stories++;
	w->md_sources = w->md_conflicts = w->md_noted = w->md_claims = 0;
}

static void md_source(struct export_writer *w, const struct export_source *s)
{
	struct buf *b = &w->line;
	buf_clear(b);
	if (!w->md_sources++)
		buf_adds(b, "\n| Source | Title | Date | Published at |\n|---|---|---|---|\n");
	buf_adds(b, "| ");
	md_texts(b, s->name);
	buf_adds(b, " | ");
	md_texts(b, s->title ? s->title : "");
	buf_adds(b, " | ");
	md_texts(b, s->date ? s->date : "");
	/* a site's date banner may not be the article's day: say so */
	if (s->date && !date_sure(s))
		buf_adds(b, " (site banner)");
	buf_adds(b, " | ");
	md_texts(b, s->url ? s->url : (s->outlet ? s->outlet : ""));
	buf_adds(b, " |\n");
	put_buf(w, b);
}

static void md_quote(struct buf *b, const struct export_side *sd)
{
	buf_adds(b, "> **");
	md_texts(b, sd->source);
	buf_adds(b, "** (claim ");
	buf_printf(b, "%lld", (long long)sd->id);
	buf_adds(b, sd->verdict ? ", verdict: " : ", unreviewed");
	md_texts(b, sd->verdict);
	buf_adds(b, ")\n>\n> ");
	export_md_text(b, sd->text, sd->text_len);
	buf_adds(b, "\n");
}

static void md_conflict(struct export_writer *w, const struct export_conflict *c)
{
	struct buf *b = &w->line;
	buf_clear(b);
	if (!w->md_conflicts++)
		buf_adds(b, "\n### Conflicts\n");
	/* its id, as `conflicts` and the review name it ("#4") */
	buf_printf(b, "\n#### Conflict #%lld: ", (long long)c->id);
	md_texts(b, c->kind);
	buf_adds(b, " (");
	md_texts(b, c->severity);
	buf_adds(b, ")\n\n");
	md_texts(b, c->explanation);
	buf_adds(b, "\n\n");
	md_quote(b, &c->a);
	buf_adds(b, "\n");
	md_quote(b, &c->b);
	put_buf(w, b);
	w->md_alone = xgrow(w->md_alone, &w->md_alone_cap, w->md_nalone + 1, sizeof *w->md_alone);
	struct standalone_conflict *x = &w->md_alone[w->md_nalone++];
	x->id = c->id;
	x->kind = xstrdup(c->kind ? c->kind : "");
	const struct export_side *sides[2] = {&c->a, &c->b};
	for (int k = 0; k < 2; k++) {
		const struct export_side *sd = sides[k];
		x->claim[k] = sd->id;
		x->source[k] = xstrdup(sd->source ? sd->source : "");
		x->slot[k] = standalone_slot(sd->text, sd->text_len, sd->start, sd->slot_start, sd->slot_end);
	}
}

static void md_claim(struct export_writer *w, const struct export_claim *c)
{
	const struct export_entry *cur = current(c);
	const char *v = cur ? cur->verdict : NULL;
	const char *note = cur ? cur->note : NULL;
	const char *tags = cur && cur->tags ? cur->tags : "";
	const char *src = c->source && c->source->name ? c->source->name : "";
	struct buf *b = &w->line;
	buf_clear(b);
	/* the conflicts come first: say there were none before the claims */
	if (!w->md_conflicts && !w->md_claims)
		buf_adds(b, "\n### Conflicts\n\nNo conflicts found.\n");
	if (!w->md_claims)
		md_alone_flush(w, b);
	if (v || note || *tags) {
		if (!w->md_noted++)
			buf_adds(b, "\n### Verdicts and notes\n\n");
		buf_adds(b, "- **");
		buf_adds(b, v ? v : "no verdict");
		buf_adds(b, "**: ");
		md_texts(b, src);
		buf_printf(b, " (claim %lld): \xE2\x80\x9C", (long long)c->id);
		export_md_text(b, c->text, c->text_len);
		buf_adds(b, "\xE2\x80\x9D\n");
		if (note) {
			buf_adds(b, "  - Note: ");
			md_texts(b, note);
			buf_adds(b, "\n");
		}
		if (*tags) {
			buf_adds(b, "  - Tags: ");
			md_tags(b, tags);
			buf_adds(b, "\n");
		}
		/* who gave the verdict, and when anything last changed: a note
		 * or a tag added later does not move the verdict's time */
		const struct export_entry *last = c->nhistory ? &c->history[c->nhistory - 1] : NULL;
		if (cur && v) {
			buf_adds(b, "  - Verdict by ");
			md_texts(b, cur->reviewer);
			buf_adds(b, ", ");
			md_texts(b, cur->at);
			if (last && last->at && cur->at && strcmp(last->at, cur->at) > 0) {
				buf_adds(b, "; latest change by ");
				md_texts(b, last->reviewer);
				buf_adds(b, ", ");
				md_texts(b, last->at);
			}
			buf_adds(b, "\n");
		} else if (last || cur) {
			const struct export_entry *e = last ? last : cur;
			buf_adds(b, "  - Latest change by ");
			md_texts(b, e->reviewer);
			buf_adds(b, ", ");
			md_texts(b, e->at);
			buf_adds(b, "\n");
		}
		/* reviewers who disagree keep their verdicts: show them */
		size_t *lat;
		size_t nl = latest_per_reviewer(c, &lat);
		bool first = true;
		for (size_t i = 0; i < nl; i++) {
			const struct export_entry *e = &c->history[lat[i]];
			if (e == cur || !e->verdict || (v && strcmp(e->verdict, v) == 0))
				continue;
			buf_adds(b, first ? "  - Other verdicts: " : ", ");
			md_texts(b, e->reviewer);
			buf_adds(b, ": ");
			md_texts(b, e->verdict);
			/* the overruled reviewer's reason */
			if (e->note && *e->note) {
				buf_adds(b, " (\xE2\x80\x9C");
				md_texts(b, e->note);
				buf_adds(b, "\xE2\x80\x9D)");
			}
			first = false;
		}
		if (!first)
			buf_adds(b, "\n");
		free(lat);
	}
	put_buf(w, b);
	int k = md_bucket(v);
	struct buf *r = &w->md_rows[k];
	/* a sentence holding several claims is quoted once: the rows of its
	 * other claims (next in the same verdict) say so, and each row shows
	 * its claim's id and slots, so that no two rows read the same */
	char *at = xasprintf("%s\n%zu-%zu", src, c->start, c->end);
	bool again = w->md_last[k] && strcmp(w->md_last[k], at) == 0;
	free(w->md_last[k]);
	w->md_last[k] = at;
	buf_adds(r, "| ");
	buf_adds(r, md_bucket_names[k]);
	buf_adds(r, " | ");
	md_texts(r, src);
	buf_adds(r, " | ");
	if (again)
		buf_adds(r, "\xE2\x80\xB3 (the same sentence)");
	else
		export_md_text(r, c->text, c->text_len);
	buf_printf(r, " | #%lld", (long long)c->id);
	/* a named subject is in the quoted sentence; an implied one is not,
	 * so the row says whom the figures are about */
	if (c->subject_implied && c->subject && *c->subject) {
		buf_addc(r, ' ');
		md_texts(r, c->subject);
		buf_adds(r, " (implied)");
	}
	for (size_t i = 0; i < c->nslots; i++) {
		struct buf sl;
		buf_init(&sl);
		slot_line(&sl, &c->slots[i], true);
		buf_adds(r, i ? "; " : ": ");
		md_texts(r, sl.data ? sl.data : "");
		buf_free(&sl);
	}
	buf_adds(r, " | ");
	md_texts(r, note ? note : "");
	buf_adds(r, " | ");
	md_tags(r, tags);
	buf_adds(r, " |\n");
	w->md_count[k]++;
	w->md_claims++;
	w->items++;
}

static void md_end(struct export_writer *w)
{
	if (!w->story_open && !w->md_stories)
		puts_(w, "\nNo claims to report.\n");
	md_story_end(w);
}

/* ---- wadm (W3C Web Annotation Data Model) ---- */

/* The head waits for the sources: the collection's id is made of their
 * hashes, so that two exports of the same claims agree on it whatever the
 * store, its path or the time. */
static void wadm_begin(struct export_writer *w)
{
	(void)w;
}

static void wadm_source(struct export_writer *w, const struct export_source *s)
{
	w->wadm_hashes = xgrow(w->wadm_hashes, &w->wadm_hashes_cap, w->wadm_nhashes + 1,
			       sizeof *w->wadm_hashes);
	w->wadm_hashes[w->wadm_nhashes++] = xstrdup(s->hash ? s->hash : "");
}

static int cmp_strp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The collection's IRI: a digest of the export's selection (--only, and the
 * sorted hashes of the sources listed) under --review-url-base
 * ("BASE" "annotations/" DIGEST) or as urn:crosscheck:collection:DIGEST. */
static void wadm_head(struct export_writer *w)
{
	if (w->wadm_head)
		return;
	w->wadm_head = true;
	const struct export_meta *m = w->meta;
	qsort(w->wadm_hashes, w->wadm_nhashes, sizeof *w->wadm_hashes, cmp_strp);
	struct buf sel;
	buf_init(&sel);
	buf_adds(&sel, "crosscheck-wadm\n");
	buf_adds(&sel, m->only ? m->only : "all");
	for (size_t i = 0; i < w->wadm_nhashes; i++) {
		buf_addc(&sel, '\n');
		buf_adds(&sel, w->wadm_hashes[i]);
	}
	char hex[65];
	sha256_hex(sel.data, sel.len, hex);
	hex[16] = '\0';
	buf_clear(&sel);
	if (m->review_url_base && *m->review_url_base) {
		add_base(&sel, m->review_url_base);
		buf_adds(&sel, "annotations/");
	} else {
		buf_adds(&sel, "urn:crosscheck:collection:");
	}
	buf_adds(&sel, hex);
	w->wadm_id = buf_steal(&sel);
	json_t *h = json_object();
	set(h, "@context", json_string("http://www.w3.org/ns/anno.jsonld"));
	set(h, "id", jstr(w->wadm_id));
	set(h, "type", json_string("AnnotationCollection"));
	struct buf label;
	buf_init(&label);
	buf_printf(&label, "crosscheck annotations from %s", m->store ? m->store : "a store");
	set(h, "label", jstrn(label.data, label.len));
	buf_free(&label);
	set(h, "generated", jstr(m->exported));
	put_json_head(w, h);
	/* one page: its id is the collection's with "/page/0" (a URL) or
	 * ":page:0" (a URN) */
	w->wadm_page_id = xasprintf("%s%s", w->wadm_id,
				    strncmp(w->wadm_id, "urn:", 4) == 0 ? ":page:0" : "/page/0");
	json_t *pg = json_object();
	set(pg, "id", jstr(w->wadm_page_id));
	set(pg, "type", json_string("AnnotationPage"));
	set(pg, "partOf", jstr(w->wadm_id));
	set(pg, "startIndex", json_integer(0));
	puts_(w, "\"first\":");
	put_json_head(w, pg);
	puts_(w, "\"items\":[");
}

static json_t *agent(const char *type, const char *name)
{
	json_t *a = json_object();
	set(a, "type", json_string(type));
	set(a, "name", jstr(name));
	return a;
}

static json_t *textual_body(const char *purpose, const char *value)
{
	json_t *b = json_object();
	set(b, "type", json_string("TextualBody"));
	set(b, "purpose", json_string(purpose));
	set(b, "value", jstr(value));
	set(b, "format", json_string("text/plain"));
	return b;
}

/* The reviewer whose own latest entry holds the note (tag: NULL) or the
 * tag shown, the latest such; NULL when none does. */
static const char *holder(const struct export_claim *c, const char *note, const char *tag)
{
	size_t *lat;
	size_t nl = latest_per_reviewer(c, &lat);
	const char *who = NULL;
	for (size_t i = nl; i-- > 0 && !who;) {
		const struct export_entry *e = &c->history[lat[i]];
		if (note && e->note && strcmp(e->note, note) == 0)
			who = e->reviewer;
		if (tag && e->tags && tag_list_has(e->tags, tag, strlen(tag)))
			who = e->reviewer;
	}
	free(lat);
	return who;
}

static json_t *creator_of(const char *reviewer)
{
	return reviewer ? agent("Person", reviewer) : NULL;
}

static void wadm_claim(struct export_writer *w, const struct export_claim *c)
{
	wadm_head(w);
	const struct export_entry *cur = current(c);
	if (!cur || (!cur->verdict && !cur->note && !(cur->tags && *cur->tags)))
		return;
	const struct export_source *s = c->source;
	json_t *a = json_object();
	struct buf id;
	buf_init(&id);
	/* under --review-url-base as the collection is, else a urn; either
	 * way the claim's key alone, so an annotation has one id in every
	 * export, whatever the selection */
	if (w->meta->review_url_base && *w->meta->review_url_base) {
		add_base(&id, w->meta->review_url_base);
		buf_adds(&id, "annotation/");
	} else {
		buf_adds(&id, "urn:crosscheck:annotation:");
	}
	pct_encode(&id, c->key ? c->key : "");
	set(a, "id", jstrn(id.data, id.len));
	buf_free(&id);
	set(a, "type", json_string("Annotation"));
	set(a, "motivation", json_string(cur->verdict ? "assessing" : cur->note ? "commenting" : "tagging"));
	/* created: the first entry; modified: the latest, whatever it changed */
	set(a, "created", jstr(c->nhistory ? c->history[0].at : cur->at));
	set(a, "modified", jstr(c->nhistory ? c->history[c->nhistory - 1].at : cur->at));
	/* the creator asserts what the annotation says: the reviewer whose
	 * entry gave the verdict (without one, whose note or latest entry it
	 * is); a note or tag of another reviewer names its own creator on its
	 * body. Reviewers whose verdicts lost are not creators: their
	 * verdicts are in the json export's history. */
	const char *who = cur->reviewer;
	if (!cur->verdict && cur->note) {
		const char *h = holder(c, cur->note, NULL);
		if (h)
			who = h;
	}
	set(a, "creator", agent("Person", who ? who : ""));
	json_t *gen = agent("Software", w->meta->generator ? w->meta->generator : "crosscheck");
	set(a, "generator", gen);
	json_t *body = json_array();
	if (cur->verdict)
		json_array_append_new(body, textual_body("assessing", cur->verdict));
	if (cur->note) {
		json_t *nb = textual_body("commenting", cur->note);
		const char *h = holder(c, cur->note, NULL);
		if (h && who && strcmp(h, who) != 0)
			set(nb, "creator", creator_of(h));
		json_array_append_new(body, nb);
	}
	json_t *tags = export_tags_json(cur->tags);
	size_t i;
	json_t *t;
	json_array_foreach(tags, i, t) {
		json_t *tb = textual_body("tagging", json_string_value(t));
		const char *h = holder(c, NULL, json_string_value(t));
		if (h && who && strcmp(h, who) != 0)
			set(tb, "creator", creator_of(h));
		json_array_append_new(body, tb);
	}
	json_decref(tags);
	set(a, "body", body);
	json_t *target = json_object();
	if (s && s->url && *s->url) {
		set(target, "source", jstr(s->url));
	} else {
		struct buf u;
		buf_init(&u);
		buf_adds(&u, "urn:sha256:");
		buf_adds(&u, s && s->hash ? s->hash : "");
		set(target, "source", jstrn(u.data, u.len));
		buf_free(&u);
	}
	json_t *sel = json_array();
	json_t *tq = json_object();
	set(tq, "type", json_string("TextQuoteSelector"));
	set(tq, "exact", jstrn(c->text, c->text_len));
	set(tq, "prefix", jstrn(c->prefix ? c->prefix : "", c->prefix ? c->prefix_len : 0));
	set(tq, "suffix", jstrn(c->suffix ? c->suffix : "", c->suffix ? c->suffix_len : 0));
	json_array_append_new(sel, tq);
	json_t *tp = json_object();
	set(tp, "type", json_string("TextPositionSelector"));
	set(tp, "start", jint(c->start_cp));
	set(tp, "end", jint(c->end_cp));
	json_array_append_new(sel, tp);
	set(target, "selector", sel);
	set(a, "target", target);
	puts_(w, w->items++ ? ",\n" : "\n");
	put_json(w, a);
}

static void wadm_end(struct export_writer *w)
{
	wadm_head(w);
	/* total and last after the streamed items: JSON-LD keys have no order */
	json_t *tail = json_object();
	set(tail, "last", jstr(w->wadm_page_id));
	set(tail, "total", jint(w->items));
	char *t = json_dumps(tail, JSON_COMPACT | JSON_PRESERVE_ORDER);
	json_decref(tail);
	puts_(w, "\n]},");
	if (t) {
		puts_(w, t + 1); /* without its opening brace */
		free(t);
	} else {
		puts_(w, "}");
	}
	puts_(w, "\n");
}

/* ---- claimreview (schema.org) ---- */

static void cr_begin(struct export_writer *w)
{
	puts_(w, "{\"@context\":\"https://schema.org\",\"@graph\":[");
}

static void cr_claim(struct export_writer *w, const struct export_claim *c)
{
	const struct export_entry *cur = current(c);
	if (!cur || !cur->verdict)
		return;
	/* a rating published is the publisher's: while the reviewers' latest
	 * verdicts differ there is none to publish, and the claim is left out
	 * (the CLI names it; `crosscheck agreement` lists the disagreements) */
	size_t *lat;
	size_t nl = latest_per_reviewer(c, &lat);
	bool differ = false;
	for (size_t i = 0; i < nl && !differ; i++) {
		const char *v = c->history[lat[i]].verdict;
		differ = v && strcmp(v, cur->verdict) != 0;
	}
	if (differ) {
		struct buf *b = &w->withheld;
		buf_printf(b, "%s#%lld (", w->nwithheld++ ? "; " : "", (long long)c->id);
		bool first = true;
		for (size_t i = 0; i < nl; i++) {
			const struct export_entry *e = &c->history[lat[i]];
			if (!e->verdict)
				continue;
			buf_printf(b, "%s%s: %s", first ? "" : ", ", e->reviewer ? e->reviewer : "",
				   e->verdict);
			first = false;
		}
		buf_addc(b, ')');
		free(lat);
		return;
	}
	free(lat);
	const struct export_source *s = c->source;
	json_t *r = json_object();
	set(r, "@type", json_string("ClaimReview"));
	if (w->meta->review_url_base && *w->meta->review_url_base) {
		struct buf u;
		buf_init(&u);
		add_base(&u, w->meta->review_url_base);
		pct_encode(&u, c->key ? c->key : "");
		set(r, "url", jstrn(u.data, u.len));
		buf_free(&u);
	}
	set(r, "identifier", jstr(c->key));
	/* claimReviewed is "a short summary of the specific claims reviewed":
	 * the sentence, and what was rated in it, as csv shows the slots (two
	 * claims of one sentence rate different figures) */
	struct buf cl;
	buf_init(&cl);
	buf_add(&cl, c->text, c->text_len);
	for (size_t i = 0; i < c->nslots; i++) {
		buf_adds(&cl, i ? "; " : " (rated: ");
		export_slot_line(&cl, &c->slots[i]);
	}
	if (c->nslots)
		buf_addc(&cl, ')');
	set(r, "claimReviewed", jstrn(cl.data ? cl.data : "", cl.len));
	buf_free(&cl);
	set(r, "datePublished", jstrn(cur->at, cur->at && strlen(cur->at) >= 10 ? 10 : (cur->at ? strlen(cur->at) : 0)));
	/* author: the publishing organisation (Google reads it so), the
	 * reviewer then a contributor; without --publisher the reviewer */
	json_t *person = json_object();
	set(person, "@type", json_string("Person"));
	set(person, "name", jstr(cur->reviewer));
	if (w->meta->publisher && *w->meta->publisher) {
		json_t *org = json_object();
		set(org, "@type", json_string("Organization"));
		set(org, "name", jstr(w->meta->publisher));
		set(r, "author", org);
		set(r, "contributor", person);
	} else {
		set(r, "author", person);
	}
	if (cur->note)
		set(r, "reviewBody", jstr(cur->note));
	json_t *rating = json_object();
	set(rating, "@type", json_string("Rating"));
	int rv = export_rating_value(cur->verdict);
	if (rv) {
		set(rating, "ratingValue", json_integer(rv));
		set(rating, "worstRating", json_integer(1));
		set(rating, "bestRating", json_integer(3));
	}
	set(rating, "alternateName", jstr(cur->verdict));
	set(r, "reviewRating", rating);
	json_t *item = json_object();
	set(item, "@type", json_string("Claim"));
	if (s && s->url && *s->url) {
		json_t *ap = json_object();
		set(ap, "@type", json_string("CreativeWork"));
		set(ap, "url", jstr(s->url));
		if (s->title)
			set(ap, "headline", jstr(s->title));
		if (date_sure(s))
			set(ap, "datePublished", jstr(s->date));
		set(item, "appearance", ap);
	}
	if (s && s->outlet && *s->outlet) {
		json_t *org = json_object();
		set(org, "@type", json_string("Organization"));
		set(org, "name", jstr(s->outlet));
		set(item, "author", org);
	}
	if (s && date_sure(s))
		set(item, "datePublished", jstr(s->date));
	set(r, "itemReviewed", item);
	puts_(w, w->items++ ? ",\n" : "\n");
	put_json(w, r);
}

static void cr_end(struct export_writer *w)
{
	puts_(w, "\n]}\n");
}

/* ---- the table of writers ---- */

static const struct export_ops writers[] = {
	[EXPORT_JSON] = {EXPORT_BY_SECTION, json_begin, NULL, json_source, json_claim, json_conflict,
			 json_session, json_end},
	[EXPORT_JSONL] = {EXPORT_BY_SECTION, NULL, NULL, NULL, jsonl_claim, NULL, NULL, NULL},
	[EXPORT_CSV] = {EXPORT_BY_SECTION, csv_begin, NULL, NULL, csv_claim, NULL, NULL, NULL},
	[EXPORT_MARKDOWN] = {EXPORT_BY_STORY, md_begin, md_story, md_source, md_claim, md_conflict,
			     NULL, md_end},
	[EXPORT_WADM] = {EXPORT_BY_SECTION, wadm_begin, NULL, wadm_source, wadm_claim, NULL, NULL,
			 wadm_end},
	[EXPORT_CLAIMREVIEW] = {EXPORT_BY_SECTION, cr_begin, NULL, NULL, cr_claim, NULL, NULL, cr_end},
};

struct export_writer *export_writer_new(enum export_format f, FILE *out,
					const struct export_meta *meta)
{
	struct export_writer *w = xcalloc(1, sizeof *w);
	w->ops = &writers[(size_t)f < CC_ARRAY_LEN(writers) ? f : EXPORT_JSON];
	w->fmt = f;
	w->out = out;
	w->meta = meta;
	w->rank = -1;
	w->open = -1;
	for (int k = 0; k < MD_BUCKETS; k++)
		buf_init(&w->md_rows[k]);
	buf_init(&w->line);
	return w;
}

void export_writer_free(struct export_writer *w)
{
	if (!w)
		return;
	md_alone_clear(w);
	free(w->md_alone);
	for (int k = 0; k < MD_BUCKETS; k++) {
		buf_free(&w->md_rows[k]);
		free(w->md_last[k]);
	}
	buf_free(&w->line);
	for (size_t i = 0; i < w->wadm_nhashes; i++)
		free(w->wadm_hashes[i]);
	free(w->wadm_hashes);
	free(w->wadm_id);
	free(w->wadm_page_id);
	buf_free(&w->withheld);
	free(w);
}

const char *export_writer_withheld(const struct export_writer *w, size_t *n)
{
	if (n)
		*n = w->nwithheld;
	return w->nwithheld ? w->withheld.data : NULL;
}

enum export_order export_writer_order(const struct export_writer *w)
{
	return w->ops->order;
}

unsigned export_writer_needs(const struct export_writer *w)
{
	return (w->ops->source ? EXPORT_NEEDS_SOURCES : 0u) |
	       (w->ops->conflict ? EXPORT_NEEDS_CONFLICTS : 0u) |
	       (w->ops->session ? EXPORT_NEEDS_SESSIONS : 0u) |
	       (w->fmt == EXPORT_CSV ? EXPORT_NEEDS_CLAIM_CONFLICTS : 0u);
}

size_t export_writer_items(const struct export_writer *w)
{
	return w->items;
}

static enum cc_status status(struct export_writer *w, struct cc_err *err)
{
	if (!w->failed && ferror(w->out)) {
		w->failed = true;
		w->io_errno = errno ? errno : EIO;
	}
	if (w->failed)
		return cc_err_set(err, CC_ERR_IO, "cannot write the export: %s", strerror(w->io_errno));
	return CC_OK;
}

/* Items come in the writer's order: kind ranks never go down (a story
 * starts over). */
enum item { I_SOURCE, I_CLAIM, I_CONFLICT, I_SESSION };

static enum cc_status item_ok(struct export_writer *w, enum item it, struct cc_err *err)
{
	static const int by_section[] = {0, 1, 2, 3}, by_story[] = {0, 2, 1, 3};
	int rank = (w->ops->order == EXPORT_BY_SECTION ? by_section : by_story)[it];
	if (!w->begun || w->ended || rank < w->rank)
		return cc_err_set(err, CC_ERR_USAGE, "export: items out of order");
	w->rank = rank;
	return CC_OK;
}

enum cc_status export_begin(struct export_writer *w, struct cc_err *err)
{
	if (w->begun)
		return cc_err_set(err, CC_ERR_USAGE, "export: begun twice");
	w->begun = true;
	if (w->ops->begin)
		w->ops->begin(w);
	return status(w, err);
}

enum cc_status export_story(struct export_writer *w, const char *story, struct cc_err *err)
{
	if (!w->begun || w->ended)
		return cc_err_set(err, CC_ERR_USAGE, "export: story outside the export");
	w->rank = -1;
	if (w->ops->story)
		w->ops->story(w, story);
	return status(w, err);
}

enum cc_status export_source(struct export_writer *w, const struct export_source *s,
			     struct cc_err *err)
{
	if (item_ok(w, I_SOURCE, err) != CC_OK)
		return err->status;
	if (w->ops->source)
		w->ops->source(w, s);
	return status(w, err);
}

enum cc_status export_claim(struct export_writer *w, const struct export_claim *c,
			    struct cc_err *err)
{
	if (item_ok(w, I_CLAIM, err) != CC_OK)
		return err->status;
	if (w->ops->claim)
		w->ops->claim(w, c);
	return status(w, err);
}

enum cc_status export_conflict(struct export_writer *w, const struct export_conflict *c,
			       struct cc_err *err)
{
	if (item_ok(w, I_CONFLICT, err) != CC_OK)
		return err->status;
	if (w->ops->conflict)
		w->ops->conflict(w, c);
	return status(w, err);
}

enum cc_status export_session(struct export_writer *w, const struct export_session *s,
			      struct cc_err *err)
{
	if (item_ok(w, I_SESSION, err) != CC_OK)
		return err->status;
	if (w->ops->session)
		w->ops->session(w, s);
	return status(w, err);
}

enum cc_status export_end(struct export_writer *w, struct cc_err *err)
{
	if (!w->begun || w->ended)
		return cc_err_set(err, CC_ERR_USAGE, "export: ended twice or never begun");
	if (w->ops->end)
		w->ops->end(w);
	w->ended = true;
	if (!w->failed && fflush(w->out) != 0) {
		w->failed = true;
		w->io_errno = errno ? errno : EIO;
	}
	return status(w, err);
}

/* ---- import: reading a json export back ------------------------------------------ */

struct import_priv {
	json_t *doc, *hashes;
	struct buf strings; /* char * made here (joined tags, times), to free */
	/* the latest time an entry may have: a day from now (clocks differ) */
	char latest[EXPORT_TIME_LEN + 1];
};

/* A short, inert rendering of an untrusted value for a message. */
static char *shown(json_t *v)
{
	struct buf b;
	buf_init(&b);
	if (json_is_string(v)) {
		const char *s = json_string_value(v);
		size_t n = json_string_length(v);
		size_t cut = n;
		if (text_cp_count(s, n) > 40) {
			/* the first 40 code points */
			const uint8_t *p = (const uint8_t *)s, *e = p + n;
			for (int k = 0; k < 40 && p < e; k++) {
				int m = u8_mblen(p, (size_t)(e - p));
				p += m > 0 ? m : 1;
			}
			cut = (size_t)(p - (const uint8_t *)s);
		}
		buf_addc(&b, '"');
		text_sanitize(s, cut, false, &b);
		if (cut < n)
			buf_adds(&b, "\xE2\x80\xA6");
		buf_addc(&b, '"');
	} else if (json_is_null(v)) {
		buf_adds(&b, "null");
	} else if (json_is_integer(v)) {
		buf_printf(&b, "%lld", (long long)json_integer_value(v));
	} else if (json_is_boolean(v)) {
		buf_adds(&b, json_is_true(v) ? "true" : "false");
	} else if (json_is_array(v)) {
		buf_adds(&b, "an array");
	} else if (json_is_object(v)) {
		buf_adds(&b, "an object");
	} else {
		buf_adds(&b, "a number");
	}
	return buf_steal(&b);
}

static const char *type_name(json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT: return "an object";
	case JSON_ARRAY: return "an array";
	case JSON_STRING: return "a string";
	case JSON_INTEGER:
	case JSON_REAL: return "a number";
	case JSON_TRUE:
	case JSON_FALSE: return "a boolean";
	default: return "null";
	}
}

struct where {
	const char *label;
	size_t claim, entry;
	bool in_entry;
};

static enum cc_status CC_PRINTF(3, 4) bad(struct cc_err *err, const struct where *at,
					   const char *fmt, ...)
{
	struct buf b;
	buf_init(&b);
	buf_adds(&b, at->label);
	if (at->in_entry)
		buf_printf(&b, ": claims[%zu].history[%zu]", at->claim, at->entry);
	else
		buf_printf(&b, ": claims[%zu]", at->claim);
	buf_adds(&b, ": ");
	va_list ap;
	va_start(ap, fmt);
	char *msg = NULL;
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n >= 0) {
		msg = xmalloc((size_t)n + 1);
		va_start(ap, fmt);
		vsnprintf(msg, (size_t)n + 1, fmt, ap);
		va_end(ap);
		buf_adds(&b, msg);
		free(msg);
	}
	cc_err_set(err, CC_ERR_INPUT, "%s; nothing imported", b.data);
	buf_free(&b);
	return CC_ERR_INPUT;
}

/* A string member (or null when nullable); sets *out. */
static enum cc_status member_str(json_t *o, const char *k, bool nullable, bool nonempty,
				 const char **out, const struct where *at, struct cc_err *err)
{
	json_t *v = json_object_get(o, k);
	*out = NULL;
	if (!v)
		return bad(err, at, "\"%s\" is missing", k);
	if (json_is_null(v) && nullable)
		return CC_OK;
	if (!json_is_string(v))
		return bad(err, at, "\"%s\" must be a string%s, not %s", k, nullable ? " or null" : "",
			   type_name(v));
	if (strlen(json_string_value(v)) != json_string_length(v))
		return bad(err, at, "\"%s\" holds a NUL character", k);
	if (nonempty && !*json_string_value(v))
		return bad(err, at, "\"%s\" must not be empty", k);
	*out = json_string_value(v);
	return CC_OK;
}

/* An entry's optional "FIELD_effect" ("kept" or "set") and, with "set",
 * its "claim_FIELD" (a string or null; a verdict must be one). */
static enum cc_status read_effect(json_t *e, const char *field, int keep_bit, int *effect,
				  const char **value, const struct where *at, struct cc_err *err)
{
	char k[32], vk[32];
	snprintf(k, sizeof k, "%s_effect", field);
	snprintf(vk, sizeof vk, "claim_%s", field);
	*value = NULL;
	if (!json_object_get(e, k)) {
		if (json_object_get(e, vk))
			return bad(err, at, "\"%s\" without \"%s\"", vk, k);
		return CC_OK;
	}
	const char *how;
	if (member_str(e, k, false, true, &how, at, err))
		return CC_ERR_INPUT;
	if (strcmp(how, "kept") == 0) {
		if (json_object_get(e, vk))
			return bad(err, at, "\"%s\" with \"%s\": \"kept\"", vk, k);
		*effect |= keep_bit;
		return CC_OK;
	}
	if (strcmp(how, "set") != 0)
		return bad(err, at, "\"%s\" must be \"kept\" or \"set\"", k);
	if (member_str(e, vk, true, false, value, at, err))
		return CC_ERR_INPUT;
	if (keep_bit == EXPORT_EFFECT_VERDICT_KEEP && *value && export_verdict_index(*value) < 0)
		return bad(err, at, "\"%s\" is not a verdict (true, false, misleading, unverifiable "
				    "or null)", vk);
	*effect |= keep_bit << 1;
	return CC_OK;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static enum cc_status read_tags(json_t *v, struct import_priv *pv, const char **out,
				const struct where *at, struct cc_err *err)
{
	if (!v)
		return bad(err, at, "\"tags\" is missing");
	if (!json_is_array(v))
		return bad(err, at, "\"tags\" must be an array of strings, not %s", type_name(v));
	size_t n = json_array_size(v);
	const char **t = xmalloc((n ? n : 1) * sizeof *t);
	for (size_t i = 0; i < n; i++) {
		json_t *x = json_array_get(v, i);
		if (!json_is_string(x) || !export_tag_valid(json_string_value(x)) ||
		    strlen(json_string_value(x)) != json_string_length(x)) {
			char *s = shown(x);
			bad(err, at, "tags[%zu]: %s is not a tag (1 to 64 bytes, no commas or control "
				     "characters)", i, s);
			free(s);
			free(t);
			return CC_ERR_INPUT;
		}
		t[i] = json_string_value(x);
	}
	qsort(t, n, sizeof *t, cmp_str);
	struct buf b;
	buf_init(&b);
	for (size_t i = 0; i < n; i++) {
		if (i && strcmp(t[i], t[i - 1]) == 0)
			continue;
		if (b.len)
			buf_addc(&b, ',');
		buf_adds(&b, t[i]);
	}
	free(t);
	char *joined = buf_steal(&b);
	buf_add(&pv->strings, &joined, sizeof joined);
	*out = joined;
	return CC_OK;
}

static bool action_valid(const char *a)
{
	return strcmp(a, "set") == 0 || strcmp(a, "undo") == 0 || strcmp(a, "redo") == 0 ||
	       strcmp(a, "import") == 0;
}

static int cmp_entry(const void *a, const void *b)
{
	const struct export_import_entry *x = a, *y = b;
	if (x->claim != y->claim)
		return x->claim < y->claim ? -1 : 1;
	int c = strcmp(x->at, y->at);
	if (c)
		return c;
	/* the same time: keep the file's order */
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static enum cc_status read_entries(json_t *claims, json_t *hashes, const char *label,
				   struct export_import *out, struct import_priv *pv,
				   struct cc_err *err)
{
	size_t cap = 0;
	struct where at = {.label = label};
	size_t ci;
	json_t *c;
	json_array_foreach(claims, ci, c) {
		at.claim = ci;
		at.in_entry = false;
		if (!json_is_object(c))
			return bad(err, &at, "a claim must be an object, not %s", type_name(c));
		const char *key, *source, *text, *event;
		if (member_str(c, "key", false, true, &key, &at, err) ||
		    member_str(c, "source", false, true, &source, &at, err) ||
		    member_str(c, "text", false, false, &text, &at, err))
			return CC_ERR_INPUT;
		json_t *ev = json_object_get(c, "event");
		event = json_is_string(ev) ? json_string_value(ev) : NULL;
		/* judged by the exporting store, so not a test of the claim's
		 * place (as its subject is not); files older than it lack it */
		json_t *imp = json_object_get(c, "subject_implied");
		if (imp && !json_is_boolean(imp))
			return bad(err, &at, "\"subject_implied\" must be true or false, not %s",
				   type_name(imp));
		const char *colon = strchr(key, ':');
		if (!colon || colon == key) {
			char *s = shown(json_object_get(c, "key"));
			bad(err, &at, "\"key\": %s is not a claim key (HASH:START-END#RANK)", s);
			free(s);
			return CC_ERR_INPUT;
		}
		json_t *h = json_object_get(hashes, source);
		const char *hash = json_is_string(h) ? json_string_value(h) : NULL;
		json_t *hist = json_object_get(c, "history");
		if (!hist)
			return bad(err, &at, "\"history\" is missing");
		if (!json_is_array(hist))
			return bad(err, &at, "\"history\" must be an array, not %s", type_name(hist));
		size_t ei;
		json_t *e;
		json_array_foreach(hist, ei, e) {
			at.entry = ei;
			at.in_entry = true;
			if (!json_is_object(e))
				return bad(err, &at, "an entry must be an object, not %s", type_name(e));
			struct export_import_entry x = {
				.key = key, .source = source, .source_hash = hash, .text = text,
				.event = event, .claim = ci,
			};
			if (member_str(e, "reviewer", false, true, &x.reviewer, &at, err) ||
			    member_str(e, "at", false, true, &x.at, &at, err) ||
			    member_str(e, "action", false, true, &x.action, &at, err) ||
			    member_str(e, "verdict", true, false, &x.verdict, &at, err) ||
			    member_str(e, "note", true, false, &x.note, &at, err))
				return CC_ERR_INPUT;
			char norm[EXPORT_TIME_LEN + 1];
			if (!export_time_normalize(x.at, norm)) {
				char *s = shown(json_object_get(e, "at"));
				bad(err, &at, "\"at\": %s is not a UTC time (a real date and time: "
					      "2024-07-20T10:11:12Z)", s);
				free(s);
				return CC_ERR_INPUT;
			}
			/* a time in the future would be the newest change to the
			 * claim until then, hiding every later verdict */
			if (strcmp(norm, pv->latest) > 0) {
				char *s = shown(json_object_get(e, "at"));
				char *k = shown(json_object_get(c, "key"));
				bad(err, &at, "\"at\": %s is in the future (claim %s)", s, k);
				free(s);
				free(k);
				return CC_ERR_INPUT;
			}
			/* the store's own form, so that times sort as text */
			char *kept = xstrdup(norm);
			buf_add(&pv->strings, &kept, sizeof kept);
			x.at = kept;
			if (!action_valid(x.action)) {
				char *s = shown(json_object_get(e, "action"));
				bad(err, &at, "\"action\": %s is not set, undo, redo or import", s);
				free(s);
				return CC_ERR_INPUT;
			}
			if (x.verdict && export_verdict_index(x.verdict) < 0) {
				char *s = shown(json_object_get(e, "verdict"));
				bad(err, &at, "\"verdict\": %s is not a verdict (true, false, misleading, "
					      "unverifiable or null)", s);
				free(s);
				return CC_ERR_INPUT;
			}
			if (read_tags(json_object_get(e, "tags"), pv, &x.tags, &at, err) != CC_OK)
				return CC_ERR_INPUT;
			if (read_effect(e, "verdict", EXPORT_EFFECT_VERDICT_KEEP, &x.effect, &x.claim_verdict,
					&at, err) != CC_OK ||
			    read_effect(e, "note", EXPORT_EFFECT_NOTE_KEEP, &x.effect, &x.claim_note, &at,
					err) != CC_OK)
				return CC_ERR_INPUT;
			x.seq = out->n;
			out->entries = xgrow(out->entries, &cap, out->n + 1, sizeof *out->entries);
			out->entries[out->n++] = x;
		}
	}
	out->nclaims = json_array_size(claims);
	if (out->n > 1)
		qsort(out->entries, out->n, sizeof *out->entries, cmp_entry);
	return CC_OK;
}

/* Feeds jansson the file without a leading UTF-8 byte order mark (add
 * accepts one; an editor may write one), noting whether anything but
 * white space came. */
struct import_feed {
	FILE *f;
	unsigned char head[3];
	size_t nhead, at;
	bool content;
};

static size_t import_feed_read(void *buffer, size_t size, void *data)
{
	struct import_feed *fd = data;
	size_t n;
	if (fd->at < fd->nhead) {
		n = fd->nhead - fd->at < size ? fd->nhead - fd->at : size;
		memcpy(buffer, fd->head + fd->at, n);
		fd->at += n;
	} else {
		n = fread(buffer, 1, size, fd->f);
		if (!n && ferror(fd->f))
			return (size_t)-1;
	}
	for (size_t i = 0; i < n && !fd->content; i++) {
		unsigned char c = ((unsigned char *)buffer)[i];
		fd->content = !(c == ' ' || c == '\t' || c == '\n' || c == '\r');
	}
	return n;
}

/* What a JSON document that is not a crosscheck export is, when crosscheck
 * wrote it in another format; NULL when unknown. */
static const char *import_what(json_t *doc)
{
	if (json_is_object(doc)) {
		json_t *t = json_object_get(doc, "type");
		json_t *ctx = json_object_get(doc, "@context");
		if ((json_is_string(t) && (strcmp(json_string_value(t), "AnnotationCollection") == 0 ||
					   strcmp(json_string_value(t), "AnnotationPage") == 0 ||
					   strcmp(json_string_value(t), "Annotation") == 0)) ||
		    (json_is_string(ctx) && strstr(json_string_value(ctx), "w3.org/ns/anno")))
			return "a Web Annotation collection (--format wadm)";
		json_t *g = json_object_get(doc, "@graph");
		json_t *ty = json_object_get(doc, "@type");
		if ((json_is_string(ctx) && strstr(json_string_value(ctx), "schema.org")) ||
		    json_is_array(g) ||
		    (json_is_string(ty) && strcmp(json_string_value(ty), "ClaimReview") == 0))
			return "schema.org ClaimReview JSON-LD (--format claimreview)";
		if (json_object_get(doc, "key") && json_object_get(doc, "history"))
			return "one claim of a jsonl export (--format jsonl)";
	}
	return NULL;
}

enum cc_status export_import_read(FILE *f, const char *label, struct export_import *out,
				  struct cc_err *err)
{
	memset(out, 0, sizeof *out);
	json_error_t je;
	struct import_feed fd = {.f = f};
	fd.nhead = fread(fd.head, 1, sizeof fd.head, f);
	if (fd.nhead == 3 && memcmp(fd.head, "\xEF\xBB\xBF", 3) == 0)
		fd.nhead = 0;
	json_t *doc = json_load_callback(import_feed_read, &fd, JSON_REJECT_DUPLICATES, &je);
	if (!doc && !fd.content && !ferror(f))
		return cc_err_set(err, CC_ERR_INPUT,
				  "%s: empty file (import reads the json format ('crosscheck export', "
				  "or --format json)); nothing imported", label);
	if (!doc) {
		struct buf b;
		buf_init(&b);
		text_sanitize(je.text, strlen(je.text), false, &b);
		/* a second value after the first: one object a line, as the
		 * jsonl export writes; else the file is not JSON at all (csv,
		 * markdown) or broken */
		const char *hint = je.line >= 2 && strstr(je.text, "end of file expected")
					   ? "it holds one JSON value a line, as the jsonl export writes, but import "
					     "reads the json format ('crosscheck export', or --format json)"
					   : "import reads the json format ('crosscheck export', or --format json)";
		if (je.line > 0)
			cc_err_set(err, CC_ERR_INPUT, "%s:%d:%d: not valid JSON: %s (%s); nothing imported",
				   label, je.line, je.column, b.data ? b.data : "", hint);
		else
			cc_err_set(err, CC_ERR_INPUT, "%s: not valid JSON: %s (%s); nothing imported", label,
				   b.data ? b.data : "", hint);
		buf_free(&b);
		return CC_ERR_INPUT;
	}
	json_t *fmt = json_is_object(doc) ? json_object_get(doc, "format") : NULL;
	if (!json_is_string(fmt) || strcmp(json_string_value(fmt), EXPORT_FORMAT_ID) != 0) {
		const char *what = import_what(doc);
		json_decref(doc);
		if (what)
			return cc_err_set(err, CC_ERR_INPUT,
					  "%s: not a crosscheck export: it is %s; crosscheck imports "
					  "its own json export "
					  "('crosscheck export', or --format json); nothing imported",
					  label, what);
		return cc_err_set(err, CC_ERR_INPUT,
				  "%s: not a crosscheck export (expected a JSON object with \"format\": "
				  "\"" EXPORT_FORMAT_ID "\", as 'crosscheck export --format json' writes); "
				  "nothing imported", label);
	}
	json_t *ver = json_object_get(doc, "version");
	if (!json_is_integer(ver) || json_integer_value(ver) < 1) {
		json_decref(doc);
		return cc_err_set(err, CC_ERR_INPUT, "%s: \"version\" must be a positive integer; nothing imported",
				  label);
	}
	if (json_integer_value(ver) > EXPORT_VERSION) {
		long long v = (long long)json_integer_value(ver);
		json_decref(doc);
		return cc_err_set(err, CC_ERR_INPUT,
				  "%s: export version %lld is newer than this crosscheck reads (%d); nothing "
				  "imported", label, v, EXPORT_VERSION);
	}
	json_t *claims = json_object_get(doc, "claims");
	json_t *sources = json_object_get(doc, "sources");
	if (!json_is_array(claims) || (sources && !json_is_array(sources))) {
		json_decref(doc);
		return cc_err_set(err, CC_ERR_INPUT, "%s: \"claims\" and \"sources\" must be arrays; nothing imported",
				  label);
	}
	struct import_priv *pv = xcalloc(1, sizeof *pv);
	pv->doc = doc;
	buf_init(&pv->strings);
	time_t soon = time(NULL) + 24 * 60 * 60;
	struct tm tm;
	if (!gmtime_r(&soon, &tm) ||
	    !strftime(pv->latest, sizeof pv->latest, "%Y-%m-%dT%H:%M:%S.999Z", &tm))
		strcpy(pv->latest, "9999-12-31T23:59:59.999Z");
	out->priv = pv;
	/* source name -> content hash, looked up once a claim */
	pv->hashes = json_object();
	size_t si;
	json_t *src;
	json_array_foreach(sources, si, src) {
		json_t *nm = json_object_get(src, "name");
		json_t *h = json_object_get(src, "hash");
		if (json_is_string(nm) && json_is_string(h))
			json_object_set(pv->hashes, json_string_value(nm), h);
	}
	if (read_entries(claims, pv->hashes, label, out, pv, err) != CC_OK) {
		export_import_free(out);
		return CC_ERR_INPUT;
	}
	return CC_OK;
}

void export_import_free(struct export_import *im)
{
	struct import_priv *pv = im->priv;
	if (pv) {
		char **v = (char **)pv->strings.data;
		for (size_t i = 0; v && i < pv->strings.len / sizeof *v; i++)
			free(v[i]);
		buf_free(&pv->strings);
		json_decref(pv->hashes);
		json_decref(pv->doc);
		free(pv);
	}
	free(im->entries);
	memset(im, 0, sizeof *im);
}
