/*
 * render.c: the output formats behind one small interface, and the
 * escaping they share.  Each format is one fmt_*.c file with a struct
 * fl_format; adding one is a new file and a line in the table below.
 */
#include <stdlib.h>
#include <string.h>

#include "factlens.h"
#include "utf8.h"

const struct fl_format *const fl_formats[] = {
	&fl_fmt_text,
	&fl_fmt_ansi,
	&fl_fmt_json,
	&fl_fmt_tsv,
	&fl_fmt_html,
	&fl_fmt_diag,
	&fl_fmt_critic,
	&fl_fmt_summary,
	&fl_fmt_worksheet,
	&fl_fmt_key,
	&fl_fmt_records,
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
fl_format_names(struct fl_buf *b)
{
	size_t i, n;

	for (n = 0; fl_formats[n] != NULL; n++)
		continue;
	for (i = 0; i < n; i++)
		fl_name_list(b, i, n, fl_formats[i]->name);
}

void
fl_doc_init(struct fl_doc *d, const char *name, const struct fl_ruleset *rs,
    const struct fl_render_opts *opts)
{
	memset(d, 0, sizeof(*d));
	d->name = name;
	d->rs = rs;
	d->opts = opts;
	if (rs != NULL && rs->nrules > 0) {
		d->rule_counts = fl_xmalloc(rs->nrules * sizeof(size_t));
		memset(d->rule_counts, 0, rs->nrules * sizeof(size_t));
	}
}

void
fl_doc_release(struct fl_doc *d)
{
	free(d->rule_counts);
	d->rule_counts = NULL;
	if (d->priv != NULL && d->priv_free != NULL)
		d->priv_free(d->priv);
	d->priv = NULL;
}

void
fl_doc_add(struct fl_doc *total, const struct fl_doc *d)
{
	size_t i;

	for (i = 0; i < FL_LABEL_COUNT; i++)
		total->counts[i] += d->counts[i];
	total->nsentences += d->nsentences;
	if (total->rule_counts != NULL && d->rule_counts != NULL &&
	    total->rs == d->rs)
		for (i = 0; i < d->rs->nrules; i++)
			total->rule_counts[i] += d->rule_counts[i];
}

int
fl_selected(const struct fl_render_opts *opts, const struct fl_item *it,
    const struct fl_cue *cues)
{
	size_t j;

	if (opts == NULL || (opts->only == 0 && opts->only_cats == 0))
		return 1;
	if (opts->only & (1u << it->label))
		return 1;
	for (j = 0; j < it->ncues; j++)
		if (!cues[j].dropped &&
		    (opts->only_cats & (1u << cues[j].rule->category)))
			return 1;
	return 0;
}

/* What an editor wants to look at, unless --only says otherwise: the
 * writer's speculation and opinion, vague sources, stances credited to
 * others, and boosters. */
#define DEFAULT_LABELS	((1u << FL_LABEL_SPECULATION) | \
			 (1u << FL_LABEL_OPINION))
#define DEFAULT_CATS	((1u << FL_CAT_VAGUE) | (1u << FL_CAT_STANCE) | \
			 (1u << FL_CAT_BOOSTER))

int
fl_finding_sentence(const struct fl_render_opts *opts,
    const struct fl_item *it)
{
	unsigned labels = DEFAULT_LABELS;

	if (opts != NULL && (opts->only || opts->only_cats))
		labels = opts->only;
	return (labels >> it->label) & 1;
}

int
fl_finding_cue(const struct fl_render_opts *opts, const struct fl_cue *c)
{
	unsigned cats = DEFAULT_CATS;

	if (c->dropped)
		return 0;
	if (opts != NULL && (opts->only || opts->only_cats))
		cats = opts->only_cats;
	return (cats >> c->rule->category) & 1;
}

void
fl_para_pos(const struct fl_para *p, size_t off, long *line, long *col)
{
	size_t i;

	*line = p->line;
	*col = p->col;
	for (i = 0; i < off && i < p->len; i++) {
		if (p->text[i] == '\n') {
			(*line)++;
			*col = 1;
		} else
			(*col)++;
	}
}

size_t
fl_next_edge(const struct fl_item *it, const struct fl_cue *cues, size_t at)
{
	size_t next = it->s.end, j;

	for (j = 0; j < it->ncues; j++) {
		if (cues[j].dropped)
			continue;
		if (cues[j].start > at && cues[j].start < next)
			next = cues[j].start;
		if (cues[j].end > at && cues[j].end < next)
			next = cues[j].end;
	}
	return next;
}

