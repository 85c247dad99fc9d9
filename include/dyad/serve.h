/*
 * dyad/serve.h -- dyad over HTTP: code text, query stored events, and
 * analyse the actor network from any language that speaks HTTP.
 *
 *   GET  /health                       {"ok":true,...}
 *   POST /code[?parse=0|1][&date=D][&store=1]
 *        body: JSON Lines documents ({"id","date","text"}), or one plain
 *        text or HTML document (Content-Type text/plain or text/html);
 *        reply: the events as JSON Lines, as `dyad code` writes them, and
 *        one {"error":...} line per document that could not be read
 *   GET  /events?actor=&dyad=A,B&code=&from=&to=&limit=&one_a_day=1
 *   GET  /net/summary | /net/central | /net/blocs ?level=&from=&to=
 *   GET  /net/path?a=&b=[&level=&from=&to=]
 *   GET  /net/export?format=graphml|gexf|dot|csv[&level=&from=&to=]
 *
 * Every error is a JSON object {"error":"..."} with a status that says
 * whose fault it was: 400 a bad parameter or body, 404 no such route (or
 * no path between two actors), 405 a wrong method, 409 a store request to
 * a server without a store, 413 a body over the limit, 500 the server's.
 *
 * The server (libmicrohttpd, a pool of threads) shares one read-only
 * dictionary; each request gets its own coder and, for /events and /net,
 * its own connection to the store, so requests never wait on one another
 * except for writes to the store, which are serialised.
 *
 * dyad_server_handle() is the whole of the routing and is usable without
 * a socket: for tests, or to embed dyad in another HTTP server.
 */
#ifndef DYAD_SERVE_H
#define DYAD_SERVE_H

#include "dyad.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dyad_server_options {
    const char *bind;        /* address to listen on; NULL = 127.0.0.1 */
    int port;                /* 0 = any free port (see dyad_server_port) */
    int threads;             /* request threads; 0 = one per core */
    const char *db;          /* SQLite store for /events, /net and
                              * /code?store=1; NULL = none */
    int use_parser;          /* /code default: 1 link-grammar, 0 shallow */
    size_t max_body;         /* bytes; 0 = 16 MiB */
    const char *cors_origin; /* Access-Control-Allow-Origin of every reply
                              * ("*" or "https://host"), and answers to
                              * OPTIONS preflights; NULL = none */
    FILE *access_log;        /* a line per request (UTC time, method, path,
                              * status, bytes, milliseconds); NULL = none */
    dyad_coder_options coder;/* dyad_coder_defaults() unless changed */
} dyad_server_options;

dyad_server_options dyad_server_defaults(void);

typedef struct dyad_server dyad_server;

/* One request, as the routing sees it.  arg(arg_ud, "key") returns the
 * query parameter's value or NULL. */
typedef struct dyad_http_request {
    const char *method;      /* "GET", "POST", ... */
    const char *path;        /* "/events" (no query string) */
    const char *(*arg)(void *arg_ud, const char *key);
    void *arg_ud;
    const char *content_type;/* may be NULL */
    const char *body;
    size_t body_len;
} dyad_http_request;

typedef struct dyad_http_response {
    int status;              /* 200, 400, ... */
    const char *content_type;/* static string */
    char *body;              /* malloc'ed (free with free()) */
    size_t body_len;
} dyad_http_response;

/* A server that routes requests with dict (which must outlive it) and the
 * options (strings are copied).  It listens only after
 * dyad_server_listen; dyad_server_handle works either way. */
dyad_server *dyad_server_new(const dyad_dict *dict, const dyad_server_options *opt,
                             dyad_error *err);
/* Start listening (threads of its own); DYAD_EIO when the address cannot
 * be bound. */
int dyad_server_listen(dyad_server *s, dyad_error *err);
/* The port listened on (the one chosen when opt.port was 0), or 0. */
int dyad_server_port(const dyad_server *s);
/* Stop listening (waits for requests in progress) and free. */
void dyad_server_free(dyad_server *s);

/* Answer one request into *rs (rs->body to be freed by the caller).
 * Returns DYAD_OK when a response was made (of any status), else
 * DYAD_ENOMEM. */
int dyad_server_handle(dyad_server *s, const dyad_http_request *rq,
                       dyad_http_response *rs);

#ifdef __cplusplus
}
#endif
#endif
