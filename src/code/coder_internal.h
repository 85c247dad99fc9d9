/*
 * coder_internal.h -- the coder's state and the pieces its modules share
 * (private to libdyad).
 *
 *   coder.c     sentence driver, sequences, verbs, event assembly
 *   entities.c  noun-phrase entities: compounds, actor codes, indexes
 *   context.c   what a document has named so far: pronouns and
 *               definite references ("its", "the group") resolve to it
 *   nominal.c   events named by nouns ("Maduro's visit to Tehran")
 *   settle.c    the order in which the rules settle a verb's source and target
 *   roles.c     source and target when a pattern does not bind them
 *   dyads.c     source and target to event records (coder_make_events)
 *   assault.c   killings that are assaults (18), not military force (19)
 *   purpose.c   acts done in protest or as a show of force, and whom at
 *   intent.c    cooperative acts in the future tense are intentions (03)
 *   clauses.c   comma clauses kept, relative clauses coded on their own
 *
 * Entity table invariant: entities 0..nne-1; real ones (from the parse)
 * have ne_pos >= 0 and come first in document order; pseudo entities made
 * for nominal events have ne_pos == -1.  ne_code[i] is never NULL ("---"
 * when unknown).  Compound k owns entities nec_first[k] ..
 * nec_first[k] + nec_count[k] - 1.
 */
#ifndef DYAD_CODER_INTERNAL_H
#define DYAD_CODER_INTERNAL_H

#include "dict/dict.h"
#include "match.h"
#include "plist.h"
#include "code_ptree.h"
#include "tok.h"

#define MAX_NE 512

#define TOK_ITEM 1                 /* the token gives a sequence item */
#define TOK_COMMA_CLOSE 2          /* "~," */
#define TOK_VP_CLOSE 4             /* "~VPn" */
#define MAX_SEQ_ITEMS 4096

/* What the document has named: the most recent actor of each kind. */
typedef struct coder_context {
    char state[DYAD_CODE_MAX];     /* a state or state agency: IRN, VENGOV */
    char group[DYAD_CODE_MAX];     /* a non-state group or IGO: IMGHEZ */
    char armed[DYAD_CODE_MAX];     /* an armed group: COLREB, IMGHEZ */
    char person[DYAD_CODE_MAX];    /* a named person's code: VENGOV */
    char any[DYAD_CODE_MAX];       /* the last actor of any kind */
    char act[DYAD_CODE_MAX];       /* who did the last hostile act coded
                                    * ("fired a missile"): "the launch" */
    int compound;                  /* the sentence so far named a compound
                                    * ("Ethiopia and Somalia"): "their" is
                                    * theirs, which no one code says */
} coder_context;

/* The clauses of the current ParseList and where the sentence's dating
 * phrases are in it, found once per list when first asked for (most
 * sentences never are: they name no date and no place), after entities
 * are assigned: the list is not edited after that.
 * Clauses are named by the index where they begin, the main one by 0. */
#define SCOPE_MAX_DATES 64
typedef struct clause_map {
    int ready;                     /* 0: not yet found for this list */
    int *innermost;                /* per index: the clause it is in */
    int *parent;                   /* per clause: the clause around it */
    unsigned char *edge;           /* per clause: how it bounds dates */
    int any;                       /* a clause besides the main one */
    int first_vp;                  /* the first "(VP": before it, a date
                                    * opens the sentence */
    int date_at[SCOPE_MAX_DATES];  /* per dating phrase: its index, -1 */
    int ndates, found;             /* phrases, and those found in the list */
} clause_map;

