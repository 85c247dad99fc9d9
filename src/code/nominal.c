/*
 * nominal.c -- events named by nouns: "Maduro's visit to Tehran in 2022",
 * "the visit of Raisi to Latin America", "the bombing of the Israeli
 * embassy", "Iran's assistance".
 *
 * An entity whose words hold a noun of the nouns dictionary is split
 * around that noun: the words before it (the possessor) and the phrases
 * after it, cut at prepositions ("of X", "to Y", "in Z").  Each part is
 * coded as a pseudo entity and the noun's block patterns are matched over
 * them exactly as verb patterns are ("- * OF $ TO + [042]").  Without a
 * pattern, the possessor is the source and the first coded phrase after
 * the noun the target; a missing source or target is taken from the
 * entities that follow in the sentence ("the bombing ... marked the group
 * as ...").  A year in the phrase ("in 1992") dates the event.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coder_internal.h"
#include "tok.h"

static int is_prep(const char *w)
{
    static const char *const preps[] = {
        "OF", "TO", "IN", "WITH", "BY", "FROM", "FOR", "AGAINST", "ON", "AT",
        "BETWEEN", "AND", "INTO", "OVER", "TOWARD", "TOWARDS", "AMONG", "DURING",
        "SINCE", "VIA", "ACROSS", "NEAR", "INSIDE", "WITHIN", "AMID", NULL };
    for (int i = 0; preps[i]; i++)
        if (!strcmp(w, preps[i]))
            return 1;
    return 0;
}

static int is_determiner(const char *w)
{
    return tok_is(w, "THE") || tok_is(w, "A") || tok_is(w, "AN");
}

static int year_of(const char *w)
{
    if (strlen(w) != 4)
        return 0;
    for (int i = 0; i < 4; i++)
        if (w[i] < '0' || w[i] > '9')
            return 0;
    int y = atoi(w);
    return y >= 1800 && y <= 2100 ? y : 0;
}

typedef struct nominal {
    int possessor;             /* pseudo entity or -1 */
    int parts[32], nparts;     /* pseudo entities after the noun */
    int year;
    const char *year_prep;     /* "IN" of "in 1992", NULL for "the 1994 ..." */
    seq upper, lower;
} nominal;

static void push(seq *s, seq_item it)
{
    if (s->n < MAX_SEQ_ITEMS)
        s->v[s->n++] = it;
}

/* Build the pseudo entities and sequences for noun w[k] in words w[0..n).
 * The possessor is w[.., own): when a possessive mark ends it before the
 * noun, the words between describe the event, not who acted ("Iran's
 * military assistance" is Iran's, not Iran's military's). */
static void split_phrase(dyad_coder *c, const char **w, int n, int k, int own,
                         nominal *nm)
{
    nm->possessor = -1;
    nm->nparts = 0;
    nm->year = 0;
    nm->year_prep = NULL;
    nm->upper.v = c->upper_v;
    nm->upper.n = 0;
    nm->lower.v = c->lower_v;
    nm->lower.n = 0;
    int s = 0;
    while (s < k && is_determiner(w[s]))
        s++;
    if (s < k) {
        nm->possessor = entity_add_pseudo(c, w + s, own - s);
        if (nm->possessor >= 0) {
            push(&nm->upper, (seq_item){ .kind = SQ_NE_CLOSE, .ne = nm->possessor });
            for (int i = k - 1; i >= s; i--)
                push(&nm->upper, seq_word(c->d, w[i]));
            push(&nm->upper, (seq_item){ .kind = SQ_NE_OPEN, .ne = nm->possessor });
        }
    }
    const char *prev_prep = NULL;
    for (int i = k + 1; i < n;) {
        if (is_prep(w[i])) {
            push(&nm->lower, seq_word(c->d, w[i]));
            prev_prep = w[i];
            i++;
            continue;
        }
        int j = i;
        while (j < n && !is_prep(w[j]))
            j++;
        int y = year_of(w[i]);
        if (y && j == i + 1 && prev_prep && !nm->year) {
            nm->year = y;
            nm->year_prep = prev_prep;
        }
        int e = entity_add_pseudo(c, w + i, j - i);
        if (e >= 0 && nm->nparts < 32) {
            nm->parts[nm->nparts++] = e;
            push(&nm->lower, (seq_item){ .kind = SQ_NE_OPEN, .ne = e });
            for (int x = i; x < j; x++)
                push(&nm->lower, seq_word(c->d, w[x]));
            push(&nm->lower, (seq_item){ .kind = SQ_NE_CLOSE, .ne = e });
        }
        i = j;
    }
}

