/*
 * test_net.c -- the actor network on small hand-made event sets: country
 * folding, summary, centrality, blocs (an obvious IRN/VEN/CUB/LBN bloc
 * against USA/ISR), structural balance, paths with evidence, windows,
 * --by periods, exports, and the empty database.
 */
#include <stdlib.h>
#include <string.h>

#include "dyad.h"
#include "test.h"

static char dir[] = "/tmp/dyad-test-net-XXXXXX";

/* A store at dir/name holding the events "SRC TGT CODE DATE" of spec,
 * one document per event; NULL spec = no events. */
static dyad_store *make_store(const char *name, const char *const *spec)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    dyad_store *s = dyad_store_open(path, NULL);
    for (int i = 0; s && spec && spec[i]; i++) {
        char src[16], tgt[16], code[8], date[11], id[16], text[80];
        sscanf(spec[i], "%15s %15s %7s %10s", src, tgt, code, date);
        dyad_event e = { .sentence = 1 };
        snprintf(e.source, sizeof e.source, "%s", src);
        snprintf(e.target, sizeof e.target, "%s", tgt);
        dyad_event_set_code(&e, code);
        snprintf(e.event_date, sizeof e.event_date, "%s", date);
        snprintf(text, sizeof text, "Evidence %d: %s", i, spec[i]);
        e.sentence_text = text;
        snprintf(id, sizeof id, "E%d", i);
        dyad_store_doc d = { .id = id };
        if (dyad_store_put_document(s, &d, NULL, 0, &e, 1, NULL) != DYAD_OK)
            printf("(could not store %s)\n", spec[i]);
    }
    return s;
}

/* Two camps: cooperation inside each, conflict across. */
static const char *const camps[] = {
    "IRNGOV VENGOV 043 2019-01-05", "VENGOV IRNGOV 057 2019-02-01",
    "IRN CUB 061 2019-03-01", "CUBGOV VENGOV 042 2019-03-04",
    "LBNGOV IRNMIL 070 2019-04-01", "IRNGOV LBN 057 2019-04-02",
    "CUB LBN 036 2019-05-01", "VEN LBNGOV 040 2019-05-02",
    "USAGOV ISRGOV 057 2019-01-10", "ISRGOV USAGOV 061 2019-02-11",
    "USAMIL ISRMIL 062 2020-01-01", "USA ISR 040 2020-01-02",
    "USAGOV IRNGOV 172 2020-02-01", "IRNMIL USAMIL 190 2020-02-02",
    "ISRMIL LBNREB 190 2020-03-01", "USAGOV VENGOV 163 2020-04-01",
    "CUBGOV USAGOV 111 2020-05-01", "IRNGOV IRNMIL 051 2020-05-02",
    NULL,
};

static dyad_net *build(dyad_store *s, dyad_net_level level, int *status)
{
    dyad_net_options o = { .level = level };
    dyad_net *net = NULL;
    *status = dyad_net_build(s, &o, &net, NULL);
    return net;
}

static int bloc_of(const dyad_net *net, const dyad_net_blocs *b, const char *a)
{
    int n = dyad_net_find(net, a);
    for (int i = 0; i < b->n_blocs; i++)
        for (int k = 0; k < b->blocs[i].n_members; k++)
            if (b->blocs[i].members[k] == n)
                return i;
    return -1;
}

static void test_node_rule(void)
{
    char buf[DYAD_CODE_MAX];
    CHECK(dyad_net_node_of("IRNGOV", DYAD_NET_COUNTRY, buf, sizeof buf));
    CHECK_STR(buf, "IRN");
    dyad_net_node_of("IRNGOV", DYAD_NET_ACTOR, buf, sizeof buf);
    CHECK_STR(buf, "IRNGOV");
    dyad_net_node_of("IGOUNO", DYAD_NET_COUNTRY, buf, sizeof buf);
    CHECK_STR(buf, "IGOUNO");
    dyad_net_node_of("NGOHRW", DYAD_NET_COUNTRY, buf, sizeof buf);
    CHECK_STR(buf, "NGOHRW");
    CHECK(!dyad_net_node_of("---", DYAD_NET_COUNTRY, buf, sizeof buf));
}

