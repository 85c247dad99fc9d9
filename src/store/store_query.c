/*
 * store_query.c -- reading events back from the store with filters.
 *
 * A query becomes one SELECT whose WHERE clause holds only the filters
 * asked for; every value is bound, never pasted.  The one-a-day filter
 * keeps, for each (source, target, code, event_date), the event stored
 * first (lowest id): it is applied when reading, so the stored record is
 * never thinned.  Evidence comes from the sentences table.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_internal.h"

int dyad_store_query_set_dyad(dyad_store_query *q, const char *pair, char *buf,
                              size_t cap)
{
    const char *comma = pair ? strchr(pair, ',') : NULL;
    if (!comma || comma == pair || !comma[1] || strlen(pair) >= cap)
        return DYAD_EINVAL;
    memcpy(buf, pair, strlen(pair) + 1);
    buf[comma - pair] = 0;
    q->dyad_a = buf;
    q->dyad_b = buf + (comma - pair) + 1;
    return DYAD_OK;
}

int dyad_store_date_ok(const char *d)
{
    /* YYYY, YYYY-MM or YYYY-MM-DD, digits where digits belong */
    static const char shape[] = "dddd-dd-dd";
    size_t n = d ? strlen(d) : 0;
    if (n != 4 && n != 7 && n != 10)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (shape[i] == 'd' ? !isdigit((unsigned char)d[i]) : d[i] != '-')
            return 0;
    int month = n >= 7 ? atoi(d + 5) : 1, day = n == 10 ? atoi(d + 8) : 1;
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

static int code_ok(const char *c)
{
    for (; *c; c++)
        if (!isalnum((unsigned char)*c) && *c != '_' && *c != '-')
            return 0;
    return 1;
}

/* The WHERE clause for q, parameters numbered ?1..?6 (unused ones are
 * simply never referenced). */
static void where_clause(const dyad_store_query *q, char *buf, size_t len)
{
    size_t k = 0;
    buf[0] = 0;
#define ADD(s) k += (size_t)snprintf(buf + k, k < len ? len - k : 0, "%s%s", \
                                     k ? " AND " : " WHERE ", s)
    if (q->actor)
        ADD("(substr(source, 1, length(?1)) = ?1 OR"
            " substr(target, 1, length(?1)) = ?1)");
    if (q->dyad_a && q->dyad_b)
        ADD("((substr(source, 1, length(?2)) = ?2 AND"
            " substr(target, 1, length(?3)) = ?3) OR"
            " (substr(source, 1, length(?3)) = ?3 AND"
            " substr(target, 1, length(?2)) = ?2))");
    if (q->code)
        ADD("substr(code, 1, length(?4)) = ?4");
#undef ADD
    sqlstore_window_sql(buf + k, k < len ? len - k : 0, q->from, q->to, NULL,
                        5, k == 0);
}

void sqlstore_window_sql(char *buf, size_t len, const char *from,
                         const char *to, const char *period, int p, int first)
{
    /* compare as many characters as the bound has: "2019" <= 2019-xx-xx */
    const char *part[3] = {
        from ? "substr(event_date, 1, length(?%d)) >= ?%d" : NULL,
        to ? "substr(event_date, 1, length(?%d)) <= ?%d" : NULL,
        period ? "substr(event_date, 1, length(?%d)) = ?%d" : NULL,
    };
    size_t k = 0;
    if (len)
        buf[0] = 0;
    for (int i = 0; i < 3; i++) {
        if (!part[i])
            continue;
        k += (size_t)snprintf(buf + k, k < len ? len - k : 0, "%s",
                              first ? " WHERE " : " AND ");
        k += (size_t)snprintf(buf + k, k < len ? len - k : 0, part[i], p + i,
                              p + i);
        first = 0;
    }
}

static int check_query(dyad_store *s, const dyad_store_query *q,
                       dyad_error *err)
{
    const char *codes[] = { q->actor, q->dyad_a, q->dyad_b, q->code };
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
        if (codes[i] && (!*codes[i] || !code_ok(codes[i])))
            return dyad_fail(err, DYAD_EINVAL, "bad code '%s' (letters, "
                             "digits, '_' and '-' only)", codes[i]);
    if ((q->dyad_a != NULL) != (q->dyad_b != NULL))
        return dyad_fail(err, DYAD_EINVAL, "a dyad needs two actors");
    if ((q->from && !dyad_store_date_ok(q->from)) ||
        (q->to && !dyad_store_date_ok(q->to)))
        return dyad_fail(err, DYAD_EINVAL, "bad date '%s' (want YYYY, "
                         "YYYY-MM or YYYY-MM-DD)",
                         q->from && !dyad_store_date_ok(q->from) ? q->from
                                                                 : q->to);
    (void)s;
    return DYAD_OK;
}

