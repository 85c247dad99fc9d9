/*
 * postag.c -- heuristic Penn part-of-speech tags.
 *
 * Used on its own by the shallow tree (shallow.c) and as the baseline the
 * link-grammar converter (src/parse/lgparse.c) refines with subscripts.
 * Closed-class words come from a small lexicon; open-class words are
 * guessed from capitalisation, suffix and the neighbours.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text/textint.h"

typedef struct { const char *word, *tag; } lexent;

/* How far back a rule looks for an earlier verb (keeps tagging linear). */
enum { WINDOW_WORDS = 20 };

const char *text_closed_tag(const char *w)
{
    const text_lex *e = text_lex_of(w);
    return e ? e->tag : NULL;
}

static const char *punct_tag(const char *w)
{
    static const lexent p[] = {
        {",", ","}, {".", "."}, {"?", "."}, {"!", "."}, {":", ":"},
        {";", ":"}, {"--", ":"}, {"...", ":"}, {"``", "``"}, {"`", "``"},
        {"''", "''"}, {"-LRB-", "-LRB-"}, {"-RRB-", "-RRB-"},
        {"-LSB-", "-LRB-"}, {"-RSB-", "-RRB-"}, {"-LCB-", "-LRB-"},
        {"-RCB-", "-RRB-"}, {"$", "$"}, {"#", "#"}, {"%", "NN"}, {"-", ":"}
    };
    switch (w[0]) {          /* every entry starts with one of these */
    case ',': case '.': case '?': case '!': case ':': case ';': case '-':
    case '`': case '\'': case '$': case '#': case '%': break;
    default: return NULL;
    }
    for (size_t i = 0; i < sizeof p / sizeof *p; i++)
        if (strcmp(w, p[i].word) == 0) return p[i].tag;
    return NULL;
}

/* A token with its length and lexicon entry, looked up once. */
typedef struct { const char *s; size_t n; const text_lex *lx; } word;

static word word_of(const char *w)
{
    word x = { w, strlen(w), NULL };
    x.lx = text_lex_find(w, x.n);
    return x;
}

/* The tokens being tagged.  A whole sentence (text_pos_tags) has each
 * token's length and lexicon entry found once, in pre; a single
 * dyad_pos_guess (pre NULL) looks up the few neighbours it reads. */
typedef struct { const char *const *t; size_t n; const word *pre; } toks;

static word at(const toks *k, size_t j) { return k->pre ? k->pre[j] : word_of(k->t[j]); }

static const char *closed_tag(const word *w) { return w->lx ? w->lx->tag : NULL; }
static int in_class(const word *w, unsigned cls) { return w->lx && (w->lx->cls & cls); }
/* Does word w end in the literal suffix lit (see text_ends_k)? */
#define ENDS(w, lit) TEXT_ENDS((w)->s, (w)->n, lit)

/* Punctuation inside a number: 1,000 3.5 1990-91 24/7 10:30. */
static int number_punct(char c)
{
    return c == ',' || c == '.' || c == '-' || c == '/' || c == ':';
}

static int is_number(const word *w)
{
    if (in_class(w, LX_NUMBER)) return 1;
    int digit = 0;
    for (const char *p = w->s; *p; p++) {
        if (isdigit((unsigned char)*p)) digit = 1;
        else if (!number_punct(*p) &&
                 !(p[1] == 0 && digit && (*p == 's' || *p == 'm' || *p == 'k')))
            return 0;
    }
    return digit;
}

/* A be/have form within the three tokens before i (for VBN). */
static int aux_before(const toks *t, size_t i)
{
    for (size_t k = 1; k <= 3 && k <= i; k++) {
        const text_lex *e = at(t, i - k).lx;
        if (e && (e->cls & LX_PERFECT)) return 1;
        if (!e || !e->tag || strcmp(e->tag, "RB") != 0) break;
    }
    return 0;
}

