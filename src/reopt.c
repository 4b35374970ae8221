/*
 * reopt.c: rewrite a rule's PCRE2 pattern into one that matches exactly the
 * same text, in the same order, but that PCRE2 runs faster.
 *
 * Rule files are written to be read: long lists of words, one alternative
 * a line, each starting with its own \b.  PCRE2 tries the alternatives of a
 * group one after the other at every place where a match could start, so
 * such a pattern costs a test of \b (a look at the character before, by
 * Unicode property) and a compare for every alternative at every letter of
 * the sentence.  Two rewrites take that away:
 *
 *   - hoisting: consecutive alternatives that all start with \b share one:
 *     \bA|\bB|C becomes \b(?:A|B)|C.  \b takes no text, so the alternatives
 *     are tried at the same places, in the same order.
 *   - factoring: alternatives that start with literal letters or digits
 *     are grouped by their common beginning: war|wave|peace becomes
 *     wa(?:r|ve)|peace.  Alternatives whose first characters differ (also
 *     caselessly) cannot both match at one place, so only the order of
 *     alternatives that could is kept, and it is kept.
 *   - the word-start guard: a pattern whose every match starts where \b
 *     holds gets (?!(?<=[a-zA-Z])[a-zA-Z]) in front, so that a place in
 *     the middle of a word is turned away by two class tests, before \b
 *     looks both characters up by Unicode property.  Not in a pattern
 *     compiled anchored (tried only at the places of its literals, mostly
 *     word starts), where it would be one test more.
 *
 * Both are made only where nothing else could change: never inside a
 * lookbehind (whose branches must keep their lengths), never across an
 * alternative that changes options for the ones after it, never where
 * capturing groups would be renumbered.  A pattern with anything this file
 * does not fully understand (back references, \Q...\E, conditionals,
 * verbs, ...) is left as it is.  rules.c compiles the rewritten pattern and
 * falls back to the original should PCRE2 refuse it; the unit tests
 * compare the matches of every built-in pattern before and after.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "factlens.h"

enum { N_ATOM, N_GROUP };

struct alt;

struct node {
	int kind;
	const char *s;		/* atom: its text; group: the opening */
	size_t n;
	struct alt *alt;	/* group: what it holds */
	char c;			/* atom: the literal character, or 0 */
	unsigned ws : 1;	/* atom: space or comment under (?x) */
	unsigned wordb : 1;	/* atom: \b, unquantified */
	unsigned opts : 1;	/* atom: an option setting such as (?i) */
	unsigned capture : 1;	/* group: captures (anywhere inside too) */
	unsigned behind : 1;	/* group: a lookbehind */
	unsigned reset : 1;	/* group: (?|, numbering each branch afresh */
	unsigned icase : 1;	/* atom: in effect here, caseless */
};

struct seq {
	struct node *v;
	size_t n, cap;
};

struct alt {
	struct seq *v;
	size_t n, cap;
};

struct parser {
	const char *p, *end;
	int fail;
	int depth;
};

#define MAX_DEPTH 64

/* A new zeroed item at the end of the array whose pointer is at pv, of
 * *n items (room for *cap) of size bytes each. */
static void *
push_item(void *pv, size_t *n, size_t *cap, size_t size)
{
	char *p;

	memcpy(&p, pv, sizeof(p));
	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 8;
		p = fl_xrealloc(p, *cap * size);
		memcpy(pv, &p, sizeof(p));
	}
	memset(p + *n * size, 0, size);
	return p + (*n)++ * size;
}

static struct node *
seq_push(struct seq *s)
{
	return push_item(&s->v, &s->n, &s->cap, sizeof(*s->v));
}

static struct seq *
alt_push(struct alt *a)
{
	return push_item(&a->v, &a->n, &a->cap, sizeof(*a->v));
}

static void alt_free(struct alt *);

static void
seq_free(struct seq *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (s->v[i].kind == N_GROUP)
			alt_free(s->v[i].alt);
	free(s->v);
}

