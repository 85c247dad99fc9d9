/*
 * dyad/net.h -- the actor network implied by stored events (included by
 * dyad.h).  Graph algorithms are igraph's; this layer decides what the
 * nodes and edges mean and reports the results.
 *
 * Nodes.  At DYAD_NET_ACTOR level a node is an actor code as stored.  At
 * DYAD_NET_COUNTRY level (the default) state actors fold into their
 * country: a code whose first three letters are an ISO 3166-1 alpha-3
 * country (dyad_is_country3) becomes those letters (IRNGOV -> IRN,
 * USAMIL -> USA).  Everything else -- IGO..., IMG..., NGO..., MNC...,
 * bare agents (GOV, REB) and codes whose first three letters are not a
 * country -- stays itself.  Null actors ("---", "") are left out, and so
 * are events whose source and target fold into the same node (IRNGOV ->
 * IRNMIL is domestic at country level); net->self_events counts them.
 *
 * Edges.  One directed edge per (source node, target node) with at least
 * one event: the count of events, per quad class (1 verbal cooperation,
 * 2 material cooperation, 3 verbal conflict, 4 material conflict, 0 outside
 * CAMEO), the Goldstein sum and mean.  Cooperation = quads 1+2, conflict =
 * quads 3+4.
 *
 * Windows.  from/to limit event_date like dyad events does (YYYY[-MM[-DD]],
 * inclusive, by the precision given); period limits it to one year
 * ("2019") or month ("2019-06") for --by slices.
 */
#ifndef DYAD_NET_H
#define DYAD_NET_H

#include "dyad.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum { DYAD_NET_COUNTRY = 0, DYAD_NET_ACTOR = 1 } dyad_net_level;

typedef struct dyad_net_options {
    dyad_net_level level;
    const char *from, *to;   /* NULL = open */
    const char *period;      /* "YYYY" or "YYYY-MM", NULL = all */
} dyad_net_options;

typedef struct dyad_net_node {
    char *name;              /* node code (country or actor) */
    dyad_actor_kind kind;
    long events_out, events_in;
} dyad_net_node;

typedef struct dyad_net_edge {
    int from, to;            /* node indexes, from != to */
    long events;             /* = sum of quad[0..4] */
    long quad[5];
    double goldstein_sum, goldstein_mean;
} dyad_net_edge;

/* Invariant: nodes sorted by name; edges sorted by (from, to), unique. */
typedef struct dyad_net {
    dyad_net_node *nodes;
    int n_nodes;
    dyad_net_edge *edges;
    int n_edges;
    long events;             /* events on edges */
    long self_events;        /* events within one node (left out) */
    dyad_net_options opt;    /* strings copied into the buffers below */
    char from[11], to[11], period[8];
    dyad_store *store;       /* where it came from (path queries) */
} dyad_net;

/* Cooperation (quads 1+2) and conflict (3+4) events of an edge. */
long dyad_net_edge_coop(const dyad_net_edge *e);
long dyad_net_edge_conflict(const dyad_net_edge *e);

/* The node an actor code belongs to at level, written into buf; 0 when
 * the code is a null actor (nothing written). */
int dyad_net_node_of(const char *code, dyad_net_level level, char *buf,
                     size_t len);

/* Build the network of the events in store matching opt (NULL: country
 * level, all dates).  No events at all: DYAD_EEMPTY with a message. */
int dyad_net_build(dyad_store *store, const dyad_net_options *opt,
                   dyad_net **out, dyad_error *err);
void dyad_net_free(dyad_net *net);
/* Index of the node an actor code folds into, -1 when absent. */
int dyad_net_find(const dyad_net *net, const char *code);

/* The years ("YYYY") or months ("YYYY-MM") with events inside opt's
 * window, ascending, for --by slices.  by is "year" or "month".  The
 * array (each entry 8 chars) is malloc'd; free it. */
int dyad_net_periods(dyad_store *store, const dyad_net_options *opt,
                     const char *by, char (**periods)[8], int *n,
                     dyad_error *err);

/* ----------------------------------------------------------- analyses */

#define DYAD_NET_TOP 5

