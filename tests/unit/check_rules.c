/*
 * check_rules.c: rule files from memory and disk: a valid file loads with
 * every field; each mistake is reported at its line and column with a
 * clear message; words become whole-word caseless matches.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"

#define HEAD "category: hedge\nrules:\n"

/* Load text; expect failure (at load, or at compile when compile is set)
 * at line:col with msg inside the message. */
static void
expect_error(const char *yaml, int compile, int line, int col,
    const char *msg)
{
	struct fl_ruleset rs;
	struct fl_error err;
	int rc;

	memset(&err, 0, sizeof(err));
	fl_ruleset_init(&rs);
	rc = fl_rules_load_mem(&rs, "bad.yml", yaml, strlen(yaml), &err);
	if (compile) {
		ck_assert_msg(rc == 0, "load failed: %d:%d: %s", err.line,
		    err.col, err.msg);
		rc = fl_rules_compile(&rs, &err);
	}
	ck_assert_msg(rc == -1, "no error for <<%s>>", yaml);
	ck_assert_str_eq(err.file, "bad.yml");
	ck_assert_msg(err.line == line && err.col == col, "error at %d:%d, "
	    "want %d:%d (%s)", err.line, err.col, line, col, err.msg);
	ck_assert_msg(strstr(err.msg, msg) != NULL, "message '%s' lacks "
	    "'%s'", err.msg, msg);
	fl_ruleset_release(&rs);
}

START_TEST(test_valid)
{
	struct fl_ruleset *rs = rules_yaml(
	    "# a comment\n"
	    "category: attribution\n"
	    "rules:\n"
	    "  - id: att.said\n"
	    "    explain: >-\n"
	    "      A named body\n"
	    "      speaks.\n"
	    "    pattern: '\\b(?:ministry|council) said\\b'\n"
	    "    unless: 'the said'\n"
	    "    scope: after\n"
	    "    examples:\n"
	    "      match: [\"The ministry said it would act.\"]\n"
	    "      nomatch:\n"
	    "        - \"The said agreement.\"\n"
	    "        - \"Nothing here.\"\n"
	    "  - id: att_2-x\n"
	    "    explain: Second.\n"
	    "    words: [according to]\n"
	    "    scope: before\n"
	    "    examples:\n"
	    "      nomatch: [\"No.\"]\n");
	const struct fl_rule *r;

	ck_assert_uint_eq(rs->nrules, 2);
	r = fl_rules_find(rs, "att.said");
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(r->category, FL_CAT_ATTRIBUTION);
	ck_assert_str_eq(r->explain, "A named body speaks.");
	ck_assert_str_eq(r->pattern, "\\b(?:ministry|council) said\\b");
	ck_assert_str_eq(r->unless, "the said");
	ck_assert_int_eq(r->scope, FL_SCOPE_AFTER);
	ck_assert_uint_eq(r->nexamples, 3);
	ck_assert_int_eq(r->examples[0].match, 1);
	ck_assert_int_eq(r->examples[1].match, 0);
	ck_assert_int_eq(r->examples[1].line, 14);
	ck_assert_int_eq(r->examples[1].col, 11);
	ck_assert_str_eq(r->file, "test.yml");
	ck_assert_int_eq(r->line, 4);
	ck_assert_int_eq(r->col, 5);
	ck_assert_ptr_nonnull(r->re);
	ck_assert_ptr_nonnull(r->unless_re);
	r = fl_rules_find(rs, "att_2-x");
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(r->scope, FL_SCOPE_BEFORE);
	ck_assert_ptr_null(fl_rules_find(rs, "nope"));
	rules_free(rs);
}
END_TEST

START_TEST(test_quote_rule)
{
	struct fl_ruleset *rs = rules_yaml(
	    "category: quote\n"
	    "rules:\n"
	    "  - id: q.curly\n"
	    "    explain: Curly quotes.\n"
	    "    open: \"\xe2\x80\x9c\"\n"
	    "    close: \"\xe2\x80\x9d\"\n"
	    "    examples:\n"
	    "      match: [\"She said \xe2\x80\x9chi\xe2\x80\x9d.\"]\n");

	ck_assert_uint_eq(rs->nrules, 1);
	ck_assert_str_eq(rs->rules[0].open, "\xe2\x80\x9c");
	ck_assert_str_eq(rs->rules[0].close, "\xe2\x80\x9d");
	ck_assert_ptr_null(rs->rules[0].re);
	ck_assert(fl_match_example(rs, &rs->rules[0],
	    "She said \xe2\x80\x9chi\xe2\x80\x9d.", NULL, NULL));
	rules_free(rs);
}
END_TEST

