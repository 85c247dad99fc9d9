/*
 * clauses.c -- dyad's reading of clause structure around the verb phrases
 * the coder codes: which comma clauses may be cut, and which words before
 * a verb belong to an inserted relative clause rather than to its subject.
 *
 * PETRARCH cuts a short terminal comma clause ("..., officials said") so
 * that attributions are not coded as the sentence's event.  When the last
 * comma closes a clause inserted into the subject ("Hezbollah, which Iran
 * has armed, fired rockets at Israel") the words after it are the main
 * predicate, and cutting them loses the sentence's event.
 */
#include <stdlib.h>
#include <string.h>

#include "coder_internal.h"
#include "tok.h"

/* The top clause: the first S under ROOT, or -1. */
static int top_clause(const ptree *t)
{
    if (t->n == 0)
        return -1;
    for (int k = t->node[0].first_child; k >= 0; k = t->node[k].next_sibling)
        if (tok_is(t->node[k].label, "S"))
            return k;
    return -1;
}

/* Is the last comma of the sentence nested in the subject of the top
 * clause, with the clause's own verb phrase after it?  Then the terminal
 * comma clause is the main predicate, not an attribution. */
int clauses_terminal_is_predicate(const ptree *t)
{
    int s = top_clause(t);
    if (s < 0)
        return 0;
    int last_comma = -1;
    for (int i = 0; i < t->n; i++)
        if (t->node[i].word && tok_is(t->node[i].label, ","))
            last_comma = i;
    if (last_comma < 0 || t->node[last_comma].parent == s)
        return 0;
    int np = -1;
    for (int k = t->node[s].first_child; k >= 0; k = t->node[k].next_sibling) {
        const char *l = t->node[k].label;
        if (tok_is(l, ",") || tok_is(l, ":"))
            return 0;        /* a comma of the top clause: leave it alone */
        if (tok_is(l, "NP") && np < 0)
            np = k;
        if (tok_is(l, "VP"))
            return np >= 0 && last_comma > np && last_comma < k;
    }
    return 0;
}

/* ------------------------------------------------- relative clauses */

/* A growing string for writing trees back out. */
typedef struct sbuf {
    char *s;
    size_t n, cap;
    int oom;
} sbuf;

static void put(sbuf *b, const char *s)
{
    size_t l = strlen(s);
    if (b->oom)
        return;
    if (b->n + l + 1 > b->cap) {
        size_t cap = (b->n + l + 1) * 2;
        char *p = realloc(b->s, cap);
        if (!p) {
            b->oom = 1;
            return;
        }
        b->s = p;
        b->cap = cap;
    }
    memcpy(b->s + b->n, s, l + 1);
    b->n += l;
}

/* Write the subtree at i in Penn form; after node `after` (if >= 0) write
 * the subtree `extra` as well: the antecedent put back in its gap. */
static void write_node(const ptree *t, int i, int after, int extra, sbuf *b)
{
    const ptree_node *nd = &t->node[i];
    put(b, " (");
    put(b, nd->label);
    if (nd->word) {
        put(b, " ");
        put(b, nd->word);
    }
    for (int k = nd->first_child; k >= 0; k = t->node[k].next_sibling)
        write_node(t, k, after, extra, b);
    put(b, ")");
    if (i == after)
        write_node(t, extra, -1, -1, b);
}

static int child_labeled(const ptree *t, int i, const char *label)
{
    for (int k = t->node[i].first_child; k >= 0; k = t->node[k].next_sibling)
        if (!strcmp(t->node[k].label, label))
            return k;
    return -1;
}

/* The relative pronoun of an SBAR: who, which or that as the WHNP's only
 * word.  "whose", "where" and the like do not stand for the antecedent. */
static int relative_pronoun(const ptree *t, int sbar)
{
    int wh = t->node[sbar].first_child;
    if (wh < 0 || !tok_is(t->node[wh].label, "WHNP"))
        return 0;
    int w = t->node[wh].first_child;
    if (w < 0 || t->node[w].next_sibling >= 0 || !t->node[w].word)
        return 0;
    const char *s = t->node[w].word;
    return tok_is(s, "WHO") || tok_is(s, "WHICH") || tok_is(s, "THAT");
}

/* The head verb of the innermost verb phrase of vp ("has armed": armed),
 * after which an object relative's gap lies; -1 if none. */
static int gap_verb(const ptree *t, int vp)
{
    for (;;) {
        int inner = -1;
        for (int k = t->node[vp].first_child; k >= 0; k = t->node[k].next_sibling)
            if (tok_is(t->node[k].label, "VP"))
                inner = k;
        if (inner < 0)
            break;
        vp = inner;
    }
    int v = t->node[vp].first_child;
    return v >= 0 && tok_has_prefix(t->node[v].label, "VB") ? v : -1;
}

/* The relative clause at sbar as a sentence of its own, its antecedent np
 * put where the pronoun stands: "Maduro, who met Putin" -> "Maduro met
 * Putin"; "Hezbollah, which Iran has armed" -> "Iran has armed Hezbollah".
 * Returns a malloc'd tree, or NULL. */
static char *relative_sentence(const ptree *t, int np, int sbar)
{
    int s = child_labeled(t, sbar, "S");
    if (s < 0)
        return NULL;
    int vp = child_labeled(t, s, "VP");
    if (vp < 0)
        return NULL;
    int subject = child_labeled(t, s, "NP");
    sbuf b = { 0 };
    put(&b, "(ROOT (S");
    if (subject >= 0 && subject < vp) {
        int v = gap_verb(t, vp);
        if (v < 0) {
            free(b.s);
            return NULL;
        }
        for (int k = t->node[s].first_child; k >= 0; k = t->node[k].next_sibling)
            write_node(t, k, v, np, &b);
    } else {
        write_node(t, np, -1, -1, &b);
        for (int k = t->node[s].first_child; k >= 0; k = t->node[k].next_sibling)
            write_node(t, k, -1, -1, &b);
    }
    put(&b, " (. .)))");
    if (b.oom) {
        free(b.s);
        return NULL;
    }
    return b.s;
}

int clauses_relatives(const ptree *t, char **out, int max)
{
    int n = 0;
    for (int i = 0; i < t->n && n < max; i++) {
        if (!tok_is(t->node[i].label, "SBAR") || !relative_pronoun(t, i))
            continue;
        int p = t->node[i].parent;
        int np = p >= 0 ? t->node[p].first_child : -1;
        if (p < 0 || !tok_is(t->node[p].label, "NP") || np == i ||
            !tok_is(t->node[np].label, "NP"))
            continue;
        /* only a clause set off by a comma: it adds a fact about its
         * antecedent ("Maduro, who met Putin,"), where one without
         * ("the strike that killed") picks out which thing is meant */
        int before = -1;
        for (int k = np; k >= 0 && k != i; k = t->node[k].next_sibling)
            before = k;
        if (before < 0 || !tok_is(t->node[before].label, ","))
            continue;
        char *s = relative_sentence(t, np, i);
        if (s)
            out[n++] = s;
    }
    return n;
}
