/*
 * retag.c -- repair of tag sequences no English sentence has, before the
 * shallow chunker (shallow.c) builds its tree, whichever tagger made the
 * tags (the heuristic one in postag.c or link-grammar's in lgparse.c).
 * Each rule in repair() carries its example.
 */
#include <ctype.h>
#include <string.h>

#include "text/chunk.h"

/* Does word i end in suf (see text_ends)?  ENDS_IN: a literal suf. */
static int ends_in(const bld *b, int i, const char *suf)
{
    return text_ends(b->w[i], b->wlen[i], suf);
}
#define ENDS_IN(b, i, lit) TEXT_ENDS((b)->w[i], (b)->wlen[i], lit)

/* A have/be/get form within three words before i (adverbs skipped). */
static int aux_before(const bld *b, int i)
{
    for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
        if (auxiliary(b, k) && !is(b, k, G_MD) && !is(b, k, G_TO)) return 1;
        if (!is(b, k, G_RB)) return 0;
    }
    return 0;
}

/* Is the next finite verb after i one without a subject of its own
 * (", urged" after "remarks published on Monday")?  Only when a single
 * comma and no clause opener lies between. */
int chunk_later_verb_lacks_subject(const bld *b, int i)
{
    int commas = 0;
    for (int k = i + 1; k < b->n && k < i + WINDOW && !is(b, k, G_DOT); k++) {
        if (is(b, k, G_COMMA)) commas++;
        else if (subordinator(b, k) || wh(b, k)) return 0;
        else if (finite(b, k)) {
            int p = k - 1;
            while (is(b, p, G_RB)) p--;
            return commas == 1 && is(b, p, G_COMMA);
        }
    }
    return 0;
}

/* Does a past tense directly follow the prepositional phrase after verb i
 * ("armed with knives and axes boarded")?  (Not a present: "called on
 * NATO allies to" reads "allies" as a verb.) */
static int verb_after_pp(const bld *b, int i)
{
    if (!(is(b, i + 1, G_IN) || is(b, i + 1, G_TO)) || subordinator(b, i + 1) ||
        !np_start(b, i + 2))
        return 0;                   /* "a gunman linked to the cartel shot" */
    int e = chunk_base_end(b, i + 2);
    if (is(b, e, G_CC) && np_start(b, e + 1))
        e = chunk_base_end(b, e + 1);
    return e > i + 2 && noun(b, e - 1) && is(b, e, G_VBD);
}

/* Does noun i sit in a prepositional object ("by Osgiliath soldiers")
 * after the clause already has its verb? */
static int in_pp_object(const bld *b, int i)
{
    int k = i - 1;
    while (k >= 0 && k > i - WINDOW &&
           (modifier(b, k) || determiner(b, k) || is(b, k, G_POS))) k--;
    if (k < 0 || k == i - 1 || !(is(b, k, G_IN) || is(b, k, G_TO)) ||
        subordinator(b, k))
        return 0;
    for (k--; k >= 0 && k > i - WINDOW && !is(b, k, G_DOT); k--)
        if (finite(b, k)) return 1;
    return 0;
}

/* Previous word, adverbs skipped. */
static int before_adverbs(const bld *b, int i)
{
    int p = i - 1;
    while (p > 0 && is(b, p, G_RB)) p--;
    return p;
}

/* Nouns by their ending ("government", "election"): never a verb. */
static int nominal_suffix(const bld *b, int i)
{
    static const char *const suf[] = { "tion", "sion", "ment", "ness", "ity",
        "ism", "ist", "ship", "ence", "ance", "er", "or", "ure", "ory", "ary",
        "ia", "al", NULL };
    int hit = 0;
    for (int k = 0; suf[k] && !hit; k++) hit = ends_in(b, i, suf[k]);
    return hit;
}

/* Before i, with no verb yet: a plural noun or "A and B" just before it
 * ("Clerics and lawmakers believe", "Fornost and Gondor welcome"). */
