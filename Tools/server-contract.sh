#!/usr/bin/env bash
# Runs schemathesis (PyPI) against a live place-server: every operation in /openapi.json, with an
# ICS admin's token, on a throwaway store seeded by `place init`. Fails on any server error or
# any response that does not match the document.
#
#   Tools/server-contract.sh [BUILD_FOLDER]     (default: the debug build, .build/debug)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug}
bin=$(cd "$bin" && pwd)

if ! python3 -c "import schemathesis" >/dev/null 2>&1; then
    echo "server-contract: installing schemathesis from PyPI" >&2
    python3 -m pip install -q schemathesis
fi

source Tools/serve-store.sh
work=$(mktemp -d)
cleanup() { stop_server; rm -rf "$work"; }
trap cleanup EXIT

store="$work/placeworks.sqlite"
serve_store "$bin" "$store" ics-admin contract-test "$work/server.log"

schemathesis run "http://127.0.0.1:$port/openapi.json" \
    --header "Authorization: Bearer $token" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance \
    --max-examples 25 --workers 2 --suppress-health-check all \
    || { echo "server-contract: schemathesis found problems; the server's log:" >&2; tail -n 50 "$work/server.log" >&2; exit 1; }