static void
alt_free(struct alt *a)
{
	size_t i;

	if (a == NULL)
		return;
	for (i = 0; i < a->n; i++)
		seq_free(&a->v[i]);
	free(a->v);
	free(a);
}

/* Skip a {...} of an escape such as \x{41}; 0 when there is none. */
static int
braces(struct parser *P)
{
	const char *q;

	if (P->p >= P->end || *P->p != '{')
		return 0;
	q = memchr(P->p, '}', (size_t)(P->end - P->p));
	if (q == NULL)
		return 0;
	P->p = q + 1;
	return 1;
}

/* The length of the UTF-8 character at p (1 for a stray byte). */
static size_t
charlen(const char *p, const char *end)
{
	unsigned char c = (unsigned char)*p;
	size_t n = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;

	return n <= (size_t)(end - p) ? n : 1;
}

/* An escape after the backslash at P->p - 1. */
static void
escape(struct parser *P, struct node *nd)
{
	char c;

	if (P->p >= P->end) {
		P->fail = 1;
		return;
	}
	c = *P->p++;
	switch (c) {
	case 'x':
	case 'o':
		if (!braces(P))
			P->fail = 1;	/* \x41: the digits run on */
		return;
	case 'p':
	case 'P':
		if (!braces(P) && P->p < P->end)
			P->p++;
		return;
	case 'N':
		if (P->p < P->end && *P->p == '{')
			P->fail = 1;
		return;
	case 'Q': case 'E': case 'c': case 'g': case 'k': case 'K':
		P->fail = 1;	/* \Q..\E, back references, \K: left alone */
		return;
	case 'b':
		nd->wordb = 1;
		return;
	default:
		if (isdigit((unsigned char)c))
			P->fail = 1;	/* back reference or octal */
		else if ((unsigned char)c >= 0x80)
			P->p += charlen(P->p - 1, P->end) - 1;
		return;
	}
}

/*
 * Where the POSIX class ("[:alpha:]") at p ends, or NULL when p starts no
 * such thing, read as PCRE2 reads it: a ']' or another "[:" before the
 * closing ":]" means p is a plain '['.
 */
const char *
fl_posix_class_end(const char *p, const char *e)
{
	char t;
	const char *q;

	if (e - p < 2 || p[0] != '[' || (p[1] != ':' && p[1] != '.' &&
	    p[1] != '='))
		return NULL;
	t = p[1];
	for (q = p + 2; q < e; q++) {
		if (*q == '\\' && q + 1 < e && (q[1] == ']' || q[1] == '\\'))
			q++;
		else if ((*q == '[' && q + 1 < e && q[1] == t) || *q == ']')
			return NULL;
		else if (*q == t && q + 1 < e && q[1] == ']')
			return q + 2;
	}
	return NULL;
}

/* The length of the white space (as PCRE2's extended mode has it, in
 * UTF mode) at p, or 0. */
int
fl_pattern_space(const char *p, const char *e)
{
	const unsigned char *u = (const unsigned char *)p;

	if ((*u >= 0x09 && *u <= 0x0D) || *u == ' ')
		return 1;
	if (e - p >= 2 && u[0] == 0xC2 && u[1] == 0x85)
		return 2;	/* U+0085 */
	if (e - p >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x8E ||
	    u[2] == 0x8F || u[2] == 0xA8 || u[2] == 0xA9))
		return 3;	/* U+200E, U+200F, U+2028, U+2029 */
	return 0;
}

/* A character class; P->p is just after its '['. */
static void
klass(struct parser *P)
{
	const char *posix;

	if (P->p < P->end && *P->p == '^')
		P->p++;
	if (P->p < P->end && *P->p == ']')
		P->p++;
	while (P->p < P->end && *P->p != ']') {
		if (*P->p == '\\') {
			/* \Q..\E, and \c, which takes the next character
			 * ("\c]"): left alone */
			if (P->p + 1 < P->end && (P->p[1] == 'Q' ||
			    P->p[1] == 'E' || P->p[1] == 'c')) {
				P->fail = 1;
				return;
			}
			P->p += 2;
		} else if ((posix = fl_posix_class_end(P->p, P->end)) != NULL)
			P->p = posix;
		else
			P->p++;
	}
	if (P->p >= P->end) {
		P->fail = 1;
		return;
	}
	P->p++;
}

