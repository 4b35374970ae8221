/*
 * check_reopt.c: the pattern rewriting of reopt.c.  The rewritten forms of
 * hand-written patterns are checked as text; then every pattern and unless
 * pattern of the built-in rules is compiled as written and as rewritten,
 * and both are run over the project's own corpus (as written, upper-cased
 * and lower-cased), unanchored from every match on and anchored at every
 * word: every match, with every group, must be the same.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "common.h"

/* fl_reopt(in, anchored) is want (NULL: left as it is). */
static void
assert_reopt_as(const char *in, int anchored, const char *want)
{
	char *got = fl_reopt(in, anchored);

	if (want == NULL)
		ck_assert_msg(got == NULL, "'%s' rewritten as '%s'", in, got);
	else {
		ck_assert_msg(got != NULL, "'%s' left as it is", in);
		ck_assert_str_eq(got, want);
	}
	free(got);
}

/* The same for a pattern compiled anchored, which gets no word-start
 * guard: the rewritings test_guard does not look at. */
static void
assert_reopt(const char *in, const char *want)
{
	assert_reopt_as(in, 1, want);
}

/* The guard reopt.c puts in front of a pattern that starts with \b. */
#define GUARD "(?!(?<=[a-zA-Z])[a-zA-Z])"

START_TEST(test_hoist)
{
	assert_reopt("\\bcat\\b|\\bdog\\b", "\\b(?:cat\\b|dog\\b)");
	/* Only consecutive ones: C keeps its place after them. */
	assert_reopt("\\bab|\\bcd|ef|\\bgh",
	    "\\b(?:ab|cd)|ef|\\bgh");
	/* A quantified \b is not a \b to share. */
	assert_reopt("\\b?ab|\\bcd", NULL);
	/* Options at the start hold for every alternative. */
	assert_reopt("(?i)\\bab|\\bcd", "(?i)\\b(?:ab|cd)");
}
END_TEST

START_TEST(test_factor)
{
	assert_reopt("(?:war|wave|peace)", "(?:wa(?:r|ve)|peace)");
	/* Order kept among alternatives that can match at one place. */
	assert_reopt("(?:rate|rates|ratio)", "(?:rat(?:e(?:|s)|io))");
	assert_reopt("(?:man|management)", "(?:man(?:|agement))");
	/* A quantified letter ends the shared beginning. */
	assert_reopt("(?:victims?|victory)", "(?:vict(?:ims?|ory))");
	/* Not caseless: M and m cannot both match; kept together, in order. */
	assert_reopt("(?:May|no|mid)", "(?:May|mid|no)");
	/* Caseless: the beginning is shared whatever the case. */
	assert_reopt("(?i:may|MID|Most)", "(?i:m(?:ay|ID|ost))");
	/* A branch that is not a literal stops the regrouping. */
	assert_reopt("(?:ab|\\d|ac)", NULL);
	/* Branches with a capturing group are not moved. */
	assert_reopt("(?:a(b)|c|a(d))", NULL);
	/* Spaces under (?x) are not part of the words. */
	assert_reopt("(?x)(?:ab | ac)", "(?x)(?:a(?:b |c))");
}
END_TEST

START_TEST(test_left_alone)
{
	/* Lookbehind branches keep their lengths. */
	assert_reopt("(?<=\\bab|\\bac)x", NULL);
	/* Branch reset: not at its own level, but below it. */
	assert_reopt("(?|\\ba(?<c>x)|\\bb(?<c>y))", NULL);
	assert_reopt("(?|(?:ab|ac)(?<c>x)|b(?<c>y))",
	    "(?|(?:a(?:b|c))(?<c>x)|b(?<c>y))");
	/* Syntax reopt.c does not take on. */
	assert_reopt("(a)\\1|ab", NULL);
	assert_reopt("\\Qab\\E|ac", NULL);
	assert_reopt("(?(1)ab|ac)", NULL);
	assert_reopt("(*UTF)ab|ac", NULL);
	assert_reopt("\\x41b|\\x41c", NULL);
	assert_reopt("(?:ab|ac", NULL);
	assert_reopt("ab)|ac", NULL);
	/* An option set inside a branch holds for the ones after it. */
	assert_reopt("(?:a(?i)b|ac)", NULL);
}
END_TEST

