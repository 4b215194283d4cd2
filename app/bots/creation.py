"""Creating an assistant: a validated draft becomes the bot document, its first prompt and
model-config documents and version 1, in one batch under a new readable code.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from api_util_firebase import (
    AlreadyExists,
    DocumentStore,
    Increment,
    WriteBatch,
    doc_path,
    new_id,
    utc_now,
)
from api_util_openai import ModelConfig
from bots.codes import new_code
from bots.draft import BotDraft, validate_draft
from bots.knowledge_sets import add_knowledge, require_texts
from bots.profiles import VISIBILITY_SHOWCASED, VISIBILITY_UNLISTED


def details_of(draft: BotDraft) -> dict[str, Any]:
    """What visitors see of a version: stored on the bot and in the version's record."""
    return {
        "name": draft.name,
        "tag_line": draft.tag_line,
        "description": draft.description,
        "session_type": draft.session_type,
        "starters": list(draft.starters),
    }


def add_prompt(
    batch: WriteBatch,
    bot_id: str,
    kind: str,
    text: str,
    when: datetime,
    allowed_phrases: Sequence[str] = (),
    prompt_id: str | None = None,
    sentence_classes: Sequence[tuple[str, str]] = (),
) -> str:
    """A new, never-changed prompt document; its id."""
    prompt_id = prompt_id or new_id()
    data: dict[str, Any] = {"message_type": kind, "message": text, "created_date": when}
    if kind == "initial_prompt":
        data["allowed_phrases"] = list(allowed_phrases)
        data["sentence_classes"] = [{"text": t, "class": c} for t, c in sentence_classes]
    batch.create(doc_path("bots", bot_id, "prompts", prompt_id), data)
    return prompt_id


def add_initial_prompt(
    batch: WriteBatch, bot_id: str, draft: BotDraft, when: datetime, prompt_id: str | None = None
) -> str:
    """The draft's initial prompt document, with what may be said of it; its id."""
    return add_prompt(
        batch,
        bot_id,
        "initial_prompt",
        draft.initial_prompt,
        when,
        draft.allowed_phrases,
        prompt_id=prompt_id,
        sentence_classes=draft.sentence_classes,
    )


def add_model_config(
    batch: WriteBatch,
    bot_id: str,
    config: ModelConfig,
    when: datetime,
    config_id: str | None = None,
) -> str:
    config_id = config_id or new_id()
    batch.create(
        doc_path("bots", bot_id, "model_configs", config_id),
        {"config": config.to_dict(), "created_date": when},
    )
    return config_id


def version_document(
    number: int,
    when: datetime,
    note: str,
    changed: Sequence[str],
    pointers: dict[str, str],
    details: dict[str, Any],
    restored_from: int | None = None,
) -> dict[str, Any]:
    return {
        "number": number,
        "created_date": when,
        "note": note,
        "changed": list(changed),
        **pointers,
        "details": details,
        "restored_from": restored_from,
    }


DOCUMENT_KINDS = ("initial_prompt", "summary_prompt", "model_config", "knowledge")


def add_documents(
    batch: WriteBatch,
    bot_id: str,
    draft: BotDraft,
    pointers: dict[str, str],
    when: datetime,
    kinds: Sequence[str],
    owner_id: str = "",
) -> None:
    """The prompt, config and knowledge documents of `kinds`, under the ids `pointers`
    already names (no knowledge: no document). `owner_id`: whose staged texts it names."""
    if "initial_prompt" in kinds:
        add_initial_prompt(batch, bot_id, draft, when, pointers["active_initial_prompt_id"])
    if "summary_prompt" in kinds:
        add_prompt(
            batch,
            bot_id,
            "summary_prompt",
            draft.summary_prompt,
            when,
            prompt_id=pointers["active_summary_prompt_id"],
        )
    if "model_config" in kinds:
        add_model_config(
            batch, bot_id, draft.model_config, when, config_id=pointers["active_model_config_id"]
        )
    if "knowledge" in kinds and pointers.get("active_knowledge_id"):
        add_knowledge(
            batch, bot_id, owner_id, draft.knowledge, when, pointers["active_knowledge_id"]
        )


def new_bot_document(
    draft: BotDraft,
    creator_user_id: str,
    pointers: dict[str, str],
    version: int,
    visibility: str,
    when: datetime,
) -> dict[str, Any]:
    """A new assistant's document: created, or imported from a card."""
    return {
        **details_of(draft),
        "model": draft.model_config.model,
        "creator_user_id": creator_user_id,
        "created_date": when,
        "last_modified_date": when,
        **pointers,
        "version": version,
        "visibility": visibility,
        "showcased": visibility == VISIBILITY_SHOWCASED,
        "showcase_requested": False,
        "showcase_requested_date": None,
        "archived": False,
        "is_active": True,
        "sessions_started": 0,
        "sessions_ended": 0,
        "likes": 0,
        "dislikes": 0,
    }


def create_bot(
    store: DocumentStore,
    creator_user_id: str,
    draft: BotDraft,
    allowed_models: Sequence[str] | None = None,
    showcased: bool = False,
    bot_id: str | None = None,
    visibility: str = VISIBILITY_UNLISTED,
    note: str = "First version",
) -> str:
    """Store a new assistant with its first prompt, config and version; returns its code."""
    draft = validate_draft(draft, allowed_models)
    visibility = VISIBILITY_SHOWCASED if showcased else visibility
    if bot_id is None:
        try:
            return _create_bot(store, creator_user_id, draft, new_code(), visibility, note)
        except AlreadyExists:  # one chance in ~1e14 per assistant made: draw another code
            return _create_bot(store, creator_user_id, draft, new_code(), visibility, note)
    return _create_bot(store, creator_user_id, draft, bot_id, visibility, note)


def _create_bot(
    store: DocumentStore,
    creator_user_id: str,
    draft: BotDraft,
    bot_id: str,
    visibility: str,
    note: str,
) -> str:
    now = utc_now()
    pointers = {
        "active_initial_prompt_id": new_id(),
        "active_summary_prompt_id": new_id(),
        "active_model_config_id": new_id(),
        "active_knowledge_id": new_id() if draft.knowledge else "",
    }
    require_texts(store, creator_user_id, draft.knowledge)
    batch = store.batch()
    # The bot first: a fixed code that exists already stops the batch before anything else.
    batch.create(
        doc_path("bots", bot_id),
        new_bot_document(draft, creator_user_id, pointers, 1, visibility, now),
    )
    batch.create(
        doc_path("bots", bot_id, "versions", "1"),
        version_document(1, now, note, (), pointers, details_of(draft)),
    )
    add_documents(batch, bot_id, draft, pointers, now, DOCUMENT_KINDS, creator_user_id)
    batch.update(doc_path("users", creator_user_id), {"bots_created": Increment(1)})
    batch.commit()
    return bot_id
