/*
 * grade.c: factlens --grade ANSWERS... FILE.  Annotates FILE again with
 * the collecting callbacks of exercise.c, reads each answers file that a
 * worksheet saved (JSON, read with jansson; the format is in factlens(1),
 * "The answers file"), refuses one that is not for this text, is not
 * well formed or names an unknown label, and grades the others: the
 * labels, and in cues mode the words that decided them.  Then it writes
 * one report per student and, for two students or more, the class report
 * (each sentence's correctness across the class, the hardest first), as
 * text, JSON Lines or an HTML page.  Like every stage it never prints:
 * refused files go to the caller's callback and the report to a buffer.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "factlens.h"
#include "exercise.h"

#define NANSWERS (FL_LABEL_COUNT + 1)	/* the labels and "none" */
#define UNANSWERED NANSWERS		/* index of "not answered" */

struct answer {
	int listed;		/* the sentence is in the student's file */
	int given;		/* the answer, or -1: not answered */
	int found;		/* cues mode: the deciding cue was marked */
	size_t *words;		/* cues mode: 1-based word numbers marked */
	size_t nwords;
};

struct student {
	const char *file;
	char *name;
	int cues;		/* cues mode */
	unsigned choices;	/* the labels the worksheet offered */
	struct answer *ans;	/* one per sentence of the text */
	size_t listed, answered, right;
	size_t per[NANSWERS][2];	/* right, of, by right answer */
	size_t cues_found, cues_of, extra;
};

struct grading {
	const struct fl_ex_doc *x;
	struct student *st;
	size_t n;
	struct fl_error *errs;	/* the refused files */
	size_t nerrs;
	int format;
	const char *title;
};

static int
expected(unsigned choices, const struct fl_ex_sent *s)
{
	return (choices >> s->label) & 1 ? (int)s->label : FL_EX_NONE;
}

static void
student_release(struct student *st, size_t nsent)
{
	size_t i;

	if (st->ans != NULL)
		for (i = 0; i < nsent; i++)
			free(st->ans[i].words);
	free(st->ans);
	free(st->name);
}

static int
fail(struct fl_error *e, const char *file, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int
fail(struct fl_error *e, const char *file, const char *fmt, ...)
{
	va_list ap;

	memset(e, 0, sizeof(*e));
	snprintf(e->file, sizeof(e->file), "%s", file);
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
	va_end(ap);
	return -1;
}

/* A string member, or NULL (when absent or of another type). */
static const char *
str(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);

	return json_is_string(v) ? json_string_value(v) : NULL;
}

static const char answers_expected[] = "expected sourced, speculation, "
    "opinion, claim, other or none";

static int
load_choices(struct student *st, json_t *root, struct fl_error *e)
{
	json_t *c = json_object_get(root, "choices"), *v;
	size_t i;
	int a;

	if (c == NULL) {
		st->choices = (1u << FL_LABEL_COUNT) - 1;
		return 0;
	}
	if (!json_is_array(c) || json_array_size(c) == 0)
		return fail(e, st->file, "\"choices\" is not a list of labels");
	st->choices = 0;
	json_array_foreach(c, i, v) {
		if (!json_is_string(v))
			return fail(e, st->file, "choices[%zu] is not a string",
			    i);
		a = fl_ex_answer_parse(json_string_value(v),
		    json_string_length(v));
		if (a < 0)
			return fail(e, st->file, "choices[%zu]: unknown label "
			    "'%s' (%s)", i, json_string_value(v),
			    answers_expected);
		if (a < FL_LABEL_COUNT)
			st->choices |= 1u << a;
	}
	if (st->choices == 0)
		return fail(e, st->file, "\"choices\" offers no label");
	return 0;
}

