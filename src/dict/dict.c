/*
 * dict.c -- the dyad_dict object and what every dictionary loader shares:
 * line reading with PETRARCH's comment rules, phrases, dates, warnings.
 *
 * Comment rules (PETRARCH-compatible): a line starting with '#' or '<!' is
 * a comment; "<!-- ... -->" may span lines; '#' ends the useful part of a
 * line.  Blank lines are skipped.  A malformed line is reported through
 * the warn callback as "file:line: fault" and the loaders go on.
 */
#include <ctype.h>
#include <dirent.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "util/array.h"

dyad_dict *dyad_dict_new(void)
{
    dyad_dict *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    arena_init(&d->a, 1 << 20);
    strmap_init(&d->actors.index.by_first);
    strmap_init(&d->agents.by_first);
    strmap_init(&d->discards.index.by_first);
    strmap_init(&d->places.index.by_first);
    strmap_init(&d->vocab);
    strmap_init(&d->verbs.forms);
    strmap_init(&d->verbs.synmap);
    strmap_init(&d->verbs.blockmap);
    strmap_init(&d->nouns.blockmap);
    strmap_init(&d->nouns.forms);
    strmap_init(&d->nouns.synmap);
    d->warn = dyad_warn_stderr;
    return d;
}

static void phrase_index_free(phrase_index *ix)
{
    for (size_t i = 0; i < ix->by_first.cap; i++) {
        phrase_list *l = ix->by_first.slots[i].value;
        if (l) {
            free(l->v);
            free(l);
        }
    }
    strmap_free(&ix->by_first);
}

void dyad_dict_free(dyad_dict *d)
{
    if (!d)
        return;
    phrase_index_free(&d->actors.index);
    phrase_index_free(&d->agents);
    phrase_index_free(&d->discards.index);
    phrase_index_free(&d->places.index);
    strmap_free(&d->vocab);
    free(d->places.v);
    for (int i = 0; i < d->actors.n; i++)
        free(d->actors.entries[i].codes);
    free(d->actors.entries);
    verb_dict_free(&d->verbs);
    verb_dict_free(&d->nouns);
    arena_free(&d->a);
    free(d);
}

void dyad_dict_set_warn(dyad_dict *d, dyad_warn_fn fn, void *ud)
{
    d->warn = fn;
    d->warn_ud = ud;
}

long dyad_dict_warning_count(const dyad_dict *d) { return d->warnings; }

void dict_warn(dyad_dict *d, const char *file, long line, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    d->warnings++;
    if (d->warn)
        d->warn(d->warn_ud, file, line, msg);
}

/* ------------------------------------------------------------ reading */

int dict_reader_open(dict_reader *r, const char *path, dyad_error *err)
{
    memset(r, 0, sizeof *r);
    r->path = path;
    r->f = fopen(path, "rb");
    if (!r->f)
        return dyad_fail(err, DYAD_EIO, "%s: cannot open dictionary", path);
    return DYAD_OK;
}

void dict_reader_close(dict_reader *r)
{
    if (r->f)
        fclose(r->f);
    free(r->buf);
    r->f = NULL;
    r->buf = NULL;
}

static void rtrim(char *s)
{
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        s[--n] = 0;
}

char *dict_reader_next(dict_reader *r)
{
    ssize_t len;
    while ((len = getline(&r->buf, &r->cap, r->f)) >= 0) {
        r->lineno++;
        char *s = r->buf;
        if (r->lineno == 1 && (unsigned char)s[0] == 0xEF &&
            (unsigned char)s[1] == 0xBB && (unsigned char)s[2] == 0xBF)
            s += 3;                     /* UTF-8 byte order mark */
        if (memchr(s, 0, (size_t)len - (size_t)(s - r->buf)))
            continue;                   /* binary junk: skip the line */
        if (r->in_comment) {
            char *end = strstr(s, "-->");
            if (!end)
                continue;
            r->in_comment = 0;
            s = end + 3;
        }
        char *open = strstr(s, "<!--");
        if (open) {
            char *end = strstr(open + 4, "-->");
            if (end)
                memmove(open, end + 3, strlen(end + 3) + 1);
            else {
                *open = 0;
                r->in_comment = 1;
            }
        }
        const char *t = s;
        while (isspace((unsigned char)*t))
            t++;
        if (*t == '#' || (t[0] == '<' && t[1] == '!'))
            continue;
        /* '#' starts a comment, except inside a [code] ("[###]") */
        int in_code = 0;
        for (char *h = s; *h; h++) {
            if (*h == '[')
                in_code = 1;
            else if (*h == ']')
                in_code = 0;
            else if (*h == '#' && !in_code) {
                *h = 0;
                break;
            }
        }
        rtrim(s);
        for (t = s; isspace((unsigned char)*t); t++)
            ;
        if (*t)
            return s;
    }
    return NULL;
}

/* ------------------------------------------------------------ phrases */

