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
configuration=${PLACEWORKS_BENCH_CONFIGURATION:-release}

command -v wrk >/dev/null 2>&1 || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
python3 -c "import datasette" >/dev/null 2>&1 || python3 -m pip install -q datasette

build_flags=(-c "$configuration")
if [ -n "${PLACEWORKS_BENCH_SCRATCH:-}" ]; then build_flags+=(--scratch-path "$PLACEWORKS_BENCH_SCRATCH"); fi
for product in place place-server placeworks-synth placeworks-hello; do
    swift build "${build_flags[@]}" --product "$product" >&2
done
bin=$(swift build "${build_flags[@]}" --show-bin-path)

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for() { for _ in $(seq 1 200); do curl -fs "$1" >/dev/null 2>&1 && return; sleep 0.1; done; echo "bench: $1 never answered" >&2; exit 1; }

"$bin/placeworks-synth" --systems 1 "$work/synth.json" >/dev/null
"$bin/place" init --store "$work/store.sqlite" --data "$work/synth.json" >/dev/null
token=$("$bin/place" token create --store "$work/store.sqlite" --role viewer --name bench --format json \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
"$bin/place" init --store "$work/sel.sqlite" --data examples/sel-2022.yaml >/dev/null
sel_token=$("$bin/place" token create --store "$work/sel.sqlite" --role viewer --name bench --format json \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
place=$(python3 -c "
import sqlite3; c = sqlite3.connect('$work/store.sqlite')
print(c.execute(\"select place from records where kind='membership' and place is not null group by place order by count(*) desc limit 1\").fetchone()[0])")

server=$(free_port); hello=$(free_port); datasette=$(free_port); sel=$(free_port)
PLACEWORKS_LOG_LEVEL=error "$bin/place-server" --store "$work/store.sqlite" --port "$server" >/dev/null 2>&1 & pids+=($!)
server_pid=$!
PLACEWORKS_LOG_LEVEL=error "$bin/place-server" --store "$work/sel.sqlite" --port "$sel" >/dev/null 2>&1 & pids+=($!)
"$bin/placeworks-hello" "$hello" >/dev/null 2>&1 & pids+=($!)
python3 -m datasette serve "$work/store.sqlite" --port "$datasette" --setting max_returned_rows 1000 >/dev/null 2>&1 & pids+=($!)
wait_for "http://127.0.0.1:$server/health/ready"; wait_for "http://127.0.0.1:$sel/health/ready"; wait_for "http://127.0.0.1:$hello/"; wait_for "http://127.0.0.1:$datasette/-/versions.json"

# One wrk run: prints "requests/s p50-ms p99-ms".
measure() {
    wrk -t2 -c64 -d"$duration" --latency -H "Authorization: Bearer $token" "$1" | python3 -c '
import re, sys
text = sys.stdin.read()
def ms(label):
    match = re.search(r"^\s*" + label + r"%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    value, unit = float(match.group(1)), match.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
if errors: sys.exit(f"bench: {errors.group(1)} error responses from {sys.argv[1]}")
p50, p99 = ms(str(50)), ms(str(99))
print(f"{rps:.0f} {p50:.2f} {p99:.2f}")' "$1"
}

page="http://127.0.0.1:$server/api/v1/memberships?place=$place&limit=100"
peer="http://127.0.0.1:$datasette/store/records.json?kind__exact=membership&place__exact=$place&_sort=id&_size=100&_shape=array"
summary="http://127.0.0.1:$server/api/v1/places/$place"
curl -fs -H "Authorization: Bearer $token" "$page" >/dev/null
curl -fs -H "Authorization: Bearer $token" "http://127.0.0.1:$server/api/v1/findings" >/dev/null

read -r page_rps page_p50 page_p99 <<<"$(measure "$page")"
read -r peer_rps peer_p50 peer_p99 <<<"$(measure "$peer")"
read -r summary_rps summary_p50 summary_p99 <<<"$(measure "$summary")"
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
printf "%-40s %10s %9s %9s\n" "" "requests/s" "p50 ms" "p99 ms"
printf "%-40s %10s %9s %9s\n" "100-member page (place-server)" "$page_rps" "$page_p50" "$page_p99"
printf "%-40s %10s %9s %9s\n" "same rows (Datasette)" "$peer_rps" "$peer_p50" "$peer_p99"
printf "%-40s %10s %9s %9s\n" "one place's record (place-server)" "$summary_rps" "$summary_p50" "$summary_p99"
printf "%-40s %10s %9s %9s\n" "hello-world (Hummingbird)" "$hello_rps" "$hello_p50" "$hello_p99"
echo "ICS-wide findings, warm, one connection: SEL p50 $sel_findings (target <= 10 ms); synthetic ICS p50 $synthetic_findings"
echo "place-server peak memory: ${rss} MB"
summary_bytes=$(curl -fs -H "Authorization: Bearer $token" "$summary" | wc -c)
echo "one place's record: $summary_bytes bytes of JSON"
python3 -c "print(f'page vs Datasette: {$page_rps / $peer_rps:.1f}x (target >= 20x); page p99 {$page_p99} ms (target <= 20 ms); '
              f'peak memory ${rss} MB (target <= 150 MB); summary vs hello-world: {100 * $summary_rps / $hello_rps:.0f}% (target >= 40%)')"
