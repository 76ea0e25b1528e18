/* test_jsonw: src/jsonw.c writes every record exactly as jansson's compact
 * dump does: strings with every escape, non-ASCII kept or \u-escaped,
 * integers, reals (whole, fractional, tiny, huge, negative zero), booleans
 * and nulls; fixed cases first, then seeded random records, then sweeps
 * aimed at the fast paths: every string length with an awkward byte at
 * every place, integers around every power of ten, and reals of every
 * magnitude, rounding ties and neighbours of powers of ten; keys of every
 * length; strings read from fixed arrays (jsonw_strz) and after members
 * left open (jsonw_members_open_str); pairs of offsets (jsonw_int2) over
 * the range their SSE2 digits serve; records begun with a bound
 * (jsonw_begin_bounded) at their longest stay within it. */
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
	char s[1200];
	size_t n;
	int64_t i;
	double d;
	bool b;
};

/* Writes the record with jsonw into w, and appends jansson's dump of it and
 * a newline to want. Strings alternate between the three ways in: with a
 * length, NUL-terminated (when they hold no NUL), and quoted beforehand
 * (jsonw_quote) for jsonw_raw. */
static void both(struct jsonw *w, struct buf *want, const struct member *m, size_t n)
{
	json_t *o = json_object();
	struct jsonw_rec r = jsonw_begin(w);
	struct buf q;
	buf_init(&q);
	for (size_t i = 0; i < n; i++) {
		json_t *v = NULL;
		switch (m[i].k) {
		case K_STR:
			v = json_stringn(m[i].s, m[i].n);
			if (i % 3 == 1 && !memchr(m[i].s, 0, m[i].n)) {
				char z[sizeof m[i].s + 1];
				memcpy(z, m[i].s, m[i].n);
				z[m[i].n] = '\0';
				jsonw_str(&r, m[i].key, z);
			} else if (i % 3 == 2) {
				buf_clear(&q);
				jsonw_quote(w, &q, m[i].s, m[i].n);
				jsonw_raw(&r, m[i].key, q.data, q.len);
			} else {
				jsonw_strn(&r, m[i].key, m[i].s, m[i].n);
			}
			break;
		case K_INT:
			v = json_integer(m[i].i);
			jsonw_int(&r, m[i].key, m[i].i);
			break;
		case K_REAL:
			v = json_real(m[i].d);
			jsonw_real(&r, m[i].key, m[i].d);
			break;
		case K_BOOL:
			v = json_boolean(m[i].b);
			jsonw_bool(&r, m[i].key, m[i].b);
			break;
		case K_NULL:
			v = json_null();
			if (i % 2)
				jsonw_str(&r, m[i].key, NULL);
			else
				jsonw_null(&r, m[i].key);
			break;
		}
		json_object_set_new(o, m[i].key, v);
	}
	jsonw_end(&r);
	buf_free(&q);
	char *d = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(JSONW_REAL_DIGITS) |
				(w->ascii ? JSON_ENSURE_ASCII : 0));
	json_decref(o);
	buf_adds(want, d);
	buf_addc(want, '\n');
	free(d);
}

/* Renders the record both ways and compares; reports a TAP line when
 * `name` is given, else only prints the first few differences. */
static int same(const struct member *m, size_t n, bool ascii, const char *name)
{
	static int shown;
	struct jsonw w;
	struct buf want;
	jsonw_init(&w, ascii);
	buf_init(&want);
	both(&w, &want, m, n);
	int ok = w.b.len == want.len && memcmp(w.b.data, want.data, want.len) == 0 &&
		 w.b.data[w.b.len] == '\0';
	if (name)
		tap_ok(ok, "%s%s", name, ascii ? " (ascii)" : "");
	if (!ok && (name || shown++ < 3))
		printf("#   got:  %s#   want: %s\n", w.b.data, want.data);
	buf_free(&want);
	jsonw_free(&w);
	return ok;
}

