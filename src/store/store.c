/*
 * store.c -- opening the SQLite event store, its schema and migrations,
 * batches, and storing documents (see include/dyad/store.h for the schema).
 *
 * Writing a document deletes what the store held under its id and inserts
 * the new rows inside one SAVEPOINT: outside a batch that is its own
 * transaction, inside a batch a nested one, so a failing document is
 * rolled back alone and a crash loses at most the open transaction.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "store/store_internal.h"

/* migrations[i] brings a database from user_version i to i + 1. */
static const char *const migrations[] = {
    /* 0 -> 1: the initial schema */
    "CREATE TABLE documents(id TEXT PRIMARY KEY, source TEXT, url TEXT,"
    "  title TEXT, story_date TEXT, text TEXT, coded_at TEXT NOT NULL);"
    "CREATE TABLE sentences(doc_id TEXT NOT NULL REFERENCES documents(id)"
    "  ON DELETE CASCADE, n INTEGER NOT NULL, start INTEGER, \"end\" INTEGER,"
    "  text TEXT, PRIMARY KEY(doc_id, n)) WITHOUT ROWID;"
    "CREATE TABLE events(id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL"
    "  REFERENCES documents(id) ON DELETE CASCADE, sentence INTEGER,"
    "  story_date TEXT, event_date TEXT, date_precision INTEGER,"
    "  source TEXT NOT NULL, target TEXT NOT NULL, code TEXT NOT NULL,"
    "  root TEXT, quad INTEGER, goldstein REAL, source_text TEXT,"
    "  target_text TEXT, trigger TEXT, location TEXT, location_country TEXT,"
    "  lat REAL, lon REAL, span_start INTEGER, span_end INTEGER, method TEXT);"
    "CREATE INDEX events_doc ON events(doc_id);"
    "CREATE INDEX events_source ON events(source, event_date);"
    "CREATE INDEX events_target ON events(target, event_date);"
    "CREATE INDEX events_date ON events(event_date);"
    "CREATE INDEX events_code ON events(code);"
    "CREATE TABLE actors(code TEXT PRIMARY KEY, kind TEXT NOT NULL,"
    "  country TEXT, first_seen TEXT, last_seen TEXT);"
    "CREATE TABLE actor_names(code TEXT NOT NULL REFERENCES actors(code),"
    "  name TEXT NOT NULL, PRIMARY KEY(code, name)) WITHOUT ROWID;",
    /* 1 -> 2: the words that gave an event its date; NULL in older rows */
    "ALTER TABLE events ADD COLUMN date_text TEXT;",
    /* 2 -> 3: where in the document the trigger word is; NULL in older rows */
    ("ALTER TABLE events ADD COLUMN trigger_start INTEGER;"
     "ALTER TABLE events ADD COLUMN trigger_end INTEGER;"),
};
#define N_MIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))

static const char *const stmt_sql[ST_COUNT] = {
    [ST_DEL_EVENTS] = "DELETE FROM events WHERE doc_id = ?1",
    [ST_DEL_SENTENCES] = "DELETE FROM sentences WHERE doc_id = ?1",
    [ST_PUT_DOC] =
        "INSERT INTO documents(id, source, url, title, story_date, text,"
        " coded_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)"
        " ON CONFLICT(id) DO UPDATE SET source = ?2, url = ?3, title = ?4,"
        " story_date = ?5, text = ?6, coded_at = ?7",
    [ST_PUT_SENTENCE] =
        "INSERT OR REPLACE INTO sentences(doc_id, n, start, \"end\", text)"
        " VALUES(?1, ?2, ?3, ?4, ?5)",
    /* an event's evidence never overwrites a sentence given explicitly */
    [ST_PUT_EVIDENCE] =
        "INSERT OR IGNORE INTO sentences(doc_id, n, start, \"end\", text)"
        " VALUES(?1, ?2, ?3, ?4, ?5)",
    [ST_PUT_EVENT] =
        "INSERT INTO events(doc_id, sentence, story_date, event_date,"
        " date_precision, source, target, code, root, quad, goldstein,"
        " source_text, target_text, trigger, location, location_country,"
        " lat, lon, span_start, span_end, method, date_text, trigger_start,"
        " trigger_end) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
        " ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)",
    /* first/last seen widen; coalesce because min(NULL, x) is NULL */
    [ST_PUT_ACTOR] =
        "INSERT INTO actors(code, kind, country, first_seen, last_seen)"
        " VALUES(?1, ?2, ?3, ?4, ?4) ON CONFLICT(code) DO UPDATE SET"
        " first_seen = min(coalesce(first_seen, ?4), coalesce(?4, first_seen)),"
        " last_seen = max(coalesce(last_seen, ?4), coalesce(?4, last_seen))",
    [ST_PUT_ACTOR_NAME] =
        "INSERT OR IGNORE INTO actor_names(code, name) VALUES(?1, ?2)",
};

