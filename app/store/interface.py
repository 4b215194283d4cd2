"""DocumentStore: the small CRUD surface GPT Lab needs. The SQLite and Firestore backends
implement it and pass one contract suite.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from typing import Any

from store.batches import BatchOp, WriteBatch
from store.documents import (
    Document,
    DocumentNotFound,
    Increment,
    StoreStats,
    check_collection_path,
    check_document_path,
    check_field,
    check_size,
)


class DocumentStore(ABC):
    """What the collection modules may ask of a database. Both backends pass one contract suite."""

    backend_name = "abstract"

    def __init__(self) -> None:
        self.stats = StoreStats()

    # ---- reads
    def get(self, path: str) -> Document:
        check_document_path(path)
        self.stats.reads += 1
        return self._get(path)

    def get_or_none(self, path: str) -> Document | None:
        try:
            return self.get(path)
        except DocumentNotFound:
            return None

    def query(
        self,
        collection: str,
        where: Mapping[str, Any] | None = None,
        order_by: str | tuple[str, ...] | None = None,
        descending: bool = False,
        limit: int | None = None,
        start_after: tuple[Any, str] | None = None,
    ) -> list[tuple[str, Document]]:
        """Documents of one collection matching every equality filter, as (id, data) pairs.

        Ties in `order_by` are ordered by document id, in the same direction, so a page can go
        on from its last row: `start_after=(that row's order_by value, its id)`. Ordered by
        several fields (all in one direction), the value is the tuple of that row's values.
        A document without an ordering field is left out by Firestore: write every field a
        query orders by.
        """
        check_collection_path(collection)
        where = dict(where or {})
        for name, value in where.items():
            check_field(name)
            if not isinstance(value, str | int | float | bool):
                raise ValueError("Filters compare strings, numbers or booleans only.")
        order = (order_by,) if isinstance(order_by, str) else tuple(order_by or ())
        for name in order:
            check_field(name)
        if start_after is not None:
            if not order:
                raise ValueError("A cursor needs an order.")
            values, last_id = start_after
            values = (values,) if isinstance(order_by, str) else tuple(values)
            if len(values) != len(order):
                raise ValueError("A cursor needs one value per ordering field.")
            start_after = (values, last_id)
        if limit is not None and limit <= 0:
            return []
        self.stats.queries += 1
        return self._query(collection, where, order or None, descending, limit, start_after)

    # ---- writes
    def batch(self) -> WriteBatch:
        return WriteBatch(self)

    def create(self, path: str, data: Mapping[str, Any]) -> None:
        self.batch().create(path, data).commit()

    def set(self, path: str, data: Mapping[str, Any]) -> None:
        self.batch().set(path, data).commit()

    def update(self, path: str, data: Mapping[str, Any]) -> None:
        self.batch().update(path, data).commit()

    def increment(self, path: str, **counters: int) -> None:
        self.update(path, {name: Increment(amount) for name, amount in counters.items()})

    def delete(self, path: str) -> None:
        self.batch().delete(path).commit()

    def add(self, collection: str, data: Mapping[str, Any]) -> str:
        batch = self.batch()
        doc_id = batch.add(collection, data)
        batch.commit()
        return doc_id

    def _commit_ops(self, ops: list[BatchOp]) -> None:
        for op in ops:
            if op.data is not None:
                check_size(op.path, op.data)  # whole documents; SQLite checks merged updates
        self.stats.commits += 1
        self.stats.writes += len(ops)
        # Preconditions first (required documents, then creates): Firestore commits a batch
        # atomically anyway, but the npm emulator applies writes one by one and would keep
        # those before a failing one.
        order = {"require": 0, "delete_existing": 0, "create": 1}
        self._commit(sorted(ops, key=lambda op: order.get(op.kind, 2)))

    # ---- backend hooks
    @abstractmethod
    def _get(self, path: str) -> Document: ...

    @abstractmethod
    def _query(
        self,
        collection: str,
        where: dict[str, Any],
        order_by: tuple[str, ...] | None,
        descending: bool,
        limit: int | None,
        start_after: tuple[tuple[Any, ...], str] | None = None,
    ) -> list[tuple[str, Document]]:
        """`order_by` and the cursor's values are tuples here, one per ordering field."""

    @abstractmethod
    def _commit(self, ops: list[BatchOp]) -> None: ...

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release connections; the default has none."""

    def purge_deleted(self) -> None:  # noqa: B027 - optional hook
        """Make deleted and overwritten data unrecoverable from local files (SQLite's free
        pages and write-ahead log); a hosted database has none."""
