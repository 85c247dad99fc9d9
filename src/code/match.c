/*
 * match.c -- pattern matching for one verb block; see match.h.
 *
 * Each pattern is matched by a small backtracking search: element k may
 * match at any position at or after the end of element k-1 (or only with
 * nothing but skippable words in between, when joined by '_').  Trying
 * positions in increasing order makes the first full match the one with
 * the lexicographically smallest vector of positions.  Patterns are then
 * ranked by size, then by those vectors, lower part first, then upper.
 */
#include <stdint.h>
#include <string.h>

#include "match.h"
#include "skipwords.h"
#include "tok.h"

#define MAX_ELEMS MAX_PATTERN_ELEMS
#define MAX_SEQ 4096

/* Per-sequence facts precomputed once per verb. */
typedef struct seq_info {
    const seq *s;
    short span_end[MAX_SEQ];   /* for a first marker: its last marker */
    short in_ne[MAX_SEQ];      /* NE whose span holds item j, or -1 */
    short in_nec[MAX_SEQ];     /* NEC whose span holds item j, or -1 */
    unsigned char first[MAX_SEQ]; /* 1 = first marker of an NE/NEC span */
    unsigned char blocks[MAX_SEQ];/* 1 = a word that breaks '_' adjacency */
} seq_info;

typedef struct search {
    const verb_dict *v;
    const seq_info *si;
    const int *ne_nec;
    int is_lower;
    int clause_gaps;       /* a gap between elements may pass a comma */
    int key[MAX_ELEMS];
    actor_ref src, tgt;
    int has_src, has_tgt;
} search;

seq_item seq_word(const dyad_dict *d, const char *w)
{
    seq_item it = { SQ_WORD, w, -1, dict_vocab(d, w), skipword_kind(w) != 0 };
    return it;
}

static int is_ne_marker(int kind) { return kind == SQ_NE_OPEN || kind == SQ_NE_CLOSE; }
static int is_nec_marker(int kind) { return kind == SQ_NEC_OPEN || kind == SQ_NEC_CLOSE; }

static void seq_info_init(seq_info *si, const seq *s)
{
    si->s = s;
    int ne_open = -1, nec_open = -1;
    int n = s->n < MAX_SEQ ? s->n : MAX_SEQ;
    for (int j = 0; j < n; j++) {
        const seq_item *it = &s->v[j];
        si->first[j] = 0;
        si->span_end[j] = (short)j;
        si->blocks[j] = it->kind == SQ_WORD && !it->skip;
        if (is_ne_marker(it->kind)) {
            if (ne_open < 0) {
                ne_open = j;
                si->first[j] = 1;
            } else {
                si->span_end[ne_open] = (short)j;
                ne_open = -1;
            }
        } else if (is_nec_marker(it->kind)) {
            if (nec_open < 0) {
                nec_open = j;
                si->first[j] = 1;
            } else {
                si->span_end[nec_open] = (short)j;
                nec_open = -1;
            }
        }
        si->in_ne[j] = (short)(ne_open >= 0 ? s->v[ne_open].ne : -1);
        si->in_nec[j] = (short)(nec_open >= 0 ? s->v[nec_open].ne : -1);
    }
}

static actor_ref ref_for_ne(const search *st, int ne)
{
    actor_ref r = { ne, st->ne_nec ? st->ne_nec[ne] : -1 };
    return r;
}

static int match_elems(search *st, const pat_elem *e, int ne, int k, int pos);

/* Does synset member m match the words starting at j?  Returns the index
 * after the match, or -1.  Markers between words are transparent. */
static int member_match(const search *st, const syn_member *m, int j, int depth);

static int next_word(const seq *s, int j);

static int syn_match_at(const search *st, int syn, int j, int depth)
{
    const synset *s = &st->v->syns[syn];
    int best = -1;
    /* a word no pattern uses cannot begin a member, nor can a word that
     * begins none of this synset's members */
    const seq *sq = st->si->s;
    int w = next_word(sq, j);
    if (w >= sq->n || !sq->v[w].iword)
        return -1;
    /* going away from the verb in the upper sequence, members are met
     * from their last word */
    int open = st->is_lower ? s->open_first : s->open_last;
    const char **set = st->is_lower ? s->first : s->last;
    int nset = st->is_lower ? s->nfirst : s->nlast;
    if (!open) {
        int hit = 0;
        for (int x = 0; x < nset && !hit; x++)
            hit = set[x] == sq->v[w].iword;
        if (!hit)
            return -1;
    }
    for (int i = 0; i < s->n; i++) {
        int end = member_match(st, &s->m[i], j, depth + 1);
        if (end > best)
            best = end;
    }
    return best;
}

