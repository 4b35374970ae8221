/*
 * markdown.c: the prose of a CommonMark document, through libcmark.
 *
 * libcmark (the CommonMark reference parser) gives every node, inline ones
 * too, its source position as line and column; those are turned into
 * document offsets.  Prose is the text of paragraphs and headings, in list
 * items and block quotes too; link text is prose, link targets are not.
 * Code blocks, HTML blocks and image descriptions are left out; inline code
 * stands as an opaque word; inline HTML is left out, and comments in
 * either are read for directives.  Front matter (YAML between "---" lines
 * at the very top) is hidden from the parser, line breaks kept, so that
 * positions stay those of the file.
 */
#include <stdlib.h>
#include <string.h>

#include <cmark.h>

#include "factlens.h"
#include "markup.h"
#include "utf8.h"

struct lines {
	size_t *start;		/* offset of each line's first byte */
	size_t n;
};

/* Line starts as cmark counts lines: after LF, CR LF, or a lone CR. */
static void
lines_index(struct lines *L, const char *t, size_t n)
{
	size_t i, cap = 64;

	L->start = fl_xmalloc(cap * sizeof(*L->start));
	L->n = 0;
	L->start[L->n++] = 0;
	for (i = 0; i < n; i++) {
		if (t[i] != '\n' && t[i] != '\r')
			continue;
		if (t[i] == '\r' && i + 1 < n && t[i + 1] == '\n')
			i++;
		if (L->n == cap) {
			cap *= 2;
			L->start = fl_xrealloc(L->start, cap * sizeof(*L->start));
		}
		L->start[L->n++] = i + 1;
	}
}

/* Offset of 1-based line and byte column, or (size_t)-1 if none. */
static size_t
offset_of(const struct lines *L, size_t len, int line, int col)
{
	size_t o;

	if (line < 1 || col < 1 || (size_t)line > L->n)
		return (size_t)-1;
	o = L->start[line - 1] + (size_t)col - 1;
	return o <= len ? o : (size_t)-1;
}

/* End of the front matter at the top of t, or 0 if there is none: a line
 * "---", then YAML, then a line "---" or "...". */
static size_t
front_matter(const char *t, size_t n)
{
	size_t i, e;

	if (n < 4 || memcmp(t, "---", 3) != 0 || (t[3] != '\n' &&
	    !(t[3] == '\r' && n > 4 && t[4] == '\n')))
		return 0;
	for (i = t[3] == '\n' ? 4 : 5; i < n; i = e + 1) {
		const char *nl = memchr(t + i, '\n', n - i);
		size_t k;

		e = nl ? (size_t)(nl - t) : n;
		k = e > i && t[e - 1] == '\r' ? e - 1 : e;
		if (k - i == 3 && (memcmp(t + i, "---", 3) == 0 ||
		    memcmp(t + i, "...", 3) == 0))
			return e < n ? e + 1 : n;
	}
	return 0;
}

struct walk {
	struct fl_markup *m;
	struct lines L;
	size_t cursor;		/* where the last node mapped ended */
	int image;		/* inside an image or an autolink: its text is
				   not prose */
	int autolinks;		/* autolinks open */
	int block;		/* inside a paragraph or heading */
};

/* Span of node x in the document, [*o0, *o1); 0 if it has none. */
static int
span(struct walk *w, cmark_node *x, size_t *o0, size_t *o1)
{
	size_t a = offset_of(&w->L, w->m->len, cmark_node_get_start_line(x),
	    cmark_node_get_start_column(x));
	size_t b = offset_of(&w->L, w->m->len, cmark_node_get_end_line(x),
	    cmark_node_get_end_column(x));

	if (a == (size_t)-1 || b == (size_t)-1 || b < a)
		return 0;
	*o0 = a;
	*o1 = b + 1 <= w->m->len ? b + 1 : w->m->len;
	return 1;
}

/* The comments in raw HTML (a block or an inline tag) that starts at or
 * after from: read them for directives. */
static void
comments(struct walk *w, const char *lit, size_t from)
{
	const char *doc = w->m->doc, *p, *q, *c;
	size_t len = w->m->len, at;

	for (p = lit; (p = strstr(p, "<!--")) != NULL; p = q + 3) {
		if ((q = strstr(p + 4, "-->")) == NULL)
			break;
		/* Find the same comment in the document: the literal of a
		 * block in a container has its prefixes taken out. */
		at = from;
		while (at + 4 <= len && (c = memchr(doc + at, '<',
		    len - at)) != NULL) {
			at = (size_t)(c - doc);
			if (at + 4 <= len && memcmp(c, "<!--", 4) == 0)
				break;
			at++;
		}
		if (at + 4 > len || c == NULL)
			at = from;
		else
			from = at + 4;
		fl_markup_comment(w->m, p + 4, (size_t)(q - p - 4), at);
	}
}

