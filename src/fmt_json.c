/*
 * fmt_json.c: JSON Lines, the machine interface.  One object per sentence
 * (document offsets, 1-based line and column, label, text and cues), then
 * one summary object per document, as DESIGN.md specifies.  Text is always
 * valid UTF-8: invalid bytes become U+FFFD (fl_json_str).  For a JSON
 * Lines record (--input=jsonl), doc is the record's id as it was written.
 */
#include <string.h>

#include "factlens.h"

/* A string constant, without strlen. */
#define PUTS(out, lit) fl_buf_put((out), (lit), sizeof(lit) - 1)

/* Append "lit" and the number v, with one check for room.  Inline, so
 * that the copy of lit has a constant length; the digits are written
 * right-aligned at tmp[24] and copied as a block of 24 bytes, as no
 * number has more than 20. */
static inline void
put_num(struct fl_buf *out, const char *lit, size_t n, unsigned long long v)
{
	static const char pairs[] =
	    "00010203040506070809101112131415161718192021222324252627282930"
	    "31323334353637383940414243444546474849505152535455565758596061"
	    "62636465666768697071727374757677787980818283848586878889909192"
	    "93949596979899";
	char tmp[48] = { 0 }, *w;
	size_t i = 24;

	/* Two digits at a time. */
	while (v >= 100) {
		i -= 2;
		memcpy(tmp + i, pairs + 2 * (v % 100), 2);
		v /= 100;
	}
	if (v >= 10) {
		i -= 2;
		memcpy(tmp + i, pairs + 2 * v, 2);
	} else
		tmp[--i] = (char)('0' + v);
	fl_buf_grow(out, n + 24);
	w = out->ptr + out->len;
	memcpy(w, lit, n);
	memcpy(w + n, tmp + i, 24);
	out->len += n + 24 - i;
	out->ptr[out->len] = '\0';
}

#define PUTN(out, lit, v) put_num((out), (lit), sizeof(lit) - 1, (v))

/* The document: a record's id as it was written, else the name. */
static void
put_doc(struct fl_buf *out, const struct fl_doc *d)
{
	if (d->record != NULL)
		fl_buf_put(out, d->record->id, d->record->idlen);
	else
		fl_json_str(out, d->name, strlen(d->name));
}

void
fl_json_sentence_fields(struct fl_buf *out, const struct fl_doc *d,
    const struct fl_para *p, const struct fl_item *it,
    const struct fl_cue *cues)
{
	size_t j;
	int first = 1;

	/* Numbers by hand: printf was a fifth of the time of this format. */
	PUTN(out, "\"index\":", d->index);
	PUTN(out, ",\"start\":", p->offset + it->s.start);
	PUTN(out, ",\"end\":", p->offset + it->s.end);
	PUTN(out, ",\"line\":", (unsigned long long)it->s.line);
	PUTN(out, ",\"col\":", (unsigned long long)it->s.col);
	PUTS(out, ",\"label\":\"");
	fl_buf_puts(out, fl_label_name(it->label));
	PUTS(out, "\",\"text\":");
	fl_json_str(out, p->text + it->s.start, it->s.end - it->s.start);
	PUTS(out, ",\"cues\":[");
	for (j = 0; j < it->ncues; j++) {
		const struct fl_cue *c = &cues[j];

		if (c->dropped)
			continue;
		if (!first)
			fl_buf_putc(out, ',');
		first = 0;
		PUTS(out, "{\"rule\":");
		fl_json_str(out, c->rule->id, strlen(c->rule->id));
		PUTS(out, ",\"category\":\"");
		fl_buf_puts(out, fl_category_name(c->rule->category));
		PUTN(out, "\",\"start\":", p->offset + c->start);
		PUTN(out, ",\"end\":", p->offset + c->end);
		PUTS(out, ",\"text\":");
		fl_json_str(out, p->text + c->start, c->end - c->start);
		fl_buf_putc(out, '}');
	}
	PUTS(out, "]}");
}

static void
sentence(struct fl_buf *out, const struct fl_doc *d, const struct fl_para *p,
    const struct fl_item *it, const struct fl_cue *cues)
{
	PUTS(out, "{\"type\":\"sentence\",\"doc\":");
	put_doc(out, d);
	fl_buf_putc(out, ',');
	fl_json_sentence_fields(out, d, p, it, cues);
	fl_buf_putc(out, '\n');
}

void
fl_json_labels(struct fl_buf *out, const struct fl_doc *d)
{
	int l;

	fl_buf_putc(out, '{');
	for (l = 0; l < FL_LABEL_COUNT; l++) {
		if (l)
			fl_buf_putc(out, ',');
		fl_buf_putc(out, '"');
		fl_buf_puts(out, fl_label_name((enum fl_label)l));
		PUTN(out, "\":", d->counts[l]);
	}
	fl_buf_putc(out, '}');
}

static void
end(struct fl_buf *out, struct fl_doc *d)
{
	fl_buf_puts(out, "{\"type\":\"summary\",\"doc\":");
	put_doc(out, d);
	PUTN(out, ",\"sentences\":", d->nsentences);
	PUTS(out, ",\"labels\":");
	fl_json_labels(out, d);
	if (d->opts != NULL && d->opts->stats) {
		/* --stats: every rule that fired, most frequent first, the
		 * cues per category and the verdict. */
		size_t top[64], cat[FL_CAT_COUNT], n, i;
		struct fl_buf v;
		int c;

		n = fl_top_rules(d, top, sizeof(top) / sizeof(top[0]));
		fl_buf_puts(out, ",\"cues\":{");
		for (i = 0; i < n; i++) {
			if (i)
				fl_buf_putc(out, ',');
			fl_json_str(out, d->rs->rules[top[i]].id,
			    strlen(d->rs->rules[top[i]].id));
			fl_buf_printf(out, ":%zu", d->rule_counts[top[i]]);
		}
		/* ... the cues per category, every category named ... */
		fl_category_counts(d, cat);
		fl_buf_puts(out, "},\"categories\":{");
		for (c = 0; c < FL_CAT_COUNT; c++)
			fl_buf_printf(out, "%s\"%s\":%zu", c ? "," : "",
			    fl_category_name((enum fl_category)c), cat[c]);
		fl_buf_puts(out, "},\"verdict\":");
		fl_buf_init(&v);
		fl_verdict(&v, d);
		fl_json_str(out, v.ptr, v.len);
		fl_buf_release(&v);
	}
	fl_buf_puts(out, "}\n");
}

const struct fl_format fl_fmt_json = {
	"json", NULL, NULL, sentence, end, 0, 0, 0, NULL
};
