/*
 * dyad/pipeline.h -- documents in, complete events out: the whole chain
 *
 *   reader -> sentences -> parse (link-grammar, shallow fallback)
 *          -> coder -> events with dates, spans and evidence
 *
 * over any number of files, on several threads, with results delivered in
 * input order (included by dyad.h).
 */
#ifndef DYAD_PIPELINE_H
#define DYAD_PIPELINE_H

#include "dyad.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dyad_pipeline_options {
    int threads;             /* 0 = one per core */
    int use_parser;          /* 1: link-grammar, shallow on failure; 0: shallow */
    int merge_shallow;       /* with the parser: also code the shallow tree and
                              * add the events it finds that the parse missed */
    int parse_ms;            /* per-sentence parse bound, 0 = default */
    const char *story_date;  /* default story date (--date) */
    int default_year;        /* completes dates without a year (--year) */
    dyad_coder_options coder;/* dyad_coder_defaults() unless changed */
    int batch;               /* documents in flight, 0 = 16 per thread */
} dyad_pipeline_options;

dyad_pipeline_options dyad_pipeline_defaults(void);

typedef struct dyad_pipeline_stats {
    long docs, bad_docs, sentences, events;
    long parsed, shallow;    /* sentences by coding path */
    long story_discards;
    double seconds;
} dyad_pipeline_stats;

/* Called once per document, in input order, on the calling thread.  The
 * events are complete (doc_id, dates, span, evidence, method).  Return
 * non-zero to stop the run. */
typedef int (*dyad_doc_sink)(void *ud, const dyad_doc *doc,
                             const dyad_event_list *events);
/* Called about once a second while running (may be NULL). */
typedef void (*dyad_progress_fn)(void *ud, const dyad_pipeline_stats *st);

/* Code every document of every path ("-" = stdin).  Bad documents are
 * reported through warn and skipped; the run fails only when a path
 * cannot be opened at all (the others are still coded) or the sink stops
 * it.  PETRARCH XML files with parses are coded from their trees. */
int dyad_pipeline_run(const dyad_dict *dict, const char *const *paths, int npaths,
                      const dyad_pipeline_options *opt, dyad_doc_sink sink,
                      dyad_progress_fn progress, void *ud,
                      dyad_pipeline_stats *stats, dyad_error *err);

/* Code one document already read (single-threaded helper, also used by
 * the run): parse, code and complete its events into out. */
int dyad_pipeline_code_doc(dyad_coder *coder, dyad_parser *parser,
                           const dyad_doc *doc, dyad_event_list *out,
                           dyad_pipeline_stats *stats);
/* The same, with merge_shallow as in dyad_pipeline_options. */
int dyad_pipeline_code_doc_ex(dyad_coder *coder, dyad_parser *parser, int merge,
                              const dyad_doc *doc, dyad_event_list *out,
                              dyad_pipeline_stats *stats);

/* Names the dictionaries miss ("Venezuelan President Nicolás Maduro" ->
 * NICOLAS_MADURO [VENGOV]), collected over documents, written in actor
 * dictionary format. */
typedef struct dyad_suggestions dyad_suggestions;
dyad_suggestions *dyad_suggestions_new(void);
void dyad_suggest_from_doc(dyad_suggestions *s, const dyad_dict *d,
                           const dyad_doc *doc);
void dyad_suggestions_write(const dyad_suggestions *s, FILE *out);
void dyad_suggestions_free(dyad_suggestions *s);

#ifdef __cplusplus
}
#endif
#endif
