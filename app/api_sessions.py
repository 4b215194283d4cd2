"""Chat sessions: start, the streamed turn pipeline, conclude with a recap, rate, list and resume.

A session's configuration and decrypted history live in the caller's memory (`ChatSession`)
between turns, so a turn reads nothing from the store and writes once: a single batch with the
new messages, the encrypted model payload and the counters.
"""

from __future__ import annotations

import json
import logging
import threading
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from api_bots import (
    SESSION_TYPE_BRAINSTORMING,
    SESSION_TYPES,
    BotConfig,
    get_bot_config,
    is_available,
)
from api_sessions_export import csv_text, inert_markdown
from api_users import KeyRevoked, User, require_current_key
from api_util_crypto import DecryptionFailed
from api_util_firebase import (
    DocumentNotFound,
    DocumentStore,
    Increment,
    PreconditionFailed,
    StoreError,
    WriteBatch,
    doc_path,
    new_id,
    utc_now,
)
from api_util_input import has_broken_characters
from api_util_leak_guard import (
    DEFAULT_THRESHOLD,
    LEAK_REPLACEMENT,
    ConversationLeakGuard,
    find_prompt_leak,
    guarded_prompt,
)
from api_util_leak_judge import is_extraction_attempt, judge_says_leak, needs_judge
from api_util_openai import (
    COACHING_KEEP_LAST,
    LLMClient,
    LLMError,
    Message,
    ModelConfig,
    brainstorming_payload,
    coaching_payload,
    needs_summary,
)

logger = logging.getLogger(__name__)

STATUS_STARTED = 0
STATUS_COMPLETED = 1
STATUS_SYSTEM_ABANDONED = 3
STATUS_PROVIDER_ERROR = 4
SCHEMA_VERSION = 3  # 3: messages_str holds the summary and its cursor, not the payload
MAX_MESSAGE_CHARS = 32_000
CONCLUDE_AFTER_USER_TURNS = 3
PAST_SESSIONS_LIMIT = 20


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


@dataclass
class ChatMessage:
    role: str
    content: str
    seq: int
    created_date: datetime = field(default_factory=utc_now)
    partial: bool = False
    withheld: bool = False
    message_id: str | None = None  # set once stored


@dataclass(frozen=True)
class SessionConfig:
    """A copy of the assistant's settings taken at session start: later edits do not apply."""

    bot_id: str | None
    bot_name: str
    initial_prompt: str = field(repr=False)
    summary_prompt: str = field(repr=False)
    model_config: ModelConfig
    session_type: int
    allowed_phrases: tuple[str, ...] = ()

    @classmethod
    def from_bot(cls, bot: BotConfig, model: str | None = None) -> SessionConfig:
        model_config = bot.model_config
        if model and model != model_config.model:
            model_config = ModelConfig(**{**model_config.to_dict(), "model": model})
        return cls(
            bot_id=bot.profile.bot_id,
            bot_name=bot.profile.name,
            initial_prompt=bot.initial_prompt,
            summary_prompt=bot.summary_prompt,
            model_config=model_config,
            session_type=bot.profile.session_type,
            allowed_phrases=bot.allowed_phrases,
        )

    def to_document(self) -> dict[str, Any]:
        return {
            "bot_id": self.bot_id or "",
            "bot_name": self.bot_name,
            "initial_prompt": self.initial_prompt,
            "summary_prompt": self.summary_prompt,
            "model_config": self.model_config.to_dict(),
            "session_type": self.session_type,
            "allowed_phrases": list(self.allowed_phrases),
        }

    @classmethod
    def from_document(cls, data: dict[str, Any]) -> SessionConfig:
        return cls(
            bot_id=data.get("bot_id") or None,
            bot_name=data.get("bot_name", ""),
            initial_prompt=data.get("initial_prompt", ""),
            summary_prompt=data.get("summary_prompt", ""),
            model_config=ModelConfig.from_dict(data.get("model_config", {})),
            session_type=data.get("session_type", SESSION_TYPE_BRAINSTORMING),
            allowed_phrases=tuple(data.get("allowed_phrases") or ()),
        )


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

    def next_seq(self) -> int:
        return self.transcript[-1].seq + 1 if self.transcript else 0

    def history(self) -> list[Message]:
        return [{"role": m.role, "content": m.content} for m in self.transcript]


@dataclass(frozen=True)
class SessionSummary:
    """A past session as listed on the assistant page."""

    session_id: str
    created_date: datetime | None
    model: str
    message_count: int
    status: int


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