int sqlstore_fail(dyad_store *s, dyad_error *err, const char *what)
{
    return dyad_fail(err, DYAD_EDB, "%s: %s: %s", s->path, what,
                     sqlite3_errmsg(s->db));
}

int sqlstore_exec(dyad_store *s, const char *sql, dyad_error *err)
{
    char *msg = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) == SQLITE_OK)
        return DYAD_OK;
    int rc = dyad_fail(err, DYAD_EDB, "%s: %s", s->path,
                       msg ? msg : "SQL error");
    sqlite3_free(msg);
    return rc;
}

void sqlstore_bind_text(sqlite3_stmt *st, int i, const char *s)
{
    if (s && *s)
        sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

static int user_version(dyad_store *s, int *v, dyad_error *err)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL))
        return sqlstore_fail(s, err, "reading the schema version");
    *v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_finalize(st);
    return DYAD_OK;
}

/* Bring the schema to DYAD_STORE_SCHEMA_VERSION, one step per transaction
 * so an interrupted migration leaves a consistent older version. */
static int migrate(dyad_store *s, dyad_error *err)
{
    int v, rc;
    if ((rc = user_version(s, &v, err)))
        return rc;
    if (v > N_MIGRATIONS)
        return dyad_fail(err, DYAD_EDB, "%s: schema version %d is newer than "
                         "this dyad understands (%d)", s->path, v, N_MIGRATIONS);
    for (; v < N_MIGRATIONS; v++) {
        char bump[64];
        snprintf(bump, sizeof bump, "PRAGMA user_version = %d", v + 1);
        if ((rc = sqlstore_exec(s, "BEGIN IMMEDIATE", err)))
            return rc;
        if ((rc = sqlstore_exec(s, migrations[v], err)) ||
            (rc = sqlstore_exec(s, bump, err))) {
            sqlstore_exec(s, "ROLLBACK", NULL);
            return rc;
        }
        if ((rc = sqlstore_exec(s, "COMMIT", err)))
            return rc;
    }
    return DYAD_OK;
}

static dyad_store *sqlstore_open_flags(const char *path, int flags,
                                    dyad_error *err)
{
    dyad_store *s = calloc(1, sizeof *s);
    if (!s || !(s->path = strdup(path))) {
        free(s);
        dyad_fail(err, DYAD_ENOMEM, "out of memory");
        return NULL;
    }
    if (sqlite3_open_v2(path, &s->db, flags, NULL) != SQLITE_OK) {
        int status = access(path, F_OK) != 0 && !(flags & SQLITE_OPEN_CREATE)
                         ? DYAD_ENOTFOUND : DYAD_EDB;
        dyad_fail(err, status, "%s: cannot open database: %s", path,
                  s->db ? sqlite3_errmsg(s->db) : "out of memory");
        dyad_store_close(s);
        return NULL;
    }
    sqlite3_busy_timeout(s->db, 10000);
    /* journal_mode answers a row; exec ignores it.  WAL fails harmlessly on
     * read-only files already in another mode. */
    if (sqlstore_exec(s, "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;"
                      " PRAGMA synchronous = NORMAL", err) ||
        (!(flags & SQLITE_OPEN_READONLY) && migrate(s, err))) {
        dyad_store_close(s);
        return NULL;
    }
    return s;
}

