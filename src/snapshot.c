/*
 * snapshot.c: the built-in rules ready to run, made at build time.
 *
 * Loading the built-in rule files at every start means parsing their YAML,
 * compiling every pattern with PCRE2 and building the prefilter's
 * automaton: about 100 million instructions, most of factlens's start-up.
 * At build time tools/mksnap.c does all of that once and writes the result
 * out as C (build/snapshot_data.c, through fl_snapshot_write): the rules'
 * fields, their compiled patterns serialized by PCRE2
 * (pcre2_serialize_encode) and the prefilter's tables.  At run time the
 * rules are copied from it (fl_snapshot_load), the patterns decoded
 * (fl_snapshot_decode) and the prefilter used where it lies.
 *
 * PCRE2 decodes only what the same version of it encoded, with the same
 * word size and byte order.  With another version at run time decoding
 * fails, and fl_rules_compile compiles the patterns from their source as
 * it does for rule files: slower to start, the same results.  The sizes of
 * the decoded patterns are checked against the snapshot's as well.
 * --check-rules and --explain read the rule files themselves, examples and
 * all, as before.
 */
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "factlens.h"

static char *
dup_or_null(const char *s)
{
	return s != NULL ? fl_xstrdup(s) : NULL;
}

void
fl_snapshot_load(struct fl_ruleset *rs, const struct fl_snapshot *snap)
{
	size_t i, f0 = rs->nfiles, r0 = rs->nrules;

	rs->files = fl_xrealloc(rs->files,
	    (rs->nfiles + snap->nfiles) * sizeof(*rs->files));
	for (i = 0; i < snap->nfiles; i++)
		rs->files[rs->nfiles++] = fl_xstrdup(snap->files[i]);
	rs->rules = fl_xrealloc(rs->rules,
	    (rs->nrules + snap->nrules) * sizeof(*rs->rules));
	for (i = 0; i < snap->nrules; i++) {
		const struct fl_snap_rule *s = &snap->rules[i];
		struct fl_rule *r = &rs->rules[rs->nrules++];

		memset(r, 0, sizeof(*r));
		r->id = fl_xstrdup(s->id);
		r->explain = fl_xstrdup(s->explain);
		r->pattern = dup_or_null(s->pattern);
		r->unless = dup_or_null(s->unless);
		r->open = dup_or_null(s->open);
		r->close = dup_or_null(s->close);
		r->category = (enum fl_category)s->category;
		r->scope = (enum fl_scope)s->scope;
		r->file = rs->files[f0 + (size_t)s->file];
		r->line = s->line;
		r->col = s->col;
		r->pline = s->pline;
		r->pcol = s->pcol;
		r->uline = s->uline;
		r->ucol = s->ucol;
		memcpy(r->req, s->req, sizeof(r->req));
		r->nreq = s->nreq;
		r->req_read = 1;
	}
	/* Decoding and the prefilter go by the rules' numbers. */
	if (r0 == 0) {
		rs->snap = snap;
		rs->nsnap = snap->nrules;
	}
}

/* The code slots of rule r, in the snapshot's order. */
static size_t
slots(struct fl_rule *r, const struct fl_snap_rule *s, pcre2_code ***v)
{
	size_t k = 0;

	if (s->pattern != NULL)
		v[k++] = (pcre2_code **)&r->re;
	if (s->unless != NULL)
		v[k++] = (pcre2_code **)&r->unless_re;
	if (s->anchored)
		v[k++] = (pcre2_code **)&r->re_anchored;
	return k;
}

