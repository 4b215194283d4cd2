"""`tr` and `ntr`: a message in the current language. Placeholders are `{name}` fields filled
after translation, so a translation may move them: `tr("Chat with {name}", name=bot)`."""

from __future__ import annotations

from typing import Any

from i18n.catalogs import translations
from i18n.language import current_language


def tr(message: str, /, **fields: Any) -> str:
    text = translations(current_language()).gettext(message)
    return text.format(**fields) if fields else text


def ntr(singular: str, plural: str, count: int, /, **fields: Any) -> str:
    """The plural form the language's rules pick for `count` (given as `{count}` too)."""
    text = translations(current_language()).ngettext(singular, plural, count)
    return text.format(count=count, **fields)


def tr_noop(message: str) -> str:
    """Marks a message for the catalogs where it is translated later (a module constant)."""
    return message