static int demonym(const word *w)
{
    return w->n >= 6 && text_demonym_shape(w->s, w->n);
}

/* Does "-en"-style form w exist only as a participle ("broken", not
 * "hit")?  Those are never a past tense. */
static int participle_only(const word *w)
{
    const char *s = w->s;
    return w->n > 3 && (ENDS(w, "en") || ENDS(w, "wn") || ENDS(w, "ne") ||
                        !strcasecmp(s, "seen") || !strcasecmp(s, "gone") ||
                        !strcasecmp(s, "done") || !strcasecmp(s, "begun") ||
                        !strcasecmp(s, "overcome") || !strcasecmp(s, "overrun"));
}

/* A plural noun or a verb for a lower-case word ending in s. */
static const char *s_form(const toks *t, size_t i, const word *prev,
                          const char *ptag)
{
    /* a third-person verb right after its subject */
    if (i > 0 && ((isupper((unsigned char)prev->s[0]) && !demonym(prev) &&
                   !ENDS(prev, "s")) ||
                  (ptag && !strcmp(ptag, "PRP")))) {
        const word nx = i + 1 < t->n ? at(t, i + 1) : word_of("");
        const char *ntag = closed_tag(&nx);
        if (ntag && (!strcmp(ntag, "DT") || !strcmp(ntag, "PRP$") ||
                     !strcmp(ntag, "TO") || !strcmp(ntag, "IN")))
            return "VBZ";
        if (isupper((unsigned char)nx.s[0])) return "VBZ";
    }
    return "NNS";
}

/* Does an object start after token i: a determiner, possessive or number,
 * a capitalised name, or a particle ("shot down a jet")? */
/* Is w one of the words of list (NULL-terminated), in any case? */
static int word_in_ci(const word *w, const char *const *list)
{
    for (; *list; list++)
        if (w->n == strlen(*list) && !strncasecmp(w->s, *list, w->n))
            return 1;
    return 0;
}

/* Does w look like a plural noun ("ties", "targets"; not "press", "bus")? */
static int plural_word(const word *w)
{
    return w->n > 3 && ENDS(w, "s") && !ENDS(w, "ss") && !ENDS(w, "us") && !ENDS(w, "is");
}

static int object_follows(const toks *t, size_t i)
{
    if (i + 1 >= t->n)
        return 0;
    const word nx = at(t, i + 1);
    const char *tag = closed_tag(&nx);
    if (tag && (!strcmp(tag, "DT") || !strcmp(tag, "PRP$") || !strcmp(tag, "CD")))
        return 1;
    if (in_class(&nx, LX_NUMBER) || (in_class(&nx, LX_PLURAL) && tag && tag[0] != 'P'))
        return 1;                           /* "beat several journalists" */
    static const char *const approx[] = { "about", "some", "nearly", "almost", "roughly",
                                          "over", NULL };
    if (i + 2 < t->n && isdigit((unsigned char)t->t[i + 2][0]) && word_in_ci(&nx, approx))
        return 1;                           /* "withheld about $10 million" */
    if (tag && !strcmp(tag, "CC") && i + 2 < t->n) {
        const word v2 = at(t, i + 2);       /* "beat and detained X": the object */
        if (ENDS(&v2, "ed") || in_class(&v2, LX_IRREG_PP))   /* is shared */
            return 1;
    }
    if (!tag && islower((unsigned char)nx.s[0]) && nx.n > 3 && memchr(nx.s, '-', nx.n))
        return 1;                           /* "found far-right leader X guilty" */
    const word pv = i ? at(t, i - 1) : nx;
    if (!tag && islower((unsigned char)nx.s[0]) && i && isupper((unsigned char)pv.s[0])) {
                                         /* "Morocco cut (diplomatic) ties" */
        if (plural_word(&nx))
            return 1;
        if (i + 2 < t->n) {
            const word n2 = at(t, i + 2);
            if (!closed_tag(&n2) && islower((unsigned char)n2.s[0]) && plural_word(&n2))
                return 1;
        }
    }
    return isupper((unsigned char)nx.s[0]) || isdigit((unsigned char)nx.s[0]) ||
           in_class(&nx, LX_PARTICLE);
}

