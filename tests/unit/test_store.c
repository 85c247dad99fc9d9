/*
 * test_store.c -- the SQLite event store: schema, idempotent re-coding,
 * query filters, one-a-day, writers, JSONL ingest, actor kinds.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "dyad.h"
#include "test.h"

static char dir[] = "/tmp/dyad-test-store-XXXXXX";

static const char *db_path(const char *name)
{
    static char p[256];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    return p;
}

static void set_event(dyad_event *e, const char *src, const char *tgt,
                      const char *code, const char *date, int sentence)
{
    memset(e, 0, sizeof *e);
    snprintf(e->source, sizeof e->source, "%s", src);
    snprintf(e->target, sizeof e->target, "%s", tgt);
    dyad_event_set_code(e, code);
    snprintf(e->event_date, sizeof e->event_date, "%s", date);
    snprintf(e->story_date, sizeof e->story_date, "%s", date);
    e->date_precision = DYAD_DATE_DAY;
    e->sentence = sentence;
    e->method = "tree";
}

/* D1: two sentences, three events (one a same-day duplicate). */
static int put_d1(dyad_store *s, size_t nev)
{
    dyad_store_doc d = { .id = "D1", .title = "t", .story_date = "2020-05-01",
                         .text = "Iran met Venezuela. Iran, again, met them." };
    dyad_store_sentence sv[2] = { { 1, 0, 19, "Iran met Venezuela." },
                                  { 2, 20, 42, "Iran, \"again\", met them." } };
    dyad_event ev[3];
    set_event(&ev[0], "IRNGOV", "VENGOV", "043", "2020-05-01", 1);
    set_event(&ev[1], "IRNGOV", "VENGOV", "043", "2020-05-01", 2);
    set_event(&ev[2], "VENGOV", "USA", "111", "2020-06-02", 2);
    return dyad_store_put_document(s, &d, sv, 2, ev, nev, NULL);
}

static long count_query(dyad_store *s, const dyad_store_query *q)
{
    long n = -1;
    if (dyad_store_query_events(s, q, NULL, NULL, &n, NULL) != DYAD_OK)
        return -1;
    return n;
}

static void test_open_and_reopen(void)
{
    dyad_error err;
    dyad_store *s = dyad_store_open(db_path("a.db"), &err);
    CHECK(s != NULL);
    dyad_store_close(s);
    s = dyad_store_open(db_path("a.db"), &err);   /* migrations idempotent */
    CHECK(s != NULL);
    dyad_store_counts c;
    CHECK_INT(dyad_store_get_counts(s, &c, &err), DYAD_OK);
    CHECK_INT(c.events, 0);
    dyad_store_close(s);
    CHECK(dyad_store_open_existing(db_path("none.db"), &err) == NULL);
    CHECK_INT(err.status, DYAD_ENOTFOUND);
}

static void test_recode_replaces(void)
{
    dyad_store *s = dyad_store_open(db_path("b.db"), NULL);
    dyad_store_counts c1, c2;
    CHECK(s != NULL);
    if (!s)
        return;
    CHECK_INT(put_d1(s, 3), DYAD_OK);
    dyad_store_get_counts(s, &c1, NULL);
    CHECK_INT(put_d1(s, 3), DYAD_OK);    /* same document again */
    dyad_store_get_counts(s, &c2, NULL);
    CHECK_INT(c1.documents, 1);
    CHECK_INT(c1.sentences, 2);
    CHECK_INT(c1.events, 3);
    CHECK_INT(c2.events, c1.events);
    CHECK_INT(c2.sentences, c1.sentences);
    CHECK_INT(c1.actors, 3);
    CHECK_INT(put_d1(s, 1), DYAD_OK);    /* re-coded with fewer events */
    dyad_store_get_counts(s, &c2, NULL);
    CHECK_INT(c2.events, 1);
    dyad_store_close(s);
}

static int first_evidence(void *ud, const dyad_event *ev)
{
    snprintf(ud, 64, "%s", ev->sentence_text ? ev->sentence_text : "");
    return 1;
}

