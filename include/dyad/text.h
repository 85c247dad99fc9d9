/*
 * dyad/text.h -- the raw-text front end of libdyad (included by dyad.h).
 *
 *   file -> dyad_reader -> dyad_doc (normalised text, story date)
 *        -> sentences (byte spans, Penn tokens, event date)
 *        -> dyad_parser (link-grammar) -> Penn tree for dyad_code_tree()
 *
 * Everything here is plain C over UTF-8; byte offsets always index
 * doc->text, the normalised text, so spans are exact evidence.
 *
 * DATE RULES (dates.c).  Story date, first that applies:
 *   1. dyad_reader_options.story_date (--date);
 *   2. the JSON "date" field / HTML <meta article:published_time>, <time>;
 *   3. a date line at the top of the text ("Monday, June 9", "June 9, 2025",
 *      "2025-06-09", "9 June 2025"); that line is a dateline, not a sentence.
 *   A date without a year takes opt.default_year (--year) when set, else the
 *   story date stays "" with story_date_incomplete = 1 and story_month/day
 *   kept: the current year is never assumed.
 * Event date of a sentence: every date mention is found (dyad_date_mentions)
 * and the first STRONG one wins; weak ones only when there is no strong one;
 * with no mention the story date is used with day precision.
 *   strong, absolute: "June 3, 2021", "3 June 2021", "2021-06-03" (day);
 *     "in March 2019", "March 2019" (month); "in/since/during/by/until/
 *     before/after/from/of 1992" (year); "in the 1990s" (decade -> year,
 *     1990).
 *   strong, relative to the story date (skipped when it has no year):
 *     "yesterday", "today", "tomorrow" (day); "on Tuesday" / "Tuesday"
 *     (day: the most recent Tuesday on or before the story date); "on June 3"
 *     (day, story year; previous year when that would be > 31 days after the
 *     story date); "in March" (month, same rule); "last/this/next
 *     year|month|week" (year|month|day); "N years ago" (year).
 *   weak: a bare year used as an adjective, "the 1979 Islamic Revolution".
 *   not dates: a month-day naming an event ("the September 11 attacks",
 *     month-day followed by attack(s)/bombing(s)/...), numbers outside
 *     1800..2100, "May" not followed by a day or year, "March" as a verb.
 */
#ifndef DYAD_TEXT_H
#define DYAD_TEXT_H

#include <stddef.h>
#include "dyad.h"

