/*
 * fmt_diag.c: one line per finding in the GNU diagnostic form that vim's
 * quickfix, Emacs compilation mode and editors' problem matchers read:
 *
 *     FILE:LINE:COL: LABEL: message [rule-id]
 *
 * A finding is a sentence whose label --only selects (default:
 * speculation and opinion), placed at the cue that decided it, or a cue
 * whose category --only selects (default: vague-source, stance and
 * booster; see render.c).  LINE and COL are
 * 1-based; COL counts bytes, as vim's %c does.
 */
#include <string.h>

#include "factlens.h"

/* The first sentence of an explanation, on one line. */
static void
short_explain(struct fl_buf *out, const char *e)
{
	const char *p;

	for (p = e; *p; p++) {
		if (*p == '\n' || *p == '\t') {
			fl_buf_putc(out, ' ');
			continue;
		}
		fl_buf_putc(out, *p);
		if (*p == '.' && (p[1] == ' ' || p[1] == '\n' || !p[1]))
			break;
	}
}

static void
quoted(struct fl_buf *out, const char *p, size_t n)
{
	fl_buf_putc(out, '\'');
	fl_tsv_field(out, p, n);
	fl_buf_putc(out, '\'');
}

static void
sentence(struct fl_buf *out, const struct fl_doc *d, const struct fl_para *p,
    const struct fl_item *it, const struct fl_cue *cues)
{
	const char *label = fl_label_name(it->label);
	long line, col;
	size_t j;

	if (fl_finding_sentence(d->opts, it)) {
		const struct fl_cue *c = it->why >= 0 ? &cues[it->why] : NULL;

		fl_para_pos(p, c ? c->start : it->s.start, &line, &col);
		fl_buf_printf(out, "%s:%ld:%ld: %s: %s", d->name, line, col,
		    label, fl_reason_text(it->reason));
		if (c != NULL) {
			fl_buf_puts(out, ": ");
			quoted(out, p->text + c->start, c->end - c->start);
			fl_buf_printf(out, " [%s]", c->rule->id);
		}
		fl_buf_putc(out, '\n');
	}
	for (j = 0; j < it->ncues; j++) {
		const struct fl_cue *c = &cues[j];

		if (!fl_finding_cue(d->opts, c))
			continue;
		fl_para_pos(p, c->start, &line, &col);
		fl_buf_printf(out, "%s:%ld:%ld: %s: %s ", d->name, line, col,
		    label, fl_category_name(c->rule->category));
		quoted(out, p->text + c->start, c->end - c->start);
		fl_buf_puts(out, ": ");
		short_explain(out, c->rule->explain);
		fl_buf_printf(out, " [%s]\n", c->rule->id);
	}
}

const struct fl_format fl_fmt_diag = {
	"diag", NULL, NULL, sentence, NULL, 0, 1, 0, NULL
};
