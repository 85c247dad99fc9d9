/*
 * store_io.c -- events in and out of the store as text: the JSONL / TSV /
 * CSV writers used by `dyad events`, and the JSON Lines ingest used by
 * `dyad events --ingest-jsonl` (and tests that need a filled store without
 * running the coder).
 *
 * JSON goes through jansson, never by hand.  TSV reuses the engine's
 * dyad_event_write_tsv and adds the evidence column after it.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "store/store_internal.h"
#include "util/strmap.h"

/* ---------------------------------------------------------------- write */

int dyad_event_format_parse(const char *name)
{
    if (!name)
        return -1;
    if (!strcmp(name, "jsonl") || !strcmp(name, "json"))
        return DYAD_EVFMT_JSONL;
    if (!strcmp(name, "tsv"))
        return DYAD_EVFMT_TSV;
    if (!strcmp(name, "csv"))
        return DYAD_EVFMT_CSV;
    return -1;
}

int dyad_event_write_header(FILE *out, dyad_event_format fmt)
{
    if (fmt != DYAD_EVFMT_CSV)
        return DYAD_OK;
    return fputs("doc_id,sentence,story_date,event_date,date_precision,"
                 "source,target,code,root,quad,goldstein,source_text,"
                 "target_text,trigger,location,location_country,lat,lon,"
                 "span_start,span_end,method,date_text,trigger_start,trigger_end,"
                 "evidence\n", out) == EOF
               ? DYAD_EIO : DYAD_OK;
}

/* One RFC 4180 field: quoted when it holds a comma, quote or newline. */
static void csv_field(FILE *out, const char *s, int first)
{
    if (!first)
        fputc(',', out);
    if (!s)
        return;
    if (!strpbrk(s, ",\"\r\n")) {
        fputs(s, out);
        return;
    }
    fputc('"', out);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

int dyad_event_write_csv(FILE *out, const dyad_event *e)
{
    char num[10][32];
    snprintf(num[0], 32, "%d", e->sentence);
    snprintf(num[1], 32, "%d", (int)e->date_precision);
    snprintf(num[2], 32, "%d", e->quad);
    snprintf(num[3], 32, "%.1f", e->goldstein);
    num[4][0] = num[5][0] = 0;   /* no coordinates: empty fields */
    if (e->has_coords) {
        snprintf(num[4], 32, "%.5f", e->lat);
        snprintf(num[5], 32, "%.5f", e->lon);
    }
    snprintf(num[6], 32, "%zu", e->span_start);
    snprintf(num[7], 32, "%zu", e->span_end);
    num[8][0] = num[9][0] = 0;   /* no trigger span: empty fields */
    if (e->trigger_end > e->trigger_start) {
        snprintf(num[8], 32, "%zu", e->trigger_start);
        snprintf(num[9], 32, "%zu", e->trigger_end);
    }
    const char *f[] = {
        e->doc_id, num[0], e->story_date, e->event_date, num[1], e->source,
        e->target, e->code, e->root, num[2], num[3], e->source_text,
        e->target_text, e->trigger, e->location, e->location_country,
        num[4], num[5], num[6], num[7], e->method, e->date_text, num[8], num[9],
        e->sentence_text,
    };
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
        csv_field(out, f[i], i == 0);
    return fputc('\n', out) == EOF ? DYAD_EIO : DYAD_OK;
}

/* The engine's TSV line with the evidence sentence as a last column. */
static int write_tsv_evidence(FILE *out, const dyad_event *e)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    if (!m)
        return DYAD_ENOMEM;
    int rc = dyad_event_write_tsv(m, e);
    fclose(m);
    if (rc == DYAD_OK && buf) {
        if (len && buf[len - 1] == '\n')
            buf[--len] = 0;
        fwrite(buf, 1, len, out);
        fputc('\t', out);
        for (const char *s = e->sentence_text; s && *s; s++)
            fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, out);
        rc = fputc('\n', out) == EOF ? DYAD_EIO : DYAD_OK;
    }
    free(buf);
    return rc;
}

