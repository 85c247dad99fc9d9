/*
 * cmd_serve.c -- 'dyad serve': dyad as an HTTP service (dyad/serve.h).
 *
 * Loads the dictionaries, starts the library's server, prints the address
 * it listens on (one line on stdout, so scripts started with --port 0 can
 * read the port chosen), logs each request on stderr unless -q, and runs
 * until SIGINT or SIGTERM, which stop it cleanly: requests in progress
 * finish first.
 */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
"usage: dyad serve [options]\n"
"  --port N           TCP port (default 8640; 0 = any free port)\n"
"  --bind ADDR        address to listen on (default 127.0.0.1)\n"
"  --db FILE.sqlite   the store behind /events and /net, and where\n"
"                     POST /code?store=1 puts documents and events\n"
"  --threads N        request threads (default: all cores)\n"
"  --no-parse         /code codes shallow unless ?parse=1\n"
"  --max-body MB      largest request body (default 16)\n"
"  --cors ORIGIN      let browser pages from ORIGIN (or *) call the service\n"
"  -q, --quiet        no access log (default: a line per request on stderr)\n"
"  --dict-dir DIR --verbs F --actors F,F --agents F --discards F\n"
"\n"
"routes: GET /health; POST /code[?parse=0|1&date=D&store=1] (JSON Lines,\n"
"text/plain or text/html body); GET /events?actor=&dyad=A,B&code=&from=&to=\n"
"&limit=; GET /net/summary|central|blocs|path|export?level=&from=&to=&by=\n"
"&a=&b=&format=\n";

/* A whole number in [lo, hi] or -1. */
static long number(const char *s, long lo, long hi)
{
    char *end;
    long n = strtol(s, &end, 10);
    return *s && !*end && n >= lo && n <= hi ? n : -1;
}

static int parse_args(dyad_server_options *o, cli_dict_opts *d, int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(usage, stdout);
            exit(EXIT_OK);
        }
        if (!strcmp(a, "--no-parse")) {
            o->use_parser = 0;
            continue;
        }
        if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
            o->access_log = NULL;
            continue;
        }
        if (cli_dict_option(d, argc, argv, &i))
            continue;
        if (i + 1 >= argc)
            return cli_die(EXIT_USAGE, "unknown option or missing value: %s\n%s", a, usage);
        const char *v = argv[++i];
        long n = 0;
        if (!strcmp(a, "--port") && (n = number(v, 0, 65535)) >= 0)
            o->port = (int)n;
        else if (!strcmp(a, "--threads") && (n = number(v, 1, 256)) >= 0)
            o->threads = (int)n;
        else if (!strcmp(a, "--max-body") && (n = number(v, 1, 4096)) >= 0)
            o->max_body = (size_t)n << 20;
        else if (!strcmp(a, "--bind"))
            o->bind = v;
        else if (!strcmp(a, "--db"))
            o->db = v;
        else if (!strcmp(a, "--cors"))
            o->cors_origin = v;
        else
            return cli_die(EXIT_USAGE, "bad option or value: %s %s\n%s", a, v, usage);
    }
    return EXIT_OK;
}

int cmd_serve(int argc, char **argv)
{
    dyad_server_options o = dyad_server_defaults();
    cli_dict_opts d = { 0 };
    o.port = 8640;
    o.access_log = stderr;
    int rc = parse_args(&o, &d, argc, argv);
    if (rc)
        return rc;
    dyad_dict *dict = cli_dict_load(&d);
    if (!dict)
        return EXIT_FATAL;
    /* The server's threads start with these blocked, so the signals come
     * to sigwait below and nowhere else. */
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop, NULL);
    dyad_error err = { 0 };
    dyad_server *s = dyad_server_new(dict, &o, &err);
    if (!s || dyad_server_listen(s, &err) != DYAD_OK) {
        dyad_server_free(s);
        dyad_dict_free(dict);
        return cli_die(EXIT_FATAL, "%s", err.msg);
    }
    printf("dyad: serving on http://%s%s%s:%d/\n", strchr(o.bind ? o.bind : "", ':') ? "[" : "",
           o.bind ? o.bind : "127.0.0.1", strchr(o.bind ? o.bind : "", ':') ? "]" : "",
           dyad_server_port(s));
    fflush(stdout);
    int sig;
    sigwait(&stop, &sig);
    dyad_server_free(s);
    dyad_dict_free(dict);
    fprintf(stderr, "dyad: stopped (%s)\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
    return EXIT_OK;
}
