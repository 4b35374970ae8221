/*
 * check_rulecmd.c: what main.c hands off to small modules of their own:
 * the rule commands (rulecmd.c), --disable/--enable (rulectl.c),
 * --fail-on thresholds against the counts (failon.c), --print-config
 * (config_print.c) and the --max-record size (jsonl_in.c).
 */
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "config.h"
#include "rulecmd.h"

static const char rules_two[] =
    "category: hedge\n"
    "rules:\n"
    "  - id: hedge.t-maybe\n"
    "    explain: \"Two\\tlines:\\nhere.\"\n"
    "    words: [perhaps, possibly]\n"
    "    examples:\n"
    "      match: [\"Perhaps it snows.\", \"It will snow.\"]\n"
    "      nomatch: [\"It snows.\"]\n"
    "  - id: hedge.t-modal\n"
    "    explain: A modal.\n"
    "    pattern: '\\bmight\\b'\n"
    "    examples:\n"
    "      match: [\"It might snow.\"]\n";

/* The problems --check-rules reported, one line each. */
struct problems {
	struct fl_buf b;
	size_t n;
};

static void
problem(void *arg, const char *file, int line, int col, const char *msg)
{
	struct problems *p = arg;

	fl_buf_printf(&p->b, "%s:%d:%d: %s\n", file, line, col, msg);
	p->n++;
}

static void
no_limit(void *arg, const struct fl_rule *r, size_t offset, long line,
    long col, int rc)
{
	(void)arg;
	(void)offset;
	(void)line;
	(void)col;
	ck_abort_msg("regex limit on rule %s (%d)", r->id, rc);
}

START_TEST(test_check)
{
	struct fl_ruleset *rs = rules_yaml(rules_two);
	struct problems p;
	struct fl_buf out;
	const char *doc = "unset";

	fl_buf_init(&p.b);
	p.n = 0;
	fl_buf_init(&out);
	ck_assert_uint_eq(fl_rulecmd_check(&out, rs, problem, &p, no_limit,
	    NULL, &doc), 1);
	ck_assert_uint_eq(p.n, 1);
	ck_assert_str_eq(p.b.ptr, "test.yml:7:36: rule 'hedge.t-maybe': "
	    "example 'It will snow.' does not match\n");
	ck_assert_str_eq(out.ptr, "2 rules, 4 examples, 1 problem\n");
	ck_assert_str_eq(doc, "test.yml");
	fl_buf_release(&out);
	fl_buf_release(&p.b);
	rules_free(rs);
}
END_TEST

START_TEST(test_check_clean)
{
	struct fl_ruleset *rs = rules_yaml(
	    "category: booster\n"
	    "rules:\n"
	    "  - id: b.t\n"
	    "    explain: Strong.\n"
	    "    words: [clearly]\n"
	    "    examples:\n"
	    "      nomatch: [\"It is clear.\"]\n");
	struct problems p;
	struct fl_buf out;

	fl_buf_init(&p.b);
	p.n = 0;
	fl_buf_init(&out);
	ck_assert_uint_eq(fl_rulecmd_check(&out, rs, problem, &p, no_limit,
	    NULL, NULL), 0);
	ck_assert_str_eq(p.b.ptr, "");
	ck_assert_str_eq(out.ptr, "1 rule, 1 example, 0 problems\n");
	fl_buf_release(&out);
	fl_buf_release(&p.b);
	rules_free(rs);
}
END_TEST

START_TEST(test_list)
{
	struct fl_ruleset *rs = rules_yaml(rules_two);
	struct fl_buf out;

	fl_buf_init(&out);
	fl_rulecmd_list(&out, rs);
	/* The explanation's tab and newline become spaces: one line a rule. */
	ck_assert_str_eq(out.ptr,
	    "hedge.t-maybe\thedge\tTwo lines: here.\n"
	    "hedge.t-modal\thedge\tA modal.\n");
	fl_buf_reset(&out);
	fl_rulecmd_literals(&out, rs);
	ck_assert_msg(strstr(out.ptr, "hedge.t-maybe\tperhaps\n") != NULL &&
	    strstr(out.ptr, "hedge.t-maybe\tpossibly\n") != NULL &&
	    strstr(out.ptr, "hedge.t-modal\tmight\n") != NULL,
	    "literals: <<%s>>", out.ptr);
	fl_buf_release(&out);
	rules_free(rs);
}
END_TEST

