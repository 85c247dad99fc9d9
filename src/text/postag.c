/*
 * postag.c -- heuristic Penn part-of-speech tags.
 *
 * Used on its own by the shallow tree (shallow.c) and as the baseline the
 * link-grammar converter (src/parse/lgparse.c) refines with subscripts.
 * Closed-class words come from a small lexicon; open-class words are
 * guessed from capitalisation, suffix and the neighbours.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text/textint.h"

typedef struct { const char *word, *tag; } lexent;

/* Sorted by word for bsearch; lower case. */
static const lexent lexicon[] = {
    {"'d", "MD"}, {"'ll", "MD"}, {"'m", "VBP"}, {"'re", "VBP"}, {"'s", "POS"},
    {"'ve", "VBP"}, {"a", "DT"}, {"about", "IN"}, {"above", "IN"},
    {"across", "IN"}, {"after", "IN"}, {"again", "RB"}, {"against", "IN"},
    {"ago", "RB"}, {"all", "DT"}, {"allegedly", "RB"}, {"almost", "RB"},
    {"along", "IN"}, {"alongside", "IN"}, {"already", "RB"}, {"also", "RB"},
    {"although", "IN"}, {"am", "VBP"}, {"amid", "IN"}, {"amidst", "IN"},
    {"among", "IN"}, {"amongst", "IN"}, {"an", "DT"}, {"and", "CC"},
    {"another", "DT"}, {"any", "DT"}, {"are", "VBP"}, {"around", "IN"},
    {"as", "IN"}, {"at", "IN"}, {"ate", "VBD"}, {"back", "RB"}, {"be", "VB"},
    {"became", "VBD"}, {"because", "IN"}, {"been", "VBN"}, {"before", "IN"},
    {"began", "VBD"}, {"behind", "IN"}, {"being", "VBG"}, {"below", "IN"},
    {"beneath", "IN"}, {"beside", "IN"}, {"between", "IN"}, {"beyond", "IN"},
    {"blew", "VBD"}, {"both", "DT"}, {"bought", "VBD"}, {"broke", "VBD"},
    {"brought", "VBD"}, {"built", "VBD"}, {"but", "CC"}, {"by", "IN"},
    {"ca", "MD"}, {"came", "VBD"}, {"can", "MD"}, {"caught", "VBD"},
    {"chose", "VBD"}, {"could", "MD"}, {"despite", "IN"}, {"did", "VBD"},
    {"do", "VBP"}, {"does", "VBZ"}, {"drew", "VBD"}, {"drove", "VBD"},
    {"during", "IN"}, {"each", "DT"}, {"either", "DT"}, {"even", "RB"},
    {"ever", "RB"}, {"every", "DT"}, {"except", "IN"}, {"fed", "VBD"},
    {"few", "JJ"}, {"fled", "VBD"}, {"flew", "VBD"}, {"for", "IN"},
    {"forgot", "VBD"}, {"fought", "VBD"}, {"from", "IN"}, {"froze", "VBD"},
    {"gave", "VBD"}, {"grew", "VBD"}, {"had", "VBD"}, {"has", "VBZ"},
    {"have", "VBP"}, {"he", "PRP"}, {"heard", "VBD"}, {"held", "VBD"},
    {"her", "PRP$"}, {"here", "RB"}, {"hers", "PRP"}, {"herself", "PRP"},
    {"him", "PRP"}, {"himself", "PRP"}, {"his", "PRP$"}, {"how", "WRB"},
    {"however", "RB"}, {"i", "PRP"}, {"if", "IN"}, {"in", "IN"},
    {"including", "VBG"}, {"inside", "IN"}, {"instead", "RB"}, {"into", "IN"},
    {"is", "VBZ"}, {"it", "PRP"}, {"its", "PRP$"}, {"itself", "PRP"},
    {"just", "RB"}, {"kept", "VBD"}, {"knew", "VBD"}, {"later", "RB"},
    {"led", "VBD"}, {"left", "VBD"}, {"like", "IN"}, {"made", "VBD"},
    {"many", "JJ"}, {"may", "MD"}, {"me", "PRP"}, {"meant", "VBD"},
    {"met", "VBD"}, {"might", "MD"}, {"more", "JJR"}, {"most", "JJS"},
    {"much", "JJ"}, {"must", "MD"}, {"my", "PRP$"}, {"n't", "RB"},
    {"near", "IN"}, {"nearly", "RB"}, {"neither", "DT"}, {"never", "RB"},
    {"no", "DT"}, {"nor", "CC"}, {"not", "RB"}, {"now", "RB"}, {"of", "IN"},
    {"off", "RP"}, {"often", "RB"}, {"on", "IN"}, {"once", "RB"},
    {"only", "RB"}, {"onto", "IN"}, {"or", "CC"}, {"other", "JJ"},
    {"our", "PRP$"}, {"ours", "PRP"}, {"ourselves", "PRP"}, {"out", "IN"},
    {"outside", "IN"}, {"over", "IN"}, {"overthrew", "VBD"}, {"paid", "VBD"},
    {"per", "IN"}, {"ran", "VBD"}, {"rather", "RB"}, {"rode", "VBD"},
    {"said", "VBD"}, {"same", "JJ"}, {"sent", "VBD"}, {"several", "JJ"},
    {"shall", "MD"}, {"she", "PRP"}, {"shook", "VBD"}, {"should", "MD"},
    {"since", "IN"}, {"so", "RB"}, {"sold", "VBD"}, {"some", "DT"},
    {"soon", "RB"}, {"sought", "VBD"}, {"spent", "VBD"}, {"spoke", "VBD"},
    {"still", "RB"}, {"stole", "VBD"}, {"stood", "VBD"}, {"struck", "VBD"},
    {"such", "JJ"}, {"swore", "VBD"}, {"taught", "VBD"}, {"than", "IN"},
    {"that", "IN"}, {"the", "DT"}, {"their", "PRP$"}, {"theirs", "PRP"},
    {"them", "PRP"}, {"themselves", "PRP"}, {"then", "RB"}, {"there", "EX"},
    {"these", "DT"}, {"they", "PRP"}, {"this", "DT"}, {"those", "DT"},
    {"though", "IN"}, {"thought", "VBD"}, {"threw", "VBD"}, {"through", "IN"},
    {"throughout", "IN"}, {"thus", "RB"}, {"to", "TO"}, {"together", "RB"},
    {"told", "VBD"}, {"too", "RB"}, {"took", "VBD"}, {"tore", "VBD"},
    {"toward", "IN"}, {"towards", "IN"}, {"under", "IN"},
    {"underneath", "IN"}, {"unless", "IN"}, {"unlike", "IN"}, {"until", "IN"},
    {"upon", "IN"}, {"us", "PRP"}, {"versus", "IN"}, {"very", "RB"},
    {"via", "IN"}, {"was", "VBD"}, {"we", "PRP"}, {"went", "VBD"},
    {"were", "VBD"}, {"what", "WP"}, {"when", "WRB"}, {"where", "WRB"},
    {"whether", "IN"}, {"which", "WDT"}, {"while", "IN"}, {"who", "WP"},
    {"whom", "WP"}, {"whose", "WP$"}, {"why", "WRB"}, {"will", "MD"},
    {"with", "IN"}, {"withdrew", "VBD"}, {"within", "IN"}, {"without", "IN"},
    {"wo", "MD"}, {"won", "VBD"}, {"would", "MD"}, {"wrote", "VBD"},
    {"yet", "RB"}, {"you", "PRP"}, {"your", "PRP$"}
};

