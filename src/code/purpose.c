/*
 * purpose.c -- acts whose stated purpose says what they are, and whom
 * they are aimed at.
 *
 * Blocking roads, storming an embassy or torching buses "to protest" or
 * "in protest against X" are protests (CAMEO 14), not the rejection,
 * coercion or fighting the verb alone would code; force makes them a
 * violent protest (145).  Sending warships or flying bombers "in a show
 * of force against X" demonstrates military power (150), not aid or a
 * visit.  The target is whom the act is against: "farmers blocked border
 * crossings in protest against European Union farm rules" protests the
 * EU, not the crossings; so does a rally's aim ("rallied outside the AMIA
 * building to protest against Iran's refusal") and a deployment's ("in a
 * show of force against NATO").  A warning ", saying" that retaliation
 * will come threatens force (138).  code_verbs() calls purpose_code() on every
 * coded verb's lower sequence and, when the verb binds no target,
 * purpose_target().  Force used by protesters -- "protesters torched buses
 * and hurled stones at police", "demonstrators clashed with riot police"
 * -- is a violent protest too, whatever the verb, and so is a crowd
 * storming a building (protester_code(), asked once per source/target
 * pair).
 */
#include <string.h>

#include "coder_internal.h"
#include "tok.h"

/* Is lower->v[k] the word w? */
static int word_at(const seq *s, int k, const char *w)
{
    return k >= 0 && k < s->n && s->v[k].kind == SQ_WORD && tok_is(s->v[k].word, w);
}

/* Verbs of a stated aim that make an act a protest against their
 * object ("marched to denounce the president's handling of ..."); the
 * pressing ones only for an act that is a protest already ("blocked the
 * highways to press the government to repeal ...": a state that blocks a
 * resolution to press another is no protester). */
static const char *const decry[] = { "DENOUNCE", "CONDEMN", "DECRY", "OPPOSE", NULL };
static const char *const press[] = { "PRESS", "PRESSURE", NULL };

/* "to/in [(NE] protest", or "to" and a verb of decry (press too when
 * pressing): the index of the verb, else -1. */
static int protest_at(const seq *lower, int pressing)
{
    for (int k = 0; k + 1 < lower->n; k++) {
        int to = word_at(lower, k, "TO");
        if (!to && !word_at(lower, k, "IN"))
            continue;
        int j = k + 1;
        if (lower->v[j].kind == SQ_NE_OPEN && j + 1 < lower->n)
            j++;                           /* "to (NE protest" */
        if (word_at(lower, j, "PROTEST"))
            return j;
        if (to && j == k + 1 && lower->v[j].kind == SQ_WORD &&
            (tok_in(lower->v[j].word, decry) || (pressing && tok_in(lower->v[j].word, press))))
            return j;
    }
    return -1;
}

/* "show of force|strength": the index of FORCE/STRENGTH, else -1. */
static int show_of_force_at(const seq *lower)
{
    for (int k = 0; k + 2 < lower->n; k++)
        if (word_at(lower, k, "SHOW") && word_at(lower, k + 1, "OF") &&
            (word_at(lower, k + 2, "FORCE") || word_at(lower, k + 2, "STRENGTH")))
            return k + 2;
    return -1;
}

/* "warned Israel , saying any attack would trigger immediate retaliation":
 * a warning whose reported words promise retaliation or war threatens
 * force (138).  Is there such a clause in lower? */
static int warning_of_force(const seq *lower)
{
    static const char *const said[] = { "SAYING", "ADDING", "WARNING", NULL };
    static const char *const force[] = { "RETALIATION", "RETALIATE", "RETALIATORY",
        "REPRISAL", "REPRISALS", "WAR", NULL };
    int in_words = 0;
    for (int k = 0; k < lower->n; k++) {
        if (lower->v[k].kind != SQ_WORD)
            continue;
        const char *w = lower->v[k].word;
        if (k > 0 && word_at(lower, k - 1, ",") && tok_in(w, said))
            in_words = 1;
        else if (in_words && tok_in(w, force))
            return 1;
    }
    return 0;
}

/* "warned Georgia that it could suspend visa-free travel": a warning
 * whose clause says what the warner could do to reduce relations
 * threatens it (131; sanctions 1312, ties 1313).  The code, or NULL when
 * lower holds no such clause (a modal, then within three words a verb
 * of sanction). */