/* Prepositional phrases right after the entity belong to its noun too
 * ("the visit (PP of X) (PP to Y)" in a flat parse): add their
 * prepositions and entities to the lower sequence.  The phrase ends at
 * anything else -- a conjunction, a compound, a verb, punctuation -- so
 * "X's visit to Tehran and the visit of Y" stay two events. */
static void follow_pps(dyad_coder *c, int ne, nominal *nm)
{
    const plist *pl = &c->pl;
    int j = plist_find(pl, "~NE", c->ne_pos[ne] + 1) + 1;
    if (j <= 0)
        return;
    /* the last member of a compound takes the PPs after the compound */
    if (j < pl->n && coder_starts(pl->tok[j], "~NEC"))
        while (j < pl->n && (coder_starts(pl->tok[j], "~NEC") ||
                             tok_is(pl->tok[j], "~PP")))
            j++;
    /* "(PP with (NE meetings ~NE ~PP (PP between": a parse that hangs the
     * between-phrase beside the noun's own PP still means the noun's */
    int k = j;
    while (k < pl->n && (tok_is(pl->tok[k], "~PP") || coder_starts(pl->tok[k], "~NP")))
        k++;
    if (k > j && k + 3 < pl->n && tok_is(pl->tok[k], "(PP") && tok_is(pl->tok[k + 1], "(IN") &&
        (tok_is(pl->tok[k + 2], "BETWEEN") || tok_is(pl->tok[k + 2], "AMONG")))
        j = k;
    int in_pp = 0, between = 0;
    for (; j < pl->n; j++) {
        const char *t = pl->tok[j];
        if (tok_is(t, "(PP")) {
            in_pp++;
        } else if (tok_is(t, "~PP")) {
            if (in_pp-- <= 0)
                break;
        } else if (coder_starts(t, "(NP") || coder_starts(t, "~NP") ||
                   tok_is(t, "(IN") || tok_is(t, "~IN") || tok_is(t, "(TO") ||
                   tok_is(t, "~TO")) {
            continue;
        } else if (tok_is(t, "(NE") && in_pp > 0) {
            int e = entities_at(c, j);
            int k = plist_find(pl, "~NE", j + 1);
            if (e < 0 || k < 0)
                break;
            int event_noun = 0;
            for (int x = j + 2; x < k; x++)
                if (!plist_is_markup(pl->tok[x]) && verb_forms(&c->d->nouns, pl->tok[x]))
                    event_noun = 1;
            if (event_noun)
                break;
            push(&nm->lower, (seq_item){ .kind = SQ_NE_OPEN, .ne = e });
            for (int x = j + 2; x < k; x++)
                if (!plist_is_markup(pl->tok[x])) {
                    push(&nm->lower, seq_word(c->d, pl->tok[x]));
                    if (!nm->year)
                        nm->year = year_of(pl->tok[x]);
                }
            push(&nm->lower, (seq_item){ .kind = SQ_NE_CLOSE, .ne = e });
            if (nm->nparts < 32)
                nm->parts[nm->nparts++] = e;
            j = k;
        } else if (!plist_is_markup(t) && in_pp > 0 && is_prep(t) && strcmp(t, "AND")) {
            push(&nm->lower, seq_word(c->d, t));
            between = tok_is(t, "BETWEEN") || tok_is(t, "AMONG");
        } else if (between && (coder_starts(t, "(CC") || coder_starts(t, "~CC") ||
                               tok_is(t, "AND") || coder_starts(t, "(NEC") ||
                               coder_starts(t, "~NEC"))) {
            if (tok_is(t, "AND"))      /* "between X and Y" */
                push(&nm->lower, seq_word(c->d, t));
        } else {
            break;
        }
    }
}

