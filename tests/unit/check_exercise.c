/*
 * check_exercise.c: the classroom exercise (exercise.c, grade.c) on small
 * texts with a rule set written here: what is collected, which sentences
 * and labels the exercise has, the words, the fingerprint, the HTML of a
 * sentence, and grading answers files written here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"
#include "exercise.h"

static const char yaml_hedge[] =
    "category: hedge\nrules:\n"
    "  - id: h.may\n"
    "    explain: Modal & <possible>.\n"
    "    words: [may]\n"
    "    examples: {match: [\"It may rain.\"]}\n";
static const char yaml_said[] =
    "category: attribution\nrules:\n"
    "  - id: a.said\n"
    "    explain: Officials said.\n"
    "    words: [officials said]\n"
    "    scope: after\n"
    "    examples: {match: [\"Officials said so.\"]}\n";

static struct fl_ruleset *rs;

static void
setup(void)
{
	struct fl_error err;

	rs = fl_xmalloc(sizeof(*rs));
	fl_ruleset_init(rs);
	if (fl_rules_load_mem(rs, "h.yml", yaml_hedge, strlen(yaml_hedge),
	    &err) < 0 || fl_rules_load_mem(rs, "a.yml", yaml_said,
	    strlen(yaml_said), &err) < 0 || fl_rules_compile(rs, &err) < 0)
		ck_abort_msg("%s", err.msg);
}

static void
teardown(void)
{
	rules_free(rs);
}

static const struct fl_format collect = {
	"collect", fl_ex_begin, NULL, fl_ex_sentence, NULL, 0, 1, 1,
	fl_ex_para_end
};

static const char text[] = "The pier may open.  Officials said it may "
    "rain. The cafe closed.\n\nWill it <rain>?\n";

/* The text collected and finished with opts; release d after. */
static struct fl_ex_doc *
collected(struct fl_doc *d, const char *t, const struct fl_render_opts *o)
{
	struct fl_annotator a;
	struct fl_buf out;
	struct fl_ex_doc *x;

	memset(&a, 0, sizeof(a));
	a.rs = rs;
	a.fmt = &collect;
	if (o != NULL)
		a.opts = *o;
	fl_buf_init(&out);
	fl_doc_init(d, "t.txt", rs, &a.opts);
	fl_annotate_mem(&a, t, strlen(t), d, &out);
	ck_assert_uint_eq(out.len, 0);
	fl_buf_release(&out);
	x = fl_ex_of(d);
	ck_assert_ptr_nonnull(x);
	fl_ex_finish(x, o);
	return x;
}

START_TEST(test_collect)
{
	struct fl_doc d;
	struct fl_ex_doc *x = collected(&d, text, NULL);

	ck_assert_uint_eq(x->n, 4);
	ck_assert_uint_eq(x->nin, 4);
	ck_assert_str_eq(x->v[1].text, "Officials said it may rain.");
	ck_assert_uint_eq(x->v[3].n, 4);
	ck_assert_uint_eq(x->v[0].para, x->v[2].para);
	ck_assert_uint_ne(x->v[2].para, x->v[3].para);
	ck_assert_int_eq(x->v[0].label, FL_LABEL_SPECULATION);
	ck_assert_int_eq(x->v[1].label, FL_LABEL_SOURCED);
	ck_assert_int_eq(x->v[3].label, FL_LABEL_OTHER);
	/* sentence 2: the attribution decides; the hedge is the source's */
	ck_assert_uint_eq(x->v[1].ncues, 2);
	ck_assert_int_eq(x->v[1].why, 0);
	ck_assert_uint_eq(x->v[1].cues[1].start, 18);
	ck_assert_uint_eq(x->v[1].cues[1].end, 21);
	ck_assert_int_eq(x->v[2].why, -1);
	ck_assert_uint_eq(x->v[1].nwords, 5);
	ck_assert_uint_eq(x->v[1].words[4].start, 22);
	ck_assert_uint_eq(x->v[1].words[4].end, 27);
	/* "Officials" belongs to the deciding cue, "may" to the other */
	ck_assert_int_eq(fl_ex_word_cue(&x->v[1], 0), 0);
	ck_assert_int_eq(fl_ex_word_cue(&x->v[1], 3), 1);
	ck_assert_int_eq(fl_ex_word_cue(&x->v[1], 4), -1);
	fl_doc_release(&d);
}
END_TEST

