"""What a document is: paths, ids, values and sizes as Firestore counts them, and the
store's errors.

Documents live at slash-separated paths as in Firestore (`bots/{id}/prompts/{id}`). Values are
JSON types plus timezone-aware datetimes.
"""

from __future__ import annotations

import re
import secrets
import string
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from i18n import format_number, tr

Document = dict[str, Any]
_ID_ALPHABET = string.ascii_letters + string.digits
_FIELD_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
MAX_DOCUMENT_BYTES = 1_048_576  # Firestore's limit on one document, measured as it measures

# The composite indexes the app's queries need: equality fields, then the ordering fields.
# firestore.indexes.json declares the same for Firestore (a test keeps the two in step); the
# SQLite store builds matching expression indexes.
_MY_CHATS_FILTERS = (  # My Chats: any of assistant, folder and status, pinned chats first
    (),
    ("bot_id",),
    ("folder_id",),
    ("status",),
    ("bot_id", "folder_id"),
    ("bot_id", "status"),
    ("folder_id", "status"),
    ("bot_id", "folder_id", "status"),
)
_MY_CHATS_ORDERS = ("last_modified_date", "created_date")  # last activity (default), start
QUERY_INDEXES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("sessions", ("user_id", "bot_id"), ("created_date",)),
    ("sessions", ("user_id",), ("created_date",)),
    *(
        ("sessions", ("user_id", *filters), ("pinned", order))
        for order in _MY_CHATS_ORDERS
        for filters in _MY_CHATS_FILTERS
    ),
    ("bots", ("is_active", "showcased"), ("created_date",)),
    ("bots", ("is_active", "creator_user_id"), ("created_date",)),
    ("bots", ("is_active",), ("created_date",)),
    ("counter_shards", ("scope",), ("date",)),
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


def check_size(path: str, data: Mapping[str, Any]) -> None:
    size = document_size(path, data)
    if size > MAX_DOCUMENT_BYTES:
        raise DocumentTooLarge(
            tr(
                "A document would hold {size} bytes; the database allows {limit}.",
                size=format_number(size),
                limit=format_number(MAX_DOCUMENT_BYTES),
            )
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
            raise DocumentNotFound(tr("No document has that id."))
    return "/".join(parts)


def check_document_path(path: str) -> None:
    segments = path.split("/")
    if len(segments) % 2 != 0:
        raise DocumentNotFound(tr("No document has that id."))
    doc_path(*segments)


def check_collection_path(path: str) -> None:
    segments = path.split("/")
    if len(segments) % 2 != 1:
        raise DocumentNotFound(tr("No such collection."))
    doc_path(*segments)


def check_field(name: str) -> None:
    if not _FIELD_NAME.match(name):
        raise ValueError(f"Unsupported field name {name!r}")
