/*
 * roles.c -- which entities a coded verb's source and target are when
 * its pattern does not bind them: the nearest named actor after the verb
 * (not a place the event happened in), named actors later in the clause
 * for role-only or self-referring targets, and reciprocal events for
 * compound subjects.
 */
#include <string.h>

#include "coder_internal.h"
#include "tok.h"

static int coder_is_locative(const char *w)
{
    static const char *const loc[] = { "IN", "AT", "NEAR", "INSIDE", "OUTSIDE",
                                       "ACROSS", "AROUND", "THROUGHOUT", "ALONG", "OFF",
                                       NULL };
    for (int i = 0; loc[i]; i++)
        if (!strcmp(w, loc[i]))
            return 1;
    return 0;
}

/* Is the entity opened at s->v[k] a place the event happened in: after
 * IN, AT, NEAR ..., or "on the sidelines / margins of" a meeting? */
static int seq_place_at(const seq *s, int k)
{
    if (k <= 0 || s->v[k].kind != SQ_NE_OPEN || s->v[k - 1].kind != SQ_WORD)
        return 0;
    const char *w = s->v[k - 1].word;
    if (coder_is_locative(w))           /* but "at least 12 civilians" counts */
        return !(tok_is(w, "AT") && k + 1 < s->n && s->v[k + 1].kind == SQ_WORD &&
                 (tok_is(s->v[k + 1].word, "LEAST") || tok_is(s->v[k + 1].word, "MOST")));
    if (!tok_is(w, "ON") || k + 2 >= s->n || s->v[k + 1].kind != SQ_WORD ||
        s->v[k + 2].kind != SQ_WORD || !tok_is(s->v[k + 1].word, "THE"))
        return 0;
    static const char *const edge[] = { "SIDELINES", "SIDELINE", "MARGINS", "MARGIN",
                                        "FRINGES", NULL };
    for (int i = 0; edge[i]; i++)
        if (!strcmp(s->v[k + 2].word, edge[i]))
            return 1;
    return 0;
}

/* Is the entity opened at s->v[k], after AT, people ("fired at student
 * protesters", "at demonstrators"): a target, not the place of the event? */
static int aimed_at_people(const dyad_coder *c, const seq *s, int k)
{
    static const char *const people[] = { "CVL", "EDU", "OPP", "LAB", "REF", "MED", NULL };
    if (k <= 0 || s->v[k].kind != SQ_NE_OPEN || s->v[k - 1].kind != SQ_WORD ||
        !tok_is(s->v[k - 1].word, "AT"))
        return 0;
    const char *code = c->ne_code[s->v[k].ne];
    size_t n = strlen(code);
    return n >= 6 && tok_in(code + n - 3, people);
}

/* Is the entity opened at s->v[k] a description after AS ("condemned the
 * launch as a clear violation of Security Council resolutions")?  It says
 * what the object is, so it is no target. */
static int seq_description_at(const seq *s, int k)
{
    return k > 0 && k + 1 < s->n && s->v[k].kind == SQ_NE_OPEN &&
           s->v[k - 1].kind == SQ_WORD && tok_is(s->v[k - 1].word, "AS") &&
           s->v[k + 1].kind == SQ_WORD &&
           (tok_is(s->v[k + 1].word, "A") || tok_is(s->v[k + 1].word, "AN"));
}

/* Is the entity opened at s->v[k] the agent of a participle that
 * describes a preposition's object ("swapped prisoners in an exchange
 * brokered by the Emirates")?  It does another verb's act, in an adjunct,
 * so it is no target of this one -- unlike the agent of a noun
 * ("investigated abuses by Myanmar's military") or of a participle
 * describing the object ("dismissed the ruling won by the Philippines"). */
static int seq_agent_at(const dyad_coder *c, const seq *s, int k)
{
    if (k <= 0 || s->v[k].kind != SQ_NE_OPEN || s->v[k].ne < 0 ||
        s->v[k - 1].kind != SQ_WORD || !tok_is(s->v[k - 1].word, "BY"))
        return 0;
    const char *const *t = (const char *const *)c->pl.tok;
    int p = c->ne_pos[s->v[k].ne];   /* (VP (VBN X ~VBN (PP (IN BY ~IN (NE */
    while (p > 0 && coder_starts(t[p - 1], "(NP"))
        p--;                         /* "... BY ~IN (NP2 (NE" */
    if (p < 9 || !tok_is(t[p - 1], "~IN") || !tok_is(t[p - 3], "(IN") ||
        !tok_is(t[p - 4], "(PP") || !(tok_is(t[p - 5], "~VBN") || tok_is(t[p - 5], "~VBD")) ||
        !coder_starts(t[p - 8], "(VP") || !tok_is(t[p - 9], "~NE"))
        return 0;
    int j = p - 10;                  /* back to the described noun's (NE */
    while (j > 0 && !tok_is(t[j], "(NE"))
        j--;
    while (j > 0 && coder_starts(t[j - 1], "(NP"))
        j--;
    return j > 0 && tok_is(t[j - 1], "~IN");
}

