/*
 * actors.c -- actor and agent dictionaries: loading and phrase lookup.
 *
 * Actor file format (PETRARCH/TABARI):
 *     PRIMARY_PHRASE [CODE] [CODE >YYYYMMDD] ...
 *     +SYNONYM
 *         [CODE YYYYMMDD-YYYYMMDD]      (indented: a dated code)
 * Synonyms and indented codes belong to the entry above.  A code applies
 * always, before ('<') or after ('>') a date, or within a range ('-'); the
 * first restricted code whose condition holds wins, else the last
 * unrestricted one.  Dates are YYYYMMDD or YYMMDD.
 *
 * Agent file format:
 *     !PERSON! = MAN, MEN, WOMAN        (substitution set)
 *     PHRASE {PLURAL} [~CODE]           ("~CODE" suffix, "CODE~" prefix)
 * Regular plurals are generated unless {} is given.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "util/strcopy.h"
#include "util/array.h"

/* ----------------------------------------------------------- actors */

static actor_entry *new_entry(dyad_dict *d, const char *file, int line)
{
    actor_dict *ad = &d->actors;
    actor_entry *v = array_grow(ad->entries, ad->n, &ad->cap, sizeof *v, 1024);
    if (!v)
        return NULL;
    ad->entries = v;
    actor_entry *e = &ad->entries[ad->n++];
    memset(e, 0, sizeof *e);
    e->file = file;
    e->line = line;
    return e;
}

static int entry_add_code(actor_entry *e, const actor_code *c)
{
    actor_code *v = array_grow(e->codes, e->n, &e->cap, sizeof *v, 2);
    if (!v)
        return -1;
    e->codes = v;
    e->codes[e->n++] = *c;
    return 0;
}

/* Parse the inside of one "[...]": "CODE", "CODE <D", "CODE >D",
 * "CODE D-D".  Returns 0 or -1 with a reason. */
static int parse_actor_code(dyad_dict *d, const char *s, size_t len,
                            actor_code *out, const char **why)
{
    while (len && isspace((unsigned char)*s))
        s++, len--;
    while (len && isspace((unsigned char)s[len - 1]))
        len--;
    size_t k = 0;
    while (k < len && !isspace((unsigned char)s[k]))
        k++;
    if (k == 0) {
        *why = "empty code";
        return -1;
    }
    memset(out, 0, sizeof *out);
    out->code = arena_strndup(&d->a, s, k);
    if (!out->code) {
        *why = "out of memory";
        return -1;
    }
    if (isdigit((unsigned char)s[0])) {
        *why = "code missing before date";
        return -1;
    }
    const char *r = s + k;
    size_t rl = len - k;
    while (rl && isspace((unsigned char)*r))
        r++, rl--;
    if (rl == 0)
        return 0;
    if (*r == '<' || *r == '>') {
        out->kind = *r;
        r++, rl--;
        while (rl && isspace((unsigned char)*r))
            r++, rl--;
        if (dict_parse_date(r, rl, &out->d1) != 0) {
            *why = "bad date in restriction";
            return -1;
        }
        return 0;
    }
    const char *dash = memchr(r, '-', rl);
    if (!dash) {
        *why = "bad date restriction (expected <D, >D or D-D)";
        return -1;
    }
    size_t l1 = (size_t)(dash - r), l2 = rl - l1 - 1;
    const char *r2 = dash + 1;
    while (l1 && isspace((unsigned char)r[l1 - 1]))
        l1--;
    while (l2 && isspace((unsigned char)*r2))
        r2++, l2--;
    if (dict_parse_date(r, l1, &out->d1) != 0 ||
        dict_parse_date(r2, l2, &out->d2) != 0) {
        *why = "bad date in range";
        return -1;
    }
    if (out->d2 < out->d1) {
        *why = "range ends before it starts";
        return -1;
    }
    out->kind = '-';
    return 0;
}

