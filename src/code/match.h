/*
 * match.h -- verb pattern matching over the words around a verb.
 *
 * The coder cuts two sequences out of the ParseList for each verb: the
 * "lower" sequence (what follows the verb inside its verb phrase) and the
 * "upper" sequence (what precedes it, nearest first, back to the start of
 * the sentence or the nearest comma).  Both hold words and the boundaries
 * of noun-phrase entities (NE) and compounds (NEC).  A pattern matches when
 * its lower elements occur in order in the lower sequence and its upper
 * elements in the upper one, gaps allowed unless the dictionary joined two
 * elements with '_'.
 *
 * Among the patterns of a verb's block that match, the most specific wins:
 * the one with most elements, then the one whose matches lie nearest the
 * verb, element by element (the order PETRARCH's pattern-trie search
 * visits them in).
 */
#ifndef DYAD_MATCH_H
#define DYAD_MATCH_H

#include "dict/dict.h"

enum seq_kind { SQ_WORD, SQ_NE_OPEN, SQ_NE_CLOSE, SQ_NEC_OPEN, SQ_NEC_CLOSE };

typedef struct seq_item {
    unsigned char kind;
    const char *word;      /* SQ_WORD */
    int ne;                /* SQ_NE_*: NE index; SQ_NEC_*: NEC index */
    const char *iword;     /* SQ_WORD: the interned pattern word, NULL when
                            * no pattern uses it (see dict_vocab) */
    unsigned char skip;    /* SQ_WORD: a skippable word (skipwords.h) */
} seq_item;

/* A word item, interned against the dictionary's pattern vocabulary. */
seq_item seq_word(const dyad_dict *d, const char *w);

typedef struct seq {
    seq_item *v;
    int n;
} seq;

/* What an actor slot of a pattern was bound to. */
typedef struct actor_ref {
    int ne;                /* NE index, or -1 */
    int nec;               /* NEC index, or -1 (takes precedence) */
} actor_ref;

typedef struct match_result {
    const verb_pattern *pat;
    actor_ref source, target;
} match_result;

/* ne_nec[i]: the compound NE i belongs to, or -1.  clause_gaps: a gap
 * between two elements may pass a comma (PETRARCH); 0 keeps it in its
 * clause. */
int match_block(const verb_dict *v, const verb_block *b, const seq *upper,
                const seq *lower, const int *ne_nec, int clause_gaps, match_result *out);

/* The first one-word pattern of block b (code not not_code, nor "---" or
 * "+..") that the word item head matches, or NULL: what was done to a
 * thing named by its head noun ("expelled six diplomats": &DIPLOMAT). */
const verb_pattern *match_head_word(const verb_dict *v, const verb_block *b,
                                    const seq_item *head, const char *not_code);

/* Does a clause of its own open with the comma at s->v[j]: ", sending",
 * ", which", ", after", ", hours after", ", with X opening ..."?  (Not an
 * aside like ", known as X ,".) */
int seq_comma_clause_at(const seq *s, int j);

#endif
