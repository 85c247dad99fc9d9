/*
 * cmd_events.c -- 'dyad events': query events stored in a database, or
 * (with --ingest-jsonl) store events given as JSON Lines.
 *
 * A thin layer over dyad/store.h: parse options into a dyad_store_query,
 * stream the matching events to stdout in the chosen format.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
"usage: dyad events --db FILE [options]\n"
"  --actor X          events with X as source or target (code prefix)\n"
"  --dyad A,B         events between A and B, either direction\n"
"  --code C           CAMEO code prefix (18 = all assaults)\n"
"  --from D, --to D   event dates, YYYY[-MM[-DD]], inclusive\n"
"  --one-a-day        count the same source, target, code and day once\n"
"  --format F         jsonl (default), tsv or csv; rows carry the evidence\n"
"  --limit N          at most N events\n"
"  --ingest-jsonl F   store the events of a JSON Lines file (dyad code\n"
"                     output) instead of querying ('-' = stdin)\n";

typedef struct events_opts {
    const char *db, *ingest, *dyad;
    dyad_store_query q;
    int fmt;
    char dyad_buf[2 * DYAD_CODE_MAX];
} events_opts;

static int print_event(void *ud, const dyad_event *ev)
{
    const events_opts *o = ud;
    return dyad_event_write(stdout, ev, (dyad_event_format)o->fmt) != DYAD_OK;
}

/* --dyad A,B -> q.dyad_a, q.dyad_b (pointing into dyad_buf). */
static int split_dyad(events_opts *o)
{
    if (dyad_store_query_set_dyad(&o->q, o->dyad, o->dyad_buf, sizeof o->dyad_buf))
        return cli_die(EXIT_USAGE, "--dyad wants two actors: A,B");
    return EXIT_OK;
}

static int parse_args(events_opts *o, int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(usage, stdout);
            exit(EXIT_OK);
        }
        if (!strcmp(a, "--one-a-day")) {
            o->q.one_a_day = 1;
            continue;
        }
        if (i + 1 >= argc)
            return cli_die(EXIT_USAGE, "unknown option or missing value: %s\n%s",
                           a, usage);
        const char *v = argv[++i];
        if (!strcmp(a, "--db")) o->db = v;
        else if (!strcmp(a, "--actor")) o->q.actor = v;
        else if (!strcmp(a, "--dyad")) o->dyad = v;
        else if (!strcmp(a, "--code")) o->q.code = v;
        else if (!strcmp(a, "--from")) o->q.from = v;
        else if (!strcmp(a, "--to")) o->q.to = v;
        else if (!strcmp(a, "--limit")) o->q.limit = atol(v);
        else if (!strcmp(a, "--ingest-jsonl")) o->ingest = v;
        else if (!strcmp(a, "--format")) {
            if ((o->fmt = dyad_event_format_parse(v)) < 0)
                return cli_die(EXIT_USAGE, "--format: jsonl, tsv or csv, "
                               "not '%s'", v);
        } else
            return cli_die(EXIT_USAGE, "unknown option: %s\n%s", a, usage);
    }
    if (!o->db)
        return cli_die(EXIT_USAGE, "--db FILE is required\n%s", usage);
    return o->dyad ? split_dyad(o) : EXIT_OK;
}

/* Print a bad-record warning and count it (the exit code says so). */
static void count_warn(void *ud, const char *file, long line, const char *msg)
{
    ++*(long *)ud;
    dyad_warn_stderr(NULL, file, line, msg);
}

static int run_ingest(dyad_store *s, const events_opts *o)
{
    dyad_error err = { 0 };
    long nev = 0, ndoc = 0, warned = 0;
    int rc = dyad_store_ingest_jsonl(s, o->ingest, count_warn, &warned, &nev,
                                     &ndoc, &err);
    if (rc)
        return cli_die(rc == DYAD_EIO ? EXIT_FATAL : EXIT_BADINPUT, "%s",
                       err.msg);
    fprintf(stderr, "dyad: stored %ld events of %ld documents in %s\n", nev,
            ndoc, o->db);
    return warned ? EXIT_BADINPUT : EXIT_OK;
}

static int run_query(dyad_store *s, events_opts *o)
{
    dyad_error err = { 0 };
    long n = 0;
    dyad_event_write_header(stdout, (dyad_event_format)o->fmt);
    int rc = dyad_store_query_events(s, &o->q, print_event, o, &n, &err);
    if (rc)
        return cli_die(rc == DYAD_EINVAL ? EXIT_USAGE : EXIT_FATAL, "%s",
                       err.msg);
    if (fflush(stdout) != 0)
        return cli_die(EXIT_FATAL, "cannot write the output");
    dyad_store_counts c;
    if (n == 0 && dyad_store_get_counts(s, &c, NULL) == DYAD_OK && !c.events)
        return cli_die(EXIT_BADINPUT, "%s: the database holds no events", o->db);
    return EXIT_OK;
}

int cmd_events(int argc, char **argv)
{
    events_opts o = { .fmt = DYAD_EVFMT_JSONL };
    int rc = parse_args(&o, argc, argv);
    if (rc)
        return rc;
    dyad_error err = { 0 };
    dyad_store *s = o.ingest ? dyad_store_open(o.db, &err)
                             : dyad_store_open_existing(o.db, &err);
    if (!s)
        return cli_die(EXIT_FATAL, "%s", err.msg);
    rc = o.ingest ? run_ingest(s, &o) : run_query(s, &o);
    dyad_store_close(s);
    return rc;
}