/* Could the literal lit[0, n) start at doc[o]?  Its first bytes are there,
 * or an escape or a character reference is. */
static int
lines_up(const struct walk *w, size_t o, const char *lit, size_t n)
{
	const char *doc = w->m->doc;
	size_t k;

	if (n == 0)
		return 1;
	for (k = 0; k < n && k < 8 && o + k < w->m->len; k++) {
		if (doc[o + k] == '&' || doc[o + k] == '\\')
			return 1;	/* cannot tell cheaply: take it */
		if (doc[o + k] != lit[k])
			return 0;
	}
	return k == n || k == 8;
}

/*
 * Where the literal of a text or code node is: libcmark's position when it
 * is plausible (libcmark 0.30 miscounts lines after a hard line break),
 * else the first place after the last node where it lines up, to the end
 * of that line.  Returns 0 if there is none.
 */
static int
locate(struct walk *w, cmark_node *x, const char *lit, size_t *o0,
    size_t *o1)
{
	size_t n = strlen(lit), o, limit;
	const char *nl;

	if (span(w, x, o0, o1) && *o0 >= w->cursor &&
	    lines_up(w, *o0, lit, n))
		return 1;
	/* Search the text from the last node on (a code span's backticks
	 * come first). */
	limit = w->m->len - w->cursor > 65536 ? w->cursor + 65536 :
	    w->m->len;
	for (o = w->cursor; o < limit; o++)
		if (lines_up(w, o, lit, n))
			break;
	if (o >= limit)
		return 0;
	*o0 = o;
	nl = memchr(w->m->doc + o, '\n', w->m->len - o);
	*o1 = nl ? (size_t)(nl - w->m->doc) : w->m->len;
	if (cmark_node_get_type(x) == CMARK_NODE_CODE && o + n < *o1)
		*o1 = o + n;
	return 1;
}

/* Where the prose mapped so far ends in the document. */
static size_t
last_end(const struct fl_markup *m, size_t dflt)
{
	const struct fl_piece *q;

	if (m->npieces == 0)
		return dflt;
	q = &m->pieces[m->npieces - 1];
	return q->o + q->olen > dflt ? dflt : q->o + q->olen;
}

/* Is the link an autolink: its one text child is its address? */
static int
autolink(cmark_node *x)
{
	cmark_node *c = cmark_node_first_child(x);
	const char *url = cmark_node_get_url(x), *t;

	if (c == NULL || cmark_node_next(c) != NULL ||
	    cmark_node_get_type(c) != CMARK_NODE_TEXT || url == NULL ||
	    (t = cmark_node_get_literal(c)) == NULL)
		return 0;
	if (strncmp(url, "mailto:", 7) == 0 && strcmp(url + 7, t) == 0)
		return 1;
	return strcmp(url, t) == 0;
}

static void
enter(struct walk *w, cmark_node *x)
{
	const char *lit = cmark_node_get_literal(x);
	size_t o0, o1, nl;
	const char *p;

	switch (cmark_node_get_type(x)) {
	case CMARK_NODE_PARAGRAPH:
		fl_markup_begin(w->m, 0);
		w->block = 1;
		break;
	case CMARK_NODE_HEADING:
		fl_markup_begin(w->m, 1);
		w->block = 1;
		break;
	case CMARK_NODE_IMAGE:
		w->image++;
		break;
	case CMARK_NODE_TEXT:
		if (w->image || !w->block || lit == NULL ||
		    !locate(w, x, lit, &o0, &o1))
			break;
		fl_markup_text(w->m, lit, strlen(lit), o0, o1);
		if (last_end(w->m, o1) > w->cursor)
			w->cursor = last_end(w->m, o1);
		break;
	case CMARK_NODE_SOFTBREAK:
	case CMARK_NODE_LINEBREAK:
		if (w->image || !w->block)
			break;
		/* No position of its own: the line end after the last
		 * node, with a hard break's spaces or backslash. */
		p = memchr(w->m->doc + w->cursor, '\n', w->m->len - w->cursor);
		nl = p ? (size_t)(p - w->m->doc) : w->m->len;
		o0 = w->cursor;
		o1 = nl < w->m->len ? nl + 1 : nl;
		if (cmark_node_get_type(x) == CMARK_NODE_LINEBREAK)
			fl_markup_newline(w->m, o0, o1);
		else
			fl_markup_space(w->m, o0, o1);
		w->cursor = o1;
		break;
	case CMARK_NODE_CODE:
		if (w->image || !w->block || lit == NULL ||
		    !locate(w, x, lit, &o0, &o1))
			break;
		/* The position is the code's; take its backticks too. */
		while (o0 > w->cursor && w->m->doc[o0 - 1] == '`')
			o0--;
		while (o1 < w->m->len && w->m->doc[o1] == '`')
			o1++;
		fl_markup_opaque(w->m, o0, o1);
		w->cursor = o1;
		break;
	case CMARK_NODE_HTML_INLINE:
	case CMARK_NODE_HTML_BLOCK:
		/* libcmark 0.30 gives an HTML block no sane end: its start
		 * is enough to find the comments from. */
		if (lit == NULL)
			break;
		o0 = offset_of(&w->L, w->m->len, cmark_node_get_start_line(x),
		    cmark_node_get_start_column(x));
		if (o0 == (size_t)-1 || o0 < w->cursor)
			o0 = w->cursor;
		comments(w, lit, o0);
		break;
	case CMARK_NODE_LINK:
		/* An autolink (<https://...>, <a@b.org>) is its address:
		 * one opaque word, as inline code is. */
		if (w->image || !w->block || !autolink(x) ||
		    !span(w, x, &o0, &o1) || o0 < w->cursor)
			break;
		fl_markup_opaque(w->m, o0, o1);
		w->cursor = o1;
		w->image++;	/* its text is not prose */
		w->autolinks++;
		break;
	default:
		break;
	}
}

