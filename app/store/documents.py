"""The document store: the small CRUD surface GPT Lab needs, on Firestore or on embedded SQLite.

Documents live at slash-separated paths as in Firestore (`bots/{id}/prompts/{id}`). Values are
JSON types plus timezone-aware datetimes. Every write goes through a batch so that single writes
and multi-document turns share one code path and one notion of atomicity.
"""

from __future__ import annotations

import json
import logging
import re
import secrets
import sqlite3
import string
import threading
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from settings import Settings, get_settings

logger = logging.getLogger(__name__)

Document = dict[str, Any]
_ID_ALPHABET = string.ascii_letters + string.digits
_FIELD_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_STORE_TIMEOUT_SECONDS = 10.0
MAX_DOCUMENT_BYTES = 1_048_576  # Firestore's limit on one document, measured as it measures

# The composite indexes the app's queries need: equality fields, then the ordering field.
# firestore.indexes.json declares the same for Firestore (a test keeps the two in step); the
# SQLite store builds matching expression indexes.
QUERY_INDEXES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("sessions", ("user_id", "bot_id"), "created_date"),
    ("sessions", ("user_id",), "created_date"),
    ("bots", ("is_active", "showcased"), "created_date"),
    ("bots", ("is_active", "creator_user_id"), "created_date"),
    ("bots", ("is_active",), "created_date"),
)


class StoreError(Exception):
    """Base class of document-store errors."""


class DocumentNotFound(StoreError):
    """The document does not exist, or its path cannot name a document."""


class AlreadyExists(StoreError):
    """A create-if-absent found the document already there."""


class PreconditionFailed(StoreError):
    """A document a batch requires is gone, so none of the batch was written."""


class DocumentTooLarge(StoreError):
    """A document would pass Firestore's 1 MiB limit; both backends refuse it alike."""


class StoreUnavailable(StoreError):
    """The database cannot be reached or did not answer in time."""


@dataclass(frozen=True)
class Increment:
    """An atomic counter change, applied by the store, never read-modify-write by the caller."""

    amount: int = 1


@dataclass
class StoreStats:
    """Operation counts, for tests and benchmarks that check what a user action costs."""

    reads: int = 0
    queries: int = 0
    commits: int = 0
    writes: int = 0

    def reset(self) -> None:
        self.reads = self.queries = self.commits = self.writes = 0


