#!/usr/bin/env bash
# bench/run_more.sh -- the raw-text benchmarks; called by bench/run.sh,
# which appends what this prints (markdown table rows) to
# bench/results/latest.md.
#
#   bench/run_more.sh [SHARED_DIR]        BENCH_RUNS=1 for a quick run
#
# Rows, medians of BENCH_RUNS runs (default 5):
#   raw text with the parser, 1 and 2 threads   text_bench, 5,000 sentences
#     ... and 2 threads on 20,000 sentences
#   raw text shallow only, 1 and 2 threads      text_bench --no-parse, 20,000
#     ... and 100,000 sentences
#   tokenise + lookup limit, 1 and 2 threads    limit_bench --pass (reading
#                                               the file) and limit_bench
#                                               (sentences in memory), the
#                                               same 20,000
#   network analysis on 100,000 events          net_bench
#   peak RSS of each path, 1 and 2 threads      one run each under
#                                               /usr/bin/time
#   peak RSS by input size                      stream_bench.sh (one run each:
#                                               50 MB, 200 MB, 1 GB; BIG=0
#                                               leaves out the 1 GB)
# and a row naming the dictionaries used.  The corpora come from
# bench/gen_corpus.py (fixed seed) into a temporary folder.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${1:-${DYAD_SHARED:-$root/../shared}}
runs=${BENCH_RUNS:-5}
bin="$root/build/bench"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

make -C "$root" --no-print-directory build/bench/code_bench build/bench/text_bench build/bench/limit_bench \
    build/bench/net_bench >&2
for n in 5000 20000 100000; do
    python3 "$root/bench/gen_corpus.py" "$n" -o "$tmp/c$((n / 1000))k.jsonl" 2>/dev/null
done
dicts=(--dict-dir "$root/dict" --phoenix "$shared/petrarch")

# med PROGRAM ARGS...: run it $runs times; prints the medians of
# sentences_per_s and mb_per_s and the dictionaries it used
summarise='
import json, statistics as st, sys
r = [json.loads(l) for l in sys.stdin if l.startswith("{")]
if not r:
    sys.exit("run_more.sh: a benchmark printed nothing")
print(round(st.median(x["sentences_per_s"] for x in r)),
      "%.2f" % st.median(x.get("mb_per_s", 0) for x in r), r[0]["dict"])'
med() {
    for _ in $(seq "$runs"); do "$@" 2>/dev/null; done | python3 -c "$summarise"
}
# med12 PROGRAM ARGS... FILE: as med, at --threads 1 and --threads 2 (put
# before FILE, which the benchmarks take last), the runs interleaved (1, 2,
# 1, 2, ...) so that a spell of load from elsewhere on the machine falls on
# both; prints the two summaries on two lines
med12() {
    local out1 out2 file="${*: -1}"
    out1=$(mktemp) out2=$(mktemp)
    set -- "${@:1:$#-1}"
    for _ in $(seq "$runs"); do
        "$@" --threads 1 "$file" 2>/dev/null >> "$out1"
        "$@" --threads 2 "$file" 2>/dev/null >> "$out2"
    done
    python3 -c "$summarise" < "$out1"
    python3 -c "$summarise" < "$out2"
    rm -f "$out1" "$out2"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 > 0) printf "%.2f", a / b; else printf "n/a" }'; }

# the short runs first: minutes of link-grammar on both cores can leave a
# shared host's second core slow for a while after
{ read -r s1 sm1 dict; read -r s2 sm2 _; } < <(med12 "$bin/text_bench" "${dicts[@]}" --no-parse "$tmp/c20k.jsonl")
{ read -r h1 hm1 _; read -r h2 hm2 _; } < <(med12 "$bin/text_bench" "${dicts[@]}" --no-parse "$tmp/c100k.jsonl")
{ read -r l1 _ _; read -r l2 _ _; } < <(med12 "$bin/limit_bench" "${dicts[@]}" --pass "$tmp/c20k.jsonl")
{ read -r k1 _ _; read -r k2 _ _; } < <(med12 "$bin/limit_bench" "${dicts[@]}" "$tmp/c20k.jsonl")
{ read -r p1 pm1 _; read -r p2 pm2 _; } < <(med12 "$bin/text_bench" "${dicts[@]}" "$tmp/c5k.jsonl")
read -r q2 qm2 _ < <(med "$bin/text_bench" "${dicts[@]}" --threads 2 "$tmp/c20k.jsonl")

