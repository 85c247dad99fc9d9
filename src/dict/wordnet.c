/*
 * wordnet.c -- the verb WordNet derives a noun from, for event nouns the
 * nouns dictionary does not list.
 *
 * dict/dyad.nouns.txt names the nouns that are events ("visit",
 * "bombing").  A noun it lacks may still name the act of a verb the verbs
 * dictionary codes: WordNet's derivational links join "deployment" to
 * "deploy", "expulsion" to "expel", "seizure" to "seize".  The coder asks
 * wordnet_noun_verb() about a noun only when the nouns dictionary has
 * nothing for it (nominal.c), and codes the noun as that verb.
 *
 * The WordNet library keeps global state and open database files, so
 * every call into it holds one lock, and its answers are cached for the
 * life of the process: a noun is looked up in WordNet once, whatever the
 * number of threads or sentences.  Without the database (wordnet-base not
 * installed) nothing is derived and the coder works as before.
 *
 * Invariant: cache maps an upper-case noun (key owned by the map) to its
 * verb in upper case (owned), or to no_verb when WordNet has none.
 */
#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <wn.h>

#include "dict/dict.h"
#include "util/strmap.h"

static pthread_mutex_t wn_lock = PTHREAD_MUTEX_INITIALIZER;
static int wn_state;                 /* 0 not tried, 1 open, -1 unavailable */
static strmap cache;
static char no_verb[] = "";
static strmap known;                 /* upper-case word -> is_word or not_word */
static char is_word[] = "1", not_word[] = "";

/* The first verb one of noun's senses is derivationally linked to, from
 * the linked word of that sense (not any word of its synset), into out
 * (lower case); 0 if none. */
static int derive(char *noun, char *out, size_t cap)
{
    IndexPtr idx = index_lookup(noun, NOUN);
    int found = 0;
    for (int i = 0; idx && i < idx->off_cnt && !found; i++) {
        SynsetPtr s = read_synset(NOUN, (long)idx->offset[i], noun);
        for (int j = 0; s && j < s->ptrcount && !found; j++) {
            /* pfrm: the synset word the link starts from (0: all) */
            if (s->ptrtyp[j] != DERIVATION || s->ppos[j] != VERB ||
                (s->pfrm[j] && s->pfrm[j] != s->whichword))
                continue;
            SynsetPtr v = read_synset(VERB, s->ptroff[j], "");
            int w = s->pto[j] > 0 ? s->pto[j] - 1 : 0;
            if (v && w < v->wcount && strlen(v->words[w]) < cap &&
                !strchr(v->words[w], '_')) {
                strcpy(out, v->words[w]);
                found = 1;
            }
            if (v)
                free_synset(v);
        }
        if (s)
            free_synset(s);
    }
    if (idx)
        free_index(idx);           /* the library's free_index takes no NULL */
    return found;
}

/* The cached answer for NOUN, looking it up first if new; NULL only when
 * memory ran out.  Called with wn_lock held. */
static const char *lookup_locked(const char *noun)
{
    const char *hit = strmap_get(&cache, noun);
    if (hit)
        return hit;
    char lower[64], verb[64];
    size_t n = strlen(noun);
    for (size_t i = 0; i <= n; i++)
        lower[i] = (char)tolower((unsigned char)noun[i]);
    char *answer = no_verb;
    if (derive(lower, verb, sizeof verb)) {
        for (char *p = verb; *p; p++)
            *p = (char)toupper((unsigned char)*p);
        answer = strdup(verb);
        if (!answer)
            return NULL;
    }
    char *key = strdup(noun);
    void **slot = key ? strmap_slot_for(&cache, key) : NULL;
    if (!slot) {
        free(key);
        if (answer != no_verb)
            free(answer);
        return NULL;
    }
    *slot = answer;
    return answer;
}

/* Open WordNet once.  Called with wn_lock held; 1 if it is there. */
static int open_locked(void)
{
    if (wn_state == 0) {
        wn_state = wninit() == 0 ? 1 : -1;
        strmap_init(&cache);
        strmap_init(&known);
    }
    return wn_state > 0;
}

int wordnet_knows(const char *word)
{
    size_t n = strlen(word);
    if (n < 2 || n >= 64)
        return 1;                    /* (nothing to say: call it known) */
    char lower[64];
    for (size_t i = 0; i <= n; i++)
        lower[i] = (char)tolower((unsigned char)word[i]);
    pthread_mutex_lock(&wn_lock);
    int ok = 1;
    if (open_locked()) {
        const char *hit = strmap_get(&known, word);
        if (hit) {
            ok = hit == is_word;
        } else {
            ok = in_wn(lower, ALL_POS) != 0;
            char *key = strdup(word);
            void **slot = key ? strmap_slot_for(&known, key) : NULL;
            if (slot)
                *slot = ok ? is_word : not_word;
            else
                free(key);
        }
    }
    pthread_mutex_unlock(&wn_lock);
    return ok;
}

int wordnet_noun_verb(const char *noun, char *out, size_t cap)
{
    size_t n = strlen(noun);
    if (n < 3 || n >= 64)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isalpha((unsigned char)noun[i]))
            return 0;                /* "-", digits: no WordNet word */
    pthread_mutex_lock(&wn_lock);
    const char *verb = open_locked() ? lookup_locked(noun) : NULL;
    int ok = verb && verb[0] && strlen(verb) < cap;
    if (ok)
        strcpy(out, verb);
    pthread_mutex_unlock(&wn_lock);
    return ok;
}
