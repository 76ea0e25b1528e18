/* app: the review's state, owned by ui_review and passed down, and the
 * view interface every screen implements.
 *
 * Owns: struct app (store, session, config, layout, the loaded source, the
 * view stack, the prompt line, messages) and struct view_ops. Must not:
 * hold more than one source's text at a time (start-up and every key stay
 * independent of the number of sources), or be reached through globals.
 */
#ifndef CC_UI_APP_H
#define CC_UI_APP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

#include "doc.h"
#include "edit.h"
#include "keys.h"
#include "layout.h"
#include "standalone.h"
#include "store.h"
#include "ui.h"

/* What a handler asks the loop to do (bits). */
enum {
	F_NONE = 0,
	F_REDRAW = 1 << 0, /* paint again */
	F_RELOAD = 1 << 1, /* annotations changed: reread the claims and counts */
	F_POP = 1 << 2,    /* close the current view */
	F_QUIT = 1 << 3,   /* leave the review */
	F_FULL = 1 << 4,   /* clear the terminal and paint everything (Ctrl-L) */
	F_RESIZE = 1 << 5, /* recompute the layout */
};

/* A claim's status, as the text, the panel and the timeline mark it. */
enum claim_status {
	CS_UNREVIEWED,
	CS_CORROBORATED,
	CS_CONFLICT,
	CS_ALONE, /* in conflict, and standing alone in its story (standalone.h) */
	CS_TRUE,
	CS_FALSE,
	CS_MISLEADING,
	CS_UNVERIFIABLE,
	CS_COUNT
};

struct claim {
	int64_t id;
	size_t ord, sentence, start, end;
	char *summary;  /* "2024-07-20 START" */
	char *verdict;  /* NULL when none */
	char *note;     /* NULL when none */
	char *tags;     /* "" when none */
	bool disputed;  /* reviewers' latest verdicts differ */
	size_t support, conflicts;
	size_t nslots;
	size_t *slot_span; /* 2 * nslots article offsets */
	enum claim_status status;
};

/* The one source loaded at a time. */
struct source {
	int64_t id;
	size_t idx;        /* 0-based position among all sources */
	char *name, *title, *date, *outlet;
	char *story; /* "" for the default story */
	char *text;
	size_t len;
	struct store_sentence *sents;
	size_t nsents;
	struct claim *claims;
	size_t nclaims;
	struct doc doc;
};

struct app;

struct view_ops {
	const char *name;
	enum keymap km;
	/* Draws the view into the layout's body (the header, status and prompt
	 * lines are drawn by the loop). */
	void (*draw)(struct app *a, void *state);
	/* Handles an action; returns F_* bits. */
	unsigned (*action)(struct app *a, void *state, enum action act);
	/* A mouse click at screen (y, x), or the wheel at (y, x) (dir -1 up,
	 * +1 down). The wheel scrolls; it never changes a claim's state. */
	unsigned (*click)(struct app *a, void *state, int y, int x);
	unsigned (*wheel)(struct app *a, void *state, int y, int x, int dir);
	/* After annotations changed or the source changed. */
	void (*reload)(struct app *a, void *state);
	/* Frees the state. */
	void (*close)(struct app *a, void *state);
};

struct view {
	const struct view_ops *ops;
	void *state;
};

enum prompt_kind { P_NONE, P_NOTE, P_TAGS, P_SEARCH, P_COMMAND };

struct prompt {
	enum prompt_kind kind;
	struct edit ed;
	size_t first;
	int64_t claim; /* the claim a note or tags are for */
};

#define APP_MAX_VIEWS 8
#define APP_TYPED_MAX 64 /* keys kept while a write waits */

struct app {
	struct store *st;
	const struct ui_opts *opts;
	const char *reviewer;
	/* why the store cannot be written (store_readonly), or NULL: then no
	 * session is recorded, the status line says read-only, and every key
	 * that would write says why on the bottom line and writes nothing */
	const char *readonly;
	int64_t session;
	size_t session_count; /* annotations written in this run */
	struct keys_config cfg;
	struct layout lay;
	int split;
	bool use_color;

	struct source src;
	/* the reader's selection lives here: other views jump the reader */
	size_t sel;          /* selected claim (index into src.claims) */
	int focus;           /* 0: article, 1: claims panel */
	size_t art_top, panel_top;
	bool follow;         /* bring the selected claim into view when painting */
	int64_t mark_sentence; /* a search match to highlight (-1: none) */
	bool follow_match;   /* bring the match into view when painting */

	char *search;        /* the active search, NULL when none */
	char *export_pending; /* a file an export found already there: x offers
				 it again, and exporting to it then replaces it */
	size_t search_total;

	/* whole-store counts for the status line: counted at start-up and when
	 * another process has written to the store, else kept up to date from
	 * this review's own annotations (never recounted on a key) */
	size_t nsources;
	size_t open_conflicts;
	uint64_t data_version;

	struct view views[APP_MAX_VIEWS];
	int depth;

	struct prompt prompt;
	int prompt_cursor_x; /* where prompt_draw left the cursor */
	char *msg;
	bool msg_error;
	bool saved;          /* the last annotation is committed */
	unsigned wait_shown; /* the seconds the wait message shows (display.c) */
	/* a note or tags the store could not take (another process held it):
	 * the prompt for that claim opens on them again */
	struct {
		int64_t claim;
		char *text; /* NULL when none */
	} unsaved[P_TAGS + 1]; /* by prompt kind: P_NOTE, P_TAGS */
	/* a verdict key or an undo (redo) the store could not take: quitting
	 * says so (claim 0: none) */
	struct {
		int64_t claim;
		char *verdict; /* NULL: cleared */
	} unsaved_verdict;
	int unsaved_undo; /* 0, 'u' (undo) or 'r' (redo) */
	bool quit_asked;  /* quitting was asked once with something not saved */

