"""Taking an assistant along: export as a JSON card, import a card as a new assistant.

A card holds the profile and every version with its prompts, settings, dates and notes, so an
import reproduces the assistant's whole history; never sessions, stats, the code or who made it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from api_util_firebase import DocumentStore, Increment, doc_path, flush_if_full, new_id, utc_now
from api_util_openai import ModelConfig
from bots.creation import (
    add_initial_prompt,
    add_model_config,
    add_prompt,
    details_of,
    new_bot_document,
    version_document,
)
from bots.draft import SESSION_TYPE_BRAINSTORMING, SESSION_TYPE_COACHING, BotDraft, BotError
from bots.draft import draft_problems as problems_of
from bots.profiles import VISIBILITY_PRIVATE, VISIBILITY_UNLISTED, owned_bot, visibility_of
from bots.versions import NOTE_MAX, version_history
from leak_guard import CLASS_LABELS

CARD_FORMAT = "gptlab-assistant"
CARD_SCHEMA_VERSION = 1
MAX_CARD_BYTES = 4 * 1024 * 1024
MAX_CARD_VERSIONS = 300
_SESSION_TYPE_NAMES = {
    SESSION_TYPE_COACHING: "coaching",
    SESSION_TYPE_BRAINSTORMING: "brainstorming",
}
_SESSION_TYPE_CODES = {name: code for code, name in _SESSION_TYPE_NAMES.items()}


class CardError(BotError):
    """The card cannot be imported; `problems` names each field that needs attention."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        shown = self.problems[:12]
        more = len(self.problems) - len(shown)
        lines = "\n".join(f"- {problem}" for problem in shown)
        tail = f"\n- and {more} more" if more > 0 else ""
        super().__init__(f"This card cannot be imported:\n{lines}{tail}")


@dataclass(frozen=True)
class CardVersion:
    number: int
    created_date: datetime
    note: str
    changed: tuple[str, ...]
    restored_from: int | None
    draft: BotDraft


# ---------------------------------------------------------------- export


def _iso(when: datetime | None) -> str | None:
    return when.astimezone(UTC).isoformat() if when else None


def _draft_fields(draft: BotDraft) -> dict[str, Any]:
    return {
        "name": draft.name,
        "tag_line": draft.tag_line,
        "description": draft.description,
        "session_type": _SESSION_TYPE_NAMES.get(draft.session_type, "coaching"),
        "starters": list(draft.starters),
        "initial_prompt": draft.initial_prompt,
        "summary_prompt": draft.summary_prompt,
        "allowed_phrases": list(draft.allowed_phrases),
        "sentence_classes": [{"text": t, "class": c} for t, c in draft.sentence_classes],
        "model_config": draft.model_config.to_dict(),
    }


def export_card(store: DocumentStore, user_id: str, bot_id: str) -> dict[str, Any]:
    """The assistant as a card (creator only)."""
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
                **_draft_fields(draft),
            }
            for v, draft in history
        ],
    }


def card_json(card: dict[str, Any]) -> str:
    return json.dumps(card, ensure_ascii=False, indent=2)


# ---------------------------------------------------------------- import


def read_card(raw: bytes | str) -> dict[str, Any]:
    """The card's JSON, or CardError saying why it is not one."""
    if isinstance(raw, bytes):
        if len(raw) > MAX_CARD_BYTES:
            raise CardError([f"The file is over {MAX_CARD_BYTES // (1024 * 1024)} MiB."])
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise CardError(["The file is not UTF-8 text: export the card again."]) from None
    try:
        card = json.loads(raw)
    except (json.JSONDecodeError, RecursionError):
        raise CardError(["The file is not JSON: choose a card exported from GPT Lab."]) from None
    if not isinstance(card, dict) or card.get("format") != CARD_FORMAT:
        raise CardError(["This is not a GPT Lab assistant card (its format is missing)."])
    schema = card.get("schema_version")
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise CardError(["schema_version: missing or not a whole number."])
    if schema > CARD_SCHEMA_VERSION:
        raise CardError(
            [
                f"This card was made by a newer GPT Lab (card schema {schema}; this one reads up "
                f"to {CARD_SCHEMA_VERSION}). Update GPT Lab, or export the assistant again "
                "from this instance."
            ]
        )
    return card


