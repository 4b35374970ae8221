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

#define NCLS 28			/* other, a-z, any digit */
#define ROWLEN(w) (2 * (w) + 2)	/* a row of frow: see struct fl_prefilter */
#define MAXLIT 63

struct fl_lead {
	uint32_t rule;
	uint32_t len;
};

struct fl_prefilter {
	uint16_t (*delta)[NCLS];	/* 16 bits: half the memory to touch */
	unsigned char *has_lead;	/* rule starts with a lead literal */
	uint32_t *lead0, *leadn; /* state's leads: lead[lead0[s] .. leadn[s]) */
	uint16_t *row;		/* with has[s]: the state's row of out */
	struct fl_lead *lead;
	size_t nlead;
	uint64_t *out;		/* rows of words: rules whose literal ends
				   at the state (or a suffix of it) */
	unsigned char *has;	/* state has any output */
	/* While the automaton is built: has, row, out, lead0 and leadn.
	 * Then, for the scan, states from nplain on are those with outputs
	 * or leads, and each has a row of frow (rowlen words): its rules'
	 * bits, then lead0 and leadn in one word, then the bits of the rules
	 * of its leads, then where each of the two bit sets has words that
	 * are not zero (RANGE), as most of them are zero. */
	uint64_t *frow;
	size_t nplain, rowlen;
	size_t nstates, cap, words;
	uint64_t *always;	/* rules run whatever the sentence */
	size_t nrules, nrows;	/* rows of out */
	int borrowed;		/* the tables lie in a saved copy
				   (fl_prefilter_load): free none of them */
};

static unsigned char cls[256];
/* The scan's classes: cls, and SPECIAL for the first byte of U+212A
 * KELVIN SIGN and of U+017F LONG S. */
#define SPECIAL NCLS
static unsigned char scls[256];

/* Fill cls and scls: called where a prefilter is built or loaded, before
 * any thread scans with it. */
static void
init_cls(void)
{
	int c;

	for (c = 'a'; c <= 'z'; c++)
		cls[c] = cls[c - 32] = (unsigned char)(c - 'a' + 1);
	for (c = '0'; c <= '9'; c++)
		cls[c] = 27;	/* one class: a literal "2nd" also finds
				   "3nd", which only runs a rule more often */
	memcpy(scls, cls, sizeof(scls));
	scls[0xE2] = scls[0xC5] = SPECIAL;
}

/* A set of literals; known = 0 means "no literal is certain".  Rules are
 * compiled at every start, so the sets keep their scores. */
struct lset {
	char **v;
	size_t n, cap;
	int known;
	size_t score, rar;	/* cached lset_score, lset_rarity, + 1 */
};

static void
lset_free(struct lset *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		free(s->v[i]);
	free(s->v);
	memset(s, 0, sizeof(*s));
}

static void
lset_grow(struct lset *s, size_t k)
{
	if (s->n + k > s->cap) {
		s->cap = s->n + k > 2 * s->cap ? s->n + k : 2 * s->cap;
		s->v = fl_xrealloc(s->v, s->cap * sizeof(*s->v));
	}
	s->known = 1;
	s->score = s->rar = 0;
}

static void
lset_add(struct lset *s, const char *lit, size_t n)
{
	lset_grow(s, 1);
	s->v[s->n++] = fl_xstrndup(lit, n);
}

/* Move the literals of src to the end of dst. */
static void
lset_take(struct lset *dst, struct lset *src)
{
	lset_grow(dst, src->n);
	if (src->n > 0)
		memcpy(dst->v + dst->n, src->v, src->n * sizeof(*src->v));
	dst->n += src->n;
	free(src->v);
	memset(src, 0, sizeof(*src));
}

static size_t
lset_score(struct lset *s)
{
	size_t i, m = (size_t)-1;

	if (s->score == 0) {
		for (i = 0; i < s->n; i++)
			if (strlen(s->v[i]) < m)
				m = strlen(s->v[i]);
		s->score = (s->n ? m : 0) + 1;
	}
	return s->score - 1;
}

/* Words so common that a literal made of them rules out few sentences. */
static const char *const common[] = {
	"a", "an", "and", "are", "as", "at", "be", "been", "being", "by", "can",
	"could", "did", "do", "does", "for", "from", "had", "has", "have", "he",
	"her", "his", "i", "in", "is", "it", "its", "may", "might", "no", "not",
	"of", "on", "one", "or", "s", "said", "say", "says", "she", "so", "some",
	"t", "than", "that", "the", "their", "there", "these", "they", "this",
	"those", "to", "was", "we", "were", "what", "which", "who", "will",
	"with", "would", "you"
};

#define NCOMMON (sizeof(common) / sizeof(common[0]))

/* How few sentences a literal with spaces is likely to occur in: the
 * letters of its words, a common word counting one. */
static size_t
rarity(const char *s)
{
	size_t score = 0, n, i;

	while (*s) {
		if (*s == ' ') {
			s++;
			continue;
		}
		for (n = 0; s[n] && s[n] != ' '; n++)
			;
		/* common is sorted: look from its first word with this
		 * letter on. */
		i = n > 5 ? NCOMMON : 0;
		while (i < NCOMMON && common[i][0] < s[0])
			i++;
		for (; i < NCOMMON && common[i][0] == s[0]; i++)
			if (strncmp(common[i], s, n) == 0 &&
			    common[i][n] == '\0')
				break;
		score += i < NCOMMON && common[i][0] == s[0] ? 1 : n;
		s += n;
	}
	return score;
}

static size_t
lset_rarity(struct lset *s)
{
	size_t i, r, m = (size_t)-1;

	if (s->rar == 0) {
		for (i = 0; i < s->n; i++)
			if ((r = rarity(s->v[i])) < m)
				m = r;
		s->rar = (s->n ? m : 0) + 1;
	}
	return s->rar - 1;
}

/* Take *cand as the sequence's literal set if it is better than *best:
 * longer (sep 0) or rarer (sep 1). */
static void
consider(struct lset *best, struct lset *cand, int sep)
{
	if (cand->known && cand->n && (!best->known || (sep ?
	    lset_rarity(cand) > lset_rarity(best) :
	    lset_score(cand) > lset_score(best)))) {
		lset_free(best);
		*best = *cand;
	} else
		lset_free(cand);
	memset(cand, 0, sizeof(*cand));
}

/* The run sets of one parse, used as a stack. */
struct pool {
	struct runs **v;
	size_t top, n;
};

struct parser {
	const char *p;
	int x;			/* extended mode: white space and # ignored */
	int fail;		/* syntax we do not follow: give up */
	int sep;		/* literals with spaces (struct runs) */
	struct pool *pool;
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
		/* Held below overflow; PCRE2 allows no more than 65535. */
		for (; isdig(*r); r++)
			if (v < 1000000)
				v = v * 10 + (*r - '0');
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
	const char *posix;

