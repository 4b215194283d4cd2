#!/usr/bin/env bash
# Installs everything the tests need (Python packages, the npm Firestore emulator, and with apt
# Node.js and Debian's Chromium if missing), then runs the linters and the whole test suite:
# unit, AppTest and real-browser journeys. Extra arguments go to pytest (both runs).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${VIRTUAL_ENV:-}" ]; then
  [ -x .venv/bin/python ] || python3 -m venv .venv
  # shellcheck disable=SC1091
  . .venv/bin/activate
fi

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "color emoji" || missing+=(fonts-noto-color-emoji)
if [ ${#missing[@]} -gt 0 ]; then
  as_root apt-get update -q
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q --no-install-recommends \
    "${missing[@]}"
fi

python -m pip install -q --disable-pip-version-check -r requirements.txt -r requirements-dev.txt
npm ci --no-audit --no-fund --silent

python -m ruff check .
PYTHONPATH=app lint-imports --no-cache
hadolint Dockerfile
# The suite on every core (each worker starts its own servers on free loopback ports), then the
# few tests that hold code to a CPU-time budget, alone, so a busy neighbour cannot fail them.
python -m pytest -n "${PYTEST_WORKERS:-auto}" --cpu-budget-tests=exclude "$@"
python -m pytest --cpu-budget-tests=only "$@" || [ $? = 5 ]  # 5: none selected
