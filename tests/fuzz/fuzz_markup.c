/*
 * fuzz_markup.c: libFuzzer harness for Markdown and HTML input: the
 * extractors (libcmark, gumbo), the prose map, suppression directives and
 * the whole pipeline after them, with the built-in rules.
 *
 * The first byte of the input chooses the input type (bit 0), the output
 * format (bits 1-3) and --only (bit 4); the rest is the document.  For the
 * text format it checks that removing the markers gives the document back
 * byte for byte, and for every format that sentences and cues lie inside
 * the document in order (through the json format's offsets, checked by the
 * renderers' own slicing under AddressSanitizer).
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
	a.input = sel & 1 ? FL_INPUT_HTML : FL_INPUT_MARKDOWN;
	a.fmt = harness_format(formats[(sel >> 1) & 7]);
	if (sel & 0x10)
		a.opts.only = 1u << FL_LABEL_SPECULATION;

	fl_buf_init(&out);
	fl_doc_init(&d, "fuzz", a.rs, &a.opts);
	fl_annotate_mem(&a, text, len, &d, &out);
	if (a.fmt == &fl_fmt_text && a.opts.only == 0) {
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
