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
 * Before building, retag.c fixes tag sequences that cannot be right
 * (from either tagger).  Every token becomes exactly one leaf, in order;
 * recursion and look-ahead are capped, so the work is linear and the tree
 * always balanced.
 */
#include <stdlib.h>
#include <string.h>

#include "text/chunk.h"
#include "text/shallow.h"
#include "util/array.h"

/* -------------------------------------------------------------- nodes */

static int mk(bld *b, const char *lab, int tok)
{
    snode *v = array_grow(b->v, b->nv, &b->cap, sizeof *v, 64);
    if (!v) { b->oom = 1; return -1; }
    b->v = v;
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

/* Is token j the "than" of a quantity ("more than sixty", "fewer than
 * 100 people")? */
static int comparative_than(const bld *b, int j)
{
    if (j < 1 || j >= b->n || !text_eq(W(b, j), b->wlen[j], "than") ||
        !modifier(b, j + 1))
        return 0;
    const char *p = W(b, j - 1);
    size_t n = b->wlen[j - 1];
    return text_eq(p, n, "more") || text_eq(p, n, "less") || text_eq(p, n, "fewer");
}

/* End of the base noun group (with possessives) starting at i; i if none. */
/* Is token k a year ("2022")? */
static int year_at(const bld *b, int k)
{
    const char *w = W(b, k);
    return is(b, k, G_CD) && strlen(w) == 4 && strspn(w, "0123456789") == 4 &&
           atoi(w) >= 1800 && atoi(w) <= 2100;
}

/* Is the participle at j the verb of an absolute phrase whose subject is
 * the one name at i, right after WITH ("with Iran | freeing Swedish
 * diplomat X and Sweden releasing Y")? */
static int absolute_with(const bld *b, int i, int j)
{
    return j == i + 1 && is(b, j, G_VBG) && is(b, i, G_NNP) && i > 0 &&
           text_eq(W(b, i - 1), b->wlen[i - 1], "with");
}

int chunk_base_end(const bld *b, int i)
{
    int j = i;
    if (is(b, i, G_PRP) || is(b, i, G_EX)) return i + 1;
    /* a date opening a group ends it: "In June 2022 | Venezuelan President
     * Nicolas Maduro travelled", "in 2019 | Iranian tankers" */
    if (year_at(b, i) && modifier(b, i + 1)) return i + 1;
    if (text_month(W(b, i)) && year_at(b, i + 1) && modifier(b, i + 2)) return i + 2;
    if (is(b, i, G_VBN) && is(b, i - 1, G_IN) && modifier(b, i + 1))
        j++;                               /* "in occupied regions" */
    while (determiner(b, j) && j < i + WINDOW) j++;
    while (j < i + WINDOW) {
        if (modifier(b, j) || (is(b, j, G_POS) && j > i)) j++;
        else if ((is(b, j, G_VBN) || is(b, j, G_VBG)) && j > i &&
                 modifier(b, j + 1) && !absolute_with(b, i, j)) j++;
        else if ((is(b, j, G_CC) || is(b, j, G_COMMA)) && j > i &&
                 T(b, j - 1)[0] == 'J' && modifier(b, j + 1) &&
                 !is(b, j + 1, G_NNP) &&
                 modifier(b, j + 2)) j++;  /* "economic and military aid" */
        else if (is(b, j, G_RB) && j > i && determiner(b, j - 1) &&
                 (T(b, j + 1)[0] == 'J' || is(b, j + 1, G_VBN))) j++;
                                           /* "a clearly drunk official" */
        else if (j > i && comparative_than(b, j)) j++;
                                           /* "more than sixty countries" */
        else break;
    }
    return j;
}

/* End of a possibly coordinated noun group: A (, B)* ,? CC C.  Only for
 * look-ahead. */
static int coord_end(const bld *b, int i)
{
    int e = chunk_base_end(b, i);
    if (e == i) return i;
    for (int k = e; k < b->n && k < i + WINDOW; ) {
        if (is(b, k, G_COMMA) && np_start(b, k + 1)) {
            k = chunk_base_end(b, k + 1);
            continue;
        }
        if (is(b, k, G_COMMA) && is(b, k + 1, G_CC)) k++;
        if (is(b, k, G_CC) && np_start(b, k + 1)) return chunk_base_end(b, k + 1);
        break;
    }
    return e;
}

/* A clause starts at i: a noun group followed by a finite verb. */
int chunk_clause_at(const bld *b, int i)
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
    int e = chunk_base_end(b, *i), head = 0;
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

/* A clause starts at i whose subject has a phrase of place or object
 * after it: "(after) a US drone strike near Baghdad airport killed X",
 * "(before) talks in Geneva collapsed". */
static int clause_after_pp_at(const bld *b, int i)
{
    if (!np_start(b, i)) return 0;
    int e = coord_end(b, i), mods = 0;
    for (; mods < 2; mods++) {      /* "near Baghdad airport", "enraged by X" */
        int p = is(b, e, G_VBN) ? e + 1 : e;
        if (!is(b, p, G_IN) || subordinator(b, p) || !np_start(b, p + 1)) break;
        e = chunk_base_end(b, p + 1);
        if (is(b, e, G_IN) && word_is(b, e, W_OF) && np_start(b, e + 1))
            e = chunk_base_end(b, e + 1);   /* "the killing of 19 demonstrators" */
    }
    while (mods > 0 && (is(b, e, G_RB) || determiner(b, e) || modifier(b, e)) &&
           e < i + WINDOW)
        e++;                                /* "the previous day" */
    return mods > 0 && is(b, e, G_VBD);
}

/* (PP (IN x) NP) or (SBAR (IN x) (S ...)) at *i. */
static int pp(bld *b, int *i, int subject)
{
    int me;
    if ((subordinator(b, *i) &&
         (chunk_clause_at(b, *i + 1) || clause_after_pp_at(b, *i + 1))) ||
        complementizer(b, *i)) {
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
    int was = b->relative;
    b->relative = 1;
    if (verb(b, *i)) add(b, s, vp(b, i));
    b->relative = was;
    add(b, me, s);
    return me;
}

/* "that" opening a complement clause ("noted that Gondor regretted"). */
static int complementizer(const bld *b, int i)
{
    if (!word_is(b, i, W_THAT)) return 0;
    if (chunk_clause_at(b, i + 1)) return 1;
    int e = np_start(b, i + 1) ? coord_end(b, i + 1) : i + 1;
    return e > i + 1 && is(b, e, G_VB);    /* "demanded that Gondor stop" */
}

/* Tokens of the words at i that introduce examples of a noun phrase
 * ("countries , including A and B ,", "such as", "among them"); 0 if none. */
static int example_intro(const bld *b, int i)
{
    if (i + 1 >= b->n)
        return 0;
    const char *w = b->w[i], *nx = b->w[i + 1];
    size_t n = b->wlen[i], nn = b->wlen[i + 1];
    if (text_eq(w, n, "including") || text_eq(w, n, "notably"))
        return 1;
    if ((text_eq(w, n, "such") && text_eq(nx, nn, "as")) ||
        (text_eq(w, n, "among") && text_eq(nx, nn, "them")))
        return 2;
    return 0;
}

/* (NP me , inner ,): a phrase set off by commas after noun phrase me,
 * built by inner with a comma ending it (b->reduced). */
static int comma_aside(bld *b, int *i, int me, int (*inner)(bld *, int *))
{
    int outer = mk(b, "NP", -1), was = b->reduced;
    add(b, outer, me);
    leaf(b, outer, i);
    b->reduced = 1;
    add(b, outer, inner(b, i));
    b->reduced = was;
    if (is(b, *i, G_COMMA)) leaf(b, outer, i);
    return outer;
}

/* Post-modifiers of a noun phrase: of-PPs (any PP for a subject),
 * participles ("roads leading into", ", headed by X ," before the verb),
 * relative clauses, examples set off by commas ("nations , including A
 * and B ,"). */
static int np_post(bld *b, int *i, int me, int subject)
{
    for (;;) {
        int mod = -1, k;
        if (is(b, *i, G_COMMA) && (k = example_intro(b, *i + 1)) > 0 && !deep(b) &&
            np_start(b, *i + 1 + k)) {
            int outer = mk(b, "NP", -1);
            add(b, outer, me);
            leaf(b, outer, i);
            mod = mk(b, "PP", -1);
            while (k-- > 0) leaf(b, mod, i);
            add(b, mod, np(b, i, 0));
            add(b, outer, mod);
            if (is(b, *i, G_COMMA) && !chunk_clause_at(b, *i + 1)) leaf(b, outer, i);
            me = outer;
            continue;
        }
        if (is(b, *i, G_COMMA) && (is(b, *i + 1, G_VBN) || is(b, *i + 1, G_VBG)) &&
            !deep(b) && (chunk_later_verb_lacks_subject(b, *i + 1) ||
                         (is(b, *i + 1, G_VBN) && is(b, *i + 2, G_IN)))) {
            /* "negotiators , headed by X , rejected"; "extradited Usuga ,
             * known as Otoniel , to the United States": the aside ends at
             * its comma and what follows is the verb's again */
            me = comma_aside(b, i, me, vp);
            continue;
        }
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
        } else if (is(b, *i, G_COMMA) &&
                   (is(b, *i + 1, G_WP) || is(b, *i + 1, G_WDT) || is(b, *i + 1, G_WPS)) &&
                   !deep(b)) {
            /* "the minister , who ... ,", "Nicaragua , whose president ... ," */
            me = comma_aside(b, i, me, relative);
            continue;
        } else if (is(b, *i, G_LRB) && np_start(b, *i + 1) &&
                   is(b, chunk_base_end(b, *i + 1), G_RRB)) {
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

/* Does a clause start at i after the conjunction of an object ("met
 * Syria on Monday and Israel met Egypt")?  Without a comma before the
 * conjunction only a past or modal verb counts: a present "-s" form may
 * be a plural noun ("between the government and Tigrayan forces"). */
static int clause_follows(const bld *b, int i, int comma)
{
    if (!chunk_clause_at(b, i)) return 0;
    /* "killing two marines and two civilians , and South Korean howitzers
     * returned fire": the clause opens at the later ", and"; the noun
     * phrase at i ends the object's list */
    int end = coord_end(b, i);
    for (int c = i + 1; c + 2 < end; c++)
        if (is(b, c, G_COMMA) && is(b, c + 1, G_CC) && chunk_clause_at(b, c + 2))
            return 0;
    if (comma) return 1;
    if (b->reduced || b->relative) return 0;   /* "armed with spears and axes
                                                * | boarded": the verb is the
                                                * sentence's */
    int e = coord_end(b, i);
    while (is(b, e, G_RB)) e++;
    return is(b, e, G_VBD) || is(b, e, G_MD);
}

/* Does the noun phrase at i follow "between", which takes a pair ("relations
 * between China and the EU would improve")? */
static int between_pair(const bld *b, int i)
{
    return i > 0 && text_eq(W(b, i - 1), b->wlen[i - 1], "between");
}

/* A noun phrase with its post-modifiers and coordination. */
static int np(bld *b, int *i, int subject)
{
    b->depth++;
    int start = *i;
    int me = np_post(b, i, base_np(b, i), subject);
    /* "A , B and C" / "A and B": only if a conjunction closes the list */
    int k = *i, e = *i;
    while (is(b, k, G_COMMA) && np_start(b, k + 1)) k = chunk_base_end(b, k + 1);
    if (is(b, k, G_COMMA) && is(b, k + 1, G_CC)) k++;
    /* "on 28 July 2025 , Thailand and Cambodia agreed": a date before a
     * comma ends its phrase; what follows is no member of a list */
    int dated = *i > start && year_at(b, *i - 1) && is(b, *i, G_COMMA);
    int list = is(b, k, G_CC) && np_start(b, k + 1) && !deep(b) && !dated &&
               !(!subject && !between_pair(b, start) &&
                 clause_follows(b, k + 1, is(b, k - 1, G_COMMA)));
    if (!list && !dated && is(b, e, G_COMMA) && np_start(b, e + 1) &&
        !chunk_clause_at(b, e + 1) && !deep(b)) {
        int a = chunk_base_end(b, e + 1);          /* apposition ", the capital ," */
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
        if (k < 0 && is(b, *i, G_COMMA) && !chunk_clause_at(b, *i + 1)) leaf(b, outer, i);
        me = outer;
    }
    b->depth--;
    return me;
}

/* ", it seems ," / ", officials said ,": a comma, a short clause of a
 * noun group and a bare verb, a comma. */
static int parenthetical(const bld *b, int i)
{
    if (!is(b, i, G_COMMA) || !chunk_clause_at(b, i + 1)) return 0;
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

/* Does an attribution start at i: a noun group, with prepositional
 * phrases of its own, and a verb of saying ("the UN fact-finding mission
 * on Iran said in a report")?  After a comma it ends the verb phrase
 * before it. */
static int attribution_at(const bld *b, int i)
{
    if (!np_start(b, i)) return 0;
    int e = coord_end(b, i);
    for (int k = 0; k < 3 && is(b, e, G_IN) && np_start(b, e + 1); k++)
        e = coord_end(b, e + 1);
    while (is(b, e, G_RB)) e++;
    return finite(b, e) && word_is(b, e, LX_CLAUSE);
}

/* Is a clause at i, with no "that", what VP me takes?  Only a verb of
 * saying or thinking takes one after a participle, in a relative clause,
 * or when the clause's first noun group could be an object followed by a
 * clause of its own ("condemned Syria , and Israel condemned Iran",
 * "who visited the camp said"). */
static int takes_clause(const bld *b, int i, int me)
{
    int h = b->v[me].child;
    if (h >= 0 && b->v[h].tok >= 0 && word_is(b, b->v[h].tok, LX_CLAUSE))
        return 1;
    if (b->reduced || b->relative)
        return 0;
    int e = chunk_base_end(b, i), comma = is(b, e, G_COMMA);
    return !(is(b, e + comma, G_CC) && clause_follows(b, e + comma + 1, comma));
}

/* One complement inside a VP at *i, attached to me; 0 = the VP ends. */
static int complement(bld *b, int *i, int me)
{
    int g = G(b, *i);
    if (*i >= b->n || g == G_DOT || g == G_COLON) return 0;
    if (b->reduced && finite(b, *i)) return 0;  /* "personnel armed with X boarded" */
    if (b->relative && finite(b, *i) && b->v[me].last != b->v[me].child)
        return 0;                          /* "who visited the camp | said" */
    if (parenthetical(b, *i) && !deep(b)) {
        add(b, me, prn(b, i));
        return 1;
    }
    if (g == G_COMMA) {                    /* ", officials said" ends it */
        if (b->reduced || chunk_clause_at(b, *i + 1) || attribution_at(b, *i + 1) ||
            is(b, *i + 1, G_LQ) ||
            (is(b, *i + 1, G_CC) && chunk_clause_at(b, *i + 2)) || is(b, *i + 1, G_RQ))
            return 0;
    } else if (g == G_CC) {                /* "and promised": a new VP */
        if (verb(b, *i + 1) || chunk_clause_at(b, *i + 1) || is(b, *i + 1, G_RB)) return 0;
    }
    if (g == G_COMMA || g == G_CC) {
        leaf(b, me, i);
        return 1;
    }
    if (deep(b)) { leaf(b, me, i); return 1; }
    if (complementizer(b, *i)) {
        add(b, me, pp(b, i, 0));
    } else if (chunk_clause_at(b, *i) && takes_clause(b, *i, me)) {
                                           /* "believes Arnor can cope" */
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
    int head = *i, me = vp1(b, i), wrapped = 0;
    /* a participle coordinates with participles, not with a finite verb:
     * in "arrived ... since taking power and was received by X", "was
     * received" goes with "arrived" */
    int nonfinite = is(b, head, G_VBG) || is(b, head, G_VBN);
    for (;;) {
        int k = *i;
        if (is(b, k, G_COMMA) && is(b, k + 1, G_CC)) k++;
        if (!is(b, k, G_CC)) break;
        int v = k + 1;
        while (is(b, v, G_RB)) v++;
        if (!verb(b, v) || deep(b) || (nonfinite && finite(b, v))) break;
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

/* Does a coordinated clause start at i: ", and" or "and" (but, while
 * ...) before a noun group with its own finite verb? */
static int next_clause(const bld *b, int i)
{
    if (is(b, i, G_COMMA)) i++;
    return is(b, i, G_CC) && chunk_clause_at(b, i + 1);
}

/* At the ", and" at *i after clause me of the sentence's S whole: the
 * first time, me's nodes move into an S of their own under whole; the
 * comma and conjunction go to whole, and the next clause starts in a new
 * S, which is returned. */
static int coordinate_clause(bld *b, int whole, int me, int *i)
{
    if (me == whole) {
        int first = mk(b, "S", -1);
        if (first < 0) return me;
        b->v[first].child = b->v[whole].child;
        b->v[first].last = b->v[whole].last;
        b->v[whole].child = b->v[whole].last = -1;
        add(b, whole, first);
    }
    while (!is(b, *i, G_CC)) leaf(b, whole, i);
    leaf(b, whole, i);
    int next = mk(b, "S", -1);
    add(b, whole, next);
    return next < 0 ? whole : next;
}

/* A clause: what comes before the verb, then its VP.  The top level goes
 * on to the end ("X did Y , officials said .", several sentences). */
static int clause(bld *b, int *i, int top)
{
    int me = mk(b, "S", -1), seen_vp = 0, was = b->reduced, rel = b->relative;
    int whole = me;                        /* (S (S ..) , and (S ..)) */
    b->depth++;
    b->reduced = b->relative = 0;
    while (*i < b->n) {
        int g = G(b, *i);
        if (top && seen_vp && !deep(b) && next_clause(b, *i)) {
            me = coordinate_clause(b, whole, me, i);
            seen_vp = 0;
            continue;
        }
        if (top && g == G_DOT && me != whole && *i == b->n - 1) {
            leaf(b, whole, i);             /* the full stop closes the whole */
            continue;
        }
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
    b->relative = rel;
    return whole;
}

/* Tag ids, lengths and word classes of the tokens, found once. */
/* lex: the tagger's lexicon entries of the words, or NULL to look up. */
static void token_classes(bld *b, const char *const *tag, const text_lex *const *lex)
{
    for (int i = 0; i < b->n; i++) {
        const char *w = b->w[i];
        size_t len = strlen(w);
        const text_lex *e = lex ? lex[i] : text_lex_find(w, len);
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

/* Chunk n tokens w with Penn tags tag (both kept by the caller) into b;
 * returns the clause's node, or -1 when out of memory.  b->tag is a
 * repaired copy of tag, b->v the nodes: free both with chunk_free. */
static int chunk_tokens(bld *b, char *const *w, const char *const *tag,
                        const text_lex *const *lex, size_t n)
{
    size_t m = n ? n : 1;
    /* one block: tags, lengths, word classes, tag ids (by alignment) */
    const char **own = malloc(m * (sizeof *own + sizeof(size_t) +
                                   sizeof(unsigned) + 1));
    *b = (bld){ .w = w, .tag = own, .n = (int)n };
    if (!own) return -1;
    memcpy(own, tag, n * sizeof *own);
    b->wlen = (size_t *)(own + m);
    b->wc = (unsigned *)(b->wlen + m);
    b->g = (unsigned char *)(b->wc + m);
    token_classes(b, tag, lex);
    chunk_repair_tags(b, own);
    int i = 0, root = clause(b, &i, 1);
    while (i < b->n) leaf(b, root, &i);    /* (defensive: all words kept) */
    return b->oom ? -1 : root;
}

static void chunk_free(bld *b)
{
    free(b->v);
    free((void *)b->tag);
}

char *text_tree_from_tags(char *const *w, const char *const *tag, size_t n)
{
    bld b;
    int root = chunk_tokens(&b, w, tag, NULL, n);
    text_buf o = {0};
    text_buf_puts(&o, "(ROOT");
    if (n == 0) text_buf_puts(&o, " (S (NP (NN -NONE-))");
    else if (root >= 0) penn_print(&o, b.v, b.nv, root, w, b.wlen, b.tag);
    text_buf_puts(&o, ")");
    if (n == 0) text_buf_puts(&o, ")");
    chunk_free(&b);
    if (root < 0 || o.oom) { free(o.p); return NULL; }
    return o.p;
}

/* The next word of *p (split at spaces, tabs, newlines), NUL-terminated
 * in place, *p moved past it; NULL at the end.  (As strtok_r would.) */
static char *next_word(char **p)
{
    char *s = *p, *e;
    while (*s == ' ' || *s == '\t' || *s == '\n') s++;
    if (!*s) return NULL;
    for (e = s; *e && *e != ' ' && *e != '\t' && *e != '\n'; e++) {}
    if (*e) *e++ = 0;
    *p = e;
    return s;
}

/* The words of a space-separated token string, tagged by postag.c. */
typedef struct tagged {
    char *copy;             /* the words, NUL-separated */
    char **w;
    const char **tag;
    const text_lex **lex;   /* each word's lexicon entry (the tagger's) */
    size_t n;
} tagged;

static void tagged_free(tagged *t)
{
    free(t->copy);
    free(t->w);
    free(t->tag);
    free(t->lex);
}

static int tag_tokens(const char *tokens, tagged *t)
{
    size_t cap = 16;
    *t = (tagged){ strdup(tokens ? tokens : ""), malloc(cap * sizeof *t->w), NULL, NULL, 0 };
    if (!t->copy || !t->w) return -1;
    char *at = t->copy;
    for (char *s; (s = next_word(&at)); ) {
        if (t->n == cap) {
            char **v = realloc(t->w, (cap *= 2) * sizeof *t->w);
            if (!v) return -1;
            t->w = v;
        }
        t->w[t->n++] = s;
    }
    size_t m = t->n ? t->n : 1;
    if (!(t->tag = malloc(m * sizeof *t->tag)) || !(t->lex = malloc(m * sizeof *t->lex)))
        return -1;
    text_pos_tags((const char *const *)t->w, t->n, t->tag, t->lex);
    return 0;
}

char *dyad_shallow_tree(const char *tokens)
{
    tagged t;
    char *out = tag_tokens(tokens, &t) ? NULL : text_tree_from_tags(t.w, t.tag, t.n);
    tagged_free(&t);
    return out;
}

int text_shallow_ptree(const char *tokens, ptree *t, arena *a)
{
    tagged tg;
    bld b = { 0 };
    int rc = -1;
    ptree_begin(t);
    if (tag_tokens(tokens, &tg) == 0) {
        int root = chunk_tokens(&b, tg.w, tg.tag, (const text_lex *const *)tg.lex, tg.n);
        int top = root >= 0 ? ptree_add_literal(t, a, -1, "ROOT", NULL) : -1;
        if (top >= 0 && tg.n == 0) {
            int s = ptree_add_literal(t, a, top, "S", NULL);
            int np = s >= 0 ? ptree_add_literal(t, a, s, "NP", NULL) : -1;
            rc = np >= 0 && ptree_add_literal(t, a, np, "NN", "-NONE-") >= 0 ? 0 : -1;
        } else if (top >= 0) {
            rc = penn_build(t, a, top, b.v, root, tg.w, b.tag);
        }
        chunk_free(&b);
    }
    tagged_free(&tg);
    return rc;
}
