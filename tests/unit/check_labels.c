/*
 * check_labels.c: the built-in rules against LABELS.md: every worked
 * example and every example sentence of "When signals meet" gets its label
 * (and, where the guide names one, its cue).  Sentences marked "mine" are
 * written for these tests around the phrases the guide names.
 */
#include <string.h>

#include "common.h"

#define S FL_LABEL_SOURCED
#define P FL_LABEL_SPECULATION
#define J FL_LABEL_OPINION
#define C FL_LABEL_CLAIM
#define O FL_LABEL_OTHER
#define NONE (-1)

struct example {
	const char *text;
	enum fl_label label;
	int cat;		/* a cue the guide names, or NONE */
	const char *phrase;	/* the cue overlaps this phrase */
	int cat2;
	const char *phrase2;
	int not_cat;		/* no counted cue of this category */
};

static const struct example worked[] = {
	{ "The minister arrived in Lisbon on May 3rd for two days of talks.",
	    C, NONE, NULL, NONE, NULL, FL_CAT_HEDGE },
	{ "The minister may have hoped for a warmer welcome.",
	    P, FL_CAT_HEDGE, "may have", NONE, NULL, NONE },
	{ "Her tight smile suggested the talks had gone badly.",
	    P, FL_CAT_INFERENCE, "suggested", NONE, NULL, NONE },
	{ "The ministry said in a statement that the talks were "
	    "\"productive\".",
	    S, FL_CAT_ATTRIBUTION, "The ministry said", FL_CAT_QUOTE,
	    "\"productive\"", NONE },
	{ "According to Reuters, the delegation left a day early.",
	    S, FL_CAT_ATTRIBUTION, "According to Reuters", NONE, NULL, NONE },
	{ "Some observers say the alliance is crumbling.",
	    C, FL_CAT_VAGUE, "Some observers say", NONE, NULL,
	    FL_CAT_ATTRIBUTION },
	{ "The alliance is clearly crumbling.",
	    C, FL_CAT_BOOSTER, "clearly", NONE, NULL, NONE },
	{ "Was the visit a failure?", O, NONE, NULL, NONE, NULL, NONE },
	{ "Officials said the summit could be postponed.",
	    S, FL_CAT_ATTRIBUTION, "Officials said", FL_CAT_HEDGE, "could",
	    NONE },
	{ "The summit was reportedly postponed.",
	    C, FL_CAT_VAGUE, "reportedly", NONE, NULL, NONE },
	{ "He did not appear to enjoy the concert.",
	    P, FL_CAT_HEDGE, "appear to", NONE, NULL, NONE },
	{ "The trade agreement, signed in 2001, runs for twenty years.",
	    C, NONE, NULL, NONE, NULL, FL_CAT_HEDGE },
	{ "Investigators believe the fire started in the kitchen.",
	    S, FL_CAT_ATTRIBUTION, "Investigators believe", NONE, NULL,
	    NONE },
	{ "She asked whether the vote was valid.",
	    S, FL_CAT_ATTRIBUTION, "She asked", NONE, NULL, FL_CAT_HEDGE },
	{ "The party hoped to support Russia but feared sanctions.",
	    C, FL_CAT_STANCE, "hoped", FL_CAT_STANCE, "feared",
	    FL_CAT_ATTRIBUTION },
	{ "There is evidence that the dam leaked for years.",
	    C, FL_CAT_VAGUE, "There is evidence that", NONE, NULL,
	    FL_CAT_ATTRIBUTION },
	/* The opinion rows. */
	{ "The council must think again.",
	    J, FL_CAT_OPINION, "must think again", NONE, NULL, NONE },
	{ "The welcome was a disgrace.",
	    J, FL_CAT_OPINION, "a disgrace", NONE, NULL, NONE },
	{ "\xe2\x80\x9cThe welcome was a disgrace,\xe2\x80\x9d the mayor said.",
	    S, FL_CAT_QUOTE, "\xe2\x80\x9cThe welcome was a disgrace,\xe2\x80\x9d",
	    FL_CAT_ATTRIBUTION, "the mayor said", NONE },
	{ "The council may be making a terrible mistake.",
	    P, FL_CAT_HEDGE, "may", FL_CAT_OPINION, "a terrible mistake",
	    NONE },
};

