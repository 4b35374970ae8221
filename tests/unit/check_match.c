/*
 * check_match.c: sentence -> cues with a small rule set written here:
 * words and patterns, the cue group, unless, nesting within a category, list
 * markers, quotations across sentences, bad bytes, match limits, and
 * sentences matched in batches.
 */
#include <stdlib.h>
#include <string.h>

#include "common.h"

static const char hedges[] =
    "category: hedge\n"
    "rules:\n"
    "  - id: h.words\n"
    "    explain: Probability words.\n"
    "    words: [maybe, perhaps]\n"
    "    examples: {match: [\"Maybe.\"]}\n"
    "  - id: h.may\n"
    "    explain: The modal.\n"
    "    pattern: '(?i)\\bmay\\b'\n"
    "    unless: '\\bMay\\s+\\d'\n"
    "    examples: {match: [\"It may rain.\"], nomatch: [\"On May 3.\"]}\n"
    "  - id: h.may-have\n"
    "    explain: The modal perfect.\n"
    "    pattern: '(?i)\\bmay\\s+have\\b'\n"
    "    examples: {match: [\"It may have rained.\"]}\n"
    "  - id: h.likely\n"
    "    explain: Likely, as a cue group.\n"
    "    pattern: '\\b(?:is|was)\\s+(?<cue>likely)\\b(?!\\s+than)'\n"
    "    examples: {match: [\"It is likely.\"]}\n"
    "  - id: h.behind\n"
    "    explain: Lookbehind.\n"
    "    pattern: '(?<=\\bwas\\s)conceivable'\n"
    "    examples: {match: [\"It was conceivable.\"]}\n"
    "  - id: h.empty\n"
    "    explain: Can match the empty string.\n"
    "    pattern: 'z*'\n"
    "    examples: {match: [\"zz top.\"]}\n";

static const char others[] =
    "category: booster\n"
    "rules:\n"
    "  - id: b.is-likely\n"
    "    explain: Booster around a hedge.\n"
    "    words: [is likely]\n"
    "    examples: {match: [\"It is likely.\"]}\n";

static const char commands[] =
    "category: imperative\n"
    "rules:\n"
    "  - id: i.start\n"
    "    explain: A command at the start.\n"
    "    pattern: '^(?:Call|Talk)\\b'\n"
    "    examples: {match: [\"Call us.\"], nomatch: [\"We Call.\"]}\n";

static const char quotes[] =
    "category: quote\n"
    "rules:\n"
    "  - id: q.curly\n"
    "    explain: Curly quotes.\n"
    "    open: \"\xe2\x80\x9c\"\n"
    "    close: \"\xe2\x80\x9d\"\n"
    "    examples: {match: [\"\xe2\x80\x9cHi.\xe2\x80\x9d\"]}\n"
    "  - id: q.straight\n"
    "    explain: Straight quotes.\n"
    "    open: '\"'\n"
    "    close: '\"'\n"
    "    examples: {match: [\"\\\"Hi.\\\"\"]}\n"
    "  - id: q.single\n"
    "    explain: Single curly quotes.\n"
    "    open: \"\xe2\x80\x98\"\n"
    "    close: \"\xe2\x80\x99\"\n"
    "    examples: {match: [\"\xe2\x80\x98Hi.\xe2\x80\x99\"]}\n";

static struct fl_ruleset *
load_all(void)
{
	struct fl_ruleset *rs = fl_xmalloc(sizeof(*rs));
	struct fl_error err;
	const char *files[] = { hedges, others, commands, quotes };
	size_t i;

	fl_ruleset_init(rs);
	for (i = 0; i < 4; i++)
		if (fl_rules_load_mem(rs, "m.yml", files[i], strlen(files[i]),
		    &err) < 0)
			ck_abort_msg("%d:%d: %s", err.line, err.col, err.msg);
	if (fl_rules_compile(rs, &err) < 0)
		ck_abort_msg("%s", err.msg);
	return rs;
}

