/* test_coder.c -- coding trees with small hand-written dictionaries. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dyad.h"
#include "test.h"

static char tmpdir[] = "/tmp/dyad-test-coder-XXXXXX";
static dyad_dict *D;
static dyad_coder *C;
static dyad_event_list L;

static void write_file(const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    FILE *f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
}

static void quiet(void *ud, const char *f, long l, const char *m)
{
    (void)ud; (void)f; (void)l; (void)m;
}

static void setup(void)
{
    write_file("t.actors.txt",
        "ARNOR [ARN]\nGONDOR [GON]\nOSGILIATH [OSG]\nMORDOR [MOR]\nORCS [IMGORC]\nRIVENDELL [ARN]\n"
        "FARAMIR [GONGOV 20000101-20101231] [GONELI]\nARAGORN [ARNGOV 19000101-20991231]\nMORDOR_CARTEL [MORCRM]\nARNORIAN [ARN]\n+ARNORIANS\nRANGERS [GONREB]\n");
    write_file("t.agents.txt", "SOLDIER [~MIL]\nPRESIDENT [~GOV]\nMISSILE [~MIL]\n"
                              "GUNMAN {GUNMEN} [~REB]\nDEMONSTRATOR [~CVL]\n"
                              "PRISONER_OF_WAR {PRISONERS_OF_WAR} [~MIL]\nREPORTER [~MED]\n"
                              "JET [~MIL]\nOPPOSITION [~OPP]\nSENATOR [~LEG]\n");
    write_file("t.verbs.txt",
        "--- RESTORE [064] ---\nRESTORE\n- * FULL_TIES [0641]\n\n"
        "--- ATTACK [190] ---\nATTACK\n\n"
        "--- KILL [190] ---\nKILL\n\n"
        "--- RELEASE [0841] ---\nRELEASE\n- * + [0841]\n\n"
        "--- WARN [012] ---\nWARN\n\n"
        "--- PATROL [062] ---\nPATROL {PATROLLED}\n\n"
        "--- DEPLOY [154] ---\nDEPLOY\n- * IN + [154]\n\n"
        "--- ASSASSINATE [186] ---\nASSASSINATE\n- * LEADER OF + [186]\n\n"
        "--- MARCH [141] ---\nMARCH\n- * OUTSIDE + [141]\n\n"
        "--- EXTRADITE [063] ---\nEXTRADITE\n- * TO + [063]\n\n"
        "--- ALERT [152] ---\nALERT\n\n"
        "--- CURFEW [1723] ---\nIMPOSE_CURFEW {IMPOSED_CURFEW}\n\n"
        "--- LIFT [0814] ---\nLIFT\n\n"
        "--- FIRE [---] ---\nFIRE\n- * ON + [193]\n- * DRILLS [150]\n- * DRILLS WITH + [062]\n\n"
        "--- VISIT [042] ---\nVISIT\n\n"
        "--- SUSPEND [---] ---\nSUSPEND\n- SANCTIONS * [085]\n\n"
        "--- MEET [040:040] ---\nMEET {MET}\n\n"
        "--- SAY [---] ---\nSAY {SAID}\n- * + WILL ATTACK [138]\n\n"
        "--- FREE [066] ---\nFREE\n- + * FROM $ [066]\n\n"
        "--- RECEIVE [043] ---\nRECEIVE\n- * AID FROM $ [070]\n\n"
        "--- GREET [043] ---\nGREET\n- * + [043]\n\n"
        "--- SEND [070] ---\nSEND {SENT}\n\n"
        "--- HAND_OVER [---] ---\nHAND_OVER\n- * TO + [063]\n\n"
        "--- BROKER [045] ---\nBROKER\n\n"
        "--- DEPORT [174] ---\nDEPORT\n\n"
        "--- EXPEL [174] ---\nEXPEL {EXPELLED}\n- * + [174]\n- * SOLDIERS [166]\n\n"
        "--- RAISE_ALERT [150] ---\nRAISE_ALERT\n\n"
        "--- DEMONSTRATE [141] ---\nTAKE_TO_THE_STREETS {TOOK_TO_THE_STREETS}\n- * AGAINST + [141]\n\n"
        "--- DENY [016] ---\nDENY {DENIED}\n\n"
        "--- COMMENT [010] ---\nCOMMENT\n\n"
        "--- ACCUSE [112] ---\nACCUSE\n\n"
        "--- DISCUSS [041] ---\nDISCUSS\n");
    write_file("t.discards.txt", "FOOTBALL\n");
    write_file("t.places.txt", "MINAS_TIRITH [GON] 10.5 20.25\nBAD PLACE LINE\n"
                               "RIVENDELL [ARN] 1.0 2.0\n");
    write_file("t.nouns.txt",
        "--- VISIT [042] ---\nVISIT\n- * OF $ TO + [042]\n\n"
        "--- BOMBING [183] ---\nBOMBING\n\n"
        "--- WAR [190] ---\nWAR\n\n"
        "--- SANCTION [163] ---\nSANCTION\n- * ON + [163]\n");
    D = dyad_dict_new();
    dyad_dict_set_warn(D, quiet, NULL);
    dyad_error err;
    if (dyad_dict_load_dir(D, tmpdir, &err) != DYAD_OK) {
        fprintf(stderr, "%s\n", err.msg);
        exit(1);
    }
    C = dyad_coder_new(D, NULL);
}

static int code(const char *tree, const char *date)
{
    dyad_event_list_clear(&L);
    dyad_error err = { 0 };
    return dyad_code_tree(C, tree, date, &L, &err);
}

static int has(const char *src, const char *tgt, const char *ev)
{
    for (size_t i = 0; i < L.n; i++)
        if (!strcmp(L.v[i].source, src) && !strcmp(L.v[i].target, tgt) &&
            !strcmp(L.v[i].code, ev))
            return 1;
    return 0;
}

static void simple_verb(void)
{
    CHECK_INT(code("(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)) "
                   "(PP (IN with) (NP (NNP Gondor)))) (. .)))", "20000101"), 0);
    CHECK_INT(L.n, 1);
    CHECK(has("ARN", "GON", "064"));
    CHECK_STR(L.v[0].trigger, "RESTORED");
    CHECK_INT(L.v[0].quad, 2);
}

static void pattern_with_adjacent_words(void)
{
    code("(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (JJ full) (NNS ties)) "
         "(PP (IN with) (NP (NNP Gondor)))) (. .)))", "20000101");
    CHECK(has("ARN", "GON", "0641"));
    code("(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (JJ full) (JJ old) (NNS ties)) "
         "(PP (IN with) (NP (NNP Gondor)))) (. .)))", "20000101");
    CHECK(has("ARN", "GON", "064"));          /* FULL_TIES needs adjacency */
}

static void compound_subject_and_agents(void)
{
    code("(ROOT (S (NP (NNP Arnor) (CC and) (NNP Osgiliath)) (VP (VBD attacked) "
         "(NP (NNP Gondor) (NNS soldiers))) (. .)))", "20000101");
    CHECK_INT(L.n, 2);
    CHECK(has("ARN", "GONMIL", "190"));
    CHECK(has("OSG", "GONMIL", "190"));
}

static void paired_code_and_dates(void)
{
    code("(ROOT (S (NP (NNP Faramir)) (VP (VBD met) (NP (NNP Arnor))) (. .)))",
         "20050101");
    CHECK(has("GONGOV", "ARN", "040"));
    CHECK(has("ARN", "GONGOV", "040"));
    code("(ROOT (S (NP (NNP Faramir)) (VP (VBD met) (NP (NNP Arnor))) (. .)))",
         "1995-01-01");
    CHECK(has("GONELI", "ARN", "040"));
}

static void passive_swaps_actors(void)
{
    code("(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN attacked) "
         "(PP (IN by) (NP (NNP Mordor))))) (. .)))", "20000101");
    CHECK_INT(L.n, 1);
    CHECK(has("MOR", "GON", "190"));
}

