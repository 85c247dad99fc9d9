/*
 * places.c -- the gazetteer: place names with their country and
 * coordinates, so an event "in Buenos Aires" carries a location.
 *
 * Format:  BUENOS_AIRES [ARG] -34.6037 -58.3816
 *          +SYNONYM              (belongs to the place above)
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "util/array.h"

static int add_place_name(dyad_dict *d, const char *s, size_t len, int entry, int line)
{
    phrase *p = arena_alloc(&d->a, sizeof *p);
    if (!p || dict_parse_phrase(d, s, len, p) != 0)
        return -1;
    p->entry = entry;
    p->code = NULL;
    p->line = line;
    for (int i = 1; i < p->nw; i++)
        p->gap[i] = 0;                 /* place names are consecutive words */
    return phrase_index_add(&d->a, &d->places.index, p);
}

int dyad_dict_load_places(dyad_dict *d, const char *path, dyad_error *err)
{
    dict_reader r;
    int rc = dict_reader_open(&r, path, err);
    if (rc)
        return rc;
    const char *file = arena_strdup(&d->a, path);
    place_dict *pd = &d->places;
    int cur = -1;
    char *s;
    while ((s = dict_reader_next(&r))) {
        while (isspace((unsigned char)*s))
            s++;
        if (*s == '+') {
            if (cur < 0 || add_place_name(d, s + 1, strlen(s + 1), cur, (int)r.lineno))
                dict_warn(d, file, r.lineno, "synonym without a place");
            continue;
        }
        char *lb = strchr(s, '['), *rb = lb ? strchr(lb, ']') : NULL;
        double lat, lon;
        char *end1, *end2;
        if (!lb || !rb || rb - lb != 4) {
            dict_warn(d, file, r.lineno, "expected NAME [ISO3] LAT LON");
            continue;
        }
        lat = strtod(rb + 1, &end1);
        lon = strtod(end1, &end2);
        if (end1 == rb + 1 || end2 == end1 || lat < -90 || lat > 90 || lon < -180 ||
            lon > 180) {
            dict_warn(d, file, r.lineno, "bad coordinates");
            continue;
        }
        place *v = array_grow(pd->v, pd->n, &pd->cap, sizeof *v, 256);
        if (!v) {
            dict_reader_close(&r);
            return dyad_fail(err, DYAD_ENOMEM, "out of memory");
        }
        pd->v = v;
        place *pl = &pd->v[pd->n];
        size_t nl = (size_t)(lb - s);
        while (nl && isspace((unsigned char)s[nl - 1]))
            nl--;
        char *name = arena_strndup(&d->a, s, nl);
        if (!name)
            continue;
        for (char *q = name; *q; q++)
            if (*q == '_')
                *q = ' ';
        pl->name = name;
        memcpy(pl->country, lb + 1, 3);
        pl->country[3] = 0;
        pl->lat = lat;
        pl->lon = lon;
        if (add_place_name(d, s, nl, pd->n, (int)r.lineno) != 0) {
            dict_warn(d, file, r.lineno, "place without a name");
            continue;
        }
        cur = pd->n++;
    }
    dict_reader_close(&r);
    if (d->nfiles < 64)
        d->files[d->nfiles++] = file;
    return DYAD_OK;
}

const place *place_at(const dyad_dict *d, const char *const *words, int n, int k,
                      int *len)
{
    const phrase_list *l = phrase_index_get(&d->places.index, words[k]);
    for (int i = 0; l && i < l->n; i++) {
        const phrase *p = l->v[i];
        int j = 1;
        while (j < p->nw && k + j < n && !strcmp(words[k + j], p->w[j]))
            j++;
        if (j == p->nw) {
            *len = p->nw;
            return &d->places.v[p->entry];
        }
    }
    return NULL;
}
