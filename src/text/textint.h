/*
 * textint.h -- private helpers shared by the files of src/text/ (and by
 * src/parse/lgparse.c, which tags words with the same lexicon).
 */
#ifndef DYAD_TEXTINT_H
#define DYAD_TEXTINT_H
#include <stddef.h>
#include <string.h>
#include <strings.h>
#include "dyad.h"

/* Word classes of the closed word lists (lexicon.c), as bits of
 * text_lex.cls.  Each list is defined, with its purpose, in lexicon.c. */
enum {
    LX_NUMBER = 1u << 0,      /* number words: one .. trillion, dozens */
    LX_PERFECT = 1u << 1,     /* be/have/get forms before a participle */
    LX_IRREG_PP = 1u << 2,    /* irregular past participles */
    LX_AUX = 1u << 3,         /* verbs that take another verb group */
    LX_SUBORD = 1u << 4,      /* prepositions that may open a clause */
    LX_PLURAL = 1u << 5,      /* they, we, many ...: plural subjects */
    LX_DO = 1u << 6, LX_BE = 1u << 7, LX_HAVE = 1u << 8,
    LX_PARTICLE = 1u << 9,    /* up, down, off, out, away, back */
    LX_TITLE = 1u << 10,      /* abbreviations before a name: Gen, Mr */
    LX_ABBR = 1u << 11,       /* abbreviations that may end a sentence */
    LX_STARTER = 1u << 12,    /* words that typically start a sentence */
    LX_YEAR_PREP = 1u << 13,  /* "in 1992" */
    LX_MONTH_PREP = 1u << 14, /* "in March" */
    LX_EVENT_NOUN = 1u << 15, /* "the September 11 attacks" */
    LX_DATE_WORD = 1u << 16,  /* yesterday, today, last ...: may open a date */
    LX_PP_ONLY = 1u << 17,    /* participles that are no other verb form:
                               * known, taken (not cut, held) */
    LX_CLAUSE = 1u << 18      /* verbs that take a clause without "that":
                               * said, believes, warned */
};
/* No listed word is longer (lexicon.c's keys are 16 bytes); a longer word
 * added to a list would never match: raise the key size with it. */
enum { LX_MAXLEN = 15 };

/* What the lists say about one word. */
typedef struct text_lex {
    const char *tag;          /* closed-class Penn tag, NULL if open-class */
    unsigned cls;             /* LX_* bits */
    unsigned char month;      /* 1..12: month name or abbreviation */
    unsigned char wday;       /* 1 (Sunday) .. 7: weekday name; 0 none */
} text_lex;
/* The entry for w[0,n) (ASCII case-insensitive), NULL when the word is in
 * no list.  Thread-safe; cheap enough to call per token. */
const text_lex *text_lex_find(const char *w, size_t n);
/* The same for a NUL-terminated word (never reads past LX_MAXLEN + 1). */
const text_lex *text_lex_of(const char *w);
/* Is w in a list of class cls? */
static inline int text_lex_is(const char *w, unsigned cls)
{
    const text_lex *e = text_lex_of(w);
    return e && (e->cls & cls);
}

/* Does w[0,n) end in suf[0,k) (lower case ASCII), with at least two more
 * characters before it?  ASCII case-insensitive, as strcasecmp. */
static inline int text_ends_k(const char *w, size_t n, const char *suf, size_t k)
{
    if (n <= k + 1) return 0;
    for (const char *p = w + n - k; k; p++, suf++, k--) {
        unsigned char c = (unsigned char)*p;
        if ((c >= 'A' && c <= 'Z' ? c | 0x20 : c) != (unsigned char)*suf) return 0;
    }
    return 1;
}
static inline int text_ends(const char *w, size_t n, const char *suf)
{
    return text_ends_k(w, n, suf, strlen(suf));
}
/* text_ends for a string literal suffix: its length is a constant. */
#define TEXT_ENDS(w, n, lit) text_ends_k((w), (n), "" lit, sizeof(lit) - 1)

/* Is w[0,n) shaped like a nationality adjective ("Iranian", "Chinese",
 * "Turkish", "Pakistani", "Israeli", "Saudi", "Venezuelan")?  The tagger
 * and the tag repairs both ask. */
static inline int text_demonym_shape(const char *w, size_t n)
{
    return n >= 5 && (TEXT_ENDS(w, n, "ian") || TEXT_ENDS(w, n, "ean") ||
                      TEXT_ENDS(w, n, "can") || TEXT_ENDS(w, n, "ese") ||
                      TEXT_ENDS(w, n, "ish") || TEXT_ENDS(w, n, "ani") ||
                      TEXT_ENDS(w, n, "aqi") || TEXT_ENDS(w, n, "eli") ||
                      TEXT_ENDS(w, n, "udi") ||
                      TEXT_ENDS(w, n, "uelan") || TEXT_ENDS(w, n, "ban") ||
                      TEXT_ENDS(w, n, "ern"));
}

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

/* Case-insensitive ASCII compare of w[0,n) with a NUL-terminated s
 * (inline: with a literal s the length test folds to a constant). */
static inline int text_eq(const char *w, size_t n, const char *s)
{
    return strlen(s) == n && strncasecmp(w, s, n) == 0;
}

/* The event date from the mentions m[0,k) found in a sentence, by the
 * rules of dyad_event_date (which it returns, and which it serves). */
int text_event_pick(const dyad_date_mention *m, size_t k,
                    const dyad_date *story, dyad_date *out);

/* dyad_pos_guess for every token of t[0,n) into tags, each token looked
 * up once (postag.c); lex, unless NULL, gets each token's lexicon entry
 * (NULL for none) so that the chunker need not look it up again. */
void text_pos_tags(const char *const *t, size_t n, const char **tags, const text_lex **lex);

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
/* Room for n more bytes at p + len (the caller writes them, adds n to len
 * and restores the final NUL); NULL once out of memory. */
char *text_buf_room(text_buf *b, size_t n);
void text_buf_puts(text_buf *b, const char *s);
#endif
