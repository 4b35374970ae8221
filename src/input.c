/*
 * input.c: read a file descriptor in chunks and hand on one paragraph at a
 * time (the text up to and including the blank lines after it), so memory
 * stays bounded however long the input is.  A paragraph longer than the
 * limit is cut at its last sentence end inside the limit, else at white
 * space, else at a character boundary: nothing is ever dropped.  Bytes go
 * on unchanged; invalid UTF-8 and NUL bytes are carried through.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "factlens.h"
#include "utf8.h"

#define CHUNK (64 * 1024)

void
fl_reader_init(struct fl_reader *r, int fd, size_t limit)
{
	fl_buf_init(&r->buf);
	r->fd = fd;
	r->base = 0;
	r->line = 1;
	r->col = 1;
	r->limit = limit < 4096 ? 4096 : limit;
	r->chunk = CHUNK;
	r->scanned = 0;
	r->pos = 0;
	r->eof = 0;
	r->error = 0;
	r->given = 0;
	r->before_read = NULL;
	r->before_read_arg = NULL;
}

void
fl_reader_release(struct fl_reader *r)
{
	fl_buf_release(&r->buf);
}

/* Is t[i, n) a blank line (only spaces, tabs, CR) ending in '\n'?  Return
 * the offset after its newline, or 0. */
static size_t
blank_line(const char *t, size_t i, size_t n)
{
	while (i < n && (t[i] == ' ' || t[i] == '\t' || t[i] == '\r'))
		i++;
	return i < n && t[i] == '\n' ? i + 1 : 0;
}

static int
only_space(const char *t, size_t i, size_t n)
{
	while (i < n && (t[i] == ' ' || t[i] == '\t' || t[i] == '\r'))
		i++;
	return i == n;
}

/*
 * End of the paragraph in t[0, n) (after the blank lines that follow it),
 * searching from *from; 0 if it is not complete yet, with *from set to
 * where the next search should resume.  Unless eof, a newline followed by
 * nothing but spaces so far is not known to end the paragraph yet.
 */
static size_t
para_end(const char *t, size_t n, size_t *from, int eof)
{
	size_t i = *from, e, k, at;
	const char *nl;

	while (i < n && (nl = memchr(t + i, '\n', n - i)) != NULL) {
		at = (size_t)(nl - t);
		if ((e = blank_line(t, at + 1, n)) == 0) {
			if (!eof && only_space(t, at + 1, n)) {
				*from = at;
				return 0;
			}
			i = at + 1;
			continue;
		}
		/* Take the blank lines that follow too; any that arrive
		 * later start the next paragraph, which is the same text. */
		while ((k = blank_line(t, e, n)) != 0)
			e = k;
		return e;
	}
	*from = n;
	return 0;
}

size_t
fl_para_len(const char *t, size_t n)
{
	size_t from = 0, e = para_end(t, n, &from, 1);

	return e ? e : n;
}

/* Where to cut a paragraph that has grown past the limit. */
static size_t
cut_point(const char *t, size_t n)
{
	struct fl_para p = { t, n, 0, 1, 1 };
	struct fl_sentences s;
	size_t cut = 0, i;

	fl_sentences_init(&s);
	fl_segment(&p, &s);
	if (s.n >= 2)
		cut = s.v[s.n - 1].start;
	fl_sentences_release(&s);
	if (cut)
		return cut;
	for (i = n; i > n / 2; i--)
		if (t[i - 1] == ' ' || t[i - 1] == '\n' || t[i - 1] == '\t')
			return i;
	i = fl_utf8_prev((const unsigned char *)t, n);
	return i ? i : n;
}

static void
advance(struct fl_reader *r, size_t n)
{
	const char *t = r->buf.ptr + r->pos, *nl, *last = NULL;
	size_t i = 0;

	while (i < n && (nl = memchr(t + i, '\n', n - i)) != NULL) {
		r->line++;
		last = nl;
		i = (size_t)(nl - t) + 1;
	}
	if (last)
		r->col = (long)(n - (size_t)(last - t));
	else
		r->col += (long)n;
	r->pos += n;
	r->scanned = r->pos;
}

int
fl_reader_next(struct fl_reader *r, struct fl_para *p)
{
	size_t e, from, avail;
	ssize_t got;

	if (r->given) {
		advance(r, r->given);
		r->given = 0;
	}
	for (;;) {
		avail = r->buf.len - r->pos;
		from = r->scanned - r->pos;
		e = para_end(r->buf.ptr + r->pos, avail, &from, r->eof);
		r->scanned = r->pos + from;
		if (e == 0 && r->eof && avail > 0)
			e = avail;
		if (e == 0 && avail >= r->limit)
			e = cut_point(r->buf.ptr + r->pos, r->limit);
		if (e > 0) {
			p->text = r->buf.ptr + r->pos;
			p->len = e;
			p->offset = r->base + r->pos;
			p->line = r->line;
			p->col = r->col;
			r->given = e;
			return 1;
		}
		if (r->eof)
			return 0;
		if (r->pos > 0) {
			/* Move the unread bytes to the front before reading. */
			fl_buf_consume(&r->buf, r->pos);
			r->base += r->pos;
			r->scanned -= r->pos;
			r->pos = 0;
		}
		fl_buf_grow(&r->buf, r->chunk);
		if (r->before_read != NULL)
			r->before_read(r->before_read_arg);
		do
			got = read(r->fd, r->buf.ptr + r->buf.len, r->chunk);
		while (got < 0 && errno == EINTR);
		if (got <= 0) {
			/* A read error ends the input like end of file: what
			 * was read is still handed on; r->error tells. */
			if (got < 0)
				r->error = errno;
			r->eof = 1;
			continue;
		}
		r->buf.len += (size_t)got;
		r->buf.ptr[r->buf.len] = '\0';
	}
}
