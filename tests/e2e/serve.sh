#!/usr/bin/env bash
# serve.sh -- 'dyad serve' end to end with curl: start on a free port, code
# documents into the store over HTTP, read them back as events and as the
# network, check the error statuses, and stop cleanly on SIGTERM.
. "$(dirname "$0")/lib.sh"

"$DYAD" serve --port 0 --no-parse --db "$TMP/s.db" > "$TMP/out" 2> "$TMP/err" &
pid=$!
for _ in $(seq 50); do grep -q "serving on" "$TMP/out" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/^dyad: serving on \(http:[^ ]*\)$/\1/p' "$TMP/out")
[ -n "$url" ] && pass serve_starts || { fail serve_starts "$(cat "$TMP/err")"; kill $pid; exit 0; }

# http METHOD PATH [curl args...]: body to $TMP/b, prints the status
http() { local m=$1 p=$2; shift 2; curl -s -o "$TMP/b" -w '%{http_code}' -X "$m" "$@" "$url${p#/}"; }

[ "$(http GET /health)" = 200 ] && grep -q '"ok":true' "$TMP/b" \
    && pass serve_health || fail serve_health "$(cat "$TMP/b")"

cat > "$TMP/docs.jsonl" <<'J'
{"id":"s1","date":"2024-03-05","text":"Iran sent drones to Russia. Venezuela condemned the United States."}
{"id":"s2","date":"2024-04-10","text":"Cuba praised Bolivia on Monday."}
not a document
J
st=$(http POST "/code?store=1" -H 'Content-Type: application/x-ndjson' --data-binary @"$TMP/docs.jsonl")
python3 - "$TMP/b" <<'PY' && [ "$st" = 200 ] && pass serve_code || fail serve_code "status $st $(head -c 300 "$TMP/b")"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
ev = {(r["source"], r["target"], r["code"]) for r in rows if "source" in r}
errs = [r["error"] for r in rows if "error" in r]
assert ("IRN", "RUS", "072") in ev and ("CUB", "BOL", "051") in ev, ev
assert len(errs) == 1 and "body:3" in errs[0], errs
PY
# the same events as `dyad code` gives for the same input
grep -v "not a document" "$TMP/docs.jsonl" | "$DYAD" code -q --no-parse - > "$TMP/cli.jsonl" 2>/dev/null
grep -v '"error"' "$TMP/b" | cmp -s - "$TMP/cli.jsonl" && pass serve_code_same_as_cli \
    || fail serve_code_same_as_cli "HTTP and CLI events differ"

[ "$(http GET "/events?actor=IRN")" = 200 ] && grep -q '"target":"RUS"' "$TMP/b" \
    && [ "$(wc -l < "$TMP/b")" -eq 1 ] && pass serve_events || fail serve_events "$(head -c 300 "$TMP/b")"
"$DYAD" events --db "$TMP/s.db" > "$TMP/cli_events.jsonl"
http GET "/events" > /dev/null; cmp -s "$TMP/b" "$TMP/cli_events.jsonl" \
    && pass serve_events_same_as_cli || fail serve_events_same_as_cli "differ"
[ "$(http GET "/net/summary?by=month")" = 200 ] && [ "$(wc -l < "$TMP/b")" -eq 2 ] \
    && pass serve_net_by_month || fail serve_net_by_month "$(head -c 300 "$TMP/b")"
"$DYAD" net --db "$TMP/s.db" central --format json > "$TMP/cli_central.json"
http GET "/net/central" > /dev/null; cmp -s "$TMP/b" "$TMP/cli_central.json" \
    && pass serve_net_same_as_cli || fail serve_net_same_as_cli "differ"
st=$(http GET "/net/export?format=graphml")
[ "$st" = 200 ] && python3 -c "import networkx as nx, sys; g = nx.read_graphml(sys.argv[1]); assert g.number_of_nodes() >= 4" "$TMP/b" \
    && pass serve_net_export || fail serve_net_export "status $st"

