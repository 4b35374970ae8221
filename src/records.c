/*
 * records.c: the pipeline for JSON Lines input (--input=jsonl).  Every
 * line is a record, annotated as a document of its own and rendered on
 * its own (its sentences, offsets and counts start afresh); the file's
 * document only adds up their counts.
 *
 * Lines are gathered into batches of about 256 KiB.  With one job the
 * batch is a single line, run at once; with --jobs N the reading thread
 * only splits lines and N workers decode, annotate and render whole
 * batches, which are written in input order (pool.c), so the output is
 * byte for byte that of one thread.  What a record reports (a bad line, a
 * regex limit, a directive warning) is kept with its batch and reported
 * when the batch is written, so standard error keeps the order too.
 */
#include <poll.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "factlens.h"
#include "annotate.h"
#include "pool.h"

#define BATCH (256 * 1024)
#define FLUSH_AT (64 * 1024)

struct rline {
	size_t off, len;	/* in the batch's text */
	long line;
	int too_long;
};

/* What a record reported, to pass on when its batch is written. */
enum { EV_BAD, EV_LIMIT, EV_WARN };

struct event {
	int kind;
	long line;
	const struct fl_rule *rule;	/* EV_LIMIT */
	int rc;				/* EV_LIMIT: PCRE2's error */
	size_t msg;			/* in the batch's msgs */
};

struct batch {
	struct fl_buf text;
	struct rline *lines;
	size_t n, cap;
	struct fl_buf out;
	struct fl_doc counts;	/* of the batch's records */
	struct event *ev;
	size_t nev, evcap;
	struct fl_buf msgs;	/* the events' messages, NUL-terminated */
};

/* One thread's state. */
struct worker {
	struct fl_annotator wa;	/* the annotator, reporting into the batch */
	struct fl_work w;
	struct fl_jsonl j;
	struct fl_doc rd;	/* the record being annotated */
	struct batch *b;	/* the batch being run */
	long line;		/* the line being run */
};

/* The whole run. */
struct run {
	const struct fl_annotator *a;
	struct fl_jsonl_opts opts;	/* a->jsonl or the defaults */
	struct fl_doc *d;
	struct fl_buf out;
	struct fl_lines r;
	struct fl_pool P;	/* --jobs */
	struct batch *b;	/* the batch being filled */
	int failed;		/* a write failed */
};

static void
event(struct worker *k, int kind, const struct fl_rule *rule, int rc,
    const char *msg)
{
	struct batch *b = k->b;
	struct event *e;

	if (b->nev == b->evcap) {
		b->evcap = b->evcap ? 2 * b->evcap : 16;
		b->ev = fl_xrealloc(b->ev, b->evcap * sizeof(*b->ev));
	}
	e = &b->ev[b->nev++];
	e->kind = kind;
	e->line = k->line;
	e->rule = rule;
	e->rc = rc;
	e->msg = b->msgs.len;
	if (msg != NULL)
		fl_buf_put(&b->msgs, msg, strlen(msg) + 1);
}

static void
ev_limit(void *arg, const struct fl_rule *rule, size_t offset, long line,
    long col, int rc)
{
	(void)offset;
	(void)line;
	(void)col;
	event(arg, EV_LIMIT, rule, rc, NULL);
}

static void
ev_warn(void *arg, long line, long col, const char *msg)
{
	(void)line;
	(void)col;
	event(arg, EV_WARN, NULL, 0, msg);
}

static void *
worker_new(void *arg)
{
	struct run *R = arg;
	struct worker *k = fl_xmalloc(sizeof(*k));

	memset(k, 0, sizeof(*k));
	k->wa = *R->a;
	k->wa.on_limit = ev_limit;
	k->wa.limit_arg = k;
	k->wa.on_warn = ev_warn;
	k->wa.warn_arg = k;
	fl_work_init(&k->w, &k->wa);
	fl_jsonl_init(&k->j, &R->opts);
	fl_doc_init(&k->rd, R->d->name, R->d->rs, R->d->opts);
	return k;
}

static void
worker_free(void *ws)
{
	struct worker *k = ws;

	fl_doc_release(&k->rd);
	fl_jsonl_release(&k->j);
	fl_work_release(&k->w);
	free(k);
}