static int coded(const dyad_coder *c, int ne)
{
    return ne >= 0 && !tok_is(c->ne_code[ne], "---");
}

/* Is entity ne the object of in/at/near (a place, not a participant)? */
static int after_locative(const dyad_coder *c, int ne)
{
    const plist *pl = &c->pl;
    for (int j = c->ne_pos[ne] - 1; j >= pl->start; j--)
        if (!plist_is_markup(pl->tok[j]))
            return tok_is(pl->tok[j], "IN") || tok_is(pl->tok[j], "AT") ||
                   tok_is(pl->tok[j], "NEAR");
    return 0;
}

/* First coded real entity after entity `after` in the sentence whose code
 * differs from `not` and that is not a place. */
/* Does entity e name an event itself ("the AMIA bombing")? */
static int names_event(const dyad_coder *c, int e)
{
    const plist *pl = &c->pl;
    for (int j = c->ne_pos[e] + 2; j < pl->n && !tok_is(pl->tok[j], "~NE"); j++)
        if (!plist_is_markup(pl->tok[j]) && verb_forms(&c->d->nouns, pl->tok[j]))
            return 1;
    return 0;
}

/* Does a subordinate clause open between tokens a and b ("sanctions on
 * Venezuela if Maduro barred ...": Maduro is in another clause)? */
static int clause_between(const dyad_coder *c, int a, int b)
{
    for (int j = a; j < b; j++)
        if (tok_is(c->pl.tok[j], "(SBAR"))
            return 1;
    return 0;
}

static int entity_after(const dyad_coder *c, int after, const char *not)
{
    for (int e = after + 1; e < c->nne && c->ne_pos[e] >= 0; e++)
        if (coded(c, e) && (!not || strcmp(c->ne_code[e], not) != 0) &&
            c->ne_pos[e] > c->ne_pos[after] && !after_locative(c, e) &&
            !names_event(c, e)) {
            if (!c->opt.petrarch_compat &&
                clause_between(c, c->ne_pos[after], c->ne_pos[e]))
                return -1;
            return e;
        }
    return -1;
}

/* The events [first, from) that later ones must not repeat. */
typedef struct earlier {
    const dyad_event_list *out;
    size_t first, from;
} earlier;

static int repeats_earlier(const dyad_event *ev, void *ud)
{
    const earlier *e = ud;
    for (size_t j = e->first; j < e->from; j++)
        if (event_same_dyad_root(&e->out->v[j], ev))
            return 1;
    return 0;
}

/* Drop the events from `from` on that repeat the dyad and root of an event
 * the sentence already has ("A UN commission of inquiry investigated X":
 * the inquiry is the investigation the verb coded). */
static void drop_repeats(dyad_event_list *out, size_t first, size_t from)
{
    earlier e = { out, first, from };
    event_list_drop_if(out, from, repeats_earlier, &e);
}

/* Words of entity ne; *poss receives the number of words before the last
 * possessive mark ("X 's"), -1 when there is none. */
static int phrase_words(const dyad_coder *c, int ne, const char **w, int max, int *poss)
{
    int n = 0;
    const plist *pl = &c->pl;
    *poss = -1;
    for (int j = c->ne_pos[ne] + 2; j < pl->n && !tok_is(pl->tok[j], "~NE"); j++) {
        if (tok_is(pl->tok[j], "(POS"))
            *poss = n;
        if (!plist_is_markup(pl->tok[j]) && n < max)
            w[n++] = pl->tok[j];
    }
    return n;
}

static int violent_code(const char *code)
{
    return code && (tok_has_prefix(code, "18") || tok_has_prefix(code, "19") ||
                    tok_has_prefix(code, "20"));
}

