/*
 * lexicon.c -- every closed word list of the text front end, in one
 * case-insensitive hash table: the tagger's closed-class lexicon, the
 * tagger's and chunker's word classes, abbreviations, sentence starters,
 * month and weekday names, the date finder's prepositions and nouns.
 *
 * Why one table: these lists are consulted for every token, several
 * times (each token is also a neighbour of others), and a linear scan of
 * strcasecmp over a list cost more than all the rest of the front end.
 * One lookup now answers every list at once (text_lex.cls bits).
 *
 * Matching is ASCII case-insensitive, exactly as strcasecmp in the C
 * locale: all list words are ASCII, so a word with any other byte is in
 * no list.  The table is filled once (pthread_once) and only read after.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>

#include "text/textint.h"

typedef struct { const char *word, *tag; } lexent;

/* Closed-class words and their Penn tags (postag.c, lgparse.c). */
static const lexent closed[] = {
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
    {"said", "VBD"}, {"same", "JJ"}, {"says", "VBZ"}, {"sent", "VBD"}, {"several", "JJ"},
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
    {"yet", "RB"}, {"you", "PRP"}, {"your", "PRP$"},
    /* open-class words whose ending misleads the guesser (-ly is no
     * adverb, -est a superlative and no noun) */
    {"ally", "NN"}, {"assembly", "NN"}, {"family", "NN"}, {"anomaly", "NN"},
    {"monopoly", "NN"}, {"rally", "NN"}, {"supply", "NN"}, {"reply", "NN"},
    {"tally", "NN"}, {"bully", "NN"}, {"apply", "VB"}, {"comply", "VB"},
    {"rely", "VB"}, {"imply", "VB"}, {"multiply", "VB"}, {"deadly", "JJ"},
    {"friendly", "JJ"}, {"unfriendly", "JJ"}, {"elderly", "JJ"},
    {"costly", "JJ"}, {"likely", "JJ"}, {"unlikely", "JJ"}, {"daily", "JJ"},
    {"weekly", "JJ"}, {"monthly", "JJ"}, {"yearly", "JJ"},
    {"quarterly", "JJ"}, {"orderly", "JJ"}, {"disorderly", "JJ"},
    {"timely", "JJ"}, {"untimely", "JJ"}, {"holy", "JJ"}, {"unruly", "JJ"},
    {"cowardly", "JJ"}, {"lively", "JJ"}, {"lonely", "JJ"}, {"ugly", "JJ"},
    {"worldly", "JJ"}, {"scholarly", "JJ"}, {"oily", "JJ"}, {"hilly", "JJ"},
    /* participles that name a kind of thing, not an act: "troops and
     * armoured vehicles" is no "troops and armoured (VBD) vehicles" */
    {"armoured", "JJ"}, {"armored", "JJ"}, {"former", "JJ"}, {"loyal", "JJ"},
    /* names that end like a gerund ("Beijing demanded", not "Speaking") */
    {"beijing", "NNP"}, {"nanjing", "NNP"}, {"chongqing", "NNP"},
    {"kunming", "NNP"}, {"xining", "NNP"}, {"jinping", "NNP"},
{"biggest", "JJS"}, {"bloodiest", "JJS"},
    {"closest", "JJS"}, {"deadliest", "JJS"}, {"earliest", "JJS"},
    {"fiercest", "JJS"}, {"greatest", "JJS"}, {"harshest", "JJS"},
    {"heaviest", "JJS"}, {"highest", "JJS"}, {"largest", "JJS"},
    {"latest", "JJS"}, {"longest", "JJS"}, {"lowest", "JJS"},
    {"nearest", "JJS"}, {"newest", "JJS"}, {"oldest", "JJS"},
    {"richest", "JJS"}, {"smallest", "JJS"}, {"staunchest", "JJS"},
    {"strongest", "JJS"}, {"toughest", "JJS"}, {"worst", "JJS"},
};

/* Number words, tagged CD. */
static const char *const number_words[] = { "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
    "thousands", "millions", "hundred", "thousand", "million", "billion",
    "trillion", "dozen", NULL };
/* be/have/get forms that make a following -ed word a participle. */
static const char *const perfect_aux[] = { "is", "are", "was", "were", "be",
    "been", "being", "has", "have", "had", "'s", "'ve", "get", "got", NULL };
