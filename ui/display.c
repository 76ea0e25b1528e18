/* display: ui_review itself: terminal setup and teardown, the one loop,
 * the one resize path, input decoding, the view stack, the header and
 * status lines, and running $VISUAL/$EDITOR.
 *
 * Owns: every curses call outside draw.c (initialisation, modes, reading
 * keys and mouse events, the cursor, endwin), the annotation session's
 * begin and end, and signals (SIGINT/SIGTERM/SIGHUP end the review cleanly;
 * SIGTSTP and SIGWINCH are left to curses). Handlers return F_* flags; only
 * this loop paints. Must not: draw text without draw.h, run a shell, or
 * load more than one source.
 */
#include "config.h"

#include <curses.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "app.h"
#include "draw.h"
#include "text.h"
#include "trace.h"

static volatile sig_atomic_t got_signal;

static void on_signal(int sig)
{
	got_signal = sig;
}

/* ---- the view stack --------------------------------------------------- */

void view_push(struct app *a, const struct view_ops *ops, int64_t arg)
{
	if (a->depth >= APP_MAX_VIEWS)
		return;
	void *state = NULL;
	if (ops == &conflict_ops)
		state = conflict_open(a, arg);
	else if (ops == &sources_ops)
		state = sources_open(a);
	else if (ops == &timeline_ops)
		state = timeline_open(a);
	else if (ops == &help_ops)
		state = help_open(a);
	a->views[a->depth++] = (struct view){ops, state};
}

void view_pop(struct app *a)
{
	if (a->depth <= 1)
		return;
	struct view *v = &a->views[--a->depth];
	if (v->ops->close)
		v->ops->close(a, v->state);
	v->state = NULL;
}

static struct view *top_view(struct app *a)
{
	return &a->views[a->depth - 1];
}

/* ---- painting ------------------------------------------------------------ */

static void layout_now(struct app *a)
{
	layout_compute(COLS, LINES, a->split, a->cfg.stack_below, &a->lay);
}

static void draw_header(struct app *a)
{
	const struct rect *r = &a->lay.header;
	draw_fill(r->y, r->x, r->w, ST_TITLE, 0);
	struct buf pre, tail;
	buf_init(&pre);
	buf_init(&tail);
	buf_printf(&pre, " crosscheck %s", top_view(a)->ops->name);
	const char *name = "";
	if (a->src.name) {
		buf_printf(&pre, " — ");
		name = a->src.name;
		if (a->src.date)
			buf_printf(&tail, " · %s", a->src.date);
		if (a->src.outlet)
			buf_printf(&tail, " · %s", a->src.outlet);
	}
	int pw = (int)draw_width(pre.data, pre.len), nw = (int)draw_width(name, strlen(name));
	int tw = tail.len ? (int)draw_width(tail.data, tail.len) : 0;
	/* the key hints on the right give way to the source's name, date and
	 * outlet when both do not fit (the help screen lists the keys) */
	const char *right = "  ? help  q back  Q quit ";
	int rw = (int)draw_width(right, strlen(right));
	bool hints = rw < r->w / 2 && pw + nw + tw + rw <= r->w;
	int lw = r->w - (hints ? rw : 0);
	/* then the name gives up width (cut with "…") so that the date and
	 * the outlet show whole, down to 8 columns; below that all is cut at
	 * the edge, with "…" */
	/* on a narrow screen (40 columns) the program's name goes first, so
	 * that the source keeps its 8 columns and its date */
	if (pw + nw + tw > lw && lw - pw - tw < 8 && a->src.name) {
		buf_clear(&pre);
		buf_printf(&pre, " %s — ", top_view(a)->ops->name);
		pw = (int)draw_width(pre.data, pre.len);
	}
	int c = draw_text(r->y, r->x, lw, pre.data, pre.len, ST_TITLE, 0);
	if (pw + nw + tw <= lw || lw - pw - tw >= 8) {
		c += draw_cell(r->y, r->x + c, pw + nw + tw <= lw ? nw : lw - pw - tw, name, ST_TITLE);
		if (tail.len)
			draw_text(r->y, r->x + c, lw - c, tail.data, tail.len, ST_TITLE, 0);
	} else {
		buf_add(&pre, name, strlen(name));
		if (tail.len)
			buf_add(&pre, tail.data, tail.len);
		draw_cell(r->y, r->x, lw, pre.data, ST_TITLE);
	}
	if (hints)
		draw_str(r->y, r->x + r->w - rw, rw, right, ST_TITLE, 0);
	buf_free(&pre);
	buf_free(&tail);
}

static void status_text(struct app *a, const char *path, struct buf *b)
{
	const char *sep = draw_utf8() ? " │ " : " | ";
	buf_printf(b, " %s", path);
	if (a->src.id)
		buf_printf(b, "%ssource %zu/%zu", sep, a->src.idx + 1, a->nsources);
	else
		buf_printf(b, "%sno sources", sep);
	if (a->src.nclaims)
		buf_printf(b, "%sclaim %zu/%zu", sep, a->sel + 1, a->src.nclaims);
	buf_printf(b, "%s%zu open conflict%s", sep, a->open_conflicts, a->open_conflicts == 1 ? "" : "s");
	if (strcmp(a->reviewer, UI_REVIEWER_FALLBACK) == 0)
		buf_printf(b, "%s%s", sep, a->reviewer);
	else
		buf_printf(b, "%sreviewer %s", sep, a->reviewer);
	if (a->search)
		buf_printf(b, "%s/%s", sep, a->search);
}

