/*
 * records.c -- reading PETRARCH XML files (parsed input and validation
 * suites) with libxml2's streaming reader.
 *
 *   <Environment> <Verbfile>..</Verbfile> <Actorfile>.. </Environment>
 *   <Config option="require_dyad" value="false"></Config>
 *   <Sentence date="19950101" id="DEMO-00" category="DEMO">
 *     <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"/>
 *     <Text>...</Text> <Parse>(ROOT ...)</Parse>
 *   </Sentence>
 *
 * The reader streams, so a large file costs memory for one <Sentence> at a
 * time while parsing (records are kept, they are the result).  A broken or
 * truncated file keeps every record read before the fault and reports the
 * fault with its line through the warn callback.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlreader.h>

#include "dyad.h"

typedef struct reader_ctx {
    const char *path;
    dyad_warn_fn warn;
    void *ud;
    char msg[512];
    long line;
    int failed;
} reader_ctx;

static void on_xml_error(void *arg, const char *msg, xmlParserSeverities sev,
                         xmlTextReaderLocatorPtr loc)
{
    reader_ctx *rc = arg;
    if (sev != XML_PARSER_SEVERITY_ERROR && sev != XML_PARSER_SEVERITY_VALIDITY_ERROR)
        return;
    if (rc->failed)
        return;
    rc->failed = 1;
    rc->line = loc ? xmlTextReaderLocatorLineNumber(loc) : 0;
    snprintf(rc->msg, sizeof rc->msg, "%s", msg ? msg : "XML error");
    size_t n = strlen(rc->msg);
    while (n && (rc->msg[n - 1] == '\n' || rc->msg[n - 1] == ' '))
        rc->msg[--n] = 0;
}

static char *reader_attr(xmlTextReaderPtr rd, const char *name)
{
    xmlChar *v = xmlTextReaderGetAttribute(rd, (const xmlChar *)name);
    if (!v)
        return NULL;
    char *s = strdup((const char *)v);
    xmlFree(v);
    return s;
}

/* Collapse the line breaks and indentation of a pretty-printed file. */
static char *squeeze(const char *in)
{
    char *s = strdup(in ? in : ""), *w = s;
    if (!s)
        return NULL;
    int space = 1;
    for (const char *r = s; *r; r++) {
        int sp = *r == ' ' || *r == '\n' || *r == '\t' || *r == '\r';
        if (sp && space)
            continue;
        *w++ = sp ? ' ' : *r;
        space = sp;
    }
    if (w > s && w[-1] == ' ')
        w--;
    *w = 0;
    return s;
}

static void read_coding(dyad_record *r, xmlTextReaderPtr rd)
{
    char *noev = reader_attr(rd, "noevents");
    char *err = reader_attr(rd, "error");
    if (noev) {
        r->expect_noevents = 1;
        free(noev);
    }
    if (err) {
        free(r->expect_error);
        r->expect_error = err;
    }
    char *s = reader_attr(rd, "sourcecode"), *t = reader_attr(rd, "targetcode"),
         *e = reader_attr(rd, "eventcode");
    if (s || t || e) {
        void *v = realloc(r->expected, (size_t)(r->n_expected + 1) * sizeof *r->expected);
        if (v) {
            r->expected = v;
            snprintf(r->expected[r->n_expected].source, DYAD_CODE_MAX, "%s", s ? s : "");
            snprintf(r->expected[r->n_expected].target, DYAD_CODE_MAX, "%s", t ? t : "");
            snprintf(r->expected[r->n_expected].code, 8, "%s", e ? e : "");
            r->n_expected++;
        }
    }
    free(s);
    free(t);
    free(e);
}

static dyad_record *push_record(dyad_record_set *rs)
{
    void *v = realloc(rs->v, (rs->n + 1) * sizeof *rs->v);
    if (!v)
        return NULL;
    rs->v = v;
    dyad_record *r = &rs->v[rs->n++];
    memset(r, 0, sizeof *r);
    return r;
}

/* Growing text buffer for the character data of one element. */
typedef struct textbuf {
    char *s;
    size_t n, cap;
} textbuf;

