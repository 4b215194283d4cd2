"""Share links: a read-only snapshot of what a visitor saw of a chat, encrypted with a fresh key
that only the link holds.

`shared_chats/{id}` keeps the ciphertext, the owner, the dates and the owner's own label for
the link (encrypted with the owner's data key, like titles). The snapshot's key is handed back
once and stored nowhere, so a copy of the database opens no shared chat. Never in a snapshot:
the prompts, knowledge, coaching summary, recap, withheld replies or replaced ones.
"""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from api_users import (
    DecryptionFailed,
    User,
    commit_user_batch,
    open_sealed,
    seal_with_new_key,
    user_batch,
)
from api_util_firebase import DocumentStore, doc_path, flush_if_full, utc_now
from i18n import tr
from sessions.model import ChatSession, SessionError

SHARED_CHATS = "shared_chats"
SNAPSHOT_FORMAT = 1
MAX_LINKS_LISTED = 200
_LINK_ID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


class ShareError(SessionError):
    """A share link cannot be made or opened; the message is fit to show."""


class LinkNotFound(ShareError):
    def __init__(self) -> None:
        super().__init__(
            tr("This link does not open any shared chat. Check that you copied all of it.")
        )


class LinkRevoked(ShareError):
    def __init__(self) -> None:
        super().__init__(tr("Its owner stopped sharing this chat: the link no longer opens it."))


class LinkKeyWrong(ShareError):
    def __init__(self) -> None:
        super().__init__(
            tr(
                "This link's key does not open the shared chat: the link was cut short or "
                "changed. Ask its owner for the link again."
            )
        )


class NothingToShare(ShareError):
    def __init__(self) -> None:
        super().__init__(tr("Send a message first: there is nothing to share yet."))


class TemporaryChatNotShared(ShareError):
    def __init__(self) -> None:
        super().__init__(tr("A temporary chat cannot be shared: nothing of it is stored."))


@dataclass(frozen=True)
class SharedMessage:
    role: str
    content: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class SharedChat:
    """A shared chat as its readers see it (decrypted in memory for this request only)."""

    link_id: str
    bot_id: str
    bot_name: str
    title: str
    model: str
    shared_date: str
    messages: tuple[SharedMessage, ...]


@dataclass(frozen=True, repr=False)
class NewShareLink:
    """A link just made: its key is shown once, in the link, and kept nowhere."""

    link_id: str
    key: str

    def __repr__(self) -> str:
        return f"NewShareLink({self.link_id}, <key hidden>)"


@dataclass(frozen=True)
class ShareLink:
    """One of the owner's links, as My Chats lists it."""

    link_id: str
    title: str
    bot_name: str
    created_date: datetime
    revoked: bool


def visible_messages(chat: ChatSession) -> tuple[SharedMessage, ...]:
    """What the visitor saw and may pass on: their messages and the replies shown (a withheld
    reply is left out: its slot says nothing of the prompt, and neither does a missing one)."""
    return tuple(
        SharedMessage(message.role, message.content, message.sources)
        for message in chat.transcript
        if message.role in ("user", "assistant") and not message.withheld and message.content
    )


def _snapshot(link_id: str, chat: ChatSession, messages: tuple[SharedMessage, ...]) -> str:
    return json.dumps(
        {
            "format": SNAPSHOT_FORMAT,
            "link_id": link_id,  # a snapshot moved under another link's id does not open
            "bot_id": chat.config.bot_id or "",
            "bot_name": chat.config.bot_name,
            "title": chat.title,
            "model": chat.config.model_config.model,
            "shared_date": utc_now().date().isoformat(),
            "messages": [[m.role, m.content, list(m.sources)] for m in messages],
        }
    )


