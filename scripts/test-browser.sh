#!/usr/bin/env bash
# Starts the real portal (debug build, fresh SQLite file with demo data) on 127.0.0.1,
# runs the browser suite against it with headless Chromium, and stops the portal by its PID.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BROWSER_TEST_PORT:-8091}
work=$(mktemp -d /tmp/portal-browser.XXXXXX)
mkdir -p artifacts
scripts/system-packages.sh browser
scripts/python-env.sh
swift build --product portal
bin=$(swift build --show-bin-path)/portal

PORTAL_PORT=$port SQLITE_PATH="$work/portal.sqlite" "$bin" serve >artifacts/portal.log 2>&1 &
portal_pid=$!
trap 'kill $portal_pid 2>/dev/null; wait $portal_pid 2>/dev/null; rm -rf "$work"' EXIT

for _ in $(seq 1 60); do
  curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  kill -0 $portal_pid 2>/dev/null || { cat artifacts/portal.log; exit 1; }
  sleep 1
done
curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null

SE_OFFLINE=true PORTAL_URL="http://127.0.0.1:$port" PORTAL_LOG=artifacts/portal.log PORTAL_BIN="$bin" PORTAL_SQLITE="$work/portal.sqlite" \
  SCREENSHOT_DIR=artifacts/screenshots .venv/bin/python -m pytest -q browser-tests "$@"