	P->p++;				/* [ */
	if (*P->p == '^')
		P->p++;
	if (*P->p == ']')
		P->p++;
	while (*P->p && *P->p != ']') {
		if (*P->p == '\\' && strchr("QEc", P->p[1]) != NULL &&
		    P->p[1]) {
			/* \Q..\E, and \c, which takes the next character
			 * ("\c]"): not read */
			P->fail = 1;
			return;
		} else if (*P->p == '\\' && P->p[1])
			P->p += 2;
		else if ((posix = fl_posix_class_end(P->p,
		    P->p + strlen(P->p))) != NULL)
			P->p = posix;
		else
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

struct sets;
static void alt(struct parser *P, struct sets *res, int sep);

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

/* What a group, an alternation or a sequence must contain (need), and
 * the literals one of which every match of it starts with (lead). */
struct sets {
	struct lset need, lead;
	int ends_sep;		/* sep mode: every branch ends in white space,
				   punctuation or a boundary */
};

static void
sets_free(struct sets *s)
{
	lset_free(&s->need);
	lset_free(&s->lead);
}

/*
 * In sep mode (the automaton's literals, not --list-literals) a literal may
 * hold spaces.  A space stands for one or more bytes that are not ASCII
 * letters or digits, or for the start or end of the sentence: what the
 * pattern has there is white space, punctuation, \b, ^, $ or (?<!\w).  The
 * scan sees a run of such bytes as one space, so " said " is the word
 * "said" and "press release" the two words apart.  A literal holds at
 * least one letter or digit.
 *
 * The literal runs a sequence builds: one, or several after a group of
 * fixed alternatives ("(?:said|says)\b" gives " said ", " says ").
 */
#define MAXRUNS 64
#define SEPLIT 16		/* longest literal given to the automaton */

struct runs {
	char v[MAXRUNS][MAXLIT + 1];
	unsigned char len[MAXRUNS];
	unsigned char full[MAXRUNS];	/* cut at MAXLIT: nothing more goes on */
	size_t n;			/* 0: no run open */
};

static void
runs_open(struct runs *R)
{
	if (R->n == 0) {
		R->n = 1;
		R->len[0] = 0;
		R->full[0] = 0;
	}
}

static void
run_put(struct runs *R, size_t i, char c)
{
	if (R->full[i])
		return;
	if (c == ' ' && R->len[i] > 0 && R->v[i][R->len[i] - 1] == ' ')
		return;			/* one space for a run of them */
	if (R->len[i] == MAXLIT) {
		R->full[i] = 1;		/* a prefix is needed all the same */
		return;
	}
	R->v[i][R->len[i]++] = c;
}

static void
runs_put(struct runs *R, char c)
{
	size_t i;

	runs_open(R);
	for (i = 0; i < R->n; i++)
		run_put(R, i, c);
}

/* A run set of the parse's own, given back with runs_put_back. */
static struct runs *
runs_get(struct parser *P)
{
	struct pool *pl = P->pool;

	if (pl->top == pl->n) {
		pl->v = fl_xrealloc(pl->v, (pl->n + 1) * sizeof(*pl->v));
		pl->v[pl->n++] = fl_xmalloc(sizeof(struct runs));
	}
	pl->v[pl->top]->n = 0;
	return pl->v[pl->top++];
}

static void
runs_put_back(struct parser *P, size_t k)
{
	P->pool->top -= k;
}

static void
runs_copy(struct runs *dst, const struct runs *src)
{
	size_t i;

	for (i = 0; i < src->n; i++) {
		memcpy(dst->v[i], src->v[i], src->len[i]);
		dst->len[i] = src->len[i];
		dst->full[i] = src->full[i];
	}
	dst->n = src->n;
}

/* R becomes every run of R followed by every run of G; unchanged when
 * there would be too many. */
static int
runs_product(struct parser *P, struct runs *R, const struct runs *G)
{
	struct runs *out;
	size_t i, j, k;
	unsigned char m;

	if ((R->n ? R->n : 1) * G->n > MAXRUNS || G->n == 0)
		return -1;
	runs_open(R);
	out = runs_get(P);
	for (i = 0; i < R->n; i++)
		for (j = 0; j < G->n; j++) {
			k = out->n++;
			memcpy(out->v[k], R->v[i], R->len[i]);
			out->len[k] = R->len[i];
			out->full[k] = R->full[i];
			for (m = 0; m < G->len[j]; m++)
				run_put(out, k, G->v[j][m]);
			if (G->full[j])
				out->full[k] = 1;
		}
	runs_copy(R, out);
	runs_put_back(P, 1);
	return 0;
}

static int
has_alnum(const char *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (v[i] != ' ')
			return 1;
	return 0;
}

/* Add a lead literal: up to the space after its first word, so that the
 * literal's length tells where it starts.  (Repeats are dropped when the
 * automaton is built.) */
static void
lead_add(struct lset *s, const char *v, size_t n)
{
	size_t i = 0;

	while (i < n && v[i] == ' ')
		i++;
	while (i < n && v[i] != ' ')
		i++;
	if (i < n)
		n = i + 1;
	lset_add(s, v, n);
}

/* Is the character at p a UTF-8 general punctuation mark (U+2000 to
 * U+206F: dashes, quotation marks, ellipsis)?  Its length, or 0. */
static size_t
punct_utf8(const char *p)
{
	const unsigned char *u = (const unsigned char *)p;

	if (u[0] == 0xE2 && (u[1] == 0x80 || u[1] == 0x81) && u[2] >= 0x80 &&
	    u[2] <= 0xBF)
		return 3;
	return 0;
}

/* Does the class at p ("[...]") match only characters that are neither
 * ASCII letters or digits nor letters that fold to them? */
static int
sep_class(const char *p)
{
	const char *q = p + 1;

	if (*q == '^')
		return 0;
	for (; *q && (*q != ']' || q == p + 1); q++) {
		unsigned char c = (unsigned char)*q;

		if (c == '\\' || c == '[')
			return 0;
		if (c == '-' && q != p + 1 && q[1] != ']')
			return 0;	/* a range */
		if (c >= 0x80) {
			size_t k = punct_utf8(q);

			if (k == 0)
				return 0;
			q += k - 1;
		} else if (cls[c])
			return 0;
	}
	return *q == ']';
}

/* Characters that stand for themselves in a pattern. */
static int
plain(char c)
{
	return strchr("\\^$.|?*+()[]{}", c) == NULL;
}

/* A quick look ahead before fixed_group: does the group at p (after its
 * "(") have something no group of fixed alternatives has (a wildcard, an
 * optional or repeated letter, a lookaround, a class escape)?  Then the
 * full try can be skipped. */
static int
surely_not_fixed(const char *p)
{
	int depth = 0;
	char prev = '(';

	for (; *p; p++) {
		if (*p == '\\') {
			if (p[1] && isalnum_(p[1]) && p[1] != 's' && p[1] != 'b')
				return 1;
			if (p[1])
				p++;
			prev = '\\';	/* \s+ is fine, s+ is not */
			continue;
		}
		if (*p == '.' || *p == '*' || *p == '{')
			return 1;
		if (*p == '?' && prev != '(')
			return 1;
		if (*p == '+' && isalnum_(prev))
			return 1;
		if (*p == '(' && p[1] == '?' && (p[2] == '=' ||
		    ((p[2] == '!' || (p[2] == '<' && p[3] == '=')) &&
		    strncmp(p, "(?!\\w)", 6) != 0) ||
		    (p[2] == '<' && p[3] == '!' &&
		    strncmp(p, "(?<!\\w)", 7) != 0)))
			return 1;
		if (*p == '(')
			depth++;
		else if (*p == ')' && depth-- == 0)
			return 0;
		prev = *p;
	}
	return 0;
}

/*
 * A group of fixed alternatives, P->p after its "(": letters, digits,
 * white space, punctuation, \b and groups of the same, no quantifier but
 * on white space and punctuation.  Fills G with the strings (sep mode) and
 * *consume with whether some alternative starts with a character that is
 * not a letter or digit.  Returns 0, or -1 with P->p unchanged.
 */
static int
fixed_group(struct parser *P, struct runs *G, int *consume)
{
	struct parser Q = *P;
	struct runs *B, *N;
	const char *q;
	int first, rc = -1;
	long k;

	if (*Q.p == '?') {
		Q.p++;
		if (*Q.p == ':' || *Q.p == '|')
			Q.p++;
		else if ((*Q.p == '<' && Q.p[1] != '=' && Q.p[1] != '!') ||
		    *Q.p == '\'' || (Q.p[0] == 'P' && Q.p[1] == '<')) {
			if (*Q.p == 'P')
				Q.p++;
			skip_to(&Q, *Q.p == '<' ? '>' : '\'');
		} else if (flags(&Q, &Q.x) && *Q.p == ':')
			Q.p++;
		else
			return -1;
		if (Q.fail)
			return -1;
	}
	B = runs_get(P);
	N = runs_get(P);
	G->n = 0;
	*consume = 0;
	for (;;) {
		B->n = 0;
		runs_open(B);
		first = 1;
		while (*Q.p && *Q.p != '|' && *Q.p != ')') {
			char c = *Q.p;

			if (Q.x && strchr(" \t\n\r\f\v", c)) {
				Q.p++;
				continue;
			}
			if (Q.x && c == '#')
				goto out;
			if ((c == '(' && Q.p[1] == '?' &&
			    (strncmp(Q.p, "(?<!\\w)", 7) == 0 ||
			    strncmp(Q.p, "(?!\\w)", 6) == 0)) ||
			    (c == '\\' && Q.p[1] == 'b') || c == '^' || c == '$') {
				Q.p += c == '(' ? (Q.p[2] == '<' ? 7 : 6) :
				    c == '\\' ? 2 : 1;
				runs_put(B, ' ');
				continue;
			}
			if (c == '(') {
				int nc;

				Q.p++;
				if (fixed_group(&Q, N, &nc) < 0 ||
				    quantifier(&Q) != -1 ||
				    runs_product(&Q, B, N) < 0)
					goto out;
				if (first && nc)
					*consume = 1;
				first = 0;
				continue;
			}
			if (cls[(unsigned char)c] && c != '\0') {
				Q.p++;
				if (quantifier(&Q) != -1)
					goto out;
				runs_put(B, (char)(c >= 'A' && c <= 'Z' ?
				    c + 32 : c));
				first = 0;
				continue;
			}
			/* White space or punctuation, once or more. */
			q = Q.p;
			if (c == '\\' && (Q.p[1] == 's' || (Q.p[1] &&
			    (unsigned char)Q.p[1] < 0x80 && !isalnum_(Q.p[1]))))
				Q.p += 2;
			else if (c == '[' && sep_class(Q.p))
				skip_class(&Q);
			else if ((unsigned char)c >= 0x80 && punct_utf8(Q.p))
				Q.p += 3;
			else if ((unsigned char)c < 0x80 && plain(c))
				Q.p++;
			else
				goto out;
			if (q == Q.p || Q.fail || (k = quantifier(&Q)) == 0 ||
			    k < -1)
				goto out;
			runs_put(B, ' ');
			if (first)
				*consume = 1;
			first = 0;
		}
		if (G->n + B->n > MAXRUNS)
			goto out;
		for (k = 0; k < (long)B->n; k++) {
			memcpy(G->v[G->n], B->v[k], B->len[k]);
			G->len[G->n] = B->len[k];
			G->full[G->n] = B->full[k];
			G->n++;
		}
		if (*Q.p != '|')
			break;
		Q.p++;
	}
	if (*Q.p == ')') {
		P->p = Q.p + 1;
		rc = 0;
	}
out:
	runs_put_back(P, 2);
	return rc;
}

/* A group, P->p after its "(".  Returns 1 if the group matches no text
 * (a lookaround, a comment, a verb, flags), with res empty.  sep: what
 * comes before the group is white space, punctuation or a boundary. */
static int
group(struct parser *P, struct sets *res, int sep)
{
	int save = P->x, x = P->x, zero = 0;

	memset(res, 0, sizeof(*res));
	if (*P->p == '*') {
		skip_to(P, ')');
		return 1;
	}
	if (*P->p == '?') {
		P->p++;
		if (*P->p == '#') {
			skip_to(P, ')');
			return 1;
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
				return 1;
			}
			P->p++;		/* : */
			P->x = x;
		} else {
			P->fail = 1;
			return 1;
		}
	}
	alt(P, res, sep && !zero);
	P->x = save;
	if (*P->p == ')')
		P->p++;
	else
		P->fail = 1;
	if (zero) {
		sets_free(res);
		return 1;
	}
	return 0;
}

/* Escapes that match no text. */
static int
zero_escape(char c)
{
	return c == 'b' || c == 'B' || c == 'A' || c == 'z' || c == 'Z' ||
	    c == 'G' || c == 'K';
}

/* Close the runs: they are a literal set, one of which the sequence
 * needs; the lead too if they start the match. */
static void
runs_flush(struct runs *R, struct sets *res, int lead, int sep)
{
	struct lset cand;
	size_t i;

	memset(&cand, 0, sizeof(cand));
	for (i = 0; i < R->n; i++)
		if (!has_alnum(R->v[i], R->len[i]))
			break;
	if (R->n > 0 && i == R->n) {
		for (i = 0; i < R->n; i++) {
			if (lead)
				lead_add(&res->lead, R->v[i], R->len[i]);
			/* A prefix is needed too, and long literals
			 * only grow the automaton. */
			lset_add(&cand, R->v[i], sep && R->len[i] > SEPLIT ?
			    SEPLIT : R->len[i]);
		}
		consider(&res->need, &cand, sep);
	}
	R->n = 0;
}

/* One branch: a sequence of items up to | or ) or the end.  sep: what
 * comes before it is white space, punctuation or a boundary. */
static void
seq(struct parser *P, struct sets *res, int sep)
{
	struct runs *Rp = runs_get(P), *G = runs_get(P);
	struct lset pend;	/* leads of optional groups at the start */
	long q;
	int started = 0, lead_run = 0, consume;
	size_t i;

#define R (*Rp)
	memset(res, 0, sizeof(*res));
	memset(&pend, 0, sizeof(pend));
	R.n = 0;
	if (P->sep && sep)
		runs_put(&R, ' ');
#define FLUSH() do {						\
		runs_flush(&R, res, lead_run, P->sep);		\
		lead_run = 0;					\
	} while (0)
	/* The first item that matches text decides the lead: anything but a
	 * literal run or a group with a lead leaves it unknown. */
#define START() do { started = 1; } while (0)
	/* White space or punctuation (q: its quantifier) in sep mode. */
#define SEP(q) do {						\
		if ((q) != 0) {					\
			runs_put(&R, ' ');			\
			sep = 1;				\
		} else {					\
			FLUSH();				\
			sep = 0;				\
		}						\
		START();					\
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
		if (P->sep && c == '(' && P->p[1] == '?' &&
		    (strncmp(P->p, "(?<!\\w)", 7) == 0 ||
		    strncmp(P->p, "(?!\\w)", 6) == 0)) {
			P->p += P->p[2] == '<' ? 7 : 6;
			runs_put(&R, ' ');
			sep = 1;
			continue;
		}
		if (c == '(') {
			struct sets g;
			const char *at = P->p;

			if (P->sep) {
				P->p++;
				if (!surely_not_fixed(P->p) &&
				    fixed_group(P, G, &consume) == 0 &&
				    ((q = quantifier(P)) == -1 || q >= 1)) {
					if (runs_product(P, &R, G) == 0) {
						if (!started && !consume)
							lead_run = 1;
						START();
						sep = 0;
						if (q >= 1)
							FLUSH();
						continue;
					}
				}
				P->p = at;
			}
			FLUSH();
			P->p++;
			if (group(P, &g, sep)) {
				/* Matches no text: what came before still
				 * comes before what follows. */
				if (P->sep && sep)
					runs_put(&R, ' ');
				continue;
			}
			q = quantifier(P);
			/* What follows an optional group comes after what
			 * came before it or after the group; what follows
			 * one that is there, after the group. */
			sep = g.ends_sep && (q != 0 || sep);
			if (P->sep && !started && q == 0 && g.lead.known) {
				/* An optional group first: a match starts
				 * with its lead or with what follows it. */
				for (i = 0; i < g.lead.n; i++)
					lset_add(&pend, g.lead.v[i],
					    strlen(g.lead.v[i]));
				sets_free(&g);
				if (P->sep && sep)
					runs_put(&R, ' ');
				continue;
			}
			if (!started && (q == -1 || q >= 1) && g.lead.known) {
				res->lead = g.lead;
				memset(&g.lead, 0, sizeof(g.lead));
			}
			START();
			if (q == -1 || q >= 1)
				consider(&res->need, &g.need, P->sep);
			sets_free(&g);
			if (P->sep && sep)
				runs_put(&R, ' ');
			continue;
		}
		if (c == '[') {
			if (P->sep && sep_class(P->p)) {
				skip_class(P);
				q = quantifier(P);
				SEP(q);
				continue;
			}
			FLUSH();
			skip_class(P);
			quantifier(P);
			START();
			sep = 0;
			continue;
		}
		if (P->sep && c == '\\' && P->p[1] == 'b') {
			P->p += 2;
			if (quantifier(P) == 0) {
				FLUSH();
				sep = 0;
			} else {
				runs_put(&R, ' ');
				sep = 1;
			}
			continue;
		}
		if (P->sep && c == '\\' && (P->p[1] == 's' || (P->p[1] &&
		    (unsigned char)P->p[1] < 0x80 && !isalnum_(P->p[1])))) {
			P->p += 2;
			q = quantifier(P);
			SEP(q);
			continue;
		}
		if (c == '\\' && P->p[1] && isalnum_(P->p[1])) {
			int zero = zero_escape(P->p[1]);

			FLUSH();
			skip_escape(P);
			quantifier(P);
			if (!zero)
				START();
			sep = 0;
			continue;
		}
		if (c == '\\' && P->p[1]) {
			c = P->p[1];	/* an escaped literal: not a letter */
			P->p += 2;
			FLUSH();
			quantifier(P);
			START();
			sep = 0;
			continue;
		}
		if (c == '^' || c == '$') {
			P->p++;
			if (P->sep) {
				runs_put(&R, ' ');
				sep = 1;
			} else
				FLUSH();
			continue;
		}
		if (c == '.' || c == '*' || c == '+' || c == '?' || c == '{') {
			FLUSH();
			P->p++;
			if (c == '.')
				quantifier(P);
			START();
			sep = 0;
			continue;
		}
		if (P->sep && (unsigned char)c >= 0x80 && punct_utf8(P->p)) {
			P->p += 3;
			q = quantifier(P);
			SEP(q);
			continue;
		}
		/* A literal character. */
		P->p++;
		q = quantifier(P);
		if (P->sep && !cls[(unsigned char)c] && (unsigned char)c < 0x80) {
			SEP(q);
			continue;
		}
		sep = 0;
		if (cls[(unsigned char)c] && q != 0) {
			/* A letter or digit that occurs at least once. */
			if (!started) {
				START();
				lead_run = 1;
			}
			runs_put(&R, (char)(c >= 'A' && c <= 'Z' ? c + 32 : c));
			if (q == -1)
				continue;	/* the run goes on */
		}
		FLUSH();		/* a repeated or optional one ends it */
		START();
	}
	FLUSH();
	res->ends_sep = sep;
	runs_put_back(P, 2);
	if (pend.known && res->lead.known)
		for (i = 0; i < pend.n; i++)
			lead_add(&res->lead, pend.v[i], strlen(pend.v[i]));
	lset_free(&pend);
