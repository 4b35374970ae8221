/*
 * main.c: the command line.  Parses options, loads and compiles the rules,
 * runs every input through the pipeline (annotate.c) and decides the exit
 * status: 0 annotated, 1 a --fail-on threshold crossed, 2 any error (a bad
 * JSON Lines record too, once every record is done).  The only file that
 * prints diagnostics or exits: the modes in files of their own (rulecmd.c,
 * config_print.c, rulectl.c, failon.c, grade.c) append to buffers or hand
 * back what went wrong, and main.c writes it.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "factlens.h"
#include "config.h"
#include "exercise.h"
#include "rulecmd.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#define MAX_LIMIT_REPORTS 20

static const char usage_text[] =
"usage: factlens [-hV] [-f format] [-o which[,which...]] [-r path]\n"
"                [-a path] [--color when] [--fail-on label[=N|=N%]]\n"
"                [--stats] [--check-rules] [--list-rules] [--explain id]\n"
"                [--list-literals] [--input type] [--label name]\n"
"                [--disable id] [--enable id] [--config file]\n"
"                [--no-config] [--print-config]\n"
"                [--text-field path] [--id-field path]\n"
"                [--record-field name] [--max-record bytes]\n"
"                [--line-offset N]\n"
"                [--match-limit N] [--depth-limit N] [-j N] [file ...]\n"
"       factlens -f worksheet|key [--worksheet[=mode[,mode]]] [--only labels]\n"
"                [--title text] [--instructions text] [file]\n"
"       factlens --grade [-f text|json|html] [--title text] answers ... file\n";

static const char help_text[] =
"Label each sentence of English text as sourced, speculation, opinion,\n"
"claim or other, and mark the words that decided it.\n"
"\n"
"  -f, --format=FMT        output format: ansi (default on a terminal),\n"
"                          text (default otherwise), json, tsv, html,\n"
"                          diag, critic, summary, worksheet, key;\n"
"                          records (the default for JSON Lines input)\n"
"  -o, --only=WHICH[,...]  print only sentences with these labels, or with\n"
"                          cues of these categories (diag, critic: the\n"
"                          findings to report)\n"
"      --color=WHEN        colour in the ansi format: auto (default),\n"
"                          always, never\n"
"      --stats             also print each document's summary (on stderr;\n"
"                          json: in its summary object)\n"
"      --fail-on=LABEL[=N|=N%]\n"
"                          exit 1 when more than N sentences (default 0),\n"
"                          or more than N percent, carry LABEL\n"
"  -r, --rules=PATH        use the rules in PATH (file or directory)\n"
"                          instead of the built-in rules\n"
"  -a, --add-rules=PATH    add the rules in PATH to the rule set\n"
"      --check-rules       validate the rules and run their examples\n"
"      --list-rules        print id, category and explanation of each rule\n"
"      --explain=ID        print everything about one rule\n"
"      --list-literals     print the words each rule needs (rule<TAB>word)\n"
"      --disable=ID        turn off a rule, or a category (repeatable)\n"
"      --enable=ID         turn a rule or category back on (repeatable)\n"
"      --input=TYPE        read the input as text, markdown, html or jsonl\n"
"                          (default: by file extension; stdin: text)\n"
"      --text-field=PATH   jsonl: the field with the text (default text;\n"
"                          a.b for field b of object a)\n"
"      --id-field=PATH     jsonl: the record's id (default id; without\n"
"                          one, the line number)\n"
"      --record-field=NAME jsonl: the field -f records adds (default\n"
"                          factlens)\n"
"      --max-record=BYTES  jsonl: longest line read (default 64 MiB;\n"
"                          K, M, G suffixes)\n"
"      --line-offset=N     jsonl: number lines from N+1 (a chunk of a\n"
"                          larger file)\n";

/* The rest of the help: one string would be longer than ISO C promises. */
static const char help_text2[] =
"      --label=NAME        name standard input NAME in the output (and\n"
"                          pick its input type by NAME's extension)\n"
"      --config=FILE       read settings from FILE instead of the\n"
"                          .factlens.yml found here or above\n"
"      --no-config         read no configuration file\n"
"      --print-config      print the settings in effect and where each\n"
"                          comes from, then exit\n"
"      --worksheet[=MODE[,MODE]]\n"
"                          the classroom worksheet (-f worksheet, the\n"
"                          default with this option) and its answer key\n"
"                          (-f key); MODE: labels (default), cues (students\n"
"                          also mark the deciding words), cued (only the\n"
"                          sentences with cues); --only LABELS limits the\n"
"                          labels offered, --only CATEGORIES the sentences\n"
"      --title=TEXT        the worksheet's, key's or class report's heading\n"
"      --instructions=TEXT the task, as the worksheet states it\n"
"      --grade ANSWERS... FILE\n"
"                          grade answers files saved from a worksheet of\n"
"                          FILE: each student's score and mistakes, and with\n"
"                          two or more the class report (-f text, json,\n"
"                          html)\n"
"  -j, --jobs=N            annotate on N threads (default 1); the output\n"
"                          is the same\n"
"      --match-limit=N     PCRE2 match limit (default 1000000)\n"
"      --depth-limit=N     PCRE2 depth limit (default 10000)\n"
"  -h, --help              print this help and exit\n"
"  -V, --version           print the version and exit\n"
"\n"
"With no FILE, or when FILE is -, read standard input.  In text, a line\n"
"'factlens: off' / 'factlens: on' skips a passage and 'factlens: disable\n"
"ID...' / 'factlens: enable ID...' turns rules off for one; in Markdown\n"
"and HTML, the same in comments: <!-- factlens off -->.\n"
"Labels: sourced, speculation, opinion, claim, other.  Categories:\n"
"hedge, inference, opinion, attribution, vague-source, stance, booster,\n"
"quote, imperative.  In --only, 'opinion' names the label.\n"
"See factlens(1).\n"
"Exit status: 0 annotated, 1 a --fail-on threshold crossed, 2 error\n"
"(jsonl: also a bad record, after the others are done; --grade: 2 when\n"
"an answers file was refused; the others are graded).\n";

