/*
 * strmap.h -- open-addressing hash map from strings to pointers.
 *
 * Keys are not copied: the caller keeps them alive (dictionaries keep them
 * in their arena).  Lookups hash the key once and probe linearly; the table
 * doubles when it is 70% full, so a lookup costs O(length of key).
 *
 * Invariant: cap is a power of two; n < cap * 0.7; an empty slot has
 * key == NULL (there is no deletion, so no tombstones).
 */
#ifndef DYAD_STRMAP_H
#define DYAD_STRMAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct strmap_slot {
    const char *key;
    uint32_t hash;
    void *value;
} strmap_slot;

typedef struct strmap {
    strmap_slot *slots;
    size_t cap, n;
} strmap;

void strmap_init(strmap *m);
void strmap_free(strmap *m);
uint32_t strmap_hash(const char *s, size_t len);
/* Value for key (len bytes), or NULL. */
void *strmap_getn(const strmap *m, const char *key, size_t len);
void *strmap_get(const strmap *m, const char *key);
/* Address of the value slot for key, inserting key with NULL value if new;
 * NULL on allocation failure. */
void **strmap_slot_for(strmap *m, const char *key);

#endif
