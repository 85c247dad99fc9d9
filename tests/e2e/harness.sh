#!/usr/bin/env bash
# harness.sh -- tools/run-tests.sh itself: a test program that crashes or
# exits non-zero without printing FAIL must count as a failure (a sanitizer
# report once went uncounted because "$?" was read after a command
# substitution had reset it).
. "$(dirname "$0")/lib.sh"
runner="$DYAD_ROOT/tools/run-tests.sh"
mkdir -p "$TMP/b/tests"
printf '#!/bin/sh\necho "PASS before_the_crash"\nkill -SEGV $$\n' > "$TMP/b/tests/test_crash"
printf '#!/bin/sh\necho "PASS fine"\nexit 0\n' > "$TMP/b/tests/test_fine"
chmod +x "$TMP/b/tests/test_crash" "$TMP/b/tests/test_fine"
out=$(DYAD_TESTS_UNIT_ONLY=1 bash "$runner" "$TMP/b" 2>&1); rc=$?
last=$(printf '%s\n' "$out" | tail -1)
check harness_counts_a_crash_as_a_failure test "$last" = "2 passed, 1 failed"
check harness_exits_non_zero_on_a_crash test "$rc" -ne 0
check harness_names_the_crashed_program grep -q "FAIL test_crash: exited with status" "$TMP/b/test.log"
rm -f "$TMP/b/tests/test_crash"
out=$(DYAD_TESTS_UNIT_ONLY=1 bash "$runner" "$TMP/b" 2>&1); rc=$?
check harness_passes_a_clean_run test "$rc" -eq 0 -a "$(printf '%s\n' "$out" | tail -1)" = "1 passed, 0 failed"
