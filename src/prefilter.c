/*
 * prefilter.c: which rules could match a sentence at all?
 *
 * Running every pattern over every sentence costs a regex scan per rule.
 * Most rules need some literal word to be present ("said", "according",
 * "may"), so at compile time each pattern is read (a conservative reading
 * of the PCRE2 syntax: anything it does not understand makes the rule run
 * always) for a set of literals, one of which every match must contain.
 * All literals go into one Aho-Corasick automaton over case-folded ASCII
 * letters and digits; one pass over a sentence marks the rules whose
 * literals occur, and only those are run.  The result is the same as
 * running every rule: a rule is skipped only when it cannot match.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "factlens.h"

#define NCLS 37			/* other, a-z, 0-9 */
#define MAXLIT 63

struct fl_prefilter {
	uint32_t (*delta)[NCLS];
	uint64_t *out;		/* nstates * words: rules whose literal ends
				   at the state (or a suffix of it) */
	unsigned char *has;	/* state has any output */
	size_t nstates, cap, words;
	uint64_t *always;	/* rules run whatever the sentence */
};

static unsigned char cls[256];

static void
init_cls(void)
{
	int c;

	for (c = 'a'; c <= 'z'; c++)
		cls[c] = cls[c - 32] = (unsigned char)(c - 'a' + 1);
	for (c = '0'; c <= '9'; c++)
		cls[c] = (unsigned char)(c - '0' + 27);
}

/* A set of literals; known = 0 means "no literal is certain". */
struct lset {
	char **v;
	size_t n;
	int known;
};

static void
lset_free(struct lset *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		free(s->v[i]);
	free(s->v);
	s->v = NULL;
	s->n = 0;
	s->known = 0;
}

static void
lset_add(struct lset *s, const char *lit, size_t n)
{
	s->v = fl_xrealloc(s->v, (s->n + 1) * sizeof(*s->v));
	s->v[s->n++] = fl_xstrndup(lit, n);
	s->known = 1;
}

static size_t
lset_score(const struct lset *s)
{
	size_t i, m = (size_t)-1;

	for (i = 0; i < s->n; i++)
		if (strlen(s->v[i]) < m)
			m = strlen(s->v[i]);
	return s->n ? m : 0;
}

/* Take *cand as the sequence's literal set if it is better than *best. */
static void
consider(struct lset *best, struct lset *cand)
{
	if (cand->known && cand->n &&
	    (!best->known || lset_score(cand) > lset_score(best))) {
		lset_free(best);
		*best = *cand;
	} else
		lset_free(cand);
	memset(cand, 0, sizeof(*cand));
}

struct parser {
	const char *p;
	int x;			/* extended mode: white space and # ignored */
	int fail;		/* syntax we do not follow: give up */
};

static int
isdig(char c)
{
	return c >= '0' && c <= '9';
}