/* Cues of text taken as one paragraph, as "rule:text" joined by " | ". */
static void
cues_of(const struct fl_ruleset *rs, const char *text, size_t n,
    char *buf, size_t bn)
{
	struct fl_sentences ss;
	struct fl_cues cues;
	struct fl_matcher m;
	struct fl_para p = { text, n, 0, 1, 1 };
	size_t i, l = 0;

	fl_sentences_init(&ss);
	fl_cues_init(&cues);
	fl_matcher_init(&m, rs);
	fl_segment(&p, &ss);
	buf[0] = '\0';
	for (i = 0; i < ss.n; i++)
		fl_match_sentence(&m, text, &ss.v[i], &cues);
	for (i = 0; i < cues.n && l < bn; i++)
		l += (size_t)snprintf(buf + l, bn - l, "%s%s:%.*s", i ? " | " :
		    "", cues.v[i].rule->id, (int)(cues.v[i].end -
		    cues.v[i].start), text + cues.v[i].start);
	fl_matcher_release(&m);
	fl_cues_release(&cues);
	fl_sentences_release(&ss);
}

#define CUES(rs, text, want) do { \
		char got_[2048]; \
		cues_of((rs), (text), strlen(text), got_, sizeof(got_)); \
		ck_assert_msg(strcmp(got_, (want)) == 0, "<<%s>>: got " \
		    "<<%s>>, want <<%s>>", (text), got_, (want)); \
	} while (0)

START_TEST(test_words_and_patterns)
{
	struct fl_ruleset *rs = load_all();

	CUES(rs, "Maybe it rained, perhaps not.",
	    "h.words:Maybe | h.words:perhaps");
	CUES(rs, "It may rain.", "h.may:may");
	CUES(rs, "Nothing to see here.", "");
	rules_free(rs);
}
END_TEST

START_TEST(test_cue_group)
{
	struct fl_ruleset *rs = load_all();

	CUES(rs, "Rain was likely today.", "h.likely:likely");
	CUES(rs, "Rain was likely than snow.", "");
	CUES(rs, "It was conceivable.", "h.behind:conceivable");
	rules_free(rs);
}
END_TEST

START_TEST(test_unless)
{
	struct fl_ruleset *rs = load_all();

	CUES(rs, "The talks end on May 3 and may resume later.",
	    "h.may:may");
	CUES(rs, "May 3 was the day.", "");
	/* The search for the first cue stops at its end (an offset
	 * limit); the one for the second must go on from there and find
	 * "May 4", and the third must not see it. */
	CUES(rs, "It may rain, and on May 4 it may not.", "h.may:may | "
	    "h.may:may");
	CUES(rs, "It may rain, may snow and on May 4 may not.",
	    "h.may:may | h.may:may | h.may:may");
	rules_free(rs);
}
END_TEST

START_TEST(test_nested_same_category)
{
	struct fl_ruleset *rs = load_all();

	/* "may" inside "may have" (both hedges): only the longer stays. */
	CUES(rs, "It may have rained.", "h.may-have:may have");
	/* A cue of another category inside is kept, longer first. */
	CUES(rs, "Rain is likely.",
	    "b.is-likely:is likely | h.likely:likely");
	rules_free(rs);
}
END_TEST

START_TEST(test_sorted)
{
	struct fl_ruleset *rs = load_all();

	CUES(rs, "Perhaps it may have been likely, maybe.",
	    "h.words:Perhaps | h.may-have:may have | h.words:maybe");
	rules_free(rs);
}
END_TEST

START_TEST(test_empty_match)
{
	struct fl_ruleset *rs = load_all();

	/* z* matches the empty string everywhere: no empty cues, and the
	 * search ends. */
	CUES(rs, "A buzz.", "h.empty:zz");
	rules_free(rs);
}
END_TEST

START_TEST(test_list_marker_skipped)
{
	struct fl_ruleset *rs = load_all();

	CUES(rs, "- Call your doctor\n", "i.start:Call");
	CUES(rs, "12. Talk to us.", "i.start:Talk");
	CUES(rs, "\xe2\x80\xa2 Call now.", "i.start:Call");
	CUES(rs, "We Call now.", "");
	rules_free(rs);
}
END_TEST

