/*
 * validate.c -- running a PETRARCH validation suite (records with their
 * expected codings) and reporting what differs.
 *
 * A record passes when the set of (source, target, code) triples coded
 * equals the expected set; a record marked noevents expects none; one
 * marked error="name" expects the coder to report that fault (dateline,
 * bad_input_parse, sentencediscard, storydiscard).  <Config> options in the
 * file are applied, in file order, before the record that follows them.
 */
#include <stdlib.h>
#include <string.h>

#include "dyad.h"

typedef struct category_tally {
    char name[32];
    int passed, failed;
} category_tally;

static int triple_in(const dyad_event_list *l, const char *s, const char *t,
                     const char *c)
{
    for (size_t i = 0; i < l->n; i++)
        if (!strcmp(l->v[i].source, s) && !strcmp(l->v[i].target, t) &&
            !strcmp(l->v[i].code, c))
            return 1;
    return 0;
}

static int expected_in(const dyad_record *r, const dyad_event *ev)
{
    for (int i = 0; i < r->n_expected; i++)
        if (!strcmp(r->expected[i].source, ev->source) &&
            !strcmp(r->expected[i].target, ev->target) &&
            !strcmp(r->expected[i].code, ev->code))
            return 1;
    return 0;
}

static int record_passes(const dyad_record *r, const dyad_event_list *got,
                         const char *note)
{
    if (r->expect_error)
        return note && !strcmp(note, r->expect_error);
    if (r->expect_noevents || r->n_expected == 0)
        return got->n == 0;
    for (int i = 0; i < r->n_expected; i++)
        if (!triple_in(got, r->expected[i].source, r->expected[i].target,
                       r->expected[i].code))
            return 0;
    for (size_t i = 0; i < got->n; i++)
        if (!expected_in(r, &got->v[i]))
            return 0;
    return 1;
}

static void report_failure(FILE *out, const dyad_record *r,
                           const dyad_event_list *got, const char *note,
                           const char *errmsg)
{
    fprintf(out, "FAIL %s [%s] line %ld\n", r->id ? r->id : "?",
            r->category ? r->category : "-", r->line);
    if (r->text)
        fprintf(out, "  text:     %s\n", r->text);
    fprintf(out, "  expected:");
    if (r->expect_error)
        fprintf(out, " error %s", r->expect_error);
    else if (r->expect_noevents || r->n_expected == 0)
        fprintf(out, " no events");
    for (int i = 0; i < r->n_expected; i++)
        fprintf(out, " %s>%s:%s", r->expected[i].source, r->expected[i].target,
                r->expected[i].code);
    fprintf(out, "\n  got:     ");
    if (got->n == 0)
        fprintf(out, " no events%s%s", note ? " -- " : "", note ? note : "");
    for (size_t i = 0; i < got->n; i++)
        fprintf(out, " %s>%s:%s", got->v[i].source, got->v[i].target,
                got->v[i].code);
    if (errmsg && *errmsg)
        fprintf(out, " (%s)", errmsg);
    fprintf(out, "\n");
}

static category_tally *tally_for(category_tally *t, int *n, const char *name)
{
    for (int i = 0; i < *n; i++)
        if (!strcmp(t[i].name, name))
            return &t[i];
    if (*n >= 64)
        return &t[63];
    snprintf(t[*n].name, sizeof t[*n].name, "%s", name);
    t[*n].passed = t[*n].failed = 0;
    return &t[(*n)++];
}

static int load_named(dyad_dict *d, const char *dir, const char *names,
                      int (*load)(dyad_dict *, const char *, dyad_error *),
                      dyad_error *err)
{
    if (!names)
        return DYAD_OK;
    char *copy = strdup(names), *save = NULL;
    int rc = DYAD_OK;
    for (char *n = strtok_r(copy, ", ", &save); n && rc == DYAD_OK;
         n = strtok_r(NULL, ", ", &save)) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, n);
        rc = load(d, path, err);
    }
    free(copy);
    return rc;
}

/* The record's text, tokenised and parsed by dyad itself (mode 1:
 * link-grammar with shallow fallback, 2: shallow only), instead of the
 * record's own <Parse>: this measures dyad's parsing against the trees the
 * suite was written for. */
