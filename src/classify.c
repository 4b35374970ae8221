/*
 * classify.c: a paragraph's sentences and their cues -> one label each,
 * following LABELS.md "When signals meet".
 *
 * It never looks at patterns, only at cue categories, spans, the scope an
 * attribution rule declares and the quotation marks the matcher followed.
 * In order: a question is other; a line with no final punctuation
 * (headline, byline, a label-like list item) is other; a command is other;
 * an attribution inside a vague source does not count; a hedge or inference
 * that is the writer's own (outside every attribution's reported content
 * and every quotation) makes speculation; an opinion cue that is the
 * writer's own (outside those, and outside what a vague source or a
 * stance reports too; scare quotes around a word are the writer's) makes
 * opinion; an attribution makes sourced; so
 * does a quotation whose speaker is named in one of its sentences or, for a
 * quotation that opens its sentence, in the sentence just before; anything
 * else is a claim.  Stance and booster cues never change the label.
 *
 * What a cue with scope after reports ends before the sentence does at a
 * semicolon, at the comma that closes a relative clause the cue stands in
 * (", which the minister announced, may ..."), and for a stance at the end
 * of its own clause; a stance whose holder is a vague source reports
 * nothing of its own.  A doubt word just before a reporting verb ("have
 * supposedly promised") makes that attribution no source, and so does an
 * if-clause around it ("If the party says ...") or the writer, the reader
 * or no one as its subject ("I did not say", "Nobody is asking"); a stance
 * of the writer's own ("I hope") is no stance cue.  Where those clauses
 * begin and end is read from the text by clause.c.
 */
#include <stdlib.h>
#include <string.h>

#include "factlens.h"
#include "utf8.h"

/* fl_cue.dropped: 1 for a cue that does not count; DROPPED_IF for an
 * attribution whose speaker is hypothetical, in an if-clause ("If a
 * member says ..."), which still holds what that speaker would say. */
#define DROPPED_IF 2

/* The cues of a sentence from its first index: cues->v is NULL while no
 * cue was found, and NULL + 0 is undefined. */
static struct fl_cue *
cues_at(const struct fl_cues *cues, size_t i)
{
	return cues->v != NULL ? cues->v + i : NULL;
}

static int
overlaps(const struct fl_cue *a, const struct fl_cue *b)
{
	return a->start < b->end && b->start < a->end;
}

static int
inside(const struct fl_cue *c, size_t a, size_t b)
{
	return c->start >= a && c->end <= b;
}

/* Is cue h in the reported content of cue a (an attribution, a vague
 * source or a stance with a scope) in sentence s of text t? */
static int
reported(const char *t, const struct fl_cue *h, const struct fl_cue *a,
    const struct fl_sentence *s)
{
	switch (a->rule->scope) {
	case FL_SCOPE_AFTER:
		return inside(h, a->end, fl_clause_end(t, a, s));
	case FL_SCOPE_BEFORE:
		return inside(h, s->start, a->start);
	case FL_SCOPE_SENTENCE:
		return !overlaps(h, a);
	default:
		return 0;
	}
}

/* Is cue a a bracketed reference ("[4, 7]", "(Lund, 2019)"): its text
 * opens and closes with a bracket? */
static int
bracketed(const char *t, const struct fl_cue *a)
{
	return a->end - a->start >= 3 &&
	    ((t[a->start] == '[' && t[a->end - 1] == ']') ||
	    (t[a->start] == '(' && t[a->end - 1] == ')'));
}

/* Does cue k of c[0, nc) overlap a vague-source cue? */
static int
in_vague(const struct fl_cue *c, size_t nc, size_t k)
{
	size_t x;

	for (x = 0; x < nc; x++)
		if (c[x].rule->category == FL_CAT_VAGUE &&
		    overlaps(&c[x], &c[k]))
			return 1;
	return 0;
}

/*
 * Opinion, LABELS.md rule 18 (kept apart for merging): an opinion cue that
 * spans a whole quotation from its opening mark (“reforms”) is the
 * writer's scare quote around the words, not the words of a speaker.
 */
static int
scare_quote(const struct fl_cue *h, const struct fl_cue *q)
{
	return h->rule->category == FL_CAT_OPINION && q->open &&
	    h->start == q->start && h->end == q->end;
}