START_TEST(test_quotes_across_sentences)
{
	struct fl_ruleset *rs = load_all();
	const char *t = "She said: \xe2\x80\x9cWe lost. We will return."
	    "\xe2\x80\x9d Then she left.";
	struct fl_sentences ss;
	struct fl_cues cues;
	struct fl_matcher m;
	struct fl_para p = { t, strlen(t), 0, 1, 1 };
	size_t n[3], i;

	CUES(rs, t, "q.curly:\xe2\x80\x9cWe lost. | q.curly:We will return."
	    "\xe2\x80\x9d");
	fl_sentences_init(&ss);
	fl_cues_init(&cues);
	fl_matcher_init(&m, rs);
	fl_segment(&p, &ss);
	ck_assert_uint_eq(ss.n, 3);
	for (i = 0; i < 3; i++)
		n[i] = fl_match_sentence(&m, t, &ss.v[i], &cues);
	ck_assert_uint_eq(n[0], 1);
	ck_assert_uint_eq(n[1], 1);
	ck_assert_uint_eq(n[2], 0);
	ck_assert(cues.v[0].open && !cues.v[0].closed);
	ck_assert(!cues.v[1].open && cues.v[1].closed);
	ck_assert_uint_eq(cues.v[1].start, ss.v[1].start);
	ck_assert_uint_eq(cues.v[1].end, ss.v[1].end);
	ck_assert_int_eq(m.in_quote, 0);

	/* reset forgets an open quotation. */
	fl_matcher_reset(&m);
	cues.n = 0;
	ck_assert_uint_eq(fl_match_sentence(&m, t, &ss.v[0], &cues), 1);
	ck_assert(m.in_quote);
	fl_matcher_reset(&m);
	ck_assert_uint_eq(fl_match_sentence(&m, t, &ss.v[2], &cues), 0);
	fl_matcher_release(&m);
	fl_cues_release(&cues);
	fl_sentences_release(&ss);
	rules_free(rs);
}
END_TEST

START_TEST(test_straight_quotes)
{
	struct fl_ruleset *rs = load_all();

	CUES(rs, "He called it \"a disaster\" twice.",
	    "q.straight:\"a disaster\"");
	CUES(rs, "He said \"we lost. We will return.\" Then he left.",
	    "q.straight:\"we lost. | q.straight:We will return.\"");
	CUES(rs, "Two \"short\" and \"long\" quotes.",
	    "q.straight:\"short\" | q.straight:\"long\"");
	rules_free(rs);
}
END_TEST

/*
 * A quotation mark glued to a letter or digit on its outer side is an
 * apostrophe or a unit, not the start or end of a quotation: the single
 * curly closing mark is also the apostrophe.
 */
START_TEST(test_apostrophes)
{
	struct fl_ruleset *rs = load_all();

	CUES(rs, "\xe2\x80\x98We don\xe2\x80\x99t know,\xe2\x80\x99 she said.",
	    "q.single:\xe2\x80\x98We don\xe2\x80\x99t know,\xe2\x80\x99");
	CUES(rs, "The mayor\xe2\x80\x99s office was shut.", "");
	CUES(rs, "He played rock\xe2\x80\x98n\xe2\x80\x99roll.", "");
	CUES(rs, "A 6\" pipe and a \"gift\" box.", "q.straight:\"gift\"");
	CUES(rs, "It was \xe2\x80\x98over.\xe2\x80\x99",
	    "q.single:\xe2\x80\x98over.\xe2\x80\x99");
	rules_free(rs);
}
END_TEST

START_TEST(test_bad_bytes)
{
	struct fl_ruleset *rs = load_all();
	static const char t[] = "Maybe \xff\xfe it \0 is \xc3 perhaps so, "
	    "\xed\xa0\x80 may be.";
	char got[1024];

	cues_of(rs, t, sizeof(t) - 1, got, sizeof(got));
	ck_assert_msg(strcmp(got, "h.words:Maybe | h.words:perhaps | "
	    "h.may:may") == 0, "got %s", got);
	rules_free(rs);
}
END_TEST

struct hits {
	int n;
	const struct fl_rule *rule;
	size_t offset;
	long line, col;
};

static void
on_limit(void *arg, const struct fl_rule *r, size_t offset, long line,
    long col, int rc)
{
	struct hits *h = arg;

	(void)rc;
	h->n++;
	h->rule = r;
	h->offset = offset;
	h->line = line;
	h->col = col;
}

