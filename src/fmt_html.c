/*
 * fmt_html.c: one standalone page for the classroom.  Inline CSS, no
 * script, nothing fetched: it works offline and with JavaScript off.  The
 * text is shown as written (white space kept), each sentence tinted by its
 * label and opened by a small label tag (so colour is never the only
 * signal), each cue underlined in the style of its category.  Cues are
 * focusable: hovering or tabbing to one shows its category, rule and
 * explanation.  A summary with a bar chart of the labels, the verdict and
 * a legend stand at the top; the page holds its output until the end of
 * the document so that the summary can go first.
 */
#include <string.h>

#include "factlens.h"

static const char css[] =
"body{font:17px/1.65 Georgia,'DejaVu Serif',serif;color:#1b1b1b;"
"background:#fff;max-width:48rem;margin:2rem auto;padding:0 1rem}\n"
"h1{font:700 1.5rem/1.3 system-ui,sans-serif;margin:0 0 .2rem}\n"
"h2{font:600 1.05rem/1.3 system-ui,sans-serif;margin:1.2rem 0 .4rem}\n"
".doc{font-family:ui-monospace,monospace;font-weight:400}\n"
".summary,.legend,footer{font:.95rem/1.45 system-ui,sans-serif}\n"
".verdict{font-size:1.05rem;font-weight:600;margin:.4rem 0}\n"
".chart{display:flex;height:1.4rem;border:1px solid #555;"
"border-radius:4px;overflow:hidden;margin:.5rem 0}\n"
".chart span{display:block;height:100%}\n"
"table.counts{border-collapse:collapse;margin:.4rem 0}\n"
".counts td,.counts th{padding:.15rem .6rem .15rem 0;text-align:left}\n"
".counts td.n{text-align:right}\n"
".barcell{width:12rem}.barcell span{display:block;height:.8rem;"
"border-radius:2px}\n"
".text{white-space:pre-wrap;margin-top:1.5rem;padding-top:1rem;"
"border-top:1px solid #ccc}\n"
".s{border-radius:3px;padding:.05em .1em;-webkit-box-decoration-break:"
"clone;box-decoration-break:clone}\n"
".s-sourced{background:#dcefe0}.s-speculation{background:#f2e1f4}\n"
".s-opinion{background:#fbe5cf}\n"
".s-claim{background:#dde9f6}.s-other{background:#ececec}\n"
".tag{font:700 .6rem/1 system-ui,sans-serif;text-transform:uppercase;"
"letter-spacing:.05em;color:#fff;padding:.15em .35em;border-radius:3px;"
"margin-right:.35em;vertical-align:.2em}\n"
".tag-sourced,.k-sourced{background:#1c6a34}"
".tag-speculation,.k-speculation{background:#7b2b87}\n"
".tag-opinion,.k-opinion{background:#9a4400}\n"
".tag-claim,.k-claim{background:#1d4e80}"
".tag-other,.k-other{background:#555}\n"
".cue{background:none;color:inherit;text-decoration:underline;"
"text-decoration-thickness:2px;text-underline-offset:3px;"
"position:relative;cursor:help}\n"
".c-hedge,.c-inference{text-decoration-color:#7b2b87;"
"text-decoration-style:wavy}\n"
".c-opinion{text-decoration-color:#9a4400;text-decoration-thickness:3px}\n"
".c-attribution{text-decoration-color:#1c6a34}\n"
".c-stance{text-decoration-color:#0b5f73;text-decoration-style:dotted;"
"text-decoration-thickness:3px}\n"
".c-vague-source{text-decoration-color:#b3261e;"
"text-decoration-style:dashed}\n"
".c-booster{text-decoration-color:#8a5a00;text-decoration-style:double}\n"
".c-imperative{text-decoration-color:#555;text-decoration-style:dotted}\n"
".c-quote{text-decoration:none;font-style:italic}\n"
".cue:focus{outline:2px solid #1d4e80;outline-offset:1px}\n"
".cue:hover::after,.cue:focus::after{content:attr(data-tip);"
"position:absolute;left:0;top:1.7em;z-index:2;width:max-content;"
"max-width:22rem;white-space:normal;background:#1b1b1b;color:#fff;"
"font:400 .8rem/1.4 system-ui,sans-serif;font-style:normal;"
"padding:.4rem .6rem;border-radius:4px;box-shadow:0 2px 6px #0004}\n"
".legend ul{list-style:none;padding:0;margin:.2rem 0;display:flex;"
"flex-wrap:wrap;gap:.3rem 1.2rem}\n"
"footer{margin-top:2rem;color:#444;border-top:1px solid #ccc;"
"padding-top:.5rem}\n"
"@media print{body{max-width:none;margin:0;font-size:11pt}"
".cue::after{display:none!important}"
"*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
".text{border:0}footer{display:none}}\n";

