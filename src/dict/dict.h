/*
 * dict.h -- in-memory dictionaries shared by the loaders and the coder
 * (private to libdyad; the public face is dyad_dict in dyad.h).
 *
 * Layout, in the order the coder consults them:
 *   discards  phrases that stop a sentence or a whole story from coding
 *   actors    phrases -> codes, each code possibly restricted to a date
 *             range ("[VENGOV 19990202-20130305]"); synonyms share codes
 *   agents    phrases -> agent codes that compose with an actor ("~GOV"
 *             appends, "NGO~" prepends)
 *   verbs     verb forms -> (block, code); each block holds the patterns
 *             written under it; synsets are named word-sequence sets
 *   nouns     the same structure for nouns that name events ("visit")
 *
 * Every phrase index is keyed on its first word in a strmap, so a lookup
 * costs one hash per token plus the (short) list of phrases starting with
 * that word.  All strings and arrays live in the dictionary's arena and are
 * freed together.
 */
#ifndef DYAD_DICT_INTERNAL_H
#define DYAD_DICT_INTERNAL_H

#include <stdint.h>

#include "dyad.h"
#include "util/arena.h"
#include "util/strmap.h"

/* ------------------------------------------------------------ phrases */

/* A multi-word phrase.  gap[i] (i >= 1) says whether other words may come
 * between word i-1 and word i (' ' in the file) or not ('_'). */
typedef struct phrase {
    const char **w;
    unsigned char *gap;
    int nw;
    int entry;             /* actors: index into actor_dict.entries */
    const char *code;      /* agents: "~GOV" / "NGO~" */
    int line;
} phrase;

typedef struct phrase_list {
    phrase **v;
    int n, cap;
} phrase_list;

/* phrases keyed by first word; each list sorted longest first */
typedef struct phrase_index {
    strmap by_first;
    long count;
} phrase_index;

/* ------------------------------------------------------------- actors */

typedef struct actor_code {
    char kind;             /* 0 always, '<' until d1, '>' from d1, '-' d1..d2 */
    int d1, d2;            /* YYYYMMDD */
    const char *code;
} actor_code;

typedef struct actor_entry {
    actor_code *codes;
    int n, cap;
    const char *name;      /* the primary phrase, for dyad dict tools */
    const char *file;
    int line;
} actor_entry;

typedef struct actor_dict {
    phrase_index index;
    actor_entry *entries;
    int n, cap;
} actor_dict;

/* ------------------------------------------------------------- verbs */

enum pat_kind { PE_WORD, PE_SYN, PE_TARGET, PE_SOURCE, PE_SKIPNE, PE_COMPOUND };

typedef struct pat_elem {
    unsigned char kind;    /* enum pat_kind */
    unsigned char consec;  /* must directly follow the previous element */
    const char *word;      /* PE_WORD */
    int syn;               /* PE_SYN: index into verb_dict.syns */
} pat_elem;

typedef struct verb_pattern {
    pat_elem *up;          /* words before the verb, nearest first */
    pat_elem *low;         /* words after the verb, in order */
    int nup, nlow;
    const char *code;      /* "064", "042:043", "---" */
    int line;
    uint64_t need_low;     /* word_bit() of every word element after and */
    uint64_t need_up;      /* before the verb: a pattern whose bits a
                            * sentence lacks cannot match it */
} verb_pattern;

/* One bit for an interned word (a pointer into the dictionary's vocabulary),
 * for the 64-bit signatures that let the matcher drop most patterns of a
 * verb with one AND: a sentence's signature ORs its words' bits. */
static inline uint64_t word_bit(const char *interned)
{
    uintptr_t x = (uintptr_t)interned;
    return (uint64_t)1 << ((x >> 4 ^ x >> 10 ^ x >> 16) & 63);
}

/* Patterns with more elements on one side are never coded. */
#define MAX_PATTERN_ELEMS 48

/* The two signatures of one pattern, kept apart from the patterns so that
 * the matcher's first pass over a block reads 16 contiguous bytes per
 * pattern instead of a 56-byte pattern and its code string: that scan
 * was the coder's largest source of cache misses.  A pattern the matcher
 * never codes (too many elements, TABARI "+++") has every bit set. */
