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

/* If doc[s, e) starts with what may be a character reference, "&name;",
 * "&#123;", "&#x7b;" or a legacy "&name" without its ';', the offset
 * after it, else 0. */
static size_t
reference(const char *doc, size_t s, size_t e)
{
	size_t i = s + 1, k;

	if (i < e && doc[i] == '#') {
		i++;
		if (i < e && (doc[i] == 'x' || doc[i] == 'X'))
			i++;
	}
	for (k = i; k < e && k - i < 32 && isalnum((unsigned char)doc[k]); k++)
		;
	if (k == i)
		return 0;
	return k < e && doc[k] == ';' ? k + 1 : k;
}

/* Bytes of the UTF-8 character at lit[l] (at least 1, at most n - l). */
static size_t
char_len(const char *lit, size_t l, size_t n)
{
	unsigned cp;

	return fl_utf8_decode((const unsigned char *)lit + l, n - l, &cp);
}

/* Does lit[l, n) go on as doc[s, o1) does (or both end)? */
static int
goes_on(const char *lit, size_t l, size_t n, const char *doc, size_t s,
    size_t o1)
{
	return l == n || (s < o1 && lit[l] == doc[s]);
}

/*
 * The literal and the original part ways at lit[l], doc[s]: find where the
 * original goes on, within a short window, stepping over whole tags (a
 * stray end tag the parser dropped).  Returns the offset, or 0 if none.
 */
static size_t
resync(const char *doc, size_t s, size_t o1, unsigned char c)
{
	size_t t = doc[s] == '<' ? s : s + 1, end = o1 - s > 64 ? s + 64 : o1;
	const char *gt;

	while (t < end) {
		if (doc[t] == '<' && c != '<' && (gt = memchr(doc + t, '>',
		    o1 - t)) != NULL) {
			t = (size_t)(gt - doc) + 1;
			continue;
		}
		if ((unsigned char)doc[t] == c || doc[t] == '&' ||
		    doc[t] == '\\')
			return t;
		t++;
	}
	return 0;
}

void
fl_markup_text(struct fl_markup *m, const char *lit, size_t n, size_t o0,
    size_t o1)
{
	const char *doc = m->doc;
	size_t s, l = 0, e, k, k1, t;

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
		if (e != 0 && c != '&') {
			/* A reference the parser decoded: one character,
			 * or two when only then the text goes on.  A legacy
			 * name without ';' may be shorter than its letters
			 * ("&notit" is U+00AC and "it"): end it where the
			 * text goes on. */
			k = char_len(lit, l, n);
			k1 = l + k < n ? k + char_len(lit, l + k, n) : k;
			if (!goes_on(lit, l + k, n, doc, e, o1) &&
			    goes_on(lit, l + k1, n, doc, e, o1))
				k = k1;
			for (t = s + 2; !goes_on(lit, l + k, n, doc, e, o1) &&
			    t < e; t++)
				if (goes_on(lit, l + k, n, doc, t, o1))
					e = t;
			piece(m, lit + l, k, s, e - s, 0);
			s = e;
			l += k;
		} else if (e != 0 && goes_on(lit, l + 1, n, doc, e, o1)) {
			/* "&amp;" or "&#38;": an '&' the parser decoded, if
			 * the text goes on after it ("AT&T" does not). */
			piece(m, lit + l, 1, s, e - s, 0);
			s = e;
			l++;
		} else if (s < o1 && (unsigned char)doc[s] == c) {
			piece(m, lit + l, 1, s, 1, 1);
			s++;
			l++;
		} else if (s + 1 < o1 && doc[s] == '\\' && doc[s + 1] == lit[l] &&
		    ispunct(c)) {
			piece(m, lit + l, 1, s, 2, 0);	/* \* is * */
			s += 2;
			l++;
		} else if (s < o1 && doc[s] == '\r' && c == '\n') {
			/* The parser made CR LF or a lone CR one LF. */
			if (s + 1 < o1 && doc[s + 1] == '\n')
				s++;
			else {
				piece(m, lit + l, 1, s, 1, 1);
				s++;
				l++;
			}
		} else if (n - l >= 3 && memcmp(lit + l, "\xef\xbf\xbd", 3) == 0 &&
		    s < o1) {
			/* A NUL or a bad byte the parser replaced. */
			unsigned cp;

			k = fl_utf8_decode((const unsigned char *)doc + s,
			    o1 - s, &cp);
			piece(m, lit + l, 3, s, k, 0);
			s += k;
			l += 3;
		} else if (s < o1 && (t = resync(doc, s, o1, c)) != 0) {
			s = t;	/* bytes in the original only */
		} else {
			/* Nothing lines up near: the character stands for an
			 * empty place, and the next one tries again. */
			k = char_len(lit, l, n);
			piece(m, lit + l, k, s, 0, 0);
			l += k;
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
