"""Markdown whose link constructs are broken without parsing, and the same for a stream: what
`reply_links` falls back to where two Markdown parsers may read a text differently."""

from __future__ import annotations

import re

# Where Streamlit's GFM renderer (micromark) starts a bare link: a scheme right before "://",
# "www" right before ".", an e-mail's "@". A zero-width space placed there breaks it without
# changing the look; placed after "://" it does not (to micromark it is a letter of the host,
# and browsers drop it from the host).
# The renderer also links bare addresses in text as it reads it, escapes and entities decoded
# (`https\://…`, `www&#46;…`): a zero-width space around each keeps them from forming one.
ZERO_WIDTH_SPACE = "\u200b"
_AUTOLINK_TRIGGER = re.compile(r"(?i)(?=://)|(?<=www)(?=\.)|(?<=@)")
_INERT = re.compile(r"(?<=[\];<])|(?=[\\&])")
_ASCII_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def break_autolinks(text: str) -> str:
    """The text with nothing Streamlit's renderer would turn into a bare link."""
    return _AUTOLINK_TRIGGER.sub(ZERO_WIDTH_SPACE, text)


def inert_links(text: str) -> str:
    """Markdown with every link construct broken and the rest as it was, without parsing: a
    zero-width space after each "]" (no inline link, reference or image is left) and "<" (no
    autolink), around each escape and entity (none spells an address), and at each bare-link
    trigger. Context-free, so a stream can be done chunk by chunk (`InertStream`)."""
    return break_autolinks(_INERT.sub(ZERO_WIDTH_SPACE, text))


class InertStream:
    """inert_links for a stream: the end of a chunk that may begin a trigger ("htt" + "p://",
    "ww" + "w.") waits for the next chunk."""

    _MAY_CONTINUE = re.compile(r"(?i)(?::/?|w{1,3})$")

    def __init__(self) -> None:
        self._carry = ""

    def feed(self, chunk: str) -> str:
        text = self._carry + chunk
        match = self._MAY_CONTINUE.search(text)
        cut = match.start() if match else len(text)
        self._carry = text[cut:]
        return inert_links(text[:cut])

    def close(self) -> str:
        rest, self._carry = self._carry, ""
        return inert_links(rest)


def escaped(text: str) -> str:
    """Text that renders as written, on one line, and links nothing."""
    return _ASCII_PUNCTUATION.sub(r"\\\1", break_autolinks(" ".join(text.split())))
