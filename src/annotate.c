/*
 * annotate.c: the pipeline for one input, read -> segment -> match ->
 * classify -> render, one paragraph at a time.  The working arrays are
 * reused from paragraph to paragraph, so memory does not grow with the
 * input; output is handed to the caller's flush after every paragraph.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <errno.h>
#include <poll.h>
#include <unistd.h>

#include "factlens.h"
#include "annotate.h"
#include "markup.h"

/* Text of paragraphs waiting to be matched together: about as much as
 * --jobs hands a thread (parallel.c), and enough sentences for each rule
 * to run on many in a row (match.c). */
#define BATCH (256 * 1024)

void
fl_work_init(struct fl_work *w, const struct fl_annotator *a)
{
	memset(w, 0, sizeof(*w));
	fl_sentences_init(&w->sents);
	fl_cues_init(&w->cues);
	fl_matcher_init(&w->m, a->rs);
	w->m.on_limit = a->on_limit;
	w->m.arg = a->limit_arg;
	fl_buf_init(&w->btext);
}

void
fl_work_release(struct fl_work *w)
{
	fl_sentences_release(&w->sents);
	fl_cues_release(&w->cues);
	fl_matcher_release(&w->m);
	free(w->items);
	free(w->units);
	fl_buf_release(&w->btext);
	free(w->bp);
	free(w->bmask);
	free(w->bs);
}

/* Room for n items in w->items. */
static void
items_room(struct fl_work *w, size_t n)
{
	if (n > w->cap) {
		w->cap = n;
		w->items = fl_xrealloc(w->items, w->cap * sizeof(*w->items));
	}
}

/*
 * Segment, match and classify u's part of p into w->items and w->cues;
 * returns the number of sentences.  Offsets are relative to p->text + u->a.
 * With pos, the part's line and column are worked out from p's.
 */
static size_t
run_unit(struct fl_work *w, const struct fl_para *p, const struct fl_unit *u,
    int pos, int after_caption)
{
	struct fl_para q = *p;
	size_t i;

	q.text = p->text + u->a;
	q.len = u->b - u->a;
	q.offset = p->offset + u->a;
	if (pos && u->a > 0)
		fl_para_pos(p, u->a, &q.line, &q.col);
	fl_segment(&q, &w->sents);
	items_room(w, w->sents.n);
	w->cues.n = 0;
	fl_matcher_reset(&w->m);
	w->m.para = &q;
	w->m.off = u->off;
	for (i = 0; i < w->sents.n; i++) {
		struct fl_item *it = &w->items[i];

		it->s = w->sents.v[i];
		it->cue0 = w->cues.n;
		it->ncues = fl_match_sentence(&w->m, q.text, &it->s, &w->cues);
		it->label = FL_LABEL_CLAIM;
		it->after_caption = i == 0 && after_caption;
	}
	fl_classify(q.text, w->items, w->sents.n, &w->cues);
	w->m.para = NULL;
	if (u->heading)
		for (i = 0; i < w->sents.n; i++) {
			w->items[i].label = FL_LABEL_OTHER;
			w->items[i].reason = FL_WHY_HEADING;
			w->items[i].why = -1;
		}
	return w->sents.n;
}

static struct fl_unit *
add_unit(struct fl_work *w, size_t a, size_t b, const uint64_t *off,
    int heading)
{
	struct fl_unit *u;

	if (w->nunits == w->ucap) {
		w->ucap = w->ucap ? 2 * w->ucap : 16;
		w->units = fl_xrealloc(w->units, w->ucap * sizeof(*u));
	}
	u = &w->units[w->nunits++];
	u->a = a;
	u->b = b;
	u->off = off;
	u->heading = heading;
	return u;
}