enum {
	OPT_CHECK = 256, OPT_LIST, OPT_FAIL_ON, OPT_MATCH_LIMIT,
	OPT_DEPTH_LIMIT, OPT_COLOR, OPT_STATS, OPT_EXPLAIN, OPT_LITERALS,
	OPT_INPUT, OPT_DISABLE, OPT_ENABLE, OPT_CONFIG, OPT_NO_CONFIG,
	OPT_PRINT_CONFIG, OPT_LABEL, OPT_WORKSHEET, OPT_TITLE,
	OPT_INSTRUCTIONS, OPT_GRADE, OPT_TEXT_FIELD, OPT_ID_FIELD,
	OPT_RECORD_FIELD, OPT_MAX_RECORD, OPT_LINE_OFFSET
};

static const struct option longopts[] = {
	{ "format", required_argument, NULL, 'f' },
	{ "only", required_argument, NULL, 'o' },
	{ "rules", required_argument, NULL, 'r' },
	{ "add-rules", required_argument, NULL, 'a' },
	{ "fail-on", required_argument, NULL, OPT_FAIL_ON },
	{ "check-rules", no_argument, NULL, OPT_CHECK },
	{ "list-rules", no_argument, NULL, OPT_LIST },
	{ "match-limit", required_argument, NULL, OPT_MATCH_LIMIT },
	{ "depth-limit", required_argument, NULL, OPT_DEPTH_LIMIT },
	{ "color", required_argument, NULL, OPT_COLOR },
	{ "colour", required_argument, NULL, OPT_COLOR },
	{ "stats", no_argument, NULL, OPT_STATS },
	{ "explain", required_argument, NULL, OPT_EXPLAIN },
	{ "list-literals", no_argument, NULL, OPT_LITERALS },
	{ "jobs", required_argument, NULL, 'j' },
	{ "input", required_argument, NULL, OPT_INPUT },
	{ "disable", required_argument, NULL, OPT_DISABLE },
	{ "enable", required_argument, NULL, OPT_ENABLE },
	{ "config", required_argument, NULL, OPT_CONFIG },
	{ "no-config", no_argument, NULL, OPT_NO_CONFIG },
	{ "print-config", no_argument, NULL, OPT_PRINT_CONFIG },
	{ "label", required_argument, NULL, OPT_LABEL },
	{ "text-field", required_argument, NULL, OPT_TEXT_FIELD },
	{ "id-field", required_argument, NULL, OPT_ID_FIELD },
	{ "record-field", required_argument, NULL, OPT_RECORD_FIELD },
	{ "max-record", required_argument, NULL, OPT_MAX_RECORD },
	{ "line-offset", required_argument, NULL, OPT_LINE_OFFSET },
	{ "worksheet", optional_argument, NULL, OPT_WORKSHEET },
	{ "title", required_argument, NULL, OPT_TITLE },
	{ "instructions", required_argument, NULL, OPT_INSTRUCTIONS },
	{ "grade", no_argument, NULL, OPT_GRADE },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

struct limits {
	const char *doc;
	int reports;
	int hit;
	int bad;		/* a bad JSON Lines record was seen */
};

/* FILE:LINE:COL, or FILE:LINE inside a JSON Lines record (col 0). */
static void
where(const char *doc, long line, long col)
{
	if (col > 0)
		fprintf(stderr, "factlens: %s:%ld:%ld: ", doc, line, col);
	else
		fprintf(stderr, "factlens: %s:%ld: ", doc, line);
}

static void
report(const struct fl_error *e)
{
	if (e->line > 0)
		fprintf(stderr, "factlens: %s:%d:%d: %s\n", e->file, e->line,
		    e->col, e->msg);
	else if (e->file[0])
		fprintf(stderr, "factlens: %s: %s\n", e->file, e->msg);
	else
		fprintf(stderr, "factlens: %s\n", e->msg);
}

static void
report_cb(void *arg, const struct fl_error *e)
{
	(void)arg;
	report(e);
}

/* A usage error: the one message and a hint, as GNU tools do. */
static void
usage_error(const char *fmt, const char *arg)
{
	fputs("factlens: ", stderr);
	fprintf(stderr, fmt, arg);
	fputs("\nTry 'factlens --help'.\n", stderr);
	exit(2);
}

/* An unknown option: name it as the user wrote it ("-x", "--frob"). */
static void
bad_option(const char *arg, int opt)
{
	char shortopt[3] = { '-', (char)opt, '\0' };

	usage_error("unknown option '%s'", arg[0] == '-' && arg[1] == '-' ?
	    arg : shortopt);
}

static unsigned long
number(const char *s, const char *what)
{
	char *end;
	unsigned long v;

	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno || end == s || *end != '\0' || s[0] == '-')
		usage_error(what, s);
	return v;
}

