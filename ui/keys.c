/* keys: the action list, key names, the config parser and the key table.
 *
 * Owns: turning config text (the compiled-in defaults first, then the
 * user's file, both through keys_config_parse) into bindings, styles and
 * settings, and describing the bindings for the help screen and README.
 * Must not: call curses or the store; every key code here is our own
 * (display.c translates curses' codes).
 */
#include "config.h"

#include "keys.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

static const struct {
	const char *name;
	enum keymap km;
	const char *keys;
	const char *help;
} actions[A_COUNT] = {
	[A_NONE] = {"none", KM_GENERIC, "", ""},
#define A_ROW(id, n, k, ks, h) [id] = {n, k, ks, h},
	KEYS_ACTIONS(A_ROW)
#undef A_ROW
};

static const char *const keymap_names[KM_COUNT] = {
#define KM_ROW(id, n) [id] = n,
	KEYS_KEYMAPS(KM_ROW)
#undef KM_ROW
};

static const char *const style_names[ST_COUNT] = {
#define ST_ROW(id, n) [id] = n,
	KEYS_STYLES(ST_ROW)
#undef ST_ROW
};

static const char default_colors[] =
	"# colours: AREA FOREGROUND BACKGROUND ATTRIBUTES...\n"
	"color default      default default\n"
	"color title        default default reverse bold\n"
	"color pane-title   default default bold underline\n"
	"color status       default default reverse\n"
	"color message      default default\n"
	"color error        red     default bold\n"
	"color selected     default default reverse\n"
	"color cursor       default default reverse bold\n"
	"color slot         default default bold underline\n"
	"color diff         yellow  default bold reverse\n"
	"color match        black   yellow  underline\n"
	"color boilerplate  default default dim\n"
	"color conflict     red     default bold\n"
	"color corroborated green   default\n"
	"color true         green   default bold\n"
	"color false        red     default bold underline\n"
	"color misleading   yellow  default underline\n"
	"color unverifiable magenta default\n"
	"color unreviewed   default default\n"
	"color date         cyan    default bold\n"
	"color help-key     cyan    default bold\n"
	"set split = 60\n"
	"set stack-below = 100\n"
	"set mouse = 1\n";

const char *keys_default_config(void)
{
	static char *text;
	if (text)
		return text;
	struct buf b;
	buf_init(&b);
	buf_adds(&b, "# crosscheck's compiled-in defaults, read by the same parser as\n"
		     "# $XDG_CONFIG_HOME/crosscheck/config.\n");
	for (int a = 1; a < A_COUNT; a++) {
		const char *k = actions[a].keys;
		while (*k) {
			size_t n = strcspn(k, " ");
			buf_printf(&b, "bind %s %.*s %s\n", keymap_names[actions[a].km], (int)n, k,
				   actions[a].name);
			k += n;
			while (*k == ' ')
				k++;
		}
	}
	buf_adds(&b, default_colors);
	text = buf_steal(&b);
	return text;
}

void keys_config_init(struct keys_config *cfg)
{
	memset(cfg, 0, sizeof *cfg);
	for (int i = 0; i < ST_COUNT; i++)
		cfg->styles[i] = (struct style){-1, -1, 0};
	cfg->split = 60;
	cfg->stack_below = 100;
	cfg->mouse = 1;
}

void keys_config_free(struct keys_config *cfg)
{
	free(cfg->binds);
	free(cfg->first_error);
	memset(cfg, 0, sizeof *cfg);
}

/* ---- key names ---------------------------------------------------------- */

static const struct {
	const char *name;
	int key;
} key_names[] = {
	{"Up", KC_UP}, {"Down", KC_DOWN}, {"Left", KC_LEFT}, {"Right", KC_RIGHT},
	{"PgUp", KC_PGUP}, {"PageUp", KC_PGUP}, {"PgDown", KC_PGDN}, {"PageDown", KC_PGDN},
	{"Home", KC_HOME}, {"End", KC_END}, {"Delete", KC_DELETE}, {"Del", KC_DELETE},
	{"Insert", KC_INSERT}, {"BackTab", KC_BTAB}, {"C-Left", KC_CLEFT}, {"C-Right", KC_CRIGHT},
	{"Enter", KC_ENTER}, {"Esc", KC_ESC}, {"Escape", KC_ESC}, {"Tab", KC_TAB},
	{"Backspace", KC_BACKSPACE}, {"Space", ' '}, {"Hash", '#'}, {"LessThan", '<'},
	{"GreaterThan", '>'},
};

