/*
 * grade_report.c: the reports of --grade (grade.c grades): per student the
 * score, each mistake with the right answer, its reason and cues, and in
 * the cues mode the deciding cues missed; for two students or more the
 * class report, each sentence's correctness across the class with the
 * hardest first; as text, JSON Lines for an LMS, or one HTML page.
 */
#include <stdlib.h>
#include <string.h>

#include "factlens.h"
#include "exercise.h"
#include "grade.h"

static unsigned
pct(size_t a, size_t b)
{
	return b ? (unsigned)((200 * a + b) / (2 * b)) : 0;
}

/* At most max bytes of s, cut at a character boundary, "..." if cut. */
static void
excerpt(struct fl_buf *out, const char *s, size_t n, size_t max, int html)
{
	size_t k = n;

	if (n > max) {
		k = max;
		while (k > 0 && ((unsigned char)s[k] & 0xc0) == 0x80)
			k--;
	}
	if (html)
		fl_html_str(out, s, k);
	else
		fl_tsv_field(out, s, k);
	if (k < n)
		fl_buf_puts(out, "...");
}

static void
text_student(struct fl_buf *out, const struct fl_student *st,
    const struct fl_ex_doc *x)
{
	size_t i, k, nmiss = 0;

	fl_buf_printf(out, "%s: %s: %zu of %zu right (%u%%)", st->file,
	    st->name[0] ? st->name : "(no name)", st->right, st->listed,
	    pct(st->right, st->listed));
	if (st->cues)
		fl_buf_printf(out, "; deciding cues found: %zu of %zu",
		    st->cues_found, st->cues_of);
	fl_buf_putc(out, '\n');
	for (i = 0; i < x->n; i++) {
		const struct fl_ex_sent *s = &x->v[i];
		const struct fl_answer *an = &st->ans[i];
		int want = fl_grade_mistake(st, x, i);

		if (want < 0)
			continue;
		fl_buf_printf(out, "  sentence %zu: ", s->n);
		if (an->given < 0)
			fl_buf_puts(out, "not answered");
		else
			fl_buf_printf(out, "you chose %s",
			    fl_ex_answer_name(an->given));
		fl_buf_printf(out, "; the answer is %s", fl_ex_answer_name(want));
		if (want == FL_EX_NONE)
			fl_buf_printf(out, " (factlens: %s)",
			    fl_label_name(s->label));
		fl_buf_printf(out, ": %s\n    ", fl_reason_text(s->reason));
		excerpt(out, s->text, s->len, 200, 0);
		fl_buf_putc(out, '\n');
		for (k = 0; k < s->ncues; k++) {
			fl_buf_puts(out, "    cue '");
			fl_tsv_field(out, s->text + s->cues[k].start,
			    s->cues[k].end - s->cues[k].start);
			fl_buf_printf(out, "' %s (%s)%s\n",
			    fl_category_name(s->cues[k].rule->category),
			    s->cues[k].rule->id, (long)k == s->why ?
			    ": decided the label" : "");
		}
	}
	if (!st->cues)
		return;
	for (i = 0; i < x->n; i++) {
		const struct fl_ex_sent *s = &x->v[i];
		const struct fl_ex_cue *c;

		if (!fl_grade_missed(st, x, i))
			continue;
		c = &s->cues[s->why];
		fl_buf_puts(out, nmiss++ ? ", " : "  cues missed: ");
		fl_buf_printf(out, "sentence %zu '", s->n);
		fl_tsv_field(out, s->text + c->start, c->end - c->start);
		fl_buf_printf(out, "' (%s)", fl_category_name(c->rule->category));
	}
	if (nmiss)
		fl_buf_putc(out, '\n');
	if (st->extra)
		fl_buf_printf(out, "  %zu marked word%s not a cue\n", st->extra,
		    st->extra == 1 ? " is" : "s are");
}

