"""Users: sign-in by API key, key rotation and deletion. Identity is a one-way hash of the key;
each user's texts are encrypted with a data key that only their API key can unwrap.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace

from api_util_crypto import (
    Cipher,
    DecryptionFailed,
    identity_hash,
    new_data_key,
    unwrap_data_key,
    wrap_data_key,
)
from api_util_firebase import AlreadyExists, DocumentStore, doc_path, new_id, utc_now
from api_util_input import InvalidKeyFormat, normalize_api_key
from api_util_openai import LLMClient

logger = logging.getLogger(__name__)

USER_HASH_TYPE = "open_ai_key"
_MAX_BATCH_WRITES = 400  # Firestore allows 500 writes per batch


class UserError(Exception):
    """Base class of account errors; the message is fit to show."""


class UserNotFound(UserError):
    """No account belongs to that API key."""


class KeyAlreadyInUse(UserError):
    """The new key of a rotation already belongs to an account."""


class SharedKeyProvider(UserError):
    """The provider accepts any key, so a key cannot stand for one person."""


SHARED_KEY_MESSAGE = (
    "This server's AI provider accepts any API key, so a key cannot tell people apart: everyone "
    "typing the same one would share one account and its history. Sign-in stays off until the "
    "operator sets GPTLAB_ALLOW_SHARED_KEYS=1, which suits a private, single-person deployment."
)


class BadKeyFormat(UserError):
    """The key holds characters no API key has."""


class AccountUnreadable(UserError):
    """The account exists but its key material does not open with this API key."""


@dataclass(frozen=True)
class User:
    """A signed-in user. Lives in session memory only: the cipher must never be stored."""

    user_id: str
    cipher: Cipher = field(repr=False)
    models: tuple[str, ...] = ()
    shared_key: bool = False  # the provider accepts any key: whoever types it shares this account


def clean_api_key(raw: str) -> str:
    """The key as pasted, minus invisible characters; BadKeyFormat if it cannot be a key."""
    try:
        return normalize_api_key(raw)
    except InvalidKeyFormat as error:
        raise BadKeyFormat(str(error)) from None


def _find_user(store: DocumentStore, api_key: str, global_salt: str) -> tuple[str, str] | None:
    """(user_id, wrapped data key) for this key, or None if the key has no account."""
    link = store.get_or_none(doc_path("user_hash", identity_hash(api_key, global_salt)))
    if link is None:
        return None
    user = store.get_or_none(doc_path("users", link["user_id"]))
    if user is None or not user.get("wrapped_data_key"):
        raise AccountUnreadable("This account's data is no longer available.")
    return link["user_id"], user["wrapped_data_key"]


def _open(user_id: str, wrapped: str, api_key: str, global_salt: str, models) -> User:
    try:
        data_key = unwrap_data_key(wrapped, api_key, global_salt)
    except DecryptionFailed:
        raise AccountUnreadable("This account's data does not open with this key.") from None
    return User(user_id=user_id, cipher=Cipher(data_key), models=tuple(models))


def _key_identifies(llm: LLMClient, allow_shared_keys: bool) -> bool:
    """False when the provider takes any key and the deployment allows that; raises when it
    takes any key and the deployment does not."""
    if not llm.accepts_any_key():
        return True
    if not allow_shared_keys:
        raise SharedKeyProvider(SHARED_KEY_MESSAGE)
    return False


def get_create_user(
    api_key: str,
    llm: LLMClient,
    store: DocumentStore,
    global_salt: str = "",
    allow_shared_keys: bool = False,
) -> User:
    """Validate the key with the provider, then find or create its user (exactly one per key)."""
    models = llm.list_models()
    shared = not _key_identifies(llm, allow_shared_keys)
    found = _find_user(store, api_key, global_salt)
    if found:
        return replace(_open(*found, api_key, global_salt, models), shared_key=shared)

    user_hash = identity_hash(api_key, global_salt)
    user_id = new_id()
    data_key = new_data_key()
    now = utc_now()
    batch = store.batch()
    # The user_hash document is the uniqueness check: if a racing sign-in created it first,
    # this whole batch fails and the winner's account is used.
    batch.create(
        doc_path("user_hash", user_hash),
        {"user_hash_type": USER_HASH_TYPE, "created_date": now, "user_id": user_id},
    )
    batch.create(
        doc_path("users", user_id),
        {
            "user_hash": user_hash,
            "wrapped_data_key": wrap_data_key(data_key, api_key, global_salt),
            "created_date": now,
            "last_modified_date": now,
            "sessions_started": 0,
            "sessions_ended": 0,
            "bots_created": 0,
        },
    )
    try:
        batch.commit()
    except AlreadyExists:
        logger.info("Concurrent first sign-in: using the account created by the other request")
        found = _find_user(store, api_key, global_salt)
        if not found:
            raise
        return replace(_open(*found, api_key, global_salt, models), shared_key=shared)
    return User(user_id=user_id, cipher=Cipher(data_key), models=tuple(models), shared_key=shared)


def rotate_key(
    old_key: str, new_key: str, new_llm: LLMClient, store: DocumentStore, global_salt: str = ""
) -> User:
    """Move an account to a new API key, keeping its history; the old key stops signing in.

    The old key is not checked with the provider (it may already be revoked): holding it is
    proven by unwrapping the account's data key with it.
    """
    if old_key.strip() == new_key.strip():
        raise KeyAlreadyInUse("The new key is the same as the current one.")
    models = new_llm.list_models()
    found = _find_user(store, old_key, global_salt)
    if not found:
        raise UserNotFound("No account belongs to the current key.")
    user_id, wrapped = found
    user = _open(user_id, wrapped, old_key, global_salt, models)
    new_hash = identity_hash(new_key, global_salt)
    batch = store.batch()
    batch.create(
        doc_path("user_hash", new_hash),
        {"user_hash_type": USER_HASH_TYPE, "created_date": utc_now(), "user_id": user_id},
    )
    batch.delete(doc_path("user_hash", identity_hash(old_key, global_salt)))
    batch.update(
        doc_path("users", user_id),
        {
            "user_hash": new_hash,
            "last_modified_date": utc_now(),
            "wrapped_data_key": wrap_data_key(user.cipher.data_key, new_key, global_salt),
        },
    )
    try:
        batch.commit()
    except AlreadyExists:
        raise KeyAlreadyInUse("That new key already belongs to another account.") from None
    return user


def delete_user(api_key: str, store: DocumentStore, global_salt: str = "") -> None:
    """Erase an account: the wrapped key first (nothing is readable after that), then the
    sessions and messages, and the user's assistants are taken out of service."""
    found = _find_user(store, api_key, global_salt)
    if not found:
        raise UserNotFound("No account belongs to this key.")
    user_id, _ = found
    store.batch().delete(doc_path("user_hash", identity_hash(api_key, global_salt))).delete(
        doc_path("users", user_id)
    ).commit()

    batch = store.batch()
    for session_id, _ in store.query("sessions", {"user_id": user_id}):
        for message_id, _ in store.query(f"sessions/{session_id}/messages"):
            batch.delete(doc_path("sessions", session_id, "messages", message_id))
            batch = _flush_if_full(batch)
        batch.delete(doc_path("sessions", session_id))
        batch = _flush_if_full(batch)
    for bot_id, _ in store.query("bots", {"creator_user_id": user_id}):
        batch.update(
            doc_path("bots", bot_id),
            {"is_active": False, "showcased": False, "last_modified_date": utc_now()},
        )
        batch = _flush_if_full(batch)
    batch.commit()
    logger.info("Deleted an account and its sessions")


def _flush_if_full(batch):
    if len(batch) >= _MAX_BATCH_WRITES:
        batch.commit()
    return batch
