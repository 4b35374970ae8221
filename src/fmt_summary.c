/*
 * fmt_summary.c: no annotated text, only each document's summary: the
 * count and share of each label, the most frequent cues and a verdict.
 * A JSON Lines record gets one line, its id and its counts
 * ("7: 3 sentences: sourced 1, speculation 0, ..."); main.c prints the
 * total after the last.
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
	int l;

	if (d->record == NULL) {
		fl_summary_text(out, d);
		return;
	}
	fl_tsv_field(out, d->record->idtext, d->record->idtextlen);
	fl_buf_printf(out, ": %zu sentence%s:", d->nsentences,
	    d->nsentences == 1 ? "" : "s");
	for (l = 0; l < FL_LABEL_COUNT; l++)
		fl_buf_printf(out, "%s %s %zu", l ? "," : "",
		    fl_label_name((enum fl_label)l), d->counts[l]);
	fl_buf_putc(out, '\n');
}

const struct fl_format fl_fmt_summary = {
	"summary", NULL, NULL, sentence, end, 0, 1, 0, NULL
};
