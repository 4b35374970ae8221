/*
 * check_classify.c: the "how classify decides" steps, with a small rule set
 * written here so that the tests do not depend on the shipped rules.
 */
#include <string.h>

#include "common.h"

static const char *const yaml[] = {
	"category: hedge\nrules:\n"
	"  - id: h.w\n"
	"    explain: Hedges.\n"
	"    words: [may, may have, might, perhaps, likely]\n"
	"    examples: {match: [\"It may rain.\"]}\n",

	"category: inference\nrules:\n"
	"  - id: i.w\n"
	"    explain: Inference.\n"
	"    words: [suggests, suggested, shows that]\n"
	"    examples: {match: [\"It suggests a plan.\"]}\n",

	"category: attribution\nrules:\n"
	"  - id: a.said\n"
	"    explain: A named source said; content after.\n"
	"    pattern: '(?i)\\b(?:the ministry|officials|Dana Pike) said\\b|"
	"\\bannounced\\b'\n"
	"    scope: after\n"
	"    examples: {match: [\"Officials said so.\"]}\n"
	"  - id: a.perfect\n"
	"    explain: A perfect of a verb of saying; content after.\n"
	"    words: [has suggested, have said]\n"
	"    scope: after\n"
	"    examples: {match: [\"She has suggested so.\"]}\n"
	"  - id: a.she-said\n"
	"    explain: Speaker after the content.\n"
	"    words: [she said, he said, she added]\n"
	"    scope: before\n"
	"    examples: {match: [\"It rained, she said.\"]}\n"
	"  - id: a.according\n"
	"    explain: According to; the rest of the sentence.\n"
	"    words: [according to Reuters]\n"
	"    scope: sentence\n"
	"    examples: {match: [\"According to Reuters, it rained.\"]}\n"
	"  - id: a.cite\n"
	"    explain: A numbered reference.\n"
	"    pattern: '\\[[0-9]\\]'\n"
	"    scope: after\n"
	"    examples: {match: [\"It rained [4].\"]}\n",

	"category: vague-source\nrules:\n"
	"  - id: v.w\n"
	"    explain: Nobody in particular.\n"
	"    words: [some officials said, sources said, supposedly,\n"
	"      some investors feared, it has been suggested]\n"
	"    examples: {match: [\"Sources said so.\"]}\n"
	"  - id: v.scoped\n"
	"    explain: Unnamed aides, and what they report.\n"
	"    words: [aides said, analysts expected]\n"
	"    scope: after\n"
	"    examples: {match: [\"Aides said so.\"]}\n",

	"category: opinion\nrules:\n"
	"  - id: o.w\n"
	"    explain: A judgement.\n"
	"    words: [a disgrace, a terrible mistake, must think again]\n"
	"    examples: {match: [\"It was a disgrace.\"]}\n"
	"  - id: o.scare\n"
	"    explain: Scare quotes around one word.\n"
	"    pattern: '\"reforms\"'\n"
	"    examples: {match: [\"Its \\\"reforms\\\" failed.\"]}\n",

	"category: stance\nrules:\n"
	"  - id: st.hoped\n"
	"    explain: A hope credited to someone.\n"
	"    words: [hoped, feared]\n"
	"    examples: {match: [\"She hoped so.\"]}\n"
	"  - id: st.feared-that\n"
	"    explain: A fear, and what is feared.\n"
	"    words: [feared that]\n"
	"    scope: after\n"
	"    examples: {match: [\"She feared that it was so.\"]}\n",

	"category: booster\nrules:\n"
	"  - id: b.w\n"
	"    explain: Certainty.\n"
	"    words: [clearly]\n"
	"    examples: {match: [\"It is clearly so.\"]}\n",

	"category: quote\nrules:\n"
	"  - id: q.curly\n"
	"    explain: Curly quotes.\n"
	"    open: \"\xe2\x80\x9c\"\n"
	"    close: \"\xe2\x80\x9d\"\n"
	"    examples: {match: [\"\xe2\x80\x9cHi.\xe2\x80\x9d\"]}\n"
	"  - id: q.straight\n"
	"    explain: Straight quotes.\n"
	"    open: '\"'\n"
	"    close: '\"'\n"
	"    examples: {match: [\"\\\"Hi.\\\"\"]}\n",

	"category: imperative\nrules:\n"
	"  - id: c.start\n"
	"    explain: A command.\n"
	"    pattern: '^\\W*(?<cue>Call|Talk)\\b'\n"
	"    examples: {match: [\"Call us.\"]}\n",
	NULL
};

