/*
 * intent.c -- a cooperative act in the future tense is an intention.
 *
 * "Germany will deliver air defence systems to Ukraine" reports no
 * delivery: it expresses the intent to give military aid (CAMEO 0332),
 * not the aid itself (072).  CAMEO has an intent code for each
 * cooperative root: consult (04) -> 036, diplomatic cooperation (05) ->
 * 032, material cooperation (06) -> 031x, aid (07) -> 033x, yield (08) ->
 * 035x.  code_verbs() asks intent_code() of every coded verb whose upper
 * sequence starts with a modal ("will", "would", "shall", "'ll"), after
 * the adverbs next to it, or with "ready / willing / plans / pledged to".  Threats ("will attack") are the dictionary's
 * business (13x patterns) and are left alone, as are negated verbs, which
 * code no event at all.
 */
#include <string.h>

#include "coder_internal.h"
#include "tok.h"

/* Is w a word of a date phrase ("ON", "22", "JANUARY", "2025")? */
static int date_phrase_word(const char *w)
{
    return tok_is(w, "ON") || tok_is(w, "IN") || (w[0] >= '0' && w[0] <= '9') ||
           coder_time_word(w);
}

/* Is the verb of upper (which runs from the verb back) in the future:
 * "will", "would", "shall", "'ll", past adverbs ("will soon deliver"), or
 * after "ready/willing/plans/pledged ... to" ("was ready to sign")? */
static int future(const seq *upper)
{
    static const char *const ready[] = { "READY", "WILLING", "PREPARED", "PLANS", "PLAN",
        "PLANNED", "PLANNING", "INTENDS", "INTEND", "INTENDED", "PLEDGED", "PROMISED",
        "VOWED", "OFFERED", "OFFERS", "PLEDGES", "PROMISES", "VOWS", NULL };
    int r = upper->n >= 3 && upper->v[1].kind == SQ_NE_CLOSE ? 2 : 1;  /* "(NE READY" */
    /* "pledged on 22 January 2025 to invest": a time phrase between */
    while (r + 1 < upper->n && r < 6 && upper->v[r].kind == SQ_WORD && date_phrase_word(upper->v[r].word))
        r++;
    if (upper->n > r && upper->v[0].kind == SQ_WORD && upper->v[r].kind == SQ_WORD &&
        tok_is(upper->v[0].word, "TO"))
        for (int i = 0; ready[i]; i++)
            if (tok_is(upper->v[r].word, ready[i]))
                return 1;
    static const char *const adverb[] = { "ALSO", "SOON", "NOW", "STILL", "FINALLY",
                                          "EVENTUALLY", "THEN", "ALREADY", NULL };
    for (int k = 0; k < upper->n && k < 4; k++) {
        if (upper->v[k].kind != SQ_WORD)
            return 0;
        const char *w = upper->v[k].word;
        if (tok_is(w, "WILL") || tok_is(w, "WOULD") || tok_is(w, "SHALL") ||
            tok_is(w, "'LL"))
            return 1;
        size_t n = strlen(w);
        int adv = n > 4 && !strcmp(w + n - 2, "LY");     /* "would fully accept" */
        for (int i = 0; adverb[i] && !adv; i++)
            adv = tok_is(w, adverb[i]);
        if (!adv)
            return 0;
    }
    return 0;
}

/* The intent code of a cooperative code (see the file), else NULL. */
static const char *intent_of(const char *code)
{
    static const struct { const char *act, *intent; } map[] = {
        { "045", "039" }, { "04", "036" }, { "057", "030" }, { "05", "032" },
        { "061", "0311" }, { "062", "0312" }, { "063", "0313" }, { "064", "0314" },
        { "06", "031" },
        { "071", "0331" }, { "072", "0332" }, { "073", "0333" }, { "074", "0334" },
        { "07", "033" },
        { "081", "0351" }, { "082", "0352" }, { "084", "0353" }, { "085", "0354" },
        { "086", "0355" }, { "087", "0356" }, { "08", "035" },
    };
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (tok_has_prefix(code, map[i].act))
            return map[i].intent;
    return NULL;
}

const char *intent_code(const seq *upper, const char *code)
{
    if (!future(upper))
        return code;
    const char *colon = strchr(code, ':');
    if (!colon) {
        const char *intent = intent_of(code);
        return intent ? intent : code;
    }
    /* a reciprocal code ("040:040", "will meet"): both sides, if both map */
    const char *a = intent_of(code), *b = intent_of(colon + 1);
    if (!a || !b || strcmp(a, b))
        return code;
    static const struct { const char *one, *both; } pair[] = {
        { "036", "036:036" }, { "032", "032:032" }, { "031", "031:031" },
        { "0312", "0312:0312" }, { "030", "030:030" }, { "037", "037:037" },
    };
    for (size_t i = 0; i < sizeof pair / sizeof *pair; i++)
        if (!strcmp(a, pair[i].one))
            return pair[i].both;
    return code;
}
