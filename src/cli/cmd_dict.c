/*
 * cmd_dict.c -- 'dyad dict stats|check|lookup': tools for the people who
 * maintain dictionaries.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static void usage(FILE *f)
{
    fprintf(f, "usage: dyad dict stats  [dictionary options] [--format json]\n"
               "       dyad dict check  [dictionary options] [--any-codes]\n"
               "       dyad dict lookup \"PHRASE\" [--date YYYY-MM-DD] [dictionary options]\n"
               "dictionary options: --dict-dir DIR --verbs F --actors F,F --agents F --discards F\n"
               "(default: dyad's own dictionaries)\n");
}

static void print_stats(const dyad_dict_stats *s, int json)
{
    double pct = s->cameo3_total ? 100.0 * s->cameo3_covered / s->cameo3_total : 0;
    if (json) {
        printf("{\"actor_entries\":%ld,\"actor_phrases\":%ld,\"countries\":%ld,"
               "\"regions\":%ld,\"organisations\":%ld,\"dated_people\":%ld,"
               "\"agent_phrases\":%ld,\"discards\":%ld,\"verb_blocks\":%ld,"
               "\"verb_forms\":%ld,\"synsets\":%ld,\"verb_patterns\":%ld,"
               "\"noun_patterns\":%ld,\"cameo3_total\":%d,\"cameo3_with_patterns\":%d,"
               "\"cameo3_with_3_patterns\":%d,\"cameo3_coverage_pct\":%.1f}\n",
               s->actor_entries, s->actor_phrases, s->countries, s->regions,
               s->organisations, s->dated_people, s->agent_phrases, s->discards,
               s->verb_blocks, s->verb_forms, s->synsets, s->verb_patterns,
               s->noun_patterns, s->cameo3_total, s->cameo3_any, s->cameo3_covered, pct);
        return;
    }
    printf("actors\n");
    printf("  entries                  %8ld  (%ld phrases with synonyms)\n",
           s->actor_entries, s->actor_phrases);
    printf("  countries/territories    %8ld\n", s->countries);
    printf("  regions                  %8ld\n", s->regions);
    printf("  organisations            %8ld\n", s->organisations);
    printf("  dated people             %8ld\n", s->dated_people);
    printf("agents                     %8ld phrases\n", s->agent_phrases);
    printf("discards                   %8ld phrases\n", s->discards);
    printf("verbs and nouns\n");
    printf("  blocks                   %8ld\n", s->verb_blocks);
    printf("  surface forms            %8ld\n", s->verb_forms);
    printf("  synsets                  %8ld\n", s->synsets);
    printf("  verb patterns            %8ld\n", s->verb_patterns);
    printf("  noun patterns            %8ld\n", s->noun_patterns);
    printf("  patterns in all          %8ld\n", s->verb_patterns + s->noun_patterns);
    printf("CAMEO coverage\n");
    printf("  3-digit codes            %8d\n", s->cameo3_total);
    printf("  with >= 1 pattern        %8d\n", s->cameo3_any);
    printf("  with >= 3 patterns       %8d  (%.1f%%)\n", s->cameo3_covered, pct);
}

int cmd_dict(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? EXIT_USAGE : EXIT_OK;
    }
    const char *sub = argv[1], *phrase = NULL, *date = NULL;
    int json = 0, any_codes = 0;
    cli_dict_opts o = { 0 };
    for (int i = 2; i < argc; i++) {
        if (cli_dict_option(&o, argc, argv, &i))
            continue;
        if (!strcmp(argv[i], "--format") && i + 1 < argc)
            json = !strcmp(argv[++i], "json");
        else if (!strcmp(argv[i], "--date") && i + 1 < argc)
            date = argv[++i];
        else if (!strcmp(argv[i], "--any-codes"))
            any_codes = 1;
        else if (argv[i][0] != '-' && !phrase)
            phrase = argv[i];
        else
            return cli_die(EXIT_USAGE, "dict: unexpected '%s' (try --help)", argv[i]);
    }
    if (strcmp(sub, "stats") && strcmp(sub, "check") && strcmp(sub, "lookup"))
        return cli_die(EXIT_USAGE, "dict: unknown subcommand '%s'", sub);
    if (!strcmp(sub, "lookup") && !phrase)
        return cli_die(EXIT_USAGE, "dict lookup: give a phrase");
    dyad_dict *d = cli_dict_load(&o);
    if (!d)
        return EXIT_FATAL;
    int rc = EXIT_OK;
    if (!strcmp(sub, "stats")) {
        dyad_dict_stats st;
        dyad_dict_get_stats(d, &st);
        print_stats(&st, json);
    } else if (!strcmp(sub, "check")) {
        long n = dyad_dict_check(d, !any_codes, dyad_warn_stderr, NULL);
        long w = dyad_dict_warning_count(d);
        printf("%ld problems, %ld malformed lines\n", n, w);
        rc = n || w ? EXIT_BADINPUT : EXIT_OK;
    } else {
        dyad_dict_lookup(d, phrase, date, stdout);
    }
    dyad_dict_free(d);
    return rc;
}
