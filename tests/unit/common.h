/*
 * common.h: helpers shared by the Check suites.  Each check_<module>.c
 * exports Suite *<module>_suite(void); check_main.c runs them all.
 *
 * The helpers run the pipeline stages on strings held in memory, so that a
 * test reads as "this text gives these sentences / labels / output".
 */
#ifndef FL_TEST_COMMON_H
#define FL_TEST_COMMON_H

#include <check.h>
#include <stddef.h>

#include "factlens.h"

#define MAXS 256

Suite *buf_suite(void);
Suite *segment_suite(void);
Suite *input_suite(void);
Suite *rules_suite(void);
Suite *match_suite(void);
Suite *classify_suite(void);
Suite *clause_suite(void);
Suite *labels_suite(void);
Suite *render_suite(void);
Suite *config_suite(void);
Suite *markup_suite(void);
Suite *exercise_suite(void);
Suite *snapshot_suite(void);
Suite *jsonl_suite(void);
Suite *rulecmd_suite(void);
Suite *reopt_suite(void);

/* The sentences of a text, paragraph by paragraph as the reader hands them
 * on (fl_para_len), each as a NUL-terminated copy with its span. */
struct segs {
	size_t n;
	char *s[MAXS];
	size_t start[MAXS], end[MAXS];	/* document offsets */
	long line[MAXS], col[MAXS];
	struct fl_sentence v[MAXS];
};

void segs_run(const char *text, size_t len, struct segs *out);
void segs_free(struct segs *out);
/* Fail the test unless text splits into exactly the NULL-terminated list. */
void assert_segs(const char *text, const char *const *want);
#define SEGS(text, ...) do { \
		const char *const want_[] = { __VA_ARGS__, NULL }; \
		assert_segs((text), want_); \
	} while (0)

/* The built-in rules, loaded and compiled once (fails the test if they do
 * not load).  Never freed. */
const struct fl_ruleset *builtin_rules(void);

/* A rule set from one YAML text; fails the test on any load or compile
 * error.  Free with rules_free. */
struct fl_ruleset *rules_yaml(const char *yaml);
void rules_free(struct fl_ruleset *rs);

/* A text through segment, match and classify: per sentence, its label,
 * its text and its counted (not dropped) cues. */
struct run {
	size_t n;
	enum fl_label label[MAXS];
	char *text[MAXS];
	size_t ncues[MAXS];
	struct {
		const char *rule;	/* points into the rule set */
		enum fl_category cat;
		char *text;
		const char *owner;	/* the rule id of the cue that owns
					   it (fl_cue.owner), or NULL */
	} cue[MAXS][16];
};

void run_text(const struct fl_ruleset *rs, const char *text, struct run *r);
void run_free(struct run *r);
/* Does sentence i have a counted cue of category cat overlapping the first
 * occurrence of phrase in the sentence (phrase NULL: anywhere)? */
int run_has_cue(const struct run *r, size_t i, enum fl_category cat,
    const char *phrase);
/* The rule id of the owner of sentence i's first cue whose text is text
 * (a source's hedge, inference or opinion); "" for the writer's own, NULL
 * when there is no such cue. */
const char *run_cue_owner(const struct run *r, size_t i, const char *text);
/* Fail unless text is one sentence with label l. */
void assert_label(const struct fl_ruleset *rs, const char *text,
    enum fl_label l);

/* fl_annotate_mem with the named format; returns a malloc'd NUL-terminated
 * copy of the output, its length in *outlen when not NULL. */
char *annotate(const struct fl_ruleset *rs, const char *format,
    unsigned only, const char *text, size_t len, size_t *outlen);

/* Remove the text-format markers exactly as the spec describes: delete
 * every ⟦LABEL⟧, ⟨RULE-ID: and unescaped ⟩, then replace \X by X.
 * Returns a malloc'd buffer of *outlen bytes. */
char *strip_markers(const char *s, size_t n, size_t *outlen);

/* A temporary file holding data[0, n), open for reading at its start. */
int temp_fd(const char *data, size_t n);

#endif
