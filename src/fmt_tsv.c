/*
 * fmt_tsv.c: one line per sentence, label<TAB>line<TAB>col<TAB>cues<TAB>
 * sentence, for cut, awk and sort.  cues is the rule ids joined by commas,
 * or "-"; tabs and line breaks inside a sentence are folded to spaces.
 * For a JSON Lines record, the record's id comes first, in a column of
 * its own (a string id decoded, any other as written).
 */
#include "factlens.h"

static void
sentence(struct fl_buf *out, const struct fl_doc *d, const struct fl_para *p,
    const struct fl_item *it, const struct fl_cue *cues)
{
	size_t j;
	int first = 1;

	if (d->record != NULL) {
		fl_tsv_field(out, d->record->idtext, d->record->idtextlen);
		fl_buf_putc(out, '\t');
	}
	fl_buf_printf(out, "%s\t%ld\t%ld\t", fl_label_name(it->label),
	    it->s.line, it->s.col);
	for (j = 0; j < it->ncues; j++) {
		if (cues[j].dropped)
			continue;
		if (!first)
			fl_buf_putc(out, ',');
		first = 0;
		fl_buf_puts(out, cues[j].rule->id);
	}
	if (first)
		fl_buf_putc(out, '-');
	fl_buf_putc(out, '\t');
	fl_tsv_field(out, p->text + it->s.start, it->s.end - it->s.start);
	fl_buf_putc(out, '\n');
}

const struct fl_format fl_fmt_tsv = {
	"tsv", NULL, NULL, sentence, NULL, 0, 0, 0, NULL
};
