/*
 * test_lgparse.c -- link-grammar trees and the shallow fallback: both must
 * be balanced Penn bracketings using only the coder's phrase labels, with
 * POS tags at the leaves and every token kept in order.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "dyad.h"
#include "test.h"

static int phrase_ok(const char *l)
{
    static const char *const ok[] = { "ROOT", "S", "NP", "VP", "PP", "SBAR",
                                      "ADJP", "ADVP", "PRT", "PRN", "WHNP", "WHADVP",
                                      NULL };
    for (int i = 0; ok[i]; i++) if (!strcmp(l, ok[i])) return 1;
    return 0;
}

/* Walk a tree; append leaves "TAG/word " to out.  Returns 0 when
 * unbalanced or a phrase label is not allowed. */
static int walk(const char **s, char *out, size_t cap, int depth)
{
    char label[32], word[128];
    int n = 0;
    while (**s == ' ') (*s)++;
    if (**s != '(' || depth > 500) return 0;
    (*s)++;
    while (**s && **s != ' ' && **s != '(' && **s != ')' && n < 31) label[n++] = *(*s)++;
    label[n] = 0;
    while (**s == ' ') (*s)++;
    if (**s != '(') {                 /* a leaf: (TAG word) */
        n = 0;
        while (**s && **s != ')' && **s != ' ' && n < 127) word[n++] = *(*s)++;
        word[n] = 0;
        if (**s != ')' || !n || !label[0]) return 0;
        (*s)++;
        size_t k = strlen(out);
        snprintf(out + k, cap - k, "%s/%s ", label, word);
        return 1;
    }
    if (!phrase_ok(label)) return 0;
    while (**s == '(') {
        if (!walk(s, out, cap, depth + 1)) return 0;
        while (**s == ' ') (*s)++;
    }
    if (**s != ')') return 0;
    (*s)++;
    return 1;
}

static int tree_ok(const char *t, char *leaves, size_t cap)
{
    leaves[0] = 0;
    const char *s = t;
    if (!walk(&s, leaves, cap, 0)) return 0;
    return *s == 0 && strncmp(t, "(ROOT (S ", 9) == 0;
}

/* The words of a leaves list, to compare with the tokens. */
static void words_of(const char *leaves, char *out, size_t cap)
{
    out[0] = 0;
    for (const char *p = leaves; *p; ) {
        const char *sl = strchr(p, '/'), *sp = strchr(p, ' ');
        if (!sl || !sp) break;
        size_t k = strlen(out);
        snprintf(out + k, cap - k, "%s%.*s", k ? " " : "", (int)(sp - sl - 1), sl + 1);
        p = sp + 1;
    }
}

/* The tree kept every token, in order (prints the difference). */
static int same_words(const char *got, const char *want)
{
    if (strcmp(got, want) == 0) return 1;
    printf("  leaves: %s\n  tokens: %s\n", got, want);
    return 0;
}

static void test_lg_tree_maduro(void)
{
    dyad_error e = {0};
    dyad_parser *p = dyad_parser_new(NULL, &e);
    CHECK(p != NULL);
    if (!p) return;
    const char *toks = "Venezuelan President Nicolas Maduro visited Tehran in 2022 .";
    char *t = NULL, leaves[2048], words[2048];
    CHECK_INT(dyad_parser_parse(p, toks, &t, &e), DYAD_OK);
    if (t) {
        CHECK(tree_ok(t, leaves, sizeof leaves));
        words_of(leaves, words, sizeof words);
        CHECK(same_words(words, toks));
        CHECK(strstr(t, "(NP ") != NULL);
        CHECK(strstr(t, "(VP (VBD visited)") != NULL);
        CHECK(strstr(leaves, "NNP/Maduro") != NULL);
        CHECK(strstr(leaves, "NNP/Tehran") != NULL);
        CHECK(strstr(leaves, "CD/2022") != NULL);
        CHECK(strstr(leaves, "IN/in") != NULL);
        CHECK(strstr(t, "(PP (IN in) (NP (CD 2022)))") != NULL);
    }
    free(t);
    dyad_parser_free(p);
}

