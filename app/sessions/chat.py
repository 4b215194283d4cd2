"""Chat sessions: start, store, conclude with a recap and rate.

A session's configuration and decrypted history live in the caller's memory (`ChatSession`)
between turns, so a turn reads only whether its assistant is still in service and writes once
(`persist`): a single batch with the new messages, the encrypted coaching memory and title,
what the calls cost, the counters, and the session's revision token. The token is the
precondition that catches a second tab writing the same chat: each write deletes
`revisions/{n}` (which must still exist) and creates `revisions/{n+1}`, so of two tabs that
loaded revision n only the first writes; the other is told to reload, and keeps its messages.

The turn itself is in api_sessions_turn, reading a chat back (resume, reload) in
api_sessions_resume, listings and chat management in api_sessions_list, downloads in
api_sessions_export and api_sessions_archive.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from typing import Any

from api_bots import get_bot_config, is_available
from api_bots_draft import SESSION_TYPE_BRAINSTORMING
from api_bots_stats import count, rating_change
from api_sessions_config import SessionConfig
from api_sessions_titles import title_from_message, title_from_recap
from api_users import KeyRevoked, User
from api_users_spend import add_month_spend
from api_util_firebase import (
    AlreadyExists,
    DocumentNotFound,
    DocumentStore,
    Increment,
    PreconditionFailed,
    WriteBatch,
    doc_path,
    new_id,
    utc_now,
)
from api_util_leak_guard import (
    DEFAULT_THRESHOLD,
    LEAK_REPLACEMENT,
    ConversationLeakGuard,
    guarded_prompt,
)
from api_util_openai import (
    LLMClient,
    Message,
    ModelConfig,
    Usage,
    brainstorming_payload,
    coaching_payload,
)
from api_util_prices import Spend

logger = logging.getLogger(__name__)

STATUS_STARTED = 0
STATUS_COMPLETED = 1
STATUS_SYSTEM_ABANDONED = 3
STATUS_PROVIDER_ERROR = 4
SCHEMA_VERSION = 3  # 3: messages_str holds the summary and its cursor, not the payload
MAX_MESSAGE_CHARS = 32_000
CONCLUDE_AFTER_USER_TURNS = 3


class SessionError(Exception):
    """Base class of session errors; the message is fit to show."""


class SessionNotFound(SessionError):
    """No session with that id belongs to this user."""


class EmptyMessage(SessionError):
    """Nothing to send."""


class MessageTooLong(SessionError):
    """The message is over the size a turn accepts."""


class MessageFlagged(SessionError):
    """The provider's moderation flagged the message; it was not sent."""


class ModelNotAllowed(SessionError):
    """The user's key cannot use the requested model."""


class AssistantUnavailable(SessionError):
    """The assistant was deactivated, archived or deleted: its chats can be read, not continued."""


class BrokenCharacters(SessionError):
    """The message holds half of a surrogate pair, which no database can store."""


class NothingToRetry(SessionError):
    """There is no user message waiting for a reply."""


class ChatChangedElsewhere(SessionError):
    """Another tab or device wrote this chat after this tab loaded it."""

    def __init__(self) -> None:
        super().__init__(
            "This chat was continued in another tab or window, so this tab is out of date. "
            "Reload the chat: your unsaved messages are kept and added after the others."
        )


class ChatDeleted(SessionError):
    """The chat was deleted (in another tab) while this tab had it open."""

    def __init__(self) -> None:
        super().__init__("This chat was deleted, so it cannot be continued or saved.")


@dataclass
class ChatMessage:
    role: str
    content: str
    seq: int
    created_date: datetime = field(default_factory=utc_now)
    partial: bool = False
    withheld: bool = False
    message_id: str | None = None  # set once stored


