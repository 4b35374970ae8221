/*
 * rulecmd.c: the rule commands.  --check-rules runs the examples every
 * rule carries; --list-rules, --explain and --list-literals show the rule
 * set.  They append to a buffer and report through callbacks: main.c
 * prints.
 */
#include <string.h>

#include "factlens.h"
#include "rulecmd.h"

/*
 * --check-rules (see rulecmd.h): every example of every rule of rs run
 * against its rule; each one that fails goes to on_problem, and the tally
 * is appended to out.  Returns the number of problems.
 */
size_t
fl_rulecmd_check(struct fl_buf *out, const struct fl_ruleset *rs,
    fl_problem_fn on_problem, void *problem_arg, fl_limit_fn on_limit,
    void *limit_arg, const char **doc)
{
	struct fl_buf msg;
	size_t i, j, nex = 0, problems = 0;

	fl_buf_init(&msg);
	for (i = 0; i < rs->nrules; i++) {
		const struct fl_rule *r = &rs->rules[i];

		for (j = 0; j < r->nexamples; j++) {
			const struct fl_example *e = &r->examples[j];
			int hit;

			nex++;
			if (doc != NULL)
				*doc = r->file;
			hit = fl_match_example(rs, r, e->text, on_limit,
			    limit_arg);
			if (hit != e->match) {
				problems++;
				fl_buf_reset(&msg);
				fl_buf_printf(&msg, "rule '%s': example '%s' %s",
				    r->id, e->text, e->match ?
				    "does not match" : "matches but should not");
				on_problem(problem_arg, r->file, e->line, e->col,
				    msg.ptr);
			}
		}
	}
	fl_buf_release(&msg);
	fl_buf_printf(out, "%zu rule%s, %zu example%s, %zu problem%s\n",
	    rs->nrules, rs->nrules == 1 ? "" : "s", nex, nex == 1 ? "" : "s",
	    problems, problems == 1 ? "" : "s");
	return problems;
}

/* The examples of r that match (match 1) or do not, under a heading. */
static void
examples(struct fl_buf *out, const char *what, const struct fl_rule *r,
    int match)
{
	size_t i;
	int any = 0;

	for (i = 0; i < r->nexamples; i++)
		if (r->examples[i].match == match) {
			if (!any)
				fl_buf_printf(out, "%s:\n", what);
			any = 1;
			fl_buf_printf(out, "  %s\n", r->examples[i].text);
		}
}

/* --explain: everything about r appended to out (both the caller's). */
void
fl_rulecmd_explain(struct fl_buf *out, const struct fl_rule *r)
{
	static const char *const scopes[] = { NULL, "after", "before",
	    "sentence" };

	fl_buf_printf(out, "rule:      %s\ncategory:  %s\ndefined:   "
	    "%s:%d:%d\n", r->id, fl_category_name(r->category), r->file,
	    r->line, r->col);
	fl_buf_printf(out, "explain:   %s\n", r->explain);
	if (r->pattern != NULL)
		fl_buf_printf(out, "pattern:   %s\n", r->pattern);
	if (r->unless != NULL)
		fl_buf_printf(out, "unless:    %s\n", r->unless);
	if (r->open != NULL)
		fl_buf_printf(out, "marks:     %s %s\n", r->open, r->close);
	if (r->scope != FL_SCOPE_NONE)
		fl_buf_printf(out, "scope:     %s\n", scopes[r->scope]);
	examples(out, "matches", r, 1);
	examples(out, "does not match", r, 0);
}

/* --list-rules: a line per rule of rs appended to out (the caller's). */
void
fl_rulecmd_list(struct fl_buf *out, const struct fl_ruleset *rs)
{
	size_t i;

	for (i = 0; i < rs->nrules; i++) {
		const struct fl_rule *r = &rs->rules[i];
		const char *p;

		fl_buf_printf(out, "%s\t%s\t", r->id,
		    fl_category_name(r->category));
		for (p = r->explain; *p; p++)
			fl_buf_putc(out, *p == '\n' || *p == '\t' ? ' ' : *p);
		fl_buf_putc(out, '\n');
	}
}

/* fl_prefilter_each's callback: arg is the output buffer. */
static void
literal(void *arg, const struct fl_rule *r, const char *lit)
{
	fl_buf_printf(arg, "%s\t%s\n", r->id, lit ? lit : "-");
}

/* --list-literals: a line per literal of each rule of rs appended to out
 * (the caller's). */
void
fl_rulecmd_literals(struct fl_buf *out, const struct fl_ruleset *rs)
{
	fl_prefilter_each(rs, literal, out);
}
