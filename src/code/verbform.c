/*
 * verbform.c -- which verb a verb phrase codes, and in which voice.
 *
 * code_verbs() (coder.c) meets a verb phrase and asks two things before
 * it matches any pattern: is it passive ("was received by", "X, bolstered
 * by Y,"), and which of the verb's dictionary forms is present -- a
 * multi-word form ("hand over", "raise the alert", "take to the streets")
 * whose other words are there wins over the bare verb.  In dyad's own
 * mode those other words may follow the object ("handed the suspects over
 * to") or sit in it ("raised their alert level").  Two more questions about
 * the verb itself live here: is it negated ("did not attack", "has no
 * plans to send"), and is it an aspect verb whose object is the act
 * ("began investigating")?
 */
#include <string.h>

#include "coder_internal.h"
#include "skipwords.h"
#include "tok.h"

static int is_be(const char *w)
{
    static const char *const be[] = { "WAS", "IS", "BEEN", "WERE", "ARE", "BE",
                                      "BEING", NULL };
    for (int i = 0; be[i]; i++)
        if (!strcmp(w, be[i]))
            return 1;
    return 0;
}

/* Does the phrase at k follow a comma, perhaps past an adverb ("X,
 * reportedly bolstered by Y")? */
static int follows_comma(const plist *pl, int k)
{
    int j = k - 1;              /* the token before the phrase */
    if (j > 0 && tok_is(pl->tok[j], "~ADVP")) {
        while (j > 0 && !tok_is(pl->tok[j], "(ADVP"))
            j--;
        j--;                    /* the token before the adverb */
    }
    return j > 0 && tok_is(pl->tok[j], "~,");
}

/* Is the phrase at k the participle of a perfect ("has investigated
 * killings by X" is active)?  The token before it closes HAVE's tag. */
static int after_have(const plist *pl, int k)
{
    static const char *const have[] = { "HAS", "HAVE", "HAD", "'VE", "HAVING", NULL };
    return k >= 2 && tok_has_prefix(pl->tok[k - 1], "~VB") && tok_in(pl->tok[k - 2], have);
}

/* Passive voice in the VP at k..end: a form of BE, then a past participle
 * followed by BY.  Returns the index of the participle, or 0. */
int passive_verb(const plist *pl, int k, int end, int participles)
{
    int vbn = -1;
    /* "X, bolstered by Y, ...": a participle heading its own phrase (taggers
     * often call it a past tense: the comma before it and the BY right
     * after it settle it -- "Putin spoke by telephone" is active) */
    if (participles && !after_have(pl, k) && (tok_is(pl->tok[k + 1], "(VBN") ||
                        (tok_is(pl->tok[k + 1], "(VBD") && k + 6 < end &&
                         follows_comma(pl, k) &&
                         tok_is(pl->tok[k + 5], "(IN") && tok_is(pl->tok[k + 6], "BY"))))
        vbn = k + 2;
    for (int j = k + 3; vbn < 0 && j < end; j++)
        if (tok_is(pl->tok[j], "(VBN")) {
            vbn = j + 1;
            break;
        }
    if (vbn < 0 || (vbn != k + 2 && !is_be(pl->tok[k + 2])))
        return 0;
    for (int j = vbn + 1; j < end; j++)
        if (tok_is(pl->tok[j], "BY"))
            return vbn;
    return 0;
}

int be_participle(const plist *pl, int vpos)
{
    return vpos >= 4 && tok_is(pl->tok[vpos - 1], "(VBN") &&
           tok_has_prefix(pl->tok[vpos - 3], "~VB") && is_be(pl->tok[vpos - 4]);
}

/* Next (dir 1) or previous (dir -1) word that is not skippable. */
static int next_content(const plist *pl, int i, int dir, int lo, int hi)
{
    for (i += dir; i >= lo && i < hi; i += dir)
        if (!skipword_kind(pl->tok[i]))
            return i;
    return -1;
}

/* The closing tag of the entity right after the verb at vpos, if its
 * object is one, else -1. */