@dataclass
class ChatSession:
    """One conversation as the page holds it. `session_id` is None for a Lab test drive."""

    session_id: str | None
    user_id: str
    config: SessionConfig
    transcript: list[ChatMessage] = field(default_factory=list)
    status: int = STATUS_STARTED
    created_date: datetime = field(default_factory=utc_now)
    summary: str | None = None
    summary_from: int = 0
    recap: str | None = None
    user_liked: bool | None = None
    superseded_ids: list[str] = field(default_factory=list)
    spend: Spend = field(default_factory=Spend)  # every model call of the chat, for the user
    unsaved_spend: Spend = field(default_factory=Spend)  # calls not yet written to the store
    title: str = ""  # the automatic title (the user's own name for it lives in My Chats)
    revision: int | None = None  # the revision token this tab holds; None for older chats
    stale: bool = False  # another tab wrote the chat after this one loaded it: reload it
    deleted: bool = False  # deleted (in another tab) while open here
    read_only: bool = False  # the assistant is gone: the chat can be read and downloaded only
    concluded_before: bool = False  # counted as concluded once already; never again
    conclude_lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)
    guard: ConversationLeakGuard | None = field(default=None, repr=False, compare=False)

    def leak_guard(self, threshold: float = DEFAULT_THRESHOLD) -> ConversationLeakGuard:
        """The conversation's guard; on first use it learns what earlier replies disclosed."""
        if self.guard is None:
            self.guard = new_leak_guard(self.config, threshold)
            for message in self.transcript:
                if message.role == "assistant" and not message.withheld:
                    self.guard.check(message.content)
        return self.guard

    @property
    def is_draft(self) -> bool:
        return self.session_id is None

    @property
    def user_turns(self) -> int:
        return sum(1 for m in self.transcript if m.role == "user")

    @property
    def can_conclude(self) -> bool:
        return self.user_turns >= CONCLUDE_AFTER_USER_TURNS and self.status != STATUS_COMPLETED

    @property
    def awaiting_reply(self) -> bool:
        """The last message is the user's: a failed or stopped-before-any-text turn to retry."""
        return bool(self.transcript) and self.transcript[-1].role == "user"

    @property
    def unsaved(self) -> bool:
        return not self.is_draft and (
            any(m.message_id is None for m in self.transcript) or bool(self.superseded_ids)
        )

    def reopen(self) -> None:
        """A concluded chat goes on: its recap leaves the screen, the next turn stores it open."""
        if self.status == STATUS_COMPLETED:
            self.status = STATUS_STARTED
            self.recap = None

    def next_seq(self) -> int:
        return self.transcript[-1].seq + 1 if self.transcript else 0

    def record_usage(self, model: str, usage: Usage) -> None:
        """A model call made for this chat (on the user's key): counted and priced."""
        call = Spend()
        call.add(model, usage)
        self.spend.merge(call)
        self.unsaved_spend.merge(call)

    def history(self) -> list[Message]:
        return [{"role": m.role, "content": m.content} for m in self.transcript]


# ---------------------------------------------------------------- payloads and persistence


def _system(config: SessionConfig) -> list[Message]:
    return [{"role": "system", "content": config.initial_prompt}]


def model_payload(chat: ChatSession) -> list[Message]:
    """What the model is sent for the next reply, shaped by the session type."""
    history = chat.history()
    if chat.config.session_type == SESSION_TYPE_BRAINSTORMING:
        return brainstorming_payload(_system(chat.config), history)
    if chat.summary:
        return coaching_payload(_system(chat.config), chat.summary, history[chat.summary_from :])
    return [*_system(chat.config), *history]


def _memory_state(chat: ChatSession) -> str:
    """messages_str: what resuming needs beyond the stored messages, the coaching summary and
    where it stops. The messages themselves are never repeated here, so the session document
    stays small however long the chat grows (Firestore refuses documents over 1 MiB)."""
    return json.dumps({"summary": chat.summary, "summary_from": chat.summary_from})


def _message_document(message: ChatMessage, user: User) -> dict[str, Any]:
    return {
        "role": message.role,
        "message": user.cipher.encrypt(message.content),
        "created_date": message.created_date,
        "seq": message.seq,
        "partial": message.partial,
        "withheld": message.withheld,
    }


def user_batch(store: DocumentStore, user: User) -> WriteBatch:
    """A batch that writes only while the tab's key is still the account's key."""
    return store.batch().require(user.key_doc)


def commit_user_batch(batch: WriteBatch) -> None:
    try:
        batch.commit()
    except PreconditionFailed:
        raise KeyRevoked() from None


