/*
 * doc.c -- turn normalised text into a dyad_doc: story date, dateline,
 * sentences (capped in length), Penn tokens with spans, event dates.
 *
 * Invariant kept for every sentence: text[start,end) is the sentence and
 * each token span lies inside it, so evidence offsets are exact.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text/textint.h"

#define DEFAULT_MAX_TOKENS 80

char *text_strndup(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (!p) return NULL;
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

void text_warn(const dyad_reader_options *opt, const char *file, long line,
               const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (opt && opt->warn) opt->warn(opt->warn_ud, file, line, msg);
    else dyad_warn_stderr(NULL, file, line, msg);
}

void dyad_doc_free(dyad_doc *d)
{
    if (!d) return;
    for (size_t i = 0; i < d->n_sent; i++) {
        dyad_sentence *s = &d->sent[i];
        free(s->text);
        free(s->tokens);
        free(s->tok_start);
        free(s->tok_end);
        free(s->date_text);
        for (size_t k = 0; k < s->n_dates; k++)
            free(s->dates[k].text);
        free(s->dates);
    }
    free(d->sent);
    free(d->id);
    free(d->title);
    free(d->source);
    free(d->url);
    free(d->text);
    free(d);
}

int text_doc_build(const char *buf, size_t len, const char *name,
                   const char *file, long line,
                   const dyad_reader_options *opt, dyad_doc **out,
                   dyad_error *err)
{
    dyad_doc *d = calloc(1, sizeof *d);
    *out = NULL;
    if (!d || !(d->id = strdup(name ? name : "-"))) {
        free(d);
        return dyad_fail(err, DYAD_ENOMEM, "out of memory");
    }
    d->file = file;
    d->line = line;
    size_t first_bad = 0;
    int rc = dyad_utf8_normalize(buf, len, opt ? opt->norm : DYAD_NORM_NFC,
                                 &d->text, &d->text_len, &d->n_invalid_utf8,
                                 &first_bad, err);
    if (rc) { dyad_doc_free(d); return rc; }
    if (d->n_invalid_utf8)
        text_warn(opt, file, line,
                  "%zu invalid UTF-8 byte(s) replaced by U+FFFD (first at "
                  "byte offset %zu)", d->n_invalid_utf8, first_bad);
    if (!opt || !opt->keep_boilerplate)
        d->text_len = text_drop_boilerplate(d->text, d->text_len);
    size_t i = 0;
    while (i < d->text_len && isspace((unsigned char)d->text[i])) i++;
    if (i == d->text_len) {
        dyad_doc_free(d);
        return dyad_fail(err, DYAD_EEMPTY, "%s:%ld: document has no text",
                         file ? file : name, line);
    }
    *out = d;
    return DYAD_OK;
}

/* Story date: option, then container hint, then a dateline. */
static void find_story_date(dyad_doc *d, const char *hint,
                            const dyad_reader_options *opt)
{
    dyad_date sd = {0};
    size_t i = 0, e;
    while (i < d->text_len && isspace((unsigned char)d->text[i])) i++;
    const char *nl = memchr(d->text + i, '\n', d->text_len - i);
    e = nl ? (size_t)(nl - d->text) : d->text_len;
    if (e - i <= 60 && dyad_date_parse(d->text + i, e - i, &sd))
        d->dateline_end = e;
    else
        sd = (dyad_date){0};
    dyad_date h;
    if (opt && opt->story_date && dyad_date_parse(opt->story_date,
                                                  strlen(opt->story_date), &h))
        sd = h;
    else if (hint && dyad_date_parse(hint, strlen(hint), &h))
        sd = h;
    if (sd.year == 0 && sd.month && opt && opt->default_year)
        sd.year = opt->default_year;
    d->story_month = sd.month;
    d->story_day = sd.day;
    d->story_date_incomplete = sd.year == 0 && sd.month != 0;
    if (sd.year) dyad_date_format(&sd, d->story_date);
}

typedef struct { dyad_sentence *v; size_t n, cap; } sentvec;

/* Where to cut tokens [from, from+max): after the last ';' or ':', else
 * the last ',', in the second half; else hard at max. */
