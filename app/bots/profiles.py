"""Assistants ("bots") as others see them: public profiles for listings, the private
configuration (hidden prompts, model settings) only for the session pipeline and the creator,
and who may see which.

An assistant's prompts and model settings are versioned: `bots/{code}/prompts` and
`bots/{code}/model_configs` hold every text and setting ever saved (never changed once
written), `bots/{code}/versions/{n}` says which of them (and which name, tag line, ...) made
version n, and the bot's `active_*` pointers and `version` name the live one. Creating is in
bots.creation, editing in bots.versions, visibility and archiving in bots.lifecycle.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from api_util_firebase import DocumentNotFound, DocumentStore, doc_path, utc_now
from api_util_openai import ModelConfig
from bots.codes import normalize_code
from bots.draft import SESSION_TYPE_COACHING, BotError
from bots.knowledge_sets import load_sources
from bots.knowledge_source import KnowledgeSource
from i18n import tr
from leak_guard import CLASS_LABELS

VISIBILITY_PRIVATE = "private"
VISIBILITY_UNLISTED = "unlisted"
VISIBILITY_SHOWCASED = "showcased"
VISIBILITY_LABELS = {
    VISIBILITY_PRIVATE: "Private",
    VISIBILITY_UNLISTED: "Unlisted",
    VISIBILITY_SHOWCASED: "Showcased",
}


class BotNotFound(BotError):
    """No active assistant has that code."""


class NotBotCreator(BotError):
    """Only an assistant's creator may see its configuration."""


class BotPrivate(BotError):
    """The assistant is private and the viewer is not its creator."""

    def __init__(self) -> None:
        super().__init__(tr("This AI assistant is private."))


@dataclass(frozen=True)
class BotProfile:
    """What anyone may see of an assistant."""

    bot_id: str
    name: str
    tag_line: str
    description: str
    session_type: int
    model: str
    creator_user_id: str
    showcased: bool = False
    is_active: bool = True
    sessions_started: int = 0
    sessions_ended: int = 0
    created_date: datetime | None = None
    visibility: str = VISIBILITY_UNLISTED
    starters: tuple[str, ...] = ()
    archived: bool = False
    version: int = 1
    likes: int = 0
    dislikes: int = 0
    showcase_requested: bool = False
    last_modified_date: datetime | None = None


@dataclass(frozen=True)
class BotConfig:
    """An assistant with its hidden configuration: never rendered for anyone but its creator."""

    profile: BotProfile
    initial_prompt: str = field(repr=False)
    summary_prompt: str = field(repr=False)
    model_config: ModelConfig
    allowed_phrases: tuple[str, ...] = ()
    sentence_classes: tuple[tuple[str, str], ...] = ()
    initial_prompt_id: str = ""
    summary_prompt_id: str = ""
    model_config_id: str = ""
    knowledge: tuple[KnowledgeSource, ...] = ()
    knowledge_id: str = ""
    knowledge_owner: str = ""  # whose staged texts its sources are (the creator)

    @property
    def version(self) -> int:
        return self.profile.version


def profile_of(bot_id: str, data: dict[str, Any]) -> BotProfile:
    return BotProfile(
        bot_id=bot_id,
        name=data.get("name", ""),
        tag_line=data.get("tag_line", ""),
        description=data.get("description", ""),
        session_type=data.get("session_type", SESSION_TYPE_COACHING),
        model=data.get("model", ""),
        creator_user_id=data.get("creator_user_id", ""),
        showcased=bool(data.get("showcased")),
        is_active=bool(data.get("is_active", True)),
        sessions_started=int(data.get("sessions_started") or 0),
        sessions_ended=int(data.get("sessions_ended") or 0),
        created_date=data.get("created_date"),
        visibility=visibility_of(data),
        starters=tuple(data.get("starters") or ()),
        archived=bool(data.get("archived")),
        version=int(data.get("version") or 1),  # assistants made before versions: 1
        likes=int(data.get("likes") or 0),
        dislikes=int(data.get("dislikes") or 0),
        showcase_requested=bool(data.get("showcase_requested_date")),
        last_modified_date=data.get("last_modified_date"),
    )


def visibility_of(data: dict[str, Any]) -> str:
    if data.get("showcased"):
        return VISIBILITY_SHOWCASED
    return data.get("visibility") or VISIBILITY_UNLISTED


def stored_bot(store: DocumentStore, bot_id: str) -> dict[str, Any]:
    """The bot document whatever its state (for its creator and operators)."""
    try:
        return store.get(doc_path("bots", normalize_code(bot_id)))
    except DocumentNotFound:
        raise BotNotFound(tr("No AI assistant has that code. Check it and try again.")) from None


def _bot_data(store: DocumentStore, bot_id: str, viewer: str | None) -> dict[str, Any]:
    """The bot document if `viewer` may chat with it: in service, and not someone else's
    private assistant (which looks private, nothing more)."""
    data = stored_bot(store, bot_id)
    if not data.get("is_active", True) or data.get("archived"):
        raise BotNotFound(tr("That AI assistant is no longer available."))
    if visibility_of(data) == VISIBILITY_PRIVATE and data.get("creator_user_id") != viewer:
        raise BotPrivate()
    return data


def is_available(store: DocumentStore, bot_id: str, viewer: str | None = None) -> bool:
    """Whether the assistant still takes turns from `viewer`: it exists, it is in service, and
    it is not private to someone else. One point read, asked before anything goes to the model."""
    return retired_versions_if_available(store, bot_id, viewer) is not None


