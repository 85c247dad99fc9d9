/*
 * locate.c -- where a sentence's events happened.
 *
 * The place the sentence names after IN/AT/NEAR ("in Buenos Aires"), found
 * in the gazetteer, is where its events happened, unless an event already
 * has a location; its country (or, with no gazetteer entry, the country
 * named after IN/AT/NEAR: "in northern Nigeria") is that of the
 * sentence's actors named only by role.  A place in a clause that reports
 * speech ("..., a UN mission said in a report released in Geneva") is
 * where something was said, and is passed over.  The place is not that of
 * an event in another clause ("... after protesters stormed its embassy
 * in Tehran": the storming's, datescope.c says which clause is whose).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "coder_internal.h"
#include "tok.h"
#include "util/strcopy.h"

/* "northern", "south-eastern", "central": a region of the place after it. */
static int compass_word(const char *w)
{
    static const char *const compass[] = { "NORTHERN", "SOUTHERN", "EASTERN", "WESTERN",
        "CENTRAL", "NORTHEASTERN", "NORTHWESTERN", "SOUTHEASTERN", "SOUTHWESTERN",
        "NORTH-EASTERN", "NORTH-WESTERN", "SOUTH-EASTERN", "SOUTH-WESTERN", NULL };
    for (int i = 0; compass[i]; i++)
        if (tok_is(w, compass[i]))
            return 1;
    return 0;
}

/* Is the word at t[i] in a clause that reports speech, back to its comma
 * ("..., a UN mission said in a report released in Geneva", "told
 * reporters in Moscow")?  A place there is where something was said, not
 * where the events happened. */
static int in_report(const char *const *t, int i, int lo)
{
    static const char *const speech[] = { "SAID", "SAYS", "SAY", "TOLD", "REPORTED",
        "STATEMENT", "REPORT", "ANNOUNCED", "BRIEFING", "CONFERENCE", "INTERVIEW",
        "SPEAKING", "QUOTED", NULL };
    for (int j = i - 1; j >= lo; j--) {
        if (t[j][0] == ',' && !t[j][1])
            return 0;
        if (strchr("STRABCIQ", t[j][0]) && tok_in(t[j], speech))
            return 1;
    }
    return 0;
}

/* Is w a preposition of place: IN, AT, NEAR, OUTSIDE; with wide set, in
 * dyad's own mode, also ACROSS, INSIDE, AROUND, THROUGHOUT and THROUGH ("across
 * Iran")?  The wide set places events; it does not give roles a country
 * ("police deployed across France" are not thereby France's). */
static int locative(const dyad_coder *c, const char *w, int wide)
{
    static const char *const more[] = { "ACROSS", "INSIDE", "AROUND", "THROUGHOUT", "THROUGH",
                                        NULL };
    if (!strchr("IANOT", w[0]))
        return 0;
    return tok_is(w, "IN") || tok_is(w, "AT") || tok_is(w, "NEAR") ||
           tok_is(w, "OUTSIDE") || (wide && !c->opt.petrarch_compat && tok_in(w, more));
}

/* Does a clause of another event open at w[k]: ", after ...", ", which
 * ...", ", in what New Delhi called ..."?  Its places are not the
 * sentence's. */
static int other_clause_at(const char *const *w, int n, int k)
{
    static const char *const opener[] = { "AFTER", "BEFORE", "WHICH", "WHO", "WHERE",
        "WHEN", "WHILE", "SINCE", "UNTIL", NULL };
    if (k + 1 >= n || strcmp(w[k], ","))
        return 0;
    return tok_in(w[k + 1], opener) ||
           (k + 2 < n && tok_is(w[k + 1], "IN") && tok_is(w[k + 2], "WHAT"));
}

