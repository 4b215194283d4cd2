"""Who already holds a key: a key move may take over the key of an account that holds nothing
(signing in with the new key first made one), never one with chats, assistants or a draft.

GPT Lab does not merge two accounts: a move onto a key whose account holds something is
refused with what it holds, and nothing changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from babel.lists import format_list

from api_util_firebase import DocumentStore, doc_path
from i18n import current_language, ntr, tr
from users.accounts import KeyAlreadyInUse
from users.crypto import identity_hash
from users.drafts import draft_path


class KeyHoldsData(KeyAlreadyInUse):
    """The key a move goes to already has an account with chats, assistants or a draft."""

    def __init__(self, holdings: str) -> None:
        super().__init__(
            tr(
                "The key you are moving to already has {holdings} in GPT Lab. GPT Lab cannot "
                "merge two accounts, so nothing was moved and nothing was changed.",
                holdings=holdings,
            )
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
        ntr("{count} chat", "{count} chats", chats) if chats else "",
        ntr("{count} assistant", "{count} assistants", bots) if bots else "",
        tr("an unfinished draft") if has_draft else "",
    ]
    # "1 chat, 2 assistants and an unfinished draft", "1 个对话、2 个助手和一份未完成的草稿"
    return format_list([part for part in parts if part], locale=current_language())
