/*
 * shallow.c -- a Penn-style tree from tagged tokens, by deterministic rules.
 *
 * Two users: dyad_shallow_tree (tokens only: tags from the heuristic
 * tagger in postag.c) and the link-grammar converter (src/parse/lgparse.c),
 * which hands over the tags it refined from the linkage and builds its tree
 * here too, so both paths give the shapes the coder expects from CoreNLP:
 *
 *   (ROOT (S (NP (NP (NNP Gondor) (POS 's)) (NN army))
 *            (VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP ..))))
 *            (. .)))
 *
 * The grammar is a small right-branching one, read left to right with a
 * few tokens of look-ahead and no backtracking:
 *   clause  := (NP | PP | SBAR | ADVP | , | CC)* VP ...   (top level loops)
 *   VP      := verb [aux/verb chain: (VP ...)] complement*  (CC VP)*
 *   complement := NP | PP | SBAR (subordinator or NP + finite verb)
 *                 | S (to + verb, VBG) | ADVP | PRT | ,
 *   NP      := base ((POS) base)* (PP of | participle VP | relative SBAR)*
 *              with lists "A , B and C" -> (NP (NP A) (, ,) (NP B) (CC and) ..)
 *   base    := [DT PRP$ PDT] [JJ NN CD VBN/VBG-before-noun]* | PRP | EX
 * Before building, repair_tags() fixes tag sequences that cannot be right
 * (from either tagger).  Every token becomes exactly one leaf, in order;
 * recursion and look-ahead are capped, so the work is linear and the tree
 * always balanced.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text/penn.h"

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
} bld;

/* Word classes the rules test beyond lexicon.c's lists (bits above
 * theirs): each word's classes are found once per sentence. */
enum { W_THAT = 1u << 28, W_OF = 1u << 29, W_BY = 1u << 30,
       W_ARTICLE = 1u << 31 };

/* MAX_DEPTH caps recursion; WINDOW caps every look-ahead or look-back
 * scan, so the work stays linear on any input length. */
enum { MAX_DEPTH = 48, WINDOW = 40 };

/* -------------------------------------------------------------- nodes */

static int mk(bld *b, const char *lab, int tok)
{
    if (b->nv == b->cap) {
        int cap = b->cap ? b->cap * 2 : 64;
        snode *v = realloc(b->v, (size_t)cap * sizeof *v);
        if (!v) { b->oom = 1; return -1; }
        b->v = v;
        b->cap = cap;
    }
    snode *x = &b->v[b->nv];
    x->lab = lab;
    x->tok = tok;
    x->child = x->last = x->next = -1;
    return b->nv++;
}

static void add(bld *b, int parent, int c)
{
    if (parent < 0 || c < 0) return;
    if (b->v[parent].last < 0) b->v[parent].child = c;
    else b->v[b->v[parent].last].next = c;
    b->v[parent].last = c;
}

/* Leaf for token *i, attached to parent; advances *i. */
static void leaf(bld *b, int parent, int *i)
{
    add(b, parent, mk(b, NULL, *i));
    (*i)++;
}

/* Wrap the leaf of token *i in a one-word phrase. */
static void wrapped_leaf(bld *b, int parent, const char *lab, int *i)
{
    int p = mk(b, lab, -1);
    leaf(b, p, i);
    add(b, parent, p);
}

/* ------------------------------------------------------------- tests */

/* Tag and word of token i, "" outside the sentence; is token i a tag? */
/* Tag, tag id and word classes of token i ("", G_NONE, 0 outside the
 * sentence); does token i have tag id g, a word of class cls? */
static const char *T(const bld *b, int i) { return i >= 0 && i < b->n ? b->tag[i] : ""; }
static const char *W(const bld *b, int i) { return i >= 0 && i < b->n ? b->w[i] : ""; }
static int G(const bld *b, int i) { return i >= 0 && i < b->n ? b->g[i] : G_NONE; }
static int is(const bld *b, int i, int g) { return G(b, i) == g; }
static int word_is(const bld *b, int i, unsigned cls)
{
    return i >= 0 && i < b->n && (b->wc[i] & cls);
}

static int verb(const bld *b, int i) { return penn_vb(G(b, i)) || is(b, i, G_MD); }

static int finite(const bld *b, int i)
{
    return is(b, i, G_VBD) || is(b, i, G_VBZ) || is(b, i, G_VBP) || is(b, i, G_MD);
}

