#!/usr/bin/env bash
# The server benchmark: wrk (Debian) against place-server on the synthetic national data, beside
# Datasette (PyPI) serving the same SQLite file and a Hummingbird hello-world, in the same run.
#
#   Tools/bench-server.sh [DURATION]        (default 10s per measurement; release build)
#
# Prints requests/s, p50 and p99 latency, the server's peak memory, and the ratios the issue
# sets: a 100-member page ≥ 20× Datasette's equivalent query (p99 ≤ 20 ms, RSS ≤ 150 MB); one
# place's record ≥ 40 % of hello-world; ICS-wide findings for SEL (the shipped data and
# examples/sel-2022.yaml, on a second place-server), warm, p50 ≤ 10 ms.
# A benchmark, not a test: the test suite never runs it. PLACEWORKS_BENCH_CONFIGURATION=debug
# runs it on a debug build (to check the script, not to measure); PLACEWORKS_BENCH_SCRATCH names
# the build folder.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-10s}

source Tools/bench-common.sh
bench_build place place-server placeworks-synth placeworks-hello

"$bin/placeworks-synth" --systems 1 "$work/synth.json" >/dev/null
"$bin/place" init --store "$work/store.sqlite" --data "$work/synth.json" >/dev/null
token=$(new_token "$work/store.sqlite")
"$bin/place" init --store "$work/sel.sqlite" --data examples/sel-2022.yaml >/dev/null
sel_token=$(new_token "$work/sel.sqlite")
place=$(python3 -c "
import sqlite3; c = sqlite3.connect('$work/store.sqlite')
print(c.execute(\"select place from records where kind='membership' and place is not null group by place order by count(*) desc limit 1\").fetchone()[0])")

server=$(free_port); hello=$(free_port); datasette=$(free_port); sel=$(free_port)
start_server "$work/sel.sqlite" "$sel"
start_server "$work/store.sqlite" "$server"
"$bin/placeworks-hello" "$hello" >/dev/null 2>&1 & pids+=($!)
start_datasette "$work/store.sqlite" "$datasette"
wait_for "http://127.0.0.1:$server/health/ready"; wait_for "http://127.0.0.1:$sel/health/ready"; wait_for "http://127.0.0.1:$hello/"; wait_for "http://127.0.0.1:$datasette/-/versions.json"

bearer=(-H "Authorization: Bearer $token")
page="http://127.0.0.1:$server/api/v1/memberships?place=$place&limit=100"
peer="http://127.0.0.1:$datasette/store/records.json?kind__exact=membership&place__exact=$place&_sort=id&_size=100&_shape=array"
summary="http://127.0.0.1:$server/api/v1/places/$place"
curl -fs -H "Authorization: Bearer $token" "$page" >/dev/null
curl -fs -H "Authorization: Bearer $token" "http://127.0.0.1:$server/api/v1/findings" >/dev/null

read -r page_rps page_p50 page_p99 <<<"$(measure "$page" "${bearer[@]}")"
read -r peer_rps peer_p50 peer_p99 <<<"$(measure "$peer")"
read -r summary_rps summary_p50 summary_p99 <<<"$(measure "$summary" "${bearer[@]}")"
read -r hello_rps hello_p50 hello_p99 <<<"$(measure "http://127.0.0.1:$hello/")"
# Findings, warm (asked once before), over one connection: p50.
findings_p50() {
    curl -fs -H "Authorization: Bearer $2" "$1" >/dev/null
    wrk -t1 -c1 -d"$duration" --latency -H "Authorization: Bearer $2" "$1" | grep -E "^\s+50%" | awk '{print $2}'
}
sel_findings=$(findings_p50 "http://127.0.0.1:$sel/api/v1/findings?as_of=2022-04-01" "$sel_token")
synthetic_findings=$(findings_p50 "http://127.0.0.1:$server/api/v1/findings" "$token")
rss=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$server_pid/status")

echo "configuration: $configuration, $duration per measurement, wrk -t2 -c64, place $place"
row "" "requests/s" "p50 ms" "p99 ms"
row "100-member page (place-server)" "$page_rps" "$page_p50" "$page_p99"
row "same rows (Datasette)" "$peer_rps" "$peer_p50" "$peer_p99"
row "one place's record (place-server)" "$summary_rps" "$summary_p50" "$summary_p99"
row "hello-world (Hummingbird)" "$hello_rps" "$hello_p50" "$hello_p99"
echo "ICS-wide findings, warm, one connection: SEL p50 $sel_findings (target <= 10 ms); synthetic ICS p50 $synthetic_findings"
echo "place-server peak memory: ${rss} MB"
summary_bytes=$(curl -fs -H "Authorization: Bearer $token" "$summary" | wc -c)
echo "one place's record: $summary_bytes bytes of JSON"
python3 -c "print(f'page vs Datasette: {$page_rps / $peer_rps:.1f}x (target >= 20x); page p99 {$page_p99} ms (target <= 20 ms); '
              f'peak memory ${rss} MB (target <= 150 MB); summary vs hello-world: {100 * $summary_rps / $hello_rps:.0f}% (target >= 40%)')"
