# dyad -- build, test, demo, bench.
#
#   make            build build/dyad (and the ./dyad link)
#   make deps       install the Debian packages dyad needs (skips installed)
#   make test       unit + end-to-end tests, then again under ASan+UBSan
#   make demo       deps, build, code the bundled demo corpus into SQLite
#   make bench      benchmarks in bench/ (writes bench/results/)
#
# Sources are picked up by wildcard: every src/**/*.c except src/cli/ goes
# into libdyad.a; src/cli/*.c make the dyad tool; tests/unit/test_*.c each
# become a test program linked against libdyad.a.

PKGS     := link-grammar libutf8proc sqlite3 igraph libxml-2.0 jansson libmicrohttpd
CC       ?= cc
BUILD    ?= build
OPT      ?= -O2 -g
CSTD     := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
WARN     := -Wall -Wextra -Werror -Wno-unused-parameter
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CFLAGS   += $(OPT) $(CSTD) $(WARN) $(SAN)
CPPFLAGS += -Iinclude -Isrc $(PKG_CFLAGS) -MMD -MP
LDLIBS   += $(PKG_LIBS) -lwordnet -lpthread -lm
LDFLAGS  += $(SAN)

LIB_SRC  := $(shell find src -name '*.c' ! -path 'src/cli/*' | sort)
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
TEST_SRC := $(sort $(wildcard tests/unit/test_*.c))
BENCH_SRC:= $(sort $(wildcard bench/*.c))
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_BIN := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)
BENCH_BIN:= $(BENCH_SRC:bench/%.c=$(BUILD)/bench/%)

.PHONY: all deps test test-fast test-asan demo bench clean lib tests check-clang
all: $(BUILD)/dyad dyad

dyad: $(BUILD)/dyad
	@[ "$(BUILD)" = build ] && ln -sf build/dyad dyad || true

lib: $(BUILD)/libdyad.a

$(BUILD)/libdyad.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/dyad: $(CLI_OBJ) $(BUILD)/libdyad.a
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libdyad.a $(LDLIBS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "CC $<"
	@$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c tests/unit/test.h $(BUILD)/libdyad.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libdyad.a $(LDLIBS)

$(BUILD)/bench/%: bench/%.c $(BUILD)/libdyad.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libdyad.a $(LDLIBS)

tests: $(TEST_BIN) $(BUILD)/dyad

deps:
	@tools/deps.sh

# test-fast: one build, one run.  test: plain build, then ASan+UBSan build.
test-fast: tests
	@tools/run-tests.sh $(BUILD)

test-asan:
	@$(MAKE) --no-print-directory BUILD=build-asan OPT='-O1 -g -fno-omit-frame-pointer' \
	  SAN='-fsanitize=address,undefined -fno-sanitize-recover=undefined' tests
	@ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 tools/run-tests.sh build-asan

# the code must also be clean under clang (-Werror): compile it there too
check-clang:
	@$(MAKE) --no-print-directory CC=clang BUILD=build-clang all >/dev/null && \
	  echo "clang build: clean"

test: deps
	@$(MAKE) --no-print-directory check-clang
	@$(MAKE) --no-print-directory tests
	@tools/run-tests.sh $(BUILD) build-asan-pending
	@$(MAKE) --no-print-directory BUILD=build-asan OPT='-O1 -g -fno-omit-frame-pointer' \
	  SAN='-fsanitize=address,undefined -fno-sanitize-recover=undefined' tests
	@ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 tools/run-tests.sh build-asan --final

demo: deps all
	@tools/demo.sh

bench: all $(BENCH_BIN)
	@bench/run.sh

clean:
	rm -rf build build-asan build-clang dyad

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)
