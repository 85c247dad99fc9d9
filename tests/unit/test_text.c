/*
 * test_text.c -- unit tests of the text front end: UTF-8 hygiene, Penn
 * tokenisation, sentence splitting, boilerplate removal, and the readers
 * (plain text, HTML, JSON Lines) including their failure modes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dyad.h"
#include "test.h"

/* Penn tokens of s, space-separated (static buffer). */
static const char *toks(const char *s)
{
    static char out[2048];
    dyad_tokens t = {0};
    out[0] = 0;
    if (dyad_tokenize(s, strlen(s), 0, &t) == DYAD_OK) {
        char *j = dyad_tokens_join(&t, 0, t.n);
        snprintf(out, sizeof out, "%s", j ? j : "");
        free(j);
    }
    dyad_tokens_free(&t);
    return out;
}

/* Sentences of s joined by " | ". */
static const char *sents(const char *s)
{
    static char out[4096];
    dyad_span *sp = NULL;
    size_t n = 0;
    out[0] = 0;
    if (dyad_split_sentences(s, strlen(s), &sp, &n) != DYAD_OK) return "ERR";
    for (size_t i = 0; i < n; i++) {
        size_t k = strlen(out);
        snprintf(out + k, sizeof out - k, "%s%.*s", i ? " | " : "",
                 (int)(sp[i].end - sp[i].start), s + sp[i].start);
    }
    free(sp);
    return out;
}

static void test_tokenize_penn(void)
{
    CHECK_STR(toks("Iran's \xE2\x80\x9Cmost successful project\xE2\x80\x9D."),
              "Iran 's `` most successful project '' .");
    CHECK_STR(toks("Iran\xE2\x80\x99s allies don't agree."),
              "Iran 's allies do n't agree .");
    CHECK_STR(toks("The U.S. and anti-U.S. groups (e.g. Hezbollah) met."),
              "The U.S. and anti-U.S. groups -LRB- e.g. Hezbollah -RRB- met .");
    CHECK_STR(toks("two incidents\xE2\x80\x94the bombing--and more"),
              "two incidents -- the bombing -- and more");
    CHECK_STR(toks("He said \"no,\" then left..."), "He said `` no , '' then left ...");
    CHECK_STR(toks("It cost $5.5 million, up 3%."), "It cost $ 5.5 million , up 3 % .");
    CHECK_STR(toks("long-standing Iranian-backed ties"), "long-standing Iranian-backed ties");
    CHECK_STR(toks("against the U.S."), "against the U.S. .");
    CHECK_STR(toks("Gen. Smith can't come"), "Gen. Smith ca n't come");
}

static void test_token_spans_exact(void)
{
    const char *s = "Mr. Chávez\xE2\x80\x99s visit\xE2\x80\x94" "finally.";
    dyad_tokens t = {0};
    CHECK_INT(dyad_tokenize(s, strlen(s), 100, &t), DYAD_OK);
    CHECK_INT(t.n, 7);
    if (t.n == 7) {
        CHECK_STR(t.v[1].form, "Chávez");
        CHECK_INT(t.v[1].start, 104);
        CHECK_STR(t.v[2].form, "'s");
        CHECK(memcmp(s + t.v[2].start - 100, "\xE2\x80\x99s", 4) == 0);
        CHECK_INT(t.v[2].end - t.v[2].start, 4);
        CHECK_STR(t.v[4].form, "--");
        CHECK_STR(t.v[5].form, "finally");
        CHECK_INT(t.v[6].end, 100 + strlen(s));
    }
    dyad_tokens_free(&t);
}

