"""Benchmarks (python -m bench.<name>). The app's modules import by their plain names, as under
`streamlit run`, so the app folder goes on the path before any benchmark module loads."""

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
for _path in (_ROOT / "app", _ROOT):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))
