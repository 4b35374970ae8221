/*
 * check_render.c: the json, tsv and text formats on small inputs with a
 * rule set written here, the shared escaping, and the text format's
 * promise: removing the markers gives the input back byte for byte.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"

static const char rules[] =
    "category: hedge\nrules:\n"
    "  - id: h.may\n"
    "    explain: Modal.\n"
    "    words: [may]\n"
    "    examples: {match: [\"It may rain.\"]}\n";
static const char rules2[] =
    "category: attribution\nrules:\n"
    "  - id: a.said\n"
    "    explain: Officials said.\n"
    "    words: [officials said]\n"
    "    scope: after\n"
    "    examples: {match: [\"Officials said so.\"]}\n";
static const char rules3[] =
    "category: booster\nrules:\n"
    "  - id: b.may-resume\n"
    "    explain: Overlapping booster, for nesting.\n"
    "    words: [may resume]\n"
    "    examples: {match: [\"It may resume.\"]}\n"
    "  - id: b.talks-may\n"
    "    explain: Overlapping booster, for crossing.\n"
    "    words: [talks may]\n"
    "    examples: {match: [\"The talks may.\"]}\n";

static struct fl_ruleset *rs;

static void
setup(void)
{
	struct fl_error err;
	const char *f[] = { rules, rules2 };
	size_t i;

	rs = fl_xmalloc(sizeof(*rs));
	fl_ruleset_init(rs);
	for (i = 0; i < 2; i++)
		if (fl_rules_load_mem(rs, "r.yml", f[i], strlen(f[i]), &err)
		    < 0)
			ck_abort_msg("%s", err.msg);
	if (fl_rules_compile(rs, &err) < 0)
		ck_abort_msg("%s", err.msg);
}

static void
teardown(void)
{
	rules_free(rs);
}

#define SMALL "The talks may resume.\n\nOfficials said so. Why?\n"

/* ---- json --------------------------------------------------------------- */

START_TEST(test_json_objects)
{
	char *out = annotate(rs, "json", 0, SMALL, strlen(SMALL), NULL);

	ck_assert_str_eq(out,
	    "{\"type\":\"sentence\",\"doc\":\"-\",\"index\":0,\"start\":0,"
	    "\"end\":21,\"line\":1,\"col\":1,\"label\":\"speculation\","
	    "\"text\":\"The talks may resume.\",\"cues\":[{\"rule\":\"h.may\","
	    "\"category\":\"hedge\",\"start\":10,\"end\":13,\"text\":\"may\"}]}\n"
	    "{\"type\":\"sentence\",\"doc\":\"-\",\"index\":1,\"start\":23,"
	    "\"end\":41,\"line\":3,\"col\":1,\"label\":\"sourced\","
	    "\"text\":\"Officials said so.\",\"cues\":[{\"rule\":\"a.said\","
	    "\"category\":\"attribution\",\"start\":23,\"end\":37,"
	    "\"text\":\"Officials said\"}]}\n"
	    "{\"type\":\"sentence\",\"doc\":\"-\",\"index\":2,\"start\":42,"
	    "\"end\":46,\"line\":3,\"col\":20,\"label\":\"other\","
	    "\"text\":\"Why?\",\"cues\":[]}\n"
	    "{\"type\":\"summary\",\"doc\":\"-\",\"sentences\":3,\"labels\":"
	    "{\"sourced\":1,\"speculation\":1,\"opinion\":0,"
	    "\"claim\":0,\"other\":1}}\n");
	free(out);
}
END_TEST

START_TEST(test_json_only_counts_all)
{
	char *out = annotate(rs, "json", 1u << FL_LABEL_OTHER, SMALL,
	    strlen(SMALL), NULL);

	ck_assert_str_eq(out,
	    "{\"type\":\"sentence\",\"doc\":\"-\",\"index\":2,\"start\":42,"
	    "\"end\":46,\"line\":3,\"col\":20,\"label\":\"other\","
	    "\"text\":\"Why?\",\"cues\":[]}\n"
	    "{\"type\":\"summary\",\"doc\":\"-\",\"sentences\":3,\"labels\":"
	    "{\"sourced\":1,\"speculation\":1,\"opinion\":0,"
	    "\"claim\":0,\"other\":1}}\n");
	free(out);
}
END_TEST