def _text(item: dict, name: str, where: str, problems: list[str], default: str = "") -> str:
    value = item.get(name, default)
    if not isinstance(value, str):
        problems.append(f"{where}.{name}: must be text.")
        return default
    return value


def _texts(item: dict, name: str, where: str, problems: list[str]) -> tuple[str, ...]:
    value = item.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(f"{where}.{name}: must be a list of texts.")
        return ()
    return tuple(value)


def _classes(item: dict, where: str, problems: list[str]) -> tuple[tuple[str, str], ...]:
    """A version's declared sentence classes (cards made before them have none)."""
    value = item.get("sentence_classes", [])
    if not isinstance(value, list) or not all(
        isinstance(v, dict) and isinstance(v.get("text"), str) and v.get("class") in CLASS_LABELS
        for v in value
    ):
        problems.append(
            f"{where}.sentence_classes: must be a list of {{text, class}} with class one of "
            + ", ".join(CLASS_LABELS)
            + "."
        )
        return ()
    return tuple((v["text"], v["class"]) for v in value)


def _number(value: Any, where: str, problems: list[str], kind: type = float) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        problems.append(f"{where}: must be a number.")
        return None
    if kind is int and value != int(value):
        problems.append(f"{where}: must be a whole number.")
        return None
    return kind(value)


def _model_config(item: dict, where: str, problems: list[str]) -> ModelConfig | None:
    data = item.get("model_config")
    if not isinstance(data, dict):
        problems.append(f"{where}.model_config: missing.")
        return None
    model = data.get("model")
    if not isinstance(model, str) or not model:
        problems.append(f"{where}.model_config.model: must name a model.")
        return None
    values: dict[str, Any] = {"model": model}
    for name, kind in (
        ("max_tokens", int),
        ("temperature", float),
        ("top_p", float),
        ("frequency_penalty", float),
        ("presence_penalty", float),
    ):
        if name in data:
            values[name] = _number(data[name], f"{where}.model_config.{name}", problems, kind)
    if any(value is None for value in values.values()):
        return None
    return ModelConfig(**values)


def _date(value: Any, where: str, problems: list[str]) -> datetime:
    if value is None:
        return utc_now()
    try:
        when = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        problems.append(f"{where}.created_date: must be a date like 2026-11-22T10:00:00+00:00.")
        return utc_now()
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _version(item: Any, index: int, problems: list[str]) -> CardVersion | None:
    where = f"versions[{index}]"
    if not isinstance(item, dict):
        problems.append(f"{where}: must be an object.")
        return None
    number = _number(item.get("number"), f"{where}.number", problems, int)
    session_type = _SESSION_TYPE_CODES.get(item.get("session_type"))
    if session_type is None:
        problems.append(f"{where}.session_type: must be coaching or brainstorming.")
    note = _text(item, "note", where, problems)
    if len(note) > NOTE_MAX:
        problems.append(f"{where}.note: at most {NOTE_MAX} characters.")
    restored_from = item.get("restored_from")
    if restored_from is not None:
        restored_from = _number(restored_from, f"{where}.restored_from", problems, int)
    config = _model_config(item, where, problems)
    fields = {
        name: _text(item, name, where, problems)
        for name in ("name", "tag_line", "description", "initial_prompt", "summary_prompt")
    }
    draft = BotDraft(
        **fields,
        model_config=config or ModelConfig(model="unknown"),
        session_type=session_type or SESSION_TYPE_COACHING,
        allowed_phrases=_texts(item, "allowed_phrases", where, problems),
        starters=_texts(item, "starters", where, problems),
        sentence_classes=_classes(item, where, problems),
    )
    when = _date(item.get("created_date"), where, problems)
    if number is None or config is None or session_type is None:
        return None
    return CardVersion(
        number,
        when,
        note,
        _texts(item, "changed", where, problems),
        restored_from,
        draft,
    )