static void test_lg_various_sentences(void)
{
    static const char *const s[] = {
        "Arnor 's foreign minister did n't meet the U.S. envoy on Tuesday .",
        "The ministers , who had been visiting Caracas , signed an agreement -LRB- a treaty -RRB- .",
        "`` We will respond , '' the Gondor government said in a statement .",
        "Iran has been supplying drones to Venezuela since 2019 .",
    };
    dyad_error e = {0};
    dyad_parser *p = dyad_parser_new(NULL, &e);
    if (!p) { CHECK(p != NULL); return; }
    for (size_t i = 0; i < sizeof s / sizeof *s; i++) {
        char *t = NULL, leaves[4096], words[4096];
        int rc = dyad_parser_parse(p, s[i], &t, &e);
        if (rc != DYAD_OK) t = dyad_shallow_tree(s[i]);
        CHECK(t != NULL);
        if (!t) continue;
        CHECK(tree_ok(t, leaves, sizeof leaves));
        words_of(leaves, words, sizeof words);
        CHECK(same_words(words, s[i]));
        CHECK(strstr(t, "(VP ") != NULL);
        free(t);
    }
    long ok, failed, timeouts;
    dyad_parser_stats(p, &ok, &failed, &timeouts);
    CHECK(ok >= 3);
    dyad_parser_free(p);
}

static void test_lg_limits(void)
{
    dyad_error e = {0};
    dyad_parser_options o = {0};
    o.max_tokens = 5;
    dyad_parser *p = dyad_parser_new(&o, &e);
    if (!p) { CHECK(p != NULL); return; }
    char *t = NULL;
    CHECK_INT(dyad_parser_parse(p, "one two three four five six seven", &t, &e), DYAD_ELIMIT);
    CHECK(t == NULL);
    CHECK(strstr(e.msg, "7 tokens") != NULL);
    CHECK_INT(dyad_parser_parse(p, "", &t, &e), DYAD_EEMPTY);
    /* over the limit: the shallow tree stands in */
    const char *method = NULL;
    CHECK_INT(dyad_tree_for_tokens(p, "Arnor met Gondor in Minas Tirith today .", &t,
                                   &method, &e), DYAD_OK);
    CHECK_STR(method, "shallow");
    CHECK(t && strstr(t, "(VP (VBD met)") != NULL);
    free(t);
    t = NULL;
    /* gibberish: either no parse (caller falls back) or a valid tree */
    int rc = dyad_parser_parse(p, "zzq xxv qqk", &t, &e);
    char leaves[512];
    CHECK(rc == DYAD_EPARSE || (rc == DYAD_OK && tree_ok(t, leaves, sizeof leaves)));
    free(t);
    dyad_parser_free(p);
}

static void test_shallow_tree(void)
{
    const char *s = "Venezuelan President Nicolas Maduro visited Tehran in 2022 .";
    char *t = dyad_shallow_tree(s), leaves[2048], words[2048];
    CHECK(t != NULL);
    if (!t) return;
    CHECK(tree_ok(t, leaves, sizeof leaves));
    words_of(leaves, words, sizeof words);
    CHECK(same_words(words, s));
    CHECK(strstr(t, "(VP (VBD visited) (NP (NNP Tehran)) (PP (IN in) (NP (CD 2022))))") != NULL);
    CHECK(strstr(t, "(NP (JJ Venezuelan) (NNP President) (NNP Nicolas) (NNP Maduro))") != NULL);
    free(t);
    t = dyad_shallow_tree("");
    CHECK(t && tree_ok(t, leaves, sizeof leaves));
    free(t);
    t = dyad_shallow_tree("( odd ) tokens");
    CHECK(t && tree_ok(t, leaves, sizeof leaves));
    free(t);
}

/* The shapes the coder relies on, from both the shallow tree and (when it
 * parses) link-grammar: possessives, passives, coordination, lists, clause
 * complements, modal chains, to-infinitives, subject PPs, acronyms. */