static void test_blocs_two_camps(void)
{
    int st;
    dyad_store *s = make_store("camps.db", camps);
    dyad_net *net = build(s, DYAD_NET_COUNTRY, &st);
    CHECK_INT(st, DYAD_OK);
    if (!net) {
        dyad_store_close(s);
        return;
    }
    CHECK_INT(net->n_nodes, 6);
    CHECK_INT(net->self_events, 1);       /* IRNGOV -> IRNMIL */
    dyad_net_blocs b;
    CHECK_INT(dyad_net_find_blocs(net, &b, NULL), DYAD_OK);
    CHECK_INT(b.n_blocs, 2);
    int axis = bloc_of(net, &b, "IRN"), west = bloc_of(net, &b, "USA");
    CHECK(axis >= 0 && west >= 0 && axis != west);
    CHECK_INT(bloc_of(net, &b, "VENGOV"), axis);
    CHECK_INT(bloc_of(net, &b, "CUB"), axis);
    CHECK_INT(bloc_of(net, &b, "LBN"), axis);
    CHECK_INT(bloc_of(net, &b, "ISR"), west);
    if (axis >= 0 && west >= 0) {
        CHECK_INT(b.blocs[axis].internal_coop, 8);
        CHECK_INT(b.blocs[west].internal_coop, 4);
        CHECK_INT(b.blocs[west].conflict_out, 5);
        CHECK_INT(b.blocs[axis].conflict_out, 5);
    }
    CHECK(b.triads > 0);
    CHECK_INT(b.unbalanced, 0);           /* two camps are balanced */
    dyad_net_blocs_free(&b);
    dyad_net_free(net);
    dyad_store_close(s);
}

static void test_unbalanced_triad(void)
{
    static const char *const tri[] = {
        "FRA DEU 057 2019-01-01", "DEU ITA 057 2019-01-02",
        "ITA FRA 172 2019-01-03", "ESP FRA 042 2019-01-04", NULL };
    int st;
    dyad_store *s = make_store("tri.db", tri);
    dyad_net *net = build(s, DYAD_NET_COUNTRY, &st);
    dyad_net_blocs b;
    CHECK(net && dyad_net_find_blocs(net, &b, NULL) == DYAD_OK);
    if (net) {
        CHECK_INT(b.triads, 1);
        CHECK_INT(b.unbalanced, 1);
        CHECK_INT(b.n_unbalanced_list, 1);
        dyad_net_blocs_free(&b);
    }
    dyad_net_free(net);
    dyad_store_close(s);
}

static void test_summary_central(void)
{
    int st;
    dyad_store *s = make_store("camps2.db", camps);
    dyad_net *net = build(s, DYAD_NET_COUNTRY, &st);
    if (!net) {
        CHECK(net != NULL);
        dyad_store_close(s);
        return;
    }
    dyad_net_summary sm;
    dyad_net_summarize(net, &sm);
    CHECK_INT(sm.events, 17);
    CHECK(sm.n_top_coop > 0 && sm.n_top_conflict > 0);
    const dyad_net_edge *top = &net->edges[sm.top_coop[0]];
    CHECK_INT(dyad_net_edge_coop(top), 3);   /* USA->ISR */
    CHECK_STR(net->nodes[top->from].name, "USA");
    dyad_net_centrality *r;
    CHECK_INT(dyad_net_central(net, &r, NULL), DYAD_OK);
    double sum = 0;
    for (int i = 0; i < net->n_nodes; i++)
        sum += r[i].pagerank;
    CHECK(sum > 0.999 && sum < 1.001);
    CHECK(r[0].pagerank >= r[net->n_nodes - 1].pagerank);
    free(r);
    dyad_net_free(net);
    dyad_store_close(s);
}