static int
isalnum_(char c)
{
	return isdig(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Skip a quantifier at P->p; return its minimum, or -1 if there is none. */
static long
quantifier(struct parser *P)
{
	const char *q = P->p;
	long min = -1;

	if (*q == '?' || *q == '*') {
		min = 0;
		q++;
	} else if (*q == '+') {
		min = 1;
		q++;
	} else if (*q == '{') {
		const char *r = q + 1;
		long v = 0;

		if (!isdig(*r))
			return -1;
		while (isdig(*r))
			v = v * 10 + (*r++ - '0');
		if (*r == ',') {
			r++;
			while (isdig(*r))
				r++;
		}
		if (*r != '}')
			return -1;
		min = v;
		q = r + 1;
	} else
		return -1;
	if (*q == '?' || *q == '+')
		q++;
	P->p = q;
	return min;
}

static void
skip_to(struct parser *P, char c)
{
	while (*P->p && *P->p != c)
		P->p++;
	if (*P->p)
		P->p++;
	else
		P->fail = 1;
}

static void
skip_class(struct parser *P)
{
	P->p++;				/* [ */
	if (*P->p == '^')
		P->p++;
	if (*P->p == ']')
		P->p++;
	while (*P->p && *P->p != ']') {
		if (*P->p == '\\' && P->p[1])
			P->p += 2;
		else if (P->p[0] == '[' && P->p[1] == ':') {
			const char *e = strstr(P->p + 2, ":]");

			P->p = e ? e + 2 : P->p + 1;
		} else
			P->p++;
	}
	if (*P->p)
		P->p++;
	else
		P->fail = 1;
}

/* Skip an escape that is not a literal character. */
static void
skip_escape(struct parser *P)
{
	char c = P->p[1];

	P->p += 2;
	if (c == 'Q' || c == 'E')
		P->fail = 1;
	else if (strchr("pPxoNgk", c) && *P->p == '{')
		skip_to(P, '}');
	else if (c == 'k' && (*P->p == '<' || *P->p == '\'')) {
		char end = *P->p == '<' ? '>' : '\'';

		P->p++;
		skip_to(P, end);
	} else if (c == 'x') {
		int k;

		for (k = 0; k < 2 && *P->p &&
		    strchr("0123456789abcdefABCDEF", *P->p); k++)
			P->p++;
	}
	else if (c == 'c' && *P->p)
		P->p++;
	else if (isdig(c) || c == 'g')
		while (isdig(*P->p))
			P->p++;
}

static void alt(struct parser *P, struct lset *res);

/* Flags in (?flags) or (?flags: ...): update x; return 1 if parsed. */
static int
flags(struct parser *P, int *x)
{
	const char *q = P->p;
	int on = 1;

	while (*q && strchr("imnsxUJ-", *q)) {
		if (*q == '-')
			on = 0;
		else if (*q == 'x')
			*x = on;
		q++;
	}
	if (*q != ')' && *q != ':')
		return 0;
	P->p = q;
	return 1;
}

/* A group, P->p after its "(".  *res gets its literal set if the group's
 * content is part of the match (not a lookaround). */
static void
group(struct parser *P, struct lset *res)
{
	int save = P->x, x = P->x, zero = 0;

	memset(res, 0, sizeof(*res));
	if (*P->p == '*') {
		skip_to(P, ')');
		return;
	}
	if (*P->p == '?') {
		P->p++;
		if (*P->p == '#') {
			skip_to(P, ')');
			return;
		}
		if (*P->p == ':' || *P->p == '|' || *P->p == '>')
			P->p++;
		else if (*P->p == '=' || *P->p == '!') {
			P->p++;
			zero = 1;
		} else if (P->p[0] == '<' && (P->p[1] == '=' || P->p[1] == '!')) {
			P->p += 2;
			zero = 1;
		} else if (*P->p == '<' || *P->p == '\'') {
			char end = *P->p == '<' ? '>' : '\'';

			P->p++;
			skip_to(P, end);
		} else if (P->p[0] == 'P' && P->p[1] == '<') {
			P->p++;
			skip_to(P, '>');
		} else if (flags(P, &x)) {
			if (*P->p == ')') {
				/* (?x) on its own: applies to the rest of
				 * the enclosing group. */
				P->p++;
				P->x = x;
				res->known = -1;	/* no content */
				return;
			}
			P->p++;		/* : */
			P->x = x;
		} else {
			P->fail = 1;
			return;
		}
	}
	alt(P, res);
	P->x = save;
	if (*P->p == ')')
		P->p++;
	else
		P->fail = 1;
	if (zero)
		lset_free(res);
}

/* One branch: a sequence of items up to | or ) or the end. */
static void
seq(struct parser *P, struct lset *best)
{
	char run[MAXLIT + 1];
	size_t n = 0;
	struct lset cand;
	long q;

	memset(best, 0, sizeof(*best));
	memset(&cand, 0, sizeof(cand));
#define FLUSH() do {						\
		if (n) {					\
			lset_add(&cand, run, n);		\
			consider(best, &cand);			\
			n = 0;					\
		}						\
	} while (0)
	while (*P->p && *P->p != '|' && *P->p != ')' && !P->fail) {
		char c = *P->p;

		if (P->x && (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		    c == '\f' || c == '\v')) {
			P->p++;
			continue;
		}
		if (P->x && c == '#') {
			while (*P->p && *P->p != '\n')
				P->p++;
			continue;
		}
		if (c == '(') {
			struct lset g;

			FLUSH();
			P->p++;
			group(P, &g);
			if (g.known == -1) {
				memset(&g, 0, sizeof(g));
				continue;
			}
			q = quantifier(P);
			if (q == -1 || q >= 1)
				consider(best, &g);
			else
				lset_free(&g);
			continue;
		}
		if (c == '[') {
			FLUSH();
			skip_class(P);
			quantifier(P);
			continue;
		}
		if (c == '\\' && P->p[1] && isalnum_(P->p[1])) {
			FLUSH();
			skip_escape(P);
			quantifier(P);
			continue;
		}
		if (c == '\\' && P->p[1]) {
			c = P->p[1];	/* an escaped literal: not a letter */
			P->p += 2;
			FLUSH();
			quantifier(P);
			continue;
		}
		if (c == '.' || c == '^' || c == '$' || c == '*' || c == '+' ||
		    c == '?' || c == '{') {
			FLUSH();
			P->p++;
			if (c == '.')
				quantifier(P);
			continue;
		}
		/* A literal character. */
		P->p++;
		q = quantifier(P);
		if (cls[(unsigned char)c] && q == -1) {
			if (n < MAXLIT)
				run[n++] = (char)(c >= 'A' && c <= 'Z' ?
				    c + 32 : c);
			continue;
		}
		if (cls[(unsigned char)c] && q >= 1) {
			if (n < MAXLIT)
				run[n++] = (char)(c >= 'A' && c <= 'Z' ?
				    c + 32 : c);
		}
		FLUSH();
	}
	FLUSH();
#undef FLUSH
}

static void
alt(struct parser *P, struct lset *res)
{
	struct lset b;
	int first = 1, unknown = 0;
	size_t i;

	memset(res, 0, sizeof(*res));
	for (;;) {
		seq(P, &b);
		if (!b.known)
			unknown = 1;
		if (!unknown) {
			for (i = 0; i < b.n; i++)
				lset_add(res, b.v[i], strlen(b.v[i]));
		}
		lset_free(&b);
		first = 0;
		if (*P->p != '|' || P->fail)
			break;
		P->p++;
	}
	(void)first;
	if (unknown)
		lset_free(res);
}

/* The literals one of which every match of pattern must contain. */
static void
literals(const char *pattern, struct lset *res)
{
	struct parser P;

	P.p = pattern;
	P.x = 0;
	P.fail = 0;
	alt(&P, res);
	if (P.fail || *P.p != '\0')
		lset_free(res);
}

static uint32_t
new_state(struct fl_prefilter *pf)
{
	if (pf->nstates == pf->cap) {
		pf->cap = pf->cap ? pf->cap * 2 : 256;
		pf->delta = fl_xrealloc(pf->delta, pf->cap * sizeof(*pf->delta));
	}
	memset(pf->delta[pf->nstates], 0, sizeof(pf->delta[0]));
	return (uint32_t)pf->nstates++;
}

struct fl_prefilter *
fl_prefilter_new(const struct fl_ruleset *rs)
{
	struct fl_prefilter *pf = fl_xmalloc(sizeof(*pf));
	uint32_t *fail, *queue, s, t;
	struct { uint32_t state; size_t rule; } *ends = NULL;
	size_t nends = 0, i, j, head, tail;
	int c;

	if (cls['a'] == 0)
		init_cls();
	memset(pf, 0, sizeof(*pf));
	pf->words = (rs->nrules + 63) / 64;
	pf->always = calloc(pf->words ? pf->words : 1, sizeof(uint64_t));
	if (pf->always == NULL)
		fl_xmalloc((size_t)-1);
	new_state(pf);
	for (i = 0; i < rs->nrules; i++) {
		const struct fl_rule *r = &rs->rules[i];
		struct lset L;

		if (r->pattern == NULL)
			continue;
		literals(r->pattern, &L);
		if (!L.known || L.n == 0) {
			pf->always[i / 64] |= (uint64_t)1 << (i % 64);
			lset_free(&L);
			continue;
		}
		for (j = 0; j < L.n; j++) {
			const unsigned char *w = (const unsigned char *)L.v[j];

			for (s = 0; *w; w++) {
				c = cls[*w];
				if (pf->delta[s][c] == 0) {
					t = new_state(pf);
					pf->delta[s][c] = t;
				}
				s = pf->delta[s][c];
			}
			ends = fl_xrealloc(ends, (nends + 1) * sizeof(*ends));
			ends[nends].state = s;
			ends[nends].rule = i;
			nends++;
		}
		lset_free(&L);
	}
	pf->out = calloc(pf->nstates * (pf->words ? pf->words : 1),
	    sizeof(uint64_t));
	pf->has = calloc(pf->nstates, 1);
	fail = calloc(pf->nstates, sizeof(*fail));
	queue = fl_xmalloc(pf->nstates * sizeof(*queue));
	if (pf->out == NULL || pf->has == NULL || fail == NULL)
		fl_xmalloc((size_t)-1);
	for (i = 0; i < nends; i++) {
		pf->out[ends[i].state * pf->words + ends[i].rule / 64] |=
		    (uint64_t)1 << (ends[i].rule % 64);
		pf->has[ends[i].state] = 1;
	}
	free(ends);
	/* Breadth first: failure links, outputs, and the full transition
	 * table (class 0, "other", always returns to the root). */
	head = tail = 0;
	for (c = 1; c < NCLS; c++)
		if ((t = pf->delta[0][c]) != 0) {
			fail[t] = 0;
			queue[tail++] = t;
		}
	while (head < tail) {
		s = queue[head++];
		for (j = 0; j < pf->words; j++)
			pf->out[s * pf->words + j] |=
			    pf->out[fail[s] * pf->words + j];
		pf->has[s] |= pf->has[fail[s]];
		for (c = 1; c < NCLS; c++) {
			t = pf->delta[s][c];
			if (t != 0) {
				fail[t] = pf->delta[fail[s]][c];
				queue[tail++] = t;
			} else
				pf->delta[s][c] = pf->delta[fail[s]][c];
		}
	}
	free(fail);
	free(queue);
	return pf;
}

void
fl_prefilter_free(struct fl_prefilter *pf)
{
	if (pf == NULL)
		return;
	free(pf->delta);
	free(pf->out);
	free(pf->has);
	free(pf->always);
	free(pf);
}

size_t
fl_prefilter_words(const struct fl_prefilter *pf)
{
	return pf->words ? pf->words : 1;
}

void
fl_prefilter_scan(const struct fl_prefilter *pf, const char *text, size_t n,
    uint64_t *cand)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i, j, w = pf->words;
	uint32_t st = 0;
	int c;

	memcpy(cand, pf->always, fl_prefilter_words(pf) * sizeof(*cand));
	for (i = 0; i < n; i++) {
		c = cls[s[i]];
		/* Caseless matching lets U+212A KELVIN SIGN match k and
		 * U+017F LONG S match s. */
		if (s[i] == 0xE2 && i + 2 < n && s[i + 1] == 0x84 &&
		    s[i + 2] == 0xAA) {
			c = cls['k'];
			i += 2;
		} else if (s[i] == 0xC5 && i + 1 < n && s[i + 1] == 0xBF) {
			c = cls['s'];
			i += 1;
		}
		st = pf->delta[st][c];
		if (pf->has[st])
			for (j = 0; j < w; j++)
				cand[j] |= pf->out[st * w + j];
	}
}

void
fl_prefilter_each(const struct fl_ruleset *rs,
    void (*fn)(void *arg, const struct fl_rule *r, const char *lit),
    void *arg)
{
	size_t i, j;

	if (cls['a'] == 0)
		init_cls();
	for (i = 0; i < rs->nrules; i++) {
		const struct fl_rule *r = &rs->rules[i];
		struct lset L;

		if (r->pattern == NULL)
			continue;
		literals(r->pattern, &L);
		if (!L.known || L.n == 0)
			fn(arg, r, NULL);
		for (j = 0; j < L.n; j++)
			fn(arg, r, L.v[j]);
		lset_free(&L);
	}
}
