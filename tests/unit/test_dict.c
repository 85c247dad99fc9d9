/* test_dict.c -- dictionary loaders: formats, dates, warnings. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dict/dict.h"
#include "test.h"

static char tmpdir[] = "/tmp/dyad-test-dict-XXXXXX";
static int warnings;
static char last_warning[512];

static void count_warn(void *ud, const char *file, long line, const char *msg)
{
    (void)ud;
    warnings++;
    snprintf(last_warning, sizeof last_warning, "%s:%ld: %s", file, line, msg);
}

static const char *write_file(const char *name, const char *text)
{
    static char path[512];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    FILE *f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
    return path;
}

static dyad_dict *fresh(void)
{
    dyad_dict *d = dyad_dict_new();
    dyad_dict_set_warn(d, count_warn, NULL);
    warnings = 0;
    last_warning[0] = 0;
    return d;
}

static const char *code_of_flags(dyad_dict *d, const char *phrase, int date, int flags)
{
    static char out[64];
    const char *w[16];
    char buf[256];
    int n = 0;
    snprintf(buf, sizeof buf, "%s", phrase);
    for (char *t = strtok(buf, " "); t && n < 16; t = strtok(NULL, " "))
        w[n++] = t;
    const char *c = actor_code_for_phrase_ex(d, w, n, date, out, sizeof out, NULL, flags);
    return c ? c : "(none)";
}

static const char *code_of(dyad_dict *d, const char *phrase, int date)
{
    return code_of_flags(d, phrase, date, 0);
}

static void actors_with_dates_and_synonyms(void)
{
    dyad_dict *d = fresh();
    const char *p = write_file("a.actors.txt",
        "# comment\n<!-- one-line xml comment -->\n"
        "VENEZUELA [VEN]\n+VENEZUELAN\n"
        "HUGO_CHAVEZ [VENGOV 19990202-20130305] [VENELI]\n+CHAVEZ\n"
        "ZIMBABWE\n\t[RHO <790606]\n\t[ZBW]\n"
        "NEW_ZEALAND [NZL]\nZEALAND [DNK]\n");
    CHECK_INT(dyad_dict_load_actors(d, p, NULL), DYAD_OK);
    CHECK_INT(warnings, 0);
    CHECK_STR(code_of(d, "VENEZUELAN", 20200101), "VEN");
    CHECK_STR(code_of(d, "CHAVEZ", 20050101), "VENGOV");
    CHECK_STR(code_of(d, "HUGO CHAVEZ", 19900101), "VENELI");
    CHECK_STR(code_of(d, "ZIMBABWE", 19780101), "RHO");
    CHECK_STR(code_of(d, "ZIMBABWE", 19900101), "ZBW");
    CHECK_STR(code_of(d, "NEW ZEALAND", 19900101), "NZL");
    CHECK_STR(code_of(d, "ZEALAND", 19900101), "DNK");
    CHECK_STR(code_of(d, "GONDOR", 19900101), "(none)");
    dyad_dict_free(d);
}

static void malformed_lines_are_reported_and_skipped(void)
{
    dyad_dict *d = fresh();
    const char *p = write_file("bad.actors.txt",
        "ARNOR [ARN]\n\t[ARNGOV 19991340-20000101]\n+\n    not a code\n"
        "GONDOR [GON]\n");
    CHECK_INT(dyad_dict_load_actors(d, p, NULL), DYAD_OK);
    CHECK_INT(warnings, 3);
    CHECK(strstr(last_warning, "bad.actors.txt:4:") != NULL);
    CHECK_STR(code_of(d, "GONDOR", 20000101), "GON");
    CHECK_STR(code_of(d, "ARNOR", 20000101), "ARN");
    CHECK_INT(dyad_dict_warning_count(d), 3);
    dyad_error err = { 0 };
    CHECK_INT(dyad_dict_load_actors(d, "/nonexistent/x.txt", &err), DYAD_EIO);
    CHECK(strstr(err.msg, "/nonexistent/x.txt") != NULL);
    dyad_dict_free(d);
}

/* Load actors and agents written to tmpdir as NAME.actors.txt and
 * NAME.agents.txt into d. */
static void load_actors_agents(dyad_dict *d, const char *name, const char *actors,
                               const char *agents)
{
    char ap[512], gp[512];
    snprintf(ap, sizeof ap, "%s.actors.txt", name);
    snprintf(gp, sizeof gp, "%s.agents.txt", name);
    write_file(ap, actors);
    write_file(gp, agents);
    snprintf(ap, sizeof ap, "%s/%s.actors.txt", tmpdir, name);
    snprintf(gp, sizeof gp, "%s/%s.agents.txt", tmpdir, name);
    CHECK_INT(dyad_dict_load_actors(d, ap, NULL), DYAD_OK);
    CHECK_INT(dyad_dict_load_agents(d, gp, NULL), DYAD_OK);
}

