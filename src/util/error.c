/*
 * error.c -- dyad's one error-reporting convention.
 *
 * Every fallible function returns a DYAD_* status and, when given a
 * dyad_error, fills it with the same status and a printable message.
 * Non-fatal problems go to a dyad_warn_fn; dyad_warn_stderr is the default.
 */
#include <stdarg.h>
#include <stdio.h>

#include "dyad.h"

const char *dyad_strerror(int status)
{
    switch (status) {
    case DYAD_OK:        return "ok";
    case DYAD_ENOMEM:    return "out of memory";
    case DYAD_EIO:       return "i/o error";
    case DYAD_EPARSE:    return "parse error";
    case DYAD_EINVAL:    return "invalid argument";
    case DYAD_ENOTFOUND: return "not found";
    case DYAD_EDB:       return "database error";
    case DYAD_ELIMIT:    return "limit exceeded";
    case DYAD_EEMPTY:    return "empty input";
    default:             return "unknown error";
    }
}

int dyad_fail(dyad_error *err, int status, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
        err->status = status;
    }
    return status;
}

void dyad_warn_stderr(void *ud, const char *file, long line, const char *msg)
{
    (void)ud;
    if (file && line > 0)
        fprintf(stderr, "dyad: %s:%ld: %s\n", file, line, msg);
    else if (file)
        fprintf(stderr, "dyad: %s: %s\n", file, msg);
    else
        fprintf(stderr, "dyad: %s\n", msg);
}
