/*
 * verbs.c -- verb (and event-noun) pattern dictionaries.
 *
 * Reads both generations of the PETRARCH format:
 *
 *   &SYNSET                      a named set; '+' lines below are members
 *   +MEMBER WORDS
 *   --- NAME [code] ---          starts a block; [code] is its default
 *   VERB {IRREGULAR FORMS} [code]
 *   WORD_+VERB_PARTICLE          multi-word verb; '+' marks the verb word
 *   - UPPER WORDS * LOWER WORDS [code]   a pattern ('*' = the verb)
 *
 * Pattern tokens: words, &SYNSET, '+' target, '$' source, '^' skip a noun
 * phrase, '%' compound actor.  '_' joins a token to the previous one (no
 * words may come between), a space allows a gap.  PETRARCH-2's grouping
 * marks "(TO BORDER)" and "{ARMS SHIPMENT}" are read as plain sequences.
 *
 * Function words (THE, A, HAS, numbers, ...) in a sentence never break the
 * adjacency that '_' asks for, but a pattern that names one must find it.
 * Regular verb forms (-S/-ES, -ED/-D, -ING, -IES/-IED) are generated and
 * any forms in braces are added to them.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "util/array.h"

typedef struct tok {
    char text[128];
    int consec;                /* joined to the previous token by '_' */
} tok;

/* Split a pattern or phrase into tokens; '*' is always its own token. */
static int tokenize(const char *s, size_t len, tok *out, int max)
{
    int n = 0, consec = 0;
    size_t i = 0;
    while (i < len && n < max) {
        char c = s[i];
        if (c == ' ' || c == '\t' || c == '(' || c == ')' || c == '{' || c == '}') {
            consec = 0;
            i++;
            continue;
        }
        if (c == '_') {
            consec = n > 0;
            i++;
            continue;
        }
        size_t st = i;
        if (c == '*') {
            i++;
        } else {
            while (i < len && !strchr(" \t_*(){}", s[i]))
                i++;
        }
        size_t l = i - st;
        if (l >= sizeof out[n].text)
            l = sizeof out[n].text - 1;
        for (size_t k = 0; k < l; k++)
            out[n].text[k] = (char)toupper((unsigned char)s[st + k]);
        out[n].text[l] = 0;
        out[n].consec = consec;
        consec = 0;
        n++;
    }
    return n;
}

static int syn_index(const verb_dict *v, const char *name)
{
    void *x = strmap_get(&v->synmap, name);
    return x ? (int)(intptr_t)x - 1 : -1;
}

/* Convert one token to a pattern element; -1 on an unknown synset. */
static int make_elem(dyad_dict *d, verb_dict *v, const tok *t, int consec,
                     pat_elem *e)
{
    memset(e, 0, sizeof *e);
    e->consec = (unsigned char)consec;
    if (!strcmp(t->text, "+"))
        e->kind = PE_TARGET;
    else if (!strcmp(t->text, "$"))
        e->kind = PE_SOURCE;
    else if (!strcmp(t->text, "^"))
        e->kind = PE_SKIPNE;
    else if (!strcmp(t->text, "%"))
        e->kind = PE_COMPOUND;
    else if (t->text[0] == '&') {
        e->kind = PE_SYN;
        e->syn = syn_index(v, t->text);
        if (e->syn < 0)
            return -1;
    } else {
        e->kind = PE_WORD;
        e->word = dict_intern(d, t->text);
    }
    return 0;
}

/* The block patterns and verbs are added to: the last one opened, or the
 * earlier block of the same name it continues (PETRARCH keys patterns on
 * the block's first verb, so same-named blocks share them). */
static verb_block *cur_block(verb_dict *v)
{
    if (!v->nblocks)
        return NULL;
    verb_block *b = &v->blocks[v->nblocks - 1];
    return b->alias >= 0 ? &v->blocks[b->alias] : b;
}

static verb_block *new_block(verb_dict *v, const char *code, const char *file,
                             int line)
{
    if (v->nblocks == v->capblocks) {
        int cap = v->capblocks ? v->capblocks * 2 : 256;
        verb_block *b = realloc(v->blocks, (size_t)cap * sizeof *b);
        if (!b)
            return NULL;
        v->blocks = b;
        v->capblocks = cap;
    }
    verb_block *b = &v->blocks[v->nblocks++];
    memset(b, 0, sizeof *b);
    b->code = code;
    b->file = file;
    b->line = line;
    b->alias = -1;
    return b;
}

