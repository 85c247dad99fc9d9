# The seed article as a network: the Iran-Venezuela-Hezbollah-Cuba bloc,
# the chain from Hezbollah to Venezuela with its evidence, a readable SVG.
. "$(dirname "$0")/lib.sh"
seed="$DYAD_SHARED/seed/article.txt"
[ -f "$seed" ] || { fail seed_net_article_present "$seed missing"; exit 0; }
db="$TMP/seed.sqlite"
"$DYAD" code -q --year 2025 --db "$db" "$seed" > /dev/null 2> "$TMP/err"
"$DYAD" net --db "$db" blocs --level country --format json > "$TMP/blocs.json" 2>> "$TMP/err"
python3 - "$TMP/blocs.json" <<'PY' && pass seed_bloc_iran_venezuela_hezbollah_cuba || fail seed_bloc_iran_venezuela_hezbollah_cuba "$(cat "$TMP/blocs.json")"
import json, sys
r = json.load(open(sys.argv[1]))
want = {"IRN", "VEN", "CUB"}
for b in r["blocs"]:
    m = set(b["members"])
    if want <= m and any("HEZ" in x for x in m):
        assert not any(x.startswith(("USA", "ISR")) for x in m), m
        break
else:
    raise SystemExit("no bloc with Iran, Venezuela, Cuba and Hezbollah")
PY
hez=$(python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(next(x for b in r['blocs'] for x in b['members'] if 'HEZ' in x))" "$TMP/blocs.json" 2>/dev/null)
"$DYAD" net --db "$db" path "${hez:-IMGHEZ}" VEN --level country > "$TMP/path.txt" 2>&1
grep -q 'passports\|access to Venezuela' "$TMP/path.txt" && pass seed_path_hezbollah_venezuela_with_evidence || fail seed_path_hezbollah_venezuela_with_evidence "$(head -5 "$TMP/path.txt")"
if command -v dot >/dev/null 2>&1; then
    "$DYAD" net --db "$db" render --format svg --level country > "$TMP/net.svg" 2>&1
    grep -q '<svg' "$TMP/net.svg" && grep -q '>IRN<' "$TMP/net.svg" && grep -q '>VEN<' "$TMP/net.svg" \
        && pass seed_render_svg_names_actors || fail seed_render_svg_names_actors "$(head -c 200 "$TMP/net.svg")"
else
    fail seed_render_svg_names_actors "graphviz dot not installed"
fi
