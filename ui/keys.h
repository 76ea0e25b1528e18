/* keys: the one list of user actions, and the config language that binds
 * keys to them and colours to screen areas.
 *
 * Owns: the action X-macro (name, default keys, help text), key names and
 * codes, the compiled-in default config (generated from the action list and
 * read by the same parser as the user's file), styles, and the Markdown key
 * table of README.md and the help screen. Pure: no curses, no store, no
 * I/O except reading the config file. Must not: know about views' state.
 */
#ifndef CC_UI_KEYS_H
#define CC_UI_KEYS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "util.h"

/* Keymaps: "generic" applies in every view unless the view's own keymap
 * binds the key; the editor (note, tags, search, command line) has its own. */
#define KEYS_KEYMAPS(X) \
	X(KM_GENERIC, "generic") \
	X(KM_READER, "reader") \
	X(KM_CONFLICT, "conflict") \
	X(KM_SOURCES, "sources") \
	X(KM_TIMELINE, "timeline") \
	X(KM_HELP, "help") \
	X(KM_EDITOR, "editor")

enum keymap {
#define KM_ENUM(id, name) id,
	KEYS_KEYMAPS(KM_ENUM)
#undef KM_ENUM
	KM_COUNT
};

/* The action list: X(ID, name, keymap, default keys, help text).
 * Default keys are separated by spaces, in the config file's key syntax. */