static void
json_cue(struct fl_buf *out, const struct fl_ex_sent *s, size_t k)
{
	const struct fl_ex_cue *c = &s->cues[k];

	fl_buf_puts(out, "{\"text\":");
	fl_json_str(out, s->text + c->start, c->end - c->start);
	fl_buf_printf(out, ",\"category\":\"%s\",\"rule\":",
	    fl_category_name(c->rule->category));
	fl_json_str(out, c->rule->id, strlen(c->rule->id));
	fl_buf_puts(out, ",\"explain\":");
	fl_json_str(out, c->rule->explain, strlen(c->rule->explain));
	fl_buf_printf(out, ",\"decided\":%s}", (long)k == s->why ? "true" :
	    "false");
}

static void
json_student(struct fl_buf *out, const struct fl_student *st,
    const struct fl_ex_doc *x)
{
	size_t i, k, n = 0;
	int a;

	fl_buf_puts(out, "{\"type\":\"student\",\"file\":");
	fl_json_str(out, st->file, strlen(st->file));
	fl_buf_puts(out, ",\"student\":");
	fl_json_str(out, st->name, strlen(st->name));
	fl_buf_printf(out, ",\"mode\":\"%s\",\"sentences\":%zu,"
	    "\"answered\":%zu,\"right\":%zu,\"percent\":%u,\"answers\":{",
	    st->cues ? "cues" : "labels", st->listed, st->answered, st->right,
	    pct(st->right, st->listed));
	for (a = 0; a < NANSWERS; a++)
		if (st->per[a][1])
			fl_buf_printf(out, "%s\"%s\":{\"right\":%zu,\"of\":%zu}",
			    n++ ? "," : "", fl_ex_answer_name(a),
			    st->per[a][0], st->per[a][1]);
	fl_buf_puts(out, "},\"wrong\":[");
	n = 0;
	for (i = 0; i < x->n; i++) {
		const struct fl_ex_sent *s = &x->v[i];
		const struct fl_answer *an = &st->ans[i];
		int want = fl_grade_mistake(st, x, i);

		if (want < 0)
			continue;
		fl_buf_printf(out, "%s{\"sentence\":%zu,\"answer\":", n++ ? "," :
		    "", s->n);
		if (an->given < 0)
			fl_buf_puts(out, "null");
		else
			fl_buf_printf(out, "\"%s\"", fl_ex_answer_name(an->given));
		fl_buf_printf(out, ",\"expected\":\"%s\",\"label\":\"%s\","
		    "\"reason\":\"%s\",\"text\":", fl_ex_answer_name(want),
		    fl_label_name(s->label), fl_reason_text(s->reason));
		fl_json_str(out, s->text, s->len);
		fl_buf_puts(out, ",\"cues\":[");
		for (k = 0; k < s->ncues; k++) {
			if (k)
				fl_buf_putc(out, ',');
			json_cue(out, s, k);
		}
		fl_buf_puts(out, "]}");
	}
	fl_buf_putc(out, ']');
	if (st->cues) {
		fl_buf_printf(out, ",\"cues\":{\"found\":%zu,\"of\":%zu,"
		    "\"not_cues\":%zu,\"missed\":[", st->cues_found, st->cues_of,
		    st->extra);
		n = 0;
		for (i = 0; i < x->n; i++) {
			const struct fl_ex_sent *s = &x->v[i];

			if (!fl_grade_missed(st, x, i))
				continue;
			fl_buf_printf(out, "%s{\"sentence\":%zu,\"cue\":",
			    n++ ? "," : "", s->n);
			json_cue(out, s, (size_t)s->why);
			fl_buf_putc(out, '}');
		}
		fl_buf_puts(out, "]}");
	}
	fl_buf_puts(out, "}\n");
}

/* The class: per sentence, how many students had it and got it right,
 * and what they chose. */
struct row {
	size_t i;		/* sentence index */
	size_t right, of;
	size_t chosen[NANSWERS + 1];	/* by answer, then not answered */
	int want;
};

static int
harder(const void *pa, const void *pb)
{
	const struct row *a = pa, *b = pb;
	size_t l = a->right * b->of, r = b->right * a->of;

	if (l != r)
		return l < r ? -1 : 1;
	return a->i < b->i ? -1 : a->i > b->i;
}

