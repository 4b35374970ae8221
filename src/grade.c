/*
 * grade.c: factlens --grade ANSWERS... FILE.  Annotates FILE again with
 * the collecting callbacks of exercise.c, reads each answers file that a
 * worksheet saved (JSON, read with jansson; the format is in factlens(1),
 * "The answers file"), refuses one that is not for this text, is not
 * well formed or names an unknown label, and grades the others: the
 * labels, and in cues mode the words that decided them.  grade_report.c
 * writes the reports.  Like every stage it never prints: refused files go
 * to the caller's callback and the report to a buffer.
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
#include "grade.h"

int
fl_grade_expected(unsigned choices, const struct fl_ex_sent *s)
{
	return (choices >> s->label) & 1 ? (int)s->label : FL_EX_NONE;
}

static void
student_release(struct fl_student *st, size_t nsent)
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
load_choices(struct fl_student *st, json_t *root, struct fl_error *e)
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
load_words(struct fl_student *st, json_t *w, size_t i,
    const struct fl_ex_sent *s, struct fl_answer *an, struct fl_error *e)
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
load_answers(struct fl_student *st, json_t *root, const struct fl_ex_doc *x,
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
		struct fl_answer *an;

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
load(struct fl_student *st, const char *path, const struct fl_ex_doc *x,
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
score(struct fl_student *st, const struct fl_ex_doc *x)
{
	size_t i, k;

	for (i = 0; i < x->n; i++) {
		const struct fl_ex_sent *s = &x->v[i];
		struct fl_answer *an = &st->ans[i];
		int want = fl_grade_expected(st->choices, s);

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

int
fl_grade_mistake(const struct fl_student *st, const struct fl_ex_doc *x, size_t i)
{
	int want = fl_grade_expected(st->choices, &x->v[i]);

	return st->ans[i].listed && st->ans[i].given != want ? want : -1;
}

int
fl_grade_missed(const struct fl_student *st, const struct fl_ex_doc *x, size_t i)
{
	return st->cues && st->ans[i].listed && x->v[i].why >= 0 &&
	    !st->ans[i].found;
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
	struct fl_grading G;
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
		struct fl_student *st = &G.st[G.n];

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
	fl_grade_report(out, &G);
	rc = (int)G.nerrs;
	for (i = 0; i < G.n; i++)
		student_release(&G.st[i], x->n);
	free(G.st);
	free(G.errs);
	fl_doc_release(&d);
	return rc;
}
