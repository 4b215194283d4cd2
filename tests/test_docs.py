"""The README's configuration table and the settings the app reads stay the same list.

In the manner of datasette's test_docs.py: an operator configures GPT Lab from that table, so a
setting missing from it cannot be found, and a row for a setting that is gone misleads.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from markdown_it import MarkdownIt

from settings import load_settings

README = Path(__file__).resolve().parent.parent / "README.md"


class _RecordingEnvironment(dict):
    """An empty environment that remembers every variable the settings ask for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[str] = set()

    def get(self, key, default=None):
        self.asked.add(key)
        return super().get(key, default)

    def __getitem__(self, key):
        self.asked.add(key)
        return super().__getitem__(key)

    def __contains__(self, key) -> bool:
        self.asked.add(key)
        return super().__contains__(key)


def _configuration_table_rows() -> Iterator[list[str]]:
    tokens = MarkdownIt().enable("table").parse(README.read_text(encoding="utf-8"))
    in_section = False
    row: list[str] | None = None
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            in_section = tokens[index + 1].content == "Configuration"
        elif not in_section:
            continue
        elif token.type == "tr_open":
            row = []
        elif token.type in ("td_open", "th_open") and row is not None:
            row.append(tokens[index + 1].content)
        elif token.type == "tr_close" and row is not None:
            yield row
            row = None


def _documented_variables() -> set[str]:
    rows = list(_configuration_table_rows())
    assert rows, "README.md has no table under '## Configuration'"
    column = rows[0].index("env var")
    return {name for row in rows[1:] for name in re.findall(r"`([A-Z][A-Z0-9_]+)`", row[column])}


def _variables_the_settings_read() -> set[str]:
    environment = _RecordingEnvironment()
    load_settings(env=environment, secrets={})
    return environment.asked


def test_every_gptlab_setting_is_in_the_readme_table():
    read = {name for name in _variables_the_settings_read() if name.startswith("GPTLAB_")}
    assert read, "the settings read no GPTLAB_ variable: the recorder no longer sees them"
    assert read - _documented_variables() == set()


def test_every_variable_in_the_readme_table_is_read_by_the_settings():
    assert _documented_variables() - _variables_the_settings_read() == set()
