/*
 * skipwords.c -- see skipwords.h.
 */
#include <ctype.h>
#include <string.h>

#include "skipwords.h"

/* The listed words, with their class.  The matcher asks about every word
 * of every sentence for each candidate verb, so the lookup compares first
 * letters before whole words. */
static const struct skipword {
    const char *word;
    int kind;
} skipwords[] = {
    { "THE", 2 }, { "A", 2 }, { "AN", 2 }, { "IT", 2 }, { "HE", 2 },
    { "THEY", 2 }, { "HER", 2 }, { "HAS", 2 }, { "HAD", 2 }, { "HAVE", 2 },
    { "SOME", 2 }, { "FEW", 2 }, { "THAT", 2 },
    { "HUNDRED", 3 }, { "THOUSAND", 3 }, { "MILLION", 3 }, { "BILLION", 3 },
    { "TRILLION", 3 }, { "DOZEN", 3 }, { "ONE", 3 }, { "TWO", 3 },
    { "THREE", 3 }, { "FOUR", 3 }, { "FIVE", 3 }, { "SIX", 3 },
    { "SEVEN", 3 }, { "EIGHT", 3 }, { "NINE", 3 },
    { "DOLLAR", 5 }, { "DUCAT", 5 },
};

int skipword_kind(const char *w)
{
    if (w[0] == '(' || w[0] == '~')
        return 1;
    for (size_t i = 0; i < sizeof skipwords / sizeof *skipwords; i++)
        if (skipwords[i].word[0] == w[0] && !strcmp(w, skipwords[i].word))
            return skipwords[i].kind;
    const char *p = w;
    if (*p == '-' || *p == '+')
        p++;
    if (*p) {
        while (isdigit((unsigned char)*p))
            p++;
        if (!*p)
            return 4;
    }
    return 0;
}