START_TEST(test_json_empty)
{
	char *out = annotate(rs, "json", 0, "", 0, NULL);

	ck_assert_str_eq(out, "{\"type\":\"summary\",\"doc\":\"-\","
	    "\"sentences\":0,\"labels\":{\"sourced\":0,\"speculation\":0,"
	    "\"opinion\":0,\"claim\":0,\"other\":0}}\n");
	free(out);
}
END_TEST

static void
json_is(const char *in, size_t n, const char *want)
{
	struct fl_buf b;

	fl_buf_init(&b);
	fl_json_str(&b, in, n);
	ck_assert_msg(strcmp(b.ptr, want) == 0, "got %s, want %s", b.ptr,
	    want);
	fl_buf_release(&b);
}

START_TEST(test_json_escape)
{
	json_is("plain", 5, "\"plain\"");
	json_is("a\"b\\c", 5, "\"a\\\"b\\\\c\"");
	json_is("\n\t\r", 3, "\"\\n\\t\\r\"");
	json_is("\x01\x1f\x7f", 3, "\"\\u0001\\u001f\x7f\"");
	json_is("a\0b", 3, "\"a\\u0000b\"");
	json_is("/", 1, "\"/\"");
	json_is("\xe2\x80\x9c\xe2\x9f\xa6\xf0\x9f\x98\x80", 10,
	    "\"\xe2\x80\x9c\xe2\x9f\xa6\xf0\x9f\x98\x80\"");
}
END_TEST

/* Every byte, at every place of a plain ASCII text long enough for the
 * eight-byte steps: escaped exactly as it is alone. */
START_TEST(test_json_each_byte_each_place)
{
	const char *plain = "The ministry said: ok, fine~ {x} [y] #1";
	size_t len = strlen(plain), at;
	int c;

	for (c = 0; c < 256; c++)
		for (at = 0; at < len; at++) {
			char in[64];
			struct fl_buf one, whole;
			const char *q;

			memcpy(in, plain, len);
			in[at] = (char)c;
			fl_buf_init(&one);
			fl_json_str(&one, in + at, 1);
			/* The byte alone, without its quotes, between the
			 * plain text before and after it. */
			fl_buf_init(&whole);
			fl_buf_putc(&whole, '"');
			fl_buf_put(&whole, plain, at);
			fl_buf_put(&whole, one.ptr + 1, one.len - 2);
			fl_buf_put(&whole, plain + at + 1, len - at - 1);
			fl_buf_putc(&whole, '"');
			q = whole.ptr;
			json_is(in, len, q);
			fl_buf_release(&one);
			fl_buf_release(&whole);
		}
}
END_TEST

#define FFFD "\xef\xbf\xbd"

START_TEST(test_json_invalid_utf8)
{
	json_is("\xff", 1, "\"" FFFD "\"");
	json_is("a\x80\x80" "b", 4, "\"a" FFFD FFFD "b\"");
	json_is("\xe2\x82", 2, "\"" FFFD "\"");
	json_is("\xe2\x82" "A", 3, "\"" FFFD "A\"");
	json_is("\xf0\x9f\x98", 3, "\"" FFFD "\"");
	json_is("\xf0\x9f\x98 x", 5, "\"" FFFD " x\"");
	json_is("\xc0\xaf", 2, "\"" FFFD FFFD "\"");
	json_is("\xed\xa0\x80", 3, "\"" FFFD FFFD FFFD "\"");
	json_is("\xf4\x90\x80\x80", 4, "\"" FFFD FFFD FFFD FFFD "\"");
	json_is("\xf5\x80", 2, "\"" FFFD FFFD "\"");
	json_is("\xe0\x80\x80", 3, "\"" FFFD FFFD FFFD "\"");
	json_is(FFFD, 3, "\"" FFFD "\"");
	json_is("\xc3", 1, "\"" FFFD "\"");
	json_is("\xc3\"", 2, "\"" FFFD "\\\"\"");
}
END_TEST

/* A JSON string at p (after the opening quote) to bytes; only what
 * fl_json_str produces.  Returns the end (after the closing quote). */