/* The words of answers[i]: word numbers of sentence s. */
static int
load_words(struct student *st, json_t *w, size_t i,
    const struct fl_ex_sent *s, struct answer *an, struct fl_error *e)
{
	json_t *v;
	size_t k;

	if (w == NULL || json_is_null(w))
		return 0;
	if (!json_is_array(w))
		return fail(e, st->file, "answers[%zu]: \"words\" is not a "
		    "list of word numbers", i);
	an->words = fl_xmalloc((json_array_size(w) + 1) * sizeof(size_t));
	json_array_foreach(w, k, v) {
		json_int_t n = json_is_integer(v) ? json_integer_value(v) : 0;

		if (n < 1 || (size_t)n > s->nwords)
			return fail(e, st->file, "answers[%zu]: words[%zu] is "
			    "not a word number of sentence %zu (1 to %zu)", i,
			    k, s->n, s->nwords);
		an->words[an->nwords++] = (size_t)n;
	}
	return 0;
}

static int
load_answers(struct student *st, json_t *root, const struct fl_ex_doc *x,
    struct fl_error *e)
{
	json_t *list = json_object_get(root, "answers"), *o, *l;
	size_t i;

	if (!json_is_array(list))
		return fail(e, st->file, "no \"answers\" list");
	st->ans = fl_xmalloc((x->n + 1) * sizeof(*st->ans));
	memset(st->ans, 0, (x->n + 1) * sizeof(*st->ans));
	json_array_foreach(list, i, o) {
		json_t *num = json_object_get(o, "sentence");
		json_int_t n = json_is_integer(num) ? json_integer_value(num) :
		    0;
		struct answer *an;

		if (!json_is_object(o))
			return fail(e, st->file, "answers[%zu] is not an "
			    "object", i);
		if (!json_is_integer(num))
			return fail(e, st->file, "answers[%zu]: \"sentence\" "
			    "is not a sentence number", i);
		if (n < 1 || (size_t)n > x->n)
			return fail(e, st->file, "answers[%zu]: no sentence "
			    "%" JSON_INTEGER_FORMAT " in the text (it has %zu)",
			    i, n, x->n);
		an = &st->ans[n - 1];
		if (an->listed)
			return fail(e, st->file, "answers[%zu]: sentence %zu "
			    "answered twice", i, (size_t)n);
		an->listed = 1;
		an->given = -1;
		l = json_object_get(o, "label");
		if (l != NULL && !json_is_null(l)) {
			if (!json_is_string(l))
				return fail(e, st->file, "answers[%zu]: "
				    "\"label\" is not a string", i);
			an->given = fl_ex_answer_parse(json_string_value(l),
			    json_string_length(l));
			if (an->given < 0)
				return fail(e, st->file, "answers[%zu]: "
				    "unknown label '%s' (%s)", i,
				    json_string_value(l), answers_expected);
			if (an->given < FL_LABEL_COUNT &&
			    !((st->choices >> an->given) & 1))
				return fail(e, st->file, "answers[%zu]: label "
				    "'%s' was not offered", i,
				    json_string_value(l));
		}
		if (st->cues && load_words(st, json_object_get(o, "words"),
		    i, &x->v[n - 1], an, e) < 0)
			return -1;
		st->listed++;
	}
	return 0;
}

/* Read and check one answers file.  Returns 0, or -1 with e filled. */
static int
load(struct student *st, const char *path, const struct fl_ex_doc *x,
    struct fl_error *e)
{
	json_error_t je;
	json_t *root, *ver;
	const char *s;
	FILE *f;
	int rc = -1;

