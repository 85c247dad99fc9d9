#!/usr/bin/env bash
# bench/stream_bench.sh -- memory stays flat as the input grows.
#
#   bench/stream_bench.sh [SHARED_DIR]          50 MB, 200 MB and 1 GB inputs
#   BIG=0 bench/stream_bench.sh [SHARED_DIR]    ... without the 1 GB
#   STREAM_SIZES="1G" bench/stream_bench.sh     just the sizes named
#
# Generates JSON Lines corpora of each size with bench/gen_corpus.py --bytes
# and codes each with
#     /usr/bin/time -f %M dyad code --no-parse -q --threads 2 FILE > /dev/null
# printing one tab-separated line per size:
#     stream <bytes> <peak RSS in KB> <seconds>
# (bench/run_more.sh turns them into table rows; the target is a 1 GB input
# under 300 MB RSS).  Dictionaries: dyad's own when they have actors and
# verbs, else the Phoenix set from SHARED_DIR/petrarch.  The corpora go to
# a temporary folder ($TMPDIR) removed at exit: disk is limited.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${1:-${DYAD_SHARED:-$root/../shared}}
dyad=${DYAD:-$root/build/dyad}
sizes=${STREAM_SIZES:-"50M 200M"}
[ -z "${STREAM_SIZES:-}" ] && [ "${BIG:-1}" = 1 ] && sizes="$sizes 1G"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# "dict stats" figure named by its label, from dyad's default dictionaries
stat_of() { "$dyad" dict stats 2>/dev/null | awk -v k="$1" '$0 ~ k {print $(NF); exit}'; }
actors=$("$dyad" dict stats 2>/dev/null | awk '/^actors/ {a = 1} a && /entries/ {print $2; exit}')
if [ "${actors:-0}" -gt 0 ] && [ "$(stat_of 'surface forms')" -gt 0 ]; then
    dict=()
else
    p="$shared/petrarch"
    dict=(--dict-dir "$p" --verbs CAMEO.2.0.txt
          --actors Phoenix.Countries.actors.txt,Phoenix.International.actors.txt,Phoenix.MilNonState.actors.txt
          --agents Phoenix.agents.txt --discards Phoenix.discards.txt)
fi

for size in $sizes; do
    f="$tmp/corpus-$size.jsonl"
    python3 "$root/bench/gen_corpus.py" --bytes "$size" -o "$f" 2>/dev/null
    bytes=$(stat -c %s "$f")
    t0=$(date +%s.%N)
    /usr/bin/time -o "$tmp/rss" -f %M "$dyad" code "${dict[@]}" --no-parse -q --threads 2 "$f" \
        > /dev/null 2> "$tmp/err" || { echo "stream_bench: dyad failed on $size" >&2; tail -3 "$tmp/err" >&2; }
    t1=$(date +%s.%N)
    rm -f "$f"
    awk -v b="$bytes" -v r="$(tail -1 "$tmp/rss")" -v a="$t0" -v z="$t1" \
        'BEGIN { printf "stream\t%s\t%s\t%.1f\n", b, r, z - a }'
done
