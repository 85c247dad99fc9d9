/*
 * split.c -- sentence boundaries in normalised text.
 *
 * A sentence ends at . ! ? or an ellipsis (plus closing quotes/brackets)
 * followed by white space and a sentence-like start (upper-case letter,
 * digit, opening quote or bracket), unless the word before a '.' is a
 * title abbreviation ("Gen.", "Mr.", "Jan.", an initial "J.") or another
 * abbreviation ("U.S.", "Inc.", "a.m.") not followed by a typical
 * sentence starter ("The", "He", ...), or we are inside parentheses.  A
 * blank line always ends a sentence.  Decimals ("3.5") never match
 * because the '.' is not followed by white space.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text/textint.h"

typedef struct { dyad_span *v; size_t n, cap; } spanvec;

static int push_span(spanvec *sv, const char *t, size_t a, size_t b)
{
    while (a < b && isspace((unsigned char)t[a])) a++;
    while (b > a && isspace((unsigned char)t[b - 1])) b--;
    if (a == b) return DYAD_OK;
    if (sv->n == sv->cap) {
        size_t cap = sv->cap ? sv->cap * 2 : 32;
        dyad_span *v = realloc(sv->v, cap * sizeof *v);
        if (!v) return DYAD_ENOMEM;
        sv->v = v;
        sv->cap = cap;
    }
    sv->v[sv->n++] = (dyad_span){ a, b };
    return DYAD_OK;
}

/* Byte length of a terminal mark at t[i] (. ! ? …), else 0. */
static size_t terminal_at(const char *t, size_t i, size_t len)
{
    if (t[i] == '.' || t[i] == '!' || t[i] == '?') return 1;
    if (i + 2 < len && memcmp(t + i, "\xE2\x80\xA6", 3) == 0) return 3;
    return 0;
}

/* Byte length of a closing quote/bracket at t[i], else 0. */
static size_t closer_at(const char *t, size_t i, size_t len)
{
    if (t[i] == '"' || t[i] == '\'' || t[i] == ')' || t[i] == ']') return 1;
    if (i + 2 < len && (memcmp(t + i, "\xE2\x80\x9D", 3) == 0 ||
                        memcmp(t + i, "\xE2\x80\x99", 3) == 0)) return 3;
    if (i + 1 < len && memcmp(t + i, "\xC2\xBB", 2) == 0) return 2;
    return 0;
}

/* Can a sentence start at t[i]? */
static int starts_sentence(const char *t, size_t i, size_t len)
{
    unsigned char c = (unsigned char)t[i];
    if (isupper(c) || isdigit(c) || c == '"' || c == '(' || c == '[' ||
        c == '\'') return 1;
    if (c < 0x80) return 0;
    utf8proc_int32_t cp;
    if (utf8proc_iterate((const utf8proc_uint8_t *)t + i,
                         (utf8proc_ssize_t)(len - i), &cp) <= 0) return 0;
    return utf8proc_isupper(cp) || cp == 0x201C || cp == 0x2018 ||
           cp == 0xAB || cp == 0xBF || cp == 0xA1;
}

static int is_paragraph_break(const char *t, size_t i, size_t len)
{
    if (t[i] != '\n') return 0;
    for (size_t j = i + 1; j < len; j++) {
        if (t[j] == '\n') return 1;
        if (t[j] != ' ' && t[j] != '\t') return 0;
    }
    return 0;
}

/* The word ending just before the '.' at t[dot] (opening punctuation
 * excluded). */
static void word_before(const char *t, size_t from, size_t dot,
                        size_t *ws)
{
    size_t a = dot;
    while (a > from && !isspace((unsigned char)t[a - 1])) a--;
    while (a < dot && strchr("\"'([`", t[a])) a++;
    *ws = a;
}

/* Does a '.' at t[dot] followed by the word at t[next] end a sentence? */
static int period_ends(const char *t, size_t from, size_t dot, size_t next,
                       size_t len)
{
    size_t ws;
    word_before(t, from, dot, &ws);
    int kind = text_abbrev_kind(t + ws, dot - ws);
    if (kind == ABBR_TITLE) return 0;
    if (kind == ABBR_OTHER) {
        size_t e = next;
        while (e < len && isalpha((unsigned char)t[e])) e++;
        return text_is_sentence_starter(t + next, e - next);
    }
    return 1;
}

/* Can the byte c start a paragraph break, a bracket or a terminal mark?
 * (Most bytes cannot: the splitter skips them at once.) */
static int may_matter(char c)
{
    switch ((unsigned char)c) {
    case '\n': case '(': case ')': case '.': case '!': case '?': case 0xE2:
        return 1;
    default:
        return 0;
    }
}

int dyad_split_sentences(const char *t, size_t len, dyad_span **out,
                         size_t *n)
{
    spanvec sv = {0};
    size_t start = 0;
    int depth = 0, rc = DYAD_OK;
    for (size_t i = 0; i < len && rc == DYAD_OK; i++) {
        if (!may_matter(t[i])) continue;
        if (is_paragraph_break(t, i, len)) {
            rc = push_span(&sv, t, start, i);
            start = i + 1;
            depth = 0;
            continue;
        }
        if (t[i] == '(') depth++;
        else if (t[i] == ')' && depth > 0) depth--;
        size_t k = terminal_at(t, i, len);
        if (!k) continue;
        size_t j = i + k, m;
        int closed_paren = 0;
        while (j < len && ((m = terminal_at(t, j, len)) || (m = closer_at(t, j, len)))) {
            if (t[j] == ')') closed_paren = 1;
            j += m;
        }
        if (j < len && !isspace((unsigned char)t[j])) continue;
        size_t next = j;
        while (next < len && isspace((unsigned char)t[next])) next++;
        if (next >= len) break;
        if (!starts_sentence(t, next, len)) continue;
        if (depth > 0 && !closed_paren) continue;
        if (t[i] == '.' && j == i + 1 && !period_ends(t, start, i, next, len))
            continue;
        rc = push_span(&sv, t, start, j);
        if (closed_paren) depth = 0;
        start = j;
        i = j - 1;
    }
    if (rc == DYAD_OK) rc = push_span(&sv, t, start, len);
    if (rc != DYAD_OK) {
        free(sv.v);
        return rc;
    }
    *out = sv.v;
    *n = sv.n;
    return DYAD_OK;
}
