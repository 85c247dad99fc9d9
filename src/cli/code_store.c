/*
 * code_store.c -- 'dyad code --db FILE': documents and events into the
 * SQLite store as they are coded.  Documents are committed in batches so a
 * killed run loses at most the open batch, and each document is replaced
 * whole when it is coded again.
 */
#include "code_run.h"

#define STORE_BATCH 200

static int pending;

int store_open(code_run *r)
{
    dyad_error err = { 0 };
    dyad_store *s = dyad_store_open(r->db_path, &err);
    if (!s)
        return cli_die(EXIT_FATAL, "%s", err.msg);
    if (dyad_store_begin(s, &err) != DYAD_OK) {
        dyad_store_close(s);
        return cli_die(EXIT_FATAL, "%s", err.msg);
    }
    r->store = s;
    pending = 0;
    return 0;
}

int store_put(code_run *r, const dyad_doc *doc, const dyad_event_list *l)
{
    dyad_store *s = r->store;
    dyad_error err = { 0 };
    if (dyad_store_put_doc(s, doc, l, &err) != DYAD_OK) {
        cli_die(EXIT_BADINPUT, "%s", err.msg);
        r->stats.bad_docs++;
        return 0;                   /* the rest of the batch goes on */
    }
    if (++pending >= STORE_BATCH) {
        if (dyad_store_commit(s, &err) != DYAD_OK ||
            dyad_store_begin(s, &err) != DYAD_OK)
            return cli_die(EXIT_FATAL, "%s", err.msg) != 0;
        pending = 0;
    }
    return 0;
}

void store_close(code_run *r)
{
    dyad_error err = { 0 };
    if (dyad_store_commit(r->store, &err) != DYAD_OK)
        cli_die(EXIT_FATAL, "%s", err.msg);
    dyad_store_close(r->store);
    r->store = NULL;
}
