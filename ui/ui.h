/* ui: the ncurses review. Only this room includes curses.
 *
 * Owns: the screens (reader with claims panel, conflict view, sources,
 * timeline, help), keys and their config file, drawing (every string from an
 * article passes one sanitising boundary), resize and mouse. Must not: run
 * SQL (it goes through store.h), include src/ headers other than util.h and
 * text.h, or print outside curses once the screen is up.
 */
#ifndef CC_UI_H
#define CC_UI_H

#include <stdio.h>

#include "store.h"
#include "util.h"

/* Checks that $TERM names a terminal that terminfo knows and that standard
 * input and output are terminals. CC_ERR_USAGE with a clear message if not. */
enum cc_status ui_terminal_check(struct cc_err *err);

struct ui_opts {
	const char *reviewer;     /* --reviewer, $USER, $LOGNAME or the uid's login
				   name, else UI_REVIEWER_FALLBACK; never NULL */
	bool reviewer_given;      /* it came from --reviewer: `u` with nothing to
				   undo then names no other reviewer's entries */
	const char *start_source; /* the source to open first; NULL: the first one */
	/* Writes an export of the store as `spec` says: "[FORMAT] FILE",
	 * without FORMAT the one the name's ending asks for; the CLI's
	 * cli_export_to_path (NULL when exporting is not available). A file
	 * already there is CC_DUPLICATE unless `replace`. Returns CC_OK with
	 * *said (malloc'd: "76 claims (csv) to PATH"), or fills err. */
	enum cc_status (*export_fn)(struct store *st, const char *spec,
				    bool replace, char **said, struct cc_err *err);
};

/* Who reviews when nothing names anyone (no --reviewer, $USER, $LOGNAME or
 * login name for the uid): the CLI and the review use the same word, and the
 * status line shows it once ("reviewer", not "reviewer reviewer"). */
#define UI_REVIEWER_FALLBACK "reviewer"

/* Runs the review until the user quits. Every annotation is committed
 * before the screen shows it. Returns CC_OK, or an error after restoring
 * the terminal. */
enum cc_status ui_review(struct store *st, const struct ui_opts *opts, struct cc_err *err);

/* Writes the key table (Markdown, one row per action) that README.md
 * carries between its "keys" markers and the help screen shows. */
void ui_keys_markdown(FILE *out);

#endif
