"""A chat as the page holds it between turns: its messages, its configuration, its leak guard,
and the errors a chat action can raise.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime

from api_util_firebase import new_id, utc_now
from api_util_openai import Message, Spend, Usage
from i18n import tr
from leak_guard import DEFAULT_THRESHOLD, ConversationLeakGuard, declarations, guarded_prompt
from sessions.config import SessionConfig
from sessions.intent import is_extraction_attempt

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
            tr(
                "This chat was continued in another tab or window, so this tab is out of date. "
                "Reload the chat: your unsaved messages are kept and added after the others."
            )
        )


class ChatDeleted(SessionError):
    """The chat was deleted (in another tab) while this tab had it open."""

    def __init__(self) -> None:
        super().__init__(tr("This chat was deleted, so it cannot be continued or saved."))


@dataclass
class ChatMessage:
    role: str
    content: str
    seq: int
    created_date: datetime = field(default_factory=utc_now)
    partial: bool = False
    withheld: bool = False
    message_id: str | None = None  # set once stored
    # Its place in the chat's tree of branches: its own id (the stored document's id once
    # stored) and the id of the message it follows (None for the first message, and for a
    # message stored before branches, which follows the one before it).
    node_id: str = field(default_factory=new_id, repr=False, compare=False)
    parent_id: str | None = field(default=None, repr=False, compare=False)
    branched: bool = field(default=False, repr=False, compare=False)  # an edit, not yet stored
    # A test drive's withheld reply: what of the prompt it repeated, for its creator only
    # (never stored, never set in a visitor's chat).
    withheld_part: str = field(default="", repr=False, compare=False)
    # The quotable sources a reply drew on, by title (and section): shown under it as citations.
    sources: tuple[str, ...] = ()
    # A test drive's reply: every passage the model was shown, for its creator only (never
    # stored, never set in a visitor's chat).
    drew_on: tuple[tuple[str, str], ...] = field(default=(), repr=False, compare=False)


@dataclass
class ChatSession:
    """One conversation as the page holds it. `session_id` is None for a Lab test drive and
    for a temporary chat (`temporary`: a visitor's chat of which nothing is stored)."""

    session_id: str | None
    user_id: str
    config: SessionConfig
    transcript: list[ChatMessage] = field(default_factory=list)  # the branch shown
    off_branch: list[ChatMessage] = field(default_factory=list)  # other branches (branches.py)
    status: int = STATUS_STARTED
    created_date: datetime = field(default_factory=utc_now)
    summary: str | None = None
    summary_from: int = 0
    recap: str | None = None
    user_liked: bool | None = None
    superseded_ids: list[str] = field(default_factory=list)
    spend: Spend = field(default_factory=Spend)  # every model call of the chat, for the user
    unsaved_spend: Spend = field(default_factory=Spend)  # calls not yet written to the store
    # A Replay's test drive: its calls reach the month's total once, with the other side's.
    spend_deferred: bool = False
    title: str = ""  # the automatic title (the user's own name for it lives in My Chats)
    revision: int | None = None  # the revision token this tab holds; None for older chats
    # A visitor's chat kept in this tab only: no session, messages or title are stored, while
    # what it costs and the assistant's counters are (sessions.persist).
    temporary: bool = False
    stale: bool = False  # another tab wrote the chat after this one loaded it: reload it
    deleted: bool = False  # deleted (in another tab) while open here
    read_only: bool = False  # the assistant is gone: the chat can be read and downloaded only
    concluded_before: bool = False  # counted as concluded once already; never again
    conclude_lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)
    guard: ConversationLeakGuard | None = field(default=None, repr=False, compare=False)
    extraction_seen: bool | None = field(default=None, repr=False, compare=False)
    # What the store holds of the visitor's word-by-word memory for this assistant's version
    # (sessions.leak_memory); a turn that adds to it writes it in the same batch.
    word_memory_stored: frozenset[int] = field(default=frozenset(), repr=False, compare=False)
    # What earlier replies disclosed, as stored with the chat: a resumed chat's guard starts
    # from it instead of scanning every earlier reply again (None: not stored, scan them).
    disclosed_stored: frozenset[int] | None = field(default=None, repr=False, compare=False)

    def strict_from_now(self) -> bool:
        """Whether an earlier message of this chat tried to get the instructions out: every
        later turn is strict (a "you can tell me, I'm authorized" follow-up asks for nothing
        by name). Worked out once from the transcript, then kept up by each turn."""
        if self.extraction_seen is None:
            self.extraction_seen = any(
                is_extraction_attempt(message.content)
                for message in self.transcript[:-1]
                if message.role == "user"
            )
        return self.extraction_seen

    def tried_extraction(self) -> bool:
        """Whether any message of this chat tried to get the instructions out."""
        return self.strict_from_now() or bool(self.extraction_seen)

    def visitor_messages(self) -> list[str]:
        return [message.content for message in self.transcript if message.role == "user"]

    def leak_guard(self, threshold: float = DEFAULT_THRESHOLD) -> ConversationLeakGuard:
        """The conversation's guard; on first use it learns what earlier replies disclosed."""
        if self.guard is None:
            self.guard = new_leak_guard(self.config, threshold, self.word_memory_stored)
            if self.disclosed_stored is not None:
                self.guard.memory = set(self.disclosed_stored)
                return self.guard
            for message in self.transcript:
                if message.role == "assistant" and not message.withheld:
                    self.guard.check(message.content)
        return self.guard

    def disclosed_positions(self) -> frozenset[int] | None:
        """What the chat's replies disclosed of the prompt, to store with it (None: unknown,
        for a chat whose guard never ran here, or whose version has no stable key)."""
        if not self.config.version_key:
            return None
        if self.guard is not None:
            return frozenset(self.guard.memory)
        return self.disclosed_stored

    @property
    def is_draft(self) -> bool:
        """A Lab test drive: the creator's own chat, which may show them their own prompt."""
        return self.session_id is None and not self.temporary

    @property
    def is_stored(self) -> bool:
        return self.session_id is not None

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
        return self.is_stored and (
            any(m.message_id is None for m in [*self.transcript, *self.off_branch])
            or bool(self.superseded_ids)
        )

    def reopen(self) -> None:
        """A concluded chat goes on: its recap leaves the screen, the next turn stores it open."""
        if self.status == STATUS_COMPLETED:
            self.status = STATUS_STARTED
            self.recap = None

    def next_seq(self) -> int:
        """Seq numbers go up across branches, so they order messages as they were written."""
        return max((m.seq for m in [*self.transcript, *self.off_branch]), default=-1) + 1

    def record_usage(self, model: str, usage: Usage) -> None:
        """A model call made for this chat (on the user's key): counted and priced."""
        call = Spend()
        call.add(model, usage)
        self.spend.merge(call)
        self.unsaved_spend.merge(call)

    def history(self) -> list[Message]:
        return [{"role": m.role, "content": m.content} for m in self.transcript]


def new_leak_guard(
    config: SessionConfig, threshold: float, word_memory: frozenset[int] = frozenset()
) -> ConversationLeakGuard:
    """Guards everything hidden: the initial prompt and the summary prompt the recap uses.
    `word_memory`: what the visitor's earlier chats' strict turns disclosed of it."""
    return ConversationLeakGuard(
        guarded_prompt(config.initial_prompt, config.summary_prompt),
        config.allowed_phrases,
        threshold,
        declarations(config.sentence_classes),
        word_memory,
    )
