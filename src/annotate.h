/*
 * annotate.h: what annotate.c and parallel.c share: the working state of
 * one thread, and the paragraph step of the pipeline.
 */
#ifndef FL_ANNOTATE_H
#define FL_ANNOTATE_H

#include "factlens.h"

struct fl_work {
	struct fl_sentences sents;
	struct fl_cues cues;
	struct fl_item *items;
	size_t cap;
	struct fl_matcher m;
};

void fl_work_init(struct fl_work *w, const struct fl_annotator *a);
void fl_work_release(struct fl_work *w);
/* Segment, match, classify and render one paragraph into out, counting
 * into d. */
void fl_work_para(const struct fl_annotator *a, struct fl_work *w,
    const struct fl_para *p, struct fl_doc *d, struct fl_buf *out);

/* parallel.c: fl_annotate_fd for a->jobs > 1. */
int fl_annotate_parallel(const struct fl_annotator *a, int fd,
    struct fl_doc *d, int *read_errno);

#endif