static int lexcmp(const void *k, const void *e)
{
    return strcasecmp((const char *)k, ((const lexent *)e)->word);
}

const char *text_closed_tag(const char *w)
{
    const lexent *e = bsearch(w, lexicon, sizeof lexicon / sizeof *lexicon,
                              sizeof *lexicon, lexcmp);
    return e ? e->tag : NULL;
}

static const char *punct_tag(const char *w)
{
    static const lexent p[] = {
        {",", ","}, {".", "."}, {"?", "."}, {"!", "."}, {":", ":"},
        {";", ":"}, {"--", ":"}, {"...", ":"}, {"``", "``"}, {"`", "``"},
        {"''", "''"}, {"-LRB-", "-LRB-"}, {"-RRB-", "-RRB-"},
        {"-LSB-", "-LRB-"}, {"-RSB-", "-RRB-"}, {"-LCB-", "-LRB-"},
        {"-RCB-", "-RRB-"}, {"$", "$"}, {"#", "#"}, {"%", "NN"}, {"-", ":"}
    };
    for (size_t i = 0; i < sizeof p / sizeof *p; i++)
        if (strcmp(w, p[i].word) == 0) return p[i].tag;
    return NULL;
}

static int ends(const char *w, const char *suf)
{
    size_t n = strlen(w), k = strlen(suf);
    return n > k + 1 && strcasecmp(w + n - k, suf) == 0;
}

