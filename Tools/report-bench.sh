#!/usr/bin/env bash
# Runs the reports benchmark in a release build. Arguments go to the benchmark:
#
#   Tools/report-bench.sh [--repetitions N] [--example FILE]
#
# A benchmark, not a test: the test suite never runs it. See docs/reports.md.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product placeworks-report-bench >&2
"$(swift build -c release --show-bin-path)/placeworks-report-bench" "$@"
