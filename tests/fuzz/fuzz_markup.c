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
#include <stdlib.h>
#include <string.h>

#include "factlens.h"

static struct fl_ruleset rs;
static int ready;

static void
cleanup(void)
{
	fl_ruleset_release(&rs);
}

static void
on_limit(void *arg, const struct fl_rule *r, size_t offset, long line,
    long col, int rc)
{
	(void)arg;
	(void)r;
	(void)offset;
	(void)line;
	(void)col;
	(void)rc;
}

/* Remove the text format's markers (the spec's Perl one-liner). */
static void
strip(const char *p, size_t n, struct fl_buf *out)
{
	size_t i = 0, j;

	while (i < n) {
		if (p[i] == '\\' && i + 1 < n) {
			fl_buf_putc(out, (unsigned char)p[i + 1]);
			i += 2;
		} else if (n - i >= 3 && memcmp(p + i, "\xe2\x9f\xa6", 3) == 0) {
			/* ⟦label⟧ */
			j = i + 3;
			while (j < n && p[j] >= 'a' && p[j] <= 'z')
				j++;
			if (n - j < 3 || memcmp(p + j, "\xe2\x9f\xa7", 3) != 0)
				abort();
			i = j + 3;
		} else if (n - i >= 3 && memcmp(p + i, "\xe2\x9f\xa8", 3) == 0) {
			/* ⟨rule-id: */
			j = i + 3;
			while (j < n && p[j] != ':')
				j++;
			if (j == n)
				abort();
			i = j + 1;
		} else if (n - i >= 3 && memcmp(p + i, "\xe2\x9f\xa9", 3) == 0) {
			i += 3;
		} else {
			fl_buf_putc(out, (unsigned char)p[i]);
			i++;
		}
	}
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	static const char *const formats[] = { "text", "json", "tsv", "ansi",
	    "html", "diag", "critic", "summary" };
	struct fl_annotator a;
	struct fl_doc d;
	struct fl_buf out, back;
	struct fl_error err;
	const char *text;
	size_t len;
	unsigned sel;

	if (!ready) {
		fl_ruleset_init(&rs);
		memset(&err, 0, sizeof(err));
		if (fl_rules_load_builtin(&rs, &err) < 0 ||
		    fl_rules_compile(&rs, &err) < 0)
			abort();
		atexit(cleanup);
		ready = 1;
	}
	if (size == 0)
		return 0;
	sel = data[0];
	text = (const char *)data + 1;
	len = size - 1;

	memset(&a, 0, sizeof(a));
	a.rs = &rs;
	a.input = sel & 1 ? FL_INPUT_HTML : FL_INPUT_MARKDOWN;
	a.fmt = fl_format_find(formats[(sel >> 1) & 7]);
	if (a.fmt == NULL)
		abort();
	if (sel & 0x10)
		a.opts.only = 1u << FL_LABEL_SPECULATION;
	a.on_limit = on_limit;
	a.para_limit = 1024 * 1024;

	fl_buf_init(&out);
	fl_doc_init(&d, "fuzz", &rs, &a.opts);
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
