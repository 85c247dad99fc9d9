/*
 * reader.c -- streaming document readers: plain text, HTML, JSON Lines.
 *
 * One document is in memory at a time.  The input is read through a
 * fixed-size window (see `win`), so a 1 GB JSON Lines file costs a line's
 * worth of memory, and a line or file bigger than max_doc_bytes is
 * reported and skipped rather than stored.  The kind comes from the file
 * extension and the first bytes (sniffed into the window before any
 * parsing), the content winning where the two disagree clearly.
 */
#define _GNU_SOURCE 1   /* memmem */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <jansson.h>

#include "text/textint.h"

#define WIN_SIZE 65536
#define DEFAULT_MAX_DOC (8u << 20)

struct dyad_reader {
    FILE *f;
    int own;                 /* close f at the end (not stdin) */
    char *path;
    dyad_doc_kind kind;
    dyad_reader_options opt;
    char win[WIN_SIZE];      /* read window; win[pos,len) not yet used */
    size_t pos, len;
    int eof, done;
    long line;               /* lines consumed so far */
    char *lbuf;              /* current line / document */
    size_t lcap;
};

static int fill(dyad_reader *r)
{
    if (r->eof) return 0;
    if (r->pos > 0 && r->pos < r->len)
        memmove(r->win, r->win + r->pos, r->len - r->pos);
    r->len -= r->pos;
    r->pos = 0;
    size_t n = fread(r->win + r->len, 1, WIN_SIZE - r->len, r->f);
    if (n == 0) r->eof = 1;
    r->len += n;
    return n > 0;
}

static int grow(dyad_reader *r, size_t need)
{
    if (need <= r->lcap) return DYAD_OK;
    size_t cap = r->lcap ? r->lcap : 4096;
    while (cap < need) cap *= 2;
    char *p = realloc(r->lbuf, cap);
    if (!p) return DYAD_ENOMEM;
    r->lbuf = p;
    r->lcap = cap;
    return DYAD_OK;
}

/* Next line into lbuf (without '\n').  Returns 1 line, 0 EOF, DYAD_ELIMIT
 * when the line exceeded max (it is consumed, not stored). */
static int next_line(dyad_reader *r, size_t max, size_t *n)
{
    size_t have = 0;
    int over = 0, any = 0;
    for (;;) {
        if (r->pos == r->len && !fill(r)) break;
        any = 1;
        char *s = r->win + r->pos;
        char *nl = memchr(s, '\n', r->len - r->pos);
        size_t k = nl ? (size_t)(nl - s) : r->len - r->pos;
        if (!over && have + k > max) over = 1;
        if (!over) {
            if (grow(r, have + k + 1)) return DYAD_ENOMEM;
            memcpy(r->lbuf + have, s, k);
            have += k;
        }
        r->pos += k + (nl ? 1 : 0);
        if (nl) break;
    }
    if (!any) return 0;
    r->line++;
    if (over) return DYAD_ELIMIT;
    r->lbuf[have] = 0;
    *n = have;
    return 1;
}

/* ------------------------------------------------------------ sniffing */

static dyad_doc_kind kind_from_ext(const char *path)
{
    const char *dot = strrchr(path, '.');
    if (!dot || strchr(dot, '/')) return DYAD_DOC_AUTO;
    dot++;
    if (!strcasecmp(dot, "jsonl") || !strcasecmp(dot, "ndjson") ||
        !strcasecmp(dot, "json")) return DYAD_DOC_JSONL;
    if (!strcasecmp(dot, "html") || !strcasecmp(dot, "htm") ||
        !strcasecmp(dot, "xhtml")) return DYAD_DOC_HTML;
    if (!strcasecmp(dot, "txt") || !strcasecmp(dot, "text")) return DYAD_DOC_TEXT;
    return DYAD_DOC_AUTO;
}

static int looks_html(const char *s, size_t n)
{
    static const char *const marks[] = { "<!doctype html", "<html", "<body",
                                         "<head", "<p>", "<div", "<article", NULL };
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '<') continue;
        for (int k = 0; marks[k]; k++) {
            size_t m = strlen(marks[k]);
            if (i + m <= n && strncasecmp(s + i, marks[k], m) == 0) return 1;
        }
    }
    return 0;
}

/* Binary: NUL bytes, or many control bytes, in the first window. */
static int looks_binary(const char *s, size_t n)
{
    size_t ctl = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0) return 1;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ctl++;
    }
    return n > 32 && ctl * 10 > n;
}