int
fl_snapshot_decode(struct fl_ruleset *rs)
{
	const struct fl_snapshot *snap = rs->snap;
	pcre2_code **codes, **v[3];
	size_t i, j, k, n = 0, nc;
	int32_t got;
	int ok;

	if (snap == NULL || snap->ncodes == 0 || rs->nsnap > rs->nrules)
		return -1;
	codes = calloc(snap->ncodes, sizeof(*codes));
	if (codes == NULL)
		fl_nomem();
	got = pcre2_serialize_decode(codes, (int32_t)snap->ncodes,
	    snap->codes, NULL);
	ok = got == (int32_t)snap->ncodes;
	/* Each the size it had when it was encoded, and as many as the
	 * rules have patterns. */
	for (i = 0; ok && i < snap->ncodes; i++) {
		size_t size = 0;

		ok = pcre2_pattern_info(codes[i], PCRE2_INFO_SIZE, &size) == 0 &&
		    size == snap->code_size[i];
	}
	for (i = 0; ok && i < rs->nsnap; i++) {
		nc = slots(&rs->rules[i], &snap->rules[i], v);
		ok = n + nc <= snap->ncodes;
		for (j = 0; ok && j < nc; j++)
			ok = *v[j] == NULL;
		n += nc;
	}
	if (!ok || n != snap->ncodes) {
		for (i = 0; i < snap->ncodes; i++)
			pcre2_code_free(codes[i]);
		free(codes);
		return -1;
	}
	for (i = 0, k = 0; i < rs->nsnap; i++) {
		nc = slots(&rs->rules[i], &snap->rules[i], v);
		for (j = 0; j < nc; j++)
			*v[j] = codes[k++];
	}
	free(codes);
	return 0;
}

/* Append s as a C string literal, or NULL; ? is escaped against
 * trigraphs. */
static void
put_cstr(struct fl_buf *b, const char *s, size_t n, int null)
{
	size_t i, col = 0;

	if (null && s == NULL) {
		fl_buf_puts(b, "NULL");
		return;
	}
	fl_buf_putc(b, '"');
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (col >= 72) {
			fl_buf_puts(b, "\"\n\t    \"");
			col = 0;
		}
		if (c == '\\' || c == '"' || c == '?') {
			fl_buf_putc(b, '\\');
			fl_buf_putc(b, c);
			col += 2;
		} else if (c >= 0x20 && c < 0x7f) {
			fl_buf_putc(b, c);
			col++;
		} else {
			/* Three octal digits: the next character cannot
			 * extend the escape. */
			fl_buf_printf(b, "\\%03o", c);
			col += 4;
		}
	}
	fl_buf_putc(b, '"');
}

static void
put_str(struct fl_buf *b, const char *s)
{
	put_cstr(b, s, s != NULL ? strlen(s) : 0, 1);
}

/* Append bytes as an 8-byte aligned array called name. */
static void
put_blob(struct fl_buf *b, const char *name, const void *p, size_t n)
{
	fl_buf_printf(b, "\nstatic _Alignas(8) const char %s[] =\n\t", name);
	put_cstr(b, p, n, 0);
	fl_buf_puts(b, ";\n");
}

int
fl_snapshot_write(const struct fl_ruleset *rs, struct fl_buf *out,
    struct fl_error *err)
{
	const pcre2_code **codes;
	struct fl_buf pf;
	uint8_t *bytes = NULL;
	PCRE2_SIZE nbytes = 0;
	size_t i, j, n = 0, *at;
	int32_t rc;

