"""Taking an assistant along: export as a JSON card, import a card as a new assistant.

A card holds the profile and every version with its prompts, settings, dates and notes, so an
import reproduces the assistant's whole history; never sessions, stats, the code or who made it.
An import checks every field (numbers finite and in range, changes few and short), numbers the
versions 1..N in the card's order, and stores the assistant under a new readable code, all or
nothing (bots/imports.py keeps a record until the last batch).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from api_util_firebase import (
    AlreadyExists,
    DocumentStore,
    Increment,
    StoreError,
    doc_path,
    flush_if_full,
    new_id,
    utc_now,
)
from bots.card_fields import (
    CARD_FORMAT,
    CARD_SCHEMA_VERSION,
    SESSION_TYPE_NAMES,
    CardContents,
    parse_card,
    read_card,
)
from bots.card_knowledge import export_texts, exported_sources, source_fields, stage_card_texts
from bots.codes import new_code
from bots.creation import (
    add_initial_prompt,
    add_model_config,
    add_prompt,
    details_of,
    new_bot_document,
    version_document,
)
from bots.draft import NAME_MAX, BotDraft
from bots.imports import begin_import, discard_import, finish_import
from bots.knowledge_sets import add_knowledge
from bots.profiles import (
    VISIBILITY_PRIVATE,
    VISIBILITY_UNLISTED,
    get_bots,
    owned_bot,
    visibility_of,
)
from bots.versions import version_history

logger = logging.getLogger(__name__)

# ---------------------------------------------------------------- export


def _iso(when: datetime | None) -> str | None:
    return when.astimezone(UTC).isoformat() if when else None


def _draft_fields(draft: BotDraft, include_confidential: bool = False) -> dict[str, Any]:
    return {
        "name": draft.name,
        "tag_line": draft.tag_line,
        "description": draft.description,
        "session_type": SESSION_TYPE_NAMES.get(draft.session_type, "coaching"),
        "starters": list(draft.starters),
        "initial_prompt": draft.initial_prompt,
        "summary_prompt": draft.summary_prompt,
        "allowed_phrases": list(draft.allowed_phrases),
        "sentence_classes": [{"text": t, "class": c} for t, c in draft.sentence_classes],
        "model_config": draft.model_config.to_dict(),
        "knowledge": source_fields(exported_sources(draft, include_confidential)),
    }


def export_card(
    store: DocumentStore, user_id: str, bot_id: str, include_confidential: bool = False
) -> dict[str, Any]:
    """The assistant as a card (creator only). Confidential knowledge only if asked for: a
    card is a file anyone who gets it can read."""
    bot = owned_bot(store, user_id, bot_id)
    active, history = version_history(store, user_id, bot_id)
    drafts = {version.number: draft for version, draft in history}
    active_fields = _draft_fields(drafts[active])
    return {
        "format": CARD_FORMAT,
        "schema_version": CARD_SCHEMA_VERSION,
        "profile": {
            **{key: active_fields[key] for key in ("name", "tag_line", "description")},
            "session_type": active_fields["session_type"],
            "starters": active_fields["starters"],
            "allowed_phrases": active_fields["allowed_phrases"],
            "visibility": VISIBILITY_PRIVATE
            if visibility_of(bot) == VISIBILITY_PRIVATE
            else VISIBILITY_UNLISTED,
        },
        "active_version": active,
        "versions": [
            {
                "number": v.number,
                "created_date": _iso(v.created_date),
                "note": v.note,
                "changed": list(v.changed),
                "restored_from": v.restored_from,
                **_draft_fields(draft, include_confidential),
            }
            for v, draft in history
        ],
        "knowledge_texts": export_texts(
            store, user_id, (draft for _, draft in history), include_confidential
        ),
    }


def card_json(card: dict[str, Any]) -> str:
    return json.dumps(card, ensure_ascii=False, indent=2)


# ---------------------------------------------------------------- import


@dataclass(frozen=True)
class CardImport:
    """The imported assistant's code and name, and what the import changed (for its
    summary)."""

    code: str
    name: str
    notes: tuple[str, ...]


def _marked(name: str, mark: str) -> str:
    return name[: NAME_MAX - len(mark)].rstrip() + mark if mark else name


def import_mark(name: str, taken: set[str]) -> str:
    """Nothing for a name the importer has no assistant of; else what tells the copy from the
    original and earlier imports: " (imported)", then " (imported 2)"... (names casefolded)."""
    marks = ("", " (imported)", *(f" (imported {n})" for n in range(2, len(taken) + 2)))
    return next(mark for mark in marks if _marked(name, mark).casefold() not in taken)


def _renamed(contents: CardContents, mark: str) -> CardContents:
    """Every version under the copy's name (a restore brings back the same name)."""
    if not mark:
        return contents
    versions = [
        replace(v, draft=replace(v.draft, name=_marked(v.draft.name, mark)))
        for v in contents.versions
    ]
    return replace(contents, versions=versions)