def _revision_path(session_id: str, revision: int) -> str:
    return doc_path("sessions", session_id, "revisions", str(revision))


@dataclass
class _Staged:
    """A chat's write before it commits; `done` updates the chat once it has."""

    batch: WriteBatch
    new_ids: list[tuple[ChatMessage, str]]
    title: str
    status: int | None

    def done(self, chat: ChatSession) -> None:
        for message, message_id in self.new_ids:
            message.message_id = message_id
        chat.superseded_ids.clear()
        chat.unsaved_spend.clear()
        chat.revision = (chat.revision or 0) + 1
        chat.title = self.title
        if self.status is not None:
            chat.status = self.status


def _stage(
    store: DocumentStore,
    user: User,
    chat: ChatSession,
    status: int | None = None,
    fields: dict[str, Any] | None = None,
    title: str | None = None,
    sessions_ended: int = 0,
    leaks: int = 0,
) -> _Staged:
    """The batch that writes what this tab has not stored yet, with its revision token."""
    session_path = doc_path("sessions", chat.session_id)
    batch = user_batch(store, user)
    new_ids: list[tuple[ChatMessage, str]] = []
    for message in chat.transcript:
        if message.message_id is None:
            message_id = batch.add(f"{session_path}/messages", _message_document(message, user))
            new_ids.append((message, message_id))
    for message_id in chat.superseded_ids:
        batch.update(f"{session_path}/messages/{message_id}", {"superseded": True})
    if chat.revision is not None:
        batch.delete(_revision_path(chat.session_id, chat.revision), must_exist=True)
    revision = (chat.revision or 0) + 1
    batch.create(_revision_path(chat.session_id, revision), {"created_date": utc_now()})
    changes: dict[str, Any] = {
        "messages_str": user.cipher.encrypt(_memory_state(chat)),
        "message_count": Increment(len(new_ids) - len(chat.superseded_ids)),
        "last_modified_date": utc_now(),
        "revision": revision,
        **chat.unsaved_spend.increments(),
        **(fields or {}),
    }
    if title is None and not chat.title and chat.user_turns:
        title = title_from_message(next(m for m in chat.transcript if m.role == "user").content)
    if title:
        changes["title"] = user.cipher.encrypt(title)
    if status is not None:
        changes["status"] = status
    batch.update(session_path, changes)
    add_month_spend(batch, user.user_id, chat.unsaved_spend)
    count(
        batch,
        chat.config.bot_id,
        chat.config.bot_version,
        messages=len(new_ids) - len(chat.superseded_ids),
        regenerations=len(chat.superseded_ids),
        leaks=leaks + sum(1 for message, _ in new_ids if message.withheld),
        tokens=chat.unsaved_spend.tokens,
        sessions_ended=sessions_ended,
    )
    return _Staged(batch, new_ids, title or chat.title, status)


def _commit_chat(store: DocumentStore, chat: ChatSession, batch: WriteBatch) -> None:
    """Commit a chat's batch; a lost revision token means another tab wrote it, or deleted it."""
    try:
        commit_user_batch(batch)
    except (DocumentNotFound, AlreadyExists):
        if store.get_or_none(doc_path("sessions", chat.session_id)) is None:
            chat.deleted = True
            raise ChatDeleted() from None
        chat.stale = True
        raise ChatChangedElsewhere() from None


def persist(store: DocumentStore, user: User, chat: ChatSession, status: int | None = None) -> None:
    """Write every unsaved message, the memory, title, spend and counters in one atomic batch,
    with no reads. Messages stay marked unsaved if the write fails, so the next write (or a
    reload after ChatChangedElsewhere) carries them.
    """
    if chat.is_draft:
        return
    staged = _stage(store, user, chat, status)
    _commit_chat(store, chat, staged.batch)
    staged.done(chat)


# ---------------------------------------------------------------- starting


def new_leak_guard(config: SessionConfig, threshold: float) -> ConversationLeakGuard:
    """Guards everything hidden: the initial prompt and the summary prompt the recap uses."""
    return ConversationLeakGuard(
        guarded_prompt(config.initial_prompt, config.summary_prompt),
        config.allowed_phrases,
        threshold,
    )


