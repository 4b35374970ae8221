/*
 * summary.c: a document's counts put for people: the verdict a teacher can
 * read aloud, the most frequent cues, and the summary block that the
 * summary format and --stats print.
 */
#include <string.h>

#include "factlens.h"

static void
count(struct fl_buf *out, size_t n, const char *one, const char *many)
{
	fl_buf_printf(out, "%zu %s", n, n == 1 ? one : many);
}

void
fl_verdict(struct fl_buf *out, const struct fl_doc *d)
{
	const size_t *c = d->counts;

	if (d->nsentences == 0) {
		fl_buf_puts(out, "no sentences");
		return;
	}
	fl_buf_printf(out, "%zu of %zu sentence%s speculate%s; ",
	    c[FL_LABEL_SPECULATION], d->nsentences,
	    d->nsentences == 1 ? "" : "s",
	    c[FL_LABEL_SPECULATION] == 1 ? "s" : "");
	count(out, c[FL_LABEL_OPINION], "gives the writer's opinion",
	    "give the writer's opinion");
	fl_buf_puts(out, "; ");
	count(out, c[FL_LABEL_SOURCED], "cites a source",
	    "cite a source");
	fl_buf_puts(out, "; ");
	count(out, c[FL_LABEL_CLAIM], "states a claim with no source",
	    "state claims with no source");
	if (c[FL_LABEL_OTHER]) {
		fl_buf_puts(out, "; ");
		count(out, c[FL_LABEL_OTHER], "is a question, heading or command",
		    "are questions, headings or commands");
	}
}

size_t
fl_top_rules(const struct fl_doc *d, size_t *idx, size_t k)
{
	size_t i, j, n = 0;

	if (d->rule_counts == NULL)
		return 0;
	for (i = 0; i < d->rs->nrules; i++) {
		if (d->rule_counts[i] == 0)
			continue;
		/* Insert into the sorted top list. */
		for (j = n; j > 0 && d->rule_counts[idx[j - 1]] <
		    d->rule_counts[i]; j--)
			if (j < k)
				idx[j] = idx[j - 1];
		if (j < k) {
			idx[j] = i;
			if (n < k)
				n++;
		}
	}
	return n;
}

void
fl_summary_text(struct fl_buf *out, const struct fl_doc *d)
{
	size_t top[5], n, i;
	int l;

	fl_buf_printf(out, "%s: %zu sentence%s\n", d->name, d->nsentences,
	    d->nsentences == 1 ? "" : "s");
	for (l = 0; l < FL_LABEL_COUNT; l++) {
		size_t c = d->counts[l];
		double pct = d->nsentences ? 100.0 * (double)c /
		    (double)d->nsentences : 0.0;

		fl_buf_printf(out, "  %-12s %6zu  %5.1f%%\n",
		    fl_label_name((enum fl_label)l), c, pct);
	}
	n = fl_top_rules(d, top, 5);
	if (n) {
		fl_buf_puts(out, "  most frequent cues:");
		for (i = 0; i < n; i++)
			fl_buf_printf(out, "%s %s (%zu)", i ? "," : "",
			    d->rs->rules[top[i]].id, d->rule_counts[top[i]]);
		fl_buf_putc(out, '\n');
	}
	fl_buf_puts(out, "  ");
	fl_verdict(out, d);
	fl_buf_puts(out, ".\n");
}
