/*
 * net_export.c -- the network in exchange formats: GraphML (igraph's
 * writer, with attributes), GEXF (libxml2 xmlTextWriter), DOT, CSV edge
 * list, and SVG (Graphviz `dot -Tsvg` run on the DOT form).
 *
 * Every format carries the same attributes: node name and kind; edge
 * events, per-quad counts, cooperation, conflict, Goldstein sum and mean.
 */
#include <math.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <libxml/xmlwriter.h>

#include "net/net_internal.h"

extern char **environ;

int dyad_net_format_parse(const char *name)
{
    static const char *const names[] = { "graphml", "gexf", "dot", "csv", "svg" };
    for (int i = 0; name && i < 5; i++)
        if (!strcmp(name, names[i]))
            return i;
    return -1;
}

/* Edge colour: cooperation green, conflict red, balanced grey. */
static const char *edge_colour(const dyad_net_edge *e)
{
    long c = dyad_net_edge_coop(e), k = dyad_net_edge_conflict(e);
    return c > k ? "#2e8b57" : k > c ? "#c0392b" : "#888888";
}

/* ------------------------------------------------------------ GraphML */

static int graphml(const dyad_net *net, FILE *out, dyad_error *err)
{
    static const char *const qn[5] = { "quad0", "quad1", "quad2", "quad3", "quad4" };
    igraph_attribute_table_t *old = igraph_set_attribute_table(&igraph_cattribute_table);
    igraph_t g;
    int rc = net_to_igraph(net, &g, NULL, err);
    int have_graph = rc == DYAD_OK;
    igraph_error_t e = IGRAPH_SUCCESS;
    for (int i = 0; !rc && !e && i < net->n_nodes; i++) {
        e = SETVAS(&g, "name", i, net->nodes[i].name);
        if (!e)
            e = SETVAS(&g, "kind", i, dyad_actor_kind_name(net->nodes[i].kind));
    }
    for (int i = 0; !rc && !e && i < net->n_edges; i++) {
        const dyad_net_edge *x = &net->edges[i];
        e = SETEAN(&g, "events", i, (double)x->events);
        for (int q = 0; !e && q < 5; q++)
            e = SETEAN(&g, qn[q], i, (double)x->quad[q]);
        if (!e) e = SETEAN(&g, "cooperation", i, (double)dyad_net_edge_coop(x));
        if (!e) e = SETEAN(&g, "conflict", i, (double)dyad_net_edge_conflict(x));
        if (!e) e = SETEAN(&g, "goldstein_sum", i, x->goldstein_sum);
        if (!e) e = SETEAN(&g, "goldstein_mean", i, x->goldstein_mean);
    }
    if (!rc && !e)
        e = igraph_write_graph_graphml(&g, out, 0);
    if (!rc && e)
        rc = net_igraph_fail(err, e, "writing GraphML");
    if (have_graph)
        igraph_destroy(&g);
    igraph_set_attribute_table(old);
    return rc;
}

/* --------------------------------------------------------------- GEXF */

static void gexf_attr_decl(xmlTextWriterPtr w, int id, const char *title,
                           const char *type)
{
    char s[16];
    snprintf(s, sizeof s, "%d", id);
    xmlTextWriterStartElement(w, BAD_CAST "attribute");
    xmlTextWriterWriteAttribute(w, BAD_CAST "id", BAD_CAST s);
    xmlTextWriterWriteAttribute(w, BAD_CAST "title", BAD_CAST title);
    xmlTextWriterWriteAttribute(w, BAD_CAST "type", BAD_CAST type);
    xmlTextWriterEndElement(w);
}

static void gexf_value(xmlTextWriterPtr w, int id, const char *fmt, double v,
                       const char *s)
{
    char buf[64];
    xmlTextWriterStartElement(w, BAD_CAST "attvalue");
    snprintf(buf, sizeof buf, "%d", id);
    xmlTextWriterWriteAttribute(w, BAD_CAST "for", BAD_CAST buf);
    if (s)
        snprintf(buf, sizeof buf, "%s", s);
    else
        snprintf(buf, sizeof buf, fmt, v);
    xmlTextWriterWriteAttribute(w, BAD_CAST "value", BAD_CAST buf);
    xmlTextWriterEndElement(w);
}

