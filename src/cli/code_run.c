/*
 * code_run.c -- the loop behind 'dyad code': hand the inputs to the
 * library pipeline and write what comes back, in input order, as JSON
 * Lines or TSV (and into SQLite with --db).
 */
#include <stdio.h>
#include <string.h>

#include "code_run.h"

void code_run_init(code_run *r)
{
    memset(r, 0, sizeof *r);
}

static int sink(void *ud, const dyad_doc *doc, const dyad_event_list *l)
{
    code_run *r = ud;
    for (size_t i = 0; i < l->n && !r->suggest; i++) {
        int rc = r->tsv ? dyad_event_write_tsv(stdout, &l->v[i])
                        : dyad_event_write_json(stdout, &l->v[i]);
        if (rc != DYAD_OK) {
            cli_die(EXIT_FATAL, "cannot write output");
            return 1;
        }
    }
    if (r->suggest)
        dyad_suggest_from_doc(r->suggestions, r->dict, doc);
    if (r->store && store_put(r, doc, l) != 0)
        return 1;
    return 0;
}

static void progress(void *ud, const dyad_pipeline_stats *st)
{
    code_run *r = ud;
    if (r->quiet || st->seconds < 0.5)
        return;
    fprintf(stderr, "\rdyad: %ld docs, %ld sentences, %ld events  "
                    "(%.0f docs/s, %.0f sentences/s)   ",
            st->docs, st->sentences, st->events, st->docs / st->seconds,
            st->sentences / st->seconds);
    r->progress_shown = 1;
}

int code_run_files(code_run *r, const char **files, int n)
{
    dyad_pipeline_options opt = dyad_pipeline_defaults();
    opt.threads = r->threads;
    opt.use_parser = !r->no_parse;
    opt.merge_shallow = r->merge_shallow;
    opt.story_date = r->date;
    opt.default_year = r->year;
    if (r->db_path && store_open(r) != 0)
        return EXIT_FATAL;
    if (r->suggest && !(r->suggestions = dyad_suggestions_new()))
        return cli_die(EXIT_FATAL, "out of memory");
    dyad_error err = { 0 };
    int rc = dyad_pipeline_run(r->dict, files, n, &opt, sink, progress, r,
                               &r->stats, &err);
    fflush(stdout);
    if (r->store)
        store_close(r);
    if (r->progress_shown)
        fputc('\n', stderr);
    if (r->suggest) {
        dyad_suggestions_write(r->suggestions, stdout);
        dyad_suggestions_free(r->suggestions);
    }
    /* inputs that could not be read were reported as they were met */
    if (rc == DYAD_ENOMEM)
        return cli_die(EXIT_FATAL, "%s", err.msg);
    return rc != DYAD_OK || r->stats.bad_docs ? EXIT_BADINPUT : EXIT_OK;
}

void code_run_finish(code_run *r)
{
    const dyad_pipeline_stats *s = &r->stats;
    if (!r->quiet)
        fprintf(stderr, "dyad: %ld documents (%ld bad), %ld sentences "
                        "(%ld parsed, %ld shallow), %ld events in %.2f s\n",
                s->docs, s->bad_docs, s->sentences, s->parsed, s->shallow,
                s->events, s->seconds);
}
