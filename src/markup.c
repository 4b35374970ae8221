/*
 * markup.c: the prose builder the Markdown and HTML extractors share (see
 * markup.h), and suppression directives.
 *
 * Every prose byte belongs to exactly one piece, and pieces are in prose
 * order and never go backwards in the document: an extractor that hands on
 * text out of document order (HTML's foster parenting moves text out of
 * tables) has that text left out of the prose, where it is still printed
 * by the text formats but not annotated.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "factlens.h"
#include "markup.h"
#include "utf8.h"

void
fl_markup_init(struct fl_markup *m, const char *doc, size_t len)
{
	memset(m, 0, sizeof(*m));
	m->doc = doc;
	m->len = len;
	fl_buf_init(&m->prose);
}

void
fl_markup_release(struct fl_markup *m)
{
	size_t i;

	for (i = 0; i < m->ndirs; i++)
		free(m->dirs[i].args);
	free(m->dirs);
	free(m->pieces);
	free(m->blocks);
	fl_buf_release(&m->prose);
	memset(m, 0, sizeof(*m));
}

/* Is prose[a, b) nothing but white space? */
static int
blank(const char *s, size_t a, size_t b)
{
	for (; a < b; a++)
		if (s[a] != ' ' && s[a] != '\n')
			return 0;
	return 1;
}

void
fl_markup_end(struct fl_markup *m)
{
	struct fl_block *b;

	if (!m->open)
		return;
	m->open = 0;
	b = &m->blocks[m->nblocks - 1];
	b->prose1 = m->prose.len;
	if (blank(m->prose.ptr, b->prose0, b->prose1))
		m->nblocks--;
}

void
fl_markup_begin(struct fl_markup *m, int heading)
{
	struct fl_block *b;

	fl_markup_end(m);
	if (m->nblocks == m->bcap) {
		m->bcap = m->bcap ? 2 * m->bcap : 64;
		m->blocks = fl_xrealloc(m->blocks, m->bcap * sizeof(*b));
	}
	b = &m->blocks[m->nblocks++];
	b->prose0 = b->prose1 = m->prose.len;
	b->heading = heading;
	m->open = 1;
}

/* Document offset where the last piece ends: nothing may map before it. */
static size_t
last_o(const struct fl_markup *m)
{
	const struct fl_piece *q;

	if (m->npieces == 0)
		return 0;
	q = &m->pieces[m->npieces - 1];
	return q->o + q->olen;
}

/* Append prose p[0, plen) standing for doc[o, o + olen). */
static void
piece(struct fl_markup *m, const char *p, size_t plen, size_t o, size_t olen,
    int exact)
{
	struct fl_piece *q;
	size_t i, at = m->prose.len;

	if (plen == 0)
		return;
	if (!m->open)
		fl_markup_begin(m, 0);
	fl_buf_put(&m->prose, p, plen);
	for (i = at; i < m->prose.len; i++)
		if (m->prose.ptr[i] == '\t' || m->prose.ptr[i] == '\r' ||
		    m->prose.ptr[i] == '\n')
			m->prose.ptr[i] = ' ';
	q = m->npieces ? &m->pieces[m->npieces - 1] : NULL;
	if (exact && q != NULL && q->exact && q->p + q->plen == at &&
	    q->o + q->olen == o) {
		q->plen += plen;	/* one run, byte for byte */
		q->olen += olen;
		return;
	}
	if (m->npieces == m->pcap) {
		m->pcap = m->pcap ? 2 * m->pcap : 256;
		m->pieces = fl_xrealloc(m->pieces, m->pcap * sizeof(*q));
	}
	q = &m->pieces[m->npieces++];
	q->p = at;
	q->plen = plen;
	q->o = o;
	q->olen = olen;
	q->exact = exact;
}

/* If doc[s, e) starts with a character reference "&...;", the offset after
 * its ';', else 0. */
static size_t
reference(const char *doc, size_t s, size_t e)
{
	size_t i = s + 1;

	if (i < e && doc[i] == '#')
		i++;
	while (i < e && i - s < 40 && isalnum((unsigned char)doc[i]))
		i++;
	if (i < e && doc[i] == ';' && i > s + 1)
		return i + 1;
	return 0;
}