/* A quantifier at P->p: its length, or 0. */
static size_t
quantifier(const char *p, const char *end)
{
	const char *q = p;

	if (q >= end)
		return 0;
	if (*q == '?' || *q == '*' || *q == '+')
		q++;
	else if (*q == '{') {
		const char *d;

		q++;
		d = q;
		while (q < end && isdigit((unsigned char)*q))
			q++;
		if (q < end && *q == ',') {
			q++;
			while (q < end && isdigit((unsigned char)*q))
				q++;
		}
		if (q >= end || *q != '}' || q == d)
			return 0;	/* a literal '{' */
		q++;
	} else
		return 0;
	if (q < end && (*q == '?' || *q == '+'))
		q++;
	return (size_t)(q - p);
}

/* Option letters after "(?" up to ')' or ':'; updates *icase, *x.
 * Returns the byte that ended them, or 0 if they are not options. */
static char
options(struct parser *P, int *icase, int *x)
{
	int on = 1, ni = *icase, nx = *x;

	if (P->p < P->end && *P->p == '^') {
		ni = nx = 0;
		P->p++;
	}
	for (; P->p < P->end; P->p++) {
		char c = *P->p;

		if (c == ')' || c == ':') {
			*icase = ni;
			*x = nx;
			P->p++;
			return c;
		}
		if (c == '-')
			on = 0;
		else if (c == 'i')
			ni = on;
		else if (c == 'x') {
			if (P->p + 1 < P->end && P->p[1] == 'x')
				return 0;	/* (?xx): spaces in classes */
			nx = on;
		} else if (!strchr("msnJU", c))
			return 0;
	}
	return 0;
}

static struct alt *parse_alt(struct parser *, int icase, int x, int *cap);

/* One group; P->p is just after its '('. */
static void
group(struct parser *P, struct seq *s, int *icase, int *x, int *cap)
{
	const char *open = P->p - 1;
	struct node *nd;
	int gi = *icase, gx = *x, capture = 0, behind = 0, reset = 0;
	int inner = 0;

	if (P->p < P->end && *P->p == '*') {
		P->fail = 1;	/* (*VERB) */
		return;
	}
	if (P->p < P->end && *P->p == '?') {
		P->p++;
		if (P->p >= P->end) {
			P->fail = 1;
			return;
		}
		switch (*P->p) {
		case ':': case '>': case '=': case '!': case '*':
			P->p++;
			break;
		case '|':
			P->p++;
			reset = 1;
			break;
		case '#':
			P->p = memchr(P->p, ')', (size_t)(P->end - P->p));
			if (P->p == NULL) {
				P->fail = 1;
				return;
			}
			P->p++;
			nd = seq_push(s);
			nd->kind = N_ATOM;
			nd->s = open;
			nd->n = (size_t)(P->p - open);
			nd->ws = 1;
			return;
		case '<':
			if (P->p + 1 < P->end && (P->p[1] == '=' ||
			    P->p[1] == '!' || P->p[1] == '*')) {
				P->p += 2;
				behind = 1;
				break;
			}
			/* FALLTHROUGH */
		case 'P':
		case '\'': {
			char close = *P->p == '\'' ? '\'' : '>';

			if (*P->p == 'P' && (P->p + 1 >= P->end ||
			    P->p[1] != '<')) {
				P->fail = 1;	/* (?P=name), (?P>name) */
				return;
			}
			P->p = memchr(P->p + 1, close,
			    (size_t)(P->end - P->p - 1));
			if (P->p == NULL) {
				P->fail = 1;
				return;
			}
			P->p++;
			capture = 1;
			break;
		}
		default: {
			char end = options(P, &gi, &gx);

			if (end == 0) {
				P->fail = 1;	/* (?|, (?(, (?R, (?1, ... */
				return;
			}
			if (end == ')') {
				/* Until the end of the enclosing group. */
				nd = seq_push(s);
				nd->kind = N_ATOM;
				nd->s = open;
				nd->n = (size_t)(P->p - open);
				nd->opts = 1;
				*icase = gi;
				*x = gx;
				return;
			}
			break;
		}
		}
	} else
		capture = 1;
	if (++P->depth > MAX_DEPTH) {
		P->fail = 1;
		return;
	}
	{
		const char *body = P->p;
		struct alt *a = parse_alt(P, gi, gx, &inner);

		P->depth--;
		if (P->fail) {
			alt_free(a);
			return;
		}
		nd = seq_push(s);
		nd->kind = N_GROUP;
		nd->s = open;
		nd->n = (size_t)(body - open);	/* the opening only */
		nd->alt = a;
	}
	nd->capture = capture || inner;
	nd->behind = behind;
	nd->reset = reset;
	if (capture || inner)
		*cap = 1;
	if (P->p >= P->end || *P->p != ')') {
		P->fail = 1;
		return;
	}
	P->p++;
}

