/*
 * abbrev.c -- the word tests of the sentence splitter, tokeniser and date
 * finder: abbreviations, sentence starters, month and weekday names.  The
 * lists themselves are in lexicon.c.
 */
#include <ctype.h>
#include <string.h>

#include "text/textint.h"

int text_abbrev_kind(const char *w, size_t n)
{
    if (n == 0) return ABBR_NONE;
    /* strip a hyphenated prefix: "anti-U.S" */
    const char *dash = memchr(w, '-', n);
    while (dash) {
        n -= (size_t)(dash + 1 - w);
        w = dash + 1;
        dash = memchr(w, '-', n);
    }
    if (n == 1 && isupper((unsigned char)w[0])) return ABBR_TITLE; /* J. */
    const text_lex *e = text_lex_find(w, n);
    if (e && (e->cls & LX_TITLE)) return ABBR_TITLE;
    if (e && (e->cls & LX_ABBR)) return ABBR_OTHER;
    /* letter-dot sequences: U.S, U.K, a.m, e.g, D.C */
    if (n >= 3 && memchr(w, '.', n)) {
        for (size_t i = 0; i < n; i++) {
            int letter = isalpha((unsigned char)w[i]) != 0;
            if ((i % 2 == 0) != letter) return ABBR_NONE;
            if (i % 2 == 1 && w[i] != '.') return ABBR_NONE;
        }
        return ABBR_OTHER;
    }
    return ABBR_NONE;
}

int text_is_sentence_starter(const char *w, size_t n)
{
    if (n == 0 || !isupper((unsigned char)w[0])) return 0;
    const text_lex *e = text_lex_find(w, n);
    return e && (e->cls & LX_STARTER);
}

/* Is c (any case) among the letters in mask (bit 0 = 'a')? */
static int initial_in(char c, unsigned long mask)
{
    unsigned k = (unsigned)((unsigned char)c | 0x20) - 'a';
    return k < 26 && (mask >> k & 1);
}
#define BIT(c) (1ul << ((c) - 'a'))

/* A month name or three-letter abbreviation, with or without a final '.'
 * ("June", "Jun.", "Sept"). */
int text_month(const char *w)
{
    if (!initial_in(w[0], BIT('a') | BIT('d') | BIT('f') | BIT('j') | BIT('m') |
                         BIT('n') | BIT('o') | BIT('s')))
        return 0;                          /* most words: no month */
    size_t n = 0;
    while (n <= LX_MAXLEN + 1 && w[n]) n++;
    if (n && w[n - 1] == '.') n--;
    if (n < 3) return 0;
    const text_lex *e = text_lex_find(w, n);
    return e ? e->month : 0;
}

int text_weekday(const char *w)
{
    if (!initial_in(w[0], BIT('f') | BIT('m') | BIT('s') | BIT('t') | BIT('w')))
        return -1;                         /* most words: no weekday */
    const text_lex *e = text_lex_of(w);
    return e && e->wday ? e->wday - 1 : -1;
}