#undef R
#undef FLUSH
#undef START
#undef SEP
}

static void
alt(struct parser *P, struct sets *res, int sep)
{
	struct sets b;
	int need_unknown = 0, lead_unknown = 0;

	memset(res, 0, sizeof(*res));
	res->ends_sep = 1;
	for (;;) {
		seq(P, &b, sep);
		res->ends_sep &= b.ends_sep;
		if (!b.need.known)
			need_unknown = 1;
		if (!b.lead.known)
			lead_unknown = 1;
		if (!need_unknown)
			lset_take(&res->need, &b.need);
		if (!lead_unknown)
			lset_take(&res->lead, &b.lead);
		sets_free(&b);
		if (*P->p != '|' || P->fail)
			break;
		P->p++;
	}
	if (need_unknown)
		lset_free(&res->need);
	if (lead_unknown)
		lset_free(&res->lead);
}

/* The literals one of which every match of pattern must contain (need),
 * and those one of which it must start with (lead), each possibly
 * unknown.  sep: literals with spaces (see struct runs). */
static void
literals(const char *pattern, int sep, struct pool *pl, struct sets *res)
{
	struct parser P;

	P.p = pattern;
	P.x = 0;
	P.fail = 0;
	P.sep = sep;
	P.pool = pl;
	pl->top = 0;
	alt(&P, res, 0);
	if (P.fail || *P.p != '\0')
		sets_free(res);
}