/* ---- errors ------------------------------------------------------------- */

START_TEST(test_unknown_key)
{
	expect_error(HEAD
	    "  - id: h.one\n"
	    "    explain: A test rule.\n"
	    "    words: [maybe]\n"
	    "    colour: red\n"
	    "    examples: {match: [\"Maybe.\"]}\n", 0, 6, 5,
	    "unknown key 'colour'");
	expect_error("category: hedge\nrulez: []\n", 0, 2, 1,
	    "unknown key 'rulez'");
	expect_error(HEAD
	    "  - id: h.one\n"
	    "    explain: A test rule.\n"
	    "    words: [maybe]\n"
	    "    examples: {match: [\"Maybe.\"], nomatches: []}\n", 0, 6, 35,
	    "nomatches");
}
END_TEST

START_TEST(test_missing_id)
{
	expect_error(HEAD
	    "  - explain: A test rule.\n"
	    "    words: [maybe]\n"
	    "    examples: {match: [\"Maybe.\"]}\n", 0, 3, 5, "no id");
}
END_TEST

START_TEST(test_bad_id)
{
	expect_error(HEAD
	    "  - id: has space\n"
	    "    explain: A test rule.\n"
	    "    words: [maybe]\n"
	    "    examples: {match: [\"Maybe.\"]}\n", 0, 3, 9,
	    "'has space'");
}
END_TEST

START_TEST(test_missing_explain)
{
	expect_error(HEAD
	    "  - id: h.one\n"
	    "    words: [maybe]\n"
	    "    examples: {match: [\"Maybe.\"]}\n", 0, 3, 5,
	    "'h.one' has no explain");
}
END_TEST

START_TEST(test_missing_examples)
{
	expect_error(HEAD
	    "  - id: h.one\n"
	    "    explain: A test rule.\n"
	    "    words: [maybe]\n", 0, 3, 5, "'h.one' has no examples");
	expect_error(HEAD
	    "  - id: h.one\n"
	    "    explain: A test rule.\n"
	    "    words: [maybe]\n"
	    "    examples: {match: []}\n", 0, 6, 15, "has no examples");
}
END_TEST

START_TEST(test_pattern_and_words)
{
	expect_error(HEAD
	    "  - id: h.both\n"
	    "    explain: A test rule.\n"
	    "    words: [maybe]\n"
	    "    pattern: 'maybe'\n"
	    "    examples: {match: [\"Maybe.\"]}\n", 0, 3, 5,
	    "exactly one of pattern and words");
	expect_error(HEAD
	    "  - id: h.neither\n"
	    "    explain: A test rule.\n"
	    "    examples: {match: [\"Maybe.\"]}\n", 0, 3, 5,
	    "exactly one of pattern and words");
}
END_TEST

START_TEST(test_bad_category)
{
	expect_error("category: guess\nrules: []\n", 0, 1, 11,
	    "unknown category 'guess'");
	expect_error("rules: []\n", 0, 1, 1, "no category");
}
END_TEST

START_TEST(test_scope)
{
	expect_error("category: attribution\nrules:\n"
	    "  - id: a.one\n"
	    "    explain: A test rule.\n"
	    "    words: [said]\n"
	    "    examples: {match: [\"He said so.\"]}\n", 0, 3, 5,
	    "needs a scope");
	expect_error(HEAD
	    "  - id: h.one\n"
	    "    explain: A test rule.\n"
	    "    words: [maybe]\n"
	    "    scope: after\n"
	    "    examples: {match: [\"Maybe.\"]}\n", 0, 3, 5,
	    "scope is for attribution, vague-source and stance rules only");
	expect_error("category: attribution\nrules:\n"
	    "  - id: a.one\n"
	    "    explain: A test rule.\n"
	    "    words: [said]\n"
	    "    scope: around\n"
	    "    examples: {match: [\"He said so.\"]}\n", 0, 6, 12,
	    "scope 'around'");
}
END_TEST