/* Read every "[...]" on a line into entry e. */
static void add_bracket_codes(dyad_dict *d, actor_entry *e, const char *s,
                              const char *file, long line)
{
    const char *p = s;
    while ((p = strchr(p, '['))) {
        const char *q = strchr(p, ']');
        if (!q) {
            dict_warn(d, file, line, "missing ']'");
            return;
        }
        actor_code c;
        const char *why = NULL;
        if (parse_actor_code(d, p + 1, (size_t)(q - p - 1), &c, &why) != 0)
            dict_warn(d, file, line, "%s: [%.*s]", why, (int)(q - p - 1), p + 1);
        else if (entry_add_code(e, &c) != 0)
            dict_warn(d, file, line, "out of memory");
        p = q + 1;
    }
}

static int add_actor_phrase(dyad_dict *d, const char *s, size_t len, int entry,
                            int line)
{
    phrase *p = arena_alloc(&d->a, sizeof *p);
    if (!p || dict_parse_phrase(d, s, len, p) != 0)
        return -1;
    p->entry = entry;
    p->code = NULL;
    p->line = line;
    return phrase_index_add(&d->a, &d->actors.index, p);
}

static size_t phrase_len(const char *s)
{
    size_t n = strcspn(s, "[;");
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    return n;
}

int dyad_dict_load_actors(dyad_dict *d, const char *path, dyad_error *err)
{
    dict_reader r;
    int rc = dict_reader_open(&r, path, err);
    if (rc)
        return rc;
    const char *file = arena_strdup(&d->a, path);
    int cur = -1;
    char *s;
    while ((s = dict_reader_next(&r))) {
        if (strstr(s, "---STOP---"))
            break;
        if (isspace((unsigned char)s[0])) {          /* dated code line */
            while (isspace((unsigned char)*s))
                s++;
            if (*s != '[') {
                dict_warn(d, file, r.lineno, "indented line is not a [code]");
                continue;
            }
            if (cur < 0) {
                dict_warn(d, file, r.lineno, "code line before any actor");
                continue;
            }
            add_bracket_codes(d, &d->actors.entries[cur], s, file, r.lineno);
            continue;
        }
        if (s[0] == '+') {
            if (cur < 0) {
                dict_warn(d, file, r.lineno, "synonym before any actor");
                continue;
            }
            if (add_actor_phrase(d, s + 1, phrase_len(s + 1), cur, (int)r.lineno))
                dict_warn(d, file, r.lineno, "empty synonym");
            continue;
        }
        if (s[0] == '[') {
            dict_warn(d, file, r.lineno, "code without a phrase");
            continue;
        }
        actor_entry *e = new_entry(d, file, (int)r.lineno);
        if (!e) {
            dict_reader_close(&r);
            return dyad_fail(err, DYAD_ENOMEM, "out of memory");
        }
        cur = d->actors.n - 1;
        size_t n = phrase_len(s);
        e->name = arena_strndup(&d->a, s, n);
        if (add_actor_phrase(d, s, n, cur, (int)r.lineno) != 0) {
            dict_warn(d, file, r.lineno, "actor line without a phrase");
            continue;
        }
        add_bracket_codes(d, e, s + n, file, r.lineno);
    }
    if (ferror(r.f))
        rc = dyad_fail(err, DYAD_EIO, "%s: read error", path);
    dict_reader_close(&r);
    if (d->nfiles < 64)
        d->files[d->nfiles++] = file;
    return rc;
}

/* Entry e's undated code (its fallback outside every dated range), or NULL. */
static const char *actor_entry_fallback(const actor_entry *e)
{
    const char *fallback = NULL;
    for (int i = 0; i < e->n; i++)
        if (e->codes[i].kind == 0)
            fallback = e->codes[i].code;
    return fallback;
}

const char *actor_entry_code(const actor_entry *e, int date)
{
    if (date <= 0) {
        /* date unknown: the code in force last (news is mostly recent),
         * then the undated default */
        const char *best = NULL;
        int best_end = -1;
        for (int i = 0; i < e->n; i++) {
            const actor_code *c = &e->codes[i];
            int end = c->kind == '>' ? 99999999 : c->kind == '-' ? c->d2 : -1;
            if (end > best_end) {
                best_end = end;
                best = c->code;
            }
        }
        if (best)
            return best;
    }
    for (int i = 0; i < e->n; i++) {
        const actor_code *c = &e->codes[i];
        if ((c->kind == '<' && date <= c->d1) ||
            (c->kind == '>' && date >= c->d1) ||
            (c->kind == '-' && date >= c->d1 && date <= c->d2))
            return c->code;
    }
    return actor_entry_fallback(e);
}

