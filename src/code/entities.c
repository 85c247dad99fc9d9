/*
 * entities.c -- noun-phrase entities of a sentence: expanding compounds,
 * giving each entity its actor code (dictionary first, then what the
 * document named before), and indexing them for the coder.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coder_internal.h"
#include "util/strcopy.h"
#include "tok.h"



/* ------------------------------------------------- compound expansion */

typedef struct toklist {
    const char **v;
    int n;
} toklist;

#define MAX_MEMBERS 32

/* Expand the first compound in c into one token list per member, each
 * with the words around the compound; recursive for further compounds. */
static int expand(arena *a, toklist c, toklist *out, int nout, int max)
{
    int j = -1;
    for (int i = 0; i < c.n; i++)
        if (is_nec_open(c.v[i])) {
            j = i;
            break;
        }
    if (j < 0) {
        if (nout < max)
            out[nout++] = c;
        return nout;
    }
    int end = close_of(c.v, c.n, j);
    if (end < 0) {
        if (nout < max)
            out[nout++] = c;
        return nout;
    }
    /* adjectives before the first nominal member carry over to bare nouns */
    const char **adj = NULL;
    int nadj = 0, seen_noun = 0;
    for (int k = j + 1; k < end; k++) {
        if (c.v[k][0] != '(')
            continue;
        int kend = close_of(c.v, c.n, k);
        if (kend < 0)
            break;
        if (c.v[k][1] == 'N') {
            seen_noun = 1;
        } else if (!seen_noun && tok_is(c.v[k], "(JJ")) {
            if (!adj)
                adj = c.v + k;
            nadj = kend - (int)(adj - c.v) + 1;
        }
        k = kend;
    }
    for (int k = j + 1; k < end && nout < max; k++) {
        if (c.v[k][0] != '(')
            continue;
        int kend = close_of(c.v, c.n, k);
        if (kend < 0)
            break;
        if (c.v[k][1] == 'N') {
            int bare = coder_starts(c.v[k], "(NN");
            int len = j + (bare ? nadj : 0) + (kend - k + 1) + (c.n - end - 1);
            const char **v = arena_alloc(a, (size_t)(len + 1) * sizeof *v);
            if (!v)
                return nout;
            int m = 0;
            for (int x = 0; x < j; x++)
                v[m++] = c.v[x];
            for (int x = 0; bare && x < nadj; x++)
                v[m++] = adj[x];
            for (int x = k; x <= kend; x++)
                v[m++] = c.v[x];
            for (int x = end + 1; x < c.n; x++)
                v[m++] = c.v[x];
            toklist member = { v, m };
            nout = expand(a, member, out, nout, max);
        }
        k = kend;
    }
    return nout;
}

/* Replace the NE at [i, k] (k = its "~NE") by "(NEC" + one NE per member
 * of members[0, nm) + "~NEC".  Returns the new index just past the
 * compound's opening. */
static int replace_with_compound(dyad_coder *c, int i, int k, const toklist *members, int nm)
{
    int total = 2;
    for (int m = 0; m < nm; m++)
        total += members[m].n + 3;
    const char **v = arena_alloc(&c->scratch, (size_t)total * sizeof *v);
    if (!v)
        return k + 1;
    int n = 0;
    v[n++] = "(NEC";
    for (int m = 0; m < nm; m++) {
        v[n++] = "(NE";
        v[n++] = "---";
        for (int x = 0; x < members[m].n; x++)
            v[n++] = members[m].v[x];
        v[n++] = "~NE";
    }
    v[n++] = "~NEC";
    plist_remove(&c->pl, i, k + 1);
    plist_insert(&c->pl, i, v, n, &c->scratch);
    return i + 1;
}

/* Replace the NE at [i, k], which holds a nested compound, by a compound
 * of its members. */
static int expand_ne_compound(dyad_coder *c, int i, int k)
{
    toklist content = { c->pl.tok + i + 2, k - i - 2 };
    toklist members[MAX_MEMBERS];
    int nm = expand(&c->scratch, content, members, 0, MAX_MEMBERS);
    return replace_with_compound(c, i, k, members, nm);
}

