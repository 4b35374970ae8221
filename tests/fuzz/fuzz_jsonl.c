/*
 * fuzz_jsonl.c: libFuzzer harness for JSON Lines input: the line reader,
 * the JSON decoder (libjansson and the scanner that finds ids and members
 * as written), and the records pipeline after them, on one or two
 * threads, with the built-in rules.
 *
 * The first byte of the input chooses the output format (bits 0-1:
 * records, json, tsv, summary), the threads (bit 2), --max-record (bits
 * 3-4: 16, 256, 4096 bytes or the default), nested fields (bit 5:
 * --text-field a.text --id-field a.id) and --only (bit 6); the rest is
 * the input, read through a pipe as from standard input.  It checks that
 * the records format writes one line per line read that is not blank (or
 * is too long), each a JSON object whose last member is the added field.
 */
#include <jansson.h>
#include <unistd.h>

#include "harness.h"
#include "annotate.h"

static int
collect(struct fl_buf *out, void *arg)
{
	fl_buf_put(arg, out->ptr, out->len);
	fl_buf_reset(out);
	return 0;
}

/* The lines the reader hands on: not blank, or longer than max. */
static size_t
lines_read(const char *t, size_t n, size_t max)
{
	size_t count = 0, at = 0, e, len, i, k;
	long line = 0;
	int blank;

	while (at < n) {
		const char *nl = memchr(t + at, '\n', n - at);

		e = nl != NULL ? (size_t)(nl - t) : n;
		len = e - at;
		line++;
		if (len > 0 && t[e - 1] == '\r')
			len--;
		i = at;
		if (line == 1 && len >= 3 && memcmp(t + at, "\xEF\xBB\xBF", 3)
		    == 0) {
			i += 3;
			len -= 3;
		}
		blank = 1;
		for (k = i; k < i + len; k++)
			if (t[k] != ' ' && t[k] != '\t' && t[k] != '\r')
				blank = 0;
		if (len > max || !blank)
			count++;
		at = e + 1;
	}
	return count;
}

/* Each line of out is a JSON object ending with the member field. */
static size_t
check_records(const struct fl_buf *out, const char *field)
{
	size_t at = 0, n = 0;

	while (at < out->len) {
		const char *nl = memchr(out->ptr + at, '\n', out->len - at);
		size_t e, k;
		json_t *o, *v;
		void *it, *last = NULL;

		if (nl == NULL)
			abort();	/* an unterminated line */
		e = (size_t)(nl - out->ptr);
		o = json_loadb(out->ptr + at, e - at, JSON_DECODE_ANY |
		    JSON_ALLOW_NUL | JSON_DECODE_INT_AS_REAL, NULL);
		if (o == NULL || !json_is_object(o))
			abort();
		for (it = json_object_iter(o); it != NULL;
		    it = json_object_iter_next(o, it))
			last = it;
		if (last == NULL || strcmp(json_object_iter_key(last), field))
			abort();
		v = json_object_iter_value(last);
		k = json_object_size(v);
		if (k != 2 || (json_object_get(v, "error") == NULL &&
		    json_object_get(v, "labels") == NULL))
			abort();
		json_decref(o);
		n++;
		at = e + 1;
	}
	return n;
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	static const char *const formats[] = { "records", "json", "tsv",
	    "summary" };
	static const size_t maxes[] = { 16, 256, 4096, FL_MAX_RECORD };
	struct fl_annotator a;
	struct fl_jsonl_opts jo;
	struct fl_doc d;
	struct fl_buf got;
	const char *text;
	size_t len;
	int sel, p[2], rerr = 0;

	if (size > 60000 || (sel = harness_start(data, size, &a, &text,
	    &len)) < 0)
		return 0;
	a.input = FL_INPUT_JSONL;
	a.fmt = harness_format(formats[sel & 3]);
	a.jobs = sel & 4 ? 2 : 1;
	fl_jsonl_opts_init(&jo);
	jo.max_record = maxes[(sel >> 3) & 3];
	if (sel & 0x20) {
		jo.text_field = "a.text";
		jo.id_field = "a.id";
	}
	if (sel & 0x40)
		a.opts.only = 1u << FL_LABEL_SPECULATION;
	a.jsonl = &jo;
	fl_buf_init(&got);
	a.flush = collect;
	a.flush_arg = &got;

	/* Through a pipe: the input fits in its buffer. */
	if (pipe(p) != 0)
		abort();
	if (len > 0 && write(p[1], text, len) != (ssize_t)len)
		abort();
	close(p[1]);
	fl_doc_init(&d, "fuzz", a.rs, &a.opts);
	if (fl_annotate_records(&a, p[0], &d, &rerr) != 0)
		abort();
	close(p[0]);
	if (a.fmt == &fl_fmt_records &&
	    check_records(&got, jo.record_field) !=
	    lines_read(text, len, jo.max_record))
		abort();
	fl_doc_release(&d);
	fl_buf_release(&got);
	return 0;
}
