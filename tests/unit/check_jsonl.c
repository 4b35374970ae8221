/*
 * check_jsonl.c: JSON Lines input.  The line reader (line ends, byte order
 * mark, blank lines, lines too long to keep, across read boundaries) and
 * the decoder (ids as written, dotted paths, the head -f records echoes,
 * and why a bad line is bad).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"

/* Every line of data as "LINE:TEXT" (or "LINE:too long"), one a line. */
static char *
lines_of(const char *data, size_t n, size_t max, long first)
{
	struct fl_lines r;
	struct fl_jline l;
	struct fl_buf out;
	char *s;
	int fd = temp_fd(data, n);

	fl_buf_init(&out);
	fl_lines_init(&r, fd, max, first);
	while (fl_lines_next(&r, &l) == 1) {
		fl_buf_printf(&out, "%ld:", l.line);
		if (l.too_long)
			fl_buf_puts(&out, "too long");
		else
			fl_buf_put(&out, l.text, l.len);
		fl_buf_putc(&out, '\n');
	}
	ck_assert_int_eq(r.error, 0);
	fl_lines_release(&r);
	close(fd);
	s = fl_xstrdup(out.ptr);
	fl_buf_release(&out);
	return s;
}

#define LINES(data, max, first, want) do { \
		char *got_ = lines_of((data), sizeof(data) - 1, (max), \
		    (first)); \
		ck_assert_str_eq(got_, (want)); \
		free(got_); \
	} while (0)

START_TEST(test_line_ends)
{
	LINES("a\nb\r\nc", 100, 0, "1:a\n2:b\n3:c\n");
	LINES("a\r\r\n", 100, 0, "1:a\r\n");
	LINES("", 100, 0, "");
	LINES("\n\n", 100, 0, "");
}
END_TEST

START_TEST(test_blank_and_bom)
{
	LINES("\xEF\xBB\xBF{}\n \t\r\n\n{}\n", 100, 0, "1:{}\n4:{}\n");
	/* Only on line 1 of the input. */
	LINES("{}\n\xEF\xBB\xBF{}\n", 100, 0, "1:{}\n2:\xEF\xBB\xBF{}\n");
	LINES("\xEF\xBB\xBF{}\n", 100, 5, "6:\xEF\xBB\xBF{}\n");
	/* A BOM alone is a blank line. */
	LINES("\xEF\xBB\xBF\n{}", 100, 0, "2:{}\n");
}
END_TEST

START_TEST(test_too_long)
{
	LINES("12345\n123456\n1234567\n12\n", 6, 0,
	    "1:12345\n2:123456\n3:too long\n4:12\n");
	/* The CR of a CRLF does not count. */
	LINES("123456\r\n", 6, 0, "1:123456\n");
	/* At the end, without a line end. */
	LINES("1\n1234567", 6, 0, "1:1\n2:too long\n");
}
END_TEST

/* Lines longer than a read, kept and not, across read boundaries. */
START_TEST(test_long_lines)
{
	size_t big = 200 * 1024, n = 0, i;
	char *data = malloc(3 * big + 64), *got, want[64];

	ck_assert_ptr_nonnull(data);
	memset(data, 'x', big);
	n = big;
	data[n++] = '\n';
	memcpy(data + n, "{}\n", 3);
	n += 3;
	memset(data + n, 'y', 2 * big);
	n += 2 * big;
	data[n++] = '\n';
	memcpy(data + n, "{\"a\":1}\n", 8);
	n += 8;
	/* Kept: the first is exactly the limit. */
	got = lines_of(data, n, 2 * big, 0);
	ck_assert_uint_eq(strlen(got), 2 + big + 1 + 5 + 2 + 2 * big + 1 +
	    10);
	for (i = 0; i < big; i++)
		ck_assert_int_eq(got[2 + i], 'x');
	ck_assert_str_eq(got + strlen(got) - 10, "4:{\"a\":1}\n");
	free(got);
	/* Skipped. */
	got = lines_of(data, n, big - 1, 0);
	snprintf(want, sizeof(want), "1:too long\n2:{}\n3:too long\n"
	    "4:{\"a\":1}\n");
	ck_assert_str_eq(got, want);
	free(got);
	free(data);
}
END_TEST

/* Decode one line with the options given (NULL fields: the defaults). */
struct dec {
	struct fl_jsonl_opts o;
	struct fl_jsonl j;
	struct fl_record rec;
	const char *text;
	size_t len;
	int rc;
};

static void
decode(struct dec *d, const char *line, const char *text_field,
    const char *id_field)
{
	struct fl_jline l;

	fl_jsonl_opts_init(&d->o);
	if (text_field != NULL)
		d->o.text_field = text_field;
	if (id_field != NULL)
		d->o.id_field = id_field;
	fl_jsonl_init(&d->j, &d->o);
	l.text = line;
	l.len = strlen(line);
	l.line = 12;
	l.too_long = 0;
	d->rc = fl_jsonl_decode(&d->j, &l, &d->rec, &d->text, &d->len);
}

static void
dec_free(struct dec *d)
{
	fl_jsonl_release(&d->j);
}

