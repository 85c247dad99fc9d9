/*
 * penn.c -- Penn Treebank notation for the shallow chunker: tag names as
 * small ids, so its many rules compare integers rather than strings, and
 * the bracketed tree it hands to the coder, written straight into one
 * buffer (it is built for every sentence coded).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/penn.h"

/* A tag of up to 5 bytes as one integer, for the switch below. */
#define PK(a, b, c, d, e)                                                 \
    ((uint64_t)(unsigned char)(a) | (uint64_t)(unsigned char)(b) << 8 |   \
     (uint64_t)(unsigned char)(c) << 16 | (uint64_t)(unsigned char)(d) << 24 | \
     (uint64_t)(unsigned char)(e) << 32)

int penn_tag_id(const char *t)
{
    uint64_t k = 0;
    int i;
    for (i = 0; i < 6 && t[i]; i++) k |= (uint64_t)(unsigned char)t[i] << (8 * i);
    if (i == 6) k = 0;                     /* longer than any named tag */
    switch (k) {
    case PK('C', 'C', 0, 0, 0): return G_CC;
    case PK('C', 'D', 0, 0, 0): return G_CD;
    case PK('D', 'T', 0, 0, 0): return G_DT;
    case PK('E', 'X', 0, 0, 0): return G_EX;
    case PK('I', 'N', 0, 0, 0): return G_IN;
    case PK('M', 'D', 0, 0, 0): return G_MD;
    case PK('N', 'N', 0, 0, 0): return G_NN;
    case PK('N', 'N', 'P', 0, 0): return G_NNP;
    case PK('N', 'N', 'P', 'S', 0): return G_NNPS;
    case PK('N', 'N', 'S', 0, 0): return G_NNS;
    case PK('P', 'D', 'T', 0, 0): return G_PDT;
    case PK('P', 'O', 'S', 0, 0): return G_POS;
    case PK('P', 'R', 'P', 0, 0): return G_PRP;
    case PK('P', 'R', 'P', '$', 0): return G_PRPS;
    case PK('R', 'B', 0, 0, 0): return G_RB;
    case PK('R', 'P', 0, 0, 0): return G_RP;
    case PK('T', 'O', 0, 0, 0): return G_TO;
    case PK('W', 'D', 'T', 0, 0): return G_WDT;
    case PK('W', 'P', 0, 0, 0): return G_WP;
    case PK('W', 'P', '$', 0, 0): return G_WPS;
    case PK('W', 'R', 'B', 0, 0): return G_WRB;
    case PK(',', 0, 0, 0, 0): return G_COMMA;
    case PK('.', 0, 0, 0, 0): return G_DOT;
    case PK(':', 0, 0, 0, 0): return G_COLON;
    case PK('`', '`', 0, 0, 0): return G_LQ;
    case PK('\'', '\'', 0, 0, 0): return G_RQ;
    case PK('-', 'L', 'R', 'B', '-'): return G_LRB;
    case PK('-', 'R', 'R', 'B', '-'): return G_RRB;
    case PK('$', 0, 0, 0, 0): return G_DOLLAR;
    case PK('#', 0, 0, 0, 0): return G_HASH;
    case PK('V', 'B', 0, 0, 0): return G_VB;
    case PK('V', 'B', 'D', 0, 0): return G_VBD;
    case PK('V', 'B', 'G', 0, 0): return G_VBG;
    case PK('V', 'B', 'N', 0, 0): return G_VBN;
    case PK('V', 'B', 'P', 0, 0): return G_VBP;
    case PK('V', 'B', 'Z', 0, 0): return G_VBZ;
    }
    return t[0] == 'V' && t[1] == 'B' ? G_VBX : G_NONE;
}

/* Bytes the tree under node x can take: an upper bound, so the printer
 * reserves once and then writes without checks. */
static size_t bound(const snode *v, int nv, const size_t *wlen,
                    const char *const *tag)
{
    size_t k = 1;
    for (int x = 0; x < nv; x++)
        k += v[x].tok >= 0 ? 4 + strlen(tag[v[x].tok]) + 5 * wlen[v[x].tok]
                           : 3 + strlen(v[x].lab);
    return k;
}

static char *put(char *p, const char *s)
{
    while (*s) *p++ = *s++;
    return p;
}

static char *put_word(char *p, const char *w)
{
    for (; *w; w++) {
        if (*w == '(') p = put(p, "-LRB-");
        else if (*w == ')') p = put(p, "-RRB-");
        else *p++ = *w;
    }
    return p;
}

static char *print(char *p, const snode *v, int x, char *const *w,
                   const char *const *tag)
{
    const snode *nd = &v[x];
    if (nd->tok >= 0) {
        *p++ = ' ';
        *p++ = '(';
        p = put(p, tag[nd->tok]);
        *p++ = ' ';
        p = put_word(p, w[nd->tok]);
        *p++ = ')';
        return p;
    }
    if (nd->child < 0) return p;           /* no words: no "(S)" */
    *p++ = ' ';
    *p++ = '(';
    p = put(p, nd->lab);
    for (int c = nd->child; c >= 0; c = v[c].next) p = print(p, v, c, w, tag);
    *p++ = ')';
    return p;
}

void penn_print(text_buf *o, const snode *v, int nv, int x, char *const *w,
                const size_t *wlen, const char *const *tag)
{
    char *p = text_buf_room(o, bound(v, nv, wlen, tag));
    if (!p) return;
    char *e = print(p, v, x, w, tag);
    o->len += (size_t)(e - p);
    *e = 0;
}

/* w with parentheses written -LRB- -RRB-, as put_word prints them: into
 * buf when it fits, else malloc'ed (*heap set).  NULL when out of memory. */
static const char *bracket_word(const char *w, char *buf, size_t cap, char **heap)
{
    const char *s = w;
    while (*s && *s != '(' && *s != ')')
        s++;
    if (!*s)
        return w;                          /* (nearly all words) */
    size_t need = 5 * strlen(w) + 1;
    char *p = need <= cap ? buf : (*heap = malloc(need));
    if (!p)
        return NULL;
    *put_word(p, w) = 0;
    return p;
}

int penn_build(ptree *t, arena *a, int parent, const snode *v, int x, char *const *w,
               const char *const *tag)
{
    const snode *nd = &v[x];
    if (nd->tok >= 0) {
        char buf[128], *heap = NULL;
        const char *word = bracket_word(w[nd->tok], buf, sizeof buf, &heap);
        int id = word ? ptree_add_literal(t, a, parent, tag[nd->tok], word) : -1;
        free(heap);
        return id < 0 ? -1 : 0;
    }
    if (nd->child < 0) return 0;           /* no words: no "(S)" */
    int id = ptree_add_literal(t, a, parent, nd->lab, NULL);
    if (id < 0) return -1;
    for (int c = nd->child; c >= 0; c = v[c].next)
        if (penn_build(t, a, id, v, c, w, tag)) return -1;
    return 0;
}