def _user_batch(store: DocumentStore, user: User) -> WriteBatch:
    """A batch that writes only while the tab's key is still the account's key."""
    return store.batch().require(user.key_doc)


def _commit(batch: WriteBatch) -> None:
    try:
        batch.commit()
    except PreconditionFailed:
        raise KeyRevoked() from None


def persist(store: DocumentStore, user: User, chat: ChatSession, status: int | None = None) -> None:
    """Write every unsaved message, the payload and counters in one atomic batch, no reads.

    Messages stay marked unsaved if the write fails, so the next turn's write carries them.
    """
    if chat.is_draft:
        return
    session_path = doc_path("sessions", chat.session_id)
    batch = _user_batch(store, user)
    new_ids: list[tuple[ChatMessage, str]] = []
    for message in chat.transcript:
        if message.message_id is None:
            message_id = batch.add(f"{session_path}/messages", _message_document(message, user))
            new_ids.append((message, message_id))
    for message_id in chat.superseded_ids:
        batch.update(f"{session_path}/messages/{message_id}", {"superseded": True})
    fields: dict[str, Any] = {
        "messages_str": user.cipher.encrypt(_memory_state(chat)),
        "message_count": Increment(len(new_ids) - len(chat.superseded_ids)),
        "last_modified_date": utc_now(),
    }
    if status is not None:
        fields["status"] = status
        chat.status = status
    batch.update(session_path, fields)
    _commit(batch)
    for message, message_id in new_ids:
        message.message_id = message_id
    chat.superseded_ids.clear()


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


def _greet(llm: LLMClient, config: SessionConfig, threshold: float) -> ChatMessage:
    text, _ = llm.complete(config.model_config, _system(config))
    content, withheld = _checked_reply(new_leak_guard(config, threshold), text)
    return ChatMessage("assistant", content, seq=0, withheld=withheld)


def create_session(
    store: DocumentStore,
    user: User,
    llm: LLMClient,
    bot_id: str,
    model: str | None = None,
    leak_threshold: float = DEFAULT_THRESHOLD,
) -> ChatSession:
    """Start a stored session with an assistant; its greeting comes first."""
    bot = get_bot_config(store, bot_id)
    if model and user.models and model not in user.models:
        raise ModelNotAllowed(f"Your API key cannot use {model}.")
    config = SessionConfig.from_bot(bot, model)
    greeting = _greet(llm, config, leak_threshold)
    chat = ChatSession(
        session_id=new_id(), user_id=user.user_id, config=config, transcript=[greeting]
    )
    session_path = doc_path("sessions", chat.session_id)
    greeting_id = new_id()
    batch = _user_batch(store, user)
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
        },
    )
    batch.create(f"{session_path}/messages/{greeting_id}", _message_document(greeting, user))
    batch.update(doc_path("bots", bot.profile.bot_id), {"sessions_started": Increment(1)})
    batch.update(doc_path("users", user.user_id), {"sessions_started": Increment(1)})
    _commit(batch)
    greeting.message_id = greeting_id
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
    )
    chat = ChatSession(session_id=None, user_id=user.user_id, config=config)
    chat.transcript.append(_greet(llm, config, leak_threshold))
    return chat


# ---------------------------------------------------------------- the turn

# Turns still streaming in this process, so a shutdown can store them (weak: a finished or
# abandoned turn is never kept alive by this).
_live_turns: weakref.WeakSet[Turn] = weakref.WeakSet()
_live_lock = threading.Lock()


def stop_all_turns() -> int:
    """Stop every turn still streaming and store what was shown; how many there were.

    For a server shutting down: Cloud Run sends SIGTERM and waits 10 s, far less than a
    provider may take to finish a reply.
    """
    with _live_lock:
        turns = list(_live_turns)
    for turn in turns:
        turn.stop()
    return len(turns)


def condense(llm: LLMClient, chat: ChatSession) -> None:
    """Coaching memory: roll the summary forward over everything since the last one, then
    keep the last 4 messages verbatim. Runs each time the window fills again."""
    request = [*model_payload(chat), {"role": "user", "content": chat.config.summary_prompt}]
    cut = max(0, len(chat.transcript) - COACHING_KEEP_LAST)
    try:
        summary, _ = llm.complete(chat.config.model_config, request)
    except LLMError as error:
        logger.warning("Could not condense a coaching session: %s", type(error).__name__)
        return
    if find_prompt_leak(chat.leak_guard().prompt, summary, chat.config.allowed_phrases):
        logger.warning("A condensed summary quoted the hidden prompt; the history was kept")
        return
    chat.summary = summary
    chat.summary_from = cut