static const char *const label_color[FL_LABEL_COUNT] = {
	"#1c6a34", "#7b2b87", "#9a4400", "#1d4e80", "#555"
};

static void
begin(struct fl_buf *out, struct fl_doc *d)
{
	fl_buf_puts(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
	    "content=\"width=device-width, initial-scale=1\">\n"
	    "<meta name=\"generator\" content=\"factlens " FL_VERSION "\">\n"
	    "<title>factlens: ");
	fl_html_str(out, d->name, strlen(d->name));
	fl_buf_puts(out, "</title>\n<style>\n");
	fl_buf_puts(out, css);
	fl_buf_puts(out, "</style>\n</head>\n<body>\n<header>\n<h1>factlens "
	    "report: <span class=\"doc\">");
	fl_html_str(out, d->name, strlen(d->name));
	fl_buf_puts(out, "</span></h1>\n</header>\n");
	d->mark = out->len;	/* the summary goes here, at the end */
	fl_buf_puts(out, "<main>\n<h2 id=\"text\">The text</h2>\n"
	    "<div class=\"text\">");
}

static void
gap(struct fl_buf *out, const char *p, size_t n)
{
	fl_html_str(out, p, n);
}

static void
open_cue(struct fl_buf *out, const struct fl_cue *c, int first)
{
	const struct fl_rule *r = c->rule;
	const char *cat = fl_category_name(r->category);

	fl_buf_printf(out, "<mark class=\"cue c-%s\"", cat);
	if (first)
		fl_buf_puts(out, " tabindex=\"0\"");
	fl_buf_printf(out, " data-rule=\"%s\" data-tip=\"%s \xc2\xb7 %s: ", r->id,
	    cat, r->id);
	fl_html_str(out, r->explain, strlen(r->explain));
	fl_buf_puts(out, "\">");
}

static void
sentence(struct fl_buf *out, const struct fl_doc *d, const struct fl_para *p,
    const struct fl_item *it, const struct fl_cue *cues)
{
	const char *label = fl_label_name(it->label);
	size_t stack[64] = { 0 }, top = 0, at = it->s.start, next, j, k, n;
	unsigned char opened[256];

	(void)d;
	n = it->ncues < sizeof(opened) ? it->ncues : sizeof(opened);
	memset(opened, 0, n);
	fl_buf_printf(out, "<span class=\"s s-%s\" title=\"%s: ", label,
	    label);
	fl_buf_puts(out, fl_reason_text(it->reason));
	fl_buf_printf(out, "\"><span class=\"tag tag-%s\">%s</span>", label,
	    label);
	for (;;) {
		/* Close the cues that end here; a cue that crosses one of
		 * them is closed too and opened again below. */
		size_t keep[64] = { 0 }, nkeep = 0;

		while (top > 0) {
			size_t c = stack[top - 1];
			int ends = 0;

			for (k = 0; k < top; k++)
				if (cues[stack[k]].end == at)
					ends = 1;
			if (!ends)
				break;
			fl_buf_puts(out, "</mark>");
			top--;
			if (cues[c].end != at && nkeep < 64)
				keep[nkeep++] = c;
		}
		while (nkeep > 0) {
			size_t c = keep[--nkeep];

			open_cue(out, &cues[c], 0);
			stack[top++] = c;
		}
		for (j = 0; j < n; j++)
			if (!cues[j].dropped && cues[j].start == at &&
			    cues[j].end > at && top < 64) {
				open_cue(out, &cues[j], !opened[j]);
				opened[j] = 1;
				stack[top++] = j;
			}
		if (at >= it->s.end)
			break;
		next = fl_next_edge(it, cues, at);
		fl_html_str(out, p->text + at, next - at);
		at = next;
	}
	while (top-- > 0)
		fl_buf_puts(out, "</mark>");
	fl_buf_puts(out, "</span>");
}

