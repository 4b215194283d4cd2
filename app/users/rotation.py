"""Key rotation: the account moves to a new API key and a new data key.

1. One atomic batch moves the account: the new key's identity is created, the old one deleted,
   the old key generation's document deleted and the next one created (the precondition that
   makes one of two simultaneous rotations fail cleanly), and the new data key is stored
   wrapped under the new API key with the retired data keys beside it.
2. Every encrypted text is re-encrypted under the new data key, in batches that each require
   the new key generation (a later rotation stops this one, and takes the job over).
3. The retired data keys are dropped. If the process stops before that, the next sign-in with
   the new key finishes the job (`finish_rotation`).

When the new key already has an account that holds nothing (its owner signed in with it
first), a caller that passes `take_over` has that account's identity, key generation and user
document removed in the same batch, and adds its own writes for it (the erasure record of
account.key_move); an account that holds anything is never replaced (users.holders).

Tabs signed in with the old key lose access at their next action: every write requires the key
generation they signed in with, which step 1 deletes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from api_util_firebase import (
    AlreadyExists,
    DocumentNotFound,
    DocumentStore,
    PreconditionFailed,
    WriteBatch,
    doc_path,
    utc_now,
)
from api_util_openai import LLMClient
from i18n import tr
from users.accounts import (
    USER_HASH_TYPE,
    KeyAlreadyInUse,
    User,
    UserError,
    UserNotFound,
    find_account,
    key_doc_path,
    key_identifies,
    open_account,
)
from users.crypto import Cipher, DecryptionFailed, identity_hash, new_data_key, wrap_data_key
from users.drafts import draft_path
from users.holders import EmptyAccount, empty_account_of
from users.moved_keys import mark_moved

logger = logging.getLogger(__name__)

# Every encrypted field of a user's data, by collection ("*" is one of the user's sessions or
# assistants).
ENCRYPTED_FIELDS: dict[str, tuple[str, ...]] = {
    "sessions": ("messages_str", "recap", "title", "first_title", "custom_title"),
    "sessions/*/messages": ("message",),
    "bots/*/test_chats": ("messages",),
    "users/*/drafts": ("draft",),
    "users/*/folders": ("name",),  # My Chats' folder names
    "shared_chats": ("label",),  # the owner's name for a share link (its snapshot has its own key)
}
_BATCH_WRITES = 400  # Firestore allows 500 writes per batch

Progress = Callable[[int, int], None]
TakeOver = Callable[[WriteBatch, str], None]  # adds writes for the replaced account's id


class RotationConflict(UserError):
    """Another key change for the same account won the race."""


def rotate_key(
    old_key: str,
    new_key: str,
    new_llm: LLMClient,
    store: DocumentStore,
    global_salt: str = "",
    progress: Progress | None = None,
    allow_shared_keys: bool = False,
    take_over: TakeOver | None = None,
) -> User:
    """Move an account to a new API key and a new data key, keeping its history.

    The old key is not checked with the provider (it may already be revoked): holding it is
    proven by unwrapping the account's data key with it. With `take_over`, an empty account
    of the new key is replaced by the move (see the module doc).
    """
    if old_key.strip() == new_key.strip():
        raise KeyAlreadyInUse(tr("The old and the new key are the same key."))
    models = new_llm.list_models()
    key_identifies(new_llm, allow_shared_keys)  # one rule for sign-in and rotation
    found = find_account(store, old_key, global_salt)
    if not found:
        raise UserNotFound(tr("No GPT Lab account belongs to the old key."))
    current = open_account(store, *found, old_key, global_salt, models)
    target = empty_account_of(store, new_key, global_salt) if take_over else None
    retired = (current.cipher.data_key, *current.cipher.previous)
    moved = User(
        user_id=current.user_id,
        cipher=Cipher(new_data_key(), retired),
        models=current.models,
        key_generation=current.key_generation + 1,
        rotation_pending=True,
    )
    _move_account(store, current, moved, old_key, new_key, global_salt, target, take_over)
    logger.info("An account moved to a new key; re-encrypting its texts")
    return finish_rotation(store, moved, progress)


def _move_account(
    store: DocumentStore,
    current: User,
    moved: User,
    old_key: str,
    new_key: str,
    salt: str,
    target: EmptyAccount | None = None,
    take_over: TakeOver | None = None,
) -> None:
    now = utc_now()
    new_hash = identity_hash(new_key, salt)
    link = {"user_hash_type": USER_HASH_TYPE, "created_date": now, "user_id": moved.user_id}
    batch = store.batch()
    # First of the creates: if another rotation made this generation, nothing else is written.
    batch.create(moved.key_doc, {"user_id": moved.user_id, "created_date": now})
    if target is None:
        if store.get_or_none(doc_path("user_hash", new_hash)) is not None:
            raise KeyAlreadyInUse(tr("That new key already belongs to another account."))
        batch.create(doc_path("user_hash", new_hash), link)
    else:
        # The empty account must still be at the generation read: if it moved or was erased
        # meanwhile, nothing is written (RotationConflict below).
        batch.delete(key_doc_path(target.user_id, target.key_generation), must_exist=True)
        batch.set(doc_path("user_hash", new_hash), link)
        batch.delete(doc_path("users", target.user_id))
        batch.delete(draft_path(target.user_id))
        if take_over is not None:
            take_over(batch, target.user_id)
    batch.delete(doc_path("user_hash", identity_hash(old_key, salt)))
    mark_moved(batch, old_key, new_key, salt, moved.user_id, now)  # the old key says where
    # The generation this rotation read must still be there: a rotation that stalled while
    # others moved the account on (old->A, A->C) would otherwise commit over them.
    batch.delete(current.key_doc, must_exist=True)
    batch.update(
        doc_path("users", moved.user_id),
        {
            "user_hash": new_hash,
            "key_generation": moved.key_generation,
            "wrapped_data_key": wrap_data_key(moved.cipher.data_key, new_key, salt),
            "previous_wrapped_keys": [
                wrap_data_key(key, new_key, salt) for key in moved.cipher.previous
            ],
            "last_modified_date": now,
        },
    )
    try:
        batch.commit()
    except DocumentNotFound:
        raise RotationConflict(
            tr(
                "Another key change for this account happened first. Sign in with the key it "
                "used, or try again."
            )
        ) from None
    except AlreadyExists:
        link = store.get_or_none(doc_path("user_hash", new_hash))
        if link is None or link.get("user_id") == moved.user_id:
            raise RotationConflict(
                tr(
                    "Another key change for this account happened at the same moment. Sign in "
                    "with the key it used, or try again."
                )
            ) from None
        raise KeyAlreadyInUse(tr("That new key already belongs to another account.")) from None


def finish_rotation(store: DocumentStore, user: User, progress: Progress | None = None) -> User:
    """Re-encrypt whatever is still under a retired data key, then drop the retired keys.

    Safe to run again after an interruption: texts already moved are skipped.
    """
    if not user.cipher.previous:
        return user
    sessions = store.query("sessions", {"user_id": user.user_id})
    batch = _guarded_batch(store, user)
    for done, (session_id, data) in enumerate(sessions, start=1):
        _reencrypt(batch, user, doc_path("sessions", session_id), data, "sessions")
        batch = _flush_if_full(store, user, batch)
        for message_id, message in store.query(f"sessions/{session_id}/messages"):
            path = doc_path("sessions", session_id, "messages", message_id)
            _reencrypt(batch, user, path, message, "sessions/*/messages")
            batch = _flush_if_full(store, user, batch)
        if progress is not None:
            progress(done, len(sessions))
    for bot_id, _ in store.query("bots", {"creator_user_id": user.user_id}):
        for chat_id, chat in store.query(f"bots/{bot_id}/test_chats"):
            path = doc_path("bots", bot_id, "test_chats", chat_id)
            _reencrypt(batch, user, path, chat, "bots/*/test_chats")
            batch = _flush_if_full(store, user, batch)
    for folder_id, folder in store.query(f"users/{user.user_id}/folders"):
        path = doc_path("users", user.user_id, "folders", folder_id)
        _reencrypt(batch, user, path, folder, "users/*/folders")
    for link_id, link in store.query("shared_chats", {"user_id": user.user_id}):
        _reencrypt(batch, user, doc_path("shared_chats", link_id), link, "shared_chats")
        batch = _flush_if_full(store, user, batch)
    draft = store.get_or_none(draft_path(user.user_id))
    if draft is not None:
        _reencrypt(batch, user, draft_path(user.user_id), draft, "users/*/drafts")
    batch.update(doc_path("users", user.user_id), {"previous_wrapped_keys": []})
    _commit(batch)
    store.purge_deleted()
    logger.info("Key rotation finished")
    return User(
        user_id=user.user_id,
        cipher=Cipher(user.cipher.data_key),
        models=user.models,
        shared_key=user.shared_key,
        key_generation=user.key_generation,
    )


def _reencrypt(batch: WriteBatch, user: User, path: str, data: dict, kind: str) -> None:
    changes = {}
    for name in ENCRYPTED_FIELDS[kind]:
        token = data.get(name)
        if not token or user.cipher.is_current(token):
            continue
        try:
            changes[name] = user.cipher.reencrypt(token)
        except DecryptionFailed:
            logger.warning("A stored text opens with no key of its account; left as it is")
    if changes:
        batch.update(path, changes)


def _guarded_batch(store: DocumentStore, user: User) -> WriteBatch:
    return store.batch().require(user.key_doc)


def _flush_if_full(store: DocumentStore, user: User, batch: WriteBatch) -> WriteBatch:
    if len(batch) < _BATCH_WRITES:
        return batch
    _commit(batch)
    return _guarded_batch(store, user)


def _commit(batch: WriteBatch) -> None:
    try:
        batch.commit()
    except PreconditionFailed:
        raise RotationConflict(
            tr(
                "This account moved to yet another key while its texts were being re-encrypted; "
                "signing in with that key finishes the job."
            )
        ) from None