void
fl_render_para(const struct fl_format *f, struct fl_buf *out,
    struct fl_doc *d, const struct fl_render_opts *opts,
    const struct fl_para *p, const struct fl_item *items, size_t n,
    const struct fl_cues *cues)
{
	size_t i, j, at = 0;
	int filter = opts != NULL && (opts->only || opts->only_cats) &&
	    !f->selects;

	for (i = 0; i < n; i++) {
		const struct fl_item *it = &items[i];
		/* cues->v is NULL while no cue was found. */
		const struct fl_cue *c = cues->v != NULL ? cues->v + it->cue0 :
		    NULL;

		if (!filter && f->gap != NULL && it->s.start > at)
			f->gap(out, p->text + at, it->s.start - at);
		if (!filter || fl_selected(opts, it, c)) {
			f->sentence(out, d, p, it, c);
			if (filter && f->lossless)
				fl_buf_putc(out, '\n');
		}
		d->counts[it->label]++;
		d->nsentences++;
		d->index++;
		if (d->rule_counts != NULL)
			for (j = 0; j < it->ncues; j++)
				if (!c[j].dropped)
					d->rule_counts[c[j].rule -
					    d->rs->rules]++;
		at = it->s.end;
	}
	if (f->para_end != NULL)
		f->para_end(out, d, p, items, n, cues);
	if (!filter && f->gap != NULL && p->len > at)
		f->gap(out, p->text + at, p->len - at);
}

/* Are the eight bytes at p all ones json_plain lets through: none below
 * 0x20 or above 0x7f, no " and no backslash?  (At worst a false no.) */
static int
plain8(const unsigned char *p)
{
	const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
	uint64_t x = fl_word8(p);

	return ((x | ((x - ones * 0x20) & ~x)) & high) == 0 &&
	    (fl_bytes_eq8(x, '"') | fl_bytes_eq8(x, '\\')) == 0;
}

/* Bytes fl_json_str copies as they are: printable ASCII but " and \\. */
static const unsigned char json_plain[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

void
fl_json_str(struct fl_buf *out, const char *p, size_t n)
{
	const unsigned char *s = (const unsigned char *)p;
	size_t i = 0, k, run;
	unsigned cp;
	char *w;

	/* At most six bytes for one: room for all, then no checks. */
	fl_buf_grow(out, 6 * n + 2);
	w = out->ptr + out->len;
	*w++ = '"';
	while (i < n) {
		/* Copy plain ASCII runs in one go, found eight bytes at a
		 * time while they last. */
		run = i;
		while (n - run >= 8 && plain8(s + run))
			run += 8;
		while (run < n && json_plain[s[run]])
			run++;
		if (run > i) {
			memcpy(w, s + i, run - i);
			w += run - i;
			i = run;
			continue;
		}
		k = fl_utf8_decode(s + i, n - i, &cp);
		if (cp == 0xFFFD && !(k == 3 && s[i] == 0xEF &&
		    s[i + 1] == 0xBF && s[i + 2] == 0xBD)) {
			memcpy(w, "\xEF\xBF\xBD", 3);
			w += 3;
		} else if (cp == '"' || cp == '\\') {
			*w++ = '\\';
			*w++ = (char)cp;
		} else if (cp == '\n' || cp == '\r' || cp == '\t') {
			*w++ = '\\';
			*w++ = cp == '\n' ? 'n' : cp == '\r' ? 'r' : 't';
		} else if (cp < 0x20) {
			memcpy(w, "\\u00", 4);
			w[4] = "0123456789abcdef"[cp >> 4];
			w[5] = "0123456789abcdef"[cp & 15];
			w += 6;
		} else {
			memcpy(w, s + i, k);
			w += k;
		}
		i += k;
	}
	*w++ = '"';
	*w = '\0';
	out->len = (size_t)(w - out->ptr);
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

void
fl_html_str(struct fl_buf *out, const char *p, size_t n)
{
	const unsigned char *s = (const unsigned char *)p;
	size_t i = 0, k;
	unsigned cp;

	while (i < n) {
		k = fl_utf8_decode(s + i, n - i, &cp);
		if (cp == 0xFFFD && !(k == 3 && s[i] == 0xEF &&
		    s[i + 1] == 0xBF && s[i + 2] == 0xBD))
			fl_buf_puts(out, "\xEF\xBF\xBD");
		else if (cp == '&')
			fl_buf_puts(out, "&amp;");
		else if (cp == '<')
			fl_buf_puts(out, "&lt;");
		else if (cp == '>')
			fl_buf_puts(out, "&gt;");
		else if (cp == '"')
			fl_buf_puts(out, "&quot;");
		else if (cp == '\'')
			fl_buf_puts(out, "&#39;");
		else if (cp == 0 || (cp < 0x20 && cp != '\n' && cp != '\t' &&
		    cp != '\r'))
			fl_buf_puts(out, "\xEF\xBF\xBD");	/* not allowed in HTML */
		else
			fl_buf_put(out, s + i, k);
		i += k;
	}
}
