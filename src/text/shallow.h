/*
 * shallow.h -- the shallow chunker's entry points inside the library.
 *
 * dyad_shallow_tree (public, dyad/text.h) returns a tree as text.  The
 * parser path (src/parse/lgparse.c) brings its own tags, and the pipeline
 * (src/pipeline) hands the coder a built tree rather than text it would
 * only read back; both use these.
 */
#ifndef DYAD_TEXT_SHALLOW_H
#define DYAD_TEXT_SHALLOW_H

#include <stddef.h>

#include "parse/ptree.h"

/* The tree, as text, for n tokens w with Penn tags tag (both kept by the
 * caller); malloc'ed, NULL only when out of memory. */
char *text_tree_from_tags(char *const *w, const char *const *tag, size_t n);

/* The shallow tree of a space-separated token string built straight into
 * t (strings in a): what ptree_parse makes of dyad_shallow_tree(tokens),
 * without printing and reading it back.  0, or -1 when out of memory or
 * the tree is too large. */
int text_shallow_ptree(const char *tokens, ptree *t, arena *a);

#endif
