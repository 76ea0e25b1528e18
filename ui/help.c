/* help: every key with its action, from the one action list (keys.h) and
 * the bindings in force (so rebinding in the config file shows here), and
 * the legend of claim marks.
 *
 * Owns: the help screen. Must not: call curses (draw.h does), or carry key
 * text of its own: every line comes from keys.c.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "draw.h"

struct hline {
	char *keys; /* NULL: a heading or plain line in text */
	char *text;
};

struct hview {
	struct hline *v;
	size_t n, cap, top;
};

static void add(struct hview *h, const char *keys, const char *text)
{
	h->v = xgrow(h->v, &h->cap, h->n + 1, sizeof *h->v);
	h->v[h->n].keys = keys ? xstrdup(keys) : NULL;
	h->v[h->n].text = xstrdup(text);
	h->n++;
}

void *help_open(struct app *a)
{
	struct hview *h = xcalloc(1, sizeof *h);
	add(h, NULL, "Keys (rebind them in $XDG_CONFIG_HOME/crosscheck/config: bind KEYMAP KEY ACTION)");
	add(h, NULL, "");
	enum keymap last = KM_COUNT;
	for (int act = 1; act < A_COUNT; act++) {
		enum keymap km = keys_action_keymap((enum action)act);
		if (km != last) {
			if (last != KM_COUNT)
				add(h, NULL, "");
			add(h, NULL, km == KM_EDITOR ? "While editing (a note, tags, a search, a command):"
						     : "In every screen (unless a screen binds the key itself):");
			last = km;
		}
		struct buf k;
		buf_init(&k);
		keys_action_keys(&a->cfg, (enum action)act, &k);
		struct buf t;
		buf_init(&t);
		buf_printf(&t, "%-22s %s", keys_action_name((enum action)act),
			   keys_action_help((enum action)act));
		add(h, k.len ? k.data : "(unbound)", t.data);
		buf_free(&k);
		buf_free(&t);
	}
	add(h, NULL, "");
	add(h, NULL, "Claim marks (a glyph in the article's margin and the panel, a word in the panel):");
	for (int s = 0; s < CS_COUNT; s++) {
		struct buf t;
		buf_init(&t);
		buf_printf(&t, "%s  %s", app_status_glyph((enum claim_status)s),
			   app_status_word((enum claim_status)s));
		add(h, "", t.data);
		buf_free(&t);
	}
	add(h, NULL, "");
	add(h, NULL, "Panel: +N other sources agree, !N conflicts; a note and tags are marked.");
	add(h, NULL, draw_utf8() ? "Panel: ≠ the reviewers' latest verdicts differ (agreement lists them)."
				 : "Panel: * the reviewers' latest verdicts differ (agreement lists them).");
	if (a->cfg.first_error) {
		add(h, NULL, "");
		add(h, NULL, "Config file problem (that line was skipped):");
		add(h, "", a->cfg.first_error);
	}
	return h;
}

static void help_close(struct app *a, void *state)
{
	(void)a;
	struct hview *h = state;
	for (size_t i = 0; i < h->n; i++) {
		free(h->v[i].keys);
		free(h->v[i].text);
	}
	free(h->v);
	free(h);
}

static void help_draw(struct app *a, void *state)
{
	struct hview *h = state;
	struct rect b = a->lay.body;
	draw_fill(b.y, b.x, b.w, ST_PANE_TITLE, 0);
	draw_str(b.y, b.x + 1, b.w - 1, "Help (q to go back)", ST_PANE_TITLE, 0);
	size_t rows = b.h > 1 ? (size_t)b.h - 1 : 0;
	if (h->top + rows > h->n)
		h->top = h->n > rows ? h->n - rows : 0;
	for (size_t r = 0; r < rows && h->top + r < h->n; r++) {
		const struct hline *l = &h->v[h->top + r];
		int y = b.y + 1 + (int)r;
		if (!l->keys) {
			draw_str(y, b.x + 1, b.w - 1, l->text, ST_DEFAULT, ATTR_BOLD);
			continue;
		}
		draw_str(y, b.x + 2, 20, l->keys, ST_KEY, 0);
		draw_str(y, b.x + 23, b.w - 23, l->text, ST_DEFAULT, 0);
	}
}

static unsigned help_action(struct app *a, void *state, enum action act)
{
	struct hview *h = state;
	long page = a->lay.body.h - 2 > 1 ? a->lay.body.h - 2 : 1;
	long top = (long)h->top;
	switch (act) {
	case A_MOVE_DOWN: top++; break;
	case A_MOVE_UP: top--; break;
	case A_PAGE_DOWN: top += page; break;
	case A_PAGE_UP: top -= page; break;
	case A_MOVE_FIRST: top = 0; break;
	case A_MOVE_LAST: top = (long)h->n; break;
	case A_BACK:
	case A_HELP:
		return F_POP;
	default:
		return F_NONE;
	}
	if (top < 0)
		top = 0;
	if (top > (long)h->n)
		top = (long)h->n;
	h->top = (size_t)top;
	return F_REDRAW;
}

static unsigned help_wheel(struct app *a, void *state, int y, int x, int dir)
{
	(void)y;
	(void)x;
	return help_action(a, state, dir > 0 ? A_MOVE_DOWN : A_MOVE_UP);
}

const struct view_ops help_ops = {
	.name = "help",
	.km = KM_HELP,
	.draw = help_draw,
	.action = help_action,
	.wheel = help_wheel,
	.close = help_close,
};
