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

#include "text/textint.h"

/* A phrase (tok < 0) or a leaf (tok = token index).  Children are linked
 * through next; phrases are built detached and attached by the caller. */
typedef struct {
    const char *lab;
    int tok;
    int child, last, next;
} snode;

typedef struct {
    char *const *w;
    const char *const *tag;
    int n;
    snode *v;
    int nv, cap, depth, oom;
    int reduced;         /* inside a participle modifier: a comma ends it */
} bld;

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
static const char *T(const bld *b, int i) { return i >= 0 && i < b->n ? b->tag[i] : ""; }
static const char *W(const bld *b, int i) { return i >= 0 && i < b->n ? b->w[i] : ""; }
static int is(const bld *b, int i, const char *tag) { return !strcmp(T(b, i), tag); }

static int verb(const bld *b, int i) { return !strncmp(T(b, i), "VB", 2) || is(b, i, "MD"); }

static int finite(const bld *b, int i)
{
    return is(b, i, "VBD") || is(b, i, "VBZ") || is(b, i, "VBP") || is(b, i, "MD");
}

static int noun(const bld *b, int i)
{
    return T(b, i)[0] == 'N' || is(b, i, "CD") || is(b, i, "$") || is(b, i, "#");
}

static int modifier(const bld *b, int i) { return noun(b, i) || T(b, i)[0] == 'J'; }

static int determiner(const bld *b, int i)
{
    return is(b, i, "DT") || is(b, i, "PRP$") || is(b, i, "PDT") || is(b, i, "WP$");
}

static int np_start(const bld *b, int i)
{
    return modifier(b, i) || determiner(b, i) || is(b, i, "PRP") || is(b, i, "EX") ||
           (is(b, i, "VBN") && is(b, i - 1, "IN") && modifier(b, i + 1));
}

static int word_in(const char *w, const char *const *list)
{
    for (int k = 0; list[k]; k++)
        if (!strcasecmp(w, list[k])) return 1;
    return 0;
}

/* Verbs that take another verb group: will not go, has gone, was seen. */
static int auxiliary(const bld *b, int i)
{
    static const char *const aux[] = { "be", "is", "are", "am", "was", "were",
        "been", "being", "'s", "'re", "'m", "have", "has", "had", "'ve", "'d",
        "do", "does", "did", "get", "got", "gets", NULL };
    return is(b, i, "MD") || is(b, i, "TO") || word_in(W(b, i), aux);
}

/* Prepositions that may open a clause: "after crowds trashed ...". */
static int subordinator(const bld *b, int i)
{
    static const char *const sub[] = { "after", "before", "since", "until",
        "because", "although", "though", "while", "if", "whether", "unless",
        "once", "as", "that", "whereas", "till", "so", NULL };
    return word_in(W(b, i), sub);
}

/* End of the base noun group (with possessives) starting at i; i if none. */
static int base_end(const bld *b, int i)
{
    int j = i;
    if (is(b, i, "PRP") || is(b, i, "EX")) return i + 1;
    if (is(b, i, "VBN") && is(b, i - 1, "IN") && modifier(b, i + 1))
        j++;                               /* "in occupied regions" */
    while (determiner(b, j) && j < i + WINDOW) j++;
    while (j < i + WINDOW) {
        if (modifier(b, j) || (is(b, j, "POS") && j > i)) j++;
        else if ((is(b, j, "VBN") || is(b, j, "VBG")) && j > i &&
                 modifier(b, j + 1)) j++;
        else if ((is(b, j, "CC") || is(b, j, ",")) && j > i &&
                 T(b, j - 1)[0] == 'J' && modifier(b, j + 1) &&
                 !is(b, j + 1, "NNP") &&
                 modifier(b, j + 2)) j++;  /* "economic and military aid" */
        else if (is(b, j, "RB") && j > i && determiner(b, j - 1) &&
                 (T(b, j + 1)[0] == 'J' || is(b, j + 1, "VBN"))) j++;
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
        if (is(b, k, ",") && np_start(b, k + 1)) { k = base_end(b, k + 1); continue; }
        if (is(b, k, ",") && is(b, k + 1, "CC")) k++;
        if (is(b, k, "CC") && np_start(b, k + 1)) return base_end(b, k + 1);
        break;
    }
    return e;
}

