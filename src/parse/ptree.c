/*
 * ptree.c -- reading Penn-treebank bracketings; see ptree.h.
 *
 * The reader is a single left-to-right pass with an explicit stack, so
 * deep or long inputs cost linear time and bounded memory.  Balance is
 * checked first, the way PETRARCH reports "bad_input_parse", so a broken
 * tree is rejected before any node is built.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "ptree.h"

static int push_node(ptree *t, arena *a)
{
    if (t->n == t->cap) {
        int cap = t->cap ? t->cap * 2 : 64;
        ptree_node *v = arena_alloc(a, (size_t)cap * sizeof *v);
        if (!v)
            return -1;
        if (t->n)
            memcpy(v, t->node, (size_t)t->n * sizeof *v);
        t->node = v;
        t->cap = cap;
    }
    ptree_node *nd = &t->node[t->n];
    nd->label = "";
    nd->word = NULL;
    nd->parent = nd->first_child = nd->next_sibling = nd->last_child = -1;
    return t->n++;
}

/* Upper-case copy of a token; accents are folded ("Nicolás" ->
 * NICOLAS) so text matches dictionaries written in ASCII.  ASCII tokens
 * (nearly all) are copied and upper-cased in one pass; ASCII letters only
 * change, as toupper() does in the C locale. */
static const char *upper_token(arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    size_t i = 0;
    for (; i < n; i++) {
        char c = s[i];
        if ((unsigned char)c >= 0x80)
            break;
        p[i] = c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
    }
    p[i] = '\0';
    if (i == n)
        return p;
    utf8proc_uint8_t *folded = NULL;
    utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n,
                                      &folded, UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                      UTF8PROC_STRIPMARK);
    char *q = m >= 0 ? arena_strndup(a, (const char *)folded, (size_t)m)
                     : arena_strndup(a, s, n);
    free(folded);
    if (q)
        for (char *r = q; *r; r++)
            if (*r >= 'a' && *r <= 'z')
                *r = (char)(*r - 'a' + 'A');
    return q;
}

/* isspace() of the C locale, without the locale lookup per byte. */
static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static void link_child(ptree *t, int parent, int child)
{
    t->node[child].parent = parent;
    if (parent < 0)
        return;
    ptree_node *p = &t->node[parent];
    if (p->last_child < 0)
        p->first_child = child;
    else
        t->node[p->last_child].next_sibling = child;
    p->last_child = child;
}

static int is_delim(char c)
{
    return c == '(' || c == ')' || is_space(c) || c == 0;
}

int ptree_parse(ptree *t, const char *text, arena *a, char *why, size_t whylen)
{
    long open = 0, close = 0;
    for (const char *p = text; *p; p++) {
        if (*p == '(')
            open++;
        else if (*p == ')')
            close++;
    }
    t->node = NULL;
    t->n = t->cap = 0;
    if (open == 0) {
        snprintf(why, whylen, "empty parse tree");
        return -1;
    }
    if (open != close) {
        snprintf(why, whylen, "unbalanced parse tree: %ld '(' vs %ld ')'",
                 open, close);
        return -1;
    }
    if (open > PTREE_MAX_NODES) {
        snprintf(why, whylen, "parse tree too large (%ld nodes)", open);
        return -1;
    }
    int stack[PTREE_MAX_DEPTH];
    int depth = 0;
    const char *p = text;
    while (*p) {
        if (is_space(*p)) {
            p++;
        } else if (*p == '(') {
            p++;
            while (is_space(*p))
                p++;
            const char *s = p;
            while (!is_delim(*p))
                p++;
            int id = push_node(t, a);
            if (id < 0)
                goto oom;
            t->node[id].label = upper_token(a, s, (size_t)(p - s));
            if (!t->node[id].label)
                goto oom;
            link_child(t, depth ? stack[depth - 1] : -1, id);
            if (depth == 0 && id != 0) {
                snprintf(why, whylen, "more than one tree in the parse");
                return -1;
            }
            if (depth == PTREE_MAX_DEPTH) {
                snprintf(why, whylen, "parse tree nested too deeply");
                return -1;
            }
            stack[depth++] = id;
        } else if (*p == ')') {
            if (depth == 0) {
                snprintf(why, whylen, "unbalanced parse tree: ')' before '('");
                return -1;
            }
            depth--;
            p++;
        } else {
            const char *s = p;
            while (!is_delim(*p))
                p++;
            if (depth == 0) {
                snprintf(why, whylen, "word outside the tree");
                return -1;
            }
            ptree_node *nd = &t->node[stack[depth - 1]];
            if (nd->first_child >= 0 || nd->word) {
                /* a second word under one tag: make it its own leaf */
                int id = push_node(t, a);
                if (id < 0)
                    goto oom;
                t->node[id].label = t->node[stack[depth - 1]].label;
                t->node[id].word = upper_token(a, s, (size_t)(p - s));
                link_child(t, stack[depth - 1], id);
            } else {
                nd->word = upper_token(a, s, (size_t)(p - s));
                if (!nd->word)
                    goto oom;
            }
        }
    }
    if (depth != 0) {
        snprintf(why, whylen, "unbalanced parse tree");
        return -1;
    }
    return 0;
oom:
    snprintf(why, whylen, "out of memory");
    return -1;
}

void ptree_begin(ptree *t)
{
    t->node = NULL;
    t->n = t->cap = 0;
}

/* A node under parent with label stored as given (NULL: no memory). */
static int add_node(ptree *t, arena *a, int parent, const char *label,
                    const char *word)
{
    if (t->n >= PTREE_MAX_NODES || !label)
        return -1;
    int id = push_node(t, a);
    if (id < 0)
        return -1;
    ptree_node *nd = &t->node[id];
    nd->label = label;
    if (word && !(nd->word = upper_token(a, word, strlen(word))))
        return -1;
    link_child(t, parent, id);
    return id;
}

int ptree_add(ptree *t, arena *a, int parent, const char *label, const char *word)
{
    return add_node(t, a, parent, upper_token(a, label, strlen(label)), word);
}

int ptree_add_literal(ptree *t, arena *a, int parent, const char *label,
                      const char *word)
{
    return add_node(t, a, parent, label, word);
}

int ptree_subtree_end(const ptree *t, int i)
{
    /* preorder: the subtree ends where the next node outside it begins */
    int j = i;
    while (j >= 0 && t->node[j].next_sibling < 0)
        j = t->node[j].parent;
    return j < 0 ? t->n : t->node[j].next_sibling;
}

int ptree_has_label_prefix(const ptree *t, int i, const char *prefix, int strict)
{
    size_t n = strlen(prefix);
    int end = ptree_subtree_end(t, i);
    for (int j = strict ? i + 1 : i; j < end; j++)
        if (strncmp(t->node[j].label, prefix, n) == 0)
            return 1;
    return 0;
}