dyad_store *dyad_store_open(const char *path, dyad_error *err)
{
    return sqlstore_open_flags(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            err);
}

dyad_store *dyad_store_open_existing(const char *path, dyad_error *err)
{
    if (access(path, F_OK) != 0) {
        dyad_fail(err, DYAD_ENOTFOUND, "%s: no such database", path);
        return NULL;
    }
    /* read-write so that an older schema can be migrated and the WAL
     * shared memory created; nothing is written otherwise */
    dyad_store *s = sqlstore_open_flags(path, SQLITE_OPEN_READWRITE, err);
    int v = 0;
    if (s && user_version(s, &v, err) == DYAD_OK && v == 0) {
        dyad_fail(err, DYAD_EDB, "%s: not a dyad database", path);
        dyad_store_close(s);
        return NULL;
    }
    return s;
}

void dyad_store_close(dyad_store *s)
{
    if (!s)
        return;
    for (int i = 0; i < ST_COUNT; i++)
        sqlite3_finalize(s->stmt[i]);
    sqlite3_close(s->db);
    free(s->path);
    free(s);
}

const char *dyad_store_path(const dyad_store *s) { return s->path; }

int dyad_store_begin(dyad_store *s, dyad_error *err)
{
    if (s->in_batch)
        return DYAD_OK;
    int rc = sqlstore_exec(s, "BEGIN IMMEDIATE", err);
    s->in_batch = rc == DYAD_OK;
    return rc;
}

int dyad_store_commit(dyad_store *s, dyad_error *err)
{
    if (!s->in_batch)
        return DYAD_OK;
    s->in_batch = 0;
    return sqlstore_exec(s, "COMMIT", err);
}

int dyad_store_rollback(dyad_store *s)
{
    if (!s->in_batch)
        return DYAD_OK;
    s->in_batch = 0;
    return sqlstore_exec(s, "ROLLBACK", NULL);
}

/* The cached statement i, reset and with bindings cleared. */
static sqlite3_stmt *stmt(dyad_store *s, int i, dyad_error *err)
{
    if (!s->stmt[i] &&
        sqlite3_prepare_v3(s->db, stmt_sql[i], -1, SQLITE_PREPARE_PERSISTENT,
                           &s->stmt[i], NULL) != SQLITE_OK) {
        sqlstore_fail(s, err, "preparing a statement");
        return NULL;
    }
    sqlite3_reset(s->stmt[i]);
    sqlite3_clear_bindings(s->stmt[i]);
    return s->stmt[i];
}

static int step_done(dyad_store *s, sqlite3_stmt *st, dyad_error *err,
                     const char *what)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? DYAD_OK : sqlstore_fail(s, err, what);
}

static int put_doc_row(dyad_store *s, const dyad_store_doc *d, int replace,
                       dyad_error *err)
{
    sqlite3_stmt *st;
    int rc;
    if (replace) {
        for (int i = ST_DEL_EVENTS; i <= ST_DEL_SENTENCES; i++) {
            if (!(st = stmt(s, i, err)))
                return DYAD_EDB;
            sqlite3_bind_text(st, 1, d->id, -1, SQLITE_STATIC);
            if ((rc = step_done(s, st, err, "deleting an old version")))
                return rc;
        }
    }
    char now[32];
    time_t t = time(NULL);
    struct tm tm;
    strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", gmtime_r(&t, &tm));
    if (!(st = stmt(s, ST_PUT_DOC, err)))
        return DYAD_EDB;
    sqlite3_bind_text(st, 1, d->id, -1, SQLITE_STATIC);
    sqlstore_bind_text(st, 2, d->source);
    sqlstore_bind_text(st, 3, d->url);
    sqlstore_bind_text(st, 4, d->title);
    sqlstore_bind_text(st, 5, d->story_date);
    sqlstore_bind_text(st, 6, d->text);
    sqlite3_bind_text(st, 7, now, -1, SQLITE_TRANSIENT);
    return step_done(s, st, err, "storing a document");
}