static int next_word(const seq *s, int j)
{
    while (j < s->n && s->v[j].kind != SQ_WORD)
        j++;
    return j;
}

static int member_match(const search *st, const syn_member *m, int j, int depth)
{
    const seq *s = st->si->s;
    if (depth > 8)
        return -1;
    /* the upper sequence runs away from the verb, so a member's words are
     * met last word first there */
    for (int x = 0; x < m->n; x++) {
        const pat_elem *e = &m->e[st->is_lower ? x : m->n - 1 - x];
        j = next_word(s, j);
        if (j >= s->n)
            return -1;
        if (e->kind == PE_WORD) {
            if (s->v[j].iword != e->word)
                return -1;
            j++;
        } else if (e->kind == PE_SYN) {
            j = syn_match_at(st, e->syn, j, depth);
            if (j < 0)
                return -1;
        } else {
            return -1;
        }
    }
    return j;
}

/* Try element k at position j with end position next and rank. */
static int try_here(search *st, const pat_elem *e, int ne, int k, int j,
                    int next, int rank)
{
    st->key[k] = j * 8 + rank;
    return match_elems(st, e, ne, k + 1, next);
}

static int bind_actor(search *st, const pat_elem *el, int ne_index)
{
    actor_ref r = ref_for_ne(st, ne_index);
    if (el->kind == PE_TARGET) {
        st->tgt = r;
        st->has_tgt = 1;
    } else if (el->kind == PE_SOURCE) {
        st->src = r;
        st->has_src = 1;
    }
    return 0;
}

int seq_comma_clause_at(const seq *s, int j)
{
    static const char *const opener[] = { "WHICH", "WHO", "WHILE", "AFTER", "BEFORE",
                                          "WHEN", "AS", "SINCE", "UNTIL", NULL };
    if (s->v[j].kind != SQ_WORD || strcmp(s->v[j].word, ",") || j + 1 >= s->n)
        return 0;
    if (s->v[j + 1].kind == SQ_NE_OPEN) {      /* ", hours after X had ..." */
        int k = j + 2;
        while (k < s->n && s->v[k].kind != SQ_NE_CLOSE)
            k++;
        return k + 1 < s->n && s->v[k + 1].kind == SQ_WORD &&
               (tok_is(s->v[k + 1].word, "AFTER") || tok_is(s->v[k + 1].word, "BEFORE"));
    }
    if (s->v[j + 1].kind != SQ_WORD)
        return 0;
    /* prepositions in -ING open no clause: ", including A and B" */
    static const char *const prep[] = { "INCLUDING", "DURING", "ACCORDING", "FOLLOWING",
                                        "REGARDING", "CONCERNING", "EXCLUDING", "PENDING",
                                        NULL };
    const char *w = s->v[j + 1].word;
    size_t n = strlen(w);
    if (n > 4 && !strcmp(w + n - 3, "ING"))
        return !tok_in(w, prep);
    /* ", many of whom were held ...", ", most of which ..." */
    if (j + 3 < s->n && s->v[j + 2].kind == SQ_WORD && tok_is(s->v[j + 2].word, "OF") &&
        s->v[j + 3].kind == SQ_WORD &&
        (tok_is(s->v[j + 3].word, "WHOM") || tok_is(s->v[j + 3].word, "WHICH")))
        return 1;
    if (tok_is(w, "WITH") && j + 2 < s->n && s->v[j + 2].kind == SQ_NE_OPEN) {
        int k = j + 3;              /* ", with Fidan opening the session" */
        while (k < s->n && s->v[k].kind != SQ_NE_CLOSE)
            k++;
        /* ", with US Secretary of State Marco Rubio looking on" */
        while (k + 2 < s->n && s->v[k + 1].kind == SQ_WORD && tok_is(s->v[k + 1].word, "OF") &&
               s->v[k + 2].kind == SQ_NE_OPEN) {
            k += 3;
            while (k < s->n && s->v[k].kind != SQ_NE_CLOSE)
                k++;
        }
        const char *after = k + 1 < s->n && s->v[k + 1].kind == SQ_WORD ? s->v[k + 1].word : "";
        size_t an = strlen(after);
        return an > 4 && !strcmp(after + an - 3, "ING");
    }
    return tok_in(w, opener);
}

