"""Export all my data: one zip the user can keep, read and take elsewhere.

It holds `gptlab-export.json` (every chat with its messages, recap, rating, tokens and cost,
decrypted: the branch last shown, and `other_branches` for a chat whose messages were edited;
and the unfinished Lab draft if there is one), `chats.csv` (one row per chat), one Markdown
file per chat under `chats/` (the branch last shown), and the user's own assistants as cards
under `assistants/` (the same cards Export gives, so they can be imported again). The Markdown is
inert and the CSV neutralises formulas (sessions.export): replies are steered by other
people's prompts and must not act when the file is opened. File names are made of letters,
digits and dashes only.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import datetime
from typing import Any

from api_bots import BotError, card_json, export_card
from api_sessions import (
    ChatSummary,
    SessionNotFound,
    all_chats,
    chat_markdown,
    csv_text,
    read_conversation,
)
from api_users import User, load_draft
from api_util_firebase import DocumentStore, utc_now
from api_util_openai import format_cost

EXPORT_FORMAT = 1
_UNSAFE = re.compile(r"[^a-z0-9]+")


def _slug(text: str, fallback: str = "chat") -> str:
    return _UNSAFE.sub("-", text.casefold()).strip("-")[:40].strip("-") or fallback


def _iso(when: datetime | None) -> str | None:
    return when.isoformat(timespec="seconds") if when else None


def _status(chat: ChatSummary) -> str:
    return "concluded" if chat.concluded else "open"


def _rating(chat: ChatSummary) -> str | None:
    return {True: "liked", False: "disliked"}.get(chat.user_liked)


def _message_records(messages: list[Any]) -> list[dict[str, Any]]:
    return [
        {
            "role": m.role,
            "content": m.content,
            "created": _iso(m.created_date),
            **({"stopped_early": True} if m.partial else {}),
            **({"withheld_by_leak_guard": True} if m.withheld else {}),
        }
        for m in messages
    ]


def _chat_record(
    chat: ChatSummary, messages: list[Any] | None, other_branches: list[list[Any]]
) -> dict[str, Any]:
    return {
        "id": chat.session_id,
        "title": chat.title,
        "assistant": chat.bot_name,
        "assistant_code": chat.bot_id,
        "model": chat.model,
        "created": _iso(chat.created_date),
        "last_active": _iso(chat.last_modified_date),
        "status": _status(chat),
        "rating": _rating(chat),
        "recap": chat.recap or None,
        "tokens": {"prompt": chat.spend.prompt_tokens, "completion": chat.spend.completion_tokens},
        "estimated_cost_usd": None
        if not chat.spend.recorded or chat.spend.unpriced_tokens
        else chat.spend.cost_micros / 1_000_000,
        "messages": None if messages is None else _message_records(messages),
        # Edited messages' other branches, each as the whole conversation along it.
        **(
            {"other_branches": [_message_records(branch) for branch in other_branches]}
            if other_branches
            else {}
        ),
        **({"unreadable": True} if messages is None else {}),
    }


def _file_name(chat: ChatSummary) -> str:
    day = chat.created_date.strftime("%Y-%m-%d") if chat.created_date else "undated"
    return f"chats/{day}-{_slug(chat.title)}-{_slug(chat.session_id, 'id')[:8]}.md"


def _csv_row(chat: ChatSummary) -> list[str]:
    return [
        _iso(chat.created_date) or "",
        chat.title,
        chat.bot_name,
        chat.model,
        str(chat.message_count),
        _status(chat),
        _rating(chat) or "",
        str(chat.spend.tokens),
        format_cost(chat.spend),
    ]


CSV_HEADER = ["created", "title", "assistant", "model", "messages", "status", "rating"]
CSV_HEADER += ["tokens", "estimated_cost"]


def _assistant_cards(store: DocumentStore, user: User) -> dict[str, str]:
    cards = {}
    for bot_id, _ in store.query("bots", {"creator_user_id": user.user_id}):
        try:
            cards[f"assistants/{_slug(bot_id, 'assistant')}.json"] = card_json(
                export_card(store, user.user_id, bot_id, include_confidential=True)  # theirs
            )
        except BotError:  # being deleted right now: nothing to take along
            continue
    return cards


def export_everything(store: DocumentStore, user: User) -> bytes:
    """The zip. Reads every chat and its messages: run it when the user asks, not per rerun."""
    records, rows = [], [CSV_HEADER]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for chat in all_chats(store, user):
            try:
                messages, branches = read_conversation(store, user, chat.session_id)
            except SessionNotFound:
                messages, branches = None, []  # written under a key this account no longer has
            records.append(_chat_record(chat, messages, branches))
            rows.append(_csv_row(chat))
            if messages is not None:
                archive.writestr(
                    _file_name(chat),
                    chat_markdown(
                        chat.bot_name, chat.model, messages, chat.recap or None, chat.title
                    ),
                )
        cards = _assistant_cards(store, user)
        for name, text in cards.items():
            archive.writestr(name, text)
        archive.writestr("chats.csv", csv_text(rows))
        summary = {
            "format": EXPORT_FORMAT,
            "exported": _iso(utc_now()),
            "chats": records,
            "assistants": sorted(cards),
            "unfinished_lab_draft": load_draft(store, user),
        }
        archive.writestr(
            "gptlab-export.json", json.dumps(summary, ensure_ascii=False, indent=2) + "\n"
        )
    return buffer.getvalue()