/* ----------------------------------------------------------- agents */

static void make_plural(const char *s, char *out, size_t outlen)
{
    size_t n = strlen(s);
    if (n && s[n - 1] == 'Y')
        snprintf(out, outlen, "%.*sIES", (int)(n - 1), s);
    else if (n && s[n - 1] == 'S')
        snprintf(out, outlen, "%sES", s);
    else
        snprintf(out, outlen, "%sS", s);
}

static int add_agent_phrase(dyad_dict *d, const char *s, const char *code, int line)
{
    phrase *p = arena_alloc(&d->a, sizeof *p);
    if (!p || dict_parse_phrase(d, s, strlen(s), p) != 0)
        return -1;
    p->code = code;
    p->entry = -1;
    p->line = line;
    return phrase_index_add(&d->a, &d->agents, p);
}

typedef struct subst_set {
    char name[64];
    char *items[32];
    int n;
} subst_set;

static void define_subst(subst_set *sets, int *nsets, const char *s)
{
    const char *a = strchr(s, '!'), *b = a ? strchr(a + 1, '!') : NULL;
    const char *eq = b ? strchr(b, '=') : NULL;
    if (!eq || *nsets >= 32)
        return;
    subst_set *ss = &sets[(*nsets)++];
    snprintf(ss->name, sizeof ss->name, "%.*s", (int)(b - a - 1), a + 1);
    ss->n = 0;
    char *list = strdup(eq + 1), *save = NULL;
    for (char *tok = strtok_r(list, ",", &save); tok && ss->n < 32;
         tok = strtok_r(NULL, ",", &save)) {
        while (isspace((unsigned char)*tok))
            tok++;
        size_t n = strlen(tok);
        while (n && isspace((unsigned char)tok[n - 1]))
            tok[--n] = 0;
        if (n)
            ss->items[ss->n++] = strdup(tok);
    }
    free(list);
}

static void load_agent_line(dyad_dict *d, subst_set *sets, int nsets,
                            char *s, const char *file, long line)
{
    char *lb = strchr(s, '['), *rb = lb ? strchr(lb, ']') : NULL;
    if (!lb || !rb) {
        dict_warn(d, file, line, "agent without a [code]");
        return;
    }
    char codebuf[64];
    const char *c = lb + 1;
    while (isspace((unsigned char)*c))
        c++;
    size_t cl = (size_t)(rb - c);
    while (cl && isspace((unsigned char)c[cl - 1]))
        cl--;
    if (cl == 0 || cl >= sizeof codebuf || !strchr(c, '~') ||
        (c[0] != '~' && c[cl - 1] != '~')) {
        dict_warn(d, file, line, "agent code must be [~CODE] or [CODE~]");
        return;
    }
    snprintf(codebuf, sizeof codebuf, "%.*s", (int)cl, c);
    const char *code = arena_strdup(&d->a, codebuf);
    *lb = 0;
    char *body = s;
    while (isspace((unsigned char)*body))
        body++;
    char *bang = strchr(body, '!');
    if (bang) {                                   /* substitution marker */
        char *bang2 = strchr(bang + 1, '!');
        if (!bang2) {
            dict_warn(d, file, line, "substitution marker without closing '!'");
            return;
        }
        char name[64];
        snprintf(name, sizeof name, "%.*s", (int)(bang2 - bang - 1), bang + 1);
        for (int i = 0; i < nsets; i++) {
            if (strcmp(sets[i].name, name) != 0)
                continue;
            for (int k = 0; k < sets[i].n; k++) {
                char buf[512];
                char *end = body + strlen(body);
                while (end > body && isspace((unsigned char)end[-1]))
                    end--;
                snprintf(buf, sizeof buf, "%.*s%s%.*s", (int)(bang - body), body,
                         sets[i].items[k], (int)(end - bang2 - 1), bang2 + 1);
                add_agent_phrase(d, buf, code, (int)line);
            }
            return;
        }
        dict_warn(d, file, line, "substitution set !%s! is not defined", name);
        return;
    }
    char *brace = strchr(body, '{');
    char plural[512] = "";
    int want_plural = 1;
    if (brace) {
        char *close = strchr(brace, '}');
        if (!close) {
            dict_warn(d, file, line, "missing '}'");
            return;
        }
        snprintf(plural, sizeof plural, "%.*s", (int)(close - brace - 1), brace + 1);
        *brace = 0;
        want_plural = 0;
    }
    size_t n = strlen(body);
    while (n && isspace((unsigned char)body[n - 1]))
        body[--n] = 0;
    if (!n) {
        dict_warn(d, file, line, "agent code without a phrase");
        return;
    }
    for (char *q = body; *q; q++)
        *q = (char)toupper((unsigned char)*q);
    add_agent_phrase(d, body, code, (int)line);
    if (want_plural)
        make_plural(body, plural, sizeof plural);
    char *pl = plural;
    while (isspace((unsigned char)*pl))
        pl++;
    if (*pl)
        add_agent_phrase(d, pl, code, (int)line);
}