class Turn:
    """One reply in the making. Iterate it for text chunks (hand it to `st.write_stream`).

    However iteration ends (the stream completes, the provider fails, the user stops it, or
    the page drops it), the turn is stored once: the user's message always, and the reply as
    far as it was shown, marked partial if it did not finish. `stop()` may come from another
    thread (Streamlit starts a rerun in a new thread while the old one still waits on the
    provider), so the end of a turn is decided under a lock, once.
    """

    def __init__(
        self,
        store: DocumentStore,
        user: User,
        llm: LLMClient,
        chat: ChatSession,
        leak_threshold: float = DEFAULT_THRESHOLD,
        leak_judge: str = "auto",
        judge_model: str | None = None,
    ) -> None:
        self._store, self._user, self._llm, self.chat = store, user, llm, chat
        self._threshold = leak_threshold
        self._judge_mode, self._judge_model = leak_judge, judge_model
        self._lock = threading.RLock()
        self._closed = False
        self._shown = ""
        self.reply: ChatMessage | None = None
        self.error: LLMError | None = None
        self.persist_error: StoreError | KeyRevoked | None = None
        self._iterator = self._run()
        with _live_lock:
            _live_turns.add(self)

    def __iter__(self) -> Iterator[str]:
        return self._iterator

    def __next__(self) -> str:
        return next(self._iterator)

    @property
    def closed(self) -> bool:
        return self._closed

    def _run(self) -> Iterator[str]:
        chat = self.chat
        conversation = chat.leak_guard(self._threshold)
        asked = chat.transcript[-1].content if chat.awaiting_reply else ""
        judged = needs_judge(self._judge_mode, asked)
        guard = conversation.stream(strict=judged or is_extraction_attempt(asked), hold_all=judged)
        try:
            stream = self._llm.stream_reply(chat.config.model_config, model_payload(chat))
            for chunk in stream:
                safe = guard.feed(chunk)
                if guard.leaked or self._closed:
                    break
                if safe:
                    self._shown += safe
                    yield safe
            leaked = guard.leaked
            if not leaked and not self._closed:
                rest = guard.finish()
                leaked = guard.leaked or (judged and self._judge_leak(conversation, guard.text))
                if rest and not leaked:
                    self._shown += rest
                    yield rest
            if not leaked:
                conversation.remember(guard)
            self._finish(
                stream.text if not leaked else "",
                stream.usage.total_tokens,
                leaked,
                stream.truncated,
            )
        except LLMError as error:
            with self._lock:
                self.error = error
            raise
        finally:
            self._end()

    def _judge_leak(self, conversation: ConversationLeakGuard, text: str) -> bool:
        leaked = judge_says_leak(
            self._llm, self.chat.config.model_config, conversation.prompt, text, self._judge_model
        )
        if leaked:
            logger.warning("The leak judge withheld a reply")
        return leaked

    def _finish(self, text: str, total_tokens: int, leaked: bool, cut: bool = False) -> None:
        with self._lock:
            if self._closed:
                return
            chat = self.chat
            content, withheld = (LEAK_REPLACEMENT, True) if leaked else (text, False)
            self.reply = ChatMessage(
                "assistant", content, seq=chat.next_seq(), withheld=withheld, partial=cut
            )
            chat.transcript.append(self.reply)
        # Outside the lock: Stop must not wait for a model call it did not ask for.
        if chat.config.session_type != SESSION_TYPE_BRAINSTORMING and needs_summary(
            total_tokens, chat.config.model_config.model
        ):
            condense(self._llm, chat)

    def _end(self) -> None:
        """Keep what was shown if no reply was recorded, then store the turn. Runs once."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            with _live_lock:
                _live_turns.discard(self)
            if self.reply is None and self._shown.strip():
                self.reply = ChatMessage(
                    "assistant", self._shown, seq=self.chat.next_seq(), partial=True
                )
                self.chat.transcript.append(self.reply)
            status = STATUS_PROVIDER_ERROR if self.error and not self.reply else STATUS_STARTED
            try:
                persist(self._store, self._user, self.chat, status=status)
            except KeyRevoked as error:
                self.persist_error = error  # kept in memory only: the key no longer writes
                logger.info("A tab with a replaced key tried to store a turn")
            except StoreError as error:
                self.persist_error = error
                logger.error("Could not store a turn; it will be retried: %s", type(error).__name__)

    def stop(self) -> None:
        """End the turn now, from any thread: what was shown is kept and stored."""
        self._end()

    def close(self) -> None:
        """Stop the reply (or store the user's message if the reply never started)."""
        try:
            self._iterator.close()
        except ValueError:  # still running in another thread: that thread will stop
            pass
        self._end()


def _require_assistant(store: DocumentStore, chat: ChatSession) -> None:
    """Stored chats go on only while their assistant is in service (Lab drafts have none)."""
    if chat.config.bot_id and not is_available(store, chat.config.bot_id):
        chat.read_only = True
        raise AssistantUnavailable(
            f"{chat.config.bot_name} is no longer available, so this chat cannot go on. "
            "You can still read and download it."
        )


def _validated(text: str) -> str:
    if not text or not text.strip():
        raise EmptyMessage("Type a message first.")
    if has_broken_characters(text):
        raise BrokenCharacters(
            "This message contains a broken character (half of an emoji). Retype it and send again."
        )
    if len(text) > MAX_MESSAGE_CHARS:
        raise MessageTooLong(
            f"Messages can be at most {MAX_MESSAGE_CHARS:,} characters ({len(text):,} now)."
        )
    return text


def should_moderate(llm: LLMClient, setting: str) -> bool:
    return setting == "on" or (setting == "auto" and llm.is_official_openai)


def start_turn(
    store: DocumentStore,
    user: User,
    llm: LLMClient,
    chat: ChatSession,
    text: str,
    moderation: str = "auto",
    leak_threshold: float = DEFAULT_THRESHOLD,
    leak_judge: str = "auto",
    judge_model: str | None = None,
) -> Turn:
    """Add the user's message and return the reply stream; checks run before anything is sent."""
    text = _validated(text)
    _require_assistant(store, chat)
    if should_moderate(llm, moderation) and llm.moderate(text):
        raise MessageFlagged(
            "This message was flagged by the provider's moderation and was not "
            "sent. Please rephrase it."
        )
    chat.transcript.append(ChatMessage("user", text, seq=chat.next_seq()))
    if chat.status == STATUS_COMPLETED:
        chat.status = STATUS_STARTED
        chat.recap = None
    return Turn(store, user, llm, chat, leak_threshold, leak_judge, judge_model)


def retry_turn(
    store: DocumentStore,
    user: User,
    llm: LLMClient,
    chat: ChatSession,
    leak_threshold: float = DEFAULT_THRESHOLD,
    leak_judge: str = "auto",
    judge_model: str | None = None,
) -> Turn:
    """A new reply to the last user message: after an error, or to regenerate the last reply."""
    _require_assistant(store, chat)
    if chat.transcript and chat.transcript[-1].role == "assistant" and chat.user_turns:
        replaced = chat.transcript.pop()
        if replaced.message_id:
            chat.superseded_ids.append(replaced.message_id)
    if not chat.awaiting_reply:
        raise NothingToRetry("There is no message to answer yet.")
    return Turn(store, user, llm, chat, leak_threshold, leak_judge, judge_model)


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
    _require_assistant(store, chat)
    request = [*model_payload(chat), {"role": "user", "content": chat.config.summary_prompt}]
    text, _ = llm.complete(chat.config.model_config, request)
    recap, _ = _checked_reply(chat.leak_guard(leak_threshold), text)
    chat.recap = recap
    if chat.is_draft:
        chat.status = STATUS_COMPLETED
        return recap
    session_path = doc_path("sessions", chat.session_id)
    batch = _user_batch(store, user)
    batch.update(
        session_path,
        {
            "status": STATUS_COMPLETED,
            "recap": user.cipher.encrypt(recap),
            "ended_date": utc_now(),
            "last_modified_date": utc_now(),
        },
    )
    if not chat.concluded_before:
        if chat.config.bot_id:
            batch.update(doc_path("bots", chat.config.bot_id), {"sessions_ended": Increment(1)})
        batch.update(doc_path("users", user.user_id), {"sessions_ended": Increment(1)})
    if chat.unsaved:
        persist(store, user, chat)  # anything a failed write left behind goes first
    _commit(batch)
    chat.status = STATUS_COMPLETED
    chat.concluded_before = True
    return recap


def rate_session(store: DocumentStore, chat: ChatSession, liked: bool) -> None:
    chat.user_liked = liked
    if not chat.is_draft:
        store.update(
            doc_path("sessions", chat.session_id),
            {"user_liked": liked, "last_modified_date": utc_now()},
        )


# ---------------------------------------------------------------- past sessions


def _owned_session(store: DocumentStore, user: User, session_id: str) -> dict[str, Any]:
    try:
        data = store.get(doc_path("sessions", session_id))
    except DocumentNotFound:
        data = None
    # Someone else's session looks exactly like a missing one.
    if data is None or data.get("user_id") != user.user_id:
        raise SessionNotFound("That session was not found.")
    return data


def get_past_sessions(
    store: DocumentStore, user_id: str, bot_id: str, limit: int = PAST_SESSIONS_LIMIT
) -> list[SessionSummary]:
    """This user's sessions with this assistant, newest first."""
    rows = store.query(
        "sessions",
        {"user_id": user_id, "bot_id": bot_id},
        order_by="created_date",
        descending=True,
        limit=limit,
    )
    return [
        SessionSummary(
            session_id=sid,
            created_date=data.get("created_date"),
            model=data.get("model", ""),
            message_count=data.get("message_count", 0),
            status=data.get("status", STATUS_STARTED),
        )
        for sid, data in rows
    ]


def get_session_messages(store: DocumentStore, user: User, session_id: str) -> list[ChatMessage]:
    """The decrypted transcript of one of the user's own sessions."""
    _owned_session(store, user, session_id)
    require_current_key(store, user)
    return _read_messages(store, user, session_id)


def _read_messages(store: DocumentStore, user: User, session_id: str) -> list[ChatMessage]:
    rows = store.query(f"sessions/{session_id}/messages", order_by="seq")
    try:
        return [
            ChatMessage(
                role=data["role"],
                content=user.cipher.decrypt(data["message"]),
                seq=data["seq"],
                created_date=data["created_date"],
                partial=bool(data.get("partial")),
                withheld=bool(data.get("withheld")),
                message_id=message_id,
            )
            for message_id, data in rows
            if not data.get("superseded")
        ]
    except DecryptionFailed:
        raise SessionNotFound("That session can no longer be read.") from None


def resume_session(store: DocumentStore, user: User, session_id: str) -> ChatSession:
    """Continue a past session where it stopped, with the model payload it had."""
    data = _owned_session(store, user, session_id)
    require_current_key(store, user)
    try:
        state = json.loads(user.cipher.decrypt(data["messages_str"]))
        recap = user.cipher.decrypt(data["recap"]) if data.get("recap") else None
    except (DecryptionFailed, KeyError, json.JSONDecodeError):
        raise SessionNotFound("That session can no longer be read.") from None
    config = SessionConfig.from_document(data)
    return ChatSession(
        session_id=session_id,
        user_id=user.user_id,
        config=config,
        read_only=bool(config.bot_id) and not is_available(store, config.bot_id),
        concluded_before=bool(data.get("ended_date")) or data.get("status") == STATUS_COMPLETED,
        transcript=_read_messages(store, user, session_id),
        status=data.get("status", STATUS_STARTED),
        created_date=data.get("created_date"),
        summary=state.get("summary"),
        summary_from=state.get("summary_from", 0),
        recap=recap,
        user_liked=data.get("user_liked"),
    )


# ---------------------------------------------------------------- transcripts


def transcript_csv(chat: ChatSession) -> str:
    """The transcript as CSV (time, role, message), as the original's download."""
    return csv_text(
        [
            ["created_date", "role", "message"],
            *(
                [m.created_date.isoformat(timespec="seconds"), m.role, m.content]
                for m in chat.transcript
            ),
        ]
    )


def transcript_markdown(chat: ChatSession, user_label: str = "You") -> str:
    """The transcript as Markdown that loads no image or HTML when opened."""
    name = inert_markdown(chat.config.bot_name)
    lines = [
        f"# Chat with {name}",
        "",
        f"Model: {inert_markdown(chat.config.model_config.model)} · "
        f"{SESSION_TYPES.get(chat.config.session_type, '')}",
        "",
    ]
    for message in chat.transcript:
        speaker = user_label if message.role == "user" else name
        stamp = message.created_date.strftime("%Y-%m-%d %H:%M")
        lines += [f"**{speaker}** ({stamp}):", "", inert_markdown(message.content), ""]
    if chat.recap:
        lines += ["## Session Recap", "", inert_markdown(chat.recap), ""]
    return "\n".join(lines)
