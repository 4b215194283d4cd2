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

from api_bots import (
    BotDraft,
    BotError,
    InvalidBot,
    normalize_code,
    owned_bot,
    validate_test_drive,
)
from api_users import DecryptionFailed, User, add_lab_spend
from api_util_firebase import (
    MAX_DOCUMENT_BYTES,
    DocumentStore,
    doc_path,
    document_size,
    new_id,
    utc_now,
)
from api_util_openai import LLMClient, LLMError, Spend
from i18n import tr
from leak_guard import DEFAULT_THRESHOLD
from sessions.chat import create_draft_session
from sessions.model import MAX_MESSAGE_CHARS, ChatSession
from sessions.turn import start_turn

logger = logging.getLogger(__name__)

MAX_TEST_CHATS = 5
MAX_TEST_MESSAGES = 10
MAX_TEST_CHAT_BYTES = MAX_DOCUMENT_BYTES  # one stored test chat, encrypted, as the store counts
REPLY_FAILED = "(No reply: {error})"


class TestChatError(BotError):
    """A test chat cannot be kept or replayed."""


class TestChatTooLarge(TestChatError):
    """Not even the test drive's first message fits in a stored test chat."""

    def __init__(self) -> None:
        super().__init__(
            tr(
                "This test chat is too large to save (over 1 MB once stored): its first "
                "message alone is. Test-drive with a shorter first message to keep it."
            )
        )


class DraftNotReplayable(TestChatError):
    """The draft is over a limit the Lab applies to a test drive: nothing was sent."""

    def __init__(self, problem: InvalidBot) -> None:
        super().__init__(
            tr("Your draft cannot be replayed until this is fixed: {problem}", problem=problem)
        )
        self.field_name = problem.field_name


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
class KeptTestChat:
    """What `save_test_chat` kept: the first `kept` of the test drive's `sent` messages."""

    chat_id: str
    kept: int
    sent: int


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


def save_test_chat(
    store: DocumentStore, user: User, bot_id: str, chat: ChatSession
) -> KeptTestChat:
    """Keep the test drive's user messages; the oldest test chat goes when there are 5.

    A test chat keeps the test drive's first messages: up to 10, and as many of those as fit
    in one stored document (1 MiB once encrypted; ten messages of 32,000 CJK characters are
    1.28 MB). The first ones, not the latest, because a replay sends them in order to a fresh
    chat: a test chat that starts where the test drive started gets replies to the same
    conversation, while one that began midway would ask follow-ups of a chat that never had
    their start. Keeping what fits, and saying how much, beats refusing the whole test drive.
    """
    sent = [m.content for m in chat.transcript if m.role == "user"]
    if not sent:
        raise TestChatError(tr("Send at least one message in the test drive first."))
    chat_id = new_id()
    path = f"{_collection(bot_id)}/{chat_id}"
    document, kept_count = _fitting(user, path, sent[:MAX_TEST_MESSAGES])
    kept = list_test_chats(store, user, bot_id)
    batch = store.batch().require(user.key_doc)
    for old in kept[: max(0, len(kept) - MAX_TEST_CHATS + 1)]:
        batch.delete(f"{_collection(bot_id)}/{old.chat_id}")
    batch.create(path, document)
    batch.commit()
    return KeptTestChat(chat_id, kept_count, len(sent))


def _fitting(user: User, path: str, messages: Sequence[str]) -> tuple[dict, int]:
    """The stored document of as many of the first messages as fit, and how many that is.
    Stored as UTF-8 (ensure_ascii=False): escaped, a CJK character took 6 bytes, not 3."""
    for count in range(len(messages), 0, -1):
        text = json.dumps(list(messages[:count]), ensure_ascii=False)
        if len(text.encode("utf-8", "surrogatepass")) * 4 // 3 > MAX_TEST_CHAT_BYTES:
            continue  # base64 alone makes it too large: not worth encrypting
        document = {"created_date": utc_now(), "messages": user.cipher.encrypt(text)}
        if document_size(path, document) <= MAX_TEST_CHAT_BYTES:
            return document, count
    raise TestChatTooLarge()


def delete_test_chat(store: DocumentStore, user: User, bot_id: str, chat_id: str) -> None:
    owned_bot(store, user.user_id, bot_id)
    store.delete(doc_path("bots", normalize_code(bot_id), "test_chats", chat_id))


def _draft_chat(
    store: DocumentStore, user: User, llm: LLMClient, draft: BotDraft, threshold: float
) -> ChatSession:
    return create_draft_session(
        store,
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
        spend_deferred=True,
    )


def _replies(
    store: DocumentStore,
    user: User,
    llm: LLMClient,
    draft: BotDraft,
    messages: Sequence[str],
    threshold: float,
    spend: Spend,
) -> tuple[str, ...]:
    """One side of a replay: a fresh test drive answering each message in turn; what its
    calls cost is added to `spend`, however it ends."""
    try:
        chat = _draft_chat(store, user, llm, draft, threshold)
    except LLMError as error:
        return tuple(REPLY_FAILED.format(error=error) for _ in messages)
    try:
        return _answers(store, user, llm, chat, messages, threshold)
    finally:
        spend.merge(chat.spend)


def _answers(
    store: DocumentStore,
    user: User,
    llm: LLMClient,
    chat: ChatSession,
    messages: Sequence[str],
    threshold: float,
) -> tuple[str, ...]:
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
    """Both sides at once (two threads): a replay takes as long as the slower side. Every
    call is on the creator's key: their cost goes to the month's total in one write at the end,
    however the replay ends.

    The draft meets the limits a test drive does (prompts, allowed phrases, declared classes,
    model settings) before anything is sent, or DraftNotReplayable: the draft is what the
    creator is typing, unchecked, while the active version was checked when it was saved. The
    messages are the test chat's first 10, each cut to a message's limit."""
    try:
        draft = validate_test_drive(draft, user.models or None)
    except InvalidBot as problem:
        raise DraftNotReplayable(problem) from None
    messages = tuple(messages[:MAX_TEST_MESSAGES])
    spends = (Spend(), Spend())  # one per side: each thread adds to its own
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            sides = [
                pool.submit(_replies, store, user, llm, side, messages, threshold, spend)
                for side, spend in zip((active, draft), spends, strict=True)
            ]
            active_replies, draft_replies = (side.result() for side in sides)
    finally:
        total = Spend()
        for spend in spends:
            total.merge(spend)
        add_lab_spend(store, user, total)
    return Replay(messages, active_replies, draft_replies)