int dyad_dict_load_agents(dyad_dict *d, const char *path, dyad_error *err)
{
    dict_reader r;
    int rc = dict_reader_open(&r, path, err);
    if (rc)
        return rc;
    const char *file = arena_strdup(&d->a, path);
    subst_set sets[32];
    int nsets = 0;
    char *s;
    while ((s = dict_reader_next(&r))) {
        if (strchr(s, '!') && strchr(s, '=') && !strchr(s, '['))
            define_subst(sets, &nsets, s);
        else
            load_agent_line(d, sets, nsets, s, file, r.lineno);
    }
    for (int i = 0; i < nsets; i++)
        for (int k = 0; k < sets[i].n; k++)
            free(sets[i].items[k]);
    dict_reader_close(&r);
    if (d->nfiles < 64)
        d->files[d->nfiles++] = file;
    return DYAD_OK;
}

/* ----------------------------------------------------------- lookup */

/* Does phrase p match words starting at k?  Returns words consumed or 0. */
static int phrase_match_at(const phrase *p, const char *const *words, int n, int k)
{
    int pos = k + 1;
    for (int i = 1; i < p->nw; i++) {
        if (p->gap[i]) {
            while (pos < n && strcmp(words[pos], p->w[i]) != 0)
                pos++;
        }
        /* the first letters first: most phrases sharing a first word
         * differ at once ("UNITED NATIONS", "UNITED STATES") */
        if (pos >= n || words[pos][0] != p->w[i][0] || strcmp(words[pos], p->w[i]) != 0)
            return 0;
        pos++;
    }
    return pos - k;
}

static const phrase *longest_match(const phrase_index *ix, const char *const *words,
                                   int n, int k, int *len)
{
    const phrase_list *l = phrase_index_get(ix, words[k]);
    if (!l)
        return NULL;
    for (int i = 0; i < l->n; i++) {
        int m = phrase_match_at(l->v[i], words, n, k);
        if (m > 0) {
            *len = m;
            return l->v[i];
        }
    }
    return NULL;
}

/* Append or prepend agent code agc unless the actor code already holds it
 * at a 3-character boundary (PETRARCH's duplicate rule).  Returns 0 when
 * it was a duplicate (which stops further agents, as in PETRARCH). */
static int compose_agent(char *code, size_t cap, const char *agent)
{
    char agc[64];
    size_t al = strlen(agent);
    int suffix = agent[0] == '~';
    str_copy_n(agc, sizeof agc, suffix ? agent + 1 : agent, al - 1);
    size_t gl = strlen(agc), cl = strlen(code);
    for (size_t k = 0; gl && k + gl <= cl; k += 3)
        if (strncmp(code + k, agc, gl) == 0)
            return 0;
    if (cl + gl + 1 > cap)
        return 0;
    if (suffix) {
        memcpy(code + cl, agc, gl + 1);
    } else {
        memmove(code + gl, code, cl + 1);
        memcpy(code, agc, gl);
    }
    return 1;
}

static int phrase_covers(const phrase_index *ix, const char *const *words, int n, int k)
{
    for (int j = 0; j <= k; j++) {
        int len = 0;
        if (longest_match(ix, words, n, j, &len) && j + len > k)
            return 1;
    }
    return 0;
}

