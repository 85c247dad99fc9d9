/*
 * limit_bench.c -- the machine's limit for raw text: tokenise and look up.
 *
 *   limit_bench [--threads N] [--repeat R] [--dict-dir DIR] [--phoenix DIR]
 *               [--pass] FILE.jsonl
 *
 * The least any coder of raw text must do per sentence is to cut it into
 * tokens and look every token up in the actor and verb dictionaries.  This
 * program does only that -- dyad_tokenize, dyad_fold_ascii_upper,
 * phrase_index_get on the actors, verb_forms on the verbs -- R times over
 * (default 10), on N threads, and prints one JSON line with sentences/s:
 *
 *   default   over the sentences of FILE, read and split before the clock
 *             starts (held in memory, so no I/O or decoding is timed);
 *   --pass    a bare pass over FILE itself, as a coder meets it: read each
 *             line, decode its JSON, tokenise its "text" whole and look the
 *             tokens up (no normalising, splitting or dating).  Each thread
 *             reads its own share of the lines.
 *
 * sentences/s counts FILE's sentences (as dyad splits them) either way.
 * text_bench's shallow path (reading, normalising, splitting, dates, POS
 * guesses, pattern matching, events) is meant to stay within 3x of the
 * bare pass.
 *
 * Dictionaries are chosen as in text_bench: dyad's own (--dict-dir) when
 * they have actors and verbs, else the Phoenix set (--phoenix DIR).
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "dyad.h"
#include "dict/dict.h"

/* One sentence to tokenise: text[0, len) (points into a kept dyad_doc). */
typedef struct sent {
    const char *text;
    size_t len;
} sent;

typedef struct corpus {
    dyad_doc **docs;
    size_t ndocs;
    sent *s;
    size_t n;
} corpus;

static int corpus_add_doc(corpus *c, dyad_doc *doc)
{
    dyad_doc **dv = realloc(c->docs, (c->ndocs + 1) * sizeof *dv);
    sent *sv = realloc(c->s, (c->n + doc->n_sent) * sizeof *sv);
    if (dv) c->docs = dv;
    if (sv) c->s = sv;
    if (!dv || !sv)
        return -1;
    c->docs[c->ndocs++] = doc;
    for (size_t i = 0; i < doc->n_sent; i++)
        c->s[c->n++] = (sent){ doc->text + doc->sent[i].start,
                               doc->sent[i].end - doc->sent[i].start };
    return 0;
}

static int corpus_read(corpus *c, const char *path)
{
    dyad_error err = { 0 };
    dyad_reader *r = dyad_reader_open(path, NULL, &err);
    if (!r) {
        fprintf(stderr, "limit_bench: %s\n", err.msg);
        return -1;
    }
    dyad_doc *doc;
    int got;
    while ((got = dyad_reader_next(r, &doc, &err)) != 0)
        if (got > 0 && corpus_add_doc(c, doc) != 0) {
            dyad_doc_free(doc);
            break;
        }
    dyad_reader_close(r);
    return c->n ? 0 : -1;
}

static void corpus_free(corpus *c)
{
    for (size_t i = 0; i < c->ndocs; i++)
        dyad_doc_free(c->docs[i]);
    free(c->docs);
    free(c->s);
}

/* Dictionaries: dyad's own if they can code, else Phoenix (as text_bench). */
static dyad_dict *load_dict(const char *own, const char *phoenix,
                            const char **which)
{
    static const char *const files[] = {   /* verbs, 3 x actors, agents */
        "CAMEO.2.0.txt", "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt",
        "Phoenix.agents.txt",
    };
    dyad_dict *d = dyad_dict_new();
    dyad_dict_stats st;
    dyad_dict_set_warn(d, NULL, NULL);
    *which = "dyad";
    if (own && dyad_dict_load_dir(d, own, NULL) == DYAD_OK &&
        dyad_dict_get_stats(d, &st) == DYAD_OK && st.actor_entries > 0 &&
        st.verb_forms > 0)
        return d;
    dyad_dict_free(d);
    d = dyad_dict_new();
    dyad_dict_set_warn(d, NULL, NULL);
    *which = "phoenix";
    for (int i = 0; phoenix && i < 5; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", phoenix, files[i]);
        int rc = i == 0 ? dyad_dict_load_verbs(d, path, NULL)
               : i == 4 ? dyad_dict_load_agents(d, path, NULL)
                        : dyad_dict_load_actors(d, path, NULL);
        if (rc != DYAD_OK)
            break;
        if (i == 4)
            return d;
    }
    dyad_dict_free(d);
    return NULL;
}

typedef struct job {
    const dyad_dict *d;
    const corpus *c;
    const char *file;       /* --pass: read this file's lines [from, to) */
    size_t from, to;
    int repeat;
    long tokens, hits;
} job;

