#!/usr/bin/env bash
# Start a throw-away PostgreSQL server for the store tests on 127.0.0.1:55432
# (user and database "fogcount", trust authentication on loopback only) and
# print the URL the tests read from FOGCOUNT_TEST_POSTGRES:
#
#   export FOGCOUNT_TEST_POSTGRES=$(scripts/postgres-test-server.sh)
#
# Idempotent: a server already running on that port is reused.
# PGPORT and PGDATA_DIR override the port and the data directory.
set -euo pipefail
port=${PGPORT:-55432}
datadir=${PGDATA_DIR:-/tmp/fogcount-postgres-$port}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bindir" ]; then
    echo "postgres-test-server: no PostgreSQL server installed (scripts/system-deps.sh installs it)" >&2
    exit 1
fi
as_owner() {  # PostgreSQL refuses to run as root
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if ! "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port"; then
    if [ ! -f "$datadir/PG_VERSION" ]; then
        mkdir -p "$datadir"
        [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$datadir"
        as_owner "$bindir/initdb" -D "$datadir" -U postgres --auth=trust -E UTF8 >/dev/null
    fi
    as_owner "$bindir/pg_ctl" -D "$datadir" -l "$datadir/server.log" -w \
        -o "-h 127.0.0.1 -p $port -k $datadir -F" start >/dev/null
fi
psql_() { "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -qtA "$@"; }
[ "$(psql_ -c "select 1 from pg_roles where rolname='fogcount'")" = 1 ] ||
    psql_ -c "create role fogcount login createdb" >/dev/null
[ "$(psql_ -c "select 1 from pg_database where datname='fogcount'")" = 1 ] ||
    psql_ -c "create database fogcount owner fogcount" >/dev/null
echo "postgresql+psycopg://fogcount@127.0.0.1:$port/fogcount"
