/*
 * skipwords.c -- see skipwords.h.
 */
#include <ctype.h>
#include <string.h>

#include "skipwords.h"
#include "tok.h"

/* The listed words, with their class, by first letter: the matcher asks
 * about every word of every sentence, so a word is compared only with the
 * listed words that share its first letter. */
static const char *const skip_by_letter[26][8] = {
    ['A' - 'A'] = { "2A", "2AN" },
    ['B' - 'A'] = { "3BILLION" },
    ['D' - 'A'] = { "3DOZEN", "5DOLLAR", "5DUCAT" },
    ['E' - 'A'] = { "3EIGHT" },
    ['F' - 'A'] = { "2FEW", "3FOUR", "3FIVE" },
    ['H' - 'A'] = { "2HE", "2HER", "2HAS", "2HAD", "2HAVE", "3HUNDRED" },
    ['I' - 'A'] = { "2IT" },
    ['M' - 'A'] = { "3MILLION" },
    ['N' - 'A'] = { "3NINE" },
    ['O' - 'A'] = { "3ONE" },
    ['S' - 'A'] = { "2SOME", "3SIX", "3SEVEN" },
    ['T' - 'A'] = { "2THE", "2THEY", "2THAT", "3THOUSAND", "3TRILLION", "3TWO",
                    "3THREE" },
};

int skipword_kind(const char *w)
{
    if (w[0] == '(' || w[0] == '~')
        return 1;
    if (w[0] >= 'A' && w[0] <= 'Z') {
        const char *const *list = skip_by_letter[w[0] - 'A'];
        for (int i = 0; i < 8 && list[i]; i++)
            if (tok_is(w, list[i] + 1))
                return list[i][0] - '0';
    }
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
