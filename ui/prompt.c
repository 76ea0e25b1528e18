/* prompt: the bottom line: the note and tag editor, search and the
 * command line, and what each does when Enter is pressed.
 *
 * Owns: routing keys to the pure editor (edit.c) through the "editor"
 * keymap, committing a note or tags (through app.c, committed before the
 * screen shows them), running a search (FTS5 through store.h) and the
 * commands (:export [FORMAT] FILE, :source NAME, :q). Must not: call curses (it
 * draws through draw.h; display.c places the cursor).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "draw.h"

static const char *prompt_label(enum prompt_kind k)
{
	switch (k) {
	case P_NOTE: return "Note: ";
	case P_TAGS: return "Tags: ";
	case P_SEARCH: return "/";
	case P_COMMAND: return ":";
	default: return "";
	}
}

void prompt_start(struct app *a, enum prompt_kind kind, const char *initial, int64_t claim)
{
	/* no note or tags typed in vain: the prompt does not open */
	if ((kind == P_NOTE || kind == P_TAGS) && app_refuse_write(a))
		return;
	if (a->prompt.kind != P_NONE)
		edit_free(&a->prompt.ed);
	/* a note or tags the store could not take open again where they were */
	bool unsaved = (kind == P_NOTE || kind == P_TAGS) && a->unsaved[kind].text &&
		       a->unsaved[kind].claim == claim;
	if (unsaved)
		initial = a->unsaved[kind].text;
	a->prompt.kind = kind;
	a->prompt.claim = claim;
	a->prompt.first = 0;
	edit_init(&a->prompt.ed, initial);
	if (unsaved) {
		free(a->unsaved[kind].text);
		a->unsaved[kind].text = NULL;
	}
	free(a->msg);
	a->msg = NULL;
}

static void prompt_end(struct app *a)
{
	edit_free(&a->prompt.ed);
	a->prompt.kind = P_NONE;
}

static unsigned commit(struct app *a)
{
	enum prompt_kind k = a->prompt.kind;
	char *text = xstrdup(edit_text(&a->prompt.ed));
	int64_t claim = a->prompt.claim;
	prompt_end(a);
	unsigned f = F_REDRAW;
	switch (k) {
	case P_NOTE:
		if (app_set_note(a, claim, text))
			f |= F_RELOAD;
		break;
	case P_TAGS: {
		char *t = edit_tags_normalize(text);
		size_t bl;
		const char *bad = edit_tags_bad(t, &bl);
		/* refused whole, so that nothing changes and u has nothing new
		 * to take back */
		if (bad) {
			/* a long one quoted in its first 24 columns */
			size_t fit = draw_fit(bad, bl, 24);
			app_message(a, true,
				    "Tags not changed: \"%.*s%s\" is not a tag (%s)", (int)fit, bad,
				    fit < bl ? (draw_utf8() ? "…" : "~") : "",
				    bl > 64 ? "more than 64 bytes" : "a tag is a word: a letter or digit");
		}
		else if (app_set_tags(a, claim, t))
			f |= F_RELOAD;
		free(t);
		break;
	}
	case P_SEARCH:
		free(a->search);
		a->search = NULL;
		a->mark_sentence = -1;
		if (*text) {
			a->search = xstrdup(text);
			f |= app_search_step(a, 0);
		}
		break;
	case P_COMMAND:
		f |= app_command(a, text);
		break;
	default:
		break;
	}
	free(text);
	return f;
}

unsigned prompt_key(struct app *a, int key, const char *utf8, size_t len)
{
	enum action act = keys_lookup(&a->cfg, KM_EDITOR, key);
	if (act == A_NONE && key >= 0x20 && key != 0x7F && key < KC_BASE && utf8) {
		edit_insert(&a->prompt.ed, utf8, len);
		return F_REDRAW;
	}
	switch (act) {
	case A_EDIT_SAVE:
		return commit(a);
	case A_EDIT_CANCEL:
		prompt_end(a);
		app_message(a, false, "Cancelled.");
		return F_REDRAW;
	default:
		edit_apply(&a->prompt.ed, act);
		return F_REDRAW;
	}
}

void prompt_draw(struct app *a)
{
	const struct rect *r = &a->lay.prompt;
	const char *label = prompt_label(a->prompt.kind);
	int c = draw_str(r->y, r->x, r->w, label, ST_MESSAGE, ATTR_BOLD);
	int fw = r->w - c - 1;
	if (fw < 1)
		fw = 1;
	/* text hidden on either side of the field is marked there with "…" */
	struct edit_field f;
	edit_field_view(&a->prompt.ed, fw, a->prompt.first, &f);
	a->prompt.first = f.first;
	const char *t = edit_text(&a->prompt.ed);
	int x = r->x + c;
	if (f.left)
		x += draw_str(r->y, x, 1, draw_ellipsis(), ST_MESSAGE, ATTR_BOLD);
	x += draw_text(r->y, x, r->x + c + fw - x - (f.right ? 1 : 0), t + f.first, f.end - f.first,
		       ST_MESSAGE, 0);
	if (f.right)
		draw_str(r->y, x, 1, draw_ellipsis(), ST_MESSAGE, ATTR_BOLD);
	a->prompt_cursor_x = r->x + c + f.cursor_col;
}

