/*
 * commas.c -- PETRARCH's comma clauses, cut from a ParseList.
 *
 * PETRARCH-1's check_commas removes the words between commas when they
 * look like an inserted clause: an initial clause of bmin..bmax words, a
 * terminal one of emin..emax, and internal ones of min..max (the
 * plist_comma_opts).  That keeps appositions and attributions (", a senior
 * official said") from being coded as the sentence's main event.  dyad,
 * with join_coordinated set, keeps six kinds of comma-set text that
 * PETRARCH cuts: examples of a phrase (", including A and B"), an inserted
 * clause with a verb of its own, a coordinated main clause (", and Y did
 * B"), a destination after an aside
 * ("extradited X , known as Y , to the United States"), the rest of a
 * list of names ("France , Germany , Britain and Poland , who ...") and a
 * place that says where the one before it is ("in Maga , in Kebbi state ,").
 * plist_build() calls plist_cut_commas() last, on the finished list.
 */
#include <string.h>

#include "plist.h"
#include "tok.h"

/* Words (alphabetic, not markup, not NE codes) in [lo, hi). */
static int count_words(const plist *pl, int lo, int hi)
{
    int k = 0;
    for (int i = lo; i < hi && i < pl->n; i++) {
        const char *s = pl->tok[i];
        if (tok_is(s, "(NE")) {
            i++;            /* skip the code */
            continue;
        }
        if (!plist_is_markup(s) && ((s[0] >= 'A' && s[0] <= 'Z') ||
                                    (s[0] >= 'a' && s[0] <= 'z')))
            k++;
    }
    return k;
}

/* Remove the complete phrases lying inside [lo, hi), scanning backwards so
 * nested phrases go before the phrase holding them. */
static void delete_phrases(plist *pl, int lo, int hi)
{
    const char *stack[256];
    int sp = 0;
    for (int i = hi - 1; i >= lo && i < pl->n; i--) {
        const char *s = pl->tok[i];
        if (s[0] == '~') {
            if (sp < 256)
                stack[sp++] = s + 1;
        } else if (s[0] == '(' && sp > 0 && !strcmp(s + 1, stack[sp - 1])) {
            int close = -1;
            for (int j = i + 1; j < pl->n; j++)
                if (pl->tok[j][0] == '~' && !strcmp(pl->tok[j] + 1, s + 1)) {
                    close = j;
                    break;
                }
            if (close >= 0)
                plist_remove(pl, i, close + 1);
            sp--;
        }
    }
}

/* Last index before the closing run: normally the "(." of the final stop. */
static int find_end(const plist *pl)
{
    int k = pl->n - 1;
    while (k >= 2 && pl->tok[k][0] == '~')
        k--;
    return k - 1;
}

static int last_comma_before(const plist *pl, int from)
{
    int k = from;
    while (k >= 2 && !tok_is(pl->tok[k], "(,"))
        k--;
    return k >= 2 && tok_is(pl->tok[k], "(,") ? k : -1;
}

/* Does a destination open at i ("(PP (TO to", "(PP (IN into")?  Such a
 * phrase after a comma is the verb's complement set off by an aside
 * ("extradited Usuga , known as Otoniel , to the United States"), not an
 * inserted clause: dyad keeps it. */
static int destination_at(const plist *pl, int i)
{
    while (i < pl->n && pl->tok[i][0] == '~')
        i++;                                /* the aside's own phrase ends */
    if (i + 2 >= pl->n || !tok_is(pl->tok[i], "(PP"))
        return 0;
    return tok_is(pl->tok[i + 1], "(TO") ||
           (tok_is(pl->tok[i + 1], "(IN") && tok_is(pl->tok[i + 2], "INTO"));
}

/* Is the prepositional phrase opening at i one of place, (PP (IN IN|AT|
 * NEAR ...)? */
static int place_pp_at(const plist *pl, int i)
{
    static const char *const loc[] = { "IN", "AT", "NEAR", "OUTSIDE", NULL };
    return i >= 0 && i + 2 < pl->n && tok_is(pl->tok[i], "(PP") &&
           tok_is(pl->tok[i + 1], "(IN") && tok_in(pl->tok[i + 2], loc);
}

