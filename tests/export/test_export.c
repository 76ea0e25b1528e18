/* Unit tests for src/export.c: every writer fed an in-memory claim set (the
 * sink's test implementation) and parsed back — JSON by jansson, CSV by a
 * strict RFC 4180 reader, Markdown line by line — plus offsets, escaping,
 * labels, kappa, and the import reader's refusals. */
#include "config.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "csv4180.h"
#include "export.h"
#include "tap.h"
#include "text.h"

/* ---- the in-memory claim set ------------------------------------------------ */

static const char TEXT[] =
	"Pr\xC3\xA9lude \xE2\x80\x94 a caf\xC3\xA9 in \xE6\x9D\xB1\xE4\xBA\xAC. "
	"=SUM(A1) was typed | by *someone* <b>bold</b> & $5 [link](x) `code` # ~x~.\n"
	"Second line with ESC \x1B[31m and a \"quote\", commas.";
static const char S1[] = "=SUM(A1) was typed | by *someone* <b>bold</b> & $5 [link](x) `code` # ~x~.";
static const char S2[] = "Second line with ESC \x1B[31m and a \"quote\", commas.";
static const char HASH[] = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

struct set {
	struct export_source src;
	struct export_slot slots[2];
	struct export_entry hist[2];
	struct export_claim claims[2];
	struct export_conflict conflict;
	struct export_session session;
};

/* Code points in the first n bytes, counted by lead bytes (independent of
 * libunistring). */
static size_t lead_bytes(const char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += ((unsigned char)s[i] & 0xC0) != 0x80;
	return k;
}

static void claim_fill(struct export_claim *c, const struct export_source *src, int64_t id,
		       const char *key, const char *sentence, struct export_cp_cursor *cur)
{
	size_t len = strlen(TEXT);
	const char *p = strstr(TEXT, sentence);
	size_t start = (size_t)(p - TEXT), end = start + strlen(sentence), pre, post;
	export_quote_context(TEXT, len, start, end, EXPORT_CONTEXT_CP, &pre, &post);
	*c = (struct export_claim){
		.id = id, .key = key, .source = src, .sentence = (size_t)id, .text = p,
		.text_len = end - start, .start = start, .end = end,
		.start_cp = export_cp_at(cur, start), .end_cp = export_cp_at(cur, end),
		.prefix = TEXT + pre, .prefix_len = start - pre, .suffix = TEXT + end,
		.suffix_len = post - end, .subject = "Acme", .event = id == 1 ? "ANNOUNCE" : "",
		.lemma = "", .speaker = NULL, .modality = "asserted", .score = 0.5,
		.support = 1, .conflicts = 1,
	};
}

static void set_build(struct set *s)
{
	memset(s, 0, sizeof *s);
	s->src = (struct export_source){
		.name = "wire_*news*.txt", .title = "A | title", .date = "2024-07-20",
		.url = "https://example.com/a", .outlet = "example.com", .story = "s1", .hash = HASH,
		.added = "2024-07-21T10:00:00Z", .bytes = strlen(TEXT),
	};
	struct export_cp_cursor cur;
	export_cp_cursor_init(&cur, TEXT, strlen(TEXT));
	claim_fill(&s->claims[0], &s->src, 1, "0123456789abcdef:20-90#0", S1, &cur);
	claim_fill(&s->claims[1], &s->src, 2, "0123456789abcdef:91-140#0", S2, &cur);
	s->claims[1].subject_implied = true;
	s->slots[0] = (struct export_slot){.type = "money", .text = "$5", .value = "USD 5",
					   .unit = "USD", .has_lo = true, .lo = 5, .has_hi = true,
					   .hi = 5, .event = "ANNOUNCE", .subject = "Acme"};
	s->slots[1] = (struct export_slot){.type = "date", .text = "3 May", .value = "2024-05-03",
					   .has_lo = true, .lo = 19846, .has_hi = true, .hi = 19846,
					   .gran = "day"};
	s->claims[0].slots = s->slots;
	s->claims[0].nslots = 2;
	s->hist[0] = (struct export_entry){.reviewer = "alice", .at = "2024-07-22T10:00:00.000Z",
					   .action = "set", .verdict = "true",
					   .note = "Looks right,\nsee \"AP\"", .tags = "a,b", .session = 1};
	s->hist[1] = (struct export_entry){.reviewer = "bob", .at = "2024-07-22T11:00:00.000Z",
					   .action = "set", .verdict = "false",
					   .note = "Wrong: 4 | not 5", .tags = "checked"};
	s->claims[0].history = s->hist;
	s->claims[0].nhistory = 2;
	s->conflict = (struct export_conflict){
		.id = 7, .story = "s1", .kind = "quantity", .severity = "strong", .rule = "q/x",
		.key = "Acme|USD", .explanation = "one says $5, the other *4*",
		.a = {.id = 1, .key = s->claims[0].key, .source = s->src.name, .text = S1,
		      .text_len = strlen(S1), .start = s->claims[0].start, .end = s->claims[0].end,
		      .verdict = "false"},
		.b = {.id = 2, .key = s->claims[1].key, .source = s->src.name, .text = S2,
		      .text_len = strlen(S2), .start = s->claims[1].start, .end = s->claims[1].end},
	};
	s->session = (struct export_session){.id = 1, .reviewer = "alice",
					     .started = "2024-07-22T09:59:00.000Z", .annotations = 1};
}

static const struct export_meta META = {
	.exported = "2024-08-01T00:00:00Z", .store = "test.db", .schema = 4,
	.generator = "crosscheck test", .only = "all",
	.review_url_base = "https://example.org/review/",
};

