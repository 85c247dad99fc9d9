/*
 * coder.c -- codes one parsed sentence into events (the coding engine).
 *
 * Steps for each sentence, following PETRARCH-1's semantics:
 *   1. discards: a listed phrase drops the sentence (or the story);
 *   2. the Penn tree becomes a ParseList (plist.c);
 *   3. every noun-phrase entity (NE) gets an actor code from the actor
 *      and agent dictionaries, on the sentence date; compounds inside an
 *      NE ("lawmakers in Fornost and Gondor") are expanded into one NE per
 *      member, each keeping the shared words;
 *   4. each verb phrase whose verb is in the verb dictionary is matched
 *      against the patterns of its block (match.c); the pattern (or the
 *      verb's own code) gives the event code, the pattern's '+'/'$' slots
 *      or the nearest entities give target and source;
 *   5. compound actors multiply into one event per pair, passive voice
 *      swaps source and target, paired codes ("032:033") add the reverse
 *      event, and with require_dyad events with a null actor are dropped.
 */
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coder_internal.h"
#include "parse/ptree.h"
#include "skipwords.h"
#include "util/strcopy.h"
#include "tok.h"

dyad_coder_options dyad_coder_defaults(void)
{
    dyad_coder_options o = { .require_dyad = 1, .new_actor_length = 0,
                             .resolve_references = 1, .nominal_events = 1 };
    return o;
}

dyad_coder *dyad_coder_new(const dyad_dict *dict, const dyad_coder_options *opt)
{
    dyad_coder *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->d = dict;
    c->opt = opt ? *opt : dyad_coder_defaults();
    c->commas = (plist_comma_opts){ 2, 8, 0, 0, 2, 8, 0 };
    arena_init(&c->scratch, 256 * 1024);
    arena_init(&c->input, 64 * 1024);
    return c;
}

void dyad_coder_free(dyad_coder *c)
{
    if (!c)
        return;
    arena_free(&c->scratch);
    arena_free(&c->input);
    free(c);
}

const char *dyad_coder_last_note(const dyad_coder *c) { return c->note; }

void dyad_coder_reset_context(dyad_coder *c)
{
    memset(&c->ctx, 0, sizeof c->ctx);
}

static int parse_date(const char *s)
{
    int v = 0, k = 0;
    for (; s && *s && k < 8; s++)
        if (*s >= '0' && *s <= '9')
            v = v * 10 + (*s - '0'), k++;
    return k == 8 ? v : 0;
}


/* Index of the token closing the phrase opened at i (depth counting). */
int close_of(const char **tok, int n, int i)
{
    int depth = 0;
    for (int j = i; j < n; j++) {
        if (tok[j][0] == '(')
            depth++;
        else if (tok[j][0] == '~' && --depth == 0)
            return j;
    }
    return -1;
}

/* PETRARCH <Config> options used by validation files. */
int dyad_coder_set_option(dyad_coder *c, const char *name, const char *value)
{
    int truth = value && (value[0] == 't' || value[0] == 'T' || value[0] == '1');
    int num = value ? atoi(value) : 0;
    if (tok_is(name, "require_dyad"))
        c->opt.require_dyad = truth;
    else if (tok_is(name, "petrarch_compat"))
        c->opt.petrarch_compat = truth;
    else if (tok_is(name, "nominal_events"))
        c->opt.nominal_events = truth;
    else if (tok_is(name, "resolve_references"))
        c->opt.resolve_references = truth;
    else if (tok_is(name, "new_actor_length"))
        c->opt.new_actor_length = num;
    else if (tok_is(name, "comma_min"))
        c->commas.min = num;
    else if (tok_is(name, "comma_max"))
        c->commas.max = num;
    else if (tok_is(name, "comma_bmin"))
        c->commas.bmin = num;
    else if (tok_is(name, "comma_bmax"))
        c->commas.bmax = num;
    else if (tok_is(name, "comma_emin"))
        c->commas.emin = num;
    else if (tok_is(name, "comma_emax"))
        c->commas.emax = num;
    else
        return DYAD_EINVAL;
    return DYAD_OK;
}

/* ------------------------------------------------------------ sequences */