struct dyad_coder {
    const dyad_dict *d;
    dyad_coder_options opt;
    plist_comma_opts commas;
    arena scratch;                 /* reset for every sentence */
    arena input;                   /* the tree dyad_code_tree read */
    const char *note;
    coder_context ctx;
    /* per sentence */
    const ptree *tree;             /* the sentence's own tree while it is
                                    * coded; NULL for a relative clause's
                                    * (its leaves are not the sentence's) */
    plist pl;
    int date;
    const dyad_sentence_date *dates; /* the sentence's dating phrases (the
                                    * pipeline's; none when coding a bare
                                    * tree) and the story date */
    size_t ndates;
    const char *story_date;
    clause_map scope;
    const place *place;            /* where the sentence happened, or NULL */
    int place_pos;                 /* its index in pl (-1: unknown) */
    const place *said_place;       /* where it was said ("said in Bogota"),
                                    * or NULL */
    char place_country[4];         /* its country, or a country named
                                    * after IN/AT/NEAR; "" if none */
    int nne, nnec;
    int ne_pos[MAX_NE];            /* index of "(NE" in pl, -1 for pseudo */
    int ne_nec[MAX_NE];            /* compound of entity i, or -1 */
    int ne_head[MAX_NE];           /* head of the noun phrase a PP entity
                                    * modifies, else -1 */
    unsigned char ne_force[MAX_NE]; /* a force of nature or an accident
                                     * ("the collapse"): no actor, nor is
                                     * what it heads ("of a station canopy") */
    int ne_examples[MAX_NE];       /* first entity of the examples a head
                                    * names ("countries, including A and
                                    * B": A, in its compound), else -1 */
    int ne_person[MAX_NE];         /* the actor matched is a dated person */
    unsigned char ne_in_event[MAX_NE]; /* a yielding verb (08) undid it:
                                        * its noun is then no event of its
                                        * own ("sanctions ... were
                                        * suspended" imposes none) */
    const char *ne_code[MAX_NE];
    const char *ne_text[MAX_NE];   /* computed on demand */
    int nec_first[MAX_NE], nec_count[MAX_NE];
    seq_item *tok_item;            /* per plist token: its sequence item */
    unsigned char *tok_flag;       /* per plist token: TOK_* */
    int *tok_open;                 /* per closing token: its opening token */
    seq_item upper_v[MAX_SEQ_ITEMS], lower_v[MAX_SEQ_ITEMS];
};

/* Inline: asked several times per token of every sentence. */
static inline int coder_starts(const char *s, const char *prefix)
{
    return tok_has_prefix(s, prefix);
}
/* "(NEC" / "~NEC" tokens bracket a noun phrase in the flat token list. */
static inline int is_nec_open(const char *t) { return tok_has_prefix(t, "(NEC"); }
static inline int is_nec_close(const char *t) { return tok_has_prefix(t, "~NEC"); }
/* Index of the token closing the phrase opened at i, or -1. */
int close_of(const char **tok, int n, int i);

/* entities.c */
void entities_assign(dyad_coder *c);
void entities_index(dyad_coder *c);
int entities_at(const dyad_coder *c, int pos);
const char *entity_text(dyad_coder *c, int ne);
int entity_add_pseudo(dyad_coder *c, const char *const *w, int n);

/* context.c */
const char *context_resolve(dyad_coder *c, const char *const *w, int n);
void context_note(dyad_coder *c, const char *code, int person);
/* The same for an actor named as where something happened ("talks in
 * Ankara"): it may be "the country" or "the government" later, but it is
 * not whom "it" or "they" refer to. */
void context_note_place(dyad_coder *c, const char *code);
/* code did a hostile act (roots 13-20): "the attack" now refers to it. */
void context_note_act(dyad_coder *c, const char *code);

/* coder.c */
actor_ref coder_find_entity(const dyad_coder *c, const seq *s, const char *exclude);
void coder_trace_seq(const char *what, const seq *s);

/* dyads.c: the events from source src to target tgt (entities or
 * compounds) with code, appended to out after checking those from first
 * on for repeats; passive swaps the sides. */
void coder_make_events(dyad_coder *c, actor_ref src, actor_ref tgt, int passive,
                       const char *code, const char *trigger, const char *method,
                       dyad_event_list *out, size_t first);

/* datescope.c: date the events out->v[from..] that trigger (a ParseList
 * token) made by the dating phrase of their own clause. */
/* Forget the clauses found (a new ParseList is final). */
void scope_reset(dyad_coder *c);
/* Where the ParseList token tok (the pointer, not its text) is, or -1. */
int coder_token_index(const dyad_coder *c, const char *tok);
/* 1 + the index of the sentence's word whose leaf is the ParseList token
 * tok (the pointer: a ParseList word is its leaf's string), or 0. */