/* --only: labels and cue categories, comma-separated. */
static void
parse_only(const char *s, unsigned *labels, unsigned *cats)
{
	const char *p = s, *c;
	size_t n;
	int l;

	for (;;) {
		c = strchr(p, ',');
		n = c ? (size_t)(c - p) : strlen(p);
		if ((l = fl_label_parse(p, n)) >= 0)
			*labels |= 1u << l;
		else if ((l = fl_category_parse(p, n)) >= 0)
			*cats |= 1u << l;
		else {
			struct fl_buf b;
			char *bad = fl_xstrndup(p, n);

			fl_buf_init(&b);
			fl_buf_puts(&b, "--only: '%s' is not a label or category "
			    "(labels: ");
			fl_label_names(&b);
			fl_buf_puts(&b, "; categories: ");
			fl_category_names(&b);
			fl_buf_puts(&b, ")");
			usage_error(b.ptr, bad);
		}
		if (c == NULL)
			return;
		p = c + 1;
	}
}

/* --color and the environment: should the ansi format use colour? */
static int
want_color(const char *when)
{
	const char *e;

	if (strcmp(when, "always") == 0)
		return 1;
	if (strcmp(when, "never") == 0)
		return 0;
	if (strcmp(when, "auto") != 0)
		usage_error("--color: expected auto, always or never, not '%s'",
		    when);
	if ((e = getenv("NO_COLOR")) != NULL && *e != '\0')
		return 0;
	if ((e = getenv("TERM")) == NULL || strcmp(e, "dumb") == 0)
		return 0;
	return isatty(STDOUT_FILENO);
}

static void
parse_fail_on(const char *s, struct fl_fail_on *f)
{
	char msg[256];

	if (fl_fail_on_parse(s, f, msg, sizeof(msg)) < 0)
		usage_error("--fail-on: %s", msg);
}

/* The exit status the --fail-on thresholds (fails[0, n)) give the counts
 * of total: 1 if any is crossed, each said on stderr; else 0.  args are
 * the thresholds as given, or NULL when they come from the config. */
static int
fail_on(const struct fl_fail_on *fails, size_t n, const char **args,
    const struct fl_config *cfg, const struct fl_doc *total)
{
	struct fl_buf msg;
	size_t i;
	int status = 0;

	fl_buf_init(&msg);
	for (i = 0; i < n; i++) {
		fl_buf_reset(&msg);
		if (fl_fail_on_crossed(&fails[i], total, args ? args[i] : NULL,
		    args ? NULL : &cfg->fail_on[i], &msg)) {
			fprintf(stderr, "factlens: %s\n", msg.ptr);
			status = 1;
		}
	}
	fl_buf_release(&msg);
	return status;
}

static void
on_limit(void *arg, const struct fl_rule *r, size_t offset, long line,
    long col, int rc)
{
	struct limits *L = arg;
	PCRE2_UCHAR msg[128];

	L->hit = 1;
	if (L->reports++ >= MAX_LIMIT_REPORTS) {
		if (L->reports == MAX_LIMIT_REPORTS + 1)
			fprintf(stderr, "factlens: too many regex limit "
			    "errors; no more are reported\n");
		return;
	}
	pcre2_get_error_message(rc, msg, sizeof(msg));
	(void)offset;
	where(L->doc, line, col);
	fprintf(stderr, "rule '%s' (%s:%d:%d): %s; cue skipped\n", r->id,
	    r->file, r->line, r->col, (char *)msg);
}

static int
flush_out(struct fl_buf *out, void *arg)
{
	(void)arg;
	if (out->len && fwrite(out->ptr, 1, out->len, stdout) != out->len) {
		fl_buf_reset(out);
		return -1;
	}
	fl_buf_reset(out);
	return fflush(stdout) == 0 ? 0 : -1;
}

