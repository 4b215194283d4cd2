"""What a page shows a visitor, as strings, to compare one language's rendering with
another's: every text element, every widget's label, placeholder, help and options."""

from __future__ import annotations

import re

from streamlit.testing.v1 import AppTest

from i18n import LANGUAGES

ALWAYS_ALLOWED = {"GPT Lab", *LANGUAGES.values()}

TEXT_KINDS = (
    "title", "header", "subheader", "markdown", "caption", "info", "success", "warning",
    "error", "code", "text", "exception",
)  # fmt: skip
WIDGET_KINDS = (
    "button", "checkbox", "toggle", "text_input", "text_area", "number_input", "selectbox",
    "multiselect", "radio", "slider", "select_slider", "date_input", "time_input",
    "chat_input", "color_picker",
)  # fmt: skip
# Not words a translator translates: numbers, dates, money, codes, addresses, emoji.
_NO_WORDS = re.compile(r"^[\W\d_]*$|^https?://|^sk-|^[\w.-]+@[\w.-]+$")


def _widget_strings(widget) -> list[str]:
    proto = widget.proto
    found = [getattr(proto, name, "") for name in ("label", "placeholder", "help")]
    found += [str(option) for option in getattr(proto, "options", [])]
    return [text for text in found if isinstance(text, str)]


def shown_strings(at: AppTest) -> set[str]:
    """Each line of text on the page (tabs and expanders included), stripped."""
    parts: list[str] = []
    for kind in TEXT_KINDS:
        parts += [str(getattr(element, "value", "")) for element in getattr(at, kind, [])]
    for kind in WIDGET_KINDS:
        for widget in getattr(at, kind, []):
            parts += _widget_strings(widget)
    parts += [tab.label for tab in at.tabs]
    parts += [expander.label for expander in at.expander]
    lines = {line.strip(" *#-•>`") for part in parts for line in part.splitlines()}
    return {line for line in lines if line and not _NO_WORDS.match(line)}


def english_left(english: AppTest, translated: AppTest, allowed: set[str]) -> set[str]:
    """Lines the translated page shows exactly as the English page does, minus `allowed`
    (names and texts that are the same in every language: an assistant's name, what the
    model or the visitor wrote, "GPT Lab")."""
    allowed = allowed | ALWAYS_ALLOWED
    return {
        line
        for line in shown_strings(translated) & shown_strings(english)
        if line not in allowed and not _only_names(line, allowed)
    }


def _only_names(line: str, allowed: set[str]) -> bool:
    """A line that is an allowed name with punctuation or an emoji around it."""
    rest = line
    for name in sorted(allowed, key=len, reverse=True):
        rest = rest.replace(name, "")
    return _NO_WORDS.match(rest) is not None
