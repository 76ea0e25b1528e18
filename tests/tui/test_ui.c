/* test_ui: the review's pure modules without a terminal: layout as
 * strings, the key config parser and its compiled-in defaults, the README
 * key table, the UTF-8 line editor, tag normalisation, and wrapping with
 * CJK, emoji, combining marks and control characters. */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "edit.h"
#include "keys.h"
#include "layout.h"
#include "tap.h"
#include "text.h"

static void test_layout(void)
{
	struct layout l;
	struct buf b;
	buf_init(&b);
	layout_compute(200, 50, 60, 100, &l);
	layout_describe(&l, &b);
	tap_str_eq(b.data,
		   "200x50\n"
		   "header 0,0 200x1\n"
		   "article-title 0,1 120x1\n"
		   "article 0,2 120x46\n"
		   "separator 120,1 1x47\n"
		   "panel-title 121,1 79x1\n"
		   "panel 121,2 79x46\n"
		   "status 0,48 200x1\n"
		   "prompt 0,49 200x1\n",
		   "layout 200x50 side by side");
	buf_clear(&b);
	layout_compute(80, 24, 60, 100, &l);
	layout_describe(&l, &b);
	tap_str_eq(b.data,
		   "80x24 stacked\n"
		   "header 0,0 80x1\n"
		   "article-title 0,1 80x1\n"
		   "article 0,2 80x12\n"
		   "panel-title 0,14 80x1\n"
		   "panel 0,15 80x7\n"
		   "status 0,22 80x1\n"
		   "prompt 0,23 80x1\n",
		   "layout 80x24 stacked");
	buf_clear(&b);
	layout_compute(30, 8, 60, 100, &l);
	layout_describe(&l, &b);
	tap_str_eq(b.data,
		   "30x8 stacked\n"
		   "header 0,0 30x1\n"
		   "article-title 0,1 30x1\n"
		   "article 0,2 30x2\n"
		   "panel-title 0,4 30x1\n"
		   "panel 0,5 30x1\n"
		   "status 0,6 30x1\n"
		   "prompt 0,7 30x1\n",
		   "layout 30x8");
	buf_clear(&b);
	layout_compute(19, 6, 60, 100, &l);
	layout_describe(&l, &b);
	tap_str_eq(b.data, "19x6 too-small\n", "layout 19x6 is too small");
	buf_clear(&b);
	layout_compute(1, 1, 60, 100, &l);
	layout_describe(&l, &b);
	tap_str_eq(b.data, "1x1 too-small\n", "layout 1x1 is too small");
	/* the split is clamped so that both panes keep some width */
	layout_compute(100, 30, 95, 100, &l);
	tap_ok(l.panel.w >= 10 && l.article.w >= 10, "extreme split keeps both panes (%d, %d)",
	       l.article.w, l.panel.w);
	for (int c = 1; c <= 210; c += 7)
		for (int r = 1; r <= 60; r += 5) {
			layout_compute(c, r, 50, 100, &l);
			if (l.too_small)
				continue;
			int bottom = l.panel.y + l.panel.h;
			if (l.panel.x + l.panel.w > c || bottom > r - 2 || l.article.h < 0 || l.panel.h < 0) {
				tap_ok(0, "layout %dx%d stays inside the screen", c, r);
				buf_free(&b);
				return;
			}
		}
	tap_ok(1, "layouts from 1x1 to 210x60 stay inside the screen");
	struct rect cols[2];
	layout_columns((struct rect){1, 3, 79, 10}, 2, cols);
	tap_ok(cols[0].x == 1 && cols[0].w == 39 && cols[1].x == 41 && cols[1].w == 39,
	       "two columns with a gap");
	buf_free(&b);
}