static void draw_status(struct app *a)
{
	const struct rect *r = &a->lay.status;
	draw_fill(r->y, r->x, r->w, ST_STATUS, 0);
	/* read-only shows all the time, where "saved" would (nothing is) */
	const char *mark = a->readonly ? " read-only " : !a->saved ? NULL
			   : draw_utf8() ? " ✓ saved " : " * saved ";
	int mark_w = mark ? (int)draw_width(mark, strlen(mark)) : 0;
	struct buf b;
	buf_init(&b);
	const char *path = store_path(a->st);
	status_text(a, path, &b);
	if ((int)draw_width(b.data, b.len) > r->w - mark_w) {
		/* the file's name alone when the whole path does not fit */
		const char *slash = strrchr(path, '/');
		buf_clear(&b);
		status_text(a, slash ? slash + 1 : path, &b);
	}
	/* still too long (a long reviewer's name or search, a narrow
	 * screen): cut at the edge with "…" */
	draw_cell(r->y, r->x, r->w - mark_w, b.data, ST_STATUS);
	if (mark)
		draw_str(r->y, r->x + r->w - mark_w, mark_w, mark, ST_STATUS, ATTR_BOLD);
	buf_free(&b);
}

static void draw_bottom(struct app *a)
{
	const struct rect *r = &a->lay.prompt;
	if (a->prompt.kind != P_NONE) {
		prompt_draw(a);
		return;
	}
	if (a->msg) {
		/* a message cut at the edge ends in "…" */
		draw_cell(r->y, r->x, r->w, a->msg, a->msg_error ? ST_ERROR : ST_MESSAGE);
		return;
	}
	/* the selected claim's note and tags, each cut to fit with "…" */
	if (a->depth == 1 && a->sel < a->src.nclaims) {
		const struct claim *c = &a->src.claims[a->sel];
		int col = 0;
		if (c->note) {
			col += draw_str(r->y, r->x, r->w, "note: ", ST_MESSAGE, ATTR_BOLD);
			col += draw_cell(r->y, r->x + col, r->w - col, c->note, ST_MESSAGE);
		}
		if (c->tags && *c->tags) {
			col += draw_str(r->y, r->x + col, r->w - col, col ? "  tags: " : "tags: ", ST_MESSAGE,
					ATTR_BOLD);
			draw_cell(r->y, r->x + col, r->w - col, c->tags, ST_MESSAGE);
		}
	}
}

/* The header, the view (when body) and the status line, on a cleared
 * screen: all but the bottom line. */
static void paint_frame(struct app *a, bool body)
{
	erase();
	if (a->lay.too_small) {
		/* short lines, so that the notice itself fits */
		draw_str(0, 0, COLS, "too small", ST_ERROR, 0);
		if (LINES > 1)
			draw_printf(1, 0, COLS, ST_DEFAULT, 0, "need %dx%d", LAYOUT_MIN_COLS, LAYOUT_MIN_ROWS);
		if (LINES > 2)
			draw_printf(2, 0, COLS, ST_DEFAULT, 0, "Q quits");
		return;
	}
	draw_header(a);
	if (body) {
		struct view *v = top_view(a);
		v->ops->draw(a, v->state);
	}
	draw_status(a);
}

static void paint(struct app *a)
{
	paint_frame(a, true);
	if (!a->lay.too_small)
		draw_bottom(a);
	if (!a->lay.too_small && a->prompt.kind != P_NONE) {
		move(a->lay.prompt.y, a->prompt_cursor_x < COLS ? a->prompt_cursor_x : COLS - 1);
		curs_set(1);
	} else {
		curs_set(0);
	}
	wnoutrefresh(stdscr);
	doupdate();
}

/* ---- waiting for another process ------------------------------------------ */

/* The store's wait function while the review is on screen: another process
 * (a long refresh or add) holds the store's write lock. After a moment the
 * bottom line says so, with the seconds waited; the review waits as long as
 * it takes (a person is there to stop it), until Esc, or a signal, gives
 * up: the action is then not saved, and says so. Keys typed meanwhile are
 * kept, in order, for after the wait (after_wait decides whether they act);
 * a resize is followed at once. This runs inside the store's call: it
 * must not touch the store, so the timeline (which reads pages as it
 * draws) waits for the end to be drawn again. */
#define WAIT_SHOW_MS 300

static void typed_names(struct app *a, struct buf *out);
/* MOUSE_UNKNOWN: a whole escape sequence no key of this TERM names */
enum mouse_kind { MOUSE_NONE, MOUSE_PRESS, MOUSE_WHEEL_UP, MOUSE_WHEEL_DOWN, MOUSE_UNKNOWN };
static bool read_raw_mouse(enum mouse_kind *kind, int *y, int *x);

/* The wait line, with the keys kept so far ("kept: j j 4"); the short form
 * when that does not fit. */
static void draw_wait_line(struct app *a, unsigned sec)
{
	const struct rect *r = &a->lay.prompt;
	if (a->lay.too_small)
		return;
	const char *dots = draw_utf8() ? "…" : "...";
	struct buf keys;
	buf_init(&keys);
	buf_adds(&keys, "");
	if (a->typed_n || a->typed_click || a->typed_over) {
		buf_adds(&keys, "; kept: ");
		typed_names(a, &keys);
	}
	char *line = xasprintf("Waiting for another process writing to the store (%us)%s Esc stops waiting%s", sec,
			       dots, keys.data);
	if (keys.len && (int)draw_width(line, strlen(line)) > r->w) {
		free(line);
		line = xasprintf("Waiting for another process (%us)%s Esc stops waiting%s", sec, dots, keys.data);
	}
	move(r->y, r->x);
	clrtoeol();
	draw_cell(r->y, r->x, r->w, line, ST_ERROR);
	free(line);
	buf_free(&keys);
}

