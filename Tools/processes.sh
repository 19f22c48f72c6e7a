# What the scripts that start servers share (sourced, not run): a scratch folder `work`, the
# processes started (`pids+=($!)`), all stopped and the folder removed on exit, and a free port.
work=$(mktemp -d)
pids=()
stop_processes() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap stop_processes EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# Waits (up to 20 s) until URL answers.
wait_for() { for _ in $(seq 1 200); do curl -fs "$1" >/dev/null 2>&1 && return; sleep 0.1; done; echo "$1 never answered" >&2; exit 1; }