static void textbuf_add(textbuf *b, const char *s)
{
    size_t l = strlen(s);
    if (b->n + l + 1 > b->cap) {
        size_t cap = (b->n + l + 1) * 2;
        char *p = realloc(b->s, cap);
        if (!p)
            return;
        b->s = p;
        b->cap = cap;
    }
    memcpy(b->s + b->n, s, l + 1);
    b->n += l;
}

enum { IN_NONE, IN_TEXT, IN_PARSE, IN_ENV_FILE };

/* Build records from the reader's events, so each one is complete at its
 * end tag whatever comes after it.  Returns the last xmlTextReaderRead()
 * status. */
static int read_loop(xmlTextReaderPtr rd, dyad_record_set *rs, reader_ctx *ctx)
{
    char cfg[8][2][128];
    int ncfg = 0, rc, in = IN_NONE, in_sentence = 0;
    char **env_slot = NULL;
    dyad_record *cur = NULL;
    textbuf tb = { 0 };
    /* Records are built from reader events, so each one is complete at its
     * end tag whatever comes after it in a broken file. */
    while ((rc = xmlTextReaderRead(rd)) == 1) {
        int type = xmlTextReaderNodeType(rd);
        const char *name = (const char *)xmlTextReaderConstName(rd);
        if (type == XML_READER_TYPE_ELEMENT) {
            if (!strcmp(name, "Sentence")) {
                cur = push_record(rs);
                in_sentence = cur != NULL;
                if (!cur)
                    break;
                cur->id = reader_attr(rd, "id");
                cur->date = reader_attr(rd, "date");
                cur->category = reader_attr(rd, "category");
                cur->line = xmlTextReaderGetParserLineNumber(rd);
                for (int i = 0; i < ncfg; i++) {
                    cur->config[i][0] = strdup(cfg[i][0]);
                    cur->config[i][1] = strdup(cfg[i][1]);
                    cur->nconfig++;
                }
                ncfg = 0;
                if (xmlTextReaderIsEmptyElement(rd))
                    in_sentence = 0;
            } else if (!strcmp(name, "Config") && ncfg < 8) {
                char *o = reader_attr(rd, "option"), *v = reader_attr(rd, "value");
                if (o && v) {
                    snprintf(cfg[ncfg][0], 128, "%s", o);
                    snprintf(cfg[ncfg][1], 128, "%s", v);
                    ncfg++;
                }
                free(o);
                free(v);
            } else if (in_sentence && !strcmp(name, "EventCoding")) {
                read_coding(cur, rd);
            } else if (in_sentence && (!strcmp(name, "Text") || !strcmp(name, "Parse"))) {
                in = name[0] == 'T' ? IN_TEXT : IN_PARSE;
                tb.n = 0;
                if (tb.s)
                    tb.s[0] = 0;
            } else {
                env_slot = !strcmp(name, "Verbfile") ? &rs->verbfile
                         : !strcmp(name, "Actorfile") ? &rs->actorfile
                         : !strcmp(name, "Agentfile") ? &rs->agentfile
                         : !strcmp(name, "Discardfile") ? &rs->discardfile : NULL;
                if (env_slot) {
                    in = IN_ENV_FILE;
                    tb.n = 0;
                    if (tb.s)
                        tb.s[0] = 0;
                }
            }
        } else if ((type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
                    type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
                    type == XML_READER_TYPE_WHITESPACE) && in != IN_NONE) {
            const char *v = (const char *)xmlTextReaderConstValue(rd);
            if (v)
                textbuf_add(&tb, v);
        } else if (type == XML_READER_TYPE_END_ELEMENT) {
            if (in != IN_NONE && (!strcmp(name, "Text") || !strcmp(name, "Parse") ||
                                  in == IN_ENV_FILE)) {
                char *val = squeeze(tb.s);
                if (in == IN_TEXT && cur) {
                    free(cur->text);
                    cur->text = val;
                } else if (in == IN_PARSE && cur) {
                    free(cur->parse);
                    cur->parse = val;
                } else if (in == IN_ENV_FILE && env_slot) {
                    free(*env_slot);
                    *env_slot = val;
                } else {
                    free(val);
                }
                in = IN_NONE;
            } else if (!strcmp(name, "Sentence")) {
                in_sentence = 0;
            }
        }
    }
    free(tb.s);
    if (in_sentence && rs->n) {
        /* the input ended inside this record: it is incomplete */
        dyad_record *r = &rs->v[rs->n - 1];
        free(r->id); free(r->date); free(r->category); free(r->text);
        free(r->parse); free(r->expected); free(r->expect_error);
        for (int k = 0; k < r->nconfig; k++) {
            free(r->config[k][0]);
            free(r->config[k][1]);
        }
        rs->n--;
        if (!ctx->failed) {
            ctx->failed = 1;
            snprintf(ctx->msg, sizeof ctx->msg, "input ends inside a <Sentence>");
        }
    }
    return rc;
}

