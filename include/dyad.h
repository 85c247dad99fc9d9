/*
 * dyad.h -- the public C API of libdyad.
 *
 * dyad turns news text into CAMEO-coded political events and the actor
 * network they imply.  The data flows
 *
 *     text -> sentences -> parse -> actors/verbs -> events -> store -> network
 *
 * and each stage is usable from C without the command-line tool, which is a
 * thin layer over this header.  Subsystems beyond the coding engine declare
 * their API in include/dyad/<subsystem>.h, included at the end of this file.
 *
 * Conventions (used by every function in the library):
 *   - Functions that can fail return an int status: DYAD_OK (0) on success, a
 *     negative DYAD_E* code on failure.  If they take a `dyad_error *err`,
 *     that struct receives the status and a human-readable message naming
 *     the file, line and fault where there is one.  `err` may be NULL.
 *   - Non-fatal problems met while reading input (a malformed dictionary
 *     line, a bad record in a batch) are reported through a dyad_warn_fn
 *     callback and processing goes on.  The default prints to stderr.
 *   - Objects are created by *_new / *_open and released by *_free / *_close;
 *     strings returned inside structs belong to the struct.
 *   - Dictionaries are read-only once loaded and may be shared by threads;
 *     a dyad_coder holds per-thread scratch state and must not be shared.
 */
#ifndef DYAD_H
#define DYAD_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DYAD_VERSION "0.1.0"

/* ---------------------------------------------------------------- errors */

enum {
    DYAD_OK = 0,
    DYAD_ENOMEM = -1,   /* out of memory */
    DYAD_EIO = -2,      /* a file could not be opened, read or written */
    DYAD_EPARSE = -3,   /* input is malformed (XML, tree, dictionary, JSON) */
    DYAD_EINVAL = -4,   /* a bad argument or option value */
    DYAD_ENOTFOUND = -5,/* a named thing (file, actor, code) does not exist */
    DYAD_EDB = -6,      /* the SQLite store reported an error */
    DYAD_ELIMIT = -7,   /* input exceeds a configured limit */
    DYAD_EEMPTY = -8    /* nothing to work on (empty input, empty database) */
};

typedef struct dyad_error {
    int status;         /* one of DYAD_E*, DYAD_OK when no error */
    char msg[1024];     /* "file:line: what is wrong", or a plain message */
} dyad_error;

/* Static name of a status code, e.g. "parse error". */
const char *dyad_strerror(int status);

/* Set err (if not NULL) to status and a printf-formatted message; returns
 * status so callers can write `return dyad_fail(err, DYAD_EIO, ...)`. */