/* The head nouns of weapons. */
static const char *const weapon_words[] = { "MISSILE", "MISSILES", "ROCKET", "ROCKETS",
    "DRONE", "DRONES", "SHELL", "SHELLS", "BOMB", "BOMBS", "MORTARS", "ARTILLERY", NULL };

/* Is the entity opened at s->v[k] a weapon of no one named ("launched a
 * ballistic missile", "fired rockets")?  What was used is no target. */
static int seq_weapon_at(const dyad_coder *c, const seq *s, int k)
{
    if (s->v[k].kind != SQ_NE_OPEN || !tok_is(c->ne_code[s->v[k].ne], "---MIL"))
        return 0;
    int j = k + 1;
    while (j < s->n && s->v[j].kind == SQ_WORD)
        j++;                               /* to the entity's close */
    if (j == k + 1 || j >= s->n || s->v[j].kind != SQ_NE_CLOSE)
        return 0;
    return tok_in(s->v[j - 1].word, weapon_words);
}

/* The index in pl of entity ne's close ("~NE"), or -1. */
static int entity_close(const dyad_coder *c, int ne)
{
    return ne >= 0 && c->ne_pos[ne] >= 0 ? plist_find(&c->pl, "~NE", c->ne_pos[ne] + 2) : -1;
}

int ref_is_weapon(const dyad_coder *c, actor_ref r)
{
    if (r.ne < 0 || r.nec >= 0 ||
        !(tok_is(c->ne_code[r.ne], "---MIL") || tok_is(c->ne_code[r.ne], "---")))
        return 0;
    int close = entity_close(c, r.ne);
    return close > 0 && tok_in(c->pl.tok[close - 1], weapon_words);
}

actor_ref weapon_user(const dyad_coder *c, actor_ref r)
{
    static const char *const used[] = { "LAUNCHED", "FIRED", "SENT", "OPERATED", "FLOWN",
                                         "DEPLOYED", "USED", NULL };
    if (!ref_is_weapon(c, r))
        return r;
    const plist *pl = &c->pl;
    int j = entity_close(c, r.ne) + 1;
    if (j <= 0 || j + 8 >= pl->n || !tok_has_prefix(pl->tok[j], "(VP") ||
        !tok_is(pl->tok[j + 1], "(VBN") || !tok_in(pl->tok[j + 2], used) ||
        !tok_is(pl->tok[j + 4], "(PP") || !tok_is(pl->tok[j + 6], "BY") ||
        !tok_is(pl->tok[j + 8], "(NE"))
        return r;
    int e = entities_at(c, j + 8);
    actor_ref user = { e, e >= 0 ? c->ne_nec[e] : -1 };
    return e >= 0 && ref_named(c, user) ? user : r;
}

/* Is r (a single entity) a place in s, where the event happened? */
int ref_is_place(const seq *s, actor_ref r)
{
    for (int k = 0; r.nec < 0 && r.ne >= 0 && k < s->n; k++)
        if (s->v[k].kind == SQ_NE_OPEN && s->v[k].ne == r.ne)
            return seq_place_at(s, k);
    return 0;
}

actor_ref object_for_place(const dyad_coder *c, const seq *lower, actor_ref tgt)
{
    actor_ref none = { -1, -1 };
    if (tgt.ne < 0 || tgt.nec >= 0 || lower->n == 0 || lower->v[0].kind != SQ_NE_OPEN ||
        lower->v[0].ne == tgt.ne || !ref_is_place(lower, tgt))
        return none;
    const char *code = c->ne_code[lower->v[0].ne];
    if (tok_has_prefix(code, "---") || code[0] == '"')
        return none;
    actor_ref r = { lower->v[0].ne, c->ne_nec[lower->v[0].ne] };
    return r;
}