static void
pool_release(struct pool *pl)
{
	size_t i;

	for (i = 0; i < pl->n; i++)
		free(pl->v[i]);
	free(pl->v);
	memset(pl, 0, sizeof(*pl));
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

#define MAXSTATES 65535
#define NOSTATE ((uint32_t)-1)

/* Add word to the automaton; return its final state, or NOSTATE when
 * the automaton is full. */
static uint32_t
add_word(struct fl_prefilter *pf, const char *word)
{
	const unsigned char *w = (const unsigned char *)word;
	uint32_t s = 0, t;
	int c;

	for (; *w; w++) {
		c = cls[*w];
		if (pf->delta[s][c] == 0) {
			if (pf->nstates == MAXSTATES)
				return NOSTATE;
			t = new_state(pf);
			pf->delta[s][c] = (uint16_t)t;
		}
		s = pf->delta[s][c];
	}
	return s;
}

struct end {
	uint32_t state;
	uint32_t rule;
	uint32_t len;		/* for leads: the literal's length */
};

static void
push_end(struct end **v, size_t *n, uint32_t state, size_t rule, size_t len)
{
	/* Room for 64, then doubled whenever n reaches a power of two. */
	if (*n == 0 || (*n >= 64 && (*n & (*n - 1)) == 0))
		*v = fl_xrealloc(*v, (*n ? 2 * *n : 64) * sizeof(**v));
	(*v)[*n].state = state;
	(*v)[*n].rule = (uint32_t)rule;
	(*v)[*n].len = (uint32_t)len;
	(*n)++;
}

/* Add the literals of s as ends of bit (leads: with their lengths).
 * Returns -1, adding none, when the automaton is full. */
static int
add_set(struct fl_prefilter *pf, const struct lset *s, size_t bit,
    struct end **v, size_t *n, int lead)
{
	size_t j, n0 = *n;
	uint32_t st;

	for (j = 0; j < s->n; j++) {
		if ((st = add_word(pf, s->v[j])) == NOSTATE) {
			*n = n0;
			return -1;
		}
		push_end(v, n, st, bit, lead ? strlen(s->v[j]) -
		    (s->v[j][0] == ' ') : 0);
	}
	return 0;
}

static int
by_state(const void *x, const void *y)
{
	const struct end *a = x, *b = y;

	if (a->state != b->state)
		return a->state < b->state ? -1 : 1;
	if (a->rule != b->rule)
		return a->rule < b->rule ? -1 : 1;
	return a->len < b->len ? -1 : a->len > b->len;
}

/* The first and the last + 1 of the words v[0, n) that are not zero, in
 * the low and high 16 bits (0 and 0 when all are); RANGE's half of a row. */
static uint64_t
range(const uint64_t *v, size_t n)
{
	size_t lo = 0, hi = n;

	while (lo < n && v[lo] == 0)
		lo++;
	while (hi > lo && v[hi - 1] == 0)
		hi--;
	if (lo == hi)
		return 0;
	return (uint64_t)lo | (uint64_t)hi << 16;
}

/*
 * Number the states again: first those with no output and no lead, then
 * the others, so that the scan tells by a state's number whether to look
 * at it (nplain); within each, in breadth-first order (queue[0, tail), all
 * states but the root), so that the states near the root, which the scan
 * visits most, lie together in memory.  Then make the rows of the others,
 * so that the scan finds what it needs of a state in one place.
 */
static void
renumber(struct fl_prefilter *pf, const uint16_t *queue, size_t tail)
{
	size_t n = pf->nstates, i, j, k = 1, pass;
	uint32_t *id = fl_xmalloc(n * sizeof(*id));
	uint16_t (*delta)[NCLS] = fl_xmalloc(n * sizeof(*delta));
	int c;

	id[0] = 0;		/* the root has no literal */
	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i < tail; i++) {
			uint16_t s = queue[i];
			int flag = pf->has[s] || pf->lead0[s] < pf->leadn[s];

			if (flag == (int)pass)
				id[s] = (uint32_t)k++;
		}
		if (pass == 0)
			pf->nplain = k;
	}
	pf->rowlen = ROWLEN(pf->words);
	pf->frow = calloc((n - pf->nplain) * pf->rowlen + 1, sizeof(*pf->frow));
	if (pf->frow == NULL)
		fl_nomem();
	for (i = 0; i < n; i++) {
		for (c = 0; c < NCLS; c++)
			delta[id[i]][c] = (uint16_t)id[pf->delta[i][c]];
		if (id[i] >= pf->nplain) {
			uint64_t *r = pf->frow + (id[i] - pf->nplain) *
			    pf->rowlen;

			if (pf->has[i])
				memcpy(r, pf->out + pf->row[i] * pf->words,
				    pf->words * sizeof(*r));
			r[pf->words] = pf->lead0[i] |
			    (uint64_t)pf->leadn[i] << 32;
			/* The rules of its leads, for a quick look. */
			for (j = pf->lead0[i]; j < pf->leadn[i]; j++)
				r[pf->words + 1 + pf->lead[j].rule / 64] |=
				    (uint64_t)1 << (pf->lead[j].rule % 64);
			r[pf->rowlen - 1] = range(r, pf->words) |
			    range(r + pf->words + 1, pf->words) << 32;
		}
	}
	free(pf->delta);
	free(pf->has);
	free(pf->row);
	free(pf->out);
	free(pf->lead0);
	free(pf->leadn);
	pf->delta = delta;
	pf->cap = n;
	pf->has = NULL;
	pf->row = NULL;
	pf->out = NULL;
	pf->lead0 = pf->leadn = NULL;
	free(id);
}