static int put_sentence(dyad_store *s, const char *doc_id,
                        const dyad_store_sentence *x, int evidence,
                        dyad_error *err)
{
    sqlite3_stmt *st = stmt(s, evidence ? ST_PUT_EVIDENCE : ST_PUT_SENTENCE,
                            err);
    if (!st)
        return DYAD_EDB;
    sqlite3_bind_text(st, 1, doc_id, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, x->n);
    sqlite3_bind_int64(st, 3, (sqlite3_int64)x->start);
    sqlite3_bind_int64(st, 4, (sqlite3_int64)x->end);
    sqlstore_bind_text(st, 5, x->text);
    return step_done(s, st, err, "storing a sentence");
}

static int put_actor(dyad_store *s, const char *code, const char *name,
                     const char *date, dyad_error *err)
{
    dyad_actor_kind k = dyad_actor_kind_of(code);
    if (k == DYAD_ACTOR_NONE)
        return DYAD_OK;
    sqlite3_stmt *st = stmt(s, ST_PUT_ACTOR, err);
    if (!st)
        return DYAD_EDB;
    sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, dyad_actor_kind_name(k), -1, SQLITE_STATIC);
    if (k == DYAD_ACTOR_STATE)
        sqlite3_bind_text(st, 3, code, 3, SQLITE_STATIC);
    sqlstore_bind_text(st, 4, date);
    int rc = step_done(s, st, err, "storing an actor");
    if (rc || !name || !*name)
        return rc;
    if (!(st = stmt(s, ST_PUT_ACTOR_NAME, err)))
        return DYAD_EDB;
    sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, name, -1, SQLITE_STATIC);
    return step_done(s, st, err, "storing an actor name");
}

static int put_event(dyad_store *s, const char *doc_id, const dyad_event *e,
                     dyad_error *err)
{
    sqlite3_stmt *st = stmt(s, ST_PUT_EVENT, err);
    if (!st)
        return DYAD_EDB;
    sqlite3_bind_text(st, 1, doc_id, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, e->sentence);
    sqlstore_bind_text(st, 3, e->story_date);
    sqlstore_bind_text(st, 4, e->event_date);
    sqlite3_bind_int(st, 5, (int)e->date_precision);
    sqlite3_bind_text(st, 6, e->source, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 7, e->target, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 8, e->code, -1, SQLITE_STATIC);
    sqlstore_bind_text(st, 9, e->root);
    sqlite3_bind_int(st, 10, e->quad);
    sqlite3_bind_double(st, 11, e->goldstein);
    sqlstore_bind_text(st, 12, e->source_text);
    sqlstore_bind_text(st, 13, e->target_text);
    sqlstore_bind_text(st, 14, e->trigger);
    sqlstore_bind_text(st, 15, e->location);
    sqlstore_bind_text(st, 16, e->location_country);
    if (e->has_coords) {
        sqlite3_bind_double(st, 17, e->lat);
        sqlite3_bind_double(st, 18, e->lon);
    }
    sqlite3_bind_int64(st, 19, (sqlite3_int64)e->span_start);
    sqlite3_bind_int64(st, 20, (sqlite3_int64)e->span_end);
    sqlstore_bind_text(st, 21, e->method);
    sqlstore_bind_text(st, 22, e->date_text);
    if (e->trigger_end > e->trigger_start) {
        sqlite3_bind_int64(st, 23, (sqlite3_int64)e->trigger_start);
        sqlite3_bind_int64(st, 24, (sqlite3_int64)e->trigger_end);
    } else {
        sqlite3_bind_null(st, 23);
        sqlite3_bind_null(st, 24);
    }
    int rc = step_done(s, st, err, "storing an event");
    if (!rc && e->sentence_text) {
        dyad_store_sentence x = { e->sentence, e->span_start, e->span_end,
                                  e->sentence_text };
        rc = put_sentence(s, doc_id, &x, 1, err);
    }
    if (!rc)
        rc = put_actor(s, e->source, e->source_text, e->event_date, err);
    if (!rc)
        rc = put_actor(s, e->target, e->target_text, e->event_date, err);
    return rc;
}

