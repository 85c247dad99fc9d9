/*
 * plist.c -- Penn tree to ParseList; see plist.h for the format.
 *
 * The conversion follows PETRARCH-1's read_TreeBank() so that dictionaries
 * and unit-test records written for it code the same way here:
 *
 *  1. Compounds.  For each (CC: if its parent phrase contains a VP or S the
 *     conjunction joins clauses and is retagged CCP; if the parent holds
 *     several conjunctions it is left alone; otherwise a parent NP holding
 *     at least three N* nodes becomes a compound (NEC).
 *  2. Noun phrases.  An NP becomes one (NE block when it holds a possessive
 *     (the 's is dropped: "Gondor's government"), when it is NP + PP + NP
 *     ("the government of Gondor": the preposition is kept), or when it has
 *     no nested NP.  Otherwise it stays a numbered (NPn phrase and its parts
 *     are converted in turn.  SBARs inside an NP are flattened to words.
 *  3. A compound (NEC) becomes one (NE per member; adjectives before the
 *     first member are copied to members that are bare nouns ("the evil
 *     awful Gondor").
 *  4. Comma clauses are cut (commas.c: plist_cut_commas), last.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plist.h"
#include "tok.h"

typedef struct emit_ctx {
    plist *pl;
    const ptree *t;
    const char **lab;      /* per-node label, after compound marking */
    unsigned char *flat;   /* per-node: 1 = SBAR flattened to SBR */
    arena *a;
    int vp_index, np_index, nec_index;
    int join;              /* join coordinated NP siblings into compounds */
    int oom;
} emit_ctx;

static int plist_push(plist *pl, const char *tok, arena *a)
{
    if (pl->n == pl->cap) {
        int cap = pl->cap ? pl->cap * 2 : 256;
        const char **v = arena_alloc(a, (size_t)cap * sizeof *v);
        if (!v)
            return -1;
        if (pl->n)
            memcpy(v, pl->tok, (size_t)pl->n * sizeof *v);
        pl->tok = v;
        pl->cap = cap;
    }
    pl->tok[pl->n++] = tok;
    return 0;
}

static void emit(emit_ctx *c, const char *tok)
{
    if (!tok || plist_push(c->pl, tok, c->a) != 0)
        c->oom = 1;
}

/* ------------------------------------------------------ phrase tags */

/* "(NP3", "~VP", ...: written by hand, as snprintf showed up in profiles
 * of the shallow path (one call per phrase of every sentence). */
static size_t format_tag(char *buf, char mark, const char *label, size_t n, int index)
{
    char digits[12];
    size_t nd = 0;
    buf[0] = mark;
    memcpy(buf + 1, label, n);
    for (unsigned u = index > 0 ? (unsigned)index : 0; u; u /= 10)
        digits[nd++] = (char)('0' + u % 10);
    for (size_t k = 0; k < nd; k++)
        buf[1 + n + k] = digits[nd - 1 - k];
    buf[1 + n + nd] = '\0';
    return 1 + n + nd;
}

/* The tags of the labels parsers and the chunker give, with the first
 * phrase numbers, written once for the process: a sentence has dozens of
 * phrases, and copying each tag into the arena cost more than the rest of
 * emitting it.  Keys pack a label of up to 7 bytes and its number;
 * filled under pthread_once, then only read.  Tags not here are copied as
 * before. */
enum { TAG_SLOTS = 1024, TAG_MAX_INDEX = 15, TAG_LEN = 12 };
typedef struct tag_slot {
    uint64_t key;          /* 0: empty */
    char text[TAG_LEN];
} tag_slot;
static tag_slot tag_table[TAG_SLOTS];
static pthread_once_t tag_once = PTHREAD_ONCE_INIT;