START_TEST(test_select)
{
	struct fl_render_opts o;
	struct fl_doc d;
	struct fl_ex_doc *x;

	memset(&o, 0, sizeof(o));
	o.worksheet = FL_WS_ON | FL_WS_CUED;
	x = collected(&d, text, &o);
	ck_assert_uint_eq(x->nin, 2);
	ck_assert(x->v[0].in && x->v[1].in && !x->v[2].in && !x->v[3].in);
	ck_assert(fl_ex_all_offered(x));
	fl_doc_release(&d);

	/* labels in --only: the choices; a category: the sentences */
	memset(&o, 0, sizeof(o));
	o.only = 1u << FL_LABEL_SPECULATION | 1u << FL_LABEL_CLAIM;
	o.only_cats = 1u << FL_CAT_ATTRIBUTION;
	x = collected(&d, text, &o);
	ck_assert_uint_eq(x->nin, 1);
	ck_assert(x->v[1].in);
	ck_assert(!fl_ex_all_offered(x));
	ck_assert_int_eq(fl_ex_answer(x, &x->v[0]), FL_LABEL_SPECULATION);
	ck_assert_int_eq(fl_ex_answer(x, &x->v[1]), FL_EX_NONE);
	fl_doc_release(&d);
}
END_TEST

START_TEST(test_answer_names)
{
	int a;

	for (a = 0; a <= FL_EX_NONE; a++)
		ck_assert_int_eq(fl_ex_answer_parse(fl_ex_answer_name(a),
		    strlen(fl_ex_answer_name(a))), a);
	ck_assert_str_eq(fl_ex_answer_name(FL_EX_NONE), "none");
	ck_assert_int_eq(fl_ex_answer_parse("nonesuch", 8), -1);
	ck_assert_int_eq(fl_ex_answer_parse("Claim", 5), -1);
}
END_TEST

START_TEST(test_fingerprint)
{
	struct fl_doc d, e;
	struct fl_ex_doc *x = collected(&d, "One. Two.\n", NULL);
	struct fl_ex_doc *y = collected(&e, "One.  Two.\n\n", NULL);
	char fp[32];

	/* the sentences' bytes, not the space between them */
	ck_assert_str_eq(x->fingerprint, y->fingerprint);
	ck_assert_int_eq((int)strlen(x->fingerprint), 24);
	ck_assert(strncmp(x->fingerprint, "fnv1a64:", 8) == 0);
	fl_ex_fingerprint(x, fp);
	ck_assert_str_eq(fp, x->fingerprint);
	fl_doc_release(&e);
	/* one byte, or where a sentence ends, changes it */
	y = collected(&e, "One. Twa.\n", NULL);
	ck_assert_str_ne(x->fingerprint, y->fingerprint);
	fl_doc_release(&e);
	y = collected(&e, "One.\n\nTwo.\n", NULL);
	ck_assert_str_eq(x->fingerprint, y->fingerprint);
	fl_doc_release(&e);
	y = collected(&e, "One Two.\n", NULL);
	ck_assert_str_ne(x->fingerprint, y->fingerprint);
	fl_doc_release(&e);
	fl_doc_release(&d);
}
END_TEST

START_TEST(test_html_text)
{
	struct fl_doc d;
	struct fl_ex_doc *x = collected(&d, text, NULL);
	struct fl_buf b;

	fl_buf_init(&b);
	fl_ex_html_text(&b, &x->v[1], 0);
	ck_assert_str_eq(b.ptr, "<span class=\"cue c-attribution\">Officials "
	    "said</span> it <span class=\"cue c-hedge\">may</span> rain.");
	fl_buf_reset(&b);
	fl_ex_html_text(&b, &x->v[0], 1);
	ck_assert_str_eq(b.ptr, "<span class=\"w\">The</span> <span class=\"w\">"
	    "pier</span> <span class=\"w\" data-c=\"0\"><span class=\"cue "
	    "c-hedge\">may</span></span> <span class=\"w\">open.</span>");
	fl_buf_reset(&b);
	fl_ex_html_text(&b, &x->v[3], 1);
	ck_assert_str_eq(b.ptr, "<span class=\"w\">Will</span> <span class=\"w\">"
	    "it</span> <span class=\"w\">&lt;rain&gt;?</span>");
	fl_buf_reset(&b);
	fl_ex_html_cue(&b, &x->v[0], 0);
	ck_assert_str_eq(b.ptr, "<q class=\"cue c-hedge\">may</q> <span "
	    "class=\"cat\">hedge</span> <code>h.may</code>: Modal &amp; "
	    "&lt;possible&gt;.");
	fl_buf_release(&b);
	fl_doc_release(&d);
}
END_TEST