void sentence_places(dyad_coder *c)
{
    c->place = c->said_place = NULL;
    c->place_pos = -1;
    if (c->d->places.n == 0)
        return;
    const char *w[1024];
    int n = 0, pos[1024];
    const plist *pl = &c->pl;
    for (int i = pl->start; i < pl->n && n < 1024; i++)
        if (!plist_is_markup(pl->tok[i]) && !tok_is(pl->tok[i - 1], "(NE")) {
            pos[n] = i;
            w[n++] = pl->tok[i];
        }
    for (int k = 0; k + 1 < n && !c->place; k++) {
        if (!c->opt.petrarch_compat && other_clause_at(w, n, k))
            break;
        if (!locative(c, w[k], 0))
            continue;
        int at = k + 1 < n && tok_is(w[k + 1], "THE") ? k + 2 : k + 1, len = 0;
        if (at < n && compass_word(w[at]))
            at++;                          /* "in northern Nigeria" */
        const place *p = at < n ? place_at(c->d, w, n, at, &len) : NULL;
        if (!p)
            continue;
        if (c->opt.petrarch_compat || !in_report(w, k, 0)) {
            c->place = p;
            c->place_pos = pos[at];
        }
        else if (!c->said_place)
            c->said_place = p;             /* "said in Bogota" */
    }
}

/* Does the entity opened at pl->tok[open] name a border ("near the
 * Venezuelan border")?  A border is two countries', so it says neither. */
static int names_border(const plist *pl, int open)
{
    static const char *const edge[] = { "BORDER", "BORDERS", "FRONTIER", NULL };
    int j = open + 2;
    while (j < pl->n && !tok_is(pl->tok[j], "~NE"))
        j++;
    return j < pl->n && tok_in(pl->tok[j - 1], edge);
}

/* The words of the entity opened at pl->tok[open] into out, past THE. */
static void entity_words(const plist *pl, int open, char *out, size_t cap)
{
    size_t n = 0;
    out[0] = '\0';
    for (int j = open + 2; j < pl->n && !tok_is(pl->tok[j], "~NE"); j++) {
        const char *t = pl->tok[j];
        if (plist_is_markup(t) || (n == 0 && tok_is(t, "THE")))
            continue;
        size_t l = strlen(t);
        if (n + l + 2 > cap)
            break;
        if (n)
            out[n++] = ' ';
        memcpy(out + n, t, l + 1);
        n += l;
    }
}

/* Is w a noun for a settlement or area ("the Syrian town of Saraqeb")? */
static int settlement_noun(const char *w)
{
    static const char *const kinds[] = { "CITY", "TOWN", "VILLAGE", "PORT", "CAPITAL",
        "PROVINCE", "REGION", "DISTRICT", "CAMP", "SUBURB", "SUBURBS", "STATE", NULL };
    return tok_in(w, kinds);
}

/* Where in w[0, n) a settlement's name starts: after "... TOWN OF"; -1
 * when the words are no "[the] [adjectives] town of X". */
static int settlement_name_at(const char *const *w, int n)
{
    for (int j = 1; j + 1 < n; j++)
        if (tok_is(w[j], "OF") && settlement_noun(w[j - 1]))
            return j + 1;
    return -1;
}

/* The words of text (at most max, split at spaces into buf) into w. */
static int text_words(const char *text, char *buf, size_t cap, const char **w, int max)
{
    int n = 0;
    if (!text || strlen(text) >= cap)
        return 0;
    strcpy(buf, text);
    for (char *save = NULL, *t = strtok_r(buf, " ", &save); t && n < max;
         t = strtok_r(NULL, " ", &save))
        w[n++] = t;
    return n;
}

/* The gazetteer place that the whole of text names ("TEHRAN", "THE
 * CITY OF GOMA", "THE YEMENI PORT OF HODEIDAH"), or NULL. */
static const place *text_place(const dyad_dict *d, const char *text)
{
    char buf[256];
    const char *w[16];
    int n = text_words(text, buf, sizeof buf, w, 16);
    int k = n > 1 && tok_is(w[0], "THE"), len = 0;
    const place *p = k < n ? place_at(d, w, n, k, &len) : NULL;
    if (p && k + len == n)
        return p;
    int at = settlement_name_at(w, n);
    p = at > 0 ? place_at(d, w, n, at, &len) : NULL;
    return p && at + len == n ? p : NULL;
}

/* "THE SYRIAN TOWN OF SARAQEB", a place the gazetteer lacks, attacked:
 * its name into name[cap] when text is such a phrase and the event's
 * target is a bare state (whose the place is); 0 if not. */
static int settlement_named(const char *text, const char *target, char *name, size_t cap)
{
    char buf[256];
    const char *w[16];
    int n = text_words(text, buf, sizeof buf, w, 16);
    int at = settlement_name_at(w, n);
    if (at < 0 || strlen(target) != 3 || tok_has_prefix(target, "---"))
        return 0;
    size_t k = 0;
    name[0] = 0;
    for (int i = at; i < n && k + strlen(w[i]) + 2 < cap; i++)
        k += (size_t)snprintf(name + k, cap - k, "%s%s", i > at ? " " : "", w[i]);
    return k > 0;
}

