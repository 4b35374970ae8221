/*
 * pool.c: an ordered work pool.  The calling thread fills items one at a
 * time and queues them; worker threads take queued items and run them;
 * the calling thread writes the done ones out in the order they were
 * queued.  At most the pool's n items are in flight, so memory stays
 * bounded whatever the input.
 */
#include <stdlib.h>
#include <string.h>

#include "factlens.h"
#include "pool.h"

enum { FREE, QUEUED, TAKEN, DONE };

static void *
worker(void *arg)
{
	struct fl_pool *P = arg;
	void *ws = P->worker_new(P->arg);
	size_t i;

	pthread_mutex_lock(&P->mu);
	for (;;) {
		size_t take = P->n;

		for (i = P->head; i != P->tail; i = (i + 1) % P->n)
			if (P->state[i] == QUEUED) {
				take = i;
				break;
			}
		if (take == P->n) {
			if (P->quit)
				break;
			pthread_cond_wait(&P->cv, &P->mu);
			continue;
		}
		P->state[take] = TAKEN;
		pthread_mutex_unlock(&P->mu);
		P->run(ws, P->items[take]);
		pthread_mutex_lock(&P->mu);
		P->state[take] = DONE;
		pthread_cond_broadcast(&P->cv);
	}
	pthread_mutex_unlock(&P->mu);
	P->worker_free(ws);
	return NULL;
}

void
fl_pool_start(struct fl_pool *P, size_t nthreads)
{
	size_t i;

	P->state = fl_xmalloc(P->n * sizeof(*P->state));
	for (i = 0; i < P->n; i++)
		P->state[i] = FREE;
	P->head = P->tail = 0;
	P->quit = 0;
	P->failed = 0;
	pthread_mutex_init(&P->mu, NULL);
	pthread_cond_init(&P->cv, NULL);
	P->th = fl_xmalloc(nthreads * sizeof(*P->th));
	for (i = 0; i < nthreads; i++)
		if (pthread_create(&P->th[i], NULL, worker, P) != 0)
			break;
	P->nth = i;
	if (P->nth == 0)
		fl_nomem();		/* no thread: out of memory */
}

/* Write out the oldest item once it is done (waiting if wait).  Returns
 * 1 if one was written, 0 if none. */
static int
write_oldest(struct fl_pool *P, int wait)
{
	size_t h;

	pthread_mutex_lock(&P->mu);
	h = P->head;
	if (h == P->tail) {
		pthread_mutex_unlock(&P->mu);
		return 0;
	}
	while (P->state[h] != DONE && wait)
		pthread_cond_wait(&P->cv, &P->mu);
	if (P->state[h] != DONE) {
		pthread_mutex_unlock(&P->mu);
		return 0;
	}
	pthread_mutex_unlock(&P->mu);
	/* After a failed write the rest is dropped. */
	if (!P->failed && P->write(P->arg, P->items[h]) < 0)
		P->failed = 1;
	pthread_mutex_lock(&P->mu);
	P->state[h] = FREE;
	P->head = (h + 1) % P->n;
	pthread_mutex_unlock(&P->mu);
	return 1;
}

void *
fl_pool_fill(struct fl_pool *P)
{
	if ((P->tail + 1) % P->n == P->head)
		write_oldest(P, 1);
	return P->items[P->tail];
}

void
fl_pool_submit(struct fl_pool *P)
{
	pthread_mutex_lock(&P->mu);
	P->state[P->tail] = QUEUED;
	P->tail = (P->tail + 1) % P->n;
	pthread_cond_broadcast(&P->cv);
	pthread_mutex_unlock(&P->mu);
}

int
fl_pool_write(struct fl_pool *P, int wait)
{
	while (write_oldest(P, wait) == 1)
		;
	return P->failed ? -1 : 0;
}

void
fl_pool_stop(struct fl_pool *P)
{
	size_t i;

	fl_pool_write(P, 1);
	pthread_mutex_lock(&P->mu);
	P->quit = 1;
	pthread_cond_broadcast(&P->cv);
	pthread_mutex_unlock(&P->mu);
	for (i = 0; i < P->nth; i++)
		pthread_join(P->th[i], NULL);
	free(P->th);
	free(P->state);
	pthread_mutex_destroy(&P->mu);
	pthread_cond_destroy(&P->cv);
}
