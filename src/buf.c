/*
 * buf.c: a growable byte buffer, the allocation wrappers every stage uses,
 * and the names of labels and cue categories.
 *
 * A buffer's ptr is never NULL and always NUL-terminated (git strbuf, cmark
 * strbuf).  Out of memory is the one error a stage does not return: the
 * wrappers print a line and exit 2, as OpenBSD grep's grep_malloc does.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "factlens.h"

static char empty[1];

void
fl_nomem(void)
{
	fputs("factlens: out of memory\n", stderr);
	exit(2);
}

void *
fl_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		fl_nomem();
	return p;
}

void *
fl_xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (p == NULL)
		fl_nomem();
	return p;
}

char *
fl_xstrndup(const char *s, size_t n)
{
	char *p = fl_xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
fl_xstrdup(const char *s)
{
	return fl_xstrndup(s, strlen(s));
}

void
fl_buf_init(struct fl_buf *b)
{
	b->ptr = empty;
	b->len = 0;
	b->cap = 0;
}

void
fl_buf_release(struct fl_buf *b)
{
	if (b->cap)
		free(b->ptr);
	fl_buf_init(b);
}

void
fl_buf_grow_to(struct fl_buf *b, size_t extra)
{
	size_t want, cap;

	if (extra > (size_t)-1 / 2 - b->len)
		fl_nomem();
	want = b->len + extra + 1;
	if (want <= b->cap)
		return;
	cap = b->cap ? b->cap : 64;
	while (cap < want)
		cap *= 2;
	if (b->cap)
		b->ptr = fl_xrealloc(b->ptr, cap);
	else {
		b->ptr = fl_xmalloc(cap);
		b->ptr[0] = '\0';
	}
	b->cap = cap;
}

void
fl_buf_put(struct fl_buf *b, const void *p, size_t n)
{
	if (n == 0)
		return;
	fl_buf_grow(b, n);
	memcpy(b->ptr + b->len, p, n);
	b->len += n;
	b->ptr[b->len] = '\0';
}

void
fl_buf_puts(struct fl_buf *b, const char *s)
{
	fl_buf_put(b, s, strlen(s));
}

void
fl_buf_putc(struct fl_buf *b, int c)
{
	fl_buf_grow(b, 1);
	b->ptr[b->len++] = (char)c;
	b->ptr[b->len] = '\0';
}

void
fl_buf_printf(struct fl_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n <= 0)
		return;
	fl_buf_grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

void
fl_buf_insert(struct fl_buf *b, size_t at, const void *p, size_t n)
{
	if (n == 0 || at > b->len)
		return;
	fl_buf_grow(b, n);
	memmove(b->ptr + at + n, b->ptr + at, b->len - at);
	memcpy(b->ptr + at, p, n);
	b->len += n;
	b->ptr[b->len] = '\0';
}

void
fl_buf_putu(struct fl_buf *b, unsigned long long v)
{
	char tmp[24];
	size_t i = sizeof(tmp);

	do {
		tmp[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	fl_buf_put(b, tmp + i, sizeof(tmp) - i);
}

void
fl_buf_reset(struct fl_buf *b)
{
	b->len = 0;
	b->ptr[0] = '\0';
}

void
fl_buf_consume(struct fl_buf *b, size_t n)
{
	if (n >= b->len) {
		fl_buf_reset(b);
		return;
	}
	memmove(b->ptr, b->ptr + n, b->len - n);
	b->len -= n;
	b->ptr[b->len] = '\0';
}

static const char *const input_names[] = { "text", "markdown", "html",
    "jsonl" };
#define NINPUTS (sizeof(input_names) / sizeof(input_names[0]))

const char *
fl_input_name(int input)
{
	return input >= 0 && (size_t)input < NINPUTS ? input_names[input] :
	    "text";
}

int
fl_input_parse(const char *s)
{
	return fl_name_lookup(input_names, (int)NINPUTS, s, strlen(s));
}

int
fl_input_for_name(const char *name)
{
	const char *dot = strrchr(name, '.'), *slash = strrchr(name, '/');

	if (dot == NULL || (slash != NULL && dot < slash))
		return FL_INPUT_TEXT;
	if (strcasecmp(dot, ".md") == 0 || strcasecmp(dot, ".markdown") == 0)
		return FL_INPUT_MARKDOWN;
	if (strcasecmp(dot, ".html") == 0 || strcasecmp(dot, ".htm") == 0)
		return FL_INPUT_HTML;
	if (strcasecmp(dot, ".jsonl") == 0 || strcasecmp(dot, ".ndjson") == 0)
		return FL_INPUT_JSONL;
	return FL_INPUT_TEXT;
}