/* Irregular past participles. */
static const char *const irregular_pp[] = { "arisen", "beat", "beaten", "begun",
    "bitten", "blown", "born", "borne", "broken", "brought", "built",
    "cast", "caught", "chosen", "cut", "done", "drawn", "driven", "eaten", "fallen", "fled",
    "forbidden", "forgiven", "forgotten", "fought", "found", "frozen",
    "given", "gone", "grown", "held", "hidden", "hit", "hurt", "kept",
    "known", "laid", "led", "left", "let", "lost", "made", "meant", "met",
    "overcome", "overrun", "overthrown", "paid", "put", "ridden", "risen",
    "run", "said", "seen", "sent", "set", "shaken", "shot", "shown",
    "shed", "shut", "sold", "sought", "spent", "split", "spoken", "spread", "stolen", "stood",
    "struck", "sworn", "taken", "taught", "thrown", "told", "torn",
    "undertaken", "understood", "won", "withdrawn", "woken", "worn",
    "written", "flown", "mistaken", "proven", "forsaken", "foreseen", "overseen",
    "overtaken", "retaken", "rewritten", "redrawn", "outgrown", "sown", "withheld",
    "upheld", "slit", "sank", "sunk", "dealt", "swept", NULL };
/* Irregular participles that are never a past tense or a present: the
 * parser's verb tags default to VBP/VBD, wrong for "Otoniel, known as". */
static const char *const participle_only[] = { "arisen", "beaten", "begun",
    "bitten", "blown", "born", "borne", "broken", "chosen", "done", "drawn",
    "driven", "eaten", "fallen", "forbidden", "forgiven", "forgotten", "frozen",
    "given", "gone", "grown", "hidden", "known", "overthrown", "ridden",
    "risen", "seen", "shaken", "shown", "spoken", "stolen", "sworn", "taken",
    "thrown", "torn", "undertaken", "withdrawn", "woken", "worn", "written",
    "flown", "mistaken", "proven", "forsaken", "foreseen", "overseen", "overtaken",
    "retaken", "rewritten", "redrawn", "outgrown", "sown", NULL };
/* Verbs that take another verb group: will not go, has gone, was seen. */
static const char *const auxiliaries[] = { "be", "is", "are", "am", "was",
    "were", "been", "being", "'s", "'re", "'m", "have", "has", "had", "'ve",
    "'d", "do", "does", "did", "get", "got", "gets", NULL };
/* Prepositions that may open a clause: "after crowds trashed ...". */
static const char *const subordinators[] = { "after", "before", "since",
    "until", "because", "although", "though", "while", "if", "whether",
    "unless", "once", "as", "that", "whereas", "till", "so", NULL };
/* Words that make a plural subject. */
static const char *const plural_words[] = { "they", "we", "i", "you",
    "many", "few", "several", "others", "both", "all", "most", "some", NULL };
static const char *const do_forms[] = { "do", "does", "did", NULL };
static const char *const be_forms[] = { "be", "is", "are", "am", "was",
    "were", "been", "being", NULL };
static const char *const have_forms[] = { "have", "has", "had", "having",
    "'ve", NULL };
static const char *const particles[] = { "up", "down", "off", "out", "away",
    "back", NULL };
/* Titles and words that are followed by a name or number. */
static const char *const titles[] = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt",
    "Cmdr", "Adm", "Sgt", "Cpl", "Pvt", "Brig", "Gov", "Sen", "Rep", "Rev",
    "Hon", "Pres", "Amb", "Supt", "Insp", "Fr", "Sr", "St", "Mt", "Ft",
    "No", "Nos", "Vol", "Art", "Fig", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "vs", "v", "approx",
    "cf", "ca", "Gens", "Messrs", "Dept", NULL
};
/* Abbreviations that may also end a sentence. */
static const char *const other_abbrevs[] = {
    "Inc", "Corp", "Ltd", "Co", "Jr", "Bros", "etc", "Assn", "Univ",
    "Ave", "Blvd", "Rd", NULL
};
/* Closed-class words that typically start a sentence. */
static const char *const starters[] = {
    "The", "A", "An", "In", "On", "At", "It", "Its", "He", "She", "They",
    "We", "I", "You", "This", "That", "These", "Those", "But", "And", "Or",
    "So", "Yet", "As", "If", "When", "While", "After", "Before", "Since",
    "However", "Meanwhile", "Moreover", "Both", "Such", "His", "Her",
    "Their", "Our", "There", "Here", "Some", "Many", "Most", "All", "No",
    "Not", "What", "Who", "Why", "How", "Where", "For", "With", "By",
    "Although", "Though", "Together", "Despite", "According", "Under",
    "Later", "Earlier", "Last", "Also", "Now", "Then", "Still", NULL
};
/* Words before a bare year that make it a date ("in 1992"). */
static const char *const year_preps[] = {
    "in", "since", "during", "by", "until", "till", "before", "after",
    "from", "of", "through", "throughout", "around", "circa", "early",
    "late", "mid", "mid-", "between", "to", "and", NULL
};
/* Words before a month name that make it a date ("in March"). */
static const char *const month_preps[] = {
    "in", "since", "during", "by", "until", "till", "before", "after",
    "from", "of", "early", "late", "mid", "last", "this", "next", "through",
    NULL
};
/* A month-day followed by one of these names an event, not a date. */
static const char *const event_nouns[] = {
    "attack", "attacks", "attacker", "attackers", "bombing", "bombings",
    "massacre", "uprising", "revolution", "movement", "accord", "accords",
    "agreement", "coup", "events", "hijackers", "commission", "terror",
    "terrorist", "anniversary", "memorial", "protests", NULL
};
/* Words other than month and weekday names that may open a date mention
 * (dates.c relative_at): "yesterday", "last week", "this month". */