static void test_query_filters(void)
{
    dyad_store *s = dyad_store_open(db_path("c.db"), NULL);
    CHECK(s && put_d1(s, 3) == DYAD_OK);
    if (!s)
        return;
    dyad_store_query q = { 0 };
    CHECK_INT(count_query(s, &q), 3);
    q.one_a_day = 1;
    CHECK_INT(count_query(s, &q), 2);
    q = (dyad_store_query){ .actor = "USA" };
    CHECK_INT(count_query(s, &q), 1);
    q = (dyad_store_query){ .actor = "IRN" };      /* prefix match */
    CHECK_INT(count_query(s, &q), 2);
    q = (dyad_store_query){ .dyad_a = "USA", .dyad_b = "VEN" };  /* either way */
    CHECK_INT(count_query(s, &q), 1);
    q = (dyad_store_query){ .code = "04" };
    CHECK_INT(count_query(s, &q), 2);
    q = (dyad_store_query){ .from = "2020-06" };
    CHECK_INT(count_query(s, &q), 1);
    q = (dyad_store_query){ .to = "2020-05" };
    CHECK_INT(count_query(s, &q), 2);
    q = (dyad_store_query){ .from = "2020", .to = "2020" };
    CHECK_INT(count_query(s, &q), 3);
    q = (dyad_store_query){ .from = "May 2020" };
    CHECK_INT(dyad_store_query_events(s, &q, NULL, NULL, NULL, NULL), DYAD_EINVAL);
    char ev[64] = "";
    q = (dyad_store_query){ .actor = "USA" };
    dyad_store_query_events(s, &q, first_evidence, ev, NULL, NULL);
    CHECK_STR(ev, "Iran, \"again\", met them.");
    dyad_store_close(s);
}

static void test_csv_quoting(void)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    dyad_event e;
    set_event(&e, "IRN", "VEN", "043", "2020-05-01", 1);
    e.sentence_text = "He said \"yes\", then left.";
    dyad_event_write(m, &e, DYAD_EVFMT_CSV);
    fclose(m);
    CHECK(buf && strstr(buf, ",\"He said \"\"yes\"\", then left.\"\n") != NULL);
    CHECK(buf && strncmp(buf, ",1,2020-05-01,2020-05-01,3,IRN,VEN,043,04,1,", 44) == 0);
    free(buf);
    CHECK_INT(dyad_event_format_parse("tsv"), DYAD_EVFMT_TSV);
    CHECK_INT(dyad_event_format_parse("xml"), -1);
}

static void count_warn(void *ud, const char *f, long l, const char *m)
{
    (void)f; (void)l; (void)m;
    ++*(int *)ud;
}

static void test_ingest_jsonl(void)
{
    char path[256];
    snprintf(path, sizeof path, "%s", db_path("in.jsonl"));
    FILE *f = fopen(path, "w");
    fputs("{\"doc\":\"A\",\"sentence\":1,\"event_date\":\"2021-01-02\","
          "\"source\":\"CUB\",\"target\":\"VEN\",\"code\":\"057\","
          "\"evidence\":\"Cuba signed with Venezuela.\"}\n"
          "{not json\n"
          "{\"doc\":\"B\",\"source\":\"USA\",\"target\":\"CUB\",\"code\":\"172\","
          "\"location\":{\"name\":\"Havana\",\"country\":\"CUB\",\"lat\":23.1,"
          "\"lon\":-82.4}}\n"
          "{\"doc\":\"A\",\"source\":\"VEN\",\"target\":\"CUB\",\"code\":\"057\"}\n",
          f);
    fclose(f);
    dyad_store *s = dyad_store_open(db_path("d.db"), NULL);
    int warned = 0;
    long nev = 0, ndoc = 0;
    CHECK(s != NULL);
    if (!s)
        return;
    CHECK_INT(dyad_store_ingest_jsonl(s, path, count_warn, &warned, &nev,
                                      &ndoc, NULL), DYAD_OK);
    CHECK_INT(warned, 1);
    CHECK_INT(nev, 3);     /* A met again later is appended, not replaced */
    CHECK_INT(ndoc, 2);
    dyad_store_ingest_jsonl(s, path, count_warn, &warned, &nev, &ndoc, NULL);
    dyad_store_counts c;
    dyad_store_get_counts(s, &c, NULL);
    CHECK_INT(c.events, 3);  /* ingesting twice changes nothing */
    CHECK_INT(c.sentences, 1);
    dyad_store_close(s);
}

/* A file as a dyad of schema version 1 left it, holding one event: made
 * by today's dyad, then taken back to version 1 (its events had no
 * date_text) -- which also checks that version 2 only added the column. */
static int write_v1_file(const char *path)
{
    dyad_store *s = dyad_store_open(path, NULL);
    if (!s)
        return -1;
    dyad_store_close(s);
    static const char *const back_to_v1 =
        "ALTER TABLE events DROP COLUMN date_text;"
        "ALTER TABLE events DROP COLUMN trigger_start;"
        "ALTER TABLE events DROP COLUMN trigger_end;"
        "INSERT INTO documents VALUES('OLD', NULL, NULL, NULL, '2019-02-03',"
        " 'Cuba met Iran.', '2019-02-04T00:00:00Z');"
        "INSERT INTO events(doc_id, sentence, story_date, event_date,"
        " date_precision, source, target, code, root) VALUES('OLD', 1,"
        " '2019-02-03', '2019-02-03', 3, 'CUB', 'IRN', '040', '04');"
        "PRAGMA user_version = 1;";
    sqlite3 *db;
    int rc = sqlite3_open(path, &db);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, back_to_v1, NULL, NULL, NULL);
    sqlite3_close(db);
    return rc;
}

