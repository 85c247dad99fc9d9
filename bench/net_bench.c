/*
 * net_bench.c -- network analysis speed on a synthetic event store.
 *
 *   net_bench [DB] [EVENTS]
 *
 * Fills DB (default /tmp/dyad-net-bench.sqlite, recreated) with EVENTS
 * synthetic events (default 100,000; fixed seed, so every run sees the
 * same data) through the store's batch API, then times building the
 * network and answering `central` and `blocs` at country and at actor
 * level.  Prints one line of JSON with the figures; the target is under
 * 2 s for central and blocs each.
 *
 * The events: 45 countries in 5 blocs that mostly cooperate inside and
 * fight across, 10 agents per country, a few IGOs, dates 2015-2024.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "dyad.h"

#define N_COUNTRIES 45
#define N_BLOCS 5
#define DOC_EVENTS 10

static const char *const agents[] = { "", "GOV", "MIL", "COP", "OPP", "BUS",
                                      "MED", "REB", "LEG", "JUD" };
static const char *const coop[] = { "010", "020", "036", "040", "042", "043",
                                    "051", "057", "061", "070" };
static const char *const conflict[] = { "111", "112", "120", "130", "138",
                                        "160", "172", "180", "190", "193" };

static unsigned long long rng = 0x2545F4914F6CDD1DULL;   /* fixed seed */

static unsigned rnd(unsigned n)   /* xorshift64*, uniform enough here */
{
    rng ^= rng >> 12;
    rng ^= rng << 25;
    rng ^= rng >> 27;
    return (unsigned)((rng * 0x2545F4914F6CDD1DULL) >> 33) % n;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Country i's code: three letters from its index (AAA, AAB, ...) would
 * not be real countries, so take real ones from a fixed list. */
static const char *const countries[N_COUNTRIES] = {
    "USA", "GBR", "FRA", "DEU", "ISR", "CAN", "AUS", "JPN", "KOR", "ITA",
    "IRN", "SYR", "LBN", "VEN", "CUB", "NIC", "RUS", "BLR", "CHN", "PRK",
    "IND", "PAK", "BGD", "NPL", "LKA", "EGY", "SAU", "ARE", "QAT", "TUR",
    "BRA", "ARG", "CHL", "COL", "PER", "MEX", "NGA", "GHA", "KEN", "ETH",
    "ZAF", "UKR", "POL", "ROU", "GRC",
};

static void make_event(dyad_event *e, long i)
{
    int a = (int)rnd(N_COUNTRIES), b;
    int inside = rnd(10) < 7;
    do
        b = (int)rnd(N_COUNTRIES);
    while (b == a || ((b % N_BLOCS) == (a % N_BLOCS)) != inside);
    int cooperative = inside ? rnd(100) < 85 : rnd(100) < 20;
    snprintf(e->source, sizeof e->source, "%s%s", countries[a], agents[rnd(10)]);
    snprintf(e->target, sizeof e->target, "%s%s", countries[b], agents[rnd(10)]);
    dyad_event_set_code(e, cooperative ? coop[rnd(10)] : conflict[rnd(10)]);
    snprintf(e->event_date, sizeof e->event_date, "%04u-%02u-%02u",
             2015 + rnd(10), 1 + rnd(12), 1 + rnd(28));
    memcpy(e->story_date, e->event_date, sizeof e->story_date);
    e->date_precision = DYAD_DATE_DAY;
    e->sentence = (int)(i % DOC_EVENTS) + 1;
    e->method = "tree";
}

static int fill(dyad_store *s, long n, dyad_error *err)
{
    dyad_event ev[DOC_EVENTS];
    char id[32];
    int rc = dyad_store_begin(s, err);
    for (long i = 0; !rc && i < n; i += DOC_EVENTS) {
        int k = 0;
        memset(ev, 0, sizeof ev);
        for (; k < DOC_EVENTS && i + k < n; k++)
            make_event(&ev[k], i + k);
        snprintf(id, sizeof id, "BENCH%08ld", i / DOC_EVENTS);
        dyad_store_doc d = { .id = id, .story_date = ev[0].story_date };
        rc = dyad_store_put_document(s, &d, NULL, 0, ev, (size_t)k, err);
    }
    return rc ? rc : dyad_store_commit(s, err);
}

static int discard_write(FILE *null, const dyad_net *net, int blocs,
                         dyad_error *err)
{
    return blocs ? dyad_net_report_blocs(net, 1, null, err)
                 : dyad_net_report_central(net, 1, null, err);
}

/* Time build + central and build + blocs at one level. */
static int time_level(dyad_store *s, dyad_net_level level, double t[3],
                      int *nodes, dyad_error *err)
{
    FILE *null = fopen("/dev/null", "w");
    dyad_net_options o = { .level = level };
    dyad_net *net;
    double t0 = now();
    int rc = dyad_net_build(s, &o, &net, err);
    t[0] = now() - t0;
    for (int b = 0; !rc && b < 2; b++) {
        t0 = now();
        rc = discard_write(null, net, b, err);
        t[1 + b] = now() - t0 + t[0];   /* answering includes building */
    }
    if (!rc) {
        *nodes = net->n_nodes;
        dyad_net_free(net);
    }
    fclose(null);
    return rc;
}

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "/tmp/dyad-net-bench.sqlite";
    long n = argc > 2 ? atol(argv[2]) : 100000;
    char side[600];
    dyad_error err = { 0 };
    unlink(path);
    snprintf(side, sizeof side, "%s-wal", path);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", path);
    unlink(side);
    dyad_store *s = dyad_store_open(path, &err);
    double t0 = now(), tc[3], ta[3];
    int nc = 0, na = 0;
    if (!s || fill(s, n, &err) != DYAD_OK) {
        fprintf(stderr, "net_bench: %s\n", err.msg);
        return 1;
    }
    double fill_s = now() - t0;
    if (time_level(s, DYAD_NET_COUNTRY, tc, &nc, &err) ||
        time_level(s, DYAD_NET_ACTOR, ta, &na, &err)) {
        fprintf(stderr, "net_bench: %s\n", err.msg);
        return 1;
    }
    printf("{\"events\":%ld,\"store_s\":%.3f,\"events_per_s\":%.0f,"
           "\"country_nodes\":%d,\"country_build_s\":%.3f,"
           "\"country_central_s\":%.3f,\"country_blocs_s\":%.3f,"
           "\"actor_nodes\":%d,\"actor_build_s\":%.3f,"
           "\"actor_central_s\":%.3f,\"actor_blocs_s\":%.3f,"
           "\"under_2s\":%s}\n", n, fill_s, n / fill_s, nc, tc[0], tc[1],
           tc[2], na, ta[0], ta[1], ta[2],
           tc[1] < 2 && tc[2] < 2 && ta[1] < 2 && ta[2] < 2 ? "true" : "false");
    dyad_store_close(s);
    return 0;
}