static struct fl_ruleset *rs;

static void
setup(void)
{
	struct fl_error err;
	size_t i;

	rs = fl_xmalloc(sizeof(*rs));
	fl_ruleset_init(rs);
	for (i = 0; yaml[i]; i++)
		if (fl_rules_load_mem(rs, "c.yml", yaml[i], strlen(yaml[i]),
		    &err) < 0)
			ck_abort_msg("%d:%d: %s", err.line, err.col, err.msg);
	if (fl_rules_compile(rs, &err) < 0)
		ck_abort_msg("%s", err.msg);
}

static void
teardown(void)
{
	rules_free(rs);
}

#define S FL_LABEL_SOURCED
#define P FL_LABEL_SPECULATION
#define J FL_LABEL_OPINION
#define C FL_LABEL_CLAIM
#define O FL_LABEL_OTHER

/* Labels of every sentence of text, in order. */
static void
labels(const char *text, size_t n, const enum fl_label *want)
{
	struct run r;
	size_t i;
	char got[512];
	size_t l = 0;

	run_text(rs, text, &r);
	got[0] = '\0';
	for (i = 0; i < r.n; i++)
		l += (size_t)snprintf(got + l, sizeof(got) - l, "[%s] %s ",
		    r.text[i], fl_label_name(r.label[i]));
	ck_assert_msg(r.n == n, "<<%s>>: %zu sentences, want %zu: %s", text,
	    r.n, n, got);
	for (i = 0; i < n; i++)
		ck_assert_msg(r.label[i] == want[i], "<<%s>>: sentence %zu "
		    "want %s: %s", text, i, fl_label_name(want[i]), got);
	run_free(&r);
}

#define LABELS(text, ...) do { \
		const enum fl_label w_[] = { __VA_ARGS__ }; \
		labels((text), sizeof(w_) / sizeof(w_[0]), w_); \
	} while (0)

START_TEST(test_question)
{
	assert_label(rs, "Might the talks resume?", O);
	assert_label(rs, "Did officials say the talks may resume?", O);
	assert_label(rs, "She asked \xe2\x80\x9cwhy now?\xe2\x80\x9d", O);
}
END_TEST

START_TEST(test_no_final_punct)
{
	assert_label(rs, "The talks may resume", O);
	assert_label(rs, "Officials said the deal collapsed\n", O);
	LABELS("Contact\nDana Pike\n", O, O);
}
END_TEST

START_TEST(test_caption_label)
{
	LABELS("Figure 3. Owls may hunt by ear. Scale bar, 5 mm.", O, P, O);
	LABELS("Fig. 2B. Supplementary Table S4: Table 1 lists the owls.",
	    O, C);
	assert_label(rs, "Scale bars = 20 mm.", O);
	assert_label(rs, "Scale bars were drawn by hand.", C);
	assert_label(rs, "Figure 2 shows that it may rain.", P);
}
END_TEST

/* Panel lines with a clause, a verb or a hedge are statements. */
static const struct {
	const char *text;
	enum fl_label label;
} panel_statements[] = {
	{ "(A) Owl pellets; bars show means of four nests.", C },
	{ "(A) Owls were ringed in June.", C },
	{ "(B) Each dot represents one owl.", C },
	{ "(A) Owls may hunt by ear.", P },
	{ "(A full list of nests is in Table 2.)", C },
};

START_TEST(test_panel_caption)
{
	size_t i;

	LABELS("Figure 4. Owls hunt by ear. (A) Barn owls in flight "
	    "over a meadow. (B, C) Ear openings of two young owls.",
	    O, C, O, O);
	for (i = 0; i < sizeof(panel_statements) /
	    sizeof(panel_statements[0]); i++)
		assert_label(rs, panel_statements[i].text,
		    panel_statements[i].label);
}
END_TEST

/* The title after a figure or table label: a noun phrase is a label, a
 * title with a verb states a finding; the label may stand in its own
 * paragraph or open the title's. */