int dyad_event_write(FILE *out, const dyad_event *ev, dyad_event_format fmt)
{
    switch (fmt) {
    case DYAD_EVFMT_TSV: return write_tsv_evidence(out, ev);
    case DYAD_EVFMT_CSV: return dyad_event_write_csv(out, ev);
    default: return dyad_event_write_json(out, ev);
    }
}

/* --------------------------------------------------------------- ingest */

#define INGEST_MAX_LINE (16u << 20)   /* longer lines are refused */
#define INGEST_BATCH 500              /* documents per transaction */

static char *jdup(json_t *o, const char *key)
{
    const char *s = json_string_value(json_object_get(o, key));
    return s ? strdup(s) : NULL;
}

static void jcopy(char *dst, size_t n, json_t *o, const char *key)
{
    const char *s = json_string_value(json_object_get(o, key));
    snprintf(dst, n, "%s", s ? s : "");
}

static const char *static_method(const char *m)
{
    static const char *const known[] = { "tree", "parse", "shallow" };
    for (size_t i = 0; m && i < sizeof known / sizeof known[0]; i++)
        if (!strcmp(m, known[i]))
            return known[i];
    return m ? "other" : NULL;
}

static dyad_date_precision precision_of(const char *p)
{
    if (!p)
        return DYAD_DATE_NONE;
    return !strcmp(p, "day") ? DYAD_DATE_DAY : !strcmp(p, "month")
        ? DYAD_DATE_MONTH : !strcmp(p, "year") ? DYAD_DATE_YEAR
        : DYAD_DATE_NONE;
}

static void event_location(dyad_event *e, json_t *loc)
{
    if (!json_is_object(loc))
        return;
    e->location = jdup(loc, "name");
    jcopy(e->location_country, sizeof e->location_country, loc, "country");
    json_t *lat = json_object_get(loc, "lat"), *lon = json_object_get(loc, "lon");
    if (json_is_number(lat) && json_is_number(lon)) {
        e->has_coords = 1;
        e->lat = json_number_value(lat);
        e->lon = json_number_value(lon);
    }
}

/* Fill e from one JSON object; returns a fault or NULL. */
static const char *event_from_json(dyad_event *e, json_t *o)
{
    if (!json_is_object(o))
        return "not a JSON object";
    const char *doc = json_string_value(json_object_get(o, "doc"));
    const char *code = json_string_value(json_object_get(o, "code"));
    if (!doc || !*doc)
        return "no \"doc\" id";
    if (!code || !*code || strlen(code) >= sizeof e->code)
        return "no or bad \"code\"";
    e->doc_id = strdup(doc);
    dyad_event_set_code(e, code);
    json_t *g = json_object_get(o, "goldstein");
    if (json_is_number(g))
        e->goldstein = json_number_value(g);
    e->sentence = (int)json_integer_value(json_object_get(o, "sentence"));
    jcopy(e->story_date, sizeof e->story_date, o, "story_date");
    jcopy(e->event_date, sizeof e->event_date, o, "event_date");
    e->date_precision = precision_of(
        json_string_value(json_object_get(o, "date_precision")));
    jcopy(e->source, sizeof e->source, o, "source");
    jcopy(e->target, sizeof e->target, o, "target");
    e->source_text = jdup(o, "source_text");
    e->target_text = jdup(o, "target_text");
    e->trigger = jdup(o, "trigger");
    event_location(e, json_object_get(o, "location"));
    json_t *span = json_object_get(o, "span");
    if (json_array_size(span) == 2) {
        e->span_start = (size_t)json_integer_value(json_array_get(span, 0));
        e->span_end = (size_t)json_integer_value(json_array_get(span, 1));
    }
    span = json_object_get(o, "trigger_span");
    if (json_array_size(span) == 2) {
        e->trigger_start = (size_t)json_integer_value(json_array_get(span, 0));
        e->trigger_end = (size_t)json_integer_value(json_array_get(span, 1));
    }
    e->method = static_method(json_string_value(json_object_get(o, "method")));
    e->sentence_text = jdup(o, "evidence");
    e->date_text = jdup(o, "date_text");
    return NULL;
}

