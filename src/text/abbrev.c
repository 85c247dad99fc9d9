/*
 * abbrev.c -- small word lists of the sentence splitter, tokeniser and
 * date finder: abbreviations, sentence starters, month and weekday names.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "text/textint.h"

int text_eq(const char *w, size_t n, const char *s)
{
    return strlen(s) == n && strncasecmp(w, s, n) == 0;
}

static int in_list(const char *w, size_t n, const char *const *list)
{
    for (; *list; list++)
        if (text_eq(w, n, *list)) return 1;
    return 0;
}

/* Titles and words that are followed by a name or number. */
static const char *const titles[] = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt",
    "Cmdr", "Adm", "Sgt", "Cpl", "Pvt", "Brig", "Gov", "Sen", "Rep", "Rev",
    "Hon", "Pres", "Amb", "Supt", "Insp", "Fr", "Sr", "St", "Mt", "Ft",
    "No", "Nos", "Vol", "Art", "Fig", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "vs", "v", "approx",
    "cf", "ca", "Gens", "Messrs", "Dept", NULL
};
/* Abbreviations that may also end a sentence. */
static const char *const others[] = {
    "Inc", "Corp", "Ltd", "Co", "Jr", "Bros", "etc", "Assn", "Univ",
    "Ave", "Blvd", "Rd", NULL
};

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
    if (in_list(w, n, titles)) return ABBR_TITLE;
    if (in_list(w, n, others)) return ABBR_OTHER;
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

static const char *const starters[] = {
    "The", "A", "An", "In", "On", "At", "It", "Its", "He", "She", "They",
    "We", "I", "You", "This", "That", "These", "Those", "But", "And", "Or",
    "So", "Yet", "As", "If", "When", "While", "After", "Before", "Since",
    "However", "Meanwhile", "Moreover", "Both", "Such", "His", "Her",
    "Their", "Our", "There", "Here", "Some", "Many", "Most", "All", "No",
    "Not", "What", "Who", "Why", "How", "Where", "For", "With", "By",
    "Although", "Though", "Together", "Despite", "According", "Under",
    "Later", "Earlier", "Last", "Also", "Now", "Then", "Still", NULL
};

int text_is_sentence_starter(const char *w, size_t n)
{
    return n > 0 && isupper((unsigned char)w[0]) && in_list(w, n, starters);
}

static const char *const months[] = {
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december"
};

int text_month(const char *w)
{
    size_t n = strlen(w);
    if (n && w[n - 1] == '.') n--;
    if (n < 3) return 0;
    for (int m = 0; m < 12; m++) {
        if (text_eq(w, n, months[m])) return m + 1;
        if (n == 3 && strncasecmp(w, months[m], 3) == 0 && m != 4) return m + 1;
    }
    if (text_eq(w, n, "sept")) return 9;
    return 0;
}

static const char *const weekdays[] = {
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday"
};

int text_weekday(const char *w)
{
    size_t n = strlen(w);
    for (int d = 0; d < 7; d++)
        if (text_eq(w, n, weekdays[d])) return d;
    return -1;
}