static int save_evidence(void *ud, const dyad_event *ev)
{
    snprintf(ud, 128, "%s", ev->sentence_text ? ev->sentence_text : "");
    return 1;
}

static void test_path(void)
{
    static const char *const chain[] = {
        "AUS NZL 057 2019-01-01", "NZL FJI 040 2019-01-02",
        "FJI TON 042 2019-01-03", "AUS USA 040 2019-01-04", NULL };
    int st, *p = NULL, n = 0;
    dyad_store *s = make_store("chain.db", chain);
    dyad_net *net = build(s, DYAD_NET_COUNTRY, &st);
    CHECK(net != NULL);
    if (net) {
        CHECK_INT(dyad_net_path(net, "USA", "TONGOV", &p, &n, NULL), DYAD_OK);
        CHECK_INT(n, 5);
        if (n == 5) {
            CHECK_STR(net->nodes[p[1]].name, "AUS");
            CHECK_STR(net->nodes[p[3]].name, "FJI");
            char ev[128] = "";
            dyad_net_step_events(net, p[3], p[4], 3, save_evidence, ev, NULL);
            CHECK_STR(ev, "Evidence 2: FJI TON 042 2019-01-03");
        }
        free(p);
        CHECK_INT(dyad_net_path(net, "USA", "RUS", &p, &n, NULL), DYAD_ENOTFOUND);
    }
    dyad_net_free(net);
    dyad_store_close(s);
}

static void test_windows_and_periods(void)
{
    dyad_store *s = make_store("camps3.db", camps);
    dyad_net_options o = { .from = "2020" };
    dyad_net *net = NULL;
    CHECK_INT(dyad_net_build(s, &o, &net, NULL), DYAD_OK);
    CHECK(net && net->events == 7);
    dyad_net_free(net);
    char(*per)[8];
    int n = 0;
    CHECK_INT(dyad_net_periods(s, NULL, "year", &per, &n, NULL), DYAD_OK);
    CHECK_INT(n, 2);
    if (n == 2)
        CHECK_STR(per[1], "2020");
    free(per);
    o = (dyad_net_options){ .period = "2019-03" };
    CHECK_INT(dyad_net_build(s, &o, &net, NULL), DYAD_OK);
    CHECK(net && net->events == 2);
    dyad_net_free(net);
    o = (dyad_net_options){ .to = "2018" };
    CHECK_INT(dyad_net_build(s, &o, &net, NULL), DYAD_EEMPTY);
    dyad_store_close(s);
}

static void test_empty_and_exports(void)
{
    int st;
    dyad_store *s = make_store("empty.db", NULL);
    dyad_net *net = build(s, DYAD_NET_COUNTRY, &st);
    CHECK_INT(st, DYAD_EEMPTY);
    CHECK(net == NULL);
    dyad_store_close(s);
    s = make_store("camps4.db", camps);
    net = build(s, DYAD_NET_ACTOR, &st);
    CHECK(net != NULL);
    for (int f = DYAD_NET_GRAPHML; net && f <= DYAD_NET_CSV; f++) {
        char *buf = NULL;
        size_t len = 0;
        FILE *m = open_memstream(&buf, &len);
        CHECK_INT(dyad_net_export(net, (dyad_net_format)f, m, NULL), DYAD_OK);
        fclose(m);
        CHECK(buf && strstr(buf, "IRNGOV") != NULL);
        free(buf);
    }
    dyad_net_free(net);
    dyad_store_close(s);
}

int main(void)
{
    if (!mkdtemp(dir)) {
        printf("FAIL mkdtemp\n");
        return 1;
    }
    RUN(test_node_rule);
    RUN(test_blocs_two_camps);
    RUN(test_unbalanced_triad);
    RUN(test_summary_central);
    RUN(test_path);
    RUN(test_windows_and_periods);
    RUN(test_empty_and_exports);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        printf("(could not remove %s)\n", dir);
    TEST_MAIN_END;
}