static const char *const date_words[] = {
    "yesterday", "today", "tomorrow", "last", "next", "this", NULL
};

/* Verbs whose object may be a whole clause with no "that" ("said Iran
 * had", "told reporters Gondor would"): after any other verb, a noun
 * group and a finite verb are an object and a new clause ("condemned
 * Syria and Israel condemned Iran"), not a clause the verb takes. */
static const char *const clause_verbs[] = {
    "say", "says", "said", "saying", "tell", "tells", "told", "telling",
    "think", "thinks", "thought", "thinking", "believe", "believes",
    "believed", "believing", "claim", "claims", "claimed", "claiming",
    "deny", "denies", "denied", "denying", "warn", "warns", "warned",
    "warning", "announce", "announces", "announced", "announcing",
    "confirm", "confirms", "confirmed", "confirming", "report", "reports",
    "reported", "reporting", "insist", "insists", "insisted", "insisting",
    "argue", "argues", "argued", "arguing", "know", "knows", "knew",
    "known", "knowing", "hope", "hopes", "hoped", "hoping", "fear",
    "fears", "feared", "fearing", "expect", "expects", "expected",
    "expecting", "suggest", "suggests", "suggested", "suggesting", "add",
    "adds", "added", "adding", "state", "states", "stated", "stating",
    "allege", "alleges", "alleged", "alleging", "acknowledge",
    "acknowledges", "acknowledged", "acknowledging", "admit", "admits",
    "admitted", "admitting", "agree", "agrees", "agreed", "agreeing",
    "decide", "decides", "decided", "deciding", "feel", "feels", "felt",
    "find", "finds", "found", "finding", "hear", "hears", "heard",
    "learn", "learns", "learned", "learnt", "note", "notes", "noted",
    "noting", "promise", "promises", "promised", "promising", "realise",
    "realised", "realize", "realized", "recall", "recalls", "recalled",
    "remember", "remembered", "reveal", "reveals", "revealed",
    "revealing", "show", "shows", "showed", "shown", "suspect",
    "suspects", "suspected", "understand", "understands", "understood",
    "vow", "vows", "vowed", "vowing", "assert", "asserts", "asserted",
    "contend", "contends", "contended", "estimate", "estimates",
    "estimated", "indicate", "indicates", "indicated", "predict",
    "predicts", "predicted", "reckon", "reckons", "reckoned", "reply",
    "replies", "replied", "signal", "signals", "signalled", "signaled",
    "stress", "stresses", "stressed", "stressing", "emphasise",
    "emphasised", "emphasize", "emphasized", "declare", "declares",
    "declared", "declaring", "explain", "explains", "explained",
    "guarantee", "guaranteed", "maintain", "maintains", "maintained",
    "pledge", "pledges", "pledged", "pledging", "demand", "demands",
    "demanded", "demanding", "rule", "rules", "ruled", "conclude",
    "concludes", "concluded", "determine", "determined", "charge",
    "charges", "charged", "complain", "complained", "concede",
    "conceded", "disclose", "disclosed", "hint", "hinted", "observe",
    "observed", "prove", "proved", "proven", "recognise", "recognised",
    "recognize", "recognized", "repeat", "repeated", "testify",
    "testified", "threaten", "threatens", "threatened", "threatening",
    "wish", "wished", "worry", "worried", "write", "writes", "wrote",
    "written", "tweet", "tweeted", "mean", "means", "meant", "imply",
    "implied", "assume", "assumed", "doubt", "doubted", "guess",
    "guessed", "judge", "judged", "figure", "figured", "swear", "swore",
    "sworn", "boast", "boasted", "accept", "accepted", "caution",
    "cautioned", "recommend", "recommended", "urge", "urged", "ask",
    "asked", "order", "ordered", "propose", "proposed", "insisted", NULL
};