int dict_parse_phrase(dyad_dict *d, const char *s, size_t len, phrase *p)
{
    const char *w[64];
    size_t wl[64];
    unsigned char gap[64];
    int n = 0;
    size_t i = 0;
    unsigned char next_gap = 1;
    while (i < len && n < 64) {
        while (i < len && (s[i] == ' ' || s[i] == '\t'))
            i++, next_gap = 1;
        if (i < len && s[i] == '_') {
            i++;
            continue;
        }
        size_t st = i;
        while (i < len && s[i] != ' ' && s[i] != '\t' && s[i] != '_')
            i++;
        if (i > st) {
            w[n] = s + st;
            wl[n] = i - st;
            gap[n] = next_gap;
            n++;
        }
        next_gap = 1;
        if (i < len && s[i] == '_') {
            next_gap = 0;
            i++;
        }
    }
    if (n == 0)
        return -1;
    p->w = arena_alloc(&d->a, (size_t)n * sizeof *p->w);
    p->gap = arena_alloc(&d->a, (size_t)n);
    if (!p->w || !p->gap)
        return -1;
    for (int k = 0; k < n; k++) {
        char *cp = arena_strndup(&d->a, w[k], wl[k]);
        if (!cp)
            return -1;
        for (char *q = cp; *q; q++)
            *q = (char)toupper((unsigned char)*q);
        p->w[k] = cp;
        p->gap[k] = gap[k];
    }
    p->nw = n;
    return 0;
}

static int phrase_longer(const phrase *a, const phrase *b)
{
    return a->nw > b->nw;
}

int phrase_index_add(arena *a, phrase_index *ix, phrase *p)
{
    void **slot = strmap_slot_for(&ix->by_first, p->w[0]);
    if (!slot)
        return -1;
    phrase_list *l = *slot;
    if (!l) {
        l = calloc(1, sizeof *l);
        if (!l)
            return -1;
        *slot = l;
    }
    phrase **v = array_grow(l->v, l->n, &l->cap, sizeof *l->v, 2);
    if (!v)
        return -1;
    l->v = v;
    /* keep longest first, file order among equals (stable insertion) */
    int k = l->n;
    while (k > 0 && phrase_longer(p, l->v[k - 1])) {
        l->v[k] = l->v[k - 1];
        k--;
    }
    l->v[k] = p;
    l->n++;
    ix->count++;
    (void)a;
    return 0;
}

const char *dict_intern(dyad_dict *d, const char *w)
{
    const char *have = strmap_get(&d->vocab, w);
    if (have)
        return have;
    char *copy = arena_strdup(&d->a, w);
    void **slot = copy ? strmap_slot_for(&d->vocab, copy) : NULL;
    if (!slot)
        return copy;
    *slot = copy;
    return copy;
}

const char *dict_vocab(const dyad_dict *d, const char *w)
{
    return strmap_get(&d->vocab, w);
}

const phrase_list *phrase_index_get(const phrase_index *ix, const char *word)
{
    return strmap_get(&ix->by_first, word);
}

/* -------------------------------------------------------------- dates */

static int days_in_month(int y, int m)
{
    static const int dm[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dm[m - 1];
}

int dict_parse_date(const char *s, size_t len, int *out)
{
    if (len != 6 && len != 8)
        return -1;
    for (size_t i = 0; i < len; i++)
        if (!isdigit((unsigned char)s[i]))
            return -1;
    int y, m, dd;
    if (len == 8) {
        y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
        s += 4;
    } else {
        y = (s[0] - '0') * 10 + (s[1] - '0');
        y += y <= 30 ? 2000 : 1900;
        s += 2;
    }
    m = (s[0] - '0') * 10 + (s[1] - '0');
    dd = (s[2] - '0') * 10 + (s[3] - '0');
    if (m < 1 || m > 12 || dd < 1 || dd > days_in_month(y, m))
        return -1;
    *out = y * 10000 + m * 100 + dd;
    return 0;
}

/* ----------------------------------------------------- default set */

static int has_suffix(const char *s, const char *suf)
{
    size_t n = strlen(s), k = strlen(suf);
    return n >= k && strcmp(s + n - k, suf) == 0;
}

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int dyad_dict_load_dir(dyad_dict *d, const char *dir, dyad_error *err)
{
    DIR *dp = opendir(dir);
    if (!dp)
        return dyad_fail(err, DYAD_EIO, "%s: cannot open dictionary folder", dir);
    char *names[256];
    int n = 0;
    struct dirent *de;
    while ((de = readdir(dp)) && n < 256)
        if (de->d_name[0] != '.' && has_suffix(de->d_name, ".txt"))
            names[n++] = strdup(de->d_name);
    closedir(dp);
    qsort(names, (size_t)n, sizeof *names, name_cmp);
    int rc = DYAD_OK, found = 0;
    for (int i = 0; i < n && rc == DYAD_OK; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        const char *nm = names[i];
        if (has_suffix(nm, ".actors.txt"))
            rc = dyad_dict_load_actors(d, path, err), found++;
        else if (has_suffix(nm, ".agents.txt"))
            rc = dyad_dict_load_agents(d, path, err), found++;
        else if (has_suffix(nm, ".discards.txt"))
            rc = dyad_dict_load_discards(d, path, err), found++;
        else if (has_suffix(nm, ".places.txt"))
            rc = dyad_dict_load_places(d, path, err), found++;
        else if (has_suffix(nm, ".verbs.txt"))
            rc = dyad_dict_load_verbs(d, path, err), found++;
        else if (has_suffix(nm, ".nouns.txt")) {
            const char *file = arena_strdup(&d->a, path);
            rc = verb_dict_load(d, &d->nouns, file, err), found++;
        }
    }
    for (int i = 0; i < n; i++)
        free(names[i]);
    if (rc == DYAD_OK && !found)
        return dyad_fail(err, DYAD_ENOTFOUND, "%s: no dictionaries found", dir);
    return rc;
}

int dyad_dict_load_verbs(dyad_dict *d, const char *path, dyad_error *err)
{
    const char *file = arena_strdup(&d->a, path);
    if (!file)
        return dyad_fail(err, DYAD_ENOMEM, "out of memory");
    return verb_dict_load(d, &d->verbs, file, err);
}
