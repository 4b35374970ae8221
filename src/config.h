/*
 * config.h: the project configuration file, .factlens.yml.
 *
 * main.c finds it (fl_config_find), loads it (fl_config_load) and lets the
 * command line override it.  Every value keeps where it was written, for
 * error messages and --print-config.
 */
#ifndef FL_CONFIG_H
#define FL_CONFIG_H

#include "factlens.h"

/* One value and where it was written (file is the config's path). */
struct fl_setting {
	char *value;		/* NULL: not set */
	const char *file;	/* points at fl_config.path */
	int line, col;
};

/* "input:" maps a glob to an input type. */
struct fl_input_glob {
	struct fl_setting glob;
	struct fl_setting input;	/* "text", "markdown", "html" or
					   "jsonl" */
};

struct fl_config {
	char *path;		/* the file read, or NULL */
	char *dir;		/* its directory, or NULL */
	struct fl_setting *rules;	/* extra rule files, resolved against
					   dir unless absolute */
	size_t nrules;
	struct fl_setting *disable;	/* rule ids or categories */
	size_t ndisable;
	struct fl_setting *enable;	/* rule ids or categories */
	size_t nenable;
	struct fl_setting format;
	struct fl_setting *only;	/* labels or categories */
	size_t nonly;
	struct fl_setting *fail_on;	/* LABEL[=N|=N%] */
	size_t nfail_on;
	struct fl_input_glob *inputs;
	size_t ninputs;
};

void fl_config_init(struct fl_config *c);
void fl_config_release(struct fl_config *c);

/* The path of ".factlens.yml" in dir or its nearest parent that has one
 * (malloc'd), or NULL. */
char *fl_config_find(const char *dir);

/* Read and check the file at path into c.  Returns 0, or -1 with err
 * filled (FILE:LINE:COL of the offending node). */
int fl_config_load(struct fl_config *c, const char *path,
    struct fl_error *err);

/* The input type the config's globs give the file name (as given on the
 * command line), or NULL; the first matching glob wins. */
const struct fl_input_glob *fl_config_input_for(const struct fl_config *c,
    const char *name);

/* failon.c: --fail-on thresholds ---------------------------------------- */

/* A --fail-on value, LABEL[=N|=N%].  Returns 0, or -1 with msg (size n)
 * saying what is wrong. */
struct fl_fail_on {
	enum fl_label label;
	unsigned long n;
	int percent;
};
int fl_fail_on_parse(const char *s, struct fl_fail_on *f, char *msg,
    size_t n);

/* Has f been crossed by the counts of total (every input)?  Returns 0,
 * or 1 with a sentence saying so appended to msg (no newline), naming the
 * threshold as given: arg on the command line, or (arg NULL) the config's
 * setting at. */
int fl_fail_on_crossed(const struct fl_fail_on *f, const struct fl_doc *total,
    const char *arg, const struct fl_setting *at, struct fl_buf *msg);

/* rulectl.c: --disable and --enable ------------------------------------ */

/* One --disable or --enable, from the command line or the config's
 * disable and enable lists. */
struct fl_rulectl {
	int disable;
	const char *name;
	const struct fl_setting *at;	/* in the config, or NULL */
};

/* The config's disables and enables, then ctl[0, *n) (the command line's,
 * which so have the last word); *n becomes the new length.  Returns ctl
 * itself when the config has none, else a new malloc'd list, and ctl is
 * freed.  The caller frees the result. */
struct fl_rulectl *fl_rulectl_merge(const struct fl_config *cfg,
    struct fl_rulectl *ctl, size_t *n);

/* The rules ctl[0, n) turn off, in order: one bit a rule of rs, malloc'd
 * (the caller frees it).  NULL, with *bad the index of the entry, when
 * one names no rule or category. */
uint64_t *fl_rulectl_mask(const struct fl_ruleset *rs,
    const struct fl_rulectl *ctl, size_t n, size_t *bad);

/* config_print.c ------------------------------------------------------- */

/* What --print-config shows besides the config itself: the command line's
 * settings (NULL or 0 where not given).  Nothing here is owned. */
struct fl_config_shown {
	const char *config;		/* --config FILE */
	int no_config;			/* --no-config */
	const char *format;		/* the format given, or NULL */
	const struct fl_setting *format_at;	/* in the config, or NULL:
						   the command line */
	const char *only;		/* --only */
	const char **fails;		/* --fail-on values */
	size_t nfails;
	const char **rules;		/* --rules */
	size_t nrules;
	const char **adds;		/* --add-rules */
	size_t nadds;
	const struct fl_rulectl *ctl;	/* the config's, then the command
					   line's */
	size_t nctl;
	const char *input;		/* --input */
};

/*
 * --print-config: append to out the settings in effect, as YAML, each
 * with a comment on where it comes from (the config c, the command line
 * sh, or the default).  out stays the caller's.
 */
void fl_config_print(struct fl_buf *out, const struct fl_config *c,
    const struct fl_config_shown *sh);

#endif