static struct member strn(const char *key, const char *s, size_t n)
{
	struct member m = {.k = K_STR, .key = key, .n = n};
	memcpy(m.s, s, n);
	return m;
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

	/* the escape tests (a control, '"' or '\\'; nothing else) for every
	 * byte in every lane, among bytes that need none and among bytes
	 * that do */
	bad = 0;
	for (int c = 0; c < 256; c++) {
		bool esc = c < 0x20 || c == '"' || c == '\\';
		for (int fill = 0; fill < 2; fill++) {
			unsigned char f = fill ? 0x01 : 'a';
			for (int lane = 0; lane < 16; lane++) {
				unsigned char b[16];
				memset(b, f, sizeof b);
				b[lane] = (unsigned char)c;
				uint64_t w;
				memcpy(&w, b + (lane & 8), 8);
				uint64_t e8 = jsonw_escapes8(w), want8 = 0;
				for (int j = 0; j < 8; j++)
					if (j == (lane & 7) ? esc : fill)
						want8 |= (uint64_t)0x80 << 8 * j;
#ifdef JSONW_WORDS_LE
				bad += e8 != want8;
#else
				bad += (e8 != 0) != (want8 != 0);
#endif
#ifdef JSONW_SSE2
				unsigned e16 = jsonw_escapes16(_mm_loadu_si128((const __m128i *)(const void *)b));
				unsigned want16 = fill ? 0xFFFFu & ~(esc ? 0u : 1u << lane) : esc ? 1u << lane : 0u;
				bad += e16 != want16;
#endif
			}
		}
	}
	tap_ok(bad == 0, "the escape tests flag a control, a quote and a backslash and nothing else, in every lane (%d wrong)",
	       bad);

	/* strings of every length up to 40, plain and with each awkward byte
	 * (every control, '"', '\\', DEL, a two-, three- and four-byte
	 * character) at every place, alone and after a member of each kind;
	 * and long runs with escapes far apart */
	static const char *const awkward[] = {"\"", "\\", "\x7f", "\xC3\xA9", "\xE2\x80\xA8",
					      "\xF0\x9F\x98\x80", "/"};
	bad = 0;
	int cases = 0;
	for (size_t len = 0; len <= 40; len++) {
		char plain[64];
		for (size_t i = 0; i < len; i++)
			plain[i] = (char)('a' + i % 26);
		struct member m[2] = {{.k = K_INT, .key = "i", .i = 7}, strn("s", plain, len)};
		for (int a = 0; a <= 1; a++)
			bad += !same(m + 1 - a, 1 + (size_t)a, a, NULL), cases++;
		for (size_t at = 0; at < len; at++) {
			for (int c = 0; c < 32 + (int)CC_ARRAY_LEN(awkward); c++) {
				char t[64];
				const char *piece = c < 32 ? (const char[]){(char)c, 0} : awkward[c - 32];
				size_t pl = c == 0 ? 1 : strlen(piece);
				memcpy(t, plain, at);
				memcpy(t + at, piece, pl);
				memcpy(t + at + pl, plain + at, len - at);
				m[1] = strn("s", t, len + pl);
				bad += !same(m + 1, 1, c % 2, NULL);
				bad += !same(m, 2, c % 3 == 0, NULL);
				cases += 2;
			}
		}
	}
	for (int r = 0; r < 200; r++) {
		struct member m = {.k = K_STR, .key = "long"};
		m.n = (size_t)(rand() % 1100);
		for (size_t i = 0; i < m.n; i++)
			m.s[i] = (char)('A' + rand() % 26);
		for (int e = rand() % 4; e > 0; e--)
			m.s[rand() % (m.n + 1) % sizeof m.s] = "\"\\\n\x01"[rand() % 4];
		for (int e = rand() % 4; e > 0 && m.n >= 3; e--) {
			size_t at = (size_t)rand() % (m.n - 2);
			if ((m.s[at] & 0x80) || (m.s[at + 1] & 0x80) || (m.s[at + 2] & 0x80))
				continue;
			memcpy(m.s + at, "\xE2\x80\x94", 3);
		}
		bad += !same(&m, 1, r % 2, NULL), cases++;
	}
	tap_ok(bad == 0, "%d strings of every length with awkward bytes everywhere (%d differ)",
	       cases, bad);

