"""GPT Lab in the visitor's language: gettext catalogs (babel), the language a rerun speaks,
and dates and money in that language's format.

Every string GPT Lab writes goes through `tr` (or `ntr` for plurals); the catalogs under
`app/i18n/locales/<language>/LC_MESSAGES/` hold its translations, one `.po` file per area
of the app (`scripts/catalogs.py` extracts and updates them). Model-facing text the creator
wrote is never translated.
"""

from __future__ import annotations

from i18n.catalogs import AREAS, LANGUAGES, SOURCE_LANGUAGE, translations
from i18n.formats import format_day, format_money, format_number, format_percent
from i18n.language import (
    best_language,
    current_language,
    language_from_accept,
    speaking,
    use_language_from,
)
from i18n.translate import ntr, tr, tr_noop

__all__ = [
    "AREAS",
    "LANGUAGES",
    "SOURCE_LANGUAGE",
    "best_language",
    "current_language",
    "format_day",
    "format_money",
    "format_number",
    "format_percent",
    "language_from_accept",
    "ntr",
    "speaking",
    "tr",
    "tr_noop",
    "translations",
    "use_language_from",
]
