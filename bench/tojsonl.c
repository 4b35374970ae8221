/*
 * tojsonl.c: turn a text corpus (gencorpus's) into JSON Lines records, one
 * "article" a line, for the record-mode benchmark.
 *
 *     tojsonl BYTES < corpus.txt > corpus.jsonl
 *
 * Paragraphs are gathered into articles of at least BYTES bytes each; a
 * record is {"id":N,"outlet":"...","date":"YYYY-MM-DD","text":"..."}, the
 * outlet and date following from N.  The texts of the records, put back
 * together, are the input byte for byte, so that record mode and plain
 * text can be timed on the same text.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const outlet[] = {
	"Harbour Gazette", "Valdmere Post", "North Ridge Herald",
	"Amsel Courier", "The Tallis Bay Times"
};

static void
emit(unsigned long id, const char *t, size_t n)
{
	size_t i;

	printf("{\"id\":%lu,\"outlet\":\"%s\",\"date\":\"%04lu-%02lu-%02lu\","
	    "\"text\":\"", id, outlet[id % 5], 2019 + id / 9000 % 6,
	    1 + id / 750 % 12, 1 + id % 28);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)t[i];

		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c == '\n')
			fputs("\\n", stdout);
		else if (c == '\t')
			fputs("\\t", stdout);
		else if (c < 0x20)
			printf("\\u%04x", c);
		else
			putchar(c);
	}
	fputs("\"}\n", stdout);
}

int
main(int argc, char **argv)
{
	size_t want, cap = 1 << 20, n = 0;
	char *buf, line[8192];
	unsigned long id = 1;

	if (argc != 2 || (want = strtoul(argv[1], NULL, 10)) == 0) {
		fputs("usage: tojsonl BYTES < corpus.txt\n", stderr);
		return 2;
	}
	if ((buf = malloc(cap)) == NULL)
		return 2;
	while (fgets(line, sizeof(line), stdin) != NULL) {
		size_t k = strlen(line);

		if (n + k > cap && (buf = realloc(buf, cap *= 2)) == NULL)
			return 2;
		memcpy(buf + n, line, k);
		n += k;
		/* A blank line ends a paragraph: the article may end. */
		if (n >= want && k == 1 && line[0] == '\n') {
			emit(id++, buf, n);
			n = 0;
		}
	}
	if (n > 0)
		emit(id, buf, n);
	return ferror(stdout) ? 1 : 0;
}