/* The events of one document being gathered from consecutive lines. */
typedef struct ingest {
    dyad_store *s;
    dyad_event_list cur;
    strmap seen;          /* doc ids stored in this run (keys owned) */
    long events, docs, pending;
    dyad_error *err;
} ingest;

static int flush_doc(ingest *g)
{
    if (!g->cur.n)
        return DYAD_OK;
    const char *id = g->cur.v[0].doc_id;
    /* a document met again later in the file adds to what it stored */
    int again = strmap_get(&g->seen, id) != NULL;
    if (!again) {
        char *key = strdup(id);
        void **slot = key ? strmap_slot_for(&g->seen, key) : NULL;
        if (!slot) {
            free(key);
            return dyad_fail(g->err, DYAD_ENOMEM, "out of memory");
        }
        *slot = key;   /* value = key, freed by free_seen */
    }
    dyad_store_doc d = { .id = id, .story_date = g->cur.v[0].story_date };
    int rc = sqlstore_put(g->s, &d, NULL, 0, g->cur.v, g->cur.n, !again, g->err);
    if (rc == DYAD_OK) {
        g->events += (long)g->cur.n;
        g->docs += !again;
        if (++g->pending >= INGEST_BATCH) {
            g->pending = 0;
            if ((rc = dyad_store_commit(g->s, g->err)) == DYAD_OK)
                rc = dyad_store_begin(g->s, g->err);
        }
    }
    dyad_event_list_clear(&g->cur);
    return rc;
}

static int ingest_line(ingest *g, const char *path, long lineno, char *line,
                       dyad_warn_fn warn, void *ud)
{
    char msg[300];
    json_error_t je;
    json_t *o = json_loads(line, 0, &je);
    dyad_event tmp = { .doc_id = NULL };
    const char *fault = o ? event_from_json(&tmp, o) : je.text;
    json_decref(o);
    if (fault) {
        snprintf(msg, sizeof msg, "bad event record: %s", fault);
        warn(ud, path, lineno, msg);
        free(tmp.doc_id);
        return DYAD_OK;
    }
    if (g->cur.n && strcmp(g->cur.v[0].doc_id, tmp.doc_id) != 0) {
        int rc = flush_doc(g);
        if (rc) {
            dyad_event_list l = { &tmp, 1, 1 };
            dyad_event_list_clear(&l);
            return rc;
        }
    }
    dyad_event *e = dyad_event_list_push(&g->cur);
    if (!e)
        return dyad_fail(g->err, DYAD_ENOMEM, "out of memory");
    *e = tmp;
    return DYAD_OK;
}

static void free_seen(strmap *m)
{
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].key)
            free(m->slots[i].value);
    strmap_free(m);
}

int dyad_store_ingest_jsonl(dyad_store *s, const char *path,
                            dyad_warn_fn warn, void *ud, long *nevents,
                            long *ndocs, dyad_error *err)
{
    FILE *in = strcmp(path, "-") ? fopen(path, "r") : stdin;
    if (!in)
        return dyad_fail(err, DYAD_EIO, "%s: cannot open", path);
    if (!warn)
        warn = dyad_warn_stderr;
    ingest g = { .s = s, .err = err };
    strmap_init(&g.seen);
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long lineno = 0;
    int rc = dyad_store_begin(s, err);
    while (rc == DYAD_OK && (len = getline(&line, &cap, in)) >= 0) {
        lineno++;
        if (len == 0 || strspn(line, " \t\r\n") == (size_t)len)
            continue;
        if ((size_t)len > INGEST_MAX_LINE) {
            warn(ud, path, lineno, "line too long, skipped");
            continue;
        }
        rc = ingest_line(&g, path, lineno, line, warn, ud);
    }
    if (rc == DYAD_OK)
        rc = flush_doc(&g);
    if (rc == DYAD_OK)
        rc = dyad_store_commit(s, err);
    else
        dyad_store_rollback(s);
    free(line);
    dyad_event_list_free(&g.cur);
    free_seen(&g.seen);
    if (in != stdin)
        fclose(in);
    if (nevents)
        *nevents = g.events;
    if (ndocs)
        *ndocs = g.docs;
    return rc;
}
