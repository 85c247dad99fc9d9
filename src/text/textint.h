/*
 * textint.h -- private helpers shared by the files of src/text/ (and by
 * src/parse/lgparse.c, which tags words with the same lexicon).
 */
#ifndef DYAD_TEXTINT_H
#define DYAD_TEXTINT_H
#include <stddef.h>
#include "dyad.h"

/* Kinds of abbreviation (abbrev.c).  A TITLE never ends a sentence
 * ("Gen. Smith"); an OTHER ends one only before a sentence-starting word
 * ("... the U.S. The ..."). */
enum { ABBR_NONE = 0, ABBR_TITLE = 1, ABBR_OTHER = 2 };
/* w[0,n) is the word without its final '.'. */
int text_abbrev_kind(const char *w, size_t n);
/* Closed-class words that typically start a sentence (The, But, He...). */
int text_is_sentence_starter(const char *w, size_t n);

/* Month 1..12 from a name or abbreviation ("June", "Jun", "Sept."), 0. */
int text_month(const char *w);
/* Weekday 0 (Sunday) .. 6 from a name, -1. */
int text_weekday(const char *w);

/* Case-insensitive ASCII compare of w[0,n) with a NUL-terminated s. */
int text_eq(const char *w, size_t n, const char *s);

/* Closed-class Penn tag of a (case-insensitive) word, NULL if open-class. */
const char *text_closed_tag(const char *w);

/* Attach story date, dateline, sentences, tokens and event dates to d
 * (doc.c).  date_hint: a date from the container (JSON field, HTML meta)
 * or NULL; opt->story_date overrides it. */
int text_doc_analyse(dyad_doc *d, const char *date_hint,
                     const dyad_reader_options *opt, dyad_error *err);
/* Report a warning through opt's callback (or stderr). */
void text_warn(const dyad_reader_options *opt, const char *file, long line,
               const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
/* Allocate a document from raw text (not HTML): normalised, boilerplate
 * dropped, id = name; not yet analysed.  DYAD_EEMPTY when no text. */
int text_doc_build(const char *buf, size_t len, const char *name,
                   const char *file, long line,
                   const dyad_reader_options *opt, dyad_doc **out,
                   dyad_error *err);
/* dyad_doc_from_memory with the input path for messages (file). */
int text_doc_from_kind(dyad_doc_kind kind, const char *buf, size_t len,
                       const char *name, const char *file,
                       const dyad_reader_options *opt, dyad_doc **out,
                       dyad_error *err);
/* HTML page -> plain text with paragraph breaks, title, published date. */
int text_html_extract(const char *buf, size_t len, char **text,
                      size_t *text_len, char **title, char **date,
                      dyad_error *err);
/* Remove boilerplate lines ("Share.", "Leave A Reply") in place. */
size_t text_drop_boilerplate(char *s, size_t len);
char *text_strndup(const char *s, size_t n);

/* Growable NUL-terminated byte buffer (buf.c); zero-initialise to use. */
typedef struct text_buf { char *p; size_t len, cap; int oom; } text_buf;
void text_buf_put(text_buf *b, const char *s, size_t n);
void text_buf_puts(text_buf *b, const char *s);
#endif