static void test_split_abbreviations(void)
{
    CHECK_STR(sents("Gen. Smith met Mr. Jones at 10 a.m. on Jan. 5. They talked."),
              "Gen. Smith met Mr. Jones at 10 a.m. on Jan. 5. | They talked.");
    CHECK_STR(sents("Growth was 3.5 percent. The U.S. economy grew. J. R. Smith agreed."),
              "Growth was 3.5 percent. | The U.S. economy grew. | J. R. Smith agreed.");
    CHECK_STR(sents("It opposes the U.S. The rift grew. Acme Inc. said no."),
              "It opposes the U.S. | The rift grew. | Acme Inc. said no.");
    CHECK_STR(sents("He said \"We will win.\" Then he left! Why? Nobody knows."),
              "He said \"We will win.\" | Then he left! | Why? | Nobody knows.");
    CHECK_STR(sents("Talks (held in Doha. See below.) ended. Next came war."),
              "Talks (held in Doha. See below.) ended. | Next came war.");
    CHECK_STR(sents("A headline without a stop\n\nThe body text starts here."),
              "A headline without a stop | The body text starts here.");
    CHECK_STR(sents("   "), "");
}

static void test_utf8_invalid_and_nfc(void)
{
    char *out = NULL;
    size_t n = 0, bad = 0, first = 0;
    /* "e" + combining acute -> U+00E9; 0xFF invalid; CRLF -> LF */
    const char in[] = "Cafe\xCC\x81 \xFF ok\r\nnext";
    CHECK_INT(dyad_utf8_normalize(in, sizeof in - 1, DYAD_NORM_NFC, &out, &n,
                                  &bad, &first, NULL), DYAD_OK);
    CHECK_STR(out, "Caf\xC3\xA9 \xEF\xBF\xBD ok\nnext");
    CHECK_INT(bad, 1);
    CHECK_INT(first, 7);
    free(out);
    CHECK_INT(dyad_utf8_normalize("\xEF\xAC\x81re", 5, DYAD_NORM_NFKC, &out, &n,
                                  &bad, &first, NULL), DYAD_OK);
    CHECK_STR(out, "fire");
    free(out);
}

static void test_fold_ascii_upper(void)
{
    char b[64];
    dyad_fold_ascii_upper("Nicolás Maduro", b, sizeof b);
    CHECK_STR(b, "NICOLAS MADURO");
    dyad_fold_ascii_upper("Chávez\xE2\x80\x99s São Paulo Łódź", b, sizeof b);
    CHECK_STR(b, "CHAVEZ'S SAO PAULO LODZ");
    CHECK_INT(dyad_fold_ascii_upper("abc", b, 2), 3);
    CHECK_STR(b, "A");
}

/* ------------------------------------------------------------ readers */

static char tmpdir[64];

static const char *write_tmp(const char *name, const char *data, size_t len)
{
    static char path[256];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    FILE *f = fopen(path, "wb");
    if (f) { fwrite(data, 1, len, f); fclose(f); }
    return path;
}

static int n_warn;
static char last_warn[512];
static void count_warn(void *ud, const char *file, long line, const char *msg)
{
    (void)ud;
    n_warn++;
    snprintf(last_warn, sizeof last_warn, "%s:%ld: %s", file ? file : "", line, msg);
}

static dyad_reader_options quiet_opts(void)
{
    dyad_reader_options o = {0};
    o.warn = count_warn;
    return o;
}

