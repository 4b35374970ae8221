/*
 * check_snapshot.c: the built-in rules' snapshot (snapshot.c) against the
 * rule files it was made from, and the way back to compiling when PCRE2
 * cannot decode its patterns.
 */
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "common.h"

static int
same_str(const char *a, const char *b)
{
	return (a == NULL && b == NULL) || (a != NULL && b != NULL &&
	    strcmp(a, b) == 0);
}

/* The built-in rules, slim, from the snapshot or from the rule files. */
static void
load(struct fl_ruleset *rs, int snapshot)
{
	struct fl_error err;

	fl_ruleset_init(rs);
	rs->no_examples = 1;
	rs->no_snapshot = !snapshot;
	memset(&err, 0, sizeof(err));
	ck_assert_msg(fl_rules_load_builtin(rs, &err) == 0 &&
	    fl_rules_compile(rs, &err) == 0, "%s:%d:%d: %s", err.file,
	    err.line, err.col, err.msg);
}

static size_t
code_size(const void *re)
{
	size_t size = 0;

	if (re != NULL)
		pcre2_pattern_info(re, PCRE2_INFO_SIZE, &size);
	return size;
}

/* The cues of text under rs, as "rule start end" lines. */
static char *
cues(const struct fl_ruleset *rs, const char *text)
{
	return annotate(rs, "json", 0, text, strlen(text), NULL);
}

static const char sample[] =
    "The ministry said on Monday that the talks may resume, according to "
    "Reuters.\nSome analysts believe the deal could collapse; others said "
    "it was clearly over.\n\n\xe2\x80\x9cWe will appeal,\xe2\x80\x9d she "
    "said. Critics argue that the plan is a disgraceful waste!\n\n"
    "Talk to your doctor. It is widely believed that prices should fall.\n";

START_TEST(test_snapshot_is_the_rule_files)
{
	struct fl_ruleset a, b;
	struct fl_buf pa, pb;
	char *ja, *jb;
	size_t i;

	ck_assert_uint_gt(fl_builtin_snapshot.nrules, 0);
	load(&a, 1);
	load(&b, 0);
	ck_assert_ptr_eq(a.snap, &fl_builtin_snapshot);
	ck_assert_ptr_null(b.snap);
	ck_assert_uint_eq(a.nrules, b.nrules);
	ck_assert_uint_eq(a.maxcaps, b.maxcaps);
	for (i = 0; i < a.nrules; i++) {
		const struct fl_rule *x = &a.rules[i], *y = &b.rules[i];

		ck_assert_str_eq(x->id, y->id);
		ck_assert_msg(same_str(x->pattern, y->pattern) &&
		    same_str(x->unless, y->unless) &&
		    same_str(x->explain, y->explain) &&
		    same_str(x->open, y->open) &&
		    same_str(x->close, y->close) &&
		    strcmp(x->file, y->file) == 0 &&
		    x->category == y->category && x->scope == y->scope &&
		    x->line == y->line && x->col == y->col &&
		    x->pline == y->pline && x->pcol == y->pcol &&
		    x->uline == y->uline && x->ucol == y->ucol &&
		    x->cue_group == y->cue_group && x->lead == y->lead,
		    "rule '%s' differs in the snapshot", x->id);
		/* The same compiled code as compiling the source gives. */
		ck_assert_uint_eq(code_size(x->re), code_size(y->re));
		ck_assert_uint_eq(code_size(x->unless_re),
		    code_size(y->unless_re));
		ck_assert_uint_gt(code_size(x->re) + (x->open != NULL), 0);
		/* The anchored copy is there already for the rules with a
		 * lead, and for no other. */
		ck_assert_int_eq(x->re_anchored != NULL, x->lead);
	}
	/* The same prefilter, table for table. */
	fl_buf_init(&pa);
	fl_buf_init(&pb);
	fl_prefilter_save(a.prefilter, &pa);
	fl_prefilter_save(b.prefilter, &pb);
	ck_assert_uint_eq(pa.len, pb.len);
	ck_assert(memcmp(pa.ptr, pb.ptr, pa.len) == 0);
	fl_buf_release(&pa);
	fl_buf_release(&pb);
	ja = cues(&a, sample);
	jb = cues(&b, sample);
	ck_assert_str_eq(ja, jb);
	ck_assert_ptr_nonnull(strstr(ja, "\"rule\":\"attribution.said\""));
	free(ja);
	free(jb);
	fl_ruleset_release(&a);
	fl_ruleset_release(&b);
}
END_TEST