static const char *warning_of_sanction(const seq *lower)
{
    static const char *const modal[] = { "COULD", "WOULD", "WILL", "MIGHT", "MAY", NULL };
    static const char *const cut[] = { "SUSPEND", "CUT", "HALT", "FREEZE", "STOP", "END",
                                       "REVOKE", "BAN", "WITHDRAW", "BLOCK", NULL };
    static const char *const sanction[] = { "IMPOSE", "SANCTION", "TIGHTEN", NULL };
    static const char *const ties[] = { "SEVER", "DOWNGRADE", "EXPEL", "RECALL", NULL };
    for (int k = 0; k < lower->n; k++) {
        if (lower->v[k].kind != SQ_WORD || !tok_in(lower->v[k].word, modal))
            continue;
        for (int j = k + 1; j < lower->n && j <= k + 3; j++) {
            if (lower->v[j].kind != SQ_WORD)
                continue;
            const char *w = lower->v[j].word;
            if (tok_in(w, sanction))
                return "1312";
            if (tok_in(w, ties))
                return "1313";
            if (tok_in(w, cut))
                return "131";
        }
    }
    return NULL;
}

const char *purpose_code(const seq *lower, const char *code, int *at)
{
    int root = code_root(code);
    *at = -1;
    if ((tok_is(code, "012") || tok_is(code, "130")) && warning_of_force(lower))
        return "138";
    const char *threat = tok_is(code, "012") ? warning_of_sanction(lower) : NULL;
    if (threat)
        return threat;
    /* the aim must be the act's own: "declared a state of emergency after
     * police walked off the job in protest at a pay cut" is no protest */
    int may_protest = root == 12 || root == 14 || (root >= 17 && root <= 19);
    seq own = { lower->v, may_protest ? clause_opens_at(lower) : 0 };
    if (may_protest && (*at = protest_at(&own, root == 14)) >= 0)
        return root == 12 ? "144" : root == 14 ? code : "145";
    if (((root >= 1 && root <= 12) || root == 15) && (*at = show_of_force_at(lower)) >= 0)
        return root == 15 ? code : "150"; /* "sent warships in a show of force" */
    return code;
}

/* The agent of the act the entity opening at lower->v[open] names, when
 * BY follows it within a few words ("against their detention without
 * trial by the Israeli authorities"): whom a protest against the act is
 * aimed at.  None when no named actor follows BY. */
static actor_ref act_agent(const dyad_coder *c, const seq *lower, int open)
{
    actor_ref none = { -1, -1 };
    int ne = lower->v[open].ne, j = open + 1;
    while (j < lower->n && !(lower->v[j].kind == SQ_NE_CLOSE && lower->v[j].ne == ne))
        j++;
    for (int end = j + 6; ++j < lower->n && j < end;) {
        if (word_at(lower, j, ",") || word_at(lower, j, "AND"))
            return none;
        if (word_at(lower, j, "BY") && j + 1 < lower->n &&
            lower->v[j + 1].kind == SQ_NE_OPEN && lower->v[j + 1].ne >= 0) {
            actor_ref r = { lower->v[j + 1].ne, c->ne_nec[lower->v[j + 1].ne] };
            return ref_named(c, r) ? r : none;
        }
    }
    return none;
}

/* "PROTEST|FORCE [~NE] AGAINST|OVER|AT (NE x": x if it names an actor, or
 * the agent of the act x names. */
actor_ref purpose_target(const dyad_coder *c, const seq *lower, int at)
{
    actor_ref none = { -1, -1 };
    int k = at + 1;
    if (!word_at(lower, at, "PROTEST") && !word_at(lower, at, "FORCE") &&
        !word_at(lower, at, "STRENGTH")) {  /* "to denounce (NE x": its object */
        actor_ref r = seq_ref_at(c, lower, k);
        return r.ne >= 0 && ref_coded(c, r) ? r : none;
    }
    if (k < lower->n && lower->v[k].kind == SQ_NE_CLOSE)
        k++;
    if (k + 1 >= lower->n || lower->v[k].kind != SQ_WORD ||
        !(tok_is(lower->v[k].word, "AGAINST") || tok_is(lower->v[k].word, "OVER") ||
          tok_is(lower->v[k].word, "AT")))
        return none;
    actor_ref r = seq_ref_at(c, lower, k + 1);
    actor_ref agent = lower->v[k + 1].kind == SQ_NE_OPEN ? act_agent(c, lower, k + 1) : none;
    if (agent.ne >= 0)
        return agent;
    /* "against foreign competition" names no one: look elsewhere */
    return r.ne >= 0 && ref_named(c, r) ? r : none;
}

/* The state part of r's code (its first member's, for a compound), or
 * NULL when r names no state. */
static const char *state_of(const dyad_coder *c, actor_ref r)
{
    int ne = r.nec >= 0 ? c->nec_first[r.nec] : r.ne;
    const char *code = ne >= 0 ? c->ne_code[ne] : NULL;
    return code && strlen(code) >= 3 && !tok_has_prefix(code, "---") && code[0] != '"'
               ? code : NULL;
}

