/*
 * code_run.h -- state of one 'dyad code' run: options, output, counts.
 */
#ifndef DYAD_CODE_RUN_H
#define DYAD_CODE_RUN_H

#include "cli.h"

typedef struct code_run {
    dyad_dict *dict;
    int tsv, quiet, suggest, no_parse, threads, year;
    const char *date, *db_path;
    long docs, sentences, events, bad;
} code_run;

void code_run_init(code_run *r);
/* Code every file; returns an exit code. */
int code_run_files(code_run *r, const char **files, int n);
void code_run_finish(code_run *r);

#endif
