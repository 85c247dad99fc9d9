/*
 * test_pipeline.c -- unit tests of the pipeline's ordered job queue
 * (src/pipeline/jobq.c) and of the text front end's closed-word lexicon
 * (src/text/lexicon.c), the two pieces the speed work of the shallow path
 * rests on.
 *
 * The queue must deliver documents in the order they were put, whatever
 * the number of workers and however long each takes; stop when delivery
 * asks; and free what it holds.  The lexicon must answer every list it
 * merged, case-insensitively, and nothing else.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "dyad.h"
#include "pipeline/jobq.h"
#include "text/textint.h"
#include "test.h"

/* ----------------------------------------------------------- the queue */

typedef struct work_state {
    int calls;
    unsigned seed;
} work_state;

/* "Code" a document: sleep a pseudo-random few microseconds, so that
 * workers finish out of order, and record which document it was. */
static void fake_work(void *w, jobq_job *job)
{
    work_state *ws = w;
    ws->calls++;
    ws->seed = ws->seed * 1103515245u + 12345u;
    struct timespec ts = { 0, (long)(ws->seed >> 16) % 200 * 1000 };
    nanosleep(&ts, NULL);
    job->st.sentences = atol(job->doc->id);
}

typedef struct seen {
    long next;          /* the document expected next */
    int out_of_order;
    long stop_at;       /* ask to stop after this document (-1: never) */
    long delivered;
} seen;

static int check_order(void *ud, jobq_job *job)
{
    seen *s = ud;
    if (job->st.sentences != s->next || atol(job->doc->id) != s->next)
        s->out_of_order = 1;
    s->next++;
    s->delivered++;
    return s->stop_at >= 0 && job->st.sentences >= s->stop_at;
}

static dyad_doc *make_doc(long i)
{
    char id[32];
    dyad_doc *d = NULL;
    snprintf(id, sizeof id, "%ld", i);
    dyad_doc_from_memory(DYAD_DOC_TEXT, "Iran met Cuba.", 14, id, NULL, &d, NULL);
    return d;
}

static void run_queue(int nworkers, size_t cap, long ndocs, seen *s, int *calls)
{
    work_state ws[8];
    void *wp[8];
    for (int k = 0; k < nworkers; k++) {
        ws[k] = (work_state){ 0, 17u * (unsigned)k + 1 };
        wp[k] = &ws[k];
    }
    jobq q;
    CHECK_INT(jobq_init(&q, cap, fake_work, wp, nworkers, NULL), DYAD_OK);
    int stop = 0;
    for (long i = 0; i < ndocs && !stop; i++) {
        dyad_doc *d = make_doc(i);
        CHECK(d != NULL);
        if (!d)
            break;
        stop = jobq_put(&q, d, check_order, s);
    }
    if (!stop)
        stop = jobq_drain(&q, check_order, s);
    jobq_free(&q);
    *calls = 0;
    for (int k = 0; k < nworkers; k++)
        *calls += ws[k].calls;
}

static void test_jobq_in_order_any_workers(void)
{
    int workers[] = { 1, 2, 3, 8 };
    for (size_t w = 0; w < sizeof workers / sizeof *workers; w++) {
        seen s = { 0, 0, -1, 0 };
        int calls;
        run_queue(workers[w], 0, 500, &s, &calls);
        CHECK_INT(s.out_of_order, 0);
        CHECK_INT(s.delivered, 500);
        CHECK_INT(calls, 500);
    }
}

static void test_jobq_small_capacity(void)
{
    seen s = { 0, 0, -1, 0 };
    int calls;
    run_queue(4, 1, 200, &s, &calls);    /* one document in flight at a time */
    CHECK_INT(s.out_of_order, 0);
    CHECK_INT(s.delivered, 200);
}

static void test_jobq_stop(void)
{
    /* delivery asks to stop after document 50: the reader stops, what is
     * in flight is still delivered (the pipeline's deliver ignores it),
     * and nothing leaks (checked by the ASan build) */
    seen s = { 0, 0, 50, 0 };
    int calls;
    run_queue(3, 8, 1000, &s, &calls);
    CHECK_INT(s.out_of_order, 0);
    CHECK(s.delivered >= 51);
    CHECK(s.delivered < 1000);
}

static void test_jobq_empty(void)
{
    seen s = { 0, 0, -1, 0 };
    int calls;
    run_queue(2, 0, 0, &s, &calls);
    CHECK_INT(s.delivered, 0);
    CHECK_INT(calls, 0);
}

/* --------------------------------------------------------- the lexicon */

static void test_lexicon_lists(void)
{
    const text_lex *e = text_lex_of("the");
    CHECK(e && e->tag && !strcmp(e->tag, "DT"));
    CHECK(text_lex_of("THE") == e);              /* case-insensitive */
    CHECK(text_lex_find("Thereafter", 3) == e);  /* a prefix, by length */
    CHECK(text_lex_is("million", LX_NUMBER));
    CHECK(text_lex_is("Gen", LX_TITLE));
    e = text_lex_of("March");
    CHECK(e && e->month == 3);
    e = text_lex_of("sept");
    CHECK(e && e->month == 9);
    e = text_lex_of("Sunday");
    CHECK(e && e->wday == 1);
    CHECK(text_lex_is("was", LX_BE));
    CHECK(text_lex_is("had", LX_HAVE));
}

static void test_lexicon_misses(void)
{
    CHECK(text_lex_of("Hezbollah") == NULL);
    CHECK(text_lex_of("") == NULL);
    CHECK(text_lex_find("the", 0) == NULL);
    CHECK(text_lex_of("internationalisation") == NULL);  /* over LX_MAXLEN */
    CHECK(text_lex_of("th\xc3\xa9") == NULL);            /* non-ASCII */
    CHECK(!text_lex_is("Iran", LX_NUMBER));
}

