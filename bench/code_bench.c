/*
 * code_bench.c -- coding throughput from parsed input, and dictionary load
 * time.
 *
 *   code_bench SHARED_DIR [SENTENCES] [THREADS] [DICT_DIR]
 *
 * Codes the PETRARCH unit-test records (trees already parsed, validation
 * dictionaries loaded) repeated to SENTENCES sentences (default 50,000)
 * on THREADS threads (default 1), timing the coding only (MB/s counts the
 * bytes of the trees coded); then times
 * loading every Phoenix dictionary plus CAMEO.2.0, and, given DICT_DIR,
 * loading dyad's own dictionaries from it.  Prints one line of JSON with
 * the figures.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dyad.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void quiet(void *ud, const char *f, long l, const char *m)
{
    (void)ud; (void)f; (void)l; (void)m;
}

typedef struct job {
    const dyad_dict *d;
    const dyad_record_set *rs;
    long from, to;          /* sentence numbers (record = n % count) */
    long events;
    double bytes;           /* of the trees coded */
} job;

static void *run_job(void *arg)
{
    job *j = arg;
    dyad_coder *c = dyad_coder_new(j->d, NULL);
    dyad_event_list l = { 0 };
    for (long i = j->from; i < j->to; i++) {
        const dyad_record *r = &j->rs->v[i % (long)j->rs->n];
        dyad_event_list_clear(&l);
        dyad_code_tree(c, r->parse, r->date, &l, NULL);
        j->events += (long)l.n;
        j->bytes += (double)strlen(r->parse);
    }
    dyad_event_list_free(&l);
    dyad_coder_free(c);
    return NULL;
}

static int load(dyad_dict *d, const char *dir, const char *name,
                int (*fn)(dyad_dict *, const char *, dyad_error *))
{
    char path[4096];
    dyad_error err;
    snprintf(path, sizeof path, "%s/petrarch/%s", dir, name);
    if (fn(d, path, &err) != DYAD_OK) {
        fprintf(stderr, "%s\n", err.msg);
        return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    const char *shared = argc > 1 ? argv[1] : "../shared";
    long n = argc > 2 ? atol(argv[2]) : 50000;
    int threads = argc > 3 ? atoi(argv[3]) : 1;
    if (threads < 1 || threads > 64 || n < 1)
        return 2;
    char path[4096];
    snprintf(path, sizeof path, "%s/petrarch/PETR.UnitTest.records.xml", shared);
    dyad_record_set rs;
    dyad_error err;
    if (dyad_records_read(path, &rs, quiet, NULL, &err) != DYAD_OK || rs.n == 0)
        return 1;
    /* keep the records that have a parse: the benchmark codes trees */
    size_t k = 0;
    for (size_t i = 0; i < rs.n; i++)
        if (rs.v[i].parse)
            rs.v[k++] = rs.v[i];
    size_t all = rs.n;
    rs.n = k;
    dyad_dict *d = dyad_dict_new();
    dyad_dict_set_warn(d, quiet, NULL);
    if (load(d, shared, "PETR.Validate.verbs.txt", dyad_dict_load_verbs) ||
        load(d, shared, "PETR.Validate.actors.txt", dyad_dict_load_actors) ||
        load(d, shared, "PETR.Validate.agents.txt", dyad_dict_load_agents) ||
        load(d, shared, "PETR.Validate.discards.txt", dyad_dict_load_discards))
        return 1;
    pthread_t tid[64];
    job jobs[64];
    double t0 = now();
    for (int t = 0; t < threads; t++) {
        jobs[t] = (job){ d, &rs, n * t / threads, n * (t + 1) / threads, 0, 0 };
        pthread_create(&tid[t], NULL, run_job, &jobs[t]);
    }
    long events = 0;
    double bytes = 0;
    for (int t = 0; t < threads; t++) {
        pthread_join(tid[t], NULL);
        events += jobs[t].events;
        bytes += jobs[t].bytes;
    }
    double code_s = now() - t0;
    dyad_dict_free(d);
    rs.n = all;
    dyad_records_free(&rs);

    /* the production-size load: every Phoenix dictionary + CAMEO.2.0 */
    t0 = now();
    d = dyad_dict_new();
    dyad_dict_set_warn(d, quiet, NULL);
    if (load(d, shared, "CAMEO.2.0.txt", dyad_dict_load_verbs) ||
        load(d, shared, "Phoenix.Countries.actors.txt", dyad_dict_load_actors) ||
        load(d, shared, "Phoenix.International.actors.txt", dyad_dict_load_actors) ||
        load(d, shared, "Phoenix.MilNonState.actors.txt", dyad_dict_load_actors) ||
        load(d, shared, "Phoenix.agents.txt", dyad_dict_load_agents) ||
        load(d, shared, "Phoenix.discards.txt", dyad_dict_load_discards))
        return 1;
    double load_s = now() - t0;
    dyad_dict_free(d);
    double own_s = -1;
    if (argc > 4) {
        t0 = now();
        d = dyad_dict_new();
        dyad_dict_set_warn(d, quiet, NULL);
        if (dyad_dict_load_dir(d, argv[4], &err) != DYAD_OK) {
            fprintf(stderr, "%s\n", err.msg);
            return 1;
        }
        own_s = now() - t0;
        dyad_dict_free(d);
    }
    printf("{\"bench\":\"parsed\",\"threads\":%d,\"sentences\":%ld,\"events\":%ld,"
           "\"seconds\":%.3f,\"sentences_per_s\":%.0f,\"mb_per_s\":%.2f,"
           "\"dict_load_s\":%.3f,\"own_dict_load_s\":%.3f}\n",
           threads, n, events, code_s, n / code_s, bytes / 1e6 / code_s, load_s, own_s);
    return 0;
}