/* Is the WITH at s->v[j] the one of "the border with X"?  X is then a
 * neighbour, not a partner: "drills near the border with Lithuania" are
 * no "&DRILL WITH +" (062). */
static int border_with(const seq *s, int j)
{
    static const char *const edge[] = { "BORDER", "BORDERS", "FRONTIER", "BOUNDARY", NULL };
    int p = j - 1;
    while (p >= 0 && s->v[p].kind == SQ_NE_CLOSE)
        p--;
    return p >= 0 && s->v[p].kind == SQ_WORD && tok_in(s->v[p].word, edge);
}

static int match_elems(search *st, const pat_elem *e, int ne, int k, int pos)
{
    if (k == ne)
        return 1;
    const seq_info *si = st->si;
    const seq *s = si->s;
    const pat_elem *el = &e[k];
    int n = s->n < MAX_SEQ ? s->n : MAX_SEQ;
    actor_ref save_src = st->src, save_tgt = st->tgt;
    int save_hs = st->has_src, save_ht = st->has_tgt;

    /* actor slots may bind the entity the previous element ended inside */
    if ((el->kind == PE_TARGET || el->kind == PE_SOURCE) && pos > 0 &&
        pos < n && si->in_ne[pos] >= 0 && si->in_ne[pos - 1] == si->in_ne[pos]) {
        bind_actor(st, el, si->in_ne[pos]);
        if (try_here(st, e, ne, k, pos, pos, 2 + (el->kind == PE_SOURCE)))
            return 1;
        st->src = save_src, st->tgt = save_tgt;
        st->has_src = save_hs, st->has_tgt = save_ht;
    }
    /* '^' inside an entity skips the rest of it */
    if (el->kind == PE_SKIPNE && pos > 0 && pos < n && si->in_ne[pos] >= 0 &&
        si->in_ne[pos - 1] == si->in_ne[pos]) {
        int end = pos;
        while (end < n && si->in_ne[end] == si->in_ne[pos])
            end++;
        if (try_here(st, e, ne, k, pos, end + 1, 4))
            return 1;
    }
    for (int j = pos; j < n; j++) {
        if (el->consec && j > pos && si->blocks[j - 1])
            break;
        /* "launched drills ... on Tuesday , sending (NEC ..." is no
         * "ON +", nor "rallied outside the embassy , chanting slogans
         * against London's support for ..." a "SUPPORT FOR +": a gap,
         * the one after the verb too, stays in its clause */
        if (!st->clause_gaps && j > pos && seq_comma_clause_at(s, j - 1))
            break;
        const seq_item *it = &s->v[j];
        switch (el->kind) {
        case PE_WORD:
            if (it->kind == SQ_WORD && it->iword == el->word &&
                !(!st->clause_gaps && tok_is(el->word, "WITH") && border_with(s, j)) &&
                try_here(st, e, ne, k, j, j + 1, 0))
                return 1;
            break;
        case PE_SYN:
            if (it->kind == SQ_WORD) {
                int end = syn_match_at(st, el->syn, j, 0);
                if (end > j && try_here(st, e, ne, k, j, end, 1))
                    return 1;
            }
            break;
        case PE_TARGET:
        case PE_SOURCE:
            if (si->first[j] && is_ne_marker(it->kind)) {
                bind_actor(st, el, it->ne);
                if (try_here(st, e, ne, k, j + 1, j + 1,
                             2 + (el->kind == PE_SOURCE)))
                    return 1;
                st->src = save_src, st->tgt = save_tgt;
                st->has_src = save_hs, st->has_tgt = save_ht;
            }
            break;
        case PE_SKIPNE:
            if (si->first[j] && is_ne_marker(it->kind) &&
                try_here(st, e, ne, k, j + 1, si->span_end[j] + 1, 4))
                return 1;
            break;
        case PE_COMPOUND:
            if (si->first[j] && is_nec_marker(it->kind)) {
                actor_ref r = { -1, it->ne };
                st->tgt = r;
                st->has_tgt = 1;
                if (!st->is_lower) {
                    st->src = r;
                    st->has_src = 1;
                }
                if (try_here(st, e, ne, k, j + 1, si->span_end[j] + 1, 5))
                    return 1;
                st->src = save_src, st->tgt = save_tgt;
                st->has_src = save_hs, st->has_tgt = save_ht;
            }
            break;
        }
    }
    return 0;
}

