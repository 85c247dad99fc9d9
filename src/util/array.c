/*
 * array.c -- growing a malloc'ed array by doubling; see array.h.
 */
#include <limits.h>
#include <stdlib.h>

#include "array.h"

void *array_grow(void *v, int n, int *cap, size_t elem, int first)
{
    if (n < *cap)
        return v;
    if (*cap > INT_MAX / 2)
        return NULL;
    int c = *cap ? *cap * 2 : first;
    void *p = realloc(v, (size_t)c * elem);
    if (p)
        *cap = c;
    return p;
}