/*
 * The literal sets of the rules, saved for the snapshot (snapshot.c), so
 * that a prefilter for the built-in rules and added ones need not read
 * the built-in patterns again: for each rule, of its pattern and then of
 * its unless pattern, the need and the lead set, each a byte for known, a
 * count (4 bytes) and that many NUL-ended literals.
 */
static void
put_lset(struct fl_buf *b, const struct lset *s)
{
	uint32_t n = (uint32_t)s->n;
	size_t i;

	fl_buf_putc(b, s->known);
	fl_buf_put(b, &n, sizeof(n));
	for (i = 0; i < s->n; i++)
		fl_buf_put(b, s->v[i], strlen(s->v[i]) + 1);
}

static const char *
get_lset(const char *p, struct lset *s)
{
	uint32_t n, i;
	int known = *p++;

	memset(s, 0, sizeof(*s));
	memcpy(&n, p, sizeof(n));
	p += sizeof(n);
	for (i = 0; i < n; i++) {
		size_t len = strlen(p);

		lset_add(s, p, len);
		p += len + 1;
	}
	s->known = known;
	return p;
}

void
fl_prefilter_literals_save(const struct fl_ruleset *rs, struct fl_buf *b,
    size_t *at)
{
	struct pool pl;
	struct sets L;
	size_t i;
	int u;

	if (cls['a'] == 0)
		init_cls();
	memset(&pl, 0, sizeof(pl));
	for (i = 0; i < rs->nrules; i++) {
		at[i] = b->len;
		for (u = 0; u < 2; u++) {
			const char *src = u ? rs->rules[i].unless :
			    rs->rules[i].pattern;

			memset(&L, 0, sizeof(L));
			if (src != NULL)
				literals(src, 1, &pl, &L);
			put_lset(b, &L.need);
			put_lset(b, &L.lead);
			sets_free(&L);
		}
	}
	at[rs->nrules] = b->len;
	pool_release(&pl);
}

/* The literal sets of rule i's pattern (unless: of its unless pattern):
 * from the snapshot for its rules, else read from the pattern. */
static void
rule_literals(const struct fl_ruleset *rs, size_t i, int unless,
    struct pool *pl, struct sets *L)
{
	const struct fl_snapshot *sn = rs->snap;

	if (sn != NULL && i < rs->nsnap && sn->literals != NULL) {
		const char *p = (const char *)sn->literals + sn->lit_at[i];
		struct lset skip;

		if (unless) {
			p = get_lset(p, &skip);
			lset_free(&skip);
			p = get_lset(p, &skip);
			lset_free(&skip);
		}
		p = get_lset(p, &L->need);
		(void)get_lset(p, &L->lead);
		L->ends_sep = 0;
		return;
	}
	literals(unless ? rs->rules[i].unless : rs->rules[i].pattern, 1, pl,
	    L);
}