static void agents_compose_with_actors(void)
{
    dyad_dict *d = fresh();
    load_actors_agents(d, "b", "GONDOR [GON]\n",
        "!PERSON! = MAN, MEN\nPOLICE {} [~COP]\nPRESIDENT [~GOV]\n"
        "MSF {} [NGO~]\nCONGRESS!PERSON! [~LEG]\nGOOSE {GEESE} [~GGS]\n"
        "BROKEN_LINE\n");
    CHECK_INT(warnings, 1);
    CHECK_STR(code_of(d, "GONDOR POLICE", 0), "GONCOP");
    CHECK_STR(code_of(d, "GONDOR POLICES", 0), "GON");       /* {}: no plural */
    CHECK_STR(code_of(d, "PRESIDENTS OF GONDOR", 0), "GONGOV");
    CHECK_STR(code_of(d, "MSF GONDOR", 0), "NGOGON");
    CHECK_STR(code_of(d, "CONGRESSMEN", 0), "---LEG");
    CHECK_STR(code_of(d, "GONDOR GEESE", 0), "GONGGS");
    dyad_dict_free(d);
}

/* A named person's code beats the country adjective before it, and the
 * words of a name are never agents. */
static void person_in_phrase_wins_and_names_are_no_agents(void)
{
    dyad_dict *d = fresh();
    load_actors_agents(d, "c",
        "GONDORIAN [GON]\n+GONDORIANS\nFARAMIR_BAND [GONGOV 20200101-20251231]\n",
        "BAND [~CRM]\nMINISTER [~GOV]\nTROOPS [~MIL]\n");
    CHECK_STR(code_of(d, "GONDORIAN MINISTER FARAMIR BAND", 20230101), "GONGOV");
    CHECK_STR(code_of(d, "GONDORIAN TROOPS", 20230101), "GONMIL");
    CHECK_STR(code_of(d, "GONDORIAN BAND", 20230101), "GONCRM");
    /* a later possessive names another owner: its agents are not ours */
    CHECK_STR(code_of_flags(d, "GONDORIAN RAID ON ITS TROOPS", 20230101,
                            ACTOR_OWNER_ENDS_AGENTS), "GON");
    CHECK_STR(code_of(d, "GONDORIAN RAID ON ITS TROOPS", 20230101), "GONMIL");
    CHECK_STR(code_of_flags(d, "ITS TROOPS", 20230101, ACTOR_OWNER_ENDS_AGENTS), "---MIL");
    /* a plural demonym names the people, "the Gondorians" the side */
    CHECK_STR(code_of_flags(d, "THOUSANDS OF GONDORIANS", 20230101, ACTOR_DEMONYM_PEOPLE),
              "GONCVL");
    CHECK_STR(code_of_flags(d, "THE GONDORIANS", 20230101, ACTOR_DEMONYM_PEOPLE), "GON");
    CHECK_STR(code_of_flags(d, "GONDORIANS TROOPS", 20230101, ACTOR_DEMONYM_PEOPLE), "GONMIL");
    CHECK_STR(code_of(d, "THOUSANDS OF GONDORIANS", 20230101), "GON");
    dyad_dict_free(d);
}

/* Outside every term a person takes the entry's fallback -- unless the
 * phrase titles them with an office held now ("President X" on a date
 * just before the term the dictionary records); a past or future title
 * ("former President X", "President-elect X") leaves the fallback.
 * "Supporters of X" are X's people. */