static int noun(const bld *b, int i)
{
    return T(b, i)[0] == 'N' || is(b, i, G_CD) || is(b, i, G_DOLLAR) || is(b, i, G_HASH);
}

static int modifier(const bld *b, int i) { return noun(b, i) || T(b, i)[0] == 'J'; }

static int determiner(const bld *b, int i)
{
    return is(b, i, G_DT) || is(b, i, G_PRPS) || is(b, i, G_PDT) || is(b, i, G_WPS);
}

static int np_start(const bld *b, int i)
{
    return modifier(b, i) || determiner(b, i) || is(b, i, G_PRP) || is(b, i, G_EX) ||
           (is(b, i, G_VBN) && is(b, i - 1, G_IN) && modifier(b, i + 1));
}

/* Verbs that take another verb group: will not go, has gone, was seen. */
static int auxiliary(const bld *b, int i)
{
    return is(b, i, G_MD) || is(b, i, G_TO) || word_is(b, i, LX_AUX);
}

/* Prepositions that may open a clause: "after crowds trashed ...". */
static int subordinator(const bld *b, int i) { return word_is(b, i, LX_SUBORD); }

/* End of the base noun group (with possessives) starting at i; i if none. */
static int base_end(const bld *b, int i)
{
    int j = i;
    if (is(b, i, G_PRP) || is(b, i, G_EX)) return i + 1;
    if (is(b, i, G_VBN) && is(b, i - 1, G_IN) && modifier(b, i + 1))
        j++;                               /* "in occupied regions" */
    while (determiner(b, j) && j < i + WINDOW) j++;
    while (j < i + WINDOW) {
        if (modifier(b, j) || (is(b, j, G_POS) && j > i)) j++;
        else if ((is(b, j, G_VBN) || is(b, j, G_VBG)) && j > i &&
                 modifier(b, j + 1)) j++;
        else if ((is(b, j, G_CC) || is(b, j, G_COMMA)) && j > i &&
                 T(b, j - 1)[0] == 'J' && modifier(b, j + 1) &&
                 !is(b, j + 1, G_NNP) &&
                 modifier(b, j + 2)) j++;  /* "economic and military aid" */
        else if (is(b, j, G_RB) && j > i && determiner(b, j - 1) &&
                 (T(b, j + 1)[0] == 'J' || is(b, j + 1, G_VBN))) j++;
                                           /* "a clearly drunk official" */
        else break;
    }
    return j;
}

/* End of a possibly coordinated noun group: A (, B)* ,? CC C.  Only for
 * look-ahead. */
static int coord_end(const bld *b, int i)
{
    int e = base_end(b, i);
    if (e == i) return i;
    for (int k = e; k < b->n && k < i + WINDOW; ) {
        if (is(b, k, G_COMMA) && np_start(b, k + 1)) { k = base_end(b, k + 1); continue; }
        if (is(b, k, G_COMMA) && is(b, k + 1, G_CC)) k++;
        if (is(b, k, G_CC) && np_start(b, k + 1)) return base_end(b, k + 1);
        break;
    }
    return e;
}

/* A clause starts at i: a noun group followed by a finite verb. */
static int clause_at(const bld *b, int i)
{
    if (!np_start(b, i)) return 0;
    int e = coord_end(b, i);
    while (is(b, e, G_RB)) e++;
    return finite(b, e);
}

/* --------------------------------------------------------- phrases */

static int np(bld *b, int *i, int subject);
static int vp(bld *b, int *i);
static int complementizer(const bld *b, int i);
static int clause(bld *b, int *i, int top);

/* (NP ...) over the base group at *i, possessives nested. */
static int base_np(bld *b, int *i)
{
    int e = base_end(b, *i), head = 0;
    if (e == *i) e = *i + 1;               /* never consume nothing */
    for (int k = *i; k < e; k++)
        head |= T(b, k)[0] != 'J' && !is(b, k, G_RB) && !is(b, k, G_CC) &&
                !is(b, k, G_COMMA);
    int me = mk(b, head ? "NP" : "ADJP", -1);   /* "was (ADJP ready)" */
    while (*i < e) {
        if (T(b, *i)[0] == 'J' && *i + 2 < e &&
            (is(b, *i + 1, G_CC) || is(b, *i + 1, G_COMMA))) {
            int a = mk(b, "ADJP", -1);     /* "awful and evil minister" */
            for (int k = 0; k < 3; k++) leaf(b, a, i);
            add(b, me, a);
            continue;
        }
        leaf(b, me, i);
        if (is(b, *i - 1, G_POS) && *i < e) {
            int outer = mk(b, "NP", -1);   /* (NP (NP X 's) rest) */
            add(b, outer, me);
            me = outer;
        }
    }
    return me;
}