def parse_card(
    card: dict[str, Any], allowed_models: Sequence[str] | None = None
) -> tuple[list[CardVersion], int, str]:
    """The card's versions (oldest first), the active number and the visibility, or CardError
    listing every field that needs attention."""
    problems: list[str] = []
    items = card.get("versions")
    if not isinstance(items, list) or not items:
        raise CardError(["versions: the card has no versions."])
    if len(items) > MAX_CARD_VERSIONS:
        raise CardError([f"versions: at most {MAX_CARD_VERSIONS} versions ({len(items)} now)."])
    versions = [_version(item, i, problems) for i, item in enumerate(items)]
    active = card.get("active_version")
    numbers = [v.number for v in versions if v is not None]
    if len(set(numbers)) != len(numbers):
        problems.append("versions: two versions have the same number.")
    if active not in numbers:
        problems.append("active_version: must be the number of one of the versions.")
    for index, version in enumerate(versions):
        if version is None:
            continue
        # Only the active version must use a model this key can use: history is history.
        models = allowed_models if version.number == active else None
        for problem in problems_of(version.draft, models):
            problems.append(
                f"versions[{index}] (version {version.number}).{problem.field_name}: {problem}"
            )
    if problems:
        raise CardError(problems)
    visibility = (card.get("profile") or {}).get("visibility")
    visibility = VISIBILITY_PRIVATE if visibility == VISIBILITY_PRIVATE else VISIBILITY_UNLISTED
    ordered = sorted((v for v in versions if v is not None), key=lambda v: v.number)
    return [_cleaned(v) for v in ordered], int(active), visibility


def _cleaned(version: CardVersion) -> CardVersion:
    return CardVersion(
        version.number,
        version.created_date,
        version.note.strip(),
        version.changed,
        version.restored_from,
        version.draft.cleaned(),
    )


def import_card(
    store: DocumentStore,
    user_id: str,
    raw: bytes | str,
    allowed_models: Sequence[str] | None = None,
) -> str:
    """A new assistant (new code, Unlisted or Private) with the card's whole history."""
    versions, active, visibility = parse_card(read_card(raw), allowed_models)
    bot_id = new_id()
    initial_ids: dict[tuple, str] = {}
    summary_ids: dict[str, str] = {}
    config_ids: dict[tuple, str] = {}
    pointers_of: dict[int, dict[str, str]] = {}
    batch = store.batch()
    for version in versions:  # texts shared by several versions are stored once, as saved
        draft, when = version.draft, version.created_date
        initial = (draft.initial_prompt, draft.allowed_phrases, draft.sentence_classes)
        if initial not in initial_ids:
            initial_ids[initial] = add_initial_prompt(batch, bot_id, draft, when)
        if draft.summary_prompt not in summary_ids:
            summary_ids[draft.summary_prompt] = add_prompt(
                batch, bot_id, "summary_prompt", draft.summary_prompt, when
            )
        config = tuple(sorted(draft.model_config.to_dict().items()))
        if config not in config_ids:
            config_ids[config] = add_model_config(batch, bot_id, draft.model_config, when)
        pointers = pointers_of[version.number] = {
            "active_initial_prompt_id": initial_ids[initial],
            "active_summary_prompt_id": summary_ids[draft.summary_prompt],
            "active_model_config_id": config_ids[config],
        }
        batch.create(
            doc_path("bots", bot_id, "versions", str(version.number)),
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
    live = next(v for v in versions if v.number == active)
    batch.create(
        doc_path("bots", bot_id),
        new_bot_document(live.draft, user_id, pointers_of[active], active, visibility, utc_now()),
    )
    batch.update(doc_path("users", user_id), {"bots_created": Increment(1)})
    batch.commit()  # the assistant appears only once everything it points at is stored
    return bot_id