/* -1 if a is the better key vector, 1 if b is, 0 if equal. */
static int key_cmp(const int *a, int na, const int *b, int nb)
{
    int n = na < nb ? na : nb;
    for (int i = 0; i < n; i++)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    if (na != nb)
        return na > nb ? -1 : 1;   /* the longer match is more specific */
    return 0;
}

/* The interned words present in one sequence, as a small open-addressing
 * set of pointers: most patterns name a word the sentence does not have,
 * and are dropped by a few probes before any search starts.  A set that
 * fills past half its slots is marked full and filters nothing. */
#define WORDSET 512
typedef struct wordset {
    const char *slot[WORDSET];
    unsigned short used[WORDSET / 2];   /* the n filled slots, so that a
                                         * refill clears only those */
    int n;
    int full;
    uint64_t sig;               /* OR of the words' word_bit() */
} wordset;

static size_t ptr_hash(const char *p)
{
    uintptr_t x = (uintptr_t)p;
    return (size_t)((x >> 4) ^ (x >> 13)) & (WORDSET - 1);
}

/* ws must start zeroed (static) and then only be refilled. */
static void wordset_fill(wordset *ws, const seq *s)
{
    for (int i = 0; i < ws->n; i++)
        ws->slot[ws->used[i]] = NULL;
    ws->n = 0;
    ws->full = 0;
    ws->sig = 0;
    for (int j = 0; j < s->n; j++) {
        const char *w = s->v[j].kind == SQ_WORD ? s->v[j].iword : NULL;
        if (!w)
            continue;
        ws->sig |= word_bit(w);
        if (ws->n >= WORDSET / 2) {
            ws->full = 1;
            ws->sig = ~(uint64_t)0;
            return;
        }
        size_t h = ptr_hash(w);
        while (ws->slot[h] && ws->slot[h] != w)
            h = (h + 1) & (WORDSET - 1);
        if (!ws->slot[h]) {
            ws->slot[h] = w;
            ws->used[ws->n++] = (unsigned short)h;
        }
    }
}

static int wordset_has(const wordset *ws, const char *w)
{
    if (ws->full)
        return 1;
    for (size_t h = ptr_hash(w); ws->slot[h]; h = (h + 1) & (WORDSET - 1))
        if (ws->slot[h] == w)
            return 1;
    return 0;
}

/* Can elements e[0, n) possibly match a sequence whose words are ws?
 * Every word element needs its word, and every synset element one of
 * its members' first words (all of a member's words must match, so its
 * first one must be there, in whichever direction the search runs). */
static int elems_possible(const verb_dict *v, const pat_elem *e, int n,
                          const wordset *ws)
{
    if (ws->full)
        return 1;
    for (int k = 0; k < n; k++) {
        if (e[k].kind == PE_WORD) {
            if (!wordset_has(ws, e[k].word))
                return 0;
        } else if (e[k].kind == PE_SYN) {
            const synset *sy = &v->syns[e[k].syn];
            int hit = sy->open_first;
            for (int x = 0; x < sy->nfirst && !hit; x++)
                hit = wordset_has(ws, sy->first[x]);
            if (!hit)
                return 0;
        }
    }
    return 1;
}

const verb_pattern *match_head_word(const verb_dict *v, const verb_block *b,
                                    const seq_item *head, const char *not_code)
{
    static _Thread_local seq_info info;
    seq_item item = *head;
    seq one = { &item, 1 };
    seq_info_init(&info, &one);
    search st = { .v = v, .si = &info, .is_lower = 1 };
    for (int p = 0; p < b->n; p++) {
        const verb_pattern *pat = &b->pats[p];
        if (pat->nlow != 1 || pat->nup != 0 || (not_code && !strcmp(pat->code, not_code)))
            continue;
        const pat_elem *e = &pat->low[0];
        int hit = e->kind == PE_WORD ? item.iword == e->word
                : e->kind == PE_SYN  ? syn_match_at(&st, e->syn, 0, 0) == 1
                                     : 0;
        if (hit && !tok_is(pat->code, "---") && pat->code[0] != '+')
            return pat;
    }
    return NULL;
}