def _checked_reply(guard: ConversationLeakGuard, text: str) -> tuple[str, bool]:
    if guard.check(text):
        logger.warning("A reply leaked the hidden prompt and was withheld")
        return LEAK_REPLACEMENT, True
    return text, False


def _greet(llm: LLMClient, config: SessionConfig, threshold: float) -> tuple[ChatMessage, Usage]:
    """The greeting, and what it took."""
    text, usage = llm.complete(config.model_config, _system(config))
    content, withheld = _checked_reply(new_leak_guard(config, threshold), text)
    return ChatMessage("assistant", content, seq=0, withheld=withheld), usage


def create_session(
    store: DocumentStore,
    user: User,
    llm: LLMClient,
    bot_id: str,
    model: str | None = None,
    leak_threshold: float = DEFAULT_THRESHOLD,
) -> ChatSession:
    """Start a stored session with an assistant; its greeting comes first."""
    bot = get_bot_config(store, bot_id, user.user_id)
    if model and user.models and model not in user.models:
        raise ModelNotAllowed(f"Your API key cannot use {model}.")
    config = SessionConfig.from_bot(bot, model)
    greeting, usage = _greet(llm, config, leak_threshold)
    chat = ChatSession(
        session_id=new_id(),
        user_id=user.user_id,
        config=config,
        transcript=[greeting],
        revision=0,
    )
    chat.record_usage(config.model_config.model, usage)
    session_path = doc_path("sessions", chat.session_id)
    greeting_id = new_id()
    batch = user_batch(store, user)
    batch.create(
        session_path,
        {
            "user_id": user.user_id,
            **config.to_document(),
            "created_date": chat.created_date,
            "last_modified_date": chat.created_date,
            "session_schema_version": SCHEMA_VERSION,
            "status": STATUS_STARTED,
            "message_count": 1,
            "user_liked": None,
            "messages_str": user.cipher.encrypt(_memory_state(chat)),
            "model": config.model_config.model,
            "revision": 0,
            **asdict(chat.unsaved_spend),
        },
    )
    batch.create(_revision_path(chat.session_id, 0), {"created_date": chat.created_date})
    batch.create(f"{session_path}/messages/{greeting_id}", _message_document(greeting, user))
    add_month_spend(batch, user.user_id, chat.unsaved_spend)
    batch.update(doc_path("bots", bot.profile.bot_id), {"sessions_started": Increment(1)})
    batch.update(doc_path("users", user.user_id), {"sessions_started": Increment(1)})
    count(
        batch,
        bot.profile.bot_id,
        config.bot_version,
        sessions_started=1,
        messages=1,
        leaks=int(greeting.withheld),
        tokens=usage.total_tokens,
    )
    commit_user_batch(batch)
    greeting.message_id = greeting_id
    chat.unsaved_spend.clear()
    return chat


def create_draft_session(
    user: User,
    llm: LLMClient,
    initial_prompt: str,
    model_config: ModelConfig,
    session_type: int,
    summary_prompt: str = "",
    allowed_phrases: Sequence[str] = (),
    bot_name: str = "Your AI",
    leak_threshold: float = DEFAULT_THRESHOLD,
    starters: Sequence[str] = (),
) -> ChatSession:
    """A Lab test drive: same pipeline, nothing stored as the user's session."""
    if user.models and model_config.model not in user.models:
        raise ModelNotAllowed(f"Your API key cannot use {model_config.model}.")
    config = SessionConfig(
        bot_id=None,
        bot_name=bot_name,
        initial_prompt=initial_prompt,
        summary_prompt=summary_prompt,
        model_config=model_config,
        session_type=session_type,
        allowed_phrases=tuple(allowed_phrases),
        starters=tuple(starters),
    )
    chat = ChatSession(session_id=None, user_id=user.user_id, config=config)
    greeting, usage = _greet(llm, config, leak_threshold)
    chat.transcript.append(greeting)
    chat.record_usage(model_config.model, usage)
    return chat


