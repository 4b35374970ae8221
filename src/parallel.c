/*
 * parallel.c: --jobs N.  The reading thread reads paragraphs, counts their
 * sentences (so that every sentence keeps its index in the document) and
 * copies them into batches of about 256 KiB; N worker threads each take a
 * batch, run it through segment, match, classify and render with their own
 * matcher, and the reading thread writes the batches out in input order.
 * At most 2N batches are in flight, so memory stays bounded; the output is
 * byte for byte that of one thread.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "factlens.h"
#include "annotate.h"

#define BATCH (256 * 1024)

struct bpara {
	size_t off, len;	/* in the batch's text */
	size_t doc_offset;
	long line, col;
	int off_state;		/* directives: "factlens off" at its start */
	const uint64_t *mask;	/* rules off at its start */
	int directives;		/* it holds a directive line */
	int after_caption;	/* the paragraph before was a lone figure
				   label (fl_caption_para) */
};

struct batch {
	struct fl_buf text;
	struct bpara *paras;
	size_t n, cap;
	size_t first_index;	/* document index of its first sentence */
	struct fl_buf out;
	struct fl_doc counts;	/* labels and cues of this batch */
	int state;		/* 0 free, 1 queued, 2 taken, 3 done */
};

struct pool {
	const struct fl_annotator *a;
	struct fl_annotator wa;	/* a, with the limit callback locked */
	const struct fl_doc *doc;
	struct batch *b;	/* ring of nb batches */
	size_t nb, head, tail;	/* head: next to write; tail: next to fill */
	int quit;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	pthread_mutex_t limit_mu;
};

/* The limit callback prints: one thread at a time. */
static void
locked_limit(void *arg, const struct fl_rule *r, size_t off, long line,
    long col, int rc)
{
	struct pool *P = arg;

	pthread_mutex_lock(&P->limit_mu);
	P->a->on_limit(P->a->limit_arg, r, off, line, col, rc);
	pthread_mutex_unlock(&P->limit_mu);
}

static void
run_batch(struct pool *P, struct fl_work *w, struct batch *b)
{
	struct fl_para p;
	struct fl_supp st;
	size_t i;

	b->counts.index = b->first_index;
	for (i = 0; i < b->n; i++) {
		p.text = b->text.ptr + b->paras[i].off;
		p.len = b->paras[i].len;
		p.offset = b->paras[i].doc_offset;
		p.line = b->paras[i].line;
		p.col = b->paras[i].col;
		/* As the reading thread saw the paragraph before, which may
		 * be in another batch. */
		w->after_caption = b->paras[i].after_caption;
		if (!b->paras[i].off_state && b->paras[i].mask == P->a->off &&
		    !b->paras[i].directives) {
			w->supp = NULL;		/* the rules of a->off */
			fl_work_para(&P->wa, w, &p, &b->counts, &b->out);
			continue;
		}
		/* The directives state as the reading thread found it. */
		fl_supp_init(&st, P->a->rs, P->a->off);
		st.off = b->paras[i].off_state;
		if (b->paras[i].mask != NULL) {
			memcpy(st.dirmask, b->paras[i].mask,
			    st.words * sizeof(uint64_t));
			st.mask = b->paras[i].mask;
		}
		w->supp = &st;
		fl_work_para(&P->wa, w, &p, &b->counts, &b->out);
		w->supp = NULL;
		fl_supp_release(&st);
	}
	fl_work_flush(&P->wa, w, &b->counts, &b->out);
}

static void *
worker(void *arg)
{
	struct pool *P = arg;
	struct fl_work w;
	size_t i;

	fl_work_init(&w, &P->wa);
	pthread_mutex_lock(&P->mu);
	for (;;) {
		struct batch *b = NULL;

		for (i = P->head; i != P->tail; i = (i + 1) % P->nb)
			if (P->b[i].state == 1) {
				b = &P->b[i];
				break;
			}
		if (b == NULL) {
			if (P->quit)
				break;
			pthread_cond_wait(&P->cv, &P->mu);
			continue;
		}
		b->state = 2;
		pthread_mutex_unlock(&P->mu);
		run_batch(P, &w, b);
		pthread_mutex_lock(&P->mu);
		b->state = 3;
		pthread_cond_broadcast(&P->cv);
	}
	pthread_mutex_unlock(&P->mu);
	fl_work_release(&w);
	return NULL;
}