/* Date the events out->v[from..] by the phrase's year; the date's words
 * are "in 1992" (the preposition lower-cased) or the year alone. */
static void date_events(dyad_event_list *out, size_t from, const nominal *nm)
{
    char text[32];
    int n = nm->year_prep ? snprintf(text, sizeof text, "%s %d", nm->year_prep, nm->year)
                          : snprintf(text, sizeof text, "%d", nm->year);
    for (int i = 0; nm->year_prep && i < n; i++)
        text[i] = (char)tolower((unsigned char)text[i]);
    for (size_t i = from; i < out->n; i++) {
        dyad_event *ev = &out->v[i];
        snprintf(ev->event_date, sizeof ev->event_date, "%04d-01-01", nm->year);
        ev->date_precision = DYAD_DATE_YEAR;
        free(ev->date_text);
        ev->date_text = strdup(text);
    }
}

/* The noun form at w[x] whose extra words (multi-word nouns such as
 * "+PHONE_CALL") are all present, the most specific one; NULL if none. */
static const verb_form *noun_at(const verb_form_list *fl, const char **w, int n, int x)
{
    const verb_form *best = NULL;
    int best_extra = -1;
    for (int i = 0; i < fl->n; i++) {
        const verb_form *f = &fl->v[i];
        int ok = x + f->nafter < n && x - f->nbefore >= 0;
        for (int a = 0; ok && a < f->nafter; a++)
            ok = !strcmp(w[x + 1 + a], f->after[a]);
        for (int b = 0; ok && b < f->nbefore; b++)
            ok = !strcmp(w[x - 1 - b], f->before[b]);
        if (ok && f->nafter + f->nbefore >= best_extra) {
            best = f;
            best_extra = f->nafter + f->nbefore;
        }
    }
    return best;
}

/* Is the entity inside a verb phrase (an object or complement) rather
 * than a clause's subject?  Only subjects' nouns name events dyad codes:
 * "Maduro's visit to Tehran reaffirmed ..." is an event, "praised the
 * visit" is one event (praise), not two, and so is "protested against
 * Iran's refusal".  A phrase of WITH stands apart from the verb ("...,
 * with meetings between X and Y"). */
static int inside_vp(const dyad_coder *c, int ne)
{
    const plist *pl = &c->pl;
    int depth = 0, in_pp = 0;
    for (int j = c->ne_pos[ne] - 1; j >= pl->start; j--) {
        const char *t = pl->tok[j];
        if (t[0] == '~')
            depth++;
        else if (t[0] == '(') {
            if (depth > 0)
                depth--;
            else if (tok_is(t, "(PP") && j + 2 < pl->n && tok_is(pl->tok[j + 2], "WITH"))
                in_pp = 1;
            else if (coder_starts(t, "(VP"))
                return !in_pp;
        }
    }
    return 0;
}

/* Is entity ne the subject of a verb of supposition ("a Chinese blockade
 * of Taiwan would cost ...")?  Then its event has not happened. */
static int hypothetical_subject(const dyad_coder *c, int ne)
{
    static const char *const modal[] = { "WOULD", "COULD", "MIGHT", NULL };
    const plist *pl = &c->pl;
    int j = c->ne_pos[ne] + 1;
    while (j < pl->n && !tok_is(pl->tok[j], "~NE"))
        j++;
    while (j + 1 < pl->n && pl->tok[j + 1][0] == '~')
        j++;
    return j + 3 < pl->n && coder_starts(pl->tok[j + 1], "(VP") &&
           tok_is(pl->tok[j + 2], "(MD") && tok_in(pl->tok[j + 3], modal);
}

/* Could w be a noun made from a verb ("deployment", "expulsion",
 * "withdrawal", "seizure")?  Only those are worth asking WordNet about. */
static int deverbal(const char *w)
{
    static const char *const ends[] = { "TION", "SION", "MENT", "URE", "AL", "ANCE",
                                        "ENCE", NULL };
    size_t n = strlen(w);
    for (int i = 0; n > 5 && ends[i]; i++) {
        size_t e = strlen(ends[i]);
        if (!strcmp(w + n - e, ends[i]))
            return 1;
    }
    return 0;
}

