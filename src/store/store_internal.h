/*
 * store_internal.h -- the store's private parts, shared by the src/store files
 * and the network builder (src/net/), which reads the database directly
 * with SQL aggregation for speed.
 */
#ifndef DYAD_STORE_INTERNAL_H
#define DYAD_STORE_INTERNAL_H

#include <sqlite3.h>

#include "dyad.h"

/* Prepared statements kept for the life of the store (put_document runs
 * them once per row; preparing each time would dominate ingest). */
enum {
    ST_DEL_EVENTS, ST_DEL_SENTENCES, ST_PUT_DOC, ST_PUT_SENTENCE,
    ST_PUT_EVIDENCE,
    ST_PUT_EVENT, ST_PUT_ACTOR, ST_PUT_ACTOR_NAME, ST_COUNT
};

/* Invariant: db is open; stmt[i] is NULL until first used; in_batch is 1
 * between dyad_store_begin and commit/rollback. */
struct dyad_store {
    sqlite3 *db;
    char *path;
    sqlite3_stmt *stmt[ST_COUNT];
    int in_batch;
};

/* Fill err from the connection's last error, prefixed with what failed. */
int sqlstore_fail(dyad_store *s, dyad_error *err, const char *what);
/* Run SQL with no results. */
int sqlstore_exec(dyad_store *s, const char *sql, dyad_error *err);
/* Store a document: replace = 1 drops what was stored under its id first,
 * 0 appends to it (ingest meets a document id twice in one file). */
int sqlstore_put(dyad_store *s, const dyad_store_doc *doc,
              const dyad_store_sentence *sent, size_t nsent,
              const dyad_event *ev, size_t nev, int replace, dyad_error *err);
/* Bind text that may be NULL or "" (both stored as NULL). */
void sqlstore_bind_text(sqlite3_stmt *st, int i, const char *s);

/* Append the event_date window to a WHERE clause: from/to/period (NULL
 * = none) bound as parameters ?p, ?p+1, ?p+2; first = 1 starts the
 * clause with WHERE, else each part with AND. */
void sqlstore_window_sql(char *buf, size_t len, const char *from,
                         const char *to, const char *period, int p, int first);

/* The columns sqlstore_row_event reads, from events e LEFT JOIN
 * sentences s (evidence). */
#define SQLSTORE_EVENT_COLS \
    "e.doc_id, e.sentence, e.story_date, e.event_date, e.date_precision," \
    " e.source, e.target, e.code, e.root, e.quad, e.goldstein," \
    " e.source_text, e.target_text, e.trigger, e.location," \
    " e.location_country, e.lat, e.lon, e.span_start, e.span_end," \
    " e.method, s.text, e.date_text, e.trigger_start, e.trigger_end"

/* An event pointing into the current row of a SELECT SQLSTORE_EVENT_COLS
 * (valid until the next step). */
void sqlstore_row_event(sqlite3_stmt *st, dyad_event *e);

#endif