static int sniff(dyad_reader *r, dyad_doc_kind ext, dyad_error *err)
{
    fill(r);
    const char *s = r->win;
    size_t n = r->len, i = 0;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) i = 3;
    while (i < n && isspace((unsigned char)s[i])) i++;
    if (looks_binary(s, n))
        return dyad_fail(err, DYAD_EPARSE, "%s: binary data (NUL or control "
                         "bytes near the start), not text", r->path);
    if (n - i >= 5 && strncmp(s + i, "<?xml", 5) == 0 &&
        memmem(s, n, "<Sentences", 10))
        return dyad_fail(err, DYAD_EINVAL, "%s: PETRARCH XML records: read "
                         "them with dyad_records_read", r->path);
    dyad_doc_kind content = i < n && s[i] == '{' ? DYAD_DOC_JSONL :
                            looks_html(s + i, n - i) ? DYAD_DOC_HTML :
                            DYAD_DOC_TEXT;
    if (r->opt.kind != DYAD_DOC_AUTO) r->kind = r->opt.kind;
    else if (ext == DYAD_DOC_AUTO) r->kind = content;
    else if (ext == DYAD_DOC_TEXT && content == DYAD_DOC_HTML) {
        text_warn(&r->opt, r->path, 0, "named as text but holds HTML: read as HTML");
        r->kind = DYAD_DOC_HTML;
    } else r->kind = ext;
    return DYAD_OK;
}

/* A reader of f (owned when own), named path in messages; kind from the
 * extension of path (ext) and the first bytes. */
static dyad_reader *reader_new(FILE *f, int own, const char *path, int ext,
                               const dyad_reader_options *opt, dyad_error *err)
{
    dyad_reader *r = calloc(1, sizeof *r);
    if (!r || !(r->path = strdup(path))) {
        if (own) fclose(f);
        free(r);
        dyad_fail(err, DYAD_ENOMEM, "out of memory");
        return NULL;
    }
    r->f = f;
    r->own = own;
    if (opt) r->opt = *opt;
    if (!r->opt.max_doc_bytes) r->opt.max_doc_bytes = DEFAULT_MAX_DOC;
    if (sniff(r, ext ? kind_from_ext(path) : DYAD_DOC_AUTO, err)) {
        dyad_reader_close(r);
        return NULL;
    }
    return r;
}

