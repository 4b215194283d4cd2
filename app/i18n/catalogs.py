"""The message catalogs: which languages GPT Lab speaks, and their compiled translations.

Catalogs are `.po` files read with babel and compiled in memory once per process (no `.mo`
files to build or forget); each language's areas are merged into one set of translations.
"""

from __future__ import annotations

import functools
import io
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

LOCALES = Path(__file__).resolve().parent / "locales"
SOURCE_LANGUAGE = "en"
# Each language's own name, as a visitor looks for it in the sidebar.
LANGUAGES = {"en": "English", "zh_Hans": "简体中文", "es": "Español", "ja": "日本語"}
# One catalog per area of the app, so people translating one part do not edit another's file.
AREAS = ("common", "lounge", "assistant", "lab", "docs", "chat_errors", "account_errors")


def po_path(language: str, area: str) -> Path:
    return LOCALES / language / "LC_MESSAGES" / f"{area}.po"


@functools.cache
def translations(language: str) -> NullTranslations:
    """The language's messages from every area (English: the source strings themselves)."""
    merged: NullTranslations = NullTranslations()
    if language == SOURCE_LANGUAGE or language not in LANGUAGES:
        return merged
    for area in AREAS:
        path = po_path(language, area)
        if not path.exists():
            continue
        with path.open("rb") as file:
            catalog = read_po(file, locale=language)
        compiled = io.BytesIO()
        write_mo(compiled, catalog, use_fuzzy=False)
        compiled.seek(0)
        area_translations = Translations(compiled, domain=area)
        if isinstance(merged, Translations):
            merged.merge(area_translations)
        else:
            merged = area_translations
    return merged
