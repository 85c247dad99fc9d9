/*
 * code_ptree.h -- coding a tree that is already built.
 *
 * dyad_code_tree (public, dyad.h) reads a bracketed tree and codes it.
 * The pipeline's shallow path has the tree as nodes already (built by
 * src/text/shallow.c straight from the chunker), so it skips the text and
 * calls coder_code_ptree; the result is the same as coding the printed
 * tree.
 */
#ifndef DYAD_CODE_PTREE_H
#define DYAD_CODE_PTREE_H

#include "dyad.h"
#include "parse/ptree.h"

/* Code tree t (kept by the caller, in any arena but the coder's own) as
 * dyad_code_tree codes the text it reads. */
int coder_code_ptree(dyad_coder *c, const ptree *t, const char *date,
                     dyad_event_list *out, dyad_error *err);

/* The dating phrases of the sentence coded next and the story date (both
 * kept by the caller until the next call; NULL, 0, NULL: none).  Events
 * then take the phrase of their own clause (datescope.c). */
void coder_set_dates(dyad_coder *c, const dyad_sentence_date *dates, size_t n,
                     const char *story_date);

/* Is DYAD_TRACE set (the coder then prints what it reads to stderr)? */
int coder_trace_on(void);

#endif