int actor_phrase_covers(const dyad_dict *d, const char *const *words, int n, int k)
{
    return phrase_covers(&d->actors.index, words, n, k);
}

int agent_phrase_covers(const dyad_dict *d, const char *const *words, int n, int k)
{
    return phrase_covers(&d->agents, words, n, k);
}

const char *actor_code_for_phrase(const dyad_dict *d, const char *const *words,
                                  int n, int date, char *out, size_t outlen,
                                  int *person)
{
    return actor_code_for_phrase_ex(d, words, n, date, out, outlen, person, 0);
}

/* Does the phrase give its person an office of government now
 * ("President", "Foreign Minister" among its agents) -- not a past or
 * future one ("former Panamanian President", "President-elect")? */
static int titled_in_office(const char *const *words, int n, const char *const *agents,
                            int nag)
{
    static const char *const not_now[] = { "FORMER", "EX", "LATE", "ELECT", "THEN",
                                           "WOULD-BE", NULL };
    for (int k = 0; k < n; k++) {
        const char *dash = strrchr(words[k], '-');
        if (!strncmp(words[k], "EX-", 3))
            return 0;
        for (int i = 0; not_now[i]; i++)
            if (!strcmp(words[k], not_now[i]) || (dash && !strcmp(dash + 1, not_now[i])))
                return 0;
    }
    for (int i = 0; i < nag; i++)
        if (!strcmp(agents[i], "~GOV"))
            return 1;
    return 0;
}

/* code's state (its first three letters) with role, in buf; code itself
 * when it is an organisation's (IGOUNO stays IGOUNO). */
static const char *state_role(const char *code, const char *role, char *buf, size_t len)
{
    static const char *const orgs[] = { "IGO", "IMG", "NGO", "NGM", "MNC", NULL };
    for (int i = 0; orgs[i]; i++)
        if (!strncmp(code, orgs[i], 3))
            return code;
    snprintf(buf, len, "%.3s%s", code, role);
    return buf;
}

/* Is entry e's code on date a state's code (3 letters) followed by a role? */
static int actor_entry_extends(const actor_entry *e, int date, const char *state)
{
    const char *c = actor_entry_code(e, date);
    return c && strlen(c) > 3 && !strncmp(c, state, 3);
}

/* Is w the plural of another name of actor entry ("INDONESIANS" beside
 * "INDONESIAN")?  Such a word names the people, not the state. */
static int plural_demonym(const dyad_dict *d, const char *w, int entry)
{
    size_t n = strlen(w);
    char one[64];
    if (n < 5 || n >= sizeof one || w[n - 1] != 'S')
        return 0;
    memcpy(one, w, n - 1);
    one[n - 1] = '\0';
    const char *ws[1] = { one };
    int len = 0;
    const phrase *p = longest_match(&d->actors.index, ws, 1, 0, &len);
    return p && p->entry == entry;
}

int actor_demonym_ending(const char *w)
{
    static const char *const ends[] = { "AN", "ESE", "ISH", "I", "CH", NULL };
    size_t n = strlen(w);
    for (int i = 0; ends[i]; i++) {
        size_t e = strlen(ends[i]);
        if (n > e + 2 && !strcmp(w + n - e, ends[i]))
            return 1;
    }
    return 0;
}

/* Is w a count: A, AN, ONE ... TEN or digits ("one Canadian", "3 Britons")? */
static int count_word(const char *w)
{
    static const char *const counts[] = { "A", "AN", "ONE", "TWO", "THREE", "FOUR", "FIVE",
        "SIX", "SEVEN", "EIGHT", "NINE", "TEN", NULL };
    for (int i = 0; counts[i]; i++)
        if (!strcmp(w, counts[i]))
            return 1;
    return w[0] >= '0' && w[0] <= '9' && strspn(w, "0123456789,") == strlen(w);
}

/* Is w a multitude ("thousands of Rohingya", "hundreds of Uyghurs")? */
static int multitude_word(const char *w)
{
    static const char *const many[] = { "DOZENS", "HUNDREDS", "THOUSANDS", "MILLIONS",
                                        "TENS", NULL };
    for (int i = 0; many[i]; i++)
        if (!strcmp(w, many[i]))
            return 1;
    return 0;
}