static int object_close(const plist *pl, int vpos, int vpend)
{
    int i = vpos + 1;
    while (i < vpend && pl->tok[i][0] == '~')
        i++;
    if (i >= vpend || !(tok_is(pl->tok[i], "(NE") || is_nec_open(pl->tok[i]) ||
                        tok_has_prefix(pl->tok[i], "(NP")))
        return -1;                /* "drove hundreds of thousands of Rohingya out" */
    int close = close_of(pl->tok, pl->n, i);
    return close < vpend ? close : -1;
}

/* Do f's words after the verb follow index from, skipping only markup
 * and skippable words?  Sets *end to the last one. */
static int after_words_at(const plist *pl, const verb_form *f, int from, int vpend, int *end)
{
    int e = from, ok = 1;
    for (int k = 0; ok && k < f->nafter; k++) {
        e = next_content(pl, e, 1, 0, vpend);
        ok = e >= 0 && !strcmp(pl->tok[e], f->after[k]);
    }
    *end = e;
    return ok;
}

/* "raised their alert level", "stepped up its security": a verb whose
 * last words name its object (RAISE_ALERT, STEP_UP_SECURITY) meets them
 * inside the object's entity, after a determiner or possessive.  Sets
 * *end to the entity's close, where the verb's span then ends. */
static int after_words_into_object(const plist *pl, const verb_form *f, int vpos,
                                   int vpend, int *end)
{
    static const char *const det[] = { "THE", "A", "AN", "ITS", "THEIR", "HIS", "HER",
                                       "OUR", "ALL", NULL };
    int e = vpos, k = 0;
    for (; k < f->nafter; k++) {               /* the particles before it */
        int x = next_content(pl, e, 1, 0, vpend);
        if (x < 0 || strcmp(pl->tok[x], f->after[k]))
            break;
        e = x;
    }
    int i = e + 1;
    while (i < vpend && pl->tok[i][0] == '~')
        i++;
    if (k == f->nafter || i >= vpend || !tok_is(pl->tok[i], "(NE"))
        return 0;
    int close = close_of(pl->tok, pl->n, i);
    if (close < 0 || close > vpend || i + 2 >= close)
        return 0;
    static const char *const own[] = { "ITS", "THEIR", "HIS", "HER", "OUR", NULL };
    int named = !tok_has_prefix(pl->tok[i + 1], "---") && !tok_in(pl->tok[i + 2], own);
    i += 2;                                    /* past "(NE" and its code */
    while (i < close && (plist_is_markup(pl->tok[i]) ||
                         (tok_in(pl->tok[i], det) && strcmp(pl->tok[i], f->after[k]))))
        i++;
    for (; k < f->nafter; k++, i++) {
        while (i < close && plist_is_markup(pl->tok[i]))
            i++;
        if (i >= close || strcmp(pl->tok[i], f->after[k]))
            return 0;
    }
    /* an object that names an actor is no part of the verb ("shot dead
     * Russian ambassador Andrei Karlov"), unless the source's own or the
     * actor only says where ("took to the streets of Kathmandu") */
    while (i < close && plist_is_markup(pl->tok[i]))
        i++;
    if (named && i < close && !tok_is(pl->tok[i], "OF"))
        return 0;
    *end = close;
    return 1;
}

/* Pick the form of the verb at vpos: a multi-word form whose extra words
 * are present wins over the bare verb.  Sets vs and ve to the span.  In
 * dyad's own mode a phrasal verb's particles may also follow its object
 * ("handed the suspects over to", "pulled its troops out of"); the span
 * then ends at the verb, so that the object stays in the lower sequence
 * and the particles are words a pattern's gap passes. */
/* Can w be a particle that follows its verb's object ("handed the
 * suspects over", "pulled its troops out", "passed the warning on")?
 * "In" cannot: "was given $845 million in budget support" is no "give
 * in". */
static int split_particle(const char *w)
{
    static const char *const particle[] = { "OVER", "BACK", "DOWN", "UP", "OFF", "OUT",
                                            "AWAY", "ASIDE", "AROUND", "APART", "ON", NULL };
    return tok_in(w, particle);
}