/* One pass over the final ParseList: the sequence item of every token
 * (words interned, entity markers with their entity), the phrase a
 * closing tag closes, and flags, so that building a verb's sequences is a
 * plain copy. */
static void intern_tokens(dyad_coder *c)
{
    const plist *pl = &c->pl;
    size_t n = (size_t)pl->n + 1;
    c->tok_item = arena_alloc(&c->scratch, n * sizeof *c->tok_item);
    c->tok_flag = arena_alloc(&c->scratch, n);
    c->tok_open = arena_alloc(&c->scratch, n * sizeof *c->tok_open);
    if (!c->tok_item || !c->tok_flag || !c->tok_open)
        return;
    memset(c->tok_flag, 0, n);
    int stack[1024], sp = 0, ne = -1, nec = -1, next_ne = 0;
    for (int i = 0; i < pl->n; i++) {
        const char *t = pl->tok[i];
        c->tok_open[i] = -1;
        if (t[0] == '(') {
            if (sp < 1024)
                stack[sp++] = i;
            if (tok_is(t, "(NE")) {
                ne = next_ne < c->nne && c->ne_pos[next_ne] == i ? next_ne++ : -1;
                c->tok_item[i] = (seq_item){ .kind = SQ_NE_OPEN, .ne = ne };
                c->tok_flag[i] = ne >= 0 ? TOK_ITEM : 0;
                i++;                        /* the code slot: no item */
                if (i < pl->n)
                    c->tok_open[i] = -1;
            } else if (is_nec_open(t)) {
                nec = next_ne < c->nne ? c->ne_nec[next_ne] : -1;
                c->tok_item[i] = (seq_item){ .kind = SQ_NEC_OPEN, .ne = nec };
                c->tok_flag[i] = nec >= 0 ? TOK_ITEM : 0;
            }
        } else if (t[0] == '~') {
            int open = sp > 0 ? stack[--sp] : -1;
            c->tok_open[i] = open;
            if (tok_is(t, "~NE")) {
                c->tok_item[i] = (seq_item){ .kind = SQ_NE_CLOSE, .ne = ne };
                c->tok_flag[i] = ne >= 0 ? TOK_ITEM : 0;
            } else if (is_nec_close(t)) {
                c->tok_item[i] = (seq_item){ .kind = SQ_NEC_CLOSE, .ne = nec };
                c->tok_flag[i] = nec >= 0 ? TOK_ITEM : 0;
            } else if (tok_is(t, "~,")) {
                c->tok_flag[i] = TOK_COMMA_CLOSE;
            } else if (coder_starts(t, "~VP")) {
                c->tok_flag[i] = TOK_VP_CLOSE;
            }
        } else {
            c->tok_item[i] = seq_word(c->d, t);
            c->tok_flag[i] = TOK_ITEM;
        }
    }
}

static int build_seq(dyad_coder *c, int from, int to, int dir, seq_item *v)
{
    int n = 0;
    for (int i = from; dir > 0 ? i < to : i >= to; i += dir) {
        if (n >= MAX_SEQ_ITEMS)
            break;
        unsigned char f = c->tok_flag[i];
        if (dir < 0 && (f & TOK_COMMA_CLOSE)) {
            /* a comma ends the words before the verb -- except, for dyad,
             * when none of them is an entity: the verb heads an inserted
             * clause whose subject precedes it ("X, bolstered by Y,") */
            int any_ne = 0;
            for (int k = 0; k < n; k++)
                any_ne |= v[k].kind == SQ_NE_CLOSE || v[k].kind == SQ_NEC_CLOSE;
            if (c->opt.petrarch_compat || any_ne)
                break;
            continue;
        }
        if (dir < 0 && (f & TOK_VP_CLOSE)) {
            /* a whole verb phrase before this verb ("condemned X and
             * promised"): its objects are not this verb's subject */
            i = c->tok_open[i] > to ? c->tok_open[i] : to;
            continue;
        }
        if (f & TOK_ITEM)
            v[n++] = c->tok_item[i];
    }
    for (int k = 0; k < n; k++)
        if ((v[k].kind == SQ_NE_OPEN || v[k].kind == SQ_NE_CLOSE) && v[k].ne < 0)
            v[k] = seq_word(c->d, "");
    return n;
}

