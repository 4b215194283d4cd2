"""Cleaning what people type or paste before it is used: API keys and public names.

A key copied from a web page often carries a non-breaking or zero-width space; sent as is, the
HTTP header fails and the person sees "the provider did not answer". A name made only of
invisible characters looks like no name at all in a listing, and bidi overrides make a name
display as something else ("gnp.exe" shown as "exe.png").
"""

from __future__ import annotations

import unicodedata

# Overrides, embeddings and isolates reorder the text after them; marks (LRM/RLM) do not.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Letters that render as blank space although Unicode files them as letters or symbols.
_BLANK_LOOKING = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e\u17b4\u17b5")
_INVISIBLE_CATEGORIES = ("Z", "C", "M")  # separators, controls and formats, combining marks


class InvalidKeyFormat(ValueError):
    """A pasted API key holds characters no provider's key has; `characters` names them
    ("U+00E9, U+2014") for a message in the visitor's language."""

    def __init__(self, message: str, characters: str) -> None:
        super().__init__(message)
        self.characters = characters


def normalize_api_key(raw: str) -> str:
    """The key without any space, line break or invisible character it was pasted with.

    Provider keys are ASCII without spaces, so removing these never changes a real key; any
    other non-ASCII character is refused with a message rather than sent.
    """
    key = "".join(
        ch for ch in raw or "" if not (ch.isspace() or unicodedata.category(ch) in ("Cf", "Zs"))
    )
    odd = sorted({ch for ch in key if not (ch.isascii() and ch.isprintable())})
    if odd:
        shown = ", ".join(f"U+{ord(ch):04X}" for ch in odd[:3])
        raise InvalidKeyFormat(
            f"That key contains characters an API key never has ({shown}). "
            "Copy it again from your provider's page.",
            shown,
        )
    return key


def strip_bidi_controls(text: str) -> str:
    return "".join(ch for ch in text if ch not in BIDI_CONTROLS)


def has_visible_text(text: str) -> bool:
    """Whether anything in `text` would show on screen."""
    return any(
        ch not in _BLANK_LOOKING and not unicodedata.category(ch).startswith(_INVISIBLE_CATEGORIES)
        for ch in text
    )


def has_broken_characters(text: str) -> bool:
    """Half of a surrogate pair (half an emoji): no UTF-8 text can carry it to a database."""
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def mend_surrogates(text: str) -> str:
    """Pairs split across pieces joined; any half left alone becomes U+FFFD."""
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
