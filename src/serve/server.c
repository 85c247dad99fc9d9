/*
 * server.c -- dyad over HTTP, the network side: libmicrohttpd listens,
 * gathers each request's body (bounded by max_body), hands the request to
 * dyad_server_handle (routes.c) and sends back what it made.
 *
 * libmicrohttpd calls the access handler several times per request:
 * first with no body (we set up the request's state), then once per chunk
 * of body, then once more with none left (we answer).  The state lives in
 * *req_cls and is freed in the completion callback, which libmicrohttpd
 * calls however the connection ends.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <microhttpd.h>

#include "dyad.h"
#include "serve/serve_internal.h"

/* One request's body as it arrives.  too_large: the body passed max_body;
 * the rest is read and dropped, and the answer is 413. */
typedef struct request_state {
    char *body;
    size_t len, cap;
    int too_large;
    struct timespec began;   /* for the access log */
} request_state;

static int body_append(request_state *st, const char *data, size_t n, size_t max)
{
    if (st->too_large || st->len + n > max) {
        st->too_large = 1;
        return 0;
    }
    if (st->len + n + 1 > st->cap) {
        size_t cap = st->cap ? st->cap : 64 * 1024;
        while (cap < st->len + n + 1)
            cap *= 2;
        char *b = realloc(st->body, cap);
        if (!b)
            return -1;
        st->body = b;
        st->cap = cap;
    }
    memcpy(st->body + st->len, data, n);
    st->len += n;
    st->body[st->len] = 0;
    return 0;
}

static const char *query_arg(void *ud, const char *key)
{
    return MHD_lookup_connection_value(ud, MHD_GET_ARGUMENT_KIND, key);
}

/* "2026-11-29T18:20:01Z POST /code 200 749 12.3ms": one line, written
 * whole (stdio locks the stream for each call). */
static void log_request(const dyad_server *s, const request_state *st,
                        const char *method, const char *url, int status, size_t bytes)
{
    if (!s->opt.access_log)
        return;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    double ms = (double)(now.tv_sec - st->began.tv_sec) * 1e3 +
                (double)(now.tv_nsec - st->began.tv_nsec) / 1e6;
    time_t t = time(NULL);
    struct tm tm;
    char when[32];
    gmtime_r(&t, &tm);
    strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
    fprintf(s->opt.access_log, "%s %s %s %d %zu %.1fms\n", when, method, url, status,
            bytes, ms);
    fflush(s->opt.access_log);
}

static enum MHD_Result send_response(const dyad_server *s, struct MHD_Connection *con,
                                     const request_state *st, const char *method,
                                     const char *url, dyad_http_response *rs)
{
    size_t bytes = rs->body_len;
    struct MHD_Response *r =
        MHD_create_response_from_buffer(rs->body_len, rs->body, MHD_RESPMEM_MUST_FREE);
    if (!r) {
        free(rs->body);
        return MHD_NO;
    }
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE,
                            rs->content_type ? rs->content_type : "application/json");
    if (s->cors) {
        MHD_add_response_header(r, "Access-Control-Allow-Origin", s->cors);
        if (rs->status == 204) {               /* a preflight */
            MHD_add_response_header(r, "Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            MHD_add_response_header(r, "Access-Control-Allow-Headers", "Content-Type");
            MHD_add_response_header(r, "Access-Control-Max-Age", "86400");
        }
    }
    enum MHD_Result ok = MHD_queue_response(con, (unsigned)rs->status, r);
    MHD_destroy_response(r);
    log_request(s, st, method, url, rs->status, bytes);
    return ok;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *con, const char *url,
                                  const char *method, const char *version,
                                  const char *upload, size_t *upload_size, void **req_cls)
{
    dyad_server *s = cls;
    request_state *st = *req_cls;
    (void)version;
    if (!st) {                               /* headers only, so far */
        if (!(st = calloc(1, sizeof *st)))
            return MHD_NO;
        clock_gettime(CLOCK_MONOTONIC, &st->began);
        *req_cls = st;
        return MHD_YES;
    }
    if (*upload_size) {
        if (body_append(st, upload, *upload_size, s->opt.max_body) != 0)
            return MHD_NO;                   /* out of memory: drop it */
        *upload_size = 0;
        return MHD_YES;
    }
    dyad_http_response rs = { 0 };
    if (st->too_large) {
        if (serve_error(&rs, 413, "the body is over the server's limit of %zu bytes",
                        s->opt.max_body) != DYAD_OK)
            return MHD_NO;
        return send_response(s, con, st, method, url, &rs);
    }
    if (s->cors && !strcmp(method, "OPTIONS")) {    /* a browser asking first */
        rs = (dyad_http_response){ 204, "text/plain", NULL, 0 };
        return send_response(s, con, st, method, url, &rs);
    }
    dyad_http_request rq = {
        .method = method, .path = url, .arg = query_arg, .arg_ud = con,
        .content_type = MHD_lookup_connection_value(con, MHD_HEADER_KIND,
                                                    MHD_HTTP_HEADER_CONTENT_TYPE),
        .body = st->body ? st->body : "", .body_len = st->len,
    };
    if (dyad_server_handle(s, &rq, &rs) != DYAD_OK)
        return MHD_NO;
    return send_response(s, con, st, method, url, &rs);
}

