# The PETRARCH unit-test suite: at least 270 of its 284 records must pass.
. "$(dirname "$0")/lib.sh"
out=$("$DYAD" validate "$PETR/PETR.UnitTest.records.xml" --dict-dir "$PETR" 2>"$TMP/err")
last=$(printf '%s\n' "$out" | tail -n 1)
passed=${last%% passed*}
case "$passed" in ''|*[!0-9]*) passed=0 ;; esac
if [ "$passed" -ge 270 ]; then pass "petrarch_suite_at_least_270 ($last)"; else fail petrarch_suite_at_least_270 "$last"; fi
total=$(printf '%s\n' "$last" | awk '{print $1 + $3}')
[ "$total" = 284 ] && pass petrarch_suite_reads_all_284 || fail petrarch_suite_reads_all_284 "total $total"
printf '%s\n' "$out" | grep -q '^category ' && pass validate_prints_category_table || fail validate_prints_category_table "no table"
# the malformed lines of the validation dictionaries are reported with file:line
