/*
 * suggest.c -- names the dictionaries miss, with the code the context
 * implies, written as actor-dictionary lines for review ('dyad code
 * --suggest').
 *
 * A run of capitalised words such as "Venezuelan President Nicolás Maduro"
 * is split into the longest leading part the dictionaries can code
 * ("Venezuelan President" -> VENGOV) and the rest ("Nicolás Maduro"),
 * which is suggested when no dictionary phrase already covers it.  A
 * suggestion needs a role in the leading part (an agent code), so bare
 * capitalised phrases are not guessed at.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict/dict.h"
#include "dyad.h"
#include "util/array.h"

typedef struct suggestion {
    char name[128];          /* dictionary form: WORDS_JOINED */
    char code[DYAD_CODE_MAX];
    char where[96];          /* first document seen in */
    int count;
} suggestion;

struct dyad_suggestions {
    suggestion *v;
    int n, cap;
};

dyad_suggestions *dyad_suggestions_new(void)
{
    return calloc(1, sizeof(dyad_suggestions));
}

void dyad_suggestions_free(dyad_suggestions *s)
{
    if (s) {
        free(s->v);
        free(s);
    }
}

static int is_capitalised(const char *tok)
{
    return isupper((unsigned char)tok[0]) ||
           ((unsigned char)tok[0] >= 0xC3 && (unsigned char)tok[0] <= 0xC5);
}

static void add(dyad_suggestions *s, const char *name, const char *code,
                const char *where)
{
    for (int i = 0; i < s->n; i++)
        if (!strcmp(s->v[i].name, name)) {
            s->v[i].count++;
            return;
        }
    suggestion *v = array_grow(s->v, s->n, &s->cap, sizeof *v, 16);
    if (!v)
        return;
    s->v = v;
    suggestion *g = &s->v[s->n++];
    snprintf(g->name, sizeof g->name, "%s", name);
    snprintf(g->code, sizeof g->code, "%s", code);
    snprintf(g->where, sizeof g->where, "%s", where);
    g->count = 1;
}

/* Consider the capitalised run tok[a, b) of one sentence. */
static void consider(dyad_suggestions *s, const dyad_dict *d, char **tok, int a,
                     int b, int date, const char *where)
{
    char buf[2048];
    const char *w[64];
    char joined[1024] = "";
    for (int i = a; i < b; i++) {
        strncat(joined, tok[i], sizeof joined - strlen(joined) - 2);
        strcat(joined, " ");
    }
    int n = dyad_fold_words(joined, buf, sizeof buf, w, 64);
    if (n < 2)
        return;
    /* the shortest leading part that names a state and a role */
    for (int split = 1; split < n; split++) {
        char code[DYAD_CODE_MAX];
        const char *c = actor_code_for_phrase(d, w, split, date, code, sizeof code, NULL);
        if (!c || strlen(c) <= 3 || !strncmp(c, "---", 3))
            continue;
        /* the rest must be new: no actor phrase inside it */
        char tmp[DYAD_CODE_MAX];
        if (actor_code_for_phrase(d, w + split, n - split, date, tmp, sizeof tmp, NULL))
            return;
        char name[128] = "";
        for (int i = split; i < n; i++) {
            if (i > split)
                strncat(name, "_", sizeof name - strlen(name) - 1);
            strncat(name, w[i], sizeof name - strlen(name) - 1);
        }
        add(s, name, c, where);
        return;
    }
}

void dyad_suggest_from_doc(dyad_suggestions *s, const dyad_dict *d,
                           const dyad_doc *doc)
{
    for (size_t k = 0; k < doc->n_sent; k++) {
        const dyad_sentence *se = &doc->sent[k];
        if (!se->tokens)
            continue;
        char *copy = strdup(se->tokens), *save = NULL;
        char *tok[512];
        int n = 0;
        for (char *t = strtok_r(copy, " ", &save); t && n < 512; t = strtok_r(NULL, " ", &save))
            tok[n++] = t;
        int date = 0;
        for (const char *p = se->event_date; *p; p++)
            if (isdigit((unsigned char)*p))
                date = date * 10 + (*p - '0');
        char where[96];
        snprintf(where, sizeof where, "%s:%zu", doc->id ? doc->id : "?", k + 1);
        for (int i = 0; i < n;) {
            if (!is_capitalised(tok[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && is_capitalised(tok[j]))
                j++;
            if (j - i >= 3)
                consider(s, d, tok, i, j, date, where);
            i = j;
        }
        free(copy);
    }
}

void dyad_suggestions_write(const dyad_suggestions *s, FILE *out)
{
    fprintf(out, "# names dyad inferred from context; review before adding to an "
                 "actors dictionary\n");
    for (int i = 0; i < s->n; i++)
        fprintf(out, "%s [%s]  # seen %d time%s, first in %s\n", s->v[i].name,
                s->v[i].code, s->v[i].count, s->v[i].count > 1 ? "s" : "",
                s->v[i].where);
}