static void office_title_overrides_a_person_fallback(void)
{
    dyad_dict *d = fresh();
    load_actors_agents(d, "t",
        "GONDORIAN [GON]\nDENETHOR_STEWARD [GONGOV >20250120] [GONOPP]\n",
        "PRESIDENT [~GOV]\nFORMER_PRESIDENT [~OPP]\nSUPPORTER [~CVL]\n");
    int f = ACTOR_PERSON_NO_AGENTS;
    CHECK_STR(code_of_flags(d, "DENETHOR STEWARD", 20250115, f), "GONOPP");
    CHECK_STR(code_of_flags(d, "GONDORIAN PRESIDENT DENETHOR STEWARD", 20250115, f), "GONGOV");
    CHECK_STR(code_of_flags(d, "FORMER GONDORIAN PRESIDENT DENETHOR STEWARD", 20250115, f),
              "GONOPP");
    CHECK_STR(code_of_flags(d, "PRESIDENT-ELECT DENETHOR STEWARD", 20250115, f), "GONOPP");
    CHECK_STR(code_of_flags(d, "PRESIDENT DENETHOR STEWARD", 20250301, f), "GONGOV");
    /* a person's supporters are the person's people */
    CHECK_STR(code_of_flags(d, "SUPPORTERS OF FORMER PRESIDENT DENETHOR STEWARD", 20250115, f),
              "GONCVL");
    CHECK_STR(code_of_flags(d, "DENETHOR STEWARD SUPPORTERS", 20250115, f), "GONCVL");
    dyad_dict_free(d);
}

static void verbs_forms_blocks_and_patterns(void)
{
    dyad_dict *d = fresh();
    const char *p = write_file("v.verbs.txt",
        "&MONEY\n+DOLLARS\n+SWISS FRANC\n\n"
        "--- VISIT [042] ---\nVISIT\n+PAY_VISIT\nFLY {FLEW FLOWN}\n"
        "- * &MONEY TO + [071]\n- NOT * [---]\n\n"
        "--- CARRY [---] ---\nCARRY\n- * OUT_+ATTACKS [190]\n"
        "- * &NOSUCH [010]\n- NO STAR HERE [010]\n");
    CHECK_INT(dyad_dict_load_verbs(d, p, NULL), DYAD_OK);
    CHECK_INT(warnings, 2);                 /* undefined synset, no '*' */
    const verb_form_list *l = verb_forms(&d->verbs, "VISITED");
    CHECK(l && l->n == 1);
    CHECK(l && !strcmp(l->v[0].code, "042"));
    CHECK(verb_forms(&d->verbs, "FLEW") && verb_forms(&d->verbs, "FLIES"));
    CHECK(verb_forms(&d->verbs, "CARRIED") && verb_forms(&d->verbs, "CARRIES"));
    l = verb_forms(&d->verbs, "PAID") ? NULL : verb_forms(&d->verbs, "PAYS");
    CHECK(l != NULL);                       /* multi-word: PAY inflected */
    CHECK(l && l->v[l->n - 1].nafter == 1 && !strcmp(l->v[l->n - 1].after[0], "VISIT"));
    CHECK_INT(d->verbs.nblocks, 2);
    CHECK_INT(d->verbs.blocks[0].n, 2);
    CHECK_INT(d->verbs.blocks[0].pats[0].nlow, 3);
    CHECK_INT(d->verbs.syns[0].n, 4);       /* members and their plurals */
    dyad_dict_free(d);
}

static void discards_sentence_and_story(void)
{
    dyad_dict *d = fresh();
    const char *p = write_file("d.discards.txt", "WORLD CUP\n+TYPHOON\n");
    CHECK_INT(dyad_dict_load_discards(d, p, NULL), DYAD_OK);
    const char *s1[] = { "AT", "THE", "WORLD", "CUP" };
    const char *s2[] = { "A", "TYPHOON", "HIT" };
    const char *s3[] = { "THE", "WORLD", "BANK", "CUP" };
    const char *which = NULL;
    CHECK_INT(discard_check(d, s1, 4, &which), 1);
    CHECK_INT(discard_check(d, s2, 3, &which), 2);
    CHECK_INT(discard_check(d, s3, 4, &which), 0);
    dyad_dict_free(d);
}

static void empty_dictionary_is_fine(void)
{
    dyad_dict *d = fresh();
    const char *p = write_file("e.actors.txt", "");
    CHECK_INT(dyad_dict_load_actors(d, p, NULL), DYAD_OK);
    CHECK_INT(warnings, 0);
    CHECK_STR(code_of(d, "ANYTHING", 0), "(none)");
    dyad_dict_free(d);
}

int main(void)
{
    if (!mkdtemp(tmpdir))
        return 1;
    RUN(actors_with_dates_and_synonyms);
    RUN(malformed_lines_are_reported_and_skipped);
    RUN(agents_compose_with_actors);
    RUN(person_in_phrase_wins_and_names_are_no_agents);
    RUN(office_title_overrides_a_person_fallback);
    RUN(verbs_forms_blocks_and_patterns);
    RUN(discards_sentence_and_story);
    RUN(empty_dictionary_is_fine);
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
    if (system(cmd) != 0)
        return 1;
    TEST_MAIN_END;
}