static bool review_wait(void *ctx, unsigned waited_ms)
{
	struct app *a = ctx;
	if (got_signal)
		return false;
	if (waited_ms < WAIT_SHOW_MS) {
		a->wait_shown = UINT_MAX; /* a new wait: say so once it lasts */
		return true;
	}
	a->wait_read = true;
	bool stop = false, resized = false, typed = false;
	wtimeout(stdscr, 0);
	wint_t wc;
	int rc;
	while (!stop && (rc = wget_wch(stdscr, &wc)) != ERR) {
		if (rc == OK && wc == 27) {
			/* a mouse report, or a key's sequence, that curses did not
			 * decode starts with Esc too: only a lone Esc stops */
			enum mouse_kind mk;
			int my, mx;
			if (read_raw_mouse(&mk, &my, &mx)) {
				a->typed_click |= mk != MOUSE_NONE && mk != MOUSE_UNKNOWN;
				a->typed_over |= mk == MOUSE_UNKNOWN; /* not kept: named "…" */
			} else {
				stop = true; /* what follows Esc is read after it, as keys */
			}
			wtimeout(stdscr, 0);
		} else if (rc == KEY_CODE_YES && wc == KEY_RESIZE) {
			resized = true;
		} else if (rc == KEY_CODE_YES && wc == KEY_MOUSE) {
			MEVENT ev;
			(void)getmouse(&ev);
			a->typed_click = true; /* not kept: keys after a click would miss its claim */
		} else if (a->typed_n == APP_TYPED_MAX) {
			a->typed_over = true;
		} else {
			size_t at = (a->typed_head + a->typed_n++) % APP_TYPED_MAX;
			a->typed[at].rc = rc;
			a->typed[at].wc = wc;
		}
		typed = true;
	}
	wtimeout(stdscr, -1);
	if (stop) {
		a->wait_stopped = true;
		return false;
	}
	unsigned sec = waited_ms / 1000;
	if (resized) {
		/* the screen at its new size now, the wait line at its foot */
		a->wait_resized = true;
		layout_now(a);
		a->follow = true;
		paint_frame(a, top_view(a)->ops != &timeline_ops);
		a->wait_shown = UINT_MAX;
	}
	if (sec != a->wait_shown || typed) {
		a->wait_shown = sec;
		draw_wait_line(a, sec);
		curs_set(0);
		wnoutrefresh(stdscr);
		doupdate();
	}
	return true;
}

/* ---- input --------------------------------------------------------------- */

/* The key code curses gives for an extended key named in terminfo
 * ("kLFT5": control-left), or -1 when the terminal has none: the
 * capability's string is looked up first, then the code bound to it. */
static int ext_key(const char *cap)
{
	const char *seq = tigetstr(cap);
	if (!seq || seq == (const char *)-1)
		return -1;
	int k = key_defined(seq);
	return k > 0 ? k : -1;
}

/* Home and End as some terminals send them where terminfo names other
 * sequences for TERM: tmux sends "ESC [ 1 ~" and "ESC [ 4 ~" whatever TERM
 * says (xterm-256color names "ESC O H" and "ESC O F"), rxvt "ESC [ 7 ~"
 * and "ESC [ 8 ~", xterm outside keypad mode "ESC [ H" and "ESC [ F". Each
 * is bound only where TERM binds it to nothing (key_defined 0): a sequence
 * that TERM gives another key keeps it. */
static void bind_home_end(void)
{
	static const struct {
		const char *seq;
		int key;
	} alt[] = {
		{"\033[1~", KEY_HOME}, {"\033[7~", KEY_HOME}, {"\033[H", KEY_HOME}, {"\033OH", KEY_HOME},
		{"\033[4~", KEY_END},  {"\033[8~", KEY_END},  {"\033[F", KEY_END},  {"\033OF", KEY_END},
	};
	for (size_t i = 0; i < CC_ARRAY_LEN(alt); i++)
		if (key_defined(alt[i].seq) == 0)
			define_key(alt[i].seq, alt[i].key);
}

static int translate(int rc, wint_t wc)
{
	if (rc == OK) {
		if (wc == '\r' || wc == '\n')
			return KC_ENTER;
		if (wc == 0x7F)
			return KC_BACKSPACE;
		return (int)wc;
	}
	switch (wc) {
	case KEY_UP: return KC_UP;
	case KEY_DOWN: return KC_DOWN;
	case KEY_LEFT: return KC_LEFT;
	case KEY_RIGHT: return KC_RIGHT;
	case KEY_PPAGE: return KC_PGUP;
	case KEY_NPAGE: return KC_PGDN;
	case KEY_HOME: return KC_HOME;
	case KEY_END: return KC_END;
	case KEY_DC: return KC_DELETE;
	case KEY_IC: return KC_INSERT;
	case KEY_BTAB: return KC_BTAB;
	case KEY_BACKSPACE: return KC_BACKSPACE;
	case KEY_ENTER: return KC_ENTER;
	default: break;
	}
	if (wc >= KEY_F(1) && wc <= KEY_F(24))
		return KC_F0 + (int)(wc - KEY_F0);
	if ((int)wc == ext_key("kLFT5"))
		return KC_CLEFT;
	if ((int)wc == ext_key("kRIT5"))
		return KC_CRIGHT;
	return -1;
}

static unsigned reload_all(struct app *a, bool *moved)
{
	*moved = app_follow_sources(a);
	if (*moved)
		/* a conflict view above the reader may be of a claim that went with it */
		while (a->depth > 1 && a->views[a->depth - 1].ops == &conflict_ops)
			view_pop(a);
	app_reload_claims(a);
	for (int i = 0; i < a->depth; i++)
		if (a->views[i].ops->reload)
			a->views[i].ops->reload(a, a->views[i].state);
	return F_REDRAW;
}