static void test_keys(void)
{
	struct keys_config cfg;
	keys_config_load(&cfg, NULL);
	tap_long_eq((long long)cfg.errors, 0, "the compiled-in defaults parse without errors");
	tap_ok(keys_lookup(&cfg, KM_READER, 'j') == A_MOVE_DOWN, "j moves down (generic, from reader)");
	tap_ok(keys_lookup(&cfg, KM_READER, KC_DOWN) == A_MOVE_DOWN, "<Down> moves down");
	tap_ok(keys_lookup(&cfg, KM_READER, 18) == A_REDO, "<C-R> redoes");
	tap_ok(keys_lookup(&cfg, KM_READER, 26) == A_NONE, "<C-Z> is not bound (it suspends)");
	tap_ok(keys_lookup(&cfg, KM_READER, '#') == A_TAGS, "# edits tags");
	tap_ok(keys_lookup(&cfg, KM_READER, ' ') == A_PAGE_DOWN, "<Space> pages down");
	tap_ok(keys_lookup(&cfg, KM_EDITOR, 'j') == A_NONE, "the editor does not inherit j");
	tap_ok(keys_lookup(&cfg, KM_EDITOR, KC_ENTER) == A_EDIT_SAVE, "<Enter> saves in the editor");
	const char *user = "# mine\n"
			   "bind generic J move-down   # a comment\n"
			   "bind reader j none\n"
			   "bind generic # help\n"
			   "color conflict 196 default bold underline\n"
			   "set split = 45\n"
			   "bind nowhere j move-down\n"
			   "bind generic <Nope> quit\n"
			   "color conflict purple default\n"
			   "frobnicate\n";
	size_t bad = keys_config_parse(&cfg, user, strlen(user), "config");
	tap_long_eq((long long)bad, 4, "four bad lines are counted");
	tap_str_eq(cfg.first_error, "config:7: 'nowhere' is not a keymap", "the first error names file and line");
	tap_ok(keys_lookup(&cfg, KM_READER, 'J') == A_MOVE_DOWN, "J rebound");
	tap_ok(keys_lookup(&cfg, KM_READER, 'j') == A_NONE, "j unbound in the reader");
	tap_ok(keys_lookup(&cfg, KM_SOURCES, 'j') == A_MOVE_DOWN, "j still moves in sources");
	tap_ok(keys_lookup(&cfg, KM_READER, '#') == A_HELP, "a bare # can be bound");
	tap_ok(cfg.styles[ST_CONFLICT].fg == 196 && cfg.styles[ST_CONFLICT].attrs == (ATTR_BOLD | ATTR_UNDERLINE),
	       "colour line read");
	tap_long_eq(cfg.split, 45, "set split");
	struct buf b;
	buf_init(&b);
	keys_action_keys(&cfg, A_MOVE_DOWN, &b);
	tap_str_eq(b.data, "j, <Down>, J", "keys of an action listed in binding order");
	keys_config_free(&cfg);

	/* every key name round-trips */
	int keys[] = {'j', 'G', '<', '>', '#', ' ', KC_ENTER, KC_ESC, KC_TAB, KC_PGDN, KC_UP, 18, 12,
		      KC_F0 + 5, KC_DELETE, 0x00E9};
	for (size_t i = 0; i < CC_ARRAY_LEN(keys); i++) {
		buf_clear(&b);
		keys_key_name(keys[i], &b);
		int back = keys_parse_key(b.data, b.len);
		if (back != keys[i]) {
			tap_ok(0, "key %d round-trips through '%s' (got %d)", keys[i], b.data, back);
			buf_free(&b);
			return;
		}
	}
	tap_ok(1, "key names round-trip");
	tap_ok(keys_parse_key("<C-r>", 5) == 18, "<C-r> is <C-R>");
	tap_ok(keys_parse_key("jj", 2) == -1, "two characters are not a key");
	buf_clear(&b);
	keys_markdown(&b);
	tap_ok(b.data && strncmp(b.data, "| Keys | Action |\n|---|---|\n", 28) == 0, "markdown table header");
	bool all = true;
	for (int a = 1; a < A_COUNT; a++)
		if (!strstr(b.data, keys_action_help((enum action)a)))
			all = false;
	tap_ok(all, "markdown lists every action");
	tap_ok(strstr(b.data, "| `j`, `<Down>` | ") != NULL, "markdown quotes keys");
	buf_free(&b);
}

