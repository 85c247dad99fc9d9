/*
 * net_report.c -- what `dyad net summary|central|blocs|path` prints: each
 * analysis as an aligned text table or as one JSON object (jansson), the
 * JSON carrying "period" for a --by slice so slices form JSON Lines.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "net/net_internal.h"

/* Dump o as one line and free it. */
static int emit(json_t *o, FILE *out)
{
    int rc = o ? json_dumpf(o, out, JSON_COMPACT | JSON_PRESERVE_ORDER |
                                        JSON_REAL_PRECISION(6)) : -1;
    json_decref(o);
    return rc == 0 && fputc('\n', out) != EOF ? DYAD_OK : DYAD_EIO;
}

/* The object every report starts from: period and level. */
static json_t *report_head(const dyad_net *net, const char *what)
{
    json_t *o = json_object();
    json_object_set_new(o, "report", json_string(what));
    json_object_set_new(o, "level", json_string(net->opt.level == DYAD_NET_ACTOR
                                                    ? "actor" : "country"));
    if (net->opt.period)
        json_object_set_new(o, "period", json_string(net->opt.period));
    return o;
}

static void table_head(const dyad_net *net, FILE *out)
{
    if (net->opt.period)
        fprintf(out, "== %s ==\n", net->opt.period);
}

static json_t *edge_json(const dyad_net *net, const dyad_net_edge *e)
{
    return json_pack("{s:s, s:s, s:I, s:I, s:I, s:f, s:f}",
                     "source", net->nodes[e->from].name,
                     "target", net->nodes[e->to].name,
                     "events", (json_int_t)e->events,
                     "cooperation", (json_int_t)dyad_net_edge_coop(e),
                     "conflict", (json_int_t)dyad_net_edge_conflict(e),
                     "goldstein_sum", e->goldstein_sum,
                     "goldstein_mean", e->goldstein_mean);
}

static json_t *edge_list_json(const dyad_net *net, const int *ix, int n)
{
    json_t *a = json_array();
    for (int i = 0; i < n; i++)
        json_array_append_new(a, edge_json(net, &net->edges[ix[i]]));
    return a;
}

static void edge_list_table(const dyad_net *net, const char *title,
                            const int *ix, int n, long (*count)(const dyad_net_edge *),
                            FILE *out)
{
    fprintf(out, "%s:\n", title);
    if (n == 0)
        fputs("  (none)\n", out);
    for (int i = 0; i < n; i++) {
        const dyad_net_edge *e = &net->edges[ix[i]];
        fprintf(out, "  %-12s -> %-12s %6ld events  (of %ld, Goldstein mean %+.2f)\n",
                net->nodes[e->from].name, net->nodes[e->to].name, count(e),
                e->events, e->goldstein_mean);
    }
}

int dyad_net_report_summary(const dyad_net *net, int json, FILE *out)
{
    dyad_net_summary s;
    dyad_net_summarize(net, &s);
    if (json) {
        json_t *o = report_head(net, "summary");
        json_object_set_new(o, "actors", json_integer(s.actors));
        json_object_set_new(o, "events", json_integer(s.events));
        json_object_set_new(o, "domestic_events", json_integer(s.self_events));
        json_object_set_new(o, "dyads", json_integer(s.dyads));
        json_object_set_new(o, "top_cooperation",
                            edge_list_json(net, s.top_coop, s.n_top_coop));
        json_object_set_new(o, "top_conflict",
                            edge_list_json(net, s.top_conflict, s.n_top_conflict));
        return emit(o, out);
    }
    table_head(net, out);
    fprintf(out, "actors   %d\nevents   %ld (plus %ld domestic, left out)\n"
            "dyads    %d\n", s.actors, s.events, s.self_events, s.dyads);
    edge_list_table(net, "strongest cooperation", s.top_coop, s.n_top_coop,
                    dyad_net_edge_coop, out);
    edge_list_table(net, "strongest conflict", s.top_conflict,
                    s.n_top_conflict, dyad_net_edge_conflict, out);
    return ferror(out) ? DYAD_EIO : DYAD_OK;
}

