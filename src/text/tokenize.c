/*
 * tokenize.c -- Penn-treebank tokenisation with exact byte spans.
 *
 * Tokens are whitespace-separated chunks with punctuation peeled off both
 * ends, clitics split ('s n't 're 've 'll 'd 'm), and dashes inside words
 * ("incidents--the", em dashes) split; hyphenated words and abbreviations
 * ("U.S.", "anti-U.S.", "Gen.") stay whole.  Forms are Penn/ASCII:
 * `` '' ` ' -- ... -LRB- -RRB- -LSB- -RSB- -LCB- -RCB-, while spans keep
 * pointing at the original (possibly typographic) characters.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "text/textint.h"

static int put_token(dyad_tokens *t, size_t start, size_t end,
                     const char *form, size_t flen)
{
    if (t->n == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 64;
        dyad_token *v = realloc(t->v, cap * sizeof *v);
        if (!v) return DYAD_ENOMEM;
        t->v = v;
        t->cap = cap;
    }
    if (t->buf_len + flen + 1 > t->buf_cap) {
        size_t cap = t->buf_cap ? t->buf_cap * 2 : 512;
        while (cap < t->buf_len + flen + 1) cap *= 2;
        char *b = realloc(t->buf, cap);
        if (!b) return DYAD_ENOMEM;
        /* forms point into buf: move them along */
        for (size_t i = 0; i < t->n; i++)
            t->v[i].form = b + (t->v[i].form - t->buf);
        t->buf = b;
        t->buf_cap = cap;
    }
    char *f = t->buf + t->buf_len;
    memcpy(f, form, flen);
    f[flen] = 0;
    t->buf_len += flen + 1;
    t->v[t->n++] = (dyad_token){ start, end, f };
    return DYAD_OK;
}

/* A word token: its form is the text with typographic apostrophes made
 * ASCII ("O’Brien" -> "O'Brien"). */
static int put_word(dyad_tokens *t, const char *s, size_t a, size_t b,
                    size_t base)
{
    size_t n = 0, i;
    if (!memchr(s + a, 0xE2, b - a))       /* no typographic quote: as is */
        return put_token(t, base + a, base + b, s + a, b - a);
    for (i = a; i + 2 < b; i++)
        if (memcmp(s + i, "\xE2\x80\x99", 3) == 0 ||
            memcmp(s + i, "\xE2\x80\x98", 3) == 0) break;
    if (i + 2 >= b) return put_token(t, base + a, base + b, s + a, b - a);
    char *f = malloc(b - a + 1);
    if (!f) return DYAD_ENOMEM;
    for (i = a; i < b; i++) {
        if (i + 2 < b && (memcmp(s + i, "\xE2\x80\x99", 3) == 0 ||
                          memcmp(s + i, "\xE2\x80\x98", 3) == 0)) {
            f[n++] = '\'';
            i += 2;
        } else {
            f[n++] = s[i];
        }
    }
    int rc = put_token(t, base + a, base + b, f, n);
    free(f);
    return rc;
}

/* Punctuation at s[i] (i < e).  Returns its byte length and sets *form,
 * or 0 when s[i] starts no punctuation.  `opening` picks `` vs ''. */
