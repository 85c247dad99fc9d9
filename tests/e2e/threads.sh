# threads.sh -- 'dyad code' gives the same bytes whatever the thread count:
# the dev set and the demo wire are coded with --threads 1, 2 and 4, with
# the parser and with --no-parse, and so is a generated corpus of 20,000
# sentences (bench/gen_corpus.py, --no-parse only: it takes a second), and
# the outputs compared byte for byte.  Results come back in input order and
# no document's coding may depend on which worker coded what before it; the
# large corpus is there because a race between workers shows up rarely on
# a few hundred sentences.
. "$(dirname "$0")/lib.sh"
# The Phoenix dictionaries code the most events from these texts; without
# them dyad's own are used.
dict=()
if [ -f "$PETR/Phoenix.Countries.actors.txt" ]; then
    dict=(--dict-dir "$PETR" --verbs CAMEO.2.0.txt
          --actors Phoenix.Countries.actors.txt,Phoenix.International.actors.txt,Phoenix.MilNonState.actors.txt
          --agents Phoenix.agents.txt --discards Phoenix.discards.txt)
fi

# same_for_all_n NAME MODE INPUT: code INPUT at 1, 2 and 4 threads, compare
same_for_all_n() {
    local name=$1 mode=$2 input=$3 flag=() n
    [ "$mode" = no-parse ] && flag=(--no-parse)
    for n in 1 2 4; do
        if ! "$DYAD" code "${dict[@]}" "${flag[@]}" -q --threads "$n" "$input" \
               > "$TMP/$name-$mode-$n.jsonl" 2> "$TMP/err"; then
            fail "threads_${name}_$mode" "--threads $n exited non-zero: $(tail -1 "$TMP/err")"
            return
        fi
    done
    local one="$TMP/$name-$mode-1.jsonl" events
    events=$(wc -l < "$one")
    if [ "$events" -eq 0 ]; then
        fail "threads_${name}_$mode" "no events at all with --threads 1"
        return
    fi
    for n in 2 4; do
        local other="$TMP/$name-$mode-$n.jsonl"
        if ! cmp -s "$one" "$other"; then
            fail "threads_${name}_$mode" "--threads $n differs from --threads 1 ($(diff "$one" "$other" | grep -c '^<') of $events lines; first: $(diff "$one" "$other" | grep -m1 '^[<>]' | cut -c1-200))"
            return
        fi
    done
    pass "threads_${name}_$mode ($events events, identical at 1, 2, 4 threads)"
}

dev="$DYAD_ROOT/tests/dev/dev.jsonl"
wire="$DYAD_ROOT/examples/wire.jsonl"
python3 "$DYAD_ROOT/bench/gen_corpus.py" 20000 -o "$TMP/corpus.jsonl" 2>/dev/null
same_for_all_n dev parse "$dev"
same_for_all_n dev no-parse "$dev"
same_for_all_n wire parse "$wire"
same_for_all_n wire no-parse "$wire"
same_for_all_n corpus no-parse "$TMP/corpus.jsonl"