# requests side by side: six posts at once, each storing its own document
pids=""
for k in 1 2 3 4 5 6; do
    printf '{"id":"p%s","date":"2024-05-0%s","text":"Cuba praised Bolivia. Iran sent drones to Russia."}\n' \
        "$k" "$k" > "$TMP/p$k.jsonl"
    curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/x-ndjson' \
        --data-binary @"$TMP/p$k.jsonl" "${url}code?store=1&parse=1" > "$TMP/st$k" & pids="$pids $!"
done
wait $pids
[ "$(cat "$TMP"/st[1-6])" = 200200200200200200 ] && [ "$(http GET "/events?actor=CUB&from=2024-05")" = 200 ] \
    && [ "$(grep -c '"doc":"p' "$TMP/b")" -eq 6 ] && pass serve_concurrent_stores \
    || fail serve_concurrent_stores "statuses $(cat "$TMP"/st[1-6]), $(grep -c '"doc":"p' "$TMP/b") events"

# errors: status and a JSON message
while read -r want m p; do
    st=$(http "$m" "$p" --data-binary "x")
    [ "$st" = "$want" ] && python3 -c "import json,sys; assert json.load(open(sys.argv[1]))['error']" "$TMP/b" \
        && pass "serve_error_${want}_${p//[^a-z]/_}" || fail "serve_error_${want}_${p}" "got $st: $(head -c 200 "$TMP/b")"
done <<'T'
404 GET /nope
405 PUT /code
400 POST /code?date=never
400 GET /events?limit=x
404 GET /net/path?a=IRN&b=ZZZ
400 GET /net/export?format=pdf
T
head -c 20000000 /dev/zero | tr '\0' 'a' > "$TMP/big.txt"
st=$(http POST /code -H 'Content-Type: text/plain' --data-binary @"$TMP/big.txt")
[ "$st" = 413 ] && pass serve_body_limit || fail serve_body_limit "got $st"
[ "$(http GET /health)" = 200 ] && pass serve_alive_after_errors || fail serve_alive_after_errors "down"

grep -q " POST /code 200 " "$TMP/err" && grep -q " GET /nope 404 " "$TMP/err" \
    && pass serve_access_log || fail serve_access_log "$(head -c 300 "$TMP/err")"
kill -TERM $pid; wait $pid; rc=$?
[ "$rc" -eq 0 ] && grep -q "stopped (SIGTERM)" "$TMP/err" && pass serve_stops || fail serve_stops "rc=$rc"
"$DYAD" serve --port 70000 > /dev/null 2>&1; rc=$?
[ "$rc" -eq 2 ] && pass serve_bad_port_usage || fail serve_bad_port_usage "rc=$rc"
"$DYAD" serve --bind 300.1.1.1 --port 0 > /dev/null 2> "$TMP/e"; rc=$?
[ "$rc" -eq 3 ] && grep -q "not an IP address" "$TMP/e" && pass serve_bad_bind || fail serve_bad_bind "rc=$rc"
"$DYAD" serve --port 0 --no-parse -q --cors '*' > "$TMP/out2" 2> "$TMP/err2" &
pid=$!
for _ in $(seq 50); do grep -q "serving on" "$TMP/out2" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/^dyad: serving on \(http:[^ ]*\)$/\1/p' "$TMP/out2")
curl -s -i -X OPTIONS -H 'Origin: https://dash.example' "${url}code" > "$TMP/pre"
curl -s -i "${url}health" > "$TMP/h"
grep -q "204" "$TMP/pre" && grep -qi "Access-Control-Allow-Methods" "$TMP/pre" \
    && grep -qi "Access-Control-Allow-Origin: \*" "$TMP/h" && pass serve_cors || fail serve_cors "$(head -5 "$TMP/pre")"
kill -TERM $pid; wait $pid
grep -q "GET /health" "$TMP/err2" && fail serve_quiet_logs_nothing "logged" || pass serve_quiet_logs_nothing
