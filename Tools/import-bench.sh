#!/usr/bin/env bash
# Runs the import benchmark: builds place-import and placeworks-import-bench in release, installs
# Debian's sqlite3 command line and PyPI's sqlite-utils (the peers) if missing, and times a
# generated 1,000,000-row Fingertips-shaped CSV (and a 100,000-row xlsx). Arguments go to the
# benchmark:
#
#   Tools/import-bench.sh [--scratch-path DIR] [--rows N] [--xlsx-rows N] [--runs N] [--folder DIR]
#
# --scratch-path names the build folder of the release build (default .build), as
# `swift build --scratch-path` takes it.
#
# A benchmark, not a test: the test suite never runs it. See docs/import.md.
set -euo pipefail
cd "$(dirname "$0")/.."

scratch=(); bench=()
while [ $# -gt 0 ]; do
    if [ "$1" = "--scratch-path" ] && [ $# -gt 1 ]; then scratch=(--scratch-path "$2"); shift 2
    else bench+=("$1"); shift; fi
done

missing=()
dpkg -s libsqlite3-dev >/dev/null 2>&1 || missing+=(libsqlite3-dev)
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
if [ ${#missing[@]} -gt 0 ]; then
    sudo_if_needed=(); [ "$(id -u)" -eq 0 ] || sudo_if_needed=(sudo)
    echo "import-bench: installing ${missing[*]} from Debian's packages" >&2
    "${sudo_if_needed[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_if_needed[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v sqlite-utils >/dev/null 2>&1 || python3 -m pip install --quiet sqlite-utils >&2

swift build -c release "${scratch[@]}" --product place-import >&2
swift build -c release "${scratch[@]}" --product placeworks-import-bench >&2
bin="$(swift build -c release "${scratch[@]}" --show-bin-path)"
"$bin/placeworks-import-bench" --place-import "$bin/place-import" "${bench[@]}"