/* ---- search --------------------------------------------------------------- */

unsigned app_search_step(struct app *a, int dir)
{
	struct cc_err err = {0};
	int64_t from_src = a->src.id;
	size_t from_sent;
	if (dir == 0 || a->mark_sentence < 0) {
		/* a new search starts at the top of the current source */
		from_src = a->src.id - 1;
		from_sent = ((size_t)1 << 24) - 1;
		if (dir < 0) {
			from_src = a->src.id + 1;
			from_sent = 0;
		}
	} else {
		from_sent = (size_t)a->mark_sentence;
	}
	int64_t sid;
	size_t sent, total = 0;
	bool found;
	if (store_review_search(a->st, a->search, from_src, from_sent, dir < 0 ? -1 : 1, &sid, &sent,
				&found, dir == 0 ? &total : NULL, &err) != CC_OK) {
		app_message(a, true, "%s", err.msg);
		cc_err_clear(&err);
		return F_REDRAW;
	}
	if (dir == 0)
		a->search_total = total;
	if (!found) {
		app_message(a, true, "No sentence matches \"%s\".", a->search);
		free(a->search);
		a->search = NULL;
		a->mark_sentence = -1;
		return F_REDRAW;
	}
	if (sid != a->src.id && !app_load_source(a, sid, SIZE_MAX))
		return F_REDRAW;
	a->mark_sentence = (int64_t)sent;
	a->follow_match = true;
	for (size_t i = 0; i < a->src.nclaims; i++)
		if (a->src.claims[i].sentence == sent) {
			a->sel = i;
			a->follow = true;
			break;
		}
	app_message(a, false, "Search \"%s\": %zu matching sentence%s; n and N step, Esc ends.",
		    a->search, a->search_total, a->search_total == 1 ? "" : "s");
	return F_REDRAW;
}

/* ---- commands ------------------------------------------------------------- */

static bool word_is(const char *s, size_t n, const char *w)
{
	return strlen(w) == n && memcmp(s, w, n) == 0;
}

unsigned app_command(struct app *a, const char *cmd)
{
	while (*cmd == ' ')
		cmd++;
	size_t n = strcspn(cmd, " ");
	const char *arg = cmd + n;
	while (*arg == ' ')
		arg++;
	/* trailing spaces are not part of a file or source name */
	size_t al = strlen(arg);
	while (al && arg[al - 1] == ' ')
		al--;
	char *argv = xstrndup(arg, al);
	unsigned f = F_REDRAW;
	struct cc_err err = {0};
	if (n == 0) {
		/* nothing */
	} else if (word_is(cmd, n, "q") || word_is(cmd, n, "quit") || word_is(cmd, n, "q!")) {
		f = F_QUIT;
	} else if (word_is(cmd, n, "export") || word_is(cmd, n, "export!")) {
		/* ":export [FORMAT] FILE" (the CLI reads the format word);
		 * "export!" replaces a file already there, as does exporting
		 * again to the one just refused */
		bool replace = cmd[n - 1] == '!' ||
			       (a->export_pending && strcmp(a->export_pending, argv) == 0);
		char *said = NULL;
		enum cc_status rc = CC_OK;
		if (!*argv) {
			app_message(a, true, "Usage: :export [FORMAT] FILE");
		} else if (!a->opts->export_fn) {
			app_message(a, true, "Exporting is not available in this build.");
		} else if ((rc = a->opts->export_fn(a->st, argv, replace, &said, &err)) ==
			   CC_DUPLICATE) {
			free(a->export_pending);
			a->export_pending = xstrdup(argv);
			app_message(a, true, "Not exported: %s; x then Enter replaces it", err.msg);
			cc_err_clear(&err);
		} else if (rc != CC_OK) {
			app_message(a, true, "%s", err.msg ? err.msg : "export failed");
			cc_err_clear(&err);
		} else {
			free(a->export_pending);
			a->export_pending = NULL;
			app_message(a, false, "Exported %s", said);
		}
		free(said);
	} else if (word_is(cmd, n, "source")) {
		struct store_source s;
		if (!*argv) {
			app_message(a, true, "Usage: :source NAME");
		} else if (store_source_get(a->st, argv, &s, &err) != CC_OK) {
			app_message(a, true, "%s", err.msg);
			cc_err_clear(&err);
		} else {
			int64_t id = s.id;
			store_source_free(&s);
			while (a->depth > 1)
				view_pop(a);
			app_load_source(a, id, SIZE_MAX);
		}
	} else if (word_is(cmd, n, "help")) {
		view_push(a, &help_ops, 0);
	} else {
		app_message(a, true, "Unknown command \"%.*s\" (try :export [FORMAT] FILE, :source NAME, :q)", (int)n,
			    cmd);
	}
	free(argv);
	return f;
}