int
fl_has_directive(const struct fl_para *p)
{
	const char *t = p->text, *e = p->text + p->len, *c;

	/* "factlens:" anywhere, then the careful test line by line. */
	while ((c = memchr(t, ':', (size_t)(e - t))) != NULL) {
		if (c - p->text >= 8 && strncasecmp(c - 8, "factlens", 8) == 0)
			return 1;
		t = c + 1;
	}
	return 0;
}

void
fl_plain_units(struct fl_work *w, const struct fl_para *p)
{
	struct fl_supp *st = w->supp;
	size_t at = 0, from = 0, e, nargs;
	long line = p->line, col = p->col;
	const char *args;
	int kind;

	w->nunits = 0;
	while (at < p->len) {
		const char *nl = memchr(p->text + at, '\n', p->len - at);

		e = nl ? (size_t)(nl - p->text) + 1 : p->len;
		kind = fl_supp_line(p->text + at, e - at, &args, &nargs);
		if (kind >= 0) {
			if (!st->off && at > from)
				add_unit(w, from, at, st->mask, 0);
			/* The column of "factlens" on its line. */
			col = 1;
			while (p->text[at + (size_t)col - 1] == ' ' ||
			    p->text[at + (size_t)col - 1] == '\t')
				col++;
			fl_supp_apply(st, kind, args, nargs, line, col);
			from = e;
		}
		line++;
		at = e;
	}
	if (!st->off && p->len > from)
		add_unit(w, from, p->len, st->mask, 0);
}

/* Move the offsets of n items and their cues by delta. */
static void
shift(struct fl_work *w, size_t n, size_t delta)
{
	size_t i;

	for (i = 0; i < n; i++) {
		w->items[i].s.start += delta;
		w->items[i].s.end += delta;
	}
	for (i = 0; i < w->cues.n; i++) {
		w->cues.v[i].start += delta;
		w->cues.v[i].end += delta;
	}
}

/* Queue p, with the rules of off (or none) off, in w's batch. */
static void
queue_para(const struct fl_annotator *a, struct fl_work *w,
    const struct fl_para *p, const uint64_t *off, int after_caption)
{
	size_t words = (a->rs->nrules + 63) / 64;
	struct fl_wpara *bp;

	if (w->nbp == w->bpcap) {
		w->bpcap = w->bpcap ? 2 * w->bpcap : 64;
		w->bp = fl_xrealloc(w->bp, w->bpcap * sizeof(*w->bp));
	}
	bp = &w->bp[w->nbp++];
	bp->at = w->btext.len;
	bp->len = p->len;
	bp->offset = p->offset;
	bp->line = p->line;
	bp->col = p->col;
	bp->off = (size_t)-1;
	bp->s0 = bp->ns = 0;
	bp->after_caption = after_caption;
	fl_buf_put(&w->btext, p->text, p->len);
	if (off == NULL || words == 0)
		return;
	/* The masks can change before the batch runs: a copy. */
	if (w->nbmask + words > w->bmcap) {
		w->bmcap = 2 * (w->nbmask + words);
		w->bmask = fl_xrealloc(w->bmask, w->bmcap * sizeof(*w->bmask));
	}
	bp->off = w->nbmask;
	memcpy(w->bmask + w->nbmask, off, words * sizeof(*off));
	w->nbmask += words;
}

/* Waiting paragraph k of w as a paragraph. */
static struct fl_para
waiting(const struct fl_work *w, size_t k)
{
	struct fl_para p;

	p.text = w->btext.ptr + w->bp[k].at;
	p.len = w->bp[k].len;
	p.offset = w->bp[k].offset;
	p.line = w->bp[k].line;
	p.col = w->bp[k].col;
	return p;
}

void
fl_work_flush(const struct fl_annotator *a, struct fl_work *w,
    struct fl_doc *d, struct fl_buf *out)
{
	struct fl_para p;
	size_t k, i, n;

