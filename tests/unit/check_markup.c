/*
 * check_markup.c: the prose builder (markup.c) lines decoded text up with
 * the original bytes (references, escapes, CR, replaced bytes, dropped
 * tags) and maps prose offsets back; the Markdown and HTML extractors
 * leave out what is not prose; directives parse; the suppression state
 * (suppress.c) follows off/on/disable/enable and warns where it should.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "annotate.h"
#include "markup.h"

/* The original bytes that prose[a, b) maps to, as a string (static). */
static const char *
orig(const struct fl_markup *m, size_t a, size_t b)
{
	static char s[256];
	size_t o0 = fl_markup_ostart(m, a), o1 = fl_markup_oend(m, b);

	ck_assert_uint_le(o0, o1);
	ck_assert_uint_lt(o1 - o0, sizeof(s));
	memcpy(s, m->doc + o0, o1 - o0);
	s[o1 - o0] = '\0';
	return s;
}

/* Where word w is in the prose (it must be). */
static size_t
at(const struct fl_markup *m, const char *w)
{
	const char *p = strstr(m->prose.ptr, w);

	ck_assert_msg(p != NULL, "'%s' not in the prose '%s'", w,
	    m->prose.ptr);
	return (size_t)(p - m->prose.ptr);
}

/* Run fl_markup_text over all of doc with the decoded literal lit, and
 * check that word w maps back to the original bytes want. */
static void
assert_maps(const char *doc, const char *lit, const char *w, const char *want)
{
	struct fl_markup m;
	char prose[256];
	size_t a, i;

	/* The prose is the literal, with white space as spaces. */
	ck_assert_uint_lt(strlen(lit), sizeof(prose));
	for (i = 0; lit[i] != '\0'; i++)
		prose[i] = lit[i] == '\n' || lit[i] == '\r' || lit[i] == '\t' ?
		    ' ' : lit[i];
	prose[i] = '\0';
	fl_markup_init(&m, doc, strlen(doc));
	fl_markup_text(&m, lit, strlen(lit), 0, strlen(doc));
	fl_markup_end(&m);
	ck_assert_str_eq(m.prose.ptr, prose);
	a = at(&m, w);
	ck_assert_str_eq(orig(&m, a, a + strlen(w)), want);
	fl_markup_release(&m);
}

START_TEST(test_references)
{
	assert_maps("It &amp;may go.", "It &may go.", "may", "may");
	assert_maps("It &amp;may go.", "It &may go.", "&may", "&amp;may");
	assert_maps("AT&T may go.", "AT&T may go.", "T may", "T may");
	assert_maps("&copy 2026 may", "\xc2\xa9 2026 may", "may", "may");
	assert_maps("&copy 2026 may", "\xc2\xa9 2026 may", "\xc2\xa9",
	    "&copy");
	assert_maps("a &#147;q&#148; may", "a \xe2\x80\x9cq\xe2\x80\x9d may",
	    "q", "q");
	assert_maps("a &#x2019;s may", "a \xe2\x80\x99s may", "\xe2\x80\x99s",
	    "&#x2019;s");
	/* A legacy name shorter than its letters: "&notit;" is U+00AC "it;". */
	assert_maps("x &notit; may", "x \xc2\xacit; may", "it;", "it;");
	/* An unknown name stays as written. */
	assert_maps("x &foo; may", "x &foo; may", "foo", "foo");
	assert_maps("It &amp;amp;might", "It &amp;might", "might", "might");
}
END_TEST

START_TEST(test_escapes_cr_replaced)
{
	assert_maps("a \\*b\\* may", "a *b* may", "*b*", "\\*b\\*");
	assert_maps("one\r\ntwo may", "one\ntwo may", "two", "two");
	assert_maps("one\r\ntwo may", "one\ntwo may", "one two", "one\r\ntwo");
	assert_maps("one\rtwo may", "one\ntwo may", "two", "two");
	/* A stray tag the parser dropped is stepped over whole. */
	assert_maps("a</b>b may", "ab may", "b may", "b may");
}
END_TEST

START_TEST(test_replaced)
{
	/* The parser made the NUL U+FFFD: one character for one byte. */
	static const char doc[] = "a\0b may";
	struct fl_markup m;
	size_t a;

	fl_markup_init(&m, doc, sizeof(doc) - 1);
	fl_markup_text(&m, "a\xef\xbf\xbd" "b may", 9, 0, sizeof(doc) - 1);
	fl_markup_end(&m);
	a = at(&m, "b may");
	ck_assert_uint_eq(fl_markup_ostart(&m, a), 2);
	ck_assert_uint_eq(fl_markup_ostart(&m, 1), 1);
	ck_assert_uint_eq(fl_markup_oend(&m, 4), 2);
	fl_markup_release(&m);
}
END_TEST

