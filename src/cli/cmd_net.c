/*
 * cmd_net.c -- 'dyad net': the actor network of a database.
 *
 * Parses options, builds the network (once, or once per --by slice) with
 * dyad/net.h and hands it to the report or export the subcommand names.
 * An empty database (or window) is exit code 1 with a message.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
"usage: dyad net --db FILE COMMAND [options]\n"
"commands:\n"
"  summary            actors, events, dyads, strongest cooperation/conflict\n"
"  central            degree, strength, betweenness, PageRank per actor\n"
"  blocs              cooperative blocs (Louvain) and unbalanced triads\n"
"  path A B           shortest chain of actors from A to B, with evidence\n"
"  export             --format graphml|gexf|dot|csv\n"
"  render             --format svg (runs Graphviz dot)\n"
"options:\n"
"  --format F         table|json for reports (default table)\n"
"  --level L          country (default: IRNGOV -> IRN) or actor\n"
"  --from D, --to D   event dates YYYY[-MM[-DD]], inclusive\n"
"  --by year|month    one result per period (JSON: one line each)\n";

typedef struct net_opts {
    const char *db, *cmd, *a, *b, *format, *by;
    dyad_net_options net;
} net_opts;

static int parse_level(net_opts *o, const char *v)
{
    if (!strcmp(v, "country"))
        o->net.level = DYAD_NET_COUNTRY;
    else if (!strcmp(v, "actor"))
        o->net.level = DYAD_NET_ACTOR;
    else
        return cli_die(EXIT_USAGE, "--level: country or actor, not '%s'", v);
    return EXIT_OK;
}

/* A positional word: the command, then path's two actors. */
static int positional(net_opts *o, const char *w)
{
    if (!o->cmd)
        o->cmd = w;
    else if (!strcmp(o->cmd, "path") && !o->a)
        o->a = w;
    else if (!strcmp(o->cmd, "path") && !o->b)
        o->b = w;
    else
        return cli_die(EXIT_USAGE, "unexpected argument: %s\n%s", w, usage);
    return EXIT_OK;
}

static int parse_args(net_opts *o, int argc, char **argv)
{
    int rc = EXIT_OK;
    for (int i = 1; i < argc && !rc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(usage, stdout);
            exit(EXIT_OK);
        }
        if (a[0] != '-' || !a[1]) {
            rc = positional(o, a);
            continue;
        }
        if (i + 1 >= argc)
            return cli_die(EXIT_USAGE, "missing value for %s", a);
        const char *v = argv[++i];
        if (!strcmp(a, "--db")) o->db = v;
        else if (!strcmp(a, "--format")) o->format = v;
        else if (!strcmp(a, "--level")) rc = parse_level(o, v);
        else if (!strcmp(a, "--from")) o->net.from = v;
        else if (!strcmp(a, "--to")) o->net.to = v;
        else if (!strcmp(a, "--by")) o->by = v;
        else rc = cli_die(EXIT_USAGE, "unknown option: %s\n%s", a, usage);
    }
    if (rc)
        return rc;
    if (!o->db || !o->cmd)
        return cli_die(EXIT_USAGE, "--db FILE and a command are required\n%s",
                       usage);
    if (!strcmp(o->cmd, "path") && !o->b)
        return cli_die(EXIT_USAGE, "path needs two actors: path A B");
    return EXIT_OK;
}

/* Which output: reports take table|json, export/render a graph format. */
static int check_format(const net_opts *o, int *json, int *gfmt)
{
    int graph = !strcmp(o->cmd, "export") || !strcmp(o->cmd, "render");
    const char *f = o->format ? o->format
                  : !strcmp(o->cmd, "render") ? "svg"
                  : graph ? "graphml" : "table";
    if (graph) {
        *gfmt = dyad_net_format_parse(f);
        int svg = *gfmt == DYAD_NET_SVG;
        if (*gfmt < 0 || svg != !strcmp(o->cmd, "render"))
            return cli_die(EXIT_USAGE, "%s --format: %s, not '%s'", o->cmd,
                           svg || !strcmp(o->cmd, "render") ? "svg"
                                : "graphml, gexf, dot or csv", f);
        return EXIT_OK;
    }
    static const char *const cmds[] = { "summary", "central", "blocs", "path" };
    int known = 0;
    for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++)
        known |= !strcmp(o->cmd, cmds[i]);
    if (!known)
        return cli_die(EXIT_USAGE, "unknown net command '%s'\n%s", o->cmd, usage);
    if (strcmp(f, "table") && strcmp(f, "json"))
        return cli_die(EXIT_USAGE, "--format: table or json, not '%s'", f);
    *json = !strcmp(f, "json");
    return EXIT_OK;
}

static int run_one(const net_opts *o, const dyad_net *net, int json, int gfmt,
                   dyad_error *err)
{
    switch (o->cmd[0]) {
    case 's': return dyad_net_report_summary(net, json, stdout);
    case 'c': return dyad_net_report_central(net, json, stdout, err);
    case 'b': return dyad_net_report_blocs(net, json, stdout, err);
    case 'p': return dyad_net_report_path(net, o->a, o->b, json, stdout, err);
    default: return dyad_net_export(net, (dyad_net_format)gfmt, stdout, err);
    }
}

static int exit_for(int status)
{
    switch (status) {
    case DYAD_EEMPTY: case DYAD_ENOTFOUND: return EXIT_BADINPUT;
    case DYAD_EINVAL: return EXIT_USAGE;
    default: return EXIT_FATAL;
    }
}

/* Build and run for one window; an empty --by slice is skipped. */
static int run_window(const net_opts *o, dyad_store *s,
                      const dyad_net_options *w, int json, int gfmt)
{
    dyad_error err = { 0 };
    dyad_net *net;
    int rc = dyad_net_build(s, w, &net, &err);
    if (rc == DYAD_EEMPTY && w->period)
        return EXIT_OK;
    if (rc == DYAD_OK) {
        rc = run_one(o, net, json, gfmt, &err);
        dyad_net_free(net);
    }
    return rc ? cli_die(exit_for(rc), "%s", err.msg) : EXIT_OK;
}

static int run_slices(const net_opts *o, dyad_store *s, int json, int gfmt)
{
    dyad_error err = { 0 };
    char(*p)[8];
    int n, rc = dyad_net_periods(s, &o->net, o->by, &p, &n, &err);
    if (rc)
        return cli_die(exit_for(rc), "%s", err.msg);
    if (n == 0)
        rc = cli_die(EXIT_BADINPUT, "%s: no dated events to slice by %s",
                     o->db, o->by);
    for (int i = 0; i < n && !rc; i++) {
        dyad_net_options w = o->net;
        w.period = p[i];
        rc = run_window(o, s, &w, json, gfmt);
    }
    free(p);
    return rc;
}

int cmd_net(int argc, char **argv)
{
    net_opts o = { 0 };
    int json = 0, gfmt = -1;
    int rc = parse_args(&o, argc, argv);
    if (rc || (rc = check_format(&o, &json, &gfmt)))
        return rc;
    if (o.by && gfmt >= 0)
        return cli_die(EXIT_USAGE, "--by works with the reports, not %s", o.cmd);
    dyad_error err = { 0 };
    dyad_store *s = dyad_store_open_existing(o.db, &err);
    if (!s)
        return cli_die(EXIT_FATAL, "%s", err.msg);
    rc = o.by ? run_slices(&o, s, json, gfmt)
              : run_window(&o, s, &o.net, json, gfmt);
    dyad_store_close(s);
    return rc;
}