typedef struct pat_filter {
    uint64_t need_low, need_up;
    const char *anchor;    /* one word element's interned word (NULL: none),
                            * tested exactly before the pattern is read: a
                            * signature lets through about one pattern in
                            * fifteen that cannot match */
    int anchor_low;        /* anchor is after the verb (else before) */
} pat_filter;

typedef struct verb_block {
    const char *name;      /* the block's first verb (PETRARCH "meaning") */
    const char *code;      /* code of the header line, "---" if none */
    verb_pattern *pats;
    pat_filter *filter;    /* filter[i] summarises pats[i]; same n */
    int n, cap, filter_cap;
    const char *file;
    int line;
    int alias;             /* a later block of the same name adds its
                            * patterns to this earlier one (-1: none) */
} verb_block;

/* One surface form of a verb, possibly part of a multi-word verb. */
typedef struct verb_form {
    int block;
    const char *code;      /* the verb line's code or the block's */
    const char **before;   /* multi-word verbs: words before, nearest first */
    const char **after;
    int nbefore, nafter;
    const char *lemma;     /* the verb line's base form */
} verb_form;

typedef struct verb_form_list {
    verb_form *v;
    int n, cap;
} verb_form_list;

typedef struct syn_member {
    pat_elem *e;           /* words or nested synsets, consecutive */
    int n;
} syn_member;

typedef struct synset {
    const char *name;      /* "&CURRENCY" */
    syn_member *m;
    int n, cap;
    const char **first;    /* interned first words of the members */
    const char **last;     /* ... and last words (met first going backwards) */
    int nfirst, nlast;
    int open_first;        /* some member starts with a synset: no filter */
    int open_last;         /* some member ends with a synset */
} synset;

typedef struct verb_dict {
    strmap forms;          /* surface word -> verb_form_list* */
    verb_block *blocks;
    int nblocks, capblocks;
    synset *syns;
    int nsyns, capsyns;
    strmap synmap;         /* "&NAME" -> index + 1 */
    strmap blockmap;       /* block name -> index + 1 */
    long npatterns, nforms;
} verb_dict;

/* ----------------------------------------------------------- discards */

typedef struct discard_dict {
    phrase_index index;    /* phrase.entry: 1 = story-level, 0 = sentence */
} discard_dict;

/* ------------------------------------------------------------- places */

typedef struct place {
    const char *name;      /* the primary name, words joined by spaces */
    char country[4];
    double lat, lon;
} place;

typedef struct place_dict {
    phrase_index index;    /* phrase.entry: index into places */
    place *v;
    int n, cap;
} place_dict;

/* ------------------------------------------------------------ the lot */

struct dyad_dict {
    arena a;
    actor_dict actors;
    phrase_index agents;
    verb_dict verbs;
    verb_dict nouns;
    discard_dict discards;
    place_dict places;
    strmap vocab;          /* every pattern word, interned: a sentence word
                            * is looked up once and then compared to pattern
                            * words by pointer */
    dyad_warn_fn warn;
    void *warn_ud;
    long warnings;
    int nfiles;
    const char *files[64];   /* loaded file names, for reports */
};

/* dict.c: shared reading helpers */
typedef struct dict_reader {
    FILE *f;
    const char *path;
    long lineno;
    char *buf;
    size_t cap;
    int in_comment;          /* inside a multi-line <!-- --> */
} dict_reader;

int dict_reader_open(dict_reader *r, const char *path, dyad_error *err);
/* Next meaningful line (comments stripped, trailing space trimmed), or
 * NULL at end of file.  Leading white space is kept (it marks actor date
 * restrictions). */
