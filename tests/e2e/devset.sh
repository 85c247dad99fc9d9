# Root-level F1 of dyad's own dictionaries on the hand-coded development
# set (tests/dev).  The target is 0.8; this test guards what has been
# reached (0.94 on 2026-11-29, guarded at 0.90) against regressions and prints the figure.
. "$(dirname "$0")/lib.sh"
"$DYAD" code -q "$DYAD_ROOT/tests/dev/dev.jsonl" > "$TMP/dev.jsonl" 2> "$TMP/err"
python3 "$DYAD_ROOT/tests/dev/score.py" "$TMP/dev.jsonl" > "$TMP/score.txt" 2>&1
f1=$(awk '/^root F1:/ {print $3}' "$TMP/score.txt")
awk -v f="${f1:-0}" 'BEGIN { exit !(f >= 0.90) }' && pass "dev_set_root_f1_at_least_0.90 (F1 $f1; target 0.8)" || fail dev_set_root_f1_at_least_0.90 "F1 ${f1:-none}"
# the held-out set (tests/dev/README.md): a floor against regressions only
"$DYAD" code -q "$DYAD_ROOT/tests/dev/heldout.jsonl" > "$TMP/held.jsonl" 2> "$TMP/herr"
python3 "$DYAD_ROOT/tests/dev/score.py" --gold "$DYAD_ROOT/tests/dev/heldout.jsonl" \
    "$TMP/held.jsonl" > "$TMP/hscore.txt" 2>&1
h1=$(awk '/^root F1:/ {print $3}' "$TMP/hscore.txt")
awk -v f="${h1:-0}" 'BEGIN { exit !(f >= 0.68) }' && pass "heldout_root_f1_at_least_0.68 (F1 $h1)" || fail heldout_root_f1_at_least_0.68 "F1 ${h1:-none}"
# the second development batch (weak roots; tests/dev/README.md)
"$DYAD" code -q "$DYAD_ROOT/tests/dev/dev_more.jsonl" > "$TMP/more.jsonl" 2> "$TMP/merr"
python3 "$DYAD_ROOT/tests/dev/score.py" --gold "$DYAD_ROOT/tests/dev/dev_more.jsonl" \
    "$TMP/more.jsonl" > "$TMP/mscore.txt" 2>&1
m1=$(awk '/^root F1:/ {print $3}' "$TMP/mscore.txt")
awk -v f="${m1:-0}" 'BEGIN { exit !(f >= 0.65) }' && pass "dev_more_root_f1_at_least_0.65 (F1 $m1)" || fail dev_more_root_f1_at_least_0.65 "F1 ${m1:-none}"
# the third development batch (roots 03 04 06 08 15; tests/dev/README.md)
"$DYAD" code -q "$DYAD_ROOT/tests/dev/dev_third.jsonl" > "$TMP/third.jsonl" 2> "$TMP/terr"
python3 "$DYAD_ROOT/tests/dev/score.py" --gold "$DYAD_ROOT/tests/dev/dev_third.jsonl" \
    "$TMP/third.jsonl" > "$TMP/tscore.txt" 2>&1
t1=$(awk '/^root F1:/ {print $3}' "$TMP/tscore.txt")
awk -v f="${t1:-0}" 'BEGIN { exit !(f >= 0.50) }' && pass "dev_third_root_f1_at_least_0.50 (F1 $t1)" || fail dev_third_root_f1_at_least_0.50 "F1 ${t1:-none}"
# the second held-out set (never tuned on; tests/dev/README.md)
"$DYAD" code -q "$DYAD_ROOT/tests/dev/heldout2.jsonl" > "$TMP/held2.jsonl" 2> "$TMP/h2err"
python3 "$DYAD_ROOT/tests/dev/score.py" --gold "$DYAD_ROOT/tests/dev/heldout2.jsonl" \
    "$TMP/held2.jsonl" > "$TMP/h2score.txt" 2>&1
g1=$(awk '/^root F1:/ {print $3}' "$TMP/h2score.txt")
awk -v f="${g1:-0}" 'BEGIN { exit !(f >= 0.58) }' && pass "heldout2_root_f1_at_least_0.58 (F1 $g1)" || fail heldout2_root_f1_at_least_0.58 "F1 ${g1:-none}"
python3 "$DYAD_ROOT/tests/dev/score.py" --self-test > "$TMP/self.txt" 2>&1 && pass dev_scorer_self_test || fail dev_scorer_self_test "$(tail -2 "$TMP/self.txt")"
