/*
 * net_build.c -- the actor network from the event store.
 *
 * SQLite does the aggregation: a SQL function dyad_node(code, level)
 * folds actors into nodes (the rule in dyad/net.h), and one GROUP BY over
 * (node of source, node of target, quad) yields every edge's counts, so
 * building from 100,000 events is one table scan.  Nodes are then
 * numbered in name order and edges sorted, which keeps every report and
 * export deterministic.
 */
#include <stdlib.h>
#include <string.h>

#include "net/net_internal.h"
#include "util/strmap.h"

int dyad_net_node_of(const char *code, dyad_net_level level, char *buf,
                     size_t len)
{
    dyad_actor_kind k = dyad_actor_kind_of(code);
    if (k == DYAD_ACTOR_NONE || len == 0)
        return 0;
    if (level == DYAD_NET_COUNTRY && k == DYAD_ACTOR_STATE)
        snprintf(buf, len, "%.3s", code);
    else
        snprintf(buf, len, "%s", code);
    return 1;
}

long dyad_net_edge_coop(const dyad_net_edge *e)
{
    return e->quad[1] + e->quad[2];
}

long dyad_net_edge_conflict(const dyad_net_edge *e)
{
    return e->quad[3] + e->quad[4];
}

/* SQL: dyad_node(code, level) -> node name, NULL for null actors. */
static void sql_node(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
    char buf[DYAD_CODE_MAX];
    const char *code = (const char *)sqlite3_value_text(argv[0]);
    int level = sqlite3_value_int(argv[1]);
    (void)argc;
    if (code && dyad_net_node_of(code, (dyad_net_level)level, buf, sizeof buf))
        sqlite3_result_text(cx, buf, -1, SQLITE_TRANSIENT);
    else
        sqlite3_result_null(cx);
}

int net_register_sql(sqlite3 *db)
{
    return sqlite3_create_function(db, "dyad_node", 2,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                                   sql_node, NULL, NULL);
}

static int check_opts(const dyad_net_options *o, dyad_error *err)
{
    const char *d[] = { o->from, o->to, o->period };
    for (int i = 0; i < 3; i++)
        if (d[i] && !dyad_store_date_ok(d[i]))
            return dyad_fail(err, DYAD_EINVAL, "bad date '%s' (want YYYY, "
                             "YYYY-MM or YYYY-MM-DD)", d[i]);
    return DYAD_OK;
}

int net_prepare_window(const dyad_net *net, const char *fmt, sqlite3_stmt **st,
                       dyad_error *err)
{
    char where[512], sql[2048];
    const dyad_net_options *o = &net->opt;
    sqlstore_window_sql(where, sizeof where, o->from, o->to, o->period, 10, 0);
    snprintf(sql, sizeof sql, fmt, where);
    sqlite3 *db = net->store->db;
    if (net_register_sql(db) != SQLITE_OK ||
        sqlite3_prepare_v2(db, sql, -1, st, NULL) != SQLITE_OK)
        return sqlstore_fail(net->store, err, "reading the network");
    const char *v[3] = { o->from, o->to, o->period };
    for (int i = 0; i < 3; i++)
        if (v[i])
            sqlite3_bind_text(*st, 10 + i, v[i], -1, SQLITE_STATIC);
    sqlite3_bind_int(*st, 1, (int)o->level);
    return DYAD_OK;
}

/* Node index of name, adding it when new (names collected first, numbered
 * by sort_nodes later). */
static int node_index(dyad_net *net, strmap *ix, const char *name)
{
    void *v = strmap_get(ix, name);
    if (v)
        return (int)(intptr_t)v - 1;
    if (net->n_nodes % 64 == 0) {
        void *p = realloc(net->nodes, (size_t)(net->n_nodes + 64) *
                                          sizeof *net->nodes);
        if (!p)
            return -1;
        net->nodes = p;
    }
    dyad_net_node *n = &net->nodes[net->n_nodes];
    memset(n, 0, sizeof *n);
    if (!(n->name = strdup(name)))
        return -1;
    n->kind = dyad_actor_kind_of(name);
    void **slot = strmap_slot_for(ix, n->name);
    if (!slot)
        return -1;
    *slot = (void *)(intptr_t)(++net->n_nodes);
    return net->n_nodes - 1;
}

