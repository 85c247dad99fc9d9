#!/usr/bin/env bash
# make demo: code the bundled demo corpus (examples/) into the embedded
# SQLite store, then show what dyad found: events, network summary, blocs
# and a rendered picture of the network.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dyad=./build/dyad
db=${DEMO_DB:-demo.sqlite}
out=${DEMO_OUT:-demo-out}
mkdir -p "$out"
rm -f "$db" "$db-wal" "$db-shm"
echo "== coding examples/ into $db"
$dyad code --db "$db" examples/*.txt examples/*.html examples/*.jsonl > "$out/events.jsonl"
echo "   $(wc -l < "$out/events.jsonl") events written to $out/events.jsonl"
echo
echo "== a few events with their evidence"
$dyad events --db "$db" --format tsv | head -8 | cut -c1-200
echo
echo "== network summary"
$dyad net --db "$db" summary --level country
echo
echo "== blocs"
$dyad net --db "$db" blocs --level country
if command -v dot >/dev/null 2>&1; then
    $dyad net --db "$db" render --format svg --level country > "$out/network.svg"
    echo
    echo "== picture: $out/network.svg"
fi
echo
echo "Try: $dyad net --db $db central | path VEN IRN | export --format graphml"
