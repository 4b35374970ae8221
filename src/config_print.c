/*
 * config_print.c: --print-config.  The settings in effect, as YAML, each
 * with where it comes from: the command line, a line of .factlens.yml, or
 * the default.
 */
#include "factlens.h"
#include "config.h"

/* The comment that ends a setting's line: its place in the config, or
 * the command line (at NULL). */
static void
from(struct fl_buf *out, const struct fl_setting *at)
{
	if (at != NULL)
		fl_buf_printf(out, "\t# %s:%d:%d\n", at->file, at->line,
		    at->col);
	else
		fl_buf_puts(out, "\t# command line\n");
}

/* A list of the config's values under key, if it has any. */
static int
settings(struct fl_buf *out, const char *key, const struct fl_setting *v,
    size_t n)
{
	size_t i;

	if (n == 0)
		return 0;
	fl_buf_printf(out, "%s:\n", key);
	for (i = 0; i < n; i++) {
		fl_buf_printf(out, "  - %s", v[i].value);
		from(out, &v[i]);
	}
	return 1;
}

/*
 * --print-config (see config.h): the config cfg and the command line's
 * settings sh, as YAML, appended to out.  Nothing is kept or freed; out
 * stays the caller's.
 */
void
fl_config_print(struct fl_buf *out, const struct fl_config *cfg,
    const struct fl_config_shown *sh)
{
	size_t i;

	if (sh->no_config)
		fl_buf_puts(out, "# config: none (--no-config)\n");
	else if (cfg->path != NULL)
		fl_buf_printf(out, "# config: %s%s\n", cfg->path,
		    sh->config != NULL ? " (--config)" : "");
	else
		fl_buf_puts(out, "# config: none (no .factlens.yml here or "
		    "above)\n");
	if (sh->format != NULL) {
		fl_buf_printf(out, "format: %s", sh->format);
		from(out, sh->format_at);
	} else
		fl_buf_puts(out, "format: ansi on a terminal, text otherwise\t"
		    "# default\n");
	if (sh->only != NULL) {
		fl_buf_printf(out, "only: [%s]", sh->only);
		from(out, NULL);
	} else if (!settings(out, "only", cfg->only, cfg->nonly))
		fl_buf_puts(out, "only: []\t# default: every sentence\n");
	if (sh->nfails > 0 && sh->fails != NULL) {
		fl_buf_puts(out, "fail-on:\n");
		for (i = 0; i < sh->nfails; i++) {
			fl_buf_printf(out, "  - %s", sh->fails[i]);
			from(out, NULL);
		}
	} else if (!settings(out, "fail-on", cfg->fail_on, cfg->nfail_on))
		fl_buf_puts(out, "fail-on: []\t# default: exit 0 whatever the "
		    "labels\n");
	fl_buf_puts(out, "rules:\n");
	if (sh->nrules == 0)
		fl_buf_puts(out, "  - built-in\t# default\n");
	for (i = 0; i < sh->nrules; i++) {
		fl_buf_printf(out, "  - %s", sh->rules[i]);
		from(out, NULL);
	}
	for (i = 0; i < cfg->nrules; i++) {
		fl_buf_printf(out, "  - %s", cfg->rules[i].value);
		from(out, &cfg->rules[i]);
	}
	for (i = 0; i < sh->nadds; i++) {
		fl_buf_printf(out, "  - %s", sh->adds[i]);
		from(out, NULL);
	}
	fl_buf_printf(out, "rule control:%s\n", sh->nctl ? "" :
	    " []\t# every rule on");
	for (i = 0; i < sh->nctl; i++) {
		fl_buf_printf(out, "  - %s %s", sh->ctl[i].disable ?
		    "disable" : "enable", sh->ctl[i].name);
		from(out, sh->ctl[i].at);
	}
	fl_buf_puts(out, "input:\n");
	if (sh->input != NULL) {
		fl_buf_printf(out, "  \"*\": %s", sh->input);
		from(out, NULL);
	}
	for (i = 0; i < cfg->ninputs; i++) {
		fl_buf_printf(out, "  \"%s\": %s", cfg->inputs[i].glob.value,
		    cfg->inputs[i].input.value);
		from(out, &cfg->inputs[i].glob);
	}
	fl_buf_puts(out, "  \"*.md\": markdown\t# default\n"
	    "  \"*.markdown\": markdown\t# default\n"
	    "  \"*.html\": html\t# default\n"
	    "  \"*.htm\": html\t# default\n"
	    "  \"*.jsonl\": jsonl\t# default\n"
	    "  \"*.ndjson\": jsonl\t# default\n"
	    "  \"*\": text\t# default (and standard input)\n");
}