	/* integers: 0 to 100000, then both sides of every power of ten, and
	 * random ones of every size, negatives too */
	bad = 0;
	cases = 0;
	for (int64_t i = 0; i <= 100000; i += 1 + i / 1000, cases++) {
		struct member m[2] = {{.k = K_INT, .key = "i", .i = i}, {.k = K_INT, .key = "j", .i = -i}};
		bad += !same(m, 2, false, NULL);
	}
	int64_t p10 = 1;
	for (int k = 0; k < 19; k++) {
		for (int64_t d = -2; d <= 2; d++, cases++) {
			struct member m[2] = {{.k = K_INT, .key = "i", .i = p10 + d},
					      {.k = K_INT, .key = "j", .i = -(p10 + d)}};
			bad += !same(m, 2, false, NULL);
		}
		if (k < 18) /* 10^18 is the last power of ten an int64_t holds */
			p10 *= 10;
	}
	for (int r = 0; r < 20000; r++, cases++) {
		uint64_t u = ((uint64_t)rand() << 42) ^ ((uint64_t)rand() << 21) ^ (uint64_t)rand();
		struct member m = {.k = K_INT, .key = "i", .i = (int64_t)(u >> (rand() % 64))};
		if (rand() % 2 && m.i != INT64_MIN)
			m.i = -m.i;
		bad += !same(&m, 1, false, NULL);
	}
	tap_ok(bad == 0, "%d integers render as jansson renders them (%d differ)", cases, bad);

	/* reals: random bit patterns (every exponent, subnormals, negatives),
	 * short decimals (k / 10^j, the figures articles hold), whole numbers
	 * as doubles, halfway cases that printf rounds to even, and the
	 * neighbours of every power of ten */
	bad = 0;
	cases = 0;
	for (int r = 0; r < 200000; r++, cases++) {
		double d;
		int kind = r % 5;
		if (kind == 0) {
			uint64_t u = ((uint64_t)rand() << 42) ^ ((uint64_t)rand() << 21) ^ (uint64_t)rand();
			memcpy(&d, &u, sizeof d);
			if (!isfinite(d))
				d = 1.5;
		} else if (kind == 1) {
			d = (double)(rand() % 1000000) / pow(10, rand() % 9);
		} else if (kind == 2) {
			d = (double)(((int64_t)rand() << 22) ^ rand()) / (double)(1 << (rand() % 31));
		} else if (kind == 3) {
			/* an exact binary fraction with about 18 significant digits */
			d = ldexp((double)(rand() % (1 << 20) | 1), -(rand() % 40)) + (rand() % 10000);
		} else {
			d = ldexp((double)rand(), rand() % 200 - 100);
		}
		if (rand() % 2)
			d = -d;
		struct member m = real("r", d);
		bad += !same(&m, 1, false, NULL);
	}
	for (int k = -30; k <= 40; k++) {
		double p = pow(10, k);
		double around[] = {p, nextafter(p, 0), nextafter(p, INFINITY),
				   nextafter(nextafter(p, 0), 0), p * 0.5, p * 1.5, 9.5 * p, 9.95 * p};
		for (size_t i = 0; i < CC_ARRAY_LEN(around); i++, cases += 2) {
			struct member m[2] = {real("a", around[i]), real("b", -around[i])};
			bad += !same(m, 2, false, NULL);
		}
	}
	const double special[] = {0.0,
				  -0.0,
				  1 + 0x1p-17,
				  1 + 3 * 0x1p-17,
				  2 + 0x1p-16,
				  0.5,
				  0x1p-1074,
				  0x1p-1022,
				  0x1.fffffffffffffp1023,
				  9007199254740992.0,
				  9007199254740994.0,
				  1e16,
				  99999999999999984.0,
				  1e17,
				  1e21,
				  1e22,
				  1e23,
				  1e38,
				  3.4e38,
				  1e39,
				  1e-5,
				  1e-6,
				  1e-7,
				  0.0001,
				  0.00012345678901234567,
				  198000000.00000003,
				  8199999999.999999,
				  4.6,
				  61.2};
	for (size_t i = 0; i < CC_ARRAY_LEN(special); i++, cases += 2) {
		struct member m[2] = {real("a", special[i]), real("b", -special[i])};
		bad += !same(m, 2, false, NULL);
	}
	tap_ok(bad == 0, "%d reals render as jansson renders them (%d differ)", cases, bad);

