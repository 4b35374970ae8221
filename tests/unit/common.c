/*
 * common.c: helpers for the Check suites (see common.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"

void
segs_run(const char *text, size_t len, struct segs *out)
{
	struct fl_sentences ss;
	struct fl_para p;
	size_t at = 0, i, k;

	memset(out, 0, sizeof(*out));
	fl_sentences_init(&ss);
	p.line = 1;
	p.col = 1;
	while (at < len) {
		size_t e = at + fl_para_len(text + at, len - at);

		p.text = text + at;
		p.len = e - at;
		p.offset = at;
		fl_segment(&p, &ss);
		for (i = 0; i < ss.n && out->n < MAXS; i++) {
			struct fl_sentence *s = &ss.v[i];

			out->v[out->n] = *s;
			out->s[out->n] = fl_xstrndup(p.text + s->start,
			    s->end - s->start);
			out->start[out->n] = at + s->start;
			out->end[out->n] = at + s->end;
			out->line[out->n] = s->line;
			out->col[out->n] = s->col;
			out->n++;
		}
		for (k = at; k < e; k++) {
			if (text[k] == '\n') {
				p.line++;
				p.col = 1;
			} else
				p.col++;
		}
		at = e;
	}
	fl_sentences_release(&ss);
}

void
segs_free(struct segs *out)
{
	size_t i;

	for (i = 0; i < out->n; i++)
		free(out->s[i]);
	out->n = 0;
}

void
assert_segs(const char *text, const char *const *want)
{
	struct segs sg;
	size_t i, nw = 0;
	char got[4096];
	size_t gl = 0;

	while (want[nw] != NULL)
		nw++;
	segs_run(text, strlen(text), &sg);
	got[0] = '\0';
	for (i = 0; i < sg.n && gl < sizeof(got) - 8; i++)
		gl += (size_t)snprintf(got + gl, sizeof(got) - gl, "[%s]",
		    sg.s[i]);
	for (i = 0; i < nw && i < sg.n; i++)
		if (strcmp(sg.s[i], want[i]) != 0)
			break;
	if (i != nw || sg.n != nw) {
		char msg[8192];

		snprintf(msg, sizeof(msg), "segmenting <<%s>>: want %zu "
		    "sentences, got %zu: %s (first difference at %zu: <<%s>>)",
		    text, nw, sg.n, got, i, i < nw ? want[i] : "(none)");
		segs_free(&sg);
		ck_abort_msg("%s", msg);
	}
	segs_free(&sg);
}

static struct fl_ruleset builtin;
static int builtin_state;	/* 0 not tried, 1 loaded, -1 failed */
static struct fl_error builtin_err;

const struct fl_ruleset *
builtin_rules(void)
{
	if (builtin_state == 0) {
		fl_ruleset_init(&builtin);
		memset(&builtin_err, 0, sizeof(builtin_err));
		builtin_state = fl_rules_load_builtin(&builtin, &builtin_err)
		    == 0 && fl_rules_compile(&builtin, &builtin_err) == 0 ?
		    1 : -1;
	}
	ck_assert_msg(builtin_state == 1, "built-in rules: %s:%d:%d: %s",
	    builtin_err.file, builtin_err.line, builtin_err.col,
	    builtin_err.msg);
	return &builtin;
}

struct fl_ruleset *
rules_yaml(const char *yaml)
{
	struct fl_ruleset *rs = fl_xmalloc(sizeof(*rs));
	struct fl_error err;

	memset(&err, 0, sizeof(err));
	fl_ruleset_init(rs);
	if (fl_rules_load_mem(rs, "test.yml", yaml, strlen(yaml), &err) < 0 ||
	    fl_rules_compile(rs, &err) < 0)
		ck_abort_msg("test rules: %s:%d:%d: %s", err.file, err.line,
		    err.col, err.msg);
	return rs;
}

void
rules_free(struct fl_ruleset *rs)
{
	fl_ruleset_release(rs);
	free(rs);
}