static const struct example signals[] = {
	/* 1. Whose hedge is it? */
	{ "Officials at the ministry said the talks may resume.",
	    S, FL_CAT_ATTRIBUTION, "said", FL_CAT_HEDGE, "may", NONE },
	{ "The statement likely reflected Beijing's caution.",
	    P, FL_CAT_HEDGE, "likely", NONE, NULL, NONE },
	/* 2. A vague source is no source. */
	{ "Some analysts believe the deal collapsed.",
	    C, FL_CAT_VAGUE, "Some analysts believe", NONE, NULL,
	    FL_CAT_ATTRIBUTION },
	{ "Some analysts believe the deal may collapse.",
	    P, FL_CAT_VAGUE, "Some analysts", FL_CAT_HEDGE, "may", NONE },
	/* 3. Negation does not remove a hedge. */
	{ "He did not seem pleased.", P, FL_CAT_HEDGE, "seem", NONE, NULL,
	    NONE },
	/* 4. Questions (mine). */
	{ "Might the talks resume next week?", O, NONE, NULL, NONE, NULL,
	    NONE },
	{ "Officials said the summit could be postponed?", O, NONE, NULL,
	    NONE, NULL, NONE },
	/* 5. Look-alikes (mine, around the guide's phrases). */
	{ "The festival opens on May 16th.", C, NONE, NULL, NONE, NULL,
	    FL_CAT_HEDGE },
	{ "The parade displayed the country's military might.", C, NONE,
	    NULL, NONE, NULL, FL_CAT_HEDGE },
	{ "Then he appeared on stage with the band.", C, NONE, NULL, NONE,
	    NULL, FL_CAT_HEDGE },
	{ "At the meeting she suggested a plan to the board.", C, NONE, NULL,
	    NONE, NULL, FL_CAT_INFERENCE },
	{ "The said agreement expired in 2010.", C, NONE, NULL, NONE, NULL,
	    FL_CAT_ATTRIBUTION },
	{ "He works in a claims office near the port.", C, NONE, NULL, NONE,
	    NULL, FL_CAT_ATTRIBUTION },
	/* 6. Past ability. */
	{ "He could not attend the concert.", C, NONE, NULL, NONE, NULL,
	    FL_CAT_HEDGE },
	{ "From the gallery we could see the stage.", C, NONE, NULL, NONE,
	    NULL, FL_CAT_HEDGE },
	{ "He could attend next year.", P, FL_CAT_HEDGE, "could", NONE, NULL,
	    NONE },
	/* 7. One identifiable source is enough. */
	{ "In 1990 the treaty was signed; the ministry called it a turning "
	    "point.", S, FL_CAT_ATTRIBUTION, "the ministry called", NONE,
	    NULL, NONE },
	{ "\xe2\x80\x9cWe will appeal,\xe2\x80\x9d she added.",
	    S, FL_CAT_ATTRIBUTION, "she added", NONE, NULL, NONE },
	/* 8. Forecasts. */
	{ "Prices will rise next year.", C, NONE, NULL, NONE, NULL,
	    FL_CAT_HEDGE },
	{ "Prices are expected to rise.", P, FL_CAT_HEDGE, "expected to",
	    NONE, NULL, NONE },
	{ "Prices could rise.", P, FL_CAT_HEDGE, "could", NONE, NULL, NONE },
	{ "The vote will take place on Friday.", C, NONE, NULL, NONE, NULL,
	    FL_CAT_HEDGE },
	/* 9. Doubt words without a source (mine). */
	{ "He was supposedly at home that night.", C, FL_CAT_VAGUE,
	    "supposedly", NONE, NULL, NONE },
	{ "The so-called reform changed little.", C, FL_CAT_VAGUE,
	    "so-called", NONE, NULL, NONE },
	{ "The purported letter was never found.", C, FL_CAT_VAGUE,
	    "purported", NONE, NULL, NONE },
	{ "The alleged fraud took place in 2019.", C, FL_CAT_VAGUE,
	    "alleged", NONE, NULL, NONE },
	/* 10. Comparative statistics. */
	{ "Smokers are twice as likely to develop the disease.", C, NONE,
	    NULL, NONE, NULL, FL_CAT_HEDGE },
	{ "Women were more likely than men to vote.", C, NONE, NULL, NONE,
	    NULL, FL_CAT_HEDGE },
	/* 11. Inference beats booster. */
	{ "This clearly shows that the plan failed.", P, FL_CAT_BOOSTER,
	    "clearly", FL_CAT_INFERENCE, "shows", NONE },
	/* 12. Embedded questions. */
	{ "Few studies have tested whether the drug works.", C, NONE, NULL,
	    NONE, NULL, FL_CAT_HEDGE },
	{ "She asked whether the vote was valid.", S, FL_CAT_ATTRIBUTION,
	    "asked", NONE, NULL, FL_CAT_HEDGE },
	{ "It remains unclear whether the drug works.", P, FL_CAT_HEDGE,
	    "remains unclear", NONE, NULL, NONE },
	/* 13. List items. */
	{ "- The plant opened in 2019\n", C, NONE, NULL, NONE, NULL, NONE },
	{ "Highlights\n", O, NONE, NULL, NONE, NULL, NONE },
	{ "Probably not, according to the coach.", S, FL_CAT_ATTRIBUTION,
	    "according to the coach", FL_CAT_HEDGE, "Probably", NONE },
	/* 18. Judgement, not description (mine, around the guide's
	 * phrases): a word that grades by values judges, one a witness could
	 * check describes; a rule stated as fact is a claim; a booster alone
	 * makes no opinion; a vague source's judgement stays a claim. */
	{ "The town gave the minister a shameful welcome.", J,
	    FL_CAT_OPINION, "shameful", NONE, NULL, NONE },
	{ "It was a disastrous visit for the minister.", J, FL_CAT_OPINION,
	    "disastrous", NONE, NULL, NONE },
	{ "In the end the board made the right decision.", J,
	    FL_CAT_OPINION, "the right decision", NONE, NULL, NONE },
	{ "A large crowd waited outside the hall.", C, NONE, NULL, NONE,
	    NULL, FL_CAT_OPINION },
	{ "His face was serious and he looked tired.", C, NONE, NULL, NONE,
	    NULL, FL_CAT_OPINION },
	{ "Visitors must show a ticket.", C, NONE, NULL, NONE, NULL,
	    FL_CAT_OPINION },
	{ "The council must think again.", J, FL_CAT_OPINION, "must", NONE,
	    NULL, NONE },
	{ "The alliance is clearly crumbling.", C, FL_CAT_BOOSTER, "clearly",
	    NONE, NULL, FL_CAT_OPINION },
	{ "Critics say the plan is a disaster.", C, FL_CAT_VAGUE,
	    "Critics say", NONE, NULL, NONE },
	{ "Officials said the plan was a disaster.", S, FL_CAT_ATTRIBUTION,
	    "Officials said", NONE, NULL, NONE },
	/* Look-alikes of judgement (issue 12): a quantity, a condition, a
	 * measured rank, severity, a name. */
	{ "The builders used a good deal of the old stone.", C, NONE, NULL,
	    NONE, NULL, FL_CAT_OPINION },
	{ "Should the vote fail, the budget goes back to committee.", C,
	    NONE, NULL, NONE, NULL, FL_CAT_OPINION },
	{ "The museum is the best-known in the city.", C, NONE, NULL, NONE,
	    NULL, FL_CAT_OPINION },
	{ "The firm is the largest in the region by revenue.", C, NONE,
	    NULL, NONE, NULL, FL_CAT_OPINION },
	{ "A terrible storm flattened the harbour wall.", C, NONE, NULL,
	    NONE, NULL, FL_CAT_OPINION },
	{ "Shoppers queued outside Best Buy before dawn.", C, NONE, NULL,
	    NONE, NULL, FL_CAT_OPINION },
	{ "This should have been the highlight of his visit.", J,
	    FL_CAT_OPINION, "should have been", NONE, NULL, NONE },
	/* Officials said counts; sources said does not. */
	{ "Sources said the talks had failed.", C, FL_CAT_VAGUE,
	    "Sources said", NONE, NULL, FL_CAT_ATTRIBUTION },
	/* ... nor do unnamed commentators, whatever the verb; a named body
	 * does. */
	{ "Analysts expect a loss for the year.", C, FL_CAT_VAGUE,
	    "Analysts expect", NONE, NULL, FL_CAT_ATTRIBUTION },
	{ "Diplomats said privately that the talks had stalled.", C,
	    FL_CAT_VAGUE, "Diplomats said", NONE, NULL, FL_CAT_ATTRIBUTION },
	{ "Analysts at Brisk & Oduya estimated a loss of $40 million.", S,
	    FL_CAT_ATTRIBUTION, "estimated", NONE, NULL, NONE },
	/* 14. Every act of communication counts (mine, around the guide's
	 * verbs), in every tense and aspect; acts, things and hypothetical
	 * speakers do not. */
	{ "The union urged the president to veto the bill.", S,
	    FL_CAT_ATTRIBUTION, "urged", NONE, NULL, NONE },
	{ "The council described the vote as a turning point.", S,
	    FL_CAT_ATTRIBUTION, "described", NONE, NULL, NONE },
	{ "She called for an independent review of the law.", S,
	    FL_CAT_ATTRIBUTION, "called for", NONE, NULL, NONE },
	{ "The coach promised that the team would fight.", S,
	    FL_CAT_ATTRIBUTION, "promised", NONE, NULL, NONE },
	{ "The coach vowed to keep the squad together.", S,
	    FL_CAT_ATTRIBUTION, "vowed", NONE, NULL, NONE },
	{ "The minister denied that the talks had failed.", S,
	    FL_CAT_ATTRIBUTION, "denied", NONE, NULL, NONE },
	{ "The club admitted that the tickets had been oversold.", S,
	    FL_CAT_ATTRIBUTION, "admitted", NONE, NULL, NONE },
	{ "The opposition accused the government of lying.", S,
	    FL_CAT_ATTRIBUTION, "accused", NONE, NULL, NONE },
	{ "The tenants' union blamed the council for the flooding.", S,
	    FL_CAT_ATTRIBUTION, "blamed", NONE, NULL, NONE },
	{ "The mayor praised the firefighters for their courage.", S,
	    FL_CAT_ATTRIBUTION, "praised", NONE, NULL, NONE },
	{ "The senator criticised the budget as reckless.", S,
	    FL_CAT_ATTRIBUTION, "criticised", NONE, NULL, NONE },
	{ "The bishop condemned the attack on the clinic.", S,
	    FL_CAT_ATTRIBUTION, "condemned", NONE, NULL, NONE },
	{ "The teachers' union endorsed Ms. Pike for mayor.", S,
	    FL_CAT_ATTRIBUTION, "endorsed", NONE, NULL, NONE },
	{ "Police warned drivers to stay off the coast road.", S,
	    FL_CAT_ATTRIBUTION, "warned", NONE, NULL, NONE },
	{ "The mayor proposed that the market move to the square.", S,
	    FL_CAT_ATTRIBUTION, "proposed", NONE, NULL, NONE },
	{ "The senator is saying that the bill will pass.", S,
	    FL_CAT_ATTRIBUTION, "saying", NONE, NULL, NONE },
	{ "Her lawyers had been telling reporters that she was innocent.",
	    S, FL_CAT_ATTRIBUTION, "telling", NONE, NULL, NONE },
	{ "The minister did not say whether the talks would resume.", S,
	    FL_CAT_ATTRIBUTION, "say", NONE, NULL, NONE },
	{ "Japan acknowledged Mongolian independence in 1945.", C, NONE,
	    NULL, NONE, NULL, FL_CAT_ATTRIBUTION },
	{ "She suggested a plan.", C, NONE, NULL, NONE, NULL,
	    FL_CAT_ATTRIBUTION },
	{ "If the party insists on confronting its rivals, it could lose the "
	    "election.", P, FL_CAT_HEDGE, "could", NONE, NULL,
	    FL_CAT_ATTRIBUTION },
	{ "If the minister says the bridge is safe, the council will reopen "
	    "it.", C, NONE, NULL, NONE, NULL, FL_CAT_ATTRIBUTION },
	/* 15. A named source's view; an unnamed group's is vague; the
	 * writer's is a hedge; "believe in" is neither. */
	{ "The central bank expects inflation to ease by spring.", S,
	    FL_CAT_ATTRIBUTION, "expects", NONE, NULL, NONE },
	{ "The ministry estimates the cost at $2 billion.", S,
	    FL_CAT_ATTRIBUTION, "estimates", NONE, NULL, NONE },
	{ "Judge Orme doubted that the witness had seen the car.", S,
	    FL_CAT_ATTRIBUTION, "doubted", NONE, NULL, NONE },
	{ "The inquiry concluded that the pipe had burst.", S,
	    FL_CAT_ATTRIBUTION, "concluded", NONE, NULL, NONE },
	{ "The coach thinks the team can still win the league.", S,
	    FL_CAT_ATTRIBUTION, "thinks", NONE, NULL, NONE },
	{ "Police suspect the fire was started on purpose.", S,
	    FL_CAT_ATTRIBUTION, "suspect", NONE, NULL, NONE },
	{ "Some economists believe the fire was an accident.", C,
	    FL_CAT_VAGUE, "Some economists believe", NONE, NULL,
	    FL_CAT_ATTRIBUTION },
	{ "I think the plan will fail.", P, FL_CAT_HEDGE, "I think", NONE,
	    NULL, FL_CAT_ATTRIBUTION },
	{ "We believe the plan will fail.", P, FL_CAT_HEDGE, "We believe",
	    NONE, NULL, FL_CAT_ATTRIBUTION },
	{ "The mayor believes in open government.", C, NONE, NULL, NONE,
	    NULL, FL_CAT_ATTRIBUTION },
	/* 16. Stance: no change to the label; a writer's hedge still
	 * counts. */
	{ "Putin probably wanted more.", P, FL_CAT_HEDGE, "probably",
	    FL_CAT_STANCE, "wanted", NONE },
	{ "The council intends to sell the old depot.", C, FL_CAT_STANCE,
	    "intends", NONE, NULL, NONE },
	{ "The club plans to build a new stand.", C, FL_CAT_STANCE, "plans",
	    NONE, NULL, NONE },
	{ "The senator is seeking a second term.", C, FL_CAT_STANCE,
	    "seeking", NONE, NULL, NONE },
	{ "The mayor is determined to finish the bridge.", C, FL_CAT_STANCE,
	    "determined", NONE, NULL, NONE },
	{ "He spoke often of his desire for a quiet retirement.", C,
	    FL_CAT_STANCE, "desire for", NONE, NULL, NONE },
	{ "The party hoped the talks might succeed.", C, FL_CAT_STANCE,
	    "hoped", FL_CAT_HEDGE, "might", NONE },
	{ "The party wanted more, but it may get less.", P, FL_CAT_STANCE,
	    "wanted", FL_CAT_HEDGE, "may", NONE },
	{ "I wanted to see the harbour before dark.", C, NONE, NULL, NONE,
	    NULL, FL_CAT_STANCE },
	{ "We intend to publish the figures in May.", C, NONE, NULL, NONE,
	    NULL, FL_CAT_STANCE },
	/* 17. Unnamed evidence is a vague source; a named study is not. */
	{ "Studies show that reading aloud helps children.", C,
	    FL_CAT_VAGUE, "Studies show", NONE, NULL, FL_CAT_ATTRIBUTION },
	{ "Research has shown that the drug is safe.", C, FL_CAT_VAGUE,
	    "Research has shown", NONE, NULL, FL_CAT_ATTRIBUTION },
	{ "Experts agree that the bridge is unsafe.", C, FL_CAT_VAGUE,
	    "Experts agree", NONE, NULL, FL_CAT_ATTRIBUTION },
	{ "It has been suggested that the bell was recast.", C,
	    FL_CAT_VAGUE, "It has been suggested that", NONE, NULL,
	    FL_CAT_ATTRIBUTION },
	{ "A recent study found that the dam leaked.", C, FL_CAT_VAGUE,
	    "A recent study found", NONE, NULL, FL_CAT_ATTRIBUTION },
	{ "A 2023 study by the Larkmoor Institute found that the dam "
	    "leaked.", S, FL_CAT_ATTRIBUTION, "found", NONE, NULL,
	    FL_CAT_VAGUE },
	/* 19. More look-alikes. */
	{ "Arrows indicate the sites of damage.", C, NONE, NULL, NONE, NULL,
	    FL_CAT_INFERENCE },
	{ "Staining reveals the nerve cells.", C, NONE, NULL, NONE, NULL,
	    FL_CAT_INFERENCE },
	{ "The results reflected a $21 million charge.", C, NONE, NULL, NONE,
	    NULL, FL_CAT_INFERENCE },
	{ "The warrants may be exercised until 2027.", C, NONE, NULL, NONE,
	    NULL, FL_CAT_HEDGE },
	{ "Only the voters may decide.", C, NONE, NULL, NONE, NULL,
	    FL_CAT_HEDGE },
	{ "The mayor could not be reached for comment.", C, NONE, NULL, NONE,
	    NULL, FL_CAT_HEDGE },
	{ "The Prime Minister's wishes were ignored.", C, NONE, NULL, NONE,
	    NULL, FL_CAT_STANCE },
	/* Issue 11: a writer's hedge in the main clause beats an
	 * attribution in a modifier; a proposal is no inference; a vague
	 * source does not run across a comma. */
	{ "The reforms announced by the minister likely reflected pressure "
	    "from the banks.", P, FL_CAT_HEDGE, "likely", FL_CAT_ATTRIBUTION,
	    "announced by the minister", NONE },
	{ "The plan, which the minister announced on Monday, will likely "
	    "fail.", P, FL_CAT_HEDGE, "likely", NONE, NULL, NONE },
	{ "In 1950 the league backed the rebels, even suggesting a truce "
	    "between the two factions.", C, NONE, NULL, NONE, NULL,
	    FL_CAT_INFERENCE },
	{ "Some stood at the window; others, appearing lost in thought, "
	    "stared at the floor.", C, NONE, NULL, NONE, NULL,
	    FL_CAT_VAGUE },
	/* Rule 18: a judgement credited only to an unnamed holder is no
	 * opinion of the writer's (mine). */
	{ "The old bridge is widely regarded as one of the finest in the "
	    "north.", C, FL_CAT_VAGUE, "widely regarded", NONE, NULL, NONE },
	{ "The harbour, widely regarded as the loveliest on the coast, was "
	    "dredged in May.", C, FL_CAT_VAGUE, "widely regarded", NONE, NULL,
	    NONE },
	{ "Others called the new stand a shameful waste.", C, FL_CAT_VAGUE,
	    "Others called", NONE, NULL, FL_CAT_ATTRIBUTION },
	{ "Reviewers in three countries have called her debut a "
	    "masterpiece.", C, FL_CAT_VAGUE, "Reviewers", NONE, NULL,
	    FL_CAT_ATTRIBUTION },
	/* Rule 14: writing about a topic, and a book someone has written,
	 * report no content; nobody is no source (mine). */
	{ "Ossery writes about farming with a rare eye for weather.", C, NONE,
	    NULL, NONE, NULL, FL_CAT_ATTRIBUTION },
	{ "It is the shortest play he has written.", C, NONE, NULL, NONE,
	    NULL, FL_CAT_ATTRIBUTION },
	{ "Nobody has said where the new depot will go.", C, NONE, NULL,
	    NONE, NULL, FL_CAT_ATTRIBUTION },
	{ "Nobody from the council has said where the depot will go.", C,
	    NONE, NULL, NONE, NULL, FL_CAT_ATTRIBUTION },
	{ "The mill, a bakery by the bridge, has been told it must close.", C,
	    NONE, NULL, NONE, NULL, FL_CAT_ATTRIBUTION },
	/* Rule 14, more shapes of a report (mine): a noun with its owner, a
	 * verdict, a passive with its asker, a headline's speaker; a door
	 * slammed is no verdict. */
	{ "The mayor's promise to cut fares was broken within a year.", S,
	    FL_CAT_ATTRIBUTION, "promise to", NONE, NULL, NONE },
	{ "The senator did not directly criticise her rival.", S,
	    FL_CAT_ATTRIBUTION, "criticise", NONE, NULL, NONE },
	{ "Ms. Vale was asked by the moderator whether fares would rise.", S,
	    FL_CAT_ATTRIBUTION, "asked by the moderator", NONE, NULL, NONE },
	{ "Lopes: Fares will not rise this year.", S, FL_CAT_ATTRIBUTION,
	    "Lopes", NONE, NULL, NONE },
	{ "Mayor Vale Slams Ferry Plan After Vote.", S, FL_CAT_ATTRIBUTION,
	    "Slams", NONE, NULL, NONE },
	{ "He slammed the door and left the hall.", C, NONE, NULL, NONE, NULL,
	    FL_CAT_ATTRIBUTION },
	{ "Update: The ferry runs again on Monday.", C, NONE, NULL, NONE,
	    NULL, FL_CAT_ATTRIBUTION },
	/* Rule 16: knowing and backing are in someone else's head too. */
	{ "The coach knows that the squad is tired.", C, FL_CAT_STANCE,
	    "knows", NONE, NULL, NONE },
	{ "Two councillors backed the mayor in the vote.", C, FL_CAT_STANCE,
	    "backed", NONE, NULL, NONE },
	{ "She knows how to win a debate.", C, NONE, NULL, NONE, NULL,
	    FL_CAT_STANCE },
	/* Rule 17 in the past tense. */
	{ "Exit polls suggested that turnout had fallen.", C, FL_CAT_VAGUE,
	    "polls suggested", NONE, NULL, FL_CAT_ATTRIBUTION },
};

