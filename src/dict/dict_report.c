/*
 * dict_report.c -- tools for people who maintain dictionaries: counts and
 * CAMEO coverage (stats), consistency checks (check) and how dyad reads a
 * phrase (lookup).  These read the loaded dyad_dict; nothing here is on
 * the coding path.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "dict.h"

/* CAMEO region and bloc codes that are three letters long but are not
 * states. */
static const char *const region_codes[] = {
    "AFR", "ASA", "BLK", "BAL", "CAR", "CAS", "CAU", "CFR", "CSA", "EAF",
    "EEU", "EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SAF", "SAM",
    "SAS", "SCN", "SEA", "WAF", "WST", "CEU", "NEU", "SEU", "WEU", "OCE",
    "AME", "MENA", NULL };

static int is_region(const char *code)
{
    for (int i = 0; region_codes[i]; i++)
        if (!strncmp(code, region_codes[i], 3) && strlen(code) == 3)
            return 1;
    return 0;
}

static int is_org_code(const char *c)
{
    return !strncmp(c, "IGO", 3) || !strncmp(c, "IMG", 3) || !strncmp(c, "NGO", 3) ||
           !strncmp(c, "NGM", 3) || !strncmp(c, "MNC", 3) || !strncmp(c, "UIS", 3);
}

static const char *entry_main_code(const actor_entry *e)
{
    for (int i = 0; i < e->n; i++)
        if (e->codes[i].kind == 0)
            return e->codes[i].code;
    return e->n ? e->codes[0].code : NULL;
}

static int entry_is_dated(const actor_entry *e)
{
    for (int i = 0; i < e->n; i++)
        if (e->codes[i].kind)
            return 1;
    return 0;
}

static int file_says(const char *file, const char *what)
{
    const char *slash = strrchr(file, '/');
    return strstr(slash ? slash : file, what) != NULL;
}

/* Does code (pattern or verb code) count for 3-digit CAMEO code c3? */
static int code_counts_for(const char *code, const char *c3)
{
    if (!code)
        return 0;
    /* paired codes count for both halves */
    const char *colon = strchr(code, ':');
    if (colon)
        return !strncmp(code, c3, 3) || !strncmp(colon + 1, c3, 3);
    return !strncmp(code, c3, 3) && (code[3] == 0 || isdigit((unsigned char)code[3]));
}

static long count_block_code(const verb_dict *v, const char *c3)
{
    long n = 0;
    for (int b = 0; b < v->nblocks; b++) {
        const verb_block *blk = &v->blocks[b];
        for (int p = 0; p < blk->n; p++)
            n += code_counts_for(blk->pats[p].code, c3);
    }
    return n;
}

int dyad_dict_get_stats(const dyad_dict *d, dyad_dict_stats *st)
{
    memset(st, 0, sizeof *st);
    const actor_dict *ad = &d->actors;
    strmap countries;
    strmap_init(&countries);
    for (int i = 0; i < ad->n; i++) {
        const actor_entry *e = &ad->entries[i];
        const char *c = entry_main_code(e);
        st->actor_entries++;
        if (!c)
            continue;
        if (entry_is_dated(e)) {
            st->dated_people++;
        } else if (is_org_code(c) || file_says(e->file, "org")) {
            st->organisations++;
        } else if (is_region(c)) {
            st->regions++;
        } else if (strlen(c) == 3 && isupper((unsigned char)c[0])) {
            void **slot = strmap_slot_for(&countries, c);
            if (slot)
                *slot = (void *)1;
        }
    }
    st->countries = (long)countries.n;
    strmap_free(&countries);
    st->actor_phrases = ad->index.count;
    st->agent_phrases = d->agents.count;
    st->discards = d->discards.index.count;
    const verb_dict *vs[2] = { &d->verbs, &d->nouns };
    for (int k = 0; k < 2; k++) {
        st->verb_blocks += vs[k]->nblocks;
        st->verb_forms += vs[k]->nforms;
        st->synsets += vs[k]->nsyns;
    }
    st->verb_patterns = d->verbs.npatterns;
    st->noun_patterns = d->nouns.npatterns;
    for (size_t i = 0; i < dyad_cameo_count(); i++) {
        const char *c = dyad_cameo_at(i)->code;
        if (strlen(c) != 3)
            continue;
        st->cameo3_total++;
        long n = count_block_code(&d->verbs, c) + count_block_code(&d->nouns, c);
        if (n > 0)
            st->cameo3_any++;
        if (n >= 3)
            st->cameo3_covered++;
    }
    return DYAD_OK;
}

