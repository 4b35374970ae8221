/*
 * match.c: sentence -> cues.
 *
 * Every pattern rule runs over the sentence (after any list marker, so that
 * ^ is the first word) with PCRE2; every match is a cue, narrowed to the
 * group named "cue" when the pattern has one, and dropped when the rule's
 * unless pattern matches over it.  Quote rules are not patterns but pairs
 * of marks: the matcher follows them across the sentences of a paragraph,
 * so a quotation that runs over two sentences gives each its part.  Match
 * and depth limits keep any rule on any input from running away; a match
 * that hits one is reported through the callback and skipped.
 */
#include <stddef.h>
#include <stdlib.h>
#include <ctype.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "factlens.h"

/* Above this many places for one rule in one sentence, scan instead. */
#define MAX_STARTS 32


void
fl_cues_init(struct fl_cues *c)
{
	c->v = NULL;
	c->n = c->cap = 0;
}

void
fl_cues_release(struct fl_cues *c)
{
	free(c->v);
	fl_cues_init(c);
}

/* Most cues a sentence keeps: real sentences have a handful, a hostile one
 * could have a cue every few bytes. */
#define MAX_CUES 256

static struct fl_cue *
push(struct fl_cues *c)
{
	if (c->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 64;
		c->v = fl_xrealloc(c->v, c->cap * sizeof(*c->v));
	}
	memset(&c->v[c->n], 0, sizeof(c->v[0]));
	return &c->v[c->n++];
}

void
fl_matcher_init(struct fl_matcher *m, const struct fl_ruleset *rs)
{
	memset(m, 0, sizeof(*m));
	m->rs = rs;
	/* Match data and a JIT stack of its own, so that matchers can run
	 * on several threads over one rule set. */
	m->md = pcre2_match_data_create(rs->maxcaps ? rs->maxcaps : 1, NULL);
	m->mctx = rs->mctx != NULL ? pcre2_match_context_copy(rs->mctx) :
	    pcre2_match_context_create(NULL);
	m->jit_stack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
	if (m->md == NULL || m->mctx == NULL)
		fl_nomem();
	if (m->jit_stack != NULL)
		pcre2_jit_stack_assign(m->mctx, NULL, m->jit_stack);
	if ((m->uctx = pcre2_match_context_copy(m->mctx)) == NULL)
		fl_nomem();
	m->prof = fl_profile_new(rs);
}

void
fl_matcher_release(struct fl_matcher *m)
{
	fl_profile_merge(m->rs, m->prof);
	m->prof = NULL;
	fl_mbatch_free(m->batch);
	m->batch = NULL;
	free(m->cand);
	m->cand = NULL;
	free(m->starts.v);
	free(m->starts.hit);
	memset(&m->starts, 0, sizeof(m->starts));
	pcre2_match_data_free(m->md);
	pcre2_match_context_free(m->mctx);
	pcre2_match_context_free(m->uctx);
	pcre2_jit_stack_free(m->jit_stack);
	m->md = NULL;
	m->mctx = m->uctx = NULL;
	m->jit_stack = NULL;
}

void
fl_matcher_reset(struct fl_matcher *m)
{
	m->in_quote = 0;
	m->quote_rule = NULL;
}

static void
limit_hit(struct fl_matcher *m, const struct fl_rule *r, size_t off, int rc)
{
	const struct fl_para *p = m->para;
	long line = 1, col = 1;

	if (m->on_limit == NULL)
		return;
	if (p == NULL) {
		m->on_limit(m->arg, r, off, line, col, rc);
		return;
	}
	fl_para_pos(p, off, &line, &col);
	m->on_limit(m->arg, r, p->offset + off, line, col, rc);
}

/*
 * pcre2_match with the matcher's match data and context, counted when
 * profiling.  jitted: re is JIT-compiled; then, with no options,
 * pcre2_jit_match gives the same result without pcre2_match's checks of
 * its arguments, which cost a quarter of a short match: ours are valid,
 * and PCRE2_MATCH_INVALID_UTF makes the UTF check unnecessary.
 */
static int
match(struct fl_matcher *m, const pcre2_code *re, int jitted,
    const char *subj, size_t n, size_t off, uint32_t opts)
{
	if (m->prof != NULL)
		m->prof->calls++;
	if (jitted && opts == 0)
		return pcre2_jit_match(re, (PCRE2_SPTR)subj, n, off, 0, m->md,
		    m->mctx);
	return pcre2_match(re, (PCRE2_SPTR)subj, n, off, opts, m->md,
	    m->mctx);
}

static void limit_report(struct fl_matcher *, const struct fl_rule *, size_t,
    int);

/*
 * Rule r ran interpreted from time t0 on: add that to its time, and
 * JIT-compile what ran (jit: FL_JIT_MAIN, FL_JIT_SCAN or FL_JIT_UNLESS)
 * once the time reaches what compiling would cost.  An unless pattern runs
 * only where its rule has a cue, which for most rules is seldom, so it has
 * a time and a cost of its own: compiled with the rule's pattern, as it
 * was, it cost a quarter of all JIT compiling and mostly never ran.
 */