static char *col(sqlite3_stmt *st, int i)
{
    return (char *)sqlite3_column_text(st, i);
}

static void copy_col(char *dst, size_t n, sqlite3_stmt *st, int i)
{
    const char *v = col(st, i);
    snprintf(dst, n, "%s", v ? v : "");
}

/* An event pointing into the current row (valid until the next step). */
void sqlstore_row_event(sqlite3_stmt *st, dyad_event *e)
{
    memset(e, 0, sizeof *e);
    e->doc_id = col(st, 0);
    e->sentence = sqlite3_column_int(st, 1);
    copy_col(e->story_date, sizeof e->story_date, st, 2);
    copy_col(e->event_date, sizeof e->event_date, st, 3);
    e->date_precision = (dyad_date_precision)sqlite3_column_int(st, 4);
    copy_col(e->source, sizeof e->source, st, 5);
    copy_col(e->target, sizeof e->target, st, 6);
    copy_col(e->code, sizeof e->code, st, 7);
    copy_col(e->root, sizeof e->root, st, 8);
    e->quad = sqlite3_column_int(st, 9);
    e->goldstein = sqlite3_column_double(st, 10);
    e->source_text = col(st, 11);
    e->target_text = col(st, 12);
    e->trigger = col(st, 13);
    e->location = col(st, 14);
    copy_col(e->location_country, sizeof e->location_country, st, 15);
    e->has_coords = sqlite3_column_type(st, 16) != SQLITE_NULL;
    e->lat = sqlite3_column_double(st, 16);
    e->lon = sqlite3_column_double(st, 17);
    e->span_start = (size_t)sqlite3_column_int64(st, 18);
    e->span_end = (size_t)sqlite3_column_int64(st, 19);
    e->method = col(st, 20);
    e->sentence_text = col(st, 21);
    e->date_text = col(st, 22);
    e->trigger_start = (size_t)sqlite3_column_int64(st, 23);
    e->trigger_end = (size_t)sqlite3_column_int64(st, 24);   /* NULL: 0 */
}

int dyad_store_query_events(dyad_store *s, const dyad_store_query *q,
                            dyad_store_event_fn fn, void *ud, long *n,
                            dyad_error *err)
{
    static const dyad_store_query none;
    char where[1024], sql[2048];
    sqlite3_stmt *st;
    long count = 0;
    int rc;
    if (n)
        *n = 0;
    if (!q)
        q = &none;
    if ((rc = check_query(s, q, err)))
        return rc;
    where_clause(q, where, sizeof where);
    snprintf(sql, sizeof sql,
             "SELECT " SQLSTORE_EVENT_COLS " FROM events e LEFT JOIN sentences s"
             " ON s.doc_id = e.doc_id AND s.n = e.sentence WHERE e.id IN"
             " (SELECT %s FROM events%s%s) ORDER BY e.event_date, e.doc_id,"
             " e.sentence, e.id",
             q->one_a_day ? "min(id)" : "id", where,
             q->one_a_day ? " GROUP BY source, target, code, event_date" : "");
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
        return sqlstore_fail(s, err, "querying events");
    const char *vals[] = { q->actor, q->dyad_a, q->dyad_b, q->code, q->from,
                           q->to };
    for (int i = 0; i < 6; i++)
        if (vals[i])
            sqlite3_bind_text(st, i + 1, vals[i], -1, SQLITE_STATIC);
    rc = DYAD_OK;
    while ((q->limit <= 0 || count < q->limit)) {
        int step = sqlite3_step(st);
        if (step == SQLITE_DONE)
            break;
        if (step != SQLITE_ROW) {
            rc = sqlstore_fail(s, err, "reading events");
            break;
        }
        dyad_event e;
        sqlstore_row_event(st, &e);
        count++;
        if (fn && fn(ud, &e))
            break;
    }
    sqlite3_finalize(st);
    if (n)
        *n = count;
    return rc;
}
