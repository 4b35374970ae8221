/*
 * factlens.h: the types shared by the pipeline stages and their prototypes.
 *
 * bytes -> read (input.c) -> segment (segment.c) -> match (match.c, using the
 * rule set from rules.c) -> classify (classify.c) -> render (render.c and
 * fmt_*.c).  The stages never print and never exit: they return 0 or -1 and
 * fill a struct fl_error, and main.c reports.  Spans are byte offsets into
 * the document, never copies.
 */
#ifndef FACTLENS_H
#define FACTLENS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define FL_VERSION "0.3.0"

/* Where and what went wrong.  line and col are 1-based; 0 means unknown. */
struct fl_error {
	char file[512];
	int line;
	int col;
	char msg[1024];
};

/* buf.c ------------------------------------------------------------------ */

/*
 * A growable byte buffer.  ptr is never NULL and always NUL-terminated, so
 * an initialised buffer can be used as a C string at once.  The owner
 * releases it with fl_buf_release.
 */
struct fl_buf {
	char *ptr;
	size_t len;
	size_t cap;
};

void fl_buf_init(struct fl_buf *b);
void fl_buf_release(struct fl_buf *b);
void fl_buf_grow_to(struct fl_buf *b, size_t extra);
/* Room for extra more bytes and the NUL: the common case inline, since
 * the formats call it for every field they write. */
static inline void
fl_buf_grow(struct fl_buf *b, size_t extra)
{
	if (b->cap == 0 || extra >= b->cap - b->len)
		fl_buf_grow_to(b, extra);
}
void fl_buf_put(struct fl_buf *b, const void *p, size_t n);

/*
 * The eight bytes at p as one word, and the high bit of each byte of it
 * that equals c (and at worst of some bytes after one that does: never a
 * miss): the formats' writers test eight bytes at a time with these.
 */
static inline uint64_t
fl_word8(const void *p)
{
	uint64_t x;

	memcpy(&x, p, 8);
	return x;
}