/* Runs a writer over the set; returns the output (caller frees). */
static char *write_set(enum export_format f, const struct set *s, enum cc_status *rc_out)
{
	char *data = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&data, &len);
	struct export_writer *w = export_writer_new(f, out, &META);
	struct cc_err err = {0};
	enum cc_status rc = export_begin(w, &err);
	if (export_writer_order(w) == EXPORT_BY_SECTION) {
		if (rc == CC_OK)
			rc = export_source(w, &s->src, &err);
		for (int i = 0; i < 2 && rc == CC_OK; i++)
			rc = export_claim(w, &s->claims[i], &err);
		if (rc == CC_OK)
			rc = export_conflict(w, &s->conflict, &err);
		if (rc == CC_OK)
			rc = export_session(w, &s->session, &err);
	} else {
		if (rc == CC_OK)
			rc = export_story(w, "s1", &err);
		if (rc == CC_OK)
			rc = export_source(w, &s->src, &err);
		if (rc == CC_OK)
			rc = export_conflict(w, &s->conflict, &err);
		for (int i = 0; i < 2 && rc == CC_OK; i++)
			rc = export_claim(w, &s->claims[i], &err);
	}
	if (rc == CC_OK)
		rc = export_end(w, &err);
	if (rc != CC_OK)
		tap_diag("writer: %s", err.msg ? err.msg : "?");
	cc_err_clear(&err);
	export_writer_free(w);
	fclose(out);
	if (rc_out)
		*rc_out = rc;
	return data;
}

static bool has_raw_controls(const char *s, bool allow_cr)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if ((*p < 0x20 && *p != '\n' && !(allow_cr && *p == '\r')) || *p == 0x7f)
			return true;
	return false;
}

/* ---- tests ----------------------------------------------------------------------- */

static void test_offsets(void)
{
	struct export_cp_cursor cur;
	export_cp_cursor_init(&cur, TEXT, strlen(TEXT));
	const char *p = strstr(TEXT, S1);
	size_t start = (size_t)(p - TEXT);
	tap_long_eq((long long)export_cp_at(&cur, start), (long long)lead_bytes(TEXT, start),
		    "code-point offset after multibyte text");
	tap_ok(export_cp_at(&cur, start) < start, "code points are fewer than bytes here");
	tap_long_eq((long long)export_cp_at(&cur, 2), 2, "the cursor restarts when it goes back");
	tap_long_eq((long long)export_cp_at(&cur, 100000), (long long)lead_bytes(TEXT, strlen(TEXT)),
		    "an offset past the end is clamped");
	size_t pre, post;
	export_quote_context(TEXT, strlen(TEXT), start, start + strlen(S1), 32, &pre, &post);
	tap_long_eq((long long)lead_bytes(TEXT + pre, start - pre), 24,
		    "prefix: every code point of a short lead-in");
	tap_long_eq((long long)lead_bytes(TEXT + start + strlen(S1), post - start - strlen(S1)), 32,
		    "suffix: 32 code points");
	export_quote_context(TEXT, strlen(TEXT), 0, 5, 32, &pre, &post);
	tap_long_eq((long long)pre, 0, "prefix at the start of the text is empty");
	export_quote_context(TEXT, strlen(TEXT), 9, 12, 2, &pre, &post);
	tap_ok(((unsigned char)TEXT[pre] & 0xC0) != 0x80 && ((unsigned char)TEXT[post] & 0xC0) != 0x80,
	       "context never splits a UTF-8 sequence");
}

static void test_escaping(void)
{
	struct buf b;
	buf_init(&b);
	export_csv_field(&b, "plain", 5);
	tap_str_eq(b.data, "plain", "csv: plain field as is");
	buf_clear(&b);
	export_csv_field(&b, "a,\"b\"\nc", 7);
	tap_str_eq(b.data, "\"a,\"\"b\"\"\nc\"", "csv: comma, quote and newline quoted, quote doubled");
	const char *inj[] = {"=1+1", "+1", "-1", "@SUM(A1)"};
	for (size_t i = 0; i < CC_ARRAY_LEN(inj); i++) {
		buf_clear(&b);
		export_csv_field(&b, inj[i], strlen(inj[i]));
		tap_ok(b.data[0] == '\'' && strcmp(b.data + 1, inj[i]) == 0,
		       "csv: a cell starting with %c made inert", inj[i][0]);
	}
	buf_clear(&b);
	export_csv_field(&b, "\t=x", 3);
	tap_ok(b.data[0] != '\t', "csv: a leading tab does not survive");
	buf_clear(&b);
	export_csv_field(&b, "a\x1B[31mb", 7);
	tap_ok(!has_raw_controls(b.data, false), "csv: control characters made visible");
	buf_clear(&b);
	export_csv_field(&b, "", 0);
	tap_long_eq((long long)b.len, 0, "csv: empty field is empty");

	buf_clear(&b);
	const char *md = "a|b *c* _d_ <e> [f](g) `h` #i ~j~ &k; $l \\m";
	export_md_text(&b, md, strlen(md));
	tap_str_eq(b.data, "a\\|b \\*c\\* \\_d\\_ \\<e\\> \\[f\\](g) \\`h\\` \\#i \\~j\\~ \\&k; \\$l \\\\m",
		   "markdown: metacharacters escaped");
	buf_clear(&b);
	export_md_text(&b, "x\ny\x1B[2J\x07z\xE2\x80\xAEw", 13);
	tap_ok(!has_raw_controls(b.data, false) && !strchr(b.data, '\n'),
	       "markdown: no control character, no line break");
	tap_ok(strstr(b.data, "\xE2\x80\xAE") == NULL, "markdown: bidi override made inert");
	buf_free(&b);
}

