/*
 * event.c -- the event record and its two output forms.
 *
 * A dyad_event is what every stage after coding consumes: the coder fills
 * actors, code and trigger; the text pipeline adds document, dates, span
 * and location.  The JSON Lines form written here is dyad's output
 * contract (see README "Event output"); field order is stable.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "dyad.h"
#include "util/strcopy.h"

dyad_event *dyad_event_list_push(dyad_event_list *l)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 8;
        dyad_event *v = realloc(l->v, cap * sizeof *v);
        if (!v)
            return NULL;
        l->v = v;
        l->cap = cap;
    }
    dyad_event *ev = &l->v[l->n++];
    memset(ev, 0, sizeof *ev);
    return ev;
}

static void event_free_strings(dyad_event *ev)
{
    free(ev->source_text);
    free(ev->target_text);
    free(ev->trigger);
    free(ev->doc_id);
    free(ev->location);
    free(ev->sentence_text);
    free(ev->date_text);
}

void event_list_drop_if(dyad_event_list *l, size_t from,
                        int (*drop)(const dyad_event *ev, void *ud), void *ud)
{
    size_t w = from;
    for (size_t i = from; i < l->n; i++) {
        if (drop(&l->v[i], ud)) {
            event_free_strings(&l->v[i]);
            continue;
        }
        l->v[w++] = l->v[i];
    }
    l->n = w;
}

int event_same_dyad_root(const dyad_event *a, const dyad_event *b)
{
    return !strcmp(a->source, b->source) && !strcmp(a->target, b->target) &&
           !strcmp(a->root, b->root);
}

void dyad_event_list_clear(dyad_event_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        event_free_strings(&l->v[i]);
    l->n = 0;
}

void dyad_event_list_free(dyad_event_list *l)
{
    dyad_event_list_clear(l);
    free(l->v);
    l->v = NULL;
    l->cap = 0;
}

void dyad_event_set_code(dyad_event *ev, const char *code)
{
    str_copy(ev->code, sizeof ev->code, code);
    str_copy_n(ev->root, sizeof ev->root, code, 2);
    ev->quad = dyad_cameo_quad(code);
    ev->goldstein = dyad_cameo_goldstein(code);
}

static const char *precision_name(dyad_date_precision p)
{
    switch (p) {
    case DYAD_DATE_YEAR:  return "year";
    case DYAD_DATE_MONTH: return "month";
    case DYAD_DATE_DAY:   return "day";
    default:              return NULL;
    }
}

/* jansson refuses invalid UTF-8; such strings are left out rather than
 * failing the whole record (input text is validated upstream anyway). */
static void set_str(json_t *o, const char *key, const char *s)
{
    json_t *v = s ? json_string(s) : json_null();
    json_object_set_new(o, key, v ? v : json_null());
}

/* o and a newline as one fwrite: json_dumpf hands stdio each token on its
 * own, which cost as much as coding the sentence did.  Events fit the
 * stack buffer unless their evidence sentence is long. */
static int write_json_line(FILE *out, const json_t *o, size_t flags)
{
    char stack[4096], *buf = stack;
    size_t n = json_dumpb(o, stack, sizeof stack - 1, flags);
    if (n == 0)
        return DYAD_EIO;
    if (n > sizeof stack - 1) {
        if (!(buf = malloc(n + 1)))
            return DYAD_ENOMEM;
        if (json_dumpb(o, buf, n, flags) != n) {
            free(buf);
            return DYAD_EIO;
        }
    }
    buf[n++] = '\n';
    int rc = fwrite(buf, 1, n, out) == n ? DYAD_OK : DYAD_EIO;
    if (buf != stack)
        free(buf);
    return rc;
}

/* "key": [start, end], or null for an unknown span (end 0); nothing at
 * all for "span" itself when unknown, as before spans of triggers. */
