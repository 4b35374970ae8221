/*
 * suppress.c: suppression directives.  "factlens off" ... "factlens on"
 * leaves a passage out; "factlens disable RULE..." ... "factlens enable
 * RULE..." turns rules (or whole categories) off for a passage.  The state
 * runs on from paragraph to paragraph to the end of the document, where
 * anything left open is reported.  Masks are bit sets over the rule set,
 * one bit a rule, as the matcher reads them; each one made is kept until
 * the state is released, so a paragraph handed to another thread can point
 * at the mask it started under.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "factlens.h"
#include "annotate.h"
#include "markup.h"

void
fl_supp_init(struct fl_supp *s, const struct fl_ruleset *rs,
    const uint64_t *base)
{
	memset(s, 0, sizeof(*s));
	s->rs = rs;
	s->words = (rs->nrules + 63) / 64;
	s->base = base;
	s->mask = base;
	s->dirmask = fl_xmalloc((s->words ? s->words : 1) * sizeof(uint64_t));
	memset(s->dirmask, 0, (s->words ? s->words : 1) * sizeof(uint64_t));
}

void
fl_supp_release(struct fl_supp *s)
{
	size_t i;

	free(s->dirmask);
	for (i = 0; i < s->nmasks; i++)
		free(s->masks[i]);
	free(s->masks);
	for (i = 0; i < s->nopen; i++)
		free(s->open[i].id);
	free(s->open);
	memset(s, 0, sizeof(*s));
}

static void
warn(struct fl_supp *s, long line, long col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void
warn(struct fl_supp *s, long line, long col, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	if (s->warn == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	s->warn(s->warn_arg, line, col, msg);
}

/* A new mask, a copy of the current one (or all clear). */
static uint64_t *
new_mask(struct fl_supp *s)
{
	uint64_t *m = fl_xmalloc((s->words ? s->words : 1) * sizeof(*m));

	if (s->mask != NULL)
		memcpy(m, s->mask, s->words * sizeof(*m));
	else
		memset(m, 0, (s->words ? s->words : 1) * sizeof(*m));
	s->masks = fl_xrealloc(s->masks, (s->nmasks + 1) * sizeof(*s->masks));
	s->masks[s->nmasks++] = m;
	return m;
}

/* Is every rule of sel in mask (all), or any of them? */
static int
is_off(const uint64_t *mask, const uint64_t *sel, size_t words, int all)
{
	size_t i;
	int any = 0;

	for (i = 0; i < words; i++) {
		uint64_t have = mask != NULL ? mask[i] & sel[i] : 0;

		if (have != sel[i] && all)
			return 0;
		any |= have != 0;
	}
	return all ? 1 : any;
}

/* Forget the disables whose rules are all on again. */
static void
forget_open(struct fl_supp *s, uint64_t *sel)
{
	size_t i = 0, w;

	while (i < s->nopen) {
		memset(sel, 0, (s->words ? s->words : 1) * sizeof(*sel));
		fl_rules_select(s->rs, s->open[i].id, strlen(s->open[i].id),
		    sel);
		for (w = 0; w < s->words; w++)
			if (sel[w] & s->dirmask[w])
				break;
		if (w < s->words) {
			i++;
			continue;
		}
		free(s->open[i].id);
		memmove(&s->open[i], &s->open[i + 1], (--s->nopen - i) *
		    sizeof(*s->open));
	}
}

/* Disable or enable each rule or category the list names. */
static void
rules(struct fl_supp *s, int disable, const char *args, size_t n, long line,
    long col)
{
	const char *verb = disable ? "disable" : "enable";
	uint64_t *sel = fl_xmalloc((s->words ? s->words : 1) * sizeof(*sel));
	uint64_t *m = NULL;
	size_t i = 0, k, w;

	if (n == 0)
		warn(s, line, col, "'factlens %s' names no rule", verb);
	while (i < n) {
		while (i < n && (isspace((unsigned char)args[i]) ||
		    args[i] == ','))
			i++;
		for (k = i; k < n && !isspace((unsigned char)args[k]) &&
		    args[k] != ','; k++)
			;
		if (k == i)
			break;
		memset(sel, 0, (s->words ? s->words : 1) * sizeof(*sel));
		if (!fl_rules_select(s->rs, args + i, k - i, sel)) {
			warn(s, line, col, "unknown rule or category '%.*s'",
			    (int)(k - i), args + i);
		} else if (disable && is_off(s->mask, sel, s->words, 1)) {
			warn(s, line, col, "'%.*s' is already disabled",
			    (int)(k - i), args + i);
		} else if (!disable && !is_off(s->dirmask, sel, s->words, 0)) {
			warn(s, line, col, "'%.*s' is not disabled here",
			    (int)(k - i), args + i);
		} else {
			if (m == NULL)
				m = new_mask(s);
			for (w = 0; w < s->words; w++) {
				if (disable) {
					m[w] |= sel[w];
					s->dirmask[w] |= sel[w];
				} else {
					s->dirmask[w] &= ~sel[w];
					m[w] = s->dirmask[w] |
					    (s->base != NULL ? s->base[w] : 0);
				}
			}
			if (disable) {
				s->open = fl_xrealloc(s->open, (s->nopen + 1) *
				    sizeof(*s->open));
				s->open[s->nopen].id = fl_xstrndup(args + i,
				    k - i);
				s->open[s->nopen].line = line;
				s->open[s->nopen].col = col;
				s->nopen++;
			} else
				forget_open(s, sel);
		}
		i = k;
	}
	if (m != NULL)
		s->mask = m;
	free(sel);
}

void
fl_supp_apply(struct fl_supp *s, int kind, const char *args, size_t nargs,
    long line, long col)
{
	switch (kind) {
	case FL_DIR_OFF:
		if (s->off)
			warn(s, line, col, "'factlens off' while already off "
			    "(since %ld:%ld)", s->off_line, s->off_col);
		else {
			s->off = 1;
			s->off_line = line;
			s->off_col = col;
		}
		break;
	case FL_DIR_ON:
		if (!s->off)
			warn(s, line, col, "'factlens on' without 'factlens "
			    "off' before it");
		s->off = 0;
		break;
	case FL_DIR_DISABLE:
	case FL_DIR_ENABLE:
		rules(s, kind == FL_DIR_DISABLE, args, nargs, line, col);
		break;
	default:
		break;
	}
}

void
fl_supp_finish(struct fl_supp *s)
{
	size_t i;

	if (s->off)
		warn(s, s->off_line, s->off_col, "'factlens off' is never "
		    "turned back on");
	for (i = 0; i < s->nopen; i++)
		warn(s, s->open[i].line, s->open[i].col, "'factlens disable "
		    "%s' is never enabled again", s->open[i].id);
}

int
fl_supp_line(const char *t, size_t n, const char **args, size_t *nargs)
{
	size_t i = 0;

	while (i < n && (t[i] == ' ' || t[i] == '\t'))
		i++;
	if (n - i < 9 || strncasecmp(t + i, "factlens:", 9) != 0)
		return -1;
	return fl_directive_parse(t + i + 9, n - i - 9, args, nargs);
}
