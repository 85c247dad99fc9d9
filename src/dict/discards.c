/*
 * discards.c -- phrases that keep a sentence or a story from being coded.
 *
 * Format: one phrase per line; a leading '+' makes it a story-level
 * discard ("+WORLD CUP": nothing in that story is coded), otherwise only
 * the sentence is dropped.  Matching is on whole upper-cased words, the
 * phrase's words consecutive in the sentence.
 */
#include <ctype.h>
#include <string.h>

#include "dict.h"

int dyad_dict_load_discards(dyad_dict *d, const char *path, dyad_error *err)
{
    dict_reader r;
    int rc = dict_reader_open(&r, path, err);
    if (rc)
        return rc;
    const char *file = arena_strdup(&d->a, path);
    char *s;
    while ((s = dict_reader_next(&r))) {
        while (isspace((unsigned char)*s))
            s++;
        int story = s[0] == '+';
        if (story)
            s++;
        phrase *p = arena_alloc(&d->a, sizeof *p);
        if (!p || dict_parse_phrase(d, s, strlen(s), p) != 0) {
            dict_warn(d, file, r.lineno, "empty discard phrase");
            continue;
        }
        for (int i = 1; i < p->nw; i++)
            p->gap[i] = 0;
        p->entry = story;
        p->code = NULL;
        p->line = (int)r.lineno;
        if (phrase_index_add(&d->a, &d->discards.index, p) != 0) {
            dict_reader_close(&r);
            return dyad_fail(err, DYAD_ENOMEM, "out of memory");
        }
    }
    dict_reader_close(&r);
    if (d->nfiles < 64)
        d->files[d->nfiles++] = file;
    return DYAD_OK;
}

int discard_check(const dyad_dict *d, const char *const *words, int n,
                  const char **which)
{
    int found = 0;
    for (int k = 0; k < n; k++) {
        const phrase_list *l = phrase_index_get(&d->discards.index, words[k]);
        for (int i = 0; l && i < l->n; i++) {
            const phrase *p = l->v[i];
            int j = 1;
            while (j < p->nw && k + j < n && !strcmp(words[k + j], p->w[j]))
                j++;
            if (j < p->nw)
                continue;
            if (p->entry) {          /* story-level wins */
                *which = p->w[0];
                return 2;
            }
            if (!found) {
                *which = p->w[0];
                found = 1;
            }
        }
    }
    return found;
}
