/*
 * penn.c -- Penn Treebank notation for the shallow chunker: tag names as
 * small ids, so its many rules compare integers rather than strings, and
 * the bracketed tree it hands to the coder, written straight into one
 * buffer (it is built for every sentence coded).
 */
#include <string.h>

#include "text/penn.h"

static const char *const names[G_VBX] = {
    "", "CC", "CD", "DT", "EX", "IN", "MD", "NN", "NNP", "NNPS", "NNS", "PDT",
    "POS", "PRP", "PRP$", "RB", "RP", "TO", "WDT", "WP", "WP$", "WRB", ",",
    ".", ":", "``", "''", "-LRB-", "-RRB-", "$", "#",
    "VB", "VBD", "VBG", "VBN", "VBP", "VBZ"
};

int penn_tag_id(const char *t)
{
    for (int g = 1; g < G_VBX; g++)
        if (names[g][0] == t[0] && !strcmp(names[g], t)) return g;
    return !strncmp(t, "VB", 2) ? G_VBX : G_NONE;
}

static void put(text_buf *o, const char *s, size_t k)
{
    char *p = text_buf_room(o, k);
    if (!p) return;
    memcpy(p, s, k);
    o->len += k;
    p[k] = 0;
}

static void put_word(text_buf *o, const char *w)
{
    size_t n = strlen(w), k = 0;
    for (size_t i = 0; i < n; i++) k += w[i] == '(' || w[i] == ')';
    char *p = text_buf_room(o, n + 4 * k);
    if (!p) return;
    if (!k) memcpy(p, w, n);
    else for (size_t i = 0; i < n; i++) {
        const char *r = w[i] == '(' ? "-LRB-" : w[i] == ')' ? "-RRB-" : NULL;
        if (r) { memcpy(p, r, 5); p += 5; } else *p++ = w[i];
    }
    o->len += n + 4 * k;
    o->p[o->len] = 0;
}

void penn_print(text_buf *o, const snode *v, int x, char *const *w,
                const char *const *tag)
{
    const snode *nd = &v[x];
    if (nd->tok >= 0) {
        put(o, " (", 2);
        put(o, tag[nd->tok], strlen(tag[nd->tok]));
        put(o, " ", 1);
        put_word(o, w[nd->tok]);
        put(o, ")", 1);
        return;
    }
    if (nd->child < 0) return;             /* no words: no "(S)" */
    put(o, " (", 2);
    put(o, nd->lab, strlen(nd->lab));
    for (int c = nd->child; c >= 0; c = v[c].next) penn_print(o, v, c, w, tag);
    put(o, ")", 1);
}