static void
print_summary(FILE *f, const struct fl_doc *d)
{
	struct fl_buf b;

	fl_buf_init(&b);
	fl_summary_text(&b, d);
	fwrite(b.ptr, 1, b.len, f);
	fl_buf_release(&b);
}

/* A rule example that fails --check-rules. */
static void
on_problem(void *arg, const char *file, int line, int col, const char *msg)
{
	(void)arg;
	fprintf(stderr, "factlens: %s:%d:%d: %s\n", file, line, col, msg);
}

/* --check-rules, --list-rules or --list-literals (list 1 or 2), or
 * --explain id (rulecmd.c); returns the exit status. */
static int
rule_command(const struct fl_ruleset *rs, int check, int list,
    const char *id, struct limits *L)
{
	const struct fl_rule *r = NULL;
	struct fl_buf out;
	int status = 0;

	fl_buf_init(&out);
	if (check) {
		if (fl_rulecmd_check(&out, rs, on_problem, NULL, on_limit, L,
		    &L->doc) > 0)
			status = 2;
	} else if (list == 1)
		fl_rulecmd_list(&out, rs);
	else if (list == 2)
		fl_rulecmd_literals(&out, rs);
	else if ((r = fl_rules_find(rs, id)) != NULL)
		fl_rulecmd_explain(&out, r);
	else {
		fprintf(stderr, "factlens: no rule '%s' (see --list-rules)\n",
		    id);
		status = 2;
	}
	fwrite(out.ptr, 1, out.len, stdout);
	fl_buf_release(&out);
	return status;
}

static int
load_config(struct fl_config *cfg, const char *given)
{
	struct fl_error err;
	char cwd[PATH_MAX], *path = NULL;
	int rc = 0;

	memset(&err, 0, sizeof(err));
	if (given != NULL)
		path = fl_xstrdup(given);
	else if (getcwd(cwd, sizeof(cwd)) != NULL)
		path = fl_config_find(cwd);
	if (path != NULL && fl_config_load(cfg, path, &err) < 0) {
		report(&err);
		rc = -1;
	}
	free(path);
	return rc;
}

/* A --disable or --enable (or the config's) that names no rule. */
static void
unknown_rule(const struct fl_rulectl *c)
{
	if (c->at != NULL)
		fprintf(stderr, "factlens: %s:%d:%d: unknown rule or category "
		    "'%s'\n", c->at->file, c->at->line, c->at->col, c->name);
	else
		fprintf(stderr, "factlens: --%s: unknown rule or category "
		    "'%s'\n", c->disable ? "disable" : "enable", c->name);
}

/* --worksheet=MODE[,MODE]: FL_WS_* bits. */
static int
parse_worksheet(const char *s)
{
	const char *p = s, *c;
	size_t n;
	int mode = FL_WS_ON;

	while (s != NULL) {
		c = strchr(p, ',');
		n = c ? (size_t)(c - p) : strlen(p);
		if (n == 4 && strncmp(p, "cues", 4) == 0)
			mode |= FL_WS_CUES;
		else if (n == 4 && strncmp(p, "cued", 4) == 0)
			mode |= FL_WS_CUED;
		else if (!(n == 6 && strncmp(p, "labels", 6) == 0))
			usage_error("--worksheet: unknown mode in '%s' "
			    "(expected labels, cues or cued)", s);
		if (c == NULL)
			break;
		p = c + 1;
	}
	return mode;
}

/* How to read name: --input, else the config's globs, else the
 * extension; stdin is text. */
static int
input_type(const char *input, const struct fl_config *cfg, const char *name)
{
	const struct fl_input_glob *g;

	if (input != NULL)
		return fl_input_parse(input);
	if (strcmp(name, "-") == 0)
		return FL_INPUT_TEXT;
	if ((g = fl_config_input_for(cfg, name)) != NULL)
		return fl_input_parse(g->input.value);
	return fl_input_for_name(name);
}

/* --grade ANSWERS... FILE: grade.c does the work; print its report. */
static int
grade(struct fl_annotator *a, const char *format, const char *title,
    const char *label, int argc, char **argv)
{
	struct fl_grade g;
	struct fl_buf out;
	struct fl_error err;
	int rc;

	memset(&g, 0, sizeof(g));
	if (argc < 2)
		usage_error("%s: give one or more answers files, then the "
		    "text", "--grade");
	if (format == NULL || strcmp(format, "text") == 0)
		g.format = FL_GRADE_TEXT;
	else if (strcmp(format, "json") == 0)
		g.format = FL_GRADE_JSON;
	else if (strcmp(format, "html") == 0)
		g.format = FL_GRADE_HTML;
	else
		usage_error("--grade: format '%s' (expected text, json or "
		    "html)", format);
	g.a = a;
	g.text = argv[argc - 1];
	g.name = strcmp(g.text, "-") == 0 ? label : NULL;
	g.answers = (const char *const *)argv;
	g.nanswers = (size_t)argc - 1;
	g.title = title;
	g.on_error = report_cb;
	fl_buf_init(&out);
	memset(&err, 0, sizeof(err));
	rc = fl_grade_run(&g, &out, &err);
	if (rc < 0)
		report(&err);
	fwrite(out.ptr, 1, out.len, stdout);
	fl_buf_release(&out);
	return rc == 0 ? 0 : 2;
}

