"""Reading a stored chat back: its messages, resuming it where it stopped, and reloading it
after another tab wrote it (this tab's unsaved messages go after the stored ones)."""

from __future__ import annotations

import json
from typing import Any

from api_bots import retired_versions_if_available
from api_users import DecryptionFailed, User, require_current_key
from api_util_firebase import DocumentNotFound, DocumentStore, doc_path
from api_util_openai import Spend
from i18n import tr
from sessions.branches import arrange, graft_unsaved, path_to
from sessions.config import stored_config
from sessions.leak_memory import load_word_memory
from sessions.model import (
    STATUS_COMPLETED,
    STATUS_STARTED,
    ChatMessage,
    ChatSession,
    SessionNotFound,
)
from sessions.persist import persist


def owned_session(store: DocumentStore, user: User, session_id: str) -> dict[str, Any]:
    """The session document, if it is this user's (one point read)."""
    try:
        data = store.get(doc_path("sessions", session_id))
    except DocumentNotFound:
        data = None
    # Someone else's session looks exactly like a missing one.
    if data is None or data.get("user_id") != user.user_id:
        raise SessionNotFound(tr("That session was not found."))
    return data


def get_session_messages(store: DocumentStore, user: User, session_id: str) -> list[ChatMessage]:
    """The decrypted transcript of one of the user's own sessions."""
    data = owned_session(store, user, session_id)
    require_current_key(store, user)
    return read_messages(store, user, session_id, data.get("leaf"))


def read_messages(
    store: DocumentStore, user: User, session_id: str, leaf: str | None = None
) -> list[ChatMessage]:
    """The messages of the branch that ends at `leaf` (replaced replies left out), decrypted;
    no checks. Without a leaf, the branch of the newest message."""
    return read_branches(store, user, session_id, leaf)[0]


def read_branches(
    store: DocumentStore, user: User, session_id: str, leaf: str | None
) -> tuple[list[ChatMessage], list[ChatMessage]]:
    """(The branch ending at `leaf`, the other branches' messages), decrypted; one query."""
    rows = store.query(f"sessions/{session_id}/messages", order_by="seq")
    try:
        messages = [
            ChatMessage(
                role=data["role"],
                content=user.cipher.decrypt(data["message"]),
                seq=data["seq"],
                created_date=data["created_date"],
                partial=bool(data.get("partial")),
                withheld=bool(data.get("withheld")),
                message_id=message_id,
                node_id=message_id,
                parent_id=data.get("parent") or None,
                sources=_sources(user, data.get("sources")),
            )
            for message_id, data in rows
            if not data.get("superseded")
        ]
    except DecryptionFailed:
        raise SessionNotFound(tr("That session can no longer be read.")) from None
    return arrange(messages, leaf)


def read_conversation(
    store: DocumentStore, user: User, session_id: str
) -> tuple[list[ChatMessage], list[list[ChatMessage]]]:
    """For an export: the branch last shown, and each other branch as a whole conversation
    (from the greeting to where that branch stops). One read and one query."""
    leaf = (store.get_or_none(doc_path("sessions", session_id)) or {}).get("leaf")
    shown, others = read_branches(store, user, session_id, leaf)
    by_id = {m.node_id: m for m in [*shown, *others]}
    followed = {m.parent_id for m in by_id.values()}
    return shown, [path_to(by_id, end) for end in others if end.node_id not in followed]


def resume_session(store: DocumentStore, user: User, session_id: str) -> ChatSession:
    """Continue a past session where it stopped, with the model payload it had."""
    data = owned_session(store, user, session_id)
    require_current_key(store, user)
    try:
        state = json.loads(user.cipher.decrypt(data["messages_str"]))
        recap = user.cipher.decrypt(data["recap"]) if data.get("recap") else None
        title = user.cipher.decrypt(data["title"]) if data.get("title") else ""
    except (DecryptionFailed, KeyError, json.JSONDecodeError):
        raise SessionNotFound(tr("That session can no longer be read.")) from None
    shown, off_branch = read_branches(store, user, session_id, data.get("leaf"))
    bot_id = data.get("bot_id") or None
    retired = retired_versions_if_available(store, bot_id, user.user_id) if bot_id else None
    available = retired is not None
    config = stored_config(store, data, available, retired or frozenset(), user.user_id)
    return ChatSession(
        session_id=session_id,
        user_id=user.user_id,
        config=config,
        read_only=bool(bot_id) and not available,
        concluded_before=bool(data.get("ended_date")) or data.get("status") == STATUS_COMPLETED,
        transcript=shown,
        off_branch=off_branch,
        status=data.get("status", STATUS_STARTED),
        created_date=data.get("created_date"),
        summary=state.get("summary"),
        summary_from=state.get("summary_from", 0),
        recap=recap,
        user_liked=data.get("user_liked"),
        title=title,
        spend=Spend.from_document(data),
        revision=data.get("revision"),
        word_memory_stored=frozenset(load_word_memory(store, user.user_id, config)),
        disclosed_stored=_stored_disclosure(state, config.version_key),
        extraction_seen=state.get("extraction_seen")
        if isinstance(state.get("extraction_seen"), bool)
        else None,
    )


def _stored_disclosure(state: dict, version_key: str) -> frozenset[int] | None:
    """The disclosed positions stored with the chat, if they are of the version it runs on
    (a chat moved to another version, or stored before they were kept, scans its replies)."""
    stored = state.get("disclosed")
    if not version_key or not isinstance(stored, dict) or stored.get("of") != version_key:
        return None
    positions = stored.get("positions")
    if not isinstance(positions, list) or not all(isinstance(p, int) for p in positions):
        return None
    return frozenset(positions)


def reload_session(store: DocumentStore, user: User, chat: ChatSession) -> ChatSession:
    """The chat as stored now (another tab wrote it), with this tab's unsaved messages added
    after the stored ones (an unsaved edit: as a branch of the message it edited) and saved:
    nothing typed or paid for is lost."""
    fresh = resume_session(store, user, chat.session_id)
    graft_unsaved(fresh, chat)
    fresh.spend.merge(chat.unsaved_spend)
    fresh.unsaved_spend.merge(chat.unsaved_spend)
    if fresh.unsaved or fresh.unsaved_spend.tokens:
        persist(store, user, fresh)
    return fresh


def _sources(user: User, stored: Any) -> tuple[str, ...]:
    """A reply's stored citations (encrypted like its text); unreadable ones are dropped."""
    if not isinstance(stored, str):
        return ()
    try:
        labels = json.loads(user.cipher.decrypt(stored))
    except (DecryptionFailed, ValueError):
        return ()
    return tuple(str(label) for label in labels if isinstance(label, str))[:10]