/* Write out the oldest batch once it is done (waiting if wait), merging its
 * counts into d.  Returns 1 if one was written, 0 if none, -1 on a write
 * error. */
static int
write_oldest(struct pool *P, struct fl_doc *d, struct fl_buf *out, int wait)
{
	struct batch *b;
	int rc;

	pthread_mutex_lock(&P->mu);
	if (P->head == P->tail) {
		pthread_mutex_unlock(&P->mu);
		return 0;
	}
	b = &P->b[P->head];
	while (b->state != 3 && wait)
		pthread_cond_wait(&P->cv, &P->mu);
	if (b->state != 3) {
		pthread_mutex_unlock(&P->mu);
		return 0;
	}
	pthread_mutex_unlock(&P->mu);
	fl_buf_put(out, b->out.ptr, b->out.len);
	fl_doc_add(d, &b->counts);
	rc = P->a->fmt->hold ? 0 : P->a->flush(out, P->a->flush_arg);
	fl_buf_reset(&b->out);
	fl_buf_reset(&b->text);
	b->n = 0;
	pthread_mutex_lock(&P->mu);
	b->state = 0;
	P->head = (P->head + 1) % P->nb;
	pthread_mutex_unlock(&P->mu);
	return rc < 0 ? -1 : 1;
}

/* Queue the batch being filled. */
static void
submit(struct pool *P)
{
	pthread_mutex_lock(&P->mu);
	P->b[P->tail].state = 1;
	P->tail = (P->tail + 1) % P->nb;
	pthread_cond_broadcast(&P->cv);
	pthread_mutex_unlock(&P->mu);
}

/* The batch to fill next, after writing out the oldest if the ring is
 * full. */
static struct batch *
filling(struct pool *P, struct fl_doc *d, struct fl_buf *out, int *failed)
{
	if ((P->tail + 1) % P->nb == P->head && write_oldest(P, d, out, 1) < 0)
		*failed = 1;
	return &P->b[P->tail];
}