START_TEST(test_match_limit)
{
	struct fl_ruleset rs;
	struct fl_error err;
	struct fl_matcher m;
	struct fl_cues cues;
	struct fl_sentence s;
	struct hits h = { 0, NULL, 0, 0, 0 };
	struct fl_para p;
	const char *y = "category: hedge\nrules:\n"
	    "  - id: h.bad\n"
	    "    explain: Catastrophic.\n"
	    "    pattern: '(a+)+$'\n"
	    "    examples: {match: [\"aaa\"]}\n"
	    "  - id: h.maybe\n"
	    "    explain: Fine.\n"
	    "    words: [maybe]\n"
	    "    examples: {match: [\"Maybe.\"]}\n";
	char t[200];
	size_t i;

	memset(t, 0, sizeof(t));
	strcpy(t, "Maybe ");
	for (i = 6; i < 6 + 60; i++)
		t[i] = 'a';
	strcat(t, "b maybe");
	fl_ruleset_init(&rs);
	ck_assert_int_eq(fl_rules_load_mem(&rs, "lim.yml", y, strlen(y),
	    &err), 0);
	rs.match_limit = 1000;
	ck_assert_int_eq(fl_rules_compile(&rs, &err), 0);
	fl_matcher_init(&m, &rs);
	m.on_limit = on_limit;
	m.arg = &h;
	p.text = t;
	p.len = strlen(t);
	p.offset = 1000;
	p.line = 3;
	p.col = 5;
	m.para = &p;
	fl_cues_init(&cues);
	memset(&s, 0, sizeof(s));
	s.start = 0;
	s.end = strlen(t);
	ck_assert_uint_eq(fl_match_sentence(&m, t, &s, &cues), 2);
	ck_assert_str_eq(cues.v[0].rule->id, "h.maybe");
	ck_assert_str_eq(cues.v[1].rule->id, "h.maybe");
	ck_assert_int_ge(h.n, 1);
	ck_assert_ptr_eq(h.rule, fl_rules_find(&rs, "h.bad"));
	ck_assert_uint_ge(h.offset, 1000);
	ck_assert_uint_le(h.offset, 1000 + strlen(t));
	ck_assert_int_eq(h.line, 3);
	ck_assert_int_ge(h.col, 5);
	fl_matcher_release(&m);
	fl_cues_release(&cues);
	fl_ruleset_release(&rs);
}
END_TEST

START_TEST(test_match_example)
{
	struct fl_ruleset *rs = load_all();

	ck_assert(fl_match_example(rs, fl_rules_find(rs, "h.may"),
	    "It may rain.", NULL, NULL));
	ck_assert(!fl_match_example(rs, fl_rules_find(rs, "h.may"),
	    "On May 3.", NULL, NULL));
	/* Examples keep nested cues: "may" inside "may have" still counts
	 * for the h.may rule's own examples. */
	ck_assert(fl_match_example(rs, fl_rules_find(rs, "h.may"),
	    "It may have rained.", NULL, NULL));
	rules_free(rs);
}
END_TEST

/*
 * Batches: sentences queued and matched rule by rule (fl_match_queue,
 * fl_match_run, fl_match_take) give each sentence the cues, and the
 * limit reports, that matching it alone gives.
 */

/* A record of limit reports: "rule@offset " each. */
struct log {
	char s[4096];
	size_t n;
};

static void
log_limit(void *arg, const struct fl_rule *r, size_t offset, long line,
    long col, int rc)
{
	struct log *L = arg;

	(void)line;
	(void)col;
	(void)rc;
	if (L->n < sizeof(L->s))
		L->n += (size_t)snprintf(L->s + L->n, sizeof(L->s) - L->n,
		    "%s@%zu ", r->id, offset);
}

/* The cues of the paragraphs of text (blank-line separated), as text,
 * matched one sentence at a time (batch 0) or all in one batch; the
 * rules of off are off in the second paragraph. */