	memset(st, 0, sizeof(*st));
	st->file = path;
	if ((f = fopen(path, "rb")) == NULL)
		return fail(e, path, "%s", strerror(errno));
	root = json_loadf(f, JSON_REJECT_DUPLICATES, &je);
	fclose(f);
	if (root == NULL) {
		fail(e, path, "%s", je.text);
		if (je.line > 0) {
			e->line = je.line;
			e->col = je.column > 0 ? je.column : 1;
			snprintf(e->msg, sizeof(e->msg), "not valid JSON: %s",
			    je.text);
		}
		return -1;
	}
	ver = json_object_get(root, "version");
	if (!json_is_object(root) || (s = str(root, "format")) == NULL ||
	    strcmp(s, "factlens-answers") != 0)
		fail(e, path, "not a factlens answers file (no \"format\": "
		    "\"factlens-answers\")");
	else if (!json_is_integer(ver) || json_integer_value(ver) !=
	    FL_ANSWERS_VERSION)
		fail(e, path, "answers file version is not %d",
		    FL_ANSWERS_VERSION);
	else if ((s = str(root, "fingerprint")) == NULL)
		fail(e, path, "no \"fingerprint\" of the text");
	else if (strcmp(s, x->fingerprint) != 0)
		fail(e, path, "answers to a different text (fingerprint '%s'; "
		    "this text's is '%s')", s, x->fingerprint);
	else if ((s = str(root, "student")) == NULL)
		fail(e, path, "no \"student\" name");
	else {
		st->name = fl_xstrdup(s);
		s = str(root, "mode");
		st->cues = s != NULL && strcmp(s, "cues") == 0;
		if (s != NULL && !st->cues && strcmp(s, "labels") != 0)
			fail(e, path, "unknown mode '%s' (expected labels or "
			    "cues)", s);
		else if (load_choices(st, root, e) == 0 &&
		    load_answers(st, root, x, e) == 0)
			rc = 0;
	}
	json_decref(root);
	return rc;
}

static void
score(struct student *st, const struct fl_ex_doc *x)
{
	size_t i, k;

	for (i = 0; i < x->n; i++) {
		const struct fl_ex_sent *s = &x->v[i];
		struct answer *an = &st->ans[i];
		int want = expected(st->choices, s);

		if (!an->listed)
			continue;
		st->per[want][1]++;
		if (an->given >= 0)
			st->answered++;
		if (an->given == want) {
			st->right++;
			st->per[want][0]++;
		}
		if (!st->cues)
			continue;
		for (k = 0; k < an->nwords; k++) {
			long c = fl_ex_word_cue(s, an->words[k] - 1);

			if (c < 0)
				st->extra++;
			else if (c == s->why)
				an->found = 1;
		}
		if (s->why >= 0) {
			st->cues_of++;
			st->cues_found += (size_t)an->found;
		}
	}
}

/* The right answer to sentence i when st got it wrong or left it out,
 * else -1. */
static int
mistake(const struct student *st, const struct fl_ex_doc *x, size_t i)
{
	int want = expected(st->choices, &x->v[i]);

	return st->ans[i].listed && st->ans[i].given != want ? want : -1;
}

/* Did st, in the cues mode, miss the cue that decided sentence i? */
static int
missed(const struct student *st, const struct fl_ex_doc *x, size_t i)
{
	return st->cues && st->ans[i].listed && x->v[i].why >= 0 &&
	    !st->ans[i].found;
}

