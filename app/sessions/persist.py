"""Storing a chat: one batch per write with the new messages, the encrypted coaching memory and
title, what the calls cost, the counters, and the session's revision token.

The token is the precondition that catches a second tab writing the same chat: each write
deletes `revisions/{n}` (which must still exist) and creates `revisions/{n+1}`, so of two tabs
that loaded revision n only the first writes; the other is told to reload, and keeps its
messages.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from api_bots import SESSION_TYPE_BRAINSTORMING, count
from api_users import User, add_lab_spend, add_month_spend, commit_user_batch, user_batch
from api_util_firebase import (
    AlreadyExists,
    DocumentNotFound,
    DocumentStore,
    Increment,
    WriteBatch,
    doc_path,
    utc_now,
)
from api_util_openai import Message, brainstorming_payload, coaching_payload
from leak_guard import with_canaries
from sessions.branches import settle_parents
from sessions.config import SessionConfig
from sessions.leak_memory import stage_word_memory
from sessions.model import ChatChangedElsewhere, ChatDeleted, ChatMessage, ChatSession
from sessions.titles import title_from_message


def system_messages(config: SessionConfig, knowledge: str = "") -> list[Message]:
    """The hidden prompt as the model gets it: with a canary per paragraph (leak_guard), and
    the turn's spotlighted knowledge after it (`sessions.knowledge`)."""
    content = with_canaries(config.initial_prompt)
    if knowledge:
        content = f"{content}\n\n{knowledge}"
    return [{"role": "system", "content": content}]


def model_payload(chat: ChatSession, knowledge: str = "") -> list[Message]:
    """What the model is sent for the next reply, shaped by the session type."""
    history = chat.history()
    system = system_messages(chat.config, knowledge)
    if chat.config.session_type == SESSION_TYPE_BRAINSTORMING:
        return brainstorming_payload(system, history)
    if chat.summary:
        return coaching_payload(system, chat.summary, history[chat.summary_from :])
    return [*system, *history]


def memory_state(chat: ChatSession) -> str:
    """messages_str: what resuming needs beyond the stored messages, the coaching summary and
    where it stops. The messages themselves are never repeated here, so the session document
    stays small however long the chat grows (Firestore refuses documents over 1 MiB)."""
    state: dict[str, Any] = {"summary": chat.summary, "summary_from": chat.summary_from}
    if chat.extraction_seen is not None:  # so a resume need not read every message again
        state["extraction_seen"] = chat.extraction_seen
    disclosed = chat.disclosed_positions()
    if disclosed is not None:  # what replies disclosed of this version's prompt (positions)
        state["disclosed"] = {"of": chat.config.version_key, "positions": sorted(disclosed)}
    return json.dumps(state)


def message_document(message: ChatMessage, user: User) -> dict[str, Any]:
    cited = {"sources": user.cipher.encrypt(json.dumps(message.sources))} if message.sources else {}
    follows = {"parent": message.parent_id} if message.parent_id else {}
    return {
        **follows,  # the message it follows, in the chat's tree of branches
        "role": message.role,
        "message": user.cipher.encrypt(message.content),
        "created_date": message.created_date,
        "seq": message.seq,
        "partial": message.partial,
        "withheld": message.withheld,
        **cited,  # the reply's citations, encrypted like its text
    }


def revision_path(session_id: str, revision: int) -> str:
    return doc_path("sessions", session_id, "revisions", str(revision))


@dataclass
class StagedChat:
    """A chat's write before it commits; `done` updates the chat once it has."""

    batch: WriteBatch
    new_ids: list[tuple[ChatMessage, str]]
    title: str
    status: int | None
    word_memory: frozenset[int] | None = None

    def done(self, chat: ChatSession) -> None:
        if self.word_memory is not None:
            chat.word_memory_stored = self.word_memory
        for message, message_id in self.new_ids:
            message.message_id = message_id
            message.branched = False
        chat.superseded_ids.clear()
        chat.unsaved_spend.clear()
        chat.revision = (chat.revision or 0) + 1
        chat.title = self.title
        if self.status is not None:
            chat.status = self.status


