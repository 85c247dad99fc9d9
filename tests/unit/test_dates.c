/*
 * test_dates.c -- story-date parsing and per-sentence event dates
 * (rules in include/dyad/text.h), resolved against a fixed story date.
 */
#include <stdlib.h>
#include <string.h>

#include "dyad.h"
#include "test.h"

/* Event date of a sentence against story date (YYYY-MM-DD or ""), as
 * "YYYY-MM-DD/p" with p the precision. */
static const char *ev(const char *sentence, const char *story)
{
    static char out[32];
    dyad_tokens t = {0};
    dyad_date sd = {0}, d;
    if (story[0]) dyad_date_parse(story, strlen(story), &sd);
    dyad_tokenize(sentence, strlen(sentence), 0, &t);
    const char **w = malloc((t.n + 1) * sizeof *w);
    for (size_t i = 0; i < t.n; i++) w[i] = t.v[i].form;
    dyad_event_date(w, t.n, &sd, &d);
    char ds[11];
    dyad_date_format(&d, ds);
    snprintf(out, sizeof out, "%s/%d", ds, ds[0] ? (int)d.prec : 0);
    free(w);
    dyad_tokens_free(&t);
    return out;
}

/* One sentence, its story date and the expected "date/precision". */
struct date_case { const char *sentence, *story, *want; };

static void run_cases(const struct date_case *c, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const char *got = ev(c[i].sentence, c[i].story);
        if (strcmp(got, c[i].want) != 0)
            printf("  \"%s\" (story %s): %s, expected %s\n", c[i].sentence,
                   c[i].story[0] ? c[i].story : "none", got, c[i].want);
        CHECK(strcmp(got, c[i].want) == 0);
    }
}

static void test_parse_story_dates(void)
{
    dyad_date d;
    CHECK(dyad_date_parse("2025-06-09", 10, &d));
    CHECK_INT(d.year * 10000 + d.month * 100 + d.day, 20250609);
    CHECK(dyad_date_parse("20250609", 8, &d));
    CHECK_INT(d.day, 9);
    CHECK(dyad_date_parse("June 9, 2025", 12, &d));
    CHECK_INT(d.year, 2025);
    CHECK(dyad_date_parse("9 June 2025", 11, &d));
    CHECK_INT(d.month, 6);
    CHECK(dyad_date_parse("Monday, June 9", 14, &d));
    CHECK_INT(d.year, 0);
    CHECK_INT(d.month * 100 + d.day, 609);
    CHECK(dyad_date_parse("2024-05-06T10:00:00Z", 20, &d));
    CHECK_INT(d.day, 6);
    CHECK(!dyad_date_parse("June 9 was hot", 14, &d));
    CHECK(!dyad_date_parse("2025-02-30", 10, &d));
    CHECK(!dyad_date_parse("Iran and Venezuela", 18, &d));
    char s[11];
    d = (dyad_date){ 1990, 0, 0, DYAD_DATE_YEAR };
    dyad_date_format(&d, s);
    CHECK_STR(s, "1990-01-01");
}

static void test_absolute_mentions(void)
{
    static const struct date_case cases[] = {
        { "Maduro visited Tehran in 2022 and Raisi came in 2023.", "2025-06-09", "2022-01-01/1" },
        { "Since 1999, Iran has embedded itself in Venezuela.", "2025-06-09", "1999-01-01/1" },
        { "Attacks dating back to the 1990s hit Argentina.", "2025-06-09", "1990-01-01/1" },
        { "They met on June 3, 2021 in Caracas.", "2025-06-09", "2021-06-03/3" },
        { "They met on 3 June 2021.", "2025-06-09", "2021-06-03/3" },
        { "The deal was signed in March 2019.", "2025-06-09", "2019-03-01/2" },
        { "The deal was signed on 2020-11-05.", "2025-06-09", "2020-11-05/3" },
    };
    run_cases(cases, sizeof cases / sizeof *cases);
}

static void test_relative_mentions(void)
{
    static const struct date_case cases[] = {
        { "Arnor recalled its envoy yesterday.", "2025-06-09", "2025-06-08/3" },
        { "Arnor recalled its envoy on Tuesday.", "2025-06-09", "2025-06-03/3" },
        { "Arnor recalled its envoy on Monday.", "2025-06-09", "2025-06-09/3" },
        { "The talks collapsed last year.", "2025-06-09", "2024-01-01/1" },
        { "The talks collapsed last month.", "2025-06-09", "2025-05-01/2" },
        { "Arnor and Gondor met on June 3.", "2025-06-09", "2025-06-03/3" },
        { "Arnor and Gondor met on December 3.", "2025-06-09", "2024-12-03/3" },
        { "Arnor and Gondor met in March.", "2025-06-09", "2025-03-01/2" },
        { "They met on Friday.", "2025-03-01", "2025-02-28/3" },
        { "They met yesterday.", "2024-03-01", "2024-02-29/3" },
    };
    run_cases(cases, sizeof cases / sizeof *cases);
}

static void test_no_date_and_traps(void)
{
    static const struct date_case cases[] = {
        { "Arnor condemned Gondor.", "2025-06-09", "2025-06-09/3" },
        { "Arnor condemned Gondor.", "", "/0" },
        { "Arnor condemned Gondor yesterday.", "", "/0" },
        { "Iran backed 2000 fighters.", "2025-06-09", "2025-06-09/3" },
        { "These were the deadliest attacks before the September 11 attacks.", "2025-06-09", "2025-06-09/3" },
        { "Officials may meet soon.", "2025-06-09", "2025-06-09/3" },
        { "Ties date back to the 1979 Islamic Revolution.", "2025-06-09", "1979-01-01/1" },
        { "After the 1979 Islamic Revolution Cuba backed Iran in 1982.", "2025-06-09", "1982-01-01/1" },
        /* a span of years dates no one event */
        { "Between 2008 and 2015 Arnor armed Gondor.", "2025-06-09", "2025-06-09/3" },
        { "From 2019 to 2021 Arnor armed Gondor.", "2025-06-09", "2025-06-09/3" },
        { "Between 2008 and 2015 Arnor armed Gondor, and in 2016 Rohan did.", "2025-06-09",
          "2016-01-01/1" },
    };
    run_cases(cases, sizeof cases / sizeof *cases);
}

static void test_mentions_list(void)
{
    const char *w[] = { "Maduro", "visited", "Tehran", "in", "2022", "and",
                        "Raisi", "came", "in", "2023", "." };
    dyad_date sd = { 2025, 6, 9, DYAD_DATE_DAY };
    dyad_date_mention m[4];
    CHECK_INT(dyad_date_mentions(w, 11, &sd, m, 4), 2);
    CHECK_INT(m[0].tok_from, 4);
    CHECK_INT(m[1].date.year, 2023);
    CHECK_INT(m[1].strong, 1);
}

int main(void)
{
    RUN(test_parse_story_dates);
    RUN(test_absolute_mentions);
    RUN(test_relative_mentions);
    RUN(test_no_date_and_traps);
    RUN(test_mentions_list);
    TEST_MAIN_END;
}