/* Output ------------------------------------------------------------------ */

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
text_student(struct fl_buf *out, const struct student *st,
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
		const struct answer *an = &st->ans[i];
		int want = mistake(st, x, i);

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

		if (!missed(st, x, i))
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
json_student(struct fl_buf *out, const struct student *st,
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
		const struct answer *an = &st->ans[i];
		int want = mistake(st, x, i);

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

			if (!missed(st, x, i))
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
class_rows(const struct grading *g, size_t *nrows)
{
	struct row *rows = fl_xmalloc((g->x->n + 1) * sizeof(*rows));
	size_t i, k, n = 0;

	for (i = 0; i < g->x->n; i++) {
		struct row r;

		memset(&r, 0, sizeof(r));
		r.i = i;
		r.want = -1;
		for (k = 0; k < g->n; k++) {
			const struct student *st = &g->st[k];
			const struct answer *an = &st->ans[i];
			int want = expected(st->choices, &g->x->v[i]);

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
class_total(const struct grading *g, size_t *of)
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
text_class(struct fl_buf *out, const struct grading *g)
{
	size_t nrows, i, of, right = class_total(g, &of);
	struct row *rows = class_rows(g, &nrows);
	char cell[64];

	fl_buf_printf(out, "\nclass: %zu students, %zu of %zu answers right "
	    "(%u%%); hardest sentences first\n", g->n, right, of,
	    pct(right, of));
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
json_class(struct fl_buf *out, const struct grading *g)
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
html_student(struct fl_buf *out, const struct student *st,
    const struct fl_ex_doc *x)
{
	size_t i, k, n = 0;

	fl_buf_puts(out, "<h3>");
	fl_html_str(out, st->name, strlen(st->name));
	fl_buf_printf(out, ": %zu of %zu right</h3>\n<ul>", st->right,
	    st->listed);
	for (i = 0; i < x->n; i++) {
		const struct fl_ex_sent *s = &x->v[i];
		const struct answer *an = &st->ans[i];
		int want = mistake(st, x, i);

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
		if (missed(st, x, i)) {
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
html_page(struct fl_buf *out, const struct grading *g)
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
	fl_buf_printf(out, "</b> (fingerprint %s): %zu students graded, %zu "
	    "of %zu answers right (%u%%).</p>\n</header>\n<main>\n",
	    g->x->fingerprint, g->n, right, of, pct(right, of));
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
		const struct student *st = &g->st[k];

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

static void
report(struct fl_buf *out, const struct grading *g)
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

/* The text, annotated again: collect only. */
static const struct fl_format collect = {
	"collect", fl_ex_begin, NULL, fl_ex_sentence, NULL, 0, 1, 1,
	fl_ex_para_end
};

static int
discard(struct fl_buf *out, void *arg)
{
	(void)arg;
	fl_buf_reset(out);
	return 0;
}

int
fl_grade_run(const struct fl_grade *g, struct fl_buf *out,
    struct fl_error *err)
{
	struct fl_annotator a = *g->a;
	struct grading G;
	struct fl_doc d;
	struct fl_ex_doc *x;
	size_t i;
	int fd, rerr = 0, rc;

	memset(&G, 0, sizeof(G));
	a.fmt = &collect;
	a.flush = discard;
	a.flush_arg = NULL;
	a.jobs = 1;
	if (strcmp(g->text, "-") == 0)
		fd = 0;
	else if ((fd = open(g->text, O_RDONLY)) < 0)
		return fail(err, g->text, "%s", strerror(errno));
	fl_doc_init(&d, g->name != NULL ? g->name : g->text, a.rs, &a.opts);
	rc = fl_annotate_fd(&a, fd, &d, &rerr);
	if (fd != 0)
		close(fd);
	if (rc < 0 || (x = fl_ex_of(&d)) == NULL) {
		fl_doc_release(&d);
		return fail(err, g->text, "%s", strerror(rerr ? rerr : EIO));
	}
	fl_ex_finish(x, NULL);
	G.x = x;
	G.format = g->format;
	G.title = g->title;
	G.st = fl_xmalloc((g->nanswers + 1) * sizeof(*G.st));
	G.errs = fl_xmalloc((g->nanswers + 1) * sizeof(*G.errs));
	for (i = 0; i < g->nanswers; i++) {
		struct student *st = &G.st[G.n];

		if (load(st, g->answers[i], x, &G.errs[G.nerrs]) < 0) {
			if (g->on_error != NULL)
				g->on_error(g->arg, &G.errs[G.nerrs]);
			G.nerrs++;
			student_release(st, x->n);
			continue;
		}
		score(st, x);
		G.n++;
	}
	report(out, &G);
	rc = (int)G.nerrs;
	for (i = 0; i < G.n; i++)
		student_release(&G.st[i], x->n);
	free(G.st);
	free(G.errs);
	fl_doc_release(&d);
	return rc;
}