static void test_maps(void)
{
	tap_str_eq(export_fever_label("true"), "SUPPORTS", "label: true -> SUPPORTS");
	tap_str_eq(export_fever_label("false"), "REFUTES", "label: false -> REFUTES");
	tap_str_eq(export_fever_label("misleading"), "REFUTES", "label: misleading -> REFUTES");
	tap_str_eq(export_fever_label("unverifiable"), "NOT ENOUGH INFO",
		   "label: unverifiable -> NOT ENOUGH INFO");
	tap_ok(export_fever_label(NULL) == NULL, "label: no verdict -> null");
	tap_long_eq(export_rating_value("false"), 1, "rating: false 1");
	tap_long_eq(export_rating_value("misleading"), 2, "rating: misleading 2");
	tap_long_eq(export_rating_value("true"), 3, "rating: true 3");
	tap_long_eq(export_rating_value("unverifiable"), 0, "rating: unverifiable has none");
	enum export_format f;
	tap_ok(export_format_parse("claimreview", &f) && f == EXPORT_CLAIMREVIEW, "format names parse");
	tap_ok(!export_format_parse("xml", &f), "unknown format refused");
	tap_ok(export_time_valid("2024-07-20T10:11:12Z") && export_time_valid("2024-07-20T10:11:12.345Z"),
	       "times as the log writes them are valid");
	tap_ok(!export_time_valid("2024-07-20 10:11:12") && !export_time_valid("2024-07-20T10:11:12.Z") &&
		       !export_time_valid("2024-07-20T10:11:12Zx") && !export_time_valid(""),
	       "malformed times refused");
	/* a real date and time, each written in the store's own form (three
	 * decimals always, so that times sort as text); NULL: refused */
	static const struct {
		const char *in, *norm;
	} times[] = {
		{"2024-07-20T10:11:12Z", "2024-07-20T10:11:12.000Z"},
		{"2024-07-20T10:11:12.7Z", "2024-07-20T10:11:12.700Z"},
		{"2024-07-20T10:11:12.733Z", "2024-07-20T10:11:12.733Z"},
		{"2024-07-20T10:11:12.7339Z", "2024-07-20T10:11:12.733Z"},
		{"2024-02-29T23:59:59Z", "2024-02-29T23:59:59.000Z"},
		{"2000-02-29T00:00:00Z", "2000-02-29T00:00:00.000Z"},
		{"2016-12-31T23:59:60Z", "2016-12-31T23:59:60.000Z"},
		{"2024-12-31T00:00:00Z", "2024-12-31T00:00:00.000Z"},
		{"9999-99-99T99:99:99Z", NULL},
		{"2024-13-01T00:00:00Z", NULL},
		{"2024-00-10T00:00:00Z", NULL},
		{"2024-04-31T00:00:00Z", NULL},
		{"2023-02-29T00:00:00Z", NULL},
		{"1900-02-29T00:00:00Z", NULL},
		{"2024-07-00T00:00:00Z", NULL},
		{"2024-07-20T24:00:00Z", NULL},
		{"2024-07-20T10:60:00Z", NULL},
		{"2024-07-20T10:11:61Z", NULL},
		{"2024-07-20T10:11:12", NULL},
		{"2024-07-20T10:11:12+02:00", NULL},
	};
	for (size_t i = 0; i < CC_ARRAY_LEN(times); i++) {
		char out[EXPORT_TIME_LEN + 1] = "";
		bool ok = export_time_normalize(times[i].in, out);
		if (times[i].norm)
			tap_ok(ok && export_time_valid(times[i].in) && strcmp(out, times[i].norm) == 0,
			       "time %s -> %s (%s)", times[i].in, times[i].norm, out);
		else
			tap_ok(!ok && !export_time_valid(times[i].in) && !*out, "time %s refused",
			       times[i].in);
	}
	tap_ok(export_tag_valid("x") && !export_tag_valid("a,b") && !export_tag_valid("") &&
		       !export_tag_valid("a\x1b") && !export_tag_valid(
			       "0123456789012345678901234567890123456789012345678901234567890123456789"),
	       "tags: 1 to 64 bytes, no comma, no control");
}

static void test_kappa(void)
{
	struct export_kappa k;
	size_t m[4][4] = {{20, 5, 0, 0}, {10, 15, 0, 0}};
	export_kappa((const size_t(*)[4])m, &k);
	tap_ok(k.n == 50 && k.agree == 35, "kappa: counts");
	tap_ok(k.defined && k.observed > 0.6999 && k.observed < 0.7001, "kappa: observed 0.70");
	tap_ok(k.expected > 0.4999 && k.expected < 0.5001, "kappa: expected 0.50");
	tap_ok(k.kappa > 0.3999 && k.kappa < 0.4001, "kappa: 0.40 (textbook example)");
	size_t same[4][4] = {{3}};
	export_kappa((const size_t(*)[4])same, &k);
	tap_ok(!k.defined && k.observed == 1.0, "kappa: undefined when both used one category only");
	size_t opp[4][4] = {{0, 5}, {5, 0}};
	export_kappa((const size_t(*)[4])opp, &k);
	tap_ok(k.defined && k.kappa < -0.999, "kappa: -1 for total disagreement");
	size_t none[4][4] = {{0}};
	export_kappa((const size_t(*)[4])none, &k);
	tap_ok(k.n == 0 && !k.defined, "kappa: no items, undefined");
}