/* Do words w[0, n) name a state and nothing more ("AMERICAN": USA,
 * "LIMA": PER)?  Its code into state[4]. */
static int names_state(const dyad_coder *c, const char *const *w, int n, char state[4])
{
    char buf[DYAD_CODE_MAX];
    int person = 0;
    const char *code = n ? actor_code_for_phrase_ex(c->d, w, n, c->date, buf, sizeof buf,
                                                    &person, 0) : NULL;
    if (!code || person || strlen(code) != 3 || tok_is(code, "---"))
        return 0;
    str_copy(state, 4, code);
    return 1;
}

/* Is w a nationality adjective (its one word names a state: AMERICAN)? */
static int demonym(const dyad_coder *c, const char *w)
{
    char state[4];
    return names_state(c, &w, 1, state);
}

/* "17 AMERICAN AND CANADIAN MISSIONARIES" (plain words at [i, k]): two
 * nationalities sharing one noun are two actors.  Splits the NE into a
 * compound ("17 AMERICAN MISSIONARIES", "CANADIAN MISSIONARIES") and
 * returns the index past the compound's opening, or 0 when it is no such
 * phrase. */
static int split_adjective_pair(dyad_coder *c, int i, int k)
{
    const char **w = c->pl.tok + i + 2;
    int n = k - i - 2;
    for (int p = 1; p + 2 < n; p++) {
        if (!tok_is(w[p], "AND") || !demonym(c, w[p - 1]) || !demonym(c, w[p + 1]) ||
            plist_is_markup(w[p + 2]))
            continue;
        const char **a = arena_alloc(&c->scratch, (size_t)n * sizeof *a);
        if (!a)
            return 0;
        int na = 0;
        for (int x = 0; x < p; x++)
            a[na++] = w[x];
        for (int x = p + 2; x < n; x++)
            a[na++] = w[x];
        toklist members[2] = { { a, na }, { w + p + 1, n - p - 1 } };
        return replace_with_compound(c, i, k, members, 2);
    }
    return 0;
}

/* ---------------------------------------------------- actor assignment */

static int has_markup(const plist *pl, int from, int to)
{
    for (int j = from; j < to; j++)
        if (plist_is_markup(pl->tok[j]))
            return 1;
    return 0;
}

static int ne_words(const plist *pl, int open, const char **w, int max)
{
    int n = 0;
    for (int j = open + 2; j < pl->n && !tok_is(pl->tok[j], "~NE"); j++)
        if (!plist_is_markup(pl->tok[j]) && n < max)
            w[n++] = pl->tok[j];
    return n;
}

/* "PORTUGUESE-FLAGGED", "CHINESE-OWNED", "SAUDI-LED": the state the
 * thing belongs to or is led by, named before the hyphen.  Returns the
 * words with such a word cut to its first part (in the coder's scratch
 * arena), or w itself when none is. */
static const char *const *owner_words(dyad_coder *c, const char *const *w, int n)
{
    static const char *const tails[] = { "-FLAGGED", "-OWNED", "-LED", NULL };
    const char **out = NULL;
    for (int i = 0; i < n; i++) {
        const char *h = strchr(w[i], '-');
        if (!h || h == w[i] || !tok_in(h, tails))
            continue;
        if (!out) {
            if (!(out = arena_alloc(&c->scratch, (size_t)n * sizeof *out)))
                return w;
            memcpy(out, w, (size_t)n * sizeof *out);
        }
        const char *cut = arena_strndup(&c->scratch, w[i], (size_t)(h - w[i]));
        if (cut)
            out[i] = cut;
    }
    return out ? out : w;
}

/* Actor code of an entity's words: the dictionaries, then (in dyad's own
 * mode) what the document named before for references, also when the
 * words name only a role ("the government" -> the last state + GOV). */
/* The state of the place named right after the entity closed at k by
 * "in" ("the government | in Lima": PER), written to state[4]; 0 when
 * none (the place is no state's, or something else follows). */
