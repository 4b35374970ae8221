/*
 * fmt_text.c: the inline text format.  The input comes back byte for byte,
 * with ⟦LABEL⟧ before every sentence, ⟨RULE-ID: before every cue and ⟩
 * after it; a backslash, ⟦, ⟧, ⟨ or ⟩ of the input gets a backslash before
 * it.  Deleting the markers and then the escaping backslashes gives the
 * input back exactly (factlens(1), OUTPUT FORMATS).
 */
#include <string.h>

#include "factlens.h"

#define M_LABEL_OPEN	"\xe2\x9f\xa6"	/* ⟦ U+27E6 */
#define M_LABEL_CLOSE	"\xe2\x9f\xa7"	/* ⟧ U+27E7 */
#define M_CUE_OPEN	"\xe2\x9f\xa8"	/* ⟨ U+27E8 */
#define M_CUE_CLOSE	"\xe2\x9f\xa9"	/* ⟩ U+27E9 */

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

static void
sentence(struct fl_buf *out, const struct fl_doc *d, const struct fl_para *p,
    const struct fl_item *it, const struct fl_cue *cues)
{
	size_t at = it->s.start, next, j, n = it->ncues;

	(void)d;
	fl_buf_puts(out, M_LABEL_OPEN);
	fl_buf_puts(out, fl_label_name(it->label));
	fl_buf_puts(out, M_LABEL_CLOSE);
	for (;;) {
		/* Closers of the cues that end here, innermost first, then
		 * openers of those that start here, longest first. */
		for (j = n; j-- > 0;)
			if (!cues[j].dropped && cues[j].end == at &&
			    cues[j].start < at)
				fl_buf_puts(out, M_CUE_CLOSE);
		for (j = 0; j < n; j++)
			if (!cues[j].dropped && cues[j].start == at) {
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