/* Extract "[code]" from a line: returns the code (arena copy) or NULL and
 * cuts the line at the '['. */
static const char *cut_code(dyad_dict *d, char *s)
{
    char *lb = strchr(s, '[');
    if (!lb)
        return NULL;
    char *rb = strchr(lb, ']');
    *lb = 0;
    if (!rb)
        return "";
    char *c = lb + 1;
    while (isspace((unsigned char)*c))
        c++;
    size_t n = (size_t)(rb - c);
    while (n && isspace((unsigned char)c[n - 1]))
        n--;
    return arena_strndup(&d->a, c, n);
}

static int add_pattern(dyad_dict *d, verb_dict *v, char *s, const char *code,
                       const char *file, long line)
{
    verb_block *b = cur_block(v);
    if (!b) {
        dict_warn(d, file, line, "pattern before any verb block");
        return 0;
    }
    if (!code || !*code) {
        dict_warn(d, file, line, "pattern without a [code]");
        return 0;
    }
    tok t[64];
    int n = tokenize(s, strlen(s), t, 64), star = -1;
    for (int i = 0; i < n; i++)
        if (!strcmp(t[i].text, "*")) {
            if (star >= 0) {
                dict_warn(d, file, line, "pattern has more than one '*'");
                return 0;
            }
            star = i;
        }
    if (star < 0) {
        dict_warn(d, file, line, "pattern has no '*' (verb position)");
        return 0;
    }
    verb_pattern p = { .code = code, .line = (int)line };
    p.up = arena_alloc(&d->a, (size_t)(star + 1) * sizeof *p.up);
    p.low = arena_alloc(&d->a, (size_t)(n - star) * sizeof *p.low);
    if (!p.up || !p.low)
        return -1;
    /* before the verb, nearest first; an element's connector is the one
     * towards the verb */
    for (int i = star - 1; i >= 0; i--) {
        if (make_elem(d, v, &t[i], t[i + 1].consec, &p.up[p.nup]) != 0)
            goto badsyn;
        p.nup++;
    }
    for (int i = star + 1; i < n; i++) {
        if (make_elem(d, v, &t[i], t[i].consec, &p.low[p.nlow]) != 0)
            goto badsyn;
        p.nlow++;
    }
    for (int i = 0; i < p.nlow; i++)
        if (p.low[i].kind == PE_WORD)
            p.need_low |= word_bit(p.low[i].word);
    for (int i = 0; i < p.nup; i++)
        if (p.up[i].kind == PE_WORD)
            p.need_up |= word_bit(p.up[i].word);
    pat_filter *nf = array_grow(b->filter, b->n, &b->filter_cap, sizeof *b->filter, 4);
    if (nf)
        b->filter = nf;
    verb_pattern *nv = nf ? array_grow(b->pats, b->n, &b->cap, sizeof *b->pats, 4) : NULL;
    if (!nv)
        return -1;
    b->pats = nv;
    int never = p.nlow > MAX_PATTERN_ELEMS || p.nup > MAX_PATTERN_ELEMS ||
                !strcmp(p.code, "+++");
    pat_filter f = { p.need_low, p.need_up, NULL, 0 };
    for (int i = 0; i < p.nlow && !f.anchor; i++)
        if (p.low[i].kind == PE_WORD)
            f = (pat_filter){ p.need_low, p.need_up, p.low[i].word, 1 };
    for (int i = 0; i < p.nup && !f.anchor; i++)
        if (p.up[i].kind == PE_WORD)
            f.anchor = p.up[i].word;
    b->filter[b->n] = never ? (pat_filter){ ~(uint64_t)0, ~(uint64_t)0, NULL, 0 } : f;
    b->pats[b->n++] = p;
    v->npatterns++;
    return 0;
badsyn:
    dict_warn(d, file, line, "pattern uses an undefined synset");
    return 0;
}

/* ------------------------------------------------------------ synsets */