START_TEST(test_explain)
{
	struct fl_ruleset *rs = rules_yaml(rules_two);
	struct fl_buf out;

	fl_buf_init(&out);
	fl_rulecmd_explain(&out, fl_rules_find(rs, "hedge.t-modal"));
	ck_assert_str_eq(out.ptr,
	    "rule:      hedge.t-modal\n"
	    "category:  hedge\n"
	    "defined:   test.yml:9:5\n"
	    "explain:   A modal.\n"
	    "pattern:   \\bmight\\b\n"
	    "matches:\n"
	    "  It might snow.\n");
	fl_buf_reset(&out);
	fl_rulecmd_explain(&out, fl_rules_find(rs, "hedge.t-maybe"));
	ck_assert_msg(strstr(out.ptr, "matches:\n  Perhaps it snows.\n"
	    "  It will snow.\ndoes not match:\n  It snows.\n") != NULL,
	    "explain: <<%s>>", out.ptr);
	ck_assert_ptr_null(strstr(out.ptr, "scope:"));
	rules_free(rs);
	rs = rules_yaml(
	    "category: attribution\n"
	    "rules:\n"
	    "  - id: a.t\n"
	    "    explain: A source.\n"
	    "    pattern: 'officials said'\n"
	    "    scope: before\n"
	    "    examples:\n"
	    "      match: [\"It rained, officials said.\"]\n");
	fl_buf_reset(&out);
	fl_rulecmd_explain(&out, fl_rules_find(rs, "a.t"));
	ck_assert_str_eq(out.ptr,
	    "rule:      a.t\n"
	    "category:  attribution\n"
	    "defined:   test.yml:3:5\n"
	    "explain:   A source.\n"
	    "pattern:   officials said\n"
	    "scope:     before\n"
	    "matches:\n"
	    "  It rained, officials said.\n");
	fl_buf_release(&out);
	rules_free(rs);
}
END_TEST

/* --disable and --enable ------------------------------------------------- */

START_TEST(test_rulectl)
{
	struct fl_ruleset *rs = rules_yaml(rules_two);
	struct fl_rulectl ctl[2] = {
		{ 1, "hedge", NULL },
		{ 0, "hedge.t-modal", NULL },
	};
	struct fl_rulectl bad[2] = {
		{ 1, "hedge.t-modal", NULL },
		{ 0, "hedge.nothing", NULL },
	};
	size_t i = 99;
	uint64_t *off;

	off = fl_rulectl_mask(rs, ctl, 2, &i);
	ck_assert_ptr_nonnull(off);
	ck_assert_uint_eq(i, 99);
	ck_assert_msg(off[0] == 1u, "mask %llx", (unsigned long long)off[0]);
	free(off);
	/* In order: enabling first, then disabling the category. */
	ctl[0].disable = 0;
	ctl[1].disable = 1;
	ctl[1].name = "hedge";
	off = fl_rulectl_mask(rs, ctl, 2, &i);
	ck_assert_msg(off[0] == 3u, "mask %llx", (unsigned long long)off[0]);
	free(off);
	ck_assert_ptr_null(fl_rulectl_mask(rs, bad, 2, &i));
	ck_assert_uint_eq(i, 1);
	rules_free(rs);
}
END_TEST