int seq_index(const seq *s, actor_ref r)
{
    for (int k = 0; k < s->n; k++)
        if ((s->v[k].kind == SQ_NE_OPEN && r.nec < 0 && r.ne >= 0 && s->v[k].ne == r.ne) ||
            (s->v[k].kind == SQ_NEC_OPEN && r.nec >= 0 && s->v[k].ne == r.nec))
            return k;
    return -1;
}

int seq_holds(const seq *s, actor_ref r)
{
    return seq_index(s, r) >= 0;
}

/* Does a member of r (r itself when no compound) have a code that names
 * an actor: not "---" (any), or with no "---" part at all (coded, not a
 * bare role such as "---HLH")? */
static int ref_has_code(const dyad_coder *c, actor_ref r, int coded)
{
    int first = r.nec >= 0 ? c->nec_first[r.nec] : r.ne;
    int count = r.nec >= 0 ? c->nec_count[r.nec] : r.ne >= 0;
    for (int k = first; k < first + count; k++)
        if (coded ? !tok_has_prefix(c->ne_code[k], "---") : !tok_is(c->ne_code[k], "---"))
            return 1;
    return 0;
}

/* Does the reference name at least one actor (a compound: any member)? */
int ref_named(const dyad_coder *c, actor_ref r)
{
    return ref_has_code(c, r, 0);
}

int ref_coded(const dyad_coder *c, actor_ref r)
{
    return ref_has_code(c, r, 1);
}

actor_ref seq_ref_at(const dyad_coder *c, const seq *s, int j)
{
    const seq_item *x = j >= 0 && j < s->n ? &s->v[j] : NULL;
    if (x && x->kind == SQ_NE_OPEN && x->ne >= 0)
        return (actor_ref){ x->ne, c->ne_nec[x->ne] };
    if (x && x->kind == SQ_NEC_OPEN && x->ne >= 0)
        return (actor_ref){ c->nec_first[x->ne], x->ne };
    return (actor_ref){ -1, -1 };
}

/* The entity (or compound) whose opening is s->v[j] after the word w at
 * s->v[j - 1] ("BY (NE", "TO (NEC"), or none. */
static actor_ref entity_after(const dyad_coder *c, const seq *s, int j, const char *w)
{
    if (j < 1 || j >= s->n || s->v[j - 1].kind != SQ_WORD || !tok_is(s->v[j - 1].word, w))
        return (actor_ref){ -1, -1 };
    return seq_ref_at(c, s, j);
}

actor_ref to_recipient(const dyad_coder *c, const seq *s)
{
    int end = clause_opens_at(s);        /* not another clause's */
    for (int k = 1; k < end && k < s->n; k++) {
        actor_ref r = entity_after(c, s, k, "TO");
        if (r.ne >= 0)
            return ref_coded(c, r) ? r : (actor_ref){ -1, -1 };
    }
    return (actor_ref){ -1, -1 };
}

/* dyad's target: in the passive, the entity after BY (swapped into the
 * source later); otherwise the first coded entity that is not a place the
 * event happened in ("received in Ankara by Erdogan": Ankara is where), a
 * description of the object ("as a violation of ...") or a weapon of no
 * one named ("launched a ballistic missile"). */
/* Where a clause of its own opens in s, else s->n: a subordinator or
 * relative word followed by an entity and then a word ("after (NE Modi
 * ~NE arrived"), or a pronoun right after an entity ("the martial law he
 * had imposed").  Its entities are that clause's actors, not the verb's
 * target. */
