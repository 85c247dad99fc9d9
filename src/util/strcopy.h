/*
 * strcopy.h -- bounded string copies for fixed-size fields.
 *
 * Event records and coder context keep codes and dates in fixed arrays.
 * snprintf(dst, n, "%s", src) does the job but goes through the whole
 * printf machinery, and the coder copies a few such fields per event and
 * per noun phrase: in profiles of the shallow path it cost more than the
 * pattern matching.  These do the same with strlen and memcpy.
 */
#ifndef DYAD_STRCOPY_H
#define DYAD_STRCOPY_H

#include <string.h>

/* Copy at most n bytes of src into dst[size], truncating, always
 * NUL-terminated when size > 0 (as snprintf(dst, size, "%.*s", n, src)).
 * Returns dst. */
static inline char *str_copy_n(char *dst, size_t size, const char *src, size_t n)
{
    if (size == 0)
        return dst;
    size_t len = strnlen(src, n);
    if (len >= size)
        len = size - 1;
    memcpy(dst, src, len);
    dst[len] = '\0';
    return dst;
}

/* Copy src into dst[size] (as snprintf(dst, size, "%s", src)). */
static inline char *str_copy(char *dst, size_t size, const char *src)
{
    return str_copy_n(dst, size, src, (size_t)-1);
}

#endif