/* The snapshot with its serialized patterns changed by mangle. */
static void
load_mangled(struct fl_ruleset *rs, struct fl_snapshot *copy,
    unsigned char **codes, size_t **sizes, int how)
{
	const struct fl_snapshot *s = &fl_builtin_snapshot;
	struct fl_error err;
	size_t n = s->codes_len;

	*copy = *s;
	*codes = fl_xmalloc(n);
	memcpy(*codes, s->codes, n);
	*sizes = fl_xmalloc(s->ncodes * sizeof(**sizes));
	memcpy(*sizes, s->code_size, s->ncodes * sizeof(**sizes));
	/* pcre2_serialize_encode's bytes start with its magic number, then
	 * the version of PCRE2 that wrote them. */
	if (how == 0)
		(*codes)[4] ^= 0x55;	/* another PCRE2 version */
	else
		(*sizes)[s->ncodes / 2]++;	/* a pattern not as written */
	copy->codes = *codes;
	copy->code_size = *sizes;
	fl_ruleset_init(rs);
	rs->no_examples = 1;
	fl_snapshot_load(rs, copy);
	ck_assert_int_eq(fl_snapshot_decode(rs), -1);
	memset(&err, 0, sizeof(err));
	ck_assert_msg(fl_rules_compile(rs, &err) == 0, "%s", err.msg);
}

START_TEST(test_snapshot_fallback)
{
	struct fl_ruleset good, bad;
	struct fl_snapshot copy;
	unsigned char *codes;
	size_t *sizes, i;
	char *jg, *jb;

	load(&good, 1);
	load_mangled(&bad, &copy, &codes, &sizes, _i);
	/* Every pattern compiled from its source: the same code. */
	ck_assert_uint_eq(good.nrules, bad.nrules);
	for (i = 0; i < good.nrules; i++) {
		ck_assert_uint_eq(code_size(good.rules[i].re),
		    code_size(bad.rules[i].re));
		ck_assert_uint_eq(code_size(good.rules[i].unless_re),
		    code_size(bad.rules[i].unless_re));
		ck_assert_int_eq(good.rules[i].lead, bad.rules[i].lead);
	}
	jg = cues(&good, sample);
	jb = cues(&bad, sample);
	ck_assert_str_eq(jg, jb);
	free(jg);
	free(jb);
	fl_ruleset_release(&good);
	fl_ruleset_release(&bad);
	free(codes);
	free(sizes);
}
END_TEST

/* With rules added to the built-in ones, the snapshot's prefilter (for
 * its rules only) is not used: one is built for them all, from the
 * snapshot's literal sets of its rules and the added rules' patterns. */
START_TEST(test_snapshot_added_rules)
{
	static const char yaml[] =
	    "category: hedge\n"
	    "rules:\n"
	    "  - id: test.perchance\n"
	    "    explain: An old word for perhaps.\n"
	    "    words: [perchance]\n"
	    "    examples:\n"
	    "      match: [\"It was, perchance, a dream.\"]\n";
	struct fl_ruleset rs, yrs;
	struct fl_error err;
	struct fl_buf a, b;
	char *j;
	int k;

	for (k = 0; k < 2; k++) {
		struct fl_ruleset *x = k ? &yrs : &rs;

		fl_ruleset_init(x);
		x->no_examples = 1;
		x->no_snapshot = k;
		memset(&err, 0, sizeof(err));
		ck_assert_int_eq(fl_rules_load_builtin(x, &err), 0);
		ck_assert_int_eq(fl_rules_load_mem(x, "add.yml", yaml,
		    strlen(yaml), &err), 0);
		ck_assert_int_eq(fl_rules_compile(x, &err), 0);
	}
	ck_assert_ptr_nonnull(rs.snap);
	ck_assert_ptr_null(fl_prefilter_load(fl_builtin_snapshot.prefilter,
	    fl_builtin_snapshot.prefilter_len, rs.nrules));
	/* Built with the snapshot's literal sets for its rules: the same
	 * prefilter as one that reads every pattern. */
	fl_buf_init(&a);
	fl_buf_init(&b);
	fl_prefilter_save(rs.prefilter, &a);
	fl_prefilter_save(yrs.prefilter, &b);
	ck_assert_uint_eq(a.len, b.len);
	ck_assert(memcmp(a.ptr, b.ptr, a.len) == 0);
	fl_buf_release(&a);
	fl_buf_release(&b);
	j = cues(&rs, "The ferry, perchance, was late. She said so.\n");
	ck_assert_ptr_nonnull(strstr(j, "\"rule\":\"test.perchance\""));
	ck_assert_ptr_nonnull(strstr(j, "\"rule\":\"attribution.said\""));
	free(j);
	fl_ruleset_release(&rs);
	fl_ruleset_release(&yrs);
}
END_TEST

Suite *
snapshot_suite(void)
{
	Suite *s = suite_create("snapshot");
	TCase *tc = tcase_create("snapshot");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_snapshot_is_the_rule_files);
	tcase_add_loop_test(tc, test_snapshot_fallback, 0, 2);
	tcase_add_test(tc, test_snapshot_added_rules);
	suite_add_tcase(s, tc);
	return s;
}
