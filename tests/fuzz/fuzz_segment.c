/*
 * fuzz_segment.c: libFuzzer harness for segmentation alone.  The input is
 * cut into paragraphs as the reader would (fl_para_len) and each is
 * segmented; the sentence spans must lie in order inside the paragraph,
 * cover every non-blank byte exactly once and carry the right line and
 * column.
 */
#include <stdlib.h>
#include <string.h>

#include "factlens.h"
#include "utf8.h"

/* Is t[a, b) white space only (as segment.c sees it)? */
static int
blank(const char *t, size_t a, size_t b)
{
	unsigned cp;

	while (a < b) {
		a += fl_utf8_decode((const unsigned char *)t + a, b - a, &cp);
		if (!fl_uni_space(cp))
			return 0;
	}
	return a == b;
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	const char *text = (const char *)data;
	struct fl_sentences s;
	struct fl_para p;
	size_t at = 0, k, i, prev;
	long line = 1, col = 1;

	fl_sentences_init(&s);
	while (at < size) {
		size_t e = at + fl_para_len(text + at, size - at);

		if (e <= at || e > size)
			abort();
		p.text = text + at;
		p.len = e - at;
		p.offset = at;
		p.line = line;
		p.col = col;
		fl_segment(&p, &s);
		prev = 0;
		for (i = 0; i < s.n; i++) {
			const struct fl_sentence *x = &s.v[i];
			long l, c;

			if (x->start < prev || x->start >= x->end ||
			    x->end > p.len)
				abort();
			/* Only white space between sentences. */
			if (!blank(p.text, prev, x->start))
				abort();
			fl_para_pos(&p, x->start, &l, &c);
			if (l != x->line || c != x->col)
				abort();
			(void)fl_list_marker(p.text + x->start,
			    x->end - x->start);
			prev = x->end;
		}
		if (!blank(p.text, prev, p.len))
			abort();
		for (k = at; k < e; k++) {
			if (text[k] == '\n') {
				line++;
				col = 1;
			} else
				col++;
		}
		at = e;
	}
	fl_sentences_release(&s);
	return 0;
}
