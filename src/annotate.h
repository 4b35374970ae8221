/*
 * annotate.h: what annotate.c and parallel.c share: the working state of
 * one thread, and the paragraph step of the pipeline.
 */
#ifndef FL_ANNOTATE_H
#define FL_ANNOTATE_H

#include "factlens.h"

/* suppress.c: the state of suppression directives in a document. */
struct fl_supp_open {
	char *id;		/* as the directive wrote it */
	long line, col;
};

struct fl_supp {
	const struct fl_ruleset *rs;
	size_t words;		/* 64-bit words in a mask */
	const uint64_t *base;	/* rules off everywhere (--disable), or NULL */
	const uint64_t *mask;	/* rules off now: base and directives */
	uint64_t *dirmask;	/* rules off by directives now */
	int off;		/* inside "factlens off" */
	long off_line, off_col;
	struct fl_supp_open *open;	/* disables not yet enabled again */
	size_t nopen;
	uint64_t **masks;	/* every mask made, freed at release */
	size_t nmasks;
	/* Warnings (unknown rules, overlaps, unclosed); may be NULL. */
	void (*warn)(void *arg, long line, long col, const char *msg);
	void *warn_arg;
};

void fl_supp_init(struct fl_supp *s, const struct fl_ruleset *rs,
    const uint64_t *base);
void fl_supp_release(struct fl_supp *s);
/* Apply a directive (enum fl_dir_kind) written at line:col. */
void fl_supp_apply(struct fl_supp *s, int kind, const char *args,
    size_t nargs, long line, long col);
/* At the end of the document: warn about what was left open. */
void fl_supp_finish(struct fl_supp *s);
/* Is t[0, n), a line of plain text, a directive ("factlens: off")?  Its
 * kind, or -1. */
int fl_supp_line(const char *t, size_t n, const char **args,
    size_t *nargs);

/* A run of text to annotate under one set of rules: [a, b) of a
 * paragraph (plain text) or of the prose (markup). */
struct fl_unit {
	size_t a, b;
	const uint64_t *off;	/* rules off, or NULL */
	int heading;
};

/* A paragraph waiting in a fl_work's batch. */
struct fl_wpara {
	size_t at, len;		/* its text: btext[at, at + len) */
	size_t offset;		/* document offset, line and column */
	long line, col;
	size_t off;		/* its rules off: bmask[off ...], or -1 */
	size_t s0, ns;		/* its sentences in bs */
	int after_caption;	/* the paragraph before was a lone figure
				   label: fl_caption_para() */
};

struct fl_work {
	struct fl_sentences sents;
	struct fl_cues cues;
	struct fl_item *items;
	size_t cap;
	struct fl_matcher m;
	struct fl_unit *units;
	size_t nunits, ucap;
	struct fl_supp *supp;	/* the document's directives state */
	int after_caption;	/* the last paragraph handed to fl_work_para
				   was a lone figure label ("Figure 1.") */
	/* Paragraphs with no directives wait here, copied, to be matched
	 * together (fl_work_para, fl_work_flush). */
	struct fl_buf btext;
	struct fl_wpara *bp;
	size_t nbp, bpcap;
	uint64_t *bmask;	/* copies of their masks */
	size_t nbmask, bmcap;
	struct fl_sentence *bs;
	size_t nbs, bscap;
};

/* Split plain-text paragraph p at its directive lines into w->units,
 * applying them to w->supp; the directive lines and the passages that
 * are off are in no unit. */
void fl_plain_units(struct fl_work *w, const struct fl_para *p);
/* Does p hold a directive line?  (A quick test first.) */
int fl_has_directive(const struct fl_para *p);

void fl_work_init(struct fl_work *w, const struct fl_annotator *a);
void fl_work_release(struct fl_work *w);
/*
 * Segment, match, classify and render one paragraph into out, counting
 * into d.  A paragraph with no directive waits in w, copied, until about
 * 256 KiB of them have come, to be matched together; fl_work_flush does the
 * waiting ones, in order, into out and d, which must be the same
 * throughout (call it before writing out when input would block, and at
 * the end).
 */
void fl_work_para(const struct fl_annotator *a, struct fl_work *w,
    const struct fl_para *p, struct fl_doc *d, struct fl_buf *out);
void fl_work_flush(const struct fl_annotator *a, struct fl_work *w,
    struct fl_doc *d, struct fl_buf *out);

/* Annotate text[0, len) as one plain-text document with w, a thread's
 * working state (fl_annotate_mem, without setting one up). */
void fl_annotate_text(const struct fl_annotator *a, struct fl_work *w,
    const char *text, size_t len, struct fl_doc *d, struct fl_buf *out);

/* records.c: fl_annotate_fd for --input=jsonl, on a->jobs threads. */
int fl_annotate_records(const struct fl_annotator *a, int fd,
    struct fl_doc *d, int *read_errno);

/* parallel.c: fl_annotate_fd for a->jobs > 1. */
int fl_annotate_parallel(const struct fl_annotator *a, int fd,
    struct fl_doc *d, int *read_errno);

#endif
