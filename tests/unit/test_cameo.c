/* test_cameo.c -- the compiled-in CAMEO table and event records. */
#include "dyad.h"
#include "test.h"

static void lookup_known_codes(void)
{
    const dyad_cameo_code *c = dyad_cameo_lookup("042");
    CHECK(c != NULL);
    CHECK(c && c->goldstein > 0);
    CHECK(dyad_cameo_lookup("999") == NULL);
    CHECK(dyad_cameo_lookup(NULL) == NULL);
    CHECK(dyad_cameo_count() == 311);
}

static void quad_classes_follow_roots(void)
{
    CHECK_INT(dyad_cameo_quad("042"), 1);
    CHECK_INT(dyad_cameo_quad("057"), 1);
    CHECK_INT(dyad_cameo_quad("064"), 2);
    CHECK_INT(dyad_cameo_quad("111"), 3);
    CHECK_INT(dyad_cameo_quad("130"), 3);
    CHECK_INT(dyad_cameo_quad("183"), 4);
    CHECK_INT(dyad_cameo_quad("20"), 4);
    CHECK_INT(dyad_cameo_quad("174K"), 4);
    CHECK_INT(dyad_cameo_quad("901"), 0);
    CHECK_INT(dyad_cameo_quad(""), 0);
}

static void goldstein_falls_back_to_root(void)
{
    double g = dyad_cameo_goldstein("1831");
    CHECK(g < 0);
    CHECK(dyad_cameo_goldstein("0429") == dyad_cameo_goldstein("042"));
    CHECK(dyad_cameo_goldstein("zzz") == 0.0);
}

static void event_set_code_fills_fields(void)
{
    dyad_event_list l = { 0 };
    dyad_event *ev = dyad_event_list_push(&l);
    dyad_event_set_code(ev, "183");
    CHECK_STR(ev->root, "18");
    CHECK_INT(ev->quad, 4);
    CHECK(ev->goldstein < -5);
    dyad_event_list_free(&l);
    CHECK(l.n == 0 && l.v == NULL);
}

int main(void)
{
    RUN(lookup_known_codes);
    RUN(quad_classes_follow_roots);
    RUN(goldstein_falls_back_to_root);
    RUN(event_set_code_fills_fields);
    TEST_MAIN_END;
}
