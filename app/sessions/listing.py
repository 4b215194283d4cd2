"""My Chats: the user's sessions across every assistant, and what the user can do to one.

Listing is one indexed query per page of 20: the user's chats, narrowed by any of assistant,
folder and status, pinned first, then by last activity or by start (newest first), continued
after the last row. Every combination has its composite index (store.QUERY_INDEXES).

Titles and recaps are stored encrypted; they are decrypted here, in memory, for their owner
only, which is also how search works: there is no plaintext index anywhere.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from api_bots import count, rating_change
from api_users import DecryptionFailed, KeyRevoked, User, commit_user_batch, user_batch
from api_util_firebase import DocumentStore, Increment, doc_path, flush_if_full
from api_util_openai import Spend
from i18n import format_number, tr
from sessions.model import (
    STATUS_COMPLETED,
    STATUS_PROVIDER_ERROR,
    STATUS_STARTED,
    SessionError,
)
from sessions.resume import owned_session
from sessions.share import stop_links_of_chat
from sessions.titles import UNTITLED
from text import has_broken_characters

PAGE_SIZE = 20
PAST_SESSIONS_LIMIT = 20
SEARCH_LIMIT = 2_000  # the newest chats a search reads; older ones are found by paging
MAX_SEARCH_CHARS = 200
MAX_TITLE_INPUT = 120
SESSION_CHILDREN = ("messages", "revisions")
_READ_PAGE = 500

Cursor = tuple[tuple[Any, ...], str]  # the last row's ordering values, and its id
ORDER_BY_ACTIVITY = "last_modified_date"
ORDER_BY_START = "created_date"
# What My Chats can narrow to, by the stored status (abandoned chats show under "any").
STATUS_CHOICES = {
    STATUS_STARTED: "open",
    STATUS_COMPLETED: "concluded",
    STATUS_PROVIDER_ERROR: "last reply failed",
}


class InvalidTitle(SessionError):
    """A name the chat cannot have."""


@dataclass(frozen=True)
class ChatView:
    """Which of the user's chats a My Chats page shows, and in what order; empty is all
    (a folder id of "" is the chats in no folder, None any folder)."""

    bot_id: str = ""
    folder_id: str | None = None
    status: int | None = None
    order: str = ORDER_BY_ACTIVITY

    def where(self, user: User) -> dict[str, Any]:
        where: dict[str, Any] = {"user_id": user.user_id}
        if self.bot_id:
            where["bot_id"] = self.bot_id
        if self.folder_id is not None:
            where["folder_id"] = self.folder_id
        if self.status is not None:
            where["status"] = self.status
        return where

    @property
    def order_by(self) -> tuple[str, str]:
        if self.order not in (ORDER_BY_ACTIVITY, ORDER_BY_START):
            raise ValueError(f"My Chats cannot order by {self.order!r}.")
        return ("pinned", self.order)


@dataclass(frozen=True)
class ChatSummary:
    """One chat as My Chats lists it."""

    session_id: str
    bot_id: str
    bot_name: str
    title: str  # what the user sees: their own name for it, else the automatic one
    created_date: datetime | None
    last_modified_date: datetime | None
    model: str
    message_count: int
    status: int
    spend: Spend
    user_liked: bool | None = None
    renamed: bool = False
    pinned: bool = False
    folder_id: str = ""
    recap: str = field(default="", repr=False)
    first_title: str = field(default="", repr=False)  # from the first message, for search

    @property
    def concluded(self) -> bool:
        return self.status == STATUS_COMPLETED


@dataclass(frozen=True)
class ChatPage:
    chats: list[ChatSummary]
    next_cursor: Cursor | None  # None on the last page


def _decrypted(user: User, data: dict[str, Any], name: str) -> str:
    token = data.get(name)
    if not token:
        return ""
    try:
        return user.cipher.decrypt(token)
    except DecryptionFailed:
        # Encrypted under a newer data key: the account moved to another key in another tab.
        raise KeyRevoked() from None


def summary_of(
    user: User, session_id: str, data: dict[str, Any], with_recap: bool = False
) -> ChatSummary:
    custom = _decrypted(user, data, "custom_title")
    return ChatSummary(
        session_id=session_id,
        bot_id=data.get("bot_id") or "",
        bot_name=data.get("bot_name") or "",
        title=custom or _decrypted(user, data, "title") or tr(UNTITLED),
        created_date=data.get("created_date"),
        last_modified_date=data.get("last_modified_date"),
        model=data.get("model", ""),
        message_count=int(data.get("message_count") or 0),
        status=int(data.get("status", STATUS_STARTED)),
        spend=Spend.from_document(data),
        user_liked=data.get("user_liked"),
        renamed=bool(custom),
        pinned=bool(data.get("pinned")),
        folder_id=data.get("folder_id") or "",
        recap=_decrypted(user, data, "recap") if with_recap else "",
        first_title=_decrypted(user, data, "first_title") if with_recap else "",
    )


def list_chats(
    store: DocumentStore,
    user: User,
    after: Cursor | None = None,
    limit: int = PAGE_SIZE,
    view: ChatView | None = None,
) -> ChatPage:
    """One page of the user's chats as `view` asks (pinned first, then most recently active
    first by default): one indexed query."""
    view = view or ChatView()
    order_by = view.order_by
    rows = store.query(
        "sessions",
        view.where(user),
        order_by=order_by,
        descending=True,
        limit=limit + 1,
        start_after=after,
    )
    shown = rows[:limit]
    chats = [summary_of(user, session_id, data) for session_id, data in shown]
    if len(rows) <= limit or not shown:
        return ChatPage(chats, None)
    last_id, last = shown[-1]
    values = tuple(last.get(name) for name in order_by)
    return ChatPage(chats, None if None in values else (values, last_id))


def get_past_sessions(
    store: DocumentStore, user: User, bot_id: str, limit: int = PAST_SESSIONS_LIMIT
) -> list[ChatSummary]:
    """This user's sessions with one assistant, newest first (the assistant's page)."""
    rows = store.query(
        "sessions",
        {"user_id": user.user_id, "bot_id": bot_id},
        order_by="created_date",
        descending=True,
        limit=limit,
    )
    return [summary_of(user, session_id, data) for session_id, data in rows]


def all_chats(store: DocumentStore, user: User, limit: int | None = None) -> Iterator[ChatSummary]:
    """Every chat of the user (or the newest `limit`), newest first, recaps decrypted; read in
    pages of 500 so no single query is unbounded."""
    after: tuple[Any, str] | None = None
    read = 0
    while limit is None or read < limit:
        size = _READ_PAGE if limit is None else min(_READ_PAGE, limit - read)
        rows = store.query(
            "sessions",
            {"user_id": user.user_id},
            order_by="created_date",
            descending=True,
            limit=size,
            start_after=after,
        )
        for session_id, data in rows:
            yield summary_of(user, session_id, data, with_recap=True)
        read += len(rows)
        if len(rows) < size or rows[-1][1].get("created_date") is None:
            return
        after = (rows[-1][1]["created_date"], rows[-1][0])


def searchable(text: str) -> str:
    """Case, accents and spacing do not matter: "Résumé" is found by "resume"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def load_search_index(
    store: DocumentStore, user: User, limit: int = SEARCH_LIMIT
) -> list[ChatSummary]:
    """The user's newest chats with titles (the first message's too) and recaps decrypted, to
    search in memory."""
    return list(all_chats(store, user, limit))