static void test_duration_words(void)
{
	static const struct {
		const char *iso, *words;
	} cases[] = {
		{"P20Y", "20 years"}, {"P1Y", "1 year"}, {"P6M", "6 months"}, {"P2W", "2 weeks"},
		{"P3D", "3 days"}, {"PT48H", "48 hours"}, {"PT5M", "5 minutes"}, {"PT1S", "1 second"},
		{"P1Y6M", "1 year 6 months"}, {"P1.5Y", "1.5 years"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct buf b;
		buf_init(&b);
		bool ok = export_duration_words(&b, cases[i].iso);
		tap_ok(ok && b.data && strcmp(b.data, cases[i].words) == 0, "duration %s reads \"%s\" (%s)",
		       cases[i].iso, cases[i].words, b.data ? b.data : "");
		buf_free(&b);
	}
	static const char *const bad[] = {"", "P", "20Y", "PY", "P20", "P20X", "PT3D", "P5H"};
	bool none = true;
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		struct buf b;
		buf_init(&b);
		none = none && !export_duration_words(&b, bad[i]) && b.len == 0;
		buf_free(&b);
	}
	tap_ok(none, "duration: what is not an ISO 8601 duration is left alone");
}

static void test_json(const struct set *s)
{
	enum cc_status rc;
	char *out = write_set(EXPORT_JSON, s, &rc);
	tap_ok(rc == CC_OK, "json: written");
	json_error_t je;
	json_t *d = json_loads(out, 0, &je);
	if (!tap_ok(d != NULL, "json: parses back")) {
		tap_diag("%d:%d %s", je.line, je.column, je.text);
		free(out);
		return;
	}
	tap_str_eq(json_string_value(json_object_get(d, "format")), "crosscheck-claims", "json: format");
	tap_long_eq(json_integer_value(json_object_get(d, "version")), EXPORT_VERSION, "json: version");
	json_t *claims = json_object_get(d, "claims");
	tap_long_eq((long long)json_array_size(claims), 2, "json: both claims");
	tap_long_eq((long long)json_array_size(json_object_get(d, "sources")), 1, "json: the source");
	tap_long_eq((long long)json_array_size(json_object_get(d, "conflicts")), 1, "json: the conflict");
	tap_long_eq((long long)json_array_size(json_object_get(d, "sessions")), 1, "json: the session");
	json_t *c = json_array_get(claims, 0);
	tap_str_eq(json_string_value(json_object_get(c, "text")), S1, "json: claim text exact");
	tap_ok(json_is_false(json_object_get(c, "subject_implied")) &&
		       json_is_true(json_object_get(json_array_get(claims, 1), "subject_implied")),
	       "json: subject_implied false for a named subject, true for an implied one");
	json_t *q = json_object_get(c, "quote");
	struct buf b;
	buf_init(&b);
	buf_adds(&b, json_string_value(json_object_get(q, "prefix")));
	buf_adds(&b, json_string_value(json_object_get(q, "exact")));
	buf_adds(&b, json_string_value(json_object_get(q, "suffix")));
	tap_ok(strstr(TEXT, b.data) != NULL, "json: prefix + exact + suffix is the source's text");
	buf_free(&b);
	size_t start = (size_t)json_integer_value(json_object_get(c, "start"));
	tap_long_eq(json_integer_value(json_object_get(c, "start_cp")), (long long)lead_bytes(TEXT, start),
		    "json: start in code points");
	tap_long_eq(json_integer_value(json_object_get(c, "end_cp")) -
			    json_integer_value(json_object_get(c, "start_cp")),
		    (long long)lead_bytes(S1, strlen(S1)), "json: end in code points");
	tap_str_eq(json_string_value(json_object_get(c, "verdict")), "false", "json: current verdict is the latest");
	tap_str_eq(json_string_value(json_object_get(c, "label")), "REFUTES", "json: label");
	tap_long_eq((long long)json_array_size(json_object_get(c, "notes")), 2, "json: each reviewer's note");
	json_t *h = json_object_get(c, "history");
	tap_long_eq((long long)json_array_size(h), 2, "json: the whole history");
	json_t *h0 = json_array_get(h, 0);
	tap_ok(json_integer_value(json_object_get(h0, "session")) == 1 &&
		       json_array_size(json_object_get(h0, "tags")) == 2,
	       "json: history keeps session and tags");
	tap_ok(json_is_null(json_object_get(json_array_get(h, 1), "session")), "json: no session is null");
	json_t *c2 = json_array_get(claims, 1);
	tap_ok(json_is_null(json_object_get(c2, "verdict")) && json_is_null(json_object_get(c2, "label")) &&
		       json_is_null(json_object_get(c2, "event")),
	       "json: unannotated claim: null verdict and label; empty event is null");
	tap_str_eq(json_string_value(json_object_get(c2, "text")), S2,
		   "json: control characters survive (escaped by jansson)");
	tap_ok(strchr(out, '\x1b') == NULL, "json: no raw ESC in the output");
	json_t *f = json_array_get(json_object_get(d, "conflicts"), 0);
	tap_str_eq(json_string_value(json_object_get(json_object_get(f, "a"), "key")), s->claims[0].key,
		   "json: conflict sides carry claim keys");
	json_decref(d);
	free(out);
}

static void test_jsonl(const struct set *s)
{
	char *out = write_set(EXPORT_JSONL, s, NULL);
	size_t lines = 0;
	bool ok = true;
	for (char *p = out, *nl; p && *p; p = nl + 1) {
		nl = strchr(p, '\n');
		if (!nl)
			break;
		json_t *c = json_loadb(p, (size_t)(nl - p), 0, NULL);
		ok = ok && c && json_object_get(c, "key") && json_object_get(c, "label");
		json_decref(c);
		lines++;
	}
	tap_ok(ok && lines == 2, "jsonl: one claim object a line, each with key and label");
	free(out);
}

