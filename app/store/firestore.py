"""The Google Cloud Firestore backend: production, or an emulator when FIRESTORE_EMULATOR_HOST
is set.
"""

from __future__ import annotations

from typing import Any

from i18n import tr
from settings import Settings
from store.batches import BatchOp
from store.documents import (
    AlreadyExists,
    Document,
    DocumentNotFound,
    Increment,
    PreconditionFailed,
    StoreError,
    StoreUnavailable,
)
from store.interface import DocumentStore

_STORE_TIMEOUT_SECONDS = 10.0


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
            return AlreadyExists(tr("That document already exists."))
        if isinstance(exc, errors.NotFound):
            return DocumentNotFound(tr("No document has that id."))
        if isinstance(exc, errors.InvalidArgument | errors.FailedPrecondition):
            return StoreError(tr("The database refused the request: {reason}", reason=exc.message))
        return StoreUnavailable(tr("The database is unavailable right now. Please try again."))

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
            raise DocumentNotFound(tr("No document has that id."))
        return snap.to_dict() or {}

    def _query(self, collection, where, order_by, descending, limit, start_after=None):
        from google.cloud.firestore_v1.base_query import FieldFilter

        query = self._client.collection(collection)
        for name, value in where.items():
            query = query.where(filter=FieldFilter(name, "==", value))
        if order_by:
            direction = self._firestore.Query.DESCENDING if descending else "ASCENDING"
            for name in order_by:
                query = query.order_by(name, direction=direction)
            query = query.order_by("__name__", direction=direction)
        if start_after is not None:
            values, last_id = start_after
            query = query.start_after(
                {**dict(zip(order_by, values, strict=True)), "__name__": last_id}
            )
        if limit is not None:
            query = query.limit(limit)

        def run() -> list[tuple[str, Document]]:
            return [
                (doc.id, doc.to_dict() or {})
                for doc in query.stream(retry=self._retry, timeout=_STORE_TIMEOUT_SECONDS)
            ]

        return self._call(run)

    def _commit(self, ops: list[BatchOp]) -> None:
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
                raise PreconditionFailed(tr("A document this change requires is gone.")) from None
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
