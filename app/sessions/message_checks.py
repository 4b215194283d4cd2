"""The checks a message passes before a model is paid for it: not empty, no broken
characters, not too long, room for one more live turn, the tab's key still current, the
assistant still there, and the provider's moderation where it applies."""

from __future__ import annotations

from api_users import User, require_current_key
from api_util_firebase import DocumentStore
from api_util_openai import LLMClient
from i18n import format_number, tr
from sessions import live_turns
from sessions.chat import require_assistant
from sessions.model import (
    MAX_MESSAGE_CHARS,
    BrokenCharacters,
    ChatSession,
    EmptyMessage,
    MessageFlagged,
    MessageTooLong,
)
from text import has_broken_characters


def validated(text: str) -> str:
    if not text or not text.strip():
        raise EmptyMessage(tr("Type a message first."))
    if has_broken_characters(text):
        raise BrokenCharacters(
            tr(
                "This message contains a broken character (half of an emoji). "
                "Retype it and send again."
            )
        )
    if len(text) > MAX_MESSAGE_CHARS:
        raise MessageTooLong(
            tr(
                "Messages can be at most {limit} characters ({length} now).",
                limit=format_number(MAX_MESSAGE_CHARS),
                length=format_number(len(text)),
            )
        )
    return text


def should_moderate(llm: LLMClient, setting: str) -> bool:
    return setting == "on" or (setting == "auto" and llm.is_official_openai)


def checked_message(
    store: DocumentStore,
    user: User,
    llm: LLMClient,
    chat: ChatSession,
    text: str,
    moderation: str,
    live_turn_limit: int,
) -> str:
    """The message, once every check a turn makes before the model is paid has passed."""
    text = validated(text)
    live_turns.require_room(live_turn_limit)
    require_current_key(store, user)  # an old key's tab is refused before the model is paid
    require_assistant(store, chat)
    if should_moderate(llm, moderation) and llm.moderate(text):
        raise MessageFlagged(
            tr(
                "This message was flagged by the provider's moderation and was not "
                "sent. Please rephrase it."
            )
        )
    return text
