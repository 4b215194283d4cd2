"""Reading a card: its JSON, every field checked (numbers finite and in range, changes few and
short, texts and classes of the right kinds), and its versions numbered 1..N in its order.
Nothing here writes: bots.cards stores what this returns.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from typing import Any

from api_util_firebase import utc_now
from api_util_openai import ModelConfig
from bots.card_knowledge import card_texts, version_sources
from bots.draft import SESSION_TYPE_BRAINSTORMING, SESSION_TYPE_COACHING, BotDraft, BotError
from bots.draft import draft_problems as problems_of
from bots.profiles import VISIBILITY_PRIVATE, VISIBILITY_UNLISTED
from bots.versions import NOTE_MAX
from i18n import format_number, ntr, tr
from leak_guard import CLASS_LABELS

CARD_FORMAT = "gptlab-assistant"
CARD_SCHEMA_VERSION = 1
MAX_CARD_BYTES = 4 * 1024 * 1024
MAX_CARD_VERSIONS = 300
VERSION_NUMBER_MAX = 10_000  # a card's own numbers; the import renumbers them 1..N
# A version's "changed" list names fields (the app writes at most 10 labels of up to 21
# characters); a card may carry twice as many, each at most this long.
CHANGED_MAX = 20
CHANGED_ENTRY_MAX = 40
# No number in a card comes near this (the largest is a token limit); beyond it a number is
# damage, and Firestore could not store it anyway.
NUMBER_MAX = 2**53
SESSION_TYPE_NAMES = {
    SESSION_TYPE_COACHING: "coaching",
    SESSION_TYPE_BRAINSTORMING: "brainstorming",
}
SESSION_TYPE_CODES = {name: code for code, name in SESSION_TYPE_NAMES.items()}


class CardError(BotError):
    """The card cannot be imported; `problems` names each field that needs attention."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        shown = self.problems[:12]
        more = len(self.problems) - len(shown)
        lines = "\n".join(f"- {problem}" for problem in shown)
        tail = "\n- " + ntr("and {count} more", "and {count} more", more) if more > 0 else ""
        super().__init__(tr("This card cannot be imported:") + f"\n{lines}{tail}")


@dataclass(frozen=True)
class CardVersion:
    number: int
    created_date: datetime
    note: str
    changed: tuple[str, ...]
    restored_from: int | None
    draft: BotDraft