static int state_after_in(const dyad_coder *c, const plist *pl, int k, char state[4])
{
    int j = k + 1;
    while (j < pl->n && pl->tok[j][0] == '~')
        j++;
    if (j + 5 >= pl->n || !tok_is(pl->tok[j], "(PP") || !tok_is(pl->tok[j + 1], "(IN") ||
        !tok_is(pl->tok[j + 2], "IN") || !tok_is(pl->tok[j + 4], "(NE"))
        return 0;
    const char *w[32];
    int n = ne_words(pl, j + 4, w, 32);
    return names_state(c, w, n, state);
}

static int role_names_event(const dyad_coder *c, const char *code, const char *const *w,
                            int n);

/* Roles whose bearer "in" a place is that place's state: "the government
 * in Lima", "protesters in Dhaka" (not troops: "troops in Syria" are
 * as often another state's). */
static int role_of_place(const char *code)
{
    static const char *const roles[] = { "GOV", "COP", "JUD", "LEG", "CVL", "OPP", "EDU",
                                         "LAB", "MED", "REB", NULL };
    return code && strlen(code) == 6 && tok_has_prefix(code, "---") && tok_in(code + 3, roles);
}

/* The code of the entity with words w[0, n); pl and k (its "~NE"), when
 * given, let a role named "in" a place take that place's state. */
static const char *entity_code(dyad_coder *c, const char *const *w, int n, char *buf,
                               size_t len, int *person, const plist *pl, int k)
{
    int flags = c->opt.petrarch_compat ? 0
                                       : ACTOR_PERSON_NO_AGENTS | ACTOR_ORG_NO_AGENTS |
                                             ACTOR_OWNER_ENDS_AGENTS | ACTOR_DEMONYM_PEOPLE |
                                             ACTOR_ONE_ROLE;
    if (!c->opt.petrarch_compat)
        w = owner_words(c, w, n);
    const char *code = actor_code_for_phrase_ex(c->d, w, n, c->date, buf, len,
                                                person, flags);
    char in_state[4];
    if (pl && role_of_place(code) && len > 6 && state_after_in(c, pl, k, in_state) &&
        !role_names_event(c, code, w, n)) {
        memcpy(buf, in_state, 3);           /* "the government in Lima" */
        memmove(buf + 3, code + 3, 4);
        return buf;
    }
    if (!c->opt.resolve_references || (code && !tok_has_prefix(code, "---")))
        return code;
    const char *r = context_resolve(c, w, n);
    if (!r)
        return code;
    if (!code || !code[3] || strstr(r + 3, code + 3))
        return r;
    /* "its troops": the referent's state with the phrase's role */
    char *both = arena_alloc(&c->scratch, strlen(code) + 4);
    if (both)
        sprintf(both, "%.3s%s", r, code + 3);
    return both ? both : code;
}

/* "MOUSSA FAKI MAHAMAT , THE CHAIRMAN OF THE AFRICAN UNION COMMISSION":
 * a name with its apposition (joined by commas.c).  Returns the number of
 * words of the name; when the apposition names an organisation -- an
 * IGO, an armed group, an NGO -- its code goes to *acts_for (in buf):
 * the person acts for it, whatever office their own name's entry dates.
 * So does any actor's code when the name itself has none. */
static int apposition_split(dyad_coder *c, const char **w, int n, char *buf, size_t len,
                            const char **acts_for)
{
    static const char *const org[] = { "IGO", "IMG", "NGO", "NGM", NULL };
    int comma = 1, titled = 0;
    while (comma < n && strcmp(w[comma], ","))
        comma++;
    for (int i = comma + 1; i < n; i++)
        titled |= plist_title_word(w[i]);
    if (comma >= n - 1 || !titled)
        return n;
    int person = 0;
    const char *code = entity_code(c, w + comma + 1, n - comma - 1, buf, len, &person,
                                   NULL, 0);
    if (code && !person && tok_prefix_in(code, org)) {
        *acts_for = code;
    } else if (code && (!tok_has_prefix(code, "---") || code[3]) && !region_prefix(code)) {
        /* "Nikola Gruevski, North Macedonia's former prime minister",
         * "Carlos Manzo, the mayor of Uruapan": a name the dictionaries
         * do not know is what its apposition says, if only a role */
        char own_buf[DYAD_CODE_MAX];
        int own_person = 0;
        const char *own = entity_code(c, w, comma, own_buf, sizeof own_buf, &own_person,
                                      NULL, 0);
        if (!own || tok_has_prefix(own, "---"))
            *acts_for = code;
    }
    return comma;
}