dyad_reader *dyad_reader_open(const char *path, const dyad_reader_options *opt,
                              dyad_error *err)
{
    if (strcmp(path, "-") == 0)
        return reader_new(stdin, 0, path, 0, opt, err);
    FILE *f = fopen(path, "rb");
    if (!f) {
        dyad_fail(err, DYAD_EIO, "%s: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    return reader_new(f, 1, path, 1, opt, err);
}

dyad_reader *dyad_reader_open_memory(const char *buf, size_t len, const char *name,
                                     const dyad_reader_options *opt, dyad_error *err)
{
    if (len == 0) {
        dyad_fail(err, DYAD_EEMPTY, "%s: empty input", name);
        return NULL;
    }
    /* (fmemopen only reads buf: the cast is its prototype's, not a write) */
    FILE *f = fmemopen((void *)(uintptr_t)buf, len, "rb");
    if (!f) {
        dyad_fail(err, DYAD_ENOMEM, "%s: cannot read from memory: %s", name,
                  strerror(errno));
        return NULL;
    }
    return reader_new(f, 1, name, 0, opt, err);
}

void dyad_reader_close(dyad_reader *r)
{
    if (!r) return;
    if (r->own && r->f) fclose(r->f);
    free(r->lbuf);
    free(r->path);
    free(r);
}

dyad_doc_kind dyad_reader_kind(const dyad_reader *r) { return r->kind; }

/* Text and HTML: the whole input is one document. */
static int next_whole(dyad_reader *r, dyad_doc **out, dyad_error *err)
{
    size_t have = 0, max = r->opt.max_doc_bytes;
    r->done = 1;
    for (;;) {
        if (r->pos == r->len && !fill(r)) break;
        size_t k = r->len - r->pos;
        if (have + k > max)
            return dyad_fail(err, DYAD_ELIMIT, "%s: document is over the %zu-byte "
                             "limit (max document size); skipped", r->path, max);
        if (grow(r, have + k + 1)) return dyad_fail(err, DYAD_ENOMEM, "out of memory");
        memcpy(r->lbuf + have, r->win + r->pos, k);
        have += k;
        r->pos = r->len;
    }
    if (ferror(r->f))
        return dyad_fail(err, DYAD_EIO, "%s: read error", r->path);
    if (have == 0)
        return dyad_fail(err, DYAD_EEMPTY, "%s: empty file", r->path);
    const char *base = strrchr(r->path, '/');
    return text_doc_from_kind(r->kind, r->lbuf, have, base ? base + 1 : r->path,
                              r->path, &r->opt, out, err);
}

/* Field key as dyad reads it: a string (*len set), or an integer written
 * in decimal into num; NULL when absent or of another type. */
static const char *field(json_t *o, const char *key, size_t *len,
                         char num[32])
{
    json_t *v = json_object_get(o, key);
    if (json_is_string(v)) {
        *len = json_string_length(v);
        return json_string_value(v);
    }
    if (!json_is_integer(v) || !num) return NULL;
    snprintf(num, 32, "%lld", (long long)json_integer_value(v));
    *len = strlen(num);
    return num;
}

/* A copy of the first of keys that is a string or an integer, or NULL. */
static char *json_str(json_t *o, const char *const *keys)
{
    char num[32];
    size_t len;
    for (; *keys; keys++) {
        const char *v = field(o, *keys, &len, num);
        if (v) return strdup(v);
    }
    return NULL;
}

/* One JSON object -> document. */
static int doc_from_json(dyad_reader *r, json_t *o, dyad_doc **out,
                         dyad_error *err)
{
    static const char *const k_text[] = { "text", "body", "content", NULL };
    static const char *const k_id[] = { "id", "doc_id", "story_id", NULL };
    static const char *const k_date[] = { "date", "story_date", "published",
                                          "publication_date", NULL };
    static const char *const k_title[] = { "title", "headline", NULL };
    static const char *const k_source[] = { "source", "publisher", NULL };
    static const char *const k_url[] = { "url", "link", NULL };
    const char *t = NULL;
    size_t tlen = 0;
    for (int i = 0; k_text[i] && !t; i++)
        t = field(o, k_text[i], &tlen, NULL);
    if (!t)
        return dyad_fail(err, DYAD_EPARSE, "%s:%ld: no \"text\" string field",
                         r->path, r->line);
    char *id = json_str(o, k_id), *date = json_str(o, k_date);
    char name[64];
    snprintf(name, sizeof name, "line%ld", r->line);
    int rc = text_doc_build(t, tlen, id ? id : name, r->path, r->line,
                            &r->opt, out, err);
    if (rc == DYAD_OK) {
        (*out)->kind = DYAD_DOC_JSONL;
        (*out)->title = json_str(o, k_title);
        (*out)->source = json_str(o, k_source);
        (*out)->url = json_str(o, k_url);
        rc = text_doc_analyse(*out, date, &r->opt, err);
        if (rc) { dyad_doc_free(*out); *out = NULL; }
    }
    free(id);
    free(date);
    return rc;
}

/* The line as a document, decoded by jansson (which also words any JSON
 * error). */
static int doc_from_line(dyad_reader *r, size_t n, dyad_doc **out,
                         dyad_error *err)
{
    json_error_t je;
    json_t *o = json_loadb(r->lbuf, n, JSON_REJECT_DUPLICATES, &je);
    if (!o)
        return dyad_fail(err, DYAD_EPARSE, "%s:%ld: invalid JSON at column %d: %s",
                         r->path, r->line, je.column, je.text);
    int rc = json_is_object(o) ? doc_from_json(r, o, out, err) :
             dyad_fail(err, DYAD_EPARSE, "%s:%ld: not a JSON object", r->path, r->line);
    json_decref(o);
    return rc;
}

static int next_jsonl(dyad_reader *r, dyad_doc **out, dyad_error *err)
{
    size_t n = 0;
    int got;
    do {
        got = next_line(r, r->opt.max_doc_bytes, &n);
        if (got == DYAD_ELIMIT)
            return dyad_fail(err, DYAD_ELIMIT, "%s:%ld: line is over the %zu-byte "
                             "limit (max document size); skipped", r->path,
                             r->line, r->opt.max_doc_bytes);
        if (got == DYAD_ENOMEM) return dyad_fail(err, got, "out of memory");
        if (got == 0) { r->done = 1; return 0; }
        while (n && isspace((unsigned char)r->lbuf[n - 1])) r->lbuf[--n] = 0;
    } while (n == 0 || strspn(r->lbuf, " \t\r") == n);
    return doc_from_line(r, n, out, err);
}

int dyad_reader_next(dyad_reader *r, dyad_doc **out, dyad_error *err)
{
    *out = NULL;
    if (r->done) return 0;
    int rc = r->kind == DYAD_DOC_JSONL ? next_jsonl(r, out, err)
                                       : next_whole(r, out, err);
    return rc < 0 ? rc : (*out != NULL);
}