static void
check_example(const struct example *e)
{
	struct run r;
	char got[2048];
	size_t i, j, l = 0;

	run_text(builtin_rules(), e->text, &r);
	got[0] = '\0';
	for (i = 0; i < r.n; i++) {
		l += (size_t)snprintf(got + l, sizeof(got) - l, "%s",
		    fl_label_name(r.label[i]));
		for (j = 0; j < r.ncues[i]; j++)
			l += (size_t)snprintf(got + l, sizeof(got) - l,
			    " <%s:%s>", r.cue[i][j].rule, r.cue[i][j].text);
	}
	ck_assert_msg(r.n == 1, "<<%s>>: %zu sentences", e->text, r.n);
	ck_assert_msg(r.label[0] == e->label, "<<%s>>: want %s, got %s",
	    e->text, fl_label_name(e->label), got);
	if (e->cat != NONE)
		ck_assert_msg(run_has_cue(&r, 0, e->cat, e->phrase),
		    "<<%s>>: no %s cue on '%s': %s", e->text,
		    fl_category_name(e->cat), e->phrase, got);
	if (e->cat2 != NONE)
		ck_assert_msg(run_has_cue(&r, 0, e->cat2, e->phrase2),
		    "<<%s>>: no %s cue on '%s': %s", e->text,
		    fl_category_name(e->cat2), e->phrase2, got);
	if (e->not_cat != NONE)
		ck_assert_msg(!run_has_cue(&r, 0, e->not_cat, NULL),
		    "<<%s>>: unexpected %s cue: %s", e->text,
		    fl_category_name(e->not_cat), got);
	run_free(&r);
}

