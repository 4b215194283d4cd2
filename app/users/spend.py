"""What a user's key spent, per calendar month (UTC), for the account's month-to-date total.

Every stored chat's write adds its tokens and estimated cost to `users/{id}/spend/{YYYY-MM}` in
the same batch, so the total is one point read and never a scan of sessions. The Lab's calls
(test drive, Try the recap, leak test, Replay) store nothing else: each action adds its cost in
one small write of its own. Deleting a chat does not take its cost back: the provider billed it.
"""

from __future__ import annotations

import logging
from datetime import datetime

from api_util_firebase import DocumentStore, StoreError, WriteBatch, doc_path, utc_now
from api_util_openai import Spend
from users.accounts import User
from users.batches import commit_user_batch, user_batch

logger = logging.getLogger(__name__)


def month_id(when: datetime | None = None) -> str:
    return (when or utc_now()).strftime("%Y-%m")


def month_path(user_id: str, when: datetime | None = None) -> str:
    return doc_path("users", user_id, "spend", month_id(when))


def add_month_spend(batch: WriteBatch, user_id: str, spend: Spend) -> None:
    """Add a chat's new spend to this month's total, in the chat's own batch."""
    if spend.tokens:
        batch.merge(month_path(user_id), {"month": month_id(), **spend.increments()})


def add_lab_spend(store: DocumentStore, user: User, spend: Spend) -> bool:
    """Add the cost of calls that store nothing else (the Lab's) to this month's total: one
    write, none for no tokens. Whether it was written: a database that does not answer is
    logged, not raised, since the creator has what the provider billed for and the total is an
    estimate (a test drive carries it to its next turn). KeyRevoked is raised: the tab signs
    out."""
    if not spend.tokens:
        return True
    batch = user_batch(store, user)
    add_month_spend(batch, user.user_id, spend)
    try:
        commit_user_batch(batch)
    except StoreError as error:
        logger.warning("Could not add Lab calls to the month's total: %s", type(error).__name__)
        return False
    return True


def month_spend(store: DocumentStore, user: User, when: datetime | None = None) -> Spend:
    """This month's total so far (one point read)."""
    return Spend.from_document(store.get_or_none(month_path(user.user_id, when)) or {})
