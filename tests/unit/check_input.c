/*
 * check_input.c: fl_reader over pipes and temporary files: paragraphs end
 * after their blank lines, nothing is lost or changed whatever the chunk
 * and limit sizes, and positions are right.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"

struct paras {
	size_t n;
	char *text[4096];
	size_t len[4096], offset[4096];
	long line[4096], col[4096];
	struct fl_buf all;	/* the paragraphs concatenated */
	struct fl_buf sents;	/* "offset line:col [text]" per sentence */
	int error;
};

static int
pipe_fd(const char *data, size_t n)
{
	int p[2];

	ck_assert(n < 60000);	/* fits in the pipe buffer */
	ck_assert_int_eq(pipe(p), 0);
	ck_assert_int_eq(write(p[1], data, n), (ssize_t)n);
	close(p[1]);
	return p[0];
}

/* Read fd to the end; chunk and limit 0 keep the defaults. */
static void
read_fd(int fd, size_t chunk, size_t limit, struct paras *ps)
{
	struct fl_reader r;
	struct fl_para p;

	struct fl_sentences ss;
	size_t i;

	memset(ps, 0, sizeof(*ps));
	fl_buf_init(&ps->all);
	fl_buf_init(&ps->sents);
	fl_sentences_init(&ss);
	fl_reader_init(&r, fd, limit ? limit : 1024 * 1024);
	if (chunk)
		r.chunk = chunk;
	if (limit)
		r.limit = limit;
	while (fl_reader_next(&r, &p) == 1) {
		ck_assert_uint_gt(p.len, 0);
		ck_assert_uint_lt(ps->n, 4096);
		ck_assert_uint_eq(p.offset, ps->all.len);
		ps->text[ps->n] = fl_xstrndup(p.text, p.len);
		ps->len[ps->n] = p.len;
		ps->offset[ps->n] = p.offset;
		ps->line[ps->n] = p.line;
		ps->col[ps->n] = p.col;
		ps->n++;
		fl_buf_put(&ps->all, p.text, p.len);
		fl_segment(&p, &ss);
		for (i = 0; i < ss.n; i++)
			fl_buf_printf(&ps->sents, "%zu %ld:%ld [%.*s]\n",
			    p.offset + ss.v[i].start, ss.v[i].line,
			    ss.v[i].col, (int)(ss.v[i].end - ss.v[i].start),
			    p.text + ss.v[i].start);
	}
	fl_sentences_release(&ss);
	ps->error = r.error;
	fl_reader_release(&r);
	close(fd);
}

static void
paras_free(struct paras *ps)
{
	size_t i;

	for (i = 0; i < ps->n; i++)
		free(ps->text[i]);
	fl_buf_release(&ps->all);
	fl_buf_release(&ps->sents);
}

static void
assert_same(const struct paras *ps, const char *data, size_t n)
{
	size_t i;

	ck_assert_uint_eq(ps->all.len, n);
	for (i = 0; i < n; i++)
		if (ps->all.ptr[i] != data[i])
			ck_abort_msg("byte %zu differs", i);
}

#define PARAS "A one.\nA two.\n\nB one.\n \t\nC one.\r\n\r\n\r\nD one\nD two."

START_TEST(test_split_blank_lines)
{
	static const char *const want[] = { "A one.\nA two.\n\n",
	    "B one.\n \t\n", "C one.\r\n\r\n\r\n", "D one\nD two." };
	static const long line[] = { 1, 4, 6, 9 };
	struct paras ps;
	size_t i;

	read_fd(pipe_fd(PARAS, strlen(PARAS)), 0, 0, &ps);
	ck_assert_uint_eq(ps.n, 4);
	for (i = 0; i < 4; i++) {
		ck_assert_str_eq(ps.text[i], want[i]);
		ck_assert_int_eq(ps.line[i], line[i]);
		ck_assert_int_eq(ps.col[i], 1);
	}
	ck_assert_int_eq(ps.error, 0);
	paras_free(&ps);
}
END_TEST

START_TEST(test_small_chunks)
{
	/* Any chunk size: the same bytes, and the same sentences at the same
	 * offsets and positions.  (A run of blank lines that arrives in
	 * pieces may be handed on in pieces; that changes no sentence.) */
	static const size_t chunks[] = { 1, 2, 3, 5, 7, 13, 64 };
	struct paras ps, ref;
	size_t c;

	read_fd(temp_fd(PARAS, strlen(PARAS)), 0, 0, &ref);
	ck_assert_uint_eq(ref.n, 4);
	for (c = 0; c < sizeof(chunks) / sizeof(chunks[0]); c++) {
		read_fd(pipe_fd(PARAS, strlen(PARAS)), chunks[c], 0, &ps);
		assert_same(&ps, PARAS, strlen(PARAS));
		ck_assert_msg(strcmp(ps.sents.ptr, ref.sents.ptr) == 0,
		    "chunk %zu: sentences\n%s\nwant\n%s", chunks[c],
		    ps.sents.ptr, ref.sents.ptr);
		paras_free(&ps);
	}
	paras_free(&ref);
}
END_TEST

