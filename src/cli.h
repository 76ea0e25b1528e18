/* cli: the command line (see cli.c). */
#ifndef CC_CLI_H
#define CC_CLI_H

/* Runs crosscheck with the given arguments; returns the exit status. */
int cli_main(int argc, char **argv);

#endif
