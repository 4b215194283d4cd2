"""What a user's key spent, per calendar month (UTC), for the account's month-to-date total.

Every stored chat's write adds its tokens and estimated cost to `users/{id}/spend/{YYYY-MM}` in
the same batch, so the total is one point read and never a scan of sessions. Deleting a chat
does not take its cost back: the provider billed it.
"""

from __future__ import annotations

from datetime import datetime

from api_util_firebase import DocumentStore, WriteBatch, doc_path, utc_now
from api_util_openai import Spend
from users.accounts import User


def month_id(when: datetime | None = None) -> str:
    return (when or utc_now()).strftime("%Y-%m")


def month_path(user_id: str, when: datetime | None = None) -> str:
    return doc_path("users", user_id, "spend", month_id(when))


def add_month_spend(batch: WriteBatch, user_id: str, spend: Spend) -> None:
    """Add a chat's new spend to this month's total, in the chat's own batch."""
    if spend.tokens:
        batch.merge(month_path(user_id), {"month": month_id(), **spend.increments()})


def month_spend(store: DocumentStore, user: User, when: datetime | None = None) -> Spend:
    """This month's total so far (one point read)."""
    return Spend.from_document(store.get_or_none(month_path(user.user_id, when)) or {})