START_TEST(test_caption_title)
{
	LABELS("Figure 1.\n\nObserved and fitted counts of owls, "
	    "2012-2019.\n\nOwls were ringed in June.", O, O, C);
	LABELS("Figure 2.\n\nBarn owls in flight over a meadow. (A) Owl "
	    "pellets.", O, O, O);
	LABELS("Table 1.\n\nNest boxes treated with creosote.", O, O);
	LABELS("Figure 3.\n\nLoss of Kv7 channels raises excitability.",
	    O, C);
	LABELS("Figure 4. Warming advances laying by nine days.", O, C);
	LABELS("Figure 5. Deletion of owlA abolished hunting.", O, C);
	LABELS("Figure 6. Owls may hunt by ear.", O, P);
	LABELS("Figure 7. Owl pellets; bars show means of four nests.",
	    O, C);
	/* Not after a label: a verbless sentence stays as it was. */
	LABELS("Barn owls in flight over a meadow.", C);
	LABELS("Figure 8 shows the nests.\n\nBarn owls in flight over a "
	    "meadow.", C, C);
}
END_TEST

START_TEST(test_list_items)
{
	LABELS("Highlights:\n- The plant opened in 2019\n"
	    "- Annual capacity of 3 GWh\n- Output was doubled\n",
	    O, C, O, C);
	LABELS("- The talks may resume\n", P);
	/* A word in -ed after a determiner, a number or an object pronoun
	 * is an adjective, not the item's verb. */
	LABELS("- 140 new jobs, most of them skilled\n- 2 heated pools\n"
	    "- The untreated wing\n- Output doubled\n", O, O, O, C);
}
END_TEST

START_TEST(test_imperative)
{
	assert_label(rs, "Call your doctor if the pain may be serious.", O);
	LABELS("- Talk to the coach.\n", O);
	assert_label(rs, "\xe2\x80\x9cTalk to the coach.\xe2\x80\x9d", O);
	assert_label(rs, "We will Call later.", C);
}
END_TEST

START_TEST(test_writer_hedge)
{
	assert_label(rs, "The talks may resume.", P);
	assert_label(rs, "He did not perhaps enjoy the concert.", P);
}
END_TEST

START_TEST(test_hedge_in_after_scope)
{
	assert_label(rs, "Officials said the talks may resume.", S);
	assert_label(rs, "The ministry said it might appeal.", S);
}
END_TEST

START_TEST(test_hedge_before_after_scope)
{
	assert_label(rs, "Perhaps the ministry said too much.", P);
	assert_label(rs, "The talks may resume, officials said.", P);
}
END_TEST

START_TEST(test_before_scope)
{
	assert_label(rs, "The talks may resume, she said.", S);
	assert_label(rs, "She said the talks may resume.", P);
}
END_TEST

/* An inference verb that is also a source's verb of saying is the source's
 * (LABELS.md rule 14); a modal next to the verb stays the writer's. */
START_TEST(test_source_verb)
{
	assert_label(rs, "The envoy has suggested the talks failed.", S);
	assert_label(rs, "The minister may have said the talks failed.", P);
	assert_label(rs, "The long silence suggested the talks failed.", P);
}
END_TEST

START_TEST(test_sentence_scope)
{
	assert_label(rs, "According to Reuters, the talks may resume.", S);
	assert_label(rs, "The talks may resume, according to Reuters.", S);
}
END_TEST

START_TEST(test_vague_drops_attribution)
{
	struct run r;

	assert_label(rs, "Some officials said the deal collapsed.", C);
	assert_label(rs, "Some officials said the deal may collapse.", P);
	assert_label(rs, "Sources said the deal collapsed.", C);
	run_text(rs, "Some officials said the deal collapsed.", &r);
	ck_assert(run_has_cue(&r, 0, FL_CAT_VAGUE, "Some officials said"));
	ck_assert(!run_has_cue(&r, 0, FL_CAT_ATTRIBUTION, NULL));
	run_free(&r);
}
END_TEST

/* A vague source with a scope: a named source inside what it reports does
 * not count, but a named source that frames it does. */