static void
assert_id(const char *line, const char *id_field, const char *id,
    const char *idtext)
{
	struct dec d;

	decode(&d, line, NULL, id_field);
	ck_assert_int_eq(d.rc, 0);
	ck_assert_uint_eq(d.rec.idlen, strlen(id));
	ck_assert(memcmp(d.rec.id, id, d.rec.idlen) == 0);
	ck_assert_uint_eq(d.rec.idtextlen, strlen(idtext));
	ck_assert(memcmp(d.rec.idtext, idtext, d.rec.idtextlen) == 0);
	dec_free(&d);
}

START_TEST(test_ids)
{
	assert_id("{\"id\":7,\"text\":\"\"}", NULL, "7", "7");
	assert_id("{\"id\": -1.50e+2 ,\"text\":\"\"}", NULL, "-1.50e+2",
	    "-1.50e+2");
	assert_id("{\"id\":\"a\\\"b\\\\\",\"text\":\"\"}", NULL,
	    "\"a\\\"b\\\\\"", "a\"b\\");
	assert_id("{\"text\":\"\"}", NULL, "12", "12");
	assert_id("{\"id\":null,\"text\":\"\"}", NULL, "null", "null");
	/* The last member of a name wins; a nested id; an escaped key. */
	assert_id("{\"id\":1,\"text\":\"\",\"id\":2}", NULL, "2", "2");
	assert_id("{\"m\":{\"k\":{\"id\":[1]},\"k\":{\"id\":\"x\"}},"
	    "\"text\":\"\"}", "m.k.id", "\"x\"", "x");
	assert_id("{\"\\u0069d\":5,\"text\":\"\"}", NULL, "5", "5");
	/* A "}" or quote inside a string skipped by the scanner. */
	assert_id("{\"a\":\"}\\\"{\",\"b\":[{\"id\":0}],\"id\":true,"
	    "\"text\":\"\"}", NULL, "true", "true");
}
END_TEST

START_TEST(test_text)
{
	struct dec d;

	decode(&d, "{\"a\":{\"b\":\"x\\u0000\\ud83d\\ude00\"}}", "a.b", NULL);
	ck_assert_int_eq(d.rc, 0);
	ck_assert_uint_eq(d.len, 6);
	ck_assert(memcmp(d.text, "x\0\xF0\x9F\x98\x80", 6) == 0);
	dec_free(&d);
}
END_TEST

static void
assert_head(const char *line, const char *head, int members)
{
	struct dec d;

	decode(&d, line, NULL, NULL);
	ck_assert_uint_eq(d.rec.headlen, strlen(head));
	ck_assert(memcmp(d.rec.head, head, d.rec.headlen) == 0);
	ck_assert_int_eq(d.rec.members, members);
	dec_free(&d);
}

START_TEST(test_head)
{
	assert_head("{\"text\":\"x\"}", "{\"text\":\"x\"", 1);
	assert_head("  { \"text\" : \"x\" , \"n\" : 1 }  ",
	    "{ \"text\" : \"x\" , \"n\" : 1", 1);
	assert_head("{\"text\":\"x\"}\r", "{\"text\":\"x\"", 1);
	/* The member named as the added field goes, wherever it is. */
	assert_head("{\"factlens\":1,\"text\":\"x\"}", "{\"text\":\"x\"", 1);
	assert_head("{\"text\":\"x\", \"factlens\":{\"a\":[1]}, \"n\":2}",
	    "{\"text\":\"x\", \"n\":2", 1);
	assert_head("{\"text\":\"x\",\"f\\u0061ctlens\":1}", "{\"text\":\"x\"",
	    1);
	assert_head("{\"factlens\":1,\"factlens\":2}", "{", 0);
	assert_head("{}", "{", 0);
	assert_head("{ }", "{", 0);
}
END_TEST

static void
assert_bad(const char *line, const char *why)
{
	struct dec d;

	decode(&d, line, NULL, NULL);
	ck_assert_int_eq(d.rc, -1);
	ck_assert_ptr_nonnull(d.rec.error);
	ck_assert_str_eq(d.rec.error, why);
	ck_assert_int_eq(d.rec.line, 12);
	dec_free(&d);
}

START_TEST(test_bad)
{
	assert_bad("[]", "not a JSON object but an array");
	assert_bad("\"s\"", "not a JSON object but a string");
	assert_bad("{\"id\":1}", "no text field 'text'");
	assert_bad("{\"text\":false}", "text field 'text' is false, not a "
	    "string");
	assert_bad("{\"text\":\"\",\"id\":{}}", "id field 'id' is an object, "
	    "not a scalar");
	assert_bad("{\"text\":\"\xff\"}", "invalid UTF-8 at byte 9");
	assert_bad("{\"text\":", "invalid JSON at byte 8: unexpected token "
	    "near end of file");
}
END_TEST

Suite *
jsonl_suite(void)
{
	Suite *s = suite_create("jsonl");
	TCase *lines = tcase_create("lines");
	TCase *records = tcase_create("records");

	tcase_add_test(lines, test_line_ends);
	tcase_add_test(lines, test_blank_and_bom);
	tcase_add_test(lines, test_too_long);
	tcase_add_test(lines, test_long_lines);
	suite_add_tcase(s, lines);
	tcase_add_test(records, test_ids);
	tcase_add_test(records, test_text);
	tcase_add_test(records, test_head);
	tcase_add_test(records, test_bad);
	suite_add_tcase(s, records);
	return s;
}
