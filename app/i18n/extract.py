"""Which source files feed which catalog, and the messages they hold (babel's extractor).

`scripts/catalogs.py` writes the templates and updates every language's catalogs from here;
`tests/i18n/` checks that every catalog has every message the code asks for.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file

from i18n.catalogs import AREAS

APP = Path(__file__).resolve().parents[1]
STABLE_DATE = datetime(2026, 12, 1, tzinfo=UTC)  # so regenerating changes no header line
KEYWORDS = {"tr": None, "ntr": (1, 2), "tr_noop": None}
# The first pattern that matches a file (relative to app/) names its area.
AREA_OF = (
    ("ui/lounge/", "lounge"),
    ("pages/lounge.py", "lounge"),
    ("pages/home_page.py", "lounge"),
    ("ui/assistant/", "assistant"),
    ("pages/assistant.py", "assistant"),
    ("pages/shared.py", "assistant"),
    ("ui/lab/", "lab"),
    ("pages/lab.py", "lab"),
    ("pages/faq.py", "docs"),
    ("pages/terms.py", "docs"),
    ("ui/", "common"),
    ("home.py", "common"),
    ("i18n/", "common"),
    # The domain packages and faces: the messages their errors carry.
    ("sessions/", "chat_errors"),
    ("llm/", "chat_errors"),
    ("store/", "chat_errors"),
    ("api_sessions.py", "chat_errors"),
    ("api_util_", "chat_errors"),
    ("", "account_errors"),  # bots, knowledge, users, account, settings and their faces
)


def area_of(relative: str) -> str:
    return next(area for prefix, area in AREA_OF if relative.startswith(prefix))


def source_files() -> Iterator[tuple[str, Path]]:
    for path in sorted(APP.rglob("*.py")):
        relative = path.relative_to(APP).as_posix()
        if "/locales/" not in relative:
            yield area_of(relative), path


def templates() -> dict[str, Catalog]:
    """Each area's messages, as a template catalog (msgid, plural, where it is used)."""
    catalogs = {
        area: Catalog(project="GPT Lab", fuzzy=False, creation_date=STABLE_DATE) for area in AREAS
    }
    for area, path in source_files():
        for line, message, comments, _context in extract_from_file(
            "python", path, keywords=KEYWORDS, comment_tags=("Translators:",)
        ):
            relative = path.relative_to(APP).as_posix()
            catalogs[area].add(
                message, locations=[(relative, line)], auto_comments=comments, flags=()
            )
    return catalogs
