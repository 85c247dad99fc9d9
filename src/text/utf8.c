/*
 * utf8.c -- UTF-8 hygiene for the text front end (utf8proc does the work).
 *
 * Every document passes through dyad_utf8_normalize once, before any
 * offsets are taken: from then on doc->text is valid, NFC (or NFKC) UTF-8
 * with LF line ends, and all spans index it.  dyad_fold_ascii_upper is the
 * one place where words are folded for dictionary matching.
 */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text/textint.h"

static int is_unicode_space(utf8proc_int32_t c)
{
    return c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F ||
           c == 0x205F || c == 0x3000 || c == 0x2028 || c == 0x2029;
}

static int is_invisible(utf8proc_int32_t c)
{
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 ||
           c == 0xFEFF || c == 0xAD;
}

/* Bytes copied as they are by the first pass: printable ASCII, LF, TAB. */
static int plain_ascii(unsigned char c)
{
    return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t';
}

/* First pass: invalid bytes -> U+FFFD, line ends -> LF, controls and
 * exotic spaces -> ' ', invisible characters dropped.  Runs of plain
 * ASCII (most text) are copied whole.  *wide is set when anything but
 * ASCII is written. */
static int clean_bytes(const char *in, size_t len, text_buf *b,
                       size_t *n_invalid, size_t *first_bad, int *wide)
{
    const utf8proc_uint8_t *s = (const utf8proc_uint8_t *)in;
    size_t i = 0;
    while (i < len && !b->oom) {
        size_t run = i;
        while (run < len && plain_ascii(s[run])) run++;
        if (run > i) {
            text_buf_put(b, in + i, run - i);
            i = run;
            continue;
        }
        utf8proc_int32_t c;
        utf8proc_ssize_t k = utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), &c);
        if (k <= 0 || c == 0) {
            if (*n_invalid == 0) *first_bad = i;
            (*n_invalid)++;
            text_buf_put(b, "\xEF\xBF\xBD", 3);
            *wide = 1;
            i++;
            continue;
        }
        if (c == '\r') {
            text_buf_put(b, "\n", 1);
            if (i + 1 < len && s[i + 1] == '\n') i++;
        } else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F ||
                   (c >= 0x80 && c < 0xA0) || is_unicode_space(c)) {
            text_buf_put(b, " ", 1);
        } else if (!is_invisible(c)) {
            text_buf_put(b, (const char *)s + i, (size_t)k);
            *wide |= c >= 0x80;
        }
        i += (size_t)k;
    }
    return b->oom ? DYAD_ENOMEM : DYAD_OK;
}

/* Code points of one stretch being normalised (reused between them). */
typedef struct { utf8proc_int32_t *v; size_t cap; } cpbuf;

/* Append the normal form of s[0,n) to o, as utf8proc_map would give it;
 * a utf8proc error code (< 0) on failure. */
static utf8proc_ssize_t normalize_span(const char *s, size_t n, int opts,
                                       cpbuf *cp, text_buf *o)
{
    const utf8proc_uint8_t *u = (const utf8proc_uint8_t *)s;
    utf8proc_ssize_t k;
    for (;;) {
        k = utf8proc_decompose(u, (utf8proc_ssize_t)n, cp->v,
                               (utf8proc_ssize_t)cp->cap, (utf8proc_option_t)opts);
        if (k < 0 || (size_t)k < cp->cap) break;   /* (cap > k: room for NUL) */
        size_t cap = (size_t)k + 16;
        utf8proc_int32_t *v = realloc(cp->v, cap * sizeof *v);
        if (!v) return UTF8PROC_ERROR_NOMEM;
        cp->v = v;
        cp->cap = cap;
    }
    if (k < 0) return k;
    k = utf8proc_reencode(cp->v, k, (utf8proc_option_t)opts);
    if (k < 0) return k;
    text_buf_put(o, (const char *)cp->v, (size_t)k);
    return o->oom ? UTF8PROC_ERROR_NOMEM : k;
}

/* NFC/NFKC of clean text t[0,n) into o.  ASCII is its own normal form and
 * nothing composes with a preceding ASCII character or reorders across
 * it, so the text splits before every ASCII character into independent
 * stretches: ASCII runs are copied, and each non-ASCII stretch is
 * normalised together with the one ASCII character before it (an "e"
 * followed by a combining acute becomes "é"). */