/* Set a document's counts back to zero. */
static void
doc_clear(struct fl_doc *d)
{
	memset(d->counts, 0, sizeof(d->counts));
	d->nsentences = 0;
	d->index = 0;
	d->mark = 0;
	if (d->rule_counts != NULL)
		memset(d->rule_counts, 0, d->rs->nrules * sizeof(size_t));
}

/* Decode, annotate and render every line of b into b->out. */
static void
run_batch(void *ws, void *item)
{
	struct worker *k = ws;
	struct batch *b = item;
	const struct fl_format *f = k->wa.fmt;
	struct fl_record rec;
	struct fl_jline l;
	const char *text;
	size_t i, len;

	k->b = b;
	for (i = 0; i < b->n; i++) {
		l.text = b->text.ptr + b->lines[i].off;
		l.len = b->lines[i].len;
		l.line = k->line = b->lines[i].line;
		l.too_long = b->lines[i].too_long;
		doc_clear(&k->rd);
		k->rd.record = &rec;
		if (fl_jsonl_decode(&k->j, &l, &rec, &text, &len) < 0) {
			event(k, EV_BAD, NULL, 0, rec.error);
			/* Only the records format gives it a line. */
			if (f == &fl_fmt_records)
				f->begin(&b->out, &k->rd);
			continue;
		}
		fl_annotate_text(&k->wa, &k->w, text, len, &k->rd, &b->out);
		fl_doc_add(&b->counts, &k->rd);
	}
	k->rd.record = NULL;
	k->b = NULL;
}

static void
batch_clear(struct batch *b)
{
	fl_buf_reset(&b->text);
	fl_buf_reset(&b->out);
	fl_buf_reset(&b->msgs);
	b->n = 0;
	b->nev = 0;
	doc_clear(&b->counts);
}

static void
batch_add(struct batch *b, const struct fl_jline *l)
{
	struct rline *rl;

	if (b->n == b->cap) {
		b->cap = b->cap ? 2 * b->cap : 64;
		b->lines = fl_xrealloc(b->lines, b->cap * sizeof(*b->lines));
	}
	rl = &b->lines[b->n++];
	rl->off = b->text.len;
	rl->len = l->len;
	rl->line = l->line;
	rl->too_long = l->too_long;
	fl_buf_put(&b->text, l->text, l->len);
}

static int
flush(struct run *R)
{
	if (!R->failed && R->out.len > 0 &&
	    R->a->flush(&R->out, R->a->flush_arg) < 0)
		R->failed = 1;
	fl_buf_reset(&R->out);
	return R->failed ? -1 : 0;
}

/* Pass on what the batch's records reported, add up their counts and
 * write their output; then the batch is free again. */
static int
write_batch(void *arg, void *item)
{
	struct run *R = arg;
	const struct fl_annotator *a = R->a;
	struct batch *b = item;
	size_t i;

	for (i = 0; i < b->nev; i++) {
		const struct event *e = &b->ev[i];
		const char *msg = b->msgs.ptr + e->msg;

		if (e->kind == EV_BAD && a->on_bad != NULL)
			a->on_bad(a->bad_arg, e->line, msg);
		else if (e->kind == EV_LIMIT && a->on_limit != NULL)
			a->on_limit(a->limit_arg, e->rule, 0, e->line, 0,
			    e->rc);
		else if (e->kind == EV_WARN && a->on_warn != NULL)
			a->on_warn(a->warn_arg, e->line, 0, msg);
	}
	fl_doc_add(R->d, &b->counts);
	fl_buf_put(&R->out, b->out.ptr, b->out.len);
	batch_clear(b);
	if (R->out.len >= FLUSH_AT)
		return flush(R);
	return R->failed ? -1 : 0;
}

/* Would a read of fd block now? */
static int
would_block(int fd)
{
	struct pollfd pfd;

	pfd.fd = fd;
	pfd.events = POLLIN;
	return poll(&pfd, 1, 0) != 1;
}

/* Before a read that would block, what is read so far goes out
 * ('tail -f log.jsonl | factlens --input=jsonl' shows every record at
 * once). */
