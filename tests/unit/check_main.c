/*
 * check_main.c: run every suite (one per pipeline stage) with Check and
 * return non-zero when any test failed.
 */
#include <stdlib.h>

#include "common.h"

int
main(void)
{
	SRunner *sr;
	const char *tap = getenv("CK_TAP_LOG_FILE_NAME");
	int failed;

	/* An empty CK_TAP_LOG_FILE_NAME (as "make check" sets it) would make
	 * Check try to open a file named "": treat it as unset. */
	if (tap != NULL && *tap == '\0')
		unsetenv("CK_TAP_LOG_FILE_NAME");
	sr = srunner_create(buf_suite());
	srunner_add_suite(sr, segment_suite());
	srunner_add_suite(sr, input_suite());
	srunner_add_suite(sr, rules_suite());
	srunner_add_suite(sr, match_suite());
	srunner_add_suite(sr, classify_suite());
	srunner_add_suite(sr, clause_suite());
	srunner_add_suite(sr, labels_suite());
	srunner_add_suite(sr, render_suite());
	srunner_add_suite(sr, config_suite());
	srunner_add_suite(sr, markup_suite());
	srunner_add_suite(sr, exercise_suite());
	srunner_add_suite(sr, snapshot_suite());
	srunner_add_suite(sr, jsonl_suite());
	srunner_add_suite(sr, rulecmd_suite());
	srunner_add_suite(sr, reopt_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