START_TEST(test_worked)
{
	check_example(&worked[_i]);
}
END_TEST

START_TEST(test_signals)
{
	check_example(&signals[_i]);
}
END_TEST

START_TEST(test_quote_speaker_before)
{
	/* "A speaker named in the sentence before counts". */
	struct run r;

	run_text(builtin_rules(), "The coach, Dana Pike, said the ruling was "
	    "unfair. \xe2\x80\x9cWe will appeal.\xe2\x80\x9d", &r);
	ck_assert_uint_eq(r.n, 2);
	ck_assert_msg(r.label[0] == S, "first: %s", fl_label_name(r.label[0]));
	ck_assert_msg(r.label[1] == S, "second: %s",
	    fl_label_name(r.label[1]));
	run_free(&r);
}
END_TEST

Suite *
labels_suite(void)
{
	Suite *s = suite_create("labels");
	TCase *tc;

	tc = tcase_create("worked-examples");
	tcase_add_loop_test(tc, test_worked, 0,
	    (int)(sizeof(worked) / sizeof(worked[0])));
	suite_add_tcase(s, tc);
	tc = tcase_create("when-signals-meet");
	tcase_add_loop_test(tc, test_signals, 0,
	    (int)(sizeof(signals) / sizeof(signals[0])));
	tcase_add_test(tc, test_quote_speaker_before);
	suite_add_tcase(s, tc);
	return s;
}