/* The bare form (no other words) of the verb WordNet derives noun w from,
 * if the verbs dictionary codes that verb; else NULL. */
static const verb_form *derived_form(const dyad_coder *c, const char *w)
{
    char verb[64];
    if (!deverbal(w) || !wordnet_noun_verb(w, verb, sizeof verb))
        return NULL;
    const verb_form_list *fl = verb_forms(&c->d->verbs, verb);
    for (int i = 0; fl && i < fl->n; i++)
        if (fl->v[i].nbefore == 0 && fl->v[i].nafter == 0 &&
            !tok_is(fl->v[i].code, "---"))
            return &fl->v[i];
    return NULL;
}

/* The first event noun among w[0, n): its index (and form in *f, of the
 * dictionary *dict), or -1.  A noun the nouns dictionary lacks is, in
 * dyad's own mode, the verb WordNet derives it from ("Russia's deployment
 * of troops" is DEPLOY's).  A noun inside a name ("Rapid Support Forces")
 * is no event, nor in dyad's own mode one inside a role ("prisoners of
 * war"). */
static int event_noun(const dyad_coder *c, const char **w, int n, const verb_form **f,
                      const verb_dict **dict)
{
    const verb_dict *nd = &c->d->nouns;
    for (int x = 0; x < n; x++) {
        if ((x > 0 && isdigit((unsigned char)w[x - 1][0])) ||
            (x + 1 < n && isdigit((unsigned char)w[x + 1][0])))
            if (coder_time_word(w[x]))
                continue;           /* "on 4 March 2025": a month, no march */
        const verb_form_list *fl = verb_forms(nd, w[x]);
        *dict = nd;
        *f = fl ? noun_at(fl, w, n, x) : NULL;
        if (!*f && !fl && !c->opt.petrarch_compat && (*f = derived_form(c, w[x])))
            *dict = &c->d->verbs;
        if (*f && !actor_phrase_covers(c->d, w, n, x) &&
            (c->opt.petrarch_compat || !agent_phrase_covers(c->d, w, n, x)))
            return x;
    }
    return -1;
}

const char *nominal_violent_code(const dyad_coder *c, int ne)
{
    if (ne < 0 || ne >= c->nne || c->ne_pos[ne] < 0 || c->d->nouns.nblocks == 0)
        return NULL;
    const char *w[256];
    int poss;
    int n = phrase_words(c, ne, w, 256, &poss);
    const verb_form *f = NULL;
    const verb_dict *dict;
    if (event_noun(c, w, n, &f, &dict) < 0)
        return NULL;
    const char *code = f->code;
    return violent_code(code) ? code : NULL;
}

/* "During his visit to Caracas, Raisi signed ...": a possessive pronoun
 * in a phrase set before the sentence's first comma, with no actor named
 * before it, points ahead to the subject after that comma (a person for
 * HIS and HER).  Returns that entity, or -1. */
static int fronted_referent(const dyad_coder *c, int ne, const char *pronoun)
{
    static const char *const owner[] = { "HIS", "HER", "ITS", "THEIR", NULL };
    const plist *pl = &c->pl;
    int comma = plist_find(pl, "(,", pl->start);
    if (!tok_in(pronoun, owner) || comma < 0 || c->ne_pos[ne] < 0 || c->ne_pos[ne] > comma)
        return -1;
    int after = -1;
    for (int e = 0; e < c->nne; e++) {
        if (c->ne_pos[e] < 0 || e == ne)
            continue;
        if (c->ne_pos[e] < c->ne_pos[ne] && coded(c, e))
            return -1;                  /* it may point back to this one */
        if (c->ne_pos[e] > comma && (after < 0 || c->ne_pos[e] < c->ne_pos[after]))
            after = e;
    }
    int person = pronoun[0] == 'H';
    return after >= 0 && coded(c, after) && (!person || c->ne_person[after]) ? after : -1;
}

