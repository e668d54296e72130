#!/usr/bin/env bash
# The portal as a hospital runs it: two app servers started at the same moment on one empty
# PostgreSQL database, nginx in front of them (round robin, believed through TRUSTED_PROXIES)
# and a deliberately slow mail relay. cluster-tests/test_cluster.py starts the nodes and the
# relay, drives everything through nginx, and prints its figures. Everything started here
# is stopped at the end, whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/system-packages.sh postgres
scripts/system-packages.sh nginx
scripts/python-env.sh
swift build --product portal 2>&1 | grep -vE "unhandled|CMakeLists.txt" | tail -n 1
bin="$(swift build --show-bin-path)/portal"

work=$(mktemp -d /tmp/portal-cluster.XXXXXX)
pgdir=$(mktemp -d /tmp/portal-cluster-pg.XXXXXX)  # its own: PostgreSQL runs as another user
mkdir -p "$work/nginx" artifacts
pg_port=${PG_PORT:-5434}
proxy_port=8200
cleanup() {
  [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
  scripts/postgres.sh stop "$pgdir" || true
  cp "$work"/*.log artifacts/ 2>/dev/null || true
  rm -rf "$work" "$pgdir"
}
trap cleanup EXIT
url=$(scripts/postgres.sh start "$pgdir" "$pg_port")

cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 256; }
http {
  access_log $work/nginx-access.log;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  upstream portal {
    server 127.0.0.1:8201 max_fails=1 fail_timeout=5s;
    server 127.0.0.1:8202 max_fails=1 fail_timeout=5s;
  }
  server {
    listen 127.0.0.1:$proxy_port;
    client_max_body_size 20m;
    location / {
      proxy_pass http://portal;
      proxy_set_header Host \$host:\$server_port;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_next_upstream error timeout;
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
CONF
/usr/sbin/nginx -p "$work/nginx" -c "$work/nginx/nginx.conf"

PORTAL_BIN="$bin" DATABASE_URL="$url" PG_PORT="$pg_port" PROXY_PORT="$proxy_port" CLUSTER_WORK="$work" \
  PYTHONPATH=scripts .venv/bin/python -m pytest -q -s -p no:cacheprovider cluster-tests "$@"