static void test_reader_plain_text(void)
{
    const char *txt = "Tuesday, March 4\n\nArnor recalled its envoy on Monday. "
                      "Gondor protested.\n\nShare.\nLeave A Reply\n\nExit mobile version\n";
    const char *p = write_tmp("story.txt", txt, strlen(txt));
    dyad_reader_options o = quiet_opts();
    o.default_year = 2025;
    dyad_error e = {0};
    dyad_reader *r = dyad_reader_open(p, &o, &e);
    CHECK(r != NULL);
    if (!r) return;
    CHECK_INT(dyad_reader_kind(r), DYAD_DOC_TEXT);
    dyad_doc *d = NULL;
    CHECK_INT(dyad_reader_next(r, &d, &e), 1);
    if (d) {
        CHECK_STR(d->id, "story.txt");
        CHECK_STR(d->story_date, "2025-03-04");
        CHECK_INT(d->n_sent, 2);
        CHECK(strstr(d->text, "Share") == NULL);
        CHECK(strstr(d->text, "mobile") == NULL);
        if (d->n_sent == 2) {
            CHECK_STR(d->sent[0].event_date, "2025-03-03");      /* Monday */
            CHECK_STR(d->sent[1].event_date, "2025-03-04");
            CHECK_INT(d->sent[1].date_from_story, 1);
            CHECK(memcmp(d->text + d->sent[1].start, "Gondor protested.",
                         d->sent[1].end - d->sent[1].start) == 0);
        }
    }
    dyad_doc_free(d);
    CHECK_INT(dyad_reader_next(r, &d, &e), 0);
    dyad_reader_close(r);
    /* --date wins over the dateline */
    o.story_date = "2024-11-20";
    CHECK_INT(dyad_doc_from_memory(DYAD_DOC_TEXT, txt, strlen(txt), "x", &o, &d, &e), 0);
    if (d) {
        CHECK_STR(d->story_date, "2024-11-20");
        CHECK_INT(d->dateline_end, 16);
        if (d->n_sent) CHECK_STR(d->sent[0].event_date, "2024-11-18");
    }
    dyad_doc_free(d);
    /* without --year the date is incomplete, never this year */
    CHECK_INT(dyad_doc_from_memory(DYAD_DOC_TEXT, txt, strlen(txt), "x", NULL, &d, &e), 0);
    if (d) {
        CHECK_STR(d->story_date, "");
        CHECK_INT(d->story_date_incomplete, 1);
        CHECK_INT(d->story_month * 100 + d->story_day, 304);
    }
    dyad_doc_free(d);
}

static void test_reader_html(void)
{
    const char *html =
        "<!DOCTYPE html><html><head><title>Arnor and Gondor</title>"
        "<meta property=\"article:published_time\" content=\"2024-05-06T10:00:00Z\">"
        "<script>var x = 'Gondor attacked';</script></head><body>"
        "<nav>Home | World</nav><header>Site name</header>"
        "<article><h1>Arnor and Gondor</h1><p>Arnor signed a treaty with Gondor "
        "yesterday.</p><div class=\"share-buttons\">Share on Facebook</div>"
        "<p>Officials welcomed the deal.</p></article>"
        "<aside>Related: other news</aside><footer>Copyright</footer></body></html>";
    const char *p = write_tmp("page.html", html, strlen(html));
    dyad_reader_options o = quiet_opts();
    dyad_error e = {0};
    dyad_reader *r = dyad_reader_open(p, &o, &e);
    CHECK(r != NULL);
    if (!r) return;
    CHECK_INT(dyad_reader_kind(r), DYAD_DOC_HTML);
    dyad_doc *d = NULL;
    CHECK_INT(dyad_reader_next(r, &d, &e), 1);
    if (d) {
        CHECK_STR(d->title, "Arnor and Gondor");
        CHECK_STR(d->story_date, "2024-05-06");
        CHECK(strstr(d->text, "var x") == NULL);
        CHECK(strstr(d->text, "Facebook") == NULL);
        CHECK(strstr(d->text, "Home") == NULL);
        CHECK(strstr(d->text, "Related") == NULL);
        CHECK(strstr(d->text, "Officials welcomed the deal.") != NULL);
        CHECK_INT(d->n_sent, 3);
        if (d->n_sent == 3) CHECK_STR(d->sent[1].event_date, "2024-05-05");
    }
    dyad_doc_free(d);
    dyad_reader_close(r);
    /* a page with no text */
    const char *empty = "<html><body><script>x()</script><nav>Menu</nav></body></html>";
    p = write_tmp("empty.html", empty, strlen(empty));
    r = dyad_reader_open(p, &o, &e);
    CHECK(r != NULL);
    if (r) {
        CHECK_INT(dyad_reader_next(r, &d, &e), DYAD_EEMPTY);
        CHECK(strstr(e.msg, "no text") != NULL);
        dyad_reader_close(r);
    }
}

