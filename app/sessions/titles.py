"""Chat titles: what a chat is called in My Chats, made from the chat itself.

A chat is first named after the user's first message, then after the first line of its
recap once concluded; a name the user gives it (Rename) wins over both. The first message's
title is kept beside (first_title) so search still finds a concluded chat by it. Titles are
encrypted like messages: they say what the chat is about.
"""

from __future__ import annotations

import re

from i18n import tr_noop

MAX_TITLE_CHARS = 80
UNTITLED = tr_noop("New chat")  # shown with tr(UNTITLED)
_SPACES = re.compile(r"\s+")
# Markdown a recap line may start with: headings, emphasis, list and quote markers; and end with.
_LEADING_MARKUP = re.compile(r"^[\s#>*_\-+•|`]+")
_TRAILING_MARKUP = "*_`|"
_INLINE_MARKUP = re.compile(r"\*\*|__|~~|`")
# [text](target), the target with one level of parentheses (Wikipedia's). Neither part holds a
# bracket, so each try stops at the next one: the work is linear in the line (a line of 40,000
# "[" took 5 s of CPU, the GIL held, when a link's text could run to the end of the line).
_LINK = re.compile(r"\[([^\[\]]*)\]\((?:[^()\[\]]|\([^()\[\]]*\))*\)")
_LABEL = re.compile(r"^(session\s+)?(recap|summary)\s*[:\-–—]\s*", re.IGNORECASE)
_LABEL_ONLY = re.compile(r"^(session\s+)?(recap|summary)\s*:?$", re.IGNORECASE)


def clean_title(text: str) -> str:
    """One line of at most 80 characters, cut at a word where one is near."""
    text = _SPACES.sub(" ", text or "").strip()
    if len(text) <= MAX_TITLE_CHARS:
        return text
    cut = text[: MAX_TITLE_CHARS - 1]
    space = cut.rfind(" ")
    if space >= MAX_TITLE_CHARS // 2:
        cut = cut[:space]
    return cut.rstrip(" ,.;:-") + "…"


def _without_trailing_markup(line: str) -> str:
    """rstrip of spaces and markup characters (a `[...]+$` pattern would scan every run of them
    to its end again from each of its characters)."""
    end = len(line)
    while end and (line[end - 1].isspace() or line[end - 1] in _TRAILING_MARKUP):
        end -= 1
    return line[:end]


def title_from_message(text: str) -> str:
    return clean_title(text)


def title_from_recap(recap: str) -> str:
    """The recap's first line with its markdown taken off ("## Recap: Goals" -> "Goals")."""
    for line in (recap or "").splitlines():
        line = _INLINE_MARKUP.sub("", _LINK.sub(r"\1", line))
        line = _without_trailing_markup(_LEADING_MARKUP.sub("", line)).strip()
        if _LABEL_ONLY.match(line):
            continue  # "## Session Recap" says nothing about this chat
        line = _LABEL.sub("", line).strip()
        if line:
            return clean_title(line)
    return ""
