/*
 * main.c -- entry point of the dyad tool: dispatches to cmd_*.c.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const struct {
    const char *name;
    int (*fn)(int, char **);
    const char *help;
} commands[] = {
    { "code",     cmd_code,     "code documents into events (JSON Lines)" },
    { "validate", cmd_validate, "run a PETRARCH validation file" },
    { "codes",    cmd_codes,    "print the CAMEO code table" },
    { "dict",     cmd_dict,     "check, count and query dictionaries" },
    { "events",   cmd_events,   "query events stored in a database" },
    { "net",      cmd_net,      "actor network analysis over a database" },
    { "serve",    cmd_serve,    "dyad as an HTTP service (code, events, net)" },
};

int cli_die(int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("dyad: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    return code;
}

static void usage(FILE *f)
{
    fprintf(f, "usage: dyad COMMAND [options] [args]\n\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(f, "  %-9s %s\n", commands[i].name, commands[i].help);
    fprintf(f, "\n'dyad COMMAND --help' for a command's options.\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") ||
        !strcmp(argv[1], "help")) {
        usage(stdout);
        return EXIT_OK;
    }
    if (!strcmp(argv[1], "--version")) {
        printf("dyad %s\n", DYAD_VERSION);
        return EXIT_OK;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (!strcmp(argv[1], commands[i].name))
            return commands[i].fn(argc - 1, argv + 1);
    usage(stderr);
    return cli_die(EXIT_USAGE, "unknown command '%s'", argv[1]);
}