void nominal_events(dyad_coder *c, dyad_event_list *out, size_t first)
{
    const verb_dict *nd = &c->d->nouns;
    if (nd->nblocks == 0)
        return;
    int real = c->nne;
    for (int i = 0; i < real; i++) {
        const char *w[256];
        int poss;
        int n = phrase_words(c, i, w, 256, &poss);
        const verb_form *f = NULL;
        if (!c->opt.petrarch_compat &&
            (inside_vp(c, i) || c->ne_in_event[i] || hypothetical_subject(c, i)))
            continue;
        const verb_dict *dict;
        int k = event_noun(c, w, n, &f, &dict);
        if (k < 0)
            continue;
        nominal nm;
        int own = !c->opt.petrarch_compat && poss > 0 && poss < k ? poss : k;
        split_phrase(c, w, n, k, own, &nm);
        if (!c->opt.petrarch_compat && nm.possessor >= 0) {
            int r = fronted_referent(c, i, c->ne_text[nm.possessor]);
            if (r >= 0)
                c->ne_code[nm.possessor] = c->ne_code[r];
        }
        follow_pps(c, i, &nm);
        match_result m = { 0 };
        actor_ref src, tgt;
        const char *code = coder_match_code(c, dict, f, &nm.upper, &nm.lower, &m, &src, &tgt);
        if (!code)
            continue;
        /* a slot bound to a phrase with no actor ("in 1994") binds nothing */
        if (!coded(c, tgt.ne) && tgt.nec < 0)
            tgt.ne = -1;
        if (!coded(c, src.ne) && src.nec < 0)
            src.ne = -1;
        /* the words before the noun: a possessor acted ("Iran's aid"); a
         * bare name before a violent noun was hit ("the AMIA bombing"),
         * but a nationality word there names who acted ("the Israeli
         * strike") */
        int demonym = 0;        /* "the Israeli strike", "a Russian missile strike" */
        for (int x = 0; x < k; x++)
            demonym |= actor_demonym_ending(w[x]);
        int modifier_is_target = !c->opt.petrarch_compat && poss < 0 &&
                                 violent_code(code) && coded(c, nm.possessor) && !demonym;
        if (modifier_is_target && tgt.ne < 0)
            tgt.ne = nm.possessor;
        else if (src.ne < 0 && coded(c, nm.possessor))
            src.ne = nm.possessor;
        const char *scode = src.ne >= 0 ? c->ne_code[src.ne] : NULL;
        for (int p = 0; tgt.ne < 0 && p < nm.nparts; p++)
            if (coded(c, nm.parts[p]) && (!scode || strcmp(c->ne_code[nm.parts[p]], scode)))
                tgt.ne = nm.parts[p];
        int borrowed = 0;        /* actors taken from after the phrase */
        if (tgt.ne < 0) {
            tgt.ne = entity_after(c, i, scode);
            borrowed++;
        }
        if (src.ne < 0) {
            src.ne = entity_after(c, tgt.ne >= 0 && tgt.ne < real ? tgt.ne : i,
                                  tgt.ne >= 0 ? c->ne_code[tgt.ne] : NULL);
            borrowed++;
        }
        if (!coded(c, src.ne) || !coded(c, tgt.ne))
            continue;
        /* a bare noun naming neither side ("in the war in Ukraine, a
         * spokesman told reporters") is no event between later actors */
        if (!c->opt.petrarch_compat && borrowed == 2)
            continue;
        if (coder_trace_on()) {
            fprintf(stderr, "noun %s (block %s): %s -> %s [%s]\n", w[k],
                    dict->blocks[f->block].name, c->ne_code[src.ne], c->ne_code[tgt.ne],
                    code);
            coder_trace_seq("upper", &nm.upper);
            coder_trace_seq("lower", &nm.lower);
        }
        size_t before = out->n;
        coder_make_events(c, src, tgt, 0, code, w[k], "noun", out, first);
        if (!c->opt.petrarch_compat)
            drop_repeats(out, first, before);
        if (nm.year)
            date_events(out, before, &nm);
    }
}