START_TEST(test_lines_counted)
{
	const char *t = "One.\n\nTwo\nlines.\n\n\n\nThree.\n";
	struct paras ps;

	read_fd(temp_fd(t, strlen(t)), 0, 0, &ps);
	ck_assert_uint_eq(ps.n, 3);
	ck_assert_int_eq(ps.line[0], 1);
	ck_assert_int_eq(ps.line[1], 3);
	ck_assert_int_eq(ps.line[2], 8);
	ck_assert_uint_eq(ps.offset[2], strlen("One.\n\nTwo\nlines.\n\n\n\n"));
	paras_free(&ps);
}
END_TEST

START_TEST(test_empty_input)
{
	struct paras ps;

	read_fd(pipe_fd("", 0), 0, 0, &ps);
	ck_assert_uint_eq(ps.n, 0);
	paras_free(&ps);
	read_fd(pipe_fd("\n\n  \n", 5), 1, 0, &ps);
	assert_same(&ps, "\n\n  \n", 5);
	paras_free(&ps);
}
END_TEST

START_TEST(test_nul_and_invalid_utf8)
{
	static const char t[] = "Bad \xff\xfe\xc3 bytes\0 and NUL.\n\n\0\0\n"
	    "\xe2\x82 cut.\n\n\xed\xa0\x80 surrogate.";
	size_t n = sizeof(t) - 1, c;
	struct paras ps;

	for (c = 1; c <= 8; c++) {
		read_fd(pipe_fd(t, n), c, 0, &ps);
		assert_same(&ps, t, n);
		ck_assert_uint_ge(ps.n, 3);
		paras_free(&ps);
	}
}
END_TEST

static char *
long_text(size_t n, const char *unit)
{
	char *t = fl_xmalloc(n + 1);
	size_t i = 0, k = strlen(unit);

	while (i < n) {
		size_t m = n - i < k ? n - i : k;

		memcpy(t + i, unit, m);
		i += m;
	}
	t[n] = '\0';
	return t;
}

START_TEST(test_long_para_cut_at_sentence)
{
	size_t n = 50000, i;
	char *t = long_text(n, "The harbour board met again on Monday. ");
	struct paras ps;

	read_fd(temp_fd(t, n), 1000, 4096, &ps);
	assert_same(&ps, t, n);
	ck_assert_uint_ge(ps.n, 12);
	for (i = 0; i < ps.n; i++) {
		size_t e = ps.len[i];

		ck_assert_uint_le(e, 4096);
		if (i + 1 == ps.n)
			break;
		while (e > 0 && ps.text[i][e - 1] == ' ')
			e--;
		ck_assert_msg(e > 0 && ps.text[i][e - 1] == '.', "piece %zu "
		    "does not end at a sentence end: ...%s", i,
		    ps.text[i] + (e > 20 ? e - 20 : 0));
		ck_assert_int_eq(ps.text[i + 1][0], 'T');
	}
	paras_free(&ps);
	free(t);
}
END_TEST

START_TEST(test_long_para_no_sentence_end)
{
	size_t n = 30000, i;
	char *t = long_text(n, "word and another word ");
	struct paras ps;

	read_fd(temp_fd(t, n), 777, 4096, &ps);
	assert_same(&ps, t, n);
	ck_assert_uint_ge(ps.n, 8);
	for (i = 0; i + 1 < ps.n; i++)
		ck_assert_int_eq(ps.text[i][ps.len[i] - 1], ' ');
	paras_free(&ps);
	free(t);
}
END_TEST

START_TEST(test_long_para_no_space)
{
	size_t n = 30001, i;
	char *t = long_text(n, "\xc3\xa9\xe2\x80\x94x");	/* é—x */
	struct paras ps;

	read_fd(temp_fd(t, n), 4096, 4096, &ps);
	assert_same(&ps, t, n);
	ck_assert_uint_ge(ps.n, 8);
	for (i = 1; i < ps.n; i++)
		ck_assert_msg(((unsigned char)ps.text[i][0] & 0xC0) != 0x80,
		    "piece %zu starts inside a character", i);
	paras_free(&ps);
	free(t);
}
END_TEST

