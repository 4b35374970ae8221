/*
 * gencorpus.c: write a deterministic benchmark corpus of news-like English
 * to standard output.
 *
 *     gencorpus MEGABYTES [SEED]
 *
 * Paragraphs of three to seven sentences, built from templates this
 * project wrote, with names, places and numbers filled in by a seeded
 * linear congruential generator, and now and then a headline, a list or a
 * quotation over two sentences.  The mix of labels is roughly that of news
 * prose: a quarter sourced, a quarter speculation, the rest claims and a
 * few questions.  The same arguments give the same bytes on any machine.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long long state;

static unsigned
rnd(unsigned n)
{
	state = state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned)((state >> 33) % n);
}

#define PICK(a) (a[rnd(sizeof(a) / sizeof(a[0]))])

static const char *const person[] = {
	"Mara Lindqvist", "Tomas Okafor", "Ines Varga", "Dr. Paul Renner",
	"Ada Morrow", "Mr. Silas Brandt", "Ms. Yuki Tanabe", "Rafael Oyelowo",
	"Prof. Lena Hartmann", "Jonah Ekwueme", "Clara Dubois", "Omar Haddad"
};
static const char *const body[] = {
	"the ministry", "the city council", "the harbour authority",
	"the regional court", "Norvik Energy", "the health board",
	"the transport union", "the central bank", "Kessel Foods Inc.",
	"the university hospital", "the U.N. agency", "the school board"
};
static const char *const place[] = {
	"Valdmere", "Port Amsel", "Lindqvist Bay", "Odransk", "Harwick",
	"Kesswick", "Marrowby", "St. Albans Ridge", "Varrow", "Tallis Bay"
};
static const char *const thing[] = {
	"the budget", "the new tram line", "the flood barrier", "the merger",
	"the ferry timetable", "the school lunch plan", "the wind farm",
	"the tax reform", "the hospital wing", "the grain agreement"
};
static const char *const month[] = {
	"Jan.", "March", "May", "June", "Sept.", "Oct.", "Nov.", "Dec."
};

/* %P person, %B body, %L place, %T thing, %N number, %M month; the first
 * letter of the sentence is capitalised. */
static const char *const templ[] = {
	/* claims */
	"%B approved %T on Tuesday by a vote of %N to 3.",
	"Work on %T began in %M 2024 and is due to finish next year.",
	"The population of %L rose by %N.5% over the decade.",
	"%T will cost about %N million crowns.",
	"Trains to %L will run every %N minutes from %M.",
	"%P has led %B since 2019.",
	"%T was clearly the largest public project in the region.",
	"The vote on %T will take place on %M %N.",
	"Smokers in %L are twice as likely to be admitted to hospital.",
	"%P could not attend the meeting in %L.",
	"Some residents say %T is a waste of money.",
	"%T was reportedly delayed after a dispute over costs.",
	"Few studies have tested whether %T reduces traffic.",
	/* sourced */
	"%P said on Monday that %T would be ready by %M 2027.",
	"According to %B, %T has already saved %N jobs.",
	"%B said in a statement that %T may need more funding.",
	"\u201cWe expect %T to open on time,\u201d %P said.",
	"%T is likely to be approved, according to %P.",
	"%P told reporters in %L that the talks had gone well.",
	"A report by %B found that %N households had been affected.",
	/* speculation */
	"%T may have cost more than %B admits.",
	"The delay probably reflects a shortage of engineers.",
	"%P appears to have changed her mind about %T.",
	"Prices could rise by %N% if %T is approved.",
	"The timing suggests that %B wanted to avoid a debate.",
	"It is possible that %T will be cancelled.",
	"%T is expected to reach %L by the end of the year.",
	"Officials in %L did not seem convinced by the plan.",
	/* other */
	"Will %T survive the next election?",
	"What does %T mean for %L?"
};

static void
fill(const char *t, char *out, size_t cap)
{
	size_t n = 0;
	const char *s;
	char num[16];

	for (; *t && n + 64 < cap; t++) {
		if (*t != '%' || !t[1]) {
			out[n++] = *t;
			continue;
		}
		switch (*++t) {
		case 'P': s = PICK(person); break;
		case 'B': s = PICK(body); break;
		case 'L': s = PICK(place); break;
		case 'T': s = PICK(thing); break;
		case 'M': s = PICK(month); break;
		case 'N':
			snprintf(num, sizeof(num), "%u", 2 + rnd(480));
			s = num;
			break;
		default:
			/* A plain per cent sign. */
			s = "%";
			t--;
			break;
		}
		n += (size_t)snprintf(out + n, cap - n, "%s", s);
	}
	out[n] = '\0';
	if (out[0] >= 'a' && out[0] <= 'z')
		out[0] = (char)(out[0] - 32);
}

int
main(int argc, char **argv)
{
	unsigned long long want, done = 0;
	char s[512];
	int k, ns;

	if (argc < 2 || atof(argv[1]) <= 0) {
		fputs("usage: gencorpus MEGABYTES [SEED]\n", stderr);
		return 2;
	}
	want = (unsigned long long)(atof(argv[1]) * 1024 * 1024);
	state = argc > 2 ? strtoull(argv[2], NULL, 10) : 20261128;
	while (done < want) {
		unsigned kind = rnd(20);

		/* A failed write (a full disk, a closed pipe) ends the run:
		 * printf's -1 would otherwise be counted as bytes written. */
		if (ferror(stdout))
			return 1;

		if (kind == 0) {
			fill("%T: what comes next for %L", s, sizeof(s));
			done += (unsigned long long)printf("%s\n\n", s);
			continue;
		}
		if (kind == 1) {
			done += (unsigned long long)printf("Key points:\n");
			for (k = 0; k < 3; k++) {
				fill(PICK(templ), s, sizeof(s));
				done += (unsigned long long)printf("- %s\n", s);
			}
			done += (unsigned long long)printf("\n");
			continue;
		}
		ns = 3 + (int)rnd(5);
		for (k = 0; k < ns; k++) {
			fill(PICK(templ), s, sizeof(s));
			done += (unsigned long long)printf("%s%s", k ? " " : "",
			    s);
		}
		done += (unsigned long long)printf("\n\n");
	}
	return ferror(stdout) ? 1 : 0;
}
