/*
 * fmt_ansi.c: the terminal format.  Each sentence starts with its label in
 * brackets, and each cue is underlined; with colour on, labels and cues are
 * coloured too, in the eight basic colours that terminals map to readable
 * shades on dark and light backgrounds alike.  Colour is never the only
 * signal: the tag names the label, underlining (or _underscores_ without
 * colour) marks the cue.  After a paragraph with cues, a dim line names
 * each cue's rule.  On a terminal, a legend comes first and a summary
 * line last.
 */
#include <string.h>

#include "factlens.h"

#define SGR(s)	"\033[" s "m"
#define RESET	SGR("0")

static const char *const label_sgr[FL_LABEL_COUNT] = {
	"1;32",			/* sourced: bold green */
	"1;35",			/* speculation: bold magenta */
	"1;33",			/* opinion: bold yellow */
	"1;36",			/* claim: bold cyan */
	"1"			/* other: bold */
};

static const char *const cat_sgr[FL_CAT_COUNT] = {
	"4;35",			/* hedge */
	"4;35",			/* inference */
	"4;33",			/* opinion */
	"4;32",			/* attribution */
	"4;31",			/* vague-source */
	"4;34",			/* stance */
	"4;36",			/* booster */
	"3",			/* quote: italic */
	"4"			/* imperative */
};

static int
color(const struct fl_doc *d)
{
	return d->opts != NULL && d->opts->color;
}

static void
tag(struct fl_buf *out, enum fl_label l, int col)
{
	if (col)
		fl_buf_printf(out, SGR("%s") "[%s]" RESET, label_sgr[l],
		    fl_label_name(l));
	else
		fl_buf_printf(out, "[%s]", fl_label_name(l));
}

static void
begin(struct fl_buf *out, struct fl_doc *d)
{
	int l, c, col = color(d);

	if (d->opts == NULL || !d->opts->tty)
		return;
	fl_buf_puts(out, col ? SGR("2") "factlens:" RESET : "factlens:");
	for (l = 0; l < FL_LABEL_COUNT; l++) {
		fl_buf_putc(out, ' ');
		tag(out, (enum fl_label)l, col);
	}
	/* Every category, in its own style (without colour they are all
	 * _underlined_, quotations keep their marks). */
	fl_buf_puts(out, "  cues:");
	for (c = 0; c < FL_CAT_COUNT; c++) {
		const char *name = fl_category_name((enum fl_category)c);

		if (col)
			fl_buf_printf(out, " " SGR("%s") "%s" RESET,
			    cat_sgr[c], name);
		else if (c == FL_CAT_QUOTE)
			fl_buf_printf(out, " %s", name);
		else
			fl_buf_printf(out, " _%s_", name);
	}
	fl_buf_puts(out, "\n\n");
}

static void
gap(struct fl_buf *out, const char *p, size_t n)
{
	fl_buf_put(out, p, n);
}

/* Set the attributes of the cues active over [a, b), if they differ from
 * the last ones (*state, a bit set of categories). */
static void
attrs(struct fl_buf *out, const struct fl_cue *cues, size_t n, size_t a,
    size_t b, unsigned *state)
{
	unsigned want = 0;
	size_t j;
	int c;

	for (j = 0; j < n; j++)
		if (!cues[j].dropped && cues[j].start <= a && b <= cues[j].end)
			want |= 1u << cues[j].rule->category;
	if (want == *state)
		return;
	fl_buf_puts(out, RESET);
	for (c = 0; c < FL_CAT_COUNT; c++)
		if (want & (1u << c))
			fl_buf_printf(out, SGR("%s"), cat_sgr[c]);
	*state = want;
}

static void
sentence(struct fl_buf *out, const struct fl_doc *d, const struct fl_para *p,
    const struct fl_item *it, const struct fl_cue *cues)
{
	size_t at = it->s.start, next, j, n = it->ncues;
	int col = color(d);
	unsigned state = 0;

	tag(out, it->label, col);
	fl_buf_putc(out, ' ');
	while (at < it->s.end) {
		next = fl_next_edge(it, cues, at);
		if (col) {
			attrs(out, cues, n, at, next, &state);
			fl_buf_put(out, p->text + at, next - at);
		} else {
			/* Without colour: _underscores_ around each cue
			 * (quotations have their own marks). */
			for (j = 0; j < n; j++)
				if (!cues[j].dropped && cues[j].start == at &&
				    cues[j].rule->category != FL_CAT_QUOTE)
					fl_buf_putc(out, '_');
			fl_buf_put(out, p->text + at, next - at);
			for (j = 0; j < n; j++)
				if (!cues[j].dropped && cues[j].end == next &&
				    cues[j].rule->category != FL_CAT_QUOTE)
					fl_buf_putc(out, '_');
		}
		at = next;
	}
	if (state)
		fl_buf_puts(out, RESET);
}

/* After the paragraph's last sentence, before its line end: a dim line
 * naming the rule of every cue. */
static void
para_end(struct fl_buf *out, const struct fl_doc *d, const struct fl_para *p,
    const struct fl_item *items, size_t n, const struct fl_cues *cues)
{
	size_t i, j;
	int first = 1, col = color(d);

	for (i = 0; i < n; i++)
		for (j = 0; j < items[i].ncues; j++) {
			const struct fl_cue *c = &cues->v[items[i].cue0 + j];

			if (c->dropped || c->rule->category == FL_CAT_QUOTE)
				continue;
			if (first)
				fl_buf_puts(out, col ? "\n" SGR("2") "  cues:" :
				    "\n  cues:");
			fl_buf_printf(out, "%s '", first ? "" : ";");
			fl_tsv_field(out, p->text + c->start, c->end - c->start);
			fl_buf_printf(out, "' %s", c->rule->id);
			first = 0;
		}
	if (!first && col)
		fl_buf_puts(out, RESET);
}

static void
end(struct fl_buf *out, struct fl_doc *d)
{
	if (d->opts == NULL || !d->opts->tty)
		return;
	fl_buf_puts(out, color(d) ? SGR("1") "\n" : "\n");
	fl_buf_printf(out, "%s: ", d->name);
	fl_verdict(out, d);
	fl_buf_puts(out, color(d) ? "." RESET "\n" : ".\n");
}

const struct fl_format fl_fmt_ansi = {
	"ansi", begin, gap, sentence, end, 1, 0, 0, para_end
};