static void
batch_cues(const struct fl_ruleset *rs, const char *text, int batch,
    const uint64_t *off, struct fl_buf *out, struct log *L)
{
	struct fl_sentences ss[8];
	struct fl_para p[8];
	struct fl_cues cues;
	struct fl_matcher m;
	size_t np = 0, at = 0, len = strlen(text), i, k, q = 0, c0;

	fl_matcher_init(&m, rs);
	m.on_limit = log_limit;
	m.arg = L;
	fl_cues_init(&cues);
	while (at < len && np < 8) {
		size_t e = at + fl_para_len(text + at, len - at);

		p[np].text = text + at;
		p[np].len = e - at;
		p[np].offset = at;
		p[np].line = p[np].col = 1;
		fl_sentences_init(&ss[np]);
		fl_segment(&p[np], &ss[np]);
		np++;
		at = e;
	}
	for (k = 0; batch && k < np; k++)
		for (i = 0; i < ss[k].n; i++)
			ck_assert_uint_eq(fl_match_queue(&m, p[k].text,
			    &ss[k].v[i], k == 1 ? off : NULL), q++);
	if (batch)
		fl_match_run(&m);
	for (k = 0, q = 0; k < np; k++) {
		fl_matcher_reset(&m);
		m.para = &p[k];
		m.off = k == 1 ? off : NULL;
		for (i = 0; i < ss[k].n; i++) {
			c0 = cues.n;
			if (batch)
				fl_match_take(&m, q++, &cues);
			else
				fl_match_sentence(&m, p[k].text, &ss[k].v[i],
				    &cues);
			fl_buf_printf(out, "[%zu.%zu]", k, i);
			for (; c0 < cues.n; c0++)
				fl_buf_printf(out, " %s %zu-%zu%s%s",
				    cues.v[c0].rule->id, cues.v[c0].start,
				    cues.v[c0].end, cues.v[c0].open ? " open" :
				    "", cues.v[c0].closed ? " closed" : "");
			fl_buf_putc(out, '\n');
		}
	}
	fl_match_clear(&m);
	for (k = 0; k < np; k++)
		fl_sentences_release(&ss[k]);
	fl_cues_release(&cues);
	fl_matcher_release(&m);
}

static const char batch_text[] =
    "Maybe it rained. The talks end on May 3 and may resume. \xe2\x80\x9cIt "
    "may rain. It is likely.\xe2\x80\x9d Call us.\n\n"
    "It may have rained, perhaps. \"Rain was likely today. zz top.\n\n"
    "- Talk to us. Nothing to see here. May 3 was the day.\n";

START_TEST(test_batch_same)
{
	struct fl_ruleset *rs = load_all();
	struct fl_buf one, all;
	struct log L1, L2;
	uint64_t off[2] = { 0, 0 };
	const struct fl_rule *may = fl_rules_find(rs, "h.may");
	size_t mi = (size_t)(may - rs->rules);

	off[mi / 64] |= (uint64_t)1 << (mi % 64);
	memset(&L1, 0, sizeof(L1));
	memset(&L2, 0, sizeof(L2));
	fl_buf_init(&one);
	fl_buf_init(&all);
	batch_cues(rs, batch_text, 0, off, &one, &L1);
	batch_cues(rs, batch_text, 1, off, &all, &L2);
	ck_assert_str_eq(one.ptr, all.ptr);
	/* The rule that was off, and a quotation across sentences. */
	ck_assert_ptr_nonnull(strstr(all.ptr, "[0.1] h.may"));
	ck_assert_ptr_null(strstr(all.ptr, "[1.0] h.may "));
	ck_assert_ptr_nonnull(strstr(all.ptr, "q.curly"));
	ck_assert_ptr_nonnull(strstr(all.ptr, "i.start"));
	fl_buf_release(&one);
	fl_buf_release(&all);
	/* The built-in rules, which have lead places and unless patterns. */
	fl_buf_init(&one);
	fl_buf_init(&all);
	batch_cues(builtin_rules(), batch_text, 0, NULL, &one, &L1);
	batch_cues(builtin_rules(), batch_text, 1, NULL, &all, &L2);
	ck_assert_str_eq(one.ptr, all.ptr);
	ck_assert_ptr_nonnull(strstr(all.ptr, "hedge.modal"));
	fl_buf_release(&one);
	fl_buf_release(&all);
	rules_free(rs);
}
END_TEST

