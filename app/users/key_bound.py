"""The store as one signed-in tab sees it: bound to the key generation the tab signed in with.

Once the account moves to another key (or is erased), a tab still holding the old key can
neither write (every batch requires the generation's document, atomically) nor read (reads
check the document, at most once per CHECK_SECONDS). It is told to sign in again
(KeyRevoked), whatever it tried: reading a hidden prompt, saving a version, exporting a card.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from api_util_firebase import Document, DocumentStore, PreconditionFailed, WriteBatch
from users.accounts import KeyRevoked, User

CHECK_SECONDS = 1.0  # a read may trust the last check this long (writes never do)


class KeyBoundStore(DocumentStore):
    """Delegates to the process's store; every commit requires the tab's key generation and
    reads fail with KeyRevoked once it is gone."""

    def __init__(
        self, store: DocumentStore, user: User, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__()
        self.inner, self.user = store, user
        self.stats = store.stats
        self.backend_name = store.backend_name
        self._clock = clock
        self._checked_at: float | None = None
        self._lock = threading.Lock()

    # ---- the check
    def _check(self) -> None:
        with self._lock:
            now = self._clock()
            if self._checked_at is not None and now - self._checked_at < CHECK_SECONDS:
                return
            if self.inner.get_or_none(self.user.key_doc) is None:
                self._checked_at = None
                raise KeyRevoked()
            self._checked_at = now

    # ---- backend hooks, delegated
    def _get(self, path: str) -> Document:
        self._check()
        return self.inner._get(path)

    def _query(
        self,
        collection: str,
        where: dict[str, Any],
        order_by: tuple[str, ...] | None,
        descending: bool,
        limit: int | None,
        start_after: tuple[tuple[Any, ...], str] | None = None,
    ) -> list[tuple[str, Document]]:
        self._check()
        return self.inner._query(collection, where, order_by, descending, limit, start_after)

    def batch(self) -> WriteBatch:
        return super().batch().require(self.user.key_doc)

    def _commit(self, ops: list[Any]) -> None:
        try:
            self.inner._commit(ops)
        except PreconditionFailed:
            if self.inner.get_or_none(self.user.key_doc) is None:
                raise KeyRevoked() from None
            raise

    def close(self) -> None:
        """The process's store outlives every tab: closing a tab's view closes nothing."""

    def purge_deleted(self) -> None:
        self.inner.purge_deleted()


def bound_store(store: DocumentStore, user: User) -> KeyBoundStore:
    """The store for this tab's user: see the module doc."""
    if isinstance(store, KeyBoundStore):
        store = store.inner
    return KeyBoundStore(store, user)