static void
on_warn(void *arg, long line, long col, const char *msg)
{
	const struct limits *L = arg;

	where(L->doc, line, col);
	fprintf(stderr, "warning: %s\n", msg);
}

static void
on_bad(void *arg, long line, const char *msg)
{
	struct limits *L = arg;

	L->bad = 1;
	where(L->doc, line, 0);
	fprintf(stderr, "%s\n", msg);
}

/* Everything the command line and the configuration decide. */
struct cli {
	const char *format;		/* after the config; NULL: by output */
	const char *cli_format;		/* as given on the command line */
	const char *given_format;	/* as given, or from the config */
	const struct fl_setting *format_at;	/* config line, if from there */
	const char *color, *explain, *input, *config, *only_arg, *label;
	const char *title, *instructions;
	const char **rules, **adds, **fail_args;
	size_t nrules, nadds, nfails, nctl;
	struct fl_fail_on *fails;
	struct fl_rulectl *ctl;
	struct fl_jsonl_opts jo;
	unsigned only, only_cats;
	unsigned long match_limit, depth_limit, jobs;
	int check, list, stats, no_config, print_conf, worksheet, grading;
};

/* Append x to the array v of n elements. */
#define PUSH(v, n, x) do {						\
	(v) = fl_xrealloc((v), ((n) + 1) * sizeof(*(v)));		\
	(v)[(n)++] = (x);						\
} while (0)

/*
 * Parse the options into c.  Returns the index of the first operand, or
 * -1 when --help or --version has been answered; a bad option exits 2.
 */
static int
parse_args(struct cli *c, int argc, char **argv)
{
	struct fl_rulectl rc;
	struct fl_fail_on f;
	size_t n;
	int ch;

	opterr = 0;		/* our own messages, named "factlens" */
	while ((ch = getopt_long(argc, argv, ":f:o:r:a:j:hV", longopts, NULL))
	    != -1) {
		switch (ch) {
		case 'f':
			c->format = optarg;
			break;
		case 'o':
			parse_only(optarg, &c->only, &c->only_cats);
			c->only_arg = optarg;
			break;
		case OPT_INPUT:
			if (fl_input_parse(optarg) < 0)
				usage_error("--input: unknown input type '%s' "
				    "(expected text, markdown, html or jsonl)",
				    optarg);
			c->input = optarg;
			break;
		case OPT_DISABLE:
		case OPT_ENABLE:
			rc.disable = ch == OPT_DISABLE;
			rc.name = optarg;
			rc.at = NULL;
			PUSH(c->ctl, c->nctl, rc);
			break;
		case OPT_CONFIG:
			c->config = optarg;
			break;
		case OPT_NO_CONFIG:
			c->no_config = 1;
			break;
		case OPT_PRINT_CONFIG:
			c->print_conf = 1;
			break;
		case OPT_LABEL:
			c->label = optarg;
			break;
		case OPT_TEXT_FIELD:
			c->jo.text_field = optarg;
			break;
		case OPT_ID_FIELD:
			c->jo.id_field = optarg;
			break;
		case OPT_RECORD_FIELD:
			c->jo.record_field = optarg;
			break;
		case OPT_MAX_RECORD:
			if (fl_jsonl_size_parse(optarg, &c->jo.max_record) < 0)
				usage_error("--max-record: bad size '%s'",
				    optarg);
			break;
		case OPT_LINE_OFFSET:
			c->jo.line_offset = (long)number(optarg,
			    "--line-offset: bad number '%s'");
			if (c->jo.line_offset < 0)
				usage_error("--line-offset: '%s' is too large",
				    optarg);
			break;
		case OPT_WORKSHEET:
			c->worksheet = parse_worksheet(optarg);
			break;
		case OPT_TITLE:
			c->title = optarg;
			break;
		case OPT_INSTRUCTIONS:
			c->instructions = optarg;
			break;
		case OPT_GRADE:
			c->grading = 1;
			break;
		case OPT_COLOR:
			c->color = optarg;
			break;
		case 'j':
			c->jobs = number(optarg, "--jobs: bad number '%s'");
			if (c->jobs < 1 || c->jobs > 256)
				usage_error("--jobs: '%s' is not from 1 to 256",
				    optarg);
			break;
		case OPT_STATS:
			c->stats = 1;
			break;
		case OPT_EXPLAIN:
			c->explain = optarg;
			break;
		case 'r':
			PUSH(c->rules, c->nrules, optarg);
			break;
		case 'a':
			PUSH(c->adds, c->nadds, optarg);
			break;
		case OPT_FAIL_ON:
			n = c->nfails;
			parse_fail_on(optarg, &f);
			PUSH(c->fails, n, f);
			PUSH(c->fail_args, c->nfails, optarg);
			break;
		case OPT_CHECK:
			c->check = 1;
			break;
		case OPT_LIST:
			c->list = 1;
			break;
		case OPT_LITERALS:
			c->list = 2;
			break;
		case OPT_MATCH_LIMIT:
			c->match_limit = number(optarg,
			    "--match-limit: bad number '%s'");
			break;
		case OPT_DEPTH_LIMIT:
			c->depth_limit = number(optarg,
			    "--depth-limit: bad number '%s'");
			break;
		case 'h':
			fputs(usage_text, stdout);
			fputc('\n', stdout);
			fputs(help_text, stdout);
			fputs(help_text2, stdout);
			return -1;
		case 'V':
			printf("factlens %s\n", FL_VERSION);
			return -1;
		case ':':
			usage_error("option '%s' needs an argument",
			    argv[optind - 1]);
			break;
		default:
			bad_option(argv[optind - 1], optopt);
		}
	}
	c->cli_format = c->format;
	if (c->worksheet && c->format == NULL)
		c->format = "worksheet";
	return optind;
}

