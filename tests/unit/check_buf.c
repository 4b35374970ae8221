/*
 * check_buf.c: fl_buf (put, printf, consume, NUL-termination) and the
 * label/category names.
 */
#include <stdlib.h>
#include <string.h>

#include "common.h"

START_TEST(test_init_empty)
{
	struct fl_buf b;

	fl_buf_init(&b);
	ck_assert_ptr_nonnull(b.ptr);
	ck_assert_uint_eq(b.len, 0);
	ck_assert_str_eq(b.ptr, "");
	fl_buf_release(&b);
	ck_assert_ptr_nonnull(b.ptr);
	ck_assert_str_eq(b.ptr, "");
}
END_TEST

START_TEST(test_put)
{
	struct fl_buf b;

	fl_buf_init(&b);
	fl_buf_put(&b, "abc", 3);
	fl_buf_put(&b, "xyz", 0);
	fl_buf_puts(&b, "def");
	fl_buf_putc(&b, 'g');
	ck_assert_uint_eq(b.len, 7);
	ck_assert_str_eq(b.ptr, "abcdefg");
	ck_assert_int_eq(b.ptr[b.len], '\0');
	fl_buf_release(&b);
}
END_TEST

START_TEST(test_put_nul_bytes)
{
	struct fl_buf b;

	fl_buf_init(&b);
	fl_buf_put(&b, "a\0b", 3);
	fl_buf_putc(&b, '\0');
	ck_assert_uint_eq(b.len, 4);
	ck_assert_int_eq(memcmp(b.ptr, "a\0b\0", 5), 0);
	fl_buf_release(&b);
}
END_TEST

START_TEST(test_grow_large)
{
	struct fl_buf b;
	size_t i;

	fl_buf_init(&b);
	for (i = 0; i < 100000; i++)
		fl_buf_putc(&b, 'a' + (int)(i % 26));
	ck_assert_uint_eq(b.len, 100000);
	ck_assert_uint_ge(b.cap, b.len + 1);
	ck_assert_int_eq(b.ptr[b.len], '\0');
	for (i = 0; i < 100000; i++)
		ck_assert_int_eq(b.ptr[i], 'a' + (int)(i % 26));
	fl_buf_release(&b);
	ck_assert_uint_eq(b.len, 0);
}
END_TEST

START_TEST(test_printf)
{
	struct fl_buf b;
	char big[3000];

	fl_buf_init(&b);
	fl_buf_printf(&b, "%d-%s-%zu", 42, "x", (size_t)7);
	ck_assert_str_eq(b.ptr, "42-x-7");
	ck_assert_uint_eq(b.len, 6);
	fl_buf_printf(&b, "%s", "");
	ck_assert_uint_eq(b.len, 6);
	memset(big, 'q', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	fl_buf_printf(&b, "<%s>", big);
	ck_assert_uint_eq(b.len, 6 + 2 + sizeof(big) - 1);
	ck_assert_int_eq(b.ptr[6], '<');
	ck_assert_int_eq(b.ptr[b.len - 1], '>');
	ck_assert_int_eq(b.ptr[b.len], '\0');
	fl_buf_release(&b);
}
END_TEST

START_TEST(test_consume)
{
	struct fl_buf b;

	fl_buf_init(&b);
	fl_buf_puts(&b, "hello world");
	fl_buf_consume(&b, 6);
	ck_assert_str_eq(b.ptr, "world");
	ck_assert_uint_eq(b.len, 5);
	fl_buf_consume(&b, 0);
	ck_assert_str_eq(b.ptr, "world");
	fl_buf_consume(&b, 5);
	ck_assert_str_eq(b.ptr, "");
	ck_assert_uint_eq(b.len, 0);
	fl_buf_puts(&b, "again");
	fl_buf_consume(&b, 99);
	ck_assert_uint_eq(b.len, 0);
	ck_assert_str_eq(b.ptr, "");
	fl_buf_release(&b);
}
END_TEST

START_TEST(test_reset_reuse)
{
	struct fl_buf b;

	fl_buf_init(&b);
	fl_buf_reset(&b);
	ck_assert_str_eq(b.ptr, "");
	fl_buf_puts(&b, "first");
	fl_buf_reset(&b);
	ck_assert_uint_eq(b.len, 0);
	ck_assert_str_eq(b.ptr, "");
	fl_buf_puts(&b, "second");
	ck_assert_str_eq(b.ptr, "second");
	fl_buf_release(&b);
}
END_TEST

START_TEST(test_names)
{
	ck_assert_str_eq(fl_label_name(FL_LABEL_SOURCED), "sourced");
	ck_assert_str_eq(fl_label_name(FL_LABEL_SPECULATION), "speculation");
	ck_assert_str_eq(fl_label_name(FL_LABEL_CLAIM), "claim");
	ck_assert_str_eq(fl_label_name(FL_LABEL_OTHER), "other");
	ck_assert_int_eq(fl_label_parse("claim", 5), FL_LABEL_CLAIM);
	ck_assert_int_eq(fl_label_parse("claims", 6), -1);
	ck_assert_int_eq(fl_label_parse("clai", 4), -1);
	ck_assert_str_eq(fl_category_name(FL_CAT_VAGUE), "vague-source");
	ck_assert_int_eq(fl_category_parse("vague-source", 12), FL_CAT_VAGUE);
	ck_assert_int_eq(fl_category_parse("imperative", 10),
	    FL_CAT_IMPERATIVE);
	ck_assert_int_eq(fl_category_parse("vague", 5), -1);
}
END_TEST

START_TEST(test_xstrndup)
{
	char *p = fl_xstrndup("abcdef", 3);

	ck_assert_str_eq(p, "abc");
	free(p);
	p = fl_xstrdup("");
	ck_assert_str_eq(p, "");
	free(p);
}
END_TEST

Suite *
buf_suite(void)
{
	Suite *s = suite_create("buf");
	TCase *tc;

	tc = tcase_create("buffer");
	tcase_add_test(tc, test_init_empty);
	tcase_add_test(tc, test_put);
	tcase_add_test(tc, test_put_nul_bytes);
	tcase_add_test(tc, test_grow_large);
	tcase_add_test(tc, test_printf);
	tcase_add_test(tc, test_consume);
	tcase_add_test(tc, test_reset_reuse);
	suite_add_tcase(s, tc);
	tc = tcase_create("names");
	tcase_add_test(tc, test_names);
	tcase_add_test(tc, test_xstrndup);
	suite_add_tcase(s, tc);
	return s;
}