int clause_opens_at(const seq *s)
{
    static const char *const opener[] = { "WHICH", "WHO", "WHOM", "AFTER", "BEFORE",
        "WHILE", "WHEN", "SINCE", "BECAUSE", "UNTIL", "ALTHOUGH", "THOUGH", "AS", "IF",
        "WHERE", "ONCE", NULL };
    static const char *const pronoun[] = { "HE", "SHE", "IT", "THEY", "WE", NULL };
    for (int k = 0; k + 1 < s->n; k++) {
        /* a relative clause with no relative word: "the martial law (NE he
         * ~NE) had imposed" -- a pronoun right after an entity */
        if (s->v[k].kind == SQ_NE_CLOSE && s->v[k + 1].kind == SQ_NE_OPEN && k + 3 < s->n &&
            s->v[k + 2].kind == SQ_WORD && s->v[k + 3].kind == SQ_NE_CLOSE &&
            k + 4 < s->n && s->v[k + 4].kind == SQ_WORD)
            for (int x = 0; pronoun[x]; x++)
                if (tok_is(s->v[k + 2].word, pronoun[x]))
                    return k + 1;
        /* an absolute phrase: ", with Fidan opening the session"; a
         * relative one: ", many of whom were held ..." */
        if (s->v[k + 1].kind == SQ_WORD && seq_comma_clause_at(s, k) &&
            (tok_is(s->v[k + 1].word, "WITH") ||
             (k + 2 < s->n && s->v[k + 2].kind == SQ_WORD && tok_is(s->v[k + 2].word, "OF"))))
            return k;
        if (s->v[k].kind != SQ_WORD || s->v[k + 1].kind != SQ_NE_OPEN)
            continue;
        int opens = 0;
        for (int x = 0; opener[x] && !opens; x++)
            opens = tok_is(s->v[k].word, opener[x]);
        if (!opens)
            continue;
        int j = k + 1;
        while (j < s->n && s->v[j].kind != SQ_NE_CLOSE)
            j++;
        if (j + 1 < s->n && s->v[j + 1].kind == SQ_WORD)
            return k;
    }
    return s->n;
}

actor_ref by_agent(const dyad_coder *c, const seq *s)
{
    for (int k = 1; k < s->n; k++) {
        actor_ref r = entity_after(c, s, k, "BY");
        if (r.ne >= 0)
            return r;
    }
    return (actor_ref){ -1, -1 };
}

/* The entity right after entity ne and one of words in s, if it names an
 * actor ("---" codes never; role-only codes such as "---CVL" only with
 * roles_too); else -1. */
static int entity_after_word(const dyad_coder *c, const seq *s, int ne,
                             const char *const *words, int roles_too)
{
    for (int k = 0; k + 2 < s->n; k++) {
        if (s->v[k].kind != SQ_NE_CLOSE || s->v[k].ne != ne)
            continue;
        const seq_item *w = &s->v[k + 1], *o = &s->v[k + 2];
        if (w->kind != SQ_WORD || !tok_in(w->word, words) || o->kind != SQ_NE_OPEN)
            return -1;
        const char *code = c->ne_code[o->ne];
        return (roles_too ? !tok_is(code, "---") : !tok_has_prefix(code, "---")) ? o->ne : -1;
    }
    return -1;
}

actor_ref find_target(const dyad_coder *c, const seq *s, int passive)
{
    actor_ref none = { -1, -1 };
    actor_ref agent = passive ? by_agent(c, s) : none;
    if (agent.ne >= 0)
        return agent;
    static _Thread_local seq_item buf[MAX_SEQ_ITEMS];
    seq kept = { buf, 0 };
    int end = clause_opens_at(s);
    for (int k = 0; k < end; k++) {
        if ((seq_place_at(s, k) && !aimed_at_people(c, s, k)) || seq_description_at(s, k) ||
            seq_weapon_at(c, s, k) ||
            (!passive && seq_agent_at(c, s, k))) {
            while (k < s->n && s->v[k].kind != SQ_NE_CLOSE)
                k++;             /* drop the place, description or weapon */
            continue;
        }
        kept.v[kept.n++] = s->v[k];
    }
    actor_ref r = coder_find_entity(c, &kept, NULL);
    /* an unknown thing aimed AT, ON or AGAINST someone ("fired live
     * ammunition at student protesters") leaves the target to them */
    if (r.ne >= 0 && r.nec < 0 && !ref_named(c, r)) {
        static const char *const aim[] = { "AT", "ON", "AGAINST", "UPON", NULL };
        int aimed = entity_after_word(c, &kept, r.ne, aim, 1);
        if (aimed >= 0)
            return (actor_ref){ aimed, c->ne_nec[aimed] };
    }
    /* an unknown phrase cannot make an event that keeps its dyad: let the
     * clause offer a named actor instead */
    if ((r.ne >= 0 || r.nec >= 0) && !ref_named(c, r) && c->opt.require_dyad &&
        c->opt.new_actor_length == 0)
        return none;
    return r.ne >= 0 || r.nec >= 0 ? r : none;
}

/* A verb with no object actor ("reciprocated by gifting land and
 * establishing agreements to facilitate Iran's ambitions"): the first
 * named actor in the rest of its clause is the one it concerns. */