/* Length in bytes of the UTF-8 encoding of the numeric reference at
 * doc[s, e) ("&#8217;", "&#x2019;"), or 0 if it is not numeric. */
static size_t
numeric_len(const char *doc, size_t s, size_t e)
{
	unsigned long cp = 0;
	size_t i = s + 2;
	int hex = 0;

	if (e - s < 4 || doc[s + 1] != '#')
		return 0;
	if (doc[i] == 'x' || doc[i] == 'X') {
		hex = 1;
		i++;
	}
	for (; i < e - 1; i++) {
		int c = (unsigned char)doc[i], d;

		if (isdigit(c))
			d = c - '0';
		else if (hex && isxdigit(c))
			d = tolower(c) - 'a' + 10;
		else
			return 0;
		cp = cp * (hex ? 16 : 10) + (unsigned long)d;
		if (cp > 0x10ffff)
			cp = 0x110000;
	}
	if (cp == 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return 3;	/* U+FFFD */
	return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/* Bytes of the UTF-8 character at lit[l] (at least 1, at most n - l). */
static size_t
char_len(const char *lit, size_t l, size_t n)
{
	unsigned cp;

	return fl_utf8_decode((const unsigned char *)lit + l, n - l, &cp);
}

void
fl_markup_text(struct fl_markup *m, const char *lit, size_t n, size_t o0,
    size_t o1)
{
	const char *doc = m->doc;
	size_t s, l = 0, e, k, k1;

	if (o1 > m->len)
		o1 = m->len;
	if (o0 > o1)
		o0 = o1;
	if (o0 < last_o(m))
		return;		/* out of document order: left out */
	s = o0;
	while (l < n) {
		unsigned char c = (unsigned char)lit[l];

		e = s < o1 && doc[s] == '&' ? reference(doc, s, o1) : 0;
		if (e != 0) {
			/* As many characters as the reference gives: known
			 * for a numeric one; else one, or two when the
			 * next byte only lines up after two. */
			k = numeric_len(doc, s, e);
			if (k == 0 || k > n - l) {
				k = char_len(lit, l, n);
				k1 = l + k < n ? k + char_len(lit, l + k, n) : k;
				if (l + k < n && e < o1 && lit[l + k] != doc[e] &&
				    (l + k1 == n || (e < o1 &&
				    lit[l + k1] == doc[e])))
					k = k1;
			}
			/* Unless the text has it as written (an unknown
			 * name, "&foo;") and only that lines up after. */
			if (n - l >= e - s && memcmp(lit + l, doc + s, e - s) == 0 &&
			    (l + (e - s) == n || (e < o1 &&
			    lit[l + (e - s)] == doc[e])) &&
			    !(l + k == n || (e < o1 && lit[l + k] == doc[e])))
				e = 0;
		}
		if (e != 0) {
			piece(m, lit + l, k, s, e - s, 0);
			s = e;
			l += k;
		} else if (s < o1 && (unsigned char)doc[s] == c) {
			piece(m, lit + l, 1, s, 1, 1);
			s++;
			l++;
		} else if (s + 1 < o1 && doc[s] == '\\' && doc[s + 1] == lit[l] &&
		    ispunct(c)) {
			piece(m, lit + l, 1, s, 2, 0);	/* \* is * */
			s += 2;
			l++;
		} else if (n - l >= 3 && memcmp(lit + l, "\xef\xbf\xbd", 3) == 0 &&
		    s < o1) {
			/* A NUL or a bad byte the parser replaced. */
			unsigned cp;

			k = fl_utf8_decode((const unsigned char *)doc + s,
			    o1 - s, &cp);
			piece(m, lit + l, 3, s, k, 0);
			s += k;
			l += 3;
		} else if (s < o1) {
			s++;	/* in the original only (a CR before LF) */
		} else {
			/* The original is used up: the rest stands for its
			 * end. */
			piece(m, lit + l, n - l, o1, 0, 0);
			l = n;
		}
	}
}

void
fl_markup_space(struct fl_markup *m, size_t o0, size_t o1)
{
	if (o1 > m->len)
		o1 = m->len;
	if (!m->open || o0 > o1 || o0 < last_o(m))
		return;
	piece(m, " ", 1, o0, o1 - o0, o1 - o0 == 1);
}

void
fl_markup_newline(struct fl_markup *m, size_t o0, size_t o1)
{
	if (o1 > m->len)
		o1 = m->len;
	if (!m->open || o0 > o1 || o0 < last_o(m))
		return;
	piece(m, "\n", 1, o0, o1 - o0, 0);
	m->prose.ptr[m->prose.len - 1] = '\n';	/* piece() made it a space */
}

void
fl_markup_opaque(struct fl_markup *m, size_t o0, size_t o1)
{
	if (o1 > m->len)
		o1 = m->len;
	if (o0 >= o1 || o0 < last_o(m))
		return;
	piece(m, "___", 3, o0, o1 - o0, 0);
}

static int
word(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w);

	return n >= k && strncasecmp(s, w, k) == 0 &&
	    (n == k || isspace((unsigned char)s[k]));
}

int
fl_directive_parse(const char *text, size_t n, const char **args,
    size_t *nargs)
{
	size_t i = 0, k;
	int kind;

	while (i < n && (text[i] == ':' || isspace((unsigned char)text[i])))
		i++;
	text += i;
	n -= i;
	while (n > 0 && isspace((unsigned char)text[n - 1]))
		n--;
	if (word(text, n, "off"))
		kind = FL_DIR_OFF, k = 3;
	else if (word(text, n, "on"))
		kind = FL_DIR_ON, k = 2;
	else if (word(text, n, "disable"))
		kind = FL_DIR_DISABLE, k = 7;
	else if (word(text, n, "enable"))
		kind = FL_DIR_ENABLE, k = 6;
	else
		return -1;
	while (k < n && isspace((unsigned char)text[k]))
		k++;
	if ((kind == FL_DIR_OFF || kind == FL_DIR_ON) && k < n)
		return -1;	/* "factlens on the whole" is prose */
	*args = text + k;
	*nargs = n - k;
	return kind;
}

int
fl_markup_comment(struct fl_markup *m, const char *text, size_t n, size_t o)
{
	struct fl_directive *d;
	const char *args;
	size_t i = 0, nargs;
	int kind;

	if (o + 4 <= m->len && memcmp(m->doc + o, "<!--", 4) == 0)
		o += 4;
	while (i < n && isspace((unsigned char)text[i]))
		i++;
	if (n - i < 8 || strncasecmp(text + i, "factlens", 8) != 0)
		return 0;
	kind = fl_directive_parse(text + i + 8, n - i - 8, &args, &nargs);
	if (kind < 0 || (i + 8 < n && !isspace((unsigned char)text[i + 8]) &&
	    text[i + 8] != ':'))
		return 0;
	if (m->ndirs == m->dcap) {
		m->dcap = m->dcap ? 2 * m->dcap : 16;
		m->dirs = fl_xrealloc(m->dirs, m->dcap * sizeof(*d));
	}
	d = &m->dirs[m->ndirs++];
	d->kind = (enum fl_dir_kind)kind;
	d->args = fl_xstrndup(args, nargs);
	/* Where "factlens" is, if the comment's text is the document's. */
	d->offset = o + i + 8 <= m->len &&
	    strncasecmp(m->doc + o + i, "factlens", 8) == 0 ? o + i : o;
	d->prose = m->prose.len;
	return 1;
}

/* The piece holding prose byte x (x < prose.len). */
static const struct fl_piece *
find(const struct fl_markup *m, size_t x)
{
	size_t lo = 0, hi = m->npieces;

	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (m->pieces[mid].p <= x)
			lo = mid;
		else
			hi = mid;
	}
	return &m->pieces[lo];
}

size_t
fl_markup_ostart(const struct fl_markup *m, size_t x)
{
	const struct fl_piece *q;

	if (m->npieces == 0)
		return 0;
	if (x >= m->prose.len) {
		q = &m->pieces[m->npieces - 1];
		return q->o + q->olen;
	}
	q = find(m, x);
	return q->exact ? q->o + (x - q->p) : q->o;
}

size_t
fl_markup_oend(const struct fl_markup *m, size_t x)
{
	const struct fl_piece *q;

	if (m->npieces == 0 || x == 0)
		return 0;
	q = find(m, x - 1);
	return q->exact ? q->o + (x - q->p) : q->o + q->olen;
}