START_TEST(test_guard)
{
	/* Every alternative starts with \b: a place inside a word is
	 * turned away before \b's look at the characters either side. */
	assert_reopt_as("\\bcat\\b|\\bdog\\b", 0,
	    GUARD "\\b(?:cat\\b|dog\\b)");
	/* Alternatives that stay apart are put in a group behind it. */
	assert_reopt_as("\\bcat|(?:\\bdog|\\bcow)", 0,
	    GUARD "(?:\\bcat|(?:\\b(?:dog|cow)))");
	/* Lookarounds and options before the \b take no text. */
	assert_reopt_as("(?i)(?<!not )\\bsaid", 0,
	    "(?i)" GUARD "(?<!not )\\bsaid");
	assert_reopt_as("(?x) (?=[A-Z]) \\bSo", 0,
	    "(?x)" GUARD " (?=[A-Z]) \\bSo");
	/* Not where a match could start without \b: an alternative
	 * without it, a quantified group or \b, an empty alternative,
	 * ^ or \B first. */
	assert_reopt_as("\\bcat|dog", 0, NULL);
	assert_reopt_as("(?:\\bcat)?dog", 0, NULL);
	assert_reopt_as("\\b?cat", 0, NULL);
	assert_reopt_as("(?:\\bcat|)", 0, NULL);
	assert_reopt_as("^\\bcat", 0, NULL);
	assert_reopt_as("\\Bcat", 0, NULL);
	/* Written by the rule's author already: not twice. */
	assert_reopt_as(GUARD "(?:\\bcat|\\bdog)", 0,
	    GUARD "(?:\\b(?:cat|dog))");
	/* Anchored, tried only at given places: no guard. */
	assert_reopt_as("\\bcat", 1, NULL);
}
END_TEST

/* The corpus text, as written, upper-cased and lower-cased. */
static char *
corpus(size_t *len)
{
	struct fl_buf b;
	char name[64], *out;
	int i, pass;

	fl_buf_init(&b);
	for (pass = 0; pass < 3; pass++)
		for (i = 1; i <= 99; i++) {
			FILE *f;
			char chunk[4096];
			size_t n, k, at = b.len;

			snprintf(name, sizeof(name), "tests/corpus/c%02d.txt", i);
			if ((f = fopen(name, "rb")) == NULL)
				continue;
			while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
				fl_buf_put(&b, chunk, n);
			fclose(f);
			for (k = at; k < b.len && pass > 0; k++)
				if ((unsigned char)b.ptr[k] < 0x80)
					b.ptr[k] = (char)(pass == 1 ?
					    toupper((unsigned char)b.ptr[k]) :
					    tolower((unsigned char)b.ptr[k]));
		}
	*len = b.len;
	out = fl_xmalloc(b.len + 1);
	memcpy(out, b.ptr, b.len + 1);
	fl_buf_release(&b);
	return out;
}

static pcre2_code *
compile(const char *src, uint32_t opts)
{
	int ec;
	PCRE2_SIZE off;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF | opts, &ec, &off,
	    NULL);

	if (re != NULL)
		pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	return re;
}

