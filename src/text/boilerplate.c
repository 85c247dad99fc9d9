/*
 * boilerplate.c -- drop the web-page debris that scraped articles carry
 * ("Share.", "Leave A Reply", "Exit mobile version", "Sign up ..."), one
 * line at a time.  Only short lines are candidates, so a real sentence
 * that happens to start with "Subscribe" survives when it is long.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "text/textint.h"

/* Whole-line matches (case-insensitive, trailing punctuation ignored). */
static const char *const exact[] = {
    "share", "share this", "share this article", "share this story",
    "leave a reply", "leave a comment", "exit mobile version", "sign up",
    "subscribe", "advertisement", "advertisements", "print", "email",
    "e-mail", "tweet", "facebook", "twitter", "whatsapp", "linkedin",
    "telegram", "reddit", "pinterest", "read more", "related",
    "related posts", "related articles", "related stories", "comments",
    "previous article", "next article", "previous post", "next post",
    "skip to content", "menu", "search", "close", "back to top",
    "continue reading", "you may also like", "more stories",
    "cancel reply", "reply", "tags", "share via", "copy link", NULL
};
/* Prefixes of short boilerplate lines. */
static const char *const prefixes[] = {
    "share on ", "sign up ", "subscribe to ", "subscribe for ",
    "click here", "follow us", "copyright ", "\xC2\xA9", "all rights reserved",
    "read more:", "related:", "this article was", "we use cookies",
    "by continuing to", "your email address will not", NULL
};

static int is_boilerplate(const char *s, size_t n)
{
    while (n && isspace((unsigned char)*s)) { s++; n--; }
    while (n && (isspace((unsigned char)s[n - 1]) || strchr(".:!|>", s[n - 1])))
        n--;
    if (n == 0 || n > 100) return 0;
    for (int i = 0; exact[i]; i++)
        if (strlen(exact[i]) == n && strncasecmp(s, exact[i], n) == 0) return 1;
    for (int i = 0; prefixes[i]; i++) {
        size_t k = strlen(prefixes[i]);
        if (n >= k && strncasecmp(s, prefixes[i], k) == 0) return 1;
    }
    return 0;
}

size_t text_drop_boilerplate(char *s, size_t len)
{
    size_t r = 0, w = 0;
    while (r < len) {
        const char *nl = memchr(s + r, '\n', len - r);
        size_t e = nl ? (size_t)(nl - s) + 1 : len;
        if (!is_boilerplate(s + r, e - r - (nl ? 1 : 0))) {
            memmove(s + w, s + r, e - r);
            w += e - r;
        }
        r = e;
    }
    /* drop trailing white space left behind */
    while (w && isspace((unsigned char)s[w - 1])) w--;
    s[w] = 0;
    return w;
}
