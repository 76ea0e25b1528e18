/* review_driver: opens a store and runs ui_review, for the TUI tests while
 * (or where) the CLI does not offer `crosscheck review`. Arguments: STORE
 * [REVIEWER]; "--keys-markdown" prints the README key table. */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store.h"
#include "ui.h"

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	if (argc == 2 && strcmp(argv[1], "--keys-markdown") == 0) {
		ui_keys_markdown(stdout);
		return 0;
	}
	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: review_driver STORE [REVIEWER]\n");
		return 2;
	}
	struct cc_err err = {0};
	if (ui_terminal_check(&err) != CC_OK) {
		fprintf(stderr, "crosscheck: %s\n", err.msg);
		cc_err_clear(&err);
		return 2;
	}
	struct store *st;
	if (store_open(argv[1], STORE_OPEN_EXISTING, &st, &err) != CC_OK) {
		fprintf(stderr, "crosscheck: %s\n", err.msg);
		cc_err_clear(&err);
		return 1;
	}
	const char *user = getenv("USER");
	struct ui_opts o = {.reviewer = argc == 3 ? argv[2] : (user && *user ? user : UI_REVIEWER_FALLBACK)};
	enum cc_status rc = ui_review(st, &o, &err);
	store_close(st);
	if (rc != CC_OK) {
		fprintf(stderr, "crosscheck: %s\n", err.msg);
		cc_err_clear(&err);
		return 1;
	}
	return 0;
}