static void test_csv(const struct set *set)
{
	/* claim 1 is a side of two conflicts, both with claims of one other
	 * source: the source is named once */
	struct set copy = *set, *s = &copy;
	const struct export_claim_conflict with[] = {
		{.conflict = 7, .other = 2, .kind = "quantity", .severity = "strong",
		 .other_source = "=other, \"b\".txt"},
		{.conflict = 9, .other = 5, .kind = "date-event", .severity = "weak",
		 .other_source = "=other, \"b\".txt"},
	};
	s->claims[0].with = with;
	s->claims[0].nwith = 2;
	char *out = write_set(EXPORT_CSV, s, NULL);
	struct csv_rec *r;
	size_t n;
	char err[256];
	if (!tap_ok(csv_parse(out, strlen(out), &r, &n, err, sizeof err) == 0, "csv: RFC 4180")) {
		tap_diag("%s", err);
		free(out);
		return;
	}
	tap_long_eq((long long)n, 3, "csv: a header and one row a claim");
	tap_long_eq((long long)r[0].n, 18, "csv: 18 columns");
	tap_str_eq(r[0].f[13], "conflicts", "csv: the first 14 columns as before");
	tap_str_eq(r[0].f[14], "conflicts_with", "csv: conflicts_with after conflicts");
	tap_str_eq(r[0].f[17], "verdict_at", "csv: verdict_at last");
	tap_str_eq(r[1].f[14], "claim 2 quantity (strong); claim 5 date-event (weak)",
		   "csv: the other side of each conflict, with its kind and severity");
	tap_str_eq(r[1].f[15], "'=other, \"b\".txt", "csv: the other side's source, once, made inert");
	tap_str_eq(r[1].f[16], "bob", "csv: verdict_by: the reviewer whose verdict is shown");
	tap_str_eq(r[1].f[17], "2024-07-22T11:00:00.000Z", "csv: verdict_at: that entry's time");
	tap_str_eq(r[2].f[14], "", "csv: no conflicts given, conflicts_with empty");
	tap_str_eq(r[2].f[16], "", "csv: no verdict, verdict_by empty");
	tap_str_eq(r[0].f[6], "subject_implied", "csv: subject_implied after subject");
	tap_str_eq(r[0].f[4], "text", "csv: header names the text column");
	tap_ok(r[1].f[4][0] == '\'' && strcmp(r[1].f[4] + 1, S1) == 0,
	       "csv: a text starting with = is made inert, the rest exact");
	tap_str_eq(r[1].f[6], "false", "csv: a named subject: subject_implied false");
	tap_str_eq(r[2].f[6], "true", "csv: an implied subject: subject_implied true");
	tap_str_eq(r[1].f[9], "false", "csv: verdict");
	tap_str_eq(r[1].f[10], "Wrong: 4 | not 5", "csv: note");
	tap_str_eq(r[1].f[8], "money=USD 5; date=2024-05-03", "csv: slot values");
	tap_str_eq(r[1].f[13], "1", "csv: conflict count");
	tap_ok(strstr(r[2].f[4], "\"quote\", commas") != NULL, "csv: quotes and commas round-trip");
	tap_ok(!has_raw_controls(out, true), "csv: no raw control character");
	csv_free(r, n);
	free(out);
}

static void test_markdown(const struct set *s)
{
	char *out = write_set(EXPORT_MARKDOWN, s, NULL);
	tap_ok(!has_raw_controls(out, false), "markdown: no raw control character");
	tap_ok(strstr(out, "\n## Story: s1\n") != NULL, "markdown: a section per story");
	tap_ok(strstr(out, "### Conflicts") && strstr(out, "one says $5") == NULL &&
		       strstr(out, "one says \\$5, the other \\*4\\*"),
	       "markdown: conflict explanation, escaped");
	tap_ok(strstr(out, "> =SUM(A1) was typed \\| by \\*someone\\* \\<b\\>bold\\</b\\> \\& \\$5") != NULL,
	       "markdown: sentence quoted and escaped");
	tap_ok(strstr(out, "Other verdicts: alice: true") != NULL, "markdown: the other reviewer's verdict");
	tap_ok(strstr(out, "| #2 Acme (implied)") != NULL && strstr(out, "| #1 Acme") == NULL,
	       "markdown: an implied subject after the claim's id, a named one left to the sentence");
	tap_ok(strstr(out, "| Verdict | Source | Sentence | Claim | Note | Tags |") != NULL,
	       "markdown: the table of claims by verdict");
	/* every table line has exactly its columns' unescaped pipes */
	bool cols_ok = true;
	size_t rows = 0;
	for (char *p = out, *nl; (nl = strchr(p, '\n')); p = nl + 1) {
		if (*p != '|')
			continue;
		size_t pipes = 0;
		for (char *q = p; q < nl; q++)
			if (*q == '|' && (q == p || q[-1] != '\\'))
				pipes++;
		bool src_table = strncmp(p, "| Source", 8) == 0 || strncmp(p, "|---|---|---|---|\n", 18) == 0 ||
				 strncmp(p, "| wire", 6) == 0;
		cols_ok = cols_ok && pipes == (src_table ? 5u : 7u);
		rows++;
	}
	tap_ok(cols_ok && rows >= 6, "markdown: table rows keep their column count (| escaped)");
	const char *f = strstr(out, "| false |"), *u = strstr(out, "| unreviewed |");
	tap_ok(f && u && f < u, "markdown: claims grouped by verdict");
	free(out);
}

