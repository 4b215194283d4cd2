"""A creator's unfinished Lab draft, kept in the store so that a reload, a new tab or the next
sign-in finds it where they left it.

One document per user, `users/{id}/drafts/lab`: the draft's fields as JSON, encrypted with the
user's data key like their messages (it holds a hidden prompt).
It is written when a field changes (not per keystroke: Streamlit sends a text field when it
loses focus) and deleted when the assistant is created or the creator starts over.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from api_util_firebase import MAX_DOCUMENT_BYTES, DocumentStore, doc_path, document_size, utc_now
from i18n import tr
from users.accounts import User, UserError
from users.batches import commit_user_batch, user_batch
from users.crypto import DecryptionFailed

logger = logging.getLogger(__name__)

# Every field's own limit is far below this: a first, cheap cut before anything is encrypted.
MAX_DRAFT_CHARS = 200_000


class DraftTooLarge(UserError):
    """Far over every field's limit, past what one document holds once encrypted (1 MiB):
    kept in the tab only."""

    def __init__(self) -> None:
        super().__init__(
            tr(
                "Your draft is too large to keep in your account (over 1 MB once stored). Shorten "
                "the fields that are over their limits."
            )
        )


def draft_path(user_id: str) -> str:
    return doc_path("users", user_id, "drafts", "lab")


def save_draft(store: DocumentStore, user: User, fields: dict[str, Any]) -> None:
    """Keep the draft (one write). Bounded in characters, then by what the store counts: the
    encrypted document's bytes. A character takes 1 to 4 bytes in UTF-8 and encryption adds a
    third (base64), so 200,000 emoji were under the character limit and refused by the store.
    Raises DraftTooLarge before anything is written, KeyRevoked if this tab's key no longer
    opens the account."""
    text = json.dumps(fields, ensure_ascii=False)
    if len(text) > MAX_DRAFT_CHARS:
        raise DraftTooLarge()
    path = draft_path(user.user_id)
    document = {"draft": user.cipher.encrypt(text), "last_modified_date": utc_now()}
    if document_size(path, document) > MAX_DOCUMENT_BYTES:
        raise DraftTooLarge()
    batch = user_batch(store, user)
    batch.set(path, document)
    commit_user_batch(batch)


def load_draft(
    store: DocumentStore, user: User, known_fields: dict[str, Any] | None = None
) -> dict[str, Any] | None:
    """The kept draft, with only the fields `known_fields` names and of the same types (a draft
    kept by an older release loses what no longer exists), or None. Without `known_fields`,
    every field as stored (for the user's own export)."""
    data = store.get_or_none(draft_path(user.user_id))
    if not data or not data.get("draft"):
        return None
    try:
        stored = json.loads(user.cipher.decrypt(data["draft"]))
    except (DecryptionFailed, ValueError):
        logger.warning("A kept Lab draft could not be read; starting from a blank one")
        return None
    if not isinstance(stored, dict):
        return None
    if known_fields is None:
        return stored
    return {
        name: stored[name]
        for name, default in known_fields.items()
        if name in stored and _same_kind(stored[name], default)
    }


def discard_draft(store: DocumentStore, user: User) -> None:
    batch = user_batch(store, user)
    batch.delete(draft_path(user.user_id))
    commit_user_batch(batch)


def _same_kind(value: Any, default: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, int | float):
        return isinstance(value, int | float)
    return isinstance(value, type(default))