def _value_size(value: Any) -> int:
    """A value's size as Firestore counts storage: strings are UTF-8 bytes plus one."""
    if isinstance(value, str):
        return len(value.encode("utf-8", "surrogatepass")) + 1
    if isinstance(value, bool) or value is None:
        return 1
    if isinstance(value, Mapping):
        return sum(len(str(k).encode("utf-8")) + 1 + _value_size(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return sum(_value_size(item) for item in value)
    if isinstance(value, bytes):
        return len(value)
    return 8  # numbers, timestamps, increments


def document_size(path: str, data: Mapping[str, Any]) -> int:
    """Bytes Firestore counts for a document at `path` holding `data`."""
    return len(path.encode("utf-8")) + 16 + _value_size(data) + 32


def _check_size(path: str, data: Mapping[str, Any]) -> None:
    size = document_size(path, data)
    if size > MAX_DOCUMENT_BYTES:
        raise DocumentTooLarge(
            f"A document would hold {size:,} bytes; the database allows {MAX_DOCUMENT_BYTES:,}."
        )


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    """A Firestore-style 20-character random id, made client side so a batch knows its ids."""
    return "".join(secrets.choice(_ID_ALPHABET) for _ in range(20))


def doc_path(*parts: str) -> str:
    """Join path segments, refusing empty ones or ones with '/' (they would name another doc)."""
    for part in parts:
        if not isinstance(part, str) or not part or "/" in part or part in {".", ".."}:
            raise DocumentNotFound("No document has that id.")
    return "/".join(parts)


def _check_document_path(path: str) -> None:
    segments = path.split("/")
    if len(segments) % 2 != 0:
        raise DocumentNotFound("No document has that id.")
    doc_path(*segments)


def _check_collection_path(path: str) -> None:
    segments = path.split("/")
    if len(segments) % 2 != 1:
        raise DocumentNotFound("No such collection.")
    doc_path(*segments)


def _check_field(name: str) -> None:
    if not _FIELD_NAME.match(name):
        raise ValueError(f"Unsupported field name {name!r}")


@dataclass(frozen=True)
class _Op:
    kind: str  # create | set | update | merge | delete | delete_existing | require
    path: str
    data: Mapping[str, Any] | None = None


class WriteBatch:
    """Writes that commit together or not at all."""

    def __init__(self, store: DocumentStore) -> None:
        self._store = store
        self._ops: list[_Op] = []

    def create(self, path: str, data: Mapping[str, Any]) -> WriteBatch:
        """Create if absent; the whole batch fails with AlreadyExists otherwise."""
        _check_document_path(path)
        self._ops.append(_Op("create", path, dict(data)))
        return self

    def set(self, path: str, data: Mapping[str, Any]) -> WriteBatch:
        _check_document_path(path)
        self._ops.append(_Op("set", path, dict(data)))
        return self

    def update(self, path: str, data: Mapping[str, Any]) -> WriteBatch:
        """Change top-level fields of an existing document; values may be Increment."""
        _check_document_path(path)
        for name in data:
            _check_field(name)
        self._ops.append(_Op("update", path, dict(data)))
        return self

    def merge(self, path: str, data: Mapping[str, Any]) -> WriteBatch:
        """Change top-level fields, creating the document if it is absent (an Increment then
        counts from 0): for aggregates that the first event of a day or a version creates."""
        _check_document_path(path)
        for name in data:
            _check_field(name)
        self._ops.append(_Op("merge", path, dict(data)))
        return self

    def delete(self, path: str, must_exist: bool = False) -> WriteBatch:
        """Delete; with `must_exist` the whole batch fails with DocumentNotFound if the
        document is already gone (a token another writer took first)."""
        _check_document_path(path)
        self._ops.append(_Op("delete_existing" if must_exist else "delete", path))
        return self

    def require(self, path: str) -> WriteBatch:
        """The batch commits only if this document exists (it is stamped, not changed);
        otherwise nothing is written and PreconditionFailed is raised."""
        _check_document_path(path)
        self._ops.append(_Op("require", path, {"checked_date": utc_now()}))
        return self

    def add(self, collection: str, data: Mapping[str, Any]) -> str:
        """Create a document with a new id in `collection` and return the id."""
        _check_collection_path(collection)
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


class DocumentStore(ABC):
    """What the collection modules may ask of a database. Both backends pass one contract suite."""

    backend_name = "abstract"

    def __init__(self) -> None:
        self.stats = StoreStats()

    # ---- reads
    def get(self, path: str) -> Document:
        _check_document_path(path)
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
        order_by: str | None = None,
        descending: bool = False,
        limit: int | None = None,
        start_after: tuple[Any, str] | None = None,
    ) -> list[tuple[str, Document]]:
        """Documents of one collection matching every equality filter, as (id, data) pairs.

        Ties in `order_by` are ordered by document id, in the same direction, so a page can go
        on from its last row: `start_after=(that row's order_by value, its id)`.
        """
        _check_collection_path(collection)
        where = dict(where or {})
        for name, value in where.items():
            _check_field(name)
            if not isinstance(value, str | int | float | bool):
                raise ValueError("Filters compare strings, numbers or booleans only.")
        if order_by is not None:
            _check_field(order_by)
        if start_after is not None and order_by is None:
            raise ValueError("A cursor needs an order.")
        if limit is not None and limit <= 0:
            return []
        self.stats.queries += 1
        return self._query(collection, where, order_by, descending, limit, start_after)

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

    def _commit_ops(self, ops: list[_Op]) -> None:
        for op in ops:
            if op.data is not None:
                _check_size(op.path, op.data)  # whole documents; SQLite checks merged updates
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
        order_by: str | None,
        descending: bool,
        limit: int | None,
        start_after: tuple[Any, str] | None = None,
    ) -> list[tuple[str, Document]]: ...

    @abstractmethod
    def _commit(self, ops: list[_Op]) -> None: ...

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release connections; the default has none."""

    def purge_deleted(self) -> None:  # noqa: B027 - optional hook
        """Make deleted and overwritten data unrecoverable from local files (SQLite's free
        pages and write-ahead log); a hosted database has none."""


# ---------------------------------------------------------------- SQLite backend

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


def _index_statement(collection: str, fields: tuple[str, ...], order_by: str) -> str:
    name = "idx_" + "_".join((collection, *fields, order_by))
    columns = ", ".join(
        [*(_field_expression(f) for f in fields), _order_expression(order_by), "id"]
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
            raise StoreUnavailable(f"Cannot open the database file {self.path}: {exc}") from None
        # Streamlit runs each browser session in its own thread; one lock keeps them in line.
        self._lock = threading.RLock()

    def _get(self, path: str) -> Document:
        collection, doc_id = _split(path)
        with self._lock:
            row = self._execute(
                "SELECT data FROM documents WHERE collection = ? AND id = ?", (collection, doc_id)
            ).fetchone()
        if row is None:
            raise DocumentNotFound("No document has that id.")
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
            value, last_id = start_after
            value = _encode(value)
            value = value[_DATETIME_TAG] if isinstance(value, dict) else value
            beyond = "<" if descending else ">"
            order = _order_expression(order_by)
            sql.append(f"AND ({order} {beyond} ? OR ({order} = ? AND id {beyond} ?))")
            params += [value, value, last_id]
        if order_by:
            sql.append(f"ORDER BY {_order_expression(order_by)} {direction}, id {direction}")
        if limit is not None:
            sql.append("LIMIT ?")
            params.append(int(limit))
        with self._lock:
            rows = self._execute(" ".join(sql), params).fetchall()
        return [(doc_id, _decode(json.loads(data))) for doc_id, data in rows]

    def _commit(self, ops: list[_Op]) -> None:
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

    def _apply(self, op: _Op) -> None:
        collection, doc_id = _split(op.path)
        if op.kind == "require":
            exists = self._execute(
                "SELECT 1 FROM documents WHERE collection = ? AND id = ?", (collection, doc_id)
            ).fetchone()
            if exists is None:
                raise PreconditionFailed("A document this change requires is gone.")
            op = _Op("update", op.path, op.data)
        if op.kind == "delete_existing":
            exists = self._execute(
                "SELECT 1 FROM documents WHERE collection = ? AND id = ?", (collection, doc_id)
            ).fetchone()
            if exists is None:
                raise DocumentNotFound("No document has that id.")
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
                raise DocumentNotFound("No document has that id.")
            data = json.loads(row[0]) if row is not None else {}
            for name, value in op.data.items():
                if isinstance(value, Increment):
                    data[name] = (data.get(name) or 0) + value.amount
                else:
                    data[name] = _encode(value)
            _check_size(op.path, data)
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
            raise AlreadyExists("That document already exists.") from None

    def _execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        try:
            return self._conn.execute(sql, params)
        except sqlite3.IntegrityError:
            raise
        except sqlite3.OperationalError as exc:
            raise StoreUnavailable(f"The database is busy or unavailable: {exc}") from None

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


# ---------------------------------------------------------------- Firestore backend


class FirestoreStore(DocumentStore):
    """Google Cloud Firestore (production, or an emulator when FIRESTORE_EMULATOR_HOST is set)."""

    backend_name = "firestore"

    def __init__(self, client: Any) -> None:
        super().__init__()
        from google.api_core import exceptions as google_errors
        from google.api_core import retry as google_retry
        from google.cloud import firestore

        self._client = client
        self._firestore = firestore
        self._errors = google_errors
        # The client's own retries would wait minutes for a database that is gone; a page must
        # say so within seconds. Every call retries transient errors within this budget.
        self._retry = google_retry.Retry(
            predicate=google_retry.if_transient_error,
            initial=0.1,
            maximum=2.0,
            timeout=_STORE_TIMEOUT_SECONDS,
        )

    def _translate(self, exc: Exception) -> Exception:
        errors = self._errors
        if isinstance(exc, errors.AlreadyExists):
            return AlreadyExists("That document already exists.")
        if isinstance(exc, errors.NotFound):
            return DocumentNotFound("No document has that id.")
        if isinstance(exc, errors.InvalidArgument | errors.FailedPrecondition):
            return StoreError(f"The database refused the request: {exc.message}")
        return StoreUnavailable("The database is unavailable right now. Please try again.")

    def _call(self, fn: Any) -> Any:
        try:
            return fn()
        except (self._errors.GoogleAPIError, self._errors.RetryError) as exc:
            raise self._translate(exc) from None

    def _get(self, path: str) -> Document:
        snap = self._call(
            lambda: self._client.document(path).get(
                retry=self._retry, timeout=_STORE_TIMEOUT_SECONDS
            )
        )
        if not snap.exists:
            raise DocumentNotFound("No document has that id.")
        return snap.to_dict() or {}

    def _query(self, collection, where, order_by, descending, limit, start_after=None):
        from google.cloud.firestore_v1.base_query import FieldFilter

        query = self._client.collection(collection)
        for name, value in where.items():
            query = query.where(filter=FieldFilter(name, "==", value))
        if order_by:
            direction = self._firestore.Query.DESCENDING if descending else "ASCENDING"
            query = query.order_by(order_by, direction=direction)
            query = query.order_by("__name__", direction=direction)
        if start_after is not None:
            value, last_id = start_after
            query = query.start_after({order_by: value, "__name__": last_id})
        if limit is not None:
            query = query.limit(limit)

        def run() -> list[tuple[str, Document]]:
            return [
                (doc.id, doc.to_dict() or {})
                for doc in query.stream(retry=self._retry, timeout=_STORE_TIMEOUT_SECONDS)
            ]

        return self._call(run)

    def _commit(self, ops: list[_Op]) -> None:
        batch = self._client.batch()
        for op in ops:
            ref = self._client.document(op.path)
            if op.kind == "delete":
                batch.delete(ref)
                continue
            if op.kind == "delete_existing":
                batch.delete(ref, option=self._client.write_option(exists=True))
                continue
            data = {
                name: self._firestore.Increment(v.amount) if isinstance(v, Increment) else v
                for name, v in op.data.items()
            }
            if op.kind == "merge":
                batch.set(ref, data, merge=True)
                continue
            # An update fails on a missing document: that is what `require` asks for.
            getattr(batch, "update" if op.kind == "require" else op.kind)(ref, data)
        try:
            self._call(lambda: batch.commit(retry=self._retry, timeout=_STORE_TIMEOUT_SECONDS))
        except DocumentNotFound:
            required = [op.path for op in ops if op.kind == "require"]
            if any(self.get_or_none(path) is None for path in required):
                raise PreconditionFailed("A document this change requires is gone.") from None
            raise

    def close(self) -> None:
        self._client.close()


def make_firestore_client(settings: Settings) -> Any:
    """A Firestore client for the configured project, credentials or emulator."""
    from google.cloud import firestore

    kwargs: dict[str, Any] = {}
    if settings.firestore_database:
        kwargs["database"] = settings.firestore_database
    if settings.emulator_host:
        return firestore.Client(project=settings.firestore_project or "gptlab-dev", **kwargs)
    if settings.firestore_credentials_info:
        from google.oauth2 import service_account

        info = dict(settings.firestore_credentials_info)
        credentials = service_account.Credentials.from_service_account_info(info)
        project = settings.firestore_project or info.get("project_id")
        return firestore.Client(project=project, credentials=credentials, **kwargs)
    return firestore.Client(project=settings.firestore_project, **kwargs)


def open_store(settings: Settings) -> DocumentStore:
    """A new store for these settings (tests and tools; the app uses get_store)."""
    if settings.store_backend == "firestore":
        try:
            return FirestoreStore(make_firestore_client(settings))
        except Exception as exc:  # noqa: BLE001 - credential libraries raise many types
            logger.error("Cannot create the Firestore client: %s", type(exc).__name__)
            raise StoreUnavailable(
                "Cannot connect to Firestore: check the credentials and project settings."
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