int coder_word_of(const dyad_coder *c, const char *tok);
/* Is ParseList index pos in the clause of an event at v, or in one the
 * event's clause is coordinated with ("X did A in Tehran, and Y did B")?
 * Not when pos is in a clause of AFTER, WHICH, THAT ... of its own, or v
 * is.  1 when either is unknown (-1). */
int coder_clause_holds(dyad_coder *c, int v, int pos);
/* Has the ParseList a clause besides its main one? */
int coder_has_clauses(dyad_coder *c);
void datescope_events(dyad_coder *c, const char *trigger, dyad_event_list *out,
                      size_t from);

/* roles.c */
int ref_named(const dyad_coder *c, actor_ref r);
/* Does word sequence s hold entity or compound r? */
int seq_holds(const seq *s, actor_ref r);
/* Where in s entity or compound r opens, or -1. */
int seq_index(const seq *s, actor_ref r);
int ref_is_place(const seq *s, actor_ref r);
actor_ref find_target(const dyad_coder *c, const seq *s, int passive);
/* For a show of force or a concession (roots 15, 08): the first named
 * actor where it happens ("near Taiwan", "across Sri Lanka"), or none. */
actor_ref place_target(const dyad_coder *c, const seq *s);
/* The nearest entity before the verb that is not a place, or none. */
actor_ref upper_source(const dyad_coder *c, const seq *upper, const char *exclude);
/* A denial of a clause ("denied that its drones had entered Polish
 * airspace") is aimed at whoever made the claim ("Warsaw's accusations")
 * in lower, else at no one: the clause's actors are what was denied. */
actor_ref denial_target(const dyad_coder *c, const seq *lower);
/* "Mali withdrew from ECOWAS": a retreat (0874) from an international body
 * by anyone but a force is a state leaving it, which reduces relations
 * (160); else code. */
const char *bloc_exit_code(const dyad_coder *c, const seq *upper, actor_ref src,
                           actor_ref tgt, const char *code);
/* One coded verb phrase's roles while they are settled (settle_roles). */
typedef struct verb_roles {
    actor_ref src, tgt;    /* as the pattern bound them, then as settled */
    const char *code;
    int passive;
} verb_roles;
/* settle.c: dyad's rules (PETRARCH's in its mode) for whom the verb phrase
 * at vpos..vpend, matched as m, is done by and to; r holds what the
 * pattern bound and receives what is settled. */
void settle_roles(dyad_coder *c, const seq *upper, const seq *lower,
                  const match_result *m, int vpos, int vpend, verb_roles *r);
/* Is r (one entity) a weapon of no one named (drones, missiles, rockets,
 * shells)?  Its user, when the text names one right after it ("drones
 * launched by the RSF struck ...": the RSF), else r. */
int ref_is_weapon(const dyad_coder *c, actor_ref r);
actor_ref weapon_user(const dyad_coder *c, actor_ref r);
/* Where a clause of its own opens in s ("after (NE police ~NE walked"),
 * else s->n: what follows is that clause's, not the verb's. */
int clause_opens_at(const seq *s);
/* The entity right after BY in s (a passive's agent), or none. */
actor_ref by_agent(const dyad_coder *c, const seq *s);
/* The entity or compound whose opening is s->v[j] ("(NE", "(NEC"), or
 * none. */
actor_ref seq_ref_at(const dyad_coder *c, const seq *s, int j);
/* Does r (or a member of compound r) have an actor code of its own, not
 * a bare role ("---HLH")? */
int ref_coded(const dyad_coder *c, actor_ref r);
/* The first entity after TO in s ("sent to Libya"), if ref_coded. */
actor_ref to_recipient(const dyad_coder *c, const seq *s);
actor_ref target_in_clause(const dyad_coder *c, int vpend);
void drop_own_target(const dyad_coder *c, const seq *upper, const seq *lower,
                     actor_ref src, actor_ref *tgt);
