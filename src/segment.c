/*
 * segment.c: paragraph -> sentence spans, following LABELS.md "Sentences".
 *
 * A paragraph is first cut into runs: blank lines, a line that starts with
 * a list marker, and a line break after a line with no final punctuation in
 * a line-oriented paragraph (longest line under 50 characters) or after a
 * short line (under two thirds of the longest) all end a run.  Inside a run
 * line breaks are plain spaces.  A run is then split after . ! ? (with any
 * closing quotes or brackets) when white space and a capital letter, digit
 * or opening quote follow, or the run ends; not after an abbreviation, an
 * initial, a list number, an ellipsis, or a date abbreviation before a
 * year ("c. 1150", "d. 1803").  Spans are trimmed of white space,
 * so they cover every non-blank byte exactly once.
 */
#include <stdlib.h>
#include <string.h>

#include "factlens.h"
#include "utf8.h"

/* Abbreviations after which a full stop does not end a sentence: lowercase,
 * without their final full stop, in strcmp order (fl_ascii_word_in).  "no"
 * counts only before a digit. */
static const char *const abbrev[] = {
	"a.m", "al", "approx", "apr", "aug", "ave", "blvd", "capt", "cf",
	"co", "col", "corp", "dec", "dept", "dr", "e.g", "e.u", "ed", "eds",
	"etc", "feb", "fig", "ft", "gen", "gov", "i.e", "inc", "jan", "jr",
	"jul", "jun", "lt", "ltd", "mar", "mr", "mrs", "ms", "mt", "no",
	"nos", "nov", "oct", "p.m", "ph.d", "pp", "prof", "rep", "rev",
	"sen", "sep", "sept", "sgt", "sr", "st", "u.k", "u.n", "u.s", "vol",
	"vs"
};

/* Abbreviations of reference works that count only before a digit, as
 * "no" does: circa ("c. 1150", "ca. 1150"), born, died and floruit
 * ("b. 1741", "d. 1803", "fl. 1460"), lowercase, in strcmp order. */
static const char *const date_abbrev[] = { "b", "c", "ca", "d", "fl" };

struct fl_line {
	size_t start, end;	/* end excludes the newline and trailing space */
	size_t chars;		/* characters in [start, end) */
	int blank;
};

void
fl_sentences_init(struct fl_sentences *s)
{
	s->v = NULL;
	s->n = s->cap = 0;
	s->lines = NULL;
	s->lcap = 0;
}

void
fl_sentences_release(struct fl_sentences *s)
{
	free(s->v);
	free(s->lines);
	fl_sentences_init(s);
}

static struct fl_sentence *
push(struct fl_sentences *s)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 32;
		s->v = fl_xrealloc(s->v, s->cap * sizeof(*s->v));
	}
	memset(&s->v[s->n], 0, sizeof(s->v[0]));
	return &s->v[s->n++];
}

static unsigned
cp_at(const char *t, size_t n, size_t i, size_t *len)
{
	unsigned cp;

	if (i < n && (unsigned char)t[i] < 0x80) {
		*len = 1;	/* what fl_utf8_decode gives, without a call */
		return (unsigned char)t[i];
	}
	*len = fl_utf8_decode((const unsigned char *)t + i, n - i, &cp);
	return cp;
}

static size_t
skip_space(const char *t, size_t i, size_t n)
{
	size_t k;

	while (i < n && fl_uni_space(cp_at(t, n, i, &k)))
		i += k;
	return i;
}

size_t
fl_list_marker(const char *s, size_t n)
{
	size_t i = 0, k;
	unsigned c;

	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i >= n)
		return 0;
	if (s[i] == '-' || s[i] == '*')
		i++;
	else if (n - i >= 3 && memcmp(s + i, "\xe2\x80\xa2", 3) == 0)
		i += 3;
	else if (s[i] >= '0' && s[i] <= '9') {
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++;
		if (i >= n || (s[i] != '.' && s[i] != ')'))
			return 0;
		i++;
	} else
		return 0;
	if (i >= n)
		return 0;
	c = cp_at(s, n, i, &k);
	if (!fl_uni_space(c))
		return 0;
	return skip_space(s, i, n);
}

/* Ends in . ! ? with any closing quotes or brackets after it.  Sets
 * *question when the mark is a question mark. */
