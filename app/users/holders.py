"""Who already holds a key: a key move may take over the key of an account that holds nothing
(signing in with the new key first made one), never one with chats, assistants or a draft.

GPT Lab does not merge two accounts: a move onto a key whose account holds something is
refused with what it holds, and nothing changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from api_util_firebase import DocumentStore, doc_path
from users.accounts import KeyAlreadyInUse
from users.crypto import identity_hash
from users.drafts import draft_path


class KeyHoldsData(KeyAlreadyInUse):
    """The key a move goes to already has an account with chats, assistants or a draft."""

    def __init__(self, holdings: str) -> None:
        super().__init__(
            f"The key you are moving to already has {holdings} in GPT Lab. GPT Lab cannot "
            "merge two accounts, so nothing was moved and nothing was changed."
        )


@dataclass(frozen=True)
class EmptyAccount:
    """An account that holds nothing: a key move may remove it and take its key."""

    user_id: str
    key_generation: int


def empty_account_of(store: DocumentStore, api_key: str, global_salt: str) -> EmptyAccount | None:
    """The key's account if it holds nothing, None if the key has none; KeyHoldsData if it
    holds something (checked with one-document queries; counted only to say so)."""
    link = store.get_or_none(doc_path("user_hash", identity_hash(api_key, global_salt)))
    if link is None:
        return None
    user_id = link["user_id"]
    has_chats = store.query("sessions", {"user_id": user_id}, limit=1)
    has_bots = store.query("bots", {"creator_user_id": user_id}, limit=1)
    has_draft = store.get_or_none(draft_path(user_id)) is not None
    if has_chats or has_bots or has_draft:
        raise KeyHoldsData(_holdings(store, user_id, has_draft))
    data = store.get_or_none(doc_path("users", user_id)) or {}
    return EmptyAccount(user_id, int(data.get("key_generation") or 0))


def _holdings(store: DocumentStore, user_id: str, has_draft: bool) -> str:
    chats = len(store.query("sessions", {"user_id": user_id}))
    bots = len(store.query("bots", {"creator_user_id": user_id}))
    parts = [
        _count(chats, "chat", "chats"),
        _count(bots, "assistant", "assistants"),
        "an unfinished draft" if has_draft else "",
    ]
    named = [part for part in parts if part]
    return " and ".join(named) if len(named) < 3 else f"{named[0]}, {named[1]} and {named[2]}"


def _count(n: int, one: str, many: str) -> str:
    return "" if n == 0 else f"1 {one}" if n == 1 else f"{n} {many}"
