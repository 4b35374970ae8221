/*
 * rules.c: rule files (YAML) -> a compiled rule set.
 *
 * A rule file is a mapping with a category and a list of rules; each rule
 * has an id, an explanation, a pattern (raw PCRE2) or a list of words, an
 * optional unless pattern, a scope for attribution rules, open and close
 * marks for quote rules, and examples.  Files are loaded with
 * yaml_parser_load and walked node by node, so every mistake can be
 * reported at its line and column.  fl_rules_compile then compiles every
 * pattern with PCRE2 in UTF mode and JIT-compiles it where it can.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <yaml.h>

#include "factlens.h"

#define MAX_RULE_FILE (16 * 1024 * 1024)

#define DEFAULT_MATCH_LIMIT 1000000
#define DEFAULT_DEPTH_LIMIT 10000

void
fl_ruleset_init(struct fl_ruleset *rs)
{
	memset(rs, 0, sizeof(*rs));
	rs->match_limit = DEFAULT_MATCH_LIMIT;
	rs->depth_limit = DEFAULT_DEPTH_LIMIT;
}

static void
rule_free(struct fl_rule *r)
{
	size_t i;

	free(r->id);
	free(r->explain);
	free(r->pattern);
	free(r->unless);
	free(r->open);
	free(r->close);
	for (i = 0; i < r->nexamples; i++)
		free(r->examples[i].text);
	free(r->examples);
	pcre2_code_free(r->re);
	pcre2_code_free(r->re_anchored);
	pcre2_code_free(r->unless_re);
}

void
fl_ruleset_release(struct fl_ruleset *rs)
{
	size_t i;

	for (i = 0; i < rs->nrules; i++)
		rule_free(&rs->rules[i]);
	free(rs->rules);
	for (i = 0; i < rs->nfiles; i++)
		free(rs->files[i]);
	free(rs->files);
	pcre2_match_context_free(rs->mctx);
	fl_prefilter_free(rs->prefilter);
	if (rs->prof != NULL)
		free(rs->prof->rule);
	free(rs->prof);
	fl_ruleset_init(rs);
}

static int
seterr(struct fl_error *err, const char *file, const yaml_mark_t *m,
    const char *fmt, ...)
{
	va_list ap;

	snprintf(err->file, sizeof(err->file), "%s", file);
	err->line = m ? (int)m->line + 1 : 0;
	err->col = m ? (int)m->column + 1 : 0;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	return -1;
}

/* State while one document is walked. */
struct loader {
	yaml_document_t doc;
	const char *file;
	struct fl_error *err;
	/* Bytes of strings the walk may still read.  Aliases let a small
	 * file name one long list many times (a "YAML bomb"); with this the
	 * work stays in proportion to the size of the file. */
	size_t budget;
	size_t limit;		/* the budget to start with */
	int slim;		/* the built-in rules without their examples */
};

static int load_mem(struct fl_ruleset *, const char *, const char *, size_t,
    int, struct fl_error *);

static const char *
scalar(struct loader *L, yaml_node_t *n, const char *what)
{
	if (n == NULL || n->type != YAML_SCALAR_NODE) {
		seterr(L->err, L->file, n ? &n->start_mark : NULL,
		    "%s must be a string", what);
		return NULL;
	}
	if (n->data.scalar.length >= L->budget) {
		seterr(L->err, L->file, &n->start_mark, "aliases expand the "
		    "rule file to too much text (over %zu bytes)", L->limit);
		L->budget = 0;
		return NULL;
	}
	L->budget -= n->data.scalar.length + 1;
	return (const char *)n->data.scalar.value;
}

static int
key_is(yaml_node_t *k, const char *name)
{
	return k->type == YAML_SCALAR_NODE &&
	    strcmp((const char *)k->data.scalar.value, name) == 0;
}

static void
add_example(struct fl_rule *r, const char *text, int match,
    const yaml_mark_t *m)
{
	struct fl_example *e;

	r->examples = fl_xrealloc(r->examples,
	    (r->nexamples + 1) * sizeof(*r->examples));
	e = &r->examples[r->nexamples++];
	e->text = fl_xstrdup(text);
	e->match = match;
	e->line = (int)m->line + 1;
	e->col = (int)m->column + 1;
}

