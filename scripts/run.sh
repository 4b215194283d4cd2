#!/usr/bin/env bash
# Installs the app's dependencies and starts it on http://localhost:8501 with the embedded
# SQLite store (no cloud account needed). Extra arguments go to `streamlit run`.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${VIRTUAL_ENV:-}" ]; then
  [ -x .venv/bin/python ] || python3 -m venv .venv
  # shellcheck disable=SC1091
  . .venv/bin/activate
fi
python -m pip install -q --disable-pip-version-check -r requirements.txt
exec python -m streamlit run app/home.py "$@"
