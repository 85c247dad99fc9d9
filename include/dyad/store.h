/*
 * dyad/store.h -- the SQLite event store (included by dyad.h).
 *
 * Coded documents, their sentences and their events live in one SQLite
 * file.  The store is the hand-over point between coding (`dyad code --db`)
 * and everything that reads events back (`dyad events`, `dyad net`).
 *
 * Writing from a program:
 *     s = dyad_store_open(path, &err);
 *     dyad_store_begin(s, &err);            -- optional, for speed
 *     for each coded document: dyad_store_put_doc(s, doc, &events, &err);
 *         (commit + begin again every few hundred documents so a crash
 *          loses little and readers see progress)
 *     dyad_store_commit(s, &err); dyad_store_close(s);
 * Sentences are numbered from 1, as the pipeline numbers events.
 *
 * Schema (version 2, kept in PRAGMA user_version; dyad_store_open migrates
 * older files forward one version at a time, each step in a transaction,
 * and refuses files written by a newer dyad):
 *
 *   documents(id TEXT PRIMARY KEY, source, url, title, story_date,
 *             text, coded_at)             -- coded_at: UTC ISO-8601
 *   sentences(doc_id -> documents ON DELETE CASCADE, n, start, "end",
 *             text, PRIMARY KEY(doc_id, n))
 *   events(id INTEGER PRIMARY KEY, doc_id -> documents ON DELETE CASCADE,
 *          sentence, story_date, event_date, date_precision (0..3),
 *          source, target, code, root, quad, goldstein, source_text,
 *          target_text, trigger, location, location_country, lat, lon
 *          (NULL without coordinates), span_start, span_end, method,
 *          date_text)                   -- date_text: added in version 2
 *      indexes: (doc_id), (source, event_date), (target, event_date),
 *               (event_date), (code)
 *   actors(code TEXT PRIMARY KEY, kind, country, first_seen, last_seen)
 *      kind is dyad_actor_kind_name(); country the 3-letter state code
 *      or NULL; first/last_seen the event dates the actor appeared on.
 *   actor_names(code, name, PRIMARY KEY(code, name))   -- texts seen
 *
 * The file runs in WAL mode with foreign keys on and a busy timeout, so a
 * reader (dyad net) can run while a coder writes.  Storing a document is
 * one transaction (or a savepoint inside a batch): re-coding a document
 * with the same id replaces its sentences and events, and a crash (even
 * kill -9) leaves either the old or the new version, never a mixture.
 * Queries never delete: the one-a-day filter is applied when reading.
 */
#ifndef DYAD_STORE_H
#define DYAD_STORE_H

#include "dyad.h"