START_TEST(test_batch_limits_in_order)
{
	struct fl_ruleset rs;
	struct fl_error err;
	struct fl_buf one, all;
	struct log L1, L2;
	const char *y = "category: hedge\nrules:\n"
	    "  - id: h.bad1\n"
	    "    explain: Catastrophic.\n"
	    "    pattern: '(a+)+$'\n"
	    "    examples: {match: [\"aaa\"]}\n"
	    "  - id: h.bad2\n"
	    "    explain: Catastrophic too.\n"
	    "    pattern: '(?:a|aa)+$'\n"
	    "    examples: {match: [\"aaa\"]}\n";
	char t[400];
	size_t i, n = 0;

	/* Two paragraphs, each a sentence both rules give up on. */
	for (i = 0; i < 2; i++) {
		memcpy(t + n, "Then ", 5);
		n += 5;
		memset(t + n, 'a', 60);
		n += 60;
		memcpy(t + n, "b\n\n", 3);
		n += 3;
	}
	t[n] = '\0';
	fl_ruleset_init(&rs);
	ck_assert_int_eq(fl_rules_load_mem(&rs, "lim.yml", y, strlen(y),
	    &err), 0);
	rs.match_limit = 1000;
	ck_assert_int_eq(fl_rules_compile(&rs, &err), 0);
	memset(&L1, 0, sizeof(L1));
	memset(&L2, 0, sizeof(L2));
	fl_buf_init(&one);
	fl_buf_init(&all);
	batch_cues(&rs, t, 0, NULL, &one, &L1);
	batch_cues(&rs, t, 1, NULL, &all, &L2);
	ck_assert_str_eq(one.ptr, all.ptr);
	/* Sentence by sentence, rule by rule within each, as one at a time
	 * gave them: not rule by rule over the batch. */
	ck_assert_str_eq(L1.s, L2.s);
	ck_assert_str_eq(L2.s, "h.bad1@0 h.bad2@0 h.bad1@68 h.bad2@68 ");
	fl_buf_release(&one);
	fl_buf_release(&all);
	fl_ruleset_release(&rs);
}
END_TEST

/* Rules with no literal for the prefilter run only on sentences with a
 * byte their matches need, from PCRE2's own analysis. */
START_TEST(test_need_bytes)
{
	static const char y[] = "category: opinion\nrules:\n"
	    "  - id: o.bang\n"
	    "    explain: An exclamation mark at the end.\n"
	    "    pattern: '(?<cue>!)(?=\\s*$)'\n"
	    "    examples: {match: [\"Wow!\"]}\n"
	    "  - id: o.colon\n"
	    "    explain: A name and a colon at the start.\n"
	    "    pattern: '^\\p{Lu}\\p{L}+:'\n"
	    "    examples: {match: [\"Lopes: no.\"]}\n"
	    "  - id: o.quote\n"
	    "    explain: An opening quotation mark before a small letter.\n"
	    "    pattern: '[\xe2\x80\x9c\"](?=\\p{Ll})'\n"
	    "    examples: {match: [\"A \\\"word\\\".\"]}\n";
	struct fl_ruleset *rs = rules_yaml(y);
	const struct fl_rule *bang = fl_rules_find(rs, "o.bang");
	const struct fl_rule *colon = fl_rules_find(rs, "o.colon");
	const struct fl_rule *quote = fl_rules_find(rs, "o.quote");

	ck_assert(fl_prefilter_always(rs->prefilter, (size_t)(bang -
	    rs->rules)));
	ck_assert_int_eq(bang->nneed, 1);
	ck_assert_int_eq(bang->need[0], '!');
	ck_assert_int_eq(colon->nneed, 1);
	ck_assert_int_eq(colon->need[0], ':');
	ck_assert_int_eq(quote->nneed, 2);
	ck_assert_int_eq(quote->need[0], '"');
	ck_assert_int_eq(quote->need[1], 0xE2);
	CUES(rs, "Lopes: what a \xe2\x80\x9cplan\xe2\x80\x9d!",
	    "o.colon:Lopes: | o.quote:\xe2\x80\x9c | o.bang:!");
	CUES(rs, "Lopes said no.", "");
	rules_free(rs);
}
END_TEST