static int
load_examples(struct loader *L, struct fl_rule *r, yaml_node_t *n)
{
	yaml_node_pair_t *pr;

	if (n->type != YAML_MAPPING_NODE)
		return seterr(L->err, L->file, &n->start_mark,
		    "rule '%s': examples must be a mapping with match and "
		    "nomatch lists", r->id);
	for (pr = n->data.mapping.pairs.start;
	    pr < n->data.mapping.pairs.top; pr++) {
		yaml_node_t *k = yaml_document_get_node(&L->doc, pr->key);
		yaml_node_t *v = yaml_document_get_node(&L->doc, pr->value);
		yaml_node_item_t *it;
		int match;

		if (key_is(k, "match"))
			match = 1;
		else if (key_is(k, "nomatch"))
			match = 0;
		else
			return seterr(L->err, L->file, &k->start_mark,
			    "rule '%s': unknown key '%s' in examples "
			    "(expected match or nomatch)", r->id,
			    k->type == YAML_SCALAR_NODE ?
			    (const char *)k->data.scalar.value : "?");
		if (v->type != YAML_SEQUENCE_NODE)
			return seterr(L->err, L->file, &v->start_mark,
			    "rule '%s': examples %s must be a list of "
			    "strings", r->id, match ? "match" : "nomatch");
		for (it = v->data.sequence.items.start;
		    it < v->data.sequence.items.top; it++) {
			yaml_node_t *e = yaml_document_get_node(&L->doc, *it);
			const char *s = scalar(L, e, "an example");

			if (s == NULL)
				return -1;
			add_example(r, s, match, &e->start_mark);
		}
	}
	return 0;
}

/* Escape a literal for use inside a PCRE2 pattern; white space in a phrase
 * matches any run of white space. */
static void
put_literal(struct fl_buf *b, const char *w)
{
	int space = 0;

	for (; *w; w++) {
		unsigned char c = (unsigned char)*w;

		if (c == ' ' || c == '\t' || c == '\n') {
			space = 1;
			continue;
		}
		if (space) {
			fl_buf_puts(b, "\\s+");
			space = 0;
		}
		if (strchr("\\^$.|?*+()[]{}#-/", c) != NULL)
			fl_buf_putc(b, '\\');
		fl_buf_putc(b, c);
	}
}

static int
bylen(const void *a, const void *b)
{
	size_t la = strlen(*(char *const *)a), lb = strlen(*(char *const *)b);

	return la < lb ? 1 : la > lb ? -1 : strcmp(*(char *const *)a,
	    *(char *const *)b);
}

static int
load_words(struct loader *L, struct fl_rule *r, yaml_node_t *n)
{
	yaml_node_item_t *it;
	struct fl_buf b;
	const char **w;
	size_t nw = 0, i;

	if (n->type != YAML_SEQUENCE_NODE ||
	    n->data.sequence.items.top == n->data.sequence.items.start)
		return seterr(L->err, L->file, &n->start_mark,
		    "rule '%s': words must be a non-empty list of strings",
		    r->id);
	w = fl_xmalloc((size_t)(n->data.sequence.items.top -
	    n->data.sequence.items.start) * sizeof(*w));
	for (it = n->data.sequence.items.start;
	    it < n->data.sequence.items.top; it++) {
		yaml_node_t *e = yaml_document_get_node(&L->doc, *it);
		const char *s = scalar(L, e, "a word");

		if (s == NULL || *s == '\0') {
			free(w);
			if (s != NULL)
				seterr(L->err, L->file, &e->start_mark,
				    "rule '%s': empty word", r->id);
			return -1;
		}
		w[nw++] = s;
	}
	/* Longer phrases first, so "may well" wins over "may". */
	qsort(w, nw, sizeof(*w), bylen);
	fl_buf_init(&b);
	fl_buf_puts(&b, "(?i)(?<!\\w)(?:");
	for (i = 0; i < nw; i++) {
		if (i)
			fl_buf_putc(&b, '|');
		put_literal(&b, w[i]);
	}
	fl_buf_puts(&b, ")(?!\\w)");
	free(w);
	r->pattern = fl_xstrdup(b.ptr);
	fl_buf_release(&b);
	return 0;
}

static int
valid_id(const char *s)
{
	if (*s == '\0')
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		    (*s >= '0' && *s <= '9') || *s == '.' || *s == '_' ||
		    *s == '-'))
			return 0;
	return 1;
}

