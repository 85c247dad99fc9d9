/*
 * cli.h -- shared pieces of the dyad command-line tool.
 *
 * The CLI is a thin layer over libdyad: each subcommand lives in its own
 * cmd_<name>.c, parses its options, calls the library and prints.  Exit
 * codes mean the same for every subcommand (jq-style):
 *   0  success
 *   1  the run finished but some input was bad (reported on stderr)
 *   2  usage error (unknown option, missing argument)
 *   3  fatal error (cannot open input, database, dictionaries)
 */
#ifndef DYAD_CLI_H
#define DYAD_CLI_H

#include "dyad.h"

enum { EXIT_OK = 0, EXIT_BADINPUT = 1, EXIT_USAGE = 2, EXIT_FATAL = 3 };

int cmd_code(int argc, char **argv);
int cmd_validate(int argc, char **argv);
int cmd_codes(int argc, char **argv);
int cmd_dict(int argc, char **argv);
int cmd_events(int argc, char **argv);
int cmd_net(int argc, char **argv);
int cmd_serve(int argc, char **argv);

/* Print "dyad: msg" to stderr; returns code (for `return cli_die(...)`). */
int cli_die(int code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Dictionary options shared by code/validate/dict: --dict-dir, --verbs,
 * --actors (comma list), --agents, --discards.  cli_dict_option() consumes
 * argv[*i] (and its value) when it is one of them and returns 1. */
typedef struct cli_dict_opts {
    const char *dir;
    const char *verbs, *actors, *agents, *discards;
} cli_dict_opts;

int cli_dict_option(cli_dict_opts *o, int argc, char **argv, int *i);
/* Load the dictionaries the options name; with none named, dyad's own
 * defaults (DYAD_DICT_DIR env, else the dict/ folder next to the binary's
 * source tree, else the installed share dir).  NULL on fatal error. */
dyad_dict *cli_dict_load(const cli_dict_opts *o);
/* Directory of dyad's own dictionaries. */
const char *cli_default_dict_dir(void);

#endif