static uint64_t tag_key(char mark, const char *label, size_t n, int index)
{
    if (n > 7 || index < 0 || index > TAG_MAX_INDEX)
        return 0;
    uint64_t k = 0;
    for (size_t i = 0; i < n; i++)
        k |= (uint64_t)(unsigned char)label[i] << (8 * i);
    return k << 8 ^ (uint64_t)(mark == '(') << 4 ^ (uint64_t)index ^ 1u << 5;
}

static tag_slot *tag_probe(uint64_t key)
{
    size_t i = (size_t)((key * 0x9E3779B97F4A7C15u) >> 54) & (TAG_SLOTS - 1);
    while (tag_table[i].key && tag_table[i].key != key)
        i = (i + 1) & (TAG_SLOTS - 1);
    return &tag_table[i];
}

/* Phrases the emitter numbers (VP1, NP2, NEC3). */
static int numbered(const char *label)
{
    return tok_is(label, "VP") || tok_is(label, "NP") || tok_is(label, "NEC");
}

/* (73 labels twice, three of them with 15 numbers: under a quarter of the
 * slots, so probing always ends.) */
static void tag_table_fill(void)
{
    static const char *const labels[] = {
        "ROOT", "S", "SBAR", "SBARQ", "SINV", "SQ", "NP", "VP", "PP", "ADJP",
        "ADVP", "PRT", "QP", "WHNP", "WHADVP", "WHPP", "FRAG", "PRN", "UCP",
        "NX", "CONJP", "INTJ", "LST", "RRC", "X", "NEC", "SBR", "CCP",
        "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD",
        "NN", "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR",
        "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP",
        "VBZ", "WDT", "WP", "WP$", "WRB", ",", ".", ":", "``", "''", "$", "#",
        "-LRB-", "-RRB-", NULL };
    for (int l = 0; labels[l]; l++)
        for (int idx = 0; idx <= (numbered(labels[l]) ? TAG_MAX_INDEX : 0); idx++)
            for (int m = 0; m < 2; m++) {
                char mark = m ? '(' : '~';
                size_t n = strlen(labels[l]);
                uint64_t key = tag_key(mark, labels[l], n, idx);
                tag_slot *s = tag_probe(key);
                s->key = key;
                format_tag(s->text, mark, labels[l], n, idx);
            }
}

static void emit_tag(emit_ctx *c, char mark, const char *label, int index)
{
    size_t n = strlen(label);
    uint64_t key = tag_key(mark, label, n, index);
    if (key) {
        pthread_once(&tag_once, tag_table_fill);
        const tag_slot *s = tag_probe(key);
        if (s->key) {
            emit(c, s->text);
            return;
        }
    }
    char buf[96];
    if (n > sizeof buf - 14)
        n = sizeof buf - 14;
    emit(c, arena_strndup(c->a, buf, format_tag(buf, mark, label, n, index)));
}

int plist_is_markup(const char *tok)
{
    return tok[0] == '(' || tok[0] == '~';
}

/* Is the phrase closing just before i a bare count, "(NE code THOUSANDS
 * ~NE" ("thousands of protesters", "hundreds of Iraqis")? */
static int count_before(const plist *pl, int i)
{
    static const char *const counts[] = { "THOUSANDS", "HUNDREDS", "DOZENS", "SCORES",
                                          "MILLIONS", NULL };
    if (i < 4 || !tok_is(pl->tok[i - 1], "~NE") || !tok_is(pl->tok[i - 4], "(NE"))
        return 0;
    for (int k = 0; counts[k]; k++)
        if (tok_is(pl->tok[i - 2], counts[k]))
            return 1;
    return 0;
}

int plist_example_pp(const plist *pl, int i)
{
    if (i < 0 || i >= pl->n || !tok_has_prefix(pl->tok[i], "(PP"))
        return 0;
    int j = i + 1;
    while (j < pl->n && pl->tok[j][0] == '(')
        j++;
    if (j >= pl->n)
        return 0;
    const char *w = pl->tok[j];
    return tok_is(w, "INCLUDING") || tok_is(w, "SUCH") || tok_is(w, "NOTABLY") ||
           tok_is(w, "AMONG") || (tok_is(w, "OF") && count_before(pl, i));
}

