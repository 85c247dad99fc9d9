/* test_ptree.c -- Penn tree reading, building, and the ParseList built
 * from a tree. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dyad.h"
#include "code/plist.h"
#include "parse/ptree.h"
#include "text/shallow.h"
#include "test.h"

static arena A;

static void parses_simple_tree(void)
{
    ptree t;
    char why[128];
    CHECK_INT(ptree_parse(&t, "(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))", &A,
                          why, sizeof why), 0);
    CHECK_INT(t.n, 6);
    CHECK_STR(t.node[0].label, "ROOT");
    CHECK_STR(t.node[3].word, "ARNOR");          /* upper-cased */
    CHECK_INT(t.node[3].parent, 2);
    CHECK_INT(ptree_subtree_end(&t, 2), 4);
}

static void rejects_unbalanced_and_empty(void)
{
    ptree t;
    char why[128];
    CHECK(ptree_parse(&t, "(ROOT (S (NP (NNP Arnor))", &A, why, sizeof why) != 0);
    CHECK(strstr(why, "unbalanced") != NULL);
    CHECK(ptree_parse(&t, "", &A, why, sizeof why) != 0);
    CHECK(strstr(why, "empty") != NULL);
    CHECK(ptree_parse(&t, "(A) (B)", &A, why, sizeof why) != 0);
    CHECK(ptree_parse(&t, ") (", &A, why, sizeof why) != 0);
}

static void deep_tree_is_refused_not_crashed(void)
{
    size_t n = PTREE_MAX_DEPTH + 10;
    char *s = malloc(n * 4 + 16), *p = s;
    for (size_t i = 0; i < n; i++)
        p += sprintf(p, "(X ");
    for (size_t i = 0; i < n; i++)
        *p++ = ')';
    *p = 0;
    ptree t;
    char why[128];
    CHECK(ptree_parse(&t, s, &A, why, sizeof why) != 0);
    free(s);
}

static int find_tok(const plist *pl, const char *tok)
{
    return plist_find(pl, tok, 0);
}

static void plist_marks_entities_compounds_and_verbs(void)
{
    ptree t;
    char why[128];
    const char *tree =
        "(ROOT (S (NP (NNP Fornost) (CC and) (NNP Gondor)) (VP (VBD welcomed) "
        "(NP (NP (NN resumption)) (PP (IN of) (NP (NNS ties)))) "
        "(PP (IN with) (NP (NNP Osgiliath)))) (. .)))";
    CHECK_INT(ptree_parse(&t, tree, &A, why, sizeof why), 0);
    plist pl;
    plist_comma_opts co = { 2, 8, 0, 0, 2, 8, 0 };
    const char *errname = NULL;
    CHECK_INT(plist_build(&pl, &t, &co, &A, &errname), 0);
    CHECK(find_tok(&pl, "(NEC1") > 0);
    CHECK(find_tok(&pl, "(VP1") > 0);
    CHECK(find_tok(&pl, "~VP1") > find_tok(&pl, "(VP1"));
    int ne = find_tok(&pl, "(NE");
    CHECK(ne > 0 && !strcmp(pl.tok[ne + 1], "---"));
    /* NP + PP + NP becomes one entity that keeps the preposition */
    int of = find_tok(&pl, "OF");
    CHECK(of > 0 && strcmp(pl.tok[of - 1], "RESUMPTION") == 0);
}

static void plist_drops_terminal_comma_clause(void)
{
    ptree t;
    char why[128];
    const char *tree =
        "(ROOT (S (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)))) (, ,) "
        "(NP (DT a) (JJ senior) (NN official)) (VP (VBD said)) (. .)))";
    CHECK_INT(ptree_parse(&t, tree, &A, why, sizeof why), 0);
    plist pl;
    plist_comma_opts co = { 2, 8, 0, 0, 2, 8, 0 };
    const char *errname = NULL;
    CHECK_INT(plist_build(&pl, &t, &co, &A, &errname), 0);
    CHECK(find_tok(&pl, "SAID") < 0);
    CHECK(find_tok(&pl, "RESTORED") > 0);
    co.emax = 0;            /* terminal deletion off */
    CHECK_INT(plist_build(&pl, &t, &co, &A, &errname), 0);
    CHECK(find_tok(&pl, "SAID") > 0);
}