int sqlstore_put(dyad_store *s, const dyad_store_doc *doc,
              const dyad_store_sentence *sent, size_t nsent,
              const dyad_event *ev, size_t nev, int replace, dyad_error *err)
{
    if (!doc || !doc->id || !*doc->id)
        return dyad_fail(err, DYAD_EINVAL, "%s: a document needs an id",
                         s->path);
    int rc = sqlstore_exec(s, "SAVEPOINT put_doc", err);
    if (rc)
        return rc;
    rc = put_doc_row(s, doc, replace, err);
    for (size_t i = 0; !rc && i < nsent; i++)
        rc = put_sentence(s, doc->id, &sent[i], 0, err);
    for (size_t i = 0; !rc && i < nev; i++)
        rc = put_event(s, ev[i].doc_id && *ev[i].doc_id ? ev[i].doc_id
                                                         : doc->id, &ev[i], err);
    if (rc) {
        sqlstore_exec(s, "ROLLBACK TO put_doc; RELEASE put_doc", NULL);
        return rc;
    }
    return sqlstore_exec(s, "RELEASE put_doc", err);
}

int dyad_store_put_document(dyad_store *s, const dyad_store_doc *doc,
                            const dyad_store_sentence *sent, size_t nsent,
                            const dyad_event *ev, size_t nev, dyad_error *err)
{
    return sqlstore_put(s, doc, sent, nsent, ev, nev, 1, err);
}

int dyad_store_put_doc(dyad_store *s, const dyad_doc *doc,
                       const dyad_event_list *events, dyad_error *err)
{
    dyad_store_doc d = { doc->id, doc->source, doc->url, doc->title,
                         doc->story_date, doc->text };
    dyad_store_sentence *sv = NULL;
    if (doc->n_sent && !(sv = calloc(doc->n_sent, sizeof *sv)))
        return dyad_fail(err, DYAD_ENOMEM, "out of memory");
    for (size_t i = 0; i < doc->n_sent; i++)
        sv[i] = (dyad_store_sentence){ (int)i + 1, doc->sent[i].start,
                                       doc->sent[i].end, doc->sent[i].text };
    int rc = sqlstore_put(s, &d, sv, doc->n_sent, events ? events->v : NULL,
                       events ? events->n : 0, 1, err);
    free(sv);
    return rc;
}

int dyad_store_get_counts(dyad_store *s, dyad_store_counts *c,
                          dyad_error *err)
{
    static const char *const sql =
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM"
        " sentences), (SELECT count(*) FROM events), (SELECT count(*) FROM"
        " actors)";
    sqlite3_stmt *st;
    memset(c, 0, sizeof *c);
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
        return sqlstore_fail(s, err, "counting rows");
    if (sqlite3_step(st) == SQLITE_ROW) {
        c->documents = sqlite3_column_int64(st, 0);
        c->sentences = sqlite3_column_int64(st, 1);
        c->events = sqlite3_column_int64(st, 2);
        c->actors = sqlite3_column_int64(st, 3);
    }
    sqlite3_finalize(st);
    return DYAD_OK;
}