/*
 * Hedges, LABELS.md rule 14 (kept apart for merging): an inference verb
 * that is also the verb of an attribution ("Sanders has suggested that",
 * "the report indicated that") reports what the source communicated; it
 * is the source's word, not an inference of the writer's.  Modals and other
 * hedges next to the verb ("may have said") stay the writer's (rule 1).
 */
static int
source_verb(const struct fl_cue *h, const struct fl_cue *a)
{
	return h->rule->category == FL_CAT_INFERENCE &&
	    a->rule->category == FL_CAT_ATTRIBUTION && overlaps(h, a);
}

/*
 * Is cue h in what the hypothetical speaker of attribution a (in an
 * if-clause) would say: after a, before the comma, semicolon or colon
 * that ends the if-clause ("If a member says the plan is a disgrace, the
 * board meets again.")?  The main clause after that comma is the
 * writer's again.
 */
static int
in_if_report(const char *t, const struct fl_cue *h, const struct fl_cue *a,
    const struct fl_sentence *s)
{
	size_t i;

	if (a->rule->scope != FL_SCOPE_AFTER || h->start < a->end)
		return 0;
	for (i = a->end; i < h->end && i < s->end; i++)
		if (t[i] == ',' || t[i] == ';' || t[i] == ':')
			return 0;
	return i == h->end;
}

/*
 * Does cue h (a hedge, inference or opinion) belong to someone other than
 * the writer?  It does inside a quotation or in what an attribution or a
 * stance with a scope reports (not a stance whose holder is a vague
 * source: "Some investors worry that it could fail." is still hedged).  A
 * judgement in what a vague source says is not the writer's either
 * ("Critics say the plan is a disaster." stays a claim); a hedge there
 * still is ("Some analysts believe the deal may collapse." is
 * speculation), LABELS.md rules 2 and 18.  A hedge that is the vague
 * source's own verb ("It has been suggested that") is the unnamed
 * source's, rule 17.  Returns 1 + the index in c of the cue that holds
 * it, or 0 (the writer's).
 */
static unsigned short
theirs(const char *t, const struct fl_cue *h, const struct fl_cue *c,
    size_t nc, const struct fl_sentence *s)
{
	size_t k;

	for (k = 0; k < nc; k++) {
		if (&c[k] == h)
			continue;
		/* A hypothetical speaker ("If a senator says the map is
		 * unfair, ...") is no source, but the judgement in what
		 * that speaker would say is not the writer's either
		 * (LABELS.md rules 1, 14 and 18), as with a vague source. */
		if (c[k].dropped) {
			if (c[k].dropped == DROPPED_IF &&
			    h->rule->category == FL_CAT_OPINION &&
			    in_if_report(t, h, &c[k], s))
				return (unsigned short)(k + 1);
			continue;
		}
		switch (c[k].rule->category) {
		case FL_CAT_STANCE:
			if (in_vague(c, nc, k))
				break;
			/* FALLTHROUGH */
		case FL_CAT_ATTRIBUTION:
			if (reported(t, h, &c[k], s) || source_verb(h, &c[k]))
				return (unsigned short)(k + 1);
			break;
		case FL_CAT_VAGUE:
			if (overlaps(h, &c[k]) ||
			    (h->rule->category == FL_CAT_OPINION &&
			    reported(t, h, &c[k], s)))
				return (unsigned short)(k + 1);
			break;
		case FL_CAT_QUOTE:
			if (inside(h, c[k].start, c[k].end) &&
			    !scare_quote(h, &c[k]))
				return (unsigned short)(k + 1);
			break;
		default:
			break;
		}
	}
	return 0;
}

/* A rough test for a finite verb in a list item with no full stop, so that
 * "- A new centre opened last month" is a statement and "- Annual capacity
 * of 3.2 GWh" is a label.  A word in -ed counts, except right after a
 * determiner, a number or an object pronoun, where it can only be an
 * adjective ("- Two heated pools", "- 140 jobs, most of them skilled",
 * "(C) The untreated control"). */