/* ------------------------------------------------------------- check */

typedef struct checker {
    const dyad_dict *d;
    dyad_warn_fn warn;
    void *ud;
    long problems;
} checker;

static void problem(checker *ck, const char *file, long line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

static void problem(checker *ck, const char *file, long line, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ck->problems++;
    if (ck->warn)
        ck->warn(ck->ud, file, line, msg);
}

static void phrase_text(const phrase *p, char *out, size_t n)
{
    size_t k = 0;
    out[0] = 0;
    for (int i = 0; i < p->nw && k + 2 < n; i++)
        k += (size_t)snprintf(out + k, n - k, "%s%s", i ? (p->gap[i] ? " " : "_") : "",
                              p->w[i]);
}

static int same_words(const phrase *a, const phrase *b)
{
    if (a->nw != b->nw)
        return 0;
    for (int i = 0; i < a->nw; i++)
        if (strcmp(a->w[i], b->w[i]) != 0)
            return 0;
    return 1;
}

static int codes_equal(const actor_entry *a, const actor_entry *b)
{
    if (a->n != b->n)
        return 0;
    for (int i = 0; i < a->n; i++)
        if (a->codes[i].kind != b->codes[i].kind || a->codes[i].d1 != b->codes[i].d1 ||
            a->codes[i].d2 != b->codes[i].d2 || strcmp(a->codes[i].code, b->codes[i].code))
            return 0;
    return 1;
}

static void check_actor_duplicates(checker *ck)
{
    const actor_dict *ad = &ck->d->actors;
    const strmap *m = &ad->index.by_first;
    for (size_t s = 0; s < m->cap; s++) {
        const phrase_list *l = m->slots[s].value;
        for (int i = 0; l && i < l->n; i++)
            for (int j = i + 1; j < l->n; j++) {
                const phrase *a = l->v[i], *b = l->v[j];
                if (!same_words(a, b) || a->entry == b->entry)
                    continue;
                const actor_entry *ea = &ad->entries[a->entry], *eb = &ad->entries[b->entry];
                char text[256];
                phrase_text(a, text, sizeof text);
                if (codes_equal(ea, eb))
                    problem(ck, eb->file, b->line, "duplicate actor '%s' (also line %d)",
                            text, a->line);
                else
                    problem(ck, eb->file, b->line,
                            "'%s' has conflicting codes (%s here, %s at line %d); "
                            "only the first is used", text, entry_main_code(eb) ?
                            entry_main_code(eb) : "none", entry_main_code(ea) ?
                            entry_main_code(ea) : "none", a->line);
            }
    }
}

static void check_actor_dates(checker *ck)
{
    const actor_dict *ad = &ck->d->actors;
    for (int i = 0; i < ad->n; i++) {
        const actor_entry *e = &ad->entries[i];
        if (e->n == 0)
            problem(ck, e->file, e->line, "actor '%s' has no code", e->name ? e->name : "?");
        for (int a = 0; a < e->n; a++)
            for (int b = a + 1; b < e->n; b++) {
                const actor_code *x = &e->codes[a], *y = &e->codes[b];
                if (x->kind != '-' || y->kind != '-')
                    continue;
                if (x->d1 <= y->d2 && y->d1 <= x->d2 && strcmp(x->code, y->code) != 0)
                    problem(ck, e->file, e->line,
                            "'%s': date ranges overlap (%s %d-%d, %s %d-%d)",
                            e->name ? e->name : "?", x->code, x->d1, x->d2, y->code,
                            y->d1, y->d2);
            }
    }
}

static int elem_eq(const pat_elem *a, const pat_elem *b)
{
    return a->kind == b->kind && a->consec == b->consec && a->syn == b->syn &&
           ((!a->word && !b->word) || (a->word && b->word && !strcmp(a->word, b->word)));
}

static int pattern_eq(const verb_pattern *a, const verb_pattern *b)
{
    if (a->nlow != b->nlow || a->nup != b->nup)
        return 0;
    for (int i = 0; i < a->nlow; i++)
        if (!elem_eq(&a->low[i], &b->low[i]))
            return 0;
    for (int i = 0; i < a->nup; i++)
        if (!elem_eq(&a->up[i], &b->up[i]))
            return 0;
    return 1;
}

static int cameo_code_ok(const char *code)
{
    if (!strcmp(code, "---"))
        return 1;
    char buf[16];
    snprintf(buf, sizeof buf, "%s", code);
    char *colon = strchr(buf, ':');
    if (colon) {
        *colon = 0;
        return dyad_cameo_lookup(buf) && dyad_cameo_lookup(colon + 1);
    }
    return dyad_cameo_lookup(buf) != NULL;
}

static void check_verbs(checker *ck, const verb_dict *v, int cameo_only)
{
    for (int b = 0; b < v->nblocks; b++) {
        const verb_block *blk = &v->blocks[b];
        if (cameo_only && !cameo_code_ok(blk->code))
            problem(ck, blk->file, blk->line, "block code [%s] is not a CAMEO code",
                    blk->code);
        for (int p = 0; p < blk->n; p++) {
            const verb_pattern *pat = &blk->pats[p];
            if (cameo_only && !cameo_code_ok(pat->code))
                problem(ck, blk->file, pat->line, "unknown code [%s]", pat->code);
            for (int q = 0; q < p; q++) {
                if (!pattern_eq(&blk->pats[q], pat))
                    continue;
                if (strcmp(blk->pats[q].code, pat->code) != 0)
                    problem(ck, blk->file, pat->line,
                            "pattern conflicts with line %d ([%s] vs [%s]); this one "
                            "is unreachable", blk->pats[q].line, pat->code,
                            blk->pats[q].code);
                else
                    problem(ck, blk->file, pat->line,
                            "duplicate of the pattern at line %d", blk->pats[q].line);
                break;
            }
            for (int i = 0; i < pat->nlow + pat->nup; i++) {
                const pat_elem *e = i < pat->nlow ? &pat->low[i] : &pat->up[i - pat->nlow];
                if (e->kind == PE_SYN && v->syns[e->syn].n == 0)
                    problem(ck, blk->file, pat->line,
                            "pattern is unreachable: synset %s is empty",
                            v->syns[e->syn].name);
            }
        }
    }
}

long dyad_dict_check(const dyad_dict *d, int cameo_only, dyad_warn_fn warn, void *ud)
{
    checker ck = { d, warn, ud, 0 };
    check_actor_duplicates(&ck);
    check_actor_dates(&ck);
    check_verbs(&ck, &d->verbs, cameo_only);
    check_verbs(&ck, &d->nouns, cameo_only);
    return ck.problems;
}

/* ------------------------------------------------------------ lookup */

/* Upper-case ASCII words of text, accents folded ("Nicolás" -> NICOLAS),
 * possessive 's split off, punctuation dropped. */
int dyad_fold_words(const char *text, char *buf, size_t buflen, const char **words,
                    int max)
{
    utf8proc_uint8_t *folded = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)text, 0, &folded,
                                      UTF8PROC_NULLTERM | UTF8PROC_STABLE |
                                      UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK);
    const char *src = n >= 0 ? (const char *)folded : text;
    size_t k = 0;
    int nw = 0, inword = 0;
    for (const char *p = src; *p && k + 3 < buflen; p++) {
        unsigned char ch = (unsigned char)*p;
        int wordch = isalnum(ch) || ch == '-' || ch == '.' || ch == '\'' || ch >= 0x80;
        if (ch == '\'' && (p[1] == 's' || p[1] == 'S') && !isalnum((unsigned char)p[2])) {
            if (inword) {
                buf[k++] = 0;
                inword = 0;
            }
            continue;           /* possessive: dropped, as in an NE */
        }
        if (wordch && !(ch == '.' && !isalnum((unsigned char)p[1]) && inword &&
                        !(k >= 2 && buf[k - 2] == '.'))) {
            if (!inword) {
                if (nw == max)
                    break;
                words[nw++] = buf + k;
                inword = 1;
            }
            buf[k++] = (char)toupper(ch);
        } else if (inword) {
            buf[k++] = 0;
            inword = 0;
        }
    }
    buf[k] = 0;
    free(folded);
    return nw;
}

