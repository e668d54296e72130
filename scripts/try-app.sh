#!/usr/bin/env bash
# A demo health app connecting to the running portal (see the README's tour): installs the
# Python packages into .venv if needed, then runs scripts/try-app.py.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/python-env.sh
exec .venv/bin/python scripts/try-app.py "$@"
