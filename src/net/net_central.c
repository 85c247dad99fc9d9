/*
 * net_central.c -- the network as an igraph graph, the summary (sizes and
 * strongest dyads) and centrality (degree, strength, betweenness,
 * PageRank).
 *
 * igraph's default error handler aborts the process; every entry point
 * here first installs the "ignore" handler so failures come back as error
 * codes and turn into dyad_error messages.
 */
#include <stdlib.h>
#include <string.h>

#include "net/net_internal.h"

int net_igraph_fail(dyad_error *err, igraph_error_t e, const char *what)
{
    return dyad_fail(err, e == IGRAPH_ENOMEM ? DYAD_ENOMEM : DYAD_EINVAL,
                     "%s: %s", what, igraph_strerror(e));
}

int net_to_igraph(const dyad_net *net, igraph_t *g, igraph_vector_t *weights,
                  dyad_error *err)
{
    igraph_vector_int_t ev;
    igraph_error_t e;
    /* dyad words igraph's failures itself; an unreachable vertex is an
     * answer ("no chain"), not a warning for stderr */
    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
    if ((e = igraph_vector_int_init(&ev, 2 * (igraph_integer_t)net->n_edges)))
        return net_igraph_fail(err, e, "building the graph");
    for (int i = 0; i < net->n_edges; i++) {
        VECTOR(ev)[2 * i] = net->edges[i].from;
        VECTOR(ev)[2 * i + 1] = net->edges[i].to;
    }
    e = igraph_create(g, &ev, net->n_nodes, IGRAPH_DIRECTED);
    igraph_vector_int_destroy(&ev);
    if (e)
        return net_igraph_fail(err, e, "building the graph");
    if (!weights)
        return DYAD_OK;
    if ((e = igraph_vector_init(weights, net->n_edges))) {
        igraph_destroy(g);
        return net_igraph_fail(err, e, "building the graph");
    }
    for (int i = 0; i < net->n_edges; i++)
        VECTOR(*weights)[i] = (igraph_real_t)net->edges[i].events;
    return DYAD_OK;
}

/* Order pairs by (a, b) so a->b and b->a end up side by side. */
static int cmp_pair(const void *x, const void *y)
{
    const net_pair *p = x, *q = y;
    return p->a != q->a ? p->a - q->a : p->b - q->b;
}

int net_pairs(const dyad_net *net, net_pair **pairs, int *n)
{
    net_pair *v = malloc((size_t)(net->n_edges ? net->n_edges : 1) * sizeof *v);
    if (!v)
        return DYAD_ENOMEM;
    for (int i = 0; i < net->n_edges; i++) {
        const dyad_net_edge *e = &net->edges[i];
        v[i] = (net_pair){ e->from < e->to ? e->from : e->to,
                           e->from < e->to ? e->to : e->from,
                           dyad_net_edge_coop(e), dyad_net_edge_conflict(e) };
    }
    qsort(v, (size_t)net->n_edges, sizeof *v, cmp_pair);
    int k = 0;   /* merge a->b and b->a */
    for (int i = 0; i < net->n_edges; i++) {
        if (k && v[k - 1].a == v[i].a && v[k - 1].b == v[i].b) {
            v[k - 1].coop += v[i].coop;
            v[k - 1].conflict += v[i].conflict;
        } else {
            v[k++] = v[i];
        }
    }
    *pairs = v;
    *n = k;
    return DYAD_OK;
}

/* Insert edge i into the top list (most events first, ties by index). */
static void top_insert(int *top, int *n, long (*score)(const dyad_net_edge *),
                       const dyad_net *net, int i)
{
    long s = score(&net->edges[i]);
    if (s <= 0)
        return;
    int k = *n < DYAD_NET_TOP ? (*n)++ : DYAD_NET_TOP;
    if (k == DYAD_NET_TOP && score(&net->edges[top[k - 1]]) >= s)
        return;
    if (k == DYAD_NET_TOP)
        k--;
    while (k > 0 && score(&net->edges[top[k - 1]]) < s) {
        top[k] = top[k - 1];
        k--;
    }
    top[k] = i;
}

void dyad_net_summarize(const dyad_net *net, dyad_net_summary *s)
{
    memset(s, 0, sizeof *s);
    s->actors = net->n_nodes;
    s->dyads = net->n_edges;
    s->events = net->events;
    s->self_events = net->self_events;
    for (int i = 0; i < net->n_edges; i++) {
        top_insert(s->top_coop, &s->n_top_coop, dyad_net_edge_coop, net, i);
        top_insert(s->top_conflict, &s->n_top_conflict,
                   dyad_net_edge_conflict, net, i);
    }
}

static int cmp_pagerank(const void *a, const void *b)
{
    const dyad_net_centrality *x = a, *y = b;
    if (x->pagerank != y->pagerank)
        return x->pagerank < y->pagerank ? 1 : -1;
    return x->node - y->node;
}

static igraph_error_t centrality(const igraph_t *g, const igraph_vector_t *w,
                                 igraph_vector_t *btw, igraph_vector_t *pr)
{
    igraph_real_t value;
    igraph_error_t e = igraph_betweenness(g, btw, igraph_vss_all(), 1, NULL);
    if (!e)
        e = igraph_pagerank(g, IGRAPH_PAGERANK_ALGO_PRPACK, pr, &value,
                            igraph_vss_all(), 1, 0.85, w, NULL);
    return e;
}

int dyad_net_central(const dyad_net *net, dyad_net_centrality **rows,
                     dyad_error *err)
{
    igraph_t g;
    igraph_vector_t w, btw, pr;
    int rc = net_to_igraph(net, &g, &w, err);
    if (rc)
        return rc;
    igraph_vector_init(&btw, 0);
    igraph_vector_init(&pr, 0);
    igraph_error_t e = centrality(&g, &w, &btw, &pr);
    dyad_net_centrality *r = NULL;
    if (e)
        rc = net_igraph_fail(err, e, "centrality");
    else if (!(r = calloc((size_t)net->n_nodes, sizeof *r)))
        rc = dyad_fail(err, DYAD_ENOMEM, "out of memory");
    for (int i = 0; !rc && i < net->n_nodes; i++) {
        r[i].node = i;
        r[i].betweenness = VECTOR(btw)[i];
        r[i].pagerank = VECTOR(pr)[i];
        r[i].strength_in = net->nodes[i].events_in;
        r[i].strength_out = net->nodes[i].events_out;
    }
    for (int i = 0; !rc && i < net->n_edges; i++) {
        r[net->edges[i].from].degree_out++;   /* edges are unique dyads */
        r[net->edges[i].to].degree_in++;
    }
    if (!rc)
        qsort(r, (size_t)net->n_nodes, sizeof *r, cmp_pagerank);
    igraph_vector_destroy(&btw);
    igraph_vector_destroy(&pr);
    igraph_vector_destroy(&w);
    igraph_destroy(&g);
    *rows = r;
    return rc;
}