char *dict_reader_next(dict_reader *r);
void dict_reader_close(dict_reader *r);
void dict_warn(dyad_dict *d, const char *file, long line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* Parse a phrase ("UNITED_STATES", "HAMFAST GAMGEE") into p (words
 * upper-cased, in the arena).  Returns 0, or -1 if it holds no word. */
int dict_parse_phrase(dyad_dict *d, const char *s, size_t len, phrase *p);
/* The interned copy of a pattern word (adding it), or, for lookups from
 * sentences, the interned copy or NULL when no pattern uses the word. */
const char *dict_intern(dyad_dict *d, const char *w);
const char *dict_vocab(const dyad_dict *d, const char *w);

/* Add p to an index keyed on its first word. */
int phrase_index_add(arena *a, phrase_index *ix, phrase *p);
const phrase_list *phrase_index_get(const phrase_index *ix, const char *word);
/* Parse a date YYYYMMDD or YYMMDD (YY <= 30 -> 20YY) into *out. */
int dict_parse_date(const char *s, size_t len, int *out);

/* actors.c */
/* Code of the first actor found in words[0..n) on date (YYYYMMDD), with
 * agents composed in; NULL if neither actor nor agent was found.  The
 * result is written into out (size outlen).  *person (if not NULL) is set
 * when the actor is a dated entry, i.e. a person holding offices. */
const char *actor_code_for_phrase(const dyad_dict *d, const char *const *words,
                                  int n, int date, char *out, size_t outlen,
                                  int *person);
/* Is words[k] part of an actor phrase found in words[0..n)? */
int actor_phrase_covers(const dyad_dict *d, const char *const *words, int n, int k);
/* Is words[k] part of an agent phrase ("prisoners of war")? */
int agent_phrase_covers(const dyad_dict *d, const char *const *words, int n, int k);
/* flags: ACTOR_PERSON_NO_AGENTS -- a dated person's code is not composed
 * with the agents around it ("former president X" stays X's code). */
#define ACTOR_PERSON_NO_AGENTS 1
/* Does w end like a demonym (CANADIAN, CHINESE, BRITISH, IRAQI, FRENCH)? */
int actor_demonym_ending(const char *w);

/* ACTOR_ORG_NO_AGENTS -- organisations (IGO, IMG, NGO codes, and any
 * non-person entry whose code already has a role, like a cartel's MEXCRM)
 * stay themselves: "NATO leaders" is NATO; and a state's own group named
 * right after it is the group ("Yemen's Houthi rebels" is YEMREB). */
#define ACTOR_ORG_NO_AGENTS 2
/* ACTOR_OWNER_ENDS_AGENTS -- a possessive pronoun after the first word
 * names another owner: the agents after it are its own ("the Israeli
 * strike on its consulate" is ISR, not ISRGOV). */
#define ACTOR_OWNER_ENDS_AGENTS 4
/* ACTOR_DEMONYM_PEOPLE -- a plural demonym with no role ("thousands of
 * Indonesians", not "the Israelis") names civilians: IDNCVL. */
#define ACTOR_DEMONYM_PEOPLE 8
/* ACTOR_ONE_ROLE -- one role code at most: of several role nouns the last
 * that is not CVL ("student protesters" are students, "officers of the
 * counterintelligence agency" the agency's), as dyad's conventions code;
 * and a one-word person match going on into another name ("Assad Ahmad
 * Barakat") is no match. */
#define ACTOR_ONE_ROLE 16
const char *actor_code_for_phrase_ex(const dyad_dict *d, const char *const *words,
                                     int n, int date, char *out, size_t outlen,
                                     int *person, int flags);
const char *actor_entry_code(const actor_entry *e, int date);

/* verbs.c */
int verb_dict_load(dyad_dict *d, verb_dict *v, const char *path, dyad_error *err);
const verb_form_list *verb_forms(const verb_dict *v, const char *word);
void verb_dict_free(verb_dict *v);

/* wordnet.c: the verb WordNet derives the upper-case noun from ("DEPLOYMENT"
 * -> "DEPLOY"), upper case, into out; 0 if none (or no WordNet database).
 * Thread-safe; answers are cached for the life of the process. */
int wordnet_noun_verb(const char *noun, char *out, size_t cap);
/* wordnet.c: is the upper-case word one WordNet knows, in any part of
 * speech?  1 also when there is no WordNet database to ask.  Thread-safe,
 * cached like wordnet_noun_verb. */
int wordnet_knows(const char *word);

/* places.c: the place named by words[k..] (longest match), or NULL; *len
 * receives the number of words matched. */
const place *place_at(const dyad_dict *d, const char *const *words, int n, int k,
                      int *len);

/* discards.c: 0 none, 1 sentence discard, 2 story discard */
int discard_check(const dyad_dict *d, const char *const *words, int n,
                  const char **which);

#endif
