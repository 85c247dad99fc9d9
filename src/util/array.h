/*
 * array.h -- growing a malloc'ed array by doubling.
 *
 * Dictionaries, suggestion lists and the chunker's nodes all append to
 * arrays of unknown final size; this is the one place that grows them.
 */
#ifndef DYAD_ARRAY_H
#define DYAD_ARRAY_H

#include <stddef.h>

/* Array v (n elements of elem bytes used, *cap allocated) with room for
 * at least one more: doubled when full, to `first` elements when empty.
 * Returns the array, moved or not; NULL when out of memory (v and *cap
 * unchanged).  Use: p = array_grow(x->v, x->n, &x->cap, sizeof *x->v, 16);
 * if (!p) fail; x->v = p; */
void *array_grow(void *v, int n, int *cap, size_t elem, int first);

#endif
