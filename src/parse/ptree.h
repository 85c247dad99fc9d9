/*
 * ptree.h -- Penn-treebank trees, as CoreNLP or dyad's own parser emits
 * them: "(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) ...)))".
 *
 * A tree is an array of nodes in preorder; node 0 is the root.  Internal
 * nodes have a label and children; leaves (preterminals) have a label (the
 * POS tag) and a word.  Labels and words are stored upper-cased, as the
 * PETRARCH dictionaries are.  All strings live in the caller's arena.
 *
 * Invariants: parent < child index; first_child/next_sibling are -1 when
 * absent; a node with word != NULL has no children.
 */
#ifndef DYAD_PTREE_H
#define DYAD_PTREE_H

#include "util/arena.h"

typedef struct ptree_node {
    const char *label;
    const char *word;      /* NULL for phrase nodes */
    int parent, first_child, next_sibling, last_child;
} ptree_node;

typedef struct ptree {
    ptree_node *node;
    int n, cap;
} ptree;

/* Limits that keep a hostile input from costing more than linear work. */
#define PTREE_MAX_NODES 200000
#define PTREE_MAX_DEPTH 2000

/* Parse text into t (nodes allocated in a).  Returns 0, or -1 with a
 * message in why (e.g. "unbalanced parentheses: 12 '(' vs 11 ')'"). */
int ptree_parse(ptree *t, const char *text, arena *a, char *why, size_t whylen);

/* Building a tree node by node, for producers that have its structure
 * already (dyad's shallow chunker): ptree_begin, then ptree_add in
 * preorder, each node under an earlier one (parent -1 for the root).
 * Labels and words are stored as ptree_parse stores them (upper-cased,
 * accents folded), so a built tree equals the parse of its printed form.
 * ptree_add returns the node's index, or -1 when out of memory or past
 * PTREE_MAX_NODES. */
void ptree_begin(ptree *t);
int ptree_add(ptree *t, arena *a, int parent, const char *label, const char *word);
/* ptree_add for a label that is already stored form (upper-case ASCII, as
 * Penn tags and phrase labels are) and outlives the tree (a literal): it
 * is kept as is, not copied -- the shallow chunker adds ~40 per sentence. */
int ptree_add_literal(ptree *t, arena *a, int parent, const char *label,
                      const char *word);

/* Does the subtree at i contain (excluding i itself when strict) a node
 * whose label starts with prefix? */
int ptree_has_label_prefix(const ptree *t, int i, const char *prefix, int strict);
/* Index one past the last node of the subtree rooted at i (preorder). */
int ptree_subtree_end(const ptree *t, int i);

#endif
