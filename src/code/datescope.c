/*
 * datescope.c -- which of a sentence's dates is an event's own.
 *
 * The text front end finds every dating phrase of a sentence and dates the
 * sentence by the first (dyad_sentence.dates, event_date).  That is each
 * event's date only when the phrase is in the event's own clause:
 *
 *   "Petro suspended talks with the ELN in January 2025 after the rebels
 *    killed dozens of civilians"           the killing: no date given
 *   "Bolivia severed ties with Israel in October 2023, and Colombia and
 *    Chile recalled their ambassadors"      the recalls: no date given
 *   "Gershkovich, who was arrested in March 2023, was found guilty"
 *                                           the verdict: no date given
 *   "Lavrov said on Monday that Moscow had sent troops in 2022"
 *                                           the sending: 2022
 *
 * A clause here is what a reader would date apart: a subordinate clause
 * of time or cause (AFTER, BEFORE, UNTIL, SINCE, ONCE, BECAUSE), a
 * relative clause of WHO/WHICH, or a coordinated clause with a subject
 * of its own (", and Colombia recalled", ", prompting Israel to recall")
 * keeps its dates to itself and takes none from outside; a reported THAT-clause keeps its own dates
 * but, naming none, takes the date of the saying.  An infinitive is no
 * clause of its own: "refused to receive the delegation on Tuesday"
 * dates the refusal.  A WHERE or WHEN clause, a participle (", killing 29") or a
 * second verb of the same subject ("met X and signed Y") shares its
 * clause's occasion and date.
 *
 * Each event takes the first strong phrase of its clause (else the first
 * weak one, a year used as an adjective); with none there, the story's
 * date.  The coder calls datescope_events for the events each trigger
 * makes, while the ParseList they came from is current.  The same clauses
 * say whose a place is (coder_clause_holds, for locate.c).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "coder_internal.h"
#include "util/strcopy.h"

void coder_set_dates(dyad_coder *c, const dyad_sentence_date *dates, size_t n,
                     const char *story_date)
{
    c->dates = dates;
    c->ndates = n;
    c->story_date = story_date;
}

/* How a clause's edge bounds dates.  A date never crosses a HARD edge
 * (AFTER, WHO ...); a SOFT one (a reported THAT-clause) it crosses when
 * the clause names none of its own; a COORD one (", and Chile recalled")
 * only when the date opens the sentence ("In June 2024, protesters stormed
 * parliament, and police opened fire": both). */
enum { EDGE_NONE, EDGE_SOFT, EDGE_HARD, EDGE_COORD };

/* The edge of the subordinate clause whose "(SBAR" is at i. */
static int sbar_apart(const plist *pl, int i)
{
    static const char *const hard[] = { "AFTER", "BEFORE", "UNTIL", "SINCE", "ONCE",
                                        "BECAUSE", "WHO", "WHOM", "WHICH", NULL };
    int j = i + 1;
    while (j < pl->n && pl->tok[j][0] == '(')
        j++;
    if (j >= pl->n)
        return 0;
    int k = j + 1;                       /* "under which", "in which" */
    while (k < pl->n && plist_is_markup(pl->tok[k]))
        k++;
    if (k < pl->n && (tok_is(pl->tok[k], "WHICH") || tok_is(pl->tok[k], "WHOM")))
        return EDGE_HARD;
    return tok_in(pl->tok[j], hard) ? EDGE_HARD : tok_is(pl->tok[j], "THAT") ? EDGE_SOFT
                                                                             : EDGE_NONE;
}

/* Past the phrase opening at i (its "~" close), or pl->n. */
static int past_phrase(const plist *pl, int i)
{
    int depth = 0;
    for (int j = i; j < pl->n; j++) {
        depth += pl->tok[j][0] == '(' ? 1 : pl->tok[j][0] == '~' ? -1 : 0;
        if (depth == 0)
            return j + 1;
    }
    return pl->n;
}

/* Does the conjunction "(CCP" at i join a clause with its own subject:
 * "(CCP AND ~CCP [(S] (NE ... ~NE [(ADVP LATER ~ADVP] (VP"? */