/*
 * A sequence of alternatives up to ')' or the end; *cap is set when a
 * capturing group is among them.  The opening text of each group is
 * recovered from the source: what lies between its '(' and the start of
 * its first alternative.
 */
static struct alt *
parse_alt(struct parser *P, int icase, int x, int *cap)
{
	struct alt *a = fl_xmalloc(sizeof(*a));
	struct seq *s;

	memset(a, 0, sizeof(*a));
	s = alt_push(a);
	while (P->p < P->end && !P->fail) {
		const char *at = P->p;
		char c = *P->p;
		struct node *nd;

		if (c == ')')
			break;
		if (c == '|') {
			P->p++;
			s = alt_push(a);
			continue;
		}
		if (c == '(') {
			P->p++;
			group(P, s, &icase, &x, cap);
			continue;
		}
		{
			nd = seq_push(s);
			nd->kind = N_ATOM;
			nd->s = at;
			nd->icase = (unsigned)icase;
			P->p++;
			if (x && (c == ' ' || c == '\t' || c == '\n' ||
			    c == '\r' || c == '\f' || c == '\v')) {
				nd->ws = 1;
			} else if (x && c == '#') {
				while (P->p < P->end && *P->p != '\n')
					P->p++;
				nd->ws = 1;
			} else if (c == '\\')
				escape(P, nd);
			else if (c == '[')
				klass(P);
			else if (x && fl_pattern_space(at, P->end) > 1)
				P->fail = 1;	/* U+0085, U+2028: white space */
			else if ((unsigned char)c >= 0x80)
				P->p = at + charlen(at, P->end);
			else if (isalnum((unsigned char)c))
				nd->c = c;
			else if (quantifier(at, P->end) > 0) {
				/* Quantifies the last thing that is not a
				 * space or comment. */
				size_t k = s->n - 1;

				P->p = at + quantifier(at, P->end);
				while (k > 0 && s->v[k - 1].kind == N_ATOM &&
				    s->v[k - 1].ws)
					k--;
				if (k == 0) {
					P->fail = 1;
					break;
				}
				s->v[k - 1].c = 0;
				s->v[k - 1].wordb = 0;
			}
			/* A quantifier after a group is an atom of its own,
			 * read here too. */
			nd->n = (size_t)(P->p - at);
		}
	}
	return a;
}

/* Index of the first node of s from i on that is not a space, or s->n. */
static size_t
skip_ws(const struct seq *s, size_t i)
{
	while (i < s->n && s->v[i].kind == N_ATOM && s->v[i].ws)
		i++;
	return i;
}

static int
has_opts(const struct seq *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (s->v[i].kind == N_ATOM && s->v[i].opts)
			return 1;
	return 0;
}

static int
seq_captures(const struct seq *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (s->v[i].kind == N_GROUP && s->v[i].capture)
			return 1;
	return 0;
}

/* A new group node "(?:" holding a. */
static struct node
wrap(struct alt *a)
{
	struct node nd;

	memset(&nd, 0, sizeof(nd));
	nd.kind = N_GROUP;
	nd.s = "(?:";
	nd.n = 3;
	nd.alt = a;
	return nd;
}

