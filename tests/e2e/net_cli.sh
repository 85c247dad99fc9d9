#!/usr/bin/env bash
# net_cli.sh -- 'dyad net' end to end: every command on an empty database
# (clear message, exit 1), reports in table and JSON, --by slices, GraphML
# and GEXF read back by networkx, DOT/CSV, SVG through Graphviz.
. "$(dirname "$0")/lib.sh"
GEN="$DYAD_ROOT/bench/gen_events.py"

# 1. an empty database: every command says so and exits 1
"$DYAD" events --db "$TMP/empty.db" --ingest-jsonl /dev/null 2>/dev/null
for c in summary central blocs "path USA IRN" export render; do
    name="net_empty_${c%% *}"
    "$DYAD" net --db "$TMP/empty.db" $c > "$TMP/o" 2> "$TMP/e"; rc=$?
    [ "$rc" -eq 1 ] && grep -q "no events" "$TMP/e" && [ ! -s "$TMP/o" ] \
        && pass "$name" || fail "$name" "rc=$rc $(head -c 200 "$TMP/e")"
done

# 2. a synthetic database
python3 "$GEN" 3000 5 > "$TMP/ev.jsonl"
"$DYAD" events --db "$TMP/n.db" --ingest-jsonl "$TMP/ev.jsonl" 2>/dev/null
for c in summary central blocs "path USA CUB"; do
    name="net_json_${c%% *}"
    "$DYAD" net --db "$TMP/n.db" $c --format json > "$TMP/j" 2> "$TMP/e"; rc=$?
    [ "$rc" -eq 0 ] && python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$TMP/j" \
        && pass "$name" || fail "$name" "rc=$rc $(head -c 200 "$TMP/e")"
    "$DYAD" net --db "$TMP/n.db" $c > "$TMP/t" 2>/dev/null && [ -s "$TMP/t" ] \
        && pass "net_table_${c%% *}" || fail "net_table_${c%% *}" "empty or failed"
done
# the summary agrees with a count done in Python (country level, no self-loops)
want=$(python3 - "$TMP/ev.jsonl" <<'PY'
import json, sys
ev = [json.loads(l) for l in open(sys.argv[1])]
node = lambda c: c[:3] if not c.startswith("IGO") else c
print(sum(1 for e in ev if node(e["source"]) != node(e["target"])))
PY
)
got=$("$DYAD" net --db "$TMP/n.db" summary --format json | python3 -c "import json,sys; print(json.load(sys.stdin)['events'])")
[ "$want" = "$got" ] && pass net_summary_counts || fail net_summary_counts "want $want got $got"
# the generator's blocs (countries i, i+5, i+10, ... cooperate) are found
python3 - "$TMP/n.db" "$DYAD" <<'PY' && pass net_blocs_found || fail net_blocs_found "blocs differ from the generator's"
import json, subprocess, sys
out = subprocess.run([sys.argv[2], "net", "--db", sys.argv[1], "blocs", "--format", "json"],
                     capture_output=True, text=True).stdout
b = json.loads(out)["blocs"]
c = ["USA","GBR","FRA","DEU","ISR","CAN","AUS","JPN","KOR","ITA","IRN","SYR","LBN","VEN","CUB"]
bloc_of = {m: i for i, x in enumerate(b) for m in x["members"]}
sys.exit(0 if bloc_of["USA"] == bloc_of["CAN"] == bloc_of["IRN"] and bloc_of["USA"] != bloc_of["GBR"]
         and bloc_of["GBR"] == bloc_of["AUS"] and bloc_of["ISR"] == bloc_of["CUB"] else 1)
PY
n=$("$DYAD" net --db "$TMP/n.db" summary --by year --format json | python3 -c "
import json,sys; r=[json.loads(l) for l in sys.stdin]; print(len(r), r[0]['period'], sum(x['events'] for x in r))")
[ "$n" = "10 2015 $want" ] && pass net_by_year || fail net_by_year "$n"
"$DYAD" net --db "$TMP/n.db" path USA NOWHERE >/dev/null 2>&1; rc=$?
[ "$rc" -eq 1 ] && pass net_path_unknown_actor || fail net_path_unknown_actor "rc=$rc"
"$DYAD" net --db "$TMP/n.db" path USA CUB | grep -q '"Synthetic sentence' \
    && pass net_path_evidence || fail net_path_evidence "no evidence line"

# 3. exports read back by networkx
for lv in country actor; do
    "$DYAD" net --db "$TMP/n.db" --level $lv export --format graphml > "$TMP/g.graphml"
    "$DYAD" net --db "$TMP/n.db" --level $lv export --format gexf > "$TMP/g.gexf"
    "$DYAD" net --db "$TMP/n.db" --level $lv export --format csv > "$TMP/g.csv"
    python3 - "$TMP" <<'PY' && pass "net_networkx_$lv" || fail "net_networkx_$lv" "networkx disagrees"
import csv, sys
import networkx as nx
t = sys.argv[1]
g = nx.read_graphml(t + "/g.graphml")
h = nx.read_gexf(t + "/g.gexf")
rows = list(csv.DictReader(open(t + "/g.csv")))
ev = sum(int(r["events"]) for r in rows)
assert g.number_of_edges() == h.number_of_edges() == len(rows) > 0
assert g.number_of_nodes() == h.number_of_nodes()
assert sum(d["events"] for _, _, d in g.edges(data=True)) == ev
assert sum(d["weight"] for _, _, d in h.edges(data=True)) == ev
names = {d["name"] for _, d in g.nodes(data=True)}
assert names == set(h.nodes())
PY
done
"$DYAD" net --db "$TMP/n.db" export --format dot > "$TMP/g.dot" && grep -q '#2e8b57' "$TMP/g.dot" \
    && grep -q '#c0392b' "$TMP/g.dot" && pass net_dot_colours || fail net_dot_colours "no green/red edges"
if command -v dot >/dev/null; then
    timeout 60 "$DYAD" net --db "$TMP/n.db" render --format svg > "$TMP/g.svg"; rc=$?
    [ "$rc" -eq 0 ] && python3 -c "import xml.dom.minidom,sys; d=xml.dom.minidom.parse(sys.argv[1]); assert d.documentElement.tagName=='svg'; assert 'USA' in open(sys.argv[1]).read()" "$TMP/g.svg" \
        && pass net_render_svg || fail net_render_svg "rc=$rc"
fi
"$DYAD" net --db "$TMP/n.db" export --format svg >/dev/null 2>&1; rc=$?
[ "$rc" -eq 2 ] && pass net_export_bad_format || fail net_export_bad_format "rc=$rc"
