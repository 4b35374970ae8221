/*
 * rulecmd.h: the commands that look at the rule set instead of annotating
 * text (--check-rules, --list-rules, --explain, --list-literals).  Each
 * appends what it shows to a buffer; main.c writes it to standard output
 * and prints the diagnostics the callbacks hand it.
 */
#ifndef FL_RULECMD_H
#define FL_RULECMD_H

#include "factlens.h"

/* A rule example that does not do what it says: file, line and col are
 * the example's position, msg the message (no newline). */
typedef void (*fl_problem_fn)(void *arg, const char *file, int line,
    int col, const char *msg);

/*
 * --check-rules: run every example of every rule of rs.  An example that
 * does not match as it says is passed to on_problem (with problem_arg);
 * a regex limit hit goes to on_limit (with limit_arg), and before each
 * example *doc, when doc is not NULL, is set to the file of its rule, for
 * on_limit to name.  Appends "N rules, N examples, N problems\n" to out.
 * Returns the number of problems.  Nothing is allocated that the caller
 * must free; out stays the caller's.
 */
size_t fl_rulecmd_check(struct fl_buf *out, const struct fl_ruleset *rs,
    fl_problem_fn on_problem, void *problem_arg, fl_limit_fn on_limit,
    void *limit_arg, const char **doc);

/* --list-rules: append one line per rule of rs to out: id, category and
 * explanation (newlines and tabs made spaces), separated by tabs. */
void fl_rulecmd_list(struct fl_buf *out, const struct fl_ruleset *rs);

/* --explain: append everything about rule r (from fl_rules_find) to out:
 * where it is defined, its explanation, patterns, marks, scope and
 * examples. */
void fl_rulecmd_explain(struct fl_buf *out, const struct fl_rule *r);

/* --list-literals: append "id<TAB>word\n" to out for every literal word
 * each pattern rule of rs needs, "id<TAB>-\n" for a rule with none. */
void fl_rulecmd_literals(struct fl_buf *out, const struct fl_ruleset *rs);

#endif
