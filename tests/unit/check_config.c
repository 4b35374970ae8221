/*
 * check_config.c: the configuration file, .factlens.yml: every key in its
 * string and list forms; each mistake reported at its line and column with
 * its exact message; finding the file in a parent directory; the input
 * globs; --fail-on values.  Files go to a fresh directory under /tmp.
 */
#define _XOPEN_SOURCE 700	/* nftw, realpath, symlink */

#include <errno.h>
#include <ftw.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common.h"
#include "config.h"

static char tmp[64];		/* this test's directory */
static char *home;		/* the current directory before the test */
static char path[PATH_MAX];	/* the last path put() made */

static void
setup(void)
{
	snprintf(tmp, sizeof(tmp), "/tmp/fl-config-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(tmp));
	home = getcwd(NULL, PATH_MAX);
	ck_assert_ptr_nonnull(home);
}

static int
rm(const char *p, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	return flag == FTW_DP ? rmdir(p) : unlink(p);
}

static void
teardown(void)
{
	if (home != NULL && chdir(home) < 0)
		perror(home);
	free(home);
	home = NULL;
	nftw(tmp, rm, 16, FTW_DEPTH | FTW_PHYS);
}

/* Make the directories of tmp/rel (rel ending in '/' is a directory). */
static void
mkdirs(const char *rel)
{
	char p[PATH_MAX];
	size_t i, n = strlen(tmp);

	snprintf(p, sizeof(p), "%s/%s", tmp, rel);
	for (i = n + 1; p[i]; i++) {
		if (p[i] != '/')
			continue;
		p[i] = '\0';
		ck_assert_msg(mkdir(p, 0777) == 0 || errno == EEXIST,
		    "mkdir %s: %s", p, strerror(errno));
		p[i] = '/';
	}
}

/* Write text to tmp/rel, making its directories; the path goes to path. */
static const char *
put(const char *rel, const char *text)
{
	FILE *f;

	mkdirs(rel);
	snprintf(path, sizeof(path), "%s/%s", tmp, rel);
	f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	ck_assert_int_eq(fclose(f), 0);
	return path;
}

/* Load yaml as tmp/proj/.factlens.yml into c; fail the test on an error. */
static void
load(struct fl_config *c, const char *yaml)
{
	struct fl_error err;

	memset(&err, 0, sizeof(err));
	put("proj/.factlens.yml", yaml);
	fl_config_init(c);
	ck_assert_msg(fl_config_load(c, path, &err) == 0, "%s:%d:%d: %s",
	    err.file, err.line, err.col, err.msg);
	ck_assert_str_eq(c->path, path);
}

/* Loading yaml fails at line:col with exactly msg, and leaves c empty. */
/* What a bad claim threshold says after the quoted value. */
#define WHOLE ": expected a whole number, such as claim=2 or claim=5%"

static void
expect_error(const char *yaml, int line, int col, const char *msg)
{
	struct fl_config c;
	struct fl_error err;

	memset(&err, 0, sizeof(err));
	put("proj/.factlens.yml", yaml);
	fl_config_init(&c);
	ck_assert_msg(fl_config_load(&c, path, &err) == -1, "no error for "
	    "<<%s>>", yaml);
	ck_assert_str_eq(err.file, path);
	ck_assert_msg(err.line == line && err.col == col, "error at %d:%d, "
	    "want %d:%d (%s)", err.line, err.col, line, col, err.msg);
	ck_assert_str_eq(err.msg, msg);
	ck_assert_ptr_null(c.path);
	ck_assert_uint_eq(c.nrules + c.ndisable + c.nenable + c.nonly +
	    c.nfail_on + c.ninputs, 0);
	fl_config_release(&c);
}

/* s is value, written at line:col of the configuration c. */
static void
expect_setting(const struct fl_config *c, const struct fl_setting *s,
    const char *value, int line, int col)
{
	ck_assert_ptr_nonnull(s->value);
	ck_assert_str_eq(s->value, value);
	ck_assert_ptr_eq(s->file, c->path);
	ck_assert_msg(s->line == line && s->col == col, "'%s' at %d:%d, "
	    "want %d:%d", value, s->line, s->col, line, col);
}

/* tmp/rel, for comparing with what the loader made. */
static char *
at(const char *rel)
{
	static char p[PATH_MAX];

	snprintf(p, sizeof(p), "%s/%s", tmp, rel);
	return p;
}

/* Keys ------------------------------------------------------------------- */

START_TEST(test_string_forms)
{
	struct fl_config c;

	load(&c,
	    "# every key, each in its string form\n"
	    "rules: house-rules.yml\n"
	    "disable: hedge.modal\n"
	    "enable:   booster.clearly\n"
	    "format: diag\n"
	    "only: speculation\n"
	    "fail-on: 'speculation=20%'\n"
	    "input:\n"
	    "  \"*.mdx\": markdown\n");
	ck_assert_str_eq(c.dir, at("proj"));
	ck_assert_uint_eq(c.nrules, 1);
	expect_setting(&c, &c.rules[0], at("proj/house-rules.yml"), 2, 8);
	ck_assert_uint_eq(c.ndisable, 1);
	expect_setting(&c, &c.disable[0], "hedge.modal", 3, 10);
	ck_assert_uint_eq(c.nenable, 1);
	expect_setting(&c, &c.enable[0], "booster.clearly", 4, 11);
	expect_setting(&c, &c.format, "diag", 5, 9);
	ck_assert_uint_eq(c.nonly, 1);
	expect_setting(&c, &c.only[0], "speculation", 6, 7);
	ck_assert_uint_eq(c.nfail_on, 1);
	expect_setting(&c, &c.fail_on[0], "speculation=20%", 7, 10);
	ck_assert_uint_eq(c.ninputs, 1);
	expect_setting(&c, &c.inputs[0].glob, "*.mdx", 9, 3);
	expect_setting(&c, &c.inputs[0].input, "markdown", 9, 12);
	fl_config_release(&c);
	ck_assert_ptr_null(c.path);
	ck_assert_ptr_null(c.rules);
	ck_assert_uint_eq(c.ninputs, 0);
}
END_TEST

START_TEST(test_list_forms)
{
	struct fl_config c;

	load(&c,
	    "rules: [house-rules.yml, more/, /abs/rules.yml]\n"
	    "disable:\n"
	    "  - hedge.modal\n"
	    "  - booster\n"
	    "enable: [booster.clearly]\n"
	    "only: [speculation, vague-source]\n"
	    "fail-on:\n"
	    "  - speculation=20%\n"
	    "  - claim=5\n"
	    "  - other\n"
	    "input:\n"
	    "  '*.mdx': markdown\n"
	    "  docs/**/*.txt: text\n"
	    "  \"*.htm\": html\n");
	ck_assert_uint_eq(c.nrules, 3);
	expect_setting(&c, &c.rules[0], at("proj/house-rules.yml"), 1, 9);
	expect_setting(&c, &c.rules[1], at("proj/more/"), 1, 26);
	expect_setting(&c, &c.rules[2], "/abs/rules.yml", 1, 33);
	ck_assert_uint_eq(c.ndisable, 2);
	expect_setting(&c, &c.disable[0], "hedge.modal", 3, 5);
	expect_setting(&c, &c.disable[1], "booster", 4, 5);
	ck_assert_uint_eq(c.nenable, 1);
	expect_setting(&c, &c.enable[0], "booster.clearly", 5, 10);
	ck_assert_ptr_null(c.format.value);
	ck_assert_uint_eq(c.nonly, 2);
	expect_setting(&c, &c.only[0], "speculation", 6, 8);
	expect_setting(&c, &c.only[1], "vague-source", 6, 21);
	ck_assert_uint_eq(c.nfail_on, 3);
	expect_setting(&c, &c.fail_on[0], "speculation=20%", 8, 5);
	expect_setting(&c, &c.fail_on[1], "claim=5", 9, 5);
	expect_setting(&c, &c.fail_on[2], "other", 10, 5);
	ck_assert_uint_eq(c.ninputs, 3);
	expect_setting(&c, &c.inputs[0].glob, "*.mdx", 12, 3);
	expect_setting(&c, &c.inputs[0].input, "markdown", 12, 12);
	expect_setting(&c, &c.inputs[1].glob, "docs/**/*.txt", 13, 3);
	expect_setting(&c, &c.inputs[1].input, "text", 13, 18);
	expect_setting(&c, &c.inputs[2].glob, "*.htm", 14, 3);
	expect_setting(&c, &c.inputs[2].input, "html", 14, 12);
	fl_config_release(&c);
}
END_TEST

/* only: a string may hold several, separated by commas, in either form;
 * each keeps its own column when the scalar is written plainly. */
START_TEST(test_only_commas)
{
	struct fl_config c;

	load(&c,
	    "only: speculation, booster,claim\n");
	ck_assert_uint_eq(c.nonly, 3);
	expect_setting(&c, &c.only[0], "speculation", 1, 7);
	expect_setting(&c, &c.only[1], "booster", 1, 20);
	expect_setting(&c, &c.only[2], "claim", 1, 28);
	fl_config_release(&c);

	load(&c,
	    "only: [sourced, \"claim,other\"]\n");
	ck_assert_uint_eq(c.nonly, 3);
	expect_setting(&c, &c.only[0], "sourced", 1, 8);
	expect_setting(&c, &c.only[1], "claim", 1, 18);
	expect_setting(&c, &c.only[2], "other", 1, 24);
	fl_config_release(&c);
}
END_TEST

/* Rule paths are relative to the configuration's directory: with a path
 * that has no directory, they stay as written. */
START_TEST(test_rules_paths)
{
	struct fl_config c;
	struct fl_error err;

	load(&c, "rules: [a.yml, sub/b.yml, ../c.yml, /d.yml]\n");
	ck_assert_str_eq(c.rules[0].value, at("proj/a.yml"));
	ck_assert_str_eq(c.rules[1].value, at("proj/sub/b.yml"));
	ck_assert_str_eq(c.rules[2].value, at("proj/../c.yml"));
	ck_assert_str_eq(c.rules[3].value, "/d.yml");
	fl_config_release(&c);

	ck_assert_int_eq(chdir(at("proj")), 0);
	fl_config_init(&c);
	ck_assert_int_eq(fl_config_load(&c, ".factlens.yml", &err), 0);
	ck_assert_str_eq(c.path, ".factlens.yml");
	ck_assert_str_eq(c.dir, ".");
	ck_assert_str_eq(c.rules[0].value, "a.yml");
	ck_assert_str_eq(c.rules[1].value, "sub/b.yml");
	ck_assert_str_eq(c.rules[3].value, "/d.yml");
	fl_config_release(&c);

	ck_assert_int_eq(chdir(tmp), 0);
	fl_config_init(&c);
	ck_assert_int_eq(fl_config_load(&c, "proj//.factlens.yml", &err), 0);
	ck_assert_str_eq(c.dir, "proj");
	ck_assert_str_eq(c.rules[1].value, "proj/sub/b.yml");
	fl_config_release(&c);
}
END_TEST

/* No settings at all is a valid configuration. */
START_TEST(test_empty)
{
	static const char *const empty[] = {
		"",
		"# only a comment\n\n   # and another\n",
		"---\n",
		"---\n...\n",
		("rules:\ndisable: ~\nenable: null\nformat:\nonly: []\n"
		    "fail-on: []\ninput: {}\n"),
	};
	struct fl_config c;
	size_t i;

	for (i = 0; i < sizeof(empty) / sizeof(empty[0]); i++) {
		load(&c, empty[i]);
		ck_assert_str_eq(c.dir, at("proj"));
		ck_assert_msg(c.nrules + c.ndisable + c.nenable + c.nonly +
		    c.nfail_on + c.ninputs == 0 && c.format.value == NULL,
		    "settings from <<%s>>", empty[i]);
		fl_config_release(&c);
	}
}
END_TEST

/* An alias repeats a value; too many of them are refused. */
START_TEST(test_aliases)
{
	struct fl_config c;
	char *big;
	size_t i, n;

	load(&c, "disable: [&x hedge.modal, *x]\nenable: *x\n");
	ck_assert_uint_eq(c.ndisable, 2);
	ck_assert_str_eq(c.disable[1].value, "hedge.modal");
	ck_assert_uint_eq(c.nenable, 1);
	ck_assert_str_eq(c.enable[0].value, "hedge.modal");
	fl_config_release(&c);

	/* 100 kB named 60 times: 6 MB, more than the 1 MiB allowed (4 times
	 * the file's size when that is more).  The error is placed at the
	 * node the aliases name. */
	big = malloc(200 * 1024);
	ck_assert_ptr_nonnull(big);
	n = (size_t)sprintf(big, "disable: [&x ");
	memset(big + n, 'a', 100 * 1000);
	n += 100 * 1000;
	for (i = 0; i < 60; i++)
		n += (size_t)sprintf(big + n, ", *x");
	sprintf(big + n, "]\n");
	expect_error(big, 1, 11, "aliases expand the configuration to too "
	    "much text (over 1048576 bytes)");
	free(big);
}
END_TEST

/* Errors ----------------------------------------------------------------- */

START_TEST(test_unknown_key)
{
	expect_error("format: diag\nformats: diag\n", 2, 1,
	    "unknown key 'formats' (expected rules, disable, enable, format, "
	    "only, fail-on or input)");
	expect_error("fail_on: claim\n", 1, 1,
	    "unknown key 'fail_on' (expected rules, disable, enable, format, "
	    "only, fail-on or input)");
	expect_error("[a]: b\n", 1, 1, "keys must be strings");
}
END_TEST

START_TEST(test_duplicate_key)
{
	expect_error("format: diag\nrules: a.yml\nformat: text\n", 3, 1,
	    "duplicate key 'format'");
	expect_error("only: claim\nonly:\n", 2, 1, "duplicate key 'only'");
	expect_error("input:\n  '*.md': markdown\n  \"*.md\": text\n", 3, 3,
	    "input: duplicate glob '*.md'");
}
END_TEST

START_TEST(test_bad_values)
{
	expect_error("format: jsn\n", 1, 9, "unknown format 'jsn' (expected "
	    "text, ansi, json, tsv, html, diag, critic, summary, worksheet, key or "
	    "records)");
	expect_error("only: [claim,\n  specultion]\n", 2, 3,
	    "'specultion' is not a label or category");
	expect_error("only: claim, specultion\n", 1, 14,
	    "'specultion' is not a label or category");
	expect_error("only: \"claim,  specultion\"\n", 1, 16,
	    "'specultion' is not a label or category");
	expect_error("only: claim,,other\n", 1, 13, "empty entry in 'only'");
	expect_error("only: [claim, '']\n", 1, 15, "empty entry in 'only'");
	expect_error("fail-on: [claim=3, x=3]\n", 1, 20, "fail-on: unknown "
	    "label in 'x=3' (expected sourced, speculation, opinion, claim or other)");
	expect_error("fail-on: claim=x\n", 1, 10,
	    "fail-on: bad threshold in 'claim=x'" WHOLE);
	/* A tab in the indentation, wherever libyaml notices it. */
	expect_error("format: text\n\tonly: [claim]\n", 2, 1,
	    FL_YAML_TAB_MSG);
	expect_error("input:\n  \t\"*.x\": text\n", 2, 3, FL_YAML_TAB_MSG);
	expect_error("fail-on:\n  - claim=101%\n", 2, 5,
	    "fail-on: percentage over 100 in 'claim=101%'");
	expect_error("input:\n  '*.md': md\n", 2, 11,
	    "input: 'md' is not text, markdown, html or jsonl");
	expect_error("input:\n  '*.md': [markdown]\n", 2, 11,
	    "input: '*.md' must map to text, markdown, html or jsonl");
	expect_error("input:\n  '': text\n", 2, 3, "input: empty glob");
	expect_error("input:\n  [a]: text\n", 2, 3,
	    "input: globs must be strings");
	expect_error("rules: [a.yml, '']\n", 1, 16, "empty entry in 'rules'");
	expect_error("disable:\n  -\n  - booster\n", 2, 4,
	    "empty entry in 'disable'");
}
END_TEST

START_TEST(test_wrong_types)
{
	expect_error("rules: {a: b}\n", 1, 8,
	    "'rules' must be a string or a list of strings");
	expect_error("rules:\n  - a.yml\n  - [b.yml]\n", 3, 5,
	    "'rules' must be a string or a list of strings");
	expect_error("disable: {x: 1}\n", 1, 10,
	    "'disable' must be a string or a list of strings");
	expect_error("enable: [[x]]\n", 1, 10,
	    "'enable' must be a string or a list of strings");
	expect_error("only:\n  a: b\n", 2, 3,
	    "'only' must be a string or a list of strings");
	expect_error("fail-on: [{claim: 3}]\n", 1, 11,
	    "'fail-on' must be a string or a list of strings");
	expect_error("format: [diag]\n", 1, 9, "'format' must be a string");
	expect_error("input: '*.md'\n", 1, 8,
	    "'input' must be a mapping of globs to text, markdown, html or jsonl");
	expect_error("input: ['*.md']\n", 1, 8,
	    "'input' must be a mapping of globs to text, markdown, html or jsonl");
}
END_TEST

/* The document must be a mapping; one document only. */
START_TEST(test_not_mapping)
{
	expect_error("- rules\n- format\n", 1, 1,
	    "a configuration file must be a mapping of settings");
	expect_error("# settings\n\n  diag\n", 3, 3,
	    "a configuration file must be a mapping of settings");
	expect_error("format: diag\n---\nformat: text\n", 3, 1,
	    "more than one YAML document in a configuration file");
}
END_TEST

/* Syntax errors are placed where libyaml's problem_mark says, 1-based. */
START_TEST(test_yaml_syntax)
{
	expect_error("format: diag\nrules: a.yml\n  b: c\n", 3, 4,
	    "mapping values are not allowed in this context");
	expect_error("only: [claim\nformat: diag\n", 2, 7,
	    "did not find expected ',' or ']' while parsing a flow sequence");
	expect_error("format: 'diag\n", 2, 1, "found unexpected end of stream "
	    "while scanning a quoted scalar");
	expect_error("enable: *nowhere\n", 1, 9, "found undefined alias");
}
END_TEST

/* The file itself: missing, too large, a directory. */
START_TEST(test_file_errors)
{
	struct fl_config c;
	struct fl_error err;
	char *big;

	fl_config_init(&c);
	memset(&err, 0, sizeof(err));
	ck_assert_int_eq(fl_config_load(&c, at("missing.yml"), &err), -1);
	ck_assert_str_eq(err.file, at("missing.yml"));
	ck_assert_int_eq(err.line, 0);
	ck_assert_int_eq(err.col, 0);
	ck_assert_str_eq(err.msg, "No such file or directory");
	ck_assert_ptr_null(c.path);

	mkdirs("dir.yml/");
	ck_assert_int_eq(fl_config_load(&c, at("dir.yml"), &err), -1);
	ck_assert_str_eq(err.msg, "Is a directory");

	/* 1 MiB of comment is allowed; one byte more is not. */
	big = malloc(1024 * 1024 + 2);
	ck_assert_ptr_nonnull(big);
	memset(big, ' ', 1024 * 1024);
	big[0] = '#';
	big[1024 * 1024 - 1] = '\n';
	big[1024 * 1024] = '\0';
	put("big.yml", big);
	ck_assert_int_eq(fl_config_load(&c, path, &err), 0);
	fl_config_release(&c);
	big[1024 * 1024] = '\n';
	big[1024 * 1024 + 1] = '\0';
	put("big.yml", big);
	ck_assert_int_eq(fl_config_load(&c, path, &err), -1);
	ck_assert_str_eq(err.file, path);
	ck_assert_int_eq(err.line, 0);
	ck_assert_str_eq(err.msg, "configuration file larger than 1 MiB");
	ck_assert_ptr_null(c.path);
	free(big);
	fl_config_release(&c);
}
END_TEST

/* Loading again replaces what c held. */
START_TEST(test_reload)
{
	struct fl_config c;
	struct fl_error err;

	load(&c, "format: diag\nonly: claim\n");
	put("proj/other.yml", "format: text\n");
	ck_assert_int_eq(fl_config_load(&c, path, &err), 0);
	ck_assert_str_eq(c.format.value, "text");
	ck_assert_uint_eq(c.nonly, 0);
	ck_assert_str_eq(c.path, path);
	fl_config_release(&c);
}
END_TEST

/* Finding the file --------------------------------------------------------- */

/* What fl_config_find should give for an ancestor of tmp: whatever the
 * machine has there (normally nothing). */
static char *
outside(void)
{
	char *real = realpath(tmp, NULL), *slash, *p = NULL;
	char buf[PATH_MAX + 32];
	struct stat st;

	ck_assert_ptr_nonnull(real);
	while ((slash = strrchr(real, '/')) != NULL) {
		slash[slash == real] = '\0';
		snprintf(buf, sizeof(buf), "%s%s.factlens.yml", real,
		    strcmp(real, "/") == 0 ? "" : "/");
		if (stat(buf, &st) == 0 && S_ISREG(st.st_mode)) {
			p = strdup(buf);
			break;
		}
		if (strcmp(real, "/") == 0)
			break;
	}
	free(real);
	return p;
}

START_TEST(test_find)
{
	char *real, *got, *want, *none;

	mkdirs("a/b/c/");
	mkdirs("x/y/");
	put("a/.factlens.yml", "format: diag\n");
	real = realpath(tmp, NULL);
	ck_assert_ptr_nonnull(real);
	want = malloc(strlen(real) + 32);
	ck_assert_ptr_nonnull(want);
	sprintf(want, "%s/a/.factlens.yml", real);

	/* From a nested directory, and from the directory itself. */
	got = fl_config_find(at("a/b/c"));
	ck_assert_ptr_nonnull(got);
	ck_assert_str_eq(got, want);
	free(got);
	got = fl_config_find(at("a"));
	ck_assert_ptr_nonnull(got);
	ck_assert_str_eq(got, want);
	free(got);

	/* A relative directory gives an absolute path. */
	ck_assert_int_eq(chdir(at("a/b")), 0);
	got = fl_config_find("c/..");
	ck_assert_ptr_nonnull(got);
	ck_assert_str_eq(got, want);
	free(got);

	/* The nearest wins; a directory of that name is not a file. */
	put("a/b/.factlens.yml", "");
	sprintf(want, "%s/a/b/.factlens.yml", real);
	got = fl_config_find(at("a/b/c"));
	ck_assert_ptr_nonnull(got);
	ck_assert_str_eq(got, want);
	free(got);
	mkdirs("a/b/c/.factlens.yml/");
	got = fl_config_find(at("a/b/c"));
	ck_assert_ptr_nonnull(got);
	ck_assert_str_eq(got, want);
	free(got);

	/* None in x/y or above (unless the machine has one above tmp). */
	none = outside();
	got = fl_config_find(at("x/y"));
	if (none == NULL)
		ck_assert_ptr_null(got);
	else
		ck_assert_str_eq(got, none);
	free(got);
	free(none);

	/* A directory that does not exist. */
	ck_assert_ptr_null(fl_config_find(at("nowhere")));
	free(want);
	free(real);
}
END_TEST

/* Input globs -------------------------------------------------------------- */

/* The input c gives name, or "-" for none. */
static const char *
input(const struct fl_config *c, const char *name)
{
	const struct fl_input_glob *g = fl_config_input_for(c, name);

	return g ? g->input.value : "-";
}

#define IN(c, name, want) do { \
		const char *got_ = input((c), (name)); \
		ck_assert_msg(strcmp(got_, (want)) == 0, "'%s' gives %s, " \
		    "want %s", (name), got_, (want)); \
	} while (0)