/* The table is built once, on first use, by whichever thread comes first. */
static void *lex_many(void *arg)
{
    int *bad = arg;
    for (int i = 0; i < 2000; i++)
        if (!text_lex_is("thousand", LX_NUMBER) || text_lex_of("Tehran"))
            *bad = 1;
    return NULL;
}

static void test_lexicon_threads(void)
{
    pthread_t t[4];
    int bad[4] = { 0 };
    for (int i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, lex_many, &bad[i]);
    for (int i = 0; i < 4; i++) {
        pthread_join(t[i], NULL);
        CHECK_INT(bad[i], 0);
    }
}

/* ------------------------------------------------- dates by clause */

/* The date (and its words) of the event source -> target that text codes
 * to (shallow, story date 2025-03-10); "" / "-" when there is none. */
static void event_date_of(const dyad_dict *d, const char *text, const char *source,
                          const char *target, char date[11], char words[64])
{
    dyad_reader_options ro = { 0 };
    ro.story_date = "2025-03-10";
    dyad_doc *doc = NULL;
    dyad_coder *c = dyad_coder_new(d, NULL);
    dyad_event_list l = { 0 };
    date[0] = 0;
    snprintf(words, 64, "-");
    if (dyad_doc_from_memory(DYAD_DOC_TEXT, text, strlen(text), "t", &ro, &doc, NULL) == DYAD_OK)
        dyad_pipeline_code_doc(c, NULL, doc, &l, NULL);
    for (size_t i = 0; i < l.n; i++)
        if (!strcmp(l.v[i].source, source) && !strcmp(l.v[i].target, target)) {
            snprintf(date, 11, "%s", l.v[i].event_date);
            snprintf(words, 64, "%s", l.v[i].date_text ? l.v[i].date_text : "(story)");
        }
    dyad_event_list_free(&l);
    dyad_doc_free(doc);
    dyad_coder_free(c);
}

/* The location name of the event source -> target text codes to ("" for
 * none, "?" when there is no such event). */
static void event_place_of(const dyad_dict *d, const char *text, const char *source,
                           const char *target, char name[64])
{
    dyad_doc *doc = NULL;
    dyad_coder *c = dyad_coder_new(d, NULL);
    dyad_event_list l = { 0 };
    snprintf(name, 64, "?");
    if (dyad_doc_from_memory(DYAD_DOC_TEXT, text, strlen(text), "t", NULL, &doc, NULL) == DYAD_OK)
        dyad_pipeline_code_doc(c, NULL, doc, &l, NULL);
    for (size_t i = 0; i < l.n; i++)
        if (!strcmp(l.v[i].source, source) && !strcmp(l.v[i].target, target))
            snprintf(name, 64, "%s", l.v[i].location ? l.v[i].location : "");
    dyad_event_list_free(&l);
    dyad_doc_free(doc);
    dyad_coder_free(c);
}

/* The sentence's place is where the events of its clause happened, not
 * those of the clause before an AFTER. */
static void test_places_by_clause(void)
{
    static const struct {
        const char *text, *source, *target, *place;
    } cases[] = {
        { "Saudi Arabia severed diplomatic relations with Iran after Iranian protesters "
          "stormed its embassy in Tehran.", "SAU", "IRN", "" },
        { "Saudi Arabia severed diplomatic relations with Iran after Iranian protesters "
          "stormed its embassy in Tehran.", "IRNCVL", "IRN", "TEHRAN" },
        { "Saudi Arabia severed diplomatic relations with Iran in Riyadh after Iranian "
          "protesters stormed its embassy.", "SAU", "IRN", "RIYADH" },
        /* Brussels the actor is the EU; Brussels the place is in Belgium */
        { "Brussels imposed sanctions on Russia.", "IGOEEU", "RUS", "" },
        { "Belgian farmers blocked roads around Brussels to protest against the EU.",
          "BELAGR", "IGOEEU", "BRUSSELS" },
        /* a place attacked is where: known ("the port of Hodeidah"), or not
         * ("the Syrian town of Saraqeb": Syria's, by the target) */
        { "The Yemeni port of Hodeidah was struck by Israeli warplanes on 20 July 2024.",
          "ISRMIL", "YEM", "HODEIDAH" },
        { "Syrian government helicopters dropped chlorine cylinders on the Syrian town of "
          "Saraqeb in February 2018.", "SYRMIL", "SYR", "SARAQEB" },
        /* a WHERE clause happens at the place it follows */
        { "Kenyan President William Ruto travelled to Kampala on 2 May 2024, where he and "
          "Ugandan President Yoweri Museveni signed a trade agreement.", "KENGOV", "UGAGOV",
          "KAMPALA" },
        /* a place after a later participle is that act's, not the verb's ... */
        { "Venezuela freed ten Colombian prisoners as part of a swap negotiated in Doha.",
          "VEN", "COLCVL", "" },
        /* ... but verbs joined by AND share their object's place */
        { "Gunmen kidnapped and murdered a Venezuelan dissident in Santiago last year.",
          "CHLREB", "VENOPP", "SANTIAGO" },
        /* a march through a city happens there */
        { "Tens of thousands of Mexican women marched through Mexico City to denounce "
          "President Andres Manuel Lopez Obrador.", "MEXCVL", "MEXGOV", "MEXICO CITY" },
    };
    dyad_dict *d = dyad_dict_new();
    dyad_dict_set_warn(d, NULL, NULL);
    CHECK_INT(dyad_dict_load_dir(d, "dict", NULL), DYAD_OK);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char name[64];
        event_place_of(d, cases[i].text, cases[i].source, cases[i].target, name);
        if (strcmp(name, cases[i].place) && !test_failed_now) {
            snprintf(test_why, sizeof test_why, "case %zu (%s -> %s): \"%s\", expected "
                     "\"%s\"", i, cases[i].source, cases[i].target, name, cases[i].place);
            test_failed_now = 1;
        }
    }
    dyad_dict_free(d);
}