static void
interpreted(struct fl_matcher *m, struct fl_rule *r, unsigned jit,
    uint64_t t0)
{
	uint64_t t1 = fl_profile_now(), *spent, cost = r->jit_cost;

	if (jit == FL_JIT_UNLESS) {
		spent = &r->unless_ns;
		cost = r->unless_jit_cost;
	} else
		spent = jit == FL_JIT_SCAN ? &r->scan_ns : &r->interp_ns;
	*spent += t1 - t0;
	if (*spent < cost)
		return;
	if (jit == FL_JIT_UNLESS)
		fl_rules_jit_unless(r);
	else if (jit == FL_JIT_SCAN)
		fl_rules_jit_scan(r);
	else
		fl_rules_jit(r);
	if (m->prof != NULL)
		m->prof->rule[r - m->rs->rules].jit_ns += fl_profile_now() - t1;
}

/*
 * The matches of a rule's unless pattern in one sentence, found one at a
 * time as the rule's cues ask for them: searching again from the start for
 * every cue would make a long sentence full of cues quadratic.
 */
struct unless_scan {
	PCRE2_SIZE off;		/* where the next search starts */
	PCRE2_SIZE ua, ub;	/* the match found last, when have */
	size_t last;		/* start of the cue asked about last */
	int have;
	int done;		/* no more matches */
	int limited;		/* a limit was hit: no more searches */
};

static void
unless_start(struct unless_scan *u)
{
	memset(u, 0, sizeof(*u));
}

/*
 * Search for r's unless pattern from off, for a match that starts before
 * end, the end of the cue: one that starts later cannot overlap it.  An
 * unlimited search would run to the end of the sentence whenever nothing
 * is there, which is most of the time.  The first match found is the same
 * either way, as the search tries the places in order.
 */
static int
unless_match(struct fl_matcher *m, const struct fl_rule *r, const char *subj,
    size_t n, size_t off, size_t end)
{
	pcre2_match_context *cx = m->mctx;

	if (r->unless_limit) {
		cx = m->uctx;
		pcre2_set_offset_limit(cx, end - 1);
	}
	if (m->prof != NULL)
		m->prof->calls++;
	if (r->jit & FL_JIT_UNLESS_OK)
		return pcre2_jit_match(r->unless_re, (PCRE2_SPTR)subj, n, off,
		    0, m->md, cx);
	return pcre2_match(r->unless_re, (PCRE2_SPTR)subj, n, off, 0, m->md,
	    cx);
}

/* Does any match of r's unless pattern in subj overlap [a, b)? */
static int
unless_hit(struct fl_matcher *m, const struct fl_rule *r, const char *subj,
    size_t n, size_t base, size_t a, size_t b, struct unless_scan *u)
{
	pcre2_match_data *md = m->md;
	PCRE2_SIZE *ov;
	int rc;

	/* Cues come in order of start; a match that ended before the cue
	 * ended before every later one too.  Should one start earlier (a
	 * cue group, \K), search from the start again. */
	if (a < u->last) {
		int limited = u->limited;

		unless_start(u);
		u->limited = limited;
	}
	u->last = a;
	for (;;) {
		if (!u->have) {
			if (u->done || u->limited || u->off > n)
				return 0;
			int interp = !(r->jit & FL_JIT_UNLESS);
			uint64_t t0 = m->prof != NULL || interp ?
			    fl_profile_now() : 0;

			rc = unless_match(m, r, subj, n, u->off, b);
			if (m->prof != NULL)
				m->prof->rule[r - m->rs->rules].unless_ns +=
				    fl_profile_now() - t0;
			if (interp)
				interpreted(m, (struct fl_rule *)r, FL_JIT_UNLESS, t0);
			if (rc == PCRE2_ERROR_NOMATCH) {
				/* None starts before b: the next one, if
				 * any, starts at b or later. */
				if (r->unless_limit) {
					if (u->off < b)
						u->off = b;
				} else
					u->done = 1;
				return 0;
			}
			if (rc < 0) {
				/* Reported once for the sentence. */
				limit_report(m, r, base + u->off, rc);
				u->limited = 1;
				return 0;
			}
			ov = pcre2_get_ovector_pointer(md);
			u->ua = ov[0];
			u->ub = ov[1];
			u->have = 1;
			u->off = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
		}
		if (u->ua < b && a < u->ub)
			return 1;
		if (u->ua >= b)
			return 0;
		u->have = 0;	/* ended before the cue */
	}
}

/* A sentence queued for matching. */
struct qsent {
	const char *text;	/* the text of its paragraph (or unit) */
	size_t a, b, skip;	/* the sentence text[a, b), its list marker */
	const uint64_t *off;	/* rules not to run, or NULL */
	size_t s0, sn;		/* its lead places in B->starts, by rule */
	size_t k;		/* the first of them not yet passed */
	int exact;		/* the places are byte-exact */
	size_t g0, g1;		/* its groups of cues, after fl_match_run */
	size_t e0, e1;		/* its limit reports, after fl_match_run */
};

/* The cues one run of a rule on one sentence gave: cues.v[c0, c1). */
struct group {
	size_t sent, c0, c1;
};

/* A limit report held back. */
struct event {
	size_t sent;
	const struct fl_rule *r;
	size_t off;
	int rc;
};

