"""The record of a card import under way, so that nothing it stored outlives a failure.

A card can need several batches. Before the first, `imports/{code}` records who imports under
that code; the last batch creates the assistant and deletes the record together. A failure in
between is cleaned up at once (`discard_import`); if the database fails for that too, or the
process dies, the record remains: the account's erasure finds it by its owner
(`unfinished_imports`), and start-up removes records older than an hour (`discard_stale_imports`).
"""

from __future__ import annotations

from datetime import timedelta

from api_util_firebase import DocumentStore, WriteBatch, doc_path, flush_if_full, utc_now
from bots.lifecycle import BOT_CHILDREN

IMPORTS = "imports"
STALE_AFTER = timedelta(hours=1)  # an import takes seconds; one older than this has died


def begin_import(store: DocumentStore, user_id: str, code: str) -> None:
    """Record the import before anything of it is stored (AlreadyExists if the code is taken
    by another import under way)."""
    store.create(doc_path(IMPORTS, code), {"user_id": user_id, "created_date": utc_now()})


def finish_import(batch: WriteBatch, code: str) -> None:
    """In the batch that creates the assistant: the import is no longer under way."""
    batch.delete(doc_path(IMPORTS, code))


def discard_import(store: DocumentStore, code: str) -> int:
    """Delete what an unfinished import stored, then its record; how many documents.

    An assistant under the code means the import did finish (a commit reported as failed may
    have been applied) or the code was someone else's: its documents are left alone."""
    removed = 0
    if store.get_or_none(doc_path("bots", code)) is None:
        batch = store.batch()
        for child in BOT_CHILDREN:
            for child_id, _ in store.query(f"bots/{code}/{child}"):
                batch.delete(doc_path("bots", code, child, child_id))
                batch = flush_if_full(batch)
                removed += 1
        batch.commit()
    store.delete(doc_path(IMPORTS, code))  # last: until then a rerun finds what is left
    if removed:
        store.purge_deleted()
    return removed


def unfinished_imports(store: DocumentStore, user_id: str) -> list[str]:
    """The codes of this user's imports that never finished."""
    return [code for code, _ in store.query(IMPORTS, {"user_id": user_id})]


def discard_stale_imports(store: DocumentStore, older_than: timedelta = STALE_AFTER) -> int:
    """Remove what imports that died long ago left (run at start-up); how many imports."""
    cutoff = utc_now() - older_than
    stale = [
        code
        for code, data in store.query(IMPORTS)
        if data.get("created_date") is None or data["created_date"] < cutoff
    ]
    for code in stale:
        discard_import(store, code)
    return len(stale)
