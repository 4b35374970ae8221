/*
 * fmt_text.c: the inline text format.  The input comes back byte for byte,
 * with ⟦LABEL⟧ before every sentence, ⟨RULE-ID: before every cue and ⟩
 * after it; a backslash, ⟦, ⟧, ⟨ or ⟩ of the input gets a backslash before
 * it.  Deleting the markers and then the escaping backslashes gives the
 * input back exactly (factlens(1), OUTPUT FORMATS).
 *
 * A plain ⟩ closes the cue opened last of those still open, so nested cues
 * read as nesting.  Cues may also overlap ("“...,” said X" is a quotation
 * and an attribution that share ',”'): a cue that ends while one opened
 * after it is still open closes with ⟨/RULE-ID⟩ instead, which says which
 * cue ends there.  A rule's cues never overlap each other, so the id is
 * enough.
 */
#include <string.h>

#include "factlens.h"

#define M_LABEL_OPEN	"\xe2\x9f\xa6"	/* ⟦ U+27E6 */
#define M_LABEL_CLOSE	"\xe2\x9f\xa7"	/* ⟧ U+27E7 */
#define M_CUE_OPEN	"\xe2\x9f\xa8"	/* ⟨ U+27E8 */
#define M_CUE_CLOSE	"\xe2\x9f\xa9"	/* ⟩ U+27E9 */

/* Might the eight bytes x hold a backslash or a marker's first byte? */
static int
marks8(uint64_t x)
{
	return (fl_bytes_eq8(x, '\\') | fl_bytes_eq8(x, 0xe2)) != 0;
}

/* Copy input bytes, escaping the marker characters and backslashes.  An
 * escape adds one byte to one or three: room for twice n is enough. */
static void
put_escaped(struct fl_buf *out, const char *p, size_t n)
{
	size_t i, run = 0;
	char *w;

	fl_buf_grow(out, 2 * n);
	w = out->ptr + out->len;
	for (i = 0; i < n; i++) {
		/* Eight bytes with neither a backslash nor the first byte
		 * of a marker character are copied as they are. */
		while (n - i >= 8 && !marks8(fl_word8(p + i)))
			i += 8;
		if (i >= n)
			break;
		if (p[i] == '\\') {
			memcpy(w, p + run, i - run);
			w += i - run;
			*w++ = '\\';
			*w++ = '\\';
			run = i + 1;
		} else if (p[i] == '\xe2' && i + 2 < n && p[i + 1] == '\x9f' &&
		    (unsigned char)p[i + 2] >= 0xa6 &&
		    (unsigned char)p[i + 2] <= 0xa9) {
			memcpy(w, p + run, i - run);
			w += i - run;
			*w++ = '\\';
			memcpy(w, p + i, 3);
			w += 3;
			i += 2;
			run = i + 1;
		}
	}
	memcpy(w, p + run, n - run);
	w += n - run;
	*w = '\0';
	out->len = (size_t)(w - out->ptr);
}

static void
gap(struct fl_buf *out, const char *p, size_t n)
{
	put_escaped(out, p, n);
}

/* Close the cues of the open stack (indexes into cues, opened in order)
 * that end at offset at: from the top, plain closers while the top ends
 * here; then named closers for those below that end here. */
static void
close_cues(struct fl_buf *out, const struct fl_cue *cues, size_t *open,
    size_t *top, size_t at)
{
	size_t k, w;

	/* cppcheck-suppress uninitvar ; open[0, *top) is set */
	while (*top > 0 && cues[open[*top - 1]].end == at) {
		fl_buf_puts(out, M_CUE_CLOSE);
		(*top)--;
	}
	for (k = w = 0; k < *top; k++) {
		const struct fl_cue *c = &cues[open[k]];

		if (c->end == at) {
			fl_buf_puts(out, M_CUE_OPEN "/");
			fl_buf_puts(out, c->rule->id);
			fl_buf_puts(out, M_CUE_CLOSE);
		} else
			open[w++] = open[k];
	}
	*top = w;
}

static void
sentence(struct fl_buf *out, const struct fl_doc *d, const struct fl_para *p,
    const struct fl_item *it, const struct fl_cue *cues)
{
	size_t at = it->s.start, next, j, n = it->ncues, top = 0;
	size_t open[256];	/* a sentence keeps at most 256 cues */

	(void)d;
	if (n > sizeof(open) / sizeof(open[0]))
		n = sizeof(open) / sizeof(open[0]);
	fl_buf_puts(out, M_LABEL_OPEN);
	fl_buf_puts(out, fl_label_name(it->label));
	fl_buf_puts(out, M_LABEL_CLOSE);
	for (;;) {
		/* Closers of the cues that end here, then openers of those
		 * that start here, longest first. */
		close_cues(out, cues, open, &top, at);
		for (j = 0; j < n; j++)
			if (!cues[j].dropped && cues[j].start == at &&
			    cues[j].end > at) {
				open[top++] = j;
				fl_buf_puts(out, M_CUE_OPEN);
				fl_buf_puts(out, cues[j].rule->id);
				fl_buf_putc(out, ':');
			}
		if (at >= it->s.end)
			break;
		next = fl_next_edge(it, cues, at);
		put_escaped(out, p->text + at, next - at);
		at = next;
	}
}

const struct fl_format fl_fmt_text = {
	"text", NULL, gap, sentence, NULL, 1, 0, 0, NULL
};