/* Move the nodes of from[i, n) to the end of to. */
static void
take_nodes(struct seq *to, struct seq *from, size_t i)
{
	for (; i < from->n; i++)
		*seq_push(to) = from->v[i];
	from->n = 0;
}

static void factor_here(struct alt *a);

/* Is there a k-th literal character (from 0) at the start of s, spaces
 * under (?x) aside?  Then *pos is its index in s. */
static size_t
lit_at(const struct seq *s, size_t k, size_t *pos)
{
	size_t i = skip_ws(s, 0), j = 0;

	for (;;) {
		if (i >= s->n || s->v[i].kind != N_ATOM || s->v[i].c == 0)
			return 0;
		if (j == k) {
			*pos = i;
			return 1;
		}
		j++;
		i = skip_ws(s, i + 1);	/* a quantified one has no c */
	}
}

static int
same_char(const struct node *x, const struct node *y)
{
	if (x->c == y->c)
		return x->icase == y->icase;
	return x->icase && y->icase &&
	    tolower((unsigned char)x->c) == tolower((unsigned char)y->c);
}

/*
 * Factor the run of branches a->v[lo, hi), each of which starts with a
 * literal character and none of which captures: group them by first
 * character (caselessly), each group at the place of its first member.
 */
static void
factor_run(struct alt *a, size_t lo, size_t hi, struct alt *out)
{
	size_t n = hi - lo, i, j, *key, *done;

	key = fl_xmalloc(n * sizeof(*key));
	done = fl_xmalloc(n * sizeof(*done));
	for (i = 0; i < n; i++) {
		size_t pos = 0;

		lit_at(&a->v[lo + i], 0, &pos);
		key[i] = (size_t)tolower((unsigned char)a->v[lo + i].v[pos].c);
		done[i] = 0;
	}
	for (i = 0; i < n; i++) {
		size_t m = 0, k, pos, p0;
		struct seq *first = &a->v[lo + i];

		if (done[i])
			continue;
		for (j = i; j < n; j++)
			if (!done[j] && key[j] == key[i])
				m++;
		/* The shared literal beginning, k characters (none for a
		 * group of one). */
		for (k = 0; m > 1; k++) {
			struct node *c0;
			int all = 1;

			if (!lit_at(first, k, &p0))
				break;
			c0 = &first->v[p0];
			for (j = i + 1; j < n && all; j++)
				if (!done[j] && key[j] == key[i] &&
				    (!lit_at(&a->v[lo + j], k, &pos) ||
				    !same_char(c0, &a->v[lo + j].v[pos])))
					all = 0;
			if (!all)
				break;
		}
		if (k == 0) {
			/* Alone, or the same letter in another case, not
			 * caseless: still exclusive of the others; keep
			 * them together, in order. */
			for (j = i; j < n; j++)
				if (!done[j] && key[j] == key[i]) {
					done[j] = 1;
					*alt_push(out) = a->v[lo + j];
					memset(&a->v[lo + j], 0,
					    sizeof(a->v[0]));
				}
			continue;
		}
		{
			struct seq *ns = alt_push(out);
			struct alt *rest = fl_xmalloc(sizeof(*rest));
			size_t last;

			memset(rest, 0, sizeof(*rest));
			/* The beginning, from the first member. */
			lit_at(first, k - 1, &last);
			for (j = 0; j <= last; j++)
				*seq_push(ns) = first->v[j];
			for (j = i; j < n; j++) {
				struct seq *b = &a->v[lo + j], *r;

				if (done[j] || key[j] != key[i])
					continue;
				done[j] = 1;
				lit_at(b, k - 1, &pos);
				/* Drop the shared part (atoms only). */
				r = alt_push(rest);
				take_nodes(r, b, pos + 1);
				free(b->v);
				memset(b, 0, sizeof(*b));
			}
			factor_here(rest);
			*seq_push(ns) = wrap(rest);
		}
	}
	free(key);
	free(done);
}