static int
load_rule(struct loader *L, struct fl_ruleset *rs, int cat, yaml_node_t *n)
{
	struct fl_rule r;
	yaml_node_pair_t *pr;
	yaml_node_t *words = NULL, *examples = NULL;
	const char *s;

	memset(&r, 0, sizeof(r));
	r.category = (enum fl_category)cat;
	r.line = (int)n->start_mark.line + 1;
	r.col = (int)n->start_mark.column + 1;
	r.file = rs->files[rs->nfiles - 1];
	if (n->type != YAML_MAPPING_NODE)
		return seterr(L->err, L->file, &n->start_mark,
		    "a rule must be a mapping (id, explain, pattern or words, "
		    "examples)");
	/* The id first, so that later errors can name the rule. */
	for (pr = n->data.mapping.pairs.start;
	    pr < n->data.mapping.pairs.top; pr++) {
		yaml_node_t *k = yaml_document_get_node(&L->doc, pr->key);
		yaml_node_t *v = yaml_document_get_node(&L->doc, pr->value);

		if (key_is(k, "id")) {
			if (r.id != NULL) {
				seterr(L->err, L->file, &k->start_mark,
				    "rule '%s': duplicate key 'id'", r.id);
				goto fail;
			}
			if ((s = scalar(L, v, "id")) == NULL)
				goto fail;
			if (!valid_id(s)) {
				seterr(L->err, L->file, &v->start_mark,
				    "bad rule id '%s' (use letters, digits, "
				    "'.', '_' and '-')", s);
				goto fail;
			}
			r.id = fl_xstrdup(s);
		}
	}
	if (r.id == NULL)
		return seterr(L->err, L->file, &n->start_mark,
		    "rule has no id");
	for (pr = n->data.mapping.pairs.start;
	    pr < n->data.mapping.pairs.top; pr++) {
		yaml_node_t *k = yaml_document_get_node(&L->doc, pr->key);
		yaml_node_t *v = yaml_document_get_node(&L->doc, pr->value);
		char **slot = NULL;

		if (k->type != YAML_SCALAR_NODE) {
			seterr(L->err, L->file, &k->start_mark,
			    "rule '%s': keys must be strings", r.id);
			goto fail;
		}
		if (key_is(k, "id"))
			continue;
		if (key_is(k, "explain"))
			slot = &r.explain;
		else if (key_is(k, "pattern")) {
			slot = &r.pattern;
			r.pline = (int)v->start_mark.line + 1;
			r.pcol = (int)v->start_mark.column + 1;
		} else if (key_is(k, "unless")) {
			slot = &r.unless;
			r.uline = (int)v->start_mark.line + 1;
			r.ucol = (int)v->start_mark.column + 1;
		}
		else if (key_is(k, "open"))
			slot = &r.open;
		else if (key_is(k, "close"))
			slot = &r.close;
		else if (key_is(k, "words")) {
			if (words != NULL)
				goto dup;
			words = v;
			r.pline = (int)v->start_mark.line + 1;
			r.pcol = (int)v->start_mark.column + 1;
			continue;
		} else if (key_is(k, "examples")) {
			if (examples != NULL)
				goto dup;
			examples = v;
			continue;
		} else if (key_is(k, "scope")) {
			if (r.scope != FL_SCOPE_NONE)
				goto dup;
			if ((s = scalar(L, v, "scope")) == NULL)
				goto fail;
			if (strcmp(s, "after") == 0)
				r.scope = FL_SCOPE_AFTER;
			else if (strcmp(s, "before") == 0)
				r.scope = FL_SCOPE_BEFORE;
			else if (strcmp(s, "sentence") == 0)
				r.scope = FL_SCOPE_SENTENCE;
			else {
				seterr(L->err, L->file, &v->start_mark,
				    "rule '%s': scope '%s' is not one of "
				    "after, before, sentence", r.id, s);
				goto fail;
			}
			continue;
		} else {
			seterr(L->err, L->file, &k->start_mark,
			    "rule '%s': unknown key '%s'", r.id,
			    (const char *)k->data.scalar.value);
			goto fail;
		}
		if ((s = scalar(L, v, (const char *)k->data.scalar.value))
		    == NULL)
			goto fail;
		if (*slot != NULL)
			goto dup;
		*slot = fl_xstrdup(s);
		continue;
dup:
		seterr(L->err, L->file, &k->start_mark,
		    "rule '%s': duplicate key '%s'", r.id,
		    (const char *)k->data.scalar.value);
		goto fail;
	}
	if (r.explain == NULL || r.explain[0] == '\0') {
		seterr(L->err, L->file, &n->start_mark,
		    "rule '%s' has no explain", r.id);
		goto fail;
	}
	if (cat == FL_CAT_QUOTE) {
		if (r.open == NULL || r.close == NULL || !r.open[0] ||
		    !r.close[0] || r.pattern || words) {
			seterr(L->err, L->file, &n->start_mark,
			    "quote rule '%s' needs open and close marks and "
			    "no pattern or words", r.id);
			goto fail;
		}
	} else {
		if ((r.pattern != NULL) == (words != NULL)) {
			seterr(L->err, L->file, &n->start_mark,
			    "rule '%s' needs exactly one of pattern and "
			    "words", r.id);
			goto fail;
		}
		if (r.open || r.close) {
			seterr(L->err, L->file, &n->start_mark,
			    "rule '%s': open and close are for quote rules "
			    "only", r.id);
			goto fail;
		}
		if (words != NULL && load_words(L, &r, words) < 0)
			goto fail;
	}
	if (cat == FL_CAT_ATTRIBUTION && r.scope == FL_SCOPE_NONE) {
		seterr(L->err, L->file, &n->start_mark,
		    "attribution rule '%s' needs a scope (after, before or "
		    "sentence)", r.id);
		goto fail;
	}
	if (cat != FL_CAT_ATTRIBUTION && cat != FL_CAT_VAGUE &&
	    cat != FL_CAT_STANCE && r.scope != FL_SCOPE_NONE) {
		seterr(L->err, L->file, &n->start_mark,
		    "rule '%s': scope is for attribution, vague-source and "
		    "stance rules only", r.id);
		goto fail;
	}
	if (examples == NULL && L->slim)
		goto done;	/* checked when the whole file was embedded */
	if (examples == NULL) {
		seterr(L->err, L->file, &n->start_mark,
		    "rule '%s' has no examples", r.id);
		goto fail;
	}
	if (load_examples(L, &r, examples) < 0)
		goto fail;
	if (r.nexamples == 0) {
		seterr(L->err, L->file, &examples->start_mark,
		    "rule '%s' has no examples", r.id);
		goto fail;
	}
done:
	rs->rules = fl_xrealloc(rs->rules, (rs->nrules + 1) * sizeof(r));
	rs->rules[rs->nrules++] = r;
	return 0;
fail:
	rule_free(&r);
	return -1;
}