actor_ref target_in_clause(const dyad_coder *c, int vpend)
{
    actor_ref none = { -1, -1 };
    const plist *pl = &c->pl;
    /* a verb phrase of the verb alone ("beat" in "beat and detained X")
     * shares the next verb's object, which may name only a role */
    int object = vpend > 0 && tok_has_prefix(pl->tok[vpend - 1], "~VB");
    int depth = 0;
    for (int j = vpend + 1; j < pl->n; j++) {
        const char *t = pl->tok[j];
        if (t[0] == '(')
            depth++;
        else if (t[0] == '~' && --depth < 0)
            break;                          /* the clause ends */
        if (tok_is(t, "(PP"))
            object = 0;
        if (!tok_is(t, "(NE"))
            continue;
        int ne = entities_at(c, j);
        const char *code = ne >= 0 ? c->ne_code[ne] : "---";
        int role = object && tok_has_prefix(code, "---") && code[3];
        if (ne >= 0 && (!tok_has_prefix(code, "---") || role) && code[0] != '"') {
            actor_ref r = { ne, c->ne_nec[ne] };
            return r;
        }
    }
    return none;
}

static int role_only(const dyad_coder *c, actor_ref r)
{
    return r.nec < 0 && r.ne >= 0 && tok_has_prefix(c->ne_code[r.ne], "---") &&
           c->ne_code[r.ne][3];
}

/* dyad's refinements of the default roles:
 *  - a role-only target ("troops", "parliament") gives way to a named
 *    actor later in the phrase ("massed troops along its border with
 *    Ukraine" -> Ukraine);
 *  - a compound subject with no target, or only a role, acted on itself
 *    for reciprocal events ("Iran and Venezuela signed an agreement":
 *    each with the other) in consultation, cooperation, ceasefire and
 *    fighting. */
/* Is b the actor a, or a's own state ("JPN" for "JPNGOV")?  Either way an
 * event from a to b is a statement about itself. */
static int same_actor(const char *a, const char *b)
{
    if (!strcmp(a, b))
        return 1;
    size_t la = strlen(a), lb = strlen(b);
    return (la == 3 && lb > 3 && !strncmp(a, b, 3)) ||
           (lb == 3 && la > 3 && !strncmp(a, b, 3));
}

/* The first entity after entity `after` in the lower sequence that is
 * named (has a code of its own), is not a place, and is not the same
 * actor as `not` (when given); -1 if none. */
static int next_named_after(const dyad_coder *c, const seq *lower, int after,
                            const char *not)
{
    int past = 0;
    for (int k = 0; k < lower->n && !seq_comma_clause_at(lower, k); k++) {
        const seq_item *it = &lower->v[k];
        if (it->kind == SQ_NE_CLOSE && it->ne == after)
            past = 1;
        if (!past || it->kind != SQ_NE_OPEN || seq_place_at(lower, k))
            continue;
        const char *cc = c->ne_code[it->ne];
        if (!tok_has_prefix(cc, "---") && cc[0] != '"' && !(not && same_actor(not, cc)))
            return it->ne;
    }
    return -1;
}

/* The named entity right after entity `ne` and WITH, ON, AGAINST, TO or
 * BY ("its border with Ukraine", "its ban on Japanese seafood", "its
 * sanctions against Iran", "their weapons to the Ethiopian army", "their
 * treatment by the prison authorities"): whom the source's own thing
 * concerns; or -1. */
static int with_named_after(const dyad_coder *c, const seq *lower, int ne)
{
    static const char *const with[] = { "WITH", "ON", "AGAINST", "TO", "BY", NULL };
    return entity_after_word(c, lower, ne, with, 0);
}

/* A target the source owns, named by a possessive ("Armenia put its forces
 * on alert", "Iranian women burned their headscarves", "a hunger strike
 * against his detention by the government"): the verb acts on
 * the source's own people or things, not on another actor, so that is no
 * target.  (The next named actor is not taken instead: "... burned their
 * headscarves in protest against the government" is not an attack on it.)
 * For a compound source, a member's own is the compound's: "American and
 * Filipino troops began their joint drills" leaves the target open, and
 * refine_roles makes the members each other's. */