static int ccp_new_subject(const plist *pl, int i)
{
    int j = past_phrase(pl, i);
    if (j < pl->n && tok_is(pl->tok[j], "(S"))
        j++;                             /* the shallow parse's (S (S ..) , and (S ..)) */
    if (j >= pl->n || !(tok_is(pl->tok[j], "(NE") || is_nec_open(pl->tok[j])))
        return 0;
    j = past_phrase(pl, j);
    for (int k = 0; k < 2 && j < pl->n && (tok_has_prefix(pl->tok[j], "(ADVP") ||
                                           tok_is(pl->tok[j], "(RB")); k++)
        j = past_phrase(pl, j);
    return j < pl->n && tok_has_prefix(pl->tok[j], "(VP");
}

/* Each index's innermost clause, and each clause's parent and edge, in one
 * pass.  A clause ends when depth falls below its ends[] entry. */
static void map_clauses(const plist *pl, clause_map *m)
{
    int depth = 0, open[64], ends[64], n = 1;
    open[0] = 0;
    ends[0] = -1;
    m->edge[0] = EDGE_HARD;
    m->parent[0] = 0;
    m->any = 0;
    for (int i = 0; i < pl->n; i++) {
        const char *t = pl->tok[i];
        if (t[0] == '(') {
            /* ", prompting Israel to recall ...": the object's act is a
             * clause of its own subject, dated as ", and X did" is */
            int kind = tok_is(t, "(SBAR") ? sbar_apart(pl, i)
                       : tok_is(t, "(SBR") ? EDGE_HARD   /* a relative kept whole */
                       : i > 1 && tok_is(t, "(S") && tok_has_prefix(pl->tok[i - 1], "~VB") &&
                                 plist_causing_word(pl->tok[i - 2]) ? EDGE_COORD : 0;
            if (i > 0 && tok_is(t, "(CCP") && n < 64 && ccp_new_subject(pl, i)) {
                m->parent[i] = open[n - 1];  /* to the end of the enclosing phrase */
                m->edge[i] = EDGE_COORD;
                open[n] = i;
                ends[n++] = depth;
            }
            depth++;
            if (i > 0 && kind && n < 64) {
                m->parent[i] = open[n - 1];
                m->edge[i] = (unsigned char)kind;
                open[n] = i;
                ends[n++] = depth;
            }
        } else if (t[0] == '~') {
            depth--;
        }
        m->innermost[i] = open[n - 1];
        if (t[0] == '~')
            while (n > 1 && depth < ends[n - 1])
                n--;
        m->any |= n > 1;
    }
}

/* Where the date phrase's words (tokens [from, to) of the sentence, say
 * "October 2023") are among pl's words at or after index start; -1 when
 * they are not there in a row. */
static int phrase_at(const plist *pl, const char *const *words, int n, int start)
{
    for (int i = start; i < pl->n; i++) {
        int k = 0;
        for (int j = i; j < pl->n && k < n; j++) {
            if (plist_is_markup(pl->tok[j]))
                continue;
            if (strcasecmp(pl->tok[j], words[k]))
                break;
            k++;
        }
        if (k == n)
            return i;
    }
    return -1;
}

/* Split a date phrase's text ("in October 2023") into its last n words
 * (the tokens from tok_from on: "October", "2023"). */
static int phrase_words(const dyad_sentence_date *d, char *buf, size_t cap,
                        const char **w, int max)
{
    str_copy(buf, cap, d->text);
    int n = 0;
    char *save = NULL;      /* (strtok_r: coders run on several threads) */
    for (char *s = strtok_r(buf, " ", &save); s && n < max; s = strtok_r(NULL, " ", &save))
        w[n++] = s;
    int want = (int)(d->tok_to - d->tok_from);
    if (want > n || want < 1)
        return 0;
    memmove(w, w + n - want, (size_t)want * sizeof *w);
    return want;
}

void scope_reset(dyad_coder *c)
{
    c->scope.ready = 0;
}