START_TEST(test_rulectl_merge)
{
	struct fl_config cfg;
	struct fl_setting dis = { "hedge", "cfg.yml", 2, 11 };
	struct fl_setting en = { "hedge.t-modal", "cfg.yml", 3, 10 };
	struct fl_rulectl *ctl = fl_xmalloc(sizeof(*ctl)), *v;
	size_t n = 1;

	fl_config_init(&cfg);
	ctl[0].disable = 1;
	ctl[0].name = "booster";
	ctl[0].at = NULL;
	/* A config with no lists leaves the command line's as it is. */
	ck_assert_ptr_eq(fl_rulectl_merge(&cfg, ctl, &n), ctl);
	ck_assert_uint_eq(n, 1);
	cfg.disable = &dis;
	cfg.ndisable = 1;
	cfg.enable = &en;
	cfg.nenable = 1;
	v = fl_rulectl_merge(&cfg, ctl, &n);
	ck_assert_uint_eq(n, 3);
	ck_assert_int_eq(v[0].disable, 1);
	ck_assert_str_eq(v[0].name, "hedge");
	ck_assert_ptr_eq(v[0].at, &dis);
	ck_assert_int_eq(v[1].disable, 0);
	ck_assert_ptr_eq(v[1].at, &en);
	ck_assert_str_eq(v[2].name, "booster");
	ck_assert_ptr_null(v[2].at);
	free(v);
}
END_TEST

/* --fail-on against the counts ------------------------------------------ */

static int
crossed(const char *spec, size_t claims, size_t of, struct fl_buf *msg)
{
	struct fl_fail_on f;
	struct fl_doc d;
	char err[256];

	ck_assert_int_eq(fl_fail_on_parse(spec, &f, err, sizeof(err)), 0);
	memset(&d, 0, sizeof(d));
	d.counts[FL_LABEL_CLAIM] = claims;
	d.nsentences = of;
	fl_buf_reset(msg);
	return fl_fail_on_crossed(&f, &d, spec, NULL, msg);
}

START_TEST(test_fail_on_crossed)
{
	struct fl_buf msg;
	struct fl_fail_on f;
	struct fl_doc d;
	struct fl_setting at = { "claim=1", "cfg.yml", 4, 12 };
	char err[256];

	fl_buf_init(&msg);
	ck_assert_int_eq(crossed("claim", 0, 5, &msg), 0);
	ck_assert_str_eq(msg.ptr, "");
	ck_assert_int_eq(crossed("claim", 1, 1, &msg), 1);
	ck_assert_str_eq(msg.ptr, "claim in 1 of 1 sentence (100.0%) is over "
	    "the limit of 0 (--fail-on claim)");
	ck_assert_int_eq(crossed("claim=2", 2, 9, &msg), 0);
	ck_assert_int_eq(crossed("claim=2", 3, 9, &msg), 1);
	ck_assert_str_eq(msg.ptr, "claim in 3 of 9 sentences (33.3%) is over "
	    "the limit of 2 (--fail-on claim=2)");
	/* A percentage: exactly at the limit is not over it. */
	ck_assert_int_eq(crossed("claim=25%", 1, 4, &msg), 0);
	ck_assert_int_eq(crossed("claim=24%", 1, 4, &msg), 1);
	ck_assert_str_eq(msg.ptr, "claim in 1 of 4 sentences (25.0%) is over "
	    "the limit of 24% (--fail-on claim=24%)");
	ck_assert_int_eq(crossed("claim=0%", 0, 0, &msg), 0);
	/* From the config: named with its place. */
	ck_assert_int_eq(fl_fail_on_parse(at.value, &f, err, sizeof(err)), 0);
	memset(&d, 0, sizeof(d));
	d.counts[FL_LABEL_CLAIM] = 2;
	d.nsentences = 2;
	fl_buf_reset(&msg);
	ck_assert_int_eq(fl_fail_on_crossed(&f, &d, NULL, &at, &msg), 1);
	ck_assert_str_eq(msg.ptr, "claim in 2 of 2 sentences (100.0%) is over "
	    "the limit of 1 (fail-on claim=1, cfg.yml:4:12)");
	fl_buf_release(&msg);
}
END_TEST

/* --print-config ---------------------------------------------------------- */

