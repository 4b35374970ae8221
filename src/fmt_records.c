/*
 * fmt_records.c: JSON Lines records out, one line per record read
 * (--input=jsonl).  Each line is the input object, its members as they
 * were written and in their order, with one member added at the end
 * (--record-field, "factlens"):
 *
 *   {"id":7,"text":"...","factlens":{"labels":{"sourced":1,...},
 *    "sentences":[{"index":0,"start":0,...,"cues":[...]}]}}
 *
 * labels counts every sentence; sentences lists those --only selects
 * (all by default), with the fields of the json format's sentence
 * objects.  A bad line still gets its line, {"factlens":{"error":...,
 * "line":N}} (after the object's members when it is an object), so that
 * output lines pair with input lines.
 */
#include <string.h>

#include "factlens.h"

/* The object's members, a comma, and the added field's name. */
static void
open_field(struct fl_buf *out, const struct fl_record *r)
{
	fl_buf_put(out, r->head, r->headlen);
	if (r->members)
		fl_buf_putc(out, ',');
	fl_json_str(out, r->field, strlen(r->field));
	fl_buf_putc(out, ':');
}

static void
begin(struct fl_buf *out, struct fl_doc *d)
{
	const struct fl_record *r = d->record;

	if (r == NULL)
		return;
	open_field(out, r);
	if (r->error != NULL) {
		fl_buf_puts(out, "{\"error\":");
		fl_json_str(out, r->error, strlen(r->error));
		fl_buf_printf(out, ",\"line\":%ld}}\n", r->line);
		return;
	}
	fl_buf_putc(out, '{');
	/* The labels go here once they are counted. */
	d->mark = out->len;
	fl_buf_puts(out, "\"sentences\":[");
}

static void
sentence(struct fl_buf *out, const struct fl_doc *d, const struct fl_para *p,
    const struct fl_item *it, const struct fl_cue *cues)
{
	if (out->ptr[out->len - 1] != '[')
		fl_buf_putc(out, ',');
	fl_buf_putc(out, '{');
	fl_json_sentence_fields(out, d, p, it, cues);
}

static void
end(struct fl_buf *out, struct fl_doc *d)
{
	struct fl_buf l;

	if (d->record == NULL || d->record->error != NULL)
		return;
	fl_buf_puts(out, "]}}\n");
	fl_buf_init(&l);
	fl_buf_puts(&l, "\"labels\":");
	fl_json_labels(&l, d);
	fl_buf_putc(&l, ',');
	fl_buf_insert(out, d->mark, l.ptr, l.len);
	fl_buf_release(&l);
}

const struct fl_format fl_fmt_records = {
	"records", begin, NULL, sentence, end, 0, 0, 0, NULL
};

int
fl_format_for_records(const struct fl_format *f)
{
	return f == &fl_fmt_records || f == &fl_fmt_json || f == &fl_fmt_tsv ||
	    f == &fl_fmt_summary;
}