/* The words that name the entity: a relative clause ("Congo's claim that
 * Rwandan troops were fighting ...") describes it but its actors and
 * agents are not the entity's own. */
static int head_words(const char **w, int n)
{
    static const char *const rel[] = { "THAT", "WHO", "WHICH", "WHOSE", "WHOM",
                                       "WHERE", "WHEN", "WHILE", NULL };
    for (int i = 1; i < n; i++) {
        if (w[i][0] != 'T' && w[i][0] != 'W')
            continue;                      /* every word in rel[] does */
        for (int k = 0; rel[k]; k++)
            if (tok_is(w[i], rel[k]))
                return i;
    }
    return n;
}

/* A force of nature's noun ("floods", "the earthquake", "heavy rains"), or
 * an accident's ("the collapse of a station canopy", "a plane crash"): no
 * one's act.  These run per entity, so a switch on the first letter keeps
 * the comparisons to a handful. */
static int force_word(const char *w)
{
    static const char *const f[] = { "FLOOD", "FLOODS", "FLOODING", "FLOODWATERS",
                                     "FLOODWATER", "FIRE", "FIRES", NULL };
    static const char *const e[] = { "EARTHQUAKE", "EARTHQUAKES", "ERUPTION", "EPIDEMIC", NULL };
    static const char *const other[] = { "QUAKE", "CYCLONE", "HURRICANE", "TYPHOON", "STORM",
        "STORMS", "TORNADO", "TORNADOES", "WILDFIRE", "WILDFIRES", "DROUGHT", "LANDSLIDE",
        "LANDSLIDES", "MUDSLIDE", "MUDSLIDES", "TSUNAMI", "AVALANCHE", "HEATWAVE", "RAINS",
        "DOWNPOURS", "PANDEMIC", "COLLAPSE", "CRASH", "DERAILMENT", "STAMPEDE", NULL };
    switch (w[0]) {
    case 'F': return tok_in(w, f);
    case 'E': return tok_in(w, e);
    case 'Q': case 'C': case 'H': case 'T': case 'S': case 'W': case 'D': case 'L':
    case 'M': case 'A': case 'R': case 'P': return tok_in(w, other);
    default: return 0;
    }
}

/* The phrase's head noun: the last word before a preposition or a
 * relative word. */
static int head_index(const char *const *w, int n)
{
    static const char *const prep[] = { "IN", "OF", "ON", "AT", "NEAR", "ACROSS",
        "ALONG", "THAT", "WHICH", NULL };
    for (int i = 1; i < n; i++)
        if (strchr("IOANTW", w[i][0]) && strlen(w[i]) <= 6 && tok_in(w[i], prep))
            return i - 1;
    return n - 1;
}

/* Is there a possessive mark in pl->tok(open, close)? */
static int has_possessive(const plist *pl, int open, int close)
{
    int pos = plist_find(pl, "(POS", open);
    return pos >= 0 && pos < close;
}

/* Does a phrase whose code has a role ("---MIL", "INDMIL") name an event
 * instead ("a long-range drone attack", "Indian missile strikes")?  Its
 * head is an event noun; the role words before it only say how it was
 * done -- unless a possessive makes them its owner ("their detention";
 * "the opposition's call": the caller checks the mark), or they follow
 * a request as who made it ("the demands of student protesters").  With a state
 * named ("Indian missile strikes") the head must end the phrase: in "the
 * withdrawal of Russian troops" the troops are Russia's. */