/* Hoist shared \b and factor literal beginnings among the alternatives
 * of a (not in the groups below). */
static void
factor_here(struct alt *a)
{
	struct alt out;
	size_t i, j;

	if (a->n < 2)
		return;
	for (i = 0; i < a->n; i++)
		if (has_opts(&a->v[i]))
			return;
	memset(&out, 0, sizeof(out));
	/* Hoisting: runs of branches that start with \b. */
	for (i = 0; i < a->n;) {
		struct seq *s = &a->v[i];

		for (j = i; j < a->n; j++) {
			size_t g = skip_ws(&a->v[j], 0);

			if (g >= a->v[j].n || a->v[j].v[g].kind != N_ATOM ||
			    !a->v[j].v[g].wordb)
				break;
		}
		if (j - i < 2) {
			*alt_push(&out) = *s;
			i++;
			continue;
		}
		{
			struct alt *inner = fl_xmalloc(sizeof(*inner));
			struct seq *ns = alt_push(&out);
			size_t k;

			memset(inner, 0, sizeof(*inner));
			for (k = i; k < j; k++) {
				struct seq *b = &a->v[k];
				size_t g = skip_ws(b, 0);

				*seq_push(ns) = b->v[g];	/* first: the \b */
				if (k > i)
					ns->n--;
				take_nodes(alt_push(inner), b, g + 1);
				free(b->v);
			}
			factor_here(inner);
			*seq_push(ns) = wrap(inner);
		}
		i = j;
	}
	free(a->v);
	*a = out;
	/* Factoring: runs of branches that start with a literal. */
	memset(&out, 0, sizeof(out));
	for (i = 0; i < a->n;) {
		for (j = i; j < a->n; j++) {
			size_t pos;

			if (!lit_at(&a->v[j], 0, &pos) ||
			    seq_captures(&a->v[j]))
				break;
		}
		if (j - i < 2) {
			*alt_push(&out) = a->v[i];
			memset(&a->v[i], 0, sizeof(a->v[i]));
			i++;
			continue;
		}
		factor_run(a, i, j, &out);
		i = j;
	}
	for (i = 0; i < a->n; i++)
		free(a->v[i].v);
	free(a->v);
	*a = out;
}

/*
 * The same in every group below a, then in a itself when here is 1.  Never
 * in lookbehinds, whose alternatives must keep their lengths, and not
 * among the alternatives of a (?| group, whose captures are numbered
 * branch by branch (but in the groups below them).
 */
static void
factor(struct alt *a, int here)
{
	size_t i, j;

	for (i = 0; i < a->n; i++)
		for (j = 0; j < a->v[i].n; j++) {
			const struct node *nd = &a->v[i].v[j];

			if (nd->kind == N_GROUP && !nd->behind)
				factor(nd->alt, !nd->reset);
		}
	if (here)
		factor_here(a);
}

/*
 * The word-start guard: at a place between two ASCII letters it fails at
 * once, a class test each side, where \b looks both characters up by
 * Unicode property (PCRE2_UCP) first.  PCRE2 tries a pattern at every
 * place whose first character could start a match, in the middle of words
 * too; a pattern that can match only where \b holds gains the guard, which
 * turns away no place that \b would take: an ASCII letter (caselessly too:
 * U+212A KELVIN SIGN, U+017F LONG S) is a word character either side.
 */
#define GUARD "(?!(?<=[a-zA-Z])[a-zA-Z])"

static int starts_wordb_alt(const struct alt *);

/* Is a group node a lookaround, which takes no text? */
static int
lookaround(const struct node *nd)
{
	return nd->behind || (nd->n >= 3 && nd->s[0] == '(' &&
	    nd->s[1] == '?' && (nd->s[2] == '=' || nd->s[2] == '!'));
}

/* Does every match of s start where an unquantified \b holds?  Spaces,
 * option settings and lookarounds before it take no text; a group counts
 * when each of its branches does so; anything quantified does not. */