/* Does the comma at ka set off a place that says where the place before
 * it is ("in Maga , in Nigeria's Kebbi state ,")?  It is no aside: dyad
 * keeps it, for it names the country of the event. */
static int place_refinement_at(const plist *pl, int ka)
{
    if (ka < 1 || !tok_is(pl->tok[ka - 1], "~PP") || !place_pp_at(pl, ka + 3))
        return 0;
    int depth = 0;
    for (int j = ka - 1; j >= 0; j--) {
        depth += pl->tok[j][0] == '~' ? 1 : pl->tok[j][0] == '(' ? -1 : 0;
        if (depth == 0)
            return place_pp_at(pl, j);
    }
    return 0;
}

/* Does a coordinated clause or verb phrase open at i ("(CCP AND ~CCP
 * (S": plist.c marks a conjunction between clauses CCP)?  ", and Israel
 * condemned Iran" is a second main clause with a subject of its own,
 * ", and imposed sanctions on Tehran" a second act of the subject's: not
 * an attribution, dyad keeps them. */
static int coordinated_clause_at(const plist *pl, int i)
{
    while (i < pl->n && pl->tok[i][0] == '~')
        i++;                 /* phrases the comma closed: "..., and imposed" */
    return i + 3 < pl->n && tok_has_prefix(pl->tok[i], "(CC") &&
           tok_has_prefix(pl->tok[i + 2], "~CC") &&
           (tok_is(pl->tok[i + 3], "(S") || tok_has_prefix(pl->tok[i + 3], "(VP"));
}

/* Is [comma, to) the rest of a list of names ("France , Germany ,
 * Britain and Poland , who ...", "the leaders of France , Germany and
 * Poland .")?  After a comma that follows a name, only names (entities,
 * or proper nouns inside one) and their markup, with the conjunction (or
 * compound) that ends a list: dyad keeps it, where PETRARCH's comma rule
 * would cut "Britain and Poland" as a clause. */
static int list_tail(const plist *pl, int comma, int to)
{
    static const char *const closers[] = { "~NE", "~NP", "~NNP", "~NNPS", NULL };
    if (comma < 1 || !tok_in(pl->tok[comma - 1], closers))
        return 0;
    int names = 0, conj = 0;
    for (int i = comma + 3; i < to && i < pl->n; i++) {
        const char *t = pl->tok[i];
        conj |= tok_is(t, "AND") || tok_is(t, "OR") || tok_has_prefix(t, "(NEC");
        if (tok_is(t, "(NE")) {
            int k = plist_find(pl, "~NE", i + 1);
            if (k < 0 || k >= to)
                return 0;
            names++;
            i = k;
        } else if (tok_is(t, "(NNP") || tok_is(t, "(NNPS")) {
            names++;
        } else if (t[0] == '~') {
            continue;                   /* phrases closing, the list's own too */
        } else if (!(tok_is(t, "AND") || tok_is(t, "OR") || tok_has_prefix(t, "(CC") ||
                     tok_has_prefix(t, "~CC") || tok_has_prefix(t, "(NP") ||
                     tok_has_prefix(t, "~NP") || tok_has_prefix(t, "(NEC") ||
                     tok_has_prefix(t, "~NEC") || tok_is(t, "~NNP") || tok_is(t, "~NNPS") ||
                     tok_is(t, "(DT") || tok_is(t, "~DT") || tok_is(t, "THE") ||
                     (i > 0 && (tok_is(pl->tok[i - 1], "(NNP") ||
                                tok_is(pl->tok[i - 1], "(NNPS"))))) {
            return 0;                   /* a word of a name, not a clause's */
        }
    }
    return names > 0 && conj;         /* ", himself a former guerrilla ," is no list */
}

