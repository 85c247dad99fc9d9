/*
 * chunk.h -- the shallow chunker's view of one sentence, shared by its two
 * halves: retag.c repairs the tags, shallow.c then builds the tree.  The
 * tokens with their tags, tag ids and word classes, the node store, and
 * the token tests both halves ask.
 */
#ifndef DYAD_TEXT_CHUNK_H
#define DYAD_TEXT_CHUNK_H
#include "text/penn.h"

/* One sentence being chunked (words and tags kept by the caller) and the
 * nodes built for it so far. */
typedef struct {
    char *const *w;
    const char *const *tag;
    int n;
    snode *v;
    int nv, cap, depth, oom;
    int reduced;         /* inside a participle modifier: a comma ends it */
    unsigned char *g;    /* tag ids (penn.c) of tag[], kept in step */
    unsigned *wc;        /* word classes of w[]: LX_* and W_* bits */
    size_t *wlen;        /* strlen of w[] */
    int relative;        /* inside a relative clause ("who visited X"):
                          * a finite verb after the object ends it */
} bld;

/* Word classes the rules test beyond lexicon.c's lists (bits above
 * theirs): each word's classes are found once per sentence. */
enum { W_THAT = 1u << 28, W_OF = 1u << 29, W_BY = 1u << 30,
       W_ARTICLE = 1u << 31 };

/* MAX_DEPTH caps recursion; WINDOW caps every look-ahead or look-back
 * scan, so the work stays linear on any input length. */
enum { MAX_DEPTH = 48, WINDOW = 40 };

/* ------------------------------------------------------------- tests */

/* Tag, tag id and word classes of token i ("", G_NONE, 0 outside the
 * sentence); does token i have tag id g, a word of class cls? */
static inline const char *T(const bld *b, int i)
{
    return i >= 0 && i < b->n ? b->tag[i] : "";
}
static inline const char *W(const bld *b, int i)
{
    return i >= 0 && i < b->n ? b->w[i] : "";
}
static inline int G(const bld *b, int i) { return i >= 0 && i < b->n ? b->g[i] : G_NONE; }
static inline int is(const bld *b, int i, int g) { return G(b, i) == g; }
static inline int word_is(const bld *b, int i, unsigned cls)
{
    return i >= 0 && i < b->n && (b->wc[i] & cls);
}

static inline int verb(const bld *b, int i) { return penn_vb(G(b, i)) || is(b, i, G_MD); }

static inline int finite(const bld *b, int i)
{
    return is(b, i, G_VBD) || is(b, i, G_VBZ) || is(b, i, G_VBP) || is(b, i, G_MD);
}

static inline int noun(const bld *b, int i)
{
    return T(b, i)[0] == 'N' || is(b, i, G_CD) || is(b, i, G_DOLLAR) || is(b, i, G_HASH);
}

static inline int modifier(const bld *b, int i) { return noun(b, i) || T(b, i)[0] == 'J'; }

static inline int determiner(const bld *b, int i)
{
    return is(b, i, G_DT) || is(b, i, G_PRPS) || is(b, i, G_PDT) || is(b, i, G_WPS);
}

static inline int np_start(const bld *b, int i)
{
    return modifier(b, i) || determiner(b, i) || is(b, i, G_PRP) || is(b, i, G_EX) ||
           (is(b, i, G_VBN) && is(b, i - 1, G_IN) && modifier(b, i + 1));
}

/* Verbs that take another verb group: will not go, has gone, was seen. */
static inline int auxiliary(const bld *b, int i)
{
    return is(b, i, G_MD) || is(b, i, G_TO) || word_is(b, i, LX_AUX);
}

/* Prepositions that may open a clause: "after crowds trashed ...". */
static inline int subordinator(const bld *b, int i) { return word_is(b, i, LX_SUBORD); }

/* A relative pronoun; "that" only before a verb ("the deal that ended"):
 * "that" before a clause is read as a complementizer. */
static inline int wh(const bld *b, int i)
{
    if (word_is(b, i, W_THAT)) return verb(b, i + 1) && !is(b, i + 1, G_MD);
    return is(b, i, G_WDT) || is(b, i, G_WP) || is(b, i, G_WRB);
}

/* End of the base noun group (with possessives) starting at i; i if none
 * (shallow.c). */
int chunk_base_end(const bld *b, int i);
/* A clause starts at i: a noun group followed by a finite verb. */
int chunk_clause_at(const bld *b, int i);
/* Is the next finite verb after i one without a subject of its own, right
 * after the only comma between ("negotiators , headed by X , rejected")?
 * (retag.c) */
int chunk_later_verb_lacks_subject(const bld *b, int i);
/* Repair tag sequences that cannot be right, in tag and b (retag.c). */
void chunk_repair_tags(bld *b, const char **tag);
#endif