/* First coded entity (compound or NE) in s; failing that, first entity.
 * A role with no actor ("---MIL": "... warships and aircraft struck") is
 * not coded: a named actor further on is preferred to it. */
actor_ref coder_find_entity(const dyad_coder *c, const seq *s, const char *exclude)
{
    actor_ref none = { -1, -1 };
    for (int pass = 0; pass < 2; pass++) {
        for (int k = 0; k < s->n; k++) {
            const seq_item *it = &s->v[k];
            if (it->kind != SQ_NE_OPEN && it->kind != SQ_NE_CLOSE)
                continue;
            const char *code = c->ne_code[it->ne];
            if (pass == 0 && tok_has_prefix(code, "---"))
                continue;
            if (exclude && !strcmp(code, exclude) && c->ne_nec[it->ne] < 0)
                continue;
            int ne = it->ne, h = c->ne_head[ne];
            if (h >= 0 && c->ne_force[h])
                continue;       /* "the collapse of a station canopy in X" */
            if (h >= 0 && !tok_is(c->ne_code[h], "---") &&
                !(exclude && !strcmp(c->ne_code[h], exclude)))
                ne = h;
            actor_ref r = { ne, c->ne_nec[ne] };
            return r;
        }
    }
    return none;
}

/* Is the verb (its phrase at k, the verb at vpos) the subject's act when
 * that subject is a force of nature or an accident ("floodwaters swamped
 * X, killing 30": no one killed them)?  The subject is the entity right
 * before the verb, or for a participle after a comma or AND (", sending X
 * and injuring Y") the clause's first. */
static int subject_is_force(const dyad_coder *c, const seq *upper, int k, int vpos)
{
    const plist *pl = &c->pl;
    int participle = comma_participle(pl, k) ||
                     (tok_is(pl->tok[vpos - 1], "(VBG") && upper->n > 0 &&
                      upper->v[0].kind == SQ_WORD &&
                      (tok_is(upper->v[0].word, "AND") || tok_is(upper->v[0].word, ",")));
    int ne = -1;
    if (!participle)            /* "Floods killed 30" */
        ne = upper->n > 0 && upper->v[0].kind == SQ_NE_CLOSE ? upper->v[0].ne : -1;
    for (int j = 0; participle && j < upper->n; j++)
        if (upper->v[j].kind == SQ_NE_OPEN && upper->v[j].ne >= 0)
            ne = upper->v[j].ne;            /* (the last is the clause's first) */
    return ne >= 0 && c->ne_force[ne];
}

/* ---------------------------------------------------------------- verbs */

/* DYAD_TRACE=1 in the environment prints the ParseList and each verb's
 * sequences to stderr: the tool for working out why a sentence coded as
 * it did. */
int coder_trace_on(void)
{
    static atomic_int on = -1;      /* read once; threads may race benignly */
    int v = atomic_load(&on);
    if (v < 0) {
        const char *e = getenv("DYAD_TRACE");
        v = e && *e && *e != '0';
        atomic_store(&on, v);
    }
    return v;
}

void coder_trace_seq(const char *what, const seq *s)
{
    fprintf(stderr, "  %s:", what);
    for (int k = 0; k < s->n; k++) {
        const seq_item *it = &s->v[k];
        switch (it->kind) {
        case SQ_WORD: fprintf(stderr, " %s", it->word); break;
        case SQ_NE_OPEN: fprintf(stderr, " (NE%d", it->ne); break;
        case SQ_NE_CLOSE: fprintf(stderr, " ~NE%d", it->ne); break;
        case SQ_NEC_OPEN: fprintf(stderr, " (NEC%d", it->ne); break;
        case SQ_NEC_CLOSE: fprintf(stderr, " ~NEC%d", it->ne); break;
        }
    }
    fputc('\n', stderr);
}

/* The subject of a hostile act (roots 13-20: threaten .. mass violence),
 * event or not ("North Korea fired a missile into the sea"), is who "the
 * launch" of a later sentence means. */