static int plural_subject_before(const bld *b, int i)
{
    for (int k = i - 1; k >= 0 && k > i - WINDOW && !is(b, k, G_DOT); k--)
        if (verb(b, k)) return 0;
    int p = i - 1;
    if (is(b, p, G_RRB))                 /* "the European Union ( EU ) agree" */
        while (p > 0 && p > i - WINDOW && !is(b, p, G_LRB)) p--;
    if (is(b, p, G_LRB)) p--;
    if (is(b, p, G_NNS) || is(b, p, G_NNPS) || word_is(b, p, LX_PLURAL))
        return 1;
    if (!is(b, p, G_NNP)) return 0;
    for (int k = p - 1; k >= 0 && k > i - WINDOW && (modifier(b, k) || determiner(b, k) ||
                                   is(b, k, G_CC)); k--)
        if (is(b, k, G_CC)) return 1;
    return 0;
}

/* A finite verb later in the sentence. */
static int has_later_finite(const bld *b, int i)
{
    for (int k = i + 1; k < b->n && k < i + WINDOW && !is(b, k, G_DOT); k++)
        if (finite(b, k)) return 1;
    return 0;
}

/* Is word i shaped like a nationality or a state's initials ("Saudi",
 * "Iranian", "Chinese", "Turkish", "US", "UN")?  A word of such a shape
 * before an -s word makes that word a plural noun, not a verb. */
static int demonym_shape(const bld *b, int i)
{
    const char *w = W(b, i);
    size_t n = b->wlen[i];
    if (n >= 2 && n <= 4) {
        size_t k = 0;
        while (k < n && w[k] >= 'A' && w[k] <= 'Z') k++;
        if (k == n) return 1;               /* US, UK, EU, NATO */
    }
    return text_demonym_shape(w, n);
}

/* An -ing word closing a noun group that opened with a determiner, before
 * a preposition or the end: "the 2016 arbitral ruling on", "a bombing ."
 * (after a plural it is a participle: "the soldiers fighting in"). */
static int ing_noun(const bld *b, int i)
{
    int n = G(b, i + 1);
    if (is(b, i - 1, G_NNS) || is(b, i - 1, G_NNPS))
        return 0;
    if (n == G_VBD && is(b, i - 1, G_NNP) && determiner(b, i - 2))
        return 1;                /* "the Rafah crossing killed": a place's name */
    if (!(T(b, i + 1)[0] == 0 || n == G_IN || n == G_DOT || n == G_COMMA || n == G_CC))
        return 0;
    if ((word_is(b, i + 1, LX_PARTICLE) || text_eq(W(b, i + 1), b->wlen[i + 1], "on")) &&
        (i + 2 >= b->n || is(b, i + 2, G_DOT) || is(b, i + 2, G_COMMA)))
        return 0;                /* "with the Emirates' president looking on ." */
    int k = i - 1;
    while (k > i - WINDOW && modifier(b, k)) k--;
    if (k == i - 2 && (is(b, k, G_IN) || is(b, k, G_TO)) && demonym_shape(b, i - 1))
        return 1;                /* "after Azerbaijani shelling along the border" */
    if (k == i - 2 && penn_vb(G(b, k)) && modifier(b, i - 1))
        return 1;                /* "halted new funding for Uganda" */
    return k < i - 1 && determiner(b, k);
}

/* Is word i a name of letters and digits ("M23", "G7", "F-16")? */
static int code_name(const bld *b, int i)
{
    if (i < 0 || i >= b->n || !isupper((unsigned char)W(b, i)[0]))
        return 0;
    int digits = 0;
    for (size_t k = 0; k < b->wlen[i]; k++)
        digits |= isdigit((unsigned char)W(b, i)[k]) != 0;
    return digits;
}

/* Is word i "a" or "an"?  What it opens is singular. */
static int indefinite_article(const bld *b, int i)
{
    return word_is(b, i, W_ARTICLE) && (W(b, i)[0] == 'a' || W(b, i)[0] == 'A');
}

