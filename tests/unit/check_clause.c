/*
 * check_clause.c: the clause readers classify uses, on sentences written
 * here, with a cue placed by hand on the word it marks.
 */
#include <string.h>

#include "common.h"

static struct fl_rule attribution = { .id = "t.a",
    .category = FL_CAT_ATTRIBUTION, .scope = FL_SCOPE_AFTER };
static struct fl_rule stance = { .id = "t.s", .category = FL_CAT_STANCE,
    .scope = FL_SCOPE_AFTER };
static struct fl_rule vague = { .id = "t.v", .category = FL_CAT_VAGUE,
    .scope = FL_SCOPE_AFTER };

/* The sentence t as a whole, and a cue of rule r on the first occurrence of
 * word in it. */
static void
place(const char *t, const char *word, const struct fl_rule *r,
    struct fl_sentence *s, struct fl_cue *c)
{
	const char *p = strstr(t, word);

	ck_assert_ptr_nonnull(p);
	memset(s, 0, sizeof(*s));
	s->end = strlen(t);
	memset(c, 0, sizeof(*c));
	c->rule = r;
	c->start = (size_t)(p - t);
	c->end = c->start + strlen(word);
}

/* The text from where the content ends. */
static const char *
rest(const char *t, const char *word, const struct fl_rule *r)
{
	struct fl_sentence s;
	struct fl_cue c;

	place(t, word, r, &s, &c);
	return t + fl_clause_end(t, &c, &s);
}

/* Sentences, the word the cue marks, its rule, and the text from where
 * the content it reports ends. */
static const struct {
	const char *text, *word;
	const struct fl_rule *rule;
	const char *rest;
} ends[] = {
	{ "Officials said it may rain; the fair may stop.", "said",
	    &attribution, "; the fair may stop." },
	{ "Officials said it may rain, and more.", "said", &attribution, "" },
	{ "The plan, which the mayor announced, will fail.", "announced",
	    &attribution, ", will fail." },
	{ "The plan (which the mayor announced) will fail.", "announced",
	    &attribution, ") will fail." },
	{ "The plan \xe2\x80\x94 which the mayor announced \xe2\x80\x94 "
	    "will fail.", "announced", &attribution,
	    "\xe2\x80\x94 will fail." },
	/* A comma that ends an opener is no relative clause. */
	{ "On Monday, officials said it may rain, or not.", "said",
	    &attribution, "" },
	/* A stance ends with its own clause. */
	{ "The party wanted more, but got less.", "wanted", &stance,
	    ", but got less." },
	{ "The party wanted more but got less.", "wanted", &stance,
	    " but got less." },
	/* ", but" and ", yet" start the writer's clause after an
	 * attribution; "but that" goes on reporting. */
	{ "The mayor called it a plan, but in truth it is a wish list.",
	    "called", &attribution, ", but in truth it is a wish list." },
	{ "The mayor said it was fine, yet the hall was empty.", "said",
	    &attribution, ", yet the hall was empty." },
	{ "The mayor said the hall was full, but that the bar was shut.",
	    "said", &attribution, "" },
	{ "The party wanted more, but got less.", "wanted", &attribution,
	    ", but got less." },
	/* A lone dash before "and" or "but" does what the comma does; a
	 * pair of dashes brackets an aside inside the report. */
	{ "Some analysts say the port is safe \xe2\x80\x93 and it is a "
	    "triumph.", "say", &vague, "\xe2\x80\x93 and it is a triumph." },
	{ "The mayor called it a plan \xe2\x80\x94 but it is a wish list.",
	    "called", &attribution, "\xe2\x80\x94 but it is a wish list." },
	{ "The mayor said the hall \xe2\x80\x94 but not the bar "
	    "\xe2\x80\x94 was full.", "said", &attribution, "" },
	{ "Some analysts say the port \xe2\x80\x93 and the dock "
	    "\xe2\x80\x93 will fail.", "say", &vague, "" },
	{ "Some analysts say the port is safe, and it is a triumph.", "say",
	    &vague, ", and it is a triumph." },
	/* A subordinate clause that opens the sentence ends at its comma. */
	{ "Although the mayor said it would rain, the fair was a triumph.",
	    "said", &attribution, ", the fair was a triumph." },
	{ "\u201cWhile officials insist it is safe, the bridge shakes.",
	    "insist", &attribution, ", the bridge shakes." },
	{ "Officials said that while the bridge is old, it is safe.", "said",
	    &attribution, "" },
	{ "As the mayor said, the fair was a triumph.", "said", &attribution,
	    "" },
	/* A bracketed reference reports nothing after itself. */
	{ "Owls hunt by ear [4], so they may miss prey.", "[4]", &attribution,
	    ", so they may miss prey." },
	{ "Owls hunt by ear (Tey, 2019) and may miss prey.", "(Tey, 2019)",
	    &attribution, " and may miss prey." },
};

