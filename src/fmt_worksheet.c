/*
 * fmt_worksheet.c: the classroom worksheet.  One standalone page, inline
 * CSS and one small inline script (src/web/), nothing fetched.  The text
 * keeps its paragraphs; each sentence of the exercise is numbered (its
 * number in the document) and has a label picker, a real radio group
 * with a <label> per label; sentences left out of the exercise
 * (--worksheet=cued, cue categories in --only) stay as plain context.
 * The answers, their reasons and the cues are in the page but hidden
 * until the script's "Check my answers" reveals them; without the script
 * the page is a printable worksheet with a tick-box row per sentence.
 * The page is made at the end of the document, from what exercise.c
 * collected.
 */
#include <string.h>

#include "factlens.h"
#include "exercise.h"

static void
put_attr(struct fl_buf *out, const char *name, const char *v)
{
	fl_buf_printf(out, " %s=\"", name);
	fl_html_str(out, v, strlen(v));
	fl_buf_putc(out, '"');
}

/* The labels offered, and what each means. */
static void
labels_list(struct fl_buf *out, const struct fl_ex_doc *x)
{
	int a;

	fl_buf_puts(out, "<section class=\"labels\" aria-labelledby=\"lh\">"
	    "<h2 id=\"lh\">The labels</h2>\n<dl>");
	for (a = 0; a <= FL_EX_NONE; a++)
		if (fl_ex_offered(x, a)) {
			fl_buf_puts(out, "<div><dt>");
			fl_ex_html_answer(out, a);
			fl_buf_printf(out, "</dt><dd>%s</dd></div>",
			    a == FL_EX_NONE ? "none of these labels" :
			    fl_label_about((enum fl_label)a));
		}
	fl_buf_puts(out, "</dl>\n</section>\n");
}

static void
header(struct fl_buf *out, const struct fl_ex_doc *x,
    const struct fl_render_opts *o, const char *title)
{
	fl_buf_puts(out, "<header>\n<h1>");
	fl_html_str(out, title, strlen(title));
	fl_buf_puts(out, "</h1>\n<p class=\"instr\">");
	if (o != NULL && o->instructions != NULL)
		fl_html_str(out, o->instructions, strlen(o->instructions));
	else {
		fl_buf_puts(out, "Read the text. For each numbered sentence, "
		    "choose one label: what does the writer commit to, and "
		    "on whose word?");
		if (x->mode & FL_WS_CUES)
			fl_buf_puts(out, " Then mark the words that made you "
			    "decide.");
	}
	fl_buf_puts(out, "</p>\n<p class=\"who\"><label for=\"student\">"
	    "Your name</label> <input type=\"text\" id=\"student\" "
	    "name=\"student\" autocomplete=\"name\"></p>\n");
	labels_list(out, x);
	fl_buf_puts(out, "</header>\n");
}

/* The feedback of one sentence, hidden until the answers are checked. */
static void
feedback(struct fl_buf *out, const struct fl_ex_doc *x,
    const struct fl_ex_sent *s)
{
	fl_buf_printf(out, "<div class=\"fb\" id=\"f%zu\" hidden>"
	    "<p class=\"res\"></p><p>factlens says ", s->n);
	fl_ex_html_tag(out, s->label);
	fl_buf_printf(out, ": %s.", fl_reason_text(s->reason));
	if (fl_ex_answer(x, s) == FL_EX_NONE)
		fl_buf_puts(out, " That label is not in this exercise, so the "
		    "answer is <b>none of these</b>.");
	fl_buf_puts(out, "</p>");
	if (s->ncues == 0)
		fl_buf_puts(out, "<p>No cue words.</p>");
	fl_ex_html_cues(out, s);
	fl_buf_puts(out, "</div>\n");
}

static void
question(struct fl_buf *out, const struct fl_ex_doc *x,
    const struct fl_ex_sent *s)
{
	int l;

	fl_buf_printf(out, "<div class=\"q\" id=\"q%zu\" data-n=\"%zu\" "
	    "data-a=\"%s\"", s->n, s->n, fl_ex_answer_name(fl_ex_answer(x, s)));
	if (s->why >= 0)
		fl_buf_printf(out, " data-why=\"%ld\"", s->why);
	fl_buf_printf(out, ">\n<p class=\"st\"><span class=\"n\">%zu</span> "
	    "<span class=\"tx\" id=\"x%zu\">", s->n, s->n);
	fl_ex_html_text(out, s, (x->mode & FL_WS_CUES) != 0);
	fl_buf_printf(out, "</span></p>\n<fieldset class=\"pick\" "
	    "aria-describedby=\"x%zu\"><legend class=\"vh\">Label for "
	    "sentence %zu</legend>", s->n, s->n);
	for (l = 0; l <= FL_EX_NONE; l++) {
		const char *a = fl_ex_answer_name(l);

		if (fl_ex_offered(x, l))
			fl_buf_printf(out, "<label><input type=\"radio\" "
			    "name=\"s%zu\" value=\"%s\"> %s</label>", s->n, a,
			    l == FL_EX_NONE ? "none of these" : a);
	}
	fl_buf_puts(out, "</fieldset>\n");
	feedback(out, x, s);
	fl_buf_puts(out, "</div>\n");
}