struct fl_mbatch {
	struct qsent *q;
	size_t n, cap;
	uint64_t *cand;		/* words per sentence, in queue order */
	size_t ccap;
	struct fl_start *starts;
	size_t ns, scap;
	struct fl_starts st2;	/* the scan's for the second of two */
	struct fl_cues cues;	/* as the rules gave them, rule by rule */
	struct group *g, *gs;	/* groups; sorted by sentence */
	size_t ng, gcap;
	struct event *ev, *evs;
	size_t nev, evcap;
	struct pair {		/* the runs to make */
		size_t rule, sent;
	} *pair;
	size_t npair, pcap;
	size_t *list;		/* candidate sentences, rule by rule */
	size_t lcap;
	size_t *count;		/* counting sorts: max(nrules, n) + 1 */
	size_t ccount;
	size_t *ord;		/* the queue by length, for the scan */
	size_t ocap;
	struct rneed {		/* by rule, what runs() asks: small, so */
		unsigned char pattern;	/* that it stays in the cache */
		unsigned char n;
		unsigned char b[4];
		unsigned char anchored;	/* matches only at the start */
	} *need;
	size_t cur;		/* the sentence being run */
	const uint64_t *cur_cand;	/* and its candidates, or NULL */
	int running;		/* in fl_match_run: hold limit reports */
};

/* Could r's unless pattern match in the sentence at all?  The prefilter
 * knows when it lacks the literals it needs. */
static int
unless_may(const struct fl_matcher *m, const struct fl_rule *r)
{
	size_t u = m->rs->nrules + (size_t)(r - m->rs->rules);
	const uint64_t *c = m->batch != NULL ? m->batch->cur_cand : NULL;

	return c == NULL || (c[u / 64] >> (u % 64) & 1);
}

/* Record the match in md (rc from pcre2_match) as a cue unless the rule's
 * unless pattern overlaps it.  Returns the end of the whole match. */
static size_t
take(struct fl_matcher *m, const struct fl_rule *r, const char *subj,
    size_t n, size_t base, int rc, struct unless_scan *u, struct fl_cues *out)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md), a, b, m1;

	/* unless_hit reuses md: keep what is needed of the match. */
	m1 = ov[1];
	a = ov[0];
	b = ov[1];
	if (r->cue_group && (uint32_t)r->cue_group < (uint32_t)rc &&
	    ov[2 * r->cue_group] != PCRE2_UNSET) {
		a = ov[2 * r->cue_group];
		b = ov[2 * r->cue_group + 1];
	}
	if (b > a && (r->unless_re == NULL || !unless_may(m, r) ||
	    !unless_hit(m, r, subj, n, base, a, b, u))) {
		struct fl_cue *c = push(out);

		c->rule = r;
		c->start = base + a;
		c->end = base + b;
	}
	return m1;
}

/* Run one pattern rule over subj[0, n); cue offsets are shifted by base. */
static void
run_rule(struct fl_matcher *m, const struct fl_rule *r, const char *subj,
    size_t n, size_t base, struct fl_cues *out)
{
	pcre2_match_data *md = m->md;
	PCRE2_SIZE *ov, off = 0, m0, m1;
	struct unless_scan u;
	uint32_t opts = 0;
	int rc;

	unless_start(&u);
	while (off <= n) {
		rc = match(m, r->re, (r->jit & FL_JIT_RE_OK) != 0, subj, n,
		    off, opts);
		if (rc == PCRE2_ERROR_NOMATCH) {
			if (opts == 0 || off >= n)
				break;
			/* No non-empty match at off: move on a character. */
			off++;
			while (off < n && (subj[off] & 0xC0) == 0x80)
				off++;
			opts = 0;
			continue;
		}
		if (rc < 0) {
			limit_report(m, r, base + off, rc);
			break;
		}
		ov = pcre2_get_ovector_pointer(md);
		m0 = ov[0];
		m1 = take(m, r, subj, n, base, rc, &u, out);
		off = m1;
		/* An empty match: retry at the same place for a non-empty
		 * one, as pcre2demo does. */
		opts = m0 == m1 ? PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED : 0;
		if (m1 < m0)
			break;		/* \K tricks: give up on this rule */
	}
}

/*
 * The same for a rule whose every match starts with one of its lead
 * literals: try it anchored at each place where one occurs (at[0, k),
 * ascending), instead of at every place in the sentence.  The leftmost
 * match is the first anchored one, so the cues are the same.
 */
static void
run_rule_at(struct fl_matcher *m, const struct fl_rule *r, const char *subj,
    size_t n, size_t base, const struct fl_start *at, size_t k,
    struct fl_cues *out)
{
	PCRE2_SIZE *ov, off = 0, m0, m1;
	struct unless_scan u;
	size_t i;
	int rc;

	unless_start(&u);
	for (i = 0; i < k; i++) {
		if (at[i].at < off || at[i].at > n)
			continue;
		/* The anchored copy runs as JIT code; PCRE2_ANCHORED at
		 * match time would mean the interpreter. */
		rc = r->re_anchored != NULL ?
		    match(m, r->re_anchored,
		    (r->jit & FL_JIT_ANCHORED_OK) != 0, subj, n, at[i].at, 0) :
		    match(m, r->re, 0, subj, n, at[i].at, PCRE2_ANCHORED);
		if (rc == PCRE2_ERROR_NOMATCH)
			continue;
		if (rc < 0) {
			limit_report(m, r, base + at[i].at, rc);
			break;
		}
		ov = pcre2_get_ovector_pointer(m->md);
		m0 = ov[0];
		m1 = take(m, r, subj, n, base, rc, &u, out);
		off = m1 > m0 ? m1 : m0 + 1;
	}
}

