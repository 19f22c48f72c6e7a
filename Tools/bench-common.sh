# The set-up the server benchmarks share (sourced by Tools/bench-server.sh and Tools/bench-web.sh):
# the peers (wrk from Debian, Datasette from PyPI), the build, servers on free ports that are
# stopped on exit (Tools/processes.sh), and one wrk measurement. Not run on its own.
#
# PLACEWORKS_BENCH_CONFIGURATION=debug builds in debug (to check a script, not to measure);
# PLACEWORKS_BENCH_SCRATCH names the build folder.
configuration=${PLACEWORKS_BENCH_CONFIGURATION:-release}

command -v wrk >/dev/null 2>&1 || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
python3 -c "import datasette" >/dev/null 2>&1 || python3 -m pip install -q datasette

# Builds the products named and sets `bin` to the folder they are in.
bench_build() {
    local build_flags=(-c "$configuration")
    if [ -n "${PLACEWORKS_BENCH_SCRATCH:-}" ]; then build_flags+=(--scratch-path "$PLACEWORKS_BENCH_SCRATCH"); fi
    for product in "$@"; do swift build "${build_flags[@]}" --product "$product" >&2; done
    bin=$(swift build "${build_flags[@]}" --show-bin-path)
}

source Tools/processes.sh

# Starts place-server on STORE at PORT (quiet, in the background); `server_pid` is its process.
start_server() {
    PLACEWORKS_LOG_LEVEL=error "$bin/place-server" --store "$1" --port "$2" >/dev/null 2>&1 & pids+=($!)
    server_pid=$!
}

# Starts Datasette on STORE at PORT; the database is named after the file (`store`, `sel`).
start_datasette() {
    python3 -m datasette serve "$1" --port "$2" --setting max_returned_rows 1000 >/dev/null 2>&1 & pids+=($!)
}

# A new viewer token for STORE, printed.
new_token() {
    "$bin/place" token create --store "$1" --role viewer --name bench --format json \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}

# One wrk run (-t2 -c64, or the connections given by BENCH_CONNECTIONS) against URL, with any
# further arguments passed to wrk (headers): prints "requests/s p50-ms p99-ms". Fails on any
# response that is not 2xx or 3xx.
measure() {
    local url=$1; shift
    wrk -t2 -c"${BENCH_CONNECTIONS:-64}" -d"$duration" --latency "$@" "$url" | python3 -c '
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
print(f"{rps:.0f} {p50:.2f} {p99:.2f}")' "$url"
}

# One row of the results table: LABEL RPS P50 P99.
row() { printf "%-44s %10s %9s %9s\n" "$@"; }