static void gexf_nodes(xmlTextWriterPtr w, const dyad_net *net)
{
    xmlTextWriterStartElement(w, BAD_CAST "nodes");
    for (int i = 0; i < net->n_nodes; i++) {
        xmlTextWriterStartElement(w, BAD_CAST "node");
        xmlTextWriterWriteAttribute(w, BAD_CAST "id", BAD_CAST net->nodes[i].name);
        xmlTextWriterWriteAttribute(w, BAD_CAST "label", BAD_CAST net->nodes[i].name);
        xmlTextWriterStartElement(w, BAD_CAST "attvalues");
        gexf_value(w, 0, NULL, 0, dyad_actor_kind_name(net->nodes[i].kind));
        xmlTextWriterEndElement(w);
        xmlTextWriterEndElement(w);
    }
    xmlTextWriterEndElement(w);
}

static void gexf_edges(xmlTextWriterPtr w, const dyad_net *net)
{
    xmlTextWriterStartElement(w, BAD_CAST "edges");
    for (int i = 0; i < net->n_edges; i++) {
        const dyad_net_edge *e = &net->edges[i];
        xmlTextWriterStartElement(w, BAD_CAST "edge");
        xmlTextWriterWriteFormatAttribute(w, BAD_CAST "id", "%d", i);
        xmlTextWriterWriteAttribute(w, BAD_CAST "source", BAD_CAST net->nodes[e->from].name);
        xmlTextWriterWriteAttribute(w, BAD_CAST "target", BAD_CAST net->nodes[e->to].name);
        xmlTextWriterWriteFormatAttribute(w, BAD_CAST "weight", "%ld", e->events);
        xmlTextWriterStartElement(w, BAD_CAST "attvalues");
        gexf_value(w, 0, "%.0f", (double)dyad_net_edge_coop(e), NULL);
        gexf_value(w, 1, "%.0f", (double)dyad_net_edge_conflict(e), NULL);
        gexf_value(w, 2, "%.4f", e->goldstein_sum, NULL);
        gexf_value(w, 3, "%.4f", e->goldstein_mean, NULL);
        xmlTextWriterEndElement(w);
        xmlTextWriterEndElement(w);
    }
    xmlTextWriterEndElement(w);
}

static int gexf(const dyad_net *net, FILE *out, dyad_error *err)
{
    xmlBufferPtr buf = xmlBufferCreate();
    xmlTextWriterPtr w = buf ? xmlNewTextWriterMemory(buf, 0) : NULL;
    if (!w) {
        xmlBufferFree(buf);
        return dyad_fail(err, DYAD_ENOMEM, "out of memory writing GEXF");
    }
    xmlTextWriterSetIndent(w, 1);
    xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL);
    xmlTextWriterStartElement(w, BAD_CAST "gexf");
    xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns", BAD_CAST "http://gexf.net/1.3");
    xmlTextWriterWriteAttribute(w, BAD_CAST "version", BAD_CAST "1.3");
    xmlTextWriterStartElement(w, BAD_CAST "graph");
    xmlTextWriterWriteAttribute(w, BAD_CAST "defaultedgetype", BAD_CAST "directed");
    xmlTextWriterStartElement(w, BAD_CAST "attributes");
    xmlTextWriterWriteAttribute(w, BAD_CAST "class", BAD_CAST "node");
    gexf_attr_decl(w, 0, "kind", "string");
    xmlTextWriterEndElement(w);
    xmlTextWriterStartElement(w, BAD_CAST "attributes");
    xmlTextWriterWriteAttribute(w, BAD_CAST "class", BAD_CAST "edge");
    gexf_attr_decl(w, 0, "cooperation", "integer");
    gexf_attr_decl(w, 1, "conflict", "integer");
    gexf_attr_decl(w, 2, "goldstein_sum", "double");
    gexf_attr_decl(w, 3, "goldstein_mean", "double");
    xmlTextWriterEndElement(w);
    gexf_nodes(w, net);
    gexf_edges(w, net);
    int rc = xmlTextWriterEndDocument(w) < 0 ? DYAD_EIO : DYAD_OK;
    xmlFreeTextWriter(w);
    if (rc == DYAD_OK &&
        fwrite(xmlBufferContent(buf), 1, (size_t)xmlBufferLength(buf), out) !=
            (size_t)xmlBufferLength(buf))
        rc = DYAD_EIO;
    xmlBufferFree(buf);
    return rc ? dyad_fail(err, rc, "cannot write GEXF") : DYAD_OK;
}

/* ---------------------------------------------------------- DOT, CSV */