START_TEST(test_glob_basename)
{
	struct fl_config c;

	load(&c, "input:\n  '*.mdx': markdown\n  'README': text\n"
	    "  '?.htm': html\n");
	IN(&c, "a.mdx", "markdown");
	IN(&c, "x/y/a.mdx", "markdown");
	IN(&c, "/elsewhere/a.mdx", "markdown");
	IN(&c, ".mdx", "markdown");
	IN(&c, "a.md", "-");
	IN(&c, "a.mdx.txt", "-");
	IN(&c, "docs/README", "text");
	IN(&c, "README.md", "-");
	IN(&c, "b.htm", "html");
	IN(&c, "\xc3\xa9.htm", "html");	/* one character, two bytes */
	IN(&c, "ab.htm", "-");
	IN(&c, "-", "-");
	fl_config_release(&c);

	/* No globs at all. */
	load(&c, "format: diag\n");
	IN(&c, "a.mdx", "-");
	fl_config_release(&c);
}
END_TEST

START_TEST(test_glob_relative)
{
	struct fl_config c;
	char name[PATH_MAX];

	load(&c, "input:\n  'docs/**/*.md': markdown\n  'notes/*.txt': text\n"
	    "  '/*.htm': html\n  'site/**': html\n");
	mkdirs("proj/docs/x/y/");
	mkdirs("proj/other/");
	put("proj/docs/a.md", "A.\n");
	put("proj/notes/a.txt", "A.\n");

	/* Absolute names, some of files that exist. */
	IN(&c, at("proj/docs/a.md"), "markdown");
	IN(&c, at("proj/docs/x/y/a.md"), "markdown");
	IN(&c, at("proj/docs/x/a.md"), "markdown");
	IN(&c, at("proj/other/a.md"), "-");
	IN(&c, at("proj/other/docs/a.md"), "-");
	IN(&c, at("proj/docs/a.mdx"), "-");
	/* '*' does not cross '/'. */
	IN(&c, at("proj/notes/a.txt"), "text");
	IN(&c, at("proj/notes/x/a.txt"), "-");
	IN(&c, at("proj/a.txt"), "-");
	/* A leading '/': the top directory only. */
	IN(&c, at("proj/a.htm"), "html");
	IN(&c, at("proj/x/a.htm"), "-");
	/* A final "**": everything below. */
	IN(&c, at("proj/site/a"), "html");
	IN(&c, at("proj/site/x/y/z.txt"), "html");
	IN(&c, at("proj/sites/a"), "-");

	/* Names relative to the current directory, with "." and "..". */
	ck_assert_int_eq(chdir(at("proj")), 0);
	IN(&c, "docs/a.md", "markdown");
	IN(&c, "./docs/x/y/a.md", "markdown");
	IN(&c, "other/../docs/a.md", "markdown");
	IN(&c, "other/a.md", "-");
	IN(&c, "a.htm", "html");
	ck_assert_int_eq(chdir("docs/x"), 0);
	IN(&c, "a.md", "markdown");
	IN(&c, "../../notes/a.txt", "text");
	IN(&c, "../../other/a.md", "-");
	/* Directories that do not exist are resolved by their names. */
	IN(&c, "../../nothing/../notes/a.txt", "text");
	IN(&c, "nothing/../../y/a.md", "markdown");
	IN(&c, "../../../proj/nothing/../notes/a.txt", "text");

	/* Through a symbolic link to the configuration's directory. */
	ck_assert_int_eq(chdir(tmp), 0);
	snprintf(name, sizeof(name), "%s/proj", tmp);
	ck_assert_int_eq(symlink(name, "link"), 0);
	IN(&c, "link/docs/x/a.md", "markdown");
	IN(&c, "link/other/a.md", "-");

	/* A file outside the directory is matched by its name as given. */
	IN(&c, "docs/a.md", "markdown");
	snprintf(name, sizeof(name), "%s/docs/a.md", tmp);
	IN(&c, name, "-");
	fl_config_release(&c);
}
END_TEST