	/* many records in one buffer, some with no member, some long enough
	 * that the buffer grows in the middle of a record */
	for (int ascii = 0; ascii <= 1; ascii++) {
		struct jsonw w;
		struct buf want;
		jsonw_init(&w, ascii);
		buf_init(&want);
		for (int r = 0; r < 3000; r++) {
			struct member m[8];
			size_t n = (size_t)(rand() % 9);
			for (size_t i = 0; i < n; i++) {
				m[i] = (struct member){.key = keys[i], .k = (enum kind)(rand() % 5)};
				if (m[i].k == K_STR) {
					m[i].n = (size_t)(rand() % 4 ? rand() % 20 : rand() % 1100);
					for (size_t j = 0; j < m[i].n; j++)
						m[i].s[j] = (char)(rand() % 50 ? ' ' + rand() % 95 : rand() % 32);
				} else if (m[i].k == K_INT) {
					m[i].i = rand() - RAND_MAX / 2;
				} else if (m[i].k == K_REAL) {
					m[i].d = (double)(rand() % 100000) / 64;
				} else if (m[i].k == K_BOOL) {
					m[i].b = rand() % 2;
				}
			}
			both(&w, &want, m, n);
		}
		tap_ok(w.b.len == want.len && memcmp(w.b.data, want.data, want.len) == 0 &&
			       w.b.data[w.b.len] == '\0',
		       "3000 records in one buffer, growing in the middle of records%s",
		       ascii ? " (ascii)" : "");
		buf_free(&want);
		jsonw_free(&w);
	}

	/* keys of every length, each kind of member (a key of up to 12 bytes
	 * goes in as two whole words) */
	bad = 0;
	for (size_t kl = 0; kl <= 20; kl++) {
		char key[21];
		for (size_t j = 0; j < kl; j++)
			key[j] = (char)('a' + j);
		key[kl] = '\0';
		struct member m[6] = {str(key, "v"), str(key, "a string past sixteen bytes"),
				      {.k = K_INT, .key = key, .i = 1234567},
				      real(key, 0.25),
				      {.k = K_BOOL, .key = key, .b = true},
				      {.k = K_NULL, .key = key}};
		for (size_t i = 0; i < 6; i++)
			bad += !same(&m[i], 1, false, NULL) + !same(&m[i], 1, true, NULL);
	}
	tap_ok(bad == 0, "keys of 0 to 20 bytes with every kind of member (%d differ)", bad);