	if (w->nbp == 0)
		return;
	/* Segment every paragraph and queue its sentences... */
	w->nbs = 0;
	for (k = 0; k < w->nbp; k++) {
		const uint64_t *off = w->bp[k].off == (size_t)-1 ? NULL :
		    w->bmask + w->bp[k].off;

		p = waiting(w, k);
		fl_segment(&p, &w->sents);
		if (w->nbs + w->sents.n > w->bscap) {
			w->bscap = 2 * (w->nbs + w->sents.n);
			w->bs = fl_xrealloc(w->bs, w->bscap * sizeof(*w->bs));
		}
		w->bp[k].s0 = w->nbs;
		w->bp[k].ns = w->sents.n;
		for (i = 0; i < w->sents.n; i++) {
			w->bs[w->nbs] = w->sents.v[i];
			/* Queued in order: queue number nbs. */
			(void)fl_match_queue(&w->m, p.text, &w->bs[w->nbs],
			    off);
			w->nbs++;
		}
	}
	/* ... match them all, rule by rule ... */
	fl_match_run(&w->m);
	/* ... and classify and render them paragraph by paragraph, as
	 * run_unit does one. */
	for (k = 0; k < w->nbp; k++) {
		p = waiting(w, k);
		n = w->bp[k].ns;
		items_room(w, n);
		w->cues.n = 0;
		fl_matcher_reset(&w->m);
		w->m.para = &p;
		for (i = 0; i < n; i++) {
			struct fl_item *it = &w->items[i];

			it->s = w->bs[w->bp[k].s0 + i];
			it->cue0 = w->cues.n;
			it->ncues = fl_match_take(&w->m, w->bp[k].s0 + i,
			    &w->cues);
			it->label = FL_LABEL_CLAIM;
			it->after_caption = i == 0 && w->bp[k].after_caption;
		}
		fl_classify(p.text, w->items, n, &w->cues);
		w->m.para = NULL;
		fl_render_para(a->fmt, out, d, &a->opts, &p, w->items, n,
		    &w->cues);
	}
	fl_match_clear(&w->m);
	w->nbp = 0;
	w->nbmask = 0;
	fl_buf_reset(&w->btext);
}

void
fl_work_para(const struct fl_annotator *a, struct fl_work *w,
    const struct fl_para *p, struct fl_doc *d, struct fl_buf *out)
{
	struct fl_para rp;
	size_t k, n, r0, r1;
	/* Was the paragraph before this one a lone figure label? */
	int after_caption = w->after_caption;

	w->after_caption = fl_caption_para(p->text, p->len);
	if (w->supp == NULL || (!w->supp->off && !fl_has_directive(p))) {
		queue_para(a, w, p, w->supp != NULL ? w->supp->mask : a->off,
		    after_caption);
		if (w->btext.len >= BATCH)
			fl_work_flush(a, w, d, out);
		return;
	}
	/* Directives: what waits goes first. */
	fl_work_flush(a, w, d, out);
	fl_plain_units(w, p);
	if (w->nunits == 0) {
		/* All of it off: printed as it is, by the lossless formats. */
		w->cues.n = 0;
		fl_render_para(a->fmt, out, d, &a->opts, p, w->items, 0,
		    &w->cues);
		return;
	}
	/* Each unit prints from its start (the first from the paragraph's)
	 * to the next one's: directive lines go out as gaps. */
	for (k = 0; k < w->nunits; k++) {
		r0 = k == 0 ? 0 : w->units[k].a;
		r1 = k + 1 < w->nunits ? w->units[k + 1].a : p->len;
		n = run_unit(w, p, &w->units[k], 1, k == 0 && after_caption);
		shift(w, n, w->units[k].a - r0);
		rp = *p;
		rp.text = p->text + r0;
		rp.len = r1 - r0;
		rp.offset = p->offset + r0;
		fl_para_pos(p, r0, &rp.line, &rp.col);
		fl_render_para(a->fmt, out, d, &a->opts, &rp, w->items, n,
		    &w->cues);
	}
}