static int add_row(dyad_net *net, strmap *ix, sqlite3_stmt *st)
{
    const char *a = (const char *)sqlite3_column_text(st, 0);
    const char *b = (const char *)sqlite3_column_text(st, 1);
    int quad = sqlite3_column_int(st, 2);
    long n = (long)sqlite3_column_int64(st, 3);
    if (!a || !b)
        return DYAD_OK;
    if (!strcmp(a, b)) {
        net->self_events += n;
        return DYAD_OK;
    }
    int ia = node_index(net, ix, a), ib = node_index(net, ix, b);
    if (ia < 0 || ib < 0)
        return DYAD_ENOMEM;
    dyad_net_edge *e = net->n_edges ? &net->edges[net->n_edges - 1] : NULL;
    if (!e || e->from != ia || e->to != ib) {   /* rows come grouped */
        if (net->n_edges % 256 == 0) {
            void *p = realloc(net->edges, (size_t)(net->n_edges + 256) *
                                              sizeof *net->edges);
            if (!p)
                return DYAD_ENOMEM;
            net->edges = p;
        }
        e = &net->edges[net->n_edges++];
        memset(e, 0, sizeof *e);
        e->from = ia;
        e->to = ib;
    }
    e->quad[quad >= 1 && quad <= 4 ? quad : 0] += n;
    e->events += n;
    e->goldstein_sum += sqlite3_column_double(st, 4);
    net->events += n;
    return DYAD_OK;
}

static const dyad_net *sort_ctx;   /* qsort has no user pointer */

static int cmp_node_name(const void *a, const void *b)
{
    return strcmp(sort_ctx->nodes[*(const int *)a].name,
                  sort_ctx->nodes[*(const int *)b].name);
}

static int cmp_edge(const void *a, const void *b)
{
    const dyad_net_edge *x = a, *y = b;
    return x->from != y->from ? x->from - y->from : x->to - y->to;
}

/* Renumber nodes in name order, then sort edges and finish their means. */
static int sort_nodes(dyad_net *net)
{
    int n = net->n_nodes;
    if (n == 0)          /* nothing to sort (and qsort wants a base) */
        return DYAD_OK;
    int *order = malloc((size_t)(n ? n : 1) * sizeof *order);
    int *rank = malloc((size_t)(n ? n : 1) * sizeof *rank);
    dyad_net_node *nodes = malloc((size_t)(n ? n : 1) * sizeof *nodes);
    if (!order || !rank || !nodes) {
        free(order), free(rank), free(nodes);
        return DYAD_ENOMEM;
    }
    for (int i = 0; i < n; i++)
        order[i] = i;
    sort_ctx = net;
    qsort(order, (size_t)n, sizeof *order, cmp_node_name);
    for (int i = 0; i < n; i++) {
        rank[order[i]] = i;
        nodes[i] = net->nodes[order[i]];
    }
    free(net->nodes);
    net->nodes = nodes;
    for (int i = 0; i < net->n_edges; i++) {
        dyad_net_edge *e = &net->edges[i];
        e->from = rank[e->from];
        e->to = rank[e->to];
        e->goldstein_mean = e->goldstein_sum / (double)e->events;
        net->nodes[e->from].events_out += e->events;
        net->nodes[e->to].events_in += e->events;
    }
    qsort(net->edges, (size_t)net->n_edges, sizeof *net->edges, cmp_edge);
    free(order);
    free(rank);
    return DYAD_OK;
}

static void copy_opts(dyad_net *net, const dyad_net_options *o)
{
    net->opt.level = o->level;
    snprintf(net->from, sizeof net->from, "%s", o->from ? o->from : "");
    snprintf(net->to, sizeof net->to, "%s", o->to ? o->to : "");
    snprintf(net->period, sizeof net->period, "%s", o->period ? o->period : "");
    net->opt.from = o->from ? net->from : NULL;
    net->opt.to = o->to ? net->to : NULL;
    net->opt.period = o->period ? net->period : NULL;
}

static int load_edges(dyad_net *net, dyad_error *err)
{
    sqlite3_stmt *st;
    strmap ix;
    int rc = net_prepare_window(net,
        "SELECT dyad_node(source, ?1) AS a, dyad_node(target, ?1) AS b,"
        " quad, count(*), total(goldstein) FROM events WHERE 1%s"
        " GROUP BY a, b, quad ORDER BY a, b", &st, err);
    if (rc)
        return rc;
    strmap_init(&ix);
    int step;
    while (rc == DYAD_OK && (step = sqlite3_step(st)) == SQLITE_ROW)
        rc = add_row(net, &ix, st);
    if (rc == DYAD_OK && step != SQLITE_DONE)
        rc = sqlstore_fail(net->store, err, "reading the network");
    else if (rc == DYAD_ENOMEM)
        dyad_fail(err, rc, "out of memory building the network");
    sqlite3_finalize(st);
    strmap_free(&ix);
    if (rc == DYAD_OK && (rc = sort_nodes(net)))
        dyad_fail(err, rc, "out of memory building the network");
    return rc;
}

