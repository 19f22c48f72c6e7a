#!/usr/bin/env bash
# The web benchmark: wrk (Debian) against place-server's web front end on South East London's
# data (the shipped data and examples/sel-2022.yaml), beside Datasette (PyPI) serving the same
# SQLite file, in the same run.
#
#   Tools/bench-web.sh [DURATION]        (default 10s per measurement; release build)
#
# Measures, wrk -t2 -c64, as of 1 April 2022 and for Southwark (E09000028):
#   - the dashboard `/` and the place page `/places/E09000028`, signed in as an ICS admin
#     (goal: p99 <= 30 ms each);
#   - the public page `/public/places/E09000028` (no sign-in) against Datasette's HTML table page
#     of the same place's membership, meeting and budget records — the rows that page is made
#     from (goal: >= 5x Datasette's requests/s).
# Prints requests/s, p50/p99 and the ratio. A benchmark, not a test: the test suite never runs
# it. PLACEWORKS_BENCH_CONFIGURATION=debug runs it on a debug build (to check the script, not to
# measure); PLACEWORKS_BENCH_SCRATCH names the build folder.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-10s}
place=E09000028
day=2022-04-01

source Tools/bench-common.sh
bench_build place place-server

"$bin/place" init --store "$work/sel.sqlite" --data examples/sel-2022.yaml >/dev/null
password="a long enough password for the benchmark"
echo "$password" | "$bin/place" user create --store "$work/sel.sqlite" --name bench --role ics-admin --password-stdin >/dev/null

server=$(free_port); datasette=$(free_port)
start_server "$work/sel.sqlite" "$server"
start_datasette "$work/sel.sqlite" "$datasette"
wait_for "http://127.0.0.1:$server/health/ready"; wait_for "http://127.0.0.1:$datasette/-/versions.json"

# Signs in as the ICS admin the way a browser does (the form's token in a cookie and a field) and
# prints the session cookie.
session=$(python3 - "http://127.0.0.1:$server" "$password" <<'PYTHON'
import re, sys, urllib.parse, urllib.request
base, password = sys.argv[1], sys.argv[2]
class Keep(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args): return None
opener = urllib.request.build_opener(Keep)
form = opener.open(base + "/sign-in")
cookie = re.search(r"placeworks_sign_in=([^;]+)", form.headers["Set-Cookie"]).group(1)
csrf = re.search(r'name="csrf" value="([^"]+)"', form.read().decode()).group(1)
body = urllib.parse.urlencode({"csrf": csrf, "name": "bench", "password": password}).encode()
request = urllib.request.Request(base + "/sign-in", data=body, headers={"Cookie": "placeworks_sign_in=" + cookie})
try:
    response = opener.open(request)
except urllib.error.HTTPError as redirect:
    response = redirect
for header in response.headers.get_all("Set-Cookie") or []:
    if header.startswith("placeworks_session=") and not header.startswith("placeworks_session=;"):
        print(header.split(";")[0]); break
else:
    sys.exit(f"bench: signing in failed ({response.status})")
PYTHON
)
signed_in=(-H "Cookie: $session")

dashboard="http://127.0.0.1:$server/?as_of=$day"
place_page="http://127.0.0.1:$server/places/$place?as_of=$day"
public_page="http://127.0.0.1:$server/public/places/$place?as_of=$day"
peer="http://127.0.0.1:$datasette/sel/records?place__exact=$place&kind__in=membership,meeting,budget&_sort=id&_size=max"
for url in "$dashboard" "$place_page"; do
    page_text=$(curl -fs -H "Cookie: $session" "$url")
    [[ "$page_text" == *"Sign out"* ]] || { echo "bench: $url is not the signed-in page" >&2; exit 1; }
done
curl -fs "$public_page" >/dev/null
rows=$(curl -fs "${peer/records?/records.json?}&_shape=array" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')

read -r dashboard_rps dashboard_p50 dashboard_p99 <<<"$(measure "$dashboard" "${signed_in[@]}")"
read -r place_rps place_p50 place_p99 <<<"$(measure "$place_page" "${signed_in[@]}")"
read -r public_rps public_p50 public_p99 <<<"$(measure "$public_page")"
read -r peer_rps peer_p50 peer_p99 <<<"$(measure "$peer")"

echo "configuration: $configuration, $duration per measurement, wrk -t2 -c${BENCH_CONNECTIONS:-64}, SEL as of $day, place $place"
row "" "requests/s" "p50 ms" "p99 ms"
row "dashboard / (signed in)" "$dashboard_rps" "$dashboard_p50" "$dashboard_p99"
row "place page (signed in)" "$place_rps" "$place_p50" "$place_p99"
row "public page of the place" "$public_rps" "$public_p50" "$public_p99"
row "same rows, $rows, HTML table (Datasette)" "$peer_rps" "$peer_p50" "$peer_p99"
python3 -c "print(f'dashboard p99 {$dashboard_p99} ms, place page p99 {$place_p99} ms (target <= 30 ms each); '
              f'public page vs Datasette: {$public_rps / $peer_rps:.1f}x (target >= 5x)')"
