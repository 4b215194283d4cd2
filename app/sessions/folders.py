"""My Chats organised: pinned chats and the folders a user names.

A folder is `users/{id}/folders/{random id}` with its name encrypted under the user's data key,
like a chat's title; a chat names its folder by that id (`folder_id`), which says nothing of
the name, so My Chats can filter by folder with an indexed query while the database holds no
readable folder name. A rename rewrites one document, and a key rotation re-encrypts the names
without touching the chats. Every session document carries `pinned` and `folder_id`
(`ORGANISING_FIELDS`): the listing orders by `pinned`, and Firestore leaves out documents
without an ordering field; `backfill_chat_order` adds them to chats stored before.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from api_users import DecryptionFailed, KeyRevoked, User, commit_user_batch, user_batch
from api_util_firebase import DocumentStore, doc_path, flush_if_full, utc_now
from i18n import format_number, tr
from sessions.model import SessionError
from sessions.resume import owned_session
from text import has_broken_characters

logger = logging.getLogger(__name__)

MAX_FOLDERS = 50
MAX_FOLDER_NAME = 40
ORGANISING_FIELDS = {"pinned": False, "folder_id": ""}  # a new chat: not pinned, in no folder
BACKFILL_MARK = doc_path("meta", "chat_order_v1")
_BACKFILL_PAGE = 400


class FolderError(SessionError):
    """A folder the user asked for cannot be made or used as asked."""


class FolderNotFound(FolderError):
    """The folder was deleted (in another tab, say) or was never this user's."""

    def __init__(self) -> None:
        super().__init__(tr("That folder no longer exists. Pick another one."))


@dataclass(frozen=True)
class Folder:
    folder_id: str
    name: str


def folders_collection(user_id: str) -> str:
    return f"users/{user_id}/folders"


def folder_path(user_id: str, folder_id: str) -> str:
    return doc_path("users", user_id, "folders", folder_id)


def list_folders(store: DocumentStore, user: User) -> list[Folder]:
    """The user's folders by name (one query of a small collection)."""
    folders = []
    for folder_id, data in store.query(folders_collection(user.user_id)):
        try:
            name = user.cipher.decrypt(data.get("name") or "")
        except DecryptionFailed:
            raise KeyRevoked() from None  # encrypted under a newer key: another tab rotated
        folders.append(Folder(folder_id, name))
    return sorted(folders, key=lambda folder: (folder.name.casefold(), folder.folder_id))


def _clean_name(name: str, taken: list[Folder]) -> str:
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise FolderError(tr("Give the folder a name."))
    if len(cleaned) > MAX_FOLDER_NAME:
        raise FolderError(
            tr(
                "A folder name can be at most {limit} characters ({length} now).",
                limit=format_number(MAX_FOLDER_NAME),
                length=format_number(len(cleaned)),
            )
        )
    if has_broken_characters(cleaned):
        raise FolderError(tr("This name contains a broken character (half of an emoji)."))
    if any(folder.name.casefold() == cleaned.casefold() for folder in taken):
        raise FolderError(tr("You already have a folder named “{name}”.", name=cleaned))
    return cleaned


def create_folder(store: DocumentStore, user: User, name: str) -> Folder:
    """A new, empty folder (one query to check the name, one write)."""
    existing = list_folders(store, user)
    if len(existing) >= MAX_FOLDERS:
        raise FolderError(
            tr(
                "You can have at most {limit} folders. Delete one first.",
                limit=format_number(MAX_FOLDERS),
            )
        )
    cleaned = _clean_name(name, existing)
    batch = user_batch(store, user)
    folder_id = batch.add(
        folders_collection(user.user_id),
        {"name": user.cipher.encrypt(cleaned), "created_date": utc_now()},
    )
    commit_user_batch(batch)
    return Folder(folder_id, cleaned)


def rename_folder(store: DocumentStore, user: User, folder_id: str, name: str) -> Folder:
    """The folder's new name; its chats stay in it (they name it by id)."""
    existing = list_folders(store, user)
    if not any(folder.folder_id == folder_id for folder in existing):
        raise FolderNotFound()
    others = [folder for folder in existing if folder.folder_id != folder_id]
    cleaned = _clean_name(name, others)
    batch = user_batch(store, user)
    batch.update(
        folder_path(user.user_id, folder_id),
        {"name": user.cipher.encrypt(cleaned)},
    )
    commit_user_batch(batch)
    return Folder(folder_id, cleaned)


def delete_folder(store: DocumentStore, user: User, folder_id: str) -> int:
    """Delete a folder; its chats are kept, in no folder. How many chats it held."""
    path = folder_path(user.user_id, folder_id)
    if store.get_or_none(path) is None:
        raise FolderNotFound()
    held = store.query("sessions", {"user_id": user.user_id, "folder_id": folder_id})
    batch = user_batch(store, user)
    for session_id, _ in held:
        batch.update(doc_path("sessions", session_id), {"folder_id": ""})
        batch = flush_if_full(batch)
    batch.delete(path)  # last: a cut-short delete leaves the folder, which can be deleted again
    commit_user_batch(batch)
    return len(held)


def move_chat(store: DocumentStore, user: User, session_id: str, folder_id: str) -> None:
    """Put a chat in one of the user's folders, or in none with an empty id."""
    if folder_id and store.get_or_none(folder_path(user.user_id, folder_id)) is None:
        raise FolderNotFound()
    owned_session(store, user, session_id)
    batch = user_batch(store, user)
    batch.update(doc_path("sessions", session_id), {"folder_id": folder_id})
    commit_user_batch(batch)


def set_pinned(store: DocumentStore, user: User, session_id: str, pinned: bool) -> None:
    """Pinned chats come first in My Chats; pinning is not activity (the order below stays)."""
    owned_session(store, user, session_id)
    batch = user_batch(store, user)
    batch.update(doc_path("sessions", session_id), {"pinned": bool(pinned)})
    commit_user_batch(batch)


def backfill_chat_order(store: DocumentStore) -> int:
    """Give chats stored before folders their `pinned` and `folder_id` (once per database,
    at start-up); how many were changed. Fields a chat has are never overwritten."""
    if store.get_or_none(BACKFILL_MARK) is not None:
        return 0
    changed, after = 0, None
    while True:
        rows = store.query(
            "sessions", order_by="created_date", limit=_BACKFILL_PAGE, start_after=after
        )
        batch = store.batch()
        for session_id, data in rows:
            missing = {k: v for k, v in ORGANISING_FIELDS.items() if k not in data}
            if missing:
                batch.update(doc_path("sessions", session_id), missing)
                changed += 1
        batch.commit()
        if len(rows) < _BACKFILL_PAGE:
            break
        after = (rows[-1][1].get("created_date"), rows[-1][0])
    store.set(BACKFILL_MARK, {"created_date": utc_now(), "changed": changed})
    if changed:
        logger.info("Gave %d chat(s) stored before folders their pin and folder fields", changed)
    return changed
