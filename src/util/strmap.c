/*
 * strmap.c -- string-keyed hash map; see strmap.h.
 */
#include <stdlib.h>
#include <string.h>

#include "strmap.h"

void strmap_init(strmap *m)
{
    m->slots = NULL;
    m->cap = m->n = 0;
}

void strmap_free(strmap *m)
{
    free(m->slots);
    strmap_init(m);
}

/* FNV-1a: short keys (words), so simplicity beats throughput. */
uint32_t strmap_hash(const char *s, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

/* Is the NUL-terminated k the len bytes at s?  In place rather than a libc
 * call: keys are words, and the hash already matched. */
static int key_eq(const char *k, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (k[i] != s[i])
            return 0;
    return k[len] == '\0';
}

void *strmap_getn(const strmap *m, const char *key, size_t len)
{
    if (!m->cap)
        return NULL;
    uint32_t h = strmap_hash(key, len);
    size_t mask = m->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const strmap_slot *s = &m->slots[i];
        if (!s->key)
            return NULL;
        if (s->hash == h && key_eq(s->key, key, len))
            return s->value;
    }
}

void *strmap_get(const strmap *m, const char *key)
{
    return strmap_getn(m, key, strlen(key));
}

static int strmap_grow(strmap *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    strmap_slot *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t i = 0; i < m->cap; i++) {
        strmap_slot *s = &m->slots[i];
        if (!s->key)
            continue;
        size_t j = s->hash & (cap - 1);
        while (slots[j].key)
            j = (j + 1) & (cap - 1);
        slots[j] = *s;
    }
    free(m->slots);
    m->slots = slots;
    m->cap = cap;
    return 0;
}

void **strmap_slot_for(strmap *m, const char *key)
{
    if ((m->n + 1) * 10 >= m->cap * 7 && strmap_grow(m) != 0)
        return NULL;
    size_t len = strlen(key);
    uint32_t h = strmap_hash(key, len);
    size_t mask = m->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        strmap_slot *s = &m->slots[i];
        if (!s->key) {
            s->key = key;
            s->hash = h;
            s->value = NULL;
            m->n++;
            return &s->value;
        }
        if (s->hash == h && key_eq(s->key, key, len))
            return &s->value;
    }
}
