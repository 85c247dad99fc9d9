/*
 * routes.c -- dyad over HTTP, the routing: which handler answers which
 * method and path, and the pieces every handler shares (JSON errors,
 * bodies written with stdio).  No sockets here: dyad_server_handle takes
 * a request struct and fills a response struct, so the whole service can
 * be tested, or embedded in another server, without libmicrohttpd.
 * server.c puts it on the network; serve_code.c and serve_query.c are the
 * handlers.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "dyad.h"
#include "serve/serve_internal.h"

dyad_server_options dyad_server_defaults(void)
{
    dyad_server_options o = { 0 };
    o.use_parser = 1;
    o.coder = dyad_coder_defaults();
    return o;
}

static char *copy_or_null(const char *s, int *oom)
{
    char *c = s ? strdup(s) : NULL;
    if (s && !c)
        *oom = 1;
    return c;
}

dyad_server *dyad_server_new(const dyad_dict *dict, const dyad_server_options *opt,
                             dyad_error *err)
{
    dyad_server *s = calloc(1, sizeof *s);
    if (!s) {
        dyad_fail(err, DYAD_ENOMEM, "out of memory");
        return NULL;
    }
    s->dict = dict;
    s->opt = opt ? *opt : dyad_server_defaults();
    if (!s->opt.max_body)
        s->opt.max_body = 16u << 20;
    int oom = 0;
    s->opt.bind = s->bind = copy_or_null(s->opt.bind ? s->opt.bind : "127.0.0.1", &oom);
    s->opt.db = s->db = copy_or_null(s->opt.db, &oom);
    s->opt.cors_origin = s->cors = copy_or_null(s->opt.cors_origin, &oom);
    pthread_mutex_init(&s->store_lock, NULL);
    pthread_mutex_init(&s->keeper_lock, NULL);
    if (oom) {
        dyad_server_free(s);
        dyad_fail(err, DYAD_ENOMEM, "out of memory");
        return NULL;
    }
    return s;
}

/* ------------------------------------------------------------ replies */

int reply_open(reply *r)
{
    r->buf = NULL;
    r->len = 0;
    r->f = open_memstream(&r->buf, &r->len);
    return r->f ? DYAD_OK : DYAD_ENOMEM;
}

int reply_finish(reply *r, dyad_http_response *rs, int status, const char *type)
{
    int bad = ferror(r->f);
    if (fclose(r->f) != 0)
        bad = 1;
    if (bad) {
        free(r->buf);
        return serve_error(rs, 500, "out of memory writing the response") == DYAD_OK
                   ? DYAD_OK : DYAD_ENOMEM;
    }
    *rs = (dyad_http_response){ status, type, r->buf, r->len };
    return DYAD_OK;
}

char *json_note(const char *key, const char *msg)
{
    json_t *o = json_pack("{s:s}", key, msg);
    char *body = o ? json_dumps(o, JSON_COMPACT) : NULL;
    json_decref(o);
    if (!body)
        return NULL;
    size_t n = strlen(body);
    char *line = realloc(body, n + 2);   /* a line, like every reply */
    if (!line) {
        free(body);
        return NULL;
    }
    memcpy(line + n, "\n", 2);
    return line;
}

int serve_error(dyad_http_response *rs, int status, const char *fmt, ...)
{
    char msg[1200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    *rs = (dyad_http_response){ status, "application/json", NULL, 0 };
    if (!(rs->body = json_note("error", msg)))
        return DYAD_ENOMEM;
    rs->body_len = strlen(rs->body);
    return DYAD_OK;
}

int serve_status_of(int dyad_status)
{
    switch (dyad_status) {
    case DYAD_EINVAL:
    case DYAD_EPARSE: return 400;
    case DYAD_ENOTFOUND:
    case DYAD_EEMPTY: return 404;
    case DYAD_ELIMIT: return 413;
    default: return 500;
    }
}

/* ------------------------------------------------------------ routing */

static int health(dyad_server *s, dyad_http_response *rs)
{
    json_t *o = json_pack("{s:b, s:s, s:s?, s:b}", "ok", 1, "version", DYAD_VERSION,
                          "db", s->db, "parse", s->opt.use_parser);
    char *body = o ? json_dumps(o, JSON_COMPACT) : NULL;
    json_decref(o);
    if (!body)
        return DYAD_ENOMEM;
    reply r;
    if (reply_open(&r) != DYAD_OK) {
        free(body);
        return DYAD_ENOMEM;
    }
    fprintf(r.f, "%s\n", body);
    free(body);
    return reply_finish(&r, rs, 200, "application/json");
}

static int method_is(const dyad_http_request *rq, const char *m)
{
    return rq->method && !strcmp(rq->method, m);
}

int dyad_server_handle(dyad_server *s, const dyad_http_request *rq,
                       dyad_http_response *rs)
{
    const char *p = rq->path ? rq->path : "";
    int get = method_is(rq, "GET") || method_is(rq, "HEAD");
    *rs = (dyad_http_response){ 0 };
    if (!strcmp(p, "/health"))
        return get ? health(s, rs) : serve_error(rs, 405, "%s wants GET", p);
    if (!strcmp(p, "/code"))
        return method_is(rq, "POST") ? serve_code(s, rq, rs)
                                     : serve_error(rs, 405, "/code wants POST with documents");
    if (!strcmp(p, "/events"))
        return get ? serve_events(s, rq, rs) : serve_error(rs, 405, "/events wants GET");
    if (!strncmp(p, "/net/", 5))
        return get ? serve_net(s, rq, p + 5, rs) : serve_error(rs, 405, "%s wants GET", p);
    return serve_error(rs, 404, "no such path: %s (try /health, /code, /events, "
                       "/net/summary, /net/central, /net/blocs, /net/path, /net/export)", p);
}