const verb_form *choose_form(const dyad_coder *c, const verb_form_list *l,
                             int vpos, int vpend, int *vs, int *ve)
{
    const plist *pl = &c->pl;
    const verb_form *best = NULL;
    int best_extra = -1;
    int obj = c->opt.petrarch_compat ? -1 : object_close(pl, vpos, vpend);
    for (int i = 0; i < l->n; i++) {
        const verb_form *f = &l->v[i];
        int s = vpos, e = vpos;
        int ok = after_words_at(pl, f, vpos, vpend, &e);
        if (!ok && f->nafter > 0 && obj >= 0 && split_particle(f->after[0]) &&
            after_words_at(pl, f, obj, vpend, &e)) {
            ok = 1;
            e = vpos;
        }
        if (!ok && f->nafter > 0 && !c->opt.petrarch_compat)
            ok = after_words_into_object(pl, f, vpos, vpend, &e);
        for (int k = 0; ok && k < f->nbefore; k++) {
            s = next_content(pl, s, -1, pl->start, pl->n);
            ok = s >= 0 && !strcmp(pl->tok[s], f->before[k]);
        }
        int extra = f->nafter + f->nbefore;
        if (ok && extra >= best_extra) {   /* later definitions override */
            best = f;
            best_extra = extra;
            *vs = s;
            *ve = e;
        }
    }
    return best;
}

static int is_negation(const char *w)
{
    return tok_is(w, "NOT") || tok_is(w, "N'T") || tok_is(w, "NEVER") ||
           tok_is(w, "NO");
}

/* A negation among the few words before the verb ("did not attack",
 * "has never met", "has no plans to send"), before any entity but the
 * one the verb's TO follows. */
int verb_negated(const seq *upper)
{
    static const char *const unreal[] = { "WOULD", "COULD", "SHOULD", "MIGHT", NULL };
    if (upper->n > 1 && upper->v[0].kind == SQ_WORD && upper->v[1].kind == SQ_WORD &&
        tok_is(upper->v[0].word, "HAVE") && tok_in(upper->v[1].word, unreal))
        return 1;            /* "a resolution that would have extended ...": not done */
    for (int k = 0; k < upper->n && k < 5; k++) {
        if (upper->v[k].kind == SQ_NE_CLOSE && k == 1)
            continue;        /* "has (NE no plans ~NE) to send": its words count */
        if (upper->v[k].kind != SQ_WORD)
            return 0;
        if (is_negation(upper->v[k].word))
            return 1;
    }
    return 0;
}

/* Does the pattern itself say the negation ("- NOT * [112]")? */
int pattern_negates(const verb_pattern *p)
{
    for (int i = 0; i < p->nup; i++)
        if (p->up[i].kind == PE_WORD && is_negation(p->up[i].word))
            return 1;
    for (int i = 0; i < p->nlow; i++)
        if (p->low[i].kind == PE_WORD && is_negation(p->low[i].word))
            return 1;
    return 0;
}

/* Is the verb of block b, ending at ve, an aspect verb (begin, resume,
 * continue ...) whose object is a gerund ("began investigating the
 * killing of protesters")?  The gerund's verb says what was done. */
int verb_aspect_of_gerund(const plist *pl, const verb_block *b, int ve)
{
    if (!tok_is(b->name, "BEGIN"))
        return 0;
    int i = ve + 1;
    while (i < pl->n && (pl->tok[i][0] == '~' || tok_is(pl->tok[i], "(S") ||
                         tok_has_prefix(pl->tok[i], "(VP")))
        i++;
    return i < pl->n && tok_is(pl->tok[i], "(VBG");
}

int accident_participle(const plist *pl, int vpos)
{
    static const char *const accident[] = { "CRASHED", "CRASHES", "CAPSIZED", "CAPSIZES",
        "SANK", "SINKS", "COLLAPSED", "COLLAPSES", "DERAILED", "DERAILS", "COLLIDED",
        "COLLIDES", "OVERTURNED", "OVERTURNS", "PLUNGED", "PLUNGES", NULL };
    if (vpos < 6 || !tok_is(pl->tok[vpos - 1], "(VBG"))
        return 0;
    int comma = 0;
    for (int j = vpos - 2; j >= 1; j--) {
        const char *t = pl->tok[j];
        if (tok_is(t, ","))
            comma = 1;
        else if (comma && tok_has_prefix(pl->tok[j - 1], "(VB") && !plist_is_markup(t))
            return tok_in(t, accident);
        else if (!comma && !plist_is_markup(t))
            return 0;               /* no comma right before the participle */
    }
    return 0;
}
