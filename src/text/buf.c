/*
 * buf.c -- the growable byte buffer the text front end writes into
 * (normalised text, HTML extraction, trees).  Invariant: when p is not
 * NULL, p[len] == 0 and len < cap; after an allocation failure `oom` is
 * set and further writes are ignored, so callers check once at the end.
 */
#include <stdlib.h>
#include <string.h>

#include "text/textint.h"

char *text_buf_room(text_buf *b, size_t n)
{
    if (b->oom) return NULL;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        while (cap < b->len + n + 1) cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p) { b->oom = 1; return NULL; }
        b->p = p;
        b->cap = cap;
    }
    return b->p + b->len;
}

void text_buf_put(text_buf *b, const char *s, size_t n)
{
    char *p = text_buf_room(b, n);
    if (!p) return;
    memcpy(p, s, n);
    b->len += n;
    b->p[b->len] = 0;
}

void text_buf_puts(text_buf *b, const char *s)
{
    text_buf_put(b, s, strlen(s));
}