int plist_causing_word(const char *w)
{
    static const char *const cause[] = { "PROMPTING", "FORCING", "LEADING", "CAUSING",
                                         "COMPELLING", "PUSHING", "DRIVING", NULL };
    return tok_in(w, cause);
}

/* Does a causing participle clause open at i ("(S (VP (VBG PROMPTING"),
 * or one that tells a killing's toll ("KILLING about 170 people")? */
static int causing_clause_at(const plist *pl, int i)
{
    while (i < pl->n && (tok_is(pl->tok[i], "(S") || tok_has_prefix(pl->tok[i], "(VP")))
        i++;
    return i + 1 < pl->n && tok_is(pl->tok[i], "(VBG") &&
           (plist_causing_word(pl->tok[i + 1]) || tok_is(pl->tok[i + 1], "KILLING"));
}

/* Is [ka, kb) -- from a comma to the next -- an apposition right after a
 * name that says what the person is ("Moussa Faki Mahamat , the chairman
 * of the African Union Commission ,", "Barakat , a suspected Hezbollah
 * financier ,")?  One entity, nothing but markup around it, and a title
 * among its words.  Returns the index of its "(NE", else -1. */
int plist_title_word(const char *w)
{
    static const char *const title[] = { "CHAIRMAN", "CHAIR", "CHAIRWOMAN", "HEAD", "CHIEF",
        "LEADER", "SECRETARY", "PRESIDENT", "COMMANDER", "SPOKESMAN", "SPOKESWOMAN",
        "SPOKESPERSON", "FINANCIER", "MEMBER", "DIRECTOR", "ENVOY", "PROSECUTOR",
        "MINISTER", "AMBASSADOR", "FOUNDER", "COMMISSIONER", "GENERAL", "OFFICIAL",
        "REPRESENTATIVE", "DEPUTY", "MAYOR", "GOVERNOR", "ACTIVIST", "JOURNALIST",
        "CANDIDATE", "LAWMAKER", "SENATOR", "MONARCH", "KING", "QUEEN", "EMIR", "SULTAN",
        "RULER", NULL };
    return tok_in(w, title);
}

/* The name's "~NE" before the comma at ka, past the phrases that close
 * after it ("into (NE Alice Guo ~NE ~PP , the mayor of ..."), or -1. */
static int name_close_before(const plist *pl, int ka)
{
    int m = ka - 1;
    while (m > 0 && pl->tok[m][0] == '~' && !tok_is(pl->tok[m], "~NE"))
        m--;
    return m > 0 && tok_is(pl->tok[m], "~NE") ? m : -1;
}

static int apposition_at(const plist *pl, int ka, int kb)
{
    if (ka < 1 || name_close_before(pl, ka) < 0)
        return -1;
    int open = -1, titled = 0, depth = 0, of = 0, tail = 0;
    for (int i = ka + 3; i < kb; i++) {
        if (tail && pl->tok[i][0] != '~') {
            return -1;                      /* only closers after it */
        } else if (tok_is(pl->tok[i], "(NE")) {
            int close = plist_find(pl, "~NE", i + 1);
            if ((open >= 0 && !of) || close < 0 || close >= kb)
                return -1;
            if (open < 0)
                open = i;
            of = 0;
            for (int j = i + 2; j < close; j++)
                titled |= plist_title_word(pl->tok[j]);
            i = close;
        } else if (open >= 0 && !of && tok_is(pl->tok[i], "OF")) {
            of = 1;               /* "the mayor OF the Ukrainian city OF Melitopol" */
        } else if (!plist_is_markup(pl->tok[i])) {
            return -1;                      /* a word outside the entity */
        } else if ((depth += pl->tok[i][0] == '(' ? 1 : -1) < 0) {
            tail = 1;             /* phrases begun before it close before the
                                   * second comma (", Ukrainian officials said") */
        }
    }
    return titled && (depth == 0 || tail) && !of ? open : -1;
}

/* Join the apposition whose entity opens at open (between the commas at
 * ka and kb) to the name before it: "(NE name , apposition ~NE", so that
 * entities.c may take whom the title says the person acts for. */