/* Compare one match of a and b at off: same result, same groups. */
static int
same_match(pcre2_code *a, pcre2_code *b, const char *t, size_t n,
    size_t off, pcre2_match_data *ma, pcre2_match_data *mb,
    const char *id, size_t *next)
{
	int ra = pcre2_match(a, (PCRE2_SPTR)t, n, off, 0, ma, NULL);
	int rb = pcre2_match(b, (PCRE2_SPTR)t, n, off, 0, mb, NULL);
	PCRE2_SIZE *oa = pcre2_get_ovector_pointer(ma);
	PCRE2_SIZE *ob = pcre2_get_ovector_pointer(mb);
	uint32_t k, groups = pcre2_get_ovector_count(ma);

	ck_assert_msg(ra == rb, "%s: %d and %d at %zu", id, ra, rb, off);
	if (ra < 0)
		return 0;
	for (k = 0; k < 2 * groups; k++)
		ck_assert_msg(oa[k] == ob[k], "%s: group %u differs at %zu: "
		    "%zu and %zu", id, k / 2, off, (size_t)oa[k],
		    (size_t)ob[k]);
	*next = oa[1] > oa[0] ? oa[1] : oa[0] + 1;
	return 1;
}

static void
compare(const char *id, const char *src, const char *text, size_t len)
{
	char *fast = fl_reopt(src, 0), *fasta = fl_reopt(src, 1);
	pcre2_code *a, *b, *aa, *ba;
	pcre2_match_data *ma, *mb;
	const char *p = text, *end = text + len;

	if (fast == NULL && fasta == NULL)
		return;
	a = compile(src, 0);
	b = compile(fast != NULL ? fast : src, 0);
	aa = compile(src, PCRE2_ANCHORED);
	ba = compile(fasta != NULL ? fasta : src, PCRE2_ANCHORED);
	ck_assert_msg(b != NULL && ba != NULL, "%s: '%s' does not compile",
	    id, fast != NULL ? fast : fasta);
	ck_assert_uint_eq(pcre2_get_ovector_count(ma =
	    pcre2_match_data_create_from_pattern(a, NULL)),
	    pcre2_get_ovector_count(mb =
	    pcre2_match_data_create_from_pattern(b, NULL)));
	/* Line by line: a sentence is never longer than its paragraph. */
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl != NULL ? (size_t)(nl - p) : (size_t)(end - p);
		size_t off = 0, i, next;

		while (off <= n && same_match(a, b, p, n, off, ma, mb, id,
		    &next))
			off = next;
		for (i = 0; i < n; i++)
			if (i == 0 || (isalnum((unsigned char)p[i]) &&
			    !isalnum((unsigned char)p[i - 1])))
				same_match(aa, ba, p, n, i, ma, mb, id, &next);
		p += n + 1;
	}
	pcre2_match_data_free(ma);
	pcre2_match_data_free(mb);
	pcre2_code_free(a);
	pcre2_code_free(b);
	pcre2_code_free(aa);
	pcre2_code_free(ba);
	free(fast);
	free(fasta);
}

START_TEST(test_builtin_same_matches)
{
	const struct fl_ruleset *rs = builtin_rules();
	size_t len, i, rewritten = 0;
	char *text = corpus(&len);

	ck_assert_msg(len > 10000, "tests/corpus not found");
	for (i = 0; i < rs->nrules; i++) {
		const struct fl_rule *r = &rs->rules[i];
		char *f;

		if (r->pattern != NULL) {
			if ((f = fl_reopt(r->pattern, 0)) != NULL)
				rewritten++;
			free(f);
			compare(r->id, r->pattern, text, len);
		}
		if (r->unless != NULL)
			compare(r->id, r->unless, text, len);
	}
	/* The rewriting is in use: most patterns of the rules are lists. */
	ck_assert_uint_gt(rewritten, rs->nrules / 2);
	free(text);
}
END_TEST

Suite *
reopt_suite(void)
{
	Suite *s = suite_create("reopt");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_hoist);
	tcase_add_test(tc, test_factor);
	tcase_add_test(tc, test_left_alone);
	tcase_add_test(tc, test_guard);
	/* A safety net, not a speed test: the comparison reads the corpus six
	 * times and takes about 30 s alone, several times that on a busy
	 * machine. */
	tcase_set_timeout(tc, 600);
	tcase_add_test(tc, test_builtin_same_matches);
	suite_add_tcase(s, tc);
	return s;
}