/* Does the one-word match at words[k] (of actor entry) name people, not
 * the state: "thousands of Indonesians", "one Canadian", "tens of
 * thousands of Rohingya", "hundreds of young Togolese"?  ("The
 * Indonesians" are the side.) */
static int demonym_names_people(const dyad_dict *d, const char *const *words, int n, int k,
                                int entry)
{
    if (k > 0 && !strcmp(words[k - 1], "THE"))
        return 0;
    if (plural_demonym(d, words[k], entry))
        return 1;
    if (k != n - 1)
        return 0;
    return (k > 0 && count_word(words[k - 1]) && actor_demonym_ending(words[k])) ||
           (k > 1 && !strcmp(words[k - 1], "OF") && multitude_word(words[k - 2])) ||
           (k > 2 && !strcmp(words[k - 2], "OF") && multitude_word(words[k - 3]));
}

/* Does a one-word person match at words[k] go on into another name: two
 * or more words to the phrase's end that no actor or agent entry knows
 * ("ASSAD AHMAD BARAKAT")?  Then the word is that other person's name. */
static int other_name_follows(const dyad_dict *d, const char *const *words, int n, int k,
                              int len)
{
    if (len != 1 || n - (k + 1) < 2)
        return 0;
    for (int x = k + 1; x < n; x++) {
        int l = 0;
        if (longest_match(&d->actors.index, words, n, x, &l) ||
            longest_match(&d->agents, words, n, x, &l))
            return 0;
        if (!isalpha((unsigned char)words[x][0]))
            return 0;
    }
    return 1;
}

/* Is the word before a one-word person match at words[k] another
 * person's given name ("BETSSY CHAVEZ" is not Hugo Chavez)?  It is when no
 * actor or agent entry covers it and it is no word at all: not a word of
 * grammar and not one WordNet knows ("FORMER", "LATE", "GENERAL" are). */
static int other_name_precedes(const dyad_dict *d, const char *const *words, int n, int k,
                               int len)
{
    static const char *const grammar[] = { "THE", "A", "AN", "AND", "OR", "NOR", "BUT", "OF",
        "WITH", "FOR", "TO", "FROM", "INTO", "UPON", "THAN", "ITS", "HIS", "HER", "THEIR",
        "OUR", "WHOSE", "WHICH", "WHO", "THAT", "THIS", "MR", "MRS", "MS", "DR", NULL };
    if (len != 1 || k < 1)
        return 0;
    const char *w = words[k - 1];
    for (const char *c = w; *c; c++)
        if (!isalpha((unsigned char)*c))
            return 0;
    for (int i = 0; grammar[i]; i++)
        if (!strcmp(w, grammar[i]))
            return 0;
    if (phrase_covers(&d->actors.index, words, n, k - 1) ||
        phrase_covers(&d->agents, words, n, k - 1))
        return 0;
    return !wordnet_knows(w);
}

