/*
 * exercise.c: the document as the classroom exercise sees it.  The
 * worksheet and key formats and --grade (grade.c) run the pipeline with
 * the collecting callbacks below, which keep each sentence (a copy of its
 * bytes, its label, reason and the cues that count) in a struct fl_ex_doc
 * held in the document's d->priv.  fl_ex_finish then chooses the
 * exercise, splits each sentence into the words a student can click and
 * computes the text's fingerprint, so that all three see the same
 * numbers, words and cues.  The HTML pieces the pages share are here too.
 */
#include <stdlib.h>
#include <string.h>

#include "factlens.h"
#include "exercise.h"

static void
ex_free(void *p)
{
	struct fl_ex_doc *x = p;
	size_t i;

	for (i = 0; i < x->n; i++) {
		free(x->v[i].text);
		free(x->v[i].cues);
		free(x->v[i].words);
	}
	free(x->v);
	free(x);
}

struct fl_ex_doc *
fl_ex_of(const struct fl_doc *d)
{
	return d->priv_free == ex_free ? d->priv : NULL;
}

void
fl_ex_begin(struct fl_buf *out, struct fl_doc *d)
{
	struct fl_ex_doc *x = fl_xmalloc(sizeof(*x));

	(void)out;
	memset(x, 0, sizeof(*x));
	x->name = d->name;
	x->choices = (1u << FL_LABEL_COUNT) - 1;
	if (d->priv != NULL && d->priv_free != NULL)
		d->priv_free(d->priv);
	d->priv = x;
	d->priv_free = ex_free;
}

void
fl_ex_sentence(struct fl_buf *out, const struct fl_doc *d,
    const struct fl_para *p, const struct fl_item *it,
    const struct fl_cue *cues)
{
	struct fl_ex_doc *x = fl_ex_of(d);
	struct fl_ex_sent *s;
	size_t j, k = 0;

	(void)out;
	if (x == NULL)
		return;
	if (x->n == x->cap) {
		x->cap = x->cap ? 2 * x->cap : 32;
		x->v = fl_xrealloc(x->v, x->cap * sizeof(*x->v));
	}
	s = &x->v[x->n++];
	memset(s, 0, sizeof(*s));
	s->n = d->index + 1;
	s->para = x->para;
	s->len = it->s.end - it->s.start;
	s->text = fl_xstrndup(p->text + it->s.start, s->len);
	s->label = it->label;
	s->reason = it->reason;
	s->why = -1;
	if (it->ncues > 0)
		s->cues = fl_xmalloc(it->ncues * sizeof(*s->cues));
	for (j = 0; j < it->ncues; j++) {
		if (cues[j].dropped || cues[j].end <= cues[j].start)
			continue;
		if ((long)j == it->why)
			s->why = (long)k;
		s->cues[k].rule = cues[j].rule;
		s->cues[k].start = cues[j].start - it->s.start;
		s->cues[k].end = cues[j].end - it->s.start;
		k++;
	}
	s->ncues = k;
}

void
fl_ex_para_end(struct fl_buf *out, const struct fl_doc *d,
    const struct fl_para *p, const struct fl_item *items, size_t n,
    const struct fl_cues *cues)
{
	struct fl_ex_doc *x = fl_ex_of(d);

	(void)out;
	(void)p;
	(void)items;
	(void)cues;
	if (x != NULL && n > 0)
		x->para++;
}

static int
blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v';
}

static void
split_words(struct fl_ex_sent *s)
{
	size_t i = 0, a, cap = 0;

	s->nwords = 0;
	while (i < s->len) {
		while (i < s->len && blank(s->text[i]))
			i++;
		if (i == s->len)
			break;
		a = i;
		while (i < s->len && !blank(s->text[i]))
			i++;
		if (s->nwords == cap) {
			cap = cap ? 2 * cap : 16;
			s->words = fl_xrealloc(s->words, cap *
			    sizeof(*s->words));
		}
		s->words[s->nwords].start = a;
		s->words[s->nwords++].end = i;
	}
}

