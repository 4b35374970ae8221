/*
 * check_segment.c: paragraphs -> sentences (LABELS.md "Sentences").
 */
#include <stdlib.h>
#include <string.h>

#include "common.h"

/* ---- abbreviations ------------------------------------------------------ */

START_TEST(test_titles)
{
	SEGS("Mr. Arlen Voss met Mrs. Dana Pike and Dr. Ines Korr at "
	    "St. Alban's Hall. They talked for an hour.",
	    "Mr. Arlen Voss met Mrs. Dana Pike and Dr. Ines Korr at "
	    "St. Alban's Hall.",
	    "They talked for an hour.");
}
END_TEST

START_TEST(test_country_abbrev)
{
	SEGS("Exports to the U.S. Midwest fell sharply. Tariffs on U.K. "
	    "Steel Ltd. rose.",
	    "Exports to the U.S. Midwest fell sharply.",
	    "Tariffs on U.K. Steel Ltd. rose.");
}
END_TEST

START_TEST(test_eg_ie_etc)
{
	SEGS("Some ports, e.g. Lisbon, stayed open. The rule, i.e. Article "
	    "Nine, applies. They sold pens, ink, etc. in Tarvel. The shop "
	    "closed.",
	    "Some ports, e.g. Lisbon, stayed open.",
	    "The rule, i.e. Article Nine, applies.",
	    "They sold pens, ink, etc. in Tarvel.",
	    "The shop closed.");
}
END_TEST

START_TEST(test_eg_mid_sentence)
{
	SEGS("Small towns (e.g. Tarvel and Omsby) lost trains. Others kept "
	    "them.",
	    "Small towns (e.g. Tarvel and Omsby) lost trains.",
	    "Others kept them.");
}
END_TEST

START_TEST(test_number_abbrev)
{
	SEGS("Platform No. 5 was closed. Trains used No. 6 instead.",
	    "Platform No. 5 was closed.", "Trains used No. 6 instead.");
	SEGS("He said no. Then he left.", "He said no.", "Then he left.");
}
END_TEST

START_TEST(test_date_abbrev)
{
	SEGS("Aldwin of Fenmouth (c. 1130 \xe2\x80\x93 d. 1187) was a monk. "
	    "The charter is dated to ca. 1150. 1151 is also possible.",
	    "Aldwin of Fenmouth (c. 1130 \xe2\x80\x93 d. 1187) was a monk.",
	    "The charter is dated to ca. 1150.", "1151 is also possible.");
	SEGS("The painter (fl. 1460) signed in red. Her son (b. 1902) sold "
	    "it.", "The painter (fl. 1460) signed in red.",
	    "Her son (b. 1902) sold it.");
	/* Only before a digit, and a capital letter is an initial anyway. */
	SEGS("The fee is paid in the form set out in section c. Two copies "
	    "are kept.", "The fee is paid in the form set out in section c.",
	    "Two copies are kept.");
}
END_TEST

