/*
 * dyads.c -- from a coded verb's source and target to event records.
 *
 * code_verbs() and nominal_events() settle which entities (or compounds)
 * are the source and the target; coder_make_events() turns them into the
 * dyads: each side's actor codes (every member of a compound, the
 * examples an unnamed phrase names), roles given a country where the text
 * implies one (fill_domestic), one event per source/target pair, a paired
 * code ("032:033") adding the reverse event, the passive swapping the
 * sides, and dyad's recoding of killings that are assaults and force used
 * by protesters.  Events identical to one of this sentence's are not
 * pushed twice.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coder_internal.h"
#include "util/strcopy.h"
#include "tok.h"

typedef struct actor_set {
    const char *code[64];
    const char *text[64];
    int n;
} actor_set;

static void add_actor_code(dyad_coder *c, actor_set *as, int ne, int keep_null)
{
    const char *code = c->ne_code[ne], *text = entity_text(c, ne);
    if (tok_is(code, "---")) {
        if (c->opt.new_actor_length > 0) {
            int words = 1;
            for (const char *p = text; *p; p++)
                words += *p == ' ';
            if (words <= c->opt.new_actor_length) {
                size_t l = strlen(text) + 3;
                char *q = arena_alloc(&c->scratch, l);
                if (q) {
                    snprintf(q, l, "\"%s\"", text);
                    code = q;
                }
            }
        } else if (!keep_null) {
            return;
        }
    }
    /* FRO+BIL+SAM (written with slashes): a code standing for several actors */
    const char *p = code;
    while (as->n < 64) {
        const char *slash = strchr(p, '/');
        size_t l = slash ? (size_t)(slash - p) : strlen(p);
        as->code[as->n] = slash ? arena_strndup(&c->scratch, p, l) : p;
        as->text[as->n] = text;
        as->n++;
        if (!slash)
            break;
        p = slash + 1;
    }
}

static void actor_codes(dyad_coder *c, actor_ref r, actor_set *as)
{
    as->n = 0;
    if (r.nec >= 0) {
        for (int k = 0; k < c->nec_count[r.nec]; k++)
            add_actor_code(c, as, c->nec_first[r.nec] + k, 0);
        if (as->n == 0) {
            as->code[0] = "---";
            as->text[0] = c->nec_count[r.nec] ? entity_text(c, c->nec_first[r.nec]) : "";
            as->n = 1;
        }
    } else if (r.ne >= 0) {
        add_actor_code(c, as, r.ne, 1);
    }
}

static char *dup_or_null(const char *s) { return s ? strdup(s) : NULL; }

static int push_event(dyad_event_list *out, size_t first, const char *src,
                      const char *tgt, const char *code, const char *stext,
                      const char *ttext, const char *trigger, const char *method)
{
    for (size_t i = first; i < out->n; i++)
        if (!strcmp(out->v[i].source, src) && !strcmp(out->v[i].target, tgt) &&
            !strcmp(out->v[i].code, code))
            return 0;
    dyad_event *ev = dyad_event_list_push(out);
    if (!ev)
        return DYAD_ENOMEM;
    str_copy(ev->source, sizeof ev->source, src);
    str_copy(ev->target, sizeof ev->target, tgt);
    dyad_event_set_code(ev, code);
    ev->source_text = dup_or_null(stext);
    ev->target_text = dup_or_null(ttext);
    ev->trigger = dup_or_null(trigger);
    ev->method = method;
    return 0;
}

int region_prefix(const char *code)
{
    static const char *const region[] = {       /* dyad.countries.actors.txt's */
        "AFR", "AME", "ASA", "BAL", "BLK", "CAR", "CAS", "CAU", "CEU", "CFR", "EAF", "EEU",
        "EUR", "LAM", "MDT", "MEA", "NAF", "NEU", "NMR", "OCE", "PGS", "SAF", "SAM", "SAS",
        "SCN", "SEA", "SEU", "WAF", "WEU", "WST", NULL };
    return tok_prefix_in(code, region);
}

int state_prefix(const char *code)
{
    if (strlen(code) < 3 || code[0] == '"' || tok_has_prefix(code, "---"))
        return 0;
    static const char *const orgs[] = { "IGO", "IMG", "NGO", "NGM", "MNC", NULL };
    for (int i = 0; orgs[i]; i++)
        if (!strncmp(code, orgs[i], 3))
            return 0;
    return 1;
}

/* Is code a state's institution or press (GOV, COP, JUD, LEG, OPP, MED)? */
static int domestic_role(const char *code)
{
    static const char *const roles[] = { "GOV", "COP", "JUD", "LEG", "OPP", "MED", NULL };
    if (strlen(code) < 6)
        return 0;
    for (int i = 0; roles[i]; i++)
        if (!strncmp(code + 3, roles[i], 3))
            return 1;
    return 0;
}