static void test_reader_jsonl(void)
{
    const char *js =
        "{\"id\": \"a1\", \"text\": \"Arnor praised Gondor.\", \"date\": \"2023-02-01\","
        " \"title\": \"T\", \"source\": \"S\", \"url\": \"http://x\"}\n"
        "\n"
        "{\"id\": \"bad\", \"text\": \n"
        "{\"id\": 7, \"body\": \"Gondor replied in March 2019.\"}\n"
        "[1, 2]\n"
        "{\"id\": \"nt\"}\n";
    const char *p = write_tmp("docs.jsonl", js, strlen(js));
    dyad_reader_options o = quiet_opts();
    dyad_error e = {0};
    dyad_reader *r = dyad_reader_open(p, &o, &e);
    CHECK(r != NULL);
    if (!r) return;
    dyad_doc *d = NULL;
    CHECK_INT(dyad_reader_next(r, &d, &e), 1);
    if (d) {
        CHECK_STR(d->id, "a1");
        CHECK_STR(d->story_date, "2023-02-01");
        CHECK_STR(d->url, "http://x");
        CHECK_INT(d->line, 1);
    }
    dyad_doc_free(d);
    CHECK(dyad_reader_next(r, &d, &e) < 0);
    CHECK(strstr(e.msg, "docs.jsonl:3:") != NULL);
    CHECK_INT(dyad_reader_next(r, &d, &e), 1);
    if (d) {
        CHECK_STR(d->id, "7");
        CHECK_INT(d->n_sent, 1);
        if (d->n_sent) {
            CHECK_STR(d->sent[0].event_date, "2019-03-01");
            CHECK_INT(d->sent[0].date_precision, DYAD_DATE_MONTH);
        }
    }
    dyad_doc_free(d);
    CHECK(dyad_reader_next(r, &d, &e) < 0);
    CHECK(strstr(e.msg, ":5: not a JSON object") != NULL);
    CHECK(dyad_reader_next(r, &d, &e) < 0);
    CHECK(strstr(e.msg, ":6: no \"text\"") != NULL);
    CHECK_INT(dyad_reader_next(r, &d, &e), 0);
    dyad_reader_close(r);
}

static void test_reader_bad_inputs(void)
{
    dyad_reader_options o = quiet_opts();
    dyad_error e = {0};
    dyad_doc *d = NULL;
    /* missing */
    CHECK(dyad_reader_open("/nonexistent/x.txt", &o, &e) == NULL);
    CHECK_INT(e.status, DYAD_EIO);
    /* binary */
    char bin[256];
    for (int i = 0; i < 256; i++) bin[i] = (char)i;
    CHECK(dyad_reader_open(write_tmp("blob.txt", bin, sizeof bin), &o, &e) == NULL);
    CHECK(strstr(e.msg, "binary") != NULL);
    /* empty */
    dyad_reader *r = dyad_reader_open(write_tmp("empty.txt", "", 0), &o, &e);
    CHECK(r != NULL);
    if (r) {
        CHECK_INT(dyad_reader_next(r, &d, &e), DYAD_EEMPTY);
        CHECK(strstr(e.msg, "empty file") != NULL);
        CHECK_INT(dyad_reader_next(r, &d, &e), 0);
        dyad_reader_close(r);
    }
    /* a huge one-line file: over the limit is reported, not stored */
    size_t big = 3u << 20;
    char *s = malloc(big);
    if (!s) return;
    for (size_t i = 0; i < big; i++) s[i] = "abcd efgh "[i % 10];
    o.max_doc_bytes = 1u << 20;
    r = dyad_reader_open(write_tmp("huge.txt", s, big), &o, &e);
    CHECK(r != NULL);
    if (r) {
        CHECK_INT(dyad_reader_next(r, &d, &e), DYAD_ELIMIT);
        CHECK(strstr(e.msg, "limit") != NULL);
        dyad_reader_close(r);
    }
    /* within the limit: long sentences are cut to the token cap */
    o.max_doc_bytes = 0;
    o.max_sentence_tokens = 50;
    CHECK_INT(dyad_doc_from_memory(DYAD_DOC_TEXT, s, 100000, "big", &o, &d, &e), 0);
    if (d) {
        CHECK_INT(d->n_sent, 400);     /* 20000 tokens / 50 */
        CHECK_INT(d->sent[0].n_tokens, 50);
        CHECK_INT(d->sent[0].split_long, 1);
    }
    dyad_doc_free(d);
    free(s);
    /* invalid UTF-8 is warned about with its offset and replaced */
    n_warn = 0;
    const char bad[] = "Arnor \xC3\x28 met Gondor.";
    CHECK_INT(dyad_doc_from_memory(DYAD_DOC_TEXT, bad, sizeof bad - 1, "u.txt", &o, &d, &e), 0);
    CHECK_INT(n_warn, 1);
    CHECK(strstr(last_warn, "byte offset 6") != NULL);
    if (d) CHECK(strstr(d->text, "\xEF\xBF\xBD") != NULL);
    dyad_doc_free(d);
    /* a non-English article is flagged with a warning, not rejected */
    const char *es = "El presidente visit\xC3\xB3 Teher\xC3\xA1n el martes para "
        "reunirse con su hom\xC3\xB3logo. Los dos gobiernos firmaron acuerdos de "
        "cooperaci\xC3\xB3n en energ\xC3\xAD" "a y defensa, seg\xC3\xBAn la agencia.";
    n_warn = 0;
    CHECK_INT(dyad_doc_from_memory(DYAD_DOC_TEXT, es, strlen(es), "es.txt", &o, &d, &e), 0);
    if (d) CHECK_INT(d->not_english, 1);
    CHECK_INT(n_warn, 1);
    CHECK(strstr(last_warn, "English") != NULL);
    dyad_doc_free(d);
}

