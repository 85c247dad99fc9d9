/*
 * net_path.c -- the shortest chain of actors linking two actors, and the
 * events that make each link (read back from the store with evidence).
 *
 * The chain uses every dyad with any event, either direction, fewest
 * steps (igraph_get_shortest_path on the graph read as undirected): "how
 * are A and B connected" rather than "who influences whom".
 */
#include <stdlib.h>
#include <string.h>

#include "net/net_internal.h"

int dyad_net_path(const dyad_net *net, const char *a, const char *b,
                  int **path, int *len, dyad_error *err)
{
    *path = NULL;
    *len = 0;
    int ia = dyad_net_find(net, a), ib = dyad_net_find(net, b);
    if (ia < 0 || ib < 0)
        return dyad_fail(err, DYAD_ENOTFOUND, "'%s' is not in the network",
                         ia < 0 ? a : b);
    igraph_t g;
    int rc = net_to_igraph(net, &g, NULL, err);
    if (rc)
        return rc;
    igraph_vector_int_t v;
    igraph_error_t e = igraph_vector_int_init(&v, 0);
    if (!e)
        e = igraph_get_shortest_path(&g, &v, NULL, ia, ib, IGRAPH_ALL);
    igraph_integer_t n = e ? 0 : igraph_vector_int_size(&v);
    if (e)
        rc = net_igraph_fail(err, e, "finding a path");
    else if (n == 0)
        rc = dyad_fail(err, DYAD_ENOTFOUND, "no chain of actors links %s "
                       "and %s", net->nodes[ia].name, net->nodes[ib].name);
    else if (!(*path = malloc((size_t)n * sizeof **path)))
        rc = dyad_fail(err, DYAD_ENOMEM, "out of memory");
    for (igraph_integer_t i = 0; !rc && i < n; i++)
        (*path)[i] = (int)VECTOR(v)[i];
    if (!rc)
        *len = (int)n;
    igraph_vector_int_destroy(&v);
    igraph_destroy(&g);
    return rc;
}

int dyad_net_step_events(const dyad_net *net, int x, int y, long limit,
                         dyad_store_event_fn fn, void *ud, dyad_error *err)
{
    sqlite3_stmt *st;
    char fmt[1024];
    snprintf(fmt, sizeof fmt,
             "SELECT " SQLSTORE_EVENT_COLS " FROM events e LEFT JOIN"
             " sentences s ON s.doc_id = e.doc_id AND s.n = e.sentence"
             " WHERE ((dyad_node(e.source, ?1) = ?2 AND"
             " dyad_node(e.target, ?1) = ?3) OR (dyad_node(e.source, ?1) = ?3"
             " AND dyad_node(e.target, ?1) = ?2))%%s"
             " ORDER BY e.event_date, e.id LIMIT %ld", limit > 0 ? limit : -1);
    int rc = net_prepare_window(net, fmt, &st, err);
    if (rc)
        return rc;
    sqlite3_bind_text(st, 2, net->nodes[x].name, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, net->nodes[y].name, -1, SQLITE_STATIC);
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        dyad_event ev;
        sqlstore_row_event(st, &ev);
        if (fn(ud, &ev))
            break;
    }
    if (step != SQLITE_ROW && step != SQLITE_DONE)
        rc = sqlstore_fail(net->store, err, "reading a path's events");
    sqlite3_finalize(st);
    return rc;
}