/* "- * +" bound the object entity tgt; a one-word pattern of the block
 * that names the object's head (its last word) says better what was done
 * to it: "expelled six Venezuelan diplomats" is "- * &DIPLOMAT" (161),
 * not "- * +" (174), and the diplomats stay the target.  The earlier
 * position of "+" wins the plain ranking, which is PETRARCH's.  Returns
 * the pattern to use instead, or NULL. */
static const verb_pattern *head_pattern(const verb_dict *v, const verb_block *b,
                                        const seq_info *si, const match_result *m)
{
    const seq *s = si->s;
    const verb_pattern *won = m->pat;
    if (won->nlow != 1 || won->nup != 0 || won->low[0].kind != PE_TARGET ||
        m->target.ne < 0 || m->target.nec >= 0)
        return NULL;
    int close = -1;
    for (int j = 1; j < s->n && j < MAX_SEQ; j++)
        if (s->v[j].kind == SQ_NE_CLOSE && s->v[j].ne == m->target.ne) {
            close = j;
            break;
        }
    if (close < 1 || s->v[close - 1].kind != SQ_WORD)
        return NULL;
    return match_head_word(v, b, &s->v[close - 1], won->code);
}

int match_block(const verb_dict *v, const verb_block *b, const seq *upper,
                const seq *lower, const int *ne_nec, int clause_gaps, match_result *out)
{
    static _Thread_local seq_info up_info, low_info;
    static _Thread_local wordset up_words, low_words;
    seq_info_init(&up_info, upper);
    seq_info_init(&low_info, lower);
    wordset_fill(&up_words, upper);
    wordset_fill(&low_words, lower);
    int best_low[MAX_ELEMS], best_up[MAX_ELEMS], nbl = -1, nbu = -1;
    int found = 0;
    for (int p = 0; p < b->n; p++) {
        const pat_filter *f = &b->filter[p];
        if ((f->need_low & ~low_words.sig) | (f->need_up & ~up_words.sig))
            continue;                       /* lacks a word it needs */
        if (f->anchor && !wordset_has(f->anchor_low ? &low_words : &up_words, f->anchor))
            continue;                       /* (without reading the pattern) */
        const verb_pattern *pat = &b->pats[p];
        if (pat->nlow > MAX_ELEMS || pat->nup > MAX_ELEMS)
            continue;
        if (pat->code[0] == '+' && tok_is(pat->code, "+++"))
            continue;                       /* TABARI "complex": not coded */
        if (!elems_possible(v, pat->low, pat->nlow, &low_words) ||
            !elems_possible(v, pat->up, pat->nup, &up_words))
            continue;
        search lo = { .v = v, .si = &low_info, .ne_nec = ne_nec, .is_lower = 1,
                      .clause_gaps = clause_gaps, .src = { -1, -1 }, .tgt = { -1, -1 } };
        if (!match_elems(&lo, pat->low, pat->nlow, 0, 0))
            continue;
        search up = { .v = v, .si = &up_info, .ne_nec = ne_nec, .is_lower = 0,
                      .clause_gaps = clause_gaps, .src = { -1, -1 }, .tgt = { -1, -1 } };
        if (!match_elems(&up, pat->up, pat->nup, 0, 0))
            continue;
        /* more elements matched = more specific pattern; then nearer */
        int c = !found ? -1
              : pat->nlow + pat->nup != nbl + nbu
                    ? (pat->nlow + pat->nup > nbl + nbu ? -1 : 1)
                    : key_cmp(lo.key, pat->nlow, best_low, nbl);
        if (c == 0)
            c = key_cmp(up.key, pat->nup, best_up, nbu);
        if (c >= 0)
            continue;
        found = 1;
        memcpy(best_low, lo.key, sizeof(int) * (size_t)pat->nlow);
        memcpy(best_up, up.key, sizeof(int) * (size_t)pat->nup);
        nbl = pat->nlow;
        nbu = pat->nup;
        out->pat = pat;
        out->source = lo.has_src ? lo.src : up.has_src ? up.src : (actor_ref){ -1, -1 };
        out->target = lo.has_tgt ? lo.tgt : up.has_tgt ? up.tgt : (actor_ref){ -1, -1 };
    }
    if (found && !clause_gaps) {
        const verb_pattern *better = head_pattern(v, b, &low_info, out);
        if (better)
            out->pat = better;
    }
    return found;
}
