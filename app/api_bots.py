"""Assistants ("bots"): creation with validation, public profiles for listings, and the private
configuration (hidden prompts, model settings) only for the session pipeline and the creator.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from api_util_firebase import DocumentNotFound, DocumentStore, Increment, doc_path, new_id, utc_now
from api_util_input import has_broken_characters, has_visible_text, strip_bidi_controls
from api_util_openai import ModelConfig

SESSION_TYPE_BRAINSTORMING = 2
SESSION_TYPE_COACHING = 3
SESSION_TYPES = {SESSION_TYPE_BRAINSTORMING: "Brain Storming", SESSION_TYPE_COACHING: "Coaching"}

NAME_MAX = 30
TAG_LINE_MAX = 25
DESCRIPTION_MAX = 250
INITIAL_PROMPT_MAX = 4000
SUMMARY_PROMPT_MAX = 500
ALLOWED_PHRASES_MAX = 10
ALLOWED_PHRASE_MAX = 200
MAX_TOKENS_RANGE = (16, 4096)

# temperature, frequency penalty, presence penalty, top p (the original's templates)
PERSONALITIES: dict[str, tuple[float, float, float, float]] = {
    "Coaching": (0.5, 0.3, 0.2, 0.9),
    "Creative": (1.0, 0.1, 0.1, 0.7),
    "Sarcastic": (0.8, 0.1, 0.1, 0.9),
    "Truthful": (0.5, 0.1, 0.2, 0.9),
    "Witty": (0.7, 0.1, 0.1, 0.9),
    "Custom": (0.7, 0.0, 0.0, 1.0),
}
DEFAULT_SUMMARY_PROMPT = (
    "Summarize our conversation so far as a short recap for me: the main points, any decisions, "
    "and the next steps I mentioned. Use a few bullet points."
)


class BotError(Exception):
    """Base class of assistant errors; the message is fit to show."""


class InvalidBot(BotError):
    """A field of a draft assistant is missing or out of range."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field_name = field_name


class BotNotFound(BotError):
    """No active assistant has that code."""


class NotBotCreator(BotError):
    """Only an assistant's creator may see its configuration."""


def personality_config(name: str, model: str, max_tokens: int) -> ModelConfig:
    temperature, frequency, presence, top_p = PERSONALITIES[name]
    return ModelConfig(
        model=model,
        max_tokens=max_tokens,
        temperature=temperature,
        top_p=top_p,
        frequency_penalty=frequency,
        presence_penalty=presence,
    )


@dataclass(frozen=True)
class BotDraft:
    """Everything a creator writes in the Lab; validated before anything is stored."""

    name: str
    tag_line: str
    description: str
    initial_prompt: str
    model_config: ModelConfig
    summary_prompt: str = DEFAULT_SUMMARY_PROMPT
    session_type: int = SESSION_TYPE_COACHING
    allowed_phrases: tuple[str, ...] = ()

    def cleaned(self) -> BotDraft:
        """Edges trimmed; bidi overrides removed from what listings show, so a name displays
        as the characters it holds."""
        return replace(
            self,
            name=strip_bidi_controls(self.name).strip(),
            tag_line=strip_bidi_controls(self.tag_line).strip(),
            description=strip_bidi_controls(self.description).strip(),
            initial_prompt=self.initial_prompt.strip(),
            summary_prompt=self.summary_prompt.strip(),
            allowed_phrases=tuple(p.strip() for p in self.allowed_phrases if p.strip()),
        )


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


@dataclass(frozen=True)
class BotConfig:
    """An assistant with its hidden configuration: never rendered for anyone but its creator."""

    profile: BotProfile
    initial_prompt: str = field(repr=False)
    summary_prompt: str = field(repr=False)
    model_config: ModelConfig
    allowed_phrases: tuple[str, ...] = ()


def _require_length(field_name: str, label: str, value: str, maximum: int) -> None:
    if not value:
        raise InvalidBot(field_name, f"{label} cannot be empty.")
    if has_broken_characters(value):
        raise InvalidBot(field_name, f"{label} contains a broken character (half of an emoji).")
    if not has_visible_text(value):
        raise InvalidBot(field_name, f"{label} needs at least one visible character.")
    if len(value) > maximum:
        raise InvalidBot(
            field_name, f"{label} can be at most {maximum} characters ({len(value)} now)."
        )