START_TEST(test_bad_regex)
{
	struct fl_ruleset rs;
	struct fl_error err;
	const char *y = HEAD
	    "  - id: h.ok\n"
	    "    explain: Fine.\n"
	    "    words: [maybe]\n"
	    "    examples: {match: [\"Maybe.\"]}\n"
	    "  - id: h.bad\n"
	    "    explain: Broken.\n"
	    "    pattern: '(unclosed'\n"
	    "    examples: {match: [\"x\"]}\n";

	expect_error(y, 1, 9, 14, "missing closing parenthesis");
	memset(&err, 0, sizeof(err));
	fl_ruleset_init(&rs);
	ck_assert_int_eq(fl_rules_load_mem(&rs, "bad.yml", y, strlen(y),
	    &err), 0);
	ck_assert_int_eq(fl_rules_compile(&rs, &err), -1);
	ck_assert_msg(strstr(err.msg, "h.bad") != NULL, "%s", err.msg);
	fl_ruleset_release(&rs);
	expect_error(HEAD
	    "  - id: h.bad\n"
	    "    explain: Broken.\n"
	    "    pattern: 'ok'\n"
	    "    unless: 'a{2,1}'\n"
	    "    examples: {match: [\"ok\"]}\n", 1, 6, 13, "unless");
}
END_TEST

START_TEST(test_duplicate_id)
{
	expect_error(HEAD
	    "  - id: h.one\n"
	    "    explain: First.\n"
	    "    words: [maybe]\n"
	    "    examples: {match: [\"Maybe.\"]}\n"
	    "  - id: h.one\n"
	    "    explain: Second.\n"
	    "    words: [perhaps]\n"
	    "    examples: {match: [\"Perhaps.\"]}\n", 1, 7, 5,
	    "duplicate rule id 'h.one'");
}
END_TEST

START_TEST(test_duplicate_across_files)
{
	struct fl_ruleset rs;
	struct fl_error err;
	const char *y = HEAD
	    "  - id: h.one\n"
	    "    explain: First.\n"
	    "    words: [maybe]\n"
	    "    examples: {match: [\"Maybe.\"]}\n";

	memset(&err, 0, sizeof(err));
	fl_ruleset_init(&rs);
	ck_assert_int_eq(fl_rules_load_mem(&rs, "a.yml", y, strlen(y), &err),
	    0);
	ck_assert_int_eq(fl_rules_load_mem(&rs, "b.yml", y, strlen(y), &err),
	    0);
	ck_assert_int_eq(fl_rules_compile(&rs, &err), -1);
	ck_assert_str_eq(err.file, "b.yml");
	ck_assert_msg(strstr(err.msg, "a.yml:3:5") != NULL, "%s", err.msg);
	fl_ruleset_release(&rs);
}
END_TEST

START_TEST(test_yaml_syntax)
{
	/* An unclosed flow sequence; the parser notices at the end. */
	expect_error(HEAD
	    "  - id: h.one\n"
	    "    explain: First.\n"
	    "    words: [maybe, perhaps\n"
	    "    examples: {match: [\"Maybe.\"]}\n", 0, 6, 13, "flow sequence");
	/* A tab used for indentation. */
	expect_error("category: hedge\nrules:\n\t- id: x\n", 0, 3, 1,
	    "cannot start any token");
}
END_TEST

START_TEST(test_wrong_types)
{
	expect_error(HEAD
	    "  - id: h.one\n"
	    "    explain: [not, a, string]\n"
	    "    words: [maybe]\n"
	    "    examples: {match: [\"Maybe.\"]}\n", 0, 4, 14,
	    "explain must be a string");
	expect_error(HEAD
	    "  - id: h.one\n"
	    "    explain: Fine.\n"
	    "    words: maybe\n"
	    "    examples: {match: [\"Maybe.\"]}\n", 0, 5, 12,
	    "words must be a non-empty list");
	expect_error(HEAD
	    "  - id: h.one\n"
	    "    explain: Fine.\n"
	    "    words: [maybe]\n"
	    "    examples: [\"Maybe.\"]\n", 0, 6, 15, "examples must be");
	expect_error(HEAD
	    "  - id: h.one\n"
	    "    explain: Fine.\n"
	    "    words: [maybe]\n"
	    "    examples: {match: \"Maybe.\"}\n", 0, 6, 23, "list");
	expect_error("category: hedge\nrules: none\n", 0, 2, 8,
	    "rules must be a list");
	expect_error("category: [hedge]\nrules: []\n", 0, 1, 11,
	    "category must be a string");
	expect_error("- just\n- a list\n", 0, 1, 1, "must be a mapping");
	expect_error(HEAD "  - just a string\n", 0, 3, 5,
	    "a rule must be a mapping");
	expect_error("", 0, 0, 0, "empty");
}
END_TEST