/* Give every role with no country in a ("---COP") the country cc. */
static void fill_country(dyad_coder *c, actor_set *a, const char *cc)
{
    for (int j = 0; j < a->n; j++)
        if (tok_has_prefix(a->code[j], "---") && a->code[j][3]) {
            char *f = arena_alloc(&c->scratch, strlen(a->code[j]) + 1);
            if (f) {
                sprintf(f, "%.3s%s", cc, a->code[j] + 3);
                a->code[j] = f;
            }
        }
}

/* Roles with no country ("---COP") get one, in this order:
 *  - the place the sentence happened in ("protesters marched in Nairobi",
 *    "gunmen ambushed police in northern Nigeria");
 *  - for attackers and protesters (roots 14, 18-20), the state whose
 *    officials they target;
 *  - for a target, the source's own ("released prisoners", "stormed
 *    parliament" are domestic) -- but not when giving, cooperating or
 *    deploying (roots 06, 07, 15), where the role names what is sent
 *    ("sent troops", "supplied drones"), not who receives it. */
/* The one state the sentence's actors name (its three letters in buf), if
 * exactly one: 1, else 0. */
static int sole_state(const dyad_coder *c, char buf[4])
{
    buf[0] = '\0';
    for (int k = 0; k < c->nne; k++) {
        const char *code = c->ne_code[k];
        if (!state_prefix(code) || region_prefix(code))
            continue;
        if (buf[0] && strncmp(buf, code, 3))
            return 0;
        memcpy(buf, code, 3);
        buf[3] = '\0';
    }
    return buf[0] != '\0';
}

static void fill_domestic(dyad_coder *c, actor_set *s, actor_set *t, const char *code)
{
    if (c->place_country[0] && state_prefix(c->place_country)) {
        fill_country(c, s, c->place_country);
        fill_country(c, t, c->place_country);
    }
    /* attackers and protesters named by role only ("gunmen assassinated
     * the Haitian president", "demonstrators marched against President
     * Ruto") are of the state whose officials, police, judges or press
     * they target: troops, companies and civilians are often hit abroad,
     * so they say nothing of the attacker */
    int root = code_root(code);
    if (t->n == 1 && state_prefix(t->code[0]) && !tok_has_prefix(t->code[0], "---") &&
        domestic_role(t->code[0]) && (root == 14 || (root >= 18 && root <= 20)))
        fill_country(c, s, t->code[0]);
    if (s->n == 1 && state_prefix(s->code[0]) && root != 6 && root != 7 && root != 15)
        fill_country(c, t, s->code[0]);
    /* force used by an organisation on people with no country, in a
     * sentence that names one state ("Niger's government sent troops after
     * Islamic State fighters killed 44 worshippers"): that state's people */
    char sole[4];
    if (root >= 18 && root <= 20 && s->n == 1 && !state_prefix(s->code[0]) &&
        !tok_has_prefix(s->code[0], "---") && sole_state(c, sole))
        fill_country(c, t, sole);
}

/* An unnamed entity that names examples stands for them: "aid from
 * sixty countries, including Greece and Israel" comes from Greece and
 * Israel. */
static actor_ref via_examples(const dyad_coder *c, actor_ref r)
{
    if (r.nec >= 0 || r.ne < 0 || !tok_is(c->ne_code[r.ne], "---"))
        return r;
    int ex = c->ne_examples[r.ne];
    return ex >= 0 ? (actor_ref){ ex, c->ne_nec[ex] } : r;
}

/* Is member j of compound set b the bare state of code ("relations
 * between China and the EU" said by a Chinese minister: not an event
 * with China)?  A compound's other members are the event's. */
static int own_state_in_pair(const char *code, const actor_set *b, int j)
{
    return b->n > 1 && strlen(b->code[j]) == 3 && strlen(code) > 3 &&
           !strncmp(code, b->code[j], 3);
}

/* Is code a state's own (a country code, bare or with GOV or MIL)? */
static int state_code(const char *code)
{
    size_t n = strlen(code);
    return (n == 3 || (n == 6 && (!strcmp(code + 3, "GOV") || !strcmp(code + 3, "MIL")))) &&
           strncmp(code, "---", 3) && strncmp(code, "IGO", 3) && strncmp(code, "IMG", 3) &&
           strncmp(code, "NGO", 3);
}

/* Weapons handed over (0873: disarming) by one state to another's forces
 * are military aid (072): "handed over a C-130H transport aircraft to the
 * Philippine air force"; rebels handing theirs to the army disarm. */
static const char *arms_code(const char *code, const char *src, const char *tgt)
{
    return tok_is(code, "0873") && state_code(src) && state_code(tgt) && strncmp(src, tgt, 3)
               ? "072" : code;
}

/* What a UN agency or an aid group hands over is aid, not trade:
 * "the World Health Organization delivered fuel and surgical supplies
 * to Gaza's hospitals" (fuel supplied is 061 from a state). */
static const char *agency_aid_code(const char *code, const char *src)
{
    return tok_is(code, "061") && (tok_has_prefix(src, "IGOUNO") || tok_has_prefix(src, "NGO"))
               ? "070" : code;
}