/* One token's repaired tag (see repair_tags). */
/* Two-word phrases whose first tags no tagger gets right: "tear gas" is
 * a noun, no gassing; "close to" after a noun an adverb ("moved troops
 * close to the border").  Sets *t and returns 1 for a word of one. */
static int word_pair_tag(const bld *b, int i, const char **t)
{
    const char *w = b->w[i];
    size_t n = b->wlen[i];
    int next = i + 1 < b->n;
    if ((text_eq(w, n, "tear") && next && text_eq(b->w[i + 1], b->wlen[i + 1], "gas")) ||
        (text_eq(w, n, "gas") && text_eq(b->w[i - 1], b->wlen[i - 1], "tear"))) {
        *t = "NN";
        return 1;
    }
    if (text_eq(w, n, "dead") && i > 0 && (text_eq(b->w[i - 1], b->wlen[i - 1], "shot") ||
                                           text_eq(b->w[i - 1], b->wlen[i - 1], "shoot"))) {
        *t = "RB";              /* "shot dead Carlos Manzo": no "dead Carlos" */
        return 1;
    }
    if (text_eq(w, n, "close") && next && text_eq(b->w[i + 1], b->wlen[i + 1], "to") &&
        noun(b, i - 1)) {
        *t = "RB";
        return 1;
    }
    return 0;
}