	/* jsonw_strz: a string in a fixed array, read by whole words, against
	 * jsonw_strn of the same string: every length in arrays of 8 to 48
	 * bytes, an awkward byte at every place, junk after the NUL (and no NUL
	 * in the array at all, where the string goes on past it) */
	static const char odd[] = {'"', '\\', '\n', '\x01', '\x1f', '\x7f', (char)0xC3};
	bad = 0;
	int zcases = 0;
	for (int ascii = 0; ascii <= 1; ascii++) {
		static const size_t caps[] = {8, 16, 24, 32, 48};
		for (size_t ci = 0; ci < CC_ARRAY_LEN(caps); ci++) {
			size_t cap = caps[ci];
			for (size_t n = 0; n <= cap + 3; n++) {
				for (size_t at = 0; at <= n; at++) {
					for (size_t a = 0; a < (at < n ? sizeof odd : 1); a++) {
						char arr[64];
						for (size_t j = 0; j < sizeof arr; j++)
							arr[j] = (char)(j % 3 ? '"' : 'x' + j % 2);
						for (size_t j = 0; j < n; j++)
							arr[j] = (char)('A' + j % 26);
						if (at < n)
							arr[at] = odd[a];
						arr[n] = '\0';
						struct jsonw w1, w2;
						jsonw_init(&w1, ascii);
						jsonw_init(&w2, ascii);
						struct jsonw_rec r1 = jsonw_begin(&w1), r2 = jsonw_begin(&w2);
						jsonw_int(&r1, "i", 1);
						jsonw_int(&r2, "i", 1);
						jsonw_strz(&r1, "value", arr, cap);
						jsonw_strn(&r2, "value", arr, strlen(arr));
						jsonw_end(&r1);
						jsonw_end(&r2);
						bad += w1.b.len != w2.b.len ||
						       memcmp(w1.b.data, w2.b.data, w1.b.len) != 0;
						zcases++;
						jsonw_free(&w1);
						jsonw_free(&w2);
					}
				}
			}
		}
	}
	tap_ok(bad == 0, "%d strings read from fixed arrays as from their length (%d differ)", zcases, bad);

	/* bounded records: each member at its longest (every byte escaped to
	 * six, the widest numbers, arrays full to the last byte) writes no
	 * byte beyond the room its JSONW_ROOM_* counts, and the same bytes as
	 * a record that checks every member */
	int bbad = 0, bcases = 0;
	for (int ascii = 0; ascii < 2; ascii++) {
		for (size_t len = 0; len <= 70; len++) {
			char s[80], arr48[48], arr24[24];
			for (size_t j = 0; j < sizeof s; j++)
				s[j] = (char)(j % 2 ? 0x01 : 0x1f);
			for (size_t j = 0; j < sizeof arr48; j++)
				arr48[j] = j < len && j < sizeof arr48 - 1 ? (char)(j % 3 ? 0x02 : 0x1b) : '\0';
			for (size_t j = 0; j < sizeof arr24; j++)
				arr24[j] = j < len && j < sizeof arr24 - 1 ? (char)0x1e : '\0';
			size_t n = len < sizeof s ? len : sizeof s;
			size_t bound = JSONW_ROOM_STRN(4, n) + JSONW_ROOM_STRZ(5, 48, 47) +
				       JSONW_ROOM_STRZ(7, 24, 23) + JSONW_ROOM_INT(5) + JSONW_ROOM_INT(3) +
				       JSONW_ROOM_REAL(2) + JSONW_ROOM_RAW(4, 4) + JSONW_ROOM_RAW(7, 5) +
				       JSONW_ROOM_STRN(13, 12) + JSONW_ROOM_PADDED(19) +
				       4 * JSONW_ROOM_INT(5) + JSONW_ROOM_END;
			/* members rendered before (19 bytes), kept with JSONW_PADDING
			 * bytes beyond them as jsonw_members_padded reads */
			char head[19 + JSONW_PADDING] = ",\"a\":1,\"bb\":2,\"c\":3";
			struct jsonw w1, w2;
			jsonw_init(&w1, ascii);
			jsonw_init(&w2, ascii);
			for (size_t lead = 0; lead < 3; lead++) { /* a record before, or two */
				struct jsonw_rec r1 = jsonw_begin_bounded(&w1, bound);
				size_t first = w1.b.len;
				memset(w1.b.data + first + bound + 1, 0xA5, w1.b.cap - first - bound - 1);
				struct jsonw_rec r2 = jsonw_begin(&w2);
				struct jsonw_rec *rs[2] = {&r1, &r2};
				for (int k = 0; k < 2; k++) {
					struct jsonw_rec *r = rs[k];
					jsonw_members_padded(r, head, 19);
					jsonw_strn(r, "text", s, n);
					jsonw_strz(r, "value", arr48, sizeof arr48);
					jsonw_strz(r, "measure", arr24, sizeof arr24);
					jsonw_int(r, "start", INT64_MIN);
					jsonw_int(r, "end", INT64_MAX);
					jsonw_int2(r, "begin", 99999999, "stop", 99999999); /* the widest pair */
					jsonw_int2(r, "begin", 99999999, "stop", INT64_MIN); /* one too wide */
					jsonw_real(r, "lo", -1.2345678901234567e-300);
					jsonw_null(r, "unit");
					jsonw_bool(r, "negated", false);
					jsonw_str(r, "granularity12", "\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e\x0f\x10");
					jsonw_end(r);
				}
				bool canary = true;
				for (size_t j = first + bound + 1; j < w1.b.cap; j++)
					canary &= (unsigned char)w1.b.data[j] == 0xA5 || j <= w1.b.len;
				bbad += !canary || w1.b.len - first > bound || w1.b.len != w2.b.len ||
					memcmp(w1.b.data, w2.b.data, w1.b.len) != 0;
				bcases++;
			}
			jsonw_free(&w1);
			jsonw_free(&w2);
		}
	}
	tap_ok(bbad == 0, "%d bounded records at their longest stay in their room, as checked ones (%d not)",
	       bcases, bbad);