static int deep(bld *b) { return b->depth >= MAX_DEPTH; }

/* (S (VP ...)): "to supply", "by supplying", ", saying". */
static int s_vp(bld *b, int *i)
{
    int s = mk(b, "S", -1);
    add(b, s, vp(b, i));
    return s;
}

/* (PP (IN x) NP) or (SBAR (IN x) (S ...)) at *i. */
static int pp(bld *b, int *i, int subject)
{
    int me;
    if ((subordinator(b, *i) && clause_at(b, *i + 1)) || complementizer(b, *i)) {
        me = mk(b, "SBAR", -1);
        leaf(b, me, i);
        add(b, me, clause(b, i, 0));
        return me;
    }
    me = mk(b, "PP", -1);
    leaf(b, me, i);
    if (np_start(b, *i)) {
        add(b, me, np(b, i, subject));
    } else if ((is(b, *i, G_TO) && verb(b, *i + 1)) || is(b, *i, G_VBG)) {
        add(b, me, s_vp(b, i));            /* "by supplying", "about to" */
    }
    return me;
}

/* Relative clause after a noun: "who said", "which the army took". */
static int relative(bld *b, int *i)
{
    int me = mk(b, "SBAR", -1);
    const char *t = T(b, *i);
    wrapped_leaf(b, me, t[1] == 'R' ? "WHADVP" : "WHNP", i);
    int s = mk(b, "S", -1);
    if (np_start(b, *i)) add(b, s, np(b, i, 1));
    if (verb(b, *i)) add(b, s, vp(b, i));
    add(b, me, s);
    return me;
}

/* A relative pronoun; "that" only before a verb ("the deal that ended"):
 * "that" before a clause is read as a complementizer. */
static int wh(const bld *b, int i)
{
    if (word_is(b, i, W_THAT)) return verb(b, i + 1) && !is(b, i + 1, G_MD);
    return is(b, i, G_WDT) || is(b, i, G_WP) || is(b, i, G_WRB);
}

/* "that" opening a complement clause ("noted that Gondor regretted"). */
static int complementizer(const bld *b, int i)
{
    if (!word_is(b, i, W_THAT)) return 0;
    if (clause_at(b, i + 1)) return 1;
    int e = np_start(b, i + 1) ? coord_end(b, i + 1) : i + 1;
    return e > i + 1 && is(b, e, G_VB);    /* "demanded that Gondor stop" */
}

/* Post-modifiers of a noun phrase: of-PPs (any PP for a subject),
 * participles ("roads leading into"), relative clauses. */
static int np_post(bld *b, int *i, int me, int subject)
{
    for (;;) {
        int mod = -1;
        if ((is(b, *i, G_IN) || (subject && is(b, *i, G_TO))) && !deep(b) &&
            (word_is(b, *i, W_OF) || (subject && !subordinator(b, *i))) &&
            np_start(b, *i + 1)) {
            mod = pp(b, i, subject);
        } else if ((is(b, *i, G_VBN) || is(b, *i, G_VBG)) && !deep(b) &&
                   !auxiliary(b, *i - 1) && !finite(b, *i + 1)) {
            int was = b->reduced;
            b->reduced = 1;                /* "remarks published on Monday ," */
            mod = vp(b, i);
            b->reduced = was;
        } else if (wh(b, *i) && !deep(b) && !is(b, *i, G_WRB)) {
            mod = relative(b, i);
        } else if (is(b, *i, G_COMMA) && (is(b, *i + 1, G_WP) || is(b, *i + 1, G_WDT)) &&
                   !deep(b)) {
            int outer = mk(b, "NP", -1), was = b->reduced;
            add(b, outer, me);             /* "the minister , who ... ," */
            leaf(b, outer, i);
            b->reduced = 1;
            add(b, outer, relative(b, i));
            b->reduced = was;
            if (is(b, *i, G_COMMA)) leaf(b, outer, i);
            me = outer;
            continue;
        } else if (is(b, *i, G_LRB) && np_start(b, *i + 1) &&
                   is(b, base_end(b, *i + 1), G_RRB)) {
            mod = mk(b, "PRN", -1);        /* "the European Union ( EU )" */
            leaf(b, mod, i);
            add(b, mod, base_np(b, i));
            leaf(b, mod, i);
        } else {
            return me;
        }
        int outer = mk(b, "NP", -1);
        add(b, outer, me);
        add(b, outer, mod);
        me = outer;
    }
}