/* Is w a noun for a body of people that acts without a plural -s
 * ("police", "army")? */
static int collective_noun(const word *w)
{
    static const char *const bodies[] = { "police", "people", "military", "army", "navy",
        "government", "junta", "regime", "militia", "cabinet", "parliament", NULL };
    return word_in_ci(w, bodies);
}

/* Can a verb at i follow: after a name ("Russia hit"), a plural noun
 * ("air defences shot down"), the head of a noun group opened by a
 * determiner ("a Russian court found"), or "and" when a verb came before
 * ("... and cut its ties")? */
static int subject_before(const toks *t, size_t i, const word *prev, const char *ptag)
{
    if (!ptag && isupper((unsigned char)prev->s[0]))
        return 1;
    if (!ptag && prev->n > 3 && ENDS(prev, "s") && !ENDS(prev, "ss") &&
        !ENDS(prev, "us") && !ENDS(prev, "is") && islower((unsigned char)prev->s[0]))
        return 1;
    if (!ptag && collective_noun(prev))
        return 1;                           /* "Georgian riot police beat" */
    /* a noun group's head: "a Russian court found", "the government cut" */
    for (size_t k = i - 1; !ptag && k-- > 0 && k + 4 > i; ) {
        const word x = at(t, k);
        const char *xt = closed_tag(&x);
        if (xt && !strcmp(xt, "DT"))
            return islower((unsigned char)prev->s[0]) != 0;
        if (xt || isdigit((unsigned char)x.s[0]))
            break;
    }
    if (!ptag || strcmp(ptag, "CC") != 0)
        return 0;
    for (size_t k = i - 1; k-- > 0 && k + WINDOW_WORDS > i; ) {
        const word x = at(t, k);
        const char *xt = closed_tag(&x);
        if ((xt && xt[0] == 'V') || (!xt && ENDS(&x, "ed")))
            return 1;
    }
    return 0;
}

/* "shot dead", "gunned down"-like pairs whose first word is a verb
 * however it is placed ("a police officer shot dead the ambassador",
 * "supporters in New Caledonia set fire to ..."). */
static int verb_phrase_pair(const word *w, const char *next)
{
    return ((w->n == 4 && !strncasecmp(w->s, "shot", 4)) ||
            (w->n == 6 && !strncasecmp(w->s, "gunned", 6))) ? !strcasecmp(next, "dead")
         : w->n == 3 && !strncasecmp(w->s, "set", 3) ? !strcasecmp(next, "fire")
         : 0;
}

/* Is w an -ly word that is a verb ("will supply", "to rally")?  Other
 * -ly words after a modal are adverbs: "would fully accept". */
static int ly_verb(const word *w)
{
    static const char *const verbs[] = { "apply", "supply", "rally", "fly", "reply", "comply",
                                         "ally", "rely", "imply", "multiply", "bully", NULL };
    return word_in_ci(w, verbs);
}

