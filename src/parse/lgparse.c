/*
 * lgparse.c -- Penn-style trees from link-grammar, in process.
 *
 * dyad_parser_parse hands Penn tokens to liblink-grammar (English
 * dictionary, loaded once per process and shared) and takes the first
 * valid linkage for its part-of-speech evidence: tags start from the
 * heuristic tagger (src/text/postag.c) and are refined by the word
 * subscripts (.n .v .v-d .a .e ...) and links (PP/Pv -> participle,
 * I/TO -> base verb).  The tree itself is then built by the rule-based
 * builder in src/text/shallow.c from those tags: link-grammar's own
 * constituent output attaches clauses and PPs in ways the coder cannot
 * use (and worse when words are left unlinked), while the builder gives
 * CoreNLP-like shapes.  Leaves carry our own token forms (link-grammar
 * lower-cases the first word and prints brackets as { }); its words are
 * aligned to our tokens by spelling.  Work is bounded: a token cap, a
 * parse-time limit, a small linkage limit, and one retry allowing a few
 * unlinked words.
 */
#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <link-grammar/link-includes.h>

#include "dyad.h"
#include "text/textint.h"
#include "text/shallow.h"

/* ------------------------------------------------ shared dictionary */

static pthread_mutex_t dict_lock = PTHREAD_MUTEX_INITIALIZER;
static Dictionary shared_dict;
static int dict_users;

static void lg_quiet(lg_errinfo *ei, void *data)
{
    (void)ei;
    (void)data;   /* link-grammar chatter (locale notes, timeouts) */
}

struct dyad_parser {
    Parse_Options po;
    dyad_parser_options opt;
    long n_ok, n_failed, n_timeout;
};

dyad_parser *dyad_parser_new(const dyad_parser_options *opt, dyad_error *err)
{
    dyad_parser *p = calloc(1, sizeof *p);
    if (!p) { dyad_fail(err, DYAD_ENOMEM, "out of memory"); return NULL; }
    if (opt) p->opt = *opt;
    if (p->opt.max_parse_ms <= 0) p->opt.max_parse_ms = 1000;
    if (p->opt.max_tokens <= 0) p->opt.max_tokens = 80;
    if (p->opt.linkage_limit <= 0) p->opt.linkage_limit = 16;
    if (p->opt.disjunct_cost <= 0) p->opt.disjunct_cost = 2.7;
    if (p->opt.max_null_count == 0) p->opt.max_null_count = 2;
    lg_error_set_handler(lg_quiet, NULL);
    pthread_mutex_lock(&dict_lock);
    if (!shared_dict) shared_dict = dictionary_create_lang("en");
    if (shared_dict) dict_users++;
    pthread_mutex_unlock(&dict_lock);
    if (!shared_dict) {
        free(p);
        dyad_fail(err, DYAD_ENOTFOUND, "link-grammar English dictionary not "
                  "found (install link-grammar-dictionaries-en)");
        return NULL;
    }
    Parse_Options po = p->po = parse_options_create();
    parse_options_set_verbosity(po, 0);
    parse_options_set_linkage_limit(po, p->opt.linkage_limit);
    parse_options_set_disjunct_cost(po, p->opt.disjunct_cost);
    parse_options_set_max_parse_time(po, (p->opt.max_parse_ms + 999) / 1000);
    parse_options_set_short_length(po, 10);
    parse_options_set_spell_guess(po, 0);
    parse_options_set_islands_ok(po, 0);
    parse_options_set_repeatable_rand(po, 1);
    parse_options_set_min_null_count(po, 0);
    parse_options_set_max_null_count(po, 0);
    return p;
}

void dyad_parser_free(dyad_parser *p)
{
    if (!p) return;
    parse_options_delete(p->po);
    pthread_mutex_lock(&dict_lock);
    if (--dict_users == 0) {
        dictionary_delete(shared_dict);
        shared_dict = NULL;
    }
    pthread_mutex_unlock(&dict_lock);
    free(p);
}

void dyad_parser_stats(const dyad_parser *p, long *ok, long *failed,
                       long *timeouts)
{
    if (ok) *ok = p->n_ok;
    if (failed) *failed = p->n_failed;
    if (timeouts) *timeouts = p->n_timeout;
}

/* ------------------------------------------------------------- tags */

/* Subscript of a link-grammar word ("visited.v-d" -> "v-d"), "" none;
 * the bracket note ("[!<YEAR-DATE>]") goes to *note. */