static inline uint64_t
fl_bytes_eq8(uint64_t x, unsigned char c)
{
	const uint64_t ones = 0x0101010101010101ull;
	uint64_t y = x ^ (ones * c);

	return (y - ones) & ~y & (ones * 0x80);
}
void fl_buf_puts(struct fl_buf *b, const char *s);
void fl_buf_putc(struct fl_buf *b, int c);
void fl_buf_printf(struct fl_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void fl_buf_reset(struct fl_buf *b);
/* Append v in decimal. */
void fl_buf_putu(struct fl_buf *b, unsigned long long v);
/* Insert n bytes at offset at (at <= b->len). */
void fl_buf_insert(struct fl_buf *b, size_t at, const void *p, size_t n);
/* Drop the first n bytes, keeping the rest. */
void fl_buf_consume(struct fl_buf *b, size_t n);

/* Allocation that never returns NULL: on failure it prints one line and
 * exits 2 (the one exception to "stages never exit"). */
/* Say "out of memory" on standard error and exit with status 2. */
_Noreturn void fl_nomem(void);
void *fl_xmalloc(size_t n);
void *fl_xrealloc(void *p, size_t n);
char *fl_xstrdup(const char *s);
char *fl_xstrndup(const char *s, size_t n);

/* Labels and categories --------------------------------------------------- */

enum fl_label {
	FL_LABEL_SOURCED,
	FL_LABEL_SPECULATION,
	FL_LABEL_OPINION,
	FL_LABEL_CLAIM,
	FL_LABEL_OTHER,
	FL_LABEL_COUNT
};

enum fl_category {
	FL_CAT_HEDGE,
	FL_CAT_INFERENCE,
	FL_CAT_OPINION,		/* the writer's judgement */
	FL_CAT_ATTRIBUTION,
	FL_CAT_VAGUE,		/* "vague-source" */
	FL_CAT_STANCE,		/* what a named third party wants or fears */
	FL_CAT_BOOSTER,
	FL_CAT_QUOTE,
	FL_CAT_IMPERATIVE,	/* sentence form: a command */
	FL_CAT_COUNT
};

/* Where an attribution's reported content lies, relative to its cue. */
enum fl_scope {
	FL_SCOPE_NONE,
	FL_SCOPE_AFTER,
	FL_SCOPE_BEFORE,
	FL_SCOPE_SENTENCE
};

/* labels.c: names, and a short phrase on what each means (for legends). */
const char *fl_label_name(enum fl_label l);
const char *fl_label_about(enum fl_label l);
int fl_label_parse(const char *s, size_t n);	/* -1 if unknown */
const char *fl_category_name(enum fl_category c);
const char *fl_category_about(enum fl_category c);
int fl_category_parse(const char *s, size_t n);	/* -1 if unknown */
/* Append name to b as item i of a list of n, after ", " or " or ":
 * "a, b or c".  fl_label_names and fl_category_names append every label
 * or category that way, for messages that say what is expected. */
void fl_name_list(struct fl_buf *b, size_t i, size_t n, const char *name);
void fl_label_names(struct fl_buf *b);
void fl_category_names(struct fl_buf *b);
/* The index of s[0, n) in names[0, count), or -1. */
int fl_name_lookup(const char *const *names, int count, const char *s,
    size_t n);

/* rules.c ---------------------------------------------------------------- */

struct fl_example {
	char *text;
	int match;		/* 1: must match; 0: must not */
	int line, col;		/* position in the rule file */
};

struct fl_rule {
	char *id;
	enum fl_category category;
	char *explain;
	char *pattern;		/* PCRE2 source, built from words: when given */
	char *unless;		/* PCRE2 source or NULL */
	char *open, *close;	/* quote rules: the quotation marks */
	enum fl_scope scope;
	struct fl_example *examples;
	size_t nexamples;
	const char *file;	/* points into the rule set's file names */
	int line, col;		/* position of the rule in its file */
	int pline, pcol;	/* position of its pattern or words */
	int uline, ucol;	/* position of its unless pattern */
	void *re;		/* pcre2_code *, compiled by fl_rules_compile */
	void *unless_re;	/* pcre2_code * or NULL */
	int cue_group;		/* number of the group named "cue", or 0 */
	int lead;		/* every match starts with a prefilter literal:
				   tried anchored where one occurs */
	void *re_anchored;	/* pcre2_code *: re compiled anchored, or NULL */
	int as_written;		/* compile the patterns as written, not
				   rewritten by fl_reopt */
	unsigned jit;		/* FL_JIT_* bits */
	int unless_limit;	/* unless_re takes an offset limit */
	/* JIT-compiling a rule costs more than interpreting it on the few
	 * sentences of a short text: match.c adds up the time the rule ran
	 * interpreted and compiles it once that reaches jit_cost, an
	 * estimate of the compiling time (fl_rules_compile). */
	uint64_t interp_ns;	/* anchored, or scanning for a rule without
				   a lead */
	uint64_t scan_ns;	/* scanning, for a rule with a lead */
	uint64_t jit_cost;
	/* The same for the unless pattern, which runs only where the rule
	 * has a cue: compiled on its own time, not with the pattern. */
	uint64_t unless_ns, unless_jit_cost;
	/* A rule with no literal the prefilter knows: bytes one of which
	 * every match holds (nneed 0: none known). */
	unsigned char need[4];
	int nneed;
	/* The punctuation reqbytes.c reads the pattern to need (nreq 0:
	 * none), once req_read; the snapshot has it read at build time. */
	unsigned char req[4];
	int nreq, req_read;
};

/* What of a rule is JIT-compiled: MAIN, the pattern it runs (its anchored
 * copy when it has a lead), was tried; SCAN, its pattern as such, for a
 * rule with a lead; UNLESS, its unless pattern; the other bits say which
 * of them compiled, so that pcre2_jit_match can be called on them. */
#define FL_JIT_MAIN 1u
#define FL_JIT_SCAN 2u
#define FL_JIT_RE_OK 4u
#define FL_JIT_ANCHORED_OK 8u
#define FL_JIT_UNLESS_OK 16u
#define FL_JIT_UNLESS 32u

struct fl_ruleset {
	struct fl_rule *rules;
	size_t nrules;
	char **files;		/* owned copies of the file names */
	size_t nfiles;
	void *mctx;		/* pcre2_match_context *: the limits */
	unsigned maxcaps;	/* most capture pairs of any pattern, + 1 */
	struct fl_prefilter *prefilter;	/* NULL: run every rule */
	int no_prefilter;	/* set before compiling to run every rule */
	int no_snapshot;	/* set before fl_rules_load_builtin: parse and
				   compile the rule files, not the snapshot */
	int no_reopt;		/* set before compiling: patterns as written
				   (with no_snapshot), not fl_reopt's forms */
	int no_examples;	/* set before fl_rules_load_builtin: load the
				   built-in rules without their examples,
				   which only --check-rules and --explain
				   need (a faster start) */
	unsigned long match_limit;	/* PCRE2 limits, set before compiling */
	unsigned long depth_limit;
	/* When set, fl_rules_compile reports every bad rule through it and
	 * goes on, instead of stopping at the first. */
	void (*on_error)(void *arg, const struct fl_error *err);
	void *on_error_arg;
	struct fl_profile *prof;	/* FACTLENS_PROFILE's totals, or NULL */
	/* Rules 0 to nsnap - 1 came from this snapshot (fl_snapshot_load). */
	const struct fl_snapshot *snap;
	size_t nsnap;
};

void fl_ruleset_init(struct fl_ruleset *rs);
void fl_ruleset_release(struct fl_ruleset *rs);

/*
 * Parse one rule file held in memory (name is used in errors) and append its
 * rules to rs.  Returns 0, or -1 with err filled at the first problem.
 */
int fl_rules_load_mem(struct fl_ruleset *rs, const char *name,
    const char *text, size_t len, struct fl_error *err);

/* Load a file, or every *.yml and *.yaml file of a directory in name order.
 * A path that cannot be read gives err with no file and the message
 * "rules path 'PATH': strerror". */
int fl_rules_load_path(struct fl_ruleset *rs, const char *path,
    struct fl_error *err);

/*
 * libyaml reports a tab in the indentation as "found character that cannot
 * start any token" or "found a tab character that violates indentation".
 * If line (0-based) of text[0, len) has a tab in its leading white space,
 * or a tab at column col (0-based, in characters), return the 0-based
 * column of the tab; else -1.  Rule and config loaders then say that tabs
 * cannot indent YAML, at that place.
 */
long fl_yaml_tab(const char *text, size_t len, size_t line, size_t col);
#define FL_YAML_TAB_MSG "tabs cannot indent YAML; indent with spaces"

/* Load the rule files compiled into the binary. */
int fl_rules_load_builtin(struct fl_ruleset *rs, struct fl_error *err);

/*
 * Compile every rule's patterns (UTF, UCP, MATCH_INVALID_UTF, then JIT) and
 * set up the match context with its limits.  Returns 0, or -1 with err
 * pointing at the (first) bad rule.  Also rejects duplicate ids.
 */
int fl_rules_compile(struct fl_ruleset *rs, struct fl_error *err);

const struct fl_rule *fl_rules_find(const struct fl_ruleset *rs,
    const char *id);
/* Set the bit of every rule that id[0, n) names, a rule id or a category
 * name, in sel ((nrules + 63) / 64 words).  Returns 0 if it names none. */
int fl_rules_select(const struct fl_ruleset *rs, const char *id, size_t n,
    uint64_t *sel);

/*
 * JIT-compile what a rule runs (FL_JIT_MAIN), or its pattern for scanning
 * when it has a lead (fl_rules_jit_scan).  The matcher does it once a rule
 * has run long enough to pay for it, which keeps short texts fast; before
 * matchers run on several threads, call fl_rules_jit_all so that no
 * thread changes a pattern another uses.
 */
void fl_rules_jit(struct fl_rule *r);
void fl_rules_jit_scan(struct fl_rule *r);
/* JIT-compile r's unless pattern (FL_JIT_UNLESS), the same way: once it has
 * run long enough on its own. */
void fl_rules_jit_unless(struct fl_rule *r);
/* Compile r's anchored copy if it has a lead and none yet (fl_rules_jit
 * does, before JIT-compiling it). */
void fl_rules_anchor(struct fl_rule *r);
void fl_rules_jit_all(struct fl_ruleset *rs);
/* Never JIT-compile: every match runs in PCRE2's interpreter (for
 * valgrind, which JIT code confuses). */
void fl_rules_no_jit(struct fl_ruleset *rs);

/* snapshot.c: the built-in rules ready to run, made at build time ------- */

/* One rule as the snapshot holds it: its fields as loaded from the slim
 * built-in files (file indexes the snapshot's files), and how many
 * compiled patterns it has in the snapshot's codes, in the order pattern,
 * unless pattern, anchored pattern (when anchored is 1). */
struct fl_snap_rule {
	const char *id, *explain, *pattern, *unless, *open, *close;
	int category, scope, file, line, col, pline, pcol, uline, ucol;
	int anchored;
	int nreq;			/* fl_rule's req and nreq */
	unsigned char req[4];
};

struct fl_snapshot {
	size_t nrules;			/* 0: there is no snapshot */
	const struct fl_snap_rule *rules;
	size_t nfiles;
	const char *const *files;
	const unsigned char *codes;	/* pcre2_serialize_encode's bytes */
	size_t codes_len, ncodes;
	const size_t *code_size;	/* PCRE2_INFO_SIZE of each code */
	const unsigned char *prefilter;	/* fl_prefilter_save's bytes */
	size_t prefilter_len;
	/* fl_prefilter_literals_save's bytes: rule i's from lit_at[i] */
	const unsigned char *literals;
	const size_t *lit_at;
};

/* The built-in rules' snapshot (build/snapshot_data.c, by tools/mksnap.c;
 * tools/mksnap.c's own is empty). */
extern const struct fl_snapshot fl_builtin_snapshot;

/* Append to rs the rules of snap (which must outlive rs), as
 * fl_rules_load_builtin would load the slim files; fl_rules_compile then
 * decodes the patterns and takes the prefilter from snap. */
void fl_snapshot_load(struct fl_ruleset *rs, const struct fl_snapshot *snap);
/* Set the compiled patterns of rs's snapshot rules from the snapshot.
 * Returns 0, or -1 when PCRE2 cannot decode them (another version of the
 * library): then no rule has a pattern set and they must be compiled. */
int fl_snapshot_decode(struct fl_ruleset *rs);
/*
 * Append to out a C source file that defines fl_builtin_snapshot from rs,
 * the built-in rules loaded slim and compiled, with anchored copies of the
 * rules that have a lead (fl_rules_anchor).  Returns 0, or -1 with err set.
 */
int fl_snapshot_write(const struct fl_ruleset *rs, struct fl_buf *out,
    struct fl_error *err);

/* rules_builtin.c, generated from the rule files by tools/embed-rules.sh */
struct fl_builtin_file {
	const char *name;
	const char *text;
	size_t len;
};
extern const struct fl_builtin_file fl_builtin_rules[];
/* The same files with their examples blocks blanked. */
extern const struct fl_builtin_file fl_builtin_slim[];
extern const size_t fl_builtin_nrules;

/* prefilter.c: which rules could match a sentence --------------------- */

struct fl_prefilter;

/* Where lead literals occur in a sentence: rule i's matches can only
 * start at these offsets.  exact is 0 when offsets are not byte-exact. */
struct fl_start {
	size_t rule;
	size_t at;
};

struct fl_starts {
	struct fl_start *v;
	size_t n, cap;
	int exact;
	struct fl_start *hit;	/* the scan's own: states with leads met */
	size_t nhit, hcap;
};

/* Build the literal prefilter for the compiled rule set; NULL for a set of
 * more than two million rules, which then run on every sentence. */
struct fl_prefilter *fl_prefilter_new(const struct fl_ruleset *rs);
void fl_prefilter_free(struct fl_prefilter *pf);
/* Append pf's tables to b, for fl_prefilter_load on the same machine (the
 * build-time snapshot, snapshot.c). */
void fl_prefilter_save(const struct fl_prefilter *pf, struct fl_buf *b);
/* A prefilter whose tables lie in saved[0, size), 8-byte aligned, which
 * must outlive it; NULL if saved is not a prefilter for nrules rules.
 * fl_prefilter_free frees only the prefilter itself. */
struct fl_prefilter *fl_prefilter_load(const void *saved, size_t size,
    size_t nrules);
/* Append to b the literal sets of every rule of rs, read from its
 * patterns, rule i's from at[i] on (at has room for nrules + 1); a
 * prefilter built for a rule set whose first rules come from a snapshot
 * that holds them (rs->snap) reads them from there. */
void fl_prefilter_literals_save(const struct fl_ruleset *rs,
    struct fl_buf *b, size_t *at);
/* Number of 64-bit words in a candidate set. */
size_t fl_prefilter_words(const struct fl_prefilter *pf);
/* Call fn with every literal of every pattern rule (lit NULL for a rule
 * with none, which always runs). */
void fl_prefilter_each(const struct fl_ruleset *rs,
    void (*fn)(void *arg, const struct fl_rule *r, const char *lit),
    void *arg);
/* Set bit i of cand for every rule i that could match text[0, n), and
 * bit nrules + i when its unless pattern could; if starts is not NULL,
 * fill it with where the lead literals of those rules occur (not when
 * they are not byte-exact: starts->exact 0). */
void fl_prefilter_scan(const struct fl_prefilter *pf, const char *text,
    size_t n, uint64_t *cand, struct fl_starts *starts);
/* The same for two texts at once (faster than one after the other);
 * starts1 and starts2 must not be NULL. */
void fl_prefilter_scan2(const struct fl_prefilter *pf, const char *t1,
    size_t n1, uint64_t *cand1, struct fl_starts *starts1, const char *t2,
    size_t n2, uint64_t *cand2, struct fl_starts *starts2);
/* reopt.c: where the POSIX class ("[:alpha:]", or "[.x.]", "[=x=]") that
 * starts at p inside a character class ends, as PCRE2 reads it, or NULL
 * when p starts none (a ']' or another "[:" comes before the closing
 * ":]"). */
const char *fl_posix_class_end(const char *p, const char *e);
/* reopt.c: the length of the white space at p as PCRE2's extended mode
 * (?x) has it in UTF mode (U+0085 and U+2028 too), or 0. */
int fl_pattern_space(const char *p, const char *e);
/* reqbytes.c: up to max bytes, one of which every match of the PCRE2
 * pattern needs (punctuation only), in bytes; returns how many, or 0 when
 * none are known. */
int fl_required_bytes(const char *pattern, unsigned char *bytes, int max);

/* Does every match of rule i start with one of its lead literals? */
int fl_prefilter_has_lead(const struct fl_prefilter *pf, size_t rule);
/* Does rule i run on every sentence (no literal it needs is known)? */
int fl_prefilter_always(const struct fl_prefilter *pf, size_t rule);

/* profile.c: time by rule (FACTLENS_PROFILE) ---------------------------- */

struct fl_rule_prof {
	uint64_t ns;		/* matching its pattern and unless pattern */
	uint64_t unless_ns;	/* of which its unless pattern */
	uint64_t runs;		/* sentences it ran on */
	uint64_t calls;		/* to pcre2_match */
	uint64_t cues;		/* matches it gave */
	uint64_t jit_ns;	/* JIT-compiling it */
};

struct fl_profile {
	uint64_t bytes;		/* of the sentences matched */
	uint64_t sentences;
	uint64_t scan_ns;	/* in the prefilter */
	uint64_t calls;		/* to pcre2_match, not yet given a rule */
	struct fl_rule_prof *rule;	/* one a rule */
};

/* Nanoseconds on the monotonic clock. */
uint64_t fl_profile_now(void);
/* Switch profiling on for rs, after fl_rules_compile: rs->prof holds the
 * totals, freed by fl_ruleset_release. */
void fl_profile_start(struct fl_ruleset *rs);
/* A matcher's own counters (NULL when rs is not profiled); merge them
 * into rs->prof, and free them, with fl_profile_merge (thread-safe). */
struct fl_profile *fl_profile_new(const struct fl_ruleset *rs);
void fl_profile_merge(const struct fl_ruleset *rs, struct fl_profile *p);
/* Append the report to out: the rules by time, per MB of sentences. */
void fl_profile_report(const struct fl_ruleset *rs, struct fl_buf *out);

/* input.c ---------------------------------------------------------------- */

/*
 * A reader hands on one paragraph at a time: the bytes up to and including
 * the blank lines that end it, as far as they have been read (blank lines
 * that arrive later open the next paragraph), or up to end of input.  A paragraph longer
 * than limit bytes is cut at its last sentence end before the limit, or
 * failing that at white space, or at a character boundary.  Memory stays
 * within about twice the limit whatever the input.
 */
struct fl_reader {
	int fd;
	struct fl_buf buf;	/* buf.ptr[0] is at document offset base */
	size_t pos;		/* start of the unread bytes in buf */
	size_t base;		/* document offset of buf.ptr[0] */
	long line, col;		/* 1-based position of buf.ptr[pos] */
	size_t limit;
	size_t chunk;		/* read size */
	size_t scanned;		/* where the search for a paragraph end resumes */
	int eof;
	int error;		/* errno of a failed read, or 0 */
	size_t given;		/* length of the paragraph last handed on */
	/* Called before every read(2) that may block, so that output can be
	 * flushed first (tail -f log | factlens); may be NULL. */
	void (*before_read)(void *arg);
	void *before_read_arg;
};

struct fl_para {
	const char *text;	/* not NUL-terminated */
	size_t len;
	size_t offset;		/* document offset of text[0] */
	long line, col;		/* position of text[0] */
};

void fl_reader_init(struct fl_reader *r, int fd, size_t limit);
void fl_reader_release(struct fl_reader *r);

/*
 * Hand on the next paragraph in *p, valid until the next call.  Returns 1
 * with a paragraph, 0 at end of input.  A read error ends the input as end
 * of file does, after what was read before it; r->error then holds errno.
 */
int fl_reader_next(struct fl_reader *r, struct fl_para *p);

/* Length of the first paragraph of t[0, n) with the blank lines after it,
 * as the reader would hand it on at end of input. */
size_t fl_para_len(const char *t, size_t n);

/* segment.c -------------------------------------------------------------- */

struct fl_sentence {
	size_t start, end;	/* offsets into the paragraph text */
	long line, col;		/* 1-based, of start, in the document */
	int standalone;		/* a line break ended it, or the text did, with
				   no final punctuation: heading, byline */
	int list_item;		/* starts with a list marker */
	int final_punct;	/* ends in . ! ? (closing quotes allowed) */
	int question;		/* ends in ? (closing quotes allowed) */
};

struct fl_sentences {
	struct fl_sentence *v;
	size_t n, cap;
	struct fl_line *lines;	/* segment.c's scratch space, kept */
	size_t lcap;
};

void fl_sentences_init(struct fl_sentences *s);
void fl_sentences_release(struct fl_sentences *s);

/*
 * Split a paragraph into sentences following LABELS.md "Sentences".  The
 * spans cover every non-blank byte of the paragraph exactly once.  line and
 * col are computed from p->line and p->col.  Replaces the content of out.
 */
void fl_segment(const struct fl_para *p, struct fl_sentences *out);

/* Length in bytes of a list marker ("- ", "* ", "• ", "1. ", "1) ") at s,
 * with the spaces after it, or 0. */
size_t fl_list_marker(const char *s, size_t n);

/*
 * A pattern that matches what src matches, in the same order, but that
 * PCRE2 runs faster (shared \b hoisted, literal beginnings of alternatives
 * factored, a word-start guard in front of a pattern that starts with \b:
 * reopt.c).  anchored: src is to be compiled PCRE2_ANCHORED and tried only
 * at given places, where the guard would be one more test: none is added.
 * Returns a string the caller frees, or NULL when src is best left as it
 * is (nothing to gain, or syntax reopt.c leaves alone).
 */
char *fl_reopt(const char *src, int anchored);

/* match.c ---------------------------------------------------------------- */

struct fl_cue {
	const struct fl_rule *rule;
	size_t start, end;	/* offsets into the paragraph text */
	unsigned char open;	/* quote cues: starts with an opening mark */
	unsigned char closed;	/* quote cues: ends with a closing mark */
	unsigned char dropped;	/* set by classify: does not count */
	/* Set by classify for a hedge, inference or opinion cue that is not
	 * the writer's: 1 + the index, among its sentence's cues, of the
	 * attribution, stance, vague source or quotation whose content holds
	 * it (its owner, which renderers can name); 0: the writer's own. */
	unsigned short owner;
};

struct fl_cues {
	struct fl_cue *v;
	size_t n, cap;
};

void fl_cues_init(struct fl_cues *c);
void fl_cues_release(struct fl_cues *c);

/* Called once for each match that hits a PCRE2 resource limit, with the
 * document offset, line and column of the sentence and PCRE2's error. */
typedef void (*fl_limit_fn)(void *arg, const struct fl_rule *rule,
    size_t offset, long line, long col, int rc);

struct fl_matcher {
	const struct fl_ruleset *rs;
	fl_limit_fn on_limit;
	void *arg;
	const struct fl_para *para;	/* the paragraph, for on_limit */
	uint64_t *cand;		/* prefilter candidates, one bit a rule */
	struct fl_starts starts;	/* where lead literals occur */
	void *md;		/* pcre2_match_data *, this matcher's own */
	void *mctx;		/* pcre2_match_context *, a copy of the set's */
	void *uctx;		/* the same, for unless searches: with an
				   offset limit */
	void *jit_stack;	/* pcre2_jit_stack *, this matcher's own */
	int in_quote;		/* a quotation is open at the next sentence */
	const struct fl_rule *quote_rule;	/* the open quotation's rule */
	const uint64_t *off;	/* rules not to run (one bit a rule), or
				   NULL: --disable and suppression */
	struct fl_profile *prof;	/* FACTLENS_PROFILE: this matcher's */
	struct fl_mbatch *batch;	/* sentences queued (match.c) */
};

/* A matcher has its own PCRE2 match data and JIT stack: use one per
 * thread.  Release with fl_matcher_release. */
void fl_matcher_init(struct fl_matcher *m, const struct fl_ruleset *rs);
void fl_matcher_release(struct fl_matcher *m);
/* Forget the quotation state: call at the start of every paragraph. */
void fl_matcher_reset(struct fl_matcher *m);

/*
 * Append to out the cues found in text[s->start, s->end), sorted by start,
 * longer first.  Quote rules keep their state across the sentences of a
 * paragraph.  Returns the number of cues added.
 */
size_t fl_match_sentence(struct fl_matcher *m, const char *text,
    const struct fl_sentence *s, struct fl_cues *out);

/*
 * The same for many sentences, matched rule by rule, which is faster (the
 * code of a rule stays in the processor's caches).  fl_match_queue adds
 * sentence s of text, with the rules of off (one bit a rule, or NULL) not
 * run, and returns its number in the queue; text must stay as it is until
 * fl_match_clear.  fl_match_run matches every queued sentence.  Then
 * fl_match_take appends the cues of queued sentence qi to out as
 * fl_match_sentence would (calling it in the same order: quotations carry
 * over from one sentence to the next, fl_matcher_reset ends them), reports
 * the limits it hit through on_limit, with m->para as it is then, and
 * returns their number.  fl_match_clear empties the queue.  (The queue's
 * memory is kept for the next and freed by fl_matcher_release.)
 */
size_t fl_match_queue(struct fl_matcher *m, const char *text,
    const struct fl_sentence *s, const uint64_t *off);
void fl_match_run(struct fl_matcher *m);
size_t fl_match_take(struct fl_matcher *m, size_t qi, struct fl_cues *out);
void fl_match_clear(struct fl_matcher *m);
void fl_mbatch_free(struct fl_mbatch *b);

/* Does rule r find a cue in the example text (taken as one sentence)? */
int fl_match_example(const struct fl_ruleset *rs, const struct fl_rule *r,
    const char *text, fl_limit_fn on_limit, void *arg);

/* clause.c: clauses and subjects around a cue, for classify ------------- */

/* Where the content that cue a (an attribution, vague source or stance
 * with scope after) reports ends in sentence s of text t: an offset into
 * t, at most s->end. */
size_t fl_clause_end(const char *t, const struct fl_cue *a,
    const struct fl_sentence *s);
/* 1 if cue a stands in an if- or unless-clause of sentence s of text t
 * ("If the party says no, ..."), else 0. */
int fl_clause_if(const char *t, const struct fl_cue *a,
    const struct fl_sentence *s);
/* 1 if the subject of cue a's verb is the writer, the reader or no one
 * ("I did not say", "Nobody is asking"), else 0. */
int fl_clause_no_one(const char *t, const struct fl_cue *a,
    const struct fl_sentence *s);
/* 1 if t[a, b) holds only spaces, tabs and newlines, else 0. */
int fl_clause_blank(const char *t, size_t a, size_t b);

/* classify.c ------------------------------------------------------------- */

/* Why classify chose the label. */
enum fl_reason {
	FL_WHY_PLAIN,		/* claim: nothing else applied */
	FL_WHY_QUESTION,	/* other: ends in ? */
	FL_WHY_HEADING,		/* other: no final punctuation */
	FL_WHY_COMMAND,		/* other: starts with a command */
	FL_WHY_HEDGE,		/* speculation: the writer's hedge/inference */
	FL_WHY_OPINION,		/* opinion: the writer's judgement */
	FL_WHY_ATTRIBUTION,	/* sourced: an attribution */
	FL_WHY_QUOTATION	/* sourced: a quotation whose speaker is named */
};

/* One sentence with its cues, as classify and the renderers see it. */
struct fl_item {
	struct fl_sentence s;
	size_t cue0, ncues;	/* range in the paragraph's fl_cues */
	enum fl_label label;
	enum fl_reason reason;
	long why;		/* the deciding cue, relative to cue0, or -1 */
	int after_caption;	/* first sentence of the paragraph after a
				   lone figure or table label ("Figure 1.") */
};

/* A sentence for people: why it got its label, in one short phrase. */
const char *fl_reason_text(enum fl_reason r);

/*
 * Label every sentence of a paragraph.  items[i].cue0/ncues index cues.
 * Marks cues that do not count (an attribution inside a vague source) as
 * dropped.
 */
void fl_classify(const char *text, struct fl_item *items, size_t n,
    struct fl_cues *cues);

/* Is the paragraph t[0, n) only a figure or table label ("Figure 1.")? */
int fl_caption_para(const char *t, size_t n);

/* render.c --------------------------------------------------------------- */

struct fl_render_opts {
	unsigned only;		/* bit set of labels to print; 0 = all */
	unsigned only_cats;	/* bit set of cue categories: also print
				   sentences with such a cue */
	int color;		/* ansi: use colour escapes */
	int tty;		/* ansi: a person is reading (legend, summary) */
	int stats;		/* --stats: cue counts and verdict */
	int worksheet;		/* worksheet, key: FL_WS_* bits (exercise.h) */
	const char *title;	/* worksheet, key: the heading, or NULL */
	const char *instructions;	/* worksheet: the task, or NULL */
};

/* One input document while it is rendered, with its counts. */
struct fl_doc {
	const char *name;	/* as given, "-" for stdin */
	size_t counts[FL_LABEL_COUNT];
	size_t nsentences;
	size_t index;		/* next sentence index */
	const struct fl_render_opts *opts;	/* may be NULL: defaults */
	const struct fl_ruleset *rs;	/* may be NULL: no cue counts */
	size_t *rule_counts;	/* cues per rule (rs->nrules), or NULL */
	size_t mark;		/* hold formats: where the summary goes */
	const struct fl_record *record;	/* --input=jsonl: the record this
					   document is, or NULL */
	void *priv;		/* a format's own state for the document, or
				   NULL; fl_doc_release frees it with */
	void (*priv_free)(void *priv);
};

/* Set up d for the document called name (not copied); rs and opts may be
 * NULL.  Release with fl_doc_release. */
void fl_doc_init(struct fl_doc *d, const char *name,
    const struct fl_ruleset *rs, const struct fl_render_opts *opts);
void fl_doc_release(struct fl_doc *d);
/* Add the counts of d to total (both set up with the same rs). */
void fl_doc_add(struct fl_doc *total, const struct fl_doc *d);

struct fl_format {
	const char *name;
	/* Each appends to out; any may be NULL. */
	void (*begin)(struct fl_buf *out, struct fl_doc *d);
	void (*gap)(struct fl_buf *out, const char *p, size_t n);
	void (*sentence)(struct fl_buf *out, const struct fl_doc *d,
	    const struct fl_para *p, const struct fl_item *it,
	    const struct fl_cue *cues);
	void (*end)(struct fl_buf *out, struct fl_doc *d);
	int lossless;		/* prints the gaps (text-like formats) */
	int selects;		/* chooses its own findings: every sentence is
				   passed to it, --only is its business */
	int hold;		/* keeps the document's output until the end
				   (the summary goes at the top) */
	/* After a paragraph (may be NULL). */
	void (*para_end)(struct fl_buf *out, const struct fl_doc *d,
	    const struct fl_para *p, const struct fl_item *items, size_t n,
	    const struct fl_cues *cues);
};

const struct fl_format *fl_format_find(const char *name);
/* Append the names of the formats to b: "ansi, text, ... or summary". */
void fl_format_names(struct fl_buf *b);
extern const struct fl_format *const fl_formats[];

/* Is the sentence selected by --only (labels or cue categories)? */
int fl_selected(const struct fl_render_opts *opts, const struct fl_item *it,
    const struct fl_cue *cues);

/* diag and critic: is the sentence (its label) a finding?  Is the cue?
 * Default: speculation sentences, vague-source and booster cues. */
int fl_finding_sentence(const struct fl_render_opts *opts,
    const struct fl_item *it);
int fl_finding_cue(const struct fl_render_opts *opts, const struct fl_cue *c);
/* The first place after at where a cue of the sentence starts or ends,
 * or the sentence's end: where the renderers change markup. */
size_t fl_next_edge(const struct fl_item *it, const struct fl_cue *cues,
    size_t at);
/* Line and column (bytes) of paragraph offset off. */
void fl_para_pos(const struct fl_para *p, size_t off, long *line, long *col);

/*
 * Render one classified paragraph: gaps and sentences in order, counting
 * labels and cues into d.  Sentences not selected by opts->only are left
 * out (and, for the text format, so are the gaps).
 */
void fl_render_para(const struct fl_format *f, struct fl_buf *out,
    struct fl_doc *d, const struct fl_render_opts *opts,
    const struct fl_para *p, const struct fl_item *items, size_t n,
    const struct fl_cues *cues);

/* Shared escaping. */
void fl_json_str(struct fl_buf *out, const char *p, size_t n);
/* Fold tabs, CR and LF to spaces. */
void fl_tsv_field(struct fl_buf *out, const char *p, size_t n);
/* Escape for HTML text and attribute values; invalid UTF-8 -> U+FFFD. */
void fl_html_str(struct fl_buf *out, const char *p, size_t n);

/* summary.c: counts for people ------------------------------------------- */

/* "12 of 40 sentences speculate; 3 cite a source; ..." (no newline). */
void fl_verdict(struct fl_buf *out, const struct fl_doc *d);
/* Indexes of the (at most k) most frequent rules of d, most first;
 * returns how many. */
size_t fl_top_rules(const struct fl_doc *d, size_t *idx, size_t k);
/* The cues of d per category, in the order of enum fl_category, into
 * n[FL_CAT_COUNT]; all zero when d keeps no counts per rule. */
void fl_category_counts(const struct fl_doc *d, size_t *n);
/* The summary block of the summary format and --stats. */
void fl_summary_text(struct fl_buf *out, const struct fl_doc *d);

/* fmt_*.c */
extern const struct fl_format fl_fmt_text;
extern const struct fl_format fl_fmt_json;
extern const struct fl_format fl_fmt_tsv;
extern const struct fl_format fl_fmt_ansi;
extern const struct fl_format fl_fmt_html;
extern const struct fl_format fl_fmt_diag;
extern const struct fl_format fl_fmt_critic;
extern const struct fl_format fl_fmt_summary;
extern const struct fl_format fl_fmt_records;

/* fmt_json.c: the fields of a sentence object from "index" on, and the
 * labels object {"sourced":N,...}, which the records format shares. */
void fl_json_sentence_fields(struct fl_buf *out, const struct fl_doc *d,
    const struct fl_para *p, const struct fl_item *it,
    const struct fl_cue *cues);
void fl_json_labels(struct fl_buf *out, const struct fl_doc *d);
extern const struct fl_format fl_fmt_worksheet;
extern const struct fl_format fl_fmt_key;

/* annotate.c: the whole pipeline for one input ---------------------------- */

/*
 * Read fd to the end and render it through the pipeline.  flush is called
 * with the output buffer whenever it holds 64 KiB or more and before every
 * read that may block, and at the end (it should write and reset it); it
 * returns 0, or -1 to stop.  Returns 0, or -1 on a read error
 * (errno in *read_errno).
 */
struct fl_annotator {
	const struct fl_ruleset *rs;
	const struct fl_format *fmt;
	struct fl_render_opts opts;
	fl_limit_fn on_limit;
	void *limit_arg;
	int (*flush)(struct fl_buf *out, void *arg);
	void *flush_arg;
	size_t para_limit;
	int jobs;		/* threads; 0 or 1: this one */
	int input;		/* enum fl_input: how to read the bytes */
	const uint64_t *off;	/* rules disabled everywhere, or NULL */
	/* Warnings about directives, at a line and column; may be NULL. */
	void (*on_warn)(void *arg, long line, long col, const char *msg);
	void *warn_arg;
	/* --input=jsonl: which fields to read (NULL: the defaults), and the
	 * report of a bad record at an input line (may be NULL).  Inside a
	 * record, on_limit and on_warn get the record's input line and
	 * column 0. */
	const struct fl_jsonl_opts *jsonl;
	void (*on_bad)(void *arg, long line, const char *msg);
	void *bad_arg;
};

/* What the input is: plain text, or markup whose prose is annotated. */
enum fl_input {
	FL_INPUT_TEXT,
	FL_INPUT_MARKDOWN,
	FL_INPUT_HTML,
	FL_INPUT_JSONL		/* JSON Lines: one record a line */
};

const char *fl_input_name(int input);
int fl_input_parse(const char *s);	/* -1 if unknown */
/* The input type a file name's extension gives (text if none). */
int fl_input_for_name(const char *name);

/* Returns 0; -1 after a read error (errno in *read_errno, what was read
 * before it is annotated); -2 when flush asked to stop. */
int fl_annotate_fd(const struct fl_annotator *a, int fd, struct fl_doc *d,
    int *read_errno);

/* Annotate a buffer held in memory (tests, --check-rules examples). */
void fl_annotate_mem(const struct fl_annotator *a, const char *text,
    size_t len, struct fl_doc *d, struct fl_buf *out);

/* jsonl_in.c: JSON Lines records -------------------------------------- */

/* What --input=jsonl reads from each line. */
struct fl_jsonl_opts {
	const char *text_field;	/* dotted path to the text: "text" */
	const char *id_field;	/* dotted path to the id: "id" */
	const char *record_field;	/* the field -f records adds */
	size_t max_record;	/* longest line read, in bytes */
	long line_offset;	/* the first line is line_offset + 1 */
};

#define FL_MAX_RECORD (64 * 1024 * 1024)

/* The defaults: text, id, factlens, 64 MiB, 0. */
void fl_jsonl_opts_init(struct fl_jsonl_opts *o);
/* A --max-record value: decimal bytes with an optional K, M or G (binary
 * multiples), more than 0 and at most SIZE_MAX / 2.  Returns 0 with *n
 * set, or -1 (*n unchanged). */
int fl_jsonl_size_parse(const char *s, size_t *n);

/*
 * A line reader: hands on one line at a time without its line end (LF or
 * CRLF), skipping lines of only spaces, tabs and CRs, and a UTF-8 byte
 * order mark at the start of line 1.  A line longer than max bytes is not
 * kept: it is handed on once, empty, with too_long set, and its bytes are
 * skipped.  Memory stays within max plus one read.
 */
struct fl_lines {
	int fd;
	struct fl_buf buf;
	size_t pos;		/* start of the unread bytes */
	size_t scan;		/* where the search for a line end resumes */
	long line;		/* number of the last line handed on */
	size_t max;
	int eof;
	int error;		/* errno of a failed read, or 0 */
	int skipping;		/* inside a line too long to keep */
	/* Called before every read(2) that may block; may be NULL. */
	void (*before_read)(void *arg);
	void *before_read_arg;
};

struct fl_jline {
	const char *text;	/* not NUL-terminated; valid until the next
				   call */
	size_t len;
	long line;		/* 1-based, counting every line */
	int too_long;
};

/* Start reading fd; line numbers start after first_line. */
void fl_lines_init(struct fl_lines *r, int fd, size_t max, long first_line);
void fl_lines_release(struct fl_lines *r);
/* The next line in *l: 1, or 0 at end of input (r->error says if a read
 * failed; what was read before it has been handed on). */
int fl_lines_next(struct fl_lines *r, struct fl_jline *l);

/* One record as the formats see it (fl_doc.record). */
struct fl_record {
	long line;		/* its input line */
	const char *id;		/* the id as JSON text, as written, or the
				   line number */
	size_t idlen;
	const char *idtext;	/* for people: a string id decoded, else id */
	size_t idtextlen;
	const char *head;	/* the object up to the end of its last member,
				   without the closing brace; "{" if none */
	size_t headlen;
	int members;		/* head holds a member */
	const char *field;	/* the name of the field -f records adds */
	const char *error;	/* why the line is bad, or NULL */
};

/* Decodes lines into records; reused from line to line.  Owns what the
 * record and text it hands on point to, until the next decode. */
struct fl_jsonl {
	const struct fl_jsonl_opts *opts;
	void *root;		/* json_t * of the line */
	void *paths;		/* the dotted paths, split */
	struct fl_buf head;	/* the head, when a member had to go */
	char idnum[24];		/* the line number as an id */
	char msg[512];
};

void fl_jsonl_init(struct fl_jsonl *j, const struct fl_jsonl_opts *o);
void fl_jsonl_release(struct fl_jsonl *j);

/*
 * Decode the line l (with libjansson) into rec, and point *text at the
 * decoded UTF-8 of its text field.  Returns 0; or -1 for a bad line, with
 * rec->error saying why (rec->head is still the object, or "{" when the
 * line is not one).  A line that is too long, or not a JSON object, lacks
 * the text field, has a text that is not a string, holds invalid UTF-8 or
 * an id that is not a scalar, is bad.
 */
int fl_jsonl_decode(struct fl_jsonl *j, const struct fl_jline *l,
    struct fl_record *rec, const char **text, size_t *len);

/* Is the format one that can show records (records, json, tsv,
 * summary)? */
int fl_format_for_records(const struct fl_format *f);

#endif
