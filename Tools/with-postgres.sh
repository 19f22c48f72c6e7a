#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server, for the PostgreSQL store's tests:
#
#   Tools/with-postgres.sh swift test --filter PlaceworksStorePostgresTests
#
# Installs PostgreSQL from Debian's packages if it is missing, creates a cluster in a temporary
# folder (as an unprivileged user when run as root: initdb refuses root), starts it on 127.0.0.1
# on a free port, exports PLACEWORKS_TEST_POSTGRES_URL, runs the command, and always stops the
# server and removes the cluster. Exits with the command's status.
#
# The cluster trades durability for speed (fsync off): it holds nothing worth keeping.
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: Tools/with-postgres.sh COMMAND [ARGUMENT...]" >&2
    exit 2
fi

find_bindir() {
    if command -v initdb >/dev/null 2>&1; then
        dirname "$(readlink -f "$(command -v initdb)")"
        return
    fi
    local newest
    newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$newest" ] && [ -x "$newest/initdb" ]; then echo "$newest"; fi
}

bindir=$(find_bindir)
if [ -z "$bindir" ]; then
    echo "with-postgres: PostgreSQL is not installed; installing it from Debian's packages" >&2
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    else
        sudo apt-get update -qq
        sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    bindir=$(find_bindir)
    if [ -z "$bindir" ]; then
        echo "with-postgres: PostgreSQL was installed but initdb cannot be found" >&2
        exit 1
    fi
fi

# initdb and postgres refuse to run as root: run the server as an unprivileged user.
as_server=()
owner=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
    owner=postgres
    if ! id "$owner" >/dev/null 2>&1; then
        owner=placeworks-pg
        id "$owner" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$owner"
    fi
    as_server=(runuser -u "$owner" --)
fi

cluster=$(mktemp -d "${TMPDIR:-/tmp}/placeworks-pg.XXXXXX")
chmod 755 "$cluster"
chown "$owner" "$cluster"

stop_cluster() {
    if [ -f "$cluster/data/postmaster.pid" ]; then
        "${as_server[@]}" "$bindir/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$cluster"
}
trap stop_cluster EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_is_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
port=""
for _ in $(seq 1 50); do
    candidate=$((20000 + RANDOM % 40000))
    if port_is_free "$candidate"; then port=$candidate; break; fi
done
if [ -z "$port" ]; then
    echo "with-postgres: no free port found on 127.0.0.1" >&2
    exit 1
fi

"${as_server[@]}" "$bindir/initdb" -D "$cluster/data" -U placeworks --auth=trust --encoding=UTF8 --locale=C \
    --no-sync >"$cluster/initdb.log" 2>&1 || { cat "$cluster/initdb.log" >&2; exit 1; }
"${as_server[@]}" "$bindir/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='$cluster' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$cluster/server.log" >&2; exit 1; }
"${as_server[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U placeworks placeworks

export PLACEWORKS_TEST_POSTGRES_URL="postgres://placeworks@127.0.0.1:$port/placeworks"
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (PLACEWORKS_TEST_POSTGRES_URL=$PLACEWORKS_TEST_POSTGRES_URL)" >&2

status=0
"$@" || status=$?
exit "$status"