def validate_initial_prompt(prompt: str) -> None:
    _require_length("initial_prompt", "The initial prompt", prompt.strip(), INITIAL_PROMPT_MAX)


def validate_model_config(config: ModelConfig, allowed_models: Sequence[str] | None = None) -> None:
    """Model parameters within the provider's ranges, and a model the user's key can use."""
    if not config.model:
        raise InvalidBot("model", "Choose a model.")
    if allowed_models is not None and config.model not in allowed_models:
        raise InvalidBot("model", f"Your API key cannot use {config.model}.")
    low, high = MAX_TOKENS_RANGE
    if not low <= config.max_tokens <= high:
        raise InvalidBot("max_tokens", f"The response token limit must be {low} to {high}.")
    ranges = {
        "temperature": (0.0, 2.0),
        "top_p": (0.0, 1.0),
        "frequency_penalty": (-2.0, 2.0),
        "presence_penalty": (-2.0, 2.0),
    }
    for name, (low_value, high_value) in ranges.items():
        if not low_value <= getattr(config, name) <= high_value:
            raise InvalidBot(
                name,
                f"{name.replace('_', ' ').capitalize()} must be {low_value:g} to {high_value:g}.",
            )


def validate_draft(draft: BotDraft, allowed_models: Sequence[str] | None = None) -> BotDraft:
    """The cleaned draft, or InvalidBot naming the first field that needs attention."""
    draft = draft.cleaned()
    _require_length("name", "Name", draft.name, NAME_MAX)
    _require_length("tag_line", "Tag line", draft.tag_line, TAG_LINE_MAX)
    _require_length("description", "Description", draft.description, DESCRIPTION_MAX)
    validate_initial_prompt(draft.initial_prompt)
    _require_length(
        "summary_prompt", "The summary prompt", draft.summary_prompt, SUMMARY_PROMPT_MAX
    )
    if draft.session_type not in SESSION_TYPES:
        raise InvalidBot("session_type", "Choose Brain Storming or Coaching.")
    validate_allowed_phrases(draft.allowed_phrases)
    validate_model_config(draft.model_config, allowed_models)
    return draft


def validate_allowed_phrases(phrases: Sequence[str]) -> None:
    """Bounded wherever phrases enter (test drive, leak test, creation): each reply is checked
    against them."""
    if len(phrases) > ALLOWED_PHRASES_MAX or any(len(p) > ALLOWED_PHRASE_MAX for p in phrases):
        raise InvalidBot(
            "allowed_phrases",
            f"Up to {ALLOWED_PHRASES_MAX} phrases of at most {ALLOWED_PHRASE_MAX} characters each.",
        )


def create_bot(
    store: DocumentStore,
    creator_user_id: str,
    draft: BotDraft,
    allowed_models: Sequence[str] | None = None,
    showcased: bool = False,
    bot_id: str | None = None,
) -> str:
    """Store a new assistant with its first prompt and config versions; returns its code."""
    draft = validate_draft(draft, allowed_models)
    bot_id = bot_id or new_id()
    now = utc_now()
    initial_id, summary_id, config_id = new_id(), new_id(), new_id()
    batch = store.batch()
    batch.create(
        doc_path("bots", bot_id),
        {
            "name": draft.name,
            "tag_line": draft.tag_line,
            "description": draft.description,
            "session_type": draft.session_type,
            "model": draft.model_config.model,
            "creator_user_id": creator_user_id,
            "created_date": now,
            "last_modified_date": now,
            "active_initial_prompt_id": initial_id,
            "active_summary_prompt_id": summary_id,
            "active_model_config_id": config_id,
            "showcased": showcased,
            "is_active": True,
            "sessions_started": 0,
            "sessions_ended": 0,
        },
    )
    for prompt_id, kind, text in (
        (initial_id, "initial_prompt", draft.initial_prompt),
        (summary_id, "summary_prompt", draft.summary_prompt),
    ):
        batch.create(
            doc_path("bots", bot_id, "prompts", prompt_id),
            {
                "message_type": kind,
                "message": text,
                "created_date": now,
                "is_active": True,
                **(
                    {"allowed_phrases": list(draft.allowed_phrases)}
                    if kind == "initial_prompt"
                    else {}
                ),
            },
        )
    batch.create(
        doc_path("bots", bot_id, "model_configs", config_id),
        {"config": draft.model_config.to_dict(), "created_date": now, "is_active": True},
    )
    batch.update(doc_path("users", creator_user_id), {"bots_created": Increment(1)})
    batch.commit()
    return bot_id


