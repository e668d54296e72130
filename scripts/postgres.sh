#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL server for tests, on 127.0.0.1 only.
#   scripts/postgres.sh start DIR PORT   -> prints the DATABASE_URL
#   scripts/postgres.sh stop DIR
# PostgreSQL refuses to run as root, so it runs as the postgres user in DIR.
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
cmd=${1:?start or stop}; dir=${2:?directory}
case "$cmd" in
  start)
    port=${3:-5433}
    mkdir -p "$dir"; chown postgres: "$dir"
    runuser -u postgres -- "$PGBIN/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log"
    # fsync off: these databases are thrown away after the tests. Each test has its own
    # application with up to 8 connections, and the suite runs its tests in parallel.
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c max_connections=1000" start >/dev/null
    runuser -u postgres -- psql -q -h "$dir" -p "$port" -U postgres \
      -c "CREATE ROLE portal LOGIN PASSWORD 'portal'" -c "CREATE DATABASE portal OWNER portal" >/dev/null
    echo "postgres://portal:portal@127.0.0.1:$port/portal?tlsmode=disable"
    ;;
  stop)
    [ -d "$dir/data" ] && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    ;;
  *) echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