static void note_act(dyad_coder *c, const seq *upper, actor_ref src, const char *code)
{
    int root = code_root(code);
    if (root < 13 || root > 20)
        return;
    if (src.ne < 0 && src.nec < 0)
        src = coder_find_entity(c, upper, NULL);
    if (src.ne >= 0 && src.nec < 0)
        context_note_act(c, c->ne_code[src.ne]);
}

/* Note that entity or compound r is what a verb of yielding (08) undid:
 * "sanctions ... were suspended", "lifted the blockade" -- the noun is
 * then no event of its own (nominal_events skips it). */
static void mark_in_event(dyad_coder *c, actor_ref r)
{
    if (r.nec >= 0)
        for (int k = 0; k < c->nec_count[r.nec]; k++)
            c->ne_in_event[c->nec_first[r.nec] + k] = 1;
    else if (r.ne >= 0 && r.ne < c->nne)
        c->ne_in_event[r.ne] = 1;
}

/* "A Russian missile strike killed 15 civilians", "a car bomb attack by
 * al-Shabaab killed 30": a killing or use of force whose subject is a
 * violent event noun was done by that means -- the noun's code (195,
 * 1832) says how, and the noun is no event of its own. */
static const char *event_noun_subject(dyad_coder *c, actor_ref src, const char *code)
{
    int root = code_root(code);
    if (src.ne < 0 || (root != 18 && root != 19))
        return code;
    const char *noun = nominal_violent_code(c, src.ne);
    if (!noun || code_root(noun) == 20)
        return code;
    mark_in_event(c, src);
    return noun;
}

/* The head of an entity whose words run backwards in upper between its
 * close and its open: the word before its first preposition ("DIPLOMATIC
 * RELATIONS | WITH VENEZUELA", "SANCTIONS | ON SYRIAN BANKS"), else its
 * first word; -1 when that is no word. */
static int head_before_preposition(const seq *upper, int close, int open)
{
    static const char *const preps[] = { "OF", "WITH", "ON", "TO", "FOR", "AGAINST", "IN",
                                         "BETWEEN", "FROM", NULL };
    for (int k = open - 1; k > close + 1; k--)        /* forward in the text */
        if (upper->v[k - 1].kind == SQ_WORD && tok_in(upper->v[k - 1].word, preps))
            return upper->v[k].kind == SQ_WORD ? k : -1;
    return upper->v[open - 1].kind == SQ_WORD ? open - 1 : -1;
}

/* "Two Russian diplomats were expelled by Germany": what a passive did to
 * its subject is said better by a one-word pattern naming the subject's
 * head noun (&DIPLOMAT: 161) than by the block's own code or "- * +"
 * (174), as head_pattern() does for an active verb's object; and when no
 * pattern matched at all, such a pattern on the subject's last word or on
 * the word before its first preposition gives the code ("sanctions on
 * Syrian banks were lifted": 085).
 * subject (-1: the upper sequence's) is the passive's; m->pat becomes
 * the pattern used. */
static const char *passive_head_code(const dyad_coder *c, const verb_block *b,
                                     const seq *upper, actor_ref subject,
                                     match_result *m, const char *code)
{
    if (m->pat && !(m->pat->nlow == 1 && m->pat->nup == 0 && m->pat->low[0].kind == PE_TARGET))
        return code;
    if (subject.ne < 0 && subject.nec < 0)   /* (found only when needed) */
        subject = upper_source(c, upper, NULL);
    if (subject.nec >= 0)               /* a compound: its first member's */
        subject.ne = c->nec_first[subject.nec];
    if (subject.ne < 0)
        return code;
    int close = -1, open = -1;          /* upper runs backwards: the head */
    for (int k = 0; k < upper->n; k++)  /* follows the close, the first */
        if (upper->v[k].ne == subject.ne) {     /* word precedes the open */
            if (upper->v[k].kind == SQ_NE_CLOSE && close < 0)
                close = k;
            else if (upper->v[k].kind == SQ_NE_OPEN && close >= 0)
                open = k;
        }
    const verb_pattern *p = NULL;
    if (close >= 0 && close + 1 < upper->n && upper->v[close + 1].kind == SQ_WORD)
        p = match_head_word(&c->d->verbs, b, &upper->v[close + 1], code);
    int head = close >= 0 && open > close ? head_before_preposition(upper, close, open) : -1;
    if (!p && !code && head >= 0)
        p = match_head_word(&c->d->verbs, b, &upper->v[head], code);
    if (!p)
        return code;
    m->pat = p;
    return p->code;
}

