# Raw text in its usual forms, and bad raw input: clear messages, sensible
# results, never a crash or a hang.
. "$(dirname "$0")/lib.sh"
ex="$DYAD_ROOT/examples"

# plain text from stdin, JSON Lines, HTML: each codes, doc ids are kept
cat "$ex/ukraine_talks.txt" | timeout 60 "$DYAD" code -q - > "$TMP/stdin.jsonl"
[ -s "$TMP/stdin.jsonl" ] && pass stdin_text_codes || fail stdin_text_codes "no events"
timeout 60 "$DYAD" code -q "$ex/wire.jsonl" > "$TMP/wire.jsonl"
python3 - "$TMP/wire.jsonl" "$ex/wire.jsonl" <<'PY' && pass jsonl_ids_kept || fail jsonl_ids_kept "doc ids"
import json, sys
ids = {json.loads(l)["id"] for l in open(sys.argv[2])}
got = {json.loads(l)["doc"] for l in open(sys.argv[1])}
assert got and got <= ids, (got, ids)
PY
python3 - "$TMP/wire.jsonl" <<'PY' && pass event_fields_complete || fail event_fields_complete "fields"
import json, sys
for l in open(sys.argv[1]):
    e = json.loads(l)
    assert e["event_date"] and e["date_precision"] in ("year", "month", "day"), e
    assert e["method"] in ("parse", "shallow", "noun"), e
    assert e["span"][0] < e["span"][1] and e["evidence"], e
PY
# the same output for any number of threads, and for the shallow path
for n in 1 2; do timeout 120 "$DYAD" code -q --threads $n "$ex/wire.jsonl" > "$TMP/t$n.jsonl"; done
cmp -s "$TMP/t1.jsonl" "$TMP/t2.jsonl" && pass threads_same_output || fail threads_same_output "differs"
timeout 60 "$DYAD" code -q --no-parse "$ex/wire.jsonl" > "$TMP/sh.jsonl"
grep -q '"method":"shallow"' "$TMP/sh.jsonl" && ! grep -q '"method":"parse"' "$TMP/sh.jsonl" && pass no_parse_is_shallow || fail no_parse_is_shallow "methods"

# a 10 MB single-line file
python3 -c "import sys; sys.stdout.write('Iran sent oil to Venezuela and ' * 350000 + 'done.')" > "$TMP/big.txt"
timeout 120 "$DYAD" code -q "$TMP/big.txt" > "$TMP/o1" 2> "$TMP/e1"; rc=$?
[ "$rc" -le 1 ] && grep -q 'big.txt' "$TMP/e1" && pass ten_mb_line_clear_message || fail ten_mb_line_clear_message "rc=$rc $(head -c 200 "$TMP/e1")"
# a binary file
head -c 20000 /dev/urandom > "$TMP/bin.dat"
timeout 30 "$DYAD" code -q "$TMP/bin.dat" > "$TMP/o2" 2> "$TMP/e2"; rc=$?
[ "$rc" -le 1 ] && grep -q 'bin.dat' "$TMP/e2" && [ ! -s "$TMP/o2" ] && pass binary_file_refused || fail binary_file_refused "rc=$rc $(cat "$TMP/e2")"
# HTML with no text
printf '<html><head><script>var x=1;</script></head><body><nav>Home</nav></body></html>' > "$TMP/empty.html"
timeout 30 "$DYAD" code -q "$TMP/empty.html" > "$TMP/o3" 2> "$TMP/e3"; rc=$?
[ "$rc" -le 1 ] && [ ! -s "$TMP/o3" ] && pass html_without_text || fail html_without_text "rc=$rc"
# an article in another language: reported, nothing coded from it
printf 'El gobierno de Venezuela firmó hoy un acuerdo con Irán para la reparación de refinerías. Las autoridades dijeron que la cooperación continuará durante los próximos años.\n' > "$TMP/es.txt"
timeout 30 "$DYAD" code -q "$TMP/es.txt" > "$TMP/o4" 2> "$TMP/e4"; rc=$?
[ "$rc" -le 1 ] && grep -qi 'english' "$TMP/e4" && pass other_language_reported || fail other_language_reported "rc=$rc $(cat "$TMP/e4")"
# invalid UTF-8 in text: reported, replaced, coded
printf 'Iran sent oil to Venezuela \xff\xfe yesterday.\n' > "$TMP/bad.txt"
timeout 30 "$DYAD" code -q --date 2024-01-05 "$TMP/bad.txt" > "$TMP/o5" 2> "$TMP/e5"; rc=$?
[ "$rc" -le 1 ] && grep -qi 'utf-8' "$TMP/e5" && pass invalid_utf8_text_reported || fail invalid_utf8_text_reported "rc=$rc $(cat "$TMP/e5")"
# a bad JSON line in the middle: the others still coded
{ head -1 "$ex/wire.jsonl"; echo '{"id": broken'; tail -1 "$ex/wire.jsonl"; } > "$TMP/mixed.jsonl"
timeout 60 "$DYAD" code -q "$TMP/mixed.jsonl" > "$TMP/o6" 2> "$TMP/e6"; rc=$?
[ "$rc" = 1 ] && grep -q 'mixed.jsonl:2' "$TMP/e6" && pass bad_json_line_named_rest_coded || fail bad_json_line_named_rest_coded "rc=$rc $(cat "$TMP/e6")"