/* A clause starts at i: a noun group followed by a finite verb. */
static int clause_at(const bld *b, int i)
{
    if (!np_start(b, i)) return 0;
    int e = coord_end(b, i);
    while (is(b, e, "RB")) e++;
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
        head |= T(b, k)[0] != 'J' && !is(b, k, "RB") && !is(b, k, "CC") &&
                !is(b, k, ",");
    int me = mk(b, head ? "NP" : "ADJP", -1);   /* "was (ADJP ready)" */
    while (*i < e) {
        if (T(b, *i)[0] == 'J' && *i + 2 < e &&
            (is(b, *i + 1, "CC") || is(b, *i + 1, ","))) {
            int a = mk(b, "ADJP", -1);     /* "awful and evil minister" */
            for (int k = 0; k < 3; k++) leaf(b, a, i);
            add(b, me, a);
            continue;
        }
        leaf(b, me, i);
        if (is(b, *i - 1, "POS") && *i < e) {
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
    } else if ((is(b, *i, "TO") && verb(b, *i + 1)) || is(b, *i, "VBG")) {
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
    const char *t = T(b, i);
    if (!strcasecmp(W(b, i), "that")) return verb(b, i + 1) && !is(b, i + 1, "MD");
    return !strcmp(t, "WDT") || !strcmp(t, "WP") || !strcmp(t, "WRB");
}

/* "that" opening a complement clause ("noted that Gondor regretted"). */
static int complementizer(const bld *b, int i)
{
    if (strcasecmp(W(b, i), "that") != 0) return 0;
    if (clause_at(b, i + 1)) return 1;
    int e = np_start(b, i + 1) ? coord_end(b, i + 1) : i + 1;
    return e > i + 1 && is(b, e, "VB");    /* "demanded that Gondor stop" */
}

/* Post-modifiers of a noun phrase: of-PPs (any PP for a subject),
 * participles ("roads leading into"), relative clauses. */
static int np_post(bld *b, int *i, int me, int subject)
{
    for (;;) {
        int mod = -1;
        if ((is(b, *i, "IN") || (subject && is(b, *i, "TO"))) && !deep(b) &&
            (!strcasecmp(W(b, *i), "of") || (subject && !subordinator(b, *i))) &&
            np_start(b, *i + 1)) {
            mod = pp(b, i, subject);
        } else if ((is(b, *i, "VBN") || is(b, *i, "VBG")) && !deep(b) &&
                   !auxiliary(b, *i - 1) && !finite(b, *i + 1)) {
            int was = b->reduced;
            b->reduced = 1;                /* "remarks published on Monday ," */
            mod = vp(b, i);
            b->reduced = was;
        } else if (wh(b, *i) && !deep(b) && !is(b, *i, "WRB")) {
            mod = relative(b, i);
        } else if (is(b, *i, ",") && (is(b, *i + 1, "WP") || is(b, *i + 1, "WDT")) &&
                   !deep(b)) {
            int outer = mk(b, "NP", -1), was = b->reduced;
            add(b, outer, me);             /* "the minister , who ... ," */
            leaf(b, outer, i);
            b->reduced = 1;
            add(b, outer, relative(b, i));
            b->reduced = was;
            if (is(b, *i, ",")) leaf(b, outer, i);
            me = outer;
            continue;
        } else if (is(b, *i, "-LRB-") && np_start(b, *i + 1) &&
                   is(b, base_end(b, *i + 1), "-RRB-")) {
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
    while (is(b, k, ",") && np_start(b, k + 1)) k = base_end(b, k + 1);
    if (is(b, k, ",") && is(b, k + 1, "CC")) k++;
    int list = is(b, k, "CC") && np_start(b, k + 1) && !deep(b) &&
               !(is(b, k - 1, ",") && clause_at(b, k + 1) && !subject);
    if (!list && is(b, e, ",") && np_start(b, e + 1) && !clause_at(b, e + 1) &&
        !deep(b)) {
        int a = base_end(b, e + 1);          /* apposition ", the capital ," */
        list = is(b, a, ",") || is(b, a, ".") || a >= b->n;
        k = -1;
    }
    if (list) {
        int outer = mk(b, "NP", -1);
        add(b, outer, me);
        while (*i < b->n && (is(b, *i, ",") || is(b, *i, "CC"))) {
            int conj = is(b, *i, "CC");
            leaf(b, outer, i);
            if (is(b, *i, "CC")) { conj = 1; leaf(b, outer, i); }
            if (!np_start(b, *i)) break;
            add(b, outer, np_post(b, i, base_np(b, i), subject));
            if (conj || k < 0) break;
        }
        if (k < 0 && is(b, *i, ",") && !clause_at(b, *i + 1)) leaf(b, outer, i);
        me = outer;
    }
    b->depth--;
    return me;
}

/* ", it seems ," / ", officials said ,": a comma, a short clause of a
 * noun group and a bare verb, a comma. */
static int parenthetical(const bld *b, int i)
{
    if (!is(b, i, ",") || !clause_at(b, i + 1)) return 0;
    int e = coord_end(b, i + 1);
    while (is(b, e, "RB")) e++;
    return finite(b, e) && is(b, e + 1, ",");
}

static int prn(bld *b, int *i)
{
    int me = mk(b, "PRN", -1), s = mk(b, "S", -1), v = mk(b, "VP", -1);
    leaf(b, me, i);
    add(b, s, np(b, i, 1));
    while (*i < b->n && !is(b, *i, ",")) leaf(b, v, i);
    add(b, s, v);
    add(b, me, s);
    leaf(b, me, i);
    return me;
}

/* One complement inside a VP at *i, attached to me; 0 = the VP ends. */
static int complement(bld *b, int *i, int me)
{
    const char *t = T(b, *i);
    if (*i >= b->n || !strcmp(t, ".") || !strcmp(t, ":")) return 0;
    if (parenthetical(b, *i) && !deep(b)) {
        add(b, me, prn(b, i));
        return 1;
    }
    if (!strcmp(t, ",")) {                 /* ", officials said" ends it */
        if (b->reduced || clause_at(b, *i + 1) || is(b, *i + 1, "``") ||
            (is(b, *i + 1, "CC") && clause_at(b, *i + 2)) || is(b, *i + 1, "''"))
            return 0;
    } else if (!strcmp(t, "CC")) {         /* "and promised": a new VP */
        if (verb(b, *i + 1) || clause_at(b, *i + 1) || is(b, *i + 1, "RB")) return 0;
    }
    if (!strcmp(t, ",") || !strcmp(t, "CC")) {
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
    } else if (np_start(b, *i) && is(b, coord_end(b, *i), "TO") &&
               verb(b, coord_end(b, *i) + 1)) {
        int s = mk(b, "S", -1);            /* "urged Eriador to respond" */
        add(b, s, np(b, i, 0));
        if (is(b, *i, "TO")) add(b, s, vp(b, i));
        add(b, me, s);
    } else if (np_start(b, *i)) {
        add(b, me, np(b, i, 0));
    } else if (!strcmp(t, "IN") || (!strcmp(t, "TO") && !verb(b, *i + 1))) {
        add(b, me, pp(b, i, 0));
    } else if (wh(b, *i)) {
        add(b, me, relative(b, i));
    } else if (verb(b, *i) || !strcmp(t, "TO")) {
        add(b, me, s_vp(b, i));            /* "vowed to wage war" */
    } else if (!strcmp(t, "RB")) {
        wrapped_leaf(b, me, "ADVP", i);
    } else if (!strcmp(t, "RP")) {
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
    while (is(b, j, "RB") || (is(b, j, "CC") && is(b, j - 1, "RB") &&
                              is(b, j + 1, "RB"))) j++;
    if (verb(b, j) && (aux || is(b, j, "VB") || is(b, j, "VBN")) && !deep(b)) {
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
        if (is(b, k, ",") && is(b, k + 1, "CC")) k++;
        if (!is(b, k, "CC")) break;
        int v = k + 1;
        while (is(b, v, "RB")) v++;
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
        const char *t = T(b, *i);
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
        } else if (!strcmp(t, "IN") || (!strcmp(t, "TO") && !verb(b, *i + 1))) {
            if (seen_vp && !top) break;
            add(b, me, pp(b, i, 0));
        } else if (wh(b, *i) && !top) {
            break;
        } else if (!strcmp(t, "RB")) {
            wrapped_leaf(b, me, "ADVP", i);
        } else {
            if (!top && (!strcmp(t, ".") || seen_vp)) break;
            leaf(b, me, i);
        }
    }
    b->depth--;
    b->reduced = was;
    return me;
}

/* ------------------------------------------------------ tag repair */

static int ends_in(const char *w, const char *suf)
{
    size_t n = strlen(w), k = strlen(suf);
    return n > k + 1 && !strcasecmp(w + n - k, suf);
}

/* A have/be/get form within three words before i (adverbs skipped). */
static int aux_before(const bld *b, int i)
{
    for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
        if (auxiliary(b, k) && !is(b, k, "MD") && !is(b, k, "TO")) return 1;
        if (!is(b, k, "RB")) return 0;
    }
    return 0;
}

/* Is the next finite verb after i one without a subject of its own
 * (", urged" after "remarks published on Monday")?  Only when a single
 * comma and no clause opener lies between. */
static int later_verb_lacks_subject(const bld *b, int i)
{
    int commas = 0;
    for (int k = i + 1; k < b->n && k < i + WINDOW && !is(b, k, "."); k++) {
        if (is(b, k, ",")) commas++;
        else if (subordinator(b, k) || wh(b, k)) return 0;
        else if (finite(b, k)) {
            int p = k - 1;
            while (is(b, p, "RB")) p--;
            return commas == 1 && is(b, p, ",");
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
           (modifier(b, k) || determiner(b, k) || is(b, k, "POS"))) k--;
    if (k < 0 || k == i - 1 || !(is(b, k, "IN") || is(b, k, "TO")) ||
        subordinator(b, k))
        return 0;
    for (k--; k >= 0 && k > i - WINDOW && !is(b, k, "."); k--)
        if (finite(b, k)) return 1;
    return 0;
}

/* Previous word, adverbs skipped. */
static int before_adverbs(const bld *b, int i)
{
    int p = i - 1;
    while (p > 0 && is(b, p, "RB")) p--;
    return p;
}

/* Nouns by their ending ("government", "election"): never a verb. */
static int nominal_suffix(const char *w)
{
    static const char *const suf[] = { "tion", "sion", "ment", "ness", "ity",
        "ism", "ist", "ship", "ence", "ance", "er", "or", "ure", "ory", "ary",
        "ia", "al", NULL };
    int hit = 0;
    for (int k = 0; suf[k] && !hit; k++) hit = ends_in(w, suf[k]);
    return hit;
}

/* Before i, with no verb yet: a plural noun or "A and B" just before it
 * ("Clerics and lawmakers believe", "Fornost and Gondor welcome"). */
static int plural_subject_before(const bld *b, int i)
{
    for (int k = i - 1; k >= 0 && k > i - WINDOW && !is(b, k, "."); k--)
        if (verb(b, k)) return 0;
    static const char *const plural[] = { "they", "we", "i", "you", "many",
        "few", "several", "others", "both", "all", "most", "some", NULL };
    int p = i - 1;
    if (is(b, p, "-RRB-"))                 /* "the European Union ( EU ) agree" */
        while (p > 0 && p > i - WINDOW && !is(b, p, "-LRB-")) p--;
    if (is(b, p, "-LRB-")) p--;
    if (is(b, p, "NNS") || is(b, p, "NNPS") || word_in(W(b, p), plural))
        return 1;
    if (!is(b, p, "NNP")) return 0;
    for (int k = p - 1; k >= 0 && k > i - WINDOW && (modifier(b, k) || determiner(b, k) ||
                                   is(b, k, "CC")); k--)
        if (is(b, k, "CC")) return 1;
    return 0;
}

/* A finite verb later in the sentence. */
static int has_later_finite(const bld *b, int i)
{
    for (int k = i + 1; k < b->n && k < i + WINDOW && !is(b, k, "."); k++)
        if (finite(b, k)) return 1;
    return 0;
}

/* An -ing word closing a noun group that opened with a determiner, before
 * a preposition or the end: "the 2016 arbitral ruling on", "a bombing ."
 * (after a plural it is a participle: "the soldiers fighting in"). */
static int ing_noun(const bld *b, int i)
{
    const char *n = T(b, i + 1);
    if (!(n[0] == 0 || !strcmp(n, "IN") || !strcmp(n, ".") || !strcmp(n, ",") ||
          !strcmp(n, "CC")) || is(b, i - 1, "NNS") || is(b, i - 1, "NNPS"))
        return 0;
    int k = i - 1;
    while (k > i - WINDOW && modifier(b, k)) k--;
    return k < i - 1 && determiner(b, k);
}

static const char *const DO_FORMS[] = { "do", "does", "did", NULL };
static const char *const BE_FORMS[] = { "be", "is", "are", "am", "was",
    "were", "been", "being", NULL };
static const char *const HAVE_FORMS[] = { "have", "has", "had", "having",
    "'ve", NULL };
static const char *const PARTICLES[] = { "up", "down", "off", "out", "away",
    "back", NULL };

/* One token's repaired tag (see repair_tags). */
static const char *repair(const bld *b, int i)
{
    const char *t = T(b, i), *w = b->w[i];
    int p = before_adverbs(b, i);
    const char *pw = W(b, p), *pt = T(b, p);
    int ed = ends_in(w, "ed"), ing = ends_in(w, "ing");
    if (!strcasecmp(w, "that") && clause_at(b, i + 1) && i > 0 &&
        strcmp(T(b, i - 1), "IN"))
        return "IN";                        /* "noted that Gondor ..." */
    if (!strcasecmp(w, "that") && verb(b, i + 1) && modifier(b, i - 1))
        return "WDT";                       /* "the quake that killed" */
    if (i == 0) {
        /* "Soldiers from Gondor will ...": not an imperative */
        if ((!strcmp(t, "VBZ") || !strcmp(t, "VBP")) && has_later_finite(b, i))
            return ends_in(w, "s") ? "NNS" : "NNP";
        return t;
    }
    if (t[0] == 'V' && (!strcmp(pt, "PRP$") || !strcmp(pt, "POS") ||
                        !strcasecmp(pw, "the") || !strcasecmp(pw, "a") ||
                        !strcasecmp(pw, "an"))) {
        if (modifier(b, i + 1)) return ed ? "VBN" : ing ? "VBG" : "JJ";
        return ends_in(w, "s") && !ends_in(w, "ss") ? "NNS" : "NN";
    }
    if ((is(b, p, "MD") || word_in(pw, DO_FORMS)) && !ed && !ing && p < i &&
        (t[0] == 'N' || t[0] == 'J' || !strcmp(t, "VBP") || !strcmp(t, "VBZ")) &&
        strcmp(t, "NNP") && strcmp(t, "NNPS"))
        return "VB";                        /* "will abandon", "did allow" */
    if (ing && ing_noun(b, i))
        return "NN";                        /* "the AMIA bombing in 1994" */
    if (is(b, i - 1, "TO") && !ed && !ing && ((t[0] == 'V' && strcmp(t, "VB")) ||
        (!strcmp(t, "NN") && (determiner(b, i + 1) || is(b, i + 1, "TO") ||
                              is(b, i + 1, "PRP")))))
        return "VB";                        /* "to let", "to return to the" */
    if (!strcmp(t, "NN") && (is(b, i - 1, "CC") || is(b, i - 1, ",")) &&
        T(b, i - 2)[0] == 'J' && modifier(b, i + 1) && !is(b, i + 1, "POS"))
        return "JJ";                        /* "awful and evil minister" */
    if (ed && word_in(pw, BE_FORMS) && p < i && strcmp(t, "VBN"))
        return "VBN";                       /* "should be resolved" */
    if (p < i && ((!strcmp(t, "VBD") && (word_in(pw, BE_FORMS) || word_in(pw, HAVE_FORMS))) ||
                  (!strcmp(t, "VBP") && word_in(pw, HAVE_FORMS))))
        return "VBN";                       /* "has held", "has broken" */
    if (!strcmp(t, "NN") && plural_subject_before(b, i) && !nominal_suffix(w) &&
        (determiner(b, i + 1) || is(b, i + 1, "NNP") ||
         !strcasecmp(W(b, i + 1), "that")))
        return "VBP";                       /* "Gondor and Rohan welcome a" */
    if (t[0] == 'J' && (modifier(b, i - 1) || determiner(b, i - 1)) &&
        !modifier(b, i + 1) && !is(b, i + 1, "POS") && !is(b, i + 1, "CC") &&
        !is(b, i + 1, ","))
        return "NN";                        /* "a senior official said" */
    if (word_in(w, PARTICLES) && T(b, i - 1)[0] == 'V' && T(b, i - 1)[1] == 'B' &&
        (np_start(b, i + 1) || is(b, i + 1, ".") || i + 1 >= b->n))
        return "RP";                        /* "burned down its embassy" */
    if ((!strcmp(t, "VBZ") || !strcmp(t, "VBP")) &&
        ((T(b, i - 1)[0] == 'J' && ((isupper((unsigned char)W(b, i - 1)[0]) &&
                                     !text_closed_tag(W(b, i - 1))) ||
                                    determiner(b, i - 2))) ||
         (finite(b, i - 1) && !auxiliary(b, i - 1))))
        return ends_in(w, "s") ? "NNS" : "NN";  /* "Russian soldiers", "exchanged fire" */
    if ((!strcmp(t, "VBZ") || !strcmp(t, "VBP")) && ends_in(w, "s") &&
        (in_pp_object(b, i) || (is(b, i + 1, "IN") && np_start(b, i + 2) &&
                                finite(b, base_end(b, i + 2)))))
        return "NNS";      /* "by Osgiliath soldiers in", "leaders in X urged" */
    if ((!strcmp(t, "VBD") || !strcmp(t, "VBN")) && ed && !strcmp(pt, "IN") &&
        p == i - 1 && !subordinator(b, p) && modifier(b, i + 1))
        return "VBN";                       /* "in occupied regions" */
    if (!strcmp(t, "VBN") && (pt[0] == 'N' || !strcmp(pt, "PRP")) &&
        !aux_before(b, i) && strcasecmp(W(b, i + 1), "by") &&
        !later_verb_lacks_subject(b, i))
        return "VBD";                       /* "Gondor welcomed" */
    if (!strcmp(t, "VBD") && ed && pt[0] == 'N' && later_verb_lacks_subject(b, i))
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
    for (int i = 0; i < b->n; i++) tag[i] = repair(b, i);
}

/* ----------------------------------------------------------- output */

static void put_word(text_buf *o, const char *w)
{
    for (const char *p = w; *p; p++) {
        char c[2] = { *p, 0 };
        text_buf_puts(o, *p == '(' ? "-LRB-" : *p == ')' ? "-RRB-" : c);
    }
}

static void print(const bld *b, int x, text_buf *o)
{
    const snode *nd = &b->v[x];
    if (nd->tok >= 0) {
        text_buf_puts(o, " (");
        text_buf_puts(o, b->tag[nd->tok]);
        text_buf_puts(o, " ");
        put_word(o, b->w[nd->tok]);
        text_buf_puts(o, ")");
        return;
    }
    if (nd->child < 0) return;             /* no words: no "(S)" */
    text_buf_puts(o, " (");
    text_buf_puts(o, nd->lab);
    for (int c = nd->child; c >= 0; c = b->v[c].next) print(b, c, o);
    text_buf_puts(o, ")");
}

/* The tree for n tokens w with Penn tags tag (both kept by the caller);
 * malloc'ed, NULL only when out of memory.  Used by lgparse.c too. */
char *text_tree_from_tags(char *const *w, const char *const *tag, size_t n);
char *text_tree_from_tags(char *const *w, const char *const *tag, size_t n)
{
    const char **own = malloc((n ? n : 1) * sizeof *own);
    if (!own) return NULL;
    memcpy(own, tag, n * sizeof *own);
    bld b = { w, own, (int)n, NULL, 0, 0, 0, 0, 0 };
    text_buf o = {0};
    repair_tags(&b, own);
    int i = 0, root = clause(&b, &i, 1);
    while (i < b.n) leaf(&b, root, &i);    /* (defensive: all words kept) */
    text_buf_puts(&o, "(ROOT");
    if (n == 0) text_buf_puts(&o, " (S (NP (NN -NONE-))");
    else if (!b.oom) print(&b, root, &o);
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
    for (size_t i = 0; i < n; i++) tag[i] = dyad_pos_guess((const char *const *)w, n, i);
    out = text_tree_from_tags(w, tag, n);
done:
    free(copy);
    free(w);
    free(tag);
    return out;
}
