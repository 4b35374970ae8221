/*
 * pool.h: an ordered work pool (pool.c).  The owner sets the fields marked
 * "set", calls fl_pool_start, then repeatedly fl_pool_fill (the item to
 * fill next, after writing out the oldest if every item is in flight) and
 * fl_pool_submit; fl_pool_write writes out what is done, in order; and
 * fl_pool_stop writes out the rest and joins the threads.
 */
#ifndef FL_POOL_H
#define FL_POOL_H

#include <pthread.h>
#include <stddef.h>

struct fl_pool {
	void **items;		/* set: n items, owned by the caller */
	size_t n;		/* set: at least 2 */
	/* set: a worker thread's own state, made and freed in the thread */
	void *(*worker_new)(void *arg);
	void (*worker_free)(void *ws);
	/* set: run an item on a worker thread */
	void (*run)(void *ws, void *item);
	/* set: write a done item out, on the calling thread; 0, or -1 to
	 * drop everything after it */
	int (*write)(void *arg, void *item);
	void *arg;		/* set: for worker_new and write */
	int failed;		/* a write failed */
	int *state;
	size_t head, tail;	/* head: next to write; tail: next to fill */
	int quit;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	pthread_t *th;
	size_t nth;
};

/* Start nthreads workers. */
void fl_pool_start(struct fl_pool *P, size_t nthreads);
/* The item to fill next; it is the caller's until fl_pool_submit. */
void *fl_pool_fill(struct fl_pool *P);
/* Queue the item that fl_pool_fill handed out. */
void fl_pool_submit(struct fl_pool *P);
/* Write out the done items at the head, in order; with wait, every queued
 * item.  Returns 0, or -1 once a write has failed. */
int fl_pool_write(struct fl_pool *P, int wait);
/* Write out the rest and stop the threads.  The items stay the caller's. */
void fl_pool_stop(struct fl_pool *P);

#endif
