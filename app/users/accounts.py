"""Users: sign-in by API key. Identity is a one-way hash of the key; each user's texts are
encrypted with a data key that only their API key can unwrap.

An account's key generation lives in its own small document (`user_keys/{user}_{n}`): every
write of the user's data requires it, so once a rotation or an erasure removes it, tabs still
holding the old key can neither write nor read any more. Key rotation is in users.rotation,
erasure in account.erasure.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from babel.dates import format_date

from api_util_firebase import AlreadyExists, DocumentStore, doc_path, new_id, utc_now
from api_util_openai import InvalidApiKey, LLMClient
from i18n import current_language, tr, tr_noop
from text import InvalidKeyFormat, normalize_api_key
from users.crypto import (
    Cipher,
    DecryptionFailed,
    identity_hash,
    new_data_key,
    unwrap_data_key,
    wrap_data_key,
)
from users.moved_keys import moved_key_path, moved_on

logger = logging.getLogger(__name__)

USER_HASH_TYPE = "open_ai_key"


class UserError(Exception):
    """Base class of account errors; the message is fit to show."""


class UserNotFound(UserError):
    """No account belongs to that API key."""


class KeyAlreadyInUse(UserError):
    """The new key of a rotation already belongs to an account."""


class SharedKeyProvider(UserError):
    """The provider accepts any key, so a key cannot stand for one person."""


SHARED_KEY_MESSAGE = tr_noop(
    "This server's AI provider accepts any API key, so a key cannot tell people apart: everyone "
    "typing the same one would share one account and its history. Sign-in stays off until the "
    "operator sets GPTLAB_ALLOW_SHARED_KEYS=1, which suits a private, single-person deployment."
)


class BadKeyFormat(UserError):
    """The key holds characters no API key has."""


class KeyRevoked(UserError):
    """The account moved to another key (or was erased) after this tab signed in."""

    def __init__(self) -> None:
        super().__init__(
            tr(
                "This account now uses another API key (changed in another tab or device), or its "
                "data was deleted. Sign in again with the current key."
            )
        )


class RefusedKeyOpensAccount(UserError):
    """The provider refused the key, yet it opens a GPT Lab account (revoked after a visit)."""

    def __init__(self) -> None:
        super().__init__(
            tr(
                "Your provider no longer accepts this key, but it opens a GPT Lab account: sign in "
                "with your new key and bring your chats over."
            )
        )


class KeyMoved(UserError):
    """This key's account moved to another key: its chats open with that one now."""

    def __init__(self, moved: datetime | None, accepted: bool) -> None:
        if isinstance(moved, datetime):
            text = tr(
                "The chats of this key were moved to a newer API key on {day}. Sign in with that "
                "key to see them.",
                day=_long_day(moved),
            )
        else:
            text = tr(
                "The chats of this key were moved to a newer API key. Sign in with that key to "
                "see them."
            )
        if accepted:
            text += " " + tr(
                "This key still works with your provider: you can also open a new, empty "
                "GPT Lab account with it."
            )
        super().__init__(text)
        self.accepted = accepted  # the provider took the key: a new account may be opened


def _long_day(moment: datetime) -> str:
    """ "2 December 2026", "2026年12月2日": the day of a move, with its month spelled out."""
    # Translators: a CLDR date pattern (d day, MMMM month name, y year); write the order and
    # words your language uses for a full date, e.g. "y年M月d日" or "d 'de' MMMM 'de' y".
    return format_date(moment, tr("d MMMM y"), locale=current_language())


class AccountUnreadable(UserError):
    """The account exists but its key material does not open with this API key."""


@dataclass(frozen=True)
class User:
    """A signed-in user. Lives in session memory only: the cipher must never be stored."""

    user_id: str
    cipher: Cipher = field(repr=False)
    models: tuple[str, ...] = ()
    shared_key: bool = False  # the provider accepts any key: whoever types it shares this account
    key_generation: int = 0
    rotation_pending: bool = False  # texts under a retired data key remain to be re-encrypted
    created: bool = False  # this sign-in made the account: a key GPT Lab had not seen before

    @property
    def key_doc(self) -> str:
        """The document every write of this user's data requires (see the module doc)."""
        return key_doc_path(self.user_id, self.key_generation)


def key_doc_path(user_id: str, generation: int) -> str:
    return doc_path("user_keys", f"{user_id}_{generation}")


def clean_api_key(raw: str) -> str:
    """The key as pasted, minus invisible characters; BadKeyFormat if it cannot be a key."""
    try:
        return normalize_api_key(raw)
    except InvalidKeyFormat as error:
        raise BadKeyFormat(
            tr(
                "That key contains characters an API key never has ({characters}). Copy it "
                "again from your provider's page.",
                characters=error.characters,
            )
        ) from None