static void test_markdown_empty(void)
{
	char *data = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&data, &len);
	struct export_writer *w = export_writer_new(EXPORT_MARKDOWN, out, &META);
	struct cc_err err = {0};
	enum cc_status rc = export_begin(w, &err);
	if (rc == CC_OK)
		rc = export_end(w, &err);
	export_writer_free(w);
	fclose(out);
	tap_ok(rc == CC_OK && strstr(data, "No claims to report.") != NULL,
	       "markdown: an empty export says so");
	free(data);
}

static void test_wadm(const struct set *s)
{
	char *out = write_set(EXPORT_WADM, s, NULL);
	json_t *d = json_loads(out, 0, NULL);
	tap_ok(d != NULL, "wadm: parses");
	tap_str_eq(json_string_value(json_object_get(d, "@context")), "http://www.w3.org/ns/anno.jsonld",
		   "wadm: the anno.jsonld context");
	json_t *items = json_object_get(json_object_get(d, "first"), "items");
	tap_long_eq((long long)json_array_size(items), 1, "wadm: one annotation per annotated claim");
	json_t *a = json_array_get(items, 0);
	tap_str_eq(json_string_value(json_object_get(a, "motivation")), "assessing", "wadm: motivation");
	/* WADM 5.1, 5.2: the collection and its page have IRIs (under
	 * --review-url-base here), the collection its total */
	const char *cid = json_string_value(json_object_get(d, "id"));
	const char *base = "https://example.org/review/annotations/";
	tap_ok(cid && strncmp(cid, base, strlen(base)) == 0 &&
		       strspn(cid + strlen(base), "0123456789abcdef") == 16 && !cid[strlen(base) + 16],
	       "wadm: the collection's id is under the URL base, a 16-digit digest (%s)", cid ? cid : "none");
	json_t *first = json_object_get(d, "first");
	char *pid = xasprintf("%s/page/0", cid ? cid : "");
	tap_str_eq(json_string_value(json_object_get(first, "id")), pid, "wadm: the page's id");
	tap_str_eq(json_string_value(json_object_get(d, "last")), pid, "wadm: one page, first and last");
	free(pid);
	tap_str_eq(json_string_value(json_object_get(first, "partOf")), cid ? cid : "",
		   "wadm: the page is part of the collection");
	tap_long_eq((long long)json_integer_value(json_object_get(d, "total")), 1,
		    "wadm: total counts the annotations");
	json_t *cr = json_object_get(a, "creator");
	tap_ok(json_is_object(cr) && !strcmp(json_string_value(json_object_get(cr, "name")), "bob"),
	       "wadm: one creator, the reviewer whose verdict the body carries");
	tap_str_eq(json_string_value(json_object_get(a, "modified")), "2024-07-22T11:00:00.000Z",
		   "wadm: modified is the latest entry's time");
	json_t *t = json_object_get(a, "target");
	tap_str_eq(json_string_value(json_object_get(t, "source")), "https://example.com/a",
		   "wadm: target is the source's URL");
	json_t *sel = json_object_get(t, "selector");
	json_t *pos = json_array_get(sel, 1);
	tap_ok(json_integer_value(json_object_get(pos, "start")) == (json_int_t)s->claims[0].start_cp &&
		       json_integer_value(json_object_get(pos, "end")) == (json_int_t)s->claims[0].end_cp,
	       "wadm: TextPositionSelector in code points");
	tap_str_eq(json_string_value(json_object_get(json_array_get(sel, 0), "exact")), S1,
		   "wadm: TextQuoteSelector exact");
	json_t *body = json_object_get(a, "body");
	tap_ok(json_array_size(body) == 3 &&
		       !strcmp(json_string_value(json_object_get(json_array_get(body, 0), "purpose")), "assessing") &&
		       !strcmp(json_string_value(json_object_get(json_array_get(body, 1), "purpose")), "commenting") &&
		       !strcmp(json_string_value(json_object_get(json_array_get(body, 2), "purpose")), "tagging"),
	       "wadm: verdict, note and tag bodies");
	json_decref(d);
	free(out);
	/* without a URL the target is the text's hash */
	struct set s2 = *s;
	s2.src.url = NULL;
	for (int i = 0; i < 2; i++)
		s2.claims[i].source = &s2.src;
	s2.claims[0].history = s2.hist;
	s2.claims[0].slots = s2.slots;
	out = write_set(EXPORT_WADM, &s2, NULL);
	d = json_loads(out, 0, NULL);
	a = json_array_get(json_object_get(json_object_get(d, "first"), "items"), 0);
	tap_ok(strncmp(json_string_value(json_object_get(json_object_get(a, "target"), "source")),
		       "urn:sha256:0123", 15) == 0, "wadm: without a URL, urn:sha256: of the text");
	json_decref(d);
	free(out);
}