/* Say why there is no network: no events at all, none in the window, or
 * only domestic ones. */
static int empty_fail(const dyad_net *net, dyad_error *err)
{
    dyad_store_counts c;
    const char *path = dyad_store_path(net->store);
    if (dyad_store_get_counts(net->store, &c, NULL) == DYAD_OK && c.events == 0)
        return dyad_fail(err, DYAD_EEMPTY, "%s: the database holds no events "
                         "(store some with 'dyad code --db' first)", path);
    if (net->self_events)
        return dyad_fail(err, DYAD_EEMPTY, "%s: only domestic events (within "
                         "one node) in the dates asked for; try --level actor",
                         path);
    return dyad_fail(err, DYAD_EEMPTY, "%s: no events between two actors in "
                     "the dates asked for", path);
}

int dyad_net_build(dyad_store *store, const dyad_net_options *opt,
                   dyad_net **out, dyad_error *err)
{
    static const dyad_net_options defaults;
    if (!opt)
        opt = &defaults;
    *out = NULL;
    int rc = check_opts(opt, err);
    if (rc)
        return rc;
    dyad_net *net = calloc(1, sizeof *net);
    if (!net)
        return dyad_fail(err, DYAD_ENOMEM, "out of memory");
    net->store = store;
    copy_opts(net, opt);
    if ((rc = load_edges(net, err))) {
        dyad_net_free(net);
        return rc;
    }
    if (net->n_edges == 0) {
        rc = empty_fail(net, err);
        dyad_net_free(net);
        return rc;
    }
    *out = net;
    return DYAD_OK;
}

void dyad_net_free(dyad_net *net)
{
    if (!net)
        return;
    for (int i = 0; i < net->n_nodes; i++)
        free(net->nodes[i].name);
    free(net->nodes);
    free(net->edges);
    free(net);
}

static int cmp_name_key(const void *key, const void *node)
{
    return strcmp(key, ((const dyad_net_node *)node)->name);
}

int dyad_net_find(const dyad_net *net, const char *code)
{
    char name[DYAD_CODE_MAX];
    if (!code || !dyad_net_node_of(code, net->opt.level, name, sizeof name))
        return -1;
    const dyad_net_node *n = bsearch(name, net->nodes, (size_t)net->n_nodes,
                                     sizeof *net->nodes, cmp_name_key);
    return n ? (int)(n - net->nodes) : -1;
}

int dyad_net_periods(dyad_store *store, const dyad_net_options *opt,
                     const char *by, char (**periods)[8], int *n,
                     dyad_error *err)
{
    static const dyad_net_options defaults;
    int width = by && !strcmp(by, "year") ? 4 : by && !strcmp(by, "month") ? 7 : 0;
    *periods = NULL;
    *n = 0;
    if (!width)
        return dyad_fail(err, DYAD_EINVAL, "--by: year or month, not '%s'",
                         by ? by : "");
    dyad_net tmp = { .store = store };
    copy_opts(&tmp, opt ? opt : &defaults);
    char fmt[256];
    snprintf(fmt, sizeof fmt, "SELECT DISTINCT substr(event_date, 1, %d) AS p"
             " FROM events WHERE length(event_date) >= %d %%s ORDER BY p",
             width, width);
    sqlite3_stmt *st;
    /* the window clause starts with AND here: WHERE is already open */
    int rc = net_prepare_window(&tmp, fmt, &st, err);
    while (rc == DYAD_OK && sqlite3_step(st) == SQLITE_ROW) {
        char(*p)[8] = realloc(*periods, (size_t)(*n + 1) * sizeof *p);
        if (!p) {
            rc = dyad_fail(err, DYAD_ENOMEM, "out of memory");
            break;
        }
        *periods = p;
        snprintf(p[(*n)++], 8, "%s", (const char *)sqlite3_column_text(st, 0));
    }
    if (rc == DYAD_OK)
        sqlite3_finalize(st);
    return rc;
}