static void code_verbs(dyad_coder *c, dyad_event_list *out, size_t first)
{
    if (coder_trace_on()) {
        fprintf(stderr, "plist:");
        for (int i = 0; i < c->pl.n; i++)
            fprintf(stderr, " %s", c->pl.tok[i]);
        fputc('\n', stderr);
    }
    const plist *pl = &c->pl;
    const verb_dict *vd = &c->d->verbs;
    int coded_end = -1;     /* end of the last coded verb phrase */
    int coded_root = 0;     /* its code's root */
    actor_ref coded_src = { -1, -1 };   /* its source */
    for (int k = pl->start; k + 2 < pl->n; k++) {
        if (!coder_starts(pl->tok[k], "(VP") || !coder_starts(pl->tok[k + 1], "(VB"))
            continue;
        int other_act = 0;  /* must differ from the coded verb's root */
        int caused = 0;     /* ", prompting X to <this>" */
        if (k < coded_end && !participle_of_noun(pl, k) && !subordinate_clause(pl, k)) {
            caused = caused_act(pl, k);      /* its own subject: any act */
            if (!comma_participle(pl, k) && !caused)
                continue;
            other_act = caused ? 0 : coded_root;
        }
        int vpend = close_of(pl->tok, pl->n, k);
        if (vpend < 0)
            return;
        int vpos = passive_verb(pl, k, vpend, !c->opt.petrarch_compat);
        int passive = vpos > 0;
        if (!passive)
            vpos = k + 2;
        const verb_form_list *forms = verb_forms(vd, pl->tok[vpos]);
        if (!forms)
            continue;
        int vs = vpos, ve = vpos;
        const verb_form *f = choose_form(c, forms, vpos, vpend, &vs, &ve);
        if (!f)
            continue;
        const verb_block *b = &vd->blocks[f->block];
        if (!c->opt.petrarch_compat && verb_aspect_of_gerund(pl, b, ve))
            continue;       /* "began investigating": the gerund is the act */
        int subj_end = c->opt.petrarch_compat ? vs - 1 : clause_subject_end(pl, k, vs);
        int clause_start = c->opt.petrarch_compat ? 0 : subordinate_clause(pl, k);
        seq upper = { c->upper_v, build_seq(c, subj_end, clause_start > 0 ? clause_start
                                                                          : pl->start,
                                            -1, c->upper_v) };
        seq lower = { c->lower_v, build_seq(c, ve + 1, vpend, 1, c->lower_v) };
        match_result m = { 0 };
        if (coder_trace_on()) {
            fprintf(stderr, "verb %s (block %s)\n", pl->tok[vpos], b->name);
            coder_trace_seq("upper", &upper);
            coder_trace_seq("lower", &lower);
        }
        actor_ref src, tgt;
        size_t made_before = out->n;
        const char *code = coder_match_code(c, vd, f, &upper, &lower, &m, &src, &tgt);
        if (!code && passive && !c->opt.petrarch_compat)
            code = passive_head_code(c, b, &upper, (actor_ref){ -1, -1 }, &m, NULL);
        if (!code || (other_act && !another_verbal_act(code_root(code), other_act)))
            continue;
        if (!c->opt.petrarch_compat &&
            (accident_participle(pl, vpos) || subject_is_force(c, &upper, k, vpos)))
            continue;
        if (!c->opt.petrarch_compat && !passive && be_participle(pl, vpos) && src.ne < 0 &&
            src.nec < 0)
            continue;           /* "a priest was kidnapped": by no one named */
        if (!c->opt.petrarch_compat && verb_negated(&upper) &&
            !(m.pat && pattern_negates(m.pat))) {
            k = vpend;          /* "did not attack": no event */
            continue;
        }
        verb_roles r = { src, tgt, code, passive };
        settle_roles(c, &upper, &lower, &m, vpos, vpend, &r);
        src = r.src, tgt = r.tgt, code = r.code, passive = r.passive;
        if (!c->opt.petrarch_compat && passive)
            code = passive_head_code(c, b, &upper, src, &m, code);
        /* "rallied against the plan, prompting him to drop the proposal":
         * a concession prompted by an act is made to those who acted */
        if (!c->opt.petrarch_compat && caused && code_root(code) == 8 && tgt.ne < 0 &&
            tgt.nec < 0)
            tgt = coded_src;
        if (c->opt.resolve_references && !passive)
            note_act(c, &upper, src, code);
        if (coder_trace_on())
            fprintf(stderr, "  code %s%s, target %s (pattern line %d)\n", code,
                    passive ? " (passive)" : "",
                    tgt.nec >= 0 ? "compound" : tgt.ne >= 0 ? c->ne_code[tgt.ne] : "none",
                    m.pat ? m.pat->line : 0);
        if (!c->opt.petrarch_compat && src.ne < 0 && src.nec < 0 && tgt.nec >= 0 &&
            upper.n == 0 && lower.n > 1 && lower.v[0].kind == SQ_WORD &&
            tok_is(lower.v[0].word, "BETWEEN"))
            src = tgt;      /* "Fighting between X and Y drove ...": each with the other */
        if (tgt.ne >= 0 || tgt.nec >= 0) {
            if (src.ne < 0 && src.nec < 0) {
                const char *tcode = tgt.nec < 0 ? c->ne_code[tgt.ne] : NULL;
                if (tcode && tok_is(tcode, "---"))
                    tcode = NULL;       /* two unknown actors may differ */
                src = c->opt.petrarch_compat ? coder_find_entity(c, &upper, tcode)
                                             : upper_source(c, &upper, tcode);
            }
            if (!c->opt.petrarch_compat && !passive && src.nec < 0)
                code = event_noun_subject(c, src, code);
            /* "drones launched by the RSF struck X": the RSF struck X, and
             * launching them was no act on them */
            if (!c->opt.petrarch_compat && !passive)
                src = weapon_user(c, src);
            if (!c->opt.petrarch_compat && passive && ref_is_weapon(c, src))
                src = (actor_ref){ -1, -1 };
            if (src.ne >= 0 || src.nec >= 0) {
                coder_make_events(c, src, tgt, passive, code, pl->tok[vpos], "tree",
                                  out, first);
                if (code_root(code) == 8) {     /* it undoes what they name */
                    mark_in_event(c, src);
                    mark_in_event(c, tgt);
                }
            }
        }
        /* a coded verb phrase is not searched again, but for (in dyad's
         * own mode) a participle describing one of its nouns; and a verb
         * that made no event leaves its clauses to their own verbs
         * ("recalled its team from Doha, halting talks with Hamas") */
        if (c->opt.petrarch_compat)
            k = vpend;
        else if ((out->n > made_before || tok_is(code, "016")) && !other_act) {
            coded_end = vpend;      /* what is denied did not happen */
            coded_root = code_root(code);
            coded_src = src;
        }
    }
}

