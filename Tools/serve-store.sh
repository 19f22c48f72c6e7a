# Sourced by the scripts that test against a live place-server (Tools/server-contract.sh,
# Tools/extension-proof.sh): seeds a store, makes a token, and starts a server on a free port.
#
#   serve_store BIN STORE ROLE TOKEN_NAME LOG
#
# Sets `token`, `port` and `server_pid` (the caller's cleanup stops the server); returns when the
# server answers /health/ready.
serve_store() {
    local bin=$1 store=$2 role=$3 name=$4 log=$5
    [ -e "$store" ] || "$bin/place" init --store "$store" >/dev/null
    token=$("$bin/place" token create --store "$store" --role "$role" --name "$name" --format json \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    PLACEWORKS_LOG_LEVEL=warning "$bin/place-server" --store "$store" --port "$port" >"$log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 100); do
        curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "place-server did not become ready; its log:" >&2
    cat "$log" >&2
    return 1
}

# Stops the server serve_store started, if it did.
stop_server() {
    if [ -n "${server_pid:-}" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
}