START_TEST(test_months)
{
	static const char *const m[] = { "Jan", "Feb", "Mar", "Apr", "Jun",
	    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", NULL };
	char text[256], first[128];
	size_t i;

	for (i = 0; m[i]; i++) {
		snprintf(first, sizeof(first), "The fair opens on %s. 5 in "
		    "the town.", m[i]);
		snprintf(text, sizeof(text), "%s It closes a week later.",
		    first);
		SEGS(text, first, "It closes a week later.");
	}
}
END_TEST

START_TEST(test_am_pm)
{
	SEGS("The polls open at 7 a.m. Monday and close at 9 p.m. Tuesday. "
	    "Counting starts at once.",
	    "The polls open at 7 a.m. Monday and close at 9 p.m. Tuesday.",
	    "Counting starts at once.");
}
END_TEST

START_TEST(test_initials)
{
	SEGS("The novel by J. R. Smith sold well. It was reprinted twice.",
	    "The novel by J. R. Smith sold well.",
	    "It was reprinted twice.");
}
END_TEST

/* ---- numbers ------------------------------------------------------------ */

START_TEST(test_decimals)
{
	SEGS("Inflation rose 3.5% in the spring. Version v2.1 fixed the bug. "
	    "The index stood at 104.25. Then it fell.",
	    "Inflation rose 3.5% in the spring.",
	    "Version v2.1 fixed the bug.",
	    "The index stood at 104.25.",
	    "Then it fell.");
}
END_TEST

START_TEST(test_sentence_before_digit)
{
	SEGS("The club was founded in Tarvel. 1923 was its best year.",
	    "The club was founded in Tarvel.", "1923 was its best year.");
}
END_TEST

/* ---- ellipses ----------------------------------------------------------- */

START_TEST(test_ellipsis)
{
	SEGS("He paused... and then he spoke. She left.",
	    "He paused... and then he spoke.", "She left.");
	SEGS("He paused\xe2\x80\xa6 and then he spoke. She left.",
	    "He paused\xe2\x80\xa6 and then he spoke.", "She left.");
}
END_TEST

/* ---- quotes and brackets ------------------------------------------------ */

START_TEST(test_closing_quote_comma)
{
	SEGS("She called the review \xe2\x80\x9c" "a failure in depth,"
	    "\xe2\x80\x9d repeating her view. He agreed.",
	    "She called the review \xe2\x80\x9c" "a failure in depth,"
	    "\xe2\x80\x9d repeating her view.",
	    "He agreed.");
}
END_TEST

START_TEST(test_closing_quote_end)
{
	SEGS("She said the talks \xe2\x80\x9cwent badly.\xe2\x80\x9d The next "
	    "day she left.",
	    "She said the talks \xe2\x80\x9cwent badly.\xe2\x80\x9d",
	    "The next day she left.");
	SEGS("She said the talks \"went badly.\" The next day she left.",
	    "She said the talks \"went badly.\"", "The next day she left.");
	SEGS("He wrote 'it went badly.' The next day he left.",
	    "He wrote 'it went badly.'", "The next day he left.");
	SEGS("(The figures were revised.) The next report came later.",
	    "(The figures were revised.)", "The next report came later.");
}
END_TEST

START_TEST(test_opening_quote_starts)
{
	SEGS("The vote was close. \xe2\x80\x9cWe will appeal,\xe2\x80\x9d "
	    "she said.",
	    "The vote was close.",
	    "\xe2\x80\x9cWe will appeal,\xe2\x80\x9d she said.");
	SEGS("The vote was close. \"We will appeal,\" she said.",
	    "The vote was close.", "\"We will appeal,\" she said.");
}
END_TEST

START_TEST(test_question_exclamation)
{
	SEGS("Was the visit a failure? Nobody knows! The talks ended.",
	    "Was the visit a failure?", "Nobody knows!", "The talks ended.");
	SEGS("Really?! Yes.", "Really?!", "Yes.");
}
END_TEST

START_TEST(test_lowercase_after_stop)
{
	SEGS("The score was 3 vs. 2 at the break. the crowd left.",
	    "The score was 3 vs. 2 at the break. the crowd left.");
}
END_TEST

START_TEST(test_flags)
{
	struct segs sg;
	const char *t = "Was it late? It was. \xe2\x80\x9cWhy?\xe2\x80\x9d "
	    "Nobody said\n";

	segs_run(t, strlen(t), &sg);
	ck_assert_uint_eq(sg.n, 4);
	ck_assert(sg.v[0].question && sg.v[0].final_punct);
	ck_assert(!sg.v[1].question && sg.v[1].final_punct);
	ck_assert(sg.v[2].question && sg.v[2].final_punct);
	ck_assert(!sg.v[3].question && !sg.v[3].final_punct);
	ck_assert(sg.v[3].standalone);
	ck_assert(!sg.v[0].standalone && !sg.v[1].list_item);
	segs_free(&sg);
}
END_TEST

/* ---- lines -------------------------------------------------------------- */

START_TEST(test_heading_alone)
{
	struct segs sg;
	const char *t = "Budget talks stall\n\nThe ministers met on Monday. "
	    "They left early.\n";

	SEGS(t, "Budget talks stall", "The ministers met on Monday.",
	    "They left early.");
	segs_run(t, strlen(t), &sg);
	ck_assert(sg.v[0].standalone);
	ck_assert(!sg.v[0].final_punct);
	segs_free(&sg);
}
END_TEST

START_TEST(test_list_items)
{
	struct segs sg;
	const char *t = "Highlights:\n"
	    "- The plant opened in 2019\n"
	    "* Output doubled\n"
	    "\xe2\x80\xa2 Costs fell\n"
	    "1. Staff rose to 40\n"
	    "2) A second site is planned\n";
	size_t i;

	SEGS(t, "Highlights:", "- The plant opened in 2019",
	    "* Output doubled", "\xe2\x80\xa2 Costs fell",
	    "1. Staff rose to 40", "2) A second site is planned");
	segs_run(t, strlen(t), &sg);
	ck_assert(!sg.v[0].list_item);
	for (i = 1; i < sg.n; i++)
		ck_assert_msg(sg.v[i].list_item, "item %zu", i);
	segs_free(&sg);
}
END_TEST

START_TEST(test_list_items_wrapped)
{
	/* List items in wrapped text: each item still starts a sentence,
	 * and a continuation line joins its item. */
	SEGS("Findings of the review of the eastern harbour plan, published "
	    "today:\n"
	    "- The survey of the pier was finished in March and found no "
	    "damage.\n"
	    "- The cost of the new breakwater rose by a third over the "
	    "original\n"
	    "  estimate, to the surprise of the council.\n",
	    "Findings of the review of the eastern harbour plan, published "
	    "today:",
	    "- The survey of the pier was finished in March and found no "
	    "damage.",
	    "- The cost of the new breakwater rose by a third over the "
	    "original\n  estimate, to the surprise of the council.");
}
END_TEST

START_TEST(test_list_marker_fn)
{
	ck_assert_uint_eq(fl_list_marker("- a", 3), 2);
	ck_assert_uint_eq(fl_list_marker("* a", 3), 2);
	ck_assert_uint_eq(fl_list_marker("\xe2\x80\xa2 a", 5), 4);
	ck_assert_uint_eq(fl_list_marker("1. a", 4), 3);
	ck_assert_uint_eq(fl_list_marker("12) a", 5), 4);
	ck_assert_uint_eq(fl_list_marker("-   a", 5), 4);
	ck_assert_uint_eq(fl_list_marker("-a", 2), 0);
	ck_assert_uint_eq(fl_list_marker("1.5 a", 5), 0);
	ck_assert_uint_eq(fl_list_marker("a. b", 4), 0);
	ck_assert_uint_eq(fl_list_marker("", 0), 0);
	ck_assert_uint_eq(fl_list_marker("-", 1), 0);
}
END_TEST

#define WRAP1 "The committee met on Tuesday to discuss the harbour plan, which has been\n"
#define WRAP2 "under review since the spring. Members asked for a new survey of the\n"
#define WRAP3 "eastern pier before any vote. The chair agreed and set a date in June.\n"

START_TEST(test_hard_wrapped)
{
	SEGS(WRAP1 WRAP2 WRAP3,
	    "The committee met on Tuesday to discuss the harbour plan, which "
	    "has been\nunder review since the spring.",
	    "Members asked for a new survey of the\neastern pier before any "
	    "vote.",
	    "The chair agreed and set a date in June.");
}
END_TEST

START_TEST(test_short_heading_above_wrapped)
{
	SEGS("Harbour plan\n" WRAP1 WRAP2 WRAP3,
	    "Harbour plan",
	    "The committee met on Tuesday to discuss the harbour plan, which "
	    "has been\nunder review since the spring.",
	    "Members asked for a new survey of the\neastern pier before any "
	    "vote.",
	    "The chair agreed and set a date in June.");
}
END_TEST

START_TEST(test_signoff_below_wrapped)
{
	SEGS(WRAP1 WRAP2 "eastern pier before any vote. The chair agreed and "
	    "set a date in\nJune\nDana Pike\n",
	    "The committee met on Tuesday to discuss the harbour plan, which "
	    "has been\nunder review since the spring.",
	    "Members asked for a new survey of the\neastern pier before any "
	    "vote.",
	    "The chair agreed and set a date in\nJune",
	    "Dana Pike");
}
END_TEST

START_TEST(test_line_oriented_block)
{
	struct segs sg;
	const char *t = "Dana Pike\nPress Office\nHarbour Road 12\n"
	    "Portmore PM4 2XY\nPhone 0123 456 789\n";
	size_t i;

	SEGS(t, "Dana Pike", "Press Office", "Harbour Road 12",
	    "Portmore PM4 2XY", "Phone 0123 456 789");
	segs_run(t, strlen(t), &sg);
	for (i = 0; i < sg.n; i++)
		ck_assert_msg(sg.v[i].standalone, "line %zu", i);
	segs_free(&sg);
}
END_TEST

START_TEST(test_line_oriented_verse)
{
	SEGS("The tide comes in,\nthe gulls are loud.\nThe boats go out\n"
	    "before the cloud.\n",
	    "The tide comes in,", "the gulls are loud.",
	    "The boats go out", "before the cloud.");
}
END_TEST

START_TEST(test_length_in_characters)
{
	/* 43 characters but 52 bytes (accented letters): still a
	 * line-oriented block, so the line break ends the sentence. */
#define ACCENTED "Jos\xc3\xa9 \xc3\x81lvarez Ib\xc3\xa1\xc3\xb1" "ez of " \
	"S\xc3\xa3o Jo\xc3\xa3o \xc3\x89vora \xc3\x91u\xc3\xb1oa"
	ck_assert_uint_eq(strlen(ACCENTED), 52);
	SEGS(ACCENTED "\nRua das Flores 10 in Porto\n", ACCENTED,
	    "Rua das Flores 10 in Porto");
}
END_TEST

/* A line of n characters, words without punctuation, ending in a letter. */
static void
make_line(char *buf, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		buf[i] = i % 6 == 5 ? ' ' : "harbour"[i % 6];
	buf[n - 1] = 'x';
	buf[n] = '\0';
}

/* Does "line1\nline2\n" (lengths a and b) split at the line break? */
static int
splits(size_t a, size_t b)
{
	char l1[128], l2[128], text[300];
	struct segs sg;
	int n;

	make_line(l1, a);
	make_line(l2, b);
	snprintf(text, sizeof(text), "%s\n%s\n", l1, l2);
	segs_run(text, strlen(text), &sg);
	n = (int)sg.n;
	segs_free(&sg);
	ck_assert(n == 1 || n == 2);
	return n == 2;
}

START_TEST(test_line_oriented_boundary)
{
	/* Longest line under 50 characters: line-oriented. */
	ck_assert_msg(splits(40, 49), "longest 49: should break");
	ck_assert_msg(!splits(40, 50), "longest 50: should join");
	ck_assert_msg(splits(49, 40), "longest 49 first: should break");
}
END_TEST

START_TEST(test_short_line_boundary)
{
	/* Under two thirds of the longest line (72): 47 is short, 48 not. */
	ck_assert_msg(splits(47, 72), "47 of 72: should break");
	ck_assert_msg(!splits(48, 72), "48 of 72: should join");
	ck_assert_msg(!splits(72, 60), "the longest line: should join");
}
END_TEST

START_TEST(test_number_ends_sentence)
{
	SEGS("Sales rose in 2019. Then they fell.", "Sales rose in 2019.",
	    "Then they fell.");
	SEGS("The score was 40. 12 more came later.", "The score was 40.",
	    "12 more came later.");
}
END_TEST

START_TEST(test_blank_line_paragraphs)
{
	SEGS("The first paragraph ends here\n\nThe second one\nstarts here.\n",
	    "The first paragraph ends here", "The second one",
	    "starts here.");
	SEGS("One sentence is here.\n \t \nAnother is here.\n",
	    "One sentence is here.", "Another is here.");
	SEGS("\n\n\nLeading blank lines.\n\n\n",
	    "Leading blank lines.");
}
END_TEST

START_TEST(test_crlf)
{
	SEGS("Dana Pike\r\nPress Office\r\n\r\nThe office opens at nine. "
	    "It closes at five.\r\n",
	    "Dana Pike", "Press Office", "The office opens at nine.",
	    "It closes at five.");
	SEGS("The committee met on Tuesday to discuss the harbour plan, which "
	    "has been\r\nunder review since the spring. Members agreed.\r\n",
	    "The committee met on Tuesday to discuss the harbour plan, which "
	    "has been\r\nunder review since the spring.",
	    "Members agreed.");
}
END_TEST

START_TEST(test_no_final_newline)
{
	SEGS("The last sentence has no newline", "The last sentence has no "
	    "newline");
	SEGS("First one. Second one.", "First one.", "Second one.");
	SEGS("", NULL);
	SEGS("   \n\t\n", NULL);
}
END_TEST

/* ---- spans -------------------------------------------------------------- */

#define NULTEXT "Bad \xff\xfe bytes. And a NUL \0 byte? Yes.\n"
static const char *const tricky[] = {
	"Mr. Voss met Dr. Korr. They talked.\n\nA heading\n- item one\n"
	    "* item two.\n",
	"  Indented start. Next one!\n   \n\tTabbed?\r\nCRLF line\r\n",
	"No final newline. Really",
	"\xe2\x80\x9cQuoted.\xe2\x80\x9d Then... more\xe2\x80\xa6 done.\n",
	NULTEXT,
	"1. One\n2. Two\n3) Three\n\xe2\x80\xa2 Four\n",
	"\xc2\xa0Non-breaking space start. \xe2\x80\x83" "Em space.\n",
	WRAP1 WRAP2 WRAP3 "\n\n" "Harbour plan\n" WRAP1 WRAP2,
	"....\n!!!\n???\n. . .\n",
	"a\nb\nc\n\n\n\nd",
	NULL
};
static const size_t tricky_len[] = { 0, 0, 0, 0, sizeof(NULTEXT) - 1, 0, 0, 0, 0, 0, 0 };

static int
space_byte(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	    c == '\f';
}

/* Is byte b part of an occurrence of seq in s? */
static int
in_seq(const char *s, size_t n, size_t b, const char *seq)
{
	size_t k = strlen(seq), a;

	for (a = b >= k - 1 ? b - (k - 1) : 0; a <= b; a++)
		if (a + k <= n && memcmp(s + a, seq, k) == 0)
			return 1;
	return 0;
}

START_TEST(test_spans_cover)
{
	size_t t;

	for (t = 0; tricky[t]; t++) {
		const char *s = tricky[t];
		size_t n = tricky_len[t] ? tricky_len[t] : strlen(s), i, b;
		unsigned char *cov = calloc(n + 1, 1);
		struct segs sg;

		segs_run(s, n, &sg);
		for (i = 0; i < sg.n; i++) {
			ck_assert_msg(sg.start[i] < sg.end[i], "text %zu: empty "
			    "sentence %zu", t, i);
			ck_assert_msg(i == 0 || sg.end[i - 1] <= sg.start[i],
			    "text %zu: sentences %zu and %zu overlap or are "
			    "out of order", t, i - 1, i);
			ck_assert_msg(!space_byte((unsigned char)
			    s[sg.start[i]]) && !space_byte((unsigned char)
			    s[sg.end[i] - 1]), "text %zu: sentence %zu not "
			    "trimmed", t, i);
			for (b = sg.start[i]; b < sg.end[i]; b++)
				cov[b]++;
		}
		for (b = 0; b < n; b++) {
			int sp = space_byte((unsigned char)s[b]) ||
			    in_seq(s, n, b, "\xc2\xa0") ||
			    in_seq(s, n, b, "\xe2\x80\x83");

			if (!sp)
				ck_assert_msg(cov[b] == 1, "text %zu: byte %zu "
				    "(0x%02x) covered %d times", t, b,
				    (unsigned char)s[b], cov[b]);
			else
				ck_assert_msg(cov[b] <= 1, "text %zu: byte %zu "
				    "covered twice", t, b);
		}
		free(cov);
		segs_free(&sg);
	}
}
END_TEST

START_TEST(test_line_col)
{
	const char *t = "Title\n\n  Indented start. Second one.\n"
	    "Third line here\n\n\tLast.";
	struct segs sg;

	segs_run(t, strlen(t), &sg);
	ck_assert_uint_eq(sg.n, 5);
	ck_assert_str_eq(sg.s[0], "Title");
	ck_assert_int_eq(sg.line[0], 1);
	ck_assert_int_eq(sg.col[0], 1);
	ck_assert_str_eq(sg.s[1], "Indented start.");
	ck_assert_int_eq(sg.line[1], 3);
	ck_assert_int_eq(sg.col[1], 3);
	ck_assert_str_eq(sg.s[2], "Second one.");
	ck_assert_int_eq(sg.line[2], 3);
	ck_assert_int_eq(sg.col[2], 19);
	ck_assert_str_eq(sg.s[3], "Third line here");
	ck_assert_int_eq(sg.line[3], 4);
	ck_assert_int_eq(sg.col[3], 1);
	ck_assert_str_eq(sg.s[4], "Last.");
	ck_assert_int_eq(sg.line[4], 6);
	ck_assert_int_eq(sg.col[4], 2);
	segs_free(&sg);
}
END_TEST

START_TEST(test_col_counts_bytes)
{
	const char *t = "\xc3\x89t\xc3\xa9 fini. Next one.";
	struct segs sg;

	segs_run(t, strlen(t), &sg);
	ck_assert_uint_eq(sg.n, 2);
	ck_assert_int_eq(sg.line[1], 1);
	ck_assert_int_eq(sg.col[1], 13);
	segs_free(&sg);
}
END_TEST

START_TEST(test_para_offsets)
{
	/* fl_segment on a paragraph that does not start the document: line
	 * and col come from the paragraph's own position. */
	struct fl_para p = { "  One. Two.\nThree.", 18, 100, 7, 5 };
	struct fl_sentences s;

	fl_sentences_init(&s);
	fl_segment(&p, &s);
	ck_assert_uint_eq(s.n, 3);
	ck_assert_uint_eq(s.v[0].start, 2);
	ck_assert_int_eq(s.v[0].line, 7);
	ck_assert_int_eq(s.v[0].col, 7);
	ck_assert_int_eq(s.v[1].line, 7);
	ck_assert_int_eq(s.v[1].col, 12);
	ck_assert_int_eq(s.v[2].line, 8);
	ck_assert_int_eq(s.v[2].col, 1);
	fl_sentences_release(&s);
}
END_TEST

Suite *
segment_suite(void)
{
	Suite *s = suite_create("segment");
	TCase *tc;

	tc = tcase_create("abbreviations");
	tcase_add_test(tc, test_titles);
	tcase_add_test(tc, test_country_abbrev);
	tcase_add_test(tc, test_eg_ie_etc);
	tcase_add_test(tc, test_eg_mid_sentence);
	tcase_add_test(tc, test_number_abbrev);
	tcase_add_test(tc, test_date_abbrev);
	tcase_add_test(tc, test_months);
	tcase_add_test(tc, test_am_pm);
	tcase_add_test(tc, test_initials);
	suite_add_tcase(s, tc);

	tc = tcase_create("numbers-ellipses");
	tcase_add_test(tc, test_decimals);
	tcase_add_test(tc, test_sentence_before_digit);
	tcase_add_test(tc, test_number_ends_sentence);
	tcase_add_test(tc, test_ellipsis);
	suite_add_tcase(s, tc);

	tc = tcase_create("quotes-punctuation");
	tcase_add_test(tc, test_closing_quote_comma);
	tcase_add_test(tc, test_closing_quote_end);
	tcase_add_test(tc, test_opening_quote_starts);
	tcase_add_test(tc, test_question_exclamation);
	tcase_add_test(tc, test_lowercase_after_stop);
	tcase_add_test(tc, test_flags);
	suite_add_tcase(s, tc);

	tc = tcase_create("lines");
	tcase_add_test(tc, test_heading_alone);
	tcase_add_test(tc, test_list_items);
	tcase_add_test(tc, test_list_items_wrapped);
	tcase_add_test(tc, test_list_marker_fn);
	tcase_add_test(tc, test_hard_wrapped);
	tcase_add_test(tc, test_short_heading_above_wrapped);
	tcase_add_test(tc, test_signoff_below_wrapped);
	tcase_add_test(tc, test_line_oriented_block);
	tcase_add_test(tc, test_line_oriented_verse);
	tcase_add_test(tc, test_line_oriented_boundary);
	tcase_add_test(tc, test_short_line_boundary);
	tcase_add_test(tc, test_length_in_characters);
	tcase_add_test(tc, test_blank_line_paragraphs);
	tcase_add_test(tc, test_crlf);
	tcase_add_test(tc, test_no_final_newline);
	suite_add_tcase(s, tc);

	tc = tcase_create("spans");
	tcase_add_test(tc, test_spans_cover);
	tcase_add_test(tc, test_line_col);
	tcase_add_test(tc, test_col_counts_bytes);
	tcase_add_test(tc, test_para_offsets);
	suite_add_tcase(s, tc);
	return s;
}