/* ----------------------------------------------------------- sentence */

static void leaf_words(const ptree *t, const char **w, int *n, int max)
{
    *n = 0;
    for (int i = 0; i < t->n && *n < max; i++)
        if (t->node[i].word)
            w[(*n)++] = t->node[i].word;
}

/* Code a parsed sentence (main: the whole sentence, else a clause taken
 * out of one): ParseList, entities, verbs, nouns, places. */
static int code_parsed(dyad_coder *c, const ptree *t, int main, dyad_event_list *out,
                       size_t first, dyad_error *err)
{
    const char *errname = NULL;
    plist_comma_opts commas = c->commas;
    if (!c->opt.petrarch_compat && clauses_terminal_is_predicate(t))
        commas.emax = 0;    /* the "terminal clause" is the main predicate */
    if (plist_build(&c->pl, t, &commas, &c->scratch, &errname) != 0) {
        if (main)
            c->note = errname;
        return main ? dyad_fail(err, DYAD_EPARSE, "%s", errname) : DYAD_EPARSE;
    }
    c->tree = main ? t : NULL;
    entities_assign(c);
    entities_index(c);
    intern_tokens(c);
    scope_reset(c);
    sentence_places(c);
    sentence_country(c);
    code_verbs(c, out, first);
    if (c->opt.nominal_events && main)
        nominal_events(c, out, first);
    locate_events(c, out, first);
    c->tree = NULL;                  /* t does not outlive the call */
    return DYAD_OK;
}