/* Each event takes the dating phrase of its own clause; an event whose
 * clause names none takes the story's date, not another clause's. */
static void test_dates_by_clause(void)
{
    static const struct {
        const char *text, *source, *target, *date, *words;
    } cases[] = {
        { "Colombia suspended peace talks with the ELN in January 2025 after the "
          "rebels killed dozens of civilians.", "COL", "COLREB", "2025-01-01",
          "in January 2025" },
        /* a relative clause kept whole keeps its date to itself */
        { "Bolivia broke off relations with Peru on 5 May 2025 after the Peruvian embassy in "
          "La Paz gave refuge to former minister Rosa Quispe, who is on trial over a failed "
          "coup in 2022.", "PERGOV", "BOLELI", "2025-03-10", "(story)" },
        { "Colombia suspended peace talks with the ELN in January 2025 after the "
          "rebels killed dozens of civilians.", "COLREB", "COLCVL", "2025-03-10", "(story)" },
        { "Bolivia severed diplomatic ties with Israel in October 2023, and Colombia "
          "and Chile recalled their ambassadors from Tel Aviv.", "BOL", "ISR", "2023-10-01",
          "in October 2023" },
        { "Bolivia severed diplomatic ties with Israel in October 2023, and Colombia "
          "and Chile recalled their ambassadors from Tel Aviv.", "CHL", "ISR", "2025-03-10",
          "(story)" },
        /* a relative clause keeps its date, and the main clause its own */
        { "Iran, which armed Hezbollah in 1992, threatened Israel on 3 March 2025.",
          "IRN", "ISR", "2025-03-03", "on 3 March 2025" },
        { "Iran, which armed Hezbollah in 1992, threatened Israel on 3 March 2025.",
          "IRN", "IMGHEZ", "1992-01-01", "in 1992" },
        /* a WHERE clause shares its occasion's date */
        { "In June 2022 Venezuela sent its foreign minister to Tehran, where he "
          "signed an agreement with Iran.", "VEN", "IRN", "2022-06-01", "In June 2022" },
    };
    dyad_dict *d = dyad_dict_new();
    dyad_dict_set_warn(d, NULL, NULL);
    CHECK_INT(dyad_dict_load_dir(d, "dict", NULL), DYAD_OK);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char date[11], words[64];
        event_date_of(d, cases[i].text, cases[i].source, cases[i].target, date, words);
        if ((strcmp(date, cases[i].date) || strcmp(words, cases[i].words)) && !test_failed_now) {
            snprintf(test_why, sizeof test_why, "case %zu (%s -> %s): %s \"%s\", expected "
                     "%s \"%s\"", i, cases[i].source, cases[i].target, date, words,
                     cases[i].date, cases[i].words);
            test_failed_now = 1;
        }
    }
    dyad_dict_free(d);
}

/* An event's trigger_span is where its verb is in the document: the
 * word it was coded from, not the first one like it ("visited" twice). */
static void test_trigger_span(void)
{
    const char *text = "Cuba praised Bolivia. Iran sent drones to Russia. "
                       "The envoys who visited the camp said Iran visited Syria.";
    dyad_dict *d = dyad_dict_new();
    dyad_dict_set_warn(d, NULL, NULL);
    CHECK_INT(dyad_dict_load_dir(d, "dict", NULL), DYAD_OK);
    dyad_doc *doc = NULL;
    dyad_coder *c = dyad_coder_new(d, NULL);
    dyad_event_list l = { 0 };
    CHECK_INT(dyad_doc_from_memory(DYAD_DOC_TEXT, text, strlen(text), "t", NULL, &doc, NULL),
              DYAD_OK);
    dyad_pipeline_code_doc(c, NULL, doc, &l, NULL);
    CHECK_INT(l.n, 3);
    for (size_t i = 0; i < l.n; i++) {
        const dyad_event *e = &l.v[i];
        CHECK(e->trigger_end > e->trigger_start);
        CHECK(e->trigger_end <= strlen(text) &&
              !strncasecmp(text + e->trigger_start, e->trigger,
                           e->trigger_end - e->trigger_start));
    }
    CHECK(l.n == 3 && l.v[1].trigger_start == 27 && l.v[1].trigger_end == 31);
    CHECK(l.n == 3 && !strcmp(l.v[2].target, "SYR") && l.v[2].trigger_start == 92 &&
          l.v[2].trigger_end == 99 && l.v[2].trigger_word == 9);
    dyad_event_list_free(&l);
    dyad_doc_free(doc);
    dyad_coder_free(c);
    dyad_dict_free(d);
}

/* Coding rules that need dyad's own dictionaries: each text must give
 * the event "SRC TGT ROOT" (and the sentence may give others), or with
 * absent set must not. */
