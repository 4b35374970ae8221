/*
 * labels.c: the names of the sentence labels and cue categories, and the
 * one-line meaning of each that the legends, summaries and worksheets show.
 * The order of both lists is the order of LABELS.md and of every output:
 * labels sourced, speculation, opinion, claim, other.
 */
#include <string.h>

#include "factlens.h"

static const char *const label_names[FL_LABEL_COUNT] = {
	"sourced", "speculation", "opinion", "claim", "other"
};

static const char *const label_about[FL_LABEL_COUNT] = {
	"reports what a named source said",
	"the writer hedges or guesses",
	"the writer judges or recommends",
	"stated as fact, nothing to check it by",
	"question, heading or command"
};

static const char *const category_names[FL_CAT_COUNT] = {
	"hedge", "inference", "opinion", "attribution", "vague-source",
	"stance", "booster", "quote", "imperative"
};

static const char *const category_about[FL_CAT_COUNT] = {
	"a guess: the writer does not commit",
	"a conclusion the writer draws from signs",
	"a judgement or recommendation",
	"who said it: a source you can check",
	"a source no one can check",
	"what someone else wants, hopes or fears",
	"certainty the text does not earn",
	"the words of a speaker",
	"a command"
};

const char *
fl_label_name(enum fl_label l)
{
	return (unsigned)l < FL_LABEL_COUNT ? label_names[l] : "?";
}

const char *
fl_label_about(enum fl_label l)
{
	return (unsigned)l < FL_LABEL_COUNT ? label_about[l] : "?";
}

const char *
fl_category_name(enum fl_category c)
{
	return (unsigned)c < FL_CAT_COUNT ? category_names[c] : "?";
}

const char *
fl_category_about(enum fl_category c)
{
	return (unsigned)c < FL_CAT_COUNT ? category_about[c] : "?";
}

int
fl_name_lookup(const char *const *names, int count, const char *s, size_t n)
{
	int i;

	for (i = 0; i < count; i++)
		if (strlen(names[i]) == n && memcmp(names[i], s, n) == 0)
			return i;
	return -1;
}

int
fl_label_parse(const char *s, size_t n)
{
	return fl_name_lookup(label_names, FL_LABEL_COUNT, s, n);
}

int
fl_category_parse(const char *s, size_t n)
{
	return fl_name_lookup(category_names, FL_CAT_COUNT, s, n);
}