static void join_apposition(plist *pl, int ka, int kb, int open)
{
    (void)open;
    /* "(NE name ~NE [closers] (, , ~, <apposition> [closers] (, , ~,"
     * becomes "(NE name , <its words> ~NE [closers] [closers]": the
     * apposition's markup and entity codes go, in place; closers of
     * phrases begun before it stay, in their order */
    int end = kb;                           /* where its closers begin */
    int depth = 0;
    for (int i = ka + 3; i < kb; i++)
        if (plist_is_markup(pl->tok[i]) && !tok_is(pl->tok[i - 1], "(NE") &&
            (depth += pl->tok[i][0] == '(' ? 1 : -1) < 0) {
            end = i;
            break;
        }
    int m = name_close_before(pl, ka);
    const char *after[64];                  /* closers between name and comma */
    int nafter = 0;
    for (int i = m + 1; i < ka && nafter < 64; i++)
        after[nafter++] = pl->tok[i];
    const char *close = pl->tok[m], *comma = pl->tok[ka + 1];
    int w = m;
    pl->tok[w++] = comma;
    for (int i = ka + 3; i < end; i++) {
        if (tok_is(pl->tok[i], "(NE"))
            i++;                            /* its code slot */
        else if (!plist_is_markup(pl->tok[i]))
            pl->tok[w++] = pl->tok[i];
    }
    pl->tok[w++] = close;
    for (int i = 0; i < nafter; i++)
        pl->tok[w++] = after[i];
    for (int i = end; i < kb; i++)
        pl->tok[w++] = pl->tok[i];
    plist_remove(pl, w, kb + 3);
}

/* The words of the entity opening at i ("(NE", its code, words, "~NE"):
 * their count, the index of the first in *first; -1 if no such entity. */
static int entity_words_at(const plist *pl, int i, int *first)
{
    if (i + 3 >= pl->n || !tok_is(pl->tok[i], "(NE"))
        return -1;
    int k = i + 2;
    while (k < pl->n && !tok_is(pl->tok[k], "~NE")) {
        if (plist_is_markup(pl->tok[k]))
            return -1;
        k++;
    }
    *first = i + 2;
    return k < pl->n ? k - (i + 2) : -1;
}

/* "Chinese , Tanzanian and Mozambican troops": a one-word modifier set off
 * by a comma before a compound whose members share their nouns ("(NEC (NE
 * TANZANIAN TROOPS ~NE (NE MOZAMBICAN TROOPS ~NE") is the compound's first
 * member, sharing them too.  Rewritten in place: the NE and comma before
 * the "(NEC" become the compound's first member. */
static void join_list_head(plist *pl)
{
    for (int i = 0; i + 8 < pl->n; i++) {
        const char *c4 = pl->tok[i + 4], *c5 = pl->tok[i + 5];
        if (!(c4[0] == '(' && c4[1] == ',' && !c4[2]) &&
            !(c5[0] == '(' && c5[1] == ',' && !c5[2]))
            continue;                       /* (the cheap test first: no "(," there) */
        int w0, head = 4;                   /* "(NE code W ~NE" */
        if (entity_words_at(pl, i, &w0) != 1) {
            head = 5;                       /* "(ADJP (JJ W ~JJ ~ADJP" (a parse's) */
            w0 = i + 2;
            if (i + 5 >= pl->n || !tok_is(pl->tok[i], "(ADJP") || !tok_is(pl->tok[i + 1], "(JJ") ||
                !tok_is(pl->tok[i + 3], "~JJ") || !tok_is(pl->tok[i + 4], "~ADJP"))
                continue;
        }
        int nec_at = i + head + 3;
        if (nec_at + 1 >= pl->n || !tok_is(pl->tok[i + head], "(,") ||
            !tok_has_prefix(pl->tok[nec_at], "(NEC"))
            continue;
        int first = -1, tail = -1, members = 0, ok = 1;
        for (int j = nec_at + 1; ok && j < pl->n && tok_is(pl->tok[j], "(NE"); members++) {
            int w, n = entity_words_at(pl, j, &w);
            if (n < 2 || n > 4 || (tail >= 0 && n - 1 != tail)) {
                ok = 0;
                break;
            }
            if (first < 0) {
                first = w + 1;
                tail = n - 1;
            }
            for (int x = 0; x < tail; x++)
                ok &= !strcmp(pl->tok[w + 1 + x], pl->tok[first + x]);
            j = w + n + 1;
        }
        if (!ok || members < 2 || tail > 3)
            continue;
        const char *nec = pl->tok[nec_at], *code = pl->tok[nec_at + 2], *word = pl->tok[w0];
        const char *nouns[3];
        for (int x = 0; x < tail; x++)
            nouns[x] = pl->tok[first + x];
        int w = i;
        pl->tok[w++] = nec;
        pl->tok[w++] = "(NE";
        pl->tok[w++] = code;
        pl->tok[w++] = word;
        for (int x = 0; x < tail; x++)
            pl->tok[w++] = nouns[x];
        pl->tok[w++] = "~NE";
        plist_remove(pl, w, nec_at + 1);
    }
}