static int add_synset(dyad_dict *d, verb_dict *v, const char *name)
{
    if (v->nsyns == v->capsyns) {
        int cap = v->capsyns ? v->capsyns * 2 : 32;
        synset *s = realloc(v->syns, (size_t)cap * sizeof *s);
        if (!s)
            return -1;
        v->syns = s;
        v->capsyns = cap;
    }
    synset *s = &v->syns[v->nsyns];
    memset(s, 0, sizeof *s);
    s->name = arena_strdup(&d->a, name);
    void **slot = strmap_slot_for(&v->synmap, s->name);
    if (!slot)
        return -1;
    *slot = (void *)(intptr_t)(v->nsyns + 1);   /* redefinition: latest wins */
    return v->nsyns++;
}

static int add_member(dyad_dict *d, verb_dict *v, int syn, const tok *t, int n)
{
    synset *s = &v->syns[syn];
    syn_member *grown = array_grow(s->m, s->n, &s->cap, sizeof *s->m, 4);
    if (!grown)
        return -1;
    s->m = grown;
    syn_member *m = &s->m[s->n];
    m->e = arena_alloc(&d->a, (size_t)n * sizeof *m->e);
    if (!m->e)
        return -1;
    m->n = 0;
    for (int i = 0; i < n; i++)
        if (make_elem(d, v, &t[i], 1, &m->e[m->n]) == 0)
            m->n++;
    if (m->n)
        s->n++;
    return 0;
}

static int is_vowel(char c) { return strchr("AEIOU", c) != NULL; }

/* An upper-case noun made plural in place (room for 2 more bytes):
 * EMBASSY -> EMBASSIES but ENVOY -> ENVOYS, MARCH -> MARCHES. */
static void plural_of(char *w)
{
    size_t n = strlen(w);
    char last = w[n - 1], before = n > 1 ? w[n - 2] : 0;
    if (last == 'Y' && n > 1 && !is_vowel(before))
        strcpy(w + n - 1, "IES");
    else if (strchr("SXZ", last) || (last == 'H' && (before == 'C' || before == 'S')))
        strcat(w, "ES");
    else
        strcat(w, "S");
}

static void synset_member_line(dyad_dict *d, verb_dict *v, int syn, int noplural,
                               const char *s)
{
    tok t[32];
    int n = tokenize(s, strlen(s), t, 32);
    if (n == 0)
        return;
    add_member(d, v, syn, t, n);
    size_t l = strlen(s);
    if (noplural || (l && s[l - 1] == '_') || t[n - 1].text[0] == '&')
        return;
    tok *last = &t[n - 1];
    size_t ll = strlen(last->text);
    if (ll + 3 >= sizeof last->text)
        return;
    plural_of(last->text);
    add_member(d, v, syn, t, n);
}

/* -------------------------------------------------------------- verbs */

static int add_form(dyad_dict *d, verb_dict *v, const char *word,
                    const verb_form *f)
{
    char *key = arena_strdup(&d->a, word);
    if (!key)
        return -1;
    void **slot = strmap_slot_for(&v->forms, key);
    if (!slot)
        return -1;
    verb_form_list *l = *slot;
    if (!l) {
        l = calloc(1, sizeof *l);
        if (!l)
            return -1;
        *slot = l;
    }
    verb_form *nv = array_grow(l->v, l->n, &l->cap, sizeof *l->v, 2);
    if (!nv)
        return -1;
    l->v = nv;
    l->v[l->n++] = *f;
    v->nforms++;
    return 0;
}

/* Regular inflections of an upper-case verb; returns how many were made. */
static int regular_forms(const char *w, char out[4][128])
{
    size_t n = strlen(w);
    if (n == 0 || n > 120)
        return 0;
    char last = w[n - 1];
    if (last == 'Y' && n > 1 && !is_vowel(w[n - 2])) {
        snprintf(out[0], 128, "%.*sIES", (int)(n - 1), w);
        snprintf(out[1], 128, "%.*sIED", (int)(n - 1), w);
        snprintf(out[2], 128, "%sING", w);
        return 3;
    }
    if (strchr("SXZ", last) || (n > 1 && w[n - 2] == 'C' && last == 'H') ||
        (n > 1 && w[n - 2] == 'S' && last == 'H'))
        snprintf(out[0], 128, "%sES", w);
    else
        snprintf(out[0], 128, "%sS", w);
    if (last == 'E') {
        snprintf(out[1], 128, "%sD", w);
        snprintf(out[2], 128, "%.*sING", (int)(n - 1), w);
    } else {
        snprintf(out[1], 128, "%sED", w);
        snprintf(out[2], 128, "%sING", w);
    }
    return 3;
}