/* ------------------------------------------------------ tree queries */

static int subtree_end(const emit_ctx *c, int i)
{
    return ptree_subtree_end(c->t, i);
}

static int has_label(const emit_ctx *c, int i, const char *prefix, int strict)
{
    size_t n = strlen(prefix);
    int end = subtree_end(c, i);
    for (int j = strict ? i + 1 : i; j < end; j++)
        if (strncmp(c->lab[j], prefix, n) == 0)
            return 1;
    return 0;
}

static int has_label_exact(const emit_ctx *c, int i, const char *label)
{
    int end = subtree_end(c, i);
    for (int j = i + 1; j < end; j++)
        if (strcmp(c->lab[j], label) == 0)
            return 1;
    return 0;
}

static int count_label_prefix(const emit_ctx *c, int i, const char *prefix)
{
    size_t n = strlen(prefix);
    int end = subtree_end(c, i), k = 0;
    for (int j = i; j < end; j++)
        k += strncmp(c->lab[j], prefix, n) == 0;
    return k;
}

/* --------------------------------------------------- compound marking */

static void mark_compounds(emit_ctx *c)
{
    const ptree *t = c->t;
    for (int i = 0; i < t->n; i++) {
        if (!tok_is(c->lab[i], "CC") || t->node[i].parent < 0)
            continue;
        int p = t->node[i].parent;
        if (has_label(c, p, "VP", 0) || has_label(c, p, "S", 0))
            c->lab[i] = "CCP";
        else if (count_label_prefix(c, p, "CC") > 1)
            continue;
        else if (tok_has_prefix(c->lab[p], "NP") &&
                 count_label_prefix(c, p, "N") >= 3)
            c->lab[p] = "NEC";
    }
}

/* "killed at least 30 people": parsers read "at" as a preposition and
 * the victims as a place after it.  A PP of AT (or ALMOST, ...) whose noun
 * phrase starts with LEAST or MOST is a count: relabel it a noun phrase
 * of plain words, so that it becomes one entity "AT LEAST 30 PEOPLE". */
static void mark_quantities(emit_ctx *c)
{
    const ptree *t = c->t;
    for (int i = 0; i < t->n; i++) {
        if (c->lab[i][0] != 'P' || !tok_is(c->lab[i], "PP"))
            continue;
        int in = t->node[i].first_child;
        int np = in >= 0 ? t->node[in].next_sibling : -1;
        if (np < 0 || t->node[np].next_sibling >= 0 || !tok_is(c->lab[in], "IN") ||
            !t->node[in].word || !tok_is(t->node[in].word, "AT") || !tok_is(c->lab[np], "NP"))
            continue;
        int first = t->node[np].first_child;       /* the first word below */
        while (first >= 0 && !t->node[first].word)
            first = t->node[first].first_child;
        const char *w = first >= 0 ? t->node[first].word : NULL;
        if (!w || !(tok_is(w, "LEAST") || tok_is(w, "MOST")))
            continue;
        c->lab[i] = "NP";
        if (t->node[t->node[np].first_child].word)
            c->lab[np] = "QP";      /* a flat count: one entity of it all */
    }
}

/* Flatten every SBAR below NP node i (PETRARCH's "REDUCE SBAR"). */
static void reduce_sbars(emit_ctx *c, int i)
{
    int end = subtree_end(c, i);
    for (int j = i + 1; j < end; j++)
        if (tok_is(c->lab[j], "SBAR")) {
            c->lab[j] = "SBR";
            c->flat[j] = 1;
        }
}

/* ------------------------------------------------------------ emitting */

