/*
 * annotate.c: the pipeline for one input, read -> segment -> match ->
 * classify -> render, one paragraph at a time.  The working arrays are
 * reused from paragraph to paragraph, so memory does not grow with the
 * input; output is handed to the caller's flush after every paragraph.
 */
#include <stdlib.h>
#include <string.h>

#include <poll.h>

#include "factlens.h"
#include "annotate.h"

void
fl_work_init(struct fl_work *w, const struct fl_annotator *a)
{
	fl_sentences_init(&w->sents);
	fl_cues_init(&w->cues);
	w->items = NULL;
	w->cap = 0;
	fl_matcher_init(&w->m, a->rs);
	w->m.on_limit = a->on_limit;
	w->m.arg = a->limit_arg;
}

void
fl_work_release(struct fl_work *w)
{
	fl_sentences_release(&w->sents);
	fl_cues_release(&w->cues);
	fl_matcher_release(&w->m);
	free(w->items);
}

void
fl_work_para(const struct fl_annotator *a, struct fl_work *w,
    const struct fl_para *p, struct fl_doc *d, struct fl_buf *out)
{
	size_t i;

	fl_segment(p, &w->sents);
	if (w->sents.n > w->cap) {
		w->cap = w->sents.n;
		w->items = fl_xrealloc(w->items, w->cap * sizeof(*w->items));
	}
	w->cues.n = 0;
	fl_matcher_reset(&w->m);
	w->m.para = p;
	for (i = 0; i < w->sents.n; i++) {
		struct fl_item *it = &w->items[i];

		it->s = w->sents.v[i];
		it->cue0 = w->cues.n;
		it->ncues = fl_match_sentence(&w->m, p->text, &it->s, &w->cues);
		it->label = FL_LABEL_CLAIM;
	}
	fl_classify(p->text, w->items, w->sents.n, &w->cues);
	fl_render_para(a->fmt, out, d, &a->opts, p, w->items, w->sents.n,
	    &w->cues);
}

#define FLUSH_AT (64 * 1024)

struct flusher {
	const struct fl_annotator *a;
	struct fl_buf *out;
	int fd;
	int failed;
};

static void
flush_now(struct flusher *f)
{
	if (!f->failed && f->out->len > 0 &&
	    f->a->flush(f->out, f->a->flush_arg) < 0)
		f->failed = 1;
}

/* Before a read: flush only if it may block (a pipe with nothing in it
 * yet), so that 'tail -f log | factlens' shows each paragraph at once
 * while a file is written in large blocks. */
static void
before_read(void *arg)
{
	struct flusher *f = arg;
	struct pollfd pfd;

	pfd.fd = f->fd;
	pfd.events = POLLIN;
	if (poll(&pfd, 1, 0) == 1)
		return;
	flush_now(f);
}

int
fl_annotate_fd(const struct fl_annotator *a, int fd, struct fl_doc *d,
    int *read_errno)
{
	struct fl_reader r;
	struct fl_para p;
	struct fl_buf out;
	struct fl_work w;
	struct flusher f;
	int rc = 0;

	fl_reader_init(&r, fd, a->para_limit);
	fl_buf_init(&out);
	if (a->jobs > 1)
		return fl_annotate_parallel(a, fd, d, read_errno);
	f.a = a;
	f.out = &out;
	f.fd = fd;
	f.failed = 0;
	if (!a->fmt->hold) {
		/* A format that holds its output (html) flushes at the end
		 * only. */
		r.before_read = before_read;
		r.before_read_arg = &f;
	}
	fl_work_init(&w, a);
	if (a->fmt->begin != NULL)
		a->fmt->begin(&out, d);
	while (!f.failed && fl_reader_next(&r, &p) == 1) {
		fl_work_para(a, &w, &p, d, &out);
		if (out.len >= FLUSH_AT && !a->fmt->hold)
			flush_now(&f);
	}
	if (!f.failed && a->fmt->end != NULL)
		a->fmt->end(&out, d);
	flush_now(&f);
	rc = f.failed;
	*read_errno = r.error;
	fl_work_release(&w);
	fl_buf_release(&out);
	fl_reader_release(&r);
	if (rc)
		return -2;
	return r.error ? -1 : 0;
}

void
fl_annotate_mem(const struct fl_annotator *a, const char *text, size_t len,
    struct fl_doc *d, struct fl_buf *out)
{
	struct fl_para p;
	struct fl_work w;
	size_t at = 0;

	/* Paragraphs as the reader would hand them on, without a copy. */
	fl_work_init(&w, a);
	if (a->fmt->begin != NULL)
		a->fmt->begin(out, d);
	p.line = 1;
	p.col = 1;
	while (at < len) {
		size_t e = at + fl_para_len(text + at, len - at), k;

		p.text = text + at;
		p.len = e - at;
		p.offset = at;
		fl_work_para(a, &w, &p, d, out);
		for (k = at; k < e; k++) {
			if (text[k] == '\n') {
				p.line++;
				p.col = 1;
			} else
				p.col++;
		}
		at = e;
	}
	if (a->fmt->end != NULL)
		a->fmt->end(out, d);
	fl_work_release(&w);
}
