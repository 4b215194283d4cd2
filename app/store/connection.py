"""The process-wide store, opened from the settings: one client per process, shared by every
browser session.
"""

from __future__ import annotations

import logging
import threading

from i18n import tr
from settings import Settings, get_settings
from store.documents import StoreUnavailable
from store.firestore import FirestoreStore, make_firestore_client
from store.interface import DocumentStore
from store.sqlite import SQLiteStore

logger = logging.getLogger(__name__)


def open_store(settings: Settings) -> DocumentStore:
    """A new store for these settings (tests and tools; the app uses get_store)."""
    if settings.store_backend == "firestore":
        try:
            return FirestoreStore(make_firestore_client(settings))
        except Exception as exc:  # noqa: BLE001 - credential libraries raise many types
            logger.error("Cannot create the Firestore client: %s", type(exc).__name__)
            raise StoreUnavailable(
                tr("Cannot connect to Firestore: check the credentials and project settings.")
            ) from None
    return SQLiteStore(settings.sqlite_path)


_store: DocumentStore | None = None
_store_lock = threading.Lock()


def get_store() -> DocumentStore:
    """The process-wide store: one client per process, shared by every browser session."""
    global _store
    with _store_lock:
        if _store is None:
            _store = open_store(get_settings())
        return _store


def set_store(store: DocumentStore | None) -> None:
    """Replace the process-wide store (tests, and tools that open their own)."""
    global _store
    with _store_lock:
        _store = store