static char *reparse(const dyad_record *r, dyad_parser *p, int mode)
{
    dyad_doc *doc = NULL;
    dyad_error e;
    dyad_reader_options ro = { 0 };
    ro.keep_boilerplate = 1;
    if (!r->text || dyad_doc_from_memory(DYAD_DOC_TEXT, r->text, strlen(r->text),
                                         r->id ? r->id : "?", &ro, &doc, &e) != DYAD_OK)
        return NULL;
    size_t len = 1;
    for (size_t i = 0; i < doc->n_sent; i++)
        len += strlen(doc->sent[i].tokens ? doc->sent[i].tokens : "") + 1;
    char *toks = calloc(1, len), *tree = NULL;
    for (size_t i = 0; toks && i < doc->n_sent; i++) {
        if (i)
            strcat(toks, " ");
        strcat(toks, doc->sent[i].tokens ? doc->sent[i].tokens : "");
    }
    dyad_doc_free(doc);
    if (!toks)
        return NULL;
    if (mode == 1 && p) {
        const char *method;
        dyad_tree_for_tokens(p, toks, &tree, &method, &e);
    } else {
        tree = dyad_shallow_tree(toks);
    }
    free(toks);
    return tree;
}

int dyad_validate_file(const char *path, const char *dict_dir, FILE *report,
                       int *passed, int *failed, dyad_error *err)
{
    return dyad_validate_file_ex(path, dict_dir, 0, report, passed, failed, err);
}

int dyad_validate_file_ex(const char *path, const char *dict_dir, int parse_mode,
                          FILE *report, int *passed, int *failed, dyad_error *err)
{
    dyad_record_set rs;
    int rc = dyad_records_read(path, &rs, dyad_warn_stderr, NULL, err);
    if (rc)
        return rc;
    dyad_dict *d = dyad_dict_new();
    if (!d) {
        dyad_records_free(&rs);
        return dyad_fail(err, DYAD_ENOMEM, "out of memory");
    }
    if (!rs.verbfile || !rs.actorfile) {
        rc = dyad_fail(err, DYAD_EPARSE, "%s: no <Environment> naming the "
                       "verb and actor dictionaries", path);
    }
    if (!rc) rc = load_named(d, dict_dir, rs.verbfile, dyad_dict_load_verbs, err);
    if (!rc) rc = load_named(d, dict_dir, rs.actorfile, dyad_dict_load_actors, err);
    if (!rc) rc = load_named(d, dict_dir, rs.agentfile, dyad_dict_load_agents, err);
    if (!rc) rc = load_named(d, dict_dir, rs.discardfile, dyad_dict_load_discards, err);
    /* PETRARCH's own semantics: no reference resolution, no nominal events */
    dyad_coder_options opt = dyad_coder_defaults();
    opt.resolve_references = 0;
    opt.nominal_events = 0;
    opt.petrarch_compat = 1;
    dyad_coder *c = rc ? NULL : dyad_coder_new(d, &opt);
    if (!rc && !c)
        rc = dyad_fail(err, DYAD_ENOMEM, "out of memory");
    category_tally cats[64];
    int ncat = 0;
    *passed = *failed = 0;
    dyad_event_list got = { 0 };
    dyad_parser *parser = parse_mode == 1 && !rc ? dyad_parser_new(NULL, err) : NULL;
    for (size_t i = 0; !rc && i < rs.n; i++) {
        dyad_record *r = &rs.v[i];
        for (int k = 0; k < r->nconfig; k++)
            dyad_coder_set_option(c, r->config[k][0], r->config[k][1]);
        dyad_event_list_clear(&got);
        dyad_error e = { 0 };
        char *own = parse_mode && r->parse && !r->expect_error ? reparse(r, parser, parse_mode)
                                                               : NULL;
        int crc = dyad_code_tree(c, own ? own : r->parse, r->date, &got, &e);
        free(own);
        const char *note = dyad_coder_last_note(c);
        int ok = record_passes(r, &got, note);
        category_tally *t = tally_for(cats, &ncat, r->category ? r->category : "-");
        if (ok) {
            (*passed)++;
            t->passed++;
        } else {
            (*failed)++;
            t->failed++;
            if (report)
                report_failure(report, r, &got, note, crc ? e.msg : NULL);
        }
    }
    if (!rc && report) {
        fprintf(report, "\n%-12s %7s %7s\n", "category", "passed", "failed");
        for (int i = 0; i < ncat; i++)
            fprintf(report, "%-12s %7d %7d\n", cats[i].name, cats[i].passed,
                    cats[i].failed);
        fprintf(report, "\n");
    }
    dyad_event_list_free(&got);
    if (parser)
        dyad_parser_free(parser);
    dyad_coder_free(c);
    dyad_dict_free(d);
    dyad_records_free(&rs);
    return rc;
}