/* The project configuration fills in what the command line left open. */
static void
apply_config(struct cli *c, const struct fl_config *cfg)
{
	struct fl_fail_on f;
	size_t i;

	if (c->format == NULL && cfg->format.value != NULL) {
		c->format = cfg->format.value;
		c->format_at = &cfg->format;
	}
	if (c->only_arg == NULL)
		for (i = 0; i < cfg->nonly; i++)
			parse_only(cfg->only[i].value, &c->only,
			    &c->only_cats);
	if (c->nfails == 0)
		for (i = 0; i < cfg->nfail_on; i++) {
			parse_fail_on(cfg->fail_on[i].value, &f);
			PUSH(c->fails, c->nfails, f);
		}
	c->ctl = fl_rulectl_merge(cfg, c->ctl, &c->nctl);
}

/*
 * The output format and the input type of the operands.  Sets a->fmt and
 * a->opts, *in_type (NULL: by name) and returns how many operands are
 * JSON Lines.  A format that cannot show these inputs exits 2.
 */
static int
choose_format(struct cli *c, const struct fl_config *cfg,
    struct fl_annotator *a, const char **in_type, int argc, char **argv)
{
	int i, n = argc ? argc : 1, nrec = 0;

	/* JSON Lines records: by default, records out; and records out
	 * read JSON Lines unless --input says otherwise. */
	c->given_format = c->format;
	*in_type = c->input;
	if (*in_type == NULL && c->format != NULL &&
	    strcmp(c->format, "records") == 0)
		*in_type = "jsonl";
	for (i = 0; !c->grading && i < n; i++)
		nrec += input_type(*in_type, cfg, argc &&
		    strcmp(argv[i], "-") != 0 ? argv[i] : c->label) ==
		    FL_INPUT_JSONL;
	if (c->format == NULL && nrec == n)
		c->format = "records";
	if (c->format == NULL)
		c->format = isatty(STDOUT_FILENO) ||
		    strcmp(c->color, "always") == 0 ? "ansi" : "text";
	if ((a->fmt = fl_format_find(c->format)) == NULL) {
		struct fl_buf b;

		fl_buf_init(&b);
		fl_buf_puts(&b, "unknown format '%s' (expected ");
		fl_format_names(&b);
		fl_buf_puts(&b, ")");
		usage_error(b.ptr, c->format);
	}
	if (nrec > 0 && !fl_format_for_records(a->fmt))
		usage_error("--format=%s cannot show JSON Lines records (use "
		    "records, json, tsv or summary)", c->format);
	if (a->fmt == &fl_fmt_records && !c->grading && nrec < n)
		usage_error("--format=records reads JSON Lines, not %s",
		    c->input);
	if ((a->fmt == &fl_fmt_html || a->fmt == &fl_fmt_worksheet ||
	    a->fmt == &fl_fmt_key) && argc > 1 && !c->grading)
		usage_error("--format=%s: one input at a time (one page per "
		    "document)", a->fmt->name);
	if (c->worksheet && a->fmt != &fl_fmt_worksheet &&
	    a->fmt != &fl_fmt_key && !c->grading)
		usage_error("%s: only with --format=worksheet or key",
		    "--worksheet");
	a->opts.worksheet = c->worksheet;
	a->opts.title = c->title;
	a->opts.instructions = c->instructions;
	a->opts.color = want_color(c->color);
	a->opts.tty = isatty(STDOUT_FILENO);
	a->opts.stats = c->stats;
	a->opts.only = c->only;
	a->opts.only_cats = c->only_cats;
	return nrec;
}