#define KEYS_ACTIONS(X) \
	X(A_MOVE_DOWN, "move-down", KM_GENERIC, "j <Down>", "Next claim (next line in the article pane and in lists)") \
	X(A_MOVE_UP, "move-up", KM_GENERIC, "k <Up>", "Previous claim (previous line)") \
	X(A_PAGE_DOWN, "page-down", KM_GENERIC, "<PgDown> <Space>", "Scroll a page down") \
	X(A_PAGE_UP, "page-up", KM_GENERIC, "<PgUp>", "Scroll a page up") \
	X(A_MOVE_FIRST, "move-first", KM_GENERIC, "g <Home>", "Go to the top") \
	X(A_MOVE_LAST, "move-last", KM_GENERIC, "G <End>", "Go to the bottom") \
	X(A_FOCUS, "focus", KM_GENERIC, "<Tab>", "Switch focus between the panes (article, claims; the sides of a conflict)") \
	X(A_SPLIT_LESS, "split-narrower", KM_GENERIC, "<", "Make the article pane narrower") \
	X(A_SPLIT_MORE, "split-wider", KM_GENERIC, ">", "Make the article pane wider") \
	X(A_SOURCE_NEXT, "source-next", KM_GENERIC, "]", "Next source") \
	X(A_SOURCE_PREV, "source-prev", KM_GENERIC, "[", "Previous source") \
	X(A_CONFLICT_NEXT, "conflict-next", KM_GENERIC, "n", "Next conflict across all sources (next match while a search is active)") \
	X(A_CONFLICT_PREV, "conflict-prev", KM_GENERIC, "N", "Previous conflict across all sources (previous match while a search is active)") \
	X(A_SEARCH, "search", KM_GENERIC, "/", "Search the sentences of every source (full-text)") \
	X(A_SEARCH_CLEAR, "search-clear", KM_GENERIC, "<Esc>", "End the search (n and N go back to conflicts)") \
	X(A_ENTER, "enter", KM_GENERIC, "<Enter>", "Open: the conflict view of a claim, a source, a date's claim") \
	X(A_CONFLICT_VIEW, "conflict-view", KM_GENERIC, "c", "Conflict view of the selected claim") \
	X(A_VERDICT_TRUE, "verdict-true", KM_GENERIC, "1", "Verdict: true") \
	X(A_VERDICT_FALSE, "verdict-false", KM_GENERIC, "2", "Verdict: false") \
	X(A_VERDICT_MISLEADING, "verdict-misleading", KM_GENERIC, "3", "Verdict: misleading") \
	X(A_VERDICT_UNVERIFIABLE, "verdict-unverifiable", KM_GENERIC, "4", "Verdict: unverifiable") \
	X(A_VERDICT_CLEAR, "verdict-clear", KM_GENERIC, "0", "Clear your verdict") \
	X(A_NOTE, "note", KM_GENERIC, "a", "Add or edit the claim's note on the bottom line") \
	X(A_NOTE_EDITOR, "note-editor", KM_GENERIC, "e", "Edit the note in $VISUAL or $EDITOR") \
	X(A_TAGS, "tags", KM_GENERIC, "<Hash>", "Edit the claim's tags (comma-separated)") \
	X(A_UNDO, "undo", KM_GENERIC, "u", "Undo your last annotation (also after a restart)") \
	X(A_REDO, "redo", KM_GENERIC, "<C-R>", "Redo what undo took back") \
	X(A_EXPORT, "export", KM_GENERIC, "x", "Export the store (asks for a file; its ending picks the format)") \
	X(A_COMMAND, "command", KM_GENERIC, ":", "Command line: :export [FORMAT] FILE, :export! FILE, :source NAME, :q") \
	X(A_SOURCES, "sources", KM_GENERIC, "s", "Sources: every source with its counts") \
	X(A_TIMELINE, "timeline", KM_GENERIC, "t", "Timeline: every dated claim of the source's story in date order") \
	X(A_HELP, "help", KM_GENERIC, "?", "This help") \
	X(A_REDRAW, "redraw", KM_GENERIC, "<C-L>", "Redraw the screen") \
	X(A_BACK, "back", KM_GENERIC, "q", "Back to the previous screen; quit from the reader") \
	X(A_QUIT, "quit", KM_GENERIC, "Q", "Quit from anywhere") \
	X(A_EDIT_SAVE, "edit-save", KM_EDITOR, "<Enter>", "Editor: save (note, tags) or run (search, command)") \
	X(A_EDIT_CANCEL, "edit-cancel", KM_EDITOR, "<Esc> <C-G>", "Editor: cancel") \
	X(A_EDIT_LEFT, "edit-left", KM_EDITOR, "<Left> <C-B>", "Editor: one character left") \
	X(A_EDIT_RIGHT, "edit-right", KM_EDITOR, "<Right> <C-F>", "Editor: one character right") \
	X(A_EDIT_WORD_LEFT, "edit-word-left", KM_EDITOR, "<C-Left>", "Editor: one word left") \
	X(A_EDIT_WORD_RIGHT, "edit-word-right", KM_EDITOR, "<C-Right>", "Editor: one word right") \
	X(A_EDIT_HOME, "edit-home", KM_EDITOR, "<Home> <C-A>", "Editor: start of the line") \
	X(A_EDIT_END, "edit-end", KM_EDITOR, "<End> <C-E>", "Editor: end of the line") \
	X(A_EDIT_BACKSPACE, "edit-backspace", KM_EDITOR, "<Backspace> <C-H>", "Editor: delete the character before the cursor") \
	X(A_EDIT_DELETE, "edit-delete", KM_EDITOR, "<Delete> <C-D>", "Editor: delete the character under the cursor") \
	X(A_EDIT_KILL_END, "edit-kill-end", KM_EDITOR, "<C-K>", "Editor: delete to the end of the line") \
	X(A_EDIT_KILL_START, "edit-kill-start", KM_EDITOR, "<C-U>", "Editor: delete to the start of the line") \
	X(A_EDIT_KILL_WORD, "edit-kill-word", KM_EDITOR, "<C-W>", "Editor: delete the word before the cursor")

enum action {
	A_NONE = 0,
#define A_ENUM(id, name, km, keys, help) id,
	KEYS_ACTIONS(A_ENUM)
#undef A_ENUM
	A_COUNT
};

/* Key codes: Unicode code points for printable keys, 1..31 for control
 * keys (<C-R> is 18), 27 <Esc>, 9 <Tab>, 10 <Enter>, 127 <Backspace>, and
 * the codes below for keys that have no character. */
enum {
	KC_BASE = 0x200000,
	KC_UP = KC_BASE, KC_DOWN, KC_LEFT, KC_RIGHT, KC_PGUP, KC_PGDN, KC_HOME, KC_END,
	KC_DELETE, KC_INSERT, KC_BTAB, KC_CLEFT, KC_CRIGHT,
	KC_F0 = KC_BASE + 0x100, /* KC_F0 + n is <Fn> */
	KC_ESC = 27, KC_TAB = 9, KC_ENTER = 10, KC_BACKSPACE = 127,
};

