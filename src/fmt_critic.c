/*
 * fmt_critic.c: CriticMarkup, for Markdown editors that render it.  Every
 * finding sentence (as in the diag format) is highlighted and followed by
 * a comment that says its label, why, and the cues with their rule ids:
 *
 *     {==Prices could rise.==}{>>speculation: ... 'could' [hedge.modal]<<}
 *
 * All other text is copied unchanged.
 */
#include "factlens.h"

static void
gap(struct fl_buf *out, const char *p, size_t n)
{
	fl_buf_put(out, p, n);
}

static void
sentence(struct fl_buf *out, const struct fl_doc *d, const struct fl_para *p,
    const struct fl_item *it, const struct fl_cue *cues)
{
	const char *t = p->text + it->s.start;
	size_t n = it->s.end - it->s.start, j;
	int any = fl_finding_sentence(d->opts, it), first = 1;

	for (j = 0; j < it->ncues && !any; j++)
		if (fl_finding_cue(d->opts, &cues[j]))
			any = 1;
	if (!any) {
		fl_buf_put(out, t, n);
		return;
	}
	fl_buf_puts(out, "{==");
	fl_buf_put(out, t, n);
	fl_buf_printf(out, "==}{>>%s: %s", fl_label_name(it->label),
	    fl_reason_text(it->reason));
	for (j = 0; j < it->ncues; j++) {
		const struct fl_cue *c = &cues[j];

		if (c->dropped || c->rule->category == FL_CAT_QUOTE)
			continue;
		fl_buf_puts(out, first ? "; cues: " : ", ");
		first = 0;
		fl_buf_printf(out, "%s '", fl_category_name(c->rule->category));
		fl_tsv_field(out, p->text + c->start, c->end - c->start);
		fl_buf_printf(out, "' [%s]", c->rule->id);
	}
	fl_buf_puts(out, "<<}");
}

const struct fl_format fl_fmt_critic = {
	"critic", NULL, gap, sentence, NULL, 1, 1, 0, NULL
};