static void test_edit(void)
{
	struct edit e;
	edit_init(&e, "caf\xc3\xa9\n\x1b[31mx");
	tap_str_eq(edit_text(&e), "café [31mx", "control characters dropped, newline a space");
	edit_free(&e);

	edit_init(&e, NULL);
	edit_insert(&e, "e\xcc\x81t\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80", 18);
	tap_str_eq(edit_text(&e), "e\xcc\x81t\xc3\xa9 日本 😀", "insert UTF-8");
	edit_apply(&e, A_EDIT_BACKSPACE);
	tap_str_eq(edit_text(&e), "e\xcc\x81t\xc3\xa9 日本 ", "backspace removes the emoji whole");
	edit_apply(&e, A_EDIT_HOME);
	edit_apply(&e, A_EDIT_DELETE);
	tap_str_eq(edit_text(&e), "t\xc3\xa9 日本 ", "delete removes e and its combining accent together");
	edit_apply(&e, A_EDIT_END);
	edit_apply(&e, A_EDIT_LEFT);
	edit_apply(&e, A_EDIT_LEFT);
	edit_insert(&e, "x", 1);
	tap_str_eq(edit_text(&e), "t\xc3\xa9 日x本 ", "left moves by whole characters");
	edit_apply(&e, A_EDIT_KILL_WORD);
	tap_str_eq(edit_text(&e), "t\xc3\xa9 本 ", "kill word");
	edit_apply(&e, A_EDIT_KILL_END);
	tap_str_eq(edit_text(&e), "t\xc3\xa9 ", "kill to end");
	edit_insert(&e, "\xff\xfe", 2);
	tap_str_eq(edit_text(&e), "t\xc3\xa9 ", "invalid UTF-8 is not inserted");
	edit_apply(&e, A_EDIT_KILL_START);
	tap_str_eq(edit_text(&e), "", "kill to start");
	tap_ok(!edit_apply(&e, A_EDIT_BACKSPACE) && !edit_apply(&e, A_EDIT_DELETE) &&
	       !edit_apply(&e, A_EDIT_LEFT), "editing an empty line is harmless");
	edit_free(&e);

	/* the view keeps the cursor visible, counting wide characters as two */
	edit_init(&e, "日本語のテキスト");
	size_t first = 0;
	int col;
	edit_view(&e, 6, &first, &col);
	tap_ok(col <= 5 && text_width(edit_text(&e) + first, e.cursor - first) == (size_t)col,
	       "cursor visible in a narrow field (col %d)", col);
	edit_apply(&e, A_EDIT_HOME);
	edit_view(&e, 6, &first, &col);
	tap_ok(first == 0 && col == 0, "home scrolls back");
	edit_free(&e);

	/* the view keeps its place while the cursor moves inside it and moves
	 * only when the cursor leaves it, just far enough; deleting scrolls
	 * back to fill the field. ops: < left, > right, ^ home, $ end, b
	 * backspace; want: "first:column" after each */
	static const struct {
		const char *text;
		int width;
		const char *ops;
		const char *want;
	} views[] = {
		{"abcdefghij", 6, "<<<<<", "5:4 5:3 5:2 5:1 5:0"},
		{"abcdefghij", 6, "<<<<<<>", "5:4 5:3 5:2 5:1 5:0 4:0 4:1"},
		{"abcdefghij", 6, "^>>>>>>", "0:0 0:1 0:2 0:3 0:4 0:5 1:5"},
		{"abcdefghij", 6, "^>>>>><<$", "0:0 0:1 0:2 0:3 0:4 0:5 0:4 0:3 5:5"},
		{"abcdefghij", 6, "<<bb", "5:4 5:3 4:3 3:3"},
		{"abcdefghij", 6, "bbb", "4:5 3:5 2:5"},
		{"日本語のテキスト", 7, "<<<<", "15:4 15:2 15:0 12:0"},
		{"abc", 6, "<<<>", "0:2 0:1 0:0 0:1"},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(views); k++) {
		edit_init(&e, views[k].text);
		size_t fst = 0;
		int cc;
		edit_view(&e, views[k].width, &fst, &cc);
		struct buf vb;
		buf_init(&vb);
		for (const char *o = views[k].ops; *o; o++) {
			enum action act = *o == '<' ? A_EDIT_LEFT : *o == '>' ? A_EDIT_RIGHT : *o == '^' ? A_EDIT_HOME
					  : *o == '$' ? A_EDIT_END : A_EDIT_BACKSPACE;
			edit_apply(&e, act);
			edit_view(&e, views[k].width, &fst, &cc);
			buf_printf(&vb, "%s%zu:%d", o == views[k].ops ? "" : " ", fst, cc);
		}
		char name[96];
		snprintf(name, sizeof name, "view: \"%s\" at %d, keys %s", views[k].text, views[k].width, views[k].ops);
		tap_str_eq(vb.data, views[k].want, name);
		buf_free(&vb);
		edit_free(&e);
	}

	/* a field narrower than the text marks with "…" the side where text
	 * is hidden, wherever the cursor is; the cursor is never on a mark */
	static const struct {
		const char *text;
		size_t cursor; /* a byte offset; (size_t)-1 the end */
		int width;
		const char *want; /* the field's text, then "@" and the cursor's column */
	} fields[] = {
		{"abcdef", (size_t)-1, 10, "abcdef@6"},
		{"abcdef", (size_t)-1, 7, "abcdef@6"},
		{"abcdefg", (size_t)-1, 7, "…cdefg@6"},
		{"abcdefghij", (size_t)-1, 6, "…ghij@5"},
		{"abcdefghij", 0, 6, "abcde…@0"},
		{"abcdefghij", 3, 6, "abcde…@3"},
		{"abcdefghij", 5, 6, "…cdef…@4"},
		{"abcdefghij", 9, 6, "…fghij@5"},
		{"日本語のテキスト", (size_t)-1, 7, "…スト@5"},
		{"日本語のテキスト", 0, 7, "日本語…@0"},
		{"abcdef", (size_t)-1, 2, "f@1"},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(fields); k++) {
		edit_init(&e, fields[k].text);
		if (fields[k].cursor != (size_t)-1)
			e.cursor = fields[k].cursor;
		struct edit_field f;
		edit_field_view(&e, fields[k].width, 0, &f);
		struct buf fb;
		buf_init(&fb);
		buf_printf(&fb, "%s%.*s%s@%d", f.left ? "…" : "", (int)(f.end - f.first), edit_text(&e) + f.first,
			   f.right ? "…" : "", f.cursor_col);
		char name[96];
		snprintf(name, sizeof name, "field: \"%s\", cursor %zd, %d columns", fields[k].text,
			 (ssize_t)fields[k].cursor, fields[k].width);
		tap_str_eq(fb.data, fields[k].want, name);
		buf_free(&fb);
		edit_free(&e);
	}
	/* at every width and cursor: the field fits, a mark shows exactly
	 * where text is hidden, the cursor stays in the text's columns */
	const char *mixed = "Note: 日本 e\xcc\x81t\xc3\xa9 😀 crane nine";
	int field_bad = 0;
	for (int w = 3; w <= 40 && !field_bad; w++) {
		edit_init(&e, mixed);
		size_t fst = 0;
		for (size_t c = 0;; c = e.cursor) {
			struct edit_field f;
			edit_field_view(&e, w, fst, &f);
			fst = f.first;
			size_t tw = text_width(edit_text(&e) + f.first, f.end - f.first);
			size_t used = f.left + tw + f.right + (e.cursor == e.text.len && !f.right ? 1 : 0);
			size_t ccol = f.left + text_width(edit_text(&e) + f.first, e.cursor - f.first);
			if (used > (size_t)w || f.left != (f.first > 0) || f.right != (f.end < e.text.len) ||
			    e.cursor < f.first || e.cursor > f.end || (size_t)f.cursor_col != ccol ||
			    f.cursor_col >= w - f.right)
				field_bad = w;
			edit_apply(&e, A_EDIT_RIGHT);
			if (e.cursor == c)
				break;
		}
		edit_free(&e);
	}
	tap_long_eq(field_bad, 0, "fields 3 to 40 columns wide: marks where text is hidden, the cursor beside them");
	/* and the field stays put while the cursor moves inside what it shows
	 * (left from the end, then right from the start) */
	int jump_bad = 0;
	for (int w = 3; w <= 40 && !jump_bad; w++) {
		edit_init(&e, mixed);
		struct edit_field f;
		edit_field_view(&e, w, 0, &f);
		for (int pass = 0; pass < 2 && !jump_bad; pass++) {
			if (pass) {
				edit_apply(&e, A_EDIT_HOME);
				edit_field_view(&e, w, f.first, &f);
			}
			for (;;) {
				size_t c = e.cursor;
				edit_apply(&e, pass ? A_EDIT_RIGHT : A_EDIT_LEFT);
				if (e.cursor == c)
					break;
				struct edit_field g;
				edit_field_view(&e, w, f.first, &g);
				/* inside: at or after the first byte shown, before the
				 * end of what is shown, or at the end of the text with
				 * a free column for the cursor after it */
				bool inside = e.cursor >= f.first &&
					      (e.cursor < f.end ||
					       (e.cursor == e.text.len && f.end == e.text.len &&
						f.left + text_width(edit_text(&e) + f.first, f.end - f.first) + 1 <= (size_t)w));
				/* (a field that shows all the text, no mark, may move
				 * to start at its first byte) */
				bool all = g.first == 0 && g.end == e.text.len;
				if (inside && !all && g.first != f.first)
					jump_bad = w;
				f = g;
			}
		}
		edit_free(&e);
	}
	tap_long_eq(jump_bad, 0, "fields 3 to 40 columns wide: a cursor moving inside the field does not scroll it");

	char *t = edit_tags_normalize(" b, a ,, b,c d ,a");
	tap_str_eq(t, "a,b,c d", "tags: trimmed, deduplicated, sorted");
	free(t);
	t = edit_tags_normalize("");
	tap_str_eq(t, "", "no tags");
	free(t);
	size_t bl = 0;
	tap_ok(edit_tags_bad("a,b,c d,été,x2,c++", &bl) == NULL, "tags: words are tags");
	tap_ok(edit_tags_bad("", &bl) == NULL, "tags: no tags is no bad tag");
	const char *bad = edit_tags_bad("a,#,b", &bl);
	tap_ok(bad && bl == 1 && *bad == '#', "tags: a lone # is not a tag");
	bad = edit_tags_bad("--", &bl);
	tap_ok(bad && bl == 2, "tags: punctuation alone is not a tag");
	tap_ok(edit_tags_bad("\xe2\x80\x94,\xe3\x80\x82", &bl) != NULL, "tags: a dash or a CJK stop alone is not a tag");
	tap_ok(edit_tags_bad("\xe7\x81\xab\xe4\xba\x8b", &bl) == NULL, "tags: CJK words are tags");
	char longtag[70];
	memset(longtag, 'x', 65);
	longtag[65] = '\0';
	tap_ok(edit_tags_bad(longtag, &bl) != NULL, "tags: 65 bytes is too long");
	longtag[64] = '\0';
	tap_ok(edit_tags_bad(longtag, &bl) == NULL, "tags: 64 bytes is a tag");

	/* a small fuzz: random bytes and actions never break the invariants */
	unsigned seed = 12345;
	bool ok = true;
	for (int round = 0; round < 2000 && ok; round++) {
		edit_init(&e, NULL);
		for (int step = 0; step < 30; step++) {
			seed = seed * 1103515245u + 12345u;
			if (seed % 3 == 0) {
				char bytes[4];
				for (int i = 0; i < 4; i++) {
					seed = seed * 1103515245u + 12345u;
					bytes[i] = (char)(seed >> 16);
				}
				edit_insert(&e, bytes, 1 + seed % 4);
			} else {
				edit_apply(&e, (enum action)(A_EDIT_LEFT + (int)(seed >> 8) % 11));
			}
			size_t at;
			if (e.cursor > e.text.len || !text_utf8_valid(edit_text(&e), e.text.len, &at, NULL)) {
				ok = false;
				break;
			}
		}
		edit_free(&e);
	}
	tap_ok(ok, "2000 random edit sessions keep valid UTF-8 and the cursor inside");
}