int keys_parse_key(const char *s, size_t len)
{
	if (len == 0)
		return -1;
	if (s[0] == '<' && len > 2 && s[len - 1] == '>') {
		const char *n = s + 1;
		size_t nl = len - 2;
		for (size_t i = 0; i < CC_ARRAY_LEN(key_names); i++)
			if (strlen(key_names[i].name) == nl && ascii_ieqn(n, key_names[i].name, nl))
				return key_names[i].key;
		if (nl == 3 && (n[0] == 'C' || n[0] == 'c') && n[1] == '-') {
			char c = n[2];
			if (c >= 'a' && c <= 'z')
				c = (char)(c - 'a' + 'A');
			if (c >= '@' && c <= '_')
				return c - '@';
		}
		if ((n[0] == 'F' || n[0] == 'f') && nl >= 2 && nl <= 3) {
			int v = 0;
			for (size_t i = 1; i < nl; i++) {
				if (n[i] < '0' || n[i] > '9')
					return -1;
				v = v * 10 + (n[i] - '0');
			}
			if (v >= 1 && v <= 24)
				return KC_F0 + v;
		}
		return -1;
	}
	/* one character */
	ucs4_t c;
	int n = u8_mbtouc(&c, (const uint8_t *)s, len);
	if (n <= 0 || (size_t)n != len || c < 0x20 || c == 0x7F || c == 0xFFFD)
		return -1;
	return (int)c;
}

void keys_key_name(int key, struct buf *out)
{
	for (size_t i = 0; i < CC_ARRAY_LEN(key_names); i++) {
		if (key_names[i].key != key)
			continue;
		if (key == '<' || key == '>')
			break; /* shown as themselves */
		buf_printf(out, "<%s>", key_names[i].name);
		return;
	}
	if (key >= 0 && key < 0x20) { /* key 0 is <C-@> */
		buf_printf(out, "<C-%c>", (char)(key + '@'));
	} else if (key > KC_F0 && key <= KC_F0 + 24) {
		buf_printf(out, "<F%d>", key - KC_F0);
	} else if (key >= 0x20 && key < 0x110000) {
		uint8_t tmp[6];
		int n = u8_uctomb(tmp, (ucs4_t)key, (int)sizeof tmp);
		if (n > 0)
			buf_add(out, tmp, (size_t)n);
	} else {
		buf_printf(out, "<0x%x>", (unsigned)key);
	}
}

/* ---- parsing ------------------------------------------------------------- */

const char *keys_action_name(enum action a)
{
	return a > A_NONE && a < A_COUNT ? actions[a].name : NULL;
}

const char *keys_action_help(enum action a)
{
	return a > A_NONE && a < A_COUNT ? actions[a].help : NULL;
}

enum keymap keys_action_keymap(enum action a)
{
	return a > A_NONE && a < A_COUNT ? actions[a].km : KM_GENERIC;
}

const char *keys_keymap_name(enum keymap km)
{
	return km < KM_COUNT ? keymap_names[km] : "?";
}

static int find_name(const char *const *names, size_t n, const char *s, size_t len)
{
	for (size_t i = 0; i < n; i++)
		if (names[i] && strlen(names[i]) == len && memcmp(names[i], s, len) == 0)
			return (int)i;
	return -1;
}

static int find_action(const char *s, size_t len)
{
	for (int a = 0; a < A_COUNT; a++)
		if (strlen(actions[a].name) == len && memcmp(actions[a].name, s, len) == 0)
			return a;
	return -1;
}

static int parse_color(const char *s, size_t len)
{
	static const char *const names[] = {"black", "red", "green", "yellow",
					    "blue", "magenta", "cyan", "white"};
	if (len == 7 && memcmp(s, "default", 7) == 0)
		return -1;
	int i = find_name(names, CC_ARRAY_LEN(names), s, len);
	if (i >= 0)
		return i;
	if (len == 0 || len > 3)
		return -2;
	int v = 0;
	for (size_t k = 0; k < len; k++) {
		if (s[k] < '0' || s[k] > '9')
			return -2;
		v = v * 10 + (s[k] - '0');
	}
	return v <= 255 ? v : -2;
}

static int parse_attr(const char *s, size_t len)
{
	static const struct {
		const char *n;
		unsigned bit;
	} attrs[] = {{"normal", 0}, {"bold", ATTR_BOLD}, {"underline", ATTR_UNDERLINE},
		     {"reverse", ATTR_REVERSE}, {"dim", ATTR_DIM}, {"standout", ATTR_STANDOUT},
		     {"italic", ATTR_ITALIC}};
	for (size_t i = 0; i < CC_ARRAY_LEN(attrs); i++)
		if (strlen(attrs[i].n) == len && memcmp(attrs[i].n, s, len) == 0)
			return (int)attrs[i].bit;
	return -1;
}

struct tok {
	const char *s;
	size_t len;
};

