/*
 * dates.c -- story dates and event dates (rules: see include/dyad/text.h).
 *
 * Parsing works on Penn token forms, so "June 9, 2025" is the tokens
 * June 9 , 2025.  Resolution of relative mentions uses a proleptic
 * Gregorian day count (days_from_civil) so "yesterday" on 1 March works.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/textint.h"

/* ------------------------------------------------------------ calendar */

static long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, dyad_date *out)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    out->day = (int)(doy - (153 * mp + 2) / 5 + 1);
    out->month = (int)(mp < 10 ? mp + 3 : mp - 9);
    out->year = (int)(yoe + era * 400 + (out->month <= 2));
}

static int days_in_month(int y, int m)
{
    static const int dm[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return dm[m - 1];
}

static int valid_ymd(int y, int m, int d)
{
    return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y ? y : 2000, m);
}

/* n (0..99) as two digits at p. */
static void two_digits(char *p, int n)
{
    p[0] = (char)('0' + n / 10);
    p[1] = (char)('0' + n % 10);
}

void dyad_date_format(const dyad_date *d, char out[11])
{
    if (!d || d->year <= 0 || d->year > 9999) { out[0] = 0; return; }
    int m = d->month ? d->month : 1, day = d->day ? d->day : 1;
    if (m < 0 || m > 99 || day < 0 || day > 99) {   /* (not a real date) */
        snprintf(out, 11, "%04d-%02d-%02d", d->year, m, day);
        return;
    }
    two_digits(out, d->year / 100);        /* snprintf costs 100x this */
    two_digits(out + 2, d->year % 100);
    out[4] = '-';
    two_digits(out + 5, m);
    out[7] = '-';
    two_digits(out + 8, day);
    out[10] = 0;
}

/* --------------------------------------------------------- token tests */

static int all_digits(const char *s, size_t n)
{
    if (n == 0) return 0;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i])) return 0;
    return 1;
}

static int tok_year(const char *t)
{
    if (strlen(t) != 4 || !all_digits(t, 4)) return 0;
    int y = atoi(t);
    return y >= 1800 && y <= 2100 ? y : 0;
}

static int tok_day(const char *t)
{
    size_t n = strlen(t), k = 0;
    while (k < n && isdigit((unsigned char)t[k])) k++;
    if (k == 0 || k > 2) return 0;
    if (k < n && !(n - k == 2 && (text_eq(t + k, 2, "st") || text_eq(t + k, 2, "nd") ||
                                  text_eq(t + k, 2, "rd") || text_eq(t + k, 2, "th"))))
        return 0;
    int d = atoi(t);
    return d >= 1 && d <= 31 ? d : 0;
}

/* "1990s" -> 1990 */
static int tok_decade(const char *t)
{
    if (strlen(t) != 5 || t[4] != 's' || t[3] != '0' || !all_digits(t, 4)) return 0;
    int y = atoi(t);
    return y >= 1800 && y <= 2100 ? y : 0;
}

/* YYYY-MM-DD, YYYY/MM/DD, YYYYMMDD, YYYY-MM (optionally a T... tail). */
static int parse_iso(const char *s, size_t n, dyad_date *d)
{
    int y, m = 0, dd = 0, used = 0;
    char buf[40];
    /* every form opens with the year's digits (sscanf would skip spaces) */
    if (n >= sizeof buf || n < 7 ||
        !(isdigit((unsigned char)*s) || isspace((unsigned char)*s))) return 0;
    memcpy(buf, s, n);
    buf[n] = 0;
    if (n >= 10 && (sscanf(buf, "%4d-%2d-%2d%n", &y, &m, &dd, &used) == 3 ||
                    sscanf(buf, "%4d/%2d/%2d%n", &y, &m, &dd, &used) == 3) &&
        used == 10 && (buf[10] == 0 || buf[10] == 'T' || buf[10] == ' ')) {
    } else if (n == 8 && all_digits(buf, 8)) {
        y = atoi(buf) / 10000; m = atoi(buf) / 100 % 100; dd = atoi(buf) % 100;
    } else if (n == 7 && sscanf(buf, "%4d-%2d%n", &y, &m, &used) == 2 && used == 7) {
        if (y < 1800 || y > 2100 || m < 1 || m > 12) return 0;
        *d = (dyad_date){ y, m, 0, DYAD_DATE_MONTH };
        return 1;
    } else {
        return 0;
    }
    if (y < 1800 || y > 2100 || !valid_ymd(y, m, dd)) return 0;
    *d = (dyad_date){ y, m, dd, DYAD_DATE_DAY };
    return 1;
}