START_TEST(test_print_config)
{
	struct fl_config cfg;
	struct fl_config_shown sh;
	struct fl_setting fmt = { "diag", "/p/.factlens.yml", 1, 9 };
	struct fl_rulectl ctl = { 1, "booster", NULL };
	const char *fails[] = { "claim=3" };
	struct fl_buf out;

	fl_config_init(&cfg);
	memset(&sh, 0, sizeof(sh));
	fl_buf_init(&out);
	fl_config_print(&out, &cfg, &sh);
	ck_assert_str_eq(out.ptr,
	    "# config: none (no .factlens.yml here or above)\n"
	    "format: ansi on a terminal, text otherwise\t# default\n"
	    "only: []\t# default: every sentence\n"
	    "fail-on: []\t# default: exit 0 whatever the labels\n"
	    "rules:\n"
	    "  - built-in\t# default\n"
	    "rule control: []\t# every rule on\n"
	    "input:\n"
	    "  \"*.md\": markdown\t# default\n"
	    "  \"*.markdown\": markdown\t# default\n"
	    "  \"*.html\": html\t# default\n"
	    "  \"*.htm\": html\t# default\n"
	    "  \"*.jsonl\": jsonl\t# default\n"
	    "  \"*.ndjson\": jsonl\t# default\n"
	    "  \"*\": text\t# default (and standard input)\n");

	sh.no_config = 1;
	sh.format = "diag";
	sh.format_at = &fmt;
	sh.only = "claim,hedge";
	sh.fails = fails;
	sh.nfails = 1;
	sh.ctl = &ctl;
	sh.nctl = 1;
	sh.input = "markdown";
	fl_buf_reset(&out);
	fl_config_print(&out, &cfg, &sh);
	ck_assert_msg(strstr(out.ptr,
	    "# config: none (--no-config)\n"
	    "format: diag\t# /p/.factlens.yml:1:9\n"
	    "only: [claim,hedge]\t# command line\n"
	    "fail-on:\n"
	    "  - claim=3\t# command line\n"
	    "rules:\n"
	    "  - built-in\t# default\n"
	    "rule control:\n"
	    "  - disable booster\t# command line\n"
	    "input:\n"
	    "  \"*\": markdown\t# command line\n") == out.ptr, "<<%s>>",
	    out.ptr);
	fl_buf_release(&out);
	fl_config_release(&cfg);
}
END_TEST

/* --max-record ------------------------------------------------------------ */

START_TEST(test_size)
{
	size_t n = 7;

	ck_assert_int_eq(fl_jsonl_size_parse("100", &n), 0);
	ck_assert_uint_eq(n, 100);
	ck_assert_int_eq(fl_jsonl_size_parse("2k", &n), 0);
	ck_assert_uint_eq(n, 2048);
	ck_assert_int_eq(fl_jsonl_size_parse("3M", &n), 0);
	ck_assert_uint_eq(n, 3u << 20);
	ck_assert_int_eq(fl_jsonl_size_parse("1G", &n), 0);
	ck_assert_uint_eq(n, (size_t)1 << 30);
	n = 7;
	ck_assert_int_eq(fl_jsonl_size_parse("0", &n), -1);
	ck_assert_int_eq(fl_jsonl_size_parse("", &n), -1);
	ck_assert_int_eq(fl_jsonl_size_parse("-5", &n), -1);
	ck_assert_int_eq(fl_jsonl_size_parse("5KB", &n), -1);
	ck_assert_int_eq(fl_jsonl_size_parse("K", &n), -1);
	ck_assert_int_eq(fl_jsonl_size_parse("99999999999999999999", &n), -1);
	ck_assert_int_eq(fl_jsonl_size_parse("9999999999999999G", &n), -1);
	ck_assert_uint_eq(n, 7);
}
END_TEST

Suite *
rulecmd_suite(void)
{
	Suite *s = suite_create("rulecmd");
	TCase *cmds = tcase_create("rule commands");
	TCase *opts = tcase_create("options");

	tcase_add_test(cmds, test_check);
	tcase_add_test(cmds, test_check_clean);
	tcase_add_test(cmds, test_list);
	tcase_add_test(cmds, test_explain);
	tcase_add_test(opts, test_rulectl);
	tcase_add_test(opts, test_rulectl_merge);
	tcase_add_test(opts, test_fail_on_crossed);
	tcase_add_test(opts, test_print_config);
	tcase_add_test(opts, test_size);
	suite_add_tcase(s, cmds);
	suite_add_tcase(s, opts);
	return s;
}