static void test_claimreview(const struct set *s0)
{
	/* alice said true, bob false: no rating to publish, and the writer
	 * names the claim left out */
	char *data = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&data, &len);
	struct export_writer *w = export_writer_new(EXPORT_CLAIMREVIEW, mem, &META);
	struct cc_err err = {0};
	export_begin(w, &err);
	for (int i = 0; i < 2; i++)
		export_claim(w, &s0->claims[i], &err);
	export_end(w, &err);
	size_t nw = 0;
	const char *wh = export_writer_withheld(w, &nw);
	tap_ok(nw == 1 && wh && strcmp(wh, "#1 (alice: true, bob: false)") == 0,
	       "claimreview: a claim whose reviewers disagree is left out, named with their verdicts");
	export_writer_free(w);
	fclose(mem);
	json_t *d = json_loads(data, 0, NULL);
	tap_long_eq((long long)json_array_size(json_object_get(d, "@graph")), 0,
		    "claimreview: ... and no review is written for it");
	json_decref(d);
	free(data);
	/* bob alone: published */
	struct set s1 = *s0;
	const struct set *s = &s1;
	s1.claims[0].history = &s0->hist[1];
	s1.claims[0].nhistory = 1;
	char *out = write_set(EXPORT_CLAIMREVIEW, s, NULL);
	d = json_loads(out, 0, NULL);
	json_t *g = json_object_get(d, "@graph");
	tap_long_eq((long long)json_array_size(g), 1, "claimreview: one review per claim with a verdict");
	json_t *r = json_array_get(g, 0);
	tap_str_eq(json_string_value(json_object_get(r, "@type")), "ClaimReview", "claimreview: type");
	json_t *rt = json_object_get(r, "reviewRating");
	tap_ok(!strcmp(json_string_value(json_object_get(rt, "alternateName")), "false") &&
		       json_integer_value(json_object_get(rt, "ratingValue")) == 1,
	       "claimreview: rating");
	tap_str_eq(json_string_value(json_object_get(r, "url")),
		   "https://example.org/review/0123456789abcdef%3A20-90%230", "claimreview: url from the base");
	tap_str_eq(json_string_value(json_object_get(r, "datePublished")), "2024-07-22",
		   "claimreview: datePublished");
	json_t *it = json_object_get(r, "itemReviewed");
	tap_str_eq(json_string_value(json_object_get(json_object_get(it, "appearance"), "url")),
		   "https://example.com/a", "claimreview: appearance URL");
	tap_str_eq(json_string_value(json_object_get(json_object_get(it, "author"), "name")), "example.com",
		   "claimreview: author organization");
	tap_str_eq(json_string_value(json_object_get(json_object_get(r, "author"), "name")), "bob",
		   "claimreview: author from the reviewer");
	/* what was rated: the sentence, then its claim's slots */
	const char *cr = json_string_value(json_object_get(r, "claimReviewed"));
	size_t sl = strlen(S1);
	tap_ok(cr && strncmp(cr, S1, sl) == 0 &&
		       strcmp(cr + sl, " (rated: money=USD 5; date=2024-05-03)") == 0,
	       "claimreview: claimReviewed names the figures rated after the sentence");
	json_decref(d);
	free(out);
}

static void test_order_and_errors(const struct set *s)
{
	char *data = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&data, &len);
	struct export_writer *w = export_writer_new(EXPORT_JSON, out, &META);
	struct cc_err err = {0};
	tap_ok(export_claim(w, &s->claims[0], &err) == CC_ERR_USAGE, "a claim before begin is refused");
	cc_err_clear(&err);
	export_begin(w, &err);
	export_claim(w, &s->claims[0], &err);
	tap_ok(export_source(w, &s->src, &err) == CC_ERR_USAGE, "a source after a claim is refused");
	cc_err_clear(&err);
	export_writer_free(w);
	fclose(out);
	free(data);

	FILE *full = fopen("/dev/full", "w");
	if (full) {
		w = export_writer_new(EXPORT_JSONL, full, &META);
		enum cc_status rc = export_begin(w, &err);
		for (int i = 0; i < 2 && rc == CC_OK; i++)
			rc = export_claim(w, &s->claims[i], &err);
		if (rc == CC_OK)
			rc = export_end(w, &err);
		tap_ok(rc == CC_ERR_IO && err.msg && strstr(err.msg, "cannot write"),
		       "a full disk is reported (%s)", err.msg ? err.msg : "no message");
		cc_err_clear(&err);
		export_writer_free(w);
		fclose(full);
	} else {
		tap_ok(1, "# SKIP no /dev/full");
	}
}

/* ---- import ---------------------------------------------------------------------- */

static enum cc_status read_str(const char *json, struct export_import *im, struct cc_err *err)
{
	FILE *f = fmemopen((void *)json, strlen(json), "r");
	enum cc_status rc = export_import_read(f, "in.json", im, err);
	fclose(f);
	return rc;
}

static void refused(const char *json, const char *want, const char *name)
{
	struct export_import im;
	struct cc_err err = {0};
	enum cc_status rc = read_str(json, &im, &err);
	bool ok = rc == CC_ERR_INPUT && err.msg && strstr(err.msg, want) && strstr(err.msg, "in.json") &&
		  !has_raw_controls(err.msg, false);
	if (!tap_ok(ok, "import refuses %s", name))
		tap_diag("message: %s", err.msg ? err.msg : "(none)");
	tap_ok(im.n == 0 && im.entries == NULL, "import returns nothing for %s", name);
	cc_err_clear(&err);
}

#define DOC(claims) "{\"format\":\"crosscheck-claims\",\"version\":1,\"sources\":[],\"claims\":[" claims "]}"
#define CLAIM(hist) "{\"key\":\"0123456789abcdef:1-2#0\",\"source\":\"a\",\"text\":\"t\",\"event\":null,\"history\":[" hist "]}"
#define ENTRY(v, tags) "{\"reviewer\":\"r\",\"at\":\"2024-07-22T10:00:00Z\",\"action\":\"set\",\"verdict\":" v ",\"note\":null,\"tags\":" tags "}"