static utf8proc_ssize_t normalize_text(const char *t, size_t n, int opts,
                                       text_buf *o)
{
    cpbuf cp = { NULL, 0 };
    utf8proc_ssize_t rc = 0;
    size_t i = 0;
    while (i < n && rc >= 0 && !o->oom) {
        size_t j = i;
        while (j < n && !((unsigned char)t[j] & 0x80)) j++;
        size_t from = j > i ? j - 1 : j, e = j;
        text_buf_put(o, t + i, from - i);
        while (e < n && ((unsigned char)t[e] & 0x80)) e++;
        if (e > from) rc = normalize_span(t + from, e - from, opts, &cp, o);
        i = e;
    }
    free(cp.v);
    return o->oom ? UTF8PROC_ERROR_NOMEM : rc;
}

int dyad_utf8_normalize(const char *in, size_t len, dyad_norm norm,
                        char **out, size_t *out_len, size_t *n_invalid,
                        size_t *first_bad, dyad_error *err)
{
    text_buf b = {0}, o = {0};
    size_t bad = 0, first = 0;
    int wide = 0;
    *out = NULL;
    text_buf_put(&b, "", 0);
    if (clean_bytes(in, len, &b, &bad, &first, &wide) != DYAD_OK) {
        free(b.p);
        return dyad_fail(err, DYAD_ENOMEM, "out of memory normalising text");
    }
    if (wide) {                            /* (all ASCII: already normal) */
        int opts = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
        if (norm == DYAD_NORM_NFKC) opts |= UTF8PROC_COMPAT;
        text_buf_put(&o, "", 0);
        utf8proc_ssize_t n = normalize_text(b.p, b.len, opts, &o);
        free(b.p);
        if (n == UTF8PROC_ERROR_NOMEM) {
            free(o.p);
            return dyad_fail(err, DYAD_ENOMEM, "out of memory normalising text");
        }
        if (n < 0) {
            free(o.p);
            return dyad_fail(err, DYAD_EPARSE, "unicode normalisation failed: %s",
                             utf8proc_errmsg(n));
        }
        b = o;
    }
    *out = b.p;
    if (out_len) *out_len = b.len;
    if (n_invalid) *n_invalid = bad;
    if (first_bad) *first_bad = first;
    return DYAD_OK;
}

/* Letters that carry no combining mark to strip but have an ASCII form. */
static const char *fold_special(utf8proc_int32_t c)
{
    switch (c) {
    case 0xDF: return "SS";
    case 0xC6: case 0xE6: return "AE";
    case 0x152: case 0x153: return "OE";
    case 0xD8: case 0xF8: return "O";
    case 0x110: case 0x111: return "D";
    case 0x141: case 0x142: return "L";
    case 0x131: return "I";
    case 0xDE: case 0xFE: return "TH";
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2212: return "-";
    case 0x2013: case 0x2014: case 0x2015: return "--";
    case 0x2026: return "...";
    default: return NULL;
    }
}

static void put_capped(char *out, size_t cap, size_t *n, const char *s, size_t k)
{
    for (size_t j = 0; j < k; j++, (*n)++)
        if (cap && *n < cap - 1) out[*n] = s[j];
}

size_t dyad_fold_ascii_upper(const char *s, char *out, size_t cap)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    size_t n = 0;
    while (*p) {
        if (*p < 0x80) {            /* ASCII folds to itself, upper-cased */
            char ch = (char)(*p >= 'a' && *p <= 'z' ? *p - 'a' + 'A' : *p);
            put_capped(out, cap, &n, &ch, 1);
            p++;
            continue;
        }
        utf8proc_int32_t c;
        utf8proc_ssize_t k = utf8proc_iterate(p, -1, &c);
        if (k <= 0) { put_capped(out, cap, &n, "?", 1); p++; continue; }
        p += k;
        const char *sp = fold_special(c);
        if (sp) { put_capped(out, cap, &n, sp, strlen(sp)); continue; }
        utf8proc_int32_t dec[8];
        int last = 0;
        utf8proc_ssize_t m = utf8proc_decompose_char(c, dec, 8,
            (utf8proc_option_t)(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                UTF8PROC_COMPAT), &last);
        if (m < 0 || m > 8) { dec[0] = c; m = 1; }
        for (utf8proc_ssize_t j = 0; j < m; j++) {
            utf8proc_uint8_t enc[4];
            utf8proc_ssize_t e = utf8proc_encode_char(utf8proc_toupper(dec[j]), enc);
            put_capped(out, cap, &n, (const char *)enc, (size_t)e);
        }
    }
    if (cap) out[n < cap ? n : cap - 1] = 0;
    return n;
}
