/*
 * cmd_code.c -- 'dyad code': documents in, events out (JSON Lines or TSV).
 *
 * Inputs are files or '-' (stdin).  PETRARCH XML with <Parse> trees is
 * coded directly; every other kind goes through the text pipeline
 * (cli_code_text in code_text.c).  Events go to stdout in input order;
 * problems with one record or document go to stderr and the run goes on
 * (exit 1 at the end if there were any).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "code_run.h"

static void usage(FILE *f)
{
    fprintf(f,
"usage: dyad code [options] FILE... | -\n"
"  --dict-dir DIR          dictionaries folder (default: dyad's own)\n"
"  --verbs F --actors F,F --agents F --discards F   named dictionary files\n"
"  --format jsonl|tsv      output format (default jsonl)\n"
"  --date YYYY-MM-DD       story date for inputs without one\n"
"  --year YYYY             year for date lines without one\n"
"  --db FILE.sqlite        also store documents and events in SQLite\n"
"  --threads N             coding threads (default: all cores)\n"
"  --suggest               list actors dyad inferred, in dictionary format\n"
"  --no-parse              shallow coding only (no link-grammar parse)\n"
"  --merge-shallow         parse, and add what the shallow reading finds too\n"
"  -q                      no progress on stderr\n");
}

int cmd_code(int argc, char **argv)
{
    code_run run;
    code_run_init(&run);
    cli_dict_opts dopt = { 0 };
    const char *files[1024];
    int nfiles = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (cli_dict_option(&dopt, argc, argv, &i))
            continue;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return EXIT_OK;
        }
        if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
            run.quiet = 1;
        } else if (!strcmp(a, "--suggest")) {
            run.suggest = 1;
        } else if (!strcmp(a, "--no-parse")) {
            run.no_parse = 1;
        } else if (!strcmp(a, "--merge-shallow")) {
            run.merge_shallow = 1;
        } else if (!strcmp(a, "-") || a[0] != '-') {
            if (nfiles < 1024)
                files[nfiles++] = a;
        } else if (i + 1 < argc && !strcmp(a, "--format")) {
            const char *f = argv[++i];
            if (!strcmp(f, "tsv"))
                run.tsv = 1;
            else if (strcmp(f, "jsonl") && strcmp(f, "json"))
                return cli_die(EXIT_USAGE, "code: unknown format '%s'", f);
        } else if (i + 1 < argc && !strcmp(a, "--date")) {
            run.date = argv[++i];
        } else if (i + 1 < argc && !strcmp(a, "--year")) {
            run.year = atoi(argv[++i]);
        } else if (i + 1 < argc && !strcmp(a, "--db")) {
            run.db_path = argv[++i];
        } else if (i + 1 < argc && !strcmp(a, "--threads")) {
            run.threads = atoi(argv[++i]);
            if (run.threads < 1)
                return cli_die(EXIT_USAGE, "code: --threads needs a number >= 1");
        } else {
            return cli_die(EXIT_USAGE, "code: unknown option '%s' (try --help)", a);
        }
    }
    if (nfiles == 0)
        return cli_die(EXIT_USAGE, "code: no input (give files or '-')");
    run.dict = cli_dict_load(&dopt);
    if (!run.dict)
        return EXIT_FATAL;
    int rc = code_run_files(&run, files, nfiles);
    code_run_finish(&run);
    dyad_dict_free(run.dict);
    return rc;
}
