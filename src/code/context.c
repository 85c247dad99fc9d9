/*
 * context.c -- what a document has named so far, so that pronouns and
 * definite references code as the actor they point back to:
 *
 *   he, him, his, she, her         the last person named
 *   it, its, they, them, their     the last actor of any kind, not a
 *                                   place; they/their: none after a
 *                                   compound in the same sentence
 *   the group / militia / movement / organization   the last non-state group
 *   the rebels / insurgents / guerrillas / militants the last armed group
 *   the regime / government / administration        the last state + GOV
 *   the country / nation                            the last state
 *   the attack / strike / launch / raid ...         who did the last
 *                                                   hostile act (13-20)
 *
 * A possessive pronoun keeps the agents of its phrase: "its military" is
 * the last actor's code with MIL.  The coder notes every coded entity in
 * document order (context_note), so a reference can point back within
 * the same sentence; dyad_coder_reset_context() starts a new document.
 */
#include <stdio.h>
#include <string.h>

#include "coder_internal.h"
#include "util/strcopy.h"
#include "tok.h"


/* Could w be a pronoun (he, him, his, she, her, it, its, they, them, their)?
 * Asked of every word of every entity, so a first-letter test goes first. */
static int maybe_pronoun(const char *w)
{
    return w[0] == 'H' || w[0] == 'S' || w[0] == 'I' || w[0] == 'T';
}

static int is_group_code(const char *c)
{
    static const char *const prefixes[] = { "IGO", "IMG", "NGO", "NGM", "MNC", NULL };
    return tok_prefix_in(c, prefixes);
}

/* An armed group: a transnational one (IMG) or a state's rebels,
 * separatists or insurgents (COLREB). */
static int is_armed_code(const char *c)
{
    static const char *const armed[] = { "REB", "SEP", "INS", NULL };
    return tok_has_prefix(c, "IMG") || (strlen(c) >= 6 && tok_prefix_in(c + 3, armed));
}

void context_note_act(dyad_coder *c, const char *code)
{
    if (code && !tok_has_prefix(code, "---") && code[0] != '"')
        str_copy(c->ctx.act, sizeof c->ctx.act, code);
}

void context_note(dyad_coder *c, const char *code, int person)
{
    if (!code || code[0] == '"' || tok_has_prefix(code, "---"))
        return;
    coder_context *x = &c->ctx;
    str_copy(x->any, sizeof x->any, code);
    if (person)
        str_copy(x->person, sizeof x->person, code);
    if (is_armed_code(code))
        str_copy(x->armed, sizeof x->armed, code);
    if (is_group_code(code))
        str_copy(x->group, sizeof x->group, code);
    else
        str_copy(x->state, sizeof x->state, code);
}

void context_note_place(dyad_coder *c, const char *code)
{
    if (code && code[0] != '"' && !tok_has_prefix(code, "---") && !is_group_code(code))
        str_copy(c->ctx.state, sizeof c->ctx.state, code);
}

/* Code of the referent (or "" when the document has none yet). */
static const char *referent(const dyad_coder *c, const char *const *w, int n,
                            int *possessive, char *buf, size_t len)
{
    static const char *const he[] = { "HE", "HIM", "HIS", "SHE", "HER", NULL };
    static const char *const it[] = { "IT", "ITS", "THEY", "THEM", "THEIR", NULL };
    static const char *const group[] = { "GROUP", "MILITIA", "MOVEMENT",
                                         "ORGANIZATION", "ORGANISATION", NULL };
    static const char *const gov[] = { "REGIME", "GOVERNMENT", "ADMINISTRATION", NULL };
    static const char *const state[] = { "COUNTRY", "NATION", NULL };
    static const char *const armed[] = { "REBELS", "INSURGENTS", "GUERRILLAS", "MILITANTS",
                                         "JIHADISTS", "MILITIAMEN", NULL };
    static const char *const act[] = { "ATTACK", "ATTACKS", "STRIKE", "STRIKES",
                                       "AIRSTRIKE", "AIRSTRIKES", "LAUNCH", "LAUNCHES",
                                       "BOMBING", "BOMBINGS", "SHELLING", "RAID", "RAIDS",
                                       "INVASION", "INCURSION", "OFFENSIVE", "ASSAULT",
                                       "KILLINGS", "CRACKDOWN", "BLOCKADE", "SEIZURE",
                                       "TEST", "TESTS", NULL };
    const coder_context *x = &c->ctx;
    *possessive = 0;
    if (tok_in(w[0], he)) {
        *possessive = n > 1;
        return x->person[0] ? x->person : x->any;
    }
    static const char *const they[] = { "THEY", "THEM", "THEIR", NULL };
    if (tok_in(w[0], it)) {
        *possessive = n > 1;
        return x->compound && tok_in(w[0], they) ? "" : x->any;
    }
    for (int i = 1; i < n; i++)          /* "troops along its border" */
        if (maybe_pronoun(w[i]) && (tok_in(w[i], it) || tok_in(w[i], he))) {
            if (x->compound && tok_in(w[i], they))
                return "";
            return tok_in(w[i], he) && x->person[0] ? x->person : x->any;
        }
    if (!tok_is(w[0], "THE") || n < 2 || n > 4)
        return "";
    const char *head = w[n - 1];
    if (tok_in(head, group))
        return x->group;
    if (tok_in(head, armed))
        return x->armed;
    if (tok_in(head, gov) && x->state[0]) {
        snprintf(buf, len, "%.3sGOV", x->state);
        return buf;
    }
    if (tok_in(head, state) && x->state[0]) {
        snprintf(buf, len, "%.3s", x->state);
        return buf;
    }
    if (tok_in(head, act))
        return x->act;                 /* "condemned the launch" */
    return "";
}

const char *context_resolve(dyad_coder *c, const char *const *w, int n)
{
    if (n <= 0)
        return NULL;
    char buf[DYAD_CODE_MAX];
    int possessive;
    const char *r = referent(c, w, n, &possessive, buf, sizeof buf);
    if (!r[0])
        return NULL;
    char out[DYAD_CODE_MAX * 2];
    str_copy(out, sizeof out, r);
    if (possessive) {
        /* agents of the rest of the phrase compose with the referent */
        char ag[DYAD_CODE_MAX];
        const char *a = actor_code_for_phrase(c->d, w + 1, n - 1, c->date, ag,
                                              sizeof ag, NULL);
        static const char *const org[] = { "IGO", "IMG", "NGO", "NGM", NULL };
        if (a && tok_has_prefix(a, "---") && a[3] && !strstr(out, a + 3)) {
            /* a state's person has one role: "his family" after Assad
             * (SYRGOV) is SYRCVL, not SYRGOVCVL */
            int role_of_state = strlen(r) > 3 && !tok_prefix_in(r, org);
            snprintf(out, sizeof out, "%.*s%s", role_of_state ? 3 : (int)strlen(r), r, a + 3);
        }
    }
    return arena_strdup(&c->scratch, out);
}
