/*
 * config.c: the project configuration file, .factlens.yml.
 *
 * fl_config_find looks for the file in a directory and its parents;
 * fl_config_load reads it with yaml_parser_load and walks the document
 * node by node, as rules.c does, so that every mistake is reported at the
 * line and column of the offending node.  Every key is optional and an
 * unknown key is an error:
 *
 *	rules: [house-rules.yml, more/]	# string or list; paths relative
 *					# to the file's directory
 *	disable: [hedge.modal, booster]	# rule ids or categories
 *	enable: booster.clearly		# the same
 *	format: diag			# a known output format
 *	only: speculation,vague-source	# labels or categories: a list, or
 *					# a string with commas
 *	fail-on: [speculation=20%]	# LABEL[=N|=N%], string or list
 *	input:				# glob -> text, markdown, html, jsonl
 *	  "*.mdx": markdown
 *
 * A key with a null value (nothing, "~" or "null") is not set.  Rule ids
 * are not checked here: main.c does that once the rules are loaded.
 * fl_config_input_for matches file names against the input globs.
 */
/* realpath(3) is an X/Open function: the build's _POSIX_C_SOURCE alone
 * does not declare it. */
#define _XOPEN_SOURCE 700

#include <errno.h>
#include <fnmatch.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <yaml.h>

#include "config.h"
#include "utf8.h"

#define CONFIG_NAME ".factlens.yml"
#define MAX_CONFIG_FILE (1024 * 1024)

enum key {
	K_RULES, K_DISABLE, K_ENABLE, K_FORMAT, K_ONLY, K_FAIL_ON, K_INPUT,
	K_COUNT
};

static const char *const keys[K_COUNT] = {
	"rules", "disable", "enable", "format", "only", "fail-on", "input"
};

void
fl_config_init(struct fl_config *c)
{
	memset(c, 0, sizeof(*c));
}

static void
free_settings(struct fl_setting *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i].value);
	free(v);
}

void
fl_config_release(struct fl_config *c)
{
	size_t i;

	for (i = 0; i < c->ninputs; i++) {
		free(c->inputs[i].glob.value);
		free(c->inputs[i].input.value);
	}
	free(c->inputs);
	free_settings(c->fail_on, c->nfail_on);
	free_settings(c->only, c->nonly);
	free(c->format.value);
	free_settings(c->enable, c->nenable);
	free_settings(c->disable, c->ndisable);
	free_settings(c->rules, c->nrules);
	free(c->dir);
	free(c->path);
	fl_config_init(c);
}

/* "dir/name", or name alone when dir is NULL or "."; malloc'd. */
static char *
join(const char *dir, const char *name)
{
	size_t dn, nn = strlen(name);
	char *p;

	if (dir == NULL || strcmp(dir, ".") == 0)
		return fl_xstrdup(name);
	dn = strlen(dir);
	if (dn > 0 && dir[dn - 1] == '/')	/* "/" */
		dn--;
	p = fl_xmalloc(dn + nn + 2);
	memcpy(p, dir, dn);
	p[dn] = '/';
	memcpy(p + dn + 1, name, nn + 1);
	return p;
}

/* The directory part of path ("." when it has none), malloc'd. */
static char *
dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		return fl_xstrdup(".");
	while (slash > path && slash[-1] == '/')
		slash--;
	if (slash == path)
		return fl_xstrdup("/");
	return fl_xstrndup(path, (size_t)(slash - path));
}

/*
 * Look for CONFIG_NAME in dir, then in each parent up to the root.  dir is
 * made absolute with realpath(3) first, so the path returned is absolute.
 * Returns the malloc'd path of the first regular file (or symbolic link to
 * one) found, or NULL when there is none or dir cannot be resolved.
 */