void
fl_ex_fingerprint(const struct fl_ex_doc *x, char fp[32])
{
	uint64_t h = 0xcbf29ce484222325ull;
	char num[32];
	size_t i, j, k;

	for (i = 0; i < x->n; i++) {
		k = (size_t)snprintf(num, sizeof(num), "%zu:", x->v[i].len);
		for (j = 0; j < k; j++)
			h = (h ^ (unsigned char)num[j]) * 0x100000001b3ull;
		for (j = 0; j < x->v[i].len; j++)
			h = (h ^ (unsigned char)x->v[i].text[j]) *
			    0x100000001b3ull;
	}
	snprintf(fp, 32, "fnv1a64:%016llx", (unsigned long long)h);
}

void
fl_ex_finish(struct fl_ex_doc *x, const struct fl_render_opts *opts)
{
	unsigned cats = opts != NULL ? opts->only_cats : 0;
	size_t i, j;

	x->mode = opts != NULL ? opts->worksheet : 0;
	x->choices = opts != NULL && opts->only ? opts->only :
	    (1u << FL_LABEL_COUNT) - 1;
	x->nin = 0;
	for (i = 0; i < x->n; i++) {
		struct fl_ex_sent *s = &x->v[i];
		int any = 0;

		for (j = 0; j < s->ncues; j++)
			if (cats == 0 ||
			    (cats >> s->cues[j].rule->category) & 1)
				any = 1;
		s->in = (!(x->mode & FL_WS_CUED) && cats == 0) || any;
		x->nin += (size_t)s->in;
		split_words(s);
	}
	fl_ex_fingerprint(x, x->fingerprint);
}

int
fl_ex_all_offered(const struct fl_ex_doc *x)
{
	return x->choices == (1u << FL_LABEL_COUNT) - 1;
}

int
fl_ex_answer(const struct fl_ex_doc *x, const struct fl_ex_sent *s)
{
	return (x->choices >> s->label) & 1 ? (int)s->label : FL_EX_NONE;
}

const char *
fl_ex_answer_name(int a)
{
	return a == FL_EX_NONE ? "none" : fl_label_name((enum fl_label)a);
}

int
fl_ex_answer_parse(const char *s, size_t n)
{
	if (n == 4 && memcmp(s, "none", 4) == 0)
		return FL_EX_NONE;
	return fl_label_parse(s, n);
}

static int
overlap(const struct fl_ex_cue *c, size_t a, size_t b)
{
	return c->start < b && a < c->end;
}

/* The cue that [a, b) of s belongs to: the deciding cue if it overlaps
 * it, else the first that does, else -1. */
static long
span_cue(const struct fl_ex_sent *s, size_t a, size_t b)
{
	size_t k;

	if (s->why >= 0 && overlap(&s->cues[s->why], a, b))
		return s->why;
	for (k = 0; k < s->ncues; k++)
		if (overlap(&s->cues[k], a, b))
			return (long)k;
	return -1;
}

long
fl_ex_word_cue(const struct fl_ex_sent *s, size_t w)
{
	return span_cue(s, s->words[w].start, s->words[w].end);
}

int
fl_ex_offered(const struct fl_ex_doc *x, int a)
{
	if (a == FL_EX_NONE)
		return !fl_ex_all_offered(x);
	return a >= 0 && a < FL_LABEL_COUNT && ((x->choices >> a) & 1);
}

void
fl_ex_title(struct fl_buf *t, const struct fl_doc *d)
{
	if (d->opts != NULL && d->opts->title != NULL)
		fl_buf_puts(t, d->opts->title);
	else if (strcmp(d->name, "-") == 0)
		fl_buf_puts(t, "Worksheet");
	else
		fl_buf_printf(t, "Worksheet: %s", d->name);
}