void
run_text(const struct fl_ruleset *rs, const char *text, struct run *r)
{
	struct fl_sentences ss;
	struct fl_cues cues;
	struct fl_matcher m;
	struct fl_item *items = NULL;
	size_t len = strlen(text), at = 0, i, j;
	int prev_caption = 0;

	memset(r, 0, sizeof(*r));
	fl_sentences_init(&ss);
	fl_cues_init(&cues);
	fl_matcher_init(&m, rs);
	while (at < len) {
		size_t e = at + fl_para_len(text + at, len - at);
		struct fl_para p = { text + at, e - at, at, 1, 1 };
		int after_caption = prev_caption;

		fl_segment(&p, &ss);
		items = fl_xrealloc(items, (ss.n + 1) * sizeof(*items));
		cues.n = 0;
		fl_matcher_reset(&m);
		for (i = 0; i < ss.n; i++) {
			items[i].s = ss.v[i];
			items[i].cue0 = cues.n;
			items[i].ncues = fl_match_sentence(&m, p.text,
			    &ss.v[i], &cues);
			items[i].label = FL_LABEL_CLAIM;
			items[i].after_caption = i == 0 && after_caption;
		}
		fl_classify(p.text, items, ss.n, &cues);
		prev_caption = fl_caption_para(p.text, p.len);
		for (i = 0; i < ss.n && r->n < MAXS; i++) {
			const struct fl_sentence *s = &items[i].s;

			r->label[r->n] = items[i].label;
			r->text[r->n] = fl_xstrndup(p.text + s->start,
			    s->end - s->start);
			for (j = 0; j < items[i].ncues; j++) {
				const struct fl_cue *c =
				    &cues.v[items[i].cue0 + j];
				size_t k = r->ncues[r->n];

				if (c->dropped || k >= 16)
					continue;
				r->cue[r->n][k].rule = c->rule->id;
				r->cue[r->n][k].cat = c->rule->category;
				r->cue[r->n][k].text = fl_xstrndup(p.text +
				    c->start, c->end - c->start);
				r->cue[r->n][k].owner = c->owner ? cues.v[
				    items[i].cue0 + c->owner - 1].rule->id :
				    NULL;
				r->ncues[r->n]++;
			}
			r->n++;
		}
		at = e;
	}
	free(items);
	fl_matcher_release(&m);
	fl_cues_release(&cues);
	fl_sentences_release(&ss);
}

void
run_free(struct run *r)
{
	size_t i, j;

	for (i = 0; i < r->n; i++) {
		free(r->text[i]);
		for (j = 0; j < r->ncues[i]; j++)
			free(r->cue[i][j].text);
	}
	r->n = 0;
}

int
run_has_cue(const struct run *r, size_t i, enum fl_category cat,
    const char *phrase)
{
	const char *s = r->text[i], *p, *q;
	size_t j, a = 0, b = strlen(s);

	if (phrase != NULL) {
		if ((p = strstr(s, phrase)) == NULL)
			return 0;
		a = (size_t)(p - s);
		b = a + strlen(phrase);
	}
	for (j = 0; j < r->ncues[i]; j++) {
		size_t ca, cb;

		if (r->cue[i][j].cat != cat)
			continue;
		/* Where is the cue in the sentence?  Try every occurrence
		 * of its text and accept one that overlaps [a, b). */
		for (q = s; (q = strstr(q, r->cue[i][j].text)) != NULL; q++) {
			ca = (size_t)(q - s);
			cb = ca + strlen(r->cue[i][j].text);
			if (ca < b && a < cb)
				return 1;
		}
	}
	return 0;
}

const char *
run_cue_owner(const struct run *r, size_t i, const char *text)
{
	size_t j;

	for (j = 0; j < r->ncues[i]; j++)
		if (strcmp(r->cue[i][j].text, text) == 0)
			return r->cue[i][j].owner ? r->cue[i][j].owner : "";
	return NULL;
}