/* Month Day [Year] / Day Month [Year] / Month Year starting at w[i];
 * returns tokens used or 0. */
static size_t parse_mdy(const char *const *w, size_t n, size_t i, dyad_date *d)
{
    int m, day, y;
    size_t j;
    if (i < n && (m = text_month(w[i])) > 0) {
        if (i + 1 < n && (day = tok_day(w[i + 1])) > 0 && valid_ymd(0, m, day)) {
            j = i + 2;
            if (j < n && strcmp(w[j], ",") == 0 && j + 1 < n && tok_year(w[j + 1])) j++;
            if (j < n && (y = tok_year(w[j])) > 0) {
                *d = (dyad_date){ y, m, day, DYAD_DATE_DAY };
                return j + 1 - i;
            }
            *d = (dyad_date){ 0, m, day, DYAD_DATE_DAY };
            return 2;
        }
        if (i + 1 < n && (y = tok_year(w[i + 1])) > 0) {
            *d = (dyad_date){ y, m, 0, DYAD_DATE_MONTH };
            return 2;
        }
        return 0;
    }
    if (i + 1 < n && (day = tok_day(w[i])) > 0 && (m = text_month(w[i + 1])) > 0 &&
        valid_ymd(0, m, day)) {
        j = i + 2;
        if (j < n && strcmp(w[j], ",") == 0) j++;
        if (j < n && (y = tok_year(w[j])) > 0) {
            *d = (dyad_date){ y, m, day, DYAD_DATE_DAY };
            return j + 1 - i;
        }
        *d = (dyad_date){ 0, m, day, DYAD_DATE_DAY };
        return 2;
    }
    return 0;
}

int dyad_date_parse(const char *s, size_t len, dyad_date *out)
{
    while (len && (isspace((unsigned char)s[len - 1]) || strchr(".,:;-", s[len - 1])))
        len--;
    while (len && isspace((unsigned char)*s)) { s++; len--; }
    if (len == 0 || len > 80) return 0;
    if (parse_iso(s, len, out)) return 1;
    dyad_tokens t = {0};
    const char *w[16];
    int ok = 0;
    if (dyad_tokenize(s, len, 0, &t) == DYAD_OK && t.n <= 16) {
        for (size_t i = 0; i < t.n; i++) w[i] = t.v[i].form;
        size_t i = 0;
        if (t.n && text_weekday(w[0]) >= 0) {
            i = 1;
            if (i < t.n && strcmp(w[i], ",") == 0) i++;
        }
        size_t k = parse_mdy(w, t.n, i, out);
        ok = k > 0 && i + k == t.n;
    }
    dyad_tokens_free(&t);
    return ok;
}

/* ------------------------------------------------------------ mentions */

/* Is token t in the lexicon.c list of class cls (LX_YEAR_PREP ...)? */
static int tok_in(const char *t, unsigned cls) { return text_lex_is(t, cls); }

static long to_days(const dyad_date *d)
{
    return days_from_civil(d->year, d->month, d->day);
}

static int story_full(const dyad_date *s)
{
    return s && s->year > 0 && s->month > 0 && s->day > 0;
}

/* Year-less month[/day]: the story year, or the one before when that
 * would lie more than a month after the story date. */