static int
starts_wordb(const struct seq *s)
{
	size_t i;

	for (i = 0; i < s->n; i++) {
		const struct node *nd = &s->v[i];
		size_t q = skip_ws(s, i + 1);

		if (nd->kind == N_ATOM && (nd->ws || nd->opts))
			continue;
		if (nd->kind == N_ATOM)
			return nd->wordb;
		/* A group: quantified (the next atom is its quantifier), it
		 * could be skipped or repeated. */
		if (q < s->n && s->v[q].kind == N_ATOM && !s->v[q].ws &&
		    !s->v[q].opts && quantifier(s->v[q].s, s->v[q].s +
		    s->v[q].n) == s->v[q].n)
			return 0;
		if (lookaround(nd))
			continue;
		return starts_wordb_alt(nd->alt);
	}
	return 0;
}

static int
starts_wordb_alt(const struct alt *a)
{
	size_t i;

	if (a->n == 0)
		return 0;
	for (i = 0; i < a->n; i++)
		if (!starts_wordb(&a->v[i]))
			return 0;
	return 1;
}

/* Does a open with the guard already (one alternative, the guard first)? */
static int
has_guard(const struct alt *a)
{
	size_t g;

	if (a->n != 1)
		return 0;
	g = skip_ws(&a->v[0], 0);
	return g < a->v[0].n && a->v[0].v[g].kind == N_GROUP &&
	    strncmp(a->v[0].v[g].s, GUARD, strlen(GUARD)) == 0;
}

static void emit_alt(const struct alt *, struct fl_buf *);

static void
emit_seq(const struct seq *s, struct fl_buf *b)
{
	size_t i;

	for (i = 0; i < s->n; i++) {
		const struct node *nd = &s->v[i];

		/* A comment under (?x) runs to the end of its line, which
		 * may now be the end of a group: a space says the same. */
		if (nd->kind == N_ATOM && nd->ws && nd->s[0] == '#') {
			fl_buf_putc(b, ' ');
			continue;
		}
		fl_buf_put(b, nd->s, nd->n);
		if (nd->kind == N_GROUP) {
			emit_alt(nd->alt, b);
			fl_buf_putc(b, ')');
		}
	}
}

static void
emit_alt(const struct alt *a, struct fl_buf *b)
{
	size_t i;

	for (i = 0; i < a->n; i++) {
		if (i > 0)
			fl_buf_putc(b, '|');
		emit_seq(&a->v[i], b);
	}
}

char *
fl_reopt(const char *src, int anchored)
{
	struct parser P;
	struct alt *a;
	struct fl_buf b;
	int cap = 0, guard;
	char *out;

	P.p = src;
	P.end = src + strlen(src);
	P.fail = 0;
	P.depth = 0;
	a = parse_alt(&P, 0, 0, &cap);
	if (P.fail || P.p != P.end) {
		alt_free(a);
		return NULL;	/* not understood, or an unmatched ')' */
	}
	/* Options that open the pattern hold for every alternative: they
	 * stay in front, out of the way of the rewriting. */
	fl_buf_init(&b);
	if (a->n > 0) {
		struct seq *s = &a->v[0];
		size_t k = 0;

		while (k < s->n && s->v[k].kind == N_ATOM && s->v[k].opts)
			fl_buf_put(&b, s->v[k].s, s->v[k].n), k++;
		if (k > 0) {
			memmove(s->v, s->v + k, (s->n - k) * sizeof(*s->v));
			s->n -= k;
		}
	}
	/* The guard, unless the rule's author wrote one already. */
	guard = !anchored && !has_guard(a) && starts_wordb_alt(a);
	factor(a, 1);
	if (guard) {
		fl_buf_puts(&b, GUARD);
		if (a->n > 1)
			fl_buf_puts(&b, "(?:");
	}
	emit_alt(a, &b);
	if (guard && a->n > 1)
		fl_buf_putc(&b, ')');
	alt_free(a);
	if (strcmp(b.ptr, src) == 0) {
		fl_buf_release(&b);
		return NULL;
	}
	out = fl_xmalloc(b.len + 1);
	memcpy(out, b.ptr, b.len + 1);
	fl_buf_release(&b);
	return out;
}
