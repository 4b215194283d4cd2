"""The embedded SQLite backend: every collection in one file as JSON documents, the no-setup
default.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from i18n import tr
from store.batches import BatchOp
from store.documents import (
    QUERY_INDEXES,
    AlreadyExists,
    Document,
    DocumentNotFound,
    Increment,
    PreconditionFailed,
    StoreUnavailable,
    check_size,
)
from store.interface import DocumentStore

_DATETIME_TAG = "__datetime__"


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return {_DATETIME_TAG: value.astimezone(UTC).isoformat(timespec="microseconds")}
    if isinstance(value, Mapping):
        return {key: _encode(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_encode(item) for item in value]
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        if len(value) == 1 and _DATETIME_TAG in value:
            return datetime.fromisoformat(value[_DATETIME_TAG])
        return {key: _decode(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_decode(item) for item in value]
    return value


def _field_expression(name: str) -> str:
    return f"json_extract(data, '$.{name}')"


def _order_expression(name: str) -> str:
    """Datetimes are stored tagged; order by their ISO text, other values as they are."""
    return (
        f"COALESCE(json_extract(data, '$.{name}.{_DATETIME_TAG}'), json_extract(data, '$.{name}'))"
    )


def _comparable(value: Any) -> Any:
    value = _encode(value)
    value = value[_DATETIME_TAG] if isinstance(value, dict) else value
    return int(value) if isinstance(value, bool) else value


def _after(
    order_by: tuple[str, ...], values: tuple[Any, ...], last_id: str, beyond: str
) -> tuple[str, list[Any]]:
    """Rows past the cursor, in the order's sense: (a, b, id) compared lexicographically."""
    keys = [*(_order_expression(name) for name in order_by), "id"]
    wanted = [*(_comparable(v) for v in values), last_id]
    alternatives, params = [], []
    for depth in range(len(keys)):
        equal = [f"{key} = ?" for key in keys[:depth]]
        alternatives.append("(" + " AND ".join([*equal, f"{keys[depth]} {beyond} ?"]) + ")")
        params += [*wanted[:depth], wanted[depth]]
    return "(" + " OR ".join(alternatives) + ")", params


def _index_statement(collection: str, fields: tuple[str, ...], order_by: tuple[str, ...]) -> str:
    name = "idx_" + "_".join((collection, *fields, *order_by))
    columns = ", ".join(
        [*(_field_expression(f) for f in fields), *(_order_expression(o) for o in order_by), "id"]
    )
    # The collection column holds full paths; subcollections share the index by prefix use.
    return f"CREATE INDEX IF NOT EXISTS {name} ON documents (collection, {columns})"


def _split(path: str) -> tuple[str, str]:
    collection, _, doc_id = path.rpartition("/")
    return collection, doc_id