static const char *
unjson(const char *p, struct fl_buf *b)
{
	while (*p && *p != '"') {
		if (*p != '\\') {
			fl_buf_putc(b, *p++);
			continue;
		}
		p++;
		switch (*p) {
		case 'n': fl_buf_putc(b, '\n'); break;
		case 't': fl_buf_putc(b, '\t'); break;
		case 'r': fl_buf_putc(b, '\r'); break;
		case 'u': {
			unsigned v = (unsigned)strtoul((char[5]){ p[1], p[2],
			    p[3], p[4], 0 }, NULL, 16);

			ck_assert_uint_lt(v, 0x80);
			fl_buf_putc(b, (int)v);
			p += 4;
			break;
		}
		default: fl_buf_putc(b, *p); break;
		}
		p++;
	}
	return *p ? p + 1 : p;
}

static size_t
field_num(const char *line, const char *key)
{
	const char *p = strstr(line, key);

	ck_assert_ptr_nonnull(p);
	return (size_t)strtoul(p + strlen(key), NULL, 10);
}

START_TEST(test_json_offsets_slice)
{
	static const char *const inputs[] = {
		SMALL,
		"Title\n\n  Mr. Voss may go.\tIt is \"quoted\\\" here.\r\n"
		    "\r\nLast \xe2\x80\x9c" "line\xe2\x80\x9d\x01 here",
		"- item one may\n- item two\n\n\n\nEnd.",
		NULL
	};
	size_t t;

	for (t = 0; inputs[t]; t++) {
		const char *in = inputs[t];
		char *out = annotate(rs, "json", 0, in, strlen(in), NULL);
		char *line = out, *nl;
		size_t count = 0;

		while ((nl = strchr(line, '\n')) != NULL) {
			*nl = '\0';
			if (strstr(line, "\"type\":\"sentence\"") != NULL) {
				size_t a = field_num(line, "\"start\":");
				size_t e = field_num(line, "\"end\":");
				struct fl_buf b;

				fl_buf_init(&b);
				unjson(strstr(line, "\"text\":\"") + 8, &b);
				ck_assert_uint_le(e, strlen(in));
				ck_assert_msg(b.len == e - a &&
				    memcmp(b.ptr, in + a, e - a) == 0,
				    "input %zu: [%zu,%zu) is not the text in "
				    "%s", t, a, e, line);
				fl_buf_release(&b);
				count++;
			}
			line = nl + 1;
		}
		ck_assert_uint_gt(count, 0);
		free(out);
	}
}
END_TEST

/* ---- tsv ---------------------------------------------------------------- */

START_TEST(test_tsv)
{
	char *out = annotate(rs, "tsv", 0, SMALL, strlen(SMALL), NULL);

	ck_assert_str_eq(out,
	    "speculation\t1\t1\th.may\tThe talks may resume.\n"
	    "sourced\t3\t1\ta.said\tOfficials said so.\n"
	    "other\t3\t20\t-\tWhy?\n");
	free(out);
}
END_TEST

START_TEST(test_tsv_folding)
{
	const char *in = "Officials said the talks\tmay resume after a long "
	    "pause in the spring and\r\nsummer. Nothing else.\n";
	char *out = annotate(rs, "tsv", 0, in, strlen(in), NULL);

	ck_assert_str_eq(out,
	    "sourced\t1\t1\ta.said,h.may\tOfficials said the talks may resume "
	    "after a long pause in the spring and  summer.\n"
	    "claim\t2\t9\t-\tNothing else.\n");
	free(out);
}
END_TEST

START_TEST(test_tsv_field)
{
	struct fl_buf b;

	fl_buf_init(&b);
	fl_tsv_field(&b, "a\tb\nc\r\nd", 8);
	ck_assert_str_eq(b.ptr, "a b c  d");
	fl_buf_release(&b);
}
END_TEST

/* ---- text --------------------------------------------------------------- */

#define LO "\xe2\x9f\xa6"
#define LC "\xe2\x9f\xa7"
#define CO "\xe2\x9f\xa8"
#define CC "\xe2\x9f\xa9"

START_TEST(test_text_markers)
{
	char *out = annotate(rs, "text", 0, SMALL, strlen(SMALL), NULL);

	ck_assert_str_eq(out,
	    LO "speculation" LC "The talks " CO "h.may:may" CC " resume.\n\n"
	    LO "sourced" LC CO "a.said:Officials said" CC " so. "
	    LO "other" LC "Why?\n");
	free(out);
}
END_TEST

