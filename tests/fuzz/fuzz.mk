# tests/fuzz/fuzz.mk: libFuzzer harnesses (included by the top Makefile).
#
#   make fuzz [FUZZ_SECONDS=N]   build the harnesses with clang into
#                                build-fuzz/, run each for N seconds
#                                (default 60), then replay the regressions
#   make fuzz-regress            replay tests/fuzz/regressions only
#   make fuzz-build              build the harnesses only
#
# Harnesses: pipeline (the whole pipeline on arbitrary bytes with the
# built-in rules), rules (the rule loader and compiler on arbitrary YAML),
# segment (segmentation alone), markup (Markdown and HTML input through
# the whole pipeline), jsonl (JSON Lines records: the line reader, the
# JSON decoder and the records pipeline, on one thread and two), reopt (the
# pattern rewriting: same matches before and after).  Each fuzzes a working corpus in
# build-fuzz/corpus/<harness>, seeded from tests/fuzz/corpus/<harness>;
# crashing inputs land in build-fuzz/artifacts/<harness>/.  Add each one to
# tests/fuzz/regressions/<harness>/ once it is fixed.

FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
FUZZ_JOBS ?= 1
FUZZ_SAN = -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_CFLAGS = $(STD) $(WARN) -g -O1 -fno-omit-frame-pointer $(FUZZ_SAN) \
	$(PKG_CFLAGS) -Isrc -Ibuild
FUZZ_HARNESSES = pipeline rules segment markup jsonl reopt
FUZZ_OBJ = $(LIB_SRC:%.c=build-fuzz/%.o) build-fuzz/rules_builtin.o \
	build-fuzz/assets.o build-fuzz/snapshot_data.o
FUZZ_BIN = $(FUZZ_HARNESSES:%=build-fuzz/fuzz_%)
# Per harness: the longest input tried, and the time one input may take.
FUZZ_OPTS_pipeline = -max_len=16384 -timeout=20 -dict=tests/fuzz/text.dict
FUZZ_OPTS_rules = -max_len=8192 -timeout=20 -dict=tests/fuzz/yaml.dict
FUZZ_OPTS_segment = -max_len=65536 -timeout=20 -dict=tests/fuzz/text.dict
FUZZ_OPTS_markup = -max_len=16384 -timeout=20 -dict=tests/fuzz/markup.dict
FUZZ_OPTS_jsonl = -max_len=16384 -timeout=20 -dict=tests/fuzz/jsonl.dict
FUZZ_OPTS_reopt = -max_len=1024 -timeout=20 -dict=tests/fuzz/reopt.dict

build-fuzz:
	mkdir -p build-fuzz

build-fuzz/%.o: src/%.c $(HDRS) | build-fuzz
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

build-fuzz/rules_builtin.o build-fuzz/assets.o \
    build-fuzz/snapshot_data.o: build-fuzz/%.o: build/%.c \
    src/factlens.h src/exercise.h | build-fuzz
	$(FUZZ_CC) $(FUZZ_CFLAGS) -Wno-overlength-strings -c -o $@ $<

build-fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/harness.h $(FUZZ_OBJ)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_OBJ) \
	    $(PKG_LIBS) -lpthread

.SECONDARY: $(FUZZ_OBJ)

fuzz-build: $(FUZZ_BIN)

fuzz: $(FUZZ_BIN)
	@for h in $(FUZZ_HARNESSES); do \
	    mkdir -p build-fuzz/corpus/$$h build-fuzz/artifacts/$$h || exit 2; \
	    echo "fuzz: $$h for $(FUZZ_SECONDS) s"; \
	    opts=; \
	    case $$h in \
	    pipeline) opts='$(FUZZ_OPTS_pipeline)' ;; \
	    rules) opts='$(FUZZ_OPTS_rules)' ;; \
	    segment) opts='$(FUZZ_OPTS_segment)' ;; \
	    markup) opts='$(FUZZ_OPTS_markup)' ;; \
	    jsonl) opts='$(FUZZ_OPTS_jsonl)' ;; \
	    reopt) opts='$(FUZZ_OPTS_reopt)' ;; \
	    esac; \
	    build-fuzz/fuzz_$$h $$opts -max_total_time=$(FUZZ_SECONDS) \
	        -jobs=$(FUZZ_JOBS) -workers=$(FUZZ_JOBS) -print_final_stats=1 \
	        -artifact_prefix=build-fuzz/artifacts/$$h/ \
	        build-fuzz/corpus/$$h tests/fuzz/corpus/$$h || exit 1; \
	done
	@$(MAKE) --no-print-directory fuzz-regress

fuzz-regress: $(FUZZ_BIN)
	@for h in $(FUZZ_HARNESSES); do \
	    set -- $$(find tests/fuzz/regressions/$$h tests/fuzz/corpus/$$h \
	        -type f ! -name '.*' ! -name '*.md' | sort); \
	    [ $$# -gt 0 ] || continue; \
	    build-fuzz/fuzz_$$h -runs=1 "$$@" >build-fuzz/regress-$$h.log \
	        2>&1 || { tail -40 build-fuzz/regress-$$h.log; \
	        echo "fuzz-regress: $$h FAILED"; exit 1; }; \
	    echo "fuzz-regress: $$h: $$# inputs ok"; \
	done

.PHONY: fuzz fuzz-build fuzz-regress