#ifdef __cplusplus
extern "C" {
#endif

#define DYAD_STORE_SCHEMA_VERSION 3

typedef struct dyad_store dyad_store;

/* One document as stored.  Any string may be NULL except id. */
typedef struct dyad_store_doc {
    const char *id, *source, *url, *title;
    const char *story_date;      /* YYYY-MM-DD or NULL/"" */
    const char *text;
} dyad_store_doc;

/* One sentence: number n within the document, byte span, text. */
typedef struct dyad_store_sentence {
    int n;
    size_t start, end;
    const char *text;
} dyad_store_sentence;

/* Open (creating and migrating as needed) the store at path.  NULL on
 * failure with err set (DYAD_EDB, message naming the file). */
dyad_store *dyad_store_open(const char *path, dyad_error *err);
/* Open an existing store for reading (fails with DYAD_ENOTFOUND when the
 * file does not exist instead of creating an empty one, and with DYAD_EDB
 * when it is not a dyad database).  An older schema is migrated. */
dyad_store *dyad_store_open_existing(const char *path, dyad_error *err);
void dyad_store_close(dyad_store *s);
const char *dyad_store_path(const dyad_store *s);

/* Batches: documents put between begin and commit share one transaction
 * (much faster).  Each document still is all-or-nothing inside it. */
int dyad_store_begin(dyad_store *s, dyad_error *err);
int dyad_store_commit(dyad_store *s, dyad_error *err);
int dyad_store_rollback(dyad_store *s);

/* Store a document with its sentences and events, replacing whatever was
 * stored under the same id.  An event whose sentence is not among s[] but
 * has sentence_text gets that sentence row (its evidence).  Events with an
 * empty doc_id take doc->id.  Atomic. */
int dyad_store_put_document(dyad_store *s, const dyad_store_doc *doc,
                            const dyad_store_sentence *sent, size_t nsent,
                            const dyad_event *ev, size_t nev, dyad_error *err);
/* The same from the pipeline's structs (what `dyad code --db` calls). */
int dyad_store_put_doc(dyad_store *s, const dyad_doc *doc,
                       const dyad_event_list *events, dyad_error *err);

/* Row counts of the main tables. */
typedef struct dyad_store_counts {
    long long documents, sentences, events, actors;
} dyad_store_counts;
int dyad_store_get_counts(dyad_store *s, dyad_store_counts *c, dyad_error *err);

/* ------------------------------------------------------------ queries */

/* Filters; NULL / 0 fields are off.  Actor codes match as prefixes
 * ("IRN" matches IRNGOV), so do code prefixes ("18" matches 181, 1831).
 * Dates compare on event_date by the precision given: from "2019" means
 * from 2019-01-01, to "2019-06" means up to the end of June 2019. */
typedef struct dyad_store_query {
    const char *actor;        /* source or target */
    const char *dyad_a, *dyad_b; /* events between A and B, either way */
    const char *code;         /* CAMEO code prefix */
    const char *from, *to;    /* YYYY[-MM[-DD]] */
    int one_a_day;            /* same source, target, code, day: once */
    long limit;               /* 0 = no limit */
} dyad_store_query;

/* Called once per matching event, in (event_date, doc, sentence) order.
 * ev and its strings (evidence in sentence_text) are valid only during
 * the call.  Return non-zero to stop. */
typedef int (*dyad_store_event_fn)(void *ud, const dyad_event *ev);

/* "A,B" into q->dyad_a and q->dyad_b, which then point into buf (cap
 * bytes, kept by the caller while q is used).  DYAD_EINVAL unless pair is
 * two non-empty codes around a comma that fit in buf. */
int dyad_store_query_set_dyad(dyad_store_query *q, const char *pair, char *buf,
                              size_t cap);

/* Run a query; *n (may be NULL) receives how many events were delivered.
 * A bad date or code in q is DYAD_EINVAL. */
int dyad_store_query_events(dyad_store *s, const dyad_store_query *q,
                            dyad_store_event_fn fn, void *ud, long *n,
                            dyad_error *err);

/* Check a YYYY, YYYY-MM or YYYY-MM-DD filter date (1 = valid). */
int dyad_store_date_ok(const char *d);

/* ------------------------------------------------------------ writers */

typedef enum {
    DYAD_EVFMT_JSONL = 0,
    DYAD_EVFMT_TSV = 1,
    DYAD_EVFMT_CSV = 2
} dyad_event_format;

/* "jsonl"/"json", "tsv", "csv" -> format; -1 when unknown. */
int dyad_event_format_parse(const char *name);
/* Header line for the format (CSV only; nothing for the others). */
int dyad_event_write_header(FILE *out, dyad_event_format fmt);
/* One event in the format; every row carries its evidence sentence
 * (JSON "evidence", the last TSV/CSV column). */
int dyad_event_write(FILE *out, const dyad_event *ev, dyad_event_format fmt);
/* RFC 4180 CSV row (see dyad_event_write_header for the columns). */
int dyad_event_write_csv(FILE *out, const dyad_event *ev);

/* -------------------------------------------------------------- ingest */

/* Store events given as JSON Lines (the objects dyad_event_write_json
 * writes).  Lines with the same "doc" make one document, replacing what
 * the store held for it.  Malformed lines go to warn (as "file:line:
 * fault") and are skipped.  *nevents / *ndocs (may be NULL) receive the
 * totals stored.  path "-" is stdin. */
int dyad_store_ingest_jsonl(dyad_store *s, const char *path,
                            dyad_warn_fn warn, void *ud, long *nevents,
                            long *ndocs, dyad_error *err);

/* -------------------------------------------------------------- actors */

typedef enum {
    DYAD_ACTOR_NONE = 0,    /* empty or "---" */
    DYAD_ACTOR_STATE,       /* first three letters are an ISO 3166 country */
    DYAD_ACTOR_IGO,         /* IGO... intergovernmental organisation */
    DYAD_ACTOR_NONSTATE,    /* IMG, NGO, MNC, UIS, ... transnational */
    DYAD_ACTOR_AGENT,       /* a bare agent code: GOV, MIL, REB, ... */
    DYAD_ACTOR_OTHER        /* anything else (regions, new actors) */
} dyad_actor_kind;

dyad_actor_kind dyad_actor_kind_of(const char *code);
const char *dyad_actor_kind_name(dyad_actor_kind k);
/* 1 when the three letters at s are an ISO 3166-1 alpha-3 country code
 * (or a CAMEO-only state code such as KOS). */
int dyad_is_country3(const char *s);

#ifdef __cplusplus
}
#endif
#endif
