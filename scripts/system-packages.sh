#!/usr/bin/env bash
# Installs the Debian packages a test script needs, only when one is missing, so a fresh
# machine needs no manual step:  scripts/system-packages.sh browser | postgres | nginx | wrk
set -euo pipefail
case "${1:?browser, postgres, nginx or wrk}" in
  browser) packages=(chromium chromium-driver fonts-dejavu-core curl); present() { [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; } ;;
  postgres) packages=(postgresql); present() { ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; } ;;
  nginx) packages=(nginx-light); present() { [ -x /usr/sbin/nginx ]; } ;;
  wrk) packages=(wrk curl); present() { [ -x /usr/bin/wrk ]; } ;;
  *) echo "usage: $0 browser | postgres | nginx | wrk" >&2; exit 2 ;;
esac
present && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing system packages: ${packages[*]}. Run: sudo apt-get install ${packages[*]}" >&2
  exit 1
fi
echo "Installing ${packages[*]} with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