/* A noun phrase with its post-modifiers and coordination. */
static int np(bld *b, int *i, int subject)
{
    b->depth++;
    int me = np_post(b, i, base_np(b, i), subject);
    /* "A , B and C" / "A and B": only if a conjunction closes the list */
    int k = *i, e = *i;
    while (is(b, k, G_COMMA) && np_start(b, k + 1)) k = base_end(b, k + 1);
    if (is(b, k, G_COMMA) && is(b, k + 1, G_CC)) k++;
    int list = is(b, k, G_CC) && np_start(b, k + 1) && !deep(b) &&
               !(is(b, k - 1, G_COMMA) && clause_at(b, k + 1) && !subject);
    if (!list && is(b, e, G_COMMA) && np_start(b, e + 1) && !clause_at(b, e + 1) &&
        !deep(b)) {
        int a = base_end(b, e + 1);          /* apposition ", the capital ," */
        list = is(b, a, G_COMMA) || is(b, a, G_DOT) || a >= b->n;
        k = -1;
    }
    if (list) {
        int outer = mk(b, "NP", -1);
        add(b, outer, me);
        while (*i < b->n && (is(b, *i, G_COMMA) || is(b, *i, G_CC))) {
            int conj = is(b, *i, G_CC);
            leaf(b, outer, i);
            if (is(b, *i, G_CC)) { conj = 1; leaf(b, outer, i); }
            if (!np_start(b, *i)) break;
            add(b, outer, np_post(b, i, base_np(b, i), subject));
            if (conj || k < 0) break;
        }
        if (k < 0 && is(b, *i, G_COMMA) && !clause_at(b, *i + 1)) leaf(b, outer, i);
        me = outer;
    }
    b->depth--;
    return me;
}

/* ", it seems ," / ", officials said ,": a comma, a short clause of a
 * noun group and a bare verb, a comma. */
static int parenthetical(const bld *b, int i)
{
    if (!is(b, i, G_COMMA) || !clause_at(b, i + 1)) return 0;
    int e = coord_end(b, i + 1);
    while (is(b, e, G_RB)) e++;
    return finite(b, e) && is(b, e + 1, G_COMMA);
}

static int prn(bld *b, int *i)
{
    int me = mk(b, "PRN", -1), s = mk(b, "S", -1), v = mk(b, "VP", -1);
    leaf(b, me, i);
    add(b, s, np(b, i, 1));
    while (*i < b->n && !is(b, *i, G_COMMA)) leaf(b, v, i);
    add(b, s, v);
    add(b, me, s);
    leaf(b, me, i);
    return me;
}

/* One complement inside a VP at *i, attached to me; 0 = the VP ends. */
static int complement(bld *b, int *i, int me)
{
    int g = G(b, *i);
    if (*i >= b->n || g == G_DOT || g == G_COLON) return 0;
    if (parenthetical(b, *i) && !deep(b)) {
        add(b, me, prn(b, i));
        return 1;
    }
    if (g == G_COMMA) {                    /* ", officials said" ends it */
        if (b->reduced || clause_at(b, *i + 1) || is(b, *i + 1, G_LQ) ||
            (is(b, *i + 1, G_CC) && clause_at(b, *i + 2)) || is(b, *i + 1, G_RQ))
            return 0;
    } else if (g == G_CC) {                /* "and promised": a new VP */
        if (verb(b, *i + 1) || clause_at(b, *i + 1) || is(b, *i + 1, G_RB)) return 0;
    }
    if (g == G_COMMA || g == G_CC) {
        leaf(b, me, i);
        return 1;
    }
    if (deep(b)) { leaf(b, me, i); return 1; }
    if (complementizer(b, *i)) {
        add(b, me, pp(b, i, 0));
    } else if (clause_at(b, *i)) {         /* "believes Arnor can cope" */
        int s = mk(b, "SBAR", -1);
        add(b, s, clause(b, i, 0));
        add(b, me, s);
    } else if (np_start(b, *i) && is(b, coord_end(b, *i), G_TO) &&
               verb(b, coord_end(b, *i) + 1)) {
        int s = mk(b, "S", -1);            /* "urged Eriador to respond" */
        add(b, s, np(b, i, 0));
        if (is(b, *i, G_TO)) add(b, s, vp(b, i));
        add(b, me, s);
    } else if (np_start(b, *i)) {
        add(b, me, np(b, i, 0));
    } else if (g == G_IN || (g == G_TO && !verb(b, *i + 1))) {
        add(b, me, pp(b, i, 0));
    } else if (wh(b, *i)) {
        add(b, me, relative(b, i));
    } else if (verb(b, *i) || g == G_TO) {
        add(b, me, s_vp(b, i));            /* "vowed to wage war" */
    } else if (g == G_RB) {
        wrapped_leaf(b, me, "ADVP", i);
    } else if (g == G_RP) {
        wrapped_leaf(b, me, "PRT", i);
    } else {
        leaf(b, me, i);
    }
    return 1;
}