int dyad_net_report_central(const dyad_net *net, int json, FILE *out,
                            dyad_error *err)
{
    dyad_net_centrality *r;
    int rc = dyad_net_central(net, &r, err);
    if (rc)
        return rc;
    json_t *o = json ? report_head(net, "central") : NULL, *a = json_array();
    if (!json) {
        table_head(net, out);
        fprintf(out, "%-14s %6s %6s %8s %8s %12s %9s\n", "actor", "in", "out",
                "str.in", "str.out", "betweenness", "pagerank");
    }
    for (int i = 0; i < net->n_nodes; i++) {
        const dyad_net_centrality *c = &r[i];
        if (json)
            json_array_append_new(a, json_pack(
                "{s:s, s:i, s:i, s:I, s:I, s:f, s:f}",
                "actor", net->nodes[c->node].name, "degree_in", c->degree_in,
                "degree_out", c->degree_out,
                "strength_in", (json_int_t)c->strength_in,
                "strength_out", (json_int_t)c->strength_out,
                "betweenness", c->betweenness, "pagerank", c->pagerank));
        else
            fprintf(out, "%-14s %6d %6d %8ld %8ld %12.2f %9.5f\n",
                    net->nodes[c->node].name, c->degree_in, c->degree_out,
                    c->strength_in, c->strength_out, c->betweenness,
                    c->pagerank);
    }
    free(r);
    if (!json) {
        json_decref(a);
        return ferror(out) ? DYAD_EIO : DYAD_OK;
    }
    json_object_set_new(o, "actors", a);
    return emit(o, out);
}

static json_t *names_json(const dyad_net *net, const int *ix, int n)
{
    json_t *a = json_array();
    for (int i = 0; i < n; i++)
        json_array_append_new(a, json_string(net->nodes[ix[i]].name));
    return a;
}

static json_t *blocs_json(const dyad_net *net, const dyad_net_blocs *b)
{
    json_t *o = report_head(net, "blocs"), *a = json_array(), *t = json_array();
    for (int i = 0; i < b->n_blocs; i++) {
        const dyad_net_bloc *x = &b->blocs[i];
        json_array_append_new(a, json_pack("{s:o, s:I, s:I, s:I, s:I}",
            "members", names_json(net, x->members, x->n_members),
            "internal_cooperation", (json_int_t)x->internal_coop,
            "internal_conflict", (json_int_t)x->internal_conflict,
            "conflict_with_others", (json_int_t)x->conflict_out,
            "cooperation_with_others", (json_int_t)x->coop_out));
    }
    for (int i = 0; i < b->n_unbalanced_list; i++) {
        const dyad_net_triad *x = &b->unbalanced_list[i];
        int v[3] = { x->a, x->b, x->c };
        json_array_append_new(t, json_pack("{s:o, s:[i,i,i]}",
            "actors", names_json(net, v, 3), "signs", x->sab, x->sbc, x->sca));
    }
    json_object_set_new(o, "modularity", json_real(b->modularity));
    json_object_set_new(o, "blocs", a);
    json_object_set_new(o, "unaffiliated", json_integer(b->n_unaffiliated));
    json_object_set_new(o, "signed_triads", json_integer(b->triads));
    json_object_set_new(o, "unbalanced_triads", json_integer(b->unbalanced));
    json_object_set_new(o, "unbalanced", t);
    return o;
}