	/* keys typed while a write waited for another process (display.c):
	 * after the wait they act in order, unless Esc stopped it, another
	 * process changed the store meanwhile or a click came (then none
	 * does, and the bottom line names them) */
	struct {
		int rc;
		wint_t wc;
	} typed[APP_TYPED_MAX];
	size_t typed_head, typed_n;
	bool typed_over;   /* more keys than fit came */
	bool typed_click;  /* a click came (it is not kept) */
	bool wait_read;    /* a wait read the keyboard */
	bool wait_stopped; /* Esc stopped it */
	bool wait_resized; /* the terminal was resized during it */
};

/* ---- app.c: the loaded source, annotations, messages -------------------- */

/* How the bottom line starts when another process held the store and an
 * action was not saved (the short form when the line is too narrow). */
#define APP_NOT_SAVED "Not saved, another process holds the store: "
#define APP_NOT_SAVED_SHORT "Not saved (store busy): "

/* Loads the source with this id (idx: its position, or SIZE_MAX to look it
 * up). On failure the previous source stays and a message says why. */
bool app_load_source(struct app *a, int64_t id, size_t idx);
/* The columns the article is wrapped in: the pane's less its margin and,
 * side by side, the blank column before the divider (at least 1). */
int app_article_width(const struct app *a);
/* The step to a neighbouring source, shared by ]/[, the start-up choice
 * and following another process's changes: in *id the id of the first
 * source after `from` in the order they were added (dir > 0; from 0: the
 * first source), or of the last before it (dir < 0); 0 when there is none.
 * Returns CC_OK or fills err (the caller says how to show it). */
enum cc_status app_source_step(struct app *a, int64_t from, int dir, int64_t *id,
			       struct cc_err *err);
/* After another process wrote to the store: keeps the loaded source's
 * position among the sources true; when it was removed, loads the source
 * after it (else before it, else none) and says so; on an empty reader,
 * loads the first source added since. True when the source on screen
 * changed (the key that found the change was meant for the old one). */
bool app_follow_sources(struct app *a);
/* Rereads the claims of the loaded source (after an annotation). */
void app_reload_claims(struct app *a);
/* The conflicts of a story, as standalone.h reads them (strings copied:
 * the store owns its own only during its callback). When they cannot be
 * read, none: what uses them works without. */
struct app_story_conflicts {
	struct standalone_conflict *v;
	size_t n, cap;
};
void app_story_conflicts_load(struct app *a, const char *story, struct app_story_conflicts *k);
void app_story_conflicts_free(struct app_story_conflicts *k);
/* Selects the claim with this id in the loaded source (no-op if absent). */
void app_select_claim(struct app *a, int64_t claim_id);
/* Moves to the source holding a claim and selects it. */
bool app_goto_claim(struct app *a, int64_t claim_id);
void app_free_source(struct source *s);

/* Sets the claim's verdict (NULL clears), keeping its note and tags, or its
 * note / tags. Each is committed before it returns; true when saved, false
 * on an error or when it would change nothing (nothing is written; the
 * message says which). */
bool app_set_verdict(struct app *a, int64_t claim, const char *verdict);
bool app_set_note(struct app *a, int64_t claim, const char *note);
bool app_set_tags(struct app *a, int64_t claim, const char *tags);
/* Forgets the note or tags (kind P_NOTE or P_TAGS) of `claim` kept
 * because the store could not take them: the store holds what stands. */
void app_forget_unsaved(struct app *a, enum prompt_kind kind, int64_t claim);
unsigned app_undo(struct app *a, bool redo);

void app_message(struct app *a, bool error, const char *fmt, ...) CC_PRINTF(3, 4);
/* On a read-only store, says on the bottom line that annotations cannot be
 * saved, naming the store and why, and returns true: the caller writes
 * nothing. Else false. Every key that writes asks it first. */
bool app_refuse_write(struct app *a);
/* Counts the sources and the open conflicts (start-up). */
void app_refresh_counts(struct app *a);
/* Recounts when another process has committed to the store since the last
 * count; true if it had. One PRAGMA otherwise. */
bool app_check_store(struct app *a);

const char *app_status_word(enum claim_status s);
/* The width of the longest status word, for a column of them. */
size_t app_status_word_max(void);
const char *app_status_glyph(enum claim_status s);
enum style_id app_status_style(enum claim_status s);
/* The verdict for keys 1-4 and 0 (NULL for 0); false for other actions. */
bool app_verdict_of(enum action act, const char **verdict);

/* ---- views (one file each) --------------------------------------------- */

extern const struct view_ops reader_ops, conflict_ops, sources_ops, timeline_ops, help_ops;

/* Opens a view on top of the stack. arg: conflict view: the claim id. */
void view_push(struct app *a, const struct view_ops *ops, int64_t arg);
void view_pop(struct app *a);
void *conflict_open(struct app *a, int64_t claim);
void *sources_open(struct app *a);
void *timeline_open(struct app *a);
void *help_open(struct app *a);

/* ---- prompt.c: the bottom line ----------------------------------------- */

void prompt_start(struct app *a, enum prompt_kind kind, const char *initial, int64_t claim);
unsigned prompt_key(struct app *a, int key, const char *utf8, size_t len);
void prompt_draw(struct app *a);
unsigned app_command(struct app *a, const char *cmd);
unsigned app_search_step(struct app *a, int dir);
unsigned app_external_note(struct app *a, int64_t claim);

/* The reader's helpers shared with other views. */
void reader_keep_in_view(struct app *a);

#endif