	/* jsonw_members_open_str: members rendered before that end in an open
	 * string member, then the string, against the same record written
	 * member by member; strings of 0 to 40 bytes at 0 to 20 bytes from the
	 * start of their own exactly sized buffer (so that a read before it is
	 * the sanitizer's error), plain, with an awkward byte at every place,
	 * or every byte escaped; members of 17 to 140 bytes; in bounded
	 * records with a canary beyond JSONW_ROOM_OPEN_STR */
	int obad = 0, ocases = 0;
	for (int ascii = 0; ascii < 2; ascii++) {
		static const size_t pads[] = {0, 1, 2, 40, 47, 48, 50, 51, 111, 112, 114, 115, 123};
		for (size_t pi = 0; pi < CC_ARRAY_LEN(pads); pi++) {
			/* ,"aa":"xxx...","t":" */
			char hbuf[256 + JSONW_PADDING] = {0};
			char aa[128];
			memset(aa, 'x', pads[pi]);
			aa[pads[pi]] = '\0';
			size_t hn = (size_t)snprintf(hbuf, 256, ",\"aa\":\"%s\",\"t\":\"", aa);
			for (size_t n = 0; n <= 40; n++) {
				for (size_t off = 0; off <= 20; off++) {
					for (size_t at = 0; at <= n + 1; at++) {
						char *lo = malloc(off + n + 1);
						char *str = lo + off;
						for (size_t j = 0; j < off + n; j++)
							lo[j] = (char)(j % 5 ? 'a' + j % 26 : '"');
						if (at < n)
							str[at] = odd[at % sizeof odd];
						if (at == n + 1) /* every byte escaped */
							memset(lo, 0x01, off + n);
						size_t bound = JSONW_ROOM_OPEN_STR(hn, n) + JSONW_ROOM_END;
						struct jsonw w1, w2;
						jsonw_init(&w1, ascii);
						jsonw_init(&w2, ascii);
						struct jsonw_rec r1 = jsonw_begin_bounded(&w1, bound);
						memset(w1.b.data + bound + 1, 0xA5, w1.b.cap - bound - 1);
						struct jsonw_rec r2 = jsonw_begin(&w2);
						jsonw_members_open_str(&r1, hbuf, hn, str, n, lo);
						jsonw_end(&r1);
						jsonw_str(&r2, "aa", aa);
						jsonw_strn(&r2, "t", str, n);
						jsonw_end(&r2);
						bool canary = true;
						for (size_t j = bound + 1; j < w1.b.cap; j++)
							canary &= (unsigned char)w1.b.data[j] == 0xA5 || j <= w1.b.len;
						obad += !canary || w1.b.len > bound || w1.b.len != w2.b.len ||
							memcmp(w1.b.data, w2.b.data, w1.b.len) != 0;
						ocases++;
						jsonw_free(&w1);
						jsonw_free(&w2);
						free(lo);
					}
				}
			}
		}
	}
	tap_ok(obad == 0, "%d strings after members left open, as written member by member (%d differ)",
	       ocases, obad);