static void test_tree_shapes(void)
{
    static const char *const cases[][2] = {
        { "Gondor 's army attacked the village .",
          "(NP (NP (NNP Gondor) (POS 's)) (NN army)) (VP (VBD attacked) (NP (DT the) (NN village)))" },
        { "The village was attacked by Gondor .",
          "(VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP (NNP Gondor)))))" },
        { "Gondor and Rohan signed a treaty .",
          "(NP (NP (NNP Gondor)) (CC and) (NP (NNP Rohan))) (VP (VBD signed)" },
        { "Arnor , Rohan and Gondor met on Monday .",
          "(NP (NP (NNP Arnor)) (, ,) (NP (NNP Rohan)) (CC and) (NP (NNP Gondor)))" },
        { "Gondor said Rohan attacked the city .",
          "(VP (VBD said) (SBAR (S (NP (NNP Rohan)) (VP (VBD attacked)" },
        { "Arnor will not meet Gondor .",
          "(VP (MD will) (RB not) (VP (VB meet) (NP (NNP Gondor))))" },
        { "Arnor urged Gondor to respond .",
          "(VP (VBD urged) (S (NP (NNP Gondor)) (VP (TO to) (VP (VB respond)))))" },
        { "The US and the EU condemned the attack .",
          "(NP (NP (DT The) (NNP US)) (CC and) (NP (DT the) (NNP EU)))" },
        { "Gondor condemned the attack and promised aid to Rohan .",
          "(VP (VP (VBD condemned) (NP (DT the) (NN attack))) (CC and) (VP (VBD promised)" },
        { "Soldiers from Gondor attacked Rohan .",
          "(NP (NP (NNS Soldiers)) (PP (IN from) (NP (NNP Gondor)))) (VP (VBD attacked)" },
        { "Gondor attacked Rohan , officials said .",
          "(, ,) (NP (NNS officials)) (VP (VBD said)) (. .)" },
        { "The minister , who visited Kyiv , said the talks would resume .",
          "(NP (NP (DT The) (NN minister)) (, ,) (SBAR (WHNP (WP who)) (S (VP (VBD visited)" },
        { "Gondor recalled its envoy , halting talks with Rohan on a truce .",
          "(VP (VBG halting) (NP (NNS talks)) (PP (IN with)" },
        { "Police used tear gas against the crowd .",
          "(NP (NN tear) (NN gas))" },
        { "Gondor arrived in Rohan since taking power and was received by the king .",
          "(S (VP (VBG taking) (NP (NN power)))))) (CC and) (VP (VBD was)" },
        { "Prisoners were released by Gondor and flown home .",
          "(VBN flown)" },
        { "Gondor moved troops close to the border .",
          "(NP (NNS troops)) (ADVP (RB close)) (PP (TO to)" },
        { "Gondor , whose king met Rohan , broke off ties with Mordor .",
          "(SBAR (WHNP (WP$ whose)) (S (NP (NN king)) (VP (VBD met) (NP (NNP Rohan))))) (, ,)) "
          "(VP (VBD broke)" },
        { "Israel 's military said it had struck Hamas targets .",
          "(NP (NP (NNP Israel) (POS 's)) (" },
        { "Gondor vowed to attack Rohan .",
          "(VP (VBD vowed) (S (VP (TO to) (VP (VB attack) (NP (NNP Rohan))))))" },
        { "In June 2022 Venezuelan President Nicolas Maduro travelled to Tehran .",
          "(PP (IN In) (NP (NNP June) (CD 2022))) (NP (JJ Venezuelan) (NNP President) "
          "(NNP Nicolas) (NNP Maduro)) (VP (VBD travelled)" },
        { "Ethiopia has broken relations with Libya .",
          "(VP (VBZ has) (VP (VBN broken) (NP (NNS relations)) (PP (IN with) (NP (NNP Libya)))))" },
        { "Russian security services arrested a reporter .",
          "(NP (JJ Russian) (NN security) (NNS services)) (VP (VBD arrested)" },
        { "Several countries , including Gondor and Rohan , condemned Mordor .",
          "(NP (NP (JJ Several) (NNS countries)) (, ,) (PP (VBG including) (NP (NP "
          "(NNP Gondor)) (CC and) (NP (NNP Rohan)))) (, ,)) (VP (VBD condemned)" },
        { "Gondor 's envoys , headed by Faramir , rejected the proposal .",
          "(NP (NP (NP (NNP Gondor) (POS 's)) (NNS envoys)) (, ,) (VP (VBN headed) (PP (IN by) "
          "(NP (NNP Faramir)))) (, ,)) (VP (VBD rejected)" },
        { "Gondor soldiers armed with spears and axes boarded two Rohan boats .",
          "(VP (VBN armed) (PP (IN with) (NP (NP (NNS spears)) (CC and) (NP (NNS axes)))))) "
          "(VP (VBD boarded)" },
        { "Security forces tortured detained protesters .",
          "(NNS forces)) (VP (VBD tortured)" },
        { "Since 2021 , Gondor has shipped oil to Rohan .",
          "(VP (VBZ has) (VP (VBN shipped)" },
        { "Kenyan police officers deployed to Haiti .",
          "(NN police) (NNS officers)) (VP (VBD deployed)" },
        { "Gunmen killed seven police officers in an ambush .",
          "(NP (CD seven) (NN police) (NNS officers))" },
        { "A two-day strike by Gondor unions halted the ports .",
          "(NP (DT A) (NN two-day) (NN strike)" },
        { "Gondor extradited Bolg , known as the Butcher , to Rohan .",
          "(VBN known) (PP (IN as) (NP (DT the) (NNP Butcher)))) (, ,)) (PP (TO to)" },
        { "Orthanc founder Saruman was extradited to Rohan .",
          "(NP (NNP Orthanc) (NN founder) (NNP Saruman))" },
        { "Gondor condemned Rohan , and Arnor condemned Gondor .",
          "(ROOT (S (S (NP (NNP Gondor)) (VP (VBD condemned) (NP (NNP Rohan)))) (, ,) (CC and) "
          "(S (NP (NNP Arnor)) (VP (VBD condemned) (NP (NNP Gondor)))) (. .)))" },
        { "Gondor met Rohan on Monday and Arnor met Mordor on Tuesday .",
          "(CC and) (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Mordor))" },
        { "The envoys who visited the camp said Gondor attacked Rohan .",
          "(VP (VBD visited) (NP (DT the) (NN camp)))))) (VP (VBD said) (SBAR" },
        { "Gondor said Rohan and Arnor attacked Mordor .",
          "(VP (VBD said) (SBAR (S (NP (NP (NNP Rohan)) (CC and) (NP (NNP Arnor)))" },
        { "Gondor attacked Rohan , the UN mission on Arnor said in a report .",
          "(, ,) (NP (NP (DT the) (NNP UN) (NN mission)) (PP (IN on) (NP (NNP Arnor)))) "
          "(VP (VBD said)" },
        { "Orc insurgents killed four Afghan soldiers with a roadside bomb .",
          "(NP (CD four) (NNP Afghan) (NNS soldiers))" },
        { "A suicide bomber attacked US troops at the gates of the airport .",
          "(VP (VBD attacked) (NP (NNP US) (NN" },
        { "A Gondor police officer shot dead the Rohan ambassador .", "(VBD shot)" },
        { "Mordor cut off gas supplies to Rohan .", "(NNS supplies)" },
        { "Morocco cut diplomatic ties with Iran on Tuesday .", "(VP (VBD cut)" },
        { "Independence supporters in Gondor set fire to shops .",
          "supporters)) (PP (IN in) (NP (NNP Gondor)))) (VP (VBD set)" },
        { "Beijing demanded that Manila tow away a grounded ship .",
          "(NP (NNP Beijing)) (VP (VBD demanded)" },
        { "Gondor riot police beat several journalists outside parliament .",
          "(VP (VBD beat)" },
        { "Hungary vetoed an aid package for Rohan .", "(NP (NNP Hungary)) (VP (VBD vetoed)" },
        { "Portugal recognised the State of Palestine .", "(NP (NNP Portugal))" },
        { "Gondor-led coalition warplanes bombed Mordor positions in Minas .",
          "(JJ Gondor-led)" },
        { "Protesters loyal to former President Faramir blocked highways across Gondor .",
          "(VP (VBD blocked)" },
        { "Mordor moved troops and armoured vehicles toward its border .",
          "(JJ armoured)" },
        { "Talks between Gondor and Rohan would resume .",
          "(PP (IN between) (NP (NP (NNP Gondor)) (CC and) (NP (NNP Rohan))))" },
        { "Gondor received aid from more than sixty countries .",
          "(PP (IN from) (NP (JJR more) (IN than) (NN sixty) (NNS countries)))" },
        { "Gondor riot police beat and detained the Rohan envoy .", "(VBD beat)" },
        { "US Air Force planes dropped food over Rohan .", "(NP (NNP US) (NNP Air)" },
        { "A gunman linked to the Orc cartel shot dead the mayor of Minas .",
          "(VP (VBN linked) (PP (TO to)" },
        { "A gunman shot dead Eomer , the mayor of Minas .", "(ADVP (RB dead))" },
        { "Armed bandits abducted pupils in Rohan .", "(NP (JJ Armed) (NNS bandits))" },
        { "Gondor said it would fully accept the treaty .", "(MD would) (RB fully) (VP (VB accept)" },
        { "Gondor will supply weapons to Rohan .", "(VB supply)" },
        { "The World Bank halted new funding for Rohan .", "(NN funding)" },
        { "Gondor shelled Rohan , killing two soldiers and two civilians , and Arnor "
          "returned fire at Gondor positions .",
          "(NP (NP (CD two) (NNS soldiers)) (CC and) (NP (CD two) (NNS civilians)))" },
        { "Gondor handed captured Rohan pilot Eomer back to Rohan .",
          "(NP (JJ captured) (NNP Rohan) (NN pilot)" },
    };
    dyad_error e = {0};
    dyad_parser *p = dyad_parser_new(NULL, &e);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        for (int how = 0; how < 2; how++) {
            char *t = NULL, leaves[4096], words[4096];
            if (how == 0) t = dyad_shallow_tree(cases[i][0]);
            else if (!p || dyad_parser_parse(p, cases[i][0], &t, &e) != DYAD_OK) continue;
            CHECK(t && tree_ok(t, leaves, sizeof leaves));
            if (!t) continue;
            words_of(leaves, words, sizeof words);
            CHECK(same_words(words, cases[i][0]));
            if (!strstr(t, cases[i][1]))
                printf("  %s tree: %s\n  wanted: %s\n", how ? "parse" : "shallow",
                       t, cases[i][1]);
            CHECK(strstr(t, cases[i][1]) != NULL);
            free(t);
        }
    }
    dyad_parser_free(p);
}

