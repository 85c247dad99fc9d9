# The bundled demo corpus (examples/, written by us): for every article,
# the events a good coder must find (examples/expected/NAME.tsv) and the
# sources page boilerplate must never give (NAME.forbid.tsv), checked by
# examples/check.py.  A regression guard: every article must keep at least
# half of its expected events, the corpus as a whole at least 70%, and no
# forbidden source may appear; the misses are listed.
. "$(dirname "$0")/lib.sh"
ex="$DYAD_ROOT/examples"
found=0; total=0
for f in "$ex"/*.txt "$ex"/*.html "$ex"/*.jsonl; do
    [ -f "$f" ] || continue
    name=$(basename "${f%.*}")
    [ -f "$ex/expected/$name.tsv" ] || continue
    "$DYAD" code -q "$f" > "$TMP/$name.jsonl" 2> "$TMP/$name.err"
    python3 "$ex/check.py" "$name" "$TMP/$name.jsonl" > "$TMP/$name.out" 2>&1
    line=$(grep -o 'found [0-9]*/[0-9]*' "$TMP/$name.out" | tail -1)
    f_n=${line#found }; f_n=${f_n%/*}; t_n=${line#*/}
    found=$((found + ${f_n:-0})); total=$((total + ${t_n:-0}))
    forbidden=$(grep '^FAIL' "$TMP/$name.out" | grep -ci 'forbid')
    if [ "${t_n:-0}" -gt 0 ] && [ $((2 * ${f_n:-0})) -ge "$t_n" ] && [ "$forbidden" = 0 ]; then
        pass "example_$name ($line)"
    else
        fail "example_$name" "$line, forbidden sources: $forbidden; $(grep '^FAIL' "$TMP/$name.out" | head -3 | tr '\n' ';')"
    fi
    grep '^FAIL' "$TMP/$name.out" | sed 's/^FAIL/  missed:/'
done
if [ "$total" -gt 0 ] && [ $((100 * found)) -ge $((70 * total)) ]; then
    pass "examples_corpus_recall_at_least_70pct ($found/$total)"
else
    fail examples_corpus_recall_at_least_70pct "$found/$total"
fi
