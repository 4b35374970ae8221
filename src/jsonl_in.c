/*
 * jsonl_in.c: JSON Lines input.  A line reader that hands on one line at a
 * time with its number, in bounded memory (a line longer than --max-record
 * is skipped, not kept), and a decoder that turns a line into a record:
 * libjansson checks the JSON and decodes the text field; a small scanner
 * over the (then known to be valid) line finds the id as it was written,
 * so that 1.50 stays 1.50 and a string keeps its escapes, and the members
 * that -f records echoes.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "factlens.h"

#define CHUNK (64 * 1024)

void
fl_jsonl_opts_init(struct fl_jsonl_opts *o)
{
	o->text_field = "text";
	o->id_field = "id";
	o->record_field = "factlens";
	o->max_record = FL_MAX_RECORD;
	o->line_offset = 0;
}

/* --max-record: see factlens.h.  s is only read. */
int
fl_jsonl_size_parse(const char *s, size_t *n)
{
	char *end;
	unsigned long long v;
	int shift = 0;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (*end == 'K' || *end == 'k')
		shift = 10;
	else if (*end == 'M' || *end == 'm')
		shift = 20;
	else if (*end == 'G' || *end == 'g')
		shift = 30;
	if (shift)
		end++;
	if (errno || end == s || *end != '\0' || s[0] == '-' || v == 0 ||
	    v > ((unsigned long long)SIZE_MAX >> 1 >> shift))
		return -1;
	*n = (size_t)(v << shift);
	return 0;
}

/* Lines --------------------------------------------------------------- */

void
fl_lines_init(struct fl_lines *r, int fd, size_t max, long first_line)
{
	memset(r, 0, sizeof(*r));
	fl_buf_init(&r->buf);
	r->fd = fd;
	r->max = max;
	r->line = first_line;
}

void
fl_lines_release(struct fl_lines *r)
{
	fl_buf_release(&r->buf);
}

static int
blank(const char *t, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (t[i] != ' ' && t[i] != '\t' && t[i] != '\r')
			return 0;
	return 1;
}

/* Read more into r->buf, keeping the unread bytes.  Returns 0 at end of
 * input or after a read error. */
static int
fill(struct fl_lines *r)
{
	ssize_t got;

	if (r->pos > 0) {
		fl_buf_consume(&r->buf, r->pos);
		r->scan -= r->pos;
		r->pos = 0;
	}
	fl_buf_grow(&r->buf, CHUNK);
	if (r->before_read != NULL)
		r->before_read(r->before_read_arg);
	do
		got = read(r->fd, r->buf.ptr + r->buf.len, CHUNK);
	while (got < 0 && errno == EINTR);
	if (got <= 0) {
		if (got < 0)
			r->error = errno;
		r->eof = 1;
		return 0;
	}
	r->buf.len += (size_t)got;
	r->buf.ptr[r->buf.len] = '\0';
	return 1;
}

int
fl_lines_next(struct fl_lines *r, struct fl_jline *l)
{
	const char *t, *nl;
	size_t e, n;

	for (;;) {
		t = r->buf.ptr;
		nl = r->scan < r->buf.len ? memchr(t + r->scan, '\n',
		    r->buf.len - r->scan) : NULL;
		if (r->skipping) {
			/* The rest of a line too long to keep. */
			if (nl != NULL) {
				r->pos = r->scan = (size_t)(nl - t) + 1;
				r->skipping = 0;
			} else
				r->pos = r->scan = r->buf.len;
		} else if (nl != NULL || (r->eof && r->pos < r->buf.len)) {
			e = nl != NULL ? (size_t)(nl - t) : r->buf.len;
			l->text = t + r->pos;
			l->len = e - r->pos;
			l->line = ++r->line;
			l->too_long = 0;
			r->pos = r->scan = nl != NULL ? e + 1 : e;
			if (l->len > 0 && l->text[l->len - 1] == '\r')
				l->len--;
			if (l->line == 1 && l->len >= 3 &&
			    memcmp(l->text, "\xEF\xBB\xBF", 3) == 0) {
				l->text += 3;
				l->len -= 3;
			}
			if (l->len > r->max) {
				l->len = 0;
				l->too_long = 1;
				return 1;
			}
			if (!blank(l->text, l->len))
				return 1;
			continue;
		} else if ((n = r->buf.len - r->pos) > r->max + 4) {
			/* Too long already (4: room for a BOM and a CR):
			 * hand it on as such and drop its bytes. */
			l->text = t + r->pos;
			l->len = 0;
			l->line = ++r->line;
			l->too_long = 1;
			r->pos = r->scan = r->buf.len;
			r->skipping = 1;
			return 1;
		} else
			r->scan = r->buf.len;
		if (r->eof)
			return 0;
		fill(r);
	}
}

/* Records --------------------------------------------------------------- */