static int
has_verb(const char *t, size_t a, size_t b)
{
	static const char *const aux[] = {
		"is", "are", "was", "were", "be", "been", "has", "have", "had",
		"will", "would", "can", "could", "may", "might", "shall",
		"should", "must", "do", "does", "did", NULL
	};
	/* In strcmp order, for fl_ascii_word_in. */
	static const char *const before_adj[] = {
		"a", "an", "him", "his", "its", "me", "my", "our", "the",
		"their", "them", "these", "this", "those", "us", "your"
	};
	size_t i = a, w, k, pw = a, pe = a;

	while (i < b) {
		while (i < b && !((t[i] >= 'a' && t[i] <= 'z') ||
		    (t[i] >= 'A' && t[i] <= 'Z')))
			i++;
		w = i;
		while (i < b && ((t[i] >= 'a' && t[i] <= 'z') ||
		    (t[i] >= 'A' && t[i] <= 'Z') || t[i] == '\''))
			i++;
		if (i - w >= 4 && t[w] >= 'a' && t[i - 2] == 'e' &&
		    t[i - 1] == 'd' && !(w >= 2 && t[w - 1] == ' ' &&
		    t[w - 2] >= '0' && t[w - 2] <= '9') &&
		    !(pe < w && fl_clause_blank(t, pe, w) &&
		    fl_ascii_word_in(t + pw, pe - pw, before_adj,
		    sizeof(before_adj) / sizeof(before_adj[0]))))
			return 1;
		pw = w;
		pe = i;
		for (k = 0; aux[k]; k++)
			if (strlen(aux[k]) == i - w &&
			    strncmp(aux[k], t + w, i - w) == 0)
				return 1;
	}
	return 0;
}

/* Start of the sentence's first word: after a list marker and any opening
 * quotation marks or brackets. */
static size_t
first_word(const char *t, const struct fl_sentence *s)
{
	size_t i = s->start + fl_list_marker(t + s->start, s->end - s->start);

	for (;;) {
		if (i < s->end && (t[i] == '"' || t[i] == '(' || t[i] == '\''))
			i++;
		else if (s->end - i >= 3 && (memcmp(t + i, "\xe2\x80\x9c", 3)
		    == 0 || memcmp(t + i, "\xe2\x80\x98", 3) == 0))
			i += 3;
		else
			return i;
	}
}

/*
 * A figure or table label standing alone ("Figure 2.", "Fig. 3B.",
 * "Supplementary Table S1:") or a scale-bar note ("Scale bar, 5 µm."): a
 * label in a figure legend, not a statement, although it ends with a
 * full stop (LABELS.md: a label-like item with no verb is `other`).
 */
static int
caption_label(const char *t, const struct fl_sentence *s, size_t i)
{
	static const char *const head[] = {
		"Figure ", "Fig. ", "Table ", "Box ", "Scheme ", "Plate ",
		"Chart ", NULL
	};
	size_t e = s->end, k, n = 0;

	if (e - i > 48)		/* labels are short: most sentences stop here */
		return 0;
	while (e > i && (t[e - 1] == ' ' || t[e - 1] == '\n' ||
	    t[e - 1] == '\t'))
		e--;
	if (e - i <= 40 && e - i > 10 && memcmp(t + i, "Scale bar", 9) == 0) {
		k = i + 9 + (t[i + 9] == 's');
		if (t[k] == ' ')
			k++;
		return t[k] == ',' || t[k] == ':' || t[k] == '=';
	}
	if (e - i > 14 && memcmp(t + i, "Supplementary ", 14) == 0)
		i += 14;
	for (k = 0; head[k]; k++) {
		n = strlen(head[k]);
		if (e - i > n && memcmp(t + i, head[k], n) == 0)
			break;
	}
	if (head[k] == NULL)
		return 0;
	i += n;
	if (i < e && t[i] == 'S')
		i++;
	if (i >= e || t[i] < '0' || t[i] > '9')
		return 0;
	while (i < e && ((t[i] >= '0' && t[i] <= '9') ||
	    (t[i] >= 'A' && t[i] <= 'Z') || (t[i] >= 'a' && t[i] <= 'z')))
		i++;
	return i + 1 == e && (t[i] == '.' || t[i] == ':');
}

