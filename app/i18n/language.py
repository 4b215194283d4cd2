"""Which language this rerun speaks.

The UI says where the visitor's choice lives (`use_language_from`: Streamlit's session state,
read in callbacks too, which run before any page code); code below the UI only asks
`current_language()`. `speaking` overrides it for a block (tests, a background job).
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Callable, Iterator

from babel import Locale, UnknownLocaleError

from i18n.catalogs import LANGUAGES, SOURCE_LANGUAGE

_override: contextvars.ContextVar[str | None] = contextvars.ContextVar("language", default=None)
_source: list[Callable[[], str | None]] = []


def use_language_from(source: Callable[[], str | None]) -> None:
    """Where the visitor's language is read from (the UI calls this once)."""
    _source[:] = [source]


def current_language() -> str:
    override = _override.get()
    if override is not None:
        return override
    for source in _source:
        try:
            chosen = source()
        except Exception:  # no session here (a background thread): the source language
            chosen = None
        if chosen in LANGUAGES:
            return chosen
    return SOURCE_LANGUAGE


@contextlib.contextmanager
def speaking(language: str) -> Iterator[None]:
    token = _override.set(language)
    try:
        yield
    finally:
        _override.reset(token)


def best_language(tag: str | None) -> str | None:
    """The catalog for a browser's language tag ("zh-CN", "es-419", "ja"), or None. Chinese
    in any script gets Simplified Chinese, the only Chinese catalog."""
    if not tag:
        return None
    try:
        locale = Locale.parse(tag.strip().replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None
    if locale.language == "zh":
        return "zh_Hans"
    return locale.language if locale.language in LANGUAGES else None


def language_from_accept(header: str | None) -> str:
    """The first language of an Accept-Language header GPT Lab speaks, by preference."""
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate((header or "").split(",")[:20]):
        tag, _, quality = part.strip().partition(";q=")
        try:
            weight = float(quality) if quality else 1.0
        except ValueError:
            weight = 0.0
        ranked.append((-weight, position, tag))
    for _weight, _position, tag in sorted(ranked):
        found = best_language(tag)
        if found:
            return found
    return SOURCE_LANGUAGE
