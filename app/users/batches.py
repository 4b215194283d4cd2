"""User batches: writes that land only while the tab's key is still the account's key, so a tab
left open with a rotated-out key cannot write.
"""

from __future__ import annotations

from api_util_firebase import DocumentStore, PreconditionFailed, WriteBatch
from users.accounts import KeyRevoked, User


def user_batch(store: DocumentStore, user: User) -> WriteBatch:
    """A batch that writes only while the tab's key is still the account's key."""
    return store.batch().require(user.key_doc)


def commit_user_batch(batch: WriteBatch) -> None:
    try:
        batch.commit()
    except PreconditionFailed:
        raise KeyRevoked() from None
