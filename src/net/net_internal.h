/*
 * net_internal.h -- private helpers shared by the network files: SQL
 * access to the store and igraph conversions.
 */
#ifndef DYAD_NET_INTERNAL_H
#define DYAD_NET_INTERNAL_H

#include <igraph.h>

#include "dyad.h"
#include "store/store_internal.h"

/* Register dyad_node(code, level) on a connection (idempotent). */
int net_register_sql(sqlite3 *db);
/* Prepare fmt, whose one %s receives " AND ..." window conditions on
 * event_date (parameters ?10..?12), with ?1 bound to the level. */
int net_prepare_window(const dyad_net *net, const char *fmt, sqlite3_stmt **st,
                       dyad_error *err);

/* The directed graph of the network: one igraph edge per net edge, same
 * order, so igraph edge ids are net edge indexes.  weights (may be NULL)
 * receives each edge's event count. */
int net_to_igraph(const dyad_net *net, igraph_t *g, igraph_vector_t *weights,
                  dyad_error *err);

/* Undirected pairs: for each unordered node pair with events, the
 * cooperation and conflict counts in both directions. */
typedef struct net_pair {
    int a, b;            /* a < b */
    long coop, conflict;
} net_pair;
int net_pairs(const dyad_net *net, net_pair **pairs, int *n);

/* Report an igraph failure through err. */
int net_igraph_fail(dyad_error *err, igraph_error_t e, const char *what);

#endif