/*
 * Keep the lead places of the candidate rules only, grouped by rule in
 * rule order, each group by place: a counting sort by rule, then an
 * insertion sort, cheap because the scan found each rule's places nearly
 * in order.  (qsort here cost more than some rules.)  count has room for
 * nrules + 1 counters.
 */
static void
order_starts(struct fl_starts *st, const uint64_t *cand, size_t *count,
    size_t nrules)
{
	struct fl_start *v = st->v, *tmp, e;
	size_t i, j, n = 0;

	for (i = 0; i < st->n; i++)
		if (cand[v[i].rule / 64] >> (v[i].rule % 64) & 1)
			v[n++] = v[i];
	st->n = n;
	if (n < 2)
		return;
	if (n <= 16) {
		/* Few: an insertion sort by rule and place costs less than
		 * the counters. */
		for (i = 1; i < n; i++) {
			e = v[i];
			for (j = i; j > 0 && (v[j - 1].rule > e.rule ||
			    (v[j - 1].rule == e.rule && v[j - 1].at > e.at));
			    j--)
				v[j] = v[j - 1];
			v[j] = e;
		}
		return;
	}
	if (st->cap < 2 * n) {
		st->cap = 2 * n;
		st->v = v = fl_xrealloc(v, st->cap * sizeof(*v));
	}
	tmp = v + n;
	memset(count, 0, (nrules + 1) * sizeof(*count));
	for (i = 0; i < n; i++)
		count[v[i].rule + 1]++;
	for (i = 0; i < nrules; i++)
		count[i + 1] += count[i];
	for (i = 0; i < n; i++)
		tmp[count[v[i].rule]++] = v[i];
	for (i = 1; i < n; i++) {
		e = tmp[i];
		for (j = i; j > 0 && tmp[j - 1].rule == e.rule &&
		    tmp[j - 1].at > e.at; j--)
			tmp[j] = tmp[j - 1];
		tmp[j] = e;
	}
	memcpy(v, tmp, n * sizeof(*v));
}

static const char *
find(const char *s, size_t n, const char *needle)
{
	size_t k = strlen(needle);

	for (; n >= k; s++, n--) {
		const char *p = memchr(s, needle[0], n - k + 1);

		if (p == NULL)
			return NULL;
		n -= (size_t)(p - s);
		s = p;
		if (memcmp(s, needle, k) == 0)
			return s;
	}
	return NULL;
}

/*
 * The matcher's scratch space, m->cand: the prefilter's candidate words,
 * then order_starts' counters, then the number of quote rules and their
 * indexes.
 */
static size_t *
scratch_count(const struct fl_matcher *m)
{
	return (size_t *)(void *)(m->cand +
	    fl_prefilter_words(m->rs->prefilter));
}

static size_t *
scratch_quotes(const struct fl_matcher *m)
{
	return scratch_count(m) + m->rs->nrules + 1;
}

static void
scratch_init(struct fl_matcher *m)
{
	const struct fl_ruleset *rs = m->rs;
	size_t w = fl_prefilter_words(rs->prefilter), i, *q;

	m->cand = fl_xmalloc(w * sizeof(*m->cand) +
	    (2 * rs->nrules + 2) * sizeof(size_t));
	q = scratch_quotes(m);
	q[0] = 0;
	for (i = 0; i < rs->nrules; i++)
		if (rs->rules[i].category == FL_CAT_QUOTE)
			q[1 + q[0]++] = i;
}

/* Quotations in text[a, b), carrying the open quotation across sentences. */
static void
quotes(struct fl_matcher *m, const char *text, size_t a, size_t b,
    struct fl_cues *out)
{
	const struct fl_ruleset *rs = m->rs;
	const size_t *ql = m->cand != NULL ? scratch_quotes(m) : NULL;
	size_t i = a, qs = a, k, nq = ql != NULL ? ql[0] : rs->nrules;

	while (i < b) {
		if (m->in_quote) {
			const char *close = m->quote_rule->close;
			const char *p = find(text + i, b - i, close);
			struct fl_cue *c;

			/*
			 * A right single quotation mark is also the apostrophe:
			 * one with a letter straight after it ("it’s", "the
			 * council’s") does not close a single-quoted quotation.
			 */
			while (p != NULL && strcmp(close, "\xe2\x80\x99") == 0 &&
			    (size_t)(p - text) + 3 < b &&
			    isalpha((unsigned char)p[3]))
				p = find(p + 3, b - (size_t)(p + 3 - text), close);
			c = push(out);

			c->rule = m->quote_rule;
			c->start = qs;
			c->open = qs != a || m->in_quote == 2;
			if (p == NULL) {
				c->end = b;
				c->closed = 0;
				m->in_quote = 1;
				return;
			}
			c->end = (size_t)(p - text) + strlen(close);
			c->closed = 1;
			i = c->end;
			m->in_quote = 0;
			m->quote_rule = NULL;
			continue;
		}
		/* The earliest opening mark of any quote rule. */
		{
			const char *best = NULL;
			const struct fl_rule *br = NULL;

			for (k = 0; k < nq; k++) {
				size_t ri = ql != NULL ? ql[1 + k] : k;
				const struct fl_rule *r = &rs->rules[ri];
				const char *p;

				if (r->category != FL_CAT_QUOTE ||
				    (m->off != NULL &&
				    (m->off[ri / 64] >> (ri % 64) & 1)))
					continue;
				p = find(text + i, (best ? (size_t)(best - text)
				    : b) - i, r->open);
				if (p != NULL) {
					best = p;
					br = r;
				}
			}
			if (best == NULL)
				return;
			qs = (size_t)(best - text);
			i = qs + strlen(br->open);
			m->in_quote = 2;	/* opened in this sentence */
			m->quote_rule = br;
		}
	}
	if (m->in_quote) {
		/* Opened at the very end of the sentence. */
		struct fl_cue *c = push(out);

		c->rule = m->quote_rule;
		c->start = qs;
		c->end = b;
		c->open = 1;
		m->in_quote = 1;
	}
}

