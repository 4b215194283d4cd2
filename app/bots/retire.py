"""Retiring a version: a creator whose old version gave away a secret takes it out of use.

Its texts (prompt, summary prompt, model settings) are deleted unless a version still in use
shares them; its record stays, marked retired, with its counters. Sessions started on it go on
with the active version: the assistant lists its retired versions, and a session on one of them
moves over at its next turn or resume (`sessions.chat`, `sessions.resume`).
"""

from __future__ import annotations

from typing import Any

from api_util_firebase import DocumentNotFound, DocumentStore, doc_path, utc_now
from bots.codes import normalize_code
from bots.draft import BotError
from bots.profiles import BotNotFound, active_pointers, retired_of
from bots.versions import POINTER_FIELDS, owned_live, version_data, version_rows
from i18n import tr

# Where each pointer's document lives under the assistant.
_COLLECTION_OF = {
    "active_initial_prompt_id": "prompts",
    "active_summary_prompt_id": "prompts",
    "active_model_config_id": "model_configs",
    "active_knowledge_id": "knowledge",
}


class CannotRetire(BotError):
    """The active version cannot be retired, nor one retired already."""


def retire_version(store: DocumentStore, user_id: str, bot_id: str, number: int) -> None:
    """Retire version `number` (not the active one): see the module doc. One batch."""
    bot_id = normalize_code(bot_id)
    bot = owned_live(store, user_id, bot_id)
    current = int(bot.get("version") or 1)
    if number == current:
        raise CannotRetire(
            tr(
                "Version {number} is the active version. Make another version active first "
                "(Restore), then retire this one.",
                number=number,
            )
        )
    record = version_data(store, bot_id, bot, number)  # VersionRetired, VersionNotFound
    still_used = _documents_in_use(store, bot_id, bot, number)
    now = utc_now()
    batch = store.batch()
    for name in POINTER_FIELDS:
        doc_id = record.get(name)
        if doc_id and (name, doc_id) not in still_used:
            batch.delete(doc_path("bots", bot_id, _COLLECTION_OF[name], doc_id))
    batch.merge(
        doc_path("bots", bot_id, "versions", str(number)),
        {**record, "retired": True, "retired_date": now},
    )
    batch.update(
        doc_path("bots", bot_id),
        {
            "retired_versions": sorted(retired_of(bot) | {number}),
            "last_modified_date": now,
        },
    )
    try:
        batch.commit()
    except DocumentNotFound:
        raise BotNotFound(tr("That AI assistant was deleted.")) from None


def _documents_in_use(
    store: DocumentStore, bot_id: str, bot: dict[str, Any], number: int
) -> set[tuple[str, str]]:
    """(pointer, document id) of every version still in use and of the active one: versions
    share a document when a save left that text unchanged."""
    used = {(name, doc_id) for name, doc_id in active_pointers(bot).items() if doc_id}
    for row in version_rows(store, bot_id, bot):
        if int(row.get("number", 0)) != number and not row.get("retired"):
            used |= {(name, row[name]) for name in POINTER_FIELDS if row.get(name)}
    return used