static void
describe(const struct run *r, char *buf, size_t n)
{
	size_t i, j, l = 0;

	buf[0] = '\0';
	for (i = 0; i < r->n && l < n - 64; i++) {
		l += (size_t)snprintf(buf + l, n - l, "[%s: %s", r->text[i],
		    fl_label_name(r->label[i]));
		for (j = 0; j < r->ncues[i] && l < n - 64; j++)
			l += (size_t)snprintf(buf + l, n - l, " <%s:%s>",
			    r->cue[i][j].rule, r->cue[i][j].text);
		l += (size_t)snprintf(buf + l, n - l, "]");
	}
}

void
assert_label(const struct fl_ruleset *rs, const char *text, enum fl_label l)
{
	struct run r;
	char d[4096];
	int ok;

	run_text(rs, text, &r);
	ok = r.n == 1 && r.label[0] == l;
	describe(&r, d, sizeof(d));
	run_free(&r);
	ck_assert_msg(ok, "<<%s>>: want %s, got %s", text, fl_label_name(l),
	    d);
}

static int
flush_none(struct fl_buf *out, void *arg)
{
	(void)out;
	(void)arg;
	return 0;
}

char *
annotate(const struct fl_ruleset *rs, const char *format, unsigned only,
    const char *text, size_t len, size_t *outlen)
{
	struct fl_annotator a;
	struct fl_doc d;
	struct fl_buf out;
	char *res;

	memset(&a, 0, sizeof(a));
	memset(&d, 0, sizeof(d));
	a.rs = rs;
	a.fmt = fl_format_find(format);
	ck_assert_msg(a.fmt != NULL, "no format %s", format);
	a.opts.only = only;
	a.flush = flush_none;
	a.para_limit = 1024 * 1024;
	d.name = "-";
	fl_buf_init(&out);
	fl_annotate_mem(&a, text, len, &d, &out);
	res = fl_xstrndup(out.ptr, out.len);
	if (outlen != NULL)
		*outlen = out.len;
	fl_buf_release(&out);
	return res;
}

static size_t
marker(const char *s, size_t i, size_t n, const char *open, int label)
{
	size_t j = i + 3;
	int closer = 0;

	if (n - i < 3 || memcmp(s + i, open, 3) != 0)
		return 0;
	/* ⟨/rule-id⟩: the closer of a cue that overlaps a later one. */
	if (!label && j < n && s[j] == '/')
		closer = 1, j++;
	while (j < n) {
		unsigned char c = (unsigned char)s[j];

		if (label ? (c >= 'a' && c <= 'z') :
		    ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '.' || c == '_' ||
		    c == '-'))
			j++;
		else
			break;
	}
	if (j == i + 3 + (size_t)closer)
		return 0;
	if (label || closer)
		return n - j >= 3 && memcmp(s + j, label ? "\xe2\x9f\xa7" :
		    "\xe2\x9f\xa9", 3) == 0 ? j + 3 - i : 0;
	return j < n && s[j] == ':' ? j + 1 - i : 0;
}

char *
strip_markers(const char *s, size_t n, size_t *outlen)
{
	char *o = fl_xmalloc(n + 1);
	size_t i = 0, l = 0, k;

	while (i < n) {
		if (s[i] == '\\' && i + 1 < n) {
			o[l++] = s[i + 1];
			i += 2;
		} else if ((k = marker(s, i, n, "\xe2\x9f\xa6", 1)) != 0 ||
		    (k = marker(s, i, n, "\xe2\x9f\xa8", 0)) != 0)
			i += k;
		else if (n - i >= 3 && memcmp(s + i, "\xe2\x9f\xa9", 3) == 0)
			i += 3;
		else
			o[l++] = s[i++];
	}
	o[l] = '\0';
	*outlen = l;
	return o;
}

int
temp_fd(const char *data, size_t n)
{
	FILE *f = tmpfile();
	int fd;

	ck_assert_ptr_nonnull(f);
	fd = dup(fileno(f));
	fclose(f);
	ck_assert_int_eq(write(fd, data, n), (ssize_t)n);
	ck_assert_int_eq(lseek(fd, 0, SEEK_SET), 0);
	return fd;
}