static int
walk(struct loader *L, struct fl_ruleset *rs)
{
	yaml_node_t *root = yaml_document_get_root_node(&L->doc);
	yaml_node_t *rules = NULL, *catnode = NULL;
	yaml_node_pair_t *pr;
	yaml_node_item_t *it;
	const char *s;
	int cat;

	if (root == NULL)
		return seterr(L->err, L->file, NULL, "empty rule file");
	if (root->type != YAML_MAPPING_NODE)
		return seterr(L->err, L->file, &root->start_mark,
		    "a rule file must be a mapping with category and rules");
	for (pr = root->data.mapping.pairs.start;
	    pr < root->data.mapping.pairs.top; pr++) {
		yaml_node_t *k = yaml_document_get_node(&L->doc, pr->key);
		yaml_node_t *v = yaml_document_get_node(&L->doc, pr->value);

		if (key_is(k, "category"))
			catnode = v;
		else if (key_is(k, "rules"))
			rules = v;
		else
			return seterr(L->err, L->file, &k->start_mark,
			    "unknown key '%s' (expected category or rules)",
			    k->type == YAML_SCALAR_NODE ?
			    (const char *)k->data.scalar.value : "?");
	}
	if (catnode == NULL)
		return seterr(L->err, L->file, &root->start_mark,
		    "rule file has no category");
	if ((s = scalar(L, catnode, "category")) == NULL)
		return -1;
	if ((cat = fl_category_parse(s, strlen(s))) < 0) {
		struct fl_buf b;

		fl_buf_init(&b);
		fl_category_names(&b);
		seterr(L->err, L->file, &catnode->start_mark,
		    "unknown category '%s' (expected %s)", s, b.ptr);
		fl_buf_release(&b);
		return -1;
	}
	if (rules == NULL)
		return seterr(L->err, L->file, &root->start_mark,
		    "rule file has no rules");
	if (rules->type != YAML_SEQUENCE_NODE)
		return seterr(L->err, L->file, &rules->start_mark,
		    "rules must be a list");
	for (it = rules->data.sequence.items.start;
	    it < rules->data.sequence.items.top; it++)
		if (load_rule(L, rs, cat,
		    yaml_document_get_node(&L->doc, *it)) < 0)
			return -1;
	return 0;
}

int
fl_rules_load_mem(struct fl_ruleset *rs, const char *name, const char *text,
    size_t len, struct fl_error *err)
{
	return load_mem(rs, name, text, len, 0, err);
}

long
fl_yaml_tab(const char *text, size_t len, size_t line, size_t col)
{
	size_t i = 0, l = 0, c = 0;

	while (l < line && i < len)
		if (text[i++] == '\n')
			l++;
	if (l < line)
		return -1;
	for (; i < len && (text[i] == ' ' || text[i] == '\t'); i++, c++)
		if (text[i] == '\t')
			return (long)c;
	/* Further on: count characters (UTF-8 lead bytes) up to col. */
	for (; i < len && text[i] != '\n'; i++) {
		if (((unsigned char)text[i] & 0xc0) == 0x80)
			continue;
		if (c == col)
			return text[i] == '\t' ? (long)c : -1;
		c++;
	}
	return -1;
}

/* A YAML syntax error at the parser's problem mark; a tab said plainly. */
static int
yaml_error(struct fl_error *err, const char *name, const char *text,
    size_t len, const yaml_parser_t *p)
{
	yaml_mark_t m = p->problem_mark;
	long tab = fl_yaml_tab(text, len, m.line, m.column);

	if (tab >= 0) {
		m.column = (size_t)tab;
		return seterr(err, name, &m, "%s", FL_YAML_TAB_MSG);
	}
	return seterr(err, name, &m, "%s%s%s",
	    p->problem ? p->problem : "YAML error", p->context ? " " : "",
	    p->context ? p->context : "");
}