typedef struct dyad_net_summary {
    int actors, dyads;       /* nodes, directed edges */
    long events, self_events;
    int top_coop[DYAD_NET_TOP], n_top_coop;       /* edge indexes, most */
    int top_conflict[DYAD_NET_TOP], n_top_conflict; /* events first */
} dyad_net_summary;

void dyad_net_summarize(const dyad_net *net, dyad_net_summary *s);

typedef struct dyad_net_centrality {
    int node;
    int degree_in, degree_out;       /* distinct partners */
    long strength_in, strength_out;  /* events */
    double betweenness;              /* directed, unweighted */
    double pagerank;                 /* directed, weighted by events */
} dyad_net_centrality;

/* One row per node, ordered by PageRank (highest first).  *rows is
 * malloc'd (free it). */
int dyad_net_central(const dyad_net *net, dyad_net_centrality **rows,
                     dyad_error *err);

typedef struct dyad_net_bloc {
    int *members;            /* node indexes, sorted by name */
    int n_members;
    long internal_coop;      /* cooperation events among members */
    long internal_conflict;
    long conflict_out;       /* conflict events with non-members */
    long coop_out;
} dyad_net_bloc;

typedef struct dyad_net_triad {
    int a, b, c;             /* node indexes */
    int sab, sbc, sca;       /* +1 / -1 pair signs */
} dyad_net_triad;

/* Blocs: Louvain (igraph multilevel, fixed seed) communities of the
 * undirected cooperation graph, whose pair weight is cooperation minus
 * conflict events in both directions, kept when positive.  Blocs of one
 * actor are not listed (n_unaffiliated counts them).  Balance: each pair
 * with more cooperation than conflict is +, more conflict -, equal pairs
 * are unsigned; a triangle of signed pairs is unbalanced when the product
 * of its signs is negative. */
typedef struct dyad_net_blocs {
    dyad_net_bloc *blocs;    /* largest first */
    int n_blocs;
    int n_unaffiliated;
    double modularity;
    long triads, unbalanced; /* signed triangles, unbalanced ones */
    dyad_net_triad *unbalanced_list;   /* the first few */
    int n_unbalanced_list;
} dyad_net_blocs;

#define DYAD_NET_TRIAD_LIST 20

int dyad_net_find_blocs(const dyad_net *net, dyad_net_blocs *out,
                        dyad_error *err);
void dyad_net_blocs_free(dyad_net_blocs *b);

/* Shortest chain of nodes from a to b over dyads with any event, either
 * direction (fewest steps).  *path (malloc'd) gets node indexes a..b.
 * DYAD_ENOTFOUND when a or b is not in the network or no chain exists. */
int dyad_net_path(const dyad_net *net, const char *a, const char *b,
                  int **path, int *len, dyad_error *err);
/* The events of one step (x -> y or y -> x between two nodes, inside the
 * network's window), earliest first, at most limit; fn as for
 * dyad_store_query_events. */
int dyad_net_step_events(const dyad_net *net, int x, int y, long limit,
                         dyad_store_event_fn fn, void *ud, dyad_error *err);

/* ----------------------------------------------------------- output */

typedef enum {
    DYAD_NET_GRAPHML, DYAD_NET_GEXF, DYAD_NET_DOT, DYAD_NET_CSV,
    DYAD_NET_SVG
} dyad_net_format;

/* "graphml", "gexf", "dot", "csv", "svg" -> format; -1 when unknown. */
int dyad_net_format_parse(const char *name);
/* Write the network; SVG runs Graphviz `dot -Tsvg` on the DOT form
 * (cooperation edges green, conflict red, nodes labelled). */
int dyad_net_export(const dyad_net *net, dyad_net_format fmt, FILE *out,
                    dyad_error *err);

/* Reports as `dyad net` prints them: json = 0 aligned text tables,
 * 1 one JSON object on one line (jansson), carrying "period" when the
 * network is a --by slice, so slices make JSON Lines. */
int dyad_net_report_summary(const dyad_net *net, int json, FILE *out);
int dyad_net_report_central(const dyad_net *net, int json, FILE *out,
                            dyad_error *err);
int dyad_net_report_blocs(const dyad_net *net, int json, FILE *out,
                          dyad_error *err);
int dyad_net_report_path(const dyad_net *net, const char *a, const char *b,
                         int json, FILE *out, dyad_error *err);

#ifdef __cplusplus
}
#endif
#endif