static void pattern_slots_bind_actors(void)
{
    code("(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (SBAR (S (NP (NNP Gondor)) "
         "(VP (MD will) (VP (VB attack)))))) (. .)))", "20000101");
    CHECK(has("ARN", "GON", "138"));
    code("(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN freed) "
         "(PP (IN from) (NP (NNP Mordor))))) (. .)))", "20000101");
    CHECK(has("MOR", "GON", "066"));
    /* a source after the verb makes the subject the target */
    code("(ROOT (S (NP (NNP Gondor)) (VP (VBD received) (NP (NN aid)) "
         "(PP (IN from) (NP (NNP Arnor)))) (. .)))", "20000101");
    CHECK(has("ARN", "GON", "070"));
    CHECK_INT(L.n, 1);
}

/* Roles dyad gives when no pattern slot binds an actor: each case is a tree
 * and every event it must give, "SOURCE TARGET CODE" separated by ';' (the
 * count must match too; "" = no event). */
static const struct {
    const char *why, *tree, *want;
} role_cases[] = {
    { "a short main clause after a fronted phrase's comma is not cut",
      "(ROOT (S (PP (IN In) (NP (CD 1994))) (, ,) (NP (NNP Gondor)) (VP (VBD attacked) "
      "(NP (NNP Arnor))) (. .)))",
      "GON ARN 190" },
    { "... nor after a scene set by ADJP + PP (\"Last year ,\" as link-grammar gives it)",
      "(ROOT (S (ADJP (JJ Last)) (PP (IN year)) (, ,) (NP (NNP Gondor)) (VP (VBD attacked) "
      "(NP (NNP Arnor))) (. .)))",
      "GON ARN 190" },
    { "... nor after a fronted participle (\"Speaking in Rivendell ,\")",
      "(ROOT (S (VP (VBG Speaking) (PP (IN in) (NP (NNP Rivendell)))) (, ,) (NP (NNP Gondor)) "
      "(VP (VBD attacked) (NP (NNP Arnor))) (. .)))",
      "GON ARN 190" },
    { "a perfect's participle followed by BY is active (\"has investigated killings by X\")",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBZ has) (VP (VBN attacked) (NP (NNP Arnor)) "
      "(PP (IN by) (NP (NNP Mordor))))) (. .)))",
      "GON ARN 190" },
    { "one role: of two role nouns the last (\"soldier reporters\" are reporters)",
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor) (NN soldier) "
      "(NNS reporters))) (. .)))",
      "ARN GONMED 190" },
    { "an event noun in a verb's AGAINST phrase is its topic, no event of its own",
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Mordor)) (PP (IN against) "
      "(NP (NP (NNP Gondor) (POS 's)) (NN bombing) (PP (IN of) (NP (NNP Osgiliath)))))) (. .)))",
      "ARN MOR 190" },
    { "... but in a WITH phrase it stands apart",
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Mordor)) (PP (IN with) "
      "(NP (NP (NNP Gondor) (POS 's)) (NN bombing) (PP (IN of) (NP (NNP Osgiliath)))))) (. .)))",
      "ARN MOR 190; GON OSG 183" },
    { "a reciprocal passive with no actor for subject is its compound agent's, both ways",
      "(ROOT (S (NP (DT A) (NN plan)) (VP (VBD was) (VP (VBN discussed) (PP (IN by) "
      "(NP (NNP Arnor) (CC and) (NNP Gondor))))) (. .)))",
      "ARN GON 041; GON ARN 041" },
    { "people after AT are aimed at, past an unknown thing (\"fired ammunition at protesters\")",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD attacked) (NP (NN ammunition)) (PP (IN at) "
      "(NP (NNP Arnorian) (NNS demonstrators)))) (. .)))",
      "GON ARNCVL 190" },
    { "... but after AT, a named actor with no role is a place",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD attacked) (NP (NNP Mordor)) (PP (IN at) "
      "(NP (NNP Osgiliath)))) (. .)))",
      "GON MOR 190" },
    { "a restriction with no target concerns the country where it is imposed",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD imposed) (NP (DT a) (NN curfew)) (PP (IN across) "
      "(NP (NNP Arnor)))) (. .)))",
      "GON ARN 1723" },
    { "a WHERE clause under a coded verb is an event of its own",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD visited) (NP (NNP Arnor)) (, ,) (SBAR (WHADVP "
      "(WRB where)) (S (NP (NNP Faramir)) (VP (VBD attacked) (NP (NNP Mordor)) (PP (IN with) "
      "(NP (NNS rockets) (CC and) (JJ heavy) (NN artillery))) (PP (IN at) (NP (NN dawn) "
      "(NN yesterday))))))) (. .)))",
      "GON ARN 042; GONGOV MOR 190" },
    { "HIS in a fronted phrase points ahead to the subject after the comma",
      "(ROOT (S (PP (IN During) (NP (NP (PRP$ his) (NN visit)) (PP (TO to) (NP (NNP Mordor))))) "
      "(, ,) (NP (NNP Faramir)) (VP (VBD met) (NP (NNP Aragorn))) (. .)))",
      "GONGOV ARNGOV 040; ARNGOV GONGOV 040; GONGOV MOR 042" },
    { "a pattern's gap stays out of \", hours after ...\" (a clause of its own)",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD assassinated) (NP (NNP Arnor) (NN leader)) (, ,) "
      "(NP (NNS hours)) (SBAR (IN after) (S (NP (PRP he)) (VP (VBD attended) (NP (NP (DT the) "
      "(NN state) (NN funeral)) (PP (IN of) (NP (NP (DT the) (NN king)) (PP (IN of) "
      "(NP (NNP Mordor)))))))))) (. .)))",
      "GON ARN 186" },
    { "force used on no one named is used on the place (\"struck sites across Iran\")",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD attacked) (NP (NNS villages)) (PP (IN across) "
      "(NP (NNP Arnor)))) (. .)))",
      "GON ARN 190" },
    { "... but not by an unknown agent (\"was attacked in Arnor\")",
      "(ROOT (S (NP (DT A) (NN village)) (VP (VBD was) (VP (VBN attacked) (PP (IN in) "
      "(NP (NNP Arnor))))) (. .)))",
      "" },
    { "a rally's aim names whom it protests, not where it was held",
      "(ROOT (S (NP (NNPS Arnorians)) (VP (VBD marched) (PP (IN outside) (NP (NNP Osgiliath))) "
      "(S (VP (TO to) (VP (VB protest) (PP (IN against) (NP (NNP Mordor))))))) (. .)))",
      "ARNCVL MOR 141" },
    { "... and protesting an act aims at its agent (\"against their detention by X\")",
      "(ROOT (S (NP (NNPS Arnorians)) (VP (VBD marched) (PP (IN outside) (NP (NNP Osgiliath))) "
      "(S (VP (TO to) (VP (VB protest) (PP (IN against) (NP (PRP$ their) (NN detention))) "
      "(PP (IN by) (NP (NNP Mordor))))))) (. .)))",
      "ARNCVL MOR 141" },
    { "a deployment \"in a show of force against X\" is aimed at X, not where it went",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD deployed) (NP (NNS soldiers)) (PP (IN in) "
      "(NP (NNP Osgiliath))) (PP (IN in) (NP (NP (DT a) (NN show)) (PP (IN of) (NP (NN force))))) "
      "(PP (IN against) (NP (NNP Mordor)))) (. .)))",
      "GON MOR 154" },
    { "\"the rebels\" are the armed group named last",
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (DT the) (NNPS Rangers)) (SBAR (IN after) "
      "(S (NP (DT the) (NNS rebels)) (VP (VBD attacked) (NP (NNP Mordor)))))) (. .)))",
      "ARN GONREB 190; GONREB MOR 190" },
    { "a border the place is near says no country for roles",
      "(ROOT (S (NP (NNPS Rangers)) (VP (VBD attacked) (NP (NNS demonstrators)) (PP (IN near) "
      "(NP (DT the) (JJ Arnorian) (NN border)))) (. .)))",
      "GONREB GONCVL 180" },
    { "a role's place gives way to no actor past \", many of whom ...\"",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD attacked) (NP (NNS demonstrators)) (PP (IN in) "
      "(NP (NNP Arnor))) (, ,) (SBAR (WHNP (JJ many) (PP (IN of) (WP whom))) (S (VP (VBD were) "
      "(RB later) (VP (VBN held) (PP (IN in) (NP (NNS prisons))) (PP (IN under) (NP (NNP Mordor))) "
      "(PP (IN for) (NP (DT a) (NN year)))))))) (. .)))",
      "GON ARNCVL 190" },
    { "a noun the nouns dictionary lacks codes as the verb WordNet derives it from",
      "(ROOT (S (NP (NP (NP (NNP Gondor) (POS 's)) (NN deportation)) (PP (IN of) "
      "(NP (NNPS Arnorians)))) (VP (VBD surprised) (NP (NNP Mordor))) (. .)))",
      "GON ARNCVL 174" },
    { "a slot that caught the place gives way to the object that names an actor",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD deployed) (NP (NNP Mordor)) (PP (IN in) "
      "(NP (NNP Osgiliath)))) (. .)))",
      "GON MOR 154" },
    { "a show of force aimed at no one is aimed at where it is, before its cause",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD fired) (NP (NNS drills)) (PP (IN near) "
      "(NP (NNP Arnor))) (SBAR (IN after) (S (NP (NNP Faramir)) (VP (VBD met) "
      "(NP (NNP Mordor)))))) (. .)))",
      "GON ARN 150; GONGOV MOR 040; MOR GONGOV 040" },
    { "role words before an event noun say how, not who (\"a missile bombing on Arnor\")",
      "(ROOT (S (NP (NNP Mordor)) (VP (VBD fired) (PP (IN on) (NP (DT a) (NN missile) "
      "(NN bombing))) (PP (IN on) (NP (NNP Arnor)))) (. .)))",
      "MOR ARN 193" },
    { "HIS own thing BY another concerns that other (\"against his detention by X\")",
      "(ROOT (S (NP (NNP Faramir)) (VP (VBD took) (PP (TO to) (NP (DT the) (NNS streets))) "
      "(PP (IN against) (NP (PRP$ his) (NN detention))) (PP (IN by) (NP (NNP Mordor)))) "
      "(. .)))",
      "GONGOV MOR 141" },
    { "a one-word person match going on into another name is someone else",
      "(ROOT (S (NP (NNP Faramir) (NNP Ahmad) (NNP Barakat)) (VP (VBD attacked) "
      "(NP (NNP Arnor))) (. .)))",
      "" },
    { "... and so is one after a given name no dictionary or WordNet knows",
      "(ROOT (S (NP (NNP Zorblatt) (NNP Aragorn)) (VP (VBD attacked) "
      "(NP (NNP Gondor))) (. .)))",
      "" },
    { "... but not after a word of English (\"the late X\")",
      "(ROOT (S (NP (DT The) (JJ late) (NNP Aragorn)) (VP (VBD attacked) "
      "(NP (NNP Gondor))) (. .)))",
      "ARNGOV GON 190" },
    { "of a person's roles the political side wins (\"opposition senator\")",
      "(ROOT (S (NP (NNP Gondor) (NN opposition) (NN senator)) (VP (VBD attacked) "
      "(NP (NNP Arnor))) (. .)))",
      "GONOPP ARN 190" },
    { "a thing \"Arnorian-flagged\" (-owned, -led) is that state's",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD attacked) (NP (DT an) (JJ Arnorian-flagged) "
      "(NN ship))) (. .)))",
      "GON ARN 190" },
    { "a target is no actor of a participle clause after a comma (\", sailing near X\")",
      "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBD patrolled) (NP (NNS rivers)) (, ,) "
      "(S (VP (VBG sailing) (PP (IN within) (NP (NP (NN sight)) (PP (IN of) (NP (DT the) "
      "(NNP Mordor) (NN coast))))) (PP (IN for) (NP (DT the) (JJ first) (NN time))) (PP (IN in) "
      "(NP (DT a) (NN decade)))))) (. .)))",
      "ARN GON 062; GON ARN 062" },
    { "... and with a state named, the state did it (\"an Arnorian missile bombing\")",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD attacked) (NP (DT an) (JJ Arnorian) (NN missile) "
      "(NN bombing))) (. .)))",
      "GON ARN 190" },
    { "a passive show of force by its own forces is aimed at whom the clause names",
      "(ROOT (S (NP (NNS Soldiers)) (VP (VBD were) (VP (VBN deployed) (PP (IN along) (NP (DT the) "
      "(NN border))) (PP (IN with) (NP (NNP Arnor))) (PP (IN by) (NP (NNP Gondor))))) (. .)))",
      "GON ARN 154" },
    { "a name's apposition with a title names the organisation the person acts for",
      "(ROOT (S (NP (NNP Faramir)) (, ,) (NP (NP (DT the) (NN chairman)) (PP (IN of) "
      "(NP (DT the) (NNPS Orcs)))) (, ,) (VP (VBD attacked) (NP (NNP Arnor)) (PP (IN with) "
      "(NP (NNS rockets) (CC and) (JJ heavy) (NN artillery))) (PP (IN at) (NP (NN dawn) "
      "(NN yesterday))) (PP (IN near) (NP (DT the) (JJ old) (JJ northern) (NN river) "
      "(NN crossing)))) (. .)))",
      "IMGORC ARN 190" },
    { "a warning \", saying\" that retaliation will come threatens force (138)",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD warned) (NP (NNP Arnor)) (, ,) (S (VP (VBG saying) "
      "(SBAR (S (NP (DT any) (NN attack)) (VP (MD would) (VP (VB trigger) (NP (JJ immediate) "
      "(NN retaliation)) (PP (IN against) (NP (NNS targets))) (PP (IN across) (NP (DT the) "
      "(NN region)))))))))) (. .)))",
      "GON ARN 138" },
    { "modifiers before a compound's last member share its role noun (\"Senior U.S. and Russian officials\")",
      "(ROOT (S (NP (NP (JJ Senior) (NNP Gondor)) (CC and) (NP (JJ Arnorian) (NNS soldiers))) "
      "(VP (VBD attacked) (NP (NNP Mordor))) (. .)))",
      "GONMIL MOR 190; ARNMIL MOR 190" },
    { "a release of nothing named releases nothing to the place it is in",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD released) (NP (DT a) (NN report)) (PP (IN in) "
      "(NP (NNP Osgiliath)))) (. .)))",
      "" },
    { "an agentless passive is coded for no one (\"could be returned to Turkish soil\")",
      "(ROOT (S (NP (NNPS Arnorians)) (VP (MD could) (VP (VB be) (VP (VBN extradited) "
      "(PP (TO to) (NP (NNP Gondor)))))) (. .)))",
      "" },
    { "... but an attribution after a clause still is",
      "(ROOT (S (S (NP (NNP Gondor)) (VP (VBD attacked) (NP (NNP Arnor)))) (, ,) "
      "(NP (NNP Mordor)) (VP (VBD said)) (. .)))",
      "GON ARN 190" },
    { "the source's own, named by a possessive, is not a target",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD attacked) (NP (PRP$ its) (NNS soldiers))) (. .)))",
      "" },
    { "another's are",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD attacked) (NP (NNP Arnor) (NNS soldiers))) (. .)))",
      "GON ARNMIL 190" },
    { "... and WITH names another (\"along its border with Arnor\")",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD attacked) (PP (IN along) (NP (PRP$ its) "
      "(NN border))) (PP (IN with) (NP (NNP Arnor)))) (. .)))",
      "GON ARN 190" },
    { "a compound's own (\"their soldiers\") leaves the members to each other",
      "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBD met) (NP (PRP$ their) "
      "(NNS soldiers))) (. .)))",
      "ARN GON 040; GON ARN 040" },
    { "an unnamed phrase with examples stands for them",
      "(ROOT (S (NP (NP (JJ Several) (NNS countries)) (, ,) (PP (VBG including) "
      "(NP (NP (NNP Arnor)) (CC and) (NP (NNP Osgiliath)))) (, ,)) "
      "(VP (VBD attacked) (NP (NNP Gondor))) (. .)))",
      "ARN GON 190; OSG GON 190" },
    { "... also as a slot's actor",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD received) (NP (NN aid)) (PP (IN from) "
      "(NP (NP (JJ many) (NNS countries)) (, ,) (PP (VBG including) (NP (NNP Arnor)))))) "
      "(. .)))",
      "ARN GON 070" },
    { "... and as the target, at the end of the sentence",
      "(ROOT (S (NP (NNP Mordor)) (VP (VBD attacked) (NP (NP (JJ several) (NNS lands)) "
      "(, ,) (PP (VBG including) (NP (NP (NNP Gondor)) (CC and) (NP (NNP Arnor)))))) "
      "(. .)))",
      "MOR GON 190; MOR ARN 190" },
    { "a named source is preferred to a role with no actor nearer the verb",
      "(ROOT (S (NP (NP (ADJP (JJ Arnor) (CC and) (JJ Osgiliath)) (NNS soldiers)) "
      "(CC and) (NP (NNS soldiers))) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))",
      "ARNMIL GON 190; OSGMIL GON 190" },
    { "a role with no country is the source's own when it is acted on",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD attacked) (NP (NNS soldiers))) (. .)))",
      "GON GONMIL 190" },
    { "... not when it is what was sent",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD sent) (NP (NNS soldiers))) (. .)))",
      "" },
    { "attackers named by role are of the state whose officials they hit",
      "(ROOT (S (NP (NNS Gunmen)) (VP (VBD attacked) (NP (NNP Gondor) (NN president))) (. .)))",
      "GONREB GONGOV 180" },
    { "... not of the troops they hit (often abroad)",
      "(ROOT (S (NP (NNS Gunmen)) (VP (VBD attacked) (NP (NNP Gondor) (NNS soldiers))) (. .)))",
      "" },
    { "roles with no country take that of a country named as the place",
      "(ROOT (S (NP (NNS Gunmen)) (VP (VBD attacked) (NP (NNS soldiers)) (PP (IN in) "
      "(NP (NNP Gondor)))) (. .)))",
      "GONREB GONMIL 190" },
    { "an act done to protest is a (violent) protest",
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)) (S (VP (TO to) "
      "(VP (VB protest) (NP (NNS taxes)))))) (. .)))",
      "ARN GON 145" },
    { "an act \"in protest against X\" protests X, not whom it hit",
      "(ROOT (S (NP (NNS Orcs)) (VP (VBD attacked) (NP (NNP Gondor) (NNS soldiers)) (PP (IN in) "
      "(NP (NN protest))) (PP (IN against) (NP (NNP Arnor)))) (. .)))",
      "IMGORC ARN 145" },
    { "... but protesting no one named leaves the target to the verb",
      "(ROOT (S (NP (NNS Orcs)) (VP (VBD attacked) (NP (NNP Gondor) (NNS soldiers)) (PP (IN in) "
      "(NP (NN protest))) (PP (IN against) (NP (NNS taxes)))) (. .)))",
      "IMGORC GONMIL 145" },
    { "protesters named by role are of the state whose officials they protest",
      "(ROOT (S (NP (NNS Demonstrators)) (VP (VBD marched) (PP (IN against) "
      "(NP (NNP Gondor) (NN president)))) (. .)))",
      "GONCVL GONGOV 141" },
    { "members of an organisation whose code has a role are the organisation",
      "(ROOT (S (NP (NP (NNS Gunmen)) (PP (IN from) (NP (DT the) (NNP Mordor) "
      "(NNP Cartel)))) (VP (VBD attacked) (NP (NNP Gondor) (NNS soldiers))) (. .)))",
      "MORCRM GONMIL 190" },
    { "a counted demonym is people (\"one Canadian\")",
      "(ROOT (S (NP (NNS Orcs)) (VP (VBD killed) (NP (CD one) (NNP Arnorian))) (. .)))",
      "IMGORC ARNCVL 1823" },
    { "a force of nature is no actor, even where it names a place",
      "(ROOT (S (NP (NP (NNS Floods)) (PP (IN in) (NP (NNP Gondor)))) (VP (VBD attacked) "
      "(NP (NNP Arnor))) (. .)))",
      "" },
    { "what happens ALONG a border happens in a place",
      "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBD met) (PP (IN along) "
      "(NP (DT the) (NNP Mordor) (NN border)))) (. .)))",
      "ARN GON 040; GON ARN 040" },
    { "a bare count stands for what it counts (\"thousands of Arnorians\")",
      "(ROOT (S (NP (NP (NNS Thousands)) (PP (IN of) (NP (NNS Arnorians)))) "
      "(VP (VBD attacked) (NP (NNP Gondor))) (. .)))",
      "ARNCVL GON 190" },
    { "... also when what it counts has a clause of its own",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) "
      "(NP (NP (NNS thousands)) (PP (IN of) (NP (NP (NNS Arnorians)) (VP (VBG demanding) "
      "(NP (NN bread))))))))) (. .)))",
      "ARNCVL GON 190" },
    { "in the passive a slot bound before BY is the target, the agent the source",
      "(ROOT (S (NP (NNP Bolg)) (VP (VBD was) (VP (VBN extradited) (PP (TO to) (NP (NNP Arnor))) "
      "(PP (IN by) (NP (NNP Gondor))))) (. .)))",
      "GON ARN 063" },
    { "... and so is a destination after the agent (\"by Gondor to Arnor\")",
      "(ROOT (S (NP (NNP Bolg)) (VP (VBD was) (VP (VBN extradited) (PP (IN by) (NP (NNP Gondor))) "
      "(PP (TO to) (NP (NNP Arnor))))) (. .)))",
      "GON ARN 063" },
    { "an act that would have been done was not (\"would have attacked\")",
      "(ROOT (S (NP (NNP Gondor)) (VP (MD would) (VP (VB have) (VP (VBN attacked) "
      "(NP (NNP Arnor))))) (. .)))",
      "" },
    { "a show of force near a named actor is aimed at it",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD alerted) (NP (PRP$ its) (NNS soldiers)) (PP (IN near) "
      "(NP (NNP Mordor)))) (. .)))",
      "GON MOR 152" },
    { "a destination after an aside is the verb's, not a comma clause to cut",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD extradited) (NP (NP (NNP Bolg)) (, ,) (VP (VBN known) "
      "(PP (IN as) (NP (DT the) (NNP Butcher)))) (, ,)) (PP (TO to) (NP (NNP Arnor)))) (. .)))",
      "GON ARN 063" },
    { "a state's own group named right after it is the group (\"Yemen's Houthi rebels\")",
      "(ROOT (S (NP (NP (NNP Gondor) (POS 's)) (NNPS Rangers)) (VP (VBD attacked) "
      "(NP (NNP Arnor))) (. .)))",
      "GONREB ARN 190" },
    { "... and a concession made across a country concerns it",
      "(ROOT (S (NP (NNP Gondor) (NN president)) (VP (VBD lifted) (NP (DT the) (NN curfew)) "
      "(PP (IN across) (NP (NNP Arnor)))) (. .)))",
      "GONGOV ARN 0814" },
    { "entities of a clause opened after the verb are that clause's, not the target",
      "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBD met) (NP (NN today)) "
      "(SBAR (IN after) (S (NP (NNP Mordor)) (VP (VBD attacked))))) (. .)))",
      "ARN GON 040; GON ARN 040" },
    { "\"their\" after a compound is the compound's, and a place is no referent",
      "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBD met) (PP (IN in) (NP (NNP Mordor))) "
      "(S (VP (TO to) (VP (VB end) (NP (PRP$ their) (NN dispute)))))) (. .)))",
      "ARN GON 040; GON ARN 040" },
    { "an event noun naming neither side is no event between later actors",
      "(ROOT (S (NP (DT The) (NN bombing)) (VP (VBD shocked) (NP (NP (NNP Arnor)) (CC and) "
      "(NP (NNP Gondor)))) (. .)))",
      "" },
    { "a protest in a clause after the verb is that clause's aim, not the verb's",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD attacked) (NP (NNP Arnor)) (SBAR (IN after) "
      "(S (NP (NNS Orcs)) (VP (VBD marched) (PP (IN in) (NP (NN protest))) (PP (IN against) "
      "(NP (NNP Mordor))))))) (. .)))",
      "GON ARN 190; IMGORC MOR 141" },
    { "burning their own things in protest against X protests X",
      "(ROOT (S (NP (NNS Orcs)) (VP (VBD attacked) (NP (PRP$ their) (NNS soldiers)) (PP (IN in) "
      "(NP (NN protest))) (PP (IN against) (NP (NNP Arnor)))) (. .)))",
      "IMGORC ARN 145" },
    { "a passive whose subject is a thing is done by the agent after BY to the one after TO",
      "(ROOT (S (NP (NNS Tents) (CC and) (NNS blankets)) (VP (VBD were) (VP (VBN sent) "
      "(PP (TO to) (NP (NNP Gondor))) (PP (IN by) (NP (NNP Arnor))))) (. .)))",
      "ARN GON 070" },
    { "... not to a TO of another clause",
      "(ROOT (S (NP (NNS Tents)) (VP (VBD were) (VP (VBN sent) (PP (IN by) (NP (NNP Arnor))) "
      "(SBAR (IN as) (S (NP (NNP Gondor)) (VP (VBD turned) (PP (TO to) (NP (NNP Mordor)))))))) "
      "(. .)))",
      "" },
    { "\", and\" with a clause of its own is a second main clause, not a comma clause to cut",
      "(ROOT (S (S (NP (NNP Gondor)) (VP (VBD attacked) (NP (NNP Arnor)))) (, ,) (CC and) "
      "(S (NP (NNP Mordor)) (VP (VBD attacked) (NP (NNP Gondor)))) (. .)))",
      "GON ARN 190; MOR GON 190" },
    { "aid sent to a border is a mobilisation against the country beyond it (154)",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD sent) (NP (NNS soldiers)) (PP (TO to) "
      "(NP (DT the) (NNP Mordor) (NN border)))) (. .)))",
      "GON MOR 154" },
    { "an act in a show of force against X demonstrates force at X",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD sent) (NP (NNS soldiers)) (PP (TO to) (NP (NNP Osgiliath))) "
      "(PP (IN in) (NP (NP (DT a) (NN show)) (PP (IN of) (NP (NN force))))) (PP (IN against) "
      "(NP (NNP Mordor)))) (. .)))",
      "GON MOR 150" },
    { "the source is no place it passed through (\"Typhoon X tore through Y, killing\")",
      "(ROOT (S (NP (NNP Typhoon) (NNP Bolg)) (VP (VBD tore) (PP (IN through) (NP (NNP Gondor))) "
      "(, ,) (S (VP (VBG killing) (NP (NP (JJR more) (IN than) (CD 200) (NNS Arnorians)) (CC and) "
      "(NP (NP (JJ many) (JJ other) (NNS people)) (PP (IN in) (NP (DT the) (JJ old) (NN capital) "
      "(NN city)))))))) (. .)))",
      "" },
    { "a pattern's gap stays in its clause (no \"on +\" across \", sending\")",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD fired) (NP (NNS drills)) (PP (IN on) (NP (NNP Tuesday))) "
      "(, ,) (S (VP (VBG sending) (NP (NP (JJ many) (JJ new) (NNS soldiers)) (CC and) (NP (JJ old) "
      "(NNS ships))) (PP (IN near) (NP (DT the) (JJ northern) (NN coast))) (PP (IN of) "
      "(NP (NNP Arnor)))))) (. .)))",
      "GON ARN 150" },
    { "a cooperative act in the future tense is an intention (03)",
      "(ROOT (S (NP (NNP Gondor)) (VP (MD will) (VP (VB send) (NP (NN aid)) (PP (TO to) "
      "(NP (NNP Arnor))))) (. .)))",
      "GON ARN 033" },
    { "... and after \"ready to\"",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (ADJP (JJ ready) (S (VP (TO to) (VP (VB send) "
      "(NP (NN aid)) (PP (TO to) (NP (NNP Arnor)))))))) (. .)))",
      "GON ARN 033" },
    { "... also when it is reciprocal",
      "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (MD will) (VP (VB meet) "
      "(NP (NN tomorrow)))) (. .)))",
      "ARN GON 036; GON ARN 036" },
    { "in the passive the agent's role does not take the subject's country",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN visited) (PP (IN by) (NP (DT the) "
      "(NN president))))) (. .)))",
      "" },
    { "a compound subject's own member as target is the compound with itself",
      "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBD attacked) (PP (IN over) "
      "(NP (NP (NNP Gondor) (POS 's)) (NN border)))) (. .)))",
      "ARN GON 190; GON ARN 190" },
    { "the source's own thing ON someone concerns that one (\"lifted its ban on X\")",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD lifted) (NP (PRP$ its) (NN ban)) (PP (IN on) "
      "(NP (NNP Arnor)))) (. .)))",
      "GON ARN 0814" },
    { "a pronoun right after an entity opens a relative clause (\"the curfew he imposed\")",
      "(ROOT (S (NP (NNP Gondor) (NN president)) (VP (VBD lifted) (NP (DT the) (NN curfew)) "
      "(SBAR (S (NP (PRP he)) (VP (VBD had) (VP (VBN imposed) (PP (IN across) "
      "(NP (NNP Arnor)))))))) (. .)))",
      "GONGOV ARN 0814" },
    { "what a verb of yielding undoes is no event of its own",
      "(ROOT (S (NP (NP (NNS Sanctions)) (PP (IN on) (NP (NNP Arnor)))) (VP (VBD were) (VP (VBN suspended) "
      "(PP (IN by) (NP (NNP Gondor))))) (. .)))",
      "GON ARN 085" },
    { "a weapon of no one named is what was used, not a target",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD attacked) (NP (DT a) (NN missile))) (. .)))",
      "" },
    { "a bare slot after the verb binds an actor",
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD greeted) (NP (NNP Gondor))) (. .)))",
      "ARN GON 043" },
    { "... but not the place it happened in",
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD greeted) (PP (IN in) (NP (NNP Osgiliath)))) (. .)))",
      "" },
    { "a killing of the unarmed by anyone but an army is an assault",
      "(ROOT (S (NP (NNS Orcs)) (VP (VBD killed) (NP (NNP Gondor) (NN president))) (. .)))",
      "IMGORC GONGOV 1823" },
    { "... a state's army killing them is military force",
      "(ROOT (S (NP (NNP Gondor) (NNS soldiers)) (VP (VBD killed) (NP (NNP Arnor) "
      "(NN president))) (. .)))",
      "GONMIL ARNGOV 190" },
    { "... as is killing the armed",
      "(ROOT (S (NP (NNS Orcs)) (VP (VBD killed) (NP (NNP Gondor) (NNS soldiers))) (. .)))",
      "IMGORC GONMIL 190" },
    { "a suicide bomber's killing is a suicide bombing, whoever the victims",
      "(ROOT (S (NP (NP (DT A) (NN suicide) (NN bomber)) (PP (IN from) (NP (NNS Orcs)))) "
      "(VP (VBD killed) (NP (NNP Gondor) (NNS soldiers))) (. .)))",
      "IMGORC GONMIL 1831" },
    { "a phrasal verb's particle may follow its object (\"handed X over to\")",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD handed) (NP (DT the) (NNS orcs)) (PRT (RP over)) "
      "(PP (TO to) (NP (NNP Arnor)))) (. .)))",
      "GON ARN 063" },
    { "... but only right after the object",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD handed) (NP (DT the) (NNS orcs)) (PP (TO to) "
      "(NP (NNP Arnor))) (PRT (RP over))) (. .)))",
      "" },
    { "a participle describing an adjunct's noun is coded too, its agent no target of the verb",
      "(ROOT (S (NP (NP (NNP Gondor)) (CC and) (NP (NNP Mordor))) (VP (VBD met) (PP (IN in) "
      "(NP (NP (DT an) (NN exchange)) (VP (VBN brokered) (PP (IN by) (NP (NNP Arnor))))))) "
      "(. .)))",
      "GON MOR 040; MOR GON 040; ARN GON 045; ARN MOR 045" },
    { "... also when the agent's phrase is nested",
      "(ROOT (S (NP (NP (NNP Gondor)) (CC and) (NP (NNP Mordor))) (VP (VBD met) (PP (IN in) "
      "(NP (NP (DT an) (NN exchange)) (VP (VBN brokered) (PP (IN by) (NP (NP (NNP Arnor) (NN king)) "
      "(NP (NNP Aragorn)))))))) (. .)))",
      "GON MOR 040; MOR GON 040; ARN GON 045; ARN MOR 045" },
    { "a noun inside a role (\"prisoners of war\") is no event",
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD greeted) (NP (NP (NNP Gondor) (NNS prisoners)) "
      "(PP (IN of) (NP (NN war))))) (. .)))",
      "ARN GONMIL 043" },
    { "\"at least N\" counts the victims, it is no place",
      "(ROOT (S (NP (NNS Orcs)) (VP (VBD killed) (PP (IN at) (NP (JJS least) (CD 30) "
      "(NNP Gondor) (NNS demonstrators)))) (. .)))",
      "IMGORC GONCVL 1823" },
    { "killing a hundred or more unarmed people is a mass killing",
      "(ROOT (S (NP (NNS Orcs)) (VP (VBD killed) (PP (IN at) (NP (JJS least) (CD 300) "
      "(NNP Gondor) (NNS demonstrators)))) (. .)))",
      "IMGORC GONCVL 202" },
    { "... by an army too",
      "(ROOT (S (NP (NNP Gondor) (NNS soldiers)) (VP (VBD killed) (NP (QP (RB some) (CD 1,500)) "
      "(NNP Arnor) (NNS demonstrators))) (. .)))",
      "GONMIL ARNCVL 202" },
    { "... but not of soldiers, nor in a year's count",
      "(ROOT (S (NP (NNS Orcs)) (VP (VBD killed) (NP (CD 300) (NNP Gondor) (NNS soldiers)) "
      "(PP (IN in) (NP (CD 1995)))) (. .)))",
      "IMGORC GONMIL 190" },
    { "deporting people by the thousand is a mass expulsion",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD deported) (NP (NP (NNS thousands)) (PP (IN of) "
      "(NP (NNP Arnor) (NNS demonstrators))))) (. .)))",
      "GON ARNCVL 201" },
    { "a show of force aimed at no other is aimed at its stated cause",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD alerted) (NP (PRP$ its) (NNS soldiers)) "
      "(PP (IN after) (NP (NNP Mordor) (NNS attacks)))) (. .)))",
      "GON MOR 152" },
    { "the source's own thing TO another concerns that other",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD sent) (NP (PRP$ its) (NNS soldiers)) "
      "(PP (TO to) (NP (NNP Arnor)))) (. .)))",
      "GON ARN 070" },
    { "a pattern's first word is not sought past a comma that opens a clause",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD received) (NP (NNS orcs)) (, ,) (S (VP (VBG seeking) "
      "(NP (NN aid)) (PP (IN from) (NP (NNP Arnor))) (PP (IN for) (NP (NP (DT the) (JJ long) "
      "(NN winter)) (PP (IN in) (NP (DT the) (JJ northern) (NNS lands)))))))) (. .)))",
      "GON IMGORC 043" },
    { "... as does the source's own thing BY another",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD marched) (PP (IN against) (NP (PRP$ its) "
      "(NN treatment))) (PP (IN by) (NP (NNP Mordor)))) (. .)))",
      "GON MOR 141" },
    { "a one-word pattern naming the object's head beats \"- * +\", the target kept",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD expelled) (NP (CD six) (NNP Arnor) (NNS soldiers))) "
      "(. .)))",
      "GON ARNMIL 166" },
    { "a verb's last word may be its object's noun, after a possessive (\"raised its alert\")",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD raised) (NP (PRP$ its) (NN alert) (NN level)) "
      "(PP (IN near) (NP (NNP Arnor)))) (. .)))",
      "GON ARN 150" },
    { "... but not when the object names an actor",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD raised) (NP (NN alert) (NNP Arnor) (NNS soldiers))) "
      "(. .)))",
      "" },
    { "the border with X makes X no partner",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD fired) (NP (NNS drills)) (PP (IN near) (NP (NP (DT the) "
      "(NN border)) (PP (IN with) (NP (NNP Arnor)))))) (. .)))",
      "GON ARN 150" },
    { "... but drills with X do",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD fired) (NP (NNS drills)) (PP (IN with) (NP (NNP Arnor)))) "
      "(. .)))",
      "GON ARN 062" },
    { "a killing whose subject is a violent event noun was done by its means",
      "(ROOT (S (NP (DT An) (NNP Arnorian) (NN bombing)) (VP (VBD killed) (NP (NNP Gondor) "
      "(NNS soldiers))) (. .)))",
      "ARN GONMIL 183" },
    { "a nationality anywhere before a violent noun names who acted",
      "(ROOT (S (NP (DT An) (NNP Arnorian) (NN missile) (NN bombing)) (VP (VBD hit) "
      "(NP (NNP Gondor))) (. .)))",
      "ARNMIL GON 183" },
    { "a verb that made no event leaves its participle clause to be coded",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD restored) (NP (PRP$ its) (NN order)) (, ,) (S (VP (VBG attacking) "
      "(NP (NNP Arnor)) (PP (IN with) (NP (DT the) (JJ long) (NNS spears))) (PP (IN in) "
      "(NP (DT the) (JJ northern) (NNS lands)))))) (. .)))",
      "GON ARN 190" },
    { "a participle clause after a comma has its main verb's subject",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD slept) (PP (IN from) (NP (NNP Osgiliath))) (, ,) "
      "(S (VP (VBG attacking) (NP (NNP Arnor)) (PP (IN with) (NP (DT the) (JJ long) (NNS spears))) "
      "(PP (IN in) (NP (DT the) (JJ northern) (NNS lands)))))) (. .)))",
      "GON ARN 190" },
    { "a verb's last words may sit in an object naming only where (\"took to the streets of X\")",
      "(ROOT (S (NP (NNP Gondor) (NNS demonstrators)) (VP (VBD took) (PP (TO to) (NP (NP (DT the) "
      "(NNS streets)) (PP (IN of) (NP (NNP Osgiliath))))) (PP (IN against) (NP (NNP Mordor)))) "
      "(. .)))",
      "GONCVL MOR 141" },
    { "\", with X doing ...\" is an absolute phrase: X is no target",
      "(ROOT (S (NP (NP (NNP Gondor)) (CC and) (NP (NNP Arnor))) (VP (VBD met) (PP (IN in) "
      "(NP (NNP Osgiliath))) (, ,) (PP (IN with) (S (NP (NNP Mordor)) (VP (VBG watching) (NP (DT the) "
      "(JJ long) (NNS talks)) (PP (IN in) (NP (DT the) (JJ northern) (NNS lands))))))) (. .)))",
      "GON ARN 040; ARN GON 040" },
    { "denying a clause is aimed at no one but an accuser, and what is denied is no event",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD denied) (SBAR (IN that) (S (NP (PRP$ its) (NNS soldiers)) "
      "(VP (VBD attacked) (NP (NNP Arnor)))))) (. .)))",
      "" },
    { "... the accuser named as a claim's owner",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD denied) (SBAR (IN that) (S (NP (PRP$ its) (NNS soldiers)) "
      "(VP (VBD attacked) (NP (NNP Arnor))))) (, ,) (S (VP (VBG calling) (NP (NP (NNP Mordor) "
      "(POS 's)) (NNS claims)) (ADJP (JJ false) (PP (IN in) (NP (DT a) (JJ long) (NN statement) "
      "(NN today))))))) (. .)))",
      "GON MOR 016" },
    { "... and a claim denied outright is the claimant's",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD denied) (NP (NP (NNP Mordor) (POS 's)) (NN claim))) "
      "(. .)))",
      "GON MOR 016" },
    { "an event noun that would do something has not happened",
      "(ROOT (S (NP (NP (DT An) (NNP Arnorian) (NN bombing)) (PP (IN of) (NP (NNP Gondor)))) "
      "(VP (MD would) (VP (VB cost) (NP (NNS lives)))) (. .)))",
      "" },
    { "the press a statement is made to is no party to it",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD commented) (PP (TO to) (NP (NNS reporters)))) (. .)))",
      "" },
    { "a participle clause after a comma under a coded verb is coded when another act",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD attacked) (NP (NNP Arnor)) (, ,) (S (VP (VBG"
      " accusing) (NP (NNP Mordor)) (PP (IN of) (S (VP (VBG arming) (NP (NP (DT the) (J"
      "J northern) (NNS orcs)) (PP (IN in) (NP (DT the) (JJ long) (NN winter)))))))))) "
      "(. .)))",
      "GON ARN 190; GON MOR 112" },
    { "... but not when it tells the same act's toll",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD attacked) (NP (NNP Arnor)) (, ,) (S (VP (VBG"
      " killing) (NP (NNP Mordor) (NNS soldiers)) (PP (IN in) (NP (DT the) (JJ long) (N"
      "N winter) (PP (IN of) (NP (DT the) (JJ northern) (NNS lands)))))))) (. .)))",
      "GON ARN 190" },
    { "what a compound consults about is a topic: the members consult each other",
      "(ROOT (S (NP (NP (NNP Gondor)) (CC and) (NP (NNP Arnor))) (VP (VBD discussed) "
      "(NP (NNP Mordor) (NNS attacks))) (. .)))",
      "GON ARN 041; ARN GON 041" },
    { "a subordinate clause with its own subject is another event",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD attacked) (NP (NNP Arnor)) (SBAR (IN after) (S "
      "(NP (NNP Mordor)) (VP (VBD attacked) (NP (NNP Osgiliath)))))) (. .)))",
      "GON ARN 190; MOR OSG 190" },
    { "... whose source is in the clause",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD attacked) (NP (NNP Arnor)) (SBAR (IN after) (S "
      "(NP (DT a) (NN blast)) (VP (VBD attacked) (NP (NNP Osgiliath)))))) (. .)))",
      "GON ARN 190" },
    { "\"at least N\" counts also in a phrase with examples",
      "(ROOT (S (NP (NNS Orcs)) (VP (VBD killed) (PP (IN at) (NP (NP (JJS least) (CD 30) "
      "(NNP Gondor) (NNS demonstrators)) (, ,) (PP (VBG including) (NP (NNS children)))))) "
      "(. .)))",
      "IMGORC GONCVL 1823" },
    { "aircraft's force is aerial (195)",
      "(ROOT (S (NP (NNP Arnorian) (NNS jets)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))",
      "ARNMIL GON 195" },
    { "\"as a ...\" describes the object: no target in it",
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD attacked) (NP (DT the) (NN town)) "
      "(PP (IN as) (NP (NP (DT an) (NN ally)) (PP (IN of) (NP (NNP Mordor)))))) (. .)))",
      "" },
};

/* Do the events in L match want ("SRC TGT CODE; ...", see role_cases)? */
static int events_are(const char *want)
{
    char buf[256], *save = NULL;
    size_t n = 0;
    snprintf(buf, sizeof buf, "%s", want);
    for (char *e = strtok_r(buf, ";", &save); e; e = strtok_r(NULL, ";", &save)) {
        char src[16], tgt[16], ev[8];
        if (sscanf(e, "%15s %15s %7s", src, tgt, ev) != 3 || !has(src, tgt, ev))
            return 0;
        n++;
    }
    return L.n == n;
}

static void roles_when_no_slot_binds(void)
{
    for (size_t i = 0; i < sizeof role_cases / sizeof *role_cases; i++) {
        dyad_coder_reset_context(C);      /* each case a document of its own */
        code(role_cases[i].tree, "20000101");
        if (!events_are(role_cases[i].want)) {
            printf("  case: %s\n  got:", role_cases[i].why);
            for (size_t k = 0; k < L.n; k++)
                printf(" %s %s %s;", L.v[k].source, L.v[k].target, L.v[k].code);
            printf("\n");
        }
        CHECK(events_are(role_cases[i].want));
    }
}

static void discards_errors_and_no_events(void)
{
    CHECK_INT(code("(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NN football)) "
                   "(PP (IN with) (NP (NNP Gondor)))) (. .)))", "20000101"), 0);
    CHECK_INT(L.n, 0);
    CHECK_STR(dyad_coder_last_note(C), "sentencediscard");
    CHECK_INT(code("(ROOT (S (NP (NNP Arnor))", "20000101"), DYAD_EPARSE);
    CHECK_STR(dyad_coder_last_note(C), "bad_input_parse");
    CHECK_INT(code(NULL, "20000101"), DYAD_EPARSE);
    CHECK_INT(code("(ROOT (S (NP (NNP Arnor)) (VP (VBD slept)) (. .)))", "20000101"), 0);
    CHECK_INT(L.n, 0);
}

static void require_dyad_option(void)
{
    const char *t = "(ROOT (S (NP (NNS Crowds)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))";
    code(t, "20000101");
    CHECK_INT(L.n, 0);
    CHECK_INT(dyad_coder_set_option(C, "require_dyad", "false"), DYAD_OK);
    code(t, "20000101");
    CHECK(has("---", "GON", "190"));
    dyad_coder_set_option(C, "require_dyad", "true");
    CHECK_INT(dyad_coder_set_option(C, "no_such_option", "1"), DYAD_EINVAL);
}

static void nominal_events_from_nouns(void)
{
    code("(ROOT (S (NP (NP (NNP Arnor) (POS 's)) (NN visit) (PP (TO to) (NP (NNP Gondor))) "
         "(PP (IN in) (NP (CD 1992)))) (VP (VBD ended)) (. .)))", "20000101");
    CHECK(has("ARN", "GON", "042"));
    CHECK(L.n == 1 && !strcmp(L.v[0].event_date, "1992-01-01") &&
          L.v[0].date_precision == DYAD_DATE_YEAR && !strcmp(L.v[0].method, "noun"));
    code("(ROOT (S (NP (NP (DT the) (NN visit)) (PP (IN of) (NP (NNP Mordor))) "
         "(PP (TO to) (NP (NNP Osgiliath)))) (VP (VBD ended)) (. .)))", "20000101");
    CHECK(has("MOR", "OSG", "042"));
    /* no source in the phrase: the entity that follows names it */
    code("(ROOT (S (NP (NP (DT the) (NN bombing)) (PP (IN of) (NP (NNP Gondor)))) "
         "(VP (VBD marked) (NP (NNP Mordor)) (PP (IN as) (NP (DT a) (NN player)))) (. .)))",
         "20000101");
    CHECK(has("MOR", "GON", "183"));
    /* words between the possessive and the noun describe the event */
    code("(ROOT (S (NP (NP (NNP Arnor) (POS 's)) (NN soldier) (NN visit) (PP (TO to) "
         "(NP (NNP Gondor)))) (VP (VBD ended)) (. .)))", "20000101");
    CHECK(has("ARN", "GON", "042"));
    CHECK_INT(L.n, 1);
}

static void location_from_the_gazetteer(void)
{
    /* a role with no country takes the country of the place ("northern"
     * and the like name a region of it) */
    code("(ROOT (S (NP (NNS Soldiers)) (VP (VBD attacked) (NP (NNP Arnor)) (PP (IN in) "
         "(NP (JJ northern) (NNP Minas) (NNP Tirith)))) (. .)))", "20000101");
    CHECK(has("GONMIL", "ARN", "190"));
    CHECK(L.n == 1 && L.v[0].location && !strcmp(L.v[0].location, "MINAS TIRITH"));
    code("(ROOT (S (NP (NNP Mordor)) (VP (VBD attacked) (NP (NNP Gondor)) (PP (IN in) "
         "(NP (NNP Minas) (NNP Tirith)))) (. .)))", "20000101");
    CHECK(L.n >= 1 && L.v[0].location && !strcmp(L.v[0].location, "MINAS TIRITH"));
    CHECK(L.n >= 1 && !strcmp(L.v[0].location_country, "GON") && L.v[0].has_coords &&
          L.v[0].lat == 10.5 && L.v[0].lon == 20.25);
    code("(ROOT (S (NP (NNP Mordor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))",
         "20000101");
    CHECK(L.n == 1 && L.v[0].location == NULL);
    /* where something was said is not where it happened */
    code("(ROOT (S (NP (NNP Mordor)) (VP (VBD attacked) (NP (NNP Gondor)) (, ,) (SBAR (S "
         "(NP (DT an) (NN envoy)) (VP (VBD told) (NP (NNS reporters)) (PP (IN at) (NP (DT a) "
         "(JJ long) (NN briefing))) (PP (IN in) (NP (NNP Rivendell))) (PP (IN on) "
         "(NP (NNP Monday))))))) (. .)))", "20000101");
    CHECK(has("MOR", "GON", "190"));
    CHECK(L.n >= 1 && L.v[0].location == NULL);
    /* ... but a statement's place is where it was said */
    code("(ROOT (S (VP (VBG Speaking) (PP (IN in) (NP (NNP Minas) (NNP Tirith)))) (, ,) "
         "(NP (NNP Faramir)) (VP (VBD accused) (NP (NNP Arnor)) (PP (IN of) (NP (NN treachery) "
         "(CC and) (JJ repeated) (NNS raids) (PP (IN on) (NP (JJ northern) (NNS villages)))))) "
         "(. .)))", "20000101");
    CHECK(has("GONGOV", "ARN", "112"));
    CHECK(L.n == 1 && L.v[0].location && !strcmp(L.v[0].location, "MINAS TIRITH"));
    /* force aimed at a place happens there */
    code("(ROOT (S (NP (NNP Mordor)) (VP (VBD attacked) (NP (NNP Rivendell))) (. .)))",
         "20000101");
    CHECK(has("MOR", "ARN", "190"));
    CHECK(L.n == 1 && L.v[0].location && !strcmp(L.v[0].location, "RIVENDELL") &&
          L.v[0].has_coords);
    /* a country named where it happened, with no gazetteer entry: no coordinates */
    code("(ROOT (S (NP (NNP Mordor)) (VP (VBD attacked) (NP (NNS villages)) (PP (IN across) "
         "(NP (NNP Arnor)))) (. .)))", "20000101");
    CHECK(L.n == 1 && L.v[0].location && !strcmp(L.v[0].location, "ARNOR") &&
          !strcmp(L.v[0].location_country, "ARN") && !L.v[0].has_coords);
    /* ... or the first of several ("in Pakistan and Pakistani Kashmir") */
    code("(ROOT (S (NP (NNP Mordor)) (VP (VBD attacked) (NP (NNS villages)) (PP (IN in) "
         "(NP (NNP Arnor) (CC and) (NNP Gondor)))) (. .)))", "20000101");
    CHECK(L.n >= 1 && L.v[0].location && !strcmp(L.v[0].location, "ARNOR"));
    /* a place in another event's clause (", after ...") is not this one's */
    code("(ROOT (S (NP (NNP Mordor)) (VP (VBD attacked) (NP (NNP Gondor)) (, ,) (SBAR (IN after) "
         "(S (NP (NNP Faramir)) (VP (VBD met) (NP (NNP Arnor)) (PP (IN in) (NP (NNP Minas) "
         "(NNP Tirith))) (PP (IN on) (NP (DT a) (JJ cold) (JJ winter) (NN morning))))))) (. .)))",
         "20000101");
    CHECK(has("MOR", "GON", "190"));
    CHECK(L.n >= 1 && !strcmp(L.v[0].source, "MOR") && L.v[0].location == NULL);
    /* ... nor is a country named there (no gazetteer entry) */
    code("(ROOT (S (NP (NNP Mordor)) (VP (VBD attacked) (NP (NNP Gondor)) (SBAR (IN after) "
         "(S (NP (NNP Faramir)) (VP (VBD met) (NP (NNS envoys)) (PP (IN in) (NP (NNP Arnor))))))) "
         "(. .)))", "20000101");
    CHECK(L.n >= 1 && !strcmp(L.v[0].source, "MOR") && L.v[0].location == NULL);
    /* a place after a later participle is its act's ("prisoners held in X") */
    code("(ROOT (S (NP (NNP Mordor)) (VP (VBD attacked) (NP (NP (NNP Gondor) (NNS soldiers)) "
         "(VP (VBN stationed) (PP (IN in) (NP (NNP Minas) (NNP Tirith)))))) (. .)))",
         "20000101");
    CHECK(has("MOR", "GONMIL", "190"));
    CHECK(L.n == 1 && L.v[0].location == NULL);
}

static void references_resolve_within_a_document(void)
{
    dyad_coder_reset_context(C);
    code("(ROOT (S (NP (NNS Orcs)) (VP (VBD slept)) (. .)))", "20000101");
    code("(ROOT (S (NP (NNP Mordor)) (VP (VBD slept)) (. .)))", "20000101");
    code("(ROOT (S (NP (DT The) (NN group)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))",
         "20000101");
    CHECK(has("IMGORC", "GON", "190"));          /* the group: not Mordor */
    code("(ROOT (S (NP (NNP Mordor)) (VP (VBD slept)) (. .)))", "20000101");
    code("(ROOT (S (NP (DT The) (NN regime)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))",
         "20000101");
    CHECK(has("MORGOV", "GON", "190"));          /* the last state named */
    code("(ROOT (S (NP (NNP Faramir)) (VP (VBD slept)) (. .)))", "20050101");
    code("(ROOT (S (NP (PRP He)) (VP (VBD attacked) (NP (NNP Mordor))) (. .)))", "20050101");
    CHECK(has("GONGOV", "MOR", "190"));
    /* "the attack": who did the last hostile act, event or not */
    code("(ROOT (S (NP (NNP Mordor)) (VP (VBD attacked) (PP (IN at) (NP (NN night)))) (. .)))",
         "20050101");
    CHECK_INT(L.n, 0);
    code("(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (DT the) (NN raid))) (. .)))",
         "20050101");
    CHECK(has("ARN", "MOR", "190"));
    dyad_coder_reset_context(C);
    code("(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (DT the) (NN raid))) (. .)))",
         "20050101");
    CHECK_INT(L.n, 0);                            /* no act before it */
    dyad_coder_reset_context(C);
    code("(ROOT (S (NP (PRP He)) (VP (VBD attacked) (NP (NNP Mordor))) (. .)))", "20050101");
    CHECK_INT(L.n, 0);
    /* "both delegations ... they": the unnamed pair, not the last actor */
    code("(ROOT (S (NP (NNP Mordor)) (VP (VBD slept)) (. .)))", "20050101");
    code("(ROOT (S (NP (DT Both) (NNS delegations)) (VP (VBD said) (SBAR (S (NP (PRP they)) "
         "(VP (VBD attacked) (NP (NNP Gondor)))))) (. .)))", "20050101");
    CHECK_INT(L.n, 0);
    code("(ROOT (S (NP (PRP They)) (VP (VBD attacked) (NP (NNP Arnor))) (. .)))", "20050101");
    CHECK(has("GON", "ARN", "190"));              /* the next: the last named again */
    dyad_coder_set_option(C, "resolve_references", "false");
    code("(ROOT (S (NP (NNP Faramir)) (VP (VBD slept)) (. .)))", "20050101");
    code("(ROOT (S (NP (PRP He)) (VP (VBD attacked) (NP (NNP Mordor))) (. .)))", "20050101");
    CHECK_INT(L.n, 0);
    dyad_coder_set_option(C, "resolve_references", "true");
}

int main(void)
{
    if (!mkdtemp(tmpdir))
        return 1;
    setup();
    RUN(simple_verb);
    RUN(pattern_with_adjacent_words);
    RUN(compound_subject_and_agents);
    RUN(paired_code_and_dates);
    RUN(passive_swaps_actors);
    RUN(pattern_slots_bind_actors);
    RUN(roles_when_no_slot_binds);
    RUN(discards_errors_and_no_events);
    RUN(require_dyad_option);
    RUN(nominal_events_from_nouns);
    RUN(references_resolve_within_a_document);
    RUN(location_from_the_gazetteer);
    dyad_event_list_free(&L);
    dyad_coder_free(C);
    dyad_dict_free(D);
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
    if (system(cmd) != 0)
        return 1;
    TEST_MAIN_END;
}
