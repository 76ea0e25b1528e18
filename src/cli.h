/* cli: the command line (see cli.c). */
#ifndef CC_CLI_H
#define CC_CLI_H

/* Runs crosscheck with the given arguments; returns the exit status. */
int cli_main(int argc, char **argv);

/* The export, import, agreement and remove commands live in src/cli_export.c; they
 * follow the same rules as every command (see cli.c): argv[0] is the
 * command name, `db` is --db (or NULL), and they return the exit status. */
int cli_export(const char *db, int argc, char **argv);
int cli_import(const char *db, int argc, char **argv);
int cli_agreement(const char *db, int argc, char **argv);
struct store_judge;
/* remove takes the rules conflicts are judged by (add's), to word a story's
 * conflicts again when its subject changes */
int cli_remove(const char *db, const struct store_judge *judge, int argc, char **argv);

#include "util.h"
struct store;
/* Saves the annotations of some claims of one source (ids, n of them; n 0:
 * every annotated claim of it) as the json export of those claims with their whole log,
 * to a new file beside the store, STORE.WHAT-NAME-TIME.json (as remove
 * --force does); returns its path (newly allocated), or NULL with *err. */
char *cli_save_claims(struct store *st, const char *what, const char *name, const int64_t *ids,
		      size_t n, struct cc_err *err);
/* Writes an export of the whole store atomically (a temporary file beside
 * it, renamed when complete) as `spec` says: "[FORMAT] FILE"; without
 * FORMAT, the one the name's ending asks for (.jsonl, .csv, .md; json
 * otherwise); a leading "~/" is $HOME. Prints nothing. A file already
 * there is CC_DUPLICATE unless `replace`. On success *said is what was
 * written ("76 claims (csv) to /home/a/x.csv"; malloc'd). The review's
 * export_fn (struct ui_opts). */
enum cc_status cli_export_to_path(struct store *st, const char *spec,
				  bool replace, char **said, struct cc_err *err);

/* 0 when some source belongs to `story`; else reports it (no such story, or
 * the store's error) and returns the exit status. For --story filters that
 * would select nothing. */
int cli_story_check(struct store *st, const char *story);

#endif