static int complete_year(dyad_date *d, const dyad_date *story)
{
    if (!story_full(story)) return 0;
    d->year = story->year;
    dyad_date probe = { d->year, d->month, d->day ? d->day : 1, DYAD_DATE_DAY };
    if (to_days(&probe) - to_days(story) > 31) d->year--;
    return 1;
}

static void shift_days(const dyad_date *story, long delta, dyad_date *out)
{
    civil_from_days(to_days(story) + delta, out);
    out->prec = DYAD_DATE_DAY;
}

/* Relative mentions at w[i]; returns tokens used or 0. */
static size_t relative_at(const char *const *w, size_t n, size_t i,
                          const dyad_date *story, dyad_date *d)
{
    const char *t = w[i];
    size_t tn = strlen(t);
    const char *prev = i > 0 ? w[i - 1] : "";
    int wd;
    if (!story_full(story)) return 0;
    if (text_eq(t, tn, "yesterday")) { shift_days(story, -1, d); return 1; }
    if (text_eq(t, tn, "today")) { shift_days(story, 0, d); return 1; }
    if (text_eq(t, tn, "tomorrow")) { shift_days(story, 1, d); return 1; }
    if ((wd = text_weekday(t)) >= 0 && isupper((unsigned char)t[0])) {
        int swd = (int)((to_days(story) % 7 + 11) % 7);   /* 1970-01-01 = Thu */
        long delta = text_eq(prev, strlen(prev), "next") ?
                     ((wd - swd + 7) % 7 ? (wd - swd + 7) % 7 : 7) :
                     -(long)((swd - wd + 7) % 7);
        shift_days(story, delta, d);
        return 1;
    }
    int dir = text_eq(t, tn, "last") ? -1 : text_eq(t, tn, "next") ? 1 :
              text_eq(t, tn, "this") ? 0 : 2;
    if (dir != 2 && i + 1 < n) {
        const char *u = w[i + 1];
        size_t un = strlen(u);
        if (text_eq(u, un, "year")) {
            *d = (dyad_date){ story->year + dir, 0, 0, DYAD_DATE_YEAR };
            return 2;
        }
        if (text_eq(u, un, "month")) {
            int m = story->month + dir, y = story->year;
            if (m < 1) { m += 12; y--; }
            if (m > 12) { m -= 12; y++; }
            *d = (dyad_date){ y, m, 0, DYAD_DATE_MONTH };
            return 2;
        }
        if (text_eq(u, un, "week")) { shift_days(story, 7 * dir, d); return 2; }
    }
    if (i + 2 < n && all_digits(t, tn) && tn <= 3 && text_eq(w[i + 2], strlen(w[i + 2]), "ago") &&
        (text_eq(w[i + 1], strlen(w[i + 1]), "years") ||
         text_eq(w[i + 1], strlen(w[i + 1]), "year"))) {
        *d = (dyad_date){ story->year - atoi(t), 0, 0, DYAD_DATE_YEAR };
        return 3;
    }
    return 0;
}

/* Absolute (or month-day) mentions at w[i]; *strong set. */
static size_t absolute_at(const char *const *w, size_t n, size_t i,
                          const dyad_date *story, dyad_date *d, int *strong)
{
    const char *prev = i > 0 ? w[i - 1] : "";
    size_t k;
    int y;
    *strong = 1;
    if (parse_iso(w[i], strlen(w[i]), d)) return 1;
    if ((k = parse_mdy(w, n, i, d)) > 0) {
        if (d->year) return k;
        /* month-day naming an event: "the September 11 attacks" */
        if (text_eq(prev, strlen(prev), "the") ||
            (i + k < n && tok_in(w[i + k], LX_EVENT_NOUN)))
            return 0;
        return complete_year(d, story) ? k : 0;
    }
    int m = text_month(w[i]);
    if (m && isupper((unsigned char)w[i][0]) && tok_in(prev, LX_MONTH_PREP) &&
        strlen(w[i]) > 3) {
        *d = (dyad_date){ 0, m, 0, DYAD_DATE_MONTH };
        return complete_year(d, story) ? 1 : 0;
    }
    if ((y = tok_decade(w[i])) > 0) {
        *d = (dyad_date){ y, 0, 0, DYAD_DATE_YEAR };
        return 1;
    }
    if ((y = tok_year(w[i])) > 0) {
        *d = (dyad_date){ y, 0, 0, DYAD_DATE_YEAR };
        if (tok_in(prev, LX_YEAR_PREP)) return 1;
        const char *next = i + 1 < n ? w[i + 1] : "";
        *strong = 0;
        if (text_eq(prev, strlen(prev), "the") || strcmp(prev, "'s") == 0 ||
            isupper((unsigned char)next[0]))
            return 1;
    }
    return 0;
}