static int
load_mem(struct fl_ruleset *rs, const char *name, const char *text,
    size_t len, int slim, struct fl_error *err)
{
	yaml_parser_t parser;
	struct loader L;
	int rc = 0;

	rs->files = fl_xrealloc(rs->files, (rs->nfiles + 1) * sizeof(char *));
	rs->files[rs->nfiles++] = fl_xstrdup(name);
	memset(&L, 0, sizeof(L));
	L.file = name;
	L.err = err;
	L.slim = slim;
	L.limit = len < 256 * 1024 ? 1024 * 1024 : 4 * len;
	L.budget = L.limit;
	if (!yaml_parser_initialize(&parser))
		return seterr(err, name, NULL, "cannot initialise the YAML "
		    "parser");
	yaml_parser_set_input_string(&parser, (const unsigned char *)text,
	    len);
	if (!yaml_parser_load(&parser, &L.doc)) {
		rc = yaml_error(err, name, text, len, &parser);
		yaml_parser_delete(&parser);
		return rc;
	}
	rc = walk(&L, rs);
	yaml_document_delete(&L.doc);
	if (rc == 0) {
		/* A second document in the same file is a mistake. */
		yaml_document_t extra;

		if (!yaml_parser_load(&parser, &extra))
			rc = yaml_error(err, name, text, len, &parser);
		else {
			if (yaml_document_get_root_node(&extra) != NULL)
				rc = seterr(err, name,
				    &yaml_document_get_root_node(&extra)->
				    start_mark,
				    "more than one YAML document in a rule "
				    "file");
			yaml_document_delete(&extra);
		}
	}
	yaml_parser_delete(&parser);
	return rc;
}

/* A path given by the user that cannot be read: say what it was for. */
static int
path_error(struct fl_error *err, const char *path, int e)
{
	return seterr(err, "", NULL, "rules path '%s': %s", path,
	    strerror(e));
}

/* Load one rule file; given: the user named it (else a directory did). */
static int
load_file(struct fl_ruleset *rs, const char *path, int given,
    struct fl_error *err)
{
	FILE *f;
	struct fl_buf b;
	char tmp[65536];
	size_t n;
	int rc;

	if ((f = fopen(path, "rb")) == NULL)
		return given ? path_error(err, path, errno) :
		    seterr(err, path, NULL, "%s", strerror(errno));
	fl_buf_init(&b);
	while ((n = fread(tmp, 1, sizeof(tmp), f)) > 0) {
		fl_buf_put(&b, tmp, n);
		if (b.len > MAX_RULE_FILE) {
			fclose(f);
			fl_buf_release(&b);
			return seterr(err, path, NULL, "rule file larger than "
			    "%d MiB", MAX_RULE_FILE / (1024 * 1024));
		}
	}
	if (ferror(f)) {
		int e = errno;

		fclose(f);
		fl_buf_release(&b);
		return seterr(err, path, NULL, "%s", strerror(e));
	}
	fclose(f);
	rc = fl_rules_load_mem(rs, path, b.ptr, b.len, err);
	fl_buf_release(&b);
	return rc;
}

static int
yaml_name(const char *s)
{
	size_t n = strlen(s);

	return s[0] != '.' && ((n > 4 && strcmp(s + n - 4, ".yml") == 0) ||
	    (n > 5 && strcmp(s + n - 5, ".yaml") == 0));
}

static int
cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
fl_rules_load_path(struct fl_ruleset *rs, const char *path,
    struct fl_error *err)
{
	struct stat st;
	DIR *d;
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, i;
	int rc = 0;

	if (stat(path, &st) < 0)
		return path_error(err, path, errno);
	if (!S_ISDIR(st.st_mode))
		return load_file(rs, path, 1, err);
	if ((d = opendir(path)) == NULL)
		return path_error(err, path, errno);
	while ((de = readdir(d)) != NULL) {
		if (!yaml_name(de->d_name))
			continue;
		names = fl_xrealloc(names, (n + 1) * sizeof(*names));
		names[n] = fl_xmalloc(strlen(path) + strlen(de->d_name) + 2);
		sprintf(names[n], "%s/%s", path, de->d_name);
		n++;
	}
	closedir(d);
	if (n == 0)
		rc = seterr(err, path, NULL, "no *.yml or *.yaml rule files "
		    "in this directory");
	else	/* names is NULL when n is 0 */
		qsort(names, n, sizeof(*names), cmpstr);
	for (i = 0; i < n; i++) {
		if (rc == 0)
			rc = load_file(rs, names[i], 0, err);
		free(names[i]);
	}
	free(names);
	return rc;
}

int
fl_rules_load_builtin(struct fl_ruleset *rs, struct fl_error *err)
{
	const struct fl_builtin_file *f = rs->no_examples ? fl_builtin_slim :
	    fl_builtin_rules;
	size_t i;

	/* The snapshot holds the slim files' rules, parsed and compiled at
	 * build time, in the order their numbers in it need. */
	if (rs->no_examples && !rs->no_snapshot && rs->nrules == 0 &&
	    fl_builtin_snapshot.nrules > 0) {
		fl_snapshot_load(rs, &fl_builtin_snapshot);
		return 0;
	}
	for (i = 0; i < fl_builtin_nrules; i++)
		if (load_mem(rs, f[i].name, f[i].text, f[i].len,
		    rs->no_examples, err) < 0)
			return -1;
	return 0;
}

