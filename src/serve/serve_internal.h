/*
 * serve_internal.h -- the server object shared by the routing (routes.c,
 * code and query handlers) and the libmicrohttpd glue (server.c).
 */
#ifndef DYAD_SERVE_INTERNAL_H
#define DYAD_SERVE_INTERNAL_H

#include <pthread.h>
#include <stdio.h>

#include "dyad.h"

struct MHD_Daemon;

/* Invariant: opt's strings point at the copies below (or are NULL), so
 * the caller's options need not outlive the server; daemon is NULL until
 * dyad_server_listen succeeds, and port is then the bound port. */
struct dyad_server {
    const dyad_dict *dict;
    dyad_server_options opt;
    char *bind, *db, *cors;
    struct MHD_Daemon *daemon;
    int port;
    pthread_mutex_t store_lock;   /* writes to the store, one at a time */
    /* Made by the first request that parses and kept to the end, so that
     * link-grammar's English dictionary, which the parsers share and drop
     * with the last of them, is loaded once and not once per request. */
    dyad_parser *keeper;
    pthread_mutex_t keeper_lock;
};

/* A response body written with stdio (open_memstream). */
typedef struct reply {
    FILE *f;
    char *buf;
    size_t len;
} reply;

int reply_open(reply *r);
/* Close r into rs with status and type; DYAD_ENOMEM when the stream had
 * failed (rs is then an error response if one could be made). */
int reply_finish(reply *r, dyad_http_response *rs, int status, const char *type);

/* {"key": msg} and a newline, malloc'ed; NULL when out of memory. */
char *json_note(const char *key, const char *msg);

/* Make rs the JSON error {"error": msg}; returns DYAD_OK or DYAD_ENOMEM. */
int serve_error(dyad_http_response *rs, int status, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* The HTTP status that says whose fault a dyad status is. */
int serve_status_of(int dyad_status);

/* Handlers (routes.c dispatches). */
int serve_code(dyad_server *s, const dyad_http_request *rq, dyad_http_response *rs);
int serve_events(dyad_server *s, const dyad_http_request *rq, dyad_http_response *rs);
int serve_net(dyad_server *s, const dyad_http_request *rq, const char *what,
              dyad_http_response *rs);

#endif