/* Copy a subtree with all its markup (used for compounds inside an NE). */
static void emit_raw(emit_ctx *c, int i)
{
    const ptree_node *nd = &c->t->node[i];
    emit_tag(c, '(', c->lab[i], 0);
    if (nd->word)
        emit(c, nd->word);
    for (int k = nd->first_child; k >= 0; k = c->t->node[k].next_sibling)
        emit_raw(c, k);
    emit_tag(c, '~', c->lab[i], 0);
}

/* Words of the subtree at i for an NE: markup dropped except for nested
 * compounds, which keep theirs so they can be expanded later.  `skip` is a
 * node left out (the possessive marker); `top_nec_plain` drops the markup
 * of a compound that is i itself. */
static void emit_ne_words(emit_ctx *c, int i, int skip, int keep_top_nec)
{
    int end = subtree_end(c, i);
    for (int j = i; j < end; j++) {
        if (j == skip || tok_is(c->lab[j], "POS")) {
            /* dyad keeps a mark where the possessive was: "X 's visit"
             * (X did it) reads differently from "the X bombing" */
            if (c->join) {
                emit(c, "(POS");
                emit(c, "~POS");
            }
            j = subtree_end(c, j) - 1;
            continue;
        }
        if (tok_is(c->lab[j], "NEC") && (j != i || keep_top_nec)) {
            emit_raw(c, j);
            j = subtree_end(c, j) - 1;
            continue;
        }
        if (c->t->node[j].word)
            emit(c, c->t->node[j].word);
    }
}

static int first_child_with(const emit_ctx *c, int i)
{
    return c->t->node[i].first_child;
}

/* NP + PP + NP ("the embassy of Gondor"): PETRARCH's process_preposition.
 * pp is the first PP below the NP.  Returns 1 when an NE was emitted. */
static int emit_prep_ne(emit_ctx *c, int np, int pp)
{
    const ptree *t = c->t;
    int q = t->node[pp].parent;
    int head = first_child_with(c, q);
    if (q < 0 || head < 0 || !tok_is(c->lab[q], "NP"))
        return 0;
    int head_is_nec = tok_is(c->lab[head], "NEC");
    if (!head_is_nec && !tok_is(c->lab[head], "NP"))
        return 0;
    /* the preposition: first IN after the head phrase */
    int in = -1;
    for (int j = subtree_end(c, head); j < t->n; j++)
        if (tok_is(c->lab[j], "IN")) {
            in = j;
            break;
        }
    if (in < 0)
        return 0;
    /* its object: first NP or NEC after the preposition, inside q */
    int qend = subtree_end(c, q), obj = -1;
    for (int j = in + 1; j < qend; j++)
        if (tok_is(c->lab[j], "NP") || tok_is(c->lab[j], "NEC")) {
            obj = j;
            break;
        }
    if (obj < 0 || has_label(c, obj, "PP", 1))
        return 0;
    emit(c, "(NE");
    emit(c, "---");
    if (head_is_nec)
        emit_raw(c, head);
    else
        emit_ne_words(c, head, -1, 0);
    if (t->node[in].word)
        emit(c, t->node[in].word);
    emit_ne_words(c, obj, -1, 1);
    /* further prepositional phrases of the same noun phrase ("the visit of
     * X to Y in 2022") stay with it: nominal events need their parts */
    for (int k = t->node[pp].next_sibling; k >= 0; k = t->node[k].next_sibling) {
        if (!tok_is(c->lab[k], "PP") || has_label(c, k, "PP", 1))
            break;
        int kend = subtree_end(c, k);
        int prep = t->node[k].first_child, o = -1;
        for (int j = k + 1; j < kend; j++)
            if (tok_is(c->lab[j], "NP") || tok_is(c->lab[j], "NEC")) {
                o = j;
                break;
            }
        if (prep < 0 || o < 0 || !t->node[prep].word)
            break;
        emit(c, t->node[prep].word);
        emit_ne_words(c, o, -1, 1);
    }
    /* a flattened relative clause after the object stays with the NE */
    int npend = subtree_end(c, np);
    for (int j = subtree_end(c, obj); j < npend; j++)
        if (c->flat[j]) {
            emit_ne_words(c, j, -1, 0);
            break;
        }
    emit(c, "~NE");
    return 1;
}