static size_t punct_at(const char *s, size_t i, size_t e, int opening,
                       const char **form)
{
    unsigned char c = (unsigned char)s[i];
    if (c == 0xE2 && i + 2 < e && (unsigned char)s[i + 1] == 0x80) {
        switch ((unsigned char)s[i + 2]) {
        case 0x9C: *form = "``"; return 3;               /* “ */
        case 0x9D: *form = "''"; return 3;               /* ” */
        case 0x98: *form = "`"; return 3;                /* ‘ */
        case 0x99: *form = opening ? "`" : "'"; return 3; /* ’ */
        case 0x93: case 0x94: case 0x95: *form = "--"; return 3;
        case 0xA6: *form = "..."; return 3;              /* … */
        }
        return 0;
    }
    if (c == 0xC2 && i + 1 < e && (unsigned char)s[i + 1] == 0xAB) {
        *form = "``"; return 2;
    }
    if (c == 0xC2 && i + 1 < e && (unsigned char)s[i + 1] == 0xBB) {
        *form = "''"; return 2;
    }
    if (c == '.' && i + 2 < e && s[i + 1] == '.' && s[i + 2] == '.') {
        *form = "..."; return 3;
    }
    if (c == '-' && i + 1 < e && s[i + 1] == '-') { *form = "--"; return 2; }
    switch (c) {
    case '"': *form = opening ? "``" : "''"; return 1;
    case '(': *form = "-LRB-"; return 1;
    case ')': *form = "-RRB-"; return 1;
    case '[': *form = "-LSB-"; return 1;
    case ']': *form = "-RSB-"; return 1;
    case '{': *form = "-LCB-"; return 1;
    case '}': *form = "-RCB-"; return 1;
    case ',': *form = ","; return 1;
    case ';': *form = ";"; return 1;
    case ':': *form = ":"; return 1;
    case '?': *form = "?"; return 1;
    case '!': *form = "!"; return 1;
    case '%': *form = "%"; return 1;
    case '$': *form = "$"; return 1;
    case '#': *form = "#"; return 1;
    case '\'': *form = opening ? "`" : "'"; return 1;
    }
    return 0;
}

/* Length of the punctuation character that ends at e, or 0. */
static size_t punct_before(const char *s, size_t a, size_t e, const char **form)
{
    size_t k = 1;
    while (k < 3 && e - k > a && ((unsigned char)s[e - k] & 0xC0) == 0x80) k++;
    if (e - a >= 3 && s[e - 1] == '.' && s[e - 2] == '.' && s[e - 3] == '.')
        k = 3;
    else if (e - a >= 2 && s[e - 1] == '-' && s[e - 2] == '-')
        k = 2;
    size_t n = punct_at(s, e - k, e, 0, form);
    return n == k ? k : 0;
}

/* Split clitics off the word s[a,b) and emit the pieces. */
static int put_core(dyad_tokens *t, const char *s, size_t a, size_t b,
                    size_t base)
{
    static const char *const clitics[] = { "'s", "'re", "'ve", "'ll", "'d",
                                           "'m", NULL };
    size_t n = b - a;
    /* every clitic starts with ' or ’ (0xE2 ...): most words have neither */
    if (!memchr(s + a, '\'', n) && !memchr(s + a, 0xE2, n))
        return put_word(t, s, a, b, base);
    /* n't (with ' or ’) */
    for (int apos = 1; apos <= 3; apos += 2) {
        size_t L = 2 + (size_t)apos;
        if (n > L && tolower((unsigned char)s[b - L]) == 'n' &&
            tolower((unsigned char)s[b - 1]) == 't' &&
            (apos == 1 ? s[b - 2] == '\'' :
             memcmp(s + b - 4, "\xE2\x80\x99", 3) == 0)) {
            int rc = put_word(t, s, a, b - L, base);
            return rc ? rc : put_token(t, base + b - L, base + b, "n't", 3);
        }
    }
    for (int i = 0; clitics[i]; i++) {
        size_t cl = strlen(clitics[i]) - 1;     /* letters after the ' */
        for (int apos = 1; apos <= 3; apos += 2) {
            size_t L = cl + (size_t)apos;
            if (n <= L) continue;
            int q = apos == 1 ? s[b - L] == '\'' :
                    memcmp(s + b - L, "\xE2\x80\x99", 3) == 0;
            if (q && strncasecmp(s + b - cl, clitics[i] + 1, cl) == 0 &&
                isalnum((unsigned char)s[b - L - 1])) {
                char form[4] = "'";
                memcpy(form + 1, s + b - cl, cl);
                int rc = put_word(t, s, a, b - L, base);
                return rc ? rc : put_token(t, base + b - L, base + b, form, cl + 1);
            }
        }
    }
    return put_word(t, s, a, b, base);
}