START_TEST(test_vague_scope)
{
	assert_label(rs, "Aides said the ministry said no.", C);
	assert_label(rs, "Aides said the ministry said it may fail.", P);
	assert_label(rs, "The ministry said aides said no.", S);
	assert_label(rs, "Analysts expected a loss, according to Reuters.", S);
}
END_TEST

/* A bracketed reference in what a vague source reports names the evidence
 * the vague source leaves unnamed: the sentence is sourced. */
START_TEST(test_vague_reference)
{
	assert_label(rs, "Aides said the dam leaked [4].", S);
	assert_label(rs, "Aides said the dam leaked.", C);
	assert_label(rs, "Aides said the dam may leak [4].", P);
}
END_TEST

START_TEST(test_quote_chain)
{
	LABELS("\xe2\x80\x9cWe lost the vote. We will appeal,\xe2\x80\x9d "
	    "she said.", S, S);
	LABELS("Dana Pike said: \xe2\x80\x9cWe lost. We will appeal.\xe2\x80"
	    "\x9d", S, S);
	LABELS("\"We lost the vote. We will appeal,\" she said.", S, S);
	/* Three sentences, the speaker in the last. */
	LABELS("\xe2\x80\x9cWe lost. It hurt. We will appeal,\xe2\x80\x9d "
	    "she added.", S, S, S);
}
END_TEST

START_TEST(test_quote_after_speaker)
{
	LABELS("Dana Pike said the vote was unfair. \xe2\x80\x9cWe will "
	    "appeal.\xe2\x80\x9d", S, S);
	/* Not across a paragraph break. */
	LABELS("Dana Pike said the vote was unfair.\n\n\xe2\x80\x9cWe will "
	    "appeal.\xe2\x80\x9d", S, C);
	/* Every sentence of a quotation that opens after the speaker's
	 * sentence is the speaker's, also the one that closes it. */
	LABELS("Dana Pike said the vote was unfair. \xe2\x80\x9cWe lost. "
	    "It hurt. We will appeal.\xe2\x80\x9d", S, S, S, S);
	LABELS("It was close, she said. \"We lost. We will appeal.\"",
	    S, S, S);
	/* A quotation that opens after a sentence with no speaker stays
	 * unattributed to its end. */
	LABELS("The vote was close. \xe2\x80\x9cWe lost. We will "
	    "appeal.\xe2\x80\x9d", C, C, C);
}
END_TEST

START_TEST(test_quote_without_speaker)
{
	assert_label(rs, "The plan was \xe2\x80\x9c" "a disaster\xe2\x80\x9d "
	    "for the town.", C);
	LABELS("\xe2\x80\x9cWe lost. We will appeal.\xe2\x80\x9d", C, C);
	/* A hedge inside a quotation is the speaker's. */
	assert_label(rs, "The plan was \xe2\x80\x9cperhaps the worst\xe2\x80"
	    "\x9d in years.", C);
	assert_label(rs, "The ministry said the plan was \xe2\x80\x9cperhaps "
	    "the worst\xe2\x80\x9d in years.", S);
}
END_TEST

START_TEST(test_inference_booster)
{
	struct run r;

	assert_label(rs, "This clearly suggests that the plan failed.", P);
	assert_label(rs, "The alliance is clearly crumbling.", C);
	assert_label(rs, "Officials said the data suggested a fall.", S);
	run_text(rs, "This clearly suggests that the plan failed.", &r);
	ck_assert(run_has_cue(&r, 0, FL_CAT_BOOSTER, "clearly"));
	ck_assert(run_has_cue(&r, 0, FL_CAT_INFERENCE, "suggests"));
	run_free(&r);
}
END_TEST

START_TEST(test_plain_claim)
{
	assert_label(rs, "The trade agreement, signed in 2001, runs for twenty "
	    "years.", C);
	LABELS("The bridge opened. It may close. Officials said it would "
	    "not. Why?", C, P, S, O);
}
END_TEST

/* LABELS.md "Which label wins": other, speculation, opinion, sourced,
 * claim. */