START_TEST(test_pieces)
{
	const char *doc = "Run `make` now, it *may* rain.";
	struct fl_markup m;

	fl_markup_init(&m, doc, strlen(doc));
	fl_markup_begin(&m, 0);
	fl_markup_text(&m, "Run ", 4, 0, 4);
	fl_markup_opaque(&m, 4, 10);
	fl_markup_text(&m, " now, it ", 9, 10, 19);
	fl_markup_text(&m, "may", 3, 20, 23);
	fl_markup_text(&m, " rain.", 6, 24, 30);
	/* Out of document order: left out. */
	fl_markup_text(&m, "late", 4, 0, 4);
	fl_markup_end(&m);
	ck_assert_str_eq(m.prose.ptr, "Run ___ now, it may rain.");
	ck_assert_uint_eq(m.nblocks, 1);
	ck_assert_str_eq(orig(&m, 4, 7), "`make`");
	ck_assert_str_eq(orig(&m, at(&m, "may"), at(&m, "may") + 3), "may");
	ck_assert_str_eq(orig(&m, 0, m.prose.len), doc);
	/* A blank block is dropped. */
	fl_markup_begin(&m, 1);
	fl_markup_space(&m, 30, 30);
	fl_markup_end(&m);
	ck_assert_uint_eq(m.nblocks, 1);
	fl_markup_release(&m);
}
END_TEST

START_TEST(test_directive_parse)
{
	const char *args;
	size_t n;

	ck_assert_int_eq(fl_directive_parse(" off ", 5, &args, &n), FL_DIR_OFF);
	ck_assert_int_eq(fl_directive_parse(": on", 4, &args, &n), FL_DIR_ON);
	ck_assert_int_eq(fl_directive_parse(" on the whole", 13, &args, &n),
	    -1);
	ck_assert_int_eq(fl_directive_parse(" disable a.b, c ", 16, &args, &n),
	    FL_DIR_DISABLE);
	ck_assert_int_eq((int)n, 6);
	ck_assert_int_eq(strncmp(args, "a.b, c", n), 0);
	ck_assert_int_eq(fl_directive_parse(" ENABLE x", 9, &args, &n),
	    FL_DIR_ENABLE);
	ck_assert_int_eq(fl_directive_parse(" offside", 8, &args, &n), -1);
	ck_assert_int_eq(fl_supp_line("  factlens: off\n", 16, &args, &n),
	    FL_DIR_OFF);
	ck_assert_int_eq(fl_supp_line("factlens off\n", 13, &args, &n), -1);
	ck_assert_int_eq(fl_supp_line("see factlens: off\n", 18, &args, &n),
	    -1);
}
END_TEST

/* What an extractor makes of doc: the prose of every block, joined by
 * '|', a heading's with '#' before it. */
static void
assert_blocks(int (*extract)(struct fl_markup *, struct fl_error *),
    const char *doc, const char *want)
{
	struct fl_markup m;
	struct fl_error err;
	struct fl_buf got;
	size_t i;

	fl_markup_init(&m, doc, strlen(doc));
	ck_assert_int_eq(extract(&m, &err), 0);
	fl_buf_init(&got);
	for (i = 0; i < m.nblocks; i++) {
		if (i > 0)
			fl_buf_putc(&got, '|');
		if (m.blocks[i].heading)
			fl_buf_putc(&got, '#');
		fl_buf_put(&got, m.prose.ptr + m.blocks[i].prose0,
		    m.blocks[i].prose1 - m.blocks[i].prose0);
	}
	ck_assert_str_eq(got.ptr, want);
	fl_buf_release(&got);
	fl_markup_release(&m);
}

static void
assert_md(const char *doc, const char *want)
{
	assert_blocks(fl_markdown_extract, doc, want);
}

static void
assert_html(const char *doc, const char *want)
{
	assert_blocks(fl_html_extract, doc, want);
}