def _profile(bot_id: str, data: dict[str, Any]) -> BotProfile:
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
    )


def normalize_code(code: str) -> str:
    """Codes pasted from a link or with spaces still work."""
    code = (code or "").strip()
    if "assistant_id=" in code:
        code = code.split("assistant_id=", 1)[1].split("&", 1)[0]
    return code.strip().strip("/")


def _bot_data(store: DocumentStore, bot_id: str) -> dict[str, Any]:
    try:
        data = store.get(doc_path("bots", normalize_code(bot_id)))
    except DocumentNotFound:
        raise BotNotFound("No AI assistant has that code. Check it and try again.") from None
    if not data.get("is_active", True):
        raise BotNotFound("That AI assistant is no longer available.")
    return data


def is_available(store: DocumentStore, bot_id: str) -> bool:
    """Whether the assistant still takes turns: it exists and its creator has not taken it out
    of service. One point read, asked before anything goes to the model."""
    try:
        _bot_data(store, bot_id)
    except BotNotFound:
        return False
    return True


def get_bot(store: DocumentStore, bot_id: str) -> BotProfile:
    """The public profile of an active assistant."""
    return _profile(normalize_code(bot_id), _bot_data(store, bot_id))


def get_bot_config(store: DocumentStore, bot_id: str) -> BotConfig:
    """The assistant with its live prompts and model config, for the session pipeline."""
    bot_id = normalize_code(bot_id)
    data = _bot_data(store, bot_id)
    try:
        initial = store.get(doc_path("bots", bot_id, "prompts", data["active_initial_prompt_id"]))
        summary = store.get(doc_path("bots", bot_id, "prompts", data["active_summary_prompt_id"]))
        config = store.get(
            doc_path("bots", bot_id, "model_configs", data["active_model_config_id"])
        )
    except (DocumentNotFound, KeyError):
        raise BotNotFound("That AI assistant's configuration is missing.") from None
    return BotConfig(
        profile=_profile(bot_id, data),
        initial_prompt=initial["message"],
        summary_prompt=summary["message"],
        model_config=ModelConfig.from_dict(config["config"]),
        allowed_phrases=tuple(initial.get("allowed_phrases") or ()),
    )


def get_bot_for_creator(store: DocumentStore, bot_id: str, user_id: str) -> BotConfig:
    config = get_bot_config(store, bot_id)
    if config.profile.creator_user_id != user_id:
        raise NotBotCreator("Only the creator of this AI assistant can see its configuration.")
    return config


def get_bots(
    store: DocumentStore,
    showcased: bool | None = None,
    creator: str | None = None,
    limit: int = 500,
) -> list[BotProfile]:
    """Public profiles of active assistants: the showcase, or one creator's, newest first."""
    where: dict[str, Any] = {"is_active": True}
    if showcased is not None:
        where["showcased"] = showcased
    if creator is not None:
        where["creator_user_id"] = creator
    rows = store.query("bots", where, order_by="created_date", descending=True, limit=limit)
    return [_profile(bot_id, data) for bot_id, data in rows]


def set_showcased(store: DocumentStore, bot_id: str, showcased: bool) -> None:
    _bot_data(store, bot_id)
    store.update(
        doc_path("bots", normalize_code(bot_id)),
        {"showcased": showcased, "last_modified_date": utc_now()},
    )


def set_active(store: DocumentStore, bot_id: str, active: bool) -> None:
    try:
        store.update(
            doc_path("bots", normalize_code(bot_id)),
            {"is_active": active, "last_modified_date": utc_now()},
        )
    except DocumentNotFound:
        raise BotNotFound("No AI assistant has that code.") from None


def public_fields(profiles: Iterable[BotProfile]) -> list[dict[str, Any]]:
    """Listings as plain dicts (e.g. for the command line); never includes prompts."""
    return [
        {
            "code": p.bot_id,
            "name": p.name,
            "tag_line": p.tag_line,
            "showcased": p.showcased,
            "sessions_started": p.sessions_started,
        }
        for p in profiles
    ]