/* Actions that mean the same in every view. */
static unsigned global_action(struct app *a, enum action act, bool *handled)
{
	*handled = true;
	const struct view_ops *top = top_view(a)->ops;
	switch (act) {
	case A_QUIT:
		return F_QUIT;
	case A_REDRAW:
		return F_FULL | F_REDRAW;
	case A_HELP:
		if (top == &help_ops)
			return F_POP;
		view_push(a, &help_ops, 0);
		return F_REDRAW;
	case A_SOURCES:
	case A_TIMELINE:
		while (a->depth > 1)
			view_pop(a);
		view_push(a, act == A_SOURCES ? &sources_ops : &timeline_ops, 0);
		return F_REDRAW;
	case A_COMMAND:
		prompt_start(a, P_COMMAND, NULL, 0);
		return F_REDRAW;
	case A_EXPORT: {
		/* after "FILE exists", the same file again: Enter replaces it */
		char *t = xasprintf("export %s", a->export_pending ? a->export_pending : "");
		prompt_start(a, P_COMMAND, t, 0);
		free(t);
		return F_REDRAW;
	}
	case A_SEARCH:
		prompt_start(a, P_SEARCH, NULL, 0);
		return F_REDRAW;
	case A_SEARCH_CLEAR:
		if (!a->search && !a->msg)
			break;
		free(a->search);
		a->search = NULL;
		a->mark_sentence = -1;
		free(a->msg);
		a->msg = NULL;
		return F_REDRAW;
	case A_UNDO:
	case A_REDO: {
		unsigned f = app_undo(a, act == A_REDO);
		return f;
	}
	case A_SOURCE_NEXT:
	case A_SOURCE_PREV:
	case A_CONFLICT_NEXT:
	case A_CONFLICT_PREV:
		if (top == &reader_ops)
			break;
		while (a->depth > 1)
			view_pop(a);
		return reader_ops.action(a, NULL, act);
	default:
		break;
	}
	*handled = false;
	return F_NONE;
}

/* ---- the mouse ------------------------------------------------------------ */

static unsigned dispatch_mouse(struct app *a, enum mouse_kind k, int y, int x)
{
	if (!a->cfg.mouse || a->lay.too_small || y < 0 || x < 0)
		return F_NONE;
	struct view *v = top_view(a);
	switch (k) {
	case MOUSE_WHEEL_UP:
	case MOUSE_WHEEL_DOWN:
		return v->ops->wheel ? v->ops->wheel(a, v->state, y, x, k == MOUSE_WHEEL_UP ? -1 : 1)
				     : F_NONE;
	case MOUSE_PRESS:
		return v->ops->click ? v->ops->click(a, v->state, y, x) : F_NONE;
	default:
		return F_NONE;
	}
}

static unsigned handle_mouse(struct app *a)
{
	MEVENT ev;
	if (getmouse(&ev) != OK)
		return F_NONE;
	if (ev.bstate & BUTTON4_PRESSED)
		return dispatch_mouse(a, MOUSE_WHEEL_UP, ev.y, ev.x);
#ifdef BUTTON5_PRESSED
	if (ev.bstate & BUTTON5_PRESSED)
		return dispatch_mouse(a, MOUSE_WHEEL_DOWN, ev.y, ev.x);
#endif
	if (ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED))
		return dispatch_mouse(a, MOUSE_PRESS, ev.y, ev.x);
	return F_NONE;
}

/* A mouse report in an encoding other than the one terminfo's kmous names
 * (SGR "ESC [ < b ; x ; y M" where X10 "ESC [ M b x y" was expected, or the
 * reverse, or urxvt's "ESC [ b ; x ; y M") reaches us as an ESC that came
 * alone with the rest of the report right behind it. Read as keys, its
 * digits would set verdicts and its '[' change the source; so after such an
 * ESC the rest is read here: a mouse report becomes a mouse event (*kind
 * MOUSE_NONE for releases and motion); another whole escape sequence that
 * came at once (a key terminfo does not name for this TERM, such as
 * "ESC [ 3 ; 9 ~" under TERM=xterm-256color) is dropped (*kind
 * MOUSE_UNKNOWN): read as keys, "[1~" would change the source and set a
 * verdict; anything else is given back to be read as keys. */
#define RAW_MAX 24
struct raw_in {
	wint_t c[RAW_MAX];
	int rc[RAW_MAX];
	size_t n;
};

static bool raw_next(struct raw_in *r, wint_t *c)
{
	if (r->n == RAW_MAX)
		return false;
	wint_t wc;
	int rc = wget_wch(stdscr, &wc); /* what follows is already buffered: no wait */
	if (rc == ERR)
		return false;
	r->c[r->n] = wc;
	r->rc[r->n++] = rc;
	*c = wc;
	return rc == OK;
}

/* Reads digits (after `digits` already in *v) up to `stop` (0: any
 * non-digit, left in *last); false if anything else comes. */
static bool raw_number(struct raw_in *r, wint_t stop, wint_t *last, long *v, int digits)
{
	wint_t c;
	while (raw_next(r, &c)) {
		if (c >= '0' && c <= '9' && digits < 6) {
			*v = *v * 10 + (long)(c - '0');
			digits++;
			continue;
		}
		*last = c;
		return digits > 0 && (stop == 0 || c == stop);
	}
	return false;
}

static enum mouse_kind raw_kind(long b, bool release)
{
	if (b & 32) /* motion */
		return MOUSE_NONE;
	if (b & 64)
		return (b & 3) == 0 ? MOUSE_WHEEL_UP : (b & 3) == 1 ? MOUSE_WHEEL_DOWN : MOUSE_NONE;
	return (b & 3) == 0 && !release ? MOUSE_PRESS : MOUSE_NONE;
}