int dyad_dict_lookup(const dyad_dict *d, const char *text, const char *date, FILE *out)
{
    char buf[4096];
    const char *w[256];
    int n = dyad_fold_words(text, buf, sizeof buf, w, 256);
    int day = 0;
    for (const char *p = date; p && *p; p++)
        if (isdigit((unsigned char)*p))
            day = day * 10 + (*p - '0');
    fprintf(out, "words:");
    for (int i = 0; i < n; i++)
        fprintf(out, " %s", w[i]);
    fprintf(out, "\n");
    for (int k = 0; k < n; k++) {
        const phrase_list *l = phrase_index_get(&d->actors.index, w[k]);
        for (int i = 0; l && i < l->n; i++) {
            const phrase *p = l->v[i];
            int j = 1;
            while (j < p->nw && k + j < n && !strcmp(w[k + j], p->w[j]))
                j++;
            if (j < p->nw)
                continue;
            const actor_entry *e = &d->actors.entries[p->entry];
            char text2[256];
            phrase_text(p, text2, sizeof text2);
            const char *c = actor_entry_code(e, day);
            fprintf(out, "actor  %-28s -> %-10s (%s:%d", text2, c ? c : "none",
                     e->file, p->line);
            for (int x = 0; x < e->n; x++) {
                const actor_code *ac = &e->codes[x];
                if (ac->kind == '-')
                    fprintf(out, "; %s %d-%d", ac->code, ac->d1, ac->d2);
                else if (ac->kind)
                    fprintf(out, "; %s %c%d", ac->code, ac->kind, ac->d1);
                else
                    fprintf(out, "; %s", ac->code);
            }
            fprintf(out, ")\n");
            break;
        }
        l = phrase_index_get(&d->agents, w[k]);
        for (int i = 0; l && i < l->n; i++) {
            char text2[256];
            phrase_text(l->v[i], text2, sizeof text2);
            if (l->v[i]->nw == 1 || (k + 1 < n && !strcmp(w[k + 1], l->v[i]->w[1]))) {
                fprintf(out, "agent  %-28s -> %s\n", text2, l->v[i]->code);
                break;
            }
        }
        const verb_dict *vs[2] = { &d->verbs, &d->nouns };
        for (int v = 0; v < 2; v++) {
            const verb_form_list *fl = verb_forms(vs[v], w[k]);
            if (fl) {
                const verb_form *f = &fl->v[fl->n - 1];
                fprintf(out, "%s   %-28s -> [%s] block %s (%s:%d)\n", v ? "noun" : "verb",
                        w[k], f->code, vs[v]->blocks[f->block].name,
                        vs[v]->blocks[f->block].file, vs[v]->blocks[f->block].line);
            }
        }
    }
    char code[DYAD_CODE_MAX];
    const char *c = actor_code_for_phrase(d, w, n, day, code, sizeof code, NULL);
    fprintf(out, "as a noun phrase on %s: %s\n", date && *date ? date : "any date",
            c ? c : "no actor");
    return DYAD_OK;
}
