# The bundled demo corpus: every article's expected events are found and
# nothing from page boilerplate becomes a source (examples/check.py).
. "$(dirname "$0")/lib.sh"
ex="$DYAD_ROOT/examples"
for f in "$ex"/*.txt "$ex"/*.html "$ex"/*.jsonl; do
    [ -f "$f" ] || continue
    name=$(basename "${f%.*}")
    [ -f "$ex/expected/$name.tsv" ] || continue
    "$DYAD" code -q "$f" > "$TMP/$name.jsonl" 2> "$TMP/$name.err"
    if python3 "$ex/check.py" "$name" "$TMP/$name.jsonl" > "$TMP/$name.out" 2>&1; then
        pass "example_$name ($(tail -1 "$TMP/$name.out"))"
    else
        fail "example_$name" "$(grep -c '^FAIL' "$TMP/$name.out") misses: $(grep '^FAIL' "$TMP/$name.out" | head -3 | tr '\n' ';')"
    fi
done