/* A single verb phrase: the verb, a nested verb group or complements. */
static int vp1(bld *b, int *i)
{
    int me = mk(b, "VP", -1), aux = auxiliary(b, *i);
    leaf(b, me, i);
    int j = *i;
    while (is(b, j, G_RB) || (is(b, j, G_CC) && is(b, j - 1, G_RB) &&
                              is(b, j + 1, G_RB))) j++;
    if (verb(b, j) && (aux || is(b, j, G_VB) || is(b, j, G_VBN)) && !deep(b)) {
        while (*i < j) leaf(b, me, i);     /* "will not (VP go)" */
        add(b, me, vp(b, i));
        return me;
    }
    while (complement(b, i, me)) {}
    return me;
}

/* A verb phrase with coordinated ones: (VP (VP ..) (CC and) (VP ..)). */
static int vp(bld *b, int *i)
{
    b->depth++;
    int me = vp1(b, i), wrapped = 0;
    for (;;) {
        int k = *i;
        if (is(b, k, G_COMMA) && is(b, k + 1, G_CC)) k++;
        if (!is(b, k, G_CC)) break;
        int v = k + 1;
        while (is(b, v, G_RB)) v++;
        if (!verb(b, v) || deep(b)) break;
        if (!wrapped) {
            int outer = mk(b, "VP", -1);
            add(b, outer, me);
            me = outer;
            wrapped = 1;
        }
        while (*i < v) leaf(b, me, i);
        add(b, me, vp1(b, i));
    }
    b->depth--;
    return me;
}

/* A clause: what comes before the verb, then its VP.  The top level goes
 * on to the end ("X did Y , officials said .", several sentences). */
static int clause(bld *b, int *i, int top)
{
    int me = mk(b, "S", -1), seen_vp = 0, was = b->reduced;
    b->depth++;
    b->reduced = 0;
    while (*i < b->n) {
        int g = G(b, *i);
        if (verb(b, *i)) {
            if (seen_vp && !top) break;
            add(b, me, vp(b, i));
            seen_vp = 1;
            if (!top) break;
        } else if (np_start(b, *i)) {
            if (seen_vp && !top) break;
            add(b, me, np(b, i, 1));
        } else if (deep(b)) {
            leaf(b, me, i);
        } else if (parenthetical(b, *i) && !seen_vp) {
            add(b, me, prn(b, i));         /* "Gondor , officials said , ..." */
        } else if (g == G_IN || (g == G_TO && !verb(b, *i + 1))) {
            if (seen_vp && !top) break;
            add(b, me, pp(b, i, 0));
        } else if (wh(b, *i) && !top) {
            break;
        } else if (g == G_RB) {
            wrapped_leaf(b, me, "ADVP", i);
        } else {
            if (!top && (g == G_DOT || seen_vp)) break;
            leaf(b, me, i);
        }
    }
    b->depth--;
    b->reduced = was;
    return me;
}

/* ------------------------------------------------------ tag repair */

/* Does word i end in suf (see text_ends)?  ENDS_IN: a literal suf. */
static int ends_in(const bld *b, int i, const char *suf)
{
    return text_ends(b->w[i], b->wlen[i], suf);
}
#define ENDS_IN(b, i, lit) TEXT_ENDS((b)->w[i], (b)->wlen[i], lit)

/* A have/be/get form within three words before i (adverbs skipped). */
static int aux_before(const bld *b, int i)
{
    for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
        if (auxiliary(b, k) && !is(b, k, G_MD) && !is(b, k, G_TO)) return 1;
        if (!is(b, k, G_RB)) return 0;
    }
    return 0;
}

/* Is the next finite verb after i one without a subject of its own
 * (", urged" after "remarks published on Monday")?  Only when a single
 * comma and no clause opener lies between. */