void drop_own_target(const dyad_coder *c, const seq *upper, const seq *lower,
                     actor_ref src, actor_ref *tgt)
{
    if (tgt->ne < 0 || tgt->nec >= 0 || c->ne_pos[tgt->ne] < 0)
        return;
    const plist *pl = &c->pl;
    int j = c->ne_pos[tgt->ne] + 2;               /* past "(NE" and the code */
    while (j < pl->n && plist_is_markup(pl->tok[j]) && !tok_is(pl->tok[j], "~NE"))
        j++;
    static const char *const owner[] = { "ITS", "THEIR", "HIS", "HER", NULL };
    if (j >= pl->n || !tok_in(pl->tok[j], owner))
        return;
    if (src.ne < 0 && src.nec < 0)
        src = coder_find_entity(c, upper, NULL);
    int first = src.nec >= 0 ? c->nec_first[src.nec] : src.ne;
    int count = src.nec >= 0 ? c->nec_count[src.nec] : src.ne >= 0;
    const char *tc = c->ne_code[tgt->ne];
    for (int k = first; k < first + count; k++) {
        const char *own = c->ne_code[k];
        if (!tok_has_prefix(own, "---") && strlen(own) >= 3 && !strncmp(own, tc, 3)) {
            int with = with_named_after(c, lower, tgt->ne);
            tgt->ne = with;                /* "along its border with Ukraine" */
            tgt->nec = with >= 0 ? c->ne_nec[with] : -1;
            return;
        }
    }
}

/* Does the compound subject (src, else the nearest entity before the
 * verb) have a member with tgt's code, or whose state tgt names ("... held
 * talks ..., the first visit to Australia", Australia's prime minister a
 * member)? */
static int member_of_subject(const dyad_coder *c, const seq *upper, actor_ref src,
                             actor_ref tgt)
{
    if (src.ne < 0 && src.nec < 0)
        src = coder_find_entity(c, upper, NULL);
    if (src.nec < 0)
        return 0;
    const char *code = c->ne_code[tgt.ne];
    for (int k = 0; k < c->nec_count[src.nec]; k++) {
        int m = c->nec_first[src.nec] + k;
        if (m != tgt.ne && (!strcmp(c->ne_code[m], code) ||
                            (strlen(code) == 3 && !strncmp(c->ne_code[m], code, 3))))
            return 1;
    }
    return 0;
}

/* Does r come after a comma that opens a clause of its own in lower? */
static int after_comma_clause(const seq *lower, actor_ref r)
{
    int at = seq_index(lower, r);
    for (int k = 0; k < at; k++)
        if (seq_comma_clause_at(lower, k))
            return 1;
    return 0;
}

/* Is r the agent of a participle in lower ("a ceasefire brokered by
 * Moscow", "an exchange mediated by the Emirates")?  It did its own act
 * (coded at the participle), and is no party to the one it helped. */
static int participle_agent(const seq *lower, actor_ref r)
{
    int k = seq_index(lower, r);
    if (k < 2 || lower->v[k - 1].kind != SQ_WORD || !tok_is(lower->v[k - 1].word, "BY") ||
        lower->v[k - 2].kind != SQ_WORD)
        return 0;
    const char *w = lower->v[k - 2].word;
    size_t n = strlen(w);
    return n > 4 && !strcmp(w + n - 2, "ED");
}

/* Is the entity r in lower what an act is about (ON, ABOUT: "sharing data
 * on North Korean missile launches")? */
static int topic_before(const seq *lower, actor_ref r)
{
    static const char *const about[] = { "ON", "ABOUT", NULL };
    int k = seq_index(lower, r);
    return k > 0 && lower->v[k - 1].kind == SQ_WORD && tok_in(lower->v[k - 1].word, about);
}

/* Is the entity r in lower introduced as a party (WITH, TO, BETWEEN, AND;
 * BY for a passive's agent)? */
static int partner_before(const seq *lower, actor_ref r)
{
    static const char *const partner[] = { "WITH", "TO", "BETWEEN", "AND", "BY", NULL };
    int k = seq_index(lower, r);
    return k > 0 && lower->v[k - 1].kind == SQ_WORD && tok_in(lower->v[k - 1].word, partner);
}

/* Events a compound may do with itself: consultation, cooperation,
 * yielding (a ceasefire) and fighting. */
static int reciprocal_code(const char *code)
{
    static const char *const reciprocal[] = { "03", "04", "05", "06", "08", "19", NULL };
    return tok_prefix_in(code, reciprocal);
}

