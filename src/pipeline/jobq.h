/*
 * jobq.h -- an ordered queue of documents between one reader and N coders.
 *
 * The pipeline's calling thread reads documents and puts them in the
 * queue; worker threads take them in any order and code them; the calling
 * thread delivers them in the order they were put.  Reading, coding and
 * delivery overlap, so the reader's own work (decoding, normalising,
 * splitting) is hidden behind the coders' instead of adding to it, and no
 * thread waits at a batch boundary for the slowest document of a batch.
 *
 * The calling thread is a coder too: when the queue is full it codes
 * queued documents itself instead of waiting, so N workers means N
 * threads in all (the first worker's state is the calling thread's) and
 * reading takes no core of its own.  The queue holds at most `cap`
 * documents (read, being coded, or coded and waiting for an earlier one),
 * so memory is flat whatever the input size.
 */
#ifndef DYAD_JOBQ_H
#define DYAD_JOBQ_H

#include <pthread.h>

#include "dyad.h"

typedef struct jobq_job {
    dyad_doc *doc;
    dyad_event_list events;
    dyad_pipeline_stats st;     /* what coding this document counted */
    int done;                   /* set by the worker, under the lock */
} jobq_job;

/* Code job->doc into job->events and job->st, with worker state w. */
typedef void (*jobq_work_fn)(void *w, jobq_job *job);

/* Hand a coded job on (in input order).  Nonzero asks the reader to stop;
 * the queue then still finishes and releases what it holds. */
typedef int (*jobq_deliver_fn)(void *ud, jobq_job *job);

#define JOBQ_MAX_WORKERS 64

typedef struct jobq_thread {
    struct jobq *q;
    void *w;
    pthread_t tid;
} jobq_thread;

/*
 * Invariants (all indices count jobs put since the start; job i lives in
 * jobs[i % cap]):  head <= next <= tail <= head + cap.
 *   [head, next)  taken by a worker, done or not: only the calling thread
 *                 reads a job, and only once `done` is set;
 *   [next, tail)  queued, waiting for a worker.
 * head and tail move only on the calling thread; next, done and closed
 * change only under mu.
 */
typedef struct jobq {
    pthread_mutex_t mu;
    pthread_cond_t queued;      /* a job was queued, or the queue closed */
    pthread_cond_t finished;    /* a job was done */
    jobq_job *jobs;
    size_t cap, head, next, tail;
    int closed;
    jobq_work_fn work;
    int nthreads;               /* threads started, besides the caller */
    void *own_worker;           /* the calling thread's worker state */
    jobq_thread thr[JOBQ_MAX_WORKERS];
} jobq;

/* Set up nworkers (1..JOBQ_MAX_WORKERS) workers with states workers[k]:
 * workers[0] is the calling thread's, a thread is started for each other
 * one.  cap is the most documents in flight (0 = 16 per worker). */
int jobq_init(jobq *q, size_t cap, jobq_work_fn work, void **workers, int nworkers,
              dyad_error *err);

/* Queue doc (the queue owns it from now on), first making room by
 * delivering the oldest job -- coding queued ones until it is done; then
 * deliver whatever is ready without waiting.  Returns nonzero once a
 * delivery asked to stop. */
int jobq_put(jobq *q, dyad_doc *doc, jobq_deliver_fn deliver, void *ud);

/* Code (helping the workers) and deliver every job in the queue.
 * Nonzero as jobq_put. */
int jobq_drain(jobq *q, jobq_deliver_fn deliver, void *ud);

/* Stop the workers and free everything, including undelivered jobs. */
void jobq_free(jobq *q);

#endif