static int later_verb_lacks_subject(const bld *b, int i)
{
    int commas = 0;
    for (int k = i + 1; k < b->n && k < i + WINDOW && !is(b, k, G_DOT); k++) {
        if (is(b, k, G_COMMA)) commas++;
        else if (subordinator(b, k) || wh(b, k)) return 0;
        else if (finite(b, k)) {
            int p = k - 1;
            while (is(b, p, G_RB)) p--;
            return commas == 1 && is(b, p, G_COMMA);
        }
    }
    return 0;
}

/* Does noun i sit in a prepositional object ("by Osgiliath soldiers")
 * after the clause already has its verb? */
static int in_pp_object(const bld *b, int i)
{
    int k = i - 1;
    while (k >= 0 && k > i - WINDOW &&
           (modifier(b, k) || determiner(b, k) || is(b, k, G_POS))) k--;
    if (k < 0 || k == i - 1 || !(is(b, k, G_IN) || is(b, k, G_TO)) ||
        subordinator(b, k))
        return 0;
    for (k--; k >= 0 && k > i - WINDOW && !is(b, k, G_DOT); k--)
        if (finite(b, k)) return 1;
    return 0;
}

/* Previous word, adverbs skipped. */
static int before_adverbs(const bld *b, int i)
{
    int p = i - 1;
    while (p > 0 && is(b, p, G_RB)) p--;
    return p;
}

/* Nouns by their ending ("government", "election"): never a verb. */
static int nominal_suffix(const bld *b, int i)
{
    static const char *const suf[] = { "tion", "sion", "ment", "ness", "ity",
        "ism", "ist", "ship", "ence", "ance", "er", "or", "ure", "ory", "ary",
        "ia", "al", NULL };
    int hit = 0;
    for (int k = 0; suf[k] && !hit; k++) hit = ends_in(b, i, suf[k]);
    return hit;
}

/* Before i, with no verb yet: a plural noun or "A and B" just before it
 * ("Clerics and lawmakers believe", "Fornost and Gondor welcome"). */
static int plural_subject_before(const bld *b, int i)
{
    for (int k = i - 1; k >= 0 && k > i - WINDOW && !is(b, k, G_DOT); k--)
        if (verb(b, k)) return 0;
    int p = i - 1;
    if (is(b, p, G_RRB))                 /* "the European Union ( EU ) agree" */
        while (p > 0 && p > i - WINDOW && !is(b, p, G_LRB)) p--;
    if (is(b, p, G_LRB)) p--;
    if (is(b, p, G_NNS) || is(b, p, G_NNPS) || word_is(b, p, LX_PLURAL))
        return 1;
    if (!is(b, p, G_NNP)) return 0;
    for (int k = p - 1; k >= 0 && k > i - WINDOW && (modifier(b, k) || determiner(b, k) ||
                                   is(b, k, G_CC)); k--)
        if (is(b, k, G_CC)) return 1;
    return 0;
}

/* A finite verb later in the sentence. */
static int has_later_finite(const bld *b, int i)
{
    for (int k = i + 1; k < b->n && k < i + WINDOW && !is(b, k, G_DOT); k++)
        if (finite(b, k)) return 1;
    return 0;
}

/* An -ing word closing a noun group that opened with a determiner, before
 * a preposition or the end: "the 2016 arbitral ruling on", "a bombing ."
 * (after a plural it is a participle: "the soldiers fighting in"). */
static int ing_noun(const bld *b, int i)
{
    int n = G(b, i + 1);
    if (!(T(b, i + 1)[0] == 0 || n == G_IN || n == G_DOT || n == G_COMMA ||
          n == G_CC) || is(b, i - 1, G_NNS) || is(b, i - 1, G_NNPS))
        return 0;
    int k = i - 1;
    while (k > i - WINDOW && modifier(b, k)) k--;
    return k < i - 1 && determiner(b, k);
}