static struct row *
class_rows(const struct fl_grading *g, size_t *nrows)
{
	struct row *rows = fl_xmalloc((g->x->n + 1) * sizeof(*rows));
	size_t i, k, n = 0;

	for (i = 0; i < g->x->n; i++) {
		struct row r;

		memset(&r, 0, sizeof(r));
		r.i = i;
		r.want = -1;
		for (k = 0; k < g->n; k++) {
			const struct fl_student *st = &g->st[k];
			const struct fl_answer *an = &st->ans[i];
			int want = fl_grade_expected(st->choices, &g->x->v[i]);

			if (!an->listed)
				continue;
			r.want = want;
			r.of++;
			r.right += (size_t)(an->given == want);
			r.chosen[an->given < 0 ? UNANSWERED : an->given]++;
		}
		if (r.of > 0)
			rows[n++] = r;
	}
	qsort(rows, n, sizeof(*rows), harder);
	*nrows = n;
	return rows;
}

/* The answer most chosen instead of the right one, or -1. */
static int
most_wrong(const struct row *r)
{
	int a, best = -1;

	for (a = 0; a <= UNANSWERED; a++)
		if (a != r->want && r->chosen[a] > 0 &&
		    (best < 0 || r->chosen[a] > r->chosen[best]))
			best = a;
	return best;
}

static const char *
chosen_name(int a)
{
	return a == UNANSWERED ? "not answered" : fl_ex_answer_name(a);
}

static size_t
class_total(const struct fl_grading *g, size_t *of)
{
	size_t k, right = 0;

	*of = 0;
	for (k = 0; k < g->n; k++) {
		right += g->st[k].right;
		*of += g->st[k].listed;
	}
	return right;
}

static void
text_class(struct fl_buf *out, const struct fl_grading *g)
{
	size_t nrows, i, of, right = class_total(g, &of);
	struct row *rows = class_rows(g, &nrows);
	char cell[64];

	fl_buf_printf(out, "\nclass: %zu student%s, %zu of %zu answer%s right "
	    "(%u%%); hardest sentences first\n", g->n, g->n == 1 ? "" : "s",
	    right, of, of == 1 ? "" : "s", pct(right, of));
	fl_buf_printf(out, "%8s  %-7s  %-11s  %-18s  %s\n", "sentence",
	    "right", "answer", "chosen instead", "text");
	for (i = 0; i < nrows; i++) {
		const struct row *r = &rows[i];
		const struct fl_ex_sent *s = &g->x->v[r->i];
		int w = most_wrong(r);

		snprintf(cell, sizeof(cell), "%zu/%zu", r->right, r->of);
		fl_buf_printf(out, "%8zu  %-7s  %-11s  ", s->n, cell,
		    fl_ex_answer_name(r->want));
		if (w >= 0)
			snprintf(cell, sizeof(cell), "%s (%zu)",
			    chosen_name(w), r->chosen[w]);
		else
			snprintf(cell, sizeof(cell), "-");
		fl_buf_printf(out, "%-18s  ", cell);
		excerpt(out, s->text, s->len, 60, 0);
		fl_buf_putc(out, '\n');
	}
	free(rows);
}

static void
json_class(struct fl_buf *out, const struct fl_grading *g)
{
	size_t nrows, i, of, right = class_total(g, &of);
	struct row *rows = class_rows(g, &nrows);
	int a, n;

	fl_buf_printf(out, "{\"type\":\"class\",\"students\":%zu,"
	    "\"right\":%zu,\"of\":%zu,\"percent\":%u,\"sentences\":[", g->n,
	    right, of, pct(right, of));
	for (i = 0; i < nrows; i++) {
		const struct row *r = &rows[i];
		const struct fl_ex_sent *s = &g->x->v[r->i];

		fl_buf_printf(out, "%s{\"sentence\":%zu,\"expected\":\"%s\","
		    "\"label\":\"%s\",\"right\":%zu,\"of\":%zu,\"chosen\":{",
		    i ? "," : "", s->n, fl_ex_answer_name(r->want),
		    fl_label_name(s->label), r->right, r->of);
		for (a = 0, n = 0; a <= UNANSWERED; a++)
			if (r->chosen[a])
				fl_buf_printf(out, "%s\"%s\":%zu", n++ ? "," :
				    "", a == UNANSWERED ? "unanswered" :
				    fl_ex_answer_name(a), r->chosen[a]);
		fl_buf_puts(out, "},\"text\":");
		fl_json_str(out, s->text, s->len);
		fl_buf_putc(out, '}');
	}
	fl_buf_puts(out, "]}\n");
	free(rows);
}