/* The first country named after a preposition of place (the wide set or
 * not), not a border and not in a clause that reports speech: its code
 * into code[4] and, when words is given, its words; 0 if none. */
static int country_named(const dyad_coder *c, int wide, char code[4], char *words, size_t cap,
                         int *at)
{
    const plist *pl = &c->pl;
    for (int i = pl->start; i + 5 < pl->n; i++) {
        const char *w = pl->tok[i];
        if (pl->tok[i + 1][0] != '~' || !tok_is(pl->tok[i + 1], "~IN") || !locative(c, w, wide))
            continue;
        int ne = i + 2;                     /* "in Pakistan and Pakistani Kashmir": */
        if (wide && tok_has_prefix(pl->tok[ne], "(NEC"))
            ne++;                           /* the first of them */
        if (!tok_is(pl->tok[ne], "(NE"))
            continue;
        const char *cc = pl->tok[ne + 1];
        if (names_border(pl, ne) ||
            (!c->opt.petrarch_compat && in_report((const char *const *)pl->tok, i, pl->start)))
            continue;
        if (at)
            *at = ne;
        if (strlen(cc) == 3 && !tok_has_prefix(cc, "---") && state_prefix(cc)) {
            memcpy(code, cc, 4);
            if (words)
                entity_words(pl, ne, words, cap);
            return 1;
        }
        /* a city that names someone else as an actor ("around Brussels":
         * the EU's seat) is still a place in its country (after IN, AT
         * and NEAR the sentence's place has been sought already) */
        char name[128];
        entity_words(pl, ne, name, sizeof name);
        const place *p = wide && !locative(c, w, 0) ? text_place(c->d, name) : NULL;
        if (p) {
            memcpy(code, p->country, 4);
            if (words)
                str_copy(words, cap, name);
            return 1;
        }
    }
    return 0;
}

/* The country of the sentence's place: the gazetteer's, else a country
 * named after IN/AT/NEAR ("in northern Nigeria", not "near the Venezuelan
 * border"); "" if none. */
void sentence_country(dyad_coder *c)
{
    c->place_country[0] = '\0';
    if (c->place) {
        memcpy(c->place_country, c->place->country, 4);
        return;
    }
    country_named(c, 0, c->place_country, NULL, 0, NULL);
}

/* Where ev's trigger word is in the ParseList: its only word of that
 * text, else -1 (unknown). */
static int trigger_index(const dyad_coder *c, const dyad_event *ev)
{
    int at = -1;
    for (int i = c->pl.start; ev->trigger && i < c->pl.n; i++)
        if (!plist_is_markup(c->pl.tok[i]) && !strcmp(c->pl.tok[i], ev->trigger)) {
            if (at >= 0)
                return -1;
            at = i;
        }
    return at;
}

static void set_location(dyad_event *ev, const char *name, const char *country,
                         const place *p)
{
    ev->location = strdup(name);
    memcpy(ev->location_country, country, 4);
    if (p) {
        ev->lat = p->lat;
        ev->lon = p->lon;
        ev->has_coords = 1;
    }
}

/* Is pl->tok[j] a verb in the past or a participle ("(VBN HELD")?  (A
 * present tense after the trigger is as often a noun the parse took for
 * a verb: "near the Venezuelan border".) */
static int past_verb_at(const plist *pl, int j)
{
    const char *open = pl->tok[j - 1];
    return !plist_is_markup(pl->tok[j]) &&
           (tok_is(open, "(VBD") || tok_is(open, "(VBN") || tok_is(open, "(VBG"));
}

/* Are the verbs at v and j joined by AND, OR or commas alone ("kidnapped
 * and murdered X in Santiago": both acts are where X was)? */
static int coordinated(const plist *pl, int v, int j)
{
    for (int k = v + 1; k < j; k++) {
        const char *t = pl->tok[k];
        if (!plist_is_markup(t) && !tok_is(t, "AND") && !tok_is(t, "OR") && !tok_is(t, ","))
            return 0;
    }
    return 1;
}

