#!/usr/bin/env bash
# Makes .venv with Python 3.12 or newer (axe-selenium-python 3 needs it) and installs the
# browser tests' packages from PyPI.
set -euo pipefail
cd "$(dirname "$0")/.."
pick() {
  for candidate in "PYENV_VERSION=3.12.1 python3.12" python3.13 python3.12 python3; do
    if env $candidate -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then
      echo "$candidate"; return
    fi
  done
  echo "No Python 3.12 or newer found; install one (pyenv install 3.12, or apt-get install python3.12)." >&2
  exit 1
}
if [ ! -x .venv/bin/python ]; then
  env $(pick) -m venv .venv
fi
.venv/bin/pip install --quiet --disable-pip-version-check -r browser-tests/requirements.txt