char *
fl_config_find(const char *dir)
{
	struct stat st;
	char *cur, *p, *slash;

	if ((cur = realpath(dir, NULL)) == NULL)
		return NULL;
	for (;;) {
		p = join(cur, CONFIG_NAME);
		if (stat(p, &st) == 0 && S_ISREG(st.st_mode)) {
			free(cur);
			return p;
		}
		free(p);
		if ((slash = strrchr(cur, '/')) == NULL || strcmp(cur, "/") == 0)
			break;
		slash[slash == cur] = '\0';	/* "/a" -> "/", "/a/b" -> "/a" */
	}
	free(cur);
	return NULL;
}

/* Loading ---------------------------------------------------------------- */

/* State while one document is walked. */
struct loader {
	yaml_document_t doc;
	struct fl_config *c;
	struct fl_error *err;
	/* Bytes of strings the walk may still read.  The file is small, but
	 * aliases let it name one long string many times ("[*a, *a, ...]");
	 * with this the work stays in proportion to the size of the file. */
	size_t budget;
	size_t limit;		/* the budget to start with */
};

static int seterr(struct fl_error *, const char *, int, int, const char *,
    ...) __attribute__((format(printf, 5, 6)));
static int markerr(struct loader *, const yaml_mark_t *, const char *, ...)
    __attribute__((format(printf, 3, 4)));

static int
verr(struct fl_error *err, const char *file, int line, int col,
    const char *fmt, va_list ap)
{
	snprintf(err->file, sizeof(err->file), "%s", file);
	err->line = line;
	err->col = col;
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	return -1;
}

/* An error at line:col (1-based; 0: no position). */
static int
seterr(struct fl_error *err, const char *file, int line, int col,
    const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	verr(err, file, line, col, fmt, ap);
	va_end(ap);
	return -1;
}

/* An error in the configuration at a YAML mark (0-based). */
static int
markerr(struct loader *L, const yaml_mark_t *m, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	verr(L->err, L->c->path, (int)m->line + 1, (int)m->column + 1, fmt,
	    ap);
	va_end(ap);
	return -1;
}

/* A YAML syntax error at the parser's problem mark; a tab said plainly. */
static int
yaml_error(struct loader *L, const char *text, size_t len,
    const yaml_parser_t *p)
{
	yaml_mark_t m = p->problem_mark;
	long tab = fl_yaml_tab(text, len, m.line, m.column);

	if (tab >= 0) {
		m.column = (size_t)tab;
		return markerr(L, &m, "%s", FL_YAML_TAB_MSG);
	}
	return markerr(L, &m, "%s%s%s", p->problem ? p->problem :
	    "YAML error", p->context ? " " : "", p->context ? p->context : "");
}

static yaml_node_t *
node(struct loader *L, int id)
{
	return yaml_document_get_node(&L->doc, id);
}

