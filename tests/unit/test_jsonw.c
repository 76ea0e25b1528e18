/* test_jsonw: src/jsonw.c writes every record exactly as jansson's compact
 * dump does: strings with every escape, non-ASCII kept or \u-escaped,
 * integers, reals (whole, fractional, tiny, huge, negative zero), booleans
 * and nulls; fixed cases first, then seeded random records. */
#include "config.h"

#include <jansson.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/jsonw.h"
#include "../tap.h"

enum kind { K_STR, K_INT, K_REAL, K_BOOL, K_NULL };
struct member {
	enum kind k;
	const char *key;
	char s[64];
	size_t n;
	int64_t i;
	double d;
	bool b;
};

/* Renders the record both ways and compares; reports a TAP line when
 * `name` is given, else only prints the first few differences. */
static int same(const struct member *m, size_t n, bool ascii, const char *name)
{
	static int shown;
	json_t *o = json_object();
	struct jsonw w;
	jsonw_init(&w, ascii);
	jsonw_begin(&w);
	for (size_t i = 0; i < n; i++) {
		json_t *v = NULL;
		switch (m[i].k) {
		case K_STR:
			v = json_stringn(m[i].s, m[i].n);
			jsonw_strn(&w, m[i].key, m[i].s, m[i].n);
			break;
		case K_INT:
			v = json_integer(m[i].i);
			jsonw_int(&w, m[i].key, m[i].i);
			break;
		case K_REAL:
			v = json_real(m[i].d);
			jsonw_real(&w, m[i].key, m[i].d);
			break;
		case K_BOOL:
			v = json_boolean(m[i].b);
			jsonw_bool(&w, m[i].key, m[i].b);
			break;
		case K_NULL:
			v = json_null();
			jsonw_null(&w, m[i].key);
			break;
		}
		json_object_set_new(o, m[i].key, v);
	}
	jsonw_end(&w);
	char *want = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER | (ascii ? JSON_ENSURE_ASCII : 0));
	json_decref(o);
	size_t wl = strlen(want);
	char *got = w.b.data;
	int ok = w.b.len == wl + 1 && memcmp(got, want, wl) == 0 && got[wl] == '\n';
	if (name)
		tap_ok(ok, "%s%s", name, ascii ? " (ascii)" : "");
	if (!ok && (name || shown++ < 3))
		printf("#   got:  %s#   want: %s\n", got, want);
	free(want);
	jsonw_free(&w);
	return ok;
}

static struct member str(const char *key, const char *s)
{
	struct member m = {.k = K_STR, .key = key};
	m.n = strlen(s);
	memcpy(m.s, s, m.n);
	return m;
}

static struct member real(const char *key, double d)
{
	return (struct member){.k = K_REAL, .key = key, .d = d};
}

int main(void)
{
	struct member fixed[] = {
		str("plain", "Kaspersky will cease operations"),
		str("escapes", "a\"b\\c/d\b\f\n\r\te\x01\x1f\x7f"),
		str("utf8", "caf\xC3\xA9 \xE2\x80\x9C\xE2\x80\x9D \xE4\xB8\xAD \xF0\x9F\x98\x80"),
		str("bidi", "\xE2\x80\xAE\xE2\x80\xA8\xC2\x85"),
		/* a character across an eight-byte boundary, then escapes */
		str("straddle", "\xE2\x80\x94 7Z\xE2\x80\x94\\\"\xC3\xA9 and \"more\"\t"),
		str("empty", ""),
		{.k = K_INT, .key = "zero", .i = 0},
		{.k = K_INT, .key = "neg", .i = -42},
		{.k = K_INT, .key = "max", .i = INT64_MAX},
		{.k = K_INT, .key = "min", .i = INT64_MIN},
		real("whole", 400000000.0),
		real("half", 0.5),
		real("tenth", 0.1),
		real("negzero", -0.0),
		real("big", 1e17),
		real("below", 1e16),
		real("huge", 2.5e300),
		real("tiny", 1e-7),
		real("negtiny", -3.25e-12),
		real("limit", 9007199254740993.0),
		real("negreal", -20.0),
		{.k = K_BOOL, .key = "t", .b = true},
		{.k = K_BOOL, .key = "f", .b = false},
		{.k = K_NULL, .key = "none"},
	};
	for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++) {
		same(&fixed[i], 1, false, fixed[i].key);
		same(&fixed[i], 1, true, fixed[i].key);
	}
	same(fixed, sizeof fixed / sizeof *fixed, false, "every member in one record");

	/* random records: strings from a palette of awkward pieces, numbers
	 * over many magnitudes */
	static const char *const pieces[] = {"a", "Z", " ", "\"", "\\", "\n", "\x02", "/",
					     "\xC3\xA9", "\xE2\x80\x94", "\xF0\x9F\x87\xBA", "7", "."};
	static const char *const keys[] = {"k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7"};
	srand(20261121);
	int bad = 0;
	for (int r = 0; r < 2000; r++) {
		struct member m[8];
		size_t n = (size_t)(rand() % 8) + 1;
		for (size_t i = 0; i < n; i++) {
			m[i] = (struct member){.key = keys[i], .k = (enum kind)(rand() % 5)};
			if (m[i].k == K_STR) {
				size_t len = 0;
				int parts = rand() % 12;
				for (int p = 0; p < parts; p++) {
					const char *s = pieces[rand() % (int)(sizeof pieces / sizeof *pieces)];
					size_t l = strlen(s);
					if (len + l >= sizeof m[i].s)
						break;
					memcpy(m[i].s + len, s, l);
					len += l;
				}
				m[i].n = len;
			} else if (m[i].k == K_INT) {
				m[i].i = ((int64_t)rand() << 20) - ((int64_t)rand() << 10);
			} else if (m[i].k == K_REAL) {
				double mant = (double)rand() / RAND_MAX * (rand() % 2 ? 1 : -1);
				m[i].d = rand() % 3 ? floor(mant * 1e6) : mant * pow(10, rand() % 40 - 20);
			} else if (m[i].k == K_BOOL) {
				m[i].b = rand() % 2;
			}
		}
		if (!same(m, n, r % 2, NULL))
			bad++;
	}
	tap_ok(bad == 0, "2000 random records render as jansson renders them (%d differ)", bad);

	/* flushing: nothing below the threshold, everything at 0 */
	struct jsonw w;
	jsonw_init(&w, false);
	jsonw_begin(&w);
	jsonw_int(&w, "n", 1);
	jsonw_end(&w);
	FILE *f = tmpfile();
	tap_ok(jsonw_flush(&w, f, 1 << 16) && ftell(f) == 0, "no write below the threshold");
	tap_ok(jsonw_flush(&w, f, 0) && ftell(f) == 8 && w.b.len == 0, "flush writes the record and empties the buffer");
	fclose(f);
	jsonw_free(&w);
	tap_done();
	return tap_failed ? 1 : 0;
}