START_TEST(test_end)
{
	size_t i;

	for (i = 0; i < sizeof(ends) / sizeof(ends[0]); i++)
		ck_assert_str_eq(rest(ends[i].text, ends[i].word,
		    ends[i].rule), ends[i].rest);
}
END_TEST

static int
is_if(const char *t, const char *word)
{
	struct fl_sentence s;
	struct fl_cue c;

	place(t, word, &attribution, &s, &c);
	return fl_clause_if(t, &c, &s);
}

START_TEST(test_if)
{
	ck_assert(is_if("If the party says no, it may lose.", "says"));
	ck_assert(is_if("Unless the board asks for more, it stands.",
	    "asks"));
	ck_assert(is_if("We will go if the mayor says so.", "says"));
	ck_assert(!is_if("Even if the mayor says no, we will go.", "says"));
	ck_assert(!is_if("It looks as if the mayor said no.", "said"));
	ck_assert(!is_if("If it rains, the mayor said, we stop.", "said"));
	ck_assert(!is_if("The mayor said we stop if it rains.", "said"));
	ck_assert(!is_if("The mayor said, if asked, that it rains.",
	    "that"));
	/* A quoted "!" or "?" closes the if-clause it holds. */
	ck_assert(!is_if("\u201cWave if you need help!\u201d one fan wrote.",
	    "one fan wrote"));
	ck_assert(!is_if("Would you stay if it rained? the mayor asked.",
	    "the mayor asked"));
	ck_assert(is_if("We stop if the \u201cbig\u201d mayor says so.",
	    "says"));
}
END_TEST

static int
nobody(const char *t, const char *word)
{
	struct fl_sentence s;
	struct fl_cue c;

	place(t, word, &attribution, &s, &c);
	return fl_clause_no_one(t, &c, &s);
}

START_TEST(test_no_one)
{
	ck_assert(nobody("I said no.", "said"));
	ck_assert(nobody("We did not really want it.", "want"));
	ck_assert(nobody("I didn\xe2\x80\x99t want it.", "want"));
	ck_assert(nobody("You may ask why.", "ask"));
	ck_assert(nobody("Nobody is asking for more.", "asking"));
	ck_assert(nobody("No one said so.", "said"));
	ck_assert(nobody("Let me say this.", "say"));
	ck_assert(nobody("I actually think so.", "think"));
	ck_assert(nobody("We definitely don't want that.", "want"));
	ck_assert(!nobody("The family really wants it.", "wants"));
	ck_assert(!nobody("The mayor did not say.", "say"));
	ck_assert(!nobody("One official said so.", "said"));
	ck_assert(!nobody("I think she said so.", "said"));
	ck_assert(!nobody("As I said, the mayor wants it.", "wants"));
	ck_assert(nobody("Nobody from the council has said where.", "said"));
	ck_assert(nobody("No one at the firm said so.", "said"));
	ck_assert(nobody("None of the bidders has said how much.", "said"));
	ck_assert(nobody("Nobody I spoke to would confirm it.", "confirm"));
	ck_assert(nobody("No one we asked has said why.", "said"));
	ck_assert(nobody("Nobody who was there would say.", "say"));
	ck_assert(!nobody("Nobody came, she said.", "said"));
	ck_assert(!nobody("The one from the council said so.", "said"));
	ck_assert(!nobody("Some of the bidders said so.", "said"));
	ck_assert(!nobody("Nobody knew, but the man from the mill said so.",
	    "said"));
}
END_TEST

START_TEST(test_blank)
{
	ck_assert(fl_clause_blank("a  \t b", 1, 5));
	ck_assert(fl_clause_blank("ab", 1, 1));
	ck_assert(!fl_clause_blank("a , b", 1, 4));
}
END_TEST

Suite *
clause_suite(void)
{
	Suite *s = suite_create("clause");
	TCase *tc = tcase_create("clause");

	tcase_add_test(tc, test_end);
	tcase_add_test(tc, test_if);
	tcase_add_test(tc, test_no_one);
	tcase_add_test(tc, test_blank);
	suite_add_tcase(s, tc);
	return s;
}
