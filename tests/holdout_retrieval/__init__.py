"""Held-out retrieval material: knowledge bases and labelled questions (standard library only).

The files next to this module are the material; README.md describes them. Nothing here
depends on the application code.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASES_DIR = HERE / "bases"
SOURCE_SUFFIXES = (".md", ".txt", ".csv", ".html")
KINDS = (
    "lookup",
    "paraphrase",
    "multi-hop",
    "number",
    "negation",
    "cross-lingual",
    "typo",
    "vague",
    "unanswerable",
)


def bases() -> dict[str, dict[str, str]]:
    """Every knowledge base: base name -> {file name: text}, sorted by name."""
    found: dict[str, dict[str, str]] = {}
    for folder in sorted(p for p in BASES_DIR.iterdir() if p.is_dir()):
        files = sorted(p for p in folder.iterdir() if p.suffix in SOURCE_SUFFIXES)
        found[folder.name] = {p.name: p.read_text(encoding="utf-8") for p in files}
    return found


def questions(base: str | None = None) -> list[dict]:
    """The labelled questions of one base, or of every base when `base` is None."""
    if base is None:
        paths = sorted(HERE.glob("questions_*.jsonl"))
    else:
        path = HERE / f"questions_{base}.jsonl"
        if not path.is_file():
            raise KeyError(f"no questions for base {base!r}")
        paths = [path]
    rows: list[dict] = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows
