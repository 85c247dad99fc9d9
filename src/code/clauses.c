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
 *
 * The second half answers code_verbs() (coder.c) about the verb phrases
 * under one it has coded: a participle describing a noun ("an exchange
 * brokered by X"), a subordinate clause with its own subject ("after
 * Cambodian troops fired rockets") and a verbal act in a participle clause
 * (", accusing Kigali of ...") are events of their own; and where a
 * participle clause's subject is.
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

/* Is node k a participle's verb phrase ("Speaking in Tehran")? */
static int participle_phrase(const ptree *t, int k)
{
    int v = t->node[k].first_child;
    return tok_is(t->node[k].label, "VP") && v >= 0 &&
           (tok_is(t->node[v].label, "VBG") || tok_is(t->node[v].label, "VBN"));
}

/* Does the top clause s open with phrases that only set the scene ("In
 * 1994 ,", "Last year ,", "When Iran attacked ,", "Speaking in Tehran ,"),
 * cut off by its comma at comma, with a subject and the clause's verb
 * phrase after it?  Then the words after that comma are the sentence
 * itself, however few. */
static int fronted_phrase_comma(const ptree *t, int s, int comma)
{
    static const char *const scene[] = { "PP", "ADVP", "ADJP", "SBAR", "NP", NULL };
    int k = t->node[s].first_child, np_after = 0;
    for (; k >= 0 && k != comma; k = t->node[k].next_sibling)
        if (!tok_in(t->node[k].label, scene) && !participle_phrase(t, k))
            return 0;
    if (k < 0 || k == t->node[s].first_child)
        return 0;
    for (k = t->node[k].next_sibling; k >= 0; k = t->node[k].next_sibling) {
        if (tok_is(t->node[k].label, "NP"))
            np_after = 1;
        else if (tok_is(t->node[k].label, "VP"))
            return np_after;
        else
            return 0;
    }
    return 0;
}

/* Is the last comma of the sentence nested in the subject of the top
 * clause, with the clause's own verb phrase after it, or the comma after
 * a fronted phrase?  Then the terminal comma clause is the main predicate,
 * not an attribution. */
int clauses_terminal_is_predicate(const ptree *t)
{
    int s = top_clause(t);
    if (s < 0)
        return 0;
    int last_comma = -1;
    for (int i = 0; i < t->n; i++)
        if (t->node[i].word && tok_is(t->node[i].label, ","))
            last_comma = i;
    if (last_comma >= 0 && t->node[last_comma].parent == s)
        return fronted_phrase_comma(t, s, last_comma);
    if (last_comma < 0)
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

/* ------------------------------------------- verb phrases under a verb */

/* Is root a, of a participle clause under a verb coded with root b, an
 * act of its own?  Words are: appeals, demands, accusations, rejections,
 * threats (", accusing Kigali of waging war", ", calling on ...").  Deeds
 * after a comma tell how the coded act went (", killing six people",
 * ", sending warships ..."), and ", saying ..." what it was. */
int another_verbal_act(int a, int b)
{
    return a != b && (a == 2 || (a >= 10 && a <= 13));
}

/* Is the verb phrase opened at k a participle clause after a comma
 * (", accusing Kigali of waging war")?  Under a coded verb it is coded
 * too when it is another act: ", killing 12 people" after "struck Kyiv"
 * only tells the strike's toll. */
int comma_participle(const plist *pl, int k)
{
    int j = k - 1;
    if (j > 0 && tok_is(pl->tok[j], "(S"))
        j--;
    return j > 0 && tok_is(pl->tok[j], "~,") && tok_is(pl->tok[k + 1], "(VBG");
}

/* Is the verb phrase opened at k the infinitive a causing participle
 * gives its object (", prompting Israel to recall its ambassadors",
 * ", forcing Kyiv to evacuate")?  The object does that act: another
 * event, coded with the object as its source. */
int caused_act(const plist *pl, int k)
{
    if (k < 9 || !tok_is(pl->tok[k - 1], "~TO") || !tok_is(pl->tok[k - 3], "(TO") ||
        !coder_starts(pl->tok[k - 4], "(VP") || !tok_is(pl->tok[k - 5], "~NE"))
        return 0;
    int j = k - 6;
    while (j > pl->start && !tok_is(pl->tok[j], "(NE"))
        j--;
    return j >= 4 && tok_is(pl->tok[j - 1], "(S") && tok_has_prefix(pl->tok[j - 2], "~VB") &&
           plist_causing_word(pl->tok[j - 3]);
}

/* Is the verb phrase opened at k the predicate of a subordinate clause
 * with its own subject ("bombed targets after Cambodian troops fired
 * rockets", "a day after M23 rebels seized Bukavu", "travelled to Tehran,
 * where he signed ...")?  Its act is another event, told to date or
 * explain the main one, and its source is in the clause.  Returns the
 * index of the clause's "(S", else 0. */
int subordinate_clause(const plist *pl, int k)
{
    static const char *const sub[] = { "AFTER", "BEFORE", "WHILE", "AS", "SINCE", "WHEN",
        "BECAUSE", "ONCE", "ALTHOUGH", "THOUGH", NULL };   /* not UNTIL, IF: "sanctions
                                                             * until Moscow agreed to a
                                                             * ceasefire" is a condition */
    int j = k - 1;
    if (j < 0 || pl->tok[j][0] != '~' ||
        !(coder_starts(pl->tok[j], "~NE") || coder_starts(pl->tok[j], "~NP")))
        return 0;                   /* (a subject with a participle: "as protesters
                                     * enraged by the killing set fire") */
    int depth = 0;                  /* back to the subject's opening tag */
    for (; j > pl->start; j--) {
        if (pl->tok[j][0] == '~')
            depth++;
        else if (pl->tok[j][0] == '(' && --depth == 0)
            break;
    }
    if (j < 4 || !tok_is(pl->tok[j - 1], "(S"))
        return 0;
    if (tok_is(pl->tok[j - 2], "~IN") && tok_in(pl->tok[j - 3], sub))
        return j - 1;
    return tok_is(pl->tok[j - 2], "~WHADVP") && tok_is(pl->tok[j - 3], "~WRB") &&
                   (tok_is(pl->tok[j - 4], "WHERE") || tok_is(pl->tok[j - 4], "WHEN"))
               ? j - 1 : 0;
}

/* Does the verb phrase opened at k describe the entity right before it
 * ("an exchange brokered by the Emirates", "troops stationed in Syria")?
 * It is a predication of its own, not part of the verb it sits under. */
int participle_of_noun(const plist *pl, int k)
{
    return k > 0 && tok_is(pl->tok[k - 1], "~NE") &&
           (tok_is(pl->tok[k + 1], "(VBN") || tok_is(pl->tok[k + 1], "(VBG"));
}

/* Where the words before the verb at vs that name its subject end.  A
 * participle clause set off by a comma (", halting talks with Hamas")
 * has the subject of the verb it hangs from, so its upper sequence is
 * that verb's ("Israel recalled its team from Doha , halting": Israel
 * halted, not Doha). */
int clause_subject_end(const plist *pl, int k, int vs)
{
    if (!comma_participle(pl, k))
        return vs - 1;
    for (int v = k - 1; v > pl->start; v--)     /* the verb phrase it is in */
        if (coder_starts(pl->tok[v], "(VP") && coder_starts(pl->tok[v + 1], "(VB") &&
            close_of(pl->tok, pl->n, v) > k)
            return v + 2 - 1;
    return vs - 1;
}

/* Is what is denied a clause ("denied on Monday that ...")?  THAT comes
 * before any entity. */
int denies_clause(const seq *lower)
{
    for (int k = 0; k < lower->n && lower->v[k].kind == SQ_WORD; k++)
        if (tok_is(lower->v[k].word, "THAT"))
            return 1;
    return 0;
}