/* pcre2_compile of fl_reopt's form of src when there is one and PCRE2
 * takes it (and r is not to be compiled as written), else of src itself
 * (whose errors are the ones to report). */
static pcre2_code *
compile_fast(const struct fl_rule *r, const char *src, uint32_t opts,
    int *ec, PCRE2_SIZE *off)
{
	char *fast = r->as_written ? NULL :
	    fl_reopt(src, (opts & PCRE2_ANCHORED) != 0);
	pcre2_code *re = NULL;

	opts |= PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF;
	if (fast != NULL)
		re = pcre2_compile((PCRE2_SPTR)fast, PCRE2_ZERO_TERMINATED,
		    opts, ec, off, NULL);
	free(fast);
	if (re == NULL)
		re = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED,
		    opts, ec, off, NULL);
	return re;
}

static pcre2_code *
compile(const struct fl_rule *r, const char *src, uint32_t opts,
    const char *what, int line, int col, struct fl_error *err)
{
	pcre2_code *re;
	int ec;
	PCRE2_SIZE off;
	PCRE2_UCHAR msg[256];

	re = compile_fast(r, src, opts, &ec, &off);
	if (re == NULL) {
		pcre2_get_error_message(ec, msg, sizeof(msg));
		snprintf(err->file, sizeof(err->file), "%s", r->file);
		err->line = line ? line : r->line;
		err->col = line ? col : r->col;
		snprintf(err->msg, sizeof(err->msg),
		    "rule '%s': bad %s at offset %lu: %s", r->id, what,
		    (unsigned long)off, (char *)msg);
		return NULL;
	}
	/* JIT compilation is most of the start-up time, so it waits for the
	 * first match of the rule (fl_rules_jit, match.c). */
	return re;
}

/* JIT compilation takes about 35 to 65 ns a byte of compiled pattern
 * (the built-in rules on the development machine): the estimate. */
#define JIT_NS_PER_BYTE 50

static uint64_t
jit_cost(const pcre2_code *re)
{
	size_t size = 0;

	if (re != NULL)
		pcre2_pattern_info(re, PCRE2_INFO_SIZE, &size);
	return (uint64_t)size * JIT_NS_PER_BYTE;
}

/*
 * The bytes one of which any match of rule r holds, from what PCRE2 works
 * out for its own start-up checks: the code unit every match must hold,
 * or the one it starts with (ASCII and not a letter, so that caseless
 * matching cannot give it another form), or the few bytes a match can
 * start with.
 */
static void
pcre2_needs(struct fl_rule *r)
{
	uint32_t type = 0, unit = 0;
	const uint8_t *map = NULL;
	int b;

	if (pcre2_pattern_info(r->re, PCRE2_INFO_LASTCODETYPE, &type) == 0 &&
	    type == 1 && pcre2_pattern_info(r->re, PCRE2_INFO_LASTCODEUNIT,
	    &unit) == 0 && unit < 0x80 && !isalpha((int)unit)) {
		r->need[r->nneed++] = (unsigned char)unit;
		return;
	}
	if (pcre2_pattern_info(r->re, PCRE2_INFO_FIRSTCODETYPE, &type) == 0 &&
	    type == 1 && pcre2_pattern_info(r->re, PCRE2_INFO_FIRSTCODEUNIT,
	    &unit) == 0 && unit < 0x80 && !isalpha((int)unit)) {
		r->need[r->nneed++] = (unsigned char)unit;
		return;
	}
	if (pcre2_pattern_info(r->re, PCRE2_INFO_FIRSTBITMAP, &map) != 0 ||
	    map == NULL)
		return;
	for (b = 0; b < 256; b++)
		if (map[b / 8] >> (b % 8) & 1) {
			if (r->nneed == (int)sizeof(r->need)) {
				r->nneed = 0;	/* too many to be worth it */
				return;
			}
			r->need[r->nneed++] = (unsigned char)b;
		}
}

static int punct_only(const struct fl_rule *);

/* The bytes one of which any match of rule r holds: PCRE2's, or when they
 * are not all punctuation, the punctuation the pattern needs as read by
 * reqbytes.c (at build time for the snapshot's rules), if any. */
static void
need_bytes(struct fl_rule *r)
{
	int n;

	pcre2_needs(r);
	if (punct_only(r))
		return;
	if (!r->req_read) {
		r->nreq = fl_required_bytes(r->pattern, r->req,
		    (int)sizeof(r->req));
		r->req_read = 1;
	}
	if ((n = r->nreq) > 0) {
		memcpy(r->need, r->req, (size_t)n);
		r->nneed = n;
	}
}

/* Are the bytes need_bytes found all punctuation: ASCII, or 0xE2, which
 * starts the curly quotes, dashes and ellipsis (U+2000 to U+2FFF)? */