START_TEST(test_quote_errors)
{
	expect_error("category: quote\nrules:\n"
	    "  - id: q.one\n"
	    "    explain: Quotes.\n"
	    "    open: '\"'\n"
	    "    examples: {match: [\"a \\\"b\\\"\"]}\n", 0, 3, 5,
	    "open and close");
	expect_error(HEAD
	    "  - id: h.one\n"
	    "    explain: Fine.\n"
	    "    words: [maybe]\n"
	    "    open: '\"'\n"
	    "    examples: {match: [\"Maybe.\"]}\n", 0, 3, 5,
	    "quote rules only");
}
END_TEST

/* ---- words -------------------------------------------------------------- */

START_TEST(test_words_whole_caseless)
{
	struct fl_ruleset *rs = rules_yaml(HEAD
	    "  - id: h.w\n"
	    "    explain: Words.\n"
	    "    words: [maybe, in all likelihood, e.g., c++]\n"
	    "    examples: {match: [\"Maybe.\"]}\n");
	const struct fl_rule *r = &rs->rules[0];

	ck_assert(fl_match_example(rs, r, "MAYBE so.", NULL, NULL));
	ck_assert(fl_match_example(rs, r, "It is, maybe, true.", NULL, NULL));
	ck_assert(!fl_match_example(rs, r, "Maybelline sells it.", NULL,
	    NULL));
	ck_assert(!fl_match_example(rs, r, "A dismaybe word.", NULL, NULL));
	ck_assert(fl_match_example(rs, r, "In  all\n\tLikelihood it rains.",
	    NULL, NULL));
	ck_assert(!fl_match_example(rs, r, "In all likelihoods.", NULL,
	    NULL));
	ck_assert(fl_match_example(rs, r, "Ports, e.g., Lisbon.", NULL,
	    NULL));
	ck_assert(!fl_match_example(rs, r, "Ports, eXg. Lisbon.", NULL,
	    NULL));
	ck_assert(fl_match_example(rs, r, "He writes C++ code.", NULL, NULL));
	rules_free(rs);
}
END_TEST

START_TEST(test_pattern_case_sensitive)
{
	struct fl_ruleset *rs = rules_yaml(HEAD
	    "  - id: h.p\n"
	    "    explain: Pattern.\n"
	    "    pattern: '\\bmaybe\\b'\n"
	    "    examples: {match: [\"maybe.\"], nomatch: [\"Maybe.\"]}\n"
	    "  - id: h.pi\n"
	    "    explain: Caseless pattern.\n"
	    "    pattern: '(?i)\\bperhaps\\b'\n"
	    "    examples: {match: [\"PERHAPS.\"]}\n");

	ck_assert(fl_match_example(rs, &rs->rules[0], "It is maybe so.",
	    NULL, NULL));
	ck_assert(!fl_match_example(rs, &rs->rules[0], "Maybe so.", NULL,
	    NULL));
	ck_assert(fl_match_example(rs, &rs->rules[1], "PerHaps so.", NULL,
	    NULL));
	rules_free(rs);
}
END_TEST

/* ---- files -------------------------------------------------------------- */

static void
write_file(const char *dir, const char *name, const char *text)
{
	char path[512];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
}