/* A plain "", "~" or "null": YAML's null, a key that is not set. */
static int
is_null(const yaml_node_t *n)
{
	const char *v;

	if (n->type != YAML_SCALAR_NODE ||
	    n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return 0;
	v = (const char *)n->data.scalar.value;
	return *v == '\0' || strcmp(v, "~") == 0 || strcmp(v, "null") == 0;
}

/* The text of scalar n, charged to the alias budget. */
static const char *
scalar(struct loader *L, yaml_node_t *n)
{
	if (n->data.scalar.length >= L->budget) {
		markerr(L, &n->start_mark, "aliases expand the configuration "
		    "to too much text (over %zu bytes)", L->limit);
		L->budget = 0;
		return NULL;
	}
	L->budget -= n->data.scalar.length + 1;
	return (const char *)n->data.scalar.value;
}

static struct fl_setting *
add(struct fl_setting **v, size_t *n)
{
	*v = fl_xrealloc(*v, (*n + 1) * sizeof(**v));
	memset(&(*v)[*n], 0, sizeof(**v));
	return &(*v)[(*n)++];
}

/* Fill s with a copy of value n bytes long, written at line:col. */
static void
set(struct loader *L, struct fl_setting *s, const char *value, size_t n,
    int line, int col)
{
	s->value = fl_xstrndup(value, n);
	s->file = L->c->path;
	s->line = line;
	s->col = col;
}

/* Characters (not bytes) in s[0, n). */
static int
nchars(const char *s, size_t n)
{
	size_t i = 0;
	unsigned cp;
	int k = 0;

	while (i < n) {
		i += fl_utf8_decode((const unsigned char *)s + i, n - i, &cp);
		k++;
	}
	return k;
}

/*
 * The 1-based column of byte off of scalar n's value.  Exact when the
 * scalar is written on one line without escapes (its source is its value,
 * with the quotes if any); otherwise the column of the scalar.
 */
static int
col_at(const yaml_node_t *n, size_t off)
{
	const char *v = (const char *)n->data.scalar.value;
	size_t span = n->end_mark.index - n->start_mark.index;
	size_t len = (size_t)nchars(v, n->data.scalar.length);
	int col = (int)n->start_mark.column + 1;

	if (n->start_mark.line != n->end_mark.line)
		return col;
	switch (n->data.scalar.style) {
	case YAML_PLAIN_SCALAR_STYLE:
		if (span == len)
			return col + nchars(v, off);
		break;
	case YAML_SINGLE_QUOTED_SCALAR_STYLE:
	case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
		if (span == len + 2)
			return col + 1 + nchars(v, off);
		break;
	default:
		break;
	}
	return col;
}

/* Does v hold a string or a list of strings?  Then *n is how many. */
static int
strings(struct loader *L, enum key k, yaml_node_t *v, size_t *n)
{
	yaml_node_item_t *it;

	*n = 0;
	if (is_null(v))
		return 0;
	if (v->type == YAML_SCALAR_NODE) {
		*n = 1;
		return 0;
	}
	if (v->type == YAML_SEQUENCE_NODE) {
		for (it = v->data.sequence.items.start;
		    it < v->data.sequence.items.top; it++)
			if (node(L, *it)->type != YAML_SCALAR_NODE)
				return markerr(L, &node(L, *it)->start_mark,
				    "'%s' must be a string or a list of "
				    "strings", keys[k]);
		*n = (size_t)(v->data.sequence.items.top -
		    v->data.sequence.items.start);
		return 0;
	}
	return markerr(L, &v->start_mark, "'%s' must be a string or a list "
	    "of strings", keys[k]);
}

/* The i-th string node of v, which strings() accepted. */
static yaml_node_t *
nth(struct loader *L, yaml_node_t *v, size_t i)
{
	if (v->type == YAML_SCALAR_NODE)
		return v;
	return node(L, v->data.sequence.items.start[i]);
}

/* rules, disable, enable, fail-on: one setting per string. */
static int
load_list(struct loader *L, enum key k, yaml_node_t *v,
    struct fl_setting **out, size_t *nout)
{
	struct fl_fail_on f;
	yaml_node_t *e;
	const char *s;
	char msg[512], *path;
	size_t n, i;

	if (strings(L, k, v, &n) < 0)
		return -1;
	for (i = 0; i < n; i++) {
		e = nth(L, v, i);
		if ((s = scalar(L, e)) == NULL)
			return -1;
		if (*s == '\0' || is_null(e))
			return markerr(L, &e->start_mark, "empty entry in "
			    "'%s'", keys[k]);
		if (k == K_FAIL_ON &&
		    fl_fail_on_parse(s, &f, msg, sizeof(msg)) < 0)
			return markerr(L, &e->start_mark, "fail-on: %s", msg);
		if (k == K_RULES && s[0] != '/') {
			path = join(L->c->dir, s);
			set(L, add(out, nout), path, strlen(path),
			    (int)e->start_mark.line + 1,
			    (int)e->start_mark.column + 1);
			free(path);
		} else
			set(L, add(out, nout), s, strlen(s),
			    (int)e->start_mark.line + 1,
			    (int)e->start_mark.column + 1);
	}
	return 0;
}

static int
is_space(char c)
{
	return c == ' ' || c == '\t';
}

/* only: labels and categories, each string split at commas. */
static int
load_only(struct loader *L, yaml_node_t *v)
{
	yaml_node_t *e;
	const char *s, *p, *q, *end;
	size_t n, i;

	if (strings(L, K_ONLY, v, &n) < 0)
		return -1;
	for (i = 0; i < n; i++) {
		e = nth(L, v, i);
		if ((s = scalar(L, e)) == NULL)
			return -1;
		if (*s == '\0' || is_null(e))
			return markerr(L, &e->start_mark, "empty entry in "
			    "'only'");
		for (p = s;; p = end + 1) {
			if ((end = strchr(p, ',')) == NULL)
				end = p + strlen(p);
			while (p < end && is_space(*p))
				p++;
			for (q = end; q > p && is_space(q[-1]); q--)
				;
			if (p == q)
				return seterr(L->err, L->c->path,
				    (int)e->start_mark.line + 1,
				    col_at(e, (size_t)(p - s)),
				    "empty entry in 'only'");
			if (fl_label_parse(p, (size_t)(q - p)) < 0 &&
			    fl_category_parse(p, (size_t)(q - p)) < 0)
				return seterr(L->err, L->c->path,
				    (int)e->start_mark.line + 1,
				    col_at(e, (size_t)(p - s)),
				    "'%.*s' is not a label or category",
				    (int)(q - p), p);
			set(L, add(&L->c->only, &L->c->nonly), p,
			    (size_t)(q - p), (int)e->start_mark.line + 1,
			    col_at(e, (size_t)(p - s)));
			if (*end == '\0')
				break;
		}
	}
	return 0;
}

/* format: one known format. */
static int
load_format(struct loader *L, yaml_node_t *v)
{
	struct fl_buf b;
	const char *s;

	if (is_null(v))
		return 0;
	if (v->type != YAML_SCALAR_NODE)
		return markerr(L, &v->start_mark, "'format' must be a string");
	if ((s = scalar(L, v)) == NULL)
		return -1;
	if (fl_format_find(s) == NULL) {
		fl_buf_init(&b);
		fl_format_names(&b);
		markerr(L, &v->start_mark, "unknown format '%s' (expected "
		    "%s)", s, b.ptr);
		fl_buf_release(&b);
		return -1;
	}
	set(L, &L->c->format, s, strlen(s), (int)v->start_mark.line + 1,
	    (int)v->start_mark.column + 1);
	return 0;
}

/* input: a mapping of globs to text, markdown, html or jsonl, in file
 * order. */
static int
load_input(struct loader *L, yaml_node_t *v)
{
	struct fl_config *c = L->c;
	struct fl_input_glob *g;
	yaml_node_pair_t *pr;
	yaml_node_t *k, *t;
	const char *gs, *ts;
	size_t i;

	if (is_null(v))
		return 0;
	if (v->type != YAML_MAPPING_NODE)
		return markerr(L, &v->start_mark, "'input' must be a mapping "
		    "of globs to text, markdown, html or jsonl");
	for (pr = v->data.mapping.pairs.start;
	    pr < v->data.mapping.pairs.top; pr++) {
		k = node(L, pr->key);
		t = node(L, pr->value);
		if (k->type != YAML_SCALAR_NODE)
			return markerr(L, &k->start_mark, "input: globs must "
			    "be strings");
		if ((gs = scalar(L, k)) == NULL)
			return -1;
		if (*gs == '\0')
			return markerr(L, &k->start_mark, "input: empty glob");
		for (i = 0; i < c->ninputs; i++)
			if (strcmp(c->inputs[i].glob.value, gs) == 0)
				return markerr(L, &k->start_mark, "input: "
				    "duplicate glob '%s'", gs);
		if (t->type != YAML_SCALAR_NODE)
			return markerr(L, &t->start_mark, "input: '%s' must "
			    "map to text, markdown, html or jsonl", gs);
		if ((ts = scalar(L, t)) == NULL)
			return -1;
		if (fl_input_parse(ts) < 0)
			return markerr(L, &t->start_mark, "input: '%s' is not "
			    "text, markdown, html or jsonl", ts);
		c->inputs = fl_xrealloc(c->inputs,
		    (c->ninputs + 1) * sizeof(*c->inputs));
		g = &c->inputs[c->ninputs++];
		memset(g, 0, sizeof(*g));
		set(L, &g->glob, gs, strlen(gs), (int)k->start_mark.line + 1,
		    (int)k->start_mark.column + 1);
		set(L, &g->input, ts, strlen(ts), (int)t->start_mark.line + 1,
		    (int)t->start_mark.column + 1);
	}
	return 0;
}

static int
walk(struct loader *L)
{
	struct fl_config *c = L->c;
	yaml_node_t *root = yaml_document_get_root_node(&L->doc);
	yaml_node_pair_t *pr;
	yaml_node_t *k, *v;
	int seen[K_COUNT] = { 0 }, rc;
	enum key i;

	/* Nothing, comments only, or a lone "---": an empty configuration. */
	if (root == NULL || is_null(root))
		return 0;
	if (root->type != YAML_MAPPING_NODE)
		return markerr(L, &root->start_mark, "a configuration file "
		    "must be a mapping of settings");
	for (pr = root->data.mapping.pairs.start;
	    pr < root->data.mapping.pairs.top; pr++) {
		k = node(L, pr->key);
		v = node(L, pr->value);
		if (k->type != YAML_SCALAR_NODE)
			return markerr(L, &k->start_mark, "keys must be "
			    "strings");
		for (i = 0; i < K_COUNT; i++)
			if (strcmp((const char *)k->data.scalar.value,
			    keys[i]) == 0)
				break;
		if (i == K_COUNT)
			return markerr(L, &k->start_mark, "unknown key '%s' "
			    "(expected rules, disable, enable, format, only, "
			    "fail-on or input)", (const char *)k->data.scalar.value);
		if (seen[i])
			return markerr(L, &k->start_mark, "duplicate key '%s'",
			    keys[i]);
		seen[i] = 1;
		switch (i) {
		case K_RULES:
			rc = load_list(L, i, v, &c->rules, &c->nrules);
			break;
		case K_DISABLE:
			rc = load_list(L, i, v, &c->disable, &c->ndisable);
			break;
		case K_ENABLE:
			rc = load_list(L, i, v, &c->enable, &c->nenable);
			break;
		case K_FORMAT:
			rc = load_format(L, v);
			break;
		case K_ONLY:
			rc = load_only(L, v);
			break;
		case K_FAIL_ON:
			rc = load_list(L, i, v, &c->fail_on, &c->nfail_on);
			break;
		default:
			rc = load_input(L, v);
			break;
		}
		if (rc < 0)
			return -1;
	}
	return 0;
}

static int
parse(struct loader *L, const char *text, size_t len)
{
	yaml_parser_t parser;
	yaml_document_t extra;
	yaml_node_t *root;
	int rc;

	if (!yaml_parser_initialize(&parser))
		return seterr(L->err, L->c->path, 0, 0, "cannot initialise "
		    "the YAML parser");
	yaml_parser_set_input_string(&parser, (const unsigned char *)text,
	    len);
	if (!yaml_parser_load(&parser, &L->doc)) {
		rc = yaml_error(L, text, len, &parser);
		yaml_parser_delete(&parser);
		return rc;
	}
	rc = walk(L);
	yaml_document_delete(&L->doc);
	/* A second document in the same file is a mistake. */
	if (rc == 0) {
		if (!yaml_parser_load(&parser, &extra))
			rc = yaml_error(L, text, len, &parser);
		else {
			if ((root = yaml_document_get_root_node(&extra))
			    != NULL)
				rc = markerr(L, &root->start_mark, "more than "
				    "one YAML document in a configuration "
				    "file");
			yaml_document_delete(&extra);
		}
	}
	yaml_parser_delete(&parser);
	return rc;
}

/* Read the file at path into b, at most MAX_CONFIG_FILE bytes. */
static int
slurp(const char *path, struct fl_buf *b, struct fl_error *err)
{
	FILE *f;
	char tmp[16384];
	size_t n;
	int e;

	if ((f = fopen(path, "rb")) == NULL)
		return seterr(err, path, 0, 0, "%s", strerror(errno));
	while ((n = fread(tmp, 1, sizeof(tmp), f)) > 0) {
		fl_buf_put(b, tmp, n);
		if (b->len > MAX_CONFIG_FILE) {
			fclose(f);
			return seterr(err, path, 0, 0, "configuration file "
			    "larger than %d MiB", MAX_CONFIG_FILE /
			    (1024 * 1024));
		}
	}
	if (ferror(f)) {
		e = errno;
		fclose(f);
		return seterr(err, path, 0, 0, "%s", strerror(e));
	}
	fclose(f);
	return 0;
}

/*
 * Read and check the configuration file at path into c, which must have
 * been set up with fl_config_init (anything it held is released first).
 * c->path is a copy of path, c->dir its directory; every fl_setting's file
 * points at c->path.  Returns 0, or -1 with err filled (err->file is path;
 * line and col are 1-based, or 0 when the file could not be read) and c
 * left empty.  The caller frees c with fl_config_release.
 */
int
fl_config_load(struct fl_config *c, const char *path, struct fl_error *err)
{
	struct loader L;
	struct fl_buf b;
	int rc;

	fl_config_release(c);
	fl_buf_init(&b);
	if ((rc = slurp(path, &b, err)) == 0) {
		c->path = fl_xstrdup(path);
		c->dir = dir_of(path);
		L.c = c;
		L.err = err;
		L.limit = 4 * (b.len > MAX_CONFIG_FILE / 4 ? b.len :
		    MAX_CONFIG_FILE / 4);
		L.budget = L.limit;
		if ((rc = parse(&L, b.ptr, b.len)) < 0)
			fl_config_release(c);
	}
	fl_buf_release(&b);
	return rc;
}

/* Input globs ------------------------------------------------------------ */

/*
 * How a glob of "input:" matches a file name (fl_config_input_for):
 *
 * - A glob without '/' matches the file's base name, wherever the file is,
 *   as in .gitignore.
 * - A glob with '/' matches the file's path relative to the directory of
 *   the configuration file.  The name given is made absolute (its
 *   directory through realpath(3), so that symbolic links and ".." agree
 *   with the configuration's directory; the file's own name is kept) and
 *   the directory and '/' are taken off.  A file outside that directory is
 *   matched by its name as given.  A leading '/' is dropped: it only
 *   marks a glob of the top directory as one with a '/' (as in .gitignore).
 * - '*' matches any run of characters but '/'; '?' one character but '/'.
 * - "**" as a whole path component is special: followed by '/' it matches
 *   zero or more directories; at the end, after a '/', it matches
 *   everything below.  Elsewhere "**" is '*'.
 * - "[...]" is a bracket expression as fnmatch(3) reads it ("[!...]"
 *   negates); it never matches '/'.  A '[' without a closing ']' is itself.
 * - '\' makes the next character match itself.
 * Literals match byte for byte, case-sensitively; '?', '*' and brackets
 * take whole UTF-8 characters.  Examples (in // comments, where a slash
 * may come before a star):
 */
//	*.mdx		a.mdx, docs/x/a.mdx
//	docs/*.md	docs/a.md; not docs/x/a.md, other/docs/a.md
//	/*.md		a.md; not docs/a.md
//	docs/**/*.md	docs/a.md, docs/x/y/a.md; not other/a.md
//	**/notes/*.txt	notes/a.txt, x/y/notes/a.txt
//	docs/**		docs/a.md, docs/x/y/a.md

/* Matching state: the whole glob and name, and a memo of (glob offset,
 * name offset) pairs already known not to match, so that globs with many
 * stars stay polynomial. */
struct gm {
	const char *g, *s;
	size_t slen;
	unsigned char *failed;	/* bit set, or NULL when too large */
};

/* Length of the character at s: a UTF-8 sequence, or one byte of an
 * invalid one; 0 at the end. */
static size_t
clen(const char *s)
{
	unsigned cp;
	size_t n = 0;

	while (n < 4 && s[n] != '\0')
		n++;
	return n ? fl_utf8_decode((const unsigned char *)s, n, &cp) : 0;
}

/*
 * Does the bracket expression at p match the character at s (which is not
 * '/' or NUL)?  Returns 1 or 0 and sets *plen to its length in the glob, or
 * returns -1 when p has no closing ']'.
 */
static int
bracket(const char *p, const char *s, size_t *plen)
{
	const char *q = p + 1, *e;
	char small[128], *cls, ch[8];
	size_t n, k;
	int m;

	if (*q == '!' || *q == '^')
		q++;
	if (*q == ']')
		q++;
	while (*q != ']') {
		if (*q == '\0')
			return -1;
		if (q[0] == '[' && (q[1] == ':' || q[1] == '.' ||
		    q[1] == '=')) {
			/* [:alpha:], [.x.], [=e=]: skip to the closing pair */
			for (e = q + 2; *e && !(e[0] == q[1] && e[1] == ']');
			    e++)
				;
			if (*e != '\0') {
				q = e + 2;
				continue;
			}
		}
		q++;
	}
	n = (size_t)(q - p) + 1;
	cls = n < sizeof(small) ? small : fl_xmalloc(n + 1);
	memcpy(cls, p, n);
	cls[n] = '\0';
	k = clen(s);
	memcpy(ch, s, k);
	ch[k] = '\0';
	m = fnmatch(cls, ch, FNM_PATHNAME) == 0;
	if (cls != small)
		free(cls);
	*plen = n;
	return m;
}

static int
gmatch(struct gm *G, const char *p, const char *s)
{
	size_t bit = 0, plen;
	int m;

	if (G->failed != NULL) {
		bit = (size_t)(p - G->g) * (G->slen + 1) + (size_t)(s - G->s);
		if (G->failed[bit / 8] & (1u << (bit % 8)))
			return 0;
	}
	for (;;) {
		if (p[0] == '*' && p[1] == '*' && (p == G->g || p[-1] == '/') &&
		    (p[2] == '/' || p[2] == '\0')) {
			if (p[2] == '\0')	/* a final "**" component */
				return 1;
			/* a "**" component, then more: zero or more
			 * directories */
			for (p += 3;; s++) {
				if (gmatch(G, p, s))
					return 1;
				if ((s = strchr(s, '/')) == NULL)
					goto fail;
			}
		}
		switch (*p) {
		case '\0':
			if (*s == '\0')
				return 1;
			goto fail;
		case '*':
			while (*p == '*')
				p++;
			for (;;) {
				if (gmatch(G, p, s))
					return 1;
				if (*s == '\0' || *s == '/')
					goto fail;
				s += clen(s);
			}
		case '?':
			if (*s == '\0' || *s == '/')
				goto fail;
			p++;
			s += clen(s);
			continue;
		case '[':
			if (*s == '\0' || *s == '/')
				goto fail;
			if ((m = bracket(p, s, &plen)) == 0)
				goto fail;
			if (m > 0) {
				p += plen;
				s += clen(s);
				continue;
			}
			break;	/* no closing ']': a literal '[' */
		case '\\':
			if (p[1] != '\0')
				p++;
			break;
		default:
			break;
		}
		if (*p != *s)
			goto fail;
		p++;
		s++;
	}
fail:
	/* Only the state this call started from is remembered: the loops
	 * above move p and s on. */
	if (G->failed != NULL)
		G->failed[bit / 8] |= 1u << (bit % 8);
	return 0;
}

static int
glob_match(const char *glob, const char *name)
{
	struct gm G;
	size_t bits;
	int m;

	G.g = glob;
	G.s = name;
	G.slen = strlen(name);
	bits = (strlen(glob) + 1) * (G.slen + 1);
	/* A memo only where stars could make the search long; at most
	 * 1 MiB of it. */
	G.failed = strchr(glob, '*') != NULL && bits / 8 < 1024 * 1024 ?
	    calloc(bits / 8 + 1, 1) : NULL;
	m = gmatch(&G, glob, name);
	free(G.failed);
	return m;
}

/* The current directory, malloc'd, or NULL. */
static char *
cwd(void)
{
	size_t n = 256;
	char *p = NULL;

	for (;;) {
		p = fl_xrealloc(p, n);
		if (getcwd(p, n) != NULL)
			return p;
		if (errno != ERANGE || n > 1024 * 1024) {
			free(p);
			return NULL;
		}
		n *= 2;
	}
}

/* Drop the "." and empty components of absolute path p and resolve its
 * ".." ones, in place, by the letters alone. */
static void
normalize(char *p)
{
	char *r = p, *w = p, *c;
	size_t n;

	while (*r != '\0') {
		while (*r == '/')
			r++;
		for (n = 0; r[n] != '\0' && r[n] != '/'; n++)
			;
		if (n == 2 && r[0] == '.' && r[1] == '.') {
			/* back to the '/' before the last component */
			for (c = w; c > p && *--c != '/';)
				;
			w = c;
		} else if (n > 0 && !(n == 1 && r[0] == '.')) {
			*w++ = '/';
			memmove(w, r, n);
			w += n;
		}
		r += n;
	}
	if (w == p)
		*w++ = '/';
	*w = '\0';
}

/* path made absolute: through realpath(3) when it exists, else joined to
 * the current directory and normalized.  malloc'd, or NULL. */
static char *
absolute(const char *path)
{
	char *p, *d;

	if ((p = realpath(path, NULL)) != NULL)
		return p;
	if (path[0] == '/')
		p = fl_xstrdup(path);
	else {
		if ((d = cwd()) == NULL)
			return NULL;
		p = join(d, path);
		free(d);
	}
	normalize(p);
	return p;
}

/*
 * name's path relative to dir, or NULL when name is not below dir (or a
 * path cannot be resolved).  The result points into *buf, to be freed.
 */
static const char *
relative(const char *dir, const char *name, char **buf)
{
	const char *base = strrchr(name, '/'), *rel = NULL;
	char *nd, *full, *ad;
	size_t n;

	*buf = NULL;
	if (base == NULL) {
		nd = absolute(".");
		base = name;
	} else {
		char *d = dir_of(name);

		nd = absolute(d);
		free(d);
		base++;
	}
	if (nd == NULL)
		return NULL;
	full = join(nd, base);
	free(nd);
	if ((ad = absolute(dir)) == NULL) {
		free(full);
		return NULL;
	}
	n = strlen(ad);
	if (n > 0 && ad[n - 1] == '/')	/* "/" */
		n--;
	if (strncmp(full, ad, n) == 0 && full[n] == '/')
		rel = full + n + 1;
	free(ad);
	*buf = full;
	return rel;
}

/*
 * The first of c's input globs that matches the file name (as given on the
 * command line; see above for how), or NULL when none does or name is "-"
 * (standard input).  The result points into c.
 */
const struct fl_input_glob *
fl_config_input_for(const struct fl_config *c, const char *name)
{
	const struct fl_input_glob *hit = NULL;
	const char *base, *rel = NULL, *g;
	char *buf = NULL;
	size_t i;
	int resolved = 0;

	if (name == NULL || strcmp(name, "-") == 0)
		return NULL;
	base = strrchr(name, '/');
	base = base ? base + 1 : name;
	for (i = 0; i < c->ninputs && hit == NULL; i++) {
		g = c->inputs[i].glob.value;
		if (strchr(g, '/') == NULL) {
			if (glob_match(g, base))
				hit = &c->inputs[i];
			continue;
		}
		if (!resolved) {
			rel = c->dir ? relative(c->dir, name, &buf) : NULL;
			if (rel == NULL)
				rel = name;
			resolved = 1;
		}
		while (*g == '/')
			g++;
		if (glob_match(g, rel))
			hit = &c->inputs[i];
	}
	free(buf);
	return hit;
}
