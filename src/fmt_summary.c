/*
 * fmt_summary.c: no annotated text, only each document's summary: the
 * count and share of each label, the most frequent cues and a verdict.
 */
#include "factlens.h"

static void
sentence(struct fl_buf *out, const struct fl_doc *d, const struct fl_para *p,
    const struct fl_item *it, const struct fl_cue *cues)
{
	(void)out;
	(void)d;
	(void)p;
	(void)it;
	(void)cues;
}

static void
end(struct fl_buf *out, struct fl_doc *d)
{
	fl_summary_text(out, d);
}

const struct fl_format fl_fmt_summary = {
	"summary", NULL, NULL, sentence, end, 0, 1, 0, NULL
};