static const char *subscript(const char *w, char *note, size_t cap)
{
    note[0] = 0;
    const char *br = strchr(w, '[');
    if (br && br != w) {
        const char *e = strchr(br, ']');
        size_t n = e ? (size_t)(e - br - 1) : strlen(br + 1);
        if (n >= cap) n = cap - 1;
        memcpy(note, br + 1, n);
        note[n] = 0;
    }
    const char *dot = strrchr(w, '.');
    if (!dot || dot == w || dot[-1] == '.' || !islower((unsigned char)dot[1]))
        return "";
    return dot + 1;
}

/* Left-side link labels of word `wi` (linkage numbering) start with pre? */
static int left_link(Linkage lk, int wi, const char *pre)
{
    int n = linkage_get_num_links(lk);
    size_t k = strlen(pre);
    for (int i = 0; i < n; i++)
        if (linkage_get_link_rword(lk, i) == (WordIdx)wi &&
            strncmp(linkage_get_link_label(lk, i), pre, k) == 0) return 1;
    return 0;
}

/* Is link-grammar word wi+1 "by"? */
static int by_follows(Linkage lk, int wi)
{
    if (wi + 1 >= (int)linkage_get_num_words(lk)) return 0;
    const char *n = linkage_get_word(lk, (WordIdx)(wi + 1));
    return n && !strncasecmp(n, "by", 2) && (n[2] == 0 || n[2] == '.');
}

static const char *verb_tag(Linkage lk, int wi, const char *w, const char *sub,
                            const char *base)
{
    int next_is_by = by_follows(lk, wi);
    if (base[0] == 'V' || !strcmp(base, "MD")) {
        if (text_closed_tag(w)) return base;     /* is, has, said ... */
    }
    if (text_lex_is(w, LX_PP_ONLY)) return "VBN";     /* "Otoniel, known as" */
    size_t n = strlen(w);
    if (n > 4 && !strcasecmp(w + n - 3, "ing")) return "VBG";
    if (strstr(sub, "-d") || (n > 3 && !strcasecmp(w + n - 2, "ed"))) {
        /* after have/be; a participle modifier (Mv) only before "by":
         * in news a bare -ed verb after a noun is mostly the main verb,
         * and link-grammar's first linkage often reads it as a modifier */
        if (left_link(lk, wi, "PP") || left_link(lk, wi, "Pv") ||
            (left_link(lk, wi, "Mv") && next_is_by))
            return "VBN";
        return "VBD";
    }
    if (left_link(lk, wi, "I") || left_link(lk, wi, "TO")) return "VB";
    if (n > 2 && w[n - 1] == 's' && w[n - 2] != 's') return "VBZ";
    return "VBP";
}

static const char *refine_tag(Linkage lk, int wi, const char *w,
                              const char *lgword, const char *base, int first)
{
    char note[48];
    const char *sub = subscript(lgword, note, sizeof note);
    int cap = isupper((unsigned char)w[0]) || (unsigned char)w[0] >= 0xC3;
    if (!isalnum((unsigned char)w[0]) && (unsigned char)w[0] < 0x80) return base;
    if (strstr(note, "YEAR-DATE") || strstr(note, "NUMBER") ||
        !strcmp(base, "CD")) return "CD";          /* "hundreds of" too */
    if (text_closed_tag(w) && (!cap || first)) return base;
    if (strstr(note, "CAPITALIZED")) return base[0] == 'J' ? base : "NNP";
    switch (sub[0]) {
    case 'v': case 'q': case 'w': case 'g':
        return verb_tag(lk, wi, w, sub, base);
    case 'n': case 's': case 'p': case 'l': case 'm': case 'f': case 'b':
    case 'c': case 'o': case 't': case 'y':
        if (cap && base[0] == 'J') return base;
        if (cap && first && !strcmp(base, "NNP")) return base;  /* "China said" */
        if (cap && !(first && sub[0] != 'l' && sub[0] != 'm' && sub[0] != 'f' &&
                     sub[0] != 'b'))
            return base[0] == 'J' ? base : "NNP";
        if (sub[0] == 'p' || !strcmp(base, "NNS") || (strlen(w) > 3 && w[strlen(w) - 1] == 's' &&
                              left_link(lk, wi, "Dmc")))
            return "NNS";
        return "NN";
    case 'a':
        return sub[1] == '-' && sub[2] == 'c' ? "JJR" :
               sub[1] == '-' && sub[2] == 's' ? "JJS" : "JJ";
    case 'e':
        return "RB";
    case 'r':
        return base[0] == 'N' || base[0] == 'J' ? "IN" : base;
    }
    return base;
}

/* ------------------------------------------------------- conversion */

typedef struct {
    char **tok;            /* the Penn tokens */
    const char **tag;      /* their heuristic tags */
    int ntok;
    int nw;                /* link-grammar words without the walls */
    int *map;              /* link-grammar word -> token, -1 = merged into
                              the previous one; NULL = could not align */
    char **wform;          /* per link-grammar word: leaf word, NULL = none */
    const char **wtag;     /* per link-grammar word: leaf tag */
    Linkage lk;
} conv;

