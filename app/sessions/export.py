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
from i18n import tr, tr_noop

if TYPE_CHECKING:
    from sessions.model import ChatMessage, ChatSession

# OWASP's list of characters that start a formula in Excel, LibreOffice and Google Sheets.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# Where a spreadsheet may start a new cell inside our cell: a delimiter it was set to (a
# semicolon in much of Europe, a comma, a tab, a pipe) or a line break, when it splits the text
# on it instead of honouring the quotes (a file imported with the wrong settings, a cell's text
# pasted into a sheet).
_CELL_BREAK = re.compile(r"([;,\t|\r\n])")
_PLAIN_NUMBER = re.compile(r" *[+-]?\d+(?:\.\d+)? *")
_IMAGE = re.compile(r"!\[")
# Raw HTML (a tag, a comment, a declaration) renders in most Markdown viewers.
_HTML_START = re.compile(r"<(?=[A-Za-z/!?])")


def _starts_formula(text: str, first_piece: str) -> bool:
    return text.lstrip(" ").startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(first_piece)


def spreadsheet_cell(value: str) -> str:
    """The value as a spreadsheet shows it, never as a formula, however it splits the cell.

    OWASP's CSV-injection rule: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
    return is marked text with a leading single quote. The same holds for every piece after a
    `;`, `,`, tab, `|` or line break, since a spreadsheet set to that delimiter (or a paste of
    the cell's text) starts a new cell there: `Totals;=1+1` is written `Totals;'=1+1`. The
    quote goes right before the formula character, after any spaces, which some spreadsheets
    trim.

    What is left alone, so ordinary text is not marked more than the rule requires: a plain
    number (`-5`, `+3.25`: a spreadsheet reads it as that number, and no formula can hide in
    digits) and a minus or plus inside a piece ("3 - 5", "well-known"). "-5 degrees" at a
    cell's start, or after a separator, is marked: `-` and `+` start formulas (`-2+3`,
    `+cmd|' /C calc'!A0`), and telling a harmless word after a minus from a formula would take
    each spreadsheet's formula grammar. Markdown bullets after a line break ("\\n- step") are
    marked for the same reason.
    """
    pieces = _CELL_BREAK.split(value)
    for index in range(2, len(pieces), 2):  # the pieces after a separator
        piece = pieces[index]
        if _starts_formula(piece, piece):
            spaces = len(piece) - len(piece.lstrip(" "))
            pieces[index] = piece[:spaces] + "'" + piece[spaces:]
    marked = "".join(pieces)
    return "'" + marked if _starts_formula(value, pieces[0]) else marked


def csv_text(rows: Iterable[Iterable[str]]) -> str:
    """CSV with every cell quoted and made inert (spreadsheet_cell)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL)
    for row in rows:
        writer.writerow([spreadsheet_cell(str(cell)) for cell in row])
    return buffer.getvalue()


def inert_markdown(text: str) -> str:
    """Markdown that keeps its formatting but loads nothing: images and raw HTML are escaped."""
    return _HTML_START.sub(r"\\<", _IMAGE.sub(r"!\\[", text or ""))


STOPPED = tr_noop("(This reply stopped before the end.)")


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


def transcript_markdown(chat: ChatSession, user_label: str | None = None) -> str:
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
    user_label: str | None = None,
) -> str:
    """A chat as inert Markdown: a heading, what it ran on, every message, the recap; its
    headings in the reader's language (the messages as they were written)."""
    name = inert_markdown(bot_name)
    chat_with = tr("Chat with {name}", name=name)
    lines = [f"# {inert_markdown(title)}" if title else f"# {chat_with}", ""]
    if title:
        lines += [chat_with, ""]
    lines += [tr("Model: {model}", model=inert_markdown(about)), ""]
    you = user_label or tr("You")
    for message in messages:
        speaker = you if message.role == "user" else name
        stamp = message.created_date.strftime("%Y-%m-%d %H:%M")
        said = tr("**{speaker}** ({time}):", speaker=speaker, time=stamp)
        lines += [said, "", inert_markdown(message.content), ""]
        if message.partial:
            lines += ["*" + tr(STOPPED) + "*", ""]
    if recap:
        lines += ["## " + tr("Session Recap"), "", inert_markdown(recap), ""]
    return "\n".join(lines)
