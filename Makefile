# factlens: build, test, install.  GNU make.
#
#   make            build ./factlens (rules/*.yml embedded)
#   make check      rule examples, unit tests (Check), end-to-end and
#                   hostile-input tests, the corpus floor, editor (vim
#                   quickfix) and HTML (headless Chromium) checks, the
#                   worksheet (structure; a student in Chromium, axe-core),
#                   the examples of README.md and the man page, set-up
#                   (deps.sh, install), shell completion, and JSON Lines
#                   through Dask and GNU parallel
#   make tsan       every --jobs case under ThreadSanitizer
#   make asan / ubsan / valgrind   the tests under sanitizers, valgrind
#   make sanitize   the tests under AddressSanitizer and UBSan at once
#   make fuzz [FUZZ_SECONDS=N]     the libFuzzer harnesses (clang)
#   make deps       install missing Debian build dependencies
#   make demo       deps, build, and run on examples/sample.txt
#   make eval       score the labelled corpora (tests/corpus, ../shared/data)
#   make bench      speed and memory against grep (bench/run.sh)
#   make install / uninstall   honour PREFIX and DESTDIR

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man/man1
CC ?= cc
CFLAGS ?= -O3 -g -flto=auto
PKG_CONFIG ?= pkg-config
# Shell completion: where bash-completion loads completions on demand (its
# own completionsdir, moved under PREFIX), and zsh's site functions.
BASHCOMPDIR ?= $(shell $(PKG_CONFIG) --define-variable=prefix=$(PREFIX) \
	--variable=completionsdir bash-completion 2>/dev/null | grep . || \
	echo $(PREFIX)/share/bash-completion/completions)
ZSHCOMPDIR ?= $(PREFIX)/share/zsh/site-functions
SHARED ?= ../shared

STD = -std=c11 -D_POSIX_C_SOURCE=200809L
WARN = -Wall -Wextra -pedantic
PKGS = libpcre2-8 yaml-0.1 libcmark gumbo jansson
PKG_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
PKG_LIBS := $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null || echo -lpcre2-8 -lyaml -lcmark -lgumbo -ljansson)
CHECK_CFLAGS := $(shell $(PKG_CONFIG) --cflags check 2>/dev/null)
CHECK_LIBS := $(shell $(PKG_CONFIG) --libs check 2>/dev/null || echo -lcheck)

ALL_CFLAGS = $(STD) $(WARN) $(CFLAGS) $(PKG_CFLAGS) -Isrc -Ibuild

LIB_SRC = buf.c labels.c utf8.c input.c segment.c rules.c reopt.c reqbytes.c \
	prefilter.c \
	match.c \
	profile.c snapshot.c \
	classify.c clause.c \
	render.c summary.c fmt_text.c fmt_json.c fmt_tsv.c fmt_ansi.c \
	fmt_html.c fmt_diag.c fmt_critic.c fmt_summary.c annotate.c \
	parallel.c markup.c markdown.c html_in.c config.c suppress.c \
	exercise.c fmt_worksheet.c fmt_key.c grade.c grade_report.c \
	jsonl_in.c records.c pool.c fmt_records.c rulecmd.c config_print.c \
	failon.c rulectl.c
HDRS = src/factlens.h src/utf8.h src/annotate.h src/markup.h src/config.h \
	src/exercise.h src/grade.h src/pool.h src/rulecmd.h
LIB_OBJ = $(LIB_SRC:%.c=build/%.o) build/rules_builtin.o build/assets.o
ASSETS = fl_asset_exercise_css=src/web/exercise.css \
	fl_asset_worksheet_css=src/web/worksheet.css \
	fl_asset_worksheet_js=src/web/worksheet.js \
	fl_asset_report_css=src/web/report.css