static void
summary(struct fl_buf *s, const struct fl_doc *d)
{
	size_t top[5], n, i;
	int l, c;

	fl_buf_puts(s, "<section class=\"summary\" aria-labelledby=\"sum\">\n"
	    "<h2 id=\"sum\">Summary</h2>\n<p class=\"verdict\">");
	fl_verdict(s, d);
	fl_buf_puts(s, ".</p>\n<div class=\"chart\" role=\"img\" "
	    "aria-label=\"");
	for (l = 0; l < FL_LABEL_COUNT; l++)
		fl_buf_printf(s, "%s%s %zu", l ? ", " : "",
		    fl_label_name((enum fl_label)l), d->counts[l]);
	fl_buf_puts(s, "\">");
	for (l = 0; l < FL_LABEL_COUNT; l++)
		if (d->counts[l])
			fl_buf_printf(s, "<span class=\"k-%s\" style=\"width:"
			    "%.2f%%\" title=\"%s\"></span>",
			    fl_label_name((enum fl_label)l),
			    100.0 * (double)d->counts[l] / (double)d->nsentences,
			    fl_label_name((enum fl_label)l));
	fl_buf_puts(s, "</div>\n<table class=\"counts\">\n<tr><th>label</th>"
	    "<th>sentences</th><th>share</th><th>meaning</th>"
	    "<th class=\"barcell\"><span class=\"sr\"></span></th></tr>\n");
	for (l = 0; l < FL_LABEL_COUNT; l++) {
		double pct = d->nsentences ? 100.0 * (double)d->counts[l] /
		    (double)d->nsentences : 0.0;

		fl_buf_printf(s, "<tr><td><span class=\"tag tag-%s\">%s</span>"
		    "</td><td class=\"n\">%zu</td><td class=\"n\">%.0f%%</td>"
		    "<td>%s</td><td class=\"barcell\"><span style=\"width:"
		    "%.1f%%;background:%s\"></span></td></tr>\n",
		    fl_label_name((enum fl_label)l),
		    fl_label_name((enum fl_label)l), d->counts[l], pct,
		    fl_label_about((enum fl_label)l), pct, label_color[l]);
	}
	fl_buf_puts(s, "</table>\n");
	n = fl_top_rules(d, top, 5);
	if (n) {
		fl_buf_puts(s, "<p>Most frequent cues: ");
		for (i = 0; i < n; i++)
			fl_buf_printf(s, "%s<code>%s</code> (%zu)",
			    i ? ", " : "", d->rs->rules[top[i]].id,
			    d->rule_counts[top[i]]);
		fl_buf_puts(s, ".</p>\n");
	}
	fl_buf_puts(s, "</section>\n<section class=\"legend\" "
	    "aria-labelledby=\"leg\">\n<h2 id=\"leg\">How to read it</h2>\n"
	    "<ul>");
	for (l = 0; l < FL_LABEL_COUNT; l++)
		fl_buf_printf(s, "<li><span class=\"tag tag-%s\">%s</span> %s"
		    "</li>", fl_label_name((enum fl_label)l),
		    fl_label_name((enum fl_label)l), fl_label_about((enum fl_label)l));
	fl_buf_puts(s, "</ul>\n<ul>");
	for (c = 0; c < FL_CAT_COUNT; c++)
		fl_buf_printf(s, "<li><mark class=\"cue c-%s\">%s</mark>: %s"
		    "</li>", fl_category_name((enum fl_category)c),
		    fl_category_name((enum fl_category)c),
		    fl_category_about((enum fl_category)c));
	fl_buf_puts(s, "</ul>\n"
	    "<p>Hover over an underlined cue, or reach it with the Tab key, "
	    "to see which rule found it and why.</p>\n</section>\n");
}

static void
end(struct fl_buf *out, struct fl_doc *d)
{
	struct fl_buf s;

	fl_buf_puts(out, "</div>\n</main>\n<footer>Annotated by factlens "
	    FL_VERSION ". Labels describe how each sentence is worded, not "
	    "whether it is true.</footer>\n</body>\n</html>\n");
	fl_buf_init(&s);
	summary(&s, d);
	if (d->mark <= out->len)
		fl_buf_insert(out, d->mark, s.ptr, s.len);
	fl_buf_release(&s);
}

const struct fl_format fl_fmt_html = {
	"html", begin, gap, sentence, end, 1, 0, 1, NULL
};
