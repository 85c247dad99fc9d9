/*
 * jsonflat.c -- a fast reader for the usual JSON Lines record: one flat
 * object whose values are all strings.
 *
 * jansson builds a full value tree and validates byte by byte through a
 * stream layer, which cost as much as all of dyad's own text analysis.
 * This reader accepts only what it can decode exactly as jansson would
 * (flags JSON_REJECT_DUPLICATES): a top-level object of string members,
 * keys without escapes, no duplicate key, strictly valid UTF-8, escapes
 * other than \u0000 and surrogates.  Anything else, valid or not, makes
 * it decline, and the reader hands the line to jansson, which then also
 * words any error.
 */
#include <stdlib.h>
#include <string.h>

#include "text/textint.h"

/* JSON white space, as jansson skips it. */
static size_t skip_ws(const char *s, size_t i, size_t n)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    return i;
}

/* Length of the valid UTF-8 sequence at s[i] (lead byte >= 0x80), 0 when
 * invalid: overlong forms, surrogates and values over U+10FFFF are. */
static size_t utf8_seq(const unsigned char *s, size_t i, size_t n)
{
    unsigned c = s[i], k, min, v;
    if (c >= 0xC2 && c <= 0xDF) { k = 2; min = 0x80; v = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { k = 3; min = 0x800; v = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { k = 4; min = 0x10000; v = c & 0x07; }
    else return 0;
    if (i + k > n) return 0;
    for (unsigned j = 1; j < k; j++) {
        if (s[i + j] < 0x80 || s[i + j] > 0xBF) return 0;
        v = (v << 6) | (s[i + j] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    return k;
}

static int hex4(const char *s, unsigned *v)
{
    *v = 0;
    for (int j = 0; j < 4; j++) {
        char c = s[j];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 :
                c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) return 0;
        *v = *v << 4 | (unsigned)d;
    }
    return 1;
}

/* One escape at s[*i] (after the backslash) written to *o; 0 to decline. */
static int unescape(const char *s, size_t n, size_t *i, char **o)
{
    static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
    const char *e = *i < n ? strchr(from, s[*i]) : NULL;
    if (e && *e) {
        *(*o)++ = to[e - from];
        (*i)++;
        return 1;
    }
    unsigned v;
    if (*i >= n || s[*i] != 'u' || *i + 5 > n || !hex4(s + *i + 1, &v) ||
        v == 0 || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    char *p = *o;
    if (v < 0x80) *p++ = (char)v;
    else if (v < 0x800) {
        *p++ = (char)(0xC0 | v >> 6);
        *p++ = (char)(0x80 | (v & 0x3F));
    } else {
        *p++ = (char)(0xE0 | v >> 12);
        *p++ = (char)(0x80 | (v >> 6 & 0x3F));
        *p++ = (char)(0x80 | (v & 0x3F));
    }
    *o = p;
    *i += 5;
    return 1;
}

/* The string at s[*i] == '"', decoded into *o (NUL-terminated, *o moved
 * past the NUL); escapes only when esc.  Returns 0 to decline. */
static int string_at(const char *s, size_t n, size_t *i, char **o, int esc)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t j = *i + 1;
    char *p = *o;
    for (;;) {
        size_t a = j;
        while (j < n && u[j] >= 0x20 && u[j] < 0x80 && u[j] != '"' && u[j] != '\\')
            j++;
        memcpy(p, s + a, j - a);
        p += j - a;
        if (j >= n || u[j] < 0x20) return 0;
        if (u[j] == '"') break;
        if (u[j] == '\\') {
            j++;
            if (!esc || !unescape(s, n, &j, &p)) return 0;
            continue;
        }
        size_t k = utf8_seq(u, j, n);
        if (!k) return 0;
        memcpy(p, s + j, k);
        p += k;
        j += k;
    }
    *p++ = 0;
    *o = p;
    *i = j + 1;
    return 1;
}

/* Parse members into f after the '{' at s[i]; 0 to decline. */
static int members(const char *s, size_t n, size_t i, text_jflat *f, char *o)
{
    i = skip_ws(s, i, n);
    if (i < n && s[i] == '}') return skip_ws(s, i + 1, n) == n;
    for (;;) {
        if (i >= n || s[i] != '"' || f->n == TEXT_JFLAT_MAX) return 0;
        text_jfield *m = &f->v[f->n];
        m->key = o;
        if (!string_at(s, n, &i, &o, 0)) return 0;
        for (size_t k = 0; k < f->n; k++)
            if (!strcmp(f->v[k].key, m->key)) return 0;   /* duplicate */
        i = skip_ws(s, i, n);
        if (i >= n || s[i] != ':') return 0;
        i = skip_ws(s, i + 1, n);
        if (i >= n || s[i] != '"') return 0;   /* not a string value */
        m->val = o;
        if (!string_at(s, n, &i, &o, 1)) return 0;
        m->len = (size_t)(o - 1 - m->val);
        f->n++;
        i = skip_ws(s, i, n);
        if (i < n && s[i] == '}') return skip_ws(s, i + 1, n) == n;
        if (i >= n || s[i] != ',') return 0;
        i = skip_ws(s, i + 1, n);
    }
}

int text_jflat_parse(const char *s, size_t n, text_jflat *f)
{
    f->n = 0;
    f->buf = NULL;
    size_t i = skip_ws(s, 0, n);
    if (i >= n || s[i] != '{') return 0;
    /* decoded strings never outgrow their quoted source */
    if (!(f->buf = malloc(n + 1))) return 0;
    if (members(s, n, i + 1, f, f->buf)) return 1;
    text_jflat_free(f);
    return 0;
}

const text_jfield *text_jflat_get(const text_jflat *f, const char *key)
{
    for (size_t k = 0; k < f->n; k++)
        if (!strcmp(f->v[k].key, key)) return &f->v[k];
    return NULL;
}

void text_jflat_free(text_jflat *f)
{
    free(f->buf);
    f->buf = NULL;
    f->n = 0;
}