/* The first matching glob wins, in file order. */
START_TEST(test_glob_order)
{
	struct fl_config c;

	load(&c, "input:\n  'docs/*.md': html\n  '*.md': text\n"
	    "  'docs/a.md': markdown\n");
	IN(&c, at("proj/docs/a.md"), "html");
	IN(&c, at("proj/a.md"), "text");
	fl_config_release(&c);

	load(&c, "input:\n  '*.md': text\n  'docs/*.md': html\n");
	IN(&c, at("proj/docs/a.md"), "text");
	IN(&c, at("proj/docs/a.txt"), "-");
	fl_config_release(&c);
}
END_TEST

START_TEST(test_glob_syntax)
{
	struct fl_config c;
	char name[512];
	size_t i;

	load(&c, "input:\n  '[ab].md': text\n  '[!ab].md': markdown\n"
	    "  'x[.md': html\n  '\\*.txt': text\n  '[[:digit:]]*.htm': html\n"
	    "  '**': markdown\n");
	IN(&c, "a.md", "text");
	IN(&c, "b.md", "text");
	IN(&c, "c.md", "markdown");
	IN(&c, "x[.md", "html");
	IN(&c, "*.txt", "text");
	IN(&c, "a.txt", "markdown");	/* not '\*.txt': only "**" matches */
	IN(&c, "1st.htm", "html");
	IN(&c, "first.htm", "markdown");
	IN(&c, "-", "-");	/* standard input, even for "**" */
	fl_config_release(&c);

	/* A bracket never matches '/'. */
	load(&c, "input:\n  'a[/]b': text\n  'a?b': text\n  'a*b': text\n"
	    "  'x/**/y': html\n");
	IN(&c, at("proj/a/b"), "-");
	IN(&c, at("proj/x/y"), "html");
	IN(&c, at("proj/x/1/2/y"), "html");
	IN(&c, at("proj/x/1/2/ay"), "-");
	fl_config_release(&c);

	/* Many stars against a long name that nearly matches: quick. */
	load(&c, "input:\n  '*a*a*a*a*a*a*a*a*a*a*a*a*b': text\n"
	    "  '**/*a*a*a*a*a*a*a*a*/**/*a*a*c': html\n");
	for (i = 0; i < 300; i++)
		name[i] = i % 20 == 19 && i < 200 ? '/' : 'a';
	name[i] = '\0';
	IN(&c, name, "-");
	fl_config_release(&c);
}
END_TEST

