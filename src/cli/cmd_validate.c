/*
 * cmd_validate.c -- 'dyad validate FILE.xml --dict-dir DIR': run a PETRARCH
 * validation suite and print the records that differ, a per-category
 * table and, last, "N passed, N failed".  Exit 0 only if all passed.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

int cmd_validate(int argc, char **argv)
{
    const char *file = NULL, *dir = NULL;
    int quiet = 0, mode = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--dict-dir") && i + 1 < argc)
            dir = argv[++i];
        else if (!strcmp(argv[i], "-q") || !strcmp(argv[i], "--quiet"))
            quiet = 1;
        else if (!strcmp(argv[i], "--reparse"))
            mode = 1;
        else if (!strcmp(argv[i], "--shallow"))
            mode = 2;
        else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            printf("usage: dyad validate FILE.xml [--dict-dir DIR] [-q] [--reparse|--shallow]\n"
                   "  DIR holds the dictionaries named in the file's <Environment>\n"
                   "  (default: the folder of FILE.xml)\n"
                   "  --reparse  parse the records' texts with dyad's own parser instead\n"
                   "             of their <Parse> trees; --shallow: shallow trees\n");
            return EXIT_OK;
        } else if (argv[i][0] == '-')
            return cli_die(EXIT_USAGE, "validate: unknown option '%s'", argv[i]);
        else if (!file)
            file = argv[i];
        else
            return cli_die(EXIT_USAGE, "validate: one file at a time");
    }
    if (!file)
        return cli_die(EXIT_USAGE, "validate: no file (try --help)");
    char dirbuf[4096];
    if (!dir) {
        const char *slash = strrchr(file, '/');
        snprintf(dirbuf, sizeof dirbuf, "%.*s", slash ? (int)(slash - file) : 1,
                 slash ? file : ".");
        dir = dirbuf;
    }
    int passed = 0, failed = 0;
    dyad_error err = { 0 };
    if (dyad_validate_file_ex(file, dir, mode, quiet ? NULL : stdout, &passed,
                              &failed, &err) != DYAD_OK)
        return cli_die(EXIT_FATAL, "%s", err.msg);
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? EXIT_BADINPUT : EXIT_OK;
}
