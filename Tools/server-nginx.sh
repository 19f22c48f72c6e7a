#!/usr/bin/env bash
# Two place-server instances behind nginx (Debian's package) on one PostgreSQL database, with
# concurrent writers to the same record: no lost update, every refused write a 412; then one
# instance is stopped with SIGTERM and the other keeps serving.
#
#   Tools/with-postgres.sh Tools/server-nginx.sh [BUILD_FOLDER]     (default .build/debug)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(cd "${1:-.build/debug}" && pwd)
: "${PLACEWORKS_TEST_POSTGRES_URL:?run this under Tools/with-postgres.sh}"

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
    echo "server-nginx: installing nginx from Debian's packages" >&2
    sudo_if_needed=(); [ "$(id -u)" -eq 0 ] || sudo_if_needed=(sudo)
    DEBIAN_FRONTEND=noninteractive "${sudo_if_needed[@]}" apt-get install -y -qq nginx-light >/dev/null
fi
nginx=$(command -v nginx || echo /usr/sbin/nginx)

source Tools/processes.sh
chmod 755 "$work"

database="placeworks_nginx_$$"
psql=$(ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -n 1)
"$psql" "$PLACEWORKS_TEST_POSTGRES_URL" -qc "CREATE DATABASE $database" >/dev/null
store="${PLACEWORKS_TEST_POSTGRES_URL%/*}/$database"

"$bin/place" init --store "$store" >/dev/null
token=$("$bin/place" token create --store "$store" --role ics-admin --name nginx-test --format json \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')

ports=()
for instance in 1 2; do
    port=$(free_port)
    ports+=("$port")
    PLACEWORKS_LOG_LEVEL=warning "$bin/place-server" --store "$store" --port "$port" >"$work/server-$instance.log" 2>&1 &
    pids+=($!)
done
balancer=$(free_port)
mkdir -p "$work/nginx"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
error_log $work/nginx/error.log;
pid $work/nginx/nginx.pid;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    upstream placeworks { server 127.0.0.1:${ports[0]} max_fails=1 fail_timeout=2s; server 127.0.0.1:${ports[1]} max_fails=1 fail_timeout=2s; }
    server {
        listen 127.0.0.1:$balancer;
        location / { proxy_pass http://placeworks; proxy_next_upstream error timeout; proxy_set_header Host \$host; }
    }
}
CONF
"$nginx" -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
pids+=($!)
for port in "${ports[@]}" "$balancer"; do
    for _ in $(seq 1 100); do
        curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
        sleep 0.1
    done
done

python3 Tools/server-nginx-check.py "$balancer" "${ports[0]}" "${ports[1]}" "$token"

# Stop the first instance gracefully: it exits cleanly, and the balancer keeps answering.
kill -TERM "${pids[0]}"
wait "${pids[0]}"
echo "server-nginx: instance 1 stopped with status $? after SIGTERM"
for _ in 1 2 3 4; do
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "http://127.0.0.1:$balancer/api/v1/places")
    [ "$status" = 200 ] || { echo "server-nginx: after stopping one instance the balancer answered $status" >&2; exit 1; }
done
echo "server-nginx: the other instance kept serving"
