/*
 * net_blocs.c -- cooperative blocs and structural balance.
 *
 * Blocs are Louvain communities (igraph_community_multilevel) of the
 * undirected graph whose edge weight is cooperation minus conflict
 * between two nodes, kept when positive: a pair that fights more than it
 * cooperates does not pull its ends together.  igraph's RNG is seeded so
 * the same database gives the same blocs.
 *
 * Balance (Heider): on the signed graph (+ more cooperation, - more
 * conflict) a triangle is balanced when its sign product is positive
 * ("the enemy of my enemy is my friend"); the others are listed.
 */
#include <stdlib.h>
#include <string.h>

#include "net/net_internal.h"

#define BLOC_SEED 20240601

/* Undirected graph over the pairs, weight = cooperation - conflict; with
 * positive_only the pairs with weight <= 0 are left out, else only the
 * unsigned (weight 0) ones. */
static int pair_graph(const dyad_net *net, const net_pair *p, int np,
                      int positive_only, igraph_t *g, igraph_vector_t *w,
                      dyad_error *err)
{
    igraph_vector_int_t ev;
    igraph_error_t e = igraph_vector_int_init(&ev, 0);
    if (!e)
        e = igraph_vector_init(w, 0);
    for (int i = 0; !e && i < np; i++) {
        long net_coop = p[i].coop - p[i].conflict;
        if (positive_only ? net_coop <= 0 : net_coop == 0)
            continue;
        if (!(e = igraph_vector_int_push_back(&ev, p[i].a)) &&
            !(e = igraph_vector_int_push_back(&ev, p[i].b)))
            e = igraph_vector_push_back(w, (igraph_real_t)net_coop);
    }
    if (!e)
        e = igraph_create(g, &ev, net->n_nodes, IGRAPH_UNDIRECTED);
    igraph_vector_int_destroy(&ev);
    if (e)
        igraph_vector_destroy(w);
    return e ? net_igraph_fail(err, e, "building the cooperation graph")
             : DYAD_OK;
}

static int cmp_bloc(const void *a, const void *b)
{
    const dyad_net_bloc *x = a, *y = b;
    if (x->n_members != y->n_members)
        return y->n_members - x->n_members;
    return x->members[0] - y->members[0];
}

/* Group nodes by membership into blocs of two or more. */
static int make_blocs(const dyad_net *net, const igraph_vector_int_t *m,
                      dyad_net_blocs *out)
{
    int nc = 0;
    for (int i = 0; i < net->n_nodes; i++)
        if (VECTOR(*m)[i] + 1 > nc)
            nc = (int)VECTOR(*m)[i] + 1;
    int *size = calloc((size_t)nc + 1, sizeof *size);
    int *slot = malloc(((size_t)nc + 1) * sizeof *slot);
    out->blocs = calloc((size_t)nc + 1, sizeof *out->blocs);
    if (!size || !slot || !out->blocs) {
        free(size), free(slot);
        return DYAD_ENOMEM;
    }
    for (int i = 0; i < net->n_nodes; i++)
        size[VECTOR(*m)[i]]++;
    for (int c = 0; c < nc; c++) {
        slot[c] = -1;
        if (size[c] < 2) {
            out->n_unaffiliated += size[c];
            continue;
        }
        slot[c] = out->n_blocs;
        dyad_net_bloc *b = &out->blocs[out->n_blocs++];
        if (!(b->members = malloc((size_t)size[c] * sizeof *b->members))) {
            free(size), free(slot);
            return DYAD_ENOMEM;
        }
    }
    for (int i = 0; i < net->n_nodes; i++) {   /* node order = name order */
        int s = slot[VECTOR(*m)[i]];
        if (s >= 0)
            out->blocs[s].members[out->blocs[s].n_members++] = i;
    }
    free(size);
    free(slot);
    return DYAD_OK;
}

/* Internal cooperation and outside conflict of each bloc, from edges. */
static void bloc_counts(const dyad_net *net, dyad_net_blocs *out)
{
    int *bloc_of = malloc((size_t)net->n_nodes * sizeof *bloc_of);
    if (!bloc_of)
        return;
    for (int i = 0; i < net->n_nodes; i++)
        bloc_of[i] = -1;
    for (int b = 0; b < out->n_blocs; b++)
        for (int k = 0; k < out->blocs[b].n_members; k++)
            bloc_of[out->blocs[b].members[k]] = b;
    for (int i = 0; i < net->n_edges; i++) {
        const dyad_net_edge *e = &net->edges[i];
        int bf = bloc_of[e->from], bt = bloc_of[e->to];
        long coop = dyad_net_edge_coop(e), conf = dyad_net_edge_conflict(e);
        if (bf >= 0 && bf == bt) {
            out->blocs[bf].internal_coop += coop;
            out->blocs[bf].internal_conflict += conf;
            continue;
        }
        int ends[2] = { bf, bt };
        for (int k = 0; k < 2; k++)
            if (ends[k] >= 0) {
                out->blocs[ends[k]].coop_out += coop;
                out->blocs[ends[k]].conflict_out += conf;
            }
    }
    free(bloc_of);
}