/* Screen areas that take a style. */
#define KEYS_STYLES(X) \
	X(ST_DEFAULT, "default") \
	X(ST_TITLE, "title") \
	X(ST_PANE_TITLE, "pane-title") \
	X(ST_STATUS, "status") \
	X(ST_MESSAGE, "message") \
	X(ST_ERROR, "error") \
	X(ST_SELECTED, "selected") \
	X(ST_CURSOR, "cursor") \
	X(ST_SLOT, "slot") \
	X(ST_DIFF, "diff") \
	X(ST_MATCH, "match") \
	X(ST_BOILERPLATE, "boilerplate") \
	X(ST_CONFLICT, "conflict") \
	X(ST_CORROBORATED, "corroborated") \
	X(ST_TRUE, "true") \
	X(ST_FALSE, "false") \
	X(ST_MISLEADING, "misleading") \
	X(ST_UNVERIFIABLE, "unverifiable") \
	X(ST_UNREVIEWED, "unreviewed") \
	X(ST_DATE, "date") \
	X(ST_KEY, "help-key")

enum style_id {
#define ST_ENUM(id, name) id,
	KEYS_STYLES(ST_ENUM)
#undef ST_ENUM
	ST_COUNT
};

/* Attributes, as bits of our own (display.c maps them to curses). */
enum {
	ATTR_BOLD = 1 << 0,
	ATTR_UNDERLINE = 1 << 1,
	ATTR_REVERSE = 1 << 2,
	ATTR_DIM = 1 << 3,
	ATTR_STANDOUT = 1 << 4,
	ATTR_ITALIC = 1 << 5,
};

/* A colour is -1 (the terminal's default) or 0..255. */
struct style {
	int fg, bg;
	unsigned attrs;
};

struct binding {
	enum keymap km;
	int key;
	enum action action; /* A_NONE unbinds */
};

struct keys_config {
	struct binding *binds; /* later entries win */
	size_t nbinds, cap;
	struct style styles[ST_COUNT];
	int split;             /* the article pane's share of the width, in percent */
	int stack_below;       /* stack the panes on terminals narrower than this */
	int mouse;             /* 1: use the mouse */
	char *first_error;     /* the first error found, "FILE:LINE: message"; owned */
	size_t errors;
};

/* An empty config (no bindings, plain styles). */
void keys_config_init(struct keys_config *cfg);
void keys_config_free(struct keys_config *cfg);

/* The compiled-in defaults, as config text; static storage. */
const char *keys_default_config(void);

/* Reads config text: lines of
 *   bind KEYMAP KEY ACTION        (ACTION "none" unbinds)
 *   color AREA FG BG [ATTR...]    (colours: default, black, red, green,
 *                                  yellow, blue, magenta, cyan, white, 0-255;
 *                                  attributes: normal, bold, underline,
 *                                  reverse, dim, standout, italic)
 *   set NAME = VALUE              (split, stack-below, mouse)
 * and comments from '#'. A bad line is skipped and counted; the first one is
 * kept in cfg->first_error with `label` and its line number. Returns the
 * number of bad lines. */
size_t keys_config_parse(struct keys_config *cfg, const char *text, size_t len,
			 const char *label);

/* keys_config_init + the defaults + the user's file at `path` (NULL or a
 * missing file: defaults only). */
void keys_config_load(struct keys_config *cfg, const char *path);

/* The action bound to `key` in keymap `km` (falling back to generic for
 * the views' keymaps); A_NONE when unbound. */
enum action keys_lookup(const struct keys_config *cfg, enum keymap km, int key);

/* Parses one key name ("j", "<C-R>", "<PgDown>", "<Hash>"); -1 if unknown. */
int keys_parse_key(const char *s, size_t len);

/* Appends the config-syntax name of a key ("j", "<Enter>", "<C-R>"). */
void keys_key_name(int key, struct buf *out);

/* The names and help text of an action; NULL for A_NONE or out of range. */
const char *keys_action_name(enum action a);
const char *keys_action_help(enum action a);
enum keymap keys_action_keymap(enum action a);
const char *keys_keymap_name(enum keymap km);

/* Appends the keys bound to an action in its keymap, separated by ", "
 * (in config syntax); nothing when unbound. */
void keys_action_keys(const struct keys_config *cfg, enum action a, struct buf *out);

/* The key table of README.md: a Markdown table of every action with its
 * default keys. */
void keys_markdown(struct buf *out);

#endif