/*
 * A panel line of a figure legend that is only a noun phrase ("(A)
 * Representative neurons expressing the control construct.", "(B, C)
 * Scanning electron micrographs of coupons."): a label, not a statement
 * (LABELS.md: a label-like item with no verb is `other`).  The sentence
 * opens with a bracketed panel letter, has no second clause (no ';' or
 * ':') and no finite verb by has_verb() or among the present-tense verbs
 * that legends use ("bars show", "arrows indicate").
 */
static int
panel_caption(const char *t, const struct fl_sentence *s)
{
	/* In strcmp order, for fl_ascii_word_in. */
	static const char *const legend_verb[] = {
		"contain", "contains", "correspond", "corresponds", "denote",
		"denotes", "depict", "depicts", "illustrate", "illustrates",
		"indicate", "indicates", "mark", "marks", "reflect", "reflects",
		"represent", "represents", "show", "shows"
	};
	size_t i = s->start, e = s->end, k, n, w;

	if (e - i > 160 || i >= e || t[i] != '(')
		return 0;
	for (k = i + 1; k < e && k - i <= 8 && t[k] != ')'; k++)
		if (!((t[k] >= 'A' && t[k] <= 'Z') || (t[k] >= '0' &&
		    t[k] <= '9') || t[k] == ',' || t[k] == ' ' ||
		    t[k] == '-'))
			return 0;
	if (k >= e || t[k] != ')' || k == i + 1 || t[i + 1] < 'A' ||
	    t[i + 1] > 'Z' || k + 1 >= e || t[k + 1] != ' ')
		return 0;
	for (n = k; n < e; n++)
		if (t[n] == ';' || t[n] == ':')
			return 0;
	/* A word between spaces that is a legend's verb. */
	for (n = k + 1; n < e; n = w) {
		while (n < e && t[n] == ' ')
			n++;
		for (w = n; w < e && t[w] != ' '; w++)
			;
		if (w < e && fl_ascii_word_in(t + n, w - n, legend_verb,
		    sizeof(legend_verb) / sizeof(legend_verb[0])))
			return 0;
	}
	return !has_verb(t, k + 1, e);
}

/*
 * Is the word in -ing that ends at t[e] a participle with an object
 * ("cells expressing GFP"), not a gerund that is itself an object
 * ("advances flowering by nine days", "regulates signalling.")?  It is when
 * a word follows it that is not one of the nl words of list
 * (prepositions and conjunctions).
 */
static int
participle(const char *t, size_t e, size_t b, const char *const *list,
    size_t nl)
{
	size_t w;

	if (e + 1 >= b || t[e] != ' ')
		return 0;
	for (w = ++e; e < b && ((t[e] >= 'a' && t[e] <= 'z') ||
	    (t[e] >= 'A' && t[e] <= 'Z') || (t[e] >= '0' && t[e] <= '9') ||
	    t[e] == '-'); e++)
		;
	return e > w && !fl_ascii_word_in(t + w, e - w, list, nl);
}

/*
 * Does the figure or table title t[a, b) have a finite verb?  A title
 * after its label ("Figure 2." then "Loss of BfaZ impairs biofilm
 * formation.") states a finding when it has one, and names what is shown
 * when it has none ("Observed and fitted notifications in infants,
 * 2012-2019."; LABELS.md: a label-like item with no verb is `other`).
 * Titles are in the present tense, so has_verb's auxiliaries are joined by
 * a word in -s followed by a word that can be its object or adverb, not by
 * a preposition, a conjunction, a number or a participle ("Kelp binds
 * a", "Owls hunt by ear" through "Owls hunt", "Warming advances flowering
 * by", but "cells in the nose", "leaves seven days after", "cells
 * expressing GFP"), and by a word in -ed after a word that is not "and",
 * "or", a determiner, a preposition or a hyphen, and not before a
 * preposition ("Deletion of X abolished binding", but "Observed and fitted
 * rates", "on detached leaves", "model-predicted levels", "Cells treated
 * with drug").
 */
