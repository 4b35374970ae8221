/*
 * fuzz_pipeline.c: libFuzzer harness for the whole pipeline (segment,
 * match, classify, render) on arbitrary bytes with the built-in rules.
 *
 * The rule set is loaded and compiled once.  The first byte of the input
 * chooses the output format and --only options; the rest is the document.
 * For the text format it also checks the lossless property: removing the
 * markers gives the input back byte for byte.
 */
#include "harness.h"

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	static const char *const formats[] = { "text", "json", "tsv", "ansi",
	    "html", "diag", "critic", "summary" };
	struct fl_annotator a;
	struct fl_doc d;
	struct fl_buf out, back;
	const char *text;
	size_t len;
	int sel;

	if ((sel = harness_start(data, size, &a, &text, &len)) < 0)
		return 0;
	a.fmt = harness_format(formats[sel & 7]);
	a.opts.color = (sel >> 3) & 1;
	a.opts.tty = (sel >> 4) & 1;
	a.opts.stats = (sel >> 5) & 1;
	if (sel & 0x40)
		a.opts.only = 1u << FL_LABEL_SPECULATION;
	if (sel & 0x80)
		a.opts.only_cats = 1u << FL_CAT_VAGUE;

	fl_buf_init(&out);
	fl_doc_init(&d, "fuzz", a.rs, &a.opts);
	fl_annotate_mem(&a, text, len, &d, &out);
	if (a.fmt == &fl_fmt_text && a.opts.only == 0 &&
	    a.opts.only_cats == 0) {
		fl_buf_init(&back);
		strip(out.ptr, out.len, &back);
		if (back.len != len || memcmp(back.ptr, text, len) != 0)
			abort();
		fl_buf_release(&back);
	}
	fl_doc_release(&d);
	fl_buf_release(&out);
	return 0;
}