static void test_seed_article(void)
{
    char path[512];
    snprintf(path, sizeof path, "%s/seed/article.txt", test_shared());
    if (access(path, R_OK) != 0) { printf("SKIP seed article not found\n"); return; }
    dyad_reader_options o = quiet_opts();
    dyad_error e = {0};
    dyad_reader *r = dyad_reader_open(path, &o, &e);
    CHECK(r != NULL);
    if (!r) return;
    dyad_doc *d = NULL;
    CHECK_INT(dyad_reader_next(r, &d, &e), 1);
    if (d) {
        CHECK(d->dateline_end > 0);
        CHECK_INT(d->story_date_incomplete, 1);
        CHECK(d->n_sent >= 18 && d->n_sent <= 26);
        int saw1999 = 0, saw1990 = 0;
        for (size_t i = 0; i < d->n_sent; i++) {
            CHECK(strstr(d->sent[i].text, "Leave A Reply") == NULL);
            CHECK(strstr(d->sent[i].tokens, "\xE2\x80\x99") == NULL);
            saw1999 |= !strcmp(d->sent[i].event_date, "1999-01-01");
            saw1990 |= !strcmp(d->sent[i].event_date, "1990-01-01");
        }
        CHECK(saw1999 && saw1990);
    }
    dyad_doc_free(d);
    dyad_reader_close(r);
}

int main(void)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/dyad-test-text-XXXXXX");
    if (!mkdtemp(tmpdir)) { perror("mkdtemp"); return 1; }
    RUN(test_tokenize_penn);
    RUN(test_token_spans_exact);
    RUN(test_split_abbreviations);
    RUN(test_utf8_invalid_and_nfc);
    RUN(test_fold_ascii_upper);
    RUN(test_reader_plain_text);
    RUN(test_reader_html);
    RUN(test_reader_jsonl);
    RUN(test_reader_bad_inputs);
    RUN(test_seed_article);
    const char *names[] = { "story.txt", "page.html", "empty.html", "docs.jsonl",
                            "blob.txt", "empty.txt", "huge.txt" };
    char p[256];
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        snprintf(p, sizeof p, "%s/%s", tmpdir, names[i]);
        unlink(p);
    }
    rmdir(tmpdir);
    TEST_MAIN_END;
}
