/*
 * clause.c: where a clause of a sentence begins and ends, and who its
 * subject is, read from the text around a cue, for classify's "whose
 * word is it?": the content an attribution or a stance reports ends at a
 * semicolon or at the close of the relative clause it stands in; a
 * speaker in an if-clause is hypothetical; the writer, the reader or no
 * one as a subject is no source.  Plain byte scanning over ASCII letters:
 * the clause marks and the closed-class words it looks for are ASCII.
 */
#include <string.h>

#include "factlens.h"
#include "utf8.h"

/* Does t[i, b) start with one of the words in list (lower case, followed
 * by a non-letter)? */
static int
word_at(const char *t, size_t i, size_t b, const char *const *list)
{
	size_t k, n;

	for (k = 0; list[k]; k++) {
		n = strlen(list[k]);
		if (b - i > n && memcmp(t + i, list[k], n) == 0 &&
		    !((t[i + n] | 0x20) >= 'a' && (t[i + n] | 0x20) <= 'z'))
			return 1;
	}
	return 0;
}

int
fl_clause_blank(const char *t, size_t a, size_t b)
{
	for (; a < b; a++)
		if (t[a] != ' ' && t[a] != '\t' && t[a] != '\n')
			return 0;
	return 1;
}

/* Is t[i] the start of an em or en dash? */
static int
dash(const char *t, size_t i, size_t b)
{
	return b - i >= 3 && (unsigned char)t[i] == 0xe2 &&
	    (unsigned char)t[i + 1] == 0x80 &&
	    ((unsigned char)t[i + 2] == 0x93 ||
	    (unsigned char)t[i + 2] == 0x94);
}

/* Is there an em or en dash in t[i, b)? */
static int
dash_in(const char *t, size_t i, size_t b)
{
	for (; i < b; i++)
		if (dash(t, i, b))
			return 1;
	return 0;
}

/* Does the word that starts at t[i] end in "ed", "en", "wn" or "ly" (a
 * participle, or an adverb before one)? */
static int
participle(const char *t, size_t i, size_t b)
{
	size_t e = i;

	while (e < b && (((t[e] | 0x20) >= 'a' && (t[e] | 0x20) <= 'z')))
		e++;
	return e - i >= 4 && ((t[e - 2] == 'e' && (t[e - 1] == 'd' ||
	    t[e - 1] == 'n')) || (t[e - 2] == 'w' && t[e - 1] == 'n') ||
	    (t[e - 2] == 'l' && t[e - 1] == 'y'));
}

