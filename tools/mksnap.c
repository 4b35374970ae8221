/*
 * mksnap.c: print build/snapshot_data.c, the built-in rules ready to run
 * (src/snapshot.c): loaded from the slim rule files, compiled, with the
 * anchored copies of the rules that have a lead, and the prefilter built.
 * Run at build time by the Makefile; exits 1 with a message on stderr if
 * a rule does not compile.
 */
#include <stdio.h>
#include <string.h>

#include "factlens.h"

/* This program makes the snapshot, so it has none of its own. */
const struct fl_snapshot fl_builtin_snapshot = { 0, NULL, 0, NULL, NULL, 0,
    0, NULL, NULL, 0, NULL, NULL };

int
main(void)
{
	struct fl_ruleset rs;
	struct fl_error err;
	struct fl_buf out;
	size_t i;
	int rc = 0;

	memset(&err, 0, sizeof(err));
	fl_ruleset_init(&rs);
	rs.no_examples = 1;
	if (fl_rules_load_builtin(&rs, &err) < 0 ||
	    fl_rules_compile(&rs, &err) < 0) {
		fprintf(stderr, "mksnap: %s:%d:%d: %s\n", err.file, err.line,
		    err.col, err.msg);
		fl_ruleset_release(&rs);
		return 1;
	}
	for (i = 0; i < rs.nrules; i++)
		fl_rules_anchor(&rs.rules[i]);
	fl_buf_init(&out);
	if (fl_snapshot_write(&rs, &out, &err) < 0) {
		fprintf(stderr, "mksnap: %s\n", err.msg);
		rc = 1;
	} else if (fwrite(out.ptr, 1, out.len, stdout) != out.len ||
	    fflush(stdout) != 0) {
		perror("mksnap");
		rc = 1;
	}
	fl_buf_release(&out);
	fl_ruleset_release(&rs);
	return rc;
}