static int role_names_event(const dyad_coder *c, const char *code, const char *const *w,
                            int n)
{
    static const char *const owner[] = { "ITS", "THEIR", "HIS", "HER", NULL };
    int stateless = tok_has_prefix(code ? code : "", "---");
    if (!code || strlen(code) < 6 || code[0] == '"' || n < 2 ||
        (!stateless && !state_prefix(code)))
        return 0;
    int head = stateless ? head_index(w, n) : n - 1;
    for (int i = 0; i < head; i++)
        if (tok_in(w[i], owner))
            return 0;
    /* "the demands of student protesters": the role after OF is who
     * asks, the phrase's party ("the killing of protesters" stays an
     * event: they are its victims) */
    static const char *const asks[] = { "DEMANDS", "DEMAND", "CALLS", "CALL", "REQUEST",
                                        "REQUESTS", "APPEALS", "APPEAL", "PLEAS", NULL };
    if (stateless && head >= 0 && head + 1 < n && tok_is(w[head + 1], "OF") &&
        tok_in(w[head], asks))
        return 0;
    return head > 0 && verb_forms(&c->d->nouns, w[head]) != NULL &&
           !agent_phrase_covers(c->d, w, n, head);
}

/* Is the entity a force of nature ("floods in Libya's eastern city",
 * "the earthquake", "heavy rains", "Typhoon Yagi")?  Its head noun -- the
 * last word before a preposition -- or a storm's title says so.  Such a
 * phrase names no actor, even when it names a place: a flood that killed
 * thousands is no event. */
static int natural_force(const char *const *w, int n)
{
    static const char *const storm[] = { "TYPHOON", "HURRICANE", "CYCLONE", NULL };
    int head = head_index(w, n);
    if (head >= 0 && force_word(w[head]))
        return 1;
    for (int i = 1; i < head; i++)      /* "floodwaters from a collapsed dam" */
        if (tok_is(w[i], "FROM"))
            return force_word(w[i - 1]);
    int first = n > 1 && (tok_is(w[0], "THE") || tok_is(w[0], "A")) ? 1 : 0;
    return first < n && tok_in(w[first], storm);   /* "Typhoon Yagi" */
}

/* Does w name a time: a weekday or month, a year, a unit ("week",
 * "morning")?  A switch on the first letter, as above. */
int coder_time_word(const char *w)
{
    static const char *const j[] = { "JANUARY", "JUNE", "JULY", NULL };
    static const char *const m[] = { "MARCH", "MAY", "MONTH", "MONTHS", "MORNING",
                                     "MIDNIGHT", NULL };
    static const char *const other[] = { "FEBRUARY", "APRIL", "AUGUST", "SEPTEMBER",
        "OCTOBER", "NOVEMBER", "DECEMBER", "WEEK", "WEEKS", "WEEKEND", "YEAR", "YEARS",
        "AFTERNOON", "EVENING", "NIGHT", "TONIGHT", "DECADE", NULL };
    size_t n = strlen(w);
    if (n == 4 && strspn(w, "0123456789") == 4)
        return 1;                                   /* a year */
    if ((n >= 3 && !strcmp(w + n - 3, "DAY")) || (n >= 4 && !strcmp(w + n - 4, "DAYS")))
        return 1;                                   /* Monday, today, days */
    if (w[0] == 'J')
        return tok_in(w, j);
    if (w[0] == 'M')
        return tok_in(w, m);
    return strchr("FASONDWYAET", w[0]) && tok_in(w, other);
}

/* Is the phrase only a time ("Tuesday", "last week", "the weekend",
 * "early March 2024")?  Such a phrase is never an actor, so it must not
 * fill a pattern's actor slot ("launched drills ... on + [193]" with
 * + = Tuesday outranked "launched &DRILL [150]"). */
static int time_phrase(const char *const *w, int n)
{
    static const char *const filler[] = { "THE", "LAST", "NEXT", "THIS", "EARLY", "LATE",
        "MID", "EARLIER", "LATER", "SAME", "PREVIOUS", "FOLLOWING", NULL };
    if (n <= 0 || !coder_time_word(w[n - 1]))
        return 0;                       /* the usual case, decided at once */
    for (int i = 0; i < n - 1; i++)
        if (!coder_time_word(w[i]) && !tok_in(w[i], filler) &&
            strspn(w[i], "0123456789") != strlen(w[i]))     /* "March 3" */
            return 0;
    return 1;
}