START_TEST(test_markdown)
{
	assert_md("---\ntitle: may\n---\n# A may\n\nB `c` [d](http://e/may) "
	    "![f may](g.png) <span>h</span>.\n\n```\nmay\n```\n\n    may\n",
	    "#A may|B ___ d  h.");
	assert_md("- a\n  - b\n\n> c\n> > d\n", "a|b|c|d");
	assert_md("a\\\nb  \nc\n", "a\nb\nc");
	assert_md("See <https://x.org/may>.\n", "See ___.");
}
END_TEST

START_TEST(test_html)
{
	assert_html("<title>T may</title><script>may</script><h1>A</h1>"
	    "<p title=\"may\">B <em>c</em> <code>d</code>.</p><pre>may</pre>",
	    "#T may|#A|B c ___.");
	assert_html("<ul><li>a<ul><li>b</li></ul></li></ul>", "a|b");
	assert_html("<p>x &amp; y</p>", "x & y");
}
END_TEST

/* Warnings, collected as "LINE:COL MESSAGE" lines. */
static void
collect(void *arg, long line, long col, const char *msg)
{
	fl_buf_printf(arg, "%ld:%ld %s\n", line, col, msg);
}

START_TEST(test_supp)
{
	struct fl_ruleset rs;
	struct fl_error err;
	struct fl_supp st;
	struct fl_buf w;
	const struct fl_rule *modal;
	size_t i;

	fl_ruleset_init(&rs);
	ck_assert_int_eq(fl_rules_load_builtin(&rs, &err), 0);
	ck_assert_int_eq(fl_rules_compile(&rs, &err), 0);
	modal = fl_rules_find(&rs, "hedge.modal");
	ck_assert_ptr_nonnull(modal);
	i = (size_t)(modal - rs.rules);
	fl_buf_init(&w);
	fl_supp_init(&st, &rs, NULL);
	st.warn = collect;
	st.warn_arg = &w;

	fl_supp_apply(&st, FL_DIR_ON, "", 0, 1, 1);
	fl_supp_apply(&st, FL_DIR_OFF, "", 0, 2, 1);
	fl_supp_apply(&st, FL_DIR_OFF, "", 0, 3, 1);
	ck_assert_int_eq(st.off, 1);
	fl_supp_apply(&st, FL_DIR_ON, "", 0, 4, 1);
	ck_assert_int_eq(st.off, 0);
	fl_supp_apply(&st, FL_DIR_DISABLE, "hedge.modal, no.such", 20, 5, 3);
	ck_assert_ptr_nonnull(st.mask);
	ck_assert(st.mask[i / 64] >> (i % 64) & 1);
	fl_supp_apply(&st, FL_DIR_DISABLE, "hedge", 5, 6, 1);
	fl_supp_apply(&st, FL_DIR_ENABLE, "hedge", 5, 7, 1);
	ck_assert(!(st.mask[i / 64] >> (i % 64) & 1));
	fl_supp_apply(&st, FL_DIR_ENABLE, "booster", 7, 8, 1);
	fl_supp_apply(&st, FL_DIR_DISABLE, "", 0, 9, 1);
	fl_supp_apply(&st, FL_DIR_DISABLE, "booster", 7, 10, 1);
	fl_supp_apply(&st, FL_DIR_OFF, "", 0, 11, 1);
	fl_supp_finish(&st);
	ck_assert_str_eq(w.ptr,
	    "1:1 'factlens on' without 'factlens off' before it\n"
	    "3:1 'factlens off' while already off (since 2:1)\n"
	    "5:3 unknown rule or category 'no.such'\n"
	    "8:1 'booster' is not disabled here\n"
	    "9:1 'factlens disable' names no rule\n"
	    "11:1 'factlens off' is never turned back on\n"
	    "10:1 'factlens disable booster' is never enabled again\n");
	fl_supp_release(&st);
	fl_buf_release(&w);
	fl_ruleset_release(&rs);
}
END_TEST

Suite *
markup_suite(void)
{
	Suite *s = suite_create("markup");
	TCase *tc = tcase_create("builder");

	tcase_add_test(tc, test_references);
	tcase_add_test(tc, test_escapes_cr_replaced);
	tcase_add_test(tc, test_replaced);
	tcase_add_test(tc, test_pieces);
	tcase_add_test(tc, test_directive_parse);
	suite_add_tcase(s, tc);
	tc = tcase_create("extractors");
	tcase_add_test(tc, test_markdown);
	tcase_add_test(tc, test_html);
	suite_add_tcase(s, tc);
	tc = tcase_create("suppress");
	tcase_add_test(tc, test_supp);
	suite_add_tcase(s, tc);
	return s;
}
