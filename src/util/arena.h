/*
 * arena.h -- bump allocation for data that lives and dies together.
 *
 * Dictionaries allocate millions of small strings at load time and free
 * them all at once; the coder allocates per-sentence scratch and resets it
 * after each sentence.  An arena makes both cheap: allocation is a pointer
 * bump, release is one call.
 *
 * Invariant: blocks form a singly linked list, newest first; `used` never
 * exceeds `size` in any block.
 */
#ifndef DYAD_ARENA_H
#define DYAD_ARENA_H

#include <stddef.h>

typedef struct arena_block {
    struct arena_block *next;
    size_t size, used;
    /* payload follows, max_align_t aligned */
} arena_block;

typedef struct arena {
    arena_block *head;
    size_t block_size;   /* default size of new blocks */
    size_t total;        /* bytes handed out, for statistics */
} arena;

void arena_init(arena *a, size_t block_size);
void *arena_alloc(arena *a, size_t n);             /* NULL on OOM */
char *arena_strndup(arena *a, const char *s, size_t n);
char *arena_strdup(arena *a, const char *s);
/* Forget everything allocated but keep the first block for reuse. */
void arena_reset(arena *a);
void arena_free(arena *a);

#endif