START_TEST(test_opinion_precedence)
{
	assert_label(rs, "The welcome was a disgrace.", J);
	assert_label(rs, "The council must think again.", J);
	/* A hedge wins over a judgement. */
	assert_label(rs, "The council may be making a terrible mistake.", P);
	/* A judgement in the writer's voice wins over a source. */
	assert_label(rs, "The welcome was a disgrace; officials said "
	    "nothing.", J);
	/* A question and a command are other, judgement or not. */
	assert_label(rs, "Was the welcome a disgrace?", O);
	assert_label(rs, "Call it a disgrace.", O);
	/* A booster alone makes no opinion. */
	assert_label(rs, "The alliance is clearly crumbling.", C);
}
END_TEST

/* Whose judgement: a quotation's, a source's, a vague source's. */
START_TEST(test_opinion_scope)
{
	struct run r;

	assert_label(rs, "\xe2\x80\x9cThe welcome was a disgrace,\xe2\x80"
	    "\x9d she said.", S);
	assert_label(rs, "The welcome was \"a disgrace\" for the town.", C);
	assert_label(rs, "Officials said the welcome was a disgrace.", S);
	assert_label(rs, "The welcome was a disgrace, she said.", S);
	assert_label(rs, "According to Reuters, it was a disgrace.", S);
	/* A vague source owns the judgement it reports (rule 18), but not
	 * a hedge (rule 2). */
	assert_label(rs, "Aides said the welcome was a disgrace.", C);
	assert_label(rs, "Aides said the welcome may be cold.", P);
	/* Outside the source's scope, the judgement is the writer's. */
	assert_label(rs, "It was a disgrace, officials said.", J);
	/* A judgement that is not the writer's is no cue (LABELS.md's
	 * worked example lists quote and attribution only). */
	run_text(rs, "\xe2\x80\x9cIt was a disgrace,\xe2\x80\x9d she said.",
	    &r);
	ck_assert(!run_has_cue(&r, 0, FL_CAT_OPINION, "a disgrace"));
	ck_assert(run_has_cue(&r, 0, FL_CAT_QUOTE, "a disgrace"));
	run_free(&r);
	/* The writer's hedged judgement keeps its cue. */
	run_text(rs, "The council may be making a terrible mistake.", &r);
	ck_assert(run_has_cue(&r, 0, FL_CAT_OPINION, "a terrible mistake"));
	run_free(&r);
}
END_TEST

/* Scare quotes: an opinion cue that spans a whole quotation, marks and
 * all, is the writer's doubt about the word, not a speaker's words. */
START_TEST(test_opinion_scare_quote)
{
	struct run r;

	run_text(rs, "The board's \"reforms\" changed nothing.", &r);
	ck_assert_int_eq(r.label[0], J);
	ck_assert(run_has_cue(&r, 0, FL_CAT_OPINION, "\"reforms\""));
	ck_assert(run_has_cue(&r, 0, FL_CAT_QUOTE, "\"reforms\""));
	ck_assert_str_eq(run_cue_owner(&r, 0, "\"reforms\""), "");
	run_free(&r);
	/* In what a named source says, the quoted word is the source's. */
	run_text(rs, "Officials said the \"reforms\" worked.", &r);
	ck_assert_int_eq(r.label[0], S);
	ck_assert(!run_has_cue(&r, 0, FL_CAT_OPINION, NULL));
	run_free(&r);
	/* A judgement inside a longer quotation is still the speaker's. */
	assert_label(rs, "The plan was \"a disgrace to the town\".", C);
}
END_TEST

/* Where what a scope-after cue reports ends: a semicolon starts the
 * writer's own clause; a relative clause that holds the cue ends at its
 * closing comma or dash. */
START_TEST(test_content_end)
{
	assert_label(rs, "Officials said the talks had failed; the deal may "
	    "collapse.", P);
	assert_label(rs, "Officials said the talks had failed, and the deal "
	    "may collapse.", S);
	assert_label(rs, "The plan, which officials said was cheap, may "
	    "fail.", P);
	assert_label(rs, "The plan \xe2\x80\x94 which officials said was "
	    "cheap \xe2\x80\x94 may fail.", P);
	assert_label(rs, "The mayor, who officials said may resign, left.",
	    S);
	/* Not a relative clause: the comma only ends an opener. */
	assert_label(rs, "On Monday, officials said the talks may resume.",
	    S);
}
END_TEST

/* A speaker in an if-clause is hypothetical and no source (rule 14);
 * "even if" concedes, and a clause after the comma is the main one. */
