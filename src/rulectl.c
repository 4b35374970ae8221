/*
 * rulectl.c: --disable and --enable, and the config's disable and enable
 * lists: merged in order (the config's first, so the command line has the
 * last word), then turned into the set of rules not to run.
 */
#include <stdlib.h>
#include <string.h>

#include "factlens.h"
#include "config.h"

/* See config.h: the config's entries before ctl's; ctl is freed when a
 * new list is made. */
struct fl_rulectl *
fl_rulectl_merge(const struct fl_config *cfg, struct fl_rulectl *ctl,
    size_t *n)
{
	size_t k = cfg->ndisable + cfg->nenable, i;
	struct fl_rulectl *v;

	if (k == 0)
		return ctl;
	v = fl_xmalloc((k + *n) * sizeof(*v));
	for (i = 0; i < cfg->ndisable; i++) {
		v[i].disable = 1;
		v[i].name = cfg->disable[i].value;
		v[i].at = &cfg->disable[i];
	}
	for (i = 0; i < cfg->nenable; i++) {
		v[cfg->ndisable + i].disable = 0;
		v[cfg->ndisable + i].name = cfg->enable[i].value;
		v[cfg->ndisable + i].at = &cfg->enable[i];
	}
	if (*n > 0)
		memcpy(v + k, ctl, *n * sizeof(*v));
	free(ctl);
	*n += k;
	return v;
}

/* See config.h: one bit a rule, malloc'd; NULL with *bad set when an
 * entry names no rule or category. */
uint64_t *
fl_rulectl_mask(const struct fl_ruleset *rs, const struct fl_rulectl *ctl,
    size_t n, size_t *bad)
{
	size_t words = (rs->nrules + 63) / 64 + 1, i, w;
	uint64_t *off = fl_xmalloc(words * sizeof(*off));
	uint64_t *sel = fl_xmalloc(words * sizeof(*sel));

	memset(off, 0, words * sizeof(*off));
	for (i = 0; i < n; i++) {
		memset(sel, 0, words * sizeof(*sel));
		if (!fl_rules_select(rs, ctl[i].name, strlen(ctl[i].name),
		    sel)) {
			*bad = i;
			free(sel);
			free(off);
			return NULL;
		}
		for (w = 0; w < words; w++)
			off[w] = ctl[i].disable ? off[w] | sel[w] :
			    off[w] & ~sel[w];
	}
	free(sel);
	return off;
}
