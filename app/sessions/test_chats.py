"""Test chats: a creator's own test-drive questions, kept on the assistant and replayed against
the active version and a draft side by side, so a change is seen before visitors see it.

Only the creator's messages are kept, encrypted with the creator's data key
(`bots/{code}/test_chats/{id}`); replies are made afresh at each replay, through the same
pipeline and leak guard as any chat, and never stored.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime

from api_bots import BotDraft, BotError, normalize_code, owned_bot
from api_users import DecryptionFailed, User
from api_util_firebase import DocumentStore, doc_path, utc_now
from api_util_openai import LLMClient, LLMError
from leak_guard import DEFAULT_THRESHOLD
from sessions.chat import create_draft_session
from sessions.model import MAX_MESSAGE_CHARS, ChatSession
from sessions.turn import start_turn

logger = logging.getLogger(__name__)

MAX_TEST_CHATS = 5
MAX_TEST_MESSAGES = 10
REPLY_FAILED = "(No reply: {error})"


class TestChatError(BotError):
    """A test chat cannot be kept or replayed."""


@dataclass(frozen=True)
class TestChat:
    chat_id: str
    created_date: datetime | None
    messages: tuple[str, ...]

    @property
    def title(self) -> str:
        first = self.messages[0] if self.messages else ""
        return first if len(first) <= 60 else first[:59] + "…"


@dataclass(frozen=True)
class Replay:
    """Each user message with the active version's reply and the draft's."""

    messages: tuple[str, ...]
    active: tuple[str, ...]
    draft: tuple[str, ...]


def _collection(bot_id: str) -> str:
    return f"bots/{normalize_code(bot_id)}/test_chats"


def list_test_chats(store: DocumentStore, user: User, bot_id: str) -> list[TestChat]:
    owned_bot(store, user.user_id, bot_id)
    chats = []
    for chat_id, data in store.query(_collection(bot_id), order_by="created_date"):
        try:
            messages = tuple(json.loads(user.cipher.decrypt(data["messages"])))
        except (DecryptionFailed, KeyError, ValueError):
            logger.warning("A test chat no longer opens with its creator's key; skipped")
            continue
        chats.append(TestChat(chat_id, data.get("created_date"), messages))
    return chats


def save_test_chat(store: DocumentStore, user: User, bot_id: str, chat: ChatSession) -> str:
    """Keep the test drive's user messages; the oldest test chat goes when there are 5."""
    messages = [m.content for m in chat.transcript if m.role == "user"][:MAX_TEST_MESSAGES]
    if not messages:
        raise TestChatError("Send at least one message in the test drive first.")
    kept = list_test_chats(store, user, bot_id)
    batch = store.batch().require(user.key_doc)
    for old in kept[: max(0, len(kept) - MAX_TEST_CHATS + 1)]:
        batch.delete(f"{_collection(bot_id)}/{old.chat_id}")
    chat_id = batch.add(
        _collection(bot_id),
        {"created_date": utc_now(), "messages": user.cipher.encrypt(json.dumps(messages))},
    )
    batch.commit()
    return chat_id


def delete_test_chat(store: DocumentStore, user: User, bot_id: str, chat_id: str) -> None:
    owned_bot(store, user.user_id, bot_id)
    store.delete(doc_path("bots", normalize_code(bot_id), "test_chats", chat_id))


def _draft_chat(user: User, llm: LLMClient, draft: BotDraft, threshold: float) -> ChatSession:
    return create_draft_session(
        user,
        llm,
        draft.initial_prompt,
        draft.model_config,
        draft.session_type,
        summary_prompt=draft.summary_prompt,
        allowed_phrases=draft.allowed_phrases,
        bot_name=draft.name or "Your AI",
        sentence_classes=draft.sentence_classes,
        leak_threshold=threshold,
    )


def _replies(
    store: DocumentStore,
    user: User,
    llm: LLMClient,
    draft: BotDraft,
    messages: Sequence[str],
    threshold: float,
) -> tuple[str, ...]:
    """One side of a replay: a fresh test drive answering each message in turn."""
    try:
        chat = _draft_chat(user, llm, draft, threshold)
    except LLMError as error:
        return tuple(REPLY_FAILED.format(error=error) for _ in messages)
    replies: list[str] = []
    for text in messages:
        try:
            turn = start_turn(
                store,
                user,
                llm,
                chat,
                text[:MAX_MESSAGE_CHARS],
                moderation="off",
                leak_threshold=threshold,
            )
            for _ in turn:
                pass
            turn.close()
            replies.append(turn.reply.content if turn.reply else "")
        except LLMError as error:
            replies.extend(REPLY_FAILED.format(error=error) for _ in messages[len(replies) :])
            break
    return tuple(replies)


def replay(
    store: DocumentStore,
    user: User,
    llm: LLMClient,
    messages: Sequence[str],
    active: BotDraft,
    draft: BotDraft,
    threshold: float = DEFAULT_THRESHOLD,
) -> Replay:
    """Both sides at once (two threads): a replay takes as long as the slower side."""
    messages = tuple(messages[:MAX_TEST_MESSAGES])
    with ThreadPoolExecutor(max_workers=2) as pool:
        sides = [
            pool.submit(_replies, store, user, llm, side, messages, threshold)
            for side in (active, draft)
        ]
        active_replies, draft_replies = (side.result() for side in sides)
    return Replay(messages, active_replies, draft_replies)