static int sign_of(const igraph_t *g, const igraph_vector_t *w, int a, int b)
{
    igraph_integer_t eid;
    if (igraph_get_eid(g, &eid, a, b, IGRAPH_UNDIRECTED, 0) || eid < 0)
        return 0;
    return VECTOR(*w)[eid] > 0 ? 1 : -1;
}

static int balance(const dyad_net *net, const net_pair *p, int np,
                   dyad_net_blocs *out, dyad_error *err)
{
    igraph_t g;
    igraph_vector_t w;
    igraph_vector_int_t tri;
    int rc = pair_graph(net, p, np, 0, &g, &w, err);
    if (rc)
        return rc;
    igraph_error_t e = igraph_vector_int_init(&tri, 0);
    if (!e)
        e = igraph_list_triangles(&g, &tri);
    out->unbalanced_list = calloc(DYAD_NET_TRIAD_LIST, sizeof *out->unbalanced_list);
    if (!e && !out->unbalanced_list)
        e = IGRAPH_ENOMEM;
    igraph_integer_t n = e ? 0 : igraph_vector_int_size(&tri) / 3;
    for (igraph_integer_t i = 0; i < n; i++) {
        int v[3] = { (int)VECTOR(tri)[3 * i], (int)VECTOR(tri)[3 * i + 1],
                     (int)VECTOR(tri)[3 * i + 2] };
        dyad_net_triad t = { v[0], v[1], v[2], sign_of(&g, &w, v[0], v[1]),
                             sign_of(&g, &w, v[1], v[2]),
                             sign_of(&g, &w, v[2], v[0]) };
        out->triads++;
        if (t.sab * t.sbc * t.sca >= 0)
            continue;
        if (out->n_unbalanced_list < DYAD_NET_TRIAD_LIST)
            out->unbalanced_list[out->n_unbalanced_list++] = t;
        out->unbalanced++;
    }
    igraph_vector_int_destroy(&tri);
    igraph_vector_destroy(&w);
    igraph_destroy(&g);
    return e ? net_igraph_fail(err, e, "listing triangles") : DYAD_OK;
}

static int communities(const dyad_net *net, const net_pair *p, int np,
                       dyad_net_blocs *out, dyad_error *err)
{
    igraph_t g;
    igraph_vector_t w;
    igraph_vector_int_t m;
    int rc = pair_graph(net, p, np, 1, &g, &w, err);
    if (rc)
        return rc;
    igraph_rng_seed(igraph_rng_default(), BLOC_SEED);
    igraph_real_t q = 0;
    igraph_error_t e = igraph_vector_int_init(&m, 0);
    if (!e)
        e = igraph_community_multilevel(&g, &w, 1.0, &m, NULL, NULL);
    if (!e && igraph_ecount(&g) > 0)
        e = igraph_modularity(&g, &m, &w, 1.0, IGRAPH_UNDIRECTED, &q);
    out->modularity = q;
    if (e)
        rc = net_igraph_fail(err, e, "finding blocs");
    else if ((rc = make_blocs(net, &m, out)))
        dyad_fail(err, rc, "out of memory");
    else {
        bloc_counts(net, out);
        qsort(out->blocs, (size_t)out->n_blocs, sizeof *out->blocs, cmp_bloc);
    }
    igraph_vector_int_destroy(&m);
    igraph_vector_destroy(&w);
    igraph_destroy(&g);
    return rc;
}

int dyad_net_find_blocs(const dyad_net *net, dyad_net_blocs *out,
                        dyad_error *err)
{
    net_pair *p;
    int np, rc;
    memset(out, 0, sizeof *out);
    igraph_set_error_handler(igraph_error_handler_ignore);
    if (net_pairs(net, &p, &np))
        return dyad_fail(err, DYAD_ENOMEM, "out of memory");
    rc = communities(net, p, np, out, err);
    if (!rc)
        rc = balance(net, p, np, out, err);
    free(p);
    if (rc)
        dyad_net_blocs_free(out);
    return rc;
}

void dyad_net_blocs_free(dyad_net_blocs *b)
{
    for (int i = 0; b->blocs && i < b->n_blocs; i++)
        free(b->blocs[i].members);
    free(b->blocs);
    free(b->unbalanced_list);
    memset(b, 0, sizeof *b);
}