/* Long and odd token runs: balanced, every token kept, quick. */
static void test_tree_bounds(void)
{
    static const char *const words[] = { "Gondor", "and", ",", "the", "big",
        "soldiers", "attacked", "in", "that", "was", "-LRB-", "-RRB-", "who",
        "to", "said", ".", "'s", "not", "will", "by", "``", "''", "including",
        "such", "as", "more", "than", "headed", "armed", "with", "its", "put",
        "among", "them", "boarded", "and" };
    size_t nw = sizeof words / sizeof *words, n = 5000, cap = n * 8 + 1;
    char *s = malloc(cap), *leaves = malloc(cap * 4), *got = malloc(cap);
    CHECK(s && leaves && got);
    if (!s || !leaves || !got) { free(s); free(leaves); free(got); return; }
    for (int round = 0; round < 3; round++) {
        size_t k = 0;
        unsigned r = 12345u + (unsigned)round;
        for (size_t i = 0; i < n; i++) {
            r = r * 1103515245u + 12345u;
            const char *w = round == 0 ? words[(r >> 8) % nw] : round == 1 ? "that" : "and";
            k += (size_t)snprintf(s + k, cap - k, "%s%s", i ? " " : "", w);
        }
        char *t = dyad_shallow_tree(s);
        CHECK(t != NULL);
        if (!t) continue;
        CHECK(tree_ok(t, leaves, cap * 4));
        words_of(leaves, got, cap);
        CHECK(strcmp(got, s) == 0);
        free(t);
    }
    free(s);
    free(leaves);
    free(got);
}

