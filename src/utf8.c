/*
 * utf8.c: decoding one character at a time, and the few character classes
 * that segmentation and the renderers need.  Invalid input is never an
 * error: a byte that does not start a valid sequence decodes as U+FFFD with
 * length 1, or, for a truncated sequence, as one U+FFFD for the maximal
 * invalid subpart (the Unicode-recommended practice).  Also the lookup of
 * an ASCII word in a sorted list that segmentation and clause.c share.
 */
#include <stdlib.h>
#include <string.h>

#include "factlens.h"
#include "utf8.h"

size_t
fl_utf8_decode(const unsigned char *s, size_t n, unsigned *cp)
{
	unsigned c, need, lo = 0x80, hi = 0xBF, v;
	size_t i;

	if (n == 0) {
		*cp = 0xFFFD;
		return 0;
	}
	c = s[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		need = 1;
		v = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		need = 2;
		v = c & 0x0F;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		need = 3;
		v = c & 0x07;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
	} else {
		*cp = 0xFFFD;
		return 1;
	}
	for (i = 1; i <= need; i++) {
		if (i >= n || s[i] < lo || s[i] > hi) {
			*cp = 0xFFFD;
			return i;
		}
		v = (v << 6) | (s[i] & 0x3F);
		lo = 0x80;
		hi = 0xBF;
	}
	*cp = v;
	return need + 1;
}

size_t
fl_utf8_prev(const unsigned char *s, size_t i)
{
	size_t j = i, k;
	unsigned cp;

	if (i == 0)
		return 0;
	if (s[i - 1] < 0x80)
		return i - 1;	/* ASCII: a character of its own */
	/* Step back over at most three continuation bytes, then check that
	 * the sequence found really decodes to end at i. */
	k = i - 1;
	while (k > 0 && i - k < 4 && (s[k] & 0xC0) == 0x80)
		k--;
	if (fl_utf8_decode(s + k, i - k, &cp) == i - k)
		return k;
	(void)j;
	return i - 1;
}

int
fl_uni_space(unsigned c)
{
	return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x1F) ||
	    c == 0x85 || c == 0xA0 || c == 0x1680 ||
	    (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
	    c == 0x202F || c == 0x205F || c == 0x3000;
}

int
fl_uni_upper(unsigned c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	if (c >= 0xC0 && c <= 0xDE)
		return c != 0xD7;
	if (c >= 0x100 && c <= 0x17F)
		return (c & 1) == (c >= 0x139 && c <= 0x148 ? 1u :
		    c >= 0x179 ? 1u : 0u);
	if (c >= 0x391 && c <= 0x3AB)
		return c != 0x3A2;
	if (c >= 0x400 && c <= 0x42F)
		return 1;
	return 0;
}

int
fl_uni_opener(unsigned c)
{
	return c == 0x201C || c == 0x2018 || c == '"' || c == '\'' ||
	    c == '(' || c == '[' || c == '{';
}

int
fl_uni_closer(unsigned c)
{
	return c == 0x201D || c == 0x2019 || c == '"' || c == '\'' ||
	    c == ')' || c == ']' || c == '}';
}

int
fl_ascii_word_in(const char *w, size_t n, const char *const *list,
    size_t nlist)
{
	char key[16];
	size_t i, lo = 0, hi = nlist;

	if (n == 0 || n >= sizeof(key))
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)w[i];

		key[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	key[n] = '\0';
	/* A binary search that compares first letters itself: most words
	 * differ there, and the call to strcmp cost more than the search. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *e = list[mid];
		int c = (unsigned char)key[0] - (unsigned char)e[0];

		if (c == 0)
			c = strcmp(key + 1, e + 1);
		if (c == 0)
			return 1;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}