static int
final_punct(const char *t, size_t start, size_t end, int *question)
{
	size_t i = end, p;
	unsigned c;
	size_t k;

	*question = 0;
	while (i > start) {
		p = fl_utf8_prev((const unsigned char *)t, i);
		if (p < start)
			break;
		c = cp_at(t, end, p, &k);
		if (fl_uni_closer(c)) {
			i = p;
			continue;
		}
		if (c == '?' || c == '!' || c == '.') {
			*question = c == '?';
			return 1;
		}
		break;
	}
	return 0;
}

/* Is the full stop at t[dot] part of an abbreviation, an initial or a list
 * number rather than a sentence end?  next is the character after the
 * white space that follows, or 0 at the end of the run. */
static int
not_boundary(const char *t, size_t rs, size_t dot, unsigned next)
{
	size_t ws = dot, k, i;
	unsigned c;
	int digits = 1;

	while (ws > rs) {
		size_t p = fl_utf8_prev((const unsigned char *)t, ws);

		if (p < rs || fl_uni_space(cp_at(t, dot, p, &k)))
			break;
		ws = p;
	}
	/* The word before the full stop, without opening quotes/brackets. */
	i = ws;
	while (i < dot && fl_uni_opener(cp_at(t, dot, i, &k)))
		i += k;
	if (fl_ascii_word_in(t + i, dot - i, abbrev,
	    sizeof(abbrev) / sizeof(abbrev[0]))) {
		/* "no" only before a number: "No. 7", not "said no." */
		if ((dot - i == 2 || dot - i == 3) &&
		    (t[i] == 'n' || t[i] == 'N') &&
		    (t[i + 1] == 'o' || t[i + 1] == 'O'))
			return next >= '0' && next <= '9';
		return 1;
	}
	/* Lowercase only: a capital "C." is an initial, handled below. */
	if (next >= '0' && next <= '9' && t[i] >= 'a' && t[i] <= 'z' &&
	    fl_ascii_word_in(t + i, dot - i, date_abbrev,
	    sizeof(date_abbrev) / sizeof(date_abbrev[0])))
		return 1;		/* circa, born, died: c. 1150 */
	if (dot - i == 1 && t[i] >= 'A' && t[i] <= 'Z')
		return 1;		/* initial: J. R. Smith */
	if (dot > i) {
		c = cp_at(t, dot, i, &k);
		if (k == dot - i && c >= 0x80 && fl_uni_upper(c))
			return 1;	/* initial with a non-ASCII letter */
	}
	for (k = i; k < dot; k++)
		if (t[k] < '0' || t[k] > '9')
			digits = 0;
	if (digits && dot > i && ws == rs)
		return 1;		/* list number "1." */
	return 0;
}

static void
emit(const char *t, size_t n, size_t a, size_t b, int run_end,
    int standalone, struct fl_sentences *out)
{
	struct fl_sentence *s;
	size_t k;
	int q;

	(void)n;
	a = skip_space(t, a, b);
	while (b > a) {
		size_t p = fl_utf8_prev((const unsigned char *)t, b);

		if (!fl_uni_space(cp_at(t, b, p, &k)))
			break;
		b = p;
	}
	if (a >= b)
		return;
	s = push(out);
	s->start = a;
	s->end = b;
	s->final_punct = final_punct(t, a, b, &q);
	s->question = q;
	s->standalone = run_end && standalone && !s->final_punct;
	s->list_item = fl_list_marker(t + a, b - a) > 0;
}

/* Where the first c in t[i, re) is, or re. */
static size_t
next_mark(const char *t, size_t i, size_t re, char c)
{
	const char *m = memchr(t + i, c, re - i);

	return m != NULL ? (size_t)(m - t) : re;
}

/* Split the run t[rs, re) at sentence ends. */
static void
split_run(const char *t, size_t n, size_t rs, size_t re, int standalone,
    struct fl_sentences *out)
{
	size_t i = rs, begin = rs, k, p, e, ws;
	size_t at[3];		/* where the next '.', '!', '?' are */
	static const char ends[3] = { '.', '!', '?' };
	unsigned next;
	int dots, other, closers;