int coder_word_of(const dyad_coder *c, const char *tok)
{
    if (!c->tree || !tok)
        return 0;
    int k = 0;                       /* nodes are in order: leaves too */
    for (int i = 0; i < c->tree->n; i++) {
        const char *w = c->tree->node[i].word;
        if (w && (k++, w == tok))
            return k;
    }
    return 0;
}

const char *coder_match_code(const dyad_coder *c, const verb_dict *vd,
                             const verb_form *f, const seq *upper, const seq *lower,
                             match_result *m, actor_ref *src, actor_ref *tgt)
{
    *src = *tgt = (actor_ref){ -1, -1 };
    if (match_block(vd, &vd->blocks[f->block], upper, lower, c->ne_nec,
                    c->opt.petrarch_compat, m) &&
        !tok_is(m->pat->code, "---")) {
        *src = m->source;
        *tgt = m->target;
        return m->pat->code;
    }
    return tok_is(f->code, "---") ? NULL : f->code;
}

/* An event without a known source and target says nothing of who did what
 * to whom.  dyad also drops a role with no country ("---REF"): an event
 * between nobody in particular adds nothing to a network. */
static int lacks_dyad(const dyad_event *ev, void *ud)
{
    const dyad_coder *c = ud;
    int anon = !c->opt.petrarch_compat &&
               (tok_has_prefix(ev->source, "---") || tok_has_prefix(ev->target, "---"));
    return anon || tok_is(ev->source, "---") || tok_is(ev->target, "---");
}

int coder_code_ptree(dyad_coder *c, const ptree *tree, const char *date,
                     dyad_event_list *out, dyad_error *err)
{
    arena_reset(&c->scratch);
    c->note = NULL;
    c->commas.join_coordinated = !c->opt.petrarch_compat;
    c->date = parse_date(date);
    size_t first = out->n;
    ptree t = *tree;
    char why[256];
    const char *words[1024], *which = NULL;
    int nw;
    leaf_words(&t, words, &nw, 1024);
    int disc = discard_check(c->d, words, nw, &which);
    if (disc) {
        c->note = disc == 2 ? "storydiscard" : "sentencediscard";
        return DYAD_OK;
    }
    char *rel[8];
    int nrel = c->opt.petrarch_compat ? 0 : clauses_relatives(&t, rel, 8);
    int rc = code_parsed(c, &t, 1, out, first, err);
    /* each relative clause is a sentence of its own ("Maduro, who met
     * Putin, ...": Maduro met Putin); the tree is read again from text
     * because the scratch arena is reset for it */
    for (int i = 0; i < nrel; i++) {
        arena_reset(&c->scratch);
        if (rc == DYAD_OK && ptree_parse(&t, rel[i], &c->scratch, why, sizeof why) == 0) {
            if (coder_trace_on())
                fprintf(stderr, "relative clause: %s\n", rel[i]);
            code_parsed(c, &t, 0, out, first, NULL);
        }
        free(rel[i]);
    }
    if (rc != DYAD_OK)
        return rc;
    if (c->opt.require_dyad)
        event_list_drop_if(out, first, lacks_dyad, c);
    if (out->n == first)
        c->note = "no events";
    return DYAD_OK;
}

int dyad_code_tree(dyad_coder *c, const char *tree, const char *date,
                   dyad_event_list *out, dyad_error *err)
{
    arena_reset(&c->input);
    if (coder_trace_on() && tree)
        fprintf(stderr, "tree: %s\n", tree);
    ptree t;
    char why[256];
    if (!tree || ptree_parse(&t, tree, &c->input, why, sizeof why) != 0) {
        c->note = "bad_input_parse";
        return dyad_fail(err, DYAD_EPARSE, "%s", tree ? why : "no parse tree");
    }
    return coder_code_ptree(c, &t, date, out, err);
}