static void
json_error(struct fl_buf *out, const struct fl_error *e)
{
	fl_buf_puts(out, "{\"type\":\"error\",\"file\":");
	fl_json_str(out, e->file, strlen(e->file));
	if (e->line > 0)
		fl_buf_printf(out, ",\"line\":%d,\"col\":%d", e->line, e->col);
	fl_buf_puts(out, ",\"message\":");
	fl_json_str(out, e->msg, strlen(e->msg));
	fl_buf_puts(out, "}\n");
}

static void
html_student(struct fl_buf *out, const struct fl_student *st,
    const struct fl_ex_doc *x)
{
	size_t i, k, n = 0;

	fl_buf_puts(out, "<h3>");
	fl_html_str(out, st->name, strlen(st->name));
	fl_buf_printf(out, ": %zu of %zu right</h3>\n<ul>", st->right,
	    st->listed);
	for (i = 0; i < x->n; i++) {
		const struct fl_ex_sent *s = &x->v[i];
		const struct fl_answer *an = &st->ans[i];
		int want = fl_grade_mistake(st, x, i);

		if (want < 0)
			continue;
		n++;
		fl_buf_printf(out, "<li>Sentence <b>%zu</b>: ", s->n);
		fl_ex_html_answer(out, an->given);
		fl_buf_puts(out, " instead of ");
		fl_ex_html_answer(out, want);
		fl_buf_printf(out, " (%s). <span class=\"x\">", fl_reason_text(
		    s->reason));
		fl_ex_html_text(out, s, 0);
		fl_buf_puts(out, "</span>");
		if (fl_grade_missed(st, x, i)) {
			fl_buf_puts(out, " Deciding cue missed: ");
			fl_ex_html_cue(out, s, (size_t)s->why);
		}
		for (k = 0; k < s->ncues && !st->cues; k++)
			if ((long)k == s->why) {
				fl_buf_puts(out, " Deciding cue: ");
				fl_ex_html_cue(out, s, k);
			}
		fl_buf_puts(out, "</li>\n");
	}
	if (n == 0)
		fl_buf_puts(out, "<li>Every answer right.</li>");
	fl_buf_puts(out, "</ul>\n");
}