struct fl_prefilter *
fl_prefilter_new(const struct fl_ruleset *rs)
{
	struct fl_prefilter *pf = fl_xmalloc(sizeof(*pf));
	uint16_t *fail, *queue;
	unsigned char *endsp;
	uint32_t s, t;
	struct end *ends = NULL, *leads = NULL, *own;
	struct pool pl;
	size_t nends = 0, nleads = 0, i, j, k, head, tail, nown;
	int c;

	if (cls['a'] == 0)
		init_cls();
	memset(pf, 0, sizeof(*pf));
	/* A row's RANGE (ROWLEN) holds word numbers in 16 bits. */
	if ((2 * rs->nrules + 63) / 64 > 0xFFFF) {
		free(pf);
		return NULL;
	}
	/* Bit i: rule i could match; bit nrules + i: its unless pattern
	 * could match somewhere in the sentence. */
	pf->nrules = rs->nrules;
	pf->words = (2 * rs->nrules + 63) / 64;
	pf->always = calloc(pf->words ? pf->words : 1, sizeof(uint64_t));
	pf->has_lead = calloc(rs->nrules ? rs->nrules : 1, 1);
	if (pf->always == NULL || pf->has_lead == NULL)
		fl_nomem();
	new_state(pf);
	memset(&pl, 0, sizeof(pl));
	for (i = 0; i < rs->nrules; i++) {
		const struct fl_rule *r = &rs->rules[i];
		struct sets L;

		if (r->unless != NULL) {
			size_t u = rs->nrules + i;

			/* An unless pattern runs only over a cue of its rule,
			 * which is rare: literals that most sentences have
			 * (a common word) would cost the scan more than they
			 * save. */
			rule_literals(rs, i, 1, &pl, &L);
			if (!L.need.known || L.need.n == 0 ||
			    lset_rarity(&L.need) <= 1 ||
			    add_set(pf, &L.need, u, &ends, &nends, 0) < 0)
				pf->always[u / 64] |= (uint64_t)1 << (u % 64);
			sets_free(&L);
		}
		if (r->pattern == NULL)
			continue;
		rule_literals(rs, i, 0, &pl, &L);
		if (!L.need.known || L.need.n == 0 ||
		    add_set(pf, &L.need, i, &ends, &nends, 0) < 0) {
			pf->always[i / 64] |= (uint64_t)1 << (i % 64);
			sets_free(&L);
			continue;
		}
		/* A rule whose matches all start with one of its lead
		 * literals is tried only where one occurs; a literal shorter
		 * than three letters occurs too often inside words for that
		 * to pay. */
		if (L.lead.known && L.lead.n > 0 && lset_score(&L.lead) >= 3 &&
		    add_set(pf, &L.lead, i, &leads, &nleads, 1) == 0)
			pf->has_lead[i] = 1;
		sets_free(&L);
	}
	pool_release(&pl);
	pf->has = calloc(pf->nstates, 1);
	pf->row = calloc(pf->nstates, sizeof(*pf->row));
	pf->lead0 = calloc(pf->nstates + 1, sizeof(*pf->lead0));
	pf->leadn = calloc(pf->nstates, sizeof(*pf->leadn));
	fail = calloc(pf->nstates, sizeof(*fail));
	queue = fl_xmalloc(pf->nstates * sizeof(*queue));
	if (pf->has == NULL || pf->row == NULL || pf->lead0 == NULL ||
	    pf->leadn == NULL || fail == NULL)
		fl_nomem();
	/* Breadth first: failure links and the full transition table (class
	 * 0 is the space of the literals: a run of bytes that are not
	 * letters or digits). */
	head = tail = 0;
	endsp = calloc(pf->nstates, 1);
	if (endsp == NULL)
		fl_nomem();
	for (c = 0; c < NCLS; c++)
		if ((t = pf->delta[0][c]) != 0) {
			fail[t] = 0;
			endsp[t] = c == 0;
			queue[tail++] = (uint16_t)t;
		}
	while (head < tail) {
		uint32_t kid[NCLS], f;
		int kc[NCLS], nk = 0, m;

		s = queue[head++];
		f = fail[s];
		/* The failure state's row, complete already, with the
		 * state's own children over it. */
		for (c = 0; c < NCLS; c++)
			if (pf->delta[s][c] != 0) {
				kc[nk] = c;
				kid[nk++] = pf->delta[s][c];
			}
		memcpy(pf->delta[s], pf->delta[f], sizeof(pf->delta[0]));
		for (m = 0; m < nk; m++) {
			/* cppcheck-suppress uninitvar ; nk counts the set ones */
			t = kid[m];
			/* cppcheck-suppress uninitvar */
			fail[t] = pf->delta[f][kc[m]];
			pf->delta[s][kc[m]] = (uint16_t)t;
			endsp[t] = kc[m] == 0;
			queue[tail++] = (uint16_t)t;
		}
	}
	/* A run of bytes that are not letters or digits is one space: in a
	 * state that has just read one, another leaves it where it is. */
	for (s = 0; s < pf->nstates; s++)
		if (endsp[s])
			pf->delta[s][0] = (uint16_t)s;
	free(endsp);
	/* Outputs: a state has those of its own literals and those of its
	 * failure state.  Only states with any get a row, in BFS order, so
	 * that the failure state's is ready to copy. */
	for (i = 0; i < nends; i++)
		pf->has[ends[i].state] = 1;
	for (i = 0; i < tail; i++)
		pf->has[queue[i]] |= pf->has[fail[queue[i]]];
	for (i = 0, k = 0; i < pf->nstates; i++)
		k += pf->has[i];
	pf->nrows = k;
	pf->out = calloc(k ? k : 1, pf->words * sizeof(uint64_t));
	if (pf->out == NULL)
		fl_nomem();
	for (i = 0, k = 0; i < tail; i++)
		if (pf->has[queue[i]])
			pf->row[queue[i]] = (uint16_t)k++;
	for (i = 0; i < nends; i++)
		pf->out[pf->row[ends[i].state] * pf->words +
		    ends[i].rule / 64] |= (uint64_t)1 << (ends[i].rule % 64);
	free(ends);
	for (i = 0; i < tail; i++) {
		s = queue[i];
		if (pf->has[s] && pf->has[fail[s]])
			for (j = 0; j < pf->words; j++)
				pf->out[pf->row[s] * pf->words + j] |=
				    pf->out[pf->row[fail[s]] * pf->words + j];
	}
	/* Lead outputs: a state's own leads, then those of its failure
	 * state, which is nearer the root and so already complete: in BFS
	 * order, each state's list is lead[lead0[s] .. leadn[s]). */
	if (nleads > 1) {	/* leads may be NULL */
		qsort(leads, nleads, sizeof(*leads), by_state);
		/* The same lead twice would give the same place twice. */
		for (i = 1, j = 1; i < nleads; i++)
			if (by_state(&leads[i], &leads[j - 1]) != 0)
				leads[j++] = leads[i];
		nleads = j;
	}
	{
		uint32_t *first = calloc(pf->nstates + 1, sizeof(*first));
		size_t cap = 0;

		if (first == NULL)
			fl_nomem();
		for (i = 0; i < nleads; i++)
			first[leads[i].state + 1]++;
		for (k = 0; k < pf->nstates; k++)
			first[k + 1] += first[k];
		for (i = 0; i <= tail; i++) {
			uint32_t st = i == 0 ? 0 : queue[i - 1];
			size_t a = st ? pf->lead0[fail[st]] : 0;
			size_t b = st ? pf->leadn[fail[st]] : 0;

			/* leads is NULL when there are none. */
			own = leads != NULL ? leads + first[st] : NULL;
			nown = first[st + 1] - first[st];
			if (pf->nlead + nown + (b - a) > cap) {
				cap = 2 * (pf->nlead + nown + (b - a)) + 64;
				pf->lead = fl_xrealloc(pf->lead,
				    cap * sizeof(*pf->lead));
			}
			pf->lead0[st] = (uint32_t)pf->nlead;
			for (j = 0; j < nown; j++) {
				pf->lead[pf->nlead].rule = own[j].rule;
				pf->lead[pf->nlead].len = own[j].len;
				pf->nlead++;
			}
			for (j = a; j < b; j++)
				pf->lead[pf->nlead++] = pf->lead[j];
			pf->leadn[st] = (uint32_t)pf->nlead;
		}
		free(first);
	}
	free(leads);
	free(fail);
	renumber(pf, queue, tail);
	free(queue);
	return pf;
}