/* Split s[a,b) at inner dashes ("--", em/en dash) and emit the pieces. */
static int put_middle(dyad_tokens *t, const char *s, size_t a, size_t b,
                      size_t base)
{
    for (size_t i = a; i < b; i++) {
        const char *form;
        size_t k = 0;
        if (s[i] == '-' && i + 1 < b && s[i + 1] == '-') k = 2;
        else if ((unsigned char)s[i] == 0xE2 && punct_at(s, i, b, 0, &form) == 3 &&
                 strcmp(form, "--") == 0) k = 3;
        if (k && i > a && i + k < b) {
            int rc = put_core(t, s, a, i, base);
            if (!rc) rc = put_token(t, base + i, base + i + k, "--", 2);
            return rc ? rc : put_middle(t, s, i + k, b, base);
        }
    }
    return a < b ? put_core(t, s, a, b, base) : DYAD_OK;
}

/* One whitespace-free chunk s[a,b); last: it ends the text. */
static int put_chunk(dyad_tokens *t, const char *s, size_t a, size_t b,
                     size_t base, int last)
{
    const char *form;
    size_t k;
    int rc;
    while (a < b && (k = punct_at(s, a, b, 1, &form)) > 0) {
        /* '90s and 'em keep their apostrophe */
        if (*form == '`' && form[1] == 0 && a + k < b &&
            isalnum((unsigned char)s[a + k]) && s[a] == '\'' &&
            isdigit((unsigned char)s[a + k])) break;
        if ((*form == '$' || *form == '#') && a + k == b) break;
        if ((rc = put_token(t, base + a, base + a + k, form, strlen(form))))
            return rc;
        a += k;
    }
    /* trailing punctuation, collected right to left */
    size_t tail[16], tlen[16];
    const char *tform[16];
    int nt = 0, extra_dot = 0;
    while (a < b && nt < 16) {
        if (s[b - 1] == '.' && !(b - a >= 3 && s[b - 2] == '.' && s[b - 3] == '.')) {
            if (b - 1 > a && text_abbrev_kind(s + a, b - 1 - a) != ABBR_NONE) {
                extra_dot = last && nt == 0;
                break;
            }
            k = 1;
            tform[nt] = ".";
        } else if ((k = punct_before(s, a, b, &tform[nt])) == 0) {
            break;
        }
        tail[nt] = b - k;
        tlen[nt++] = k;
        b -= k;
    }
    if (a < b && (rc = put_middle(t, s, a, b, base))) return rc;
    if (extra_dot && (rc = put_token(t, base + b - 1, base + b, ".", 1)))
        return rc;
    for (int i = nt - 1; i >= 0; i--)
        if ((rc = put_token(t, base + tail[i], base + tail[i] + tlen[i],
                            tform[i], strlen(tform[i]))))
            return rc;
    return DYAD_OK;
}

int dyad_tokenize(const char *text, size_t len, size_t base, dyad_tokens *toks)
{
    size_t i = 0;
    while (i < len) {
        while (i < len && isspace((unsigned char)text[i])) i++;
        size_t a = i;
        while (i < len && !isspace((unsigned char)text[i])) i++;
        if (i > a) {
            size_t j = i;
            while (j < len && isspace((unsigned char)text[j])) j++;
            int rc = put_chunk(toks, text, a, i, base, j >= len);
            if (rc) return rc;
        }
    }
    return DYAD_OK;
}

void dyad_tokens_free(dyad_tokens *t)
{
    free(t->v);
    free(t->buf);
    memset(t, 0, sizeof *t);
}

char *dyad_tokens_join(const dyad_tokens *t, size_t from, size_t to)
{
    size_t n = 1;
    for (size_t i = from; i < to; i++) n += strlen(t->v[i].form) + 1;
    char *s = malloc(n), *p = s;
    if (!s) return NULL;
    for (size_t i = from; i < to; i++) {
        size_t k = strlen(t->v[i].form);
        if (i > from) *p++ = ' ';
        memcpy(p, t->v[i].form, k);
        p += k;
    }
    *p = 0;
    return s;
}