static const char *lower_guess(const toks *t, size_t i)
{
    const word w = at(t, i);
    const word prev = i ? at(t, i - 1) : word_of("");
    const char *ptag = i ? closed_tag(&prev) : NULL;
    if (ptag && (!strcmp(ptag, "MD") || !strcmp(ptag, "TO")) && !ENDS(&w, "ed") &&
        !ENDS(&w, "ing") && !(!strcmp(ptag, "TO") && ENDS(&w, "s") && !ENDS(&w, "ss") &&
                              !ENDS(&w, "us") && !ENDS(&w, "is")) &&
        !(ENDS(&w, "ly") && !ly_verb(&w)))
        return "VB";                        /* but "to officials", "would fully" */
    if (in_class(&w, LX_IRREG_PP) && (aux_before(t, i) || participle_only(&w)))
        return "VBN";
    if (in_class(&w, LX_IRREG_PP) && object_follows(t, i) && i > 0 &&
        subject_before(t, i, &prev, ptag))
        return "VBD";                       /* "Russia hit a", "Cuba let" */
    if (i + 1 < t->n && verb_phrase_pair(&w, t->t[i + 1]))
        return aux_before(t, i) ? "VBN" : "VBD";   /* "shot dead", "set fire to" */
    if (ENDS(&w, "ly")) return "RB";
    if (ENDS(&w, "ing")) return "VBG";
    if (ENDS(&w, "ed")) {
        if (aux_before(t, i)) return "VBN";
        if (i + 1 < t->n && strcasecmp(t->t[i + 1], "by") == 0) return "VBN";
        if (ptag && !strcmp(ptag, "DT")) return "JJ";
        return "VBD";
    }
    if (ENDS(&w, "al") || ENDS(&w, "ous") || ENDS(&w, "ive") || ENDS(&w, "ic") ||
        ENDS(&w, "ful") || ENDS(&w, "less") || ENDS(&w, "able") || ENDS(&w, "ible") ||
        ENDS(&w, "ary") || ENDS(&w, "ical")) return "JJ";
    if (ENDS(&w, "s") && i > 0 && (!strcasecmp(prev.s, "he") || !strcasecmp(prev.s, "she") ||
                                   !strcasecmp(prev.s, "it")))
        return "VBZ";                       /* "it poses" */
    if (ENDS(&w, "s") && !ENDS(&w, "ss") && !ENDS(&w, "us") && !ENDS(&w, "is"))
        return s_form(t, i, &prev, ptag);
    return "NN";
}

/* Does word i look like a finite verb: a closed-class verb or modal, a
 * past in -ed or an irregular one ("Hungary vetoed", "the Taliban seized",
 * "Portugal has")? */
static int verb_like(const toks *k, size_t i)
{
    const word w = at(k, i);
    const char *tag = closed_tag(&w);
    if (tag)
        return tag[0] == 'V' || !strcmp(tag, "MD");
    return islower((unsigned char)w.s[0]) && (ENDS(&w, "ed") || in_class(&w, LX_IRREG_PP));
}

/* A capitalised word that is not a closed-class one at a sentence start. */
static const char *capitalised(const toks *k, size_t i, const word *w,
                               int initial)
{
    const char *const *t = k->t;
    if (demonym(w) && i + 1 < k->n && isalpha((unsigned char)t[i + 1][0]) &&
        strcmp(t[i + 1], "'s") != 0 && !verb_like(k, i + 1))
        return "JJ";
    if (initial && i + 1 < k->n && !isupper((unsigned char)t[i + 1][0]) && w->n > 1) {
        /* "Experts have": a common word capitalised to open a sentence */
        char low[64];
        size_t m = w->n < 63 ? w->n : 63;
        for (size_t j = 0; j < m; j++) low[j] = (char)tolower((unsigned char)w->s[j]);
        low[m] = 0;
        const char *lt[1] = { low };
        const toks lk = { lt, 1, NULL };
        const char *g = lower_guess(&lk, 0);
        const word next = at(k, i + 1);
        const char *nt = closed_tag(&next);
        if (!strcmp(g, "VBG") && nt && (nt[0] == 'V' || !strcmp(nt, "MD")))
            return "NNP";               /* "Beijing was urged" */
        if (!strcmp(g, "JJ") && verb_like(k, i + 1))
            return "NNP";               /* "Hungary vetoed", "Portugal has" */
        /* "Italy and", "Italy said": an -ly "adverb" opens a sentence only
         * before a comma, a name or a function word ("Recently, ...") */
        if (!strcmp(g, "RB") && strcmp(t[i + 1], ",") != 0 &&
            !(nt && (!strcmp(nt, "DT") || !strcmp(nt, "PRP") || !strcmp(nt, "PRP$") ||
                     !strcmp(nt, "EX") || !strcmp(nt, "IN") || !strcmp(nt, "RB") ||
                     !strcmp(nt, "TO"))))
            return "NNP";
        if (strcmp(g, "NN") != 0 && strcmp(g, "VBZ") != 0) return g;
    }
    return "NNP";
}