/* The punctuation a pattern needs, as reqbytes.c reads it: each item of a
 * sequence, the cheapest for the sequence, the union of the branches,
 * lookarounds that must succeed; nothing from what may be absent or what
 * it does not understand. */
START_TEST(test_required_bytes)
{
	static const struct {
		const char *pattern, *want;	/* want: the bytes, in order */
	} t[] = {
		{ "said:\\s*x", ":" },
		{ "(?x) said \\: # a comment, with a colon:\n x", ":" },
		{ "said(?::|;)", ":;" },
		{ "said(?::|x)", "" },		/* a branch needs nothing */
		{ "said[:;]", ":;" },
		{ "said[^:;]", "" },		/* negated */
		{ "said[!-/]", "" },		/* a range */
		{ "said[:\\d]", "" },		/* a class of digits too */
		{ "said(?=.*\\()", "(" },	/* a lookahead that must hold */
		{ "said(?!.*\\()", "" },	/* one that must not */
		{ "(?<=[:;])said", ":;" },
		{ "said(?::)?", "" },		/* optional */
		{ "said:{0,2}", "" },
		{ "said:{1,2}+", ":" },
		{ "(?<cue>said)\\s*(?:\"|\xe2\x80\x9c)", "\"\xe2" },
		{ "[,.]x|:x", "" },		/* too common: a comma, a stop */
		{ "(?i)x\\?", "?" },
		{ "x,(?:[\xe2\x80\x9d\"]|'')", "\"'\xe2" },
		{ "\\Qa:b\\E", "" },		/* quoting: not read */
		{ "(*UTF)x:", "" },		/* a verb: not read */
		{ "x(?(1):|;)", "" },		/* a conditional: not read */
		{ "x:(", "" },			/* unbalanced */
		{ "x:)", "" },
		{ "[:]]", ":" },		/* a class of ":", then "]" */
		{ "(?x)a [#] b", "#" },		/* no comment inside a class */
		{ "(?x)e ? ? #a\n", "" },	/* lazy, after white space */
		{ "x:{,2}", "" },		/* a quantifier in newer PCRE2 */
		{ "(?<*x)|(>):", "" },		/* a non-atomic lookbehind */
		{ "(?<n>:)(?P<m>;)(?'o':)", ":" },
	};
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		unsigned char b[4];
		char got[5];
		int n = fl_required_bytes(t[i].pattern, b, 4);

		ck_assert_int_ge(n, 0);
		memcpy(got, b, (size_t)n);
		got[n] = '\0';
		ck_assert_msg(strcmp(got, t[i].want) == 0, "%s: got \"%s\"",
		    t[i].pattern, got);
	}
}
END_TEST

/* Every match example of a built-in rule holds one of the bytes the rule
 * is said to need: a wrong need would skip the rule where it matches. */
START_TEST(test_need_bytes_examples)
{
	const struct fl_ruleset *rs = builtin_rules();
	size_t i, j;
	int k, checked = 0;

	for (i = 0; i < rs->nrules; i++) {
		const struct fl_rule *r = &rs->rules[i];
		unsigned char req[4] = { 0, 0, 0, 0 };

		/* What the snapshot says was read at build time is what the
		 * reading gives now. */
		if (r->pattern != NULL && r->req_read) {
			ck_assert_int_eq(r->nreq, fl_required_bytes(r->pattern,
			    req, 4));
			ck_assert(memcmp(r->req, req, (size_t)r->nreq) == 0);
		}
		for (j = 0; j < r->nexamples && r->nneed > 0; j++) {
			const char *x = r->examples[j].text;
			int found = 0;

			if (!r->examples[j].match)
				continue;
			for (k = 0; k < r->nneed; k++)
				if (strchr(x, r->need[k]) != NULL)
					found = 1;
			ck_assert_msg(found, "%s: %s", r->id, x);
			checked++;
		}
	}
	ck_assert_int_gt(checked, 50);
}
END_TEST