/* Store one surface form of a (possibly multi-word) verb: words joined by
 * '_' with the verb word marked by a leading '+'. */
static void store_form(dyad_dict *d, verb_dict *v, const char *form, int block,
                       const char *code, const char *lemma, const char *file,
                       long line)
{
    tok t[16];
    int n = tokenize(form, strlen(form), t, 16), vi = -1;
    for (int i = 0; i < n; i++)
        if (t[i].text[0] == '+' && t[i].text[1]) {
            vi = i;
            memmove(t[i].text, t[i].text + 1, strlen(t[i].text));
        }
    if (vi < 0)
        vi = 0;     /* no '+': the first word is the verb ("LASH_OUT") */
    verb_form f = { .block = block, .code = code, .lemma = lemma };
    f.nbefore = vi;
    f.nafter = n - vi - 1;
    f.before = arena_alloc(&d->a, (size_t)(f.nbefore + 1) * sizeof *f.before);
    f.after = arena_alloc(&d->a, (size_t)(f.nafter + 1) * sizeof *f.after);
    if (!f.before || !f.after)
        return;
    for (int i = 0; i < f.nbefore; i++)
        f.before[i] = arena_strdup(&d->a, t[vi - 1 - i].text);
    for (int i = 0; i < f.nafter; i++)
        f.after[i] = arena_strdup(&d->a, t[vi + 1 + i].text);
    add_form(d, v, t[vi].text, &f);
}

static void add_verb_line(dyad_dict *d, verb_dict *v, char *s, const char *code,
                          const char *file, long line)
{
    verb_block *b = cur_block(v);
    if (!b) {
        dict_warn(d, file, line, "verb before any '--- NAME [code] ---' block");
        return;
    }
    char *brace = strchr(s, '{'), *forms = NULL;
    if (brace) {
        char *close = strchr(brace, '}');
        if (!close) {
            dict_warn(d, file, line, "missing '}'");
            return;
        }
        *close = 0;
        forms = brace + 1;
        *brace = 0;
    }
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        s[--n] = 0;
    if (!n) {
        dict_warn(d, file, line, "verb line without a verb");
        return;
    }
    for (char *q = s; *q; q++)
        *q = (char)toupper((unsigned char)*q);
    const char *lemma = arena_strdup(&d->a, s);
    verb_block *last = &v->blocks[v->nblocks - 1];
    const char *vcode = code && *code ? code : last->code;
    if (!last->name) {
        last->name = lemma;
        void **slot = strmap_slot_for(&v->blockmap, lemma);
        if (slot && *slot)
            last->alias = (int)(intptr_t)*slot - 1;
        else if (slot)
            *slot = (void *)(intptr_t)v->nblocks;
    }
    int block = (int)(cur_block(v) - v->blocks);
    int multi = strchr(s, '_') || strchr(s, ' ');
    store_form(d, v, s, block, vcode, lemma, file, line);
    if (multi) {
        if (!forms) {            /* inflect the '+' word inside the phrase */
            const char *plus = strchr(s, '+');
            if (!plus)
                plus = s;
            else
                plus++;
            size_t vl = strcspn(plus, "_ ");
            char root[128], inf[4][128];
            snprintf(root, sizeof root, "%.*s", (int)vl, plus);
            int k = regular_forms(root, inf);
            for (int i = 0; i < k; i++) {
                char buf[512];
                if (snprintf(buf, sizeof buf, "%.*s%s%s", (int)(plus - s), s,
                             inf[i], plus + vl) >= (int)sizeof buf)
                    continue;
                store_form(d, v, buf, block, vcode, lemma, file, line);
            }
        }
    } else {
        char inf[4][128];
        int k = regular_forms(s, inf);
        for (int i = 0; i < k; i++)
            store_form(d, v, inf[i], block, vcode, lemma, file, line);
    }
    if (forms) {
        char *save = NULL;
        for (char *f = strtok_r(forms, " \t", &save); f; f = strtok_r(NULL, " \t", &save)) {
            for (char *q = f; *q; q++)
                *q = (char)toupper((unsigned char)*q);
            store_form(d, v, f, block, vcode, lemma, file, line);
        }
    }
}