static void test_pos_guess(void)
{
    const char *w[] = { "Experts", "said", "Iran", "'s", "allies", "were",
                        "attacked", "by", "rebels", "quickly", "." };
    size_t n = sizeof w / sizeof *w;
    CHECK_STR(dyad_pos_guess(w, n, 0), "NNS");
    CHECK_STR(dyad_pos_guess(w, n, 1), "VBD");
    CHECK_STR(dyad_pos_guess(w, n, 2), "NNP");
    CHECK_STR(dyad_pos_guess(w, n, 3), "POS");
    CHECK_STR(dyad_pos_guess(w, n, 6), "VBN");
    CHECK_STR(dyad_pos_guess(w, n, 9), "RB");
    CHECK_STR(dyad_pos_guess(w, n, 10), ".");
    const char *w2[] = { "Gondor", "has", "broken", "its", "promise", "." };
    CHECK_STR(dyad_pos_guess(w2, 6, 2), "VBN");
    /* past tenses spelled as the base form, after a name, before an object */
    const char *w3[] = { "Gondor", "put", "its", "forces", "on", "alert", "." };
    CHECK_STR(dyad_pos_guess(w3, 7, 1), "VBD");
    const char *w4[] = { "Rohan", "shot", "down", "a", "drone", "." };
    CHECK_STR(dyad_pos_guess(w4, 6, 1), "VBD");
    const char *w5[] = { "Arnor", "cut", "3", "programmes", "." };
    CHECK_STR(dyad_pos_guess(w5, 5, 1), "VBD");
    const char *w6[] = { "The", "Gondor", "hit", "list", "leaked", "." };
    CHECK_STR(dyad_pos_guess(w6, 6, 2), "NN");   /* no object follows */
    const char *w7[] = { "Gondor", "has", "cut", "aid", "." };
    CHECK_STR(dyad_pos_guess(w7, 5, 2), "VBN");
    const char *w8[] = { "its", "air", "defences", "shot", "down", "30", "drones" };
    CHECK_STR(dyad_pos_guess(w8, 7, 3), "VBD");
    const char *w9[] = { "Rohan", "signed", "a", "deal", "and", "cut", "its", "ties" };
    CHECK_STR(dyad_pos_guess(w9, 8, 5), "VBD");
    const char *w10[] = { "the", "talks", "and", "cut", "its", "ties" };
    CHECK_STR(dyad_pos_guess(w10, 6, 3), "NN");   /* no verb before "and" */
    const char *w11[] = { "A", "Gondorian", "court", "found", "Faramir", "guilty" };
    CHECK_STR(dyad_pos_guess(w11, 6, 3), "VBD");
    /* a country ending in -ly opens a sentence; an adverb before "the" */
    const char *w12[] = { "Italy", "and", "Libya", "met", "." };
    CHECK_STR(dyad_pos_guess(w12, 5, 0), "NNP");
    const char *w13[] = { "Italy", "said", "it", "would", "." };
    CHECK_STR(dyad_pos_guess(w13, 5, 0), "NNP");
    const char *w14[] = { "Recently", "the", "talks", "stalled", "." };
    CHECK_STR(dyad_pos_guess(w14, 5, 0), "RB");
    const char *w15[] = { "Gondor", "says", "drones", "struck", "." };
    CHECK_STR(dyad_pos_guess(w15, 5, 1), "VBZ");
}

int main(void)
{
    RUN(test_lg_tree_maduro);
    RUN(test_lg_various_sentences);
    RUN(test_lg_limits);
    RUN(test_shallow_tree);
    RUN(test_tree_shapes);
    RUN(test_tree_bounds);
    RUN(test_pos_guess);
    TEST_MAIN_END;
}