void
fl_ex_page_begin(struct fl_buf *out, const char *title, const char *css,
    const char *body_attrs)
{
	fl_buf_puts(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
	    "content=\"width=device-width, initial-scale=1\">\n"
	    "<meta name=\"generator\" content=\"factlens " FL_VERSION "\">\n"
	    "<title>");
	fl_html_str(out, title, strlen(title));
	fl_buf_puts(out, "</title>\n<style>\n");
	fl_buf_puts(out, fl_asset_exercise_css);
	fl_buf_puts(out, css);
	fl_buf_puts(out, "</style>\n</head>\n<body");
	if (body_attrs != NULL) {
		fl_buf_putc(out, ' ');
		fl_buf_puts(out, body_attrs);
	}
	fl_buf_puts(out, ">\n");
}

/* s->text[a, b), cut where cues start or end, cue runs in spans. */
static void
runs(struct fl_buf *out, const struct fl_ex_sent *s, size_t a, size_t b)
{
	size_t next, k;
	long c;

	while (a < b) {
		next = b;
		for (k = 0; k < s->ncues; k++) {
			if (s->cues[k].start > a && s->cues[k].start < next)
				next = s->cues[k].start;
			if (s->cues[k].end > a && s->cues[k].end < next)
				next = s->cues[k].end;
		}
		c = span_cue(s, a, next);
		if (c >= 0)
			fl_buf_printf(out, "<span class=\"cue c-%s\">",
			    fl_category_name(s->cues[c].rule->category));
		fl_html_str(out, s->text + a, next - a);
		if (c >= 0)
			fl_buf_puts(out, "</span>");
		a = next;
	}
}

void
fl_ex_html_text(struct fl_buf *out, const struct fl_ex_sent *s, int words)
{
	size_t at = 0, w;
	long c;

	if (!words) {
		runs(out, s, 0, s->len);
		return;
	}
	for (w = 0; w < s->nwords; w++) {
		runs(out, s, at, s->words[w].start);
		fl_buf_puts(out, "<span class=\"w\"");
		if ((c = fl_ex_word_cue(s, w)) >= 0)
			fl_buf_printf(out, " data-c=\"%ld\"", c);
		fl_buf_putc(out, '>');
		runs(out, s, s->words[w].start, s->words[w].end);
		fl_buf_puts(out, "</span>");
		at = s->words[w].end;
	}
	runs(out, s, at, s->len);
}

void
fl_ex_html_tag(struct fl_buf *out, enum fl_label l)
{
	fl_buf_printf(out, "<span class=\"tag tag-%s\">%s</span>",
	    fl_label_name(l), fl_label_name(l));
}

void
fl_ex_html_answer(struct fl_buf *out, int a)
{
	if (a == FL_EX_NONE)
		fl_buf_puts(out, "<span class=\"tag tag-none\">none</span>");
	else if (a >= 0 && a < FL_LABEL_COUNT)
		fl_ex_html_tag(out, (enum fl_label)a);
	else
		fl_buf_puts(out, "not answered");
}

void
fl_ex_html_cue(struct fl_buf *out, const struct fl_ex_sent *s, size_t k)
{
	const struct fl_ex_cue *c = &s->cues[k];
	const struct fl_rule *r = c->rule;

	fl_buf_printf(out, "<q class=\"cue c-%s\">",
	    fl_category_name(r->category));
	fl_html_str(out, s->text + c->start, c->end - c->start);
	fl_buf_printf(out, "</q> <span class=\"cat\">%s</span> "
	    "<code>", fl_category_name(r->category));
	fl_html_str(out, r->id, strlen(r->id));
	fl_buf_puts(out, "</code>: ");
	fl_html_str(out, r->explain, strlen(r->explain));
}

void
fl_ex_html_cues(struct fl_buf *out, const struct fl_ex_sent *s)
{
	size_t k;

	if (s->ncues == 0)
		return;
	fl_buf_puts(out, "<ul class=\"cues\">");
	for (k = 0; k < s->ncues; k++) {
		fl_buf_printf(out, "<li data-c=\"%zu\">", k);
		fl_ex_html_cue(out, s, k);
		if ((long)k == s->why)
			fl_buf_puts(out, " <b>(decided the label)</b>");
		fl_buf_puts(out, "<span class=\"cs\"></span></li>");
	}
	fl_buf_puts(out, "</ul>");
}