static int
cue_order(const void *x, const void *y)
{
	const struct fl_cue *a = x, *b = y;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->end != b->end)
		return a->end > b->end ? -1 : 1;
	return a->rule < b->rule ? -1 : a->rule > b->rule;
}

/*
 * Sentences are matched in batches, rule by rule: fl_match_queue scans a
 * sentence with the prefilter and keeps its candidates and lead places;
 * fl_match_run then runs each rule on every queued sentence where it is a
 * candidate, one rule after the other.  The JIT code of the built-in
 * rules is megabytes, more than the processor's caches hold: run sentence
 * by sentence, each rule's code was fetched from memory again for every
 * sentence, and matching took twice as long.  fl_match_take then gives a
 * sentence's cues in the order the sentence-by-sentence matcher gave them
 * (rule by rule, then the quotations), and the limit reports of the
 * sentence, held back until then, in the order they would have come.
 */

static void
limit_report(struct fl_matcher *m, const struct fl_rule *r, size_t off,
    int rc)
{
	struct fl_mbatch *B = m->batch;

	if (B != NULL && B->running) {
		if (B->nev == B->evcap) {
			B->evcap = B->evcap ? 2 * B->evcap : 16;
			B->ev = fl_xrealloc(B->ev, B->evcap * sizeof(*B->ev));
		}
		B->ev[B->nev].sent = B->cur;
		B->ev[B->nev].r = r;
		B->ev[B->nev].off = off;
		B->ev[B->nev++].rc = rc;
		return;
	}
	limit_hit(m, r, off, rc);
}

static struct fl_mbatch *
batch(struct fl_matcher *m)
{
	const struct fl_ruleset *rs = m->rs;
	size_t i;

	if (m->batch == NULL) {
		m->batch = fl_xmalloc(sizeof(*m->batch));
		memset(m->batch, 0, sizeof(*m->batch));
		m->batch->need = fl_xmalloc((rs->nrules ? rs->nrules : 1) *
		    sizeof(*m->batch->need));
		for (i = 0; i < rs->nrules; i++) {
			const struct fl_rule *r = &rs->rules[i];
			struct rneed *e = &m->batch->need[i];
			uint32_t all = 0;

			e->pattern = r->re != NULL;
			e->n = (unsigned char)r->nneed;
			memcpy(e->b, r->need, sizeof(e->b));
			/* PCRE2 says so of a pattern such as "^Try": it
			 * cannot match at a later place of the sentence. */
			if (r->re != NULL && pcre2_pattern_info(r->re,
			    PCRE2_INFO_ALLOPTIONS, &all) == 0)
				e->anchored = (all & PCRE2_ANCHORED) != 0;
		}
	}
	return m->batch;
}

void
fl_mbatch_free(struct fl_mbatch *B)
{
	if (B == NULL)
		return;
	free(B->q);
	free(B->cand);
	free(B->starts);
	free(B->st2.v);
	free(B->st2.hit);
	fl_cues_release(&B->cues);
	free(B->g);
	free(B->gs);
	free(B->ev);
	free(B->evs);
	free(B->pair);
	free(B->list);
	free(B->count);
	free(B->need);
	free(B->ord);
	free(B);
}

/* Room for n more items of size each in *v, which holds *len of *cap. */
static void *
grow(void *v, size_t *cap, size_t len, size_t n, size_t size)
{
	if (len + n > *cap) {
		*cap = 2 * (len + n) + 16;
		v = fl_xrealloc(v, *cap * size);
	}
	return v;
}

static size_t *
counters(struct fl_mbatch *B, size_t n)
{
	if (n + 1 > B->ccount) {
		B->ccount = 2 * (n + 1);
		B->count = fl_xrealloc(B->count, B->ccount * sizeof(*B->count));
	}
	memset(B->count, 0, (n + 1) * sizeof(*B->count));
	return B->count;
}

size_t
fl_match_queue(struct fl_matcher *m, const char *text,
    const struct fl_sentence *s, const uint64_t *off)
{
	const struct fl_ruleset *rs = m->rs;
	struct fl_mbatch *B = batch(m);
	size_t w = rs->prefilter != NULL ?
	    fl_prefilter_words(rs->prefilter) : 0;
	struct qsent *q;

	B->q = grow(B->q, &B->cap, B->n, 1, sizeof(*B->q));
	q = &B->q[B->n];
	memset(q, 0, sizeof(*q));
	q->text = text;
	q->a = s->start;
	q->b = s->end;
	q->off = off;
	q->skip = fl_list_marker(text + q->a, q->b - q->a);
	q->exact = 1;
	if (m->prof != NULL) {
		m->prof->bytes += q->b - q->a;
		m->prof->sentences++;
	}
	/* Scanned by fl_match_run, two at a time. */
	if (rs->prefilter != NULL)
		B->cand = grow(B->cand, &B->ccap, B->n * w, w,
		    sizeof(*B->cand));
	return B->n++;
}