static const char *repair(const bld *b, int i)
{
    const char *t = T(b, i);
    int g = G(b, i), p = before_adverbs(b, i), pg = G(b, p);
    const char *pt = T(b, p);
    int ed = ENDS_IN(b, i, "ed"), ing = ENDS_IN(b, i, "ing");
    if (word_is(b, i, W_THAT) && chunk_clause_at(b, i + 1) && i > 0 && !is(b, i - 1, G_IN))
        return "IN";                        /* "noted that Gondor ..." */
    if (word_is(b, i, W_THAT) && verb(b, i + 1) && modifier(b, i - 1))
        return "WDT";                       /* "the quake that killed" */
    if (i == 0) {
        if ((g == G_VBD || g == G_VBN) && ed && noun(b, 1) && has_later_finite(b, i))
            return "JJ";                    /* "Armed bandits abducted ..." */
        /* "Soldiers from Gondor will ...": not an imperative */
        if ((g == G_VBZ || g == G_VBP) && has_later_finite(b, i))
            return ENDS_IN(b, i, "s") ? "NNS" : "NNP";
        return t;
    }
    if (t[0] == 'V' && (pg == G_PRPS || pg == G_POS || word_is(b, p, W_ARTICLE))) {
        if (modifier(b, i + 1)) return ed ? "VBN" : ing ? "VBG" : "JJ";
        return ENDS_IN(b, i, "s") && !ENDS_IN(b, i, "ss") ? "NNS" : "NN";
    }
    if ((pg == G_MD || word_is(b, p, LX_DO)) && !ed && !ing && p < i &&
        (t[0] == 'N' || t[0] == 'J' || g == G_VBP || g == G_VBZ) &&
        g != G_NNP && g != G_NNPS && g != G_RB)
        return "VB";                        /* "will abandon", "did allow" */
    if (ing && ing_noun(b, i))
        return "NN";                        /* "the AMIA bombing in 1994" */
    char first = (char)(b->w[i][0] | 0x20);
    if ((first == 't' || first == 'g' || first == 'c' || first == 'd') && word_pair_tag(b, i, &t))
        return t;
    if (is(b, i - 1, G_TO) && !ed && !ing && ((t[0] == 'V' && g != G_VB) ||
        (g == G_NN && (determiner(b, i + 1) || is(b, i + 1, G_TO) ||
                       is(b, i + 1, G_PRP)))))
        return "VB";                        /* "to let", "to return to the" */
    if (g == G_NN && (is(b, i - 1, G_CC) || is(b, i - 1, G_COMMA)) &&
        T(b, i - 2)[0] == 'J' && modifier(b, i + 1) && !is(b, i + 1, G_POS))
        return "JJ";                        /* "awful and evil minister" */
    if (ed && word_is(b, p, LX_BE) && p < i && g != G_VBN)
        return "VBN";                       /* "should be resolved" */
    if (p < i && ((g == G_VBD && word_is(b, p, LX_BE | LX_HAVE)) ||
                  (g == G_VBP && word_is(b, p, LX_HAVE))))
        return "VBN";                       /* "has held", "has broken" */
    if (g == G_NN && plural_subject_before(b, i) && !nominal_suffix(b, i) &&
        (determiner(b, i + 1) || is(b, i + 1, G_NNP) || word_is(b, i + 1, W_THAT)))
        return "VBP";                       /* "Gondor and Rohan welcome a" */
    if (t[0] == 'J' && (modifier(b, i - 1) || determiner(b, i - 1)) &&
        !modifier(b, i + 1) && !is(b, i + 1, G_POS) && !is(b, i + 1, G_CC) &&
        !is(b, i + 1, G_COMMA))
        return "NN";                        /* "a senior official said" */
    if (word_is(b, i, LX_PARTICLE) && penn_vb(G(b, i - 1)) &&
        (np_start(b, i + 1) || is(b, i + 1, G_DOT) || i + 1 >= b->n))
        return "RP";                        /* "burned down its embassy" */
    if ((g == G_VBZ || g == G_VBP) && ENDS_IN(b, i, "s") && modifier(b, i - 1) &&
        !is(b, i - 1, G_CD) && is(b, i + 1, G_VBD) && !text_closed_tag(W(b, i)))
        return "NNS";           /* "security services arrested", "Security forces tortured" */
    if (g == G_VBP && modifier(b, i - 1) && is(b, i + 1, G_NNS) &&
        (is(b, i + 2, G_VBD) || is(b, i - 1, G_CD)))
        return "NN";            /* "Kenyan police officers deployed", "seven police officers" */
    if (g == G_VBP && modifier(b, i - 1) && indefinite_article(b, i - 2))
        return "NN";            /* "a two-day strike by": "a" opens no plural subject */
    if (g == G_VBP && is(b, i - 1, G_NNP) && is(b, i + 1, G_NNP) &&
        (i == 1 || determiner(b, i - 2) || is(b, i - 2, G_POS)))
        return "NN";            /* "FTX founder Sam Bankman-Fried was": one name is
                                 * no plural subject, and a title goes before a name */
    if ((g == G_VBZ || g == G_VBP) &&
        ((T(b, i - 1)[0] == 'J' && ((isupper((unsigned char)W(b, i - 1)[0]) &&
                                     !text_closed_tag(W(b, i - 1))) ||
                                    determiner(b, i - 2))) ||
         (finite(b, i - 1) && !auxiliary(b, i - 1))))
        return ENDS_IN(b, i, "s") ? "NNS" : "NN";  /* "Russian soldiers", "exchanged fire" */
    if ((g == G_VBZ || g == G_VBP) && ENDS_IN(b, i, "s") && !text_closed_tag(W(b, i)) &&
        is(b, i - 1, G_NNP) && (is(b, i - 2, G_CD) ||
                                (demonym_shape(b, i - 1) && i > 1 &&
                                 (penn_vb(G(b, i - 2)) || is(b, i - 2, G_IN)))))
        return "NNS";      /* "killed four Afghan soldiers", "attacked US troops" */
    if ((g == G_VBZ || g == G_VBP) && ENDS_IN(b, i, "s") && !text_closed_tag(W(b, i)) &&
        (is(b, i - 1, G_NN) || is(b, i - 1, G_NNS)) && i > 1 &&
        (is(b, i - 2, G_RP) || ((is(b, i - 2, G_VBD) || is(b, i - 2, G_VB)) &&
                                !auxiliary(b, i - 2))))
        return "NNS";      /* "cut off gas supplies to": a verb's object noun */
    if (g == G_VBZ && ENDS_IN(b, i, "s") && is(b, i - 1, G_VBG) &&
        !determiner(b, i - 2) && !modifier(b, i - 2) && !is(b, i - 2, G_POS))
        return "NNS";      /* ", halting talks with Hamas": a gerund's object */
    if ((g == G_VBZ || g == G_VBP) && ENDS_IN(b, i, "s") && !ENDS_IN(b, i, "ss") &&
        !text_closed_tag(W(b, i)) && is(b, i - 1, G_IN) && !word_is(b, i - 1, W_THAT))
        return "NNS";      /* "At talks in Putrajaya": no verb right after a preposition */
    if ((g == G_VBZ || g == G_VBP) && ENDS_IN(b, i, "s") && !text_closed_tag(W(b, i)) &&
        i > 1 && is(b, i - 1, G_NNP) && is(b, i - 2, G_PRPS))
        return "NNS";      /* "their Czech counterparts": no verb after "their X" */
    if ((g == G_VBZ || g == G_VBP) && ENDS_IN(b, i, "s") && !ENDS_IN(b, i, "ss") &&
        !text_closed_tag(W(b, i)) && is(b, i - 1, G_CC) && i > 2 && is(b, i - 2, G_NNS) &&
        is(b, i - 3, G_IN))
        return "NNS";      /* "in grants and loans to Ukraine": a preposition's nouns */
    if ((g == G_VBZ || g == G_VBP) && ENDS_IN(b, i, "s") && !text_closed_tag(W(b, i)) &&
        code_name(b, i - 1))
        return "NNS";      /* "M23 rebels", "G7 leaders": a coded name is a modifier */
    if ((g == G_VBZ || g == G_VBP) && ENDS_IN(b, i, "s") &&
        (in_pp_object(b, i) || (is(b, i + 1, G_IN) && np_start(b, i + 2) &&
                                finite(b, chunk_base_end(b, i + 2)))))
        return "NNS";      /* "by Osgiliath soldiers in", "leaders in X urged" */
    if ((g == G_VBD || g == G_VBN) && ed && p == i - 1 && finite(b, p) && !auxiliary(b, p) &&
        modifier(b, i + 1) && !is(b, i + 1, G_POS))
        return "JJ";                        /* "handed captured Indian pilot X back",
                                             * "freed jailed journalists": no verb
                                             * follows a finite verb unjoined */
    if ((g == G_VBD || g == G_VBN) && ed && pg == G_IN &&
        p == i - 1 && !subordinator(b, p) && modifier(b, i + 1))
        return "VBN";                       /* "in occupied regions" */
    if (g == G_VBN && (pt[0] == 'N' || pg == G_PRP) &&
        !aux_before(b, i) && !word_is(b, i + 1, W_BY) &&
        !chunk_later_verb_lacks_subject(b, i))
        return "VBD";                       /* "Gondor welcomed" */
    if (g == G_VBD && ed && pt[0] == 'N' && verb_after_pp(b, i))
        return "VBN";   /* "personnel armed with knives boarded": the PP's noun
                         * cannot be the later verb's subject */
    if (g == G_VBD && ed && (pt[0] == 'N' || (pg == G_COMMA && T(b, p - 1)[0] == 'N')) &&
        chunk_later_verb_lacks_subject(b, i))
        return "VBN";   /* "remarks published .. , urged", "envoys , headed by X , said" */
    return t;
}

/* Fix tag sequences no English sentence has, whichever tagger made them
 * (each rule in repair() carries its example): a verb right after
 * "the"/"its"/'s is a noun or a modifier; after a modal, do-form or "to"
 * comes a base verb; a past form after have/be is a participle; a bare
 * participle after a noun with no have/be is a past tense unless "by"
 * follows or a later subjectless verb needs it as a modifier; a "verb"
 * after an adjective, a preposition's noun or another verb is a plural
 * noun, and so is an -s "verb" between a noun and a past tense; a
 * capitalised verb opening a sentence with another verb is a noun.
 * Left to right, so each rule sees the repaired tags before it. */
void chunk_repair_tags(bld *b, const char **tag)
{
    for (int i = 0; i < b->n; i++) {
        tag[i] = repair(b, i);
        b->g[i] = (unsigned char)penn_tag_id(tag[i]);
    }
}