/* Tokenise text[0, len) and look every token up. */
static int tokenise_and_look_up(job *j, dyad_tokens *toks, const char *text, size_t len)
{
    char word[256];
    toks->n = toks->buf_len = 0;            /* reuse the buffers */
    if (dyad_tokenize(text, len, 0, toks))
        return -1;
    for (size_t k = 0; k < toks->n; k++) {
        dyad_fold_ascii_upper(toks->v[k].form, word, sizeof word);
        j->hits += phrase_index_get(&j->d->actors.index, word) != NULL;
        j->hits += verb_forms(&j->d->verbs, word) != NULL;
    }
    j->tokens += (long)toks->n;
    return 0;
}

static void *run_job(void *arg)
{
    job *j = arg;
    dyad_tokens toks = { 0 };
    for (int r = 0; r < j->repeat; r++)
        for (size_t i = j->from; i < j->to; i++)
            if (tokenise_and_look_up(j, &toks, j->c->s[i].text, j->c->s[i].len))
                break;
    dyad_tokens_free(&toks);
    return NULL;
}

/* --pass: lines [from, to) of the file, read and decoded as dyad does. */
static void *run_pass(void *arg)
{
    job *j = arg;
    dyad_tokens toks = { 0 };
    char *line = NULL;
    size_t cap = 0;
    for (int r = 0; r < j->repeat; r++) {
        FILE *f = fopen(j->file, "rb");
        if (!f)
            break;
        ssize_t n;
        for (size_t i = 0; (n = getline(&line, &cap, f)) > 0 && i < j->to; i++) {
            if (i < j->from)
                continue;
            json_error_t je;
            json_t *o = json_loadb(line, (size_t)n, JSON_REJECT_DUPLICATES, &je);
            json_t *t = json_object_get(o, "text");
            if (json_is_string(t))
                tokenise_and_look_up(j, &toks, json_string_value(t), json_string_length(t));
            json_decref(o);
        }
        fclose(f);
    }
    free(line);
    dyad_tokens_free(&toks);
    return NULL;
}

static size_t count_lines(const char *path)
{
    FILE *f = fopen(path, "rb");
    size_t n = 0;
    int ch;
    while (f && (ch = getc(f)) != EOF)
        n += ch == '\n';
    if (f)
        fclose(f);
    return n;
}

int main(int argc, char **argv)
{
    const char *own = NULL, *phoenix = NULL, *file = NULL, *which;
    int threads = 1, repeat = 10, pass = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--threads") && i + 1 < argc)
            threads = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--repeat") && i + 1 < argc)
            repeat = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--dict-dir") && i + 1 < argc)
            own = argv[++i];
        else if (!strcmp(argv[i], "--phoenix") && i + 1 < argc)
            phoenix = argv[++i];
        else if (!strcmp(argv[i], "--pass"))
            pass = 1;
        else if (argv[i][0] != '-' && !file)
            file = argv[i];
        else
            file = NULL, i = argc;
    }
    if (!file || threads < 1 || threads > 64 || repeat < 1) {
        fprintf(stderr, "usage: limit_bench [--threads N] [--repeat R] "
                        "[--dict-dir DIR] [--phoenix DIR] [--pass] FILE.jsonl\n");
        return 2;
    }
    dyad_dict *d = load_dict(own, phoenix, &which);
    corpus c = { 0 };
    if (!d || corpus_read(&c, file) != 0) {
        fprintf(stderr, "limit_bench: no dictionaries or no sentences\n");
        return 1;
    }
    pthread_t tid[64];
    job jobs[64];
    size_t units = pass ? count_lines(file) : c.n;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int t = 0; t < threads; t++) {
        jobs[t] = (job){ d, &c, file, units * t / threads, units * (t + 1) / threads,
                         repeat, 0, 0 };
        pthread_create(&tid[t], NULL, pass ? run_pass : run_job, &jobs[t]);
    }
    long tokens = 0, hits = 0;
    for (int t = 0; t < threads; t++) {
        pthread_join(tid[t], NULL);
        tokens += jobs[t].tokens;
        hits += jobs[t].hits;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
    double n = (double)c.n * repeat;
    printf("{\"bench\":\"%s\",\"threads\":%d,\"dict\":\"%s\",\"sentences\":%.0f,"
           "\"tokens\":%ld,\"hits\":%ld,\"seconds\":%.3f,\"sentences_per_s\":%.0f}\n",
           pass ? "limit-pass" : "limit", threads, which, n, tokens, hits, secs, n / secs);
    corpus_free(&c);
    dyad_dict_free(d);
    return 0;
}
