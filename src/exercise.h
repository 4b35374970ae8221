/*
 * exercise.h: the document as the classroom exercise sees it (exercise.c),
 * shared by the worksheet and key formats and by --grade.  The pipeline's
 * sentences are collected, with copies of their text and their counted
 * cues, into one struct fl_ex_doc; then the exercise is chosen (which
 * sentences, which labels to offer), each sentence is split into the words
 * a student can click, and the text gets its fingerprint.
 */
#ifndef FL_EXERCISE_H
#define FL_EXERCISE_H

#include "factlens.h"

/* --worksheet modes (struct fl_render_opts's worksheet bits). */
#define FL_WS_ON	1	/* --worksheet was given */
#define FL_WS_CUES	2	/* students also click the deciding words */
#define FL_WS_CUED	4	/* only sentences that carry cues */

/* The answer "none of these", for a sentence whose label is not offered
 * (--only); the labels themselves are 0 .. FL_LABEL_COUNT - 1. */
#define FL_EX_NONE	FL_LABEL_COUNT

/* The version of the answers file format (README, factlens(1)). */
#define FL_ANSWERS_VERSION 1

struct fl_ex_cue {
	const struct fl_rule *rule;
	size_t start, end;	/* in the sentence's text */
};

struct fl_ex_word {
	size_t start, end;	/* in the sentence's text */
};

struct fl_ex_sent {
	size_t n;		/* 1-based number in the document */
	size_t para;		/* number of its paragraph */
	char *text;		/* a copy of its bytes, NUL-terminated */
	size_t len;
	enum fl_label label;
	enum fl_reason reason;
	struct fl_ex_cue *cues;	/* the cues that count, in order */
	size_t ncues;
	long why;		/* the deciding cue (index in cues), or -1 */
	struct fl_ex_word *words;	/* runs of non-blank bytes */
	size_t nwords;
	int in;			/* part of the exercise */
};

struct fl_ex_doc {
	const char *name;	/* the document's name (not owned) */
	struct fl_ex_sent *v;
	size_t n, cap;
	size_t para;		/* paragraphs ended so far */
	int mode;		/* FL_WS_* */
	unsigned choices;	/* the labels offered, one bit each */
	size_t nin;		/* sentences in the exercise */
	char fingerprint[32];	/* "fnv1a64:" and 16 hex digits */
};

/*
 * The collecting half of a format: begin sets d->priv to a new, empty
 * struct fl_ex_doc (freed by fl_doc_release), sentence and para_end add to
 * it.  Formats built on it call fl_ex_finish in their end.
 */
void fl_ex_begin(struct fl_buf *out, struct fl_doc *d);
void fl_ex_sentence(struct fl_buf *out, const struct fl_doc *d,
    const struct fl_para *p, const struct fl_item *it,
    const struct fl_cue *cues);
void fl_ex_para_end(struct fl_buf *out, const struct fl_doc *d,
    const struct fl_para *p, const struct fl_item *items, size_t n,
    const struct fl_cues *cues);
/* The collected document of d (NULL before begin). */
struct fl_ex_doc *fl_ex_of(const struct fl_doc *d);

/*
 * Choose the exercise as opts says (opts may be NULL: every sentence, every
 * label): the sentences in it (--worksheet=cued, cue categories in --only),
 * the labels offered (labels in --only), the words, the fingerprint.
 */
void fl_ex_finish(struct fl_ex_doc *x, const struct fl_render_opts *opts);

/* Fingerprint of the sentences' bytes, as fl_ex_finish stores it:
 * "fnv1a64:" and 16 lowercase hex digits, into fp[32]. */
void fl_ex_fingerprint(const struct fl_ex_doc *x, char fp[32]);

/* The right answer to s: its label if offered, else FL_EX_NONE. */
int fl_ex_answer(const struct fl_ex_doc *x, const struct fl_ex_sent *s);
/* Name of an answer ("none" for FL_EX_NONE); parse one (-1 if unknown). */
const char *fl_ex_answer_name(int a);
int fl_ex_answer_parse(const char *s, size_t n);
/* Is every label offered (no "none of these")?  Is answer a offered
 * (a label, or FL_EX_NONE)? */
int fl_ex_all_offered(const struct fl_ex_doc *x);
int fl_ex_offered(const struct fl_ex_doc *x, int a);
/* The page's heading: --title, else from the document's name. */
void fl_ex_title(struct fl_buf *t, const struct fl_doc *d);

/* The cue that word w of s belongs to: the deciding cue if w overlaps
 * it, else the first cue it overlaps, else -1. */
long fl_ex_word_cue(const struct fl_ex_sent *s, size_t w);

/* HTML shared by the pages ------------------------------------------------ */

/* From doctype to the opening <body ...> (attrs may be NULL): a
 * standalone page with the shared style and css after it. */
void fl_ex_page_begin(struct fl_buf *out, const char *title,
    const char *css, const char *body_attrs);
/* The text of s, HTML-escaped, each run of cue text in a
 * <span class="cue c-CATEGORY">; with words, each word also in a
 * <span class="w">, with data-c="K" when it belongs to cue K. */
void fl_ex_html_text(struct fl_buf *out, const struct fl_ex_sent *s,
    int words);
/* The label tag: <span class="tag tag-LABEL">LABEL</span>. */
void fl_ex_html_tag(struct fl_buf *out, enum fl_label l);
/* An answer: its label's tag, a "none" tag for FL_EX_NONE, and
 * "not answered" for anything else. */
void fl_ex_html_answer(struct fl_buf *out, int a);
/* What a cue is, for people: its text in quotes, category, rule and
 * explanation, as HTML (<q>..</q> category (rule): explain). */
void fl_ex_html_cue(struct fl_buf *out, const struct fl_ex_sent *s,
    size_t k);
/* Every cue of s that way, in a <ul class="cues"> (nothing if it has
 * none), the deciding one said so; each <li data-c="K"> ends with an
 * empty <span class="cs"> for the worksheet's script. */
void fl_ex_html_cues(struct fl_buf *out, const struct fl_ex_sent *s);

/* grade.c ---------------------------------------------------------------- */

enum { FL_GRADE_TEXT, FL_GRADE_JSON, FL_GRADE_HTML };

struct fl_grade {
	const struct fl_annotator *a;	/* rules and input type; its format,
					   flush and jobs are not used */
	const char *text;	/* the text's path, "-" for stdin */
	const char *name;	/* its name in the report, or NULL: text */
	const char *const *answers;	/* the answers files' paths */
	size_t nanswers;
	int format;		/* FL_GRADE_* */
	const char *title;	/* the HTML page's heading, or NULL */
	/* Called once for each answers file refused, with the file, the
	 * reason and (for bad JSON) the line and column; may be NULL. */
	void (*on_error)(void *arg, const struct fl_error *e);
	void *arg;
};

/*
 * Annotate g->text again and grade each answers file against it, appending
 * the report (g->format) to out.  Returns the number of answers files
 * refused (each also reported through g->on_error; the others are graded),
 * or -1 with err filled when the text cannot be read.
 */
int fl_grade_run(const struct fl_grade *g, struct fl_buf *out,
    struct fl_error *err);

/* Style sheets and the worksheet's script, embedded at build time from
 * src/web/ by tools/embed-assets.sh. */
extern const char fl_asset_exercise_css[];
extern const char fl_asset_worksheet_css[];
extern const char fl_asset_worksheet_js[];
extern const char fl_asset_report_css[];

#endif