/* A backslash or a marker character at every place of a sentence long
 * enough for put_escaped's eight-byte steps: escaped, and the markers
 * removed give the input back. */
START_TEST(test_text_escape_each_place)
{
	static const char *const specials[] = { "\\", "\xe2\x9f\xa6",
	    "\xe2\x9f\xa9", "\xe2\x80\x9c" };
	const char *plain = "The sky over the long grey harbour wall is blue.";
	size_t len = strlen(plain), at, k;

	for (k = 0; k < sizeof(specials) / sizeof(specials[0]); k++)
		for (at = 0; at + 1 < len; at++) {
			char in[128], *out, *back;
			size_t n, outlen, backlen;

			memcpy(in, plain, at);
			n = at;
			memcpy(in + n, specials[k], strlen(specials[k]));
			n += strlen(specials[k]);
			memcpy(in + n, plain + at, len - at);
			n += len - at;
			in[n++] = '\n';
			out = annotate(rs, "text", 0, in, n, &outlen);
			back = strip_markers(out, outlen, &backlen);
			ck_assert_msg(backlen == n && memcmp(back, in, n) == 0,
			    "special %zu at %zu: '%s'", k, at, out);
			free(back);
			free(out);
		}
}
END_TEST

START_TEST(test_text_only)
{
	char *out = annotate(rs, "text", (1u << FL_LABEL_SPECULATION) |
	    (1u << FL_LABEL_OTHER), SMALL, strlen(SMALL), NULL);

	ck_assert_str_eq(out,
	    LO "speculation" LC "The talks " CO "h.may:may" CC " resume.\n"
	    LO "other" LC "Why?\n");
	free(out);
}
END_TEST

START_TEST(test_text_nesting)
{
	struct fl_ruleset *r2 = rules_yaml(rules3);
	struct fl_error err;
	char *out;

	ck_assert_int_eq(fl_rules_load_mem(r2, "h.yml", rules, strlen(rules),
	    &err), 0);
	ck_assert_int_eq(fl_rules_compile(r2, &err), 0);
	out = annotate(r2, "text", 0, "Now talks may resume.", 21, NULL);
	/* Opening at the same offset: longer first; closing: closers
	 * before openers; "talks may" and "may resume" cross, so the first
	 * cue to end, which is not the last opened, closes by name: a plain
	 * closer always ends the cue opened last. */
	ck_assert_str_eq(out, LO "speculation" LC "Now " CO "b.talks-may:"
	    "talks " CO "b.may-resume:" CO "h.may:may" CC CO "/b.talks-may" CC
	    " resume" CC ".");
	free(out);
	rules_free(r2);
}
END_TEST

START_TEST(test_text_escaping)
{
	const char *in = "A \\ b " LO "x" LC " " CO "h.x:y" CC " c.\n";
	char *out = annotate(rs, "text", 0, in, strlen(in), NULL);

	ck_assert_str_eq(out, LO "claim" LC "A \\\\ b \\" LO "x\\" LC " \\" CO
	    "h.x:y\\" CC " c.\n");
	free(out);
}
END_TEST

static void
round_trip(const struct fl_ruleset *r, const char *in, size_t n,
    const char *what)
{
	size_t on, sn, i;
	char *out = annotate(r, "text", 0, in, n, &on);
	char *back = strip_markers(out, on, &sn);

	for (i = 0; i < n && i < sn; i++)
		if (back[i] != in[i])
			break;
	ck_assert_msg(sn == n && i == n, "%s: round trip differs at byte %zu "
	    "(%zu bytes back, %zu in)", what, i, sn, n);
	free(back);
	free(out);
}

static const char *const tricky[] = {
	SMALL,
	"",
	"\n\n\n",
	"No newline at the end, may",
	"Back\\slash at the end\\",
	"\\" CC " escaped closer and \\\\" CC " double.",
	CO "/h.may" CC " looks like a named closer, may " CO "/x" CC,
	LO "claim" LC "An input that looks annotated." CO "h.may:may" CC,
	"Half markers \xe2\x9f and \xe2 and \x9f\xa6 here may.",
	"Ends in half a marker \xe2\x9f",
	"Bad \xff\xfe bytes may \xc3 pass.\r\n\r\nCRLF may too.\r\n",
	"- list may\n* list\n1. list\n\xe2\x80\xa2 list may\n",
	"\xe2\x80\x9cQuoted, officials said, may.\xe2\x80\x9d Then.\n",
	"Tabs\tmay\tstay.\t\n \t \n  Spaces before.   \n",
	NULL
};

