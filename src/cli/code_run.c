/*
 * code_run.c -- the loop behind 'dyad code': read each input, code it with
 * the library, write events in input order.
 */
#include <stdio.h>
#include <string.h>

#include "code_run.h"

void code_run_init(code_run *r)
{
    memset(r, 0, sizeof *r);
}

static void write_events(code_run *r, const dyad_event_list *l)
{
    for (size_t i = 0; i < l->n; i++) {
        if (r->tsv)
            dyad_event_write_tsv(stdout, &l->v[i]);
        else
            dyad_event_write_json(stdout, &l->v[i]);
    }
    r->events += (long)l->n;
}

static int code_xml(code_run *r, const char *path)
{
    dyad_record_set rs;
    dyad_error err = { 0 };
    if (dyad_records_read(path, &rs, dyad_warn_stderr, NULL, &err) != DYAD_OK) {
        cli_die(EXIT_BADINPUT, "%s", err.msg);
        r->bad++;
        return -1;
    }
    r->bad += rs.n_errors;
    dyad_coder *c = dyad_coder_new(r->dict, NULL);
    dyad_event_list ev = { 0 };
    for (size_t i = 0; c && i < rs.n; i++) {
        const dyad_record *rec = &rs.v[i];
        for (int k = 0; k < rec->nconfig; k++)
            dyad_coder_set_option(c, rec->config[k][0], rec->config[k][1]);
        dyad_event_list_clear(&ev);
        r->sentences++;
        if (!rec->parse) {
            fprintf(stderr, "dyad: %s:%ld: record %s has no <Parse>; skipped\n",
                    path, rec->line, rec->id ? rec->id : "?");
            r->bad++;
            continue;
        }
        if (dyad_code_record(c, rec, &ev, &err) != DYAD_OK) {
            fprintf(stderr, "dyad: %s:%ld: record %s: %s\n", path, rec->line,
                    rec->id ? rec->id : "?", err.msg);
            r->bad++;
            continue;
        }
        write_events(r, &ev);
    }
    r->docs += (long)rs.n;
    dyad_event_list_free(&ev);
    dyad_coder_free(c);
    dyad_records_free(&rs);
    return 0;
}

static int looks_like_petrarch_xml(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    char buf[4096];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    return strstr(buf, "<Sentence") || strstr(buf, "<Sentences") ||
           strstr(buf, "<Validation");
}

int code_run_files(code_run *r, const char **files, int n)
{
    for (int i = 0; i < n; i++) {
        if (strcmp(files[i], "-") != 0 && looks_like_petrarch_xml(files[i])) {
            code_xml(r, files[i]);
        } else {
            fprintf(stderr, "dyad: %s: raw text input needs the text pipeline\n",
                    files[i]);
            r->bad++;
        }
    }
    fflush(stdout);
    return r->bad ? EXIT_BADINPUT : EXIT_OK;
}

void code_run_finish(code_run *r)
{
    if (!r->quiet)
        fprintf(stderr, "dyad: %ld documents, %ld sentences, %ld events\n",
                r->docs, r->sentences, r->events);
}