static int is_number(const char *w)
{
    static const char *const words[] = { "one", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
        "thousands", "millions", "hundred", "thousand", "million", "billion",
        "trillion", "dozen", NULL };
    for (int i = 0; words[i]; i++)
        if (strcasecmp(w, words[i]) == 0) return 1;
    int digit = 0;
    for (const char *p = w; *p; p++) {
        if (isdigit((unsigned char)*p)) digit = 1;
        else if (!strchr(",.-/:", *p) && !(p[1] == 0 && digit && strchr("smk", *p)))
            return 0;
    }
    return digit;
}

/* A be/have form within the three tokens before i (for VBN). */
static int aux_before(const char *const *t, size_t i)
{
    static const char *const aux[] = { "is", "are", "was", "were", "be",
        "been", "being", "has", "have", "had", "'s", "'ve", "get", "got", NULL };
    for (size_t k = 1; k <= 3 && k <= i; k++) {
        for (int a = 0; aux[a]; a++)
            if (strcasecmp(t[i - k], aux[a]) == 0) return 1;
        const char *tag = text_closed_tag(t[i - k]);
        if (!tag || strcmp(tag, "RB") != 0) break;
    }
    return 0;
}

static int demonym(const char *w)
{
    return strlen(w) >= 6 && (ends(w, "ian") || ends(w, "ean") || ends(w, "can") ||
           ends(w, "ese") || ends(w, "ish") || ends(w, "ani") || ends(w, "aqi") ||
           ends(w, "eli") || ends(w, "uelan") || ends(w, "ban") || ends(w, "ern"));
}

/* Irregular past participles; after have/be they are VBN, before a noun
 * too ("the broken treaty"), elsewhere the past tense where it is the
 * same word ("Gondor held talks"). */
static int irregular_participle(const char *w)
{
    static const char *const pp[] = { "arisen", "beaten", "begun", "bitten",
        "blown", "born", "borne", "broken", "brought", "built", "caught",
        "chosen", "done", "drawn", "driven", "eaten", "fallen", "fled",
        "forbidden", "forgiven", "forgotten", "fought", "found", "frozen",
        "given", "gone", "grown", "held", "hidden", "hit", "hurt", "kept",
        "known", "laid", "led", "left", "lost", "made", "meant", "met",
        "overcome", "overrun", "overthrown", "paid", "put", "ridden", "risen",
        "run", "said", "seen", "sent", "set", "shaken", "shot", "shown",
        "shut", "sold", "sought", "spent", "spoken", "stolen", "stood",
        "struck", "sworn", "taken", "taught", "thrown", "told", "torn",
        "undertaken", "understood", "won", "withdrawn", "woken", "worn",
        "written", NULL };
    for (int k = 0; pp[k]; k++)
        if (strcasecmp(w, pp[k]) == 0) return 1;
    return 0;
}

/* Does "-en"-style form w exist only as a participle ("broken", not
 * "hit")?  Those are never a past tense. */
static int participle_only(const char *w)
{
    size_t n = strlen(w);
    return n > 3 && (ends(w, "en") || ends(w, "wn") || ends(w, "ne") ||
                     !strcasecmp(w, "seen") || !strcasecmp(w, "gone") ||
                     !strcasecmp(w, "done") || !strcasecmp(w, "begun") ||
                     !strcasecmp(w, "overcome") || !strcasecmp(w, "overrun"));
}

