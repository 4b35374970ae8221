/*
 * harness.h: what the libFuzzer harnesses share: the built-in rule set,
 * loaded once; a limit callback that says nothing; and the text format's
 * markers removed, for the lossless check.
 */
#ifndef FL_FUZZ_HARNESS_H
#define FL_FUZZ_HARNESS_H

#include <stdlib.h>
#include <string.h>

#include "factlens.h"

static struct fl_ruleset builtin_rs;

static inline void
builtin_release(void)
{
	fl_ruleset_release(&builtin_rs);
}

/* The built-in rules, loaded and compiled at the first call. */
static inline struct fl_ruleset *
builtin_rules(void)
{
	static int ready;
	struct fl_error err;

	if (!ready) {
		fl_ruleset_init(&builtin_rs);
		memset(&err, 0, sizeof(err));
		if (fl_rules_load_builtin(&builtin_rs, &err) < 0 ||
		    fl_rules_compile(&builtin_rs, &err) < 0)
			abort();
		atexit(builtin_release);
		ready = 1;
	}
	return &builtin_rs;
}

static inline void
quiet_limit(void *arg, const struct fl_rule *r, size_t offset, long line,
    long col, int rc)
{
	(void)arg;
	(void)r;
	(void)offset;
	(void)line;
	(void)col;
	(void)rc;
}

/*
 * The harnesses' common start: an input is a byte of choices, returned
 * (or -1 for an empty input), then the document, in *text and *len; a is
 * set up with the built-in rules, a quiet limit callback and the default
 * paragraph limit.
 */
static inline int
harness_start(const unsigned char *data, size_t size,
    struct fl_annotator *a, const char **text, size_t *len)
{
	if (size == 0)
		return -1;
	*text = (const char *)data + 1;
	*len = size - 1;
	memset(a, 0, sizeof(*a));
	a->rs = builtin_rules();
	a->on_limit = quiet_limit;
	a->para_limit = 1024 * 1024;
	return data[0];
}

/* The format called name, which must be there. */
static inline const struct fl_format *
harness_format(const char *name)
{
	const struct fl_format *f = fl_format_find(name);

	if (f == NULL)
		abort();
	return f;
}

/* Remove the text format's markers (the spec's Perl one-liner). */
static inline void
strip(const char *p, size_t n, struct fl_buf *out)
{
	size_t i = 0, j;

	while (i < n) {
		if (p[i] == '\\' && i + 1 < n) {
			fl_buf_putc(out, (unsigned char)p[i + 1]);
			i += 2;
		} else if (n - i >= 3 && memcmp(p + i, "\xe2\x9f\xa6", 3) == 0) {
			/* ⟦label⟧ */
			j = i + 3;
			while (j < n && p[j] >= 'a' && p[j] <= 'z')
				j++;
			if (n - j < 3 || memcmp(p + j, "\xe2\x9f\xa7", 3) != 0)
				abort();
			i = j + 3;
		} else if (n - i >= 4 && memcmp(p + i, "\xe2\x9f\xa8/", 4) == 0) {
			/* ⟨/rule-id⟩: an overlapping cue's closer */
			j = i + 4;
			while (j < n && p[j] != '\xe2')
				j++;
			if (n - j < 3 || memcmp(p + j, "\xe2\x9f\xa9", 3) != 0)
				abort();
			i = j + 3;
		} else if (n - i >= 3 && memcmp(p + i, "\xe2\x9f\xa8", 3) == 0) {
			/* ⟨rule-id: */
			j = i + 3;
			while (j < n && p[j] != ':')
				j++;
			if (j == n)
				abort();
			i = j + 1;
		} else if (n - i >= 3 && memcmp(p + i, "\xe2\x9f\xa9", 3) == 0) {
			i += 3;
		} else {
			fl_buf_putc(out, (unsigned char)p[i]);
			i++;
		}
	}
}

#endif
