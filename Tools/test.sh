#!/usr/bin/env bash
# Runs the whole Placeworks test suite from a fresh checkout: builds every target and test
# target, starts what the tests need, runs every test, and stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --build-tests
# A throwaway PostgreSQL server for the PostgreSQL store's suite (installed if missing).
Tools/with-postgres.sh swift test --skip-build
