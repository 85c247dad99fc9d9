/*
 * record_code.c -- coding one PETRARCH XML record (text plus parse) into
 * complete event records: the engine's events plus document id, dates and
 * evidence, ready for output or the store.
 */
#include <stdlib.h>
#include <string.h>

#include "dyad.h"

/* "19950101" or "1995-01-01" -> "1995-01-01"; "" when not a date. */
static void iso_date(const char *in, char out[11])
{
    char digits[9];
    int k = 0;
    for (; in && *in && k < 8; in++)
        if (*in >= '0' && *in <= '9')
            digits[k++] = *in;
    if (k != 8) {
        out[0] = 0;
        return;
    }
    snprintf(out, 11, "%.4s-%.2s-%.2s", digits, digits + 4, digits + 6);
}

int dyad_code_record(dyad_coder *c, const dyad_record *r, dyad_event_list *out,
                     dyad_error *err)
{
    size_t first = out->n;
    int rc = dyad_code_tree(c, r->parse, r->date, out, err);
    if (rc)
        return rc;
    char date[11];
    iso_date(r->date, date);
    for (size_t i = first; i < out->n; i++) {
        dyad_event *ev = &out->v[i];
        ev->doc_id = r->id ? strdup(r->id) : NULL;
        ev->sentence = 1;
        memcpy(ev->story_date, date, sizeof date);
        memcpy(ev->event_date, date, sizeof date);
        ev->date_precision = date[0] ? DYAD_DATE_DAY : DYAD_DATE_NONE;
        ev->sentence_text = r->text ? strdup(r->text) : NULL;
        if (r->text) {
            ev->span_start = 0;
            ev->span_end = strlen(r->text);
        }
    }
    return DYAD_OK;
}
