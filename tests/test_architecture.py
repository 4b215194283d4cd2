"""The layering rules in pyproject.toml hold on the tree, and each one catches a planted breach.

scripts/test.sh runs `lint-imports` on the real tree; these tests run it on a copy with one
import added, so a rule that silently stopped matching anything would fail here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _copy_of_the_tree(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "app", tmp_path / "app", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "tests").mkdir()
    shutil.copy(ROOT / "tests" / "import_contracts.py", tmp_path / "tests")
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    return tmp_path


def _lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tree / "app")}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=tree, env=env, capture_output=True, text=True
    )


def _plant(tree: Path, module: str, line: str) -> None:
    path = tree / "app" / module
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")


def test_the_tree_keeps_every_contract(tmp_path):
    result = _lint_imports(_copy_of_the_tree(tmp_path))
    assert result.returncode == 0, result.stdout
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("bots/draft.py", "import streamlit", "Nothing below the UI imports Streamlit"),
        ("api_sessions.py", "import streamlit", "Nothing below the UI imports Streamlit"),
        ("sessions/turn.py", "from ui import state", "Nothing below the UI imports Streamlit"),
        ("ui/components.py", "import pages.lab", "The UI does not import a page"),
        ("leak_guard/text.py", "import openai", "The leak guard imports nothing of the app"),
        ("leak_guard/scan.py", "import api_util_openai", "The leak guard imports nothing"),
        ("settings.py", "import api_bots", "Settings import nothing of the app"),
        ("pages/lab.py", "from bots.versions import save_changes", "Assistants are used"),
        ("ui/chat_input.py", "from sessions.turn import start_turn", "Sessions are used"),
        ("api_bots.py", "from sessions.listing import list_chats", "Sessions are used"),
        ("sessions/turn.py", "from store.sqlite import SQLiteStore", "The store is used"),
        ("account/erasure.py", "from users.crypto import Cipher", "Users are used"),
        ("bots/leak_test.py", "from leak_guard.scan import ReplyScanner", "The leak guard is used"),
        ("home.py", "from llm.tokens import count_text_tokens", "The LLM wrapper is used"),
    ],
)
def test_a_planted_import_breaks_its_contract(tmp_path, module, line, contract):
    tree = _copy_of_the_tree(tmp_path)
    target = tree / "app" / module
    if not target.exists():
        target.write_text('"""A new module."""\n', encoding="utf-8")
    _plant(tree, module, line)
    result = _lint_imports(tree)
    assert result.returncode != 0
    broken = result.stdout.split("Broken contracts", 1)[-1]
    assert contract in broken, result.stdout
