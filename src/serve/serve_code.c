/*
 * serve_code.c -- POST /code: documents in the request body, events out,
 * as `dyad code` writes them (one JSON object per line).
 *
 * The body is read with the library's own reader over memory, so JSON
 * Lines, plain text and HTML are taken exactly as from a file, and one
 * bad line costs that document only: it becomes an {"error": ...} line
 * in its place and the rest are coded.  Each request has its own coder
 * (and parser), so requests run side by side; only writes to the store
 * (?store=1) take the server's store lock, one document at a time.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dyad.h"
#include "serve/serve_internal.h"

/* The document kind a Content-Type names (AUTO: sniff the bytes). */
static dyad_doc_kind kind_of(const char *type)
{
    if (!type)
        return DYAD_DOC_AUTO;
    if (!strncasecmp(type, "text/plain", 10))
        return DYAD_DOC_TEXT;
    if (!strncasecmp(type, "text/html", 9))
        return DYAD_DOC_HTML;
    if (!strncasecmp(type, "application/x-ndjson", 20) ||
        !strncasecmp(type, "application/jsonl", 17) ||
        !strncasecmp(type, "application/json", 16))
        return DYAD_DOC_JSONL;
    return DYAD_DOC_AUTO;
}

/* A 0/1 query parameter: *out keeps its default when absent. */
static int flag_arg(const dyad_http_request *rq, const char *key, int *out)
{
    const char *v = rq->arg ? rq->arg(rq->arg_ud, key) : NULL;
    if (!v)
        return 0;
    if (strcmp(v, "0") && strcmp(v, "1"))
        return -1;
    *out = v[0] == '1';
    return 0;
}

/* One {"error"/"warning": msg} line of the reply. */
static void note_line(FILE *f, const char *key, const char *msg)
{
    char *line = json_note(key, msg);
    if (line)
        fputs(line, f);
    free(line);
}

/* Reader warnings ("does not look like English") go into the reply. */
static void warn_into_reply(void *ud, const char *file, long line, const char *msg)
{
    char buf[1200];
    snprintf(buf, sizeof buf, "%s:%ld: %s", file ? file : "body", line, msg);
    note_line(ud, "warning", buf);
}

typedef struct code_job {
    dyad_server *s;
    dyad_coder *coder;
    dyad_parser *parser;
    dyad_store *store;     /* ?store=1, else NULL */
    reply out;
    long docs, bad;
} code_job;

/* Code one document into the reply (and the store). */
static void code_doc(code_job *j, const dyad_doc *doc)
{
    dyad_event_list events = { 0 };
    dyad_pipeline_code_doc(j->coder, j->parser, doc, &events, NULL);
    for (size_t i = 0; i < events.n; i++)
        dyad_event_write_json(j->out.f, &events.v[i]);
    if (j->store) {
        dyad_error err = { 0 };
        pthread_mutex_lock(&j->s->store_lock);
        int rc = dyad_store_put_doc(j->store, doc, &events, &err);
        pthread_mutex_unlock(&j->s->store_lock);
        if (rc != DYAD_OK) {
            note_line(j->out.f, "error", err.msg);
            j->bad++;
        }
    }
    dyad_event_list_free(&events);
    j->docs++;
}

/* Read and code every document of the body. */
static int code_body(code_job *j, const dyad_http_request *rq, const char *date,
                     dyad_error *err)
{
    dyad_reader_options ro = { 0 };
    ro.kind = kind_of(rq->content_type);
    ro.story_date = date;
    ro.warn = warn_into_reply;
    ro.warn_ud = j->out.f;
    dyad_reader *r = dyad_reader_open_memory(rq->body, rq->body_len, "body", &ro, err);
    if (!r)
        return err->status;
    dyad_doc *doc;
    int got;
    while ((got = dyad_reader_next(r, &doc, err)) != 0) {
        if (got < 0) {
            note_line(j->out.f, "error", err->msg);
            j->bad++;
            continue;
        }
        code_doc(j, doc);
        dyad_doc_free(doc);
    }
    dyad_reader_close(r);
    return DYAD_OK;
}

static int open_tools(code_job *j, int parse, int store, dyad_error *err)
{
    if (!(j->coder = dyad_coder_new(j->s->dict, &j->s->opt.coder)))
        return dyad_fail(err, DYAD_ENOMEM, "out of memory");
    /* without link-grammar's dictionary every sentence goes shallow, as
     * in `dyad code`: a warning, not a failure */
    if (parse) {
        pthread_mutex_lock(&j->s->keeper_lock);
        if (!j->s->keeper)
            j->s->keeper = dyad_parser_new(NULL, NULL);
        pthread_mutex_unlock(&j->s->keeper_lock);
        if (!(j->parser = dyad_parser_new(NULL, err)))
            note_line(j->out.f, "warning", err->msg);
    }
    if (store && !(j->store = dyad_store_open(j->s->db, err)))
        return err->status;
    return DYAD_OK;
}

int serve_code(dyad_server *s, const dyad_http_request *rq, dyad_http_response *rs)
{
    int parse = s->opt.use_parser, store = 0;
    if (flag_arg(rq, "parse", &parse) || flag_arg(rq, "store", &store))
        return serve_error(rs, 400, "parse and store take 0 or 1");
    const char *date = rq->arg ? rq->arg(rq->arg_ud, "date") : NULL;
    dyad_date d;
    if (date && !dyad_date_parse(date, strlen(date), &d))
        return serve_error(rs, 400, "date: not a date: '%s' (YYYY-MM-DD)", date);
    if (store && !s->db)
        return serve_error(rs, 409, "store=1, but the server has no store "
                           "(start it with --db FILE)");
    if (!rq->body_len)
        return serve_error(rs, 400, "no documents: the body is empty");
    code_job j = { .s = s };
    if (reply_open(&j.out) != DYAD_OK)
        return serve_error(rs, 500, "out of memory");
    dyad_error err = { 0 };
    int rc = open_tools(&j, parse, store, &err);
    if (rc == DYAD_OK)
        rc = code_body(&j, rq, date, &err);
    dyad_store_close(j.store);
    dyad_parser_free(j.parser);
    dyad_coder_free(j.coder);
    if (rc != DYAD_OK) {
        fclose(j.out.f);
        free(j.out.buf);
        return serve_error(rs, serve_status_of(rc), "%s", err.msg);
    }
    /* no document could be read: the error lines are the answer */
    return reply_finish(&j.out, rs, j.docs == 0 && j.bad > 0 ? 400 : 200,
                        "application/x-ndjson");
}