/* Tag of token i (see dyad_pos_guess). */
/* "Saudi-led", "Iranian-backed", "state-owned": a hyphenated participle
 * that describes a noun, never the sentence's verb. */
static int compound_modifier(const word *w)
{
    static const char *const tails[] = { "-led", "-backed", "-owned", "-flagged", "-brokered",
        "-funded", "-based", "-sponsored", "-allied", "-linked", "-controlled", "-held",
        "-run", "-born", "-armed", "-trained", "-supported", "-aligned", NULL };
    const char *h = memchr(w->s, '-', w->n);
    if (!h || h == w->s)
        return 0;
    for (int k = 0; tails[k]; k++) {
        size_t n = strlen(tails[k]);
        if (w->n > n && !strncasecmp(w->s + w->n - n, tails[k], n))
            return 1;
    }
    return 0;
}

static const char *guess(const toks *k, size_t i)
{
    const char *const *t = k->t, *tag;
    if (!t[i] || !*t[i]) return "NN";
    if ((tag = punct_tag(t[i]))) return tag;
    const word w = at(k, i);
    if (strcmp(w.s, "'") == 0) {
        const word p = i > 0 ? at(k, i - 1) : word_of("");
        return i > 0 && ENDS(&p, "s") ? "POS" : "''";
    }
    if (strcmp(w.s, "'s") == 0 && i > 0) {
        const word p = at(k, i - 1);
        const char *pt = closed_tag(&p);
        if (pt && (!strcmp(pt, "PRP") || !strcmp(pt, "EX") || !strcmp(pt, "IN")))
            return "VBZ";
        return "POS";
    }
    if (is_number(&w)) return "CD";
    if (compound_modifier(&w)) return "JJ";    /* "Saudi-led coalition warplanes" */
    int initial = i == 0 || punct_tag(t[i - 1]) != NULL;
    /* "US" in capitals is the country even opening a sentence ("US Air
     * Force planes dropped ..."); the pronoun is "us" or "Us" */
    int us = w.n == 2 && w.s[0] == 'U' && w.s[1] == 'S';
    if ((tag = closed_tag(&w)) && !us &&
        (!isupper((unsigned char)w.s[0]) || initial || w.n == 1)) {
        if (!strcmp(tag, "IN") && !strcasecmp(w.s, "that") && i + 1 < k->n &&
            strcasecmp(t[i + 1], "that") != 0) {     /* (bounded recursion) */
            const char *nt = guess(k, i + 1);
            if (nt[0] == 'N' || nt[0] == 'J') return "DT";
        }
        return tag;
    }
    if (isupper((unsigned char)w.s[0]) ||
        ((unsigned char)w.s[0] >= 0xC3 && !islower((unsigned char)w.s[0])))
        return capitalised(k, i, &w, initial);
    return lower_guess(k, i);
}

const char *dyad_pos_guess(const char *const *t, size_t n, size_t i)
{
    const toks k = { t, n, NULL };
    return guess(&k, i);
}

void text_pos_tags(const char *const *t, size_t n, const char **tags, const text_lex **lex)
{
    word *pre = malloc((n ? n : 1) * sizeof *pre);
    for (size_t i = 0; pre && i < n; i++) pre[i] = word_of(t[i]);
    const toks k = { t, n, pre };        /* (without pre: looked up as needed) */
    for (size_t i = 0; i < n; i++) tags[i] = guess(&k, i);
    for (size_t i = 0; lex && i < n; i++)
        lex[i] = pre ? pre[i].lx : text_lex_of(t[i]);
    free(pre);
}