/* Is the entity opened at i where something happens: "(PP (IN in ~IN (NE"? */
static int named_as_place(const plist *pl, int i)
{
    static const char *const loc[] = { "IN", "AT", "NEAR", "INSIDE", "OUTSIDE", "ACROSS",
                                       "AROUND", "THROUGHOUT", "ALONG", NULL };
    if (i < 2 || !tok_is(pl->tok[i - 1], "~IN"))
        return 0;
    for (int k = 0; loc[k]; k++)
        if (tok_is(pl->tok[i - 2], loc[k]))
            return 1;
    return 0;
}

/* "Both delegations", "the two sides": a pair the sentence does not name.
 * Like a compound, it is what "they" and "their" then mean, and no one
 * actor the document named before ("Both delegations said they would
 * exchange prisoners" is not the Turkish host's doing). */
static int unnamed_pair(const char *const *w, int n)
{
    return n >= 2 && (tok_is(w[0], "BOTH") || (n >= 3 && tok_is(w[0], "THE") &&
                                              tok_is(w[1], "TWO")));
}

/* "a gunman linked to the Jalisco cartel", "militias loyal to Tehran",
 * "hackers affiliated with Russia's GRU": a role-only entity (its "~NE" at
 * k) tied by a participle to a named actor is that actor's -- the
 * organisation itself, or the state with the entity's own role.  The
 * code goes to buf; NULL when the shape or the actor is missing. */
static const char *affiliated_code(dyad_coder *c, const plist *pl, int k, const char *role,
                                   char *buf, size_t len)
{
    static const char *const tie[] = { "LINKED", "LOYAL", "ALLIED", "AFFILIATED", "TIED",
                                       "CONNECTED", "BELONGING", NULL };
    int pp = -1;                                   /* the "(PP" of the tie */
    if (k + 5 < pl->n && tok_has_prefix(pl->tok[k + 1], "(VP") && tok_in(pl->tok[k + 3], tie))
        pp = k + 5;                                /* "(VP (VBN LINKED ~VBN (PP" */
    else if (tok_in(pl->tok[k - 1], tie))
        pp = k + 1;                                /* "MILITIAMEN LOYAL ~NE (PP" */
    if (pp < 0 || pp + 4 >= pl->n || !tok_is(pl->tok[pp], "(PP") ||
        !tok_is(pl->tok[pp + 4], "(NE"))
        return NULL;
    const char *w[64];
    char actor[DYAD_CODE_MAX];
    int n = ne_words(pl, pp + 4, w, 64), person = 0;
    const char *code = n ? entity_code(c, w, n, actor, sizeof actor, &person, NULL, 0) : NULL;
    if (!code || tok_has_prefix(code, "---") || person)
        return NULL;
    if (!state_prefix(code) || strlen(code) > 3)
        snprintf(buf, len, "%s", code);     /* the organisation: MEXCRM, IMGHEZ */
    else
        snprintf(buf, len, "%.3s%s", code, role);
    return buf;
}

