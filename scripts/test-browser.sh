#!/usr/bin/env bash
# Starts a real SMTP server (aiosmtpd, writing a Maildir) and the real portal (debug build,
# fresh SQLite file with demo data, sending through that server) on 127.0.0.1, runs the
# browser suite against them with headless Chromium, and stops both by their PIDs.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BROWSER_TEST_PORT:-8091}
work=$(mktemp -d /tmp/portal-browser.XXXXXX)
mkdir -p artifacts
scripts/system-packages.sh browser
scripts/python-env.sh
swift build --product portal
bin=$(swift build --show-bin-path)/portal

smtp_port=$((port + 20))
mkdir -p "$work/mail/new" "$work/mail/cur" "$work/mail/tmp"
.venv/bin/python -m aiosmtpd -n -l "127.0.0.1:$smtp_port" -c aiosmtpd.handlers.Mailbox "$work/mail" \
  >artifacts/smtp.log 2>&1 &
smtp_pid=$!
portal_pid=
# aiosmtpd ignores SIGTERM; its Maildir is thrown away with the work directory anyway. A
# killed process's wait status is not a failure of the run, so set -e must not see it.
cleanup() {
  [ -n "$portal_pid" ] && { kill "$portal_pid" 2>/dev/null; wait "$portal_pid" 2>/dev/null || true; }
  kill -9 "$smtp_pid" 2>/dev/null || true
  wait "$smtp_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 1 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$smtp_port") 2>/dev/null && break
  sleep 0.2
done

import_secret=$(head -c 48 /dev/urandom | base64 | tr -d '/+=' | head -c 40)
PORTAL_PORT=$port SQLITE_PATH="$work/portal.sqlite" FHIR_IMPORT_SECRET="$import_secret" SMTP_HOST=127.0.0.1 SMTP_PORT=$smtp_port SMTP_SECURITY=none \
  OUTBOX_POLL_SECONDS=1 MESSAGE_NOTICE_HOLD_SECONDS=2 "$bin" serve >artifacts/portal.log 2>&1 &
portal_pid=$!

for _ in $(seq 1 60); do
  curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  kill -0 $portal_pid 2>/dev/null || { cat artifacts/portal.log; exit 1; }
  sleep 1
done
curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null

SE_OFFLINE=true PORTAL_URL="http://127.0.0.1:$port" PORTAL_IMPORT_SECRET="$import_secret" PORTAL_LOG=artifacts/portal.log PORTAL_BIN="$bin" PORTAL_SQLITE="$work/portal.sqlite" PORTAL_MAILDIR="$work/mail" PORTAL_SMTP_PORT=$smtp_port \
  SCREENSHOT_DIR=artifacts/screenshots .venv/bin/python -m pytest -q browser-tests "$@"