/* One token's repaired tag (see repair_tags). */
static const char *repair(const bld *b, int i)
{
    const char *t = T(b, i);
    int g = G(b, i), p = before_adverbs(b, i), pg = G(b, p);
    const char *pt = T(b, p);
    int ed = ENDS_IN(b, i, "ed"), ing = ENDS_IN(b, i, "ing");
    if (word_is(b, i, W_THAT) && clause_at(b, i + 1) && i > 0 && !is(b, i - 1, G_IN))
        return "IN";                        /* "noted that Gondor ..." */
    if (word_is(b, i, W_THAT) && verb(b, i + 1) && modifier(b, i - 1))
        return "WDT";                       /* "the quake that killed" */
    if (i == 0) {
        /* "Soldiers from Gondor will ...": not an imperative */
        if ((g == G_VBZ || g == G_VBP) && has_later_finite(b, i))
            return ENDS_IN(b, i, "s") ? "NNS" : "NNP";
        return t;
    }
    if (t[0] == 'V' && (pg == G_PRPS || pg == G_POS || word_is(b, p, W_ARTICLE))) {
        if (modifier(b, i + 1)) return ed ? "VBN" : ing ? "VBG" : "JJ";
        return ENDS_IN(b, i, "s") && !ENDS_IN(b, i, "ss") ? "NNS" : "NN";
    }
    if ((pg == G_MD || word_is(b, p, LX_DO)) && !ed && !ing && p < i &&
        (t[0] == 'N' || t[0] == 'J' || g == G_VBP || g == G_VBZ) &&
        g != G_NNP && g != G_NNPS)
        return "VB";                        /* "will abandon", "did allow" */
    if (ing && ing_noun(b, i))
        return "NN";                        /* "the AMIA bombing in 1994" */
    if (is(b, i - 1, G_TO) && !ed && !ing && ((t[0] == 'V' && g != G_VB) ||
        (g == G_NN && (determiner(b, i + 1) || is(b, i + 1, G_TO) ||
                       is(b, i + 1, G_PRP)))))
        return "VB";                        /* "to let", "to return to the" */
    if (g == G_NN && (is(b, i - 1, G_CC) || is(b, i - 1, G_COMMA)) &&
        T(b, i - 2)[0] == 'J' && modifier(b, i + 1) && !is(b, i + 1, G_POS))
        return "JJ";                        /* "awful and evil minister" */
    if (ed && word_is(b, p, LX_BE) && p < i && g != G_VBN)
        return "VBN";                       /* "should be resolved" */
    if (p < i && ((g == G_VBD && word_is(b, p, LX_BE | LX_HAVE)) ||
                  (g == G_VBP && word_is(b, p, LX_HAVE))))
        return "VBN";                       /* "has held", "has broken" */
    if (g == G_NN && plural_subject_before(b, i) && !nominal_suffix(b, i) &&
        (determiner(b, i + 1) || is(b, i + 1, G_NNP) || word_is(b, i + 1, W_THAT)))
        return "VBP";                       /* "Gondor and Rohan welcome a" */
    if (t[0] == 'J' && (modifier(b, i - 1) || determiner(b, i - 1)) &&
        !modifier(b, i + 1) && !is(b, i + 1, G_POS) && !is(b, i + 1, G_CC) &&
        !is(b, i + 1, G_COMMA))
        return "NN";                        /* "a senior official said" */
    if (word_is(b, i, LX_PARTICLE) && penn_vb(G(b, i - 1)) &&
        (np_start(b, i + 1) || is(b, i + 1, G_DOT) || i + 1 >= b->n))
        return "RP";                        /* "burned down its embassy" */
    if ((g == G_VBZ || g == G_VBP) &&
        ((T(b, i - 1)[0] == 'J' && ((isupper((unsigned char)W(b, i - 1)[0]) &&
                                     !text_closed_tag(W(b, i - 1))) ||
                                    determiner(b, i - 2))) ||
         (finite(b, i - 1) && !auxiliary(b, i - 1))))
        return ENDS_IN(b, i, "s") ? "NNS" : "NN";  /* "Russian soldiers", "exchanged fire" */
    if ((g == G_VBZ || g == G_VBP) && ENDS_IN(b, i, "s") &&
        (in_pp_object(b, i) || (is(b, i + 1, G_IN) && np_start(b, i + 2) &&
                                finite(b, base_end(b, i + 2)))))
        return "NNS";      /* "by Osgiliath soldiers in", "leaders in X urged" */
    if ((g == G_VBD || g == G_VBN) && ed && pg == G_IN &&
        p == i - 1 && !subordinator(b, p) && modifier(b, i + 1))
        return "VBN";                       /* "in occupied regions" */
    if (g == G_VBN && (pt[0] == 'N' || pg == G_PRP) &&
        !aux_before(b, i) && !word_is(b, i + 1, W_BY) &&
        !later_verb_lacks_subject(b, i))
        return "VBD";                       /* "Gondor welcomed" */
    if (g == G_VBD && ed && pt[0] == 'N' && later_verb_lacks_subject(b, i))
        return "VBN";                       /* "remarks published .. , urged" */
    return t;
}