RULES = $(sort $(wildcard rules/*.yml))
UNIT_SRC = $(sort $(wildcard tests/unit/*.c))

all: factlens

factlens: $(LIB_OBJ) build/snapshot_data.o build/main.o
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(PKG_LIBS) -lpthread

build/%.o: src/%.c $(HDRS) | build
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

build/rules_builtin.c: $(RULES) tools/embed-rules.sh | build
	sh tools/embed-rules.sh $(RULES) > $@.tmp && mv $@.tmp $@

# Rule files are longer than the 4095 bytes ISO C promises for a literal.
build/rules_builtin.o: build/rules_builtin.c src/factlens.h
	$(CC) $(ALL_CFLAGS) -Wno-overlength-strings -c -o $@ $<

# The built-in rules parsed and compiled at build time, for a fast start
# (src/snapshot.c): tools/mksnap.c, linked with the library, writes them.
build/mksnap: tools/mksnap.c $(LIB_OBJ) | build
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ tools/mksnap.c $(LIB_OBJ) \
	    $(PKG_LIBS) -lpthread

build/snapshot_data.c: build/mksnap
	build/mksnap > $@.tmp && mv $@.tmp $@

build/snapshot_data.o: build/snapshot_data.c src/factlens.h
	$(CC) $(ALL_CFLAGS) -Wno-overlength-strings -c -o $@ $<

# The worksheet's style sheets and script, as C strings (one page, no
# fetch); longer than a literal need be, as the rules are.
build/assets.c: $(wildcard src/web/*) tools/embed-assets.sh | build
	sh tools/embed-assets.sh $(ASSETS) > $@.tmp && mv $@.tmp $@

build/assets.o: build/assets.c src/exercise.h src/factlens.h
	$(CC) $(ALL_CFLAGS) -Wno-overlength-strings -c -o $@ $<

build:
	mkdir -p build

build/check_unit: $(UNIT_SRC) $(LIB_OBJ) build/snapshot_data.o | build
	$(CC) $(ALL_CFLAGS) $(CHECK_CFLAGS) -o $@ $(UNIT_SRC) $(LIB_OBJ) \
	    build/snapshot_data.o \
	    $(CHECK_LIBS) $(PKG_LIBS) -lpthread

check: check-rules check-unit check-e2e check-hostile check-corpus check-editors \
	check-html check-worksheet check-docs check-setup check-completion \
	check-scale

check-rules: factlens
	./factlens --check-rules

check-unit: build/check_unit
	build/check_unit

check-e2e: factlens
	sh tests/e2e/run.sh ./factlens

# The project's own labelled corpus: macro-F1 must stay at or above the
# floor, and every sentence must be segmented as labelled.
CORPUS_FLOOR = 0.92
check-corpus: factlens
	python3 tools/corpus-score.py --floor $(CORPUS_FLOOR) --seg 1.0 \
	    ./factlens tests/corpus tests/corpus/wrapped

# Hostile input and environment: the lossless property on generated
# inputs, rule files that try to break the loader, full disks, closed
# pipes, slow pipes, out of memory.
check-hostile: factlens
	sh tests/hostile/run.sh ./factlens

check-editors: factlens
	sh tests/editors/run.sh ./factlens
	sh tests/editors/precommit.sh ./factlens

check-html: factlens
	sh tests/html/run.sh ./factlens

# Every "$ " example of README.md and the man page is run and its output
# compared; the runner must also fail a set of wrong examples.
check-docs: factlens
	sh tests/docs/run.sh ./factlens
	sh tests/docs/selftest.sh ./factlens

# Set-up: tools/deps.sh against a fake apt-get (a held lock, a missing
# package); make install and uninstall into a DESTDIR.
check-setup: factlens
	sh tests/setup/deps.sh
	sh tests/setup/install.sh

# Shell completion: bash through COMP_WORDS and compgen, zsh in a
# pseudo-terminal (skipped without zsh); their lists against the binary's.
check-completion: factlens
	bash tests/completion/bash.sh ./factlens
	sh tests/completion/zsh.sh ./factlens

# The worksheet: its structure on every corpus document, then a student
# in headless Chromium with axe-core (needs node and tests/worksheet's
# node_modules: cd tests/worksheet && npm ci).
check-worksheet: factlens
	sh tests/worksheet/run.sh ./factlens
# JSON Lines at scale: tools/factlens-dask and GNU parallel give the
# output of one factlens (skipped without python3-distributed, parallel).
check-scale: factlens
	sh tests/scale/run.sh ./factlens

bench: factlens
	sh bench/run.sh ./factlens

screenshot: factlens
	sh tools/screenshot.sh

# examples/worksheet-before.png and -after.png, for the README.
screenshot-worksheet: factlens
	sh tools/screenshot-worksheet.sh

deps:
	sh tools/deps.sh

demo:
	sh tools/demo.sh

eval: factlens
	@echo "== tests/corpus (the project's own labelled corpus)"
	@python3 tools/corpus-score.py ./factlens tests/corpus tests/corpus/wrapped
	@if [ -d "$(SHARED)/data" ]; then \
	    echo "== $(SHARED)/data"; \
	    sh tools/eval.sh ./factlens "$(SHARED)"; \
	else \
	    echo "eval: no $(SHARED)/data here; those sets skipped"; \
	fi

install: factlens
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR) \
	    $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR)
	cp factlens $(DESTDIR)$(BINDIR)/factlens
	chmod 755 $(DESTDIR)$(BINDIR)/factlens
	cp man/factlens.1 $(DESTDIR)$(MANDIR)/factlens.1
	chmod 644 $(DESTDIR)$(MANDIR)/factlens.1
	cp tools/completion/factlens.bash $(DESTDIR)$(BASHCOMPDIR)/factlens
	chmod 644 $(DESTDIR)$(BASHCOMPDIR)/factlens
	cp tools/completion/_factlens $(DESTDIR)$(ZSHCOMPDIR)/_factlens
	chmod 644 $(DESTDIR)$(ZSHCOMPDIR)/_factlens

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/factlens $(DESTDIR)$(MANDIR)/factlens.1 \
	    $(DESTDIR)$(BASHCOMPDIR)/factlens $(DESTDIR)$(ZSHCOMPDIR)/_factlens

lint: lint-man
	cppcheck --quiet --error-exitcode=1 --enable=warning,portability \
	    --inline-suppr \
	    --suppress=missingIncludeSystem -Isrc src

lint-man:
	mandoc -Tlint -W warning man/factlens.1

# Fuzzing and sanitizer builds (tests/fuzz/fuzz.mk, tests/sanitize.mk).
-include tests/fuzz/fuzz.mk tests/sanitize.mk

clean:
	rm -rf build build-* factlens

.PHONY: all check check-rules check-unit check-e2e check-hostile check-corpus \
	check-editors \
	check-html check-worksheet check-docs check-setup check-completion \
	check-scale screenshot screenshot-worksheet bench deps demo eval install \
	uninstall lint lint-man clean
