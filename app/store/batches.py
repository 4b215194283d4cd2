"""Batches: writes that commit together or not at all.

Every write goes through a batch, so single writes and multi-document turns share one code path
and one notion of atomicity.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from store.documents import check_collection_path, check_document_path, check_field, new_id, utc_now

if TYPE_CHECKING:
    from store.interface import DocumentStore


@dataclass(frozen=True)
class BatchOp:
    kind: str  # create | set | update | merge | delete | delete_existing | require
    path: str
    data: Mapping[str, Any] | None = None


class WriteBatch:
    """Writes that commit together or not at all."""

    def __init__(self, store: DocumentStore) -> None:
        self._store = store
        self._ops: list[BatchOp] = []

    def create(self, path: str, data: Mapping[str, Any]) -> WriteBatch:
        """Create if absent; the whole batch fails with AlreadyExists otherwise."""
        check_document_path(path)
        self._ops.append(BatchOp("create", path, dict(data)))
        return self

    def set(self, path: str, data: Mapping[str, Any]) -> WriteBatch:
        check_document_path(path)
        self._ops.append(BatchOp("set", path, dict(data)))
        return self

    def update(self, path: str, data: Mapping[str, Any]) -> WriteBatch:
        """Change top-level fields of an existing document; values may be Increment."""
        check_document_path(path)
        for name in data:
            check_field(name)
        self._ops.append(BatchOp("update", path, dict(data)))
        return self

    def merge(self, path: str, data: Mapping[str, Any]) -> WriteBatch:
        """Change top-level fields, creating the document if it is absent (an Increment then
        counts from 0): for aggregates that the first event of a day or a version creates."""
        check_document_path(path)
        for name in data:
            check_field(name)
        self._ops.append(BatchOp("merge", path, dict(data)))
        return self

    def delete(self, path: str, must_exist: bool = False) -> WriteBatch:
        """Delete; with `must_exist` the whole batch fails with DocumentNotFound if the
        document is already gone (a token another writer took first)."""
        check_document_path(path)
        self._ops.append(BatchOp("delete_existing" if must_exist else "delete", path))
        return self

    def require(self, path: str) -> WriteBatch:
        """The batch commits only if this document exists (it is stamped, not changed);
        otherwise nothing is written and PreconditionFailed is raised. Asked twice, once."""
        check_document_path(path)
        if any(op.kind == "require" and op.path == path for op in self._ops):
            return self
        self._ops.append(BatchOp("require", path, {"checked_date": utc_now()}))
        return self

    def add(self, collection: str, data: Mapping[str, Any]) -> str:
        """Create a document with a new id in `collection` and return the id."""
        check_collection_path(collection)
        doc_id = new_id()
        self.create(f"{collection}/{doc_id}", data)
        return doc_id

    def __len__(self) -> int:
        return len(self._ops)

    def commit(self) -> None:
        if self._ops:
            self._store._commit_ops(self._ops)
            self._ops = []


BATCH_WRITES = 400  # Firestore allows 500 writes per batch; long jobs commit in steps


def flush_if_full(batch: WriteBatch) -> WriteBatch:
    """For jobs too big for one batch (deleting, importing): commit what is queued once the
    batch is nearly at Firestore's limit, and go on with the same (now empty) batch."""
    if len(batch) >= BATCH_WRITES:
        batch.commit()
    return batch