static void emit_node(emit_ctx *c, int i);

static int is_and_node(const emit_ctx *c, int k);

/* "American and Filipino troops", read as (NP (ADJP (JJ American)) (CC and)
 * (NP Filipino troops)): an adjective phrase joined to the next member is
 * a member of its own, naming the noun the last member ends with (dyad
 * only). */
static int adjective_member(const emit_ctx *c, int i, int j)
{
    const ptree *t = c->t;
    if (!c->join || t->node[j].parent != i || !tok_is(c->lab[j], "ADJP"))
        return 0;
    int nx = t->node[j].next_sibling;
    return nx >= 0 && (is_and_node(c, nx) || tok_is(c->lab[nx], ","));
}

/* Is NP j only adjectives or names, perhaps after a determiner ("Thai",
 * "the Philippine", "Senior U.S.")?  At most three words. */
static int lone_modifier_np(const emit_ctx *c, int j)
{
    const ptree *t = c->t;
    int k = t->node[j].first_child, n = 0;
    if (k >= 0 && tok_is(c->lab[k], "DT"))
        k = t->node[k].next_sibling;
    for (; k >= 0; k = t->node[k].next_sibling, n++)
        if (!t->node[k].word || !(tok_is(c->lab[k], "JJ") || tok_is(c->lab[k], "NNP")))
            return 0;
    return n >= 1 && n <= 3;
}

/* When phrase np ends in a plural common noun, emit the run of common
 * nouns it ends with ("coast guards" of "Vietnamese coast guards"): the
 * head a lone modifier before it shares. */
static void emit_shared_nouns(emit_ctx *c, int np)
{
    const ptree *t = c->t;
    int lw = subtree_end(c, np) - 1, first = lw;
    if (!tok_is(c->lab[lw], "NNS") || !t->node[lw].word)
        return;
    while (first - 1 > np && t->node[first - 1].word &&
           (tok_is(c->lab[first - 1], "NN") || tok_is(c->lab[first - 1], "NNS")))
        first--;
    for (int x = first; x <= lw; x++)
        emit(c, t->node[x].word);
}

/* A compound reached directly: one NE per member (resolve_compounds). */
static void emit_compound(emit_ctx *c, int i)
{
    const ptree *t = c->t;
    int end = subtree_end(c, i);
    int adj[32], nadj = 0, first_np = -1, last_np = -1;
    for (int k = t->node[i].first_child; k >= 0; k = t->node[k].next_sibling)
        if (tok_has_prefix(c->lab[k], "NP"))
            last_np = k;
    emit_tag(c, '(', "NEC", ++c->nec_index);
    for (int j = i + 1; j < end; j++) {
        if (tok_has_prefix(c->lab[j], "NP") || tok_has_prefix(c->lab[j], "NN") ||
            adjective_member(c, i, j))
            break;
        if (tok_is(c->lab[j], "JJ") && t->node[j].word && nadj < 32)
            adj[nadj++] = j;
    }
    for (int j = i + 1; j < end; j++) {
        if (tok_has_prefix(c->lab[j], "NN") && t->node[j].word) {
            emit(c, "(NE");
            emit(c, "---");
            for (int k = 0; k < nadj; k++)
                emit_raw(c, adj[k]);
            emit(c, t->node[j].word);
            emit(c, "~NE");
        } else if (adjective_member(c, i, j)) {
            emit(c, "(NE");
            emit(c, "---");
            emit_ne_words(c, j, -1, 0);
            if (last_np >= 0)
                emit_shared_nouns(c, last_np);
            emit(c, "~NE");
            j = subtree_end(c, j) - 1;
        } else if (tok_has_prefix(c->lab[j], "NP")) {
            emit(c, "(NE");
            emit(c, "---");
            /* "Russian missiles and drones": the first member's adjectives
             * are the others' too (dyad only) */
            int own = t->node[j].first_child;
            if (c->join && first_np < 0)
                first_np = j;
            else if (c->join && own >= 0 && tok_has_prefix(c->lab[own], "NN") &&
                     !tok_has_prefix(c->lab[own], "NNP"))
                for (int x = t->node[first_np].first_child;
                     x >= 0 && tok_is(c->lab[x], "JJ"); x = t->node[x].next_sibling)
                    emit(c, t->node[x].word);
            emit_ne_words(c, j, -1, 0);
            /* "Thai and Cambodian troops", "the Philippine and Vietnamese
             * coast guards": a lone modifier member takes the nouns the
             * last member ends with (dyad only) */
            if (c->join && last_np >= 0 && last_np != j && lone_modifier_np(c, j))
                emit_shared_nouns(c, last_np);
            emit(c, "~NE");
            j = subtree_end(c, j) - 1;
        }
    }
    emit_tag(c, '~', "NEC", c->nec_index);
}