static void free_records(dyad_record_set *rs);

/* After a fault, the streaming parser may have lost the last complete
 * records inside its look-ahead; parse again up to the last </Sentence>. */
static void salvage(const char *path, dyad_record_set *rs)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return;
    size_t cap = 1 << 20, n = 0, k;
    char *buf = malloc(cap);
    while (buf && (k = fread(buf + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) {
                free(buf);
                buf = NULL;
            }
            buf = nb;
        }
    }
    fclose(f);
    if (!buf)
        return;
    size_t end = 0;
    for (size_t i = 0; i + 11 <= n; i++)
        if (buf[i] == '<' && !memcmp(buf + i, "</Sentence>", 11))
            end = i + 11;
    if (end) {
        xmlTextReaderPtr rd = xmlReaderForMemory(buf, (int)end, path, NULL,
                                                 XML_PARSE_NONET | XML_PARSE_HUGE |
                                                 XML_PARSE_RECOVER);
        if (rd) {
            reader_ctx quiet = { .path = path };
            dyad_record_set again;
            memset(&again, 0, sizeof again);
            xmlTextReaderSetErrorHandler(rd, on_xml_error, &quiet);
            read_loop(rd, &again, &quiet);
            xmlFreeTextReader(rd);
            if (again.n > rs->n) {
                dyad_record_set keep = *rs;
                rs->v = again.v;
                rs->n = again.n;
                again.v = keep.v;
                again.n = keep.n;
                if (!rs->verbfile) { rs->verbfile = again.verbfile; again.verbfile = NULL; }
                if (!rs->actorfile) { rs->actorfile = again.actorfile; again.actorfile = NULL; }
                if (!rs->agentfile) { rs->agentfile = again.agentfile; again.agentfile = NULL; }
                if (!rs->discardfile) { rs->discardfile = again.discardfile; again.discardfile = NULL; }
            }
            free_records(&again);
        }
    }
    free(buf);
}

int dyad_records_read(const char *path, dyad_record_set *rs, dyad_warn_fn warn,
                      void *ud, dyad_error *err)
{
    memset(rs, 0, sizeof *rs);
    rs->path = strdup(path);
    reader_ctx ctx = { .path = path, .warn = warn, .ud = ud };
    xmlTextReaderPtr rd = xmlReaderForFile(path, NULL, XML_PARSE_NONET |
                                           XML_PARSE_HUGE | XML_PARSE_RECOVER);
    if (!rd)
        return dyad_fail(err, DYAD_EIO, "%s: cannot open", path);
    xmlTextReaderSetErrorHandler(rd, on_xml_error, &ctx);
    int rc = read_loop(rd, rs, &ctx);
    xmlFreeTextReader(rd);
    if (rc < 0 || ctx.failed) {
        salvage(path, rs);
        char msg[700];
        snprintf(msg, sizeof msg, "XML error, %zu records kept: %s", rs->n,
                 ctx.failed ? ctx.msg : "malformed XML");
        if (warn)
            warn(ud, path, ctx.line, msg);
        rs->n_errors++;
    }
    return DYAD_OK;
}

static void free_records(dyad_record_set *rs)

{
    for (size_t i = 0; i < rs->n; i++) {
        dyad_record *r = &rs->v[i];
        free(r->id);
        free(r->date);
        free(r->category);
        free(r->text);
        free(r->parse);
        free(r->expected);
        free(r->expect_error);
        for (int k = 0; k < r->nconfig; k++) {
            free(r->config[k][0]);
            free(r->config[k][1]);
        }
    }
    free(rs->v);
    free(rs->verbfile);
    free(rs->actorfile);
    free(rs->agentfile);
    free(rs->discardfile);
    free(rs->path);
    memset(rs, 0, sizeof *rs);
}

void dyad_records_free(dyad_record_set *rs)
{
    free_records(rs);
}
