"""Transcript downloads that are safe to open: spreadsheets run no formula from a chat, and
Markdown viewers load no image or HTML from it.

A reply can be steered by the assistant's creator, so a downloaded transcript is untrusted text
opened in someone else's tools: `=HYPERLINK(...)` in a CSV cell, or `![x](https://…?q=secret)`
in a Markdown file, would act when the visitor opens the file.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from api_bots import SESSION_TYPES

if TYPE_CHECKING:
    from sessions.model import ChatMessage, ChatSession

# OWASP's list of characters that start a formula in Excel, LibreOffice and Google Sheets.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_IMAGE = re.compile(r"!\[")
# Raw HTML (a tag, a comment, a declaration) renders in most Markdown viewers.
_HTML_START = re.compile(r"<(?=[A-Za-z/!?])")


def spreadsheet_cell(value: str) -> str:
    """The value as a spreadsheet shows it, never as a formula: a leading quote marks it text."""
    if value.lstrip(" ").startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_text(rows: Iterable[Iterable[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow([spreadsheet_cell(str(cell)) for cell in row])
    return buffer.getvalue()


def inert_markdown(text: str) -> str:
    """Markdown that keeps its formatting but loads nothing: images and raw HTML are escaped."""
    return _HTML_START.sub(r"\\<", _IMAGE.sub(r"!\\[", text or ""))


STOPPED = "This reply stopped before the end."


def transcript_csv(chat: ChatSession) -> str:
    """The transcript as CSV (time, role, message, as the original's download, then "stopped":
    "yes" for a reply stopped before the end), and the recap as a last row with role "recap"
    when the chat was concluded."""
    recap = [["", "recap", chat.recap, ""]] if chat.recap else []
    return csv_text(
        [
            ["created_date", "role", "message", "stopped"],
            *(
                [
                    m.created_date.isoformat(timespec="seconds"),
                    m.role,
                    m.content,
                    "yes" if m.partial else "",
                ]
                for m in chat.transcript
            ),
            *recap,
        ]
    )


def transcript_markdown(chat: ChatSession, user_label: str = "You") -> str:
    """The transcript as Markdown that loads no image or HTML when opened."""
    return chat_markdown(
        chat.config.bot_name,
        f"{chat.config.model_config.model} · {SESSION_TYPES.get(chat.config.session_type, '')}",
        chat.transcript,
        chat.recap,
        user_label=user_label,
    )


def chat_markdown(
    bot_name: str,
    about: str,
    messages: Iterable[ChatMessage],
    recap: str | None,
    title: str = "",
    user_label: str = "You",
) -> str:
    """A chat as inert Markdown: a heading, what it ran on, every message, the recap."""
    name = inert_markdown(bot_name)
    lines = [f"# {inert_markdown(title)}" if title else f"# Chat with {name}", ""]
    if title:
        lines += [f"Chat with {name}", ""]
    lines += [f"Model: {inert_markdown(about)}", ""]
    for message in messages:
        speaker = user_label if message.role == "user" else name
        stamp = message.created_date.strftime("%Y-%m-%d %H:%M")
        lines += [f"**{speaker}** ({stamp}):", "", inert_markdown(message.content), ""]
        if message.partial:
            lines += [f"*({STOPPED})*", ""]
    if recap:
        lines += ["## Session Recap", "", inert_markdown(recap), ""]
    return "\n".join(lines)