static void on_completed(void *cls, struct MHD_Connection *con, void **req_cls,
                         enum MHD_RequestTerminationCode why)
{
    request_state *st = *req_cls;
    (void)cls, (void)con, (void)why;
    if (st) {
        free(st->body);
        free(st);
    }
    *req_cls = NULL;
}

/* The address to listen on, IPv4 or IPv6; 0, or -1 when addr is neither. */
static int listen_addr(const char *addr, int port, struct sockaddr_storage *sa,
                       int *v6)
{
    memset(sa, 0, sizeof *sa);
    struct sockaddr_in *a4 = (struct sockaddr_in *)sa;
    struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)sa;
    if (inet_pton(AF_INET, addr, &a4->sin_addr) == 1) {
        a4->sin_family = AF_INET;
        a4->sin_port = htons((unsigned short)port);
        *v6 = 0;
        return 0;
    }
    if (inet_pton(AF_INET6, addr, &a6->sin6_addr) == 1) {
        a6->sin6_family = AF_INET6;
        a6->sin6_port = htons((unsigned short)port);
        *v6 = 1;
        return 0;
    }
    return -1;
}

int dyad_server_listen(dyad_server *s, dyad_error *err)
{
    if (s->daemon)
        return dyad_fail(err, DYAD_EINVAL, "the server is already listening");
    if (s->opt.port < 0 || s->opt.port > 65535)
        return dyad_fail(err, DYAD_EINVAL, "port: 0 to 65535, not %d", s->opt.port);
    struct sockaddr_storage sa;
    int v6;
    if (listen_addr(s->bind, s->opt.port, &sa, &v6))
        return dyad_fail(err, DYAD_EINVAL, "not an IP address to listen on: '%s'", s->bind);
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    unsigned threads = s->opt.threads > 0 ? (unsigned)s->opt.threads
                                          : cores > 0 ? (unsigned)cores : 1;
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | (v6 ? MHD_USE_IPv6 : 0);
    s->daemon = MHD_start_daemon(flags, (uint16_t)s->opt.port, NULL, NULL, on_request, s,
                                 MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa,
                                 MHD_OPTION_THREAD_POOL_SIZE, threads,
                                 MHD_OPTION_NOTIFY_COMPLETED, on_completed, s,
                                 MHD_OPTION_CONNECTION_TIMEOUT, 120u,
                                 MHD_OPTION_END);
    if (!s->daemon)
        return dyad_fail(err, DYAD_EIO, "cannot listen on %s port %d (in use, or not "
                         "allowed)", s->bind, s->opt.port);
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(s->daemon,
                                                           MHD_DAEMON_INFO_BIND_PORT);
    s->port = info ? info->port : s->opt.port;
    return DYAD_OK;
}

int dyad_server_port(const dyad_server *s)
{
    return s && s->daemon ? s->port : 0;
}

void dyad_server_free(dyad_server *s)
{
    if (!s)
        return;
    if (s->daemon)
        MHD_stop_daemon(s->daemon);
    dyad_parser_free(s->keeper);
    pthread_mutex_destroy(&s->store_lock);
    pthread_mutex_destroy(&s->keeper_lock);
    free(s->bind);
    free(s->db);
    free(s->cors);
    free(s);
}