static int
punct_only(const struct fl_rule *r)
{
	int k;

	for (k = 0; k < r->nneed; k++)
		if (r->need[k] >= 0x80 ? r->need[k] != 0xE2 :
		    !ispunct(r->need[k]))
			return 0;
	return r->nneed > 0;
}

/* Note a compile error: through rs->on_error when set (and go on), else
 * in err (and stop). */
static int
failed(struct fl_ruleset *rs, struct fl_error *err, int *nerr)
{
	(*nerr)++;
	if (rs->on_error == NULL)
		return 1;
	rs->on_error(rs->on_error_arg, err);
	return 0;
}

static int
byid(const void *a, const void *b)
{
	const struct fl_rule *x = *(const struct fl_rule *const *)a;
	const struct fl_rule *y = *(const struct fl_rule *const *)b;
	int c = strcmp(x->id, y->id);

	if (c != 0)
		return c;
	return x < y ? -1 : x > y;	/* in file order */
}

/* For every rule, the index of the first rule with its id, or the rule's
 * own index.  Sorted, so that a set of many rules is not quadratic. */
static size_t *
first_ids(const struct fl_ruleset *rs)
{
	const struct fl_rule **v;
	size_t *first, i, g = 0;

	first = fl_xmalloc((rs->nrules ? rs->nrules : 1) * sizeof(*first));
	v = fl_xmalloc((rs->nrules ? rs->nrules : 1) * sizeof(*v));
	for (i = 0; i < rs->nrules; i++)
		v[i] = &rs->rules[i];
	qsort(v, rs->nrules, sizeof(*v), byid);
	for (i = 0; i < rs->nrules; i++) {
		if (i > 0 && strcmp(v[i]->id, v[g]->id) != 0)
			g = i;
		first[v[i] - rs->rules] = (size_t)(v[g] - rs->rules);
	}
	free(v);
	return first;
}

int
fl_rules_compile(struct fl_ruleset *rs, struct fl_error *err)
{
	size_t i, j, *first = first_ids(rs);
	uint32_t caps, maxcaps = 1;
	int nerr = 0;

	/* Patterns from the snapshot if this PCRE2 can read them; else
	 * (another version of the library) compiled below. */
	if (rs->nsnap > 0 && rs->rules[0].re == NULL)
		(void)fl_snapshot_decode(rs);

	for (i = 0; i < rs->nrules; i++) {
		struct fl_rule *r = &rs->rules[i];

		if ((j = first[i]) != i) {
			snprintf(err->file, sizeof(err->file), "%s", r->file);
			err->line = r->line;
			err->col = r->col;
			snprintf(err->msg, sizeof(err->msg),
			    "duplicate rule id '%s' (first at %s:%d:%d)",
			    r->id, rs->rules[j].file, rs->rules[j].line,
			    rs->rules[j].col);
			if (failed(rs, err, &nerr))
				goto fail;
		}
		r->as_written = rs->no_reopt;
		if (r->pattern != NULL && r->re == NULL &&
		    (r->re = compile(r, r->pattern, 0, "pattern", r->pline,
		    r->pcol, err)) == NULL) {
			if (failed(rs, err, &nerr))
				goto fail;
			continue;
		}
		if (r->re != NULL) {
			int num = pcre2_substring_number_from_name(r->re,
			    (PCRE2_SPTR)"cue");

			r->cue_group = num > 0 ? num : 0;
			pcre2_pattern_info(r->re, PCRE2_INFO_CAPTURECOUNT,
			    &caps);
			if (caps + 1 > maxcaps)
				maxcaps = caps + 1;
			r->jit_cost = jit_cost(r->re);
		}
		/* An unless pattern is searched for only up to the end of a
		 * cue (match.c): the offset limit says where. */
		if (r->unless != NULL && r->unless_re == NULL &&
		    (r->unless_re = compile(r, r->unless,
		    PCRE2_USE_OFFSET_LIMIT, "unless pattern",
		    r->uline, r->ucol, err)) == NULL && failed(rs, err, &nerr))
			goto fail;
		r->unless_jit_cost = jit_cost(r->unless_re);
		if (r->unless_re != NULL) {
			uint32_t o = 0;

			/* Compiled for an offset limit (not so in a snapshot
			 * of an older build, say). */
			pcre2_pattern_info(r->unless_re, PCRE2_INFO_ARGOPTIONS,
			    &o);
			r->unless_limit = (o & PCRE2_USE_OFFSET_LIMIT) != 0;
		}
	}
	free(first);
	if (nerr)
		return -1;
	/* The limits; each matcher copies this context and adds its own
	 * JIT stack and match data. */
	if (rs->mctx == NULL &&
	    (rs->mctx = pcre2_match_context_create(NULL)) == NULL)
		return seterr(err, "", NULL, "out of memory");
	pcre2_set_match_limit(rs->mctx, rs->match_limit);
	pcre2_set_depth_limit(rs->mctx, rs->depth_limit);
	pcre2_set_heap_limit(rs->mctx, 64 * 1024);	/* KiB */
	rs->maxcaps = maxcaps;
	fl_prefilter_free(rs->prefilter);
	rs->prefilter = NULL;
	/* The snapshot's prefilter is for its rules and no others. */
	if (!rs->no_prefilter && rs->nsnap > 0 && rs->nsnap == rs->nrules)
		rs->prefilter = fl_prefilter_load(rs->snap->prefilter,
		    rs->snap->prefilter_len, rs->nrules);
	if (!rs->no_prefilter && rs->prefilter == NULL)
		rs->prefilter = fl_prefilter_new(rs);
	for (i = 0; i < rs->nrules; i++) {
		struct fl_rule *r = &rs->rules[i];

		r->nneed = 0;
		if (rs->prefilter != NULL && r->re != NULL) {
			need_bytes(r);
			/* A rule with literals runs where they occur; a
			 * punctuation mark it also needs ("(" or "[" for a
			 * citation) narrows that further, for one memchr per
			 * sentence.  Letters, digits and spaces would not. */
			if (!fl_prefilter_always(rs->prefilter, i) &&
			    !punct_only(r))
				r->nneed = 0;
		}
		r->lead = rs->prefilter != NULL &&
		    fl_prefilter_has_lead(rs->prefilter, i);
		/* An anchored copy from the snapshot that is not needed. */
		if (!r->lead && r->re_anchored != NULL) {
			pcre2_code_free(r->re_anchored);
			r->re_anchored = NULL;
		}
	}
	return 0;
fail:
	free(first);
	return -1;
}