static size_t cut_point(const dyad_tokens *t, size_t from, size_t max)
{
    size_t best = 0;
    for (int pass = 0; pass < 2 && !best; pass++)
        for (size_t i = from + max - 1; i > from + max / 2; i--) {
            const char *f = t->v[i].form;
            if (pass == 0 ? (!strcmp(f, ";") || !strcmp(f, ":")) : !strcmp(f, ",")) {
                best = i + 1;
                break;
            }
        }
    return best ? best : from + max;
}

/* Where the words of a date mention at w[k] begin: with the preposition
 * before it, which says how the date bears on the event ("since 2007" is
 * not "in 2007"). */
static size_t date_text_start(const char *const *w, size_t k)
{
    static const char *const preps[] = {
        "in", "on", "since", "during", "by", "until", "till", "before",
        "after", "from", "through", "throughout", "between", NULL,
    };
    if (k == 0)
        return k;
    for (int i = 0; preps[i]; i++)
        if (!strcasecmp(w[k - 1], preps[i]))
            return k - 1;
    return k;
}

/* Every date mention of sentence s (tokens w, from t[from]) into
 * s->dates, for events of clauses other than the one the sentence's date
 * is in. */
static int keep_dates(dyad_sentence *s, const dyad_tokens *t, size_t from,
                      const char *const *w, const dyad_date_mention *mm, size_t k)
{
    if (k == 0)
        return DYAD_OK;
    if (!(s->dates = calloc(k, sizeof *s->dates)))
        return DYAD_ENOMEM;
    for (size_t i = 0; i < k; i++) {
        dyad_sentence_date *sd = &s->dates[s->n_dates++];
        sd->tok_from = mm[i].tok_from;
        sd->tok_to = mm[i].tok_to;
        dyad_date_format(&mm[i].date, sd->date);
        sd->precision = sd->date[0] ? mm[i].date.prec : DYAD_DATE_NONE;
        sd->strong = mm[i].strong;
        sd->text = dyad_tokens_join(t, from + date_text_start(w, mm[i].tok_from),
                                    from + mm[i].tok_to);
        if (!sd->text)
            return DYAD_ENOMEM;
    }
    return DYAD_OK;
}

static int add_sentence(dyad_doc *d, sentvec *sv, const dyad_tokens *t,
                        size_t from, size_t to, int split,
                        const dyad_date *story)
{
    if (sv->n == sv->cap) {
        size_t cap = sv->cap ? sv->cap * 2 : 16;
        dyad_sentence *v = realloc(sv->v, cap * sizeof *v);
        if (!v) return DYAD_ENOMEM;
        sv->v = v;
        sv->cap = cap;
    }
    dyad_sentence *s = &sv->v[sv->n];
    memset(s, 0, sizeof *s);
    s->start = t->v[from].start;
    s->end = t->v[to - 1].end;
    s->n_tokens = to - from;
    s->split_long = split;
    s->text = text_strndup(d->text + s->start, s->end - s->start);
    s->tokens = dyad_tokens_join(t, from, to);
    s->tok_start = malloc(s->n_tokens * sizeof *s->tok_start);
    s->tok_end = malloc(s->n_tokens * sizeof *s->tok_end);
    const char **w = malloc(s->n_tokens * sizeof *w);
    sv->n++;   /* counted now so dyad_doc_free releases partial work */
    if (!s->text || !s->tokens || !s->tok_start || !s->tok_end || !w) {
        free(w);
        return DYAD_ENOMEM;
    }
    for (size_t i = from; i < to; i++) {
        s->tok_start[i - from] = t->v[i].start;
        s->tok_end[i - from] = t->v[i].end;
        w[i - from] = t->v[i].form;
    }
    dyad_date ev;
    dyad_date_mention mm[32];
    size_t k = dyad_date_mentions(w, s->n_tokens, story, mm, 32);
    int m = text_event_pick(mm, k < 32 ? k : 32, story, &ev);
    dyad_date_format(&ev, s->event_date);
    s->date_precision = s->event_date[0] ? ev.prec : DYAD_DATE_NONE;
    s->date_from_story = m < 0 && s->event_date[0];
    int rc = keep_dates(s, t, from, w, mm, k < 32 ? k : 32);
    free(w);
    if (rc == DYAD_OK && m >= 0 && !(s->date_text = strdup(s->dates[m].text)))
        rc = DYAD_ENOMEM;                   /* (the chosen phrase's words) */
    return rc;
}