static void test_rules_with_own_dict(void)
{
    static const struct { const char *text, *src, *tgt, *root; int absent; } cases[] = {
        /* phrasal verbs and their objects */
        { "Tehran called off its indirect nuclear talks with Washington in June 2025.", "IRN",
          "USA", "16", 0 },
        { "Syrian government helicopters dropped barrel bombs on Aleppo.", "SYRMIL", "SYR",
          "19", 0 },
        /* a warning of what the warner could cut threatens it */
        { "The European Commission warned Georgia that it could suspend visa-free travel.",
          "IGOEEU", "GEO", "13", 0 },
        /* a speaker's own state in a compound is no party to what he says */
        { "Chinese Foreign Minister Wang Yi said in Beijing that he was confident relations "
          "between China and the European Union would keep improving.", "CHNGOV", "IGOEEU", "01", 0 },
        { "Chinese Foreign Minister Wang Yi said in Beijing that he was confident relations "
          "between China and the European Union would keep improving.", "CHNGOV", "CHN", "01", 1 },
        /* a stated aim makes a march a protest against its object, the
         * protesters' own government included */
        { "Thousands of Mexican women marched through Mexico City to denounce "
          "President Andres Manuel Lopez Obrador's policies.", "MEXCVL", "MEXGOV", "14", 0 },
        /* blocking highways is obstruction (144), pressing its aim */
        { "Indian farmers blocked the main highways into New Delhi to press Prime Minister "
          "Narendra Modi's government to repeal three farm laws.", "INDAGR", "INDGOV", "14", 0 },
        /* a passive whose subject is a thing: from BY to TO */
        { "Field hospitals and medical supplies were sent to Libya by Egypt.", "EGY", "LBY",
          "07", 0 },
        /* a passive's subject named by its head noun says what was done:
         * expelling diplomats is 161, not the block's 174 */
        { "Two Russian diplomats were expelled by Germany in December 2019.", "DEU", "RUSGOV",
          "16", 0 },
        /* ... and when no pattern matched, its head or first word says it */
        { "Sanctions on Syrian banks were lifted by the British government on Thursday.",
          "GBRGOV", "SYRBUS", "08", 0 },
        /* "the government in Lima" is Peru's, and the passive's subject
         * names what was broken by its head noun, before its preposition */
        { "Diplomatic relations with Venezuela were broken off on Monday by the government "
          "in Lima.", "PERGOV", "VEN", "16", 0 },
        /* barring an actor is an administrative sanction; barring an
         * organisation from working withdraws from it (1663) */
        { "The Taliban barred women from attending universities across Afghanistan.",
          "AFGGOV", "AFGCVL", "17", 0 },
        { "Israel's parliament banned UNRWA from operating on Israeli territory.", "ISRLEG",
          "IGOUNO", "16", 0 },
        /* breaking off talks on a ceasefire halts talks (164), not the
         * ceasefire; a crowd rallying against someone demonstrates */
        { "Israel broke off ceasefire negotiations with Hamas in Doha.", "ISR", "IMGHMS", "16",
          0 },
        { "Tens of thousands of Russians rallied against President Vladimir Putin.", "RUSCVL",
          "RUSGOV", "14", 0 },
        /* another state's forces ordered out are withdrawn from (166);
         * threatening to use the army against protesters is repression */
        { "Burkina Faso's military government ordered French special forces to leave the "
          "country.", "BFAGOV", "FRAMIL", "16", 0 },
        { "Belarusian President Alexander Lukashenko threatened to use the army against "
          "protesters in Minsk.", "BLRGOV", "BLRCVL", "13", 0 },
        /* a compound's talks are with each other, not with a member's state */
        { "Chinese Premier Li Qiang and Australian Prime Minister Anthony Albanese held talks "
          "in Canberra, the first visit to Australia by a Chinese premier in seven years.",
          "CHNGOV", "AUSGOV", "04", 0 },
        /* a strike named as one ("a two-day strike by ... against ...") */
        { "A nationwide strike by Nigerian labour unions against the government's removal of "
          "fuel subsidies shut banks and schools.", "NGALAB", "NGAGOV", "14", 0 },
        { "Turkey's recall of its ambassador to Israel in November 2023 came as Erdogan "
          "denounced Netanyahu.", "TUR", "ISR", "16", 0 },
        /* two nationalities sharing a noun are two actors */
        { "Haitian gang members kidnapped 17 American and Canadian missionaries.", "HTICRM",
          "CANCVL", "18", 0 },
        { "Chinese and Russian strategic bombers flew a joint patrol near Alaska.", "RUSMIL",
          "CHNMIL", "06", 0 },
        /* a supplier's delivery taken */
        { "Kenya took delivery of 16 armoured personnel carriers from the United States.",
          "USA", "KEN", "07", 0 },
        /* vetoing an aid package; chemical weapons dropped or used */
        { "Hungary vetoed a 50 billion euro EU aid package for Ukraine.", "HUN", "IGOEEU", "12",
          0 },
        { "Syrian government aircraft dropped sarin on civilians in the rebel-held town of Khan "
          "Sheikhoun.", "SYRMIL", "SYRCVL", "20", 0 },
        { "Israel placed its northern command on high alert after Hezbollah leader Hassan "
          "Nasrallah threatened to strike cities across Israel.", "ISR", "IMGHEZ", "15", 0 },
        /* supplies cut off, weapons handed, aid flown in */
        { "Russia cut off gas supplies to Poland in April 2022.", "RUS", "POL", "16", 0 },
        { "Germany has handed Ukraine a third Patriot air defence system.", "DEU", "UKR", "07",
          0 },
        { "Qatar flew 30 tonnes of medical supplies to Afghanistan on Sunday.", "QAT", "AFG",
          "07", 0 },
        /* weapons one state hands another's forces are aid; rebels handing
         * theirs to the army disarm (08) */
        { "The United States handed over a C-130H transport aircraft to the Philippine air "
          "force in February 2021.", "USA", "PHLMIL", "07", 0 },
        { "Tigrayan fighters began handing over their heavy weapons to the Ethiopian army.",
          "ETHREB", "ETHMIL", "08", 0 },
        /* help whose slot caught only a role goes to the state after TO */
        { "Cuba sent a brigade of 52 doctors and nurses to Italy's Lombardy region in March "
          "2020 to help hospitals.", "CUB", "ITA", "07", 0 },
        /* fuel supplied or shipped is trade (06); fuel donated is aid (07) */
        { "Algeria began supplying liquefied gas to Tunisia's power plants on Monday.", "DZA",
          "TUN", "06", 0 },
        { "Oman shipped diesel to Yemen under a barter deal in 2021.", "OMN", "YEM", "06", 0 },
        { "Kuwait donated fuel to Jordan during the winter shortage.", "KWT", "JOR", "07", 0 },
        /* a former head of government out of office is an opposition figure */
        { "Mexico granted asylum to former Bolivian President Evo Morales in November 2019.", "MEX",
          "BOLOPP", "07", 0 },
        /* "his family" after a person is the person's state's civilians */
        { "Mexico granted asylum to former Bolivian President Evo Morales and his family in "
          "November 2019.", "MEX", "BOLCVL", "07", 0 },
        /* a claim of responsibility naming no victim is aimed where the attack was */
        { "Al-Shabaab claimed responsibility for the bombing of a hotel in Mogadishu.",
          "SOMREB", "SOM", "01", 0 },
        /* the broker of a compound's joint act is no party to it */
        { "Eritrea and Djibouti agreed to a truce brokered by Qatar on Monday.", "ERI", "DJI",
          "08", 0 },
        { "Eritrea and Djibouti agreed to a truce brokered by Qatar on Monday.", "ERI", "QAT",
          "08", 1 },
        /* sieges ordered, general strikes called, mediation suspended,
         * funds released, food dropped from the air */
        { "Russia's defence minister ordered a siege of the Ukrainian city of Mariupol.",
          "RUSGOV", "UKR", "19", 0 },
        { "Kenya's main labour federation called a general strike against the government.",
          "KENLAB", "KENGOV", "14", 0 },
        { "Egypt suspended its mediation between Ethiopia and Sudan in 2021.", "EGY", "ETH",
          "16", 0 },
        { "Japan released 20 million dollars in humanitarian aid for Afghan refugees.", "JPN",
          "AFGREF", "07", 0 },
        { "Jordanian air force planes dropped food parcels over Gaza in 2024.", "JORMIL",
          "PSE", "07", 0 },
        /* a crowd storming a building protests violently; what a UN agency
         * hands over is aid */
        { "Supporters of the Peruvian opposition stormed the Congress building in Lima.",
          "PEROPP", "PERLEG", "14", 0 },
        { "UNICEF supplied fuel and vaccines to Yemen in 2023.", "IGOUNO", "YEM", "07", 0 },
        /* the passive of giving: the subject received, the agent gave; a
         * preposition after the object is no split particle ("give in") */
        { "Moldova's army was given six armoured vehicles by Romania in 2022.", "ROU",
          "MDAMIL", "07", 0 },
        { "Tunisia was given 50 million dollars in budget support by the World Bank.", "IGOUNOWBK",
          "TUN", "07", 0 },
        /* ", with X of Y looking on" is an aside: its actor is no partner */
        { "Armenia and Azerbaijan signed a peace treaty in Abu Dhabi, with the President of "
          "the United Arab Emirates looking on.", "ARM", "AZE", "05", 0 },
        /* a role tied by a participle to a named actor is that actor's;
         * "shot dead X, the mayor of Y": the apposition names the victim */
        { "A gunman linked to the Sinaloa Cartel shot dead Luis Perez, the mayor of Tepic, in "
          "the Mexican state of Nayarit.", "MEXCRM", "MEXGOV", "18", 0 },
        { "Militiamen loyal to Iran attacked a US base in Syria.", "IRNREB", "USA", "19", 0 },
        /* a show of force aimed at its cause: "after Azerbaijani shelling",
         * "over Turkey's plans", "as China massed warships" */
        { "Georgia put its troops on alert after Russian shelling near the border.", "GEO", "RUS",
          "15", 0 },
        { "Cyprus put its national guard on high alert over Turkey's plans to drill for gas.",
          "CYP", "TUR", "15", 0 },
        { "The Philippine navy raised its combat readiness as China deployed warships near "
          "Scarborough Shoal.", "PHLMIL", "CHN", "15", 0 },
        /* a multitude of an ethnic group is its people; "drove X out" with
         * a long object; a threat of force aimed at a place */
        { "Myanmar troops drove tens of thousands of Rohingya out of Maungdaw in 2017.",
          "MMRMIL", "MMRCVL", "20", 0 },
        { "Iran threatened to fire missiles at targets across Israel.", "IRN", "ISR", "13", 0 },
        /* intentions: "ready to continue talks", "would fully accept";
         * "has no plans to send" is no act */
        { "The Houthis said they were ready to continue talks with Saudi Arabia.", "YEMREB", "SAU",
          "03", 0 },
        { "Armenia has no plans to send troops to Russia, its defence minister said.", "ARM",
          "RUS", "03", 1 },
        /* mobilisation (British spelling) ordered amid fears of a war */
        { "Armenia ordered a general mobilisation amid fears of a war with Azerbaijan.", "ARM",
          "AZE", "15", 0 },
        /* a warning that protesters would be arrested threatens repression */
        { "Belarus's interior minister warned opposition supporters that anyone who marched "
          "would be arrested.", "BLRGOV", "BLROPP", "13", 0 },
        /* admitted as a member */
        { "The African Union admitted Morocco as its 55th member in January 2017.", "IGOAFRAU",
          "MAR", "05", 0 },
        /* a condition after UNTIL is no event */
        { "Washington threatened to impose sanctions on Russia until Moscow agreed to a "
          "ceasefire with Ukraine.", "RUS", "UKR", "08", 1 },
        /* a former vice-president out of office; a named economist */
        { "Ecuadorean police arrested former vice-president Jorge Glas in Quito.", "ECUCOP",
          "ECUOPP", "17", 0 },
        { "Iran freed French economist Fariba Adelkhah in 2023.", "IRN", "FRACVL", "08", 0 },
        /* "hundreds of young Togolese" are people; a region in an apposition
         * names no side */
        { "Hundreds of young Togolese protested in Lome against President Faure Gnassingbe.",
          "TGOCVL", "TGOGOV", "14", 0 },
        { "Protesters in Eswatini demanded that King Mswati III, Africa's last absolute "
          "monarch, allow elections.", "SWZCVL", "SWZGOV", "10", 0 },
        /* a compound of one member's things is the compound's own business */
        { "Japan and India signed an agreement in Tokyo setting up a fund to invest in Indian "
          "railways, ports and power plants.", "IND", "JPN", "05", 0 },
        /* aircraft downed; jets scrambled in response to X; claims dismissed
         * as groundless; warnings that an attack would draw a response */
        { "Houthi fighters downed an American drone over Yemen.", "YEMREB", "USAMIL", "19", 0 },
        { "Taiwan scrambled fighter jets in response to a Chinese incursion.", "TWN", "CHN", "15",
          0 },
        { "Beijing dismissed as groundless Washington's accusation of spying.", "CHN", "USA",
          "01", 0 },
        { "India warned Pakistan that any new attack would draw a response.", "IND", "PAK", "13",
          0 },
        /* a UN official known by name */
        { "Volker Turk condemned Myanmar's military junta in 2023.", "IGOUNO", "MMRGOV", "11",
          0 },
        /* "began investigating X": the gerund is the act; help sent after a
         * disaster named by its magnitude is coded */
        { "A UN team began investigating the killing of protesters by Kenyan police.", "IGOUNO",
          "KENCOP", "09", 0 },
        { "Turkey flew rescue teams to Morocco after a magnitude 6.8 earthquake.", "TUR", "MAR",
          "07", 0 },
        /* a pledge with its date before "to" is an intention; a hyphenated
         * modifier opens a verb's object ("found far-right leader X") */
        { "Qatar pledged on 14 May 2025 to invest 500 billion dollars in the United States.",
          "QAT", "USA", "03", 0 },
        { "A Tunis court found far-right leader Ahmed Saidi guilty of incitement against the "
          "state.", "TUNJUD", "TUNOPP", "11", 0 },
        /* people with no country hit by an organisation in a sentence that
         * names one state are that state's; worshippers are civilians */
        { "Mali's junta sent troops to Menaka after Islamic State fighters killed 30 worshippers "
          "at a mosque.", "IMGISI", "MLICVL", "18", 0 },
        /* questioning someone is investigating; an apposition after a
         * prepositional phrase's name */
        { "Romanian prosecutors questioned far-right politician Mihai Popescu in Bucharest.",
          "ROUJUD", "ROUOPP", "09", 0 },
        { "A Kenyan parliamentary committee opened an inquiry into Amos Kiprono, the governor of "
          "Nakuru county, over missing funds.", "KENLEG", "KENGOV", "09", 0 },
        /* "withheld about $N" (an approximate sum opens the object); throats
         * slit; an offensive called a genocide */
        { "Sweden withheld about 5 million dollars in aid from Zambia in 2019.", "SWE", "ZMB",
          "16", 0 },
        { "Al-Shabaab militants slit the throats of 12 farmers in Somalia.", "SOMREB", "SOMAGR",
          "18", 0 },
        { "South Africa's president called Israel's offensive in Gaza a genocide.", "ZAFGOV",
          "ISR", "11", 0 },
        /* what a compound cooperates on is a topic; diplomats given hours to
         * leave are expelled */
        { "India and France began sharing intelligence on Pakistani militant groups.", "IND",
          "FRA", "06", 0 },
        { "Mali gave French diplomats 72 hours to leave Bamako.", "MLI", "FRAGOV", "16", 0 },
        /* a toll of a hundred or more after ", killing" makes force a mass
         * killing; the toll clause is kept after the last comma */
        { "Sudanese army aircraft bombed a market in Darfur, killing about 120 people.",
          "SDNMIL", "SDN", "20", 0 },
        /* talks resumed */
        { "Serbia and Kosovo resumed talks in Brussels on Monday.", "SRB", "KOS", "04", 0 },
        /* a bomb thrown at someone */
        { "A Kenyan man threw a grenade at President William Ruto in Nairobi.", "KENCVL",
          "KENGOV", "18", 0 },
        /* a withdrawal completed */
        { "Russian peacekeepers completed their withdrawal from Armenia's Syunik province.",
          "RUSMIL", "ARM", "08", 0 },
        /* ", prompting X to do Y": X does Y */
        { "Slovenia recognised the State of Palestine in June 2024, prompting Israel to recall "
          "its ambassador to Slovenia.", "ISR", "SVN", "16", 0 },
        /* a fight takes two armed sides: police fighting gangs is no assault */
        { "Ecuadorean police fought a gun battle with gang members in Guayaquil.", "ECUCOP",
          "ECUCRM", "19", 0 },
        /* a verb joined to the next by "and" shares its object */
        { "Belarusian riot police beat and detained opposition activists during a raid on "
          "their party's offices in Minsk.", "BLRCOP", "BLROPP", "18", 0 },
        /* "the demands of X": X asked */
        { "Sri Lankan President Gotabaya Rajapaksa bowed to the demands of student protesters "
          "in July 2022.", "LKAGOV", "LKAEDU", "08", 0 },
        /* an apposition "the mayor of the Ukrainian city of X", even before
         * a trailing attribution */
        { "Russian soldiers detained Oleg Petrenko, the mayor of the Ukrainian town of "
          "Kakhovka, local officials said.", "RUSMIL", "UKRGOV", "17", 0 },
        /* a name the dictionaries do not know is what its apposition says */
        { "Serbia granted asylum to Zoran Kovac, Montenegro's former prime minister, in 2019.",
          "SRB", "MNEOPP", "07", 0 },
        /* a second verb phrase after ", and" is the subject's second act */
        { "Canada accused Eritrea of jailing journalists without trial, and imposed sanctions "
          "on Asmara.", "CAN", "ERI", "16", 0 },
        /* a fronted phrase of talks ends at the comma after its date; a truce
         * agreed "to end the clashes" is the truce */
        { "At talks in Geneva mediated by Swiss diplomats on 3 May 2024, Armenia and "
          "Azerbaijan agreed to a truce.", "ARM", "AZE", "08", 0 },
        { "In talks hosted by Qatar on 3 May 2024, Armenia and Azerbaijan agreed to a truce.",
          "AZE", "ARM", "08", 0 },
        { "At talks in Geneva on 3 May 2024, Armenia and Azerbaijan agreed to an immediate "
          "truce to end the clashes.", "ARM", "AZE", "08", 0 },
        /* a clause after AFTER whose subject has a phrase after it; "the Rafah
         * crossing" is a place, no participle */
        { "Jordan recalled its ambassador from Israel after an Israeli air strike near the "
          "Rafah crossing killed three Jordanian aid workers.", "ISR", "JORNGO", "19", 0 },
        /* "Fighting between X and Y" with no subject: each fights the other;
         * "M23 rebels" are no verb */
        { "Fighting between Congolese troops and M23 rebels near Goma displaced thousands "
          "of people last week.", "CODREB", "CODMIL", "19", 0 },
        /* a weapon "launched (fired) by X" that struck Y: X struck Y */
        { "Drones launched by the Houthis struck an oil tanker near the port of Aden on "
          "Monday.", "YEMREB", "YEMMIL", "19", 1 },
        { "Rockets fired by Hezbollah hit the Israeli town of Kiryat Shmona on Sunday.",
          "IMGHEZ", "ISR", "19", 0 },
        /* an accident is no one's act, nor is what it heads; a clause after AS
         * whose subject has a participle phrase is coded on its own */
        { "Kenyan lawmakers urged the transport minister to resign after the collapse of a "
          "bridge in Kisumu killed 12 people.", "KEN", "KENCVL", "19", 1 },
        { "The Kenyan prime minister resigned on Monday as young protesters angered by the "
          "killing of a teacher stormed the parliament building in Nairobi.", "KENCVL",
          "KENLEG", "14", 0 },
        /* tightening controls on exports to a state is an embargo */
        { "China tightened controls on exports of rare earths to Japan in 2010.", "CHN", "JPN",
          "16", 0 },
        /* an opposite number holds the source's role in the other state */
        { "Polish intelligence officers met their Czech counterparts in Prague on Monday.",
          "POLSPY", "CZESPY", "04", 0 },
        /* a court upholding a sentence coerces; suspending an agreement
         * reduces relations */
        { "Tanzania's High Court on Monday upheld a prison sentence for opposition leader "
          "Tundu Lissu.", "TZAJUD", "TZAOPP", "17", 0 },
        { "Ghana suspended a peace agreement with Togo on Friday.", "GHA", "TGO", "16", 0 },
        /* "in grants and loans to X": nouns after a preposition, no second act */
        { "European Union leaders pledged 9 billion euros in grants and loans to Moldova at a "
          "summit in Brussels on Thursday.", "IGOEEU", "MDA", "07", 1 },
        /* a month next to a number is no protest march */
        { "Kenya's foreign ministry on 4 March 2025 rejected an Ethiopian plan for a new port, "
          "saying it broke earlier agreements.", "KEN", "ETH", "14", 1 },
        /* a force of nature's participles have no agent */
        { "Floodwaters from a collapsed dam swamped large parts of Kano in northern Nigeria "
          "on 10 September 2023, killing at least 40 people and forcing thousands from their "
          "homes.", "NGA", "NGACVL", "19", 1 },
        /* a show of force is aimed where it happens before at a cause, also when
         * a pronoun of the source's own came first ("calling them ...") */
        { "China's navy began large drills around Taiwan on 23 May 2024, calling them a "
          "warning to separatists, days after Lai Ching-te was sworn in as president.",
          "CHNMIL", "TWN", "15", 0 },
        /* officials of an embassy ordered out, a consulate closed: relations cut */
        { "Mali ordered six officials of the French embassy to leave the country within 72 "
          "hours.", "MLI", "FRAGOV", "16", 0 },
        { "Estonia ordered the closure of Russia's consulate in Narva on Friday.", "EST",
          "RUSGOV", "16", 0 },
        /* pumping gas to a state is trade in fuel */
        { "Azerbaijan began pumping natural gas to Syria through Turkey in August 2025.", "AZE",
          "SYR", "06", 0 },
        /* setting off for a place is a journey, no bombing */
        { "Thousands of Kenyan farmers set off for Nairobi on Monday.", "KENAGR", "KEN", "18",
          1 },
        /* "with X doing Y": a name and a participle after WITH are a clause */
        { "Moscow and Washington swapped prisoners on Thursday, with Russia freeing American "
          "journalist Evan Gershkovich and the United States releasing Vadim Krasikov.", "USA",
          "USAMED", "08", 1 },
        /* a concession prompted by an act is made to those who acted */
        { "Thousands of Kenyans rallied in Nairobi against a tax plan, prompting President "
          "Ruto to drop the proposal.", "KENGOV", "KENCVL", "08", 0 },
        /* a participle after an accident has no agent; after an attack it has */
        { "A helicopter carrying Kenya's army chief crashed in a field on Thursday, killing "
          "him and nine officers.", "KENMIL", "KENCOP", "19", 1 },
        { "Gunmen attacked a convoy in northern Kenya on Thursday, killing nine police "
          "officers.", "KENREB", "KEN", "19", 0 },
        /* "A, B and C troops": the first modifier shares the nouns too */
        { "Japanese, Indian and Australian warships held joint drills in the Indian Ocean.",
          "JPNMIL", "AUSMIL", "06", 0 },
        /* a place set off by commas that says where the one before it is
         * names the country of roles */
        { "Gunmen abducted 40 villagers in Gidan Bako, in Niger's Tahoua region, on Sunday.",
          "NERREB", "NERCVL", "18", 0 },
        /* a court overturning a decision rejects it; a bloc suspending a member
         * reduces relations; crediting someone with a deed praises him;
         * halting the entry of aid blockades */
        { "Malawi's Constitutional Court overturned President Mutharika's decision to close "
          "the border.", "MWIJUD", "MWIGOV", "12", 0 },
        { "ECOWAS suspended Guinea from all its activities after the coup.", "IGOWAFWAS",
          "GIN", "16", 0 },
        { "Kenya's president credited Ethiopia with helping to end the drought crisis.",
          "KENGOV", "ETH", "05", 0 },
        { "Egypt halted the entry of fuel and medicine into Gaza.", "EGY", "PSE", "19", 0 },
        { "Protesters overturned cars outside the Kenyan parliament.", "KENCVL", "KENLEG",
          "12", 1 },
        /* a state leaving a bloc or an international court reduces relations */
        { "Gabon and Chad formally left the Economic Community of Central African States "
          "last week.", "TCD", "IGOCFRCAS", "16", 0 },
        { "Burundi withdrew from the International Criminal Court in 2017.", "BDI",
          "IGOWLDICC", "16", 0 },
        { "Armenian troops withdrew from the African Union base.", "ARMMIL", "IGOAFRAU",
          "08", 0 },
        { "Chad's president left NATO headquarters after the talks.", "TCDGOV", "IGOWSTNAT",
          "16", 1 },
        /* a protest in a clause after the verb is that clause's aim */
        { "Ghana's government declared a curfew in Accra after nurses walked off the job in "
          "protest at a pay cut.", "GHAGOV", "GHA", "17", 0 },
        /* a second main clause after ", and" is coded, not cut */
        { "Iran condemned the deadly attack on the embassy in Beirut, and Israel "
          "condemned Iran.", "ISR", "IRN", "11", 0 },
    };
    dyad_dict *d = dyad_dict_new();
    dyad_dict_set_warn(d, NULL, NULL);
    CHECK_INT(dyad_dict_load_dir(d, "dict", NULL), DYAD_OK);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        for (int shallow = 0; shallow < 2; shallow++) {
            dyad_doc *doc = NULL;
            dyad_coder *c = dyad_coder_new(d, NULL);
            dyad_parser *p = shallow ? NULL : dyad_parser_new(NULL, NULL);
            dyad_event_list l = { 0 };
            CHECK_INT(dyad_doc_from_memory(DYAD_DOC_TEXT, cases[i].text, strlen(cases[i].text),
                                           "t", NULL, &doc, NULL), DYAD_OK);
            dyad_pipeline_code_doc(c, p, doc, &l, NULL);
            int found = 0;
            for (size_t k = 0; k < l.n; k++)
                found |= !strcmp(l.v[k].source, cases[i].src) &&
                         !strcmp(l.v[k].target, cases[i].tgt) &&
                         !strcmp(l.v[k].root, cases[i].root);
            if (found == cases[i].absent) {
                printf("  %s (%s): %s %s %s %s; got", cases[i].text, shallow ? "shallow" : "parse",
                       cases[i].absent ? "unwanted" : "no", cases[i].src, cases[i].tgt,
                       cases[i].root);
                for (size_t k = 0; k < l.n; k++)
                    printf(" %s %s %s;", l.v[k].source, l.v[k].target, l.v[k].code);
                printf("\n");
            }
            CHECK(found != cases[i].absent);
            dyad_event_list_free(&l);
            dyad_doc_free(doc);
            dyad_parser_free(p);
            dyad_coder_free(c);
        }
    }
    dyad_dict_free(d);
}

int main(void)
{
    RUN(test_jobq_in_order_any_workers);
    RUN(test_jobq_small_capacity);
    RUN(test_jobq_stop);
    RUN(test_jobq_empty);
    RUN(test_lexicon_lists);
    RUN(test_lexicon_misses);
    RUN(test_lexicon_threads);
    RUN(test_dates_by_clause);
    RUN(test_places_by_clause);
    RUN(test_trigger_span);
    RUN(test_rules_with_own_dict);
    TEST_MAIN_END;
}
