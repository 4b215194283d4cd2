"""The store's face: the document store GPT Lab needs, on Firestore or on embedded SQLite.

Pages, the UI and the other domains import the store from here. The code is in app/store/:
documents (paths, ids, sizes, errors), batches, the interface, one module per backend, and the
process-wide connection.
"""

from __future__ import annotations

from store.batches import BATCH_WRITES, WriteBatch, flush_if_full
from store.connection import get_store, open_store, set_store
from store.documents import (
    MAX_DOCUMENT_BYTES,
    QUERY_INDEXES,
    AlreadyExists,
    Document,
    DocumentNotFound,
    DocumentTooLarge,
    Increment,
    PreconditionFailed,
    StoreError,
    StoreStats,
    StoreUnavailable,
    doc_path,
    document_size,
    new_id,
    utc_now,
)
from store.firestore import FirestoreStore, make_firestore_client
from store.interface import DocumentStore
from store.sqlite import SQLiteStore

__all__ = [
    "AlreadyExists",
    "BATCH_WRITES",
    "Document",
    "DocumentNotFound",
    "DocumentStore",
    "DocumentTooLarge",
    "FirestoreStore",
    "Increment",
    "MAX_DOCUMENT_BYTES",
    "PreconditionFailed",
    "QUERY_INDEXES",
    "SQLiteStore",
    "StoreError",
    "StoreStats",
    "StoreUnavailable",
    "WriteBatch",
    "doc_path",
    "document_size",
    "flush_if_full",
    "get_store",
    "make_firestore_client",
    "new_id",
    "open_store",
    "set_store",
    "utc_now",
]