START_TEST(test_hypothetical)
{
	assert_label(rs, "If officials said no, the plan would stop.", C);
	assert_label(rs, "Unless the ministry said no, it went ahead.", C);
	assert_label(rs, "Even if officials said no, it went ahead.", S);
	assert_label(rs, "If it rains, officials said, the fair stops.", S);
	assert_label(rs, "It stops if it rains, officials said.", S);
	assert_label(rs, "Officials said it stops if it rains.", S);
	/* The judgement is what the hypothetical speaker would say, not
	 * the writer's (LABELS.md rules 1, 14 and 18); a judgement
	 * outside the speaker's clause, or with no speaker, stays. */
	assert_label(rs, "If officials said it was a disgrace, the board "
	    "met again.", C);
	assert_label(rs, "If officials said so, the board met again, and "
	    "the plan is a disgrace.", J);
	assert_label(rs, "If the plan is a disgrace, the board meets "
	    "again.", J);
}
END_TEST

/* The writer, the reader or no one as the subject: no source, and no
 * stance of someone else's. */
START_TEST(test_no_one)
{
	struct run r;
	size_t j, n = 0;

	assert_label(rs, "I announced the sale.", C);
	assert_label(rs, "We did not announce it; we never announced the sale.",
	    C);
	assert_label(rs, "Nobody has announced the sale.", C);
	assert_label(rs, "No one announced the sale.", C);
	assert_label(rs, "The club has announced the sale.", S);
	assert_label(rs, "The club, which we like, announced the sale.", S);
	run_text(rs, "I really hoped to win, and she feared a loss.", &r);
	for (j = 0; j < r.ncues[0]; j++)
		n += r.cue[0][j].cat == FL_CAT_STANCE;
	ck_assert_uint_eq(n, 1);
	ck_assert(run_has_cue(&r, 0, FL_CAT_STANCE, "feared"));
	run_free(&r);
}
END_TEST

/* A hedge that is a vague source's own verb is that source's (rule 17);
 * a stance held by a vague source owns nothing; a doubt word before the
 * reporting verb makes the attribution hearsay. */
START_TEST(test_vague_owns)
{
	struct run r;

	assert_label(rs, "It has been suggested that the bell is old.", C);
	assert_label(rs, "It has been suggested that the bell may be old.",
	    P);
	assert_label(rs, "Some investors feared that the plan may fail.", P);
	assert_label(rs, "The club announced the sale.", S);
	assert_label(rs, "The club supposedly announced the sale.", C);
	assert_label(rs, "Officials said the deal supposedly collapsed.", S);
	run_text(rs, "It has been suggested that the bell is old.", &r);
	ck_assert(run_has_cue(&r, 0, FL_CAT_INFERENCE, "suggested"));
	run_free(&r);
	run_text(rs, "The club supposedly announced the sale.", &r);
	ck_assert(!run_has_cue(&r, 0, FL_CAT_ATTRIBUTION, NULL));
	run_free(&r);
	/* The vague source's own verb of feeling is no stance of its own;
	 * a named holder's is. */
	run_text(rs, "Some investors feared a loss. She feared a loss.", &r);
	ck_assert(run_has_cue(&r, 0, FL_CAT_VAGUE, "feared"));
	ck_assert(!run_has_cue(&r, 0, FL_CAT_STANCE, NULL));
	ck_assert(run_has_cue(&r, 1, FL_CAT_STANCE, "feared"));
	run_free(&r);
}
END_TEST

/* Stance cues never change the label; a stance with a scope owns the
 * hedges and judgements in what it reports, up to the end of its own
 * clause. */
START_TEST(test_stance)
{
	struct run r;

	assert_label(rs, "The party hoped to win but feared defeat.", C);
	assert_label(rs, "The party perhaps hoped to win.", P);
	assert_label(rs, "She feared that the plan may fail.", C);
	assert_label(rs, "She feared that the plan was a disgrace.", C);
	assert_label(rs, "Officials said the party hoped to win.", S);
	assert_label(rs, "She feared that it was so, but it may not be.", P);
	assert_label(rs, "She feared that it was so but it may not be.", P);
	run_text(rs, "The party hoped to win but feared defeat.", &r);
	ck_assert(run_has_cue(&r, 0, FL_CAT_STANCE, "hoped"));
	ck_assert(run_has_cue(&r, 0, FL_CAT_STANCE, "feared"));
	run_free(&r);
}
END_TEST