void entities_assign(dyad_coder *c)
{
    plist *pl = &c->pl;
    int in_nec = 0;
    c->ctx.compound = 0;
    for (int i = pl->start; i < pl->n; i++) {
        const char *t = pl->tok[i];
        if (t[0] != '(' && t[0] != '~')
            continue;                       /* a word */
        if (t[1] == 'N' && t[2] == 'E' && t[3] == 'C')
            in_nec = t[0] == '(';
        if (!tok_is(t, "(NE"))
            continue;
        int k = plist_find(pl, "~NE", i + 1);
        if (k < 0)
            return;
        int has_nec = 0;
        for (int j = i + 2; j < k; j++)
            if (is_nec_open(pl->tok[j]))
                has_nec = 1;
        if (has_nec) {
            i = expand_ne_compound(c, i, k) - 1;
            continue;
        }
        int split = !c->opt.petrarch_compat && !has_markup(pl, i + 2, k)
                        ? split_adjective_pair(c, i, k) : 0;
        if (split) {
            i = split - 1;
            continue;
        }
        const char *w[256];
        int n = ne_words(pl, i, w, 256);
        if (!c->opt.petrarch_compat && time_phrase(w, n) && !has_markup(pl, i + 2, k)) {
            plist_remove(pl, k, k + 1);     /* "(NE --- TUESDAY ~NE": just words */
            plist_remove(pl, i, i + 2);
            i--;
            continue;
        }
        char abuf[DYAD_CODE_MAX];
        const char *acts_for = NULL;
        if (!c->opt.petrarch_compat) {
            n = apposition_split(c, w, n, abuf, sizeof abuf, &acts_for);
            n = head_words(w, n);
        }
        char buf[DYAD_CODE_MAX];
        int person = 0;
        int force = !acts_for && !c->opt.petrarch_compat && natural_force(w, n);
        if (force)
            pl->tok[i + 1] = "\2---";      /* a leading '\2' marks a force of nature
                                             * or accident until indexing reads it */
        const char *code = acts_for ? acts_for      /* the AU Commission's chairman */
                           : force ? NULL
                                   : entity_code(c, w, n, buf, sizeof buf, &person,
                                                 c->opt.petrarch_compat ? NULL : pl, k);
        char tied[DYAD_CODE_MAX];
        if (!c->opt.petrarch_compat && code && tok_has_prefix(code, "---") && code[3] &&
            !person) {
            const char *to = affiliated_code(c, pl, k, code + 3, tied, sizeof tied);
            if (to)
                code = to;
        }
        if (!c->opt.petrarch_compat && role_names_event(c, code, w, n) &&
            !has_possessive(pl, i, k)) {        /* "the opposition's call" is theirs */
            if (tok_has_prefix(code, "---"))
                code = NULL;                    /* "a drone attack": no one */
            else if (!person) {                 /* "Indian missile strikes": India */
                char state[4];
                str_copy(state, sizeof state, code);
                str_copy(buf, sizeof buf, state);
                code = buf;
            }
        }
        if (c->opt.resolve_references && named_as_place(pl, i))
            context_note_place(c, code);
        else if (c->opt.resolve_references)
            context_note(c, code, person);
        if (in_nec || (!c->opt.petrarch_compat && unnamed_pair(w, n)))
            c->ctx.compound = 1;
        if (code) {
            char *tok = arena_alloc(&c->scratch, strlen(code) + 2);
            if (tok) {
                /* a leading '\1' marks a person until indexing reads it */
                tok[0] = '\1';
                str_copy(tok + !!person, strlen(code) + 1, code);
                pl->tok[i + 1] = tok;
            }
        }
        i = k;
    }
}

/* Index every NE and compound; NEs inside a compound are its members.
 * Also note, for an NE inside a prepositional phrase that modifies a noun
 * phrase ("the head of X between Y and Z"), the NE heading that phrase:
 * the head, not the modifier, is what the phrase names. */