int passive_own_forces(const dyad_coder *c, const seq *upper, const seq *lower,
                       actor_ref *src, actor_ref *tgt, const char *code)
{
    if (code_root(code) != 15 || tgt->ne < 0 || tgt->nec >= 0)
        return 0;
    actor_ref s = *src;
    if (s.ne < 0 && s.nec < 0)
        s = coder_find_entity(c, upper, NULL);
    if (s.ne < 0 || (s.nec < 0 && !tok_has_prefix(c->ne_code[s.ne], "---")))
        return 0;                       /* the subject names someone: a target */
    for (int k = 0; s.nec >= 0 && k < c->nec_count[s.nec]; k++)
        if (!tok_has_prefix(c->ne_code[c->nec_first[s.nec] + k], "---"))
            return 0;
    actor_ref other = find_target(c, lower, 0);
    if (other.ne < 0 || other.ne == tgt->ne || same_state_refs(c, other, *tgt))
        return 0;
    *src = *tgt;
    *tgt = other;
    return 1;
}

int passive_compound_agent(const dyad_coder *c, const seq *upper, actor_ref *src,
                           actor_ref *tgt, const char *code)
{
    if (tgt->nec < 0 || !reciprocal_code(code))
        return 0;
    actor_ref s = *src;
    if (s.ne < 0 && s.nec < 0)
        s = coder_find_entity(c, upper, NULL);
    if (s.nec >= 0 || (s.ne >= 0 && !tok_has_prefix(c->ne_code[s.ne], "---")))
        return 0;
    *src = *tgt;
    return 1;
}

void refine_roles(const dyad_coder *c, const seq *upper, const seq *lower,
                         actor_ref *src, actor_ref *tgt, int bound_tgt,
                         const char *code)
{
    if (!bound_tgt && role_only(c, *tgt)) {
        int ne = next_named_after(c, lower, tgt->ne, NULL);
        if (ne >= 0) {
            tgt->ne = ne;
            tgt->nec = c->ne_nec[ne];
        }
    }
    /* a target still naming only a role ("stepped up coast guard
     * cooperation") is what the event is about, not who it is with */
    int open = tgt->ne < 0 && tgt->nec < 0;
    /* "Ethiopia and Somalia agreed ... to end their dispute over
     * Ethiopia's access": a target that is one of the compound subject's
     * own members is that compound acting with itself */
    int member = !bound_tgt && tgt->ne >= 0 && tgt->nec < 0 && member_of_subject(c, upper, *src,
                                                                              *tgt);
    /* so is a compound of one member's things ("... to invest in Ukrainian
     * minerals, oil and gas projects" after "the United States and
     * Ukraine signed") */
    if (!bound_tgt && tgt->nec >= 0 && !member) {
        int first = c->nec_first[tgt->nec], same = 1;
        for (int k = 1; k < c->nec_count[tgt->nec] && same; k++)
            same = !strcmp(c->ne_code[first + k], c->ne_code[first]);
        actor_ref one = { first, -1 };
        member = same && strlen(c->ne_code[first]) == 3 &&
                 member_of_subject(c, upper, *src, one);
    }
    /* "Japan and South Korea discussed North Korea's missile launches":
     * what a compound consults about is a topic, not a partner, unless
     * WITH or TO names it one; so is what it cooperates ON ("began
     * sharing data on North Korean missile launches") */
    int topic = !bound_tgt && tgt->ne >= 0 &&
                ((!strncmp(code, "04", 2) && !partner_before(lower, *tgt)) ||
                 (!strncmp(code, "06", 2) && topic_before(lower, *tgt)));
    /* "Russian and Chinese warships held joint patrols ..., sailing within
     * sight of Japanese islands": an actor of a later participle clause is
     * no partner of a compound's joint act */
    int later = !bound_tgt && tgt->ne >= 0 && after_comma_clause(lower, *tgt);
    /* "Armenia and Azerbaijan agreed to a ceasefire brokered by Moscow":
     * the broker is no party to the compound's ceasefire */
    int broker = !bound_tgt && tgt->ne >= 0 && participle_agent(lower, *tgt);
    if (open || member || topic || later || broker || (!bound_tgt && role_only(c, *tgt))) {
        actor_ref s = *src;
        if (s.ne < 0 && s.nec < 0)
            s = coder_find_entity(c, upper, NULL);
        if (open)
            *src = s;
        if (s.nec >= 0 && reciprocal_code(code)) {
            *src = s;
            *tgt = s;
        }
    }
}

/* A target that is the source itself -- the subject of a reported clause
 * ("Erdogan said he was optimistic about relations with Greece", "Japan's
 * minister said Tokyo would ease controls on South Korea") -- gives way to
 * the next named actor after it: the clause is about that one. */