START_TEST(test_text_round_trip)
{
	size_t t;
	char what[32];

	for (t = 0; tricky[t]; t++) {
		snprintf(what, sizeof(what), "input %zu", t);
		round_trip(rs, tricky[t], strlen(tricky[t]), what);
		round_trip(builtin_rules(), tricky[t], strlen(tricky[t]),
		    what);
	}
	round_trip(rs, "NUL\0bytes may\0pass.", 19, "NUL");
}
END_TEST

START_TEST(test_text_round_trip_random)
{
	static const char *const atoms[] = { "may", " ", "\n", "\r\n", ".",
	    "?", "\\", LO, LC, CO, CC, "\xe2", "\x9f", "\xa6", "\xff", "\0",
	    "officials said", "Mr.", "\xe2\x80\x9c", "\xe2\x80\x9d", "\"",
	    "- ", "1. ", "A", "word", "\t", "h.may:", "claim" };
	size_t natoms = sizeof(atoms) / sizeof(atoms[0]), t, k, i;
	unsigned long seed = 12345;
	char buf[2048];
	char what[32];

	for (t = 0; t < 300; t++) {
		size_t n = 0, len;

		seed = seed * 6364136223846793005UL + 1442695040888963407UL;
		len = (seed >> 33) % 200;
		for (k = 0; k < len; k++) {
			const char *a;
			size_t al;

			seed = seed * 6364136223846793005UL +
			    1442695040888963407UL;
			i = (seed >> 33) % natoms;
			a = atoms[i];
			al = i == 15 ? 1 : strlen(a);
			if (n + al >= sizeof(buf))
				break;
			memcpy(buf + n, a, al);
			n += al;
		}
		snprintf(what, sizeof(what), "random %zu", t);
		round_trip(rs, buf, n, what);
		round_trip(builtin_rules(), buf, n, what);
	}
}
END_TEST

START_TEST(test_strip_helper)
{
	/* The helper itself, on the spec's examples. */
	const char *m = LO "speculation" LC "The minister " CO "hedge.modal:"
	    "may have" CC " hoped for more.";
	size_t n;
	char *s = strip_markers(m, strlen(m), &n);

	ck_assert_str_eq(s, "The minister may have hoped for more.");
	free(s);
	m = "\\\\ \\" CC " \\x";
	s = strip_markers(m, strlen(m), &n);
	ck_assert_str_eq(s, "\\ " CC " x");
	free(s);
	m = CO "q:" "\xe2\x80\x9cWe" CO "a:,\xe2\x80\x9d" CO "/q" CC " she said"
	    CC ". \\" CO "/q\\" CC;
	s = strip_markers(m, strlen(m), &n);
	ck_assert_str_eq(s, "\xe2\x80\x9cWe,\xe2\x80\x9d she said. " CO "/q" CC);
	free(s);
}
END_TEST

START_TEST(test_format_table)
{
	ck_assert_ptr_eq(fl_format_find("text"), &fl_fmt_text);
	ck_assert_ptr_eq(fl_format_find("json"), &fl_fmt_json);
	ck_assert_ptr_eq(fl_format_find("tsv"), &fl_fmt_tsv);
	ck_assert_ptr_null(fl_format_find("no-such-format"));
	ck_assert(fl_fmt_text.lossless);
	ck_assert(!fl_fmt_json.lossless);
}
END_TEST

/* ---- the pipeline over a file descriptor ------------------------------ */

struct sink {
	struct fl_buf all;
	int calls, fail_after;
};

static int
sink_flush(struct fl_buf *out, void *arg)
{
	struct sink *k = arg;

	k->calls++;
	if (k->fail_after && k->calls >= k->fail_after) {
		fl_buf_reset(out);
		return -1;
	}
	fl_buf_put(&k->all, out->ptr, out->len);
	fl_buf_reset(out);
	return 0;
}

static int
annotate_fd(const char *format, int fd, struct sink *k, int *rerr)
{
	struct fl_annotator a;
	struct fl_doc d;

	memset(&a, 0, sizeof(a));
	memset(&d, 0, sizeof(d));
	a.rs = rs;
	a.fmt = fl_format_find(format);
	a.flush = sink_flush;
	a.flush_arg = k;
	a.para_limit = 1024 * 1024;
	d.name = "-";
	return fl_annotate_fd(&a, fd, &d, rerr);
}