void
fl_prefilter_free(struct fl_prefilter *pf)
{
	if (pf == NULL)
		return;
	if (pf->borrowed) {
		free(pf);
		return;
	}
	free(pf->delta);
	free(pf->frow);
	free(pf->always);
	free(pf->has_lead);
	free(pf->lead);
	free(pf);
}

/*
 * A saved prefilter (fl_prefilter_save, fl_prefilter_load): a header of
 * eight 64-bit words (magic, rules, states, words, leads, rows, nplain, 0), then
 * the tables in the order of sections(), each padded to 8 bytes.  It holds
 * native integers: it is made at build time on the machine that runs it.
 */
#define SAVE_MAGIC 0x35544c4946455246ull	/* "FREFILT5", little end */
#define SAVE_HEAD 8

/* The tables of pf with their sizes in bytes, for saving and loading. */
static size_t
sections(struct fl_prefilter *pf, void ***slot, size_t *len)
{
	size_t k = 0, w = pf->words ? pf->words : 1;

#define SECTION(field, bytes) do {				\
		slot[k] = (void **)(void *)&pf->field;		\
		len[k++] = (bytes);				\
	} while (0)
	SECTION(delta, pf->nstates * sizeof(pf->delta[0]));
	SECTION(has_lead, pf->nrules ? pf->nrules : 1);
	SECTION(lead, pf->nlead * sizeof(*pf->lead));
	SECTION(frow, ((pf->nstates - pf->nplain) * ROWLEN(w) + 1) *
	    sizeof(*pf->frow));
	SECTION(always, w * sizeof(*pf->always));
#undef SECTION
	return k;
}

#define NSECTIONS 5

void
fl_prefilter_save(const struct fl_prefilter *pf, struct fl_buf *b)
{
	struct fl_prefilter c = *pf;
	uint64_t head[SAVE_HEAD] = { SAVE_MAGIC, 0, 0, 0, 0, 0, 0, 0 };
	void **slot[NSECTIONS];
	size_t len[NSECTIONS], n, i;
	static const char zero[8];

	head[1] = pf->nrules;
	head[2] = pf->nstates;
	head[3] = pf->words;
	head[4] = pf->nlead;
	head[5] = pf->nrows;
	head[6] = pf->nplain;
	fl_buf_put(b, head, sizeof(head));
	n = sections(&c, slot, len);
	for (i = 0; i < n; i++) {
		if (len[i] > 0)		/* lead is NULL when there are none */
			fl_buf_put(b, *slot[i], len[i]);
		fl_buf_put(b, zero, (8 - len[i] % 8) % 8);
	}
}

struct fl_prefilter *
fl_prefilter_load(const void *saved, size_t size, size_t nrules)
{
	const uint64_t *head = saved;
	const char *at = (const char *)saved + SAVE_HEAD * 8;
	struct fl_prefilter *pf;
	void **slot[NSECTIONS];
	size_t len[NSECTIONS], n, i, total = SAVE_HEAD * 8;

	if (size < SAVE_HEAD * 8 || head[0] != SAVE_MAGIC ||
	    head[1] != nrules || head[3] != (2 * nrules + 63) / 64 ||
	    head[2] == 0 || head[2] > MAXSTATES || head[6] > head[2])
		return NULL;
	pf = fl_xmalloc(sizeof(*pf));
	memset(pf, 0, sizeof(*pf));
	pf->nrules = nrules;
	pf->nstates = pf->cap = (size_t)head[2];
	pf->words = (size_t)head[3];
	pf->nlead = (size_t)head[4];
	pf->nrows = (size_t)head[5];
	pf->nplain = (size_t)head[6];
	pf->rowlen = ROWLEN(pf->words);
	pf->borrowed = 1;
	n = sections(pf, slot, len);
	for (i = 0; i < n; i++)
		total += len[i] + (8 - len[i] % 8) % 8;
	if (total != size || pf->nrows > pf->nstates ||
	    pf->nplain > pf->nstates || pf->nplain == 0) {
		free(pf);
		return NULL;
	}
	for (i = 0; i < n; i++) {
		*slot[i] = (void *)at;
		at += len[i] + (8 - len[i] % 8) % 8;
	}
	if (cls['a'] == 0)
		init_cls();
	return pf;
}

size_t
fl_prefilter_words(const struct fl_prefilter *pf)
{
	return pf->words ? pf->words : 1;
}

int
fl_prefilter_has_lead(const struct fl_prefilter *pf, size_t rule)
{
	return pf->has_lead[rule];
}

int
fl_prefilter_always(const struct fl_prefilter *pf, size_t rule)
{
	return pf->always[rule / 64] >> (rule % 64) & 1;
}

/* The state st was reached at byte i: note its rules, and the place for
 * its leads, which are looked at once the candidates are known. */
static __attribute__((noinline)) void
emit(const struct fl_prefilter *pf, uint32_t st, size_t i, uint64_t *cand,
    struct fl_starts *starts)
{
	const uint64_t *r = pf->frow + (st - pf->nplain) * pf->rowlen;
	uint64_t rg = r[pf->rowlen - 1];
	size_t j, w = pf->words;

	for (j = rg & 0xFFFF; j < (rg >> 16 & 0xFFFF); j++)
		cand[j] |= r[j];
	if (starts == NULL || (uint32_t)r[w] == (uint32_t)(r[w] >> 32))
		return;
	if (starts->nhit == starts->hcap) {
		starts->hcap = 2 * starts->hcap + 64;
		starts->hit = fl_xrealloc(starts->hit,
		    starts->hcap * sizeof(*starts->hit));
	}
	starts->hit[starts->nhit].rule = st;
	starts->hit[starts->nhit++].at = i;
}

/* The places of the leads of the candidate rules, from the states where
 * the scan met leads. */
static void
expand(const struct fl_prefilter *pf, const uint64_t *cand,
    struct fl_starts *starts)
{
	size_t h, j;

