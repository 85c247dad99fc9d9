/*
 * serve_query.c -- GET /events and GET /net/...: the store and the actor
 * network, read through the same library calls as `dyad events` and
 * `dyad net`, with the same filters as query parameters.
 *
 * Each request opens its own read connection to the store (SQLite lets
 * readers run side by side, and a request never sees half a document:
 * documents are written in one transaction each).  Replies are JSON
 * Lines for events and report slices, one JSON object for a report, or
 * the export format asked for.
 */
#include <stdlib.h>
#include <string.h>

#include "dyad.h"
#include "serve/serve_internal.h"

/* Events one reply may carry when the request names no limit, and at most. */
#define EVENTS_DEFAULT_LIMIT 10000L
#define EVENTS_MAX_LIMIT 1000000L

static const char *arg(const dyad_http_request *rq, const char *key)
{
    const char *v = rq->arg ? rq->arg(rq->arg_ud, key) : NULL;
    return v && *v ? v : NULL;
}

/* The store, for reading; NULL with rs made when there is none. */
static dyad_store *open_store(dyad_server *s, dyad_http_response *rs)
{
    if (!s->db) {
        serve_error(rs, 409, "the server has no store (start it with --db FILE)");
        return NULL;
    }
    dyad_error err = { 0 };
    dyad_store *st = dyad_store_open_existing(s->db, &err);
    if (!st)
        serve_error(rs, err.status == DYAD_ENOTFOUND ? 404 : 500, "%s", err.msg);
    return st;
}

static int write_event(void *ud, const dyad_event *ev)
{
    return dyad_event_write_json(ud, ev) != DYAD_OK;
}

/* Fill q from the parameters; 0, or -1 with rs made. */
static int events_query(const dyad_http_request *rq, dyad_store_query *q,
                        char *pair, size_t len, dyad_http_response *rs)
{
    q->actor = arg(rq, "actor");
    q->code = arg(rq, "code");
    q->from = arg(rq, "from");
    q->to = arg(rq, "to");
    q->one_a_day = arg(rq, "one_a_day") && !strcmp(arg(rq, "one_a_day"), "1");
    const char *dy = arg(rq, "dyad"), *lim = arg(rq, "limit");
    if (dy && dyad_store_query_set_dyad(q, dy, pair, len)) {
        serve_error(rs, 400, "dyad wants two actors: A,B");
        return -1;
    }
    q->limit = EVENTS_DEFAULT_LIMIT;
    if (lim) {
        char *end;
        long n = strtol(lim, &end, 10);
        if (*end || n < 1 || n > EVENTS_MAX_LIMIT) {
            serve_error(rs, 400, "limit: a number from 1 to %ld, not '%s'",
                        EVENTS_MAX_LIMIT, lim);
            return -1;
        }
        q->limit = n;
    }
    return 0;
}

/* What a request does with the store: write its answer to f. */
typedef int (*store_job)(dyad_store *st, FILE *f, const void *ctx, dyad_error *err);

/* Open the store, run job into a reply of the given type, close.  The
 * answer, or the job's failure as a JSON error. */
static int answer_from_store(dyad_server *s, store_job job, const void *ctx,
                             const char *type, dyad_http_response *rs)
{
    dyad_store *st = open_store(s, rs);
    if (!st)
        return rs->body ? DYAD_OK : DYAD_ENOMEM;
    reply r;
    if (reply_open(&r) != DYAD_OK) {
        dyad_store_close(st);
        return serve_error(rs, 500, "out of memory");
    }
    dyad_error err = { 0 };
    int rc = job(st, r.f, ctx, &err);
    dyad_store_close(st);
    if (rc != DYAD_OK) {
        fclose(r.f);
        free(r.buf);
        return serve_error(rs, serve_status_of(rc), "%s", err.msg);
    }
    return reply_finish(&r, rs, 200, type);
}

static int events_job(dyad_store *st, FILE *f, const void *q, dyad_error *err)
{
    return dyad_store_query_events(st, q, write_event, f, NULL, err);
}

int serve_events(dyad_server *s, const dyad_http_request *rq, dyad_http_response *rs)
{
    dyad_store_query q = { 0 };
    char pair[256];
    if (events_query(rq, &q, pair, sizeof pair, rs))
        return rs->body ? DYAD_OK : DYAD_ENOMEM;
    return answer_from_store(s, events_job, &q, "application/x-ndjson", rs);
}

/* ------------------------------------------------------------- network */