def search_chats(chats: list[ChatSummary], query: str) -> list[ChatSummary]:
    """Chats whose title, first message's title, recap or assistant name holds every word of
    the query."""
    words = searchable(query[:MAX_SEARCH_CHARS]).split()
    if not words:
        return []
    found = []
    for chat in chats:
        haystack = searchable(f"{chat.title}\n{chat.first_title}\n{chat.recap}\n{chat.bot_name}")
        if all(word in haystack for word in words):
            found.append(chat)
    return found


def rename_chat(store: DocumentStore, user: User, session_id: str, title: str) -> str:
    """Give a chat the user's own name; an empty name goes back to the automatic title."""
    cleaned = " ".join((title or "").split())
    if len(cleaned) > MAX_TITLE_INPUT:
        raise InvalidTitle(
            tr(
                "A chat name can be at most {limit} characters ({length} now).",
                limit=format_number(MAX_TITLE_INPUT),
                length=format_number(len(cleaned)),
            )
        )
    if has_broken_characters(cleaned):
        raise InvalidTitle(tr("This name contains a broken character (half of an emoji)."))
    owned_session(store, user, session_id)
    batch = user_batch(store, user)
    batch.update(
        doc_path("sessions", session_id),
        {"custom_title": user.cipher.encrypt(cleaned) if cleaned else ""},
    )
    commit_user_batch(batch)
    return cleaned


def delete_chat(store: DocumentStore, user: User, session_id: str) -> None:
    """Delete a chat and its messages, and stop the links shared of it (as a visitor expects:
    a deleted chat is not still readable by link). Its rating is withdrawn from the assistant's
    totals; what happened (sessions started, messages, tokens, cost) stays counted."""
    data = owned_session(store, user, session_id)
    batch = user_batch(store, user)
    session_path = doc_path("sessions", session_id)
    for child in SESSION_CHILDREN:
        for child_id, _ in store.query(f"{session_path}/{child}"):
            batch.delete(f"{session_path}/{child}/{child_id}")
            batch = flush_if_full(batch)
    liked = data.get("user_liked")
    bot_id = data.get("bot_id") or ""
    if liked is not None and bot_id and store.get_or_none(doc_path("bots", bot_id)):
        change = {name: -amount for name, amount in rating_change(None, liked).items() if amount}
        batch.update(doc_path("bots", bot_id), {k: Increment(v) for k, v in change.items()})
        count(batch, bot_id, data.get("bot_version"), **change)
    batch = stop_links_of_chat(store, user, batch, session_id)
    batch.delete(session_path)
    commit_user_batch(batch)
