/*
 * pipeline.c -- documents to complete events, in parallel, in input order.
 *
 * The calling thread reads documents (one reader at a time, streaming)
 * into an ordered queue (jobq.c); worker threads, each with its own parser
 * and coder, code them as they arrive; the calling thread hands them to
 * the sink in the order they were read.  Memory therefore holds at most
 * the queue's capacity of documents, whatever the input size, and the
 * output is identical for any number of threads: documents are coded
 * independently (the coder's context is reset per document).
 *
 * Each sentence is parsed with link-grammar; a sentence the parser cannot
 * handle (no linkage, timeout, too long) is coded from a shallow tree so
 * that nothing is silently dropped; each event says which path made it.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "dyad.h"
#include "jobq.h"
#include "code/code_ptree.h"
#include "text/shallow.h"
#include "util/strcopy.h"

dyad_pipeline_options dyad_pipeline_defaults(void)
{
    dyad_pipeline_options o;
    memset(&o, 0, sizeof o);
    o.use_parser = 1;
    o.coder = dyad_coder_defaults();
    return o;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The date actors are resolved on: the sentence's own date when it has
 * one, else the story's.  A year or month alone stands for its middle
 * ("in 1999": who held office for most of 1999), not its first day. */
static const char *coding_date(const dyad_doc *doc, const dyad_sentence *s,
                               char buf[11])
{
    if (!s->event_date[0] || s->date_precision == DYAD_DATE_NONE)
        return doc->story_date;
    str_copy(buf, 11, s->event_date);
    if (s->date_precision == DYAD_DATE_YEAR)
        memcpy(buf + 4, "-07-01", 6);
    else if (s->date_precision == DYAD_DATE_MONTH)
        memcpy(buf + 7, "-15", 3);
    return buf;
}

/* Does the token t[0, n) fold to word[0, len) (dictionary form: upper
 * case, accents stripped)?  Most tokens are ASCII and are compared as
 * they are; only the others are folded. */
static int folds_to(const char *t, size_t n, const char *word, size_t len)
{
    int ascii = 1;
    for (size_t i = 0; i < n && ascii; i++)
        ascii = (unsigned char)t[i] < 0x80;
    if (ascii)
        return n == len && !strncasecmp(t, word, n);
    char form[128], folded[128];
    if (n >= sizeof form)
        return 0;
    memcpy(form, t, n);
    form[n] = 0;
    dyad_fold_ascii_upper(form, folded, sizeof folded);
    return !strcmp(folded, word);
}

/* Where ev's trigger is among the sentence's tokens: the word the coder
 * took it from when it says which and that token folds to it ("SENT" is
 * "sent", "NEGOCIO" "negoció"), else the first token that does (a
 * relative clause is coded from a tree of its own words). */
static void trigger_span(dyad_event *ev, const dyad_sentence *s)
{
    ev->trigger_start = ev->trigger_end = 0;
    if (!ev->trigger || !s->tokens || !s->tok_start)
        return;
    size_t k = 0, want = strlen(ev->trigger), first = SIZE_MAX;
    for (const char *t = s->tokens; *t && k < s->n_tokens; k++) {
        const char *e = strchr(t, ' ');
        size_t n = e ? (size_t)(e - t) : strlen(t);
        if (folds_to(t, n, ev->trigger, want)) {
            if (first == SIZE_MAX)
                first = k;
            if (ev->trigger_word <= 0 || k + 1 == (size_t)ev->trigger_word) {
                first = k;
                break;
            }
        }
        t += n + (e != NULL);
    }
    if (first != SIZE_MAX) {
        ev->trigger_start = s->tok_start[first];
        ev->trigger_end = s->tok_end[first];
    }
}

static void complete_event(dyad_event *ev, const dyad_doc *doc, size_t k,
                           const dyad_sentence *s)
{
    free(ev->doc_id);
    ev->doc_id = strdup(doc->id ? doc->id : "");
    ev->sentence = (int)k + 1;
    str_copy(ev->story_date, sizeof ev->story_date, doc->story_date);
    if (ev->date_precision == DYAD_DATE_NONE && !ev->date_final) {   /* none given */
        str_copy(ev->event_date, sizeof ev->event_date, s->event_date);
        ev->date_precision = s->date_precision;
        free(ev->date_text);
        ev->date_text = s->date_text ? strdup(s->date_text) : NULL;
    }
    ev->span_start = s->start;
    ev->span_end = s->end;
    trigger_span(ev, s);
    free(ev->sentence_text);
    ev->sentence_text = s->text ? strdup(s->text) : NULL;
}