void entities_index(dyad_coder *c)
{
    const plist *pl = &c->pl;
    int cur = -1;
    int stack[256], sp = 0;        /* token index of each open phrase */
    int np_head[256];              /* per stack slot: head NE of an NP */
    c->nne = c->nnec = 0;
    for (int i = pl->start; i < pl->n; i++) {
        const char *t = pl->tok[i];
        if (t[0] == '~') {
            if (sp > 0)
                sp--;
        } else if (t[0] == '(') {
            if (tok_is(t, "(NE") && c->nne < MAX_NE) {
                int ne = c->nne++;
                c->ne_pos[ne] = i;
                c->ne_nec[ne] = cur;
                c->ne_head[ne] = -1;
                c->ne_examples[ne] = -1;
                c->ne_in_event[ne] = 0;
                c->ne_text[ne] = NULL;
                const char *code = pl->tok[i + 1];
                c->ne_person[ne] = code[0] == '\1';
                c->ne_force[ne] = code[0] == '\2';
                if (code[0] == '\1' || code[0] == '\2')
                    pl->tok[i + 1] = ++code;
                c->ne_code[ne] = code;
                if (cur >= 0)
                    c->nec_count[cur]++;
                int seen_pp = 0, examples = 0;
                for (int k = sp - 1; k >= 0; k--) {
                    const char *o = pl->tok[stack[k]];
                    if (coder_starts(o, "(PP")) {
                        if (!seen_pp)
                            examples = plist_example_pp(pl, stack[k]);
                        seen_pp = 1;
                    } else if (coder_starts(o, "(NP")) {
                        int h = np_head[k];
                        if (!seen_pp && h < 0) {
                            np_head[k] = ne;
                            /* "(NP (NE THOUSANDS ~NE (PP OF (NP (NE X ...":
                             * the count stands for X, also when X's own NP
                             * goes on with a clause */
                            int outer = k >= 2 ? np_head[k - 2] : -1;
                            if (outer >= 0 && c->ne_examples[outer] < 0 &&
                                coder_starts(pl->tok[stack[k - 2]], "(NP") &&
                                plist_example_pp(pl, stack[k - 1]))
                                c->ne_examples[outer] = ne;
                        }
                        else if (seen_pp && h >= 0 && !examples)
                            c->ne_head[ne] = h;
                        else if (seen_pp && h >= 0 && c->ne_examples[h] < 0)
                            c->ne_examples[h] = ne;
                        break;
                    } else if (coder_starts(o, "(S") || coder_starts(o, "(VP"))
                        break;
                }
            } else if (is_nec_open(t) && c->nnec < MAX_NE) {
                cur = c->nnec++;
                c->nec_first[cur] = c->nne;
                c->nec_count[cur] = 0;
            }
            if (sp < 256) {
                np_head[sp] = -1;
                stack[sp++] = i;
            }
        }
        if (is_nec_close(t))
            cur = -1;
    }
}

int entities_at(const dyad_coder *c, int pos)
{
    for (int i = 0; i < c->nne; i++)
        if (c->ne_pos[i] == pos)
            return i;
    return -1;
}

const char *entity_text(dyad_coder *c, int ne)
{
    if (c->ne_text[ne])
        return c->ne_text[ne];
    const char *w[256];
    int n = c->ne_pos[ne] >= 0 ? ne_words(&c->pl, c->ne_pos[ne], w, 256) : 0;
    size_t len = 0;
    for (int i = 0; i < n; i++)
        len += strlen(w[i]) + 1;
    char *s = arena_alloc(&c->scratch, len + 1), *p = s;
    if (!s)
        return "";
    for (int i = 0; i < n; i++) {
        size_t l = strlen(w[i]);
        memcpy(p, w[i], l);
        p += l;
        if (i + 1 < n)
            *p++ = ' ';
    }
    *p = 0;
    c->ne_text[ne] = s;
    return s;
}


/* A pseudo entity for words inside a noun phrase (nominal events): its
 * code comes from the dictionaries and the document context. */
int entity_add_pseudo(dyad_coder *c, const char *const *w, int n)
{
    if (c->nne >= MAX_NE || n <= 0)
        return -1;
    char buf[DYAD_CODE_MAX];
    int person = 0;
    const char *code = entity_code(c, w, n, buf, sizeof buf, &person, NULL, 0);
    int ne = c->nne++;
    c->ne_pos[ne] = -1;
    c->ne_nec[ne] = -1;
    c->ne_head[ne] = -1;
    c->ne_examples[ne] = -1;
    c->ne_person[ne] = person;
    c->ne_force[ne] = 0;
    c->ne_code[ne] = code ? arena_strdup(&c->scratch, code) : "---";
    size_t len = 0;
    for (int i = 0; i < n; i++)
        len += strlen(w[i]) + 1;
    char *t = arena_alloc(&c->scratch, len + 1), *p = t;
    if (t) {
        for (int i = 0; i < n; i++)
            p += sprintf(p, "%s%s", i ? " " : "", w[i]);
        *p = 0;
    }
    c->ne_text[ne] = t ? t : "";
    return ne;
}
