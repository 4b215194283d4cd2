"""Every catalog has every message the code asks for, translated, with the same placeholders
and as many plural forms as its language has."""

from __future__ import annotations

import string

import pytest
from babel.messages.pofile import read_po

from i18n import AREAS, LANGUAGES, SOURCE_LANGUAGE
from i18n.catalogs import po_path
from i18n.extract import templates

TRANSLATED = [language for language in LANGUAGES if language != SOURCE_LANGUAGE]
TEMPLATES = templates()


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def catalog(language: str, area: str):
    with po_path(language, area).open("rb") as file:
        return read_po(file, locale=language)


@pytest.mark.parametrize("area", AREAS)
@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated_with_its_placeholders(language, area):
    translated = catalog(language, area)
    expected_forms = translated.num_plurals  # 1 in Chinese and Japanese, 2 in Spanish
    problems = []
    for message in TEMPLATES[area]:
        if not message.id:
            continue
        found = translated.get(message.id)
        if found is None or not found.string or "fuzzy" in found.flags:
            problems.append(("missing", message.id))
            continue
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = found.string if isinstance(found.string, tuple) else (found.string,)
        if isinstance(message.id, tuple) and len(strings) != expected_forms:
            problems.append(("plural forms", message.id))
        wanted = set().union(*(fields(text) for text in sources))
        if any(not text or fields(text) - wanted for text in strings) or not fields(
            strings[-1]
        ) >= (wanted - {"count"}):
            problems.append(("placeholders", message.id))
    assert problems == []


@pytest.mark.parametrize("area", AREAS)
@pytest.mark.parametrize("language", TRANSLATED)
def test_no_catalog_keeps_messages_the_code_no_longer_has(language, area):
    wanted = {message.id for message in TEMPLATES[area] if message.id}
    kept = {message.id for message in catalog(language, area) if message.id}
    assert kept - wanted == set()