static int collect_date_text(void *ud, const dyad_event *ev)
{
    char *out = ud;
    size_t n = strlen(out);
    snprintf(out + n, 128 - n, "%s:%s:%zu-%zu;", ev->doc_id,
             ev->date_text ? ev->date_text : "-", ev->trigger_start, ev->trigger_end);
    return 0;
}

/* Opening a version-1 file migrates it: the old event stays, with no
 * date_text, and new events keep theirs through store, query, CSV, JSON. */
static void test_migrate_date_text(void)
{
    CHECK_INT(write_v1_file(db_path("v1.db")), SQLITE_OK);
    dyad_error err;
    dyad_store *s = dyad_store_open(db_path("v1.db"), &err);
    CHECK(s != NULL);
    if (!s)
        return;
    dyad_store_doc d = { .id = "NEW", .story_date = "2024-05-01",
                         .text = "In 1992 Iran armed Hezbollah." };
    dyad_event ev;
    set_event(&ev, "IRN", "IMGHEZ", "072", "1992-01-01", 1);
    ev.date_precision = DYAD_DATE_YEAR;
    ev.date_text = "In 1992";
    ev.trigger_start = 13;                  /* "armed" (schema 3) */
    ev.trigger_end = 18;
    CHECK_INT(dyad_store_put_document(s, &d, NULL, 0, &ev, 1, &err), DYAD_OK);
    char seen[128] = "";
    dyad_store_query q = { 0 };
    CHECK_INT(dyad_store_query_events(s, &q, collect_date_text, seen, NULL, &err),
              DYAD_OK);
    CHECK_STR(seen, "NEW:In 1992:13-18;OLD:-:0-0;");
    dyad_store_close(s);
    s = dyad_store_open_existing(db_path("v1.db"), &err);   /* now version 3 */
    CHECK(s != NULL);
    dyad_store_close(s);

    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    dyad_event_write_header(m, DYAD_EVFMT_CSV);
    ev.trigger_start = ev.trigger_end = 0;  /* (a span unknown: empty fields) */
    dyad_event_write_csv(m, &ev);
    dyad_event_write_json(m, &ev);
    fclose(m);
    CHECK(buf && strstr(buf, ",date_text,trigger_start,trigger_end,evidence\n") != NULL);
    CHECK(buf && strstr(buf, ",tree,In 1992,,,\n") != NULL);
    CHECK(buf && strstr(buf, "\"date_precision\":\"year\",\"date_text\":\"In 1992\"") != NULL);
    free(buf);
}

static void test_actor_kinds(void)
{
    CHECK_INT(dyad_actor_kind_of("IRNGOV"), DYAD_ACTOR_STATE);
    CHECK_INT(dyad_actor_kind_of("USA"), DYAD_ACTOR_STATE);
    CHECK_INT(dyad_actor_kind_of("IGOUNO"), DYAD_ACTOR_IGO);
    CHECK_INT(dyad_actor_kind_of("NGOHRI"), DYAD_ACTOR_NONSTATE);
    CHECK_INT(dyad_actor_kind_of("IMGMUS"), DYAD_ACTOR_NONSTATE);
    CHECK_INT(dyad_actor_kind_of("REB"), DYAD_ACTOR_AGENT);
    CHECK_INT(dyad_actor_kind_of("---"), DYAD_ACTOR_NONE);
    CHECK_INT(dyad_actor_kind_of("AFR"), DYAD_ACTOR_OTHER);
    CHECK_STR(dyad_actor_kind_name(DYAD_ACTOR_IGO), "igo");
    CHECK(dyad_store_date_ok("2020-01-31") && dyad_store_date_ok("2020"));
    CHECK(!dyad_store_date_ok("2020-1") && !dyad_store_date_ok("20x0"));
    CHECK(!dyad_store_date_ok("2020-13") && !dyad_store_date_ok("2020-02-32"));
}

int main(void)
{
    if (!mkdtemp(dir)) {
        printf("FAIL mkdtemp\n");
        return 1;
    }
    RUN(test_open_and_reopen);
    RUN(test_recode_replaces);
    RUN(test_query_filters);
    RUN(test_csv_quoting);
    RUN(test_ingest_jsonl);
    RUN(test_migrate_date_text);
    RUN(test_actor_kinds);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        printf("(could not remove %s)\n", dir);
    TEST_MAIN_END;
}