/* True when r holds, after the ESC, what only a terminal sends: a CSI key
 * sequence with parameters (ESC [ digits and ';', then '~' or a letter, as
 * "ESC [ 1 ~" or "ESC [ 1 ; 5 H") or an SS3 one (ESC O letter), reading
 * what is already buffered. Esc, '[' and a key typed after it (no digits)
 * stay keys. */
static bool is_letter(wint_t c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static bool raw_escape_seq(struct raw_in *r)
{
	if (!r->n || r->rc[0] != OK || (r->c[0] != '[' && r->c[0] != 'O'))
		return false;
	bool digits = false;
	for (size_t i = 1;; i++) {
		wint_t c;
		if (i < r->n)
			c = r->c[i];
		else if (!raw_next(r, &c))
			return false;
		if (r->rc[i] != OK)
			return false;
		if (r->c[0] == 'O')
			return is_letter(c);
		if ((c >= '0' && c <= '9') || c == ';') {
			digits = true;
			continue;
		}
		return digits && (c == '~' || is_letter(c));
	}
}

static bool read_raw_mouse(enum mouse_kind *kind, int *y, int *x)
{
	struct raw_in r = {.n = 0};
	wint_t c, last = 0;
	long b = 0, cx = 0, cy = 0;
	bool ok = false;
	wtimeout(stdscr, 0);
	if (raw_next(&r, &c) && c == '[' && raw_next(&r, &c)) {
		if (c == '<') {
			/* SGR (1006): button; column; row, then M (press) or m (release) */
			if (raw_number(&r, ';', &last, &b, 0) && raw_number(&r, ';', &last, &cx, 0) &&
			    raw_number(&r, 0, &last, &cy, 0) && (last == 'M' || last == 'm')) {
				*kind = raw_kind(b, last == 'm');
				*x = (int)cx - 1;
				*y = (int)cy - 1;
				ok = true;
			}
		} else if (c == 'M') {
			/* X10 (1000): three characters, each a value plus 32 */
			wint_t v[3];
			if (raw_next(&r, &v[0]) && raw_next(&r, &v[1]) && raw_next(&r, &v[2]) &&
			    v[0] >= 32 && v[1] > 32 && v[2] > 32) {
				long bb = (long)v[0] - 32;
				*kind = raw_kind(bb, (bb & 3) == 3);
				*x = (int)v[1] - 33;
				*y = (int)v[2] - 33;
				ok = true;
			}
		} else if (c >= '1' && c <= '9') {
			/* urxvt (1015): button + 32; column; row, then M */
			b = (long)(c - '0');
			if (raw_number(&r, ';', &last, &b, 1) && b >= 32 &&
			    raw_number(&r, ';', &last, &cx, 0) && raw_number(&r, 'M', &last, &cy, 0)) {
				*kind = raw_kind(b - 32, ((b - 32) & 3) == 3);
				*x = (int)cx - 1;
				*y = (int)cy - 1;
				ok = true;
			}
		}
	}
	if (!ok && raw_escape_seq(&r)) {
		*kind = MOUSE_UNKNOWN;
		*y = *x = -1;
		ok = true;
	}
	wtimeout(stdscr, -1);
	if (!ok) {
		/* give everything back, last first */
		while (r.n) {
			r.n--;
			if (r.rc[r.n] == KEY_CODE_YES)
				ungetch((int)r.c[r.n]);
			else
				unget_wch((wchar_t)r.c[r.n]);
		}
	}
	return ok;
}

/* The names of the keys kept during a wait ("j j 2"), at most a dozen. */
static void typed_names(struct app *a, struct buf *out)
{
	for (size_t i = 0; i < a->typed_n; i++) {
		if (i == 12) {
			buf_adds(out, draw_utf8() ? " …" : " ...");
			break;
		}
		size_t at = (a->typed_head + i) % APP_TYPED_MAX;
		int key = translate(a->typed[at].rc, a->typed[at].wc);
		if (i)
			buf_addc(out, ' ');
		if (key < 0)
			buf_adds(out, "<key>");
		else
			keys_key_name(key, out);
	}
	if (a->typed_over && a->typed_n <= 12)
		buf_adds(out, a->typed_n ? (draw_utf8() ? " …" : " ...") : (draw_utf8() ? "…" : "..."));
	if (a->typed_click)
		buf_adds(out, a->typed_n || a->typed_over ? " and the mouse" : "the mouse");
}

/* After a write that waited with the keyboard read (review_wait): the
 * screen follows a resize; the keys kept act now, in order, as they would
 * have had the store answered at once, unless Esc stopped the wait (the
 * action was not saved, and what was typed after it counted on it),
 * another process changed the store meanwhile (the claims they were typed
 * for may have changed), or the mouse was used or more keys came than are
 * kept: then none acts, and the bottom line names them. */
static unsigned after_wait(struct app *a)
{
	unsigned f = F_REDRAW;
	a->wait_read = false;
	if (a->wait_resized) {
		a->wait_resized = false;
		a->follow = true;
		f |= F_RESIZE | F_FULL;
	}
	bool moved = false;
	bool changed = app_check_store(a);
	if (changed)
		f |= reload_all(a, &moved);
	bool stopped = a->wait_stopped;
	a->wait_stopped = false;
	bool lost = a->typed_click || a->typed_over;
	if (!a->typed_n && !lost)
		return f;
	if (!stopped && !changed && !lost)
		return f; /* run() reads them before the keyboard */
	struct buf keys;
	buf_init(&keys);
	buf_adds(&keys, "");
	typed_names(a, &keys);
	const char *why = stopped ? "not done either"
			  : changed ? "the store changed meanwhile, so not done"
				    : "typed while waiting, not done";
	const char *m = a->msg ? a->msg : "";
	size_t np = strlen(APP_NOT_SAVED);
	char *msg = *m ? xasprintf("%s; %s: %s", m, why, keys.data)
		       : xasprintf("Typed while waiting, not done: %s", keys.data);
	/* too wide for the bottom line: the short "not saved", then without
	 * "; press the key again" (what stays to do is named) */
	if ((int)draw_width(msg, strlen(msg)) > a->lay.prompt.w && strncmp(msg, APP_NOT_SAVED, np) == 0) {
		char *shorter = xasprintf("%s%s", APP_NOT_SAVED_SHORT, msg + np);
		free(msg);
		msg = shorter;
		char *press = strstr(msg, "; press ");
		char *again = press ? strstr(press, " again") : NULL;
		if ((int)draw_width(msg, strlen(msg)) > a->lay.prompt.w && again)
			memmove(press, again + 6, strlen(again + 6) + 1);
	}
	free(a->msg);
	a->msg = msg;
	a->msg_error = true;
	buf_free(&keys);
	a->typed_n = a->typed_head = 0;
	a->typed_click = a->typed_over = false;
	return f;
}

/* The next key: one kept during a wait, else the keyboard's. */
static int next_input(struct app *a, wint_t *wc)
{
	if (a->typed_n) {
		size_t at = a->typed_head;
		a->typed_head = (a->typed_head + 1) % APP_TYPED_MAX;
		a->typed_n--;
		*wc = a->typed[at].wc;
		return a->typed[at].rc;
	}
	a->typed_head = 0;
	return wget_wch(stdscr, wc);
}

/* What the store did not take (another process held it) and the review
 * still holds, for quitting: "claim #57 false, note on claim #57". */
static bool unsaved_what(struct app *a, struct buf *out)
{
	size_t n0 = out->len;
	if (a->unsaved_verdict.claim)
		buf_printf(out, "claim #%lld %s", (long long)a->unsaved_verdict.claim,
			   a->unsaved_verdict.verdict ? a->unsaved_verdict.verdict : "verdict cleared");
	if (a->unsaved[P_NOTE].text)
		buf_printf(out, "%snote on claim #%lld", out->len > n0 ? ", " : "",
			   (long long)a->unsaved[P_NOTE].claim);
	if (a->unsaved[P_TAGS].text)
		buf_printf(out, "%stags of claim #%lld", out->len > n0 ? ", " : "",
			   (long long)a->unsaved[P_TAGS].claim);
	if (a->unsaved_undo)
		buf_printf(out, "%s%s", out->len > n0 ? ", " : "", a->unsaved_undo == 'r' ? "a redo" : "an undo");
	return out->len > n0;
}

/* Quitting with something not saved asks once: the bottom line names it,
 * and quitting again leaves (the review then prints it on the terminal). */
static unsigned quit_check(struct app *a, unsigned flags)
{
	if (!(flags & F_QUIT)) {
		a->quit_asked = false;
		return flags;
	}
	struct buf b;
	buf_init(&b);
	buf_adds(&b, "");
	if (!a->quit_asked && unsaved_what(a, &b)) {
		a->quit_asked = true;
		app_message(a, true, "Not saved, quit again to leave it: %s", b.data);
		flags = (flags & ~(unsigned)F_QUIT) | F_REDRAW;
	}
	buf_free(&b);
	return flags;
}

/* After the screen is gone: what was not saved, on standard error, a
 * note's or tags' text made safe for the terminal. */
static void report_unsaved(struct app *a)
{
	static const char pre[] = "crosscheck: not saved (another process held the store): ";
	if (a->unsaved_verdict.claim)
		fprintf(stderr, "%sclaim #%lld %s\n", pre, (long long)a->unsaved_verdict.claim,
			a->unsaved_verdict.verdict ? a->unsaved_verdict.verdict : "verdict cleared");
	for (int k = P_NOTE; k <= P_TAGS; k++) {
		if (!a->unsaved[k].text)
			continue;
		struct buf t;
		buf_init(&t);
		buf_adds(&t, "");
		text_sanitize(a->unsaved[k].text, strlen(a->unsaved[k].text), false, &t);
		fprintf(stderr, "%s%s claim #%lld: %s\n", pre, k == P_NOTE ? "note on" : "tags of",
			(long long)a->unsaved[k].claim, t.data);
		buf_free(&t);
	}
	if (a->unsaved_undo)
		fprintf(stderr, "%s%s\n", pre, a->unsaved_undo == 'r' ? "a redo" : "an undo");
}

static unsigned handle_key(struct app *a, int key, wint_t wc, bool is_char)
{
	if (a->prompt.kind != P_NONE) {
		char utf8[8];
		size_t n = 0;
		if (is_char) {
			mbstate_t ps;
			memset(&ps, 0, sizeof ps);
			size_t r = wcrtomb(utf8, (wchar_t)wc, &ps);
			n = r == (size_t)-1 ? 0 : r;
		}
		return prompt_key(a, key, n ? utf8 : NULL, n);
	}
	struct view *v = top_view(a);
	enum action act = keys_lookup(&a->cfg, v->ops->km, key);
	if (act == A_NONE)
		return F_NONE;
	/* a message stays until the next key */
	free(a->msg);
	a->msg = NULL;
	bool handled;
	unsigned f = global_action(a, act, &handled);
	if (handled)
		return f | F_REDRAW;
	return v->ops->action(a, v->state, act) | F_REDRAW;
}

/* ---- the external editor ------------------------------------------------ */

unsigned app_external_note(struct app *a, int64_t claim)
{
	if (app_refuse_write(a))
		return F_REDRAW;
	struct cc_err err = {0};
	struct store_annotation cur;
	bool found;
	if (store_annotation_current(a->st, claim, &cur, &found, &err) != CC_OK) {
		app_message(a, true, "%s", err.msg);
		cc_err_clear(&err);
		return F_REDRAW;
	}
	const char *dir = getenv("TMPDIR");
	char *path = xasprintf("%s/crosscheck-note-XXXXXX", dir && *dir ? dir : "/tmp");
	int fd = mkstemp(path);
	if (fd < 0) {
		app_message(a, true, "cannot create a temporary file for the note: %s", strerror(errno));
		free(path);
		store_annotation_free(&cur);
		return F_REDRAW;
	}
	const char *old = found && cur.note ? cur.note : "";
	/* a note the store could not take (another process held it) opens
	 * again, as with a; it is kept until the editor gives a note back */
	char *start = xstrdup(a->unsaved[P_NOTE].text && a->unsaved[P_NOTE].claim == claim
				      ? a->unsaved[P_NOTE].text : old);
	size_t ol = strlen(start);
	bool wrote = write(fd, start, ol) == (ssize_t)ol && (ol == 0 || write(fd, "\n", 1) == 1);
	close(fd);
	/* $VISUAL, then $EDITOR, then vi: split at spaces, run with execvp (no shell) */
	const char *ed = getenv("VISUAL");
	if (!ed || !*ed)
		ed = getenv("EDITOR");
	if (!ed || !*ed)
		ed = "vi";
	char *edcopy = xstrdup(ed);
	char **argv = xcalloc(strlen(edcopy) / 2 + 3, sizeof *argv);
	size_t argc = 0;
	for (char *tok = strtok(edcopy, " \t"); tok; tok = strtok(NULL, " \t"))
		argv[argc++] = tok;
	argv[argc++] = path;
	argv[argc] = NULL;
	int status = -1;
	if (wrote) {
		def_prog_mode();
		endwin();
		pid_t pid = fork();
		if (pid == 0) {
			execvp(argv[0], argv);
			_exit(127);
		}
		if (pid > 0)
			while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
				;
		reset_prog_mode();
		clearok(curscr, TRUE);
	}
	unsigned f = F_REDRAW | F_FULL;
	if (!wrote || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		app_message(a, true, "The editor (%s) did not finish well; the note is unchanged.", argv[0]);
	} else {
		FILE *in = fopen(path, "r");
		struct buf b;
		buf_init(&b);
		if (in) {
			char chunk[4096];
			size_t n;
			while ((n = fread(chunk, 1, sizeof chunk, in)) > 0)
				buf_add(&b, chunk, n);
			fclose(in);
		}
		while (b.len && (b.data[b.len - 1] == '\n' || b.data[b.len - 1] == ' ' ||
				 b.data[b.len - 1] == '\r' || b.data[b.len - 1] == '\t'))
			b.data[--b.len] = '\0';
		const char *note = b.data ? b.data : "";
		if (strcmp(note, old) == 0) {
			/* the store holds it: nothing is left unsaved */
			app_forget_unsaved(a, P_NOTE, claim);
			app_message(a, false, "Claim #%lld: nothing changed: the note is already that",
				    (long long)claim);
		} else if (app_set_note(a, claim, note)) {
			f |= F_RELOAD;
		}
		buf_free(&b);
	}
	unlink(path);
	free(start);
	free(argv);
	free(edcopy);
	free(path);
	store_annotation_free(&cur);
	return f;
}

/* ---- ui_review -------------------------------------------------------------- */

static char *config_path(void)
{
	const char *x = getenv("XDG_CONFIG_HOME");
	if (x && *x == '/')
		return xasprintf("%s/crosscheck/config", x);
	const char *h = getenv("HOME");
	if (h && *h)
		return xasprintf("%s/.config/crosscheck/config", h);
	return NULL;
}

static bool first_source(struct app *a, struct cc_err *err)
{
	if (a->opts->start_source) {
		struct store_source s;
		if (store_source_get(a->st, a->opts->start_source, &s, err) != CC_OK)
			return false;
		int64_t id = s.id;
		store_source_free(&s);
		app_load_source(a, id, SIZE_MAX);
		return true;
	}
	int64_t id;
	if (app_source_step(a, 0, 1, &id, err) != CC_OK)
		return false;
	if (id) {
		app_load_source(a, id, 0);
	} else {
		app_message(a, false, "The store has no sources yet: add articles with 'crosscheck add FILE...'.");
	}
	return true;
}

static void run(struct app *a, uint64_t t_ui)
{
	unsigned flags = F_REDRAW;
	bool first = true;
	/* the key being timed (CROSSCHECK_TRACE): read at t_read */
	int tkey = 0;
	bool timing = false;
	uint64_t t_read = 0;
	while (!(flags & F_QUIT)) {
		if (flags & F_RELOAD) {
			bool moved;
			reload_all(a, &moved);
		}
		if (flags & F_RESIZE)
			layout_now(a);
		if (flags & F_FULL)
			clearok(curscr, TRUE);
		uint64_t t_handled = timing ? trace_now() : 0;
		bool painted = false;
		if (flags & (F_REDRAW | F_RELOAD | F_RESIZE | F_FULL)) {
			paint(a);
			painted = true;
		}
		if (trace_on()) {
			if (first && painted) {
				trace_start(t_ui);
				first = false;
			}
			if (timing)
				trace_key(tkey, t_read, t_handled, painted ? trace_now() : 0);
			timing = false;
		}
		flags = F_NONE;
		if (got_signal)
			break;
		wint_t wc;
		int rc = next_input(a, &wc);
		if (got_signal)
			break;
		if (rc == ERR)
			continue;
		if (trace_on()) {
			t_read = trace_now();
			timing = true;
		}
		/* another process wrote (an add, an annotate): count again */
		bool moved = false;
		unsigned changed = app_check_store(a) ? reload_all(a, &moved) : F_NONE;
		if (rc == KEY_CODE_YES && wc == KEY_RESIZE) {
			/* the one resize path: new layout, keep the selection in view */
			a->follow = true;
			flags = F_RESIZE | F_REDRAW | changed;
			tkey = -2;
			continue;
		}
		if (moved) {
			/* the source on screen was removed: the key was meant for
			 * it, not for the one that took its place (a verdict key
			 * would land on another claim); it only shows the change */
			enum mouse_kind mk;
			int my, mx;
			if (rc == OK && wc == 27) /* a raw mouse report's bytes, not keys */
				(void)read_raw_mouse(&mk, &my, &mx);
			timing = false;
			flags = changed;
			continue;
		}
		enum mouse_kind mk;
		int my, mx;
		if (rc == KEY_CODE_YES && wc == KEY_MOUSE) {
			tkey = -1;
			flags = handle_mouse(a);
		} else if (rc == OK && wc == 27 && read_raw_mouse(&mk, &my, &mx)) {
			tkey = -1;
			if (mk == MOUSE_UNKNOWN) {
				app_message(a, true, "A key this terminal's TERM does not name was ignored");
				flags = F_REDRAW | changed;
			} else {
				flags = dispatch_mouse(a, mk, my, mx);
			}
		} else {
			int key = translate(rc, wc);
			tkey = key;
			if (key < 0) {
				timing = false;
				flags = changed;
				continue;
			}
			if (a->lay.too_small && a->prompt.kind == P_NONE) {
				/* only quitting works on a tiny screen */
				enum action act = keys_lookup(&a->cfg, top_view(a)->ops->km, key);
				flags = quit_check(a, act == A_QUIT ? F_QUIT : changed);
				continue;
			}
			flags = handle_key(a, key, wc, rc == OK);
		}
		if (a->wait_read)
			flags |= after_wait(a);
		if (flags & F_POP) {
			view_pop(a);
			flags |= F_REDRAW;
		}
		flags = quit_check(a, flags | changed);
	}
}

enum cc_status ui_review(struct store *st, const struct ui_opts *opts, struct cc_err *err)
{
	uint64_t t_ui = trace_now();
	struct app app;
	memset(&app, 0, sizeof app);
	struct app *a = &app;
	a->st = st;
	a->opts = opts;
	a->reviewer = opts->reviewer && *opts->reviewer ? opts->reviewer : UI_REVIEWER_FALLBACK;
	a->mark_sentence = -1;
	a->focus = 1;
	char *cfg_path = config_path();
	keys_config_load(&a->cfg, cfg_path);
	free(cfg_path);
	a->split = a->cfg.split;

	a->readonly = store_readonly(st);
	/* a read-only review records no session: it writes nothing */
	if (!a->readonly && store_session_begin(st, a->reviewer, &a->session, err) != CC_OK) {
		keys_config_free(&a->cfg);
		return err->status;
	}

	SCREEN *scr = newterm(NULL, stdout, stdin);
	if (!scr) {
		if (!a->readonly)
			store_session_end(st, a->session, err);
		keys_config_free(&a->cfg);
		const char *t = getenv("TERM");
		return cc_err_set(err, CC_ERR_USAGE, "TERM=%s: cannot drive this terminal", t ? t : "");
	}
	set_term(scr);
	trace_open();
	struct sigaction sa, old_int, old_term, old_hup;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0; /* no SA_RESTART: a signal wakes the key read */
	sigaction(SIGINT, &sa, &old_int);
	sigaction(SIGTERM, &sa, &old_term);
	sigaction(SIGHUP, &sa, &old_hup);
	got_signal = 0;

	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	bind_home_end();
	set_escdelay(25);
	const char *nc = getenv("NO_COLOR");
	a->use_color = has_colors() && !(nc && *nc);
	if (a->use_color) {
		start_color();
		use_default_colors();
	}
	draw_init_styles(a->cfg.styles, a->use_color);
	if (a->cfg.mouse) {
		mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
			  | BUTTON5_PRESSED
#endif
			  , NULL);
		mouseinterval(0);
	}
	layout_now(a);
	store_set_wait(st, review_wait, a);
	a->views[0] = (struct view){&reader_ops, NULL};
	a->depth = 1;

	enum cc_status rc = CC_OK;
	struct cc_err ferr = {0};
	if (!first_source(a, &ferr)) {
		rc = ferr.status;
	} else {
		if (a->cfg.first_error)
			app_message(a, true, "config: %s (press ? for help)", a->cfg.first_error);
		app_refresh_counts(a);
		run(a, t_ui);
	}

	while (a->depth > 1)
		view_pop(a);
	if (a->prompt.kind != P_NONE)
		edit_free(&a->prompt.ed);
	/* the session ends while the screen is up: a wait for another
	 * process says so, and Esc gives up (the session is then left open) */
	struct cc_err serr = {0};
	bool ended = a->readonly || store_session_end(st, a->session, &serr) == CC_OK;
	store_set_wait(st, NULL, NULL);
	endwin();
	delscreen(scr);
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);
	sigaction(SIGHUP, &old_hup, NULL);

	if (!ended && rc == CC_OK) {
		rc = cc_err_set(err, serr.status, "%s", serr.msg);
	}
	cc_err_clear(&serr);
	if (rc != CC_OK && ferr.msg)
		cc_err_set(err, rc, "%s", ferr.msg);
	cc_err_clear(&ferr);
	app_free_source(&a->src);
	free(a->msg);
	report_unsaved(a);
	free(a->unsaved_verdict.verdict);
	free(a->unsaved[P_NOTE].text);
	free(a->unsaved[P_TAGS].text);
	free(a->search);
	free(a->export_pending);
	keys_config_free(&a->cfg);
	trace_close();
	return rc;
}