static void
before_read_one(void *arg)
{
	struct run *R = arg;

	if (would_block(R->r.fd))
		flush(R);
}

static void
before_read_many(void *arg)
{
	struct run *R = arg;

	if (!would_block(R->r.fd))
		return;
	if (R->b->n > 0) {
		fl_pool_submit(&R->P);
		R->b = fl_pool_fill(&R->P);
	}
	if (fl_pool_write(&R->P, 1) < 0 || flush(R) < 0)
		R->failed = 1;
}

static struct batch *
batches_new(size_t n, const struct fl_doc *d)
{
	struct batch *v = fl_xmalloc(n * sizeof(*v));
	size_t i;

	memset(v, 0, n * sizeof(*v));
	for (i = 0; i < n; i++) {
		fl_buf_init(&v[i].text);
		fl_buf_init(&v[i].out);
		fl_buf_init(&v[i].msgs);
		fl_doc_init(&v[i].counts, d->name, d->rs, d->opts);
	}
	return v;
}

static void
batches_free(struct batch *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		fl_buf_release(&v[i].text);
		fl_buf_release(&v[i].out);
		fl_buf_release(&v[i].msgs);
		fl_doc_release(&v[i].counts);
		free(v[i].lines);
		free(v[i].ev);
	}
	free(v);
}

/* One job: each line is run as it is read. */
static void
run_one(struct run *R)
{
	struct batch *b = batches_new(1, R->d);
	struct worker *k = worker_new(R);
	struct fl_jline l;

	R->r.before_read = before_read_one;
	R->r.before_read_arg = R;
	while (!R->failed && fl_lines_next(&R->r, &l) == 1) {
		batch_add(b, &l);
		run_batch(k, b);
		write_batch(R, b);
	}
	flush(R);
	worker_free(k);
	batches_free(b, 1);
}

/* N jobs: the lines go out in batches to the workers. */
static void
run_many(struct run *R)
{
	size_t nb = 2 * (size_t)R->a->jobs + 1, i;
	struct batch *v = batches_new(nb, R->d);
	void **items = fl_xmalloc(nb * sizeof(*items));
	struct fl_jline l;

	for (i = 0; i < nb; i++)
		items[i] = &v[i];
	R->P.items = items;
	R->P.n = nb;
	R->P.worker_new = worker_new;
	R->P.worker_free = worker_free;
	R->P.run = run_batch;
	R->P.write = write_batch;
	R->P.arg = R;
	fl_pool_start(&R->P, (size_t)R->a->jobs);
	R->r.before_read = before_read_many;
	R->r.before_read_arg = R;
	R->b = fl_pool_fill(&R->P);
	while (!R->failed && fl_lines_next(&R->r, &l) == 1) {
		batch_add(R->b, &l);
		if (R->b->text.len >= BATCH) {
			fl_pool_submit(&R->P);
			R->b = fl_pool_fill(&R->P);
			if (fl_pool_write(&R->P, 0) < 0)
				R->failed = 1;
		}
	}
	if (R->b->n > 0)
		fl_pool_submit(&R->P);
	fl_pool_stop(&R->P);
	if (R->P.failed)
		R->failed = 1;
	flush(R);
	batches_free(v, nb);
	free(items);
}

int
fl_annotate_records(const struct fl_annotator *a, int fd, struct fl_doc *d,
    int *read_errno)
{
	struct run R;

	memset(&R, 0, sizeof(R));
	R.a = a;
	R.d = d;
	if (a->jsonl != NULL)
		R.opts = *a->jsonl;
	else
		fl_jsonl_opts_init(&R.opts);
	fl_buf_init(&R.out);
	fl_lines_init(&R.r, fd, R.opts.max_record, R.opts.line_offset);
	if (a->jobs > 1) {
		/* Matchers on several threads must not JIT-compile on first
		 * use, nor jansson seed its hash function. */
		fl_rules_jit_all((struct fl_ruleset *)a->rs);
		json_object_seed(0);
		run_many(&R);
	} else
		run_one(&R);
	*read_errno = R.r.error;
	fl_lines_release(&R.r);
	fl_buf_release(&R.out);
	if (R.failed)
		return -2;
	return R.r.error ? -1 : 0;
}