/* Code tokens from their shallow tree.  The tree is built straight into
 * nodes (in a, reset here) rather than printed and read back; when the
 * coder traces, it goes through text so that the trace shows the tree. */
static int code_shallow(dyad_coder *coder, arena *a, const char *tokens,
                        const char *date, dyad_event_list *out, dyad_error *err)
{
    if (coder_trace_on()) {
        char *tree = dyad_shallow_tree(tokens);
        if (!tree)
            return dyad_fail(err, DYAD_ENOMEM, "out of memory");
        int rc = dyad_code_tree(coder, tree, date, out, err);
        free(tree);
        return rc;
    }
    ptree t;
    arena_reset(a);
    if (text_shallow_ptree(tokens, &t, a) != 0)     /* too large, or no memory */
        return dyad_code_tree(coder, NULL, date, out, err);   /* says so */
    return coder_code_ptree(coder, &t, date, out, err);
}

/* Events of the shallow tree whose (source, target, root) the parse did
 * not produce are added: the two readings fail on different sentences. */
static void merge_shallow(dyad_coder *coder, arena *a, const char *tokens,
                          const char *date, dyad_event_list *out, size_t first)
{
    dyad_event_list extra = { 0 };
    dyad_error err;
    code_shallow(coder, a, tokens, date, &extra, &err);
    size_t parsed_end = out->n;
    for (size_t i = 0; i < extra.n; i++) {
        dyad_event *e = &extra.v[i];
        int dup = 0;
        for (size_t k = first; k < parsed_end && !dup; k++)
            dup = !strcmp(out->v[k].source, e->source) &&
                  !strcmp(out->v[k].target, e->target) && !strcmp(out->v[k].root, e->root);
        if (dup)
            continue;
        dyad_event *ne = dyad_event_list_push(out);
        if (!ne)
            break;
        *ne = *e;
        ne->method = "shallow";
        memset(e, 0, sizeof *e);        /* strings moved */
    }
    dyad_event_list_free(&extra);
}

int dyad_pipeline_code_doc(dyad_coder *coder, dyad_parser *parser,
                           const dyad_doc *doc, dyad_event_list *out,
                           dyad_pipeline_stats *st)
{
    return dyad_pipeline_code_doc_ex(coder, parser, 0, doc, out, st);
}

int dyad_pipeline_code_doc_ex(dyad_coder *coder, dyad_parser *parser, int merge,
                              const dyad_doc *doc, dyad_event_list *out,
                              dyad_pipeline_stats *st)
{
    dyad_coder_reset_context(coder);
    arena trees;                        /* the shallow trees, one at a time */
    arena_init(&trees, 64 * 1024);
    for (size_t k = 0; k < doc->n_sent; k++) {
        const dyad_sentence *s = &doc->sent[k];
        if (!s->tokens || !*s->tokens)
            continue;
        const char *method = "parse";
        dyad_error err = { 0 };
        size_t first = out->n;
        char datebuf[11];
        const char *date = coding_date(doc, s, datebuf);
        coder_set_dates(coder, s->dates, s->n_dates, doc->story_date);
        char *tree = NULL;
        if (parser && dyad_parser_parse(parser, s->tokens, &tree, &err) == DYAD_OK) {
            if (st)
                st->parsed++;
            dyad_code_tree(coder, tree, date, out, &err);
        } else {
            method = "shallow";
            if (st)
                st->shallow++;
            code_shallow(coder, &trees, s->tokens, date, out, &err);
        }
        free(tree);
        const char *note = dyad_coder_last_note(coder);
        if (merge && !strcmp(method, "parse"))
            merge_shallow(coder, &trees, s->tokens, date, out, first);
        for (size_t i = first; i < out->n; i++) {
            if (!strcmp(out->v[i].method, "tree"))
                out->v[i].method = method;
            complete_event(&out->v[i], doc, k, s);
        }
        if (st)
            st->sentences++;
        if (note && !strcmp(note, "storydiscard")) {
            /* the whole story is off topic: keep nothing from it */
            dyad_event_list_clear(out);
            if (st)
                st->story_discards++;
            break;
        }
    }
    coder_set_dates(coder, NULL, 0, NULL);  /* the document's strings go */
    arena_free(&trees);
    if (st)
        st->events += (long)out->n;
    return DYAD_OK;
}