def retired_versions_if_available(
    store: DocumentStore, bot_id: str, viewer: str | None = None
) -> frozenset[int] | None:
    """None when the assistant takes no turns from `viewer` (see is_available); else the
    versions its creator retired, whose sessions go on with the active version. One read."""
    try:
        data = _bot_data(store, bot_id, viewer)
    except BotError:
        return None
    return retired_of(data)


def retired_of(data: dict[str, Any]) -> frozenset[int]:
    return frozenset(int(n) for n in data.get("retired_versions") or () if isinstance(n, int))


def get_bot(store: DocumentStore, bot_id: str, viewer: str | None = None) -> BotProfile:
    """The public profile of an assistant `viewer` may chat with."""
    return profile_of(normalize_code(bot_id), _bot_data(store, bot_id, viewer))


def get_bot_config(store: DocumentStore, bot_id: str, viewer: str | None = None) -> BotConfig:
    """The assistant with its live prompts and model config, for the session pipeline."""
    bot_id = normalize_code(bot_id)
    data = _bot_data(store, bot_id, viewer)
    return load_config(store, profile_of(bot_id, data), active_pointers(data))


def active_pointers(data: dict[str, Any]) -> dict[str, str]:
    return {
        "active_initial_prompt_id": data.get("active_initial_prompt_id", ""),
        "active_summary_prompt_id": data.get("active_summary_prompt_id", ""),
        "active_model_config_id": data.get("active_model_config_id", ""),
        "active_knowledge_id": data.get("active_knowledge_id", ""),
    }


def load_config(
    store: DocumentStore,
    profile: BotProfile,
    pointers: dict[str, str],
    read: dict[str, dict[str, Any]] | None = None,
) -> BotConfig:
    """The prompts and model config a version names (three point reads; documents already in
    `read` are not read again, and those read are added to it)."""
    bot_id = profile.bot_id
    initial_id = pointers["active_initial_prompt_id"]
    summary_id = pointers["active_summary_prompt_id"]
    config_id = pointers["active_model_config_id"]
    knowledge_id = pointers.get("active_knowledge_id", "")
    read = {} if read is None else read

    def get(path: str) -> dict[str, Any]:
        if path not in read:
            read[path] = store.get(path)
        return read[path]

    try:
        initial = get(doc_path("bots", bot_id, "prompts", initial_id))
        summary = get(doc_path("bots", bot_id, "prompts", summary_id))
        config = get(doc_path("bots", bot_id, "model_configs", config_id))
    except DocumentNotFound:
        raise BotNotFound(tr("That AI assistant's configuration is missing.")) from None
    owner, sources = load_sources(store, bot_id, knowledge_id)
    return BotConfig(
        profile=profile,
        initial_prompt=initial["message"],
        summary_prompt=summary["message"],
        model_config=ModelConfig.from_dict(config["config"]),
        allowed_phrases=tuple(initial.get("allowed_phrases") or ()),
        sentence_classes=stored_classes(initial.get("sentence_classes")),
        initial_prompt_id=initial_id,
        summary_prompt_id=summary_id,
        model_config_id=config_id,
        knowledge=sources,
        knowledge_id=knowledge_id,
        knowledge_owner=owner,
    )


def stored_classes(stored: Any) -> tuple[tuple[str, str], ...]:
    """A prompt document's declared classes; anything malformed is left out (the guard's
    proposal then stands, which never makes a sentence sayable that it would not be)."""
    if not isinstance(stored, list):
        return ()
    return tuple(
        (item["text"], item["class"])
        for item in stored
        if isinstance(item, dict)
        and isinstance(item.get("text"), str)
        and item.get("class") in CLASS_LABELS
    )


def require_creator(data: dict[str, Any], user_id: str) -> None:
    if data.get("creator_user_id") != user_id:
        raise NotBotCreator(tr("Only the creator of this AI assistant can change or see this."))


def owned_bot(store: DocumentStore, user_id: str, bot_id: str) -> dict[str, Any]:
    """The bot document, for its creator only (any state)."""
    data = stored_bot(store, bot_id)
    require_creator(data, user_id)
    return data


def get_bot_for_creator(store: DocumentStore, bot_id: str, user_id: str) -> BotConfig:
    """The live configuration, archived or not, for its creator only."""
    bot_id = normalize_code(bot_id)
    data = owned_bot(store, user_id, bot_id)
    return load_config(store, profile_of(bot_id, data), active_pointers(data))


def get_bots(
    store: DocumentStore,
    showcased: bool | None = None,
    creator: str | None = None,
    limit: int = 500,
) -> list[BotProfile]:
    """Public profiles of active assistants: the showcase, or one creator's (archived ones
    too), newest first."""
    where: dict[str, Any] = {"is_active": True}
    if showcased is not None:
        where["showcased"] = showcased
    if creator is not None:
        where["creator_user_id"] = creator
    rows = store.query("bots", where, order_by="created_date", descending=True, limit=limit)
    return [profile_of(bot_id, data) for bot_id, data in rows]


def set_active(store: DocumentStore, bot_id: str, active: bool) -> None:
    """The operator's switch: an inactive assistant is unreachable, even by its creator."""
    try:
        store.update(
            doc_path("bots", normalize_code(bot_id)),
            {"is_active": active, "last_modified_date": utc_now()},
        )
    except DocumentNotFound:
        raise BotNotFound(tr("No AI assistant has that code.")) from None


def public_fields(profiles: Iterable[BotProfile]) -> list[dict[str, Any]]:
    """Listings as plain dicts (e.g. for the command line); never includes prompts."""
    return [
        {
            "code": p.bot_id,
            "name": p.name,
            "tag_line": p.tag_line,
            "visibility": p.visibility,
            "archived": p.archived,
            "sessions_started": p.sessions_started,
        }
        for p in profiles
    ]
