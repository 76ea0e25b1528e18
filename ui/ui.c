/* ui: the entry points the CLI calls besides ui_review (display.c): the
 * terminal check that must pass before curses takes the screen, and the
 * README's key table. Must not: draw; only ui/ includes curses. */
#include "config.h"

#include "ui.h"

#include "keys.h"

#include <curses.h>
#include <stdbool.h>
#include <stdlib.h>
#include <term.h>
#include <unistd.h>

enum cc_status ui_terminal_check(struct cc_err *err)
{
	const char *term = getenv("TERM");
	if (!term || !*term)
		return cc_err_set(err, CC_ERR_USAGE,
				  "TERM is not set: the review needs a terminal (try TERM=xterm-256color)");
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
		return cc_err_set(err, CC_ERR_USAGE,
				  "the review needs a terminal on standard input and output");
	int e = 0;
	if (setupterm(term, STDOUT_FILENO, &e) != OK)
		return cc_err_set(err, CC_ERR_USAGE,
				  "TERM=%s: unknown terminal type (terminfo has no entry for it)", term);
	/* a terminal that cannot place the cursor (TERM=dumb, a hard-copy or
	 * generic entry) would get the screens run together on one line */
	char *cup = tigetstr("cup");
	bool usable = cup && cup != (char *)-1 && tigetflag("hc") <= 0 && tigetflag("gn") <= 0;
	del_curterm(cur_term);
	if (!usable)
		return cc_err_set(err, CC_ERR_USAGE,
				  "TERM=%s: this terminal cannot move the cursor, which the review needs "
				  "(try TERM=xterm-256color)",
				  term);
	return CC_OK;
}

void ui_keys_markdown(FILE *out)
{
	struct buf b;
	buf_init(&b);
	keys_markdown(&b);
	fwrite(b.data ? b.data : "", 1, b.len, out);
	buf_free(&b);
}