/* ------------------------------------------------------------ workers */

/* One coding thread's state: a coder and a parser each, since neither
 * is shareable between threads. */
typedef struct worker {
    dyad_coder *coder;
    dyad_parser *parser;
    const dyad_pipeline_options *opt;
} worker;

static void work_job(void *arg, jobq_job *job)
{
    worker *wk = arg;
    dyad_pipeline_code_doc_ex(wk->coder, wk->parser, wk->opt->merge_shallow,
                              job->doc, &job->events, &job->st);
}

static int worker_init(worker *wk, const dyad_dict *dict,
                       const dyad_pipeline_options *opt, dyad_error *err)
{
    memset(wk, 0, sizeof *wk);
    wk->opt = opt;
    wk->coder = dyad_coder_new(dict, &opt->coder);
    if (!wk->coder)
        return dyad_fail(err, DYAD_ENOMEM, "out of memory");
    if (opt->use_parser) {
        dyad_parser_options po = { 0 };
        po.max_parse_ms = opt->parse_ms;
        wk->parser = dyad_parser_new(&po, err);
        if (!wk->parser)
            return err ? err->status : DYAD_EINVAL;
    }
    return DYAD_OK;
}

static void worker_free(worker *wk)
{
    dyad_coder_free(wk->coder);
    if (wk->parser)
        dyad_parser_free(wk->parser);
}

static void add_stats(dyad_pipeline_stats *to, const dyad_pipeline_stats *from)
{
    to->sentences += from->sentences;
    to->events += from->events;
    to->parsed += from->parsed;
    to->shallow += from->shallow;
    to->story_discards += from->story_discards;
}

/* Where coded documents go, in input order. */
typedef struct delivery {
    dyad_doc_sink sink;
    void *ud;
    dyad_pipeline_stats *st;
    int stopped;                /* the sink asked to stop: call it no more */
} delivery;

static int deliver_job(void *arg, jobq_job *job)
{
    delivery *d = arg;
    add_stats(d->st, &job->st);
    if (!d->stopped && d->sink && d->sink(d->ud, job->doc, &job->events))
        d->stopped = 1;
    return d->stopped;
}

/* ------------------------------------------------- PETRARCH XML input */

static int is_petrarch_xml(const char *path)
{
    if (!strcmp(path, "-"))
        return 0;
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    char buf[4096];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    return strstr(buf, "<Sentence") != NULL;
}

/* Records with a <Parse> are coded from their trees; records without one
 * go through the text pipeline like any other document. */
static int run_xml(worker *wk, const char *path, const dyad_pipeline_options *opt,
                   dyad_doc_sink sink, void *ud, dyad_pipeline_stats *st)
{
    dyad_record_set rs;
    dyad_error err = { 0 };
    if (dyad_records_read(path, &rs, dyad_warn_stderr, NULL, &err) != DYAD_OK) {
        dyad_warn_stderr(NULL, NULL, 0, err.msg);
        return -1;
    }
    st->bad_docs += rs.n_errors;
    dyad_event_list ev = { 0 };
    int stop = 0;
    for (size_t i = 0; i < rs.n && !stop; i++) {
        const dyad_record *r = &rs.v[i];
        for (int k = 0; k < r->nconfig; k++)
            dyad_coder_set_option(wk->coder, r->config[k][0], r->config[k][1]);
        dyad_event_list_clear(&ev);
        dyad_doc *doc = NULL;
        dyad_reader_options ro = { 0 };
        ro.story_date = r->date ? r->date : opt->story_date;
        ro.default_year = opt->default_year;
        if (dyad_doc_from_memory(DYAD_DOC_TEXT, r->text ? r->text : "",
                                 r->text ? strlen(r->text) : 0, r->id ? r->id : "?",
                                 &ro, &doc, &err) != DYAD_OK && !r->parse) {
            fprintf(stderr, "dyad: %s:%ld: record %s: %s\n", path, r->line,
                    r->id ? r->id : "?", err.msg);
            st->bad_docs++;
            continue;
        }
        st->docs++;
        if (r->parse) {
            dyad_coder_reset_context(wk->coder);
            if (dyad_code_record(wk->coder, r, &ev, &err) != DYAD_OK) {
                fprintf(stderr, "dyad: %s:%ld: record %s: %s\n", path, r->line,
                        r->id ? r->id : "?", err.msg);
                st->bad_docs++;
            }
            st->sentences++;
            st->events += (long)ev.n;
        } else {
            dyad_pipeline_code_doc_ex(wk->coder, wk->parser, opt->merge_shallow, doc,
                                      &ev, st);
        }
        dyad_doc stub;
        memset(&stub, 0, sizeof stub);
        stub.id = r->id;
        stub.text = r->text;
        stub.text_len = r->text ? strlen(r->text) : 0;
        stub.file = path;
        stub.line = r->line;
        if (r->date && strlen(r->date) >= 8)
            snprintf(stub.story_date, sizeof stub.story_date, "%.4s-%.2s-%.2s",
                     r->date, r->date + 4, r->date + 6);
        if (sink && sink(ud, doc ? doc : &stub, &ev))
            stop = 1;
        if (doc)
            dyad_doc_free(doc);
    }
    dyad_event_list_free(&ev);
    dyad_records_free(&rs);
    return stop;
}