#ifdef __cplusplus
extern "C" {
#endif

/* --------------------------------------------------------- documents */

typedef enum {
    DYAD_DOC_AUTO = 0,   /* from extension and the first bytes */
    DYAD_DOC_TEXT,       /* plain text, one document per file */
    DYAD_DOC_HTML,       /* one web page per file */
    DYAD_DOC_JSONL       /* one JSON object per line */
} dyad_doc_kind;

typedef enum { DYAD_NORM_NFC = 0, DYAD_NORM_NFKC = 1 } dyad_norm;

/* A date split in parts; month/day are 0 when not known. */
typedef struct dyad_date {
    int year, month, day;          /* year 0 = unknown */
    dyad_date_precision prec;      /* what the source actually said */
} dyad_date;

/* A phrase of a sentence that dates something ("in October 2023", "on
 * Monday"), with the date it gives.  A sentence may hold several, one per
 * clause ("X did A in 2016, and Y did B in 2019"); each event takes the
 * one of its own clause (src/code/datescope.c). */
typedef struct dyad_sentence_date {
    size_t tok_from, tok_to;       /* its tokens in the sentence, [from, to),
                                    * without the preposition */
    char date[11];                 /* as event_date */
    dyad_date_precision precision;
    int strong;                    /* 0: a year as an adjective ("the 2020 war") */
    char *text;                    /* its words with the preposition */
} dyad_sentence_date;

/* One sentence.  Invariant: start <= end <= doc->text_len and
 * doc->text[start, end) is the sentence; tokens are in text order. */
typedef struct dyad_sentence {
    size_t start, end;       /* byte span in doc->text (end exclusive) */
    char *text;              /* copy of that span */
    char *tokens;            /* Penn tokens, one space between them */
    size_t n_tokens;
    size_t *tok_start, *tok_end; /* per-token byte spans in doc->text */
    char event_date[11];     /* YYYY-MM-DD (month/year padded -01), "" */
    dyad_date_precision date_precision;
    int date_from_story;     /* 1 when event_date is the story date */
    char *date_text;         /* words that gave the date, NULL if none */
    dyad_sentence_date *dates; /* every dating phrase, in text order; the
                              * sentence's date is the first strong one (else
                              * the first), and events of other clauses take
                              * their own */
    size_t n_dates;
    int split_long;          /* 1 when cut from an over-long sentence */
} dyad_sentence;

typedef struct dyad_doc {
    char *id, *title, *source, *url;  /* NULL when unknown (id never) */
    char *text;              /* normalised UTF-8 (NFC/NFKC, boilerplate out) */
    size_t text_len;
    char story_date[11];     /* YYYY-MM-DD or "" */
    int story_date_incomplete;   /* month/day known, year not */
    int story_month, story_day;  /* 0 when unknown */
    size_t dateline_end;     /* bytes of the dateline at the top, 0 none */
    dyad_sentence *sent;
    size_t n_sent;
    const char *file;        /* input path (owned by the reader) */
    long line;               /* JSONL line, 1 for one-document files */
    size_t n_invalid_utf8;   /* bytes replaced by U+FFFD */
    int not_english;         /* 1: few English function words (warned) */
    dyad_doc_kind kind;
} dyad_doc;

typedef struct dyad_reader_options {
    dyad_doc_kind kind;          /* DYAD_DOC_AUTO by default */
    const char *story_date;      /* --date: "YYYY-MM-DD"/"YYYYMMDD"/any
                                    form dyad_date_parse takes; NULL none */
    int default_year;            /* --year: completes year-less dates; 0 */
    size_t max_doc_bytes;        /* 0 = 8 MiB; longer documents fail */
    size_t max_sentence_tokens;  /* 0 = 80; longer sentences are split */
    dyad_norm norm;              /* NFC by default */
    int keep_boilerplate;        /* 1: do not drop "Share." etc. lines */
    dyad_warn_fn warn;           /* NULL = dyad_warn_stderr */
    void *warn_ud;
} dyad_reader_options;

typedef struct dyad_reader dyad_reader;

/* Open path ("-" = stdin).  Fails on a missing/unreadable file or a binary
 * file (DYAD_EIO / DYAD_EPARSE with "path: why"). opt may be NULL. */
dyad_reader *dyad_reader_open(const char *path, const dyad_reader_options *opt,
                              dyad_error *err);
/* Next document: 1 with *out set (free with dyad_doc_free), 0 at the end,
 * <0 when this document is bad (err names file:line); the caller may call
 * again to continue with the next one.  Memory is flat: one document at a
 * time, lines longer than max_doc_bytes are skipped, not stored. */
int dyad_reader_next(dyad_reader *r, dyad_doc **out, dyad_error *err);
void dyad_reader_close(dyad_reader *r);
/* A reader of buf[0, len) (which must outlive it), as of a file named name
 * (messages say "name:line"); the kind comes from opt->kind or the first
 * bytes.  DYAD_EEMPTY when len is 0. */
dyad_reader *dyad_reader_open_memory(const char *buf, size_t len, const char *name,
                                     const dyad_reader_options *opt, dyad_error *err);
/* Kind the reader settled on (after open). */
dyad_doc_kind dyad_reader_kind(const dyad_reader *r);

/* Build one document from memory (raw bytes of the given kind, not
 * JSONL).  name is used as id and in messages.  DYAD_EEMPTY when no text. */
int dyad_doc_from_memory(dyad_doc_kind kind, const char *buf, size_t len,
                         const char *name, const dyad_reader_options *opt,
                         dyad_doc **out, dyad_error *err);
void dyad_doc_free(dyad_doc *d);

/* ----------------------------------------------------------- unicode */

/* Validate and normalise UTF-8: invalid bytes -> U+FFFD (count in
 * *n_invalid, offset of the first in *first_bad), CRLF/CR -> LF, other
 * C0 controls except TAB/LF -> space, BOM dropped, then NFC or NFKC.
 * *out is malloc'ed and NUL-terminated. */
int dyad_utf8_normalize(const char *in, size_t len, dyad_norm norm,
                        char **out, size_t *out_len, size_t *n_invalid,
                        size_t *first_bad, dyad_error *err);
/* Fold to ASCII upper case for dictionary matching: accents stripped
 * ("Nicolás" -> "NICOLAS"), typographic quotes/dashes to ASCII, other
 * non-ASCII letters kept upper-cased.  Always NUL-terminates (when cap >
 * 0); returns the length needed (like snprintf). */
size_t dyad_fold_ascii_upper(const char *s, char *out, size_t cap);

/* ------------------------------------------------ tokens and sentences */

typedef struct dyad_token {
    size_t start, end;   /* byte span in the tokenised text */
    const char *form;    /* Penn form: `` '' -- ... 's n't -LRB- -RRB- */
} dyad_token;

typedef struct dyad_tokens {
    dyad_token *v;
    size_t n, cap;
    char *buf;           /* storage of the forms */
    size_t buf_len, buf_cap;
} dyad_tokens;

/* Penn-tokenise text[0,len) appending to toks (offsets are relative to
 * text plus base).  Call dyad_tokens_free when done. */
int dyad_tokenize(const char *text, size_t len, size_t base, dyad_tokens *toks);
void dyad_tokens_free(dyad_tokens *toks);
/* The tokens joined by single spaces (malloc'ed). */
char *dyad_tokens_join(const dyad_tokens *toks, size_t from, size_t to);

typedef struct dyad_span { size_t start, end; } dyad_span;

/* Split text[0,len) into sentence spans (trimmed, non-empty).  Handles
 * abbreviations, initials, decimals, quotes, parentheses; a blank line
 * always ends a sentence.  *out is malloc'ed. */
int dyad_split_sentences(const char *text, size_t len, dyad_span **out,
                         size_t *n);

/* --------------------------------------------------------------- dates */

/* Parse a date string: YYYY-MM-DD, YYYYMMDD, YYYY-MM, "June 9, 2025",
 * "9 June 2025", "June 9", "Monday, June 9", ISO timestamps.  Returns 1
 * when the whole string (bar trailing spaces/punctuation) is a date. */
int dyad_date_parse(const char *s, size_t len, dyad_date *out);
/* "YYYY-MM-DD" into out[11], padding unknown month/day with 01; "" when
 * the year is unknown. */
void dyad_date_format(const dyad_date *d, char out[11]);

typedef struct dyad_date_mention {
    size_t tok_from, tok_to;     /* token range [from, to) */
    dyad_date date;              /* resolved date */
    int strong;                  /* 0 = weak (year adjective) */
} dyad_date_mention;

/* Find date mentions in Penn tokens (forms) resolved against story (which
 * may have year 0: relative mentions are then skipped).  Returns the number
 * found (at most cap stored). */
size_t dyad_date_mentions(const char *const *tokens, size_t n,
                          const dyad_date *story, dyad_date_mention *out,
                          size_t cap);
/* The event date of a sentence by the rules above; returns the index of
 * the chosen mention or -1 (then *out = story date, day precision, or
 * prec NONE when the story date is unknown). */
int dyad_event_date(const char *const *tokens, size_t n,
                    const dyad_date *story, dyad_date *out);

/* --------------------------------------------------------------- parsing */

typedef struct dyad_parser dyad_parser;

typedef struct dyad_parser_options {
    int max_parse_ms;      /* per sentence; 0 = 1000 (link-grammar counts
                              whole seconds, so it is rounded up) */
    int max_tokens;        /* longer sentences are not parsed: 0 = 80 */
    int linkage_limit;     /* 0 = 16 */
    double disjunct_cost;  /* 0 = 2.7 */
    int max_null_count;    /* retry allowing this many unlinked words: 0=2,
                              -1 = no retry */
} dyad_parser_options;

/* One parser per thread; the English dictionary is loaded once per
 * process and shared (reference-counted). */
dyad_parser *dyad_parser_new(const dyad_parser_options *opt, dyad_error *err);
void dyad_parser_free(dyad_parser *p);
/* Parse Penn tokens (space-separated, as dyad_sentence.tokens) into a
 * Penn-style tree "(ROOT (S ...))" with POS tags at the leaves; *tree is
 * malloc'ed.  Fails (DYAD_EPARSE no linkage / timeout, DYAD_ELIMIT too
 * long) so the caller can fall back to dyad_shallow_tree. */
int dyad_parser_parse(dyad_parser *p, const char *tokens, char **tree,
                      dyad_error *err);
/* Counters since dyad_parser_new: parsed, failed, timed out. */
void dyad_parser_stats(const dyad_parser *p, long *ok, long *failed,
                       long *timeouts);

/* The tree to code for tokens: link-grammar's when p is not NULL and it
 * parses, else dyad_shallow_tree.  *method is set to "parse" or "shallow"
 * (static strings, as dyad_event.method wants).  Fails only when out of
 * memory; why link-grammar failed is left in err with status DYAD_OK. */
int dyad_tree_for_tokens(dyad_parser *p, const char *tokens, char **tree,
                         const char **method, dyad_error *err);

/* A flat Penn-ish tree from tokens with heuristic POS tags:
 * (ROOT (S (NP ..) (VP (VBD ..) (NP ..) (PP (IN ..) (NP ..))) (. .))).
 * Always balanced; malloc'ed; NULL only when out of memory. */
char *dyad_shallow_tree(const char *tokens);
/* Heuristic Penn POS tag of token i of toks[0..n). */
const char *dyad_pos_guess(const char *const *toks, size_t n, size_t i);

#ifdef __cplusplus
}
#endif
#endif /* DYAD_TEXT_H */