/* A link-grammar word without its subscript and notes. */
static void surface(const char *w, char *out, size_t cap)
{
    size_t n = 0;
    if (*w == '[') w++;
    for (; *w && *w != '[' && n < cap - 1; w++) {
        if (*w == '.' && w[1] && islower((unsigned char)w[1]) && n > 0 &&
            out[n - 1] != '.' && !strchr(w + 1, '.')) break;
        if (*w == '.' && w[1] == '#' && n > 0) break;  /* "'s.#us": read as "us" */
        out[n++] = *w;
    }
    if (n && out[n - 1] == ']') n--;
    out[n] = 0;
}

/* Link-grammar's spelling of a Penn token. */
static const char *lg_form(const char *w)
{
    static const char *const map[][2] = {
        {"``", "\""}, {"''", "\""}, {"`", "'"}, {"-LRB-", "("}, {"-RRB-", ")"},
        {"-LSB-", "["}, {"-RSB-", "]"}, {"-LCB-", "("}, {"-RCB-", ")"}
    };
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (!strcmp(w, map[i][0])) return map[i][1];
    return w;
}

/* Map link-grammar words to our tokens: equal surfaces (ignoring case),
 * or several link-grammar words that spell one token ("U.S" "."). */
static int *align(conv *c)
{
    int *map = malloc((size_t)(c->nw > 0 ? c->nw : 1) * sizeof *map);
    int i = 0, j = 0;
    char a[256], b[256];
    if (!map) return NULL;
    while (i < c->nw && j < c->ntok) {
        const char *f = lg_form(c->tok[j]);
        size_t fl = strlen(f), al = 0;
        int m = i;
        a[0] = 0;
        while (m < c->nw && al < fl) {
            surface(linkage_get_word(c->lk, (WordIdx)(m + 1)), b, sizeof b);
            if (al + strlen(b) >= sizeof a) break;
            memcpy(a + al, b, strlen(b) + 1);
            al += strlen(b);
            m++;
            if (strncasecmp(a, f, al) != 0) break;
        }
        if (al != fl || strcasecmp(a, f) != 0) { free(map); return NULL; }
        map[i] = j++;
        while (++i < m) map[i] = -1;
    }
    if (i < c->nw || j < c->ntok) { free(map); return NULL; }
    return map;
}

/* Leaf word and tag of every link-grammar word. */
static int tag_words(conv *c)
{
    c->wform = calloc((size_t)c->nw + 1, sizeof *c->wform);
    c->wtag = calloc((size_t)c->nw + 1, sizeof *c->wtag);
    if (!c->wform || !c->wtag) return DYAD_ENOMEM;
    c->map = align(c);
    for (int li = 0; li < c->nw; li++) {
        const char *lgw = linkage_get_word(c->lk, (WordIdx)(li + 1));
        if (c->map) {
            int ti = c->map[li];
            if (ti < 0) continue;
            c->wform[li] = strdup(c->tok[ti]);
            c->wtag[li] = refine_tag(c->lk, li + 1, c->tok[ti], lgw, c->tag[ti], ti == 0);
            /* "White House": a capitalised word before a name is a name */
            if (c->wtag[li][0] == 'V' && isupper((unsigned char)c->tok[ti][0]) &&
                ti + 1 < c->ntok && isupper((unsigned char)c->tok[ti + 1][0]) &&
                !text_closed_tag(c->tok[ti]))
                c->wtag[li] = "NNP";
        } else {
            char w[256];
            surface(lgw ? lgw : "?", w, sizeof w);
            const char *wp = !strcmp(w, "(") ? "-LRB-" : !strcmp(w, ")") ? "-RRB-" :
                             w[0] ? w : "?";
            c->wform[li] = strdup(wp);
            c->wtag[li] = refine_tag(c->lk, li + 1, wp, lgw ? lgw : "",
                                     dyad_pos_guess(&wp, 1, 0), li == 0);
        }
        if (!c->wform[li]) return DYAD_ENOMEM;
    }
    return DYAD_OK;
}

/* The rule-based builder in src/text/shallow.c, fed our refined tags. */

/* Run link-grammar; returns a linkage or NULL (timeout flagged). */
static Linkage run_lg(dyad_parser *p, Sentence s, int *timeout)
{
    Parse_Options po = p->po;
    *timeout = 0;
    int k = sentence_parse(s, po);
    if (parse_options_timer_expired(po)) { *timeout = 1; return NULL; }
    if ((k <= 0 || sentence_num_valid_linkages(s) <= 0) && p->opt.max_null_count > 0) {
        parse_options_set_min_null_count(po, 1);
        parse_options_set_max_null_count(po, p->opt.max_null_count);
        k = sentence_parse(s, po);
        parse_options_set_min_null_count(po, 0);
        parse_options_set_max_null_count(po, 0);
        if (parse_options_timer_expired(po)) { *timeout = 1; return NULL; }
    }
    if (k <= 0 || sentence_num_valid_linkages(s) <= 0) return NULL;
    return linkage_create(0, s, po);
}