START_TEST(test_fd_matches_mem)
{
	static const char *const fmts[] = { "text", "json", "tsv" };
	struct fl_buf big;
	size_t i, f;

	fl_buf_init(&big);
	for (i = 0; i < 3000; i++)
		fl_buf_printf(&big, "Line %zu may be here.%s", i,
		    i % 7 == 0 ? "\n\n" : i % 3 ? " " : "\n");
	for (f = 0; f < 3; f++) {
		struct sink k;
		int rerr = -1, fd = temp_fd(big.ptr, big.len);
		char *mem = annotate(rs, fmts[f], 0, big.ptr, big.len, NULL);

		memset(&k, 0, sizeof(k));
		fl_buf_init(&k.all);
		ck_assert_int_eq(annotate_fd(fmts[f], fd, &k, &rerr), 0);
		ck_assert_int_eq(rerr, 0);
		ck_assert_msg(strcmp(k.all.ptr, mem) == 0, "%s: fd and memory "
		    "outputs differ", fmts[f]);
		ck_assert_int_ge(k.calls, 1);
		close(fd);
		free(mem);
		fl_buf_release(&k.all);
	}
	fl_buf_release(&big);
}
END_TEST

START_TEST(test_fd_flush_stops)
{
	struct sink k;
	struct fl_buf big;
	int rerr = 0, fd;
	size_t i;

	fl_buf_init(&big);
	for (i = 0; i < 20000; i++)
		fl_buf_puts(&big, "The pier may open.\n\n");
	fd = temp_fd(big.ptr, big.len);
	memset(&k, 0, sizeof(k));
	fl_buf_init(&k.all);
	k.fail_after = 1;
	ck_assert_int_eq(annotate_fd("json", fd, &k, &rerr), -2);
	ck_assert_int_eq(k.calls, 1);
	close(fd);
	fl_buf_release(&k.all);
	fl_buf_release(&big);
}
END_TEST

START_TEST(test_fd_read_error)
{
	struct sink k;
	int rerr = 0, fd = open(".", O_RDONLY);

	ck_assert_int_ge(fd, 0);
	memset(&k, 0, sizeof(k));
	fl_buf_init(&k.all);
	ck_assert_int_eq(annotate_fd("json", fd, &k, &rerr), -1);
	ck_assert_int_eq(rerr, EISDIR);
	/* What was read (nothing) is still summarised. */
	ck_assert_ptr_nonnull(strstr(k.all.ptr, "\"type\":\"summary\""));
	close(fd);
	fl_buf_release(&k.all);
}
END_TEST

Suite *
render_suite(void)
{
	Suite *s = suite_create("render");
	TCase *tc;

	tc = tcase_create("json");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_json_objects);
	tcase_add_test(tc, test_json_only_counts_all);
	tcase_add_test(tc, test_json_empty);
	tcase_add_test(tc, test_json_escape);
	tcase_add_test(tc, test_json_each_byte_each_place);
	tcase_add_test(tc, test_json_invalid_utf8);
	tcase_add_test(tc, test_json_offsets_slice);
	suite_add_tcase(s, tc);
	tc = tcase_create("tsv");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_tsv);
	tcase_add_test(tc, test_tsv_folding);
	tcase_add_test(tc, test_tsv_field);
	suite_add_tcase(s, tc);
	tc = tcase_create("text");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_text_markers);
	tcase_add_test(tc, test_text_escape_each_place);
	tcase_add_test(tc, test_text_only);
	tcase_add_test(tc, test_text_nesting);
	tcase_add_test(tc, test_text_escaping);
	tcase_add_test(tc, test_strip_helper);
	tcase_add_test(tc, test_text_round_trip);
	tcase_add_test(tc, test_text_round_trip_random);
	tcase_add_test(tc, test_format_table);
	suite_add_tcase(s, tc);
	tc = tcase_create("pipeline");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_fd_matches_mem);
	tcase_add_test(tc, test_fd_flush_stops);
	tcase_add_test(tc, test_fd_read_error);
	suite_add_tcase(s, tc);
	return s;
}