/* First words of each synset's members, so a matcher can reject a word
 * without trying every member. */
static void index_synsets(dyad_dict *d, verb_dict *v)
{
    for (int i = 0; i < v->nsyns; i++) {
        synset *s = &v->syns[i];
        s->first = arena_alloc(&d->a, (size_t)(s->n + 1) * sizeof *s->first);
        s->last = arena_alloc(&d->a, (size_t)(s->n + 1) * sizeof *s->last);
        s->nfirst = s->nlast = 0;
        s->open_first = s->open_last = !s->first || !s->last;
        for (int k = 0; !s->open_first && k < s->n; k++) {
            const syn_member *m = &s->m[k];
            const pat_elem *ends[2] = { &m->e[0], &m->e[m->n - 1] };
            for (int side = 0; side < 2; side++) {
                const pat_elem *e = ends[side];
                const char **set = side ? s->last : s->first;
                int *n = side ? &s->nlast : &s->nfirst;
                if (e->kind != PE_WORD) {
                    *(side ? &s->open_last : &s->open_first) = 1;
                    continue;
                }
                int seen = 0;
                for (int x = 0; x < *n && !seen; x++)
                    seen = set[x] == e->word;
                if (!seen)
                    set[(*n)++] = e->word;
            }
        }
    }
}

int verb_dict_load(dyad_dict *d, verb_dict *v, const char *file, dyad_error *err)
{
    dict_reader r;
    int rc = dict_reader_open(&r, file, err);
    if (rc)
        return rc;
    int syn = -1, noplural = 0;
    char *s;
    while ((s = dict_reader_next(&r))) {
        while (isspace((unsigned char)*s))
            s++;
        if (syn >= 0 && s[0] == '+') {
            synset_member_line(d, v, syn, noplural, s + 1);
            continue;
        }
        syn = -1;
        if (s[0] == '&') {
            char name[128];
            size_t n = strcspn(s, " \t");
            noplural = n > 1 && s[n - 1] == '_';
            snprintf(name, sizeof name, "%.*s", (int)(noplural ? n - 1 : n), s);
            for (char *q = name; *q; q++)
                *q = (char)toupper((unsigned char)*q);
            syn = add_synset(d, v, name);
            if (syn < 0) {
                dict_reader_close(&r);
                return dyad_fail(err, DYAD_ENOMEM, "out of memory");
            }
            continue;
        }
        const char *code = cut_code(d, s);
        if (!strncmp(s, "---", 3)) {
            if (!new_block(v, code && *code ? code : "---", file, (int)r.lineno)) {
                dict_reader_close(&r);
                return dyad_fail(err, DYAD_ENOMEM, "out of memory");
            }
        } else if (s[0] == '-') {
            if (add_pattern(d, v, s + 1, code, file, r.lineno) != 0) {
                dict_reader_close(&r);
                return dyad_fail(err, DYAD_ENOMEM, "out of memory");
            }
        } else {
            add_verb_line(d, v, s, code, file, r.lineno);
        }
    }
    dict_reader_close(&r);
    index_synsets(d, v);
    if (d->nfiles < 64)
        d->files[d->nfiles++] = file;
    return DYAD_OK;
}

const verb_form_list *verb_forms(const verb_dict *v, const char *word)
{
    return strmap_get(&v->forms, word);
}

void verb_dict_free(verb_dict *v)
{
    for (size_t i = 0; i < v->forms.cap; i++) {
        verb_form_list *l = v->forms.slots[i].value;
        if (l) {
            free(l->v);
            free(l);
        }
    }
    strmap_free(&v->forms);
    strmap_free(&v->synmap);
    strmap_free(&v->blockmap);
    for (int i = 0; i < v->nblocks; i++) {
        free(v->blocks[i].pats);
        free(v->blocks[i].filter);
    }
    free(v->blocks);
    for (int i = 0; i < v->nsyns; i++)
        free(v->syns[i].m);
    free(v->syns);
}
