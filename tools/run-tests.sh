#!/usr/bin/env bash
# Run every unit test program in BUILD/tests and every end-to-end script in
# tests/e2e against BUILD/dyad.  Each test prints "PASS name" or
# "FAIL name: why" lines; this script counts them.
#
#   tools/run-tests.sh BUILD            run, print "N passed, N failed", exit 1 on failure
#   tools/run-tests.sh BUILD --pending  run, save counts, exit 0 (a later run sums)
#   tools/run-tests.sh BUILD --final    run, add the counts saved by --pending runs
#
# A program that exits non-zero (a crash, a sanitizer report) without a FAIL
# line counts as one failure.  BUILD may be absolute; DYAD_TESTS_UNIT_ONLY=1
# skips the end-to-end scripts (tests/e2e/harness.sh checks this script
# with it).
set -u
build=$1; mode=${2:-}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
case "$build" in /*) bdir=$build ;; *) bdir=$root/$build ;; esac
export DYAD="$bdir/dyad" DYAD_ROOT="$root" DYAD_SHARED="${DYAD_SHARED:-$root/../shared}"
export LSAN_OPTIONS="suppressions=$root/tools/lsan.supp:print_suppressions=0"
log="$bdir/test.log"; : > "$log"
pass=0; fail=0
tally() {  # name of the test program, its output file, its exit code
    local p f
    p=$(grep -c '^PASS ' "$2"); f=$(grep -c '^FAIL ' "$2")
    if [ "$3" -ne 0 ] && [ "$f" -eq 0 ]; then
        echo "FAIL $1: exited with status $3" >> "$2"; f=1
    fi
    grep '^FAIL ' "$2" | sed "s|^|[$build] |"
    cat "$2" >> "$log"
    pass=$((pass + p)); fail=$((fail + f))
}
out=$(mktemp); trap 'rm -f "$out"' EXIT
for t in "$bdir"/tests/test_*; do
    [ -x "$t" ] || continue
    timeout 300 "$t" > "$out" 2>&1; rc=$?   # (before "$(basename)" resets $?)
    tally "$(basename "$t")" "$out" $rc
done
for t in tests/e2e/*.sh; do
    [ -f "$t" ] && [ "${DYAD_TESTS_UNIT_ONLY:-0}" != 1 ] || continue
    timeout 300 bash "$t" > "$out" 2>&1; rc=$?
    tally "$(basename "$t")" "$out" $rc
done
echo "[$build] $pass passed, $fail failed (log: $log)"
case "$mode" in
  --pending|build-asan-pending) echo "$pass $fail" > "$root/.test-counts"; exit 0 ;;
  --final)
    if [ -f "$root/.test-counts" ]; then
        read -r p0 f0 < "$root/.test-counts"; rm -f "$root/.test-counts"
        pass=$((pass + p0)); fail=$((fail + f0))
    fi ;;
esac
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
