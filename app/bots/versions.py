"""Editing an assistant: save a new version, list the history, compare and restore.

A save stores new prompt or model-config documents only for what changed, records version n+1
(what changed, a note, which documents it uses) and moves the bot's pointers and details, all
in one batch. Version n+1 is created, never overwritten, so of two tabs saving over version n
one wins and the other is told (EditConflict). Restoring is a save that points at an old
version's documents: history only grows. Sessions keep the version they started with.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from api_util_firebase import (
    AlreadyExists,
    DocumentNotFound,
    DocumentStore,
    WriteBatch,
    doc_path,
    new_id,
    utc_now,
)
from bots.changes import changes_between, draft_of
from bots.codes import normalize_code
from bots.creation import DOCUMENT_KINDS, add_documents, details_of, version_document
from bots.draft import BotDraft, BotError, InvalidBot, validate_draft
from bots.knowledge_sets import require_texts
from bots.profiles import (
    VISIBILITY_SHOWCASED,
    VISIBILITY_UNLISTED,
    BotNotFound,
    active_pointers,
    load_config,
    owned_bot,
    profile_of,
    visibility_of,
)
from bots.stats import Counters, version_counters
from i18n import tr
from text import has_broken_characters, strip_bidi_controls

NOTE_MAX = 200
# What visitors see or what steers the assistant: a showcased assistant changed in any of these
# leaves the Lounge until an operator reviews the new version (its link keeps working).
REVIEWED_CHANGES = frozenset(
    {
        "prompt",
        "name",
        "tag line",
        "description",
        "summary prompt",
        "session type",
        "conversation starters",
        "knowledge",
    }
)
FIRST_NOTE = "First version"
POINTER_FIELDS = (
    "active_initial_prompt_id",
    "active_summary_prompt_id",
    "active_model_config_id",
    "active_knowledge_id",
)
POINTER_OF = dict(zip(DOCUMENT_KINDS, POINTER_FIELDS, strict=True))
# Which changes need a new prompt or config document (the rest live on the bot and version).
NEW_DOCUMENT_WHEN = {
    "initial_prompt": {"prompt", "allowed phrases", "sentence classes"},
    "summary_prompt": {"summary prompt"},
    "model_config": {"model settings"},
    "knowledge": {"knowledge"},
}


class EditConflict(BotError):
    """Another tab or window saved a newer version first."""


class NothingChanged(BotError):
    """The draft is the active version."""


class VersionNotFound(BotError):
    """No version of this assistant has that number."""


class VersionRetired(BotError):
    """The creator retired that version: its texts are deleted."""

    def __init__(self, number: int) -> None:
        super().__init__(tr("Version {number} was retired: its texts are deleted.", number=number))


@dataclass(frozen=True)
class Version:
    """One entry of an assistant's history, with the counters of sessions that used it."""

    number: int
    created_date: datetime | None
    note: str
    changed: tuple[str, ...]
    restored_from: int | None
    pointers: dict[str, str] = field(repr=False)
    details: dict[str, Any]
    counters: Counters
    retired: bool = False  # its texts are deleted; its sessions went on with the active one

    @property
    def open_sessions(self) -> int:
        """Sessions started on it and not concluded (some were only left open, not abandoned)."""
        return max(0, self.counters.sessions_started - self.counters.sessions_ended)


def clean_note(note: str) -> str:
    note = strip_bidi_controls(note or "").strip()
    if has_broken_characters(note):
        raise InvalidBot("note", "The note contains a broken character (half of an emoji).")
    if len(note) > NOTE_MAX:
        raise InvalidBot(
            "note",
            tr(
                "The note can be at most {maximum} characters ({length} now).",
                maximum=NOTE_MAX,
                length=len(note),
            ),
        )
    return note


def owned_live(store: DocumentStore, user_id: str, bot_id: str) -> dict[str, Any]:
    data = owned_bot(store, user_id, bot_id)
    if data.get("deleting"):
        raise BotNotFound(tr("That AI assistant is being deleted."))
    return data