void
fl_rules_anchor(struct fl_rule *r)
{
	int ec;
	PCRE2_SIZE off;

	/* JIT code cannot be anchored at match time, only at compile time:
	 * rules tried at given places (match.c) get an anchored copy. */
	if (r->lead && r->re_anchored == NULL && r->pattern != NULL)
		r->re_anchored = compile_fast(r, r->pattern, PCRE2_ANCHORED,
		    &ec, &off);
}

/* JIT-compile re, setting bit in r->jit if it compiled.  A failure is no
 * error: pcre2_match falls back to the interpreter. */
static void
jit(struct fl_rule *r, void *re, unsigned bit)
{
	if (re != NULL && pcre2_jit_compile(re, PCRE2_JIT_COMPLETE) == 0)
		r->jit |= bit;
}

/* The same once: done is the bit that says it was tried. */
static void
jit_once(struct fl_rule *r, void *re, unsigned bit, unsigned done)
{
	if (r->jit & done)
		return;
	jit(r, re, bit);
	r->jit |= done;
}

void
fl_rules_jit(struct fl_rule *r)
{
	if (r->jit & FL_JIT_MAIN)
		return;
	if (r->lead) {
		fl_rules_anchor(r);
		jit(r, r->re_anchored, FL_JIT_ANCHORED_OK);
	} else {
		jit(r, r->re, FL_JIT_RE_OK);
		r->jit |= FL_JIT_SCAN;
	}
	r->jit |= FL_JIT_MAIN;
}

void
fl_rules_jit_unless(struct fl_rule *r)
{
	jit_once(r, r->unless_re, FL_JIT_UNLESS_OK, FL_JIT_UNLESS);
}

void
fl_rules_jit_scan(struct fl_rule *r)
{
	jit_once(r, r->re, FL_JIT_RE_OK, FL_JIT_SCAN);
}

void
fl_rules_no_jit(struct fl_ruleset *rs)
{
	size_t i;

	/* Marked as done, so that nothing is ever JIT-compiled. */
	for (i = 0; i < rs->nrules; i++)
		rs->rules[i].jit = FL_JIT_MAIN | FL_JIT_SCAN | FL_JIT_UNLESS;
}

void
fl_rules_jit_all(struct fl_ruleset *rs)
{
	size_t i;

	for (i = 0; i < rs->nrules; i++) {
		fl_rules_jit(&rs->rules[i]);
		fl_rules_jit_scan(&rs->rules[i]);
		fl_rules_jit_unless(&rs->rules[i]);
	}
}

const struct fl_rule *
fl_rules_find(const struct fl_ruleset *rs, const char *id)
{
	size_t i;

	for (i = 0; i < rs->nrules; i++)
		if (strcmp(rs->rules[i].id, id) == 0)
			return &rs->rules[i];
	return NULL;
}

int
fl_rules_select(const struct fl_ruleset *rs, const char *id, size_t n,
    uint64_t *sel)
{
	int cat = fl_category_parse(id, n), found = 0;
	size_t i;

	for (i = 0; i < rs->nrules; i++) {
		const struct fl_rule *r = &rs->rules[i];

		if (cat >= 0 ? (int)r->category == cat :
		    strlen(r->id) == n && strncmp(r->id, id, n) == 0) {
			sel[i / 64] |= (uint64_t)1 << (i % 64);
			found = 1;
		}
	}
	return found;
}