static void set_span(json_t *o, const char *key, size_t start, size_t end)
{
    if (end <= start) {
        if (strcmp(key, "span"))
            json_object_set_new(o, key, json_null());
        return;
    }
    json_t *span = json_array();
    json_array_append_new(span, json_integer((json_int_t)start));
    json_array_append_new(span, json_integer((json_int_t)end));
    json_object_set_new(o, key, span);
}

int dyad_event_write_json(FILE *out, const dyad_event *ev)
{
    json_t *o = json_object();
    if (!o)
        return DYAD_ENOMEM;
    set_str(o, "doc", ev->doc_id);
    json_object_set_new(o, "sentence", json_integer(ev->sentence));
    set_str(o, "story_date", ev->story_date[0] ? ev->story_date : NULL);
    set_str(o, "event_date", ev->event_date[0] ? ev->event_date : NULL);
    set_str(o, "date_precision", precision_name(ev->date_precision));
    set_str(o, "date_text", ev->date_text);
    set_str(o, "source", ev->source);
    set_str(o, "target", ev->target);
    set_str(o, "code", ev->code);
    set_str(o, "root", ev->root);
    json_object_set_new(o, "quad", json_integer(ev->quad));
    json_object_set_new(o, "goldstein", json_real(ev->goldstein));
    set_str(o, "source_text", ev->source_text);
    set_str(o, "target_text", ev->target_text);
    set_str(o, "trigger", ev->trigger);
    if (ev->location) {
        json_t *loc = json_object();
        set_str(loc, "name", ev->location);
        set_str(loc, "country", ev->location_country[0] ? ev->location_country : NULL);
        if (ev->has_coords) {
            json_object_set_new(loc, "lat", json_real(ev->lat));
            json_object_set_new(loc, "lon", json_real(ev->lon));
        }
        json_object_set_new(o, "location", loc);
    } else {
        json_object_set_new(o, "location", json_null());
    }
    set_span(o, "span", ev->span_start, ev->span_end);
    if (ev->span_end > ev->span_start)
        set_span(o, "trigger_span", ev->trigger_start, ev->trigger_end);
    set_str(o, "method", ev->method);
    if (ev->sentence_text)
        set_str(o, "evidence", ev->sentence_text);
    int rc = write_json_line(out, o, JSON_COMPACT | JSON_PRESERVE_ORDER |
                                         JSON_REAL_PRECISION(4));
    json_decref(o);
    return rc;
}

/* Phoenix-style columns: id, story date (YYYYMMDD), year, month, day,
 * source, source root, source agent, target, target root, target agent,
 * code, root code, quad class, goldstein, then dyad's additions: event
 * date, trigger, source text, target text. */
static void tsv_actor(FILE *out, const char *code)
{
    /* root = first three letters (country/IGO), agent = next three */
    size_t n = strlen(code);
    fprintf(out, "\t%s\t%.3s\t%.3s", code, code, n > 3 ? code + 3 : "");
}

static void tsv_text(FILE *out, const char *s)
{
    fputc('\t', out);
    for (; s && *s; s++)
        fputc(*s == '\t' || *s == '\n' ? ' ' : *s, out);
}

int dyad_event_write_tsv(FILE *out, const dyad_event *ev)
{
    char ymd[9] = "";
    const char *d = ev->story_date;
    if (strlen(d) == 10)
        snprintf(ymd, sizeof ymd, "%.4s%.2s%.2s", d, d + 5, d + 8);
    fprintf(out, "%s-%d\t%s\t%.4s\t%.2s\t%.2s", ev->doc_id ? ev->doc_id : "",
            ev->sentence, ymd, ymd, ymd[0] ? ymd + 4 : "",
            ymd[0] ? ymd + 6 : "");
    tsv_actor(out, ev->source);
    tsv_actor(out, ev->target);
    fprintf(out, "\t%s\t%s\t%d\t%.1f\t%s", ev->code, ev->root, ev->quad,
            ev->goldstein, ev->event_date);
    tsv_text(out, ev->trigger);
    tsv_text(out, ev->source_text);
    tsv_text(out, ev->target_text);
    if (fputc('\n', out) == EOF)
        return DYAD_EIO;
    return DYAD_OK;
}