	for (h = 0; h < starts->nhit; h++) {
		size_t st = starts->hit[h].rule, i = starts->hit[h].at;
		const uint64_t *row = pf->frow + (st - pf->nplain) *
		    pf->rowlen;
		uint64_t lw = row[pf->words], any = 0,
		    rg = row[pf->rowlen - 1];
		size_t a = (uint32_t)lw, b = (size_t)(lw >> 32);

		/* Most leads met are of rules that are no candidates (a
		 * common word leads rules that need a rarer one): skip the
		 * state at once when none of its lead rules is. */
		for (j = rg >> 32 & 0xFFFF; j < rg >> 48; j++)
			any |= row[pf->words + 1 + j] & cand[j];
		if (any == 0)
			continue;

		/* Room for all of the state's leads at once. */
		if (starts->n + (b - a) > starts->cap) {
			starts->cap = 2 * (starts->n + b - a) + 64;
			starts->v = fl_xrealloc(starts->v,
			    starts->cap * sizeof(*starts->v));
		}
		/* Most leads are of rules that are no candidates: written
		 * anyway and kept or not without a branch, which the
		 * processor could not predict. */
		for (j = a; j < b; j++) {
			uint32_t r = pf->lead[j].rule;
			struct fl_start *e = &starts->v[starts->n];

			e->rule = r;
			e->at = i + 1 - pf->lead[j].len;
			starts->n += (size_t)(cand[r / 64] >> (r % 64) & 1);
		}
	}
}


/* Does s[0, n) hold U+212A KELVIN SIGN or U+017F LONG S, which caseless
 * matching takes for k and s? */
static int
special(const unsigned char *s, size_t n)
{
	const unsigned char *p = s, *e = s + n;

	if (memchr(s, 0xC5, n) != NULL)
		return 1;	/* rare: the careful way */
	while ((p = memchr(p, 0xE2, (size_t)(e - p))) != NULL) {
		if (e - p >= 3 && p[1] == 0x84 && p[2] == 0xAA)
			return 1;
		p++;
	}
	return 0;
}

void
fl_prefilter_scan(const struct fl_prefilter *pf, const char *text, size_t n,
    uint64_t *cand, struct fl_starts *starts)
{
	const unsigned char *s = (const unsigned char *)text;
	const uint16_t (*delta)[NCLS] = (const uint16_t (*)[NCLS])pf->delta;
	uint32_t nplain = (uint32_t)pf->nplain;
	size_t i;
	uint32_t st, t;
	int c;

	memcpy(cand, pf->always, fl_prefilter_words(pf) * sizeof(*cand));
	if (starts != NULL) {
		starts->n = 0;
		starts->nhit = 0;
		starts->exact = 1;
	}
	/* The start of the text counts as a space, and so does a run of
	 * bytes that are not letters or digits, once: a state that has just
	 * read a space stays where it is on another. */
	st = delta[0][0];
	if (!special(s, n)) {
		/* The common case, without the look at each byte for the
		 * two characters below. */
		for (i = 0; i < n; i++) {
			c = cls[s[i]];
			t = delta[st][c];
			if (__builtin_expect(t >= nplain, 0) &&
			    (t != st || c != 0))
				emit(pf, t, i, cand, starts);
			st = t;
		}
		i = n;
		goto end;
	}
	for (i = 0; i < n; i++) {
		c = scls[s[i]];
		if (__builtin_expect(c == SPECIAL, 0)) {
			/* Caseless matching lets U+212A KELVIN SIGN match k
			 * and U+017F LONG S match s.  Offsets of literals are
			 * then not byte-exact: the sentence is scanned the
			 * ordinary way. */
			c = 0;
			if (s[i] == 0xE2 && i + 2 < n && s[i + 1] == 0x84 &&
			    s[i + 2] == 0xAA) {
				c = cls['k'];
				i += 2;
			} else if (s[i] == 0xC5 && i + 1 < n &&
			    s[i + 1] == 0xBF) {
				c = cls['s'];
				i += 1;
			}
			if (c != 0 && starts != NULL)
				starts->exact = 0;
		}
		t = delta[st][c];
		/* (A state that stays where it is on a space has been seen
		 * already.) */
		if (__builtin_expect(t >= nplain, 0) && (t != st || c != 0))
			emit(pf, t, i, cand, starts);
		st = t;
	}
end:
	/* The end of the text counts as a space too. */
	t = delta[st][0];
	if (t >= nplain && t != st)
		emit(pf, t, n, cand, starts);
	if (starts != NULL && starts->exact)
		expand(pf, cand, starts);
}

/* Two sentences at once: each byte of the one and of the other waits for
 * its table row, and the two waits overlap. */
void
fl_prefilter_scan2(const struct fl_prefilter *pf, const char *t1, size_t n1,
    uint64_t *c1, struct fl_starts *s1, const char *t2, size_t n2,
    uint64_t *c2, struct fl_starts *s2)
{
	const unsigned char *a = (const unsigned char *)t1;
	const unsigned char *b = (const unsigned char *)t2;
	const uint16_t (*delta)[NCLS] = (const uint16_t (*)[NCLS])pf->delta;
	uint32_t nplain = (uint32_t)pf->nplain, sa, sb, ta, tb;
	size_t i, m = n1 < n2 ? n1 : n2;
	int ca, cb;

	if (special(a, n1) || special(b, n2)) {
		fl_prefilter_scan(pf, t1, n1, c1, s1);
		fl_prefilter_scan(pf, t2, n2, c2, s2);
		return;
	}
	memcpy(c1, pf->always, fl_prefilter_words(pf) * sizeof(*c1));
	memcpy(c2, pf->always, fl_prefilter_words(pf) * sizeof(*c2));
	s1->n = s1->nhit = 0;
	s1->exact = 1;
	s2->n = s2->nhit = 0;
	s2->exact = 1;
	sa = sb = delta[0][0];
	for (i = 0; i < m; i++) {
		ca = cls[a[i]];
		cb = cls[b[i]];
		ta = delta[sa][ca];
		tb = delta[sb][cb];
		if (__builtin_expect(ta >= nplain, 0) && (ta != sa || ca != 0))
			emit(pf, ta, i, c1, s1);
		if (__builtin_expect(tb >= nplain, 0) && (tb != sb || cb != 0))
			emit(pf, tb, i, c2, s2);
		sa = ta;
		sb = tb;
	}
	for (; i < n1; i++) {
		ca = cls[a[i]];
		ta = delta[sa][ca];
		if (__builtin_expect(ta >= nplain, 0) && (ta != sa || ca != 0))
			emit(pf, ta, i, c1, s1);
		sa = ta;
	}
	for (i = m; i < n2; i++) {
		cb = cls[b[i]];
		tb = delta[sb][cb];
		if (__builtin_expect(tb >= nplain, 0) && (tb != sb || cb != 0))
			emit(pf, tb, i, c2, s2);
		sb = tb;
	}
	ta = delta[sa][0];
	if (ta >= nplain && ta != sa)
		emit(pf, ta, n1, c1, s1);
	tb = delta[sb][0];
	if (tb >= nplain && tb != sb)
		emit(pf, tb, n2, c2, s2);
	expand(pf, c1, s1);
	expand(pf, c2, s2);
}

void
fl_prefilter_each(const struct fl_ruleset *rs,
    void (*fn)(void *arg, const struct fl_rule *r, const char *lit),
    void *arg)
{
	struct pool pl;
	size_t i, j;

	if (cls['a'] == 0)
		init_cls();
	memset(&pl, 0, sizeof(pl));
	for (i = 0; i < rs->nrules; i++) {
		const struct fl_rule *r = &rs->rules[i];
		struct sets L;

		if (r->pattern == NULL)
			continue;
		literals(r->pattern, 0, &pl, &L);
		if (!L.need.known || L.need.n == 0)
			fn(arg, r, NULL);
		for (j = 0; j < L.need.n; j++)
			fn(arg, r, L.need.v[j]);
		sets_free(&L);
	}
	pool_release(&pl);
}