	/* counts (jsonw_count) as jsonw_int writes them: every one to 20000,
	 * and beyond */
	int cbad = 0;
	for (int64_t v = -3; v < 20000 || v == INT64_MAX; v = v < 20000 ? v + 1 : INT64_MAX) {
		struct jsonw w1, w2;
		jsonw_init(&w1, false);
		jsonw_init(&w2, false);
		struct jsonw_rec r1 = jsonw_begin(&w1), r2 = jsonw_begin(&w2);
		jsonw_count(&r1, "sentence", v);
		jsonw_int(&r2, "sentence", v);
		jsonw_end(&r1);
		jsonw_end(&r2);
		cbad += w1.b.len != w2.b.len || memcmp(w1.b.data, w2.b.data, w1.b.len) != 0;
		jsonw_free(&w1);
		jsonw_free(&w2);
		if (v == INT64_MAX)
			break;
	}
	tap_ok(cbad == 0, "counts written as integers (%d differ)", cbad);

	/* pairs (jsonw_int2) as jsonw_int writes them: every value below 10^6
	 * and a stride of the rest to 10^8 (each with a value counting down
	 * from 10^8 - 1), and values beyond */
	int pbad = 0, pcases = 0;
	for (int64_t v = -2; v < 100000002; v += v < 1000000 ? 1 : 997) {
		int64_t u = v >= 0 && v < 100000000 ? 99999999 - v : v;
		struct jsonw w1, w2;
		jsonw_init(&w1, false);
		jsonw_init(&w2, false);
		struct jsonw_rec r1 = jsonw_begin(&w1), r2 = jsonw_begin(&w2);
		jsonw_int2(&r1, "start", v, "end", u);
		jsonw_int2(&r1, "start", u, "end", v < 0 ? INT64_MAX : 7);
		jsonw_int(&r2, "start", v);
		jsonw_int(&r2, "end", u);
		jsonw_int(&r2, "start", u);
		jsonw_int(&r2, "end", v < 0 ? INT64_MAX : 7);
		jsonw_end(&r1);
		jsonw_end(&r2);
		pbad += w1.b.len != w2.b.len || memcmp(w1.b.data, w2.b.data, w1.b.len) != 0;
		pcases++;
		jsonw_free(&w1);
		jsonw_free(&w2);
	}
	tap_ok(pbad == 0, "%d pairs of offsets written as integers (%d differ)", pcases, pbad);

	/* flushing: nothing below the threshold, everything at 0 */
	struct jsonw w;
	jsonw_init(&w, false);
	struct jsonw_rec r = jsonw_begin(&w);
	jsonw_int(&r, "n", 1);
	jsonw_end(&r);
	FILE *f = tmpfile();
	tap_ok(jsonw_flush(&w, f, 1 << 16) && ftell(f) == 0, "no write below the threshold");
	tap_ok(jsonw_flush(&w, f, 0) && ftell(f) == 8 && w.b.len == 0, "flush writes the record and empties the buffer");
	fclose(f);
	jsonw_free(&w);
	tap_done();
	return tap_failed ? 1 : 0;
}