/* Is the place at plist index pos an event's of its own: in another
 * clause than the trigger at v ("... after X signed a deal in Barbados"),
 * or after a verb that follows the trigger ("freed prisoners held in
 * Caracas", "as part of a swap negotiated in Doha")? */
static int place_of_other_act(dyad_coder *c, int v, int pos)
{
    if (pos < 0)
        return 0;
    if (coder_has_clauses(c) && !coder_clause_holds(c, v, pos))
        return 1;
    const plist *pl = &c->pl;
    for (int j = pos - 1; v >= 0 && j > v; j--)
        if (past_verb_at(pl, j) && !coordinated(pl, v, j))
            return 1;
    return 0;
}

/* The gazetteer place a WHERE clause holding the trigger at v refers to
 * ("travelled to Bishkek , where he signed ..."): the place named right
 * before the comma that opens it; NULL if none. */
static const place *where_place(const dyad_coder *c, int v)
{
    const plist *pl = &c->pl;
    int j = v - 1;
    while (j > pl->start && !(pl->tok[j][0] == 'W' && tok_is(pl->tok[j], "WHERE")))
        j--;
    if (j <= pl->start)
        return NULL;
    while (--j > pl->start && plist_is_markup(pl->tok[j]))
        ;
    if (!tok_is(pl->tok[j], ","))
        return NULL;
    while (--j > pl->start && !tok_is(pl->tok[j], "~NE")) {
        if (!plist_is_markup(pl->tok[j]) && !coder_time_word(pl->tok[j]) &&
            !isdigit((unsigned char)pl->tok[j][0]) && !tok_is(pl->tok[j], "ON") &&
            !tok_is(pl->tok[j], "IN"))
            return NULL;                    /* (a date may come between) */
    }
    int open = j;
    while (open > pl->start && !tok_is(pl->tok[open], "(NE"))
        open--;
    char name[128];
    entity_words(pl, open, name, sizeof name);
    return name[0] ? text_place(c->d, name) : NULL;
}

/* Where each event happened, in dyad's own mode:
 *   - a visit, or force used, aimed at a place itself ("travelled to
 *     Tehran", "captured Goma"): that place;
 *   - the sentence's place ("in Buenos Aires");
 *   - a statement, an appeal, a demand, a threat (roots 01-05, 10-13):
 *     where it was said ("Speaking in Tehran", "said in Bogota");
 *   - a physical act: the country it happened in ("across Iran"), named
 *     but not in the gazetteer (no coordinates).
 * PETRARCH's mode gives every event the sentence's place. */
void locate_events(dyad_coder *c, dyad_event_list *out, size_t first)
{
    int named = -1;         /* a country named after ACROSS, IN ...: not yet sought */
    int named_at = -1;      /* its index in pl */
    char name[64], country[4];
    for (size_t i = first; i < out->n; i++) {
        dyad_event *ev = &out->v[i];
        if (ev->location)
            continue;
        if (c->opt.petrarch_compat) {
            if (c->place)
                set_location(ev, c->place->name, c->place->country, c->place);
            continue;
        }
        int root = code_root(ev->code);
        int said = (root >= 1 && root <= 5) || (root >= 10 && root <= 13);
        const place *aimed = tok_is(ev->code, "042") || root >= 18
                                 ? text_place(c->d, ev->target_text) : NULL;
        /* the sentence's place is not an event's of another clause ("...
         * after X signed a deal in Barbados", "under which ... in Maracay") */
        int v = trigger_index(c, ev);
        const place *here = c->place && !place_of_other_act(c, v, c->place_pos) ? c->place
                                                                                  : NULL;
        const place *there = !aimed && v >= 0 ? where_place(c, v) : NULL;
        const place *p = aimed ? aimed : there ? there : here ? here
                       : said ? c->said_place : NULL;
        if (p) {
            set_location(ev, p->name, p->country, p);
            continue;
        }
        char town[64];
        if (root >= 18 && settlement_named(ev->target_text, ev->target, town, sizeof town)) {
            set_location(ev, town, ev->target, NULL);
            continue;
        }
        if (said || c->place)
            continue;
        if (named < 0)
            named = country_named(c, 1, country, name, sizeof name, &named_at) && name[0];
        if (named && !place_of_other_act(c, v, named_at))
            set_location(ev, name, country, NULL);
    }
}