void plist_cut_commas(plist *pl, const plist_comma_opts *co)
{
    if (co->join_coordinated)
        join_list_head(pl);
    int first = plist_find(pl, "(,", 0);
    if (first < 0)
        return;
    if (co->bmax != 0) {
        int k = count_words(pl, 2, first);
        if (k >= co->bmin && k <= co->bmax)
            delete_phrases(pl, 2, first);
    }
    if (co->emax != 0) {
        int kend = find_end(pl);
        int ka = last_comma_before(pl, kend - 1);
        if (ka >= 0) {
            int k = count_words(pl, ka, pl->n);
            /* dyad keeps the examples of a phrase (", including A and B .") */
            if (k >= co->emin && k <= co->emax &&
                !(co->join_coordinated && (plist_example_pp(pl, ka + 3) ||
                                           destination_at(pl, ka + 3) ||
                                           coordinated_clause_at(pl, ka + 3) ||
                                           causing_clause_at(pl, ka + 3) ||
                                           list_tail(pl, ka, kend))))
                delete_phrases(pl, ka + 3, kend);
        }
    }
    if (co->max != 0) {
        int ka = plist_find(pl, "(,", 0);
        while (ka >= 0) {
            int kb = plist_find(pl, "(,", ka + 1);
            if (kb < 0)
                break;
            int k = count_words(pl, ka + 2, kb);
            /* dyad keeps an inserted clause that has a verb of its own
             * (", reportedly bolstered by Iranian assets,"): it can hold an
             * event; appositions (", the state's fiercest foe,") go */
            int has_verb = 0;
            for (int x = ka + 2; co->join_coordinated && x < kb; x++)
                if (tok_has_prefix(pl->tok[x], "(VB"))
                    has_verb = 1;
            if (co->join_coordinated && (destination_at(pl, ka + 3) || list_tail(pl, ka, kb) ||
                                         place_refinement_at(pl, ka)))
                has_verb = 1;                   /* kept all the same */
            int appos = co->join_coordinated && !has_verb ? apposition_at(pl, ka, kb) : -1;
            if (k >= co->min && k <= co->max && !has_verb) {
                int before = pl->n;
                if (appos >= 0) {
                    join_apposition(pl, ka, kb, appos);
                    ka = plist_find(pl, "(,", ka);  /* its second comma is gone */
                    continue;
                }
                delete_phrases(pl, ka, kb);
                kb -= before - pl->n;
            }
            ka = kb;
        }
    }
    /* dangling initial or terminal comma */
    int ka = plist_find(pl, "(,", 0);
    if (ka >= 0 && count_words(pl, 2, ka) == 0)
        plist_remove(pl, ka, ka + 3);
    int kend = find_end(pl);
    ka = last_comma_before(pl, kend - 1);
    if (ka >= 0 && count_words(pl, ka + 1, kend) == 0)
        plist_remove(pl, ka, ka + 3);
}

