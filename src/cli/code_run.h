/*
 * code_run.h -- state of one 'dyad code' run: options, output, counts.
 */
#ifndef DYAD_CODE_RUN_H
#define DYAD_CODE_RUN_H

#include "cli.h"

typedef struct code_run {
    dyad_dict *dict;
    int tsv, quiet, suggest, no_parse, merge_shallow, threads, year, progress_shown;
    const char *date, *db_path;
    void *store;                 /* dyad_store * when --db is given */
    dyad_suggestions *suggestions;
    dyad_pipeline_stats stats;
} code_run;

void code_run_init(code_run *r);
/* Code every file; returns an exit code. */
int code_run_files(code_run *r, const char **files, int n);
void code_run_finish(code_run *r);

/* code_store.c: --db */
int store_open(code_run *r);
int store_put(code_run *r, const dyad_doc *doc, const dyad_event_list *l);
void store_close(code_run *r);

#endif
