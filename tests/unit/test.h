/*
 * test.h -- the minimal unit-test harness shared by tests/unit/test_*.c.
 *
 * Each test file is its own program.  A test is a void function using
 * CHECK/CHECK_EQ_*; RUN(fn) runs it and prints "PASS name" or
 * "FAIL name: file:line: detail" (tools/run-tests.sh counts these lines).
 * TEST_MAIN_END returns non-zero when anything failed.
 */
#ifndef DYAD_TEST_H
#define DYAD_TEST_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int test_failed_now;   /* set by a failing CHECK in the current test */
static int test_total_failed;
static char test_why[512];

#define CHECK(cond) do { if (!(cond)) { \
    if (!test_failed_now) snprintf(test_why, sizeof test_why, \
        "%s:%d: CHECK(%s)", __FILE__, __LINE__, #cond); \
    test_failed_now = 1; } } while (0)

#define CHECK_STR(a, b) do { const char *a_ = (a), *b_ = (b); \
    if (!a_ || !b_ || strcmp(a_, b_) != 0) { \
    if (!test_failed_now) snprintf(test_why, sizeof test_why, \
        "%s:%d: \"%s\" != \"%s\"", __FILE__, __LINE__, \
        a_ ? a_ : "(null)", b_ ? b_ : "(null)"); \
    test_failed_now = 1; } } while (0)

#define CHECK_INT(a, b) do { long long a_ = (long long)(a), b_ = (long long)(b); \
    if (a_ != b_) { \
    if (!test_failed_now) snprintf(test_why, sizeof test_why, \
        "%s:%d: %s == %lld, expected %lld", __FILE__, __LINE__, #a, a_, b_); \
    test_failed_now = 1; } } while (0)

#define RUN(fn) do { test_failed_now = 0; test_why[0] = 0; fn(); \
    if (test_failed_now) { printf("FAIL %s: %s\n", #fn, test_why); \
        test_total_failed++; } else { printf("PASS %s\n", #fn); } \
    fflush(stdout); } while (0)

#define TEST_MAIN_END return test_total_failed ? 1 : 0

/* Path of the shared reference data (../shared from the repo root). */
static inline const char *test_shared(void) {
    const char *s = getenv("DYAD_SHARED");
    return s ? s : "../shared";
}
#endif