/* A dotted path split at its dots, as a NULL-terminated array. */
static char **
split_path(const char *s)
{
	size_t n = 1, k = 0;
	const char *p, *dot;
	char **v;

	for (p = s; *p; p++)
		n += *p == '.';
	v = fl_xmalloc((n + 1) * sizeof(*v));
	for (p = s;; p = dot + 1) {
		dot = strchr(p, '.');
		v[k++] = fl_xstrndup(p, dot ? (size_t)(dot - p) : strlen(p));
		if (dot == NULL)
			break;
	}
	v[k] = NULL;
	return v;
}

static void
free_path(char **v)
{
	size_t i;

	for (i = 0; v != NULL && v[i] != NULL; i++)
		free(v[i]);
	free(v);
}

struct paths {
	char **text, **id;
};

void
fl_jsonl_init(struct fl_jsonl *j, const struct fl_jsonl_opts *o)
{
	struct paths *p = fl_xmalloc(sizeof(*p));

	memset(j, 0, sizeof(*j));
	j->opts = o;
	fl_buf_init(&j->head);
	p->text = split_path(o->text_field);
	p->id = split_path(o->id_field);
	j->paths = p;
}

void
fl_jsonl_release(struct fl_jsonl *j)
{
	struct paths *p = j->paths;

	if (j->root != NULL)
		json_decref(j->root);
	free_path(p->text);
	free_path(p->id);
	free(p);
	fl_buf_release(&j->head);
	memset(j, 0, sizeof(*j));
}

/* The value at a dotted path, or NULL. */
static json_t *
lookup(json_t *o, char **path)
{
	for (; *path != NULL; path++) {
		if (!json_is_object(o))
			return NULL;
		if ((o = json_object_get(o, *path)) == NULL)
			return NULL;
	}
	return o;
}

static const char *
kind(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT: return "an object";
	case JSON_ARRAY: return "an array";
	case JSON_STRING: return "a string";
	case JSON_INTEGER:
	case JSON_REAL: return "a number";
	case JSON_TRUE: return "true";
	case JSON_FALSE: return "false";
	default: return "null";
	}
}

/*
 * The scanner.  It only ever runs over a line that jansson has accepted,
 * so it needs no error handling: it finds where things end.
 */
static size_t
skip_ws(const char *t, size_t i, size_t n)
{
	while (i < n && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' ||
	    t[i] == '\r'))
		i++;
	return i;
}

/* t[i] is '"': the offset after the closing quote. */
static size_t
str_end(const char *t, size_t i, size_t n)
{
	const char *q;
	size_t k, b;

	for (i++; i < n && (q = memchr(t + i, '"', n - i)) != NULL; i = k + 1) {
		k = (size_t)(q - t);
		for (b = k; b > i && t[b - 1] == '\\'; b--)
			;
		if ((k - b) % 2 == 0)
			return k + 1;
	}
	return n;
}

/* The offset after the value that starts at t[i]. */
static size_t
value_end(const char *t, size_t i, size_t n)
{
	int depth = 0;

	if (i < n && t[i] == '"')
		return str_end(t, i, n);
	if (i < n && t[i] != '{' && t[i] != '[') {
		while (i < n && t[i] != ',' && t[i] != '}' && t[i] != ']' &&
		    t[i] != ' ' && t[i] != '\t' && t[i] != '\r' &&
		    t[i] != '\n')
			i++;
		return i;
	}
	for (; i < n; i++) {
		if (t[i] == '"')
			i = str_end(t, i, n) - 1;
		else if (t[i] == '{' || t[i] == '[')
			depth++;
		else if ((t[i] == '}' || t[i] == ']') && --depth == 0)
			return i + 1;
	}
	return n;
}

/* A member of an object: its key with the quotes, its value. */
struct member {
	size_t ks, ke, vs, ve;
};

/* The member at *i (just inside the braces or after a comma); 0 when the
 * object ends there.  *i moves past the member and its comma. */
static int
next_member(const char *t, size_t n, size_t *i, struct member *m)
{
	size_t k = skip_ws(t, *i, n);

	if (k >= n || t[k] != '"')
		return 0;
	m->ks = k;
	m->ke = str_end(t, k, n);
	k = skip_ws(t, m->ke, n) + 1;		/* the colon */
	m->vs = skip_ws(t, k, n);
	m->ve = value_end(t, m->vs, n);
	k = skip_ws(t, m->ve, n);
	if (k < n && t[k] == ',')
		k++;
	*i = k;
	return 1;
}

/* Does the member's key, decoded, equal key? */
static int
key_is(const char *t, const struct member *m, const char *key)
{
	const char *k = t + m->ks + 1;
	size_t n = m->ke - m->ks - 2, kn = strlen(key);
	json_t *s;
	int eq;

	if (memchr(k, '\\', n) == NULL)
		return n == kn && memcmp(k, key, n) == 0;
	/* Escapes: let jansson decode the key. */
	s = json_loadb(t + m->ks, m->ke - m->ks, JSON_DECODE_ANY |
	    JSON_ALLOW_NUL, NULL);
	eq = s != NULL && json_is_string(s) && json_string_length(s) == kn &&
	    memcmp(json_string_value(s), key, kn) == 0;
	json_decref(s);
	return eq;
}