def version_data(store: DocumentStore, bot_id: str, bot: dict[str, Any], number: int) -> dict:
    """A version's record; an assistant made before versions were stored has its version 1 in
    the bot's own pointers."""
    data = store.get_or_none(doc_path("bots", bot_id, "versions", str(number))) or {}
    if data.get("retired"):
        raise VersionRetired(number)
    if "details" not in data:
        if number != 1 or "version" in bot:
            raise VersionNotFound(tr("This assistant has no version {number}.", number=number))
        data = {
            **data,
            **version_document(
                1, bot.get("created_date"), FIRST_NOTE, (), active_pointers(bot), _details(bot)
            ),
        }
    return data


def _details(data: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": data.get("name", ""),
        "tag_line": data.get("tag_line", ""),
        "description": data.get("description", ""),
        "session_type": data.get("session_type"),
        "starters": list(data.get("starters") or ()),
    }


def _version(data: dict[str, Any], sharded: Counters | None = None) -> Version:
    """A version record, with the counters its shards hold (`bots.stats`)."""
    return Version(
        number=int(data["number"]),
        created_date=data.get("created_date"),
        note=data.get("note", ""),
        changed=tuple(data.get("changed") or ()),
        restored_from=data.get("restored_from"),
        pointers={name: data.get(name, "") for name in POINTER_FIELDS},
        details=dict(data.get("details") or {}),
        counters=Counters.from_document(data) + (sharded or Counters()),
        retired=bool(data.get("retired")),
    )


def version_rows(store: DocumentStore, bot_id: str, bot: dict[str, Any]) -> list[dict]:
    """Every version record, newest first (one query)."""
    rows = {
        int(data["number"]): data
        for _, data in store.query(f"bots/{bot_id}/versions", order_by="number")
        if "number" in data
    }
    if 1 not in rows or "details" not in rows[1]:
        rows[1] = version_data(store, bot_id, bot, 1)
    return [rows[number] for number in sorted(rows, reverse=True)]


def list_versions(store: DocumentStore, user_id: str, bot_id: str) -> list[Version]:
    """Every version, newest first (creator only)."""
    bot_id = normalize_code(bot_id)
    bot = owned_live(store, user_id, bot_id)
    sharded = version_counters(store, bot_id)
    return [
        _version(row, sharded.get(int(row["number"]))) for row in version_rows(store, bot_id, bot)
    ]


def version_history(
    store: DocumentStore, user_id: str, bot_id: str
) -> tuple[int, list[tuple[Version, BotDraft]]]:
    """The active number and every version with its texts, oldest first, for an export: each
    stored text is read once, however many versions share it."""
    bot_id = normalize_code(bot_id)
    bot = owned_live(store, user_id, bot_id)
    read: dict[str, dict[str, Any]] = {}
    history = [
        (_version(row), _draft_for(store, bot_id, bot, row, read))
        for row in reversed(version_rows(store, bot_id, bot))
        if not row.get("retired")  # its texts are gone, on purpose
    ]
    return int(bot.get("version") or 1), history


def version_draft(store: DocumentStore, user_id: str, bot_id: str, number: int) -> BotDraft:
    """A version as a draft (its texts and settings), for comparing."""
    bot_id = normalize_code(bot_id)
    bot = owned_live(store, user_id, bot_id)
    return _draft_for(store, bot_id, bot, version_data(store, bot_id, bot, number))


def _draft_for(
    store: DocumentStore,
    bot_id: str,
    bot: dict,
    version: dict,
    read: dict[str, dict[str, Any]] | None = None,
) -> BotDraft:
    details = version.get("details") or {}
    config = load_config(
        store,
        profile_of(bot_id, {**bot, **details}),
        {name: version.get(name, "") for name in POINTER_FIELDS},
        read,
    )
    return draft_of(config)