static int
title_verb(const char *t, size_t a, size_t b)
{
	static const char *const aux[] = {
		"am", "are", "be", "been", "being", "can", "could", "did",
		"do", "does", "had", "has", "have", "is", "may", "might",
		"must", "shall", "should", "was", "were", "will", "would"
	};
	/* Words before which a word in -s is no verb, in strcmp order:
	 * prepositions, conjunctions, numbers. */
	static const char *const fn_next[] = {
		"about", "above", "across", "after", "against", "along",
		"among", "and", "around", "as", "at", "before", "behind",
		"below", "beneath", "beside", "between", "beyond", "but",
		"by", "during", "eight", "five", "for", "four", "from", "in",
		"inside", "into", "near", "nine", "nor", "of", "on", "onto",
		"or", "outside", "over", "per", "seven", "six", "ten", "than",
		"three", "through", "throughout", "to", "toward", "towards",
		"two", "under", "until", "upon", "versus", "via", "vs", "when",
		"where", "which", "while", "with", "within", "without"
	};
	/* Words after which a word in -ed is no verb, in strcmp order:
	 * the same and determiners. */
	static const char *const fn[] = {
		"a", "about", "above", "across", "after", "against", "along",
		"among", "an", "and", "around", "as", "at", "before", "behind",
		"below", "beneath", "beside", "between", "beyond", "both", "but",
		"by", "during", "each", "eight", "every", "five", "for", "four",
		"from", "in", "inside", "into", "its", "near", "nine", "nor",
		"of", "on", "one", "onto", "or", "outside", "over", "per",
		"seven", "six", "ten", "than", "that", "the", "their", "these",
		"this", "those", "three", "through", "throughout", "to",
		"toward", "towards", "two", "under", "until", "upon", "versus",
		"via", "vs", "when", "where", "which", "while", "with",
		"within", "without"
	};
	/* Words in -s that are no verb. */
	static const char *const not_s[] = {
		"across", "always", "perhaps", "plus", "series", "species",
		"thus", "towards", "unless", "versus", "whereas"
	};
	size_t i = a, w, e, pw = 0, pe = 0, nw, ne;
	int havep = 0;

#define ISAL(c) (((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z'))
#define NWORDS(l) (sizeof(l) / sizeof((l)[0]))
	while (i < b) {
		while (i < b && !ISAL(t[i]))
			i++;
		w = i;
		while (i < b && ISAL(t[i]))
			i++;
		e = i;
		if (e == w)
			break;
		if (fl_ascii_word_in(t + w, e - w, aux, NWORDS(aux)))
			return 1;
		/* The next word, if only a space stands between. */
		nw = ne = e;
		if (e + 1 < b && t[e] == ' ' && (ISAL(t[e + 1]) ||
		    (t[e + 1] >= '0' && t[e + 1] <= '9'))) {
			nw = e + 1;
			for (ne = nw; ne < b && (ISAL(t[ne]) || (t[ne] >= '0' &&
			    t[ne] <= '9') || t[ne] == '-'); ne++)
				;
		}
		if (e - w >= 4 && t[e - 1] == 's' && t[e - 2] != 's' &&
		    t[e - 2] != 'u' && t[e - 2] != 'i' &&
		    !(t[e - 2] == 'c' && t[e - 3] == 'i') &&
		    !fl_ascii_word_in(t + w, e - w, not_s, NWORDS(not_s)) &&
		    ne > nw && !(t[nw] >= '0' && t[nw] <= '9') &&
		    !fl_ascii_word_in(t + nw, ne - nw, fn_next,
		    NWORDS(fn_next)) &&
		    !(ne - nw >= 5 && t[ne - 3] == 'i' && t[ne - 2] == 'n' &&
		    t[ne - 1] == 'g' && participle(t, ne, b, fn_next,
		    NWORDS(fn_next))) &&
		    !(ne - nw >= 4 && t[ne - 2] == 'e' && t[ne - 1] == 'd'))
			return 1;
		if (e - w >= 4 && t[w] >= 'a' && t[w] <= 'z' &&
		    t[e - 2] == 'e' && t[e - 1] == 'd' && havep &&
		    !(w > a && t[w - 1] == '-') &&
		    !fl_ascii_word_in(t + pw, pe - pw, fn, NWORDS(fn)) &&
		    !(ne > nw && fl_ascii_word_in(t + nw, ne - nw, fn_next,
		    NWORDS(fn_next))))
			return 1;
		pw = w;
		pe = e;
		havep = 1;
	}
	return 0;
#undef ISAL
#undef NWORDS
}