static void blocs_table(const dyad_net *net, const dyad_net_blocs *b, FILE *out)
{
    table_head(net, out);
    fprintf(out, "%d blocs (modularity %.3f), %d actors in none\n", b->n_blocs,
            b->modularity, b->n_unaffiliated);
    for (int i = 0; i < b->n_blocs; i++) {
        const dyad_net_bloc *x = &b->blocs[i];
        fprintf(out, "bloc %d: internal cooperation %ld, conflict %ld; with "
                "others: conflict %ld, cooperation %ld\n  ", i + 1,
                x->internal_coop, x->internal_conflict, x->conflict_out,
                x->coop_out);
        for (int k = 0; k < x->n_members; k++)
            fprintf(out, "%s%s", k ? " " : "", net->nodes[x->members[k]].name);
        fputc('\n', out);
    }
    fprintf(out, "structural balance: %ld of %ld signed triads unbalanced\n",
            b->unbalanced, b->triads);
    for (int i = 0; i < b->n_unbalanced_list; i++) {
        const dyad_net_triad *t = &b->unbalanced_list[i];
        fprintf(out, "  %s %c %s %c %s %c\n", net->nodes[t->a].name,
                t->sab > 0 ? '+' : '-', net->nodes[t->b].name,
                t->sbc > 0 ? '+' : '-', net->nodes[t->c].name,
                t->sca > 0 ? '+' : '-');
    }
}

int dyad_net_report_blocs(const dyad_net *net, int json, FILE *out,
                          dyad_error *err)
{
    dyad_net_blocs b;
    int rc = dyad_net_find_blocs(net, &b, err);
    if (rc)
        return rc;
    if (json)
        rc = emit(blocs_json(net, &b), out);
    else
        blocs_table(net, &b, out);
    dyad_net_blocs_free(&b);
    return rc ? rc : ferror(out) ? DYAD_EIO : DYAD_OK;
}

/* ------------------------------------------------------------- path */

#define PATH_STEP_EVENTS 3   /* events shown per link */

typedef struct step_out {
    FILE *out;
    json_t *events;      /* NULL for the table */
} step_out;

static int print_step_event(void *ud, const dyad_event *ev)
{
    step_out *s = ud;
    if (s->events) {
        json_array_append_new(s->events, json_pack("{s:s, s:s, s:s, s:s, s:s?, s:s?}",
            "source", ev->source, "target", ev->target, "code", ev->code,
            "date", ev->event_date, "doc", ev->doc_id,
            "evidence", ev->sentence_text));
        return 0;
    }
    fprintf(s->out, "    %s %s -> %s  %s  [%s]\n      \"%s\"\n", ev->event_date,
            ev->source, ev->target, ev->code, ev->doc_id ? ev->doc_id : "",
            ev->sentence_text ? ev->sentence_text : "(no evidence stored)");
    return 0;
}

int dyad_net_report_path(const dyad_net *net, const char *a, const char *b,
                         int json, FILE *out, dyad_error *err)
{
    int *p, n;
    int rc = dyad_net_path(net, a, b, &p, &n, err);
    if (rc)
        return rc;
    json_t *o = json ? report_head(net, "path") : NULL, *steps = json_array();
    if (!json) {
        table_head(net, out);
        fprintf(out, "%s to %s in %d step%s\n", net->nodes[p[0]].name,
                net->nodes[p[n - 1]].name, n - 1, n == 2 ? "" : "s");
    }
    for (int i = 0; !rc && i + 1 < n; i++) {
        step_out s = { out, json ? json_array() : NULL };
        if (!json)
            fprintf(out, "  %s -- %s\n", net->nodes[p[i]].name,
                    net->nodes[p[i + 1]].name);
        rc = dyad_net_step_events(net, p[i], p[i + 1], PATH_STEP_EVENTS,
                                  print_step_event, &s, err);
        if (json)
            json_array_append_new(steps, json_pack("{s:s, s:s, s:o}",
                "from", net->nodes[p[i]].name, "to", net->nodes[p[i + 1]].name,
                "events", s.events));
    }
    if (json && !rc) {
        json_object_set_new(o, "chain", names_json(net, p, n));
        json_object_set_new(o, "steps", steps);
        steps = NULL;
        rc = emit(o, out);
        o = NULL;
    }
    json_decref(steps);
    json_decref(o);
    free(p);
    return rc;
}