static void test_import(const struct set *s)
{
	char *out = write_set(EXPORT_JSON, s, NULL);
	struct export_import im;
	struct cc_err err = {0};
	enum cc_status rc = read_str(out, &im, &err);
	tap_ok(rc == CC_OK, "import reads a json export back");
	if (rc == CC_OK) {
		tap_long_eq((long long)im.n, 2, "import: every history entry");
		tap_long_eq((long long)im.nclaims, 2, "import: claims counted");
		tap_str_eq(im.entries[0].key, s->claims[0].key, "import: entry keyed by claim");
		tap_str_eq(im.entries[0].reviewer, "alice", "import: oldest first");
		tap_str_eq(im.entries[0].tags, "a,b", "import: tags joined");
		tap_str_eq(im.entries[0].source_hash, HASH, "import: source hash from sources");
		tap_str_eq(im.entries[0].text, S1, "import: claim text");
		tap_str_eq(im.entries[1].verdict, "false", "import: verdict");
		export_import_free(&im);
	} else {
		tap_diag("%s", err.msg);
	}
	cc_err_clear(&err);
	free(out);

	rc = read_str(DOC(CLAIM(ENTRY("\"true\"", "[\"b\",\"a\",\"b\"]"))), &im, &err);
	tap_ok(rc == CC_OK && im.n == 1 && !strcmp(im.entries[0].tags, "a,b"),
	       "import: tags sorted and deduplicated");
	if (rc == CC_OK)
		export_import_free(&im);
	cc_err_clear(&err);

	refused("{\n  \"format\": ]\n}", "in.json:2:", "broken JSON (line and column)");
	refused("", "in.json: empty file", "an empty file, saying so");
	refused(" \n\t\n", "in.json: empty file", "a file of white space only, as empty");
	refused("\xEF\xBB\xBF", "in.json: empty file", "a byte order mark alone, as empty");
	refused("{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"type\":\"AnnotationCollection\"}",
		"not a crosscheck export: it is a Web Annotation collection (--format wadm); crosscheck imports its own json export",
		"a wadm export, naming it");
	refused("{\"@context\":\"https://schema.org\",\"@graph\":[]}",
		"not a crosscheck export: it is schema.org ClaimReview JSON-LD (--format claimreview)", "a claimreview export, naming it");
	refused("\xEF\xBB\xBF{\n  \"format\": ]\n}", "in.json:2:", "broken JSON after a byte order mark (line and column)");
	rc = read_str("\xEF\xBB\xBF" DOC(CLAIM(ENTRY("\"true\"", "[]"))), &im, &err);
	tap_ok(rc == CC_OK && im.n == 1, "import reads an export that starts with a UTF-8 byte order mark (%s)",
	       err.msg ? err.msg : "ok");
	if (rc == CC_OK)
		export_import_free(&im);
	cc_err_clear(&err);
	refused("{\"key\":\"a\"}\n{\"key\":\"b\"}\n", "one JSON value a line, as the jsonl export writes",
		"a jsonl export: said so, with the format import reads");
	refused("id,source,text\n1,a.txt,x\n", "import reads the json format", "a csv file: the format import reads");
	refused("[1, 2]", "not a crosscheck export", "a JSON array");
	refused("{\"format\":\"other\"}", "not a crosscheck export", "another format");
	refused("{\"format\":\"crosscheck-claims\",\"version\":9,\"claims\":[]}", "newer", "a newer version");
	refused("{\"format\":\"crosscheck-claims\",\"version\":1,\"claims\":{}}", "must be arrays", "claims not an array");
	refused(DOC(CLAIM(ENTRY("\"maybe\\u001b[2J\"", "[]"))), "claims[0].history[0]: \"verdict\"", "a bad verdict");
	refused(DOC(CLAIM(ENTRY("\"true\"", "[\"a,b\"]"))), "not a tag", "a bad tag");
	refused(DOC(CLAIM(ENTRY("\"true\"", "\"a\""))), "\"tags\" must be an array", "tags not an array");
	refused(DOC("{\"key\":\"k\",\"source\":\"a\",\"text\":\"t\",\"history\":[]}"), "not a claim key", "a bad key");
	refused(DOC("{\"key\":\"0123456789abcdef:1-2#0\",\"source\":\"a\",\"text\":\"t\"}"), "\"history\" is missing",
		"a claim without history");
	refused(DOC(CLAIM("{\"reviewer\":\"r\",\"at\":\"yesterday\",\"action\":\"set\",\"verdict\":null,\"note\":null,\"tags\":[]}")),
		"not a UTC time", "a bad time");
	refused(DOC(CLAIM("{\"reviewer\":\"r\",\"at\":\"2024-07-22T10:00:00Z\",\"action\":\"delete\",\"verdict\":null,\"note\":null,\"tags\":[]}")),
		"not set, undo, redo or import", "a bad action");
	refused(DOC(CLAIM("{\"reviewer\":\"\",\"at\":\"2024-07-22T10:00:00Z\",\"action\":\"set\",\"verdict\":null,\"note\":null,\"tags\":[]}")),
		"must not be empty", "an empty reviewer");
	refused(DOC(CLAIM("{\"reviewer\":\"r\",\"reviewer\":\"s\",\"at\":\"2024-07-22T10:00:00Z\",\"action\":\"set\",\"verdict\":null,\"note\":null,\"tags\":[]}")),
		"duplicate", "a duplicate member");
}

int main(void)
{
	struct set s;
	set_build(&s);
	test_offsets();
	test_escaping();
	test_maps();
	test_kappa();
	test_duration_words();
	test_json(&s);
	test_jsonl(&s);
	test_csv(&s);
	test_markdown(&s);
	test_markdown_empty();
	test_wadm(&s);
	test_claimreview(&s);
	test_order_and_errors(&s);
	test_import(&s);
	return tap_done();
}