#define FLUSH_AT (64 * 1024)

struct flusher {
	const struct fl_annotator *a;
	struct fl_buf *out;
	int fd;
	int failed;
	struct fl_work *w;	/* its waiting paragraphs go out first */
	struct fl_doc *d;
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
	fl_work_flush(f->a, f->w, f->d, f->out);
	flush_now(f);
}

/* Line and column at a document offset, moving forward only. */
struct lc {
	const char *t;
	size_t at;
	long line, col;
};

static void
lc_to(struct lc *c, size_t off)
{
	for (; c->at < off; c->at++) {
		if (c->t[c->at] == '\n') {
			c->line++;
			c->col = 1;
		} else
			c->col++;
	}
}

static void
supp_setup(struct fl_supp *st, const struct fl_annotator *a)
{
	fl_supp_init(st, a->rs, a->off);
	st->warn = a->on_warn;
	st->warn_arg = a->warn_arg;
}

/* Units of the markup's prose: its blocks, cut where directives are. */
static void
markup_units(struct fl_work *w, const struct fl_markup *m)
{
	struct fl_supp *st = w->supp;
	struct lc c = { m->doc, 0, 1, 1 };
	size_t i, di = 0, pos, end;

	w->nunits = 0;
	for (i = 0; i <= m->nblocks; i++) {
		const struct fl_block *b = i < m->nblocks ? &m->blocks[i] :
		    NULL;

		pos = b != NULL ? b->prose0 : (size_t)-1;
		for (;;) {
			while (di < m->ndirs && m->dirs[di].prose <= pos) {
				const struct fl_directive *dr = &m->dirs[di++];

				lc_to(&c, dr->offset);
				fl_supp_apply(st, dr->kind, dr->args,
				    strlen(dr->args), c.line, c.col);
			}
			if (b == NULL)
				break;
			end = b->prose1;
			if (di < m->ndirs && m->dirs[di].prose < end)
				end = m->dirs[di].prose;
			if (!st->off && end > pos)
				add_unit(w, pos, end, st->mask, b->heading);
			if (end == b->prose1)
				break;
			pos = end;
		}
	}
}

/* Start of the character holding t[x]: mapped offsets never split one
 * (a marker inside a character would break the text format's escapes). */
static size_t
char_start(const char *t, size_t len, size_t x)
{
	int k;

	for (k = 0; k < 3 && x > 0 && x < len &&
	    ((unsigned char)t[x] & 0xc0) == 0x80; k++)
		x--;
	return x;
}

static size_t
char_end(const char *t, size_t len, size_t x)
{
	int k;

	for (k = 0; k < 3 && x > 0 && x < len &&
	    ((unsigned char)t[x] & 0xc0) == 0x80; k++)
		x++;
	return x;
}

/* Where a unit of the markup starts printing. */
static size_t
unit_start(const struct fl_markup *m, const struct fl_unit *u)
{
	return char_start(m->doc, m->len, fl_markup_ostart(m, u->a));
}

static size_t
clamp(size_t x, size_t lo, size_t hi)
{
	return x < lo ? lo : x > hi ? hi : x;
}

/*
 * Map the unit's sentences and cues from the prose into the document,
 * relative to r0, whole characters, in order and inside [r0, r1): the
 * builder's map guarantees as much, and this makes sure of it whatever
 * the parser did.  A cue left empty is dropped, and so is a sentence
 * (prose the builder could not place).  Returns the sentences kept.
 */
