#!/usr/bin/env bash
# Runs the Placeworks benchmark: builds placeworks-bench in release, installs Debian's sqlite3
# command line (the peer) if it is missing, starts a throwaway PostgreSQL server through
# Tools/with-postgres.sh, and runs the benchmark against it. Arguments go to the benchmark:
#
#   Tools/bench.sh [--repetitions N] [--systems N] [--seed N]
#
# A benchmark, not a test: the test suite never runs it. See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."

install_missing() {
    local sudo_if_needed=()
    [ "$(id -u)" -eq 0 ] || sudo_if_needed=(sudo)
    echo "bench: installing $* from Debian's packages" >&2
    "${sudo_if_needed[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_if_needed[@]}" apt-get install -y -qq "$@" >/dev/null
}

missing=()
# The embedded store links Debian's SQLite; the peer is its command line.
dpkg -s libsqlite3-dev >/dev/null 2>&1 || missing+=(libsqlite3-dev)
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
if [ ${#missing[@]} -gt 0 ]; then install_missing "${missing[@]}"; fi

swift build -c release --product placeworks-bench >&2
swift build -c release --product place >&2
bin="$(swift build -c release --show-bin-path)"
Tools/with-postgres.sh "$bin/placeworks-bench" --place "$bin/place" "$@"