static void
html_page(struct fl_buf *out, const struct fl_grading *g)
{
	size_t nrows, i, k, of, right = class_total(g, &of);
	struct row *rows = class_rows(g, &nrows);
	struct fl_buf t;

	fl_buf_init(&t);
	fl_buf_puts(&t, "Class report: ");
	fl_buf_puts(&t, g->title != NULL ? g->title : g->x->name);
	fl_ex_page_begin(out, t.ptr, fl_asset_report_css, "class=\"show\"");
	fl_buf_puts(out, "<header>\n<h1>");
	fl_html_str(out, t.ptr, t.len);
	fl_buf_puts(out, "</h1>\n<p class=\"meta\">Text <b>");
	fl_html_str(out, g->x->name, strlen(g->x->name));
	fl_buf_printf(out, "</b> (fingerprint %s): %zu student%s graded, %zu "
	    "of %zu answer%s right (%u%%).</p>\n</header>\n<main>\n",
	    g->x->fingerprint, g->n, g->n == 1 ? "" : "s", right, of,
	    of == 1 ? "" : "s", pct(right, of));
	if (g->nerrs > 0) {
		fl_buf_puts(out, "<h2>Answers files not graded</h2>\n<ul>");
		for (i = 0; i < g->nerrs; i++) {
			fl_buf_puts(out, "<li><code>");
			fl_html_str(out, g->errs[i].file,
			    strlen(g->errs[i].file));
			fl_buf_puts(out, "</code>: ");
			fl_html_str(out, g->errs[i].msg, strlen(g->errs[i].msg));
			fl_buf_puts(out, "</li>");
		}
		fl_buf_puts(out, "</ul>\n");
	}
	fl_buf_puts(out, "<h2 id=\"st\">Students</h2>\n<table aria-labelledby="
	    "\"st\"><tr><th>student</th><th>file</th><th class=\"r\">right"
	    "</th><th class=\"r\">score</th><th class=\"r\">deciding cues"
	    "</th></tr>\n");
	for (k = 0; k < g->n; k++) {
		const struct fl_student *st = &g->st[k];

		fl_buf_puts(out, "<tr><td>");
		fl_html_str(out, st->name, strlen(st->name));
		fl_buf_puts(out, "</td><td><code>");
		fl_html_str(out, st->file, strlen(st->file));
		fl_buf_printf(out, "</code></td><td class=\"r\">%zu of %zu</td>"
		    "<td class=\"r\">%u%%</td><td class=\"r\">", st->right,
		    st->listed, pct(st->right, st->listed));
		if (st->cues)
			fl_buf_printf(out, "%zu of %zu", st->cues_found,
			    st->cues_of);
		else
			fl_buf_puts(out, "-");
		fl_buf_puts(out, "</td></tr>\n");
	}
	fl_buf_puts(out, "</table>\n<h2 id=\"se\">Sentences, the hardest "
	    "first</h2>\n<table aria-labelledby=\"se\"><tr><th class=\"r\">"
	    "no.</th><th>answer</th><th>right</th><th>chosen instead</th>"
	    "<th>sentence</th></tr>\n");
	for (i = 0; i < nrows; i++) {
		const struct row *r = &rows[i];
		const struct fl_ex_sent *s = &g->x->v[r->i];
		int w = most_wrong(r);

		fl_buf_printf(out, "<tr><td class=\"r\">%zu</td><td>", s->n);
		fl_ex_html_answer(out, r->want);
		fl_buf_printf(out, "</td><td>%zu of %zu<span class=\"bar\" "
		    "style=\"width:%upx\" aria-hidden=\"true\"></span></td>"
		    "<td>", r->right, r->of, pct(r->right, r->of));
		if (w >= 0) {
			fl_ex_html_answer(out, w);
			fl_buf_printf(out, " (%zu)", r->chosen[w]);
		} else
			fl_buf_puts(out, "-");
		fl_buf_puts(out, "</td><td>");
		fl_ex_html_text(out, s, 0);
		fl_buf_puts(out, "</td></tr>\n");
	}
	fl_buf_puts(out, "</table>\n<h2>Each student's mistakes</h2>\n");
	for (k = 0; k < g->n; k++)
		html_student(out, &g->st[k], g->x);
	fl_buf_puts(out, "</main>\n<footer>Graded by factlens " FL_VERSION
	    ".</footer>\n</body>\n</html>\n");
	free(rows);
	fl_buf_release(&t);
}

void
fl_grade_report(struct fl_buf *out, const struct fl_grading *g)
{
	size_t k;

	if (g->format == FL_GRADE_HTML) {
		html_page(out, g);
		return;
	}
	for (k = 0; k < g->n; k++)
		if (g->format == FL_GRADE_JSON)
			json_student(out, &g->st[k], g->x);
		else
			text_student(out, &g->st[k], g->x);
	if (g->format == FL_GRADE_JSON)
		for (k = 0; k < g->nerrs; k++)
			json_error(out, &g->errs[k]);
	if (g->n >= 2) {
		if (g->format == FL_GRADE_JSON)
			json_class(out, g);
		else
			text_class(out, g);
	}
}

