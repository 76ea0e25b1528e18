/* cli: the command line (see cli.c). */
#ifndef CC_CLI_H
#define CC_CLI_H

/* Runs crosscheck with the given arguments; returns the exit status. */
int cli_main(int argc, char **argv);

/* The export, import and agreement commands live in src/cli_export.c; they
 * follow the same rules as every command (see cli.c): argv[0] is the
 * command name, `db` is --db (or NULL), and they return the exit status. */
int cli_export(const char *db, int argc, char **argv);
int cli_import(const char *db, int argc, char **argv);
int cli_agreement(const char *db, int argc, char **argv);

#endif