/*
 * The rules: the built-in set or --rules, the config's rule files, then
 * --add-rules; compiled, and masked by --disable/--enable into *off.
 * Returns 0, or 2 after reporting every error.
 */
static int
load_rules(struct fl_ruleset *rs, const struct cli *c,
    const struct fl_config *cfg, uint64_t **off)
{
	struct fl_error err;
	size_t i, bad = 0;
	int status = 0;

	memset(&err, 0, sizeof(err));
	if (c->match_limit)
		rs->match_limit = c->match_limit;
	if (c->depth_limit)
		rs->depth_limit = c->depth_limit;
	/* A debugging aid: the prefilter must never change a result. */
	if (getenv("FACTLENS_NO_PREFILTER") != NULL)
		rs->no_prefilter = 1;
	/* Only --check-rules and --explain read the examples. */
	rs->no_examples = !c->check && c->explain == NULL;
	/* Another debugging aid: the rule files, not the build's snapshot of
	 * them, must give the same result. */
	if (getenv("FACTLENS_NO_SNAPSHOT") != NULL)
		rs->no_snapshot = 1;
	/* And the patterns as written, not rewritten to run faster. */
	if (getenv("FACTLENS_NO_REOPT") != NULL)
		rs->no_reopt = rs->no_snapshot = 1;
	if (c->nrules == 0 && fl_rules_load_builtin(rs, &err) < 0) {
		report(&err);
		status = 2;
	}
	for (i = 0; i < c->nrules; i++)
		if (fl_rules_load_path(rs, c->rules[i], &err) < 0) {
			report(&err);
			status = 2;
		}
	for (i = 0; i < cfg->nrules; i++)
		if (fl_rules_load_path(rs, cfg->rules[i].value, &err) < 0) {
			/* A file that cannot be read: where the config
			 * names it.  A bad rule: its own position. */
			if (err.line == 0)
				fprintf(stderr, "factlens: %s:%d:%d: %s%s%s\n",
				    cfg->rules[i].file, cfg->rules[i].line,
				    cfg->rules[i].col, err.file, err.file[0] ?
				    ": " : "", err.msg);
			else
				report(&err);
			status = 2;
		}
	for (i = 0; i < c->nadds; i++)
		if (fl_rules_load_path(rs, c->adds[i], &err) < 0) {
			report(&err);
			status = 2;
		}
	rs->on_error = report_cb;
	if (status == 0 && fl_rules_compile(rs, &err) < 0)
		status = 2;
	if (status == 0 && getenv("FACTLENS_NO_JIT") != NULL)
		fl_rules_no_jit(rs);
	/* Time by rule, reported on stderr at the end. */
	if (status == 0 && getenv("FACTLENS_PROFILE") != NULL)
		fl_profile_start(rs);
	if (status == 0 && c->nctl > 0 &&
	    (*off = fl_rulectl_mask(rs, c->ctl, c->nctl, &bad)) == NULL) {
		unknown_rule(&c->ctl[bad]);
		status = 2;
	}
	return status;
}

/*
 * Annotate each operand (stdin when there are none) to stdout, adding
 * its counts to *total.  Returns 0, 2 after an error (the other inputs
 * are still read), or -2 when stdout is gone and nothing more can be
 * written.
 */
static int
annotate_files(struct fl_annotator *a, const struct cli *c,
    const struct fl_config *cfg, const char *in_type, struct limits *L,
    struct fl_doc *total, size_t *ndocs, int argc, char **argv)
{
	int i, status = 0;

	for (i = 0; i < (argc ? argc : 1); i++) {
		const char *name = argc ? argv[i] : "-";
		struct fl_doc d;
		int fd, rerr = 0, rc;

		if (strcmp(name, "-") == 0) {
			fd = STDIN_FILENO;
			name = c->label;	/* --label, or "-" */
		} else if ((fd = open(name, O_RDONLY)) < 0) {
			fprintf(stderr, "factlens: %s: %s\n", name,
			    strerror(errno));
			status = 2;
			continue;
		}
		L->doc = name;
		a->input = input_type(in_type, cfg, name);
		fl_doc_init(&d, name, a->rs, &a->opts);
		rc = fl_annotate_fd(a, fd, &d, &rerr);
		if (fd != STDIN_FILENO)
			close(fd);
		if (rc == -2) {
			/* A reader that closed the pipe wants no more: with
			 * SIGPIPE ignored the end is as quiet as without. */
			if (errno != EPIPE)
				fprintf(stderr, "factlens: write error: %s\n",
				    strerror(errno));
			fl_doc_release(&d);
			return -2;
		}
		if (rc == -1) {
			fprintf(stderr, "factlens: %s: %s\n", name,
			    strerror(rerr));
			status = 2;
		}
		if (c->stats && a->fmt != &fl_fmt_json &&
		    a->fmt != &fl_fmt_summary)
			print_summary(stderr, &d);
		fl_doc_add(total, &d);
		fl_doc_release(&d);
		++*ndocs;
	}
	return status;
}

