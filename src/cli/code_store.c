/*
 * code_store.c -- 'dyad code --db FILE': documents and events into the
 * SQLite store (waiting for the store subsystem).
 */
#include "code_run.h"

int store_open(code_run *r)
{
    return cli_die(EXIT_FATAL, "%s: the event store is not in this build yet",
                   r->db_path);
}

int store_put(code_run *r, const dyad_doc *doc, const dyad_event_list *l)
{
    (void)r; (void)doc; (void)l;
    return -1;
}

void store_close(code_run *r) { (void)r; }