static void lines_of(const struct doc *d, struct buf *out)
{
	for (size_t i = 0; i < d->nlines; i++) {
		buf_add(out, d->disp + d->lines[i].d0, d->lines[i].d1 - d->lines[i].d0);
		buf_addc(out, '|');
	}
}

static void test_doc(void)
{
	struct doc d;
	struct buf b;
	buf_init(&b);
	const char *t = "The quick brown fox jumps over the lazy dog.\n\nSecond para.";
	doc_build(&d, t, strlen(t), 20);
	lines_of(&d, &b);
	tap_str_eq(b.data, "The quick brown fox |jumps over the lazy |dog.||Second para.|", "wrap at 20");
	tap_long_eq((long long)doc_line_at(&d, strstr(t, "Second") - t), 4, "line of an offset");
	buf_clear(&b);
	doc_rewrap(&d, 10);
	tap_long_eq((long long)d.nlines, 8, "rewrap at 10");
	doc_free(&d);

	/* escape sequences and bidi controls become placeholders; offsets map back */
	const char *e = "A\x1b[2J\x1b]0;pwned\x07 B\xe2\x80\xae" "C";
	doc_build(&d, e, strlen(e), 80);
	buf_clear(&b);
	lines_of(&d, &b);
	tap_str_eq(b.data, "A␛[2J␛]0;pwned␇ B�C|", "controls shown as placeholders");
	bool clean = true;
	for (size_t i = 0; i < d.dlen; i++)
		if ((unsigned char)d.disp[i] < 0x20 || d.disp[i] == 0x7f)
			clean = false;
	tap_ok(clean, "no control byte in the display copy");
	size_t bpos = (size_t)(strchr(d.disp, 'B') - d.disp);
	tap_long_eq((long long)d.d2o[bpos], (long long)(strchr(e, 'B') - e), "display offsets map back");
	doc_free(&d);

	/* CJK (2 columns each), emoji, combining marks: no line wider than the pane */
	const char *cjk = "日本語の文章は空白なしで続きます。絵文字😀😀も混ざる。e\xcc\x81" "e\xcc\x81" "e\xcc\x81 done";
	for (int w = 5; w <= 24; w++) {
		doc_build(&d, cjk, strlen(cjk), w);
		for (size_t i = 0; i < d.nlines; i++) {
			size_t lw = text_width(d.disp + d.lines[i].d0, d.lines[i].d1 - d.lines[i].d0);
			const char *sp = d.disp + d.lines[i].d1;
			while (sp > d.disp + d.lines[i].d0 && sp[-1] == ' ')
				sp--;
			lw = text_width(d.disp + d.lines[i].d0, (size_t)(sp - d.disp) - d.lines[i].d0);
			if (lw > (size_t)w) {
				tap_ok(0, "CJK line %zu at width %d is %zu wide", i, w, lw);
				doc_free(&d);
				buf_free(&b);
				return;
			}
		}
		doc_free(&d);
	}
	tap_ok(1, "CJK, emoji and combining marks wrap within widths 5..24");
	doc_build(&d, cjk, strlen(cjk), 10);
	tap_long_eq((long long)text_width(d.disp + d.lines[0].d0, d.lines[0].d1 - d.lines[0].d0), 10,
		    "a CJK line fills 10 columns exactly");
	doc_free(&d);
	/* a word longer than the width is cut, each piece but the last marked
	 * cut and a column short of the width (for its "…") */
	const char *url = "see https://example.com/a/very/long/path/that/does/not/fit ok";
	doc_build(&d, url, strlen(url), 12);
	bool fits = true;
	char cuts[16] = "";
	for (size_t i = 0; i < d.nlines && i + 1 < sizeof cuts; i++) {
		size_t lw = text_width(d.disp + d.lines[i].d0, d.lines[i].d1 - d.lines[i].d0);
		if (lw > 12 + 1 || (d.lines[i].cut && lw > 11))
			fits = false;
		cuts[i] = d.lines[i].cut ? 'c' : '-';
		cuts[i + 1] = '\0';
	}
	tap_ok(fits, "an over-long word is cut at the width, a column kept for the mark");
	tap_str_eq(cuts, "-cccc--", "the lines that cut it, and only they, are marked cut");
	buf_clear(&b);
	lines_of(&d, &b);
	tap_str_eq(b.data, "see |https://exa|mple.com/a/|very/long/p|ath/that/do|es/not/fit |ok|",
		   "a web address longer than the width: cut pieces of 11 columns");
	doc_free(&d);
	doc_build(&d, "abc", 3, 1);
	tap_ok(d.nlines == 3 && !d.lines[0].cut, "at width 1 a cut has no room for a mark: not marked");
	doc_free(&d);
	/* what is left of a cut word shares its row with the words after it
	 * when they fit */
	static const struct {
		const char *text;
		int width;
		const char *want; /* the lines, "…" after a cut one */
	} rests[] = {
		{"abcdefghijkl ab cd ef", 6, "abcde…|fghij…|kl ab |cd ef|"},
		{"abcdefghijk mn", 6, "abcde…|fghijk |mn|"},
		{"abcdefghij mn", 6, "abcde…|fghij |mn|"},
		{"abcdefgh mn", 6, "abcde…|fgh mn|"},
		{"xx abcdefghijkl", 6, "xx |abcde…|fghij…|kl|"},
		{"abcdefgh ijklmnop qr", 6, "abcde…|fgh |ijklm…|nop qr|"},
		{"abcdefghij  kl", 4, "abc…|def…|ghij  |kl|"},
		{"abcdefgh  kl", 4, "abc…|def…|gh  |kl|"},
		{"abcdefghijklmno", 6, "abcde…|fghij…|klmno|"},
		{"abc de", 1, "a|b|c |d|e|"},
		{"a\xcc\x81" "b\xcc\x81" "c\xcc\x81" "d\xcc\x81" "e\xcc\x81 f", 3,
		 "a\xcc\x81" "b\xcc\x81…|c\xcc\x81" "d\xcc\x81" "e\xcc\x81 |f|"},
		{"\xe6\x97\xa5\xe6\x9c\xac x", 1, "\xe6\x97\xa5|\xe6\x9c\xac |x|"},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(rests); k++) {
		doc_build(&d, rests[k].text, strlen(rests[k].text), rests[k].width);
		buf_clear(&b);
		for (size_t i = 0; i < d.nlines; i++) {
			buf_add(&b, d.disp + d.lines[i].d0, d.lines[i].d1 - d.lines[i].d0);
			buf_printf(&b, "%s|", d.lines[i].cut ? "…" : "");
		}
		char name[96];
		snprintf(name, sizeof name, "a cut word's rest: \"%s\" at %d", rests[k].text, rests[k].width);
		tap_str_eq(b.data, rests[k].want, name);
		doc_free(&d);
	}
	/* a file name (no space in it) is never broken at its hyphens: the
	 * line breaks at a space only */
	const char *fname = "Why: For Orvik, the-harbour-gazette.txt says about 60 and north-star-news.txt "
			    "says fewer than 50.";
	bool whole = true;
	for (int w = 24; w <= 80 && whole; w++) {
		doc_build(&d, fname, strlen(fname), w);
		for (size_t i = 0; i + 1 < d.nlines; i++)
			if (d.disp[d.lines[i].d1 - 1] != ' ' || d.lines[i].cut) {
				buf_clear(&b);
				lines_of(&d, &b);
				tap_ok(0, "a line breaks at a space only at width %d: %s", w, b.data);
				whole = false;
				break;
			}
		doc_free(&d);
	}
	if (whole)
		tap_ok(1, "file names wrap whole at widths 24..80 (the longest fits)");
	/* no break after a dot inside a word: abbreviations, the words joined
	 * to them by hyphens, domain names */
	const char *abbr = "Rivals of the U.S.-based maker, e.g. Nordlicht, met at shop.example.org today.";
	for (int w = 16; w <= 40; w++) {
		doc_build(&d, abbr, strlen(abbr), w);
		for (size_t i = 0; i + 1 < d.nlines; i++) {
			const char *end = d.disp + d.lines[i].d1;
			if (end[-1] == '.' && d.lines[i + 1].d1 > d.lines[i + 1].d0 && end[0] != ' ' &&
			    end[-2] != ' ') {
				buf_clear(&b);
				lines_of(&d, &b);
				tap_ok(0, "no line ends after an inner dot at width %d: %s", w, b.data);
				doc_free(&d);
				buf_free(&b);
				return;
			}
		}
		doc_free(&d);
	}
	tap_ok(1, "no line ends after a dot inside a word at widths 16..40 (the longest word fits)");
	doc_build(&d, abbr, strlen(abbr), 18);
	buf_clear(&b);
	lines_of(&d, &b);
	tap_str_eq(b.data, "Rivals of the |U.S.-based maker, |e.g. Nordlicht, |met at |shop.example.org |today.|",
		   "U.S.-based, e.g. and a domain wrap whole at 18");
	doc_free(&d);
	const char *hy = "a well-known and widely-cited figure";
	doc_build(&d, hy, strlen(hy), 13);
	buf_clear(&b);
	lines_of(&d, &b);
	tap_str_eq(b.data, "a well-known |and |widely-cited |figure|", "a hyphen offers no break");
	doc_free(&d);
	/* a web address that fits stays whole, hyphens, slashes and all */
	const char *web = "read https://www.harbour-works.example/news/phase-one-plan.html (sic) and well-known notes";
	doc_build(&d, web, strlen(web), 60);
	buf_clear(&b);
	lines_of(&d, &b);
	tap_str_eq(b.data, "read |https://www.harbour-works.example/news/phase-one-plan.html |(sic) and well-known notes|",
		   "a web address that fits in 60 columns stays whole");
	doc_free(&d);
	/* words that fill the width exactly stay on their row: the space
	 * after the last one does not count */
	static const struct {
		const char *text;
		int width;
		const char *want;
	} exact[] = {
		{"abcd efgh ijkl mn", 14, "abcd efgh ijkl |mn|"},
		{"abcd efgh ijkl mn", 9, "abcd efgh |ijkl mn|"},
		{"one two\nsix ten", 7, "one two|six ten|"},
		{"ab cd", 2, "ab |cd|"},
		{"ab  cd  ef", 6, "ab  cd  |ef|"},
		{"日本 語の 文", 7, "日本 語|の 文|"},
		{"日本 語の 文", 9, "日本 語の |文|"},
	};
	for (size_t k = 0; k < CC_ARRAY_LEN(exact); k++) {
		doc_build(&d, exact[k].text, strlen(exact[k].text), exact[k].width);
		buf_clear(&b);
		for (size_t i = 0; i < d.nlines; i++) {
			buf_add(&b, d.disp + d.lines[i].d0, d.lines[i].d1 - d.lines[i].d0);
			buf_printf(&b, "%s|", d.lines[i].cut ? "…" : "");
		}
		char name[96];
		snprintf(name, sizeof name, "exact fit: \"%s\" at %d", exact[k].text, exact[k].width);
		for (char *c = name; *c; c++)
			if (*c == '\n')
				*c = '/'; /* one line of TAP */
		tap_str_eq(b.data, exact[k].want, name);
		doc_free(&d);
	}
	/* at every width, a line takes every word that fits: its text and the
	 * next line's first word are wider than the width */
	const char *fill = "It was a dry week at the pier; six of ten cranes idle, one crew of 14 on watch, "
			   "and no ship due until the ninth.";
	int greedy_bad = 0;
	for (int w = 6; w <= 60 && !greedy_bad; w++) {
		doc_build(&d, fill, strlen(fill), w);
		for (size_t i = 0; i + 1 < d.nlines; i++) {
			const struct doc_line *l = &d.lines[i], *nx = &d.lines[i + 1];
			size_t w1 = nx->d0;
			while (w1 < nx->d1 && d.disp[w1] != ' ')
				w1++;
			if (l->cut || nx->cut)
				continue;
			if (text_width(d.disp + l->d0, w1 - l->d0) <= (size_t)w)
				greedy_bad = w;
		}
		doc_free(&d);
	}
	tap_long_eq(greedy_bad, 0, "no width from 6 to 60 leaves a word that fits for the next row");
	/* the same with words wider than the width: the rest of a cut one
	 * takes the words that fit after it; cut lines fill the width less
	 * the mark's column */
	const char *longw = "See harbour.example.org/notices/2025/outer-channel-depths.html and "
			    "the tide tables (https://tides.example.net/venmark/spring) today.";
	int rest_bad = 0;
	for (int w = 2; w <= 40 && !rest_bad; w++) {
		doc_build(&d, longw, strlen(longw), w);
		for (size_t i = 0; i < d.nlines; i++) {
			const struct doc_line *l = &d.lines[i];
			size_t vis = l->d1;
			while (vis > l->d0 && d.disp[vis - 1] == ' ')
				vis--;
			size_t lw = text_width(d.disp + l->d0, vis - l->d0);
			if (lw > (size_t)w || (l->cut && lw != (size_t)w - 1))
				rest_bad = w;
			if (l->cut || i + 1 == d.nlines || d.lines[i + 1].cut)
				continue;
			const struct doc_line *nx = &d.lines[i + 1];
			size_t w1 = nx->d0;
			while (w1 < nx->d1 && d.disp[w1] != ' ')
				w1++;
			if (text_width(d.disp + l->d0, w1 - l->d0) <= (size_t)w)
				rest_bad = w;
		}
		doc_free(&d);
	}
	tap_long_eq(rest_bad, 0, "widths 2 to 40 with words wider than them: cut lines full, no word left for the next row");
	doc_build(&d, "", 0, 1);
	tap_ok(d.nlines == 1, "an empty text has one empty line");
	doc_free(&d);
	buf_free(&b);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	test_layout();
	test_keys();
	test_edit();
	test_doc();
	return tap_done();
}
