/*
 * skipwords.c -- see skipwords.h.
 */
#include <ctype.h>
#include <string.h>

#include "skipwords.h"

static int in_list(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (!strcmp(w, *list))
            return 1;
    return 0;
}

int skipword_kind(const char *w)
{
    static const char *const function_words[] = {
        "THE", "A", "AN", "IT", "HE", "THEY", "HER", "HAS", "HAD", "HAVE",
        "SOME", "FEW", "THAT", NULL };
    static const char *const number_words[] = {
        "HUNDRED", "THOUSAND", "MILLION", "BILLION", "TRILLION", "DOZEN",
        "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT",
        "NINE", NULL };
    static const char *const units[] = { "DOLLAR", "DUCAT", NULL };
    if (w[0] == '(' || w[0] == '~')
        return 1;
    if (in_list(w, function_words))
        return 2;
    if (in_list(w, number_words))
        return 3;
    if (in_list(w, units))
        return 5;
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