static size_t
map_unit(const struct fl_markup *m, const struct fl_unit *u, size_t r0,
    size_t r1, struct fl_item *items, size_t n, struct fl_cues *cues)
{
	const char *t = m->doc;
	size_t i, j, prev = r0, lo, hi, kept = 0;

	for (i = 0; i < n; i++) {
		struct fl_sentence *s = &items[i].s;

		lo = char_start(t, m->len, fl_markup_ostart(m, u->a + s->start));
		hi = char_end(t, m->len, fl_markup_oend(m, u->a + s->end));
		lo = clamp(lo, prev, r1);
		hi = clamp(hi, lo, r1);
		for (j = items[i].cue0; j < items[i].cue0 + items[i].ncues;
		    j++) {
			struct fl_cue *q = &cues->v[j];
			size_t a = char_start(t, m->len,
			    fl_markup_ostart(m, u->a + q->start));
			size_t b = char_end(t, m->len,
			    fl_markup_oend(m, u->a + q->end));

			a = clamp(a, lo, hi);
			b = clamp(b, a, hi);
			q->start = a - r0;
			q->end = b - r0;
			if (b == a)
				q->dropped = 1;
		}
		s->start = lo - r0;
		s->end = hi - r0;
		prev = hi;
		if (hi > lo)
			items[kept++] = items[i];
	}
	return kept;
}

/* Read all of fd into b.  Returns 0, or errno. */
static int
slurp(int fd, struct fl_buf *b)
{
	ssize_t got;

	for (;;) {
		fl_buf_grow(b, 64 * 1024);
		do
			got = read(fd, b->ptr + b->len, 64 * 1024);
		while (got < 0 && errno == EINTR);
		if (got < 0)
			return errno;
		if (got == 0)
			return 0;
		b->len += (size_t)got;
		b->ptr[b->len] = '\0';
	}
}

/*
 * Markdown and HTML: the whole document is parsed, its prose annotated
 * unit by unit, and every offset mapped back into the document, which is
 * what the formats print from: each unit prints from where its prose
 * starts to where the next one's does, so the markup between goes out as
 * gaps, as it was.
 */
static void
annotate_markup(const struct fl_annotator *a, const char *text, size_t len,
    struct fl_doc *d, struct fl_buf *out)
{
	struct fl_markup m;
	struct fl_error err;
	struct fl_supp st;
	struct fl_work w;
	struct fl_para prose, rp;
	struct lc c;
	size_t k, i, n, r0, r1;
	int rc;

	fl_markup_init(&m, text, len);
	memset(&err, 0, sizeof(err));
	rc = a->input == FL_INPUT_HTML ? fl_html_extract(&m, &err) :
	    fl_markdown_extract(&m, &err);
	if (rc < 0) {
		/* Only out of memory: the parsers take any bytes. */
		fl_markup_release(&m);
		fl_nomem();
	}
	fl_work_init(&w, a);
	supp_setup(&st, a);
	w.supp = &st;
	markup_units(&w, &m);
	fl_supp_finish(&st);
	prose.text = m.prose.ptr;
	prose.len = m.prose.len;
	prose.offset = 0;
	prose.line = prose.col = 1;
	c.t = text;
	c.at = 0;
	c.line = c.col = 1;
	if (a->fmt->begin != NULL)
		a->fmt->begin(out, d);
	if (w.nunits == 0) {
		rp.text = text;
		rp.len = len;
		rp.offset = 0;
		rp.line = rp.col = 1;
		fl_render_para(a->fmt, out, d, &a->opts, &rp, w.items, 0,
		    &w.cues);
	}
	for (k = 0; k < w.nunits; k++) {
		const struct fl_unit *u = &w.units[k];

		r0 = k == 0 ? 0 : unit_start(&m, u);
		r1 = k + 1 < w.nunits ? unit_start(&m, &w.units[k + 1]) : len;
		if (r1 < r0)
			r1 = r0;
		n = run_unit(&w, &prose, u, 0, 0);
		n = map_unit(&m, u, r0, r1, w.items, n, &w.cues);
		lc_to(&c, r0);
		rp.text = text + r0;
		rp.len = r1 - r0;
		rp.offset = r0;
		rp.line = c.line;
		rp.col = c.col;
		for (i = 0; i < n; i++) {
			struct fl_sentence *s = &w.items[i].s;

			lc_to(&c, r0 + s->start);
			s->line = c.line;
			s->col = c.col;
		}
		fl_render_para(a->fmt, out, d, &a->opts, &rp, w.items, n,
		    &w.cues);
	}
	if (a->fmt->end != NULL)
		a->fmt->end(out, d);
	fl_supp_release(&st);
	fl_work_release(&w);
	fl_markup_release(&m);
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
	struct fl_supp st;
	int rc = 0;

