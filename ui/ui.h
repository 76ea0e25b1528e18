/* ui: the ncurses review (issue #5). Only this room includes curses.
 * For now it owns the terminal check that the review will run first.
 * Must not: touch SQL directly (it goes through store.h) or print outside
 * curses once the screen is up. */
#ifndef CC_UI_H
#define CC_UI_H

#include "util.h"

/* Checks that $TERM names a terminal that terminfo knows and that standard
 * input and output are terminals. CC_ERR_USAGE with a clear message if not. */
enum cc_status ui_terminal_check(struct cc_err *err);

#endif