static void
body(struct fl_buf *out, const struct fl_ex_doc *x)
{
	size_t i, para = (size_t)-1;
	int ctx = 0;

	fl_buf_puts(out, "<form id=\"sheet\" class=\"sheet\" "
	    "aria-label=\"The text and your answers\">\n");
	if (x->nin == 0)
		fl_buf_puts(out, "<p class=\"none\">No sentence of this text "
		    "fits the exercise.</p>\n");
	for (i = 0; i < x->n; i++) {
		const struct fl_ex_sent *s = &x->v[i];

		if (s->para != para || s->in) {
			if (ctx)
				fl_buf_puts(out, "</p>\n");
			ctx = 0;
		}
		if (s->para != para) {
			if (para != (size_t)-1)
				fl_buf_puts(out, "</div>\n");
			fl_buf_puts(out, "<div class=\"para\">\n");
			para = s->para;
		}
		if (s->in) {
			question(out, x, s);
			continue;
		}
		fl_buf_puts(out, ctx ? " " : "<p class=\"ctx\">");
		ctx = 1;
		fl_html_str(out, s->text, s->len);
	}
	if (ctx)
		fl_buf_puts(out, "</p>\n");
	if (para != (size_t)-1)
		fl_buf_puts(out, "</div>\n");
	fl_buf_puts(out, "</form>\n");
}

static void
end(struct fl_buf *out, struct fl_doc *d)
{
	struct fl_ex_doc *x = fl_ex_of(d);
	const struct fl_render_opts *o = d->opts;
	struct fl_buf attrs, t;
	int l, first = 1;

	if (x == NULL)
		return;
	fl_ex_finish(x, o);
	fl_buf_init(&attrs);
	fl_buf_init(&t);
	fl_ex_title(&t, d);
	fl_buf_printf(&attrs, "class=\"ws\" data-mode=\"%s\"",
	    x->mode & FL_WS_CUES ? "cues" : "labels");
	put_attr(&attrs, "data-doc", d->name);
	fl_buf_printf(&attrs, " data-fp=\"%s\" data-choices=\"",
	    x->fingerprint);
	for (l = 0; l <= FL_EX_NONE; l++)
		if (fl_ex_offered(x, l)) {
			fl_buf_printf(&attrs, "%s%s", first ? "" : " ",
			    fl_ex_answer_name(l));
			first = 0;
		}
	fl_buf_putc(&attrs, '"');
	fl_ex_page_begin(out, t.ptr, fl_asset_worksheet_css, attrs.ptr);
	header(out, x, o, t.ptr);
	fl_buf_puts(out, "<main>\n<section id=\"result\" class=\"result\" "
	    "tabindex=\"-1\" hidden aria-labelledby=\"rh\"><h2 id=\"rh\">"
	    "Your result</h2><p id=\"score\"></p><ul id=\"found\"></ul>"
	    "</section>\n");
	body(out, x);
	fl_buf_puts(out, "<div class=\"actions\" id=\"actions\" hidden>"
	    "<button type=\"button\" id=\"check\">Check my answers</button> "
	    "<button type=\"button\" id=\"again\">Try again</button> "
	    "<button type=\"button\" id=\"save\">Save my answers</button>"
	    "<p id=\"msg\" role=\"status\"></p></div>\n"
	    "</main>\n<footer>Made with factlens " FL_VERSION ". The labels "
	    "describe how each sentence is worded, not whether it is true. "
	    "Text fingerprint: ");
	fl_buf_puts(out, x->fingerprint);
	fl_buf_puts(out, ".</footer>\n<script>\n");
	fl_buf_puts(out, fl_asset_worksheet_js);
	fl_buf_puts(out, "</script>\n</body>\n</html>\n");
	fl_buf_release(&t);
	fl_buf_release(&attrs);
}

const struct fl_format fl_fmt_worksheet = {
	"worksheet", fl_ex_begin, NULL, fl_ex_sentence, end, 0, 1, 1,
	fl_ex_para_end
};