/* Classify says whose each hedge, inference and judgement is, so that the
 * renderers show a source's cue as the source's without deciding again. */
START_TEST(test_owner)
{
	struct run r;

	run_text(rs, "Officials said the talks may resume. The talks may "
	    "resume, she said. According to Reuters, it perhaps rained. "
	    "\xe2\x80\x9cIt was a disgrace.\xe2\x80\x9d Sources said it "
	    "was a disgrace. The talks may resume. She feared that it "
	    "might rain. Aides said it might rain. Aides said it was a "
	    "disgrace. The envoy has suggested it rained.", &r);
	ck_assert_uint_eq(r.n, 10);
	ck_assert_str_eq(run_cue_owner(&r, 0, "may"), "a.said");
	ck_assert_str_eq(run_cue_owner(&r, 1, "may"), "a.she-said");
	ck_assert_str_eq(run_cue_owner(&r, 2, "perhaps"), "a.according");
	/* A source's judgement is owned, and so no cue at all. */
	ck_assert_ptr_null(run_cue_owner(&r, 3, "a disgrace"));
	/* A judgement in what nobody in particular said is not the
	 * writer's; v.w has no scope, so only a scoped vague source owns. */
	ck_assert_str_eq(run_cue_owner(&r, 4, "a disgrace"), "");
	ck_assert_str_eq(run_cue_owner(&r, 5, "may"), "");
	ck_assert_str_eq(run_cue_owner(&r, 6, "might"), "st.feared-that");
	/* A hedge in what a vague source reports stays the writer's. */
	ck_assert_str_eq(run_cue_owner(&r, 7, "might"), "");
	ck_assert_ptr_null(run_cue_owner(&r, 8, "a disgrace"));
	/* An inference on the words of an attribution is the source's. */
	ck_assert_str_eq(run_cue_owner(&r, 9, "suggested"), "a.perfect");
	ck_assert_int_eq(r.label[0], S);
	ck_assert_int_eq(r.label[7], P);
	run_free(&r);
}
END_TEST

Suite *
classify_suite(void)
{
	Suite *s = suite_create("classify");
	TCase *tc;

	tc = tcase_create("form");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_question);
	tcase_add_test(tc, test_no_final_punct);
	tcase_add_test(tc, test_list_items);
	tcase_add_test(tc, test_caption_label);
	tcase_add_test(tc, test_panel_caption);
	tcase_add_test(tc, test_caption_title);
	tcase_add_test(tc, test_imperative);
	suite_add_tcase(s, tc);
	tc = tcase_create("whose-hedge");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_writer_hedge);
	tcase_add_test(tc, test_hedge_in_after_scope);
	tcase_add_test(tc, test_hedge_before_after_scope);
	tcase_add_test(tc, test_before_scope);
	tcase_add_test(tc, test_sentence_scope);
	tcase_add_test(tc, test_source_verb);
	tcase_add_test(tc, test_vague_drops_attribution);
	tcase_add_test(tc, test_vague_scope);
	tcase_add_test(tc, test_vague_reference);
	tcase_add_test(tc, test_content_end);
	tcase_add_test(tc, test_hypothetical);
	tcase_add_test(tc, test_no_one);
	tcase_add_test(tc, test_vague_owns);
	tcase_add_test(tc, test_inference_booster);
	tcase_add_test(tc, test_plain_claim);
	tcase_add_test(tc, test_owner);
	suite_add_tcase(s, tc);
	tc = tcase_create("opinion-stance");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_opinion_precedence);
	tcase_add_test(tc, test_opinion_scope);
	tcase_add_test(tc, test_opinion_scare_quote);
	tcase_add_test(tc, test_stance);
	suite_add_tcase(s, tc);
	tc = tcase_create("quotations");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_quote_chain);
	tcase_add_test(tc, test_quote_after_speaker);
	tcase_add_test(tc, test_quote_without_speaker);
	suite_add_tcase(s, tc);
	return s;
}
