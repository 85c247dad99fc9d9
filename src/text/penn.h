/*
 * penn.h -- Penn Treebank notation for the shallow chunker (penn.c):
 * the tags its rules test, as small integers, and the bracketed output.
 */
#ifndef DYAD_TEXT_PENN_H
#define DYAD_TEXT_PENN_H
#include "text/textint.h"
#include "parse/ptree.h"

/* Tag ids.  G_NONE stands for every tag the rules never name (and for
 * "no token"), G_VBX for any other tag starting "VB", so an id test is
 * exactly a string test on the tag. */
enum {
    G_NONE = 0, G_CC, G_CD, G_DT, G_EX, G_IN, G_MD, G_NN, G_NNP, G_NNPS,
    G_NNS, G_PDT, G_POS, G_PRP, G_PRPS, G_RB, G_RP, G_TO, G_WDT, G_WP,
    G_WPS, G_WRB, G_COMMA, G_DOT, G_COLON, G_LQ, G_RQ, G_LRB, G_RRB,
    G_DOLLAR, G_HASH,
    G_VB, G_VBD, G_VBG, G_VBN, G_VBP, G_VBZ, G_VBX,   /* the VB* family */
    G_COUNT
};
/* Does tag id g start with "VB"? */
static inline int penn_vb(int g) { return g >= G_VB && g <= G_VBX; }
/* The id of tag t ("PRP$" -> G_PRPS), G_NONE for any other tag. */
int penn_tag_id(const char *t);

/* A phrase (tok < 0) or a leaf (tok = token index).  Children are linked
 * through next; phrases are built detached and attached by the caller. */
typedef struct {
    const char *lab;
    int tok;
    int child, last, next;
} snode;

/* Append the tree under node x of v[0,nv), " (LABEL ...)" with leaves
 * " (TAG word)" (parentheses in words as -LRB- -RRB-), to o; wlen[i] is
 * strlen(w[i]). */
void penn_print(text_buf *o, const snode *v, int nv, int x, char *const *w,
                const size_t *wlen, const char *const *tag);

/* The same tree added to t (words copied into a) under node parent, as
 * ptree_parse would read back what penn_print writes.  Labels and tags
 * must be literals in stored form (the tagger's and chunker's are): they
 * are kept, not copied.  0, or -1 when out of memory or the tree is too
 * large. */
int penn_build(ptree *t, arena *a, int parent, const snode *v, int x, char *const *w,
               const char *const *tag);
#endif
