/*
 * html.c -- article text from a web page (libxml2's HTML parser).
 *
 * Walks the DOM, skipping non-content elements (script, style, nav,
 * header, footer, aside, form, ...) and elements whose class or id names
 * sharing widgets, comments, newsletters, cookie banners, related-story
 * boxes or menus.  Block elements become paragraph breaks so the sentence
 * splitter sees the page's structure.  Also picks up <title> and the
 * published date (<meta article:published_time>, datePublished, <time>).
 */
#define _GNU_SOURCE 1   /* strcasestr */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "text/textint.h"

typedef struct {
    text_buf b;
    char *title, *date;
} htmlout;

static void out_put(htmlout *o, const char *s, size_t n)
{
    text_buf_put(&o->b, s, n);
}

/* Text with white space runs collapsed to one space. */
static void out_text(htmlout *o, const char *s)
{
    while (*s) {
        if (isspace((unsigned char)*s)) {
            while (isspace((unsigned char)*s)) s++;
            if (o->b.len && !isspace((unsigned char)o->b.p[o->b.len - 1]))
                out_put(o, " ", 1);
            continue;
        }
        const char *e = s;
        while (*e && !isspace((unsigned char)*e)) e++;
        out_put(o, s, (size_t)(e - s));
        s = e;
    }
}

static int name_in(const char *name, const char *const *list)
{
    for (; *list; list++)
        if (strcasecmp(name, *list) == 0) return 1;
    return 0;
}

static const char *const skip_tags[] = {
    "script", "style", "noscript", "nav", "header", "footer", "aside",
    "form", "iframe", "svg", "button", "select", "template", "figure",
    "menu", "dialog", "object", "embed", "canvas", NULL
};
static const char *const block_tags[] = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
    "article", "section", "main", "tr", "table", "ul", "ol", "pre", "dd",
    "dt", "figcaption", "address", "hr", "center", NULL
};
static const char *const junk_words[] = {
    "share", "comment", "social", "newsletter", "cookie", "related",
    "menu", "sidebar", "advert", "promo", "subscribe", "breadcrumb",
    "popup", "modal", "signup", "sign-up", "paywall", NULL
};

static int attr_is_junk(xmlNode *n, const char *attr)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)attr);
    int junk = 0;
    if (v) {
        for (const char *const *w = junk_words; *w && !junk; w++)
            junk = strcasestr((const char *)v, *w) != NULL;
        xmlFree(v);
    }
    return junk;
}

static void grab_attr(char **dst, xmlNode *n, const char *attr)
{
    if (*dst) return;
    xmlChar *v = xmlGetProp(n, (const xmlChar *)attr);
    if (v) {
        *dst = strdup((const char *)v);
        xmlFree(v);
    }
}

/* <meta> and <time> that carry the published date. */
static void note_date(htmlout *o, xmlNode *n, const char *name)
{
    if (strcasecmp(name, "time") == 0) {
        grab_attr(&o->date, n, "datetime");
        return;
    }
    if (strcasecmp(name, "meta") != 0) return;
    static const char *const keys[] = { "property", "name", "itemprop", NULL };
    for (int i = 0; keys[i]; i++) {
        xmlChar *v = xmlGetProp(n, (const xmlChar *)keys[i]);
        if (!v) continue;
        const char *s = (const char *)v;
        if (!strcasecmp(s, "article:published_time") || !strcasecmp(s, "date") ||
            !strcasecmp(s, "datePublished") || !strcasecmp(s, "pubdate") ||
            !strcasecmp(s, "og:published_time") || !strcasecmp(s, "dc.date"))
            grab_attr(&o->date, n, "content");
        xmlFree(v);
    }
}

static void walk(htmlout *o, xmlNode *n, int depth)
{
    for (; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content) out_text(o, (const char *)n->content);
            continue;
        }
        if (n->type != XML_ELEMENT_NODE) continue;
        const char *name = (const char *)n->name;
        note_date(o, n, name);
        if (strcasecmp(name, "title") == 0) {
            xmlChar *t = xmlNodeGetContent(n);
            if (t && !o->title) o->title = strdup((const char *)t);
            xmlFree(t);
            continue;
        }
        if (strcasecmp(name, "head") == 0) { walk(o, n->children, depth + 1); continue; }
        if (name_in(name, skip_tags)) continue;
        int container = !strcasecmp(name, "body") || !strcasecmp(name, "html") ||
                        !strcasecmp(name, "article") || !strcasecmp(name, "main");
        if (!container && (attr_is_junk(n, "class") || attr_is_junk(n, "id")))
            continue;
        if (strcasecmp(name, "br") == 0) { out_put(o, "\n", 1); continue; }
        int block = name_in(name, block_tags);
        if (block) out_put(o, "\n\n", 2);
        if (depth < 400) walk(o, n->children, depth + 1);
        if (block) out_put(o, "\n\n", 2);
    }
}

/* Trim spaces around line ends and squeeze 3+ newlines into 2. */
static size_t tidy(char *s, size_t len)
{
    size_t w = 0;
    int nl = 2;            /* newlines just written (start: as after a break) */
    for (size_t r = 0; r < len; r++) {
        char c = s[r];
        if (c == '\n') {
            while (w && s[w - 1] == ' ') w--;
            if (nl < 2) { s[w++] = '\n'; nl++; }
            continue;
        }
        if (c == ' ' && nl) continue;
        s[w++] = c;
        nl = 0;
    }
    while (w && isspace((unsigned char)s[w - 1])) w--;
    s[w] = 0;
    return w;
}

int text_html_extract(const char *buf, size_t len, char **text,
                      size_t *text_len, char **title, char **date,
                      dyad_error *err)
{
    if (len > (size_t)0x7fffffff)
        return dyad_fail(err, DYAD_ELIMIT, "HTML page too large");
    size_t probe = len < 4096 ? len : 4096;
    const char *enc = "UTF-8";
    for (size_t i = 0; i + 8 <= probe; i++)
        if (strncasecmp(buf + i, "charset=", 8) == 0) { enc = NULL; break; }
    htmlDocPtr doc = htmlReadMemory(buf, (int)len, NULL, enc,
                                    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                    HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    *text = *title = *date = NULL;
    if (!doc) return dyad_fail(err, DYAD_EPARSE, "HTML could not be parsed");
    htmlout o = {0};
    out_put(&o, "", 0);
    walk(&o, xmlDocGetRootElement(doc), 0);
    xmlFreeDoc(doc);
    if (o.b.oom) {
        free(o.b.p); free(o.title); free(o.date);
        return dyad_fail(err, DYAD_ENOMEM, "out of memory extracting HTML");
    }
    *text_len = tidy(o.b.p, o.b.len);
    *text = o.b.p;
    if (o.title) {
        size_t n = strlen(o.title);
        char *t = o.title;
        for (size_t i = 0; i < n; i++) if (isspace((unsigned char)t[i])) t[i] = ' ';
        while (n && t[n - 1] == ' ') t[--n] = 0;
        size_t a = 0;
        while (t[a] == ' ') a++;
        memmove(t, t + a, n - a + 1);
    }
    *title = o.title;
    *date = o.date;
    return DYAD_OK;
}