def import_card(
    store: DocumentStore,
    user_id: str,
    raw: bytes | str,
    allowed_models: Sequence[str] | None = None,
) -> CardImport:
    """A new assistant (a new readable code, Unlisted or Private) with the card's whole
    history, stored all or nothing."""
    contents = parse_card(read_card(raw), allowed_models)
    live = next(v for v in contents.versions if v.number == contents.active).draft.name
    taken = {bot.name.casefold() for bot in get_bots(store, creator=user_id)}
    mark = import_mark(live, taken)
    contents = _renamed(contents, mark)
    try:
        code = _store_card(store, user_id, contents, new_code())
    except AlreadyExists:  # one chance in ~1e14 per import: draw another code
        code = _store_card(store, user_id, contents, new_code())
    return CardImport(code, _marked(live, mark), contents.notes)


def _store_card(store: DocumentStore, user_id: str, contents: CardContents, code: str) -> str:
    """Every document of the assistant, then the assistant itself; what a failure after the
    first batch left is removed, and if that fails too, erasure and the next start-up find it
    by the import's record."""
    if store.get_or_none(doc_path("bots", code)) is not None:
        raise AlreadyExists("That code is taken.")
    begin_import(store, user_id, code)
    try:
        drafts = [version.draft for version in contents.versions]
        stage_card_texts(store, user_id, drafts, contents.knowledge_texts)
        _write_card(store, user_id, contents, code)
    except Exception:
        try:
            removed = discard_import(store, code)
        except StoreError:
            logger.exception(
                "A card import failed and what it stored could not be removed; the next "
                "start-up or the account's erasure removes it (import record imports/%s)",
                code,
            )
        else:
            logger.warning(
                "A card import failed; removed the %d document(s) it had stored", removed
            )
        raise
    return code


def _write_card(store: DocumentStore, user_id: str, contents: CardContents, code: str) -> None:
    initial_ids: dict[tuple, str] = {}
    summary_ids: dict[str, str] = {}
    config_ids: dict[tuple, str] = {}
    knowledge_ids: dict[tuple, str] = {(): ""}
    pointers_of: dict[int, dict[str, str]] = {}
    batch = store.batch()
    for version in contents.versions:  # texts shared by several versions are stored once
        draft, when = version.draft, version.created_date
        initial = (draft.initial_prompt, draft.allowed_phrases, draft.sentence_classes)
        if initial not in initial_ids:
            initial_ids[initial] = add_initial_prompt(batch, code, draft, when)
        if draft.summary_prompt not in summary_ids:
            summary_ids[draft.summary_prompt] = add_prompt(
                batch, code, "summary_prompt", draft.summary_prompt, when
            )
        config = tuple(sorted(draft.model_config.to_dict().items()))
        if config not in config_ids:
            config_ids[config] = add_model_config(batch, code, draft.model_config, when)
        if draft.knowledge not in knowledge_ids:
            knowledge_ids[draft.knowledge] = new_id()
            add_knowledge(
                batch, code, user_id, draft.knowledge, when, knowledge_ids[draft.knowledge]
            )
        pointers = pointers_of[version.number] = {
            "active_initial_prompt_id": initial_ids[initial],
            "active_summary_prompt_id": summary_ids[draft.summary_prompt],
            "active_model_config_id": config_ids[config],
            "active_knowledge_id": knowledge_ids[draft.knowledge],
        }
        batch.create(
            doc_path("bots", code, "versions", str(version.number)),
            version_document(
                version.number,
                when,
                version.note,
                version.changed,
                pointers,
                details_of(draft),
                version.restored_from,
            ),
        )
        batch = flush_if_full(batch)
    live = next(v for v in contents.versions if v.number == contents.active)
    batch.create(
        doc_path("bots", code),
        new_bot_document(
            live.draft,
            user_id,
            pointers_of[contents.active],
            contents.active,
            contents.visibility,
            utc_now(),
        ),
    )
    batch.update(doc_path("users", user_id), {"bots_created": Increment(1)})
    finish_import(batch, code)
    batch.commit()  # the assistant appears only once everything it points at is stored
