/*
 * grade.h: what grade.c (reading and scoring answers files) and
 * grade_report.c (writing the reports) share: each student's answers and
 * score, and the grading of one text.
 */
#ifndef FL_GRADE_H
#define FL_GRADE_H

#include "factlens.h"
#include "exercise.h"

#define NANSWERS (FL_LABEL_COUNT + 1)	/* the labels and "none" */
#define UNANSWERED NANSWERS		/* index of "not answered" */

struct fl_answer {
	int listed;		/* the sentence is in the student's file */
	int given;		/* the answer, or -1: not answered */
	int found;		/* cues mode: the deciding cue was marked */
	size_t *words;		/* cues mode: 1-based word numbers marked */
	size_t nwords;
};

struct fl_student {
	const char *file;
	char *name;
	int cues;		/* cues mode */
	unsigned choices;	/* the labels the worksheet offered */
	struct fl_answer *ans;	/* one per sentence of the text */
	size_t listed, answered, right;
	size_t per[NANSWERS][2];	/* right, of, by right answer */
	size_t cues_found, cues_of, extra;
};

struct fl_grading {
	const struct fl_ex_doc *x;
	struct fl_student *st;
	size_t n;
	struct fl_error *errs;	/* the refused files */
	size_t nerrs;
	int format;
	const char *title;
};

/* The right answer to s for a worksheet that offered choices. */
int fl_grade_expected(unsigned choices, const struct fl_ex_sent *s);
/* The right answer to sentence i of x when st got it wrong or left it
 * out, else -1. */
int fl_grade_mistake(const struct fl_student *st, const struct fl_ex_doc *x,
    size_t i);
/* Did st, in the cues mode, miss the cue that decided sentence i? */
int fl_grade_missed(const struct fl_student *st, const struct fl_ex_doc *x,
    size_t i);

/* Append g's report in g->format to out: each student, the refused files
 * (json), and with two students or more the class (grade_report.c). */
void fl_grade_report(struct fl_buf *out, const struct fl_grading *g);

#endif