START_TEST(test_long_para_many_sizes)
{
	/* Mixed paragraphs, some longer than the limit, read with awkward
	 * chunk sizes: always the same bytes back. */
	struct fl_buf b;
	struct paras ps;
	size_t i, c;
	static const size_t chunks[] = { 1, 100, 4095, 4097, 65536 };

	fl_buf_init(&b);
	for (i = 0; i < 400; i++) {
		fl_buf_printf(&b, "Sentence %zu of the text is here, with "
		    "words.%s", i, i % 37 == 0 ? "\n\n" : i % 5 ? " " : "\n");
		if (i % 91 == 0)
			fl_buf_puts(&b, " \r\n\t\n");
	}
	for (c = 0; c < sizeof(chunks) / sizeof(chunks[0]); c++) {
		read_fd(temp_fd(b.ptr, b.len), chunks[c], 4096, &ps);
		assert_same(&ps, b.ptr, b.len);
		ck_assert_msg(strstr(ps.sents.ptr, "[Sentence 399 of the text "
		    "is here, with words.]") != NULL, "chunk %zu", chunks[c]);
		for (i = 0; i < ps.n; i++)
			ck_assert_uint_le(ps.len[i], 4096);
		paras_free(&ps);
	}
	fl_buf_release(&b);
}
END_TEST

START_TEST(test_cut_para_line_col)
{
	/* A paragraph cut in the middle of a line: the next piece's line
	 * and col continue the count. */
	size_t n = 9000, i, line = 1, col = 1, k;
	char *t = long_text(n, "Board met.\nThe mayor spoke. ");
	struct paras ps;

	read_fd(temp_fd(t, n), 512, 4096, &ps);
	assert_same(&ps, t, n);
	ck_assert_uint_ge(ps.n, 2);
	k = 0;
	for (i = 0; i < ps.n; i++) {
		ck_assert_int_eq(ps.line[i], (long)line);
		ck_assert_int_eq(ps.col[i], (long)col);
		for (; k < ps.offset[i] + ps.len[i]; k++) {
			if (t[k] == '\n') {
				line++;
				col = 1;
			} else
				col++;
		}
	}
	paras_free(&ps);
	free(t);
}
END_TEST

START_TEST(test_read_error)
{
	struct paras ps;
	int fd = open(".", O_RDONLY);

	ck_assert_int_ge(fd, 0);
	read_fd(fd, 0, 0, &ps);
	ck_assert_uint_eq(ps.n, 0);
	ck_assert_int_eq(ps.error, EISDIR);
	paras_free(&ps);
}
END_TEST

static void
count_call(void *arg)
{
	(*(int *)arg)++;
}

START_TEST(test_before_read)
{
	/* The hook runs before every read, so output can be flushed before
	 * the reader blocks on a pipe. */
	struct fl_reader r;
	struct fl_para p;
	int calls = 0, paras = 0;

	fl_reader_init(&r, pipe_fd(PARAS, strlen(PARAS)), 0);
	r.chunk = 8;
	r.before_read = count_call;
	r.before_read_arg = &calls;
	while (fl_reader_next(&r, &p) == 1)
		paras++;
	ck_assert_int_ge(paras, 4);
	ck_assert_int_ge(calls, (int)(strlen(PARAS) / 8));
	close(r.fd);
	fl_reader_release(&r);
}
END_TEST

START_TEST(test_para_len)
{
	ck_assert_uint_eq(fl_para_len("A.\n\nB.", 6), 4);
	ck_assert_uint_eq(fl_para_len("A.", 2), 2);
	ck_assert_uint_eq(fl_para_len("A.\n  \n\t\nB", 9), 8);
	ck_assert_uint_eq(fl_para_len("A.\r\n\r\nB", 7), 6);
	ck_assert_uint_eq(fl_para_len("A.\nB.\n", 6), 6);
	ck_assert_uint_eq(fl_para_len("A.\n\n\n", 5), 5);
}
END_TEST

Suite *
input_suite(void)
{
	Suite *s = suite_create("input");
	TCase *tc;

	tc = tcase_create("paragraphs");
	tcase_add_test(tc, test_split_blank_lines);
	tcase_add_test(tc, test_small_chunks);
	tcase_add_test(tc, test_lines_counted);
	tcase_add_test(tc, test_empty_input);
	tcase_add_test(tc, test_nul_and_invalid_utf8);
	tcase_add_test(tc, test_para_len);
	tcase_add_test(tc, test_read_error);
	tcase_add_test(tc, test_before_read);
	suite_add_tcase(s, tc);
	tc = tcase_create("limit");
	tcase_add_test(tc, test_long_para_cut_at_sentence);
	tcase_add_test(tc, test_long_para_no_sentence_end);
	tcase_add_test(tc, test_long_para_no_space);
	tcase_add_test(tc, test_long_para_many_sizes);
	tcase_add_test(tc, test_cut_para_line_col);
	suite_add_tcase(s, tc);
	return s;
}