void skip_self_target(const dyad_coder *c, const seq *upper, const seq *lower,
                      actor_ref src, actor_ref *tgt)
{
    if (src.ne < 0 && src.nec < 0)
        src = coder_find_entity(c, upper, NULL);
    if (src.nec >= 0 || src.ne < 0 || tgt->nec >= 0 || tgt->ne < 0 ||
        !ref_named(c, src) || !same_actor(c->ne_code[src.ne], c->ne_code[tgt->ne]))
        return;
    int ne = next_named_after(c, lower, tgt->ne, c->ne_code[src.ne]);
    if (ne >= 0) {
        tgt->ne = ne;
        tgt->nec = c->ne_nec[ne];
    }
}

/* Forces put on alert, drills or deployments "near Taiwan" are aimed at
 * Taiwan, sites struck "across Iran" are Iran's, and a state of emergency
 * imposed or lifted "across Sri Lanka" or a truce declared "in Ukraine"
 * concern that country: for a show of force, force used, a concession or
 * a restriction (roots 15, 18-20, 08; 172) with no target, the first
 * named actor where it happens is the target (find_target drops places),
 * not one in its cause ("in response to the Israeli offensive in Rafah"). */
actor_ref place_target(const dyad_coder *c, const seq *s)
{
    for (int k = 0; k + 1 < s->n && cause_marker_at(s, k) < 0; k++) {
        if (s->v[k + 1].kind != SQ_NE_OPEN || !seq_place_at(s, k + 1))
            continue;
        int ne = s->v[k + 1].ne;
        actor_ref r = { ne, ne >= 0 ? c->ne_nec[ne] : -1 };
        if (ne >= 0 && ref_named(c, r))
            return r;
    }
    return (actor_ref){ -1, -1 };
}

/* The source before the verb (upper runs from the verb back): the nearest
 * entity, not one named as where something happened ("Typhoon Yagi tore
 * through northern Vietnam, killing ...": not Vietnam). */
actor_ref upper_source(const dyad_coder *c, const seq *upper, const char *exclude)
{
    static _Thread_local seq_item buf[MAX_SEQ_ITEMS];
    seq kept = { buf, 0 };
    for (int k = 0; k < upper->n; k++) {
        if (upper->v[k].kind == SQ_NE_CLOSE) {
            int open = k + 1;
            while (open < upper->n && upper->v[open].kind != SQ_NE_OPEN)
                open++;
            const char *w = open + 1 < upper->n && upper->v[open + 1].kind == SQ_WORD
                                ? upper->v[open + 1].word : NULL;
            if (w && (coder_is_locative(w) || tok_is(w, "THROUGH"))) {
                k = open;                    /* a place: skip it */
                continue;
            }
        }
        kept.v[kept.n++] = upper->v[k];
    }
    return coder_find_entity(c, &kept, exclude);
}

actor_ref denial_target(const dyad_coder *c, const seq *lower)
{
    static const char *const claim[] = { "ACCUSATION", "ACCUSATIONS", "CLAIM", "CLAIMS",
        "ALLEGATION", "ALLEGATIONS", "CHARGE", "CHARGES", "REPORT", "REPORTS", NULL };
    const plist *pl = &c->pl;
    for (int k = 0; k < lower->n; k++) {
        int ne = lower->v[k].kind == SQ_NE_OPEN ? lower->v[k].ne : -1;
        if (ne < 0 || c->ne_pos[ne] < 0)
            continue;
        actor_ref r = { ne, c->ne_nec[ne] };
        for (int j = c->ne_pos[ne] + 2; j < pl->n && !tok_is(pl->tok[j], "~NE"); j++)
            if (tok_in(pl->tok[j], claim) && ref_named(c, r))
                return r;
    }
    return (actor_ref){ -1, -1 };
}

const char *bloc_exit_code(const dyad_coder *c, const seq *upper, actor_ref src,
                           actor_ref tgt, const char *code)
{
    static const char *const force[] = { "MIL", "REB", "INS", "UAF", "SEP", "PKO", NULL };
    if (!tok_is(code, "0874") || tgt.ne < 0 || tgt.nec >= 0 ||
        !tok_has_prefix(c->ne_code[tgt.ne], "IGO"))
        return code;
    actor_ref s = src.ne >= 0 || src.nec >= 0 ? src : upper_source(c, upper, NULL);
    int first = s.nec >= 0 ? c->nec_first[s.nec] : s.ne;
    if (first < 0)
        return code;
    const char *sc = c->ne_code[first];
    return strlen(sc) >= 6 && tok_in(sc + 3, force) ? code : "160";
}