/* Splits a line into at most `max` words; a word starting with '#' starts
 * a comment, except in the key position of a bind (index 2). */
static size_t split_words(const char *line, size_t len, struct tok *w, size_t max, bool *more)
{
	size_t n = 0, i = 0;
	*more = false;
	while (i < len) {
		while (i < len && (line[i] == ' ' || line[i] == '\t'))
			i++;
		if (i >= len)
			break;
		size_t st = i;
		while (i < len && line[i] != ' ' && line[i] != '\t')
			i++;
		bool is_bind_key = n == 2 && w[0].len == 4 && memcmp(w[0].s, "bind", 4) == 0;
		if (line[st] == '#' && !(is_bind_key && i - st == 1))
			break;
		if (n == max) {
			*more = true;
			break;
		}
		w[n++] = (struct tok){line + st, i - st};
	}
	return n;
}

/* Records a bad line as "FILE:LINE: 'WORD' what". */
static void bad_line(struct keys_config *cfg, const char *label, size_t lineno,
		     const struct tok *word, const char *what)
{
	cfg->errors++;
	if (cfg->first_error)
		return;
	cfg->first_error = xasprintf("%s:%zu: '%.*s' %s", label, lineno, (int)word->len, word->s, what);
}

static bool set_int(const struct tok *v, int lo, int hi, int *out)
{
	if (v->len == 0 || v->len > 6)
		return false;
	int x = 0;
	for (size_t i = 0; i < v->len; i++) {
		if (v->s[i] < '0' || v->s[i] > '9')
			return false;
		x = x * 10 + (v->s[i] - '0');
	}
	if (x < lo || x > hi)
		return false;
	*out = x;
	return true;
}

static void add_binding(struct keys_config *cfg, enum keymap km, int key, enum action a)
{
	cfg->binds = xgrow(cfg->binds, &cfg->cap, cfg->nbinds + 1, sizeof *cfg->binds);
	cfg->binds[cfg->nbinds++] = (struct binding){km, key, a};
}

static void parse_line(struct keys_config *cfg, const char *line, size_t len, const char *label,
		       size_t lineno)
{
	struct tok w[12];
	bool more;
	size_t n = split_words(line, len, w, CC_ARRAY_LEN(w), &more);
	if (n == 0)
		return;
	if (w[0].len == 4 && memcmp(w[0].s, "bind", 4) == 0) {
		if (n != 4 || more) {
			bad_line(cfg, label, lineno, &w[0], "expected 'bind KEYMAP KEY ACTION'");
			return;
		}
		int km = find_name(keymap_names, KM_COUNT, w[1].s, w[1].len);
		if (km < 0) {
			bad_line(cfg, label, lineno, &w[1], "is not a keymap");
			return;
		}
		int key = keys_parse_key(w[2].s, w[2].len);
		if (key < 0) {
			bad_line(cfg, label, lineno, &w[2], "is not a key");
			return;
		}
		int a = find_action(w[3].s, w[3].len);
		if (a < 0) {
			bad_line(cfg, label, lineno, &w[3], "is not an action");
			return;
		}
		add_binding(cfg, (enum keymap)km, key, (enum action)a);
	} else if (w[0].len == 5 && memcmp(w[0].s, "color", 5) == 0) {
		if (n < 4 || more) {
			bad_line(cfg, label, lineno, &w[0], "expected 'color AREA FG BG [ATTR...]'");
			return;
		}
		int area = find_name(style_names, ST_COUNT, w[1].s, w[1].len);
		if (area < 0) {
			bad_line(cfg, label, lineno, &w[1], "is not a screen area");
			return;
		}
		int fg = parse_color(w[2].s, w[2].len), bg = parse_color(w[3].s, w[3].len);
		if (fg < -1 || bg < -1) {
			const struct tok *b = fg < -1 ? &w[2] : &w[3];
			bad_line(cfg, label, lineno, b, "is not a colour");
			return;
		}
		unsigned attrs = 0;
		for (size_t i = 4; i < n; i++) {
			int at = parse_attr(w[i].s, w[i].len);
			if (at < 0) {
				bad_line(cfg, label, lineno, &w[i], "is not an attribute");
				return;
			}
			attrs |= (unsigned)at;
		}
		cfg->styles[area] = (struct style){fg, bg, attrs};
	} else if (w[0].len == 3 && memcmp(w[0].s, "set", 3) == 0) {
		if (n != 4 || more || w[2].len != 1 || w[2].s[0] != '=') {
			bad_line(cfg, label, lineno, &w[0], "expected 'set NAME = VALUE'");
			return;
		}
		bool ok;
		if (w[1].len == 5 && memcmp(w[1].s, "split", 5) == 0)
			ok = set_int(&w[3], 10, 90, &cfg->split);
		else if (w[1].len == 11 && memcmp(w[1].s, "stack-below", 11) == 0)
			ok = set_int(&w[3], 0, 10000, &cfg->stack_below);
		else if (w[1].len == 5 && memcmp(w[1].s, "mouse", 5) == 0)
			ok = set_int(&w[3], 0, 1, &cfg->mouse);
		else {
			bad_line(cfg, label, lineno, &w[1], "is not a setting (split, stack-below, mouse)");
			return;
		}
		if (!ok)
			bad_line(cfg, label, lineno, &w[3], "is out of range");
	} else {
		bad_line(cfg, label, lineno, &w[0], "is not a command (bind, color, set)");
	}
}