def try_draft_recap(
    store: DocumentStore,
    user: User,
    llm: LLMClient,
    chat: ChatSession,
    summary_prompt: str,
    leak_threshold: float = DEFAULT_THRESHOLD,
) -> str:
    """A Lab test drive concluded with the draft's summary prompt as it is now (it is edited
    after the test drive started); nothing is stored. The test drive can go on afterwards."""
    if not chat.is_draft:
        raise SessionError("Only a Lab test drive tries a recap this way.")
    if summary_prompt != chat.config.summary_prompt:
        chat.config = replace(chat.config, summary_prompt=summary_prompt)
        chat.guard = None  # the guard also keeps the summary prompt's words from replies
    chat.reopen()
    return end_session(store, user, llm, chat, leak_threshold)


def require_assistant(store: DocumentStore, chat: ChatSession) -> None:
    """Stored chats go on only while their assistant is in service (Lab drafts have none)."""
    if chat.config.bot_id and not is_available(store, chat.config.bot_id, chat.user_id):
        chat.read_only = True
        raise AssistantUnavailable(
            f"{chat.config.bot_name} is no longer available, so this chat cannot go on. "
            "You can still read and download it."
        )


# ---------------------------------------------------------------- ending and rating


def end_session(
    store: DocumentStore,
    user: User,
    llm: LLMClient,
    chat: ChatSession,
    leak_threshold: float = DEFAULT_THRESHOLD,
) -> str:
    """Conclude: the recap is the model's answer to the creator's summary prompt.

    A second click while (or after) concluding returns the same recap: one model call, one
    count. A concluded session that was resumed and concluded again is not counted again.
    """
    with chat.conclude_lock:
        if chat.status == STATUS_COMPLETED and chat.recap:
            return chat.recap
        return _conclude(store, user, llm, chat, leak_threshold)


def _conclude(
    store: DocumentStore, user: User, llm: LLMClient, chat: ChatSession, leak_threshold: float
) -> str:
    require_assistant(store, chat)
    request = [*model_payload(chat), {"role": "user", "content": chat.config.summary_prompt}]
    text, usage = llm.complete(chat.config.model_config, request)
    chat.record_usage(chat.config.model_config.model, usage)
    recap, withheld = _checked_reply(chat.leak_guard(leak_threshold), text)
    if chat.is_draft:
        chat.recap, chat.status = recap, STATUS_COMPLETED
        return recap
    first_time = not chat.concluded_before
    staged = _stage(
        store,
        user,
        chat,
        status=STATUS_COMPLETED,
        fields={"recap": user.cipher.encrypt(recap), "ended_date": utc_now()},
        # A withheld recap says nothing about the chat: the title stays.
        title=None if withheld else (title_from_recap(recap) or None),
        sessions_ended=int(first_time),
        leaks=int(withheld),
    )
    if first_time:
        if chat.config.bot_id:
            staged.batch.update(
                doc_path("bots", chat.config.bot_id), {"sessions_ended": Increment(1)}
            )
        staged.batch.update(doc_path("users", user.user_id), {"sessions_ended": Increment(1)})
    _commit_chat(store, chat, staged.batch)
    staged.done(chat)
    chat.recap = recap
    chat.concluded_before = True
    return recap


def rate_session(store: DocumentStore, user: User, chat: ChatSession, liked: bool) -> None:
    """👍 or 👎 on the recap; changing one's mind moves the count, never adds a second."""
    if chat.is_draft or chat.user_liked is liked:
        chat.user_liked = liked
        return
    change = rating_change(chat.user_liked, liked)
    batch = user_batch(store, user)
    batch.update(
        doc_path("sessions", chat.session_id),
        {"user_liked": liked, "last_modified_date": utc_now()},
    )
    if chat.config.bot_id:
        batch.update(
            doc_path("bots", chat.config.bot_id),
            {name: Increment(amount) for name, amount in change.items() if amount},
        )
    count(batch, chat.config.bot_id, chat.config.bot_version, **change)
    try:
        commit_user_batch(batch)
    except DocumentNotFound:
        if store.get_or_none(doc_path("sessions", chat.session_id)) is None:
            chat.deleted = True
            raise ChatDeleted() from None
        # The assistant was deleted: the rating is still the visitor's.
        commit_user_batch(
            user_batch(store, user).update(
                doc_path("sessions", chat.session_id),
                {"user_liked": liked, "last_modified_date": utc_now()},
            )
        )
    chat.user_liked = liked