static const clause_map *scope_of(dyad_coder *c)
{
    const plist *pl = &c->pl;
    clause_map *m = &c->scope;
    if (m->ready)
        return m;
    m->ready = 1;
    size_t n = (size_t)pl->n + 1;
    m->innermost = arena_alloc(&c->scratch, n * sizeof *m->innermost);
    m->parent = arena_alloc(&c->scratch, n * sizeof *m->parent);
    m->edge = arena_alloc(&c->scratch, n);
    m->ndates = m->found = 0;
    if (!m->innermost || !m->parent || !m->edge) {
        m->innermost = NULL;              /* (then every answer is "same") */
        return m;
    }
    map_clauses(pl, m);
    m->first_vp = 0;
    while (m->first_vp < pl->n && !tok_has_prefix(pl->tok[m->first_vp], "(VP"))
        m->first_vp++;
    m->ndates = c->ndates < SCOPE_MAX_DATES ? (int)c->ndates : SCOPE_MAX_DATES;
    for (int i = 0, start = 0; i < m->ndates; i++) {
        char buf[256];
        const char *w[16];
        int k = phrase_words(&c->dates[i], buf, sizeof buf, w, 16);
        m->date_at[i] = k ? phrase_at(pl, w, k, start) : -1;
        if (m->date_at[i] >= 0) {
            start = m->date_at[i] + 1;
            m->found++;
        }
    }
    return m;
}

/* The index in c->dates of the phrase that dates an event at plist index
 * v, -1 for none (the story's date), or -2 when the sentence's date stands
 * (no phrase found, or one clause holding every phrase).  A phrase not
 * found was in a comma clause the ParseList dropped: another clause. */
static int date_for(dyad_coder *c, int v)
{
    const clause_map *m = scope_of(c);
    if (!m->innermost || !m->found || (!m->any && m->found == m->ndates))
        return -2;
    int fronted_only = 0;
    for (int cl = m->innermost[v];; cl = m->parent[cl]) {
        int weak = -1;
        for (int i = 0; i < m->ndates; i++) {
            int at = m->date_at[i];
            if (at < 0 || c->dates[i].precision == DYAD_DATE_NONE ||
                m->innermost[at] != cl || (fronted_only && at > m->first_vp))
                continue;
            if (c->dates[i].strong)
                return i;
            if (weak < 0)
                weak = i;
        }
        if (weak >= 0 || m->edge[cl] == EDGE_HARD)
            return weak;                     /* (the main clause's edge is hard) */
        fronted_only |= m->edge[cl] == EDGE_COORD;
    }
}

int coder_token_index(const dyad_coder *c, const char *tok)
{
    for (int i = 0; tok && i < c->pl.n; i++)
        if (c->pl.tok[i] == tok)
            return i;
    return -1;
}

int coder_has_clauses(dyad_coder *c)
{
    return scope_of(c)->any;
}

int coder_clause_holds(dyad_coder *c, int v, int pos)
{
    const clause_map *m = scope_of(c);
    if (v < 0 || pos < 0 || !m->innermost || !m->any)
        return 1;
    int at = m->innermost[pos];
    for (int cl = m->innermost[v];; cl = m->parent[cl]) {
        if (cl == at)
            return 1;
        if (m->edge[cl] != EDGE_COORD)
            return 0;                        /* THAT-clauses too: said there */
    }
}

void datescope_events(dyad_coder *c, const char *trigger, dyad_event_list *out,
                      size_t from)
{
    if (!c->ndates || c->opt.petrarch_compat || from >= out->n)
        return;
    int v = coder_token_index(c, trigger);  /* the trigger is a ParseList token */
    int d = v < 0 ? -2 : date_for(c, v);
    if (d == -2)
        return;
    for (size_t i = from; i < out->n; i++) {
        dyad_event *ev = &out->v[i];
        if (ev->date_precision != DYAD_DATE_NONE)
            continue;                        /* dated by its own words */
        const dyad_sentence_date *sd = d >= 0 ? &c->dates[d] : NULL;
        str_copy(ev->event_date, sizeof ev->event_date,
                 sd ? sd->date : c->story_date ? c->story_date : "");
        ev->date_precision = sd ? sd->precision
                           : ev->event_date[0] ? DYAD_DATE_DAY : DYAD_DATE_NONE;
        free(ev->date_text);
        ev->date_text = sd && sd->text ? strdup(sd->text) : NULL;
        ev->date_final = 1;
    }
}
