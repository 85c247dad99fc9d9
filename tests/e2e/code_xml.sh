# 'dyad code' on parsed PETRARCH XML: JSON Lines contract and TSV columns.
. "$(dirname "$0")/lib.sh"
"$DYAD" code -q $VALDICT "$PETR/PETR.UnitTest.records.xml" > "$TMP/ev.jsonl" 2>"$TMP/err"
rc=$?
[ "$rc" = 1 ] && pass code_exit_1_when_some_records_bad || fail code_exit_1_when_some_records_bad "rc=$rc"
python3 - "$TMP/ev.jsonl" <<'PY' && pass jsonl_contract || fail jsonl_contract "see above"
import json, sys
need = ["doc", "sentence", "story_date", "source", "target", "code", "root",
        "quad", "goldstein", "source_text", "target_text", "trigger"]
n = 0
first = None
for line in open(sys.argv[1]):
    e = json.loads(line)
    for k in need:
        assert k in e, (k, e)
    assert e["root"] == e["code"][:2]
    n += 1
    if e["doc"] == "DEMO-00":
        first = e
assert n > 200, n
assert first and first["source"] == "ARN" and first["target"] == "GON" and first["code"] == "064"
assert first["quad"] == 2 and first["goldstein"] == 7.0 and first["story_date"] == "1995-01-01"
PY
"$DYAD" code -q $VALDICT --format tsv "$PETR/PETR.UnitTest.records.xml" > "$TMP/ev.tsv" 2>/dev/null
awk -F'\t' 'NF != 19 { bad = 1 } END { exit bad }' "$TMP/ev.tsv" && pass tsv_has_19_columns || fail tsv_has_19_columns "$(head -1 "$TMP/ev.tsv")"
[ "$(wc -l < "$TMP/ev.tsv")" = "$(wc -l < "$TMP/ev.jsonl")" ] && pass tsv_and_jsonl_same_events || fail tsv_and_jsonl_same_events "counts differ"
grep -q 'ERROR-02' "$TMP/err" && grep -q 'unbalanced' "$TMP/err" && pass unbalanced_tree_reported_with_id || fail unbalanced_tree_reported_with_id "$(cat "$TMP/err")"
"$DYAD" code -q --verbs "$PETR/CAMEO.2.0.txt" --actors "$PETR/Phoenix.Countries.actors.txt" "$PETR/PETR.UnitTest.records.xml" > "$TMP/p.jsonl" 2>/dev/null
[ -s "$TMP/p.jsonl" ] && pass codes_with_petrarch2_verbs || fail codes_with_petrarch2_verbs "no events"
"$DYAD" bogus >/dev/null 2>&1; [ $? = 2 ] && pass unknown_command_exit_2 || fail unknown_command_exit_2 "rc"
"$DYAD" code --nope x >/dev/null 2>&1; [ $? = 2 ] && pass unknown_option_exit_2 || fail unknown_option_exit_2 "rc"