int
fl_annotate_parallel(const struct fl_annotator *a, int fd, struct fl_doc *d,
    int *read_errno)
{
	struct pool P;
	pthread_t *th;
	struct fl_reader r;
	struct fl_para p, q;
	struct fl_sentences s;
	struct fl_supp st;
	struct fl_work cw;	/* for its units only */
	const uint64_t *mask;
	int off_state, directives, after_caption = 0;
	struct fl_buf out;
	size_t i, nth = (size_t)a->jobs, index = d->index;
	int failed = 0;
	struct batch *b;

	/* Matchers on several threads must not JIT-compile on first use. */
	fl_rules_jit_all((struct fl_ruleset *)a->rs);
	memset(&P, 0, sizeof(P));
	P.a = a;
	P.wa = *a;
	P.wa.on_limit = a->on_limit != NULL ? locked_limit : NULL;
	P.wa.limit_arg = &P;
	P.doc = d;
	P.nb = 2 * nth + 1;
	P.b = fl_xmalloc(P.nb * sizeof(*P.b));
	for (i = 0; i < P.nb; i++) {
		memset(&P.b[i], 0, sizeof(P.b[i]));
		fl_buf_init(&P.b[i].text);
		fl_buf_init(&P.b[i].out);
		fl_doc_init(&P.b[i].counts, d->name, d->rs, d->opts);
	}
	pthread_mutex_init(&P.mu, NULL);
	pthread_mutex_init(&P.limit_mu, NULL);
	pthread_cond_init(&P.cv, NULL);
	th = fl_xmalloc(nth * sizeof(*th));
	for (i = 0; i < nth; i++)
		if (pthread_create(&th[i], NULL, worker, &P) != 0)
			break;
	nth = i;

	fl_buf_init(&out);
	fl_sentences_init(&s);
	fl_reader_init(&r, fd, a->para_limit);
	fl_supp_init(&st, a->rs, a->off);
	st.warn = a->on_warn;
	st.warn_arg = a->warn_arg;
	memset(&cw, 0, sizeof(cw));
	cw.supp = &st;
	if (a->fmt->begin != NULL)
		a->fmt->begin(&out, d);
	b = filling(&P, d, &out, &failed);
	while (!failed && fl_reader_next(&r, &p) == 1) {
		struct bpara *bp;

		if (b->n == 0) {
			for (i = 0; i < FL_LABEL_COUNT; i++)
				b->counts.counts[i] = 0;
			b->counts.nsentences = 0;
			if (b->counts.rule_counts != NULL)
				memset(b->counts.rule_counts, 0,
				    d->rs->nrules * sizeof(size_t));
			b->first_index = index;
		}
		off_state = st.off;
		mask = st.mask;
		directives = fl_has_directive(&p);
		if (!st.off && !directives) {
			fl_segment(&p, &s);
			index += s.n;
		} else {
			/* Directives: apply them here, in order, and count
			 * the sentences of what stays on. */
			fl_plain_units(&cw, &p);
			for (i = 0; i < cw.nunits; i++) {
				q = p;
				q.text = p.text + cw.units[i].a;
				q.len = cw.units[i].b - cw.units[i].a;
				fl_segment(&q, &s);
				index += s.n;
			}
		}
		if (b->n == b->cap) {
			b->cap = b->cap ? b->cap * 2 : 64;
			b->paras = fl_xrealloc(b->paras, b->cap *
			    sizeof(*b->paras));
		}
		bp = &b->paras[b->n++];
		bp->off = b->text.len;
		bp->len = p.len;
		bp->doc_offset = p.offset;
		bp->line = p.line;
		bp->col = p.col;
		bp->off_state = off_state;
		bp->mask = mask;
		bp->directives = directives;
		bp->after_caption = after_caption;
		after_caption = fl_caption_para(p.text, p.len);
		fl_buf_put(&b->text, p.text, p.len);
		if (b->text.len >= BATCH) {
			submit(&P);
			b = filling(&P, d, &out, &failed);
			/* Write what is done, without waiting. */
			while (!failed && write_oldest(&P, d, &out, 0) == 1)
				;
		}
	}
	if (b->n > 0)
		submit(&P);
	fl_supp_finish(&st);
	for (;;) {
		int rc = write_oldest(&P, d, &out, 1);

		if (rc < 0)
			failed = 1;
		if (rc <= 0 && P.head == P.tail)
			break;
		if (rc < 0)
			break;
	}
	d->index = index;
	if (!failed && a->fmt->end != NULL)
		a->fmt->end(&out, d);
	if (!failed && out.len && a->flush(&out, a->flush_arg) < 0)
		failed = 1;

	pthread_mutex_lock(&P.mu);
	P.quit = 1;
	/* After a write error, drop what is still queued. */
	for (i = P.head; i != P.tail; i = (i + 1) % P.nb)
		if (P.b[i].state == 1)
			P.b[i].state = 3;
	pthread_cond_broadcast(&P.cv);
	pthread_mutex_unlock(&P.mu);
	for (i = 0; i < nth; i++)
		pthread_join(th[i], NULL);
	free(th);
	for (i = 0; i < P.nb; i++) {
		fl_buf_release(&P.b[i].text);
		fl_buf_release(&P.b[i].out);
		fl_doc_release(&P.b[i].counts);
		free(P.b[i].paras);
	}
	free(P.b);
	pthread_mutex_destroy(&P.mu);
	pthread_mutex_destroy(&P.limit_mu);
	pthread_cond_destroy(&P.cv);
	fl_sentences_release(&s);
	fl_buf_release(&out);
	fl_reader_release(&r);
	/* After the workers: their paragraphs point at st's masks. */
	fl_supp_release(&st);
	free(cw.units);
	*read_errno = r.error;
	if (failed)
		return -2;
	return r.error ? -1 : 0;
}