/* Index in lower just past a cause marker at k: AFTER, FOLLOWING, AMID,
 * AHEAD OF, or IN + RESPONSE/RETALIATION/ANTICIPATION (inside an entity
 * or not); -1 if none starts at k. */
int cause_marker_at(const seq *lower, int k)
{
    if (word_at(lower, k, "AFTER") || word_at(lower, k, "FOLLOWING") ||
        word_at(lower, k, "AMID"))
        return k + 1;
    if (word_at(lower, k, "AHEAD") && word_at(lower, k + 1, "OF"))
        return k + 2;
    /* "as China massed warships": a clause of its own subject */
    if (word_at(lower, k, "AS") && k + 1 < lower->n && lower->v[k + 1].kind == SQ_NE_OPEN)
        return k + 1;
    if (!word_at(lower, k, "IN"))
        return -1;
    int j = k + 1;
    if (j < lower->n && lower->v[j].kind == SQ_NE_OPEN)
        j++;
    if (word_at(lower, j, "RESPONSE") || word_at(lower, j, "RETALIATION") ||
        word_at(lower, j, "ANTICIPATION"))
        return k + 1;
    return -1;
}

/* Is lower->v[k] an OVER before an entity with a possessive ("over
 * Turkey's plans", "over China's drills")?  That OVER gives a cause, where
 * "over Kashmir" gives a place. */
static int over_possessive(const dyad_coder *c, const seq *lower, int k)
{
    if (!word_at(lower, k, "OVER") || k + 1 >= lower->n ||
        lower->v[k + 1].kind != SQ_NE_OPEN || lower->v[k + 1].ne < 0)
        return 0;
    const plist *pl = &c->pl;
    for (int i = c->ne_pos[lower->v[k + 1].ne] + 2; i >= 2 && i < pl->n; i++) {
        if (tok_is(pl->tok[i], "~NE"))
            return 0;
        if (tok_is(pl->tok[i], "(POS"))
            return 1;
    }
    return 0;
}

actor_ref cause_target(const dyad_coder *c, const seq *lower, actor_ref src)
{
    actor_ref none = { -1, -1 };
    const char *own = state_of(c, src);
    for (int k = 0; k < lower->n; k++) {
        int from = cause_marker_at(lower, k);
        if (from < 0 && over_possessive(c, lower, k))
            from = k + 1;                  /* "over Turkey's plans to drill" */
        if (from < 0)
            continue;
        /* the cause's first named actor, within its phrase ("after Indian
         * missile strikes", "in response to the Israeli offensive") */
        for (int j = from; j < lower->n && j < from + 8; j++) {
            if (lower->v[j].kind != SQ_NE_OPEN || lower->v[j].ne < 0)
                continue;
            actor_ref r = { lower->v[j].ne, c->ne_nec[lower->v[j].ne] };
            const char *st = state_of(c, r);
            if (st && !(own && !strncmp(own, st, 3)))
                return r;
        }
        return none;
    }
    return none;
}

int same_state_refs(const dyad_coder *c, actor_ref a, actor_ref b)
{
    const char *x = state_of(c, a), *y = state_of(c, b);
    return x && y && !strncmp(x, y, 3);
}

/* Does the source's text name protesters? */
static int names_protesters(const char *text)
{
    static const char *const who[] = { "PROTESTER", "PROTESTOR", "DEMONSTRATOR",
                                       "RIOTER", "MARCHER", NULL };
    return text_has_any(text, who);
}

const char *border_code(const char *code, const char *tgt_text)
{
    static const char *const edge[] = { " BORDER", " BORDERS", " FRONTIER", " FRONTIERS", NULL };
    if (code_root(code) != 7 || !tgt_text)
        return code;
    size_t n = strlen(tgt_text);
    for (int i = 0; edge[i]; i++) {
        size_t k = strlen(edge[i]);
        if (n > k && !strcmp(tgt_text + n - k, edge[i]))
            return "154";
    }
    return code;
}

/* Is src a crowd's role: civilians, opposition supporters, workers,
 * students ("Supporters of former president Jair Bolsonaro" are BRACVL)? */
static int crowd_role(const char *src)
{
    static const char *const crowd[] = { "CVL", "OPP", "LAB", "EDU", NULL };
    return strlen(src) == 6 && tok_in(src + 3, crowd);
}

const char *protester_code(const char *code, const char *src, const char *src_text,
                           const char *trigger)
{
    int root = code_root(code);
    if (root != 17 && root != 18 && root != 19)
        return code;
    /* a crowd that storms a building protests violently: "supporters of
     * Bolsonaro stormed Congress" */
    int crowd_storms = trigger && tok_has_prefix(trigger, "STORM") && crowd_role(src);
    return names_protesters(src_text) || crowd_storms ? "145" : code;
}