static const char *lower_guess(const char *const *t, size_t n, size_t i)
{
    const char *w = t[i];
    const char *prev = i ? t[i - 1] : "";
    const char *ptag = i ? text_closed_tag(prev) : NULL;
    if (ptag && (!strcmp(ptag, "MD") || !strcmp(ptag, "TO")) && !ends(w, "ed") &&
        !ends(w, "ing") && !(!strcmp(ptag, "TO") && ends(w, "s") && !ends(w, "ss") &&
                             !ends(w, "us") && !ends(w, "is")))
        return "VB";                        /* but "to officials" */
    if (irregular_participle(w) && (aux_before(t, i) || participle_only(w)))
        return "VBN";
    if (ends(w, "ly")) return "RB";
    if (ends(w, "ing")) return "VBG";
    if (ends(w, "ed")) {
        if (aux_before(t, i)) return "VBN";
        if (i + 1 < n && strcasecmp(t[i + 1], "by") == 0) return "VBN";
        if (ptag && !strcmp(ptag, "DT")) return "JJ";
        return "VBD";
    }
    if (ends(w, "al") || ends(w, "ous") || ends(w, "ive") || ends(w, "ic") ||
        ends(w, "ful") || ends(w, "less") || ends(w, "able") || ends(w, "ible") ||
        ends(w, "ary") || ends(w, "ical")) return "JJ";
    if (ends(w, "s") && i > 0 && (!strcasecmp(prev, "he") || !strcasecmp(prev, "she") ||
                                  !strcasecmp(prev, "it")))
        return "VBZ";                       /* "it poses" */
    if (ends(w, "s") && !ends(w, "ss") && !ends(w, "us") && !ends(w, "is")) {
        /* a third-person verb right after its subject */
        if (i > 0 && ((isupper((unsigned char)prev[0]) && !demonym(prev) &&
                       !ends(prev, "s")) ||
                      (ptag && !strcmp(ptag, "PRP")))) {
            const char *nx = i + 1 < n ? t[i + 1] : "";
            const char *ntag = text_closed_tag(nx);
            if (ntag && (!strcmp(ntag, "DT") || !strcmp(ntag, "PRP$") ||
                         !strcmp(ntag, "TO") || !strcmp(ntag, "IN")))
                return "VBZ";
            if (isupper((unsigned char)nx[0])) return "VBZ";
        }
        return "NNS";
    }
    return "NN";
}

const char *dyad_pos_guess(const char *const *t, size_t n, size_t i)
{
    const char *w = t[i], *tag;
    if (!w || !*w) return "NN";
    if ((tag = punct_tag(w))) return tag;
    if (strcmp(w, "'") == 0)
        return i > 0 && ends(t[i - 1], "s") ? "POS" : "''";
    if (strcmp(w, "'s") == 0 && i > 0) {
        const char *pt = text_closed_tag(t[i - 1]);
        if (pt && (!strcmp(pt, "PRP") || !strcmp(pt, "EX") || !strcmp(pt, "IN")))
            return "VBZ";
        return "POS";
    }
    if (is_number(w)) return "CD";
    int initial = i == 0 || punct_tag(t[i - 1]) != NULL;
    if ((tag = text_closed_tag(w)) &&
        (!isupper((unsigned char)w[0]) || initial || strlen(w) == 1)) {
        if (!strcmp(tag, "IN") && !strcasecmp(w, "that") && i + 1 < n &&
            strcasecmp(t[i + 1], "that") != 0) {     /* (bounded recursion) */
            const char *nt = dyad_pos_guess(t, n, i + 1);
            if (nt[0] == 'N' || nt[0] == 'J') return "DT";
        }
        return tag;
    }
    if (isupper((unsigned char)w[0]) || ((unsigned char)w[0] >= 0xC3 && !islower((unsigned char)w[0]))) {
        if (demonym(w) && i + 1 < n && isalpha((unsigned char)t[i + 1][0]) &&
            strcmp(t[i + 1], "'s") != 0)
            return "JJ";
        if (initial && i + 1 < n && !isupper((unsigned char)t[i + 1][0]) &&
            strlen(w) > 1) {
            /* "Experts have": a common word capitalised to open a sentence */
            char low[64];
            size_t k = strlen(w) < 63 ? strlen(w) : 63;
            for (size_t j = 0; j < k; j++) low[j] = (char)tolower((unsigned char)w[j]);
            low[k] = 0;
            const char *lt[1] = { low };
            const char *g = lower_guess(lt, 1, 0);
            const char *nt = text_closed_tag(t[i + 1]);
            if (!strcmp(g, "VBG") && nt && (nt[0] == 'V' || !strcmp(nt, "MD")))
                return "NNP";               /* "Beijing was urged" */
            if (strcmp(g, "NN") != 0 && strcmp(g, "VBZ") != 0) return g;
        }
        return "NNP";
    }
    return lower_guess(t, n, i);
}