	memset(err, 0, sizeof(*err));
	if (rs->prefilter == NULL) {
		snprintf(err->msg, sizeof(err->msg), "no prefilter to save");
		return -1;
	}
	codes = fl_xmalloc((3 * rs->nrules + 1) * sizeof(*codes));
	fl_buf_puts(out, "/* Generated by tools/mksnap.c from the rule files "
	    "(src/snapshot.c): do not\n * edit. */\n#include \"factlens.h\"\n"
	    "\nstatic const char *const files[] = {\n");
	for (i = 0; i < rs->nfiles; i++) {
		fl_buf_putc(out, '\t');
		put_str(out, rs->files[i]);
		fl_buf_puts(out, ",\n");
	}
	fl_buf_puts(out, "};\n\nstatic const struct fl_snap_rule rules[] = {\n");
	for (i = 0; i < rs->nrules; i++) {
		const struct fl_rule *r = &rs->rules[i];
		unsigned char req[4] = { 0, 0, 0, 0 };
		int file = 0, nreq;

		const char *str[] = { r->id, r->explain, r->pattern,
		    r->unless, r->open, r->close };
		static const char *const before[] = { "\t{ ", ",\n\t    ",
		    ",\n\t    ", ",\n\t    ", ", ", ", " };

		for (j = 0; j < rs->nfiles; j++)
			if (r->file == rs->files[j])
				file = (int)j;
		for (j = 0; j < 6; j++) {
			fl_buf_puts(out, before[j]);
			put_str(out, str[j]);
		}
		nreq = r->pattern != NULL ? fl_required_bytes(r->pattern, req,
		    (int)sizeof(req)) : 0;
		fl_buf_printf(out, ",\n\t    %d, %d, %d, %d, %d, %d, %d, %d, "
		    "%d, %d,\n\t    %d, { %d, %d, %d, %d } },\n",
		    (int)r->category, (int)r->scope, file, r->line, r->col,
		    r->pline, r->pcol, r->uline, r->ucol,
		    r->re_anchored != NULL, nreq, req[0], req[1], req[2],
		    req[3]);
		if (r->re != NULL)
			codes[n++] = r->re;
		if (r->unless_re != NULL)
			codes[n++] = r->unless_re;
		if (r->re_anchored != NULL)
			codes[n++] = r->re_anchored;
		if ((r->pattern != NULL) != (r->re != NULL) ||
		    (r->unless != NULL) != (r->unless_re != NULL)) {
			snprintf(err->msg, sizeof(err->msg), "rule '%s' is "
			    "not compiled", r->id);
			free(codes);
			return -1;
		}
	}
	fl_buf_puts(out, "};\n");
	if (n > 0 && (rc = pcre2_serialize_encode(codes, (int32_t)n, &bytes,
	    &nbytes, NULL)) != (int32_t)n) {
		snprintf(err->msg, sizeof(err->msg), "pcre2_serialize_encode: "
		    "error %d", (int)rc);
		free(codes);
		return -1;
	}
	fl_buf_puts(out, "\nstatic const size_t code_size[] = {");
	for (i = 0; i < n; i++) {
		size_t size = 0;

		pcre2_pattern_info(codes[i], PCRE2_INFO_SIZE, &size);
		fl_buf_printf(out, "%s%zu,", i % 8 ? " " : "\n\t", size);
	}
	fl_buf_puts(out, n ? "\n};\n" : " 0 };\n");
	put_blob(out, "codes", bytes, n ? nbytes : 0);
	if (n == 0)
		nbytes = 0;
	pcre2_serialize_free(bytes);
	free(codes);
	/* The rules' literal sets, for a prefilter with rules added. */
	at = fl_xmalloc((rs->nrules + 1) * sizeof(*at));
	fl_buf_init(&pf);
	fl_prefilter_literals_save(rs, &pf, at);
	put_blob(out, "literals", pf.ptr, pf.len);
	fl_buf_puts(out, "\nstatic const size_t lit_at[] = {");
	for (i = 0; i <= rs->nrules; i++)
		fl_buf_printf(out, "%s%zu,", i % 8 ? " " : "\n\t", at[i]);
	fl_buf_puts(out, "\n};\n");
	free(at);
	fl_buf_release(&pf);
	fl_buf_init(&pf);
	fl_prefilter_save(rs->prefilter, &pf);
	put_blob(out, "prefilter", pf.ptr, pf.len);
	fl_buf_printf(out, "\nconst struct fl_snapshot fl_builtin_snapshot = {\n"
	    "\t%zu, rules, %zu, files,\n"
	    "\t(const unsigned char *)codes, %zu, %zu, code_size,\n"
	    "\t(const unsigned char *)prefilter, %zu,\n"
	    "\t(const unsigned char *)literals, lit_at\n};\n",
	    rs->nrules, rs->nfiles, (size_t)nbytes, n, pf.len);
	fl_buf_release(&pf);
	return 0;
}