const char *actor_code_for_phrase_ex(const dyad_dict *d, const char *const *words,
                                     int n, int date, char *out, size_t outlen,
                                     int *person, int flags)
{
    int is_person = 0;
    if (!person)
        person = &is_person;
    if (person)
        *person = 0;
    /* the first person named gives the code, else the first actor ("Saudi
     * Crown Prince Mohammed bin Salman" is the prince's, SAUGOV, not
     * Saudi Arabia's); the words of every actor named are no agents
     * ("Foreign Minister Qin Gang" has no gang) */
    unsigned char in_actor[64] = { 0 };
    const char *code = NULL;
    int people = 0;          /* the code came from a plural demonym */
    int code_end = -1;       /* the word after the phrase that gave code */
    int fallback_code = 0;   /* code is its entry's undated fallback */
    int code_start = -1;     /* the first word of the phrase that gave code */
    int people_of = 0;       /* "supporters of" a person: their people */
    char role_buf[16];
    for (int k = 0; k < n; k++) {
        int len = 0;
        const phrase *p = longest_match(&d->actors.index, words, n, k, &len);
        if (!p)
            continue;
        for (int x = k; x < k + len && x < 64; x++)
            in_actor[x] = 1;
        const actor_entry *e = &d->actors.entries[p->entry];
        int names_person = 0;
        for (int x = 0; x < e->n; x++)
            names_person |= e->codes[x].kind != 0;
        if (names_person && (flags & ACTOR_ONE_ROLE) &&
            (other_name_follows(d, words, n, k, len) || other_name_precedes(d, words, n, k, len))) {
            k += len - 1;               /* "Assad Ahmad Barakat" is not Assad, */
            continue;                   /* nor "Betssy Chavez" Hugo Chavez */
        }
        /* "Yemen's Houthi rebels": a state's own group named right after
         * it (its code extends the state's) is the more precise actor */
        int narrower = (flags & ACTOR_ORG_NO_AGENTS) && code && k == code_end &&
                       !*person && !names_person && strlen(code) == 3 &&
                       actor_entry_extends(e, date, code);
        if (!code || (names_person && !*person) || narrower) {
            code = actor_entry_code(e, date);
            fallback_code = code && code == actor_entry_fallback(e);
            *person = names_person;
            people = len == 1 && demonym_names_people(d, words, n, k, p->entry);
            if (!code)      /* matched, but no code for this date */
                code = "---";
            code_start = k;
            code_end = k + len;
        }
        k += len - 1;
    }
    const char *agents[16];
    int nag = 0;
    for (int k = 0; k < n && nag < 16; k++) {
        if (k > 0 && (flags & ACTOR_OWNER_ENDS_AGENTS) &&
            (!strcmp(words[k], "ITS") || !strcmp(words[k], "THEIR") ||
             !strcmp(words[k], "HIS") || !strcmp(words[k], "HER")))
            break;
        if (k < 64 && in_actor[k])
            continue;
        int len = 0;
        const phrase *p = longest_match(&d->agents, words, n, k, &len);
        if (p) {
            agents[nag++] = p->code;
            people_of |= !strcmp(p->code, "~CVL") &&
                         ((k + len < n && k + len < code_start &&
                           (!strcmp(words[k + len], "OF") || !strcmp(words[k + len], "FOR"))) ||
                          k == code_end);
            k += len - 1;
        }
    }
    if (!code && nag == 0)
        return NULL;
    if (person && *person && (flags & ACTOR_PERSON_NO_AGENTS)) {
        /* a dated person's code already says the role -- unless the date
         * fell outside every term and the text gives the office: "US
         * President Donald Trump threatened in January 2025" (the month's
         * middle is before his term began) is in office, as the title says */
        if (code && fallback_code && strlen(code) > 3 && titled_in_office(words, n, agents, nag))
            code = state_role(code, "GOV", role_buf, sizeof role_buf);
        /* "supporters of former president Evo Morales", "Bolsonaro
         * supporters": the person's people, not the person */
        if (code && people_of && strlen(code) > 3)
            code = state_role(code, "CVL", role_buf, sizeof role_buf);
        nag = 0;
    }
    if (code && people && nag == 0 && (flags & ACTOR_DEMONYM_PEOPLE))
        agents[nag++] = "~CVL";        /* "thousands of Indonesians" */
    if (code && (flags & ACTOR_ORG_NO_AGENTS) &&
        (!strncmp(code, "IGO", 3) || !strncmp(code, "IMG", 3) ||
         !strncmp(code, "NGO", 3) || !strncmp(code, "NGM", 3) ||
         (!*person && strlen(code) >= 6)))
        nag = 0;            /* "NATO leaders" are NATO; "gunmen from the
                             * Jalisco cartel" are the cartel (MEXCRM) */
    if (nag > 1 && (flags & ACTOR_ONE_ROLE)) {
        int keep = nag - 1;
        while (keep > 0 && !strcmp(agents[keep], "~CVL"))
            keep--;
        for (int i = 0; i < nag; i++)
            if (!strcmp(agents[i], "~OPP"))
                keep = i;       /* "opposition senator": the side he is on */
        agents[0] = agents[keep];
        nag = 1;
    }
    str_copy(out, outlen, code ? code : "---");
    for (int i = 0; i < nag; i++)
        if (!compose_agent(out, outlen, agents[i]))
            break;
    return out;
}
