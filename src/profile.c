/*
 * profile.c: where matching time goes, rule by rule (FACTLENS_PROFILE).
 *
 * With a profile switched on (fl_profile_start), every matcher times each
 * rule it runs on each sentence (its pattern, its unless pattern, and
 * JIT-compiling it) and the prefilter's scan, in counters of its own; when
 * the matcher is released they are added to the rule set's.  The report
 * lists the rules by time, with nanoseconds per MB of sentence text, so
 * that rule writers can see which rules to make cheaper.  Timing is by the
 * monotonic clock, which costs some tens of nanoseconds a reading: the
 * figures are for comparing rules, not for the speed of a run.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "factlens.h"

uint64_t
fl_profile_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void
fl_profile_start(struct fl_ruleset *rs)
{
	free(rs->prof);
	rs->prof = fl_xmalloc(sizeof(*rs->prof));
	memset(rs->prof, 0, sizeof(*rs->prof));
	rs->prof->rule = calloc(rs->nrules ? rs->nrules : 1,
	    sizeof(*rs->prof->rule));
	if (rs->prof->rule == NULL)
		fl_nomem();
}

struct fl_profile *
fl_profile_new(const struct fl_ruleset *rs)
{
	struct fl_profile *p;

	if (rs->prof == NULL)
		return NULL;
	p = fl_xmalloc(sizeof(*p));
	memset(p, 0, sizeof(*p));
	p->rule = calloc(rs->nrules ? rs->nrules : 1, sizeof(*p->rule));
	if (p->rule == NULL)
		fl_nomem();
	return p;
}

static void
add(uint64_t *to, uint64_t v)
{
	/* Matchers on several threads finish at the same time. */
	__atomic_fetch_add(to, v, __ATOMIC_RELAXED);
}

void
fl_profile_merge(const struct fl_ruleset *rs, struct fl_profile *p)
{
	struct fl_profile *t = rs->prof;
	size_t i;

	if (p == NULL)
		return;
	add(&t->bytes, p->bytes);
	add(&t->sentences, p->sentences);
	add(&t->scan_ns, p->scan_ns);
	for (i = 0; i < rs->nrules; i++) {
		add(&t->rule[i].ns, p->rule[i].ns);
		add(&t->rule[i].unless_ns, p->rule[i].unless_ns);
		add(&t->rule[i].runs, p->rule[i].runs);
		add(&t->rule[i].cues, p->rule[i].cues);
		add(&t->rule[i].calls, p->rule[i].calls);
		add(&t->rule[i].jit_ns, p->rule[i].jit_ns);
	}
	free(p->rule);
	free(p);
}

static const struct fl_profile *sort_prof;

static int
by_time(const void *a, const void *b)
{
	const struct fl_rule_prof *x = &sort_prof->rule[*(const size_t *)a];
	const struct fl_rule_prof *y = &sort_prof->rule[*(const size_t *)b];
	uint64_t tx = x->ns + x->jit_ns, ty = y->ns + y->jit_ns;

	if (tx != ty)
		return tx > ty ? -1 : 1;
	return *(const size_t *)a < *(const size_t *)b ? -1 : 1;
}

void
fl_profile_report(const struct fl_ruleset *rs, struct fl_buf *out)
{
	const struct fl_profile *p = rs->prof;
	double mb = p->bytes / 1048576.0, total = (double)p->scan_ns;
	size_t *order, i;

	order = fl_xmalloc((rs->nrules ? rs->nrules : 1) * sizeof(*order));
	for (i = 0; i < rs->nrules; i++) {
		order[i] = i;
		total += (double)(p->rule[i].ns + p->rule[i].jit_ns);
	}
	sort_prof = p;
	qsort(order, rs->nrules, sizeof(*order), by_time);
	if (mb <= 0)
		mb = 1.0 / 1048576;
	if (total <= 0)
		total = 1;
	fl_buf_printf(out, "profile: %.2f MB of sentences, %llu sentences; "
	    "matching %.1f ms (%.0f us/MB)\n", p->bytes / 1048576.0,
	    (unsigned long long)p->sentences, total / 1e6, total / 1e3 / mb);
	fl_buf_printf(out, "%-40s %9s %7s %7s %9s %9s %9s %8s %s\n",
	    "rule", "us/MB", "share", "unless", "sentences", "calls", "cues",
	    "jit ms", "how");
	fl_buf_printf(out, "%-40s %9.0f %6.1f%% %9llu\n",
	    "(prefilter scan)", p->scan_ns / 1e3 / mb,
	    100.0 * (double)p->scan_ns / total,
	    (unsigned long long)p->sentences);
	for (i = 0; i < rs->nrules; i++) {
		const struct fl_rule *r = &rs->rules[order[i]];
		const struct fl_rule_prof *q = &p->rule[order[i]];

		if (q->runs == 0 && q->jit_ns == 0)
			continue;
		fl_buf_printf(out, "%-40s %9.0f %6.1f%% %6.0f%% %9llu %9llu %9llu %8.2f %s\n",
		    r->id, q->ns / 1e3 / mb,
		    100.0 * (double)(q->ns + q->jit_ns) / total,
		    q->ns ? 100.0 * (double)q->unless_ns / (double)q->ns : 0.0,
		    (unsigned long long)q->runs, (unsigned long long)q->calls,
		    (unsigned long long)q->cues,
		    q->jit_ns / 1e6, rs->prefilter == NULL ? "" :
		    fl_prefilter_always(rs->prefilter, order[i]) ? "always" :
		    r->lead ? "at" : "scan");
	}
	free(order);
}