static void
leave(struct walk *w, cmark_node *x)
{
	switch (cmark_node_get_type(x)) {
	case CMARK_NODE_PARAGRAPH:
	case CMARK_NODE_HEADING:
		fl_markup_end(w->m);
		w->block = 0;
		break;
	case CMARK_NODE_IMAGE:
		w->image--;
		break;
	case CMARK_NODE_LINK:
		if (w->autolinks > 0 && autolink(x)) {
			w->autolinks--;
			w->image--;
		}
		break;
	default:
		break;
	}
}

/*
 * libcmark counts columns after replacing NUL bytes and invalid UTF-8 with
 * U+FFFD, which is longer: give it a copy where such bytes are '?', so that
 * its columns are the file's bytes.  Front matter is blanked out in the
 * same copy, line breaks kept.  Returns the copy, or NULL if the document
 * needs neither.
 */
static char *
normalised(const char *t, size_t n)
{
	char *copy = NULL;
	size_t fm = front_matter(t, n), i = 0, k;
	unsigned cp;

	if (fm > 0) {
		copy = fl_xmalloc(n + 1);
		memcpy(copy, t, n);
		for (i = 0; i < fm; i++)
			if (copy[i] != '\n' && copy[i] != '\r')
				copy[i] = ' ';
	}
	for (i = fm; i < n; i += k) {
		k = fl_utf8_decode((const unsigned char *)t + i, n - i, &cp);
		if (t[i] != '\0' && (cp != 0xfffd || (k == 3 &&
		    memcmp(t + i, "\xef\xbf\xbd", 3) == 0)))
			continue;
		if (copy == NULL) {
			copy = fl_xmalloc(n + 1);
			memcpy(copy, t, n);
		}
		memset(copy + i, '?', k);
	}
	return copy;
}

int
fl_markdown_extract(struct fl_markup *m, struct fl_error *err)
{
	struct walk w;
	cmark_node *doc;
	cmark_iter *it;
	cmark_event_type ev;
	const char *orig = m->doc;
	char *copy = normalised(m->doc, m->len);

	/* Parse and line up the prose with the copy: same offsets. */
	if (copy != NULL)
		m->doc = copy;
	doc = cmark_parse_document(m->doc, m->len, CMARK_OPT_SOURCEPOS);
	if (doc == NULL) {
		m->doc = orig;
		free(copy);
		snprintf(err->msg, sizeof(err->msg),
		    "cannot parse the Markdown (out of memory)");
		return -1;
	}
	memset(&w, 0, sizeof(w));
	w.m = m;
	lines_index(&w.L, m->doc, m->len);
	it = cmark_iter_new(doc);
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		if (ev == CMARK_EVENT_ENTER)
			enter(&w, cmark_iter_get_node(it));
		else if (ev == CMARK_EVENT_EXIT)
			leave(&w, cmark_iter_get_node(it));
	}
	fl_markup_end(m);
	cmark_iter_free(it);
	cmark_node_free(doc);
	free(w.L.start);
	m->doc = orig;
	free(copy);
	return 0;
}