/* Can a mention start at token t?  Every form above opens with a digit
 * (white space, for parse_iso's sscanf), a month or weekday name, or
 * yesterday / today / tomorrow / last / next / this: other tokens (most)
 * are passed over without the tests. */
static int may_open_date(const char *t)
{
    unsigned char c = (unsigned char)t[0];
    if (isdigit(c) || isspace(c)) return 1;
    if (!isalpha(c)) return 0;
    /* one lexicon probe: month names ("Sept." with its dot) and weekdays
     * carry month / wday, the relative words LX_DATE_WORD */
    size_t n = 0;
    while (n <= LX_MAXLEN + 1 && t[n]) n++;
    if (n > 1 && t[n - 1] == '.') n--;
    const text_lex *e = text_lex_find(t, n);
    return e && (e->month || e->wday || (e->cls & LX_DATE_WORD));
}

/* Tokens of a span of years at w[i] ("between 2008 and 2015", "from
 * 2019 to 2021"), else 0: a range dates no one event. */
static size_t year_range_at(const char *const *w, size_t n, size_t i)
{
    if (i == 0 || i + 2 >= n || tok_year(w[i]) <= 0 || tok_year(w[i + 2]) <= 0)
        return 0;
    const char *p = w[i - 1], *c = w[i + 1];
    size_t pn = strlen(p), cn = strlen(c);
    int opens = text_eq(p, pn, "between") || text_eq(p, pn, "from");
    int joins = text_eq(c, cn, "and") || text_eq(c, cn, "to") || text_eq(c, cn, "until");
    return opens && joins ? 3 : 0;
}

size_t dyad_date_mentions(const char *const *w, size_t n,
                          const dyad_date *story, dyad_date_mention *out,
                          size_t cap)
{
    size_t found = 0;
    for (size_t i = 0; i < n; ) {
        if (!may_open_date(w[i])) { i++; continue; }
        size_t range = year_range_at(w, n, i);
        if (range) { i += range; continue; }
        dyad_date d = {0};
        int strong = 1;
        size_t k = relative_at(w, n, i, story, &d);
        if (!k) k = absolute_at(w, n, i, story, &d, &strong);
        if (!k) { i++; continue; }
        if (found < cap)
            out[found] = (dyad_date_mention){ i, i + k, d, strong };
        found++;
        i += k;
    }
    return found;
}

int dyad_event_date(const char *const *w, size_t n, const dyad_date *story,
                    dyad_date *out)
{
    dyad_date_mention m[32];
    size_t k = dyad_date_mentions(w, n, story, m, 32);
    return text_event_pick(m, k < 32 ? k : 32, story, out);
}

int text_event_pick(const dyad_date_mention *m, size_t k,
                    const dyad_date *story, dyad_date *out)
{
    int weak = -1;
    for (size_t i = 0; i < k; i++) {
        if (m[i].strong) { *out = m[i].date; return (int)i; }
        if (weak < 0) weak = (int)i;
    }
    if (weak >= 0) { *out = m[weak].date; return weak; }
    if (story && story->year > 0) {
        *out = *story;
        out->prec = DYAD_DATE_DAY;
    } else {
        *out = (dyad_date){ 0, 0, 0, DYAD_DATE_NONE };
    }
    return -1;
}
