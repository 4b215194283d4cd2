"""What a key leaves behind when its account moves to another key: `moved_keys/{identity hash
of the old key}` with the date and the account's id (never a key, nor a hint of the new one).
Signing in with the old key then says where the chats went, instead of opening a new, empty
account in silence. The marker goes when the key opens an account again (a move back onto it,
or a new account its owner asked for) and when the account is erased."""

from __future__ import annotations

from datetime import datetime

from api_util_firebase import DocumentStore, WriteBatch, doc_path
from users.crypto import identity_hash

MOVED_KEYS = "moved_keys"


def moved_key_path(api_key: str, global_salt: str) -> str:
    return doc_path(MOVED_KEYS, identity_hash(api_key, global_salt))


def moved_on(store: DocumentStore, api_key: str, global_salt: str) -> datetime | None:
    """When this key's account moved to another key; None if it never did (or came back)."""
    marker = store.get_or_none(moved_key_path(api_key, global_salt))
    return marker.get("moved_date") if marker else None


def mark_moved(
    batch: WriteBatch, old_key: str, new_key: str, global_salt: str, user_id: str, now: datetime
) -> None:
    """In the move's own batch: the old key is marked, the new one opens the account again."""
    batch.set(moved_key_path(old_key, global_salt), {"user_id": user_id, "moved_date": now})
    batch.delete(moved_key_path(new_key, global_salt))


def forget_moved_keys(store: DocumentStore, batch: WriteBatch, user_id: str) -> None:
    """An erased account leaves no trace of its old keys either."""
    for marker_id, _ in store.query(MOVED_KEYS, {"user_id": user_id}):
        batch.delete(doc_path(MOVED_KEYS, marker_id))