/* Scanning two texts at once finds what scanning each alone does. */
START_TEST(test_scan_two)
{
	static const char *const t[] = {
		"The ministry said on Monday that the talks may resume.",
		"",
		"According to Reuters, critics argue it was clearly over!",
		"The \xe2\x84\xaa sign and \xc5\xbf" "aid: it may fail.",
		"x",
		"It is widely believed that prices should fall; "
		"others said so.",
	};
	const struct fl_ruleset *rs = builtin_rules();
	const struct fl_prefilter *pf = rs->prefilter;
	size_t n = sizeof(t) / sizeof(t[0]), i, j, k, w;
	uint64_t *c1, *c2, *d1, *d2;
	struct fl_starts s1, s2, e1, e2;

	/* As many words as the rules need: two bits a rule. */
	w = fl_prefilter_words(pf);
	ck_assert_uint_ge(w * 32, rs->nrules);
	c1 = calloc(w, sizeof(*c1));
	c2 = calloc(w, sizeof(*c2));
	d1 = calloc(w, sizeof(*d1));
	d2 = calloc(w, sizeof(*d2));
	ck_assert(c1 != NULL && c2 != NULL && d1 != NULL && d2 != NULL);
	memset(&s1, 0, sizeof(s1));
	memset(&s2, 0, sizeof(s2));
	memset(&e1, 0, sizeof(e1));
	memset(&e2, 0, sizeof(e2));
	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++) {
			fl_prefilter_scan2(pf, t[i], strlen(t[i]), c1, &s1,
			    t[j], strlen(t[j]), c2, &s2);
			fl_prefilter_scan(pf, t[i], strlen(t[i]), d1, &e1);
			fl_prefilter_scan(pf, t[j], strlen(t[j]), d2, &e2);
			ck_assert(memcmp(c1, d1, w * sizeof(*c1)) == 0);
			ck_assert(memcmp(c2, d2, w * sizeof(*c2)) == 0);
			ck_assert_uint_eq(s1.n, e1.n);
			ck_assert_uint_eq(s2.n, e2.n);
			ck_assert_int_eq(s1.exact, e1.exact);
			ck_assert_int_eq(s2.exact, e2.exact);
			for (k = 0; k < s1.n; k++)
				ck_assert(s1.v[k].rule == e1.v[k].rule &&
				    s1.v[k].at == e1.v[k].at);
			for (k = 0; k < s2.n; k++)
				ck_assert(s2.v[k].rule == e2.v[k].rule &&
				    s2.v[k].at == e2.v[k].at);
		}
	free(s1.v);
	free(s1.hit);
	free(s2.v);
	free(s2.hit);
	free(e1.v);
	free(e1.hit);
	free(e2.v);
	free(e2.hit);
	free(c1);
	free(c2);
	free(d1);
	free(d2);
}
END_TEST

Suite *
match_suite(void)
{
	Suite *s = suite_create("match");
	TCase *tc;

	tc = tcase_create("patterns");
	tcase_add_test(tc, test_words_and_patterns);
	tcase_add_test(tc, test_cue_group);
	tcase_add_test(tc, test_unless);
	tcase_add_test(tc, test_nested_same_category);
	tcase_add_test(tc, test_sorted);
	tcase_add_test(tc, test_empty_match);
	tcase_add_test(tc, test_list_marker_skipped);
	tcase_add_test(tc, test_match_example);
	suite_add_tcase(s, tc);
	tc = tcase_create("quotes");
	tcase_add_test(tc, test_quotes_across_sentences);
	tcase_add_test(tc, test_straight_quotes);
	tcase_add_test(tc, test_apostrophes);
	suite_add_tcase(s, tc);
	tc = tcase_create("robustness");
	tcase_add_test(tc, test_bad_bytes);
	tcase_add_test(tc, test_match_limit);
	suite_add_tcase(s, tc);
	tc = tcase_create("batch");
	tcase_add_test(tc, test_batch_same);
	tcase_add_test(tc, test_batch_limits_in_order);
	tcase_add_test(tc, test_need_bytes);
	tcase_add_test(tc, test_required_bytes);
	tcase_add_test(tc, test_need_bytes_examples);
	tcase_add_test(tc, test_scan_two);
	suite_add_tcase(s, tc);
	return s;
}