def save_changes(
    store: DocumentStore,
    user_id: str,
    bot_id: str,
    base_version: int,
    draft: BotDraft,
    note: str = "",
    allowed_models: list[str] | tuple[str, ...] | None = None,
) -> int:
    """Make the draft the active version; its number. `base_version` is the version the editor
    loaded: if another save came first, nothing is written and EditConflict says so."""
    draft = validate_draft(draft, allowed_models)
    note = clean_note(note)
    bot_id = normalize_code(bot_id)
    bot = owned_live(store, user_id, bot_id)
    current = int(bot.get("version") or 1)
    if current != base_version:
        raise _conflict(current)
    active = _draft_for(store, bot_id, bot, version_data(store, bot_id, bot, current))
    changed = changes_between(active, draft)
    if not changed:
        raise NothingChanged(
            tr(
                "Nothing changed since version {number}: there is nothing to save.",
                number=current,
            )
        )
    pointers = dict(active_pointers(bot))
    new_documents = [
        kind
        for kind, labels in NEW_DOCUMENT_WHEN.items()
        if labels & set(changed)  # only what changed gets a new document
    ]
    for kind in new_documents:
        pointers[POINTER_OF[kind]] = "" if kind == "knowledge" and not draft.knowledge else new_id()
    require_texts(store, user_id, draft.knowledge)
    now = utc_now()
    batch = _version_batch(store, bot_id, bot, current, pointers, draft, note, changed, now)
    add_documents(batch, bot_id, draft, pointers, now, new_documents, user_id)
    return _commit_version(batch, current)


def restore_version(
    store: DocumentStore, user_id: str, bot_id: str, number: int, base_version: int
) -> int:
    """Make an old version active again as a new version; its number."""
    bot_id = normalize_code(bot_id)
    bot = owned_live(store, user_id, bot_id)
    current = int(bot.get("version") or 1)
    if current != base_version:
        raise _conflict(current)
    if number == current:
        raise NothingChanged(tr("Version {number} is already the active version.", number=number))
    target = version_data(store, bot_id, bot, number)
    restored = _draft_for(store, bot_id, bot, target)
    active = _draft_for(store, bot_id, bot, version_data(store, bot_id, bot, current))
    pointers = {name: target.get(name, "") for name in POINTER_FIELDS}
    batch = _version_batch(
        store,
        bot_id,
        bot,
        current,
        pointers,
        restored,
        f"Restored version {number}",
        changes_between(active, restored),
        utc_now(),
        restored_from=number,
    )
    return _commit_version(batch, current)


def _version_batch(
    store: DocumentStore,
    bot_id: str,
    bot: dict[str, Any],
    current: int,
    pointers: dict[str, str],
    draft: BotDraft,
    note: str,
    changed: list[str],
    now: datetime,
    restored_from: int | None = None,
) -> WriteBatch:
    """Version n+1 first (its create is what makes a second save over n fail), then the
    pointer move; the caller adds any new prompt or config documents."""
    batch = store.batch()
    number = current + 1
    details = details_of(draft)
    batch.create(
        doc_path("bots", bot_id, "versions", str(number)),
        version_document(number, now, note, changed, pointers, details, restored_from),
    )
    if "version" not in bot:  # made before versions were stored: record its version 1 too
        first = version_document(
            1, bot.get("created_date"), FIRST_NOTE, (), active_pointers(bot), _details(bot)
        )
        batch.merge(doc_path("bots", bot_id, "versions", "1"), first)  # keeps its counters
    batch.update(
        doc_path("bots", bot_id),
        {
            **pointers,
            **details,
            **_review_fields(bot, changed, now),
            "model": draft.model_config.model,
            "version": number,
            "last_modified_date": now,
        },
    )
    return batch


def needs_review(visibility: str, changed: list[str] | set[str]) -> bool:
    """Whether saving these changes takes a showcased assistant out of the Lounge."""
    return visibility == VISIBILITY_SHOWCASED and bool(REVIEWED_CHANGES & set(changed))


def _review_fields(bot: dict[str, Any], changed: list[str], now: datetime) -> dict[str, Any]:
    """An edit never reaches the Lounge unreviewed: unlisted, with a request queued."""
    if not needs_review(visibility_of(bot), changed):
        return {}
    return {
        "visibility": VISIBILITY_UNLISTED,
        "showcased": False,
        "showcase_requested": True,
        "showcase_requested_date": now,
    }


def _commit_version(batch: WriteBatch, current: int) -> int:
    try:
        batch.commit()
    except AlreadyExists:
        raise _conflict(current + 1) from None
    except DocumentNotFound:
        raise BotNotFound(tr("That AI assistant was deleted.")) from None
    return current + 1


def _conflict(newer: int) -> EditConflict:
    return EditConflict(
        tr(
            "This assistant was changed in another tab or window (it is at version {number} "
            "now). Your edits are still here: reload the assistant to see that version, then "
            "make them again.",
            number=newer,
        )
    )