void refine_roles(const dyad_coder *c, const seq *upper, const seq *lower,
                  actor_ref *src, actor_ref *tgt, int bound_tgt, const char *code);
void skip_self_target(const dyad_coder *c, const seq *upper, const seq *lower,
                      actor_ref src, actor_ref *tgt);
/* "A pact was signed by Russia and North Korea": a passive whose subject
 * names no actor, with a compound agent, in a reciprocal event, is the
 * members' with each other.  Returns 1 when it made src and tgt the
 * compound (the event is then no longer passive). */
/* "vetoed a UN Security Council resolution in New York": when a pattern's
 * slot caught the place the act happened in (tgt), the verb's object, if it
 * names an actor; else none. */
/* purpose.c: index in lower just past a cause marker at k (AFTER,
 * FOLLOWING, AMID, AHEAD OF, IN RESPONSE/RETALIATION TO), -1 if none. */
int cause_marker_at(const seq *lower, int k);
actor_ref object_for_place(const dyad_coder *c, const seq *lower, actor_ref tgt);
/* "Troops were massed along the border with Congo by Rwanda": a passive
 * show of force whose subject names only forces is the agent's act (src)
 * towards whom the rest of the clause names (tgt).  Returns 1 when it
 * made it so (the event is then no longer passive). */
int passive_own_forces(const dyad_coder *c, const seq *upper, const seq *lower,
                       actor_ref *src, actor_ref *tgt, const char *code);
int passive_compound_agent(const dyad_coder *c, const seq *upper, actor_ref *src,
                           actor_ref *tgt, const char *code);