def stage_chat(
    store: DocumentStore,
    user: User,
    chat: ChatSession,
    status: int | None = None,
    fields: dict[str, Any] | None = None,
    title: str | None = None,
    sessions_ended: int = 0,
    leaks: int = 0,
) -> StagedChat:
    """The batch that writes what this tab has not stored yet, with its revision token. Of a
    temporary chat it writes only what it cost and the assistant's counters."""
    batch = user_batch(store, user)
    settle_parents(chat)
    unsaved = [m for m in [*chat.transcript, *chat.off_branch] if m.message_id is None]
    new_ids = [(m, m.node_id) for m in unsaved]
    first_title = None
    if title is None and not chat.title and chat.user_turns:
        title = first_title = title_from_message(
            next(m for m in chat.transcript if m.role == "user").content
        )
    if chat.is_stored:
        changes = dict(fields or {})
        if first_title:  # kept when a recap renames the chat: search finds its first message
            changes["first_title"] = user.cipher.encrypt(first_title)
        _stage_session(batch, user, chat, new_ids, status, changes, title)
    add_month_spend(batch, user.user_id, chat.unsaved_spend)
    word_memory = None
    if chat.guard is not None and chat.config.bot_id:
        if chat.guard.word_memory - chat.word_memory_stored:
            word_memory = frozenset(chat.guard.word_memory)
            stage_word_memory(batch, user.user_id, chat.config, set(word_memory))
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
    return StagedChat(batch, new_ids, title or chat.title, status, word_memory)


def _stage_session(
    batch: WriteBatch,
    user: User,
    chat: ChatSession,
    new_ids: list[tuple[ChatMessage, str]],
    status: int | None,
    fields: dict[str, Any],
    title: str | None,
) -> None:
    """The stored chat's part of the batch: its new messages, the replaced replies, the
    session document and the revision token."""
    session_path = doc_path("sessions", chat.session_id)
    for message, message_id in new_ids:
        batch.create(f"{session_path}/messages/{message_id}", message_document(message, user))
    for message_id in chat.superseded_ids:
        batch.update(f"{session_path}/messages/{message_id}", {"superseded": True})
    if chat.revision is not None:
        batch.delete(revision_path(chat.session_id, chat.revision), must_exist=True)
    revision = (chat.revision or 0) + 1
    batch.create(revision_path(chat.session_id, revision), {"created_date": utc_now()})
    changes: dict[str, Any] = {
        "messages_str": user.cipher.encrypt(memory_state(chat)),
        "message_count": Increment(len(new_ids) - len(chat.superseded_ids)),
        "last_modified_date": utc_now(),
        "revision": revision,
        "leaf": chat.transcript[-1].node_id,  # the branch shown: resuming shows it again
        **chat.config.to_document(),  # the version it runs on (moved on if one was retired)
        **chat.unsaved_spend.increments(),
        **fields,
    }
    if title:
        changes["title"] = user.cipher.encrypt(title)
    if status is not None:
        changes["status"] = status
    batch.update(session_path, changes)


def commit_chat(store: DocumentStore, chat: ChatSession, batch: WriteBatch) -> None:
    """Commit a chat's batch; a lost revision token means another tab wrote it, or deleted it."""
    try:
        commit_user_batch(batch)
    except (DocumentNotFound, AlreadyExists):
        if not chat.is_stored:
            raise
        if store.get_or_none(doc_path("sessions", chat.session_id)) is None:
            chat.deleted = True
            raise ChatDeleted() from None
        chat.stale = True
        raise ChatChangedElsewhere() from None


def persist_draft_spend(store: DocumentStore, user: User, chat: ChatSession) -> None:
    """A Lab test drive stores nothing of itself, but its calls were billed to the creator's
    key: their cost goes to the month's total (one small write). Kept for the next write if
    the database does not answer; a Replay's test drives wait for the Replay's own write."""
    if chat.spend_deferred:
        return
    if add_lab_spend(store, user, chat.unsaved_spend):
        chat.unsaved_spend.clear()


def persist(store: DocumentStore, user: User, chat: ChatSession, status: int | None = None) -> None:
    """Write every unsaved message, the memory, title, spend and counters in one atomic batch,
    with no reads. Messages stay marked unsaved if the write fails, so the next write (or a
    reload after ChatChangedElsewhere) carries them. A Lab test drive writes its spend only.
    """
    if chat.is_draft:
        persist_draft_spend(store, user, chat)
        return
    staged = stage_chat(store, user, chat, status)
    commit_chat(store, chat, staged.batch)
    staged.done(chat)