/* Fix tag sequences no English sentence has, whichever tagger made them
 * (each rule in repair() carries its example): a verb right after
 * "the"/"its"/'s is a noun or a modifier; after a modal, do-form or "to"
 * comes a base verb; a past form after have/be is a participle; a bare
 * participle after a noun with no have/be is a past tense unless "by"
 * follows or a later subjectless verb needs it as a modifier; a "verb"
 * after an adjective, a preposition's noun or another verb is a plural
 * noun; a capitalised verb opening a sentence with another verb is a noun.
 * Left to right, so each rule sees the repaired tags before it. */
static void repair_tags(bld *b, const char **tag)
{
    for (int i = 0; i < b->n; i++) {
        tag[i] = repair(b, i);
        b->g[i] = (unsigned char)penn_tag_id(tag[i]);
    }
}

/* Tag ids, lengths and word classes of the tokens, found once. */
static void token_classes(bld *b, const char *const *tag)
{
    for (int i = 0; i < b->n; i++) {
        const char *w = b->w[i];
        size_t len = strlen(w);
        const text_lex *e = text_lex_find(w, len);
        unsigned c = e ? e->cls : 0;
        if (e && text_eq(w, len, "that")) c |= W_THAT;
        if (e && text_eq(w, len, "of")) c |= W_OF;
        if (e && text_eq(w, len, "by")) c |= W_BY;
        if (e && (text_eq(w, len, "the") || text_eq(w, len, "a") ||
                  text_eq(w, len, "an"))) c |= W_ARTICLE;
        b->g[i] = (unsigned char)penn_tag_id(tag[i]);
        b->wc[i] = c;
        b->wlen[i] = len;
    }
}

/* The tree for n tokens w with Penn tags tag (both kept by the caller);
 * malloc'ed, NULL only when out of memory.  Used by lgparse.c too. */
char *text_tree_from_tags(char *const *w, const char *const *tag, size_t n);
char *text_tree_from_tags(char *const *w, const char *const *tag, size_t n)
{
    size_t m = n ? n : 1;
    /* one block: tags, lengths, word classes, tag ids (by alignment) */
    const char **own = malloc(m * (sizeof *own + sizeof(size_t) +
                                   sizeof(unsigned) + 1));
    if (!own) return NULL;
    memcpy(own, tag, n * sizeof *own);
    bld b = { w, own, (int)n, NULL, 0, 0, 0, 0, 0, NULL, NULL, NULL };
    b.wlen = (size_t *)(own + m);
    b.wc = (unsigned *)(b.wlen + m);
    b.g = (unsigned char *)(b.wc + m);
    token_classes(&b, tag);
    text_buf o = {0};
    repair_tags(&b, own);
    int i = 0, root = clause(&b, &i, 1);
    while (i < b.n) leaf(&b, root, &i);    /* (defensive: all words kept) */
    text_buf_puts(&o, "(ROOT");
    if (n == 0) text_buf_puts(&o, " (S (NP (NN -NONE-))");
    else if (!b.oom) penn_print(&o, b.v, b.nv, root, w, b.wlen, own);
    text_buf_puts(&o, ")");
    if (n == 0) text_buf_puts(&o, ")");
    free(b.v);
    free(own);
    if (b.oom || o.oom) { free(o.p); return NULL; }
    return o.p;
}

char *dyad_shallow_tree(const char *tokens)
{
    char *copy = strdup(tokens ? tokens : ""), *out = NULL;
    size_t n = 0, cap = 16;
    char **w = malloc(cap * sizeof *w);
    const char **tag = NULL;
    if (!copy || !w) goto done;
    char *save_tok = NULL;   /* strtok_r: threads code side by side */
    for (char *s = strtok_r(copy, " \t\n", &save_tok); s;
         s = strtok_r(NULL, " \t\n", &save_tok)) {
        if (n == cap) {
            char **v = realloc(w, (cap *= 2) * sizeof *w);
            if (!v) goto done;
            w = v;
        }
        w[n++] = s;
    }
    if (!(tag = malloc((n ? n : 1) * sizeof *tag))) goto done;
    text_pos_tags((const char *const *)w, n, tag);
    out = text_tree_from_tags(w, tag, n);
done:
    free(copy);
    free(w);
    free(tag);
    return out;
}