static int first_label_below(const emit_ctx *c, int i, const char *label)
{
    int end = subtree_end(c, i);
    for (int j = i + 1; j < end; j++)
        if (strcmp(c->lab[j], label) == 0)
            return j;
    return -1;
}


/* "Russian and Indian warships": adjectives joined by a conjunction
 * share the nouns after them -- one entity per adjective (dyad only). */
/* Collect "JJ (, JJ)* CC JJ" starting at child k into adj; returns the
 * sibling after the last adjective, or -2 when the run is not one. */
static int adjective_run(emit_ctx *c, int k, int *adj, int *nadj)
{
    const ptree *t = c->t;
    while (k >= 0 && *nadj < 8) {
        if (!tok_is(c->lab[k], "JJ") && !tok_is(c->lab[k], "NNP"))
            return -2;
        adj[(*nadj)++] = k;
        k = t->node[k].next_sibling;
        if (k >= 0 && (is_and_node(c, k) || tok_is(c->lab[k], ","))) {
            k = t->node[k].next_sibling;
            continue;
        }
        return k;
    }
    return -2;
}

static int emit_adjective_coordination(emit_ctx *c, int i)
{
    const ptree *t = c->t;
    int k = t->node[i].first_child, adj[8], nadj = 0, noun;
    if (k >= 0 && tok_is(c->lab[k], "DT"))
        k = t->node[k].next_sibling;
    if (k >= 0 && tok_is(c->lab[k], "ADJP")) {
        /* (NP (ADJP Armenian and Azerbaijani) (NNS negotiators)) */
        if (adjective_run(c, t->node[k].first_child, adj, &nadj) != -1)
            return 0;
        noun = t->node[k].next_sibling;
    } else {
        noun = adjective_run(c, k, adj, &nadj);
    }
    if (nadj < 2 || noun < 0 || !tok_has_prefix(c->lab[noun], "NN"))
        return 0;
    emit_tag(c, '(', "NEC", ++c->nec_index);
    for (int a = 0; a < nadj; a++) {
        emit(c, "(NE");
        emit(c, "---");
        emit(c, t->node[adj[a]].word);
        for (int x = noun; x >= 0; x = t->node[x].next_sibling)
            if (t->node[x].word)
                emit(c, t->node[x].word);
        emit(c, "~NE");
    }
    emit_tag(c, '~', "NEC", c->nec_index);
    return 1;
}

/* Is node j inside a verb phrase or clause under NP i? */
static int below_clause(const emit_ctx *c, int i, int j)
{
    for (int k = c->t->node[j].parent; k > i; k = c->t->node[k].parent)
        if (tok_is(c->lab[k], "VP") || tok_is(c->lab[k], "S") || c->flat[k])
            return 1;
    return 0;
}

