/*
 * fuzz_rules.c: libFuzzer harness for the rule loader and compiler on
 * arbitrary YAML.  When the rules load and compile, their examples are run
 * and one short text is annotated with them, so hostile patterns meet the
 * matcher too (with small PCRE2 limits, to keep each run fast).
 */
#include "harness.h"

static void
on_error(void *arg, const struct fl_error *err)
{
	(void)arg;
	(void)err;
}

static const char sample[] =
    "The ministry said the talks may resume. Some experts say the deal is "
    "dead.\n\"We may appeal,\" she said. Talk to your doctor.\n\n"
    "Is it true? \xff\xfe invalid \xc3 bytes aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\n";

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	struct fl_ruleset rs;
	struct fl_error err;
	size_t i, j;

	fl_ruleset_init(&rs);
	rs.match_limit = 10000;
	rs.depth_limit = 1000;
	rs.on_error = on_error;
	memset(&err, 0, sizeof(err));
	if (fl_rules_load_mem(&rs, "fuzz.yml", (const char *)data, size,
	    &err) == 0 && fl_rules_compile(&rs, &err) == 0) {
		struct fl_annotator a;
		struct fl_doc d;
		struct fl_buf out;

		for (i = 0; i < rs.nrules; i++) {
			const struct fl_rule *r = &rs.rules[i];

			if (fl_rules_find(&rs, r->id) == NULL)
				abort();
			for (j = 0; j < r->nexamples; j++)
				(void)fl_match_example(&rs, r,
				    r->examples[j].text, quiet_limit, NULL);
		}
		memset(&a, 0, sizeof(a));
		a.rs = &rs;
		a.fmt = &fl_fmt_json;
		a.on_limit = quiet_limit;
		a.para_limit = 1024 * 1024;
		fl_buf_init(&out);
		fl_doc_init(&d, "fuzz", &rs, &a.opts);
		fl_annotate_mem(&a, sample, sizeof(sample) - 1, &d, &out);
		fl_doc_release(&d);
		fl_buf_release(&out);
	} else {
		/* An error always says something. */
		if (err.msg[0] == '\0')
			abort();
	}
	fl_ruleset_release(&rs);
	return 0;
}
