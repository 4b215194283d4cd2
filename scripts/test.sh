#!/usr/bin/env bash
# Installs everything the tests need (Python packages, the npm Firestore emulator, Node.js if
# missing), then runs the linter and the whole test suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${VIRTUAL_ENV:-}" ]; then
  [ -x .venv/bin/python ] || python3 -m venv .venv
  # shellcheck disable=SC1091
  . .venv/bin/activate
fi

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  as_root apt-get update -q && as_root apt-get install -y -q nodejs npm
fi

python -m pip install -q --disable-pip-version-check -r requirements.txt -r requirements-dev.txt
npm ci --no-audit --no-fund --silent

python -m ruff check .
python -m pytest "$@"
