#!/usr/bin/env bash
# bench/run.sh -- run dyad's benchmarks, print medians of 5 runs and write
# bench/results/latest.md (the README's performance section quotes it).
#
#   make bench            (or: bench/run.sh [SHARED_DIR])
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${1:-${DYAD_SHARED:-$root/../shared}}
out="$root/bench/results"
mkdir -p "$out"
runs=${BENCH_RUNS:-5}
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
field() { python3 -c "import json,sys; print(json.loads(sys.stdin.read())['$1'])"; }

parsed() {  # threads -> median sentences/s
    for i in $(seq "$runs"); do
        "$root/build/bench/code_bench" "$shared" 50000 "$1" | field sentences_per_s
    done | median
}
p1=$(parsed 1); p2=$(parsed 2)
load=$(for i in $(seq "$runs"); do "$root/build/bench/code_bench" "$shared" 1 1 | field dict_load_s; done | median)
rss=$( { /usr/bin/time -f '%M' "$root/build/bench/code_bench" "$shared" 1 1 >/dev/null; } 2>&1 | tail -1)
ratio=$(awk -v a="$p2" -v b="$p1" 'BEGIN { printf "%.2f", a / b }')

{
echo "# dyad benchmark results"
echo
echo "Run $(date -u +%Y-%m-%d) on $(nproc) cores ($(uname -m)), medians of $runs runs, command: \`make bench\`."
echo
echo "| benchmark | figure |"
echo "|---|---|"
echo "| parsed input (PETRARCH unit-test trees x 50,000 sentences), 1 thread | $p1 sentences/s |"
echo "| parsed input, 2 threads | $p2 sentences/s (${ratio}x) |"
echo "| load all Phoenix dictionaries + CAMEO.2.0 | $load s |"
echo "| peak RSS of that load plus a coding run | $((rss / 1024)) MB |"
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