/* Keep the lead places st of queued sentence j, scanned, for its rules. */
static void
keep(struct fl_matcher *m, size_t j, struct fl_starts *st)
{
	struct fl_mbatch *B = m->batch;
	struct qsent *q = &B->q[j];

	if (st->n > 0) {	/* st->v may be NULL */
		order_starts(st, B->cand + j * fl_prefilter_words(
		    m->rs->prefilter), scratch_count(m), m->rs->nrules);
		B->starts = grow(B->starts, &B->scap, B->ns, st->n,
		    sizeof(*B->starts));
		memcpy(B->starts + B->ns, st->v, st->n * sizeof(*B->starts));
	}
	q->s0 = q->k = B->ns;
	q->sn = st->n;
	q->exact = st->exact;
	B->ns += st->n;
}

/* Sentences of the queue shorter than LEN_BUCKETS * 8 bytes are sorted
 * by length in steps of 8 for the scan; longer ones come last. */
#define LEN_BUCKETS 64

/*
 * The prefilter's scan of every queued sentence: candidates and lead
 * places.  fl_prefilter_scan2 scans two sentences at once, the one's table
 * lookups overlapping the other's, but only as far as the shorter goes:
 * so the sentences are paired by length, shortest first (a counting sort
 * in steps of 8 bytes), which leaves little of either to scan alone.  The
 * order does not matter otherwise: each sentence keeps its own
 * candidates and places.
 */
static void
scan_queued(struct fl_matcher *m)
{
	const struct fl_prefilter *pf = m->rs->prefilter;
	struct fl_mbatch *B = m->batch;
	size_t w = fl_prefilter_words(pf), i, j, *c, *ord;
	uint64_t t0 = m->prof != NULL ? fl_profile_now() : 0;

	if (m->cand == NULL)
		scratch_init(m);
	B->ns = 0;
	B->ord = grow(B->ord, &B->ocap, 0, B->n, sizeof(*B->ord));
	ord = B->ord;
	c = counters(B, LEN_BUCKETS);
	for (j = 0; j < B->n; j++) {
		size_t len = B->q[j].b - B->q[j].a - B->q[j].skip;

		c[len / 8 < LEN_BUCKETS - 1 ? len / 8 : LEN_BUCKETS - 1]++;
	}
	for (i = 0, j = 0; i < LEN_BUCKETS; i++) {
		size_t k = c[i];

		c[i] = j;
		j += k;
	}
	for (j = 0; j < B->n; j++) {
		size_t len = B->q[j].b - B->q[j].a - B->q[j].skip;

		ord[c[len / 8 < LEN_BUCKETS - 1 ? len / 8 :
		    LEN_BUCKETS - 1]++] = j;
	}
	for (i = 0; i < B->n; i += 2) {
		const struct qsent *q = &B->q[ord[i]], *r;

		j = ord[i];
		if (i + 1 == B->n) {
			fl_prefilter_scan(pf, q->text + q->a + q->skip,
			    q->b - q->a - q->skip, B->cand + j * w,
			    &m->starts);
			keep(m, j, &m->starts);
			break;
		}
		r = &B->q[ord[i + 1]];
		fl_prefilter_scan2(pf, q->text + q->a + q->skip,
		    q->b - q->a - q->skip, B->cand + j * w, &m->starts,
		    r->text + r->a + r->skip, r->b - r->a - r->skip,
		    B->cand + ord[i + 1] * w, &B->st2);
		keep(m, j, &m->starts);
		keep(m, ord[i + 1], &B->st2);
	}
	if (m->prof != NULL)
		m->prof->scan_ns += fl_profile_now() - t0;
}

/* Run rule i on queued sentence qi, its cues going to B->cues. */
static void
run_one(struct fl_matcher *m, size_t i, size_t qi)
{
	struct fl_mbatch *B = m->batch;
	struct qsent *q = &B->q[qi];
	const struct fl_rule *r = &m->rs->rules[i];
	const char *subj = q->text + q->a + q->skip;
	size_t n = q->b - q->a - q->skip, base = q->a + q->skip;
	size_t k0 = 0, k = 0, n0 = B->cues.n;
	uint64_t t0 = 0, t1 = 0, j0 = 0;
	unsigned jit;
	int scan;

	scan = m->rs->prefilter == NULL || !q->exact || !r->lead;
	if (!scan) {
		const struct fl_start *v = B->starts;

		k = q->k;
		while (k < q->s0 + q->sn && v[k].rule < i)
			k++;
		for (k0 = k; k < q->s0 + q->sn && v[k].rule == i; k++)
			;
		q->k = k;
		/* Many places: one scan costs less than many calls. */
		scan = k - k0 > MAX_STARTS;
		if (k == k0)
			return;
		if (B->need[i].anchored) {
			/* Only the first place can be the start. */
			if (v[k0].at != 0)
				return;
			k = k0 + 1;
			scan = 0;
		}
	}
	if (m->prof != NULL) {
		t0 = fl_profile_now();
		j0 = m->prof->rule[i].jit_ns;
	}
	/* The pattern about to run, not JIT-compiled yet: time it (below),
	 * and compile it once the time it has taken would have paid for
	 * that.  (--jobs compiles every rule first.) */
	jit = scan && r->lead ? FL_JIT_SCAN : FL_JIT_MAIN;
	if (!(r->jit & jit))
		t1 = m->prof != NULL ? t0 : fl_profile_now();
	B->cur = qi;
	B->cur_cand = m->rs->prefilter != NULL ? B->cand + qi *
	    fl_prefilter_words(m->rs->prefilter) : NULL;
	if (scan)
		run_rule(m, r, subj, n, base, &B->cues);
	else
		run_rule_at(m, r, subj, n, base, B->starts + k0, k - k0,
		    &B->cues);
	if (!(r->jit & jit))
		interpreted(m, (struct fl_rule *)r, jit, t1);
	if (m->prof != NULL) {
		m->prof->rule[i].calls += m->prof->calls;
		m->prof->calls = 0;
		/* Compiling is counted apart. */
		m->prof->rule[i].ns += fl_profile_now() - t0 -
		    (m->prof->rule[i].jit_ns - j0);
		m->prof->rule[i].runs++;
		m->prof->rule[i].cues += B->cues.n - n0;
	}
	if (B->cues.n > n0) {
		B->g = grow(B->g, &B->gcap, B->ng, 1, sizeof(*B->g));
		B->g[B->ng].sent = qi;
		B->g[B->ng].c0 = n0;
		B->g[B->ng++].c1 = B->cues.n;
	}
}

