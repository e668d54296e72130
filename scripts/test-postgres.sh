#!/usr/bin/env bash
# Runs the whole Swift test suite against a real PostgreSQL server started here and
# stopped afterwards, even when the tests fail.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/system-packages.sh postgres
dir=$(mktemp -d /tmp/portal-pg.XXXXXX)
trap 'scripts/postgres.sh stop "$dir"; rm -rf "$dir"' EXIT
url=$(scripts/postgres.sh start "$dir" "${PG_PORT:-5433}")
TEST_DATABASE_URL="$url" swift test "$@"