static void dot_id(FILE *out, const char *s)
{
    fputc('"', out);
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            fputc('\\', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

static int dot(const dyad_net *net, FILE *out)
{
    /* neato, straight edges: dot's hierarchical layout and spline routing
     * take minutes on a dense network of a thousand dyads */
    fputs("digraph dyad {\n  graph [layout=neato, overlap=false,"
          " outputorder=edgesfirst];\n"
          "  node [shape=ellipse, style=filled, fillcolor=\"#f4f1e8\","
          " fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\","
          " fontsize=9];\n", out);
    for (int i = 0; i < net->n_nodes; i++) {
        fputs("  ", out);
        dot_id(out, net->nodes[i].name);
        fputs(" [label=", out);
        dot_id(out, net->nodes[i].name);
        fputs("];\n", out);
    }
    for (int i = 0; i < net->n_edges; i++) {
        const dyad_net_edge *e = &net->edges[i];
        fputs("  ", out);
        dot_id(out, net->nodes[e->from].name);
        fputs(" -> ", out);
        dot_id(out, net->nodes[e->to].name);
        fprintf(out, " [color=\"%s\", penwidth=%.1f, label=\"%ld\"];\n",
                edge_colour(e), 1.0 + (e->events > 1 ? 0.8 * log((double)e->events) : 0),
                e->events);
    }
    return fputs("}\n", out) == EOF ? DYAD_EIO : DYAD_OK;
}

static int csv(const dyad_net *net, FILE *out)
{
    fputs("source,target,events,quad0,quad1,quad2,quad3,quad4,cooperation,"
          "conflict,goldstein_sum,goldstein_mean\n", out);
    for (int i = 0; i < net->n_edges; i++) {
        const dyad_net_edge *e = &net->edges[i];
        /* node names are actor codes: letters, digits, '_' -- no quoting */
        fprintf(out, "%s,%s,%ld,%ld,%ld,%ld,%ld,%ld,%ld,%ld,%.4f,%.4f\n",
                net->nodes[e->from].name, net->nodes[e->to].name, e->events,
                e->quad[0], e->quad[1], e->quad[2], e->quad[3], e->quad[4],
                dyad_net_edge_coop(e), dyad_net_edge_conflict(e),
                e->goldstein_sum, e->goldstein_mean);
    }
    return ferror(out) ? DYAD_EIO : DYAD_OK;
}

/* ---------------------------------------------------------------- SVG */

/* Run `dot -Tsvg` with our DOT on its stdin and out as its stdout. */
static int svg(const dyad_net *net, FILE *out, dyad_error *err)
{
    int fds[2];
    if (fflush(out) != 0 || pipe(fds) != 0)
        return dyad_fail(err, DYAD_EIO, "cannot start Graphviz");
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, fds[0], 0);
    posix_spawn_file_actions_adddup2(&fa, fileno(out), 1);
    posix_spawn_file_actions_addclose(&fa, fds[1]);
    char *argv[] = { "dot", "-Tsvg", NULL };
    pid_t pid;
    int sp = posix_spawnp(&pid, "dot", &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(fds[0]);
    if (sp != 0) {
        close(fds[1]);
        return dyad_fail(err, DYAD_ENOTFOUND, "cannot run Graphviz 'dot' "
                         "(install the graphviz package)");
    }
    FILE *w = fdopen(fds[1], "w");
    int rc = w ? dot(net, w) : DYAD_EIO;
    if (w)
        fclose(w);
    else
        close(fds[1]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (rc == DYAD_OK && (!WIFEXITED(status) || WEXITSTATUS(status) != 0))
        rc = dyad_fail(err, DYAD_EIO, "Graphviz 'dot' failed (status %d)",
                       WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    return rc;
}

int dyad_net_export(const dyad_net *net, dyad_net_format fmt, FILE *out,
                    dyad_error *err)
{
    int rc;
    switch (fmt) {
    case DYAD_NET_GRAPHML: return graphml(net, out, err);
    case DYAD_NET_GEXF: return gexf(net, out, err);
    case DYAD_NET_SVG: return svg(net, out, err);
    case DYAD_NET_DOT: rc = dot(net, out); break;
    case DYAD_NET_CSV: rc = csv(net, out); break;
    default: return dyad_fail(err, DYAD_EINVAL, "unknown network format");
    }
    return rc ? dyad_fail(err, rc, "cannot write the network") : DYAD_OK;
}