def read_card(raw: bytes | str) -> dict[str, Any]:
    """The card's JSON, or CardError saying why it is not one."""
    if isinstance(raw, bytes):
        if len(raw) > MAX_CARD_BYTES:
            raise CardError(
                [tr("The file is over {size} MiB.", size=MAX_CARD_BYTES // (1024 * 1024))]
            )
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise CardError([tr("The file is not UTF-8 text: export the card again.")]) from None
    try:
        card = json.loads(
            raw, parse_constant=_BadNumber, parse_float=_float_or_bad, parse_int=_int_or_bad
        )
    except (json.JSONDecodeError, RecursionError):
        raise CardError(
            [tr("The file is not JSON: choose a card exported from GPT Lab.")]
        ) from None
    if not isinstance(card, dict) or card.get("format") != CARD_FORMAT:
        raise CardError([tr("This is not a GPT Lab assistant card (its format is missing).")])
    try:
        bad = list(islice(_bad_numbers(card, ""), 100))
    except RecursionError:  # json nests deeper than the walk can follow from here
        raise CardError(
            [tr("The file is not JSON: choose a card exported from GPT Lab.")]
        ) from None
    if bad:
        raise CardError(bad)
    schema = card.get("schema_version")
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise CardError([tr("schema_version: missing or not a whole number.")])
    if schema > CARD_SCHEMA_VERSION:
        raise CardError(
            [
                tr(
                    "This card was made by a newer GPT Lab (card schema {schema}; this one reads "
                    "up to {supported}). Update GPT Lab, or export the assistant again from this "
                    "instance.",
                    schema=schema,
                    supported=CARD_SCHEMA_VERSION,
                )
            ]
        )
    return card


class _BadNumber:
    """What the reader makes of a number no card can hold (Infinity, NaN, 1e400, 10**30), so
    that the field holding it can be named."""

    def __init__(self, text: str) -> None:
        self.text = text if len(text) <= 24 else text[:20] + "..."


def _float_or_bad(text: str) -> float | _BadNumber:
    value = float(text)
    return value if math.isfinite(value) and abs(value) <= NUMBER_MAX else _BadNumber(text)


def _int_or_bad(text: str) -> int | _BadNumber:
    if len(text.lstrip("-")) > len(str(NUMBER_MAX)):  # before int(), which refuses 4,300 digits
        return _BadNumber(text)
    value = int(text)
    return value if abs(value) <= NUMBER_MAX else _BadNumber(text)


def _bad_numbers(value: Any, where: str) -> Iterator[str]:
    """A problem for every number in the card that is not finite or is out of any sane range,
    named by its field (`versions[0].model_config.max_tokens`)."""
    if isinstance(value, _BadNumber):
        if value.text.lstrip("-") in ("Infinity", "NaN"):
            yield tr(
                "{where}: {value} is not a number a card can hold: use a finite number.",
                where=where,
                value=value.text,
            )
        else:
            yield tr(
                "{where}: {value} is too large for a card (at most {maximum}).",
                where=where,
                value=value.text,
                maximum=format_number(NUMBER_MAX),
            )
    elif isinstance(value, dict):
        for key, item in value.items():
            name = key if len(key) <= 40 else key[:40] + "..."
            yield from _bad_numbers(item, f"{where}.{name}" if where else name)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _bad_numbers(item, f"{where}[{index}]")


def _text(item: dict, name: str, where: str, problems: list[str], default: str = "") -> str:
    value = item.get(name, default)
    if not isinstance(value, str):
        problems.append(tr("{where}: must be text.", where=f"{where}.{name}"))
        return default
    return value


def _texts(item: dict, name: str, where: str, problems: list[str]) -> tuple[str, ...]:
    value = item.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(tr("{where}: must be a list of texts.", where=f"{where}.{name}"))
        return ()
    return tuple(value)


def _classes(item: dict, where: str, problems: list[str]) -> tuple[tuple[str, str], ...]:
    """A version's declared sentence classes (cards made before them have none)."""
    value = item.get("sentence_classes", [])
    if not isinstance(value, list) or not all(
        isinstance(v, dict)
        and isinstance(v.get("text"), str)
        and isinstance(v.get("class"), str)
        and v["class"] in CLASS_LABELS
        for v in value
    ):
        problems.append(
            tr(
                "{where}: must be a list of {{text, class}} with class one of {classes}.",
                where=f"{where}.sentence_classes",
                classes=", ".join(CLASS_LABELS),
            )
        )
        return ()
    return tuple((v["text"], v["class"]) for v in value)


def _number(value: Any, where: str, problems: list[str], kind: type = float) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        problems.append(tr("{where}: must be a number.", where=where))
        return None
    if kind is int and value != int(value):
        problems.append(tr("{where}: must be a whole number.", where=where))
        return None
    return kind(value)


def _model_config(item: dict, where: str, problems: list[str]) -> ModelConfig | None:
    data = item.get("model_config")
    if not isinstance(data, dict):
        problems.append(tr("{where}: missing.", where=f"{where}.model_config"))
        return None
    model = data.get("model")
    if not isinstance(model, str) or not model:
        problems.append(tr("{where}: must name a model.", where=f"{where}.model_config.model"))
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
        problems.append(
            tr(
                "{where}: must be a date like {example}.",
                where=f"{where}.created_date",
                example="2026-11-22T10:00:00+00:00",
            )
        )
        return utc_now()
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _version_number(value: Any, where: str, problems: list[str]) -> int | None:
    number = _number(value, where, problems, int)
    if number is not None and not 1 <= number <= VERSION_NUMBER_MAX:
        problems.append(
            tr(
                "{where}: must be 1 to {maximum} ({number} now).",
                where=where,
                maximum=format_number(VERSION_NUMBER_MAX),
                number=number,
            )
        )
        return None
    return number


def _changed(item: dict, where: str, problems: list[str]) -> tuple[str, ...]:
    """What a version changed: field names, shown as plain text, so few and short."""
    changed = _texts(item, "changed", where, problems)
    if len(changed) > CHANGED_MAX:
        problems.append(
            tr(
                "{where}: at most {maximum} entries ({count} now).",
                where=f"{where}.changed",
                maximum=CHANGED_MAX,
                count=format_number(len(changed)),
            )
        )
        return ()
    for index, entry in enumerate(changed):
        if len(entry) > CHANGED_ENTRY_MAX:
            problems.append(
                tr(
                    "{where}: at most {maximum} characters ({length} now).",
                    where=f"{where}.changed[{index}]",
                    maximum=CHANGED_ENTRY_MAX,
                    length=format_number(len(entry)),
                )
            )
            return ()
    return changed


def _version(
    item: Any, index: int, problems: list[str], texts: dict[str, str]
) -> CardVersion | None:
    where = f"versions[{index}]"
    if not isinstance(item, dict):
        problems.append(tr("{where}: must be an object.", where=where))
        return None
    number = _version_number(item.get("number"), f"{where}.number", problems)
    session_type = item.get("session_type")
    session_type = SESSION_TYPE_CODES.get(session_type) if isinstance(session_type, str) else None
    if session_type is None:
        problems.append(
            tr("{where}: must be coaching or brainstorming.", where=f"{where}.session_type")
        )
    note = _text(item, "note", where, problems)
    if len(note) > NOTE_MAX:
        problems.append(
            tr("{where}: at most {maximum} characters.", where=f"{where}.note", maximum=NOTE_MAX)
        )
    restored_from = item.get("restored_from")
    if restored_from is not None:
        restored_from = _version_number(restored_from, f"{where}.restored_from", problems)
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
        knowledge=version_sources(item, where, texts, problems),
    )
    when = _date(item.get("created_date"), where, problems)
    changed = _changed(item, where, problems)
    if number is None or config is None or session_type is None:
        return None
    return CardVersion(number, when, note, changed, restored_from, draft)


@dataclass(frozen=True)
class CardContents:
    """A card ready to store: its versions oldest first, numbered 1..N."""

    versions: list[CardVersion]
    active: int
    visibility: str
    notes: tuple[str, ...]  # what the import changed, for its summary
    knowledge_texts: dict[str, str] = field(default_factory=dict)  # by digest, checked


def parse_card(card: dict[str, Any], allowed_models: Sequence[str] | None = None) -> CardContents:
    """The card's versions, the active one and the visibility, or CardError listing every field
    that needs attention."""
    problems: list[str] = []
    items = card.get("versions")
    if not isinstance(items, list) or not items:
        raise CardError([tr("versions: the card has no versions.")])
    if len(items) > MAX_CARD_VERSIONS:
        raise CardError(
            [
                tr(
                    "versions: at most {maximum} versions ({count} now).",
                    maximum=MAX_CARD_VERSIONS,
                    count=len(items),
                )
            ]
        )
    texts = card_texts(card, problems)
    versions = [_version(item, i, problems, texts) for i, item in enumerate(items)]
    active = card.get("active_version")
    numbers = [v.number for v in versions if v is not None]
    if len(set(numbers)) != len(numbers):
        problems.append(tr("versions: two versions have the same number."))
    if isinstance(active, bool) or active not in numbers:
        problems.append(tr("active_version: must be the number of one of the versions."))
    for index, version in enumerate(versions):
        if version is None:
            continue
        # Only the active version must use a model this key can use: history is history.
        models = allowed_models if version.number == active else None
        for problem in problems_of(version.draft, models):
            problems.append(
                tr(
                    "versions[{index}] (version {number}).{field}: {problem}",
                    index=index,
                    number=version.number,
                    field=problem.field_name,
                    problem=problem,
                )
            )
    if problems:
        raise CardError(problems)
    profile = card.get("profile")
    visibility = profile.get("visibility") if isinstance(profile, dict) else None
    visibility = VISIBILITY_PRIVATE if visibility == VISIBILITY_PRIVATE else VISIBILITY_UNLISTED
    ordered = sorted((v for v in versions if v is not None), key=lambda v: v.number)
    # Versions and export expect 1..N (a save makes n+1): a card numbered otherwise (edited, or
    # cut) keeps its order and history under those numbers.
    renumbered = {version.number: new for new, version in enumerate(ordered, 1)}
    notes: tuple[str, ...] = ()
    if any(old != new for old, new in renumbered.items()):
        shown = ", ".join(str(number) for number in list(renumbered)[:6])
        shown += ", ..." if len(renumbered) > 6 else ""
        notes = (
            tr(
                "Its versions are numbered 1 to {count} here, in the card's order (the card "
                "numbered them {shown}); their notes keep the card's wording.",
                count=len(ordered),
                shown=shown,
            ),
        )
    return CardContents(
        [_cleaned(v, renumbered) for v in ordered], renumbered[active], visibility, notes, texts
    )


def _cleaned(version: CardVersion, renumbered: dict[int, int]) -> CardVersion:
    return CardVersion(
        renumbered[version.number],
        version.created_date,
        version.note.strip(),
        version.changed,
        # A restore of a version the card does not hold points nowhere here.
        renumbered.get(version.restored_from) if version.restored_from else None,
        version.draft.cleaned(),
    )