/* --fail-on values -------------------------------------------------------- */

static void
fail_on_ok(const char *s, enum fl_label l, unsigned long n, int percent)
{
	struct fl_fail_on f;
	char msg[256] = "";

	ck_assert_msg(fl_fail_on_parse(s, &f, msg, sizeof(msg)) == 0,
	    "'%s': %s", s, msg);
	ck_assert_int_eq(f.label, l);
	ck_assert_uint_eq(f.n, n);
	ck_assert_int_eq(f.percent, percent);
}

static void
fail_on_bad(const char *s, const char *want)
{
	struct fl_fail_on f;
	char msg[256] = "";

	ck_assert_msg(fl_fail_on_parse(s, &f, msg, sizeof(msg)) == -1,
	    "'%s' accepted", s);
	ck_assert_str_eq(msg, want);
}

START_TEST(test_fail_on)
{
	char msg[8];
	struct fl_fail_on f;

	fail_on_ok("speculation", FL_LABEL_SPECULATION, 0, 0);
	fail_on_ok("claim=5", FL_LABEL_CLAIM, 5, 0);
	fail_on_ok("sourced=20%", FL_LABEL_SOURCED, 20, 1);
	fail_on_ok("other=100%", FL_LABEL_OTHER, 100, 1);
	fail_on_ok("opinion=10%", FL_LABEL_OPINION, 10, 1);
	fail_on_ok("claim=0", FL_LABEL_CLAIM, 0, 0);
	fail_on_ok("claim=0%", FL_LABEL_CLAIM, 0, 1);
	fail_on_ok("claim=007", FL_LABEL_CLAIM, 7, 0);
	fail_on_ok("claim=4000000000", FL_LABEL_CLAIM, 4000000000UL, 0);

	fail_on_bad("x", "unknown label in 'x' (expected sourced, "
	    "speculation, opinion, claim or other)");
	fail_on_bad("x=3", "unknown label in 'x=3' (expected sourced, "
	    "speculation, opinion, claim or other)");
	fail_on_bad("Claim=3", "unknown label in 'Claim=3' (expected "
	    "sourced, speculation, opinion, claim or other)");
	fail_on_bad("", "unknown label in '' (expected sourced, "
	    "speculation, opinion, claim or other)");
	fail_on_bad("=3", "unknown label in '=3' (expected sourced, "
	    "speculation, opinion, claim or other)");
	fail_on_bad("claim=", "bad threshold in 'claim='" WHOLE);
	fail_on_bad("claim=%", "bad threshold in 'claim=%'" WHOLE);
	fail_on_bad("claim=x", "bad threshold in 'claim=x'" WHOLE);
	fail_on_bad("claim=-1", "bad threshold in 'claim=-1'" WHOLE);
	fail_on_bad("claim=+1", "bad threshold in 'claim=+1'" WHOLE);
	fail_on_bad("claim= 1", "bad threshold in 'claim= 1'" WHOLE);
	fail_on_bad("claim=1.5", "bad threshold in 'claim=1.5'" WHOLE);
	fail_on_bad("claim=5%%", "bad threshold in 'claim=5%%'" WHOLE);
	fail_on_bad("claim=3=4", "bad threshold in 'claim=3=4'" WHOLE);
	fail_on_bad("claim=99999999999999999999999",
	    "bad threshold in 'claim=99999999999999999999999'" WHOLE);
	fail_on_bad("claim=101%", "percentage over 100 in 'claim=101%'");

	/* A short message buffer is cut, never overrun. */
	memset(msg, 'z', sizeof(msg));
	ck_assert_int_eq(fl_fail_on_parse("nothing", &f, msg, 6), -1);
	ck_assert_str_eq(msg, "unkno");
	ck_assert_int_eq(msg[6], 'z');
}
END_TEST

