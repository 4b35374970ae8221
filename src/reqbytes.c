/*
 * reqbytes.c: punctuation that every match of a pattern needs.
 *
 * A rule whose matches all hold a colon, a quotation mark or a bracket
 * cannot match a sentence without one; match.c then skips the rule there
 * after one memchr.  PCRE2 works out such a byte only when it is a single
 * code unit every match has, or the first of every match.  This reads the
 * pattern for more: for each item of a sequence the set of bytes it needs
 * (a punctuation mark, a class of them, a group whose every branch needs
 * one), the best of the items for the sequence, and the union of the
 * branches for an alternation.  A lookaround that must succeed counts too:
 * the subject is the sentence, so what it looks at lies in the sentence.
 *
 * The reading is conservative: an item it does not know needs nothing, and
 * a pattern with syntax it does not know (quoting, verbs, conditionals,
 * recursion, callouts) needs nothing at all.  Letters, digits and spaces
 * are never needed bytes, and commas and full stops are not worth it:
 * nearly every sentence has them.
 */
#include <ctype.h>
#include <string.h>

#include "factlens.h"

#define MAXDEPTH 100

/* A set of bytes, or none known (top). */
struct bset {
	unsigned char b[32];
	int top;
};

struct reader {
	const char *p, *e;
	int x;			/* (?x): white space and # comments skipped */
	int bad;		/* syntax not understood: nothing needed */
	int depth;
};

/* No need known (the bytes of a top set are never looked at). */
static void
set_top(struct bset *s)
{
	s->top = 1;
}

static void
set_add(struct bset *s, unsigned c)
{
	s->b[c / 8] |= (unsigned char)(1u << (c % 8));
}

/* How common a byte is in English text: the cost of needing it. */
static int
weight(unsigned c)
{
	switch (c) {
	case ',':
	case '.':
		return 20;	/* in nearly every sentence */
	case '-':
	case '\'':
	case 0xE2:		/* curly apostrophes are common too */
		return 4;
	case '?':
		return 2;
	default:
		return 1;
	}
}

static int
cost(const struct bset *s)
{
	int c, n = 0;

	for (c = 0; c < 256; c++)
		if (s->b[c / 8] >> (c % 8) & 1)
			n += weight((unsigned)c);
	return n;
}

/* Is c a byte that can be needed: ASCII punctuation, or 0xE2, the first
 * byte of U+2000 to U+2FFF (curly quotes, dashes, the ellipsis)? */
static int
needable(unsigned c)
{
	return c == 0xE2 || (c < 0x80 && ispunct((int)c));
}

/* Skip white space and comments under (?x). */
static void
skip_x(struct reader *R)
{
	int k;

	while (R->x && R->p < R->e) {
		if ((k = fl_pattern_space(R->p, R->e)) > 0)
			R->p += k;
		else if (*R->p == '#') {
			while (R->p < R->e && *R->p != '\n')
				R->p++;
		} else
			break;
	}
}

/* The bytes of one character starting at R->p (consumed): s gets its
 * byte when it can be needed, else top. */
static void
one_char(struct reader *R, struct bset *s)
{
	unsigned c = (unsigned char)*R->p++;

	set_top(s);
	if (c >= 0xC0)
		while (R->p < R->e && ((unsigned char)*R->p & 0xC0) == 0x80)
			R->p++;
	if (needable(c)) {
		memset(s, 0, sizeof(*s));
		set_add(s, c);
	}
}

/* After a backslash outside a class: s as for the character it stands
 * for, top for the escapes of classes, anchors and the like. */
static void
escape(struct reader *R, struct bset *s)
{
	char c;

	set_top(s);
	if (R->p >= R->e) {
		R->bad = 1;
		return;
	}
	c = *R->p;
	if (!isalnum((unsigned char)c)) {
		one_char(R, s);
		return;
	}
	R->p++;
	switch (c) {
	case 'p':
	case 'P':
		/* \pL or \p{...} */
		if (R->p < R->e && *R->p == '{') {
			const char *q = memchr(R->p, '}', (size_t)(R->e - R->p));

			if (q == NULL)
				R->bad = 1;
			else
				R->p = q + 1;
		} else if (R->p < R->e)
			R->p++;
		return;
	case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
	case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G':
	case 'h': case 'H': case 'v': case 'V': case 'R': case 'X':
	case 'K': case 'n': case 't': case 'r': case 'f': case 'e':
		return;
	default:
		/* \Q, \x, \N, \c, \g, \k, back references and the rest. */
		R->bad = 1;
		return;
	}
}

/* A class, R->p after its '[': the bytes of its members when all of them
 * can be needed and it is not negated, else top. */