corpus="generated news JSONL, bench/gen_corpus.py"
echo "| raw text with parser ($corpus, 5,000 sentences), 1 thread | $p1 sentences/s, $pm1 MB/s |"
echo "| raw text with parser, 2 threads | $p2 sentences/s, $pm2 MB/s ($(ratio "$p2" "$p1")x) |"
echo "| raw text with parser, 20,000 sentences, 2 threads | $q2 sentences/s, $qm2 MB/s |"
echo "| raw text shallow only (\`--no-parse\`, 20,000 sentences), 1 thread | $s1 sentences/s, $sm1 MB/s |"
echo "| raw text shallow only, 2 threads | $s2 sentences/s, $sm2 MB/s ($(ratio "$s2" "$s1")x) |"
echo "| raw text shallow only, 100,000 sentences, 1 thread | $h1 sentences/s, $hm1 MB/s |"
echo "| raw text shallow only, 100,000 sentences, 2 threads | $h2 sentences/s, $hm2 MB/s ($(ratio "$h2" "$h1")x) |"
echo "| limit: a bare pass over the same file -- read, decode JSON, tokenise, look every token up in the actor and verb dictionaries -- 1 thread | $l1 sentences/s (shallow is $(ratio "$l1" "$s1")x slower) |"
echo "| limit (bare pass), 2 threads | $l2 sentences/s (shallow is $(ratio "$l2" "$s2")x slower) |"
echo "| tokenise + look up only, sentences already in memory (no I/O), 1 thread | $k1 sentences/s (shallow is $(ratio "$k1" "$s1")x slower) |"
echo "| tokenise + look up only, in memory, 2 threads | $k2 sentences/s (shallow is $(ratio "$k2" "$s2")x slower) |"
"$bin/net_bench" "$tmp/net.sqlite" 100000 2>/dev/null | python3 -c '
import json, sys
r = json.loads(sys.stdin.readlines()[-1])
print("| network: store 100,000 synthetic events (net_bench) | %.2f s (%d events/s) |" % (r["store_s"], r["events_per_s"]))
for lvl in ("country", "actor"):
    print("| network at %s level (%d nodes): build / central / blocs | %.3f / %.3f / %.3f s |"
          % (lvl, r[lvl + "_nodes"], r[lvl + "_build_s"], r[lvl + "_central_s"], r[lvl + "_blocs_s"]))'
# peak RSS of one run of each path at 1 and 2 threads
peak() { { /usr/bin/time -f '%M' "$@" >/dev/null; } 2>&1 | tail -1; }
mb() { echo $(( $1 / 1024 )); }
r1=$(peak "$bin/code_bench" "$shared" 50000 1); r2=$(peak "$bin/code_bench" "$shared" 50000 2)
echo "| peak RSS, parsed input x 50,000: 1 / 2 threads | $(mb "$r1") / $(mb "$r2") MB |"
r1=$(peak "$bin/text_bench" "${dicts[@]}" --threads 1 "$tmp/c5k.jsonl")
r2=$(peak "$bin/text_bench" "${dicts[@]}" --threads 2 "$tmp/c5k.jsonl")
echo "| peak RSS, raw text with parser, 5,000 sentences: 1 / 2 threads | $(mb "$r1") / $(mb "$r2") MB |"
r1=$(peak "$bin/text_bench" "${dicts[@]}" --no-parse --threads 1 "$tmp/c100k.jsonl")
r2=$(peak "$bin/text_bench" "${dicts[@]}" --no-parse --threads 2 "$tmp/c100k.jsonl")
echo "| peak RSS, raw text shallow only, 100,000 sentences: 1 / 2 threads | $(mb "$r1") / $(mb "$r2") MB |"
while IFS=$'\t' read -r _ bytes rss secs; do
    mb=$(awk -v b="$bytes" 'BEGIN { printf "%.0f", b / 1048576 }')
    echo "| peak RSS, \`dyad code --no-parse --threads 2\` on $mb MB of JSONL | $((rss / 1024)) MB ($secs s) |"
done < <("$root/bench/stream_bench.sh" "$shared")
if [ "$dict" = dyad ]; then
    echo "| dictionaries of the raw-text rows | dyad's own (dict/) |"
else
    echo "| dictionaries of the raw-text rows | Phoenix (CAMEO.2.0 verbs, Phoenix actors, agents, discards; dyad's dict/ has no actors yet) |"
fi