class SQLiteStore(DocumentStore):
    """One SQLite file holding every collection as JSON documents; the no-setup default."""

    backend_name = "sqlite"

    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self._conn = sqlite3.connect(
                self.path, check_same_thread=False, isolation_level=None, timeout=10
            )
            self._conn.execute("PRAGMA journal_mode=WAL")
            # Deleted rows are overwritten with zeros, not left in free pages.
            self._conn.execute("PRAGMA secure_delete=ON")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute(
                "CREATE TABLE IF NOT EXISTS documents ("
                " collection TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL,"
                " PRIMARY KEY (collection, id))"
            )
            for collection, fields, order_by in QUERY_INDEXES:
                self._conn.execute(_index_statement(collection, fields, order_by))
        except sqlite3.Error as exc:
            raise StoreUnavailable(
                tr("Cannot open the database file {path}: {reason}", path=self.path, reason=exc)
            ) from None
        # Streamlit runs each browser session in its own thread; one lock keeps them in line.
        self._lock = threading.RLock()

    def _get(self, path: str) -> Document:
        collection, doc_id = _split(path)
        with self._lock:
            row = self._execute(
                "SELECT data FROM documents WHERE collection = ? AND id = ?", (collection, doc_id)
            ).fetchone()
        if row is None:
            raise DocumentNotFound(tr("No document has that id."))
        return _decode(json.loads(row[0]))

    def _query(self, collection, where, order_by, descending, limit, start_after=None):
        sql = ["SELECT id, data FROM documents WHERE collection = ?"]
        params: list[Any] = [collection]
        for name, value in where.items():
            sql.append(f"AND {_field_expression(name)} = ?")
            params.append(int(value) if isinstance(value, bool) else value)
            if isinstance(value, bool):  # JSON true is 1 to SQLite: tell it from the number 1
                sql.append(f"AND json_type(data, '$.{name}') = ?")
                params.append("true" if value else "false")
        direction = "DESC" if descending else "ASC"
        if start_after is not None:
            condition, values = _after(order_by, *start_after, "<" if descending else ">")
            sql.append(f"AND {condition}")
            params += values
        if order_by:
            columns = [_order_expression(name) for name in order_by]
            sql.append("ORDER BY " + ", ".join(f"{c} {direction}" for c in [*columns, "id"]))
        if limit is not None:
            sql.append("LIMIT ?")
            params.append(int(limit))
        with self._lock:
            rows = self._execute(" ".join(sql), params).fetchall()
        return [(doc_id, _decode(json.loads(data))) for doc_id, data in rows]

    def _commit(self, ops: list[BatchOp]) -> None:
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                for op in ops:
                    self._apply(op)
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise

    def _apply(self, op: BatchOp) -> None:
        collection, doc_id = _split(op.path)
        if op.kind == "require":
            exists = self._execute(
                "SELECT 1 FROM documents WHERE collection = ? AND id = ?", (collection, doc_id)
            ).fetchone()
            if exists is None:
                raise PreconditionFailed(tr("A document this change requires is gone."))
            op = BatchOp("update", op.path, op.data)
        if op.kind == "delete_existing":
            exists = self._execute(
                "SELECT 1 FROM documents WHERE collection = ? AND id = ?", (collection, doc_id)
            ).fetchone()
            if exists is None:
                raise DocumentNotFound(tr("No document has that id."))
        if op.kind in ("delete", "delete_existing"):
            self._execute(
                "DELETE FROM documents WHERE collection = ? AND id = ?", (collection, doc_id)
            )
            return
        if op.kind in ("update", "merge"):
            row = self._execute(
                "SELECT data FROM documents WHERE collection = ? AND id = ?", (collection, doc_id)
            ).fetchone()
            if row is None and op.kind == "update":
                raise DocumentNotFound(tr("No document has that id."))
            data = json.loads(row[0]) if row is not None else {}
            for name, value in op.data.items():
                if isinstance(value, Increment):
                    data[name] = (data.get(name) or 0) + value.amount
                else:
                    data[name] = _encode(value)
            check_size(op.path, data)
            self._execute(
                "INSERT OR REPLACE INTO documents (collection, id, data) VALUES (?, ?, ?)",
                (collection, doc_id, json.dumps(data)),
            )
            return
        payload = json.dumps(_encode(_resolve_increments(op.data)))
        verb = "INSERT" if op.kind == "create" else "INSERT OR REPLACE"
        try:
            self._execute(
                f"{verb} INTO documents (collection, id, data) VALUES (?, ?, ?)",
                (collection, doc_id, payload),
            )
        except sqlite3.IntegrityError:
            raise AlreadyExists(tr("That document already exists.")) from None

    def _execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        try:
            return self._conn.execute(sql, params)
        except sqlite3.IntegrityError:
            raise
        except sqlite3.OperationalError as exc:
            raise StoreUnavailable(
                tr("The database is busy or unavailable: {reason}", reason=exc)
            ) from None

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def purge_deleted(self) -> None:
        """Copy the write-ahead log into the database and truncate it: the log still holds
        old versions of rewritten pages (a wrapped key, a message) until then."""
        with self._lock:
            self._execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _resolve_increments(data: Mapping[str, Any]) -> dict[str, Any]:
    """Increment on a document being created counts from zero, as Firestore does."""
    return {k: (v.amount if isinstance(v, Increment) else v) for k, v in data.items()}
