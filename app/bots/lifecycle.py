"""Who sees an assistant, and the end of its life: visibility, showcase requests, archive, delete.

Visibility is Private (only the creator opens it), Unlisted (anyone with the code or link) or
Showcased (in the Lounge). Creators choose the first two and ask for the third; an operator
approves with `python -m app.manage showcase CODE`. `showcased` stays a field of its own because
the Lounge queries it; it is true only while the assistant is showcased and not archived.
"""

from __future__ import annotations

from typing import Any

from api_util_firebase import DocumentStore, doc_path, flush_if_full, utc_now
from bots.codes import normalize_code
from bots.draft import BotError
from bots.knowledge_sets import delete_own_texts
from bots.profiles import (
    VISIBILITY_PRIVATE,
    VISIBILITY_SHOWCASED,
    VISIBILITY_UNLISTED,
    BotProfile,
    owned_bot,
    profile_of,
    stored_bot,
    visibility_of,
)
from i18n import tr

# Everything stored under an assistant; deleting it (or its creator's account) removes all.
BOT_CHILDREN = (
    "prompts",
    "model_configs",
    "knowledge",
    "versions",
    "days",
    "counter_shards",
    "test_chats",
)


class ShowcaseNotAllowed(BotError):
    """Private and archived assistants cannot be showcased."""


def _update(store: DocumentStore, bot_id: str, fields: dict[str, Any]) -> None:
    store.update(
        doc_path("bots", normalize_code(bot_id)), {**fields, "last_modified_date": utc_now()}
    )


def set_visibility(store: DocumentStore, user_id: str, bot_id: str, visibility: str) -> None:
    """The creator's choice: Private or Unlisted. Leaving the showcase is one click; entering
    it takes a request and an operator."""
    if visibility not in (VISIBILITY_PRIVATE, VISIBILITY_UNLISTED):
        raise ShowcaseNotAllowed(tr("To be showcased in the Lounge, use Request showcase."))
    data = owned_bot(store, user_id, bot_id)
    fields: dict[str, Any] = {"visibility": visibility, "showcased": False}
    if visibility == VISIBILITY_PRIVATE or visibility_of(data) == VISIBILITY_SHOWCASED:
        fields.update(showcase_requested=False, showcase_requested_date=None)
    _update(store, bot_id, fields)


def request_showcase(store: DocumentStore, user_id: str, bot_id: str) -> None:
    data = owned_bot(store, user_id, bot_id)
    if data.get("archived"):
        raise ShowcaseNotAllowed(tr("Archived assistants cannot be showcased. Unarchive it first."))
    if visibility_of(data) == VISIBILITY_SHOWCASED:
        raise ShowcaseNotAllowed(tr("This assistant is already showcased in the Lounge."))
    if visibility_of(data) == VISIBILITY_PRIVATE:
        raise ShowcaseNotAllowed(tr("Make it Unlisted first: a private assistant cannot be shown."))
    _update(store, bot_id, {"showcase_requested": True, "showcase_requested_date": utc_now()})


def showcase_requests(store: DocumentStore) -> list[BotProfile]:
    """Assistants waiting for an operator's review, oldest request first."""
    rows = store.query("bots", {"showcase_requested": True})
    requested = [
        (data.get("showcase_requested_date"), profile_of(bot_id, data)) for bot_id, data in rows
    ]
    requested.sort(key=lambda row: (row[0] is None, row[0] or 0))
    return [profile for _, profile in requested]


def set_showcased(store: DocumentStore, bot_id: str, showcased: bool) -> None:
    """The operator's decision (approving clears the request; hiding makes it Unlisted)."""
    data = stored_bot(store, bot_id)
    if showcased and (data.get("archived") or visibility_of(data) == VISIBILITY_PRIVATE):
        raise ShowcaseNotAllowed(tr("Private and archived assistants cannot be showcased."))
    _update(
        store,
        bot_id,
        {
            "visibility": VISIBILITY_SHOWCASED if showcased else VISIBILITY_UNLISTED,
            "showcased": showcased,
            "showcase_requested": False,
            "showcase_requested_date": None,
            # What the operator saw: a later edit leaves the Lounge again (bots.versions).
            "showcase_approved_version": int(data.get("version") or 1) if showcased else None,
        },
    )


def archive(store: DocumentStore, user_id: str, bot_id: str) -> None:
    """Out of every list; no new sessions or turns. Visitors keep reading their chats."""
    owned_bot(store, user_id, bot_id)
    _update(
        store,
        bot_id,
        {
            "archived": True,
            "showcased": False,
            "showcase_requested": False,
            "archived_date": utc_now(),
        },
    )


def unarchive(store: DocumentStore, user_id: str, bot_id: str) -> None:
    """Back in service; a showcased assistant returns to the Lounge."""
    data = owned_bot(store, user_id, bot_id)
    _update(
        store,
        bot_id,
        {
            "archived": False,
            "showcased": visibility_of(data) == VISIBILITY_SHOWCASED,
            "archived_date": None,
        },
    )


def delete_bot(store: DocumentStore, user_id: str, bot_id: str) -> None:
    """Remove the assistant with every prompt, config and version. Visitors' chats stay theirs
    to read; they can no longer go on. Taken out of service first, so a deletion cut short
    leaves an archived assistant its creator can delete again."""
    data = owned_bot(store, user_id, bot_id)
    bot_id = normalize_code(bot_id)
    if not data.get("deleting"):
        _update(store, bot_id, {"deleting": True, "archived": True, "showcased": False})
    delete_bot_documents(store, bot_id)


def delete_bot_documents(store: DocumentStore, bot_id: str) -> None:
    """Every document of an assistant, in batches, the bot itself last; safe to run again.
    First the knowledge texts that no other assistant of its creator uses (the versions that
    name them go after, so a deletion cut short and run again still finds them)."""
    delete_own_texts(store, bot_id)
    batch = store.batch()
    for child in BOT_CHILDREN:
        for child_id, _ in store.query(f"bots/{bot_id}/{child}"):
            batch.delete(doc_path("bots", bot_id, child, child_id))
            batch = flush_if_full(batch)
    batch.delete(doc_path("bots", bot_id))
    batch.commit()
    store.purge_deleted()