static int cores(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 64 ? 64 : (int)n;
}

int dyad_pipeline_run(const dyad_dict *dict, const char *const *paths, int npaths,
                      const dyad_pipeline_options *opt_in, dyad_doc_sink sink,
                      dyad_progress_fn progress, void *ud,
                      dyad_pipeline_stats *stats, dyad_error *err)
{
    dyad_pipeline_options opt = opt_in ? *opt_in : dyad_pipeline_defaults();
    int nthreads = opt.threads > 0 ? opt.threads : cores();
    if (nthreads > 64)
        nthreads = 64;
    dyad_pipeline_stats st;
    memset(&st, 0, sizeof st);
    double t0 = now(), last = t0;
    worker wk[64];
    void *wkp[64];
    int rc = DYAD_OK, made = 0;
    for (; rc == DYAD_OK && made < nthreads; made++) {
        rc = worker_init(&wk[made], dict, &opt, err);
        wkp[made] = &wk[made];
    }
    jobq q = { 0 };
    if (rc == DYAD_OK)
        rc = jobq_init(&q, opt.batch > 0 ? (size_t)opt.batch : 0, work_job, wkp,
                       nthreads, err);
    delivery dl = { sink, ud, &st, 0 };
    int stop = 0, failed_paths = 0;
    dyad_error first_err = { 0 };
    for (int p = 0; rc == DYAD_OK && !stop && p < npaths; p++) {
        if (is_petrarch_xml(paths[p])) {
            /* once the queue is empty no worker touches its coder, so the
             * first worker's may code the records on this thread */
            stop = jobq_drain(&q, deliver_job, &dl);
            if (!stop && run_xml(&wk[0], paths[p], &opt, sink, ud, &st) > 0)
                stop = 1;
            continue;
        }
        dyad_reader_options ro = { 0 };
        ro.story_date = opt.story_date;
        ro.default_year = opt.default_year;
        dyad_error e = { 0 };
        dyad_reader *r = dyad_reader_open(paths[p], &ro, &e);
        if (!r) {
            dyad_warn_stderr(NULL, NULL, 0, e.msg);
            if (!failed_paths++)
                first_err = e;
            continue;
        }
        for (;;) {
            dyad_doc *doc = NULL;
            int got = dyad_reader_next(r, &doc, &e);
            if (got == 0)
                break;
            if (got < 0) {
                st.bad_docs++;
                dyad_warn_stderr(NULL, NULL, 0, e.msg);
                continue;
            }
            st.docs++;
            if ((stop = jobq_put(&q, doc, deliver_job, &dl)))
                break;
            if (progress && now() - last >= 1.0) {
                last = now();
                st.seconds = last - t0;
                progress(ud, &st);
            }
        }
        dyad_reader_close(r);
    }
    if (rc == DYAD_OK)
        jobq_drain(&q, deliver_job, &dl);
    jobq_free(&q);
    for (int t = 0; t < made; t++)
        worker_free(&wk[t]);
    st.seconds = now() - t0;
    if (progress)
        progress(ud, &st);
    if (stats)
        *stats = st;
    if (rc == DYAD_OK && failed_paths) {
        if (err)
            *err = first_err;
        rc = first_err.status ? first_err.status : DYAD_EIO;
    }
    return rc;
}
