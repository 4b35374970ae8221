/*
 * markup.h: prose taken out of Markdown and HTML documents.
 *
 * An extractor (markdown.c over libcmark, html_in.c over gumbo) parses the
 * whole document and walks its tree, calling the builder below for the
 * prose it finds, in document order.  The builder keeps one prose buffer
 * for the whole document, cut into blocks (a paragraph, a heading, a list
 * item's text, a table cell), and for every run of prose bytes the span of
 * the original bytes it came from ("pieces").  The pipeline segments,
 * matches and classifies the prose, then maps every offset back into the
 * original file, so that positions and the text format's markup are those
 * of the file as written.
 */
#ifndef FL_MARKUP_H
#define FL_MARKUP_H

#include "factlens.h"

/* prose[p, p + plen) stands for doc[o, o + olen).  exact: byte for byte
 * (plen == olen and equal bytes); otherwise the piece is one unit (a
 * character reference, an escape, a code span) and maps to all of it. */
struct fl_piece {
	size_t p, plen;
	size_t o, olen;
	int exact;
};

struct fl_block {
	size_t prose0, prose1;	/* range in the prose buffer */
	int heading;		/* every sentence is "other" */
};

enum fl_dir_kind {
	FL_DIR_OFF,
	FL_DIR_ON,
	FL_DIR_DISABLE,
	FL_DIR_ENABLE
};

/* A suppression directive ("factlens off", "factlens disable a,b"). */
struct fl_directive {
	enum fl_dir_kind kind;
	char *args;		/* DISABLE/ENABLE: the rule list as written */
	size_t offset;		/* document offset of the directive's word
				   "factlens", for warnings */
	size_t prose;		/* prose offset where it takes effect */
};

struct fl_markup {
	const char *doc;	/* the original document (not owned) */
	size_t len;
	struct fl_buf prose;
	struct fl_piece *pieces;
	size_t npieces, pcap;
	struct fl_block *blocks;
	size_t nblocks, bcap;
	struct fl_directive *dirs;
	size_t ndirs, dcap;
	int open;		/* a block is open (blocks[nblocks - 1]) */
};

void fl_markup_init(struct fl_markup *m, const char *doc, size_t len);
void fl_markup_release(struct fl_markup *m);

/* Close the open block, if any, and open one (heading or not).  Blocks
 * left empty or blank are dropped. */
void fl_markup_begin(struct fl_markup *m, int heading);
/* Close the open block, if any. */
void fl_markup_end(struct fl_markup *m);

/*
 * Append decoded text lit[0, n) that the parser took from doc[o0, o1):
 * character references, backslash escapes and replaced bytes are lined up
 * with the original, every other byte maps to itself.  Tabs, CR and LF in
 * lit become spaces.  Opens a paragraph block if none is open.
 */
void fl_markup_text(struct fl_markup *m, const char *lit, size_t n,
    size_t o0, size_t o1);
/* White space between words (a soft line break, a skipped tag that
 * separates words): one space standing for doc[o0, o1). */
void fl_markup_space(struct fl_markup *m, size_t o0, size_t o1);
/* A hard line break (<br>, two trailing spaces): a newline. */
void fl_markup_newline(struct fl_markup *m, size_t o0, size_t o1);
/* Something not to annotate that still stands in the sentence as a word
 * (inline code): a run of '_' standing for doc[o0, o1). */
void fl_markup_opaque(struct fl_markup *m, size_t o0, size_t o1);
/*
 * The content of a comment (between "<!--" and "-->") that starts at
 * doc[o]: recorded as a directive if it is one, ignored otherwise.
 * Returns 1 if it was a directive.
 */
int fl_markup_comment(struct fl_markup *m, const char *text, size_t n,
    size_t o);

/* Document offset of prose byte x; of the end of prose byte x - 1. */
size_t fl_markup_ostart(const struct fl_markup *m, size_t x);
size_t fl_markup_oend(const struct fl_markup *m, size_t x);

/*
 * Parse a directive: text[0, n) holds the words after "factlens" (as in
 * "off", "disable hedge.modal, booster").  Returns the kind, with *args and
 * *nargs the rule list (DISABLE/ENABLE), or -1 if it is not a directive.
 */
int fl_directive_parse(const char *text, size_t n, const char **args,
    size_t *nargs);

/* markdown.c: CommonMark (libcmark).  Front matter (YAML between "---"
 * lines at the top) is skipped.  Returns 0, or -1 with err filled. */
int fl_markdown_extract(struct fl_markup *m, struct fl_error *err);

/* html_in.c: HTML (gumbo).  Returns 0, or -1 with err filled. */
int fl_html_extract(struct fl_markup *m, struct fl_error *err);

#endif
