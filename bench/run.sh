#!/usr/bin/env bash
# bench/run.sh -- run dyad's benchmarks, print medians of 5 runs and write
# bench/results/latest.md (the README's performance section quotes it).
#
#   make bench            (or: bench/run.sh [SHARED_DIR])
#   BENCH_RUNS=1 BIG=0 make bench      a quick run without the 1 GB input
#
# The parsed-input rows are here; bench/run_more.sh adds the raw-text,
# limit, memory and network rows.  Takes about 10 minutes on 2 cores.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${1:-${DYAD_SHARED:-$root/../shared}}
out="$root/bench/results"
mkdir -p "$out"
runs=${BENCH_RUNS:-5}
# jmed KEY: the median of KEY over the JSON lines on stdin
jmed() { python3 -c 'import json, statistics as st, sys
print(st.median(json.loads(l)[sys.argv[1]] for l in sys.stdin if l.startswith("{")))' "$1"; }

# parsed12 N -> median sentences/s and MB/s of coding N parsed sentences,
# on 1 and on 2 threads, one line each; the runs interleaved (1, 2, 1, 2,
# ...) so that a spell of load from elsewhere on the machine falls on both
parsed12() {
    local one two
    one=$(mktemp) two=$(mktemp)
    for i in $(seq "$runs"); do
        "$root/build/bench/code_bench" "$shared" "$1" 1 >> "$one"
        "$root/build/bench/code_bench" "$shared" "$1" 2 >> "$two"
    done
    echo "$(jmed sentences_per_s < "$one") $(jmed mb_per_s < "$one")"
    echo "$(jmed sentences_per_s < "$two") $(jmed mb_per_s < "$two")"
    rm -f "$one" "$two"
}
{ read -r p1 pm1; read -r p2 pm2; } < <(parsed12 50000)
{ read -r m1 mm1; read -r m2 mm2; } < <(parsed12 1000000)
loads=$(for i in $(seq "$runs"); do "$root/build/bench/code_bench" "$shared" 1 1 "$root/dict"; done)
load=$(echo "$loads" | jmed dict_load_s)
own=$(echo "$loads" | jmed own_dict_load_s)
rss=$( { /usr/bin/time -f '%M' "$root/build/bench/code_bench" "$shared" 1 1 >/dev/null; } 2>&1 | tail -1)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

{
echo "# dyad benchmark results"
echo
echo "Run $(date -u +%Y-%m-%d) on $(nproc) cores ($(uname -m)), medians of $runs runs, command: \`make bench\`."
echo
echo "| benchmark | figure |"
echo "|---|---|"
echo "| parsed input (PETRARCH unit-test trees x 50,000 sentences), 1 thread | $p1 sentences/s, $pm1 MB/s |"
echo "| parsed input, 2 threads | $p2 sentences/s, $pm2 MB/s ($(ratio "$p2" "$p1")x) |"
echo "| parsed input (the same trees x 1,000,000 sentences), 1 thread | $m1 sentences/s, $mm1 MB/s |"
echo "| parsed input x 1,000,000, 2 threads | $m2 sentences/s, $mm2 MB/s ($(ratio "$m2" "$m1")x) |"
echo "| load all Phoenix dictionaries + CAMEO.2.0 | $load s |"
echo "| load dyad's own dictionaries (dict/) | $own s |"
echo "| peak RSS of the Phoenix load plus a coding run | $((rss / 1024)) MB |"
if [ -x "$root/bench/run_more.sh" ]; then "$root/bench/run_more.sh" "$shared"; fi
} | tee "$out/latest.md"

# splice the results into the README between the bench markers
python3 - "$root/README.md" "$out/latest.md" <<'PY'
import sys
readme, res = sys.argv[1], open(sys.argv[2]).read()
s = open(readme).read()
a, b = s.find("<!-- bench:start -->"), s.find("<!-- bench:end -->")
if a >= 0 and b > a:
    body = "\n".join(l for l in res.splitlines() if not l.startswith("# ")).strip()
    s = s[:a] + "<!-- bench:start -->\n" + body + "\n" + s[b:]
    open(readme, "w").write(s)
PY
