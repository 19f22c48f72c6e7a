#!/usr/bin/env bash
# Runs the whole Placeworks test suite from a fresh checkout: builds every target and test
# target, starts what the tests need, runs every test, and stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."

# The embedded store links Debian's SQLite: install its headers if they are missing.
if ! dpkg -s libsqlite3-dev >/dev/null 2>&1; then
    echo "test: installing libsqlite3-dev from Debian's packages" >&2
    sudo_if_needed=(); [ "$(id -u)" -eq 0 ] || sudo_if_needed=(sudo)
    "${sudo_if_needed[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_if_needed[@]}" apt-get install -y -qq libsqlite3-dev >/dev/null
fi

# The report tests print HTML to PDF and PNG with headless Chromium and count pages with poppler.
if ! command -v chromium >/dev/null 2>&1 || ! command -v pdfinfo >/dev/null 2>&1; then
    echo "test: installing chromium and poppler-utils from Debian's packages" >&2
    sudo_if_needed=(); [ "$(id -u)" -eq 0 ] || sudo_if_needed=(sudo)
    "${sudo_if_needed[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_if_needed[@]}" apt-get install -y -qq chromium poppler-utils fonts-dejavu-core >/dev/null
fi

swift build --build-tests
# The extension guide, executed (docs/extending.md): a copy of the package gains a borough with
# `place new-extension` and the guide's rule; it builds, its tests pass, its finding is reported.
Tools/extension-proof.sh .build/debug
# The API's contract: schemathesis against a live place-server (zero server errors, zero
# responses outside /openapi.json).
Tools/server-contract.sh .build/debug
# Two place-server instances behind nginx on one PostgreSQL: concurrent writers, no lost update,
# every refused write a 412; SIGTERM drains one instance while the other serves.
Tools/with-postgres.sh Tools/server-nginx.sh .build/debug
# The web front end as people use it: Selenium (PyPI) driving Debian's chromium through
# chromium-driver, and every meetings feed parsed by icalendar (PyPI); installs what is missing.
Tools/web-test.sh .build/debug
# A throwaway PostgreSQL server for the PostgreSQL suites (installed if missing); a suite that
# would skip for want of it fails instead.
export PLACEWORKS_REQUIRE_POSTGRES=1
# The Swift Testing suites last, so their summary closes the run.
Tools/with-postgres.sh swift test --skip-build
