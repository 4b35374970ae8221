/* utf8.h: character decoding and classes (utf8.c). */
#ifndef FL_UTF8_H
#define FL_UTF8_H

#include <stddef.h>

/* Decode the character at s (n bytes available) into *cp; return its length
 * in bytes (at least 1 when n > 0).  Invalid sequences give U+FFFD. */
size_t fl_utf8_decode(const unsigned char *s, size_t n, unsigned *cp);
/* Start of the character that ends at s[i - 1]. */
size_t fl_utf8_prev(const unsigned char *s, size_t i);

int fl_uni_space(unsigned c);	/* as Python's str.isspace */
int fl_uni_upper(unsigned c);	/* Latin, Greek, Cyrillic capitals */
int fl_uni_opener(unsigned c);	/* opening quotes and brackets */
int fl_uni_closer(unsigned c);	/* closing quotes and brackets */
/* Is w[0, n), ASCII capitals taken as small letters, one of the nlist
 * lowercase words of list, which are in strcmp order (a bsearch)? */
int fl_ascii_word_in(const char *w, size_t n, const char *const *list,
    size_t nlist);

#endif
