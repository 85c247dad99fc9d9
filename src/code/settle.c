/*
 * settle.c -- whom a coded verb phrase is done by and to.
 *
 * Once a verb pattern has matched (match.c) and bound a source and a
 * target, or not, dyad's own rules settle them: a stated purpose, places,
 * passives and their agents, the source's own things, compounds acting
 * with themselves, causes, force used on a place, and a few codes that
 * the settled roles change (a bloc exit, a mass killing).  code_verbs()
 * in coder.c calls settle_roles() once per coded verb phrase; the rules it
 * runs live in roles.c, purpose.c, assault.c and their neighbours, and
 * this file only says in which order they apply.
 */
#include <string.h>

#include "coder_internal.h"
#include "tok.h"

/* Does a rally's stated aim ("to protest against Iran's refusal") name
 * whom it protests better than where it was held (tgt)?  Not when it is
 * the protesters' own ("his treatment", or their country's), nor when the
 * place is the same state's ("stormed the U.S. embassy to protest against
 * American air strikes": the embassy is the more precise).  Their own
 * state's government is an aim ("marched to denounce the president"). */
static int protest_aim(const dyad_coder *c, const seq *upper, actor_ref tgt, actor_ref aim)
{
    actor_ref src = upper_source(c, upper, NULL);
    static const char *const state_roles[] = { "GOV", "MIL", "COP", "JUD", "LEG", NULL };
    const char *a = c->ne_code[aim.ne];
    int state_role = strlen(a) == 6 && tok_in(a + 3, state_roles);
    if (aim.nec >= 0 || (src.ne >= 0 && src.nec < 0 && !strncmp(c->ne_code[src.ne], a, 3) &&
                         (!state_role || !strcmp(c->ne_code[src.ne], a))))
        return 0;
    return tgt.ne < 0 || tgt.nec >= 0 || strncmp(c->ne_code[tgt.ne], a, 3) ||
           (strlen(c->ne_code[tgt.ne]) == 3 && strlen(a) > 3);   /* "through Mexico
                                                                  * City" is no aim */
}

/* dyad's rules (PETRARCH's where it codes as PETRARCH) for whom a coded
 * verb phrase is done by and to, once its pattern has matched: a stated
 * purpose, places, passives, the source's own things, compounds acting
 * with themselves, causes, force used on a place.  The order matters:
 * each rule sees what the ones before it settled. */