/* Share of English closed-class words among word tokens; a document of
 * 20+ words under 10% is flagged and warned about (parses will be junk). */
static void check_english(dyad_doc *d, const dyad_reader_options *opt)
{
    size_t words = 0, closed = 0;
    for (size_t i = 0; i < d->n_sent; i++) {
        char *s = d->sent[i].tokens, *e;
        for (; *s; s = *e ? e + 1 : e) {
            e = strchr(s, ' ');
            if (!e) e = s + strlen(s);
            size_t n = (size_t)(e - s);
            if (n == 0 || n >= 32 || !isalpha((unsigned char)*s)) continue;
            const text_lex *x = text_lex_find(s, n);
            words++;
            closed += x && x->tag;
        }
    }
    if (words >= 20 && closed * 10 < words) {
        d->not_english = 1;
        text_warn(opt, d->file ? d->file : d->id, d->line,
                  "text does not look like English (%zu of %zu words are English "
                  "function words); coding will find little", closed, words);
    }
}

int text_doc_analyse(dyad_doc *d, const char *hint,
                     const dyad_reader_options *opt, dyad_error *err)
{
    find_story_date(d, hint, opt);
    dyad_date story = {0};
    if (d->story_date[0]) dyad_date_parse(d->story_date, 10, &story);
    size_t max = opt && opt->max_sentence_tokens ? opt->max_sentence_tokens
                                                 : DEFAULT_MAX_TOKENS;
    if (max < 4) max = 4;
    dyad_span *sp = NULL;
    size_t nsp = 0, base = d->dateline_end;
    sentvec sv = {0};
    int rc = dyad_split_sentences(d->text + base, d->text_len - base, &sp, &nsp);
    for (size_t i = 0; i < nsp && rc == DYAD_OK; i++) {
        dyad_tokens t = {0};
        rc = dyad_tokenize(d->text + base + sp[i].start,
                           sp[i].end - sp[i].start, base + sp[i].start, &t);
        for (size_t from = 0; rc == DYAD_OK && from < t.n; ) {
            size_t to = t.n - from > max ? cut_point(&t, from, max) : t.n;
            rc = add_sentence(d, &sv, &t, from, to, t.n > max, &story);
            from = to;
        }
        dyad_tokens_free(&t);
    }
    free(sp);
    d->sent = sv.v;
    d->n_sent = sv.n;
    if (rc) return dyad_fail(err, rc, "%s:%ld: out of memory splitting text",
                             d->file ? d->file : d->id, d->line);
    check_english(d, opt);
    return DYAD_OK;
}

int dyad_doc_from_memory(dyad_doc_kind kind, const char *buf, size_t len,
                         const char *name, const dyad_reader_options *opt,
                         dyad_doc **out, dyad_error *err)
{
    return text_doc_from_kind(kind, buf, len, name, name, opt, out, err);
}

int text_doc_from_kind(dyad_doc_kind kind, const char *buf, size_t len,
                       const char *name, const char *file,
                       const dyad_reader_options *opt, dyad_doc **out,
                       dyad_error *err)
{
    char *text = NULL, *title = NULL, *date = NULL;
    size_t tlen = 0;
    int rc;
    *out = NULL;
    if (kind == DYAD_DOC_JSONL)
        return dyad_fail(err, DYAD_EINVAL, "%s: JSON Lines needs a reader", name);
    if (kind == DYAD_DOC_HTML) {
        if ((rc = text_html_extract(buf, len, &text, &tlen, &title, &date, err)))
            return rc;
        buf = text;
        len = tlen;
    }
    rc = text_doc_build(buf, len, name, file, 1, opt, out, err);
    if (rc == DYAD_OK) {
        (*out)->kind = kind == DYAD_DOC_HTML ? DYAD_DOC_HTML : DYAD_DOC_TEXT;
        (*out)->title = title;
        title = NULL;
        rc = text_doc_analyse(*out, date, opt, err);
        if (rc) { dyad_doc_free(*out); *out = NULL; }
    }
    free(text);
    free(title);
    free(date);
    return rc;
}