/*
 * The title of a figure or table: the first sentence after its label
 * ("Figure 1." in the paragraph before, or just before it in the same
 * paragraph), one clause (no ';' or ':'), ending in a full stop, with no
 * finite verb by title_verb().
 */
static int
caption_title(const char *t, const struct fl_item *items, size_t i)
{
	const struct fl_sentence *s = &items[i].s, *p;
	size_t k;

	if (!(items[i].after_caption || (i > 0 && (p = &items[i - 1].s,
	    p->end - p->start <= 52) && caption_label(t, p, first_word(t, p)))))
		return 0;
	if (!s->final_punct || s->question || s->end - s->start > 200)
		return 0;
	for (k = s->start; k < s->end; k++)
		if (t[k] == ';' || t[k] == ':')
			return 0;
	return !title_verb(t, s->start, s->end);
}

/* Is the paragraph t[0, n) only a figure or table label ("Figure 1.")?
 * Then the paragraph after it may open with the title (caption_title). */
int
fl_caption_para(const char *t, size_t n)
{
	struct fl_sentence s;

	while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\n' ||
	    t[n - 1] == '\t' || t[n - 1] == '\r'))
		n--;
	if (n < 6 || n > 40 || memchr(t, '\n', n) != NULL)
		return 0;
	memset(&s, 0, sizeof(s));
	s.end = n;
	return caption_label(t, &s, 0);
}

/* The command cue at the first word, or -1. */
static long
command(const struct fl_cue *c, size_t nc, size_t fw)
{
	size_t j;

	for (j = 0; j < nc; j++)
		if (c[j].rule->category == FL_CAT_IMPERATIVE &&
		    c[j].start == fw)
			return (long)j;
	return -1;
}

/*
 * Where the quotations of a paragraph end and where its speakers are, found
 * once for the paragraph: following every quotation from every one of its
 * sentences would be quadratic in a paragraph-long quotation.
 */
struct quote_ends {
	size_t *end;	/* a quotation still open at the end of sentence i
			   goes on to sentence end[i] */
	size_t *attrib;	/* sentences before i with a counting attribution */
};

static void
quote_ends(struct quote_ends *q, const struct fl_item *items, size_t n,
    const struct fl_cues *cues)
{
	size_t i, x;

	q->end = fl_xmalloc((n ? n : 1) * sizeof(*q->end));
	q->attrib = fl_xmalloc((n + 1) * sizeof(*q->attrib));
	q->attrib[0] = 0;
	for (i = 0; i < n; i++) {
		const struct fl_cue *d = cues_at(cues, items[i].cue0);
		int any = 0;

		for (x = 0; x < items[i].ncues; x++)
			if (d[x].rule->category == FL_CAT_ATTRIBUTION &&
			    !d[x].dropped)
				any = 1;
		q->attrib[i + 1] = q->attrib[i] + (size_t)any;
	}
	/* From the last sentence back: the quotation goes on into the next
	 * sentence when that one has a quote cue that did not open there;
	 * it ends there when that cue closes (the last such cue decides). */
	for (i = n; i-- > 0;) {
		const struct fl_cue *d;
		int cont = 0;

		q->end[i] = i;
		if (i + 1 >= n)
			continue;
		d = cues_at(cues, items[i + 1].cue0);
		for (x = 0; x < items[i + 1].ncues; x++)
			if (d[x].rule->category == FL_CAT_QUOTE &&
			    !d[x].open)
				cont = d[x].closed ? 1 : 2;
		if (cont == 1)
			q->end[i] = i + 1;
		else if (cont == 2)
			q->end[i] = q->end[i + 1];
	}
}

void
fl_classify(const char *text, struct fl_item *items, size_t n,
    struct fl_cues *cues)
{
	size_t i, j, k;
	/* For the quotation open at the start of sentence i: the sentence
	 * where it began. */
	size_t chain_start = 0;
	int chain_open = 0;
	/* The quotation open at the start of sentence i opened its sentence
	 * right after a sentence with a named speaker ("..., he said.
	 * “We will appeal. ..."): every sentence of it is that speaker's. */
	int chain_after_speaker = 0;
	struct quote_ends q;

