"""Showing text that users wrote as plain text: no markdown, links, images or HTML."""

from __future__ import annotations

import re

# CommonMark lets any ASCII punctuation be backslash-escaped, which makes it literal.
_ASCII_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
_LEADING_SPACES = re.compile(r"^( +)", re.MULTILINE)


def plain(text: str) -> str:
    """Markdown source that renders `text` exactly as typed, line breaks included."""
    escaped = _ASCII_PUNCTUATION.sub(r"\\\1", text or "")
    # Leading spaces would start a code block; non-breaking spaces keep the indentation.
    escaped = _LEADING_SPACES.sub(lambda m: "\u00a0" * len(m.group(1)), escaped)
    return escaped.replace("\r\n", "\n").replace("\n", "  \n")