size_t keys_config_parse(struct keys_config *cfg, const char *text, size_t len,
			 const char *label)
{
	size_t before = cfg->errors, lineno = 0, i = 0;
	while (i < len) {
		size_t e = i;
		while (e < len && text[e] != '\n')
			e++;
		lineno++;
		size_t l = e - i;
		if (l && text[i + l - 1] == '\r')
			l--;
		parse_line(cfg, text + i, l, label, lineno);
		i = e + 1;
	}
	return cfg->errors - before;
}

void keys_config_load(struct keys_config *cfg, const char *path)
{
	keys_config_init(cfg);
	const char *d = keys_default_config();
	keys_config_parse(cfg, d, strlen(d), "(defaults)");
	if (!path)
		return;
	FILE *f = fopen(path, "r");
	if (!f) {
		if (errno != ENOENT) {
			cfg->errors++;
			if (!cfg->first_error)
				cfg->first_error = xasprintf("%s: %s", path, strerror(errno));
		}
		return;
	}
	struct buf b;
	buf_init(&b);
	char chunk[4096];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0 && b.len < ((size_t)1 << 20))
		buf_add(&b, chunk, n);
	fclose(f);
	keys_config_parse(cfg, b.data ? b.data : "", b.len, path);
	buf_free(&b);
}

enum action keys_lookup(const struct keys_config *cfg, enum keymap km, int key)
{
	/* the latest binding wins; a view's own keymap before generic */
	for (size_t i = cfg->nbinds; i-- > 0;)
		if (cfg->binds[i].km == km && cfg->binds[i].key == key)
			return cfg->binds[i].action;
	if (km == KM_EDITOR || km == KM_GENERIC)
		return A_NONE;
	for (size_t i = cfg->nbinds; i-- > 0;)
		if (cfg->binds[i].km == KM_GENERIC && cfg->binds[i].key == key)
			return cfg->binds[i].action;
	return A_NONE;
}

/* The keys that still trigger action `a` in its keymap, in binding order,
 * without duplicates. Returns how many were stored (at most max). */
static size_t live_keys(const struct keys_config *cfg, enum action a, int *keys, size_t max)
{
	enum keymap km = keys_action_keymap(a);
	size_t n = 0;
	for (size_t i = 0; i < cfg->nbinds && n < max; i++) {
		const struct binding *b = &cfg->binds[i];
		if (b->action != a || b->km != km || keys_lookup(cfg, km, b->key) != a)
			continue;
		bool dup = false;
		for (size_t j = 0; j < n; j++)
			dup |= keys[j] == b->key;
		if (!dup)
			keys[n++] = b->key;
	}
	return n;
}

void keys_action_keys(const struct keys_config *cfg, enum action a, struct buf *out)
{
	int keys[16];
	size_t n = live_keys(cfg, a, keys, CC_ARRAY_LEN(keys));
	for (size_t i = 0; i < n; i++) {
		if (i)
			buf_adds(out, ", ");
		keys_key_name(keys[i], out);
	}
}

void keys_markdown(struct buf *out)
{
	struct keys_config cfg;
	keys_config_load(&cfg, NULL);
	buf_adds(out, "| Keys | Action |\n|---|---|\n");
	for (int a = 1; a < A_COUNT; a++) {
		int keys[16];
		size_t n = live_keys(&cfg, (enum action)a, keys, CC_ARRAY_LEN(keys));
		buf_adds(out, "|");
		for (size_t i = 0; i < n; i++) {
			struct buf k;
			buf_init(&k);
			keys_key_name(keys[i], &k);
			buf_adds(out, i ? ", `" : " `");
			for (size_t j = 0; j < k.len; j++) {
				if (k.data[j] == '|')
					buf_addc(out, '\\');
				buf_addc(out, k.data[j]);
			}
			buf_adds(out, "`");
			buf_free(&k);
		}
		buf_printf(out, " | %s |\n", actions[a].help);
	}
	keys_config_free(&cfg);
}