static void
klass(struct reader *R, struct bset *s)
{
	int neg = 0, first = 1, ok = 1;
	struct bset m;
	const char *end;

	memset(s, 0, sizeof(*s));
	if (R->p < R->e && *R->p == '^') {
		neg = 1;
		R->p++;
	}
	while (R->p < R->e && (*R->p != ']' || first)) {
		first = 0;
		/* [:alpha:] and the like */
		if ((end = fl_posix_class_end(R->p, R->e)) != NULL) {
			R->p = end;
			ok = 0;
			continue;
		}
		if (*R->p == '\\') {
			R->p++;
			if (R->p >= R->e) {
				R->bad = 1;
				return;
			}
			if (isalnum((unsigned char)*R->p)) {
				/* \d, \p{..}, \x{..}: not a byte of its own */
				char c = *R->p++;

				if ((c == 'p' || c == 'P' || c == 'x') &&
				    R->p < R->e && *R->p == '{') {
					const char *q = memchr(R->p, '}',
					    (size_t)(R->e - R->p));

					if (q == NULL) {
						R->bad = 1;
						return;
					}
					R->p = q + 1;
				} else if (c == 'p' || c == 'P')
					R->p++;
				else if (c == 'x' || c == 'Q' || c == 'E' ||
				    c == 'c' || c == 'N' || isdigit(
				    (unsigned char)c)) {
					R->bad = 1;
					return;
				}
				ok = 0;
				continue;
			}
		}
		/* A range "a-z" is never all punctuation that matters:
		 * give up on the class. */
		if (R->p + 1 < R->e && R->p[1] == '-' && R->p + 2 < R->e &&
		    R->p[2] != ']')
			ok = 0;
		one_char(R, &m);
		if (m.top)
			ok = 0;
		else {
			int k;

			for (k = 0; k < 32; k++)
				s->b[k] |= m.b[k];
		}
	}
	if (R->p >= R->e) {
		R->bad = 1;
		return;
	}
	R->p++;			/* ']' */
	if (neg || !ok || cost(s) == 0)
		set_top(s);
}

/* A quantifier after an item, if any (consumed): its minimum, or -1. */
static long
quantifier(struct reader *R)
{
	long min = -1;

	skip_x(R);
	if (R->p >= R->e)
		return -1;
	switch (*R->p) {
	case '?':
	case '*':
		min = 0;
		R->p++;
		break;
	case '+':
		min = 1;
		R->p++;
		break;
	case '{': {
		const char *q = R->p + 1;
		long n = 0;
		int digits = 0;

		while (q < R->e && isdigit((unsigned char)*q) && n < 100000) {
			n = n * 10 + (*q++ - '0');
			digits++;
		}
		if (!digits) {
			/* "{,3}" and "{ 1 }" are literal in some versions of
			 * PCRE2, quantifiers in others: not read. */
			R->bad = 1;
			return -1;
		}
		if (q < R->e && *q == ',') {
			q++;
			while (q < R->e && isdigit((unsigned char)*q))
				q++;
		}
		if (q >= R->e || *q != '}') {
			R->bad = 1;
			return -1;
		}
		R->p = q + 1;
		min = n;
		break;
	}
	default:
		return -1;
	}
	/* lazy or possessive (white space may come first under (?x)) */
	skip_x(R);
	if (R->p < R->e && (*R->p == '?' || *R->p == '+'))
		R->p++;
	return min;
}

static void alternation(struct reader *R, struct bset *out);

/* Option letters of (?...) up to ')' or ':' (R->p on it): x taken. */
static void
options(struct reader *R, int *x)
{
	int on = 1;

	while (R->p < R->e && *R->p != ')' && *R->p != ':') {
		switch (*R->p) {
		case '-':
			on = 0;
			break;
		case 'x':
			*x = on;
			break;
		case 'i': case 'm': case 's': case 'n': case 'J': case 'U':
			break;
		default:
			R->bad = 1;
			return;
		}
		R->p++;
	}
	if (R->p >= R->e)
		R->bad = 1;
}

/* A group's name and the mark that ends it (consumed); 0 (and R->bad)
 * for anything else, such as the "(?<*" of a non-atomic lookbehind. */
static int
name(struct reader *R, char end)
{
	const char *p = R->p;

	if (p < R->e && (isalpha((unsigned char)*p) || *p == '_'))
		for (p++; p < R->e && (isalnum((unsigned char)*p) ||
		    *p == '_'); p++)
			;
	if (p == R->p || p >= R->e || *p != end) {
		R->bad = 1;
		return 0;
	}
	R->p = p + 1;
	return 1;
}

/* A group, R->p after its '(': s its need.  *scoped is 0 for an option
 * setting "(?i)" that applies to the rest of the enclosing group. */
