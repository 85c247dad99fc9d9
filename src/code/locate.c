/*
 * locate.c -- where a sentence's events happened.
 *
 * The place the sentence names after IN/AT/NEAR ("in Buenos Aires"), found
 * in the gazetteer, is where its events happened, unless an event already
 * has a location; its country (or, with no gazetteer entry, the country
 * named after IN/AT/NEAR: "in northern Nigeria") is that of the
 * sentence's actors named only by role.  A place in a clause that reports
 * speech ("..., a UN mission said in a report released in Geneva") is
 * where something was said, and is passed over.
 */
#include <stdlib.h>
#include <string.h>

#include "coder_internal.h"
#include "tok.h"

/* "northern", "south-eastern", "central": a region of the place after it. */
static int compass_word(const char *w)
{
    static const char *const compass[] = { "NORTHERN", "SOUTHERN", "EASTERN", "WESTERN",
        "CENTRAL", "NORTHEASTERN", "NORTHWESTERN", "SOUTHEASTERN", "SOUTHWESTERN",
        "NORTH-EASTERN", "NORTH-WESTERN", "SOUTH-EASTERN", "SOUTH-WESTERN", NULL };
    for (int i = 0; compass[i]; i++)
        if (tok_is(w, compass[i]))
            return 1;
    return 0;
}

/* Is the word at t[i] in a clause that reports speech, back to its comma
 * ("..., a UN mission said in a report released in Geneva", "told
 * reporters in Moscow")?  A place there is where something was said, not
 * where the events happened. */
static int in_report(const char *const *t, int i, int lo)
{
    static const char *const speech[] = { "SAID", "SAYS", "SAY", "TOLD", "REPORTED",
        "STATEMENT", "REPORT", "ANNOUNCED", "BRIEFING", "CONFERENCE", "INTERVIEW",
        "SPEAKING", "QUOTED", NULL };
    for (int j = i - 1; j >= lo; j--) {
        if (t[j][0] == ',' && !t[j][1])
            return 0;
        if (strchr("STRABCIQ", t[j][0]) && tok_in(t[j], speech))
            return 1;
    }
    return 0;
}

const place *sentence_place(const dyad_coder *c)
{
    if (c->d->places.n == 0)
        return NULL;
    const char *w[1024];
    int n = 0;
    const plist *pl = &c->pl;
    for (int i = pl->start; i < pl->n && n < 1024; i++)
        if (!plist_is_markup(pl->tok[i]) && !tok_is(pl->tok[i - 1], "(NE"))
            w[n++] = pl->tok[i];
    for (int k = 0; k + 1 < n; k++) {
        if (!strchr("IANO", w[k][0]) || !(tok_is(w[k], "IN") || tok_is(w[k], "AT") ||
                                          tok_is(w[k], "NEAR") || tok_is(w[k], "OUTSIDE")))
            continue;
        int at = k + 1 < n && tok_is(w[k + 1], "THE") ? k + 2 : k + 1, len = 0;
        if (at < n && compass_word(w[at]))
            at++;                          /* "in northern Nigeria" */
        const place *p = at < n ? place_at(c->d, w, n, at, &len) : NULL;
        if (p && (c->opt.petrarch_compat || !in_report(w, k, 0)))
            return p;
    }
    return NULL;
}

/* Does the entity opened at pl->tok[open] name a border ("near the
 * Venezuelan border")?  A border is two countries', so it says neither. */
static int names_border(const plist *pl, int open)
{
    static const char *const edge[] = { "BORDER", "BORDERS", "FRONTIER", NULL };
    int j = open + 2;
    while (j < pl->n && !tok_is(pl->tok[j], "~NE"))
        j++;
    return j < pl->n && tok_in(pl->tok[j - 1], edge);
}

/* The country of the sentence's place: the gazetteer's, else a country
 * named after IN/AT/NEAR ("in northern Nigeria", not "near the Venezuelan
 * border"); "" if none. */
void sentence_country(dyad_coder *c)
{
    c->place_country[0] = '\0';
    if (c->place) {
        memcpy(c->place_country, c->place->country, 4);
        return;
    }
    const plist *pl = &c->pl;
    for (int i = pl->start; i + 4 < pl->n; i++) {
        const char *w = pl->tok[i];
        if (pl->tok[i + 1][0] != '~' || !tok_is(pl->tok[i + 1], "~IN") ||
            !(tok_is(w, "IN") || tok_is(w, "AT") || tok_is(w, "NEAR")) ||
            !tok_is(pl->tok[i + 2], "(NE"))
            continue;
        const char *code = pl->tok[i + 3];
        if (strlen(code) == 3 && !tok_has_prefix(code, "---") && state_prefix(code) &&
            !names_border(pl, i + 2) &&
            (c->opt.petrarch_compat || !in_report((const char *const *)pl->tok, i, pl->start))) {
            memcpy(c->place_country, code, 4);
            return;
        }
    }
}

void locate_events(dyad_coder *c, dyad_event_list *out, size_t first)
{
    const place *p = c->place;
    for (size_t i = first; p && i < out->n; i++) {
        dyad_event *ev = &out->v[i];
        if (ev->location)
            continue;
        ev->location = strdup(p->name);
        memcpy(ev->location_country, p->country, 4);
        ev->lat = p->lat;
        ev->lon = p->lon;
        ev->has_coords = 1;
    }
}