Suite *
config_suite(void)
{
	Suite *s = suite_create("config");
	TCase *tc;

	tc = tcase_create("keys");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_string_forms);
	tcase_add_test(tc, test_list_forms);
	tcase_add_test(tc, test_only_commas);
	tcase_add_test(tc, test_rules_paths);
	tcase_add_test(tc, test_empty);
	tcase_add_test(tc, test_aliases);
	tcase_add_test(tc, test_reload);
	suite_add_tcase(s, tc);
	tc = tcase_create("errors");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_unknown_key);
	tcase_add_test(tc, test_duplicate_key);
	tcase_add_test(tc, test_bad_values);
	tcase_add_test(tc, test_wrong_types);
	tcase_add_test(tc, test_not_mapping);
	tcase_add_test(tc, test_yaml_syntax);
	tcase_add_test(tc, test_file_errors);
	suite_add_tcase(s, tc);
	tc = tcase_create("find");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_find);
	suite_add_tcase(s, tc);
	tc = tcase_create("globs");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_glob_basename);
	tcase_add_test(tc, test_glob_relative);
	tcase_add_test(tc, test_glob_order);
	tcase_add_test(tc, test_glob_syntax);
	suite_add_tcase(s, tc);
	tc = tcase_create("fail-on");
	tcase_add_test(tc, test_fail_on);
	suite_add_tcase(s, tc);
	return s;
}
