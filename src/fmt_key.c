/*
 * fmt_key.c: the teacher's answer key to a worksheet.  One standalone,
 * printable page, no script: the answers at a glance by sentence number,
 * the count of each answer, then the text as the report shows it, every
 * sentence of the exercise with the worksheet's number, its label tag,
 * its cues underlined and, below it, the reason and each cue's rule and
 * explanation.  Given the same options as the worksheet (--worksheet,
 * --only), it numbers and chooses the same sentences.
 */
#include <string.h>

#include "factlens.h"
#include "exercise.h"

static void
glance(struct fl_buf *out, const struct fl_ex_doc *x)
{
	size_t i, count[FL_LABEL_COUNT + 1] = { 0 };
	int a;

	fl_buf_puts(out, "<h2 id=\"glance\">Answers at a glance</h2>\n"
	    "<ul class=\"grid\" aria-labelledby=\"glance\">");
	for (i = 0; i < x->n; i++)
		if (x->v[i].in) {
			fl_buf_printf(out, "<li><b>%zu</b> ", x->v[i].n);
			fl_ex_html_answer(out, fl_ex_answer(x, &x->v[i]));
			fl_buf_puts(out, "</li>");
			count[fl_ex_answer(x, &x->v[i])]++;
		}
	fl_buf_puts(out, "</ul>\n<table aria-label=\"How many of each answer\">"
	    "<tr><th>answer</th><th class=\"r\">sentences</th>"
	    "<th>meaning</th></tr>\n");
	for (a = 0; a <= FL_EX_NONE; a++) {
		if (!fl_ex_offered(x, a))
			continue;
		fl_buf_puts(out, "<tr><td>");
		fl_ex_html_answer(out, a);
		fl_buf_printf(out, "</td><td class=\"r\">%zu</td><td>%s</td>"
		    "</tr>\n", count[a], a == FL_EX_NONE ? "none of the "
		    "labels offered" : fl_label_about((enum fl_label)a));
	}
	fl_buf_puts(out, "</table>\n");
}

static void
entry(struct fl_buf *out, const struct fl_ex_doc *x,
    const struct fl_ex_sent *s)
{
	if (!s->in) {
		fl_buf_puts(out, "<p class=\"k out\">");
		fl_html_str(out, s->text, s->len);
		fl_buf_puts(out, " <span class=\"vh\">(not in the exercise)"
		    "</span></p>\n");
		return;
	}
	fl_buf_printf(out, "<div class=\"k\" id=\"k%zu\"><span class=\"n\">"
	    "%zu</span> ", s->n, s->n);
	fl_ex_html_answer(out, fl_ex_answer(x, s));
	fl_buf_putc(out, ' ');
	fl_ex_html_text(out, s, 0);
	fl_buf_printf(out, "<div class=\"why\">%s: %s.",
	    fl_label_name(s->label), fl_reason_text(s->reason));
	if (fl_ex_answer(x, s) == FL_EX_NONE)
		fl_buf_puts(out, " Not a label of the exercise: the answer is "
		    "none of these.");
	fl_ex_html_cues(out, s);
	fl_buf_puts(out, "</div></div>\n");
}

static void
end(struct fl_buf *out, struct fl_doc *d)
{
	struct fl_ex_doc *x = fl_ex_of(d);
	const struct fl_render_opts *o = d->opts;
	struct fl_buf t;
	size_t i, para = (size_t)-1;
	int l, first = 1;

	if (x == NULL)
		return;
	fl_ex_finish(x, o);
	fl_buf_init(&t);
	fl_buf_puts(&t, "Answer key: ");
	fl_ex_title(&t, d);
	fl_ex_page_begin(out, t.ptr, fl_asset_report_css,
	    "class=\"key show\"");
	fl_buf_puts(out, "<header>\n<h1>");
	fl_html_str(out, t.ptr, t.len);
	fl_buf_puts(out, "</h1>\n<p class=\"meta\">Text <b>");
	fl_html_str(out, d->name, strlen(d->name));
	fl_buf_printf(out, "</b>: %zu sentence%s, %zu in the exercise. "
	    "Labels offered: ", x->n, x->n == 1 ? "" : "s", x->nin);
	for (l = 0; l < FL_LABEL_COUNT; l++)
		if ((x->choices >> l) & 1) {
			fl_buf_printf(out, "%s%s", first ? "" : ", ",
			    fl_label_name((enum fl_label)l));
			first = 0;
		}
	if (!fl_ex_all_offered(x))
		fl_buf_puts(out, ", none of these");
	fl_buf_printf(out, ".%s Fingerprint %s.</p>\n</header>\n<main>\n",
	    x->mode & FL_WS_CUES ? " Students also mark the words that "
	    "decided each label." : "", x->fingerprint);
	glance(out, x);
	fl_buf_puts(out, "<h2>The text</h2>\n");
	for (i = 0; i < x->n; i++) {
		if (x->v[i].para != para) {
			if (para != (size_t)-1)
				fl_buf_puts(out, "</div>\n");
			fl_buf_puts(out, "<div class=\"para\">\n");
			para = x->v[i].para;
		}
		entry(out, x, &x->v[i]);
	}
	if (para != (size_t)-1)
		fl_buf_puts(out, "</div>\n");
	fl_buf_puts(out, "</main>\n<footer>Made with factlens " FL_VERSION
	    ". The labels describe how each sentence is worded, not whether "
	    "it is true.</footer>\n</body>\n</html>\n");
	fl_buf_release(&t);
}

const struct fl_format fl_fmt_key = {
	"key", fl_ex_begin, NULL, fl_ex_sentence, end, 0, 1, 1,
	fl_ex_para_end
};