static void
group(struct reader *R, struct bset *s, int *scoped)
{
	int look = 0, x = R->x;	/* look: 1 positive, -1 negative */

	*scoped = 1;
	if (R->p < R->e && *R->p == '?') {
		R->p++;
		if (R->p >= R->e) {
			R->bad = 1;
			return;
		}
		switch (*R->p) {
		case ':':
		case '|':
		case '>':
			R->p++;
			break;
		case '=':
			look = 1;
			R->p++;
			break;
		case '!':
			look = -1;
			R->p++;
			break;
		case '<':
			R->p++;
			if (R->p < R->e && *R->p == '=') {
				look = 1;
				R->p++;
			} else if (R->p < R->e && *R->p == '!') {
				look = -1;
				R->p++;
			} else if (!name(R, '>'))	/* (?<name> */
				return;
			break;
		case 'P':
			if (R->p + 1 < R->e && R->p[1] == '<') {
				R->p += 2;
				if (!name(R, '>'))
					return;
				break;
			}
			R->bad = 1;	/* (?P>name), (?P=name) */
			return;
		case '\'':
			R->p++;
			if (!name(R, '\''))
				return;
			break;
		default:
			options(R, &x);
			if (R->bad)
				return;
			if (*R->p == ')') {
				/* (?x): for the rest of the enclosing group */
				R->p++;
				R->x = x;
				*scoped = 0;
				set_top(s);
				return;
			}
			R->p++;	/* ':' */
			break;
		}
	} else if (R->p < R->e && *R->p == '*') {
		R->bad = 1;	/* (*VERB) */
		return;
	}
	{
		int outer = R->x;

		R->x = x;
		R->depth++;
		alternation(R, s);
		R->depth--;
		R->x = outer;
	}
	if (R->p >= R->e || *R->p != ')') {
		R->bad = 1;
		return;
	}
	R->p++;
	if (look < 0)
		set_top(s);
}

/* A sequence up to '|', ')' or the end: the cheapest need of its items. */
static void
sequence(struct reader *R, struct bset *out)
{
	struct bset item;

	set_top(out);
	for (;;) {
		int scoped = 1, quantifiable = 1;

		skip_x(R);
		if (R->bad || R->p >= R->e || *R->p == '|' || *R->p == ')')
			return;
		switch (*R->p) {
		case '(':
			R->p++;
			if (R->depth >= MAXDEPTH) {
				R->bad = 1;
				return;
			}
			group(R, &item, &scoped);
			quantifiable = scoped;
			break;
		case '[':
			R->p++;
			klass(R, &item);
			break;
		case '\\':
			R->p++;
			escape(R, &item);
			break;
		case '^':
		case '$':
		case '.':
			R->p++;
			set_top(&item);
			break;
		case '?':
		case '*':
		case '+':
		case '{':
			/* a quantifier where no item is: not read */
			R->bad = 1;
			return;
		default:
			one_char(R, &item);
			break;
		}
		if (R->bad)
			return;
		if (quantifiable && quantifier(R) == 0)
			set_top(&item);
		if (!item.top && (out->top || cost(&item) < cost(out)))
			*out = item;
	}
}

/*
 * Pass over the rest of the branches of a group, up to its ')' (not
 * consumed) or the end, keeping count only of groups, classes, escapes and
 * comments: once one branch needs nothing, the group needs nothing, and
 * the long word lists of the rules would cost most of the time of the
 * reading otherwise.  An option setting with x in it is not followed here.
 */
static void
skip_rest(struct reader *R)
{
	struct bset unused;
	int depth = 0;

	while (R->p < R->e && !R->bad) {
		if (R->x && (fl_pattern_space(R->p, R->e) > 0 || *R->p == '#')) {
			skip_x(R);
			continue;
		}
		switch (*R->p) {
		case '\\':
			R->p++;
			if (R->p < R->e && strchr("QEc", *R->p) != NULL) {
				R->bad = 1;
				return;
			}
			if (R->p < R->e)
				R->p++;
			break;
		case '[':
			R->p++;
			klass(R, &unused);
			break;
		case '(':
			R->p++;
			if (R->p < R->e && *R->p == '?') {
				const char *q = R->p + 1;

				while (q < R->e && (isalpha((unsigned char)*q) ||
				    *q == '-'))
					if (*q++ == 'x') {
						R->bad = 1;
						return;
					}
			}
			depth++;
			break;
		case ')':
			if (depth == 0)
				return;
			depth--;
			R->p++;
			break;
		default:
			R->p++;
			break;
		}
	}
}

/* Branches up to ')' or the end: the union of their needs, if each has
 * one. */
static void
alternation(struct reader *R, struct bset *out)
{
	struct bset br;
	int k;

	memset(out, 0, sizeof(*out));
	for (;;) {
		sequence(R, &br);
		if (R->bad)
			return;
		if (br.top) {
			out->top = 1;
			skip_rest(R);
			return;
		}
		if (!out->top)
			for (k = 0; k < 32; k++)
				out->b[k] |= br.b[k];
		if (R->p < R->e && *R->p == '|') {
			R->p++;
			continue;
		}
		break;
	}
}

int
fl_required_bytes(const char *pattern, unsigned char *bytes, int max)
{
	struct reader R;
	struct bset s;
	int c, n = 0;

	memset(&R, 0, sizeof(R));
	R.p = pattern;
	R.e = pattern + strlen(pattern);
	alternation(&R, &s);
	/* A set with a comma or a full stop rules out too few sentences to
	 * be worth a look at each. */
	if (R.bad || R.p != R.e || s.top || cost(&s) >= weight(','))
		return 0;
	for (c = 0; c < 256; c++)
		if (s.b[c / 8] >> (c % 8) & 1) {
			if (n == max)
				return 0;
			bytes[n++] = (unsigned char)c;
		}
	return n;
}