int dyad_fail(dyad_error *err, int status, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Receives non-fatal diagnostics.  file may be NULL, line 0 when unknown. */
typedef void (*dyad_warn_fn)(void *ud, const char *file, long line,
                             const char *msg);

/* The default warn callback: "dyad: file:line: msg" on stderr. */
void dyad_warn_stderr(void *ud, const char *file, long line, const char *msg);

/* ----------------------------------------------------------- CAMEO table */

typedef struct dyad_cameo_code {
    const char *code;      /* "01", "064", "1831" */
    const char *label;     /* "Make public statement", ... */
    double goldstein;      /* GDELT Goldstein weight, -10 .. +10 */
} dyad_cameo_code;

/* Look a code up in the compiled-in CAMEO table; NULL when unknown. */
const dyad_cameo_code *dyad_cameo_lookup(const char *code);
/* Number of codes and the i-th code, in code order. */
size_t dyad_cameo_count(void);
const dyad_cameo_code *dyad_cameo_at(size_t i);
/* Quad class of a code from its two-digit root: 1 verbal cooperation (01-05),
 * 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material
 * conflict (14-20); 0 for codes outside CAMEO. */
int dyad_cameo_quad(const char *code);
/* Goldstein weight of code, falling back to its root; 0 when unknown. */
double dyad_cameo_goldstein(const char *code);

/* ---------------------------------------------------------- dictionaries */

/* All dictionaries the coder uses: verbs (patterns), actors, agents,
 * discards.  Built once, then read-only. */
typedef struct dyad_dict dyad_dict;

dyad_dict *dyad_dict_new(void);
void dyad_dict_free(dyad_dict *d);
/* Where load-time diagnostics go (default: dyad_warn_stderr). */
void dyad_dict_set_warn(dyad_dict *d, dyad_warn_fn fn, void *ud);

/* Each loader reads one file in the PETRARCH formats, reports malformed
 * lines through the warn callback (as "file:line: fault") and skips them.
 * They fail only when the file cannot be read. */
int dyad_dict_load_verbs(dyad_dict *d, const char *path, dyad_error *err);
int dyad_dict_load_actors(dyad_dict *d, const char *path, dyad_error *err);
int dyad_dict_load_agents(dyad_dict *d, const char *path, dyad_error *err);
int dyad_dict_load_discards(dyad_dict *d, const char *path, dyad_error *err);
/* Gazetteer: "NAME [ISO3] LAT LON" lines, '+' synonym lines. */
int dyad_dict_load_places(dyad_dict *d, const char *path, dyad_error *err);
/* Load every dictionary of dyad's own default set found in dir
 * (*.verbs.txt, *.nouns.txt, *.actors.txt, *.agents.txt, *.discards.txt,
 * *.places.txt), in name order. */
int dyad_dict_load_dir(dyad_dict *d, const char *dir, dyad_error *err);
/* Number of malformed lines met so far by all loaders. */
long dyad_dict_warning_count(const dyad_dict *d);

/* Counts for 'dyad dict stats'. */
typedef struct dyad_dict_stats {
    long actor_entries, actor_phrases;
    long countries;      /* distinct 3-letter state codes */
    long regions;        /* CAMEO region/bloc entries */
    long organisations;  /* IGO/IMG/NGO/... entries and organisation files */
    long dated_people;   /* entries with date-restricted codes */
    long agent_phrases, discards;
    long verb_blocks, verb_forms, synsets;
    long verb_patterns, noun_patterns;
    int cameo3_total;    /* 3-digit CAMEO codes */
    int cameo3_any;      /* ... with at least one pattern */
    int cameo3_covered;  /* ... with at least three patterns */
} dyad_dict_stats;

int dyad_dict_get_stats(const dyad_dict *d, dyad_dict_stats *st);
/* Report duplicates, conflicting codes, overlapping date ranges,
 * unreachable patterns and (with cameo_only) codes outside CAMEO through
 * warn; returns the number of problems. */
long dyad_dict_check(const dyad_dict *d, int cameo_only, dyad_warn_fn warn,
                     void *ud);
/* Print how dyad reads a phrase: actors, agents, verbs, nouns, and the code
 * the phrase gets as a noun phrase on date ("YYYY-MM-DD" or NULL). */
int dyad_dict_lookup(const dyad_dict *d, const char *text, const char *date,
                     FILE *out);
/* Split text into upper-case ASCII words the way dictionaries are matched:
 * accents folded ("Nicolás" -> NICOLAS), possessive 's dropped.  Words are
 * written into buf; returns how many (at most max). */
int dyad_fold_words(const char *text, char *buf, size_t buflen,
                    const char **words, int max);

/* ------------------------------------------------------------- events */

/* Precision of an event date. */
typedef enum {
    DYAD_DATE_NONE = 0,
    DYAD_DATE_YEAR = 1,
    DYAD_DATE_MONTH = 2,
    DYAD_DATE_DAY = 3
} dyad_date_precision;

#define DYAD_CODE_MAX 48

/* One coded event.  Strings are owned by the event (freed by
 * dyad_event_list_clear).  Fields the coding engine cannot know (document
 * id, spans, event date) are filled by the text pipeline. */
typedef struct dyad_event {
    char source[DYAD_CODE_MAX];  /* actor code, e.g. "GONGOV"; "---" = null */
    char target[DYAD_CODE_MAX];
    char code[8];                /* CAMEO (or dictionary) event code */
    char root[4];                /* first two digits of code */
    int quad;                    /* 1..4, 0 if outside CAMEO */
    double goldstein;
    char *source_text;           /* the words that named the source */
    char *target_text;
    char *trigger;               /* the verb or noun that matched */
    size_t trigger_start, trigger_end; /* its byte span in the document, as
                                  * span's (trigger_end 0: not known) */
    int trigger_word;            /* 1 + its index among the sentence's words
                                  * (the parse's leaves); 0: not known */
    /* pipeline fields */
    char *doc_id;
    int sentence;                /* sentence number within the document */
    char story_date[11];         /* YYYY-MM-DD, "" when unknown */
    char event_date[11];         /* YYYY-MM-DD (or YYYY-MM / YYYY padded) */
    dyad_date_precision date_precision;
    char *date_text;             /* the words that gave event_date ("in 1992",
                                  * "since 2007"); NULL when it is the story's */
    int date_final;              /* the coder set the date fields from the
                                  * event's own clause (the pipeline keeps them) */
    char *location;              /* place name, NULL when none */
    char location_country[4];    /* ISO3 / CAMEO country of location */
    double lat, lon;             /* valid when has_coords */
    int has_coords;
    size_t span_start, span_end; /* byte offsets of the sentence in the doc */
    const char *method;          /* "tree" | "parse" | "shallow" (static) */
    char *sentence_text;         /* evidence */
} dyad_event;

typedef struct dyad_event_list {
    dyad_event *v;
    size_t n, cap;
} dyad_event_list;

/* Append a zeroed event; NULL on allocation failure. */
dyad_event *dyad_event_list_push(dyad_event_list *l);
/* Free the strings of every event and set n to 0 (capacity is kept). */
void dyad_event_list_clear(dyad_event_list *l);
void dyad_event_list_free(dyad_event_list *l);
/* Set code, root, quad and goldstein of ev from a code string. */
void dyad_event_set_code(dyad_event *ev, const char *code);

/* Write one event as a JSON object on one line (the JSON Lines contract). */
int dyad_event_write_json(FILE *out, const dyad_event *ev);
/* Phoenix-style tab-separated line; see README for the columns. */
int dyad_event_write_tsv(FILE *out, const dyad_event *ev);

/* ------------------------------------------------------------ coding */

/* A coder codes sentences given as Penn-treebank trees.  One per thread. */
typedef struct dyad_coder dyad_coder;

typedef struct dyad_coder_options {
    int require_dyad;       /* drop events whose source or target is null (1) */
    int new_actor_length;   /* PETRARCH option: code unknown noun phrases of at
                             * most this many words by their text; 0 = off */
    int resolve_references; /* pronouns and definite references ("its", "the
                             * group") take the actor the document last named
                             * of that kind (1 by default) */
    int nominal_events;     /* code events named by nouns ("the visit of X to
                             * Y") with the nouns dictionary (1 by default) */
    int petrarch_compat;    /* code exactly as PETRARCH-1 does, without dyad's
                             * refinements (0 by default; validate sets it) */
} dyad_coder_options;

/* The defaults: require_dyad, resolve_references and nominal_events on. */
dyad_coder_options dyad_coder_defaults(void);

dyad_coder *dyad_coder_new(const dyad_dict *dict,
                           const dyad_coder_options *opt /* NULL: defaults */);
void dyad_coder_free(dyad_coder *c);

/* Code one sentence.  tree is a Penn treebank bracketing such as CoreNLP
 * produces, date is "YYYYMMDD" or "YYYY-MM-DD" (used to resolve dated
 * actors).  Events are appended to out.  An unbalanced or empty tree is a
 * DYAD_EPARSE error for this sentence only; a discarded sentence yields no
 * events and DYAD_OK.  After the call, dyad_coder_last_note() says why a
 * sentence produced nothing ("discard", "no verb", ...) or NULL. */
int dyad_code_tree(dyad_coder *c, const char *tree, const char *date,
                   dyad_event_list *out, dyad_error *err);
const char *dyad_coder_last_note(const dyad_coder *c);
/* Forget what the document named so far; call at each new document. */
void dyad_coder_reset_context(dyad_coder *c);
/* Set a PETRARCH option by name, as <Config option=".." value=".."> does:
 * require_dyad, new_actor_length, resolve_references, nominal_events,
 * comma_min/max/bmin/bmax/emin/emax.
 * DYAD_EINVAL for an unknown option. */
int dyad_coder_set_option(dyad_coder *c, const char *name, const char *value);

/* ---------------------------------------------- PETRARCH XML records */

/* One <Sentence> of a PETRARCH XML file. */
typedef struct dyad_record {
    char *id;
    char *date;        /* as in the file, e.g. "19950101" */
    char *category;
    char *text;
    char *parse;       /* NULL when the record has no <Parse> */
    long line;         /* line of <Sentence> in the file */
    /* validation expectations */
    int n_expected;
    struct { char source[DYAD_CODE_MAX], target[DYAD_CODE_MAX], code[8]; }
        *expected;
    int expect_noevents;
    char *expect_error;  /* error="..." attribute, NULL if none */
    /* <Config option value> elements met since the previous record; they
     * apply from this record on */
    char *config[8][2];
    int nconfig;
} dyad_record;

typedef struct dyad_record_set {
    dyad_record *v;
    size_t n;
    /* <Environment> file names, NULL when absent */
    char *verbfile, *actorfile, *agentfile, *discardfile;
    char *path;
    int n_errors;        /* XML faults met (records before them are kept) */
} dyad_record_set;

/* Read a PETRARCH XML file.  A truncated or broken file yields the records
 * read before the fault plus a warning naming file and line. */
int dyad_records_read(const char *path, dyad_record_set *out,
                      dyad_warn_fn warn, void *ud, dyad_error *err);
void dyad_records_free(dyad_record_set *rs);

/* Code one record (its <Parse>) into complete events: document id, story
 * and event date (the record's date), evidence text. */
int dyad_code_record(dyad_coder *c, const dyad_record *r, dyad_event_list *out,
                     dyad_error *err);

/* Run a PETRARCH validation file: load the dictionaries its <Environment>
 * names from dict_dir, code every record, write each differing record and
 * a per-category table to report (may be NULL), count passes/failures. */
int dyad_validate_file(const char *path, const char *dict_dir, FILE *report,
                       int *passed, int *failed, dyad_error *err);
/* The same, but with parse_mode 1 the records' texts are parsed by dyad
 * (link-grammar, shallow fallback) and with 2 shallow-parsed, instead of
 * using their <Parse> trees: a measure of dyad's own parsing. */
int dyad_validate_file_ex(const char *path, const char *dict_dir, int parse_mode,
                          FILE *report, int *passed, int *failed, dyad_error *err);

#ifdef __cplusplus
}
#endif

/* Subsystem APIs (each self-contained). */
#include "dyad/text.h"
#include "dyad/store.h"
#include "dyad/net.h"
#include "dyad/pipeline.h"
#include "dyad/serve.h"

#endif /* DYAD_H */