static void emit_np(emit_ctx *c, int i)
{
    reduce_sbars(c, i);
    if (c->join && emit_adjective_coordination(c, i))
        return;
    int pos = first_label_below(c, i, "POS");
    if (pos >= 0) {
        emit(c, "(NE");
        emit(c, "---");
        emit_ne_words(c, i, pos, 0);
        emit(c, "~NE");
        return;
    }
    int pp = first_label_below(c, i, "PP");
    /* dyad reads "X of Y" as one entity only when the PP belongs to this
     * noun phrase, not to a clause inside it ("a resolution condemning
     * its annexation of four regions" keeps the resolution) */
    if (pp >= 0 && c->join && c->t->node[pp].parent != i &&
        below_clause(c, i, pp))
        pp = -2;
    if (pp >= 0) {
        if (emit_prep_ne(c, i, pp))
            return;
    } else if (!has_label_exact(c, i, "NP") && !has_label_exact(c, i, "NEC")) {
        emit(c, "(NE");
        emit(c, "---");
        emit_ne_words(c, i, -1, 0);
        emit(c, "~NE");
        return;
    }
    int idx = ++c->np_index;
    emit_tag(c, '(', "NP", idx);
    for (int k = c->t->node[i].first_child; k >= 0;
         k = c->t->node[k].next_sibling)
        emit_node(c, k);
    emit_tag(c, '~', "NP", idx);
}

static int is_np(const emit_ctx *c, int k)
{
    return k >= 0 && tok_is(c->lab[k], "NP");
}

static int is_and_node(const emit_ctx *c, int k)
{
    const char *w = k >= 0 ? c->t->node[k].word : NULL;
    return w && tok_has_prefix(c->lab[k], "CC") && (tok_is(w, "AND") || tok_is(w, "OR"));
}

static int is_and(const emit_ctx *c, int k)
{
    const char *w = k >= 0 ? c->t->node[k].word : NULL;
    return w && tok_has_prefix(c->lab[k], "CC") && (tok_is(w, "AND") || tok_is(w, "OR"));
}

static int is_comma(const emit_ctx *c, int k)
{
    return k >= 0 && tok_is(c->lab[k], ",");
}

/* Length in siblings of a coordination "NP (, NP)* (,) CC NP" starting at
 * child k, or 0. */
static int coordination_at(const emit_ctx *c, int k)
{
    const ptree *t = c->t;
    if (!is_np(c, k))
        return 0;
    int n = 1, j = t->node[k].next_sibling;
    for (;;) {
        if (is_comma(c, j) && is_np(c, t->node[j].next_sibling)) {
            j = t->node[t->node[j].next_sibling].next_sibling;
            n += 2;
            continue;
        }
        int cc = is_comma(c, j) ? t->node[j].next_sibling : j;
        if (is_and(c, cc) && is_np(c, t->node[cc].next_sibling))
            return n + (cc != j) + 2;
        return 0;
    }
}

static void emit_coordination(emit_ctx *c, int k, int len)
{
    emit_tag(c, '(', "NEC", ++c->nec_index);
    for (int i = 0; i < len; i++, k = c->t->node[k].next_sibling)
        if (is_np(c, k)) {
            emit(c, "(NE");
            emit(c, "---");
            emit_ne_words(c, k, -1, 0);
            emit(c, "~NE");
        }
    emit_tag(c, '~', "NEC", c->nec_index);
}