/* The first rule from i on that the candidate words c let through (every
 * rule when c is NULL), or n. */
static size_t
next_cand(const uint64_t *c, size_t i, size_t n)
{
	size_t w;
	uint64_t bits;

	if (c == NULL || i >= n)
		return i < n ? i : n;
	w = i / 64;
	bits = c[w] >> (i % 64);
	if (bits != 0) {
		i += (size_t)__builtin_ctzll(bits);
		return i < n ? i : n;
	}
	for (w++; w * 64 < n; w++)
		if (c[w] != 0) {
			i = w * 64 + (size_t)__builtin_ctzll(c[w]);
			return i < n ? i : n;
		}
	return n;
}

/* Is rule i to run on queued sentence q?  (A rule with bytes it needs,
 * none of which the sentence holds, cannot match.)  Which bytes the
 * sentence holds is remembered, asked[] saying which have been looked
 * for: the rules that need bytes mostly need the same few. */
static int
runs(const struct fl_mbatch *B, const struct qsent *q, size_t i,
    uint64_t asked[4], uint64_t held[4])
{
	const struct rneed *e = &B->need[i];
	int k;

	if (!e->pattern || (q->off != NULL && (q->off[i / 64] >> (i % 64) &
	    1)))
		return 0;
	for (k = 0; k < e->n; k++) {
		unsigned c = e->b[k];
		uint64_t bit = (uint64_t)1 << (c % 64);

		if (!(asked[c / 64] & bit)) {
			asked[c / 64] |= bit;
			if (memchr(q->text + q->a + q->skip, (int)c,
			    q->b - q->a - q->skip) != NULL)
				held[c / 64] |= bit;
		}
		if (held[c / 64] & bit)
			return 1;
	}
	return e->n == 0;
}

/*
 * Move the n items of size bytes at in, each starting with the number of
 * its sentence (a size_t), to out, by sentence, each sentence's in the
 * order they came (a counting sort); the range of each queued sentence's
 * goes to the two size_t members of struct qsent at offset lo.
 */
static void
by_sentence(struct fl_mbatch *B, const void *in, void *out, size_t n,
    size_t size, size_t lo)
{
	size_t i, sent, *count = counters(B, B->n);

	for (i = 0; i < n; i++) {
		memcpy(&sent, (const char *)in + i * size, sizeof(sent));
		count[sent + 1]++;
	}
	for (i = 0; i < B->n; i++) {
		size_t *range = (size_t *)(void *)((char *)&B->q[i] + lo);

		range[0] = count[i];
		range[1] = count[i + 1] += count[i];
	}
	for (i = 0; i < n; i++) {
		memcpy(&sent, (const char *)in + i * size, sizeof(sent));
		memcpy((char *)out + count[sent]++ * size,
		    (const char *)in + i * size, size);
	}
}

/* The groups of cues and the limit reports, by sentence. */
static void
group_by_sentence(struct fl_mbatch *B)
{
	B->gs = fl_xrealloc(B->gs, (B->gcap ? B->gcap : 1) * sizeof(*B->gs));
	by_sentence(B, B->g, B->gs, B->ng, sizeof(*B->g),
	    offsetof(struct qsent, g0));
	B->evs = fl_xrealloc(B->evs, (B->evcap ? B->evcap : 1) *
	    sizeof(*B->evs));
	by_sentence(B, B->ev, B->evs, B->nev, sizeof(*B->ev),
	    offsetof(struct qsent, e0));
}

