/*
 * tok.h -- comparing a ParseList token with a literal.
 *
 * The coder asks "is this token (NE / ~VP / SAID / ..." many times per
 * token of every sentence.  A libc strcmp call per question showed up as
 * the largest single cost of coding in profiles; these inline versions
 * compare the few bytes of the literal in place.  Use them only with a
 * string literal (or other short string) as the second argument.
 */
#ifndef DYAD_TOK_H
#define DYAD_TOK_H

#include <string.h>

/* Is tok exactly lit? */
static inline int tok_is(const char *tok, const char *lit)
{
    while (*lit)
        if (*tok++ != *lit++)
            return 0;
    return *tok == '\0';
}

/* Does tok start with lit? */
static inline int tok_has_prefix(const char *tok, const char *lit)
{
    while (*lit)
        if (*tok++ != *lit++)
            return 0;
    return 1;
}

/* Is tok one of the literals of list (NULL-terminated)? */
static inline int tok_in(const char *tok, const char *const *list)
{
    for (; *list; list++)
        if (tok_is(tok, *list))
            return 1;
    return 0;
}

/* Does tok start with one of the literals of list (NULL-terminated)?
 * Codes and their parts: is "IGOAFRAU" an IGO's, is "REB" an armed role. */
static inline int tok_prefix_in(const char *tok, const char *const *list)
{
    for (; *list; list++)
        if (tok_has_prefix(tok, *list))
            return 1;
    return 0;
}

/* Does text (may be NULL) contain one of the literals of list? */
static inline int text_has_any(const char *text, const char *const *list)
{
    for (; text && *list; list++)
        if (strstr(text, *list))
            return 1;
    return 0;
}

#endif
