#!/usr/bin/env bash
# Tests the web front end as people and calendar apps use it, against a live place-server on a
# throwaway store made from the example data (as the README's main command makes it):
#   - Tools/web/calendar_check.py parses every meetings feed with Python's icalendar (PyPI);
#   - Tools/web/browser_test.py drives Debian's chromium through chromium-driver with Selenium
#     (PyPI): sign in, edit a risk so its finding clears, a stale form, the public pages, and a
#     place editor refused another place's form.
# Installs what is missing.
#
#   Tools/web-test.sh [BUILD_FOLDER]     (default: the debug build, .build/debug)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug}
bin=$(cd "$bin" && pwd)

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    echo "web-test: installing chromium and chromium-driver from Debian's packages" >&2
    sudo_if_needed=(); [ "$(id -u)" -eq 0 ] || sudo_if_needed=(sudo)
    "${sudo_if_needed[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_if_needed[@]}" apt-get install -y -qq chromium chromium-driver >/dev/null
fi
if ! python3 -c "import icalendar, selenium" >/dev/null 2>&1; then
    echo "web-test: installing icalendar and selenium from PyPI" >&2
    python3 -m pip install -q icalendar selenium
fi

work=$(mktemp -d)
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

store="$work/placeworks.sqlite"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# The README's main command, on a store of its own: created with the example data on first run.
(cd "$work" && PLACEWORKS_LOG_LEVEL=warning exec "$bin/place-server" --data "$OLDPWD/examples/sel-2022.yaml" --port "$port" \
    >"$work/server.log" 2>&1) &
server_pid=$!
for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
    sleep 0.1
done
grep -q "Dashboard: http://127.0.0.1:$port/" "$work/server.log" || { cat "$work/server.log" >&2; exit 1; }

# A place editor for each place, and meetings with times and a cancellation for the calendars.
for place in Southwark Lewisham; do
    echo "a long enough password for $place" | "$bin/place" user create --store "$store" \
        --name "editor@$place.example" --role place-editor --place "$place" --password-stdin 2>/dev/null
done
cat >"$work/timed.yaml" <<'YAML'
id: web-test-timed
body: swk-pssb
date: "2022-07-14"
session: public
starts: "14:00"
ends: "16:30"
location: Tooley Street, London; Room 1
items:
  - {id: "1", title: Summer review}
YAML
cat >"$work/cancelled.yaml" <<'YAML'
id: web-test-cancelled
body: swk-pssb
date: "2022-12-20"
session: public
starts: "10:00"
cancelled: true
YAML
cat >"$work/private.yaml" <<'YAML'
id: web-test-private
body: swk-pssb
date: "2022-02-10"
session: private
items:
  - id: "1"
    title: CONFIDENTIAL item
    decision: {id: p1, summary: CONFIDENTIAL decision, public: false}
YAML
for file in timed cancelled private; do
    "$bin/place" meeting record "$work/$file.yaml" --store "$store" --actor web-test >/dev/null
done

base="http://127.0.0.1:$port"
python3 Tools/web/calendar_check.py "$base"
python3 Tools/web/browser_test.py "$base" "editor@Southwark.example" "a long enough password for Southwark"
