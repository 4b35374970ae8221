# tests/sanitize.mk: sanitizer and valgrind runs (included by the top
# Makefile).
#
#   make asan       build src/*.c and the unit tests with AddressSanitizer
#                   (and LeakSanitizer) into build-asan/, run the unit,
#                   end-to-end and hostile-input tests with them
#   make ubsan      the same with UndefinedBehaviorSanitizer, build-ubsan/
#   make sanitize   the same with both at once, build-san/: one build and
#                   one run of the tests instead of two (CI)
#   make tsan       build with ThreadSanitizer into build-tsan/ and run every
#                   end-to-end case that uses --jobs (text, markup and
#                   JSON Lines records): any data race fails the case
#   make valgrind   the end-to-end tests under valgrind: zero errors, zero
#                   leaks (FACTLENS_NO_JIT=1: PCRE2's JIT code confuses
#                   valgrind)
#
# SAN_CC (default $(CC)) must support -fsanitize; gcc and clang both do.

SAN_CC ?= $(CC)
SAN_COMMON = $(STD) $(WARN) -g -O1 -fno-omit-frame-pointer $(PKG_CFLAGS) \
	-Isrc -Ibuild
ASAN_FLAGS = -fsanitize=address
UBSAN_FLAGS = -fsanitize=undefined -fno-sanitize-recover=all
SAN_BOTH_FLAGS = -fsanitize=address,undefined -fno-sanitize-recover=all
TSAN_FLAGS = -fsanitize=thread
ASAN_OBJ = $(LIB_SRC:%.c=build-asan/%.o) build-asan/rules_builtin.o \
	build-asan/assets.o build-asan/snapshot_data.o
UBSAN_OBJ = $(LIB_SRC:%.c=build-ubsan/%.o) build-ubsan/rules_builtin.o \
	build-ubsan/assets.o build-ubsan/snapshot_data.o
TSAN_OBJ = $(LIB_SRC:%.c=build-tsan/%.o) build-tsan/rules_builtin.o \
	build-tsan/assets.o build-tsan/snapshot_data.o
SAN_OBJ = $(LIB_SRC:%.c=build-san/%.o) build-san/rules_builtin.o \
	build-san/assets.o build-san/snapshot_data.o
# A race report ends the program with status 66, which no case expects.
TSAN_ENV = TSAN_OPTIONS=halt_on_error=1:exitcode=66:second_deadlock_stack=1
# The cases that run more than one thread.
TSAN_CASES = $(shell grep -l -E -e '(-j|--jobs)[ =]?[0-9]' \
	tests/e2e/cases/*.t)
# Stop at the first error, with a stack; in the unit tests' forked
# children too.
SAN_ENV = ASAN_OPTIONS=abort_on_error=0:halt_on_error=1:detect_leaks=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
VALGRIND_CMD = valgrind --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite,indirect,possible -q

build-asan build-ubsan build-tsan build-san:
	mkdir -p $@

# One object rule per sanitizer: the sources, and the C files make
# generates in build/ (the embedded rules, assets and snapshot).
SAN_FLAGS_asan = $(ASAN_FLAGS)
SAN_FLAGS_ubsan = $(UBSAN_FLAGS)
SAN_FLAGS_tsan = $(TSAN_FLAGS)
SAN_FLAGS_san = $(SAN_BOTH_FLAGS)
define SAN_OBJ_RULES
build-$(1)/%.o: src/%.c $$(HDRS) | build-$(1)
	$$(SAN_CC) $$(SAN_COMMON) $$(SAN_FLAGS_$(1)) -c -o $$@ $$<

build-$(1)/rules_builtin.o build-$(1)/assets.o \
    build-$(1)/snapshot_data.o: build-$(1)/%.o: \
    build/%.c src/factlens.h src/exercise.h | build-$(1)
	$$(SAN_CC) $$(SAN_COMMON) $$(SAN_FLAGS_$(1)) -Wno-overlength-strings \
	    -c -o $$@ $$<
endef
$(foreach s,asan ubsan tsan san,$(eval $(call SAN_OBJ_RULES,$(s))))

build-tsan/factlens: $(TSAN_OBJ) build-tsan/main.o
	$(SAN_CC) $(TSAN_FLAGS) -o $@ $^ $(PKG_LIBS) -lpthread

build-asan/factlens: $(ASAN_OBJ) build-asan/main.o
	$(SAN_CC) $(ASAN_FLAGS) -o $@ $^ $(PKG_LIBS) -lpthread

build-ubsan/factlens: $(UBSAN_OBJ) build-ubsan/main.o
	$(SAN_CC) $(UBSAN_FLAGS) -o $@ $^ $(PKG_LIBS) -lpthread

build-san/factlens: $(SAN_OBJ) build-san/main.o
	$(SAN_CC) $(SAN_BOTH_FLAGS) -o $@ $^ $(PKG_LIBS) -lpthread

build-asan/check_unit: $(UNIT_SRC) $(ASAN_OBJ)
	$(SAN_CC) $(SAN_COMMON) $(ASAN_FLAGS) $(CHECK_CFLAGS) -o $@ \
	    $(UNIT_SRC) $(ASAN_OBJ) $(CHECK_LIBS) $(PKG_LIBS) -lpthread

build-ubsan/check_unit: $(UNIT_SRC) $(UBSAN_OBJ)
	$(SAN_CC) $(SAN_COMMON) $(UBSAN_FLAGS) $(CHECK_CFLAGS) -o $@ \
	    $(UNIT_SRC) $(UBSAN_OBJ) $(CHECK_LIBS) $(PKG_LIBS) -lpthread

build-san/check_unit: $(UNIT_SRC) $(SAN_OBJ)
	$(SAN_CC) $(SAN_COMMON) $(SAN_BOTH_FLAGS) $(CHECK_CFLAGS) -o $@ \
	    $(UNIT_SRC) $(SAN_OBJ) $(CHECK_LIBS) $(PKG_LIBS) -lpthread

.SECONDARY: $(ASAN_OBJ) $(UBSAN_OBJ) $(TSAN_OBJ) $(SAN_OBJ) \
	build-asan/main.o build-ubsan/main.o build-tsan/main.o build-san/main.o

# The hostile tests skip what a sanitizer cannot take part in (ulimit -v:
# AddressSanitizer reserves terabytes of address space).
asan ubsan san: %: build-%/factlens build-%/check_unit
	$(SAN_ENV) CK_TAP_LOG_FILE_NAME= build-$*/check_unit
	$(SAN_ENV) sh tests/e2e/run.sh build-$*/factlens
	@if [ -f tests/hostile/run.sh ]; then \
	    echo "$(SAN_ENV) FACTLENS_SANITIZED=$* sh tests/hostile/run.sh" \
	        "build-$*/factlens"; \
	    $(SAN_ENV) FACTLENS_SANITIZED=$* sh tests/hostile/run.sh \
	        build-$*/factlens; \
	fi

tsan: build-tsan/factlens
	$(TSAN_ENV) sh tests/e2e/run.sh build-tsan/factlens $(TSAN_CASES)

valgrind: factlens
	FACTLENS_NO_JIT=1 VALGRIND="$(VALGRIND_CMD)" sh tests/e2e/run.sh \
	    ./factlens

sanitize: san

.PHONY: asan ubsan san sanitize tsan valgrind
