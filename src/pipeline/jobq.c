/*
 * jobq.c -- the ordered document queue of the pipeline; see jobq.h.
 *
 * One mutex guards the queue's indices and the jobs' `done` flags; two
 * condition variables wake workers (a job was queued) and the calling
 * thread (a job was done).  A document costs a few hundred microseconds
 * to code, so one lock round trip per document is noise.
 */
#include <stdlib.h>
#include <string.h>

#include "jobq.h"

static jobq_job *job_at(const jobq *q, size_t i)
{
    return &q->jobs[i % q->cap];
}

static void *worker_main(void *arg)
{
    jobq_thread *t = arg;
    jobq *q = t->q;
    pthread_mutex_lock(&q->mu);
    for (;;) {
        while (q->next == q->tail && !q->closed)
            pthread_cond_wait(&q->queued, &q->mu);
        if (q->next == q->tail)
            break;                          /* closed and nothing left */
        jobq_job *j = job_at(q, q->next++);
        pthread_mutex_unlock(&q->mu);
        q->work(t->w, j);
        pthread_mutex_lock(&q->mu);
        j->done = 1;
        pthread_cond_signal(&q->finished);
    }
    pthread_mutex_unlock(&q->mu);
    return NULL;
}

int jobq_init(jobq *q, size_t cap, jobq_work_fn work, void **workers, int nworkers,
              dyad_error *err)
{
    memset(q, 0, sizeof *q);
    if (nworkers < 1)
        nworkers = 1;
    if (nworkers > JOBQ_MAX_WORKERS)
        nworkers = JOBQ_MAX_WORKERS;
    q->cap = cap ? cap : 16 * (size_t)nworkers;
    q->work = work;
    q->jobs = calloc(q->cap, sizeof *q->jobs);
    if (!q->jobs)
        return dyad_fail(err, DYAD_ENOMEM, "out of memory");
    pthread_mutex_init(&q->mu, NULL);
    pthread_cond_init(&q->queued, NULL);
    pthread_cond_init(&q->finished, NULL);
    q->own_worker = workers[0];
    for (int k = 1; k < nworkers; k++) {
        q->thr[q->nthreads] = (jobq_thread){ q, workers[k], 0 };
        if (pthread_create(&q->thr[q->nthreads].tid, NULL, worker_main,
                           &q->thr[q->nthreads]) == 0)
            q->nthreads++;
    }
    return DYAD_OK;     /* no thread at all: the calling thread codes all */
}

static void job_release(jobq_job *j)
{
    dyad_doc_free(j->doc);
    j->doc = NULL;
    dyad_event_list_clear(&j->events);
    memset(&j->st, 0, sizeof j->st);
    j->done = 0;
}

/* Code the next queued job on the calling thread, if there is one. */
static int help_one(jobq *q)
{
    pthread_mutex_lock(&q->mu);
    jobq_job *j = q->next < q->tail ? job_at(q, q->next++) : NULL;
    pthread_mutex_unlock(&q->mu);
    if (!j)
        return 0;
    q->work(q->own_worker, j);
    pthread_mutex_lock(&q->mu);
    j->done = 1;
    pthread_mutex_unlock(&q->mu);
    return 1;
}

/* Deliver the oldest job if it is done (waiting for it when `wait`).
 * Returns 1 if one was delivered; *stop becomes 1 if delivery asks. */
static int deliver_head(jobq *q, int wait, jobq_deliver_fn deliver, void *ud,
                        int *stop)
{
    if (q->head == q->tail)
        return 0;
    jobq_job *j = job_at(q, q->head);
    /* rather than wait, the calling thread codes what nobody has taken,
     * one job at a time so that it goes back to reading as soon as the
     * oldest job is done */
    for (;;) {
        pthread_mutex_lock(&q->mu);
        int ready = j->done;
        pthread_mutex_unlock(&q->mu);
        if (ready)
            break;
        if (!wait)
            return 0;
        if (help_one(q))
            continue;
        pthread_mutex_lock(&q->mu);
        while (!j->done)
            pthread_cond_wait(&q->finished, &q->mu);
        pthread_mutex_unlock(&q->mu);
        break;
    }
    if (deliver(ud, j))
        *stop = 1;
    job_release(j);
    q->head++;
    return 1;
}

int jobq_put(jobq *q, dyad_doc *doc, jobq_deliver_fn deliver, void *ud)
{
    int stop = 0;
    while (q->tail - q->head == q->cap)
        deliver_head(q, 1, deliver, ud, &stop);
    job_at(q, q->tail)->doc = doc;
    pthread_mutex_lock(&q->mu);
    q->tail++;
    pthread_cond_signal(&q->queued);
    pthread_mutex_unlock(&q->mu);
    while (deliver_head(q, 0, deliver, ud, &stop))
        ;
    return stop;
}

int jobq_drain(jobq *q, jobq_deliver_fn deliver, void *ud)
{
    int stop = 0;
    while (deliver_head(q, 1, deliver, ud, &stop))
        ;
    return stop;
}

void jobq_free(jobq *q)
{
    if (!q->jobs)
        return;
    pthread_mutex_lock(&q->mu);
    q->closed = 1;
    q->next = q->tail;              /* jobs nobody took are not started */
    pthread_cond_broadcast(&q->queued);
    pthread_mutex_unlock(&q->mu);
    for (int k = 0; k < q->nthreads; k++)
        pthread_join(q->thr[k].tid, NULL);
    for (; q->head < q->tail; q->head++)
        job_release(job_at(q, q->head));
    for (size_t i = 0; i < q->cap; i++)
        dyad_event_list_free(&q->jobs[i].events);
    free(q->jobs);
    q->jobs = NULL;
    pthread_mutex_destroy(&q->mu);
    pthread_cond_destroy(&q->queued);
    pthread_cond_destroy(&q->finished);
}
