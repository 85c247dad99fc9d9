#!/usr/bin/env bash
# store_ingest.sh -- the event store through the CLI: JSON Lines ingest,
# idempotent re-ingest, query filters and formats, and a kill -9 in the
# middle of a large ingest (nothing half-written, a re-run completes it).
. "$(dirname "$0")/lib.sh"
GEN="$DYAD_ROOT/bench/gen_events.py"
# counts of documents, events, and documents with other than 10 events
counts() {
    python3 - "$1" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
d = c.execute("select count(*) from documents").fetchone()[0]
e = c.execute("select count(*) from events").fetchone()[0]
odd = c.execute("select count(*) from (select doc_id, count(*) n from events"
                " group by doc_id having n != 10)").fetchone()[0]
ok = c.execute("pragma integrity_check").fetchone()[0]
print(d, e, odd, ok)
PY
}

# 1. ingest twice: the same counts
python3 "$GEN" 2000 7 > "$TMP/small.jsonl"
"$DYAD" events --db "$TMP/s.db" --ingest-jsonl "$TMP/small.jsonl" 2>/dev/null
c1=$(counts "$TMP/s.db")
"$DYAD" events --db "$TMP/s.db" --ingest-jsonl "$TMP/small.jsonl" 2>/dev/null
c2=$(counts "$TMP/s.db")
[ "$c1" = "200 2000 0 ok" ] && [ "$c1" = "$c2" ] && pass store_reingest_idempotent \
    || fail store_reingest_idempotent "first '$c1' then '$c2'"

# 2. queries: filters agree with a count done in Python on the same file
want=$(python3 - "$TMP/small.jsonl" <<'PY'
import json, sys
ev = [json.loads(l) for l in open(sys.argv[1])]
usa = [e for e in ev if e["source"].startswith("USA") or e["target"].startswith("USA")]
print(len(usa), len([e for e in usa if e["code"].startswith("1") and "2019" <= e["event_date"][:4] <= "2020"]))
PY
)
got_all=$("$DYAD" events --db "$TMP/s.db" --actor USA | wc -l)
got_f=$("$DYAD" events --db "$TMP/s.db" --actor USA --code 1 --from 2019 --to 2020 | wc -l)
[ "$want" = "$got_all $got_f" ] && pass store_query_filters || fail store_query_filters "want '$want' got '$got_all $got_f'"
n_csv=$("$DYAD" events --db "$TMP/s.db" --actor USA --format csv | python3 -c "import csv,sys; r=list(csv.reader(sys.stdin)); print(len(r)-1, r[0][-1], 'Synthetic' in r[1][-1])")
[ "$n_csv" = "$got_all evidence True" ] && pass store_csv_with_evidence || fail store_csv_with_evidence "$n_csv"
"$DYAD" events --db "$TMP/s.db" --dyad USA,IRN --format tsv | awk -F'\t' 'NF != 20 { bad = 1 } END { exit bad }' \
    && pass store_tsv_columns || fail store_tsv_columns "not 20 columns"
"$DYAD" events --db "$TMP/s.db" --from 2019-13 >/dev/null 2>&1; rc=$?
[ "$rc" -eq 2 ] && pass store_bad_date_usage || fail store_bad_date_usage "rc=$rc"
"$DYAD" events --db "$TMP/missing.db" >/dev/null 2>&1; rc=$?
[ "$rc" -eq 3 ] && [ ! -e "$TMP/missing.db" ] && pass store_missing_db || fail store_missing_db "rc=$rc"

# 3. one-a-day: a duplicated line on the same day counts once
head -1 "$TMP/small.jsonl" | sed 's/"doc":"SYN0000000"/"doc":"DUP"/' > "$TMP/dup.jsonl"
"$DYAD" events --db "$TMP/s.db" --ingest-jsonl "$TMP/dup.jsonl" 2>/dev/null
src=$(head -1 "$TMP/small.jsonl" | python3 -c "import json,sys; e=json.load(sys.stdin); print(e['source'], e['target'], e['event_date'])")
set -- $src
a=$("$DYAD" events --db "$TMP/s.db" --dyad "$1,$2" --from "$3" --to "$3" | grep -c "\"source\":\"$1\",\"target\":\"$2\"")
b=$("$DYAD" events --db "$TMP/s.db" --dyad "$1,$2" --from "$3" --to "$3" --one-a-day | grep -c "\"source\":\"$1\",\"target\":\"$2\"")
[ "$a" -ge 2 ] && [ "$b" -eq $((a - 1)) ] && pass store_one_a_day || fail store_one_a_day "without $a with $b"

# 4. kill -9 during a large ingest, then run it again
python3 "$GEN" 60000 11 > "$TMP/big.jsonl"
"$DYAD" events --db "$TMP/k.db" --ingest-jsonl "$TMP/big.jsonl" 2>/dev/null &
pid=$!
# kill once the first batches are committed (however fast the machine is)
for _ in $(seq 100); do
    sleep 0.1
    n=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from events').fetchone()[0])" "$TMP/k.db" 2>/dev/null || echo 0)
    [ "${n:-0}" -gt 0 ] && break
done
kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
read -r d e odd ok < <(counts "$TMP/k.db")
[ "$ok" = ok ] && [ "$odd" -eq 0 ] && pass store_kill9_consistent \
    || fail store_kill9_consistent "docs=$d events=$e partial=$odd integrity=$ok"
[ "$e" -lt 60000 ] && pass store_kill9_interrupted || echo "(note: ingest finished before the kill: $e events)"
"$DYAD" events --db "$TMP/k.db" --ingest-jsonl "$TMP/big.jsonl" 2>/dev/null
c=$(counts "$TMP/k.db")
[ "$c" = "6000 60000 0 ok" ] && pass store_kill9_rerun_complete || fail store_kill9_rerun_complete "$c"

# 5. an empty database: a message and exit 1; a query matching nothing: 0
"$DYAD" events --db "$TMP/empty.db" --ingest-jsonl /dev/null 2>/dev/null
"$DYAD" events --db "$TMP/empty.db" > "$TMP/o" 2> "$TMP/e"; rc=$?
[ "$rc" -eq 1 ] && grep -q "no events" "$TMP/e" && pass store_empty_db || fail store_empty_db "rc=$rc"
"$DYAD" events --db "$TMP/s.db" --actor ZZZ > "$TMP/o" 2>&1; rc=$?
[ "$rc" -eq 0 ] && [ ! -s "$TMP/o" ] && pass store_no_match_ok || fail store_no_match_ok "rc=$rc"
# 6. a broken record is named by file and line; the others are stored
printf '%s\n' "$(head -1 "$TMP/small.jsonl")" '{"doc":"X"' "$(sed -n 2p "$TMP/small.jsonl")" > "$TMP/bad.jsonl"
"$DYAD" events --db "$TMP/b.db" --ingest-jsonl "$TMP/bad.jsonl" 2> "$TMP/e"; rc=$?
n=$("$DYAD" events --db "$TMP/b.db" | wc -l)
[ "$rc" -eq 1 ] && grep -q 'bad.jsonl:2:' "$TMP/e" && [ "$n" -eq 2 ] && pass store_bad_record_named \
    || fail store_bad_record_named "rc=$rc n=$n $(cat "$TMP/e")"
