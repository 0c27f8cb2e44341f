#!/usr/bin/env bash
# A throwaway PostgreSQL for the server library tests, from Debian's packages.
#
#   scripts/postgres_for_tests.sh available   exit 0 when PostgreSQL is installed
#   scripts/postgres_for_tests.sh install     install the `postgresql` package when initdb is missing (root)
#   scripts/postgres_for_tests.sh start       initdb in a new folder under /tmp, start it with its
#                                             socket in that folder (no network), print its URL
#   scripts/postgres_for_tests.sh stop DIR    stop the server of that folder and delete the folder
#
# The server refuses to run as root: as root it runs as the `postgres` user the package makes.
set -euo pipefail

find_bin() {
    local found
    found=$(command -v initdb 2>/dev/null || true)
    if [ -z "$found" ]; then
        found=$(ls -1d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
    fi
    [ -n "$found" ] && dirname "$(readlink -f "$found")"
}

as_server_user() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-install}" in
available)
    [ -n "$(find_bin)" ]
    ;;
install)
    if [ -n "$(find_bin)" ]; then exit 0; fi
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing PostgreSQL (Debian's postgresql package) for the server library tests"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
    else
        echo "warning: PostgreSQL is not installed; the server library tests will be skipped" \
            "(install Debian's postgresql package)" >&2
    fi
    ;;
start)
    bin=$(find_bin) || { echo "PostgreSQL is not installed (no initdb)" >&2; exit 3; }
    # Short (a socket path has ~100 characters at most) and reachable by the server's user.
    dir=$(mktemp -d /tmp/rd-pg.XXXXXX)
    chmod 0755 "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
    as_server_user env LC_ALL=C.UTF-8 LANG=C.UTF-8 "$bin/initdb" -D "$dir/data" -A trust -U postgres \
        -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 4; }
    as_server_user env LC_ALL=C.UTF-8 "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-k $dir -c listen_addresses='' -c fsync=off -c full_page_writes=off" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 5; }
    echo "postgresql:///postgres?host=$dir&user=postgres"
    ;;
stop)
    dir=${2:?usage: $0 stop DIR}
    bin=$(find_bin)
    as_server_user "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 available | install | start | stop DIR" >&2
    exit 2
    ;;
esac