static int
letter(char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* Is t[a, b) one of the words in list, in any case? */
static int
word_is(const char *t, size_t a, size_t b, const char *const *list)
{
	size_t k, i;

	/* (t[i] | 0x20 is never NUL: a word of the list ends the compare.) */
	for (k = 0; list[k]; k++) {
		const char *w = list[k];

		for (i = a; i < b && (t[i] | 0x20) == *w; i++)
			w++;
		if (i == b && *w == '\0')
			return 1;
	}
	return 0;
}

/*
 * Where the content that cue a (scope after) reports ends in sentence s
 * of text t: at a semicolon, which starts a clause of the writer's own;
 * at the comma, bracket or dash that closes a relative clause the cue
 * stands in ("The plan, which the minister announced on Monday, will
 * likely fail."), since that clause only describes its noun; for a
 * stance at the end of its own clause, at such a mark or at "but" ("The
 * party wanted more, but it may get less."); and for a vague source at a
 * comma before "and", "but" and the like, which starts a clause of the
 * writer's, and at the close of the participle phrase the cue opens
 * ("The tower, widely regarded as the finest in the county, was
 * restored."); for an attribution at a comma before "but" or "yet" that
 * starts a clause ("The mayor called it a plan, but in truth it is a
 * wish list."; "but that" goes on reporting); for either, a dash does
 * what such a comma does when no second dash follows it (a pair of
 * dashes brackets an aside inside the report); and for any cue in a
 * subordinate clause that opens the sentence ("Although the mayor said
 * it would rain, the fair was a triumph.") at the comma that closes it,
 * where the main clause, the writer's, begins; and for a bracketed
 * reference, "[4]" or "(Lund, 2019)", at its own closing bracket: a
 * citation vouches for what stands before it and reports nothing after it.
 */
size_t
fl_clause_end(const char *t, const struct fl_cue *a,
    const struct fl_sentence *s)
{
	static const char *const rel[] = {
		"which", "who", "whom", "whose", "where", NULL
	};
	static const char *const but[] = { "but", "yet", NULL };
	static const char *const that[] = { "that", "also", NULL };
	static const char *const sub[] = {
		"although", "though", "while", "whereas", "because", "since",
		"when", "after", "despite", NULL
	};
	static const char *const conj[] = {
		"and", "but", "yet", "while", "whereas", "although", "though",
		"so", NULL
	};
	size_t i, j, end = s->end;
	int relative = 0, stance = a->rule->category == FL_CAT_STANCE;
	int vague = a->rule->category == FL_CAT_VAGUE, fronted = 0;
	int attr = a->rule->category == FL_CAT_ATTRIBUTION;

	if (a->end > a->start && (t[a->end - 1] == ']' ||
	    t[a->end - 1] == ')') && (t[a->start] == '[' ||
	    t[a->start] == '('))
		return a->end;
	/* The clause the cue stands in starts after the last mark before
	 * it; is it a relative clause, or a participle phrase that the cue
	 * opens? */
	for (i = a->start; i > s->start; i--) {
		if (t[i - 1] == ';')
			break;
		if (t[i - 1] == ',' || t[i - 1] == '(' ||
		    (i - s->start >= 3 && dash(t, i - 3, s->end))) {
			while (i < a->start && t[i] == ' ')
				i++;
			relative = word_at(t, i, a->start, rel) || (vague &&
			    i == a->start && participle(t, i, a->end));
			break;
		}
	}
	if (i == s->start) {
		while (i < a->start && !letter(t[i]))
			i++;
		for (j = i; j < a->start && letter(t[j]); j++)
			;
		fronted = j > i && word_is(t, i, j, sub);
	}
	for (i = a->end; i < end; i++) {
		if (t[i] == ';' || ((relative || stance) && (t[i] == ',' ||
		    t[i] == ')' || dash(t, i, end))) || (stance &&
		    t[i] == ' ' && word_at(t, i + 1, end, but)))
			return i;
		if (fronted && t[i] == ',')
			return i;
		if ((vague || attr) && (t[i] == ',' || (dash(t, i, end) &&
		    !dash_in(t, i + 3, end)))) {
			for (j = i + (t[i] == ',' ? 1 : 3); j < end &&
			    t[j] == ' '; j++)
				;
			if (vague ? word_at(t, j, end, conj) :
			    word_at(t, j, end, but) &&
			    !word_at(t, j + 4, end, that))
				return i;
		}
	}
	return end;
}

/*
 * Does cue a stand in an if-clause ("If the party says no, it could
 * lose.")?  Its clause runs back to the last comma, semicolon, colon, "!"
 * or "?" (the end of a quoted question or exclamation inside the
 * sentence: "“Wave if you need help!” one fan wrote."), or to the start
 * of sentence s; a speaker an if-clause names is hypothetical
 * and no source (LABELS.md rule 14).  "even if" concedes and "as if"
 * compares: those keep the source.
 */
int
fl_clause_if(const char *t, const struct fl_cue *a,
    const struct fl_sentence *s)
{
	static const char *const cond[] = { "if", "unless", NULL };
	static const char *const keep[] = { "even", "as", NULL };
	size_t i = a->start, w, p;

	/* A cue that opens with a comma or a quotation mark (", the minister
	 * said,") starts a clause of its own. */
	if (!letter(t[a->start]))
		return 0;
	while (i > s->start) {
		if (t[i - 1] == ',' || t[i - 1] == ';' || t[i - 1] == ':' ||
		    t[i - 1] == '!' || t[i - 1] == '?')
			return 0;
		if (!letter(t[i - 1])) {
			i--;
			continue;
		}
		for (w = i; w > s->start && letter(t[w - 1]); w--)
			;
		if (word_is(t, w, i, cond)) {
			for (p = w; p > s->start && !letter(t[p - 1]) &&
			    t[p - 1] != ','; p--)
				;
			for (i = p; p > s->start && letter(t[p - 1]); p--)
				;
			return !word_is(t, p, i, keep);
		}
		i = w;
	}
	return 0;
}

/*
 * Does a subject "nobody", "none" or "no one" with a prepositional phrase
 * or a relative clause after it ("Nobody from the council", "None of the
 * bidders", "Nobody I spoke to", "No one who was there") stand among the
 * few words of t before i, within the clause?
 */
static int
nobody_of(const char *t, size_t i, const struct fl_sentence *s)
{
	static const char *const none[] = { "nobody", "none", "one", NULL };
	static const char *const no[] = { "no", NULL };
	static const char *const after[] = {
		"from", "at", "in", "on", "of", "inside", "within", "among",
		"with", "for",
		/* a relative clause, with or without its pronoun */
		"who", "that", "I", "we", "you", "he", "she", "they", NULL
	};
	size_t w, next, p, words;

	for (words = 0; words < 8 && i > s->start; words++) {
		while (i > s->start && !letter(t[i - 1])) {
			if (t[i - 1] != ' ' && t[i - 1] != '\'')
				return 0;	/* a comma or a bracket */
			i--;
		}
		for (w = i; w > s->start && letter(t[w - 1]); w--)
			;
		if (word_is(t, w, i, none)) {
			for (next = i; next < s->end && t[next] == ' '; next++)
				;
			if (!word_at(t, next, s->end, after))
				return 0;
			if (i - w != 3)
				return 1;
			/* "one" only in "no one" */
			for (p = w; p > s->start && t[p - 1] == ' '; p--)
				;
			return p - s->start >= 2 && word_is(t, p - 2, p, no) &&
			    (p - s->start == 2 || !letter(t[p - 3]));
		}
		i = w;
	}
	return 0;
}

/*
 * Is the subject of cue a's verb the writer, the reader or nobody ("I
 * didn't want", "we would like", "you may ask", "Nobody is asking",
 * "Nobody from the council has said")?  Going back from the cue over
 * auxiliaries, negation and adverbs (those of the list and any in
 * -ly), the first other word
 * decides, unless it ends a prepositional phrase after "nobody", "none"
 * or "no one".  The writer's own view is a hedge or nothing, and no one
 * is no source (LABELS.md rules 14-16).
 */
int
fl_clause_no_one(const char *t, const struct fl_cue *a,
    const struct fl_sentence *s)
{
	/* In strcmp order, for fl_ascii_word_in. */
	static const char *const aux[] = {
		"all", "already", "also", "always", "am", "are", "be", "became",
		"become", "been", "being", "both", "but", "can", "cannot",
		"certainly", "could", "couldn", "d", "deeply", "did", "didn",
		"do", "does", "doesn", "don", "even", "feel", "felt", "firmly",
		"get", "going", "got", "had", "has", "have", "help", "honestly",
		"is", "just", "let", "ll", "m", "may", "might", "must", "need",
		"needs", "never", "not", "now", "often", "only", "personally",
		"re", "really", "remain", "remained", "s", "seem", "seemed",
		"shall", "should", "simply", "so", "still", "strongly", "t",
		"to", "too", "truly", "used", "ve", "very", "want", "wants",
		"was", "were", "will", "won", "would", "wouldn"
	};
	static const char *const who[] = {
		"i", "we", "you", "one", "me", "us", "nobody", "none", NULL
	};
	size_t i = a->start, w;

	if (!letter(t[a->start]))
		return 0;
	while (i > s->start) {
		if (!letter(t[i - 1])) {
			if (t[i - 1] != ' ' && t[i - 1] != '\'' &&
			    (unsigned char)t[i - 1] < 0x80)
				return 0;	/* a comma or a bracket */
			i--;
			continue;
		}
		for (w = i; w > s->start && letter(t[w - 1]); w--)
			;
		if (word_is(t, w, i, who))
			return 1;
		/* An adverb in -ly ("actually", "definitely") is passed
		 * over like the adverbs of the list. */
		if (!fl_ascii_word_in(t + w, i - w, aux,
		    sizeof(aux) / sizeof(aux[0])) &&
		    !(i - w >= 4 &&
		    (t[i - 2] | 0x20) == 'l' && (t[i - 1] | 0x20) == 'y'))
			return nobody_of(t, i, s);
		i = w;
	}
	return 0;
}