	/* Pass 1: drop attributions inside vague sources, in if-clauses or
	 * with the writer, the reader or no one as their subject, and
	 * stances held by the writer or inside a vague source's own cue
	 * ("Some senators fear": the feeling of an unnamed group is the
	 * vague source, dev-gold decision 15, not a stance of a named
	 * holder, LABELS.md rule 16). */
	for (i = 0; i < n; i++) {
		struct fl_cue *c = cues_at(cues, items[i].cue0);
		size_t nc = items[i].ncues;

		for (j = 0; j < nc; j++) {
			if (c[j].rule->category == FL_CAT_STANCE &&
			    (fl_clause_no_one(text, &c[j], &items[i].s) ||
			    in_vague(c, nc, j)))
				c[j].dropped = 1;
			if (c[j].rule->category != FL_CAT_ATTRIBUTION)
				continue;
			/* Inside a vague source, or in what an unnamed
			 * source reports ("Sources said the minister had
			 * announced ..."): nobody the reader can check.  But
			 * a named source that frames the vague one ("Analysts
			 * expected a loss, according to a poll by X") stays.
			 * A doubt word right before the verb ("have
			 * supposedly promised") casts the report as hearsay,
			 * and a speaker in an if-clause is hypothetical.  A
			 * bracketed reference names the evidence a vague
			 * source leaves unnamed ("Previous studies have shown
			 * that ... [7, 8]"), so it stays. */
			for (k = bracketed(text, &c[j]) ? nc : 0; k < nc; k++)
				if (c[k].rule->category == FL_CAT_VAGUE &&
				    (overlaps(&c[j], &c[k]) ||
				    (reported(text, &c[j], &c[k], &items[i].s) &&
				    !reported(text, &c[k], &c[j], &items[i].s)) ||
				    (c[k].rule->scope == FL_SCOPE_NONE &&
				    c[k].end < c[j].start &&
				    fl_clause_blank(text, c[k].end, c[j].start))))
					c[j].dropped = 1;
			if (fl_clause_no_one(text, &c[j], &items[i].s))
				c[j].dropped = 1;
			else if (!c[j].dropped &&
			    fl_clause_if(text, &c[j], &items[i].s))
				c[j].dropped = DROPPED_IF;
		}
	}

