/*
 * failon.c: --fail-on and the config's fail-on, thresholds on how many
 * sentences may carry a label before the exit status turns 1: parsing
 * LABEL[=N|=N%], and checking the counts of every input against it.
 */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "factlens.h"
#include "config.h"

/*
 * Parse LABEL[=N|=N%]: a label name (fl_label_parse), then optionally a
 * count, or a percentage of at most 100, in decimal digits.  Returns 0
 * with *f filled, or -1 with a message in msg (n bytes) quoting s.
 */
int
fl_fail_on_parse(const char *s, struct fl_fail_on *f, char *msg, size_t n)
{
	const char *eq = strchr(s, '='), *p, *end;
	unsigned long v = 0;
	int label, percent = 0;

	label = fl_label_parse(s, eq ? (size_t)(eq - s) : strlen(s));
	if (label < 0) {
		struct fl_buf b;

		fl_buf_init(&b);
		fl_label_names(&b);
		snprintf(msg, n, "unknown label in '%s' (expected %s)", s,
		    b.ptr);
		fl_buf_release(&b);
		return -1;
	}
	if (eq != NULL) {
		p = eq + 1;
		end = p + strlen(p);
		if (end > p && end[-1] == '%') {
			percent = 1;
			end--;
		}
		if (p == end)
			goto bad;
		for (; p < end; p++) {
			if (*p < '0' || *p > '9' ||
			    v > (ULONG_MAX - (unsigned long)(*p - '0')) / 10)
				goto bad;
			v = v * 10 + (unsigned long)(*p - '0');
		}
		if (percent && v > 100) {
			snprintf(msg, n, "percentage over 100 in '%s'", s);
			return -1;
		}
	}
	f->label = (enum fl_label)label;
	f->n = v;
	f->percent = percent;
	return 0;
bad:
	/* "claim=2.5%": say what a threshold looks like. */
	snprintf(msg, n, "bad threshold in '%s': expected a whole number, "
	    "such as %s=2 or %s=5%%", s, fl_label_name((enum fl_label)label),
	    fl_label_name((enum fl_label)label));
	return -1;
}

/*
 * Has threshold f been crossed by the counts of total (every input added
 * up)?  Returns 0, or 1 with a sentence appended to msg (no newline) that
 * says by how much, naming the threshold as the user gave it: arg, the
 * --fail-on value, or when arg is NULL the config's setting at.  msg stays
 * the caller's.
 */
int
fl_fail_on_crossed(const struct fl_fail_on *f, const struct fl_doc *total,
    const char *arg, const struct fl_setting *at, struct fl_buf *msg)
{
	size_t c = total->counts[f->label], n = total->nsentences;

	if (!(f->percent ? c * 100 > f->n * n : c > f->n))
		return 0;
	fl_buf_printf(msg, "%s in %zu of %zu sentence%s (%.1f%%) is over the "
	    "limit of %lu%s ", fl_label_name(f->label), c, n,
	    n == 1 ? "" : "s", n ? 100.0 * (double)c / (double)n : 0.0, f->n,
	    f->percent ? "%" : "");
	if (arg != NULL)
		fl_buf_printf(msg, "(--fail-on %s)", arg);
	else
		fl_buf_printf(msg, "(fail-on %s, %s:%d:%d)", at->value, at->file,
		    at->line, at->col);
	return 1;
}