static const struct { const char *const *words; unsigned cls; } classes[] = {
    { number_words, LX_NUMBER }, { perfect_aux, LX_PERFECT },
    { irregular_pp, LX_IRREG_PP }, { auxiliaries, LX_AUX },
    { subordinators, LX_SUBORD }, { plural_words, LX_PLURAL },
    { do_forms, LX_DO }, { be_forms, LX_BE }, { have_forms, LX_HAVE },
    { particles, LX_PARTICLE }, { titles, LX_TITLE },
    { other_abbrevs, LX_ABBR }, { starters, LX_STARTER },
    { year_preps, LX_YEAR_PREP }, { month_preps, LX_MONTH_PREP },
    { event_nouns, LX_EVENT_NOUN }, { date_words, LX_DATE_WORD },
    { participle_only, LX_PP_ONLY }, { clause_verbs, LX_CLAUSE },
};

static const char *const months[] = {
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december"
};
static const char *const weekdays[] = {
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday"
};

/* ------------------------------------------------------------- table */

enum { SLOTS = 2048 };   /* power of two, well over twice the words */

/* A word of up to 16 bytes, lower-cased, as two zero-padded integers. */
typedef struct { uint64_t lo, hi; } key;

typedef struct {
    key k;                     /* lo == 0: empty slot */
    text_lex v;
} slot;

static slot table[SLOTS];
static pthread_once_t once = PTHREAD_ONCE_INIT;
static atomic_int built;       /* set (release) when table is complete */

/* The bytes of x with 'A'..'Z' lowered (eight at once: the high bit of
 * each byte tests its range without carrying into the next). */
static uint64_t lower8(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101u, high = ones * 0x80;
    uint64_t low7 = x & ~high;
    uint64_t from_a = low7 + ones * (0x80 - 'A');      /* high bit: >= 'A' */
    uint64_t past_z = low7 + ones * (0x80 - 'Z' - 1);  /* high bit: > 'Z' */
    return x | ((from_a & ~past_z & ~x & high) >> 2);  /* + 0x20 */
}

/* The key of w[0,n); 0 when the word is empty or too long for any list. */
static int make_key(const char *w, size_t n, key *k)
{
    if (n == 0 || n > LX_MAXLEN) return 0;
    unsigned char b[16] = { 0 };
    memcpy(b, w, n);
    memcpy(&k->lo, b, 8);                  /* (byte order is irrelevant) */
    memcpy(&k->hi, b + 8, 8);
    k->lo = lower8(k->lo);
    k->hi = lower8(k->hi);
    return 1;
}

static slot *probe(key k)
{
    uint64_t h = (k.lo ^ (k.hi * 0x9E3779B97F4A7C15u)) * 0xFF51AFD7ED558CCDu;
    for (size_t i = (size_t)(h >> 40) & (SLOTS - 1);; i = (i + 1) & (SLOTS - 1))
        if (!table[i].k.lo || (table[i].k.lo == k.lo && table[i].k.hi == k.hi))
            return &table[i];
}

/* The entry for w, added when new (build time only). */
static text_lex *entry(const char *w)
{
    key k;
    if (!make_key(w, strlen(w), &k)) return NULL;   /* (none is) */
    slot *s = probe(k);
    s->k = k;
    return &s->v;
}

static void build(void)
{
    text_lex *e;
    for (size_t i = 0; i < sizeof closed / sizeof *closed; i++)
        if ((e = entry(closed[i].word))) e->tag = closed[i].tag;
    for (size_t c = 0; c < sizeof classes / sizeof *classes; c++)
        for (const char *const *w = classes[c].words; *w; w++)
            if ((e = entry(*w))) e->cls |= classes[c].cls;
    for (int m = 0; m < 12; m++) {
        char abbr[4] = { months[m][0], months[m][1], months[m][2], 0 };
        if ((e = entry(months[m]))) e->month = (unsigned char)(m + 1);
        if (m != 4 && (e = entry(abbr))) e->month = (unsigned char)(m + 1);
    }
    if ((e = entry("sept"))) e->month = 9;
    for (int d = 0; d < 7; d++)
        if ((e = entry(weekdays[d]))) e->wday = (unsigned char)(d + 1);
    atomic_store_explicit(&built, 1, memory_order_release);
}

const text_lex *text_lex_find(const char *w, size_t n)
{
    key k;
    if (!make_key(w, n, &k)) return NULL;
    if (!atomic_load_explicit(&built, memory_order_acquire))
        pthread_once(&once, build);
    slot *s = probe(k);
    return s->k.lo ? &s->v : NULL;
}

const text_lex *text_lex_of(const char *w)
{
    size_t n = 0;
    while (n <= LX_MAXLEN && w[n]) n++;
    return text_lex_find(w, n);
}