/* Where the value at path is written in t[0, n): the last member of each
 * name wins, as in jansson.  Returns 0 if there is none. */
static int
raw_find(const char *t, size_t n, char **path, size_t *vs, size_t *ve)
{
	size_t i = skip_ws(t, 0, n);
	struct member m;
	int found;

	for (; *path != NULL; path++) {
		if (i >= n || t[i] != '{')
			return 0;
		i++;
		found = 0;
		while (next_member(t, n, &i, &m))
			if (key_is(t, &m, *path)) {
				*vs = m.vs;
				*ve = m.ve;
				found = 1;
			}
		if (!found)
			return 0;
		i = *vs;
	}
	return 1;
}

/* What -f records echoes: the object without its closing brace (nor the
 * white space before it), and without any member named as the field it
 * adds, so that the output has no key twice. */
static void
make_head(struct fl_jsonl *j, const char *t, size_t n, struct fl_record *rec)
{
	const char *field = j->opts->record_field;
	size_t start = skip_ws(t, 0, n), end = n, seg, i;
	struct member m;
	int first = 1;

	if (json_object_get(j->root, field) == NULL) {
		/* Nothing to drop: the line itself, trimmed. */
		while (end > start && t[end - 1] != '}')
			end--;
		end = end > start ? end - 1 : end;
		while (end > start + 1 && (t[end - 1] == ' ' ||
		    t[end - 1] == '\t' || t[end - 1] == '\r' ||
		    t[end - 1] == '\n'))
			end--;
		rec->head = t + start;
		rec->headlen = end - start;
		rec->members = json_object_size(j->root) > 0;
		return;
	}
	fl_buf_reset(&j->head);
	fl_buf_putc(&j->head, '{');
	seg = i = start + 1;
	while (next_member(t, n, &i, &m)) {
		if (!key_is(t, &m, field)) {
			if (!first)
				fl_buf_putc(&j->head, ',');
			fl_buf_put(&j->head, t + seg, m.ve - seg);
			first = 0;
		}
		seg = i;
	}
	rec->head = j->head.ptr;
	rec->headlen = j->head.len;
	rec->members = !first;
}

static int
bad(struct fl_jsonl *j, struct fl_record *rec, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int
bad(struct fl_jsonl *j, struct fl_record *rec, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(j->msg, sizeof(j->msg), fmt, ap);
	va_end(ap);
	rec->error = j->msg;
	return -1;
}

int
fl_jsonl_decode(struct fl_jsonl *j, const struct fl_jline *l,
    struct fl_record *rec, const char **text, size_t *len)
{
	const struct fl_jsonl_opts *o = j->opts;
	struct paths *p = j->paths;
	json_error_t e;
	json_t *root, *v;
	size_t vs = 0, ve = 0;

	memset(rec, 0, sizeof(*rec));
	rec->line = l->line;
	rec->field = o->record_field;
	rec->head = "{";
	rec->headlen = 1;
	snprintf(j->idnum, sizeof(j->idnum), "%ld", l->line);
	rec->id = rec->idtext = j->idnum;
	rec->idlen = rec->idtextlen = strlen(j->idnum);
	*text = NULL;
	*len = 0;
	if (j->root != NULL) {
		json_decref(j->root);
		j->root = NULL;
	}
	if (l->too_long)
		return bad(j, rec, "longer than --max-record (%zu bytes)",
		    o->max_record);
	/* Integers as reals: any integer is valid JSON, and the id is
	 * echoed as written anyway. */
	root = json_loadb(l->text, l->len, JSON_DECODE_ANY | JSON_ALLOW_NUL |
	    JSON_DECODE_INT_AS_REAL, &e);
	if (root == NULL) {
		if (json_error_code(&e) == json_error_invalid_utf8)
			return bad(j, rec, "invalid UTF-8 at byte %d",
			    e.position);
		return bad(j, rec, "invalid JSON at byte %d: %s", e.position,
		    e.text);
	}
	j->root = root;
	if (!json_is_object(root))
		return bad(j, rec, "not a JSON object but %s", kind(root));
	make_head(j, l->text, l->len, rec);
	if ((v = lookup(root, p->id)) != NULL) {
		if (json_is_object(v) || json_is_array(v))
			return bad(j, rec, "id field '%s' is %s, not a scalar",
			    o->id_field, kind(v));
		if (raw_find(l->text, l->len, p->id, &vs, &ve)) {
			rec->id = l->text + vs;
			rec->idlen = ve - vs;
		}
		if (json_is_string(v)) {
			rec->idtext = json_string_value(v);
			rec->idtextlen = json_string_length(v);
		} else {
			rec->idtext = rec->id;
			rec->idtextlen = rec->idlen;
		}
	}
	if ((v = lookup(root, p->text)) == NULL)
		return bad(j, rec, "no text field '%s'", o->text_field);
	if (!json_is_string(v))
		return bad(j, rec, "text field '%s' is %s, not a string",
		    o->text_field, kind(v));
	*text = json_string_value(v);
	*len = json_string_length(v);
	return 0;
}
