"""What a session runs on: the assistant's version as the session started with it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from api_bots import (
    SESSION_TYPE_BRAINSTORMING,
    BotConfig,
    BotError,
    KnowledgeSource,
    get_bot_config,
    load_config,
    profile_of,
)
from api_util_firebase import DocumentStore
from api_util_openai import ModelConfig


@dataclass(frozen=True)
class SessionConfig:
    """The assistant's version as the session started with it: later edits do not apply.

    Stored sessions record which version and which prompt and config documents they use,
    never the hidden texts themselves (those stay with the assistant, and go with it).
    """

    bot_id: str | None
    bot_name: str
    initial_prompt: str = field(repr=False)
    summary_prompt: str = field(repr=False)
    model_config: ModelConfig
    session_type: int
    allowed_phrases: tuple[str, ...] = ()
    sentence_classes: tuple[tuple[str, str], ...] = ()
    bot_version: int | None = None
    initial_prompt_id: str = ""
    summary_prompt_id: str = ""
    model_config_id: str = ""
    starters: tuple[str, ...] = ()
    knowledge: tuple[KnowledgeSource, ...] = ()  # what it answers from (`sessions.knowledge`)
    knowledge_id: str = ""
    knowledge_owner: str = ""  # whose staged texts the sources are

    @classmethod
    def from_bot(cls, bot: BotConfig, model: str | None = None) -> SessionConfig:
        model_config = bot.model_config
        if model and model != model_config.model:
            model_config = ModelConfig(**{**model_config.to_dict(), "model": model})
        return cls(
            bot_id=bot.profile.bot_id,
            bot_name=bot.profile.name,
            initial_prompt=bot.initial_prompt,
            summary_prompt=bot.summary_prompt,
            model_config=model_config,
            session_type=bot.profile.session_type,
            allowed_phrases=bot.allowed_phrases,
            sentence_classes=bot.sentence_classes,
            bot_version=bot.version,
            initial_prompt_id=bot.initial_prompt_id,
            summary_prompt_id=bot.summary_prompt_id,
            model_config_id=bot.model_config_id,
            starters=bot.profile.starters,
            knowledge=bot.knowledge,
            knowledge_id=bot.knowledge_id,
            knowledge_owner=bot.knowledge_owner,
        )

    @property
    def version_key(self) -> str:
        """Which texts the guard protects: stored positions are valid for these only."""
        if not self.initial_prompt_id:
            return ""
        return f"{self.initial_prompt_id}/{self.summary_prompt_id}"

    def to_document(self) -> dict[str, Any]:
        return {
            "bot_id": self.bot_id or "",
            "bot_name": self.bot_name,
            "bot_version": self.bot_version,
            "initial_prompt_id": self.initial_prompt_id,
            "summary_prompt_id": self.summary_prompt_id,
            "model_config_id": self.model_config_id,
            "knowledge_id": self.knowledge_id,
            "session_type": self.session_type,
        }


def active_config(store: DocumentStore, bot_id: str, viewer: str) -> SessionConfig:
    """The assistant's active version, for a session whose version was retired."""
    return SessionConfig.from_bot(get_bot_config(store, bot_id, viewer))


def stored_config(
    store: DocumentStore,
    data: dict[str, Any],
    available: bool,
    retired: frozenset[int] = frozenset(),
    viewer: str = "",
) -> SessionConfig:
    """A stored session's configuration, read back from the versions it names. Sessions stored
    before versions carry copies of the texts. A deleted assistant's texts are gone: its
    chats are read-only and need none. A session on a version its creator retired goes on
    with the active one (and so does one whose texts are missing while the assistant is in
    service)."""
    bot_id = data.get("bot_id") or None
    if bot_id and available and data.get("bot_version") in retired:
        return active_config(store, bot_id, viewer)
    texts = {
        "initial_prompt": data.get("initial_prompt", ""),
        "summary_prompt": data.get("summary_prompt", ""),
        "model_config": ModelConfig.from_dict(data.get("model_config") or {"model": ""}),
        "allowed_phrases": tuple(data.get("allowed_phrases") or ()),
        "sentence_classes": (),
        "knowledge": (),
        "knowledge_owner": "",
    }
    if bot_id and data.get("initial_prompt_id"):
        pointers = {
            "active_initial_prompt_id": data["initial_prompt_id"],
            "active_summary_prompt_id": data.get("summary_prompt_id", ""),
            "active_model_config_id": data.get("model_config_id", ""),
            "active_knowledge_id": data.get("knowledge_id", ""),
        }
        try:
            bot = load_config(store, profile_of(bot_id, {}), pointers)
            texts = {
                "initial_prompt": bot.initial_prompt,
                "summary_prompt": bot.summary_prompt,
                "model_config": bot.model_config,
                "allowed_phrases": bot.allowed_phrases,
                "sentence_classes": bot.sentence_classes,
                "knowledge": bot.knowledge,
                "knowledge_owner": bot.knowledge_owner,
            }
        except BotError:
            if available:
                return active_config(store, bot_id, viewer)
    model_config = texts["model_config"]
    if data.get("model") and data["model"] != model_config.model:
        model_config = ModelConfig(**{**model_config.to_dict(), "model": data["model"]})
    return SessionConfig(
        bot_id=bot_id,
        bot_name=data.get("bot_name", ""),
        initial_prompt=texts["initial_prompt"],
        summary_prompt=texts["summary_prompt"],
        model_config=model_config,
        session_type=data.get("session_type", SESSION_TYPE_BRAINSTORMING),
        allowed_phrases=texts["allowed_phrases"],
        sentence_classes=texts["sentence_classes"],
        bot_version=data.get("bot_version"),
        initial_prompt_id=data.get("initial_prompt_id", ""),
        summary_prompt_id=data.get("summary_prompt_id", ""),
        model_config_id=data.get("model_config_id", ""),
        knowledge=texts["knowledge"],
        knowledge_id=data.get("knowledge_id", ""),
        knowledge_owner=texts["knowledge_owner"],
    )