def share_chat(store: DocumentStore, user: User, chat: ChatSession) -> NewShareLink:
    """Store an encrypted snapshot of the chat as it is on screen now (one write, no read)."""
    messages = visible_messages(chat)
    if chat.is_draft or chat.user_id != user.user_id:
        raise LinkNotFound()
    if chat.temporary:
        raise TemporaryChatNotShared()
    if not any(message.role == "user" for message in messages):
        raise NothingToShare()
    link_id = secrets.token_urlsafe(16)
    key, token = seal_with_new_key(_snapshot(link_id, chat, messages))
    label = {"title": chat.title, "bot_name": chat.config.bot_name, "session": chat.session_id}
    batch = user_batch(store, user)
    batch.create(
        doc_path(SHARED_CHATS, link_id),
        {
            "user_id": user.user_id,
            "created_date": utc_now(),
            "revoked": False,
            "snapshot": token,
            "label": user.cipher.encrypt(json.dumps(label)),
        },
    )
    commit_user_batch(batch)
    return NewShareLink(link_id, key)


def _stored_link(store: DocumentStore, link_id: str) -> dict[str, Any]:
    if not isinstance(link_id, str) or not _LINK_ID.match(link_id):
        raise LinkNotFound()
    data = store.get_or_none(doc_path(SHARED_CHATS, link_id))
    if data is None:
        raise LinkNotFound()
    return data


def open_shared_chat(store: DocumentStore, link_id: str, key: str) -> SharedChat:
    """The chat a link names, opened with the link's key (one point read); signed in or not."""
    data = _stored_link(store, link_id)
    if data.get("revoked") or not data.get("snapshot"):
        raise LinkRevoked()
    try:
        snapshot = json.loads(open_sealed(data["snapshot"], key or ""))
    except (DecryptionFailed, ValueError):
        raise LinkKeyWrong() from None
    if not isinstance(snapshot, dict) or snapshot.get("link_id") != link_id:
        raise LinkKeyWrong()
    return SharedChat(
        link_id=link_id,
        bot_id=str(snapshot.get("bot_id") or ""),
        bot_name=str(snapshot.get("bot_name") or ""),
        title=str(snapshot.get("title") or ""),
        model=str(snapshot.get("model") or ""),
        shared_date=str(snapshot.get("shared_date") or ""),
        messages=tuple(
            SharedMessage(str(role), str(content), tuple(str(s) for s in sources))
            for role, content, sources in snapshot.get("messages", [])
        ),
    )


def _label(user: User, data: dict[str, Any]) -> dict[str, str]:
    try:
        label = json.loads(user.cipher.decrypt(data.get("label", "")))
    except (DecryptionFailed, ValueError):
        return {}
    return label if isinstance(label, dict) else {}


def list_share_links(store: DocumentStore, user: User) -> list[ShareLink]:
    """The user's links, newest first (one query on the owner alone: no composite index)."""
    rows = store.query(SHARED_CHATS, {"user_id": user.user_id}, limit=MAX_LINKS_LISTED)
    links = []
    for link_id, data in rows:
        label = _label(user, data)
        links.append(
            ShareLink(
                link_id=link_id,
                title=str(label.get("title") or "Untitled chat"),
                bot_name=str(label.get("bot_name") or ""),
                created_date=data["created_date"],
                revoked=bool(data.get("revoked")),
            )
        )
    return sorted(links, key=lambda link: link.created_date, reverse=True)


def stop_links_of_chat(store: DocumentStore, user: User, batch: Any, session_id: str) -> Any:
    """Stage stopping every live link made from one chat (it is being deleted): its label names
    the chat, encrypted, so the owner's links are read and their labels opened (one query)."""
    rows = store.query(SHARED_CHATS, {"user_id": user.user_id})
    for link_id, data in rows:
        if not data.get("revoked") and _label(user, data).get("session") == session_id:
            batch.update(
                doc_path(SHARED_CHATS, link_id),
                {"revoked": True, "revoked_date": utc_now(), "snapshot": ""},
            )
            batch = flush_if_full(batch)
    return batch


def revoke_share_link(store: DocumentStore, user: User, link_id: str) -> None:
    """Stop a link for good: its ciphertext is deleted, its record says revoked (so the link
    says so rather than "not found"). Twice is the same as once."""
    data = _stored_link(store, link_id)
    if data.get("user_id") != user.user_id:
        raise LinkNotFound()  # someone else's link looks exactly like a missing one
    if data.get("revoked"):
        return
    batch = user_batch(store, user)
    batch.update(
        doc_path(SHARED_CHATS, link_id),
        {"revoked": True, "revoked_date": utc_now(), "snapshot": ""},
    )
    commit_user_batch(batch)
