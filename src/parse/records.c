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

static char *attr(xmlNodePtr n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    if (!v)
        return NULL;
    char *s = strdup((const char *)v);
    xmlFree(v);
    return s;
}

static char *text_of(xmlNodePtr n)
{
    xmlChar *v = xmlNodeGetContent(n);
    if (!v)
        return NULL;
    /* collapse the line breaks of the pretty-printed file */
    char *s = strdup((const char *)v), *w = s;
    xmlFree(v);
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

static void read_coding(dyad_record *r, xmlNodePtr n)
{
    char *noev = attr(n, "noevents");
    char *err = attr(n, "error");
    if (noev) {
        r->expect_noevents = 1;
        free(noev);
    }
    if (err) {
        free(r->expect_error);
        r->expect_error = err;
    }
    char *s = attr(n, "sourcecode"), *t = attr(n, "targetcode"),
         *e = attr(n, "eventcode");
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

static int push_record(dyad_record_set *rs, dyad_record **out)
{
    void *v = realloc(rs->v, (rs->n + 1) * sizeof *rs->v);
    if (!v)
        return DYAD_ENOMEM;
    rs->v = v;
    *out = &rs->v[rs->n++];
    memset(*out, 0, sizeof **out);
    return DYAD_OK;
}

static void read_sentence(dyad_record_set *rs, xmlNodePtr n, long line,
                          char (*cfg)[2][128], int *ncfg)
{
    dyad_record *r;
    if (push_record(rs, &r) != DYAD_OK)
        return;
    r->id = attr(n, "id");
    r->date = attr(n, "date");
    r->category = attr(n, "category");
    r->line = line;
    for (int i = 0; i < *ncfg && i < 8; i++) {
        r->config[i][0] = strdup(cfg[i][0]);
        r->config[i][1] = strdup(cfg[i][1]);
        r->nconfig++;
    }
    *ncfg = 0;
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        const char *name = (const char *)c->name;
        if (!strcmp(name, "EventCoding"))
            read_coding(r, c);
        else if (!strcmp(name, "Text"))
            r->text = text_of(c);
        else if (!strcmp(name, "Parse"))
            r->parse = text_of(c);
    }
}

static void read_environment(dyad_record_set *rs, xmlNodePtr n)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        const char *name = (const char *)c->name;
        char **slot = !strcmp(name, "Verbfile") ? &rs->verbfile
                    : !strcmp(name, "Actorfile") ? &rs->actorfile
                    : !strcmp(name, "Agentfile") ? &rs->agentfile
                    : !strcmp(name, "Discardfile") ? &rs->discardfile : NULL;
        if (slot) {
            free(*slot);
            *slot = text_of(c);
        }
    }
}

int dyad_records_read(const char *path, dyad_record_set *rs, dyad_warn_fn warn,
                      void *ud, dyad_error *err)
{
    memset(rs, 0, sizeof *rs);
    rs->path = strdup(path);
    reader_ctx ctx = { .path = path, .warn = warn, .ud = ud };
    xmlTextReaderPtr rd = xmlReaderForFile(path, NULL, XML_PARSE_NONET | XML_PARSE_HUGE);
    if (!rd)
        return dyad_fail(err, DYAD_EIO, "%s: cannot open", path);
    xmlTextReaderSetErrorHandler(rd, on_xml_error, &ctx);
    char cfg[8][2][128];
    int ncfg = 0, rc;
    while ((rc = xmlTextReaderRead(rd)) == 1) {
        if (xmlTextReaderNodeType(rd) != XML_READER_TYPE_ELEMENT)
            continue;
        const char *name = (const char *)xmlTextReaderConstName(rd);
        long line = xmlTextReaderGetParserLineNumber(rd);
        if (!strcmp(name, "Config")) {
            xmlChar *o = xmlTextReaderGetAttribute(rd, (const xmlChar *)"option");
            xmlChar *v = xmlTextReaderGetAttribute(rd, (const xmlChar *)"value");
            if (o && v && ncfg < 8) {
                snprintf(cfg[ncfg][0], 128, "%s", (const char *)o);
                snprintf(cfg[ncfg][1], 128, "%s", (const char *)v);
                ncfg++;
            }
            xmlFree(o);
            xmlFree(v);
            continue;
        }
        if (strcmp(name, "Sentence") != 0 && strcmp(name, "Environment") != 0)
            continue;
        xmlNodePtr n = xmlTextReaderExpand(rd);
        if (!n)
            break;
        if (!strcmp(name, "Sentence"))
            read_sentence(rs, n, line, cfg, &ncfg);
        else
            read_environment(rs, n);
    }
    if (rc < 0 || ctx.failed) {
        char msg[700];
        snprintf(msg, sizeof msg, "XML error, %zu records kept: %s", rs->n,
                 ctx.failed ? ctx.msg : "malformed XML");
        if (warn)
            warn(ud, path, ctx.line, msg);
        rs->n_errors++;
    }
    xmlFreeTextReader(rd);
    return DYAD_OK;
}

void dyad_records_free(dyad_record_set *rs)
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