	quote_ends(&q, items, n, cues);
	for (i = 0; i < n; i++) {
		struct fl_item *it = &items[i];
		const struct fl_sentence *s = &it->s;
		struct fl_cue *c = cues_at(cues, it->cue0);
		size_t nc = it->ncues;
		int writer = 0, judges = 0, attrib = 0, quoted = 0;
		int q_sourced = 0, opens_after_speaker = 0;
		long why_hedge = -1, why_opinion = -1, why_attrib = -1;
		long why_quote = -1;
		size_t fw;

		for (j = 0; j < nc; j++)
			if (c[j].rule->category == FL_CAT_ATTRIBUTION &&
			    !c[j].dropped && !attrib) {
				attrib = 1;
				why_attrib = (long)j;
			}

		/* Quotations: is any quotation in this sentence spoken by
		 * someone named?  Follow each one to its end. */
		for (j = 0; j < nc; j++) {
			size_t first, last, x;
			int spk;

			if (c[j].rule->category != FL_CAT_QUOTE)
				continue;
			quoted = 1;
			first = c[j].open ? i : (chain_open ? chain_start : i);
			last = c[j].closed ? i : q.end[i];
			spk = q.attrib[last + 1] > q.attrib[first];
			/* "“We will appeal,” she added." after a named
			 * speaker: a quotation that opens its sentence. */
			if (!spk && first > 0 && c[j].start ==
			    first_word(text, s) - (c[j].open ?
			    strlen(c[j].rule->open) : 0) && first == i) {
				const struct fl_cue *d = cues_at(cues,
				    items[first - 1].cue0);

				for (x = 0; x < items[first - 1].ncues; x++)
					if (d[x].rule->category ==
					    FL_CAT_ATTRIBUTION && !d[x].dropped)
						spk = 1;
				if (spk && !c[j].closed)
					opens_after_speaker = 1;
			}
			/* A later sentence of that quotation (dev-gold
			 * decision 3): the speaker named before its first
			 * sentence speaks this one too. */
			if (!spk && !c[j].open && chain_open &&
			    chain_after_speaker)
				spk = 1;
			if (spk && !q_sourced) {
				q_sourced = 1;
				why_quote = (long)j;
			}
		}
		/* The quotation state for the next sentence. */
		for (j = 0; j < nc; j++)
			if (c[j].rule->category == FL_CAT_QUOTE) {
				if (c[j].open && !c[j].closed) {
					chain_open = 1;
					chain_start = i;
					chain_after_speaker =
					    opens_after_speaker;
				} else if (c[j].closed)
					chain_open = 0;
			}

		/* Whose hedge, whose judgement is it? */
		for (j = 0; j < nc; j++) {
			int cat = c[j].rule->category;

			if (c[j].dropped || (cat != FL_CAT_HEDGE &&
			    cat != FL_CAT_INFERENCE && cat != FL_CAT_OPINION))
				continue;
			/* The owner is kept for the renderers, which show a
			 * source's hedge as the source's.  A source's judgement
			 * is no cue at all: the guide lists opinion cues only
			 * where the judgement is the writer's own (the mayor's
			 * "disgrace" in LABELS.md's worked example). */
			if ((c[j].owner = theirs(text, &c[j], c, nc, s)) != 0) {
				if (cat == FL_CAT_OPINION)
					c[j].dropped = 1;
				continue;
			}
			if (cat != FL_CAT_OPINION && !writer) {
				writer = 1;
				why_hedge = (long)j;
			} else if (cat == FL_CAT_OPINION && !judges) {
				judges = 1;
				why_opinion = (long)j;
			}
		}

		fw = first_word(text, s);
		it->why = -1;
		if (s->question) {
			it->label = FL_LABEL_OTHER;
			it->reason = FL_WHY_QUESTION;
		} else if ((!s->final_punct &&
		    !(s->list_item && has_verb(text, s->start, s->end))) ||
		    (s->end - s->start <= 52 &&
		    caption_label(text, s, first_word(text, s))) ||
		    panel_caption(text, s) || caption_title(text, items, i)) {
			it->label = FL_LABEL_OTHER;
			it->reason = FL_WHY_HEADING;
		} else if ((it->why = command(c, nc, fw)) >= 0) {
			it->label = FL_LABEL_OTHER;
			it->reason = FL_WHY_COMMAND;
		} else if (writer) {
			it->label = FL_LABEL_SPECULATION;
			it->reason = FL_WHY_HEDGE;
			it->why = why_hedge;
		} else if (judges) {
			it->label = FL_LABEL_OPINION;
			it->reason = FL_WHY_OPINION;
			it->why = why_opinion;
		} else if (attrib) {
			it->label = FL_LABEL_SOURCED;
			it->reason = FL_WHY_ATTRIBUTION;
			it->why = why_attrib;
		} else if (quoted && q_sourced) {
			it->label = FL_LABEL_SOURCED;
			it->reason = FL_WHY_QUOTATION;
			it->why = why_quote;
		} else {
			it->label = FL_LABEL_CLAIM;
			it->reason = FL_WHY_PLAIN;
		}
	}
	free(q.end);
	free(q.attrib);
}

const char *
fl_reason_text(enum fl_reason r)
{
	switch (r) {
	case FL_WHY_QUESTION:
		return "a question asserts nothing";
	case FL_WHY_HEADING:
		return "a heading or label, not a full sentence";
	case FL_WHY_COMMAND:
		return "a command asserts nothing";
	case FL_WHY_HEDGE:
		return "the writer hedges or infers instead of stating";
	case FL_WHY_OPINION:
		return "the writer judges or recommends in their own voice";
	case FL_WHY_ATTRIBUTION:
		return "the writer reports what a named source said";
	case FL_WHY_QUOTATION:
		return "a quotation whose speaker is named";
	case FL_WHY_PLAIN:
	default:
		return "stated as fact with no source, hedge or judgement";
	}
}
