/*
 * shallow.c -- a flat Penn-style tree from tokens and heuristic tags.
 *
 * The fallback when link-grammar finds no parse: noun groups become NP,
 * a preposition plus its noun group PP, the first verb group opens a VP
 * that takes the rest of the clause, so the coder still sees subject,
 * verb and objects.  The result is always balanced:
 *   (ROOT (S (NP ..) (VP (VBD ..) (NP ..) (PP (IN ..) (NP ..))) (. .)))
 */
#include <stdlib.h>
#include <string.h>

#include "text/textint.h"

typedef text_buf sbuf;

static void sb_put(sbuf *b, const char *s)
{
    text_buf_puts(b, s);
}

/* "(TAG word)" with brackets inside words made safe. */
static void sb_leaf(sbuf *b, const char *tag, const char *w)
{
    sb_put(b, " (");
    sb_put(b, tag);
    sb_put(b, " ");
    for (const char *p = w; *p; p++) {
        char c[2] = { *p, 0 };
        sb_put(b, *p == '(' ? "-LRB-" : *p == ')' ? "-RRB-" : c);
    }
    sb_put(b, ")");
}

static int np_tag(const char *t)
{
    return t[0] == 'N' || t[0] == 'J' || !strcmp(t, "DT") || !strcmp(t, "PRP$") ||
           !strcmp(t, "CD") || !strcmp(t, "POS") || !strcmp(t, "PRP") ||
           !strcmp(t, "$") || !strcmp(t, "#") || !strcmp(t, "EX") ||
           !strcmp(t, "WP$");
}

static int verb_tag(const char *t)
{
    return t[0] == 'V' || !strcmp(t, "MD");
}

/* Emit the chunk starting at i; returns the index after it. */
static size_t chunk(sbuf *b, char **w, const char **tag, size_t n, size_t i)
{
    size_t j = i;
    if (np_tag(tag[i])) {
        while (j < n && np_tag(tag[j])) j++;
        int adj = j == i + 1 && tag[i][0] == 'J';
        sb_put(b, adj ? " (ADJP" : " (NP");
        for (size_t k = i; k < j; k++) sb_leaf(b, tag[k], w[k]);
        sb_put(b, ")");
        return j;
    }
    if (!strcmp(tag[i], "IN") || (!strcmp(tag[i], "TO") && i + 1 < n && !verb_tag(tag[i + 1]))) {
        sb_put(b, " (PP");
        sb_leaf(b, tag[i], w[i]);
        j = i + 1;
        if (j < n && np_tag(tag[j])) j = chunk(b, w, tag, n, j);
        sb_put(b, ")");
        return j;
    }
    if (!strcmp(tag[i], "RB")) {
        sb_put(b, " (ADVP");
        sb_leaf(b, tag[i], w[i]);
        sb_put(b, ")");
        return i + 1;
    }
    sb_leaf(b, tag[i], w[i]);
    return i + 1;
}

char *dyad_shallow_tree(const char *tokens)
{
    char *copy = strdup(tokens ? tokens : "");
    size_t n = 0, cap = 16;
    char **w = malloc(cap * sizeof *w);
    const char **tag = NULL;
    sbuf b = {0};
    if (!copy || !w) goto fail;
    for (char *s = strtok(copy, " \t\n"); s; s = strtok(NULL, " \t\n")) {
        if (n == cap) {
            char **v = realloc(w, (cap *= 2) * sizeof *w);
            if (!v) goto fail;
            w = v;
        }
        w[n++] = s;
    }
    if (!(tag = malloc((n ? n : 1) * sizeof *tag))) goto fail;
    for (size_t i = 0; i < n; i++) tag[i] = dyad_pos_guess((const char *const *)w, n, i);
    size_t end = n;                     /* final punctuation stays outside VP */
    while (end > 0 && !strcmp(tag[end - 1], ".")) end--;
    while (end > 0 && !strcmp(tag[end - 1], "''")) end--;
    sb_put(&b, "(ROOT (S");
    size_t i = 0;
    while (i < end && !verb_tag(tag[i])) i = chunk(&b, w, tag, end, i);
    if (i < end) {
        sb_put(&b, " (VP");
        while (i < end && (verb_tag(tag[i]) || !strcmp(tag[i], "RB") ||
                           (!strcmp(tag[i], "TO") && i + 1 < end && verb_tag(tag[i + 1]))))
            sb_leaf(&b, tag[i], w[i]), i++;
        while (i < end) i = chunk(&b, w, tag, end, i);
        sb_put(&b, ")");
    }
    for (; i < n; i++) sb_leaf(&b, tag[i], w[i]);
    if (n == 0) sb_put(&b, " (NP (NN -NONE-))");
    sb_put(&b, "))");
    if (b.oom) goto fail;
    free(copy);
    free(w);
    free(tag);
    return b.p;
fail:
    free(copy);
    free(w);
    free(tag);
    free(b.p);
    return NULL;
}