	if (a->input == FL_INPUT_MARKDOWN || a->input == FL_INPUT_HTML) {
		struct fl_buf doc;

		fl_buf_init(&doc);
		fl_buf_init(&out);
		*read_errno = slurp(fd, &doc);
		annotate_markup(a, doc.ptr, doc.len, d, &out);
		fl_buf_release(&doc);
		rc = *read_errno ? -1 : 0;
		memset(&f, 0, sizeof(f));
		f.a = a;
		f.out = &out;
		f.failed = 0;
		flush_now(&f);
		fl_buf_release(&out);
		return f.failed ? -2 : rc;
	}
	if (a->input == FL_INPUT_JSONL)
		return fl_annotate_records(a, fd, d, read_errno);
	if (a->jobs > 1)
		return fl_annotate_parallel(a, fd, d, read_errno);
	fl_reader_init(&r, fd, a->para_limit);
	fl_buf_init(&out);
	f.a = a;
	f.out = &out;
	f.fd = fd;
	f.failed = 0;
	f.w = &w;
	f.d = d;
	if (!a->fmt->hold) {
		/* A format that holds its output (html) flushes at the end
		 * only. */
		r.before_read = before_read;
		r.before_read_arg = &f;
	}
	fl_work_init(&w, a);
	supp_setup(&st, a);
	w.supp = &st;
	if (a->fmt->begin != NULL)
		a->fmt->begin(&out, d);
	while (!f.failed && fl_reader_next(&r, &p) == 1) {
		fl_work_para(a, &w, &p, d, &out);
		if (out.len >= FLUSH_AT && !a->fmt->hold)
			flush_now(&f);
	}
	if (!f.failed)
		fl_work_flush(a, &w, d, &out);
	fl_supp_finish(&st);
	fl_supp_release(&st);
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
fl_annotate_text(const struct fl_annotator *a, struct fl_work *w,
    const char *text, size_t len, struct fl_doc *d, struct fl_buf *out)
{
	struct fl_para p;
	struct fl_supp st;
	size_t at = 0;

	/* Paragraphs as the reader would hand them on, without a copy. */
	w->after_caption = 0;
	supp_setup(&st, a);
	w->supp = &st;
	if (a->fmt->begin != NULL)
		a->fmt->begin(out, d);
	p.line = 1;
	p.col = 1;
	while (at < len) {
		size_t e = at + fl_para_len(text + at, len - at), k;

		p.text = text + at;
		p.len = e - at;
		p.offset = at;
		fl_work_para(a, w, &p, d, out);
		for (k = at; k < e; k++) {
			if (text[k] == '\n') {
				p.line++;
				p.col = 1;
			} else
				p.col++;
		}
		at = e;
	}
	fl_work_flush(a, w, d, out);
	fl_supp_finish(&st);
	fl_supp_release(&st);
	w->supp = NULL;
	if (a->fmt->end != NULL)
		a->fmt->end(out, d);
}

void
fl_annotate_mem(const struct fl_annotator *a, const char *text, size_t len,
    struct fl_doc *d, struct fl_buf *out)
{
	struct fl_work w;

	if (a->input == FL_INPUT_MARKDOWN || a->input == FL_INPUT_HTML) {
		annotate_markup(a, text, len, d, out);
		return;
	}
	fl_work_init(&w, a);
	fl_annotate_text(a, &w, text, len, d, out);
	fl_work_release(&w);
}