static void emit_node(emit_ctx *c, int i)
{
    const ptree_node *nd = &c->t->node[i];
    const char *lab = c->lab[i];
    if (tok_is(lab, "NP")) {
        emit_np(c, i);
    } else if (tok_is(lab, "NEC")) {
        emit_compound(c, i);
    } else if (c->flat[i]) {
        emit(c, "(SBR");
        emit_ne_words(c, i, -1, 0);
        emit(c, "~SBR");
    } else {
        int idx = tok_is(lab, "VP") ? ++c->vp_index : 0;
        emit_tag(c, '(', lab, idx);
        if (nd->word)
            emit(c, nd->word);
        for (int k = nd->first_child; k >= 0; k = c->t->node[k].next_sibling) {
            int len = c->join ? coordination_at(c, k) : 0;
            if (len) {
                emit_coordination(c, k, len);
                for (int x = 1; x < len; x++)
                    k = c->t->node[k].next_sibling;
                continue;
            }
            emit_node(c, k);
        }
        emit_tag(c, '~', lab, idx);
    }
}

/* ---------------------------------------------------- list editing */

int plist_find(const plist *pl, const char *tok, int from)
{
    for (int i = from < 0 ? 0 : from; i < pl->n; i++)
        if (tok_is(pl->tok[i], tok))
            return i;
    return -1;
}

void plist_remove(plist *pl, int from, int to)
{
    if (from >= to)
        return;
    memmove(pl->tok + from, pl->tok + to, (size_t)(pl->n - to) * sizeof *pl->tok);
    pl->n -= to - from;
}

int plist_insert(plist *pl, int at, const char *const *toks, int n, arena *a)
{
    while (pl->n + n > pl->cap) {
        int cap = pl->cap ? pl->cap * 2 : 256;
        const char **v = arena_alloc(a, (size_t)cap * sizeof *v);
        if (!v)
            return -1;
        memcpy(v, pl->tok, (size_t)pl->n * sizeof *v);
        pl->tok = v;
        pl->cap = cap;
    }
    memmove(pl->tok + at + n, pl->tok + at, (size_t)(pl->n - at) * sizeof *pl->tok);
    memcpy(pl->tok + at, toks, (size_t)n * sizeof *toks);
    pl->n += n;
    return 0;
}

static int balanced(const plist *pl)
{
    int depth = 0;
    for (int i = 0; i < pl->n; i++) {
        if (pl->tok[i][0] == '(')
            depth++;
        else if (pl->tok[i][0] == '~' && --depth < 0)
            return 0;
    }
    return depth == 0;
}

/* PETRARCH's dateline check: a sentence that is only a noun phrase whose
 * first NE holds a compound ("CEBU CITY: -- Mayor X and ...") is a dateline
 * glued to a story, not a sentence. */
static int is_dateline(const plist *pl)
{
    const char *tags[3];
    int k = 0;
    for (int i = 0; i < pl->n && k < 3; i++)
        if (pl->tok[i][0] == '(')
            tags[k++] = pl->tok[i];
    return k == 3 && tok_is(tags[0], "(ROOT") && tok_is(tags[1], "(NE") &&
           tok_is(tags[2], "(NEC");
}

int plist_build(plist *pl, const ptree *t, const plist_comma_opts *co,
                arena *a, const char **errname)
{
    emit_ctx c = { .pl = pl, .t = t, .a = a, .join = co->join_coordinated };
    pl->tok = NULL;
    pl->n = pl->cap = 0;
    c.lab = arena_alloc(a, (size_t)t->n * sizeof *c.lab);
    c.flat = arena_alloc(a, (size_t)t->n);
    if (!c.lab || !c.flat) {
        *errname = "out_of_memory";
        return -1;
    }
    for (int i = 0; i < t->n; i++)
        c.lab[i] = t->node[i].label;
    memset(c.flat, 0, (size_t)t->n);
    mark_compounds(&c);
    if (c.join)
        mark_quantities(&c);
    emit_node(&c, 0);
    if (c.oom) {
        *errname = "out_of_memory";
        return -1;
    }
    pl->start = 1;
    if (is_dateline(pl)) {
        *errname = "dateline";
        return -1;
    }
    plist_cut_commas(pl, co);
    if (!balanced(pl)) {
        *errname = "bad_final_parse";
        return -1;
    }
    return 0;
}