int
main(int argc, char **argv)
{
	struct cli c;
	struct fl_ruleset rs;
	struct fl_annotator a;
	struct fl_config cfg;
	struct fl_doc total;
	struct limits L = { "-", 0, 0, 0 };
	const char *in_type;
	uint64_t *off = NULL;
	size_t ndocs = 0;
	int nrec, first, status = 0;

#if defined(__GLIBC__) && defined(M_TOP_PAD)
	/* JIT-compiling a rule mallocs and frees its working buffers; with
	 * glibc's default of trimming the heap above 128 KiB free, each
	 * compile gave the memory back (brk) and faulted it in again: 1,100
	 * brk calls and 2,800 page faults on 2 MB of news, a quarter of the
	 * run's time in the kernel.  Growing the heap 8 MiB at a time keeps
	 * it; pages never touched cost no memory. */
	mallopt(M_TOP_PAD, 8 << 20);
#endif
	memset(&c, 0, sizeof(c));
	memset(&a, 0, sizeof(a));
	memset(&total, 0, sizeof(total));
	c.color = "auto";
	c.label = "-";
	c.jobs = 1;
	fl_jsonl_opts_init(&c.jo);
	fl_config_init(&cfg);
	fl_ruleset_init(&rs);
	if ((first = parse_args(&c, argc, argv)) < 0)
		return 0;
	argc -= first;
	argv += first;

	/* The project configuration: the command line overrides it. */
	if (!c.no_config && load_config(&cfg, c.config) < 0) {
		status = 2;
		goto done;
	}
	apply_config(&c, &cfg);
	nrec = choose_format(&c, &cfg, &a, &in_type, argc, argv);
	if ((status = load_rules(&rs, &c, &cfg, &off)) != 0) {
		if (c.check)
			printf("rule files have errors\n");
		goto out;
	}
	if (c.print_conf) {
		struct fl_config_shown sh = { c.config, c.no_config,
		    c.given_format, c.format_at, c.only_arg, c.fail_args,
		    c.nfails, c.rules, c.nrules, c.adds, c.nadds, c.ctl,
		    c.nctl, c.input };
		struct fl_buf b;

		fl_buf_init(&b);
		fl_config_print(&b, &cfg, &sh);
		fwrite(b.ptr, 1, b.len, stdout);
		fl_buf_release(&b);
		goto out;
	}
	if (c.check || c.list || c.explain != NULL) {
		status = rule_command(&rs, c.check, c.list, c.explain, &L);
		goto out;
	}

	/* The pipeline (annotate.c), with main.c's reporters. */
	a.rs = &rs;
	fl_doc_init(&total, "total", &rs, &a.opts);
	a.on_limit = on_limit;
	a.limit_arg = &L;
	a.flush = flush_out;
	a.para_limit = 1024 * 1024;
	/* The worksheet and key collect the whole document: one thread. */
	a.jobs = a.fmt == &fl_fmt_worksheet || a.fmt == &fl_fmt_key ? 1 :
	    (int)c.jobs;
	a.off = off;
	a.on_warn = on_warn;
	a.warn_arg = &L;
	a.jsonl = &c.jo;
	a.on_bad = on_bad;
	a.bad_arg = &L;
	if (c.grading) {
		L.doc = argc > 0 ? argv[argc - 1] : "-";
		if (strcmp(L.doc, "-") == 0)
			L.doc = c.label;
		a.input = input_type(c.input, &cfg, L.doc);
		status = grade(&a, c.cli_format, c.title, c.label, argc, argv);
		goto out;
	}
	status = annotate_files(&a, &c, &cfg, in_type, &L, &total, &ndocs,
	    argc, argv);
	if (status == -2) {
		status = 2;
		goto done;
	}
	if ((ndocs > 1 || nrec > 0) && a.fmt == &fl_fmt_summary)
		print_summary(stdout, &total);
	else if (ndocs > 1 && c.stats && a.fmt != &fl_fmt_json)
		print_summary(stderr, &total);
	if (L.hit || L.bad)
		status = 2;
	if (status == 0)
		status = fail_on(c.fails, c.nfails, c.fail_args, &cfg, &total);
out:
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (errno != EPIPE)
			fprintf(stderr, "factlens: write error: %s\n",
			    strerror(errno));
		status = 2;
	}
done:
	if (rs.prof != NULL) {
		struct fl_buf b;

		fl_buf_init(&b);
		fl_profile_report(&rs, &b);
		fputs(b.ptr, stderr);
		fl_buf_release(&b);
	}
	fl_doc_release(&total);
	fl_ruleset_release(&rs);
	free(c.rules);
	free(c.adds);
	free(c.fails);
	free(c.fail_args);
	free(c.ctl);
	free(off);
	fl_config_release(&cfg);
	return status;
}