/* An answers file for text, with its fingerprint; returns its path. */
static char *
answers(const char *fp, const char *body)
{
	char *path = fl_xstrdup("/tmp/fl-answers-XXXXXX");
	int fd = mkstemp(path);
	FILE *f;

	ck_assert_int_ge(fd, 0);
	f = fdopen(fd, "w");
	fprintf(f, "{\"format\":\"factlens-answers\",\"version\":1,"
	    "\"student\":\"S\",\"fingerprint\":\"%s\",%s}", fp, body);
	fclose(f);
	return path;
}

struct errs {
	int n;
	char last[1024];
};

static void
on_error(void *arg, const struct fl_error *e)
{
	struct errs *E = arg;

	E->n++;
	snprintf(E->last, sizeof(E->last), "%s", e->msg);
}

START_TEST(test_grade)
{
	struct fl_doc d;
	struct fl_ex_doc *x = collected(&d, text, NULL);
	char *tpath = fl_xstrdup("/tmp/fl-text-XXXXXX"), *a1, *a2, *a3;
	const char *files[3];
	struct fl_annotator a;
	struct fl_grade g;
	struct fl_error err;
	struct errs E = { 0, "" };
	struct fl_buf out;
	int fd = mkstemp(tpath);

	ck_assert_int_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	a1 = answers(x->fingerprint, "\"mode\":\"cues\",\"answers\":["
	    "{\"sentence\":1,\"label\":\"speculation\",\"words\":[3]},"
	    "{\"sentence\":2,\"label\":\"claim\",\"words\":[4,5]},"
	    "{\"sentence\":4,\"label\":null}]");
	a2 = answers(x->fingerprint, "\"answers\":[{\"sentence\":5,"
	    "\"label\":\"claim\"}]");
	a3 = answers("fnv1a64:0000000000000000", "\"answers\":[]");
	files[0] = a1;
	files[1] = a2;
	files[2] = a3;
	memset(&a, 0, sizeof(a));
	a.rs = rs;
	memset(&g, 0, sizeof(g));
	g.a = &a;
	g.text = tpath;
	g.answers = files;
	g.nanswers = 3;
	g.format = FL_GRADE_JSON;
	g.on_error = on_error;
	g.arg = &E;
	fl_buf_init(&out);
	ck_assert_int_eq(fl_grade_run(&g, &out, &err), 2);
	ck_assert_int_eq(E.n, 2);
	ck_assert(strncmp(E.last, "answers to a different text (fingerprint "
	    "'fnv1a64:0000000000000000'; this text's is '", 85) == 0);
	ck_assert(strstr(E.last, x->fingerprint) != NULL);
	ck_assert(strstr(out.ptr, "\"right\":1,\"percent\":33") != NULL);
	ck_assert(strstr(out.ptr, "\"cues\":{\"found\":1,\"of\":2,"
	    "\"not_cues\":1,") != NULL);
	ck_assert(strstr(out.ptr, "{\"type\":\"error\"") != NULL);
	/* one student: no class report */
	ck_assert(strstr(out.ptr, "\"type\":\"class\"") == NULL);
	g.text = "/nonexistent/text";
	fl_buf_reset(&out);
	ck_assert_int_eq(fl_grade_run(&g, &out, &err), -1);
	ck_assert_str_eq(err.file, "/nonexistent/text");
	fl_buf_release(&out);
	unlink(a1);
	unlink(a2);
	unlink(a3);
	unlink(tpath);
	free(a1);
	free(a2);
	free(a3);
	free(tpath);
	fl_doc_release(&d);
}
END_TEST

Suite *
exercise_suite(void)
{
	Suite *s = suite_create("exercise");
	TCase *tc = tcase_create("collect");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_collect);
	tcase_add_test(tc, test_select);
	tcase_add_test(tc, test_answer_names);
	tcase_add_test(tc, test_fingerprint);
	tcase_add_test(tc, test_html_text);
	suite_add_tcase(s, tc);
	tc = tcase_create("grade");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_grade);
	suite_add_tcase(s, tc);
	return s;
}