def key_has_account(store: DocumentStore, api_key: str, global_salt: str) -> bool:
    """Whether this key's identity hash names an account (one point read; nothing stored)."""
    return store.get_or_none(doc_path("user_hash", identity_hash(api_key, global_salt))) is not None


def find_account(
    store: DocumentStore, api_key: str, global_salt: str
) -> tuple[str, dict[str, Any]] | None:
    """(user_id, user document) for this key, or None if the key has no account."""
    link = store.get_or_none(doc_path("user_hash", identity_hash(api_key, global_salt)))
    if link is None:
        return None
    user = store.get_or_none(doc_path("users", link["user_id"]))
    if user is None or not user.get("wrapped_data_key"):
        raise AccountUnreadable(tr("This account's data is no longer available."))
    return link["user_id"], user


def open_account(
    store: DocumentStore,
    user_id: str,
    data: dict[str, Any],
    api_key: str,
    global_salt: str,
    models: Sequence[str] = (),
) -> User:
    """The signed-in user: the data key (and any retired ones) unwrapped with the API key."""
    try:
        data_key = unwrap_data_key(data["wrapped_data_key"], api_key, global_salt)
        previous = tuple(
            unwrap_data_key(wrapped, api_key, global_salt)
            for wrapped in data.get("previous_wrapped_keys") or ()
        )
    except DecryptionFailed:
        raise AccountUnreadable(tr("This account's data does not open with this key.")) from None
    user = User(
        user_id=user_id,
        cipher=Cipher(data_key, previous),
        models=tuple(models),
        key_generation=int(data.get("key_generation") or 0),
        rotation_pending=bool(previous),
    )
    if "key_generation" not in data:  # an account from before key generations: give it one
        try:
            store.create(user.key_doc, {"user_id": user_id, "created_date": utc_now()})
        except AlreadyExists:
            pass
    return user


def require_current_key(store: DocumentStore, user: User) -> None:
    """KeyRevoked unless this tab's key is still the account's key (one point read)."""
    if store.get_or_none(user.key_doc) is None:
        raise KeyRevoked()


def key_identifies(llm: LLMClient, allow_shared_keys: bool) -> bool:
    """False when the provider takes any key and the deployment allows that; raises when it
    takes any key and the deployment does not."""
    if not llm.accepts_any_key():
        return True
    if not allow_shared_keys:
        raise SharedKeyProvider(tr(SHARED_KEY_MESSAGE))
    return False


def get_create_user(
    api_key: str,
    llm: LLMClient,
    store: DocumentStore,
    global_salt: str = "",
    allow_shared_keys: bool = False,
    new_after_move: bool = False,
) -> User:
    """Validate the key with the provider, then find or create its user (exactly one per key).

    A key the provider refuses that still opens an account raises RefusedKeyOpensAccount, so
    its owner learns their history is there to bring over to a new key. A key whose account
    moved to another key raises KeyMoved, unless its owner asked for a new account with it
    (`new_after_move`).
    """
    try:
        models = llm.list_models()
    except InvalidApiKey:
        if key_has_account(store, api_key, global_salt):
            raise RefusedKeyOpensAccount() from None
        moved = moved_on(store, api_key, global_salt)
        if moved is not None:
            raise KeyMoved(moved, accepted=False) from None
        raise
    shared = not key_identifies(llm, allow_shared_keys)
    found = find_account(store, api_key, global_salt)
    if found:
        user = open_account(store, *found, api_key, global_salt, models)
        return replace(user, shared_key=shared)
    moved = moved_on(store, api_key, global_salt)
    if moved is not None and not new_after_move:
        raise KeyMoved(moved, accepted=True)

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
            "key_generation": 0,
            "created_date": now,
            "last_modified_date": now,
            "sessions_started": 0,
            "sessions_ended": 0,
            "bots_created": 0,
        },
    )
    batch.create(key_doc_path(user_id, 0), {"user_id": user_id, "created_date": now})
    batch.delete(moved_key_path(api_key, global_salt))  # the key opens an account again
    try:
        batch.commit()
    except AlreadyExists:
        logger.info("Concurrent first sign-in: using the account created by the other request")
        found = find_account(store, api_key, global_salt)
        if not found:
            raise
        return replace(open_account(store, *found, api_key, global_salt, models), shared_key=shared)
    return User(
        user_id=user_id,
        cipher=Cipher(data_key),
        models=tuple(models),
        shared_key=shared,
        created=True,
    )