void
fl_match_run(struct fl_matcher *m)
{
	const struct fl_ruleset *rs = m->rs;
	struct fl_mbatch *B = batch(m);
	size_t nr = rs->nrules, w = rs->prefilter != NULL ?
	    fl_prefilter_words(rs->prefilter) : 0, i, j, *count;

	if (rs->prefilter != NULL)
		scan_queued(m);
	/* The candidate sentences of each rule, in queue order: a counting
	 * sort of the runs, (rule, sentence) pairs in sentence order. */
	count = counters(B, nr);
	B->npair = 0;
	for (j = 0; j < B->n; j++) {
		const uint64_t *c = w ? B->cand + j * w : NULL;
		uint64_t asked[4] = { 0, 0, 0, 0 }, held[4] = { 0, 0, 0, 0 };

		for (i = next_cand(c, 0, nr); i < nr;
		    i = next_cand(c, i + 1, nr)) {
			if (!runs(B, &B->q[j], i, asked, held))
				continue;
			B->pair = grow(B->pair, &B->pcap, B->npair, 1,
			    sizeof(*B->pair));
			B->pair[B->npair].rule = i;
			B->pair[B->npair++].sent = j;
			count[i + 1]++;
		}
	}
	for (i = 0; i < nr; i++)
		count[i + 1] += count[i];
	B->list = grow(B->list, &B->lcap, 0, count[nr], sizeof(*B->list));
	for (j = 0; j < B->npair; j++)
		B->list[count[B->pair[j].rule]++] = B->pair[j].sent;
	/* count[i] is now where rule i's list ends. */
	B->running = 1;
	for (i = 0, j = 0; i < nr; i++)
		for (; j < count[i]; j++) {
			/* The records of the sentences to come lie far apart
			 * in a batch: ask for them a few runs ahead. */
			if (j + 8 < B->npair)
				__builtin_prefetch(&B->q[B->list[j + 8]]);
			if (j + 4 < B->npair && B->starts != NULL)
				__builtin_prefetch(B->starts +
				    B->q[B->list[j + 4]].k);
			run_one(m, i, B->list[j]);
		}
	B->running = 0;
	B->cur_cand = NULL;
	group_by_sentence(B);
}

/*
 * Sort the cues out->v[first, out->n) by start, longer first, and drop,
 * within a category, a cue that lies inside another (the first of equal
 * ones stays).  Returns how many are left.
 */
static size_t
finish(struct fl_cues *out, size_t first)
{
	size_t i, k, maxend[FL_CAT_COUNT];
	int seen[FL_CAT_COUNT];

	if (out->n - first < 2)
		return out->n - first;	/* out->v may be NULL: no qsort */
	qsort(out->v + first, out->n - first, sizeof(out->v[0]), cue_order);
	/*
	 * Sorted by start, longer first: a cue lies inside an earlier one
	 * of its category exactly when that one ends at or after it, so the
	 * furthest end so far tells, in one pass.
	 */
	memset(seen, 0, sizeof(seen));
	k = first;
	for (i = first; i < out->n; i++) {
		struct fl_cue c = out->v[i];
		int cat = c.rule->category, inside = 0;

		if (cat != FL_CAT_QUOTE) {
			inside = seen[cat] && maxend[cat] >= c.end;
			if (!seen[cat] || c.end > maxend[cat])
				maxend[cat] = c.end;
			seen[cat] = 1;
		}
		/* A sentence keeps its first MAX_CUES cues (and the
		 * quotation it leaves open): classify and the formats compare
		 * the cues of a sentence pairwise. */
		if (!inside && (k - first < MAX_CUES ||
		    (cat == FL_CAT_QUOTE && !c.closed)))
			out->v[k++] = c;
	}
	out->n = k;
	return out->n - first;
}

size_t
fl_match_take(struct fl_matcher *m, size_t qi, struct fl_cues *out)
{
	struct fl_mbatch *B = m->batch;
	const struct qsent *q = &B->q[qi];
	size_t first = out->n, i, j;

	for (i = q->g0; i < q->g1; i++)
		for (j = B->gs[i].c0; j < B->gs[i].c1; j++)
			*push(out) = B->cues.v[j];
	for (i = q->e0; i < q->e1; i++)
		limit_hit(m, B->evs[i].r, B->evs[i].off, B->evs[i].rc);
	m->off = q->off;
	quotes(m, q->text, q->a, q->b, out);
	return finish(out, first);
}

void
fl_match_clear(struct fl_matcher *m)
{
	struct fl_mbatch *B = m->batch;

	if (B != NULL)
		B->n = B->ns = B->cues.n = B->ng = B->nev = 0;
}

size_t
fl_match_sentence(struct fl_matcher *m, const char *text,
    const struct fl_sentence *s, struct fl_cues *out)
{
	size_t qi, n;

	fl_match_clear(m);
	qi = fl_match_queue(m, text, s, m->off);
	fl_match_run(m);
	n = fl_match_take(m, qi, out);
	fl_match_clear(m);
	return n;
}

int
fl_match_example(const struct fl_ruleset *rs, const struct fl_rule *r,
    const char *text, fl_limit_fn on_limit, void *arg)
{
	struct fl_matcher m;
	struct fl_cues cues;
	size_t i, skip, n = strlen(text);
	int hit = 0;

	fl_matcher_init(&m, rs);
	m.on_limit = on_limit;
	m.arg = arg;
	fl_cues_init(&cues);
	if (r->category == FL_CAT_QUOTE)
		/* Quotations depend on the marks of every quote rule. */
		quotes(&m, text, 0, n, &cues);
	else if (r->re != NULL) {
		/* Only r: running the whole set for each example of each
		 * rule would make a large rule set quadratic. */
		skip = fl_list_marker(text, n);
		run_rule(&m, r, text + skip, n - skip, skip, &cues);
	}
	for (i = 0; i < cues.n; i++)
		if (cues.v[i].rule == r)
			hit = 1;
	fl_cues_release(&cues);
	fl_matcher_release(&m);
	return hit;
}