/* What /net/<what> runs on one network, into f. */
static int net_run(const dyad_net *net, const char *what, int fmt,
                   const dyad_http_request *rq, FILE *f, dyad_error *err)
{
    if (!strcmp(what, "summary"))
        return dyad_net_report_summary(net, 1, f);
    if (!strcmp(what, "central"))
        return dyad_net_report_central(net, 1, f, err);
    if (!strcmp(what, "blocs"))
        return dyad_net_report_blocs(net, 1, f, err);
    if (!strcmp(what, "path"))
        return dyad_net_report_path(net, arg(rq, "a"), arg(rq, "b"), 1, f, err);
    return dyad_net_export(net, (dyad_net_format)fmt, f, err);
}

/* Build the network of window w and run what on it.  An empty slice of
 * a ?by= series is passed over. */
static int net_window(dyad_store *st, const dyad_net_options *w, const char *what,
                      int fmt, const dyad_http_request *rq, FILE *f, dyad_error *err)
{
    dyad_net *net;
    int rc = dyad_net_build(st, w, &net, err);
    if (rc == DYAD_EEMPTY && w->period)
        return DYAD_OK;
    if (rc == DYAD_OK) {
        rc = net_run(net, what, fmt, rq, f, err);
        dyad_net_free(net);
    }
    return rc;
}

/* ?by=year|month: one JSON line per period with events. */
static int net_slices(dyad_store *st, const dyad_net_options *o, const char *by,
                      const char *what, const dyad_http_request *rq, FILE *f,
                      dyad_error *err)
{
    char(*p)[8] = NULL;
    int n = 0, rc = dyad_net_periods(st, o, by, &p, &n, err);
    for (int i = 0; rc == DYAD_OK && i < n; i++) {
        dyad_net_options w = *o;
        w.period = p[i];
        rc = net_window(st, &w, what, -1, rq, f, err);
    }
    free(p);
    return rc;
}

static const char *export_type(int fmt)
{
    switch (fmt) {
    case DYAD_NET_GRAPHML:
    case DYAD_NET_GEXF: return "application/xml";
    case DYAD_NET_DOT: return "text/vnd.graphviz";
    case DYAD_NET_CSV: return "text/csv";
    default: return "image/svg+xml";
    }
}

/* Check the parameters of /net/<what>; 0, or -1 with rs made. */
static int net_params(const dyad_http_request *rq, const char *what,
                      dyad_net_options *o, int *fmt, dyad_http_response *rs)
{
    static const char *const reports[] = { "summary", "central", "blocs", "path", NULL };
    int report = 0;
    for (int i = 0; reports[i]; i++)
        report |= !strcmp(what, reports[i]);
    const char *level = arg(rq, "level"), *f = arg(rq, "format");
    *fmt = -1;
    if (!report && strcmp(what, "export"))
        return serve_error(rs, 404, "no such network report: %s (summary, central, "
                           "blocs, path, export)", what), -1;
    if (level && strcmp(level, "country") && strcmp(level, "actor"))
        return serve_error(rs, 400, "level: country or actor, not '%s'", level), -1;
    if (!strcmp(what, "path") && (!arg(rq, "a") || !arg(rq, "b")))
        return serve_error(rs, 400, "path wants two actors: ?a=X&b=Y"), -1;
    if (!report && (!f || (*fmt = dyad_net_format_parse(f)) < 0))
        return serve_error(rs, 400, "format: graphml, gexf, dot, csv or svg, not '%s'",
                           f ? f : ""), -1;
    if (!report && arg(rq, "by"))
        return serve_error(rs, 400, "by works with the reports, not export"), -1;
    o->level = level && !strcmp(level, "actor") ? DYAD_NET_ACTOR : DYAD_NET_COUNTRY;
    o->from = arg(rq, "from");
    o->to = arg(rq, "to");
    return 0;
}

/* One /net request: its window, report and format. */
typedef struct net_request {
    const dyad_http_request *rq;
    dyad_net_options o;
    const char *what, *by;
    int fmt;
} net_request;

static int net_job(dyad_store *st, FILE *f, const void *ctx, dyad_error *err)
{
    const net_request *n = ctx;
    return n->by ? net_slices(st, &n->o, n->by, n->what, n->rq, f, err)
                 : net_window(st, &n->o, n->what, n->fmt, n->rq, f, err);
}

int serve_net(dyad_server *s, const dyad_http_request *rq, const char *what,
              dyad_http_response *rs)
{
    net_request n = { .rq = rq, .what = what, .by = arg(rq, "by") };
    if (net_params(rq, what, &n.o, &n.fmt, rs))
        return rs->body ? DYAD_OK : DYAD_ENOMEM;
    return answer_from_store(s, net_job, &n, n.fmt >= 0 ? export_type(n.fmt)
                             : n.by ? "application/x-ndjson" : "application/json", rs);
}