START_TEST(test_load_dir)
{
	char dir[] = "/tmp/fl-rules-XXXXXX", path[512];
	struct fl_ruleset rs;
	struct fl_error err;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	write_file(dir, "b.yml", HEAD "  - id: b.one\n    explain: B.\n"
	    "    words: [bee]\n    examples: {match: [\"A bee.\"]}\n");
	write_file(dir, "a.yaml", HEAD "  - id: a.one\n    explain: A.\n"
	    "    words: [ant]\n    examples: {match: [\"An ant.\"]}\n");
	write_file(dir, "notes.txt", "not yaml: [\n");
	write_file(dir, ".hidden.yml", "not yaml: [\n");
	memset(&err, 0, sizeof(err));
	fl_ruleset_init(&rs);
	ck_assert_msg(fl_rules_load_path(&rs, dir, &err) == 0, "%s:%d:%d: %s",
	    err.file, err.line, err.col, err.msg);
	ck_assert_uint_eq(rs.nrules, 2);
	ck_assert_str_eq(rs.rules[0].id, "a.one");
	ck_assert_str_eq(rs.rules[1].id, "b.one");
	snprintf(path, sizeof(path), "%s/a.yaml", dir);
	ck_assert_str_eq(rs.rules[0].file, path);
	fl_ruleset_release(&rs);

	/* A single file by path; a missing path. */
	fl_ruleset_init(&rs);
	snprintf(path, sizeof(path), "%s/b.yml", dir);
	ck_assert_int_eq(fl_rules_load_path(&rs, path, &err), 0);
	ck_assert_uint_eq(rs.nrules, 1);
	snprintf(path, sizeof(path), "%s/missing.yml", dir);
	ck_assert_int_eq(fl_rules_load_path(&rs, path, &err), -1);
	ck_assert_str_eq(err.file, path);
	ck_assert_str_eq(err.msg, "No such file or directory");
	fl_ruleset_release(&rs);

	snprintf(path, sizeof(path), "%s/a.yaml", dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/b.yml", dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/notes.txt", dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/.hidden.yml", dir);
	unlink(path);
	rmdir(dir);
}
END_TEST

START_TEST(test_builtin_loads)
{
	const struct fl_ruleset *rs = builtin_rules();
	size_t i, j;

	ck_assert_uint_gt(rs->nrules, 0);
	for (i = 0; i < rs->nrules; i++) {
		ck_assert_ptr_nonnull(rs->rules[i].explain);
		ck_assert_uint_gt(rs->rules[i].nexamples, 0);
		for (j = 0; j < rs->rules[i].nexamples; j++) {
			const struct fl_example *e = &rs->rules[i].examples[j];

			ck_assert_msg(fl_match_example(rs, &rs->rules[i],
			    e->text, NULL, NULL) == e->match,
			    "%s:%d:%d: rule '%s': example '%s' %s",
			    rs->rules[i].file, e->line, e->col,
			    rs->rules[i].id, e->text, e->match ?
			    "does not match" : "matches but should not");
		}
	}
}
END_TEST

/* The slim built-in copy (no examples, no comments) is the same rule set. */
static int
same_str(const char *a, const char *b)
{
	return (a == NULL && b == NULL) || (a != NULL && b != NULL &&
	    strcmp(a, b) == 0);
}

START_TEST(test_builtin_slim)
{
	struct fl_ruleset full, slim;
	struct fl_error err;
	size_t i;

	fl_ruleset_init(&full);
	fl_ruleset_init(&slim);
	slim.no_examples = 1;
	ck_assert_int_eq(fl_rules_load_builtin(&full, &err), 0);
	ck_assert_int_eq(fl_rules_load_builtin(&slim, &err), 0);
	ck_assert_uint_eq(full.nrules, slim.nrules);
	for (i = 0; i < full.nrules; i++) {
		const struct fl_rule *f = &full.rules[i], *l = &slim.rules[i];

		ck_assert_str_eq(f->id, l->id);
		ck_assert_msg(same_str(f->pattern, l->pattern) &&
		    same_str(f->unless, l->unless) &&
		    same_str(f->explain, l->explain) &&
		    same_str(f->open, l->open) && same_str(f->close, l->close),
		    "rule '%s' differs in the slim copy", f->id);
		ck_assert_int_eq(f->category, l->category);
		ck_assert_int_eq(f->scope, l->scope);
		ck_assert_int_eq(f->line, l->line);
		ck_assert_int_eq(f->pline, l->pline);
		ck_assert_int_eq(f->pcol, l->pcol);
		ck_assert_uint_gt(f->nexamples, 0);
		ck_assert_uint_eq(l->nexamples, 0);
	}
	fl_ruleset_release(&full);
	fl_ruleset_release(&slim);
}
END_TEST

Suite *
rules_suite(void)
{
	Suite *s = suite_create("rules");
	TCase *tc;

	tc = tcase_create("valid");
	tcase_add_test(tc, test_valid);
	tcase_add_test(tc, test_quote_rule);
	tcase_add_test(tc, test_load_dir);
	tcase_add_test(tc, test_builtin_loads);
	tcase_add_test(tc, test_builtin_slim);
	suite_add_tcase(s, tc);
	tc = tcase_create("errors");
	tcase_add_test(tc, test_unknown_key);
	tcase_add_test(tc, test_missing_id);
	tcase_add_test(tc, test_bad_id);
	tcase_add_test(tc, test_missing_explain);
	tcase_add_test(tc, test_missing_examples);
	tcase_add_test(tc, test_pattern_and_words);
	tcase_add_test(tc, test_bad_category);
	tcase_add_test(tc, test_scope);
	tcase_add_test(tc, test_bad_regex);
	tcase_add_test(tc, test_duplicate_id);
	tcase_add_test(tc, test_duplicate_across_files);
	tcase_add_test(tc, test_yaml_syntax);
	tcase_add_test(tc, test_wrong_types);
	tcase_add_test(tc, test_quote_errors);
	suite_add_tcase(s, tc);
	tc = tcase_create("words");
	tcase_add_test(tc, test_words_whole_caseless);
	tcase_add_test(tc, test_pattern_case_sensitive);
	suite_add_tcase(s, tc);
	return s;
}
