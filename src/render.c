/*
 * render.c: the output formats behind one small interface, and the
 * escaping they share.  Each format is one fmt_*.c file with a struct
 * fl_format; adding one is a new file and a line in the table below.
 */
#include <string.h>

#include "factlens.h"
#include "utf8.h"

const struct fl_format *const fl_formats[] = {
	&fl_fmt_text,
	&fl_fmt_json,
	&fl_fmt_tsv,
	NULL
};

const struct fl_format *
fl_format_find(const char *name)
{
	size_t i;

	for (i = 0; fl_formats[i] != NULL; i++)
		if (strcmp(fl_formats[i]->name, name) == 0)
			return fl_formats[i];
	return NULL;
}

void
fl_render_para(const struct fl_format *f, struct fl_buf *out,
    struct fl_doc *d, const struct fl_render_opts *opts,
    const struct fl_para *p, const struct fl_item *items, size_t n,
    const struct fl_cues *cues)
{
	size_t i, at = 0;

	for (i = 0; i < n; i++) {
		const struct fl_item *it = &items[i];
		int shown = opts->only == 0 || (opts->only & (1u << it->label));

		if (!opts->only && f->gap != NULL && it->s.start > at)
			f->gap(out, p->text + at, it->s.start - at);
		if (shown) {
			f->sentence(out, d, p, it, cues->v + it->cue0);
			if (opts->only && f->lossless)
				fl_buf_putc(out, '\n');
		}
		d->counts[it->label]++;
		d->nsentences++;
		d->index++;
		at = it->s.end;
	}
	if (!opts->only && f->gap != NULL && p->len > at)
		f->gap(out, p->text + at, p->len - at);
}

void
fl_json_str(struct fl_buf *out, const char *p, size_t n)
{
	const unsigned char *s = (const unsigned char *)p;
	size_t i = 0, k, run;
	unsigned cp;

	fl_buf_putc(out, '"');
	while (i < n) {
		/* Copy plain ASCII runs in one go. */
		run = i;
		while (run < n && s[run] >= 0x20 && s[run] < 0x80 &&
		    s[run] != '"' && s[run] != '\\')
			run++;
		if (run > i) {
			fl_buf_put(out, s + i, run - i);
			i = run;
			continue;
		}
		k = fl_utf8_decode(s + i, n - i, &cp);
		if (cp == 0xFFFD && !(k == 3 && s[i] == 0xEF &&
		    s[i + 1] == 0xBF && s[i + 2] == 0xBD))
			fl_buf_puts(out, "\xEF\xBF\xBD");
		else if (cp == '"')
			fl_buf_puts(out, "\\\"");
		else if (cp == '\\')
			fl_buf_puts(out, "\\\\");
		else if (cp == '\n')
			fl_buf_puts(out, "\\n");
		else if (cp == '\r')
			fl_buf_puts(out, "\\r");
		else if (cp == '\t')
			fl_buf_puts(out, "\\t");
		else if (cp < 0x20)
			fl_buf_printf(out, "\\u%04x", cp);
		else
			fl_buf_put(out, s + i, k);
		i += k;
	}
	fl_buf_putc(out, '"');
}

void
fl_tsv_field(struct fl_buf *out, const char *p, size_t n)
{
	size_t i, run = 0;

	for (i = 0; i < n; i++)
		if (p[i] == '\t' || p[i] == '\n' || p[i] == '\r') {
			fl_buf_put(out, p + run, i - run);
			fl_buf_putc(out, ' ');
			run = i + 1;
		}
	fl_buf_put(out, p + run, n - run);
}