/* The CAMEO root of code ("0841" -> 8, "195" -> 19), 0 if it has none. */
static inline int code_root(const char *code)
{
    if (code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9')
        return 0;
    return (code[0] - '0') * 10 + (code[1] - '0');
}

/* purpose.c: an act done "in protest" is a protest (14x), one "in a show
 * of force" a demonstration of force (150); *at is then where the purpose
 * word is in lower, else -1.  purpose_target() is whom it is against
 * ("in protest against X"), if named. */
const char *purpose_code(const seq *lower, const char *code, int *at);
actor_ref purpose_target(const dyad_coder *c, const seq *lower, int at);
/* A show of force aimed at no one else ("put its forces on high alert
 * after Indian missile strikes") is aimed at its stated cause: the first
 * actor of another state after AFTER, AMID, IN RESPONSE TO, ...; or none. */
actor_ref cause_target(const dyad_coder *c, const seq *lower, actor_ref src);
/* Do a and b both name one state (first three letters of their codes)? */
int same_state_refs(const dyad_coder *c, actor_ref a, actor_ref b);
/* code, or 145 when the source (src_text) are protesters using force. */
const char *protester_code(const char *code, const char *src, const char *src_text,
                           const char *trigger);

/* dyads.c: does code start with a state (not an IGO, IMG, NGO ...)? */
int state_prefix(const char *code);
/* dyads.c: does code start with a world region's code ("AFRGOV": "Africa's
 * last absolute monarch")?  A region describes; it is no side. */
int region_prefix(const char *code);
/* entities.c: does the word name a time (a weekday, month, year, "week",
 * "morning")? */
int coder_time_word(const char *w);

/* intent.c: a cooperative code (04-08) in the future tense ("will
 * deliver") becomes its intent code (03x); otherwise code. */
const char *intent_code(const seq *upper, const char *code);

/* assault.c: code, or the assault (18) code a killing of src_text/src
 * on tgt is (see the file). */
const char *assault_code(const char *code, const char *src, const char *src_text,
                         const char *tgt, const char *trigger);
/* purpose.c: aid (07) sent to a border ("sent two brigades to the
 * Lebanese border") is a mobilisation against the country beyond it
 * (154), not help given to it; otherwise code. */
const char *border_code(const char *code, const char *tgt_text);
/* 202 / 201 for a killing or deportation of a hundred or more unarmed
 * people (tgt_text counts them), else code. */
const char *mass_code(const char *code, const char *tgt, const char *tgt_text,
                      const char *trigger);
/* assault.c: does lower tell a toll of a hundred or more unarmed people
 * (", killing about 170 people")?  Force with it is a mass killing (202). */
int killing_toll_hundreds(const seq *lower);

/* verbform.c: passive voice in the VP at k..end (a form of BE, then a
 * past participle followed by BY; with participles set also "X,
 * bolstered by Y,"): the participle's index, or 0.  choose_form: the form
 * of the verb at vpos whose extra words are present, the span in vs..ve. */
int passive_verb(const plist *pl, int k, int end, int participles);
/* Is the verb at vpos a participle after BE ("was kidnapped"), a passive
 * whether or not BY names the agent? */
int be_participle(const plist *pl, int vpos);
const verb_form *choose_form(const dyad_coder *c, const verb_form_list *l,
                             int vpos, int vpend, int *vs, int *ve);
/* verbform.c: a negation among the few words before the verb (upper runs
 * from the verb back), or a past that did not happen ("would have
 * extended"); a pattern that says the negation itself ("- NOT *");
 * an aspect verb (BEGIN's block) whose object is a gerund ("began
 * investigating"), which leaves the act to the gerund. */
int verb_negated(const seq *upper);
int pattern_negates(const verb_pattern *p);
int verb_aspect_of_gerund(const plist *pl, const verb_block *b, int ve);
/* Is the verb at vpos a participle after a comma whose clause's verb
 * is an accident ("a plane crashed in the forest, killing all on board")?
 * It has no agent: the crash is no one's act. */
int accident_participle(const plist *pl, int vpos);

/* locate.c: the gazetteer places of the sentence (c->place, c->said_place),
 * its country into c->place_country, and a location onto each event of
 * [first, out->n) that has none. */
void sentence_places(dyad_coder *c);
void sentence_country(dyad_coder *c);
void locate_events(dyad_coder *c, dyad_event_list *out, size_t first);

/* clauses.c, verb phrases under a coded verb (see the file):
 * participle_of_noun, subordinate_clause (the clause's "(S" index, or 0),
 * comma_participle; another_verbal_act (is root a, under root b, an act
 * of its own?); clause_subject_end (where the words naming the subject of
 * the verb at vs end); denies_clause (is what lower denies a clause?). */
int participle_of_noun(const plist *pl, int k);
int subordinate_clause(const plist *pl, int k);
int comma_participle(const plist *pl, int k);
/* clauses.c: the infinitive a causing participle gives its object
 * (", prompting Israel to recall ...")? */
int caused_act(const plist *pl, int k);
int another_verbal_act(int a, int b);
int clause_subject_end(const plist *pl, int k, int vs);
int denies_clause(const seq *lower);

/* clauses.c */
int clauses_terminal_is_predicate(const ptree *t);
/* Relative clauses ("Maduro, who met Putin, ...") rewritten as sentences
 * with their antecedent in place: up to max malloc'd trees in out. */
int clauses_relatives(const ptree *t, char **out, int max);

/* nominal.c */
void nominal_events(dyad_coder *c, dyad_event_list *out, size_t first);
/* The code of entity ne's event noun when it is a violent one (18-20:
 * "a Russian missile strike" 195, "a car bomb attack" 1832), else NULL. */
const char *nominal_violent_code(const dyad_coder *c, int ne);

/* The code the block of form f gives these word sequences: the best
 * pattern's, with the actors it bound (*src, *tgt; -1 when none), else
 * the form's own code; NULL when neither codes anything ("---"). */
const char *coder_match_code(const dyad_coder *c, const verb_dict *vd,
                             const verb_form *f, const seq *upper, const seq *lower,
                             match_result *m, actor_ref *src, actor_ref *tgt);

/* event.c: remove the events from `from` on for which drop(ev, ud) says
 * so (their strings freed), keeping the others in order. */
void event_list_drop_if(dyad_event_list *l, size_t from,
                        int (*drop)(const dyad_event *ev, void *ud), void *ud);
/* Do a and b have the same source, target and root code? */
int event_same_dyad_root(const dyad_event *a, const dyad_event *b);

#endif
