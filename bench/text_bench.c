/*
 * text_bench.c -- raw-text throughput of the whole library pipeline.
 *
 *   text_bench [--threads N] [--no-parse] [--dict-dir DIR] [--phoenix DIR]
 *              FILE.jsonl
 *
 * Codes FILE (a corpus from bench/gen_corpus.py) with dyad_pipeline_run and
 * a sink that only counts, i.e. what 'dyad code' does minus writing JSON:
 * reading, normalising, sentence splitting, tokenising, dates, then
 * link-grammar (shallow tree on failure) or, with --no-parse, the shallow
 * tree only, then the coder.  Prints one JSON line: sentences/s and MB/s of
 * input.
 *
 * Dictionaries are loaded before the clock starts, as is link-grammar's
 * English dictionary (a parser created up front keeps it loaded, so the
 * pipeline's per-thread parsers share it).  --dict-dir loads dyad's own
 * set; when that set has no actors or no verbs yet and --phoenix names the
 * PETRARCH folder, the Phoenix dictionaries stand in.  "dict" in the
 * output says which were used.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "dyad.h"

/* The Phoenix set 'dyad code' is given in the benchmarks' fallback. */
static const struct {
    const char *file;
    int (*load)(dyad_dict *, const char *, dyad_error *);
} phoenix_files[] = {
    { "CAMEO.2.0.txt", dyad_dict_load_verbs },
    { "Phoenix.Countries.actors.txt", dyad_dict_load_actors },
    { "Phoenix.International.actors.txt", dyad_dict_load_actors },
    { "Phoenix.MilNonState.actors.txt", dyad_dict_load_actors },
    { "Phoenix.agents.txt", dyad_dict_load_agents },
    { "Phoenix.discards.txt", dyad_dict_load_discards },
};

/* dyad's own dictionaries from dir, NULL when they do not load or lack
 * actors or verbs (so they cannot code events yet). */
static dyad_dict *load_own(const char *dir)
{
    dyad_dict *d = dyad_dict_new();
    dyad_dict_stats st;
    dyad_dict_set_warn(d, NULL, NULL);   /* counted, not printed */
    if (dyad_dict_load_dir(d, dir, NULL) == DYAD_OK &&
        dyad_dict_get_stats(d, &st) == DYAD_OK &&
        st.actor_entries > 0 && st.verb_forms > 0)
        return d;
    dyad_dict_free(d);
    return NULL;
}

static dyad_dict *load_phoenix(const char *dir)
{
    dyad_dict *d = dyad_dict_new();
    dyad_dict_set_warn(d, NULL, NULL);   /* counted, not printed */
    for (size_t i = 0; i < sizeof phoenix_files / sizeof *phoenix_files; i++) {
        char path[4096];
        dyad_error err;
        snprintf(path, sizeof path, "%s/%s", dir, phoenix_files[i].file);
        if (phoenix_files[i].load(d, path, &err) != DYAD_OK) {
            fprintf(stderr, "text_bench: %s\n", err.msg);
            dyad_dict_free(d);
            return NULL;
        }
    }
    return d;
}

typedef struct counts {
    long docs, events;
} counts;

static int count_sink(void *ud, const dyad_doc *doc, const dyad_event_list *ev)
{
    counts *c = ud;
    (void)doc;
    c->docs++;
    c->events += (long)ev->n;
    return 0;
}

/* The value after "--name" in argv, or dflt. */
static const char *option(int argc, char **argv, const char *name,
                          const char *dflt)
{
    for (int i = 1; i + 1 < argc; i++)
        if (!strcmp(argv[i], name))
            return argv[i + 1];
    return dflt;
}

int main(int argc, char **argv)
{
    const char *own = option(argc, argv, "--dict-dir", NULL);
    const char *phoenix = option(argc, argv, "--phoenix", NULL);
    const char *file = argc > 1 ? argv[argc - 1] : "";   /* always last */
    int threads = atoi(option(argc, argv, "--threads", "1"));
    int use_parser = 1;
    for (int i = 1; i < argc; i++)
        use_parser &= strcmp(argv[i], "--no-parse") != 0;
    struct stat sb;
    if (threads < 1 || threads > 64 || *file == '-' || stat(file, &sb) != 0) {
        fprintf(stderr, "usage: text_bench [--threads N] [--no-parse] "
                        "[--dict-dir DIR] [--phoenix DIR] FILE.jsonl\n");
        return 2;
    }
    dyad_dict *d = own ? load_own(own) : NULL;
    const char *which = d ? "dyad" : "phoenix";
    if (!d && phoenix)
        d = load_phoenix(phoenix);
    if (!d) {
        fprintf(stderr, "text_bench: no dictionaries (give --dict-dir or --phoenix)\n");
        return 1;
    }
    dyad_error err = { 0 };
    dyad_parser *keep = NULL;   /* keeps link-grammar's dictionary loaded */
    if (use_parser && !(keep = dyad_parser_new(NULL, &err))) {
        fprintf(stderr, "text_bench: %s\n", err.msg);
        return 1;
    }
    dyad_pipeline_options opt = dyad_pipeline_defaults();
    opt.threads = threads;
    opt.use_parser = use_parser;
    counts c = { 0, 0 };
    dyad_pipeline_stats st;
    const char *paths[] = { file };
    int rc = dyad_pipeline_run(d, paths, 1, &opt, count_sink, NULL, &c, &st, &err);
    double secs = st.seconds;   /* the run's wall time, measured inside */
    if (rc != DYAD_OK) {
        fprintf(stderr, "text_bench: %s\n", err.msg);
        return 1;
    }
    printf("{\"bench\":\"text\",\"mode\":\"%s\",\"threads\":%d,\"dict\":\"%s\","
           "\"dict_warnings\":%ld,\"docs\":%ld,\"sentences\":%ld,\"events\":%ld,\"parsed\":%ld,"
           "\"shallow\":%ld,\"bytes\":%lld,\"seconds\":%.3f,"
           "\"sentences_per_s\":%.0f,\"mb_per_s\":%.2f}\n",
           use_parser ? "parse" : "shallow", threads, which,
           dyad_dict_warning_count(d), c.docs,
           st.sentences, c.events, st.parsed, st.shallow, (long long)sb.st_size,
           secs, st.sentences / secs, sb.st_size / 1e6 / secs);
    dyad_parser_free(keep);
    dyad_dict_free(d);
    return 0;
}