/* An organisation barred from working (172 on an IGO or NGO: "banned
 * UNRWA from operating") is withdrawn from, as aid agencies expelled
 * are (1663). */
static const char *barred_org_code(const char *code, const char *tgt)
{
    return tok_is(code, "172") && (tok_has_prefix(tgt, "IGO") || tok_has_prefix(tgt, "NGO"))
               ? "1663" : code;
}

/* A crowd that rallies against someone demonstrates (141), where a
 * state or a party rallying opposition is 113: "tens of thousands of
 * Russians rallied against President Putin". */
static const char *crowd_code(const char *code, const char *src)
{
    static const char *const crowd[] = { "CVL", "LAB", "EDU", "AGR", NULL };
    size_t n = strlen(src);
    return tok_is(code, "113") && n == 6 && tok_in(src + 3, crowd) ? "141" : code;
}

/* Another state's forces ordered out are withdrawn from (166), not
 * individuals expelled (174): "ordered French special forces to leave
 * the country". */
static const char *foreign_forces_code(const char *code, const char *src, const char *tgt)
{
    return tok_is(code, "174") && strlen(tgt) == 6 && !strcmp(tgt + 3, "MIL") &&
           state_code(src) && strncmp(src, tgt, 3) ? "166" : code;
}

/* The code of one source/target pair: the rules that read the pair's own
 * codes and words (purpose.c, assault.c) after the verb's code. */
static const char *pair_code(const char *ec, const char *src, const char *src_text,
                             const char *tgt, const char *tgt_text, const char *trigger)
{
    const char *code = border_code(ec, tgt_text);
    code = protester_code(code, src, src_text, trigger);
    code = assault_code(code, src, src_text, tgt, trigger);
    code = mass_code(code, tgt, tgt_text, trigger);
    code = barred_org_code(arms_code(agency_aid_code(code, src), src, tgt), tgt);
    return foreign_forces_code(crowd_code(code, src), src, tgt);
}

/* "shared information with their German counterparts", "met his Chinese
 * counterpart": an opposite number holds the source's role in the other
 * state (intelligence officers' counterparts are intelligence officers).
 * The code into buf, or tgt. */
static const char *counterpart_code(const char *src, const char *tgt, const char *tgt_text,
                                    char buf[16])
{
    size_t n = strlen(tgt);
    if (strlen(src) != 6 || (n != 3 && n != 6) || !tgt_text ||
        !strstr(tgt_text, "COUNTERPART") || !strcmp(src + 3, tgt + 3) || !state_code(tgt))
        return tgt;
    snprintf(buf, 16, "%.3s%s", tgt, src + 3);
    return buf;
}

void coder_make_events(dyad_coder *c, actor_ref src, actor_ref tgt, int passive,
                       const char *code, const char *trigger, const char *method,
                       dyad_event_list *out, size_t first)
{
    actor_set s, t;
    size_t made_from = out->n;
    if (!c->opt.petrarch_compat) {
        src = via_examples(c, src);
        tgt = via_examples(c, tgt);
    }
    actor_codes(c, src, &s);
    actor_codes(c, tgt, &t);
    if (s.n == 0 || t.n == 0)
        return;
    if (!c->opt.petrarch_compat)        /* in the passive t holds the agent */
        fill_domestic(c, passive ? &t : &s, passive ? &s : &t, code);
    char c1[16], c2[16];
    const char *colon = strchr(code, ':');
    if (colon) {
        str_copy_n(c1, sizeof c1, code, (size_t)(colon - code));
        str_copy(c2, sizeof c2, colon + 1);
        if (tok_is(s.code[0], "---"))
            s = t;
        else if (tok_is(t.code[0], "---"))
            t = s;
    } else {
        str_copy(c1, sizeof c1, code);
        c2[0] = 0;
    }
    for (int pass = 0; pass < (c2[0] ? 2 : 1); pass++) {
        const actor_set *a = pass ? &t : &s, *b = pass ? &s : &t;
        const char *ec = pass ? c2 : c1;
        for (int i = 0; i < a->n; i++)
            for (int j = 0; j < b->n; j++) {
                if (!strcmp(a->code[i], b->code[j]) || own_state_in_pair(a->code[i], b, j))
                    continue;
                int x = passive ? j : i, y = passive ? i : j;
                const actor_set *sa = passive ? b : a, *ta = passive ? a : b;
                char role[16];
                const char *tc = c->opt.petrarch_compat ? ta->code[y]
                               : counterpart_code(sa->code[x], ta->code[y], ta->text[y], role);
                const char *pc = c->opt.petrarch_compat ? ec
                               : pair_code(ec, sa->code[x], sa->text[x], tc, ta->text[y],
                                           trigger);
                push_event(out, first, sa->code[x], tc, pc, sa->text[x], ta->text[y], trigger,
                           method);
            }
    }
    int word = coder_word_of(c, trigger);
    for (size_t i = made_from; i < out->n; i++)
        out->v[i].trigger_word = word;
    datescope_events(c, trigger, out, made_from);
}