	for (k = 0; k < 3; k++)
		at[k] = next_mark(t, rs, re, ends[k]);
	while (i < re) {
		/* The next end mark, by memchr: there are a few in a
		 * sentence, and a look at every byte cost more than the
		 * rest of the splitting. */
		for (k = 0; k < 3; k++)
			if (at[k] < i)
				at[k] = next_mark(t, i, re, ends[k]);
		i = at[0] < at[1] ? at[0] : at[1];
		if (at[2] < i)
			i = at[2];
		if (i >= re)
			break;
		p = i;
		dots = other = 0;
		while (i < re && (t[i] == '.' || t[i] == '!' || t[i] == '?')) {
			if (t[i] == '.')
				dots++;
			else
				other++;
			i++;
		}
		closers = 0;
		while (i < re && fl_uni_closer(cp_at(t, re, i, &k))) {
			i += k;
			closers++;
		}
		e = i;
		ws = skip_space(t, i, re);
		if (ws == i && ws < re)
			continue;	/* no white space after: "3.5", "e.g." */
		next = 0;
		if (ws < re) {
			next = cp_at(t, re, ws, &k);
			if (!(fl_uni_upper(next) || (next >= '0' && next <= '9') ||
			    fl_uni_opener(next)))
				continue;
		}
		if (dots == 1 && other == 0) {
			if (not_boundary(t, rs, p, next))
				continue;
		} else if (t[p] == '.' && dots + other >= 3 && !closers)
			continue;	/* ellipsis inside a sentence */
		emit(t, n, begin, e, 0, 0, out);
		begin = e;
	}
	emit(t, n, begin, re, 1, standalone, out);
}

static int
ends_with_punct(const char *t, const struct fl_line *l)
{
	int q;

	return final_punct(t, l->start, l->end, &q);
}

static void
segment_block(const char *t, size_t n, const struct fl_line *lines, size_t nl,
    struct fl_sentences *out)
{
	size_t i, longest = 0, rs;

	for (i = 0; i < nl; i++)
		if (lines[i].chars > longest)
			longest = lines[i].chars;
	rs = lines[0].start;
	for (i = 0; i < nl; i++) {
		int brk;

		if (i > 0 && rs < lines[i].start &&
		    fl_list_marker(t + lines[i].start,
		    lines[i].end - lines[i].start)) {
			split_run(t, n, rs, lines[i - 1].end, 1, out);
			rs = lines[i].start;
		}
		if (i + 1 == nl)
			break;
		if (ends_with_punct(t, &lines[i]))
			brk = 0;
		else if (longest < 50)
			brk = 1;
		else
			brk = lines[i].chars * 3 < longest * 2;
		if (brk) {
			split_run(t, n, rs, lines[i].end, 1, out);
			rs = lines[i + 1].start;
		}
	}
	split_run(t, n, rs, lines[nl - 1].end, 1, out);
}

void
fl_segment(const struct fl_para *p, struct fl_sentences *out)
{
	const char *t = p->text;
	size_t n = p->len, i = 0, nl = 0, b, k, j;
	struct fl_line *lines = out->lines;
	long line, col;

	out->n = 0;
	/* Collect lines; segment each block of non-blank lines. */
	while (i < n) {
		const char *nlp = memchr(t + i, '\n', n - i);
		size_t le = nlp ? (size_t)(nlp - t) : n, e = le;
		struct fl_line *l;
		unsigned cp;

		while (e > i) {
			size_t q = fl_utf8_prev((const unsigned char *)t, e);

			if (q < i || !fl_uni_space(cp_at(t, e, q, &k)))
				break;
			e = q;
		}
		if (skip_space(t, i, e) >= e) {
			if (nl)
				segment_block(t, n, lines, nl, out);
			nl = 0;
		} else {
			if (nl == out->lcap) {
				/* The line array is kept for the next
				 * paragraph. */
				out->lcap = out->lcap ? out->lcap * 2 : 64;
				lines = fl_xrealloc(lines,
				    out->lcap * sizeof(*lines));
				out->lines = lines;
			}
			l = &lines[nl++];
			l->start = i;
			l->end = e;
			l->blank = 0;
			l->chars = 0;
			for (j = i; j < e; j += k) {
				/* ASCII, most of it, without a call. */
				k = (unsigned char)t[j] < 0x80 ? 1 :
				    fl_utf8_decode((const unsigned char *)t + j,
				    e - j, &cp);
				l->chars++;
			}
		}
		i = nlp ? le + 1 : n;
	}
	if (nl)
		segment_block(t, n, lines, nl, out);

	/* Line and column of every sentence start. */
	line = p->line;
	col = p->col;
	b = 0;
	for (i = 0; i < out->n; i++) {
		const char *nlp;

		/* Line breaks found with memchr, not byte by byte. */
		while (b < out->v[i].start && (nlp = memchr(t + b, '\n',
		    out->v[i].start - b)) != NULL) {
			line++;
			col = 1;
			b = (size_t)(nlp - t) + 1;
		}
		col += (long)(out->v[i].start - b);
		b = out->v[i].start;
		out->v[i].line = line;
		out->v[i].col = col;
	}
}
