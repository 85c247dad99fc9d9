/*
 * plist.h -- the linearised parse ("ParseList") the pattern coder reads.
 *
 * PETRARCH-style coding matches dictionary patterns against word sequences,
 * using the parse only to delimit clauses and noun phrases.  plist_build()
 * turns a Penn tree into that form:
 *
 *   (ROOT (S (NE --- ARNOR ~NE (VP1 (VBZ IS ~VBZ ... ~VP1 ~S ~ROOT
 *
 * Phrases open with "(TAG" and close with "~TAG".  Simple noun phrases
 * become named-entity blocks "(NE", CODE, words..., "~NE" whose CODE slot
 * ("---" until actors are assigned) the coder fills in.  Compound noun
 * phrases ("Arnor and Gondor") become "(NEC" ... "~NEC" around one (NE block
 * per member.  Verb phrases are numbered "(VP1".."~VP1" so the end of each
 * can be found.  Comma-delimited clauses within the configured lengths are
 * removed (PETRARCH's check_commas), which keeps appositives and
 * attributions ("..., a senior official said") from being coded as the
 * sentence's main event.
 *
 * Invariant after plist_build(): every "(X" has a matching "~X" later in the
 * list and the list is balanced.  Tokens point into the caller's arena.
 */
#ifndef DYAD_PLIST_H
#define DYAD_PLIST_H

#include "parse/ptree.h"
#include "util/arena.h"

typedef struct plist {
    const char **tok;
    int n, cap;
    int start;             /* first index the coder scans (after "(ROOT") */
} plist;

typedef struct plist_comma_opts {
    int min, max;          /* internal clause length bounds; max 0 = off */
    int bmin, bmax;        /* initial clause */
    int emin, emax;        /* terminal clause */
    int join_coordinated;  /* NP CC NP side by side in a flat clause (as a
                            * shallow parse gives them) make a compound */
} plist_comma_opts;

/* Build pl from tree t.  On a structural problem returns -1 and sets
 * *errname to a PETRARCH error name ("dateline", "bad_final_parse"). */
int plist_build(plist *pl, const ptree *t, const plist_comma_opts *co,
                arena *a, const char **errname);

/* Cut PETRARCH's comma clauses from pl (commas.c); plist_build's last step. */
void plist_cut_commas(plist *pl, const plist_comma_opts *co);

/* Helpers for the coder. */
int plist_insert(plist *pl, int at, const char *const *toks, int n, arena *a);
void plist_remove(plist *pl, int from, int to);          /* [from, to) */
int plist_find(const plist *pl, const char *tok, int from);
int plist_is_markup(const char *tok);                    /* "(X" or "~X" */
/* Is w a title that says whom a person acts for (CHAIRMAN, SPOKESMAN,
 * FINANCIER ...)?  Appositions with one are joined to the name before
 * them (commas.c) for entities.c to read. */
int plist_title_word(const char *w);
/* Is w a participle that makes its object act (", PROMPTING Israel to
 * recall ...", "FORCING")?  commas.c keeps such a clause; the coder codes
 * the object's act. */
int plist_causing_word(const char *w);
/* Is pl->tok[i] a "(PP" that gives examples of the noun phrase before it
 * ("countries , including A and B", "such as", "notably", "among them"),
 * or says what a bare count counts ("thousands of protesters")? */
int plist_example_pp(const plist *pl, int i);

#endif