void settle_roles(dyad_coder *c, const seq *upper, const seq *lower,
                         const match_result *m, int vpos, int vpend, verb_roles *r)
{
    const plist *pl = &c->pl;
    actor_ref src = r->src, tgt = r->tgt;
    const char *code = r->code;
    int passive = r->passive;
    int purpose_at = -1;
    if (!c->opt.petrarch_compat)
        code = intent_code(upper, purpose_code(lower, code, &purpose_at));
    if (purpose_at >= 0 && (code_root(code) == 15 || code_root(code) == 14)) {
        actor_ref against = purpose_target(c, lower, purpose_at);
        if (against.ne >= 0 && (code_root(code) == 15 || protest_aim(c, upper, tgt, against)))
            tgt = against;         /* "sent warships to the Caribbean in */
    }                              /* a show of force against Venezuela" */

    if (!c->opt.petrarch_compat && c->opt.require_dyad && !c->opt.new_actor_length &&
        (tgt.ne >= 0 || tgt.nec >= 0) && !ref_named(c, tgt))
        tgt.ne = tgt.nec = -1;  /* "gifting + land": the slot names no actor */
    /* "was received in Ankara by Erdogan": in the passive a slot that
     * caught the place gives way to the agent after BY; so does a bare
     * slot right after the verb ("met + ": "met in Manila") */
    int bare_slot = m->pat && m->pat->nlow > 0 && m->pat->low[0].kind == PE_TARGET;
    if (!c->opt.petrarch_compat && (passive || bare_slot) && ref_is_place(lower, tgt))
        tgt.ne = tgt.nec = -1;
    if (!c->opt.petrarch_compat && !passive) {
        actor_ref obj = object_for_place(c, lower, tgt);
        if (obj.ne >= 0)
            tgt = obj;
    }
    int bound_tgt = tgt.ne >= 0 || tgt.nec >= 0;
    /* "X was extradited to the United States by the Bahamas": a slot
     * the pattern bound before the agent, or a destination after it ("by
     * the Bahamas to the United States"), is the target, and the agent
     * after BY the source; the passive's subject is neither.  (Not
     * when both are of one state: "ordered out of Mali by the
     * military government" bound a place.) */
    if (!c->opt.petrarch_compat && passive && bound_tgt && src.ne < 0 && src.nec < 0) {
        actor_ref agent = by_agent(c, lower);
        int at = seq_index(lower, tgt), by = seq_index(lower, agent);
        int destination = at > 0 && lower->v[at - 1].kind == SQ_WORD &&
                          (tok_is(lower->v[at - 1].word, "TO") ||
                           tok_is(lower->v[at - 1].word, "INTO"));
        if (agent.ne >= 0 && at >= 0 && (at < by || (at > by && destination)) &&
            tgt.ne >= 0 && strncmp(c->ne_code[agent.ne], c->ne_code[tgt.ne], 3)) {
            src = agent;
            passive = 0;
            /* "Ukraine's air force was given thirteen jets by Slovakia":
             * a slot that caught the thing given leaves the subject, who
             * received it, the target */
            actor_ref subject = upper_source(c, upper, NULL);
            if (!ref_coded(c, tgt) && ref_coded(c, subject))
                tgt = subject;
        }
    }
    /* "Field hospitals ... were sent to Libya by Egypt and Algeria": a
     * passive whose subject is a thing, not an actor, is done by the
     * agent after BY to the one after TO */
    if (!c->opt.petrarch_compat && passive && !bound_tgt && !ref_coded(c, src)) {
        actor_ref agent = by_agent(c, lower), to = to_recipient(c, lower);
        if (to.ne >= 0 && ref_coded(c, agent)) {
            src = agent;
            tgt = to;
            bound_tgt = 1;
            passive = 0;
        }
    }
    /* "Cuba sent a brigade of doctors to Italy": help whose slot caught
     * only a role ("---HLH": the doctors, or the hospitals they help) goes
     * to the state after TO */
    if (!c->opt.petrarch_compat && !passive && bound_tgt && !ref_coded(c, tgt) &&
        (code_root(code) == 6 || code_root(code) == 7)) {
        actor_ref to = to_recipient(c, lower);
        if (to.ne >= 0)
            tgt = to;
    }
    /* "Ukraine received aid from $": a source found after the verb
     * makes the subject the target */
    if (!c->opt.petrarch_compat && !bound_tgt && !passive &&
        (src.ne >= 0 || src.nec >= 0) && seq_holds(lower, src)) {
        tgt = coder_find_entity(c, upper, NULL);
        bound_tgt = tgt.ne >= 0 || tgt.nec >= 0;
    }
    if (tgt.ne < 0 && tgt.nec < 0 && purpose_at >= 0)
        tgt = purpose_target(c, lower, purpose_at);
    if (tgt.ne < 0 && tgt.nec < 0)
        tgt = c->opt.petrarch_compat ? coder_find_entity(c, lower, NULL)
                                     : find_target(c, lower, passive);
    if (!c->opt.petrarch_compat && !passive)
        drop_own_target(c, upper, lower, src, &tgt);
    if (tgt.ne < 0 && tgt.nec < 0 && purpose_at >= 0)  /* "burned their */
        tgt = purpose_target(c, lower, purpose_at);     /* scarves in protest" */
    if (!c->opt.petrarch_compat && passive &&
        (passive_compound_agent(c, upper, &src, &tgt, code) ||
         passive_own_forces(c, upper, lower, &src, &tgt, code)))
        passive = 0;
    if (!c->opt.petrarch_compat)
        refine_roles(c, upper, lower, &src, &tgt, bound_tgt, code);
    if (!c->opt.petrarch_compat && !bound_tgt && !passive)
        skip_self_target(c, upper, lower, src, &tgt);
    /* "said to reporters", "told journalists": the press a statement
     * is made to is no party to it */
    if (!c->opt.petrarch_compat && code_root(code) == 1 && tgt.ne >= 0 && tgt.nec < 0 &&
        tok_is(c->ne_code[tgt.ne], "---MED"))
        tgt.ne = -1;
    if (!c->opt.petrarch_compat && tok_is(code, "016") && denies_clause(lower))
        tgt = denial_target(c, lower);
    if (!c->opt.petrarch_compat && code_root(code) == 15) {
        actor_ref s = src.ne >= 0 || src.nec >= 0 ? src : upper_source(c, upper, NULL);
        if ((tgt.ne < 0 && tgt.nec < 0) || same_state_refs(c, s, tgt)) {
            actor_ref where = place_target(c, lower);   /* "drills around Taiwan */
            if (where.ne >= 0 || where.nec >= 0)        /* after ...": where */
                tgt = where;                            /* before why, and before */
        }                                               /* "calling them ..." */
        if ((tgt.ne < 0 && tgt.nec < 0) || same_state_refs(c, s, tgt)) {
            actor_ref cause = cause_target(c, lower, s);
            if (cause.ne >= 0)
                tgt = cause;
        }
    }
    /* force used (18-20) where no one is named: on the place, unless
     * it is only threatened or planned ("to fire") or the agent is
     * unknown (a passive).  A release (084) is of someone or something:
     * "a report released in Geneva" releases nothing to Switzerland.
     * A claim of responsibility (015) is aimed at the victim: where the
     * attack struck when no one is named ("the attack on a concert hall
     * near Moscow"); so is a threat of force (138: "to fire missiles into
     * the waters around Guam"). */
    int done_force = code_root(code) >= 18 && !passive && !be_participle(pl, vpos) &&
                     !tok_is(pl->tok[vpos - 1], "(VB");
    int yielded = code_root(code) == 8 && !tok_has_prefix(code, "084");
    if (!c->opt.petrarch_compat && tgt.ne < 0 && tgt.nec < 0 &&
        (code_root(code) == 15 || yielded || done_force || tok_has_prefix(code, "172") ||
         tok_has_prefix(code, "015") || tok_has_prefix(code, "138")))
        tgt = place_target(c, lower);
    if (!c->opt.petrarch_compat && tgt.ne < 0 && tgt.nec < 0)
        tgt = target_in_clause(c, vpend);
    if (!c->opt.petrarch_compat && code_root(code) >= 18 && code_root(code) <= 19 &&
        killing_toll_hundreds(lower))
        code = "202";       /* "bombed a crowd ..., killing about 170 people" */
    if (!c->opt.petrarch_compat)
        code = bloc_exit_code(c, upper, src, tgt, code);
    r->src = src, r->tgt = tgt, r->code = code, r->passive = passive;
}