/* pl <- the ParseList of tree, with the default comma options; join turns
 * on dyad's joining of coordinated phrases.  0, or -1 when a step fails. */
static int plist_of(const char *tree, int join, plist *pl)
{
    ptree t;
    char why[128];
    const char *errname = NULL;
    plist_comma_opts co = { 2, 8, 0, 0, 2, 8, join };
    if (ptree_parse(&t, tree, &A, why, sizeof why) != 0)
        return -1;
    return plist_build(pl, &t, &co, &A, &errname);
}

/* "France , Germany , Britain and Poland , who ...": PETRARCH's comma rule
 * cuts "Britain and Poland" as an inserted clause; dyad keeps a list --
 * also at the end of a sentence, inside an entity -- but not names with
 * no conjunction, an apposition.  Each case: is word kept with dyad's
 * joining, and in PETRARCH's reading? */
static void plist_keeps_the_rest_of_a_list(void)
{
    static const struct { const char *tree, *word; int joined, petrarch; } cases[] = {
        { "(ROOT (S (NP (NNP Mordor)) (VP (VBD attacked) (NP (NP (NNP Arnor)) (, ,) (NP (NNP "
          "Gondor)) (, ,) (NP (NNP Osgiliath) (CC and) (NNP Rohan)) (, ,) (SBAR (WHNP (WP who)) "
          "(S (VP (VBD were) (ADJP (JJ weak))))))) (. .)))", "ROHAN", 1, 0 },
        { "(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN visited) (PP (IN by) (NP (NP (DT "
          "the) (NNS leaders)) (PP (IN of) (NP (NP (NNP Arnor)) (, ,) (NP (NNP Rohan)) (CC and) "
          "(NP (NNP Osgiliath)))))))) (. .)))", "OSGILIATH", 1, 0 },
        { "(ROOT (S (NP (NNP President) (NNP Faramir)) (, ,) (NP (PRP himself)) (NP (DT a) "
          "(NN former) (NN ranger)) (, ,) (VP (VBD praised) (NP (DT the) (NNP Rohirrim)) (PP "
          "(IN for) (S (VP (VBG keeping) (NP (PRP$ their) (NN word)))))) (. .)))", "RANGER", 0, 0 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        plist pl;
        CHECK_INT(plist_of(cases[i].tree, 1, &pl), 0);
        CHECK_INT(find_tok(&pl, cases[i].word) > 0, cases[i].joined);
        CHECK_INT(plist_of(cases[i].tree, 0, &pl), 0);
        CHECK_INT(find_tok(&pl, cases[i].word) > 0, cases[i].petrarch);
    }
}

/* "American and Filipino troops": the lone adjective is a member of the
 * compound with the last member's noun -- when coordinated phrases are
 * joined (dyad), not in PETRARCH's reading. */
static void plist_adjective_member_of_compound(void)
{
    const char *tree =
        "(ROOT (S (NP (ADJP (JJ American)) (CC and) (NP (NNP Filipino) (NNS troops))) "
        "(VP (VBD held) (NP (NNS drills))) (. .)))";
    plist pl;
    CHECK_INT(plist_of(tree, 1, &pl), 0);
    int am = find_tok(&pl, "AMERICAN");
    CHECK(am > 1 && !strcmp(pl.tok[am - 2], "(NE") && !strcmp(pl.tok[am + 1], "TROOPS") &&
          !strcmp(pl.tok[am + 2], "~NE"));
    CHECK_INT(plist_of(tree, 0, &pl), 0);
    am = find_tok(&pl, "AMERICAN");
    CHECK(am < 0 || strcmp(pl.tok[am + 1], "TROOPS") != 0);
    /* a member with a determiner shares the whole noun run */
    CHECK_INT(plist_of("(ROOT (S (NP (NP (DT The) (NNP Philippine)) (CC and) "
                       "(NP (JJ Vietnamese) (NN coast) (NNS guards))) (VP (VBD met)) (. .)))",
                       1, &pl), 0);
    int ph = find_tok(&pl, "PHILIPPINE");
    CHECK(ph > 0 && !strcmp(pl.tok[ph + 1], "COAST") && !strcmp(pl.tok[ph + 2], "GUARDS") &&
          !strcmp(pl.tok[ph + 3], "~NE"));
}

/* "vetoed a resolution condemning its annexation of four regions": the PP
 * of a clause inside the noun phrase does not make the phrase one "X of
 * Y" entity (dyad), so the resolution stays an entity of its own. */
static void plist_pp_inside_clause_keeps_head(void)
{
    plist pl;
    CHECK_INT(plist_of("(ROOT (S (NP (NNP Arnor)) (VP (VBD vetoed) (NP (NP (DT a) "
                       "(NN resolution)) (VP (VBG condemning) (NP (NP (PRP$ its) "
                       "(NN annexation)) (PP (IN of) (NP (NNP Osgiliath))))))) (. .)))",
                       1, &pl), 0);
    int r = find_tok(&pl, "RESOLUTION");
    CHECK(r > 0 && !strcmp(pl.tok[r + 1], "~NE"));
    CHECK(find_tok(&pl, "CONDEMNING") > r);
}

/* Are a and b the same tree, node for node? */
static int same_tree(const ptree *a, const ptree *b)
{
    if (a->n != b->n)
        return 0;
    for (int i = 0; i < a->n; i++) {
        const ptree_node *x = &a->node[i], *y = &b->node[i];
        if (strcmp(x->label, y->label) || !x->word != !y->word ||
            (x->word && strcmp(x->word, y->word)) || x->parent != y->parent ||
            x->first_child != y->first_child || x->next_sibling != y->next_sibling)
            return 0;
    }
    return 1;
}

/* The shallow tree built straight into nodes equals the parse of the
 * printed one (the pipeline relies on it), for awkward tokens and for
 * every sentence of the development set. */
static int built_equals_printed(const char *tokens)
{
    arena a, b;
    arena_init(&a, 0);
    arena_init(&b, 0);
    ptree built, read;
    char why[128];
    char *text = dyad_shallow_tree(tokens);
    int ok = text && text_shallow_ptree(tokens, &built, &a) == 0 &&
             ptree_parse(&read, text, &b, why, sizeof why) == 0 && same_tree(&built, &read);
    if (!ok)
        fprintf(stderr, "built != printed for: %s\n", tokens);
    free(text);
    arena_free(&a);
    arena_free(&b);
    return ok;
}

static void shallow_tree_built_equals_printed(void)
{
    static const char *const odd[] = {
        "", "Iran", "Iran ( Persia ) signed a deal with Cuba .",
        "Nicol\xc3\xa1s Maduro met Ra\xc3\xafsi in Tehran on Monday .",
        "-LRB- said -RRB- : ; '' `` 's n't", "a(b)c (( )) ) (",
    };
    for (size_t i = 0; i < sizeof odd / sizeof *odd; i++)
        CHECK(built_equals_printed(odd[i]));
    dyad_error err;
    dyad_reader *r = dyad_reader_open("tests/dev/dev.jsonl", NULL, &err);
    CHECK(r != NULL);
    dyad_doc *doc;
    int got, n = 0;
    while (r && (got = dyad_reader_next(r, &doc, &err)) != 0) {
        if (got < 0)
            continue;
        for (size_t k = 0; k < doc->n_sent; k++, n++)
            CHECK(built_equals_printed(doc->sent[k].tokens));
        dyad_doc_free(doc);
    }
    if (r)
        dyad_reader_close(r);
    CHECK(n >= 200);
}

int main(void)
{
    arena_init(&A, 0);
    RUN(parses_simple_tree);
    RUN(rejects_unbalanced_and_empty);
    RUN(deep_tree_is_refused_not_crashed);
    RUN(plist_marks_entities_compounds_and_verbs);
    RUN(plist_drops_terminal_comma_clause);
    RUN(plist_adjective_member_of_compound);
    RUN(plist_keeps_the_rest_of_a_list);
    RUN(plist_pp_inside_clause_keeps_head);
    RUN(shallow_tree_built_equals_printed);
    arena_free(&A);
    TEST_MAIN_END;
}