/* Tags from the linkage, then the tree from the rule-based builder. */
static int convert(conv *c, dyad_parser *p, char **out, dyad_error *err)
{
    c->nw = (int)linkage_get_num_words(c->lk) - 2;
    if (tag_words(c)) return dyad_fail(err, DYAD_ENOMEM, "out of memory");
    char **w = malloc((size_t)(c->nw + 1) * sizeof *w);
    const char **tg = malloc((size_t)(c->nw + 1) * sizeof *tg);
    size_t n = 0;
    for (int li = 0; w && tg && li < c->nw; li++)
        if (c->wform[li]) { w[n] = c->wform[li]; tg[n++] = c->wtag[li]; }
    *out = w && tg ? text_tree_from_tags(w, tg, n) : NULL;
    free(w);
    free(tg);
    if (!*out) return dyad_fail(err, DYAD_ENOMEM, "out of memory");
    p->n_ok++;
    return DYAD_OK;
}

static void conv_free(conv *c)
{
    for (int i = 0; c->wform && i < c->nw; i++) free(c->wform[i]);
    free(c->wform);
    free(c->wtag);
    free(c->map);
    free(c->tag);
    free(c->tok);
}

int dyad_parser_parse(dyad_parser *p, const char *tokens, char **tree_out,
                      dyad_error *err)
{
    conv c = {0};
    char *copy = strdup(tokens ? tokens : ""), *input = NULL;
    int rc = DYAD_ENOMEM, n = 1;
    *tree_out = NULL;
    for (const char *q = tokens ? tokens : ""; *q; q++) n += *q == ' ';
    c.tok = malloc((size_t)n * sizeof *c.tok);
    c.tag = malloc((size_t)n * sizeof *c.tag);
    input = malloc(strlen(copy ? copy : "") + 2);
    if (!copy || !c.tok || !c.tag || !input) {
        dyad_fail(err, rc, "out of memory");
        goto done;
    }
    char *save_tok = NULL;   /* strtok_r: one parser per thread */
    for (char *w = strtok_r(copy, " ", &save_tok); w; w = strtok_r(NULL, " ", &save_tok))
        c.tok[c.ntok++] = w;
    if (c.ntok == 0) { rc = dyad_fail(err, DYAD_EEMPTY, "empty sentence"); goto done; }
    if (c.ntok > p->opt.max_tokens) {
        p->n_failed++;
        rc = dyad_fail(err, DYAD_ELIMIT, "sentence has %d tokens, over the parser "
                       "limit of %d", c.ntok, p->opt.max_tokens);
        goto done;
    }
    input[0] = 0;
    for (int i = 0; i < c.ntok; i++) {
        c.tag[i] = dyad_pos_guess((const char *const *)c.tok, (size_t)c.ntok, (size_t)i);
        if (i) strcat(input, " ");
        strcat(input, lg_form(c.tok[i]));
    }
    lg_error_set_handler(lg_quiet, NULL);   /* the handler is per thread */
    Sentence s = sentence_create(input, shared_dict);
    int timeout = 0;
    if (!s || sentence_split(s, p->po) < 0) {
        p->n_failed++;
        rc = dyad_fail(err, DYAD_EPARSE, "link-grammar could not tokenise the sentence");
    } else if (!(c.lk = run_lg(p, s, &timeout))) {
        if (timeout) p->n_timeout++; else p->n_failed++;
        rc = dyad_fail(err, DYAD_EPARSE, timeout ? "link-grammar timed out "
                       "(over %d ms)" : "link-grammar found no parse",
                       p->opt.max_parse_ms);
    } else {
        rc = convert(&c, p, tree_out, err);
        linkage_delete(c.lk);
    }
    if (s) sentence_delete(s);
done:
    conv_free(&c);
    free(copy);
    free(input);
    return rc;
}

int dyad_tree_for_tokens(dyad_parser *p, const char *tokens, char **tree,
                         const char **method, dyad_error *err)
{
    *method = "parse";
    if (p && dyad_parser_parse(p, tokens, tree, err) == DYAD_OK) return DYAD_OK;
    if (err) err->status = DYAD_OK;        /* a fallback, not a failure */
    *method = "shallow";
    *tree = dyad_shallow_tree(tokens);
    return *tree ? DYAD_OK : dyad_fail(err, DYAD_ENOMEM, "out of memory");
}
