/*
 * fuzz_reopt.c: libFuzzer harness for the pattern rewriting (reopt.c).
 * The first line of the input is a pattern, the rest a subject.  When
 * fl_reopt rewrites a pattern that PCRE2 compiles, the rewritten form must
 * compile too, and give the same matches, with the same groups, searched
 * from every match on and anchored at every byte of the subject.  And
 * when reqbytes.c says the pattern needs one of some bytes, a subject it
 * matches holds one of them.
 */
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "factlens.h"

static pcre2_code *
compile(const char *src, uint32_t opts)
{
	int ec;
	PCRE2_SIZE off;

	return pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF | opts, &ec, &off,
	    NULL);
}

/* Match a and b at off; abort on any difference.  Returns the next place
 * to search from, or (size_t)-1 at the end. */
static size_t
same(pcre2_code *a, pcre2_code *b, const char *t, size_t n, size_t off,
    pcre2_match_data *ma, pcre2_match_data *mb, pcre2_match_context *mc)
{
	int ra = pcre2_match(a, (PCRE2_SPTR)t, n, off, 0, ma, mc);
	int rb = pcre2_match(b, (PCRE2_SPTR)t, n, off, 0, mb, mc);
	PCRE2_SIZE *oa = pcre2_get_ovector_pointer(ma);
	PCRE2_SIZE *ob = pcre2_get_ovector_pointer(mb);
	uint32_t k, groups = pcre2_get_ovector_count(ma);

	/* The limits count steps, which the two forms take differently. */
	if (ra == PCRE2_ERROR_MATCHLIMIT || rb == PCRE2_ERROR_MATCHLIMIT ||
	    ra == PCRE2_ERROR_DEPTHLIMIT || rb == PCRE2_ERROR_DEPTHLIMIT ||
	    ra == PCRE2_ERROR_HEAPLIMIT || rb == PCRE2_ERROR_HEAPLIMIT)
		return (size_t)-1;
	if (ra != rb)
		abort();
	if (ra < 0)
		return (size_t)-1;
	for (k = 0; k < 2 * groups; k++)
		if (oa[k] != ob[k])
			abort();
	return oa[1] > oa[0] ? oa[1] : oa[0] + 1;
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	const char *nl = memchr(data, '\n', size);
	size_t plen = nl != NULL ? (size_t)(nl - (const char *)data) : size;
	const char *subj = nl != NULL ? nl + 1 : "";
	size_t n = nl != NULL ? size - plen - 1 : 0, off, i;
	char *pat, *fast;
	pcre2_code *a, *b;
	pcre2_match_data *ma, *mb;
	pcre2_match_context *mc;
	int anchored, nb;
	unsigned char need[4];

	if (memchr(data, '\0', plen) != NULL)
		return 0;
	pat = malloc(plen + 1);
	if (pat == NULL)
		return 0;
	memcpy(pat, data, plen);
	pat[plen] = '\0';
	if ((a = compile(pat, 0)) == NULL) {
		free(pat);
		return 0;
	}
	mc = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(mc, 20000);
	pcre2_set_depth_limit(mc, 2000);
	/* reqbytes.c: a pattern said to need one of some bytes never
	 * matches a subject that has none of them. */
	if ((nb = fl_required_bytes(pat, need, 4)) > 0) {
		ma = pcre2_match_data_create_from_pattern(a, NULL);
		if (pcre2_match(a, (PCRE2_SPTR)subj, n, 0, 0, ma, mc) >= 0) {
			for (i = 0; i < (size_t)nb; i++)
				if (memchr(subj, need[i], n) != NULL)
					break;
			if (i == (size_t)nb)
				abort();
		}
		pcre2_match_data_free(ma);
	}
	pcre2_code_free(a);
	/* The form for searching (with the word-start guard when it
	 * applies) and the form for anchored matching. */
	for (anchored = 0; anchored < 2; anchored++) {
		uint32_t opts = anchored ? PCRE2_ANCHORED : 0;

		if ((fast = fl_reopt(pat, anchored)) == NULL)
			continue;
		a = compile(pat, opts);
		b = compile(fast, opts);
		if (a == NULL)
			abort();
		if (b == NULL)
			abort();	/* reopt.c made it invalid */
		ma = pcre2_match_data_create_from_pattern(a, NULL);
		mb = pcre2_match_data_create_from_pattern(b, NULL);
		if (pcre2_get_ovector_count(ma) != pcre2_get_ovector_count(mb))
			abort();
		if (!anchored)
			for (off = 0; off <= n && off != (size_t)-1;)
				off = same(a, b, subj, n, off, ma, mb, mc);
		else
			for (i = 0; i <= n; i++)
				(void)same(a, b, subj, n, i, ma, mb, mc);
		pcre2_match_data_free(ma);
		pcre2_match_data_free(mb);
		pcre2_code_free(a);
		pcre2_code_free(b);
		free(fast);
	}
	pcre2_match_context_free(mc);
	free(pat);
	return 0;
}
